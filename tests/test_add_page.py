"""添加文档 page: upload → preview → 添加并重建 → background rebuild, and 移出并重建; in AppTest and in chromium.

Every test works on its own copy of data/raw (FZ_RAW_DIR) and a warehouse built from it (FZDB_PATH) under tmp,
so the repository's corpus and warehouse are never touched.
"""
from __future__ import annotations

import csv
import io
import shutil
import time
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from browser_support import CHROMIUM, CHROMIUM_ARGS, settle, REPO, SHOTS, streamlit_server
from conftest import RAW, run_etl

APP = str(REPO / "app.py")
PAGE = "pages/9_添加文档.py"
ARGS = CHROMIUM_ARGS
QINGYUAN = "清远市工业和信息化局"
NEW_UNIT = "英德市科学技术局"
NEW_REPORT = ("英德市科学技术局2023年法治政府建设年度报告\n2023年，我局坚持依法行政。\n一、主要举措\n"
              "（一）规范执法。办理行政许可案件35件，组织开展行政检查12次。\n")
TIMEOUT = 60
REBUILD_TIMEOUT = 60


# ---------------------------------------------------------------- corpus copies

@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """data/raw copied once and built into a warehouse (the template every test copies)."""
    base = tmp_path_factory.mktemp("add_template")
    raw = base / "raw"
    shutil.copytree(RAW, raw)
    db = base / "wh" / "warehouse.duckdb"
    db.parent.mkdir()
    run_etl("build", "--raw", str(raw), "--db", str(db), "--quiet")
    return raw, db


def _copy(built: tuple[Path, Path], dest: Path) -> tuple[Path, Path]:
    """A private (raw dir, warehouse) pair under dest."""
    raw, db = built
    shutil.copytree(raw, dest / "raw")
    (dest / "wh").mkdir(parents=True)
    shutil.copy2(db, dest / "wh" / db.name)
    return dest / "raw", dest / "wh" / db.name


@pytest.fixture()
def corpus(built, tmp_path, monkeypatch) -> tuple[Path, Path]:
    """This test's raw dir and warehouse; FZ_RAW_DIR and FZDB_PATH point at them for the test's duration."""
    raw, db = _copy(built, tmp_path)
    monkeypatch.setenv("FZ_RAW_DIR", str(raw))
    monkeypatch.setenv("FZDB_PATH", str(db))
    yield raw, db
    _wait_quiet(db)  # never leave a background build writing into a directory pytest is about to delete


def units_in(db: Path) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [u for (u,) in con.execute("SELECT unit FROM documents ORDER BY unit").fetchall()]


def build_log(db: Path) -> str:
    from etl.jobs import log_path

    try:
        return log_path(db).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def wait_rebuilt(db: Path, timeout: float = REBUILD_TIMEOUT) -> str:
    """Wait for the page's background build to write 构建完成 to its log; returns that line."""
    from etl.jobs import rebuild_status

    deadline = time.time() + timeout
    while time.time() < deadline:
        lines = [ln for ln in build_log(db).replace("\r", "\n").splitlines() if "构建完成" in ln]
        if lines and not rebuild_status(db).running:
            return lines[-1]
        time.sleep(0.2)
    raise AssertionError(f"background rebuild did not finish in {timeout} s; log:\n{build_log(db)[-2000:]}")


def _wait_quiet(db: Path, timeout: float = REBUILD_TIMEOUT) -> None:
    """Best effort: wait while a build started by the page still holds the warehouse lock."""
    from etl.jobs import rebuild_status

    deadline = time.time() + timeout
    time.sleep(0.3)  # a just-started build may not hold the lock yet
    while rebuild_status(db).running and time.time() < deadline:
        time.sleep(0.2)


# ---------------------------------------------------------------- AppTest

def open_add_page(via_app: bool = False) -> AppTest:
    """The 添加文档 page in AppTest.

    via_app=True goes through app.py's st.navigation like a browser does. AppTest starts every run in Streamlit's
    legacy pages/ mode, where filters.current() leaves that mode with an st.rerun(), and a rerun drops a button
    click; so tests that click run the page file on its own (it then draws the shared sidebar itself).
    """
    if via_app:
        at = AppTest.from_file(APP, default_timeout=TIMEOUT)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        at.switch_page(PAGE).run()
    else:
        at = AppTest.from_file(str(REPO / PAGE), default_timeout=TIMEOUT)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "添加文档"
    return at


