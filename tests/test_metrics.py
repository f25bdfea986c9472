"""Metric extraction: real seed sentences, unseen-style sentences, traps, forward-looking parts and a quote property."""
from __future__ import annotations

import csv
import re

import pytest
from conftest import seed_text
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from etl import metrics
from etl.metrics import FIGURE_RE, SPEC_DIR, extract_metrics, load_registry, target_spans
from etl.normalize import normalize

A, T = "actual", "target"


def run(sentence: str, doc_type: str | None = "report", year: int | None = 2023, spans=()):
    """Normalize a sentence, extract its metrics and check every quote cuts out its own text."""
    text = normalize(sentence).text
    found = extract_metrics(text, doc_type=doc_type, year=year, target_spans=spans)
    for m in found:
        assert text[m.start:m.end] == m.quote and m.quote
    return text, found


def spanned_metrics(text: str, year: int, doc_type: str = "plan"):
    """A document's metrics with the target spans the pipeline would give it (a plan unless doc_type says otherwise)."""
    norm = normalize(text).text
    return extract_metrics(norm, doc_type=doc_type, year=year, target_spans=target_spans(norm, doc_type, year=year))


def facts(found) -> list[tuple]:
    return sorted((m.code, m.value, m.qualifier, m.kind) for m in found)


@pytest.fixture(scope="module")
def seed_norm() -> dict[str, str]:
    return {p: normalize(seed_text(p)).text for p in ("000", "001", "002", "003", "004")}


# sentences cut verbatim from the normalized seeds, with every figure they must give and nothing more
SEED_SENTENCES = [
    ("001", "report", "权责清单共有职权事项53项，包括行政许可事项12项、行政处罚事项22项、行政征收事项1项、行政检查事项5项、其他权力事项13项；",
     [("inspection_items", 5, "exact", A), ("levy_items", 1, "exact", A), ("license_items", 12, "exact", A),
      ("other_power_items", 13, "exact", A), ("penalty_items", 22, "exact", A), ("power_list_items", 53, "exact", A)]),
    ("001", "report", "政务服务实施清单共有实施事项59项，包括行政许可事项42项、公共服务事项1项、行政征收1项、其他权力事项15项。",
     [("levy_items", 1, "exact", A), ("license_items", 42, "exact", A), ("other_power_items", 15, "exact", A),
      ("public_service_items", 1, "exact", A), ("service_items", 59, "exact", A)]),
    ("001", "report", "核发中华人民共和国无线电台执照19203份（其中纸质版44份，电子版19159份）",
     [("certificates_issued", 44, "exact", A), ("certificates_issued", 19159, "exact", A),
      ("certificates_issued", 19203, "exact", A)]),
    ("001", "report", "一窗受理率、零跑动事项占比率两项指标均达到100%；减时间比率超过 95%，网办深度占比率达四级；",
     [("one_window_rate", 100, "exact", A), ("time_reduction_rate", 95, "gt", A), ("zero_trip_rate", 100, "exact", A)]),
    ("001", "report", "按规定对两件行政规范性文件进行了实施后评估，清理废止了行政规范性文件5件。",
     [("normative_docs_evaluated", 2, "exact", A), ("normative_docs_repealed", 5, "exact", A)]),
    ("001", "report", "2024年，没有因具体行政行为被申请行政复议和提起行政诉讼的情况。",
     [("litigation_cases", 0, "exact", A), ("reconsideration_cases", 0, "exact", A)]),
    ("001", "report", "不存在执法人员在执法违法执法和乱罚款的问题现象，没有收到执法问题的举报投诉。",
     [("complaint_reports", 0, "exact", A)]),
    ("001", "report", "2024年，我局共收到清远市12345政府服务热线转来案件7件；", [("hotline_cases", 7, "exact", A)]),
    ("001", "report", "2024年，共收到11件人大建议和62件政协提案，均按时回复处理，未收到不满意的反馈情况。",
     [("cppcc_proposals", 62, "exact", A), ("npc_suggestions", 11, "exact", A)]),
    ("001", "report", "累计转载和发布信息580余条。其中转载发布政策解读信息7条，共参加了1次新闻发布会，举办了7场产业沙龙座谈会",
     [("policy_interpretations", 7, "exact", A), ("press_conferences", 1, "exact", A),
      ("proactive_disclosures", 580, "approx", A), ("symposiums", 7, "exact", A)]),
    ("002", "report", "梳理政务服务9项，线上汇聚3959次，满意率100%，线下“一窗受理”率、企业和群众满意率等均达100%。",
     [("one_window_rate", 100, "exact", A), ("online_services", 3959, "exact", A),
      ("satisfaction_rate", 100, "exact", A), ("service_items", 9, "exact", A)]),
    ("002", "report", "办理被复议案件2件，1件维持，1件正在审理中；办理行政应诉案件1件",
     [("litigation_cases", 1, "exact", A), ("reconsideration_cases", 2, "exact", A),
      ("reconsideration_pending", 1, "exact", A), ("reconsideration_upheld", 1, "exact", A)]),
    ("002", "report", "向34个承接主体委托下放行政许可3项、行政处罚2项、行政确认1项。",
     [("confirmation_items", 1, "exact", A), ("delegated_recipients", 34, "exact", A),
      ("license_items", 3, "exact", A), ("penalty_items", 2, "exact", A)]),
    ("002", "report", "6个事项实现“双随机、一公开”联合抽查383家，3个事项探索开展跨部门综合监管。",
     [("joint_supervision_items", 3, "exact", A), ("random_check_entities", 383, "exact", A),
      ("random_check_items", 6, "exact", A)]),
    ("002", "report", "将普法宣贯与政策解读融合，先后在德州、枣庄等市举办6场，为200余家企业法治体检。",
     [("enterprises_served", 200, "approx", A), ("outreach_events", 6, "exact", A)]),
    ("002", "report", "办理行政许可289件，行政收费13次，行政检查5次；",
     [("fee_collections", 13, "exact", A), ("inspections", 5, "exact", A), ("license_cases", 289, "exact", A)]),
    ("002", "report", "主动公开5900余条，办理政府信息公开申请21件，召开新闻发布会、政策吹风会34场，央媒报道57条（篇）。",
     [("disclosure_requests", 21, "exact", A), ("media_reports", 57, "exact", A),
      ("press_conferences", 34, "exact", A), ("proactive_disclosures", 5900, "approx", A)]),
    ("003", "plan", "完善委理论学习中心组集中学法制度，每年不少于5次。", [("law_study_sessions", 5, "at_least", T)]),
    ("003", "plan", "每年至少开展专题讲座二次。", [("law_lectures", 2, "at_least", T)]),
    ("003", "plan", "每年至少组织全委机关干部依法行政知识测试一次。", [("law_tests", 1, "at_least", T)]),
    ("003", "plan", "政策法规处每2年牵头进行一次集中清理。", [("cleanup_interval_years", 2, "exact", T)]),
    ("003", "plan", "规范性文件有效期设定一般不超过5年。凡是标注“试行”、“暂行”的，有效期一般为2年。",
     [("normative_doc_validity_years", 2, "exact", T), ("normative_doc_validity_years", 5, "at_most", T)]),
    ("003", "plan", "将法治机关建设考核纳入目标管理责任考核体系中，且所占比重不低于10%", [("assessment_weight_pct", 10, "at_least", T)]),
    ("000", "plan", "年度内举办一期以上领导班子学法培训", [("law_trainings", 1, "at_least", T)]),
    ("004", "plan", "将办结时限由法定的20个工作日压缩为即时受理即时办结", [("approval_time_limit_days", 20, "exact", T)]),
]


@pytest.mark.parametrize("prefix, doc_type, sentence, expected", SEED_SENTENCES)
def test_seed_sentences(seed_norm, prefix, doc_type, sentence, expected):
    assert sentence in seed_norm[prefix], "the case must stay a verbatim sentence of the seed"
    _, found = run(sentence, doc_type)
    assert facts(found) == sorted(expected)


# sentences in the style of other provinces, departments and years (ASCII punctuation on purpose)
UNSEEN_SENTENCES = [
    # an outcome with no code of its own (撤销) is a part of the total, not more cases
    ("全年共办理行政复议案件15件,其中维持10件,撤销2件.",
     [("other", 2, "exact", A), ("reconsideration_cases", 15, "exact", A), ("reconsideration_upheld", 10, "exact", A)]),
    ("2023年全市共立案查处违法案件46.6万宗,罚没款12.5亿元。",
     [("other", 1_250_000_000, "exact", A), ("penalty_cases", 466_000, "exact", A)]),
    ("办理人大代表建议、政协提案分别为15件、20件。", [("cppcc_proposals", 20, "exact", A), ("npc_suggestions", 15, "exact", A)]),
    ("考试参考率、通过率和优秀率100%。", [("other", 100, "exact", A)] * 3),
    ("行政审批事项由16个减至14个。", [("license_items", 14, "exact", A), ("license_items", 16, "exact", A)]),
    ("全年未发生行政复议和行政诉讼案件。", [("litigation_cases", 0, "exact", A), ("reconsideration_cases", 0, "exact", A)]),
    ("本年度无信访案件。", [("petition_cases", 0, "exact", A)]),
    ("受理政府信息公开申请1,234件,按时办结率99.8%。",
     [("disclosure_requests", 1234, "exact", A), ("other", 99.8, "exact", A)]),
    ("网上可办率、全程网办率分别达到100%和95.5%。", [("other", 95.5, "exact", A), ("other", 100, "exact", A)]),
    ("开展执法检查120余次,出动执法人员600余人次。", [("inspections", 120, "approx", A), ("other", 600, "approx", A)]),
    ("全年共收到行政复议申请25件;其中,作出维持决定14件。",
     [("reconsideration_cases", 25, "exact", A), ("reconsideration_upheld", 14, "exact", A)]),
    ("组织两次法治培训,开展普法活动不少于10场。", [("law_trainings", 2, "exact", A), ("outreach_events", 10, "at_least", A)]),
    ("累计发放宣传资料30余万份。", [("other", 300_000, "approx", A)]),
    ("全年办理12345热线工单1,863件,群众满意度98.6%。", [("hotline_cases", 1863, "exact", A), ("satisfaction_rate", 98.6, "exact", A)]),
    ("审核规范性文件12件、合同协议35份。", [("legality_reviews", 12, "exact", A), ("legality_reviews", 35, "exact", A)]),
    # the shared verb may come before the first item: 审查 vetoes 规范性文件 as 制定
    ("全年审查合同协议35份、规范性文件12件。", [("legality_reviews", 12, "exact", A), ("legality_reviews", 35, "exact", A)]),
    ("制定规范性文件3件、清理规范性文件47件。",
     [("normative_docs_issued", 3, "exact", A), ("policy_docs_cleaned", 47, "exact", A)]),
    ("全年共制发行政规范性文件5件,报备率、及时率、规范率均达100%。",
     [("normative_docs_issued", 5, "exact", A)] + [("other", 100, "exact", A)] * 3),
    ("组织领导干部旁听庭审2次,举办法治讲座3场,开展学法考试1次。",
     [("court_hearing_visits", 2, "exact", A), ("law_lectures", 3, "exact", A), ("law_tests", 1, "exact", A)]),
    ("将审批时限压缩至3个工作日,即办件占比超过80%。",
     [("approval_time_limit_days", 3, "exact", A), ("other", 80, "gt", A)]),
    ("行政诉讼案件已拓展到50多个行政管理领域。", []),  # the fields counted are no cases, nor a figure of any work
    ("二〇二三年,我局共办理行政许可两千余件。", [("license_cases", 2000, "approx", A)]),
    # the audience reached is not an activity of the unit
    ("全区累计开展各类普法活动1200余场次,受众约1.5万人次。", [("outreach_events", 1200, "approx", A)]),
    ("行政复议案件直接纠错率为百分之十二。", [("other", 12, "exact", A)]),
    ("全年信访案件为零,行政诉讼案件均为0。", [("litigation_cases", 0, "exact", A), ("petition_cases", 0, "exact", A)]),
    ("县级权责清单事项4,567项,乡镇(街道)赋权事项85项。", [("other", 85, "exact", A), ("power_list_items", 4567, "exact", A)]),
    ("“最多跑一次”事项占比96%。", [("other", 96, "exact", A)]),
    ("共收到行政复议申请46件,其中维持28件,直接纠错率17.5%。",
     [("other", 17.5, "exact", A), ("reconsideration_cases", 46, "exact", A), ("reconsideration_upheld", 28, "exact", A)]),
    ("组织全县2,000余名行政执法人员参加网上学法考试。", [("other", 2000, "approx", A)]),
    ("查办各类案件1,234件,罚没款567.8万元。", [("other", 5_678_000, "exact", A), ("penalty_cases", 1234, "exact", A)]),
    # an outcome of its own (修改, 保留) is not the 废止 of its neighbour
    ("清理行政规范性文件56件,废止8件、修改6件、保留42件。",
     [("normative_docs_repealed", 8, "exact", A), ("other", 6, "exact", A), ("other", 42, "exact", A),
      ("policy_docs_cleaned", 56, "exact", A)]),
    ("宣布失效4件,修订7件。", [("normative_docs_repealed", 4, "exact", A), ("other", 7, "exact", A)]),
    # a difference from last year is no count of the indicator
    ("全年共办理依申请公开事项37件,较去年增加5件。", [("disclosure_requests", 37, "exact", A)]),
    ("信访案件同比减少3起。", []),
    ("新设立市场主体18.6万户，同比增长12.3%。", []),  # the economy, not the unit's rule-of-law work
    ("行政复议纠错率同比下降3个百分点，增幅达22.4%。", []),
    ("共受理信访件36件，较2022年的42件减少6件。", [("petition_cases", 36, "exact", A)]),
    ("办理行政处罚案件120件，比上年同期的98件增加22件。", [("penalty_cases", 120, "exact", A)]),
    ("行政复议纠错率提高到95%。", [("other", 95, "exact", A)]),
    ("行政复议案件152件，增长18.5%，办结率达98%，提高2.1个百分点。",
     [("reconsideration_cases", 152, "exact", A), ("other", 98, "exact", A)]),
    ("受理行政复议申请45件，上年同期为38件。", [("reconsideration_cases", 45, "exact", A)]),
    ("围绕全市经营主体，开展双随机抽查企业1200户次。", [("random_check_entities", 1200, "exact", A)]),
    ("行政诉讼案件从2022年的15件减少到2023年的9件。", [("litigation_cases", 9, "exact", A)]),
    ("收到行政复议申请20件，其中维持15件，纠错3件。",
     [("reconsideration_cases", 20, "exact", A), ("reconsideration_upheld", 15, "exact", A), ("other", 3, "exact", A)]),
    ("承办市人大代表建议和市政协提案共63件，其中人大代表建议26件、政协提案37件。",
     [("cppcc_proposals", 37, "exact", A), ("npc_suggestions", 26, "exact", A), ("other", 63, "exact", A)]),
    ("实施“双随机、一公开”抽查事项9项，抽查对象213个。",
     [("random_check_entities", 213, "exact", A), ("random_check_items", 9, "exact", A)]),
    ("路面执法检查车辆3.6万辆次。", [("inspections", 36000, "exact", A)]),
    # calls answered on a sector hotline (12366) are no work orders passed on by 12345
    ("12366纳税服务热线接听来电25.3万通，受理12345热线诉求6,210单。",
     [("hotline_cases", 6210, "exact", A), ("other", 253000, "exact", A)]),
    ("开展宪法宣传周活动12场，“税法进企业”等活动45场。", [("outreach_events", 12, "exact", A), ("outreach_events", 45, "exact", A)]),
    ("办理依申请政府信息公开12件。", [("disclosure_requests", 12, "exact", A)]),
    ("对轻微违法行为不予处罚案件1,025件，作出行政处罚决定123件。", [("other", 1025, "exact", A), ("penalty_cases", 123, "exact", A)]),
    ("办理食品经营许可1.93万件。", [("license_cases", 19300, "exact", A)]),
    ("备案审查各地各部门报送的规范性文件312件。", [("other", 312, "exact", A)]),
    ("将审批时限压缩至3个工作日内。", [("approval_time_limit_days", 3, "exact", A)]),
    ("全年办理行政许可突破1000件。", [("license_cases", 1000, "gt", A)]),
    ("制定重大行政决策事项目录，确定决策事项7项。", [("major_decisions", 7, "exact", A)]),
    ("对1项以上重大行政决策开展决策后评估。", [("other", 1, "at_least", A)]),
    # 双随机 results name the 市场主体 checked: only a count of all that exist is the economy
    ("通过“双随机、一公开”抽查各类市场主体326户。", [("random_check_entities", 326, "exact", A)]),
    ("开展普法宣传活动三十场次，受理群众来信来访二十件次。", [("outreach_events", 30, "exact", A), ("petition_cases", 20, "exact", A)]),
    ("全年作出行政处罚决定书125份，收到行政复议申请书17份。", [("penalty_cases", 125, "exact", A), ("reconsideration_cases", 17, "exact", A)]),
    ("全年未制定行政规范性文件，未作出重大行政决策。", [("major_decisions", 0, "exact", A), ("normative_docs_issued", 0, "exact", A)]),
    ("全年未发生到省进京信访。", []),
    ("开展规范性文件清理，废止8件、修改5件、继续有效62件。",
     [("normative_docs_repealed", 8, "exact", A), ("other", 5, "exact", A), ("other", 62, "exact", A)]),
    ("印发其他政策性文件15份，综合窗口“一窗受理”比例达95%以上，办理时限压减比例达到70.5%。",
     [("one_window_rate", 95, "at_least", A), ("other_policy_docs", 15, "exact", A), ("time_reduction_rate", 70.5, "exact", A)]),
    ("承办政协第十三届委员会第二次会议提案18件。", [("cppcc_proposals", 18, "exact", A)]),
    ("对21项证明事项实行告知承诺制。", [("notification_commitment_items", 21, "exact", A)]),
    ("对重大行政决策、规范性文件和合同开展合法性审核135件。", [("legality_reviews", 135, "exact", A)]),
    ("对申请材料齐全的，承诺3个工作日内办结。", [("approval_time_limit_days", 3, "exact", A)]),
    ("企业开办全流程1个工作日内办结。", [("approval_time_limit_days", 1, "exact", A)]),
    ("组织开展法治讲座2场、知识竞赛1场。", [("law_lectures", 2, "exact", A), ("other", 1, "exact", A)]),
    ("其他类权力事项9项，为56家民营企业提供法律咨询服务。",
     [("enterprises_served", 56, "exact", A), ("other_power_items", 9, "exact", A)]),
    ("全年举办新闻发布会、媒体通气会分别为5场和3场，处理局长信箱来信45件。",
     [("online_messages", 45, "exact", A), ("press_conferences", 3, "exact", A), ("press_conferences", 5, "exact", A)]),
    ("向15个乡镇（街道）委托下放行政许可事项87项。", [("delegated_recipients", 15, "exact", A), ("license_items", 87, "exact", A)]),
    ("开展部门联合“双随机”抽查，检查企业85家；全年随机抽取检查对象326家。",
     [("random_check_entities", 326, "exact", A), ("random_check_entities", 85, "exact", A)]),
    ("推行证明事项告知承诺制，涉及事项58个。", [("notification_commitment_items", 58, "exact", A)]),
    ("全年“一网通办”办件3.2万余件，政务服务好评率100%，企业开办时间压缩至1个工作日。",
     [("approval_time_limit_days", 1, "exact", A), ("online_services", 32000, "approx", A), ("satisfaction_rate", 100, "exact", A)]),
    ("权责清单包括行政许可10项、行政征收2项。", [("levy_items", 2, "exact", A), ("license_items", 10, "exact", A)]),
    ("行政检查事项由原来的45项精简至32项。", [("inspection_items", 32, "exact", A), ("inspection_items", 45, "exact", A)]),
    ("全年受理、办结行政许可分别为1530件和1528件。", [("license_cases", 1528, "exact", A), ("license_cases", 1530, "exact", A)]),
    ("行政许可15项、行政处罚120项、行政强制6项。",
     [("license_items", 15, "exact", A), ("other", 6, "exact", A), ("penalty_items", 120, "exact", A)]),
    ("组织开展行政检查1\ufffd5次。", []),  # a digit was lost: the value is unknown
    ("许可事项承诺办结时限平均压缩60%。", [("time_reduction_rate", 60, "exact", A)]),
    # checks of the administration itself are not inspections of those it regulates
    ("开展执法监督检查3次，组织“八五”普法中期检查1次。", [("other", 3, "exact", A), ("other", 1, "exact", A)]),
    # a clause naming its own action and object does not take the topic of the clause before it
    ("召开新闻发布会5场，回应社会关切20次。", [("press_conferences", 5, "exact", A), ("other", 20, "exact", A)]),
    ("集中学法8次，举办农民工公益法律服务行动12场。", [("law_study_sessions", 8, "exact", A), ("other", 12, "exact", A)]),
    ("全区新申领行政执法证件156本，注销32本。", [("enforcement_certificates", 156, "exact", A), ("other", 32, "exact", A)]),
    ("受理行政许可申请58件，办结56件。", [("license_cases", 58, "exact", A), ("license_cases", 56, "exact", A)]),
    ("建立台账3本，通过线上平台受理投诉举报100件。", [("other", 3, "exact", A), ("complaint_reports", 100, "exact", A)]),
    ("领导干部每年参加法治培训不少于40学时。", [("other", 40, "at_least", A)]),
    # a Chinese numeral 一百一十二 is no 一户一档 pattern
    ("承办政协提案一百一十二件，主动公开政府信息一千一百五十条。",
     [("cppcc_proposals", 112, "exact", A), ("proactive_disclosures", 1150, "exact", A)]),
    ("推行一户一档管理，建立台账12本。", [("other", 12, "exact", A)]),
    # what became of information requests is a part of them, not more requests
    ("收到政府信息公开申请48件，其中予以公开21件、部分公开6件、信息不存在12件、不属于本机关公开4件、无法提供5件。",
     [("disclosure_requests", 48, "exact", A), ("other", 4, "exact", A), ("other", 5, "exact", A),
      ("other", 6, "exact", A), ("other", 12, "exact", A), ("other", 21, "exact", A)]),
    # a head's appearances in court are not the lawsuits the government answered
    ("以市政府为被告的行政应诉案件96件，市政府主要负责同志带头出庭应诉行政诉讼案件2件。",
     [("litigation_cases", 96, "exact", A), ("other", 2, "exact", A)]),
    ("建成公共法律服务实体平台1,203个。", [("other", 1203, "exact", A)]),
    ("细化裁量标准612项。", [("discretion_benchmark_items", 612, "exact", A)]),
    # the quoted names of activities do not decide what 等活动 counts
    ("组织开展“建设者法治讲堂”“送法进工地”等活动320场。", [("outreach_events", 320, "exact", A)]),
    # a time limit cut to 40% of the legal one is not a 40% cut
    ("承诺办结时限压缩至法定时限的40%以内。", [("other", 40, "at_most", A)]),
    ("选取3至5家A级旅游景区开展“法治体检”。", [("enterprises_served", 3, "at_least", A)]),
    # what a counted document's title is about is no indicator (《…许可管理办法》等规范性文件5件 are documents)
    ("制定出台《农作物种子生产经营许可管理办法》等行政规范性文件5件，修订《行政处罚裁量基准》等规范性文件3件。",
     [("normative_docs_issued", 5, "exact", A), ("other", 3, "exact", A)]),
    ("组织学习《行政许可法》专题讲座3场。", [("law_lectures", 3, "exact", A)]),
    # every institution of a city covered is the population, not the number drawn at random
    ("“双随机、一公开”抽查定点医药机构120家；对全市1,863家定点医药机构实现现场检查全覆盖。",
     [("other", 1863, "exact", A), ("random_check_entities", 120, "exact", A)]),
    ("修订行政处罚裁量基准，细化裁量事项31项。", [("discretion_benchmark_items", 31, "exact", A)]),
    ("全年开展普法活动超120场，主动公开政府信息超1.5万条。",
     [("outreach_events", 120, "gt", A), ("proactive_disclosures", 15000, "gt", A)]),
    # a sentence naming the economy still counts the work done in it (服务外贸企业), never its stock of firms
    ("全年服务外贸企业200家，为进出口企业提供合规指导，对新设立企业开展“双随机、一公开”抽查120家。",
     [("enterprises_served", 200, "exact", A), ("random_check_entities", 120, "exact", A)]),
    ("全市外贸企业2,300家，进出口总额1,200亿元。", []),
    ("做好对外贸易经营者备案工作，检查拍卖企业126家。", [("other", 126, "exact", A)]),
    # an outcome that names the parent's cases again is a part of them, not more of them
    ("受理政府采购投诉28件，其中驳回投诉19件、投诉事项成立7件、申请人撤回投诉2件。",
     [("complaint_reports", 28, "exact", A), ("other", 2, "exact", A), ("other", 7, "exact", A),
      ("other", 19, "exact", A)]),
    ("被申请行政复议3件，其中驳回复议申请1件、维持2件。",
     [("other", 1, "exact", A), ("reconsideration_cases", 3, "exact", A), ("reconsideration_upheld", 2, "exact", A)]),
    # 注销 as one kind of application in a list is no revocation
    ("办理社会组织成立、变更、注销登记等行政许可86件，受理行政许可申请（含新办、变更、延续、注销）312件。",
     [("license_cases", 86, "exact", A), ("license_cases", 312, "exact", A)]),
    ("注销行政许可5件。", [("other", 5, "exact", A)]),
    ("印发重大行政决策事项目录，将3项事项纳入目录管理。", [("major_decisions", 3, "exact", A)]),
    ("法律顾问全年参与重大决策论证、合同审查等法律事务95件次。", [("other", 95, "exact", A)]),
    ("法律顾问参与审查合同、处理涉法事务等31件次。", [("other", 31, "exact", A)]),
    # the older era's wording: 行政职权 are the power list; items devolved after the approval items named before;
    # the decisions a count names first, whatever procedures follow; the total kept after a reform is no part of it
    ("2016年，我局取消行政审批事项6项，下放县级国土资源部门实施9项。",
     [("license_items", 6, "exact", A), ("license_items", 9, "exact", A)]),
    ("经审核确认后向社会公布行政职权186项。", [("power_list_items", 186, "exact", A)]),
    ("全年3项重大行政决策事项均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。",
     [("major_decisions", 3, "exact", A)]),
    ("对126个采矿权人开展随机抽查。", [("random_check_entities", 126, "exact", A)]),
    # departments stationed in a service centre are no service items
    ("全县政务服务中心进驻政务服务事项532项，进驻部门32个。", [("other", 32, "exact", A), ("service_items", 532, "exact", A)]),
    # in a sentence about random checks the entities checked are its entities; visits counted in 家次 are checks
    ("开展“双随机、一公开”抽查事项38个，检查市场主体612家。",
     [("random_check_items", 38, "exact", A), ("random_check_entities", 612, "exact", A)]),
    ("落实“双随机、一公开”监管，全年抽查经营主体300户，对食品生产经营主体开展监督检查1200家次。",
     [("random_check_entities", 300, "exact", A), ("inspections", 1200, "exact", A)]),
    # …but a check whose breakdown names the random checks is all the checks
    ("全市开展环境执法检查3,215家次，其中“双随机、一公开”抽查企业486家。",
     [("inspections", 3215, "exact", A), ("random_check_entities", 486, "exact", A)]),
    ("深入企业开展“法治体检”，为100家以上中小微企业提供合规指导。", [("enterprises_served", 100, "at_least", A)]),
    # a generic word (审核) does not take a part from its parent
    ("受理气象行政许可28件，其中雷电防护装置设计审核11件、竣工验收14件。",
     [("license_cases", 11, "exact", A), ("license_cases", 14, "exact", A), ("license_cases", 28, "exact", A)]),
    ("办理行政许可申请1,300件，其中不予许可27件；作出不予行政许可决定28件。",
     [("license_cases", 1300, "exact", A), ("other", 27, "exact", A), ("other", 28, "exact", A)]),
    ("全年共办理烟草专卖零售许可证申请58,316件，核发许可证12,439份。",
     [("certificates_issued", 12439, "exact", A), ("license_cases", 58316, "exact", A)]),
    ("全年对310家单位开展“双随机、一公开”抽查。", [("random_check_entities", 310, "exact", A)]),
    ("市直51个部门参加考评。", []),
    ("举办“企业合规大讲堂”等普法活动19场。", [("outreach_events", 19, "exact", A)]),
    ("审批时间压缩71%以上，企业开办时间压减72%。", [("time_reduction_rate", 71, "at_least", A), ("time_reduction_rate", 72, "exact", A)]),
    # a 信访局's own name names no petitions
    ("全年未发生以市信访局为被申请人的行政复议案件和行政诉讼案件。",
     [("litigation_cases", 0, "exact", A), ("reconsideration_cases", 0, "exact", A)]),
    ("市信访局受理群众来信1,234件。", [("petition_cases", 1234, "exact", A)]),
    # the verb after a list (对…和…开展合法性审核) is every item's
    ("对11件规范性文件和32份合同协议开展合法性审核，对14份合同协议和15件规范性文件进行合法性审查。",
     [("legality_reviews", 11, "exact", A), ("legality_reviews", 14, "exact", A), ("legality_reviews", 15, "exact", A),
      ("legality_reviews", 32, "exact", A)]),
    ("制定11件规范性文件和2件政策文件。", [("normative_docs_issued", 11, "exact", A), ("other", 2, "exact", A)]),
    # 编制 the verb (编制公布) is no staffing quota
    ("编制公布政务服务事项目录，36个事项实施告知承诺。", [("notification_commitment_items", 36, "exact", A)]),
    ("核定行政编制28名，在编人员26人。", []),
    ("组织行政执法人员轮训3期。", [("law_trainings", 3, "exact", A)]),
    # a range with its measure on both ends gives its lower bound, once
    ("全年开展普法活动30场至50场，组织讲座2次—3次。", [("law_lectures", 2, "at_least", A), ("outreach_events", 30, "at_least", A)]),
    ("由16个减至14个。", [("other", 14, "exact", A), ("other", 16, "exact", A)]),
    # bare 百/千 before 余 are numbers; 以上 after a percentage in words bounds it; 约 ending a noun is no approximation
    ("开展普法活动百余场，主动公开政府信息千余条。", [("outreach_events", 100, "approx", A), ("proactive_disclosures", 1000, "approx", A)]),
    ("群众满意率达到百分之九十五以上。", [("satisfaction_rate", 95, "at_least", A)]),
    ("审核居民公约16份，开展检查约30次。", [("inspections", 30, "approx", A), ("legality_reviews", 16, "exact", A)]),
    ("千家万户。", []),
    # what did not happen because of an indicator, and a duty not done, are no zero counts of it
    ("全年未发生因重大行政决策引发的群体性事件。个别单位没有落实行政处罚决定公示制度。全年未作出重大行政决策。",
     [("major_decisions", 0, "exact", A)]),
    # reviewing applications and approving assistance are no legality reviews and no licences
    ("全年办理低保审核确认业务3,120件，审核政府采购项目1,862个，审批临时救助2,315件，审核规范性文件12件。",
     [("legality_reviews", 12, "exact", A), ("other", 1862, "exact", A), ("other", 2315, "exact", A),
      ("other", 3120, "exact", A)]),
    # verbs sharing the last item's object in a 分别 list, each with its own verb; a rate names itself
    ("全年委机关受理、办结行政许可分别为1,286件、1,279件。全年制定、废止行政规范性文件分别为5件、3件。",
     [("license_cases", 1279, "exact", A), ("license_cases", 1286, "exact", A), ("normative_docs_issued", 5, "exact", A),
      ("normative_docs_repealed", 3, "exact", A)]),
    ("全年检查、处罚医疗机构分别为5,430户次、358件，办结率、满意率分别为100%、98.9%。",
     [("inspections", 5430, "exact", A), ("other", 100, "exact", A), ("penalty_cases", 358, "exact", A),
      ("satisfaction_rate", 98.9, "exact", A)]),
    # more ways of saying none was issued or received
    ("全年未以街道办事处名义制发行政规范性文件。全年未受理政府信息公开申请。",
     [("disclosure_requests", 0, "exact", A), ("normative_docs_issued", 0, "exact", A)]),
    ("全年无政府信息公开申请。", [("disclosure_requests", 0, "exact", A)]),
    # parts after 其中 set apart by semicolons; a clause of its own after a semicolon is none
    ("全年作出行政处罚决定2,986宗。其中，违法建设类268宗；户外广告类356宗。",
     [("penalty_cases", 268, "exact", A), ("penalty_cases", 356, "exact", A), ("penalty_cases", 2986, "exact", A)]),
    ("全年作出行政处罚决定2,986宗。其中，违法建设类268宗，罚款96万元；户外广告类356宗，罚款12万元。",
     [("other", 120_000, "exact", A), ("other", 960_000, "exact", A), ("penalty_cases", 268, "exact", A),
      ("penalty_cases", 356, "exact", A), ("penalty_cases", 2986, "exact", A)]),
    ("全年办理行政处罚案件102件，其中适用简易程序37件、普通程序65件；对23件首次轻微违法行为依法不予行政处罚。",
     [("other", 23, "exact", A), ("penalty_cases", 37, "exact", A), ("penalty_cases", 65, "exact", A),
      ("penalty_cases", 102, "exact", A)]),
    # digital city-management problems are no penalties; a legality review's time limit is no approval limit
    ("数字城管平台全年立案处置城市管理问题18.6万件。", [("other", 186_000, "exact", A)]),
    ("合法性审核时限原则上不超过7个工作日。", [("other", 7, "at_most", A)]),
    # 审查 in a sentence about the fair-competition review is that review
    ("落实公平竞争审查制度，审查涉及经营主体经济活动的政策措施16件。", [("fair_competition_reviews", 16, "exact", A)]),
    # a zero after a list is each item's
    ("因政府信息公开被申请行政复议、提起行政诉讼0件。", [("litigation_cases", 0, "exact", A), ("reconsideration_cases", 0, "exact", A)]),
    # an outcome joined to the one before it keeps its own verb
    ("厅作为被申请人的行政复议案件12件，其中维持9件、驳回复议申请2件。",
     [("other", 2, "exact", A), ("reconsideration_cases", 12, "exact", A), ("reconsideration_upheld", 9, "exact", A)]),
    # a cap on each inspected body is no count of inspections
    ("同一检查对象年度内现场检查原则上不超过3次，全年开展行政检查不少于120次。", [("inspections", 120, "at_least", A)]),
    # how far cases named before have got is no more of them; licence business is no certificate; a long gap
    ("以省人社厅为被告的行政诉讼案件9件，已审结7件，无败诉案件。", [("litigation_cases", 9, "exact", A), ("other", 7, "exact", A)]),
    ("全省排污许可证核发、变更、延续等事项4.26万件。", [("license_cases", 42_600, "exact", A)]),
    ("对重大工程项目环评审批时限在法定基础上压缩50%以上。", [("time_reduction_rate", 50, "at_least", A)]),
    # issuing verbs and documents; review outlets and letters are no cases; supervising how cases are filed is no penalty
    ("全年签发出入境证件236.5万本，签发普通护照42.6万本。",
     [("certificates_issued", 426_000, "exact", A), ("certificates_issued", 2_365_000, "exact", A)]),
    ("设立行政复议受理点87个，制发行政复议意见书、建议书23份。", [("other", 23, "exact", A), ("other", 87, "exact", A)]),
    ("通过受案立案监督纠正有案不受、有案不立等问题1,128起。", [("other", 1128, "exact", A)]),
    # a bare 百/千 after a bound is a number, 数十 is none; tax bodies count cases in 户次; 办税时间 is a time cut
    ("开展执法巡查上百次，主动公开政府信息逾千条，承办人大代表建议近百件，开展普法活动数十场。",
     [("inspections", 100, "approx", A), ("npc_suggestions", 100, "approx", A), ("proactive_disclosures", 1000, "gt", A)]),
    ("全年作出税务行政处罚决定2,486户次，全市平均办税时间压缩32%。",
     [("penalty_cases", 2486, "exact", A), ("time_reduction_rate", 32, "exact", A)]),
    # signs as qualifiers; a verb alone may name an approval; a shortfall of bodies is no work; 专题课 is a lecture
    ("满意率≥99%，主动公开政府信息≥600条，办理时限≤5个工作日。",
     [("approval_time_limit_days", 5, "at_most", A), ("proactive_disclosures", 600, "at_least", A),
      ("satisfaction_rate", 99, "at_least", A)]),
    ("全年审批建设项目环境影响评价文件168件。", [("license_cases", 168, "exact", A)]),
    ("全县31个乡镇（街道）中仍有9个未配备专职法制审核人员。", []),
    ("主要负责同志为组成部门负责同志讲授法治专题课1次。", [("law_lectures", 1, "exact", A)]),
    # how far the listed work has got is a part without a code of its own
    ("列入目录的重大行政决策事项9项，其中已完成7项，2项因上位政策调整结转至2025年实施。承办人大代表建议128件，其中已办结120件。",
     [("major_decisions", 9, "exact", A), ("npc_suggestions", 128, "exact", A), ("other", 2, "exact", A),
      ("other", 7, "exact", A), ("other", 120, "exact", A)]),

    ("办理信访事项复查复核案件87件，其中维持原处理意见71件、撤销或变更原处理意见16件。",
     [("other", 16, "exact", A), ("other", 71, "exact", A), ("petition_cases", 87, "exact", A)]),
]


