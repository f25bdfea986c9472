"""Read: bytes of a .txt, .html, .docx or .pdf file become text, with the encoding detected."""
from __future__ import annotations

import hashlib
import html as htmllib
import io
import re
import zipfile
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from .models import RawDoc

ALLOWED_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "txt", ".htm": "html", ".html": "html",
                    ".docx": "docx", ".pdf": "pdf"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class ReadError(Exception):
    """A file that cannot become a document; the message names the file and the problem."""

    def __init__(self, name: str, problem: str):
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem

    def __reduce__(self):
        # rebuilt from both fields: a build's worker processes send ReadErrors back through pickle, and the default
        # (args = the one message) would fail to unpickle and hang the pool
        return (type(self), (self.name, self.problem))


def sha256(data: bytes) -> str:
    """Hex digest that identifies a file's content."""
    return hashlib.sha256(data).hexdigest()


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return ctrl > len(sample) * 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the bytes are plainly UTF-16 text without a BOM (zero high bytes of
    ASCII on one side only, and a clean decode); None otherwise."""
    sample = data[:8192]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for enc, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # ASCII (digits, line breaks) gives zero high bytes; 一 (U+4E00) and the like a few on the other side
        if zeros >= half * 0.05 and others <= zeros * 0.25:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            ctrl = sum(1 for ch in text[:4096] if ch < "\t" or "\r" < ch < " ")
            if ctrl <= len(text[:4096]) * 0.01:
                return enc
    return None


def _decode_lines(data: bytes) -> tuple[str, str] | None:
    """A file pasted together from UTF-8 and GB18030 parts: each line in whichever of the two decodes it."""
    out, gb_lines, bad_lines = [], 0, 0
    for line in data.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        try:
            out.append(line.decode("gb18030"))
            gb_lines += 1
        except UnicodeDecodeError:
            out.append(line.decode("utf-8", errors="replace"))
            bad_lines += 1
    if not gb_lines or gb_lines == len(out) or bad_lines * 20 > len(out):
        return None
    return "\n".join(out), "utf-8+gb18030(混合)" if not bad_lines else "utf-8+gb18030(混合,有损)"


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode text bytes: BOMs first, then strict UTF-8, then GB18030, then a detector."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:  # a BOM does not make bad bytes good: keep the text, mark the damage
            return data[3:].decode("utf-8", errors="replace"), "utf-8-sig(有损)"
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        try:
            return data.decode("utf-32"), "utf-32"
        except UnicodeDecodeError as e:
            raise ReadError(name, f"UTF-32 文本无法解码（{e.reason}）") from e
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise ReadError(name, f"UTF-16 文本无法解码（{e.reason}）") from e
    bom_less = _utf16_without_bom(data)
    if bom_less:
        return data.decode(bom_less), bom_less
    if _looks_binary(data):
        raise ReadError(name, "不是文本文件（含二进制内容），请确认文件类型")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # a few bad bytes inside a UTF-8 file: keep it as UTF-8 and mark the damage
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(8, len(text) // 200):
        return text, "utf-8(有损)"
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    mixed = _decode_lines(data)
    if mixed is not None:
        return mixed
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(name, "无法识别文本编码")
    return str(best), best.encoding


# a list item whose text starts with its own number (1. / 1、 / （一） / 一、)
_WRITTEN_NUMBER_RE = re.compile(r"\d{1,3}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、")


_SPANNED_CELL_CHARS = 20  # a cell merged over rows longer than this is written once (牵头单位 names are shorter)
_SPANNED_HEADER_CHARS = 10  # a cell merged over columns longer than this is written once (2023年 is shorter)


# a table cell holding a page's article: many paragraphs, or several and more text than a task table's cell
_LAYOUT_CELLS = ((6, 100), (3, 300))  # (blocks, characters)


class _TableShapes(HTMLParser):
    """Per <table> in document order: whether it lays out a page (a table inside it, or a cell holding an article)
    rather than holding data in rows and columns."""

    _BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.layout: list[bool] = []
        self.open: list[list] = []  # per open table: [index, cell's blocks, cell's characters]
        self.hidden = 0  # inside <script>/<style>

    def _close_cell(self) -> None:
        if self.open:
            t = self.open[-1]
            if any(t[1] >= blocks and t[2] >= chars for blocks, chars in _LAYOUT_CELLS):
                self.layout[t[0]] = True
            t[1] = t[2] = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag == "table":
            if self.open:
                self.layout[self.open[-1][0]] = True  # a table inside a table: the outer one is layout
            self.layout.append(False)
            self.open.append([len(self.layout) - 1, 0, 0])
        elif tag in ("td", "th", "tr"):
            self._close_cell()
        elif tag in self._BLOCKS and self.open:
            self.open[-1][1] += 1

    def handle_startendtag(self, tag, attrs):
        if tag in self._BLOCKS and self.open:
            self.open[-1][1] += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "table" and self.open:
            self._close_cell()
            self.open.pop()

    def handle_data(self, data):
        if self.open and not self.hidden:
            self.open[-1][2] += len(data.strip())


class _HTMLText(HTMLParser):
    """Collects visible text, dropping scripts, styles and page navigation; a table row becomes one line of cells."""

    # not "form": many government sites (ASP.NET) wrap the whole page in one; its controls are skipped below
    SKIP = {"script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "button",
            "select", "svg", "template", "head", "textarea", "object"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
             "table", "ul", "ol", "title", "dd", "dt", "blockquote", "pre"}

    def __init__(self, layout_tables: list[bool] | None = None):
        super().__init__(convert_charrefs=True)
        self.layout_tables = layout_tables or []  # per <table> in document order (_TableShapes)
        self.tables_seen = 0
        self.open_tables: list[bool] = []  # per open table outside a cell: whether it lays out the page
        self.parts: list[str] = []
        self.skipping: list[str] = []  # open skipped elements, innermost last
        self.row: list[tuple[str, int, int]] | None = None  # the open row's cells: (text, rows, columns it spans)
        self.cell: list[str] | None = None
        self.after_br = ""  # the last thing outside a cell was a <br>: "line" it broke, or "join" (mid-sentence)
        self.cell_span = 1
        self.cell_cols = 1
        self.carry: dict[int, list] = {}  # column -> [rows still to cover, text] of cells spanning rows below
        self.nested = 0  # tables inside a cell: read as the cell's text
        self.lists: list[list[int] | None] = []  # open <ol> (its last number) and <ul> (None), innermost last
        self.pending_number: str | None = None  # "3. " for an <li> of an <ol>, written before its first text

    @property
    def skip_depth(self) -> int:
        return len(self.skipping)

    def _end_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            self.row.append((re.sub(r"\s+", " ", "".join(self.cell)).strip(), self.cell_span, self.cell_cols))
        self.cell = None

    def _end_row(self) -> None:
        """Write the open row as one line: its cells, and the cells above that span down into it, in column order."""
        self._end_cell()
        if self.row is None:
            return
        cells, own = [], iter(self.row)
        col = 0
        while True:
            if col in self.carry:
                left = self.carry[col]
                cells.append(left[1])
                left[0] -= 1
                if not left[0]:
                    del self.carry[col]
            else:
                nxt = next(own, None)
                if nxt is None:
                    break
                text, span, cols = nxt
                # a short cell stands in every column and row it spans (2023年 over 数量 and 同比, 牵头单位 merged
                # over rows); a long one (a heading row, a task, a note) once, so its figures are not counted again:
                # the rows below hold a ditto mark in its column, and the columns beside it empty cells (the
                # figures after 依申请公开（件） spanning 类别 and 项目 stay under their years), none at the row's end
                # (a figure spanning columns is one figure: 18,476 across 本年处理决定数量's three columns)
                wide = cols == 1 or len(text) <= _SPANNED_HEADER_CHARS and not _FIGURE_CELL_RE.fullmatch(text)
                for k in range(cols if wide else 1):
                    if span > 1:
                        self.carry[col + k] = [span - 1, text if len(text) <= _SPANNED_CELL_CHARS else "〃"]
                    cells.append(text)
                if not wide:
                    cells.extend([None] * (cols - 1))
                    if span > 1:  # the rows below keep its empty columns too, so their cells stay in place
                        for k in range(1, cols):
                            self.carry[col + k] = [span - 1, ""]
                col += cols - 1
            col += 1
        self.row = None
        while cells and cells[-1] is None:
            cells.pop()
        if any(cells):
            self.parts.append("\n" + "\t".join(c or "" for c in cells) + "\n")

    def _in_layout(self) -> bool:
        return self.cell is None and bool(self.open_tables) and self.open_tables[-1]

    def handle_starttag(self, tag, attrs):
        if tag == "body" and "head" in self.skipping:
            # <body> ends a <head> that was never closed, as in a browser
            del self.skipping[self.skipping.index("head"):]
        layout = False
        if tag == "table":
            k, self.tables_seen = self.tables_seen, self.tables_seen + 1
            layout = k < len(self.layout_tables) and self.layout_tables[k]
        if tag in self.SKIP:
            self.skipping.append(tag)
        elif self.skipping:
            return
        elif self.cell is None and (tag == "table" and layout or tag in ("tr", "td", "th") and self._in_layout()):
            # a table that lays out the page: its rows and cells are blocks of text, not a row of figures
            if tag == "table":
                self.open_tables.append(True)
            self.parts.append("\n")
        elif tag == "tr" and not self.nested:  # also ends a row whose </td></tr> were left out
            self._end_row()
            self.row = []
        elif self.cell is not None:
            if tag == "table":
                self.nested += 1
            elif tag in self.BLOCK or tag in ("td", "th") and self.nested:
                self.cell.append(" ")  # <p> or <br> inside a cell: the cell goes on
            elif tag in ("td", "th"):
                self._start_cell(attrs)
        elif tag == "table":
            self.open_tables.append(False)
            self.carry = {}
            self.parts.append("\n")
        elif tag in ("td", "th"):
            if self.row is None:
                self.row = []
            self._start_cell(attrs)
        elif tag == "br" and self._mid_sentence():
            self.after_br = "join"  # …抽查农资经营<br>主体不少于80家: a line broken inside a sentence of prose goes on
        elif tag in self.BLOCK:
            self.parts.append("\n")
            self._list_tag(tag, attrs)
            if tag == "br":
                self.after_br = "line"

    def _mid_sentence(self) -> bool:
        """Whether the line written so far is prose (a comma in it, no bare numbered heading) stopped inside a sentence."""
        tail = []
        for part in reversed(self.parts):
            k = part.rfind("\n")
            tail.append(part[k + 1:])
            if k >= 0 or sum(map(len, tail)) > 400:
                break
        line = "".join(reversed(tail)).strip()
        return (len(line) >= 20 and "，" in line and "\u4e00" <= line[-1] <= "\u9fff"
                and (not _WRITTEN_NUMBER_RE.match(line) or "。" in line))  # （三）标题。正文…: an item's prose

    def _list_tag(self, tag, attrs) -> None:
        """Count an ordered list's items: a browser shows their numbers, which the text itself does not hold."""
        if tag in ("ol", "ul"):
            start = (dict(attrs).get("start") or "1").strip()
            kind = (dict(attrs).get("type") or "1").strip()
            numbered = tag == "ol" and kind == "1"
            self.lists.append([int(start) - 1 if start.isdigit() and int(start) < 10_000 else 0] if numbered else None)
        elif tag == "li" and self.lists and self.lists[-1] is not None:
            self.lists[-1][0] += 1
            self.pending_number = f"{self.lists[-1][0]}. "

    def _start_cell(self, attrs) -> None:
        self._end_cell()  # a cell opened before the last was closed
        span, cols = (dict(attrs).get(a) or "1" for a in ("rowspan", "colspan"))
        self.cell, self.cell_span = [], int(span) if span.isdigit() and 0 < int(span) < 1000 else 1
        self.cell_cols = int(cols) if cols.isdigit() and 0 < int(cols) < 50 else 1

    def handle_startendtag(self, tag, attrs):
        if self.skipping:
            return
        if self.cell is not None:
            if tag in self.BLOCK:
                self.cell.append(" ")
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            # close the innermost open element of that name; a stray end tag closes nothing
            if tag in self.skipping:
                k = len(self.skipping) - 1 - self.skipping[::-1].index(tag)
                del self.skipping[k:]
            return
        if self.skipping:
            return
        if self.nested:
            if tag == "table":
                self.nested -= 1
            elif self.cell is not None:
                self.cell.append(" ")
            return
        if self._in_layout() and tag in ("table", "tr", "td", "th"):
            if tag == "table":
                self.open_tables.pop()
            self.parts.append("\n")
            return
        if tag == "table" and self.open_tables:
            self.open_tables.pop()
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()
        elif tag == "table":
            self._end_row()
            self.carry = {}
            self.parts.append("\n")
        elif self.cell is not None:
            if tag in self.BLOCK:
                self.cell.append(" ")
        elif tag in self.BLOCK:
            self.parts.append("\n")
            if tag in ("ol", "ul") and self.lists:
                self.lists.pop()
            self.pending_number = None

    def handle_data(self, data):
        if self.skipping:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            if self.pending_number is not None and data.strip():
                if not _WRITTEN_NUMBER_RE.match(data.lstrip()):  # 1.加强… typed in the text: no second number
                    self.parts.append(self.pending_number)
                self.pending_number = None
            if self.after_br:
                # 抽查农资经营<br>⏎主体…: the source's line break after <br> is white space, not a second break
                data = data.lstrip() if self.after_br == "join" else data.lstrip("\r\n")
                self.after_br = self.after_br if not data else ""
            self.parts.append(data)

    def close(self):
        super().close()
        self._end_row()


