"""The one command line: python -m etl build | extract | check."""
from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import pickle
import sys
import time
from dataclasses import asdict
from pathlib import Path

from .read import ALLOWED_SUFFIXES, ReadError, read_path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RAW = ROOT / "data" / "raw"
DEFAULT_DB = Path(os.environ.get("FZDB_PATH", ROOT / "data" / "warehouse.duckdb"))


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def raw_files(raw_dir: Path) -> list[Path]:
    """Source files of the corpus, in a stable order (sidecar and hidden files skipped)."""
    if not raw_dir.is_dir():
        return []
    # scandir knows file from directory without a stat per entry; one directory, so the name order is the path order
    with os.scandir(raw_dir) as entries:
        names = sorted(e.name for e in entries if e.is_file() and not e.name.startswith(".")
                       and os.path.splitext(e.name)[1].lower() in ALLOWED_SUFFIXES)
    return [raw_dir / n for n in names]


def _cache_file(cache_dir: Path, sha: str, corrections: dict | None) -> Path:
    from .pipeline import CODE_VERSION

    extra = hashlib.sha1(json.dumps(corrections or {}, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:8]
    return cache_dir / f"{sha[:24]}-{CODE_VERSION}-{extra}.pkl"


def _process_path(args: tuple[str, dict | None, str | None]):
    """Worker: one file to (doc_id, table rows), from the cache when it has them; errors come back as values."""
    from .pipeline import process

    path, corrections, cache_dir = args
    try:
        data = Path(path).read_bytes() if cache_dir else None
        if cache_dir:
            sha = hashlib.sha256(data).hexdigest()
            cached = _cache_file(Path(cache_dir), sha, corrections)
            if cached.exists():
                try:
                    with cached.open("rb") as fh:
                        return pickle.load(fh)
                except Exception:  # a damaged cache entry is just recomputed
                    pass
        from .load import doc_rows

        r = process(read_path(Path(path)), corrections)
        result = (r.doc_id, doc_rows(r))  # rows, not the full result: a fraction of the size to send and keep
        if cache_dir:
            Path(cache_dir).mkdir(parents=True, exist_ok=True)
            tmp = cached.with_name(f".{cached.name}.{os.getpid()}")
            with tmp.open("wb") as fh:
                pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cached)
        return result
    except ReadError as e:
        return e
    except Exception as e:  # a bug on one document must not stop the batch
        return ReadError(Path(path).name, f"处理失败（{type(e).__name__}: {e}）")


