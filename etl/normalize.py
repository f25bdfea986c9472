"""Normalize: pinyin out, traditional to simplified, one punctuation, page chrome out; keep a map to the original."""
from __future__ import annotations

import html
import operator
import re
from collections import Counter
from array import array
from functools import lru_cache
from itertools import islice

from .models import Fix, Normalized
from .profile import DOC_NUMBER_RE, cn_small_int
from .read import cn_numeral

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# a pinyin syllable in brackets straight after a character: 堅(jiān)
PINYIN_RE = re.compile(rf"(?<=[{CJK}])[(（]([a-zü{_TONED}]{{1,7}})[)）]")
_TONE_RE = re.compile(f"[{_TONED}]")

# one-to-one character substitutions, so offsets survive them; a tab stays a tab: it separates table cells, and a
# space between two characters may be words cut out
_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULLWIDTH.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FULLWIDTH.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_FULLWIDTH.update({"％": "%", "．": ".", "～": "~", "\u3000": " ", "\xa0": " ",
                   "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",  # &ensp; &emsp; …
                   "(": "（", ")": "）", ";": "；", "?": "？", "!": "！",
                   "﹙": "（", "﹚": "）", "〔": "〔", "—": "—"})
# str.translate walks every character in Python-level steps; a regex over the few characters to change is ~5x faster
_SUBST_RE = re.compile("[" + re.escape("".join(_FULLWIDTH)) + "]")
# a Chinese comma between digits that groups thousands (1，205家; 12，345，678元), never one that separates two numbers
_CN_THOUSANDS_RE = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")
# a space that groups thousands (行政许可1 024件, 3 618余件): one space between digit groups, a measure after them
_SPACE_THOUSANDS_RE = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.])(?=[件项次个份条场家人户元万亿起宗名批篇期余多笔单])")
_SPACE_THOUSANDS_CELL_RE = re.compile(r"(?<=\t)\d{1,3}(?: \d{3})+(?=\t|\n|$)", re.M)
_SPACE_THOUSANDS_HINT_RE = re.compile(r" \d\d\d(?<=\d \d\d\d)")  # led by its space: the engine's fast scan
# HTML entities left in a text copied from a web page's source (&nbsp;&nbsp;（二）…, 行政检查&nbsp;216次)
_ENTITY_RE = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos|ldquo|rdquo|middot|hellip|mdash|#\d{2,6}"
                        r"|#[xX][0-9a-fA-F]{2,5});")
# O, l and I inside a figure, where a scan misread 0 and 1: 1O8件, 1,6O5条 / 学法l2次, 作出行政处罚决定l,036件
# (each branch led by its letter, checked behind afterwards: the regex engine then scans for the letters alone)
# (a run of them too, before a measure or %: ２OO条, 1OO%, 2l条)
# (a scan's spaced or full-width figures too: 1 O件, 1，O5 2件; and a table cell's 1O)
_OCR_DIGIT_RE = re.compile(rf"O(?<=\dO)(?=[\d,])|O(?<=\d[,，]O)(?=\d)|[lI](?<=[\d{CJK}][lI])(?=\d|,\d{{3}})"
                           rf"|O(?<=(?<![\dA-Za-z])\d O)(?=[{CJK}])"
                           rf"|[OlI](?<=\d[OlI])[OlI]{{0,2}}(?=[\d%{CJK}\t\n])")
# look-alikes a scan puts after a figure (建议16仵, 普法活动26扬) or in a date (1月15曰), where the word never stands
_OCR_MEASURE_RE = re.compile(r"(?<=\d)[仵扬曰]")
_OCR_MEASURES = str.maketrans({"仵": "件", "扬": "场", "曰": "日"})
# the numerals of cheques (壹贰叁…佰仟) before a count's measure; before 元 an amount written so stays as written
_DAXIE = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
_DAXIE_HINT_RE = re.compile("[壹贰叁肆伍陆柒捌玖拾佰仟]")
_DAXIE_COUNT_RE = re.compile("[零〇万亿]{0,3}[壹贰叁肆伍陆柒捌玖拾佰仟][壹贰叁肆伍陆柒捌玖拾佰仟零〇万亿]{1,9}"
                             "(?=余?(?:件|项|次|个|份|条|场|家|人|期|篇|起|宗|户|名|所|批|轮))")
_OCR_DIGITS = str.maketrans({"O": "0", "l": "1", "I": "1"})
# comma and colon become Chinese ones except inside numbers (1,000 and 14:32)
# (a comma ending a wrapped line before three digits groups thousands too: 行政许可5,⏎236件)
_COMMA_COLON_RE = re.compile(r"(?<![0-9])[,:]|:(?![0-9])|,(?![0-9]|[ \t]*\n[ \t\u3000]*\d{3}(?![0-9]))")

# page chrome: lines made only of these words, breadcrumbs, footers
CHROME_WORDS = {
    "字体", "字体放大", "字体缩小", "字号", "大", "中", "小", "默认", "分享", "分享到", "微博", "微信",
    "qq", "qq空间", "打印", "打印本页", "关闭", "关闭窗口", "相关信息", "相关链接", "相关文章", "返回顶部",
    "扫一扫", "收藏", "上一篇", "下一篇", "【打印】", "【关闭】", "【字体：大中小】", "视力保护色",
    "朋友圈", "复制链接", "返回", "顶部", "登录", "注册", "无障碍", "长者模式", "繁体", "简体",
    "设为首页", "加入收藏", "无障碍浏览", "english", "手机版", "用户中心", "个人中心", "网站导航", "站内搜索", "搜索", "繁體", "简体版",
}
_CHROME_LINE_RES = (
    re.compile(r"^(当前位置|您现在的位置|您的位置|所在位置|您所在的位置|您当前的位置|您当前位置)"),
    re.compile(r"^(上一篇|下一篇)[:：]"),
    re.compile(r"^(欢迎访问|请输入关键[词字]|扫一扫)|^首页[\u4e00-\u9fff]{4,40}$"),
    re.compile(r"^首页\s*(>|»|＞|/|›)"),
    # a site menu on one line, its links set apart by spaces (首页 信息公开 纳税服务 互动交流); links on 相关链接's line
    re.compile(r"^(?:[\u4e00-\u9fff]{2,20}(?:局|厅|委|委员会|政府|办公室|中心)[ \t\u3000]+)?(?:网站)?首页"
               r"(?:[ \t\u3000]+[\u4e00-\u9fff]{2,8}){3,}$"),  # 合肥市农业农村局 首页 信息公开 …: the site's name first
    re.compile(r"^【?(?:相关链接|友情链接|相关文章|相关阅读|相关推荐|延伸阅读)】?[ \t]*[:：][ \t]*\S"),
    re.compile(r"(版权所有|ICP备|网站标识码|公网安备|主办单位[:：]|技术支持[:：]|网站地图|联系我们)"),
    re.compile(r"^主办[:：].{0,40}(?:地址|电话|邮编|传真|承办)[:：]"),  # a site's footer: 主办：某局　地址：…
    re.compile(r"^(浏览次数|访问量|阅读量|责任编辑)[:：]"),
    # a WeChat article's furniture: 点击蓝字 关注我们, 长按识别二维码, 点个在看, 来源：… 编辑：… 审核：…
    re.compile(r"^(点击蓝字|点击上方蓝字|长按(识别)?二维码|扫码关注|点个在看|点亮在看|阅读原文|分享[\s、]*收藏)"),
    # its byline: 原创　浏阳市场监管　2024-07-12 17:36　湖南
    re.compile(r"^原创[ \t\u3000]+\S{2,24}[ \t\u3000]+\d{4}-\d{1,2}-\d{1,2}"),
    re.compile(r"^(来源|编辑|责编|审核|校对|排版|供稿)[:：][^。；]{0,30}(编辑|审核|校对|责编)[:：]"),
)
_CHROME_SPLIT_RE = re.compile(r"[\s•·|｜/：:【】\[\]]+")  # 【打印本页】【关闭窗口】: each bracketed word apart
# a menu: four or more short links in a row (首页 | 机构概况 | 政务公开 | 政务服务, 设为首页 | 加入收藏 | 无障碍浏览 | English)
_MENU_LINE_RE = re.compile(r"^(?:[^\s|｜。，；]{1,8}\s*[|｜]\s*){3,}[^\s|｜。，；]{1,8}$")
# a site menu written one link a line (首页 / 机构概况 / 政务公开 / …): a run of short lines holding a menu word
_NAV_WORDS = frozenset({"首页", "网站首页", "机构概况", "政务公开", "信息公开", "政府信息公开", "政务服务", "办事服务", "互动交流",
                        "新闻中心", "新闻动态", "专题专栏", "政策文件", "政策解读", "公众参与", "数据开放", "走进", "网上办事"})
