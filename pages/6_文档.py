"""文档: one document's profile, outline and text with every extracted figure highlighted."""
import streamlit as st

from dashboard import filters, highlight, queries as q, ui, views

f = filters.current()
st.title("文档")
ui.filter_caption(f)

docs = q.run(q.q_documents(f))
if docs.empty:
    ui.empty()
    st.stop()
labels = views.document_options(docs)
doc_id = st.selectbox("选择文档", list(labels), format_func=labels.get, key="doc", bind="query-params")
doc = q.run(q.q_document(doc_id)).iloc[0].to_dict()
sections = q.run(q.q_sections(doc_id))
items = q.run(q.q_items(q.Filters(), doc_id))
metrics = q.run(q.q_doc_metrics(doc_id))
issues = q.run(q.q_doc_quality(doc_id))

if len(issues):
    st.warning("本文档有数据质量提示：" + views.quality_summary(issues) + "（详见“数据质量”页）")

tab_text, tab_outline, tab_profile, tab_figures = st.tabs(["正文与数值", "结构大纲", "文档概况", "数值清单"])
with tab_text:
    modes = {"original": "原文", "normalized": "规范化文本"}
    mode = st.radio("显示", list(modes), horizontal=True, key="text_mode", format_func=modes.get)
    original = mode == "original"
    text = doc["original_text"] if original else doc["normalized_text"]
    st.caption(f"高亮 {len(metrics)} 个数值：黄色＝实际完成，蓝色＝目标任务，虚线＝约数或上下限。鼠标悬停查看指标、数值、限定和类别。")
    st.html(highlight.text_block(highlight.mark_html(text, views.metric_spans(metrics, original))))
with tab_outline:
    tree = views.outline(sections, items)
    if not tree:
        ui.empty("未识别到章节结构。")
    for node in tree:
        with st.expander(node["label"] + ("（下一步安排）" if node["is_target"] else ""), expanded=False):
            if not node["items"]:
                st.caption("本部分没有编号条目。")
            for it in node["items"]:
                st.markdown(f"- {it['label']} · `{it['category']}`" + (f" · 牵头：{it['leads']}" if it["leads"] else ""))
with tab_profile:
    st.dataframe(views.profile_rows(doc), hide_index=True, width="stretch")
with tab_figures:
    if metrics.empty:
        ui.empty("本文档没有提取到数值。")
    else:
        ui.table(views.doc_metrics_table(metrics), f"数值清单_{doc.get('unit')}", key="doc_metrics")
