"""Quality: what is wrong with a source text, counted, with an example, so no number is trusted blindly."""
from __future__ import annotations

import bisect
import os
import re
from collections import defaultdict
from functools import lru_cache

from .models import Normalized, Outline, Profile, QualityIssue
from .normalize import CJK
from .profile import DOC_NUMBER_RE
from .registry import quality_issue_names, spam_brand_heads, spam_terms

# a brand-like word glued to a gaming suffix: 三昇体育, 开云体育
_BRAND_RE = re.compile(rf"(?P<brand>[{CJK}]{{2}})(?P<suffix>体育|娱乐|棋牌|彩票|电竞|真人)"
                       r"(?!局|厅|总局|委|中心|场|馆|事业|产业|设施|活动|运动|赛事|健身|锻炼|教育|课|强国|文化|旅游|和|与|、"
                       r"|法|项目|组织|工作|协会|总会|公园|场地|人口|服务|彩票)")
# characters no brand has but phrases do: 高危险性体育项目, 残疾人体育, 修订后体育法
_NOT_BRAND_CHARS = set("省市县区镇乡村和与及的等在对为是了、性人新后")
GAP_RE = re.compile(rf"(?<=[{CJK}])[ ]+(?=[{CJK}])")
_SPACES_RE = re.compile("[ ]+")
_CJK_CHAR_RE = re.compile(f"[{CJK}]")
# (a run of question marks for lost characters counts once: 欺诈？？医保, 飞行检？3次)
GARBLED_RE = re.compile(rf"\ufffd|(?<=[{CJK}])[?？]{{1,6}}(?=[{CJK}a-z\d])|锟斤拷|烫烫烫|屯屯屯")


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    """jieba's own dictionary, to tell a real word from an invented brand name."""
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as f:
        return frozenset(line.split(" ", 1)[0] for line in f)


def _case_variants(ch: str) -> list[str]:
    """The upper and lower case of ch (b -> b, B) and re's extra folds (s -> ſ); just ch for a character without case."""
    try:
        from re._casefix import _EXTRA_CASES  # private (Python 3.11+): without it, plain upper and lower case
    except ImportError:
        _EXTRA_CASES = {}
    extra = {chr(c) for x in (ch, ch.lower()) for c in _EXTRA_CASES.get(ord(x[0]), ())}
    cands = sorted({ch, ch.lower(), ch.upper(), ch.swapcase()} | extra)
    return [c for c in cands if len(c) == 1 and re.fullmatch(re.escape(ch), c, re.I)]


def _caseless(term: str) -> list[str]:
    """Patterns matching term as re.I would, each starting with a literal character.

    re.I, or a character class first, costs the pattern its first-character fast path: ~13x slower on every text.
    """
    rest = "".join(re.escape(c) if len(v := _case_variants(c)) == 1 else "[" + "".join(map(re.escape, v)) + "]"
                   for c in term[1:])
    return [re.escape(first) + rest for first in _case_variants(term[0])]


@lru_cache(maxsize=1)
def _spam_re() -> re.Pattern | None:
    """One pattern for the listed terms, longest first, case ignored (bet365 = BET365)."""
    terms = sorted(spam_terms(), key=len, reverse=True)
    return re.compile("|".join(p for t in terms for p in _caseless(t))) if terms else None


_SUFFIX_RE = re.compile("体育|娱乐|棋牌|彩票|电竞|真人")


def _brand_matches(text: str):
    """_BRAND_RE.finditer(text), found from the rare suffixes instead of trying every character."""
    pos = 0
    for s in _SUFFIX_RE.finditer(text):
        p = s.start() - 2
        if p < pos:
            continue
        m = _BRAND_RE.match(text, p)
        if m:
            pos = m.end()
            yield m


def find_spam(text: str) -> list[tuple[int, int]]:
    """Spans of injected gambling or gaming brands."""
    spans = []
    rx = _spam_re()
    if rx:
        spans += [(m.start(), m.end()) for m in rx.finditer(text)]
    for m in _brand_matches(text):
        brand = m.group("brand")
        if set(brand) & _NOT_BRAND_CHARS:
            continue
        words = _dictionary_words()
        if (brand in words or m.group() in words) and brand not in spam_brand_heads():
            continue
        spans.append((m.start(), m.end()))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):  # 亚洲金沙娱乐城: a listed term (娱乐城) inside a brand (金沙娱乐) is one insertion
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"“[^”\n]{0,60}”|《[^》\n]{0,80}》", text)]


