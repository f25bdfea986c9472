"""Shared fixtures: the seed texts and one seed warehouse built per test session."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
sys.path.insert(0, str(ROOT))


def seed_text(prefix: str) -> str:
    """The original text of the seed whose file name starts with prefix (000 … 004)."""
    return next(RAW.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))}


def run_etl(*args: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
    """Run python -m etl in a subprocess from the project root."""
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=ROOT, capture_output=True, text=True,
                          check=check, **kw)


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory) -> Path:
    """The five seeds built into a fresh warehouse; FZDB_PATH points at it."""
    db = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    run_etl("build", "--raw", str(RAW), "--db", str(db), "--quiet")
    os.environ["FZDB_PATH"] = str(db)
    return db
