"""Load: per-document rows go into a new DuckDB file in batches; it replaces the old one only when complete."""
from __future__ import annotations

import hashlib
import os
import shutil
import threading
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from .grams import gram_signature
from .models import DocResult
from .registry import GROUP_ZH, MAIN_GROUPS, categories, column_comments, metric_dictionary, quality_issue_names

SCHEMA_SQL = (Path(__file__).resolve().parent / "schema.sql").read_text(encoding="utf-8")
DOC_TABLES = ("documents", "sections", "items", "item_leads", "paragraphs", "metrics", "quality_issues",
              "term_lists", "text_grams")
TERM_SEP = "\x1f"  # joins a list of terms into one string: one object to pickle and convert instead of hundreds
# how a batch's columns become table columns, where that is more than their names
INSERT_SELECT = {"term_lists": f"doc_id, category, string_split(terms, chr({ord(TERM_SEP)})) AS terms, term_counts",
                 "text_grams": "doc_id, CAST(grams AS BIT) AS grams"}
CORPUS_TABLES = ("keywords", "metric_dictionary", "categories", "build_info", "coverage")
DERIVED_TABLES = ("headline", "doc_categories")  # per-document rows computed from loaded tables (see DERIVED_SQL)
TOP_KEYWORDS = 30
CHECKPOINT_MB = 256
BUILD_MEMORY_MB = 600  # DuckDB's own memory while building (it spills to disk beyond)
BATCH_DOCS = 400  # documents held in memory before a batch is written

Rows = dict[str, dict[str, list]]


