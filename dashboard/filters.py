"""Sidebar filters shared by all pages, bound to the URL (?region=广东) and kept across pages."""
from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import get_script_run_ctx

from . import queries as q
from .labels import DOC_TYPE_ZH, LEVEL_ZH, zh

# widget key == URL query parameter name
KEYS = {"regions": "region", "levels": "level", "units": "unit", "years": "year",
        "categories": "category", "doc_types": "doc_type"}
STATE_KEY = "fz_filters"
RUN_KEY = "fz_filters_run"
PAGE_CONFIG = {"page_title": "法治对标", "page_icon": ":material/balance:", "layout": "wide"}


def _run_token():
    """An object unique to the current script run (None outside Streamlit)."""
    ctx = get_script_run_ctx()
    return getattr(ctx, "cursors", None) if ctx is not None else None


@st.cache_data(show_spinner=False)
def _options(identity: tuple) -> dict:
    """Distinct filter values of one warehouse version."""
    opts = {col: q.run(q.q_options(col))["value"].tolist() for col in ("region", "level", "unit", "doc_type", "year")}
    cats = q.run(q.q_categories())
    opts["category"] = dict(zip(cats["code"], cats["name_zh"]))
    return opts


def options() -> dict:
    """Filter options of the current warehouse."""
    return _options(q.db_identity())


def _short(name: str) -> str:
    """Category name without its parenthesised gloss."""
    return name.split("（")[0]


def _reset() -> None:
    """Clear every filter (callback of the reset button)."""
    for key in ("region", "level", "unit", "category", "doc_type"):
        st.session_state[key] = []
    if "year" in st.session_state and "fz_year_bounds" in st.session_state:
        st.session_state["year"] = st.session_state["fz_year_bounds"]


def render_sidebar() -> q.Filters:
    """Draw the shared filters in the sidebar and return them as a Filters object."""
    opts = options()
    sb = st.sidebar
    sb.header("筛选")
    regions = sb.multiselect("省份", opts["region"], key="region", bind="query-params", placeholder="全部省份")
    levels = sb.multiselect("层级", opts["level"], key="level", bind="query-params",
                            format_func=lambda v: zh(LEVEL_ZH, v), placeholder="全部层级")
    units = sb.multiselect("单位", opts["unit"], key="unit", bind="query-params", placeholder="全部单位")
    years = None
    year_values = [int(y) for y in opts["year"]]
    if len(year_values) >= 2:
        bounds = (min(year_values), max(year_values))
        st.session_state["fz_year_bounds"] = bounds
        chosen = sb.slider("年份", min_value=bounds[0], max_value=bounds[1], value=bounds, step=1,
                           key="year", bind="query-params", format="%d年")
        years = None if tuple(chosen) == bounds else (int(chosen[0]), int(chosen[1]))
    elif year_values:
        sb.caption(f"年份：{year_values[0]}年（仅一个年份）")
    categories = sb.multiselect("分类", list(opts["category"]), key="category", bind="query-params",
                                format_func=lambda c: _short(opts["category"].get(c, c)), placeholder="全部分类",
                                help="限定任务条目、段落和指标数值所属的法治政府建设领域")
    doc_types = sb.multiselect("文档类型", opts["doc_type"], key="doc_type", bind="query-params",
                               format_func=lambda v: zh(DOC_TYPE_ZH, v), placeholder="年度报告和工作要点")
    sb.button("清除筛选", on_click=_reset, width="stretch")
    sb.caption("筛选条件写在网址里，复制链接即可分享当前视图。")
    f = q.Filters(regions=tuple(regions), levels=tuple(levels), units=tuple(units), years=years,
                  categories=tuple(categories), doc_types=tuple(doc_types))
    st.session_state[STATE_KEY] = f
    st.session_state[RUN_KEY] = _run_token()
    return f


def _leave_legacy_pages_mode() -> bool:
    """Leave Streamlit's legacy pages/ mode so app.py runs; True if a rerun is needed."""
    # Because pages/ exists, a fresh server (and every AppTest run) starts in legacy mode: a requested page
    # file runs on its own, skipping app.py, until app.py's st.navigation() switches that mode off.
    ctx = get_script_run_ctx()
    main = getattr(getattr(ctx, "pages_manager", None), "main_script_path", "")
    if PagesManager.uses_pages_directory and str(main).endswith("app.py"):
        PagesManager.uses_pages_directory = False
        return True
    return False


def current() -> q.Filters:
    """The filters app.py drew in this run; if the page ran without app.py, rerun through it (or draw them here)."""
    f = st.session_state.get(STATE_KEY)
    token = _run_token()
    drawn = st.session_state.get(RUN_KEY) is token if token is not None else f is not None
    if drawn and isinstance(f, q.Filters):
        return f
    if _leave_legacy_pages_mode():
        st.rerun()
    st.set_page_config(**PAGE_CONFIG)
    return render_sidebar()


def describe(f: q.Filters) -> str:
    """A one-line Chinese summary of the active filters."""
    parts = []
    if f.regions:
        parts.append("省份：" + "、".join(f.regions))
    if f.levels:
        parts.append("层级：" + "、".join(zh(LEVEL_ZH, v) for v in f.levels))
    if f.units:
        parts.append("单位：" + "、".join(f.units))
    if f.years:
        parts.append(f"年份：{f.years[0]}–{f.years[1]}")
    if f.categories:
        parts.append("分类：" + "、".join(f.categories))
    if f.doc_types:
        parts.append("类型：" + "、".join(zh(DOC_TYPE_ZH, v) for v in f.doc_types))
    return "；".join(parts) if parts else "全部文档"
