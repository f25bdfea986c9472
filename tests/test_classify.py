"""Classify: the heading is a strong prior, keywords decide within it."""
import csv

import pytest
from conftest import ROOT, seed_text

from etl.classify import classify, classify_text
from etl.normalize import normalize
from etl.outline import outline



def _gold_items():
    """Item categories of the Guangdong and Jiangmen plans, as hand-checked."""
    path = ROOT.parent / "shared" / "gold" / "item_categories.csv"
    if not path.exists():
        pytest.skip("shared/gold not beside the project")
    return list(csv.DictReader(path.open(encoding="utf-8")))


def test_seed_item_categories_reach_the_bar():
    gold = _gold_items()
    got = {}
    for prefix in ("000", "004"):
        o = classify(outline(normalize(seed_text(prefix)).text))
        name = next((ROOT / "data" / "raw").glob(f"{prefix}_*.txt")).name
        got.update({(name, i.number): i.category for i in o.items})
    right = sum(got.get((g["doc"], g["number"])) == g["category"] for g in gold)
    assert right / len(gold) >= 0.95


@pytest.mark.parametrize("title, body, heading, category", [
    ("加强行政复议和行政应诉工作", "高度重视行政复议和行政应诉工作，严格落实行政机关负责人出庭应诉规定。", "依法有效化解社会矛盾纠纷", "DISP"),
    ("加强依法行政能力建设", "组织公职人员学法考试，积极参加领导干部旁听庭审活动。", "完善法治政府建设推进机制", "EDU"),
    ("强化 和舆情回应", "通过新闻发布会、门户网站、政务新媒体、传统媒体等途径，加强对人民群众关注度高的内容的解读。强化舆情回应意识和能力。", "强化对行政权力的制约和监督", "OPEN"),
    ("做好应急管理工作", "修订突发事件应急预案，开展应急演练。", "", "EMER"),
    ("推进数字法治政府建设", "建设执法监督平台，推动政务数据共享和电子证照应用。", "", "DIGI"),
    ("规范行政执法", "全面落实行政执法三项制度，推行双随机、一公开监管。", "严格规范公正文明执法", "ENF"),
    ("公共法律服务", "全年办理法律援助案件1126件，人民调解组织调解纠纷8902件。", "主要工作成效", "DISP"),
    ("依法履行自然资源管理职能", "严格落实自然资源管理职责，优化审批服务。", "主要举措", "FUNC"),
    ("推进数字化改革", "推进执法信息化建设。", "主要举措", "DIGI"),
    ("区委常委会每年至少听取2次法治政府建设工作汇报", "区委常委会每年至少听取2次法治政府建设工作汇报。",
     "加强党对法治政府建设的领导", "LEAD"),
    # a tax office's service work is a function it performs, though its hotline is named; a closing item that
    # asks for progress reports is how the plan is driven
    ("持续优化税费服务", "推出便民办税缴费服务举措108条，12366纳税缴费服务热线接听来电18.7万次，满意率99.3%。",
     "持续优化服务", "FUNC"),
    ("强化督促落实", "各科室要按照本要点确定的任务，细化工作措施，于6月底前和12月底前分别报送工作进展情况。",
     "着力提升法治能力和普法实效", "LEAD"),
    ("持续推进治超工作", "完善非现场执法体系，依法查处违法超限超载运输行为。", "2024年工作思路", "ENF"),
    # the item's own title (复议应诉, short forms) and its body outweigh an enforcement section heading
    ("做好复议应诉", "行政机关负责人出庭应诉率100%，行政复议决定履行率100%。", "严格基金监管执法", "DISP"),
    # 建议提案 is the short name of deputies' suggestions and members' proposals; a service's 群众满意率 is the service's
    ("提高建议提案办理质量", "严格落实建议提案办理“三见面”制度，建议提案办复率确保100%。", "深入推进政务公开", "SUPV"),
    # a title naming digital work (数字交通) outweighs the business-environment heading it stands under
    ("推进数字交通建设", "依托“数字政府”平台推广应用道路运输电子证照，推进“互联网+监管”和非现场执法系统建设。",
     "持续优化交通运输营商环境", "DIGI"),
    # a channel for the public's demands (12345 hotline orders) is dispute work, though the hotline serves
    ("畅通群众诉求渠道", "健全12345政务服务便民热线与110报警服务台联动机制，12345热线转办工单按期办结率100%。", "深化执法规范化建设", "DISP"),
    ("推行“综合查一次”", "会同消防、市场监管等部门开展“综合查一次”联合检查不少于12次，对小微企业推广非现场监管。", "重点任务", "ENF"),
    ("优化人防工程审批服务", "推进防空地下室建设审批“多审合一”，审批承诺时限压缩至法定时限的40%以内，群众满意率不低于98%。",
     "优化服务", "FUNC"),
    # 法治素养 names the staff's legal literacy, whoever is trained (执法人员培训班)
    ("提升干部法治素养", "局党组理论学习中心组开展法治专题学习8次，举办全市医保系统行政执法人员培训班3期（每期2天），"
     "组织干部职工旁听庭审1次，全系统执法人员参训一百二十余人次。", "一、2024年主要成效", "EDU"),
    # the enforcement staff's qualification exam is enforcement work, though it is an exam (纲要五: 执法人员资格管理)
    ("规范组织执法资格考试", "组织行政执法资格考试2至3场，考试合格率力争达到85%以上；组织全市行政执法人员参加网上法律知识测试1次。",
     "重点任务", "ENF"),
])
def test_classify_text(title, body, heading, category):
    assert classify_text(body, title, heading) == category