def field(at: AppTest, name: str, n: int = 0):
    """The preview widget of one profile field for the n-th readable upload (keys are f<file id>_<field>)."""
    widgets = [w for kind in ("text_input", "selectbox", "number_input") for w in at.get(kind)
               if (w.key or "").startswith("f") and (w.key or "").endswith(f"_{name}")]
    assert len(widgets) > n, f"no preview field {name} #{n}: {[w.key for w in widgets]}"
    return widgets[n]


def texts(elements) -> str:
    return " ".join(str(e.value) for e in elements)


@pytest.mark.parametrize("via_app", [True, False], ids=["via_app", "page_alone"])
def test_page_renders_and_lists_documents(corpus, via_app):
    at = open_add_page(via_app)
    assert not at.error
    assert at.file_uploader(key="uploads").accept_multiple_files
    assert set(at.file_uploader(key="uploads").allowed_type) >= {".txt", ".docx", ".pdf"}
    assert "add_button" not in [b.key for b in at.button]  # nothing to add before a file is chosen
    choice = at.selectbox(key="remove_choice")
    assert len(choice.options) == 5
    assert any(QINGYUAN in o and "2024" in o for o in choice.options), choice.options
    assert sorted(choice.options) == sorted(set(choice.options))  # one entry per stored file
    # the shared sidebar is drawn here too
    assert at.sidebar.multiselect(key="region").label == "省份"


def test_upload_preview_add_and_rebuild(corpus):
    raw, db = corpus
    mtime = db.stat().st_mtime_ns
    at = open_add_page()
    at.file_uploader(key="uploads").set_value(("yingde.txt", NEW_REPORT.encode("utf-8"), "text/plain")).run()
    assert not at.exception, [e.value for e in at.exception]
    # the preview: detected profile in editable fields, the one unsure field marked 待确认
    assert field(at, "unit").value == NEW_UNIT
    assert field(at, "region").value == "广东"
    assert field(at, "city").value == "清远"
    assert field(at, "level").value == "county"
    assert field(at, "year").value == 2023
    assert field(at, "doc_type").value == "report"
    assert field(at, "issued").label == "发布日期（待确认）"
    assert field(at, "unit").label == "发文单位"
    assert any("发布日期" in w.value for w in at.warning)
    assert not list(raw.glob("*yingde*")) and len(list(raw.glob("*.txt"))) == 5  # nothing stored yet

    at.button(key="add_button").click().run()
    assert not at.exception, [e.value for e in at.exception]
    result = at.dataframe[0].value
    assert list(result["文件"]) == ["yingde.txt"] and list(result["结果"]) == ["已添加"]
    stored = raw / result["说明"].iloc[0]
    assert stored.is_file() and stored.suffix == ".txt"
    assert stored.read_bytes() == NEW_REPORT.encode("utf-8")
    assert len(list(raw.glob("*.txt"))) == 6
    assert any("后台重建" in s.value for s in at.success)
    # no field was edited, so no correction is recorded
    assert not (raw / ".corrections.json").exists()

    assert "6 份文档" in wait_rebuilt(db)
    assert db.stat().st_mtime_ns != mtime
    assert NEW_UNIT in units_in(db)
    # the next run reads the new warehouse: the document can now be removed again
    at.run()
    assert not at.exception
    assert any(NEW_UNIT in o for o in at.selectbox(key="remove_choice").options)
    assert any("构建完成" in c.value for c in at.caption), texts(at.caption)


def test_corrected_field_is_saved_and_used(corpus):
    raw, db = corpus
    at = open_add_page()
    at.file_uploader(key="uploads").set_value(("yingde.txt", NEW_REPORT.encode("utf-8"), "text/plain")).run()
    field(at, "issued").input("2024-01-15").run()
    field(at, "sector").input("科技").run()
    at.button(key="add_button").click().run()
    assert not at.exception, [e.value for e in at.exception]
    stored = at.dataframe[0].value["说明"].iloc[0]
    from etl.corpus import load_corrections

    assert load_corrections(raw)[stored] == {"issued": "2024-01-15", "sector": "科技"}
    wait_rebuilt(db)
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("SELECT sector, CAST(issued AS VARCHAR) FROM documents WHERE unit = ?", [NEW_UNIT]).fetchone()
    assert row is not None and row[0] == "科技" and row[1].startswith("2024-01-15")