_GRID_CELL = r"<div[^>]*\bclass=[\"'][^\"']*\b(?:cell|col|td|th|grid-item)\b[^\"']*[\"'][^>]*>[^<]{0,80}</div>\s*"
_GRID_ROW = rf"<div[^>]*\bclass=[\"'][^\"']*\b(?:row|tr)\b[^\"']*[\"'][^>]*>\s*(?:{_GRID_CELL}){{2,}}</div>\s*"
_GRID_ROWS_RE = re.compile(rf"(?:{_GRID_ROW}){{2,}}", re.I)
_GRID_ROW_RE = re.compile(_GRID_ROW, re.I)
_GRID_CELL_RE = re.compile(r"<div[^>]*>([^<]{0,80})</div>", re.I)


def _div_grids_as_tables(html: str) -> str:
    """Rows of short leaf cells built of divs (div.row > div.cell) with a figure among them are the table they draw."""
    def table(m: re.Match) -> str:
        rows = [_GRID_CELL_RE.findall(r.group()[r.group().index(">") + 1:]) for r in _GRID_ROW_RE.finditer(m.group())]
        if not any(_FIGURE_CELL_RE.fullmatch(c.strip()) for row in rows for c in row):
            return m.group()  # a menu laid out in rows is no table
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        return f"<table>{body}</table>"
    return _GRID_ROWS_RE.sub(table, html)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line."""
    if "cell" in html or "col" in html:
        html = _div_grids_as_tables(html)
    shapes = _TableShapes()
    shapes.feed(html)
    shapes.close()
    p = _HTMLText(shapes.layout)
    p.feed(html)
    p.close()
    text = "".join(p.parts)
    # runs of spaces become one; each tab (between table cells) stays, so an empty cell keeps the columns after it
    # in place (⇥其中：取水许可⇥件⇥312 under 序号⇥指标名称⇥单位⇥2022年)
    lines = [re.sub(r" *\t *", "\t", re.sub(r"[ \u3000\xa0]+", " ", ln)).strip(" ").rstrip("\t") for ln in text.split("\n")]
    lines = [ln if ln.strip("\t") else "" for ln in lines]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    top = [ln for ln in body[:800].split("\n") if ln.strip()][:6]
    if not any(len(ln) <= 60 and _TITLE_KIND_RE.search(ln) for ln in top) and (title := _head_title(html)):
        body = title + "\n" + body  # a page that writes its title by script shows it only in <head>
    return body


_FIGURE_CELL_RE = re.compile(r"[\d,，.．%％]+")
_HEAD_TITLE_RES = (re.compile(r"<meta[^>]*name=[\"']?ArticleTitle[\"']?[^>]*content=[\"']([^\"'<>]{4,120})", re.I),
                   re.compile(r"<title[^>]*>([^<]{4,160})</title>", re.I))
_TITLE_KIND_RE = re.compile(r"报告|总结|要点|方案|计划|细则|办法|意见|规则")


def _head_title(html: str) -> str | None:
    """The document's title as the page's <head> names it (ArticleTitle, else <title> less the site's name after
    _ - |), when it names a report or a plan."""
    head = html[:html.lower().find("<body")] if "<body" in html.lower() else html[:4000]
    for pattern in _HEAD_TITLE_RES:
        if m := pattern.search(head):
            title = re.sub(r"\s+", " ", htmllib.unescape(m.group(1))).strip()
            parts = [x.strip() for x in re.split(r"\s*(?:_|\||｜| - | — |－)\s*", title) if x.strip()]
            named = [x for x in parts if _TITLE_KIND_RE.search(x)]
            if named:
                return named[0]
    return None


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary Office files (.doc, .xls)
UNPACK_RATIO = 10  # a .docx may unpack to at most this many times the size limit (zip bombs are refused)


def _check_unpacked_size(data: bytes, name: str, max_bytes: int) -> None:
    """Refuse a .docx that holds no Word document, or whose parts would unpack to more than UNPACK_RATIO × the
    size limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = sum(i.file_size for i in z.infolist())
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ReadError(name, f"不是有效的 Word(.docx) 文件（{type(e).__name__}）") from e
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
        raise ReadError(name, "不是有效的 Word(.docx) 文件：压缩包里没有 Word 文档内容")
    if total > max_bytes * UNPACK_RATIO:
        raise ReadError(name, f"Word(.docx) 文件解压后过大（{total / 1048576:.1f} MB，"
                              f"上限 {max_bytes * UNPACK_RATIO / 1048576:.0f} MB）")


