"""Pure pandas shaping for display tables (no Streamlit, no SQL)."""
from __future__ import annotations

import pandas as pd

from .highlight import Span, snippet_html
from .labels import (COVERAGE_ORDER, DOC_TYPE_ZH, INEXACT, KIND_ZH, LEVEL_ZH, QUALIFIER_ZH, doc_label, format_value,
                     group_rank, zh)


def _zh_col(df: pd.DataFrame, column: str, mapping: dict) -> pd.Series:
    """A code column mapped to Chinese labels."""
    return df[column].map(lambda v: zh(mapping, v))


def documents_table(df: pd.DataFrame) -> pd.DataFrame:
    """Documents with Chinese headers and labels."""
    out = pd.DataFrame({
        "单位": df["unit"], "省份": df["region"], "层级": _zh_col(df, "level", LEVEL_ZH), "年份": df["year"],
        "类型": _zh_col(df, "doc_type", DOC_TYPE_ZH), "发文日期": [("" if pd.isna(v) else str(v)[:10]) for v in df["issued"]],
        "标题": df["title"], "章节": df["n_sections"], "条目": df["n_items"], "数值": df["n_metrics"],
        "字数": df["n_chars"], "源文件": df["source_name"],
    })
    return out.reset_index(drop=True)


def coverage_table(df: pd.DataFrame) -> pd.DataFrame:
    """Coverage as a wide unit × group table of statuses."""
    if df.empty:
        return pd.DataFrame()
    groups = list(dict.fromkeys(order_groups(df)["group_zh"]))
    wide = df.pivot_table(index="unit", columns="group_zh", values="status", aggfunc="first").reindex(columns=groups)
    return wide.reset_index().rename(columns={"unit": "单位"})


def order_groups(df: pd.DataFrame) -> pd.DataFrame:
    """Indicator groups in the house order (licenses first)."""
    return df.assign(_o=df["metric_group"].map(group_rank)).sort_values(["_o", "metric_group"]).drop(columns="_o")


def default_index(values: list, preferred) -> int:
    """Index of preferred in values, else 0."""
    return values.index(preferred) if preferred in values else 0


def headline_table(df: pd.DataFrame) -> pd.DataFrame:
    """Headline values as a leader reads them: 580余 next to the number."""
    if df.empty:
        return pd.DataFrame(columns=["单位", "年份", "类别", "数值", "原文数值", "限定", "原文"])
    return pd.DataFrame({
        "单位": df["unit"], "年份": df["year"].astype("Int64"), "类别": _zh_col(df, "kind", KIND_ZH), "数值": df["value"],
        "原文数值": [format_value(v, q, m) for v, q, m in zip(df["value"], df["qualifier"], df["measure"])],
        "限定": _zh_col(df, "qualifier", QUALIFIER_ZH), "单位词": df["measure"], "范围": df["scope"].fillna(""),
        "原文": df["quote"], "文档类型": _zh_col(df, "doc_type", DOC_TYPE_ZH),
    }).reset_index(drop=True)


def quotes_for(df: pd.DataFrame, metric_ids: list[str]) -> pd.DataFrame:
    """Source sentences of the selected values, or of all values when nothing is selected."""
    part = df[df["metric_id"].astype(str).isin(metric_ids)] if metric_ids else df
    return pd.DataFrame({
        "单位": part["unit"], "年份": part["year"].astype("Int64"),
        "原文数值": [format_value(v, q, m) for v, q, m in zip(part["value"], part["qualifier"], part["measure"])],
        "原文": part["quote"], "源文件": part["source_name"],
    }).reset_index(drop=True)


def has_inexact(df: pd.DataFrame) -> bool:
    """Whether any value is approximate or a bound."""
    return bool(len(df)) and bool(df["qualifier"].isin(INEXACT).any())


def category_table(df: pd.DataFrame) -> pd.DataFrame:
    """Unit × category shares as a wide table of percentages."""
    if df.empty:
        return pd.DataFrame()
    data = df.assign(category_zh=df["category_zh"].fillna(df["category"]).map(lambda s: str(s).split("（")[0]))
    wide = data.pivot_table(index="unit", columns="category_zh", values="share", aggfunc="sum").fillna(0)
    return (wide * 100).round(1).reset_index().rename(columns={"unit": "单位"})


def plan_options(df: pd.DataFrame) -> dict[str, str]:
    """doc_id → picker label for documents with items."""
    return {r.doc_id: f"{doc_label(r.unit, r.year, r.doc_type)}（{int(r.n_items)}项）" for r in df.itertuples()}


