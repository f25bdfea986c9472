"""Hardening: bad input, killed builds, concurrent builds, readers during rebuilds, injection, warehouse checks.

Run with `pytest -s tests/test_hardening.py` to see the figures (lines starting with FIGURES) that the README's
hardening table quotes.
"""
from __future__ import annotations

import csv
import hashlib
import io
import math
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import duckdb
import pytest
from conftest import RAW, ROOT, run_etl, seed_text

from etl.read import DEFAULT_MAX_BYTES, ReadError, read_bytes, read_path

TABLES = ("documents", "sections", "items", "item_leads", "paragraphs", "metrics", "keywords", "quality_issues",
          "metric_dictionary", "categories", "build_info")
MB = 1024 * 1024
BIG = 10  # documents in the corpus of the kill and concurrency tests (≥ 8, so that the build uses its worker pool)


def figures(**kw) -> None:
    """One line of figures for the README's hardening table (visible with pytest -s)."""
    print("FIGURES " + " ".join(f"{k}={v}" for k, v in kw.items()), flush=True)


# ---------------------------------------------------------------- helpers

def dump(db: Path) -> dict[str, list]:
    """Every row of every table, in a stable order."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    finally:
        con.close()


def scalar(db: Path, sql: str, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchone()[0]
    finally:
        con.close()


def variants(dest: Path, n: int, offset: int = 0) -> Path:
    """n distinct documents made from the seeds, each with its own numbers (a corpus for build tests)."""
    dest.mkdir(parents=True, exist_ok=True)
    seeds = sorted(RAW.glob("*.txt"))
    for k in range(n):
        src = seeds[k % len(seeds)]
        bump = offset + k + 1
        text = re.sub(r"(\d+)(件|次|人|项|个|家|场)", lambda m: f"{int(m.group(1)) + bump}{m.group(2)}",
                      src.read_text(encoding="utf-8"))
        text += f"\n（本文为测试副本{bump}，另办理行政许可{bump}件。）\n"
        (dest / f"v{offset + k:03d}_{src.name}").write_text(text, encoding="utf-8")
    return dest


def corpus_sha(raw: Path) -> str:
    """What CORPUS_SQL gives for a warehouse built from raw (every file accepted): its documents' content hashes."""
    return ",".join(sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in raw.iterdir() if p.is_file()))


CORPUS_SQL = "SELECT string_agg(content_sha256, ',' ORDER BY content_sha256) FROM documents"


def temp_files(db: Path) -> list[Path]:
    return sorted(db.parent.glob(f"{db.name}.tmp-*"))


def temp_pids(db: Path) -> set[int]:
    out = set()
    for p in temp_files(db):
        m = re.match(re.escape(db.name) + r"\.tmp-(\d+)", p.name)
        if m:
            out.add(int(m.group(1)))
    return out


def lock_held(db: Path, waiter: bool = False) -> bool:
    """Whether some process holds (or, with waiter, waits for) the build lock of db — read from /proc/locks,
    without touching the lock."""
    lock = db.with_name(f".{db.name}.lock")
    try:
        ino = lock.stat().st_ino
    except FileNotFoundError:
        return False
    for line in Path("/proc/locks").read_text().splitlines():
        parts = line.split()
        if ("->" in parts) != waiter:
            continue
        parts = [x for x in parts if x != "->"]
        if len(parts) >= 6 and parts[1] == "FLOCK" and parts[5].rsplit(":", 1)[-1] == str(ino):
            return True
    return False


def reap(started: list[subprocess.Popen]) -> None:
    """Kill builds a test started, and whatever is left of their process groups."""
    for p in started:
        if p.poll() is None:
            p.kill()
            p.wait()
        if group_alive(p.pid):
            os.killpg(p.pid, signal.SIGKILL)


def group_alive(pgid: int) -> bool:
    """Whether a live (not zombie) process is left in the process group — e.g. pool workers of a killed build
    (orphans are re-parented to pid 1, which may never reap them, so zombies are not counted)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            return True
    return False


@pytest.fixture
def procs():
    """Builds started by a test; their process groups are killed at teardown if anything is left."""
    started: list[subprocess.Popen] = []
    yield started
    reap(started)


def start_build(procs, raw: Path, db: Path, *extra: str, log: Path | None = None) -> subprocess.Popen:
    """python -m etl build in its own process group, stderr to a file (a full pipe would block it)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    log = log or db.parent / f"build-{len(procs)}.log"
    with open(log, "w") as fh:
        p = subprocess.Popen([sys.executable, "-m", "etl", "build", "--raw", str(raw), "--db", str(db), *extra],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=fh, start_new_session=True)
    p.log = log  # type: ignore[attr-defined]
    procs.append(p)
    return p


def build_ok(raw: Path, db: Path, *extra: str) -> None:
    """python -m etl build that must succeed (its stderr shown if not)."""
    proc = run_etl("build", "--raw", str(raw), "--db", str(db), "--quiet", *extra, check=False, timeout=300)
    assert proc.returncode == 0, proc.stderr


def wait_for(cond, timeout: float, step: float = 0.01) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(step)
    return cond()


def check_cli(db: Path, capsys) -> tuple[int, str]:
    """`python -m etl check --db db`, run in-process: (exit code, stderr)."""
    from etl.cli import main

    capsys.readouterr()
    rc = main(["check", "--db", str(db)])
    return rc, capsys.readouterr().err


# ---------------------------------------------------------------- bad input: the files

SCRIPT_MARKERS = ("SCRIPT_MARKER_HEAD", "SCRIPT_MARKER_BODY", "ONLOAD_MARKER", "ONCLICK_MARKER", "ONERROR_MARKER",
                  "JS_HREF_MARKER", "STYLE_MARKER")


def html_page(body_text: str) -> bytes:
    """A web page around a report: scripts, styles and event handlers that must never become text."""
    paras = "".join(f'<p onclick="ONCLICK_MARKER()">{ln}</p>' for ln in body_text.split("\n"))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>报告</title>"
            "<script>var SCRIPT_MARKER_HEAD = 1;</script><style>.STYLE_MARKER{color:red}</style></head>"
            "<body onload=\"ONLOAD_MARKER()\"><nav>首页 | 政务公开</nav>"
            f"<div class='article'>{paras}"
            "<p>&lt;script&gt;alert('可见的脚本样文字')&lt;/script&gt;</p>"
            "<img src=x onerror=\"ONERROR_MARKER()\"><a href=\"javascript:JS_HREF_MARKER()\">链接</a></div>"
            "<script type='text/javascript'>document.write('SCRIPT_MARKER_BODY');</script>"
            "<SCRIPT>eval('SCRIPT_MARKER_BODY')</SCRIPT></body></html>").encode("utf-8")


