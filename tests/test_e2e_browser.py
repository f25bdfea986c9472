"""End to end: `streamlit run app.py` on the seed warehouse, driven by Debian chromium through Playwright."""
from __future__ import annotations

from urllib.parse import quote, unquote

import pytest

from browser_support import CHROMIUM, CHROMIUM_ARGS, settle, SHOTS, streamlit_server
from conftest_dashboard import dashboard_warehouse  # noqa: F401

pytestmark = pytest.mark.browser

ARGS = CHROMIUM_ARGS
PAGES = [("总览", ""), ("指标对比", "指标对比"), ("年度趋势", "年度趋势"), ("分类与任务", "分类与任务"),
         ("关键词", "关键词"), ("文档", "文档"), ("数据质量", "数据质量"), ("数据下载", "数据下载")]
QINGYUAN = "清远市工业和信息化局"
SHANDONG = "山东省工业和信息化厅"

if not CHROMIUM.exists():
    pytest.skip("Debian chromium is not installed at /usr/bin/chromium (make browser installs it)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def server(dashboard_warehouse):  # noqa: F811
    """Base URL of a headless streamlit server reading the seed warehouse."""
    with streamlit_server({"FZDB_PATH": str(dashboard_warehouse)}, "e2e_streamlit.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    """Debian chromium, headless."""
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    """A fresh browser tab with downloads enabled."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True, locale="zh-CN")
    tab = ctx.new_page()
    tab.set_default_timeout(30_000)
    yield tab
    ctx.close()


def url(base: str, path: str, query: str = "") -> str:
    """A page URL with the Chinese path percent-encoded."""
    return f"{base}/{quote(path)}" + (f"?{query}" if query else "")


def shown(tab) -> None:
    """Wait for a rendered chart or dataframe."""
    tab.locator(".js-plotly-plot:visible, [data-testid='stDataFrame']:visible, .fz-text:visible").first.wait_for()


@pytest.mark.parametrize("n,title,path", [(i + 1, t, p) for i, (t, p) in enumerate(PAGES)])
def test_every_page_renders(server, page, n, title, path):
    page.goto(url(server, path))
    settle(page, title)
    shown(page)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("[data-testid='stSidebar']").get_by_text("省份").count() >= 1
    if title in ("总览", "指标对比", "年度趋势", "分类与任务", "数据质量"):
        page.locator(".js-plotly-plot").first.wait_for(state="visible")
        page.locator(".js-plotly-plot .main-svg").first.wait_for()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(700)
    page.screenshot(path=str(SHOTS / f"{n:02d}_{title}.png"), full_page=True)


def test_url_region_shows_only_that_province(server, page):
    page.goto(url(server, "指标对比", "region=" + quote("山东")))
    settle(page, "指标对比")
    page.locator(".js-plotly-plot .xtick text").first.wait_for(state="attached")
    ticks = page.locator(".js-plotly-plot .xtick text").all_text_contents()
    assert SHANDONG in ticks and QINGYUAN not in ticks
    assert page.get_by_text("当前范围：省份：山东").count() == 1
    # the filter stays when moving to another page through the sidebar
    page.locator("[data-testid='stSidebarNav'] a", has_text="总览").click()
    settle(page, "总览")
    assert "region=" in page.url and "山东" in unquote(page.url)
    values = page.locator("[data-testid='stMetricValue']").all_inner_texts()
    assert values[:3] == ["1", "1", "1"]


def test_url_region_on_root(server, page):
    page.goto(f"{server}/?region={quote('广东')}")
    settle(page, "总览")
    assert page.locator("[data-testid='stMetricValue']").first.inner_text() == "3"
    page.locator(".js-plotly-plot .ytick text").first.wait_for(state="attached")
    ticks = page.locator(".js-plotly-plot").first.locator(".ytick text").all_text_contents()
    assert QINGYUAN in ticks and SHANDONG not in ticks


def test_csv_download_has_bom_and_chinese(server, page, tmp_path):
    page.goto(url(server, ""))
    settle(page, "总览")
    with page.expect_download() as info:
        page.get_by_role("button", name="下载图表数据（CSV）").first.click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    data = target.read_bytes()
    assert target.suffix == ".csv"
    assert data.startswith(b"\xef\xbb\xbf")
    assert QINGYUAN in data.decode("utf-8-sig")


def test_document_text_has_figure_tooltips(server, page):
    label = f"{QINGYUAN} 2024 年度报告"
    page.goto(url(server, "文档", "doc=" + quote(label)))
    settle(page, "文档")
    marks = page.locator("mark[title*='license_cases']")
    assert marks.count() >= 1
    assert "数值" in marks.first.get_attribute("title")
    assert page.locator("mark").count() >= 40


def test_excel_workbook_download(server, page, tmp_path):
    import openpyxl

    page.goto(url(server, "数据下载"))
    settle(page, "数据下载")
    with page.expect_download() as info:
        page.get_by_role("button", name="下载全部表（Excel，含数据字典）").click()
    target = tmp_path / "all.xlsx"
    info.value.save_as(target)
    wb = openpyxl.load_workbook(target, read_only=True)
    assert wb.sheetnames[0] == "数据字典" and "metrics" in wb.sheetnames
    assert len(list(wb["documents"].iter_rows(values_only=True))) == 6
