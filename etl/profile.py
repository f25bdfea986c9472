"""Profile: issuing unit, region, level, sector, year, report or plan, date issued."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from .models import Profile
from .registry import regions

_UNIT_SUFFIXES = ("委员会", "管理局", "管理中心", "服务中心", "办公室", "办事处", "联合会", "联合社", "政府", "厅", "局", "委", "办", "支队",
                  "总队")
_STOP = "，。、；：（）《》“”〈〉<>\"' \n\t"
DATE_LINE_RE = re.compile(r"^\s*[（(]?\s*(\d{4}|[〇零一二三四五六七八九○]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月"
                          r"\s*([\d一二三四五六七八九十]{1,3})\s*日\s*(?:印发|发布|制发|签发)?\s*[）)]?\s*$")
ISO_DATE_RE = re.compile(r"(?:发布日期|发布时间|成文日期|日期)[：:]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
# the date a document was signed, which a web page may list beside the date it was posted
WRITTEN_DATE_RE = re.compile(r"成文日期[：:]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
# a web page's catalogue fields (索引号：… 主题分类：计划总结): never the title
_META_FIELD_RE = re.compile(r"^(?:索引号|主题分类|发布机构|成文日期|发布日期|发布时间|文号|来源|信息来源|发文机关|生效日期|有效性|"
                            r"公开方式|公开范围|分类|主题词|关键词|标题|名称|发文字号)[:：]")
_LABEL_SPACES_RE = re.compile(r"[ \t　]+")  # 标　　题：, 文　　号：: a label spaced to the width of the others
YEAR_RE = re.compile(r"(?<![\d\-–—~至])(20\d{2}|19\d{2})\s*年(?:度)?(?![\d\-–—~至])")
RANGE_RE = re.compile(r"(19|20)\d{2}\s*[-–—~至到]\s*(19|20)?\d{2}\s*年")
TYPE_WORDS = (
    ("report", ("年度报告", "工作报告", "情况报告", "报告", "总结", "统计年报", "年报")),
    ("plan", ("工作要点", "实施细则", "实施方案", "工作方案", "工作计划", "要点", "方案", "计划", "细则", "意见", "安排", "措施",
              "任务清单", "责任清单", "重点任务", "工作台账", "台账", "实施办法", "工作规则", "工作制度", "考核办法",
              "管理办法")),
)
_REPORT_SIGNS = ("报告如下", "存在的不足", "存在的问题", "主要不足", "下一年度", "下一步", "取得", "成效", "主要举措",
                 "履行推进法治建设第一责任人职责情况")
_PLAN_SIGNS = ("工作要点如下", "请认真组织实施", "印发给你们", "现予印发", "遵照执行", "认真贯彻执行", "要点如下")
_ISSUING_RE = re.compile(r"(?:印发|转发|下发)《")
_BODY_YEAR_RE = re.compile(r"(?:^|\n)\s*(20\d{2}|19\d{2})\s*年(?:度)?[，,以来]")
_SELF_REF = {"我局": "局", "本局": "局", "我厅": "厅", "本厅": "厅", "我委": "委", "本委": "委", "我办": "办",
             "我市": "政府", "我县": "政府", "我区": "政府", "市政府": "政府", "县政府": "政府", "区政府": "政府"}
_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small_int(s: str) -> int:
    """二十三 -> 23, 7 -> 7, 二〇一七 -> 2017 (digit by digit when there is no 十/百)."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    if "十" not in s and "百" not in s:
        return int("".join(str(_CN_DIGIT.get(c, 0)) for c in s)) if s else 0
    total, num = 0, 0
    for c in s:
        if c == "百":
            total += (num or 1) * 100
            num = 0
        elif c == "十":
            total += (num or 1) * 10
            num = 0
        else:
            num = _CN_DIGIT.get(c, 0)
    return total + num


