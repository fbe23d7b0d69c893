"""Images of text (scans, photos of pages, screenshots) read with Tesseract.

`ocr_image` is shared with the PDF extractor, which sends it pages that have no text layer.

Language choice, measured on rendered pages like those in tests/ingest/extractors: running
eng+chi_sim+chi_tra on an English page takes 2-2.5x as long as eng alone for the same text, while eng alone on a Chinese page gives garbage at a mean word confidence near 35
(English pages score above 90), and a Chinese name inside an English line comes out as one
or two garbage words scored 0-51 among words scored above 90. So the first configured language
is tried alone, and a reading with a low mean or any doubtful word is read again with all
configured languages. Tesseract's own script detection (OSD) was tried too: it refuses short
pages ("too few characters") and cannot see one name in a line.
"""

from __future__ import annotations

import io
import os
import re

import pytesseract
from PIL import Image, ImageSequence

from sourcebook.errors import IngestError, LimitExceeded
from sourcebook.ingest.extracted import Extracted
from sourcebook.ingest.limits import Limits
from sourcebook.ingest.registry import register
from sourcebook.records import Page

# Tesseract's OpenMP threads fight the worker pool for cores; one thread each measured 2x faster.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

CONFIDENT = 80.0  # mean word confidence (0-100) the first language's reading must reach
DOUBTFUL = 60.0  # ...and no word may score below this
PAGE_SEPARATOR = "\n\n"
INSTALL_HINT = "run scripts/install-system-deps.sh"

_CJK = (  # CJK radicals, punctuation, kana, ideographs, compatibility and full-width forms
    r"\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
)
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])[ \t]+(?=[{_CJK}])")


def join_pages(texts: list[str]) -> tuple[str, list[Page]]:
    """Join page texts with a blank line, keeping where each page lies in the result."""
    pages: list[Page] = []
    parts: list[str] = []
    offset = 0
    for number, text in enumerate(texts, start=1):
        if parts:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        parts.append(text)
        pages.append(Page(number, offset, offset + len(text)))
        offset += len(text)
    return "".join(parts), pages


def close_cjk_gaps(text: str) -> str:
    """Drop the spaces Tesseract puts between two CJK characters (Chinese has none)."""
    return _CJK_GAP.sub("", text)


def ocr_image(image: Image.Image, limits: Limits, name: str = "<image>") -> str:
    """The text in `image`, trying the first configured language alone before all of them."""
    languages = limits.ocr_languages
    first = languages.split("+")[0]
    if first != languages:
        text, confidences = _read(image, first, limits, name)
        if _confident(confidences):
            return close_cjk_gaps(text)
    text, _ = _read(image, languages, limits, name)
    return close_cjk_gaps(text)


def _confident(confidences: list[float]) -> bool:
    if not confidences:
        return True  # a blank page reads the same in any language
    mean = sum(confidences) / len(confidences)
    return mean >= CONFIDENT and min(confidences) >= DOUBTFUL


def _read(image: Image.Image, languages: str, limits: Limits, name: str) -> tuple[str, list[float]]:
    """One Tesseract pass: the text, with lines and paragraphs kept, and each word's confidence."""
    try:
        data = pytesseract.image_to_data(
            image, lang=languages, timeout=limits.ocr_timeout, output_type=pytesseract.Output.DICT
        )
    except pytesseract.TesseractNotFoundError as exc:
        reason = "Tesseract is not installed, so images cannot be read"
        raise IngestError(name, reason, INSTALL_HINT) from exc
    except pytesseract.TesseractError as exc:
        raise IngestError(name, f"OCR failed ({exc.message.strip()[-200:]})", INSTALL_HINT) from exc
    except RuntimeError as exc:
        if "timeout" not in str(exc):  # pytesseract signals a timeout only by this message
            raise
        raise LimitExceeded(
            name, f"OCR took longer than {limits.ocr_timeout:g} s", "raise it with --ocr-timeout"
        ) from exc
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    columns = ("text", "conf", "block_num", "par_num", "line_num")
    for word, conf, block, par, line in zip(*(data[c] for c in columns), strict=True):
        if word.strip():
            lines.setdefault((block, par, line), []).append(word)
            confidences.append(float(conf))
    out: list[str] = []
    last_par: tuple[int, int] | None = None
    for (block, par, _), words in lines.items():
        if last_par is not None and (block, par) != last_par:
            out.append("")
        out.append(" ".join(words))
        last_par = (block, par)
    return "\n".join(out), confidences


@register(
    "image/png", "image/jpeg", "image/tiff", "image/gif", "image/bmp", "image/webp", version=1
)
def extract_image(data: bytes, name: str, limits: Limits) -> Extracted:
    """OCR every frame of the image; the frames of a multi-page TIFF become pages."""
    try:
        image = Image.open(io.BytesIO(data))
        texts: list[str] = []
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            if number > limits.max_pdf_pages:
                reason = f"more than {limits.max_pdf_pages} frames"
                raise LimitExceeded(name, reason, "raise it with --max-pdf-pages")
            texts.append(ocr_image(frame.convert("RGB"), limits, name))
    except Image.DecompressionBombError as exc:
        raise LimitExceeded(name, f"image too large to read safely ({exc})") from exc
    except (OSError, ValueError, SyntaxError) as exc:  # Pillow's errors for unreadable images
        raise IngestError(
            name, f"not a readable image ({exc})", "check the file opens in an image viewer"
        ) from exc
    text, pages = join_pages(texts)
    return Extracted(
        text=text,
        media_type=Image.MIME.get(image.format or "", f"image/{(image.format or '').lower()}"),
        pages=pages,
        metadata={"ocr": "tesseract", "ocr_languages": limits.ocr_languages},
    )