@pytest.mark.parametrize("sentence, expected", UNSEEN_SENTENCES)
def test_unseen_style_sentences(sentence, expected):
    _, found = run(sentence)
    assert facts(found) == sorted(expected)


def test_study_sessions_keep_whose_sessions_they_are():
    _, found = run("局党组理论学习中心组全年集体学法不少于4次，局长办公会会前学法不少于6次。", doc_type="plan", year=2025)
    assert [(m.code, m.value, m.scope) for m in found] == [
        ("law_study_sessions", 4, "局党组理论学习中心组全年集体学法"), ("law_study_sessions", 6, "局长办公会会前学法")]


def test_a_rules_row_that_lost_its_columns_is_refused(tmp_path):
    import shutil

    for name in ("metrics.csv", "metric_rules.csv"):
        shutil.copy(SPEC_DIR / name, tmp_path / name)
    rules = (tmp_path / "metric_rules.csv").read_text(encoding="utf-8")
    # an unquoted regex with a comma in it ({0,4}) shifts every column after it
    (tmp_path / "metric_rules.csv").write_text(rules + "bad,map,other,1,件,服务[^，]{0,4}企业,,,,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="rule bad"):
        load_registry(tmp_path)


def test_a_plan_looking_back_states_zeros_of_that_year():
    text = ("某局2024年度法治政府建设工作计划\n2023年，我局共办理信访事项312件，全年未发生行政复议和行政诉讼案件。\n"
            "一、加强学法\n全年集体学法不少于4次，确保不发生行政诉讼败诉案件。\n")
    _, found = run(text, doc_type="plan", year=2024)
    assert sorted((m.code, m.value, m.kind, m.year) for m in found) == [
        ("law_study_sessions", 4, "target", 2024), ("litigation_cases", 0, "actual", 2023),
        ("petition_cases", 312, "actual", 2023), ("reconsideration_cases", 0, "actual", 2023)]


def test_shortfalls_under_a_heading_joined_with_next_year_s_plans_stay_actual():
    text = ("某县气象局2022年度法治建设工作总结\n一、主要工作\n全年开展防雷安全检查42家次。\n二、存在的不足和2023年工作打算\n"
            "我局仍存在一些不足：一是全年仅作出行政处罚决定2件；二是普法覆盖面不广。\n"
            "2023年，我局将全年开展防雷安全检查不少于40家次。\n组织普法活动不少于6场。\n")
    spans = target_spans(normalize(text).text, "report", year=2022)
    _, found = run(text, year=2022, spans=spans)
    assert sorted((m.code, m.value, m.kind, m.year) for m in found) == [
        ("inspections", 40, "target", 2023), ("inspections", 42, "actual", 2022),
        ("outreach_events", 6, "target", 2023), ("penalty_cases", 2, "actual", 2022)]


def test_an_article_label_is_no_part_of_a_study_session_s_scope():
    _, found = run("第二条  局党组理论学习中心组每年集中学法不少于4次。", doc_type="plan", year=2022)
    assert [(m.code, m.scope) for m in found] == [("law_study_sessions", "局党组理论学习中心组每年集中学法")]


def test_a_quote_stops_before_the_lead_note_after_it():
    _, found = run("全年集体学法不少于4次（牵头科室：办公室），主动公开政府信息不少于150条（责任科室：办公室）。",
                   doc_type="plan", year=2024)
    assert [m.quote for m in found] == ["全年集体学法不少于4次", "主动公开政府信息不少于150条"]


def test_shared_predicate_labels_each_rate():
    _, found = run("考试参考率、通过率和优秀率100%。")
    assert [m.label for m in found] == ["考试参考率", "通过率", "优秀率"]
    assert {m.rule for m in found} == {"shared_other"}


def test_rate_labels_keep_their_verbs_and_quotes_their_first_word():
    _, found = run("全年共受理信访事项1,028件，及时受理率100%。")
    rate = next(m for m in found if m.measure == "%")
    assert (rate.code, rate.label, rate.quote) == ("other", "及时受理率", "及时受理率100%")


def test_other_label_is_the_counted_noun():
    _, found = run("推进12个重点项目建设，发现问题36个。")
    assert [(m.code, m.label) for m in found] == [("other", "重点项目建设"), ("other", "发现问题")]


def test_change_keeps_before_and_after():
    _, found = run("行政审批事项由16个减至14个。")
    assert [(m.value, m.scope) for m in found] == [(16, "调整前"), (14, "调整后")]


def test_breakdown_names_its_parent_and_list():
    _, found = run("权责清单共有职权事项53项，包括行政许可事项12项、行政处罚事项22项；")
    by_value = {m.value: m for m in found}
    assert by_value[53].parent_code is None
    assert by_value[12].parent_code == by_value[22].parent_code == "power_list_items"
    assert by_value[12].scope == "权责清单"
    _, found = run("核发无线电台执照19203份（其中纸质版44份，电子版19159份）")
    part = next(m for m in found if m.value == 44)
    assert part.parent_code == "certificates_issued" and part.scope.endswith("纸质版") and part.quote == "其中纸质版44份"


def test_values_multiply_out_and_quote_keeps_the_written_form():
    _, found = run("立案查处违法案件46.6万宗")
    assert len(found) == 1 and found[0].value == 466_000 and found[0].measure == "宗"
    assert "46.6万宗" in found[0].quote


def test_each_figure_of_a_list_quotes_its_own_segment():
    _, found = run("共收到11件人大建议和62件政协提案")
    assert [m.quote for m in found] == ["共收到11件人大建议", "62件政协提案"]


def test_a_figure_right_after_a_colon_quotes_the_words_before_it():
    _, found = run("行政许可：1234件；行政处罚：56件。主要数据：全年办理行政复议3件。")
    assert [m.quote for m in found] == ["行政许可：1234件", "行政处罚：56件", "全年办理行政复议3件"]


def test_quotes_drop_every_enumerator_in_a_row():
    _, found = run("（四）一是办理人大代表建议12件；二是办理政协提案8件。")
    assert [m.quote for m in found] == ["办理人大代表建议12件", "办理政协提案8件"]


def test_a_quote_keeps_a_word_that_ends_in_a_joining_character():
    _, found = run("全市11家企业参与。组织培训3次和")
    assert [m.quote for m in found] == ["全市11家企业参与", "组织培训3次"]


TRAPS = [
    "深入学习贯彻党的二十大和二十届三中全会精神",
    "贯彻落实省委“1310”具体部署，严格落实中央和我省法治建设“一规划两纲要”",
    "严格贯彻落实《广东省优化营商环境三年行动方案（2023-2025年）》",
    "推动省市县镇四级政务服务事项目录同源，完善省、市、县三级主动公开基本目录",
    "全面落实行政执法“三项制度”，积极配合推广“一照通行”“一证多址”改革",
    "甘工信函〔2017〕2号",
    "全面贯彻党的十八大和十八届二中、三中、四中、五中、六中全会和省委第十二届九次会议精神",
    "做好科技创新“十四五”规划编制实施工作，贯彻实施“八五”普法规划",
    "7月18日开展学习研讨，8月1日起施行。",
    "在全国工信领域近5年的案件中筛选",
    "坚持“第一议题”制度，坚持“三联三促、包案化解”",
    "严格执行罚缴分离和收支两条线管理制度",
    "一是建立一项制度，二是形成一批典型案例，三是打造一个品牌",
    "推行“一网通办”，全面推行一次性告知，实现最多跑一次，提供“一号答”“一站式”服务",
    "全省16个市全部建立法律顾问制度",
    "落实中央八项规定精神，增强“四个意识”，做到两个维护",
    "推进省一体化行政执法平台应用，推行一户一档、一案一码",
    "到2020年基本建成法治政府，2023年度法治政府建设工作报告",
    "发布日期：2024-03-01 14:32:50",
    "没有法律法规依据，不得作出减损公民权益的决定",
    "《条例》共5章30条，自公布之日起施行",
    "无一例行政复议被纠错，未发生行政诉讼败诉案件",
    "发布日期：2024-03-20　信息来源：市司法局　阅读次数：1,356次",
    "围绕6个方面明确28项重点任务，细化为12条具体措施",
    "全市实现地区生产总值3256.8亿元，年末常住人口58.6万人，实有经营主体103.5万户",
    "全局持证行政执法人员86名，配备公职律师3人，全市公职律师总数达到128名",
    "组织市直51个部门主要负责人列席，下设3个工作专班，覆盖全市2000余个村（社区），设立工作站12个",
    "获评省级以上荣誉7项，3项工作经验被司法部推广",
    "其中罚没款100万元以上大要案",
    "在2024年办理法律援助案件2,136件的基础上",
    "在5个工作日内作出处理，网站访问量达到56万人次",
    "应当自收到之日起5个工作日内完成审核",
    "全市市场主体总量达到42.5万户，其中企业11.2万户",
    "城乡居民人均可支配收入分别达到45620元和21380元",
    "我局共有内设机构12个，直属单位8个，在职干部职工236人",
]


@pytest.mark.parametrize("sentence", TRAPS)
def test_traps_give_nothing(sentence):
    _, found = run(sentence)
    assert found == ()


def test_hotline_number_is_a_name_but_the_count_after_it_is_not():
    _, found = run("共收到12345政府服务热线转来案件7件")
    assert [(m.code, m.value) for m in found] == [("hotline_cases", 7)]


def test_plan_figures_are_targets_of_the_plan_year():
    _, found = run("年度内举办一期以上领导班子学法培训", doc_type="plan", year=2024)
    assert [(m.kind, m.year) for m in found] == [(T, 2024)]


def test_report_forward_section_is_target_of_next_year(seed_norm):
    text = seed_norm["001"]
    spans = target_spans(text, "report", year=2024)
    assert len(spans) == 1 and text[spans[0][0]:].startswith("五、下一年度推进法治政府建设的主要安排")
    assert spans[0][1] == len(text)
    found = extract_metrics(text, doc_type="report", year=2024, target_spans=spans)
    targets = [m for m in found if m.kind == T]
    assert facts(targets) == sorted([("court_hearing_visits", 1, "exact", T), ("law_study_sessions", 2, "at_least", T),
                                     ("law_trainings", 1, "exact", T), ("law_trainings", 2, "exact", T)])
    assert {m.year for m in targets} == {2025}
    assert next(m for m in found if m.value == 116).kind == A


def test_target_spans_need_a_later_year_or_a_forward_word(seed_norm):
    text = seed_norm["002"]
    spans = target_spans(text, "report")  # the report year is read from the title when not given
    assert len(spans) == 1 and text[spans[0][0]:].startswith("四、2024年主要安排")
    assert target_spans(seed_norm["001"], "report", year=2024)[0][0] > seed_norm["001"].index("四、2024年推进法治政府建设存在的不足")
    assert target_spans(seed_norm["000"], "plan") == []
    report = "2023年工作报告\n一、2023年工作计划执行情况\n办理行政许可5件。\n二、下一步工作打算\n组织培训3次。\n三、其他\n信访案件2件。"
    spans = target_spans(report, "report", year=2023)
    assert [report[a:b].splitlines()[0] for a, b in spans] == ["二、下一步工作打算"]
    kinds = {m.value: m.kind for m in extract_metrics(report, doc_type="report", year=2023, target_spans=spans)}
    assert kinds == {5: A, 3: T, 2: A}


@pytest.mark.parametrize("line", [
    "（二）加强学法。落实《湖州市“八五”普法规划（2021—2025年）》，集体学法12次。",
    "（二）加强普法宣传。制定年度普法工作计划，全年开展普法活动12场。",
    "（三）强化执法监督，为今后执法工作打下基础，全年开展行政检查12次。",
    "二、加强普法宣传。制定年度普法工作计划，全年开展普法活动12场。",
])
def test_a_forward_word_in_the_body_after_a_heading_does_not_make_it_a_target(line):
    text = f"某局2023年法治政府建设情况报告\n一、主要成效\n{line}\n"
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=target_spans(text, "report", year=2023))
    assert [(m.value, m.kind, m.year) for m in found if m.value == 12] == [(12, A, 2023)]


@pytest.mark.parametrize("paragraph", [
    "全年审核文件45件，工作取得实效。下一步，我局将力争全年合法性审核文件不少于60件。",
    "审核文件45件。2024年，我局将组织合法性审核不少于60件。",
    "审核文件45件，明年将开展合法性审核不少于60件。",
])
def test_a_sentence_turning_to_next_year_inside_a_paragraph_is_a_target(paragraph):
    text = f"某局2023年法治政府建设情况报告\n一、主要成效\n{paragraph}\n二、其他\n受理信访2件。\n"
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=target_spans(text, "report", year=2023))
    assert [(m.value, m.kind, m.year) for m in found] == [(45, A, 2023), (60, T, 2024), (2, A, 2023)]


def test_a_forward_heading_with_its_body_on_the_same_line_is_still_a_target():
    text = "某局2023年法治政府建设情况报告\n一、主要成效\n办理许可5件。\n（三）下一步工作打算。全年学法不少于4次。\n"
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=target_spans(text, "report", year=2023))
    assert [(m.value, m.kind, m.year) for m in found] == [(5, A, 2023), (4, T, 2024)]


def test_a_plan_s_look_back_at_last_year_is_what_was_done():
    text = ("龙游县2024年法治政府建设工作要点\n2023年，全县共办理行政复议案件112件，出庭应诉率达到100%。\n"
            "一、加强学法\n全年学法不少于4次。\n")
    found = extract_metrics(text, doc_type="plan", year=2024, target_spans=[])
    assert [(m.value, m.kind, m.year) for m in found] == [(112, A, 2023), (100, A, 2023), (4, T, 2024)]
    for opening in ("去年以来，我局共清理规范性文件58件。", "上一年度共清理规范性文件58件。", "一年来，全县清理规范性文件58件。",
                    "回顾2023年，全县清理规范性文件58件。"):
        found = extract_metrics(f"某县2024年工作要点\n{opening}\n", doc_type="plan", year=2024, target_spans=[])
        assert [(m.value, m.kind, m.year) for m in found] == [(58, A, 2023)], opening


@pytest.mark.parametrize("sentence, scope", [
    ("“十四五”期间累计制定规范性文件45件。", "多年累计"),
    ("2021年以来，累计清理规范性文件45件。", "多年累计"),
    ("近三年共办理行政诉讼案件45件。", "多年累计"),
    ("2023年以来，累计清理规范性文件45件。", None),  # this report's own year
    ("全年累计办理行政许可45件。", None),
    ("2020—2023年，累计办理行政许可45件。", "多年累计"),
    ("本届政府以来，累计办理行政许可45件。", "多年累计"),
    ("“八五”普法启动以来，全市累计开展普法活动45场。", "多年累计"),
    ("七五普法期间，累计开展普法活动45场。", "多年累计"),
])
def test_counts_over_several_years_are_scoped_so_the_year_s_figure_heads(sentence, scope):
    found = extract_metrics(sentence, doc_type="report", year=2023, target_spans=[])
    assert [(m.value, m.scope) for m in found] == [(45, scope)]


def test_a_count_after_a_breakdown_of_money_is_not_part_of_it():
    found = extract_metrics("办理退税缓费186.3亿元，其中增值税留抵退税92.4亿元，惠及纳税人12.8万户。", doc_type="report",
                            year=2023, target_spans=[])
    assert [(m.value, m.parent_code is not None) for m in found] == [(18630000000, False), (9240000000, True),
                                                                      (128000, False)]


def test_a_forward_part_numbered_as_a_part_runs_over_the_headings_under_it():
    text = ("某局2023年法治政府建设情况报告\n第一部分　主要成效\n一、加强学法\n集体学法12次。\n"
            "第二部分　下一步打算\n一、加强学法\n全年学法不少于6次。\n二、规范执法\n开展行政检查不少于20次。\n")
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=target_spans(text, "report", year=2023))
    assert [(m.value, m.kind, m.year) for m in found] == [(12, A, 2023), (6, T, 2024), (20, T, 2024)]


def test_table_rows_with_a_column_of_changes_and_a_label_with_digits():
    text = ("某局2022年法治政府建设年度报告\n指标\t2021年\t2022年\t同比\n信访事项（件）\t312\t287\t-8.0%\n"
            "12345热线工单（件）\t38,210\t43,065\t12.7%\n罚没款（万元）\t12.5\t30\t140%\n")
    found = extract_metrics(text, doc_type="report", year=2022, target_spans=[])
    # the change column is neither a figure of its own nor a year's; a cell with no code is named by its row
    assert [(m.code, m.value, m.year) for m in found] == [("petition_cases", 287, 2022), ("hotline_cases", 43065, 2022),
                                                          ("other", 300_000, 2022)]
    assert found[-1].label == "罚没款"


def test_a_plan_s_opening_with_its_own_year_may_still_look_back():
    text = "某厅2025年法治政府建设工作要点\n2025年是收官之年。2024年，厅本级办理行政复议案件23件。\n一、加强学法\n全年学法不少于4次。\n"
    found = extract_metrics(text, doc_type="plan", year=2025, target_spans=[])
    assert [(m.value, m.kind, m.year) for m in found] == [(23, A, 2024), (4, T, 2025)]


@pytest.mark.parametrize("sentence, kept", [
    ("全年立案侦办刑事案件1.12万起，作出行政处罚决定4.9万件。", [49000]),
    ("破获各类刑事案件1,236起，抓获犯罪嫌疑人2,015名，查处行政案件300件。", [300]),
    ("办理刑事案件法律援助3,215件。", [3215]),  # legal aid in criminal cases is work the unit did
])
def test_crimes_and_suspects_are_not_indicators(sentence, kept):
    found = extract_metrics(sentence, doc_type="report", year=2023, target_spans=[])
    assert [m.value for m in found] == kept


@pytest.mark.parametrize("sentence", ["办理12345热线工单98件，调处矛盾纠纷412件，接报警情1286起。",
                                      "办理12345热线工单9,876件，全市110接报警情128.6万起。"])
def test_police_calls_do_not_borrow_the_hotline_of_the_clause_before(sentence):
    found = extract_metrics(sentence, doc_type="report", year=2023, target_spans=[])
    assert [m.code for m in found if m.code != "other"] == ["hotline_cases"]


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("全年组织执法人员法治培训2至3期。", 2, "at_least"),
    ("开展普法宣传活动30—50场。", 30, "at_least"),
    ("办理行政许可2.5至3万件。", 25_000, "at_least"),
    ("审批时限压缩至3至5个工作日。", 5, "at_most"),  # a time limit promises its upper bound
    ("办结时限控制在3-5个工作日以内。", 5, "at_most"),
])
def test_a_range_of_work_promises_its_lower_bound(sentence, value, qualifier):
    found = extract_metrics(sentence, doc_type="plan", year=2024, target_spans=[])
    assert [(m.value, m.qualifier) for m in found] == [(value, qualifier)]


def test_web_table_rows_with_blank_lines_between_them_still_read_the_header_years():
    text = "某厅2023年法治政府建设工作报告\n指标\t2022年\t2023年\n\n行政检查（次）\t186,420\t203,517\n\n"
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=[])
    assert [(m.code, m.value, m.year) for m in found] == [("inspections", 203517, 2023)]


def test_table_columns_of_a_year_done_and_of_a_year_s_targets():
    text = ("某省水利厅2022年法治政府建设年度报告\n指标\t单位\t2021年完成情况\t2022年完成\t2023年目标\n"
            "行政许可办理量\t件\t1,102\t1,286\t1,300\n罚没款\t亿元\t0.5\t1.2\t\n")
    found = extract_metrics(text, doc_type="report", year=2022, target_spans=[])
    assert [(m.code, m.value, m.kind, m.year) for m in found] == [
        ("license_cases", 1286, "actual", 2022), ("license_cases", 1300, "target", 2023),
        ("other", 120_000_000, "actual", 2022)]
    _, found = run("某厅2023年法治政府建设报告\n现场检查企业（万家次）：4.37\n")
    assert [(m.code, m.value, m.measure) for m in found] == [("inspections", 43_700, "家次")]


def test_a_group_column_before_the_row_names_and_a_row_breaking_down_the_one_above():
    text = ("某市税务局2023年法治政府建设工作情况报告\n类别\t项目（计量单位）\t2022年\t2023年\t同比\n\n"
            "税务行政处罚\t行政处罚（户次）\t612\t548\t-10.5%\n\n税务行政处罚\t其中：简易程序（户次）\t401\t376\t-6.2%\n\n"
            "复议诉讼\t行政复议案件（件）\t6\t4\t-33.3%\n\n依申请公开政府信息（件）\t\t15\t21\t40.0%\n")
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=[])
    assert [(m.code, m.value, m.measure, m.qualifier, m.scope) for m in found] == [
        ("penalty_cases", 548, "户次", "exact", None), ("penalty_cases", 376, "户次", "exact", "行政处罚案件数·简易程序"),
        ("reconsideration_cases", 4, "件", "exact", None), ("disclosure_requests", 21, "件", "exact", None)]


@pytest.mark.parametrize("sentence,code", [
    ("全市劳动人事争议仲裁机构立案受理争议案件4,862件。", "other"),
    ("分局组织执法资格等级考试培训5期。", "law_trainings"),
    ("组织执法人员法律知识考试5场。", "law_tests"),
    ("纠正违反公平竞争审查标准的政策措施2件。", "other"),
    ("开展公平竞争审查32件。", "fair_competition_reviews"),
])
def test_arbitration_cases_exam_training_and_review_corrections(sentence, code):
    found = extract_metrics("某局2024年法治政府建设年度报告\n" + sentence, doc_type="report", year=2024, target_spans=[])
    assert [m.code for m in found] == [code]


@pytest.mark.parametrize("sentence,found", [
    ("举办执法人员培训两到三期。", [("law_trainings", 2, "at_least")]),
    ("组织集体学法四至六次。", [("law_study_sessions", 4, "at_least")]),
    ("办理时限压缩至三到五个工作日。", [("approval_time_limit_days", 5, "at_most")]),
    ("通过微信公众号等政务新媒体发布信息三百余条。", [("proactive_disclosures", 300, "approx")]),
    ("力争在全市考评中进入前10名，排名第3名。", []),
    ("全年实现行政复议、行政诉讼案件“零发生”。", [("reconsideration_cases", 0, "exact"), ("litigation_cases", 0, "exact")]),
    ("全年实现零行政复议、零行政诉讼。", [("reconsideration_cases", 0, "exact"), ("litigation_cases", 0, "exact")]),
])
def test_chinese_ranges_new_media_ranks_and_zero_words(sentence, found):
    got = extract_metrics("某局2023年法治政府建设年度报告\n" + sentence, doc_type="report", year=2023, target_spans=[])
    assert [(m.code, m.value, m.qualifier) for m in got] == found  # a rank is not even a figure of its own


def test_parts_named_before_分别为_break_down_the_figure_before():
    found = extract_metrics("某局2023年法治政府建设年度报告\n办理行政处罚案件35件，其中简易程序、普通程序分别为12件、23件。",
                            doc_type="report", year=2023, target_spans=[])
    assert [(m.code, m.value, m.scope) for m in found] == [
        ("penalty_cases", 35, None), ("penalty_cases", 12, "行政处罚案件数·简易程序"), ("penalty_cases", 23, "行政处罚案件数·普通程序")]


@pytest.mark.parametrize("sentence", [
    "将《宁波市医疗机构设置规划（2024—2027年）》等2个事项列入年度重大行政决策事项目录。",
    "编制2023年度重大行政决策事项目录，拟列入《德清县国民经济和社会发展第十四个五年规划纲要》中期评估等2项。",
])
def test_decision_items_put_on_the_catalogue_whatever_their_titles_say(sentence):
    found = extract_metrics("某局2024年法治政府建设工作要点\n（一）" + sentence, doc_type="plan", year=2024, target_spans=[])
    assert [(m.code, m.value, m.kind) for m in found] == [("major_decisions", 2, "target")]


def test_scopes_keep_a_bracket_inside_a_name_and_a_lecture_s_whole_topic():
    _, found = run("某县应急管理局2023年法治政府建设年度报告\n全年办理行政许可126件，其中烟花爆竹经营（零售）许可98件、"
                   "危险化学品经营许可28件。邀请专家举办习近平法治思想专题讲座3场。")
    assert [(m.value, m.scope) for m in found] == [
        (126, None), (98, "行政许可办理量·烟花爆竹经营（零售）许可"), (28, "行政许可办理量·危险化学品经营许可"),
        (3, "习近平法治思想专题讲座")]


def test_a_plan_s_look_back_opened_after_a_sub_point_number_or_before_a_semicolon_stays_actual():
    _, found = run("洛阳市市场监督管理局2024年法治政府建设工作要点\n一、重点任务\n（一）加强重点领域执法\n"
                   "1.2023年，全市市场监管系统共查办各类违法案件2,356件。\n2.2024年查办违法案件不少于800件。\n"
                   "坚持依法治税。2023年，我局税务行政复议案件2件；行政应诉案件1件。2024年，全年开展税法宣传活动不少于20场。\n",
                   doc_type="plan", year=2024)
    assert [(m.value, m.kind, m.year, m.quote[:4]) for m in found] == [
        (2356, "actual", 2023, "全市市场"), (800, "target", 2024, "2024"), (2, "actual", 2023, "我局税务"),
        (1, "actual", 2023, "行政应诉"), (20, "target", 2024, "全年开展")]


def test_a_cap_per_taxpayer_or_shop_is_no_count_of_inspections():
    _, found = run("某税务局2024年工作要点\n统筹税务检查，同一纳税人年度内实地检查原则上不超过1次。同一商户年度内现场检查不超过2次。"
                   "全年开展税法宣传活动不少于20场。", doc_type="plan", year=2024)
    assert [(m.code, m.value) for m in found] == [("outreach_events", 20)]


def test_a_figure_s_label_is_not_cut_inside_the_name_of_who_did_the_work():
    _, found = run("某街道2023年法治政府建设工作总结\n街道公共法律服务工作站全年接待群众法律咨询85人次。"
                   "街道和12个社区人民调解委员会全年调解矛盾纠纷236件。党组会议专题研究法治政府建设工作4次。")
    assert [m.label for m in found if m.code == "other"][:2] == ["全年接待群众法律咨询", "全年调解矛盾纠纷"]


def test_penalties_counted_in_firms_are_penalty_cases():
    _, found = run("某局2024年法治政府建设年度报告\n依法对9家违规社会组织作出行政处罚，对12家企业作出行政处罚决定。", year=2024)
    assert [(m.code, m.value, m.measure) for m in found] == [("penalty_cases", 9, "家"), ("penalty_cases", 12, "家")]


def test_a_certificate_s_scope_is_its_whole_name_whatever_the_certificate():
    _, found = run("某局2023年法治政府建设年度报告\n全年核发退役军人和其他优抚对象优待证2,318张，办理居民身份证4.7万张，"
                   "核发中华人民共和国无线电频率使用许可证2份。")
    assert [(m.value, m.scope) for m in found] == [
        (2318, "退役军人和其他优抚对象优待证"), (47000, "居民身份证"), (2, "无线电频率使用许可证")]


def test_shortfalls_pending_lawsuits_cases_of_violations_and_nationwide_figures():
    _, found = run("某厅2024年法治政府建设年度报告\n全省仍有11个县级商务主管部门未配备专职法制审核人员。"
                   "以我局为被申请人的行政复议案件1件，经审理予以维持；行政应诉案件5件，其中胜诉4件、1件尚在审理中。"
                   "全市统计系统共办理统计违法案件31件。全国药品监管系统全年查处药品案件超过10万件。", year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 1, None), ("litigation_cases", 5, None), ("penalty_cases", 31, "全市统计系统"),
        ("penalty_cases", 100_000, "全国药品监管系统")]


def test_tables_of_targets_beside_what_was_done_captions_and_rows_of_crimes():
    _, found = run("某省气象局2023年法治政府建设年度报告\n表2  2023年度主要指标完成情况\n指标\t目标值\t完成值\t完成率\n"
                   "党组理论学习中心组集中学法（次）\t4\t6\t150%\n政务服务满意率\t≥98%\t99.6%\t101.6%\n\n说明。\n"
                   "表1  2023年行政许可办理情况\n许可事项\t办结数量（件）\t占比\n雷电防护装置设计审核\t612\t52.6%\n合计\t1,110\t100%\n"
                   "\n说明。\n类别\t指标\t2023年\t2023年\n类别\t指标\t目标\t完成\n执法检查\t监督检查（次）\t20\t26\n\n说明。\n"
                   "项目\t数量\n行政处罚案件（起）\t1,174\n移送司法机关刑事案件（起）\t112\n")
    assert [(m.code, m.value, m.kind, m.scope) for m in found if m.code != "other"] == [
        ("law_study_sessions", 4, "target", "党组理论学习中心组集中学法"), ("law_study_sessions", 6, "actual", "党组理论学习中心组集中学法"),
        ("satisfaction_rate", 98, "target", None), ("satisfaction_rate", 99.6, "actual", None),
        ("license_cases", 612, "actual", "雷电防护装置设计审核"), ("license_cases", 1110, "actual", None),
        ("inspections", 20, "target", None), ("inspections", 26, "actual", None), ("penalty_cases", 1174, "actual", None)]


def test_parts_of_a_table_row_break_down_the_total_not_the_part_above():
    _, found = run("某市公安局2024年法治政府建设年度报告\n类别\t指标名称\t计量单位\t2024年\n行政处罚\t行政处罚决定\t起\t3,126\n"
                   "行政处罚\t其中：简易程序\t起\t2,984\n行政处罚\t其中：普通程序\t起\t142\n", year=2024)
    assert [m.scope for m in found] == [None, "行政处罚案件数·简易程序", "行政处罚案件数·普通程序"]


