"""Profile: unit, region, city, level, sector, year, type, date — from headers or, failing that, the body."""
import pytest
from conftest import seed_text

from etl.normalize import normalize
from etl.profile import cn_small_int, find_units, profile

GOLD = {  # the seeds' hand-checked profiles (shared/gold/documents.csv)
    "000": ("广东省工业和信息化厅", "广东", None, "province", "工业和信息化", 2024, "plan", "2024-04-03"),
    "001": ("清远市工业和信息化局", "广东", "清远", "city", "工业和信息化", 2024, "report", None),
    "002": ("山东省工业和信息化厅", "山东", None, "province", "工业和信息化", 2023, "report", "2024-03-01"),
    "003": ("甘肃省工业和信息化委员会", "甘肃", None, "province", "工业和信息化", 2017, "plan", "2017-01-03"),
    "004": ("江门市科学技术局", "广东", "江门", "city", "科学技术", 2021, "plan", "2021-07-21"),
}


@pytest.mark.parametrize("prefix", sorted(GOLD))
def test_seed_profiles(prefix):
    p = profile(normalize(seed_text(prefix)).text)
    assert (p.unit, p.region, p.city, p.level, p.sector, p.year, p.doc_type, p.issued) == GOLD[prefix]


def test_qingyuan_header_missing_is_flagged():
    assert profile(normalize(seed_text("001")).text).header_missing
    assert not profile(normalize(seed_text("000")).text).header_missing


@pytest.mark.parametrize("text, unit, region, city, level, year, doc_type", [
    ("英德市科学技术局2022年法治政府建设年度报告\n2022年，我局认真贯彻……", "英德市科学技术局", "广东", "清远", "county", 2022, "report"),
    ("浙江省市场监督管理局\n2023年法治政府建设工作要点\n一、总体要求", "浙江省市场监督管理局", "浙江", None, "province", 2023, "plan"),
    ("杭州市司法局关于2021年度法治政府建设情况的报告\n2021年，市司法局……", "杭州市司法局", "浙江", "杭州", "city", 2021, "report"),
    ("2020年，我局坚持……制定《成都市交通运输局重大行政决策程序规定》……存在的不足……下一步", "成都市交通运输局", "四川", "成都", "city", 2020, "report"),
    ("锡林浩特市人民政府2023年法治政府建设年度报告\n2023年，我市坚持……", "锡林浩特市人民政府", "内蒙古", "锡林郭勒", "county", 2023, "report"),
    ("XX县\n乌鲁木齐市人民政府办公厅关于2022年度法治政府建设情况的报告", "乌鲁木齐市人民政府办公厅", "新疆", "乌鲁木齐", "city", 2022, "report"),
    # a year's statistics (统计年报) reports the year
    ("舟山市司法局\n舟山市2024年度行政执法统计年报\n表1　全市行政执法情况", "舟山市司法局", "浙江", "舟山", "city", 2024, "report"),
])
def test_profiles_of_other_units(text, unit, region, city, level, year, doc_type):
    p = profile(text)
    assert (p.unit, p.region, p.city, p.level, p.year, p.doc_type) == (unit, region, city, level, year, doc_type)


def test_year_of_a_period_is_not_the_document_year():
    p = profile("某某\n关于印发《实施纲要（2015-2020年）》的通知\n2017年1月3日\n")
    assert p.year == 2017 and p.issued == "2017-01-03"


def test_chinese_numeral_date_line():
    p = profile("某省工业和信息化厅2019年工作要点\n二〇一九年三月五日\n")
    assert p.issued == "2019-03-05"


def test_date_line_of_a_print_note():
    p = profile("四川省生态环境厅2024年法治政府建设工作要点\n一、加强学法。\n\n四川省生态环境厅办公室\n2024年3月1日印发\n")
    assert p.issued == "2024-03-01"


