"""Metrics: every numeric indicator of a normalized text, its meaning looked up in a rule registry."""
from __future__ import annotations

import bisect
import csv
import math
import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from re import _constants as _sre, _parser as _sre_parse  # the re module's own parser: where a match can start
from typing import Iterator, Sequence

from .models import Metric
from .normalize import PART_OF_YEAR, TABLE_UNITS, merge_spans as _merge
from .profile import BOOK_TITLE_RE, appendix_start, cn_small_int

SPEC_DIR = Path(__file__).resolve().parent.parent / "data" / "spec"
RULES_FILE = "metric_rules.csv"
DICTIONARY_FILE = "metrics.csv"
OTHER = "other"

_CN = "〇零一二两三四五六七八九十百千万亿"
# a Chinese figure starts with a digit word; bare 百/千/万 start set phrases (百家争鸣, 千家万户)
_CN_FIRST = "〇零一二两三四五六七八九十"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# measure word -> characters that, when they follow, make it part of another word (部门, 本级, 期间)
_MEASURE_STOPS: dict[str, str] = {
    "个工作日": "", "个百分点": "", "个月": "", "人次": "", "户次": "", "家次": "", "件次": "",
    "宗次": "", "批次": "", "工作日": "", "小时": "",
    "件": "事", "项": "目", "个": "体人性", "次": "性", "场": "所景地", "条": "例款线", "份": "额子",
    "家": "庭长属乡", "期": "间限满内刊望待", "宗": "旨教", "篇": "章", "人": "员民大", "名": "单称义额",
    "户": "籍口外", "起": "草步点来诉", "批": "准复示评", "轮": "", "本": "级部单地市年次领", "册": "",
    "张": "贴", "块": "钱状头", "套": "", "部": "门署分位", "类": "型别似", "例": "如", "则": "是", "笔": "", "元": "旦素",
    "堂": "", "卷": "宗", "场次": "", "年": "度", "天": "然", "倍": "", "学时": "", "课时": "",
    "辆次": "", "台次": "", "个次": "", "处次": "", "艘次": "", "艘": "", "所": "属有以得谓长在辖需涉述示",  # 8所敬老院, 53个次
    "单": "位元独项据一列", "通": "过知报讯信道用行俗畅",
    "处": "室长理置罚分级所事置",  # 120处烈士纪念设施, not 处室, 处理, 处罚
    "成": "立员本果效为功绩就熟交长型片品套批都年人份分色像器材败不新",  # 六成以上 = 60%, not 成立, 一成不变
}
# compound measures count what their parts count: 1200余场次 is events like 12场
_MEASURE_ALIASES = {"辆次": ("辆", "次"), "艘次": ("艘", "次"), "台次": ("台", "次"), "个次": ("个", "次"), "处次": ("处", "次"), "场次": ("场", "次"), "件次": ("件",), "宗次": ("宗", "件"),
                    "批次": ("批", "次"), "家次": ("家",), "户次": ("户",), "人次": ("人",)}
# durations and multiples: figures only when a registry rule gives them a meaning
WEAK_MEASURES = frozenset({"年", "个月", "天", "小时", "倍", "工作日"})
# after a one-character Chinese numeral only these read as counts; others are set phrases (一张网, 一部分)
CN_MEASURES = frozenset({
    "件", "项", "个", "次", "场", "条", "份", "家", "期", "宗", "篇", "人", "名", "户", "起", "批",
    "轮", "例", "年", "个月", "天", "个工作日", "元", "人次", "家次", "户次", "本", "堂", "学时", "课时",
    "场次", "件次", "批次", "宗次", "成",
})


def _measure_alternation() -> str:
    """The measure words as one regex alternation, longest first, each guarded against the words it starts."""
    parts = []
    for m in sorted(_MEASURE_STOPS, key=len, reverse=True):
        stop = _MEASURE_STOPS[m]
        parts.append(re.escape(m) + (f"(?![{stop}])" if stop else ""))
    return "|".join(parts)


FIGURE_RE = re.compile(
    rf"百分之(?P<pct>{_NUM}|[{_CN}点]+)(?P<post_pct>以上|以下|以内|左右)?"
    rf"|(?:(?<![\d.,])(?<!\d[:：])(?P<ar>{_NUM})[ \u3000]?(?P<mult>[万亿千百](?!分))?(?P<approx_ar>余|多)?(?P<mult2>[万亿](?!分))?"
    # (a bare 百 or 千 before 余/多 is one: 百余场, 千余条; so is a bare 百, 千 or 万 after a bound: 上百次, 逾千条,
    # 近万人次; 数十场 and 几百件 say no number)
    rf"|(?<![{_CN}点数几])(?P<cn>[{_CN_FIRST}](?:[{_CN}]|点(?=[{_CN}])){{0,15}}|[百千](?=[余多])|(?<=[上逾近超于])[百千万]"
    # (百场以上, 千条以上: a bare 百 or 千 bounded after its measure)
    rf"|[百千](?=(?:场次|人次|件|条|场|次|个|项|家|份|期|篇|人)(?:以上|左右)))"
    rf"(?P<approx_cn>余|多)?)"
    # (never a next line's word, nor the next cell's: 5⇥人社政务服务 is a row's serial before its name)
    rf"[ \u3000]?(?P<measure>%|{_measure_alternation()})(?P<post>以上|以下|以内|左右)?"
)
_CN_TENTH_DIGITS = "一二三四五六七八九"
_POST_WORD_RE = re.compile(r"以上|以下|以内|左右")
_MULTIPLIERS = {"百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000}  # 8千多件, 46.6万宗
_FIGURE_GROUPS = ("pct", "ar", "mult", "approx_ar", "mult2", "cn", "approx_cn", "measure", "post", "post_pct")
_PRE_QUALIFIER_RE = re.compile(
    r"(不少于|不低于|不小于|至少|最少|不超过|不高于|不多于|最多|超过|突破|逾|高于|大于|多于|低于|少于|小于|不足|不到"
    r"|大约|将近|接近|(?<![规民公合契条])约|近|超|大于等于|小于等于|[≥≧⩾≤≦⩽＞>＜<])\s*$"
)
_PRE_QUALIFIER = {
    "不少于": "at_least", "不低于": "at_least", "不小于": "at_least", "至少": "at_least", "最少": "at_least",
    "不超过": "at_most", "不高于": "at_most", "不多于": "at_most", "最多": "at_most",
    "超过": "gt", "超": "gt", "突破": "gt", "逾": "gt", "高于": "gt", "大于": "gt", "多于": "gt",
    "低于": "lt", "少于": "lt", "小于": "lt", "不足": "lt", "不到": "lt",
    "大约": "approx", "将近": "approx", "接近": "approx", "约": "approx", "近": "approx",
    # the signs a plan's table or a target list may use (满意率≥99%, 办理时限≤5个工作日)
    "大于等于": "at_least", "≥": "at_least", "≧": "at_least", "⩾": "at_least",
    "小于等于": "at_most", "≤": "at_most", "≦": "at_most", "⩽": "at_most",
    "＞": "gt", ">": "gt", "＜": "lt", "<": "lt",
}
_POST_QUALIFIER = {"以上": "at_least", "以下": "at_most", "以内": "at_most", "左右": "approx"}
# a range's low end, its measure written or not (3至5期, 30场至50场, 10%—15%)
_RANGE_BEFORE_RE = re.compile(rf"\d\s*(?:%|{_measure_alternation()})?\s*[-—–~～至到]\s*$")
_TIME_MEASURES = frozenset({"个工作日", "工作日", "天", "日", "小时", "分钟", "个月", "月", "年", "周"})
_RANGE_LOW_RE = re.compile(rf"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*(?:%|{_measure_alternation()})?\s*[-—–~～至到]\s*$")
# the same in Chinese numerals: 两到三期, 四至六次 (第一至三批 names batches, no range of work)
_CN_RANGE_LOW_RE = re.compile(rf"(?<![第])([一二两三四五六七八九十百]{{1,4}})\s*(?:{_measure_alternation()})?"
                              r"\s*[-—–~～至到]\s*$")

# quoted slogans and book titles hold names, not figures
_QUOTED_RE = re.compile(r"《[^《》\n]{0,80}》|“[^“”\n]{0,16}”|\"[^\"\n]{0,16}\"|「[^「」\n]{0,16}」|‘[^‘’\n]{0,16}’")
# an ASCII full stop ends a sentence unless it sits inside a number (46.6); one class first, which the regex
# engine skips ahead to
_DELIM_RE = re.compile(r"[。；！？\n，：（）.](?:(?<!\d\.)|(?!\d))")
# a short bracket inside a name (烟花爆竹经营（零售）许可98件) does not cut the name it stands in
_INNER_BRACKETS_RE = re.compile(r"(?<=[\u4e00-\u9fff])（[^（）\d\n，。；：、]{1,6}）(?=[\u4e00-\u9fff])"
                                # nor a note of what the name takes in (科技服务机构（含科技企业孵化器、众创空间）开展…)
                                r"|(?<=[\u4e00-\u9fff])（(?:含|包括|包含)[^（）\d\n，。；：]{1,20}）(?=[\u4e00-\u9fff])"
                                # nor does the bracket of a place's other kind (县（区）436件, 乡镇（街道）)
                                r"|(?<=[县市区镇乡村])（(?:[市县区]、)*(?:区|市|县|街道|社区|镇|乡镇|居)）")
_SENTENCE_DELIMS = frozenset("。；！？\n.")
_CLAUSE_DELIMS = frozenset("。；！？\n，：")

# (一) 1. 一、 一是 opening a clause: outline numbering, not part of the statement
# …and a task table's row number in its own cell (1⇥全年集体学法不少于4次)
_ENUMERATOR_RE = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]"
                            r"|\d+[、.．](?!\d)|\d{1,2}[.．、](?=(?:19|20)\d\d年)"  # 2.2024年…: a sub-point before a year
                            r"|第[一二三四五六七八九十百零〇]+条"  # 第二条　…: an article's number
                            r"|(?:\d{1,3}(?:\.\d{1,3}){0,3}|[一二三四五六七八九十]{1,3})(?=\t))")  # a 序号 or indicator code cell (1.3.1⇥)
_TRIM_LEAD = frozenset(" \t\u3000、，和与")  # not 及: 及时受理率
_TRIM_TAIL = frozenset(" \t\u3000、，和及与")
# words that end in a joining character: 部门参与 keeps its 与
_JOINER_WORDS = frozenset("参与 涉及 普及 惠及 波及 提及 顾及 危及 论及 触及 总和 缓和 温和 平和 祥和 调和 柔和 饱和".split())
_CLOSER = {"（": "）", "(": ")", "“": "”", "‘": "’", "《": "》"}
_OPENER = {v: k for k, v in _CLOSER.items()}
_OPENERS, _CLOSERS = frozenset(_CLOSER), frozenset(_OPENER)
_NP_START_STOP = frozenset("的了和及与或并且等、，。；：（）")
# words after a measure that start a predicate, not the name of what is counted (5件已办结, 1件正在审理中)
_PREDICATE_START = frozenset(
    "已均全都正在并被将于给向在为以达占维审办列实形探开委进得获作予受处完共仍尚未涉比较同"
    "减降增提压缩升调变由从到至分合累居位排约精削"
)
_SHARE_MARK_RE = re.compile(r"均|各|都")
# 3个工作日内办结: 内 after a measure is a limit, not a noun (内容, 内部 are)
_WITHIN_RE = re.compile(r"内(?![容部设涵])")
# 目录所列7项事项均经…审查: a bare 事项 after the measure names nothing; the words before the figure do
_BARE_ITEMS_AFTER_RE = re.compile(r"事项(?=均|全部|都|已|皆|[，。；,;]|$)")
_NP_TAIL_RE = re.compile(
    r"(?:[\s，]|等|均|都|全部|各|分别|已|稳定|收到|接到|保持在?|控制在?|达到?|为|实现|提升|提高|上升|至|到|在|了|是|共计?|累计|合计"
    r"|[一二两三四五六七八九十\d]+[项个]指标|指标)+$"
)
_NP_LEAD_RE = re.compile(r"^(?:[一二三四五六七八九十]+是|\d{1,2}[、.．]|第[一二三四五六七八九十百零〇]+条\s*|其中|包括|包含|含(?![金量])|另有?|此外|同时|并|还|已|均|先后|共计?|累计|合计|全年|年内|今年|本年度?|对|向|为|在|将|把|从|由|按规定|确保|力争|争取)+")
# a bound word well before the number still qualifies it: 每年至少开展专题讲座二次
_QIZHONG_RE = re.compile(r"其中")
_HEAD_AFTER_DENG_RE = re.compile(r"[”\u4e00-\u9fff]等([\u4e00-\u9fff]{2,8}?)(?:共计|共|累计)?\s*$")
# a place or body named alone before its figure (柳青街道, 县（市、区）, 县市场监督管理局), no verb of what it did
_PLACE_NAME_RE = re.compile(r"(?!.*(?:办理|查处|开展|作出|受理|审结|办结|收到|检查|处罚|审核|立案|实施|组织|举办|核发|发放|制定|分别"
                            r"|共|累计|同比|较|其中|案件|许可|申请))[\u4e00-\u9fff（）()、]{1,13}"
                            r"(?:街道|乡镇|镇|乡|县|区|市|州|旗|局|委|办|所|站|队|中心|本级|类|）|\))")
# the bodies a clause opens with before what they did (市市场监督管理局、…、市交通运输局办理的行政处罚案件居前三位)
_BODIES_LEAD_RE = re.compile(r"\s*([\u4e00-\u9fff（）()、]+?)(?:办理|查处|开展|作出|受理|办结|审结|实施)?的")
_BODIES_AFTER_RE = re.compile(r"乡镇|街道|部门|单位|县|区|村|社区|科室|股室|处室|执法队|中队")
_LEAD_VERBS_RE = re.compile(r"^(?:受理|办结|办理|审结|查处|核发|作出|开展|检查)+")
# the subject a segment of a breakdown opens with, before what it did (县（市、区）检查936次)
_SEGMENT_SUBJECT_RE = re.compile(r"[，,：:\s]*([\u4e00-\u9fff（）()、]{2,12}?)(?:共|依法)?(?=检查|处罚|查处|办理|受理|作出|开展|立案|审核|核发|收到|办结)")
_TOTAL_AFTER_PARTS_RE = re.compile(r"\s*(?:以上|上述|总|全年)?(?:共计|合计|总计|共)[^，。；：\d]{0,12}?(?:为|达到?|有)?\s*")
_BARE_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s*年度?")
_YEAR_IN_LIST_RE = re.compile(r"((?:19|20)\d{2})\s*年")
# 2021年至2024年分别为8次、10次、11次、12次 / 2022年至2024年，全省…检查分别为…: a run of years, each figure one year's
_YEAR_RANGE_RESPECTIVELY_RE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:至|到|—|–|-|－|~|～)\s*((?:19|20)\d{2})\s*年度?"
                                         r"(?:以来)?[^。；\d]{0,30}?分别[^，。；\d]{0,40}$")
# a sentence opening with a list or a range of years (2022年、2023年、2024年，… / 2022年至2024年，…)
_YEARS_OPENING_RE = re.compile(r"\s*((?:(?:19|20)\d{2}\s*年度?\s*[、和及与]\s*)+(?:19|20)\d{2}\s*年度?"
                               r"|(?:19|20)\d{2}\s*年?\s*(至|到|—|–|-|－|~|～)\s*(?:19|20)\d{2}\s*年度?)[，,]")
# (2020年、2021年，全市…分别查办哄抬防疫物资价格、销售不合格口罩等…案件: the years may open the sentence before its subject)
_YEARS_RESPECTIVELY_RE = re.compile(r"((?:(?:19|20)\d{2}\s*年度?\s*[、和及与]\s*)+(?:19|20)\d{2}\s*年度?)[^。；\d]{0,30}?分别[^，。；\d]{0,40}$")
_FAR_QUALIFIER_RE = re.compile(r"(至少|不少于|不低于|最少|不超过|不高于|最多)")
_NP_CUT_RE = re.compile(
    r"^.*(?:中华人民共和国|核发|颁发|发放|办理|受理|开展|组织|举办|举行|召开|收到|接到|处理|制定|印发|出台|梳理|明确|共有|的)"
)
_QUOTE_CHARS = "“”\"‘’「」"
# a clause after a semicolon that states work of its own (对23件…依法不予行政处罚), not one more part of a breakdown
_CLAUSE_OF_ITS_OWN_RE = re.compile(r"^\s*(?:对|向|为|将|把|经|共|全年)|开展|办理|组织|依法|作出|受理|查处|审查|审核|检查|发布|召开"
                                   r"|举办|完成|实现|不予|带头|带领|主持|参加|出席|列席|旁听|讲授|细化|梳理|编制|公布")
_KIND_PART_RE = re.compile(r"[^，。；]{1,20}类[\d一二三四五六七八九十]")
_PER_PERIOD_RE = re.compile(r"每(?:季度|季|个月|月|周|半年|旬)")
# a department's whole vertical system (全省交通运输系统, 全省公安机关), as against its own office (厅本级)
_SYSTEM_RE = re.compile(r"全(?:国|省|市|县|区|州|盟|旗)(?:[^，。；：、\n\d“”]{0,12}?(?:系统|公安机关|税务机关|监督机构|执法机关|复议机关|行政机关|消防救援机构)"
                        # 全省医保部门: one sector's departments (not 全区各行政执法部门, 全区以区直部门为被告的…)
                        r"|(?:(?!进驻|入驻|组织|开展|跨)[^，。；：、\n\d“”各以及和与直]){2,8}?(?<!行政执法)部门"
                        r"(?=共|开展|检查|查处|办理|作出|累计|全年|依法|立案|受理)"
                        r"|各级[^，。；：、\n\d“”]{1,12}?(?:部门|机构))"
                        # 全国新收行政复议案件73.7万件: the whole country, a context figure, never the unit's own
                        r"|全国(?=新收|共|累计|各地|范围内|法院|检察)"
                        # 各县（市、区）局共发生…: the unit's subordinate bureaus, not the unit itself
                        r"|各(?:县（市、区）|县\(市、区\)|县（区）|县市区|区县|县区|县级|直属|下属)?(?:分局|[局]|单位)"
                        r"(?:和[\u4e00-\u9fff]{2,8}?分局)?(?=共|全年|依法|开展|办理|查处|发生|受理|作出|累计|实施)")
# what may open a clause before its subject: 2023年, 全年, an item's number
_SUBJECT_LEAD_RE = re.compile(r"(?:\s|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]|[一二三四五六七八九十]是|\d{4}年度?|全年|年内|今年|一年来"
                              r"|力争|确保|争取)*")  # 力争全省水利系统…: a target's own word before its subject
_OWN_LEVEL_RE = re.compile(r"本级|本机关|本部门|我[厅局委办]|本[厅局委]|[厅局委]机关"
                           # …；市城市管理局作为被告的…, …；省水利厅直接查办…: a clause the unit opens with its own name
                           r"|[；，](?:(?:市|省|县|区)[\u4e00-\u9fff]{0,12}?(?:局|厅|委|总队|支队|中心)|[厅局委][\u4e00-\u9fff]{0,8}?(?:总队|支队|大队))"
                           r"(?=作为|本级|机关|直接|共|全年|依法)"
                           r"|(?<=[；，])全(?:省|市|县|区|州)(?=共|全年|累计|办理|收到|受理)"  # …73.7万件，全市共收到…
                           # …；局党组理论学习中心组集中学法…, …；登记注册窗口…: the unit's own party group or its counter
                           r"|[；，](?:省|市|县|区)?[厅局委](?:党组|党委)|[；，][\u4e00-\u9fff]{0,6}窗口"
                           # …；市局稽查局立案检查…: the unit's own office or squad
                           r"|[；，](?:省|市|县|区)?[厅局委](?:机关)?(?:稽查局|[\u4e00-\u9fff]{0,6}?(?:执法[总支大]队|[处科室]))"
                           r"(?=立案|开展|办理|查处|检查|作出|实施|审核|受理)"
                           # …；省政务服务中心全年受理…: the hall of one level, not the whole system
                           r"|[；，](?:省|市|县|区|自治区|州|盟)级?(?:政务服务|行政服务|市民服务)中心"
                           r"(?=全年|共|依法|受理|办理|本级|[\u4e00-\u9fff]{0,8}窗口)"
                           # …；审查以市政府名义签订的合同协议87份: what the government signed in its own name
                           r"|以(?:(?:省|市|县|区|州|旗)(?:人民)?政府(?:办公室|办公厅)?|本机关|本单位|我[厅局委])名义"
                           # …；以厅为被申请人的行政复议案件2件: the unit's own cases
                           r"|以(?:我|本)?(?:[厅局委办]|支队|大队|分局|中心)(?:机关)?(?:本级)?(?:为|作为)(?:被申请人|被告)")
# （含变更、校验）: a note on what a count takes in, written between the words and the figure
_NOTE_BEFORE_RE = re.compile(r"[（(](?:含|包括|包含|不含)[^（）()\d\n]{1,20}[）)]$")
_NO_QUOTES = str.maketrans("", "", _QUOTE_CHARS)
_RATE_SUFFIX_RE = re.compile(r"(?:率|度|比|比例|比重|占比|覆盖面)$")
_RATE_SPLIT_RE = re.compile(r"、|(?<=[率度比重])(?:和|及|与|以及)")
_ITEM_SPLIT_RE = re.compile(r"[、和及与]|以及")
_RESPECTIVELY_RE = re.compile(r"分别(?:为|是|达到?|有|占|控制在|保持在|(?:办理|受理|查处|收到|办结|审结|作出|开展|组织)(?:了)?)?\s*$")
# outcomes with a code of their own under a parent whose name they do not repeat (清理⇥其中：废止: repealed documents)
_OUTCOME_CODES = {"policy_docs_cleaned": frozenset({"normative_docs_repealed"})}
# a comma inside a short quoted name (“美丽中国，我是行动者”等普法宣传活动) parts no clauses
_SLOGAN_COMMA_RE = re.compile(r"“[^“”，。；！？\n]{1,16}(，)[^“”，。；！？\n]{1,16}”")
_CLEANUP_NEXT_RE = re.compile(r"[，,]\s*经(?:过)?(?:全面|集中|逐件)?清理")
# 开展行政规范性文件专项清理，对…96件…逐件审查: the clause before names the cleanup the review is part of
_CLEANUP_BEFORE_RE = re.compile(r"(?:开展|组织|进行|部署)[^，。；\d]{0,16}?清理(?:工作)?[，,]\s*$")
_LIST_LEAD_RE = re.compile(r"^(?:涉及|被申请人(?:为|是)|被告(?:为|是))")  # 被申请人为A、B的分别为…: what is listed is A, B
_LIST_ROLE_RE = re.compile(r"^以(?=.{2,}为(?:被申请人|被告)的?$)|为(?:被申请人|被告)的?$")  # 以A、B为被申请人的分别为…
_RUN_JOIN_RE = re.compile(r"^\s*(?:[、，]|和|及|与|以及)?\s*$")
_CHANGE_RE = re.compile(
    r"^(?:减少?[到至为]|降低?[到至为]|压减?[到至为]|压缩[到至为]|缩短[到至为]|缩减[到至为]|精简[到至为]|增加?[到至为]"
    r"|提高[到至为]|提升[到至为]|上升[到至为]|调整为|变为|[到至])$"
)
_FROM_RE = re.compile(r"(?:由|从)(?:法定的?|原来的?|原)?$")
# 行政复议案件由14件降至9件: cases, checks and sessions happen in a year, so the first figure is the year before's
# (a list's items or a time limit, 由4862项精简至4651项, are adjusted: both figures stand)
_RATE_TO_RE = re.compile(r"\s*(?:提高|提升|下降|降低?|减少?|上升|升|增加?|增长|回落|调整)(?:到|至|为)")
_TREND_TO_RE = re.compile(r"\s*(?:下降|降低?|减少?|上升|升|增加?|增长|回落)(?:到|至)")
_ZERO_AIM_RE = re.compile(r"力争|确保|争取|实现|保持|做到")
_PART_SUBJECT_RE = re.compile(r"\s*(?:其中)?[，,：:]?\s*([\u4e00-\u9fff]{2,10}?)(?:共|依法|直接)?(?:办理|受理|作出|开展|审核|查处|收到|承办|制定|办结|核发)")
_PART_RESPONDENT_RE = re.compile(r"以[\u4e00-\u9fff（）()]{1,24}?(?:为|作为)(?:被申请人|被告)")
# 以市局（含市局稽查局）为被申请人: the unit by its short name, with what it takes in
_OWN_RESPONDENT_RE = re.compile(r"以(?:我|本|省|市|县|区|州)?(?:[厅局委办]|支队|大队|分局|中心)(?:机关)?(?:本级)?"
                                r"(?:[（(][^（）()\n]{1,16}[）)])?(?:为|作为)(?:被申请人|被告)")
# a clause that opens with who accepted the cases received before (市政府本级依法受理1,402件)
_SUBJECT_ACCEPTED_RE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,6}(?:本级|政府|机关|机构)|全年|全市|我局|我厅|我委)?(?:依法|共|已)?(?:予以)?受理\s*")
_BARE_CONCLUDED_RE = re.compile(r"\s*(?:依法|共|已)?审结\s*")  # 。审结312件，其中维持…: the paragraph's cases, concluded
_ACCEPTED_RE = re.compile(r"\s*(?:其中)?(?:依法|共|已)?(?:予以)?受理\s*")
_PART_OF_YEAR_RE = re.compile(r"\s*(?:(?:19|20)\d{2}年|今年)?(?:" + PART_OF_YEAR + ")")
# …，第二季度开展整治，查处…46件: a clause opening with part of the year speaks for the figure when no other
# figure stands between
_PART_OF_YEAR_CLAUSE = re.compile(r"(?:^|[，；])" + _PART_OF_YEAR_RE.pattern + r"[^\d。]*$")
# …中心组上半年集中学法3次、全年…6次: part of the year named inside the figure's own words, not compared with
_PART_OF_YEAR_MID_RE = re.compile(r"(?<![较比与同至])(?:[上下]半年|第?[一二三四]季度|前[一二三]季度"
                                  r"|(?<!\d)\d{1,2}\s*月?\s*(?:至|到|—|-|－|~|～)\s*\d{1,2}\s*月份?"
                                  r"|(?<![\d—\-至到])\d{1,2}\s*月(?:单月|当月|份当月))(?![的末底以来])|全年")  # 9月单月


def _part_of_year_named(words: str) -> bool:
    """Whether the last time named in words before a figure is part of the year (…上半年集中学法), not 全年."""
    named = _PART_OF_YEAR_MID_RE.findall(words)
    return bool(named) and named[-1] != "全年"


# cases disputing other acts of an administration, and what the disputes came to
_DISPUTE_CODES = frozenset({"reconsideration_cases", "litigation_cases"})
_DISPUTE_OUTCOME_CODES = ("reconsideration_upheld", "reconsideration_pending")
_CONCLUDED_RE = re.compile(r"审结|结案|审理终结")
# a numbered item's heading sentence that opens its paragraph: （二）案件分布情况。
# an item's heading sentence opening its paragraph (（二）案件分布情况。…, 2. 案件情况。…) or a heading on a line of its own
# (（二）案件分布情况, 二、案件情况)
_ITEM_NUMBER = r"[（(][一二三四五六七八九十]{1,3}[）)]"
_ITEM_HEADING_RE = re.compile(rf"\s*(?:{_ITEM_NUMBER}|\d{{1,2}}[.．、])[^。，；\d]{{2,24}}。\s*")
_HEADING_LINE_RE = re.compile(rf"\s*(?:{_ITEM_NUMBER}|[一二三四五六七八九十]{{1,3}}、)[^。，；\d\n]{{2,24}}\s*")
_NOTE_BLOCK_RE = re.compile(r"^[ \t\u3000]*(?:注|注释|备注|说明)[：:]", re.M)
_COVER_LEAD_RE = re.compile(r"\s*(?:共|累计|全面)?(?:覆盖|涵盖|涉及|包含|细化)")
_BARE_ITEMS_RE = re.compile(r"\s*(?:共|累计|全面)?(?:覆盖|涵盖|涉及|包含|细化)(?:各类|相关)?事项(?:不少于|达到?|共|累计)?\s*")
_QIZHONG_LEAD_RE = re.compile(r"^\s*其中\s*[：:]?\s*")
_STEP_WORD_RE = re.compile(r"受理|办结|" + _CONCLUDED_RE.pattern)
_NEXT_POINT_RE = re.compile(r"[；;]\s*(?:[一二三四五六七八九十]是|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])")
_HEADCOUNT_MEASURES = frozenset({"人次", "人", "名", "位"})  # people counted, not what was done for them
_FLOW_MEASURES = frozenset({"件", "起", "宗", "件次", "宗次", "次", "人次", "场", "场次", "期", "家次", "户次", "批次"})
# nouns that name what a figure counts: with one of them the figure does not borrow a topic from another clause
_HEAD_NOUN_RE = re.compile(
    r"事项|案件|文件|材料|活动|会议|人员|企业|单位|主体|项目|问题|措施|举措|意见|资料|纠纷|线索|合同|协议|平台|课题|报告|群众"
    r"|警情|来电|来信|咨询"
)
# a key-figure card's name after its figure: past a separator (48件｜…), a wide space, or on the next line; a hotline's
# number may open it (52.6万件⏎12315平台受理投诉举报)
_CARD_NAME_START = r"(?:12\d{3})?[\u4e00-\u9fff“\"]"
_CARD_LABEL_RE = re.compile(rf"[ \u3000]*[｜|丨│][ \u3000]*({_CARD_NAME_START}[^\n\t\d]{{1,30}})(?=\t|$)"
                            rf"|[ \u3000]+({_CARD_NAME_START}[^\n\t\d，。；]{{1,30}})(?=\t|$)"
                            rf"|[ \t\u3000]*\n[ \t\u3000]*({_CARD_NAME_START}[^\n\d，。；]{{1,30}})$", re.M)  # or on the next line
