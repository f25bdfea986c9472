"""Query builders, pure chart/view builders, exports and highlighting against the seed warehouse."""
from __future__ import annotations

import io
import json
import os
import random
import shutil
from types import SimpleNamespace

import duckdb
import openpyxl
import pandas as pd
import pytest

from conftest_dashboard import dashboard_warehouse  # noqa: F401
from dashboard import charts, exports, highlight, queries as q, ui, views
from dashboard.labels import UNKNOWN_UNIT, format_value

INJECTION = "'); DROP TABLE documents; --"
QINGYUAN = "清远市工业和信息化局"
SHANDONG = "山东省工业和信息化厅"
GUANGDONG = "广东省工业和信息化厅"
ALL = q.Filters()


@pytest.fixture(scope="module")
def wh(dashboard_warehouse):  # noqa: F811
    """The seed warehouse with FZDB_PATH set."""
    return dashboard_warehouse


def headline(f: q.Filters, code: str, kind: str = "actual") -> pd.DataFrame:
    """Run the headline query for one indicator."""
    return q.run(q.q_headline(f, code, (kind,)))


def doc_id_of(unit: str) -> str:
    """doc_id of the (single) seed document of a unit."""
    docs = q.run(q.q_timeline(q.Filters(units=(unit,))))
    assert len(docs) == 1, docs
    return docs["doc_id"].iloc[0]


# ---------------------------------------------------------------- builders are pure and parameterised

def test_builders_bind_values_never_format_them():
    f = q.Filters(regions=(INJECTION,), units=("x",), years=(2020, 2024), categories=("ENF",), doc_types=("plan",))
    for query in (q.q_timeline(f), q.q_headline(f, INJECTION), q.q_search_docs(f, INJECTION), q.q_quality(f),
                  q.q_search_hits((INJECTION, "x"), INJECTION, 3),
                  q.q_category_share(f, "chars"), q.q_lead_workload(f), q.q_keywords(f), q.export_table("metrics", f),
                  q.q_table_preview("metrics", f), q.export_search(f, INJECTION), q.export_headline(f, INJECTION),
                  q.q_coverage(f), q.q_coverage_summary(f), q.q_quality_summary(f), q.q_lead_departments(f)):
        assert INJECTION not in query.sql
        assert query.sql.count("?") == len(query.params)
        assert INJECTION in query.params or "x" in query.params


def test_identifiers_are_whitelisted():
    with pytest.raises(ValueError):
        q.export_table("documents; DROP TABLE documents", ALL)
    with pytest.raises(ValueError):
        q.q_table_preview("documents; DROP TABLE documents", ALL)
    with pytest.raises(ValueError):
        q.q_options("normalized_text")
    with pytest.raises(ValueError):
        q.q_category_share(ALL, "1; DROP TABLE items")
    with pytest.raises(ValueError):
        q.doc_where(ALL, alias="d; --")


def test_db_path_comes_from_env(monkeypatch, tmp_path):
    monkeypatch.setenv("FZDB_PATH", str(tmp_path / "none.duckdb"))
    assert q.db_path() == tmp_path / "none.duckdb"
    assert q.db_identity() is None
    with pytest.raises(q.WarehouseMissing):
        q.run(q.q_timeline(ALL))


# ---------------------------------------------------------------- numbers a leader looks for

def test_headline_license_cases(wh):
    df = headline(ALL, "license_cases")
    by_unit = {(u, int(y)): v for u, y, v in zip(df["unit"], df["year"], df["value"])}
    assert by_unit[(QINGYUAN, 2024)] == 61
    assert by_unit[(SHANDONG, 2023)] == 289
    assert set(df["qualifier"]) == {"exact"}
    quote = df.loc[df["unit"] == QINGYUAN, "quote"].iloc[0]
    assert "61" in quote


def test_approximate_values_keep_their_qualifier(wh):
    df = headline(ALL, "proactive_disclosures")
    row = df[df["unit"] == QINGYUAN].iloc[0]
    assert row["value"] == 580 and row["qualifier"] == "approx"
    table = views.headline_table(df)
    assert "580余" in set(table["原文数值"])
    assert "5900余" in set(table["原文数值"])


def test_region_filter_excludes_other_provinces(wh):
    docs = q.run(q.q_timeline(q.Filters(regions=("山东",))))
    assert len(docs) >= 1 and set(docs["region"]) == {"山东"}
    df = headline(q.Filters(regions=("山东",)), "license_cases")
    assert list(df["unit"]) == [SHANDONG]
    all_docs = q.run(q.q_timeline(ALL))
    assert len(all_docs) > len(docs)


