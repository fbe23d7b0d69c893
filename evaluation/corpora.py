"""Readers for the treebank and NER sets in `shared/datasets`, into one sentence record.

Training (`training/convert.py`) and scoring (`evaluation/ner.py`, `evaluation/parse.py`) read
the same files, so both go through these readers and agree on tokens, tags and spans. The
files stay in the shared folder; nothing here copies their text into the repository.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.datasets import datasets_dir
from sourcebook.nlp.bio import spans  # noqa: F401  (the readers' callers score with it)


@dataclass(slots=True)
class Sentence:
    """One sentence of syntactic words; every layer but `words` may be missing (None)."""

    id: str
    doc: str  # the source document, so sentences can be grouped back into documents
    words: list[str]
    spaces: list[bool]
    tags: list[str] | None = None  # fine-grained (PTB) tags
    pos: list[str] | None = None  # UPOS
    lemmas: list[str] | None = None
    morphs: list[str] | None = None  # UD FEATS
    heads: list[int] | None = None  # 0-based index of each word's head; the root points at itself
    deps: list[str] | None = None
    ner: list[str] | None = None  # IOB2 tags over the source's own labels
    text: str | None = None  # the sentence as written, where the source gives it
    meta: dict[str, str] = field(default_factory=dict)


def _open(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
        yield from handle


def _blocks(lines: Iterable[str]) -> Iterator[list[str]]:
    block: list[str] = []
    for line in lines:
        line = line.rstrip("\n")
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _split(block: list[str]) -> tuple[dict[str, str], list[list[str]]]:
    """A sentence block's `# key = value` comments, and its tab-separated rows."""
    comments = {}
    for line in block:
        if line.startswith("#") and "=" in line:
            key, _, value = line[1:].partition("=")
            comments[key.strip()] = value.strip()
    return comments, [line.split("\t") for line in block if not line.startswith("#")]


def read_conllu(path: Path) -> Iterator[Sentence]:
    """UD CoNLL-U: syntactic words, with a multiword token's SpaceAfter on its last word."""
    doc = path.stem
    for block in _blocks(_open(path)):
        comments, rows = _split(block)
        doc = comments.get("newdoc id", doc)
        words: list[str] = []
        spaces: list[bool] = []
        tags, pos, lemmas, morphs, heads, deps = [], [], [], [], [], []
        mwt_end, mwt_space = -1, True
        for row in rows:
            if "." in row[0]:
                continue  # empty nodes of enhanced dependencies
            if "-" in row[0]:
                start, end = (int(n) for n in row[0].split("-"))
                mwt_end, mwt_space = end, "SpaceAfter=No" not in row[9]
                continue
            index = int(row[0])
            words.append(row[1])
            if index < mwt_end:
                spaces.append(False)
            elif index == mwt_end:
                spaces.append(mwt_space)
            else:
                spaces.append("SpaceAfter=No" not in row[9])
            lemmas.append(row[2])
            pos.append(row[3])
            tags.append(row[4])
            morphs.append("" if row[5] == "_" else row[5])
            head = int(row[6])
            heads.append(head - 1 if head else index - 1)
            deps.append(row[7])
        yield Sentence(
            id=comments.get("sent_id", f"{doc}-{len(words)}"),
            doc=doc,
            words=words,
            spaces=spaces,
            tags=tags,
            pos=pos,
            lemmas=lemmas,
            morphs=morphs,
            heads=heads,
            deps=deps,
            text=comments.get("text"),
            meta={k: v for k, v in comments.items() if k in {"newpar id"}},
        )


def read_uner(path: Path) -> Iterator[Sentence]:
    """UNER `.iob2`: tab-separated index, token, tag; `# sent_id` and `# text` comments."""
    doc = path.stem
    for block in _blocks(_open(path)):
        comments, rows = _split(block)
        doc = comments.get("newdoc id", doc)
        words = [row[1] for row in rows]
        text = comments.get("text")
        yield Sentence(
            id=comments.get("sent_id", ""),
            doc=doc,
            words=words,
            spaces=_spaces_from_text(words, text),
            ner=[row[2] for row in rows],
            text=text,
        )