@pytest.mark.parametrize("sentence, found", [
    ("通过国家突发事件预警信息发布系统发布预警信息2.3万条。", []),
    ("开展消防宣传“进企业、进农村”活动3,200余场。", [("outreach_events", 3200)]),
    ("制定修订气象行政规范性文件3件，修订规范性文件2件。", [("normative_docs_issued", 3)]),
    ("法治机关建设考核结果按10%的权重纳入厅年度综合考核。", [("assessment_weight_pct", 10)]),
    ("考核满分为100分，其中日常考核权重占40%，年终考核权重占60%。", []),
    ("规范性文件有效期一般不超过5年，标注“暂行”“试行”的不超过2年。",
     [("normative_doc_validity_years", 5), ("normative_doc_validity_years", 2)]),
    ("每年组织开展审计质量检查不少于2次。", []),
])
def test_warnings_campaigns_revisions_weights_validity_and_quality_checks(sentence, found):
    got = extract_metrics("某局2023年法治政府建设年度报告\n" + sentence, doc_type="report", year=2023, target_spans=[])
    assert [(m.code, m.value) for m in got if m.code != "other"] == found


def test_a_plan_s_look_back_over_a_past_five_year_plan_and_articles_out_of_quotes():
    _, found = run("青岛市审计局2021年法治审计机关建设实施细则\n“十三五”期间，我局被申请行政复议3件，未发生行政诉讼案件。\n"
                   "一、重点任务\n第一条　局党组理论学习中心组每年集体学法不少于4次。\n", doc_type="plan", year=2021)
    assert [(m.code, m.value, m.kind, m.year, m.scope) for m in found] == [
        ("reconsideration_cases", 3, "actual", 2020, "多年累计"), ("litigation_cases", 0, "actual", 2020, "多年累计"),
        ("law_study_sessions", 4, "target", 2021, "局党组理论学习中心组每年集体学法")]
    assert found[2].quote.startswith("局党组")


def test_breakdowns_after_案件中_in_a_row_opening_with_其中_and_in_分别为_lists_naming_the_indicator():
    _, found = run("某市能源局2024年法治政府建设年度报告\n全年作出行政处罚决定97件；处罚案件中，适用普通程序九十一件、简易程序六件。"
                   "全年开展现场检查136次，其中穿透式检查、专项检查分别为48次、88次。\n指标\t2023年\t2024年\t同比\n\n"
                   "行政许可（件）\t41\t47\t14.6%\n\n其中：对金融机构（件）\t30\t35\t16.7%\n", year=2024)
    assert [(m.code, m.value, m.scope) for m in found] == [
        ("penalty_cases", 97, None), ("penalty_cases", 91, "行政处罚案件数·适用普通程序"), ("penalty_cases", 6, "行政处罚案件数·简易程序"),
        ("inspections", 136, None), ("inspections", 48, "行政检查次数·穿透式检查"), ("inspections", 88, "行政检查次数·专项检查"),
        ("license_cases", 47, None), ("license_cases", 35, "行政许可办理量·对金融机构")]


def test_an_outcome_after_accepted_review_cases_is_upheld_cases():
    _, found = run("某县人民政府2025年法治政府建设情况报告\n2025年，全县共收到行政复议申请41件，依法受理38件，其中维持22件。", year=2025)
    assert [(m.code, m.value) for m in found] == [
        ("reconsideration_cases", 41), ("reconsideration_cases", 38), ("reconsideration_upheld", 22)]


@pytest.mark.parametrize("sentence", [
    "全年办结行政许可1,254件，其中机构类许可412件（其中法人机构设立事项36件），任职资格类许可842件。",
    "全年办结行政许可1,254件。其中，机构类许可412件，其中法人机构设立事项36件；任职资格类许可842件。",
])
def test_a_part_after_a_nested_breakdown_is_a_part_of_the_outer_total(sentence):
    _, found = run("某局2024年法治政府建设年度报告\n" + sentence, year=2024)
    assert [(m.value, m.scope) for m in found] == [
        (1254, None), (412, "行政许可办理量·机构类许可"), (36, "行政许可办理量·机构类许可·法人机构设立事项"),
        (842, "行政许可办理量·任职资格类许可")]


def test_district_tables_and_lists_name_their_parts():
    _, found = run("莆田市司法局2023年法治政府建设年度报告\n表1 2023年各县（区）行政复议、行政诉讼案件情况\n"
                   "地区\t行政复议案件（件）\t行政诉讼案件（件）\t负责人出庭应诉（件）\n城厢区\t74\t39\t38\n全市合计\t713\t406\t394\n\n"
                   "全市市场监管系统共查处各类违法案件1,478件。各县区分别查处：秦州区326件、麦积区291件，市局本级109件。")
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 74, "城厢区"), ("litigation_cases", 39, "城厢区"), ("reconsideration_cases", 713, None),
        ("litigation_cases", 406, None), ("penalty_cases", 1478, "全市市场监管系统"), ("penalty_cases", 326, "行政处罚案件数·秦州区"),
        ("penalty_cases", 291, "行政处罚案件数·麦积区"), ("penalty_cases", 109, "行政处罚案件数·市局本级")]


@pytest.mark.parametrize("sentence, found", [
    ("对市政府拟出台的规范性文件19件、合同协议46份进行合法性审核。", [("legality_reviews", 19, None), ("legality_reviews", 46, None)]),
    ("2024年全国新收行政复议案件73.7万件，全市共收到行政复议申请679件。",
     [("reconsideration_cases", 737_000, "全国"), ("reconsideration_cases", 679, None)]),
    ("全市城管系统被申请行政复议11件；市城市管理局作为被告的行政诉讼案件2件。",
     [("reconsideration_cases", 11, "全市城管系统"), ("litigation_cases", 2, None)]),
    ("全市通过12350安全生产举报热线等渠道受理安全生产举报投诉286件。", [("complaint_reports", 286, None)]),
    ("开展公平竞争审查12件；法律顾问参与审查合同协议43份。",
     [("fair_competition_reviews", 12, None), ("legality_reviews", 43, None)]),
    ("全市新申领行政执法证件386件，注销行政执法证件54件。", [("enforcement_certificates", 386, None)]),
    ("一是个别县区全年处罚不足20起。", []),
    ("对42个事项开展部门联合“双随机、一公开”抽查。", [("random_check_items", 42, "双随机、一公开")]),
    ("行政诉讼案件2件，其中1件尚在审理中。", [("litigation_cases", 2, None)]),
])
def test_lists_context_figures_channels_and_shortfalls(sentence, found):
    got = extract_metrics("某局2024年法治政府建设年度报告\n" + sentence, doc_type="report", year=2024, target_spans=[])
    assert [(m.code, m.value, m.scope) for m in got if m.code != "other"] == found


@pytest.mark.parametrize("sentence, found", [
    ("制定省政府规章6件，修改4件，废止3件。制定、修改、废止省政府规章9件。清理废止行政规范性文件12件。",
     [("normative_docs_repealed", 12)]),
    ("全省各级行政复议机关新收行政复议案件1.86万件，办结1.71万件。全省新收一审行政诉讼案件986件，办结902件。",
     [("reconsideration_cases", 18_600), ("litigation_cases", 986)]),
    ("依法备案审查设区的市政府规章和省政府部门规范性文件271件。省政府制定行政规范性文件18件。", [("normative_docs_issued", 18)]),
    ("全年办结行政许可1,254件。", [("license_cases", 1254)]),
])
def test_government_rules_cases_done_and_documents_filed_are_no_more_of_the_indicator(sentence, found):
    got = extract_metrics("某省人民政府2024年法治政府建设年度报告\n" + sentence, doc_type="report", year=2024, target_spans=[])
    assert [(m.code, m.value) for m in got if m.code != "other"] == found


def test_a_target_s_own_word_before_a_system_subject_keeps_its_scope():
    _, found = run("江西省水利厅2025年法治政府建设工作要点\n（一）开展专项行动。力争全省水利系统立案查处水事违法案件不少于300件。",
                   doc_type="plan", year=2025)
    assert [(m.code, m.value, m.scope) for m in found] == [("penalty_cases", 300, "全省水利系统")]


def test_a_report_s_annexed_task_list_is_next_year_s_and_a_plan_s_table_looks_back_at_each_year():
    report = ("绵阳市民政局2024年法治政府建设年度报告\n一、主要工作\n2024年，我局办理行政复议案件2件。\n绵阳市民政局\n2025年1月10日\n"
              "附件\n2025年重点任务清单\n序号\t任务\t牵头单位\t完成时限\n1\t举办行政执法人员培训班1期\t政策法规科\t2025年9月底前\n")
    found = spanned_metrics(report, 2024, "report")
    assert [(m.code, m.value, m.kind, m.year) for m in found] == [
        ("reconsideration_cases", 2, "actual", 2024), ("law_trainings", 1, "target", 2025)]
    plan = ("某市教育局2025年法治政府建设工作要点\n一、上年回顾\n指标\t2023年\t2024年\n行政许可办理量（件）\t287\t312\n"
            "二、重点任务\n（一）全年主动公开政府信息不少于800条。\n")
    _, found = run(plan, doc_type="plan", year=2025)
    # each year before the plan's is that year's actual, as a list of years in the text is (计划里往年的是实际数)
    assert [(m.code, m.value, m.kind, m.year) for m in found] == [
        ("license_cases", 287, "actual", 2023), ("license_cases", 312, "actual", 2024),
        ("proactive_disclosures", 800, "target", 2025)]


def test_the_second_half_of_the_year_looks_ahead_and_a_frequency_per_entity_is_no_count():
    text = normalize("绵阳市司法局2024年上半年法治政府建设工作情况报告\n今年以来，我局已举办各类法治培训4期。下半年，我局还将举办2期专题培训班。"
                     "下半年，市司法局还将举办2期培训班。").text
    found = extract_metrics(text, doc_type="report", year=2024, target_spans=target_spans(text, "report", year=2024))
    assert [(m.value, m.kind, m.year) for m in found] == [(4, "actual", 2024), (2, "target", 2024), (2, "target", 2024)]
    _, found = run("某局2024年法治政府建设工作要点\n（一）对风险等级为D级的餐饮服务提供者，每年监督检查不少于4次。全年开展行政检查不少于1200次。",
                   doc_type="plan", year=2024)
    assert [(m.code, m.value) for m in found] == [("inspections", 1200)]
    _, found = run("某局2024年法治政府建设工作要点\n（一）对风险等级为D级的，每年监督检查不少于4次。", doc_type="plan", year=2024)
    assert found == ()


def test_a_paragraph_pasted_twice_states_its_figures_once_and_a_year_s_plan_in_a_report_looks_ahead():
    text = normalize("某县市场监督管理局2023年法治政府建设工作报告\n一、主要成效\n全年会前学法12次，举办法治专题培训3期。\n\n"
                     "全年会前学法12次，举办法治专题培训3期。\n2024年，我局计划开展执法人员轮训不少于2期。\n").text
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=target_spans(text, "report", year=2023))
    assert [(m.value, m.kind, m.year) for m in found] == [(12, "actual", 2023), (3, "actual", 2023), (2, "target", 2024)]


def test_a_lead_column_after_the_years_keeps_the_header_s_years_and_制定或修订_is_issuing():
    _, found = run("某局2025年工作要点\n指标\t2024年完成\t2025年目标\t责任科室\n一窗受理率\t96.5%\t100%\t综合科\n"
                   "\n（一）年内制定或修订行政规范性文件不少于3件。\n", doc_type="plan", year=2025)
    assert [(m.code, m.value, m.kind, m.year) for m in found] == [
        ("one_window_rate", 96.5, "actual", 2024), ("one_window_rate", 100, "target", 2025),
        ("normative_docs_issued", 3, "target", 2025)]


def test_a_figure_inside_a_task_cell_quotes_only_its_cell():
    _, found = run("某省自然资源厅2025年法治政府建设工作要点\n一、重点任务\n序号\t类别\t工作任务\t具体措施\t牵头单位\n"
                   "1\t政务公开\t深化政务公开\t全年主动公开政府信息不少于1,500条，发布政策解读不少于20条。\t办公室\n",
                   doc_type="plan", year=2025)
    assert [m.quote for m in found] == ["全年主动公开政府信息不少于1,500条", "发布政策解读不少于20条"]


def test_table_rows_in_every_measure_and_with_an_empty_unit_cell():
    text = ("某省水利厅2022年法治政府建设年度报告\n序号\t指标名称\t单位\t2022年\t2021年\n"
            "1\t政策解读\t篇\t29\t24\n2\t法治培训（期）\t\t3\t2\n3\t新闻发布会\t场次\t4\t2\n4\t抽查企业\t户\t298\t250\n")
    found = extract_metrics(text, doc_type="report", year=2022, target_spans=[])
    assert [(m.code, m.value, m.measure) for m in found] == [
        ("policy_interpretations", 29, "篇"), ("law_trainings", 3, "期"), ("press_conferences", 4, "场次"),
        ("random_check_entities", 298, "户")]


def test_table_cells_of_a_dash_are_no_figures_and_keep_the_columns():
    _, found = run("某市司法局2024年度法治政府建设情况报告\n指标\t单位\t2023年\t2024年（1—12月）\t同比\n"
                   "“法治体检”服务企业\t家\t—\t312\t—\n普法活动\t场次\t/\t1,286\t/\n", year=2024)
    assert [(m.code, m.value, m.year, m.quote) for m in found] == [
        ("enterprises_served", 312, 2024, "“法治体检”服务企业\t家\t—\t312"),
        ("outreach_events", 1286, 2024, "普法活动\t场次\t/\t1,286")]


def test_a_task_table_s_quote_stops_at_its_cell():
    _, found = run("某区2022年法治政府建设工作要点\n序号\t工作任务\t责任单位\t完成时限\n"
                   "1\t开展普法活动不少于200场次，组织旁听庭审活动不少于1次\t区直各部门\t2022年12月底前\n",
                   doc_type="plan", year=2022)
    assert [m.quote for m in found] == ["开展普法活动不少于200场次", "组织旁听庭审活动不少于1次"]


@pytest.mark.parametrize("gap", ["\t", "    "])
def test_a_table_whose_header_names_each_column_s_measure(gap):
    rows = [["序号", "行业领域", "检查企业（家次）", "行政处罚（起）", "罚款金额（万元）"],
            ["1", "危险化学品", "386", "18", "96.5"], ["2", "非煤矿山", "152", "11", "62.0"], ["合计", "538", "29", "158.5"]]
    _, found = run("某局2022年法治政府建设工作报告\n" + "".join(gap.join(r) + "\n" for r in rows), year=2022)
    assert [(m.code, m.value, m.measure, m.scope) for m in found] == [
        ("inspections", 386, "家次", "危险化学品"), ("penalty_cases", 18, "起", "危险化学品"), ("other", 965_000, "元", "危险化学品"),
        ("inspections", 152, "家次", "非煤矿山"), ("penalty_cases", 11, "起", "非煤矿山"), ("other", 620_000, "元", "非煤矿山"),
        ("inspections", 538, "家次", None), ("penalty_cases", 29, "起", None), ("other", 1_585_000, "元", None)]
    assert found[1].quote == "危险化学品" + gap.replace("    ", "\t") + "386\t18"
    _, found = run("某局2022年法治政府建设工作报告\n序号\t指标名称\t2021年（家次）\t2022年（家次）\n1\t检查生产经营单位\t6,215\t6,842\n",
                   year=2022)
    assert [(m.code, m.value, m.measure, m.year) for m in found] == [("inspections", 6842, "家次", 2022)]


def test_a_column_header_may_say_its_measure_in_its_name():
    # 检查次数 counts 次 and 立案件数 件, as 检查（次） and 立案（件） would
    rows = [["执法门类", "检查次数", "立案件数"], ["种子", "312", "21"], ["农药", "405", "34"], ["合计", "717", "55"]]
    _, found = run("某市农业农村局2021年法治政府建设工作报告\n" + "".join("\t".join(r) + "\n" for r in rows), year=2021)
    assert [(m.code, m.value, m.measure, m.scope) for m in found] == [
        ("inspections", 312, "次", "种子"), ("penalty_cases", 21, "件", "种子"), ("inspections", 405, "次", "农药"),
        ("penalty_cases", 34, "件", "农药"), ("inspections", 717, "次", None), ("penalty_cases", 55, "件", None)]


def test_a_group_cell_does_not_make_a_row_of_closed_cases_more_cases():
    # 案件查处⇥结案（件）: the row's own name (结案) says how far the cases got; the group's 查处 does not count them again
    text = ("某省水利厅2023年法治政府建设情况报告\n类别\t项目\t2022年\t2023年\n"
            "案件查处\t立案（件）\t1,198\t1,327\n案件查处\t结案（件）\t1,150\t1,284\n")
    _, found = run(text)
    assert [(m.code, m.value) for m in found] == [("penalty_cases", 1327), ("other", 1284)]


def test_a_column_under_a_grouping_header_cell_is_named_by_both():
    # 行政处罚 spans 案件数（件） and 罚没款（万元）: 案件数 alone names nothing
    rows = [["领域", "现场检查", "现场检查", "行政处罚", "行政处罚"],
            ["领域", "检查企业（家次）", "其中“双随机”抽查（家次）", "案件数（件）", "罚没款（万元）"],
            ["水污染防治", "21,436", "5,104", "1,026", "8,412.6"]]
    _, found = run("某厅2023年法治政府建设情况报告\n" + "".join("\t".join(r) + "\n" for r in rows))
    assert [(m.code, m.value, m.scope) for m in found] == [
        ("inspections", 21436, "水污染防治"), ("random_check_entities", 5104, "水污染防治"),
        ("penalty_cases", 1026, "水污染防治"), ("other", 84_126_000, "水污染防治")]


def test_a_target_table_s_cells_may_carry_their_bound():
    _, found = run("某市司法局2024年法治政府建设工作要点\n指标名称\t计量单位\t2024年目标\n集中学法\t次\t不少于4\n"
                   "满意率\t%\t≥95%\n行政许可办理量\t件\t1200\n", doc_type="plan", year=2024)
    assert [(m.code, m.value, m.qualifier, m.kind) for m in found] == [
        ("law_study_sessions", 4, "at_least", "target"), ("satisfaction_rate", 95, "at_least", "target"),
        ("license_cases", 1200, "exact", "target")]


def test_table_rows_after_a_serial_number_with_the_measure_in_its_own_column():
    text = ("某局2023年法治政府建设工作报告\n序号\t指标名称\t计量单位\t2022年\t2023年\t同比增减\n"
            "1\t行政许可办理量\t件\t4,862\t5,318\t9.4%\n2\t罚没款\t万元\t12.5\t30\t140%\n")
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=[])
    assert [(m.code, m.value, m.measure, m.year) for m in found] == [("license_cases", 5318, "件", 2023),
                                                                     ("other", 300_000, "元", 2023)]
    assert found[-1].label == "罚没款"


@pytest.mark.parametrize("sentence, expected", [
    # a part the parent's own rule rules out is no more of the parent's indicator
    ("作出行政处罚决定15.2万件，其中依法不予行政处罚1.3万件。", [("penalty_cases", 152_000), ("other", 13_000)]),
    # a part counts the same kind of thing as the whole: 项 are not 家次
    ("全年检查生产经营单位1,862家次，其中抽查企业214家，排查整改安全隐患5,436项。",
     [("inspections", 1862), ("random_check_entities", 214), ("other", 5436)]),
    # the changes of a 分别 list are all changes
    ("全年受理投诉举报216件、办理12345热线工单1,035件，同比分别下降25%、40%。",
     [("complaint_reports", 216), ("hotline_cases", 1035)]),
])
def test_breakdowns_and_lists_of_changes(sentence, expected):
    found = extract_metrics(sentence, doc_type="report", year=2023, target_spans=[])
    assert [(m.code, m.value) for m in found] == expected


def test_a_quoted_title_s_period_is_not_a_count_over_several_years():
    found = extract_metrics("全面落实《法治政府建设实施纲要（2021—2025年）》，全年开展行政检查120次。", doc_type="report",
                            year=2023, target_spans=[])
    assert [(m.value, m.scope) for m in found] == [(120, None)]


@pytest.mark.parametrize("sentence, values", [
    ("全年办理行政许可二点五万件，开展行政检查三点六万余次。", [(25_000, "exact"), (36_000, "approx")]),
    ("办理热线工单十二点五万件。", [(125_000, "exact")]),
])
def test_chinese_decimals_before_wan(sentence, values):
    found = extract_metrics(sentence, doc_type="report", year=2023, target_spans=[])
    assert [(m.value, m.qualifier) for m in found] == values


@pytest.mark.parametrize("sentence, codes", [
    ("全年受理投诉举报1,200件、咨询3,500件。", ["complaint_reports", "other"]),
    ("全年受理群众信访事项412件，接受咨询860件。", ["petition_cases", "other"]),
    ("办理12345热线咨询类工单120件。", ["hotline_cases"]),
])
def test_consultations_are_no_complaints_petitions_or_hotline_cases(sentence, codes):
    found = extract_metrics(sentence, doc_type="report", year=2023, target_spans=[])
    assert [m.code for m in found] == codes


@pytest.mark.parametrize("sentence, codes", [
    ("受理安全生产投诉举报1,056件，经查属实312件。", ["complaint_reports", "other"]),  # an outcome, not more reports
    ("信访事项280件，经查属实31件。", ["petition_cases", "other"]),
    ("执法人员人均检查企业48家次，全年检查企业2,300家次。", ["inspections"]),  # an average is no count
    ("吊销安全生产许可证5件，暂扣或吊销有关许可证照4张。", ["other", "other"]),  # revoking is no licence granted
    ("核发许可证照120张。", ["certificates_issued"]),
])
def test_outcomes_averages_and_revocations(sentence, codes):
    found = extract_metrics(sentence, doc_type="report", year=2023, target_spans=[])
    assert [m.code for m in found] == codes


@pytest.mark.parametrize("sentence, expected", [
    # the parent's verb (审核) vetoes the part's own rule (制定规范性文件): the part is a part of the reviews
    ("开展合法性审核56件，其中市政府规范性文件18件、市政府合同协议29件。",
     [("legality_reviews", 56, None), ("legality_reviews", 18, "legality_reviews"),
      ("legality_reviews", 29, "legality_reviews")]),
    # a part with a code of its own under a parent that has one too keeps it
    ("权责清单共有职权事项53项，包括行政许可事项12项、行政处罚事项22项。",
     [("power_list_items", 53, None), ("license_items", 12, "power_list_items"), ("penalty_items", 22, "power_list_items")]),
    # under a total of two indicators (code other) each part is its own
    ("承办市人大代表建议和市政协提案63件，其中人大代表建议26件、政协提案37件。",
     [("other", 63, None), ("npc_suggestions", 26, "other"), ("cppcc_proposals", 37, "other")]),
])
def test_a_breakdown_part_whose_own_rule_the_parent_vetoes(sentence, expected):
    found = extract_metrics(sentence, doc_type="report", year=2023, target_spans=[])
    assert [(m.code, m.value, m.parent_code) for m in found] == expected


def test_a_table_with_two_header_rows_reads_each_year_s_count_column():
    text = ("某分局2023年法治政府建设年度报告\n执法指标\t2022年\t2022年\t2023年\t2023年\n\n执法指标\t数量\t同比\t数量\t同比\n\n"
            "信访投诉举报（件）\t412\t-3.5%\t378\t-8.3%\n行政处罚案件（件）\t52\t+4.0%\t46\t-11.5%\n")
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=[])
    assert [(m.code, m.value, m.year) for m in found] == [("complaint_reports", 378, 2023), ("penalty_cases", 46, 2023)]


def test_table_rows_whose_label_names_the_measure():
    text = ("某局2023年法治政府建设情况报告\n一、主要数据\n指标\t2022年\t2023年\n行政许可办理量（件）\t1,208\t1,356\n"
            "行政处罚案件（件）\t20\t23\n罚没款（万元）\t12.5\t30\n二、其他\n")
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=[])
    # the 2022 column is last year's figure, kept out as 上年同期为… is in running text
    assert [(m.code, m.value, m.year) for m in found] == [("license_cases", 1356, 2023), ("penalty_cases", 23, 2023),
                                                          ("other", 300_000, 2023)]
    assert all(text[m.start:m.end] == m.quote and m.quote.startswith(("行政许可", "行政处罚", "罚没款")) for m in found)


def test_a_plan_s_look_back_inside_an_item_until_it_turns_to_this_year():
    text = ("某局2024年工作要点\n（七）依法办理建议提案。2023年共承办人大代表建议18件、政协提案25件，2024年继续做好办理工作，"
            "办复率100%。\n（三）化解纠纷。去年办理行政复议案件5件，今年力争行政复议纠错率控制在6%以内。\n")
    found = extract_metrics(text, doc_type="plan", year=2024, target_spans=[])
    assert [(m.value, m.kind, m.year) for m in found] == [(18, A, 2023), (25, A, 2023), (100, T, 2024), (5, A, 2023),
                                                          (6, T, 2024)]


def test_traditional_pinyin_seed_extracts_from_normalized_text(seed_norm):
    text = seed_norm["001"]
    found = extract_metrics(text, doc_type="report", year=2024, target_spans=target_spans(text, "report", year=2024))
    got = {(m.code, m.value) for m in found}
    assert {("license_cases", 61), ("inspections", 116), ("penalty_cases", 2), ("proactive_disclosures", 580)} <= got
    assert not {v for _, v in got} & {12345, 2024, 1310}
    assert not [m for m in found if "四级" in m.quote or "两项指标" in m.quote and m.value == 2]


def test_spam_junk_in_shandong_gives_no_figure(seed_norm):
    text = seed_norm["002"]
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=target_spans(text, "report"))
    assert not [m for m in found if "三升" in m.quote]
    assert not {m.value for m in found} & {2023, 2024, 18, 14, 50}  # years, 7月18日, 14:32:50 (32 is a real count there)
    assert all(m.kind == A for m in found)


def test_every_seed_metric_has_known_code_label_and_rule(seed_norm):
    codes = {r["code"] for r in csv.DictReader((SPEC_DIR / "metrics.csv").open(encoding="utf-8"))}
    for prefix, doc_type, year in (("000", "plan", 2024), ("001", "report", 2024), ("002", "report", 2023),
                                   ("003", "plan", 2017), ("004", "plan", 2021)):
        text = seed_norm[prefix]
        for m in extract_metrics(text, doc_type=doc_type, year=year, target_spans=target_spans(text, doc_type)):
            assert m.code in codes | {"other"} and m.label and m.rule and m.category is None
            assert m.qualifier in {"exact", "approx", "at_least", "at_most", "gt", "lt"}


def test_registry_is_consistent():
    reg = load_registry()
    codes = {r["code"] for r in csv.DictReader((SPEC_DIR / "metrics.csv").open(encoding="utf-8"))}
    rows = list(csv.DictReader((SPEC_DIR / "metric_rules.csv").open(encoding="utf-8")))
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r.code for r in reg.rules} <= codes | {"other"}
    assert {r["action"] for r in rows} == {"map", "trap", "skip", "skip_after"}
    skip_measures = {m for r in rows if r["action"] == "skip" for m in r["measures"].split("|") if m}
    assert skip_measures <= set(reg.context_skips) and "件" in reg.context_skips  # s_reach takes every measure
    mapped = {r.code for r in reg.rules} - {"other"}  # a rule may name what has no code (行政强制6项)
    assert mapped == codes, f"dictionary codes no rule can produce: {sorted(codes - mapped)}"
    for r in rows:
        re.compile(r["near"])


# arbitrary text, weighted towards what the extractor reacts to
_PIECES = st.sampled_from([
    "件", "项", "个", "次", "场", "%", "余", "多", "万", "亿", "以上", "不少于", "超过", "其中", "包括", "分别为", "（", "）",
    "“", "”", "《", "》", "，", "。", "；", "、", "\n", "一", "两", "十", "百分之", "由", "减至", "没有", "行政复议", "行政许可",
    "满意率", "下一年度主要安排", "五、", "（一）", "第", "届", "#", ".", ",", " ", "12", "3.5", "1,234", "2024年",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=6), st.integers(0, 10**6).map(str)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.sampled_from(["report", "plan", None]), st.sampled_from([2023, None]))
@example("其中5件（其中3件", "report", 2023)
@example("分别为5件、", "report", None)
@example("#5件#", "report", 2023)
def test_quotes_always_cut_out_their_text(text, doc_type, year):
    spans = target_spans(text, doc_type)
    assert all(0 <= a <= b <= len(text) for a, b in spans)
    for m in extract_metrics(text, doc_type=doc_type, year=year, target_spans=spans):
        assert text[m.start:m.end] == m.quote and m.start <= m.end
        assert m.value >= 0 and m.kind in (A, T)


def test_figure_regex_reads_numbers_in_every_form():
    def first(s):
        m = FIGURE_RE.search(s)
        return m and (m["ar"] or m["cn"] or m["pct"], "%" if m["pct"] else m["measure"])
    assert first("共1,234件") == ("1,234", "件")
    assert first("46.6万宗") == ("46.6", "宗")
    assert first("十二项") == ("十二", "项")
    assert first("百分之九十五") == ("九十五", "%")
    assert first("12部门联合") is None  # 部 of 部门 is no measure


# ---- the shortcuts that make extraction fast must find exactly what the plain way finds

_PLAIN_DELIM_RE = re.compile(r"[。；！？\n，：（）]|(?<!\d)\.|\.(?!\d)")
_SCAN_PIECES = st.sampled_from([
    "第", "届", "次", "近", "年", "年来", "个", "项", "指标", "市", "县（市", "章", "条", "一", "两", "十", "百", "〇", "2024",
    "12", "3", "5.5", "1,200", "-", "至", "件", "万", "余", "%", "百分之", "为", "是", "均", "全部", "零", "0", " ", "\t",
    "\n", "。", "，", ".", "（", "）", "一、", "（一）", "下一步", "2025年，我局将", "下一年度主要安排", "“", "”", "分别为",
])
_SCAN_TEXT = st.lists(st.one_of(_SCAN_PIECES, st.text(max_size=3)), max_size=40).map("".join)


def _plain_traps() -> re.Pattern:
    rows = csv.DictReader((SPEC_DIR / "metric_rules.csv").open(encoding="utf-8"))
    return re.compile("|".join(f"(?:{r['near']})" for r in rows if r["action"] == "trap"))


def _same_matches(fast, plain) -> None:
    assert [(m.span(), m.groups()) for m in fast] == [(m.span(), m.groups()) for m in plain]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SCAN_TEXT)