_NAV_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_NAV_RUN = 4
# the list of links under 相关链接 at a page's foot: titles of other pages, not this document's text
_LINKS_HEAD_RE = re.compile(r"^\s*【?(?:相关链接|相关文章|相关信息|相关阅读|相关推荐|相关文件|延伸阅读)】?\s*[:：]?\s*$")
_MENU_SIGNS = ("首页", "相关链接", "相关文章", "相关信息", "相关阅读", "相关推荐", "相关文件", "延伸阅读")
# one match at the line's start for the patterns anchored there, one search for the rest (a search of a pattern
# opening with ^ would still be tried at every position of the line)
_CHROME_START_RE = re.compile("|".join(f"(?:{r.pattern})" for r in _CHROME_LINE_RES if r.pattern.startswith("^")))
_CHROME_LINE_RE = re.compile("|".join(f"(?:{r.pattern})" for r in _CHROME_LINE_RES if not r.pattern.startswith("^")))
_DATE_BAR_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日[ \t]*(?:星期[一二三四五六日天]|周[一二三四五六日])[ \t]+")
# a page's widgets after the fields of its meta line: 【字体：大 中 小】【打印】【关闭】
_CHROME_TAIL_RE = re.compile(r"(?:[ \t]*【(?:(?:字体|字号)[:：]?[ \t]*大[ \t]*中[ \t]*小|打印(?:本页)?|关闭(?:窗口)?|"
                             r"收藏|分享|视力保护色)】"
                             r"|[ \t]*(?:字体|字号)[:：][ \t]*[\[［【]?[ \t]*大[ \t]*中[ \t]*小[ \t]*[\]］】]?"
                             r"|[ \t　]+(?:打印本页|关闭窗口|收藏本页|打印|关闭))+[ \t　]*$")  # …【字体：大 中 小】　打印本页　关闭窗口
# a line with any character that no chrome word has cannot be made only of chrome words
_NOT_CHROME_CHAR_RE = re.compile("[^" + re.escape("".join(sorted(set("".join(CHROME_WORDS))))) + r"\s•·|｜/]", re.I)
FILE_ARTIFACT_RE = re.compile(r"^\s*\S.{0,300}\.(pdf|docx?|wps|xlsx?|txt|html?|ofd|zip|rar)\s*$", re.I)
# a printed page's number on a line of its own (— 3 —, - 3 -, 第3页 共12页, 3/12): PDF copies keep them mid-sentence
_FOOTER_PAGE_TOKEN = (r"(?:[—–\-－─]{1,2}[ 　]*\d{1,3}[ 　]*[—–\-－─]{1,2}|[·•][ 　]*\d{1,3}[ 　]*[·•]|第[ 　]*\d{1,3}[ 　]*页"
                      r"(?:[ 　]*[，,/]?[ 　]*共[ 　]*\d{1,3}[ 　]*页)?)")
_PAGE_TOKEN = rf"(?:{_FOOTER_PAGE_TOKEN}|\d{{1,3}}[ 　]*/[ 　]*\d{{1,3}})"
PAGE_NUMBER_RE = re.compile(rf"^[ \t　]*{_PAGE_TOKEN}[ \t　]*$", re.M)
# a footer printing the page number and the running header on one baseline, in either order, copied as one line:
# 泉州市人民政府公报 2024年第3期 — 12 —, — 2 —　千灯镇2023年度法治政府建设工作报告, …工作要点　第 1 页 共 5 页
# (not 3/12, which a line of a rate ends with too: 乡镇合法性审核覆盖率　18/18)
_FOOTER_WORDS = r"[^\n。；，,：:！？\t]{4,40}?[\u4e00-\u9fff][^\n。；，,：:！？\t]{0,40}?"
PAGE_FOOTER_RE = re.compile(rf"^[ \t　]*(?:{_FOOTER_PAGE_TOKEN}[ \t　]+(?P<after>{_FOOTER_WORDS})"
                            rf"|(?P<before>{_FOOTER_WORDS})[ \t　]+{_FOOTER_PAGE_TOKEN})[ \t　]*$", re.M)
_SPACE_RUN_RE = re.compile(r"[ \t　]+")
_CJK_CHAR_RE = re.compile(f"[{CJK}]")
# a table copied from a PDF, its columns lined up with spaces: a row label, then figures, years or change words
_SPACED_GAP_RE = re.compile(r"(?<=\S)(?: {2,}|　+)(?=\S)")
# (a gap before a figure, led by its space so the regex engine scans fast; the character before it is checked apart;
# a PDF's columns are lined up with ASCII spaces, and full-width ones mostly indent paragraphs)
# part of a year as column heads and clauses name it (上半年, 第三季度, 前三季度, 一至三季度, 1-6月份)
PART_OF_YEAR = (r"[上下]半年|第?[一二三四1-4]季度|前[一二三]季度|[一二三](?:至|到|—|-)[二三四]季度"
                r"|\d{1,2}\s*[-—－~至]\s*\d{1,2}\s*月份?")
_SPACED_SERIAL_RE = re.compile(r"[ \t]*\d{1,3}( )(?=[^\d\s.．、])")
# the units a table's unit column or a row name's brackets give (件, 万元, 平方米, %): one list for both stages
TABLE_UNITS = ("(?:万|亿)?(?:件次|宗次|批次|场次|人次|家次|户次|辆次|台次|艘次|个次|处次|元|件|项|次|个|份|条|场|家|宗|起|篇|期|户|批|名|人|所"
               "|套|册|本|张|处|块|吨|亩|艘|辆)|平方米|公顷|公里|个工作日|工作日|小时|学时|天|%")
_SPACED_ROW_HINT_RE = re.compile(r" {2,}[\d+\-−]")
_SPACED_CELL_RE = re.compile(r"^(?:[≥≤]?[+\-−]?[\d,，.]+%?|(?:19|20)\d{2}\s*年度?(?:完成值?|目标值?|实际|计划)?|同比(?:增减)?|环比|增减|增幅|降幅|变化|备注|[-—]"
                             r"|" + TABLE_UNITS +  # a unit column (万件 too)
                             r"|(?:责任|牵头)(?:处室|科室|单位|部门)|[\u4e00-\u9fff]{0,10}办公室|[\u4e00-\u9fff]{2,10}(?:处|科|中心|大队|支队)"  # a lead column after them
                             r"|计量单位|单位|指标名称|指标|项目|名称"  # the header's names of the row's columns
                             r"|全 ?年|合 ?计|总 ?计|" + PART_OF_YEAR + r"|\d{1,2}\s*月份?)$")  # and parts of the year
_SENTENCE_END = "。；！？：:;!?"
# a line may stop mid-sentence only where text was wrapped to a page width (PDF copies): its last character then is
# a character, digit or comma, and the next line is no heading, item, date or signature
_LINE_DONE = _SENTENCE_END + "”’」』）)》】.…—"
_HEADING_START_RE = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d)"
                               r"|第[一二三四五六七八九十]+(?:部分|章|条|节)|[一二三四五六七八九十]是)")
# a line that ends a title or a signature, and a next line that starts something of its own (a heading, a date,
# a document number, a page's meta line)
_TITLE_WORDS = ("报告", "要点", "通知", "方案", "细则", "计划", "意见", "总结", "办法")
_NOT_WRAPPED_END_RE = re.compile(f"(?:委员会|政府|办公室|局|厅|委|办|中心|{'|'.join(_TITLE_WORDS)})$")
_NOT_CONTINUED_RE = re.compile(_HEADING_START_RE.pattern
                               + r"|\s*(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月[^。，]{0,6}$"
                               r"|\s*[\u4e00-\u9fff]{1,6}〔\d{4}〕|\s*(?:发布日期|发布时间|信息来源|来源|索引号|文号)[:：]"
                               # a list's short label (组 长：, 副组长：, 成员：): each member on a line of their own
                               r"|\s*[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3} ?[:：]")
