"""Fuzzing: normalize, outline, metrics and the whole per-document pipeline on arbitrary and hostile text.

Every property here is one the warehouse relies on: offsets map back into the original, spans cut out exactly the
text they claim, figures are finite and non-negative, and no input makes a stage raise.
"""
from __future__ import annotations

import hashlib
import math

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from etl.load import doc_rows
from etl.metrics import extract_metrics, target_spans
from etl.models import RawDoc
from etl.normalize import normalize
from etl.outline import outline
from etl.pipeline import process
from etl.registry import metric_dictionary

FUZZ = settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ_PIPELINE = settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

KNOWN_CODES = {r["code"] for r in metric_dictionary()} | {"other"}
TRADITIONAL = "會議機關處與們國際發價對說時為經過來開關這個頭條樣應當執實現勵檢查復議訴訟許可證"
MEASURES = ("件", "次", "人", "项", "个", "家", "场", "份", "亿元", "万元", "万件", "余件", "多人", "件以上", "%",
            "个工作日", "人次", "")
LEADS = ("行政许可", "行政检查", "行政处罚", "行政复议", "行政诉讼", "信访", "办理", "受理", "办结", "共计", "累计", "开展",
         "不少于", "超过", "约", "近", "全年", "下一年度", "2024年", "2023年度", "广东省司法厅", "清远市工业和信息化局",
         "人大代表建议", "政协提案", "规范性文件", "学法培训", "其中", "分别", "同比增长")
STRUCTURE = ("一、", "二、", "十一、", "（一）", "（二）", "(三)", "\n一、总体要求\n", "\n二、", "\n（一）加强", "\n（二）",
             "\n  （三）推进", "\n(四)", "\n", "\n\n", "\r\n", "。", "，", "；", "：", ":", ",", "、",
             "《", "》", "“", "”", "（", "）", "(", ")", "\u3000", "\ufeff", "\u200b", " ", "\t", "—", "-", "~", "至",
             "（法规处牵头，各处室配合）", "（各处室共同负责）", "\n分享 微信 打印\n", "\n首页 > 新闻中心\n", "\n附件1.pdf\n",
             "\n版权所有 ICP备12345号\n", "\n2024年3月1日\n", "一二三级", "十", "百", "千", "万", "亿")
PINYIN = ("(jiān)", "（shì）", "(fǎ)", "（zhì）", "(ABC)", "（ǎ）", "(lǜ)", "（xyzxyzxyz）")


def _chinese_numeral(n: int) -> str:
    digits = "零一二三四五六七八九"
    return "".join(digits[int(c)] for c in str(n))


numbers = st.one_of(
    st.integers(0, 10**30).map(str),
    st.integers(0, 10**12).map(lambda n: f"{n:,}"),
    st.floats(0, 1e9, allow_nan=False).map(lambda x: f"{x:.3f}"),
    st.integers(0, 10**6).map(_chinese_numeral),
    st.sampled_from(("99999亿", "1.5万", "一千二百", "两", "百分之三十", "百分之99.9", "0", "00000", "1e10", "٣٤٥", "１２３")),
)
figure = st.builds(lambda lead, num, measure: lead + num + measure, st.sampled_from(LEADS), numbers,
                   st.sampled_from(MEASURES))
nested = st.integers(1, 60).flatmap(
    lambda n: st.sampled_from(("（", "(", "《", "“")).map(
        lambda o: o * n + "办理行政许可5件" + {"（": "）", "(": ")", "《": "》", "“": "”"}[o] * n))
token = st.one_of(
    st.text(max_size=12),  # anything, all of Unicode (no surrogates)
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=12),
    st.text(alphabet=TRADITIONAL, min_size=1, max_size=8),
    st.builds(lambda c, p: c + p, st.text(alphabet=TRADITIONAL + "法治政府建设", min_size=1, max_size=1),
              st.sampled_from(PINYIN)),
    st.sampled_from(LEADS),
    st.sampled_from(STRUCTURE),
    figure,
    nested,
)
documents = st.lists(token, max_size=50).map("".join)

HOSTILE = (
    "办理行政许可" + str(10**30) + "件。",
    "全年罚没收入99999亿元。",
    "（" * 300 + "行政检查12次" + "）" * 300,
    "（" * 500 + "\n" + "一、" * 200,
    "堅(jiān)持(chí)依(yī)法(fǎ)行(xíng)政(zhèng)，辦理行政許可61件。",
    "\r\n\ufeff\u200b\r\r\n",
    "一、\n（一）\n（二）（三）\n十、二、",
    "1,000,000,000,000,000,000,000件",
)


