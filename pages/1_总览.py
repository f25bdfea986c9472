"""总览: how much there is, which indicator groups each unit reports, and when documents were issued."""
import streamlit as st

from dashboard import charts, filters, queries as q, ui, views

f = filters.current()
st.title("法治政府建设对标 · 总览")
ui.filter_caption(f)

counts = q.run(q.q_overview_counts(f)).iloc[0]
if int(counts["n_documents"]) == 0:
    ui.empty()
    st.stop()

c1, c2, c3, c4, c5 = st.columns(5)
c1.metric("文档", int(counts["n_documents"]))
c2.metric("单位", int(counts["n_units"]))
c3.metric("省份", int(counts["n_regions"]))
c4.metric("年份", int(counts["n_years"]), help=f"{counts['year_min']}–{counts['year_max']}年")
c5.metric("指标", int(counts["n_indicators"]), help=f"共提取数值 {int(counts['n_figures'])} 个")

st.subheader("指标覆盖")
st.caption("已报告＝有实际完成数；仅目标＝只提出目标；未提及＝该组没有任何数值。")
coverage = q.run(q.q_coverage(f))
if coverage.empty:
    ui.empty()
else:
    ui.chart(charts.coverage_heatmap(coverage), views.coverage_table(coverage), "指标覆盖", key="coverage")

st.subheader("文档时间分布")
docs = q.run(q.q_timeline(f))
ui.chart(charts.documents_timeline(docs), views.documents_table(docs), "文档时间分布", key="timeline")
with st.expander("文档清单", expanded=False):
    ui.table(views.documents_table(docs), "文档清单", key="doc_list")
