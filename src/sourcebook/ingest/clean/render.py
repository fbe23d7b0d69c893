"""Render HTML to the plain text a browser's select-all + copy would put on the clipboard.

This is how journalists' pasted `.txt` articles come to be, so the pasted-text cleaner is scored
on pages rendered this way: hidden elements gone, blocks on their own lines, inline text joined
by single spaces, table cells separated by tabs.
"""

from __future__ import annotations

import re

from lxml import etree, html

_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "title",
    "meta",
    "link",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "audio",
    "video",
    "map",
    "datalist",
    "select",
}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "pre", "table"}
_BLOCK = _PARAGRAPH | {
    "address",
    "article",
    "aside",
    "body",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "footer",
    "form",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "section",
    "summary",
    "tr",
    "ul",
    "caption",
    "center",
    "menu",
    "legend",
    "option",
    "html",
    "tbody",
    "thead",
    "tfoot",
}
_CELL = {"td", "th"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACE = re.compile(r"[ \t\r\n\f\u200b]+")
_BREAK = "\x00"  # one line break
_PARA = "\x01"  # a paragraph break (blank line)


def _hidden(el: html.HtmlElement) -> bool:
    if el.get("hidden") is not None:
        return True
    if el.tag == "input" and (el.get("type") or "").lower() == "hidden":
        return True
    return bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _walk(el: html.HtmlElement, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag or tag.lower() in _SKIP or _hidden(el):
        return
    tag = tag.lower()
    mark = _PARA if tag in _PARAGRAPH else _BREAK if tag in _BLOCK else ""
    if mark:
        out.append(mark)
    if tag == "br":
        out.append(_BREAK)
    if tag in _CELL:
        out.append("\t")
    if tag == "img" and el.get("alt"):
        pass  # browsers do not copy alt text
    if el.text:
        out.append(el.text)
    for child in el:
        if isinstance(child, etree._Comment | etree._ProcessingInstruction):
            if child.tail:
                out.append(child.tail)
            continue
        _walk(child, out)
        if child.tail:
            out.append(child.tail)
    if mark:
        out.append(mark)


def render_text(page: str) -> str:
    """Clipboard text of `page`: one block per line, a blank line around paragraphs."""
    try:
        root = html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return ""
    out: list[str] = []
    _walk(root, out)
    raw = _SPACE.sub(" ", "".join(out).replace("\t", " \t "))
    lines: list[str] = []
    for chunk in re.split(f"([{_BREAK}{_PARA}]+)", raw):
        if not chunk:
            continue
        if chunk[0] in (_BREAK, _PARA):
            if lines and lines[-1] != "":
                lines.append("" if _PARA in chunk else "\n")
            continue
        line = chunk.strip()
        if line:
            lines.append(line)
    text = "\n".join(x for x in lines if x != "\n").strip()
    return re.sub(r"\n{3,}", "\n\n", text)