# a 兵团 division before the city it runs with (第八师石河子市): a prefecture-level unit whatever the city's own rank
_DIVISION_RE = re.compile(r"(?:新疆生产建设兵团)?第[一二三四五六七八九十]{1,3}师$")
# a vertically managed unit's national head office, and its field (…外汇管理局广西壮族自治区分局 is no 分 office)
_NATIONAL_SECTORS = {"国家税务总局": "税务", "国家金融监督管理总局": "金融监管", "国家外汇管理局": "外汇管理",
                     "中国人民银行": "人民银行"}
_NATIONAL_PREFIXES = tuple(_NATIONAL_SECTORS)
# the central bank's branch after a place's full name: 中国人民银行百色市分行
_BANK_BRANCH_RE = re.compile("分行")
# a web page's posting line: 2024年03月04日 17:21　来源：…
_POSTED_LINE_RE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s+\d{1,2}:\d{2}", re.M)
# the financial regulator's local offices are named by a place's short name: 国家金融监督管理总局宁夏监管局, …巴音郭楞监管分局
_REGULATOR_OFFICE_RE = re.compile(r"国家金融监督管理总局([\u4e00-\u9fff]{2,8}?)(监管局|监管分局)")
_REGION_END_RE = re.compile("[省市区州盟县旗]")  # every name in the gazetteer ends with one of these
_BRANCH_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?分局")
# a detachment under a bureau (杭州市公安局交通警察支队): the unit, in the bureau's field
_DETACHMENT_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:支队|总队)(?![\u4e00-\u9fff]{0,2}(?:队员|民警))")
# the bodies a government's full name stands before (办公室 and the commissions and offices named after it)
_GOVERNMENT_BODY_RE = re.compile(r"(?:国有资产监督管理委员会|外事办公室|侨务办公室|台湾事务办公室|港澳事务办公室|港澳台事务办公室"
                                 r"|金融工作办公室|地方金融监督管理局|研究室|参事室|发展研究中心|办公室|办公厅)")
_DEPT_RE = re.compile(rf"[^{re.escape(_STOP)}\d]{{1,16}}?(?:{'|'.join(_UNIT_SUFFIXES)})(?!员|会议|[审监法])")  # 管理办法 is no 办
BOOK_TITLE_RE = re.compile(r"《[^《》\n]{1,60}》")  # a title of a document: 《法治政府建设实施纲要》


@lru_cache(maxsize=1)
def _region_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(n) for n in _region_by_name()}, reverse=True))


# the peoples an autonomous county or banner is named for (察布查尔锡伯自治县, 双江拉祜族佤族布朗族傣族自治县)
_PEOPLES = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
            "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
            "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
# a people's name ends the place name: with 族 always, without it only a name of two or more characters (锡伯, 哈萨克)
_PEOPLE_END_RE = re.compile("(?:" + "|".join(sorted((f"{p}族" for p in _PEOPLES), key=len, reverse=True)) + "|各族|"
                            + "|".join(sorted((p for p in _PEOPLES if len(p) > 1), key=len, reverse=True)) + ")$")


def _autonomous_short(name: str) -> str | None:
    """长阳土家族自治县 -> 长阳县, 察布查尔锡伯自治县 -> 察布查尔县, 鄂温克族自治旗 -> 鄂温克旗: the name documents write."""
    if not name.endswith(("自治县", "自治旗")):
        return None
    place, last = name[:-3], ""
    while place and (m := _PEOPLE_END_RE.search(place)):
        place, last = place[:m.start()], m.group()
    place = place or last.removesuffix("族")  # 鄂伦春自治旗: the banner is the people's own
    return place + name[-1] if len(place) >= 2 and place + name[-1] != name else None


@lru_cache(maxsize=1)
def _region_by_name() -> dict:
    """Official name -> region, and the short forms documents write for autonomous areas (黔东南州, 长阳县)."""
    out = {}
    for r in regions():
        out.setdefault(r.name, r)
    for r in regions():
        if r.name.endswith("自治州") and r.short:
            out.setdefault(r.short + "州", r)
        elif short := _autonomous_short(r.name):
            out.setdefault(short, r)
    return out


