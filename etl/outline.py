"""Outline: top sections 一、, numbered items （一）, paragraphs, and the lead departments of each item."""
from __future__ import annotations

import bisect
import re

from .models import Item, Outline, Paragraph, Section
from .profile import DATE_LINE_RE, cn_small_int

CN_NUM = "一二三四五六七八九十百"
SECTION_RE = re.compile(rf"^[ \t]*([{CN_NUM}]{{1,4}})[、．.]\s*(.*)$", re.M)
ITEM_RE = re.compile(rf"^[ \t]*[（(]([{CN_NUM}]{{1,4}})[）)]\s*(.*)$", re.M)
# the item level of documents that number no item （一） (many work plans): 1. / 1、 lines, else （1） lines —
# the order of the levels below （一） in official documents
FALLBACK_ITEM_RES = (re.compile(r"^[ \t]*(\d{1,2})[.．、](?!\d)\s*(.*)$", re.M),
                     re.compile(r"^[ \t]*[（(](\d{1,2})[）)]\s*(.*)$", re.M))
# a closing note naming who leads: （法规处牵头，各有关处室负责）
LEAD_NOTE_RE = re.compile(r"[（【]([^（）【】]{0,80}?(?:牵头|负责|配合|承办|落实|责任(?:单位|部门|处室|科室))[^（）【】]{0,40})[）】][。；]?\s*$")
# the same note as a line of its own without brackets: 责任单位：政策法规处
LEAD_LINE_RE = re.compile(r"\n[ \t]*((?:牵头|责任|主责|负责)(?:单位|部门|处室|科室)[:：][^\n]{1,80})\s*$")
# 和/及/与 join two departments only after a department's ending: 普法与依法治理科 is one name
_DEPT_SPLIT_RE = re.compile(r"[、，,]|(?<=[处科室局委办心队站所部院厅会组股])(?:和|及|与)")
_LEAD_TAIL_RE = re.compile(r"(分别)?(?:(?:按|按照|依|根据)职责(?:分工)?)?(共同)?(牵头|负责|承办|落实)$")
_COLLECTIVE = ("各处室共同负责", "各科室共同负责", "各部门共同负责", "各单位共同负责")


# 牵头单位：区司法局；责任单位：区级各部门 — the lead named after a label rather than before a verb
_LEAD_LABEL_RE = re.compile(r"(?:牵头|责任|主责|负责)(?:单位|部门|处室|科室)[:：]\s*([^；;]+)")


def _departments(names: str) -> tuple[str, ...]:
    """The departments a list names (法规处、办公室), less collective ones (各处室)."""
    return tuple(d for d in (x.strip() for x in _DEPT_SPLIT_RE.split(names)) if d and not d.startswith("各"))


def parse_leads(note: str) -> tuple[str, ...]:
    """Lead departments of a note: each one named as lead; 各处室共同负责 where none is singled out."""
    for m in _LEAD_LABEL_RE.finditer(note):  # 牵头单位 first, as the labels come
        depts = _departments(m.group(1))
        if depts:
            return depts
    clauses = [c.strip() for c in re.split(r"[，；,;]", note) if c.strip()]
    for want in ("牵头", "负责", "承办"):
        for c in clauses:
            if want not in c:
                continue
            if c.startswith("各"):
                if "共同" in c:
                    return (c if c in _COLLECTIVE else "各处室共同负责",)
                continue
            head = c[: c.index(want) + len(want)]
            head = _LEAD_TAIL_RE.sub("", head)
            depts = _departments(head)
            if depts:
                return depts
    return ()


# the signature under the body: the issuing unit on a line of its own, a date, a note such as （此件公开发布）
_SIGNATURE_LINE_RE = re.compile(r"^[^。，、；：:\d]{2,30}(?:委员会|政府|办公室|局|厅|委|办|中心|院|处|科)$|^（(?:此件|本件)?[^（）。]{0,12}(?:公开|发布)[^（）。]{0,8}）$"
                                r"|^(?:联系人|联系电话|抄送)[:：]")


_WIDE_GAP_RE = re.compile(r"\s{2,}")


