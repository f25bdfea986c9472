"""Outline: sections, items, lead departments, on the seeds and on lines of other shapes."""
from collections import Counter

import pytest
from conftest import seed_text

from etl.metrics import extract_metrics, target_spans
from etl.normalize import normalize
from etl.outline import outline, parse_leads

STRUCTURE = {"000": (7, 23), "001": (4, 15), "002": (4, 6), "003": (3, 16), "004": (7, 20)}


@pytest.mark.parametrize("prefix", sorted(STRUCTURE))
def test_seed_structure(prefix):
    o = outline(normalize(seed_text(prefix)).text)
    assert (len(o.sections), len(o.items)) == STRUCTURE[prefix]


def test_qingyuan_keeps_numbering_as_written():
    o = outline(normalize(seed_text("001")).text)
    assert [s.number for s in o.sections] == ["一", "二", "四", "五"]
    assert [i.number for i in o.items if i.section_ord == 2] == list("一二三四五六七八")


def test_guangdong_leads_match_gold():
    o = outline(normalize(seed_text("000")).text)
    led = Counter(d for i in o.items for d in i.leads)
    assert led == Counter({"法规处": 16, "办公室": 7, "各处室共同负责": 3, "机关党委": 2, "财审处": 1, "人事处": 1,
                           "民营经济处": 1, "消费品工业处": 1})
    assert o.items[22].number == "二十三" and o.items[22].title == "加强依法行政能力建设"


@pytest.mark.parametrize("note, leads", [
    ("法规处牵头，各有关处室负责", ("法规处",)),
    ("办公室、法规处分别按职责牵头，各有关处室负责", ("办公室", "法规处")),
    ("民营经济处、消费品工业处负责", ("民营经济处", "消费品工业处")),
    ("各处室共同负责", ("各处室共同负责",)),
    ("法规处、机关党委分别牵头，各处室配合", ("法规处", "机关党委")),
    ("办公室、法规处、人事处、机关党委分别按职责牵头，各处室配合", ("办公室", "法规处", "人事处", "机关党委")),
    ("政策法规科牵头，各科室配合", ("政策法规科",)),
    ("各科室共同负责", ("各处室共同负责",)),  # one entry for "no single lead", however it is worded
    ("各部门按职责分工负责", ("各处室共同负责",)),
    ("镇各部门、各村（社区）按职责分工负责", ("各处室共同负责",)),  # the town's departments with its villages
    ("牵头单位：区司法局；责任单位：区级各部门", ("区司法局",)),
    ("牵头单位：区委组织部、区司法局", ("区委组织部", "区司法局")),
    ("责任单位：市场监管科、执法大队", ("市场监管科", "执法大队")),
    # county bureaus name their divisions 股室
    ("责任股室：办公室", ("办公室",)),
    ("牵头股室：政策法规股；配合股室：各业务股室", ("政策法规股",)),
    ("责任股室：各股室按职责分工负责", ("各处室共同负责",)),
    ("责任单位：区直各部门、各镇（街道）", ("各处室共同负责",)),  # the unit's own divisions with other groups
    ("责任单位：各科室（站、所）、各县（市）分局", ("各处室共同负责",)),
    ("责任处室：校外教育培训监管处，各市、县（区）教育局", ("校外教育培训监管处",)),  # the levels of one group
    ("责任处室：各相关处室，政策法规处统筹", ("政策法规处",)),
    # a list of the unit's own divisions and teams only is no single lead either
    ("责任科室：各科室、各直属单位", ("各处室共同负责",)),
    ("牵头单位：局机关各科室、各执法大队", ("各处室共同负责",)),
    ("责任单位：各县（区）人民政府", ("各县（区）人民政府",)),
    ("牵头：办公室；配合：法规科", ("办公室",)),
    ("牵头：基金监管科、法规科", ("基金监管科", "法规科")),
    ("责任部门：法务部牵头，各部门、各分中心配合", ("法务部",)),
    ("责任部门：各部门、各分中心", ("各处室共同负责",)),
    ("责任处室：备案审查处牵头，立法一处、立法二处配合", ("备案审查处",)),  # the helpers listed after the lead
    ("责任处室：办公室、法规处牵头", ("办公室", "法规处")),
])
def test_parse_leads(note, leads):
    assert parse_leads(note) == leads