def test_level_year_and_type_filters(wh):
    cities = q.run(q.q_timeline(q.Filters(levels=("city",))))
    assert set(cities["unit"]) == {QINGYUAN, "江门市科学技术局"}
    recent = q.run(q.q_timeline(q.Filters(years=(2023, 2024))))
    assert set(recent["year"]) <= {2023, 2024} and GUANGDONG in set(recent["unit"])
    assert "甘肃省工业和信息化委员会" not in set(recent["unit"])
    plans = q.run(q.q_timeline(q.Filters(doc_types=("plan",))))
    assert set(plans["doc_type"]) == {"plan"} and len(plans) == 3


def test_category_filter_restricts_items(wh):
    gd = doc_id_of(GUANGDONG)
    all_items = q.run(q.q_items(ALL, gd))
    enf = q.run(q.q_items(q.Filters(categories=("ENF",)), gd))
    assert len(all_items) == 23
    assert 0 < len(enf) < 23 and set(enf["category"]) == {"ENF"}


def test_injection_returns_nothing_and_table_survives(wh):
    f = q.Filters(regions=(INJECTION,))
    assert q.run(q.q_timeline(f)).empty
    assert q.run(q.q_overview_counts(f))["n_documents"].iloc[0] == 0
    assert q.search(ALL, INJECTION).empty
    assert headline(ALL, INJECTION).empty
    assert q.run(q.q_items(ALL, INJECTION)).empty
    assert q.run(q.q_table_exists("documents"))["n"].iloc[0] == 1
    assert len(q.run(q.q_timeline(ALL))) >= 5


def test_search_is_literal_not_a_pattern(wh):
    found = q.search(ALL, "合法性审核")
    assert len(found) >= 1
    assert all(c[s:s + 5] == "合法性审核" for c, s in zip(found["context"], found["hit_start"]))
    assert q.search(ALL, "%%%%").empty
    assert q.search(ALL, "_合_法_").empty
    assert q.search(ALL, "").empty
    groups = views.group_hits(found, 5)
    assert len(groups) == found["doc_id"].nunique()
    assert all('<mark class="fz-hit"' in h and "合法性审核</mark>" in h for _, _, _, snippets in groups for h in snippets)


def _python_hits(term: str, f: q.Filters = ALL, per_doc: int | None = None) -> list[tuple]:
    """The reference: every occurrence found in Python over the full texts, as (doc_id, offset, snippet_html)."""
    texts = q.run(q.export_table("documents", f))
    out = []
    for doc_id, text in zip(texts["doc_id"], texts["normalized_text"]):
        for n, pos in enumerate(highlight.find_all(text, term)):
            if per_doc is None or n < per_doc:
                out.append((doc_id, pos, highlight.context_snippet(text, pos, pos + len(term), q.CONTEXT_CHARS)))
    return sorted(out)


def _sql_hits(found: pd.DataFrame, term: str) -> list[tuple]:
    """(doc_id, offset, snippet_html) of SQL search rows."""
    return sorted((d, int(o), highlight.snippet_html(c, int(s), int(s) + len(term), bool(lc), bool(rc)))
                  for d, o, c, s, lc, rc in zip(found["doc_id"], found["offset"], found["context"], found["hit_start"],
                                                found["cut_left"], found["cut_right"]))


@pytest.mark.parametrize("term", ["合法性审核", "行政", "。", "许可", "61件"])
def test_search_snippets_in_sql_match_python_on_the_whole_text(wh, term):
    found = q.search(ALL, term)
    assert _sql_hits(found, term) == _python_hits(term, per_doc=q.MAX_HITS_PER_DOC)
    everything = q.run(q.export_search(ALL, term))
    assert _sql_hits(everything, term) == _python_hits(term)
    per_doc = everything.groupby("doc_id")["hit_no"].max()
    assert (everything.groupby("doc_id")["n_hits"].first() == per_doc).all()
    assert int(found["n_docs"].iloc[0]) == everything["doc_id"].nunique()
    assert "normalized_text" not in found.columns  # snippets, not whole texts


def test_search_step_one_picks_the_documents_step_two_reads_only_those(wh):
    picked = q.run(q.q_search_docs(ALL, "行政", max_docs=3))
    assert len(picked) == 3 and (picked["n_docs"] == 5).all()
    assert list(picked["unit"]) == sorted(picked["unit"])
    hits = q.run(q.q_search_hits(tuple(picked["doc_id"][:1]), "行政", 5))
    assert set(hits["doc_id"]) == {picked["doc_id"].iloc[0]} and (hits["n_docs"] == 5).all()
    assert q.run(q.q_search_hits((), "行政")).empty