def junk_docx() -> bytes:
    """A zip that says .docx but holds no Word document."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("junk.bin", bytes(random.Random(1).getrandbits(8) for _ in range(4096)))
        z.writestr("readme.txt", "not a word document")
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    """A PDF with a real text layer, encrypted with a user password."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    plain = io.BytesIO()
    c = canvas.Canvas(plain)
    for y in range(700, 400, -20):
        c.drawString(72, y, "2023 annual report on law-based government: 289 administrative licences handled.")
    c.save()
    w = PdfWriter()
    for page in PdfReader(io.BytesIO(plain.getvalue())).pages:
        w.add_page(page)
    w.encrypt(user_password="secret", owner_password="owner-secret")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def damaged_utf8(text: str) -> bytes:
    """UTF-8 with four invalid bytes in the middle (between two lines)."""
    data = text.encode("utf-8")
    cut = data.index(b"\n", len(data) // 2) + 1
    return data[:cut] + b"\xff\xfe\xc3\x28" + data[cut:]


UNKNOWN_TEXT = ("关于进一步做好有关工作的说明\n\n一、总体要求\n各单位要认真落实有关要求，确保工作取得实效。\n"
                "二、工作措施\n（一）加强组织领导。建立健全工作机制，共开展培训3次。\n（二）强化督促检查。\n")
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(random.Random(2).getrandbits(8) for _ in range(4000))


@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "文件为空"),
    ("image.txt", BINARY, "不是文本文件"),
    ("junk.docx", junk_docx(), "不是有效的 Word(.docx) 文件：压缩包里没有 Word 文档内容"),
    ("old-word.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "旧版 Word(.doc) 文件"),
    ("notazip.docx", b"PK\x03\x04 broken", "不是有效的 Word(.docx) 文件"),
    ("fake.pdf", b"GIF89a not a pdf", "不是有效的 PDF"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF", "PDF"),
    ("whitespace.txt", "\n\u3000 \t\n".encode("utf-8"), "没有可读的文字"),
    ("script-only.html", b"<html><head><script>SCRIPT_MARKER_HEAD()</script></head><body></body></html>", "没有可读的文字"),
    ("odd-utf16.txt", b"\xff\xfe" + "报告".encode("utf-16-le") + b"\x00", "UTF-16"),
    ("macro.xlsm", b"PK", "不支持的文件类型"),
])
def test_each_bad_file_is_refused_naming_file_and_problem(name, data, problem):
    with pytest.raises(ReadError) as e:
        read_bytes(data, name)
    assert str(e.value).startswith(f"{name}: ") and problem in e.value.problem


def test_read_error_survives_the_trip_back_from_a_worker_process():
    import pickle

    e = pickle.loads(pickle.dumps(ReadError("locked.pdf", "PDF 已加密，无法读取文本")))
    assert isinstance(e, ReadError) and e.name == "locked.pdf" and e.problem == "PDF 已加密，无法读取文本"
    assert str(e) == "locked.pdf: PDF 已加密，无法读取文本"


def test_extract_into_a_pipe_closed_early_ends_quietly():
    seeds = sorted(str(p) for p in RAW.glob("*.txt"))
    proc = subprocess.Popen([sys.executable, "-m", "etl", "extract", *seeds], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().startswith(b'{"record": "document"')
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0 and "Traceback" not in err


def test_encrypted_pdf_is_refused():
    with pytest.raises(ReadError) as e:
        read_bytes(encrypted_pdf(), "locked.pdf")
    assert "locked.pdf" in str(e.value) and "已加密" in e.value.problem


def test_real_docx_still_reads():
    import docx

    d = docx.Document()
    for line in seed_text("000").split("\n")[:40]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    raw = read_bytes(buf.getvalue(), "report.docx")
    assert raw.encoding == "docx" and "广东省工业和信息化厅" in raw.original_text


def test_docx_tables_stand_where_they_are_with_tabs_between_cells():
    import docx

    d = docx.Document()
    d.add_paragraph("某市司法局2023年法治政府建设年度报告")
    t = d.add_table(rows=2, cols=3)
    for r, row in enumerate((("指标", "2022年", "2023年"), ("行政许可办理量（件）", "1,208", "1,356"))):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_paragraph("某市司法局")
    d.add_paragraph("2024年1月30日")
    buf = io.BytesIO()
    d.save(buf)
    text = read_bytes(buf.getvalue(), "table.docx").original_text
    assert text.split("\n") == ["某市司法局2023年法治政府建设年度报告", "指标\t2022年\t2023年",
                                 "行政许可办理量（件）\t1,208\t1,356", "某市司法局", "2024年1月30日"]


def test_docx_that_unpacks_to_a_bomb_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (4 * MB) + b"</w:document>")
    data = buf.getvalue()
    assert len(data) < 64 * 1024
    with pytest.raises(ReadError) as e:
        read_bytes(data, "bomb.docx", max_bytes=256 * 1024)
    assert "bomb.docx" in str(e.value) and "解压后过大" in e.value.problem