@lru_cache(maxsize=1)
def _districts_named() -> dict[str, tuple]:
    """District, county and banner name -> every division of that name (西湖区: 杭州's and 南昌's)."""
    out: dict[str, list] = {}
    for r in regions():
        if r.kind == "district":
            out.setdefault(r.name, []).append(r)
    for short, r in _region_by_name().items():
        if r.kind == "district" and short != r.name and short not in out:
            out[short] = [r]  # 长阳县: the short form of 长阳土家族自治县
    return {k: tuple(v) for k, v in out.items()}


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


# a district, county or banner named after a city or province (北京市朝阳区, 成都市武侯区): known by its ending,
# so that one the gazetteer lacks (a new district) still counts; zones and parks are not districts
_COUNTY_RE = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:自治县|自治旗|区|县|旗)")
_NOT_COUNTY_RE = re.compile(r"^(?:市区|城区|辖区|社区|片区|街区|小区|地区|全区|全县|本区|本县|各区|各县|区县|县区|市县|县市区|新区)$"
                            r"|(?:园区|开发区|景区|功能区|保护区|示范区|试验区|自贸区|高新区)$")


# a town, township or sub-district (乡镇、街道) below a county or district, where its own government follows
_TOWN_NAME = r"[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)"
_TOWN_RE = re.compile(rf"{_TOWN_NAME}(?=人民政府$|办事处$)")


# an appendix after the closing date (附件 / 附件1：主要指标完成情况): not part of the body's last part
APPENDIX_RE = re.compile(r"[ \t]*(?:附件|附表|附录|附(?=[:：]))[ \t]*[\d一二三四五六七八九十]*[ \t]*(?:[:：][^\n]{0,40})?[ \t]*")


def appendix_start(text: str) -> int:
    """Where an appendix after the closing date begins (len(text) when there is none)."""
    if "附" not in text:
        return len(text)
    pos, recent = 0, []
    for line in text.split("\n"):
        if APPENDIX_RE.fullmatch(line) and any(DATE_LINE_RE.match(x) for x in recent[-3:]):
            return pos
        if line.strip():
            recent.append(line.strip())
        pos += len(line) + 1
    return len(text)


class UnitMention(NamedTuple):
    """A unit named in the text: where, the whole name, the gazetteer region it sits in, a district or county
    below that region (or None), and the department after them."""
    offset: int
    unit: str
    region: str
    county: str | None
    dept: str


def _below_region(region: str, dept: str) -> tuple[str, str | None, str]:
    """(region, county, department) once a name below the region is taken off the department's front:
    广东省 + 清远市工业和信息化局 -> 清远市, 工业和信息化局; 北京市 + 朝阳区市场监督管理局 -> 北京市, 朝阳区, 市场监督管理局."""
    names, lengths = _region_by_name(), _region_lengths()
    inner = True
    while inner:  # 广东省 + 清远市 + 英德市人民政府: down to the innermost listed city
        inner = next((n for n in lengths if len(dept) > n and dept[:n] in names), None)
        if inner and names[dept[:inner]].kind == "district":
            break  # a district's name is not unique: it stays the county below the region that places it
        if inner:
            region, dept = dept[:inner], dept[inner:]
    county = None
    cm = _COUNTY_RE.match(dept)
    if cm and len(dept) > cm.end() and not _NOT_COUNTY_RE.search(cm.group()):
        county, dept = cm.group(), dept[cm.end():]
    if tm := _TOWN_RE.match(dept):
        dept = dept[tm.end():]  # 丁蜀镇人民政府, 北山街道办事处: a town's government, placed by the names above it
    return region, county, dept


