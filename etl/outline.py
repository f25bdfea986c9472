"""Outline: top sections 一、, numbered items （一）, paragraphs, and the lead departments of each item."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .models import Item, Outline, Paragraph, Section, evolve
from .profile import APPENDIX_RE, DATE_LINE_RE, appendix_start, cn_small_int

CN_NUM = "一二三四五六七八九十百"
# a line holding a tab is a table's row (一、本年新收…申请数量⇥44⇥8⇥52), never a heading
SECTION_RE = re.compile(rf"^[ \t]*([{CN_NUM}]{{1,4}})[、．.]\s*([^\t\n]*)$", re.M)
ITEM_RE = re.compile(rf"^[ \t]*[（(]([{CN_NUM}]{{1,4}})[）)]\s*([^\t\n]*)$", re.M)
# rules written as chapters and articles (第一章　总则 / 第一条　为规范…): the chapters are the parts, the articles the items
CHAPTER_RE = re.compile(rf"^[ \t]*第([{CN_NUM}]{{1,4}})章\s*(.*)$", re.M)
PART_RE = re.compile(rf"^[ \t]*第([{CN_NUM}]{{1,4}})部分\s*(.*)$", re.M)
# (第二十条第（一）项 alone on a line cites a clause of a law, it opens no article)
ARTICLE_RE = re.compile(rf"^[ \t]*第([{CN_NUM}]{{1,4}})条(?!第[（(])\s*([^\t\n]*)$", re.M)
# the item level of documents that number no item （一） (many work plans): 1. / 1、 lines, else （1） lines —
# the order of the levels below （一） in official documents
FALLBACK_ITEM_RES = (re.compile(r"^[ \t]*(\d{1,2})[.．、](?!\d)\s*(.*)$", re.M),
                     re.compile(r"^[ \t]*[（(](\d{1,2})[）)]\s*(.*)$", re.M))
# a task table (任务分工方案, 任务清单): a header row 序号⇥工作任务⇥牵头单位⇥…, then a row per task, numbered in its
# first cell; its rows are the items when no line is numbered as one
_TASK_HEADER_RE = re.compile(r"^[ \t]*序号[ \t]*\t([^\n]*)$", re.M)
_TASK_ROW_RE = re.compile(r"[ \t]*(\d{1,3})[.．、]?[ \t]*\t[^\n]*")
_TASK_COLUMN_RE = re.compile(r"任务|内容|措施|事项|举措")
_COUNT_HEAD_RE = re.compile(r"[（(](?:个|家|户|件|项|次|场|期|人|家次|户次|%)[）)]\s*$")
# the words a lead label names its divisions with (牵头单位, 责任处室, 责任股室)
_DIVISIONS = "单位|部门|处室|科室|股室"
_LEAD_COLUMN_RE = re.compile(rf"^\s*(?:牵头|责任|主责)(?:{_DIVISIONS})\s*$")


def _task_rows(text: str, body_start: int) -> list[tuple[int, int, str, str, str | None]]:
    """(start, end, number, task, lead note) of each row of the task tables from body_start on."""
    out = []
    for h in _TASK_HEADER_RE.finditer(text, body_start):
        cols = ["序号", *h.group(1).split("\t")]
        # (抽查事项（个）⇥抽查对象（家）: a head with a measure in brackets counts, it holds no tasks)
        task_col = next((k for k, c in enumerate(cols) if k and _TASK_COLUMN_RE.search(c) and not _COUNT_HEAD_RE.search(c)),
                        None)
        lead_col = next((k for k, c in enumerate(cols) if _LEAD_COLUMN_RE.match(c)), None)
        if task_col is None or lead_col is None:
            continue  # 序号⇥指标名称⇥计量单位⇥2023年: a table of figures, not of tasks
        pos = h.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if line.strip():
                if not _TASK_ROW_RE.fullmatch(line):
                    if "\t" not in line.strip() and len(line.strip()) <= 40:
                        pos = end + 1  # 一、加强法治政府建设的领导: a heading over the next group of rows
                        continue
                    break
                cells = [c.strip() for c in line.strip().split("\t")]
                task = cells[task_col] if task_col < len(cells) else ""
                lead = cells[lead_col] if lead_col < len(cells) else ""
                out.append((pos + len(line) - len(line.lstrip()), end, _TASK_ROW_RE.match(line).group(1), task,
                            f"{cols[lead_col].strip()}：{lead}" if lead else None))
            pos = end + 1
    return out


# a note ending a line of an item, naming who leads: （法规处牵头，各县（区）人民政府负责）; an item with sub-points
# may carry one on each
_NOTE_CHAR = r"(?:[^（）【】\n]|（[^（）\n]{0,12}）)"
LEAD_NOTE_RE = re.compile(rf"[（【]({_NOTE_CHAR}{{0,80}}?(?:牵头|负责|配合|承办|落实|责任(?:{_DIVISIONS}))"
                          rf"{_NOTE_CHAR}{{0,40}})[）】][。；]?[ \t]*$", re.M)
# a note that only names departments at an item's end: （政策法规科、办公室）, （市劳动保障监察支队）
_DEPT_NAME = r"[\u4e00-\u9fff]{1,14}?(?:科|处|室|股|办公室|中心|支队|大队|局|委|所|站)"
BARE_DEPT_NOTE_RE = re.compile(rf"（({_DEPT_NAME}(?:[、，]{_DEPT_NAME})*)）[。；]?[ \t]*$", re.M)
# the label a lead is named after: 牵头单位：, 责任处室：, 【牵头处室】
# (牵头： alone as well: （牵头：办公室；配合：法规科）)
_LEAD_LABEL = rf"(?:牵头(?:{_DIVISIONS})?|主办(?:{_DIVISIONS})?|(?:责任|主责|负责)(?:{_DIVISIONS}))(?:[:：]|】|\])"
# the same as a labelled line of its own: 责任单位：政策法规处 / 【牵头处室】建设管理处
LEAD_LINE_RE = re.compile(rf"^[ \t]*([【\[]?{_LEAD_LABEL}[^\n]{{1,80}})$", re.M)
# a labelled note inside an item's text: …不少于4次。牵头处室：办公室；配合处室：法规处。 / …。【牵头单位】市司法局
# (the 【 spelled out in each branch: an optional first character would cost the regex engine its fast scan)
LEAD_INLINE_RE = re.compile(rf"((?:【牵头|【责任|【主责|\[牵头|\[责任|牵头|责任|主责|主办)(?:{_DIVISIONS}|(?<=牵头)|(?<=主办))(?:[:：]|】|\])"
                            rf"[^。\n]{{1,80}})")
# 和/及/与 join two departments only after a department's ending: 普法与依法治理科 is one name
# (and a space after one: 法规科 物业管理科, two names a web table's cell put on two lines)
_DEPT_SPLIT_RE = re.compile(r"[、，,]|(?<=[处科室局委办心队站所部院厅会组股])(?:和|及|与|\s+)")
_LEAD_TAIL_RE = re.compile(r"(分别)?(?:(?:按|按照|依|根据)职责(?:分工)?)?(共同)?(牵头|负责|承办|落实)$")
# the one entry for an item no single lead is named for (as the gold labels it), however the note words it:
# 各处室共同负责, 各科室按职责分工负责, 责任科室：各科室, （各部门负责）
COLLECTIVE_LEAD = "各处室共同负责"
# the unit's own divisions named all together, with or without their duty
# (a level may stand before them: 市直各有关部门, 区级各行政执法部门)
# (局机关各科室, 各执法大队: the divisions and the field teams of the unit itself)
_OWN_DIVISIONS_RE = re.compile(r"(?:[省市区县镇乡]直|[省市区县镇乡]级|[省市区县]?[局厅委]机关|[省市区县镇乡])?各[\u4e00-\u9fff]{0,6}?"
                               r"(?:处室|科室|股室|部门|单位|大队|中队|分中心)(?:（[^（）]{1,8}）)?"  # 各科室（站、所）
                               r"(?:按职责分工|按职责)?(?:共同)?(?:负责|落实|承办|牵头)?")


# 牵头单位：区司法局；责任单位：区级各部门 — the lead named after a label rather than before a verb; the name runs
# to the next label (市委编办　配合单位：…) or a semicolon
_LEAD_LABEL_RE = re.compile(rf"{_LEAD_LABEL}\s*(.+?)"
                            rf"(?=\s*[【\[]?(?:配合|协办|参与|协同|责任|牵头|主责|完成)(?:{_DIVISIONS}|领导|时限|时间)?(?:[:：]|】|\])"
                            r"|[；;]|$)")
_LABEL_START_RE = re.compile(rf"^\s*[【\[]?{_LEAD_LABEL}\s*")
_BRACKETED_RE = re.compile(r"（[^（）]*）")
_LEVEL_LIST_RE = re.compile(r"各(?:[省市县区](?:（[^（）\n]*）)?、)+")
# 市司法局：牵头开展… — the lead named before the task
_LEAD_FIRST_RE = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:局|厅|委|办|处|科|室|中心|院|政府|支队|大队))[:：]")
_BY_RE = re.compile(r"^由(?=[\u4e00-\u9fff]{2})")
_LEAD_MARK_RE = re.compile(r"[（(]牵头[）)]$")
# a part of a list that is a duty, not a name: 市直有关单位按职责分工负责
_HELPERS_AFTER_LEAD_RE = re.compile(r"(牵头|统筹)\s*[，,；;][^（）()]*?(?:配合|协助|参与|协同|协办)\s*$")
_DUTY_RE = re.compile(r"(?:负责|配合|落实|参与|协助|实施)$|按职责|共同")


def _split_names(names: str) -> list[str]:
    """The names of a list, split outside brackets: 各县（市、区）人民政府 is one name."""
    shielded = _BRACKETED_RE.sub(lambda m: m.group().replace("、", "\0"), names)
    # 各市、县（区）教育局: the levels one name lists
    shielded = _LEVEL_LIST_RE.sub(lambda m: m.group().replace("、", "\0"), shielded)
    return [x.strip().replace("\0", "、") for x in _DEPT_SPLIT_RE.split(shielded) if x.strip()]


def _departments(names: str) -> tuple[str, ...]:
    """The departments a list names (法规处、办公室), less collective ones (各处室) and duties; where the list marks its
    lead (市司法局（牵头），市住房城乡建设局), that one."""
    names = _HELPERS_AFTER_LEAD_RE.sub(r"\1", names)  # 备案审查处牵头，立法一处、立法二处配合: the helpers are no leads
    names = [_BY_RE.sub("", d) for d in _split_names(names)]  # 由市发展改革委牵头: 由 is no part of the name
    # 责任部门：法务部牵头，各部门配合 — the lead's own mark after its name
    names = [d[:-2] if d.endswith(("牵头", "统筹")) and len(d) > 4 else d for d in names]
    marked = [_LEAD_MARK_RE.sub("", d) for d in names if _LEAD_MARK_RE.search(d)]
    return tuple(d for d in (marked or names)
                 if not d.startswith("各") and not _DUTY_RE.search(d) and not _OWN_DIVISIONS_RE.fullmatch(d))


def _is_collective(name: str) -> bool:
    """各处室, 各科室负责, 市直各有关部门: the unit's own divisions all together (the collective entry)."""
    return bool(_OWN_DIVISIONS_RE.fullmatch(name))