_HEADING_DATE_RE = re.compile(r"(?:19|20)\d{2}\s*年度?|\d{1,2}\s*月|\d{1,2}\s*[-—–]\s*\d{1,2}")


def docx_to_text(data: bytes, name: str) -> str:
    """Paragraph and table text of a .docx."""
    try:
        import docx
        import docx.table

        d = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises several types for broken packages
        raise ReadError(name, f"不是有效的 Word(.docx) 文件（{type(e).__name__}）") from e
    lines = []
    label = _WordNumbering(d)
    cell_texts: dict = {}  # a merged cell comes once per row and column it spans: numbered once, read once

    def cell_text(cell) -> str:
        if cell._tc not in cell_texts:
            # a 序号 cell numbered by Word holds no text of its own: the number is the list's
            cell_texts[cell._tc] = _join_cell_paragraphs([label(p) + _paragraph_text(p) for p in cell.paragraphs])
        return cell_texts[cell._tc]

    def table_lines(table) -> None:
        seen_figures = False  # the header rows stand above the first row with a figure
        if all(len({c._tc for c in row.cells}) == 1 for row in table.rows):
            # a table of one column lays out the page (the whole report in one cell): its paragraphs are the text's
            for cell in {c._tc: c for row in table.rows for c in row.cells}.values():
                for block in cell.iter_inner_content():
                    if isinstance(block, docx.table.Table):
                        table_lines(block)
                    else:
                        lines.append(label(block) + _paragraph_text(block))
            return
        for row in table.rows:
            cells = row.cells
            # a cell merged across columns comes once for each column it spans (the same cell, not only the
            # same text: 3⇥3 in two years' columns are two cells); a tab between cells keeps them apart. As in a
            # web page's table, a short heading merged over columns stands in each of them (行政复议 over 结果维持…
            # 总计), a long text or a figure once, with its other columns empty
            texts = [cell_text(c) for c in cells]
            # (a heading's year or month is no figure: 2024年 merged over 目标⇥完成, 截至2023年9月底)
            seen_figures = seen_figures or any(re.search(r"\d", _HEADING_DATE_RE.sub("", t)) for t in texts)
            if seen_figures or len({c._tc for c in cells}) < 2:  # (below the figures: a note; one cell: a caption)
                lines.append("\t".join(t for k, t in enumerate(texts) if k == 0 or cells[k]._tc is not cells[k - 1]._tc))
            else:
                # a header row: a short heading merged over columns stands in each of them, as in a web page's
                # table (行政复议 over 结果维持…总计), so the figures below stay under it
                lines.append("\t".join(t if k == 0 or cells[k]._tc is not cells[k - 1]._tc
                                        else (t if len(t) <= _SPANNED_HEADER_CHARS else "")
                                        for k, t in enumerate(texts)).rstrip("\t"))
            for k, c in enumerate(cells):
                if (k == 0 or c._tc is not cells[k - 1]._tc) and c.tables and c._tc not in nested_done:
                    nested_done.add(c._tc)  # a table inside a cell: its rows below the row that holds it
                    for inner in c.tables:
                        table_lines(inner)

    nested_done: set = set()
    for block in d.iter_inner_content():  # paragraphs and tables in the order they stand
        if isinstance(block, docx.table.Table):
            table_lines(block)
        else:
            lines.append(label(block) + _paragraph_text(block))
    return "\n".join(lines)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# deleted text, a text box's own paragraphs, and properties (a paragraph's tab stops are no tabs in its text)
