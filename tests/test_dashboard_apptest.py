"""Every page runs in streamlit.testing AppTest on the seed warehouse and shows what a leader looks for."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from conftest_dashboard import dashboard_warehouse  # noqa: F401

REPO = Path(__file__).resolve().parent.parent
APP = str(REPO / "app.py")
PAGES = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "pages").glob("*.py"))
ANALYSIS_PAGES = PAGES[:8]  # 总览 … 数据下载; later pages (e.g. 添加文档) are forms
QINGYUAN = "清远市工业和信息化局"
SHANDONG = "山东省工业和信息化厅"
TIMEOUT = 60


@pytest.fixture()
def app(dashboard_warehouse):  # noqa: F811
    """A fresh app session on the seed warehouse, first page already run."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


def open_page(at: AppTest, page: str) -> AppTest:
    """Switch to a page file and run it, failing on any exception."""
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def frames(at: AppTest) -> list[pd.DataFrame]:
    """The DataFrames of every st.dataframe on the page."""
    return [d.value for d in at.dataframe]


def metric(at: AppTest, label: str) -> str:
    """Value of the st.metric with this label."""
    return next(m.value for m in at.metric if m.label == label)


def test_pages_are_all_registered():
    titles = [p.split("_", 1)[1][:-3] for p in PAGES]
    assert titles[:8] == ["总览", "指标对比", "年度趋势", "分类与任务", "关键词", "文档", "数据质量", "数据下载"]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_opens_without_exception(app, page):
    open_page(app, page)
    assert app.title and app.title[0].value
    assert not app.error
    if page in ANALYSIS_PAGES:
        assert app.sidebar.multiselect(key="region").label == "省份"
        shown = len(app.dataframe) + len(app.get("plotly_chart")) + len(app.get("html"))
        assert shown > 0, f"{page} shows neither a chart nor a table"


def test_overview_counts(app):
    assert app.title[0].value.endswith("总览")
    assert metric(app, "文档") == "5"
    assert metric(app, "单位") == "5"
    assert metric(app, "省份") == "3"
    assert len(app.get("plotly_chart")) == 2


def test_indicator_comparison_shows_license_cases(app):
    open_page(app, "pages/2_指标对比.py")
    app.selectbox(key="group").set_value("licenses").run()
    app.selectbox(key="indicator").set_value("license_cases").run()
    assert not app.exception
    table = frames(app)[0]
    values = {(u, int(y)): v for u, y, v in zip(table["单位"], table["年份"], table["原文数值"])}
    assert values[(QINGYUAN, 2024)] == "61"
    assert values[(SHANDONG, 2023)] == "289"
    quotes = frames(app)[-1]
    assert any("61" in q for q in quotes["原文"]) and any("289" in q for q in quotes["原文"])


def test_approximate_value_is_shown_as_written(app):
    open_page(app, "pages/2_指标对比.py")
    app.selectbox(key="group").set_value("disclosure").run()
    app.selectbox(key="indicator").set_value("proactive_disclosures").run()
    table = frames(app)[0]
    assert "580余" in set(table["原文数值"]) and "580" not in set(table["原文数值"])
    assert any("约数" in c.value for c in app.caption)


def test_region_filter_changes_what_is_shown(app):
    open_page(app, "pages/2_指标对比.py")
    app.selectbox(key="group").set_value("licenses").run()
    app.selectbox(key="indicator").set_value("license_cases").run()
    assert len(frames(app)[0]) == 2
    app.multiselect(key="region").set_value(["山东"]).run()
    assert not app.exception
    table = frames(app)[0]
    assert list(table["单位"]) == [SHANDONG]
    # the filter survives a page switch
    open_page(app, "pages/1_总览.py")
    assert metric(app, "文档") == "1"
    assert app.multiselect(key="region").value == ["山东"]


def test_url_query_params_seed_the_filters(dashboard_warehouse):  # noqa: F811
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["region"] = "广东"
    at.run()
    assert not at.exception
    assert at.multiselect(key="region").value == ["广东"]
    assert metric(at, "文档") == "3" and metric(at, "省份") == "1"
    open_page(at, "pages/2_指标对比.py")
    assert at.multiselect(key="region").value == ["广东"]
    assert set(frames(at)[0]["单位"]) == {QINGYUAN}