def test_search_lists_the_first_documents_and_counts_them_all(wh):
    found = q.search(ALL, "行政", max_docs=2)
    assert found["doc_id"].nunique() == 2
    assert int(found["n_docs"].iloc[0]) == 5
    everything = q.run(q.export_search(ALL, "行政"))
    first_two = sorted(everything.drop_duplicates("doc_id")["unit"])[:2]
    assert sorted(found["unit"].unique()) == first_two
    assert set(everything["doc_id"]) > set(found["doc_id"])
    sd = q.search(q.Filters(regions=("山东",)), "行政")
    assert set(sd["unit"]) == {SHANDONG} and int(sd["n_docs"].iloc[0]) == 1


def _records(df: pd.DataFrame) -> list[tuple]:
    return [tuple(None if pd.isna(v) else v for v in row) for row in df.itertuples(index=False)]


@pytest.mark.parametrize("max_ids, store_chars", [(1, q.MAX_STORE_CHARS), (1, 0), (q.MAX_CANDIDATE_DOCS, 0)])
def test_search_through_candidates_finds_what_reading_every_text_finds(wh, monkeypatch, max_ids, store_chars):
    # max_ids 1: every term with 2+ candidates takes the common-term path, through the texts in memory or (no room
    # for them: store_chars 0) DuckDB reading every text; each is compared with q_search_docs reading every text
    monkeypatch.setattr(q, "MAX_CANDIDATE_DOCS", max_ids)
    monkeypatch.setattr(q, "MAX_STORE_CHARS", store_chars)
    q._text_store.clear()
    store_finds, find = [], q.TextStore.find
    monkeypatch.setattr(q.TextStore, "find", lambda self, *a: store_finds.append(a) or find(self, *a))
    texts = dict(_records(q.run(q.export_table("documents", ALL))[["doc_id", "normalized_text"]]))
    rng = random.Random(5)
    terms = ["行政许可", "量子纠缠", "。", "清远", "61件", "合法性审核", "许可法"]
    for text in texts.values():
        for n in (1, 2, 4, 9):
            i = rng.randrange(len(text) - n)
            terms.append(text[i:i + n].strip() or "法")
    for f in (ALL, q.Filters(regions=("山东",)), q.Filters(doc_types=("plan",))):
        for term in terms:
            got = q.search_docs(f, term, max_docs=2)
            assert _records(got) == _records(q.run(q.q_search_docs(f, term, max_docs=2))), term
            allowed = set(q.run(q.q_search_candidates(f, term, max_ids=10_000))["doc_id"])
            filtered = set(q.run(q.q_timeline(f))["doc_id"])
            containing = {d for d, t in texts.items() if term in t and d in filtered}
            assert containing <= allowed <= filtered, term
            assert (int(got["n_docs"].iloc[0]) if len(got) else 0) == len(containing)
    assert bool(store_finds) == (max_ids == 1 and store_chars > 0)


def test_text_store_holds_every_text_in_search_order_and_finds_like_sql(wh):
    con = duckdb.connect(os.environ["FZDB_PATH"], read_only=True)
    try:
        store = q.load_text_store(lambda query: con.execute(query.sql, list(query.params)).fetchall())
    finally:
        con.close()
    listed = q.run(q.q_search_docs(ALL, "", max_docs=99))  # an empty term finds nothing
    assert listed.empty and store.find("", 5) == ((), 0) and store.find("  ", 5) == ((), 0)
    everything = q.run(q.q_search_docs(ALL, "。", max_docs=99))
    assert store.doc_ids == tuple(everything["doc_id"]) and len(store.texts) == 5
    assert store.find("。", 2) == (tuple(everything["doc_id"][:2]), 5)
    shandong = frozenset(q.run(q.q_filtered_doc_ids(q.Filters(regions=("山东",))))["doc_id"])
    assert len(shandong) == 1 and store.find("行政", 9, shandong) == (tuple(shandong), 1)
    assert store.find("量子纠缠", 9) == ((), 0)
    listed = store.listed(store.doc_ids[:3][::-1], 7)
    assert tuple(listed["doc_id"]) == store.doc_ids[:3] and (listed["n_docs"] == 7).all()
    assert list(listed.columns) == list(everything.columns) and store.listed((), 0).empty
    assert _records(listed) == _records(q.run(q.q_search_docs(ALL, "。", max_docs=3)).assign(n_docs=7))