@example("近3年来第3次，全省16个市（县（市）2019-2023年")
@example("信访案件均为 0件，行政诉讼为零\n")
def test_scanning_shortcuts_match_the_plain_regexes(text):
    traps = _plain_traps()
    _same_matches(load_registry().traps.finditer(text), traps.finditer(text))
    _same_matches(metrics._skipping(FIGURE_RE).finditer(text), FIGURE_RE.finditer(text))
    zero = metrics._ZERO_WORD_RE
    zero_words = metrics._anchored_finditer(zero, metrics._ZERO_ANCHOR_RE, metrics._ZERO_ANCHOR_REACH, text)
    _same_matches(zero_words, zero.finditer(text))
    lines = [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
    line_res = (metrics._L1_HEADING_RE, metrics._L2_HEADING_RE, metrics._SHORT_LINE_RE, metrics._FORWARD_PARAGRAPH_RE)
    for line_re in line_res:
        _same_matches(metrics._at_line_starts(line_re, lines, text), line_re.finditer(text))
    assert [m.start() for m in metrics._DELIM_RE.finditer(text)] == [m.start() for m in _PLAIN_DELIM_RE.finditer(text)]


def test_scanning_shortcuts_match_the_plain_regexes_on_the_seeds(seed_norm):
    for text in seed_norm.values():
        test_scanning_shortcuts_match_the_plain_regexes.hypothesis.inner_test(text)


class _PassOverFromTheStart(metrics._Extractor):
    """The extractor whose second pass starts from the first figure again, as resuming it must match."""

    def run(self):
        self._assign()
        kept = {id(rec.fig) for rec in self.records if self._keep(rec)}
        if len(kept) < len(self.figures):
            self.figures = [f for f in self.figures if id(f) in kept]
            self.records = []
            self._assign()
        return self._finish([rec for rec in self.records if self._keep(rec)])


def _from_the_start(text: str, doc_type: str | None, year: int | None, spans) -> tuple:
    return tuple(_PassOverFromTheStart(text, load_registry(), doc_type, year, spans).run())


_PASS_PIECES = st.sampled_from([
    "3天", "近3年", "一个", "5年", "2个月", "12件", "3项", "98%", "分别为", "分别是", "其中", "包括", "由16个减至14个", "均为0",
    "，", "。", "、", "和", "（", "）", "\n", "行政许可", "行政处罚", "行政复议", "维持", "权责清单", "规范性文件", "培训", "至少",
    "共", "另有", "一是", "下一步", "开展", "两次", "十二",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PASS_PIECES, max_size=30).map("".join), st.sampled_from(["report", "plan"]))
@example("今年受理行政许可、行政处罚分别为3件，5件，用时3天。", "report")
def test_second_pass_resumes_where_nothing_before_changes(text, doc_type):
    spans = target_spans(text, doc_type)
    found = extract_metrics(text, doc_type=doc_type, year=2023, target_spans=spans)
    assert found == _from_the_start(text, doc_type, 2023, spans)


def test_second_pass_resumes_on_the_seeds(seed_norm):
    for prefix, doc_type in (("000", "plan"), ("001", "report"), ("002", "report"), ("003", "plan"), ("004", "plan")):
        text = seed_norm[prefix]
        spans = target_spans(text, doc_type)
        found = extract_metrics(text, doc_type=doc_type, year=2024, target_spans=spans)
        assert found == _from_the_start(text, doc_type, 2024, spans)


def test_a_分别_list_read_across_a_comma_survives_the_second_pass():
    # 3天 is dropped, so the figures are read again; 5件 must stay the 行政处罚 of the list before the comma
    _, found = run("今年受理行政许可、行政处罚分别为3件，5件，用时3天。")
    assert [(m.code, m.value, m.rule) for m in found] == [
        ("license_cases", 3, "respectively:lic_cases"), ("penalty_cases", 5, "respectively:pen_cases")]


@pytest.mark.parametrize("sentence, doc_type, years", [
    ("到2025年，行政复议决定书网上公开率达到100%，组织培训不少于2次。", "plan", [2025, 2025]),
    ("组织培训不少于2次。", "plan", [2023]),
    ("截至2020年底，完成培训不少于2次。", "plan", [2023]),  # a date passed is no deadline of this plan
])
def test_a_target_set_for_a_later_year_is_about_that_year(sentence, doc_type, years):
    _, found = run(sentence, doc_type=doc_type, year=2023)
    assert [m.year for m in found] == years and all(m.kind == "target" for m in found)


def test_a_reports_deadline_target_is_about_its_year_and_the_rest_about_the_next():
    text = "一、主要成效\n办理行政许可61件。\n二、下一步工作打算\n到2025年，网上公开率达到100%。培训执法人员不少于500人次。\n"
    _, found = run(text, year=2023, spans=target_spans(normalize(text).text, "report", year=2023))
    assert [(m.kind, m.year) for m in found] == [("actual", 2023), ("target", 2025), ("target", 2024)]


def test_a_breakdown_of_cases_belongs_to_the_cases_not_to_the_money_between():
    _, found = run("共办理行政处罚案件1.8万件，罚没款8635万元，其中适用简易程序案件6200件。")
    part = next(m for m in found if m.value == 6200)
    assert (part.code, part.parent_code) == ("penalty_cases", "penalty_cases")
    assert part.scope.endswith("适用简易程序案件")


def test_a_bracketed_han_opens_a_breakdown():
    _, found = run("共办理行政复议案件32件（含上年结转3件）。")
    part = next(m for m in found if m.value == 3)
    assert (part.code, part.parent_code, part.scope) == ("reconsideration_cases", "reconsideration_cases",
                                                         "行政复议案件数·上年结转")


def test_a_note_in_brackets_inside_a_breakdown_part_breaks_nothing():
    _, found = run("全年共监督检查3260户次，其中医疗机构（含诊所）1150户次、公共场所1420户次。")
    by_value = {m.value: m for m in found}
    assert by_value[3260].scope is None
    assert (by_value[1150].code, by_value[1150].scope) == ("inspections", "行政检查次数·医疗机构")
    assert by_value[1150].quote == "其中医疗机构（含诊所）1150户次"
    assert (by_value[1420].code, by_value[1420].scope) == ("inspections", "行政检查次数·公共场所")
    # the note's own words neither name the figure (政策解读) nor make it an outcome (变更)
    _, found = run("主动公开政府信息（含政策解读）326条。")
    assert [m.code for m in found] == ["proactive_disclosures"]
    _, found = run("全年办理行政许可1286件，其中医疗机构执业许可（含变更、校验）538件、放射诊疗许可36件。")
    part = next(m for m in found if m.value == 538)
    assert (part.code, part.quote) == ("license_cases", "其中医疗机构执业许可（含变更、校验）538件")


def test_a_part_named_by_its_parent_s_own_rule_is_scoped_not_a_second_total():
    _, found = run("全年办理行政许可1286件，其中公共场所卫生许可412件、放射诊疗许可36件。")
    scopes = {m.value: m.scope for m in found if m.code == "license_cases"}
    assert scopes == {1286: None, 412: "行政许可办理量·公共场所卫生许可", 36: "行政许可办理量·放射诊疗许可"}


def test_a_department_s_whole_system_is_a_scope_and_its_own_office_is_not():
    _, found = run("全年厅本级受理办结行政许可3,426件，全省交通运输系统办理行政许可12.6万件。"
                   "2023年，全省交通运输系统开展路面执法检查2.3万次，厅本级开展行政检查318次。"
                   "举办全省交通运输系统法治培训班2期。")
    scopes = {m.value: m.scope for m in found}
    assert scopes[126000] == scopes[23000] == "全省交通运输系统"
    _, found = run("2024年，全州生态环境系统审批环境影响评价文件286件；开展环境执法检查3,215家次。我局开展检查15次；"
                   "查处案件3件。")
    assert [(m.value, m.scope) for m in found] == [(286, "全州生态环境系统"), (3215, "全州生态环境系统"), (15, None), (3, None)]
    _, lead_in = run("聚焦民生领域开展“铁拳”行动，全省市场监管系统共查办各类违法案件5.2万件；作出行政处罚决定4.7万件。"
                     "省局本级作出行政处罚决定86件。")
    assert [(m.value, m.scope) for m in lead_in] == [(52_000, "全省市场监管系统"), (47_000, "全省市场监管系统"), (86, None)]
    _, organs = run("全省行政执法机关全年作出行政处罚决定24.7万件。厅机关作出行政处罚决定19件。")
    assert [(m.value, m.scope) for m in organs] == [(247_000, "全省行政执法机关"), (19, None)]
    _, bodies = run("委本级作出行政处罚决定17件。全省各级卫生健康监督机构立案查处违法案件4,512件。")
    assert [(m.value, m.scope) for m in bodies] == [(17, None), (4512, "全省各级卫生健康监督机构")]
    _, levels = run("全省各级财政部门检查单位1,842家次。厅本级组织开展财政监督检查126家次。")
    assert [(m.value, m.scope) for m in levels] == [(1842, "全省各级财政部门"), (126, None)]
    _, police = run("省公安厅作为被告的行政诉讼案件36件，全省公安机关行政诉讼一审案件2,341件。")
    assert [(m.value, m.scope) for m in police] == [(36, None), (2341, "全省公安机关")]
    # the office's own figures, even after the system's in one sentence, and its own work for the system
    assert scopes[3426] is scopes[318] is scopes[2] is None


def test_a_period_that_dates_the_documents_cleaned_is_no_multi_year_count():
    _, found = run("2024年，对2020年以来县政府出台的规范性文件进行全面梳理，废止5件。", year=2024)
    assert [(m.code, m.scope) for m in found] == [("normative_docs_repealed", None)]
    _, found = run("2024年，清理2020年以来出台的规范性文件，废止5件。", year=2024)
    assert [m.scope for m in found] == [None]
    _, found = run("2021年以来，累计废止规范性文件5件。", year=2024)
    assert [m.scope for m in found] == ["多年累计"]


def test_a_target_s_scope_drops_the_word_of_commitment():
    _, found = run("1. 确保委党组理论学习中心组集体学法不少于4次，力争局务会会前学法不少于10次。", doc_type="plan", year=2025)
    assert [m.scope for m in found] == ["委党组理论学习中心组集体学法", "局务会会前学法"]
    _, found = run("1、局党组理论学习中心组集体学法不少于4次。", doc_type="plan", year=2025)
    assert [m.scope for m in found] == ["局党组理论学习中心组集体学法"]  # nor the item's number


def test_a_frequency_per_quarter_or_month_says_so_in_its_scope():
    _, found = run("厅长办公会会前学法原则上每季度不少于2次。", doc_type="plan", year=2025)
    assert [(m.code, m.value, m.scope) for m in found] == [("law_study_sessions", 2, "厅长办公会会前学法·每季度")]


def test_table_rows_counted_in_places_and_areas_are_figures_not_changes():
    _, found = run("某局2023年法治政府建设年度报告\n指标\t单位\t2022年\t2023年\t同比\n查处违法建设\t处\t385\t412\t7.0%\n"
                   "拆除面积\t平方米\t41,200\t47,600\t15.5%\n")
    assert [(m.value, m.measure) for m in found] == [(412, "处"), (47_600, "平方米")]


def test_a_certificate_s_scope_names_it_however_it_ends():
    _, found = run("全年核发网络预约出租汽车驾驶员证1,256本、道路运输从业资格证2,415本。")
    assert [(m.code, m.scope) for m in found] == [("certificates_issued", "网络预约出租汽车驾驶员证"),
                                                  ("certificates_issued", "道路运输从业资格证")]


def test_a_measure_word_never_comes_from_the_next_line():
    found = extract_metrics("发文日期：2025-01-27\n名　　称：某局2024年工作报告\n", doc_type="report", year=2024,
                            target_spans=())
    assert not found


def test_words_after_a_figure_name_it_by_their_start():
    _, found = run("137名执法人员通过执法资格考试并取得执法证件。")
    assert found[0].label.startswith("执法人员")


def test_a_bare_concluded_count_is_progress_of_the_cases_counted_before():
    _, found = run("2024年，县政府收到行政复议申请58件，受理51件，审结46件，其中维持28件。全县新收一审行政诉讼案件47件，审结41件，败诉4件。")
    assert [(m.code, m.value) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 58), ("reconsideration_cases", 51), ("reconsideration_upheld", 28), ("litigation_cases", 47)]


def test_dismissed_and_terminated_reviews_are_outcomes_not_more_cases():
    _, found = run("县政府审结行政复议案件46件，其中维持28件、驳回复议申请9件、确认违法3件。"
                   "县政府受理行政复议申请163件，其中维持89件、驳回22件，其余13件终止审理。")
    coded = [(m.code, m.value) for m in found if m.code != "other"]
    assert ("reconsideration_cases", 9) not in coded and ("reconsideration_cases", 13) not in coded
    assert ("reconsideration_cases", 163) in coded and ("reconsideration_upheld", 89) in coded


def test_matters_involving_law_and_litigation_are_no_lawsuits():
    _, found = run("法律顾问全年审核合同协议120份，参与处理涉法涉诉事项38件。")
    assert ("litigation_cases", 38) not in [(m.code, m.value) for m in found]


def test_other_documents_reviewed_are_legality_reviews_not_documents_issued():
    _, found = run("旗司法局审查旗政府拟发文件、合同协议等236件，其中行政规范性文件5件、合同协议187件、其他政策文件44件。")
    assert [(m.code, m.value) for m in found] == [("legality_reviews", 236), ("legality_reviews", 5),
                                                  ("legality_reviews", 187), ("legality_reviews", 44)]
    _, found = run("局法律顾问全年审核合同、协议及其他文件32件。")
    assert [(m.code, m.value) for m in found] == [("legality_reviews", 32)]


def test_kinds_of_a_total_are_its_shares_whatever_their_names_count_alone():
    _, found = run("全年接收12345政务服务便民热线工单12.6万件，其中咨询类4.1万件、求助类3.3万件、投诉类2.9万件、建议类0.8万件。")
    assert [(m.code, m.value, m.scope) for m in found] == [
        ("hotline_cases", 126_000, None), ("hotline_cases", 41_000, "热线工单数·咨询类"),
        ("hotline_cases", 33_000, "热线工单数·求助类"), ("hotline_cases", 29_000, "热线工单数·投诉类"),
        ("hotline_cases", 8_000, "热线工单数·建议类")]


def test_an_outcome_word_listed_as_a_kind_of_application_is_no_outcome():
    _, found = run("区政务服务中心全年办理行政许可15,812件，其中企业开办、变更等登记业务9,136件。")
    assert [(m.code, m.value) for m in found] == [("license_cases", 15_812), ("license_cases", 9_136)]


def test_a_row_left_lined_up_with_spaces_does_not_cut_the_rows_below_from_their_header():
    text = ("某区人民政府关于2025年度法治政府建设情况的报告\n指标名称\t计量单位\t2024年\t2025年\t同比\n行政检查\t次\t8,932\t7,460\t-16.5%\n"
            "12345热线工单             万件          10.3        12.6     22.3%\n信访事项\t件\t2,381\t2,164\t-9.1%\n")
    found = extract_metrics(text, doc_type="report", year=2025, target_spans=())
    assert [(m.code, m.value) for m in found if m.code == "petition_cases"] == [("petition_cases", 2164)]


def test_cases_chosen_as_models_are_an_honour_not_a_compilation():
    _, found = run("深入开展“铁拳”行动，查办案件612件，3件案件入选市场监管总局典型案例。")
    assert [(m.code, m.value) for m in found] == [("penalty_cases", 612)]


def test_problems_the_checks_found_are_no_more_entities_checked():
    _, found = run("抽查检查对象12,847户次，其中跨部门联合抽查5,412户次，联合抽查占比达42.1%，发现问题986户，均已依法处置。")
    assert ("random_check_entities", 986) not in [(m.code, m.value) for m in found]
    assert [m.value for m in found if m.code == "random_check_entities"] == [12_847, 5_412]


def test_a_meeting_that_studies_outreach_work_is_no_outreach_event():
    _, found = run("厅普法依法治理领导小组每年至少召开1次专题会议研究普法工作。", doc_type="plan", year=2025)
    assert not [m for m in found if m.code != "other"]
    _, found = run("全年组织普法宣传活动45场。")
    assert [(m.code, m.value) for m in found] == [("outreach_events", 45)]


@pytest.mark.parametrize("sentence, scopes", [
    # the unit naming itself after a system's clause speaks for itself again
    ("全省水利系统共立案查处水事违法案件1,327件；省水利厅直接查办跨区域重大水事违法案件12件。",
     [(1327, "全省水利系统"), (12, None)]),
    # a part keeps its whole name, and a certificate's name sheds its title marks
    ("全年办理水行政许可2,146件，其中取水许可1,032件、河道管理范围内建设项目工程建设方案审批418件。",
     [(2146, None), (1032, "行政许可办理量·取水许可"), (418, "行政许可办理量·河道管理范围内建设项目工程建设方案审批")]),
    ("颁发《民办学校办学许可证》5份。", [(5, "民办学校办学许可证")]),
])
def test_scopes_name_whole_things(sentence, scopes):
    _, found = run(sentence)
    assert [(m.value, m.scope) for m in found] == scopes


@pytest.mark.parametrize("text, expected", [
    # the other year's figure in brackets, and a case count that fell from last year's
    ("全年办理政府信息公开申请41件，较上年（55件）减少14件。", [("disclosure_requests", 41)]),
    ("行政处罚案件118件（2022年为146件），同比下降19.2%。", [("penalty_cases", 118)]),
    ("行政复议案件由14件降至9件。", [("reconsideration_cases", 9)]),
    # a list the unit adjusted keeps both figures
    ("行政权力事项由4862项精简至4651项。", [("power_list_items", 4651), ("power_list_items", 4862)]),
    # a year's report quoting its first half
    ("全年共办理行政许可1.2万件。上半年办理行政许可5,460件，下半年受理量明显回升。", [("license_cases", 12000)]),
    # a quarter written with a digit, and a column of the first three quarters beside the year's
    ("第1季度，办理行政许可120件。全年办理行政许可560件。", [("license_cases", 560)]),
    ("行政执法情况如下：\n项目\t一至三季度\t全年\n行政检查（次）\t210\t300\n行政处罚（件）\t40\t52\n",
     [("inspections", 300), ("penalty_cases", 52)]),
])
def test_other_years_and_parts_of_the_year_are_not_the_year_s_figures(text, expected):
    _, found = run("某局2023年法治政府建设年度报告\n" + text)
    assert sorted((m.code, m.value) for m in found) == expected


def test_a_half_year_report_counts_its_half():
    _, found = run("某局2023年上半年法治政府建设工作报告\n上半年办理行政许可5,460件。")
    assert [(m.code, m.value) for m in found] == [("license_cases", 5460)]


@pytest.mark.parametrize("header, rows", [
    ("序号\t指标名称\t计量单位\t本年\t上年\t增减（%）", ["1\t办理行政许可\t件\t1,386\t1,215\t14.1",
                                                 "2\t作出行政处罚\t件\t118\t146\t-19.2"]),
    ("指标\t上半年\t全年\t同比", ["办理行政许可（件）\t712\t1,386\t+5.4%", "作出行政处罚（件）\t60\t118\t-12.3%"]),
])
def test_a_table_s_this_year_column_named_against_the_report(header, rows):
    # 本年 is the report's year, 上年 the one before; 上半年 beside 全年 is part of the year
    _, found = run("某局2023年法治政府建设年度报告\n" + "\n".join([header, *rows]) + "\n")
    assert [(m.code, m.value, m.year) for m in found] == [("license_cases", 1386, 2023), ("penalty_cases", 118, 2023)]


@pytest.mark.parametrize("text, expected", [
    # the report year's share of a total since some year is the year's own figure
    ("2021年以来，累计制定行政规范性文件11件，其中2023年4件。",
     [("normative_docs_issued", 4, None, None), ("normative_docs_issued", 11, "多年累计", None)]),
    ("“八五”普法以来累计开展普法活动300余场，2023年开展86场。",
     [("outreach_events", 86, None, None), ("outreach_events", 300, "多年累计", None)]),
    # a total up to a date
    ("截至2023年底，全市累计发放道路运输电子证照12.6万张。",
     [("certificates_issued", 126000, "多年累计·道路运输电子证照", None)]),
    ("截至2023年底累计发放道路运输电子证照12.6万张。",
     [("certificates_issued", 126000, "多年累计·道路运输电子证照", None)]),
])
def test_a_total_over_years_and_the_year_s_own_share(text, expected):
    _, found = run("某局2023年法治政府建设年度报告\n" + text)
    assert sorted((m.code, m.value, m.scope, m.parent_code) for m in found) == expected


def test_a_row_s_group_cell_does_not_name_its_certificate():
    text = "类别\t项目\t2022年\t2023年\n证照管理\t核发道路运输从业资格证（份）\t5,230\t6,018\n"
    _, found = run("某局2023年法治政府建设年度报告\n" + text)
    assert [(m.code, m.value, m.scope) for m in found] == [("certificates_issued", 6018, "道路运输从业资格证")]


@pytest.mark.parametrize("sentence, expected", [
    # 处 counts places (not 处室, 处理); the objects of a random check are its entities, in 个 as in 家
    ("全年对全省不少于120处烈士纪念设施开展抽查。", [("random_check_entities", 120, "at_least", "target")]),
    ("全年检查违法建设150处。", [("other", 150, "exact", "target")]),
    ("全年对不少于80个在建人防工程开展“双随机、一公开”抽查。", [("random_check_entities", 80, "at_least", "target")]),
    ("全年对8个事项开展“双随机、一公开”抽查。", [("random_check_items", 8, "exact", "target")]),
    # rule-of-law work's share of an assessment is its weight
    ("法治建设成效在局机关各处室年度考核中占比不低于5%。", [("assessment_weight_pct", 5, "at_least", "target")]),
    # 监察 of a field is an inspection; the 监察 organ's case reviews are not
    ("全年开展公共机构节能监察不少于40次，开展劳动保障监察不少于50次。",
     [("inspections", 40, "at_least", "target"), ("inspections", 50, "at_least", "target")]),
    ("劳动保障监察机构每年开展行政执法案卷评查不少于1次。", [("other", 1, "at_least", "target")]),
    # 制发, 发放 and 颁发 a 证 issue it, like 核发
    ("全年新制发退役军人优待证不少于20万张，发放退役军人优待证不少于22万张。",
     [("certificates_issued", 200000, "at_least", "target"), ("certificates_issued", 220000, "at_least", "target")]),
    ("全年发放宣传资料5000份。", [("other", 5000, "exact", "target")]),
])
def test_plan_target_wordings(sentence, expected):
    _, found = run("某局2024年法治政府建设工作要点\n一、重点任务\n（一）" + sentence, doc_type="plan", year=2024,
                   spans=[(0, 10_000)])
    assert facts(found) == sorted(expected)


def test_what_a_period_has_done_so_far_is_last_year_s_total_in_a_plan():
    text = ("某局2025年法治政府建设工作要点\n2025年是“十四五”规划收官之年。“十四五”以来，我局累计制定修订规范性文件12件。\n"
            "一、健全制度\n（一）加强规范性文件管理。2025年制定修订规范性文件不少于3件。\n")
    found = spanned_metrics(text, 2025)
    assert sorted((m.value, m.kind, m.year, m.scope) for m in found) == [(3, "target", 2025, None),
                                                                        (12, "actual", 2024, "多年累计")]


def test_a_table_row_is_read_in_its_own_words_not_the_row_above():
    text = ("某市卫生健康委员会2021年法治政府建设工作报告\n指标名称\t2020年\t2021年\n"
            "“双随机、一公开”抽查单位（家）\t1,138\t1,260\n监督检查（户次）\t7,926\t8,450\n")
    _, found = run(text, year=2021)
    assert [(m.code, m.value) for m in found] == [("random_check_entities", 1260), ("inspections", 8450)]


@pytest.mark.parametrize("caption, head", [("表1　2024年度行政许可分事项办理情况", "办件量（件）"),
                                           ("2024年度行政许可分事项办理情况", "办理量（件）")])
def test_a_generic_count_column_takes_its_caption_s_indicator(caption, head):
    text = (f"某市住房和城乡建设局2024年法治政府建设年度报告\n{caption}\n\n序号\t许可事项\t{head}\n"
            "1\t建筑工程施工许可\t1,058\n2\t商品房预售许可\t214\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found] == [("license_cases", 1058, "建筑工程施工许可"),
                                                           ("license_cases", 214, "商品房预售许可")]


def test_the_total_kept_after_a_reform_has_no_scope():
    _, found = run("调整后市本级保留行政许可事项27项。")
    assert [(m.code, m.value, m.scope) for m in found] == [("license_items", 27, None)]


def test_cases_accepted_after_cases_received_are_scoped_as_accepted():
    _, found = run("被申请行政复议的申请8件，依法受理6件，审结5件。")
    assert [(m.code, m.value, m.scope) for m in found] == [
        ("reconsideration_cases", 8, None), ("reconsideration_cases", 6, "受理"), ("other", 5, None)]


@pytest.mark.parametrize("sentence, expected", [
    # checks that did not happen are no checks
    ("开展“综合查一次”联合检查57次，减少重复检查96次。推行“扫码入企”，避免重复入企检查1,200余次。压减入企检查320次。",
     [("inspections", 57), ("other", 96), ("other", 320), ("other", 1200)]),
    # how often each enterprise may be checked is a cap, not a count
    ("对信用风险低的A类企业，除投诉举报、转办交办外原则上每年检查不超过1次。涉企行政检查年度检查频次上限为2次，"
     "每家企业每年最多检查1次。全年“综合查一次”联合检查不少于200次。", [("inspections", 200)]),
])
def test_2025_wordings_of_inspection_reform(sentence, expected):
    _, found = run(sentence)
    assert sorted((m.code, m.value) for m in found) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a quota for each member of a group is no total
    ("全年开展普法活动不少于200场。每个乡镇（街道）每年开展法治宣传活动不少于2场。每名执法人员每年至少主办2件行政处罚案件。"
     "每家二级以上医院每年至少举办2场法治讲座。", [("outreach_events", 200)]),
    ("对二级以上医疗机构每季度至少检查1次。每个镇卫生院每年至少接受1次卫生监督执法检查。开展非法行医专项检查不少于3次。",
     [("inspections", 3)]),
    # a campaign of checks on a kind of body, twice a year, is the unit's own count
    ("对民办学校、校外培训机构开展“双随机、一公开”抽查每年不少于2次。", [("inspections", 2)]),
    ("纳入“双随机、一公开”抽查的事项不少于30个。", [("random_check_items", 30)]),
    ("对5类轻微违法行为依法不予行政处罚。", [("other", 5)]),
])
def test_per_member_quotas_and_plan_wordings(sentence, expected):
    _, found = run("某县人民政府2024年法治政府建设工作要点\n一、重点任务\n（一）" + sentence, doc_type="plan", year=2024,
                   spans=[(0, 10_000)])
    assert sorted((m.code, m.value) for m in found) == expected


def test_a_plan_s_aim_of_no_cases_is_a_zero_target_and_a_report_s_is_a_zero():
    _, found = run("某局2025年法治政府建设工作要点\n一、重点任务\n（一）力争行政复议、行政诉讼案件“零发生”。",
                   doc_type="plan", year=2025, spans=[(0, 10_000)])
    assert sorted((m.code, m.value, m.kind) for m in found) == [("litigation_cases", 0, "target"),
                                                                 ("reconsideration_cases", 0, "target")]
    _, found = run("某局2024年法治政府建设年度报告\n全年实现行政复议、行政诉讼案件“零发生”。")
    assert sorted((m.code, m.kind) for m in found) == [("litigation_cases", "actual"), ("reconsideration_cases", "actual")]


def test_a_part_that_repeats_its_parent_s_indicator_is_named_by_who_did_it():
    _, found = run("全市卫生健康系统办理行政许可2,146件，其中委本级办理行政许可812件。")
    assert [m.scope for m in found if m.value == 812] == ["行政许可办理量·委本级"]


def test_a_lead_in_line_speaks_for_the_numbered_lines_under_it():
    text = ("某市司法局2024年法治政府建设年度报告\n（一）行政复议\n1. 市人民政府共收到行政复议申请1,046件，依法受理962件。\n"
            "2. 审结案件中：\n（1）维持593件；\n（2）驳回、终止163件。\n")
    _, found = run(text, year=2024)
    assert ("reconsideration_upheld", 593) in [(m.code, m.value) for m in found]


def test_a_plan_s_look_back_written_one_sentence_a_paragraph_stays_a_look_back():
    text = ("某县市场监督管理局2025年法治政府建设工作要点\n\n2024年，我局共办理行政许可4,862件。\n\n开展行政检查1,935次，作出行政处罚168件。\n\n"
            "被申请行政复议2件，未发生行政诉讼案件。\n\n全年主动公开政府信息不少于400条。\n\n一、全面履行职能\n\n（一）深化改革。\n\n"
            "开展行政检查不少于1,000次。\n")
    found = spanned_metrics(text, 2025)
    assert sorted((m.code, m.value, m.kind, m.year) for m in found) == [
        ("inspections", 1000, "target", 2025), ("inspections", 1935, "actual", 2024),
        ("license_cases", 4862, "actual", 2024), ("litigation_cases", 0, "actual", 2024),
        ("penalty_cases", 168, "actual", 2024), ("proactive_disclosures", 400, "target", 2025),
        ("reconsideration_cases", 2, "actual", 2024)]


def test_the_disclosure_report_template_tables():
    # section 二: the row names the thing, the column what was done; 规章 is no normative document; 现行有效 is a stock
    text = ("某市市场监督管理局2024年政府信息公开工作年度报告\n一、主动公开政府信息情况\n第二十条第（一）项\n"
            "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t3\t1\t19\n"
            "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t18,476\n"
            "二、收到和处理政府信息公开申请情况\n\t自然人\t商业企业\t其他\t总计\n"
            "一、本年新收政府信息公开申请数量\t41\t8\t3\t52\n二、上年结转政府信息公开申请数量\t3\t0\t0\t3\n")
    _, found = run(text, year=2024)
    coded = sorted((m.code, m.value, m.scope) for m in found if m.code != "other")
    assert coded == [("disclosure_requests", 52, None), ("license_cases", 18476, None),
                     ("normative_docs_issued", 3, None), ("normative_docs_repealed", 1, None)]


@pytest.mark.parametrize("sentence, expected", [
    ("全年共收到政府信息公开申请52件，上年结转3件，办结51件，结转下年度继续办理4件。",
     [("disclosure_requests", 52), ("other", 3), ("other", 4), ("other", 51)]),
    ("全年主动公开政府信息3,286条，规范设置法定主动公开内容专栏12个。", [("other", 12), ("proactive_disclosures", 3286)]),
])
def test_disclosure_report_wordings(sentence, expected):
    _, found = run(sentence)
    assert sorted((m.code, m.value) for m in found) == expected


def test_a_row_of_figures_under_stacked_headers():
    # the disclosure report's 复议/诉讼 table: totals and named outcomes of 复议, each route's total of 诉讼
    heads = ["行政复议"] * 5 + ["行政诉讼"] * 10, \
        ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5, \
        ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3
    text = ("某县人民政府2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"
            + "".join("\t".join(h) + "\n" for h in heads) + "1\t0\t1\t0\t2\t1\t0\t0\t1\t2\t0\t0\t0\t0\t0\n")
    _, found = run(text)
    assert sorted((m.code, m.value, m.scope) for m in found if m.code != "other") == [
        ("litigation_cases", 0, "复议后起诉"), ("litigation_cases", 2, "未经复议直接起诉"),
        ("reconsideration_cases", 2, None), ("reconsideration_pending", 0, None), ("reconsideration_upheld", 1, None)]


def test_no_cases_caused_by_one_thing_are_scoped_zeros_and_a_cause_names_no_zero():
    _, found = run("全年未发生因政府信息公开引起的行政复议、行政诉讼案件。全年未发生因重大行政决策引发的群体性事件。")
    assert sorted((m.code, m.value, m.scope) for m in found) == [
        ("litigation_cases", 0, "因政府信息公开引起"), ("reconsideration_cases", 0, "因政府信息公开引起")]


