"""Keywords: segment with a domain dictionary, drop stop words and spam, count terms (load ranks them by TF-IDF)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .models import Outline
from .registry import regions, stop_words, user_words



@lru_cache(maxsize=1)
def _segmenter():
    """rjieba (jieba-rs: jieba's dictionary and algorithm, ~40x faster) with the domain words added."""
    import rjieba

    for w in user_words():
        rjieba.add_word(w, None, None)
    return rjieba


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Stop words plus place names: every document names its own region, which says nothing of its content."""
    places = {n for r in regions() for n in (r.name, r.short)}
    return stop_words() | places


@lru_cache(maxsize=200_000)
def _keep(token: str) -> bool:
    """A content word: two or more characters, not a stop word, no digits or punctuation."""
    # isalpha() is true for characters and letters, false for digits and punctuation
    return len(token) >= 2 and token[0] >= "\u3400" and token not in _stops() and token.isalpha()


@lru_cache(maxsize=1024)
def _pieces(names: tuple[str, ...]) -> frozenset[str]:
    """Every substring of two or more characters of the names (a set lookup instead of a scan per token)."""
    return frozenset(n[i:j] for n in names for i in range(len(n)) for j in range(i + 2, len(n) + 1))


def count_terms(text: str, own_names: tuple[str, ...] = ()) -> Counter:
    """Counts of the content words of a text (the filter runs once per distinct token), less pieces of own_names."""
    counts = Counter(_segmenter().cut(text))
    # a document names its own unit throughout (三沙市统计局 → 沙市, 统计局): that says who wrote it, not what about
    own = _pieces(own_names)
    return Counter({t: n for t, n in counts.items() if _keep(t) and t not in own})


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out spans (injected spam) so they never become keywords."""
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def term_counts(text: str, outline: Outline, exclude: list[tuple[int, int]],
                own_names: tuple[str, ...] = ()) -> dict[str | None, Counter]:
    """Term counts of the body: None for the whole document, and per category of the paragraphs they stand in.

    Words inside own_names (the issuing unit's name) are not counted.
    """
    clean = mask(text, exclude)
    paras = outline.paragraphs or ()
    if not paras:
        return {None: count_terms(clean, own_names)}
    parts: dict[str | None, list[str]] = {}
    for p in paras:
        parts.setdefault(p.category, []).append(clean[p.start:p.end])
    # the segmenter splits at line breaks anyway, so one call per category gives the same words as one per paragraph
    counts = {cat: count_terms("\n".join(texts), own_names) for cat, texts in parts.items()}
    whole = counts.pop(None, Counter())
    for c in counts.values():
        whole.update(c)
    return {None: whole, **counts}
