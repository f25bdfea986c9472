"""Search signatures: every substring of a text passes its signature; most strings that are not in it do not."""
from __future__ import annotations

import random

import duckdb
import numpy as np
import pytest

from etl.grams import GRAM_BITS, gram_positions, gram_signature
from etl.normalize import normalize


def _set_bits(sig: bytes) -> set[int]:
    return set(np.flatnonzero(np.unpackbits(np.frombuffer(sig, dtype=np.uint8))).tolist())


def test_every_substring_passes_the_signature(seeds):
    rng = random.Random(7)
    for raw in seeds.values():
        text = normalize(raw).text
        bits = _set_bits(gram_signature(text))
        for _ in range(400):
            n = rng.choice((1, 2, 3, 5, 12))
            i = rng.randrange(len(text) - n)
            assert set(gram_positions(text[i:i + n])) <= bits, text[i:i + n]


def test_strings_not_in_a_text_are_mostly_refused(seeds):
    text = normalize(seeds["000"]).text
    bits = _set_bits(gram_signature(text))
    present = set(text)
    rng = random.Random(11)
    absent_chars = [c for c in map(chr, range(0x4E00, 0x9FA6)) if c not in present]
    # pairs of characters the text has, never side by side: only the pair's own bits can refuse them
    pairs = [a + b for a, b in zip(rng.sample(sorted(present), 300), rng.sample(sorted(present), 300))
             if a + b not in text]
    singles = rng.sample(absent_chars, 300)
    refused_singles = sum(not set(gram_positions(c)) <= bits for c in singles)
    refused_pairs = sum(not set(gram_positions(p)) <= bits for p in pairs)
    assert refused_singles >= 0.8 * len(singles)
    assert refused_pairs >= 0.6 * len(pairs)


def test_signature_is_fixed_size_deterministic_and_numbered_as_duckdb_reads_it(seeds):
    text = normalize(seeds["001"]).text
    sig = gram_signature(text)
    assert len(sig) * 8 == GRAM_BITS and sig == gram_signature(text)
    assert gram_signature("") == bytes(GRAM_BITS // 8) and gram_positions("") == ()
    got = duckdb.connect().execute(
        "SELECT list(k ORDER BY k) FROM range(?) t(k) WHERE get_bit(CAST(? AS BLOB)::BIT, k::INTEGER) = 1",
        [GRAM_BITS, sig]).fetchone()[0]
    assert got == sorted(_set_bits(sig)) and len(got) > 100


@pytest.mark.parametrize("term", ["行政许可", "a", "A1", "🙂法", "\t"])
def test_positions_are_distinct_and_in_range(term):
    ks = gram_positions(term)
    assert ks == tuple(sorted(set(ks))) and all(0 <= k < GRAM_BITS for k in ks)
    assert 1 <= len(ks) <= 2 * (2 * len(term) - 1)
    assert set(ks) <= _set_bits(gram_signature("前" + term + "后"))