def _check_norm(original: str, norm) -> None:
    idx = norm.orig_index
    assert len(idx) == len(norm.text)
    assert norm.orig_len == len(original)
    assert all(0 <= i < len(original) for i in idx)
    assert all(a <= b for a, b in zip(idx, idx[1:])), "orig_index must be monotonic"
    for s, e in ((0, len(norm.text)), (len(norm.text) // 2, len(norm.text))):
        o_s, o_e = norm.to_orig(s, e)
        assert 0 <= o_s <= o_e <= len(original)


def _check_outline(text: str, ol) -> None:
    for part in (*ol.sections, *ol.items, *ol.paragraphs):
        assert 0 <= part.start <= part.end <= len(text), part
    for p in ol.paragraphs:
        assert p.text == text[p.start:p.end] and p.text.strip() == p.text and p.text
    for i in ol.items:
        assert i.text == text[i.start:i.end]
        assert i.section_ord is None or 1 <= i.section_ord <= len(ol.sections)
    assert [s.ord for s in ol.sections] == list(range(1, len(ol.sections) + 1))
    assert [i.ord for i in ol.items] == list(range(1, len(ol.items) + 1))
    assert [p.start for p in ol.paragraphs] == sorted(p.start for p in ol.paragraphs)


def _check_metrics(text: str, metrics) -> None:
    for m in metrics:
        assert 0 <= m.start <= m.end <= len(text), m
        assert text[m.start:m.end] == m.quote, m
        assert isinstance(m.value, float | int) and math.isfinite(m.value) and m.value >= 0, m
        assert m.kind in ("actual", "target") and m.code in KNOWN_CODES, m


@FUZZ
@given(documents)
@example("")
@example("堅(jiān)持(chí)依(yī)法(fǎ)行(xíng)政(zhèng)" * 3)
@example("首页 > 新闻\n分享\n" * 5 + "正文。\n附件.pdf")
def test_normalize_keeps_a_valid_offset_map(original):
    _check_norm(original, normalize(original))


@FUZZ
@given(documents, st.integers(0, 40))
@example("（" * 2000 + "一、标题\n" * 50, 0)
def test_outline_spans_cut_out_their_text(raw, body_start):
    text = normalize(raw).text
    body_start = min(body_start, len(text))
    ol = outline(text, body_start)
    _check_outline(text, ol)
    assert all(p.start >= body_start for p in ol.paragraphs)


@FUZZ
@given(documents, st.sampled_from(("report", "plan", None)), st.sampled_from((2023, 2024, None)))
@example(HOSTILE[0], "report", 2023)
@example(HOSTILE[1], "report", 2023)
@example(HOSTILE[2], "plan", None)
@example(HOSTILE[7], None, None)
def test_extract_metrics_quotes_and_values(raw, doc_type, year):
    text = normalize(raw).text
    spans = target_spans(text, doc_type)
    assert all(0 <= a <= b <= len(text) for a, b in spans)
    _check_metrics(text, extract_metrics(text, doc_type=doc_type, year=year, target_spans=spans))


def test_huge_numbers_give_finite_values_or_none():
    """A figure too big for a float (more than 308 digits) is dropped, never stored as inf."""
    cases = ["办理行政许可" + "9" * 400 + "件。", "受理行政复议" + "9" * 309 + "亿件。", "公开率百分之" + "9" * 400 + "。",
             "办理行政许可1" + ",000" * 110 + "件。"]
    bad = []
    for raw in cases:
        for m in extract_metrics(raw, doc_type="report", year=2023):
            assert raw[m.start:m.end] == m.quote
            if not (math.isfinite(m.value) and m.value >= 0):
                bad.append((m.quote[:20], m.value))
    assert not bad, f"non-finite values extracted: {bad}"


def _raw(text: str) -> RawDoc:
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return RawDoc(source_name="fuzz.txt", content_sha256=sha, original_text=text, encoding="utf-8", file_format="txt")


@FUZZ_PIPELINE
@given(documents.filter(lambda s: s.strip()))
@example(HOSTILE[3])
@example(HOSTILE[4])
@example(HOSTILE[5] + "x")
@example(HOSTILE[6])
def test_process_pipeline_on_fuzzed_text(original):
    r = process(_raw(original))
    _check_norm(original, r.norm)
    _check_outline(r.norm.text, r.outline)
    _check_metrics(r.norm.text, r.metrics)
    for m in r.metrics:
        o_s, o_e = r.norm.to_orig(m.start, m.end)
        assert 0 <= o_s <= o_e <= len(original)
    for q in r.quality:
        assert q.count >= 1 and q.issue
        if q.start is not None:
            assert 0 <= q.start <= (q.end if q.end is not None else q.start) <= len(original)
    assert r.profile.year is None or 1900 <= r.profile.year <= 2100
    # the loader's rows for this document are well formed (one document row, unique metric keys, finite values)
    rows = doc_rows(r)
    assert rows["documents"]["doc_id"] == [r.doc_id]
    metric_ids = rows.get("metrics", {}).get("metric_id", [])
    assert len(metric_ids) == len(set(metric_ids)) == len(r.metrics)
    assert all(math.isfinite(v) and v >= 0 for v in rows.get("metrics", {}).get("value", []))
    for table, cols in rows.items():
        assert len({len(v) for v in cols.values()}) == 1, table  # every column of a table has one value per row
