"""Keywords: domain terms stay whole, stop words and spam never rank."""

from conftest import seed_text

from etl.classify import classify
from etl.keywords import count_terms, term_counts
from etl.normalize import normalize
from etl.outline import outline
from etl.quality import find_spam


def test_domain_terms_stay_whole():
    toks = count_terms("妥善办理行政复议应诉案件，承办人大代表建议和政协提案，推行告知承诺制")
    assert {"行政复议", "政协提案", "告知承诺"} <= set(toks)
    assert "和" not in toks and "推进" not in toks


def test_spam_never_becomes_a_keyword():
    n = normalize(seed_text("002"))
    ol = classify(outline(n.text))
    by_category = term_counts(n.text, ol, find_spam(n.text))
    counts = by_category[None]
    assert counts["行政许可"] >= 1
    assert not any("昇" in t or t == "体育" for t in counts)
    # the whole document's counts are the sum of its paragraphs', categorised or not
    assert all(counts[t] >= c[t] for cat, c in by_category.items() if cat for t in c)


def test_tfidf_prefers_terms_special_to_a_document():
    import duckdb

    from etl.load import SCHEMA_SQL, keyword_sql

    con = duckdb.connect()
    con.execute(SCHEMA_SQL)
    rows = [("a", None, ["无线电", "法治政府建设", "政务公开"], [5, 5, 3]), ("b", None, ["法治政府建设", "信访"], [5, 10]),
            ("a", "OPEN", ["政务公开"], [3]), ("b", "DISP", ["信访"], [4]), ("b", "OPEN", ["信访"], [1])]
    con.executemany("INSERT INTO term_lists VALUES (?, ?, ?, ?)", rows)
    con.execute(keyword_sql("document"))
    con.execute(keyword_sql("category"))
    top = dict(con.execute("SELECT doc_id, term FROM keywords WHERE scope = 'document' AND rank = 1").fetchall())
    assert top == {"a": "无线电", "b": "信访"}
    cats = dict(con.execute("SELECT category, term FROM keywords WHERE scope = 'category' AND rank = 1").fetchall())
    assert cats == {"OPEN": "政务公开", "DISP": "信访"}


def test_the_units_own_name_is_not_a_keyword():
    text = "三沙市统计局2023年工作总结\n三沙市统计局开展统计执法检查，推进统计法治建设。三沙市统计局完善依法统计制度。"
    ol = classify(outline(text))
    plain = term_counts(text, ol, [])[None]
    own = term_counts(text, ol, [], own_names=("三沙市统计局",))[None]
    assert {"统计局", "沙市"} & set(plain)  # the segmenter does cut these out of the name
    assert not {"统计局", "沙市", "三沙"} & set(own)
    assert own["执法检查"] == plain["执法检查"] == 1  # words about the work stay