def _spaces_from_text(words: list[str], text: str | None) -> list[bool]:
    """Recover SpaceAfter by walking the words through the sentence text, where it is given."""
    if not text:
        return [True] * len(words)
    spaces, cursor = [], 0
    for word in words:
        found = text.find(word, cursor)
        if found < 0:
            return [True] * len(words)
        cursor = found + len(word)
        spaces.append(cursor < len(text) and text[cursor].isspace())
    return spaces


def read_conll(path: Path, *, tag_column: int = -1, iob1: bool = False) -> Iterator[Sentence]:
    """CoNLL-2003-style columns; `-DOCSTART-` starts a document. IOB1 is turned into IOB2."""
    doc_number = 0
    for block in _blocks(_open(path)):
        rows = [line.split() for line in block]
        if rows[0][0] == "-DOCSTART-":
            doc_number += 1
            rows = rows[1:]
            if not rows:
                continue
        words = [row[0] for row in rows]
        tags = [row[tag_column] for row in rows]
        yield Sentence(
            id=f"{path.stem}-{doc_number}-{len(words)}",
            doc=f"{path.stem}-{doc_number}",
            words=words,
            spaces=[True] * len(words),
            ner=iob1_to_iob2(tags) if iob1 else tags,
        )


def read_gum_ner(path: Path) -> Iterator[Sentence]:
    """The derived GUM view: `word TAB tag4 TAB tagGUM`, IOB2 over PER/ORG/LOC/MISC."""
    for block in _blocks(_open(path)):
        sent_id = next((b.split("=", 1)[1].strip() for b in block if b.startswith("#")), "")
        rows = [line.split("\t") for line in block if not line.startswith("#")]
        yield Sentence(
            id=sent_id,
            doc=sent_id.rsplit("-", 1)[0],
            words=[row[0] for row in rows],
            spaces=[True] * len(rows),
            ner=[row[1] for row in rows],
        )


def iob1_to_iob2(tags: list[str]) -> list[str]:
    out = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        previous = tag
    return out


@dataclass(slots=True)
class CharDocument:
    """A document with character-offset entity spans (re3d)."""

    id: str
    text: str
    entities: list[tuple[int, int, str, float]]  # start, end, type, confidence


def read_re3d(root: Path) -> Iterator[CharDocument]:
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        documents = {}
        for line in (folder / "documents.json").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                documents[record["_id"]] = CharDocument(record["_id"], record["text"], [])
        for line in (folder / "entities.json").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                target = documents.get(record["documentId"])
                if target is not None:
                    target.entities.append(
                        (record["begin"], record["end"], record["type"], record["confidence"])
                    )
        yield from documents.values()


# ---- the files, by name -------------------------------------------------------------------


def ud_ewt(split: str) -> Path:
    name = f"en_ewt-ud-{split}.conllu" + (".gz" if split == "train" else "")
    return datasets_dir() / "ud-english-ewt" / name


def ud_gum(split: str) -> Path:
    name = f"en_gum-ud-{split}.open.conllu" + (".gz" if split == "train" else "")
    return datasets_dir() / "ud-english-gum" / name


def uner_ewt(split: str) -> Path:
    if split == "train":
        return (
            datasets_dir()
            / "uner_english_ewt"
            / "train_prelim_2022"
            / "en_ewt-ud-train.repaired.iob2.gz"
        )
    return datasets_dir() / "uner_english_ewt" / f"en_ewt-ud-{split}.iob2"


def uner_pud() -> Path:
    return datasets_dir() / "uner_english_pud" / "en_pud-ud-test.iob2"


def gum_ner(split: str) -> Path:
    return datasets_dir() / "gum_open" / "derived" / f"gum_open-{split}.ner.tsv"


def conll2003_test() -> Path:
    return datasets_dir() / "conll2003" / "test.txt"


def wikigold() -> Path:
    return datasets_dir() / "wikigold" / "wikigold.conll.txt"


def sec_filings(split: str) -> Path:
    return datasets_dir() / "sec_filings_ner" / ("FIN5.txt" if split == "train" else "FIN3.txt")


def re3d() -> Path:
    return datasets_dir() / "re3d_open"
