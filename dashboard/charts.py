"""Pure plotly figure builders: DataFrame in, Figure out (no Streamlit, no SQL)."""
from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from .labels import (COVERAGE_ORDER, DOC_TYPE_ZH, INEXACT, QUALIFIER_ZH, UNKNOWN_UNIT, category_rank, format_value,
                     group_rank, zh)

FONT = "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif"
PALETTE = ["#1f5fa8", "#d9822b", "#2e8b57", "#b03a48", "#6a51a3", "#8c6d31", "#17becf", "#7f7f7f"]
COVERAGE_COLORS = {"已报告": "#2e8b57", "仅目标": "#f0b429", "未提及": "#e4e7eb"}


def plotly_config(filename: str) -> dict:
    """Plotly config: PNG download named after the chart, CJK-safe."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
        "modeBarButtonsToRemove": ["lasso2d"],
    }


def label_margin(labels, per_char: int = 14, floor: int = 40, cap: int = 340) -> int:
    """Pixels needed for the longest tick label (CJK characters are about one font size wide)."""
    longest = max((len(str(x)) for x in labels), default=0)
    return max(floor, min(cap, per_char * longest + 16))


def _layout(fig: go.Figure, title: str, height: int | None = None, left: int = 50, bottom: int = 40,
            top: int = 60) -> go.Figure:
    """Shared look: CJK font, title, white background, margins that fit the tick labels."""
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        font={"family": FONT, "size": 13},
        margin={"l": left, "r": 20, "t": top, "b": bottom},
        plot_bgcolor="white",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 1, "xanchor": "right"},
        hoverlabel={"font": {"family": FONT}},
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    if height:
        fig.update_layout(height=height)
    return fig


def empty_figure(message: str) -> go.Figure:
    """A blank figure that says why it is blank."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font={"size": 16})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _layout(fig, "")


def _pivot(df: pd.DataFrame, index: str, columns: str, values: str, aggfunc: str, rows: list,
           cols: list) -> pd.DataFrame:
    """A pivot table in a fixed row and column order."""
    table = df.pivot_table(index=index, columns=columns, values=values, aggfunc=aggfunc)
    return table.reindex(index=rows, columns=cols)


def _named_units(df: pd.DataFrame) -> pd.DataFrame:
    """df with a missing unit shown as UNKNOWN_UNIT, so its rows stay in pivots and sorts (no NaN among strings)."""
    if "unit" not in df.columns or not df["unit"].isna().any():
        return df
    return df.assign(unit=df["unit"].astype(object).where(df["unit"].notna(), UNKNOWN_UNIT))


def _esc(value) -> str:
    """Escape a value for a plotly hover template (which renders HTML)."""
    return html.escape("" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value))


