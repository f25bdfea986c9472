"""Classify: each item and paragraph gets one of the 11 areas; the heading is a strong prior, keywords decide."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .models import Outline, evolve
from .registry import categories

TITLE_WEIGHT = 3.0
HEADING_WEIGHT = 4.0
BODY_CAP = 6  # one long item should not outvote its heading on repetition alone


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern, re.Pattern | None], ...]:
    out = []
    for c in categories():
        kw = re.compile("|".join(map(re.escape, sorted(c.keywords, key=len, reverse=True))))
        hk = (re.compile("|".join(map(re.escape, sorted(c.heading_keywords + c.keywords, key=len, reverse=True))))
              if c.heading_keywords else None)
        out.append((c.code, kw, hk))
    return tuple(out)


def keyword_scores(text: str) -> dict[str, int]:
    """How many trigger words of each category occur in text."""
    return {code: len(kw.findall(text)) for code, kw, _ in _patterns()}


@lru_cache(maxsize=8192)
def heading_scores(title: str) -> dict[str, int]:
    """How strongly a heading points at each category (heading words count double); a word inside another area's
    longer word (职能 in 提升依法履职能力, 公众参与 in 公众参与立法) does not count."""
    spans = {code: ([m.span() for m in hk.finditer(title)] if hk else []) + [m.span() for m in kw.finditer(title)]
             for code, kw, hk in _patterns()}
    return {code: sum(not any(s2 <= s and e <= e2 and e2 - s2 > e - s for c2, o in spans.items() if c2 != code
                              for s2, e2 in o)
                      for s, e in own)
            for code, own in spans.items()}


def _choose(body_s: dict[str, int], title: str, heading: str) -> str | None:
    """The best category from body keyword counts, the passage's own title and the heading above it."""
    title_s = heading_scores(title) if title else {}
    head_s = heading_scores(heading) if heading else {}
    head_best = max(head_s.values(), default=0)
    best, best_key = None, (0.0, 0)
    for code, kw, hk in _patterns():
        score = min(body_s.get(code, 0), BODY_CAP) + TITLE_WEIGHT * title_s.get(code, 0)
        if head_best and head_s.get(code, 0) == head_best:
            score += HEADING_WEIGHT
        # a tie goes to the area the title names first (推进公共法律服务和村（社区）法律顾问工作: legal services)
        first = (hk or kw).search(title) if title_s.get(code) else None
        key = (score, -first.start() if first else -len(title) - 1)
        if score > 0 and key > best_key:
            best, best_key = code, key
    for closing in (heading, title) if best is None else ():
        # （三）做好总结报送 under 保障措施: a closing section's items are about driving the plan, and so is an item
        # titled so itself (3、保障措施 in a plan whose parts are numbered 1、)
        best = next((c.code for c in categories() if closing and any(w in closing for w in c.fallback_headings)), None)
        if best is not None:
            break
    return best


def _row_heading(text: str, title: str) -> str:
    """A task table row's group cells before its task (1⇥职能转变⇥深化环评审批改革⇥…): its heading, when they name an area."""
    if "\t" not in text or not title:
        return ""
    cells = text.split("\t")
    k = next((n for n, c in enumerate(cells) if c.strip().startswith(title)), 0)
    group = " ".join(c.strip() for c in cells[:k] if re.search(r"[\u4e00-\u9fff]", c))
    return group if group and any(heading_scores(group).values()) else ""


def classify_text(body: str, title: str = "", heading: str = "") -> str | None:
    """The category of a passage given its own title and the heading above it."""
    return _choose(keyword_scores(body), title, heading)


@lru_cache(maxsize=1024)
def _overlaps_a_trigger(sector: str) -> bool:
    """Whether a field's name holds a trigger word or sits inside one (应急管理, 行政审批服务, 信访)."""
    return len(sector) >= 2 and any(k in sector or sector in k
                                    for c in categories() for k in (*c.keywords, *c.heading_keywords))


# the part of a report on the head's own duty (党政主要负责人履行推进法治建设第一责任人职责情况), named by the template
_DUTY_PART_RE = re.compile(r"(?:党政)?(?:主要负责人|主要负责同志|本人)?履行(?:推进)?法治(?:政府)?建设第一责任人职责(?:情况)?")
# the area every document names in its title (年度报告, 工作要点): it says what the document is, not what it is about
_GENERIC_AREA = "LEAD"