def test_duplicate_and_unreadable_uploads(corpus):
    raw, db = corpus
    seed = next(RAW.glob("001_*.txt"))
    at = open_add_page()
    at.file_uploader(key="uploads").set_value([
        ("copy.txt", seed.read_bytes(), "text/plain"),
        ("empty.txt", b"", "text/plain"),
    ]).run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("empty.txt" in e.value for e in at.error)  # unreadable: shown as an error, no preview fields
    assert field(at, "unit").value == QINGYUAN
    at.button(key="add_button").click().run()
    result = at.dataframe[0].value
    status = dict(zip(result["文件"], result["结果"]))
    assert status == {"copy.txt": "重复", "empty.txt": "已拒绝"}
    assert seed.name in result.set_index("文件").loc["copy.txt", "说明"]
    assert not at.success  # nothing added → no rebuild started
    assert sorted(p.name for p in raw.glob("*.txt")) == sorted(p.name for p in RAW.glob("*.txt"))
    assert build_log(db) == ""


LIANZHOU = "连州市司法局"
LIANZHOU_REPORT = "连州市司法局2022年法治政府建设年度报告\n2022年，我局坚持依法行政。\n办理行政许可案件7件。\n"


def test_removing_one_upload_keeps_the_others_profile(corpus):
    # regression: fields were keyed by position, so after taking the first file out of the uploader the second
    # showed the first one's profile, and adding it saved that profile as the user's "corrections"
    raw, db = corpus
    at = open_add_page()
    a = ("yingde.txt", NEW_REPORT.encode("utf-8"), "text/plain")
    b = ("lianzhou.txt", LIANZHOU_REPORT.encode("utf-8"), "text/plain")
    at.file_uploader(key="uploads").set_value([a, b]).run()
    assert [field(at, "unit", i).value for i in (0, 1)] == [NEW_UNIT, LIANZHOU]
    field(at, "sector", 0).input("科技").run()
    at.file_uploader(key="uploads").set_value([b]).run()
    assert not at.exception, [e.value for e in at.exception]
    assert field(at, "unit").value == LIANZHOU
    assert field(at, "year").value == 2022
    assert field(at, "sector").value != "科技"
    at.button(key="add_button").click().run()
    assert list(at.dataframe[0].value["结果"]) == ["已添加"]
    from etl.corpus import load_corrections

    assert load_corrections(raw) == {}  # nothing was edited for this file
    wait_rebuilt(db)
    assert LIANZHOU in units_in(db) and NEW_UNIT not in units_in(db)


def test_same_named_uploads_keep_their_own_corrections(corpus):
    # regression: corrections were looked up by file name, so two different 报告.txt shared one set
    raw, db = corpus
    at = open_add_page()
    at.file_uploader(key="uploads").set_value([("报告.txt", NEW_REPORT.encode("utf-8"), "text/plain"),
                                               ("报告.txt", LIANZHOU_REPORT.encode("utf-8"), "text/plain")]).run()
    field(at, "issued", 0).input("2024-01-15").run()
    at.button(key="add_button").click().run()
    assert not at.exception, [e.value for e in at.exception]
    result = at.dataframe[0].value
    assert list(result["结果"]) == ["已添加", "已添加"]
    from etl.corpus import load_corrections

    first, second = result["说明"]
    assert load_corrections(raw) == {first: {"issued": "2024-01-15"}}
    assert (raw / first).read_bytes() == NEW_REPORT.encode("utf-8") and (raw / second).is_file()
    wait_rebuilt(db)
    with duckdb.connect(str(db), read_only=True) as con:
        issued = dict(con.execute("SELECT unit, CAST(issued AS VARCHAR) FROM documents WHERE unit IN (?, ?)",
                                  [NEW_UNIT, LIANZHOU]).fetchall())
    assert issued[NEW_UNIT].startswith("2024-01-15") and issued[LIANZHOU] is None


def test_preview_of_an_old_report_does_not_crash(corpus):
    # regression: the year field's range started at 1990, but the profiler reads any 19xx year
    at = open_add_page()
    old = "某县司法局1985年工作总结\n1985年，我局依法办理行政许可案件3件。\n".encode("utf-8")
    at.file_uploader(key="uploads").set_value(("1985.txt", old, "text/plain")).run()
    assert not at.exception, [e.value for e in at.exception]
    assert field(at, "year").value == 1985
    assert "add_button" in [b.key for b in at.button]


def test_remove_moves_file_aside_and_rebuilds(corpus):
    raw, db = corpus
    at = open_add_page()
    choice = at.selectbox(key="remove_choice")
    target = next(p.name for p in raw.glob("001_*.txt"))
    assert any(QINGYUAN in o for o in choice.options)
    choice.set_value(target).run()
    assert at.selectbox(key="remove_choice").value == target
    at.button(key="remove_button").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not (raw / target).exists()
    assert (raw.parent / "removed" / target).is_file()
    assert any(QINGYUAN in s.value and "已移出" in s.value for s in at.success)
    assert "4 份文档" in wait_rebuilt(db)
    assert QINGYUAN not in units_in(db) and len(units_in(db)) == 4
    at.run()
    assert not at.exception
    options = at.selectbox(key="remove_choice").options
    assert len(options) == 4 and not any(QINGYUAN in o for o in options)


