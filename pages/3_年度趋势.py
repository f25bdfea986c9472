"""年度趋势: an indicator over the years, one line per unit."""
import streamlit as st

from dashboard import charts, filters, queries as q, ui, views
from dashboard.labels import KIND_ZH

f = filters.current()
st.title("年度趋势")
ui.filter_caption(f)

code, names, kind = ui.indicator_picker(f, "t_")
if not code:
    ui.empty("该指标组没有可选指标。")
    st.stop()

values = q.run(q.q_headline(f, code, (kind,), q.MAX_SERIES))
if values.empty:
    ui.empty(f"「{names[code]}」在当前筛选范围内没有{KIND_ZH[kind]}数值。")
    st.stop()
n_units, n_values = int(values["n_units"].iloc[0]), int(values["n_values"].iloc[0])
ui.capped(values["unit"].nunique(), n_units, "个单位有该数值",
          f"图和表显示数据年份最多、最近一年数值最大的 {q.MAX_SERIES} 个单位；可用左侧筛选选择单位，或下载全部数值。")
if values["year"].nunique() == 1:
    st.caption("目前只有一个年份的数据，以散点显示；有更多年份后将连成折线。")
ui.chart(charts.trend_lines(values, f"{names[code]}（{KIND_ZH[kind]}）年度变化"), views.headline_table(values),
         f"年度趋势_{names[code]}", key="trend")
ui.table(views.headline_table(values), f"年度趋势数值_{names[code]}", key="trend_table")
if n_values > len(values):
    ui.lazy_csv_button(q.export_headline(f, code, (kind,)), f"年度趋势数值_{names[code]}_全部", key="trend_all",
                       label=f"下载全部 {n_units:,} 个单位的 {n_values:,} 个数值（CSV）", shape=views.headline_table)