def test_text_store_is_left_out_when_the_texts_are_too_big(wh, monkeypatch):
    chars = int(q.run(q.text_store_chars_query())["n_chars"].iloc[0])
    assert chars > 10_000
    q._text_store.clear()
    monkeypatch.setattr(q, "MAX_STORE_CHARS", chars - 1)
    assert q._text_store(q.db_identity()) is None
    q._text_store.clear()
    monkeypatch.setattr(q, "MAX_STORE_CHARS", chars)
    assert len(q._text_store(q.db_identity()).texts) == 5
    q._text_store.clear()


def test_search_without_candidates_reads_no_text(wh):
    assert not q.run(q.q_search_candidates(ALL, "量子纠缠")).shape[0]
    none = q.q_search_docs(ALL, "量子纠缠", among=())
    assert "documents" not in none.sql and q.run(none).empty
    assert list(q.run(none).columns) == list(q.run(q.q_search_docs(ALL, "行政")).columns)
    assert q.search(ALL, "量子纠缠").empty


def test_search_among_candidates_tests_only_their_texts(wh):
    # contains() must stay above the join with the candidates: pushed into the scan, it reads every text
    query = q.q_search_docs(ALL, "七台河", among=("a", "b"))
    with duckdb.connect(str(wh), read_only=True) as con:
        plan = json.loads(con.execute("EXPLAIN (FORMAT json) " + query.sql, list(query.params)).fetchall()[0][1])

    def scans(node):
        if node.get("name") == "SEQ_SCAN":
            yield node
        for child in node.get("children", []):
            yield from scans(child)
    doc_scans = [n for p in plan for n in scans(p) if "documents" in str(n.get("extra_info", {}).get("Table", ""))]
    assert doc_scans and not any("contains" in json.dumps(n.get("extra_info", {})) for n in doc_scans)


def test_overview_and_coverage(wh):
    counts = q.run(q.q_overview_counts(ALL)).iloc[0]
    assert counts["n_documents"] == 5 and counts["n_units"] == 5 and counts["n_regions"] == 3
    assert counts["n_years"] == 4 and counts["n_indicators"] >= 20
    cov = q.run(q.q_coverage(ALL))
    status = {(u, g): s for u, g, s in zip(cov["unit"], cov["metric_group"], cov["status"])}
    assert status[(QINGYUAN, "licenses")] == "已报告"
    assert status[(SHANDONG, "licenses")] == "已报告"
    assert status[("甘肃省工业和信息化委员会", "training")] == "仅目标"
    assert status[("甘肃省工业和信息化委员会", "licenses")] == "未提及"
    only_sd = q.run(q.q_coverage(q.Filters(regions=("山东",))))
    assert set(only_sd["unit"]) == {SHANDONG}


def test_lead_workload_for_guangdong_plan(wh):
    wl = q.run(q.q_lead_departments(q.Filters(units=(GUANGDONG,))))
    table = views.workload_table(wl)
    led = dict(zip(table["牵头部门"], table["牵头任务数"]))
    assert table["牵头部门"].iloc[0] == "法规处"
    assert led["法规处"] == 16 and led["办公室"] == 7


def test_category_share_sums_to_one(wh):
    for basis in ("items", "chars"):
        df = q.run(q.q_category_share(ALL, basis))
        assert not df.empty
        sums = df.groupby("unit")["share"].sum()
        assert ((sums - 1).abs() < 1e-9).all()
    gd = q.run(q.q_category_share(q.Filters(units=(GUANGDONG,)), "items"))
    assert gd["amount"].sum() == 23


def test_keywords_per_document(wh):
    kw = q.run(q.q_keywords(ALL, 10))
    assert kw["doc_id"].nunique() == 5 and kw["rank"].max() <= 10
    wide = views.keywords_side_by_side(kw)
    assert len(wide.columns) == 6  # 排名 + five documents
    assert "三昇体育" not in set(kw["term"])


def test_quality_flags(wh):
    qi = q.run(q.q_quality(ALL))
    counts = {(u, i): c for u, i, c in zip(qi["unit"], qi["issue"], qi["issue_count"])}
    assert counts[(QINGYUAN, "pinyin_annotations")] == 715
    assert counts[(SHANDONG, "spam_insertion")] == 2
    assert qi["issue_zh"].str.len().min() > 0 and qi["description"].str.len().min() > 0
    fig = charts.quality_matrix(qi)
    assert len(fig.data[0].y) == qi["doc_id"].nunique()


