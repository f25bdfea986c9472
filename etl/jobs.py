"""Background rebuilds for the app: start one, see whether it runs and how far it got."""
from __future__ import annotations

import fcntl
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_PROGRESS_RE = re.compile(r"(\d+)/(\d+)")


@dataclass(frozen=True)
class RebuildStatus:
    """What the last background rebuild is doing."""

    running: bool
    done: int
    total: int
    last_line: str


def log_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.build.log")


def _lock_held(db_path: Path) -> bool:
    lock = db_path.with_name(f".{db_path.name}.lock")
    if not lock.exists():
        return False
    with open(lock, "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
    return False


def start_rebuild(raw_dir: Path, db_path: Path) -> int:
    """Start `python -m etl build` detached; the app keeps reading the old warehouse until it is replaced."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path(db_path), "w", encoding="utf-8") as log:
        proc = subprocess.Popen([sys.executable, "-m", "etl", "build", "--raw", str(raw_dir), "--db", str(db_path)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
    return proc.pid


def rebuild_status(db_path: Path) -> RebuildStatus:
    """Whether a build holds the warehouse's lock, and its last progress line."""
    try:
        lines = [ln.strip() for ln in log_path(db_path).read_text(encoding="utf-8").replace("\r", "\n").splitlines()
                 if ln.strip()]
    except FileNotFoundError:
        lines = []
    last = lines[-1] if lines else ""
    done = total = 0
    for ln in reversed(lines):
        m = _PROGRESS_RE.search(ln)
        if m and ln.startswith("["):
            done, total = int(m.group(1)), int(m.group(2))
            break
    return RebuildStatus(running=_lock_held(db_path), done=done, total=total, last_line=last)
