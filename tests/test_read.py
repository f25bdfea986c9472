"""Read: encodings, formats and clear refusals."""
import pytest

from etl.read import ReadError, decode, html_to_text, read_bytes

TEXT = "广东省工业和信息化厅2024年法治政府建设工作要点\n办理行政许可289件。"


@pytest.mark.parametrize("data, enc", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("utf-16"), "utf-16"),
])
def test_decode_encodings(data, enc):
    text, got = decode(data)
    assert text == TEXT and got == enc


def test_a_few_bad_bytes_keep_the_document():
    data = TEXT.encode("utf-8") * 20
    data = data[:100] + b"\xff\xfe\xfd" + data[100:]
    text, enc = decode(data)
    assert "有损" in enc and "行政许可289件" in text


@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "文件为空"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" + bytes(200), "不是文本文件"),
    ("notes.exe", b"MZ", "不支持的文件类型"),
    ("fake.docx", b"this is not a zip", "不是有效的 Word"),
    ("fake.pdf", b"hello", "不是有效的 PDF"),
])
def test_refusals_name_file_and_problem(name, data, problem):
    with pytest.raises(ReadError) as e:
        read_bytes(data, name)
    assert name in str(e.value) and problem in str(e.value)


def test_size_limit():
    with pytest.raises(ReadError, match="文件过大"):
        read_bytes(b"a" * 2048, "big.txt", max_bytes=1024)


def test_html_drops_scripts_and_navigation():
    html = ("<html><head><title>t</title><script>alert('x')</script></head><body><nav>首页 | 政务公开</nav>"
            "<div onclick=\"evil()\"><p>办理行政许可289件。</p><p>行政检查5次。</p></div><footer>版权所有</footer></body></html>")
    text = html_to_text(html)
    assert "办理行政许可289件。" in text and "行政检查5次。" in text
    assert "alert" not in text and "首页" not in text and "版权所有" not in text and "evil" not in text


def test_raw_doc_identity_is_content_hash():
    a = read_bytes(TEXT.encode("utf-8"), "a.txt")
    b = read_bytes(TEXT.encode("utf-8"), "other-name.txt")
    assert a.content_sha256 == b.content_sha256 and len(a.content_sha256) == 64


def test_html_table_cells_stay_apart():
    html = "<table><tr><td>指标</td><td> 2022年</td><td>2023年</td></tr><tr><td>行政许可办理量（件）</td><td>1,208</td><td>1,356</td></tr></table><p>正文  内容</p>"
    assert html_to_text(html) == "指标\t2022年\t2023年\n\n行政许可办理量（件）\t1,208\t1,356\n\n正文 内容\n"


def test_an_empty_html_table_cell_keeps_the_cells_after_it_in_their_columns():
    html = ("<table><tr><th>序号</th><th>指标名称</th><th>单位</th><th>2022年</th></tr>"
            "<tr><td></td><td>其中：取水许可</td><td>件</td><td>312</td></tr>"
            "<tr><td>2</td><td>政策解读</td><td></td><td>29</td></tr><tr><td></td><td></td></tr></table>")
    assert html_to_text(html) == "序号\t指标名称\t单位\t2022年\n\n\t其中：取水许可\t件\t312\n\n2\t政策解读\t\t29\n"


def test_a_table_that_lays_out_the_page_reads_as_blocks_and_the_figure_table_in_it_as_rows():
    body = "".join(f"<p>（{n}）第{n}项工作。全年办理行政处罚案件{n}件，开展行政检查{n}次，组织法治培训{n}期。</p>" for n in "一二三四五六")
    html = ("<table><tr><td>首页 | 机构概况</td></tr><tr><td>通知公告<br>法治政府建设</td><td>"
            f"<p>某局2023年法治政府建设年度报告</p>{body}"
            "<table><tr><td>指标</td><td>2023年</td></tr><tr><td>行政检查（次）</td><td>16,200</td></tr></table>"
            "<p>某局</p><p>2024年1月30日</p></td></tr></table>")
    lines = [ln for ln in html_to_text(html).split("\n") if ln]
    assert lines[2:4] == ["法治政府建设", "某局2023年法治政府建设年度报告"]
    assert "（一）第一项工作。全年办理行政处罚案件一件，开展行政检查一次，组织法治培训一期。" in lines
    assert "指标\t2023年" in lines and "行政检查（次）\t16,200" in lines and lines[-2:] == ["某局", "2024年1月30日"]