@pytest.mark.parametrize("name, unit, region, city, level, sector", [
    ("常州市人民政府国有资产监督管理委员会", "常州市人民政府国有资产监督管理委员会", "江苏", "常州", "city", "国有资产监督管理"),
    ("湖北省人民政府外事办公室", "湖北省人民政府外事办公室", "湖北", None, "province", "外事"),
    ("常州市人民政府办公室", "常州市人民政府办公室", "江苏", "常州", "city", "综合（人民政府）"),
    ("南宁住房公积金管理中心", "南宁住房公积金管理中心", "广西", "南宁", "city", "住房公积金管理"),
    ("南宁市住房公积金管理中心", "南宁市住房公积金管理中心", "广西", "南宁", "city", "住房公积金管理"),
    ("合肥经济技术开发区管理委员会", "合肥经济技术开发区管理委员会", "安徽", "合肥", "city", "经济技术开发区"),
    ("苏州工业园区管理委员会", "苏州工业园区管理委员会", "江苏", "苏州", "city", "工业园区"),
    # a zone named after a county-level city is of that county's level, in its prefecture
    ("昆山经济技术开发区管理委员会", "昆山经济技术开发区管理委员会", "江苏", "苏州", "county", "经济技术开发区"),
    ("江阴高新技术产业开发区管理委员会", "江阴高新技术产业开发区管理委员会", "江苏", "无锡", "county", "高新技术产业开发区"),
    # the short forms written for autonomous areas
    ("黔东南州生态环境局", "黔东南州生态环境局", "贵州", "黔东南", "city", "生态环境"),
    ("长阳县市场监督管理局", "长阳县市场监督管理局", "湖北", "宜昌", "county", "市场监督管理"),
    # peoples named without 族, a place name longer than two characters, a banner named for its people
    ("察布查尔县人民政府", "察布查尔县人民政府", "新疆", "伊犁", "county", "综合（人民政府）"),
    ("塔什库尔干县司法局", "塔什库尔干县司法局", "新疆", "喀什", "county", "司法"),
    ("鄂温克旗人民政府", "鄂温克旗人民政府", "内蒙古", "呼伦贝尔", "county", "综合（人民政府）"),
    ("莫力达瓦旗司法局", "莫力达瓦旗司法局", "内蒙古", "呼伦贝尔", "county", "司法"),
    # federations and cooperative unions are units too: their field is their name less the kind of body
    ("绍兴市残疾人联合会", "绍兴市残疾人联合会", "浙江", "绍兴", "city", "残疾人"),
    ("寿光市供销合作社联合社", "寿光市供销合作社联合社", "山东", "潍坊", "county", "供销合作社"),
    # a service centre is a unit too, its field keeping 服务
    ("寿光市机关事务服务中心", "寿光市机关事务服务中心", "山东", "潍坊", "county", "机关事务服务"),
])
def test_bodies_named_after_a_government_or_a_city_s_short_name(name, unit, region, city, level, sector):
    p = profile(normalize(f"{name}2023年度法治政府建设情况报告\n一、主要工作\n全年办理行政许可12件。\n\n{name}\n2024年1月10日\n").text)
    assert (p.unit, p.region, p.city, p.level, p.sector) == (unit, region, city, level, sector)


def test_an_addressee_line_names_no_issuer_of_a_zone_s_report():
    p = profile(normalize("江阴高新技术产业开发区管理委员会2024年法治政府建设工作报告\n江阴市委全面依法治市委员会办公室：\n"
                          "2024年，高新区全年办理行政许可1,372件。\n江阴高新技术产业开发区管理委员会\n2025年1月20日\n").text)
    assert (p.unit, p.city, p.level) == ("江阴高新技术产业开发区管理委员会", "无锡", "county")


@pytest.mark.parametrize("label", ["附件", "附表", "附表1：主要法治指标", "附：2023年主要指标"])
def test_an_appendix_after_the_signing_date_starts_at_its_label(label):
    from etl.profile import appendix_start

    text = f"某厅2023年法治政府建设情况报告\n一、主要成效\n办理复议9件。\n某厅\n2024年1月10日\n{label}\n指标\t单位\t数量\n"
    assert text[appendix_start(text):].startswith(label)
    assert appendix_start("某厅报告\n一、主要成效\n附表如下。\n") == len("某厅报告\n一、主要成效\n附表如下。\n")


def test_a_menu_line_above_a_title_that_opens_with_its_unit_is_no_part_of_it():
    p = profile(normalize("通知公告\n法治政府建设\n漳州市城市管理局2023年法治政府建设年度报告\n一、主要工作\n全年办理行政许可12件。\n").text)
    assert p.title == "漳州市城市管理局2023年法治政府建设年度报告"


