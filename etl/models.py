"""Frozen records passed between the pipeline stages."""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field


def evolve(obj, **changes):
    """A copy of a frozen record with some fields changed (dataclasses.replace without its per-call overhead)."""
    # replace() re-runs __init__ through keyword arguments, ~10x slower; none of these records has __post_init__
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


@dataclass(frozen=True)
class RawDoc:
    """A source file decoded to text; the bytes' hash is its identity."""

    source_name: str
    content_sha256: str
    original_text: str
    encoding: str
    file_format: str  # txt, html, docx, pdf
    stored_name: str = ""  # the file's name in data/raw (source_name is the name the user gave)


@dataclass(frozen=True)
class Fix:
    """One thing normalize changed or noticed, for the quality report."""

    issue: str
    start: int  # offset in the original text
    end: int
    example: str


@dataclass(frozen=True, eq=False)
class Normalized:
    """Simplified, punctuation-unified text plus a map back to the original."""

    text: str
    orig_index: array  # orig_index[i] = offset in the original of normalized char i
    orig_len: int
    fixes: tuple[Fix, ...] = ()
    traditional: bool = False

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span to the original text."""
        if not self.orig_index:
            return 0, 0
        if start >= len(self.orig_index):
            return self.orig_len, self.orig_len
        o_start = self.orig_index[start]
        o_end = self.orig_index[end - 1] + 1 if end > start else o_start
        return o_start, o_end


@dataclass(frozen=True)
class Profile:
    """Who issued a document, about which year, and what kind it is."""

    unit: str | None
    region: str | None
    city: str | None
    level: str | None  # province / city / county
    sector: str | None
    year: int | None
    doc_type: str | None  # report / plan
    issued: str | None  # YYYY-MM-DD
    title: str | None
    header_missing: bool = False
    low_confidence: tuple[str, ...] = ()  # fields guessed from weak evidence
    evidence: tuple[tuple[str, str], ...] = ()  # (field, why)


@dataclass(frozen=True)
class Section:
    """A top-level part numbered 一、二、…"""

    ord: int
    number: str
    number_value: int
    title: str
    start: int
    end: int
    is_target: bool = False  # a forward-looking part (下一年度安排) of a report


@dataclass(frozen=True)
class Item:
    """A numbered item (一)(二)… with its text and lead departments."""

    ord: int
    section_ord: int | None
    number: str
    number_value: int
    title: str
    text: str
    start: int
    end: int
    leads: tuple[str, ...] = ()
    lead_note: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class Paragraph:
    """A non-empty line of the body."""

    ord: int
    section_ord: int | None
    item_ord: int | None
    text: str
    start: int
    end: int
    category: str | None = None


@dataclass(frozen=True)
class Outline:
    """Sections, items and paragraphs of a document."""

    sections: tuple[Section, ...]
    items: tuple[Item, ...]
    paragraphs: tuple[Paragraph, ...]
    body_start: int = 0


@dataclass(frozen=True)
class Metric:
    """One numeric indicator with its meaning and where it was said."""

    code: str
    label: str
    value: float
    measure: str
    qualifier: str  # exact / approx / at_least / at_most / gt / lt
    kind: str  # actual / target
    scope: str | None
    start: int
    end: int
    quote: str
    rule: str
    year: int | None = None
    category: str | None = None
    parent_code: str | None = None  # for breakdowns: the figure this one is part of


@dataclass(frozen=True)
class QualityIssue:
    """A problem in the source text, counted, with one example."""

    issue: str
    count: int
    example: str
    description: str
    start: int | None = None  # first occurrence, original offsets
    end: int | None = None


@dataclass(frozen=True, eq=False)
class DocResult:
    """Everything the pipeline derives from one document."""

    doc_id: str
    raw: RawDoc
    norm: Normalized
    profile: Profile
    outline: Outline
    metrics: tuple[Metric, ...]
    quality: tuple[QualityIssue, ...]
    terms: dict = field(default_factory=dict)  # category (None = whole document) -> Counter of terms
