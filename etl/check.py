"""Check: a built warehouse is whole (keys, spans, values, codes, profiles)."""
from __future__ import annotations

from pathlib import Path

from .grams import GRAM_BITS
from .load import DOC_CATEGORIES_SELECT

REQUIRED_TABLES = ("documents", "sections", "items", "item_leads", "paragraphs", "metrics", "keywords",
                   "quality_issues", "metric_dictionary", "categories", "build_info", "headline", "doc_categories",
                   "text_grams")
REQUIRED_VIEWS = ("v_metrics", "v_headline", "v_coverage", "v_items")


def _dupes(table: str, key: str) -> str:
    """Rows whose key is NULL or shared with another row; the example names one such key."""
    return (f"SELECT count(*) FILTER (WHERE k IS NULL OR n > 1), min(k) FILTER (WHERE k IS NULL OR n > 1) FROM "
            f"(SELECT {key} AS k, count(*) OVER (PARTITION BY {key}) AS n FROM {table}) t")


def _orphans(table: str, alias_key: str, example: str, where: str = "TRUE") -> str:
    """Rows of table whose doc_id is not a document."""
    return (f"SELECT count(*), min({example}) FROM {table} x WHERE {where} AND "
            f"NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = x.{alias_key})")


def _differ(copy: str, source: str, example: str) -> str:
    """Rows in one SELECT but not in the other: a table filled from others at the end of the build has gone stale."""
    return (f"SELECT count(*), min({example}) FROM "
            f"((({copy}) EXCEPT ALL ({source})) UNION ALL (({source}) EXCEPT ALL ({copy}))) x")


def _span(table: str, id_col: str, text_col: str) -> str:
    """Rows whose [start_offset, end_offset) is outside the normalized text or does not cut out text_col."""
    return (f"SELECT count(*), min(x.{id_col}) FROM {table} x JOIN documents d USING (doc_id) "
            f"WHERE x.start_offset < 0 OR x.end_offset > length(d.normalized_text) OR x.start_offset > x.end_offset "
            f"OR substr(d.normalized_text, x.start_offset + 1, x.end_offset - x.start_offset) "
            f"IS DISTINCT FROM x.{text_col}")


