"""指标对比: one indicator across units, coloured by year, with the sentences the numbers come from."""
import streamlit as st

from dashboard import charts, filters, queries as q, ui, views
from dashboard.labels import KIND_ZH

f = filters.current()
st.title("指标对比")
ui.filter_caption(f)

code, names, kind = ui.indicator_picker(f, "")
if not code:
    ui.empty("该指标组没有可选指标。")
    st.stop()

values = q.run(q.q_headline(f, code, (kind,)))
if values.empty:
    ui.empty(f"「{names[code]}」在当前筛选范围内没有{KIND_ZH[kind]}数值，可换一个指标或放宽筛选。")
    st.stop()
n_units, n_values = int(values["n_units"].iloc[0]), int(values["n_values"].iloc[0])
ui.capped(values["unit"].nunique(), n_units, "个单位有该数值",
          f"图表和下表显示数据年份最多、最近一年数值最大的 {q.MAX_BAR_UNITS} 个单位；可用左侧筛选选择单位，或下载全部数值。")

left, right = st.columns([3, 2])
with left:
    event = ui.chart(charts.metric_bars(values, f"{names[code]}（{KIND_ZH[kind]}）"), views.headline_table(values),
                     f"指标对比_{names[code]}", key="bars", select=True)
    if views.has_inexact(values):
        st.caption("斜线、半透明的柱子是约数或下限（如“580余”“不少于2”），不是精确数。")
with right:
    st.markdown("**数值表**")
    st.dataframe(views.headline_table(values)[["单位", "年份", "原文数值", "限定"]], hide_index=True, width="stretch")
    if n_values > len(values):
        ui.lazy_csv_button(q.export_headline(f, code, (kind,)), f"指标对比_{names[code]}_全部", key="bars_all",
                           label=f"下载全部 {n_units:,} 个单位的 {n_values:,} 个数值（CSV）", shape=views.headline_table)

picked = ui.selected_ids(event)
st.subheader("原文出处" + ("（所选柱子）" if picked else "（图中全部数值）"))
st.caption("点击柱子只看它的原文；双击空白处取消选择。" if not picked else "再次点击空白处可显示全部原文。")
ui.table(views.quotes_for(values, picked), f"原文出处_{names[code]}", key="quotes")
