"""数据质量: every flag per document, so nobody trusts a number blindly."""
import streamlit as st

from dashboard import charts, filters, queries as q, ui, views

f = filters.current()
st.title("数据质量")
ui.filter_caption(f)
st.caption("这些问题来自原始文本本身（繁体、拼音注音、网页残留、插入广告、缺字等）。使用数字前请先看这里。")

summary = q.run(q.q_quality_summary(f))
if summary.empty:
    ui.empty("当前筛选范围内的文档没有质量提示。")
    st.stop()
n_flagged = int(summary["n_docs_any"].iloc[0])

c1, c2, c3 = st.columns(3)
c1.metric("有问题的文档", n_flagged)
c2.metric("问题类型", len(summary))
c3.metric("问题总处数", int(summary["issue_count"].sum()))

issues = q.run(q.q_quality(f))
n_rows = int(issues["n_rows"].iloc[0])
if n_flagged <= q.MAX_HEATMAP_UNITS and n_rows <= len(issues):
    ui.chart(charts.quality_matrix(issues), views.quality_table(issues), "质量问题矩阵", key="quality_matrix")
else:
    st.caption(f"{n_flagged:,} 个文档有质量提示，按问题类型汇总；用左侧筛选缩小到 {q.MAX_HEATMAP_UNITS} 个文档以内可看逐文档矩阵。")
    ui.chart(charts.quality_by_issue(summary), views.quality_issue_table(summary), "质量问题汇总", key="quality_matrix")
st.subheader("问题明细")
ui.capped(len(issues), n_rows, "条质量提示", f"明细列出按单位、年份排在前面的 {q.PREVIEW_ROWS} 条；可下载全部明细，或用左侧筛选缩小范围。")
ui.table(views.quality_table(issues), "质量问题明细", key="quality_table")
if n_rows > len(issues):
    ui.lazy_csv_button(q.export_quality(f), "质量问题明细_全部", key="quality_all",
                       label=f"下载全部 {n_rows:,} 条质量提示（CSV）", shape=views.quality_table)