def test_document_figures_highlight_in_both_texts(wh):
    qy = doc_id_of(QINGYUAN)
    doc = q.run(q.q_document(qy)).iloc[0]
    figs = q.run(q.q_doc_metrics(qy))
    row = figs[(figs["code"] == "license_cases") & (figs["value"] == 61)].iloc[0]
    assert "61" in doc["normalized_text"][row["start_offset"]:row["end_offset"]]
    assert "61" in doc["original_text"][row["orig_start"]:row["orig_end"]]
    for original, text in ((True, doc["original_text"]), (False, doc["normalized_text"])):
        marked = highlight.mark_html(text, views.metric_spans(figs, original))
        assert marked.count("<mark") >= len(figs) - 2  # overlapping spans may merge
        assert "license_cases" in marked
    sections = q.run(q.q_sections(qy))
    tree = views.outline(sections, q.run(q.q_items(ALL, qy)))
    assert [n["label"][0] for n in tree[:4]] == ["一", "二", "四", "五"]  # the source skips 三
    assert sum(len(n["items"]) for n in tree) == 15


def test_data_dictionary_has_chinese_comments(wh):
    dd = q.run(q.q_data_dictionary())
    assert len(dd) >= 5
    assert dd["comment"].str.contains(r"[\u4e00-\u9fff]").any()


def test_rebuilt_warehouse_is_picked_up(wh, tmp_path, monkeypatch):
    copy = tmp_path / "w.duckdb"
    shutil.copy(wh, copy)
    monkeypatch.setenv("FZDB_PATH", str(copy))
    assert q.run(q.q_overview_counts(ALL))["n_documents"].iloc[0] == 5
    staged = tmp_path / "w.tmp"
    shutil.copy(wh, staged)
    with duckdb.connect(str(staged)) as con:
        con.execute("DELETE FROM documents WHERE region = '甘肃'")
    os.replace(staged, copy)
    assert q.run(q.q_overview_counts(ALL))["n_documents"].iloc[0] == 4


# ---------------------------------------------------------------- pure chart builders

def test_metric_bars_mark_inexact_values(wh):
    fig = charts.metric_bars(headline(ALL, "proactive_disclosures"), "主动公开")
    texts = [t for trace in fig.data for t in trace.text]
    assert "580余" in texts and "5900余" in texts
    shapes = [s for trace in fig.data for s in trace.marker.pattern.shape]
    assert set(shapes) == {"/"}
    exact = charts.metric_bars(headline(ALL, "license_cases"), "行政许可")
    assert sorted(t for trace in exact.data for t in trace.text) == ["289", "61"]
    assert {tr.name for tr in exact.data} == {"2023年", "2024年"}
    assert all(s == "" for trace in exact.data for s in trace.marker.pattern.shape)
    ids = {c[0] for trace in exact.data for c in trace.customdata}
    assert ids == set(headline(ALL, "license_cases")["metric_id"])


def test_trend_single_year_draws_points(wh):
    fig = charts.trend_lines(headline(q.Filters(units=(QINGYUAN,)), "license_cases"), "趋势")
    assert len(fig.data) == 1 and fig.data[0].mode == "markers+text"
    assert list(fig.data[0].y) == [61]


def test_coverage_heatmap_shape(wh):
    cov = q.run(q.q_coverage(ALL))
    fig = charts.coverage_heatmap(cov)
    heat = fig.data[0]
    assert len(heat.y) == 5 and len(heat.x) == cov["metric_group"].nunique()
    assert {v for row in heat.text for v in row} <= {"已报告", "仅目标", "未提及"}


def test_empty_frames_give_a_message_not_an_error():
    empty = pd.DataFrame(columns=["unit", "year", "value", "qualifier", "measure", "quote", "metric_id"])
    for fig in (charts.metric_bars(empty, "x"), charts.trend_lines(empty, "x"), charts.coverage_heatmap(empty),
                charts.category_heatmap(empty, "x"), charts.workload_bars(empty), charts.quality_matrix(empty)):
        assert fig.layout.annotations and fig.layout.annotations[0].text


def test_quotes_follow_selection(wh):
    df = headline(ALL, "license_cases")
    fig = charts.metric_bars(df, "行政许可")
    sd_trace = next(t for t in fig.data if SHANDONG in list(t.x))
    point = {"curve_number": 0, "point_index": 0, "customdata": list(sd_trace.customdata[0])}
    event = SimpleNamespace(selection=SimpleNamespace(points=[point]))
    chosen = ui.selected_ids(event)
    quotes = views.quotes_for(df, chosen)
    assert list(quotes["单位"]) == [SHANDONG] and "289" in quotes["原文"].iloc[0]
    assert len(views.quotes_for(df, ui.selected_ids(SimpleNamespace(selection=SimpleNamespace(points=[]))))) == 2
    assert ui.selected_ids(None) == []


