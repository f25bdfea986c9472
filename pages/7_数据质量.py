"""数据质量: every flag per document, so nobody trusts a number blindly."""
import streamlit as st

from dashboard import charts, filters, queries as q, ui, views

f = filters.current()
st.title("数据质量")
ui.filter_caption(f)
st.caption("这些问题来自原始文本本身（繁体、拼音注音、网页残留、插入广告、缺字等）。使用数字前请先看这里。")

issues = q.run(q.q_quality(f))
if issues.empty:
    ui.empty("当前筛选范围内的文档没有质量提示。")
    st.stop()

c1, c2, c3 = st.columns(3)
c1.metric("有问题的文档", issues["doc_id"].nunique())
c2.metric("问题类型", issues["issue"].nunique())
c3.metric("问题总处数", int(issues["issue_count"].sum()))
ui.chart(charts.quality_matrix(issues), views.quality_table(issues), "质量问题矩阵", key="quality_matrix")
st.subheader("问题明细")
ui.table(views.quality_table(issues), "质量问题明细", key="quality_table")
