"""分类与任务: where each unit puts its effort, each plan's task list, and which departments lead."""
import streamlit as st

from dashboard import charts, filters, queries as q, ui, views
from dashboard.labels import OTHER_UNITS

BASES = {"items": "任务条目数", "chars": "段落字数"}

f = filters.current()
st.title("分类与任务")
ui.filter_caption(f)

basis = st.radio("占比口径", list(BASES), format_func=BASES.get, key="basis", bind="query-params", horizontal=True)
shares = q.run(q.q_category_share(f, basis))
if shares.empty:
    ui.empty("当前筛选范围内没有已分类的条目或段落。")
else:
    n_units = int(shares["n_units"].iloc[0])
    ui.capped(shares["unit"].nunique(), n_units, "个单位",
              f"热力图显示{BASES[basis]}最多的 {q.MAX_HEATMAP_UNITS} 个；可用左侧筛选选择单位，或下载全部单位的占比。")
    ui.chart(charts.category_heatmap(shares, BASES[basis]), views.category_table(shares), "分类分布", key="cat_heat")
    if n_units > shares["unit"].nunique():
        ui.lazy_csv_button(q.export_category_share(f, basis), "分类分布_全部单位", key="cat_all",
                           label=f"下载全部 {n_units:,} 个单位的分类占比（CSV）", shape=views.category_table)

st.subheader("任务清单")
plans = q.run(q.q_plans(f))
if plans.empty:
    ui.empty("当前筛选范围内没有带编号任务的文档。")
else:
    labels = views.plan_options(plans)
    doc_id = st.selectbox("文档", list(labels), format_func=labels.get, key="plan", bind="query-params",
                          help=f"共 {len(labels):,} 份，可输入单位名称查找")
    items = q.run(q.q_items(f, doc_id))
    st.caption(f"共 {len(items)} 项任务")
    if items.empty:
        ui.empty("该文档在所选分类下没有任务。")
    else:
        ui.table(views.items_table(items), "任务清单", key="items")

st.subheader("牵头部门工作量")
departments = q.run(q.q_lead_departments(f))
if departments.empty:
    ui.empty("当前筛选范围内没有写明牵头部门的任务。")
else:
    workload = q.run(q.q_lead_workload(f))
    ui.capped(workload["department"].nunique(), len(departments), "个牵头部门",
              f"图中画出牵头任务最多的 {q.MAX_DEPARTMENTS} 个，右表列出全部。")
    if OTHER_UNITS in set(workload["unit"]):
        st.caption(f"每个部门按单位分色，只分出任务最多的 {q.MAX_STACKED_UNITS} 个单位，其余合为“{OTHER_UNITS}”。")
    left, right = st.columns([3, 2])
    with left:
        ui.chart(charts.workload_bars(workload), views.workload_table(departments), "牵头部门工作量", key="workload")
    with right:
        st.dataframe(views.workload_table(departments), hide_index=True, width="stretch")
        ui.lazy_csv_button(q.export_lead_workload(f), "牵头部门工作量_按单位", key="workload_all",
                           label="下载各部门在每个单位的牵头任务数（CSV）")