_SKIPPED_PARTS = {_W + "del", _W + "txbxContent", _W + "moveFrom", _W + "pPr", _W + "rPr"}


def _paragraph_text(paragraph) -> str:
    """A paragraph's text as Word shows it, also inside tracked insertions, content controls, smart tags and fields
    (python-docx's .text reads only the runs standing straight in the paragraph: 行政许可1,208件 would lose 1,208)."""
    out: list[str] = []
    boxes: list[str] = []  # text boxes anchored in the paragraph: their own lines, before it

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag == _MC_FALLBACK:
                continue  # the copy of a text box for older Word: its text is read from the first copy
            if tag == _W + "txbxContent":
                # a text box (a title set in one): its paragraphs stand on lines of their own before this one
                boxes.extend(t for p in child.iter(_W + "p") if (t := _paragraph_text(_Para(p))).strip())
                continue
            if tag in _SKIPPED_PARTS:
                continue
            if tag == _W + "t":
                out.append(child.text or "")
            elif tag == _W + "tab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            else:
                walk(child)

    walk(paragraph._p)
    return "".join(f"{b}\n" for b in boxes) + "".join(out)


class _Para:
    """A bare paragraph element in the shape _paragraph_text reads (a text box's paragraph)."""

    def __init__(self, p):
        self._p = p


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _join_cell_paragraphs(paragraphs: list[str]) -> str:
    """A table cell's paragraphs on the row's one line: 合法性审核（规范性文件、合同协议）, 法规处 办公室."""
    out = ""
    for text in (t.strip() for t in "\n".join(paragraphs).split("\n")):
        if not text:
            continue
        # a bracket or punctuation continues the paragraph before; a new name or sentence is set apart by a
        # space, as a browser shows two paragraphs of an HTML cell (two lead units must not read as one)
        glued = not out or out[-1] in "（(《“" or text[0] in "（(）)，。；：、,.;:）】》”"
        out += text if glued else " " + text
    return out


