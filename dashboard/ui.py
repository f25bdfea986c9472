"""Small Streamlit render helpers shared by the pages (charts with downloads, empty notices)."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from . import charts, exports, queries as q, views
from .filters import describe
from .labels import KIND_ZH

COLUMN_ZH = {
    "unit": "单位", "region": "省份", "level": "层级", "year": "年份", "doc_year": "文档年份", "doc_type": "文档类型",
    "title": "标题", "issued": "发文日期", "source_name": "源文件", "n_sections": "章节数", "n_items": "条目数",
    "n_metrics": "数值数", "n_chars": "字数", "header_missing": "缺少文头", "metric_group": "指标组", "group_zh": "指标组",
    "status": "状态", "code": "指标代码", "name_zh": "指标", "label": "原文指标", "kind": "类别", "value": "数值",
    "value_text": "原文数值", "measure": "单位词", "qualifier": "限定", "scope": "范围", "quote": "原文",
    "category": "分类代码", "category_zh": "分类", "share": "占比", "amount": "数量", "department": "牵头部门",
    "section_number": "部分", "section_title": "部分标题", "number": "序号", "leads": "牵头部门", "lead_note": "分工原文",
    "term": "关键词", "term_count": "次数", "weight": "权重", "rank": "排名", "issue": "问题代码", "issue_zh": "问题",
    "severity": "严重程度", "issue_count": "次数", "example": "示例", "description": "说明", "context": "上下文",
    "offset": "位置", "doc": "文档", "n_values": "数值个数",
}


def zh_frame(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The listed columns of df, renamed to Chinese headers."""
    keep = [c for c in columns if c in df.columns]
    return df[keep].rename(columns={c: COLUMN_ZH.get(c, c) for c in keep})


def require_warehouse() -> None:
    """Stop the page with a friendly message when the warehouse file is missing."""
    if not q.warehouse_ready():
        st.error(f"尚未找到数据仓库：`{q.db_path()}`。请先运行 `python -m etl build` 生成数据。")
        st.stop()


def filter_caption(f: q.Filters) -> None:
    """One grey line saying what the page is showing."""
    st.caption(f"当前范围：{describe(f)}")


def empty(message: str = "当前筛选条件下没有数据，请放宽左侧筛选条件。") -> None:
    """A friendly notice instead of an empty chart."""
    st.info(message, icon="ℹ️")


def csv_button(df: pd.DataFrame, filename: str, key: str, label: str = "下载数据（CSV）") -> None:
    """A CSV download (UTF-8 with BOM, formula cells neutralised)."""
    st.download_button(label, data=exports.to_csv_bytes(df), file_name=f"{filename}.csv",
                       mime="text/csv", key=key, icon=":material/download:", on_click="ignore")


def lazy_csv_button(query: q.Query, filename: str, key: str, label: str, shape=None) -> None:
    """A CSV download whose query runs (and file is encoded) only when clicked; shape turns rows into the sheet."""
    def data() -> bytes:
        rows = q.run(query, cache=False)
        return exports.to_csv_bytes(shape(rows) if shape else rows)

    st.download_button(label, data=data, file_name=f"{filename}.csv", mime="text/csv", key=key,
                       icon=":material/download:", on_click="ignore")


def lazy_table_csv_button(name: str, f: q.Filters, key: str) -> None:
    """A CSV download of a whole table, queried and encoded only when clicked."""
    lazy_csv_button(q.export_table(name, f), name, key, f"{name}.csv")


def capped(n_shown: int, n_total: int, what: str, how: str = "可用左侧筛选缩小范围。") -> None:
    """A caption saying that only n_shown of n_total are drawn, and how to see others (nothing when all are)."""
    if n_shown < n_total:
        st.caption(f"共 {n_total:,} {what}，这里显示 {n_shown:,} 个；{how}")


def chart(fig: go.Figure, data: pd.DataFrame, filename: str, key: str, select: bool = False):
    """A plotly chart with PNG export and its data as CSV right below it; returns the selection event."""
    event = st.plotly_chart(
        fig, width="stretch", theme=None, key=key, config=charts.plotly_config(filename),
        on_select="rerun" if select else "ignore", selection_mode=("points",),
    )
    csv_button(data, filename, key=f"{key}_csv", label="下载图表数据（CSV）")
    return event


def table(df: pd.DataFrame, filename: str, key: str, height: int | str = "auto") -> None:
    """A dataframe with its CSV download."""
    st.dataframe(df, width="stretch", hide_index=True, height=height, key=key)
    csv_button(df, filename, key=f"{key}_csv")


@st.cache_data(max_entries=2, show_spinner="正在生成 Excel…")
def _workbook(identity: tuple, f: q.Filters) -> bytes:
    """All export tables plus the data dictionary as one xlsx, cached per warehouse version and filters."""
    tables = {name: q.run(q.export_table(name, f), cache=False) for name in q.EXPORT_TABLES}
    return exports.to_excel_bytes(tables, q.run(q.q_data_dictionary()))


def workbook_bytes(f: q.Filters) -> bytes:
    """The Excel workbook for the current warehouse and filters."""
    return _workbook(q.db_identity(), f)


def selected_ids(event) -> list[str]:
    """metric_ids (customdata[0]) of the points selected in a plotly event."""
    try:
        points = event.selection.points
    except AttributeError:
        return []
    ids = []
    for p in points or []:
        data = p.get("customdata")
        if isinstance(data, (list, tuple)) and data:
            ids.append(str(data[0]))
        elif isinstance(data, str):
            ids.append(data)
    return ids


def indicator_picker(f: q.Filters, key_prefix: str = "") -> tuple[str | None, dict[str, str], str]:
    """Group, indicator and actual/target widgets (bound to the URL); returns (code, code → name, kind)."""
    groups = views.order_groups(q.run(q.q_groups(f)))
    group_names = dict(zip(groups["metric_group"], groups["group_zh"]))
    c1, c2, c3 = st.columns([1, 2, 1])
    group = c1.selectbox("指标组", list(group_names), format_func=group_names.get, key=f"{key_prefix}group",
                         bind="query-params")
    indicators = q.run(q.q_indicators(f, group)) if group else groups.iloc[0:0]
    names = dict(zip(indicators["code"], indicators["name_zh"])) if len(indicators) else {}
    code = c2.selectbox("指标", list(names), format_func=names.get, key=f"{key_prefix}indicator", bind="query-params")
    kind = c3.radio("口径", list(KIND_ZH), format_func=KIND_ZH.get, key=f"{key_prefix}kind", bind="query-params",
                    horizontal=True)
    return code, names, kind