def _groups_with_own(named: list[str]) -> bool:
    """Groups alone (各…), the unit's own divisions among them: the collective entry, no single lead."""
    return any(map(_is_collective, named)) and all(_is_collective(x) or x.startswith("各") for x in named)


# who may lead in person while a department does the work
_PERSON_TITLES = "局长|厅长|处长|科长|所长|站长|队长|部长|镇长|乡长|县长|区长|市长|主任|书记|领导|同志|负责人"
_PERSON_LEADS_RE = re.compile(rf"(?:{_PERSON_TITLES})[^，,；;]{{0,4}}牵头[，,]\s*([^，,；;。]{{2,30}}?)具体(?:负责|落实|承办)")


def parse_leads(note: str) -> tuple[str, ...]:
    """Lead departments of a note: each one named as lead; 各处室共同负责 where none is singled out."""
    if (person := _PERSON_LEADS_RE.search(note)) and (depts := _departments(person.group(1))):
        return depts  # 分管副局长牵头，河湖管理科具体负责: a person leads, the department named does the work
    for m in _LEAD_LABEL_RE.finditer(note):  # 牵头单位 first, as the labels come
        depts = _departments(m.group(1))
        if depts:
            return depts
        named = _split_names(m.group(1))
        if _groups_with_own(named):
            # 责任科室：各科室 / 各科室、各直属单位 / 区直各部门、各镇（街道）: the unit's own divisions with others
            return (COLLECTIVE_LEAD,)
        if named and all(x.startswith("各") and not _DUTY_RE.search(x) for x in named):
            return tuple(named)  # 责任单位：各县（区）人民政府 — a group, named as no single lead is
    # 牵头处室：各处室按职责分工负责 — a label before a collective is no department's name
    clauses = [_LABEL_START_RE.sub("", c).strip() for c in re.split(r"[，；,;]", note) if c.strip()]
    for want in ("牵头", "负责", "承办"):
        for c in clauses:
            if want not in c:
                continue
            if _is_collective(c):
                return (COLLECTIVE_LEAD,)  # （各处室负责）, （区级各行政执法部门负责）
            if c.startswith("各"):
                if "共同" in c or "按职责" in c or "分别" in c:  # 各处室分别负责: no single lead is named
                    return (COLLECTIVE_LEAD,)
                continue
            head = c[: c.index(want) + len(want)]
            head = _LEAD_TAIL_RE.sub("", head)
            depts = _departments(head)
            if depts:
                return depts
            if _groups_with_own(_split_names(head)):
                return (COLLECTIVE_LEAD,)  # （县直各部门、各乡（镇）按职责分工负责）: groups alone, no label
    return ()


