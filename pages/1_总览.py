"""总览: how much there is, which indicator groups each unit reports, and when documents were issued."""
import streamlit as st

from dashboard import charts, filters, queries as q, ui, views

f = filters.current()
st.title("法治政府建设对标 · 总览")
ui.filter_caption(f)

counts = q.run(q.q_overview_counts(f)).iloc[0]
n_docs, n_units = int(counts["n_documents"]), int(counts["n_units"])
if n_docs == 0:
    ui.empty()
    st.stop()

c1, c2, c3, c4, c5 = st.columns(5)
c1.metric("文档", n_docs)
c2.metric("单位", n_units)
c3.metric("省份", int(counts["n_regions"]))
c4.metric("年份", int(counts["n_years"]), help=f"{counts['year_min']}–{counts['year_max']}年")
c5.metric("指标", int(counts["n_indicators"]), help=f"共提取数值 {int(counts['n_figures'])} 个")

st.subheader("指标覆盖")
st.caption("已报告＝有实际完成数；仅目标＝只提出目标；未提及＝该组没有任何数值。")
coverage = q.run(q.q_coverage(f))
if coverage.empty:
    ui.empty()
else:
    n_covered = int(coverage["n_units"].iloc[0])
    ui.capped(coverage["unit"].nunique(), n_covered, "个单位",
              f"热力图画出报告指标组最多的 {q.MAX_HEATMAP_UNITS} 个，下方条形图汇总全部单位；可用左侧筛选选择单位。")
    ui.chart(charts.coverage_heatmap(coverage), views.coverage_table(coverage), "指标覆盖", key="coverage")
    if n_covered > coverage["unit"].nunique():
        summary = q.run(q.q_coverage_summary(f))
        ui.chart(charts.coverage_summary(summary), views.coverage_summary_table(summary), "指标覆盖汇总",
                 key="coverage_summary")
        ui.lazy_csv_button(q.export_coverage(f), "指标覆盖_全部单位", key="coverage_all",
                           label=f"下载全部 {n_covered:,} 个单位的覆盖情况（CSV）", shape=views.coverage_table)

st.subheader("文档时间分布")
if n_units <= q.MAX_TIMELINE_UNITS:
    docs = q.run(q.q_timeline(f, q.MAX_TIMELINE_DOCS))
    ui.capped(len(docs), n_docs, "份文档", f"图中画出最新的 {q.MAX_TIMELINE_DOCS} 份。")
    ui.chart(charts.documents_timeline(docs), views.documents_table(docs), "文档时间分布", key="timeline")
else:
    st.caption(f"{n_units:,} 个单位，按年份汇总；在左侧选择不超过 {q.MAX_TIMELINE_UNITS} 个单位可看各单位的发文时间。")
    years = q.run(q.q_year_counts(f))
    ui.chart(charts.documents_per_year(years), views.year_counts_table(years), "各年文档数", key="timeline")
with st.expander("文档清单", expanded=False):
    listed = q.run(q.q_timeline(f))
    ui.capped(len(listed), n_docs, "份文档", f"清单列出最新的 {q.PREVIEW_ROWS} 份；可下载全部清单，或用左侧筛选缩小范围。")
    ui.table(views.documents_table(listed), "文档清单", key="doc_list")
    if len(listed) < n_docs:
        ui.lazy_csv_button(q.export_timeline(f), "文档清单_全部", key="doc_list_all",
                           label=f"下载全部 {n_docs:,} 份文档的清单（CSV）", shape=views.documents_table)