def end_matter_start(text: str) -> int:
    """Where the closing signature and date begin (len(text) when the body runs to the end)."""
    end = len(text)
    start = end
    dated = False
    pos = end
    for line in reversed(text.split("\n")):
        line_start = pos - len(line)
        pos = line_start - 1
        stripped = line.strip()
        if not stripped:
            continue
        parts = _WIDE_GAP_RE.split(stripped)  # 某某厅办公室　　　2025年3月12日印发: unit and date on one line
        if not all(DATE_LINE_RE.match(p) or _SIGNATURE_LINE_RE.match(p) for p in parts):
            break
        dated = dated or any(DATE_LINE_RE.match(p) for p in parts)
        start = line_start
    return start if dated else end


def _title_of(rest: str) -> str:
    """An item's title: its first sentence when short, else the first words."""
    rest = rest.strip()
    for stop in ("。", "；"):
        k = rest.find(stop)
        if 0 < k <= 60:
            return rest[:k]
    return rest[:40] if len(rest) > 40 else rest


def _containing(spans, starts: list[int], pos: int) -> int | None:
    """ord of the span (sorted by start) that contains pos."""
    k = bisect.bisect_right(starts, pos) - 1
    return spans[k].ord if k >= 0 and pos < spans[k].end else None


def outline(text: str, body_start: int = 0) -> Outline:
    """Sections, items and paragraphs of the normalized text from body_start on."""
    heads = []
    for m in SECTION_RE.finditer(text, body_start):
        rest = m.group(2).strip()
        # a line such as 一、二、三级 or a bare numeral list is not a heading
        if not rest or re.match(rf"^[{CN_NUM}]+、", rest):
            continue
        heads.append(("s", m.start(), m.end(), m.group(1), rest))
    n_heads = len(heads)
    for item_re in (ITEM_RE, *FALLBACK_ITEM_RES):
        if len(heads) > n_heads:
            break  # items found at a higher level: these lines are sub-items, part of an item's text
        for m in item_re.finditer(text, body_start):
            rest = m.group(2).strip()
            if rest:
                heads.append(("i", m.start(), m.end(), m.group(1), rest))
    heads.sort(key=lambda h: h[1])
    body_end = end_matter_start(text)

    sections: list[Section] = []
    items: list[Item] = []
    sec_bounds = []
    for n, (kind, start, _line_end, num, rest) in enumerate(heads):
        if kind == "s":
            # a section runs to the next section
            nxt = next((h[1] for h in heads[n + 1:] if h[0] == "s"), body_end)
            sec_bounds.append((start, nxt))
            sections.append(Section(ord=len(sections) + 1, number=num, number_value=cn_small_int(num),
                                    title=_title_of(rest), start=start, end=nxt))
    sec_starts = [x.start for x in sections]
    for n, (kind, start, _line_end, num, rest) in enumerate(heads):
        if kind != "i":
            continue
        end = next((h[1] for h in heads[n + 1:] if h[0] in ("s", "i")), body_end)
        body = text[start:end].rstrip()
        note_m = LEAD_NOTE_RE.search(body) or LEAD_LINE_RE.search(body)
        note = note_m.group(1) if note_m else None
        sec = _containing(sections, sec_starts, start)
        items.append(Item(ord=len(items) + 1, section_ord=sec, number=num, number_value=cn_small_int(num),
                          title=_title_of(rest), text=body, start=start, end=start + len(body),
                          leads=parse_leads(note) if note else (), lead_note=note))

    paragraphs: list[Paragraph] = []
    sec_starts = [x.start for x in sections]
    item_starts = [x.start for x in items]
    pos = body_start
    for line in text[body_start:].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        s2, e2 = s + lead, s + lead + len(stripped)
        sec = _containing(sections, sec_starts, s2)
        it = _containing(items, item_starts, s2)
        paragraphs.append(Paragraph(ord=len(paragraphs) + 1, section_ord=sec, item_ord=it, text=stripped,
                                    start=s2, end=e2))
    return Outline(sections=tuple(sections), items=tuple(items), paragraphs=tuple(paragraphs), body_start=body_start)