def _hid(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _headline_rank(m) -> tuple:
    """Unscoped first, then anything but a value before a change (由4862项精简至4651项), then the largest."""
    return (m.scope is None, "调整前" not in (m.scope or ""), m.value, -m.start)


def headline_flags(result: DocResult) -> list[bool]:
    """Per metric: is it the one headline value of its document, year, kind and code (unscoped first)?"""
    if not result.profile.doc_type:
        # a news item or a policy explainer quotes figures, it does not account for the unit's year
        return [False] * len(result.metrics)
    best: dict[tuple, int] = {}
    for n, m in enumerate(result.metrics):
        if m.code == "other":
            continue
        key = (m.year, m.kind, m.code)
        cur = best.get(key)
        if cur is None:
            best[key] = n
            continue
        c = result.metrics[cur]
        if _headline_rank(m) > _headline_rank(c):
            best[key] = n
    chosen = set(best.values())
    return [n in chosen for n in range(len(result.metrics))]


@lru_cache(maxsize=1)
def _metric_groups() -> dict[str, str]:
    return {row["code"]: row["group"] for row in metric_dictionary()}


def _columns(names: tuple[str, ...], rows: list[tuple]) -> dict[str, list]:
    """Row tuples turned into column lists (the transpose runs in C; appending cell by cell does not)."""
    return {name: list(col) for name, col in zip(names, zip(*rows))}


SECTION_COLS = ("section_id", "doc_id", "ord", "number", "number_value", "title", "is_target", "start_offset",
                "end_offset")
ITEM_COLS = ("item_id", "doc_id", "section_id", "ord", "number", "number_value", "title", "text", "category",
             "lead_note", "start_offset", "end_offset")
LEAD_COLS = ("item_id", "doc_id", "department", "ord")
PARAGRAPH_COLS = ("paragraph_id", "doc_id", "section_id", "item_id", "ord", "text", "category", "n_chars",
                  "start_offset", "end_offset")
METRIC_COLS = ("metric_id", "doc_id", "code", "metric_group", "label", "kind", "value", "measure", "qualifier",
               "scope", "is_headline", "year", "category", "quote", "start_offset", "end_offset", "orig_start",
               "orig_end", "rule")
QUALITY_COLS = ("doc_id", "issue", "issue_zh", "severity", "issue_count", "example", "description", "orig_start",
                "orig_end")
TERM_COLS = ("doc_id", "category", "terms", "term_counts")


def doc_rows(r: DocResult) -> Rows:
    """Column lists of every per-document table for one document (pure; computed in the worker)."""
    groups, qnames = _metric_groups(), quality_issue_names()
    p, ol, doc_id = r.profile, r.outline, r.doc_id
    t: Rows = {"documents": {k: [v] for k, v in dict(
        doc_id=doc_id, source_name=r.raw.source_name,
        stored_name=r.raw.stored_name or r.raw.source_name, content_sha256=r.raw.content_sha256,
        file_format=r.raw.file_format, encoding=r.raw.encoding, unit=p.unit, region=p.region, city=p.city,
        level=p.level, sector=p.sector, year=p.year, doc_type=p.doc_type, issued=p.issued, title=p.title,
        header_missing=p.header_missing, low_confidence=",".join(p.low_confidence) or None,
        corrected=",".join(k for k, why in p.evidence if why == "用户更正") or None,
        n_sections=len(ol.sections), n_items=len(ol.items), n_metrics=len(r.metrics), n_chars=len(r.norm.text),
        original_text=r.raw.original_text, normalized_text=r.norm.text).items()},
        "text_grams": {"doc_id": [doc_id], "grams": [gram_signature(r.norm.text)]}}
    sec_id = {s.ord: f"{doc_id}-s{s.ord:03d}" for s in ol.sections}
    item_id = {i.ord: f"{doc_id}-i{i.ord:03d}" for i in ol.items}
    tables: dict[str, tuple[tuple[str, ...], list[tuple]]] = {
        "sections": (SECTION_COLS, [(sec_id[s.ord], doc_id, s.ord, s.number, s.number_value, s.title, s.is_target,
                                     s.start, s.end) for s in ol.sections]),
        "items": (ITEM_COLS, [(item_id[i.ord], doc_id, sec_id.get(i.section_ord), i.ord, i.number, i.number_value,
                               i.title, i.text, i.category, i.lead_note, i.start, i.end) for i in ol.items]),
        "item_leads": (LEAD_COLS, [(item_id[i.ord], doc_id, d, k + 1) for i in ol.items
                                   for k, d in enumerate(dict.fromkeys(i.leads))]),
        "paragraphs": (PARAGRAPH_COLS, [(f"{doc_id}-p{g.ord:04d}", doc_id, sec_id.get(g.section_ord),
                                         item_id.get(g.item_ord), g.ord, g.text, g.category, len(g.text), g.start,
                                         g.end) for g in ol.paragraphs]),
        "metrics": (METRIC_COLS, [(_hid(doc_id, n, m.start, m.end, m.code, m.value, m.kind, m.scope), doc_id, m.code,
                                   groups.get(m.code, "other"), m.label, m.kind, float(m.value), m.measure,
                                   m.qualifier, m.scope, head, m.year, m.category, m.quote, m.start, m.end,
                                   *r.norm.to_orig(m.start, m.end), m.rule)
                                  for n, (m, head) in enumerate(zip(r.metrics, headline_flags(r)))]),
        "quality_issues": (QUALITY_COLS, [(doc_id, q.issue, qnames.get(q.issue, {}).get("issue_zh", q.issue),
                                           qnames.get(q.issue, {}).get("severity", "warning"), q.count, q.example,
                                           q.description, q.start, q.end) for q in r.quality]),
        "term_lists": (TERM_COLS, [(doc_id, cat, TERM_SEP.join(terms := sorted(counter)),
                                    [counter[w] for w in terms])
                                   for cat, counter in sorted(r.terms.items(), key=lambda kv: kv[0] or "")
                                   if counter]),
    }
    for name, (cols, rows) in tables.items():
        if rows:
            t[name] = _columns(cols, rows)
    return t


def corpus_rows(info: dict[str, str]) -> Rows:
    """Rows of the tables that do not belong to one document (dictionary, categories, build info)."""
    t: Rows = defaultdict(lambda: defaultdict(list))

    def add(table: str, **cols):
        for k, v in cols.items():
            t[table][k].append(v)

    for row in metric_dictionary():
        add("metric_dictionary", code=row["code"], metric_group=row["group"],
            group_zh=GROUP_ZH.get(row["group"], row["group"]), name_zh=row["name_zh"], measure=row.get("measure"),
            what_it_counts=row.get("what_it_counts"), is_main=row["group"] in MAIN_GROUPS)
    add("metric_dictionary", code="other", metric_group="other", group_zh=GROUP_ZH["other"], name_zh="其他（未归类）",
        measure=None, what_it_counts="figures that fit no code of the dictionary", is_main=False)
    for c in categories():
        add("categories", code=c.code, name_zh=c.name_zh, outline_2021=c.outline_2021, keywords=" / ".join(c.keywords))
    for k, v in sorted(info.items()):
        add("build_info", key=k, value=str(v))
    return {name: dict(cols) for name, cols in t.items()}


def keyword_sql(scope: str) -> str:
    """TF-IDF top terms per document (scope 'document') or per category over the corpus ('category')."""
    if scope == "document":
        # the whole document's counts are one list per document: its total and the number of documents come from
        # the 10k list rows, not from grouping the 4M unnested ones (an incremental add reruns this on every document)
        groups, doc_col, cat_col = ("""d AS (SELECT doc_id AS g, terms, term_counts, list_sum(term_counts) AS total
                                           FROM term_lists WHERE category IS NULL AND len(terms) > 0),
             n AS (SELECT count(*) AS n FROM d),
             c AS (SELECT g, total, unnest(terms) AS term, unnest(term_counts) AS term_count FROM d)""", "g", "NULL")
    else:
        groups, doc_col, cat_col = ("""s AS (SELECT category AS g, term, sum(term_count) AS term_count FROM v_term_counts
                                           WHERE category IS NOT NULL GROUP BY ALL),
             n AS (SELECT count(DISTINCT g) AS n FROM s),
             c AS (SELECT *, sum(term_count) OVER (PARTITION BY g) AS total FROM s)""", "NULL", "g")
    return f"""
        INSERT INTO keywords (doc_id, scope, category, term, term_count, weight, rank)
        WITH {groups},
             df AS (SELECT term, count(*) AS df FROM c GROUP BY term),
             scored AS MATERIALIZED (
                 SELECT c.g, c.term, c.term_count,
                        round(c.term_count / c.total * (ln((1 + n.n) / (1 + df.df)) + 1), 6) AS weight
                 FROM c JOIN df USING (term) CROSS JOIN n),
             -- the {TOP_KEYWORDS}th best weight of each group: only rows at or above it can rank, so the sort that
             -- numbers them sees a few dozen rows per group instead of thousands (same ranks, ties included)
             cut AS (SELECT g, list_min(max(weight, {TOP_KEYWORDS})) AS floor FROM scored GROUP BY g),
             ranked AS (
                 SELECT s.*, row_number() OVER (PARTITION BY s.g ORDER BY s.weight DESC, s.term) AS rank
                 FROM scored s JOIN cut USING (g) WHERE s.weight >= cut.floor)
        SELECT {doc_col}, '{scope}', {cat_col}, term, term_count, weight, rank FROM ranked WHERE rank <= {TOP_KEYWORDS}
    """


COVERAGE_SQL = """
    INSERT INTO coverage
    SELECT d.unit, md.metric_group, md.group_zh,
           CASE WHEN count(m.metric_id) FILTER (WHERE m.kind = 'actual') > 0 THEN '已报告'
                WHEN count(m.metric_id) FILTER (WHERE m.kind = 'target') > 0 THEN '仅目标'
                ELSE '未提及' END AS status,
           count(m.metric_id) AS n_metrics
    FROM (SELECT DISTINCT unit FROM documents) d
    CROSS JOIN (SELECT DISTINCT metric_group, group_zh FROM metric_dictionary) md
    LEFT JOIN (SELECT m.metric_id, m.kind, m.metric_group, doc.unit FROM metrics m
               JOIN documents doc USING (doc_id) WHERE m.code <> 'other' AND doc.doc_type IS NOT NULL) m
           ON m.unit IS NOT DISTINCT FROM d.unit AND m.metric_group = md.metric_group
    GROUP BY ALL
"""

# the headline rows ordered by indicator: the dashboard reads one indicator at a time
HEADLINE_SQL = ("INSERT INTO headline SELECT * FROM metrics WHERE is_headline AND {docs} "
                "ORDER BY code, kind, doc_id, metric_id")

# items and paragraph characters per document and category: what the category shares add up
DOC_CATEGORIES_SELECT = """
    SELECT doc_id, category, CAST(sum(n_items) AS INTEGER) AS n_items, CAST(sum(n_chars) AS BIGINT) AS n_chars
    FROM (SELECT doc_id, category, count(*) AS n_items, 0 AS n_chars FROM items
          WHERE category IS NOT NULL GROUP BY ALL
          UNION ALL
          SELECT doc_id, category, 0, sum(n_chars) FROM paragraphs WHERE category IS NOT NULL GROUP BY ALL)
    GROUP BY doc_id, category
"""
DOC_CATEGORIES_SQL = f"INSERT INTO doc_categories SELECT * FROM ({DOC_CATEGORIES_SELECT}) WHERE {{docs}} ORDER BY doc_id, category"
# a full build fills them from every document ({docs} = TRUE); an incremental one removes the deleted documents'
# rows and adds the new documents' only, which gives the same rows (tests/test_load.py)
DERIVED_SQL = {"headline": HEADLINE_SQL, "doc_categories": DOC_CATEGORIES_SQL}


def _cleanup(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def _pid_alive(pid: str) -> bool:
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return int(pid) != os.getpid()


def remove_stale_temps(db_path: Path, cache_dir: Path | None = None) -> list[Path]:
    """Delete temp files left by builds that died (their process is gone); call under the build lock."""
    gone = []
    candidates = [(p, p.name.rsplit("tmp-", 1)[-1].split(".", 1)[0])
                  for p in db_path.parent.glob(f"{db_path.name}.tmp-*")]
    if cache_dir is not None and cache_dir.is_dir():
        candidates += [(p, p.name.rsplit(".", 1)[-1]) for pat in (".*.pkl.*", ".*.json.*") for p in cache_dir.glob(pat)]
    for p, pid in candidates:
        if not _pid_alive(pid):
            p.unlink(missing_ok=True)
            gone.append(p)
    return gone


class WarehouseWriter:
    """Writes a warehouse into a temp file (fresh, or a copy of the old one) and swaps it in when complete."""

    def __init__(self, db_path: Path, base: Path | None = None):
        self.db_path = Path(db_path)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.db_path.with_name(f"{self.db_path.name}.tmp-{os.getpid()}")
        _cleanup(self.tmp)
        self.incremental = base is not None
        self.added: list[str] = []
        self.pending: list[Rows] = []
        self._con = None
        self._copy_error: BaseException | None = None
        self._copy = None
        if base is not None:
            # the copy runs while the new documents are processed; the first use of the connection waits for it
            self._copy = threading.Thread(target=self._copy_base, args=(Path(base),), daemon=True)
            self._copy.start()

    def _copy_base(self, base: Path) -> None:
        try:
            shutil.copyfile(base, self.tmp)
        except BaseException as e:  # re-raised in the building thread
            self._copy_error = e

    @property
    def con(self):
        """The temp warehouse's connection, opened on first use (after the copy of the old one, if any)."""
        if self._con is None:
            import duckdb

            if self._copy is not None:
                self._copy.join()
                if self._copy_error is not None:
                    raise self._copy_error
            con = duckdb.connect(str(self.tmp))
            # DuckDB checkpoints every 16 MB of WAL by default, and each checkpoint rewrites the open row group of
            # every table (all of `documents`' text, for 10k documents): 25 checkpoints cost twice the whole load.
            # A few large ones keep the cost linear for ~0.1 GB more memory.
            con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_MB}MB'")
            # DuckDB's buffer cache would otherwise grow towards 80% of RAM while it writes; the pages it holds are on
            # disk already. Bounded, the build's peak is ~0.27 GB lower at 10k documents, same tables, same time.
            con.execute(f"SET memory_limit = '{BUILD_MEMORY_MB}MB'")
            if not self.incremental:
                con.execute(SCHEMA_SQL)
            self._con = con
        return self._con

    def append(self, rows: Rows) -> None:
        """Queue one document's rows; written in batches to bound memory."""
        self.added.extend(rows["documents"]["doc_id"])
        self.pending.append(rows)
        if len(self.pending) >= BATCH_DOCS:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        merged: Rows = defaultdict(lambda: defaultdict(list))
        for rows in self.pending:
            for table, cols in rows.items():
                for col, values in cols.items():
                    merged[table][col].extend(values)
        self.pending.clear()
        for table in DOC_TABLES:
            if merged.get(table):
                self._insert(table, merged[table])

    def _insert(self, table: str, cols: dict[str, list]) -> None:
        import pyarrow as pa

        assert table in DOC_TABLES + CORPUS_TABLES  # identifiers come from this whitelist only
        arrow_table = pa.Table.from_pydict(dict(cols))  # noqa: F841  (DuckDB reads it by name)
        self.con.execute(f"INSERT INTO {table} BY NAME SELECT {INSERT_SELECT.get(table, '*')} FROM arrow_table")

    def counts(self) -> dict[str, int]:
        """Rows per main table once pending rows are written (for the build's summary line)."""
        self.flush()
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "items", "metrics")}

    def _id_table(self, name: str, doc_ids: list[str]) -> None:
        """A temp table of document ids (name is one of ours, never user input), filled in one statement."""
        self.con.execute(f"CREATE TEMP TABLE {name} AS SELECT unnest(?::VARCHAR[]) AS doc_id", [list(doc_ids)])

    def delete_documents(self, doc_ids: list[str]) -> None:
        """Drop every row of these documents (an incremental build's removed files)."""
        if not doc_ids:
            return
        self._id_table("gone", doc_ids)
        for table in DOC_TABLES + DERIVED_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM gone)")
        self.con.execute("DROP TABLE gone")

    def finish(self, info: dict[str, str]) -> Path:
        """Write corpus-wide tables, comments and keywords, then atomically replace the warehouse."""
        try:
            self.flush()
            for table in CORPUS_TABLES:
                self.con.execute(f"DELETE FROM {table}")
            for table, cols in corpus_rows(info).items():
                self._insert(table, cols)
            self.con.execute(keyword_sql("document"))
            self.con.execute(keyword_sql("category"))
            self.con.execute(COVERAGE_SQL)
            docs = "TRUE"
            if self.incremental:
                self._id_table("added", self.added)
                docs = "doc_id IN (SELECT doc_id FROM added)"
            for table in DERIVED_TABLES:
                self.con.execute(DERIVED_SQL[table].format(docs=docs))
            for c in column_comments():
                comment = c["comment"].replace("'", "''")
                self.con.execute(f"COMMENT ON COLUMN {c['table']}.{c['column']} IS '{comment}'")
            self.con.execute("CHECKPOINT")
            self.con.close()
            os.replace(self.tmp, self.db_path)
        except BaseException:
            self.abort()
            raise
        return self.db_path

    def abort(self) -> None:
        """Give up: the temp file goes, the old warehouse stays."""
        if self._copy is not None:
            self._copy.join()  # or the copy would write the temp file again after it is removed
        try:
            if self._con is not None:
                self._con.close()
        except Exception:
            pass
        _cleanup(self.tmp)


def write_warehouse(results: list[DocResult], db_path: Path, info: dict[str, str]) -> Path:
    """Write a complete warehouse from results in one go (tests and small corpora)."""
    w = WarehouseWriter(db_path)
    try:
        for r in sorted(results, key=lambda r: r.doc_id):
            w.append(doc_rows(r))
    except BaseException:
        w.abort()
        raise
    return w.finish(info)