def test_every_paragraph_gets_a_category_when_it_says_something():
    o = classify(outline(normalize(seed_text("002")).text))
    assert all(p.category for p in o.paragraphs if "行政许可" in p.text or "主动公开" in p.text)


def test_whole_text_counting_gives_the_same_categories_as_per_passage():
    from conftest import seed_text

    from etl.normalize import normalize
    from etl.outline import outline

    for seed in ("000", "001", "002", "003", "004"):
        text = normalize(seed_text(seed)).text
        ol = outline(text)
        fast, slow = classify(ol, text=text), classify(ol)
        assert [i.category for i in fast.items] == [i.category for i in slow.items]
        assert [p.category for p in fast.paragraphs] == [p.category for p in slow.paragraphs]
        assert any(p.category for p in fast.paragraphs)


def test_the_unit_s_own_field_does_not_decide_the_category():
    text = ("一、加强制度建设\n（一）完善应急管理法规制度。开展应急管理规范性文件合法性审核，应急管理地方立法调研2次。\n"
            "二、做好应急工作\n（二）修订突发事件应急预案，开展应急演练。\n")
    o = outline(normalize(text).text)
    assert [i.category for i in classify(o, text=normalize(text).text).items] == ["EMER", "EMER"]
    got = classify(o, text=normalize(text).text, own_sector="应急管理")
    assert [i.category for i in got.items] == ["RULE", "EMER"]
    assert got.items[0].title == "完善应急管理法规制度"  # only the counting leaves the field out
    assert classify(o, own_sector="工业和信息化") == classify(o)


def test_a_task_table_row_s_group_cell_is_its_heading_and_sector_inspections_are_enforcement():
    text = ("某市生态环境局2024年法治政府建设工作要点\n一、重点任务\n序号\t类别\t工作任务\t具体措施\t牵头单位\t完成时限\n"
            "1\t职能转变\t深化环评审批改革\t落实环评审批正面清单，审批办件群众满意率达到100%。\t环评科\t2024年6月底前\n"
            "2\t职能转变\t推进排污许可全覆盖\t全年核发排污许可证不少于260份。\t环评科\t2024年12月底前\n"
            "3\t执法监管\t加强价格监督检查\t开展民生价格检查不少于6次。\t价格科\t2023年12月底前\n"
            "4\t\t开展节能监察\t监察企业不少于30家。\t能源科\t2023年11月底前\n")
    norm = normalize(text).text
    assert [i.category for i in classify(outline(norm), text=norm).items] == ["FUNC", "FUNC", "ENF", "ENF"]


def test_a_lead_note_s_words_are_not_the_item_s_topic():
    text = ("某市政务服务管理局2025年工作方案\n一、重点任务\n（一）推进一网通办。推动政务服务事项全部网上办理。（责任科室：政务服务科）\n"
            "（二）强化好差评闭环。差评整改率100%，群众满意度不低于95%。（责任科室：督查考核科）\n")
    norm = normalize(text).text
    assert [i.category for i in classify(outline(norm), text=norm).items] == ["FUNC", "FUNC"]