@pytest.mark.parametrize("header, row, expected", [
    ("指标\t1月\t2月\t3月\t合计", "行政处罚案件（件）\t23\t18\t31\t72", ("penalty_cases", 72)),
    ("指标\t单位\t1-3月\t4-6月\t7-9月\t10-12月\t全年", "行政处罚\t件\t38\t45\t52\t41\t176", ("penalty_cases", 176)),
    ("指标\t第一季度\t第二季度\t第三季度\t第四季度\t全年", "主动公开政府信息（条）\t168\t192\t201\t182\t743",
     ("proactive_disclosures", 743)),
])
def test_a_table_by_month_or_quarter_gives_the_year_s_figure_only(header, row, expected):
    _, found = run("某局2024年法治政府建设年度报告\n" + header + "\n" + row + "\n", year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [expected]


def test_a_long_table_row_is_read_from_its_name():
    months = "\t".join(f"{m}月" for m in range(1, 13))
    figures = "\t".join(["2,210"] * 12)
    _, found = run(f"某局2024年法治政府建设年度报告\n指标\t{months}\t合计\n数字城管立案（件）\t{figures}\t26,520\n", year=2024)
    assert [(m.code, m.value) for m in found] == [("other", 26520)]  # 数字城管 cases are no penalties


def test_a_clause_opening_with_a_quarter_speaks_for_the_figure_after_it():
    _, found = run("2024年，一至三季度共办理行政许可1,024件，全年1,386件。全年作出行政处罚325件，第二季度开展渣土车专项整治，"
                   "查处违规运输案件46件。四季度开展专项行动，检查用人单位612户次。", year=2024)
    assert sorted((m.code, m.value) for m in found) == [("license_cases", 1386), ("penalty_cases", 325)]


def test_a_staged_plan_gives_each_target_its_year():
    text = ("滁州市司法局行政执法质量提升行动方案（2023—2025年）\n一、工作目标\n"
            "2024年全市部门联合抽查市场主体不少于600家，2025年不少于800家。2024年起每年举办法治培训班不少于4期。\n"
            "序号\t指标\t2023年\t2024年\t2025年\n1\t执法人员法治培训班（期）\t4\t4\t5\n")
    found = spanned_metrics(text, 2023)
    assert sorted((m.code, m.value, m.year) for m in found) == [
        ("law_trainings", 4, 2023), ("law_trainings", 4, 2024), ("law_trainings", 4, 2024), ("law_trainings", 5, 2025),
        ("random_check_entities", 600, 2024), ("random_check_entities", 800, 2025)]


@pytest.mark.parametrize("sentence, expected", [
    ("2024年，局党组会前学法不少于10次；2025年不少于12次。",
     [("law_study_sessions", 10, 2024), ("law_study_sessions", 12, 2025)]),
    ("12345热线满意率2024年达到92%，2025年达到95%以上。",
     [("satisfaction_rate", 92, 2024), ("satisfaction_rate", 95, 2025)]),
])
def test_the_next_stage_of_a_target_keeps_its_indicator(sentence, expected):
    _, found = run("某局工作方案（2023—2025年）\n一、工作目标\n" + sentence, doc_type="plan", year=2023, spans=[(0, 10_000)])
    assert sorted((m.code, m.value, m.year) for m in found) == expected


@pytest.mark.parametrize("text, parts", [
    ("全年查处各类违法案件1,286件。从执法层级看，市本级办理218件，县（市、区）办理1,068件。", [218, 1068]),
    ("全年共查处交通运输违法案件600件。按领域分：道路运输案件523件、水路运输案件46件、工程建设案件31件。", [31, 46, 523]),
    ("全年开展卫生监督检查13,627户次，按专业分：公共场所6,215户次、生活饮用水1,318户次。", [1318, 6215]),
])
def test_a_lead_in_by_level_or_field_takes_the_total_before_apart(text, parts):
    _, found = run(text)
    assert sorted(m.value for m in found if m.parent_code) == parts
    assert len([m for m in found if m.scope is None]) == 1  # one total, the rest its parts
    assert "行政处罚案件数·市本级" in [m.scope for m in found] or "市本级" not in text


def test_prose_breakdowns_in_brackets_by_kind_and_after_one_verb():
    _, found = run("检查企业3,215家次（食品生产企业628家次、餐饮单位1,902家次、药店685家次），受理投诉1,286件（同比增长9.7%）。")
    assert sorted((m.code, m.value, m.scope) for m in found if m.code != "other") == sorted([
        ("complaint_reports", 1286, None), ("inspections", 628, "行政检查次数·食品生产企业"),
        ("inspections", 1902, "行政检查次数·餐饮单位"), ("inspections", 3215, None), ("inspections", 685, "行政检查次数·药店")])
    _, found = run("全年查处环境违法行为：水污染类112件，大气污染类168件，固体废物类57件。"
                   "全年检查道路运输企业、客运站、机动车维修企业分别为412家次、96家次、735家次。")
    assert sorted((m.code, m.value) for m in found) == [
        ("inspections", 96), ("inspections", 412), ("inspections", 735),
        ("penalty_cases", 57), ("penalty_cases", 112), ("penalty_cases", 168)]


def test_a_lead_in_takes_apart_the_paragraph_s_last_total_past_a_sentence_of_other_things():
    _, found = run("全市全年查处各类违法案件1,286件。罚没款合计1,863.5万元，移送公安机关涉嫌犯罪案件17件。"
                   "从执法层级看，市本级办理218件，县（市、区）办理1,068件。")
    assert sorted((m.value, m.parent_code) for m in found if m.code == "penalty_cases") == [
        (218, "penalty_cases"), (1068, "penalty_cases"), (1286, None)]


@pytest.mark.parametrize("sentence, expected", [
    ("全年纳入年度绩效考核，占比10%。", [("assessment_weight_pct", 10)]),
    ("开展人防宣传教育活动36场，开展宣传42场。", [("outreach_events", 36), ("outreach_events", 42)]),
    ("群众办事大厅进驻事项29项。", [("service_items", 29)]),
    ("清理我局规范性文件和其他政策文件13件。", [("policy_docs_cleaned", 13)]),
    ("随机抽取在建人防工程58个。", [("random_check_entities", 58)]),
])
def test_weights_after_a_comma_outreach_hall_items_clean_ups_and_random_picks(sentence, expected):
    _, found = run(sentence)
    assert sorted((m.code, m.value) for m in found) == expected


def test_the_second_outcome_of_a_list_is_named_by_its_own_words_after_it():
    _, found = run("全年办理行政复议案件2件，其中1件维持、1件因申请人撤回申请终止。")
    last = max(found, key=lambda m: m.start)
    assert (last.value, last.quote, last.label) == (1, "1件因申请人撤回申请终止", "因申请人撤回申请终止")


def test_the_provincial_team_s_own_cases_end_the_system_s_scope():
    _, found = run("全省医保系统共查处违法违规案件1200件，省医疗保障基金监管执法总队直接查办案件35件。")
    assert sorted((m.value, m.scope) for m in found) == [(35, None), (1200, "全省医保系统")]


def test_long_chinese_numerals_count_whatever_their_measure_but_one_character_ones_stay_set_phrases():
    _, found = run("发放宣传资料逾三千张，张贴海报二十张，建成一张网。")
    assert sorted((m.value, m.qualifier) for m in found) == [(20, "exact"), (3000, "gt")]


def test_a_duration_in_brackets_is_no_part_and_the_brackets_end_the_breakdown():
    _, found = run("开展法治培训6次（每次不少于1小时），举办培训班3期（每期2天）。全年开展行政检查116次（涉及企业98家次）。")
    assert sorted((m.code, m.value, m.scope) for m in found) == [
        ("inspections", 98, "行政检查次数·涉及企业"), ("inspections", 116, None),
        ("law_trainings", 3, None), ("law_trainings", 6, None)]


def test_a_report_s_part_on_next_year_looking_back_states_what_was_done():
    text = ("某局2024年法治政府建设工作报告\n二、2025年工作计划\n（一）2024年我局共开展法治宣传活动20场，2025年将继续开展不少于25场。"
            "今年开展行政检查412次，明年力争检查覆盖率达到100%。力争全年行政复议案件零发生。")
    found = spanned_metrics(text, 2024, "report")
    assert sorted((m.code, m.value, m.kind, m.year) for m in found if m.code != "other") == [
        ("inspections", 412, A, 2024), ("outreach_events", 20, A, 2024), ("outreach_events", 25, T, 2025),
        ("reconsideration_cases", 0, T, 2025)]


def test_a_lawsuit_still_in_court_is_no_pending_review_and_a_time_cut_is_no_time_limit():
    _, found = run("全年以本局为被申请人的行政复议案件4件，其中1件维持。办理行政应诉案件3件，已审结2件，另1件尚在一审审理中。"
                   "审批平均用时较上年缩短4.5个工作日。")
    assert "reconsideration_pending" not in {m.code for m in found}
    assert "approval_time_limit_days" not in {m.code for m in found}


def test_a_sector_s_departments_are_the_whole_system_and_the_bureau_s_team_is_its_own_office():
    _, found = run("全省医保部门检查定点医药机构2.37万家次，依法作出行政处罚决定412件。"
                   "全省自然资源系统立案查处违法用地案件2,386件；厅执法总队直接查办重大案件18件。"
                   "全市组织跨部门联合抽查事项28个。")
    assert sorted((m.value, m.scope) for m in found) == [
        (18, None), (28, None), (412, "全省医保部门"), (2386, "全省自然资源系统"), (23700, "全省医保部门")]


def test_next_year_s_figure_after_a_verb_of_growth_keeps_the_indicator_and_a_quota_for_each_is_no_total():
    text = ("某局2024年法治政府建设工作报告\n二、2025年工作打算\n2024年，我局共举办执法人员法治培训3期，2025年将增加至不少于4期。"
            "今年主动公开政府信息168条，明年将增加到不少于200条。确保每个旗县区至少开展普法活动2场。")
    found = spanned_metrics(text, 2024, "report")
    assert sorted((m.code, m.value, m.kind, m.year) for m in found) == [
        ("law_trainings", 3, A, 2024), ("law_trainings", 4, T, 2025),
        ("proactive_disclosures", 168, A, 2024), ("proactive_disclosures", 200, T, 2025)]


def test_a_bound_before_a_list_holds_for_each_figure_and_listed_years_date_their_figures():
    found = spanned_metrics("全年开展行政检查、“双随机、一公开”抽查分别不少于1,400次、50家。"
                         "2023年、2024年全市行政检查分别为1,186次、1,208次。", 2025)
    assert sorted((m.value, m.qualifier, m.kind, m.year) for m in found) == [
        (50, "at_least", T, 2025), (1186, "exact", A, 2023), (1208, "exact", A, 2024), (1400, "at_least", T, 2025)]
    _, found = run("2022年、2023年、2024年分别办理行政许可1,120件、1,305件、1,486件。", year=2024)
    assert [(m.code, m.value, m.year) for m in found] == [("license_cases", 1486, 2024)]  # the years before are context


def test_figures_before_a_total_that_add_up_to_it_are_its_parts():
    _, found = run("全年办理行政许可：市本级412件、县（市、区）874件，共计1,286件。")
    assert sorted((m.code, m.value, m.scope) for m in found) == [
        ("license_cases", 412, "行政许可办理量·市本级"), ("license_cases", 874, "行政许可办理量·县（市、区）"),
        ("license_cases", 1286, None)]
    _, found = run("（一）主动公开。2024年，我局通过门户网站公开机构职能、政策文件等基础信息412条，工作动态563条，"
                   "政策解读79条，共计1054条。")
    assert sorted((m.code, m.value, m.scope) for m in found) == [
        ("policy_interpretations", 79, None), ("proactive_disclosures", 412, "主动公开信息数·基础信息"),
        ("proactive_disclosures", 563, "主动公开信息数·工作动态"), ("proactive_disclosures", 1054, None)]


def test_paired_parts_after_其中_belong_to_the_total_of_their_own_indicator():
    _, found = run("全年开展行政检查1,352次，作出行政处罚183起，其中市本级检查416次、处罚46起；县（市、区）检查936次、处罚137起。")
    assert sorted((m.value, m.scope) for m in found) == [
        (46, "行政处罚案件数·市本级"), (137, "行政处罚案件数·县（市、区）"), (183, None),
        (416, "行政检查次数·市本级"), (936, "行政检查次数·县（市、区）"), (1352, None)]


def test_review_and_litigation_tables_pasted_with_one_cell_per_group_read_each_total():
    text = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n\t\t\t\t未经复议直接起诉\t复议后起诉\n"
            + "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3) + "\n"
            + "\t".join("2 1 0 1 4 1 0 0 1 2 0 0 1 0 1".split()) + "\n")
    _, found = run(text)
    assert sorted((m.code, m.value, m.scope) for m in found if m.code != "other") == [
        ("litigation_cases", 1, "复议后起诉"), ("litigation_cases", 2, "未经复议直接起诉"),
        ("reconsideration_cases", 4, None), ("reconsideration_pending", 1, None), ("reconsideration_upheld", 2, None)]


def test_a_request_table_pasted_with_one_cell_per_group_reads_its_total_column_and_no_outcome_row():
    text = ("二、收到和处理政府信息公开申请情况\n\t\t申请人情况\n\t自然人\t法人或其他组织\t总计\n"
            "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n"
            "一、本年新收政府信息公开申请数量\t29\t5\t0\t0\t2\t1\t37\n"
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n")
    _, found = run(text)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [("disclosure_requests", 37)]


def test_a_share_s_setting_before_a_change_is_no_figure_and_a_table_s_outcome_row_keeps_its_code():
    _, found = run("将法治建设纳入年度目标绩效考核，所占权重由原来的百分之五提高到百分之八。")
    assert [(m.code, m.value) for m in found] == [("assessment_weight_pct", 8)]
    _, found = run("项目\t单位\t2024年\n被申请行政复议\t件\t3\n　其中：维持原行政行为\t件\t2\n")
    assert sorted((m.code, m.value) for m in found) == [("reconsideration_cases", 3), ("reconsideration_upheld", 2)]


@pytest.mark.parametrize("text", [
    "各街道（镇）共办理行政处罚案件1,046件，柳青街道、银雀山街道分别为188件、161件。",
    "各街道（镇）共办理行政处罚案件1,046件，柳青街道188件、银雀山街道161件。",
    "全县各行政执法单位全年共办理行政处罚案件3,915件，实施行政检查7,206次。\n从部门看，柳青街道188件、银雀山街道161件。",
])
def test_places_listed_after_a_total_are_its_parts_with_or_without_其中(text):
    _, found = run(text)
    assert sorted((m.value, m.scope) for m in found if m.value in (188, 161)) == [
        (161, "行政处罚案件数·银雀山街道"), (188, "行政处罚案件数·柳青街道")]


def test_items_of_a_list_are_no_totals_of_the_items_after_them():
    _, found = run("全年查处环境违法行为：水污染类112件，大气污染类168件，固体废物类57件，共计作出行政处罚决定337件。")
    assert sorted((m.value, m.scope) for m in found) == [
        (57, "行政处罚案件数·固体废物类"), (112, "行政处罚案件数·水污染类"), (168, "行政处罚案件数·大气污染类"), (337, None)]


def test_review_decisions_settlements_places_counted_and_a_list_under_one_review_verb():
    _, found = run("全年收到行政复议申请402件，受理381件，作出复议决定347件，其中维持231件，调解、和解结案46件。"
                   "16个乡镇（街道）共办理行政处罚案件238件。"
                   "审核县政府规范性文件、政策措施和重大决策事项112件。开展“法律明白人”培训、“送法下乡”等普法活动560余场。")
    assert sorted((m.code, m.value) for m in found if m.code != "other") == [
        ("legality_reviews", 112), ("outreach_events", 560), ("penalty_cases", 238),
        ("reconsideration_cases", 381), ("reconsideration_cases", 402), ("reconsideration_upheld", 231)]


@pytest.mark.parametrize("text", [
    "全年共收到行政复议申请148件，其中市场监管领域41件；受理136件，审结129件。",
    "全年共收到行政复议申请148件，其中涉及市场监管、公安交警领域的分别为41件、29件，受理136件，审结129件。",
])
def test_cases_accepted_after_a_breakdown_or_a_semicolon_are_the_received_cases_accepted(text):
    _, found = run(text)
    assert [(m.code, m.scope) for m in found if m.value == 136] == [("reconsideration_cases", "受理")]
    assert [m.code for m in found if m.value == 129] == ["other"]  # how far they got, no more cases


def test_an_average_time_is_no_time_limit_and_a_period_stands_once_in_a_scope():
    found = spanned_metrics("出口退税平均办理时间压缩至4个工作日以内。平均办结时限压缩至5个工作日。每季度会前学法不少于2次。", 2025)
    assert [(m.code, m.value) for m in found if m.code == "approval_time_limit_days"] == [("approval_time_limit_days", 5)]
    assert all(m.scope.count("每季度") == 1 for m in found if m.code == "law_study_sessions")


def _table(*rows: list[str]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


def test_a_table_s_units_stated_once_in_its_caption_or_on_a_line_of_their_own():
    # （单位：件） in the caption: every column naming a thing counts in it, and the rows are its parts
    text = ("某省农业农村厅2024年建议提案办理工作情况的报告\n表1　2024年建议提案主办件分处室承办情况（单位：件）\n"
            + _table(["承办处室（单位）", "人大代表建议", "政协提案"], ["种植业管理处", "26", "18"], ["序号", "", ""]))
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.measure, m.scope) for m in found] == [
        ("npc_suggestions", 26, "件", "种植业管理处"), ("cppcc_proposals", 18, "件", "种植业管理处")]
    # 单位：件、次 on its own line: each column takes the unit its indicator is counted in
    text = ("某市司法局2024年法治政府建设年度报告\n表1　2024年全市行政执法情况统计表\n单位：件、次\n"
            + _table(["执法主体", "行政许可", "行政检查", "行政处罚"], ["定海区", "5,612", "6,248", "2,105"],
                     ["全市合计", "9,828", "9,121", "2,951"]))
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.measure, m.scope) for m in found] == [
        ("license_cases", 5612, "件", "定海区"), ("inspections", 6248, "次", "定海区"), ("penalty_cases", 2105, "件", "定海区"),
        ("license_cases", 9828, "件", None), ("inspections", 9121, "次", None), ("penalty_cases", 2951, "件", None)]
    # the places over the columns and the indicator in the row, in a plan
    text = "某市应急管理局2025年法治政府建设工作要点\n表2　2025年行政执法检查任务分解\n单位：次\n" + _table(
        ["单位", "市本级", "张店区", "合计"], ["检查任务", "300", "620", "920"])
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.measure, m.kind) for m in found] == [
        ("inspections", 300, "次", "target"), ("inspections", 620, "次", "target"), ("inspections", 920, "次", "target")]


def test_a_list_of_units_as_long_as_the_figure_columns_stands_in_their_order():
    # 单位：户次、件、%、万元 over stacked headers: the share (%) and the money (万元) are no penalty cases
    text = ("某县市场监督管理局2024年法治政府建设年度报告\n表1 2024年分领域监督检查和案件查办情况\n单位：户次、件、%、万元\n"
            + _table(["执法领域", "执法领域", "监督检查", "案件查办", "案件查办", "案件查办"],
                     ["执法领域", "执法领域", "检查户次", "处罚决定", "占比", "罚没款"],
                     ["食品药品", "食品安全", "5,236", "312", "34.4", "286.5"],
                     ["知识产权", "知识产权", "—", "57", "6.3", "48.2"]))
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.measure) for m in found if m.code != "other"] == [
        ("inspections", 5236, "户次"), ("penalty_cases", 312, "件"), ("penalty_cases", 57, "件")]


def test_a_column_headed_table_s_target_cells_keep_their_bound():
    text = "某市应急管理局2025年法治政府建设工作要点\n表1　2025年法治政府建设主要指标\n" + _table(
        ["年度", "行政执法检查（次）", "普法宣传活动（场）"], ["2024年完成", "3,846", "64"], ["2025年目标", "≥4,000", "≥70"])
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.qualifier, m.kind) for m in found] == [
        ("inspections", 3846, "exact", "actual"), ("outreach_events", 64, "exact", "actual"),
        ("inspections", 4000, "at_least", "target"), ("outreach_events", 70, "at_least", "target")]


def test_a_case_table_s_rows_of_progress_and_outcome_are_no_more_cases():
    text = "某市司法局2024年法治政府建设年度报告\n表2　2024年全市行政争议案件情况\n" + _table(
        ["指标", "行政复议（件）", "行政诉讼（件）"], ["新收案件", "286", "173"], ["审结案件", "261", "158"],
        ["　其中：维持", "187", "—"], ["　其中：纠错（败诉）", "38", "14"], ["尚未审结", "25", "15"])
    _, found = run(text, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 286), ("litigation_cases", 173), ("reconsideration_upheld", 187),
        ("reconsideration_pending", 25)]


def test_the_total_row_under_a_count_of_kinds_is_the_caption_s_thing():
    text = "某市人力资源和社会保障局2024年法治政府建设年度报告\n表1　2024年全市人社政务服务事项及办件情况\n" + _table(
        ["事项类型", "事项数（项）", "办件量（件）"], ["行政许可", "6", "1,284"], ["公共服务", "142", "2,863,417"],
        ["合计", "148", "2,864,701"])
    _, found = run(text, year=2024)
    assert [(m.code, m.value) for m in found if m.measure == "项"] == [
        ("license_items", 6), ("public_service_items", 142), ("service_items", 148)]


@pytest.mark.parametrize("text, expected", [
    # a 其中 part names which of two totals it is a part of
    ("全年共承办市人大代表建议38件、市政协提案52件，其中主办建议21件、主办提案30件。",
     [("cppcc_proposals", 30), ("cppcc_proposals", 52), ("npc_suggestions", 21), ("npc_suggestions", 38)]),
    # one total of suggestions and proposals, however long the sessions' names, has no code; its parts do
    ("我厅共承办省十四届人大二次会议代表建议和省政协十三届二次会议委员提案286件。其中，省人大代表建议158件，省政协提案128件。",
     [("cppcc_proposals", 128), ("npc_suggestions", 158)]),
    # 中小学法治副校长 studies no law; legal-education posts disclose no government information
    ("推动全市中小学法治副校长每学期到校履职不少于2次。", []),
    ("“某市普法”微信公众号全年发布普法信息4,600余条。", []),
    # a training in how to answer suggestions is no law training; one for a field's enforcement staff is
    ("举办全省农业农村系统建议提案办理业务培训班1期。", []),
    ("组织全市统计执法人员培训1期。", [("law_trainings", 1)]),
])
def test_parts_named_by_their_total_and_what_is_no_law_work(text, expected):
    _, found = run("某局2024年工作情况报告\n" + text, year=2024)
    assert sorted((m.code, m.value) for m in found if m.code != "other") == expected


def test_a_table_row_under_a_qizhong_row_is_the_next_part_and_a_bracketed_headcount_no_cases():
    text = "某镇人民政府2024年法治政府建设年度报告\n" + _table(
        ["项目", "计量单位", "2024年", "2023年"], ["办理行政处罚案件", "件", "43", "38"], ["其中：简易程序", "件", "29", "25"],
        ["一般程序", "件", "14", "13"], ["罚没款", "万元", "6.82", "5.10"])
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == [
        ("penalty_cases", 43, None), ("penalty_cases", 29, "行政处罚案件数·简易程序"),
        ("penalty_cases", 14, "行政处罚案件数·一般程序")]
    # a row past what the total holds is no part of it
    text = "某镇人民政府2024年法治政府建设年度报告\n" + _table(
        ["项目", "计量单位", "2024年"], ["办理行政处罚案件", "件", "43"], ["其中：简易程序", "件", "29"],
        ["一般程序", "件", "20"])
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.parent_code) for m in found if m.value == 20] == [("other", 20, None)]
    _, found = run("某镇2024年工作报告\n全年共受理信访事项105件，其中群众来访64件（涉及213人次），网上信访和来信41件。", year=2024)
    assert sorted((m.code, m.value) for m in found if m.code != "other") == [
        ("petition_cases", 41), ("petition_cases", 64), ("petition_cases", 105)]


@pytest.mark.parametrize("text, expected", [
    # what was disclosed may be listed between 公开 and 等信息
    ("在区政府门户网站公开决策事项目录、决策草案及征求意见稿、意见采纳情况等信息46条。在门户网站公开财政预决算等信息38条。",
     [("proactive_disclosures", 38, None), ("proactive_disclosures", 46, None)]),
    # a sum marking off a class of contracts is no figure, and the contracts in it are a part
    ("全年法律顾问参与审查合同协议87份，涉及金额约46.3亿元，其中标的额在1000万元以上的41份。",
     [("legality_reviews", 41, "legality_reviews"), ("legality_reviews", 87, None)]),
    # the cases received, then accepted in a sentence of its own; screened out ones are no legality reviews
    ("全市共收到行政复议申请4,862件，其中市政府本级收到1,537件。市政府本级依法受理1,402件，经审查不予受理89件。",
     [("reconsideration_cases", 1402, None), ("reconsideration_cases", 1537, "reconsideration_cases"),
      ("reconsideration_cases", 4862, None)]),
    # the acts the cases dispute sort them; they are no penalties or disclosures of their own
    ("市政府本级依法受理行政复议申请1,402件。从案件类型看，市政府本级受理的案件中，涉及行政处罚的512件、"
     "政府信息公开的196件，其他类型279件。",
     [("reconsideration_cases", 196, "reconsideration_cases"), ("reconsideration_cases", 279, "reconsideration_cases"),
      ("reconsideration_cases", 512, "reconsideration_cases"), ("reconsideration_cases", 1402, None)]),
    # cases closed after the cases counted are their progress, and so is an outcome of ordering performance
    ("全年受理行政复议案件1,402件。全年审结行政复议案件1,318件，其中维持683件，撤销71件，责令履行23件。"
     "直接纠错160件。截至2024年12月31日，尚有84件正在审理中。",
     [("reconsideration_cases", 1402, None), ("reconsideration_pending", 84, None), ("reconsideration_upheld", 683, "other")]),
])
def test_reconsideration_reports_of_a_justice_bureau(text, expected):
    _, found = run("某市司法局2024年行政复议工作情况报告\n一、主要工作\n" + text, year=2024)
    assert sorted((m.code, m.value, m.parent_code) for m in found if m.code != "other") == expected


def test_lead_ins_after_an_item_heading_take_apart_the_paragraph_before_s_total_each():
    text = ("某省司法厅2024年行政应诉工作情况报告\n一、基本情况\n（一）案件总体情况。全省各级行政机关应诉一审行政诉讼案件1.25万件，"
            "省司法厅作为被申请人的行政复议案件3件。\n（二）案件分布情况。分地区看，兰州市3,412件、天水市1,286件。"
            "分领域看，自然资源领域2,967件，公安领域2,113件，以上三个领域合计占比49.4%。\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.measure in ("件", "个")] == [
        ("litigation_cases", 12500, "全省各级行政机关"), ("reconsideration_cases", 3, None),
        ("litigation_cases", 3412, "行政诉讼应诉案件数·兰州市"), ("litigation_cases", 1286, "行政诉讼应诉案件数·天水市"),
        ("litigation_cases", 2967, "行政诉讼应诉案件数·自然资源领域"), ("litigation_cases", 2113, "行政诉讼应诉案件数·公安领域")]


def test_a_review_table_s_accepted_row_and_closed_row():
    text = "某市司法局2024年行政复议工作情况报告\n表1 2024年全市行政复议主要数据\n" + _table(
        ["指标", "2023年", "2024年"], ["收到行政复议申请（件）", "3,508", "4,862"], ["其中：市政府本级（件）", "1,124", "1,537"],
        ["市政府本级受理（件）", "1,015", "1,402"], ["市政府本级审结（件）", "978", "1,318"])
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 4862, None), ("reconsideration_cases", 1537, "行政复议案件数·市政府本级"),
        ("reconsideration_cases", 1402, "受理")]


def test_a_new_point_of_a_list_ends_a_whole_system_s_subject():
    text = ("某省人民政府2023年法治政府建设情况报告\n三、2024年工作安排\n一是深化政务公开，全省各级行政机关主动公开政府信息"
            "不少于100万条；二是提升行政执法质量，举办全省行政执法人员培训班不少于4期。")
    _, found = run(text, year=2023, spans=((0, 200),))
    assert [(m.code, m.scope) for m in found] == [
        ("proactive_disclosures", "全省各级行政机关"), ("law_trainings", "行政执法人员")]


def test_a_table_s_place_columns_scope_their_cells():
    text = "某某市人民政府关于2024年度法治政府建设情况的报告\n附件\n2024年某某市法治政府建设主要数据统计表\n" + _table(
        ["序号", "指标", "计量单位", "全市", "市局本级", "县（市、区）", "合计", "同比"],
        ["1", "办理行政许可", "件", "412,386", "96,215", "316,171", "412,386", "+8.4%"])
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found] == [
        ("license_cases", 412386, "全市"), ("license_cases", 96215, "市局本级"), ("license_cases", 316171, "县（市、区）"),
        ("license_cases", 412386, None)]


def test_what_a_government_signs_in_its_own_name_ends_a_whole_system_s_subject():
    text = ("某某市人民政府关于2024年度法治政府建设情况的报告\n全市各级行政机关共开展合法性审核4,218件，其中市司法局审核市政府"
            "拟发文件326件；审查以市政府名义签订的合同协议87份。")
    _, found = run(text, year=2024)
    assert [(m.value, (m.scope or "").startswith("全市各级行政机关")) for m in found] == [(4218, True), (326, True), (87, False)]


@pytest.mark.parametrize("text, expected", [
    # work done for N units is counted by what was done; a clause with no subject covers what the clause before made
    ("为150家以上重点排污单位提供“法治体检”服务；为80家重点用水单位开展“法治体检”。",
     [("enterprises_served", 80, "exact"), ("enterprises_served", 150, "at_least")]),
    ("修订完善卫生健康行政处罚裁量基准，覆盖处罚事项不少于300项。", [("discretion_benchmark_items", 300, "at_least")]),
    # a hotline's number names it
    ("12333人社服务热线人工接通率不低于90%。", [("other", 90, "at_least")]),
])
def test_a_plan_s_units_served_what_a_clause_covers_and_hotline_numbers(text, expected):
    found = spanned_metrics("某局2026年法治政府建设工作要点\n一、重点任务\n（一）" + text, 2026)
    assert sorted((m.code, m.value, m.qualifier) for m in found) == expected


@pytest.mark.parametrize("text, expected", [
    # tenths (成) are a share; a bare 百 or 千 bounded after its measure, or after 不少于, is a number; a digit before 千
    # or 百 multiplies as before 万
    ("平均办理时限较法定时限压缩六成以上，群众满意率达到九成五。",
     [("satisfaction_rate", 95, "exact"), ("time_reduction_rate", 60, "at_least")]),
    ("全年开展各类普法宣传活动百场以上，主动公开政府信息千条以上。",
     [("outreach_events", 100, "at_least"), ("proactive_disclosures", 1000, "at_least")]),
    ("办理行政许可8千多件，主动公开政府信息３千余条，办理依申请公开2百余件。",
     [("disclosure_requests", 200, "approx"), ("license_cases", 8000, "approx"), ("proactive_disclosures", 3000, "approx")]),
    # a part in brackets naming its parent's own thing keeps its code
    ("局长办公会会前学法12次（含线上学法5次）。", [("law_study_sessions", 5, "exact"), ("law_study_sessions", 12, "exact")]),
    # a 其中 list of outcomes ends where another kind of case is counted
    ("全年以我局为被申请人的行政复议案件5件，其中维持3件、撤销1件、确认违法1件；行政应诉案件2件。",
     [("litigation_cases", 2, "exact"), ("reconsideration_cases", 5, "exact"), ("reconsideration_upheld", 3, "exact")]),
    ("制度一成不变，比例达到8成。", []),
])
def test_tenths_bare_hundreds_digit_thousands_and_bracketed_parts(text, expected):
    _, found = run("某局2024年法治政府建设年度报告\n一、主要工作\n" + text, year=2024)
    assert sorted((m.code, m.value, m.qualifier) for m in found if m.code != "other") == expected


def test_a_note_closing_the_plan_part_explains_the_report_s_figures():
    text = ("某市人力资源和社会保障局2024年法治政府建设年度报告\n一、2024年主要工作\n（一）严格执法。受理劳动保障监察投诉举报"
            "一千二百多件②。\n二、2025年工作打算\n2025年，举办执法人员法治培训2-3期。\n注：② 其中欠薪类投诉举报九百余件。\n")
    found = spanned_metrics(text, 2024, "report")
    assert [(m.code, m.value, m.kind, m.year) for m in found] == [
        ("complaint_reports", 1200, "actual", 2024), ("law_trainings", 2, "target", 2025),
        ("complaint_reports", 900, "actual", 2024)]


def test_a_clause_refining_items_counts_the_benchmarks_the_clause_before_refined():
    found = spanned_metrics("某局2025年工作要点\n一、规范执法\n（一）严格规范执法裁量。对市容环境卫生、城市绿化等领域行政处罚事项"
                         "逐一细化裁量基准，细化事项不少于260个。\n", 2025)
    assert [(m.code, m.value, m.qualifier) for m in found] == [("discretion_benchmark_items", 260, "at_least")]


@pytest.mark.parametrize("text, expected", [
    # deputies' suggestions named by who proposed them, beside a CPPCC session's proposals
    ("县第十八届人大四次会议期间代表提出的建议117件、县政协十一届四次会议提案146件全部按期办复。",
     [("cppcc_proposals", 146, None), ("npc_suggestions", 117, None)]),
    # a sector hotline (12333, 12366, 12313) counts calls or complaints, not 12345's work orders
    ("12333人社服务热线全年接听群众来电18.6万个。", []),
    ("12366纳税缴费服务热线解答政策咨询41.3万通；受理12313烟草专卖服务热线投诉举报264件。",
     [("complaint_reports", 264, None)]),
    ("办理12345热线转办工单215件。", [("hotline_cases", 215, None)]),
    # a study meeting's scope starts at the meeting, not at who chaired it or when
    ("本人全年主持县政府常务会议会前学法12次，参加区委理论学习中心组集体学法4次。",
     [("law_study_sessions", 4, "区委理论学习中心组集体学法"), ("law_study_sessions", 12, "县政府常务会议会前学法")]),
    # past a semicolon a clause with a verb of its own (带头…讲授, 带领…旁听) is no part of the 其中 before it
    ("全年主持局党委会议会前学法10次，其中邀请律师授课3次；带头为全局干部讲授专题法治课1次；带领局领导班子旁听行政诉讼案件庭审2次。",
     [("court_hearing_visits", 2, None), ("law_lectures", 1, None), ("law_lectures", 3, "局党委会议会前学法"),
      ("law_study_sessions", 10, "局党委会议会前学法")]),
])
def test_deputies_suggestions_sector_hotlines_and_study_meeting_scopes(text, expected):
    _, found = run("某县2024年法治政府建设年度报告\n一、主要工作\n" + text, year=2024)
    assert sorted((m.code, m.value, m.scope) for m in found if m.code != "other") == expected


def test_a_label_cut_to_length_does_not_start_inside_a_number():
    _, found = run("某局2024年法治政府建设年度报告\n一、主要工作\n12333人社服务热线全年接听群众来电18.6万个。", year=2024)
    assert [m.label for m in found] == ["人社服务热线全年接听群众来电"]


@pytest.mark.parametrize("text, expected", [
    # under licences 变更 and 注销 are kinds of application, not outcomes; a licence's name may hold 业务
    ("全省邮政管理系统办理快递业务经营许可1,327件，其中新设许可214件、变更许可936件、注销177件，核发快递业务经营许可证214份。",
     [("certificates_issued", 214), ("license_cases", 177), ("license_cases", 214), ("license_cases", 936),
      ("license_cases", 1327)]),
    # the size of a no-penalty list is no count of penalty items
    ("严格执行《税务行政处罚“首违不罚”事项清单》（共14项），对4,826户次首次发生且危害后果轻微的违法行为不予行政处罚。", []),
])
def test_licence_kinds_licence_names_and_no_penalty_lists(text, expected):
    _, found = run("某局2024年法治政府建设年度报告\n一、主要工作\n" + text, year=2024)
    assert sorted((m.code, m.value) for m in found if m.code != "other") == expected


def test_a_table_whose_count_column_names_no_thing_counts_what_the_sentence_leading_into_it_says():
    text = ("某烟草专卖局2024年法治建设工作报告\n（二）优化许可服务\n深化改革，全市系统受理烟草专卖零售许可证申请情况见下表。"
            "全年核发零售许可证12,103张。\n许可类型\t办理数量（件）\n新办\t3,215\n延续\t6,874\n变更\t2,397\n合计\t12,486\n")
    _, found = run(text, year=2024)
    assert sorted((m.code, m.value, m.scope) for m in found if m.measure == "件") == [
        ("license_cases", 2397, "变更"), ("license_cases", 3215, "新办"), ("license_cases", 6874, "延续"),
        ("license_cases", 12486, None)]


@pytest.mark.parametrize("text, expected", [
    # a document is one item of information: a part in 件 under a count in 条
    ("全年主动发布各类政府信息6482条，其中县政府及县政府办公室文件87件、部门动态信息3156条、通知公告1032条。",
     [("proactive_disclosures", 87), ("proactive_disclosures", 1032), ("proactive_disclosures", 3156),
      ("proactive_disclosures", 6482)]),
    ("“某某发布”政务微信公众号全年推送信息1935条。", [("proactive_disclosures", 1935)]),
    # an average time taken to answer messages is no approval's time limit
    ("全年收到网民留言312条，平均办理时长3.6个工作日。", [("online_messages", 312)]),
    # the weight of another work in an assessment is not the rule-of-law work's
    ("将政务公开工作纳入县直部门和乡镇年度综合考核，分值占比4%。", []),
    ("将法治建设纳入年度绩效考核，权重占10%。", [("assessment_weight_pct", 10)]),
    # checks of the government's own websites are no administrative inspections
    ("对全县18个县直部门和7个乡镇的政府网站专栏开展季度检查4次，通报问题38个。", []),
])
def test_disclosure_report_documents_pushed_posts_reply_times_weights_and_website_checks(text, expected):
    _, found = run("某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n" + text, year=2024)
    assert sorted((m.code, m.value) for m in found if m.code != "other") == expected


