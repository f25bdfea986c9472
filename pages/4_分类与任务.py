"""分类与任务: where each unit puts its effort, each plan's task list, and which departments lead."""
import streamlit as st

from dashboard import charts, filters, queries as q, ui, views

BASES = {"items": "任务条目数", "chars": "段落字数"}

f = filters.current()
st.title("分类与任务")
ui.filter_caption(f)

basis = st.radio("占比口径", list(BASES), format_func=BASES.get, key="basis", bind="query-params", horizontal=True)
shares = q.run(q.q_category_share(f, basis))
if shares.empty:
    ui.empty("当前筛选范围内没有已分类的条目或段落。")
else:
    shown = views.top_by(shares, "unit", "amount", views.MAX_HEATMAP_UNITS)
    if len(shown) < len(shares):
        st.caption(f"共 {shares['unit'].nunique()} 个单位，热力图显示{BASES[basis]}最多的 {views.MAX_HEATMAP_UNITS} 个；"
                   "下载的数据包含全部单位。")
    ui.chart(charts.category_heatmap(shown, BASES[basis]), views.category_table(shares), "分类分布", key="cat_heat")

st.subheader("任务清单")
plans = q.run(q.q_plans(f))
if plans.empty:
    ui.empty("当前筛选范围内没有带编号任务的文档。")
else:
    labels = views.plan_options(plans)
    doc_id = st.selectbox("文档", list(labels), format_func=labels.get, key="plan", bind="query-params")
    items = q.run(q.q_items(f, doc_id))
    st.caption(f"共 {len(items)} 项任务")
    if items.empty:
        ui.empty("该文档在所选分类下没有任务。")
    else:
        ui.table(views.items_table(items), "任务清单", key="items")

st.subheader("牵头部门工作量")
workload = q.run(q.q_lead_workload(f))
if workload.empty:
    ui.empty("当前筛选范围内没有写明牵头部门的任务。")
else:
    left, right = st.columns([3, 2])
    with left:
        ui.chart(charts.workload_bars(views.workload_for_chart(workload)), views.workload_table(workload),
                 "牵头部门工作量", key="workload")
    with right:
        st.dataframe(views.workload_table(workload), hide_index=True, width="stretch")