def _docx_bytes(build) -> bytes:
    import io

    import docx

    d = docx.Document()
    build(d)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_word_numbered_paragraphs_keep_the_numbers_word_shows_and_bullets_none():
    def build(d):
        d.add_heading("一、严格规范执法", level=1)
        d.add_paragraph("全年执法巡查不少于200次。（责任处室：执法支队）", style="List Number")
        d.add_paragraph("全年主动公开政府信息不少于200条。（责任处室：办公室）", style="List Number")
        d.add_paragraph("另有说明。", style="List Bullet")
        d.add_paragraph("普通段落。")

    text = read_bytes(_docx_bytes(build), "plan.docx").original_text
    assert text.split("\n")[1:] == ["1.全年执法巡查不少于200次。（责任处室：执法支队）",
                                    "2.全年主动公开政府信息不少于200条。（责任处室：办公室）", "另有说明。", "普通段落。"]


def test_a_malformed_list_reference_loses_the_number_not_the_text():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def build(d):
        p = d.add_paragraph("全年执法巡查不少于200次。", style="List Number")
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr>'))

    assert read_bytes(_docx_bytes(build), "plan.docx").original_text.strip() == "全年执法巡查不少于200次。"


def test_html_table_rows_keep_their_cells_through_paragraphs_breaks_and_merged_rows():
    page = ("<table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th></tr>"
            "<tr><td>1</td><td><p>加强规范性文件管理。</p><p>开展合法性审核。</p></td><td rowspan='2'>法规科</td>"
            "<td>办公室</td></tr>"
            "<tr><td>2</td><td>全面推进政务公开，<br>主动公开信息不少于500条。</td><td>办公室</td></tr>"
            "<tr><td>3<td>加强学法。<td>人事科<td>各科室</table><p>正文。</p>")
    lines = [ln for ln in html_to_text(page).split("\n") if ln]
    assert lines == ["序号\t工作任务\t牵头单位\t配合单位",
                     "1\t加强规范性文件管理。 开展合法性审核。\t法规科\t办公室",
                     "2\t全面推进政务公开， 主动公开信息不少于500条。\t法规科\t办公室",
                     "3\t加强学法。\t人事科\t各科室", "正文。"]


def test_word_table_cells_with_the_same_text_stay_two_cells_and_a_merged_cell_one():
    def build(d):
        t = d.add_table(rows=3, cols=3)
        for r, row in enumerate([("指标", "2022年", "2023年"), ("行政复议案件（件）", "3", "3"), ("备注", "", "")]):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        merged = t.cell(2, 1).merge(t.cell(2, 2))
        merged.text = "两年相同"

    text = read_bytes(_docx_bytes(build), "report.docx").original_text
    assert text.split("\n") == ["指标\t2022年\t2023年", "行政复议案件（件）\t3\t3", "备注\t两年相同"]


def test_a_word_table_cell_of_two_paragraphs_stays_on_its_row():
    def build(d):
        t = d.add_table(rows=2, cols=3)
        for c, v in enumerate(("指标", "2023年", "2024年")):
            t.cell(0, c).text = v
        t.cell(1, 0).text = "合法性审核"
        t.cell(1, 0).add_paragraph("（规范性文件、合同协议）")
        t.cell(1, 1).text, t.cell(1, 2).text = "231", "259"

    text = read_bytes(_docx_bytes(build), "report.docx").original_text
    assert text.split("\n") == ["指标\t2023年\t2024年", "合法性审核（规范性文件、合同协议）\t231\t259"]