def test_a_task_table_goes_on_past_the_headings_over_its_groups_of_rows():
    text = ("某省自然资源厅2024年法治政府建设工作要点\n序号\t工作任务\t牵头处室\t完成时限\n一、加强党的领导\n"
            "1\t落实法治建设第一责任人职责。\t机关党委\t全年\n2\t开展年度述法。\t办公室\t全年\n"
            "二、严格规范执法\n3\t全面推行行政执法“三项制度”。\t执法监督局\t全年\n")
    o = outline(text)
    assert [(i.number, i.leads) for i in o.items] == [("1", ("机关党委",)), ("2", ("办公室",)), ("3", ("执法监督局",))]
    assert [s.number for s in o.sections] == ["一", "二"]


def test_a_short_lead_label_in_a_note_and_inline():
    text = normalize("某局2024年工作要点\n一、重点任务\n（一）落实学法制度。全年集体学法不少于4次。（牵头：办公室；配合：法规科）\n"
                     "（二）强化监管。全年开展检查。牵头：基金监管科；配合：各科室。\n（三）深化公开。主动公开信息。\n").text
    assert [i.leads for i in outline(text).items] == [("办公室",), ("基金监管科",), ()]


def test_items_with_ascii_brackets_and_no_sections():
    text = "(一)加强学法。组织学法4次。\n(二)规范执法。(法制科牵头)\n"
    o = outline(normalize(text).text)
    assert [i.number for i in o.items] == ["一", "二"] and o.items[1].leads == ("法制科",)
    assert o.sections == ()


def test_arabic_numbered_items_when_no_item_is_numbered_in_brackets():
    text = ("一、加强党的领导\n1.区委常委会每年至少听取2次法治政府建设汇报。（牵头单位：区司法局；责任单位：区级各部门）\n"
            "2、组织学法考试不少于1次。（牵头单位：区委组织部、区司法局）\n二、严格执法\n3.案卷评查覆盖率达到100%。\n")
    o = outline(normalize(text).text)
    assert [(i.number, i.number_value, i.section_ord) for i in o.items] == [("1", 1, 1), ("2", 2, 1), ("3", 3, 2)]
    assert [i.leads for i in o.items] == [("区司法局",), ("区委组织部", "区司法局"), ()]


def test_bracketed_arabic_items_when_nothing_higher_numbers_them():
    text = "一、总体要求\n（1）规范执法。\n（2）加强学法。（法规科牵头）\n二、保障\n(3)强化督查。\n"
    o = outline(normalize(text).text)
    assert [(i.number, i.section_ord) for i in o.items] == [("1", 1), ("2", 1), ("3", 2)]
    assert o.items[1].leads == ("法规科",)
    o = outline(normalize("1.规范执法。\n（1）开展检查。\n2.加强学法。\n").text)
    assert [i.number for i in o.items] == ["1", "2"]


def test_lead_note_of_the_last_item_before_the_signature():
    text = ("一、加强普法\n7.全年开展普法活动不少于12场。（牵头单位：宣教中心）\n\n"
            "四川省生态环境厅办公室\n2024年3月1日印发\n")
    o = outline(normalize(text).text)
    assert o.items[0].leads == ("宣教中心",)