_CRIMINAL_PART_RE = re.compile(r"刑事|移送司法|移送公安|涉嫌犯罪|醉酒驾驶")
_CRIMINAL_NOTE_RE = re.compile(r"[，,]?\s*(?:均|全部|已|并)[^，。；、]{0,12}(?:刑事|移送司法|移送公安)")
_PART_DONE_RE = re.compile(r"(?:已|均已|全部)?(?:完成|办结|办复)|已审结|已结案|已作出(?:决策|决定)|结转(?:至|到|下)"  # 上年结转3件 is a part
                           r"|^(?:尚|仍|正)?在(?:一审|二审|再审)?审理|^(?:一审|二审|再审)?审理中"  # 1件尚在审理中: how far the cases have got
                           r"|另有|另外")  # 307件（另有上年结转19件）: more beside them, no part of them
# 发生行政诉讼案件8件，已审结7件: how far the cases named before have got, no more of them (审结12件 alone is disputed)
_PROGRESS_RE = re.compile(r"(?:已|均已|全部)(?:完成|办结|办复|审结|结案)")
# 收到申请58件，受理51件，审结46件: a clause of nothing but 审结 tells how far the cases counted before have got
# (办结56件 after 受理许可申请58件 is the licences' own count: 办结 is how licences are reported)
_LICENCE_KIND_RE = re.compile(r"新设|新办|增设|变更|延续|注销|终止|换证|补证|换发|补办")
# the kinds of penalty a count of penalties is split into (警告4件、撤销登记5件, 吊销办学许可证5件): kinds, not outcomes
_PENALTY_KIND_RE = re.compile(r"撤销(?:[\u4e00-\u9fff]{0,8}?)(?:登记|许可|资格|资质)|(?:吊销|暂扣)[\u4e00-\u9fff《》]{0,12}?(?:许可证|执照|证书|证)"
                              r"|责令停产停业|责令关闭|没收违法所得|没收")
# documents a review counts by kind (其中：行政规范性文件⇥27 / 其他政策文件⇥64 under 合法性审核⇥213)
_REVIEW_CODES = frozenset({"legality_reviews", "fair_competition_reviews"})
_REVIEWED_DOCUMENT_CODES = frozenset({"other_policy_docs", "normative_docs_issued"})
# the kinds of part each indicator's count is split into
_PART_KINDS = {"license_cases": _LICENCE_KIND_RE, "certificates_issued": _LICENCE_KIND_RE, "penalty_cases": _PENALTY_KIND_RE}


def _outcome_verb(words: str, kinds: re.Pattern | None = None) -> bool:
    """Whether words name an outcome (维持, 注销…) rather than list it as a kind of application (企业开办、变更等登记业务);
    kinds are words that name a kind of application wherever they stand."""
    words = words.lstrip("、，,；;：: ")  # 废止8件、修改6件: the 、 before 修改 parts the figures, not kinds
    if kinds is not None:
        words = kinds.sub("", words)
    # (新修订《公司法》: a law newly revised, what is studied, no outcome)
    return any(not (words[max(0, m.start() - 1):m.start()] in ("、", "新") or words[m.end():m.end() + 1] in ("、", "等"))
               for m in _OUTCOME_VERB_RE.finditer(words))


_KIND_SHARE_RE = re.compile(r"\s*(?:其中)?[，,、：:\s]*[\u4e00-\u9fff]{1,8}类\s*")
_BARE_PROGRESS_RE = re.compile(r"\s*(?:依法|共|累计|全部|均)?(?:审结|结案|审理终结)\s*")
# 办结 alone counts licences done (办结行政许可), but after cases received it is how many of them were done
# a table row of the cases' progress or outcome (审结案件, 其中：纠错（败诉）, 尚未审结) under a column of cases: how far
# the cases counted got, not more of them
_CASE_STEP_ROW_RE = re.compile(r"\s*(?:其中\s*[：:]?\s*)?(?:已|尚未|未|依法)?(?:审结|结案|办结|审理终结|纠错|败诉|胜诉|撤销|变更"
                               r"|确认违法|驳回|终止|撤回|调解|和解|审理中|在审)")
_STILL_OPEN_LEFT_RE = re.compile(r"\s*(?:尚|还|仍|另)有\s*")
_STILL_OPEN_RIGHT_RE = re.compile(r"\s*(?:正在|尚在|仍在|还在)?(?:审理|办理)中|\s*(?:尚)?未(?:审结|办结|结案)")
_BARE_DONE_RE = re.compile(r"\s*(?:依法|共|累计|全部|均|已)?(?:办结|办理完毕)\s*")
_CASE_CODES = frozenset({"reconsideration_cases", "litigation_cases", "petition_cases", "complaint_reports",
                         "disclosure_requests"})
# outcomes a count is split into (废止8件、修改6件、保留42件): a figure with one of its own is that outcome, never the
# topic its neighbour's verb names
_OUTCOME_VERB_RE = re.compile(
    r"保留|修改|修订|废止|废除|失效|撤销|撤回|驳回|维持|确认违法|终止|变更|纠正|纠错|调解|和解|胜诉|败诉|移送|注销|吊销|继续有效"
    r"|发现(?:问题|隐患|违法)|责令(?:整改|改正|履行)"  # what checks found: 抽查…12,847户次，…发现问题986户
    r"|属实|查实|不属实|核实|成立$|不予(?:行政)?许可|不予批准"
    # what became of information requests (予以公开21件、部分公开6件、信息不存在12件)
    r"|予以公开|部分公开|不予公开|信息不存|不属于本机关|无法提供|不予处理|不予受理"
)
# rules named by generic words (审核, 规范性文件, 公开): a breakdown's part keeps its parent's code over them
_WEAK_PRIORITY = 12
_BREAKDOWN_RE = re.compile(r"其中|包括|包含|(?<=[（(])含|(?<=案件)中(?=[，：])"  # 处罚案件中，适用普通程序91件
                           r"|各(?:县区|县（市、区）|县（区）|县市区|区县|县|区|乡镇|镇街)分别"  # 各县区分别查处：秦州区326件、…
                           # 。从执法层级看，市本级办理218件…; 按领域分：…; 分区域看，…: the total before, taken apart
                           r"|(?<![\u4e00-\u9fff])(?:从[^，。；：\d]{1,8}看|按[^，。；：\d]{1,6}分|分[^，。；：\d]{1,6}看)(?=[，：])"
                           # 3,215家次（食品生产企业628家次、…）: the figure just before (（同比增长9.7%） is a change)
                           r"|^[（(](?!同比|环比|较|比|增长|下降|增加|减少|占|含|其中|约|共)(?=[\u4e00-\u9fff]{2})")
# words that say nothing of what a figure counts (全年共, 累计达): what is left of a clause once they are gone
_FILLER_RE = re.compile(r"全年|年内|全市|全省|全县|全区|全局|共计|累计|合计|总计|分别|共|达到|达|约|近|超过|突破|逾|为|有|了|各类"
                        r"|[^\u4e00-\u9fff]")


# a table row as docx and web pages give it: 行政许可办理量（件）⇥1,208⇥1,356 — the measure stands in the label, or in a
# unit column (行政许可办理量⇥件⇥1,208⇥1,356), after a 序号 cell or not; cells after the figures (⇥-8.0%, ⇥增长3.5%) are
# changes between the columns
_TABLE_MEASURES = TABLE_UNITS
_TABLE_SCALES = {"万": 10_000.0, "亿": 100_000_000.0}  # 罚没款（万元）, 现场检查企业（万家次）


def _scaled(measure: str) -> tuple[str, float]:
    """A table's or chart's measure without its 万/亿, and the factor its figures take (万件 → 件, 10,000)."""
    scale = _TABLE_SCALES.get(measure[0], 1.0) if len(measure) > 1 else 1.0
    return (measure[1:] if scale != 1.0 else measure), scale


# a target cell's bound or rough mark before its figure: 不少于4, ≥100, 约220
_CELL_BOUND = r"(?:不少于|不低于|不超过|不高于|至少|约|[≥≤≧≦])?"
_CELL_POST = r"(?:以上|以下|以内|左右)?"  # or after it: 99以上
# how often or over how long a target cell counts (每年≥10, 累计≥3,600), before its bound; and the year a cell's
# target is due, after it (≤3（2026年）): the column says which year's figure it is
_CELL_PREFIX = r"(?:每年|累计|年均|全年)?"
_CELL_NOTE = r"(?:[（(](?:19|20)\d{2}\s*年?(?:底|末)?[）)])?"
# a cell's range, scale and rough mark after its figure (6—8, 3.2万余, 320余, ≥2千)
_CELL_TAIL = r"(?:[—–~～至][\d,.]+)?[万千]?(?:余|多)?"
# a dash or a slash for no figure (⇥—⇥312⇥—), which may stand where a cell is empty
_DASH = r"[—–\-－/／]{1,2}"
_NO_FIGURE_CELL = rf"(?:{_DASH}(?=[ ]*(?:\t|$)))?"
# an empty cell may stand among the figures (政策解读（篇）⇥⇥33⇥24: no unit column for a row with its measure in brackets);
# a group cell may stand before the row's name (类别 column: 税务行政复议⇥受理复议申请（件）⇥6⇥4)
_TABLE_ROW_RE = re.compile(r"^[ \t]*(?:(?:\d{1,3}(?:\.\d{1,3}){0,3}|[一二三四五六七八九十]{1,3})[ ]*\t[ ]*)?(?:(?P<group>[^\t\n\d]{2,16})\t[ ]*)?(?P<label>(?=[^\t\n]*[\u4e00-\u9fff]{2})[^\t\n]{2,30}?)"
                           rf"(?:[（(](?P<measure>{_TABLE_MEASURES})(?:[，,；;][^（）()\t]{{1,8}})?[）)]|\t[ ]*(?P<unit>{_TABLE_MEASURES})[ ]*"
                           r"|(?P<rate>(?<=率)(?=\t[ ]*(?:[≥≤≧≦]|不低于|不少于)?[\d.]+%)))"  # 政务服务满意率⇥≥98%⇥99.6%
                           rf"(?P<cells>(?:\t[ ]*{_NO_FIGURE_CELL})*\t[ ]*{_CELL_PREFIX}{_CELL_BOUND}[+\-−]?[\d,，.]+%?{_CELL_TAIL}{_CELL_POST}"
                           rf"{_CELL_NOTE}[ ]*"
                           rf"(?:\t[ ]*(?:{_CELL_PREFIX}{_CELL_BOUND}[+\-−]?[\d,，.]+%?{_CELL_TAIL}{_CELL_POST}{_CELL_NOTE}"
                           rf"|{_NO_FIGURE_CELL})?[ ]*)*)"
                           r"(?P<changes>(?:\t[^\t\n]*)*)$", re.M)
# a cell's figure; with a sign or a % in a row of counts it is a change between the columns (⇥412⇥-3.5%⇥378)
# (then its range's high end, scale, rough mark and bound after it: 6—8, 3.2万余, 30左右)
_TABLE_CELL_RE = re.compile(rf"\t[ ]*{_CELL_PREFIX}({_CELL_BOUND})([+\-−]?[\d,，.]+%?)(?:[—–~～至]([\d,.]+))?([万千]?)(余|多)?"
                            rf"({_CELL_POST}){_CELL_NOTE}")
_CELL_SCALES = {"万": 10_000.0, "千": 1_000.0, "": 1.0}
# a second header row naming what each year's columns hold: 2022年 over 数量 and 同比
_TABLE_SUBHEAD_RE = re.compile(r"^\s*(?:数量|数值|件数|次数|金额|(?:全年)?完成数|(?:全年)?完成值|实际|同比|环比|增减|增幅|降幅|占比|比重"
                               r"|变化|(?:年初|年度|全年)?(?:目标值?|计划值?|计划数)|(?:全年)?完成|实际值|实际完成|完成情况|完成率)\s*$")
# a column of what was planned or of what was done, with no year of its own (指标⇥目标值⇥完成值⇥完成率)
_TABLE_ROLE_RE = re.compile(r"^\s*(?:((?:全年)?(?:完成值|完成数|完成情况|完成)|实际完成|实际值|实际)"
                            r"|((?:年初|年度|全年)?(?:目标值?|计划值?|计划数)))\s*"
                            r"(?:[（(][^（）()\t]{1,12}[）)])?\s*$")
# a year's column, its figures done or planned (2022年完成情况, 2023年目标)
_TABLE_YEAR_RE = re.compile(r"^\s*(?:截至|截止到?)?\s*((?:19|20)\d{2})\s*年?(?:度)?(?:\d{1,2}\s*月)?(?:底|末)?\s*(?:(完成情况|完成数?|完成值|实际(?:完成)?|执行情况|数量|基数|基期|基准值?)"
                            r"|(目标值?|计划数?|预计|预期))?\s*(?:[（(][^（）()\t]{1,12}[）)])?\s*$")  # 2024年（1—12月）
# a year named against the document's: 本年⇥上年 (the report's year and the one before)
_TABLE_REL_YEAR_RE = re.compile(r"^\s*(?:(本年度?|今年|全 ?年|当年|全年合计|合 ?计|总 ?计)|(上年度?|去年|上一年度?)(?:同期)?)"
                                r"\s*(?:完成值?|完成情况|实际完成|实际|数量|(目标值?|计划数?))?"  # 上年完成值⇥本年目标值
                                r"\s*(?:[（(][^（）()\t]{1,12}[）)])?\s*$")
# a column of one month of a year (2025年1月 in a 2024 report): part of a year, no year's figure
_TABLE_MONTH_RE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月份?(?!\s*(?:底|末))")
# a header cell over a column of changes or notes, or of part of the year (上半年⇥全年), not of a year's figures
_TABLE_CHANGE_HEAD_RE = re.compile(r"^\s*(?:同比|环比|增减|增幅|降幅|增长|变化|变动|较上年|比上年|备注|说明|完成率|完成比例"
                                   r"|" + PART_OF_YEAR + r"|\d{1,2}\s*月份?"
                                   r"|(?:责任|牵头|主责|配合)(?:单位|部门|处室|科室|股室|办（所）|办\(所\)|办所|站所|办|所|站)"
                                   r"|(?:指标)?属性|指标类型|评估结论|完成进度"
                                   # a target over several years (三年目标（2024—2026年）): no one year's figure
                                   r"|[两三四五]年(?:累计|总)?目标|总目标|期末目标|规划目标|行动目标)[^\t]{0,16}$"
                                   # 2024年同比, 2024年较2021年增长, 2024年比2023年增减: a change, though it names a year
                                   r"|^\s*(?:19|20)\d{2}\s*年度?(?:同比|环比|较|比|与)[^\t]{0,16}$"
                                   r"|" + _TABLE_MONTH_RE.pattern + r"[^\t]{0,8}$"  # 2025年1月
                                   r"|^\s*$")
# a header cell over the columns that name a row: 序号, 指标名称, 计量单位
_TABLE_NAME_HEAD_RE = re.compile(r"^\s*(?:序号|编号|指标|项目|名称|类别|内容|事项|计量单位|单位)[^\t]{0,10}$")


_SPACED_ROW_RE = re.compile(r"\S {2,}[^ ]+ {2,}[+\-−]?\d")


def _header_year(cell: str) -> tuple[int, bool] | None:
    """(year, a target's column) of a header cell naming a year; 0 for the document's year (本年), -1 for the one
    before (上年); None for any other cell."""
    if _TABLE_MONTH_RE.match(cell):
        return None
    if y := _TABLE_YEAR_RE.match(cell):
        return int(y.group(1)), bool(y.group(3))
    if r := _TABLE_REL_YEAR_RE.match(cell):
        return (0 if r.group(1) else -1), bool(r.group(3))
    return None


def _lines_above(text: str, row_start: int) -> Iterator[str]:
    """The non-blank lines above a table row, nearest first (web pages put a blank line between rows)."""
    end = row_start - 1  # the line break ending the row above
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if line.strip():
            yield line


def _table_header_years(text: str, row_start: int) -> dict[int, tuple[int, bool] | None]:
    """Column index -> (year, a target's column), from the nearest row above whose cells are years, or changes, notes and the names of
    a row beside at least one year (序号⇥指标⇥计量单位⇥2022年⇥2023年⇥同比); None for a column that is no year."""
    sub: list[str] = []
    above = _lines_above(text, row_start)
    peeked: str | None = None  # the row above the one in hand, once looked at: still the next one to read
    while (line := peeked if peeked is not None else next(above, None)) is not None:
        peeked = None
        if "\t" not in line:
            if _SPACED_ROW_RE.search(line):
                continue  # a row left lined up with spaces (its cells unread) does not end the table
            break
        cells = line.split("\t")
        years = [_header_year(c) for c in cells]
        if any(years[1:]) and any(not c.strip() or y and y[0] == 0 for c, y in zip(cells[1:], years[1:])):
            # 2023年（基数）⇥分年度目标 over ⇥2024年⇥2025年: a year heading a column of its own in the row above,
            # merged down over the blank below it; and 2024年⇥2024年 over 上半年⇥全年: 全年 is that year's whole
            top = peeked = next(above, "")
            top_cells = top.split("\t") if "\t" in top else []
            for k in range(1, min(len(cells), len(top_cells))):
                src = top_cells[k]
                if not src.strip() and years[k] and years[k][0] == 0:
                    # (| 2024年 | | over | 上半年 | 全年 |: Markdown leaves a merged heading's other cells blank)
                    src = next((top_cells[j] for j in range(k - 1, 0, -1) if top_cells[j].strip()), "")
                if (top_year := _header_year(src)) is None or top_year[0] <= 0:
                    continue
                if years[k] is None and not cells[k].strip():
                    years[k], cells[k] = top_year, top_cells[k]
                elif years[k] and years[k][0] == 0:
                    years[k] = (top_year[0], years[k][1] or top_year[1])
        if sub:
            for k in range(1, len(years)):
                if years[k] is None and not cells[k].strip() and k < len(sub) and sub[k].strip():
                    years[k] = years[k - 1]  # | 2024年 | | | over 年初目标⇥完成值⇥完成率: a Markdown heading's merged blanks
        if any(years[1:]) and all(y or _TABLE_CHANGE_HEAD_RE.match(c) or _TABLE_NAME_HEAD_RE.match(c)
                                  for y, c in zip(years[1:], cells[1:])):
            # 2024年 over 目标 and 完成: the year's target and its done columns
            roles = [_TABLE_ROLE_RE.match(sub[k]) if k < len(sub) else None for k in range(len(years))]
            return {k: (y[0], y[1] or bool(roles[k] and roles[k].group(2)))
                    if y and not (k < len(sub) and _TABLE_CHANGE_HEAD_RE.match(sub[k])) else None
                    for k, y in enumerate(years)}
        if (not sub and len(cells) > 2 and any(_TABLE_SUBHEAD_RE.match(c) for c in cells[1:])
                # (a year's heading merged down from the row above stands in it too: 目标⇥完成⇥2025年目标)
                and all(_TABLE_SUBHEAD_RE.match(c) or _TABLE_NAME_HEAD_RE.match(c) or _header_year(c) or not c.strip()
                        for c in cells[1:])):
            sub = cells  # 数量⇥同比⇥数量⇥同比 under 2022年⇥2022年⇥2023年⇥2023年: look further up for the years
    return _role_columns(sub)


# a header cell naming a place or a level (全市⇥市本级⇥县（市、区）, or 定海区⇥普陀区): its column is that place's figures
_PLACE_HEAD_RE = re.compile(r"\s*(?:其中[：:]?)?(?:(?:全(?:省|市|县|区|州|盟|旗)|[\u4e00-\u9fff]{0,4}本级|[省市县区州旗]直(?:各)?(?:部门|单位)|各?县（市、区）|各?县\(市、区\)|各?县（区）"
                            r"|各?县市区|各?区县|[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州|盟|旗|镇|乡|街道)"
                            # 全区交通运输系统⇥厅本级（含厅执法总队）, 分局机关⇥执法大队⇥各镇（街道）⇥合计: a level of the unit or its system
                            r"|全(?:省|市|县|区|州)[\u4e00-\u9fff]{2,10}系统|[\u4e00-\u9fff]{0,4}[厅局委]机关|[\u4e00-\u9fff]{0,10}(?:总队|支队|大队)"
                            r"|直属单位|各(?:乡镇|镇|乡)(?:[（(]街道[）)])?|各(?:县（市、区）|区县|县区)[局分]局?)"
                            r"(?:[（(]含[^（）()\t\n]{1,12}[）)])?)\s*")


_POWER_KIND_HEAD_RE = re.compile(r"\s*行政(?:许可|处罚|强制|检查|征收|征用|确认|给付|奖励|裁决)(?:事项)?(?:[（(][项个][）)])?\s*")
# a caption counting licences handled (…生产许可办理情况), not certificates held (执法证件管理情况)
_LICENCE_CAPTION_RE = re.compile(r"许可[^证（(]{0,6}(?:办理|审批|受理)")
_LICENCE_KIND_HEAD_RE = re.compile(r"\s*(?:核发|新办|新设|变更|延续|换证|注销)(?:许可)?\s*")
# a first header cell over the rows' names, not their numbers (行业, 项目, 单位)
_ROW_NAME_HEAD_RE = re.compile(r"\s*(?:行业|领域|项目|指标|指标名称|类别|类型|单位|单位名称|地区|部门|事项|品种|许可事项)\s*")
_PLACE_LEAD_RE = re.compile(r"^\s*其中[：:]?|[（(](?:件|次|项|家|户|人)[）)]\s*$")


def _header_row_above(text: str, row_start: int, is_figure=None) -> list[str] | None:
    """The cells of the nearest row above a table row that holds no figure (is_figure: a cell's test), within the table."""
    for _, line in zip(range(40), _lines_above(text, row_start)):
        if "\t" not in line:
            return None
        cells = line.split("\t")
        if not any(map(is_figure or _is_figure_cell, cells)):
            return cells
        # a row of figures: the header is further up
    return None


def _under_change_head(text: str, pos: int) -> bool:
    """Whether a cell of a table row stands under a header of changes (完成率, 同比): 公众气象服务满意度（分）⇥90⇥92.6⇥102.9%
    is a row of scores whose last cell is how far the target was met, not a rate of its own."""
    row_s = text.rfind("\n", 0, pos) + 1
    col = text.count("\t", row_s, pos)
    cells = _header_row_above(text, row_s, lambda c: _is_figure_cell(c) or _is_figure_cell(c.rstrip("%")))
    return cells is not None and col < len(cells) and bool(cells[col].strip()) and bool(_TABLE_CHANGE_HEAD_RE.match(cells[col]))


def _table_header_places(cells: list[str]) -> dict[int, str]:
    """Column index -> the place its header cells name, when they name two places or more."""
    places = {k: c.strip() for k, c in enumerate(cells) if k and _PLACE_HEAD_RE.fullmatch(c)}
    return places if len(places) >= 2 else {}


def _role_columns(cells: list[str]) -> dict[int, tuple[int, bool] | None]:
    """Columns of a header with no year that names a target and a done column (指标⇥目标值⇥完成值⇥完成率): the
    document's year (0 here), as a target or as done; {} for any other header."""
    roles = [_TABLE_ROLE_RE.match(c) for c in cells]
    if not (any(r and r.group(1) for r in roles) and any(r and r.group(2) for r in roles)):
        return {}
    return {k: (0, bool(r.group(2))) if r else None for k, r in enumerate(roles)}


# a header cell naming a column's indicator or year and its measure: 检查企业（家次）, 2022年（家次）
_COLUMN_HEAD_RE = re.compile(rf"^\s*(?P<name>[^\t（）()]{{1,16}}?)\s*[（(](?:单位[：:])?(?P<measure>{_TABLE_MEASURES})[）)]\s*$")
# a header cell whose name says its measure: 检查次数 counts 次, 立案件数 件, 处罚人数 人
_COUNT_HEAD_RE = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff]{1,12}?(?P<measure>件次|人次|家次|户次|件|次|人|家|户|起|宗|场|期)数"
                            r"|[\u4e00-\u9fff]{2,12}?决定数量(?P<measure2>)|总计|合计)\s*$")  # 本年处理决定数量: decisions, in 件
# (总计 over the applicants' columns, 自然人⇥法人⇥…⇥总计: the row's whole count is in it)


def _column_head(cell: str) -> re.Match | None:
    """A header cell that names its column's measure, in brackets or in the name (检查（次）, 检查次数)."""
    return _COLUMN_HEAD_RE.match(cell) or _COUNT_HEAD_RE.match(cell)


_TOTAL_ROW_RE = re.compile(r"^(?:全(?:市|省|县|区))?(?:合计|总计|小计)$|^全(?:市|省|县|区)$")


# a column head that names no thing, only a count (办结数量, 件数): the caption says what it counts; a head that names a
# thing (负责人出庭应诉) keeps its own name under a caption about other things (行政复议、行政诉讼案件情况)
_GENERIC_COUNT_HEAD_RE = re.compile(r"\s*(?:(?:办结|办理|受理|完成|处理|审结|发放|核发)?(?:数量|件数|总数|次数|起数|数)"
                                    r"|(?:办件|办理|办结|受理|完成)量|办件数)\s*")
# a column head that is only what was done (新申领, 换发, 注销): the caption names the thing it was done to
_ACTION_HEAD_RE = re.compile(r"\s*新?(?:申领|领取|换发|补发|注销|吊销|核发|发放|颁发|办结|受理|审结|立案|结案|备案|审查|清理"
                             r"|废止|修改|保留"
                             # 被申请人⇥旧存⇥新收⇥维持⇥…⇥结转下年 under …行政复议案件…统计表: how the caption's cases went
                             r"|新收|收案|旧存|维持|驳回|撤销|变更|终止|确认违法|责令履行|调解|和解|尚未审结|未审结|结转下年度?"
                             r"|调整前|调整后)\s*")  # (事项类别⇥调整前⇥调整后 under 表1 …权责清单调整前后对比)
# a column head counting things whose rows name their kinds (事项数 over 行政许可, 公共服务): the total is the caption's
_KINDS_COUNT_HEAD_RE = re.compile(r"\s*(?:事项|项目|案件)(?:数|数量|总数)\s*")
# a table's caption on the line above it: 表1  2023年行政许可办理情况
# a table's unit stated once, in its caption or on a line of its own: （单位：件）, 单位：件
_TABLE_UNIT_NOTE_RE = re.compile(rf"[（(]?\s*(?:计量)?单位\s*[：:]\s*(?P<measures>(?:{_TABLE_MEASURES})"
                                 rf"(?:\s*[、，,/／]\s*(?:{_TABLE_MEASURES}))*)\s*[）)]?\s*$")
_UNIT_LIST_SEP_RE = re.compile(r"\s*[、，,/／]\s*")
# a header cell over the column naming the rows, or numbering them
_ROW_LABEL_HEAD_RE = re.compile(r"\s*(?:序号|编号|排名|名次|序|No\.?|单位|单位名称|地区|项目|指标|指标名称|类别|类型)?\s*")
_BOUND_CELL_RE = re.compile(_CELL_BOUND + r"\s*")


def _positional_unit_heads(header: list[str], units: tuple[str, ...], row: list[str]) -> list[re.Match | None] | None:
    """The heads of a header row whose table lists one unit per figure column, when the first row has as many figure
    cells (a dash counts) as there are units; a share's column (%) counts nothing."""
    figure_cols = [k for k, c in enumerate(row) if _is_figure_cell(c) or _DASH_CELL_RE.fullmatch(c)]
    if len(figure_cols) != len(units) or len(row) != len(header):
        return None
    heads: list[re.Match | None] = [None] * len(header)
    for k, unit in zip(figure_cols, units):
        if unit != "%" and _CJK_RE.search(header[k]):
            heads[k] = _COLUMN_HEAD_RE.match(f"{header[k].strip()}（{unit}）")
    return heads


_DASH_CELL_RE = re.compile(rf"\s*{_DASH}\s*")


def _head_in_units(cell: str, units: tuple[str, ...]) -> re.Match | None:
    """A named column under a table's stated units (单位：件、次): its measure is the unit it ends with (检查户次), the
    only one, or the one a rule for its name counts in (行政检查 in 次); a share (%) is no count of its own."""
    name = cell.strip()
    units = tuple(u for u in units if u != "%")
    if not units or _ROW_LABEL_HEAD_RE.fullmatch(name) or not _CJK_RE.search(name):
        return None
    measure = next((u for u in sorted(units, key=len, reverse=True) if name.endswith(u) and len(name) > len(u)), None)
    if measure is None and len(units) == 1:
        measure = units[0]
    elif measure is None:
        reg = load_registry()
        window, pos = _window(name, "")
        picks = [(u, rule) for u in units if (rule := _pick(reg.for_measure(u), window, pos, name)) is not None]
        # 处罚决定 under 单位：户次、件: penalties may be counted in 户次, but a decision is counted in its own 件
        measure = next((u for u, rule in picks if reg.default_measures.get(rule.code) == u), picks[0][0] if picks else None)
    return _COLUMN_HEAD_RE.match(f"{name}（{measure}）") if measure else None
