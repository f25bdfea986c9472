"""数据下载: each table as CSV (UTF-8 with BOM) and all of them as one Excel workbook with a data dictionary."""
import streamlit as st

from dashboard import filters, queries as q, ui

f = filters.current()
st.title("数据下载")
ui.filter_caption(f)
st.caption("CSV 为带 BOM 的 UTF-8，可直接用 Excel 打开；以 = + - @ 开头的文本已加前缀 ' 以防公式注入。按左侧筛选导出。")

dictionary = q.run(q.q_data_dictionary())

st.download_button("下载全部表（Excel，含数据字典）", data=lambda: ui.workbook_bytes(f),
                   file_name="法治对标数据.xlsx", key="xlsx", type="primary", on_click="ignore",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   icon=":material/table_view:")

st.subheader("单表下载")
for name in q.EXPORT_TABLES:
    n_rows = int(q.run(q.q_table_count(name, f))["n"].iloc[0])
    c1, c2 = st.columns([3, 1])
    c1.markdown(f"**{name}** · {n_rows} 行")
    with c2:
        ui.lazy_table_csv_button(name, f, key=f"csv_{name}")

st.subheader("数据字典")
if dictionary.empty:
    ui.empty("数据仓库中没有列注释。")
else:
    ui.table(dictionary.rename(columns={"table_name": "表", "column_name": "列", "data_type": "类型", "comment": "说明"}),
             "数据字典", key="dictionary")