@pytest.mark.parametrize("item, leads", [
    ("1.推进立法。开展修订调研。（牵头单位：政策法规处）。", ("政策法规处",)),
    ("1.推进立法。开展修订调研。【牵头单位：区司法局】", ("区司法局",)),
    ("1.推进立法。开展修订调研。\n责任单位：综合执法监督处、人事处", ("综合执法监督处", "人事处")),
    ("1.推进监管。（政务服务处、信息中心按职责分工负责）", ("政务服务处", "信息中心")),
    ("1.推进援助。（责任单位：区法律援助处、区公证处）", ("区法律援助处", "区公证处")),
    ("1.推进普法。（牵头科室：普法与依法治理科、人民参与和促进法治科）", ("普法与依法治理科", "人民参与和促进法治科")),
    ("1.推进普法。（办公室和法规处牵头）", ("办公室", "法规处")),
    ("1.优化营商环境。（市市场监管局牵头，各县（区）人民政府负责）", ("市市场监管局",)),
    ("1.优化服务。（牵头单位：市政务服务数据管理局，市直有关单位按职责分工负责）", ("市政务服务数据管理局",)),
    ("1.深化改革。（牵头单位：市委编办　配合单位：市司法局）", ("市委编办",)),
    ("1.加强管理。（责任单位：各县（区）人民政府）", ("各县（区）人民政府",)),
    ("1.加强管理。开展清理。\n牵头处室：政策法规处\n配合处室：办公室\n完成时限：2024年12月底前", ("政策法规处",)),
    ("1.优化环境。推进改革。\n【牵头处室】建设管理处", ("建设管理处",)),
    ("1.深化改革。\n（1）推进审批改革。（法规科牵头）\n（2）压缩审批时限。（行政审批科负责）", ("法规科", "行政审批科")),
    ("1.市司法局：牵头开展证明事项告知承诺制落实情况专项检查。", ("市司法局",)),
    ("1.集中学法不少于4次。牵头处室：办公室；配合处室：法规处。完成时限：2024年12月底前。", ("办公室",)),
    ("1.加强规范性文件管理。（责任单位：市司法局，各县（市、区）人民政府）", ("市司法局",)),
    ("1.加强规范性文件管理。（责任单位：各县（市、区）人民政府）", ("各县（市、区）人民政府",)),
    ("1.加强学法。（各处室按职责分工负责）", ("各处室共同负责",)),
    ("1.加强学法。（牵头处室：各处室按职责分工负责）", ("各处室共同负责",)),
    ("1.加强学法。【牵头单位】各单位共同负责", ("各处室共同负责",)),
    ("1.加强普法。开展普法活动不少于20场。（各处室负责）", ("各处室共同负责",)),
    ("1.落实责任。（责任单位：市直各有关部门）", ("各处室共同负责",)),
    ("1.推进改革。（牵头单位：法规科 物业管理科）", ("法规科", "物业管理科")),
    ("1.推进改革。（由市发展改革委牵头，市市场监管局配合）", ("市发展改革委",)),
    ("1.推进改革。（责任单位：市司法局（牵头），市住房城乡建设局）", ("市司法局",)),
    ("1.落实制度。（区级各行政执法部门负责）", ("各处室共同负责",)),
    ("1.开展清理。（牵头单位：市司法局；责任单位：市直各部门）", ("市司法局",)),
    # each sub-point with its own note, whatever form each takes
    ("1.化解争议。\n（1）办理复议案件。（牵头单位：法规处）\n（2）做好来信来访办理。\n责任处室：办公室", ("法规处", "办公室")),
    ("1.化解争议。\n（1）办理复议案件。牵头处室：法规处。\n（2）做好来信来访办理。牵头处室：办公室。", ("法规处", "办公室")),
    ("1.化解争议。\n（1）办理复议案件。\n责任处室：法规处\n（2）做好来信来访办理。\n责任处室：办公室", ("法规处", "办公室")),
    ("1.提升素养。旁听庭审不少于1次。\n责任科室：各科室", ("各处室共同负责",)),
    ("1.开展普法活动不少于10场。【牵头单位】市司法局【配合单位】市教育局", ("市司法局",)),
    ("1.推进普法。开展活动10场。\n（政策法规处牵头，机关党委配合）\n\n联系人：政策法规处 张明，电话：0731-88770315\n\n"
     "湖南省交通运输厅办公室        2025年3月12日印发", ("政策法规处",)),
])
def test_lead_notes_as_plans_write_them(item, leads):
    o = outline(normalize(f"一、工作任务\n{item}\n").text)
    assert o.items[0].leads == leads


def test_a_task_table_s_rows_are_the_items_with_their_lead_column():
    text = ("某市生态环境局2024年法治政府建设任务分工方案\n一、任务分工\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t全年局党组理论学习中心组集体学法不少于4次。\t办公室\t机关党委\t2024年12月\n\n"
            "2\t全年主动公开政府信息不少于300条。\t法规与标准处\t各处室\t2024年12月\n"
            "3\t按职责推进依法行政。\t各处室\t\t2024年12月\n二、保障措施\n加强领导。\n")
    o = outline(normalize(text).text)
    assert [(i.number, i.title, i.leads) for i in o.items] == [
        ("1", "全年局党组理论学习中心组集体学法不少于4次", ("办公室",)),
        ("2", "全年主动公开政府信息不少于300条", ("法规与标准处",)),
        ("3", "按职责推进依法行政", ("各处室共同负责",))]
    assert all(i.section_ord == 1 for i in o.items) and "二、保障措施" not in o.items[-1].text
    found = extract_metrics(normalize(text).text, doc_type="plan", year=2024, target_spans=[])
    assert [m.quote for m in found] == ["全年局党组理论学习中心组集体学法不少于4次", "全年主动公开政府信息不少于300条"]


