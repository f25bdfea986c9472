"""All SQL of the dashboard: pure builders returning Query(sql, params), and one cached runner."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DB = REPO / "data" / "warehouse.duckdb"

# Whitelists: the only identifiers ever formatted into SQL. User values are always bound with `?`.
DOC_FILTER_COLUMNS = {"regions": "region", "levels": "level", "units": "unit", "doc_types": "doc_type"}
ALIASES = {"d", "v", "h", "m", "i", "p", "k", "q", "l", "x"}
CATEGORY_COLUMNS = {"m.category", "v.category", "h.category", "i.category", "p.category", "x.category", "k.category"}
OPTION_COLUMNS = {"region", "level", "unit", "doc_type", "year"}
SHARE_BASES = {
    "items": ("items", "count(*)"),
    "chars": ("paragraphs", "sum(x.n_chars)"),
}
EXPORT_TABLES = (
    "documents", "sections", "items", "item_leads", "paragraphs", "metrics", "keywords",
    "quality_issues", "metric_dictionary", "categories", "build_info",
)
DOC_TABLES = {"documents", "sections", "items", "item_leads", "paragraphs", "metrics", "keywords", "quality_issues"}
CATEGORY_TABLES = {"items", "paragraphs", "metrics"}
MAX_TERM_LEN = 50


class WarehouseMissing(RuntimeError):
    """The warehouse file does not exist yet."""


@dataclass(frozen=True)
class Filters:
    """The sidebar selection; empty tuples mean no restriction."""

    regions: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    categories: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class Query:
    """SQL text with its bound parameters, built apart from running it."""

    sql: str
    params: tuple = field(default_factory=tuple)


# ---------------------------------------------------------------- warehouse and runner

def db_path() -> Path:
    """The warehouse file: $FZDB_PATH or data/warehouse.duckdb."""
    return Path(os.environ.get("FZDB_PATH", str(DEFAULT_DB)))


def db_identity(path: Path | None = None) -> tuple[str, int, int] | None:
    """(path, st_mtime_ns, st_ino) of the warehouse, or None if it is missing."""
    path = path or db_path()
    try:
        stat = path.stat()
    except OSError:
        return None
    return (str(path), stat.st_mtime_ns, stat.st_ino)


CATALOG = "wh"


@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(identity: tuple[str, int, int]) -> duckdb.DuckDBPyConnection:
    """One read-only connection per warehouse file version (ATTACHed, see below)."""
    # duckdb.connect(path) reuses a process-wide instance per path and would keep reading the old file
    # after the ETL's os.replace; a private in-memory instance with the file attached always opens this version.
    con = duckdb.connect(":memory:")
    con.execute(f"ATTACH ? AS {CATALOG} (READ_ONLY)", [identity[0]])
    return con


@st.cache_data(max_entries=512, show_spinner=False)
def _cached_run(identity: tuple[str, int, int], sql: str, params: tuple) -> pd.DataFrame:
    """Run a query on one warehouse version; results cached per file identity."""
    cur = _connection(identity).cursor()
    try:
        cur.execute(f"USE {CATALOG}")
        return cur.execute(sql, list(params)).df()
    finally:
        cur.close()


def run(query: Query) -> pd.DataFrame:
    """Run a built query against the current warehouse file."""
    identity = db_identity()
    if identity is None:
        raise WarehouseMissing(str(db_path()))
    return _cached_run(identity, query.sql, tuple(query.params))


def warehouse_ready() -> bool:
    """Whether the warehouse file exists."""
    return db_identity() is not None


# ---------------------------------------------------------------- WHERE fragments

def _placeholders(values: tuple) -> str:
    """'?, ?, ?' for a tuple of values."""
    return ", ".join("?" for _ in values)


def doc_where(f: Filters, alias: str = "d", year_column: str = "year") -> tuple[list[str], list]:
    """Conditions on document columns (region, level, unit, doc type, year) for a table alias."""
    if alias not in ALIASES or year_column not in {"year", "doc_year"}:
        raise ValueError("identifier not allowed")
    clauses, params = [], []
    for attr, column in DOC_FILTER_COLUMNS.items():
        values = tuple(getattr(f, attr))
        if values:
            clauses.append(f"{alias}.{column} IN ({_placeholders(values)})")
            params.extend(values)
    if f.years is not None:
        clauses.append(f"{alias}.{year_column} BETWEEN ? AND ?")
        params.extend([int(f.years[0]), int(f.years[1])])
    return clauses, params


def category_where(f: Filters, column: str) -> tuple[list[str], list]:
    """Condition on a whitelisted category column."""
    if column not in CATEGORY_COLUMNS:
        raise ValueError("identifier not allowed")
    if not f.categories:
        return [], []
    return [f"{column} IN ({_placeholders(f.categories)})"], list(f.categories)


def _where(*parts: tuple[list[str], list]) -> tuple[str, list]:
    """Join condition lists into 'WHERE …' and their params."""
    clauses = [c for cl, _ in parts for c in cl]
    params = [p for _, ps in parts for p in ps]
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _fixed(*clauses: str, params: tuple = ()) -> tuple[list[str], list]:
    """Constant conditions (written in code, never from user input) with their params."""
    return list(clauses), list(params)


def _doc_subquery(f: Filters) -> tuple[str, list]:
    """'SELECT doc_id FROM documents d WHERE …' for the filtered documents."""
    where, params = _where(doc_where(f, "d"))
    return f"SELECT d.doc_id FROM documents d {where}", params


# ---------------------------------------------------------------- builders: options and overview

def q_options(column: str) -> Query:
    """Distinct non-null values of a whitelisted document column."""
    if column not in OPTION_COLUMNS:
        raise ValueError("identifier not allowed")
    return Query(f"SELECT DISTINCT {column} AS value FROM documents WHERE {column} IS NOT NULL ORDER BY 1")


def q_categories() -> Query:
    """The category areas with their Chinese names."""
    return Query("SELECT code, name_zh FROM categories ORDER BY code")


def q_overview_counts(f: Filters) -> Query:
    """Counts of documents, units, provinces, years and extracted figures."""
    where, params = _where(doc_where(f, "d"))
    mwhere, mparams = _where(doc_where(f, "v", "doc_year"), category_where(f, "v.category"),
                             _fixed("v.code <> 'other'"))
    sql = f"""
        WITH docs AS (SELECT * FROM documents d {where}),
             figs AS (SELECT v.* FROM v_metrics v {mwhere})
        SELECT (SELECT count(*) FROM docs) AS n_documents,
               (SELECT count(DISTINCT unit) FROM docs) AS n_units,
               (SELECT count(DISTINCT region) FROM docs) AS n_regions,
               (SELECT count(DISTINCT year) FROM docs) AS n_years,
               (SELECT count(DISTINCT code) FROM figs) AS n_indicators,
               (SELECT count(*) FROM figs) AS n_figures,
               (SELECT min(year) FROM docs) AS year_min,
               (SELECT max(year) FROM docs) AS year_max"""
    return Query(sql, tuple(params + mparams))


def q_coverage(f: Filters) -> Query:
    """Unit × indicator group status (v_coverage rows for the filtered units)."""
    sub, params = _doc_subquery(f)
    sql = f"""
        SELECT c.unit, c.metric_group, c.group_zh, c.status, c.n_metrics
        FROM v_coverage c
        WHERE c.unit IN (SELECT unit FROM documents WHERE doc_id IN ({sub}))
        ORDER BY c.unit, c.metric_group"""
    return Query(sql, tuple(params))


def q_timeline(f: Filters) -> Query:
    """The filtered documents with year, type and size."""
    where, params = _where(doc_where(f, "d"))
    sql = f"""
        SELECT d.doc_id, d.unit, d.region, d.level, d.year, d.doc_type, d.issued, d.title, d.source_name,
               d.stored_name, d.n_sections, d.n_items, d.n_metrics, d.n_chars, d.header_missing
        FROM documents d {where}
        ORDER BY d.year, d.unit"""
    return Query(sql, tuple(params))


# ---------------------------------------------------------------- builders: indicators

def _headline_where(f: Filters, *extra: tuple[list[str], list]) -> tuple[str, list]:
    """WHERE for v_headline rows under the filters."""
    return _where(doc_where(f, "h", "doc_year"), category_where(f, "h.category"), *extra)


def q_groups(f: Filters) -> Query:
    """Indicator groups with how many headline values the filters leave."""
    where, params = _headline_where(f)
    sql = f"""
        SELECT md.metric_group, any_value(md.group_zh) AS group_zh, count(h.metric_id) AS n_values
        FROM metric_dictionary md
        LEFT JOIN (SELECT h.* FROM v_headline h {where}) h ON h.code = md.code
        GROUP BY md.metric_group
        ORDER BY n_values DESC, md.metric_group"""
    return Query(sql, tuple(params))


def q_indicators(f: Filters, group: str) -> Query:
    """Indicators of a group with counts of headline values under the filters."""
    where, params = _headline_where(f)
    sql = f"""
        SELECT md.code, md.name_zh, md.measure, md.is_main, count(h.metric_id) AS n_values
        FROM metric_dictionary md
        LEFT JOIN (SELECT h.* FROM v_headline h {where}) h ON h.code = md.code
        WHERE md.metric_group = ?
        GROUP BY ALL
        ORDER BY n_values DESC, md.is_main DESC, md.code"""
    return Query(sql, tuple(params) + (group,))


def q_headline(f: Filters, code: str, kinds: tuple[str, ...] = ("actual",)) -> Query:
    """Headline values of one indicator per unit and year, with their quotes."""
    kinds = tuple(kinds)
    where, params = _headline_where(
        f, _fixed("h.code = ?", f"h.kind IN ({_placeholders(kinds)})", params=(code,) + kinds))
    sql = f"""
        SELECT h.metric_id, h.doc_id, h.unit, h.region, h.level, h.doc_type, h.doc_year,
               coalesce(h.year, h.doc_year) AS year, h.kind, h.code, h.name_zh, h.label, h.value,
               h.measure, h.qualifier, h.scope, h.quote, h.source_name, h.category_zh
        FROM v_headline h {where}
        ORDER BY h.unit, year, h.kind"""
    return Query(sql, tuple(params))


# ---------------------------------------------------------------- builders: categories and tasks

def q_category_share(f: Filters, basis: str = "items") -> Query:
    """Per unit: share of numbered items (or paragraph chars) in each category."""
    if basis not in SHARE_BASES:
        raise ValueError("basis not allowed")
    table, measure = SHARE_BASES[basis]
    where, params = _where(doc_where(f, "d"), category_where(f, "x.category"), _fixed("x.category IS NOT NULL"))
    sql = f"""
        WITH base AS (
            SELECT d.unit, x.category, CAST({measure} AS BIGINT) AS amount
            FROM {table} x JOIN documents d USING (doc_id)
            {where}
            GROUP BY d.unit, x.category)
        SELECT b.unit, b.category, c.name_zh AS category_zh, b.amount,
               b.amount / sum(b.amount) OVER (PARTITION BY b.unit) AS share
        FROM base b LEFT JOIN categories c ON c.code = b.category
        ORDER BY b.unit, b.category"""
    return Query(sql, tuple(params))


def q_plans(f: Filters) -> Query:
    """Documents that have numbered items (plans first), for the task-list picker."""
    where, params = _where(doc_where(f, "d"), _fixed("d.n_items > 0"))
    sql = f"""
        SELECT d.doc_id, d.unit, d.year, d.doc_type, d.title, d.n_items
        FROM documents d {where}
        ORDER BY (d.doc_type = 'plan') DESC, d.year DESC, d.unit"""
    return Query(sql, tuple(params))


def q_items(f: Filters, doc_id: str) -> Query:
    """The numbered items of one document with section, category and leads."""
    where, params = _where(_fixed("i.doc_id = ?", params=(doc_id,)), category_where(f, "i.category"))
    sql = f"""
        SELECT i.item_id, i.section_id, i.section_number, i.section_title, i.number, i.title, i.category,
               i.category_zh, i.leads, i.lead_note, i.text, i.start_offset, i.end_offset
        FROM v_items i {where}
        ORDER BY i.ord"""
    return Query(sql, tuple(params))


def q_lead_workload(f: Filters) -> Query:
    """Items led per department and unit under the filters."""
    where, params = _where(doc_where(f, "d"), category_where(f, "i.category"))
    sql = f"""
        SELECT l.department, d.unit, count(DISTINCT l.item_id) AS n_items
        FROM item_leads l
        JOIN items i ON i.item_id = l.item_id
        JOIN documents d ON d.doc_id = l.doc_id
        {where}
        GROUP BY ALL
        ORDER BY n_items DESC, l.department"""
    return Query(sql, tuple(params))


# ---------------------------------------------------------------- builders: keywords and search

MAX_KEYWORD_DOCS = 12  # more columns than this side by side cannot be read; the user narrows with filters


def q_keywords(f: Filters, top_n: int = 15, max_docs: int = MAX_KEYWORD_DOCS) -> Query:
    """Top document keywords of the first max_docs filtered documents (newest first)."""
    where, params = _where(doc_where(f, "d"))
    sql = f"""
        WITH picked AS (
            SELECT d.doc_id, d.unit, d.year, d.doc_type FROM documents d {where}
            ORDER BY d.year DESC NULLS LAST, d.unit, d.doc_id LIMIT ?)
        SELECT p.doc_id, p.unit, p.year, p.doc_type, k.term, k.term_count, k.weight, k.rank
        FROM keywords k JOIN picked p ON p.doc_id = k.doc_id
        WHERE k.scope = 'document' AND k.rank <= ?
        ORDER BY p.unit, p.year, k.rank"""
    return Query(sql, tuple(params) + (int(max_docs), int(top_n)))


def q_document_count(f: Filters) -> Query:
    """How many documents the filters leave."""
    where, params = _where(doc_where(f, "d"))
    return Query(f"SELECT count(*) AS n FROM documents d {where}", tuple(params))


def q_category_keywords(f: Filters, top_n: int = 10) -> Query:
    """Corpus-wide keywords of each category."""
    where, params = _where(category_where(f, "k.category"),
                           _fixed("k.scope = 'category'", "k.rank <= ?", params=(int(top_n),)))
    sql = f"""
        SELECT k.category, c.name_zh AS category_zh, k.term, k.term_count, k.weight, k.rank
        FROM keywords k LEFT JOIN categories c ON c.code = k.category
        {where}
        ORDER BY k.category, k.rank"""
    return Query(sql, tuple(params))


def q_search(f: Filters, term: str) -> Query:
    """Filtered documents whose normalized text contains term (bound, no wildcards)."""
    term = clean_term(term)
    where, params = _where(doc_where(f, "d"), _fixed("strpos(d.normalized_text, ?) > 0", params=(term,)))
    sql = f"""
        SELECT d.doc_id, d.unit, d.year, d.doc_type, d.normalized_text
        FROM documents d {where}
        ORDER BY d.unit, d.year"""
    return Query(sql, tuple(params))


def clean_term(term: str | None) -> str:
    """A search term trimmed and capped in length."""
    return (term or "").strip()[:MAX_TERM_LEN]


# ---------------------------------------------------------------- builders: one document

def q_documents(f: Filters) -> Query:
    """Document picker rows."""
    return q_timeline(f)


def q_document(doc_id: str) -> Query:
    """One document's full row."""
    return Query("SELECT * FROM documents WHERE doc_id = ?", (doc_id,))