def find_units(text: str) -> list[UnitMention]:
    """Every unit name in the text."""
    # anchor on the last character of a region name, then look the name up: far faster than one big alternation
    names, lengths = _region_by_name(), _region_lengths()
    out, last_end = [], 0
    for m in _REGION_END_RE.finditer(text):
        end = m.end()
        for n in lengths:
            start = end - n
            if start < last_end or text[start:end] not in names:
                continue
            # (after a closing mark too: 《…规定》和县委… — 和 joins, the title before it has ended)
            glued = start and ("\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in "》”’）)」』")
            if n == 2 and glued and names[text[start:end]].kind == "district":
                continue  # 全市和县级人民政府: a two-character county (和县) is a name only where a word does not end
            # 国家税务总局苏州市税务局: a vertically managed bureau's name starts with its national head office
            pre = next((p for p in _NATIONAL_PREFIXES if text.startswith(p, start - len(p))), "")
            if not pre and "师" in text[max(0, start - 4):start] and (bm := _DIVISION_RE.search(text, max(0, start - 16), start)):
                pre = bm.group()  # 新疆生产建设兵团第一师阿拉尔市司法局: the division and its city are one unit
            dm = _BANK_BRANCH_RE.match(text, end) if pre == "中国人民银行" else None  # 中国人民银行百色市分行
            dm = dm or _DEPT_RE.match(text, end)
            if not dm:
                break
            whole = dm.group()
            region, county, dept = _below_region(text[start:end], whole)
            if dept.endswith("局") and (bm := _BRANCH_RE.match(text, dm.end())):
                # 广州市生态环境局天河分局: the district branch is the unit (a county-level one), not the city bureau
                whole += bm.group()
                county = county or bm.group()
            elif dept.endswith("局") and (tm := _DETACHMENT_RE.match(text, dm.end())):
                whole += tm.group()
            if dept.endswith("政府") and dept != "人民政府":
                break  # 市政府 inside a longer phrase, not a unit
            if dept == "人民政府" and (gm := _GOVERNMENT_BODY_RE.match(text, dm.end())):
                # 常州市人民政府国有资产监督管理委员会, 湖北省人民政府外事办公室: a body of the government, not it
                dept += gm.group()
                whole += gm.group()
            # 关于… is a title, not a department; 市工信局 inside a longer name is not a unit of its own
            if dept.startswith(("关于", "和", "及")) or "关于" in dept:
                break
            out.append(UnitMention(start - len(pre), pre + text[start:end] + whole, region, county, dept))
            last_end = start + n + len(whole)
            break
    if "管理中心" in text or "管理委员会" in text or "海关" in text:
        out = sorted(out + _short_place_units(text, out), key=lambda u: u.offset)
    if "国家金融监督管理总局" in text:
        taken = {u.offset for u in out}
        places = _place_by_short()
        extra = [UnitMention(m.start(), m.group(), r.name, None, m.group(2)) for m in _REGULATOR_OFFICE_RE.finditer(text)
                 if m.start() not in taken and (r := places.get(m.group(1))) is not None]
        out = sorted(out + extra, key=lambda u: u.offset)
    return out


# bodies an official name puts straight after a city's short name (南宁住房公积金管理中心, 合肥经济技术开发区管理委员会)
_SHORT_PLACE_BODY_RE = re.compile(r"(?:海关|住房公积金管理中心|(?:经济技术|高新技术产业|经济|高新)开发区管理委员会|高新区管理委员会"
                                  r"|工业园区管理委员会|新区管理委员会)")


@lru_cache(maxsize=1)
def _city_by_short() -> dict:
    """A prefecture-level city's short name (南宁) -> its region."""
    return {r.short: r for r in regions() if r.kind == "city" and r.short and r.short != r.name}


@lru_cache(maxsize=1)
def _place_by_short() -> dict:
    """Any place's short name (上海, 南京, 张家港) -> its region: customs are named so (张家港海关)."""
    out = {}
    for kind in ("county", "city", "province"):  # a city's or province's name wins over a county's of the same
        out.update({r.short: r for r in regions() if r.kind == kind and r.short and r.short != r.name})
    return out