def test_a_section_s_task_table_stays_its_items_when_another_section_numbers_lines():
    text = ("某省自然资源厅2025年法治政府建设工作要点\n一、重点任务\n序号\t工作任务\t牵头单位\t完成时限\n"
            "1\t全年审核规范性文件不少于20件。\t政策法规处 办公室\t2025年12月\n"
            "2\t开展法治培训不少于4期。\t人事处\t2025年12月\n二、保障措施\n（一）加强组织领导。\n（二）强化督促检查。\n"
            "\n某省自然资源厅\n2025年3月1日\n\n附件\n\n序号\t工作任务\t牵头单位\n1\t另表。\t办公室\n")
    o = outline(normalize(text).text)
    assert [(i.section_ord, i.number, i.leads) for i in o.items] == [
        (1, "1", ("政策法规处", "办公室")), (1, "2", ("人事处",)), (2, "一", ()), (2, "二", ())]


def test_an_annex_responsibility_list_gives_the_leads_of_items_that_name_none():
    text = ("某市交通运输局2025年法治政府建设工作要点\n一、深化改革\n（一）优化政务服务。推进高频事项全程网办。\n"
            "（二）规范涉企行政检查。落实扫码入企。（法规处牵头）\n二、加强保障\n（三）深化政务公开。主动公开政府信息。\n"
            "某市交通运输局\n2025年2月26日\n附件\n责任清单\n序号\t工作任务\t牵头单位\t配合单位\n"
            "1\t深化政务公开\t办公室\t各相关处室\n2\t规范涉企行政检查\t执法支队\t政策法规处\n3\t优化政务服务\t行政审批处\t运输管理处\n")
    o = outline(normalize(text).text)
    assert [(i.number, i.leads) for i in o.items] == [("一", ("行政审批处",)), ("二", ("法规处",)), ("三", ("办公室",))]
    by_place = text.replace("1\t深化政务公开", "1\t其他任务").replace("3\t优化政务服务", "3\t另一任务")
    assert [i.leads for i in outline(normalize(by_place).text).items] == [("办公室",), ("法规处",), ("行政审批处",)]


def test_a_closing_line_naming_who_leads_and_who_helps_gives_the_lead():
    text = ("潍坊市农业农村局2024年法治政府建设工作计划\n一、重点任务\n（一）严格规范农业综合行政执法\n"
            "1.全年检查农资经营门店不少于2,000家次。\n由农业综合行政执法支队牵头，畜牧兽医科、渔业渔政科配合。\n"
            "（二）全面推进政务公开\n全年主动公开政府信息不少于400条。\n【责任科室】办公室\n")
    assert [i.leads for i in outline(normalize(text).text).items] == [("农业综合行政执法支队",), ("办公室",)]


def test_a_spaced_task_table_goes_on_past_a_cell_s_second_line_and_bare_group_notes_are_collective():
    text = ("某区某街道办事处2024年法治政府建设重点任务清单\n一、重点任务\n"
            "序号  重点任务                                    责任单位            完成时限\n"
            "1     综合行政执法检查全年不少于24次              综合行政执法队      全年\n"
            "2     开展消防安全检查不少于200家次，             平安法治办          第三季度\n"
            "      督促隐患整改闭环\n"
            "3     全年开展普法活动不少于12场                  司法所              全年\n二、工作要求\n各责任单位要明确经办人。\n")
    assert [(i.number, i.leads) for i in outline(normalize(text).text).items] == [
        ("1", ("综合行政执法队",)), ("2", ("平安法治办",)), ("3", ("司法所",))]
    notes = ("某镇2024年工作计划\n一、主要任务\n（一）组织镇村干部法治培训不少于2次。（镇直各部门、各村（社区）按职责分工负责）\n"
             "（二）组织干部法治培训不少于2次。（县直各部门、各乡（镇）按职责分工负责）\n")
    assert [i.leads for i in outline(normalize(notes).text).items] == [("各处室共同负责",), ("各处室共同负责",)]