_APPENDIX_LINE_RE = re.compile(rf"^{APPENDIX_RE.pattern}$", re.M)  # a line that is an 附件 heading and no more


# the signature under the body: the issuing unit on a line of its own, a date, a note such as （此件公开发布）
_SIGNATURE_LINE_RE = re.compile(r"^[^。，、；：:\d]{2,30}(?:委员会|政府|办公室|局|厅|委|办|中心|院|处|科)$"
                                r"|^（(?:此件|本件)?[^（）。]{0,12}(?:公开|发布)[^（）。]{0,8}）$"
                                r"|^(?:联系人|联系电话|抄送)[:：]")


_WIDE_GAP_RE = re.compile(r"\s{2,}")


def end_matter_start(text: str) -> int:
    """Where the closing signature and date begin (len(text) when the body runs to the end), before any appendix."""
    limit = appendix_start(text)
    start = pos = limit
    dated = False
    for line in reversed(text[:limit].split("\n")):
        line_start = pos - len(line)
        pos = line_start - 1
        if not line.strip():
            continue
        parts = _WIDE_GAP_RE.split(line.strip())  # 某某厅办公室　　　2025年3月12日印发: unit and date on one line
        dates = [bool(DATE_LINE_RE.match(p)) for p in parts]
        if not all(d or _SIGNATURE_LINE_RE.match(p) for d, p in zip(dates, parts)):
            break
        dated = dated or any(dates)
        start = line_start
    return start if dated else limit


