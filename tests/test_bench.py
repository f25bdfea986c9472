"""The benchmark's synthetic corpus is deterministic and varied; the build does not depend on the worker count;
the bench command runs end to end on a small corpus. Correctness only: no timing is asserted."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import duckdb

from etl.bench import main, make_corpus, make_document
from etl.cli import build, raw_files

SEED = 7


def _hashes(raw: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(raw.iterdir())}


def test_corpus_is_deterministic(tmp_path):
    raw_a, docs_a = make_corpus(20, SEED, tmp_path / "a", log=lambda *_: None)
    raw_b, docs_b = make_corpus(20, SEED, tmp_path / "b", log=lambda *_: None)
    assert docs_a is not None and docs_b is not None
    a, b = _hashes(raw_a), _hashes(raw_b)
    assert len(a) == 20
    assert a == b
    # another seed gives another corpus
    raw_c, _ = make_corpus(20, SEED + 1, tmp_path / "c", log=lambda *_: None)
    assert _hashes(raw_c) != a


def test_corpus_is_reused_and_cleaned(tmp_path):
    raw, docs = make_corpus(10, SEED, tmp_path / "c", log=lambda *_: None)
    before = _hashes(raw)
    (raw / "zz_bench_added_000010.txt").write_text("一份多出来的文档", encoding="utf-8")
    raw2, docs2 = make_corpus(10, SEED, tmp_path / "c", log=lambda *_: None)
    assert docs2 is None  # reused, not regenerated
    assert _hashes(raw2) == before  # the extra file is gone
    _, docs3 = make_corpus(11, SEED, tmp_path / "c", log=lambda *_: None)
    assert docs3 is not None and len(docs3) == 11  # another N is regenerated


def test_corpus_has_the_intended_variety():
    docs = [make_document(SEED, i) for i in range(200)]
    texts = [d.data.decode(d.encoding) for d in docs]
    assert len({d.data for d in docs}) == len(docs)
    trad = [t for d, t in zip(docs, texts) if d.traditional]
    assert 5 <= len(trad) <= 45
    assert all(re.search("[國會這與為時說們實從發]", t) for t in trad)
    assert any(d.pinyin for d in docs)
    assert all(re.search(r"[\u4e00-\u9fff]\([a-zü\u00e0-\u01dc]{1,7}\)", t) for d, t in zip(docs, texts) if d.pinyin)
    chrome = [t for d, t in zip(docs, texts) if d.chrome]
    assert 5 <= len(chrome) <= 45
    assert all(re.search(r"^(首页 >|当前位置)", t, re.M) for t in chrome)
    assert any(d.encoding == "gb18030" for d in docs)
    assert len({d.province for d in docs}) >= 15
    assert len({d.year for d in docs}) == 10 and {d.year for d in docs} <= set(range(2016, 2026))
    assert {d.level for d in docs} == {"province", "city", "county"}
    assert {d.doc_type for d in docs} == {"report", "plan"}
    assert len({d.unit for d in docs}) >= 150
    sizes = [len(t.encode("utf-8")) for t in texts]
    assert min(sizes) >= 2500 and max(sizes) <= 40_000
    # figures are varied: the seeds' numbers are not all copied through
    assert len({m for t in texts for m in re.findall(r"(\d+)件", t)}) > 50
    # every document is a unit's report or plan with its unit and year in the head (simplified ones checked as is)
    for d, t in zip(docs, texts):
        if d.traditional:
            continue
        head = t[:600]
        assert d.unit in head and str(d.year) in head


def _tables(db: Path) -> dict[str, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT internal ORDER BY 1").fetchall()]
        out = {}
        for name in names:
            rows = con.execute(f'SELECT * FROM "{name}" ORDER BY ALL').fetchall()
            if name == "build_info":  # facts about the run itself (timings) may differ
                rows = [r for r in rows if not re.search(r"time|_at$|seconds|duration|workers", str(r[0]))]
            out[name] = rows
        return out


def test_build_is_the_same_whatever_the_worker_count(tmp_path):
    raw, _ = make_corpus(40, SEED, tmp_path / "corpus", log=lambda *_: None)
    assert len(raw_files(raw)) == 40  # ≥ 8 files, so workers=2 really uses a pool
    one, two = tmp_path / "w1" / "w.duckdb", tmp_path / "w2" / "w.duckdb"
    assert build(raw, one, 1, quiet=True, use_cache=False) == 0
    assert build(raw, two, 2, quiet=True, use_cache=False) == 0
    t1, t2 = _tables(one), _tables(two)
    assert set(t1) == set(t2) and {"documents", "items", "metrics", "keywords"} <= set(t1)
    assert len(t1["documents"]) == 40
    for name in t1:
        assert t1[name] == t2[name], f"table {name} differs between 1 and 2 workers"


def test_bench_main_runs_on_a_small_corpus(tmp_path, capsys):
    out = tmp_path / "corpus_30"
    assert main(["--docs", "30", "--out", str(out), "--skip-pages", "--workers", "2"]) == 0
    printed = capsys.readouterr().out
    for line in ("| metric | value | target | met? |", "cold full build", "plain jieba.lcut",
                 "build_time / jieba_time", "peak memory of the build", "incremental add of 1 document",
                 "rjieba.cut vs jieba.lcut", "dashboard queries", "machine: nproc", "command: `python -m etl bench"):
        assert line in printed, line
    report = tmp_path / "report_30.md"
    assert report.exists() and "build_time / jieba_time" in report.read_text(encoding="utf-8")
    assert "page AppTest" not in printed  # --skip-pages
    # the incremental document was taken out again, so the corpus can be reused as it is
    assert len(raw_files(out / "raw")) == 30
    with duckdb.connect(str(out / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 31


def test_bench_dashboard_only_times_an_existing_warehouse(seed_warehouse, tmp_path, capsys):
    import shutil

    db = tmp_path / "warehouse.duckdb"
    shutil.copy(seed_warehouse, db)
    assert main(["--dashboard-only", "--db", str(db), "--skip-pages"]) == 0
    printed = capsys.readouterr().out
    for line in ("dashboard queries (", "downloads (", "## Queries", "## Downloads", "| q_search_docs(行政许可) — reads every text; the page runs it only when the texts are over MAX_STORE_CHARS |", "| q_search_hits(5 ids,行政许可) |",
                 "| q_search_candidates(行政许可) |", "| search_docs(量子纠缠) = q_search_candidates + q_search_docs, or the texts in memory |",
                 "| load_text_store: every text into memory, once per warehouse version (",
                 "| q_table_preview(metrics) |", "| export_table(metrics) |", "| export_search(行政许可) |"):
        assert line in printed, line
    queries = printed.split("## Queries")[1].split("## Downloads")[0]
    downloads = printed.split("## Downloads")[1]
    assert "export_" not in queries and "| q_" not in downloads  # whole-table downloads are reported apart
    assert "error" not in queries + downloads
    assert "cold full build" not in printed and "page AppTest" not in printed
    assert (tmp_path / "report_dashboard.md").read_text(encoding="utf-8").startswith("# 法治对标 dashboard benchmark — 5")
    assert main(["--dashboard-only", "--db", str(tmp_path / "missing.duckdb")]) == 2
