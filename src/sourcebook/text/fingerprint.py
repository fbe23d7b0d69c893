"""Near-duplicate fingerprints: MinHash over word 5-grams, banded for LSH lookups.

The same wire story under two mastheads differs in its headline, byline and a line or two;
its 5-gram sets still overlap far more than two different stories ever do. Band keys are kept
in the store, so finding candidates for a new document is an index lookup, not a scan.

The MinHash is computed with numpy in one pass (multiply-shift hashing of crc32 shingle hashes)
because it runs on every document: the per-shingle Python hashing of general MinHash libraries
cost more than everything else in ingest but the extractors.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

import numpy as np

PERMUTATIONS = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard are very likely to share a band
SHINGLE = 5
MIN_TOKENS = 30  # shorter texts (a caption, a one-line note) are too small to call near-duplicates
THRESHOLD = 0.5

_TOKEN = re.compile(r"[\u3400-\u9fff]|\w+")
_ROWS = PERMUTATIONS // BANDS
_random = np.random.default_rng(20261124)
# Odd 64-bit multipliers and offsets: ((a * x + b) mod 2**64) >> 32 is a universal hash family.
_A = _random.integers(1, 2**63, PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _random.integers(0, 2**63, PERMUTATIONS, dtype=np.uint64)
_BASE = np.uint64(0x100000001B3)  # combines the token hashes of a shingle


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A document's MinHash signature (packed uint32) and its LSH band keys."""

    values: bytes
    bands: tuple[int, ...]


def fingerprint(text: str) -> Fingerprint | None:
    tokens = _TOKEN.findall(text.casefold())
    if len(tokens) < MIN_TOKENS:
        return None
    hashes = np.fromiter(
        (zlib.crc32(token.encode("utf-8")) for token in tokens), np.uint64, len(tokens)
    )
    count = len(tokens) - SHINGLE + 1
    shingles = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):  # wrapping arithmetic is the point
        for offset in range(SHINGLE):
            shingles = shingles * _BASE + hashes[offset : offset + count]
        permuted = np.multiply.outer(_A, shingles)  # in place from here: temporaries cost more
        permuted += _B[:, None]
    # The shift is monotonic, so the minimum of the high halves is the high half of the minimum.
    values = (permuted.min(axis=1) >> np.uint64(32)).astype(np.uint32).tobytes()
    return Fingerprint(values=values, bands=band_keys(values))


def band_keys(values: bytes) -> tuple[int, ...]:
    """The LSH keys of a signature: documents sharing any key are near-duplicate candidates."""
    width = _ROWS * 4  # bytes per band
    return tuple(
        _band_key(band, values[band * width : (band + 1) * width]) for band in range(BANDS)
    )


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two packed signatures."""
    left = np.frombuffer(a, dtype=np.uint32)
    right = np.frombuffer(b, dtype=np.uint32)
    return float(np.mean(left == right))


def _band_key(band: int, rows: bytes) -> int:
    digest = hashlib.blake2b(bytes([band]) + rows, digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
