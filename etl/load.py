"""Load: DocResults become DuckDB tables in a new file that replaces the old one only when complete."""
from __future__ import annotations

import hashlib
import os
from collections import Counter, defaultdict
from pathlib import Path

from .keywords import rank
from .models import DocResult
from .registry import GROUP_ZH, MAIN_GROUPS, categories, column_comments, metric_dictionary, quality_issue_names

SCHEMA_SQL = (Path(__file__).resolve().parent / "schema.sql").read_text(encoding="utf-8")
TABLE_ORDER = ("documents", "sections", "items", "item_leads", "paragraphs", "metrics", "keywords",
               "quality_issues", "metric_dictionary", "categories", "build_info")


def _hid(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def headline_flags(result: DocResult) -> list[bool]:
    """Per metric: is it the one headline value of its document, year, kind and code (unscoped first)?"""
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
        if ((m.scope is None, m.value, -m.start) > (c.scope is None, c.value, -c.start)):
            best[key] = n
    chosen = set(best.values())
    return [n in chosen for n in range(len(result.metrics))]


def table_rows(results: list[DocResult], info: dict[str, str]) -> dict[str, dict[str, list]]:
    """Column lists of every table (pure, deterministic for the same results)."""
    t: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    groups = {r["code"]: r["group"] for r in metric_dictionary()}
    qnames = quality_issue_names()

    def add(table: str, **cols):
        for k, v in cols.items():
            t[table][k].append(v)

    doc_terms: dict[str, Counter] = {}
    cat_terms: dict[str, Counter] = defaultdict(Counter)
    for r in sorted(results, key=lambda r: r.doc_id):
        p, ol = r.profile, r.outline
        add("documents", doc_id=r.doc_id, source_name=r.raw.source_name,
            stored_name=r.raw.stored_name or r.raw.source_name, content_sha256=r.raw.content_sha256,
            file_format=r.raw.file_format, encoding=r.raw.encoding, unit=p.unit, region=p.region, city=p.city,
            level=p.level, sector=p.sector, year=p.year, doc_type=p.doc_type, issued=p.issued, title=p.title,
            header_missing=p.header_missing, low_confidence=",".join(p.low_confidence) or None,
            corrected=",".join(k for k, why in p.evidence if why == "用户更正") or None,
            n_sections=len(ol.sections), n_items=len(ol.items), n_metrics=len(r.metrics), n_chars=len(r.norm.text),
            original_text=r.raw.original_text, normalized_text=r.norm.text)
        sec_id = {s.ord: f"{r.doc_id}-s{s.ord:03d}" for s in ol.sections}
        item_id = {i.ord: f"{r.doc_id}-i{i.ord:03d}" for i in ol.items}
        for s in ol.sections:
            add("sections", section_id=sec_id[s.ord], doc_id=r.doc_id, ord=s.ord, number=s.number,
                number_value=s.number_value, title=s.title, is_target=s.is_target, start_offset=s.start,
                end_offset=s.end)
        for i in ol.items:
            add("items", item_id=item_id[i.ord], doc_id=r.doc_id, section_id=sec_id.get(i.section_ord), ord=i.ord,
                number=i.number, number_value=i.number_value, title=i.title, text=i.text, category=i.category,
                lead_note=i.lead_note, start_offset=i.start, end_offset=i.end)
            for k, d in enumerate(dict.fromkeys(i.leads)):
                add("item_leads", item_id=item_id[i.ord], doc_id=r.doc_id, department=d, ord=k + 1)
        for pgh in ol.paragraphs:
            add("paragraphs", paragraph_id=f"{r.doc_id}-p{pgh.ord:04d}", doc_id=r.doc_id,
                section_id=sec_id.get(pgh.section_ord), item_id=item_id.get(pgh.item_ord), ord=pgh.ord,
                text=pgh.text, category=pgh.category, n_chars=len(pgh.text), start_offset=pgh.start,
                end_offset=pgh.end)
        for n, (m, head) in enumerate(zip(r.metrics, headline_flags(r))):
            o_start, o_end = r.norm.to_orig(m.start, m.end)
            add("metrics", metric_id=_hid(r.doc_id, n, m.start, m.end, m.code, m.value, m.kind, m.scope),
                doc_id=r.doc_id, code=m.code, metric_group=groups.get(m.code, "other"), label=m.label, kind=m.kind,
                value=float(m.value), measure=m.measure, qualifier=m.qualifier, scope=m.scope, is_headline=head,
                year=m.year, category=m.category, quote=m.quote, start_offset=m.start, end_offset=m.end,
                orig_start=o_start, orig_end=o_end, rule=m.rule)
        for q in r.quality:
            meta = qnames.get(q.issue, {})
            add("quality_issues", doc_id=r.doc_id, issue=q.issue, issue_zh=meta.get("issue_zh", q.issue),
                severity=meta.get("severity", "warning"), issue_count=q.count, example=q.example,
                description=q.description, orig_start=q.start, orig_end=q.end)
        doc_terms[r.doc_id] = r.terms.get(None, Counter())
        for cat, c in r.terms.items():
            if cat is not None:
                cat_terms[cat].update(c)

    for doc_id, kws in rank(doc_terms, "document").items():
        for k in kws:
            add("keywords", doc_id=doc_id, scope="document", category=None, term=k.term, term_count=k.count,
                weight=k.weight, rank=k.rank)
    for cat, kws in sorted(rank(dict(cat_terms), "category").items()):
        for k in kws:
            add("keywords", doc_id=None, scope="category", category=cat, term=k.term, term_count=k.count,
                weight=k.weight, rank=k.rank)
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
    return t


def _cleanup(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def write_warehouse(results: list[DocResult], db_path: Path, info: dict[str, str]) -> Path:
    """Write every table to a temporary file, then atomically put it in place of db_path."""
    import duckdb
    import pyarrow as pa

    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f"{db_path.name}.tmp-{os.getpid()}")
    _cleanup(tmp)
    rows = table_rows(results, info)
    try:
        con = duckdb.connect(str(tmp))
        try:
            con.execute(SCHEMA_SQL)
            for table in TABLE_ORDER:
                cols = rows.get(table)
                if not cols:
                    continue
                arrow_table = pa.Table.from_pydict(dict(cols))  # noqa: F841  (read by name below)
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM arrow_table")
            for c in column_comments():
                con.execute(f"COMMENT ON COLUMN {c['table']}.{c['column']} IS '{c['comment'].replace(chr(39), chr(39) * 2)}'")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, db_path)
    except BaseException:
        _cleanup(tmp)
        raise
    return db_path
