"""The data the rules read: categories, regions, metric dictionary, word lists (all under data/spec)."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SPEC_DIR = Path(__file__).resolve().parent.parent / "data" / "spec"

GROUP_ZH = {
    "licenses": "行政许可", "inspections": "行政检查", "cases": "案件与信访", "proposals": "建议提案",
    "disclosure": "政务公开", "rules": "制度建设", "lists": "清单事项", "services": "政务服务",
    "enforcement": "执法保障", "training": "学法普法", "oversight": "考核监督", "other": "其他",
}
# groups shown in the headline charts; lists and one-off settings stay in tables
MAIN_GROUPS = {"licenses", "inspections", "cases", "proposals", "disclosure", "rules", "services", "training",
               "enforcement"}


def _rows(name: str) -> list[dict]:
    with (SPEC_DIR / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _split_terms(cell: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in re.split(r"\s*/\s*", cell or "") if t.strip() and "X" not in t)


@dataclass(frozen=True)
class Category:
    """One of the 11 areas of the national outline with its trigger words."""

    code: str
    name_zh: str
    outline_2021: str
    keywords: tuple[str, ...]
    heading_keywords: tuple[str, ...]
    fallback_headings: tuple[str, ...] = ()  # a heading (保障措施) that decides only items with no words of their own
    document_titles: tuple[str, ...] = ()  # a template whose every part is this area (政府信息公开工作年度报告)


@lru_cache(maxsize=1)
def categories() -> tuple[Category, ...]:
    """The category registry in file order."""
    return tuple(Category(r["code"], r["name_zh"], r.get("outline_2021", ""), _split_terms(r["keywords"]),
                          _split_terms(r.get("heading_keywords", "")), _split_terms(r.get("fallback_headings", "")),
                          _split_terms(r.get("document_titles", "")))
                 for r in _rows("categories.csv"))


@dataclass(frozen=True)
class Region:
    """A province, prefecture-level or county-level division."""

    name: str
    short: str
    kind: str  # province / city / county
    province_short: str
    parent_city: str


@lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    """The gazetteer, longest names first so the most specific match wins."""
    rs = [Region(r["name"], r["short"], r["kind"], r["province_short"], r.get("parent_city") or "")
          for r in _rows("regions.csv")]
    return tuple(sorted(rs, key=lambda r: -len(r.name)))


@lru_cache(maxsize=1)
def metric_dictionary() -> tuple[dict, ...]:
    """Rows of metrics.csv (code, group, name_zh, measure, …)."""
    return tuple(_rows("metrics.csv"))


@lru_cache(maxsize=1)
def metric_names() -> dict[str, dict]:
    """code -> dictionary row."""
    return {r["code"]: r for r in metric_dictionary()}


def _word_list(name: str) -> tuple[str, ...]:
    path = SPEC_DIR / name
    if not path.exists():
        return ()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line.split()[0])
    return tuple(out)


@lru_cache(maxsize=1)
def user_words() -> tuple[str, ...]:
    """Domain terms the segmenter must keep whole."""
    return _word_list("userdict.txt")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words never shown as keywords."""
    return frozenset(_word_list("stopwords.txt"))


@lru_cache(maxsize=1)
def spam_terms() -> tuple[str, ...]:
    """Known gambling and gaming brands that do not belong in a government text."""
    return tuple(t for t in _word_list("spam_terms.txt") if not t.endswith("+"))


@lru_cache(maxsize=1)
def spam_brand_heads() -> frozenset[str]:
    """Ordinary words gambling brands are made of (鸿运, 大发, 凤凰): with a gaming suffix they are a brand."""
    return frozenset(t[:-1] for t in _word_list("spam_terms.txt") if t.endswith("+"))


@lru_cache(maxsize=1)
def column_comments() -> tuple[dict, ...]:
    """Chinese description of every warehouse column (table, column, comment)."""
    return tuple(_rows("columns.csv"))


@lru_cache(maxsize=1)
def quality_issue_names() -> dict[str, dict]:
    """issue -> {issue_zh, severity, description}."""
    return {r["issue"]: r for r in _rows("quality_issues.csv")}