def test_rules_titled_implementing_measures_are_plans():
    p = profile(normalize("绵阳市人力资源和社会保障局法治政府建设工作实施办法\n第一章 总则\n第一条 为推进…制定本办法。\n").text)
    assert p.doc_type == "plan" and p.title == "绵阳市人力资源和社会保障局法治政府建设工作实施办法"


def test_a_document_number_above_the_title_is_no_part_of_it():
    text = normalize("宁都县司法局\n\n宁司字〔2025〕3号\n\n关于印发《宁都县2025年普法工作要点》的通知\n\n"
                     "各乡镇人民政府，县直各单位：\n现将要点印发给你们。\n").text
    assert profile(text).title == "关于印发《宁都县2025年普法工作要点》的通知"
    # a short lead-in line of the title still joins it
    wrapped = normalize("宁都县司法局关于印发《宁都县2025年\n普法工作要点》的通知\n\n各乡镇人民政府：\n").text
    assert profile(wrapped).title == "宁都县司法局关于印发《宁都县2025年普法工作要点》的通知"


def test_date_in_brackets_under_the_title():
    p = profile("苏州市市场监督管理局2023年法治政府建设工作报告\n（2024年1月31日）\n一、主要成效\n")
    assert p.issued == "2024-01-31"


def test_a_web_page_s_catalogue_fields_are_not_the_title_and_its_written_date_wins():
    text = ("索引号：11510400008655531K/2025-00027主题分类：计划总结\n发布机构：攀枝花市交通运输局成文日期：2025-03-18\n"
            "发布日期：2025-03-21文号：攀交发〔2025〕12号\n攀枝花市交通运输局2025年法治政府建设工作要点\n一、依法履职\n")
    p = profile(text)
    assert (p.title, p.doc_type, p.year, p.issued) == ("攀枝花市交通运输局2025年法治政府建设工作要点", "plan", 2025, "2025-03-18")


def test_the_signing_date_wins_over_a_web_page_s_posting_time_however_long_the_page():
    body = "".join(f"{k}.开展专项工作第{k}项。\n" for k in range(1, 60))  # the signature well past line 40
    text = f"湖南省交通运输厅关于2023年法治政府建设工作情况的报告\n发布时间：2024-03-25 10:30\n{body}\n湖南省交通运输厅\n2024年3月20日\n"
    assert profile(text).issued == "2024-03-20"
    assert profile("某局2023年工作报告\n发布时间：2024-03-25 10:30\n正文。\n").issued == "2024-03-25"  # no signature


def test_the_signing_date_stands_before_an_appendix():
    body = "".join(f"{k}.开展专项工作第{k}项。\n" for k in range(1, 50))
    table = "".join(f"指标{k}（件）\t{k}\t{k + 1}\n" for k in range(1, 20))
    text = f"某区教育局2022年法治政府建设年度报告\n{body}\n某区教育局\n2023年1月18日\n\n附件\n指标\t2021年\t2022年\n{table}"
    assert profile(text).issued == "2023-01-18"


def test_a_spaced_catalogue_label_is_no_title():
    text = ("索引号：014121380/2025-00012\t成文日期：2025-01-17\n标　　题：\t扬州市交通运输局2024年法治政府建设工作情况报告\n\n"
            "扬州市交通运输局2024年法治政府建设工作情况报告\n正文。\n")
    assert profile(text).title == "扬州市交通运输局2024年法治政府建设工作情况报告"


def test_a_task_list_is_a_plan():
    assert profile("苏州市市场监督管理局2024年法治政府建设重点任务清单\n1.集中学法不少于4次。\n").doc_type == "plan"


def test_no_unit_no_year_gives_none_not_a_guess():
    p = profile("这是一段没有单位也没有年份的文字。")
    assert p.unit is None and p.year is None


@pytest.mark.parametrize("s, n", [("一", 1), ("十", 10), ("十三", 13), ("二十", 20), ("二十三", 23), ("二〇一七", 2017), ("7", 7)])
def test_cn_small_int(s, n):
    assert cn_small_int(s) == n