_TABLE_CAPTION_RE = re.compile(r"^\s*(?:表\s*[\d一二三四五六七八九十]{1,3}[\s：:．.、]*(.{2,30}?)"
                               r"|([^。；，\t]{2,30}?(?:情况|统计表|一览表|汇总表|明细表)))\s*$")
# or the sentence in the paragraph above that leads into it: …受理烟草专卖零售许可证申请情况见下表。
_TABLE_INTRO_RE = re.compile(r"([^。；，：\t]{2,40}?)(?:情况)?(?:详?见下表|如下表)")
_CAPTION_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*[—–\-－~～至到])")
_YEAR_WORDS_RE = re.compile(r"(?:19|20)\d{2}\s*年度?|[（(][^（）()]*[）)]|情况|统计表?|一览表?|汇总表?")


def _group_name(group: str, name: str) -> str:
    """A column's name under a grouping header cell: 行政处罚 over 案件数 → 行政处罚案件数; a year, a repeat or a cited
    clause of a law (第二十条第（一）项) adds nothing."""
    group = group.strip()
    if (not group or not _CJK_RE.search(group) or re.search(r"\d|第[一二三四五六七八九十百]+条", group)
            or group in name or name in group):
        return name
    return group + name


def _column_names(groups: list[str], heads: list[re.Match | None], caption: str) -> list[str]:
    """Each column's name: under its grouping header cell, or as the table's caption writes it in full."""
    # (调整前 under 表1 …权责清单调整前后对比: the caption names the thing even when it holds the head's words)
    return [((g + h.group("name").strip() if g == caption and h.group("name").strip() in g else _group_name(g, h.group("name")))
             if g else _caption_phrase(caption, h.group("name"))) if h else ""
            for g, h in zip(groups, heads)]


def _caption_phrase(caption: str, name: str) -> str:
    """A column's short name as its table's caption writes it in full: 建议 under 人大代表建议和政协委员提案 → 人大代表建议."""
    if not caption or not 1 < len(name) <= 3:
        return name
    m = re.search(rf"([^和、及与，,（(]{{0,8}}){re.escape(name)}", caption)
    return m.group(0) if m else name


def _column_figures(text: str, doc_year: int | None, row_spans: list[tuple[int, int]],
                    first_year: int | None = None) -> tuple[list["_Figure"], list[tuple[int, int]]]:
    """Figures of tables whose header cells name each column's measure (行业领域⇥检查企业（家次）⇥行政处罚（起）, or
    指标名称⇥2021年（家次）⇥2022年（家次）), with the rows' spans; rows read already (row_spans) are left alone."""
    out, spans = [], []
    row_starts, row_ends = _spans_index(row_spans)
    header: list[re.Match | None] | None = None
    header_cells: list[str] = []
    names: list[str] = []
    prev_cells: list[str] = []
    pos = 0
    caption, caption_year = "", None
    table_units: tuple[str, ...] = ()  # 单位：件、次 over the table: the measures of columns that name none of their own
    units_header: list[str] | None = None  # the header row the table's units were given to, until its first row
    prev_was_header = False
    groups: list[str] = []
    places: dict[int, str] = {}  # column -> the place or level its header names
    col_years: list[tuple[int, bool] | None] = []  # a header row of years over stacked ones (2023年×3⇥2024年×3)
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "\t" not in line:
            if line.strip():
                header = None  # a line of prose ends the table
                prev_cells = []
                col_years = []
                um = _TABLE_UNIT_NOTE_RE.search(line)
                units = tuple(_UNIT_LIST_SEP_RE.split(um.group("measures"))) if um else ()
                if um and um.start() == len(line) - len(line.lstrip()):
                    table_units = units  # a line of its own under the caption
                    continue
                table_units = units
                # 2024年…统计表（单位：件）: the caption is what stands before its units
                cm = _TABLE_CAPTION_RE.match(line[:um.start()] if um else line)
                if cm is None and "下表" in line:
                    cm = next(reversed(list(_TABLE_INTRO_RE.finditer(line))), None)
                raw_caption = next(g for g in cm.groups() if g) if cm else ""
                caption = _YEAR_WORDS_RE.sub("", _YEAR_SPAN_RE.sub("", raw_caption))  # (2023—2024年…: both years)
                # 表1　2024年水行政许可分类型办理情况 over columns with no year: the caption's year is theirs
                years = _CAPTION_YEAR_RE.findall(raw_caption)
                caption_year = int(years[0]) if len(years) == 1 else None
            continue
        cells = line.split("\t")
        heads = [_column_head(c) for c in cells]
        text_only = not any(map(_is_figure_cell, cells))
        if text_only and sum(1 for c in cells if _TABLE_YEAR_RE.match(c)) >= 2:
            col_years = [_header_year(c) for c in cells]
        if table_units and (header is None or units_header is not None and prev_was_header) and text_only and not any(
                h and h.group("measure") for h in heads):
            # 承办处室⇥人大代表建议⇥政协提案 under 表1 …（单位：件）: each named column counts in the caption's measure
            # (the last of stacked header rows names the columns: 监督检查⇥案件查办 over 检查户次⇥处罚决定)
            heads = [_head_in_units(c, table_units) or h for c, h in zip(cells, heads)]
            units_header = cells if any(heads) else None
        elif any(heads) and text_only:
            units_header = None
        if any(heads) and text_only:
            if prev_was_header and len(prev_cells) == len(cells):
                # 执法单位⇥行政检查（家次）⇥行政处罚⇥⇥ over ⇥⇥简易程序（件）⇥普通程序（件）: a head merged down over the blank
                # below it keeps its column, and a group merged right spans the blanks after it
                heads = [h or (_column_head(top) if not cells[k].strip() else None) for k, (h, top) in enumerate(zip(heads, prev_cells))]
                spread, last = [], ""
                for k, top in enumerate(prev_cells):
                    last = top if top.strip() else (last if heads[k] and cells[k].strip() else "")
                    spread.append("" if _column_head(top) and not cells[k].strip() else last)
                prev_cells = spread
            header, header_cells = heads, cells
            # a first header row grouping the columns (行政处罚 over 案件数（件）⇥罚没款（万元）) names what they count;
            # with none, the table's caption (表1  2023年行政许可办理情况 over 许可事项⇥办结数量（件）)
            # (2024年⇥2024年 over 件数（件）⇥占比（%）: a row of years groups nothing; the caption names the count)
            year_row = len(prev_cells) == len(cells) and any(_TABLE_YEAR_RE.match(c) for c in prev_cells) and all(
                not c.strip() or _header_year(c) or c.strip() == cells[k].strip() for k, c in enumerate(prev_cells))
            groups = (prev_cells if len(prev_cells) == len(cells) and not year_row
                      else [caption if h and (_GENERIC_COUNT_HEAD_RE.fullmatch(h.group("name"))
                                              or _ACTION_HEAD_RE.fullmatch(h.group("name"))) else "" for h in heads])
            acted = [g for g, h in zip(groups[1:], heads[1:]) if h and g.strip()]  # (past the rows' names: 被申请人)
            if caption and groups is prev_cells and acted and all(_ACTION_HEAD_RE.fullmatch(g) for g in acted):
                # 受理⇥审结⇥审结 over 受理⇥维持⇥驳回 under 表1 …行政复议案件…审理情况: the caption names the cases the
                # top row's steps were taken in
                groups = groups[:1] + [(caption if g.strip() == h.group("name").strip() else _group_name(caption, g))
                                       if h and g.strip() else g for g, h in zip(groups[1:], heads[1:])]
            names = _column_names(groups, heads, caption)
            if sum(1 for c in cells if _POWER_KIND_HEAD_RE.fullmatch(c)) >= 2:
                # 行政许可⇥行政处罚⇥行政检查⇥其他⇥权责事项共计: the last kind of a power list's is its other powers
                names = [("其他行政权力" if c.strip() == "其他" else nm) for c, nm in zip(cells, names)]
            # 许可事项⇥全省⇥其中：厅本级 under 表1　2024年全省水行政许可分类型办理情况（单位：件）: the caption names what
            # each place's column counts, the row a kind of it
            places = _table_header_places(cells) if caption else {}
            prev_cells, prev_was_header = cells, True
            continue
        if header is not None and units_header is not None and len(table_units) > 1:
            # 单位：户次、件、%、万元 over as many figure columns: the units stand in the columns' order
            header = _positional_unit_heads(units_header, table_units, cells) or header
            names = _column_names(groups, header, caption)
            units_header = None
        prev_cells, prev_was_header = cells, False
        if header is None or _inside(start + len(line) - 1, row_starts, row_ends):
            continue
        label = _row_label(cells)
        # 合计⇥538⇥1,594 under 序号⇥行业领域⇥检查企业（家次）⇥…: a short row's label spans the columns before
        # (合计⇥450 under 行业⇥抽查对象数（家）⇥责任处室: a web table drops the empty cells at a row's end, not its start)
        shift = (len(header) - len(cells) if len(cells) < len(header) and _CJK_RE.search(cells[0])
                 and not (_ROW_NAME_HEAD_RE.fullmatch(header_cells[0]) and len(cells) == 2) else 0)
        # a header pasted as text keeps one cell per group (⇥自然人⇥法人或其他组织⇥总计 over seven columns): only its
        # closing total still stands over the row's last cell
        sparse = len(cells) > len(header)
        found = False
        col_at = start
        for k, cell in enumerate(cells):
            cell_start, col_at = col_at, col_at + len(cell) + 1
            if sparse:
                last = k == len(cells) - 1 and header[-1] is not None and _STACK_TOTAL_RE.fullmatch(header[-1].group("name"))
                h, shift = (header[-1], len(header) - 1 - k) if last else (None, 0)
            else:
                h = header[k + shift] if k + shift < len(header) else None
            raw = cell.strip().replace(",", "").replace("，", "")
            bound = _BOUND_CELL_RE.match(raw).group()  # ≥4,000 in a row of targets
            raw = raw[len(bound):]
            if h is None or not raw or not _PLAIN_NUMBER_RE.fullmatch(raw):
                continue
            if _TABLE_CHANGE_HEAD_RE.match(h.group("name")) and not _header_year(h.group("name")):
                continue  # 一季度⇥…⇥全年 under （单位：件）: a part of the year or a change, no figure of its own
            measure, scale = _scaled(h.group("measure") or "件")
            name = names[k + shift]
            if caption and _TOTAL_ROW_RE.match(label) and _KINDS_COUNT_HEAD_RE.fullmatch(name):
                # 合计⇥159 under 事项数（项） over rows of kinds (行政许可, 公共服务): the total is the caption's thing
                name = _group_name(caption, name)
            ym = _TABLE_YEAR_RE.match(name)
            year = int(ym.group(1)) if ym else caption_year
            if not ym and k + shift < len(col_years) and col_years[k + shift] and col_years[k + shift][0] > 0:
                year = col_years[k + shift][0]  # 2023年 over 行政处罚 over 简易程序（件）: the top row's year
            if year is not None and doc_year is not None and year < (first_year or doc_year):
                continue
            column = label if ym else name
            place = places.get(k + shift, "")
            kind = ""
            if (not ym and not place and _LICENCE_CAPTION_RE.search(caption)
                    and _LICENCE_KIND_HEAD_RE.fullmatch(h.group("name"))):
                # 品种⇥核发⇥变更⇥注销 under 表1 …生产许可办理情况: each column a kind of the licences the caption
                # counts (a cancellation applied for, not a licence revoked)
                column, kind = caption, h.group("name").strip()
            elif (ym or place) and caption and not _CJK_RE.search(_YEAR_WORDS_RE.sub("", name) if ym else ""):
                # 建设项目用地预审与选址意见书 under 2024年（件） in 表1 …行政许可分类型办理情况: the caption names what is
                # counted, the row a kind of it (合计: all of it)
                column = caption if _TOTAL_ROW_RE.match(label) else _group_name(caption, label)
            fig_s = cell_start + len(cell) - len(cell.lstrip())
            num_e = fig_s + len(cell.strip())
            num_s = fig_s + len(bound)
            group = groups[k + shift].strip() if k + shift < len(groups) else ""
            sub = (h.group("name").strip() if group and group != caption and group not in h.group("name")
                   and not _GENERIC_COUNT_HEAD_RE.fullmatch(h.group("name")) and not re.search(r"[数量]$", h.group("name").strip())
                   and sum(1 for g, gh in zip(groups, header) if gh and g.strip() == group) >= 2 else "")
            if not sub and (stage := h.group("name").strip()) in ("调整前", "调整后"):
                sub = stage  # 调整前⇥调整后: the count before a change is no headline of the year
            out.append(_Figure(fig_s, num_e, num_s, num_e, float(raw) * scale, measure,
                               _PRE_QUALIFIER.get(bound.strip(), "exact"), False, year,
                               bool(ym and ym.group(3)), column, sub=sub,
                               part="·".join(x for x in (_PLACE_LEAD_RE.sub("", place),
                                                         "" if _TOTAL_ROW_RE.match(label) else label, kind) if x)
                               if place or kind else ""))
            found = True
        if found:
            spans.append((start, start + len(line)))
    return out, spans


_PLAIN_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


def _is_figure_cell(cell: str) -> bool:
    """Whether a table cell holds a plain figure (1,286)."""
    return bool(_PLAIN_NUMBER_RE.fullmatch(cell.strip().replace(",", "")))


def _is_bound_figure_cell(cell: str) -> bool:
    """Whether a table cell holds a figure, bound or not (1,286, ≥4, 不少于60)."""
    cell = cell.strip()
    return _is_figure_cell(cell[_BOUND_CELL_RE.match(cell).end():])


def _row_label(cells: list[str]) -> str:
    """A table row's label: its first cell of words."""
    return next((c.strip() for c in cells if _CJK_RE.search(c)), "")
# a column head's words that name no thing: when, what was done, how many (本年废止件数 → nothing left)
_COLUMN_ACTION_RE = re.compile(r"本年度?|上年度?|全年|年度|处理决定|办理|受理|办结|处理|制发|制定|废止|修改|修订|发放|核发|审核"
                               r"|件数|数量|次数|总数|[数量]$")
_TABLE_UNIT_CELL_RE = re.compile(rf"\s*(?:{_TABLE_MEASURES})\s*")  # a unit column's cell (起), no name
_TABLE_MEASURE_NOTE_RE = re.compile(rf"[（(](?:{_TABLE_MEASURES})[）)]\s*$")  # 简易程序（户次）: the measure, not the name


def _table_figures(text: str, doc_year: int | None, first_year: int | None = None,
                   period: str | None = None) -> tuple[list["_Figure"], list[tuple[int, int]]]:
    """Figures in the cells of table rows whose label names the measure, each with its column's year when the
    table's header row gives one (指标⇥2022年⇥2023年); a column of a year before the document's is last year's
    figure, kept out as in running text, and so is a column of changes. Also the span of each row's cells: the
    table speaks for them, the running-text scan does not (⇥-8.0% is no figure of its own)."""
    out, spans = [], []
    for m in _TABLE_ROW_RE.finditer(text):
        spans.append((m.start("cells"), m.end()))
        header_years = _table_header_years(text, m.start())
        if period is not None:
            # 指标⇥全年目标⇥1—9月完成⇥完成率 in a report of 1—9月: the report's own months are its figures
            head = _header_row_above(text, m.start(), _is_bound_figure_cell) or []
            own = [k for k, c in enumerate(head) if period in _PERIOD_DASH_RE.sub("—", c) and "目标" not in c]
            if own:
                header_years = header_years or {k: _header_year(c) for k, c in enumerate(head)}
                header_years.update({k: (0, False) for k in own if header_years.get(k) is None})
        # (a row of targets, ≥2⇥≥2⇥—⇥≥4, is no header of the rows under it)
        head_cells = (_header_row_above(text, m.start(), _is_bound_figure_cell) or []) if not header_years else []
        header_places = _table_header_places(head_cells)
        # 序号⇥指标名称⇥计量单位⇥全省⇥省本级⇥同比（%）: with no year over the columns, a column of changes is still none
        change_cols = {k for k, c in enumerate(head_cells) if c.strip() and _TABLE_CHANGE_HEAD_RE.match(c) and not _header_year(c)}
        measure, scale = _scaled(m.group("measure") or m.group("unit") or "%")
        for c in _TABLE_CELL_RE.finditer(text, m.start("cells"), m.end("cells")):
            raw = c.group(2).replace(",", "").replace("，", "")
            if raw[0] in "+-−" or raw.endswith("%") and measure != "%":
                continue  # a change between the columns, not a figure of a year
            high, cell_scale = c.group(3), _CELL_SCALES[c.group(4)]
            qualifier = _PRE_QUALIFIER.get(c.group(1)) or _POST_QUALIFIER.get(c.group(6), "exact")
            try:
                value = float(raw.rstrip("%")) * scale * cell_scale
                if high is not None:  # 6—8 as in running text: at least the low end; a time limit at most the high one
                    if measure in _TIME_MEASURES:
                        value, qualifier = float(high.replace(",", "")) * scale * cell_scale, "at_most"
                    else:
                        qualifier = "at_least"
            except ValueError:
                continue
            if c.group(5) and qualifier == "exact":
                qualifier = "approx"  # 320余, 3.2万余
            col = text.count("\t", m.start(), c.start()) + 1
            column = header_years.get(col)
            if header_years and column is None:
                continue  # a column of changes or notes, or a cell beyond the header's columns
            if col in change_cols:
                continue
            year, target = column or (None, False)
            if year == 0:
                year = doc_year  # a column of targets or of what was done, in the document's year
            elif year == -1:
                year = doc_year - 1 if doc_year else None  # 上年: the year before the document's
            if year is not None and doc_year is not None and year < (first_year or doc_year):
                continue
            out.append(_Figure(c.start(1), c.end(6), c.start(2), c.end(2), value, measure, qualifier, False, year, target,
                               part=header_places.get(col, "")))
    if "总计" in text or "合计" in text:
        more, more_spans = _stacked_header_figures(text, spans)
        out, spans = out + more, spans + more_spans
    if "（" in text or "(" in text or "单位" in text or "数\t" in text or "数\n" in text or "计\t" in text or "计\n" in text or "数量" in text:
        more, more_spans = _column_figures(text, doc_year, spans, first_year)
        out, spans = out + more, spans + more_spans
    return out, spans


# a chart pasted as text: its caption with the unit, then a line for each bar (食品安全　412)
_CHART_CAPTION_RE = re.compile(rf"^[ \t\u3000]*图\s*[\d一二三四五六七八九十]{{1,3}}[\s：:．.、]*(?P<caption>[^\n（(]{{2,40}}?)\s*"
                               rf"[（(]\s*(?:单位\s*[：:]\s*)?(?P<measure>{_TABLE_MEASURES})\s*[）)]\s*$", re.M)
# a chart of years: a line of the years, then a line for each year's bar (2020年 2021年 … ⏎8.62⏎9.15 …)
_CHART_YEARS_RE = re.compile(r"[ \t\u3000]*(?:(?:19|20)\d{2}\s*年?[ \t\u3000]+){1,11}(?:19|20)\d{2}\s*年?[ \t\u3000]*(?:\n|$)")
_CHART_VALUE_RE = re.compile(r"[ \t\u3000]*(?P<num>\d[\d,]*(?:\.\d+)?)[ \t\u3000]*(?:\n|$)")
_YEAR_SPAN_RE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[—–\-－~～至到]{1,2}\s*")  # 2020—2024年: the span's first year
_CHART_ROW_RE = re.compile(r"[ \t\u3000]*(?P<name>[\u4e00-\u9fff“”（）()、]{2,16})[ \t\u3000]+(?P<num>\d[\d,]*(?:\.\d+)?)"
                           r"[ \t\u3000]*(?:\n|$)")


def _chart_figures(text: str, doc_year: int | None) -> list["_Figure"]:
    """The bars of charts pasted as text (图2　2024年行政处罚案件构成（单位：件） over 食品安全　412 …): each figure
    named by the caption, the bar's name its part; a chart of years before the document's is background."""
    out = []
    for cap in _CHART_CAPTION_RE.finditer(text):
        years = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", cap.group("caption"))]
        if years and doc_year is not None and max(years) < doc_year:
            continue
        caption = _YEAR_WORDS_RE.sub("", _YEAR_SPAN_RE.sub("", cap.group("caption"))).strip(" —-")
        measure, scale = _scaled(cap.group("measure"))
        pos = cap.end() + 1
        if (head := _CHART_YEARS_RE.match(text, pos)) is not None:
            # one bar a year: a year before the document's is background, as in running text
            pos = head.end()
            for bar_year in (int(y) for y in re.findall(r"(?:19|20)\d{2}", head.group())):
                if (row := _CHART_VALUE_RE.match(text, pos)) is None:
                    break
                pos = row.end()
                if doc_year is None or bar_year >= doc_year:
                    out.append(_Figure(row.start("num"), row.end("num"), row.start("num"), row.end("num"),
                                       float(row.group("num").replace(",", "")) * scale, measure, "exact", False,
                                       bar_year, False, caption))
            continue
        while (row := _CHART_ROW_RE.match(text, pos)) is not None:
            value = float(row.group("num").replace(",", "")) * scale
            out.append(_Figure(row.start("num"), row.end("num"), row.start("num"), row.end("num"), value,
                               measure, "exact", False, None, False, caption, part=row.group("name")))
            pos = row.end()
    return out


def _spanned(cells: list[str], leaves: list[str]) -> list[str]:
    """A grouping header row pasted as text keeps one cell per group (行政复议⇥行政诉讼 over fifteen columns): spread
    over the groups the leaf row's totals close, one each, the last cell taking the groups left over, or right-aligned
    when the row opens with blank cells (⇥⇥⇥⇥未经复议直接起诉⇥复议后起诉)."""
    ends = [j + 1 for j, c in enumerate(leaves) if _STACK_TOTAL_RE.fullmatch(c)]
    if not ends or ends[-1] != len(leaves):
        ends.append(len(leaves))
    groups = list(zip([0, *ends[:-1]], ends))
    names = [c for c in cells if c]
    if not names or len(names) > len(groups):
        return [""] * len(leaves)
    if not cells[0]:
        names = [""] * (len(groups) - len(names)) + names
    else:
        names = names + [names[-1]] * (len(groups) - len(names))
    out = [""] * len(leaves)
    for name, (a, b) in zip(names, groups):
        out[a:b] = [name] * (b - a)
    return out


_ALL_FIGURES_ROW_RE = re.compile(r"[ \t]*\d[\d,]*(?:[ \t]*\t[ \t]*\d[\d,]*){2,}[ \t]*")
_STACK_TOTAL_RE = re.compile(r"总计|合计")


def _stacked_header_figures(text: str, row_spans: list[tuple[int, int]]) -> tuple[list["_Figure"], list[tuple[int, int]]]:
    """A row of nothing but figures under two or three header rows that name its columns from the top down
    (行政复议⇥…⇥行政诉讼 / 结果维持⇥…⇥总计⇥未经复议直接起诉… / …): each figure named by its top header and its own,
    the middle one (a route: 复议后起诉) kept as the part it counts."""
    out, spans = [], []
    row_starts, row_ends = _spans_index(row_spans)
    lines = text.split("\n")
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    for n, line in enumerate(lines):
        if not _ALL_FIGURES_ROW_RE.fullmatch(line) or _inside(starts[n], row_starts, row_ends):
            continue
        heads: list[list[str]] = []
        width = len(line.split("\t"))
        k = n - 1
        while k >= 0 and len(heads) < 3:
            if not lines[k].strip():
                k -= 1
                continue
            cells = lines[k].split("\t")
            if len(cells) > width or (not heads and len(cells) != width) or any(re.search(r"\d", c) for c in cells):
                break
            heads.insert(0, [c.strip() for c in cells])
            k -= 1
        if len(heads) < 2 or not any(_STACK_TOTAL_RE.fullmatch(c) for c in heads[-1]):
            continue
        heads = [h if len(h) == width else _spanned(h, heads[-1]) for h in heads]
        # (a Markdown header keeps a merged cell's columns as blanks: 行政复议⇥⇥⇥⇥⇥行政诉讼 spans to the next name)
        heads = [list(accumulate(h, lambda left, c: c or left)) for h in heads[:-1]] + heads[-1:]
        col_at = starts[n]
        for j, cell in enumerate(line.split("\t")):
            cell_start, col_at = col_at, col_at + len(cell) + 1
            top, last = heads[0][j], heads[-1][j]
            middle = heads[1][j] if len(heads) == 3 and heads[1][j] not in (top, last) else ""
            if middle and not _STACK_TOTAL_RE.fullmatch(last):
                continue  # an outcome under a route (复议后起诉 → 结果维持) is a part of a part
            raw = cell.strip().replace(",", "")
            num_s = cell_start + len(cell) - len(cell.lstrip())
            out.append(_Figure(num_s, num_s + len(cell.strip()), num_s, num_s + len(cell.strip()), float(raw), "件",
                               "exact", False, None, False, top + last, group=top, part=middle))
        spans.append((starts[n], starts[n] + len(line)))
    return out, spans


# what a measure counts: a part of a count counts the same kind of thing (家 of 家次, 起 of 件), never another (项 of 家次)
_MEASURE_FAMILIES = {
    "件": "cases", "起": "cases", "宗": "cases", "件次": "cases", "宗次": "cases", "份": "cases",
    "家": "entities", "家次": "entities", "户": "entities", "户次": "entities",
    "人": "people", "名": "people", "人次": "people",
    "次": "times", "场": "times", "期": "times", "场次": "times", "轮": "times",
    "项": "items", "条": "items",
    "本": "certificates", "张": "certificates", "块": "certificates",  # 吊销机动车驾驶证2.31万本 is no part of 986.4万起
    "处": "places",  # 责令恢复原状41处 is no part of cases counted in 宗
}


def _same_kind_of_measure(a: str, b: str) -> bool:
    """Whether a figure in measure a can be a part of one in b: a rate of a rate, money of money, a count of the same
    kind of thing (a measure of no known kind, such as 个, may be a part of any count)."""
    fa, fb = _MEASURE_FAMILIES.get(a), _MEASURE_FAMILIES.get(b)
    # (培训6次（每次不少于1小时）: a duration is never a part of a count)
    return ((a == "%") == (b == "%") and (a in _MONEY_MEASURES) == (b in _MONEY_MEASURES)
            and (a in _TIME_MEASURES) == (b in _TIME_MEASURES) and (fa is None or fb is None or fa == fb))


_LETTER_RE = re.compile(r"[^\W\d_]")  # a name has a letter or a character, not only digits and signs
# 纳入绩效考核，占比10%: a share that names nothing of its own takes its topic from the clause before
_BARE_SHARE_RE = re.compile(r"占比|所?占比[重例]|比[重例]|权重|分值")
# a clause that counts what the clause before named: 推行告知承诺制，涉及事项58个
_GENERIC_COUNT_RE = re.compile(r"\s*(?:共|共计|合计|累计)?(?:涉及|包括|覆盖|包含)(?:各类)?(?:事项|文件|案件|企业|单位)?(?:共|共计|达)?\s*")


def _says_its_own(clause: str) -> bool:
    """A clause that names its own action and object (回应社会关切20次), not a verb alone (办结58件, 在德州等市举办6场):
    it is not about the topic of the clause before it."""
    return len(_FILLER_RE.sub("", clause)) > 4 and not _COUNT_VERB_RE.search(clause)


# a difference from another year (较去年增加5件, 同比减少3起, 增幅达22.4%) or that year's own figure (较2022年的42件):
# neither is what the unit did this year, so neither is an indicator
_DELTA_RE = re.compile(r"(?:(?:较|比|同比|环比|相比)[^，。；：]{0,10}?(?:增加|减少|增长|下降|上升|提高|提升|降低|新增|压减|多|少)了?"
                       r"|(?:增幅|降幅|增速|增长率|下降率)(?:为|达到?|是)?"
                       # 比年初计划多抽查26家: more than planned, a verb after 多 or not
                       r"|(?:较|比)[^，。；：]{0,8}?(?:计划|目标|进度)[^，。；：]{0,4}?(?:多|少)[\u4e00-\u9fff]{0,4}"
                       r"|(?:较|比|相比|与|从|由)(?:(?:19|20)\d{2}年度?|去年|上年|上一年度?)(?:同期)?的?"
                       r"|(?:去年|上年|上一年度?)(?:同期)?(?:为|是|有)?"
                       # 较上年（55件）, 118件（2022年为146件）: the other year's figure in brackets
                       r"|(?:较|比)(?:去年|上年|上一年度?)(?:同期)?\s*[（(]|[（(](?:19|20)\d{2}年度?(?:同期)?(?:为|是))\s*$")
