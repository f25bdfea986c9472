"""All SQL of the dashboard: pure builders returning Query(sql, params), and one cached runner."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from etl.grams import gram_positions

from .labels import OTHER_UNITS, UNKNOWN_UNIT

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DB = REPO / "data" / "warehouse.duckdb"

# Whitelists: the only identifiers ever formatted into SQL. User values are always bound with `?`.
DOC_FILTER_COLUMNS = {"regions": "region", "levels": "level", "units": "unit", "doc_types": "doc_type"}
ALIASES = {"d", "v", "h", "m", "i", "p", "k", "q", "l", "x"}
CATEGORY_COLUMNS = {"m.category", "v.category", "h.category", "i.category", "p.category", "x.category", "k.category"}
OPTION_COLUMNS = {"region", "level", "unit", "doc_type", "year"}
SHARE_BASES = {"items": "n_items", "chars": "n_chars"}  # columns of doc_categories
EXPORT_TABLES = (
    "documents", "sections", "items", "item_leads", "paragraphs", "metrics", "keywords",
    "quality_issues", "metric_dictionary", "categories", "build_info",
)
DOC_TABLES = {"documents", "sections", "items", "item_leads", "paragraphs", "metrics", "keywords", "quality_issues"}
CATEGORY_TABLES = {"items", "paragraphs", "metrics"}
# long text columns cut short in a table preview, and whole texts left out of it (the download keeps them)
PREVIEW_TEXT_COLUMNS = {"items": ("text",), "paragraphs": ("text",), "metrics": ("quote",)}
PREVIEW_HIDDEN_COLUMNS = {"documents": ("original_text", "normalized_text")}
MAX_TERM_LEN = 50

# How much a page draws at most; the SQL ranks and cuts, the page says how many there are in total.
PREVIEW_ROWS = 200        # rows of a table shown on a page (the download has them all)
PREVIEW_TEXT_CHARS = 100  # characters of a long text cell in a table preview
MAX_HEATMAP_UNITS = 30    # rows of a unit heatmap
MAX_BAR_UNITS = 30        # units in the indicator bar chart
MAX_SERIES = 20           # lines beyond this turn a trend chart into noise
MAX_DEPARTMENTS = 20      # bars of the lead-department chart
MAX_STACKED_UNITS = 8     # colours per bar; smaller units are folded into OTHER_UNITS
MAX_TIMELINE_UNITS = 30   # above this the timeline becomes documents per year
MAX_TIMELINE_DOCS = 1000  # points of the per-unit timeline (30 units × 10 years × 2 types is 600)
MAX_SEARCH_DOCS = 50      # documents whose search hits are listed
# a search for a common term (more candidates than this) reads the texts held in memory (TextStore) when they
# fit in this many characters: Python finds a term that most texts hold near their start 3× faster than DuckDB
# reads the texts (15 ms against 45–60 ms at 10,000 documents); about 2 bytes of memory per character
MAX_STORE_CHARS = 80_000_000
# a search reads only its candidates' texts when there are at most this many (fetching more by id is slower
# than reading every text once: 25–35 ms up to 2,000 of 10,000 documents, 75 ms at 3,000)
MAX_CANDIDATE_DOCS = 2000
MAX_HITS_PER_DOC = 50     # hits listed per document
CONTEXT_CHARS = 30        # characters of context on each side of a hit
assert "'" not in UNKNOWN_UNIT + OTHER_UNITS  # written into SQL as literals


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


def _execute(identity: tuple[str, int, int], sql: str, params: tuple, rows: bool = False) -> pd.DataFrame | list:
    """Run a query on one warehouse version: a DataFrame, or (rows) a list of tuples."""
    cur = _connection(identity).cursor()
    try:
        cur.execute(f"USE {CATALOG}")
        result = cur.execute(sql, list(params))
        return result.fetchall() if rows else result.df()
    finally:
        cur.close()


@st.cache_data(max_entries=512, show_spinner=False)
def _cached_run(identity: tuple[str, int, int], sql: str, params: tuple) -> pd.DataFrame:
    """Run a query on one warehouse version; results cached per file identity."""
    return _execute(identity, sql, params)


def run(query: Query, cache: bool = True) -> pd.DataFrame:
    """Run a built query against the current warehouse file (downloads pass cache=False: big, asked for once)."""
    identity = db_identity()
    if identity is None:
        raise WarehouseMissing(str(db_path()))
    if not cache:
        return _execute(identity, query.sql, tuple(query.params))
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




def _unit(alias: str) -> str:
    """The unit column of a whitelisted alias, a NULL unit shown as UNKNOWN_UNIT (never NaN in pandas)."""
    if alias not in ALIASES:
        raise ValueError("identifier not allowed")
    return f"coalesce({alias}.unit, '{UNKNOWN_UNIT}')"


def _rank_limit(n: int | None, column: str = "r.unit_rank") -> tuple[str, tuple]:
    """'AND <rank> <= ?' with its param, or nothing when n is None (exports keep every row)."""
    return (f"AND {column} <= ?", (int(n),)) if n is not None else ("", ())


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
    mwhere, mparams = _where(doc_where(f, "d"), category_where(f, "m.category"), _fixed("m.code <> 'other'"))
    sql = f"""
        WITH docs AS (
                 SELECT count(*) AS n_documents, count(DISTINCT d.unit) AS n_units,
                        count(DISTINCT d.region) AS n_regions, count(DISTINCT d.year) AS n_years,
                        min(d.year) AS year_min, max(d.year) AS year_max
                 FROM documents d {where}),
             figs AS (
                 SELECT count(DISTINCT m.code) AS n_indicators, count(*) AS n_figures
                 FROM metrics m JOIN documents d USING (doc_id) {mwhere})
        SELECT docs.n_documents, docs.n_units, docs.n_regions, docs.n_years, figs.n_indicators, figs.n_figures,
               docs.year_min, docs.year_max
        FROM docs, figs"""
    return Query(sql, tuple(params + mparams))


def _coverage_rows(f: Filters) -> tuple[str, list]:
    """SELECT of the coverage rows (unit × indicator group) of the units the filters leave."""
    where, params = _where(doc_where(f, "d"))
    return f"SELECT c.* FROM v_coverage c WHERE c.unit IN (SELECT d.unit FROM documents d {where})", params


def _coverage(f: Filters, max_units: int | None) -> Query:
    """Coverage rows of the max_units units reporting the most groups (all units when None)."""
    rows, params = _coverage_rows(f)
    limit, lparams = _rank_limit(max_units)
    sql = f"""
        WITH c AS ({rows}),
             u AS (SELECT c.unit, count(*) FILTER (WHERE c.status = '已报告') AS n_reported,
                          count(*) FILTER (WHERE c.status = '仅目标') AS n_target, sum(c.n_metrics) AS n_metrics
                   FROM c GROUP BY c.unit),
             r AS (SELECT u.unit, count(*) OVER () AS n_units,
                          row_number() OVER (ORDER BY u.n_reported DESC, u.n_target DESC, u.n_metrics DESC, u.unit)
                              AS unit_rank
                   FROM u)
        SELECT c.unit, c.metric_group, c.group_zh, c.status, c.n_metrics, r.n_units
        FROM c JOIN r ON r.unit = c.unit
        WHERE TRUE {limit}
        ORDER BY c.unit, c.metric_group"""
    return Query(sql, tuple(params) + lparams)


def q_coverage(f: Filters, max_units: int = MAX_HEATMAP_UNITS) -> Query:
    """Unit × indicator group status for the units reporting the most groups; n_units counts them all."""
    return _coverage(f, max_units)


def export_coverage(f: Filters) -> Query:
    """Unit × indicator group status of every filtered unit (download)."""
    return _coverage(f, None)


def q_coverage_summary(f: Filters) -> Query:
    """Per indicator group: how many of the filtered units have reported it, set only targets, or not mentioned it."""
    rows, params = _coverage_rows(f)
    sql = f"""
        WITH c AS ({rows})
        SELECT c.metric_group, any_value(c.group_zh) AS group_zh, c.status, count(*) AS n_units
        FROM c GROUP BY c.metric_group, c.status
        ORDER BY c.metric_group, c.status"""
    return Query(sql, tuple(params))


TIMELINE_COLUMNS = ("d.doc_id, d.unit, d.region, d.level, d.year, d.doc_type, d.issued, d.title, d.source_name, "
                    "d.stored_name, d.n_sections, d.n_items, d.n_metrics, d.n_chars, d.header_missing")


def q_timeline(f: Filters, limit: int = PREVIEW_ROWS) -> Query:
    """The first `limit` filtered documents (newest first) with year, type and size."""
    where, params = _where(doc_where(f, "d"))
    sql = f"""
        SELECT {TIMELINE_COLUMNS}
        FROM documents d {where}
        ORDER BY d.year DESC NULLS LAST, d.unit, d.doc_id
        LIMIT ?"""
    return Query(sql, tuple(params) + (int(limit),))


def export_timeline(f: Filters) -> Query:
    """Every filtered document with year, type and size (download of the document list)."""
    where, params = _where(doc_where(f, "d"))
    sql = f"""
        SELECT {TIMELINE_COLUMNS}
        FROM documents d {where}
        ORDER BY d.year DESC NULLS LAST, d.unit, d.doc_id"""
    return Query(sql, tuple(params))


def q_year_counts(f: Filters) -> Query:
    """Documents and units per year and document type."""
    where, params = _where(doc_where(f, "d"))
    sql = f"""
        SELECT d.year, d.doc_type, count(*) AS n_documents, count(DISTINCT d.unit) AS n_units
        FROM documents d {where}
        GROUP BY d.year, d.doc_type
        ORDER BY d.year, d.doc_type"""
    return Query(sql, tuple(params))


# ---------------------------------------------------------------- builders: indicators

def _headline_where(f: Filters, *extra: tuple[list[str], list]) -> tuple[str, list]:
    """WHERE for v_headline rows under the filters."""
    return _where(doc_where(f, "h", "doc_year"), category_where(f, "h.category"), *extra)


def _headline_counts(f: Filters) -> tuple[str, list]:
    """SELECT of (code, n): headline values per indicator under the filters."""
    where, params = _where(doc_where(f, "d"), category_where(f, "m.category"))
    sql = f"SELECT m.code, count(*) AS n FROM headline m JOIN documents d USING (doc_id) {where} GROUP BY m.code"
    return sql, params


def q_groups(f: Filters) -> Query:
    """Indicator groups with how many headline values the filters leave."""
    counts, params = _headline_counts(f)
    sql = f"""
        SELECT md.metric_group, any_value(md.group_zh) AS group_zh, CAST(coalesce(sum(h.n), 0) AS BIGINT) AS n_values
        FROM metric_dictionary md LEFT JOIN ({counts}) h ON h.code = md.code
        GROUP BY md.metric_group
        ORDER BY n_values DESC, md.metric_group"""
    return Query(sql, tuple(params))


def q_indicators(f: Filters, group: str) -> Query:
    """Indicators of a group with counts of headline values under the filters."""
    counts, params = _headline_counts(f)
    sql = f"""
        SELECT md.code, md.name_zh, md.measure, md.is_main, CAST(coalesce(h.n, 0) AS BIGINT) AS n_values
        FROM metric_dictionary md LEFT JOIN ({counts}) h ON h.code = md.code
        WHERE md.metric_group = ?
        ORDER BY n_values DESC, md.is_main DESC, md.code"""
    return Query(sql, tuple(params) + (group,))


def _headline(f: Filters, code: str, kinds: tuple[str, ...], max_units: int | None) -> Query:
    """Headline values of one indicator for the max_units units with the most years, then the largest latest value."""
    kinds = tuple(kinds)
    where, params = _headline_where(
        f, _fixed("h.code = ?", f"h.kind IN ({_placeholders(kinds)})", params=(code,) + kinds))
    values = f"""
        SELECT h.metric_id, h.doc_id, {_unit("h")} AS unit, h.region, h.level, h.doc_type, h.doc_year,
               coalesce(h.year, h.doc_year) AS year, h.kind, h.code, h.name_zh, h.label, h.value,
               h.measure, h.qualifier, h.scope, h.quote, h.source_name, h.category_zh
        FROM v_headline h {where}"""
    if max_units is None:
        return Query(f"{values} ORDER BY unit, year, h.kind, h.metric_id", tuple(params))
    sql = f"""
        WITH h AS MATERIALIZED ({values}),
             -- latest: the largest value of the unit's latest year (a struct compares year first, then value)
             r AS (SELECT h.unit, count(*) OVER () AS n_units,
                          row_number() OVER (ORDER BY count(DISTINCT h.year) DESC,
                                             max({{'y': coalesce(h.year, -1), 'v': h.value}}).v DESC, h.unit) AS unit_rank
                   FROM h GROUP BY h.unit)
        SELECT h.*, r.n_units, (SELECT count(*) FROM h) AS n_values
        FROM h JOIN r ON r.unit = h.unit
        WHERE r.unit_rank <= ?
        ORDER BY h.unit, h.year, h.kind, h.metric_id"""
    return Query(sql, tuple(params) + (int(max_units),))


def q_headline(f: Filters, code: str, kinds: tuple[str, ...] = ("actual",), max_units: int = MAX_BAR_UNITS) -> Query:
    """Headline values of one indicator per unit and year for the leading units; n_units/n_values count them all."""
    return _headline(f, code, kinds, max_units)


def export_headline(f: Filters, code: str, kinds: tuple[str, ...] = ("actual",)) -> Query:
    """Headline values of one indicator for every filtered unit (download)."""
    return _headline(f, code, kinds, None)


# ---------------------------------------------------------------- builders: categories and tasks

def _category_share(f: Filters, basis: str, max_units: int | None) -> Query:
    """Per unit: share of numbered items (or paragraph chars) in each category, for the largest max_units units."""
    if basis not in SHARE_BASES:
        raise ValueError("basis not allowed")
    column = SHARE_BASES[basis]
    where, params = _where(doc_where(f, "d"), category_where(f, "x.category"), _fixed(f"x.{column} > 0"))
    limit, lparams = _rank_limit(max_units)
    sql = f"""
        WITH base AS (
                 SELECT {_unit("d")} AS unit, x.category, CAST(sum(x.{column}) AS BIGINT) AS amount
                 FROM doc_categories x JOIN documents d USING (doc_id)
                 {where}
                 GROUP BY 1, x.category),
             r AS (SELECT b.unit, sum(b.amount) AS total, count(*) OVER () AS n_units,
                          row_number() OVER (ORDER BY sum(b.amount) DESC, b.unit) AS unit_rank
                   FROM base b GROUP BY b.unit)
        SELECT b.unit, b.category, c.name_zh AS category_zh, b.amount, b.amount / r.total AS share, r.n_units
        FROM base b JOIN r ON r.unit = b.unit LEFT JOIN categories c ON c.code = b.category
        WHERE TRUE {limit}
        ORDER BY b.unit, b.category"""
    return Query(sql, tuple(params) + lparams)


def q_category_share(f: Filters, basis: str = "items", max_units: int = MAX_HEATMAP_UNITS) -> Query:
    """Category shares of the units with the most items (or chars); n_units counts them all."""
    return _category_share(f, basis, max_units)


def export_category_share(f: Filters, basis: str = "items") -> Query:
    """Category shares of every filtered unit (download)."""
    return _category_share(f, basis, None)


def q_plans(f: Filters) -> Query:
    """Documents that have numbered items (plans first), for the task-list picker."""
    where, params = _where(doc_where(f, "d"), _fixed("d.n_items > 0"))
    sql = f"""
        SELECT d.doc_id, d.unit, d.year, d.doc_type, d.n_items
        FROM documents d {where}
        ORDER BY (d.doc_type = 'plan') DESC, d.year DESC, d.unit"""
    return Query(sql, tuple(params))


def q_items(f: Filters, doc_id: str) -> Query:
    """The numbered items of one document with section, category and leads."""
    where, params = _where(_fixed("i.doc_id = ?", params=(doc_id,)), category_where(f, "i.category"))
    sql = f"""
        SELECT i.item_id, i.section_id, s.number AS section_number, s.title AS section_title, i.number, i.title,
               i.category, c.name_zh AS category_zh, l.leads, i.lead_note, i.text, i.start_offset, i.end_offset
        FROM items i
        LEFT JOIN (SELECT section_id, number, title FROM sections WHERE doc_id = ?) s ON s.section_id = i.section_id
        LEFT JOIN categories c ON c.code = i.category
        LEFT JOIN (SELECT item_id, string_agg(department, '、' ORDER BY ord) AS leads
                   FROM item_leads WHERE doc_id = ? GROUP BY item_id) l ON l.item_id = i.item_id
        {where}
        ORDER BY i.ord"""
    return Query(sql, (doc_id, doc_id) + tuple(params))


def _leads(f: Filters) -> tuple[str, list]:
    """SELECT of (department, unit, n_items): items led per department and unit under the filters."""
    where, params = _where(doc_where(f, "d"), category_where(f, "i.category"))
    items = "JOIN items i ON i.item_id = l.item_id" if f.categories else ""
    # (item_id, department) is item_leads' key, so count(*) counts each item once per department
    sql = f"""
        SELECT l.department, {_unit("d")} AS unit, count(*) AS n_items
        FROM item_leads l {items} JOIN documents d ON d.doc_id = l.doc_id
        {where}
        GROUP BY ALL"""
    return sql, params


def q_lead_workload(f: Filters, max_departments: int = MAX_DEPARTMENTS,
                    max_units: int = MAX_STACKED_UNITS) -> Query:
    """Items led by the busiest departments per unit, units past the largest max_units folded into OTHER_UNITS."""
    led, params = _leads(f)
    sql = f"""
        WITH led AS ({led}),
             dep AS (SELECT department, row_number() OVER (ORDER BY sum(n_items) DESC, department) AS dep_rank
                     FROM led GROUP BY department),
             top AS (SELECT led.* FROM led JOIN dep USING (department) WHERE dep.dep_rank <= ?),
             un AS (SELECT unit, row_number() OVER (ORDER BY sum(n_items) DESC, unit) AS unit_rank
                    FROM top GROUP BY unit)
        SELECT t.department, CASE WHEN un.unit_rank <= ? THEN t.unit ELSE '{OTHER_UNITS}' END AS unit,
               sum(t.n_items) AS n_items
        FROM top t JOIN un USING (unit)
        GROUP BY ALL
        ORDER BY n_items DESC, t.department, unit"""
    return Query(sql, tuple(params) + (int(max_departments), int(max_units)))


def q_lead_departments(f: Filters) -> Query:
    """Items led per department (all filtered units summed) and how many units they lead in, most first."""
    led, params = _leads(f)
    sql = f"""
        WITH led AS ({led})
        SELECT department, sum(n_items) AS n_items, count(*) AS n_units
        FROM led GROUP BY department
        ORDER BY n_items DESC, department"""
    return Query(sql, tuple(params))


def export_lead_workload(f: Filters) -> Query:
    """Items led per department and unit, every unit (download)."""
    led, params = _leads(f)
    return Query(f"WITH led AS ({led}) SELECT * FROM led ORDER BY n_items DESC, department, unit", tuple(params))


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


def _hits_sql(docs: str, term: str, per_doc: int | None) -> tuple[str, tuple]:
    """Every occurrence of term (literal, non-overlapping, left to right) with ±CONTEXT_CHARS of context, in the
    documents of the `docs` SELECT (columns n_docs, doc_id, unit, year, doc_type, n_chars, t = the text)."""
    cap, cparams = _rank_limit(per_doc, "p.k")
    width, n = CONTEXT_CHARS, len(term)
    # piece k ends where occurrence k starts: offset_k = len(piece_1 … piece_k) + (k − 1)·len(term)
    sql = f"""
        WITH docs AS MATERIALIZED ({docs}),
             pieces AS (SELECT doc_id, length(unnest(string_split(t, ?))) AS n,
                               generate_subscripts(string_split(t, ?), 1) AS k
                        FROM docs),
             ends AS (SELECT doc_id, k, count(*) OVER (PARTITION BY doc_id) - 1 AS n_hits,
                             sum(n) OVER (PARTITION BY doc_id ORDER BY k ROWS UNBOUNDED PRECEDING) AS upto
                      FROM pieces),
             hits AS (SELECT p.doc_id, p.k, p.n_hits, CAST(p.upto + (p.k - 1) * {n} AS BIGINT) AS pos
                      FROM ends p WHERE p.k <= p.n_hits {cap}),
             win AS (SELECT h.*, greatest(0, h.pos - {width}) AS lo, least(d.n_chars, h.pos + {n} + {width}) AS hi
                     FROM hits h JOIN docs d USING (doc_id))
        SELECT d.doc_id, d.unit, d.year, d.doc_type, d.n_docs, w.n_hits, w.k AS hit_no, w.pos AS "offset",
               replace(substr(d.t, w.lo + 1, w.hi - w.lo), chr(10), ' ') AS context, w.pos - w.lo AS hit_start,
               w.lo > 0 AS cut_left, w.hi < d.n_chars AS cut_right
        FROM win w JOIN docs d USING (doc_id)
        ORDER BY d.unit NULLS LAST, d.year NULLS LAST, d.doc_id, w.k"""
    return sql, (term, term) + tuple(cparams)


def _search_where(f: Filters, term: str) -> tuple[str, list]:
    return _where(doc_where(f, "d"), _fixed("? <> ''", "contains(d.normalized_text, ?)", params=(term, term)))


def q_search_candidates(f: Filters, term: str, max_ids: int = MAX_CANDIDATE_DOCS) -> Query:
    """Step 0 of a search: the filtered documents whose character signature allows term (every document containing
    it, and a few that have its characters and pairs apart), at most max_ids + 1 of them: more means too many."""
    term = clean_term(term)
    bits = gram_positions(term)
    filters = doc_where(f, "d")
    join = "JOIN documents d USING (doc_id)" if filters[0] else ""
    where, params = _where(filters, _fixed("? <> ''", *("get_bit(g.grams, ?) = 1" for _ in bits),
                                           params=(term, *bits)))
    # the limit ends the scan early for a common term, which step 1 then reads in full anyway
    return Query(f"SELECT g.doc_id FROM text_grams g {join} {where} LIMIT ?", tuple(params) + (int(max_ids) + 1,))


def q_search_docs(f: Filters, term: str, max_docs: int = MAX_SEARCH_DOCS,
                  among: tuple[str, ...] | None = None) -> Query:
    """Step 1 of a search: how many filtered documents contain term (n_docs), and the first max_docs of them by
    unit and year (no texts: the one pass over the texts carries only keys). among: read only these documents'
    texts (the candidates of step 0); None reads every filtered text."""
    term = clean_term(term)
    where, params = _search_where(f, term)
    if among is not None and not among:
        # no candidate, no text to read (DuckDB would scan every text for an empty list or a FALSE condition)
        return Query("SELECT CAST(NULL AS BIGINT) AS n_docs, CAST(NULL AS VARCHAR) AS doc_id, "
                     "CAST(NULL AS VARCHAR) AS unit, CAST(NULL AS INTEGER) AS year LIMIT 0")
    source, source_params = "documents d", ()
    if among is not None:
        # a join with the listed ids, in a subquery that no filter is pushed into (OFFSET 0), reads only their
        # texts: with contains() pushed down, DuckDB 2.0 tests every text before the join (七台河 at 10,000
        # documents: 65 → 5 ms)
        source = ("(SELECT d.* FROM documents d SEMI JOIN (SELECT unnest(?::VARCHAR[]) AS doc_id) c USING (doc_id)"
                  " OFFSET 0) d")
        source_params = (tuple(among),)
    sql = f"""
        SELECT * FROM (
          SELECT n_docs, unnest(picked, recursive := true) FROM (
            SELECT count(*) AS n_docs,
                   min_by({{'doc_id': d.doc_id, 'unit': d.unit, 'year': d.year}},
                          {{'a': d.unit IS NULL, 'b': coalesce(d.unit, ''), 'c': d.year IS NULL,
                            'e': coalesce(d.year, 0), 'f': d.doc_id}}, ?) AS picked
            FROM {source} {where}))
        ORDER BY unit NULLS LAST, year NULLS LAST, doc_id"""
    return Query(sql, (int(max_docs),) + source_params + tuple(params))


def q_search_hits(doc_ids: tuple[str, ...], term: str, n_docs: int = 0, per_doc: int = MAX_HITS_PER_DOC) -> Query:
    """Step 2 of a search: the hits of term with context in these documents (ids from q_search_docs, bound as a
    list of constants, so only their texts are read); n_docs is passed through for the caption."""
    term = clean_term(term)
    ids = tuple(doc_ids) or ("",)
    docs = f"""SELECT CAST(? AS BIGINT) AS n_docs, d.doc_id, d.unit, d.year, d.doc_type, d.n_chars,
                      d.normalized_text AS t
               FROM documents d WHERE d.doc_id IN ({_placeholders(ids)}) AND ? <> ''"""
    # no contains() here: DuckDB would test it on every text before the id list; a document without the term
    # simply has no hits
    sql, params = _hits_sql(docs, term, per_doc)
    return Query(sql, (int(n_docs),) + ids + (term,) + params)


def text_store_query() -> Query:
    """Every normalized text with its doc_id, in the order search results are listed (loaded once: no page query)."""
    return Query("""SELECT d.doc_id, d.normalized_text, d.unit, d.year FROM documents d
                    ORDER BY d.unit NULLS LAST, d.year NULLS LAST, d.doc_id""")


def text_store_chars_query() -> Query:
    """Characters of all normalized texts together (what a TextStore would hold)."""
    return Query("SELECT coalesce(sum(n_chars), 0) AS n_chars FROM documents")


def q_filtered_doc_ids(f: Filters) -> Query:
    """The doc_id of every filtered document."""
    sql, params = _doc_subquery(f)
    return Query(sql, tuple(params))


@dataclass(frozen=True)
class TextStore:
    """Every normalized text in memory, in search order: a common term is found in them without reading the warehouse."""

    doc_ids: tuple[str, ...]
    texts: tuple[str, ...]
    keys: tuple[tuple[str | None, int | None], ...] = ()  # each document's unit and year, for the list of hits

    def find(self, term: str, max_docs: int, among: frozenset[str] | None = None) -> tuple[tuple[str, ...], int]:
        """The first max_docs documents holding term (among: only these), and how many hold it."""
        term = clean_term(term)
        if not term:
            return (), 0
        found = [doc_id for doc_id, text in zip(self.doc_ids, self.texts)
                 if term in text and (among is None or doc_id in among)]
        return tuple(found[:max(int(max_docs), 0)]), len(found)

    def listed(self, doc_ids: tuple[str, ...], n_docs: int) -> pd.DataFrame:
        """What q_search_docs returns for documents find picked (in search order), without a query."""
        at = {d: k for k, d in enumerate(self.doc_ids)}
        rows = sorted(at[d] for d in doc_ids)
        return pd.DataFrame({"n_docs": [int(n_docs)] * len(rows), "doc_id": [self.doc_ids[k] for k in rows],
                             "unit": [self.keys[k][0] for k in rows], "year": [self.keys[k][1] for k in rows]})


def load_text_store(fetch) -> TextStore | None:
    """All texts for a TextStore (fetch: a Query's rows as tuples), or None when they are over MAX_STORE_CHARS."""
    if int(fetch(text_store_chars_query())[0][0]) > MAX_STORE_CHARS:
        return None
    rows = fetch(text_store_query())  # tuples, not a DataFrame: 4× faster for 100 MB of text
    return TextStore(tuple(r[0] for r in rows), tuple(r[1] for r in rows), tuple((r[2], r[3]) for r in rows))


@st.cache_resource(max_entries=2, show_spinner=False)
def _text_store(identity: tuple[str, int, int]) -> TextStore | None:
    """The TextStore of one warehouse version, loaded at its first common-term search."""
    return load_text_store(lambda query: _execute(identity, query.sql, tuple(query.params), rows=True))


def search_docs(f: Filters, term: str, max_docs: int = MAX_SEARCH_DOCS, runner=None,
                store: TextStore | None = None) -> pd.DataFrame:
    """Steps 0 and 1 of a search. runner: how a Query is run (run() and the cached TextStore unless given);
    store: the texts in memory for a common term (without one, DuckDB reads every filtered text)."""
    cached = runner is None
    runner = runner or run
    ids = runner(q_search_candidates(f, term))["doc_id"]
    if len(ids) <= MAX_CANDIDATE_DOCS:
        return runner(q_search_docs(f, term, max_docs, among=tuple(sorted(ids))))  # sorted: one cache key per set
    if store is None and cached:
        store = _text_store(db_identity())
    if store is None:
        return runner(q_search_docs(f, term, max_docs))
    among = frozenset(runner(q_filtered_doc_ids(f))["doc_id"]) if doc_where(f)[0] else None
    picked, n_docs = store.find(term, max_docs, among)
    return store.listed(picked, n_docs)  # the store holds each text's unit and year: no round trip for them


def search(f: Filters, term: str, max_docs: int = MAX_SEARCH_DOCS) -> pd.DataFrame:
    """Hits of term with context in the first max_docs matching documents (by unit, year); n_docs counts them all."""
    picked = search_docs(f, term, max_docs)
    if picked.empty:
        return run(q_search_hits((), term))  # the right columns, no rows
    return run(q_search_hits(tuple(picked["doc_id"]), term, int(picked["n_docs"].iloc[0])))


def export_search(f: Filters, term: str) -> Query:
    """Every hit of term with context in every matching filtered document (download)."""
    term = clean_term(term)
    where, params = _search_where(f, term)
    docs = f"""SELECT count(*) OVER () AS n_docs, d.doc_id, d.unit, d.year, d.doc_type, d.n_chars,
                      d.normalized_text AS t
               FROM documents d {where}"""
    sql, hit_params = _hits_sql(docs, term, None)
    return Query(sql, tuple(params) + hit_params)


def clean_term(term: str | None) -> str:
    """A search term trimmed and capped in length."""
    return (term or "").strip()[:MAX_TERM_LEN]


# ---------------------------------------------------------------- builders: one document

def q_documents(f: Filters) -> Query:
    """Every filtered document for a picker (no texts)."""
    where, params = _where(doc_where(f, "d"))
    sql = f"""
        SELECT d.doc_id, d.unit, d.year, d.doc_type, d.source_name, d.stored_name
        FROM documents d {where}
        ORDER BY d.year DESC NULLS LAST, d.unit, d.doc_id"""
    return Query(sql, tuple(params))


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

def _quality(f: Filters) -> tuple[str, list]:
    """SELECT of every quality flag of the filtered documents, in display order."""
    where, params = _where(doc_where(f, "d"))
    sql = f"""
        SELECT d.unit, d.year, d.doc_type, d.source_name, q.doc_id, q.issue, q.issue_zh, q.severity,
               q.issue_count, q.example, q.description
        FROM quality_issues q JOIN documents d ON d.doc_id = q.doc_id
        {where}"""
    return sql, params


def q_quality(f: Filters, limit: int = PREVIEW_ROWS) -> Query:
    """The first `limit` quality flags of the filtered documents; n_rows counts them all."""
    rows, params = _quality(f)
    sql = f"""
        SELECT x.*, count(*) OVER () AS n_rows FROM ({rows}) x
        ORDER BY x.unit NULLS LAST, x.year, x.doc_id, x.issue
        LIMIT ?"""
    return Query(sql, tuple(params) + (int(limit),))


def export_quality(f: Filters) -> Query:
    """Every quality flag of the filtered documents (download)."""
    rows, params = _quality(f)
    return Query(f"SELECT x.* FROM ({rows}) x ORDER BY x.unit NULLS LAST, x.year, x.doc_id, x.issue", tuple(params))


def q_quality_summary(f: Filters) -> Query:
    """Per issue: documents flagged and occurrences; n_docs_any counts documents with any flag."""
    rows, params = _quality(f)
    sql = f"""
        WITH x AS MATERIALIZED ({rows})
        SELECT x.issue, any_value(x.issue_zh) AS issue_zh, any_value(x.severity) AS severity,
               count(DISTINCT x.doc_id) AS n_docs, sum(x.issue_count) AS issue_count,
               (SELECT count(DISTINCT doc_id) FROM x) AS n_docs_any
        FROM x GROUP BY x.issue
        ORDER BY n_docs DESC, x.issue"""
    return Query(sql, tuple(params))


def _table_where(name: str, f: Filters) -> tuple[str, list]:
    """WHERE restricting a whitelisted table to the filtered documents and categories (nothing if unfiltered)."""
    if name not in EXPORT_TABLES:
        raise ValueError("table not allowed")
    clauses, params = [], []
    if name in DOC_TABLES and doc_where(f, "d")[0]:
        sub, sub_params = _doc_subquery(f)
        keep_null = " OR t.doc_id IS NULL" if name == "keywords" else ""
        clauses.append(f"(t.doc_id IN ({sub}){keep_null})")
        params.extend(sub_params)
    if name in CATEGORY_TABLES and f.categories:
        clauses.append(f"t.category IN ({_placeholders(f.categories)})")
        params.extend(f.categories)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def export_table(name: str, f: Filters) -> Query:
    """A whole whitelisted table, restricted to the filtered documents where it has doc_id (download)."""
    where, params = _table_where(name, f)
    return Query(f"SELECT t.* FROM {name} t {where}", tuple(params))


def q_table_preview(name: str, f: Filters, limit: int = PREVIEW_ROWS) -> Query:
    """The first `limit` rows of export_table(name, f): long texts cut to PREVIEW_TEXT_CHARS, whole texts left out."""
    where, params = _table_where(name, f)
    columns = "t.*"
    if name in PREVIEW_HIDDEN_COLUMNS:
        columns += f" EXCLUDE ({', '.join(PREVIEW_HIDDEN_COLUMNS[name])})"
    if name in PREVIEW_TEXT_COLUMNS:
        columns += " REPLACE (" + ", ".join(
            f"CASE WHEN length(t.{c}) > {PREVIEW_TEXT_CHARS} THEN left(t.{c}, {PREVIEW_TEXT_CHARS}) || '…' "
            f"ELSE t.{c} END AS {c}" for c in PREVIEW_TEXT_COLUMNS[name]) + ")"
    return Query(f"SELECT {columns} FROM {name} t {where} LIMIT ?", tuple(params) + (int(limit),))


def q_table_count(name: str, f: Filters) -> Query:
    """Row count of a whitelisted table under the filters (same rows export_table returns)."""
    where, params = _table_where(name, f)
    return Query(f"SELECT count(*) AS n FROM {name} t {where}", tuple(params))


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