def test_department_report_is_not_attributed_to_the_government_it_mentions():
    text = "2024年，我局通过清远市人民政府网站市工信局频道发布信息。制定《清远市工业和信息化局学习计划》。"
    assert profile(text).unit == "清远市工业和信息化局"
    assert [u.unit for u in find_units("清远市人民政府网站")] == ["清远市人民政府"]


@pytest.mark.parametrize("text, unit, region, city, level, sector", [
    ("北京市朝阳区市场监督管理局2021年法治政府建设年度情况报告\n我局全年受理投诉。",
     "北京市朝阳区市场监督管理局", "北京", None, "county", "市场监督管理"),
    ("成都市武侯区人民政府\n2023年法治政府建设工作要点\n结合我区实际。", "成都市武侯区人民政府", "四川", "成都", "county",
     "综合（人民政府）"),
    ("浙江省杭州市余杭区人民政府2022年法治政府建设工作报告\n我区", "浙江省杭州市余杭区人民政府", "浙江", "杭州", "county",
     "综合（人民政府）"),
    ("广东省清远市工业和信息化局2024年法治政府建设年度报告\n我局", "广东省清远市工业和信息化局", "广东", "清远", "city",
     "工业和信息化"),
    ("2022年法治政府建设年度报告\n清远市清城区司法局\n", "清远市清城区司法局", "广东", "清远", "county", "司法"),
    ("广东省清远市英德市人民政府2022年法治政府建设年度报告\n", "广东省清远市英德市人民政府", "广东", "清远", "county",
     "综合（人民政府）"),
    # a zone is not a district: the unit stays at the city's level
    ("苏州市工业园区管理委员会2022年法治政府建设情况报告", "苏州市工业园区管理委员会", "江苏", "苏州", "city", "工业园区"),
])
def test_units_below_a_region_name_their_district_or_county(text, unit, region, city, level, sector):
    p = profile(text)
    assert (p.unit, p.region, p.city, p.level, p.sector) == (unit, region, city, level, sector)


@pytest.mark.parametrize("text, unit, region, city, level, sector", [
    # a county or district named without its city: the gazetteer places it
    ("龙游县人民政府办公室\n2024年法治政府建设工作要点\n", "龙游县人民政府办公室", "浙江", "衢州", "county", "综合（人民政府）"),
    ("松阳县自然资源和规划局2023年法治政府建设年度报告\n我局", "松阳县自然资源和规划局", "浙江", "丽水", "county", "自然资源和规划"),
    ("武侯区市场监督管理局2023年法治政府建设情况报告\n我局", "武侯区市场监督管理局", "四川", "成都", "county", "市场监督管理"),
    ("浙江省松阳县人民政府2023年法治政府建设情况报告\n", "浙江省松阳县人民政府", "浙江", "丽水", "county", "综合（人民政府）"),
    # 西湖区 is in 杭州 and in 南昌: the text's own places decide, and nothing is guessed when they do not
    ("西湖区司法局2022年法治政府建设工作情况报告\n在杭州市委、市政府的领导下，我局", "西湖区司法局", "浙江", "杭州",
     "county", "司法"),
    ("西湖区司法局2022年法治政府建设工作情况报告\n我局", "西湖区司法局", None, None, "county", "司法"),
])
def test_counties_named_without_their_city(text, unit, region, city, level, sector):
    p = profile(text)
    assert (p.unit, p.region, p.city, p.level, p.sector) == (unit, region, city, level, sector)


@pytest.mark.parametrize("text, unit, region, city", [
    ("宜兴市丁蜀镇人民政府2024年度法治政府建设工作报告\n2024年，镇综合行政执法局开展检查。\n宜兴市丁蜀镇人民政府\n",
     "宜兴市丁蜀镇人民政府", "江苏", "无锡"),
    ("杭州市西湖区北山街道办事处2024年法治政府建设工作报告\n2024年，街道开展检查。\n杭州市西湖区北山街道办事处\n",
     "杭州市西湖区北山街道办事处", "浙江", "杭州"),
    ("长兴县和平镇人民政府关于2023年度法治政府建设情况的报告\n", "长兴县和平镇人民政府", "浙江", "湖州"),
    # a town right under a prefecture-level city that has no counties
    ("东莞市塘厦镇2024年法治政府建设工作报告\n2024年，镇综合行政执法队办理案件。\n东莞市塘厦镇人民政府\n2025年1月20日\n",
     "东莞市塘厦镇人民政府", "广东", "东莞"),
    ("中山市小榄镇人民政府2024年法治政府建设年度报告\n2024年，镇政府开展检查。\n", "中山市小榄镇人民政府", "广东", "中山"),
])
def test_a_town_or_sub_district_government_is_the_unit_at_the_lowest_level(text, unit, region, city):
    p = profile(text)
    assert (p.unit, p.region, p.city, p.level, p.sector) == (unit, region, city, "county", "综合（人民政府）")