@pytest.mark.parametrize("encode, encoding", [
    (lambda t: t.encode("gb18030"), "gb18030"),
    (lambda t: t.encode("utf-16"), "utf-16"),            # with BOM
    (lambda t: t.encode("utf-16-le"), "utf-16-le"),      # no BOM: told apart by its zero bytes
    (lambda t: t.encode("utf-16-be"), "utf-16-be"),
    (lambda t: t.encode("utf-32"), "utf-32"),
    (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8-sig"),
])
def test_other_encodings_decode_to_the_same_text(encode, encoding):
    text = seed_text("003")
    raw = read_bytes(encode(text), "doc.txt")
    assert raw.original_text == text and raw.encoding == encoding


def test_a_file_pasted_together_from_utf8_and_gb18030_keeps_both_parts():
    lines = seed_text("003").split("\n")
    half = len(lines) // 2
    data = "\n".join(lines[:half]).encode("gb18030") + b"\n" + "\n".join(lines[half:]).encode("utf-8")
    raw = read_bytes(data, "mixed.txt")
    assert raw.original_text == seed_text("003") and raw.encoding == "utf-8+gb18030(混合)"


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"])
def test_invalid_utf8_in_the_middle_keeps_the_document_and_marks_damage(prefix):
    text = seed_text("001")
    raw = read_bytes(prefix + damaged_utf8(text), "damaged.txt")
    assert "有损" in raw.encoding
    assert "\ufffd" in raw.original_text
    head, tail = text[: len(text) // 3], text[-len(text) // 3:]
    assert raw.original_text.startswith(head) and raw.original_text.endswith(tail)


def test_oversized_file_is_refused_with_its_size_before_reading(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * MB)  # sparse zeros: would be "binary" if it were read at all
    with pytest.raises(ReadError) as e:
        read_path(big)
    assert e.value.name == "huge.txt"
    assert "文件过大" in e.value.problem and "50.0 MB" in e.value.problem and "20 MB" in e.value.problem
    with pytest.raises(ReadError, match="50.0 MB"):
        read_bytes(b"a" * (50 * MB), "huge.txt")


def test_raised_limit_lets_a_large_text_through_read_and_normalize():
    from etl.normalize import normalize

    unit = "\n".join(seed_text(p) for p in ("000", "001", "002", "003", "004")).encode("utf-8")
    data = unit * (21 * MB // len(unit) + 1)
    assert DEFAULT_MAX_BYTES < len(data) < 22 * MB
    with pytest.raises(ReadError, match="文件过大"):
        read_bytes(data, "large.txt")
    t0 = time.perf_counter()
    raw = read_bytes(data, "large.txt", max_bytes=32 * MB)
    norm = normalize(raw.original_text)
    took = time.perf_counter() - t0
    assert len(raw.original_text) == len(data.decode("utf-8"))
    assert len(norm.orig_index) == len(norm.text) > len(raw.original_text) // 2
    step = max(1, len(norm.orig_index) // 10_000)
    sample = norm.orig_index[::step]
    assert all(a <= b for a, b in zip(sample, sample[1:])) and sample[-1] < len(raw.original_text)
    assert norm.text.count("广东省工业和信息化厅2024年法治政府建设工作要点") >= data.count("广东省工业和信息化厅2024年法治政府建设工作要点".encode())
    figures(large_text_mb=round(len(data) / MB, 1), large_text_read_normalize_s=round(took, 1))


def test_single_five_megabyte_line_is_processed():
    from etl.pipeline import process

    line = "".join(seed_text(p).replace("\n", "　") for p in ("000", "001", "002", "003", "004"))
    line = (line * (5 * MB // len(line.encode("utf-8")) + 1)).encode("utf-8")
    assert len(line) >= 5 * MB and b"\n" not in line
    t0 = time.perf_counter()
    r = process(read_bytes(line, "one-line.txt"))
    took = time.perf_counter() - t0
    text = r.norm.text
    # a report pasted as one line is split at its indents and headings again; every paragraph is its own text
    assert r.outline.paragraphs and all(text[p.start:p.end] == p.text for p in r.outline.paragraphs)
    assert len(r.outline.sections) > 1
    assert r.metrics, "the figures of the seeds are still found on one line"
    assert all(text[m.start:m.end] == m.quote and math.isfinite(m.value) and m.value >= 0 for m in r.metrics)
    figures(one_line_mb=round(len(line) / MB, 1), one_line_process_s=round(took, 1), one_line_metrics=len(r.metrics))


def test_unrecognised_document_is_kept_and_flagged():
    from dashboard.labels import doc_label
    from etl.pipeline import process

    r = process(read_bytes(UNKNOWN_TEXT.encode("utf-8"), "unknown.txt"))
    assert r.profile.unit is None and r.profile.year is None
    issues = {q.issue for q in r.quality}
    assert {"unknown_unit", "unknown_year"} <= issues
    assert r.outline.items, "its outline is still read"
    assert "未识别" in doc_label(None, None, None)


def test_html_scripts_styles_and_event_handlers_never_become_text():
    from etl.read import html_to_text

    text = html_to_text(html_page(seed_text("002")).decode("utf-8"))
    assert not [m for m in SCRIPT_MARKERS if m in text]
    assert "山东省工业和信息化厅" in text and "首页" not in text
    assert "<script>alert('可见的脚本样文字')</script>" in text  # visible text stays text (escaped on display)


@pytest.mark.parametrize("page", [
    # ASP.NET pages wrap the whole body in one <form>
    "<html><body><form id='form1' action='x.aspx'><input name='__VIEWSTATE' value='SCRIPT_MARKER_HEAD'>"
    "<div>广东省司法厅2023年法治政府建设年度报告</div><p>办理行政许可289件。</p><button>ONCLICK_MARKER</button></form></body></html>",
    # a <head> that is never closed
    "<html><head><title>报告</title><meta charset='utf-8'><body><div>广东省司法厅2023年法治政府建设年度报告</div>"
    "<p>办理行政许可289件。</p></body></html>",
    # a stray end tag of a skipped element closes nothing
    "<html><head><title>t</title></head><body></nav></footer><p>广东省司法厅2023年法治政府建设年度报告</p>"
    "<p>办理行政许可289件。</p><script>SCRIPT_MARKER_BODY</script></body></html>",
])
def test_common_page_shapes_keep_their_text(page):
    raw = read_bytes(page.encode("utf-8"), "page.html")
    assert "办理行政许可289件。" in raw.original_text and "广东省司法厅" in raw.original_text
    assert not [m for m in SCRIPT_MARKERS if m in raw.original_text]


# ---------------------------------------------------------------- bad input: one batch through the build

def test_batch_with_every_bad_input_builds_the_good_documents(tmp_path):
    from etl.pipeline import process

    raw = tmp_path / "raw"
    raw.mkdir()
    good = {
        "good.txt": (RAW / next(RAW.glob("000_*.txt")).name).read_bytes(),
        "damaged.txt": damaged_utf8(seed_text("001")),
        "gbk.txt": seed_text("003").encode("gb18030"),
        "utf16.txt": seed_text("004").encode("utf-16"),
        "page.html": html_page(seed_text("002")),
        "unknown.txt": UNKNOWN_TEXT.encode("utf-8"),
    }
    bad = {
        "empty.txt": (b"", "文件为空"),
        "binary.txt": (BINARY, "不是文本文件"),
        "huge.txt": (seed_text("001").encode("utf-8") * (50 * MB // len(seed_text("001").encode("utf-8")) + 1),
                     "文件过大（50.0 MB，上限 20 MB）"),
        "junk.docx": (junk_docx(), "不是有效的 Word(.docx) 文件"),
        "locked.pdf": (encrypted_pdf(), "PDF 已加密"),
    }
    for name, data in good.items():
        (raw / name).write_bytes(data)
    for name, (data, _) in bad.items():
        (raw / name).write_bytes(data)
    db = tmp_path / "wh" / "warehouse.duckdb"
    proc = run_etl("build", "--raw", str(raw), "--db", str(db), "--workers", "2", "--no-cache", check=False)
    assert proc.returncode == 0, proc.stderr
    for name, (_, problem) in bad.items():
        line = next((ln for ln in proc.stderr.splitlines() if f"{name}:" in ln), None)
        assert line is not None, f"{name} not named in stderr:\n{proc.stderr}"
        assert problem in line, line
    for name in good:
        assert f"{name}:" not in proc.stderr

    con = duckdb.connect(str(db), read_only=True)
    try:
        docs = {r[0]: r[1:] for r in con.execute(
            "SELECT source_name, doc_id, encoding, file_format, unit, year, original_text, normalized_text "
            "FROM documents").fetchall()}
        assert set(docs) == set(good)
        assert con.execute("SELECT value FROM build_info WHERE key = 'n_rejected'").fetchone() == ("5",)
        assert docs["gbk.txt"][1] == "gb18030" and docs["gbk.txt"][5] == seed_text("003")
        assert docs["utf16.txt"][1] == "utf-16" and docs["utf16.txt"][5] == seed_text("004")
        assert "有损" in docs["damaged.txt"][1] and "\ufffd" in docs["damaged.txt"][5]
        for name, prefix in (("damaged.txt", "001"), ("page.html", "002"), ("gbk.txt", "003")):
            expected = process(read_bytes(seed_text(prefix).encode("utf-8"), f"{prefix}.txt")).profile
            assert docs[name][3] == expected.unit and docs[name][4] == expected.year, name
        issues = lambda name: {i for (i,) in con.execute(  # noqa: E731
            "SELECT issue FROM quality_issues WHERE doc_id = ?", [docs[name][0]]).fetchall()}
        assert "encoding_damage" in issues("damaged.txt")
        # kept, shown as 未识别, flagged — not dropped
        assert docs["unknown.txt"][3] is None and docs["unknown.txt"][4] is None
        assert {"unknown_unit", "unknown_year"} <= issues("unknown.txt")
        # script text and event handlers reach no column of any table
        leaks = []
        for table, column in con.execute("SELECT table_name, column_name FROM duckdb_columns() "
                                         "WHERE data_type = 'VARCHAR' AND NOT internal").fetchall():
            for marker in SCRIPT_MARKERS:
                sql = f'SELECT count(*) FROM "{table}" WHERE strpos("{column}", ?) > 0'
                n = con.execute(sql, [marker]).fetchone()[0]
                if n:
                    leaks.append((table, column, marker))
        assert not leaks
        # the document viewer shows the page's visible "<script>" text as text
        from dashboard import highlight, views
        from dashboard.queries import q_doc_metrics

        q = q_doc_metrics(docs["page.html"][0])
        metrics = con.execute(q.sql, list(q.params)).df()
        assert len(metrics) > 0
        shown = highlight.mark_html(docs["page.html"][5], views.metric_spans(metrics, True))
        assert "<script" not in shown.lower() and "&lt;script&gt;alert(" in shown
        assert shown.count("<mark") >= 1
    finally:
        con.close()
    from etl.check import check_warehouse

    assert check_warehouse(db) == []
    figures(bad_inputs_in_batch=len(bad), good_inputs_in_batch=len(good), batch_exit_code=proc.returncode)


# ---------------------------------------------------------------- crash safety

@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    return variants(tmp_path_factory.mktemp("big") / "raw", BIG)


@pytest.fixture(scope="module")
def kill_runs(tmp_path_factory, big_corpus) -> dict:
    """Builds SIGKILLed at random points (and one while writing), each followed by an inspection of the warehouse;
    then one build left to finish. Run once, read by the tests below."""
    from etl.check import check_warehouse

    tmp = tmp_path_factory.mktemp("kills")
    other = variants(tmp / "other", BIG, offset=50)
    db = tmp / "wh" / "warehouse.duckdb"
    sha_sql = CORPUS_SQL
    # the first warehouse, built the way the killed builds run: its duration bounds the kill delays
    t0 = time.perf_counter()
    build_ok(other, db, "--no-cache", "--workers", "2")
    duration = time.perf_counter() - t0
    first = dump(db)
    rng = random.Random(20261123)
    delays = [rng.uniform(0, duration) for _ in range(5)]
    runs, started = [], []
    before = first
    try:
        for delay in delays + ["write"]:
            # always build the corpus that is not in the warehouse, so old and new can be told apart
            target = other if scalar(db, sha_sql) == corpus_sha(big_corpus) else big_corpus
            p = start_build(started, target, db, "--quiet", "--no-cache", "--workers", "2")
            run = {"delay": delay, "pid": p.pid}
            if delay == "write":  # one timed to the moment the new warehouse is being written
                wait_for(lambda: p.pid in temp_pids(db) or p.poll() is not None, 120)
            else:
                time.sleep(delay)
            if p.poll() is not None:  # the build won the race: its warehouse is now the previous one
                run.update(killed=False, rc=p.returncode, new_whole=scalar(db, sha_sql) == corpus_sha(target),
                           problems=check_warehouse(db))
                before = dump(db)
                runs.append(run)
                continue
            run["in_write"] = p.pid in temp_pids(db)
            os.kill(p.pid, signal.SIGKILL)
            p.wait()
            # its pool workers may outlive it (see test_pool_workers_die_with_a_killed_build): ours, so end them
            run["live_workers"] = not wait_for(lambda: not group_alive(p.pid), 0.5, 0.02)
            if group_alive(p.pid):
                os.killpg(p.pid, signal.SIGKILL)
            wait_for(lambda: not group_alive(p.pid), 10, 0.02)
            now = dump(db)
            run.update(killed=True, kept_old=now == before, problems=check_warehouse(db),
                       temp_pids=temp_pids(db), docs=len(now["documents"]))
            if now != before:  # killed after its os.replace, while exiting: the new warehouse must be whole
                run["new_whole"] = scalar(db, sha_sql) == corpus_sha(target) and len(now["documents"]) == BIG
                before = now
            runs.append(run)
        # the next build, left to finish
        target = other if scalar(db, sha_sql) == corpus_sha(big_corpus) else big_corpus
        final = run_etl("build", "--raw", str(target), "--db", str(db), "--quiet", check=False, timeout=300)
    finally:
        reap(started)
    final_whole = (scalar(db, sha_sql) == corpus_sha(target)
                   and scalar(db, "SELECT count(*) FROM documents") == BIG)
    return {"db": db, "duration": duration, "first": first, "runs": runs, "final": final, "final_whole": final_whole,
            "final_problems": check_warehouse(db), "final_temp_pids": temp_pids(db)}


def test_sigkill_at_random_points_keeps_the_previous_warehouse(kill_runs):
    k = kill_runs
    assert k["duration"] >= 1.0, "the corpus must be big enough for kills to land inside the build"
    assert len(k["first"]["documents"]) == BIG and k["first"]["metrics"] and k["first"]["items"]
    runs = k["runs"]
    killed = [r for r in runs if r["killed"]]
    for n, r in enumerate(runs):
        # after each kill: the previous warehouse, complete and unchanged (or, if the kill came after the
        # os.replace, the whole new one) — readable, and `etl check` finds nothing
        assert r["problems"] == [], (n, r)
        if r["killed"]:
            assert r["kept_old"] or r["new_whole"], (n, r)
        else:
            assert r["rc"] == 0 and r["new_whole"], (n, r)
    assert len(killed) >= 3 and sum(r["kept_old"] for r in killed) >= 2, runs
    assert any(r["in_write"] and r["kept_old"] for r in killed), "no kill landed while the warehouse was written"
    # the killed builds leave at most their own temp files, never one of a live process
    killed_pids = {r["pid"] for r in killed}
    assert all(r["temp_pids"] <= killed_pids for r in killed)
    # the next build succeeds and its warehouse is whole
    assert k["final"].returncode == 0, k["final"].stderr
    assert k["final_whole"] and k["final_problems"] == [], k["final_problems"]
    figures(build_s=round(k["duration"], 2), sigkills=len(killed), kills_old_kept=sum(r["kept_old"] for r in killed),
            kills_during_write=sum(r["in_write"] for r in killed),
            kills_after_replace=sum(not r["kept_old"] for r in killed), builds_not_killed=len(runs) - len(killed),
            rows_lost=0, max_temp_files_left=max(len(r["temp_pids"]) for r in killed),
            temp_files_after_next_build=len(k["final_temp_pids"]),
            kills_leaving_live_workers=sum(r["live_workers"] for r in killed))


def test_killed_builds_do_not_pile_up_temp_files(kill_runs):
    killed = [r for r in kill_runs["runs"] if r["killed"]]
    assert max(len(r["temp_pids"]) for r in killed) <= 1, [sorted(r["temp_pids"]) for r in killed]
    assert kill_runs["final_temp_pids"] == set()


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_next_build_removes_temp_files_of_killed_builds(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    dead = _dead_pid()
    stale = [db.with_name(f"{db.name}.tmp-{dead}"), db.with_name(f"{db.name}.tmp-{dead}.wal")]
    for s in stale:
        s.write_bytes(b"half a warehouse")
    alive = db.with_name(f"{db.name}.tmp-{os.getpid()}")  # this process is alive: not the build's to remove
    alive.write_bytes(b"not ours")
    build_ok(RAW, db)
    assert scalar(db, "SELECT count(*) FROM documents") == 5
    assert temp_files(db) == [alive], "stale temp files of a dead build were left in place"


def test_pool_workers_die_with_a_killed_build(tmp_path, procs):
    raw = variants(tmp_path / "raw", 9)
    slow = "".join(seed_text(p).replace("\n", "　") for p in ("001", "003"))
    # several seconds of work for the worker that takes it, so that it is still busy when the build is killed
    (raw / "a_slow_one_line.txt").write_text(slow * (4 * MB // len(slow.encode("utf-8")) + 1), encoding="utf-8")
    db = tmp_path / "wh" / "warehouse.duckdb"
    p = start_build(procs, raw, db, "--quiet", "--no-cache", "--workers", "2")
    children = Path(f"/proc/{p.pid}/task/{p.pid}/children")
    assert wait_for(lambda: p.poll() is None and len(children.read_text().split()) >= 2, 30)
    time.sleep(0.5)  # the workers have taken their first documents
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    gone = wait_for(lambda: not group_alive(p.pid), 1.0, 0.02)
    held = lock_held(db)
    assert gone and not held, "workers of a killed build still running / still holding the build lock"


def test_concurrent_builds_one_refuses_with_no_wait_one_waits(tmp_path, big_corpus, procs):
    db = tmp_path / "wh" / "warehouse.duckdb"
    other = variants(tmp_path / "other", 3, offset=500)
    slow = shutil.copytree(big_corpus, tmp_path / "slow")
    line = "".join(seed_text(p).replace("\n", "　") for p in ("001", "003"))
    (slow / "one_line.txt").write_text(line * (MB // len(line.encode("utf-8")) + 1), encoding="utf-8")
    first = start_build(procs, slow, db, "--no-wait", "--quiet", "--no-cache", "--workers", "2")
    assert wait_for(lambda: lock_held(db) or first.poll() is not None, 60)
    assert first.poll() is None, "first build ended before the others could start"
    # without --no-wait: waits for the first (seen blocked on the lock), then writes its own corpus
    waiting = start_build(procs, other, db, "--no-cache")
    # with --no-wait: a clear refusal, non-zero exit, nothing written
    refused = run_etl("build", "--raw", str(RAW), "--db", str(db), "--no-wait", "--quiet", check=False, timeout=60)
    assert refused.returncode != 0
    assert "另一个构建正在写入" in refused.stderr and "--no-wait" in refused.stderr
    assert wait_for(lambda: lock_held(db, waiter=True) or first.poll() is not None, 60)
    assert first.poll() is None, "the first build ended before the second reached the lock"
    assert first.wait(timeout=300) == 0, Path(first.log).read_text()
    assert scalar(db, "SELECT count(*) FROM documents") in (BIG + 1, 3)
    assert waiting.wait(timeout=300) == 0, Path(waiting.log).read_text()
    assert "等待其完成" in Path(waiting.log).read_text()
    assert scalar(db, CORPUS_SQL) == corpus_sha(other)
    assert scalar(db, "SELECT count(*) FROM documents") == 3
    assert run_etl("check", "--db", str(db), check=False).returncode == 0
    assert temp_files(db) == []
    figures(concurrent_builds=3, refused_with_no_wait=1, waited=1)


# ---------------------------------------------------------------- readers during rebuilds

SNAPSHOT_SQL = f"""
SELECT ({CORPUS_SQL}),
       (SELECT count(*) FROM documents),
       (SELECT try_cast(value AS BIGINT) FROM build_info WHERE key = 'n_documents'),
       (SELECT count(*) FROM metrics),
       (SELECT sum(n_metrics) FROM documents),
       (SELECT count(*) FROM metrics m JOIN documents d USING (doc_id)
         WHERE substr(d.normalized_text, m.start_offset + 1, m.end_offset - m.start_offset) = m.quote),
       (SELECT count(*) FROM items),
       (SELECT sum(n_items) FROM documents)
"""


def test_readers_during_rebuilds_see_one_whole_warehouse(tmp_path, procs, monkeypatch):
    a = variants(tmp_path / "a", 3, offset=200)
    b = variants(tmp_path / "b", 6, offset=300)
    db = tmp_path / "wh" / "warehouse.duckdb"
    build_ok(a, db)
    expected = {corpus_sha(a): 3, corpus_sha(b): 6}
    loop = ("from etl.cli import main\n"
            f"for raw in {[str(b), str(a), str(b)]!r}:\n"
            f"    main(['build', '--raw', raw, '--db', {str(db)!r}, '--quiet', '--workers', '1'])\n")
    builder = subprocess.Popen([sys.executable, "-c", loop], cwd=ROOT, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    procs.append(builder)

    monkeypatch.setenv("FZDB_PATH", str(db))
    from dashboard import queries as dq

    reads, dash_reads, errors, seen, versions = 0, 0, [], set(), set()
    while builder.poll() is None or reads < 20:
        try:
            st = db.stat()
            versions.add((st.st_ino, st.st_mtime_ns))
            con = duckdb.connect(str(db), read_only=True)  # a fresh read-only connection, as after a rebuild
            try:
                sha, n_docs, n_docs_info, n_met, sum_met, n_quotes_ok, n_items, sum_items = con.execute(
                    SNAPSHOT_SQL).fetchone()
            finally:
                con.close()
            reads += 1
            assert sha in expected, "a warehouse that is neither the old nor the new one"
            assert n_docs == n_docs_info == expected[sha]
            assert n_met == sum_met == n_quotes_ok and n_items == sum_items
            seen.add(sha)
            if reads % 4 == 0:  # the dashboard's own runner (cached connection per file version)
                df = dq.run(dq.q_overview_counts(dq.Filters()))
                assert int(df["n_documents"][0]) in expected.values()
                dash_reads += 1
        except AssertionError:
            raise
        except Exception as e:  # noqa: BLE001 — any failure to read is what this test counts
            errors.append(f"{type(e).__name__}: {e}")
    builder.wait()
    assert builder.returncode == 0, builder.stderr.read()
    assert errors == [], errors[:5]
    assert len(versions) >= 3, "the warehouse was replaced while being read"
    assert seen == set(expected), "reads saw both the old and the new warehouse"
    # and the dashboard, whose connections to earlier versions are still cached, now shows the last one
    assert int(dq.run(dq.q_overview_counts(dq.Filters()))["n_documents"][0]) == 6
    figures(concurrent_reads=reads + dash_reads, dashboard_runner_reads=dash_reads, read_errors=len(errors),
            rebuilds_during_reads=3, versions_seen=len(seen))


# ---------------------------------------------------------------- injection

INJECTIONS = (
    "'); DROP TABLE documents; --",
    "' OR '1'='1",
    '" OR 1=1 --',
    "1; DELETE FROM metrics",
    "广东'||(SELECT string_agg(doc_id, ',') FROM documents)||'",
    "';COPY documents TO '/tmp/fz_leak.csv';--",
    "%",
    "_",
    "\\",
    "\x00",
)


@pytest.fixture
def writable_copy(seed_warehouse, tmp_path) -> Path:
    """A writable copy, so that an injected statement could really do harm."""
    db = tmp_path / "copy.duckdb"
    shutil.copy(seed_warehouse, db)
    return db


def test_filter_values_and_search_terms_are_inert(writable_copy):
    from dashboard import queries as dq

    con = duckdb.connect(str(writable_copy))
    try:
        def rows(q):
            return con.execute(q.sql, list(q.params)).fetchall()

        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        assert counts["documents"] == 5
        unit, n_unit = con.execute(
            "SELECT unit, count(*) FROM documents GROUP BY unit ORDER BY unit LIMIT 1").fetchone()
        texts = [t for (t,) in con.execute("SELECT normalized_text FROM documents").fetchall()]
        doc_id = con.execute("SELECT min(doc_id) FROM documents").fetchone()[0]
        n_queries = 0
        for inj in INJECTIONS:
            bad = dq.Filters(regions=(inj,), levels=(inj,), units=(inj,), doc_types=(inj,), categories=(inj,))
            zero = [dq.q_timeline(dq.Filters(units=(inj,))), dq.q_plans(dq.Filters(regions=(inj,))),
                    dq.q_headline(dq.Filters(), inj, (inj,)), dq.q_items(dq.Filters(), inj), dq.q_document(inj),
                    dq.q_sections(inj), dq.q_doc_metrics(inj), dq.q_doc_quality(inj), dq.q_quality(bad),
                    dq.q_keywords(bad), dq.export_table("metrics", bad), dq.q_coverage(bad), dq.q_lead_workload(bad),
                    dq.q_category_share(dq.Filters(categories=(inj,))), dq.q_indicators(dq.Filters(), inj),
                    dq.q_items(dq.Filters(categories=(inj,)), doc_id), dq.q_table_preview("metrics", bad),
                    dq.q_lead_departments(bad), dq.q_quality_summary(bad), dq.q_coverage_summary(bad)]
            for q in zero:
                assert rows(q) == [], (inj, q.sql)
                if len(inj) > 2:
                    assert inj not in q.sql
            overview = rows(dq.q_overview_counts(bad))[0]
            assert overview[0] == 0 and overview[5] == 0
            mixed = rows(dq.q_timeline(dq.Filters(units=(unit, inj))))
            assert len(mixed) == n_unit and {r[1] for r in mixed} == {unit}
            step1 = dq.q_search_docs(dq.Filters(), inj)
            picked = con.execute(step1.sql, list(step1.params)).df()
            search = dq.q_search_hits(tuple(picked["doc_id"]), inj, len(picked))
            hits = con.execute(search.sql, list(search.params)).df()
            term = dq.clean_term(inj)
            assert hits["doc_id"].nunique() == sum(term in t for t in texts)
            assert all(c[s:s + len(term)] == term for c, s in zip(hits["context"], hits["hit_start"]))
            n_queries += len(zero) + 3
            with pytest.raises((ValueError, TypeError)):
                dq.q_timeline(dq.Filters(years=(inj, 2030)))
            for build in (lambda: dq.q_options(inj), lambda: dq.export_table(inj, dq.Filters()),
                          lambda: dq.doc_where(dq.Filters(), inj), lambda: dq.category_where(dq.Filters(), inj),
                          lambda: dq.q_category_share(dq.Filters(), inj), lambda: dq.doc_where(dq.Filters(), "d", inj)):
                with pytest.raises(ValueError):
                    build()
        after = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        assert after == counts
    finally:
        con.close()
    assert not Path("/tmp/fz_leak.csv").exists()
    figures(injection_strings=len(INJECTIONS), injected_queries_run=n_queries, tables_damaged=0)


def test_document_viewer_shows_markup_as_text():
    from dashboard import highlight

    text = "办理行政许可289件。<script>alert('x')</script><img src=x onerror=alert(1)>“引号”&amp;"
    start, quote = text.index("289件"), text.index("“引号”")
    html_out = highlight.mark_html(text, [highlight.Span(start, start + 4, 'tip"><script>alert(2)</script>', "fig"),
                                          highlight.Span(quote, quote + 4, "x", 'fig" onmouseover="alert(3)')])
    assert "<script" not in html_out and "<img" not in html_out and "onmouseover=\"" not in html_out
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html_out and "&amp;amp;" in html_out
    assert html_out.count("<mark") == 2
    start = text.index("<script>")
    snippet = highlight.context_snippet(text, start, start + len("<script>"))
    assert "<script" not in snippet and "&lt;script&gt;</mark>" in snippet
    wrapped = highlight.text_block(html_out)
    assert wrapped.count("<div") == 1 and "<script" not in wrapped


FORMULAS = ("=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://x\",\"点我\")",
            "=cmd|' /C calc'!A0", "-", "=")


def test_spreadsheet_formulas_are_neutralised_in_downloads():
    import openpyxl
    import pandas as pd

    from dashboard.exports import FORMULA_PREFIXES, to_csv_bytes, to_excel_bytes

    df = pd.DataFrame({
        "=危险列名": list(FORMULAS),
        "quote": pd.array([f"原文{f}" if i % 2 else f for i, f in enumerate(FORMULAS)], dtype="string"),
        "value": [-5.0, 1.5, 0.0, 2.0, -1.0, 3.0, 4.0, 5.0, 6.0, 7.0],
        "safe": ["办理行政许可289件"] * len(FORMULAS),
    })
    rows = list(csv.reader(io.StringIO(to_csv_bytes(df).decode("utf-8-sig"), newline="")))
    header, body = rows[0], rows[1:]
    assert not header[0].startswith(FORMULA_PREFIXES)
    for row in body:
        for cell in (row[0], row[1], row[3]):
            assert not cell.startswith(FORMULA_PREFIXES), row
    assert [r[0] for r in body] == ["'" + f for f in FORMULAS]  # shown, not dropped
    assert [float(r[2]) for r in body] == list(df["value"])  # numbers stay numbers
    wb = openpyxl.load_workbook(io.BytesIO(to_excel_bytes({"数值": df})))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert not [c.value for c in cells if isinstance(c.value, str) and c.value.startswith(FORMULA_PREFIXES)]
    assert wb["数值"]["C2"].value == -5.0


# ---------------------------------------------------------------- python -m etl check

def _unconstrained(table: str) -> list[str]:
    """The table rebuilt without its keys, so that a corruption the schema would refuse can be introduced."""
    return [f"CREATE TABLE {table}_x AS SELECT * FROM {table}", f"DROP TABLE {table}",
            f"ALTER TABLE {table}_x RENAME TO {table}"]


FIRST_METRIC = "(SELECT min(metric_id) FROM metrics)"
FIRST_DOC = "(SELECT min(doc_id) FROM documents)"
FIRST_ITEM = "(SELECT min(item_id) FROM items)"
NO_DOC = "'0000000000000000'"
CORRUPTIONS = {
    "duplicate document": (_unconstrained("documents") + ["INSERT INTO documents SELECT * FROM documents LIMIT 1"],
                           "文档编号重复或为空"),
    "null document id": (_unconstrained("documents")
                         + [f"UPDATE documents SET doc_id = NULL WHERE doc_id = {FIRST_DOC}"], "文档编号重复或为空"),
    "duplicate metric": (_unconstrained("metrics") + ["INSERT INTO metrics SELECT * FROM metrics LIMIT 1"],
                         "指标编号重复或为空"),
    "duplicate item": (_unconstrained("items") + ["INSERT INTO items SELECT * FROM items LIMIT 1"], "条目编号重复或为空"),
    "duplicate paragraph": (_unconstrained("paragraphs") + ["INSERT INTO paragraphs SELECT * FROM paragraphs LIMIT 1"],
                            "段落编号重复或为空"),
    "shifted span": ([f"UPDATE metrics SET start_offset = start_offset + 1 WHERE metric_id = {FIRST_METRIC}"],
                     "指标原句与位置不符"),
    "edited quote": ([f"UPDATE metrics SET quote = quote || '0' WHERE metric_id = {FIRST_METRIC}"], "指标原句与位置不符"),
    "span past the text": ([f"UPDATE metrics SET end_offset = 100000000 WHERE metric_id = {FIRST_METRIC}"],
                           "指标原句与位置不符"),
    "original span out of range": ([f"UPDATE metrics SET orig_end = 100000000 WHERE metric_id = {FIRST_METRIC}"],
                                   "指标原文位置越界"),
    "negative value": ([f"UPDATE metrics SET value = -1 WHERE metric_id = {FIRST_METRIC}"], "指标数值为负或为空"),
    "nan value": ([f"UPDATE metrics SET value = 'nan'::DOUBLE WHERE metric_id = {FIRST_METRIC}"], "指标数值为负或为空"),
    "infinite value": ([f"UPDATE metrics SET value = 'inf'::DOUBLE WHERE metric_id = {FIRST_METRIC}"], "指标数值不是有限数"),
    "unknown code": ([f"UPDATE metrics SET code = 'no_such_code' WHERE metric_id = {FIRST_METRIC}"], "指标代码不在字典中"),
    "dictionary row lost": (["DELETE FROM metric_dictionary "
                             "WHERE code = (SELECT min(code) FROM metrics WHERE code <> 'other')"], "指标代码不在字典中"),
    "unknown kind": ([f"UPDATE metrics SET kind = 'guess' WHERE metric_id = {FIRST_METRIC}"], "指标类型不是 actual/target"),
    "orphan metric": ([f"UPDATE metrics SET doc_id = {NO_DOC} WHERE metric_id = {FIRST_METRIC}"], "指标指向不存在的文档"),
    "unit lost, not flagged": ([f"UPDATE documents SET unit = NULL WHERE doc_id = {FIRST_DOC}",
                                "DELETE FROM quality_issues WHERE issue = 'unknown_unit'"], "文档缺少画像"),
    "year lost, not flagged": ([f"UPDATE documents SET year = NULL WHERE doc_id = {FIRST_DOC}",
                                "DELETE FROM quality_issues WHERE issue = 'unknown_year'"], "文档缺少画像"),
    "doc type lost, not flagged": ([f"UPDATE documents SET doc_type = NULL WHERE doc_id = {FIRST_DOC}"],
                                   "不像报告或计划的文档未标记"),
    "orphan item": (["UPDATE items SET doc_id = " + NO_DOC + " WHERE item_id = (SELECT min(item_id) FROM items)"],
                    "条目或段落指向不存在的文档"),
    "orphan paragraph": (["UPDATE paragraphs SET doc_id = " + NO_DOC +
                          " WHERE paragraph_id = (SELECT min(paragraph_id) FROM paragraphs)"], "条目或段落指向不存在的文档"),
    "orphan section": (["UPDATE sections SET doc_id = " + NO_DOC +
                        " WHERE section_id = (SELECT min(section_id) FROM sections)"], "章节指向不存在的文档"),
    "orphan quality issue": ([f"UPDATE quality_issues SET doc_id = {NO_DOC} WHERE doc_id = {FIRST_DOC}"],
                             "质量问题指向不存在的文档"),
    "orphan lead": (["UPDATE item_leads SET item_id = 'no-such-item' "
                     "WHERE item_id = (SELECT min(item_id) FROM item_leads)"], "牵头部门指向不存在的条目"),
    "item text edited": (["UPDATE items SET text = text || '。' WHERE item_id = (SELECT min(item_id) FROM items)"],
                         "条目文本与位置不符"),
    "paragraph text edited": (["UPDATE paragraphs SET text = '另一段' "
                               "WHERE paragraph_id = (SELECT min(paragraph_id) FROM paragraphs)"], "段落文本与位置不符"),
    "section past the text": (["UPDATE sections SET end_offset = 100000000 "
                               "WHERE section_id = (SELECT min(section_id) FROM sections)"], "章节位置越界"),
    "unknown category": ([f"UPDATE items SET category = 'no_such_category' WHERE item_id = {FIRST_ITEM}"],
                         "条目分类不在分类表中"),
    "item count": ([f"UPDATE documents SET n_items = n_items + 1 WHERE doc_id = {FIRST_DOC}"], "文档条目数与条目表不一致"),
    "metric count": ([f"UPDATE documents SET n_metrics = n_metrics + 1 WHERE doc_id = {FIRST_DOC}"], "文档指标数与指标表不一致"),
    "build info": (["UPDATE build_info SET value = '999' WHERE key = 'n_documents'"], "构建信息中的文档数与文档表不一致"),
    "headline stale": (["UPDATE metrics SET value = value + 1 WHERE metric_id = (SELECT min(metric_id) FROM headline)"],
                       "代表值表与指标表不一致"),
    "headline row lost": (["DELETE FROM headline WHERE metric_id = (SELECT min(metric_id) FROM headline)"],
                          "代表值表与指标表不一致"),
    "category totals stale": (["UPDATE doc_categories SET n_items = n_items + 1 "
                               "WHERE doc_id = (SELECT min(doc_id) FROM doc_categories)"], "分类汇总表与条目、段落不一致"),
    "search signature lost": ([f"DELETE FROM text_grams WHERE doc_id = {FIRST_DOC}"], "检索签名与文档不一一对应"),
    "search signature cut": ([f"UPDATE text_grams SET grams = '0101'::BIT WHERE doc_id = {FIRST_DOC}"], "检索签名长度不对"),
    "table dropped": (["DROP TABLE item_leads"], "缺少表或视图：item_leads"),
    "view dropped": (["DROP VIEW v_headline"], "缺少表或视图：v_headline"),
    "emptied": ([f"DELETE FROM {t}" for t in ("item_leads", "paragraphs", "items", "sections", "metrics", "keywords",
                                              "quality_issues", "documents")], "没有任何文档"),
}


def test_check_passes_on_the_seed_warehouse(seed_warehouse, capsys):
    rc, err = check_cli(seed_warehouse, capsys)
    assert rc == 0 and "检查通过" in err and "问题：" not in err
    figures(check_corruption_kinds=len(CORRUPTIONS) + 3)


@pytest.mark.parametrize("kind", list(CORRUPTIONS))
def test_check_names_each_kind_of_corruption(kind, seed_warehouse, tmp_path, capsys):
    statements, phrase = CORRUPTIONS[kind]
    db = tmp_path / "corrupt.duckdb"
    shutil.copy(seed_warehouse, db)
    con = duckdb.connect(str(db))
    for sql in statements:
        con.execute(sql)
    con.close()
    rc, err = check_cli(db, capsys)
    assert rc == 1, err
    assert phrase in err and "检查未通过" in err, err
    assert "Traceback" not in err
    if "dropped" not in kind:
        assert "无法检查" not in err, err


@pytest.mark.parametrize("content, phrase", [
    (None, "数据仓库不存在"),
    (b"this is not a database" * 100, "无法打开数据仓库"),
    ("half", ""),
])
def test_check_on_a_missing_or_broken_file(content, phrase, seed_warehouse, tmp_path, capsys):
    db = tmp_path / "broken.duckdb"
    if content == "half":
        data = seed_warehouse.read_bytes()
        db.write_bytes(data[: len(data) // 2])
    elif content is not None:
        db.write_bytes(content)
    rc, err = check_cli(db, capsys)
    assert rc == 1 and phrase in err and "检查未通过" in err and "Traceback" not in err
