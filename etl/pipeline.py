"""One document through every stage: read text in, DocResult out (pure)."""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import replace
from pathlib import Path

from . import metrics as metric_stage
from .classify import classify
from .keywords import term_counts
from .models import DocResult, Profile, RawDoc, evolve
from .normalize import normalize
from .outline import outline
from .profile import profile
from .quality import assess, find_spam



# modules that only drive or inspect builds: editing them does not change what a build writes
NOT_IN_CODE_VERSION = {"__init__.py", "__main__.py", "bench.py", "check.py", "corpus.py", "jobs.py"}


def _code_version() -> str:
    """Hash of the ETL's code and rule data: a cached result is reused only by the code that made it."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    code = [p for p in root.glob("*.py") if p.name not in NOT_IN_CODE_VERSION]
    for p in sorted([*code, *root.glob("*.sql"), *(root.parent / "data" / "spec").glob("*")]):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


CODE_VERSION = _code_version()
PROFILE_FIELDS = ("unit", "region", "city", "level", "sector", "year", "doc_type", "issued")


def doc_id_for(content_sha256: str) -> str:
    """A document's id: the start of its content hash."""
    return content_sha256[:16]


def apply_corrections(prof: Profile, corrections: dict | None) -> Profile:
    """A user's corrections win over what was detected."""
    if not corrections:
        return prof
    fields = {k: v for k, v in corrections.items() if k in PROFILE_FIELDS and v not in (None, "")}
    if "year" in fields:
        fields["year"] = int(fields["year"])
    low = tuple(f for f in prof.low_confidence if f not in fields)
    return replace(prof, **fields, low_confidence=low,
                   evidence=prof.evidence + tuple((k, "用户更正") for k in fields))


def process(raw: RawDoc, corrections: dict | None = None) -> DocResult:
    """Run normalize → profile → outline → classify → metrics → quality → keywords on one document."""
    norm = normalize(raw.original_text)
    text = norm.text
    prof = apply_corrections(profile(text), corrections)
    ol = outline(text)
    spans = metric_stage.target_spans(text, prof.doc_type, year=prof.year)
    if spans:
        ol = evolve(ol, sections=tuple(evolve(s, is_target=any(a <= s.start < b for a, b in spans))
                                       for s in ol.sections))
    ol = classify(ol, text=text, own_sector=prof.sector, doc_title=prof.title)
    found = metric_stage.extract_metrics(text, doc_type=prof.doc_type, year=prof.year, target_spans=spans)
    # a figure's category is the category of the paragraph it stands in
    starts = [p.start for p in ol.paragraphs]
    mets = []
    for m in found:
        k = bisect.bisect_right(starts, m.start) - 1
        cat = ol.paragraphs[k].category if k >= 0 and m.start < ol.paragraphs[k].end + 1 else None
        new_cat = m.category or cat
        mets.append(m if new_cat == m.category else evolve(m, category=new_cat))
    spam = find_spam(text)
    quality = assess(norm, prof, ol, raw.encoding, spam)
    terms = term_counts(text, ol, spam, own_names=(prof.unit,) if prof.unit else ())
    return DocResult(doc_id=doc_id_for(raw.content_sha256), raw=raw, norm=norm, profile=prof, outline=ol,
                     metrics=tuple(mets), quality=quality, terms=terms)