# a sentence opening with months of this year (今年1—2月，…; 2025年一季度，…)
_THIS_YEAR_PART_RE = re.compile(r"\s*(?:今年|本年度?|((?:19|20)\d{2})\s*年)(?:" + PART_OF_YEAR + r")(?![前末底内中])(?:以来)?[，,]?")
# (a part's code, its total's code) where the part's own words name a kind of the total's thing
_KINDS_OF_PARENT = frozenset({("inspection_items", "random_check_items")})
_SUED_AFTER_RE = re.compile(r"复议[^，。；]{0,12}?(?:后|之后)[^，。；]{0,16}?(?:起诉|被告)")
# a clause opening with the same months of last year (去年同期行政处罚案件为71件)
_SAME_PERIOD_LAST_YEAR_RE = re.compile(r"\s*(?:去年|上年|上一年度?)同期")
# a bare change of a rate (增长18.5%, 下降8.5%): a rate of change, not a rate of the work
_RATE_CHANGE_RE = re.compile(r"(?:增长|下降|增加|减少|上升|提高|提升|降低)了?\s*$")
_LIST_JOIN_RE = re.compile(r"\s*(?:、|和|及|与|以及)")
_LIST_JOIN_END_RE = re.compile(r"(?:、|和|及|与|以及)\s*$")
_MONEY_MEASURES = frozenset({"元"})
# a year gone by that dates the work a clause counts (中心组2023年仅开展专题学法2次), unless a verb before it makes it
# the date of what the work was done on (清理2023年出台的…)
_PAST_YEAR_WORK_VERB = r"(?:开展|办理|组织|举办|召开|查处|受理|收到|作出|审查|审核|接待|检查|发生)"
_PAST_YEAR_WORK_RE = re.compile(r"((?:19|20)\d{2})\s*年度?(?:全年)?(?:仅|只|共|累计|全年|先后)?" + _PAST_YEAR_WORK_VERB
                                + r"(?![^，。；\d]{0,4}?(?:的|发现|中|以来))")  # (选取2022年作出的…: the year dates what is counted)
_PAST_YEAR_WORK_VERB_RE = re.compile(_PAST_YEAR_WORK_VERB + r"|清理|梳理|评估|废止|修订|修改")
# a verb opening a clause of its own work (出具法律意见书87份), not one more part of the total before
_OWN_VERB_OPEN_RE = re.compile(r"(出具|提出|开展|组织|作出|查处|审查|审核|检查|发布|召开|举办|制定|印发|发放|颁发|核发|制发|签订|清理|培训"
                               r"|拆除|没收|责令)")
# a column of an inspection's findings or of how many were put right (反馈问题（个）, 已整改（个）)
_FINDINGS_COLUMN_RE = re.compile(r"^\s*(?:反馈|发现|存在|督察|交办|检查发现)?问题(?:数|数量)?\s*$|^\s*(?:已|完成|未)?整改(?:到位)?(?:数|数量)?\s*$")
# the verb a list of nouns with their figures ends on (…46份、…12件进行合法性审核), not an outcome (…、2件尚在审理)
_LIST_VERB_TAIL_RE = re.compile(r"\s*(?:进行|开展|实施|予以|作出)")
_TITLE_WORD_RE = re.compile(r"总结|报告|情况|工作")
_PART_OF_YEAR_TITLE_RE = re.compile(r"(?:19|20)\d{2}\s*年度?(" + PART_OF_YEAR + r"|1\s*[-—－~至]\s*\d{1,2}\s*月)")
_PERIOD_DASH_RE = re.compile(r"\s*[-—－~至到]\s*")
_STATEMENT_START_RE = re.compile(r"^\s*(?:共|另|此外|同时|还|并)")
_COUNT_VERB_RE = re.compile(r"(?:召开|举办|举行|开展|组织|办理|受理|收到|接到|接待|出动|发放|培训|完成|进行)了?$")
_LIST_NAME_RE = re.compile(r"[\u4e00-\u9fff]{0,8}清单")
# work not done (3份未经合法性审核即签订, 有2件未按规定开展公平竞争审查): no count of it, and no words to name another;
# not done as the figure's own predicate (5宗未经批准占用土地案件, 8家未按规定开展自查的企业 count work done on such)
_NOT_DONE = (r"(?:未经|未按(?:规定|要求|时|期)?(?:开展|进行|履行)|未及时|未开展|未进行|未履行|未落实|没有经过|没有开展"
             r"|未(?:按(?:规定|要求|时|期))?(?:及时)?(?:清理|审核|审查|备案|报备))")  # 1件规范性文件未按要求及时清理
_NOT_DONE_OF_ITS_OWN = r"(?![^，。；\n]*?(?:的|案件|案))"
_NOT_DONE_RE = re.compile(_NOT_DONE + _NOT_DONE_OF_ITS_OWN)
# (非法占用耕地建房21宗、未经批准擅自占地建设29宗: 未经 opening the next item of a list is that item's kind)
_NOT_DONE_AFTER_RE = re.compile(r"(?![、，])[^，。；：、\n\d]{0,10}?" + _NOT_DONE + _NOT_DONE_OF_ITS_OWN)


def _before_not_done(words: str) -> str:
    """Words after a figure up to a predicate of work not done (…3份未经合法性审核即签订), which names nothing."""
    not_done = _NOT_DONE_RE.search(words)
    return words if not_done is None else words[:not_done.start()]


# a negated mention: 没有…被申请行政复议, 未收到…投诉, 无…信访
_NOT_A_COUNT_NEGATED_RE = re.compile(r"(?:发生|出现)?[^，。；]{0,4}?因[^，。；]{1,20}?(?:引发|引起|导致|造成)"
                                     r"|(?:按规定|按要求|及时|严格|完全|有效)?(?:落实|建立|实现|纠正|执行|报备|开展|履行)")
_NEGATION_RE = re.compile(
    r"没有|未(?:以[^，。；\n]{1,12}?名义)?(?:曾|发生|出现|收到|接到|产生|有|被|新?制定|作出|出台|印发|制发|发布|受理|办理)|不存在"
    r"|(?<=力争|确保|争取|努力)不(?:发生|出现)"  # an aim of none: 力争不发生…行政复议和行政诉讼案件
    r"|无(?=(?:一起|一件|任何)?(?:因|被|发生|出现|收到|接到|群众|信访|投诉|举报|涉|行政复议|行政诉讼|行政应诉|败诉|行政处罚"
    r"|政府信息公开申请|依申请公开|行政许可))"
    # 零行政复议、零行政诉讼: none of each
    r"|零(?=行政复议|行政诉讼|行政应诉|败诉|信访|投诉|越级)"
)
# how far a sentence is searched for a figure's topic: real clauses are shorter, run-on junk is not
_REACH = 80
# 信访案件为零 / 行政诉讼案件均为0 / 行政复议、行政诉讼案件“零发生”: the zero comes after the indicator
_ZERO_WORD_RE = re.compile(r"(?:(?:均|都|全部)?(?:为|是)\s*(?:零|0)(?![\d.])(?:件|起|宗|个)?|“?零发生”?)"
                           r"(?=\s*(?:[，。；！？\n\t、]|$))")  # (a task table's cell ends at a tab, a list's item at 、)
# every _ZERO_WORD_RE match holds this within its first 3 characters: searched for instead, as the full pattern
# opens with nothing the regex engine can skip ahead to
_ZERO_ANCHOR_RE, _ZERO_ANCHOR_REACH = re.compile(r"[为是]\s*[零0]|零发生"), 2
_NEGATION_AIM_RE = re.compile(r"(?:力争|确保|争取|努力)\s*$")
# the units a shortfall is told of (个别县（市、区）…不足5件, 有3个县区全年抽查不足50家)
_SOME_UNITS_RE = re.compile(r"(?:个别|少数|部分|(?:仍|还|尚)?有[\d一二三四五六七八九十两]+(?:个|家|名))[^，。；：\n\d]{0,24}$")
_ALL_PREDICATE_RE = re.compile(r"\s*(?:全部|均|都|已全部|已)")
_LATER_MONTH_RE = re.compile(r"\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")
_CONDITIONAL_NEXT_RE = re.compile(r"^[，\s]*(?:不得|不能|不予|应当|一律|须|必须)")

# forward-looking parts of a report
_L0_HEADING_RE = re.compile(r"^[ \t]*第[一二三四五六七八九十]+部分", re.M)
_L1_HEADING_RE = re.compile(r"^[ \t]*[一二三四五六七八九十]+[、.．]", re.M)
_L2_HEADING_RE = re.compile(r"^[ \t]*[（(][一二三四五六七八九十]+[）)]", re.M)
_FORWARD_STRONG_RE = re.compile(r"下一年度|下一年|下一步|下步|明年|来年|下一阶段|今后|工作计划|工作打算|工作设想|努力方向")
_FORWARD_WEAK_RE = re.compile(r"主要安排|工作安排|重点安排|工作思路|工作重点|重点工作|主要任务|目标任务|安排|计划|打算|思路")
_BACKWARD_RE = re.compile(r"完成情况|成效|举措|做法|进展|不足|问题|原因|情况|回顾|总结|履行")
_FORWARD_SENTENCE_RE = re.compile(r"(?:(?:[。；！？]|[：:]\s*[“\"])\s*(?:(20\d{2})\s*年(?:度)?\s*[，,]?\s*(?:(?:我|本)[局厅委办署院部市县区省]\S{0,6}?(?:将|计划|拟)|[^，。；\s\d]{0,8}?要(?!求))"
                                  r"|(下一步|下一年度|下步|明年|来年|今后|下半年)\s*[，,]?\s*(?:我|本|将|要|继续|力争|[^，。；\s\d]{1,8}?还?将))"
                                  r"|[，,]\s*(下一步|下一年度|下步|明年|来年|今后|下半年)\s*[，,]?\s*(?:我|本|将|要|继续|力争|[^，。；\s\d]{1,8}?还?将))")
_FORWARD_PARAGRAPH_RE = re.compile(r"^[ \t]*(?:下一步|下一年度|下步|明年|来年|(20\d{2})\s*年(?:度)?\s*[，,]?\s*(?:我|本|全)?[局厅委办署院部市县区省]?\S{0,6}?(?:将|计划|拟|要))", re.M)
_SHORT_LINE_RE = re.compile(r"^[ \t]*([^\n。；，]{2,24})[ \t]*$", re.M)
_TITLE_YEAR_RE = re.compile(r"(20\d{2})\s*年度?[^\n。]{0,30}?(?:报告|情况)")
_YEAR_RE = re.compile(r"(20\d{2})\s*年")
_NEWLINE_RE = re.compile("\n")




@dataclass(frozen=True, eq=False)  # one object per registry row: identity is equality, and cheap to hash
class Rule:
    """One registry row: a code, where its words must appear, which measures it takes."""

    id: str
    action: str  # map / trap
    code: str
    priority: int
    measures: frozenset[str]
    near: re.Pattern
    context: re.Pattern | None
    exclude: re.Pattern | None
    zero: bool
    scope: re.Pattern | None
    anchored: bool = False  # near names the figure's place with '#'


@dataclass(frozen=True)
class Registry:
    """The rules, the trap patterns and the dictionary's names and measures."""

    rules: tuple[Rule, ...]
    traps: re.Pattern | None
    names: dict[str, str]
    default_measures: dict[str, str]
    by_measure: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    zero_rules: tuple[Rule, ...] = ()
    # measure -> one pattern of the cues that, found in a figure's sentence before it, make it no indicator
    context_skips: dict[str, re.Pattern] = field(default_factory=dict)
    # measure -> (cue, words in the figure's own clause that cancel it) of each skip rule, checked after a hit above
    context_skip_rules: dict[str, tuple[tuple[re.Pattern, re.Pattern | None], ...]] = field(default_factory=dict)
    # measure -> (words after, words before it needs, words just before that cancel): 51个部门 counts bodies
    after_skips: dict[str, tuple[tuple[re.Pattern, re.Pattern | None, re.Pattern | None], ...]] = field(
        default_factory=dict)
    by_id: dict[str, Rule] = field(default_factory=dict)
    by_code: dict[str, Rule] = field(default_factory=dict)  # code -> its first rule in the registry's order
    groups: dict[str, str] = field(default_factory=dict)  # code -> its dictionary group (training, services…)

    def for_measure(self, measure: str) -> tuple[Rule, ...]:
        """Rules that accept a figure in this measure."""
        rules = self.by_measure.get(measure)
        return rules if rules is not None else self.by_measure.get("", ())


def _lead(seq) -> tuple[list | None, bool]:
    """The character-class items a parsed regex can start with (None: any), and whether it can match empty."""
    items: list = []
    for op, av in seq:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width: the next item consumes the first character
        if op is _sre.LITERAL:
            return items + [(op, av)], False
        if op is _sre.IN:
            return (None if any(o is _sre.NEGATE for o, _ in av) else items + list(av)), False
        if op is _sre.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None, False  # (?i:…): the literals stand for more characters than they show
            sub, empty = _lead(av[-1])
        elif op is _sre.BRANCH:
            sub, empty = [], False
            for alt in av[1]:
                alt_items, alt_empty = _lead(alt)
                if alt_items is None:
                    return None, False
                sub, empty = sub + alt_items, empty or alt_empty
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            sub, empty = _lead(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if sub is None:
            return None, False
        items += sub
        if not empty:
            return items, False
    return items, True


def _lead_items(pattern: re.Pattern) -> list | None:
    """What every match of pattern starts with, as class items; None when a match may start anywhere or be empty."""
    if pattern.flags & re.IGNORECASE:
        return None  # a literal would stand for more characters than it shows
    items, empty = _lead(_sre_parse.parse(pattern.pattern, pattern.flags))
    return None if empty or not items else items


_CATEGORY_CLASS = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_WORD: r"\w"}