def _short_place_units(text: str, found: list[UnitMention]) -> list[UnitMention]:
    """Units named after a city's short name, which the gazetteer's full names do not find."""
    cities, taken = _city_by_short(), {u.offset + len(u.unit) for u in found}
    out = []
    for m in _SHORT_PLACE_BODY_RE.finditer(text):
        if m.end() in taken:
            continue  # 南宁市住房公积金管理中心: found by its full name
        # (a zone may take a county-level city's name: 昆山经济技术开发区管理委员会)
        places = _place_by_short() if m.group() == "海关" or m.group().endswith("管理委员会") else cities
        for k in (3, 2, 4):
            r = places.get(text[max(0, m.start() - k):m.start()])
            if r is not None and m.start() >= k:
                out.append(UnitMention(m.start() - k, text[m.start() - k:m.end()], r.name, None, m.group()))
                break
    return out


# a document number (宁司字〔2025〕3号, 粤工信法规函〔2024〕12号) on the line above a title is no part of it
# the year and number of a document number (粤工信法〔2024〕12号), in any of the brackets people type
DOC_NUMBER_RE = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号")


# a web page's trail: 您当前所在的位置：首页 > 政务公开 > 政府信息公开年报
_BREADCRUMB_RE = re.compile(r"(?:当前|所在)的?位置\s*[：:]|首页\s*[>＞›»]|[>＞›»]\s*首页")


def _title(lines: list[tuple[int, str]]) -> tuple[str | None, int | None]:
    """The document's title and the line where it ends, from the first lines."""
    head = [(i, p, ln.strip()) for i, (p, ln) in enumerate(lines[:25]) if ln.strip()]
    for k, (i, _p, s) in enumerate(head):
        if (len(s) > 120 or s.endswith(("。", "：", ":")) or s.startswith(("现将", "为", "根据"))
                or _META_FIELD_RE.match(_LABEL_SPACES_RE.sub("", s[:12])) or _BREADCRUMB_RE.search(s)):
            continue
        if not any(w in s for _, words in TYPE_WORDS for w in words):
            continue
        if re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）", s):
            break
        # a title that wraps onto the next line(s) at a blank: join a short lead-in line before it
        if k > 0:
            pi, _pp, ps = head[k - 1]
            if (i - pi <= 2 and len(ps) < 40 and ps[-1] not in "。；，" and not DATE_LINE_RE.match(ps)
                    and "：" not in ps and ":" not in ps and not DOC_NUMBER_RE.search(ps) and not _is_unit_only(ps)
                    and not any(u.offset == 0 for u in find_units(s))):
                # (a title that opens with its unit's name has no lead-in: 通知公告 / 法治政府建设 above it is a menu)
                return ps + s, i
            if i - pi <= 2 and _is_unit_only(ps) and re.match(r"(?:19|20)\d{2}\s*年|关于", s):
                return ps + s, i  # 江西省商务厅 / 2024年法治政府建设年度报告: the unit's line opens the title
        return s, i
    return None, None


def _is_unit_only(s: str) -> bool:
    return any(u.unit == s.strip() for u in find_units(s))


def _date(y: str, m: str, d: str) -> str | None:
    try:
        yy, mm, dd = cn_small_int(y), cn_small_int(m), cn_small_int(d)
    except ValueError:
        return None
    if 1949 <= yy <= 2100 and 1 <= mm <= 12 and 1 <= dd <= 31:
        return f"{yy:04d}-{mm:02d}-{dd:02d}"
    return None


def _district(name: str, province: str | None, city: str | None, text: str):
    """The division a district or county name means: the one in the given province or city, else the one whose
    city and province the text names most (西湖区 in a text about 杭州); None when that does not decide."""
    cands = _districts_named().get(name, ())
    if province or city:
        cands = tuple(c for c in cands if c.province_short == province and (city is None or c.parent_city == city))
    if len(cands) > 1:
        seen = [(text.count(c.parent_city) if c.parent_city else 0) + text.count(c.province_short) for c in cands]
        best = max(seen)
        cands = tuple(c for c, k in zip(cands, seen) if k == best) if best else ()
    return cands[0] if len(cands) == 1 else None


