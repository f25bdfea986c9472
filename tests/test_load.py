"""Load and build: identical tables from identical input; a failed build leaves the old warehouse serving."""
import os
import shutil
import subprocess
import sys

import duckdb
import pytest
from conftest import RAW, ROOT, run_etl

TABLES = ("documents", "sections", "items", "item_leads", "paragraphs", "metrics", "keywords", "quality_issues",
          "term_lists", "text_grams", "metric_dictionary", "categories", "build_info", "coverage", "headline",
          "doc_categories")


def dump(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    finally:
        con.close()


def test_two_builds_give_identical_tables(seed_warehouse, tmp_path):
    again = tmp_path / "again.duckdb"
    run_etl("build", "--raw", str(RAW), "--db", str(again), "--quiet", "--workers", "1", "--no-cache")
    a, b = dump(seed_warehouse), dump(again)
    assert a["documents"] and a["metrics"] and a["items"]
    assert a == b


def test_seed_warehouse_contents(seed_warehouse):
    con = duckdb.connect(str(seed_warehouse), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    assert con.execute("SELECT sum(n_items) FROM documents").fetchone()[0] == 80
    leads = dict(con.execute("SELECT department, count(*) FROM item_leads GROUP BY 1").fetchall())
    assert leads["法规处"] == 16 and leads["各处室共同负责"] == 3
    qy = con.execute("SELECT issue_count FROM quality_issues q JOIN documents d USING (doc_id) "
                     "WHERE d.unit = '清远市工业和信息化局' AND issue = 'pinyin_annotations'").fetchone()
    assert qy == (715,)
    comments = con.execute("SELECT count(*) FROM duckdb_columns() WHERE comment IS NOT NULL AND table_name = 'metrics'").fetchone()[0]
    assert comments >= 15
    text = con.execute("SELECT original_text FROM documents WHERE unit = '清远市工业和信息化局'").fetchone()[0]
    assert text == next(RAW.glob("001_*.txt")).read_text(encoding="utf-8")


def test_failed_build_leaves_previous_warehouse(seed_warehouse, tmp_path):
    db = tmp_path / "w.duckdb"
    shutil.copy(seed_warehouse, db)
    before = dump(db)
    # simulate a crash in the middle of writing: the loader raises after creating the temp file
    code = (
        "import sys; sys.argv=['etl','build','--raw',%r,'--db',%r,'--quiet','--no-cache'];"
        "import etl.load as L\n"
        "def boom(*a, **k):\n    raise RuntimeError('simulated crash')\n"
        "L.keyword_sql=boom\n"
        "from etl.cli import main; main()" % (str(RAW), str(db))
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode != 0 and "simulated crash" in proc.stderr
    assert dump(db) == before
    assert not [p for p in os.listdir(tmp_path) if ".tmp-" in p]


def test_bad_file_does_not_stop_the_batch(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(next(RAW.glob("002_*.txt")), raw / "good.txt")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 10)
    db = tmp_path / "w.duckdb"
    proc = run_etl("build", "--raw", str(raw), "--db", str(db), "--quiet")
    assert "empty.txt" in proc.stderr and "文件为空" in proc.stderr
    assert "binary.txt" in proc.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_check_passes_on_seed_warehouse(seed_warehouse):
    proc = run_etl("check", "--db", str(seed_warehouse), check=False)
    assert proc.returncode == 0, proc.stderr


def test_check_finds_a_broken_span(seed_warehouse, tmp_path):
    db = tmp_path / "broken.duckdb"
    shutil.copy(seed_warehouse, db)
    con = duckdb.connect(str(db))
    con.execute("UPDATE metrics SET start_offset = start_offset + 1 WHERE metric_id = (SELECT min(metric_id) FROM metrics)")
    con.close()
    proc = run_etl("check", "--db", str(db), check=False)
    assert proc.returncode == 1 and "指标原句与位置不符" in proc.stderr


@pytest.mark.parametrize("prefix", ["001"])
def test_extract_prints_scorecard_records(prefix):
    path = next(RAW.glob(f"{prefix}_*.txt"))
    proc = run_etl("extract", str(path), "--format", "jsonl")
    import json

    recs = [json.loads(line) for line in proc.stdout.splitlines()]
    kinds = {r["record"] for r in recs}
    assert {"document", "item", "metric", "quality"} <= kinds
    doc = next(r for r in recs if r["record"] == "document")
    assert doc["unit"] == "清远市工业和信息化局" and doc["sections"] == 4 and doc["items"] == 15


def test_extract_prints_numbers_without_a_code_as_figures_not_metrics(tmp_path):
    import json

    path = tmp_path / "report.txt"
    path.write_text("某市司法局2023年法治政府建设情况报告\n一、主要成效\n办理行政许可58件，罚没款120万元，出庭应诉率100%。\n",
                    encoding="utf-8")
    recs = [json.loads(line) for line in run_etl("extract", str(path), "--format", "jsonl").stdout.splitlines()]
    assert [(r["code"], r["value"]) for r in recs if r["record"] == "metric"] == [("license_cases", 58)]
    assert sorted(r["value"] for r in recs if r["record"] == "figure") == [100, 1_200_000]
    assert all(r["code"] == "other" and r["quote"] for r in recs if r["record"] == "figure")


def test_incremental_add_and_remove_equal_a_full_build(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    seeds = sorted(RAW.glob("*.txt"))
    for p in seeds[:3]:
        shutil.copy(p, raw / p.name)
    db = tmp_path / "inc.duckdb"
    run_etl("build", "--raw", str(raw), "--db", str(db), "--quiet")
    for p in seeds[3:]:
        shutil.copy(p, raw / p.name)
    (raw / seeds[0].name).unlink()
    proc = run_etl("build", "--raw", str(raw), "--db", str(db))
    assert "增量（新处理 2 份）" in proc.stderr
    full = tmp_path / "full.duckdb"
    run_etl("build", "--raw", str(raw), "--db", str(full), "--quiet", "--no-cache")
    a, b = dump(db), dump(full)
    assert len(a["documents"]) == 4 and a["headline"] and a["doc_categories"]
    assert a == b
    assert run_etl("check", "--db", str(db)).returncode == 0


def test_headline_and_category_tables_are_filled_from_the_loaded_rows(seed_warehouse):
    con = duckdb.connect(str(seed_warehouse), read_only=True)
    try:
        headline = con.execute("SELECT * FROM headline").fetchall()
        assert headline == con.execute("SELECT * FROM metrics WHERE is_headline "
                                       "ORDER BY code, kind, doc_id, metric_id").fetchall()
        assert 0 < len(headline) < con.execute("SELECT count(*) FROM metrics").fetchone()[0]
        assert con.execute("SELECT count(*) FROM v_headline").fetchone()[0] == len(headline)
        view = con.execute("SELECT * FROM v_headline ORDER BY metric_id").fetchall()
        assert view == con.execute("SELECT * FROM v_metrics WHERE is_headline ORDER BY metric_id").fetchall()
        per_doc = con.execute("SELECT d.unit, c.category, c.n_items, c.n_chars FROM doc_categories c "
                              "JOIN documents d USING (doc_id) WHERE d.unit = '广东省工业和信息化厅'").fetchall()
        assert sum(r[2] for r in per_doc) == 23  # the Guangdong plan's 23 items, all classified
        totals = con.execute("SELECT sum(n_items), sum(n_chars) FROM doc_categories").fetchone()
        assert totals == con.execute("SELECT (SELECT count(*) FROM items WHERE category IS NOT NULL), "
                                     "(SELECT sum(n_chars) FROM paragraphs WHERE category IS NOT NULL)").fetchone()
        comments = con.execute("SELECT table_name, count(*) FROM duckdb_columns() WHERE comment IS NOT NULL "
                               "AND table_name IN ('headline', 'doc_categories') GROUP BY 1").fetchall()
        assert dict(comments) == {"headline": 19, "doc_categories": 4}
    finally:
        con.close()


def test_content_hashes_reuse_unchanged_files_and_see_changed_ones(tmp_path):
    import hashlib
    import json

    from etl.cli import content_hashes

    raw, cache = tmp_path / "raw", tmp_path / "cache"
    raw.mkdir()
    a, b = raw / "a.txt", raw / "b.txt"
    a.write_text("甲文档", encoding="utf-8")
    b.write_text("乙文档", encoding="utf-8")
    first = content_hashes([a, b], cache)
    assert first[a] == hashlib.sha256(a.read_bytes()).hexdigest()
    # an unchanged file is taken from the index without being read: a planted value comes back
    index = json.loads((cache / "hashes.json").read_text(encoding="utf-8"))
    index["a.txt"][1] = "f" * 64
    (cache / "hashes.json").write_text(json.dumps(index), encoding="utf-8")
    assert content_hashes([a, b], cache)[a] == "f" * 64
    # a rewritten file (other size and mtime) is hashed again
    b.write_text("乙文档，改过了", encoding="utf-8")
    assert content_hashes([a, b], cache)[b] == hashlib.sha256(b.read_bytes()).hexdigest() != first[b]


def test_unchanged_corpus_is_not_rewritten(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in sorted(RAW.glob("*.txt"))[:2]:
        shutil.copy(p, raw / p.name)
    db = tmp_path / "w.duckdb"
    run_etl("build", "--raw", str(raw), "--db", str(db), "--quiet")
    inode = db.stat().st_ino
    proc = run_etl("build", "--raw", str(raw), "--db", str(db))
    assert "已是最新" in proc.stderr and db.stat().st_ino == inode  # not replaced
    (raw / sorted(raw.iterdir())[0].name).unlink()
    proc = run_etl("build", "--raw", str(raw), "--db", str(db))
    assert "增量" in proc.stderr and db.stat().st_ino != inode


def test_the_headline_is_the_value_after_a_change_not_the_one_before():
    from types import SimpleNamespace

    from etl.load import headline_flags
    from etl.metrics import extract_metrics
    found = extract_metrics("2023年，行政权力事项由4862项精简至4651项。", doc_type="report", year=2023, target_spans=())
    assert sorted(m.value for m in found) == [4651, 4862]
    flags = headline_flags(SimpleNamespace(metrics=found, profile=SimpleNamespace(doc_type="report")))
    assert [m.value for m, head in zip(found, flags) if head] == [4651]


def test_figures_of_a_text_that_is_neither_report_nor_plan_are_kept_but_not_headline(tmp_path):
    import duckdb
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "news.txt").write_text("绵阳市司法局举办全市法治培训班\n发布时间：2024-05-10\n"
                                  "今年以来，绵阳市司法局已举办法治培训4期。\n", encoding="utf-8")
    (raw / "report.txt").write_text("绵阳市司法局2023年法治政府建设年度报告\n"
                                    "2023年，我局举办法治培训6期，取得明显成效。\n", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    proc = run_etl("build", "--raw", str(raw), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT d.source_name, m.value, m.is_headline FROM metrics m JOIN documents d USING (doc_id) "
                           "WHERE m.code = 'law_trainings' ORDER BY 1").fetchall()
        heads = con.execute("SELECT d.source_name, h.value FROM headline h JOIN documents d USING (doc_id) "
                            "WHERE h.code = 'law_trainings'").fetchall()
        flagged = con.execute("SELECT d.source_name FROM quality_issues q JOIN documents d USING (doc_id) "
                              "WHERE q.issue = 'unknown_doc_type'").fetchall()
        covered = con.execute("SELECT n_metrics FROM coverage WHERE unit = '绵阳市司法局' "
                              "AND metric_group = (SELECT metric_group FROM metric_dictionary "
                              "WHERE code = 'law_trainings')").fetchall()
    assert rows == [("news.txt", 4.0, False), ("report.txt", 6.0, True)]
    assert heads == [("report.txt", 6.0)] and flagged == [("news.txt",)]
    assert covered == [(1,)]  # the report's figure; the news item's is not coverage