# a header line of fields: 青审发〔2021〕42号　　青岛市审计局　　2021年11月5日
_META_LINE_RE = re.compile(r"(来源|日期|时间|作者|编辑|浏览|点击|联系人|电话|字号|字体|抄送|分享到|签发人|供稿|审核|校对|责编|摄影|通讯员)[：:]")
# a post and a name set apart on a line of their own: 安吉县县长　王××, 局长　张明
_SIGNED_NAME_RE = re.compile(rf"\s*[{CJK}]{{1,14}}(?:长|主任|书记|主席|委员)\s+[{CJK}×＊*Ｘ]{{2,4}}\s*")
# 述职人：街道党工委副书记、办事处主任　陈××: who speaks, the post and the name set apart
_SPEAKER_LINE_RE = re.compile(r"\s*(?:述职人|述法人|报告人|汇报人|发言人)\s*[:：]")
_SPACED_LABEL_RE = re.compile(rf"[ \t]*[{CJK}](?:\s*[{CJK}]){{1,4}}\s*[:：]")
# the issuers of a joint document signed side by side: 中共襄阳市委机构编制委员会办公室      襄阳市人民政府办公室
_UNIT_END = "(?:局|办公室|委员会|政府|厅|委|办|中心|院)"
_JOINT_SIGNATURE_RE = re.compile(rf"\s*[{CJK}（）]{{2,30}}{_UNIT_END}(?:\s{{2,}}[{CJK}（）]{{2,30}}{_UNIT_END})+\s*")
_CELL_NAME_ENDS = frozenset("处科室股局委办队所站院厅心组")
_LABEL_AFTER_RE = re.compile(r"(?:配合|协办|参与|责任|牵头|主责|完成)(?:单位|处室|科室|部门|领导|时限|时间)[:：]")
_SPACED_LINE_RE = re.compile(rf"\s*(?:第[一二三四五六七八九十百]+[章节部分]+\s*)?[{CJK}](?:[ ]+[{CJK}]){{1,5}}\s*")
# a space after a heading's number is layout: 一、　依法行政, 第一部分　主要成效
_HEADING_PREFIX_RE = re.compile(r"\s*(?:第[一二三四五六七八九十百]+(?:部分|章|节|条)|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]"
                                r"|\d+[、．.]|附[表件图]\s*\d*|表\s*\d+"
                                r"|[一二三四五六七八九十]{1,3})\s*")  # 附表　委本级…, 表1　…: a caption's label; 二 存在的问题


def find_gaps(text: str) -> list[tuple[int, int]]:
    """Spaces between two characters where words were cut out (not in a quoted slogan or a page's meta line)."""
    quoted = _quoted_ranges(text)  # sorted and non-overlapping, so a binary search finds the enclosing one
    q_starts = [a for a, _ in quoted]
    layout_line: dict[int, bool] = {}  # line start -> whether its spaces are layout (a meta line, a spaced heading)
    out = []
    for m in _SPACES_RE.finditer(text):
        # a run of spaces with a character on both sides (GAP_RE), found from the spaces rather than every character
        if not (m.start() and _CJK_CHAR_RE.match(text, m.start() - 1) and _CJK_CHAR_RE.match(text, m.end())):
            continue
        k = bisect.bisect_left(q_starts, m.start()) - 1
        if k >= 0 and m.start() < quoted[k][1]:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        if m.start() - ls <= 8 and _HEADING_PREFIX_RE.fullmatch(text, ls, m.start()):
            continue
        if _LABEL_AFTER_RE.match(text, m.end()):
            continue  # 市委编办　配合单位：市司法局 — a space between two labelled fields
        cs = max(ls, text.rfind("\t", ls, m.start()) + 1)  # the table cell's start, or the line's
        if (lm := _SPACED_LABEL_RE.match(text, cs)) and m.end() <= lm.end():
            continue  # 附　　件：, 抄　　送：, 有 效 性：, ⇥文　　号： — a label spaced out to the width of the others
        if text.startswith("星期", m.end()):
            continue  # 2025年1月27日 星期一: a web page's date bar
        if cs > ls and text[m.start() - 1] in _CELL_NAME_ENDS:
            continue  # ⇥政策法规处 办公室⇥: two units a table cell holds as two paragraphs
        if cs > ls and len(text[cs:m.start()].strip()) == 1 and (
                m.end() + 1 == len(text) or text[m.end() + 1] in "\t\n"):
            continue  # ⇥全 年⇥, ⇥合 计: a two-character cell spaced to its column's width
        if ls not in layout_line:  # once per line: a 5 MB line may hold thousands of gaps
            le = text.find("\n", m.end())
            le = le if le >= 0 else len(text)
            # 第一章　总　则: a short heading set with spaces between its characters
            spaced = le - ls <= 40 and len(_CJK_CHAR_RE.findall(text, ls, le)) <= 8 and bool(
                _SPACED_LINE_RE.fullmatch(text, ls, le))
            layout_line[ls] = spaced or bool(_SPEAKER_LINE_RE.match(text, ls)) or bool(_META_LINE_RE.search(text, ls, le)) or bool(
                DOC_NUMBER_RE.search(text, ls, le)) or bool(
                _SIGNED_NAME_RE.fullmatch(text, ls, le)) or bool(_JOINT_SIGNATURE_RE.fullmatch(text, ls, le))
        if layout_line[ls]:
            continue
        out.append((m.start(), m.end()))
    return out


