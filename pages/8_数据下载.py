"""数据下载: each table as CSV (UTF-8 with BOM) and all of them as one Excel workbook with a data dictionary."""
import streamlit as st

from dashboard import exports, filters, queries as q, ui

f = filters.current()
st.title("数据下载")
ui.filter_caption(f)
st.caption("CSV 为带 BOM 的 UTF-8，可直接用 Excel 打开；以 = + - @ 开头的文本已加前缀 ' 以防公式注入。按左侧筛选导出。"
           "文件在点击下载时才生成，大表需要几秒钟。")

counts = {name: int(q.run(q.q_table_count(name, f))["n"].iloc[0]) for name in q.EXPORT_TABLES}
total = sum(counts.values())
too_big = total > exports.EXCEL_MAX_TOTAL_ROWS
st.download_button("下载全部表（Excel，含数据字典）", data=lambda: ui.workbook_bytes(f),
                   file_name="法治对标数据.xlsx", key="xlsx", type="primary", on_click="ignore",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   icon=":material/table_view:", disabled=too_big)
if too_big:
    st.caption(f"当前范围共 {total:,} 行，超过一个 Excel 文件的上限 {exports.EXCEL_MAX_TOTAL_ROWS:,} 行（生成要好几分钟）。"
               "请用左侧筛选缩小范围（例如选一个省份或一个年份），或下载下面各表的 CSV。")
else:
    st.caption(f"共 {total:,} 行。")

st.subheader("单表下载")
for name in q.EXPORT_TABLES:
    c1, c2 = st.columns([3, 1])
    c1.markdown(f"**{name}** · {counts[name]:,} 行")
    with c2:
        ui.lazy_table_csv_button(name, f, key=f"csv_{name}")

st.subheader("预览")
name = st.selectbox("表", q.EXPORT_TABLES, key="preview_table")
preview = q.run(q.q_table_preview(name, f))
notes = [f"{name} 的前 {len(preview):,} 行（共 {counts[name]:,} 行）"]
if name in q.PREVIEW_HIDDEN_COLUMNS:
    notes.append(f"全文列 {'、'.join(q.PREVIEW_HIDDEN_COLUMNS[name])} 不在预览中")
if name in q.PREVIEW_TEXT_COLUMNS:
    notes.append(f"长文本只显示前 {q.PREVIEW_TEXT_CHARS} 字")
st.caption("；".join(notes) + "。下载的文件包含全部行和完整内容。")
st.dataframe(preview, hide_index=True, width="stretch", key="preview")

st.subheader("数据字典")
dictionary = q.run(q.q_data_dictionary())
if dictionary.empty:
    ui.empty("数据仓库中没有列注释。")
else:
    ui.table(dictionary.rename(columns={"table_name": "表", "column_name": "列", "data_type": "类型", "comment": "说明"}),
             "数据字典", key="dictionary")
