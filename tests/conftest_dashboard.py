"""Dashboard test fixture on top of tests/conftest.py's seed_warehouse.

Import it into a test module with `from conftest_dashboard import dashboard_warehouse  # noqa: F401`.
Set FZDB_TEST_WAREHOUSE to an existing warehouse file to skip the ETL build (e.g. while iterating on the UI).
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest


@pytest.fixture(scope="session")
def dashboard_warehouse(request) -> Path:
    """The seed warehouse (built once by conftest.seed_warehouse); FZDB_PATH points at it."""
    given = os.environ.get("FZDB_TEST_WAREHOUSE")
    if given:
        path = Path(given)
        os.environ["FZDB_PATH"] = str(path)
    else:
        path = Path(request.getfixturevalue("seed_warehouse"))
    with duckdb.connect(str(path), read_only=True) as con:
        n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert n_docs >= 5, f"seed warehouse {path} has {n_docs} documents"
    assert os.environ.get("FZDB_PATH") == str(path)
    return path