# ---------------------------------------------------------------- formatting, exports, highlighting

def test_format_value_keeps_the_written_form():
    assert format_value(580, "approx", "条") == "580余"
    assert format_value(2, "at_least", "次") == "不少于2"
    assert format_value(95, "gt", "%") == "超过95%"
    assert format_value(5, "at_most", "年") == "不超过5"
    assert format_value(61, "exact", "件") == "61"
    assert format_value(0.5, "exact", None) == "0.5"


def test_csv_has_bom_and_neutralises_formulas():
    texts = ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx", "清远", "a=b"]
    df = pd.DataFrame({"a": texts, "n": [1, 2, 3, 4, 5, 6, 7, -8]})
    data = exports.to_csv_bytes(df)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)
    assert list(back["a"])[:4] == ["'=1+1", "'+SUM(A1)", "'-2", "'@cmd"]
    assert back["a"].iloc[6] == "清远" and back["a"].iloc[7] == "a=b"
    assert list(back["n"]) == [1, 2, 3, 4, 5, 6, 7, -8]
    assert exports.neutralise("=HYPERLINK()") == "'=HYPERLINK()" and exports.neutralise(5) == 5


def test_excel_workbook_has_dictionary_and_safe_cells(wh):
    tables = {name: q.run(q.export_table(name, ALL)) for name in q.EXPORT_TABLES}
    tables["evil"] = pd.DataFrame({"x": ["=1+1", "ok"]})
    wb = openpyxl.load_workbook(io.BytesIO(exports.to_excel_bytes(tables, q.run(q.q_data_dictionary()))))
    assert wb.sheetnames[0] == "数据字典"
    assert set(q.EXPORT_TABLES) <= set(wb.sheetnames)
    cell = wb["evil"]["A2"]
    assert cell.value == "'=1+1" and cell.data_type == "s"
    docs = wb["documents"]
    assert docs.max_row == 6
    units = [c.value for c in docs[1]].index("unit")
    assert QINGYUAN in {row[units] for row in docs.iter_rows(min_row=2, values_only=True)}


def test_table_export_follows_filters(wh):
    sd = q.run(q.export_table("metrics", q.Filters(regions=("山东",))))
    allm = q.run(q.export_table("metrics", ALL))
    assert 0 < len(sd) < len(allm)
    assert len(q.run(q.export_table("metric_dictionary", q.Filters(regions=("山东",))))) > 50
    assert int(q.run(q.q_table_count("metrics", q.Filters(regions=("山东",))))["n"].iloc[0]) == len(sd)
    enf = q.Filters(categories=("ENF",))
    assert set(q.run(q.export_table("items", enf))["category"]) == {"ENF"}


def test_preview_is_capped_while_the_export_has_every_row(wh):
    for name in q.EXPORT_TABLES:
        full = q.run(q.export_table(name, ALL))
        preview = q.run(q.q_table_preview(name, ALL, limit=3))
        assert len(preview) == min(3, len(full)), name
        assert int(q.run(q.q_table_count(name, ALL))["n"].iloc[0]) == len(full)
    docs = q.run(q.q_table_preview("documents", ALL))
    assert len(docs) == 5 and "normalized_text" not in docs.columns and "doc_id" in docs.columns
    paragraphs = q.run(q.q_table_preview("paragraphs", ALL, limit=100))
    full = q.run(q.export_table("paragraphs", ALL)).set_index("paragraph_id")
    assert len(paragraphs) == 100 < len(full)
    assert paragraphs["text"].str.len().max() <= q.PREVIEW_TEXT_CHARS + 1
    cut = paragraphs[paragraphs["text"].str.endswith("…")]
    assert len(cut) and all(full.loc[p, "text"].startswith(t[:-1]) and len(full.loc[p, "text"]) > q.PREVIEW_TEXT_CHARS
                            for p, t in zip(cut["paragraph_id"], cut["text"]))
    assert full["text"].str.len().max() > q.PREVIEW_TEXT_CHARS  # the download keeps whole texts


def test_mark_html_escapes_before_marking():
    text = '<script>alert(1)</script> 办理"许可"61件 & more'
    start = text.index("61")
    out = highlight.mark_html(text, [highlight.Span(start, start + 3, 'tip "x" <b>')])
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert '<mark class="fz-fig"' in out and ">61件</mark>" in out
    assert 'title="tip &quot;x&quot; &lt;b&gt;"' in out
    assert "&amp; more" in out and "&amp;amp;" not in out