def _title_of(rest: str) -> str:
    """An item's title: its first sentence when short, else the first words."""
    rest = rest.strip()
    for stop in ("。", "；"):
        k = rest.find(stop)
        if 0 < k <= 60:
            return rest[:k]
    return (rest[:40] if len(rest) > 40 else rest).rstrip("，、；：,;:")  # a task cell cut at its wrap: 不少于200家次，


# a closing line of its own: 由农业综合行政执法支队牵头，畜牧兽医科、渔业渔政科配合。
_PERSON_LEAD_LINE_RE = re.compile(rf"^[ \t]*([^，。；\n]{{2,12}}?(?:{_PERSON_TITLES})[^，。；\n]{{0,4}}牵头[，,][^。；\n]{{2,30}}?具体(?:负责|落实|承办))[。；]?[ \t]*$", re.M)
_BY_LEAD_LINE_RE = re.compile(r"^[ \t]*(由[^，。；\n]{2,30}?牵头)(?:[，,][^。；\n]{1,60}?(?:配合|参与|协同|协助))?[。；]?[ \t]*$", re.M)


# a labelled lead in brackets opening an item's title: 2、【牵头：行政审批处】深化“放管服”改革
_LABEL_OPENING_RE = re.compile(rf"^[【\[]((?:牵头|主办|责任|主责)(?:{_DIVISIONS})?[:：][^【】\[\]\n]{{2,40}})[】\]]\s*")
# a lead named first in brackets: （一）（政策法规科牵头）完善规范性文件管理
_LEAD_OPENING_RE = re.compile(r"^[（【]([^（）【】\n]{2,40}?(?:牵头|负责))[）】]\s*")
# a closing line for the items above it: 以上任务由行政审批处牵头，传媒机构管理处配合。
_GROUP_LEAD_LINE_RE = re.compile(r"^[ \t]*(?:以上|上述)(?:各项)?(?:任务|工作|事项)均?(由[^，。；\n]{2,30}?(?:牵头|负责))"
                                 r"(?:[，,][^。；\n]{1,60}?(?:配合|参与|协同|协助|负责))?[。；]?[ \t]*$", re.M)