def test_a_word_numbered_serial_column_keeps_its_numbers_and_two_units_in_a_cell_stay_two():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def build(d):
        numbering = d.part.numbering_part.element
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="71"><w:abstractNumId w:val="70"/></w:num>'))
        t = d.add_table(rows=3, cols=3)
        for c, v in enumerate(("序号", "工作任务", "牵头单位")):
            t.cell(0, c).text = v
        for r, (task, leads) in enumerate((("审核文件。", ["政策法规处", "办公室"]), ("开展培训。", ["人事处"])), 1):
            t.cell(r, 0).paragraphs[0]._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>'))
            t.cell(r, 1).text = task
            t.cell(r, 2).text = leads[0]
            for extra in leads[1:]:
                t.cell(r, 2).add_paragraph(extra)
        t.cell(1, 1).add_paragraph("（含合同协议）")

    text = read_bytes(_docx_bytes(build), "plan.docx").original_text
    assert text.split("\n") == ["序号\t工作任务\t牵头单位", "1\t审核文件。（含合同协议）\t政策法规处 办公室", "2\t开展培训。\t人事处"]


def test_word_lists_sharing_one_definition_count_on_and_a_set_value_restarts_them():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def build(d):
        numbering = d.part.numbering_part.element
        # a list definition goes before the lists that use it, as Word writes them
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="90"/></w:num>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="93"><w:abstractNumId w:val="90"/>'
                                   '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        for text, num_id in (("加强领导", 91), ("依法行政", 91), ("强化监督", 92), ("另一清单", 93)):
            p = d.add_paragraph(text)
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))

    text = read_bytes(_docx_bytes(build), "plan.docx").original_text
    assert text.split("\n") == ["一、加强领导", "二、依法行政", "三、强化监督", "一、另一清单"]


def test_a_header_cell_spanning_columns_stands_over_each_of_them():
    page = ('<table><tr><th rowspan="2">执法指标</th><th colspan="2">2022年</th><th colspan="2">2023年</th></tr>'
            "<tr><th>数量</th><th>同比</th><th>数量</th><th>同比</th></tr>"
            "<tr><td>信访投诉举报（件）</td><td>412</td><td>-3.5%</td><td>378</td><td>-8.3%</td></tr></table>")
    assert [ln for ln in html_to_text(page).split("\n") if ln] == [
        "执法指标\t2022年\t2022年\t2023年\t2023年", "执法指标\t数量\t同比\t数量\t同比", "信访投诉举报（件）\t412\t-3.5%\t378\t-8.3%"]


def test_a_long_cell_spanning_columns_leaves_the_figures_after_it_under_their_years():
    page = ("<table><tr><th>类别</th><th>项目（计量单位）</th><th>2022年</th><th>2023年</th></tr>"
            "<tr><td colspan='2'>依申请公开政府信息（件）</td><td>15</td><td>21</td></tr>"
            "<tr><td colspan='4'>注：数据来源于本局统计年报，按自然年度统计。</td></tr></table>")
    assert [ln for ln in html_to_text(page).split("\n") if ln] == [
        "类别\t项目（计量单位）\t2022年\t2023年", "依申请公开政府信息（件）\t\t15\t21", "注：数据来源于本局统计年报，按自然年度统计。"]


def test_an_ordered_list_s_items_get_the_numbers_a_browser_shows():
    html = ("<h3>一、加强</h3><ol><li>推进A。（牵头：法规科）</li><li><p>推进B。</p></li></ol>"
            "<h3>二、深化</h3><ol start=\"3\"><li>推进C。</li><li>4.推进D。</li></ol>"
            "<ul><li>要点</li></ul><ol type=\"a\"><li>甲</li></ol>")
    lines = [ln for ln in html_to_text(html).split("\n") if ln]
    assert lines == ["一、加强", "1. 推进A。（牵头：法规科）", "2. 推进B。", "二、深化", "3. 推进C。", "4.推进D。", "要点", "甲"]


