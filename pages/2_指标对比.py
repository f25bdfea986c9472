"""指标对比: one indicator across units, coloured by year, with the sentences the numbers come from."""
import streamlit as st

from dashboard import charts, filters, queries as q, ui, views
from dashboard.labels import KIND_ZH

f = filters.current()
st.title("指标对比")
ui.filter_caption(f)

groups = views.order_groups(q.run(q.q_groups(f)))
group_names = dict(zip(groups["metric_group"], groups["group_zh"]))
c1, c2, c3 = st.columns([1, 2, 1])
group = c1.selectbox("指标组", list(group_names), format_func=group_names.get, key="group", bind="query-params")
indicators = q.run(q.q_indicators(f, group)) if group else groups.iloc[0:0]
names = dict(zip(indicators["code"], indicators["name_zh"])) if len(indicators) else {}
code = c2.selectbox("指标", list(names), format_func=names.get, key="indicator", bind="query-params")
kind = c3.radio("口径", list(KIND_ZH), format_func=KIND_ZH.get, key="kind", bind="query-params", horizontal=True)
if not code:
    ui.empty("该指标组没有可选指标。")
    st.stop()

values = q.run(q.q_headline(f, code, (kind,)))
if values.empty:
    ui.empty(f"「{names[code]}」在当前筛选范围内没有{KIND_ZH[kind]}数值，可换一个指标或放宽筛选。")
    st.stop()

left, right = st.columns([3, 2])
with left:
    event = ui.chart(charts.metric_bars(values, f"{names[code]}（{KIND_ZH[kind]}）"), views.headline_table(values),
                     f"指标对比_{names[code]}", key="bars", select=True)
    if views.has_inexact(values):
        st.caption("斜线、半透明的柱子是约数或下限（如“580余”“不少于2”），不是精确数。")
with right:
    st.markdown("**数值表**")
    st.dataframe(views.headline_table(values)[["单位", "年份", "原文数值", "限定"]], hide_index=True, width="stretch")

picked = ui.selected_ids(event)
st.subheader("原文出处" + ("（所选柱子）" if picked else "（全部数值）"))
st.caption("点击柱子只看它的原文；双击空白处取消选择。" if not picked else "再次点击空白处可显示全部原文。")
ui.table(views.quotes_for(values, picked), f"原文出处_{names[code]}", key="quotes")