def _group_leads(items: list[Item], text: str, body_start: int) -> list[Item]:
    """Items without a lead of their own take the one a closing 以上任务由…牵头 line names for the items above it
    (back to the previous such line or the section's start)."""
    out = list(items)
    prev_end = body_start
    for m in _GROUP_LEAD_LINE_RE.finditer(text, body_start):
        leads = parse_leads(m.group(1))
        above = [k for k, it in enumerate(out) if prev_end <= it.start < m.start()]
        if leads and above:
            section = out[above[-1]].section_ord  # the line closes its own section's items, not an earlier one's
            for k in above:
                if not out[k].leads and out[k].section_ord == section:
                    out[k] = evolve(out[k], leads=leads, lead_note=m.group(1))
        prev_end = m.end()
    return out


def _lead_notes(body: str) -> list[str]:
    """Every lead note of an item, in order: bracketed notes, labelled lines and labels inside a line, each sub-point
    with its own (（牵头单位：法规处） on one, 责任处室：办公室 under the next); a 责任 label straight after a 牵头 one
    names who else is responsible, not the lead."""
    # (a bare （牵头） marks the name before it: 责任处室：政策法规处（牵头）)
    found: list[tuple[int, int, str]] = [(m.start(), m.end(), m.group(1)) for m in LEAD_NOTE_RE.finditer(body)
                                         if m.group(1).strip() not in ("牵头", "负责", "配合")]
    for pattern in (LEAD_LINE_RE, LEAD_INLINE_RE, _BY_LEAD_LINE_RE, _PERSON_LEAD_LINE_RE):
        for m in pattern.finditer(body):
            if not any(a < m.end(1) and m.start(1) < b for a, b, _ in found):  # a note read once
                found.append((m.start(1), m.end(1), m.group(1)))
    if not found and "）" in body:
        # the departments named alone in the closing brackets lead the item
        found = [(m.start(1), m.end(1), m.group(1) + "负责") for m in BARE_DEPT_NOTE_RE.finditer(body)]
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for a, b, note in found:
        prev = kept[-1] if kept else None
        # 牵头单位：市司法局 / 责任单位：各县（市、区）人民政府 right under it: the lead is the one named as lead
        if (prev is not None and not body[prev[1]:a].strip(" \t\n；;。）】") and _LABEL_START_RE.match(note)
                and not note.lstrip("【").startswith("牵头") and prev[2].lstrip("【（").startswith("牵头")):
            continue
        kept.append((a, b, note))
    return [n for _a, _b, n in kept]


_NOT_TITLE_RE = re.compile(r"[^\u4e00-\u9fff\w]")


