"""关键词: top terms per document side by side, and a full-text search with context."""
import streamlit as st

from dashboard import filters, highlight, queries as q, ui, views

f = filters.current()
st.title("关键词")
ui.filter_caption(f)

top_n = st.slider("每个文档显示前几位", 5, 30, 15, key="top_n")
keywords = q.run(q.q_keywords(f, top_n))
if keywords.empty:
    ui.empty("当前筛选范围内没有关键词。")
else:
    n_docs = int(q.run(q.q_document_count(f))["n"].iloc[0])
    if n_docs > q.MAX_KEYWORD_DOCS:
        st.caption(f"共 {n_docs} 份文档，并排显示最新的 {q.MAX_KEYWORD_DOCS} 份；可用左侧筛选缩小范围。")
    ui.table(views.keywords_side_by_side(keywords), "关键词对比", key="kw", height=views.table_height(top_n))
with st.expander("各分类关键词（全库）"):
    cat_kw = q.run(q.q_category_keywords(f))
    if cat_kw.empty:
        ui.empty("没有分类关键词。")
    else:
        ui.table(views.category_keywords_table(cat_kw), "分类关键词", key="cat_kw")

st.subheader("全文检索")
term = q.clean_term(st.text_input("检索词", key="q", bind="query-params", placeholder="例如：合法性审核",
                                  max_chars=q.MAX_TERM_LEN))
if not term:
    st.caption("输入一个词，查看它在各文档中出现的位置和上下文（前后各30字）。")
else:
    found = q.run(q.q_search(f, term))
    hits = highlight.search_hits(found.to_dict("records"), term)
    if not hits:
        ui.empty(f"没有文档包含「{term}」。")
    else:
        st.caption(f"「{term}」出现 {len(hits)} 次，涉及 {found['doc_id'].nunique()} 个文档。")
        ui.csv_button(views.hits_table(hits), f"检索_{term}", key="hits_csv")
        for doc_id, label, snippets in views.group_hits(hits):
            with st.expander(f"{label}（{len(snippets)}处）", expanded=True):
                st.page_link("pages/6_文档.py", label="打开全文", icon=":material/open_in_new:", query_params={"doc": label})
                st.html("".join(f'<p style="margin:4px 0;line-height:1.8">{s}</p>' for s in snippets))