def _level_and_place(region_name: str, county: str | None = None,
                     text: str = "") -> tuple[str | None, str | None, str | None]:
    """(level, province short, city short) of the region a unit name starts with, or of a county below it."""
    r = _region_by_name().get(region_name)
    if r is None:
        return None, None, None
    if r.kind == "district":
        d = _district(region_name, None, None, text)
        return ("county", d.province_short, d.parent_city or None) if d else ("county", None, None)
    if county is not None and r.kind == "province":
        d = _district(county, r.short, None, text)  # 浙江省松阳县: the province places the county in its city
        return "county", r.short, (d.parent_city or None) if d else None
    if county is not None:
        # a district of a municipality (北京市朝阳区) belongs to no prefecture-level city
        return "county", r.province_short if r.kind != "province" else r.short, r.short if r.kind == "city" else None
    if r.kind == "province":
        return "province", r.short, None
    if r.kind == "city":
        return "city", r.province_short, r.short
    return "county", r.province_short, r.parent_city or None


_ZONE_COMMITTEE_RE = re.compile(r"(.*(?:开发区|园区|新区|高新区|示范区|保税区|合作区))管理委员会")
# 城市管理局 is 城市管理, not 城市; 住房公积金管理中心 is 住房公积金管理, 机关事务服务中心 机关事务服务
_SECTOR_SUFFIXES = tuple(s for s in _UNIT_SUFFIXES if s not in ("管理局", "管理中心", "服务中心")) + ("中心",)


def _sector(dept: str) -> str | None:
    """The field a department works in: its name without the unit word (工业和信息化局 -> 工业和信息化)."""
    if dept in ("人民政府", "人民政府办公室", "人民政府办公厅", "办事处"):
        return "综合（人民政府）"
    if dept.startswith("人民政府"):
        dept = dept[len("人民政府"):]  # 人民政府国有资产监督管理委员会: the body's own field
    if zone := _ZONE_COMMITTEE_RE.fullmatch(dept):
        return zone.group(1)  # 经济技术开发区管理委员会: the zone is the field, 管理 is the committee's name
    for suf in _SECTOR_SUFFIXES:
        if dept.endswith(suf):
            s = dept[: -len(suf)]
            return s or None
    return dept or None


_HEAD_OF_GOVERNMENT_RE = re.compile(r"^[ \t　]*([\u4e00-\u9fff]{2,12}?[省市区县旗州])(?:省长|市长|区长|县长|旗长|州长|主席)"
                                    r"(?:[ \t　]|$|(?=\d{4}\s*年度?[^\n]{0,12}?(?:述法|述职|履行)))", re.M)
_PLACE_TITLE_RE = re.compile(r"^([\u4e00-\u9fff]{2,20}?)(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年")


_TOWN_UNIT_RE = re.compile(rf"{_TOWN_NAME}(?:人民政府|办事处)")
# 铁富镇人民政府镇长　张××: a signature line may add the head's title and name
_TOWN_SIGNATURE_RE = re.compile(rf"({_TOWN_NAME}(?:人民政府|办事处))(?:(?:镇长|乡长|主任|党委书记|党工委书记)[ \t　]*"
                                r"[\u4e00-\u9fff×Xx＊*]{0,4})?")


def _town_unit(title: str | None, lines: list[tuple[int, str]]) -> str | None:
    """A township's government or a street office named alone, opening the title or on a signature line."""
    if title and (m := _TOWN_UNIT_RE.match(title)):
        return m.group()
    return next((m.group(1) for _p, ln in lines[-12:] if (m := _TOWN_SIGNATURE_RE.fullmatch(ln.strip()))), None)


def _places_named(text: str) -> list[str]:
    """Every gazetteer place name in the text (兴化市, 南岗区), in order."""
    names, lengths, out = _region_by_name(), _region_lengths(), []
    for m in _REGION_END_RE.finditer(text):
        name = next((text[m.end() - n:m.end()] for n in lengths if text[m.end() - n:m.end()] in names), None)
        if name:
            out.append(name)
    return out


def _government_of(place: str) -> UnitMention | None:
    """The 人民政府 of a place named alone (湖州市吴兴区, 安吉县), when the gazetteer knows the place."""
    found = find_units(place + "人民政府")
    return found[0] if found and found[0].offset == 0 and found[0].unit == place + "人民政府" else None