_DATE_LINE_RE = re.compile(r"\s*(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
                           r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*(?:[（(]?星期.[）)]?)?\s*")
# a half-width full stop after a character (依法履职.全年办理…, 参训率100%.) is a full stop, never a decimal point
# 一.加强 / 一．加强: a top-level heading's numeral before an ASCII dot, not a full stop
_CN_HEADING_DOT_RE = re.compile(r"^([ \t]?[一二三四五六七八九十]{1,3})\.(?=[ \t]*[\u4e00-\u9fff])", re.M)
_CJK_DOT_RE = re.compile(f"(?<=[{CJK}%])\\.(?=[{CJK}“（]|$)", re.M)


_TITLE_ENDS = (*_TITLE_WORDS, "规划", "安排")


# the words of a title a break may fall inside, besides its last one: …建设情 / 况的报告
_TITLE_INNER_WORDS = frozenset(("情况", "工作", "建设", "年度", "法治", "政府", "依法", "行政", "实施", "推进", "关于"))


def _title_cut_in_a_word(line: str, nxt: str) -> bool:
    """A title line whose last word runs onto a short next line: …工作情况的报 / 告, …建设情 / 况的报告."""
    return (8 <= len(line) < 80 and 0 < len(nxt) <= 8 and line[-1] not in _LINE_DONE
            and not line.endswith(_TITLE_ENDS) and (line + nxt).endswith(_TITLE_ENDS)
            and (len(nxt) <= 3 or line[-1] + nxt[0] in _TITLE_INNER_WORDS))


# 下达行政处罚决定书：3528份 / 现场检查企业（万家次）：4.37: a figure's own line, never a wrapped sentence
_FIELD_LINE_RE = re.compile(r"[^：。；\t]{2,40}：[ \t]*[+\-]?\d[\d,.]*[ \t]*[万亿]?[^\s\d，。；：]{0,3}[ \t]*$")
# the same line with its measure in brackets and a bare number: a table row whose colon parts the cells
_FIELD_ROW_GAP_RE = re.compile(r"(?<=[）)])[ \t]*：[ \t]*(?=[+\-]?\d[\d,.]*[ \t]*$)", re.M)
_FIELD_ROW_NAME_RE = re.compile(r"[ \t]*[^：。；，\t\n]{2,30}[（(][^（）()\n]{1,5}[）)]")


# a table pasted one cell a line (a PDF's table copied, a one-column Word table, a web page's <p> a cell): the head
# naming the rows, the other heads (a year, 单位, 目标值, 检查（次）, 责任科室), then rows of as many cells
CELL_LINE_ROW_HEAD_RE = re.compile(r"[ \t　]*(?:序号|编号|[\u4e00-\u9fff]{0,4}(?:指标|项目|类别|领域)(?:名称)?|单位名称|地区)[ \t　]*")
_CELL_LINE_HEAD_RE = re.compile(r"[ \t　]*(?:(?:计量)?单位|(?:19|20)\d{2}年度?(?:完成|目标|完成值|目标值|实际|计划)?|目标值?|完成值?|计划值?"
                                r"|(?:责任|牵头|配合)(?:科室|单位|处室|部门|股室)|备注|合计"
                                r"|[\u4e00-\u9fff“”、]{1,12}[（(](?:" + TABLE_UNITS + r")[）)])[ \t　]*")
_CELL_LINE_FIGURE_RE = re.compile(r"[ \t　]*(?:[≥≤＞＜>]|不少于|约)?[ \t　]*\d[\d,，.]*(?:万|亿)?%?[ \t　]*|[ \t　]*[—–\-－/][ \t　]*")


_CELL_LINE_GATE_RE = re.compile(r"^" + CELL_LINE_ROW_HEAD_RE.pattern + r"$", re.M)


def cell_per_line_table_gaps(text: str) -> list[tuple[int, int]]:
    """The line breaks (with any blank lines) between the cells of a table pasted one cell a line, each to become a tab:
    指标名称⏎单位⏎2022年⏎2023年⏎行政许可办理量⏎件⏎16,904⏎18,536⏎行政复议案件⏎件⏎5⏎3 is a header of four cells and
    two rows (one row alone is too little to tell a table from a list of short lines)."""
    cells = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(cells):
        if not CELL_LINE_ROW_HEAD_RE.fullmatch(text, *cells[k]):
            k += 1
            continue
        n = 1
        while k + n < len(cells) and (_CELL_LINE_HEAD_RE.fullmatch(text, *cells[k + n])
                                      or n == 1 and CELL_LINE_ROW_HEAD_RE.fullmatch(text, *cells[k + n])):
            n += 1
        if n < 3:
            k += 1
            continue
        rows, j = 0, k + n
        serial = text[slice(*cells[k])].strip() in ("序号", "编号")
        while j + n <= len(cells):
            row = [text[a:b].strip() for a, b in cells[j:j + n]]
            # (a row out of step with the header starts with a figure where a name stands, or a name for the number)
            if (any(len(c) > 40 or "。" in c for c in row) or not any(_CELL_LINE_FIGURE_RE.fullmatch(c) for c in row[1:])
                    or (not row[0].isdigit() if serial else bool(_CELL_LINE_FIGURE_RE.fullmatch(row[0])))):
                break
            rows += 1
            j += n
        if rows < 2:
            k += 1
            continue
        for r in range(rows + 1):
            first = k + r * n
            out.extend((cells[c][1], cells[c + 1][0]) for c in range(first, first + n - 1))
        k = j
    return out


def _field_row_gaps(text: str) -> list[tuple[int, int]]:
    """The colons of lines 行政复议案件（件）：8, read as a table row's two cells."""
    out = []
    for m in _FIELD_ROW_GAP_RE.finditer(text):
        s = text.rfind("\n", 0, m.start()) + 1
        if _FIELD_ROW_NAME_RE.fullmatch(text, s, m.start()):
            out.append(m.span())
    return out


_DOC_NO_LINE_RE = re.compile(r"[\u4e00-\u9fff]{1,12}" + DOC_NUMBER_RE.pattern)  # 赣商务法字〔2025〕3号


_LETTER_SPACED_RE = re.compile(rf"^[ \t]*[^\s]{{1,6}}(?: [{CJK}]){{5,}}(?: [^\s]{{1,6}})*[ \t]*$", re.M)


def _letter_spacing(text: str) -> list[tuple[int, int]]:
    """The single spaces of lines set with letter spacing (a PDF's title: 2022年 法 治 政 府 建 设 年 度 报 告), where
    most words are one character and no space is wider than one: the spaces print between letters, not words."""
    out = []
    for m in _LETTER_SPACED_RE.finditer(text):
        line = m.group().strip()
        words = line.split(" ")
        if sum(len(w) == 1 for w in words) * 5 >= len(words) * 4:
            start = m.start() + m.group().index(line)
            out.extend((start + k, start + k + 1) for k, c in enumerate(line) if c == " ")
    return out


# a scan that spaces out the letters of a few words in a line of prose: single digits before a measure, a percent sign
# or a word (1 2 8 6件, 4 2 1 5.6万, 1 0.2%), five characters or more (其中行 政 许 可 事项); led by its space, so the
# engine scans for spaces alone
# (a scan glues two of them at times: 1 20家, 1，05 2件; a wrap may part the last from its measure: 对1 5⏎件)
_SPACED_DIGITS_RE = re.compile(r" (?:(?<=(?<![\d.,])\d )|(?<=[,，]\d\d ))\d{1,2}(?: \d{1,2})*(?:\.\d+)?(?=\n?[%\u4e00-\u9fff])")
# a table cell of one figure a scan spaced out (⇥7 6⇥, ⇥1 2 7 5, ⇥1,02 6)
_SPACED_CELL_DIGITS_RE = re.compile(r"(?<=\t)(?:\d{1,3},)?\d{1,2}(?: \d{1,2})+(?=\t|\n|$)", re.M)
_SPACED_LETTERS_RE = re.compile(rf" (?<=[{CJK}] )[{CJK}](?:[ \n][{CJK}]){{3,}}")  # (a wrap may fall inside the run)


def _spaced_runs(text: str) -> list[tuple[int, int]]:
    """The single spaces inside runs of spaced-out digits or letters in prose."""
    out = []
    for pattern in (_SPACED_DIGITS_RE, _SPACED_LETTERS_RE, *((_SPACED_CELL_DIGITS_RE,) if "\t" in text else ())):
        for m in pattern.finditer(text):
            out.extend((k, k + 1) for k in range(m.start(), m.end()) if text[k] == " ")
    return sorted(out)


# emoji, dingbats, shapes and arrows that social-media posts open lines with
_DECOR = "[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u25A0-\u25FF\u2190-\u21FF\uFE0F\u200D]"
_DECOR_RE = re.compile(_DECOR)
_LINE_DECOR_RE = re.compile(rf"^[ \t\u3000]*({_DECOR}+[ \t\u3000]*)", re.M)
# a key-figure line (48件｜合法性审核, 12次　集中学法): a line of its own, never a wrapped sentence
_CARD_LINE_RE = re.compile(r"\s*[-*•·]?\s*\d[\d,.]*\s*(?:万|亿)?(?!年)[\u4e00-\u9fff]{1,3}\s*[｜|丨│\u3000]")


def _wrapped_breaks(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(line end, next line's text start) of each break inside a sentence, when the text is wrapped to a width.

    A text counts as wrapped when at least a third of its longer lines break mid-sentence; a text of whole
    paragraphs breaks that way only under a title or a heading, and those are never joined.
    """
    out, full_width_only, long_lines = [], [], 0
    for (s, e), (ns, ne) in zip(lines, lines[1:]):
        line, nxt = text[s:e].strip(), text[ns:ne]
        # 行政许可事项12.⏎36万件: a decimal point the wrap fell after ends nothing, however short its line
        decimal = line[-1:] == "." and line[-2:-1].isdigit() and nxt.lstrip()[:1].isdigit()
        if len(line) < 10 and not decimal or "\t" in line or _DATE_LINE_RE.fullmatch(line) or _DOC_NO_LINE_RE.fullmatch(line):
            continue  # a signature's date (2025年1月20日) or a document number is a line of its own
        long_lines += 1
        # …问题。（牵头股室：⏎综合股、外经贸股）, …监管。（⏎牵头股室：…）: a bracket still open goes on
        open_note = line.rfind("（") > line.rfind("）")
        if (line[-1] in _SENTENCE_END and not (open_note and line[-1] in "：:")
                or not nxt.strip() or "\t" in nxt or _NOT_CONTINUED_RE.match(nxt) and not open_note
                or _CARD_LINE_RE.match(line) or _CARD_LINE_RE.match(nxt)
                or "：" in line and _FIELD_LINE_RE.fullmatch(line) or "：" in nxt and _FIELD_LINE_RE.fullmatch(nxt.strip())):
            continue
        brk = (e, ns + len(nxt) - len(nxt.lstrip()))
        if not decimal and (line[-1] in _LINE_DONE or _NOT_WRAPPED_END_RE.search(line) or _is_heading_only(line)):
            # 组织“送法进工地” / 等活动320场, 以省住建厅 / 为被申请人: a closing quote or a unit's name may end a
            # sentence, a title or a signature, and is a wrap only on a line as full as the page; so may a
            # numbered heading (一是…集体学法不 / 少于4次)
            # a paragraph's first line is as full as the page with its indent (two full-width spaces, or four)
            raw = text[s:e]
            full_width_only.append((_width(line) + min(2, len(raw) - len(raw.lstrip())), brk))
            continue
        out.append(brk)
    if not out or len(out) * 3 < long_lines:
        return []
    widths = sorted(_width(text[text.rfind("\n", 0, e) + 1:e].strip()) for e, _ in out)
    return sorted(out + [brk for n, brk in full_width_only if n >= widths[len(widths) // 2] - 2])


def _printed_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines a wrap may join: all of them, or only those with words when the text is double-spaced (a PDF pasted
    into a web page one printed line a paragraph: …其中医疗机构执⏎⏎业登记…)."""
    filled = [k for k, (s, e) in enumerate(lines) if text[s:e].strip()]
    if len(filled) < 8:
        return lines
    # (a blank line after nearly every line: the blank lines part printed lines, not paragraphs)
    single = sum(1 for a, b in zip(filled, filled[1:]) if b == a + 2)
    if single < 0.8 * (len(filled) - 1):
        return lines
    # (and nearly every line no wider than a printed page: a web page's paragraphs run on for a hundred characters)
    if sum(1 for k in filled if _width(text[slice(*lines[k])].strip()) > 50) > 0.1 * len(filled):
        return lines
    return [lines[k] for k in filled]


# Chinese quotes, dashes and ellipses sit below U+2E80 but print as wide as a character
_FULL_WIDTH_PUNCT = frozenset("“”‘’…—·")


def _width(line: str) -> float:
    """A line's printed width in full-width characters (a digit or a Latin letter is half of one)."""
    return len(line) - sum(1 for c in line if c < "\u2e80" and c not in _FULL_WIDTH_PUNCT) / 2


def _is_heading_only(line: str) -> bool:
    """A numbered heading with no sentence of body after it (一、主要成效; （一）坚持党的领导，压实责任)."""
    return bool(_HEADING_START_RE.match(line)) and not any(c in line[:-1] for c in "。；.")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_RANGE = array("l")


def _identity_map(n: int) -> array:
    """array('l', range(n)), sliced from a cached one: building it element by element costs more than the rest of
    normalize."""
    global _RANGE
    if len(_RANGE) < n:
        _RANGE = array("l", range(max(n, 2 * len(_RANGE), 1 << 16)))
    return _RANGE[:n]


def _delete(text: str, idx: array, spans: list[tuple[int, int]]) -> tuple[str, array]:
    """Drop sorted, non-overlapping [start, end) spans from text and its offset map."""
    if not spans:
        return text, idx
    parts, new_idx, pos = [], array("l"), 0
    for s, e in spans:
        parts.append(text[pos:s])
        new_idx.extend(idx[pos:s])
        pos = e
    parts.append(text[pos:])
    new_idx.extend(idx[pos:])
    return "".join(parts), new_idx


def _rewrite(text: str, idx: array, subs: dict[int, str], cuts: list[tuple[int, int]]) -> tuple[str, array]:
    """Put one character in place of each subs position, then drop the sorted, non-overlapping cuts (text and its
    offset map): a run of characters becomes one without losing where it started."""
    if subs:
        chars = list(text)
        for k, c in subs.items():
            chars[k] = c
        text = "".join(chars)
    return _delete(text, idx, cuts)


def _gaps_to_tabs(text: str, idx: array, gaps: list[tuple[int, int]]) -> tuple[str, array]:
    """Each gap between table cells becomes one tab."""
    return _rewrite(text, idx, {a: "\t" for a, _b in gaps}, [(a + 1, b) for a, b in gaps if b > a + 1])


def _convert_t2s(text: str) -> str:
    """Traditional to simplified, keeping the length so the offset map stays valid."""
    conv = _t2s()
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    lines = []
    for line in text.split("\n"):
        c = conv.convert(line)
        if len(c) != len(line):
            c = "".join(ch2 if len(ch2 := conv.convert(ch)) == 1 else ch for ch in line)
        lines.append(c)
    return "\n".join(lines)


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


@lru_cache(maxsize=4096)
def _traditional_only(ch: str, simplified: str) -> bool:
    """Whether a character is only ever traditional: outside GB2312, and what its simplified form turns back into
    (復 -> 复 -> 復; 昇 -> 升 -> 升 is a variant that names still use)."""
    try:
        ch.encode("gb2312")
        return False
    except UnicodeEncodeError:
        return _s2t().convert(simplified) == ch


def _stray_traditional_converted(text: str, changed: list[tuple[int, str, str]]) -> str:
    """text with each character t2s changed (changed: the lines it changed) taken from the simplified line, where
    it is traditional only."""
    chars = None
    for start, la, lb in changed:
        for k, (a, b) in enumerate(zip(la, lb)):
            if a != b and _traditional_only(a, b):
                chars = chars or list(text)
                chars[start + k] = b
    return "".join(chars) if chars else text


def _changed_lines(a: str, b: str) -> list[tuple[int, str, str]]:
    """(offset, line of a, line of b) for each line two texts of equal length differ in."""
    out, pos = [], 0
    for la, lb in zip(a.split("\n"), b.split("\n")):
        if la != lb:
            out.append((pos, la, lb))
        pos += len(la) + 1
    return out


def strip_pinyin(text: str) -> list[tuple[int, int]]:
    """Spans of bracketed pinyin after characters; only when it is clearly annotation, not an acronym."""
    if not _TONE_RE.search(text):  # no toned syllable at all: never annotation (and one cheap scan)
        return []
    spans = [(m.start(), m.end()) for m in PINYIN_RE.finditer(text)]
    if not spans:
        return []
    toned = sum(1 for s, e in spans if _TONE_RE.search(text, s, e))
    # a handful of bracketed lowercase words is not an annotated text; many toned syllables is
    if toned < 3 and toned < len(spans) * 0.5:
        return []
    return spans


# Uyghur/Kazakh (Arabic script), Tibetan, Mongolian and Korean labels beside a bilingual site's Chinese ones
_OTHER_LETTERS = r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u0f00-\u0fff\u1800-\u18af\u1100-\u11ff\uac00-\ud7af]"
_OTHER_SCRIPT_RE = re.compile(rf"{_OTHER_LETTERS}+(?:-{_OTHER_LETTERS}+)*")  # ئۆز-ئارا ئالاقە: a hyphen inside a word


def _han_view(line: str) -> str:
    """The line without another script's words (首页 باش بەت → 首页), for judging menus by their Chinese labels."""
    return re.sub(r"\s+", " ", _OTHER_SCRIPT_RE.sub(" ", line)).strip() if _OTHER_SCRIPT_RE.search(line) else line


def is_chrome_line(line: str) -> bool:
    """A line that is page furniture rather than document text."""
    s = _han_view(line.strip())
    if not s:
        return False
    if "\t" in s and (cells := [c.strip() for c in s.split("\t") if c.strip()]) and len(cells) <= 4 and any(
            _DATE_BAR_RE.match(c) for c in cells[1:]) and all(is_chrome_line(c) for c in cells[1:]):
        return True  # 某县人民政府⇥2024年03月05日 星期二 无障碍浏览 手机版: a site's top bar laid out as a table row
    if _CHROME_START_RE.match(s) or _CHROME_LINE_RE.search(s) or _MENU_LINE_RE.match(s):
        return True
    if (d := _DATE_BAR_RE.match(s)) and d.end() < len(s):
        s = s[d.end():]  # 2025年03月26日 星期三 无障碍浏览 手机版: a site's top bar opens with today's date
    if _NOT_CHROME_CHAR_RE.search(s):
        return False
    words = [w.strip("【】[]") for w in _CHROME_SPLIT_RE.split(s.lower()) if w.strip("【】[]")]
    return bool(words) and all(w in CHROME_WORDS for w in words) and any(len(w) > 1 for w in words)


def _menu_and_link_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of the lines of a site menu written one link a line, and of the links listed under 相关链接."""
    out: set[int] = set()
    run: list[int] = []
    for n, (s, e) in enumerate([*lines, (0, 0)]):
        line = _han_view(text[s:e].strip())
        if not line and n < len(lines):
            continue
        if n < len(lines) and _NAV_LINE_RE.match(line):
            run.append(n)
            continue
        if len(run) >= _NAV_RUN and any(_han_view(text[a:b].strip()) in _NAV_WORDS for a, b in (lines[k] for k in run)):
            out.update(run)
        run = []
    for n, (s, e) in enumerate(lines):
        if _LINKS_HEAD_RE.match(text[s:e]):
            for k in range(n + 1, len(lines)):
                link = text[lines[k][0]:lines[k][1]].strip()
                if link and ("。" in link or len(link) > 60):
                    break
                out.add(k)
    return out


def _lines(text: str):
    """Yield (start, end) of each line, end excluding the newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def _has_spaced_figure(text: str) -> bool:
    """Whether a run of spaces after a word leads to a figure somewhere in text (not an indent)."""
    return any(m.start() and not text[m.start() - 1].isspace() for m in _SPACED_ROW_HINT_RE.finditer(text))


# a header cell naming its column's measure (检查企业（家次）), or a short name beside such cells (序号, 行业领域)
_SPACED_HEAD_CELL_RE = re.compile(r"[^\s（）()，。；]{1,12}[（(][^（）()\s]{1,4}[）)]")
_SPACED_NAME_CELL_RE = re.compile(r"[^\s（）()，。；\d]{1,8}")


def _spaced_column_header(line: str) -> bool:
    """序号    行业领域    检查企业（家次）    行政处罚（起）: a header whose cells name each column's measure."""
    cells = _SPACED_GAP_RE.split(line.strip())
    heads = sum(1 for c in cells if _SPACED_HEAD_CELL_RE.fullmatch(c))
    return len(cells) >= 3 and heads >= 2 and all(
        _SPACED_HEAD_CELL_RE.fullmatch(c) or _SPACED_NAME_CELL_RE.fullmatch(c) for c in cells)


# a row's first cell of two characters set apart to the width of the longer names below (浚    县, 全    市, 县  区),
# then a gap before the row's next cell
_SPACED_SHORT_NAME_RE = re.compile(rf"^[ \t]*[{CJK}]([ \u3000]{{1,6}})[{CJK}](?=[ ]{{2,}}[^ \n])", re.M)


# a spaced header line whose year cells run together (计量单位 2024年完成2025年目标责任处室), and where to part them
_GLUED_HEAD_LINE_RE = re.compile(r"^\S[^\n。，；：]{0,80}? {2,}[^\n。，；：]{0,80}?[\u4e00-\u9fff](?:19|20)\d{2}年[^\n。，；：]{0,60}$", re.M)
_GLUED_HEAD_CUT_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?=(?:19|20)\d{2}年)|(?=(?:责任|牵头)(?:处室|科室|单位|部门)))"
                                r"|(?<=[^ ] )(?=[^ ])")  # (and the cells set one space apart: 序号 指标名称)
