"""Chinese labels and value formatting shared by pages, charts and exports."""
from __future__ import annotations

import math

LEVEL_ZH = {"province": "省级", "city": "市级", "county": "县级"}
DOC_TYPE_ZH = {"report": "年度报告", "plan": "工作要点"}
KIND_ZH = {"actual": "实际完成", "target": "目标任务"}
QUALIFIER_ZH = {
    "exact": "精确值",
    "approx": "约数（余/多/约）",
    "at_least": "下限（不少于）",
    "at_most": "上限（不超过）",
    "gt": "超过",
    "lt": "不足",
}
# qualifiers whose number is not the exact count: drawn hatched and lighter
INEXACT = {"approx", "at_least", "at_most", "gt", "lt"}
COVERAGE_ORDER = ("已报告", "仅目标", "未提及")
UNKNOWN_UNIT = "（单位未识别）"  # a document whose unit was not recognised (NULL unit)
OTHER_UNITS = "其他单位"  # smaller units folded into one bar segment
CATEGORY_ORDER = ("LEAD", "FUNC", "RULE", "DECI", "ENF", "DISP", "SUPV", "OPEN", "EDU", "EMER", "DIGI")


def category_rank(code: str) -> int:
    """Position of a category area in the 2021 outline order (unknown codes last)."""
    return CATEGORY_ORDER.index(code) if code in CATEGORY_ORDER else len(CATEGORY_ORDER)
GROUP_ORDER = ("licenses", "inspections", "cases", "proposals", "disclosure", "rules", "lists", "services",
               "enforcement", "training", "oversight")


def group_rank(group: str) -> int:
    """Position of an indicator group in the house order (unknown groups last)."""
    return GROUP_ORDER.index(group) if group in GROUP_ORDER else len(GROUP_ORDER)


def zh(mapping: dict[str, str], value) -> str:
    """Chinese label of a code, or the code itself."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return mapping.get(str(value), str(value))


def _number(value: float) -> str:
    """A number without a trailing .0."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if float(value).is_integer():
        return f"{int(value)}"
    return f"{value:g}"


def format_value(value: float, qualifier: str | None = "exact", measure: str | None = None) -> str:
    """A figure as written: 580余, 不少于2, 超过95%, 不超过5年."""
    num = _number(value)
    unit = "%" if measure == "%" else ""
    q = qualifier or "exact"
    if q == "approx":
        return f"{num}余{unit}"
    if q == "at_least":
        return f"不少于{num}{unit}"
    if q == "at_most":
        return f"不超过{num}{unit}"
    if q == "gt":
        return f"超过{num}{unit}"
    if q == "lt":
        return f"少于{num}{unit}"
    return f"{num}{unit}"


def doc_label(unit: str | None, year, doc_type: str | None) -> str:
    """'清远市工业和信息化局 2024 年度报告' for pickers and chart axes."""
    year_txt = "" if year is None or (isinstance(year, float) and math.isnan(year)) else f" {int(year)}"
    return f"{unit or UNKNOWN_UNIT}{year_txt} {zh(DOC_TYPE_ZH, doc_type)}".strip()
