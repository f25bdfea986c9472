"""Quality: each problem found by a general rule, counted, with an example."""
import pytest
from conftest import seed_text

from etl.normalize import normalize
from etl.outline import outline
from etl.profile import profile
from etl.quality import assess, find_gaps, find_spam, numbering_gaps


def issues_of(prefix):
    n = normalize(seed_text(prefix))
    return {q.issue: q for q in assess(n, profile(n.text), outline(n.text))}


@pytest.mark.parametrize("prefix, issue, count", [
    ("001", "traditional_script", 1),
    ("001", "pinyin_annotations", 715),
    ("001", "missing_header", 1),
    ("001", "section_gap", 1),
    ("002", "spam_insertion", 2),
    ("002", "web_boilerplate", 1),
    ("003", "file_artifact", 1),
    ("003", "broken_title", 1),
    ("004", "missing_words", 6),
])
def test_seed_quality_counts(prefix, issue, count):
    q = issues_of(prefix)[issue]
    assert q.count == count and q.example


def test_clean_plan_has_no_false_flags():
    assert not {"spam_insertion", "missing_words", "missing_header", "section_gap"} & set(issues_of("000"))


@pytest.mark.parametrize("text, n", [
    ("认真落实中共中央、三昇体育《法治政府建设实施纲要》", 1),
    ("开展开云体育工信系统巡回普法", 1),
    ("欢迎访问华体会官网", 1),
    ("推动群众体育和竞技体育协调发展，会同省体育局开展全民健身活动", 0),
    ("支持体育产业和文化娱乐消费", 0),
    ("我局认真落实部署，鸿运娱乐依法履行民政职责，办理人大代表建议大发彩票14件", 2),
    ("使用福利彩票公益金资助养老项目12个，配合开展体育彩票公益宣传", 0),
    ("办理区人大代表建议亚洲金沙娱乐城 www.js9988.vip 14件", 1),
])
def test_spam(text, n):
    assert len(find_spam(text)) == n


@pytest.mark.parametrize("text, n", [
    ("全面推进 建设各项工作，探索完善我市与 建设相配套科技制度。", 2),
    ("开展“法律服务实体经济 律企携手同行”专项活动", 0),
    ("信息来源： 政策法规处 信息来源：某某厅", 0),
    ("减时间比率超过 95%", 0),
    ("第一部分　主要成效\n（三）　依法行政", 0),
    ("联系人：王晓东　　电话：0731-88770315", 0),
    ("芜税发〔2024〕3号　　　　　　　　　　签发人：王××", 0),
    ("主题分类：\t法治政府建设\t文　　号：\t", 0),
    ("2025年1月27日 星期一 | 首页", 0),
    ("完善制度\t政策法规科\t年底前", 0),
    ("第一章　总　则\n第一条　为规范管理，制定本细则。\n附　则", 0),
    ("（牵头单位：市委编办　配合单位：市司法局）", 0),
    ("抄送：市委依法治市办 市司法局 市政务服务数据管理局", 0),
    ("第一章　总　则\n全面推进 建设各项工作", 1),
    ("述职报告\n安吉县县长　王××\n2023年，本人带头学法。", 0),
    ("附　　件：2024年主要数据。\n抄　　送：市司法局。\n有 效 性：有效", 0),
    ("正文。\n中共襄阳市委机构编制委员会办公室      襄阳市人民政府办公室\n2025年3月1日", 0),
    ("安吉县县长　王××推进 建设", 2),  # not a line of its own: both gaps count
])
def test_gaps(text, n):
    assert len(find_gaps(normalize(text).text)) == n


@pytest.mark.parametrize("values, gaps", [
    ([1, 2, 4, 5], [(2, 4)]),
    ([1, 2, 3, 1, 2, 1], []),
    ([1, 3, 1, 2, 4], [(1, 3), (2, 4)]),
])
def test_numbering_gaps(values, gaps):
    assert numbering_gaps(values) == gaps