_SPACED_PERIOD_HEAD_RE = re.compile(r"全 ?年|合 ?计|总 ?计|" + PART_OF_YEAR + r"|\d{1,2}\s*月份?"
                                    r"|(?:19|20)\d{2}\s*年度?|同比(?:增减)?|增减")
_SPACED_COUNT_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:(?: {2,}|　+)[\u4e00-\u9fff]{0,10}(?:数量|件数|总计|合计))+")


def _spaced_table_gaps(text: str) -> list[tuple[int, int]]:
    """The space runs between the cells of table rows lined up with spaces (信访事项（件）    312    287    -8.0%)."""
    gaps = []
    # a row whose every figure is a dash (行政复议申请    件    —) is a row of the table when a row of figures is next to it
    last_row, pending = -2, None
    count_head: tuple[int, list[tuple[int, int]]] | None = None  # 信息内容    本年处理决定数量: a header over one count
    lines = list(_lines(text))
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        next_line = text[slice(*lines[n + 1])] if n + 1 < len(lines) else ""
        if "）" in line and _spaced_column_header(line):
            gaps.extend((s + m.start(), s + m.end()) for m in _SPACED_GAP_RE.finditer(line))
            continue
        if _SPACED_COUNT_HEAD_RE.fullmatch(line.strip()):
            count_head = (n, [(s + m.start(), s + m.end()) for m in _SPACED_GAP_RE.finditer(line)])
            continue
        dash = "—" in line or " -" in line or " /" in line
        if not _has_spaced_figure(line) and not line.rstrip().endswith(("同比", "环比", "年")) and not dash:
            continue
        runs = list(_SPACED_GAP_RE.finditer(line))
        if not runs:
            continue
        cells = _SPACED_GAP_RE.split(line.strip())
        if len(cells) > 2 and (cells[0].isdigit() and len(cells[0]) <= 3 or cells[0] in ("序号", "编号")):
            cells = cells[1:]  # a 序号 column before the row's name
        head, rest = cells[0], cells[1:]
        under_count = count_head is not None and last_row in (count_head[0], n - 1) and n - count_head[0] <= 12
        if (len(re.findall(r"[\u4e00-\u9fff]", head)) < 2 or any(c in head for c in "。；，,")
                or not all(_SPACED_CELL_RE.match(c) or c in ("/", "／") for c in rest)
                or len(rest) < 2 and not head.endswith(("）", ")")) and not (under_count or count_head and count_head[0] == n - 1)):
            continue
        if count_head is not None and count_head[0] == n - 1:
            gaps.extend(count_head[1])  # the header over the rows, read as a table row too
            last_row = count_head[0]
        row = [(s + m.start(), s + m.end()) for m in runs]
        if serial := _SPACED_SERIAL_RE.match(line):
            row.insert(0, (s + serial.start(1), s + serial.end(1)))  # 4 “双随机…”: a serial a PDF set one space off
        if (len(rest) >= 3 or len(rest) == 2 and _has_spaced_figure(next_line)) and all(
                _SPACED_PERIOD_HEAD_RE.fullmatch(c) for c in rest):
            gaps.extend(row)  # 项目  一季度  二季度  三季度  四季度  全年 (or 上半年  全 年): the header over the figures
            last_row = n
            continue
        if not any(c[:1].isdigit() for c in rest):
            if any(c in ("—", "-", "/", "／") for c in rest):
                if last_row == n - 1:
                    gaps.extend(row)
                    last_row = n
                else:
                    pending = (n, row)
            continue
        if pending is not None and pending[0] == n - 1:
            gaps.extend(pending[1])
        pending = None
        gaps.extend(row)
        last_row = n
    return sorted(gaps)


