"""Words for the kinds of paper an investigation holds: "the memo", "this so-called letter".

A story that writes "the memo says" relays the memo; a denial of "forgeries" answers it. Both
find the corpus document meant by the kind its file name or title names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

#: Kinds of document, each with its forms in other languages.
DOCUMENT_NOUNS = {
    "memo": ("memo", "memorandum", "memoranda", "備忘錄", "备忘录"),
    "letter": ("letter", "信函", "函件"),
    "minutes": ("minutes", "會議紀錄", "会议纪要"),
    "email": ("e-mail", "email", "電郵", "邮件"),
    "contract": ("contract", "合同", "合約"),
    "invoice": ("invoice", "發票", "发票"),
    "dossier": ("dossier", "檔案", "档案"),
    "recording": ("recording", "錄音", "录音"),
    "cable": ("cable",),
}
NOUN = {
    kind: re.compile(
        "|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in forms), re.I
    )
    for kind, forms in DOCUMENT_NOUNS.items()
}
#: Kinds a story names as the paper it relays ("the memo says"); news prose uses "the
#: contract" and "e-mail" for things the corpus does not hold, so those are left to denials.
RELAYED = ("memo", "letter", "minutes", "dossier", "cable", "recording")
#: "the memo", "a leaked memo", "this so-called memo": the paper itself, not the word.
_REFERENCE = {
    kind: re.compile(
        r"\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}(?:"
        + "|".join(re.escape(w) for w in DOCUMENT_NOUNS[kind] if w.isascii())
        + r")\b",
        re.I,
    )
    for kind in RELAYED
}


def kinds_named(path: str, title: str | None) -> set[str]:
    """The kinds of document a file's name or title says it is."""
    name = PurePath(path.replace("!", "/")).stem.replace("_", " ").replace("-", " ")
    return {k for k, pattern in NOUN.items() if pattern.search(name) or pattern.search(title or "")}


def references(text: str, kinds: Iterable[str]) -> set[str]:
    """The kinds of `kinds` that `text` refers to as a paper ("the leaked memo")."""
    return {k for k in kinds if k in _REFERENCE and _REFERENCE[k].search(text)}