class Progress:
    """A one-line progress bar on stderr."""

    def __init__(self, total: int, quiet: bool = False):
        self.total, self.done, self.quiet = total, 0, quiet
        self.tty = sys.stderr.isatty()
        self.t0 = time.perf_counter()

    def step(self, name: str) -> None:
        self.done += 1
        if self.quiet:
            return
        if self.tty or self.done == self.total or self.done % max(1, self.total // 10) == 0:
            width = 30
            filled = int(width * self.done / max(1, self.total))
            line = f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name[:40]}"
            print(("\r" if self.tty else "") + line, end="" if self.tty else "\n", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.tty and not self.quiet and self.total:
            print(file=sys.stderr)


def run_documents(paths: list[Path], workers: int, corrections: dict[str, dict] | None = None,
                  progress: Progress | None = None, cache_dir: Path | None = None):
    """Process files (in parallel when there are many); yield (path, DocResult or ReadError) in input order."""
    corrections = corrections or {}
    jobs = [(str(p), corrections.get(p.name), str(cache_dir) if cache_dir else None) for p in paths]
    if workers <= 1 or len(jobs) < 8:
        for job in jobs:
            path = job[0]
            out = _process_path(job)
            if progress:
                progress.step(Path(path).name)
            yield Path(path), out
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=_worker_init) as pool:
        for (path, *_), out in zip(jobs, pool.imap(_process_path, jobs, chunksize=max(1, len(jobs) // (workers * 16)))):
            if progress:
                progress.step(Path(path).name)
            yield Path(path), out


_LOCK_FD: int | None = None  # the build lock's descriptor, which forked workers must not keep


def _worker_init() -> None:
    """A pool worker dies with its build and does not hold the build lock on its own."""
    if _LOCK_FD is not None:
        try:
            os.close(_LOCK_FD)
        except OSError:
            pass
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


@contextlib.contextmanager
def build_lock(db_path: Path, wait: bool):
    """One build at a time per warehouse: a second one waits, or refuses with --no-wait."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = db_path.with_name(f".{db_path.name}.lock")
    with open(lock_path, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise SystemExit(f"另一个构建正在写入 {db_path}，本次未执行（去掉 --no-wait 可等待）")
            log(f"另一个构建正在写入 {db_path}，等待其完成…")
            fcntl.flock(fh, fcntl.LOCK_EX)
        global _LOCK_FD
        _LOCK_FD = fh.fileno()
        try:
            yield
        finally:
            _LOCK_FD = None


def _existing(db_path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(build_info, doc_id -> stored name) of the current warehouse; empty when it is missing or unreadable."""
    import duckdb

    if not db_path.exists():
        return {}, {}
    try:
        con = duckdb.connect(str(db_path), read_only=True)
        try:
            info = dict(con.execute("SELECT key, value FROM build_info").fetchall())
            docs = dict(con.execute("SELECT doc_id, stored_name FROM documents").fetchall())
        finally:
            con.close()
    except Exception:
        return {}, {}
    return info, docs


def content_hashes(paths: list[Path], cache_dir: Path | None) -> dict[Path, str]:
    """sha256 of each file; a file whose size, mtime and inode are unchanged since the last build is not re-read."""
    index = cache_dir / "hashes.json" if cache_dir else None
    known: dict = {}
    if index and index.exists():
        try:
            known = json.loads(index.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            known = {}
    out, fresh = {}, {}
    for p in paths:
        st = p.stat()
        key = [st.st_size, st.st_mtime_ns, st.st_ino]
        hit = known.get(p.name)
        sha = hit[1] if hit and hit[0] == key else hashlib.sha256(p.read_bytes()).hexdigest()
        out[p], fresh[p.name] = sha, [key, sha]
    if index and fresh != known:
        index.parent.mkdir(parents=True, exist_ok=True)
        tmp = index.with_name(f".{index.name}.{os.getpid()}")
        tmp.write_text(json.dumps(fresh), encoding="utf-8")
        os.replace(tmp, index)
    return out


def build(raw_dir: Path, db_path: Path, workers: int, quiet: bool = False, wait: bool = True,
          use_cache: bool = True) -> int:
    """Process the raw files and replace the warehouse; returns how many files were rejected.

    With the cache on and the same code and corrections as the current warehouse, only added and removed
    documents are touched: the old file is copied, their rows deleted or inserted, keywords recomputed.
    """
    from .corpus import load_corrections
    from .load import WarehouseWriter, remove_stale_temps
    from .pipeline import CODE_VERSION, doc_id_for

    t0 = time.perf_counter()
    db_path = Path(db_path)
    paths = raw_files(raw_dir)
    corrections = load_corrections(raw_dir)
    corrections_sha = hashlib.sha256(json.dumps(corrections, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    cache_dir = db_path.parent / "cache" if use_cache else None
    with build_lock(db_path, wait):
        remove_stale_temps(db_path, cache_dir)
        info_old, docs_old = _existing(db_path) if use_cache else ({}, {})
        incremental = bool(docs_old) and info_old.get("code_version") == CODE_VERSION \
            and info_old.get("corrections_sha256") == corrections_sha
        seen: dict[str, str] = {}
        if incremental:
            current = {p: doc_id_for(sha) for p, sha in content_hashes(paths, cache_dir).items()}
            present = set(current.values())
            seen = {d: name for d, name in docs_old.items() if d in present}
            todo = [p for p in paths if current[p] not in docs_old]
            if not todo and present == set(docs_old) and info_old.get("n_rejected") == "0":
                # nothing added, removed or rejected: the warehouse is already what this build would write
                log(f"数据仓库已是最新（{len(docs_old)} 份文档，代码与更正未变），未重写 → {db_path}")
                os.utime(db_path)  # newer than the raw files now, so make does not ask again
                return 0
            writer = WarehouseWriter(db_path, base=db_path)
            writer.delete_documents(sorted(set(docs_old) - present))
        else:
            todo = paths
            writer = WarehouseWriter(db_path)
        errors: list[ReadError] = []
        try:
            progress = Progress(len(todo), quiet)
            for path, out in run_documents(todo, workers, corrections, progress=progress, cache_dir=cache_dir):
                if isinstance(out, ReadError):
                    errors.append(out)
                    continue
                doc_id, rows = out
                if doc_id in seen:
                    errors.append(ReadError(path.name, f"与 {seen[doc_id]} 内容相同，已跳过"))
                    continue
                seen[doc_id] = path.name
                writer.append(rows)
            progress.close()
            info = {"code_version": CODE_VERSION, "corrections_sha256": corrections_sha,
                    "n_documents": str(len(seen)), "n_rejected": str(len(errors)),
                    "corpus_sha256": hashlib.sha256("".join(sorted(seen)).encode()).hexdigest()}
            counts = writer.counts()
        except BaseException:
            writer.abort()
            raise
        writer.finish(info)
    for e in errors:
        log(f"跳过 {e}")
    mode = f"增量（新处理 {len(todo)} 份）" if incremental else "全量"
    log(f"构建完成（{mode}）：{counts['documents']} 份文档，{counts['items']} 个条目，{counts['metrics']} 个指标，"
        f"{len(errors)} 个文件被拒绝，用时 {time.perf_counter() - t0:.1f} 秒 → {db_path}")
    return len(errors)


def extract_records(path: Path, source: str):
    """The scorecard's records for one file (document, item, metric, figure, quality)."""
    from .pipeline import process

    r = process(read_path(path))
    p = r.profile
    yield {"record": "document", "source": source, "doc_id": r.doc_id, "unit": p.unit, "region": p.region,
           "city": p.city, "level": p.level, "sector": p.sector, "year": p.year, "doc_type": p.doc_type,
           "issued": p.issued, "title": p.title, "sections": len(r.outline.sections),
           "items": len(r.outline.items), "low_confidence": list(p.low_confidence)}
    sec_num = {s.ord: s.number for s in r.outline.sections}
    for i in r.outline.items:
        yield {"record": "item", "source": source, "section": sec_num.get(i.section_ord), "number": i.number,
               "title": i.title, "category": i.category, "leads": list(i.leads)}
    for m in r.metrics:
        o_start, o_end = r.norm.to_orig(m.start, m.end)
        # an indicator has a code of the dictionary; a number without one (罚没款, 出庭应诉率) is printed as a figure:
        # it is stored and shown with its sentence, but it is no indicator units can be compared on
        kind = "figure" if m.code == "other" else "metric"
        yield {"record": kind, "source": source, **asdict(m), "orig_start": o_start, "orig_end": o_end}
    for q in r.quality:
        yield {"record": "quality", "source": source, "issue": q.issue, "count": q.count, "example": q.example}


def cmd_extract(args) -> int:
    failed = 0
    for f in args.files:
        try:
            for rec in extract_records(Path(f), f):
                if args.format == "jsonl":
                    print(json.dumps(rec, ensure_ascii=False))
                else:
                    print("\t".join(str(v) for k, v in rec.items() if k != "source"))
        except ReadError as e:
            log(f"跳过 {e}")
            failed += 1
    return 0 if failed < len(args.files) or not args.files else 1


def cmd_build(args) -> int:
    build(Path(args.raw), Path(args.db), args.workers, quiet=args.quiet, wait=not args.no_wait,
          use_cache=not args.no_cache)
    return 0


STATUS_ZH = {"added": "已添加", "duplicate": "重复", "rejected": "已拒绝"}


def cmd_add(args) -> int:
    from .corpus import add_paths

    results = add_paths(Path(args.raw), [Path(f) for f in args.files], args.max_mb * 1024 * 1024)
    for r in results:
        detail = f"与 {r.detail} 内容相同" if r.status == "duplicate" else r.detail
        print(f"{STATUS_ZH[r.status]}\t{r.name}\t{detail}")
    if any(r.status == "added" for r in results) and not args.no_build:
        build(Path(args.raw), Path(args.db), args.workers, quiet=True)
    return 0 if all(r.status != "rejected" for r in results) else 1


def cmd_remove(args) -> int:
    from .corpus import remove

    failed = 0
    for name in args.names:
        try:
            dest = remove(Path(args.raw), name)
            print(f"已移出\t{name}\t{dest}")
        except FileNotFoundError as e:
            log(str(e))
            failed += 1
    if failed < len(args.names) and not args.no_build:
        build(Path(args.raw), Path(args.db), args.workers, quiet=True)
    return 1 if failed else 0


def cmd_correct(args) -> int:
    from .corpus import save_correction

    fields = dict(kv.split("=", 1) for kv in args.fields)
    save_correction(Path(args.raw), args.name, fields)
    print(f"已保存更正\t{args.name}\t{fields}")
    if not args.no_build:
        build(Path(args.raw), Path(args.db), args.workers, quiet=True)
    return 0


def cmd_check(args) -> int:
    from .check import check_warehouse

    problems = check_warehouse(Path(args.db))
    for p in problems:
        log(f"问题：{p}")
    log(f"检查{'未通过' if problems else '通过'}：{args.db}（{len(problems)} 个问题）")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["bench"]:  # the benchmark has its own options
        from .bench import main as bench_main

        return bench_main(argv[1:])
    ap = argparse.ArgumentParser(prog="python -m etl", description="法治对标 ETL：文档 → DuckDB 数据仓库")
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="处理 data/raw 下全部文档，生成数据仓库")
    b.add_argument("--raw", default=str(DEFAULT_RAW))
    b.add_argument("--db", default=str(DEFAULT_DB))
    b.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    b.add_argument("--quiet", action="store_true")
    b.add_argument("--no-wait", action="store_true", help="已有构建在进行时直接退出而不是等待")
    b.add_argument("--no-cache", action="store_true", help="不使用按内容哈希缓存的处理结果")
    b.set_defaults(func=cmd_build)
    for name, func, helptext in (("add", cmd_add, "添加文档（txt/html/docx/pdf）并重建"),
                                 ("remove", cmd_remove, "移出文档（移到 data/removed，不删除）并重建"),
                                 ("correct", cmd_correct, "更正文档画像（字段=值），重建后仍保留")):
        a = sub.add_parser(name, help=helptext)
        if name == "add":
            a.add_argument("files", nargs="+")
            a.add_argument("--max-mb", type=int, default=int(os.environ.get("FZ_MAX_MB", "20")))
        elif name == "remove":
            a.add_argument("names", nargs="+", help="data/raw 中的文件名")
        else:
            a.add_argument("name", help="data/raw 中的文件名")
            a.add_argument("fields", nargs="+", help="如 unit=某某市司法局 year=2023")
        a.add_argument("--raw", default=str(DEFAULT_RAW))
        a.add_argument("--db", default=str(DEFAULT_DB))
        a.add_argument("--workers", type=int, default=os.cpu_count() or 1)
        a.add_argument("--no-build", action="store_true", help="只改语料，不重建")
        a.set_defaults(func=func)
    e = sub.add_parser("extract", help="抽取并打印记录（不写数据仓库）")
    e.add_argument("files", nargs="+")
    e.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    e.set_defaults(func=cmd_extract)
    c = sub.add_parser("check", help="校验数据仓库")
    c.add_argument("--db", default=str(DEFAULT_DB))
    c.set_defaults(func=cmd_check)
    sub.add_parser("bench", help="性能基准：python -m etl bench --docs N（选项见 --help）")
    args = ap.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        # the reader went away (`| head`): stop writing, say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
