"""法治对标 dashboard entry point: page navigation over pages/*.py and the shared sidebar filters."""
from pathlib import Path

import streamlit as st

from dashboard import filters, ui

st.set_page_config(**filters.PAGE_CONFIG)

ICONS = {
    "总览": ":material/dashboard:", "指标对比": ":material/bar_chart:", "年度趋势": ":material/show_chart:",
    "分类与任务": ":material/category:", "关键词": ":material/search:", "文档": ":material/description:",
    "数据质量": ":material/rule:", "数据下载": ":material/download:", "添加文档": ":material/upload_file:",
}


def _page(path: Path, first: bool) -> st.Page:
    """A navigation entry for pages/N_标题.py: URL /标题 (the first page is the root URL)."""
    title = path.stem.split("_", 1)[-1]
    return st.Page(f"pages/{path.name}", title=title, icon=ICONS.get(title, ":material/article:"),
                   url_path=None if first else title, default=first)


files = sorted((Path(__file__).parent / "pages").glob("[0-9]*_*.py"), key=lambda p: int(p.name.split("_")[0]))
page = st.navigation([_page(p, i == 0) for i, p in enumerate(files)])
ui.require_warehouse()
filters.render_sidebar()
page.run()