def test_a_markdown_header_s_blank_merged_cells_span_to_the_next_name():
    text = ("某局2024年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n\n"
            "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
            "| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |\n"
            "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正"
            " | 其他结果 | 尚未审结 | 总计 |\n| 3 | 1 | 0 | 0 | 4 | 1 | 0 | 0 | 1 | 2 | 1 | 0 | 0 | 0 | 1 |\n")
    _, found = run(text, year=2024)
    assert sorted((m.code, m.value, m.scope) for m in found if m.code != "other") == [
        ("litigation_cases", 1, "复议后起诉"), ("litigation_cases", 2, "未经复议直接起诉"),
        ("reconsideration_cases", 4, None), ("reconsideration_pending", 0, None), ("reconsideration_upheld", 3, None)]


def test_a_year_dating_a_base_figure_does_not_end_a_five_year_look_back():
    text = ("某市法治政府建设“十四五”规划\n一、发展基础\n“十三五”期间，市本级累计清理废止行政规范性文件137件；市级行政许可事项"
            "由2015年的436项精简至298项；全市各级行政复议机关累计办理行政复议案件2,143件。\n二、主要任务\n"
            "（一）全面履行政府职能。市级行政许可事项压减至280项以内。\n")
    found = spanned_metrics(text, 2021)
    assert [(m.value, m.kind, m.year, (m.scope or "").startswith("多年累计")) for m in found if m.value != 436] == [
        (137, "actual", 2020, True), (298, "actual", 2020, True), (2143, "actual", 2020, True), (280, "target", 2021, False)]


@pytest.mark.parametrize("doc_type, year, header, row, expected", [
    # a column of text (属性: 预期性) is no column of figures, and does not hide the years of the others
    ("plan", 2021, "序号\t指标名称\t单位\t2020年基数\t2025年目标\t属性", "1\t市本级主动公开政府信息\t条\t4,615\t≥5,000\t预期性",
     [(4615, "actual", 2020, "exact"), (5000, "target", 2025, "at_least")]),
    # a column up to a month (截至2023年9月底完成值) and a later year's target column in a report
    ("report", 2023, "序号\t指标名称\t2025年目标值\t截至2023年9月底完成值\t评估结论",
     "1\t细化量化行政裁量基准事项（项）\t≥2,400\t2,450\t提前完成",
     [(2400, "target", 2025, "at_least"), (2450, "actual", 2023, "exact")]),
])
def test_year_columns_beside_a_column_of_text_and_up_to_a_month(doc_type, year, header, row, expected):
    _, found = run("某市法治政府建设规划\n一、指标\n" + header + "\n" + row + "\n", doc_type=doc_type, year=year)
    assert sorted((m.value, m.kind, m.year, m.qualifier) for m in found) == expected


def test_a_row_s_measure_may_carry_a_note_and_cumulative_rows_span_years():
    _, found = run("某市2023年法治政府建设情况报告\n一、指标完成情况\n序号\t指标名称\t截至2023年9月底完成值\n"
                   "1\t重大行政决策事项（项，累计）\t19\n2\t细化量化行政裁量基准事项（项）\t2,450\n", year=2023)
    assert [(m.code, m.value, m.scope, m.quote) for m in found] == [
        ("major_decisions", 19, "多年累计", "重大行政决策事项（项，累计）\t19"),
        ("discretion_benchmark_items", 2450, None, "细化量化行政裁量基准事项（项）\t2,450")]


@pytest.mark.parametrize("text, expected", [
    ("力争以水利厅为被申请人的行政复议案件、作为被告的行政诉讼案件每年分别控制在3件、2件以内。",
     [("litigation_cases", 2, "at_most", 2024), ("reconsideration_cases", 3, "at_most", 2024)]),
    ("2024年、2025年、2026年分别开展跨部门联合抽查经营主体不少于600户、700户、800户。",
     [("random_check_entities", 600, "at_least", 2024), ("random_check_entities", 700, "at_least", 2025),
      ("random_check_entities", 800, "at_least", 2026)]),
    ("2024年，高频事项办结时限压缩至5个工作日，2025年进一步压缩至3个工作日。",
     [("approval_time_limit_days", 3, "exact", 2025), ("approval_time_limit_days", 5, "exact", 2024)]),
    ("2024年开展普法宣传活动不少于30场，2025年进一步增加至40场。",
     [("outreach_events", 30, "at_least", 2024), ("outreach_events", 40, "exact", 2025)]),
])
def test_respectively_bounds_hold_for_every_figure_and_further_stages_are_the_same_indicator(text, expected):
    found = spanned_metrics("某局法治建设三年行动方案（2024—2026年）\n一、重点任务\n（一）" + text, 2024)
    assert sorted((m.code, m.value, m.qualifier, m.year) for m in found) == expected


def test_since_the_plan_began_counts_over_several_years():
    text = ("某市人民政府关于法治政府建设“十四五”规划实施情况中期评估的报告\n一、总体情况\n（一）政府职能依法全面履行。"
            "规划实施以来，全市累计办理行政许可4.6万件。\n")
    found = spanned_metrics(text, 2023, "report")
    assert [(m.code, m.value, m.scope) for m in found] == [("license_cases", 46000, "多年累计")]


@pytest.mark.parametrize("text, expected", [
    # 块 counts plates and signs; 宣传月 is an outreach campaign like 宣传周
    ("全年核发校车标牌214块，开展“维护基金安全”集中宣传月等活动128场。",
     [("certificates_issued", 214), ("outreach_events", 128)]),
    # a part that is a crime, or went to criminal proceedings, is no administrative case
    ("查处酒驾醉驾违法行为1.06万起，其中醉酒驾驶2,318起，均已移送刑事立案。", [("penalty_cases", 10600)]),
    ("全年查处涉烟违法案件1,872起，其中一般程序案件1,126起、简易程序案件677起，移送司法机关追究刑事责任案件69起。",
     [("penalty_cases", 677), ("penalty_cases", 1126), ("penalty_cases", 1872)]),
    # reviewing cases (行政、刑事案件) is no legality review of documents, nor is a part of it
    ("全市法制部门共审核各类行政、刑事案件58,230件，其中市局法制支队审核4,106件。", []),
    # a lead-in takes apart the cases, not how many of them were done
    ("立案查处各类违法案件148件，已办结144件。从案件类型看，网络文化类52件，娱乐场所类31件，旅游类37件，演出类28件。",
     [("penalty_cases", 28), ("penalty_cases", 31), ("penalty_cases", 37), ("penalty_cases", 52), ("penalty_cases", 148)]),
    # a case still at first instance is how far it got; more than the plan is a difference
    ("行政诉讼案件2件，其中1件尚在一审审理中。", [("litigation_cases", 2)]),
    ("抽查道路运输企业176家，比年初计划多抽查26家。", [("random_check_entities", 176)]),
])
def test_plates_campaign_months_criminal_parts_case_reviews_progress_lead_ins_and_surpluses(text, expected):
    _, found = run("某局2024年法治政府建设年度报告\n一、主要工作\n" + text, year=2024)
    assert sorted((m.code, m.value) for m in found if m.code != "other") == expected


@pytest.mark.parametrize("doc_type, year, table, expected", [
    # a year over 目标⇥完成 in a plan: last year's target stays a target, its done column is the actual
    ("plan", 2025, "序号\t指标名称\t计量单位\t2024年\t2024年\t2025年目标\n序号\t指标名称\t计量单位\t目标\t完成\t2025年目标\n"
     "1\t生态环境执法检查\t次\t2,000\t2,436\t不少于2,400",
     [(2000, "target", 2024, "exact"), (2400, "target", 2025, "at_least"), (2436, "actual", 2024, "exact")]),
    # a Markdown year heading over blank merged cells, 年初目标 and a later year's 目标值 (99以上 bounds after the figure)
    ("report", 2024, "| 指标 | 计量单位 | 2024年 | | | 2025年 |\n|---|---|---|---|---|---|\n| | | 年初目标 | 完成值 | 完成率 | 目标值 |\n"
     "| 主动公开政府信息 | 条 | 500 | 617 | 123.4% | 600以上 |",
     [(500, "target", 2024, "exact"), (600, "target", 2025, "at_least"), (617, "actual", 2024, "exact")]),
    ("report", 2024, "指标名称\t计量单位\t年初目标\t全年完成\t完成率\n劳动保障监察执法检查\t户次\t800\t946\t118.3%",
     [(800, "target", 2024, "exact"), (946, "actual", 2024, "exact")]),
    # a rate's row: its later year's target stands past the completion rate and is named by the row
    ("report", 2024, "序号\t指标\t计量单位\t2024年\t\t\t2025年\n\t\t\t年初目标\t完成值\t完成率\t目标值\n"
     "8\t政务服务“好差评”满意率\t%\t98\t99.7\t101.7%\t99以上",
     [(98, "target", 2024, "exact"), (99, "target", 2025, "at_least"), (99.7, "actual", 2024, "exact")]),
])
def test_target_and_done_columns_under_year_headings(doc_type, year, table, expected):
    _, found = run("某局法治政府建设\n一、主要指标\n" + table + "\n", doc_type=doc_type, year=year)
    assert sorted((m.value, m.kind, m.year, m.qualifier) for m in found) == expected
    if "满意率" in table:
        assert {m.code for m in found} == {"satisfaction_rate"}


