"""PDF text layers read with PDFium, and scanned pages read with OCR.

Pages are joined with a blank line and their offsets kept, so every quote or claim found later
can be cited with its page number. A page with no text layer is rendered and OCRed page by page,
which handles the common leak of a born-digital report with a few scanned annexes.
"""

from __future__ import annotations

import re
from datetime import date

import pypdfium2 as pdfium

from sourcebook.errors import IngestError
from sourcebook.ingest.extracted import Extracted
from sourcebook.ingest.extractors.image import join_pages, ocr_image
from sourcebook.ingest.limits import Limits
from sourcebook.ingest.registry import register

PASSWORD_ERROR = 4  # PDFium's FPDF_ERR_PASSWORD
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


@register("application/pdf", version=1)
def extract_pdf(data: bytes, name: str, limits: Limits) -> Extracted:
    """Text page by page (OCR where there is no text layer), with the info dict's metadata."""
    pdf = _open(data, name)
    try:
        warnings: list[str] = []
        count = len(pdf)
        if count > limits.max_pdf_pages:
            warnings.append(
                f"read only the first {limits.max_pdf_pages} of {count} pages "
                "(raise it with --max-pdf-pages)"
            )
        texts: list[str] = []
        ocr_pages: list[str] = []
        for index in range(min(count, limits.max_pdf_pages)):
            text = _page_text(pdf, index)
            if not text.strip():
                text = _ocr_page(pdf, index, limits, name)
                ocr_pages.append(str(index + 1))
            texts.append(text)
        info = pdf.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError as exc:
        raise IngestError(name, f"not a readable PDF ({exc})", _hint()) from exc
    finally:
        pdf.close()
    text, pages = join_pages(texts)
    metadata = {"page_count": str(count)}
    if ocr_pages:
        metadata.update(ocr="tesseract", ocr_pages=",".join(ocr_pages))
    for key in ("Creator", "Producer", "CreationDate", "ModDate"):
        if key in info:
            metadata[f"pdf_{key.lower()}"] = info[key]
    return Extracted(
        text=text,
        media_type="application/pdf",
        title=info.get("Title") or None,
        author=info.get("Author") or None,
        published=pdf_date(info.get("CreationDate", "")),
        pages=pages,
        metadata=metadata,
        warnings=warnings,
    )


def pdf_date(value: str) -> str | None:
    """An ISO date ("2021-03-03", or "2021-03" / "2021" when that is all it gives) from a PDF
    date string such as "D:20210303101500+01'00'"; None when it does not parse."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join(part for part in (year, month, day if month else None) if part)


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == PASSWORD_ERROR:
            raise IngestError(
                name,
                "encrypted PDF; sourcebook cannot read it without the password",
                "open it with the password and save or print an unencrypted copy, then add that",
            ) from exc
        raise IngestError(name, f"not a readable PDF ({exc})", _hint()) from exc


def _hint() -> str:
    return "the file may be truncated or damaged; try to get it again from the source"


def _page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        text: str = textpage.get_text_range()
    finally:
        textpage.close()
        page.close()
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _ocr_page(pdf: pdfium.PdfDocument, index: int, limits: Limits, name: str) -> str:
    page = pdf[index]
    try:
        image = page.render(scale=limits.ocr_dpi / 72).to_pil()
    finally:
        page.close()
    return ocr_image(image, limits, name)