def q_sections(doc_id: str) -> Query:
    """Sections of one document in order."""
    return Query("""
        SELECT section_id, ord, number, title, is_target, start_offset, end_offset
        FROM sections WHERE doc_id = ? ORDER BY ord""", (doc_id,))


def q_doc_metrics(doc_id: str) -> Query:
    """Every extracted figure of one document with both offset pairs."""
    return Query("""
        SELECT metric_id, code, coalesce(name_zh, label) AS name_zh, label, kind, value, measure, qualifier,
               scope, is_headline, year, quote, start_offset, end_offset, orig_start, orig_end
        FROM v_metrics WHERE doc_id = ? ORDER BY start_offset""", (doc_id,))


def q_doc_quality(doc_id: str) -> Query:
    """Quality flags of one document."""
    return Query("""
        SELECT issue, issue_zh, severity, issue_count, example, description
        FROM quality_issues WHERE doc_id = ? ORDER BY issue""", (doc_id,))


# ---------------------------------------------------------------- builders: quality and downloads

def q_quality(f: Filters) -> Query:
    """Every quality flag of the filtered documents."""
    where, params = _where(doc_where(f, "d"))
    sql = f"""
        SELECT d.unit, d.year, d.doc_type, d.source_name, q.doc_id, q.issue, q.issue_zh, q.severity,
               q.issue_count, q.example, q.description
        FROM quality_issues q JOIN documents d ON d.doc_id = q.doc_id
        {where}
        ORDER BY d.unit, d.year, q.issue"""
    return Query(sql, tuple(params))