def test_overlapping_and_out_of_range_spans():
    text = "abcdefghij"
    spans = [highlight.Span(2, 6), highlight.Span(4, 8), highlight.Span(8, 50), highlight.Span(-3, 1)]
    cleaned = highlight.clean_spans(spans, len(text))
    assert [(s.start, s.end) for s in cleaned] == [(0, 1), (2, 6), (8, 10)]
    out = highlight.mark_html(text, spans)
    assert out.count("<mark") == 3


def test_context_snippet_window():
    text = "甲" * 50 + "<关键词>" + "乙" * 50
    start = text.index("<关键词>")
    snippet = highlight.context_snippet(text, start, start + 5, width=30)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert snippet.count("甲") == 30 and snippet.count("乙") == 30
    assert "&lt;关键词&gt;</mark>" in snippet


def test_keyword_table_is_capped_to_readable_width(wh):
    kws = q.run(q.q_keywords(q.Filters(), top_n=5, max_docs=2))
    assert kws["doc_id"].nunique() == 2 and kws["rank"].max() <= 5
    assert int(q.run(q.q_document_count(q.Filters()))["n"].iloc[0]) == 5


def test_headline_keeps_the_units_with_most_years_then_largest_value(wh):
    full = q.run(q.export_headline(ALL, "license_cases"))
    assert len(full) == 2 and "n_units" not in full.columns
    top = q.run(q.q_headline(ALL, "license_cases", max_units=1))
    assert list(top["unit"]) == [SHANDONG]  # one year each: the larger latest value (289 > 61) wins
    assert int(top["n_units"].iloc[0]) == 2 and int(top["n_values"].iloc[0]) == 2
    both = q.run(q.q_headline(ALL, "license_cases"))
    assert set(both["unit"]) == set(full["unit"]) and both["n_units"].eq(2).all()


def test_coverage_is_materialised_per_unit_and_group(wh):
    cov = q.run(q.q_coverage(q.Filters()))
    qy = cov[(cov["unit"] == "清远市工业和信息化局") & (cov["metric_group"] == "licenses")]
    assert qy["status"].tolist() == ["已报告"]
    gd = cov[(cov["unit"] == "广东省工业和信息化厅") & (cov["metric_group"] == "training")]
    assert gd["status"].tolist() == ["仅目标"]


def test_busy_charts_are_capped_in_sql_and_say_how_many_there_are(wh):
    cov = q.run(q.q_coverage(ALL, max_units=2))
    assert cov["unit"].nunique() == 2 and cov["n_units"].eq(5).all()
    every = q.run(q.export_coverage(ALL))
    rank = every.groupby("unit").agg(rep=("status", lambda s: (s == "已报告").sum()),
                                     tgt=("status", lambda s: (s == "仅目标").sum()), n=("n_metrics", "sum"))
    rank = rank.reset_index().sort_values(["rep", "tgt", "n", "unit"], ascending=[False, False, False, True])
    assert set(cov["unit"]) == set(rank["unit"].head(2))
    summary = q.run(q.q_coverage_summary(ALL))
    assert (summary.groupby("metric_group")["n_units"].sum() == 5).all()
    table = views.coverage_summary_table(summary)
    assert list(table.columns) == ["指标组", "已报告", "仅目标", "未提及"] and (table.iloc[:, 1:].sum(axis=1) == 5).all()
    for basis in ("items", "chars"):
        top = q.run(q.q_category_share(ALL, basis, max_units=2))
        whole = q.run(q.export_category_share(ALL, basis))
        assert top["unit"].nunique() == 2 and top["n_units"].eq(whole["unit"].nunique()).all()
        largest = whole.groupby("unit")["amount"].sum().sort_values(ascending=False).index[:2]
        assert set(top["unit"]) == set(largest)
    lead = q.run(q.q_lead_workload(ALL, max_departments=3, max_units=1))
    departments = q.run(q.q_lead_departments(ALL))
    assert lead["department"].nunique() == 3 and len(departments) > 3
    assert set(lead["department"]) == set(departments["department"].head(3))
    per_dept = lead.groupby("department")["n_items"].sum()
    assert (per_dept == departments.set_index("department").loc[per_dept.index, "n_items"]).all()