def test_an_unsupported_type_names_every_accepted_one_and_how_to_convert_word_files():
    with pytest.raises(ReadError) as e:
        read_bytes(b"\xd0\xcf\x11\xe0", "报告.doc")
    msg = str(e.value)
    assert msg.startswith("报告.doc") and "另存为 .docx" in msg and all(x in msg for x in ("txt", "md", "htm", "html", "docx", "pdf"))


def test_word_lists_from_a_list_style_a_based_on_style_and_an_own_level_format_keep_their_numbers():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def build(d):
        numbering = d.part.numbering_part.element
        lvl = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
               '<w:lvlText w:val="（%1）"/></w:lvl>')
        # 80 holds the levels of list style 任务列表; 81, which a list uses, only names the style
        numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="80">'
                                      f'<w:styleLink w:val="任务列表"/>{lvl}</w:abstractNum>'))
        numbering.insert(1, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="81">'
                                      '<w:numStyleLink w:val="任务列表"/></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="81"><w:abstractNumId w:val="81"/></w:num>'))
        # a list whose own override formats its level (decimal in the definition, （一） in the list)
        numbering.insert(2, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="82"><w:lvl w:ilvl="0">'
                                      '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
                                      '</w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="82"><w:abstractNumId w:val="82"/>'
                                   f'<w:lvlOverride w:ilvl="0">{lvl}</w:lvlOverride></w:num>'))
        for text, num_id in (("加强领导", 81), ("依法行政", 81), ("强化监督", 82)):
            p = d.add_paragraph(text)
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
        # a paragraph style numbered through the style it is based on
        base = d.styles.add_style("任务", 1)
        base.element.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="81"/></w:numPr>'))
        child = d.styles.add_style("任务正文", 1)
        child.base_style = base
        d.add_paragraph("严格执法", style="任务正文")

    text = read_bytes(_docx_bytes(build), "plan.docx").original_text
    assert text.split("\n") == ["（一）加强领导", "（二）依法行政", "（一）强化监督", "（三）严格执法"]


def test_a_long_merged_cell_is_written_once():
    page = ("<table><tr><th>序号</th><th>工作任务</th><th>牵头处室</th><th>完成时限</th></tr>"
            '<tr><td colspan="4">一、加强党对法治政府建设的领导</td></tr>'
            '<tr><td>1</td><td rowspan="2">厅党组理论学习中心组全年集中学法不少于4次</td><td rowspan="2">机关党委</td>'
            "<td>全年</td></tr><tr><td>2</td><td>12月</td></tr></table>")
    assert [ln for ln in html_to_text(page).split("\n") if ln] == [
        "序号\t工作任务\t牵头处室\t完成时限", "一、加强党对法治政府建设的领导",
        "1\t厅党组理论学习中心组全年集中学法不少于4次\t机关党委\t全年", "2\t〃\t机关党委\t12月"]


def test_a_table_drawn_in_a_pdf_keeps_each_row_on_a_line_of_its_own():
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=16)
    table = Table([["指标", "2023年", "2024年"], ["行政许可办理量（件）", "1,043", "1,126"], ["行政处罚案件（件）", "7", "5"]],
                  colWidths=[220, 100, 100])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([Paragraph("江西省商务厅2024年法治政府建设年度报告", style),
                                               Paragraph("2024年，我厅主要执法指标完成情况见表1。", style), table,
                                               Paragraph("全年开展行政检查143次。", style)])
    lines = [ln.split() for ln in read_bytes(buf.getvalue(), "report.pdf").original_text.split("\n") if ln.strip()]
    assert ["行政许可办理量（件）", "1,043", "1,126"] in lines and ["行政处罚案件（件）", "7", "5"] in lines
    assert ["全年开展行政检查143次。"] in lines and len(lines) == 6