# a task table lined up with spaces: a header 序号  重点任务  责任股室  完成时限 naming a task or a lead column, then
# numbered rows with as many cells; a long cell may leave one space before the next, so inside such a block any
# run of spaces parts two cells
_TASK_HEADER_CELLS_RE = re.compile(r"^[ \t]*(?:序号|编号)(?:[ \t]+[\u4e00-\u9fff（）()]{2,10}){2,7}[ \t]*$")
_TASK_HEADER_WORD_RE = re.compile(r"任务|内容|措施|事项|举措|单位|部门|处室|科室|股室")
_TASK_ROW_START_RE = re.compile(r"[ \t]*\d{1,3}[.．、]?[ \t]")
_SPACE_RUN_RE = re.compile(r"[ \t]+")


def _spaced_task_table_gaps(text: str) -> list[tuple[int, int]]:
    """The space runs between the cells of task tables lined up with spaces (header and numbered rows)."""
    gaps, lines, n = [], list(_lines(text)), 0
    while n < len(lines):
        s, e = lines[n]
        n += 1
        header = text[s:e]
        if not _TASK_HEADER_CELLS_RE.match(header) or not _TASK_HEADER_WORD_RE.search(header):
            continue
        width = len(header.split())
        block = [(s, e)]
        while n < len(lines):
            rs, re_ = lines[n]
            row = text[rs:re_]
            if (len(block) > 1 and row.startswith("    ") and len(row.split()) == 1
                    and not _TASK_ROW_START_RE.match(row)):
                n += 1  # 督促隐患整改闭环 under a row's task: the cell's second line, which does not end the table
                continue
            if row.strip() and (not _TASK_ROW_START_RE.match(row) or len(row.split()) != width):
                break
            block.append((rs, re_))
            n += 1
        if len(block) < 2:
            continue
        for bs, be in block:
            line = text[bs:be]
            lead = len(line) - len(line.lstrip())
            end = len(line.rstrip())
            gaps.extend((bs + m.start(), bs + m.end()) for m in _SPACE_RUN_RE.finditer(line, lead, end))
    return gaps


