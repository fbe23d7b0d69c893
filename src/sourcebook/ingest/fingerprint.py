"""Near-duplicate fingerprints: MinHash over word 5-grams, banded for LSH lookups.

The same wire story under two mastheads differs in its headline, byline and a line or two;
its 5-gram sets still overlap far more than two different stories ever do. Band keys are kept
in the store, so finding candidates for a new document is an index lookup, not a scan.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

from sourcebook.store.base import Fingerprint

PERMUTATIONS = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard are very likely to share a band
SHINGLE = 5
MIN_TOKENS = 30  # shorter texts (a caption, a one-line note) are too small to call near-duplicates
THRESHOLD = 0.5

_TOKEN = re.compile(r"[\u3400-\u9fff]|\w+")
_ROWS = PERMUTATIONS // BANDS


def fingerprint(text: str) -> Fingerprint | None:
    tokens = _TOKEN.findall(text.casefold())
    if len(tokens) < MIN_TOKENS:
        return None
    shingles = {
        " ".join(tokens[i : i + SHINGLE]).encode("utf-8") for i in range(len(tokens) - SHINGLE + 1)
    }
    minhash = MinHash(num_perm=PERMUTATIONS, seed=7)
    minhash.update_batch(list(shingles))
    values = minhash.hashvalues.astype(np.uint32)
    bands = tuple(
        _band_key(band, values[band * _ROWS : (band + 1) * _ROWS].tobytes())
        for band in range(BANDS)
    )
    return Fingerprint(values=values.tobytes(), bands=bands)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two packed signatures."""
    left = np.frombuffer(a, dtype=np.uint32)
    right = np.frombuffer(b, dtype=np.uint32)
    return float(np.mean(left == right))


def _band_key(band: int, rows: bytes) -> int:
    digest = hashlib.blake2b(bytes([band]) + rows, digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