# ---------------------------------------------------------------- browser

@pytest.fixture(scope="module")
def live(built, tmp_path_factory):
    """A headless `streamlit run app.py` on private copies: (base URL, raw dir, warehouse)."""
    raw, db = _copy(built, tmp_path_factory.mktemp("add_live"))
    try:
        with streamlit_server({"FZ_RAW_DIR": str(raw), "FZDB_PATH": str(db)}, "add_streamlit.log") as base:
            yield base, raw, db
    finally:
        _wait_quiet(db)


@pytest.fixture()
def tab():
    """A chromium tab (same binary and flags as tests/test_e2e_browser.py)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium (make browser installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        ctx = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True, locale="zh-CN")
        page = ctx.new_page()
        page.set_default_timeout(30_000)
        try:
            yield page
        finally:
            ctx.close()
            browser.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"add_{name}.png"), full_page=True)


@pytest.mark.browser
def test_browser_upload_rebuild_then_compare(live, tab, tmp_path):
    from playwright.sync_api import expect

    base, raw, db = live
    before = db.stat().st_mtime_ns
    tab.goto(f"{base}/{quote('添加文档')}")
    settle(tab, "添加文档")
    assert tab.locator("[data-testid='stException']").count() == 0
    shot(tab, "01_empty")

    upload = tmp_path / "yingde_2023.txt"
    upload.write_text(NEW_REPORT, encoding="utf-8")
    tab.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(str(upload))
    unit = tab.get_by_label("发文单位", exact=True)
    expect(unit).to_have_value(NEW_UNIT, timeout=30_000)
    expect(tab.get_by_label("地市", exact=True)).to_have_value("清远")
    expect(tab.get_by_text("发布日期（待确认）")).to_be_visible()
    settle(tab, "添加文档")
    shot(tab, "02_preview")

    tab.get_by_role("button", name="添加并重建").click()
    expect(tab.get_by_text("已开始在后台重建数据仓库")).to_be_visible(timeout=30_000)
    stored = [p for p in raw.glob("*.txt") if p.read_bytes() == NEW_REPORT.encode("utf-8")]
    assert len(stored) == 1 and not stored[0].name.startswith("yingde")  # stored by content hash

    # the fragment refreshes every 2 s and reports the finished build
    expect(tab.get_by_text("构建完成", exact=False).first).to_be_visible(timeout=REBUILD_TIMEOUT * 1000)
    assert db.stat().st_mtime_ns != before
    assert NEW_UNIT in units_in(db)
    assert tab.locator("[data-testid='stException']").count() == 0
    shot(tab, "03_rebuilt")

    tab.goto(f"{base}/{quote('指标对比')}?group=licenses&indicator=license_cases")
    settle(tab, "指标对比")
    tab.locator(".js-plotly-plot .xtick text").first.wait_for(state="attached")
    ticks = tab.locator(".js-plotly-plot .xtick text").all_text_contents()
    assert NEW_UNIT in ticks and QINGYUAN in ticks, ticks
    bar_texts = tab.locator(".js-plotly-plot text.bartext").all_text_contents()
    assert any(t.startswith("35") for t in bar_texts), bar_texts
    with tab.expect_download() as info:
        tab.get_by_role("button", name="下载图表数据（CSV）").first.click()
    target = tmp_path / "bars.csv"
    info.value.save_as(target)
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    values = {(r["单位"], r["年份"]): r["原文数值"] for r in rows}
    assert values.get((NEW_UNIT, "2023")) == "35", values
    tab.wait_for_timeout(500)
    shot(tab, "04_compare")


def test_undetected_fields_are_not_saved_as_corrections(corpus):
    raw, db = corpus
    at = open_add_page()
    text = "关于做好有关工作的说明\n办理了一些事项，组织开展行政检查3次。\n"
    at.file_uploader(key="uploads").set_value(("nothing.txt", text.encode("utf-8"), "text/plain")).run()
    assert not at.exception, [e.value for e in at.exception]
    assert field(at, "year").value is None and field(at, "level").value is None
    at.button(key="add_button").click().run()
    stored = at.dataframe[0].value["说明"].iloc[0]
    from etl.corpus import load_corrections

    assert stored not in load_corrections(raw)
    wait_rebuilt(db)