def profile(text: str) -> Profile:
    """Who issued the document, about when, and whether it reports or plans."""
    lines = _lines(text)
    title, title_line = _title(lines)
    evidence: list[tuple[str, str]] = []
    low: list[str] = []

    # issued: a date standing alone on a line, or a web page's 发布日期
    issued = None
    for _p, ln in lines[:40]:
        m = DATE_LINE_RE.match(ln)
        if m is None and DOC_NUMBER_RE.search(ln):
            # 青审发〔2021〕42号　　青岛市审计局　　2021年11月5日: the date among a header line's fields
            m = next((d for part in re.split(r"\s+", ln.strip()) if (d := DATE_LINE_RE.match(part))), None)
        if m:
            issued = _date(*m.groups())
            break
    if issued is None and (m := WRITTEN_DATE_RE.search(text[:3000])):
        issued = _date(*m.groups())
    if issued is None:  # the date under the closing signature is the signing date, whatever the page was posted on
        body_end = appendix_start(text)  # the signature stands before any appendix
        for _p, ln in [(p, ln) for p, ln in lines if p < body_end][-12:]:
            m = DATE_LINE_RE.match(ln)
            if m:
                issued = _date(*m.groups())
    if issued is None and (m := ISO_DATE_RE.search(text[:3000])):
        issued = _date(*m.groups())
    if issued is None and (m := _POSTED_LINE_RE.search(text[:3000])):
        issued = _date(*m.groups())  # 2024年03月04日 17:21　来源：…: the page's own posting line

    # unit: signature line, title, first lines; otherwise the body's most named unit of the self-referenced kind
    units = find_units(text)
    head_end = lines[title_line][0] + len(lines[title_line][1]) if title_line is not None else 0
    head_lines = {p for p, ln in lines[:25] if ln.strip()}
    score: Counter = Counter()
    info = {}
    self_kinds: Counter = Counter()
    for w, k in _SELF_REF.items():
        if n := text.count(w):
            self_kinds[k] += n
    for off, unit, region, county, dept in units:
        info[unit] = (region, county, dept)
        w = 1.0
        line_start = text.rfind("\n", 0, off) + 1
        line_end = text.find("\n", off)
        line = text[line_start: line_end if line_end >= 0 else len(text)].strip()
        if line == unit:
            w += 20  # a signature line
        elif off <= head_end or (line_start in head_lines and off - line_start < 3):
            w += 8
        if self_kinds:
            kind = self_kinds.most_common(1)[0][0]
            if dept.endswith(kind) or (kind == "委" and dept.endswith("委员会")):
                w += 2
        if text[max(0, off - 1): off] == "《":
            w += 0.5  # named in a document title of its own
        score[unit] += w
    for short in [u for u in score if any(o != u and o.endswith(u) for o in score)]:
        # 天水市秦州区商务局 in the title, 秦州区商务局 signing: one unit, known by its full name
        full = max((o for o in score if o != short and o.endswith(short)), key=lambda o: score[o])
        score[full] += score.pop(short)
    unit = region_name = county = dept = None
    town = _town_unit(title, lines)
    if town and title and title.startswith(town) and score and not any(u in title or town in u for u in score):
        # 铁富镇人民政府镇长…述法报告 that opens 根据邳州市委全面依法治市委员会办公室…要求: the body cites who asked
        score.clear()
    if score:
        unit = score.most_common(1)[0][0]
        region_name, county, dept = info[unit]
        evidence.append(("unit", f"score {score[unit]:.1f}"))
        if score[unit] < 3:
            low.append("unit")
    elif title and (m := _PLACE_TITLE_RE.match(title)):
        # 松阳县2024年法治政府建设工作要点: a whole-government document names only its place
        if gov := _government_of(m.group(1)):
            _off, unit, region_name, county, dept = gov
            evidence.append(("unit", "place in title"))
            low.append("unit")
    if unit is None and town:
        # 戴南镇人民政府 with no county before it: placed by the county or district the text names most
        unit, dept = town, "人民政府" if town.endswith("人民政府") else "办事处"
        places = Counter(n for n in _places_named(text) if _region_by_name()[n].kind in ("county", "district"))
        region_name = places.most_common(1)[0][0] if places else None
        evidence.append(("unit", "town"))
        low.append("unit")
    if unit is None and (m := _HEAD_OF_GOVERNMENT_RE.search(text[:2000])):
        # 安吉县县长　王××: a government head's own report (述职) speaks for that government
        if gov := _government_of(m.group(1)):
            _off, unit, region_name, county, dept = gov
            evidence.append(("unit", "head of government"))
            low.append("unit")
    header_missing = title is None and not any(ln.strip() == unit for _p, ln in lines[:25]) if unit else title is None

    level, region, city = _level_and_place(region_name, county, text) if region_name else (None, None, None)
    if unit and county is None and region_name and _DIVISION_RE.search(unit[:unit.find(region_name)] if region_name in unit else ""):
        level, city = "city", _region_by_name()[region_name].short  # 第八师石河子市司法局
    if level in ("city", "province") and unit and _TOWN_UNIT_RE.search(unit) and unit.endswith(("人民政府", "办事处")):
        level = "county"  # 东莞市塘厦镇人民政府: a town right under a city with no counties is still of the lowest level
    sector = _sector(dept) if dept else None
    if unit and (field := next((f for p, f in _NATIONAL_SECTORS.items() if unit.startswith(p)), None)):
        sector = field

    # doc type from the title, else from how the body speaks
    doc_type = None
    if title:
        # 《…管理办法》政策解读: the title of another document says nothing; 关于印发《…工作要点》的通知 is that plan
        own_words = title if _ISSUING_RE.search(title) else BOOK_TITLE_RE.sub("", title)
        for kind, words in TYPE_WORDS:
            if any(w in own_words for w in words):
                doc_type = kind
                break
    if doc_type is None:
        rep = sum(text.count(w) for w in _REPORT_SIGNS)
        pla = sum(text.count(w) for w in _PLAN_SIGNS)
        doc_type = "report" if rep > pla else "plan" if pla else None
        low.append("doc_type")

    # year: the title's year (not a period); else a plan's issue year (its opening 2023年，… looks back), a report's
    # opening year; else the issue year
    year = None
    if title:
        t = RANGE_RE.sub("", title)
        m = YEAR_RE.search(t)
        if m:
            year = int(m.group(1))
    span = RANGE_RE.search(title) if title and doc_type == "plan" else None
    if year is None and span and (not issued or int(issued[:4]) < int(span.group()[:4])):
        # 行动方案（2024—2025年） signed in December 2023: the plan's first year
        year = int(span.group()[:4])
        evidence.append(("year", "plan period"))
    if year is None and doc_type == "plan" and issued:
        year = int(issued[:4])
        evidence.append(("year", "plan issued"))
    opening = _BODY_YEAR_RE.search(text[head_end: head_end + 400])
    if year is None and opening:
        year = int(opening.group(1))
        evidence.append(("year", "body opening"))
    elif (year and opening and doc_type == "report" and issued
          and year < int(opening.group(1)) < int(issued[:4]) and int(issued[:4]) >= year + 2):
        # 宾川…2023年…工作报告 whose body opens 2024年，… and is signed 2025-01: the title's year is a slip
        evidence.append(("year", f"标题{year}年，正文{opening.group(1)}年，落款{issued[:7]}"))
        year = int(opening.group(1))
        low.append("year")
    if year is None and issued:
        year = int(issued[:4]) - (1 if doc_type == "report" and int(issued[5:7]) <= 6 else 0)
        low.append("year")
    if year is None:
        years = Counter(int(m.group(1)) for m in YEAR_RE.finditer(RANGE_RE.sub("", text)))
        if years:
            year = years.most_common(1)[0][0]
            low.append("year")
    return Profile(unit=unit, region=region, city=city, level=level, sector=sector, year=year, doc_type=doc_type,
                   issued=issued, title=title, header_missing=header_missing, low_confidence=tuple(low),
                   evidence=tuple(evidence))
