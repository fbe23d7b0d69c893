"""Language of a document, from py3langid's model (it ships inside the wheel)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_LETTERS = re.compile(r"[^\W\d_]")
SAMPLE = 1200  # characters read: enough for a confident guess; the model's cost grows with it


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short or too mixed to say."""
    sample = text[:SAMPLE]
    if len(_LETTERS.findall(sample)) < 20:
        return None
    language, probability = _identifier().classify(sample)
    if probability < 0.5:
        return None
    # Written Chinese in traditional characters often scores as Cantonese; it is Chinese text.
    return "zh" if language == "yue" else str(language)