_MD_HEADING_RE = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_MD_QUOTE_RE = re.compile(r"^[ \t]*>[ \t]*(?=\S)", re.M)  # > 发布日期：…: a quoted line reads as the line
_MD_BULLET_RE = re.compile(r"^[ \t]*[-*+][ \t]+(?=[\u4e00-\u9fff（(【“])", re.M)
# (a table typed with full-width bars in a plain text, ｜指标名称｜2024年｜, is one too)
_MD_TABLE_LINE_RE = re.compile(r"^[ \t]*[|｜]([^\n]*)[|｜][ \t]*$", re.M)
_MD_RULE_CELL_RE = re.compile(r"\s*:?-{3,}:?\s*")
_PIPE_GAP_RE = re.compile(r"[ \t]*[|｜][ \t]*")
# a WeChat article's numbered heading: 01 | 主要成效, 2｜存在问题
_NUMBER_BAR_HEADING_RE = re.compile(r"^[ \t]*0?([1-9])[ \t]*[|｜][ \t]*(?=[\u4e00-\u9fff]|\d{4}年)", re.M)


def markup_edits(text: str) -> tuple[dict[int, str], list[tuple[int, int]]]:
    """Characters to replace and spans to cut so that Markdown and WeChat markup reads as plain text: # marks and
    ** go, a pipe table becomes tab rows (its rule line goes), 01 | heading becomes 一、heading."""
    subs: dict[int, str] = {}
    cuts: list[tuple[int, int]] = []
    if "#" in text:
        cuts += [(m.start(), m.end()) for m in _MD_HEADING_RE.finditer(text)]
    if ">" in text:
        cuts += [(m.start(), m.end()) for m in _MD_QUOTE_RE.finditer(text)]
    if "**" in text:
        cuts += [(m.start(), m.end()) for m in re.finditer(r"\*\*", text)]
    if "- " in text or "* " in text or "+ " in text:
        cuts += [(m.start(), m.end()) for m in _MD_BULLET_RE.finditer(text)]
    if "|" in text or "｜" in text:
        for m in _MD_TABLE_LINE_RE.finditer(text):
            cells = re.split(r"[|｜]", m.group(1))
            if len(cells) < 2:
                continue
            if all(_MD_RULE_CELL_RE.fullmatch(c) for c in cells):
                cuts.append((m.start(), min(m.end() + 1, len(text))))  # |---|---|
                continue
            inner_s, inner_e = m.start(1), m.end(1)
            cuts.append((m.start(), inner_s))  # the leading bar
            cuts.append((inner_e, m.end()))  # the closing bar
            lead = len(m.group(1)) - len(m.group(1).lstrip(" \t"))
            cuts.append((inner_s, inner_s + lead))
            trail = len(m.group(1)) - len(m.group(1).rstrip(" \t"))
            cuts.append((inner_e - trail, inner_e))
            for g in _PIPE_GAP_RE.finditer(text, inner_s + lead, inner_e - trail):
                subs[g.start()] = "\t"
                cuts.append((g.start() + 1, g.end()))
    if "|" in text or "｜" in text:
        for m in _NUMBER_BAR_HEADING_RE.finditer(text):
            s, e = m.start() + len(m.group()) - len(m.group().lstrip(" \t")), m.end()
            subs[s], subs[s + 1] = cn_numeral(int(m.group(1))), "、"
            cuts.append((s + 2, e))
    return subs, [(a, b) for a, b in cuts if b > a]


_BARE_PAGE_RE = re.compile(r"^[ \t　]*(\d{1,3})[ \t　]*$", re.M)


def _bare_page_numbers(text: str) -> list[re.Match]:
    """Lines of a bare number counting the pages 1, 2, 3… (or from 2): page numbers printed without dashes."""
    bare = list(_BARE_PAGE_RE.finditer(text))
    if len(bare) < 2 or int(bare[0].group(1)) not in (1, 2):
        return []
    # every bare number line must be the next page's: one stray figure line and they are no page numbers
    if any(int(b.group(1)) != int(a.group(1)) + 1 for a, b in zip(bare, bare[1:])):
        return []
    return bare


# a footnote at a page's foot: ① 数据截至2022年12月20日。 / 注：含叙州区…
_FOOTNOTE_LINE_RE = re.compile(r"^[ \t　]*(?:[①②③④⑤⑥⑦⑧⑨⑩]|注[:：])[^\n]{0,80}$")


def page_furniture_spans(text: str) -> list[tuple[int, int]]:
    """Printed page numbers, the running headers, footers and footnotes beside them, each with its blank lines; where
    a sentence runs on over the page break, the line break before the furniture too, so its halves meet."""
    pages = sorted([*PAGE_NUMBER_RE.finditer(text), *page_footers(text)], key=lambda m: m.start()) or _bare_page_numbers(text)
    spans = merge_spans(page_number_spans(text, pages) + running_header_spans(text, pages) + footnote_spans(text, pages))
    out = []
    for a, b in spans:
        if a > 0 and text[a - 1] == "\n":
            prev = text[text.rfind("\n", 0, a - 1) + 1:a - 1].strip()
            line_e = text.find("\n", b)
            nxt = text[b:line_e if line_e != -1 else len(text)]
            if (prev and nxt.strip() and prev[-1] not in _LINE_DONE and "\t" not in prev + nxt
                    and not _SPACED_GAP_RE.search(prev)  # a table's row lined up with spaces ends at its page's foot
                    and not _NOT_CONTINUED_RE.match(nxt) and not _NOT_WRAPPED_END_RE.search(prev)
                    and not _is_heading_only(prev) and not _DATE_LINE_RE.fullmatch(prev)):
                a -= 1  # …全年以我厅为被申请人的行政复 / — 2 — / 议案件1件: one sentence cut by the page
        out.append((a, b))
    return out


def page_footers(text: str) -> list[re.Match]:
    """One-line footers of a page number and the running header's words (at least four characters of them: 第 1 页 共 3
    页 is a page number alone)."""
    found = [m for m in PAGE_FOOTER_RE.finditer(text)
             if len(_CJK_CHAR_RE.findall(m.group("after") or m.group("before"))) >= 4]
    # (one such line alone, with no other page number, may be a line of the text that ends in a dash-set figure)
    return found if len(found) >= 2 or found and PAGE_NUMBER_RE.search(text) else []


def footnote_spans(text: str, pages: list[re.Match]) -> list[tuple[int, int]]:
    """Footnote lines at the foot of a page (between the text and the footer or page number), with blank lines."""
    out = []
    for m in pages:
        end = m.start()
        for _ in range(4):  # up past blank lines, a footer line and the footnotes themselves
            ls = text.rfind("\n", 0, max(end - 1, 0)) + 1
            line = text[ls:end].rstrip("\n")
            if _FOOTNOTE_LINE_RE.match(line):
                s = ls
                while s > 0 and not text[(prev := text.rfind("\n", 0, s - 1) + 1): s - 1].strip():
                    s = prev
                out.append((s, _past_blank_lines(text, ls + len(line))))
            elif line.strip() and len(line.strip()) < 6 or ls == 0:
                break
            end = ls
    return out


def page_number_spans(text: str, pages: list[re.Match]) -> list[tuple[int, int]]:
    """Each page-number line with the blank lines around it, so that the lines of text before and after it meet
    (and join, when the text is wrapped to a width)."""
    out = []
    for m in pages:
        s = m.start()
        while s > 0 and not text[(prev := text.rfind("\n", 0, s - 1) + 1): s - 1].strip():
            s = prev  # a blank line before it
        out.append((s, _past_blank_lines(text, m.end())))
    return out