def _skipping(pattern: re.Pattern) -> re.Pattern:
    """pattern led by a lookahead for the characters its matches can start with: the same matches, sooner."""
    # a pattern opening with a lookbehind or a branch of classes gets no first-character skip from the regex
    # engine, which then tries every alternative at every position; the lookahead turns most away at once
    parts = []
    for op, av in _lead_items(pattern) or [(None, None)]:
        if op is _sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and av in _CATEGORY_CLASS:
            parts.append(_CATEGORY_CLASS[av])
        else:
            return pattern
    try:
        return re.compile(f"(?=[{''.join(parts)}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # inline global flags must open a pattern
        return pattern


_FIGURE_SCAN_RE = _skipping(FIGURE_RE)


def _anchored_finditer(pattern: re.Pattern, anchor: re.Pattern, reach: int, text: str) -> Iterator[re.Match]:
    """pattern.finditer(text), tried only up to reach characters before each match of anchor."""
    # sound when every match of pattern holds an anchor match starting at most reach characters in, and
    # anchor matches never overlap; the anchor opens with a class, which the regex engine skips ahead to
    pos = 0
    for a in anchor.finditer(text):
        for s in range(max(pos, a.start() - reach), a.start() + 1):
            m = pattern.match(text, s)  # lookarounds still see the whole text
            if m is not None:
                yield m
                pos = m.end()
                break


def _opt_re(s: str) -> re.Pattern | None:
    """An optional registry regex: None for an empty cell."""
    s = (s or "").strip()
    return re.compile(s) if s else None


@lru_cache(maxsize=4)
def load_registry(spec_dir: Path = SPEC_DIR) -> Registry:
    """Read metric_rules.csv and metrics.csv once."""
    names, default_measures, groups = {}, {}, {}
    with (spec_dir / DICTIONARY_FILE).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            names[row["code"]] = row["name_zh"]
            default_measures[row["code"]] = row["measure"]
            groups[row["code"]] = row["group"]
    rules, traps, skips, after = [], [], [], []
    with (spec_dir / RULES_FILE).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if None in row or None in row.values():  # a comma in an unquoted regex ({0,4}) shifts the columns
                raise ValueError(f"{RULES_FILE}: rule {row['id']} does not have the header's columns")
            if row["action"] not in ("map", "trap", "skip", "skip_after"):
                raise ValueError(f"{RULES_FILE}: rule {row['id']} has unknown action {row['action']}")
            if row["action"] == "trap":
                traps.append(f"(?:{row['near']})")
                continue
            if row["action"] == "skip":
                skips.append((frozenset(m for m in (row["measures"] or "").split("|") if m), re.compile(row["near"]),
                              _opt_re(row["exclude"])))
                continue
            if row["action"] == "skip_after":
                after.append((frozenset(m for m in (row["measures"] or "").split("|") if m), re.compile(row["near"]),
                              _opt_re(row["context"]), _opt_re(row["exclude"])))
                continue
            if row["code"] not in names and row["code"] != OTHER:
                raise ValueError(f"{RULES_FILE}: rule {row['id']} names unknown code {row['code']}")
            rules.append(Rule(
                id=row["id"], action=row["action"], code=row["code"], priority=int(row["priority"] or 0),
                measures=frozenset(m for m in (row["measures"] or "").split("|") if m),
                near=re.compile(row["near"]), context=_opt_re(row["context"]), exclude=_opt_re(row["exclude"]),
                zero=row["zero"].strip() == "1", scope=_opt_re(row["scope"]),
                anchored="#" in row["near"],
            ))
    all_measures = set(_MEASURE_STOPS) | {"%"}
    by_measure = {
        m: tuple(r for r in rules if not r.measures or r.measures & {m, *_MEASURE_ALIASES.get(m, ())})
        for m in all_measures
    }
    by_measure[""] = tuple(r for r in rules if not r.measures)
    return Registry(
        rules=tuple(rules), traps=_skipping(re.compile("|".join(traps))) if traps else None, names=names,
        default_measures=default_measures, by_measure=by_measure, zero_rules=tuple(r for r in rules if r.zero),
        context_skips=_by_measure_joined([(ms, cue) for ms, cue, _ in skips], all_measures),
        context_skip_rules={m: tuple((cue, cancel) for ms, cue, cancel in skips if not ms or m in ms)
                            for m in all_measures},
        after_skips=_by_measure_tuples(after, all_measures),
        by_id={r.id: r for r in rules}, by_code={r.code: r for r in reversed(rules)}, groups=groups,
    )


def _by_measure_joined(skips: list, measures: set) -> dict[str, re.Pattern]:
    """measure -> the cues of every skip rule that takes it, joined into one pattern (one search per figure).

    Unlike by_measure, no aliases: a skip for 人 (持证执法人员86人) must not take 人次 (培训执法人员600人次)."""
    out = {}
    for m in measures:
        cues = [cue.pattern for ms, cue in skips if not ms or m in ms]
        if cues:
            out[m] = re.compile("|".join(f"(?:{c})" for c in cues))
    return out


def _by_measure_tuples(after: list, measures: set) -> dict[str, tuple]:
    """measure -> the (words, need, cancel) of every skip_after rule that takes it."""
    return {m: rules for m in measures if (rules := tuple(r[1:] for r in after if not r[0] or m in r[0]))}


@dataclass(slots=True)
class _Figure:
    """A number with its measure, before it gets a meaning."""

    start: int  # the figure with its qualifier words
    end: int
    num_start: int
    num_end: int
    value: float
    measure: str
    qualifier: str
    chinese: bool
    year: int | None = None  # the year of a table column the figure stands in
    target: bool = False  # it stands in a table column of targets (2023年目标)
    column: str = ""  # the words of its table column's header when they name what it counts (检查企业（家次）)
    group: str = ""  # under stacked headers: the top header over its column (行政复议), and the middle one (复议后起诉)
    part: str = ""
    sub: str = ""  # the kind a column holds under a group heading several (简易程序 under 行政处罚)


@dataclass(slots=True)
class _Where:
    """The text around one figure: its sentence, clause and the words on either side."""

    sent_s: int
    sent_e: int
    clause_s: int
    clause_e: int
    left_s: int
    left: str
    right: str
    right_np: str  # the words straight after the measure (11件人大建议, 1件维持)
    right_is_noun: bool  # right_np names what is counted rather than starting a predicate
    ctx_s: int  # start of the sentence before: a breakdown's topic is often named there
    since_prev: str  # the text since the previous figure of the sentence


@dataclass(slots=True)
class _Record:
    """A figure with its meaning, still mutable while neighbours refine it."""

    fig: _Figure
    where: _Where
    code: str
    label: str
    rule: str
    scope: str | None = None
    parent_code: str | None = None
    list_name: str | None = None
    np_on_right: bool = False
    whole_clause: bool = False  # the quote must show the whole clause (shared predicate, 分别, 由…减至)
    own_name: str | None = None  # its item in a 分别 list (道路运输企业), the name it has as a part of a later total


@lru_cache(maxsize=1)
def _cn2an():
    """cn2an's converter, imported on first use."""
    import cn2an  # 0.15 s to import: only when a Chinese numeral turns up

    return cn2an.cn2an


@lru_cache(maxsize=4096)
def _cn_value(s: str) -> float | None:
    """Chinese numeral to number; None when cn2an cannot read it."""
    convert = _cn2an()
    if "点" in s and s[-1] in "万亿" and len(s) > 1:  # 二点五万: cn2an reads the decimal, not the 万 after it
        base = _cn_value(s[:-1])
        return None if base is None else base * (10_000 if s[-1] == "万" else 100_000_000)
    for cand in (s, "一" + s):
        try:
            return float(convert(cand, "smart"))
        except Exception:  # cn2an raises plain ValueError/KeyError variants on odd input
            continue
    return None


def _parse_figure(m: re.Match, text: str) -> _Figure | None:
    """Value, measure and qualifier of one FIGURE_RE match."""
    pct, ar, mult, approx_ar, mult2, cn, approx_cn, measure, post, post_pct = m.group(*_FIGURE_GROUPS)  # one call
    if pct is not None:
        chinese = not pct[0].isdigit()
        value = _cn_value(pct) if chinese else float(pct.replace(",", ""))
        measure, num_start = "%", m.start()
    elif ar is not None:
        value = float(ar.replace(",", ""))
        for mul in (mult, mult2):  # 46.6万宗, 30余万人次
            if mul:
                value *= _MULTIPLIERS[mul]
        chinese, num_start = False, m.start("ar")
    else:
        if measure not in CN_MEASURES and len(cn) < 2:
            return None  # (二十张, 逾三千张: a numeral of two characters or more counts whatever its measure)
        value = _cn_value(cn)
        chinese, num_start = True, m.start("cn")
    if value is None or not math.isfinite(value):
        return None  # more digits than a float holds is page noise, not a figure
    end = m.end()
    if measure == "成":
        # 压缩六成以上, 满意率九成五: tenths, as a share
        if value > 10:
            return None
        value, measure = value * 10, "%"
        if post is None and end < len(text) and text[end] in _CN_TENTH_DIGITS:
            value, end = value + _CN_TENTH_DIGITS.index(text[end]) + 1, end + 1
            pm = _POST_WORD_RE.match(text, end)
            if pm:
                post, end = pm.group(), pm.end()
    start = m.start()
    qualifier = "exact"
    if approx_ar or approx_cn or cn is not None and num_start and text[num_start - 1] == "上" and len(cn) == 1:
        qualifier = "approx"  # 上百次: about a hundred
    if post or post_pct:  # 95%以上, 百分之九十五以上
        qualifier = _POST_QUALIFIER[post or post_pct]
    pre, back = _qualifier_before(text[max(0, start - 8):start])
    if pre == "at_most" and not back and ar is not None and qualifier != "at_most" and measure not in _TIME_MEASURES:
        # 培训2至3期: a range of work promises its lower bound at least; a range of time (压缩至3至5个工作日, …以内)
        # promises its upper bound at most
        low = _RANGE_LOW_RE.search(text, max(0, start - 16), start)
        high = float(ar.replace(",", ""))
        if low and 0 < (lv := float(low.group(1).replace(",", ""))) < high:
            return _Figure(low.start(1), end, num_start, end, round(value * lv / high, 6), measure, "at_least",
                           chinese)
    if chinese and pre is None and cn is not None and (low := _CN_RANGE_LOW_RE.search(text, max(0, start - 8), start)):
        lv = _cn_value(low.group(1))
        if lv is not None and 0 < lv < value:
            if measure in _TIME_MEASURES:  # 三到五个工作日: a time promises its upper bound at most
                return _Figure(low.start(1), end, num_start, end, round(value, 6), measure, "at_most", chinese)
            return _Figure(low.start(1), end, num_start, end, round(lv, 6), measure, "at_least", chinese)
    qualifier = pre or qualifier
    return _Figure(start - back, end, num_start, end, round(value, 6), measure, qualifier, chinese)


@lru_cache(maxsize=4096)
def _qualifier_before(before: str) -> tuple[str | None, int]:
    """The qualifier the words just before a figure give (不少于5件, 3-5件), and how many characters back they start."""
    pq = _PRE_QUALIFIER_RE.search(before)
    if pq:
        return _PRE_QUALIFIER[pq.group(1)], len(before) - pq.start()
    if _RANGE_BEFORE_RE.search(before):
        return "at_most", 0
    return None, 0


def _spans_index(spans: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts and ends of the merged spans, for bisect lookups."""
    merged = _merge(list(spans))
    return [s for s, _ in merged], [e for _, e in merged]


def _inside(pos: int, starts: list[int], ends: list[int]) -> bool:
    """Whether pos lies in one of the merged spans."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def _joined_run(text: str, spans: list, k: int, end: int, limit: int | None = None) -> list[int]:
    """Indices of the run from spans[k]: the spans after it, starting by end, each joined to the last by only 、，和及与."""
    run = [k]
    while ((limit is None or len(run) < limit) and run[-1] + 1 < len(spans) and spans[run[-1] + 1].start <= end
           and _RUN_JOIN_RE.match(text[spans[run[-1]].end:spans[run[-1] + 1].start])):
        run.append(run[-1] + 1)
    return run


def _bounds(delims: list[int], pos: int, n: int) -> tuple[int, int]:
    """The [start, end) between the delimiters around pos."""
    i = bisect.bisect_left(delims, pos)
    start = delims[i - 1] + 1 if i > 0 else 0
    end = delims[i] if i < len(delims) else n
    return start, end


_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_ROW_MEASURE_RE = re.compile(r"[（(][^（）()\t]{1,4}[）)]\s*$")


_NAME_END_RE = re.compile(r"委员会|工作站|服务站|中心|办公室|的|(?<=[\u4e00-\u9fff])省(?![级委政厅内外])")


def _ends_with_colon(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends, past its spaces, with a colon (审结案件中：)."""
    k = end - 1
    while k >= start and text[k] in " \t\u3000":
        k -= 1
    return k >= start and text[k] in "：:"


_LIST_VERB_RE = re.compile(r"(?:全年)?(?:共)?(?:检查|抽查|查处|办理|受理|审核|开展)")
_PART_VERB_RE = re.compile(r"(?:共|依法)?(?:办理|查处|受理|作出|开展|办结|审结)$")
_PART_NAME_CHARS = 24  # a part's whole name (河道管理范围内建设项目工程建设方案审批) within a breakdown's scope


@lru_cache(maxsize=4096)
def _clean_np(s: str, keep: int = 16, cut_verbs: bool = True, head: bool = False) -> str:
    """A readable noun phrase: no leading function words, verbs or quotes, at most `keep` chars — the last ones,
    nearest a figure it precedes, or with head the first ones, nearest a figure it follows."""
    s = s.strip().translate(_NO_QUOTES)
    if "\t" in s:  # a table row: its label is its first cell of words (after a 序号), less the measure in brackets
        s = _ROW_MEASURE_RE.sub("", next((c for c in s.split("\t") if _CJK_RE.search(c)), s.split("\t", 1)[0]))
    if cut_verbs:
        s = _NP_CUT_RE.sub("", s) or s
    s = _NP_LEAD_RE.sub("", s)
    s = _NP_TAIL_RE.sub("", s)
    s = s.lstrip(_QUOTE_CHARS + "、，：；（） ")
    trimmed = s.rstrip(_QUOTE_CHARS + "、，：；（） ")
    # 县（区）, 乡镇（街道）: a name's own closing bracket stays
    s = trimmed + "）" if trimmed.count("（") > trimmed.count("）") and "）" in s[len(trimmed):] else trimmed
    if len(s) <= keep or head:
        return s[:keep]
    tail = s[-keep:]
    if tail[0].isascii() and tail[0].isalnum() and s[-keep - 1].isascii() and s[-keep - 1].isalnum():
        tail = tail.lstrip("0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") or tail  # not 33 of 12333
    # cut inside a name (…律服务工作站全年接待…): start after the name's end in the words kept, when one stands early
    ends = [m.end() for m in _NAME_END_RE.finditer(tail) if m.end() <= keep * 2 // 3]
    return tail[ends[-1]:] if ends else tail


# reports repeat their wording around ever different numbers: most figures' words have been read before
@lru_cache(maxsize=8192)
def _left_cues(measure: str, left: str) -> tuple[str | None, int | None, tuple[str, ...], str | None]:
    """What the words before a figure say: a bound word (至少), where 分别 stands, nouns sharing it, a list name."""
    rm = _RESPECTIVELY_RE.search(left)
    return _far_qualifier(left), (rm.start() if rm else None), _shared_items(measure, left), _list_name(left)


def _shared_items(measure: str, left: str) -> tuple[str, ...]:
    """Nouns sharing one figure: 参考率、通过率和优秀率100% or A、B两项指标均达到100%."""
    if measure != "%" and not _SHARE_MARK_RE.search(left):
        return ()  # the mark must stand in the tail, so in the words before the figure at all
    np_left = _NP_TAIL_RE.sub("", left)
    tail = left[len(np_left):]
    if measure != "%" and not _SHARE_MARK_RE.search(tail):
        return ()
    splitter = _RATE_SPLIT_RE if measure == "%" else _ITEM_SPLIT_RE
    parts = [p.strip(_QUOTE_CHARS + " 等") for p in splitter.split(_NP_LEAD_RE.sub("", np_left))]
    parts = [p for p in parts if p]
    if len(parts) < 2 or all(_BARE_YEAR_RE.fullmatch(p) for p in parts):
        return ()  # (2025年、2026年均不少于5项: years sharing a figure, each its year's, not items)
    if measure == "%" and not all(_RATE_SUFFIX_RE.search(p.replace("”", "").replace("“", "")) for p in parts):
        return ()
    return tuple(parts)


def _zero_items(left: str) -> tuple[str, ...]:
    """The list a zero follows (被申请行政复议、提起行政诉讼0件): a zero is each item's, where a sum would not be."""
    parts = [p.strip(_QUOTE_CHARS + " 等") for p in _ITEM_SPLIT_RE.split(_NP_LEAD_RE.sub("", _NP_TAIL_RE.sub("", left)))]
    parts = [p for p in parts if p]
    return tuple(parts) if len(parts) >= 2 else ()


def _far_qualifier(left: str) -> str | None:
    """The last bound word (至少, 不超过) before a figure, outside quotes: 每年至少开展专题讲座二次."""
    far = None
    for far in _FAR_QUALIFIER_RE.finditer(_QUOTED_RE.sub("", left)):
        pass
    return _PRE_QUALIFIER[far.group(1)] if far is not None else None


def _list_name(left: str) -> str | None:
    """The list (权责清单) named last before a figure."""
    lm = None
    for lm in _LIST_NAME_RE.finditer(left) if "清单" in left else ():
        pass
    return _clean_np(lm.group(), 20) if lm and len(lm.group()) > 2 else None


def _closest(pattern: re.Pattern, window: str, pos: int, left_only: bool = False) -> tuple[int, int] | None:
    """(distance to the figure marker, match start) of the match nearest the marker."""
    best = None
    for m in pattern.finditer(window):
        if m.start() <= pos < m.end():
            d = 0
        elif m.end() <= pos:
            d = pos - m.end()
        elif left_only:
            break
        else:
            d = m.start() - pos - 1
        if best is None or d < best[0]:
            best = (d, m.start())
    return best


def _outside_titles(cue: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether the cue stands in text[start:end] outside a 《》 title (《…医疗机构设置规划》 sets up no body)."""
    for m in cue.finditer(text, start, end):
        if text.rfind("《", start, m.start()) <= text.rfind("》", start, m.start()) or text.find("》", m.end(), end) < 0:
            return True
    return False


def _pick(rules: tuple[Rule, ...], window: str, pos: int, context: str, wide: bool = False) -> Rule | None:
    """The rule that explains the figure at window[pos] best, or None."""
    best, best_key = None, None
    for r, key in _candidates(rules, window, pos, wide):
        if r.context is not None and not r.context.search(context):
            continue
        if best_key is None or key < best_key:
            best, best_key = r, key
    return best


_DOCUMENT_PART_RE = re.compile(r"(?:文件|公文|发文)\s*$")
_DOCUMENT_NOUN_RE = re.compile(r"文件|办法|规定|制度|细则|规则|条例")


# reports repeat their wording around ever different numbers: most windows have been seen before
@lru_cache(maxsize=16384)
def _candidates(rules: tuple[Rule, ...], window: str, pos: int, wide: bool) -> tuple[tuple[Rule, tuple], ...]:
    """The rules whose words stand in the window unvetoed, each with its sort key, in registry order."""
    # near the figure the most specific rule wins; over a sentence (wide) the closest one before the figure,
    # since a sentence names its topic first (rules anchored on '#' may still look after it); a rule whose words
    # stand only in a title (《…许可管理办法》等规范性文件5件) comes after every rule named outside one
    out = []
    titles = [(m.start(), m.end()) for m in BOOK_TITLE_RE.finditer(window)] if "《" in window else ()
    # …》等规范性文件3件 counts documents: what their titles are about is no indicator of its own
    documents_counted = bool(titles) and any(e <= pos and _DOCUMENT_NOUN_RE.search(window, e, pos + 1)
                                             for _s, e in titles)
    for r in rules:
        if r.near.search(window) is None:
            continue  # most rules' words are not in the window: one search says so, cheaper than finding the nearest
        hit = _closest(r.near, window, pos, left_only=wide and not r.anchored)
        if hit is None:
            continue
        if r.exclude is not None:
            # over a sentence only the words leading up to the figure may veto: from 8 characters before the rule's
            # words, or from its clause's start up to 24 (代表建议和省政协十三届二次会议委员提案286件: one total of both)
            lo = min(hit[1], pos)
            clause_s = max(window.rfind("，", 0, lo), window.rfind("。", 0, lo), window.rfind("；", 0, lo)) + 1
            zone = window[min(max(0, lo - 8), max(0, lo - 24, clause_s)): max(hit[1], pos) + 1] if wide else window
            if r.exclude.search(zone):
                continue
        in_title = any(a < hit[1] < b for a, b in titles)
        if in_title and documents_counted:
            continue
        out.append((r, (in_title, hit[0], -r.priority) if wide else (in_title, -r.priority, hit[0])))
    return tuple(out)


@lru_cache(maxsize=4096)
def _rule_scope(rule: Rule, window: str, pos: int) -> str | None:
    """The list or kind a rule's scope pattern names nearest the figure."""
    if rule.scope is None:
        return None
    best = None
    for m in rule.scope.finditer(window):
        d = pos - m.end() if m.end() <= pos else m.start() - pos
        if best is None or abs(d) < best[0]:
            best = (abs(d), m.group(1) if m.groups() else m.group(0))
    if not (best and best[1]):
        return None
    name = best[1] if best[1].count("《") == best[1].count("》") else best[1].replace("《", "").replace("》", "")
    return _clean_np(name, 20) or None  # 颁发《民办学校办学许可证》5份: the name, not half its title marks


def _window(left: str, right: str) -> tuple[str, int]:
    """left + '#' + right, with any '#' of the text blanked so the marker is unique."""
    left, right = left.replace("#", " "), right.replace("#", " ")
    return f"{left}#{right}", len(left)


def _trim(text: str, s: int, e: int, keep_s: int, keep_e: int) -> tuple[int, int]:
    """Shrink [s, e) past blanks, enumerators, joining words and unmatched brackets, never past [keep_s, keep_e)."""
    if e - s > 60:  # a run-on clause: keep the words around the number
        s, e = max(s, keep_s - 36), min(e, keep_e + 24)
    while en := _ENUMERATOR_RE.match(text, s, keep_s):  # （四）一是…: every enumerator in a row
        if en.end() == s:
            break
        s = en.end()
    while s < keep_s and (text[s] in _TRIM_LEAD or (text[s] in _OPENERS and _CLOSER[text[s]] not in text[s:e])):
        s += 1
    while e > keep_e and ((text[e - 1] in _TRIM_TAIL and text[e - 2:e] not in _JOINER_WORDS)
                          or (text[e - 1] in _CLOSERS and _OPENER[text[e - 1]] not in text[s:e])):
        e -= 1
    return s, e


def _is_np_start(ch: str) -> bool:
    """Whether the words after a measure start straight away (11件人大建议), not after punctuation."""
    # a Latin letter too: 3至5家A级旅游景区, 2个APP
    return (("\u4e00" <= ch <= "\u9fff" or ch in "“\"" or "A" <= ch <= "Z" or "a" <= ch <= "z")
            and ch not in _NP_START_STOP)


def _make_part_of(rec: _Record, total: _Record, name: str) -> None:
    """Turn a record into a part of a total found after the pass (its parts named before or after it)."""
    if len(trimmed := _PART_VERB_RE.sub("", name)) >= 2:
        name = trimmed  # 市本级办理218件: the part is 市本级, what it did is the total's
    rec.code, rec.label, rec.parent_code = total.code, total.label, total.code
    rec.scope = "·".join(x for x in (total.scope or total.label, name) if x)
    rec.rule = f"breakdown:{total.rule.split(':')[-1]}"


class _Extractor:
    """One document's pass: finds figures, gives each a meaning, builds Metric records."""

    def __init__(self, text: str, reg: Registry, doc_type: str | None, year: int | None,
                 target_spans: Sequence[tuple[int, int]]):
        self.text, self.reg, self.n = text, reg, len(text)
        self.plan = doc_type == "plan"
        self.report = doc_type == "report"
        self.year = year
        # a year's report quoting its first half (上半年办理行政许可5,460件) beside the year's figures; a half-year
        # report, its title saying so, counts that half
        # (the title may stand under a leftover image or byline line: look at the first lines without a full stop)
        title = [ln for ln in text[:300].split("\n", 6)[:6] if "。" not in ln and len(ln) < 60]
        # a report of months other than a half (1—9月): its own months are its whole period, other parts are parts
        period = next((m.group(1) for ln in title if "半年" not in ln and _TITLE_WORD_RE.search(ln)
                       and (m := _PART_OF_YEAR_TITLE_RE.search(ln))), None)
        # (so does a report titled with its months: 关于2024年1—9月…进展情况的通报, 前三季度…工作总结)
        half_year_title = period is not None or any("半年" in ln and _TITLE_WORD_RE.search(ln) for ln in title)
        self.title_period = _PERIOD_DASH_RE.sub("—", period) if period and doc_type == "report" else None
        self.whole_year_report = (doc_type == "report" and (not half_year_title or self.title_period is not None)
                                  and any(w in text for w in ("季度", "半年", "月")))
        self.half_year_report = doc_type == "report" and half_year_title
        self.has_tabs = "\t" in text
        self.t_starts, self.t_ends = _spans_index(target_spans)
        self.local_pos = [m.start() for m in _DELIM_RE.finditer(text)]
        if "（" in text:
            inner = {k for m in _INNER_BRACKETS_RE.finditer(text) for k in (m.start(), m.end() - 1)}
            if inner:
                self.local_pos = [p for p in self.local_pos if p not in inner]
        if "“" in text and (slogans := {m.start(1) for m in _SLOGAN_COMMA_RE.finditer(text)}):
            self.local_pos = [p for p in self.local_pos if p not in slogans]  # “美丽中国，我是行动者”: one name
        self.clause_pos = [p for p in self.local_pos if text[p] in _CLAUSE_DELIMS]
        self.sentence_pos = [p for p in self.local_pos if text[p] in _SENTENCE_DELIMS]
        self.quotes = [m.span() for m in _QUOTED_RE.finditer(text)]
        self._titles = _spans_index([q for q in self.quotes if text[q[0]] == "《"])
        self.listed_years: set[int] = set()  # ids of figures whose year a 分别 list's item names
        self.figures = self._find_figures()
        self._fig_starts = [f.num_start for f in self.figures]  # every figure, read or not: for zero clauses
        self.records: list[_Record] = []

    def _find_figures(self) -> list[_Figure]:
        """Every number with a measure that is not a year, a name, a slogan or a quoted title."""
        text, traps = self.text, self.reg.traps
        # quotes and traps in one index: a figure in either is out
        no_starts, no_ends = _spans_index(self.quotes + ([m.span() for m in traps.finditer(text)] if traps else []))
        out = []
        for m in _FIGURE_SCAN_RE.finditer(text):
            fig = _parse_figure(m, text)
            if fig is None or _inside(fig.num_start, no_starts, no_ends):
                continue
            lost = fig.num_start >= 2 and text[fig.num_start - 1] in "\ufffd?？"
            if lost and text[fig.num_start - 2].isdigit():
                continue  # 1�5次: a digit was lost, the value is unknown
            if fig.measure == "年" and 1900 <= fig.value <= 2100:
                continue  # a year, not a duration
            if out and fig.start < out[-1].end:
                out.pop()  # 30场至50场: the range from its low end replaces the low end read alone
            out.append(fig)
        if "图" in text and ("单位" in text or "（" in text):
            charts = _chart_figures(text, self.year)
            if charts:
                taken = {(f.num_start, f.num_end) for f in charts}
                out = sorted([f for f in out if (f.num_start, f.num_end) not in taken] + charts,
                             key=operator.attrgetter("start"))
        if "\t" in text:
            # a plan's table looks back as its text does (指标⇥2023年⇥2024年 in a 2025 plan: both years' actuals), up
            # to the nine years a plan's recap may reach
            cells, rows = _table_figures(text, self.year, self.year - 9 if self.plan and self.year else None,
                                         self.title_period)
            if rows:
                row_starts, row_ends = _spans_index(rows)
                out = [f for f in out if not _inside(f.num_start, row_starts, row_ends)]
            out = sorted(out + cells, key=operator.attrgetter("start"))
        return out

    def _where(self, i: int) -> _Where:
        """The words around figure i, bounded by punctuation and by its neighbouring figures."""
        fig, figs, text, n = self.figures[i], self.figures, self.text, self.n
        sentences = self.sentence_pos
        k = bisect.bisect_left(sentences, fig.num_start)
        sent_s = sentences[k - 1] + 1 if k else 0
        sent_e = sentences[k] if k < len(sentences) else n
        ctx_s = sentences[k - 2] + 1 if k > 1 else 0  # the sentence before
        if k > 2 and _ends_with_colon(text, ctx_s, sent_s - 1):
            # 审结案件中：⏎（1）维持593件: a lead-in line speaks for the lines under it, and so does the sentence
            # before it (past a bare number such as the 2 of 2.)
            j = k - 3
            while j > 0 and len(text[sentences[j - 1] + 1:sentences[j]].strip()) <= 3:
                j -= 1
            ctx_s = sentences[j - 1] + 1 if j > 0 else 0
        clause_s, clause_e = _bounds(self.clause_pos, fig.num_start, n)
        loc_s, loc_e = _bounds(self.local_pos, fig.num_start, n)
        prev_end = figs[i - 1].end if i else 0
        next_start = figs[i + 1].start if i + 1 < len(figs) else n
        left_e = fig.start
        if loc_s == fig.start and (note := _NOTE_BEFORE_RE.search(text, max(clause_s, fig.start - 24), fig.start)):
            # 医疗机构（含变更、校验）538件: a note in brackets does not cut the figure off from the words it
            # follows, and its own words (变更) neither name nor qualify it
            left_e = note.start()
            loc_s = _bounds(self.local_pos, left_e, n)[0]
        left_s = max(loc_s, prev_end)
        if (tab := text.rfind("\t", left_s, left_e)) != -1 and _CJK_RE.search(text, tab, left_e):
            left_s = tab + 1  # a task table's cell of words (清理规范性文件不少于100件) reads from its own start
        right_e = max(fig.end, min(loc_e, next_start))
        left, right = text[left_s:left_e], text[fig.end:right_e]
        if "未" in right or "没有" in right:
            right = _before_not_done(right)  # 17份合同中有3份未经合法性审核: the review was not done, names nothing
        right_np = right if right and _is_np_start(right[0]) else ""
        if (not right_np and (card := _CARD_LABEL_RE.match(text, fig.end)) and next_start >= card.end()
                and self._card_line(fig, card)):
            # (a card may be a table's cell: 11.26万件 行政许可办理量⇥1,346件 …; a table's last figure is no card, and
            # a heading on the next line names nothing)
            # 【数说2024】⏎48件｜市政府规范性文件合法性审核: a key-figure line names its figure after a separator
            right, right_np = text[fig.end:card.end()], card.group(1) or card.group(2) or card.group(3)
        since_prev = text[max(sent_s, prev_end, fig.start - _REACH):fig.start]
        return _Where(sent_s, sent_e, clause_s, clause_e, left_s, left, right, right_np,
                      bool(right_np) and right_np[0] not in _PREDICATE_START and not _WITHIN_RE.match(right_np)
                      and not _BARE_ITEMS_AFTER_RE.match(right_np),
                      ctx_s, since_prev)

    def _card_line(self, fig: _Figure, card: re.Match) -> bool:
        """Whether a figure opens a key-figure line (or a table cell) whose name follows it, not a table's last figure
        or a heading on the next line."""
        text = self.text
        line_s = text.rfind("\n", 0, fig.start) + 1
        cell_s = max(line_s, text.rfind("\t", line_s, fig.start) + 1)
        return not text[cell_s:fig.start].strip(" \u3000-*•·●") and (
            card.group(3) is None or "\t" not in text[line_s:fig.start] and not _ENUMERATOR_RE.match(card.group(3)))

    def _add(self, fig: _Figure, where: _Where, rule: Rule | None, how: str, window: str, pos: int,
             label_src: str, np_on_right: bool = False, whole_clause: bool = False) -> _Record:
        """Record a figure with the rule that explains it, or as other named by its own words."""
        head = bool(where.right_np) and label_src == where.right_np  # words after the figure: keep their start
        row = self.text[self.text.rfind("\n", 0, fig.start) + 1:fig.start]
        if "\t" in row:
            label_src, head = row, False  # a table cell: its row's label names it
            if rule is not None and rule.scope is not None and (name := self._row_name(fig)):
                window, pos = _window(name, "")  # 证照管理⇥核发道路运输从业资格证（份）: the row names it, not its group
        if rule is not None:
            # a rule may name a known indicator outside the dictionary (code other): it keeps its own words
            label = self.reg.names.get(rule.code) or _clean_np(label_src, head=head) or fig.measure
            scope = _rule_scope(rule, window, pos) if rule.scope is not None else None
            rec = _Record(fig, where, rule.code, label, f"{how}:{rule.id}", scope,
                          np_on_right=np_on_right, whole_clause=whole_clause)
        else:
            label = _clean_np(label_src, cut_verbs=fig.measure != "%", head=head) or fig.measure  # 按时办结率 keeps its verb
            rec = _Record(fig, where, OTHER, label, f"{how}_other" if how else OTHER,
                          np_on_right=np_on_right, whole_clause=whole_clause)
        self.records.append(rec)
        return rec

    def run(self) -> list[Metric]:
        """Assign meanings, drop what reads as no indicator, and build the Metric records."""
        restarts = self._assign()
        kept_records = [rec for rec in self.records if self._keep(rec)]
        kept = {id(rec.fig) for rec in kept_records}
        if len(kept) < len(self.figures):
            # figures nobody reads as indicators (近3年, 一个) must not cut their neighbours' words short;
            # up to the left neighbour of the first one dropped every figure reads as before
            first = next(i for i, f in enumerate(self.figures) if id(f) not in kept)
            start = max((i for i in range(first) if restarts[i] is not None), default=0)
            done, breakdown = restarts[start] if first else (0, None)
            self.figures = [f for f in self.figures if id(f) in kept]
            self.records = self.records[:done]
            self._assign(start, breakdown)
            kept_records = [rec for rec in self.records if self._keep(rec)]
        return self._finish(kept_records)

    def _rule_of(self, rec: _Record) -> Rule | None:
        """The registry rule a record was read by (near:recon_cases, breakdown:recon_cases → recon_cases), if any."""
        return self.reg.by_id.get(rec.rule.rsplit(":", 1)[-1])

    def _whole_year_at(self, fig: _Figure, w: _Where) -> bool:
        """Whether the text around a figure accounts for a whole year: a full-year report, or a plan's look back on last
        year (2024年，…合法性审核152件（一季度28件、…）: the quarters are parts of that year)."""
        if self.title_period is not None and self.title_period in _PERIOD_DASH_RE.sub("—", self.text[w.sent_s:fig.start]):
            return False  # 1—9月，全市共办理… in a report titled 1—9月: the report's own months
        return self.whole_year_report or self.plan and self._past_year(fig.start, w.sent_s) is not None

    def _done_of(self, rec: _Record) -> str | None:
        """The indicator of the cases a bare progress figure (办结11件) says were done: the sentence's last one before it."""
        if rec.code != OTHER or not (_BARE_DONE_RE.fullmatch(rec.where.left) or _BARE_PROGRESS_RE.fullmatch(rec.where.left)):
            return None
        return next((r.code for r in reversed(self.records) if r.fig.start < rec.fig.start and r.code != OTHER
                     and r.where.sent_s == rec.where.sent_s and r.fig.measure == rec.fig.measure), None)

    def _bodies_listed(self) -> None:
        """Figures paired with the bodies or places a 分别 list names before its verb (区综合行政执法局、区市场监督管理局
        分别开展行政检查1,816次、1,502次) and no total's parts: each is scoped by its body, not the unit's own figure."""
        recs, text = self.records, self.text
        figs = [r.fig for r in recs]
        for k, rec in enumerate(recs):
            left = rec.where.left
            if rec.code == OTHER or rec.parent_code is not None or rec.scope is not None or (at := left.find("分别")) < 0:
                continue
            listed = left[:at]
            if at < 2 and rec.where.clause_s > rec.where.sent_s:
                # …、市交通运输局办理的行政处罚案件居前三位，分别为…: the bodies stand in the clause before
                prev_s = _bounds(self.clause_pos, rec.where.clause_s - 2, self.n)[0]
                lead = _BODIES_LEAD_RE.match(text, max(prev_s, rec.where.sent_s), rec.where.clause_s - 1)
                listed = lead.group(1) if lead else ""
            items = [x.strip(" ，,") for x in _NP_LEAD_RE.sub("", listed).split("、")]
            if len(items) < 2 or not all(_PLACE_NAME_RE.fullmatch(x) for x in items):
                continue
            run = [recs[x] for x in _joined_run(text, figs, k, rec.where.sent_e, len(items))]
            run = run[:next((n for n, r in enumerate(run) if r.code != rec.code), len(run))]
            if len(run) == len(items):
                for r, item in zip(run, items):
                    if r.scope is None and r.parent_code is None:
                        r.scope = item

    def _parts_after_total(self) -> bool:
        """A total, then in its sentence a run of places or bodies each with a figure and nothing more
        (…共办理行政处罚案件1,046件，柳青街道188件、银雀山街道161件 / 柳青街道、银雀山街道分别为188件、161件) that
        adds up to no more than it: the run is its parts, with or without 其中. Whether any changed."""
        changed, recs, text = False, self.records, self.text
        for t, total in enumerate(recs):
            if (total.code == OTHER or total.parent_code is not None or total.fig.measure == "%"
                    or _PLACE_NAME_RE.fullmatch(text[total.where.clause_s:total.fig.start].strip(" 、，,；;：:\t"))):
                continue  # (大气污染类168件，固体废物类57件: an item of a list is no total of the items after it)
            run, names, prev_end = [], [], total.fig.end
            for r in recs[t + 1:]:
                name = r.own_name or text[max(prev_end, r.where.clause_s if r.own_name is None else 0):r.fig.start]
                name = name.strip(" 、，,；;：:\t")
                if (r.where.sent_s != total.where.sent_s or r.parent_code is not None or r.fig.measure != total.fig.measure
                        or r.code not in (OTHER, total.code) or not _PLACE_NAME_RE.fullmatch(name)):
                    break
                run.append(r)
                names.append(name)
                prev_end = r.fig.end
            if len(run) < 2 or sum(r.fig.value for r in run) > total.fig.value + 1e-6:
                continue
            for r, name in zip(run, names):
                _make_part_of(r, total, name)
            changed = True
        return changed

    def _paired_parts(self) -> bool:
        """Totals of two indicators, then 其中 a part of each per subject (检查1,352次，处罚183起，其中市本级检查416次、
        处罚46起；县（市、区）检查936次、处罚137起): each part belongs to the total of its own indicator, named by its
        subject. Whether any changed."""
        changed, text = False, self.text
        for m in _QIZHONG_RE.finditer(text):
            q = m.start()
            st_s = max(text.rfind("。", 0, q), text.rfind("\n", 0, q)) + 1
            st_e = min((p for p in (text.find("。", q), text.find("\n", q)) if p != -1), default=self.n)
            totals: dict[str, _Record] = {}
            after: list[_Record] = []
            for r in self.records:
                if st_s <= r.fig.start < q and r.parent_code is None and r.code != OTHER:
                    totals[r.code] = r
                elif q < r.fig.start < st_e and r.code != OTHER:
                    after.append(r)
            codes = {r.code for r in after} & totals.keys()
            if len(codes) < 2:
                continue  # one indicator's breakdown is read as it goes
            for code in codes:
                total, parts = totals[code], [r for r in after if r.code == code]
                if sum(r.fig.value for r in parts) > total.fig.value + 1e-6 or any(
                        r.fig.measure != total.fig.measure for r in parts):
                    continue
                for r in parts:
                    seg_s = max(q + 2, text.rfind("；", q, r.fig.start) + 1)
                    subject = _SEGMENT_SUBJECT_RE.match(text, seg_s, r.fig.start)
                    name = subject.group(1) if subject else None
                    r.parent_code = code
                    r.scope = "·".join(x for x in (total.scope or total.label, name) if x)
                    changed = True
        return changed

    def _table_sibling_parts(self) -> bool:
        """A table row with no code of its own, or naming a kind of its total's indicator (变更许可), right under a part
        of that total (其中：简易程序⇥件⇥29 / 一般程序⇥件⇥14), in the same year and measure, while the parts still add
        up to no more than the total: the next part. Whether any changed."""
        changed, text, recs = False, self.text, self.records
        for i, r in enumerate(recs):
            if r.parent_code is not None:
                continue
            row_s = text.rfind("\n", 0, r.fig.start) + 1
            if "\t" not in text[row_s:r.fig.start]:
                continue
            label = _row_label(text[row_s:r.fig.start].split("\t"))
            # (变更许可⇥件⇥36 under 其中：新设许可: a kind of the same indicator's applications, named with it; 其他政策文件
            # under 其中：行政规范性文件 below 合法性审核: a kind of the documents reviewed)
            if r.code != OTHER and not (r.code in _PART_KINDS and _PART_KINDS[r.code].match(label)) \
                    and r.code not in _REVIEWED_DOCUMENT_CODES:
                continue
            if not label or label.startswith("其中") or _TOTAL_ROW_RE.match(label):
                continue
            above_e = row_s - 1
            while above_e > 0 and not text[text.rfind("\n", 0, above_e) + 1:above_e].strip():
                above_e = text.rfind("\n", 0, above_e)  # (blank lines between a web table's rows)
            above_s = text.rfind("\n", 0, max(above_e, 0)) + 1
            above = next((p for p in reversed(recs[max(0, i - 12):i]) if above_s <= p.fig.start < above_e
                          and p.parent_code is not None and p.fig.year == r.fig.year and p.fig.measure == r.fig.measure),
                         None)
            if above is None:
                continue
            above_label = _row_label(text[above_s:above.fig.start].split("\t"))
            above_label = _ROW_MEASURE_RE.sub("", _QIZHONG_LEAD_RE.sub("", above_label))
            kinds = _PART_KINDS.get(above.parent_code)
            if (above_label and _ROW_MEASURE_RE.sub("", label).startswith(above_label)) or _STEP_WORD_RE.search(label) or (
                    _CASE_STEP_ROW_RE.match(label) and not (kinds and kinds.match(label))):
                continue  # 其中：市政府本级 over 市政府本级受理: how far the part got, no sibling of it
            total = next((t for t in reversed(recs[:i]) if t.fig.start < above.fig.start and t.code == above.parent_code
                          and t.parent_code is None and t.fig.year == r.fig.year and t.fig.measure == r.fig.measure), None)
            if total is None or r.code not in (OTHER, total.code) and not (
                    r.code in _REVIEWED_DOCUMENT_CODES and total.code in _REVIEW_CODES):
                continue
            parts = [p for p in recs[:i] if p.fig.start > total.fig.start and p.parent_code == total.code
                     and p.fig.year == r.fig.year and p.fig.measure == r.fig.measure]
            if sum(p.fig.value for p in parts) + r.fig.value > total.fig.value + 1e-6:
                continue
            _make_part_of(r, total, _ROW_MEASURE_RE.sub("", label))
            changed = True
        return changed

    def _parts_before_totals(self) -> bool:
        """A 共计/合计 figure after a run of figures in its sentence that add up to it is their total (市本级412件、
        县（市、区）874件，共计1,286件; …基础信息412条，工作动态563条，…，共计1268条): its code is the run's, or,
        when the parts differ, the sentence's topic's; parts with no code of their own are its parts. Whether any changed."""
        changed = False
        recs = self.records
        for t, total in enumerate(recs):
            w = total.where
            if (t < 2 or total.parent_code is not None or total.fig.measure == "%"
                    or not _TOTAL_AFTER_PARTS_RE.fullmatch(self.text, w.clause_s, total.fig.start)):
                continue
            run = []
            for rec in reversed(recs[:t]):
                if rec.where.sent_s == w.sent_s and rec.parent_code is not None:
                    continue  # …政策解读79条（其中图解、视频解读23条），共计1268条: a part of a part is no item
                if (rec.where.sent_s != w.sent_s or rec.parent_code is not None or rec.fig.measure != total.fig.measure
                        or rec.fig.year != total.fig.year):
                    break
                run.insert(0, rec)
            while len(run) >= 2 and abs(sum(r.fig.value for r in run) - total.fig.value) > 1e-6:
                run.pop(0)
            if len(run) < 2:
                continue
            # the first part names the topic (办理行政许可：市本级412件、…); a code only a later part has is that
            # part's own (…，政策解读79条，共计1268条), so the total's comes from the words before the run
            if run[0].code != total.code or any(r.code not in (OTHER, total.code) for r in run):
                head = self.text[run[0].where.ctx_s:run[0].fig.start]
                window, pos = _window(head, "")
                rule = _pick(self.reg.for_measure(total.fig.measure), window, pos, head, wide=True)
                if rule is None:
                    continue
                total.code, total.label, total.rule = rule.code, self.reg.names.get(rule.code) or total.label, f"total:{rule.id}"
            for k, r in enumerate(run):
                if r.code in (OTHER, total.code):
                    left = self.text[run[k - 1].fig.end if k else r.where.clause_s:r.fig.start].rsplit("等", 1)[-1]
                    own = r.own_name or _clean_np(left, _PART_NAME_CHARS)
                    if own.count("（") != own.count("）"):
                        own = left.strip(" 、，,；;：:\t")  # (、县（市、区）874件: the brackets are the name's)
                    if len(bare := _LEAD_VERBS_RE.sub("", own)) >= 2:
                        own = bare  # (受理办结危险化学品经营许可821件: the part is the licence, what was done is the total's)
                    _make_part_of(r, total, own)
            changed = True
        return changed

    def _assign(self, start: int = 0, breakdown: tuple[_Record, int, tuple | None] | None = None) -> list[tuple | None]:
        """Give every figure from start on a meaning, in text order; per figure, the state to start over from there."""
        text, figs = self.text, self.figures
        respectively: dict[int, str] = {}  # figure index -> its noun from a 分别 list
        # breakdown: (parent, where the breakdown ends, the breakdown around it or None), as the figures before start
        # left it
        last_in_clause: dict[int, _Record] = {}
        restarts: list[tuple | None] = [None] * start  # (records so far, breakdown), None where no pass may start
        seen_ahead, prev_clause = -1, -1  # the furthest figure a 分别 list has looked at
        delta_clause = -1  # the clause whose last figure was a change
        for i in range(start, len(figs)):
            fig, w = figs[i], self._where(i)
            # a pass may start over at the first figure of a clause when no 分别 list before it looked that far:
            # what comes after reads earlier records (breakdown parents) but changes only its clause's (由…减至)
            fresh = w.clause_s != prev_clause and seen_ahead < i
            restarts.append((len(self.records), breakdown) if fresh else None)
            prev_clause = w.clause_s
            # a rule's context words may stand anywhere in this sentence or the one before (a table's row is its own
            # sentence: 监督检查（户次） under a “双随机”抽查 row is no random check)
            row_s = text.rfind("\n", 0, fig.start) + 1 if self.has_tabs else 0
            context = (text[row_s:text.find("\n", fig.end) % (len(text) + 1)]
                       if self.has_tabs and text.find("\t", row_s, fig.start) != -1
                       else text[max(w.ctx_s, fig.start - 2 * _REACH):min(w.clause_e, fig.end + _REACH)])
            rules = self.reg.for_measure(fig.measure)
            far, respectively_at, shared, list_name = _left_cues(fig.measure, w.left)
            if not shared and fig.value == 0 and "、" in w.left:
                shared = _zero_items(w.left)  # 被申请行政复议、提起行政诉讼0件: none of either
            if fig.qualifier == "exact":
                fig.qualifier = far or fig.qualifier

            if breakdown is not None and (fig.start >= breakdown[1] or _STATEMENT_START_RE.match(text[w.clause_s:fig.start])
                                          # …其中…分别为41件、29件，受理136件，审结129件: the received cases' progress
                                          or _BARE_PROGRESS_RE.fullmatch(w.left)
                                          # 审结312件，其中维持205件…，尚有19件正在审理中: the rest is not concluded
                                          or _STILL_OPEN_LEFT_RE.fullmatch(w.left) and _STILL_OPEN_RIGHT_RE.match(w.right)
                                          or "其中" not in w.left and _ACCEPTED_RE.fullmatch(w.left)
                                          or "其中" not in w.left and self._own_verb_opens(w, breakdown[0])):
                # a breakdown inside another (412件（其中…36件），842件) gives way to the one around it
                outer = breakdown[2]
                breakdown = outer if outer is not None and fig.start < outer[1] else None
            if _BREAKDOWN_RE.search(w.since_prev):  # most figures follow no 其中
                opened = self._breakdown_opened(fig, w)
                if opened is not None:
                    inside = breakdown is not None and opened[0] is not breakdown[0] and opened[1] <= breakdown[1]
                    if inside and w.sent_e < opened[1]:
                        opened = (opened[0], w.sent_e)  # …，其中B 36件；C 842件: past the semicolon, C is A's sibling
                    breakdown = (*opened, breakdown if inside else None)

            if fig.column:
                # a table whose header names each column's indicator: the column's words name the figure, and the
                # row (危险化学品) is a part of the whole unless it is the total (合计); with years over the columns,
                # the row names it
                window, pos = _window(fig.column, "")
                rule = _pick(rules, window, pos, fig.column)  # another column's words (其中“双随机”) are not this one's
                row = text[text.rfind("\n", 0, fig.start) + 1:fig.start]
                row_label = _row_label(row.split("\t"))
                by_row = False
                if row_label and not _TOTAL_ROW_RE.match(row_label):
                    # 行政规范性文件⇥3 under 本年制发件数, 行政许可⇥18,476 under 本年处理决定数量: the row names the
                    # thing, the column what was done with it (规章⇥0 under 本年废止件数 is no repealed normative
                    # document); a row naming nothing (危险化学品 under 检查企业) is a part of the column's indicator
                    both = row_label + fig.column
                    b_window, b_pos = _window(both, "")
                    both_rule = _pick(rules, b_window, b_pos, both)
                    r_window, r_pos = _window(_TABLE_MEASURE_NOTE_RE.sub("", row_label), "")
                    row_rule = _pick(rules, r_window, r_pos, row_label) or _pick(self.reg.rules, r_window, r_pos, row_label)
                    column_names_a_thing = bool(_COLUMN_ACTION_RE.sub("", fig.column))
                    if both_rule is not None and not (rule is not None and column_names_a_thing and row_rule is None
                                                      and both_rule.code != rule.code
                                                      and not _ACTION_HEAD_RE.fullmatch(_PLACE_LEAD_RE.sub("", row_label))):
                        # (公路水运工程建设⇥3 under 抽查事项（个）: a row naming no indicator is a part of the column's,
                        # whatever its words would veto together with the column's: 工程 is no check item alone; a row
                        # of a step, 其中：维持 under 行政复议, still names its own)
                        by_row = rule is None or both_rule.code != rule.code or not column_names_a_thing
                        rule, window, pos = both_rule, b_window, b_pos
                    elif row_rule is not None or not column_names_a_thing:
                        # the row's words veto a column that names only an action (规章 under 本年废止件数); a column
                        # that names its thing (零售许可证办理数量) keeps the row as a kind of it (歇业（注销）)
                        by_row, rule = True, None
                    if rule is not None and rule.code in _CASE_CODES and _CASE_STEP_ROW_RE.match(row_label):
                        by_row, rule = True, None
                if _FINDINGS_COLUMN_RE.search(fig.column):
                    by_row, rule = True, None  # 反馈问题（个）⇥已整改（个）: an inspection's findings by area, no work done
                if fig.group and rule is not None and not _STACK_TOTAL_RE.search(fig.column):
                    g_window, g_pos = _window(fig.group, "")
                    group_rule = _pick(rules, g_window, g_pos, fig.group)
                    if group_rule is not None and group_rule.code == rule.code:
                        rule = None  # 行政复议⇥其他结果: one kind of the group's cases, no total of them
                rec = self._add(fig, w, rule, "column", window, pos, fig.column, whole_clause=True)
                if rule is None:
                    rec.label = fig.column
                if fig.part:
                    by_row, rec.scope = True, fig.part
                # (a year from the table's caption, not over the columns, leaves the row a part: 取水许可⇥126)
                if ((fig.year is None or fig.column != row_label) and row_label and not _TOTAL_ROW_RE.match(row_label)
                        and not by_row):
                    rec.scope = row_label
                if fig.sub and rule is not None and _pick(rules, *_window(fig.sub, ""), fig.sub) is None:
                    # 暨阳市场监管所⇥…⇥27⇥96 under 行政处罚 over 简易程序（件）⇥普通程序（件）: the row's cases of each kind
                    rec.scope = "·".join(x for x in (rec.scope, fig.sub) if x)
                last_in_clause[w.clause_s] = rec
                continue

            if fig.year is None and "分别" in text[w.clause_s:fig.start]:
                self._listed_years_before(i, w)
            if "分别" in w.left and i not in respectively and respectively_at is None:
                self._spread_bound(i, w)  # 分别开展…不少于600户、700户、800户: no pairs, one bound
            if respectively_at is not None and i not in respectively:
                self._spread_bound(i, w)
                pairs, looked_at = self._respectively(i, w, respectively_at)
                respectively.update(pairs)
                seen_ahead = max(seen_ahead, looked_at)
            if i in respectively:
                item = respectively[i]
                if _PART_OF_YEAR_RE.match(item) and self._whole_year_at(fig, w):
                    # 一季度、二季度普法活动分别为21场、33场 in a year's account: parts of the year, as a clause opening so
                    self._add(fig, w, None, "part_of_year", "", 0, w.left)
                    continue
                window, pos = _window(item, "")
                rule = _pick(rules, window, pos, context)
                if rule is None and len(item) <= 6 and not _RATE_SUFFIX_RE.search(item):
                    # 受理、办结行政许可分别为…: a verb shares the object the last item ends with (its own verb, 办结,
                    # left behind: 制定、废止规范性文件 are not both repeals); a rate names itself (办结率、满意率)
                    tail = max((v for k, v in respectively.items() if k > i and self.figures[k].start < w.sent_e),
                               key=len, default="")
                    window, pos = _window(item + (tail[2:] if len(tail) > 4 else tail), "")
                    rule = _pick(rules, window, pos, context)
                if rule is None:
                    # 检查道路运输企业、客运站、机动车维修企业分别为…: the verb the first item opens with is each one's
                    first = min((k for k in respectively if self.figures[k].start >= w.sent_s), default=i)
                    if first != i and (verb := _LIST_VERB_RE.match(respectively[first])):
                        window, pos = _window(verb.group() + item, "")
                        rule = _pick(rules, window, pos, context)
                if (breakdown is not None and (rule is None or rule.code == breakdown[0].code)
                        and breakdown[0].code != OTHER and _same_kind_of_measure(fig.measure, breakdown[0].fig.measure)):
                    # 案件35件，其中简易程序、普通程序分别为12件、23件: the parts of the figure broken down, each named
                    # by its item (an outcome, 维持、撤销分别为…, is a part with no code of its own)
                    parent = breakdown[0]
                    last_in_clause[w.clause_s] = self._part(fig, w, parent, item, OTHER if _outcome_verb(item) else parent.code,
                                                            parent.label, whole_clause=True)
                    continue
                rec = last_in_clause[w.clause_s] = self._add(fig, w, rule, "respectively", window, pos, item, whole_clause=True)
                verb = _LIST_VERB_RE.match(item)
                rec.own_name = item[verb.end():] if verb and len(item) - verb.end() >= 2 else item
                continue

            if shared:
                for item in shared:
                    window, pos = _window(item, "")
                    rule = _pick(rules, window, pos, context)
                    rec = self._add(fig, w, rule, "shared", window, pos, item, whole_clause=True)
                last_in_clause[w.clause_s] = rec
                continue

            if (_DELTA_RE.search(w.left) or _DELTA_RE.search(text, max(w.clause_s, fig.start - 16), fig.start)
                    or fig.measure in _FLOW_MEASURES and _TREND_TO_RE.match(text, fig.end)
                    and _FROM_RE.search(text, max(0, fig.start - 6), fig.start)
                    # 权重由原来的百分之五提高到百分之八: a share's setting before, as a year's rate before
                    or fig.measure == "%" and _RATE_TO_RE.match(text, fig.end)
                    and _FROM_RE.search(text, max(0, fig.start - 6), fig.start)
                    or (_PART_OF_YEAR_RE.match(text, w.clause_s) or _PART_OF_YEAR_CLAUSE.search(w.since_prev))
                    and self._whole_year_at(fig, w)
                    or fig.measure == "个百分点"
                    or fig.measure == "%" and _RATE_CHANGE_RE.search(w.left)
                    or fig.measure == "%" and "\t" in w.left and _under_change_head(text, fig.start)
                    or delta_clause == w.clause_s and _LIST_JOIN_RE.fullmatch(w.left)):
                delta_clause = w.clause_s  # 同比分别下降25%、40%: the list goes on changing
                continue  # a change between two years or two rates
            if _part_of_year_named(w.left) and self._whole_year_at(fig, w):
                # …中心组上半年集中学法3次、全年累计集中学法6次: a part of the year, kept as a figure of no indicator so
                # its neighbour's words still stop at it
                self._add(fig, w, None, "part_of_year", "", 0, w.left)
                continue
            if (self.report and self.year is not None and (later := _LATER_MONTH_RE.match(text, w.sent_s)) is not None
                    and int(later.group(1)) > self.year and not _inside(fig.num_start, self.t_starts, self.t_ends)
                    and not _AIM_WORDS_RE.search(text, w.sent_s, fig.start)):
                continue  # 2025年1月，又新收到行政复议申请2件 in a 2024 report: next year's month, no figure of the year
            if (self.plan and (part := _THIS_YEAR_PART_RE.match(text, w.sent_s)) is not None
                    and (part.group(1) is None or self.year is not None and int(part.group(1)) == self.year)
                    and not _AIM_WORDS_RE.search(text, part.end(), fig.end) and not _TURN_AHEAD_RE.search(text, part.end(), fig.start)):
                continue  # 今年1—2月，委本级已受理…218件 in a plan: the months gone by of its own year, no year's figure
            if self.report and _SAME_PERIOD_LAST_YEAR_RE.match(text, w.clause_s):
                continue  # 去年同期复议、诉讼案件共5件: last year's figure to compare with, not the year's work
            if (self.report and self.year is not None and fig.year is None
                    and (past := _PAST_YEAR_WORK_RE.search(text, w.clause_s, fig.start)) is not None
                    and int(past.group(1)) < self.year and not _PAST_YEAR_WORK_VERB_RE.search(text, w.clause_s, past.start())):
                continue  # 督察指出：…中心组2023年仅开展专题学法2次: a report quoting a year gone by, not its own year's work
            cue = self.reg.context_skips.get(fig.measure)
            # (抽取调查对象112家开展统计执法检查，其中规模以上工业企业46家: a part of work done is work too)
            work_s = breakdown[0].where.clause_s if breakdown is not None and breakdown[0].code != OTHER else w.clause_s
            if cue is not None and cue.search(text, w.sent_s, fig.start) and any(
                    _outside_titles(c, text, w.sent_s, fig.start)
                    and not (cancel and cancel.search(text, work_s, fig.start))
                    for c, cancel in self.reg.context_skip_rules[fig.measure]):
                # 市场主体42.5万户，其中企业11.2万户: the sentence is about the economy (服务外贸企业200家 is work)
                continue
            if fig.qualifier == "lt" and _SOME_UNITS_RE.search(text, w.clause_s, fig.start):
                continue  # 有2个县全年作出行政处罚决定不足8件: a shortfall of some units, no count
            if self._counts_no_work(fig, w) or _NOT_DONE_AFTER_RE.match(text, fig.end) or _CRIMINAL_NOTE_RE.match(text, fig.end):
                # (醉酒驾驶83起均已移送刑事立案: crimes, counted by the police and the courts)
                continue  # 市直51个部门, 3份未经合法性审核: what the figure counts is not work done

            rule, how, window, pos = None, "", "", 0
            if w.right_np:
                window, pos = _window("", w.right_np)
                rule, how = _pick(rules, window, pos, context), "right"
                if (rule is None or rule.exclude is not None) and _LIST_JOIN_END_RE.search(w.right_np):
                    # 对11件规范性文件和32份合同协议开展合法性审核: the verb after the list is every item's, and it
                    # may veto what the item's own words name (审核 is no 制定) or name what they do not (合同协议)
                    j = i + 1
                    while j < len(figs) and figs[j].start < w.clause_e:
                        j += 1
                    tail = text[figs[j - 1].end:w.clause_e]
                    if j > i + 1 and (rule is None or rule.exclude.search(tail)):
                        t_window, t_pos = _window("", tail)
                        rule = _pick(rules, t_window, t_pos, context)
                        window, pos, how = (t_window, t_pos, "listed") if rule is not None else (window, pos, "")
                if rule is not None and rule.exclude is not None and rule.exclude.search(w.left[-8:]):
                    rule = None  # 随机抽取在建工程项目58个开展联合抽查: the noun before the figure vetoes the verb after
                elif (rule is not None and not w.right_is_noun and not _LIST_JOIN_END_RE.search(w.left)
                      and (left_rule := _pick(rules, *_window(w.left[-10:], ""), context)) is not None
                      and left_rule.code != rule.code):
                    # 行政许可事项11项全部纳入政务服务平台 (…68项全部实行告知承诺): the noun before the figure names it, not
                    # the predicate
                    rule = None
                    if _ALL_PREDICATE_RE.match(w.right):  # (…全部实行告知承诺: the noun before is all that names it)
                        rule, how = left_rule, "near"
                        window, pos = _window(w.left, "")
            if rule is None and not w.right_is_noun:
                window, pos = _window(w.left, w.right_np)
                rule, how = _pick(rules, window, pos, context), "near"
                if (_COVER_LEAD_RE.match(w.left) and w.clause_s > w.sent_s and w.left_s <= w.clause_s + 1
                        and (rule is not None or _BARE_ITEMS_RE.fullmatch(w.left))):
                    # 修订…处罚裁量基准，覆盖处罚事项不少于300项: a clause with no subject of its own covers what the
                    # clause before made
                    prev_s = max(w.sent_s, max(text.rfind(c, w.sent_s, w.clause_s - 1) for c in "，,；") + 1)
                    c_window, c_pos = _window(text[prev_s:fig.start], w.right_np)
                    if (cover_rule := _pick(rules, c_window, c_pos, context)) is not None and (
                            rule is None or cover_rule.priority > rule.priority):
                        rule, window, pos = cover_rule, c_window, c_pos
                if rule is not None and (head := _HEAD_AFTER_DENG_RE.search(w.left)):
                    # “法律明白人”培训、“送法下乡”等普法活动560余场: the kind after 等 is what is counted
                    h_window, h_pos = _window(head.group(1), w.right_np)
                    if (head_rule := _pick(rules, h_window, h_pos, context)) is not None and head_rule.code != rule.code:
                        rule, window, pos = head_rule, h_window, h_pos
                if rule is None and fig.measure == "%" and w.right.startswith("的"):
                    # 按10%的权重纳入…考核: what a share is of may follow it after 的
                    window, pos = _window(w.left, w.right)
                    rule = _pick(rules, window, pos, context)
                if (rule is not None and rule.exclude is not None and len(w.left.strip()) <= 4
                        and rule.exclude.search(text, w.sent_s, fig.start)):
                    rule = None  # 制定省政府规章6件，修改4件，废止3件: a bare verb's object is the sentence's, which may veto it
                if (rule is None or rule.exclude is not None) and _LIST_JOIN_RE.match(w.right):
                    # 对规范性文件19件、合同协议46份进行合法性审核: the verb after a list of nouns with their figures is
                    # every item's, and may veto what the first item's own words name, or name what they do not
                    # (对合同协议46份、规范性文件12件进行合法性审核)
                    j = i + 1
                    while j < len(figs) and figs[j].start < w.clause_e:
                        j += 1
                    tail = text[figs[j - 1].end:w.clause_e]
                    if j > i + 1 and (rule.exclude.search(tail) if rule is not None else _LIST_VERB_TAIL_RE.match(tail)):
                        t_window, t_pos = _window("", tail)
                        if (listed_rule := _pick(rules, t_window, t_pos, context)) is not None:
                            rule, window, pos, how = listed_rule, t_window, t_pos, "listed"
                if rule is not None and rule.exclude is not None:
                    # 审查合同协议35份、规范性文件12件: a list item shares the verb of the figure it is joined to,
                    # and that verb may veto its own words' rule (规范性文件 alone would be 制定)
                    listed = self._listed_after(w, rules, last_in_clause.get(w.clause_s))
                    if (listed is not None and rule.exclude.search(text[w.clause_s:listed[1]])
                            and not _outcome_verb(w.left)):  # 维持9件、驳回复议申请2件: its own outcome
                        rule, how = listed[0], "listed"
            if (rule is not None and breakdown is not None and rule.exclude is not None
                    and breakdown[0].code not in (rule.code, OTHER)
                    and rule.exclude.search(text, breakdown[0].where.clause_s, breakdown[0].fig.start)):
                # 开展合法性审核56件，其中规范性文件18件: a part named by a word whose rule the parent's own verb vetoes
                # (审核 is no 制定) is a part of the parent, not that rule's indicator
                rule = None
            if (rule is not None and breakdown is not None and rule.priority <= _WEAK_PRIORITY
                    and breakdown[0].code not in (rule.code, OTHER)
                    and _same_kind_of_measure(fig.measure, breakdown[0].fig.measure)):
                # 行政许可28件，其中雷电防护装置设计审核11件: a generic word (审核) does not take a part from its parent
                rule = None
            parent_rule = self._rule_of(breakdown[0]) if breakdown is not None else None
            sued_after = (rule is not None and breakdown is not None and breakdown[0].code == "litigation_cases"
                          and _SUED_AFTER_RE.search(w.left) is not None)
            if (rule is not None and parent_rule is not None and parent_rule.code == breakdown[0].code != rule.code
                    and ((rule.code, breakdown[0].code) in _KINDS_OF_PARENT or sued_after)):
                # 抽查事项163项，其中重点检查事项98项、一般检查事项65项: kinds of the random checks' items, not the
                # inspection items of the unit's list of powers; 一审行政诉讼案件126件（其中经市政府复议后起诉的98件）:
                # lawsuits brought after a reconsideration are lawsuits, whatever the reconsideration's words count
                rule = parent_rule
            if (rule is not None and breakdown is not None and breakdown[0].code not in (rule.code, OTHER)
                    and self.reg.groups.get(rule.code) != self.reg.groups.get(breakdown[0].code)
                    and parent_rule is not None
                    and fig.measure in self.reg.by_measure and parent_rule in self.reg.for_measure(fig.measure)
                    and parent_rule.near.search(w.left)):
                # 会前学法12次（含线上学法5次）: the part names its parent's own thing (学法), whatever else its words
                # would count alone (线上 is no online service)
                rule = parent_rule
            if (rule is not None and breakdown is not None and breakdown[0].code in _DISPUTE_CODES
                    and rule.code not in _DISPUTE_CODES and rule.code not in _DISPUTE_OUTCOME_CODES
                    and _same_kind_of_measure(fig.measure, breakdown[0].fig.measure)):
                # 受理的案件中，涉及行政处罚的512件、政府信息公开的196件: the acts disputed sort the cases, they are
                # no penalties or disclosures of their own
                rule = None
            if (rule is not None and breakdown is not None and rule.code != breakdown[0].code != OTHER
                    and _KIND_SHARE_RE.fullmatch(w.left)
                    and _same_kind_of_measure(fig.measure, breakdown[0].fig.measure)):
                # 热线工单12.6万件，其中咨询类4.1万件、投诉类2.9万件: a kind (X类) is a share of the whole, whatever its
                # name would count alone
                rule = None
            if (rule is not None and breakdown is not None and rule.context is not None
                    and breakdown[0].code not in (rule.code, OTHER)
                    and not rule.context.search(text, breakdown[0].where.clause_s, fig.end)
                    and not rule.context.search(breakdown[0].label)):  # 受理38件 read as 行政复议案件数 has the topic
                # 行政复议1件…；行政应诉案件5件，其中1件尚在审理中: the topic the rule needs (复议) is another clause's,
                # not the breakdown's
                rule = None
            if (rule is not None and breakdown is not None and _outcome_verb(w.left) and not sued_after
                    and rule.code in (breakdown[0].code, self._done_of(breakdown[0]))):
                # 受理投诉28件，其中驳回投诉19件: an outcome that names the parent's cases again is a part of them
                # (受理投诉11件，办结11件，其中驳回投诉6件: or the cases the parent says were done)
                rule = None
            if (rule is not None and rule.id == "review_generic"
                    and (_CLEANUP_NEXT_RE.match(text, w.clause_e) or _CLEANUP_BEFORE_RE.search(text, w.sent_s, w.clause_s))
                    and (cleaned := self.reg.by_code.get("policy_docs_cleaned")) is not None):
                rule = cleaned  # …规范性文件268件全部进行审查，经清理，决定废止19件: the review is the cleanup's
            if rule is not None:
                rec = self._add(fig, w, rule, how, window, pos, w.right_np if how == "right" else w.left,
                                np_on_right=how == "right")
            else:
                rec = self._fallback(fig, w, rules, context, breakdown, last_in_clause.get(w.clause_s))
            rec.list_name = list_name
            if (breakdown is not None and breakdown[0] is not rec and rec.parent_code is None
                    and _same_kind_of_measure(fig.measure, breakdown[0].fig.measure)):
                parent = breakdown[0]
                rec.parent_code = parent.code
                if rec.scope is None:
                    rec.scope = parent.list_name or parent.scope
                    own = rec.code == parent.code != OTHER and (_clean_np(w.left, _PART_NAME_CHARS) or _clean_np(w.right_np))
                    sm = _PART_SUBJECT_RE.match(w.left) if own else None
                    if sm is not None and "本级" in sm.group(1):
                        own = sm.group(1)  # 其中市局本级办理食品生产…等行政许可3,146件: who did them, before what they were
                    elif own and own in (parent.label or "") + (self.reg.names.get(parent.code) or ""):
                        if sm is not None:
                            own = sm.group(1)  # 其中委本级办理行政许可812件: the part is who did them (委本级)
                        elif sm := _PART_RESPONDENT_RE.search(w.left):
                            # 其中以市公安局为被申请人的…: whose acts were disputed; 其中，以市局为被申请人的行政复议案件5件
                            # under the system's cases: the unit's own, no part to name
                            own = "" if _OWN_RESPONDENT_RE.fullmatch(sm.group()) else sm.group()
                    if own:
                        # 行政许可1286件，其中公共场所卫生许可412件: a part is no second total of its parent's indicator
                        rec.scope = f"{rec.scope or parent.label}·{own}"
            elif (breakdown is not None and breakdown[0] is not rec and rec.code == breakdown[0].code != OTHER
                  and rec.scope is None and self.text.startswith(("（", "("), breakdown[0].fig.end)
                  and (own := _clean_np(w.left, _PART_NAME_CHARS))):
                # 行政检查116次（涉及企业98家次）: the same checks counted by what they reached, no second total
                rec.scope = f"{breakdown[0].scope or breakdown[0].label}·{own}"
            if fig.part and not fig.column and rec.code != OTHER and fig.part not in (rec.scope or ""):
                rec.scope = "·".join(x for x in (rec.scope, fig.part) if x)  # 办理行政许可⇥件⇥412,386 under 全市
            if (rec.code in _DISPUTE_CODES and rec.parent_code is None
                    and _CONCLUDED_RE.search(self._row_name(fig) or w.left) and "其中" not in w.left
                    and any(r.code == rec.code and r.parent_code is None and r.fig.year == fig.year
                            for r in self.records if r is not rec)):
                # 受理行政复议案件1,402件。…审结行政复议案件1,318件 (or a table's 审结（件） row): how many of the
                # cases counted before were closed
                rec.code, rec.rule, rec.label = OTHER, f"progress:{rec.code}", f"审结·{rec.label}"
            if (rec.code != OTHER and fig.measure in _HEADCOUNT_MEASURES and i > 0
                    and figs[i - 1].measure not in _HEADCOUNT_MEASURES
                    and text.startswith(("（", "("), figs[i - 1].end) and "）" not in text[figs[i - 1].end:fig.start]):
                # 群众来访64件（涉及213人次）: the people the cases before concern, no count of cases
                rec.code, rec.parent_code, rec.rule = OTHER, None, "headcount"
                rec.label = _clean_np(w.left) or rec.label
            last_in_clause[w.clause_s] = rec
        return restarts

    def _listed_after(self, w: _Where, rules: tuple[Rule, ...], prev: _Record | None) -> tuple[Rule, int] | None:
        """(rule, start) of the figure just before when this one is the next item of its list (、 or 和 between)."""
        if prev is None or prev.code == OTHER or w.left_s != prev.fig.end or not _LIST_JOIN_RE.match(w.left):
            return None
        rid = prev.rule.rsplit(":", 1)[-1]
        rule = next((r for r in rules if r.id == rid), None)
        return (rule, prev.fig.start) if rule is not None else None

    def _fallback(self, fig: _Figure, w: _Where, rules: tuple[Rule, ...], context: str,
                  breakdown: tuple[_Record, int, tuple | None] | None, prev: _Record | None) -> _Record:
        """No rule near the figure: a change of the figure before, a breakdown part, the sentence, or other."""
        text = self.text
        if prev is not None and _CHANGE_RE.match(w.left.strip()):
            # 由16个减至14个: the second figure is the same indicator after the change
            rec = _Record(fig, w, prev.code, prev.label, f"change:{prev.rule.split(':')[-1]}", scope="调整后",
                          parent_code=prev.parent_code, whole_clause=True)
            if _FROM_RE.search(text[max(0, prev.fig.start - 6):prev.fig.start]):
                prev.scope, prev.whole_clause = "调整前", True
            self.records.append(rec)
            return rec
        if (fig.measure == "%" and (step_e := text.rfind("个百分点", max(w.sent_s, fig.start - 40), fig.start)) != -1
                and _STAGE_ONLY_RE.fullmatch(text, step_e + 4, fig.start)):
            # 一窗受理率逐年提高5个百分点，到2026年达到95%以上: the level the steps reach is the rate named before them
            named = text[max(_bounds(self.clause_pos, step_e, self.n)[0], w.sent_s):step_e]
            window, pos = _window(named, "")
            if (rate_rule := _pick(rules, window, pos, context)) is not None:
                return self._add(fig, w, rate_rule, "stage", window, pos, named, whole_clause=True)
        if self.records and (last := self.records[-1]).code != OTHER and last.fig.measure == fig.measure and (
                # 2022年至2024年分别举办2期、3期、3期: the years' run shares the first figure's indicator
                (listed := id(fig) in self.listed_years and id(last.fig) in self.listed_years
                 and bool(_RUN_JOIN_RE.match(text[last.fig.end:fig.start])))
                # …集中学法不少于10次；2025年不少于12次 / 满意率2024年达到92%，2026年达到95%以上: the next stage of the
                # same indicator, its year and bound alone
                or _STAGE_ONLY_RE.fullmatch(text, last.fig.end, fig.start)):
            rec = self._add(fig, w, self._rule_of(last), "listed_year" if listed else "stage",
                            "", 0, last.label, whole_clause=listed)
            rec.scope = last.scope
            return rec
        # (a table cell's left is the cells before it: 101.7% of a completion-rate column names nothing)
        own = next((o for o in (_clean_np(w.left, _PART_NAME_CHARS), _clean_np(w.right_np)) if _LETTER_RE.search(o)), "")
        name_cell = self._row_name(fig)
        if (breakdown is not None and (_same_kind_of_measure(fig.measure, breakdown[0].fig.measure) or (
                # 政府信息6482条，其中县政府文件87件: a document is one item of information
                fig.measure == "件" and breakdown[0].fig.measure == "条" and _DOCUMENT_PART_RE.search(w.left)))
                and not (fig.measure == "个" and _BODIES_AFTER_RE.match(text, fig.end))):
            # (16个乡镇（街道）…共办理…238件: how many places did the work is no part of the work)
            # a table cell: the row's name cell names the part (简易程序（户次）⇥401⇥376, not ⇥401⇥)
            own = _clean_np(name_cell) or own
            parent = breakdown[0]
            if own and len(own) >= 2 and own[-2:] not in parent.where.left:
                # 人大代表建议38件、政协提案52件，其中主办建议21件: the part names the figure it is a part of
                # (or the sentence before it in the paragraph: 承办人大代表建议10件、政协提案15件。其中，主办建议6件)
                parent = next((r for r in reversed(self.records[-8:]) if r is not parent and r.parent_code is None
                               and (r.where.sent_s == parent.where.sent_s or parent.where.sent_s != w.sent_s
                                    and r.where.sent_s >= text.rfind("\n", 0, parent.fig.start))
                               and r.fig.measure == fig.measure
                               and r.code not in (OTHER, parent.code) and own[-2:] in r.where.left), parent)
            if (own and not name_cell and self.records and w.left_s == (prev := self.records[-1]).fig.end
                    and prev.where.right_np and w.left.startswith(prev.where.right_np)
                    and _LIST_JOIN_END_RE.search(w.left) and _clean_np(w.right, head=True)):
                # 其中1件维持、1件因申请人撤回申请终止: the words before this figure named the one before it
                own, right_named = _clean_np(w.right, head=True), True
            else:
                right_named = False
            # 其中维持45件、撤销7件: an outcome with no code of its own is a part, not more of the parent's indicator;
            # so is a part the parent's own rule rules out (处罚决定…，其中不予行政处罚1.3万件)
            parent_rule = self._rule_of(parent)
            # (the whole of the part's words: 维持原处理意见71件 cleans down to 意见)
            # (其余13件终止审理: the outcome may follow the figure)
            # (其中新设许可214件、变更许可936件、注销177件: under licences 变更 and 注销 are kinds of application)
            kinds = _PART_KINDS.get(parent.code)
            outcome = (_outcome_verb(own or "", kinds) or _outcome_verb(w.left, kinds)
                       or (kinds is None and _OUTCOME_VERB_RE.match(w.right.lstrip()))) or (
                # (a rule that needs the sentence's topic vetoes words the topic already settles: 审查政策措施52件，
                # 其中规范性文件17件 are documents the fair-competition review took in)
                parent_rule is not None and parent_rule.exclude is not None and parent_rule.context is None
                and parent_rule.exclude.search(text[w.clause_s:fig.start])) or (
                # 重大行政决策事项9项，其中已完成7项，2项结转至2025年: how far the work has got, not more of it
                _PART_DONE_RE.search(w.left) or _PART_DONE_RE.search(w.right_np)) or (
                # 其中刑事案件…: crimes are no part of administrative cases (a figure followed by 均已移送刑事立案 was left
                # out before any rule was looked for)
                _CRIMINAL_PART_RE.search(w.left))
            code, label = (OTHER, own or parent.label) if outcome else (parent.code, parent.label)
            if outcome and own:
                # ⇥其中：维持原行政行为⇥件⇥2 under 被申请行政复议: an outcome with a code of its own (复议维持) takes it
                window, pos = _window(own, "")
                topic = parent.label
                if parent.code == OTHER and _BARE_PROGRESS_RE.fullmatch(parent.label):
                    # 收到行政复议申请⇥213 / 审结⇥181 / 其中：维持⇥117: the concluded cases are the ones counted above
                    topic = next((r.label for r in reversed(self.records[-8:]) if r.fig.start < parent.fig.start
                                  and r.code in _CASE_CODES and r.parent_code is None
                                  and r.fig.measure == fig.measure), parent.label)
                # (受理投诉11件，办结11件，其中驳回投诉6件、投诉事项成立3件: the done cases' own indicator again is a result)
                if (own_rule := _pick(self.reg.for_measure(fig.measure), window, pos, topic + own)) is not None and (
                        own_rule.code not in (parent.code, self._done_of(parent)) and (self.reg.names.get(parent.code, "")[:4] in (
                            self.reg.names.get(own_rule.code) or "") or own_rule.code in _OUTCOME_CODES.get(parent.code, ()))):
                    code, label = own_rule.code, self.reg.names[own_rule.code]
            elif parent.code == OTHER and own and len(own) >= 2 and (named := next((
                    r for r in reversed(self.records[-12:]) if r.code != OTHER and r.parent_code is None
                    and r.fig.measure == fig.measure and r.where.sent_s >= text.rfind("\n", 0, fig.start)
                    and own[-2:] in r.where.left[-8:]), None)) is not None:
                # 代表提出建议118件…委员提案146件。上述建议提案共计273件，其中主办建议96件: a part of a total with no
                # code of its own is of the indicator its last words name earlier in the paragraph
                code, label = named.code, named.label
            rec = self._part(fig, w, parent, own, code, label)
            rec.np_on_right = right_named
            return rec
        rule, window, pos, concluded = None, "", 0, None
        # a rate names itself, and so does an outcome (修改6件): the sentence would only guess
        if (not (fig.measure == "%" and own and not _BARE_SHARE_RE.fullmatch(own)) and not _outcome_verb(w.left) and not _PROGRESS_RE.search(w.left)
                and not _BARE_PROGRESS_RE.fullmatch(w.left) and not _BARE_PROGRESS_RE.fullmatch(name_cell)):
            # (案件查处⇥结案（件）: the group cell's 查处 does not make the row's cases closed more cases)
            usable = rules if not w.right_np else tuple(r for r in rules if r.anchored)
            right = text[fig.end:min(w.sent_e, fig.end + _REACH)]
            if self.has_tabs and "\t" in right:
                right = right[:right.index("\t")]  # ⇥≥8⇥普法与依法治理处: the cells after a figure (its lead) name nothing
            right = _before_not_done(right)  # 签订的17份合同中有3份未经合法性审核: the review was not done
            # the clause first (审核规范性文件12件、合同协议35份 share one verb), then the sentence unless the
            # figure names a thing of its own (赋权事项85项 is not the 权责清单 of the clause before)
            # (a table's row reads from its name however many cells stand between: 数字城管立案（件）⇥…⇥29,318)
            row_s = text.rfind("\n", 0, fig.start) + 1
            starts = [row_s if row_s >= w.clause_s and "\t" in text[row_s:fig.start] else max(w.clause_s, fig.start - _REACH)]
            own_words = text[w.clause_s:fig.start]
            if _GENERIC_COUNT_RE.fullmatch(own_words) or _KIND_SHARE_RE.fullmatch(own_words) or (not _HEAD_NOUN_RE.search(w.left)
                                                          and not _says_its_own(own_words)):
                starts.append(max(w.sent_s, fig.start - _REACH))
            in_row = row_s >= w.clause_s and "\t" in text[row_s:fig.start]
            before = next((r for r in reversed(self.records[-8:]) if r.fig.start >= row_s), None) if in_row else None
            if (before is not None and before.code != OTHER and before.fig.measure == fig.measure
                    and (prior := self._rule_of(before)) is not None
                    and prior.code == before.code and prior in usable):
                # 实行告知承诺的涉企经营许可事项⇥个⇥7⇥≥8: the row's next cell counts what its first one does
                rule, (window, pos) = prior, _window(text[row_s:fig.start], right)
            for start in starts if rule is None else ():
                window, pos = _window(text[start:fig.start], right)
                rule = _pick(usable, window, pos, context, wide=True)
                if rule is not None:
                    break
        if rule is not None and (rule.code in _CASE_CODES or rule.code == "penalty_cases") and (
                _BARE_DONE_RE.fullmatch(w.left) or _BARE_DONE_RE.fullmatch(name_cell)):
            # 新收复议案件1.86万件，办结1.71万件 / 立案查处…案件47件，办结45件: how many of those cases were done, not
            # more cases
            rule = None
        if rule is None and (pending := self.reg.by_code.get("reconsideration_pending")) is not None and fig.measure in pending.measures \
                and pending.near.search(text, w.clause_s, w.clause_e):
            # 复议案件1,402件，其中维持683件。直接纠错160件…。尚有84件正在审理中: the paragraph's cases, still open
            line_s = text.rfind("\n", 0, fig.start) + 1
            topic = next((r for r in reversed(self.records[-24:]) if r.fig.start >= line_s
                          and (r.code in _DISPUTE_CODES or r.code in _DISPUTE_OUTCOME_CODES
                               or r.rule.startswith("progress:"))), None)
            if topic is not None and "litigation_cases" not in (topic.code, topic.rule[9:]):
                rule, window, pos = pending, *_window(text[w.clause_s:fig.start], text[fig.end:w.clause_e])
        accepted = None
        if rule is None and name_cell and _SUBJECT_ACCEPTED_RE.fullmatch(name_cell):
            # 收到行政复议申请（件）⇥…⇥4,862 / …/ 市政府本级受理（件）⇥…⇥1,402: a row accepting the cases a row above received
            rows_s = fig.start
            for _ in range(6):
                rows_s = text.rfind("\n", 0, max(rows_s - 1, 0))
            accepted = next((r for r in reversed(self.records[-12:]) if r.fig.start > rows_s and r.fig.year == fig.year
                             and r.code in _CASE_CODES and r.parent_code is None and r.fig.measure == fig.measure), None)
            if accepted is not None:
                rule = self._rule_of(accepted)
        elif rule is None and (_ACCEPTED_RE.fullmatch(w.left) or _SUBJECT_ACCEPTED_RE.fullmatch(w.left)
                               or (concluded := _BARE_CONCLUDED_RE.fullmatch(w.left)) is not None):
            # 收到行政复议申请148件，其中…41件；受理136件: the cases received earlier in the statement, accepted;
            # a sentence of its own (…收到1,537件。市政府本级依法受理1,402件。) takes them from the sentence before
            line_s = text.rfind("\n", 0, fig.start) + 1
            statement_s = max(text.rfind("。", 0, fig.start), line_s - 1) + 1
            if _SUBJECT_ACCEPTED_RE.fullmatch(text, statement_s, fig.start):
                statement_s = max(text.rfind("。", 0, max(statement_s - 1, 0)), line_s - 1) + 1
            # (past a sentence taking the cases apart, 从被申请人看，…。依法受理196件: the paragraph's latest total)
            accepted = next((r for start in (statement_s, line_s) for r in reversed(self.records[-12:])
                             if r.fig.start >= start and r.code in _CASE_CODES and r.parent_code is None
                             and r.fig.measure == fig.measure), None)
            if accepted is not None:
                rule = self._rule_of(accepted)
        rec = self._add(fig, w, rule, "sentence" if rule else "", window, pos, w.right_np or w.left,
                        whole_clause=rule is not None)
        if accepted is not None and rule is not None and concluded is None:
            rec.scope = "受理"
        return rec

    def _row_name(self, fig: _Figure) -> str:
        """A table cell's row name without its measure (结案（件）⇥1,150⇥1,284 → 结案); "" in running text."""
        if not self.has_tabs:
            return ""
        row = self.text[self.text.rfind("\n", 0, fig.start) + 1:fig.start]
        if "\t" not in row:
            return ""
        name_cell = next((c for c in reversed(row.split("\t")) if _CJK_RE.search(c)
                          and not _TABLE_UNIT_CELL_RE.fullmatch(c)), "")
        return _TABLE_MEASURE_NOTE_RE.sub("", name_cell).strip()

    def _part(self, fig: _Figure, w: _Where, parent: _Record, name: str, code: str, label: str,
              whole_clause: bool = False) -> _Record:
        """Record a part of a breakdown, scoped by the parent's name and its own."""
        if len(trimmed := _PART_VERB_RE.sub("", name)) >= 2:
            name = trimmed  # 市本级办理218件: the part is 市本级, what it did is the parent's
        if len(name) > 2 and name.endswith("的"):
            name = name[:-1]  # 涉及行政处罚的512件
        rec = _Record(fig, w, code, label, f"breakdown:{parent.rule.split(':')[-1]}",
                      scope="·".join(x for x in (parent.scope or parent.list_name or parent.label, name) if x),
                      parent_code=parent.code, whole_clause=whole_clause)
        self.records.append(rec)
        return rec

    def _breakdown_opened(self, fig: _Figure, w: _Where) -> tuple[_Record, int] | None:
        """A 其中/包括 before this figure opens a breakdown of an earlier figure in the same measure."""
        text, since_at = self.text, fig.start - len(w.since_prev)
        bm = None
        for m in _BREAKDOWN_RE.finditer(w.since_prev):
            if not (m.group() == "含" and "）" in w.since_prev[m.end():]):
                bm = m  # 其中医疗机构（含诊所）1150户次: a note closed before the figure opens nothing for it
        if bm is None:
            return None
        marker_at = since_at + bm.start()
        row_s = text.rfind("\n", 0, fig.start) + 1
        if "\t" in text[row_s:fig.start] and not text[max(row_s, text.rfind("\t", row_s, marker_at) + 1):marker_at].strip():
            # ⇥其中：简易程序（户次）⇥376: a table row opening with 其中 breaks down the figure of its year in the
            # rows above (past other 其中 rows), to its own row's end
            for rec in reversed(self.records[-12:]):
                if rec.rule.startswith("breakdown:"):
                    continue  # the row above is another part (其中：简易程序 over 其中：普通程序)
                if rec.fig.start < row_s and rec.fig.year == fig.year and rec.fig.measure == fig.measure:
                    rec_row = text.rfind("\n", 0, rec.fig.start) + 1
                    if "\t" in text[rec_row:rec.fig.start] and not text.count("\n", rec.fig.start, row_s) > 6:
                        end = text.find("\n", fig.end)
                        return rec, (end if end != -1 else self.n)
                    break
        # (处罚案件中，…: the cases named before 中 are the figure before)
        opens_sentence = not text[w.sent_s:marker_at].strip(" ，：") or (
            bm.group() == "中" and len(text[w.sent_s:marker_at].strip()) <= 24)  # (从案件类型看，…受理的案件中，)
        near = []
        for rec in reversed(self.records[-8:]):
            if rec.where.sent_s != w.sent_s and not (opens_sentence and rec.where.sent_e == w.sent_s - 1):
                break  # 其中 refers to this sentence, or to the one just before when it opens a sentence
            near.append(rec)
        # the latest figure in the same measure; else the latest count of another measure, but never a sum of
        # money for a count (罚没款8635万元，其中…案件6200件 breaks down the cases before it)
        lead_in = opens_sentence and (bm.group()[:1] in "从按分" or bm.group() == "中")
        if lead_in:
            # (…148件，已办结144件。从案件类型看，…: how far the cases got is no total to take apart; 分地区看，…天水市
            # 1,286件。分领域看，…: no part of 天水市)
            near = [p for p in near if p.parent_code is None and not (p.code == OTHER and _PART_DONE_RE.search(p.where.left))]
            if any(p.code != OTHER and p.fig.measure == fig.measure for p in near):
                # (…受理281件，不予受理12件，告知向有权机关申请14件。从被申请人看，…: nor is a result of the cases
                # received, when an indicator's total stands in the sentence)
                near = [p for p in near if p.code != OTHER or p.fig.measure != fig.measure]
        if bm.group() == "中" and len(head := text[w.sent_s:marker_at].strip(" ，")) >= 2:
            # 一审行政诉讼案件、二审上诉案件分别为168件、61件。一审案件中，…23件: the total the words before 中 name
            named = [p for p in near if p.fig.measure == fig.measure and head[:2] in (p.own_name or "")]
            near = named[:1] + [p for p in near if p not in named[:1]]
        elif len(same := [p for p in near if p.fig.measure == fig.measure and p.code in _DISPUTE_CODES]) > 1:
            # …行政复议案件9件、行政诉讼案件3件。其中，以市局为被申请人的行政复议案件5件: of two kinds of case, the one
            # the part's own words name, not just the latest (其中规范性文件3件 may be a part of reviews all the same)
            words = text[marker_at:fig.start]
            named = [p for p in same if (r := self._rule_of(p)) is not None
                     and r.code == p.code and r.near.search(words)]
            if named and same[0] not in named:
                near = named[:1] + [p for p in near if p is not named[0]]
        parent = next((p for p in near if p.fig.measure == fig.measure), None) or next(
            (p for p in near if fig.measure != "%" and p.fig.measure != "%"
             and (p.fig.measure in _MONEY_MEASURES) == (fig.measure in _MONEY_MEASURES)), None)
        uncoded = parent if lead_in and parent is not None and parent.code == OTHER else None
        if uncoded is not None:
            # …受理376件。加上上年旧存案件31件，全年在办案件407件。从被申请人看，…: a figure of no indicator in the
            # sentence before gives way to the paragraph's total of one, when there is one
            parent = None
        if parent is None and lead_in:
            # 。罚没款…，移送…17件。从执法层级看，…: a lead-in takes apart the paragraph's last total of its measure
            line_s = text.rfind("\n", 0, w.sent_s) + 1
            for _ in range(3):
                # (a total smaller than the first part is no total of it: 作为被申请人的…3件。分地区看，兰州市3,412件)
                parent = next((p for p in reversed(self.records[-32:]) if p.fig.start >= line_s and p.code != OTHER
                               and p.fig.measure == fig.measure and p.parent_code is None
                               and p.fig.value >= fig.value), None)
                line_e = text.find("\n", line_s, w.sent_s)
                if parent is not None or not (not text[line_s:w.sent_s].strip() or _ITEM_HEADING_RE.match(text, line_s)
                                              or line_e != -1 and _HEADING_LINE_RE.fullmatch(text, line_s, line_e)):
                    break
                # (…7,206次。⏎从部门看，…, ⏎（二）案件分布情况。分地区看，…, or a heading line between: the paragraph before)
                line_s = text.rfind("\n", 0, max(0, line_s - 1)) + 1
        parent = parent or uncoded
        if parent is None:
            return None
        k = marker_at
        while k > 0 and text[k - 1].isspace():
            k -= 1
        opener = text[k - 1] if k else ""  # the last mark before 其中, without copying all the text up to it
        end = text.find("）", marker_at) if opener in "（(" or bm.group() in ("（", "(") else -1
        if -1 < end < fig.start:
            return None  # 6次（每次不少于1小时），举办培训班3期: the brackets closed before this figure
        if end == -1 and w.sent_e < self.n and text[w.sent_e] == "；":
            # 其中，违法建设类268宗；建筑垃圾运输处置类1,104宗；…: short parts set apart by semicolons go on to the
            # statement's end
            stmt_e = min((p for p in (text.find("。", w.sent_e), text.find("\n", w.sent_e)) if p != -1), default=self.n)
            if all(len(seg) <= 40 and not _CLAUSE_OF_ITS_OWN_RE.search(seg)
                   and ("，" not in seg or _KIND_PART_RE.match(seg))  # 违法建设类268宗，拆除违法建筑4.3万平方米
                   for seg in text[w.sent_e + 1:stmt_e].split("；")):
                end = stmt_e
        return parent, (end if end != -1 else w.sent_e)

    def _own_verb_opens(self, w: _Where, parent: _Record) -> bool:
        """Whether a clause past a breakdown's first part opens with a verb of its own, one its total's clause does not
        use: …合同协议231份，其中…58份，出具法律意见书87份 (查处超范围经营9件 after 查处…其中查处… is still a part)."""
        text = self.text
        opens = _OWN_VERB_OPEN_RE.match(text, _SUBJECT_LEAD_RE.match(text, w.clause_s).end(), w.clause_e)
        return opens is not None and opens.group(1) not in text[parent.where.clause_s:parent.fig.start]

    def _spread_bound(self, i: int, w: _Where) -> None:
        """分别不少于1,400次、50家 (or 分别开展…不少于600户、700户): the bound before a 分别 list's run holds for each of its
        figures; so does one after it (分别控制在3件、2件以内)."""
        figs, first = self.figures, self.figures[i]
        run = _joined_run(self.text, figs, i, w.sent_e)
        last = figs[run[-1]]
        if first.qualifier in ("at_least", "at_most") and _FAR_QUALIFIER_RE.search(
                self.text, max(0, first.num_start - 8), first.num_start):
            bound = first.qualifier
        elif len(run) > 1 and last.qualifier in ("at_least", "at_most") and _POST_WORD_RE.search(
                self.text, last.start, last.end):
            bound = last.qualifier
        else:
            return
        for k in run:
            if figs[k].qualifier == "exact":
                figs[k].qualifier = bound

    def _listed_years_before(self, i: int, w: _Where) -> None:
        """2022年、2023年、2024年分别办理行政许可1,120件、1,305件、1,486件: each figure of the run is its year's."""
        m = _YEARS_RESPECTIVELY_RE.search(self.text, max(w.sent_s, w.clause_s - 40), w.left_s + len(w.left))
        if m is not None:
            years = [int(y) for y in _YEAR_IN_LIST_RE.findall(m.group(1))]
        elif (r := _YEAR_RANGE_RESPECTIVELY_RE.search(self.text, max(w.sent_s, w.clause_s - 40), w.left_s + len(w.left))) \
                and 1 <= int(r.group(2)) - int(r.group(1)) <= 9:
            years = list(range(int(r.group(1)), int(r.group(2)) + 1))
        elif (o := _YEARS_OPENING_RE.match(self.text, w.sent_s)) is not None:
            # 2022年、2023年、2024年，…复议案件分别为3件、2件、1件，行政应诉案件分别为2件、1件、0件: each list of the
            # sentence its years open
            years = [int(y) for y in _YEAR_IN_LIST_RE.findall(o.group(1))]
            if o.group(2):
                years = list(range(years[0], years[-1] + 1)) if 1 <= years[-1] - years[0] <= 9 else []
        else:
            return
        figs = self.figures
        run = _joined_run(self.text, figs, i, w.sent_e, len(years))
        if len(run) == len(years):
            for k, y in zip(run, years):
                figs[k].year = y
                self.listed_years.add(id(figs[k]))

    def _respectively(self, i: int, w: _Where, cut: int) -> tuple[dict[int, str], int]:
        """分别: pair the nouns before 分别 with the run of figures after it; and the last figure looked at."""
        listed = _LIST_ROLE_RE.sub("", _LIST_LEAD_RE.sub("", _NP_LEAD_RE.sub("", w.left[:cut])))
        items = [x for x in (p.strip(_QUOTE_CHARS + " ") for p in _ITEM_SPLIT_RE.split(listed)) if x]
        run = _joined_run(self.text, self.figures, i, w.sent_e)
        j = run[-1] + 1
        if len(items) > len(run) and "、" in listed:
            # 县市场监督管理局、县城市管理和综合执法局、县交通运输局分别办理…: a 和 inside a name parts no items
            items = [x for x in (p.strip(_QUOTE_CHARS + " ") for p in listed.split("、")) if x]
        if len(items) >= 2 and len(items) == len(run) and not any(_BARE_YEAR_RE.fullmatch(x) for x in items):
            return dict(zip(run, items)), j  # (a list of years names no indicators: _listed_years_before reads it)
        return {}, j

    def _keep(self, rec: _Record) -> bool:
        """Whether a figure reads as an indicator at all."""
        f = rec.fig
        if rec.code != OTHER:
            return True
        if f.measure in WEAK_MEASURES:
            return False
        if f.chinese and f.measure != "%":  # 百分之十二 is as explicit as 12%
            # 一个/一项 are mostly articles; a Chinese figure with no known meaning needs a clear count
            verb = _COUNT_VERB_RE.search(self.text[max(0, f.start - 4):f.start])
            # (张贴海报二十张: a numeral of two characters or more is no article)
            return f.value >= 2 and (f.qualifier != "exact" or verb is not None
                                     or f.num_end - f.num_start - len(f.measure) >= 2)
        return True

    def _quote(self, rec: _Record, kept_starts: list[int]) -> tuple[int, int]:
        """The clause of the figure, or its own segment when the clause states other figures too."""
        f, w = rec.fig, rec.where
        s, e = w.clause_s, w.clause_e
        k = bisect.bisect_left(kept_starts, w.clause_s)
        others = 0
        while k < len(kept_starts) and kept_starts[k] < w.clause_e:
            others += kept_starts[k] != f.start
            k += 1
        if others and not rec.whole_clause:
            s = f.start if rec.np_on_right and w.left_s > w.clause_s else max(w.left_s, w.clause_s)
            e = f.end + len(w.right) if (rec.np_on_right or not w.left.strip()) else f.end
        if s > 1 and self.text[s - 1] == "：" and not self.text[s:f.start].strip():
            # 行政许可：1234件 — the words before the colon name the figure; the quote shows them
            k = bisect.bisect_left(self.local_pos, s - 1)
            label_s = self.local_pos[k - 1] + 1 if k else 0
            if 2 <= s - 1 - label_s <= 16 and not any(c.isdigit() for c in self.text[label_s:s - 1]):
                s = label_s
        e = min(e, w.clause_e)
        opened = self.text.rfind("（", f.end, e)
        if opened >= 0 and self.text.find("）", opened, e) < 0:
            e = opened  # 不少于4次（牵头科室：办公室）: the clause ends at the note's colon, the quote before its bracket
        row_s = self.text.rfind("\n", 0, s) + 1
        if self.text.count("（", row_s, s) > self.text.count("）", row_s, s) and "\t" in self.text[s:f.start]:
            s = self.text.rfind("\t", row_s, s) + 1 or row_s  # 重大行政决策事项（项，累计）⇥19: the row's whole name
        if (tab := self.text.find("\t", f.end, e)) >= 0:
            e = tab  # a table's cell: the cells after it (a task's lead and deadline, next year's figure) are not
        if (tab := self.text.rfind("\t", s, f.start)) >= 0 and _CJK_RE.search(self.text, tab, f.start):
            s = tab + 1  # a figure inside a task's words: the cells before it (政务公开⇥深化政务公开⇥) are not either
        return _trim(self.text, s, e, f.num_start, f.num_end)

    def _over_years(self, sent_s: int, pos: int) -> bool:
        """Whether the sentence up to pos counts over several years (近三年共, 2021年以来, “十四五”期间), or the statement
        it goes on opened so (“十三五”期间，…；…由2015年的436项精简至298项)."""
        statement_s = max(self.text.rfind(c, 0, sent_s) for c in "。！？\n") + 1
        opening = _MULTI_YEAR_RE.match(self.text, statement_s + len(self.text[statement_s:sent_s]) - len(
            self.text[statement_s:sent_s].lstrip(" \u3000“")), sent_s) if statement_s < sent_s else None
        if opening is not None and not _TURN_AHEAD_RE.search(self.text, opening.end(), pos):
            sent_s = opening.start()
        for m in _MULTI_YEAR_RE.finditer(self.text, sent_s, pos):
            if _inside(m.start(), *self._titles):
                continue  # 《法治政府建设实施纲要（2021—2025年）》: a quoted title's period, not the count's
            if (self.text[max(sent_s, m.start() - 2):m.start()].endswith(("对", "对自", "将", "把"))
                    or _PERIOD_OF_THINGS_RE.match(self.text, m.end(), pos)):
                continue  # 对2020年以来出台的规范性文件进行清理，废止5件: the documents' period, not the count's
            return not (m.group(1) and self.year is not None and int(m.group(1)) >= self.year)
        return False

    def _counts_no_work(self, fig: _Figure, w: _Where) -> bool:
        """Whether the words after the figure say it counts no work (51个部门, 5个工作日内, 100万元以上大要案)."""
        text = self.text
        # (对全县12家矿山企业、4家测绘资质单位开展抽查: a later item of the list is done to as the first is)
        cancel_s = w.clause_s if text[fig.start - 1:fig.start] == "、" else max(0, fig.start - 4)
        for words, need, cancel in self.reg.after_skips.get(fig.measure, ()):
            if (words.match(text, fig.end) and (need is None or need.search(text, w.sent_s, fig.start))
                    and not (cancel is not None and cancel.search(text, cancel_s, fig.start))):
                return True
        return False

    def _past_year(self, pos: int, sent_s: int, upto: int | None = None) -> int | None:
        """The year before the plan's (up to upto for a report's forward part) that the paragraph or the sentence
        holding pos opens with (2023年，全县…; …。去年办理行政复议案件5件), if any."""
        if self.year is None:
            return None
        report = upto is not None
        # the paragraph, the statement (2023年，…复议案件2件；行政应诉案件1件 goes on past its semicolon), the sentence
        statement_s = max(self.text.rfind(c, 0, sent_s) for c in "。！？\n") + 1
        starts = dict.fromkeys((self.text.rfind("\n", 0, pos) + 1, statement_s, sent_s))
        if not report:
            # …不少于1,500条，2024年为1,436条: a plan's clause opening with last year states what was
            starts[max(sent_s, _bounds(self.clause_pos, pos, self.n)[0])] = None
        # (a report's forward part turns back and forth: the opening nearest the figure speaks for it)
        for start in reversed(starts) if report else starts:
            m = _PAST_OPENING_RE.match(self.text, start, pos)
            if m is None:
                continue
            # “十三五”期间: the five years ending 2020 (十一五 2010, 十四五 2025), booked on their last year
            y = (int(m.group(1)) if m.group(1) else 1955 + 5 * cn_small_int("十" + m.group(2)) if m.group(2)
                 else self.year if m.group(3) else self.year - 1)
            if (m.group(1) or m.group(2)) and m.group().rstrip("，, ").endswith("以来"):
                y = self.year - 1  # 2021年以来, “十四五”以来 in a 2025 plan: all done so far, up to last year
            if y > (upto if report else self.year - 1):
                continue  # 2025年是收官之年。2024年，厅本级办理…: a paragraph opening with this year may still look back
            if self._turns_ahead(m.end(), pos) or report and _AIM_WORDS_RE.search(self.text, m.end(), pos):
                return None  # …，2024年继续做好…办复率100%: the sentence has turned to this year
            return y
        return None if report else self._past_paragraphs(pos)

    def _turns_ahead(self, s: int, e: int) -> bool:
        """Whether text[s:e] turns to the plan's year or later (2025年, 今年, 力争…); a past year named in passing
        (镇政府2024年度重大行政决策事项目录) does not."""
        return any(not m.group()[:4].isdigit() or self.year is None or int(m.group()[:4]) >= self.year
                   for m in _TURN_AHEAD_RE.finditer(self.text, s, e))

    def _past_paragraphs(self, pos: int) -> int | None:
        """The year a run of paragraphs looks back on when the paragraph holding pos goes on from it (2024年，我局共办理…。
        ⏎开展行政检查1,935次…。: one sentence a paragraph), up to a heading or a turn to this year."""
        text = self.text
        line_s = text.rfind("\n", 0, pos) + 1
        line_e = text.find("\n", pos)
        if (_LOOK_BACK_STOP_RE.match(text, line_s) or self._turns_ahead(line_s, pos)
                or _AIM_WORDS_RE.search(text, line_s, line_e if line_e != -1 else self.n)):
            return None
        for _ in range(6):
            if line_s == 0:
                return None
            prev_s = text.rfind("\n", 0, line_s - 1) + 1
            prev = text[prev_s:line_s - 1]
            line_s = prev_s
            if not prev.strip():
                continue
            m = _PAST_OPENING_RE.match(prev)
            if _LOOK_BACK_STOP_RE.match(prev) or len(prev) > 120 and not m and (
                    self._turns_ahead(prev_s, prev_s + len(prev)) or _AIM_WORDS_RE.search(prev)):
                # (a long paragraph may still be the one opening the look-back: 2024年，我局承接…; or one going on
                # with it, stating what was done with no turn and no aim: 以区人民政府为被申请人…的案件9件，…)
                return None
            if m and m.group(1) and int(m.group(1)) < self.year and not self._turns_ahead(prev_s + m.end(), prev_s + len(prev)):
                return int(m.group(1))
            if m or self._turns_ahead(prev_s, prev_s + len(prev)):
                return None
        return None

    def _finish(self, kept: list[_Record]) -> list[Metric]:
        """Metric records of the kept figures, one per statement, plus the zeros of negated clauses."""
        if (self._parts_before_totals() | self._parts_after_total()
                | ("其中" in self.text and self._paired_parts())
                | (self.has_tabs and "其中" in self.text and self._table_sibling_parts())):
            kept = [rec for rec in self.records if self._keep(rec)]  # a total's parts may have had no code of their own
        if "分别" in self.text:
            self._bodies_listed()
        kept_starts = sorted({rec.fig.start for rec in kept})
        seen: set = set()
        out: list[Metric] = []
        first_line_at: dict[str, int] = {}  # a long line's text -> where it first stands
        for rec in kept:
            f = rec.fig
            line_s = self.text.rfind("\n", 0, f.start) + 1
            line_e = self.text.find("\n", f.start)
            line = self.text[line_s:line_e if line_e != -1 else self.n].strip()
            if len(line) >= 20 and first_line_at.setdefault(line, line_s) != line_s:
                continue  # a paragraph pasted twice states its figures once
            if (not self.plan and id(f) in self.listed_years and self.year is not None and f.year < self.year
                    and not _inside(f.num_start, self.t_starts, self.t_ends)):
                continue  # a report's 2022年、2023年、2024年分别…: the years before its own are context, as in a table
            target = f.target or self.plan or _inside(f.num_start, self.t_starts, self.t_ends)
            past = (self._past_year(f.start, rec.where.sent_s) if self.plan
                    else self._past_year(f.start, rec.where.sent_s, upto=self.year) if target and not f.target else None)
            if past is not None or (self.plan and f.year is not None and self.year is not None and f.year < self.year
                                    and not f.target):  # (2024年⇥目标 in a 2025 plan: last year's target, still one)
                # a plan's look back (2023年，全县共办理…112件) reports what was done, and so does a report's in the
                # part on next year (2024年我局共开展…20场，2025年将…; 今年检查412次，明年力争…)
                target = False
            # one record per statement: the same indicator and value again in a sentence repeats it
            # (a table's cells of two years are two statements: 4⇥4⇥5 under 2023年⇥2024年⇥2025年)
            key = (rec.where.sent_s, rec.code, f.value, target, rec.scope if rec.code != OTHER else rec.label, f.year)
            if key in seen:
                continue
            seen.add(key)
            q_s, q_e = self._quote(rec, kept_starts)
            scope = rec.scope or None
            if (scope is None and rec.code in _CASE_CODES and _ACCEPTED_RE.fullmatch(rec.where.left)
                    and any(o.code == rec.code and o.where.sent_s == rec.where.sent_s and o.fig.start < f.start
                            for o in kept)):
                # 申请8件，依法受理6件: the applications accepted of those received, not a second total
                scope = "受理"
            system = self._system_subject(rec.where.sent_s, f.start)
            if system is not None and system not in (scope or ""):
                # 全省交通运输系统办理行政许可12.6万件 beside 厅本级3,426件: the department's whole system did it,
                # not its own office (举办全省交通运输系统培训班2期 is the office's own work)
                scope = "·".join(x for x in (system, scope) if x)
            if per := _PER_PERIOD_RE.search(self.text, rec.where.clause_s, f.start):
                # 会前学法每季度不少于2次: so often in each quarter, not in the year
                if per.group() not in (scope or ""):
                    scope = "·".join(x for x in (scope, per.group()) if x)
            parent_code = rec.parent_code
            # (a figure its year's item of a list names is that year's alone: 2022年至2024年分别举办…2期、3期、3期)
            over = not target and id(f) not in self.listed_years and self._over_years(rec.where.sent_s, f.start)
            own_year = (over or bool(scope and scope.endswith("年"))) and self.year is not None and any(
                int(m.group(1)) == self.year for m in _YEAR_NAMED_RE.finditer(self.text, rec.where.clause_s, f.start))
            if own_year and scope and _YEAR_NAMED_RE.fullmatch(scope.rsplit("·", 1)[-1]):
                # 累计制定规范性文件11件，其中2023年4件: the year's own figure, not a part of a total
                scope, parent_code = None, None
            if target and _CUMULATIVE_TARGET_RE.search(self.text, rec.where.clause_s, f.start):
                over = True  # 三年累计不少于9,500件: a target over the plan's years, not one year's
            if over and not own_year:
                # “十四五”期间累计制定45件: not this year's figure, and not the one the dashboard heads with
                scope = "·".join(x for x in ("多年累计", scope) if x)
            year = f.year or past or _metric_year(self.year, target, self.plan or self.half_year_report,
                                                  self.text[rec.where.sent_s:f.start] if target else "")
            joint = _JOINT_YEARS_RE.search(self.text, max(rec.where.clause_s, f.start - 24), f.start) if target else None
            # 2025年、2026年均不少于5项 / 2024年、2025年各举办5期: the figure stands for each of the years
            for year in ([int(y) for y in _YEAR_IN_LIST_RE.findall(joint.group(1))] if joint else [year]):
                out.append(Metric(
                    code=rec.code, label=rec.label, value=f.value, measure=f.measure, qualifier=f.qualifier,
                    kind="target" if target else "actual", scope=scope, start=q_s, end=q_e,
                    quote=self.text[q_s:q_e], rule=rec.rule, year=year, parent_code=parent_code,
                ))
        out.extend(self._zeros())
        out.sort(key=_BY_SPAN)
        return out

    def _system_subject(self, sent_s: int, pos: int) -> str | None:
        """The whole system (全省交通运输系统) that is the subject of a clause before pos in its statement, which may
        go on past semicolons (全州生态环境系统开展检查…；查处案件87件), unless the unit's own office takes over."""
        text = self.text
        statement_s = max(text.rfind("。", 0, sent_s), text.rfind("\n", 0, sent_s)) + 1
        found = None
        for m in _SYSTEM_RE.finditer(text, statement_s, pos):
            clause_s = max(text.rfind(c, statement_s, m.start()) for c in "，；：") + 1
            if _SUBJECT_LEAD_RE.fullmatch(text, max(clause_s, statement_s), m.start()):
                found = m
        if found is None or _OWN_LEVEL_RE.search(text, found.end(), pos) or _NEXT_POINT_RE.search(text, found.end(), pos):
            return None  # (…；三是…举办全省行政执法人员培训班: a new point of a list has a subject of its own)
        return found.group()

    def _zeros(self) -> list[Metric]:
        """Value 0 for each indicator a negated clause names: 没有…被申请行政复议和提起行政诉讼, 信访案件为零."""
        text, n = self.text, self.n
        out: list[Metric] = []
        done: set[tuple[int, str]] = set()
        negations = _NEGATION_RE.finditer(text)
        zero_words = _anchored_finditer(_ZERO_WORD_RE, _ZERO_ANCHOR_RE, _ZERO_ANCHOR_REACH, text)
        for cues, names_after in ((negations, True), (zero_words, False)):
            for m in cues:
                c_s, c_e = _bounds(self.clause_pos, m.start(), n)
                # 力争/确保…“零发生”: a plan's aim of none (a negation in a plan is no aim: 未发生 says what was);
                # the aim word may open the sentence (力争…纠错率为零，行政诉讼案件“零发生”)
                ahead = self.plan or _inside(m.start(), self.t_starts, self.t_ends)
                row_s = text.rfind("\n", 0, m.start()) + 1
                in_cell = not names_after and "\t" in text[row_s:m.start()]
                if in_cell and not ahead:
                    continue  # a task table's zero in a report, not known to be next year's: no actual either
                # (a task table's row in a plan, or in a report's plan for next year, can only be an aim)
                # 力争不发生以市残联为被申请人的行政复议和行政诉讼案件: none, as an aim
                aimed_none = names_after and bool(_NEGATION_AIM_RE.search(text, max(c_s, m.start() - 6), m.start()))
                aim = ahead and (
                    not names_after and (in_cell or bool(_ZERO_AIM_RE.search(text, _bounds(self.sentence_pos, m.start(), n)[0],
                                                                               m.start())))
                    or aimed_none)
                if aimed_none and not aim:
                    continue  # 确保不发生… in a report's account of the year: an aim, not what happened
                if _inside(m.start(), self.t_starts, self.t_ends) and not aim:
                    continue
                year = self.year
                if aim and not self.plan and year is not None:
                    # a report's part on next year: 力争安全生产事故零发生 is next year's aim
                    s_s = _bounds(self.sentence_pos, m.start(), n)[0]
                    year = _metric_year(year, True, self.half_year_report, text[s_s:m.start()])
                if self.plan and not aim:
                    # a plan states zeros only looking back (2023年，…全年未发生行政复议和行政诉讼案件)
                    year = self._past_year(m.start(), _bounds(self.sentence_pos, m.start(), n)[0])
                    if year is None:
                        continue
                if in_cell:  # the zero's cell: 行政复议、行政诉讼案件“零发生”⇥政策法规股 ends at its tab
                    c_s = max(c_s, text.rfind("\t", row_s, m.start()) + 1)
                    c_e = min(c_e, (text.find("\t", m.end(), c_e) + 1 or c_e + 1) - 1)
                if not names_after:
                    c_s, c_e = self._own_list_item(c_s, c_e, m.start(), m.end())
                k = bisect.bisect_left(self._fig_starts, c_s)
                if k < len(self._fig_starts) and self._fig_starts[k] < c_e:
                    continue  # the clause states a figure of its own
                scope = None
                if names_after:
                    named = text[m.end():min(c_e, m.end() + _REACH)]
                    if named.rstrip().endswith("的") or _CONDITIONAL_NEXT_RE.match(text[c_e:c_e + 4]):
                        continue  # 没有…的，不得… is a condition, not a statement
                    if (cause := _NOT_A_COUNT_NEGATED_RE.match(named)) and "因" in cause.group():
                        # 未发生因重大行政决策引发的群体性事件: the indicator is a cause of what did not happen, so only
                        # the words after the cause name what is none (…因政府信息公开引起的行政复议、行政诉讼案件)
                        named = named[cause.end():].lstrip("的")
                        scope = cause.group()[cause.group().index("因"):]
                    elif cause:
                        continue  # 没有落实行政处罚决定公示制度: a duty not done, no count of cases
                else:
                    named = text[max(c_s, m.start() - _REACH):m.start()]
                    if (before := list(_ZERO_ANCHOR_RE.finditer(named))):
                        # …纠错率为零、行政诉讼案件“零发生”: a zero before in the clause named its own words
                        named = named[before[-1].end():]
                # 2020年以来，…未发生…行政复议、行政诉讼案件: none over those years, not the year's alone
                over = not aim and self._over_years(_bounds(self.sentence_pos, m.start(), n)[0], m.start())
                out.extend(self._zero_records(named, c_s, c_e, m, done, year, target=aim, scope=scope, over=over))
        return out

    def _own_list_item(self, c_s: int, c_e: int, s: int, e: int) -> tuple[int, int]:
        """The item of a 、 list in [c_s, c_e) that holds [s, e), cut off from a neighbour stating a figure: the zero's
        own item (复议案件控制在2件以内、行政诉讼案件“零发生” / 行政诉讼案件“零发生”、行政复议案件不超过3件)."""
        text, starts = self.text, self._fig_starts
        if (joint := text.rfind("、", c_s, s)) != -1:
            k = bisect.bisect_left(starts, c_s)
            if k < len(starts) and starts[k] < joint:
                c_s = joint + 1
        if (joint := text.find("、", e, c_e)) != -1:
            k = bisect.bisect_left(starts, joint)
            if k < len(starts) and starts[k] < c_e:
                c_e = joint
        return c_s, c_e

    def _zero_records(self, named: str, c_s: int, c_e: int, cue: re.Match, done: set,
                      year: int | None, target: bool = False, scope: str | None = None, over: bool = False) -> list[Metric]:
        """One zero per indicator the negated words name, once per clause."""
        reg, out = self.reg, []
        for r in reg.zero_rules:
            if (c_s, r.code) in done or not r.near.search(named):
                continue
            if r.exclude is not None and r.exclude.search(named):
                continue
            done.add((c_s, r.code))
            q_s, q_e = _trim(self.text, c_s, c_e, cue.start(), cue.end())
            out.append(Metric(
                code=r.code, label=reg.names.get(r.code, r.code), value=0.0,
                measure=reg.default_measures.get(r.code, "件"), qualifier="exact", kind="target" if target else "actual",
                scope="·".join(x for x in ("多年累计" if over else "", scope or _rule_scope(r, named, 0)) if x) or None,
                start=q_s, end=q_e, quote=self.text[q_s:q_e],
                rule=f"zero:{r.id}", year=year,
            ))
        return out


def extract_metrics(
    text: str, *, doc_type: str | None, year: int | None, target_spans: Sequence[tuple[int, int]] = ()
) -> tuple[Metric, ...]:
    """Every numeric indicator of a normalized text, with its code, value, qualifier and quote."""
    if not text:
        return ()
    return tuple(_Extractor(text, load_registry(), doc_type, year, target_spans).run())


_BY_SPAN = operator.attrgetter("start", "end")


# a count over several years; 2023年以来 in a 2023 report is this year (checked against the year)
_PERIOD_OF_THINGS_RE = re.compile(r"[^，。；\d]{0,12}?(?:出台|制定|印发|发布|作出|形成)的")
# a year named as the time of a figure (其中2023年4件), not as the end or start of a period (截至2023年底, 2021年以来)
_YEAR_NAMED_RE = re.compile(r"(?<!截至)(?<!截止)((?:19|20)\d{2})\s*年(?!以来|底|末|前|度?以来)")
_MULTI_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?(?:[\u4e00-\u9fff]{0,6}?(?:启动|实施|开展|建立|成立|运行|推行))?以来|截至[^，。；]{0,12}?[，,]?[^，。；]{0,12}?累计|十[一二三四五]五”?\s*(?:期间|以来)|近[两三四五六七八九十\d]+年"
                            r"|[六七八九]五”?\s*普法[^，。；\d]{0,6}?(?:期间|以来)"
                            r"|[两三四五六七八九十\d]+年来|近[两三四五六七八九十\d]年|十[八九]大以来|二十大以来|本届政府以来|(?:规划|纲要|方案)(?:实施|印发)以来"
                            r"|[（(](?:[^（）()\t]{1,6}[，,])?累计[）)]"  # a table row's note: 重大行政决策事项（项，累计）
                            r"|(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*(?:19|20)\d{2}\s*年")
# a paragraph that opens by naming a year gone by: 2023年，… / 2023年以来，… / 去年，…
# (after an item's number, or a run-in label: （工作基础）2024年，…, 工作基础：2024年，…)
_PAST_OPENING_RE = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|\d{1,2}[.．、]"
                              # (a footnote's mark may follow the label: 工作基础①：2023年，…)
                              r"|[（(【][\u4e00-\u9fff]{2,8}[）)】][①-⑳]?|[\u4e00-\u9fff]{2,6}[①-⑳]?[：:])?\s*(?:回顾)?"
                              r"(?:(?:(?:19|20)\d{2}\s*年?\s*(?:至|到|—|–|-|－|~|～)\s*)?((?:19|20)\d{2})\s*年度?|去年|上一?年度?|一年来|过去一年|近[两三四五]年|[两三四五]年来|“?十([一二三四五六七])五”?(?:期间|时期)?|(今年|本年度?))(?:以来)?"
                              r"\s*(?:[，,]|(?![以起底前后至到内中末初—\-~\d]))")
# a heading, an item or a signature ends a look back carried from paragraph to paragraph
_LOOK_BACK_STOP_RE = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、]|第[一二三四五六七八九十]+)")
_AIM_WORDS_RE = re.compile(r"不少于|不低于|不超过|以内|达到|力争|确保|争取")
# (由2015年的436项精简至298项: a year that only dates a base figure turns nowhere)
# (结转2025年继续审理27件: cases carried over, not a turn; 依法将18.4万户…移出: 将 as 把, not a future)
_TURN_AHEAD_RE = re.compile(r"(?<![由较比从])(?<!结转)(?<!结转至)(?<!转入)(?:19|20)\d{2}\s*年(?!度?(?:底|末)?的)|今年|本年|明年|力争"
                            r"|继续(?!审理|办理)|确保|将(?![\d一二三四五六七八九十百千]|其|该|上述|相关|这些)")
