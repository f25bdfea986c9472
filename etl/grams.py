"""Character signatures for full-text search: a Bloom filter of the characters and character pairs in a text."""
from __future__ import annotations

import numpy as np

GRAM_BITS = 16384  # 2 KB a document; a 4,500-character text sets ~25% of them
_WIDTH = np.uint64(14)  # GRAM_BITS = 2**14
_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: spreads neighbouring code points apart
_PAIR = np.uint64(1 << 42)  # marks a pair, so a pair never hashes like a single character
assert GRAM_BITS == 1 << int(_WIDTH)


def _positions(text: str) -> np.ndarray:
    """Signature bits of each character and each pair of adjacent characters of text (two each, with repeats)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    pairs = (codes[:-1] << np.uint64(21)) | codes[1:] | _PAIR  # code points fit in 21 bits
    h = np.concatenate([codes, pairs]) * _MIX  # uint64 products wrap: that is the hash
    # two bits per gram (the product's top two 14-bit slices): a rare pair is then rarely hidden by common ones
    return np.concatenate([h >> (np.uint64(64) - _WIDTH), (h >> (np.uint64(64) - 2 * _WIDTH)) & np.uint64(GRAM_BITS - 1)])


def gram_signature(text: str) -> bytes:
    """The text's signature: bit k (first byte's top bit = 0, as DuckDB's BIT counts) set for every gram hashing to k."""
    bits = np.zeros(GRAM_BITS, dtype=np.uint8)
    bits[_positions(text)] = 1
    return np.packbits(bits).tobytes()


def gram_positions(term: str) -> tuple[int, ...]:
    """The bits every text containing term has set in its signature (distinct, ascending)."""
    return tuple(int(k) for k in np.unique(_positions(term))) if term else ()