def test_items_with_no_words_of_their_own_under_safeguards_are_about_driving_the_plan():
    ol = classify(outline(normalize("某局2024年法治政府建设工作要点\n一、严格执法\n（一）规范执法行为。全面落实行政执法“三项制度”。\n"
                                    "二、保障措施\n（二）做好总结报送。各牵头单位于12月10日前报送完成情况。\n"
                                    "（三）营造良好氛围。加强法治宣传，营造浓厚法治氛围。\n").text))
    assert [i.category for i in ol.items] == ["ENF", "LEAD", "EDU"]  # words of its own still decide


def test_an_item_naming_no_area_takes_the_one_its_single_topic_document_is_about():
    title = "某省农业农村厅关于2024年度省人大代表建议和省政协提案办理工作情况的报告"
    text = normalize(title + "\n一、主要做法\n（一）注重成果转化，推动问题解决。把真知灼见转化为具体举措。\n").text
    assert [i.category for i in classify(outline(text), text=text, doc_title=title).items] == ["SUPV"]
    # a general report's title names only what the document is: the item stays without an area
    title = "某市农业农村局2024年法治政府建设年度报告"
    text = normalize(title + "\n一、主要做法\n（一）注重成果转化，推动问题解决。把真知灼见转化为具体举措。\n").text
    assert [i.category for i in classify(outline(text), text=text, doc_title=title).items] == [None]


def test_every_part_of_a_disclosure_annual_report_is_disclosure_work():
    title = "某县人民政府2024年政府信息公开工作年度报告"
    text = normalize(title + "\n一、总体情况\n（一）主动公开。全年主动公开政府信息1200条。\n（二）政府信息管理。对行政规范性文件"
                     "开展清理，共清理30件，废止2件。\n（三）平台建设。全年收到网民留言80条；畅通12345热线。\n（四）监督保障。"
                     "将政务公开工作纳入年度综合考核，加强监督检查。\n").text
    ol = classify(outline(text), text=text, doc_title=title)
    assert [i.category for i in ol.items] == ["OPEN"] * 4
    assert {p.category for p in ol.paragraphs} == {"OPEN"}
    # the same parts in a general report keep their own areas
    title = "某县人民政府2024年法治政府建设年度报告"
    ol = classify(outline(text.replace("政府信息公开工作年度报告", "法治政府建设年度报告")), text=None, doc_title=title)
    assert [i.category for i in ol.items][1] == "RULE"


def test_pressing_home_the_duty_to_build_rule_of_law_is_leadership_whatever_the_study_words():
    text = normalize("某委2024年法治政府建设年度报告\n一、主要工作\n（一）压紧压实法治建设责任\n党组书记认真履行推进法治建设"
                     "第一责任人职责，召开党组会议专题研究法治工作4次。理论学习中心组开展专题学法9次，主任办公会会前学法14次；"
                     "邀请教授作法治专题讲座1场。\n").text
    assert [i.category for i in classify(outline(text), text=text).items] == ["LEAD"]


@pytest.mark.parametrize("title, body, category", [
    ("提升依法履职能力", "举办全辖法治专题培训不少于3期，组织旁听庭审不少于1次，举办习近平法治思想专题讲座不少于2次。", "EDU"),
    ("拓宽公众参与立法渠道", "新设基层立法联系点不少于3个；对涉及群众切身利益的立法项目召开立法座谈会、立法听证会。", "RULE"),
    ("加强法治学习培训", "组织行政执法人员参加集中学法，提升行政执法水平。", "EDU"),
])
def test_a_heading_word_inside_another_area_s_longer_word_does_not_count(title, body, category):
    assert classify_text(body, title, "重点任务") == category


@pytest.mark.parametrize("title, body, category", [
    ("推进公共法律服务和村（社区）法律顾问工作",
     "全镇14个村（社区）法律顾问覆盖率保持100%，每个村（社区）法律顾问每月到村服务不少于1次；完善镇公共法律服务工作站功能，"
     "协助符合条件的群众申请法律援助。", "DISP"),
    ("深化政务公开和建议提案办理", "主动公开政府信息1,286条；办理建议提案21件。", "OPEN"),
])
def test_a_tie_goes_to_the_area_the_title_names_first(title, body, category):
    assert classify_text(body, title, "重点任务") == category