_CN_DIGITS = "零一二三四五六七八九"


def cn_numeral(n: int) -> str:
    """1 -> 一, 12 -> 十二, 20 -> 二十 (up to 99; beyond, Arabic digits)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN_DIGITS[tens]) + "十" if tens else "") + (_CN_DIGITS[ones] if ones else "")


_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
# Word's list formats as Word shows them: chineseCounting 一…十一, ideographDigital 一…一〇 (digit by digit),
# ideographTraditional 甲乙丙…
_NUM_FORMATS = {"decimal": str, "decimalZero": lambda n: f"{n:02d}", "chineseCounting": cn_numeral,
                "chineseCountingThousand": cn_numeral,
                "ideographDigital": lambda n: "".join("〇一二三四五六七八九"[int(d)] for d in str(n)),
                "ideographTraditional": lambda n: _HEAVENLY_STEMS[n - 1] if 0 < n <= 10 else str(n),
                "japaneseCounting": cn_numeral, "taiwaneseCounting": cn_numeral,
                "lowerLetter": lambda n: chr(96 + n) if n <= 26 else str(n),
                "upperLetter": lambda n: chr(64 + n) if n <= 26 else str(n)}


class _WordNumbering:
    """The number Word shows before a numbered paragraph (1. / （一） / 一、), which its text does not hold."""

    def __init__(self, document):
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> level -> (format, text, start)
        # Word counts per list definition, across the lists that share it, unless a list sets its own start
        self.definition: dict[str, str] = {}  # numId -> abstractNumId
        self.restarts: dict[str, dict[int, int]] = {}  # numId -> level -> the value it starts over at
        self.counters: dict[str, list[int]] = {}  # abstractNumId -> the count at each level
        self.started: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except Exception:  # no numbering part: no paragraph is numbered
            return
        try:
            self._read(root)
        except (ValueError, TypeError):  # a malformed numbering part: the text is read without the numbers
            self.levels = {}

    def _level(self, lvl) -> tuple[str, str, int]:
        """(format, text, start) of one w:lvl."""
        qn = self.qn
        fmt, text, start = (lvl.find(qn(f"w:{t}")) for t in ("numFmt", "lvlText", "start"))
        return (fmt.get(qn("w:val")) if fmt is not None else "decimal", text.get(qn("w:val")) if text is not None else "",
                int(start.get(qn("w:val"))) if start is not None else 1)

    def _read(self, root) -> None:
        qn = self.qn
        abstract, style_links, uses_style = {}, {}, {}
        for a in root.findall(qn("w:abstractNum")):
            a_id = a.get(qn("w:abstractNumId"))
            abstract[a_id] = {int(lvl.get(qn("w:ilvl"), 0)): self._level(lvl) for lvl in a.findall(qn("w:lvl"))}
            for tag, into in (("w:styleLink", style_links), ("w:numStyleLink", uses_style)):
                link = a.find(qn(tag))
                if link is not None:
                    into.setdefault(link.get(qn("w:val")), a_id) if tag == "w:styleLink" else into.update(
                        {a_id: link.get(qn("w:val"))})
        # a list made from a list style (列表样式) only names the style; the definition linked to it has the levels
        counted_as = {a_id: style_links.get(name, a_id) for a_id, name in uses_style.items()}
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None and ref.get(qn("w:val")) in abstract:
                num_id = num.get(qn("w:numId"))
                a_id = counted_as.get(ref.get(qn("w:val")), ref.get(qn("w:val")))
                self.levels[num_id] = dict(abstract.get(a_id) or abstract[ref.get(qn("w:val"))])
                self.definition[num_id] = a_id
                for override in num.findall(qn("w:lvlOverride")):  # 设置编号值: this list starts over at a value
                    ilvl = int(override.get(qn("w:ilvl"), 0))
                    start = override.find(qn("w:startOverride"))
                    if start is not None:
                        self.restarts.setdefault(num_id, {})[ilvl] = int(start.get(qn("w:val")))
                    lvl = override.find(qn("w:lvl"))
                    if lvl is not None:  # a level this list formats its own way
                        self.levels[num_id][ilvl] = self._level(lvl)

    def __call__(self, paragraph) -> str:
        """The paragraph's visible number with its punctuation, or "" (bullets and plain paragraphs)."""
        if not self.levels:
            return ""
        try:
            return self._label(paragraph)
        except (ValueError, TypeError, AttributeError):  # a malformed list reference: no number, the text stays
            return ""

    def _label(self, paragraph) -> str:
        qn = self.qn
        num_pr = None
        styles, style = [], paragraph.style
        while style is not None and len(styles) < 10:  # a style numbered through the style it is based on
            styles.append(style)
            style = style.base_style
        for p_pr in (paragraph._p.pPr, *(getattr(st.element, "pPr", None) for st in styles)):
            if p_pr is not None and p_pr.find(qn("w:numPr")) is not None:
                num_pr = p_pr.find(qn("w:numPr"))
                break
        if num_pr is None:
            return ""
        num_id_el, ilvl_el = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        num_id = num_id_el.get(qn("w:val")) if num_id_el is not None else None
        ilvl = int(ilvl_el.get(qn("w:val"))) if ilvl_el is not None else 0
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counts = self.counters.setdefault(self.definition[num_id], [0] * 9)
        ilvl = max(0, min(ilvl, 8))
        if num_id not in self.started:
            self.started.add(num_id)
            for k, start in self.restarts.get(num_id, {}).items():
                if 0 <= k < 9:
                    counts[k] = start - 1  # the next number at that level is the override's
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] or ilvl in self.restarts.get(num_id, {}) else levels[ilvl][2]
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        fmt, text, _start = levels[ilvl]
        if fmt not in _NUM_FORMATS or not text:
            return ""  # a bullet, or no number shown
        out = text
        for k in range(ilvl + 1):
            f = levels.get(k, ("decimal", "", 1))[0]
            out = out.replace(f"%{k + 1}", _NUM_FORMATS.get(f, str)(counts[k] or levels.get(k, ("", "", 1))[2]))
        return out