def test_document_without_unit_or_year_is_flagged_not_dropped():
    n = normalize("这是一段没有单位也没有年份的文字，办理了一些事情。")
    found = {q.issue for q in assess(n, profile(n.text), outline(n.text))}
    assert {"unknown_unit", "unknown_year"} <= found


NEWS = ("绵阳市司法局举办2024年全市法治培训班\n发布时间：2024-05-10\n"
        "5月8日至10日，绵阳市司法局在北川举办全市法治培训班，全市120名执法人员参加。今年以来已举办法治培训4期。\n")


def test_a_news_item_is_flagged_as_neither_report_nor_plan():
    n = normalize(NEWS)
    p = profile(n.text)
    found = {q.issue: q for q in assess(n, p, outline(n.text))}
    assert p.doc_type is None and "unknown_doc_type" in found
    assert found["unknown_doc_type"].description.startswith("标题和正文都不像")
    assert found["unknown_doc_type"].example == "绵阳市司法局举办2024年全市法治培训班"  # the headline, as evidence
    assert "missing_header" not in found  # a news item has its headline; what it lacks is being a report


def test_a_report_is_not_flagged_as_neither():
    text = "绵阳市司法局2024年法治政府建设年度报告\n2024年，我局举办法治培训4期，取得明显成效。\n"
    n = normalize(text)
    assert "unknown_doc_type" not in {q.issue for q in assess(n, profile(n.text), outline(n.text))}


def test_brand_search_from_suffixes_equals_the_plain_scan():
    import random

    from etl.quality import _BRAND_RE, _brand_matches

    rng = random.Random(7)
    alphabet = "体育娱乐棋牌彩票电竞真人三昇开云局厅和 "
    texts = ["三昇体育体育娱乐开云体育真人棋牌", "体育体育体育体育", "市体育局和开云体育"]
    texts += ["".join(rng.choice(alphabet) for _ in range(40)) for _ in range(2000)]
    for t in texts:
        assert [m.span() for m in _brand_matches(t)] == [m.span() for m in _BRAND_RE.finditer(t)], t
    assert [m.group() for m in _brand_matches("在开云体育注册")] == ["开云体育"]


def test_spam_terms_match_in_any_case_like_an_ignorecase_pattern():
    import random
    import re

    from etl.quality import _caseless, _spam_re
    from etl.registry import spam_terms

    assert len(find_spam("访问BET365与Bet365及365bet")) == 3
    terms = sorted(spam_terms(), key=len, reverse=True)
    plain = re.compile("|".join(map(re.escape, terms)), re.I)
    rng = random.Random(5)
    pieces = terms + ["BET", "365", "bEt365", "开云", "体育", "k", "ſ", " "]
    for _ in range(2000):
        t = "".join(rng.choice(pieces) for _ in range(8))
        assert [m.span() for m in _spam_re().finditer(t)] == [m.span() for m in plain.finditer(t)], t
    # re.I lets the long s stand for s; the expansion keeps that
    for term, text in [("sky", "\u017fKY"), ("abc", "ABC"), ("bet365", "BeT365")]:
        rx = re.compile("|".join(_caseless(term)))
        assert bool(rx.fullmatch(text)) == bool(re.fullmatch(term, text, re.I)) is True


def test_gap_search_from_space_runs_equals_the_pattern():
    import random

    from etl.quality import GAP_RE, find_gaps

    rng = random.Random(3)
    for _ in range(2000):
        t = "".join(rng.choice("法治 a1，  政府") for _ in range(30))
        assert find_gaps(t) == [m.span() for m in GAP_RE.finditer(t)], t


def test_mojibake_of_a_wrong_decode_is_garbled_text():
    text = "某局2023年报告\n组织开展行政检查1\ufffd5次，锟斤拷办理许可3件。\n"
    norm = normalize(text)
    issues = {q.issue: q.count for q in assess(norm, profile(norm.text), outline(norm.text), "utf-8", [])}
    assert issues.get("garbled_chars") == 2