def items_table(df: pd.DataFrame) -> pd.DataFrame:
    """A plan's task list: number, title, category, leads."""
    return pd.DataFrame({
        "部分": [f"{n or ''}、{t or ''}".strip("、") for n, t in zip(df["section_number"], df["section_title"])],
        "序号": [f"（{n}）" for n in df["number"]], "任务": df["title"], "分类": df["category_zh"].fillna("未分类"),
        "牵头部门": df["leads"].fillna(""), "分工原文": df["lead_note"].fillna(""),
    }).reset_index(drop=True)


def workload_table(df: pd.DataFrame) -> pd.DataFrame:
    """Items led per department (all filtered units summed, from q_lead_departments), most first."""
    if df.empty:
        return pd.DataFrame(columns=["牵头部门", "牵头任务数", "涉及单位数"])
    return pd.DataFrame({"牵头部门": df["department"], "牵头任务数": df["n_items"],
                         "涉及单位数": df["n_units"]}).reset_index(drop=True)


def keywords_side_by_side(df: pd.DataFrame) -> pd.DataFrame:
    """Rank rows × document columns, each cell 'term（count）'."""
    if df.empty:
        return pd.DataFrame()
    data = df.assign(doc=[doc_label(u, y, t) for u, y, t in zip(df["unit"], df["year"], df["doc_type"])],
                     cell=[f"{t}（{c}）" for t, c in zip(df["term"], df["term_count"])])
    wide = data.pivot_table(index="rank", columns="doc", values="cell", aggfunc="first")
    wide.index.name = "排名"
    return wide.reset_index()


def hits_table(df: pd.DataFrame) -> pd.DataFrame:
    """Search hits (search() / export_search rows) with plain-text context, for download."""
    return pd.DataFrame({"单位": df["unit"], "年份": df["year"], "类型": _zh_col(df, "doc_type", DOC_TYPE_ZH),
                         "第几处": df["hit_no"], "位置": df["offset"], "上下文": df["context"]}).reset_index(drop=True)


def document_options(df: pd.DataFrame) -> dict[str, str]:
    """doc_id → picker label for all filtered documents, newest first."""
    data = df.sort_values(["year", "unit"], ascending=[False, True], na_position="last")
    return {r.doc_id: doc_label(r.unit, r.year, r.doc_type) for r in data.itertuples()}