# a table's cells pypdf gives one a line (行政许可办理量（件） / 1,043 / 1,126): three lone figures on a page
_LONE_FIGURE_LINE_RE = re.compile(r"^[ \t]*[+\-]?\d[\d,.]*%?[ \t]*$", re.M)


def _pdf_page_text(page) -> str:
    """A page's text; a page with a table is read in layout mode, which keeps a row's cells on its line."""
    text = page.extract_text() or ""
    if len(_LONE_FIGURE_LINE_RE.findall(text)) < 3:
        return text
    try:
        laid_out = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode fails on some fonts; the plain text still holds every word
        return text
    # layout mode pads the page's height with empty lines
    return re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", laid_out).strip("\n") + "\n" if laid_out.strip() else text


def pdf_to_text(data: bytes, name: str) -> str:
    """Text layer of a PDF; a scan without one is refused with a clear reason."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ReadError(name, "PDF 已加密，无法读取文本")
            except ReadError:
                raise
            except Exception as e:
                raise ReadError(name, "PDF 已加密，无法读取文本") from e
        text = "\n".join(_pdf_page_text(page) for page in reader.pages)
    except ReadError:
        raise
    except Exception as e:
        raise ReadError(name, f"PDF 无法解析（{type(e).__name__}）") from e
    if len(re.sub(r"\s", "", text)) < 20:
        raise ReadError(name, "PDF 没有文字层（可能是扫描件），暂不支持 OCR")
    return text


def read_bytes(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDoc:
    """Turn one file's bytes into a RawDoc or raise ReadError saying why not."""
    suffix = Path(name).suffix.lower()
    fmt = ALLOWED_SUFFIXES.get(suffix)
    if fmt is None:
        hint = "，请在 Word 或 WPS 中另存为 .docx" if suffix in (".doc", ".wps", ".rtf") else ""
        raise ReadError(name, f"不支持的文件类型“{suffix or '无扩展名'}”{hint}，可用：{'、'.join(s[1:] for s in ALLOWED_SUFFIXES)}")
    if not data:
        raise ReadError(name, "文件为空")
    if len(data) > max_bytes:
        raise ReadError(name, f"文件过大（{len(data) / 1048576:.1f} MB，上限 {max_bytes / 1048576:.0f} MB）")
    if fmt == "docx":
        if data.startswith(OLE_MAGIC):
            raise ReadError(name, "不是有效的 Word(.docx) 文件：这是旧版 Word(.doc) 文件，请在 Word 中另存为 .docx")
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise ReadError(name, "不是有效的 Word(.docx) 文件")
        _check_unpacked_size(data, name, max_bytes)
        text, enc = docx_to_text(data, name), "docx"
    elif fmt == "pdf":
        if not data.startswith(b"%PDF"):
            raise ReadError(name, "不是有效的 PDF 文件")
        text, enc = pdf_to_text(data, name), "pdf"
    else:
        text, enc = decode(data, name)
        if fmt == "html":
            text = html_to_text(text)
    if not text.strip():
        raise ReadError(name, "文件没有可读的文字")
    return RawDoc(source_name=Path(name).name, content_sha256=sha256(data), original_text=text,
                  encoding=enc, file_format=fmt)


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDoc:
    """Read a file from disk (never modifying it)."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ReadError(path.name, f"无法读取（{e.strerror}）") from e
    if size > max_bytes:
        raise ReadError(path.name, f"文件过大（{size / 1048576:.1f} MB，上限 {max_bytes / 1048576:.0f} MB）")
    raw = read_bytes(path.read_bytes(), path.name, max_bytes)
    original = _original_name(path)
    return replace(raw, stored_name=path.name, source_name=original or raw.source_name)


def _original_name(path: Path) -> str | None:
    """The name a user gave a file, kept in the corpus's sidecar metadata."""
    import json

    meta = path.parent / ".meta" / f"{path.name}.json"
    try:
        name = json.loads(meta.read_text(encoding="utf-8")).get("original_name")
    except (OSError, ValueError):
        return None
    return Path(str(name)).name if name else None