def test_a_table_inside_a_word_table_cell_keeps_its_rows():
    def build(d):
        t = d.add_table(rows=2, cols=3)
        for c, v in enumerate(("类别", "项目", "数量")):
            t.cell(0, c).text = v
        t.cell(1, 0).text, t.cell(1, 1).text = "案件查处", "行政处罚案件按类型（起）"
        inner = t.cell(1, 2).add_table(rows=2, cols=2)
        for r, (k, v) in enumerate((("无证经营", "462"), ("销售假冒卷烟", "318"))):
            inner.cell(r, 0).text, inner.cell(r, 1).text = k, v
        d.add_paragraph("全年作出行政处罚决定980件。")

    lines = read_bytes(_docx_bytes(build), "report.docx").original_text.split("\n")
    assert lines[2:5] == ["无证经营\t462", "销售假冒卷烟\t318", "全年作出行政处罚决定980件。"]



def test_word_text_inside_tracked_insertions_content_controls_and_fields_is_read_and_deleted_text_is_not():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def build(d):
        p = d.add_paragraph("全年办理行政许可")
        p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="a"><w:r><w:t>1,208</w:t></w:r></w:ins>'))
        p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="a"><w:r><w:delText>999</w:delText></w:r></w:del>'))
        p._p.append(parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:r><w:t>件</w:t></w:r></w:sdtContent></w:sdt>'))
        p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>，第3页</w:t></w:r></w:fldSimple>'))
        q = d.add_paragraph("行政许可")
        q.paragraph_format.tab_stops.add_tab_stop(914400)
        q.add_run("\t12件")

    assert read_bytes(_docx_bytes(build), "report.docx").original_text.split("\n") == [
        "全年办理行政许可1,208件，第3页", "行政许可\t12件"]


def test_a_page_that_writes_its_title_by_script_takes_it_from_its_head():
    from etl.read import html_to_text
    page = ('<html><head><title>宁波市体育局2024年度法治政府建设情况报告_宁波市体育局</title></head><body>'
            '<div><script>document.write(document.title);</script></div>'
            '<p>2024年，市体育局全面落实法治政府建设各项部署。</p></body></html>')
    assert html_to_text(page).startswith("宁波市体育局2024年度法治政府建设情况报告\n2024年，")
    shown = page.replace("<div><script>document.write(document.title);</script></div>",
                         "<h1>宁波市体育局2024年度法治政府建设情况报告</h1>")
    assert html_to_text(shown).count("情况报告") == 1  # a title the page shows is not written twice


def test_a_figure_spanning_columns_is_written_once():
    from etl.read import html_to_text
    page = ("<table><tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>"
            "<tr><td>行政许可</td><td colspan='3'>18,476</td></tr></table>")
    assert "行政许可\t18,476\n" in html_to_text(page) and html_to_text(page).count("18,476") == 1


def test_a_long_cell_spanning_rows_and_columns_keeps_the_columns_below_in_place():
    from etl.read import html_to_text
    page = ("<table><tr><td rowspan='2' colspan='2'>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
            "<td>自然人</td><td>总计</td></tr><tr><td>自然人</td><td>总计</td></tr>"
            "<tr><td colspan='2'>一、本年新收政府信息公开申请数量</td><td>41</td><td>52</td></tr></table>")
    rows = [r.split("\t") for r in html_to_text(page).split("\n") if "\t" in r]
    assert rows[1].index("总计") == rows[2].index("52")


def test_a_word_heading_merged_over_columns_stands_over_each_of_them():
    def build(d):
        t = d.add_table(rows=3, cols=3)
        for r, row in enumerate([("行政复议", "", "行政诉讼"), ("结果维持", "总计", "总计"), ("1", "2", "0")]):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        t.cell(0, 0).merge(t.cell(0, 1)).text = "行政复议"

    text = read_bytes(_docx_bytes(build), "report.docx").original_text
    assert text.split("\n") == ["行政复议\t行政复议\t行政诉讼", "结果维持\t总计\t总计", "1\t2\t0"]


@pytest.mark.parametrize("fmt, shown", [("ideographDigital", ["一、", "二、"]), ("chineseCounting", ["一、", "二、"]),
                                        ("ideographTraditional", ["甲、", "乙、"])])
def test_word_heading_numbers_in_each_chinese_format(fmt, shown):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def build(d):
        numbering = d.part.numbering_part.element
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="80"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="81"><w:abstractNumId w:val="80"/></w:num>'))
        for title in ("深化改革", "严格执法"):
            d.add_paragraph(title)._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="81"/></w:numPr>'))

    text = read_bytes(_docx_bytes(build), "plan.docx").original_text
    assert text.split("\n") == [shown[0] + "深化改革", shown[1] + "严格执法"]


def test_a_word_text_box_is_read_once_and_a_one_column_layout_table_line_by_line():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    box = ('<w:r {w}><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>某局2024年法治政府建设年度报告</w:t></w:r></w:p>'
           '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>'
           '<w:t>某局2024年法治政府建设年度报告</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>'
           '</mc:AlternateContent></w:r>').format(w=nsdecls("w"))

    def build(d):
        d.add_paragraph()._p.append(parse_xml(box))
        cell = d.add_table(rows=1, cols=1).cell(0, 0)
        cell.text = "一、主要工作"
        cell.add_paragraph("全年办理行政许可512件。")

    text = read_bytes(_docx_bytes(build), "report.docx").original_text
    assert text.split("\n") == ["某局2024年法治政府建设年度报告", "", "一、主要工作", "全年办理行政许可512件。"]


def test_a_grid_of_div_rows_and_cells_with_figures_reads_as_table_rows_but_a_menu_in_rows_does_not():
    html = ('<html><body><p>分地区情况见表1。</p><div class="grid">'
            '<div class="row head"><div class="cell">地区</div><div class="cell">检查（次）</div></div>'
            '<div class="row"><div class="cell">市本级</div><div class="cell">416</div></div>'
            '<div class="row"><div class="cell">合计</div><div class="cell">554</div></div></div>'
            '<div class="nav"><div class="row"><div class="col">首页</div><div class="col">政务公开</div></div>'
            '<div class="row"><div class="col">互动交流</div><div class="col">办事服务</div></div></div></body></html>')
    text = html_to_text(html)
    assert "地区\t检查（次）\n" in text and "市本级\t416\n" in text and "合计\t554\n" in text
    assert "首页\t" not in text and "首页" in text


def test_a_year_in_a_word_heading_merged_over_columns_is_no_figure_row():
    def build(d):
        rows = [["序号", "指标名称", "计量单位", "2024年", "", "2025年目标"], ["", "", "", "目标", "完成", ""],
                ["1", "生态环境执法检查", "次", "2,000", "2,436", "不少于2,400"]]
        t = d.add_table(rows=3, cols=6)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v:
                    t.cell(r, c).text = v
        for c in (0, 1, 2, 5):
            t.cell(0, c).merge(t.cell(1, c))
        t.cell(0, 3).merge(t.cell(0, 4))

    text = read_bytes(_docx_bytes(build), "plan.docx").original_text
    assert text.split("\n")[0] == "序号\t指标名称\t计量单位\t2024年\t2024年\t2025年目标"


def test_a_source_newline_after_br_is_one_line_break_not_a_paragraph_break():
    html = "<p>主办：某市司法局<br>\n地址：某某路1号</p><p>下一段。</p>"
    assert "主办：某市司法局\n地址：某某路1号\n" in html_to_text(html)


@pytest.mark.parametrize("html, joined, kept", [
    ("<p>（三）严格执法。全年开展检查不少于1300次，抽查农资经营<br>主体不少于80家。</p>", "抽查农资经营主体不少于80家", None),
    ("<p>一、总体要求，压实责任落到实处<br>坚持以人民为中心。</p>", None, "落到实处\n坚持"),  # a heading line stays apart
    ("<p>主办：某市司法局<br>地址：某某路1号</p>", None, "司法局\n地址"),
])
def test_a_br_inside_a_sentence_of_prose_joins_the_line_but_headings_and_fields_stay_apart(html, joined, kept):
    text = html_to_text(html)
    assert (joined or kept) in text


def test_a_joined_br_line_drops_the_next_lines_indent():
    html = "<p>全年开展检查不少于1300次，抽查农资经营<br>\n　　主体不少于80家。</p>"
    assert "抽查农资经营主体不少于80家" in html_to_text(html)
