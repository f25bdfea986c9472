"""The raw corpus on disk: add files by content hash, remove them aside, keep users' profile corrections."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .normalize import normalize
from .read import DEFAULT_MAX_BYTES, ReadError, read_bytes

META_DIR = ".meta"
CORRECTIONS_FILE = ".corrections.json"
REMOVED_DIR = "removed"


@dataclass(frozen=True)
class AddResult:
    """What happened to one offered file."""

    name: str  # the name the user gave (metadata only, never a path)
    status: str  # added / duplicate / rejected
    detail: str  # stored file name, the file it duplicates, or the reason
    stored_as: str | None = None


def text_fingerprint(text: str) -> str:
    """Hash of the normalized text without white space: equal for the same document in another encoding, script or page."""
    norm = normalize(text).text
    return hashlib.sha256(re.sub(r"\s+", "", norm).encode("utf-8")).hexdigest()


def _meta_path(raw_dir: Path, stored: str) -> Path:
    return raw_dir / META_DIR / f"{stored}.json"


def read_meta(raw_dir: Path, stored: str) -> dict:
    """Sidecar metadata of a stored file (original name, fingerprint)."""
    try:
        return json.loads(_meta_path(raw_dir, stored).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def _fingerprints(raw_dir: Path) -> dict[str, str]:
    """fingerprint -> stored file name, for every file in the corpus (computed once, then kept in the sidecar)."""
    from .cli import raw_files
    from .read import read_path

    out = {}
    for p in raw_files(raw_dir):
        meta = read_meta(raw_dir, p.name)
        fp = meta.get("fingerprint")
        if not fp:
            try:
                fp = text_fingerprint(read_path(p).original_text)
            except ReadError:
                continue
            meta["fingerprint"] = fp
            meta.setdefault("original_name", p.name)
            _write_json(_meta_path(raw_dir, p.name), meta)
        out[fp] = p.name
    return out


def _write_json(path: Path, data: dict) -> None:
    """Write JSON through a temp file so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def add_bytes(raw_dir: Path, items: list[tuple[str, bytes]], max_bytes: int = DEFAULT_MAX_BYTES) -> list[AddResult]:
    """Store each (name, bytes) under its content hash unless it is unreadable or already there."""
    raw_dir.mkdir(parents=True, exist_ok=True)
    known = _fingerprints(raw_dir)
    by_sha = {}
    from .cli import raw_files

    for p in raw_files(raw_dir):
        by_sha[read_meta(raw_dir, p.name).get("sha256") or hashlib.sha256(p.read_bytes()).hexdigest()] = p.name
    results = []
    for name, data in items:
        shown = Path(str(name).replace("\\", "/")).name or "未命名"
        try:
            raw = read_bytes(data, shown, max_bytes)
        except ReadError as e:
            results.append(AddResult(shown, "rejected", e.problem))
            continue
        if raw.content_sha256 in by_sha:
            results.append(AddResult(shown, "duplicate", by_sha[raw.content_sha256]))
            continue
        fp = text_fingerprint(raw.original_text)
        if fp in known:
            results.append(AddResult(shown, "duplicate", known[fp]))
            continue
        suffix = Path(shown).suffix.lower()
        stored = f"{raw.content_sha256[:16]}{suffix}"
        target = raw_dir / stored
        tmp = raw_dir / f".{stored}.tmp-{os.getpid()}"
        tmp.write_bytes(data)
        os.replace(tmp, target)
        _write_json(_meta_path(raw_dir, stored), {"original_name": shown, "sha256": raw.content_sha256,
                                                  "fingerprint": fp, "bytes": len(data)})
        known[fp] = stored
        by_sha[raw.content_sha256] = stored
        results.append(AddResult(shown, "added", stored, stored))
    return results


def add_paths(raw_dir: Path, paths: list[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> list[AddResult]:
    """Add files from disk (the originals are only read)."""
    items, early = [], []
    for p in paths:
        try:
            size = p.stat().st_size
            if size > max_bytes:
                early.append(AddResult(p.name, "rejected",
                                       f"文件过大（{size / 1048576:.1f} MB，上限 {max_bytes / 1048576:.0f} MB）"))
                continue
            items.append((p.name, p.read_bytes()))
        except OSError as e:
            early.append(AddResult(p.name, "rejected", f"无法读取（{e.strerror}）"))
    return early + add_bytes(raw_dir, items, max_bytes)


def remove(raw_dir: Path, stored: str) -> Path:
    """Move a stored file (and its metadata) aside into data/removed; nothing is deleted."""
    name = Path(stored).name
    src = raw_dir / name
    if not src.is_file():
        raise FileNotFoundError(f"{name}：语料中没有这个文件")
    dest_dir = raw_dir.parent / REMOVED_DIR
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / name
    shutil.move(str(src), dest)
    meta = _meta_path(raw_dir, name)
    if meta.exists():
        shutil.move(str(meta), dest_dir / meta.name)
    return dest


def load_corrections(raw_dir: Path) -> dict[str, dict]:
    """Users' profile corrections, keyed by stored file name."""
    try:
        data = json.loads((raw_dir / CORRECTIONS_FILE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def save_correction(raw_dir: Path, stored: str, fields: dict) -> dict[str, dict]:
    """Record corrections for one file; they survive every rebuild."""
    allowed = {"unit", "region", "city", "level", "sector", "year", "doc_type", "issued"}
    data = load_corrections(raw_dir)
    entry = data.get(stored, {})
    entry.update({k: v for k, v in fields.items() if k in allowed})
    data[Path(stored).name] = {k: v for k, v in entry.items() if v not in (None, "")}
    _write_json(raw_dir / CORRECTIONS_FILE, data)
    return data


@dataclass(frozen=True)
class Preview:
    """What the app shows before a file is added: the detected profile, or why it cannot be read."""

    name: str
    ok: bool
    problem: str | None
    fields: dict
    low_confidence: tuple[str, ...]


def preview_bytes(name: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Preview:
    """Read and profile a file without storing it."""
    from .profile import profile

    shown = Path(str(name).replace("\\", "/")).name or "未命名"
    try:
        raw = read_bytes(data, shown, max_bytes)
    except ReadError as e:
        return Preview(shown, False, e.problem, {}, ())
    p = profile(normalize(raw.original_text).text)
    fields = {"unit": p.unit, "region": p.region, "city": p.city, "level": p.level, "sector": p.sector,
              "year": p.year, "doc_type": p.doc_type, "issued": p.issued}
    low = tuple(sorted(set(p.low_confidence) | {k for k, v in fields.items() if v in (None, "") and k != "city"}))
    return Preview(shown, True, None, fields, low)