# the words that set a stage's bound (2025年要达到…, 到2026年不少于…)
_BOUND_VERBS = "达到|不少于|不低于|不超过|提高到|提升至"
# (…法治培训3期，2025年将增加至不少于4期; …168条，明年将增加到不少于200条: the same indicator's next figure)
_STAGE_ONLY_RE = re.compile(r"\s*(?:以上|以内)?[，；]\s*(?:到?(?:19|20)\d{2}\s*年(?:底|末)?(?:[、和](?:19|20)\d{2}\s*年)*|明年|下一?年度?)"
                            rf"[，,]?\s*(?:起)?(?:每年)?(?:均|各|都)?(?:要|力争|确保|将|计划)?(?:继续|进一步|再|逐步)*(?:{_BOUND_VERBS}|为"
                            r"|(?:增加|增|扩大|提高|提升|增长|上升|压缩|缩短|减少|压减|降低|降)(?:至|到)|增加|扩大)?\s*")
_CUMULATIVE_TARGET_RE = re.compile(r"[两三四五]年(?:内|来)?累计|(?:行动|规划|方案)?期(?:间|内)累计")
# years that share one figure: 2025年、2026年均不少于5项, 2024年、2025年各举办5期
_JOINT_YEARS_RE = re.compile(r"((?:19|20)\d{2}\s*年(?:[、和及与](?:19|20)\d{2}\s*年)+)\s*(?:均|各|都)[^，。；\d]{0,8}$")
_YEAR_BEFORE_BOUND_RE = re.compile(rf"((?:19|20)\d{{2}})\s*年(?:底|末)?(?:要|力争|确保)?(?:{_BOUND_VERBS})\s*$")
_STAGE_YEAR_RE = re.compile(r"(?:^|[，；。\n]|(?<=[个项件次场家条期])、)\s*((?:19|20)\d{2})\s*年(?:起|度)?(?![以来底前末内中])")
_DEADLINE_RE = re.compile(r"(?:到|至|截至|截止到?)\s*((?:19|20)\d{2})\s*年")