def coverage_heatmap(df: pd.DataFrame) -> go.Figure:
    """Unit × indicator group, coloured 已报告 / 仅目标 / 未提及."""
    if df.empty:
        return empty_figure("没有符合筛选条件的数据")
    df = _named_units(df)
    codes = {s: i for i, s in enumerate(reversed(COVERAGE_ORDER))}  # 未提及 0, 仅目标 1, 已报告 2
    ordered = df.assign(_o=df["metric_group"].map(group_rank)).sort_values(["_o", "metric_group"])
    groups = list(dict.fromkeys(ordered["group_zh"]))
    units = list(dict.fromkeys(df.sort_values("unit")["unit"]))
    status = _pivot(df, "unit", "group_zh", "status", "first", units, groups)
    counts = _pivot(df, "unit", "group_zh", "n_metrics", "sum", units, groups)
    z = status.apply(lambda col: col.map(codes)).fillna(0).to_numpy()
    text = status.fillna("未提及").to_numpy()
    colorscale = [
        [0.0, COVERAGE_COLORS["未提及"]], [0.33, COVERAGE_COLORS["未提及"]],
        [0.34, COVERAGE_COLORS["仅目标"]], [0.66, COVERAGE_COLORS["仅目标"]],
        [0.67, COVERAGE_COLORS["已报告"]], [1.0, COVERAGE_COLORS["已报告"]],
    ]
    fig = go.Figure(go.Heatmap(
        z=z, x=groups, y=units, text=text, texttemplate="%{text}", customdata=counts.fillna(0).to_numpy(),
        colorscale=colorscale, zmin=0, zmax=2, showscale=False, xgap=2, ygap=2,
        hovertemplate="%{y}<br>%{x}：%{text}（%{customdata}个数值）<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(side="top")
    return _layout(fig, "指标覆盖：单位 × 指标组", height=170 + 48 * len(units), left=label_margin(units),
                   top=110, bottom=10)


def documents_timeline(df: pd.DataFrame) -> go.Figure:
    """Documents as points on a year axis, one row per unit, symbol by type."""
    if df.empty:
        return empty_figure("没有符合筛选条件的文档")
    df = _named_units(df)
    fig = go.Figure()
    symbols = {"report": "circle", "plan": "diamond"}
    for i, (doc_type, part) in enumerate(df.groupby(df["doc_type"].fillna("unknown"), sort=True)):
        fig.add_trace(go.Scatter(
            x=part["year"], y=part["unit"], mode="markers+text", name=zh(DOC_TYPE_ZH, doc_type) or "未识别",
            text=[zh(DOC_TYPE_ZH, t) for t in part["doc_type"]], textposition="top center",
            marker={"size": 16, "symbol": symbols.get(doc_type, "square"), "color": PALETTE[i % len(PALETTE)]},
            customdata=[[_esc(t), _esc(n), _esc(m)]
                        for t, n, m in zip(part["title"], part["n_items"], part["n_metrics"])],
            hovertemplate="%{y} %{x}年<br>%{customdata[0]}<br>条目 %{customdata[1]}，数值 %{customdata[2]}<extra></extra>",
        ))
    fig.update_xaxes(dtick=1, tickformat="d", title="年份", showgrid=True, gridcolor="#eee")
    fig.update_yaxes(title=None)
    return _layout(fig, "文档年度分布", height=160 + 45 * df["unit"].nunique(), left=label_margin(df["unit"].unique()),
                   bottom=50)


def _point_labels(df: pd.DataFrame) -> list[str]:
    """Text labels as written (580余, 不少于2)."""
    return [format_value(v, q, m) for v, q, m in zip(df["value"], df["qualifier"], df["measure"])]


def metric_bars(df: pd.DataFrame, title: str) -> go.Figure:
    """Bars by unit coloured by year; approximate/lower-bound values hatched and lighter."""
    if df.empty:
        return empty_figure("该指标在筛选范围内没有数值")
    df = _named_units(df)
    fig = go.Figure()
    data = df.sort_values(["year", "unit"])
    for i, (year, part) in enumerate(data.groupby("year", sort=True)):
        inexact = part["qualifier"].isin(INEXACT)
        fig.add_trace(go.Bar(
            x=part["unit"], y=part["value"], name=f"{int(year)}年",
            text=_point_labels(part), textposition="outside", cliponaxis=False,
            marker={
                "color": PALETTE[i % len(PALETTE)],
                "opacity": [0.5 if x else 1.0 for x in inexact],
                "pattern": {"shape": ["/" if x else "" for x in inexact], "solidity": 0.35},
                "line": {"color": PALETTE[i % len(PALETTE)], "width": 1.5},
            },
            customdata=list(zip(part["metric_id"], [_esc(zh(QUALIFIER_ZH, q)) for q in part["qualifier"]],
                                [_esc(q) for q in part["quote"]])),
            hovertemplate="%{x}<br>%{text}（%{customdata[1]}）<br>原文：%{customdata[2]}<extra></extra>",
        ))
    measure = next((m for m in df["measure"].dropna()), "")
    fig.update_layout(barmode="group", bargap=0.25, showlegend=True, legend_title_text="年份")
    fig.update_yaxes(title=measure or None, rangemode="tozero", gridcolor="#eee")
    fig.update_xaxes(title=None)
    n_units = df["unit"].nunique()
    if n_units > 4:
        fig.update_xaxes(tickangle=-30)
    bottom = 60 if n_units <= 4 else label_margin(df["unit"].unique(), per_char=9, cap=200)
    return _layout(fig, title, height=480, bottom=bottom)


def trend_lines(df: pd.DataFrame, title: str) -> go.Figure:
    """One line per unit over years; a single year is drawn as points."""
    if df.empty:
        return empty_figure("该指标在筛选范围内没有数值")
    df = _named_units(df)
    fig = go.Figure()
    single_year = df["year"].nunique() <= 1
    for i, (unit, part) in enumerate(df.sort_values("year").groupby("unit", sort=True)):
        inexact = part["qualifier"].isin(INEXACT)
        fig.add_trace(go.Scatter(
            x=part["year"], y=part["value"], name=unit,
            mode="markers+text" if single_year or len(part) == 1 else "lines+markers+text",
            text=_point_labels(part), textposition="top center",
            line={"color": PALETTE[i % len(PALETTE)], "width": 2},
            marker={"size": 11, "color": PALETTE[i % len(PALETTE)],
                    "symbol": ["circle-open" if x else "circle" for x in inexact]},
            customdata=[[_esc(q)] for q in part["quote"]],
            hovertemplate=f"{_esc(unit)}<br>%{{x}}年：%{{text}}<br>原文：%{{customdata[0]}}<extra></extra>",
        ))
    years = sorted(int(y) for y in df["year"].unique())
    fig.update_xaxes(tickmode="array", tickvals=years, ticktext=[f"{y}年" for y in years], title=None, gridcolor="#eee")
    if single_year:
        fig.update_xaxes(range=[years[0] - 1, years[0] + 1])
    fig.update_yaxes(rangemode="tozero", gridcolor="#eee", title=next((m for m in df["measure"].dropna()), None))
    fig = _layout(fig, title, height=460)
    fig.update_layout(legend={"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top"})
    return fig


def category_heatmap(df: pd.DataFrame, basis_label: str) -> go.Figure:
    """Unit × category share as a heatmap with percentage labels."""
    if df.empty:
        return empty_figure("没有分类数据")
    df = _named_units(df)
    units = sorted(df["unit"].unique())
    ordered = df.assign(_o=df["category"].map(category_rank)).sort_values(["_o", "category"])
    cats = list(dict.fromkeys(ordered["category_zh"].fillna(ordered["category"])))
    data = df.assign(category_zh=df["category_zh"].fillna(df["category"]))
    share = _pivot(data, "unit", "category_zh", "share", "sum", units, cats)
    amount = _pivot(data, "unit", "category_zh", "amount", "sum", units, cats)
    text = share.map(lambda v: "" if pd.isna(v) else f"{v:.0%}").to_numpy()
    fig = go.Figure(go.Heatmap(
        z=share.fillna(0).to_numpy(), x=[c.split("（")[0] for c in cats], y=units, text=text, texttemplate="%{text}",
        customdata=amount.fillna(0).to_numpy(), colorscale="Blues", zmin=0, xgap=2, ygap=2,
        colorbar={"title": "占比", "tickformat": ".0%"},
        hovertemplate=f"%{{y}}<br>%{{x}}：%{{z:.1%}}（{_esc(basis_label)} %{{customdata}}）<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(tickangle=-30)
    return _layout(fig, f"分类分布（{basis_label}占比）", height=200 + 50 * len(units), left=label_margin(units),
                   bottom=label_margin([c.split("（")[0] for c in cats], per_char=9, cap=160))


def workload_bars(df: pd.DataFrame) -> go.Figure:
    """Items led per department, stacked by unit."""
    if df.empty:
        return empty_figure("没有牵头部门数据")
    df = _named_units(df)
    order = df.groupby("department")["n_items"].sum().sort_values().index.tolist()
    fig = go.Figure()
    for i, (unit, part) in enumerate(df.groupby("unit", sort=True)):
        fig.add_trace(go.Bar(
            y=part["department"], x=part["n_items"], name=unit, orientation="h",
            marker={"color": PALETTE[i % len(PALETTE)]}, text=part["n_items"], textposition="auto",
            hovertemplate=f"{_esc(unit)}<br>%{{y}}：牵头 %{{x}} 项<extra></extra>",
        ))
    fig.update_layout(barmode="stack")
    fig.update_yaxes(categoryorder="array", categoryarray=order, title=None)
    fig.update_xaxes(title="牵头任务数", gridcolor="#eee", dtick=1 if df["n_items"].max() <= 10 else None)
    return _layout(fig, "牵头部门工作量", height=180 + 30 * len(order), left=label_margin(order))


def quality_matrix(df: pd.DataFrame) -> go.Figure:
    """Document × issue matrix of flag counts."""
    if df.empty:
        return empty_figure("筛选范围内没有质量问题")
    data = df.assign(doc=[f"{u if isinstance(u, str) else UNKNOWN_UNIT} {int(y) if pd.notna(y) else ''}".strip()
                          for u, y in zip(df["unit"], df["year"])])
    docs = sorted(data["doc"].unique())
    issues = sorted(data["issue_zh"].unique())
    counts = _pivot(data, "doc", "issue_zh", "issue_count", "sum", docs, issues)
    text = counts.map(lambda v: "" if pd.isna(v) else str(int(v))).to_numpy()
    fig = go.Figure(go.Heatmap(
        z=counts.notna().astype(int).to_numpy(), x=issues, y=docs, text=text, texttemplate="%{text}",
        colorscale=[[0, "#f5f7fa"], [1, "#e8833a"]], zmin=0, zmax=1, showscale=False, xgap=2, ygap=2,
        hovertemplate="%{y}<br>%{x}：%{text}处<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(tickangle=-30)
    return _layout(fig, "文档 × 质量问题（数字为出现次数）", height=200 + 50 * len(docs), left=label_margin(docs),
                   bottom=label_margin(issues, per_char=9, cap=160))


def coverage_summary(df: pd.DataFrame) -> go.Figure:
    """Per indicator group: how many units reported it, set only targets, or did not mention it (stacked bars)."""
    if df.empty:
        return empty_figure("没有符合筛选条件的数据")
    ordered = df.assign(_o=df["metric_group"].map(group_rank)).sort_values(["_o", "metric_group"])
    groups = list(dict.fromkeys(ordered["group_zh"]))
    fig = go.Figure()
    for status in COVERAGE_ORDER:
        part = df[df["status"] == status].set_index("group_zh")["n_units"].reindex(groups).fillna(0).astype(int)
        fig.add_trace(go.Bar(
            y=groups, x=part.tolist(), name=status, orientation="h", marker={"color": COVERAGE_COLORS[status]},
            text=[str(v) if v else "" for v in part], textposition="inside",
            hovertemplate=f"%{{y}}：{status} %{{x}} 个单位<extra></extra>",
        ))
    fig.update_layout(barmode="stack")
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title="单位数", gridcolor="#eee")
    return _layout(fig, "各指标组的报告情况（单位数）", height=140 + 34 * len(groups), left=label_margin(groups))


def documents_per_year(df: pd.DataFrame) -> go.Figure:
    """Documents per year, stacked by document type."""
    data = df.dropna(subset=["year"]) if not df.empty else df
    if data.empty:
        return empty_figure("没有符合筛选条件的文档")
    fig = go.Figure()
    for i, (doc_type, part) in enumerate(data.groupby(data["doc_type"].fillna("unknown"), sort=True)):
        fig.add_trace(go.Bar(
            x=part["year"].astype(int), y=part["n_documents"], name=zh(DOC_TYPE_ZH, doc_type) or "未识别",
            marker={"color": PALETTE[i % len(PALETTE)]}, customdata=part["n_units"],
            hovertemplate="%{x}年：%{y} 份（%{customdata} 个单位）<extra></extra>",
        ))
    years = sorted(int(y) for y in data["year"].unique())
    fig.update_layout(barmode="stack")
    fig.update_xaxes(tickmode="array", tickvals=years, ticktext=[f"{y}年" for y in years], title=None)
    fig.update_yaxes(title="文档数", gridcolor="#eee")
    return _layout(fig, "各年文档数", height=380)


def quality_by_issue(df: pd.DataFrame) -> go.Figure:
    """Per quality issue: how many documents have it."""
    if df.empty:
        return empty_figure("筛选范围内没有质量问题")
    data = df.sort_values(["n_docs", "issue"], ascending=[True, False])
    fig = go.Figure(go.Bar(
        y=data["issue_zh"], x=data["n_docs"], orientation="h", marker={"color": "#e8833a"}, text=data["n_docs"],
        textposition="auto", customdata=data["issue_count"],
        hovertemplate="%{y}：%{x} 个文档，共 %{customdata} 处<extra></extra>",
    ))
    fig.update_xaxes(title="文档数", gridcolor="#eee")
    fig.update_yaxes(title=None)
    return _layout(fig, "各类质量问题涉及的文档数", height=160 + 34 * len(data), left=label_margin(data["issue_zh"]))