def title_area(doc_title: str | None) -> str | None:
    """The one area a single-topic document's title names (行政复议工作报告, 建议提案办理工作情况的报告), or None."""
    scores = {c: n for c, n in heading_scores(doc_title or "").items() if n and c != _GENERIC_AREA}
    top = max(scores.values(), default=0)
    best = [c for c, n in scores.items() if n == top]
    return best[0] if top and len(best) == 1 else None


def classify(outline: Outline, heading_of_doc: str = "", text: str | None = None,
             own_sector: str | None = None, doc_title: str | None = None) -> Outline:
    """Outline with a category on every item and paragraph.

    With the document's text, each category's trigger words are found once in the whole text and counted per
    passage; passages begin and end at line breaks and no trigger word spans one, so the counts are the same.
    own_sector: the issuing unit's field (应急管理): a 应急管理厅 names it everywhere, which says who writes, not about
    what, so it is not counted. doc_title: a passage that names no area is about the one its document's title names.
    """
    template_area = next((c.code for c in categories() if any(t in (doc_title or "") for t in c.document_titles)), None)
    if template_area is not None:
        # 政府信息公开工作年度报告 follows a national template whose every part (平台建设, 监督保障, 复议诉讼情况) is
        # disclosure work, whatever other area's words it uses
        return evolve(outline, items=tuple(evolve(i, category=template_area) for i in outline.items),
                      paragraphs=tuple(evolve(p, category=template_area) for p in outline.paragraphs))
    if own_sector and _overlaps_a_trigger(own_sector):
        blank = " " * len(own_sector)

        def own(s: str) -> str:
            return s.replace(own_sector, blank)
        masked = classify(
            evolve(outline, items=tuple(evolve(i, title=own(i.title), text=own(i.text)) for i in outline.items),
                   sections=tuple(evolve(x, title=own(x.title)) for x in outline.sections),
                   paragraphs=tuple(evolve(p, text=own(p.text)) for p in outline.paragraphs)),
            own(heading_of_doc), own(text) if text is not None else None, doc_title=own(doc_title or ""))
        return evolve(outline, items=tuple(evolve(i, category=m.category) for i, m in zip(outline.items, masked.items)),
                      paragraphs=tuple(evolve(p, category=m.category)
                                       for p, m in zip(outline.paragraphs, masked.paragraphs)))
    if text is None:
        def scores(body: str, _s: int, _e: int) -> dict[str, int]:
            return keyword_scores(body)
    else:
        hits = [(code, [m.start() for m in kw.finditer(text)]) for code, kw, _ in _patterns()]

        def scores(_body: str, s: int, e: int) -> dict[str, int]:
            return {code: bisect_left(starts, e) - bisect_left(starts, s) for code, starts in hits}

    def item_scores(i) -> dict[str, int]:
        """An item's keyword counts, less those in its lead notes (责任科室：督查考核科 says who, not about what)."""
        counts = scores(i.text, i.start, i.end)
        for note in (i.lead_note or "").split("；"):
            k = i.text.rfind(note) if note else -1
            if k >= 0:
                for code, n in scores(note, i.start + k, i.start + k + len(note)).items():
                    counts[code] = counts.get(code, 0) - n
        return counts

    sec_title = {s.ord: s.title for s in outline.sections}
    doc_area = title_area(doc_title)

    def item_category(i) -> str | None:
        heading = _row_heading(i.text, i.title) or sec_title.get(i.section_ord, heading_of_doc)
        if _DUTY_PART_RE.fullmatch(heading.strip(" 。")):
            # 二、履行推进法治建设第一责任人职责情况 in a 述法 report says what the part is, not what its items are about:
            # it decides only for an item with no words of its own
            return _choose(item_scores(i), i.title, "") or _choose(item_scores(i), i.title, heading) or doc_area
        return _choose(item_scores(i), i.title, heading) or doc_area
    items = tuple(evolve(i, category=item_category(i)) for i in outline.items)
    item_cat = {i.ord: i.category for i in items}
    paras = []
    for p in outline.paragraphs:
        cat = item_cat.get(p.item_ord) if p.item_ord else None
        if cat is None:
            cat = _choose(scores(p.text, p.start, p.end), "", sec_title.get(p.section_ord, heading_of_doc)) or doc_area
        paras.append(evolve(p, category=cat))
    return evolve(outline, items=items, paragraphs=tuple(paras))