def _metric_year(year: int | None, target: bool, plan: bool, before: str = "") -> int | None:
    """A report's forward-looking figures are about the year after the report's; a target set for a later year
    (到2025年，…达到100%) is about that year. before: the figure's sentence up to it."""
    if year is None:
        return None
    if target:
        deadlines = [int(y) for y in _DEADLINE_RE.findall(before)]
        if deadlines and deadlines[-1] >= year:
            return deadlines[-1]
        if (at := _YEAR_BEFORE_BOUND_RE.search(before)) and int(at.group(1)) > year:
            return int(at.group(1))  # 满意率2024年达到92%
        # a staged plan's clause opening with its year: 2024年…不少于600家，2025年不少于800家 / 2024年起每年…
        staged = [int(y) for y in _STAGE_YEAR_RE.findall(before)]
        if staged and staged[-1] > year:
            return staged[-1]
    if target and not plan and "下半年" in before:
        return year  # a half-year report's 下半年，我局还将…: the rest of this year
    return year + 1 if target and not plan else year


def _infer_year(text: str) -> int | None:
    """The year a report is about: from its title, else the first year it names."""
    head = text[:600]
    m = _TITLE_YEAR_RE.search(head) or _YEAR_RE.search(head)
    return int(m.group(1)) if m else None