def test_a_completion_rate_cell_of_a_row_in_another_measure_is_no_rate_of_its_own():
    text = ("某局2024年法治政府建设年度报告\n表2  主要指标完成情况\n指标\t目标值\t完成值\t完成率\n"
            "公众气象服务满意度（分）\t90\t92.6\t102.9%\n法治培训（期）\t3\t3\t100%\n二、存在的不足\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value) for m in found] == [("law_trainings", 3), ("law_trainings", 3)]


@pytest.mark.parametrize("card, expected", [
    # key-figure lines: the figure first, its name after a separator, a wide space, or on the next line
    ("【数说2024】\n48件｜市政府规范性文件及政策措施合法性审核\n326家｜“法治体检”服务企业\n12次　局党委理论学习中心组集中学法\n",
     [("enterprises_served", 326), ("law_study_sessions", 12), ("legality_reviews", 48)]),
    ("数读2024\n- 1,268条　主动公开政府信息\n- 27件　政策措施公平竞争审查\n",
     [("fair_competition_reviews", 27), ("proactive_disclosures", 1268)]),
    ("关键数据\n\n1.12万户\n“双随机、一公开”抽查经营主体\n\n", [("random_check_entities", 11200)]),
    # a hotline's number may open the name
    ("关键数据\n52.6万件\n12315平台受理投诉举报\n", [("complaint_reports", 526000)]),
    # 资质认定 is one of the forms a licence takes
    ("办理报废机动车回收拆解企业资质认定22件。\n", [("license_cases", 22)]),
])
def test_key_figure_cards_name_their_figure_after_it_and_qualification_recognition_is_a_licence(card, expected):
    _, found = run("某局2024年法治政府建设年度报告\n2024年，我局扎实推进法治建设。\n" + card + "一、主要工作\n全年工作有序推进。",
                   year=2024)
    assert sorted((m.code, m.value) for m in found if m.code != "other") == expected


def test_a_chart_pasted_as_text_gives_its_bars_and_a_card_row_names_each_cell():
    text = ("某局2024年法治政府建设年度报告\n2024年法治建设主要数据\n11.26万件 行政许可办理量\t1,346件 行政处罚案件\n"
            "一、主要工作\n全年查办各类违法案件1,346件。案件构成见图2。\n图2　2024年行政处罚案件构成（单位：件）\n食品安全　412\n"
            "产品质量　236\n其他　698\n图1　2020—2023年全市行政许可办理量（单位：件）\n2023年　9,876\n复议诉讼\t行政诉讼（件）\t1\n"
            "二、下一步打算\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found] == [
        ("license_cases", 112600, None), ("penalty_cases", 1346, None), ("penalty_cases", 1346, None),
        ("penalty_cases", 412, "食品安全"), ("penalty_cases", 236, "产品质量"), ("penalty_cases", 698, "其他"),
        ("litigation_cases", 1, None)]


def test_a_chart_of_years_gives_the_bar_of_the_documents_year():
    text = ("某局2024年法治政府建设年度报告\n一、主要工作\n近五年全市行政许可办理量见图1。\n"
            "图1 2020—2024年全市行政许可办理量（万件）\n2020年 2021年 2022年 2023年 2024年\n8.62\n9.15\n9.87\n10.43\n11.26\n"
            "二、下一步打算\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.year) for m in found] == [("license_cases", 112600, 2024)]


@pytest.mark.parametrize("sentence, expected", [
    # a business's whole opening is a time limit, however it is named
    ("企业开办全流程压缩至0.5个工作日。", [("approval_time_limit_days", 0.5)]),
    # service items named by how they are handled
    ("省级容缺受理事项扩大至150项，推动不少于200项高频事项实现“跨省通办”，新增“川渝通办”事项不少于30项。",
     [("service_items", 150), ("service_items", 200), ("service_items", 30)]),
    # an intermediary's services, licences gathered into a library, checks of the government's own systems: none of them
    ("省级中介服务事项保留在48项以内。", []),
    ("电子证照库归集证照312类、486万张，全年新增签发电子证照18.6万张。", [("certificates_issued", 186_000)]),
    ("对接入市政务云的48个政务信息系统开展数据安全检查2次。", []),
])
def test_service_items_by_handling_opening_times_and_what_counts_no_work(sentence, expected):
    _, found = run(sentence, doc_type="report", year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_level_s_service_hall_ends_the_whole_system_s_scope():
    _, found = run("2024年，全省政务服务系统网上办件量2,316万件；省政务服务中心全年受理行政许可3.46万件。", year=2024)
    assert [(m.value, m.scope) for m in found] == [(23_160_000, "全省政务服务系统"), (34_600, None)]


def test_a_clause_with_a_verb_of_its_own_ends_a_breakdown():
    _, found = run("局法律顾问审查各类合同协议231份，其中标的额在1000万元以上的58份，提出修改意见1,140条，出具法律意见书87份。")
    assert [(m.code, m.value) for m in found if m.code != "other"] == [("legality_reviews", 231), ("legality_reviews", 58)]
    # a part that repeats its total's verb is still a part
    _, found = run("查处违法案件93件，其中查处无证经营18件，查处超范围经营9件。")
    assert [(m.value, m.parent_code) for m in found] == [(93, None), (18, "penalty_cases"), (9, "penalty_cases")]


@pytest.mark.parametrize("text, doc_type, expected", [
    # what was not done is no count of the work, nor of what the sentence counted before it
    ("督察抽查发现，我镇签订的17份合同中有3份未经合法性审核即签订。整改后，全年对合同协议46份进行合法性审核。", "report",
     [("legality_reviews", 46, "actual")]),
    ("督察指出：有2件未按规定开展公平竞争审查，1件超过有效期未及时评估。整改措施：清理文件不少于100件。", "plan",
     [("policy_docs_cleaned", 100, "target")]),
    # a report quoting a year gone by keeps only its own year's work
    ("督察指出：镇党委理论学习中心组2023年仅开展专题学法2次。整改后，2024年集中学法5次。", "report",
     [("law_study_sessions", 5, "actual")]),
    # the verb after a list of nouns with their figures is every item's, even when the first names nothing alone
    ("共对镇政府合同协议38份、涉及群众切身利益的重要文件9件进行合法性审核。", "report",
     [("legality_reviews", 38, "actual"), ("legality_reviews", 9, "actual")]),
    # a run-in label before a plan's look back: what was done
    ("（工作基础）2024年，全区办理行政许可18,632件，作出行政处罚决定986件。", "plan",
     [("license_cases", 18632, "actual"), ("penalty_cases", 986, "actual")]),
    # a task table's cell reads from its own start, not from the problem in the cell before
    ("序号\t问题类别\t具体问题\t整改目标\t责任处室\n1\t规范性文件\t未及时开展公平竞争审查\t清理规范性文件不少于100件\t政策法规处\n", "plan",
     [("policy_docs_cleaned", 100, "target")]),
    # an inspection's findings by area, and how many were put right, are no work done
    ("序号\t问题类别\t反馈问题（个）\t已整改（个）\t整改状态\n1\t合法性审核\t2\t2\t已完成\n2\t行政执法规范化\t4\t4\t已完成\n", "report", []),
])
def test_findings_work_not_done_and_years_gone_by_are_no_counts(text, doc_type, expected):
    year = 2025 if doc_type == "plan" else 2024
    _, found = run("某单位法治政府建设材料\n一、有关情况\n" + text, doc_type=doc_type, year=year)
    assert [(m.code, m.value, m.kind) for m in found if m.code != "other"] == expected


def test_a_tables_caption_names_year_only_columns_and_dates_columns_with_no_year():
    # columns that only give a year (2024年（件）): the caption names what the rows count
    text = ("某局2024年法治政府建设工作报告\n一、主要成效\n表1　2024年行政许可分类型办理情况\n序号\t许可类型\t2023年（件）\t2024年（件）\t同比\n"
            "1\t建设项目用地预审与选址意见书\t198\t213\t+7.6%\n2\t采矿权登记（新立、延续、变更）\t71\t64\t-9.9%\n合计\t\t269\t277\t+3.0%\n"
            "二、下一步打算\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.year) for m in found] == [
        ("license_cases", 213, 2024), ("license_cases", 64, 2024), ("license_cases", 277, 2024)]
    # a plan's recap table dated by its caption reports what was done that year, its rows kinds of it
    text = ("某局2025年法治政府建设工作要点\n2024年，我局共办理水行政许可844件。\n表1　2024年水行政许可分类型办理情况\n"
            "序号\t许可事项名称\t办理量（件）\n1\t取水许可\t126\n2\t城镇污水排入排水管网许可\t504\n一、重点任务\n")
    found = spanned_metrics(text, 2025)
    assert [(m.value, m.kind, m.year, m.scope) for m in found if m.code == "license_cases"] == [
        (844, "actual", 2024, None), (126, "actual", 2024, "取水许可"), (504, "actual", 2024, "城镇污水排入排水管网许可")]


def test_a_long_name_head_and_a_lead_column_keep_a_plans_year_columns():
    text = ("某局2025年法治政府建设工作要点\n二、主要量化指标\n序号\t指标名称（计量单位）\t2024年完成值\t2025年目标值\t牵头处室\n"
            "1\t主动公开政府信息（条）\t643\t≥600\t办公室\n")
    found = spanned_metrics(text, 2025)
    assert [(m.value, m.kind, m.year) for m in found] == [(643, "actual", 2024), (600, "target", 2025)]
    _, found = run("工程建设项目审批中自然资源和规划环节用时压缩60%。", year=2024)
    assert [(m.code, m.value) for m in found] == [("time_reduction_rate", 60)]


def test_a_half_year_title_under_a_leftover_line_and_a_quoted_next_year_aim():
    text = ("点击蓝字 · 关注我们\n浏阳市市场监督管理局2024年上半年法治政府建设工作总结\n一、主要成效\n"
            "上半年，全局共开展行政检查1,126次。\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value) for m in found] == [("inspections", 1126)]
    text = ("某局2024年法治政府建设工作总结\n一、主要成效\n全年查处环境违法案件263件。局长在会议上指出：“2025年，要确保全年执法检查"
            "不少于3,000次。”镇党委书记强调：“2025年，镇综合执法队要实现全镇开展普法宣传活动不少于90场。”\n")
    found = spanned_metrics(text, 2024, doc_type="report")
    assert [(m.value, m.kind, m.year) for m in found] == [(263, "actual", 2024), (3000, "target", 2025), (90, "target", 2025)]


def test_a_units_own_checks_in_an_economy_sentence_and_a_reviewed_decision_part_count():
    _, found = run("围绕第五次全国经济普查登记和规模以上工业、服务业等专业，全年随机抽取调查对象112家开展统计执法检查。", year=2024)
    assert [(m.code, m.value) for m in found] == [("random_check_entities", 112)]
    _, found = run("全年审核县政府拟出台的规范性文件、政策措施和重大决策事项共计96件，其中规范性文件11件、政策措施63件、重大决策事项22件。",
                   year=2024)
    assert [(m.code, m.value) for m in found] == [("legality_reviews", v) for v in (96, 11, 63, 22)]


def test_accepted_and_concluded_cases_past_a_sentence_that_takes_the_received_apart():
    _, found = run("县人民政府作为行政复议机关，全年共收到行政复议申请213件。从被申请人看，县公安局78件、其他县直部门135件。"
                   "依法受理196件，审结181件。", year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.value == 196] == [("reconsideration_cases", 196, "受理")]
    _, found = run("全年收到行政复议申请356件，依法受理331件。受理的案件中，被申请人为县公安局、县自然资源局的分别为142件、58件。"
                   "审结312件，其中维持205件、直接纠错41件。", year=2024)
    assert [(m.code, m.value) for m in found if m.value in (312, 205)] == [("other", 312), ("reconsideration_upheld", 205)]


def test_a_newly_revised_law_studied_is_a_study_part_not_an_outcome():
    _, found = run("局党组理论学习中心组集中学法4次，其中专题学习新修订《中华人民共和国公司法》1次。", year=2024)
    assert [(m.code, m.value) for m in found] == [("law_study_sessions", 4), ("law_study_sessions", 1)]


def test_an_offence_named_by_the_licence_it_lacks_is_a_part_of_the_cases():
    _, found = run("立案查处建筑市场违法案件93件，其中违法发包、转包31件，未取得施工许可擅自施工18件，其他44件。", year=2024)
    assert [(m.code, m.value) for m in found] == [("penalty_cases", v) for v in (93, 31, 18, 44)]


def test_projects_approved_count_in_xiang_as_licences_and_items_do_not():
    _, found = run("全年审批县级部门统计调查项目5项。", year=2024)
    assert [(m.code, m.value) for m in found] == [("license_cases", 5)]
    _, found = run("梳理行政审批事项清单，保留审批事项17项。", year=2024)
    assert [m.code for m in found] == ["license_items"]


@pytest.mark.parametrize("sentence", [
    "对设区市审计机关开展审计质量检查，抽查审计项目不少于60个。",
    "严格执行《税务行政处罚裁量基准》和《税务行政处罚“首违不罚”事项清单》（第一批10项、第二批4项）。",
])
def test_an_audit_quality_sample_and_a_first_offence_lists_batches_are_no_metrics(sentence):
    _, found = run(sentence, doc_type="plan", year=2025)
    assert [m.code for m in found if m.code != "other"] == []


@pytest.mark.parametrize("sentence, expected", [
    # work done on objects described as not done is still counted
    ("全年依法查处5宗未经批准占用土地案件。", [("penalty_cases", 5)]),
    ("对8家未按规定开展自查的企业开展“双随机”抽查。", [("random_check_entities", 8)]),
    # a past year that dates the object of this year's work
    ("对2023年检查发现隐患的企业开展复查检查126家次。", [("inspections", 126)]),
    # a batch of discretion benchmarks, approval projects cancelled, the one-stop platform, a training class's days
    ("印发第二批行政处罚裁量基准326项。", [("discretion_benchmark_items", 326)]),
    ("全年取消行政审批项目12项。", [("license_items", 12)]),
    ("“一网通办”平台新增注册企业1.2万个。开办行政执法人员法治培训班，为期5天。", []),
])
def test_the_afternoons_rules_leave_ordinary_sentences_alone(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_completion_rate_head_with_its_unit_still_marks_the_column_as_no_rate():
    _, found = run("某局2024年报告\n一、主要指标\n指标\t目标\t完成\t完成率（%）\n公众气象服务满意度（分）\t90\t92.6\t102.9%\n", year=2024)
    assert [m.code for m in found if m.code != "other"] == []


def test_a_table_s_upheld_row_under_a_concluded_row_is_upheld_reconsideration():
    text = ("某县人民政府2024年法治政府建设年度报告\n表1　行政复议案件办理情况\n项目\t2023年\t2024年\n"
            "收到行政复议申请（件）\t162\t213\n审结（件）\t141\t181\n其中：维持（件）\t96\t117\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 213), ("reconsideration_upheld", 117)]


def test_cases_still_open_after_the_concluded_ones_parts_are_pending_not_a_part():
    _, found = run("县人民政府全年收到行政复议申请356件，依法受理331件。审结312件，其中维持205件、直接纠错41件，"
                   "尚有19件正在审理中。", year=2024)
    assert [(m.code, m.value, m.parent_code) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 356, None), ("reconsideration_cases", 331, None),
        ("reconsideration_upheld", 205, "other"), ("reconsideration_pending", 19, None)]


def test_parts_of_a_random_check_named_by_economic_size_are_still_parts_of_the_check():
    _, found = run("围绕经济普查和规模以上工业、服务业等专业，全年随机抽取调查对象112家开展统计执法检查，其中规模以上工业企业46家、"
                   "限额以上批零住餐企业38家、规模以上服务业企业28家。", year=2024)
    assert [(m.code, m.value, m.parent_code) for m in found] == [
        ("random_check_entities", 112, None), ("random_check_entities", 46, "random_check_entities"),
        ("random_check_entities", 38, "random_check_entities"), ("random_check_entities", 28, "random_check_entities")]


@pytest.mark.parametrize("sentence, expected", [
    ("全年规模以上工业企业达到1,286家。", []),  # a stock of the economy is still no metric
    ("为120家服务业企业开展“法治体检”。", [("enterprises_served", 120)]),
    ("走访服务企业86家。", [("enterprises_served", 86)]),
])
def test_service_industry_firms_are_no_firms_served_but_firms_served_still_are(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("通过“双随机、一公开”方式随机抽取在建工程项目58个开展联合抽查。", [("random_check_entities", 58)]),
    ("梳理部门联合抽查事项12个开展联合抽查。", [("random_check_items", 12)]),
])
def test_the_noun_before_a_figure_vetoes_the_rule_of_the_verb_after_it(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("厅实施的行政许可事项11项全部纳入省政务服务平台运行。", [("license_items", 11)]),
    # a list's last item still shares the verb after it
    ("对12件规范性文件和27份合同协议开展合法性审核。", [("legality_reviews", 12), ("legality_reviews", 27)]),
])
def test_a_predicate_after_a_figure_does_not_outname_the_noun_just_before_it(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


@pytest.mark.parametrize("sentence, scopes", [
    ("全县各行政执法单位全年共办理行政处罚案件2,937件，其中县市场监督管理局、县城市管理和综合执法局、县交通运输局分别办理"
     "812件、1,047件、365件。", ["县市场监督管理局", "县城市管理和综合执法局", "县交通运输局"]),
    ("县人民政府全年收到行政复议申请356件。受理的案件中，被申请人为县公安局、县自然资源局的分别为142件、58件。",
     ["县公安局", "县自然资源局"]),
])
def test_each_figure_of_a_respectively_list_is_scoped_by_its_own_listed_name(sentence, scopes):
    _, found = run(sentence, year=2024)
    assert [m.scope.split("·")[-1] for m in found if m.parent_code is not None] == scopes


@pytest.mark.parametrize("sentence, expected", [
    # 终止 is a kind of licence application, as 变更 and 注销 are
    ("全年办理民办学校设立、变更、终止等行政许可21件，其中设立4件、变更15件、终止2件。",
     [("license_cases", 21), ("license_cases", 4), ("license_cases", 15), ("license_cases", 2)]),
    # a clause after the parts that issues certificates is no part of the licences
    ("全年办理民办学校设立、变更等行政许可21件，其中设立4件、变更17件；颁发《民办学校办学许可证》4份。",
     [("license_cases", 21), ("license_cases", 4), ("license_cases", 17), ("certificates_issued", 4)]),
    ("全年制发退役军人和其他优抚对象优待证6,000张。", [("certificates_issued", 6000)]),
])
def test_licence_kinds_certificates_after_them_and_long_certificate_names(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_clause_on_the_unit_s_own_reconsideration_cases_ends_the_system_s_scope():
    _, found = run("2024年，全省退役军人事务系统办理涉军信访事项2,136件；以厅为被申请人的行政复议案件2件，均维持。", year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == [
        ("petition_cases", 2136, "全省退役军人事务系统"), ("reconsideration_cases", 2, None)]


@pytest.mark.parametrize("sentence", [
    "对12个行业实施环评告知承诺制审批。",  # industries, not items
    "全年开展现场执法检查7,412家次；其中抽查排污单位1,286家，抽查事项覆盖大气、水、固体废物等9个领域。",
    "对辖区23家货运源头企业每月至少巡查1次。",  # how often each is patrolled
    "深入开展河湖“清四乱”专项整治，对全县24个乡镇每季度至少巡查1次。",  # and each township
    "全省仍有9个县级农业综合行政执法机构未配备专职法制审核人员。",  # a shortfall
])
def test_fields_industries_per_entity_frequencies_and_long_shortfalls_are_no_counts(sentence):
    _, found = run(sentence, doc_type="plan" if "至少巡查" in sentence else "report", year=2024)
    assert [(m.code, m.value) for m in found if m.value in (9, 12, 1)] == []


def test_a_past_year_named_in_passing_does_not_turn_a_plans_look_back_ahead():
    text = ("李哥庄镇2025年合法性审查工作实施方案\n一、工作基础\n2024年，镇政府审查镇政府合同协议52份。镇政府2024年度重大行政决策"
            "事项目录确定决策事项3项。镇长办公会议会前学法12次。\n二、主要任务\n（一）加强学法用法。全年会前学法不少于12次。\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.kind, m.year) for m in found] == [
        ("legality_reviews", 52, "actual", 2024), ("major_decisions", 3, "actual", 2024),
        ("law_study_sessions", 12, "actual", 2024), ("law_study_sessions", 12, "target", 2025)]


@pytest.mark.parametrize("sentence, expected", [
    ("编制重大行政决策事项目录，将8项事项列入目录。年中动态调整1次，目录事项由8项增加至9项。",
     [("major_decisions", 8, None), ("major_decisions", 8, "调整前"), ("major_decisions", 9, "调整后")]),
    ("组织对以市政府名义印发的现行有效规范性文件268件全部进行审查，经清理，决定废止19件。",
     [("policy_docs_cleaned", 268, None), ("normative_docs_repealed", 19, None)]),
    ("落实公平竞争审查制度，全年审查政策措施52件，其中规范性文件17件、其他政策文件35件。",
     [("fair_competition_reviews", 52, None), ("fair_competition_reviews", 17, "公平竞争审查数·规范性文件"),
      ("fair_competition_reviews", 35, "公平竞争审查数·其他政策文件")]),
    ("全年开展公平竞争审查52件，审查中发现涉嫌排除、限制竞争问题4个，均在出台前修改完善。",
     [("fair_competition_reviews", 52, None)]),
    ("备案审查规范性文件243件，发出审查意见函11份。", []),
    ("编发备案审查典型案例20个。", [("case_compilation", 20, None)]),
])
def test_filing_review_cleanup_and_fair_competition_reports(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == expected


def test_a_tables_repealed_row_under_a_cleanup_row_is_repealed_documents():
    text = ("某市政府办公室2024年度规范性文件管理工作情况报告\n表1　规范性文件管理主要数据\n指标\t2023年\t2024年\t增减\n"
            "清理规范性文件（件）\t—\t268\t—\n其中：废止（件）\t6\t19\t+13\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [
        ("policy_docs_cleaned", 268), ("normative_docs_repealed", 19)]


@pytest.mark.parametrize("sentence, expected", [
    ("区政务服务中心市场监管窗口进驻政务服务事项87项。", [("service_items", 87)]),
    ("政务服务中心设置综合窗口12个。", []),  # windows counted are still no service items
    ("局政策法规股每季度对重点任务推进情况开展1次督促检查。", []),  # the unit's own supervision, no inspection
])
def test_items_handled_at_a_window_count_and_supervising_ones_own_tasks_is_no_inspection(sentence, expected):
    _, found = run(sentence, doc_type="plan", year=2025)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_comma_inside_a_quoted_slogan_does_not_cut_the_quote():
    _, found = run("以“六五环境日”为契机开展“美丽中国，我是行动者”等普法宣传活动38场。", year=2024)
    assert [(m.code, m.quote) for m in found] == [
        ("outreach_events", "以“六五环境日”为契机开展“美丽中国，我是行动者”等普法宣传活动38场")]


@pytest.mark.parametrize("words, name", [
    ("全年通过湖南省互联网+监管系统公示执法信息", "互联网+监管系统公示执法信息"),  # not 南省…
    ("提请省人大常委会审议地方性法规草案", "人大常委会审议地方性法规草案"),
])
def test_a_long_name_cut_to_its_last_characters_starts_after_a_province_not_inside_it(words, name):
    assert metrics._clean_np(words) == name


def test_part_of_the_year_named_inside_a_clause_of_a_whole_year_report_is_no_metric_and_cuts_no_neighbour():
    text = ("某局2024年法治政府建设工作总结\n一、主要成效\n局党组理论学习中心组上半年集中学法3次、全年累计集中学法6次。"
            "发生以我局为被申请人的行政复议案件5件（上半年2件），其中维持4件、1件尚在审理中。\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope, m.quote) for m in found if m.code != "other"] == [
        ("law_study_sessions", 6, "全年累计集中学法", "全年累计集中学法6次"),
        ("reconsideration_cases", 5, None, "发生以我局为被申请人的行政复议案件5件"),
        ("reconsideration_upheld", 4, None, "其中维持4件"), ("reconsideration_pending", 1, None, "1件尚在审理中")]


def test_an_indicator_code_column_before_the_names_is_read_as_a_serial():
    text = ("某局2025年法治政府建设示范创建工作实施方案\n一、创建目标\n表1　2025年示范创建主要指标\n"
            "指标编号\t指标名称\t2024年完成\t2025年目标\t责任科室\n1.3.1\t局党组理论学习中心组集中学法（次）\t4\t≥4\t办公室\n"
            "7.2\t主动公开政府信息（条）\t284\t≥300\t办公室\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.kind, m.quote[:4]) for m in found] == [
        ("law_study_sessions", 4, "actual", "局党组理"), ("law_study_sessions", 4, "target", "局党组理"),
        ("proactive_disclosures", 284, "actual", "主动公开"), ("proactive_disclosures", 300, "target", "主动公开")]


@pytest.mark.parametrize("text, expected", [
    # a zero for a rate first in the sentence, then the aim of no lawsuits
    ("某局2025年工作要点\n一、重点任务\n力争以我局为被申请人的行政复议案件纠错率为零、行政诉讼案件“零发生”。\n",
     [("litigation_cases", 0, "target", None)]),
    ("某局2025年工作要点\n一、重点任务\n力争行政复议纠错率为零，行政诉讼案件“零发生”。\n",
     [("litigation_cases", 0, "target", None)]),
])
def test_a_zero_aim_after_a_rates_zero_in_the_same_sentence(text, expected):
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.kind, m.scope) for m in found] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("共清理区政府规范性文件163件。有1件规范性文件未按要求及时清理，另有2件规范性文件未清理。", [("policy_docs_cleaned", 163, None)]),
    ("2022年项目启动以来，累计为1,200余家企业开展“法治体检”。", [("enterprises_served", 1200, "多年累计")]),
])
def test_documents_not_cleaned_are_no_count_and_since_a_projects_start_is_cumulative(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == expected


def test_table_cells_with_a_range_a_scale_or_a_rough_mark_are_read_as_in_running_text():
    text = ("某省司法厅2025年法治政府建设工作要点\n一、重点任务\n表1　2025年主要量化指标\n"
            "序号\t指标名称\t计量单位\t2024年完成\t2025年目标\t责任处室\n1\t普法宣传活动\t场\t3.2万余\t≥3万\t普法与依法治理处\n"
            "2\t领导干部法治讲座\t期\t6\t6—8\t普法与依法治理处\n3\t以案释法典型案例\t个\t28\t30左右\t普法与依法治理处\n"
            "4\t行政许可承诺办结时限\t个工作日\t5\t3至5\t审批处\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.qualifier, m.kind) for m in found] == [
        ("outreach_events", 32000, "approx", "actual"), ("outreach_events", 30000, "at_least", "target"),
        ("law_lectures", 6, "exact", "actual"), ("law_lectures", 6, "at_least", "target"),
        ("case_compilation", 28, "exact", "actual"), ("case_compilation", 30, "approx", "target"),
        ("approval_time_limit_days", 5, "exact", "actual"), ("approval_time_limit_days", 5, "at_most", "target")]


@pytest.mark.parametrize("sentence, expected", [
    ("全年共收到行政复议申请贰佰零叁件。", [("reconsideration_cases", 203)]),  # the numerals of cheques
    ("镇普法依法治理领导小组每半年至少专题研究一次普法工作。", []),  # a meeting on 普法 work is no outreach
    ("在“某市普法”平台开设“以案说法”专栏，发布案例解读九十余篇。", []),  # commentary, no policy reading or case book
])
def test_capital_numerals_meetings_on_outreach_and_case_commentary(sentence, expected):
    _, found = run(sentence, doc_type="plan" if "每半年" in sentence else "report", year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_long_look_back_paragraph_still_dates_the_short_one_after_it():
    text = ("某局2025年法治政府建设工作要点\n一、工作基础\n2024年，我局承接市级部门赋权事项共计1,046项，全年办理行政处罚案件2,437件，"
            "其中普通程序1,268件、简易程序1,169件；开展行政检查5,318次；拆除违法建设面积6.8万平方米；劝导占道经营、跨门经营"
            "2.3万余宗次，适用“首违不罚”清单不予处罚415宗。\n局党组理论学习中心组集中学法4次，办理12345热线工单2.1万件。\n"
            "二、重点任务\n（一）加强学法用法。局党组理论学习中心组集中学法不少于6次。\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.kind, m.year) for m in found if m.code in ("law_study_sessions", "hotline_cases")] == [
        ("law_study_sessions", 4, "actual", 2024), ("hotline_cases", 21000, "actual", 2024),
        ("law_study_sessions", 6, "target", 2025)]


@pytest.mark.parametrize("sentence, expected", [
    ("2024年，全市城管执法部门共办理行政处罚案件4,216件；局直属执法支队直接查办案件386件。",
     [("penalty_cases", 4216, "全市城管执法部门"), ("penalty_cases", 386, None)]),
    ("全年细化行政处罚裁量事项326个。", [("discretion_benchmark_items", 326, None)]),
    ("对30个县（市、区）开展赋权事项承接情况评估，向18个乡镇（街道）下放赋权事项。", [("delegated_recipients", 18, None)]),
])
def test_city_enforcement_departments_discretion_items_and_places_assessed_not_given_powers(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == expected


def test_a_change_column_naming_a_year_leaves_the_older_year_columns_out_of_a_report():
    text = ("某局2024年法治政府建设年度报告\n一、主要成效\n表1　2021—2024年主要指标\n指标名称\t单位\t2021年\t2022年\t2023年\t2024年\t2024年较2021年增长\n"
            "行政处罚决定\t件\t1,935\t1,722\t1,601\t1,486\t-23.2%\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.year) for m in found] == [("penalty_cases", 1486, 2024)]


def test_a_special_enforcement_oversight_check_is_no_inspection_and_a_rough_target_cell_is_read():
    _, found = run("全年开展行政执法专项监督检查6次，发出行政执法监督意见书17份。", year=2024)
    assert [m for m in found if m.code == "inspections"] == []
    text = ("某局2025年行政执法监督工作要点\n一、主要指标\n序号\t指标名称\t计量单位\t2024年完成\t2025年目标\n"
            "1\t新申领行政执法证件\t件\t206\t约220\n")
    _, found = run(text, year=2025)
    assert [(m.code, m.value, m.qualifier) for m in found if m.kind == "target"] == [
        ("enforcement_certificates", 220, "approx")]


@pytest.mark.parametrize("sentence, doc_type, expected", [
    ("举办全市信访干部法治培训班3期，培训信访干部420人次。来访318批次、1,046人次。", "report",
     [("law_trainings", 3), ("petition_cases", 318)]),  # heads in 人次 are people, not petitions
    ("网上信访满意度评价参评率仅为63.7%。", "report", []),  # taking part, not satisfied
    ("对热线转办工单实行限时办结，一般诉求3个工作日内办结。", "plan", []),  # a hotline's deadline, not an approval's
    ("组织镇村干部开展专题学法不少于4次；举办信访和网格员业务培训2期。", "plan", [("law_study_sessions", 4)]),
    ("全年新申领行政执法证件183件；组织开展执法证件年审，年审通过2,415件。", "report", [("enforcement_certificates", 183)]),
])
def test_petition_head_counts_participation_rates_hotline_deadlines_other_trainings_and_annual_checks(
        sentence, doc_type, expected):
    _, found = run(sentence, doc_type=doc_type, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_an_annex_task_list_with_blank_lines_between_its_rows_holds_next_years_targets():
    text = ("某局2024年法治政府建设工作总结\n\n一、主要工作\n\n全年主动公开政府信息412条。\n\n某局\n\n2025年1月20日\n\n附件\n\n"
            "序号\t重点任务\t具体措施及量化目标\t牵头科室\t完成时限\n\n"
            "1\t深化政务公开\t主动公开政府信息不少于400条\t办公室\t2025年12月底前\n\n"
            "2\t深入推进普法\t举办执法人员法治培训不少于5期\t政策法规科\t2025年12月底前\n")
    found = spanned_metrics(text, 2024, doc_type="report")
    assert [(m.code, m.value, m.kind, m.year) for m in found if m.code != "other"] == [
        ("proactive_disclosures", 412, "actual", 2024), ("proactive_disclosures", 400, "target", 2025),
        ("law_trainings", 5, "target", 2025)]


def test_short_column_heads_are_read_as_the_caption_writes_them_in_full():
    text = ("某县人民政府关于2024年度建议提案办理工作情况的报告\n一、基本情况\n表1  2024年县人大代表建议和政协委员提案按内容分类情况\n"
            "类别\t建议（件）\t提案（件）\t合计（件）\n经济发展\t18\t27\t45\n城乡建设\t34\t29\t63\n合计\t52\t56\t108\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == [
        ("npc_suggestions", 18, "经济发展"), ("cppcc_proposals", 27, "经济发展"), ("npc_suggestions", 34, "城乡建设"),
        ("cppcc_proposals", 29, "城乡建设"), ("npc_suggestions", 52, None), ("cppcc_proposals", 56, None)]


@pytest.mark.parametrize("sentence, expected", [
    ("县十八届人大四次会议期间，代表提出建议118件。县政协十五届三次会议立案的委员提案146件。上述建议提案共计273件。"
     "其中，县政府各部门主办建议96件、协办建议31件，主办提案121件、协办提案25件。",
     [("npc_suggestions", 118), ("cppcc_proposals", 146), ("npc_suggestions", 96), ("npc_suggestions", 31),
      ("cppcc_proposals", 121), ("cppcc_proposals", 25)]),  # parts of a total with no code name their own indicator
    ("承办市人大代表建议10件、市政协提案15件。其中，主办建议6件、协办建议4件，主办提案11件、协办提案4件。",
     [("npc_suggestions", 10), ("cppcc_proposals", 15), ("npc_suggestions", 6), ("npc_suggestions", 4),
      ("cppcc_proposals", 11), ("cppcc_proposals", 4)]),  # 其中 in the next sentence
    ("闭会期间，代表通过县人大常委会人代工委转交建议9件。", [("npc_suggestions", 9)]),  # sent on between sessions
    ("将建议提案办理工作纳入县直单位年度目标管理绩效考核，分值占比3%。", []),  # another work's weight
    ("将信访和12345热线诉求办理工作纳入村（社区）年度综合考核，分值占比不低于10%。", []),
])
def test_suggestion_and_proposal_parts_and_the_weight_of_other_work(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_column_head_that_is_only_a_verb_takes_its_object_from_the_caption():
    # 新申领 under a caption naming 执法证件: new certificates; 注销 (cancelled) counts none issued
    text = ("南充市司法局2024年度行政执法协调监督工作报告\n2024年全市行政执法证件管理情况统计表（单位：件）\n"
            "序号\t单位\t新申领\t注销\n1\t市直部门\t97\t21\n2\t顺庆区\t86\t17\n\t合计\t183\t38\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == [
        ("enforcement_certificates", 97, "市直部门"), ("enforcement_certificates", 86, "顺庆区"),
        ("enforcement_certificates", 183, None)]


@pytest.mark.parametrize("sentence, doc_type, expected", [
    ("市政府2024年度重大行政决策事项目录所列7项事项均经法律顾问合法性审查。", "report", [("major_decisions", 7)]),
    ("加强合同履行管理，每半年开展1次履约情况检查。", "plan", []),  # the unit's own contracts, no inspection
])
def test_items_a_decision_catalogue_lists_and_checks_of_contract_performance(sentence, doc_type, expected):
    _, found = run(sentence, doc_type=doc_type, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


@pytest.mark.parametrize("sentence, scopes", [
    ("全年新申领行政执法证件683件，其中市直部门247件、县（区）436件。", [None, "执法证件申领数·市直部门", "执法证件申领数·县（区）"]),
    ("全市收到行政复议申请4,102件，其中市政府本级777件，各县（市、区）政府收到3,325件。",
     [None, "行政复议案件数·市政府本级", "行政复议案件数·各县（市、区）政府"]),
])
def test_a_part_named_by_a_place_with_its_other_kind_in_brackets_keeps_the_whole_name(sentence, scopes):
    _, found = run(sentence, year=2024)
    assert [m.scope for m in found] == scopes


def test_certificates_renewed_after_enforcement_certificates_are_enforcement_certificates():
    _, found = run("局本级新申领陕西省行政执法证件42件，换发到期证件87件，注销证件9件。", year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [
        ("enforcement_certificates", 42), ("enforcement_certificates", 87)]
    _, found = run("全年核发道路运输从业资格证1,200本，换发到期证件87件。", year=2024)  # no enforcement certificate named
    assert [(m.code, m.value) for m in found if m.code != "other"] == [("certificates_issued", 1200), ("certificates_issued", 87)]


def test_a_zero_in_a_task_table_cell_is_next_year_s_aim_and_quotes_only_its_cell():
    head = "序号\t重点任务\t具体措施\t牵头单位\t完成时限\n"
    row = "6\t依法化解行政争议\t行政复议、行政诉讼案件“零发生”\t政策法规股\t长期坚持\n"
    found = spanned_metrics("某县交通运输局2025年法治政府建设工作要点\n一、重点任务\n" + head + row, 2025)
    assert [(m.code, m.value, m.kind, m.year, m.quote) for m in found] == [
        ("reconsideration_cases", 0, "target", 2025, "行政复议、行政诉讼案件“零发生”"),
        ("litigation_cases", 0, "target", 2025, "行政复议、行政诉讼案件“零发生”")]
    # a report's task list not known to be next year's gives neither an aim nor this year's zero
    report = ("某镇人民政府2024年法治政府建设工作总结\n一、工作开展情况\n全年开展行政检查1,200次。\n\n某镇人民政府\n2025年1月16日\n"
              "附件\n" + head + row)
    assert [(m.code, m.value) for m in spanned_metrics(report, 2024, "report")] == [("inspections", 1200)]


@pytest.mark.parametrize("sentence, expected", [
    # 责令“三停” is a coercive order, not a penalty case, and the paired parts after it still find their totals
    ("全市共检查社会单位1.4万家次，作出行政处罚决定838件，责令“三停”23家；其中支队本级检查单位1,320家次、作出行政处罚决定98件。",
     [("inspections", 14000, None), ("penalty_cases", 838, None), ("inspections", 1320, "行政检查次数·支队本级"),
      ("penalty_cases", 98, "行政处罚案件数·支队本级")]),
    # the city's fire and rescue bodies together are a whole system, not the detachment itself
    ("全市消防救援机构共检查社会单位1.2万家次，作出行政处罚决定836件。",
     [("inspections", 12000, "全市消防救援机构"), ("penalty_cases", 836, "全市消防救援机构")]),
    # a licence's name with a short bracket in its title marks is the scope, not half the verb before it
    ("核发《烟花爆竹经营（零售）许可证》238份。", [("certificates_issued", 238, "烟花爆竹经营（零售）许可证")]),
    ("局党委理论学习中心组专题学法8次。", [("law_study_sessions", 8, "局党委理论学习中心组专题学法")]),
])
def test_coercive_orders_fire_systems_licence_names_and_study_meetings(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a review the clause before names as a cleanup counts the documents cleaned
    ("开展行政规范性文件专项清理，对2020年以来出台的96件市政府规范性文件逐件审查，决定废止7件。",
     [("policy_docs_cleaned", 96, None), ("normative_docs_repealed", 7, None)]),
    # a result of the cases received is no total for the split after it; the split's names lose 以…为被申请人的
    ("全年新收行政复议申请307件；依法受理281件，不予受理12件，告知向有权机关申请14件。从被申请人看，以市公安局、市自然资源局为被申请人的分别为103件、38件。",
     [("reconsideration_cases", 307, None), ("reconsideration_cases", 281, "受理"),
      ("reconsideration_cases", 103, "受理·市公安局"), ("reconsideration_cases", 38, "受理·市自然资源局")]),
    # 一审案件中 takes apart the first-instance total, not the appeals named last
    ("全年新收一审行政诉讼案件、二审上诉案件分别为168件、61件。一审案件中，以市人民政府为被告的23件。",
     [("litigation_cases", 168, None), ("litigation_cases", 23, "行政诉讼应诉案件数·以市人民政府为被告")]),
    # cases carried over beside this year's, in brackets, are no part of them
    ("全年新收行政复议申请307件（另有上年结转19件），同比增长16.7%。", [("reconsideration_cases", 307, None)]),
])
def test_cleanup_reviews_results_before_a_split_first_instance_parts_and_cases_carried_over(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == expected


@pytest.mark.parametrize("sentence, expected", [
    # 审查 before a list of what was reviewed, decisions among them, is a legality review, as 审核 is
    ("全年审查镇政府拟发文件、重大决策草案和合同协议共计73件，其中拟发文件14件、重大行政决策草案4件、合同协议55件。",
     [("legality_reviews", v) for v in (73, 14, 4, 55)]),
    # …while the procedure a decision went through names no list
    ("全年3项重大行政决策事项均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。", [("major_decisions", 3)]),
    # measures corrected for breaking the review's standard are its result, however short the name
    ("对涉及经营主体经济活动的政策措施58件开展公平竞争审查，纠正违反审查标准的政策措施2件。", [("fair_competition_reviews", 58)]),
])
def test_reviews_of_lists_with_decisions_and_measures_corrected_under_a_review(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_recap_label_with_a_footnote_mark_still_looks_back():
    text = ("四川省生态环境厅2024年法治政府建设工作要点\n工作基础①：2023年，厅本级主动公开政府信息1,126条。\n"
            "一、重点任务\n（一）全面推进政务公开。全年主动公开政府信息不少于1,200条。\n")
    found = spanned_metrics(text, 2024)
    assert [(m.value, m.kind, m.year) for m in found] == [(1126, "actual", 2023), (1200, "target", 2024)]


@pytest.mark.parametrize("sentence, expected", [
    # shortfalls of some units, gaps not yet closed, differences from the schedule, cases not yet done
    ("一是个别县（市、区）全年行政处罚案件不足5件，有2个县全年作出行政处罚决定不足8件；有3个县区全年抽查不足50家。", []),
    ("全年办理行政许可2,318件。但仍有4项许可事项尚未实现“一网通办”，还有2项行政许可事项未纳入告知承诺。",
     [("license_cases", 2318)]),
    ("全年抽查386家，较序时进度少抽查14家。", [("random_check_entities", 386)]),
    ("受理信访事项64件。信访事项中尚有3件未办结；行政应诉案件2件，其中尚有1件在二审审理中。",
     [("petition_cases", 64), ("litigation_cases", 2)]),
    ("委党组理论学习中心组全年计划集中学法8次，仅完成3次。", [("law_study_sessions", 3)]),
])
def test_shortfalls_gaps_and_unfinished_cases_are_no_counts(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_planned_zero_beside_a_planned_cap_in_a_list_and_a_quota_per_station():
    text = ("东兴海关2025年法治海关建设工作要点\n一、依法化解行政争议\n（一）做好复议应诉工作。力争行政复议案件控制在2件以内、"
            "行政诉讼案件“零发生”。\n（二）规范答复。力争行政诉讼案件“零发生”、行政复议案件不超过3件。\n"
            "（三）强化巡查。对全市12个国家级地面气象观测站探测环境每季度至少巡查1次。\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.qualifier) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 2, "at_most"), ("litigation_cases", 0, "exact"),
        ("litigation_cases", 0, "exact"), ("reconsideration_cases", 3, "at_most")]


@pytest.mark.parametrize("sentence, scopes", [
    ("区综合行政执法局、区市场监督管理局分别开展行政检查1,816次、1,502次。", ["区综合行政执法局", "区市场监督管理局"]),
    ("市市场监督管理局、市交通运输局办理的行政处罚案件居前两位，分别为1,162件、546件。", ["市市场监督管理局", "市交通运输局"]),
])
def test_figures_a_list_of_bodies_shares_are_each_body_s(sentence, scopes):
    _, found = run(sentence, year=2024)
    assert [m.scope for m in found if m.code != "other"] == scopes


def test_a_half_year_report_s_plans_for_the_second_half_are_this_year_s():
    text = ("邢台市卫生健康委员会2024年上半年法治政府建设工作总结\n一、上半年工作开展情况\n上半年，委党组理论学习中心组集中学法3次。\n"
            "二、下半年工作打算\n下半年，我委还将重点做好以下工作：\n一是抓好学法用法。委党组理论学习中心组再集中学法不少于5次。\n"
            "二是加快抽查进度。确保全年“双随机、一公开”抽查不少于800家。\n\n邢台市卫生健康委员会\n2024年7月12日\n")
    found = spanned_metrics(text, 2024, doc_type="report")
    assert [(m.value, m.kind, m.year) for m in found] == [(3, "actual", 2024), (5, "target", 2024), (800, "target", 2024)]


@pytest.mark.parametrize("doc_type, years", [("report", [2024]), ("plan", [2022, 2023, 2024])])
def test_a_run_of_years_before_a_list_gives_each_figure_its_year(doc_type, years):
    text = ("某省交通运输厅2025年法治政府建设工作要点\n" if doc_type == "plan" else "某省交通运输厅2024年法治政府建设年度报告\n") + \
        "（一）工作基础。2022年至2024年，全省交通运输系统分别举办执法人员法治培训2期、3期、4期。\n"
    found = spanned_metrics(text, 2025 if doc_type == "plan" else 2024, doc_type)
    # a report keeps its own year's, a plan each year's actual; none is a multi-year total
    assert [(m.year, m.kind) for m in found] == [(y, "actual") for y in years]
    assert all("多年累计" not in (m.scope or "") for m in found)


def test_a_plan_s_years_run_shares_its_first_figure_s_indicator_and_a_clause_opening_with_last_year_looks_back():
    text = ("某省交通运输厅2025年法治政府建设工作要点\n一、重点任务\n（一）举办执法人员法治培训班不少于3期，2022年至2024年分别举办2期、3期、3期。\n"
            "（二）全年主动公开政府信息不少于1,500条，2024年为1,436条。\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.kind, m.year) for m in found] == [
        ("law_trainings", 3, "target", 2025), ("law_trainings", 2, "actual", 2022), ("law_trainings", 3, "actual", 2023),
        ("law_trainings", 3, "actual", 2024), ("proactive_disclosures", 1500, "target", 2025),
        ("proactive_disclosures", 1436, "actual", 2024)]


def test_a_column_of_changes_is_no_figure_when_no_year_heads_the_columns():
    text = ("山东省人民政府2024年度法治政府建设情况的报告\n附件1\n2024年全省主要指标统计表\n序号\t指标名称\t计量单位\t全省\t省本级\t同比（%）\n"
            "1\t行政许可办理量\t万件\t993.6\t46.2\t6.8\n2\t新收行政复议案件\t件\t45,300\t—\t58.1\n")
    _, found = run(text, year=2024)
    assert [(m.value, m.scope) for m in found] == [(9936000, "全省"), (462000, "省本级"), (45300, "全省")]
    _, found = run(text.replace("省本级", "省直部门"), year=2024)  # the province's own departments are a place's column too
    assert [(m.value, m.scope) for m in found] == [(9936000, "全省"), (462000, "省直部门"), (45300, "全省")]


def test_an_aim_of_no_cases_in_a_report_s_plan_for_next_year_and_penalty_kinds_and_new_measures():
    text = ("绍兴市民政局2024年法治政府建设年度报告\n一、主要工作\n（一）全年确保不发生以市民政局为被申请人的行政复议案件。\n"
            "二、2025年工作思路\n2025年，市民政局将力争不发生以市民政局为被申请人的行政复议和行政诉讼案件。\n\n绍兴市民政局\n2025年1月22日\n")
    found = spanned_metrics(text, 2024, "report")
    assert [(m.code, m.value, m.kind, m.year) for m in found] == [
        ("reconsideration_cases", 0, "target", 2025), ("litigation_cases", 0, "target", 2025)]
    _, found = run("全年依法对违规社会组织作出行政处罚决定9件，其中警告4件、撤销登记5件。", year=2024)
    assert [(m.value, m.scope) for m in found] == [(9, None), (4, "行政处罚案件数·警告"), (5, "行政处罚案件数·撤销登记")]
    _, found = run("随机抽取敬老院8所开展“双随机、一公开”联合抽查。检查殡葬服务单位53个次，开展宗教活动场所消防安全检查1,346处次。", year=2024)
    assert [(m.code, m.value, m.measure) for m in found] == [
        ("random_check_entities", 8, "所"), ("inspections", 53, "个次"), ("inspections", 1346, "处次")]


def test_table_rows_of_licence_kinds_under_a_qizhong_row_are_parts():
    text = ("新邵县民政局2024年法治政府建设年度报告\n表1　新邵县社会组织登记管理情况\n指标名称\t计量单位\t2023年\t2024年\n"
            "办理社会组织登记行政许可\t件\t168\t193\n其中：成立登记\t件\t41\t47\n变更登记\t件\t98\t112\n注销登记\t件\t29\t34\n"
            "表2　民办学校许可情况\n指标名称\t计量单位\t2023年\t2024年\n办理行政许可\t件\t52\t61\n其中：新设许可\t件\t11\t15\n"
            "变更许可\t件\t30\t36\n注销许可\t件\t11\t10\n")
    _, found = run(text, year=2024)
    assert [(m.value, m.scope) for m in found] == [
        (193, None), (47, "行政许可办理量·成立登记"), (112, "行政许可办理量·变更登记"), (34, "行政许可办理量·注销登记"),
        (61, None), (15, "行政许可办理量·新设许可"), (36, "行政许可办理量·变更许可"), (10, "行政许可办理量·注销许可")]


@pytest.mark.parametrize("sentence, expected", [
    ("将最低生活保障审核确认权限下放至全县15个乡镇（街道）。", [("delegated_recipients", 15)]),
    ("重点场所每年检查不少于2次。督促12家农资经营企业落实主体责任，对其每季度至少开展1次安全检查。", []),
    ("配合市人大常委会开展《无障碍环境建设法》执法检查1次。全年开展养老机构行政检查126次。", [("inspections", 126)]),
])
def test_recipients_after_handing_down_quotas_per_object_and_the_congress_s_inspection(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_target_cells_with_words_around_their_bound_and_a_column_of_multi_year_targets():
    text = ("溧阳市天目湖镇人民政府2024年法治政府建设工作总结\n表1　三年行动主要指标完成情况\n"
            "序号\t指标名称\t单位\t三年目标\t2024年完成\t完成进度\n1\t镇政府常务会议会前学法\t次\t每年≥10\t12\t已完成\n"
            "2\t综合执法巡查检查\t次\t累计≥3,600\t1,260余\t35%\n3\t建筑工程施工许可办结时限\t个工作日\t≤3（2026年）\t4\t完成\n")
    _, found = run(text, year=2024)
    # the row reads past the words of its target cell; the three-year target is no year's figure
    assert [(m.code, m.value, m.qualifier, m.kind) for m in found] == [
        ("law_study_sessions", 12, "exact", "actual"), ("inspections", 1260, "approx", "actual"),
        ("approval_time_limit_days", 4, "exact", "actual")]


def test_a_three_year_plan_s_base_column_levels_reached_by_steps_years_sharing_a_figure_and_cumulative_targets():
    text = ("长葛市法治政府建设三年行动方案（2024—2026年）\n一、主要目标\n序号\t指标名称\t单位\t2023年（基数）\t分年度目标\t\t\t牵头单位\n"
            "\t\t\t\t2024年\t2025年\t2026年\t\n1\t普法宣传活动\t场\t176\t≥200\t≥200\t≥220\t市司法局\n"
            "政务服务“一窗受理”率逐年提高5个百分点，到2026年达到95%以上。\n"
            "重大行政决策事项目录所列事项2024年不少于4项，2025年、2026年均不少于5项。实行告知承诺的事项2024年不少于8个、2026年不少于12个。\n"
            "每年查处行政案件不少于3,000件，三年累计不少于9,500件。\n")
    found = spanned_metrics(text, 2024)
    assert [(m.value, m.kind, m.year, m.scope) for m in found if m.code != "other"] == [
        (176, "actual", 2023, None), (200, "target", 2024, None), (200, "target", 2025, None), (220, "target", 2026, None),
        (95, "target", 2026, None), (4, "target", 2024, None), (5, "target", 2025, None), (5, "target", 2026, None),
        (8, "target", 2024, None), (12, "target", 2026, None), (3000, "target", 2024, None),
        (9500, "target", 2024, "多年累计")]


def test_a_two_row_header_with_merged_blanks_keeps_each_column_and_names_the_kinds_under_a_group():
    text = ("某县市场监督管理局2024年法治政府建设工作报告\n表1　2024年各执法单位行政执法情况统计表\n"
            "执法单位\t行政检查（家次）\t行政处罚\t\t\t投诉举报（件）\n\t\t简易程序（件）\t普通程序（件）\t罚没款（万元）\t\n"
            "暨阳市场监管所\t1,126\t27\t96\t142.6\t2,315\n合计\t2,000\t46\t167\t241.0\t3,777\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == [
        ("inspections", 1126, "暨阳市场监管所"), ("penalty_cases", 27, "暨阳市场监管所·简易程序"),
        ("penalty_cases", 96, "暨阳市场监管所·普通程序"), ("complaint_reports", 2315, "暨阳市场监管所"),
        ("inspections", 2000, None), ("penalty_cases", 46, "简易程序"), ("penalty_cases", 167, "普通程序"),
        ("complaint_reports", 3777, None)]


@pytest.mark.parametrize("header", ["指标名称\t2024年\t2024年\t2025年目标\n\t上半年\t全年\t2025年目标\n",
                                    "指标名称\t2024年\t\t2025年目标\n\t上半年\t全年\t\n"])
def test_a_plan_s_whole_year_column_under_last_year_is_last_year_s_actual(header):
    text = ("某县交通运输局2025年法治政府建设工作要点\n一、主要目标\n表1　2024年主要执法指标完成情况及2025年目标\n" + header +
            "路面执法检查（次）\t1,126\t2,386\t≥2,400\n")
    _, found = run(text, doc_type="plan", year=2025)
    assert [(m.value, m.kind, m.year) for m in found] == [(2386, "actual", 2024), (2400, "target", 2025)]


def test_a_year_in_the_first_of_three_header_rows_dates_its_columns():
    text = ("某省交通运输厅2024年法治政府建设年度报告\n表1　2023—2024年全省交通运输系统行政处罚情况统计表\n"
            "执法门类\t2023年\t2023年\t2024年\t2024年\n\t行政处罚\t行政处罚\t行政处罚\t行政处罚\n"
            "\t简易程序（件）\t普通程序（件）\t简易程序（件）\t普通程序（件）\n公路路政\t1,862\t3,415\t2,036\t3,702\n")
    _, found = run(text, year=2024)
    # the 2023 columns are last year's, as in running text
    assert [(m.value, m.year) for m in found if m.code != "other"] == [(2036, 2024), (3702, 2024)]


def test_a_header_of_two_periods_lined_up_with_full_width_spaces_heads_its_rows():
    text = ("某县市场监督管理局2024年法治政府建设工作报告\n表1　2024年投诉举报及热线办理情况\n项　　目　　　　　　　　　上半年　　　全　年\n"
            "受理投诉举报（件）　　　　4,106　　　8,642\n12345热线工单（件）　　　1,138　　　2,317\n")
    norm = normalize(text)
    found = extract_metrics(norm.text, doc_type="report", year=2024, target_spans=())
    # the half year's column is part of the year; the whole year's is the figure
    assert [(m.code, m.value) for m in found] == [("complaint_reports", 8642), ("hotline_cases", 2317)]


@pytest.mark.parametrize("sentence, expected", [
    ("全县有16个乡镇（街道）共办理行政处罚案件1200件。", [("penalty_cases", 1200)]),  # places that did work, no shortfall
    ("共有12个部门开展行政检查186次。", [("inspections", 186)]),
    ("将审核确认权限委托至18个乡镇（街道）实施。", [("delegated_recipients", 18)]),
    ("将审核确认权限委托给全县18个乡镇实施。", [("delegated_recipients", 18)]),
])
def test_units_that_did_the_work_are_no_shortfall_and_recipients_of_entrusted_powers(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_plan_sentence_with_no_comma_after_a_look_back_paragraph_is_a_target():
    text = "某局2025年法治政府建设工作要点\n2024年，我局办理行政许可120件。\n一、重点任务\n全局开展集中学法不少于12次。\n"
    assert [(m.value, m.kind, m.year) for m in spanned_metrics(text, 2025)] == [(120, "actual", 2024), (12, "target", 2025)]


def test_a_header_row_peeked_at_for_its_years_is_still_read():
    from etl.metrics import _table_header_years
    text = "某局2024年报告\n指标\t2023年\t2024年\n\t完成\t全年\n检查（次）\t120\t130\n"
    assert _table_header_years(text, text.find("检查")) == {0: None, 1: (2023, False), 2: (2024, False)}


@pytest.mark.parametrize("sentence, expected", [
    ("全年审批政府投资项目47个。全年核准企业投资项目6个，备案企业投资项目213个。", [("license_cases", 47), ("license_cases", 6)]),
    ("序号\t指标名称\t单位\t2024年完成\t2025年目标\t责任科室\n1\t政府投资项目审批\t个\t52\t—\t投资科\n2\t企业投资项目核准\t个\t8\t—\t投资科\n",
     [("license_cases", 52), ("license_cases", 8)]),
    ("对年综合能耗1万吨标准煤以上的重点用能单位每两年至少监察1次。", []),  # how often each is checked
    ("对23家科技服务机构（含科技企业孵化器、众创空间）开展“双随机、一公开”抽查。", [("random_check_entities", 23)]),
])
def test_project_approvals_and_verifications_quotas_every_two_years_and_a_note_in_brackets(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_centre_s_own_work_after_a_whole_system_s_ends_the_system_scope():
    found = spanned_metrics("某省工业和信息化厅2025年法治政府建设工作要点\n一、重点任务\n（一）加强节能监察执法。全省工信系统对不少于800家重点用能单位"
                            "开展节能监察，省节能监察中心直接开展节能监察不少于150家次。\n", 2025)
    assert [(m.value, m.scope) for m in found if m.value == 150] == [(150, None)]


def test_results_of_the_cases_said_done_are_no_more_cases():
    _, found = run("受理工程建设项目招标投标投诉11件，办结11件，其中驳回投诉6件、投诉事项成立3件、投诉人撤回投诉2件。", year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [("complaint_reports", 11)]


@pytest.mark.parametrize("sentence, expected", [
    ("查处饮酒驾驶违法行为231起，醉酒驾驶83起均已移送刑事立案。", [("penalty_cases", 231)]),  # crimes, comma or not
    ("修订治安管理处罚裁量基准，细化处罚事项218个。", [("discretion_benchmark_items", 218)]),
    ("查处道路交通安全违法行为1,236.8万起，其中非现场执法查处986.4万起，吊销机动车驾驶证2.31万本。",
     [("penalty_cases", 12368000), ("penalty_cases", 9864000)]),  # licences in 本 are no part of cases in 起
    ("对辖区46家歌舞娱乐场所每月至少检查1次。", []),  # the places a per-place quota is set for
])
def test_crimes_penalty_items_licences_revoked_and_places_under_a_quota(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_detachment_s_own_cases_end_the_whole_system_s_scope():
    _, found = run("全市公安交管部门共查处道路交通安全违法行为98.6万起；以支队为被申请人的行政复议案件26件。", year=2024)
    assert [(m.value, m.scope) for m in found] == [(986000, "全市公安交管部门"), (26, None)]


def test_a_town_office_lead_column_a_whole_predicate_a_bracketed_revision_and_a_serial_before_a_name():
    text = ("宣汉县南坝镇人民政府2025年法治政府建设工作要点\n表1　2024年主要指标完成情况及2025年目标\n"
            "序号\t指标\t单位\t2024年完成\t2025年目标\t责任办（所）\n1\t行政检查\t次\t1,046\t≥1,000\t综合行政执法队\n"
            "5\t人社政务服务“好差评”好评率\t%\t99.96\t≥99.9\t信息中心\n"
            "一、重点任务\n（一）涉企经营许可事项68项全部实行告知承诺。全年制定（修订）行政规范性文件不少于5件。\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.kind, m.year) for m in found if m.code != "other"] == [
        ("inspections", 1046, "actual", 2024), ("inspections", 1000, "target", 2025),
        ("satisfaction_rate", 99.96, "actual", 2024), ("satisfaction_rate", 99.9, "target", 2025),
        ("license_items", 68, "target", 2025), ("normative_docs_issued", 5, "target", 2025)]
    assert not any(m.measure == "人" for m in found)  # the serial 5 is no count of people


def test_the_unit_s_own_party_group_and_counter_end_a_whole_system_s_scope():
    found = spanned_metrics("某市市场监督管理局2025年法治政府建设工作要点\n一、重点任务\n全市市场监管系统抽查经营主体不少于1万户；"
                            "登记注册窗口“好差评”好评率不低于99.9%；局党组理论学习中心组集中学法不少于4次。\n", 2025)
    assert [m.scope for m in found] == ["全市市场监管系统", None, "局党组理论学习中心组集中学法"]


def test_projects_under_construction_in_a_random_check_are_entities_checked():
    _, found = run("全年对37个在建项目开展“双随机”联合抽查。随机抽取在建项目23个开展“双随机、一公开”联合抽查。", year=2024)
    assert [(m.code, m.value) for m in found] == [("random_check_entities", 37), ("random_check_entities", 23)]


@pytest.mark.parametrize("sentence, expected", [
    # an item opening with 未经 is the next item of the list, not a thing not done
    ("全年立案查处违法用地案件58宗，其中非法占用耕地建房21宗、未经批准擅自占地建设29宗、其他违法用地8宗。",
     [("penalty_cases", 58), ("penalty_cases", 21), ("penalty_cases", 29), ("penalty_cases", 8)]),
    # how many were closed, an order counted in 处, and a clause with its own verb are no parts
    ("全年立案查处违法用地案件58宗，其中违法建房21宗、擅自占地建设29宗、其他8宗，已结案52宗。",
     [("penalty_cases", 58), ("penalty_cases", 21), ("penalty_cases", 29), ("penalty_cases", 8)]),
    ("立案查处水事违法案件436件，其中非法采砂案件128件、其他案件308件，罚款1,286.3万元，责令恢复原状41处。",
     [("penalty_cases", 436), ("penalty_cases", 128), ("penalty_cases", 308)]),
    ("办理行政处罚案件36件，其中简易程序20件、普通程序16件，拆除违法建设18宗。",
     [("penalty_cases", 36), ("penalty_cases", 20), ("penalty_cases", 16)]),
    # a clock time is no count
    ("设立“局长接待日”，每周三下午3:00起受理群众信访，全年受理群众来信来访86件。", [("petition_cases", 86)]),
    ("本人带头讲法3次，组织全镇干部考法2次。", [("law_lectures", 3), ("law_tests", 2)]),
])
def test_list_items_opening_with_weijing_progress_orders_clock_times_and_shorthand_study(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_quarter_columns_under_a_caption_s_unit_and_table_rows_of_documents_reviewed():
    text = ("三台县司法局2024年法治政府建设年度报告\n表1　2024年合法性审核分季度统计（单位：件）\n项目\t一季度\t二季度\t三季度\t四季度\t全年\n"
            "合法性审核\t41\t52\t49\t71\t213\n表2\n项目\t2024年\n合法性审核（件）\t213\n其中：行政规范性文件（件）\t27\n"
            "其他政策文件（件）\t64\n合同协议（件）\t98\n常务会议议题（件）\t24\n")
    _, found = run(text, year=2024)
    assert [(m.value, m.scope) for m in found] == [
        (213, None), (213, None), (27, "合法性审核数·行政规范性文件"), (64, "合法性审核数·其他政策文件"),
        (98, "合法性审核数·合同协议"), (24, "合法性审核数·常务会议议题")]


@pytest.mark.parametrize("sentence, expected", [
    ("全年共开展合法性审核213件；另有县政府部门报来的部门规范性文件11件，按规定退回由部门法制机构审核，未计入上述数据。",
     [("legality_reviews", 213)]),
    ("市政府2024年度重大行政决策事项目录列入决策事项8项，其中已作出决策6项。", [("major_decisions", 8)]),
])
def test_figures_left_out_of_the_counts_and_decisions_already_made(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_plan_s_look_back_on_last_year_leaves_out_its_quarters_and_a_review_s_time_limit():
    text = ("贵州省司法厅2025年法治政府建设工作要点\n一、工作基础\n2024年，我厅开展合法性审核152件（一季度28件、二季度35件、三季度39件、"
            "四季度50件）。\n二、重点任务\n（一）全年开展合法性审核不少于160件，审核意见出具时限压缩至3个工作日以内。\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.kind) for m in found if m.code != "other"] == [
        ("legality_reviews", 152, "actual"), ("legality_reviews", 160, "target")]



@pytest.mark.parametrize("title, year, doc_type", [("某区司法局2024年法治政府建设工作报告", 2024, "report"),
                                                  ("某区司法局2025年法治政府建设工作要点", 2025, "plan")])
def test_quarters_listed_before_respectively_are_parts_of_the_year(title, year, doc_type):
    text = f"{title}\n2024年，全区开展普法活动142场。从季度看，一季度、二季度普法活动分别为21场、33场，下半年明显加快。\n"
    found = spanned_metrics(text, year, doc_type)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [("outreach_events", 142)]

@pytest.mark.parametrize("sentence, expected", [
    ("完成馆藏档案开放审核2.3万件。审核人防工程施工图设计文件64件。对规范性文件开展合法性审核12件。", [("legality_reviews", 12)]),
    ("全年受理烟草专卖零售许可证新办申请1,128件，核发烟草专卖零售许可证1,874张。",
     [("license_cases", 1128), ("certificates_issued", 1874)]),
    ("对辖区卷烟零售户每月至少巡查1次。", []),
])
def test_archive_reviews_licence_applications_of_a_kind_and_quotas_per_retailer(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_unit_naming_itself_short_ends_the_system_scope():
    _, found = run("全省粮食和物资储备系统共开展粮食流通监督检查3,862次；省局直接组织“四不两直”检查41次。", year=2024)
    assert [(m.value, m.scope) for m in found] == [(3862, "全省粮食和物资储备系统"), (41, None)]


def test_a_plan_s_last_year_and_this_year_columns_and_its_look_back_over_recent_years():
    text = ("莱州市卫生健康局2025年法治政府建设工作要点\n一、工作基础\n近三年，全市累计查处非法行医案件186件。\n表1　主要指标上年完成情况及本年目标\n"
            "序号\t指标名称\t单位\t上年完成值\t本年目标值\n1\t主动公开政府信息\t条\t583\t≥600\n")
    found = spanned_metrics(text, 2025)
    assert [(m.value, m.kind, m.year, m.scope) for m in found] == [
        (186, "actual", 2024, "多年累计"), (583, "actual", 2024, None), (600, "target", 2025, None)]


def test_next_january_in_a_year_s_report_is_no_figure_of_the_year():
    text = ("吉林省人力资源和社会保障厅2024年法治政府建设年度报告\n2024年，厅本级办理行政许可2,317件。2025年1月，又新收到行政复议申请2件。\n"
            "表1　主要法治指标完成情况\n指标名称\t单位\t2024年\t2025年1月\n行政许可办理量\t件\t2,317\t136\n")
    found = spanned_metrics(text, 2024, "report")
    assert [(m.value, m.year) for m in found] == [(2317, 2024), (2317, 2024)]


def test_a_year_row_over_a_count_head_lets_the_caption_name_the_count():
    text = ("长治市水务局2024年法治政府建设年度报告\n表2 2024年水行政处罚案件分类型情况\n案件类型\t2024年\t2024年\n案件类型\t件数（件）\t占比（%）\n"
            "河道采砂\t21\t33.3\n合计\t63\t100\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == [
        ("penalty_cases", 21, "河道采砂"), ("penalty_cases", 63, None)]


@pytest.mark.parametrize("sentence, expected", [
    ("我局176项政务服务事项全部进驻市行政服务中心交通运输窗口。", [("service_items", 176)]),
    ("细化交通运输行政处罚裁量事项96个。", [("discretion_benchmark_items", 96)]),
])
def test_service_items_moved_into_a_window_and_discretion_items_named_with_their_sector(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_part_after_a_pair_of_case_totals_belongs_to_the_kind_it_names_and_its_open_case_is_pending():
    text = ("德阳市税务局2024年法治税务建设工作总结\n全市税务系统共发生行政复议案件9件、行政诉讼案件3件。其中，以市局为被申请人的"
            "行政复议案件5件，维持4件、1件正在审理中。")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.parent_code, m.scope) for m in found][2:] == [
        ("reconsideration_cases", 5, "reconsideration_cases", None),  # the unit's own cases: no part to name
        ("reconsideration_upheld", 4, "reconsideration_cases", None),
        ("reconsideration_pending", 1, "reconsideration_cases", None)]


def test_level_columns_of_a_target_table_scope_each_cell_and_keep_equal_cells_apart():
    text = ("宁波市生态环境局北仑分局2025年法治政府建设工作要点\n一、主要目标\n"
            "指标名称\t计量单位\t分局机关\t区生态环境执法大队\t各镇（街道）\t合计\n"
            "执法人员法治培训\t期\t≥2\t≥2\t—\t≥4\n"
            "普法宣传活动\t场\t≥10\t≥20\t≥30\t≥60\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.qualifier, m.scope) for m in found] == [
        ("law_trainings", 2, "at_least", "分局机关"), ("law_trainings", 2, "at_least", "区生态环境执法大队"),
        ("law_trainings", 4, "at_least", None),
        ("outreach_events", 10, "at_least", "分局机关"), ("outreach_events", 20, "at_least", "区生态环境执法大队"),
        ("outreach_events", 30, "at_least", "各镇（街道）"), ("outreach_events", 60, "at_least", None)]


def test_a_system_column_and_the_unit_s_own_column_scope_their_targets():
    text = ("广西壮族自治区交通运输厅2025年法治政府建设工作要点\n表1　2025年法治政府建设主要量化指标\n"
            "序号\t指标名称\t计量单位\t全区交通运输系统\t厅本级（含厅执法总队）\n1\t普法宣传活动\t场\t≥650\t≥30\n")
    found = spanned_metrics(text, 2025)
    assert [(m.value, m.scope) for m in found] == [(650, "全区交通运输系统"), (30, "厅本级（含厅执法总队）")]


@pytest.mark.parametrize("text, expected", [
    # a system subject after 二是 is still the subject of its point
    ("南通市市场监督管理局2025年法治政府建设工作要点\n一是局党组理论学习中心组集中学法不少于6次；二是全市市场监管系统“双随机、一公开”"
     "抽查经营主体不少于1.2万户；三是全市系统开展普法活动不少于400场。",
     [(6, "局党组理论学习中心组集中学法"), (12000, "全市市场监管系统·双随机、一公开"), (400, "全市系统")]),
    # the unit's subordinate bureaus as the subject
    ("南通市市场监督管理局2025年法治政府建设工作要点\n2024年，各县（市、区）局共发生行政复议案件31件、行政诉讼案件12件。",
     [(31, "各县（市、区）局"), (12, "各县（市、区）局")]),
    # the unit's own inspection bureau and party committee end the system's scope
    ("国家税务总局德阳市税务局2025年法治税务建设工作要点\n2024年，全市税务系统实施税务行政处罚3,418户次；市局稽查局立案检查纳税人138户，"
     "作出税务行政处罚136户次。", [(3418, "全市税务系统"), (136, None)]),
    # a region's government service centre is its own hall, not the system
    ("广西壮族自治区交通运输厅2025年法治政府建设工作要点\n全区交通运输系统政务服务“好差评”满意率保持在99%以上；自治区政务服务中心"
     "交通运输窗口“一窗受理”率保持100%。", [(99, "全区交通运输系统"), (100, None)]),
    # a part done by the unit's own level is named by who did it, not by what it was
    ("南通市市场监督管理局2025年法治政府建设工作要点\n2024年，全市市场监管系统共办理各类行政许可8.72万件，其中市局本级办理食品生产、"
     "特种设备生产等行政许可3,146件。", [(87200, "全市市场监管系统"), (3146, "行政许可办理量·市局本级")]),
])
def test_system_subordinate_and_own_office_subjects_scope_their_figures(text, expected):
    found = spanned_metrics(text, 2025)
    assert [(m.value, m.scope) for m in found if m.code != "other"] == expected


def test_place_columns_of_a_table_whose_caption_names_the_count_scope_each_cell_and_keep_the_total_row():
    text = ("贵州省水利厅2024年法治政府建设情况报告\n表1　2024年全省水行政许可分类型办理情况（单位：件）\n"
            "序号\t许可事项\t全省\t其中：厅本级\n1\t取水许可\t3,152\t286\n\t合计\t6,275\t391\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found] == [
        ("license_cases", 3152, "全省·取水许可"), ("license_cases", 286, "厅本级·取水许可"),
        ("license_cases", 6275, "全省"), ("license_cases", 391, "厅本级")]


def test_a_later_item_of_a_list_of_bodies_checked_is_counted_as_the_first_is():
    _, found = run("对全县12家矿山企业、4家测绘资质单位开展“双随机、一公开”抽查，发现问题9个。", year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [
        ("random_check_entities", 12), ("random_check_entities", 4)]


def test_a_this_year_clause_after_a_point_marker_in_a_report_s_next_year_part_is_this_year_s_actual():
    text = ("宁乡市城市管理和综合执法局法治政府建设工作情况的报告\n三、明年工作打算\n明年，我局将重点抓好以下工作：一是局党组理论学习中心组"
            "集中学法不少于6次；二是今年我局开展普法活动36场，明年将增加至不少于40场。\n")
    found = spanned_metrics(text, 2024, "report")
    assert [(m.value, m.kind, m.year) for m in found] == [(6, "target", 2025), (36, "actual", 2024), (40, "target", 2025)]


def test_last_year_s_same_period_in_a_report_is_no_figure():
    _, found = run("澧县农业农村局2024年法治政府建设工作报告\n今年以来，行政诉讼案件1件。去年同期行政处罚案件为71件。", year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [("litigation_cases", 1)]


def test_months_gone_by_of_a_plan_s_own_year_are_neither_last_year_nor_a_target():
    text = ("包头市卫生健康委员会法治政府建设工作要点\n一、工作基础\n去年，委本级办理行政许可1,934件。今年1—2月，委本级已受理行政许可申请"
            "218件。2025年第三季度前，办理时限压缩50%以上。\n")
    found = spanned_metrics(text, 2025)
    assert [(m.value, m.kind, m.year) for m in found] == [(1934, "actual", 2024), (50, "target", 2025)]


@pytest.mark.parametrize("opening", ["2020年至2021年", "2020年、2021年"])
def test_years_opening_a_plan_s_sentence_pair_with_a_list_whose_object_has_its_own_list(opening):
    text = (f"绍兴市市场监督管理局2022年法治政府建设工作要点\n　　{opening}，全市市场监管系统分别查办哄抬防疫物资价格、销售不合格口罩等"
            "涉疫违法案件215件、127件。\n一、重点任务\n（一）全系统查办涉疫违法案件不少于100件。\n")
    found = spanned_metrics(text, 2022)
    assert [(m.value, m.kind, m.year) for m in found] == [(215, "actual", 2020), (127, "actual", 2021), (100, "target", 2022)]


def test_a_range_of_past_years_opening_a_plan_s_look_back_is_a_multi_year_actual_and_the_paragraph_looks_back():
    text = ("绍兴市市场监督管理局2022年法治政府建设工作要点\n　　2020年至2021年，全市市场监管系统查办涉疫违法案件342件。全年市局制定"
            "行政规范性文件3件。\n一、重点任务\n（一）全系统查办涉疫违法案件不少于100件。\n")
    found = spanned_metrics(text, 2022)
    assert [(m.value, m.kind, m.year, m.scope) for m in found] == [
        (342, "actual", 2021, "多年累计·全市市场监管系统"), (3, "actual", 2021, None), (100, "target", 2022, None)]


def test_a_month_range_inside_a_breakdown_is_part_of_the_year():
    _, found = run("全年审查涉疫临时性措施53件，其中2月至4月一级响应期间审查29件；作出行政处罚决定1673件，其中4—6月作出312件。",
                   year=2020)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [("legality_reviews", 53), ("penalty_cases", 1673)]


def test_years_opening_a_report_s_sentence_leave_each_earlier_year_of_every_list_out():
    _, found = run("2022年、2023年、2024年，我局被申请行政复议案件分别为3件、2件、1件，行政应诉案件分别为2件、1件、0件。", year=2024)
    assert [(m.code, m.value, m.year) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 1, 2024), ("litigation_cases", 0, 2024)]


def test_none_over_years_since_is_a_multi_year_zero():
    _, found = run("2020年以来，镇政府累计审查涉疫通告、临时性措施74件，未发生因疫情防控措施引发的行政复议、行政诉讼案件。", year=2022)
    assert [(m.code, m.value, m.scope) for m in found if m.code != "other"] == [
        ("legality_reviews", 74, "多年累计"), ("reconsideration_cases", 0, "多年累计·因疫情防控措施引发"),
        ("litigation_cases", 0, "多年累计·因疫情防控措施引发")]


def test_action_columns_under_a_licence_handling_caption_are_kinds_of_the_licences():
    text = ("江西省药品监督管理局2024年法治政府建设年度报告\n表1　2024年全省药品、医疗器械、化妆品生产许可办理情况（单位：件）\n"
            "品种\t核发\t变更\t注销\n药品\t38\t412\t9\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found] == [
        ("license_cases", 38, "药品·核发"), ("license_cases", 412, "药品·变更"), ("license_cases", 9, "药品·注销")]


@pytest.mark.parametrize("sentence, expected", [
    ("局长全年主持召开局长办公会审议规范性文件、重大行政决策等议题12个。", []),  # a meeting's agenda items
    ("全年审核市政府常务会议议题87件。", [("legality_reviews", 87)]),  # reviewing the agenda items is still a review
    ("新建知识产权公共服务网点15个，梳理公布公共服务事项12项。", [("public_service_items", 12)]),  # outlets are places
])
def test_agenda_items_and_service_outlets_are_no_items_of_what_they_name(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_lead_in_split_after_an_uncoded_carry_over_sentence_splits_the_received_cases():
    _, found = run("全年共收到行政复议申请412件，依法受理376件。加上上年旧存案件31件，全年在办案件407件。从被申请人看，以县公安局为"
                   "被申请人的128件，其他县直部门140件。从案件类型看，涉及行政处罚的152件、政府信息公开的38件。", year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 412), ("reconsideration_cases", 376), ("reconsideration_cases", 128),
        ("reconsideration_cases", 140), ("reconsideration_cases", 152), ("reconsideration_cases", 38)]


@pytest.mark.parametrize("table", [
    "表1　2024年县人民政府行政复议案件分被申请人情况统计表（单位：件）\n被申请人\t旧存\t新收\t维持\t驳回\t变更\t结转下年\n"
    "县公安局\t9\t128\t72\t14\t2\t11\n合计\t15\t175\t94\t19\t3\t18\n",
    # the same under a two-row header whose top row only names the steps
    "表1　2024年县人民政府行政复议案件分被申请人情况统计表（单位：件）\n\n被申请人\t旧存\t新收\t审结\t审结\t审结\t结转下年\n\n"
    "被申请人\t旧存\t新收\t维持\t驳回\t变更\t结转下年\n\n县公安局\t9\t128\t72\t14\t2\t11\n\n合计\t15\t175\t94\t19\t3\t18\n",
])
def test_bare_step_columns_of_a_reconsideration_table_take_the_caption_s_cases(table):
    _, found = run("宜阳县人民政府2024年度行政复议工作情况报告\n" + table, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 128), ("reconsideration_upheld", 72), ("reconsideration_pending", 11),
        ("reconsideration_cases", 175), ("reconsideration_upheld", 94), ("reconsideration_pending", 18)]


def test_lawsuits_brought_after_a_reconsideration_are_parts_of_the_lawsuits():
    _, found = run("以市人民政府为被告的一审行政诉讼案件126件（其中经市政府复议后起诉的98件）。以县人民政府为被告的一审行政诉讼案件"
                   "38件（含经县政府复议维持后与原行政机关作为共同被告的11件）。", year=2024)
    assert [(m.code, m.value, m.parent_code) for m in found if m.code != "other"] == [
        ("litigation_cases", 126, None), ("litigation_cases", 98, "litigation_cases"),
        ("litigation_cases", 38, None), ("litigation_cases", 11, "litigation_cases")]


def test_a_plan_s_look_back_goes_on_past_cases_carried_into_its_year_and_a_long_paragraph_of_the_year():
    text = ("成都市郫都区司法局2025年行政复议和行政应诉工作实施方案\n## 一、工作基础\n2024年，区人民政府作为行政复议机关，共新收行政复议申请"
            "286件，结转2025年继续审理27件。\n\n以区人民政府为被申请人、向成都市人民政府申请行政复议的案件9件，维持6件、确认违法1件、终止1件，"
            "另有1件尚在审理中；区司法局全年未发生被申请行政复议和被提起行政诉讼的案件。全区行政机关新收一审行政诉讼案件147件。\n\n"
            "全年举办复议应诉业务培训2期。\n## 二、重点任务\n举办全区复议应诉业务培训不少于3期。将复议应诉工作纳入对各镇（街道）和区级部门的"
            "法治建设考核，权重不低于10%。\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.kind, m.year) for m in found if m.code != "other"] == [
        ("reconsideration_cases", 286, "actual", 2024), ("reconsideration_pending", 27, "actual", 2024),
        ("reconsideration_cases", 9, "actual", 2024), ("reconsideration_upheld", 6, "actual", 2024),
        ("reconsideration_pending", 1, "actual", 2024), ("reconsideration_cases", 0, "actual", 2024),
        ("litigation_cases", 0, "actual", 2024), ("litigation_cases", 147, "actual", 2024),
        ("law_trainings", 2, "actual", 2024), ("law_trainings", 3, "target", 2025)]


def test_jiang_as_ba_with_a_figure_does_not_end_a_plan_s_look_back():
    text = ("河南省市场监督管理局2025年法治政府建设工作要点\n2024年，全省依法将18.4万户经营主体移出经营异常名录。省局本级组织实施抽查"
            "事项68项。\n一、重点任务\n（一）部门联合抽查事项不少于30个。\n")
    found = spanned_metrics(text, 2025)
    assert [(m.value, m.kind, m.year) for m in found if m.code != "other"] == [(68, "actual", 2024), (30, "target", 2025)]


@pytest.mark.parametrize("sentence, expected", [
    # the pool the checked entities are drawn from, and those found at fault, are no entities checked
    ("检查对象名录库共录入经营主体2.86万户。全县抽查各类经营主体5,426户，抽查中发现问题376户，均已责令整改。",
     [("random_check_entities", 5426)]),
    # kinds of the random checks' items are parts of them; a change from last year is no part
    ("全县共梳理抽查事项163项，其中重点检查事项98项、一般检查事项65项，较上年新增11项。",
     [("random_check_items", 163), ("random_check_items", 98), ("random_check_items", 65)]),
    # credit repair of penalty information is no penalty
    ("全年完成信用修复1,143户，其中行政处罚信息提前停止公示281户。全年办理行政处罚信息信用修复3,126件。", []),
    # a business training of random checks and a count of pilot fields are no law training and no licence
    ("举办“双随机、一公开”和信用监管业务培训3期。在工业产品生产许可证获证企业等领域开展试点，试点领域不少于6个。", []),
    # a cap per entity checked
    ("同一经营主体年度内接受市场监管部门“双随机”抽查原则上不超过1次。", []),
    # a credit rating's coverage is no service evaluation
    ("全面开展道路运输企业信用评价，评价覆盖率100%。", []),
])
def test_random_check_and_credit_supervision_figures_that_are_no_indicators_or_are_parts(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_row_naming_no_indicator_is_a_part_of_its_count_column():
    text = ("某县交通运输局2025年“双随机、一公开”抽查工作实施方案\n| 抽查领域 | 抽查事项（个） | 抽查对象（家） |\n|---|---|---|\n"
            "| 公路水运工程建设 | 3 | 42 |\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value) for m in found] == [("random_check_items", 3), ("random_check_entities", 42)]


@pytest.mark.parametrize("sentence, expected", [
    # a clause with a verb of its own after the semicolon ends short parts set apart by semicolons
    ("全年办理行政处罚案件1,846件，其中简易程序1,137件、普通程序709件；细化乡镇行政处罚裁量事项326个。",
     [("penalty_cases", 1846), ("penalty_cases", 1137), ("penalty_cases", 709), ("discretion_benchmark_items", 326)]),
    # a quoted campaign “…进企业” is an outreach activity
    ("开展“法治交通进企业”活动6场。", [("outreach_events", 6)]),
])
def test_a_discretion_clause_after_a_breakdown_and_a_quoted_campaign_into_firms(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_power_list_table_s_stage_columns_other_column_and_total_row_with_an_empty_name_cell():
    text = ("攸县人民政府2024年法治政府建设年度报告\n表1　县级部门权责清单调整前后对比（单位：项）\n序号\t事项类别\t调整前\t调整后\t增减\n"
            "1\t行政许可\t312\t296\t-16\n合计\t\t2780\t2687\t-93\n表2　镇级权责清单事项分类情况（单位：项）\n"
            "清单类别\t行政许可\t行政处罚\t其他\t权责事项共计\n2024年底\t8\t143\t12\t163\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found] == [
        ("license_items", 312, "调整前"), ("license_items", 296, "调整后"),
        ("power_list_items", 2780, "调整前"), ("power_list_items", 2687, "调整后"),
        ("license_items", 8, "2024年底"), ("penalty_items", 143, "2024年底"), ("other_power_items", 12, "2024年底"),
        ("power_list_items", 163, "2024年底")]


def test_a_row_s_target_cell_counts_what_its_done_cell_counts():
    text = ("绵阳市发展和改革委员会2025年法治政府建设工作要点\n指标名称\t计量单位\t2024年完成\t2025年目标\t责任科室\n"
            "实行告知承诺的涉企经营许可事项\t个\t7\t≥8\t法规科\n")
    found = spanned_metrics(text, 2025)
    assert [(m.code, m.value, m.kind) for m in found] == [
        ("notification_commitment_items", 7, "actual"), ("notification_commitment_items", 8, "target")]


@pytest.mark.parametrize("sentence", ["组织镇村干部参加赋权事项业务培训5期，举办权责清单业务培训班1期。",
                                      "将清单管理工作纳入年度绩效考核，权重占5%。"])
def test_list_business_trainings_and_the_list_work_s_weight_are_no_indicators(sentence):
    _, found = run(sentence, year=2024)
    assert [m.code for m in found if m.code != "other"] == []


@pytest.mark.parametrize("sentence, expected", [
    # how often each of the sites is patrolled, however many, is no count of inspections
    ("全年检查文化市场经营单位2,936家次。对全市46处国保、省保单位每季度至少巡查1次。", [("inspections", 2936)]),
    ("“双随机、一公开”抽查体育市场主体120家；对全市76家滑雪、攀岩等高危险性体育项目经营场所每季度至少检查1次。",
     [("random_check_entities", 120)]),
    # the cases done of those filed are progress, no more cases
    ("立案查处违法违规案件47件，办结45件，罚没款18.37万元。", [("penalty_cases", 47)]),
    # 业务 in a licence's name does not make its items a handling count
    ("推动营业性演出、旅行社业务经营许可等12项涉企经营许可事项全部纳入“证照分离”改革。", [("license_items", 12)]),
    # a single month of a year is a part of it
    ("全年受理热线工单2.1万件，9月单月热线工单达2,310件。", [("hotline_cases", 21000)]),
])
def test_per_site_quotas_cases_done_licence_names_and_single_months(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value) for m in found if m.code != "other"] == expected


def test_a_year_table_whose_caption_spans_two_years_names_its_rows_and_a_web_total_row_missing_its_last_cell():
    text = ("某区文化广电旅游体育局2024年法治政府建设年度报告\n表1　2023—2024年文化市场检查情况（单位：家次）\n行业\t2023年\t2024年\t同比\n"
            "网吧\t1,102\t1,008\t-8.5%\n合计\t1,503\t1,463\t-2.7%\n表2　2025年全省文化和旅游市场“双随机、一公开”抽查计划\n"
            "行业\t抽查对象数（家）\t责任处室\n旅行社\t200\t市场管理处\n合计\t450\n")
    _, found = run(text, year=2024)
    assert [(m.code, m.value, m.scope) for m in found][:4] == [
        ("inspections", 1008, "网吧"), ("inspections", 1463, None), ("random_check_entities", 200, "旅行社"),
        ("random_check_entities", 450, None)]


def test_a_report_of_nine_months_keeps_its_own_months_and_leaves_out_a_quarter():
    text = ("九江市人民政府办公室关于2024年1—9月全市法治政府建设重点指标进展情况的通报\n一、总体进展情况\n1—9月，全市共办理行政许可43.6万件。"
            "三季度（7—9月）全市作出行政处罚3,104件。\n")
    found = spanned_metrics(text, 2024, "report")
    assert [(m.code, m.value, m.kind) for m in found if m.code != "other"] == [("license_cases", 436000, "actual")]


def test_a_nine_months_report_s_table_reads_its_own_months_column_as_the_year_s_figures():
    text = ("九江市人民政府办公室关于2024年1—9月全市法治政府建设重点指标进展情况的通报\n二、重点指标进度\n"
            "序号\t指标\t单位\t全年目标\t1—9月完成\t完成率\t进度评价\n\n5\t普法活动\t场\t1,500\t1,288\t85.9%\t达到序时\n")
    found = spanned_metrics(text, 2024, "report")
    assert [(m.code, m.value, m.kind) for m in found] == [
        ("outreach_events", 1500, "target"), ("outreach_events", 1288, "actual")]


@pytest.mark.parametrize("sentence, expected", [
    ("累计出动执法人员3,260人次，检查渔船2,875艘次。全年随机抽查渔船128艘。",
     [("inspections", 2875, "艘次"), ("random_check_entities", 128, "艘")]),
    ("“双随机、一公开”随机抽查用海项目312个、海岛21个。",
     [("random_check_entities", 312, "个"), ("random_check_entities", 21, "个")]),
])
def test_ships_counted_in_sou_are_inspected_and_sea_projects_are_objects_checked(sentence, expected):
    _, found = run(sentence, year=2024)
    assert [(m.code, m.value, m.measure) for m in found if m.code != "other"] == expected


def test_a_quota_per_port_operator_is_no_count_and_a_table_row_counts_ships_checked():
    text = ("舟山市港航和口岸管理局2025年法治政府建设工作要点\n一、重点任务\n（一）加强港口执法\n"
            "对辖区43家危险货物港口经营人每季度至少检查1次。开展港口现场检查不少于200家次。\n"
            "二、主要指标\n指标\t计量单位\t2024年完成\t2025年目标\n船舶安全检查\t艘次\t1,042\t≥1,100\n")
    found = spanned_metrics(text, 2025)
    assert sorted((m.code, m.value, m.kind, m.year) for m in found if m.code != "other") == [
        ("inspections", 200, "target", 2025), ("inspections", 1042, "actual", 2024), ("inspections", 1100, "target", 2025)]
