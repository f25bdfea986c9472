"""Entry point: python -m etl …"""
import sys

from .cli import main

sys.exit(main())