def test_guangdong_plan_has_23_items(app):
    open_page(app, "pages/4_分类与任务.py")
    gd = next(o for o in app.selectbox(key="plan").options if o.startswith("广东省工业和信息化厅 2024"))
    app.selectbox(key="plan").set_value(_doc_id_for(gd)).run()
    assert any(c.value == "共 23 项任务" for c in app.caption)
    items = next(df for df in frames(app) if "任务" in df.columns)
    assert len(items) == 23
    assert items["序号"].iloc[-1] == "（二十三）"
    workload = next(df for df in frames(app) if "牵头任务数" in df.columns)
    assert workload["牵头部门"].iloc[0] == "法规处"


def _doc_id_for(label: str) -> str:
    """doc_id behind a picker label (looked up through the same query the page uses)."""
    from dashboard import queries as q, views

    plans = q.run(q.q_plans(q.Filters()))
    return next(k for k, v in views.plan_options(plans).items() if v == label)


def test_category_filter_narrows_the_task_list(app):
    open_page(app, "pages/4_分类与任务.py")
    app.multiselect(key="category").set_value(["ENF"]).run()
    assert not app.exception
    items = next(df for df in frames(app) if "任务" in df.columns)
    assert 0 < len(items) < 23 and set(items["分类"]) == {"行政执法"}


def test_keyword_search_highlights_escaped_context(app):
    open_page(app, "pages/5_关键词.py")
    app.text_input(key="q").input("合法性审核").run()
    assert not app.exception
    html = " ".join(h.proto.body for h in app.get("html"))
    assert '<mark class="fz-hit"' in html and "合法性审核</mark>" in html
    assert any("出现" in c.value for c in app.caption)


def test_injection_in_search_is_harmless(app):
    open_page(app, "pages/5_关键词.py")
    app.text_input(key="q").input("'); DROP TABLE documents; --").run()
    assert not app.exception
    assert any("没有文档包含" in i.value for i in app.info)
    open_page(app, "pages/1_总览.py")
    assert metric(app, "文档") == "5"


def test_document_page_marks_every_figure(app):
    open_page(app, "pages/6_文档.py")
    from dashboard import queries as q, views

    labels = views.document_options(q.run(q.q_documents(q.Filters())))
    qy = next(k for k, v in labels.items() if v.startswith(QINGYUAN))
    app.selectbox(key="doc").set_value(qy).run()
    html = app.get("html")[0].proto.body
    assert html.count("<mark") >= 40
    assert "license_cases" in html
    assert "(jiān)" in html  # the original text keeps its pinyin annotations
    app.radio(key="text_mode").set_value("normalized").run()
    html = app.get("html")[0].proto.body
    assert "(jiān)" not in html
    assert ">办理行政许可案件61件</mark>" in html or "61件</mark>" in html
    assert any("拼音" in w.value for w in app.warning)


def test_quality_page_lists_flags(app):
    open_page(app, "pages/7_数据质量.py")
    detail = frames(app)[-1]
    counts = dict(zip(zip(detail["单位"], detail["问题代码"]), detail["次数"]))
    assert counts[(QINGYUAN, "pinyin_annotations")] == 715
    assert counts[(SHANDONG, "spam_insertion")] == 2
    assert int(metric(app, "有问题的文档")) >= 4


def test_download_page_offers_every_table(app):
    open_page(app, "pages/8_数据下载.py")
    text = " ".join(m.value for m in app.markdown)
    for name in ("documents", "metrics", "quality_issues", "metric_dictionary"):
        assert f"**{name}**" in text
    assert "**documents** · 5 行" in text
    assert len(app.get("download_button")) >= 12


def test_empty_selection_shows_friendly_message(app):
    open_page(app, "pages/3_年度趋势.py")
    app.multiselect(key="region").set_value(["甘肃"]).run()
    app.selectbox(key="t_group").set_value("licenses").run()
    assert not app.exception
    assert app.info and "没有" in app.info[0].value


def figures(at: AppTest) -> dict[str, dict]:
    """Plotly figures on the page by title: {title: {"data": [...], "layout": {...}}}."""
    import json

    out = {}
    for chart in at.get("plotly_chart"):
        fig = json.loads(chart.proto.spec)
        out[fig["layout"].get("title", {}).get("text", "")] = fig
    return out


def _warehouse_copy(src, tmp_path, monkeypatch, *statements: tuple[str, list]):
    """A copy of the seed warehouse changed by statements, with FZDB_PATH pointing at it."""
    import shutil

    import duckdb

    copy = tmp_path / "w.duckdb"
    shutil.copy(src, copy)
    with duckdb.connect(str(copy)) as con:
        for sql, params in statements:
            con.execute(sql, params)
    monkeypatch.setenv("FZDB_PATH", str(copy))
    return copy


