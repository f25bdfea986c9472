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

values = q.run(q.q_headline(f, code, (kind,)))
if values.empty:
    ui.empty(f"「{names[code]}」在当前筛选范围内没有{KIND_ZH[kind]}数值。")
    st.stop()
shown = views.top_units(values)
if len(shown) < len(values):
    st.caption(f"共 {values['unit'].nunique()} 个单位，图中显示数据年份最多的 {views.MAX_SERIES} 个；"
               "表格列出全部。可用左侧筛选选择单位。")
if values["year"].nunique() == 1:
    st.caption("目前只有一个年份的数据，以散点显示；有更多年份后将连成折线。")
ui.chart(charts.trend_lines(shown, f"{names[code]}（{KIND_ZH[kind]}）年度变化"), views.headline_table(shown),
         f"年度趋势_{names[code]}", key="trend")
ui.table(views.headline_table(values), f"年度趋势数值_{names[code]}", key="trend_table")