def test_parts_numbered_第一部分_are_the_sections_when_nothing_is_numbered_一():
    text = "某局2023年工作报告\n第一部分　主要成效\n全年办理许可12件。\n第二部分　存在的问题\n不足。\n第三部分　下一步打算\n加强学法。\n"
    assert [(s.number, s.title) for s in outline(normalize(text).text).sections] == [
        ("一", "主要成效"), ("二", "存在的问题"), ("三", "下一步打算")]


def test_an_appendix_after_the_signature_is_not_part_of_the_last_section():
    text = ("某县人民政府2023年法治政府建设年度报告\n一、主要成效\n会前学法11次。\n二、2024年工作打算\n会前学法不少于10次。\n\n"
            "某县人民政府\n2024年2月26日\n\n附件\n\n指标名称\t2022年\t2023年\n行政许可办理量（件）\t4,862\t5,318\n")
    norm = normalize(text).text
    o = outline(norm)
    assert o.sections[-1].end == norm.index("某县人民政府\n2024年")
    found = extract_metrics(norm, doc_type="report", year=2023, target_spans=target_spans(norm, "report", year=2023))
    assert [(m.value, m.kind, m.year) for m in found] == [(11, "actual", 2023), (10, "target", 2024), (5318, "actual", 2023)]


def test_a_numbered_table_of_figures_is_no_task_table():
    text = ("某县2023年工作报告\n一、主要数据\n序号\t指标名称\t计量单位\t2022年\t2023年\n1\t行政许可办理量\t件\t4,862\t5,318\n"
            "2\t行政检查\t次\t3,105\t3,427\n")
    assert outline(normalize(text).text).items == ()


def test_signature_and_date_are_not_part_of_the_last_item():
    text = "一、加强普法\n（一）开展普法活动12场。\n\n某市司法局\n（此件公开发布）\n2024年1月5日\n"
    norm = normalize(text).text
    o = outline(norm)
    assert o.items[0].text == "（一）开展普法活动12场。" and o.sections[0].end == norm.index("某市司法局")
    o = outline(normalize("一、加强普法\n（一）开展普法活动12场。\n某市司法局\n").text)
    assert o.items[0].text.endswith("某市司法局")  # no date: not known to be a signature


def test_arabic_lines_under_bracketed_items_are_not_items():
    text = "一、总体要求\n（一）规范执法。\n1.开展检查。\n2.办理案件。\n（二）加强学法。\n"
    o = outline(normalize(text).text)
    assert [i.number for i in o.items] == ["一", "二"] and "2.办理案件" in o.items[0].text


def test_paragraphs_cover_the_body():
    n = normalize(seed_text("002"))
    o = outline(n.text)
    assert all(n.text[p.start:p.end] == p.text for p in o.paragraphs)
    assert any("办理行政许可289件" in p.text for p in o.paragraphs)


def test_rules_in_chapters_and_articles():
    text = ("某厅行政规范性文件管理实施细则\n第一章　总　则\n第一条　为规范管理，制定本细则。\n第二条　本细则所称文件是指公文。\n"
            "第二章　审核\n第三条　审核下列内容：\n（一）制定主体是否合法；\n（二）是否超越职权。\n第四条　本细则自印发之日起施行。\n")
    o = outline(normalize(text).text)
    assert [(x.number, x.title) for x in o.sections] == [("一", "总 则"), ("二", "审核")]
    assert [(i.number, i.section_ord) for i in o.items] == [("一", 1), ("二", 1), ("三", 2), ("四", 2)]


def test_departments_named_alone_in_an_item_s_closing_brackets_lead_it():
    ol = outline("某局2024年法治政府建设工作要点\n一、完善制度\n（一）加强规范性文件管理。落实合法性审核制度。（政策法规科、办公室）\n"
                 "（二）推进政务公开。全年主动公开政府信息不少于300条。（办公室）\n（三）成立工作专班（办公室），按月调度。\n")
    assert [i.leads for i in ol.items] == [("政策法规科", "办公室"), ("办公室",), ()]