@pytest.mark.parametrize("text", [
    "审批高危险性体育项目经营许可3件", "宣贯体育法，贯彻新体育法和修订后体育法", "发展残疾人体育和老年人体育",
    "培育群众性体育组织", "中国体育彩票", "全民健身和青少年体育",
])
def test_sports_wording_is_not_a_gambling_brand(text):
    assert find_spam(text) == []


def test_chrome_above_and_below_the_body_is_one_web_page():
    text = ("您所在的位置：首页 > 政务公开\n某市司法局2023年法治政府建设年度报告\n一、主要成效\n办理行政许可5件。\n"
            "【打印本页】 【关闭窗口】\n版权所有：某市司法局\n")
    norm = normalize(text)
    issues = {q.issue: q.count for q in assess(norm, profile(norm.text), outline(norm.text), "utf-8", [])}
    assert issues.get("web_boilerplate") == 1 and "您所在的位置" not in norm.text and "关闭窗口" not in norm.text


def test_two_units_a_table_cell_holds_as_two_paragraphs_are_no_gap():
    text = "序号\t工作任务\t牵头单位\n1\t审核文件。\t政策法规处 办公室\n2\t开展培训\t人事 处\n"
    gaps = find_gaps(text)
    assert [text[s - 2:e + 1] for s, e in gaps] == ["人事 处"]


def test_runs_of_question_marks_for_lost_characters_count_once_each():
    text = "某局2024年报告\n开展打击欺诈？？医保基金专项整治，组织飞行检？3次，开展宣传??活动。举办“医保政策知多少？”知识竞赛。\n"
    norm = normalize(text)
    issues = {q.issue: q.count for q in assess(norm, profile(norm.text), outline(norm.text), "utf-8", [])}
    assert issues.get("garbled_chars") == 3



def test_a_header_line_of_document_number_unit_and_date_has_no_gap():
    text = "青审发〔2021〕42号  青岛市审计局  2021年11月5日\n为推进审计机关法治建设，制定本实施细则。\n"
    assert find_gaps(text) == []



def test_the_space_after_a_caption_s_label_is_no_gap():
    text = "附表 委本级主要法治工作指标对比\n表1 2024年主要数据\n全面推进 建设各项工作\n"
    assert [text[s - 2:e + 2] for s, e in find_gaps(text)] == ["推进 建设"]



def test_a_credit_line_is_no_gap():
    assert find_gaps("（供稿：法治宣传科　审核：刘××）\n".replace("　", " ")) == []


def test_a_title_year_the_body_and_signature_contradict_is_flagged():
    text = "宾川县农业农村局2023年法治政府建设工作报告\n\n2024年，我局作出行政处罚案件38件。\n\n宾川县农业农村局\n2025年1月10日\n"
    n = normalize(text)
    found = {q.issue: q for q in assess(n, profile(n.text), outline(n.text))}
    assert found["year_conflict"].example == "标题2023年，正文2024年，落款2025-01"


def test_a_two_character_table_cell_spaced_to_its_column_is_no_missing_word():
    from etl.quality import find_gaps
    assert find_gaps("项目\t上半年\t全 年\n受理投诉举报（件）\t4,106\t8,642\n") == []
    assert find_gaps("加强 监管\t12\n") != []  # a gap inside a longer cell still counts


def test_a_speaker_line_setting_the_name_apart_is_no_missing_word():
    from etl.quality import find_gaps
    assert find_gaps("述职人：街道党工委副书记、办事处主任 陈××\n") == []  # (full-width spaces are normalized to these)


def test_a_heading_number_without_its_mark_is_no_gap_of_cut_words():
    text = "某县市场监督管理局2024年法治政府建设工作报告\n一、主要工作\n二 存在的问题\n　　一是执法力量不足。\n"
    assert find_gaps(text) == []