def running_header_spans(text: str, pages: list[re.Match]) -> list[tuple[int, int]]:
    """Each line a printed page repeats next to its page number (芜湖市市场监督管理局　2023年法治政府建设年度报告),
    with the blank lines after it: a running header or footer, not the document's text."""
    beside: list[tuple[str, int, int]] = []  # (line, start, end) of the lines next to a page number
    for m in pages:
        s = m.end()
        while s < len(text) and text[s] in "\n \t　":
            s += 1
        e = text.find("\n", s)
        e = len(text) if e == -1 else e
        pe = len(text[:m.start()].rstrip("\n \t　"))
        ps = text.rfind("\n", 0, pe) + 1
        beside += [(text[a:b].strip(), a, b) for a, b in ((s, e), (ps, pe)) if len(text[a:b].strip()) >= 6]
    if not beside:
        return []
    # (compared without their spacing: 泉州市人民政府公报　　…　　2024年第3期 is the header printed 公报　2024年第3期)
    first = _SPACE_RUN_RE.sub("", text.lstrip().split("\n", 1)[0])
    # the title under a document number (赣商务法字〔2025〕3号 / 标题) is printed once as a header too
    heads = {_SPACE_RUN_RE.sub("", ln) for ln in text.lstrip().split("\n", 4)[:4] if len(ln.strip()) >= 6}
    # a footer's own words (— 2 —　千灯镇…报告) are one more printing of the header
    # (a line between two page numbers is beside both, but printed once)
    counts = Counter([_SPACE_RUN_RE.sub("", x) for x, _, _ in {(x, a, b) for x, a, b in beside}]
                     + [_SPACE_RUN_RE.sub("", w) for m in pages if m.re is PAGE_FOOTER_RE
                        for w in (m.group("after"), m.group("before")) if w])
    repeated = {x for x, c in counts.items() if c >= 2 or x == first or x in heads and x.endswith(_TITLE_ENDS)}
    # only where a page prints it: the same words as the title at the top or as the signature are the document's;
    # the top line is the first page's header when the document's own title comes under it
    spans = {(_before_blank_lines(text, a), _past_blank_lines(text, b)) for x, a, b in beside
             if _SPACE_RUN_RE.sub("", x) in repeated}
    if first in repeated:
        a = len(text) - len(text.lstrip())
        b = a + len(text[a:].split("\n", 1)[0])
        if any(line.strip().endswith(_TITLE_ENDS) for line in text[b:].lstrip().split("\n", 4)[:3]):
            spans.add((a, _past_blank_lines(text, b)))
    return sorted(spans)


def _before_blank_lines(text: str, start: int) -> int:
    """Where the blank lines above the line starting at start begin (a footer's, so the text above meets the next
    page's)."""
    while start > 0 and not text[(prev := text.rfind("\n", 0, start - 1) + 1): start - 1].strip():
        start = prev
    return start


def _past_blank_lines(text: str, end: int) -> int:
    """Where the text goes on after the line ending at end and the blank lines under it (past their line breaks)."""
    while end + 1 < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        if text[end + 1:nxt].strip():
            break
        end = nxt
    return min(end + 1, len(text))


# a heading number: 二、 or （三）
_HEADING_MARK_RE = re.compile(r"(?P<sec>[一二三四五六七八九十]{1,3})、|[（(](?P<item>[一二三四五六七八九十]{1,3})[）)]")
_INLINE_HINT_RE = re.compile(r"[。：；\u3000][ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
                             r"|^[ \t]*[一二三四五六七八九十]{1,3}、[^。\n]{2,40}?[（(][一二三四五六七八九十]{1,3}[）)]", re.M)
_SENTENCE_BEFORE = "。：:；;\u3000 "


def inline_heading_breaks(text: str) -> list[int]:
    """Where a heading number stands inside a line but continues the document's numbering (…863条。（二）自觉接受监督,
    一、全面履行职能（一）深化改革, a report pasted as one line): a line break belongs before it."""
    out: list[int] = []
    last_sec = last_item = 0
    item_since_sec = False
    cur = 0  # where the current line starts, counting the breaks found
    marks = list(_HEADING_MARK_RE.finditer(text))
    # the numbers that open a line somewhere later: an inline mark with one of them is an enumeration inside a
    # paragraph (重点学习：（一）宪法；（二）民法典), the line below is the real item
    later_starts: dict[tuple[str, int], int] = {}
    for m in marks:
        if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip():
            later_starts[("sec" if m.group("sec") else "item", cn_small_int(m.group("sec") or m.group("item")))] = m.start()
    for m in marks:
        s = m.start()
        ls = text.rfind("\n", 0, s) + 1
        cur = max(cur, ls)
        n = cn_small_int(m.group("sec") or m.group("item"))
        at_start = not text[cur:s].strip()
        if not at_start and later_starts.get(("sec" if m.group("sec") else "item", n), -1) > s:
            continue
        before = text[cur:s].rstrip(" \u3000")
        if m.group("sec"):
            if at_start or (n == last_sec + 1 and (not before or before[-1] in _SENTENCE_BEFORE)
                            and text[s - 1:s] in _SENTENCE_BEFORE):
                if not at_start:
                    out.append(s)
                    cur = s
                last_sec, item_since_sec = n, False
            continue
        expected = n == last_item + 1 or (n == 1 and not item_since_sec)
        glued = bool(re.match(r"[ \t]*[一二三四五六七八九十]{1,3}、", text[cur:s])) and "。" not in text[cur:s]
        if at_start or (expected and (text[s - 1:s] in _SENTENCE_BEFORE or glued) and last_sec + last_item > 0):
            if not at_start:
                out.append(s)
                cur = s
            last_item, item_since_sec = n, True
    return out


# in a report pasted as one line, an indent (two spaces or more) between sentences opens a paragraph, and the date
# that closes the signature stands on its own
_PASTED_GAP_RE = re.compile(r"(?<=[。：；！？\u4e00-\u9fff”）])[ \u3000]{2,}(?=[\u4e00-\u9fff\d“（])")
_CLOSING_DATE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \u3000]*$)")


_FILLED_LINE_RE = re.compile(r"\S[^\n]*")  # a line's words from its first one (one match per line that has any)


def pasted_paragraph_breaks(text: str) -> list[int]:
    """In a text of three lines at most, a line of 150 characters or more holding two indents or more (a whole report
    pasted as one line): where its paragraphs and its closing date begin."""
    out: list[int] = []
    if next(islice(_FILLED_LINE_RE.finditer(text), 3, None), None) is not None:
        return out  # a fourth line with words: no pasted report (stop there rather than split the whole text)
    pos = 0
    for line in text.split("\n"):
        if len(line) >= 150 and len(_PASTED_GAP_RE.findall(line)) >= 2:
            out += [pos + m.start() for m in _PASTED_GAP_RE.finditer(line)]
            out += [pos + m.start() for m in _CLOSING_DATE_RE.finditer(line.rstrip())]
        pos += len(line) + 1
    return out


def _insert_marks(text: str, idx: array, positions: list[int], mark: str = "\n") -> tuple[str, array]:
    """A line break (or another mark) before each position (it points at the original character it stands before)."""
    parts, new_idx, pos = [], array("l"), 0
    for p in sorted(set(positions)):
        parts += [text[pos:p], mark]
        new_idx.extend(idx[pos:p])
        new_idx.extend([idx[p]] * len(mark))
        pos = p
    parts.append(text[pos:])
    new_idx.extend(idx[pos:])
    return "".join(parts), new_idx


def _unbalanced_open(line: str) -> bool:
    return line.count("《") > line.count("》") or line.count("（") > line.count("）")