_TITLE_END_RE = re.compile(r"[。；！？，,：:]")
_TITLE_ASIDE_RE = re.compile(r"《[^《》]*》|[（(][^（）()]*[）)]")


def _heading_title(line: str, limit: int) -> str:
    """A heading line's own words: its first clause, less the titles and brackets quoted in it.

    Most headings carry their body on the same line (（二）加强学法。落实…规划（2021—2025年）…工作计划…):
    a forward word or year in the body says nothing about the heading.
    """
    m = _TITLE_END_RE.search(line, 0, limit + 1)
    return _TITLE_ASIDE_RE.sub("", line[:m.start() if m else limit])


def target_spans(text: str, doc_type: str | None, *, year: int | None = None) -> list[tuple[int, int]]:
    """The forward-looking parts of a report (下一年度…主要安排 up to the next top-level heading)."""
    if doc_type == "plan" or not text:
        return []
    if year is None:
        year = _infer_year(text)
    n = appendix_start(text)  # an appendix after the signature reports, whatever part stands before it
    lines = [0, *(m.end() for m in _NEWLINE_RE.finditer(text))]
    l0 = [m.start() for m in _at_line_starts(_L0_HEADING_RE, lines, text)]
    l1 = [m.start() for m in _at_line_starts(_L1_HEADING_RE, lines, text)]
    l2 = [m.start() for m in _at_line_starts(_L2_HEADING_RE, lines, text)]
    spans: list[tuple[int, int]] = []

    def heading_is_forward(title: str, strong_only: bool) -> bool:
        years = [int(y) for y in _YEAR_RE.findall(title)]
        later = bool(years) and year is not None and max(years) > year
        if years and year is not None and not later:
            return False  # 四、2024年…存在的不足 in a 2024 report looks back
        if _BACKWARD_RE.search(title):
            return bool(_FORWARD_STRONG_RE.search(title))  # 存在问题及下一步打算
        if later or _FORWARD_STRONG_RE.search(title):
            return True
        # a sub-heading (（三）重点工作) needs a clear forward word; a top-level 安排/计划 will do
        return not strong_only and bool(_FORWARD_WEAK_RE.search(title))

    def next_after(starts: list[int], pos: int) -> int:
        k = bisect.bisect_right(starts, pos)
        return starts[k] if k < len(starts) else n

    def forward_part(s: int, e: int, title: str) -> tuple[int, int]:
        """The forward part of a section: all of it, or under 存在的不足和2023年工作打算 (the shortfalls first) what
        follows its first sentence or paragraph turning ahead (2023年，我局将 / 下一步，), when it has one."""
        if not _BACKWARD_RE.search(title):
            return s, e
        body = text.find("\n", s, e) + 1 or e
        turns = [m.start() for m in _FORWARD_PARAGRAPH_RE.finditer(text, body, e)
                 if m.start() in line_set and not (m.group(1) and year is not None and int(m.group(1)) <= year)]
        turns += [m.start(1) if m.group(1) else (m.start(2) if m.group(2) else m.start(3))
                  for m in _FORWARD_SENTENCE_RE.finditer(text, body, e)
                  if not (m.group(1) and year is not None and int(m.group(1)) <= year)]
        return (min(turns), e) if turns else (s, e)

    line_set = set(lines)
    for s in l0:  # 第三部分　2025年工作计划 runs over the 一、 headings under it
        line_end = text.find("\n", s)
        title = _heading_title(text[s:line_end if line_end != -1 else n], 60)
        if heading_is_forward(title, False):
            spans.append(forward_part(s, next_after(l0, s), title))
    for s in l1:
        line_end = text.find("\n", s)
        title = _heading_title(text[s:line_end if line_end != -1 else n], 60)
        if heading_is_forward(title, False):
            spans.append(forward_part(s, min(next_after(l1, s), next_after(l0, s)), title))
    for s in l2:
        line_end = text.find("\n", s)
        title = _heading_title(text[s:line_end if line_end != -1 else n], 40)
        if heading_is_forward(title, True):
            spans.append(forward_part(s, min(next_after(l1, s), next_after(l2, s)), title))
    # an unnumbered short heading line (下一步工作打算) runs to the next top-level heading
    for m in _at_line_starts(_SHORT_LINE_RE, lines, text):
        title = m.group(1)
        if _L0_HEADING_RE.match(m.group()) or _L1_HEADING_RE.match(m.group()) or _L2_HEADING_RE.match(m.group()):
            continue
        if _FORWARD_STRONG_RE.search(title) and not _BACKWARD_RE.search(title):
            spans.append((m.start(), next_after(l1, m.start())))
    # a paragraph opening with 下一步， or 2025年，我局将 looks ahead by itself
    for m in _at_line_starts(_FORWARD_PARAGRAPH_RE, lines, text):
        if m.group(1) and (year is None or int(m.group(1)) <= year):
            continue
        line_end = text.find("\n", m.start())
        spans.append((m.start(), line_end if line_end != -1 else n))
    # …工作取得实效。下一步，我局将…: a sentence inside a paragraph that turns to what comes next
    for m in _FORWARD_SENTENCE_RE.finditer(text):
        if m.group(1) and (year is None or int(m.group(1)) <= year):
            continue
        line_end = text.find("\n", m.start())
        start = m.start(1) if m.group(1) else (m.start(2) if m.group(2) else m.start(3))
        spans.append((start, line_end if line_end != -1 else n))
    spans = [(a, min(b, n)) for a, b in spans if a < n]
    # notes closing the last part (注：② 其中欠薪类投诉举报九百余件) explain the report's figures, not its plans
    spans = [(a, nm.start() if b == n and (nm := _NOTE_BLOCK_RE.search(text, a, n)) else b) for a, b in spans]
    # an appendix's task list (序号⇥任务⇥牵头单位⇥完成时限) with deadlines after the report's year: what is to be done
    for h in _ANNEX_TASK_HEADER_RE.finditer(text, n):
        end = at = h.end()
        while at < len(text):  # the rows: the tab-separated lines that follow (blank lines between them in HTML and Word)
            nxt = text.find("\n", at + 1)
            nxt = len(text) if nxt == -1 else nxt
            line = text[at + 1:nxt]
            if "\t" in line:
                end = nxt
            elif line.strip():
                break
            at = nxt
        deadlines = [int(y) for y in _YEAR_RE.findall(text, h.end(), end)]
        if deadlines and year is not None and min(deadlines) > year:
            spans.append((h.start(), end))
    return _merge(spans)


_ANNEX_TASK_HEADER_RE = re.compile(r"^[ \t]*序号\t[^\n]*(?:任务|措施|内容|事项)[^\n]*\t[^\n]*(?:完成时限|时限|完成时间)[^\n]*$", re.M)


def _at_line_starts(pattern: re.Pattern, line_starts: list[int], text: str) -> Iterator[re.Match]:
    """pattern.finditer(text) for a multiline pattern opening with ^, tried only where a line begins."""
    # the regex engine would try it at every position of the text, to fail at ^ but for one in a line
    if not (pattern.flags & re.M and pattern.pattern.startswith("^")):
        yield from pattern.finditer(text)
        return
    pos = 0
    for p in line_starts:
        if p >= pos:
            m = pattern.match(text, p)
            if m is not None:
                yield m
                pos = m.end()