def test_a_lead_named_first_in_brackets_leads_and_leaves_the_title():
    ol = outline("某局2025年法治政府建设工作要点\n一、完善制度\n（一）（政策法规科牵头）完善规范性文件管理。年内制定规范性文件2件。\n"
                 "（二）（政策法规科、办公室牵头）落实公平竞争审查。全年审查不少于5件。\n")
    assert [(i.title, i.leads) for i in ol.items] == [("完善规范性文件管理", ("政策法规科",)),
                                                    ("落实公平竞争审查", ("政策法规科", "办公室"))]


def test_a_closing_line_leads_the_items_above_it_in_its_section():
    ol = outline("某局2023年法治政府建设工作要点\n一、依法全面履行职能\n（一）深化改革。推进一网通办。\n"
                 "（二）加强监管。全年抽查不少于60家次。\n以上任务由行政审批处牵头，传媒机构管理处配合。\n"
                 "二、完善制度体系\n（三）加强规范性文件管理。控制在3件以内。（办公室牵头）\n（四）推进立法。\n"
                 "以上任务由政策法规处负责。\n")
    assert [i.leads for i in ol.items] == [("行政审批处",), ("行政审批处",), ("办公室",), ("政策法规处",)]


def test_a_single_department_marked_lead_after_a_label():
    ol = outline("某局2025年法治机关建设工作要点\n一、健全制度体系\n（一）推进机关事务立法。年内完成草案起草。\n"
                 "责任处室：政策法规处（牵头）\n（二）加强规范性文件监督管理。\n责任处室：政策法规处（牵头）、相关处室\n")
    assert [i.leads for i in ol.items] == [("政策法规处",), ("政策法规处",)]


def test_a_table_row_or_a_cited_clause_is_no_heading():
    ol = outline(normalize("某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n全年收到申请52件。\n二、收到和处理申请情况\n"
                           "\t自然人\t总计\n一、本年新收政府信息公开申请数量\t44\t52\n三、本年度办理结果\t（一）予以公开\t16\t20\n"
                           "第二十条第（一）项\n第二十条第（五）项\n第二十条第（六）项\n三、存在的主要问题\n一是公开不及时。\n").text)
    assert [s.title for s in ol.sections] == ["总体情况", "收到和处理申请情况", "存在的主要问题"] and not ol.items


def test_a_task_table_under_an_annex_line_after_the_items_is_no_more_items():
    ol = outline(normalize("某局2025年法治政府建设工作要点\n一、深化改革\n（一）优化政务服务。\n（二）规范行政许可。\n二、保障措施\n"
                           "一是加强组织领导。\n附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n"
                           "1\t优化政务服务\t办公室\t12月底前\n2\t规范行政许可\t行政审批股\t12月底前\n").text)
    assert [(i.number, i.leads) for i in ol.items] == [("一", ("办公室",)), ("二", ("行政审批股",))]


def test_square_bracket_and_zhuban_labels_and_a_person_leading_through_a_department():
    ol = outline(normalize("某局2025年法治政府建设工作要点\n一、重点任务\n（一）完善执法监督。全年检查不少于10次。"
                           "[牵头单位] 市司法局 [责任单位] 各区县\n（二）深化政务公开。\n主办：办公室　协办：各业务处\n"
                           "（三）规范执法行为。\n分管副局长牵头，法规股具体负责。\n"
                           "（四）抓好学法用法。（分管副局长牵头，办公室具体负责）\n").text)
    assert [i.leads for i in ol.items] == [("市司法局",), ("办公室",), ("法规股",), ("办公室",)]


def test_an_annex_row_citing_items_by_number_leads_them():
    ol = outline(normalize("某县人民政府办公室2024年法治政府建设工作要点\n一、重点任务\n（一）抓好学法用法。\n（二）严格合法性审核。\n"
                           "（三）规范重大行政决策。\n附件\n重点任务分工表\n序号\t任务\t牵头股室\t完成时限\n1\t（一）\t人事股\t全年\n"
                           "2\t（二）（三）\t法制股\t11月底前\n").text)
    assert [i.leads for i in ol.items] == [("人事股",), ("法制股",), ("法制股",)]


