"""Adding documents: every format, every refusal, duplicates, corrections that survive rebuilds, removal aside."""
import io
import json

import duckdb
import pytest
from conftest import RAW, run_etl

from etl.corpus import add_bytes, add_paths, load_corrections, remove, save_correction

REPORT = ("某某市司法局2023年法治政府建设年度报告\n"
          "2023年，我局坚持依法行政。\n一、主要举措和成效\n（一）规范执法。办理行政许可案件35件，组织开展行政检查12次。\n")


def make_docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_pdf(lines: list[str], encrypt: bool = False, text_layer: bool = True) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt="secret" if encrypt else None)
    if text_layer:
        c.setFont("STSong-Light", 11)
        for n, line in enumerate(lines):
            c.drawString(40, 800 - 18 * n, line)
    else:
        c.rect(40, 400, 300, 300, fill=1)  # a scan: a picture, no text
    c.save()
    return buf.getvalue()


HTML = ("<html><head><script>document.write('x')</script><style>p{}</style></head><body>"
        "<nav><a href='/'>首页</a> &gt; 政务公开</nav><div class='content'>"
        + "".join(f"<p>{line}</p>" for line in REPORT.splitlines())
        + "</div><footer>版权所有 某某市人民政府</footer><script>track()</script></body></html>")


@pytest.mark.parametrize("name, data", [
    ("report.txt", REPORT.encode("utf-8")),
    ("report.html", HTML.encode("utf-8")),
    ("report.docx", make_docx(REPORT)),
    ("report.pdf", make_pdf(REPORT.splitlines())),
])
def test_each_format_is_added_and_extracted(tmp_path, name, data):
    raw = tmp_path / "raw"
    (res,) = add_bytes(raw, [(name, data)])
    assert res.status == "added", res
    assert res.stored_as.endswith(name.rsplit(".", 1)[1]) and len(res.stored_as.split(".")[0]) == 16
    meta = json.loads((raw / ".meta" / f"{res.stored_as}.json").read_text(encoding="utf-8"))
    assert meta["original_name"] == name
    out = run_etl("extract", str(raw / res.stored_as))
    recs = [json.loads(x) for x in out.stdout.splitlines()]
    doc = next(r for r in recs if r["record"] == "document")
    assert doc["unit"] == "某某市司法局" or doc["year"] == 2023
    values = {r["value"] for r in recs if r["record"] == "metric"}
    assert {35, 12} <= values
    if name.endswith(".html"):
        assert not any("track" in (r.get("quote") or "") for r in recs)


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "文件为空"),
    ("photo.txt", bytes(range(256)) * 4, "不是文本文件"),
    ("macro.xlsm", b"PK\x03\x04", "不支持的文件类型"),
    ("junk.docx", b"PK\x03\x04" + b"junk" * 50, "不是有效的 Word"),
    ("scan.pdf", make_pdf([], text_layer=False), "没有文字层"),
    ("locked.pdf", make_pdf(["机密"], encrypt=True), "加密"),
])
def test_rejections_say_why(tmp_path, name, data, reason):
    (res,) = add_bytes(tmp_path / "raw", [(name, data)])
    assert res.status == "rejected" and reason in res.detail
    assert not [p for p in (tmp_path / "raw").iterdir() if not p.name.startswith(".")]


def test_size_limit_is_configurable(tmp_path):
    (res,) = add_bytes(tmp_path / "raw", [("big.txt", REPORT.encode() * 100)], max_bytes=1000)
    assert res.status == "rejected" and "文件过大" in res.detail


def test_names_are_never_paths(tmp_path):
    raw = tmp_path / "raw"
    (res,) = add_bytes(raw, [("../../etc/evil name;rm -rf.txt", REPORT.encode())])
    assert res.status == "added" and res.name == "evil name;rm -rf.txt"
    assert (raw / res.stored_as).exists() and not (tmp_path / "etc").exists()


def test_duplicates_by_content_encoding_and_script(tmp_path):
    raw = tmp_path / "raw"
    add_bytes(raw, [("a.txt", REPORT.encode("utf-8"))])
    again, gbk, trad, page = add_bytes(raw, [
        ("b.txt", REPORT.encode("utf-8")),
        ("c.txt", REPORT.encode("gb18030")),
        ("d.txt", "某某市司法局2023年法治政府建設年度報告\n2023年，我局堅持依法行政。\n一、主要舉措和成效\n（一）規範執法。辦理行政許可案件35件，組織開展行政檢查12次。\n".encode("utf-8")),
        ("e.html", HTML.encode("utf-8")),
    ])
    assert [r.status for r in (again, gbk, trad, page)] == ["duplicate"] * 4
    assert all(r.detail.endswith(".txt") for r in (again, gbk, trad, page))


def test_original_files_are_not_modified(tmp_path):
    src = tmp_path / "mine.txt"
    src.write_bytes(REPORT.encode("gb18030"))
    before = src.read_bytes()
    (res,) = add_paths(tmp_path / "raw", [src])
    assert res.status == "added" and src.read_bytes() == before
    assert (tmp_path / "raw" / res.stored_as).read_bytes() == before


def test_correction_survives_rebuild_and_removal_moves_aside(tmp_path):
    raw = tmp_path / "raw"
    (res,) = add_bytes(raw, [("r.txt", REPORT.encode())])
    db = tmp_path / "w.duckdb"
    save_correction(raw, res.stored_as, {"unit": "某某市司法局", "city": "某某", "level": "city", "region": "广东"})
    assert load_corrections(raw)[res.stored_as]["region"] == "广东"
    for _ in range(2):  # the correction is applied on every rebuild, not once
        run_etl("build", "--raw", str(raw), "--db", str(db), "--quiet")
        con = duckdb.connect(str(db), read_only=True)
        row = con.execute("SELECT region, corrected FROM documents").fetchone()
        con.close()
        assert row[0] == "广东" and "region" in row[1]
    dest = remove(raw, res.stored_as)
    assert dest.exists() and not (raw / res.stored_as).exists()
    run_etl("build", "--raw", str(raw), "--db", str(db), "--quiet")
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_cli_add_lists_each_result(tmp_path):
    raw = tmp_path / "raw"
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    dup = tmp_path / "dup.txt"
    dup.write_text(REPORT, encoding="utf-8")
    out = run_etl("add", str(good), str(empty), str(dup), "--raw", str(raw), "--db", str(tmp_path / "w.duckdb"),
                  check=False)
    lines = out.stdout.splitlines()
    assert any(line.startswith("已添加\tgood.txt") for line in lines)
    assert any(line.startswith("已拒绝\tempty.txt\t文件为空") for line in lines)
    assert any(line.startswith("重复\tdup.txt") for line in lines)
    assert out.returncode == 1 and (tmp_path / "w.duckdb").exists()


def test_seed_corpus_untouched_by_tests():
    assert len([p for p in RAW.iterdir() if p.suffix == ".txt"]) == 5