def test_a_town_word_inside_a_department_name_is_not_a_town():
    p = profile("衢州市乡村振兴局2024年法治政府建设年度报告\n我局")
    assert (p.unit, p.level, p.sector) == ("衢州市乡村振兴局", "city", "乡村振兴")


def test_a_government_head_s_own_report_speaks_for_that_government():
    p = profile("2023年度履行推进法治建设第一责任人职责情况述职报告\n安吉县县长　王××\n2023年，本人带头学法14次。\n")
    assert (p.unit, p.region, p.city, p.level) == ("安吉县人民政府", "浙江", "湖州", "county") and "unit" in p.low_confidence


def test_he_after_a_closing_title_mark_is_a_conjunction_not_the_county_he_xian():
    text = "述职报告\n根据《党政主要负责人履行推进法治建设第一责任人职责规定》和县委全面依法治县委员会办公室有关要求，报告如下。\n"
    assert profile(text).unit is None


@pytest.mark.parametrize("text, unit, city", [
    ("广州市生态环境局天河分局2023年法治政府建设年度报告\n广州市生态环境局天河分局\n2024年1月5日\n", "广州市生态环境局天河分局", "广州"),
    ("北京市公安局朝阳分局2023年法治政府建设情况报告\n", "北京市公安局朝阳分局", None),
])
def test_a_district_branch_of_a_city_bureau_is_the_unit(text, unit, city):
    p = profile(text)
    assert (p.unit, p.level, p.city) == (unit, "county", city)
    assert profile("广州市生态环境局2023年法治政府建设年度报告\n").level == "city"


def test_a_vertically_managed_bureau_keeps_its_head_office_in_its_name():
    p = profile("国家税务总局杭州市西湖区税务局2023年度法治政府建设工作报告\n我局")
    assert (p.unit, p.region, p.city, p.level, p.sector) == ("国家税务总局杭州市西湖区税务局", "浙江", "杭州", "county", "税务")


def test_a_title_naming_only_a_place_is_that_place_s_government():
    p = profile("湖州市吴兴区2024年法治政府建设工作要点\n一、加强领导\n")
    assert (p.unit, p.region, p.city, p.level) == ("湖州市吴兴区人民政府", "浙江", "湖州", "county")
    assert "unit" in p.low_confidence


def test_a_two_character_county_inside_a_phrase_is_not_a_unit():
    assert find_units("全市和县级人民政府要落实") == []
    assert [u.unit for u in find_units("和县人民政府")] == ["和县人民政府"]


def test_generic_area_words_are_not_districts():
    assert find_units("江门市各区人民政府要落实，广东省市县两级政府") == []


def test_a_unit_s_line_above_a_title_opening_with_the_year_opens_the_title():
    text = "赣商务法字〔2025〕3号\n 江西省商务厅\n2024年法治政府建设年度报告\n 2024年，江西省商务厅坚持依法行政。\n"
    assert profile(normalize(text).text).title == "江西省商务厅2024年法治政府建设年度报告"



@pytest.mark.parametrize("text, unit, city, level, sector", [
    ("杭州市公安局交通警察支队2024年法治政府建设年度报告\n作出行政处罚决定12件。\n", "杭州市公安局交通警察支队", "杭州", "city", "公安"),
    ("南京市消防救援支队2024年法治政府建设年度报告\n2024年，南京市消防救援支队在市委、市政府的坚强领导下，推进消防法治建设。\n",
     "南京市消防救援支队", "南京", "city", "消防救援"),
    ("张家港海关2023年法治政府建设年度报告\n作出行政处罚决定12件。\n", "张家港海关", "苏州", "county", "海关"),
])
def test_detachments_and_customs_are_units(text, unit, city, level, sector):
    p = profile(normalize(text).text)
    assert (p.unit, p.city, p.level, p.sector) == (unit, city, level, sector)


