"""关键词: top terms per document side by side, and a full-text search with context."""
import streamlit as st

from dashboard import filters, queries as q, ui, views

EXPANDED = 10  # search results open at first; the rest are one click away

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
        st.caption(f"共 {n_docs:,} 份文档，并排显示最新的 {q.MAX_KEYWORD_DOCS} 份；可用左侧筛选缩小范围。")
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
    st.caption(f"输入一个词，查看它在各文档中出现的位置和上下文（前后各{q.CONTEXT_CHARS}字）。")
else:
    found = q.search(f, term)
    if found.empty:
        ui.empty(f"没有文档包含「{term}」。")
    else:
        n_found = int(found["n_docs"].iloc[0])
        groups = views.group_hits(found, len(term))
        listed = f"，下面列出按单位、年份排在前面的 {len(groups)} 个" if n_found > len(groups) else ""
        st.caption(f"「{term}」出现在 {n_found:,} 个文档中{listed}（每个文档最多列出 {q.MAX_HITS_PER_DOC} 处）。"
                   + ("可用左侧筛选缩小范围，或下载全部结果。" if listed else ""))
        c1, c2 = st.columns(2)
        with c1:
            ui.csv_button(views.hits_table(found), f"检索_{term}", key="hits_csv", label="下载所列结果（CSV）")
        if listed or (found["n_hits"] > q.MAX_HITS_PER_DOC).any():
            with c2:
                ui.lazy_csv_button(q.export_search(f, term), f"检索_{term}_全部", key="hits_all",
                                   label=f"下载全部 {n_found:,} 个文档的每一处（CSV）", shape=views.hits_table)
        for n, (doc_id, label, n_hits, snippets) in enumerate(groups):
            more = f"，列出前 {len(snippets)} 处" if n_hits > len(snippets) else ""
            with st.expander(f"{label}（{n_hits}处{more}）", expanded=n < EXPANDED):
                st.page_link("pages/6_文档.py", label="打开全文", icon=":material/open_in_new:", query_params={"doc": label})
                st.html("".join(f'<p style="margin:4px 0;line-height:1.8">{s}</p>' for s in snippets))