_CITED_ITEMS_RE = re.compile(r"(?:[（(][一二三四五六七八九十百]{1,4}[）)][、，,\s]*)+")


def _annex_leads(items: list[Item], rows: list[tuple[int, int, str, str, str | None]]) -> list[Item]:
    """Leads an annex's 责任清单 gives the items that name none: the row whose task repeats the item's title, else
    the row of the item's place when the list has a row for every item."""
    if not rows:
        return items
    def key(s: str) -> str:
        return _NOT_TITLE_RE.sub("", s)
    by_place = len(rows) == len(items)
    # a row whose task cell only cites items by number (（二）（三）, （六）、（七）) gives them its leads
    cited: dict[str, str] = {}
    for r in rows:
        if r[4] and _CITED_ITEMS_RE.fullmatch(r[3].strip()):
            for num in re.findall(r"[（(]([一二三四五六七八九十百]{1,4})[）)]", r[3]):
                cited.setdefault(num, r[4])
    out = []
    for k, it in enumerate(items):
        note = None
        if not it.leads and it.number in cited:
            note = cited[it.number]
        elif not it.leads:
            title = key(it.title)
            note = next((r[4] for r in rows if len(title) >= 4 and (key(r[3]).startswith(title)
                                                                    or title.startswith(key(r[3]) or "\0"))), None)
            if note is None and by_place and rows[k][2] == str(k + 1):
                note = rows[k][4]
        leads = tuple(dict.fromkeys(parse_leads(note))) if note else ()
        out.append(replace(it, leads=leads, lead_note=note) if leads else it)
    return out


def _containing(spans, starts: list[int], pos: int) -> int | None:
    """ord of the span (sorted by start) that contains pos."""
    k = bisect.bisect_right(starts, pos) - 1
    return spans[k].ord if k >= 0 and pos < spans[k].end else None


# a heading whose number lacks its mark (二 存在的问题, 6 深化政务公开（牵头处室：办公室）): a short line, no sentence
_SPACED_SECTION_RE = re.compile(rf"^[ \t]*([{CN_NUM}]{{1,3}})[ \u3000]+([\u4e00-\u9fff][^\t\n，。；,;]{{1,24}})$", re.M)
_SPACED_ITEM_RE = re.compile(r"^[ \t]*(\d{1,2})[ \u3000]+([\u4e00-\u9fff][^\t\n。；;]{1,40})$", re.M)


def _spaced_heads(text: str, body_start: int, heads: list, spaced_re: re.Pattern) -> list:
    """Heads with a mark, plus those missing it that stand in the numbering's order, a number at most skipped
    (一、 … 二 存在的问题 … 三、; 4、 … 6 深化政务公开 … 7、)."""
    if not heads:
        return heads
    kind = heads[0][0]
    out = list(heads)
    for m in spaced_re.finditer(text, body_start):
        value = cn_small_int(m.group(1))
        before = [h for h in out if h[1] < m.start()]
        after = [h for h in out if h[1] > m.start()]
        if (before and cn_small_int(before[-1][3]) < value <= cn_small_int(before[-1][3]) + 2
                and (not after or cn_small_int(after[0][3]) > value)):
            out.append((kind, m.start(), m.end(), m.group(1), m.group(2).strip()))
            out.sort(key=lambda h: h[1])
    return out