def test_lead_chart_folds_the_smaller_units(wh, tmp_path, monkeypatch):
    copy = tmp_path / "w.duckdb"
    shutil.copy(wh, copy)
    with duckdb.connect(str(copy)) as con:  # two more units lead some of the Guangdong plan's items
        gd = con.execute("SELECT doc_id FROM documents WHERE unit = ? AND n_items > 0", [GUANGDONG]).fetchone()[0]
        for n, unit in enumerate(("甲市司法局", "乙市司法局"), 1):
            con.execute("INSERT INTO documents SELECT * REPLACE (? AS doc_id, ? AS unit) FROM documents "
                        "WHERE doc_id = ?", [f"copy{n}", unit, gd])
            con.execute("INSERT INTO item_leads SELECT * REPLACE (? AS doc_id, item_id || ? AS item_id) "
                        "FROM item_leads WHERE doc_id = ? AND ord <= ?", [f"copy{n}", f"-copy{n}", gd, n])
    monkeypatch.setenv("FZDB_PATH", str(copy))
    every = q.run(q.export_lead_workload(ALL))
    assert every["unit"].nunique() == 3
    lead = q.run(q.q_lead_workload(ALL, max_units=1))
    assert set(lead["unit"]) == {GUANGDONG, q.OTHER_UNITS}
    assert lead["n_items"].sum() == every["n_items"].sum()
    assert set(q.run(q.q_lead_workload(ALL, max_units=3))["unit"]) == set(every["unit"])


def test_capped_lists_say_how_many_there_are(wh):
    docs = q.run(q.q_timeline(ALL, limit=2))
    assert len(docs) == 2 and len(q.run(q.export_timeline(ALL))) == 5
    assert list(docs["year"]) == sorted(docs["year"], reverse=True)
    qi = q.run(q.q_quality(ALL, limit=2))
    assert len(qi) == 2 and qi["n_rows"].eq(len(q.run(q.export_quality(ALL)))).all()
    summary = q.run(q.q_quality_summary(ALL))
    every = q.run(q.export_quality(ALL))
    assert int(summary["n_docs_any"].iloc[0]) == every["doc_id"].nunique()
    assert int(summary["issue_count"].sum()) == int(every["issue_count"].sum())
    years = q.run(q.q_year_counts(ALL))
    assert int(years["n_documents"].sum()) == 5


def test_unknown_units_keep_their_rows_in_charts_and_tables():
    """Regression: a NULL unit (NaN in pandas) among unit names made sorting raise '<' between float and str."""
    import numpy as np

    shares = pd.DataFrame({"unit": ["甲局", None, "乙局", np.nan], "category": ["ENF", "ENF", "OPEN", "OPEN"],
                           "category_zh": ["行政执法", "行政执法", "政务公开", "政务公开"], "amount": [1, 2, 3, 4],
                           "share": [1.0, 1.0, 1.0, 1.0]})
    heat = charts.category_heatmap(shares, "任务条目数").data[0]
    assert list(heat.y) == sorted(["甲局", "乙局", UNKNOWN_UNIT])
    row = list(heat.y).index(UNKNOWN_UNIT)
    assert sorted(v for v in heat.z[row] if v) == [1.0, 1.0]  # both unknown-unit rows kept, not dropped as NaN
    cov = pd.DataFrame({"unit": [None, "甲局"], "metric_group": ["licenses"] * 2, "group_zh": ["许可"] * 2,
                        "status": ["已报告", "未提及"], "n_metrics": [3, 0]})
    assert UNKNOWN_UNIT in list(charts.coverage_heatmap(cov).data[0].y)
    work = pd.DataFrame({"department": ["法规处", "法规处"], "unit": [np.nan, "甲局"], "n_items": [2, 1]})
    assert {t.name for t in charts.workload_bars(work).data} == {UNKNOWN_UNIT, "甲局"}
    values = pd.DataFrame({"unit": [None, "甲局"], "year": [2023, np.nan], "value": [1.0, 2.0],
                           "qualifier": ["exact"] * 2, "measure": ["件"] * 2, "quote": ["x", "y"],
                           "metric_id": ["a", "b"], "kind": ["actual"] * 2, "scope": [None, None],
                           "doc_type": ["report"] * 2, "source_name": ["s", "t"]})
    assert views.headline_table(values)["年份"].isna().tolist() == [False, True]
    assert [t.name for t in charts.trend_lines(values.dropna(subset=["year"]), "t").data] == [UNKNOWN_UNIT]
    issues = pd.DataFrame({"unit": [None], "year": [2023], "issue_zh": ["拼音注音"], "issue_count": [3]})
    assert charts.quality_matrix(issues).data[0].y[0].startswith(UNKNOWN_UNIT)