def test_a_plan_without_a_year_in_its_title_is_about_its_issue_year_and_a_rules_title_makes_a_plan():
    plan = ("赣州市水利局法治政府建设示范创建实施方案\n2023年，我局办理水行政许可事项186件。\n一、主要任务\n"
            "（一）提升干部法治素养。局党组理论学习中心组每年集体学法不少于4次。\n赣州市水利局\n2024年3月8日\n")
    p = profile(normalize(plan).text)
    assert (p.doc_type, p.year, p.issued) == ("plan", 2024, "2024-03-08")
    rules = "江苏省人力资源和社会保障厅法治机关建设考核办法\n第一条　为推进法治机关建设，制定本办法。\n"
    assert profile(normalize(rules).text).doc_type == "plan"
    header = ("# 青岛市审计局贯彻落实《法治政府建设实施纲要（2021—2025年）》实施细则\n\n"
              "> 青审发〔2021〕42号　　青岛市审计局　　2021年11月5日\n\n为推进审计机关法治建设，制定本实施细则。到2025年，基本建成法治审计机关。\n")
    p = profile(normalize(header).text)
    assert (p.issued, p.year) == ("2021-11-05", 2021)



@pytest.mark.parametrize("title, unit, region, city, level, sector", [
    ("国家金融监督管理总局宁夏监管局2024年法治政府建设年度报告", "国家金融监督管理总局宁夏监管局", "宁夏", None, "province", "金融监管"),
    ("国家金融监督管理总局巴音郭楞监管分局2024年法治政府建设年度报告", "国家金融监督管理总局巴音郭楞监管分局", "新疆", "巴音郭楞", "city",
     "金融监管"),
    ("中国人民银行广西壮族自治区分行2024年法治建设情况报告", "中国人民银行广西壮族自治区分行", "广西", None, "province", "人民银行"),
    ("中国人民银行百色市分行2024年法治建设情况报告", "中国人民银行百色市分行", "广西", "百色", "city", "人民银行"),
    ("国家外汇管理局广西壮族自治区分局2024年法治建设情况报告", "国家外汇管理局广西壮族自治区分局", "广西", None, "province", "外汇管理"),
])
def test_vertically_managed_financial_units(title, unit, region, city, level, sector):
    p = profile(normalize(title + "\n\n2024年，全年作出行政处罚决定97件。\n").text)
    assert (p.unit, p.region, p.city, p.level, p.sector) == (unit, region, city, level, sector)



@pytest.mark.parametrize("text, unit, region, city", [
    ("戴南镇人民政府2024年法治政府建设工作计划\n根据《兴化市2024年法治政府建设工作要点》，结合我镇实际，制定本计划。\n"
     "戴南镇人民政府\n2024年3月15日\n", "戴南镇人民政府", "江苏", "泰州"),
    ("花园街道办事处2024年法治政府建设工作计划\n根据《南岗区2024年法治政府建设工作要点》，制定本计划。\n", "花园街道办事处", "黑龙江", "哈尔滨"),
])
def test_a_township_or_street_office_named_alone_is_placed_by_the_county_its_text_names(text, unit, region, city):
    p = profile(normalize(text).text)
    assert (p.unit, p.region, p.city, p.level, p.sector) == (unit, region, city, "county", "综合（人民政府）")



def test_a_book_title_names_neither_the_unit_nor_the_kind_and_a_posting_line_dates_the_page():
    text = ("《南通市餐饮服务食品安全管理办法》政策解读\n\n发布日期：2024-09-06　　来源：南通市市场监督管理局\n\n"
            "　　2024年8月20日，市政府常务会议审议通过《南通市餐饮服务食品安全管理办法》。我局召开座谈会3场。\n")
    p = profile(normalize(text).text)
    assert (p.unit, p.sector, p.doc_type) == ("南通市市场监督管理局", "市场监督管理", None)
    posted = "思明区法律顾问服务项目竞争性磋商公告\n\n2024年03月04日 17:21　来源：厦门市思明区司法局\n\n一、项目概况\n"
    assert profile(normalize(posted).text).issued == "2024-03-04"



