"""Escaped HTML text with highlighted spans, built from segments (escape first, then mark)."""
from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A [start, end) range of the text to mark, with its tooltip."""

    start: int
    end: int
    tooltip: str = ""
    css_class: str = "fig"


MARK_STYLE = {
    "fig": "background:#ffe58f;border-bottom:2px solid #d48806;padding:0 1px;border-radius:2px;",
    "target": "background:#d6e4ff;border-bottom:2px solid #2f54eb;padding:0 1px;border-radius:2px;",
    "inexact": "background:#fff1b8;border-bottom:2px dashed #d48806;padding:0 1px;border-radius:2px;",
    "hit": "background:#ffd666;font-weight:600;padding:0 1px;border-radius:2px;",
}


def clean_spans(spans: list[Span], length: int) -> list[Span]:
    """Spans clipped to the text, sorted, overlaps dropped (the earlier span wins)."""
    out: list[Span] = []
    last_end = 0
    for s in sorted(spans, key=lambda x: (x.start, -x.end)):
        start, end = max(0, int(s.start)), min(length, int(s.end))
        if end <= start:
            continue
        if start < last_end:
            continue
        out.append(Span(start, end, s.tooltip, s.css_class))
        last_end = end
    return out


def mark_html(text: str, spans: list[Span]) -> str:
    """Text as escaped HTML with each span wrapped in <mark title=…>."""
    parts: list[str] = []
    pos = 0
    for s in clean_spans(spans, len(text)):
        parts.append(html.escape(text[pos:s.start]))
        style = MARK_STYLE.get(s.css_class, MARK_STYLE["fig"])
        parts.append(
            f'<mark class="fz-{html.escape(s.css_class)}" style="{style}" title="{html.escape(s.tooltip, quote=True)}">'
            f"{html.escape(text[s.start:s.end])}</mark>"
        )
        pos = s.end
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


def text_block(inner_html: str, max_height: int | None = 640) -> str:
    """Wrap marked HTML in a readable, scrollable pre-wrap box."""
    scroll = f"max-height:{max_height}px;overflow-y:auto;" if max_height else ""
    return (
        '<div class="fz-text" style="white-space:pre-wrap;line-height:1.9;font-size:15px;'
        f'border:1px solid #e5e7eb;border-radius:6px;padding:12px 16px;{scroll}">{inner_html}</div>'
    )


def find_all(text: str, term: str) -> list[int]:
    """Start offsets of every non-overlapping occurrence of term."""
    if not term:
        return []
    hits, pos = [], text.find(term)
    while pos >= 0:
        hits.append(pos)
        pos = text.find(term, pos + len(term))
    return hits


def snippet_html(window: str, start: int, end: int, cut_left: bool, cut_right: bool) -> str:
    """A context window as escaped HTML with [start, end) marked, ellipses where the text goes on."""
    body = mark_html(window, [Span(start, end, "", "hit")])
    return ("…" if cut_left else "") + body + ("…" if cut_right else "")


def context_snippet(text: str, start: int, end: int, width: int = 30) -> str:
    """±width characters around [start, end), escaped, the hit marked, ellipses at cut ends."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    return snippet_html(text[lo:hi].replace("\n", " "), start - lo, end - lo, lo > 0, hi < len(text))
