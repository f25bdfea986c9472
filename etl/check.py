"""Check: a built warehouse is whole (keys, spans, values, codes, profiles)."""
from __future__ import annotations

from pathlib import Path

# (what is wrong, SQL counting the rows that show it); fixed text, no user input
CHECKS: tuple[tuple[str, str], ...] = (
    ("没有任何文档", "SELECT CASE WHEN count(*) = 0 THEN 1 ELSE 0 END FROM documents"),
    ("文档编号重复或为空", "SELECT count(*) - count(DISTINCT doc_id) + count(*) FILTER (WHERE doc_id IS NULL) FROM documents"),
    ("指标编号重复或为空", "SELECT count(*) - count(DISTINCT metric_id) + count(*) FILTER (WHERE metric_id IS NULL) FROM metrics"),
    ("条目编号重复或为空", "SELECT count(*) - count(DISTINCT item_id) + count(*) FILTER (WHERE item_id IS NULL) FROM items"),
    ("指标原句与位置不符", "SELECT count(*) FROM metrics m JOIN documents d USING (doc_id) "
                   "WHERE substr(d.normalized_text, m.start_offset + 1, m.end_offset - m.start_offset) <> m.quote"),
    ("指标原文位置越界", "SELECT count(*) FROM metrics m JOIN documents d USING (doc_id) "
                 "WHERE m.orig_start < 0 OR m.orig_end > length(d.original_text) OR m.orig_start > m.orig_end"),
    ("指标数值为负", "SELECT count(*) FROM metrics WHERE value < 0 OR value IS NULL OR isnan(value)"),
    ("指标代码不在字典中", "SELECT count(*) FROM metrics m LEFT JOIN metric_dictionary d USING (code) WHERE d.code IS NULL"),
    ("指标类型不是 actual/target", "SELECT count(*) FROM metrics WHERE kind NOT IN ('actual', 'target')"),
    ("文档缺少画像（单位或年份为空且未标记质量问题）",
     "SELECT count(*) FROM documents d WHERE (d.unit IS NULL AND NOT EXISTS (SELECT 1 FROM quality_issues q "
     "WHERE q.doc_id = d.doc_id AND q.issue = 'unknown_unit')) OR (d.year IS NULL AND NOT EXISTS "
     "(SELECT 1 FROM quality_issues q WHERE q.doc_id = d.doc_id AND q.issue = 'unknown_year'))"),
    ("条目或段落指向不存在的文档", "SELECT (SELECT count(*) FROM items WHERE doc_id NOT IN (SELECT doc_id FROM documents)) + "
                         "(SELECT count(*) FROM paragraphs WHERE doc_id NOT IN (SELECT doc_id FROM documents))"),
    ("条目分类不在分类表中", "SELECT count(*) FROM items WHERE category IS NOT NULL AND category NOT IN (SELECT code FROM categories)"),
    ("文档条目数与条目表不一致", "SELECT count(*) FROM documents d WHERE d.n_items <> (SELECT count(*) FROM items i WHERE i.doc_id = d.doc_id)"),
)


def check_warehouse(db_path: Path) -> list[str]:
    """Every problem found, as a sentence; empty when the warehouse is sound."""
    import duckdb

    if not Path(db_path).exists():
        return [f"数据仓库不存在：{db_path}"]
    try:
        con = duckdb.connect(str(db_path), read_only=True)
    except Exception as e:
        return [f"无法打开数据仓库 {db_path}：{e}"]
    problems = []
    try:
        for what, sql in CHECKS:
            n = con.execute(sql).fetchone()[0]
            if n:
                problems.append(f"{what}（{n}）")
    finally:
        con.close()
    return problems