def test_a_date_beside_the_document_number_after_one_space():
    text = "江西省医疗保障局2024年工作要点\n赣医保字〔2024〕15号　2024年3月12日\n各处室：\n"
    assert profile(normalize(text).text).issued == "2024-03-12"


@pytest.mark.parametrize("opening, signed, year", [
    ("2024年，我局全年作出行政处罚案件38件。", "2025年1月10日", 2024),  # title slip: body and signature agree
    ("2023年，我局全年作出行政处罚案件38件。", "2025年1月10日", 2023),  # a late report of its own year
    ("2024年，我局全年作出行政处罚案件38件。", "2024年3月10日", 2023),  # signed the next spring: the title holds
])
def test_a_report_title_year_two_years_before_its_signature_yields_to_the_body(opening, signed, year):
    text = f"宾川县农业农村局2023年法治政府建设工作报告\n\n{opening}\n\n宾川县农业农村局\n{signed}\n"
    p = profile(normalize(text).text)
    assert p.year == year
    assert ("year" in p.low_confidence) == (year == 2024)


@pytest.mark.parametrize("signature, unit, city", [
    ("第八师石河子市司法局", "第八师石河子市司法局", "石河子"),
    ("新疆生产建设兵团第一师阿拉尔市司法局", "新疆生产建设兵团第一师阿拉尔市司法局", "阿拉尔"),
])
def test_a_bingtuan_division_s_unit_keeps_its_division(signature, unit, city):
    p = profile(normalize(f"2023年法治政府建设情况报告\n一、主要工作\n本局制定行政规范性文件1件。\n{signature}\n2024年1月22日\n").text)
    assert (p.unit, p.region, p.city, p.level) == (unit, "新疆", city, "city")


def test_a_notice_issuing_a_plan_is_that_plan():
    p = profile(normalize("关于印发《丰县商务局2025年法治政府建设工作要点》的通知\n各股室：\n现将要点印发给你们。\n"
                          "2024年，我局法治建设取得新成效。\n").text)
    assert p.doc_type == "plan"


def test_a_plan_for_a_period_signed_the_year_before_is_about_its_first_year():
    p = profile(normalize("滁州市司法局行政执法提升行动方案（2024—2025年）\n一、工作基础\n全年开展普法活动30场。\n"
                          "滁州市司法局\n2023年12月28日\n").text)
    assert (p.doc_type, p.year) == ("plan", 2024)


def test_a_short_signature_is_the_same_unit_as_the_full_name_in_the_title():
    text = ("天水市秦州区商务局2024年法治政府建设工作报告\n2024年，我局扎实推进法治政府建设。\n"
            "一、主要工作\n全年开展行政检查56次。\n秦州区商务局\n2025年1月10日\n")
    p = profile(normalize(text).text)
    assert (p.unit, p.city, p.level) == ("天水市秦州区商务局", "天水", "county")


def test_a_town_opening_the_title_wins_over_the_committee_whose_notice_the_body_cites():
    text = ("铁富镇人民政府镇长2024年度述法报告\n根据邳州市委全面依法治市委员会办公室《关于做好2024年度述法工作的通知》要求，"
            "现将本人述法情况报告如下。\n一、学法情况\n在邳州市政府门户网站专栏公开信息158条。\n铁富镇人民政府镇长　张××\n"
            "2025年1月20日\n")
    p = profile(normalize(text).text)
    assert (p.unit, p.region, p.city, p.level, p.sector) == ("铁富镇人民政府", "江苏", "徐州", "county", "综合（人民政府）")


def test_a_county_head_s_title_speaks_for_the_county_government():
    p = profile(normalize("信丰县县长2024年度述法报告\n2024年，本人主持县政府常务会议会前学法12次。\n").text)
    assert (p.unit, p.region, p.city, p.level) == ("信丰县人民政府", "江西", "赣州", "county")


def test_a_web_page_s_trail_naming_the_kind_of_report_is_no_title():
    text = ("首页 机构概况 政务公开\n\n您当前所在的位置：首页 > 政务公开 > 政府信息公开年报\n\n"
            "常州市人力资源和社会保障局2024年政府信息公开工作年度报告\n\n发布日期：2025-01-24\n\n一、总体情况\n")
    assert profile(normalize(text).text).title == "常州市人力资源和社会保障局2024年政府信息公开工作年度报告"
