"""添加文档: upload reports, check and correct the detected profile, rebuild in the background; remove documents."""
import os
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import filters, queries as q, ui
from etl.corpus import add_bytes, preview_bytes, remove, save_correction
from etl.jobs import rebuild_status, start_rebuild

RAW_DIR = Path(os.environ.get("FZ_RAW_DIR", str(q.REPO / "data" / "raw")))
MAX_MB = int(os.environ.get("FZ_MAX_MB", "20"))
FIELDS = {"unit": "发文单位", "region": "省份", "city": "地市", "level": "层级", "sector": "领域", "year": "年份",
          "doc_type": "文档类型", "issued": "发布日期"}
LEVELS = {"province": "省级", "city": "市级", "county": "县级"}
DOC_TYPES = {"report": "年度报告", "plan": "工作要点/计划"}
STATUS_ZH = {"added": "已添加", "duplicate": "重复", "rejected": "已拒绝"}

filters.current()  # keeps the shared sidebar and menu when this page is opened by its link
st.title("添加文档")
st.caption(f"支持 txt、html、docx 和有文字层的 pdf，单个文件不超过 {MAX_MB} MB。添加后在后台重建数据仓库，"
           "重建完成前看板继续显示原有数据。")


@st.fragment(run_every=2)
def rebuild_progress() -> None:
    """The background rebuild's progress, refreshed every two seconds."""
    status = rebuild_status(q.db_path())
    if status.running:
        st.progress(status.done / status.total if status.total else 0.0,
                    text=f"正在重建数据仓库：{status.done}/{status.total or '?'}")
    elif status.last_line:
        st.caption(f"最近一次重建：{status.last_line}")


rebuild_progress()

uploads = st.file_uploader("选择文件", type=["txt", "html", "htm", "docx", "pdf"], accept_multiple_files=True,
                           key="uploads")
if uploads:
    previews = [(u, preview_bytes(u.name, u.getvalue(), MAX_MB * 1024 * 1024)) for u in uploads]
    edits: list[dict] = []  # the user's changes, one entry per upload in upload order (names can repeat)
    for u, pv in previews:
        edits.append({})
        if not pv.ok:
            st.error(f"{pv.name}：{pv.problem}", icon="🚫")
            continue
        wid = f"f{u.file_id}"  # keyed by the upload, so removing one file never hands its fields to another
        with st.expander(f"{pv.name} — 识别结果（可更正）", expanded=True):
            if pv.low_confidence:
                st.warning("以下字段识别把握不大，请确认：" + "、".join(FIELDS[k] for k in pv.low_confidence if k in FIELDS))
            cols = st.columns(4)
            values = {}
            for k, (field, label) in enumerate(FIELDS.items()):
                mark = "（待确认）" if field in pv.low_confidence else ""
                cur = pv.fields.get(field)
                with cols[k % 4]:
                    # an undetected field stays empty (not a default) so only what the user sets is saved
                    if field in ("level", "doc_type"):
                        names = LEVELS if field == "level" else DOC_TYPES
                        opts = list(names)
                        values[field] = st.selectbox(label + mark, opts, index=opts.index(cur) if cur in opts else None,
                                                     format_func=names.get, placeholder="未识别，请选择",
                                                     key=f"{wid}_{field}")
                    elif field == "year":
                        # the profiler reads years 1900–2099; a narrower range would crash on an old report
                        values[field] = st.number_input(label + mark, 1900, 2099, int(cur) if cur else None,
                                                        placeholder="未识别", key=f"{wid}_{field}")
                    else:
                        values[field] = st.text_input(label + mark, cur or "", key=f"{wid}_{field}")
            edits[-1] = {k: v for k, v in values.items() if str(v or "") != str(pv.fields.get(k) or "")}
    if st.button("添加并重建", type="primary", key="add_button"):
        results = add_bytes(RAW_DIR, [(u.name, u.getvalue()) for u, _ in previews], MAX_MB * 1024 * 1024)
        for r, changed in zip(results, edits, strict=True):  # add_bytes answers each item in order
            if r.status == "added" and changed:
                save_correction(RAW_DIR, r.stored_as, changed)
        table = pd.DataFrame([{"文件": r.name, "结果": STATUS_ZH[r.status],
                               "说明": f"与 {r.detail} 内容相同" if r.status == "duplicate" else r.detail}
                              for r in results])
        st.dataframe(table, hide_index=True, width="stretch")
        if any(r.status == "added" for r in results):
            start_rebuild(RAW_DIR, q.db_path())
            st.success("已开始在后台重建数据仓库，完成后各页面自动使用新数据。")

st.divider()
st.subheader("移出文档")
docs = q.run(q.q_documents(q.Filters()))
if docs.empty:
    ui.empty("数据仓库中还没有文档。")
else:
    labels = {row.stored_name: f"{row.unit or '未识别'} · {row.year or '未识别'} · {row.source_name}"
              for row in docs.itertuples()}
    chosen = st.selectbox("选择要移出的文档（文件移到 data/removed，不会删除）", list(labels), format_func=labels.get,
                          key="remove_choice")
    if st.button("移出并重建", key="remove_button"):
        try:
            remove(RAW_DIR, chosen)
        except FileNotFoundError as e:
            st.error(str(e))
        else:
            start_rebuild(RAW_DIR, q.db_path())
            st.success(f"已移出 {labels[chosen]}，正在后台重建。")