def normalize(original: str) -> Normalized:
    """Turn an original text into the normalized text every later stage reads."""
    text = original
    idx = _identity_map(len(original))
    fixes: list[Fix] = []

    # 1. carriage returns, BOM and zero-width characters carry no meaning
    junk = [(m.start(), m.end()) for m in re.finditer(r"[\r\ufeff\u200b\u200c\u200d\u2060]+", text)]
    text, idx = _delete(text, idx, junk)
    if " \n" in text or "\u3000\n" in text:
        # nor do spaces ending a line (Markdown's two-space line break): a wrapped line must join without them
        text, idx = _delete(text, idx, [m.span() for m in re.finditer(r"(?<=\S)[ \u3000]+(?=\n)", text)])

    # 1b. HTML entities become the character they stand for (in the place of their '&', the rest dropped)
    if "&" in text and (entities := list(_ENTITY_RE.finditer(text))):
        text, idx = _rewrite(text, idx, {m.start(): html.unescape(m.group())[:1] or " " for m in entities},
                             [(m.start() + 1, m.end()) for m in entities])

    # 1c. Markdown and WeChat markup (## 一、…, **（一）…**, - 行政许可：…, | 指标 | 2023年 |, 01 | 主要成效)
    if any(c in text for c in "#*|｜-+"):
        subs, cuts = markup_edits(text)
        text, idx = _rewrite(text, idx, subs, merge_spans(cuts))

    # 2. pinyin annotations, found on the original script
    spans = strip_pinyin(text)
    for s, e in spans:
        o = idx[s]
        fixes.append(Fix("pinyin_annotations", o, idx[e - 1] + 1, original[max(0, o - 1): idx[e - 1] + 2]))
    text, idx = _delete(text, idx, spans)

    # 3. traditional to simplified, then one punctuation
    simplified = _convert_t2s(text)
    changed = [] if simplified == text else _changed_lines(text, simplified)
    n_changed = sum(sum(map(operator.ne, la, lb)) for _, la, lb in changed)  # equal lines skipped at C speed
    traditional = n_changed >= 2 and n_changed / max(1, len(text)) >= 0.01
    if traditional:
        i = next(k for k, (a, b) in enumerate(zip(text, simplified)) if a != b)
        fixes.append(Fix("traditional_script", idx[i], idx[i] + 1, text[i: i + 2]))
        # only a traditional text is converted: in a simplified one t2s would rewrite names (昇 -> 升)
        text = simplified
    elif changed and len(simplified) == len(text):
        # a few traditional characters in a simplified text (行政復議案件): those only ever traditional become
        # simplified; variants that names still use (昇, 乾) stay
        text = _stray_traditional_converted(text, changed)
    text = _SUBST_RE.sub(lambda m: _FULLWIDTH[m.group()], text)
    if "O" in text or "l" in text or "I" in text:  # 1O8件, 学法l2次: letters a scan read for digits
        text = _OCR_DIGIT_RE.sub(lambda m: m.group().translate(_OCR_DIGITS), text)
    if "仵" in text or "扬" in text or "曰" in text:  # 建议16仵: a scan's look-alike of 件, which never follows a figure itself
        text = _OCR_MEASURE_RE.sub(lambda m: m.group().translate(_OCR_MEASURES), text)
    if _DAXIE_HINT_RE.search(text):  # 贰佰零叁件: a count in the numerals of cheques, read as the everyday ones
        text = _DAXIE_COUNT_RE.sub(lambda m: m.group().translate(_DAXIE), text)
    if "复仪" in text:  # 行政复仪: a scan's look-alike in a word that has no other reading
        text = text.replace("复仪", "复议")
    if "," in text or ":" in text:
        text = _COMMA_COLON_RE.sub(lambda m: "，" if m.group() == "," else "：", text)
    if "，" in text:  # １，２０５家: a thousands separator typed or scanned full-width
        text = _CN_THOUSANDS_RE.sub(",", text)
    if " " in text and _SPACE_THOUSANDS_HINT_RE.search(text):
        text = _SPACE_THOUSANDS_RE.sub(lambda m: m.group().replace(" ", ","), text)
        if "\t" in text:  # a table cell of one figure grouped by spaces (1 286 from 1&nbsp;286)
            text = _SPACE_THOUSANDS_CELL_RE.sub(lambda m: m.group().replace(" ", ","), text)
    if "." in text:
        text = _CN_HEADING_DOT_RE.sub(r"\1、", text)
        text = _CJK_DOT_RE.sub("。", text)

    if " " in text and (spaced := _letter_spacing(text)):
        text, idx = _delete(text, idx, spaced)  # 浙 江 省 药 品 监 督 管 理 局: a title set with letter spacing
    if " " in text and (spaced := _spaced_runs(text)):
        text, idx = _delete(text, idx, spaced)  # a scan's 行 政 许 可 1 2 8 6件 inside a line of prose
        if "，" in text:  # 3，7 9 6件 is 3，796件 now: a thousands separator
            text = _CN_THOUSANDS_RE.sub(",", text)

    if _DECOR_RE.search(text):  # ✅ 一、…, 🔹 上半年…: a line's decoration hides the heading or the words it opens with
        text, idx = _delete(text, idx, [m.span(1) for m in _LINE_DECOR_RE.finditer(text)])

    # a table pasted one cell a line, before page numbers: its serial cells 1, 2, 3 are no bare page numbers
    if _CELL_LINE_GATE_RE.search(text) and (gaps := cell_per_line_table_gaps(text)):
        text, idx = _gaps_to_tabs(text, idx, gaps)
    # 4. printed page numbers, then page chrome, file-name lines and wrapped titles, found line by line
    if (any(c in text for c in "—-－–─页/·•") and (PAGE_NUMBER_RE.search(text) or PAGE_FOOTER_RE.search(text))
            or "\n1\n" in text or "\n2\n" in text):  # or bare page numbers (checked line by line)
        text, idx = _delete(text, idx, page_furniture_spans(text))
    if "  " in text and _has_spaced_figure(text):
        if glued := [cut.start() for line in _GLUED_HEAD_LINE_RE.finditer(text)
                     for cut in _GLUED_HEAD_CUT_RE.finditer(text, *line.span())]:
            text, idx = _insert_marks(text, idx, glued, "  ")  # 2024年完成2025年目标责任处室: a PDF's narrow header cells run together
        if names := [m.span(1) for m in _SPACED_SHORT_NAME_RE.finditer(text)]:
            text, idx = _delete(text, idx, names)  # 浚    县 in a PDF's table: a two-character name spaced to the column's width
        if gaps := _spaced_table_gaps(text):
            text, idx = _gaps_to_tabs(text, idx, gaps)  # as a table's cells are written everywhere else
    if ("序号" in text or "编号" in text) and (gaps := _spaced_task_table_gaps(text)):
        text, idx = _gaps_to_tabs(text, idx, gaps)
    if ("）：" in text or ")：" in text) and (gaps := _field_row_gaps(text)):
        text, idx = _gaps_to_tabs(text, idx, gaps)
    if (" " in text or "\u3000" in text) and (breaks := pasted_paragraph_breaks(text)):
        text, idx = _insert_marks(text, idx, breaks)
    if _INLINE_HINT_RE.search(text) and (breaks := inline_heading_breaks(text)):
        text, idx = _insert_marks(text, idx, breaks)
    lines = list(_lines(text))
    wrapped = _wrapped_breaks(text, _printed_lines(text, lines))
    wrapped_ends = {e for e, _ in wrapped}
    drop: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []

    def close_block():
        if block:
            s, e = block[0][0], block[-1][1]
            example = " ".join(text[a:b].strip(" •·") for a, b in block if text[a:b].strip())
            fixes.append(Fix("web_boilerplate", idx[s], idx[e - 1] + 1, example[:80]))
            drop.extend((a, min(b + 1, len(text))) for a, b in block)
            block.clear()

    menu = _menu_and_link_lines(text, lines) if any(w in text for w in _MENU_SIGNS) else set()
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        if n in menu or is_chrome_line(line):
            block.append((s, e))
            continue
        if not line.strip() and block:
            block.append((s, e))
            continue
        close_block()
        if ("】" in line or "字号" in line or "字体" in line) and (tail := _CHROME_TAIL_RE.search(line)) and tail.start() > 0:
            # 发布日期：…　来源：…　【字体：大 中 小】: the line's fields stay, the page's widgets go
            fixes.append(Fix("web_boilerplate", idx[s + tail.start()], idx[e - 1] + 1, tail.group().strip()[:80]))
            drop.append((s + tail.start(), e))
        if FILE_ARTIFACT_RE.match(line) and (n <= 1 or n >= len(lines) - 2 or len(line.strip()) < 120):
            fixes.append(Fix("file_artifact", idx[s], idx[e - 1] + 1, line.strip()[-40:]))
            drop.append((max(s - 1, 0) if n == len(lines) - 1 and s > 0 else s, min(e + 1, len(text)) if n < len(lines) - 1 else e))
            continue
        if n + 1 < len(lines):
            ns, ne = lines[n + 1]
            nxt = text[ns:ne]
            # a break inside brackets in a text wrapped to a width is an ordinary wrap, joined below
            if (e not in wrapped_ends and line.strip() and nxt.strip() and _unbalanced_open(line) and len(line.strip()) < 80
                    and len(nxt.strip()) < 60 and line.rstrip()[-1] not in _SENTENCE_END
                    and not _unbalanced_open(nxt) and (nxt.count("》") or nxt.count("）"))
                    or n < 12 and _title_cut_in_a_word(line.strip(), nxt.strip())):
                tail, head = line.rstrip()[-3:], nxt.strip()[:1]
                fixes.append(Fix("broken_title", idx[e - 1], idx[ns] + 1, f"{tail} / {head}"))
                # drop the line break and the next line's indent so the title reads as one
                lead = len(nxt) - len(nxt.lstrip())
                drop.append((e, ns + lead))
    close_block()
    drop.extend(wrapped)
    drop = merge_spans(drop)
    text, idx = _delete(text, idx, drop)
    if "，" in text:  # 食品安全案件1，⏎(a page's foot)⏎035件 (its comma made full-width above): the halves meet only now
        text = _CN_THOUSANDS_RE.sub(",", text)
    return Normalized(text=text, orig_index=idx, orig_len=len(original), fixes=tuple(fixes), traditional=traditional)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort and merge overlapping spans."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