def q_table(name: str, f: Filters) -> Query:
    """A whole whitelisted table, restricted to the filtered documents where it has doc_id."""
    if name not in EXPORT_TABLES:
        raise ValueError("table not allowed")
    clauses, params = [], []
    if name in DOC_TABLES:
        sub, sub_params = _doc_subquery(f)
        keep_null = " OR t.doc_id IS NULL" if name == "keywords" else ""
        clauses.append(f"(t.doc_id IN ({sub}){keep_null})")
        params.extend(sub_params)
    if name in CATEGORY_TABLES and f.categories:
        clauses.append(f"t.category IN ({_placeholders(f.categories)})")
        params.extend(f.categories)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return Query(f"SELECT t.* FROM {name} t {where}", tuple(params))


def q_table_count(name: str, f: Filters) -> Query:
    """Row count of a whitelisted table under the filters (same rows q_table returns)."""
    inner = q_table(name, f)
    return Query(f"SELECT count(*) AS n FROM ({inner.sql})", inner.params)


def q_data_dictionary() -> Query:
    """Column comments the ETL wrote (Chinese), for the 数据字典 sheet."""
    return Query("""
        SELECT table_name, column_name, data_type, comment
        FROM duckdb_columns()
        WHERE comment IS NOT NULL AND NOT internal AND database_name = current_database()
        ORDER BY table_name, column_index""")


def q_build_info() -> Query:
    """Key/value facts about the warehouse build."""
    return Query("SELECT key, value FROM build_info ORDER BY key")


def q_table_exists(name: str) -> Query:
    """Whether a table exists (used by tests and health checks)."""
    return Query("SELECT count(*) AS n FROM duckdb_tables() "
                 "WHERE table_name = ? AND database_name = current_database()", (name,))
