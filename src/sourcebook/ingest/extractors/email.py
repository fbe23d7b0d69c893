"""E-mail messages (.eml, RFC 822) read with the standard library.

The text starts with a short header block, then a blank line, then the body:

    From: Ana Ruiz <ana@example.org>
    To: Li Wei <li.wei@example.net>
    Date: Wed, 03 Mar 2021 09:30:00 -0000
    Subject: Shipment schedule

so that a search for a correspondent finds the message and a reader sees who wrote to whom.
The body is the text/plain part, or the HTML part turned into text. Attachments (and attached
messages) become children, ingested as documents of their own.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime

from sourcebook.ingest.clean.render import render_text
from sourcebook.ingest.decode import decode_text
from sourcebook.ingest.extracted import Child, Extracted
from sourcebook.ingest.limits import Limits
from sourcebook.ingest.registry import register

HEADER_BLOCK = ("From", "To", "Cc", "Date", "Subject")
METADATA_HEADERS = ("From", "To", "Cc", "Date", "Subject", "Message-ID")
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
               "blockquote", "pre", "hr"}  # fmt: skip


@register("message/rfc822", version=1)
def extract_email(data: bytes, name: str, limits: Limits) -> Extracted:
    """Header block and body as text, headers as metadata, attachments as children."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    warnings = [f"malformed message: {defect}" for defect in message.defects]
    headers = _headers(message, warnings)
    body_part = message.get_body(preferencelist=("plain", "html"))
    body = _body_text(body_part, name).strip("\n") if body_part is not None else ""
    lines = [f"{h}: {headers[h]}" for h in HEADER_BLOCK if h in headers]
    children = _children(message, body_part, limits, warnings)
    return Extracted(
        text="\n".join(lines) + ("\n\n" + body if body else ""),
        media_type="message/rfc822",
        title=headers.get("Subject") or None,
        author=_sender_name(headers.get("From")),
        published=_iso_date(headers.get("Date")),
        metadata={k.lower(): v for k, v in headers.items()},
        children=children,
        warnings=warnings,
    )


def _headers(message: EmailMessage, warnings: list[str]) -> dict[str, str]:
    """The headers we keep; one the parser chokes on is kept raw, with a warning."""
    raw = {key.lower(): str(value) for key, value in message.raw_items()}
    headers: dict[str, str] = {}
    for header in METADATA_HEADERS:
        if header.lower() not in raw:
            continue
        try:
            headers[header] = str(message[header])
        except (ValueError, IndexError, TypeError, AttributeError, LookupError) as exc:
            warnings.append(f"could not parse the {header} header ({exc}); kept as written")
            headers[header] = " ".join(raw[header.lower()].split())
    return headers


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None  # the raw header stays in metadata["date"]


def _body_text(part: Message, name: str) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, UnicodeError):  # unknown or lying charset: guess from the bytes
        payload = part.get_payload(decode=True)
        content, _ = decode_text(payload if isinstance(payload, bytes) else b"", name)
    text = str(content).replace("\r\n", "\n")
    if part.get_content_subtype() != "html":
        return text
    # One line per block, as a mail reader shows it: the clipboard rendering less blank lines.
    return "\n".join(line for line in render_text(text).split("\n") if line.strip())


def _attachments(part: Message, body: Message | None) -> Iterator[Message]:
    """Parts with a file name or an attachment disposition; attached mails are not entered."""
    if part is body:
        return
    if part.get_content_type() == "message/rfc822" and part.get_content_disposition() != "inline":
        yield part
    elif part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                yield from _attachments(sub, body)
    elif part.get_filename() or part.get_content_disposition() == "attachment":
        yield part


def _children(
    message: EmailMessage, body: Message | None, limits: Limits, warnings: list[str]
) -> list[Child]:
    children: list[Child] = []
    used: set[str] = set()
    top = message.get_payload() if message.is_multipart() else []
    parts = [a for sub in top if isinstance(sub, Message) for a in _attachments(sub, body)]
    if len(parts) > limits.max_attachments:
        warnings.append(
            f"read only the first {limits.max_attachments} of {len(parts)} attachments "
            "(raise it with --max-attachments)"
        )
    for number, part in enumerate(parts[: limits.max_attachments], start=1):
        data = _attachment_bytes(part)
        filename = _safe_name(part, number, used)
        if len(data) > limits.max_file_size:
            warnings.append(
                f"skipped attachment {filename}: {len(data)} bytes is over the "
                f"{limits.max_file_size}-byte limit (raise it with --max-file-size)"
            )
            continue
        children.append(Child(name=filename, data=data, size=len(data)))
    return children


def _attachment_bytes(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            return inner[0].as_bytes()
        return b""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _safe_name(part: Message, number: int, used: set[str]) -> str:
    """The attachment's own file name without any folder part, unique within the message."""
    raw = part.get_filename() or ""
    filename = raw.replace("\\", "/").rsplit("/", 1)[-1].strip().lstrip(".")
    if not filename:
        kind = part.get_content_type()
        ext = ".eml" if kind == "message/rfc822" else mimetypes.guess_extension(kind) or ".bin"
        filename = f"attachment-{number}{ext}"
    stem, dot, ext = filename.rpartition(".")
    candidate, n = filename, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}{dot}{ext}" if dot else f"{filename}-{n}"
    used.add(candidate)
    return candidate


def _sender_name(sender: str | None) -> str | None:
    """ "Rosa Mendel <rosa@example.org>" -> "Rosa Mendel"; a bare address stays as it is."""
    if not sender:
        return None
    name, address = parseaddr(sender)
    return name or address or sender