def numbering_gaps(values: list[int]) -> list[tuple[int, int]]:
    """(before, after) pairs where a numbering skips; a restart at 1 is not a gap."""
    out = []
    for a, b in zip(values, values[1:]):
        if b != a + 1 and b != 1:
            out.append((a, b))
    return out


_CN = "零一二三四五六七八九十"


def _cn(n: int) -> str:
    if n <= 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n - 10] if n > 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def _context(text: str, s: int, e: int, width: int = 6) -> str:
    return text[max(0, s - width): e + width].replace("\n", " ")


def assess(norm: Normalized, profile: Profile, outline: Outline, encoding: str = "",
           spam: list[tuple[int, int]] | None = None) -> tuple[QualityIssue, ...]:
    """Every quality problem of one document (spam spans may be passed in when already found)."""
    text = norm.text
    found: dict[str, list] = defaultdict(list)  # issue -> [(count, example, orig_start, orig_end)]
    for fx in norm.fixes:
        found[fx.issue].append((1, fx.example, fx.start, fx.end))
    if profile.header_missing and profile.doc_type:
        # a news item's headline is not a report's title: it is flagged as neither report nor plan instead
        found["missing_header"].append((1, "（无标题、发文单位或日期行）", None, None))
    sec_vals = [s.number_value for s in outline.sections]
    for a, b in numbering_gaps(sec_vals):
        nums = "、".join(_cn(v) for v in sec_vals)
        found["section_gap"].append((1, f"{nums}（缺 {'、'.join(_cn(v) for v in range(a + 1, b))}）"
                                     if b > a else f"{_cn(a)} 之后为 {_cn(b)}", None, None))
    item_vals = [i.number_value for i in outline.items]
    for a, b in numbering_gaps(item_vals):
        found["item_gap"].append((1, f"（{_cn(a)}）之后为（{_cn(b)}）", None, None))
    for s, e in (find_spam(text) if spam is None else spam):
        found["spam_insertion"].append((1, text[s:e], *norm.to_orig(s, e)))
    for s, e in find_gaps(text):
        found["missing_words"].append((1, _context(text, s, e), *norm.to_orig(s, e)))
    for m in (GARBLED_RE.finditer(text) if "\ufffd" in text or "?" in text or "？" in text or "锟" in text
              or "烫" in text or "屯" in text else ()):
        found["garbled_chars"].append((1, _context(text, m.start(), m.end()), *norm.to_orig(m.start(), m.end())))
    if "有损" in encoding:
        found["encoding_damage"].append((text.count("\ufffd") or 1, "�", None, None))
    if not profile.unit:
        found["unknown_unit"].append((1, "（未识别）", None, None))
    if not profile.year:
        found["unknown_year"].append((1, "（未识别）", None, None))
    for field, why in profile.evidence:
        if field == "year" and why.startswith("标题"):
            found["year_conflict"].append((1, why, None, None))
    if not profile.doc_type:
        first_line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        found["unknown_doc_type"].append((1, (profile.title or first_line)[:60], None, None))

    names = quality_issue_names()
    out = []
    for issue, hits in found.items():
        meta = names.get(issue, {})
        count = sum(h[0] for h in hits)
        if issue in ("traditional_script", "missing_header", "web_boilerplate"):
            count = 1  # a property of the document: page chrome above and below the body is one saved web page
        first = hits[0]
        out.append(QualityIssue(issue=issue, count=count, example=first[1],
                                description=meta.get("description", issue), start=first[2], end=first[3]))
    return tuple(sorted(out, key=lambda q: q.issue))