def profile_rows(doc: dict) -> pd.DataFrame:
    """A document's profile as 字段/内容 rows."""
    rows = [
        ("单位", doc.get("unit")), ("省份", doc.get("region")), ("城市", doc.get("city")),
        ("层级", zh(LEVEL_ZH, doc.get("level"))), ("行业", doc.get("sector")), ("年份", doc.get("year")),
        ("类型", zh(DOC_TYPE_ZH, doc.get("doc_type"))), ("发文日期", doc.get("issued")), ("标题", doc.get("title")),
        ("章节 / 条目 / 数值", f"{doc.get('n_sections')} / {doc.get('n_items')} / {doc.get('n_metrics')}"),
        ("字数（规范化后）", doc.get("n_chars")), ("缺少文头", "是" if doc.get("header_missing") else "否"),
        ("推断存疑字段", doc.get("low_confidence") or ""), ("人工更正字段", doc.get("corrected") or ""),
        ("源文件", doc.get("source_name")), ("编码 / 格式", f"{doc.get('encoding') or ''} / {doc.get('file_format') or ''}"),
    ]
    return pd.DataFrame([(k, "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v)) for k, v in rows],
                        columns=["字段", "内容"])


def outline(sections: pd.DataFrame, items: pd.DataFrame) -> list[dict]:
    """Sections with their items nested: [{'label', 'is_target', 'items': [{'label', 'category', 'leads'}]}]."""
    tree = []
    by_section = {sid: part for sid, part in items.groupby("section_id", dropna=False)} if "section_id" in items else {}
    for s in sections.itertuples():
        part = by_section.get(s.section_id, items.iloc[0:0])
        tree.append({
            "label": f"{s.number}、{s.title}", "is_target": bool(s.is_target),
            "items": [{"label": f"（{i.number}）{i.title}", "category": i.category_zh or "未分类", "leads": i.leads or ""}
                      for i in part.itertuples()],
        })
    orphans = items[items["section_id"].isna()] if "section_id" in items else items.iloc[0:0]
    if len(orphans):
        tree.append({"label": "（未归入章节）", "is_target": False,
                     "items": [{"label": f"（{i.number}）{i.title}", "category": i.category_zh or "未分类",
                                "leads": i.leads or ""} for i in orphans.itertuples()]})
    return tree


def metric_spans(df: pd.DataFrame, original: bool) -> list[Span]:
    """Highlight spans for a document's figures in the original or normalized text."""
    start, end = ("orig_start", "orig_end") if original else ("start_offset", "end_offset")
    spans = []
    for r in df.itertuples():
        tip = (f"{r.code} · {r.name_zh}\n数值：{format_value(r.value, r.qualifier, r.measure)}"
               f"（{r.value:g}{r.measure or ''}）\n限定：{zh(QUALIFIER_ZH, r.qualifier)}\n类别：{zh(KIND_ZH, r.kind)}"
               + (f"\n范围：{r.scope}" if isinstance(r.scope, str) and r.scope else ""))
        css = "target" if r.kind == "target" else ("inexact" if r.qualifier in INEXACT else "fig")
        spans.append(Span(int(getattr(r, start)), int(getattr(r, end)), tip, css))
    return spans


def doc_metrics_table(df: pd.DataFrame) -> pd.DataFrame:
    """A document's figures as a readable table."""
    return pd.DataFrame({
        "指标": df["name_zh"], "代码": df["code"], "类别": _zh_col(df, "kind", KIND_ZH),
        "原文数值": [format_value(v, q, m) for v, q, m in zip(df["value"], df["qualifier"], df["measure"])],
        "数值": df["value"], "限定": _zh_col(df, "qualifier", QUALIFIER_ZH), "范围": df["scope"].fillna(""),
        "原文": df["quote"],
    }).reset_index(drop=True)


def quality_table(df: pd.DataFrame) -> pd.DataFrame:
    """Quality flags with Chinese headers."""
    return pd.DataFrame({
        "单位": df["unit"], "年份": df["year"], "类型": _zh_col(df, "doc_type", DOC_TYPE_ZH), "问题": df["issue_zh"],
        "次数": df["issue_count"], "示例": df["example"], "说明": df["description"], "严重程度": df["severity"],
        "问题代码": df["issue"], "源文件": df["source_name"],
    }).reset_index(drop=True)


def table_height(n_rows: int, row: int = 35, cap: int = 720) -> int:
    """Pixel height that shows n_rows of a dataframe without inner scrolling (up to cap)."""
    return min(cap, row * (n_rows + 1) + 3)


def group_hits(df: pd.DataFrame, term_len: int) -> list[tuple[str, str, int, list[str]]]:
    """Search hits per document in row order: (doc_id, label, hits in the document, [context_html, …])."""
    groups: dict[str, tuple[str, int, list[str]]] = {}
    for r in df.itertuples():
        label = doc_label(r.unit, r.year, r.doc_type)
        start = int(r.hit_start)
        html = snippet_html(r.context, start, start + term_len, bool(r.cut_left), bool(r.cut_right))
        groups.setdefault(r.doc_id, (label, int(r.n_hits), []))[2].append(html)
    return [(doc_id, label, n, snippets) for doc_id, (label, n, snippets) in groups.items()]


def quality_summary(df: pd.DataFrame) -> str:
    """'拼音注音（715）；繁体字（1）' for a document's flags."""
    return "；".join(f"{r.issue_zh}（{r.issue_count}）" for r in df.itertuples())


def category_keywords_table(df: pd.DataFrame) -> pd.DataFrame:
    """Category → its top terms in one line."""
    if df.empty:
        return pd.DataFrame(columns=["分类", "关键词"])
    rows = [(str(name).split("（")[0] if isinstance(name, str) else code, "、".join(part["term"]))
            for (code, name), part in df.groupby(["category", "category_zh"], dropna=False, sort=True)]
    return pd.DataFrame(rows, columns=["分类", "关键词"])


def coverage_summary_table(df: pd.DataFrame) -> pd.DataFrame:
    """Indicator group × status unit counts as a wide table in the house order."""
    if df.empty:
        return pd.DataFrame(columns=["指标组", *COVERAGE_ORDER])
    ordered = order_groups(df)
    wide = ordered.pivot_table(index="group_zh", columns="status", values="n_units", aggfunc="sum", sort=False)
    wide = wide.reindex(index=list(dict.fromkeys(ordered["group_zh"])), columns=list(COVERAGE_ORDER)).fillna(0)
    return wide.astype(int).reset_index().rename(columns={"group_zh": "指标组"})


def year_counts_table(df: pd.DataFrame) -> pd.DataFrame:
    """Documents and units per year and type."""
    return pd.DataFrame({"年份": df["year"].astype("Int64"), "类型": _zh_col(df, "doc_type", DOC_TYPE_ZH),
                         "文档数": df["n_documents"], "单位数": df["n_units"]}).reset_index(drop=True)


def quality_issue_table(df: pd.DataFrame) -> pd.DataFrame:
    """Per quality issue: documents flagged and occurrences (from q_quality_summary)."""
    return pd.DataFrame({"问题": df["issue_zh"], "涉及文档": df["n_docs"], "总处数": df["issue_count"],
                         "严重程度": df["severity"], "问题代码": df["issue"]}).reset_index(drop=True)