# (what is wrong, SQL returning (rows that show it, one example)); fixed text, no user input
CHECKS: tuple[tuple[str, str], ...] = (
    ("没有任何文档", "SELECT CASE WHEN count(*) = 0 THEN 1 ELSE 0 END, NULL FROM documents"),
    ("文档编号重复或为空", _dupes("documents", "doc_id")),
    ("章节编号重复或为空", _dupes("sections", "section_id")),
    ("条目编号重复或为空", _dupes("items", "item_id")),
    ("段落编号重复或为空", _dupes("paragraphs", "paragraph_id")),
    ("指标编号重复或为空", _dupes("metrics", "metric_id")),
    ("牵头部门重复或为空", _dupes("item_leads", "item_id || '|' || department")),
    ("质量问题重复或为空", _dupes("quality_issues", "doc_id || '|' || issue")),
    ("指标原句与位置不符", _span("metrics", "metric_id", "quote")),
    ("指标原文位置越界", "SELECT count(*), min(m.metric_id) FROM metrics m JOIN documents d USING (doc_id) "
                 "WHERE m.orig_start < 0 OR m.orig_end > length(d.original_text) OR m.orig_start > m.orig_end"),
    ("指标数值为负或为空", "SELECT count(*), min(metric_id) FROM metrics WHERE value < 0 OR value IS NULL OR isnan(value)"),
    ("指标数值不是有限数", "SELECT count(*), min(metric_id) FROM metrics WHERE isinf(value)"),
    ("指标代码不在字典中", "SELECT count(*), min(m.code) FROM metrics m "
                  "WHERE NOT EXISTS (SELECT 1 FROM metric_dictionary d WHERE d.code = m.code)"),
    ("指标类型不是 actual/target",
     "SELECT count(*), min(kind) FROM metrics WHERE kind IS NULL OR kind NOT IN ('actual', 'target')"),
    ("指标指向不存在的文档", _orphans("metrics", "doc_id", "x.metric_id")),
    ("文档缺少画像（单位或年份为空且未标记质量问题）",
     "SELECT count(*), min(d.source_name) FROM documents d WHERE (d.unit IS NULL AND NOT EXISTS "
     "(SELECT 1 FROM quality_issues q WHERE q.doc_id = d.doc_id AND q.issue = 'unknown_unit')) "
     "OR (d.year IS NULL AND NOT EXISTS "
     "(SELECT 1 FROM quality_issues q WHERE q.doc_id = d.doc_id AND q.issue = 'unknown_year'))"),
    ("不像报告或计划的文档未标记，或其数字进了代表值",
     "SELECT count(*), min(d.source_name) FROM documents d WHERE d.doc_type IS NULL AND (NOT EXISTS "
     "(SELECT 1 FROM quality_issues q WHERE q.doc_id = d.doc_id AND q.issue = 'unknown_doc_type') "
     "OR EXISTS (SELECT 1 FROM headline h WHERE h.doc_id = d.doc_id))"),
    ("条目或段落指向不存在的文档",
     "WITH o AS (SELECT item_id AS id FROM items x "
     "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = x.doc_id) "
     "UNION ALL SELECT paragraph_id FROM paragraphs x "
     "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = x.doc_id)) SELECT count(*), min(id) FROM o"),
    ("章节指向不存在的文档", _orphans("sections", "doc_id", "x.section_id")),
    ("质量问题指向不存在的文档", _orphans("quality_issues", "doc_id", "x.doc_id || '|' || x.issue")),
    ("关键词指向不存在的文档", _orphans("keywords", "doc_id", "x.term", "x.scope = 'document'")),
    ("牵头部门指向不存在的条目", "SELECT count(*), min(l.item_id) FROM item_leads l "
                     "WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.item_id = l.item_id AND i.doc_id = l.doc_id)"),
    ("条目文本与位置不符", _span("items", "item_id", "text")),
    ("段落文本与位置不符", _span("paragraphs", "paragraph_id", "text")),
    ("章节位置越界", "SELECT count(*), min(s.section_id) FROM sections s JOIN documents d USING (doc_id) "
               "WHERE s.start_offset < 0 OR s.end_offset > length(d.normalized_text) OR s.start_offset > s.end_offset"),
    ("条目分类不在分类表中", "SELECT count(*), min(i.category) FROM items i WHERE i.category IS NOT NULL "
                   "AND NOT EXISTS (SELECT 1 FROM categories c WHERE c.code = i.category)"),
    ("文档条目数与条目表不一致", "SELECT count(*), min(d.doc_id) FROM documents d "
                     "WHERE d.n_items <> (SELECT count(*) FROM items i WHERE i.doc_id = d.doc_id)"),
    ("文档指标数与指标表不一致", "SELECT count(*), min(d.doc_id) FROM documents d "
                     "WHERE d.n_metrics <> (SELECT count(*) FROM metrics m WHERE m.doc_id = d.doc_id)"),
    ("代表值表与指标表不一致",
     _differ("SELECT * FROM headline", "SELECT * FROM metrics WHERE is_headline", "metric_id")),
    ("分类汇总表与条目、段落不一致",
     _differ("SELECT doc_id, category, n_items, n_chars FROM doc_categories", DOC_CATEGORIES_SELECT, "doc_id")),
    ("检索签名与文档不一一对应",
     "SELECT count(*), min(k) FROM ((SELECT doc_id AS k FROM documents EXCEPT ALL SELECT doc_id FROM text_grams) "
     "UNION ALL (SELECT doc_id FROM text_grams EXCEPT ALL SELECT doc_id FROM documents)) x"),
    ("检索签名长度不对", f"SELECT count(*), min(doc_id) FROM text_grams WHERE bit_length(grams) <> {GRAM_BITS}"),
    ("构建信息中的文档数与文档表不一致",
     "SELECT CASE WHEN (SELECT try_cast(max(value) AS BIGINT) FROM build_info WHERE key = 'n_documents') "
     "IS DISTINCT FROM (SELECT count(*) FROM documents) THEN 1 ELSE 0 END, "
     "(SELECT max(value) FROM build_info WHERE key = 'n_documents')"),
)


def check_warehouse(db_path: Path) -> list[str]:
    """Every problem found, as a sentence; empty when the warehouse is sound."""
    import duckdb

    if not Path(db_path).exists():
        return [f"数据仓库不存在：{db_path}"]
    try:
        con = duckdb.connect(str(db_path), read_only=True)
    except Exception as e:  # not a DuckDB file, a newer format, a damaged header
        return [f"无法打开数据仓库 {db_path}：{e}"]
    problems = []
    try:
        have = {name for (name,) in con.execute(
            "SELECT table_name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal"
        ).fetchall()}
        missing = [t for t in REQUIRED_TABLES + REQUIRED_VIEWS if t not in have]
        if missing:
            problems.append(f"缺少表或视图：{'、'.join(missing)}")
        for view in REQUIRED_VIEWS:
            if view in have:
                try:
                    con.execute(f"SELECT * FROM {view} LIMIT 0").fetchall()
                except duckdb.Error as e:
                    problems.append(f"视图 {view} 无法查询（{type(e).__name__}: {str(e).splitlines()[0]}）")
        for what, sql in CHECKS:
            try:
                n, example = con.execute(sql).fetchone()
            except duckdb.Error as e:
                if not missing:  # a missing table is already reported once
                    problems.append(f"{what}：无法检查（{type(e).__name__}: {str(e).splitlines()[0]}）")
                continue
            if n:
                problems.append(f"{what}（{n}）" + (f"，例如 {example}" if example is not None else ""))
    finally:
        con.close()
    return problems