def test_pages_open_when_a_unit_is_unknown(dashboard_warehouse, tmp_path, monkeypatch):  # noqa: F811
    """Regression: a NULL unit among unit names raised "'<' not supported between 'float' and 'str'"."""
    from dashboard.labels import UNKNOWN_UNIT

    gd = "广东省工业和信息化厅"
    _warehouse_copy(dashboard_warehouse, tmp_path, monkeypatch,
                    ("UPDATE documents SET unit = NULL WHERE unit IN (?, ?)", [gd, QINGYUAN]))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    for page in ANALYSIS_PAGES:
        open_page(at, page)
    open_page(at, "pages/4_分类与任务.py")
    for basis in ("items", "chars"):
        at.radio(key="basis").set_value(basis).run()
        assert not at.exception, [e.value for e in at.exception]
        heat = next(fig for title, fig in figures(at).items() if title.startswith("分类分布"))
        assert UNKNOWN_UNIT in heat["data"][0]["y"]
    workload = next(df for df in frames(at) if "牵头任务数" in df.columns)
    assert workload["牵头部门"].iloc[0] == "法规处"
    open_page(at, "pages/2_指标对比.py")
    at.selectbox(key="group").set_value("licenses").run()
    at.selectbox(key="indicator").set_value("license_cases").run()
    assert UNKNOWN_UNIT in set(frames(at)[0]["单位"])


def test_overview_with_many_units_summarises_it(dashboard_warehouse, tmp_path, monkeypatch):  # noqa: F811
    from dashboard import queries as q

    n_more = q.MAX_HEATMAP_UNITS + 10
    statements = []
    for n in range(n_more):
        unit = f"测试市{n:02d}局"
        statements += [
            ("INSERT INTO documents SELECT * REPLACE (? AS doc_id, ? AS unit) FROM documents "
             "WHERE unit = ?", [f"extra{n:02d}", unit, SHANDONG]),
            ("INSERT INTO coverage SELECT DISTINCT ?, metric_group, group_zh, '未提及', 0 FROM coverage", [unit]),
        ]
    _warehouse_copy(dashboard_warehouse, tmp_path, monkeypatch, *statements)
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    n_units = 5 + n_more
    assert metric(at, "单位") == str(n_units)
    captions = " ".join(c.value for c in at.caption)
    assert f"共 {n_units} 个单位，这里显示 {q.MAX_HEATMAP_UNITS} 个" in captions
    assert "按年份汇总" in captions
    shown = figures(at)
    assert len(shown) == 3  # heatmap of the leading units, summary of all, documents per year
    units = shown["指标覆盖：单位 × 指标组"]["data"][0]["y"]
    assert len(units) == q.MAX_HEATMAP_UNITS and QINGYUAN in units
    summary = shown["各指标组的报告情况（单位数）"]["data"]
    assert all(sum(v) == n_units for v in zip(*(trace["x"] for trace in summary)))
    assert "各年文档数" in shown
    labels = [b.proto.label for b in at.get("download_button")]
    assert f"下载全部 {n_units} 个单位的覆盖情况（CSV）" in labels


def test_download_page_previews_a_table(app):
    open_page(app, "pages/8_数据下载.py")
    preview = next(df for df in frames(app) if "doc_id" in df.columns)
    assert len(preview) == 5 and "normalized_text" not in preview.columns
    assert any("documents 的前 5 行（共 5 行）" in c.value for c in app.caption)
    app.selectbox(key="preview_table").set_value("paragraphs").run()
    assert not app.exception
    assert any("长文本只显示前" in c.value for c in app.caption)
    preview = next(df for df in frames(app) if "paragraph_id" in df.columns)
    from dashboard import queries as q

    assert len(preview) == min(q.PREVIEW_ROWS, int(q.run(q.q_table_count("paragraphs", q.Filters()))["n"].iloc[0]))


def test_excel_is_offered_only_for_a_workbook_that_can_be_built(app, monkeypatch):
    from dashboard import exports

    open_page(app, "pages/8_数据下载.py")
    assert not app.get("download_button")[0].proto.disabled
    monkeypatch.setattr(exports, "EXCEL_MAX_TOTAL_ROWS", 100)
    app.run()
    button = app.get("download_button")[0]
    assert button.proto.label.startswith("下载全部表（Excel") and button.proto.disabled
    assert any("超过一个 Excel 文件的上限 100 行" in c.value for c in app.caption)
    assert not any(b.proto.disabled for b in app.get("download_button")[1:])  # every CSV is still there