def test_a_duty_item_whose_body_studies_law_stays_leadership_when_it_also_deploys_rule_of_law_work():
    text = normalize("某局2024年上半年法治政府建设工作总结\n一、上半年主要工作成效\n（一）压实法治建设责任\n局党组召开专题会议研究"
                     "法治建设工作2次，将法治建设与业务工作同部署、同推进。局党组理论学习中心组集中学法4次，其中专题学习新修订《公司法》"
                     "1次。\n组织全局执法人员参加法治专题培训3期；组织机关干部旁听行政诉讼案件庭审1次；开展执法人员法律知识测试1次。"
                     "\n").text
    assert [i.category for i in classify(outline(text), text=text).items] == ["LEAD"]


def test_a_title_pressing_home_the_duty_outweighs_a_body_full_of_study_words():
    text = normalize("某区司法局2024年法治政府建设年度报告\n一、主要举措和成效\n（一）压紧压实法治建设责任\n局党组严格履行推进"
                     "法治建设第一责任人职责，全年召开党组会议专题研究法治建设工作4次。局党组理论学习中心组集中学法十二次，局务会议"
                     "会前学法二十三次（含专题学习新修订《中华人民共和国行政复议法》3次）。举办全区行政执法人员法治培训班两期，"
                     "组织局机关干部参加年度学法考试。\n").text
    assert [i.category for i in classify(outline(text), text=text).items] == ["LEAD"]


def test_a_title_naming_oversight_and_inspection_of_rule_of_law_work_is_decided_by_its_body():
    # 接受监督 in a title naming two areas counts as much as the other's word (法治督察): the body's suggestions decide
    text = normalize("耒阳市人民政府2024年度法治政府建设情况报告\n一、主要工作\n（一）自觉接受监督，持续开展法治督察。"
                     "全年按期办复市人大代表建议和市政协委员提案共319件，按期办复率、代表委员满意率分别为100%、98.9%。"
                     "组织开展法治政府建设专项督察2轮，督察市直部门24个、乡镇（街道）8个，反馈问题57个，已整改53个。\n").text
    assert [i.category for i in classify(outline(text), text=text).items] == ["SUPV"]


def test_an_investment_approval_item_is_about_functions():
    text = normalize("鄂尔多斯市发展和改革委员会2025年法治政府建设实施方案\n一、重点任务\n（一）深化投资审批制度改革。政府投资项目可行性研究报告审批、"
                     "企业投资项目核准全部通过全国投资项目在线审批监管平台办理；企业投资项目核准办结时限压缩至5个工作日以内。\n").text
    assert [i.category for i in classify(outline(text), text=text).items] == ["FUNC"]


def test_items_under_a_shuyi_report_s_duty_part_take_their_own_area():
    text = normalize("临朐县卫生健康局2024年度述职述法报告\n一、带头学法情况\n全年主持局党组理论学习中心组集体学法6次。\n"
                     "二、履行推进法治建设第一责任人职责情况\n（一）推进依法决策。全年对局拟发文件、合同协议开展合法性审核41件；"
                     "以局名义制定行政规范性文件1件；对涉及经营主体经济活动的政策措施开展公平竞争审查3件。\n（二）压实责任。本人认真履行第一责任人职责。\n").text
    assert [i.category for i in classify(outline(text), text=text).items] == ["DECI", "LEAD"]


def test_an_item_titled_as_a_closing_part_is_about_driving_the_plan():
    assert classify_text("各办、中心、站、所要对照任务分工细化措施，于11月30日前将落实情况报送镇党政办。", title="保障措施") == "LEAD"


def test_seafarer_certificates_and_remote_approval_are_functions():
    body = "计划签发海船船员适任证书3,000本以上，推行船舶登记“不见面审批”。"
    assert classify_text(body, "优化港航政务服务", "重点任务") == "FUNC"
    assert classify_text(body, "做好船员与船舶管理", "重点任务") == "FUNC"
