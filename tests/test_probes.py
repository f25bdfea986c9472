"""Documents unlike the seeds, written and labelled by hand (tests/probes/*/): the extractor keeps its scores on them."""
from __future__ import annotations

import collections
import csv
from pathlib import Path

import pytest
from conftest import ROOT

from etl.cli import extract_records

PROBES = ROOT / "tests" / "probes"
ROUNDS = sorted(p.name for p in PROBES.iterdir() if (p / "docs").is_dir())
# the share of each round's gold the extractor must reach: the scorecard's bars (shared/tools/scorecard.py)
BARS = {"documents": 1.0, "structure": 1.0, "leads": 1.0, "item_categories": 0.9,
        "metrics_strict": 0.95, "metrics_loose": 0.97, "metrics_precision": 0.95, "quality": 1.0}
DOC_FIELDS = ("unit", "region", "city", "level", "sector", "year", "doc_type", "issued")


def _gold(round_dir: Path, name: str) -> list[dict]:
    path = round_dir / "gold" / f"{name}.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _value(v) -> float | None:
    try:
        return round(float(v), 6)
    except (TypeError, ValueError):
        return None


def _text(v) -> str:
    return "" if v is None else str(v).strip()


def score(round_dir: Path) -> dict[str, tuple[int, int, list[str]]]:
    """(right, total, misses) of each check, as the scorecard counts them."""
    recs = collections.defaultdict(list)
    for doc in sorted((round_dir / "docs").iterdir()):
        for r in extract_records(doc, doc.name):
            recs[r["record"]].append(r)
    out = {}
    docs = {r["source"]: r for r in recs["document"]}
    misses, total = [], 0
    for g in _gold(round_dir, "documents"):
        for f in DOC_FIELDS:
            total += 1
            want, have = _text(g[f]), _text(docs.get(g["doc"], {}).get(f))
            if f == "year":
                want, have = str(_value(want)), str(_value(have))
            if want != have:
                misses.append(f"{g['doc']} {f}: want {want!r} got {have!r}")
    out["documents"] = (total - len(misses), total, misses)
    misses, total = [], 0
    for g in _gold(round_dir, "structure"):
        for f, gf in (("sections", "top_sections"), ("items", "numbered_items")):
            total += 1
            if _value(docs.get(g["doc"], {}).get(f)) != _value(g[gf]):
                misses.append(f"{g['doc']} {f}: want {g[gf]} got {docs.get(g['doc'], {}).get(f)}")
    out["structure"] = (total - len(misses), total, misses)
    led = collections.Counter((it["source"], d) for it in recs["item"] for d in it["leads"])
    gold = _gold(round_dir, "leads")
    misses = [f"{g['doc']} {g['department']}: want {g['items_led']} got {led[(g['doc'], g['department'])]}"
              for g in gold if led[(g["doc"], g["department"])] != int(g["items_led"])]
    out["leads"] = (len(gold) - len(misses), len(gold), misses)
    cats = {(it["source"], _text(it["number"])): _text(it["category"]) for it in recs["item"]}
    gold = _gold(round_dir, "item_categories")
    misses = [f"{g['doc']} item {g['number']}: want {g['category']} got {cats.get((g['doc'], g['number']))}"
              for g in gold if cats.get((g["doc"], g["number"])) != g["category"]]
    out["item_categories"] = (len(gold) - len(misses), len(gold), misses)

    got = recs["metric"]
    strict = collections.Counter((m["source"], m["kind"], m["code"], _value(m["value"])) for m in got)
    loose = collections.Counter((m["source"], _value(m["value"])) for m in got)
    gold = _gold(round_dir, "metrics")
    gold_loose = collections.Counter((g["doc"], _value(g["value"])) for g in gold)
    misses, n_loose = [], 0
    for g in gold:
        key, lkey = (g["doc"], g["kind"], g["code"], _value(g["value"])), (g["doc"], _value(g["value"]))
        if strict[key] > 0:
            strict[key] -= 1
        else:
            misses.append(f"{g['doc']} {g['kind']} {g['code']}={g['value']} ({g['anchor']})")
        if loose[lkey] > 0:
            loose[lkey] -= 1
            n_loose += 1
    out["metrics_strict"] = (len(gold) - len(misses), len(gold), misses)
    out["metrics_loose"] = (n_loose, len(gold), [])
    ignore = {(g["doc"], _value(g["value"])) for g in _gold(round_dir, "ignore")}
    seen, extra, scored = collections.Counter(), [], 0
    for m in got:
        lkey = (m["source"], _value(m["value"]))
        seen[lkey] += 1
        if lkey in ignore:
            continue
        scored += 1
        if seen[lkey] > gold_loose[lkey]:
            extra.append(f"{m['source']} {m['code']}={m['value']} {m['quote'][:40]}")
    out["metrics_precision"] = (scored - len(extra), scored, extra)
    qual = {(q["source"], q["issue"]): q["count"] for q in recs["quality"]}
    gold = _gold(round_dir, "quality")
    misses = [f"{g['doc']} {g['issue']}: want {g['count']} got {qual.get((g['doc'], g['issue']))}"
              for g in gold if _value(qual.get((g["doc"], g["issue"]))) != _value(g["count"])]
    out["quality"] = (len(gold) - len(misses), len(gold), misses)
    return out


def test_every_round_holds_documents_and_labelled_metrics():
    assert len(ROUNDS) >= 3
    for r in ROUNDS:
        assert any((PROBES / r / "docs").iterdir()) and len(_gold(PROBES / r, "metrics")) >= 40, r


@pytest.mark.parametrize("round_name", ROUNDS)
def test_the_extractor_meets_the_scorecard_bars_on_each_round(round_name):
    result = score(PROBES / round_name)
    short = {name: f"{right}/{total}: {misses[:8]}" for name, (right, total, misses) in result.items()
             if total and right / total < BARS[name]}
    assert not short
    assert result["metrics_strict"][1] >= 40 and result["documents"][1] >= 4 * len(DOC_FIELDS)  # four documents or more
