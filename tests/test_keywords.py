"""Keywords: domain terms stay whole, stop words and spam never rank."""
from collections import Counter

from conftest import seed_text

from etl.classify import classify
from etl.keywords import rank, term_counts, tokenize
from etl.normalize import normalize
from etl.outline import outline
from etl.quality import find_spam


def test_domain_terms_stay_whole():
    toks = tokenize("妥善办理行政复议应诉案件，承办人大代表建议和政协提案，推行告知承诺制")
    assert {"行政复议", "政协提案", "告知承诺"} <= set(toks)
    assert "和" not in toks and "推进" not in toks


def test_spam_never_becomes_a_keyword():
    n = normalize(seed_text("002"))
    ol = classify(outline(n.text))
    counts = term_counts(n.text, ol, find_spam(n.text))
    assert counts[None]["行政许可"] >= 1
    assert not any("昇" in t or t == "体育" for t in counts[None])


def test_tfidf_prefers_terms_special_to_a_document():
    ranked = rank({"a": Counter({"无线电": 5, "法治政府建设": 5}), "b": Counter({"法治政府建设": 5, "信访": 5})}, "document")
    assert ranked["a"][0].term == "无线电" and ranked["b"][0].term == "信访"
    assert [k.rank for k in ranked["a"]] == [1, 2]