def outline(text: str, body_start: int = 0) -> Outline:
    """Sections, items and paragraphs of the normalized text from body_start on."""
    heads = []
    for m in SECTION_RE.finditer(text, body_start):
        rest = m.group(2).strip()
        # a line such as 一、二、三级 or a bare numeral list is not a heading
        if not rest or re.match(rf"^[{CN_NUM}]+、", rest):
            continue
        heads.append(("s", m.start(), m.end(), m.group(1), rest))
    heads = _spaced_heads(text, body_start, heads, _SPACED_SECTION_RE)
    for part_re in (CHAPTER_RE, PART_RE):  # no 一、 headings: chapters, else 第一部分 parts are the sections
        if not heads:
            heads = [("s", m.start(), m.end(), m.group(1), m.group(2).strip())
                     for m in part_re.finditer(text, body_start)]
    n_heads = len(heads)
    articles = ARTICLE_RE.findall(text, body_start)
    # articles are the items when there are several and the （一） lines are fewer: clauses of some articles
    first = (ARTICLE_RE,) if len(articles) >= 3 and len(articles) >= len(ITEM_RE.findall(text, body_start)) else ()
    for item_re in (*first, ITEM_RE, *FALLBACK_ITEM_RES):
        if len(heads) > n_heads:
            break  # items found at a higher level: these lines are sub-items, part of an item's text
        found = []
        for m in item_re.finditer(text, body_start):
            rest = m.group(2).strip()
            if rest:
                found.append(("i", m.start(), m.end(), m.group(1), rest))
        if found and item_re is FALLBACK_ITEM_RES[0]:
            found = _spaced_heads(text, body_start, found, _SPACED_ITEM_RE)
        heads.extend(found)
    # 附件：1.…统计表⏎2.…完成情况 after the closing date lists the annexes, not more items of the body's last part
    annex_s = appendix_start(text)
    if annex_s < len(text) and any(h[0] == "i" and h[1] < annex_s for h in heads[n_heads:]):
        heads = heads[:n_heads] + [h for h in heads[n_heads:] if h[1] < annex_s]
    table_notes: dict[int, str | None] = {}
    # a task table's rows are the items of a section that numbers none as lines (一、任务 holds the table, 二、保障措施
    # its （一）（二）): the choice is made section by section
    section_starts = [h[1] for h in heads[:n_heads]]
    numbered = {bisect.bisect_right(section_starts, h[1]) for h in heads[n_heads:]}
    body_end = end_matter_start(text)
    task_rows = _task_rows(text, body_start)
    # beside numbered lines, a table after the signature is an annex, not a section's items; so is one under an
    # 附件 line after the last numbered item (a plan sent with its notice often has no signature before it)
    last_item = max((h[1] for h in heads[n_heads:]), default=-1)
    annex = _APPENDIX_LINE_RE.search(text, last_item) if numbered and last_item >= 0 else None
    annex_at = annex.start() if annex else len(text)
    # with no numbered lines at all, a table after the signature is still an annex when the body holds one of its own
    if not numbered and (before_end := [r for r in task_rows if r[0] < body_end]):
        task_rows = before_end
    for start, end, num, task, note in task_rows:
        if not numbered or (bisect.bisect_right(section_starts, start) not in numbered and start < min(body_end, annex_at)):
            heads.append(("i", start, end, num, task))
            table_notes[start] = note
    heads.sort(key=lambda h: h[1])

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
        if start in table_notes:  # a task table's row: its lead column
            notes = [table_notes[start]] if table_notes[start] else []
        elif m := _LABEL_OPENING_RE.match(rest):
            # 2、【牵头：行政审批处】深化…: the bracketed label opens the title, the task is after it
            notes = [m.group(1)] + _lead_notes(body[body.find(m.group()) + len(m.group()):])
            rest = rest[m.end():]
        else:
            notes = _lead_notes(body)
        if not notes and start not in table_notes and (m := _LEAD_FIRST_RE.match(rest)):
            notes = [f"{m.group(1)}牵头"]  # 3.市司法局：牵头开展… — the lead named before the task
        if start not in table_notes and (m := _LEAD_OPENING_RE.match(rest)):
            notes = notes or [m.group(1)]
            rest = rest[m.end():]  # the title is the task after the note
        note = "；".join(notes) if notes else None
        leads = tuple(dict.fromkeys(d for n in notes for d in parse_leads(n)))
        sec = _containing(sections, sec_starts, start)
        items.append(Item(ord=len(items) + 1, section_ord=sec, number=num, number_value=cn_small_int(num),
                          title=_title_of(rest), text=body, start=start, end=start + len(body),
                          leads=leads, lead_note=note))

    if any(not it.leads for it in items) and ("以上" in text or "上述" in text):
        items = _group_leads(items, text, body_start)
    if any(not it.leads for it in items):
        items = _annex_leads(items, [r for r in task_rows if r[0] not in table_notes and r[4]])

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