def test_a_closing_line_naming_a_person_by_any_title_leads_through_the_department():
    ol = outline(normalize("某局2025年法治政府建设工作要点\n一、重点任务\n（一）规范执法行为。\n分管负责同志牵头，法规股具体负责。\n"
                           "（二）抓好学法用法。\n主要负责人牵头，办公室具体落实。\n"
                           "（三）化解信访积案。\n（分管副镇长牵头，镇党政办具体负责）\n").text)
    assert [i.leads for i in ol.items] == [("法规股",), ("办公室",), ("镇党政办",)]


def test_a_task_list_after_the_signature_is_no_items_when_the_body_has_its_own_task_table():
    ol = outline(normalize("某局2024年法治政府建设工作总结\n一、年度重点任务完成情况\n序号\t重点任务\t完成情况\t牵头科室\t完成时限\n"
                           "1\t深化政务公开\t主动公开政府信息412条\t办公室\t全年\n2\t推进普法\t开展普法活动52场\t政策法规科\t全年\n"
                           "二、2025年工作打算\n2025年，我局将继续深化政务公开。\n某局\n2025年1月20日\n附件\n重点任务清单\n"
                           "序号\t重点任务\t具体措施\t牵头科室\t完成时限\n1\t深化政务公开\t公开信息不少于400条\t行政审批科\t2025年12月底前\n"
                           "2\t深入推进普法\t普法活动不少于60场\t执法支队\t2025年12月底前\n3\t加强培训\t培训不少于5期\t办公室\t2025年12月底前\n").text)
    assert [(i.number, i.leads) for i in ol.items] == [("1", ("办公室",)), ("2", ("政策法规科",))]


def test_an_annex_list_after_the_closing_date_is_no_item_of_the_last_part():
    text = normalize("邵阳市交通运输局2024年法治政府建设年度报告\n一、主要成效\n1.严格规范执法。开展行政检查1,026次。\n2.推进政务公开。主动公开政府信息318条。\n"
                     "二、2025年工作打算\n全年开展行政检查不少于1,100次。\n邵阳市交通运输局\n2025年1月16日\n"
                     "附件：1.邵阳市交通运输局2024年行政执法数据统计表\n2.邵阳市交通运输局2024年法治政府建设重点任务完成情况\n").text
    assert [i.title for i in outline(text).items] == ["严格规范执法", "推进政务公开"]


def test_a_table_of_counts_with_a_lead_column_is_no_task_table():
    text = ("某县交通运输局2025年度抽查工作实施方案\n一、抽查任务安排\n序号\t抽查领域\t抽查事项（个）\t抽查对象（家）\t责任股室\n"
            "1\t道路旅客运输\t3\t12\t运输管理股\n2\t水路运输\t2\t15\t港航海事股\n二、重点任务\n（一）动态完善“一单两库”。（责任股室：法规股）\n"
            "（二）深化跨部门联合抽查。（责任股室：运输管理股）\n")
    assert [(i.number, i.leads) for i in outline(normalize(text).text).items] == [
        ("一", ("法规股",)), ("二", ("运输管理股",))]


def test_headings_missing_their_mark_where_the_numbering_needs_them_and_a_bracketed_lead_label_opening_a_title():
    text = ("某市交通运输局2025年法治政府建设工作要点\n第一部分　重点任务\n1、【牵头：行政审批处】深化“放管服”改革\n　　一窗受理率达到98%以上。\n"
            "2 深化政务公开（牵头处室：办公室）\n　　全年主动公开政府信息不少于600条。\n3、提升依法行政能力（牵头处室：人事教育处）\n")
    o = outline(normalize(text).text)
    assert [(i.number, i.title[:8], i.leads) for i in o.items] == [
        ("1", "深化“放管服”改", ("行政审批处",)), ("2", "深化政务公开（牵", ("办公室",)), ("3", "提升依法行政能力", ("人事教育处",))]
    report = ("某县市场监督管理局2024年法治政府建设工作报告\n一、主要工作\n（一）规范执法\n　　全年开展行政检查120次。\n二 存在的问题\n"
              "　　一是执法力量不足。\n三、下一步打算\n　　持续推进依法行政。\n")
    assert [s.number for s in outline(normalize(report).text).sections] == ["一", "二", "三"]
