"""Consistency checks for the fictional demo corpus and its gold annotations.

The demo lives in ``examples/`` (see examples/README.md); the gold format is
documented in examples/gold/README.md.  These tests do not exercise sourcebook
itself: they make sure the demo files are well-formed and that every gold
string really occurs in the text of the file it is attached to.
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import html
import importlib.util
import io
import json
import re
import shutil
import subprocess
import zipfile
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EX = ROOT / "examples"
GOLD = EX / "gold"
SEP = "::"

ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW", "WORK", "EVENT"}
QUOTE_KINDS = {"direct", "indirect", "mixed"}
VERDICTS = {"agree", "compatible", "differing-measure", "conflict", "single"}
PRECISIONS = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}
CITATION_KINDS = {
    "reported", "according-to", "additional-reporting", "interview", "syndicated", "credit"
}  # fmt: skip
QUOTE_MARKS = {"“”", '""', "«»", "「」", "‘’"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


# --------------------------------------------------------------------------- helpers


def load(name: str) -> dict:
    return json.loads((GOLD / name).read_text(encoding="utf-8"))


@cache
def documents() -> dict[str, dict]:
    return load("documents.json")["documents"]


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@cache
def raw_bytes(key: str) -> bytes:
    """Bytes of a corpus file or of a member of a zip / attachment of an e-mail."""
    if SEP not in key:
        return (EX / key).read_bytes()
    container, member = key.split(SEP, 1)
    data = (EX / container).read_bytes()
    if container.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.read(member)
    if container.endswith(".eml"):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg.iter_attachments():
            if part.get_filename() == member:
                return part.get_payload(decode=True)
        raise KeyError(member)
    raise ValueError(f"unknown container {container}")


@cache
def text_of(key: str) -> str:
    """The text that gold strings of `key` are checked against."""
    doc = documents()[key]
    src = doc.get("text_source")
    if src:
        return (EX / src).read_text(encoding="utf-8")
    data = raw_bytes(key).decode("utf-8")
    if key.endswith((".html", ".htm")):
        return html.unescape(data)
    return data


def assert_in(needle: str, key: str, what: str) -> None:
    assert isinstance(needle, str) and needle, f"{what}: empty string for {key}"
    assert needle in text_of(key), f"{what}: {needle!r} not found in text of {key}"


def entity_ids() -> set[str]:
    return {e["id"] for e in load("entities.json")["entities"]}


def is_date(s: str) -> bool:
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------- layout


def test_corpus_holds_only_corpus_files():
    corpus = {p.relative_to(EX).as_posix() for p in (EX / "corpus").rglob("*") if p.is_file()}
    top = {k for k in documents() if SEP not in k}
    assert corpus == top, f"corpus files and documents.json differ: {corpus ^ top}"
    assert 10 <= len(corpus) <= 14
    for name in ("README.md", "watchlist.csv"):
        assert (EX / name).is_file()
    assert not any(p.name.lower().startswith("readme") for p in (EX / "corpus").rglob("*"))


def test_every_document_key_resolves_and_has_text():
    for key, doc in documents().items():
        raw_bytes(key)  # exists (inside containers too)
        if doc["kind"] == "archive":
            continue
        assert text_of(key).strip(), key
        if doc.get("text_source"):
            assert (EX / doc["text_source"]).is_file(), doc["text_source"]


def test_gold_files_only_reference_known_documents():
    keys = set(documents())
    refs: list[str] = []
    refs += list(load("boilerplate.json").keys() - {"_comment"})
    refs += list(load("entities.json")["mentions"])
    for name, field in (
        ("quotes.json", "quotes"),
        ("claims.json", "claims"),
        ("claims.json", "assertions"),
        ("events.json", "events"),
        ("citations.json", "citations"),
    ):
        refs += [item["file"] for item in load(name)[field]]
    unknown = set(refs) - keys
    assert not unknown, unknown
    dups = {k for k, d in documents().items() if d["duplicate_of"]}
    assert not dups & set(refs), "exact duplicates carry no annotations of their own"


# --------------------------------------------------------------------------- documents


def test_documents_fields_and_relations():
    docs = documents()
    required = {
        "kind",
        "title",
        "source",
        "author",
        "published",
        "language",
        "text_source",
        "duplicate_of",
        "near_duplicate_of",
    }
    for key, d in docs.items():
        assert required <= d.keys(), (key, required - d.keys())
        if d["published"]:
            dt.datetime.fromisoformat(d["published"])
        for rel in ("duplicate_of", "near_duplicate_of"):
            if d[rel]:
                assert d[rel] in docs and d[rel] != key
    dup_pairs = [(k, d["duplicate_of"]) for k, d in docs.items() if d["duplicate_of"]]
    near_pairs = [(k, d["near_duplicate_of"]) for k, d in docs.items() if d["near_duplicate_of"]]
    assert dup_pairs and near_pairs
    for a, b in dup_pairs:
        assert raw_bytes(a) == raw_bytes(b), f"{a} is not an exact duplicate of {b}"
    for a, b in near_pairs:
        assert docs[b]["near_duplicate_of"] == a, "near-duplicate relation is symmetric"
        ta, tb = text_of(a), text_of(b)
        assert ta != tb
        sa, sb = _shingles(ta), _shingles(tb)
        jac = len(sa & sb) / len(sa | sb)
        assert 0.6 < jac < 0.98, (a, b, jac)
        assert _first_line(ta) != _first_line(tb), "near-duplicates differ in their first line"


def _first_line(text: str) -> str:
    return next(ln for ln in text.splitlines() if ln.strip())


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.parametrize(
    "key", ["corpus/harbour-times_leaked-memo.html", "corpus/northern-ledger_okafor-denies.html"]
)
def test_html_metadata_matches_documents(key):
    page = text_of(key)
    doc = documents()[key]

    def meta(attr: str, name: str) -> str:
        m = re.search(rf'<meta {attr}="{re.escape(name)}" content="([^"]*)"', page)
        assert m, f"{key}: no meta {name}"
        return m.group(1)

    assert meta("property", "og:site_name") == doc["source"]
    assert meta("name", "author") == doc["author"]
    assert meta("property", "article:published_time") == doc["published"]
    assert meta("property", "og:title") == doc["title"]
    title = re.search(r"<title>(.*?)</title>", page).group(1)
    assert title.startswith(doc["title"]) and doc["source"] in title


def test_email_headers_and_parts_match_sources():
    key = "corpus/email_rosa-mendel_2026-03-10.eml"
    msg = email.message_from_bytes(raw_bytes(key), policy=email.policy.default)
    doc = documents()[key]
    assert msg["Subject"] == doc["title"]
    assert msg["From"].addresses[0].display_name == doc["author"]
    assert msg["Date"].datetime == dt.datetime.fromisoformat(doc["published"])
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert body.replace("\r\n", "\n") == text_of(key)  # .eml uses CRLF line ends
    atts = [p.get_filename() for p in msg.iter_attachments()]
    assert [f"{key}{SEP}{a}" for a in atts] == doc["attachments"]
    for att in doc["attachments"]:
        assert raw_bytes(att).decode("utf-8").replace("\r\n", "\n") == text_of(att)


def test_zip_members_match_sources():
    key = "corpus/press-pack.zip"
    with zipfile.ZipFile(EX / key) as z:
        names = z.namelist()
        assert all(i.date_time == (2026, 3, 16, 9, 12, 0) for i in z.infolist())
    assert [f"{key}{SEP}{n}" for n in names] == documents()[key]["members"]
    wire = f"{key}{SEP}meridian-wire_2026-03-15.txt"
    assert raw_bytes(wire).decode("utf-8") == text_of(wire)

    docx = pytest.importorskip("docx")
    member = f"{key}{SEP}cpa-board-minutes_2026-02-24.docx"
    d = docx.Document(io.BytesIO(raw_bytes(member)))
    paras = [p.text for p in d.paragraphs if p.text.strip()]
    assert paras == [ln for ln in text_of(member).splitlines() if ln.strip()]
    assert d.core_properties.title == documents()[member]["title"]
    assert d.core_properties.author == documents()[member]["author"]


def test_memo_pdf_has_text_layer_matching_source():
    pdfium = pytest.importorskip("pypdfium2")
    key = "corpus/leaked-memo_MI-SEC-2026-0417.pdf"
    pdf = pdfium.PdfDocument(str(EX / key))
    try:
        assert len(pdf) == documents()[key]["pages"] >= 2
        meta = pdf.get_metadata_dict()
        assert meta["Title"] == documents()[key]["title"]
        assert meta["Author"] == documents()[key]["author"]
        assert meta["CreationDate"].startswith("D:20260303")
        pages = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            pages.append(ws(tp.get_text_range()))
    finally:
        pdf.close()
    source_pages = text_of(key).split("\f")
    assert len(source_pages) == len(pages)
    for src, got in zip(source_pages, pages, strict=True):
        for line in src.splitlines():
            if line.strip():
                assert ws(line) in got, f"memo line missing from PDF text: {line!r}"


def test_scan_is_a_200dpi_image_and_ocrs():
    Image = pytest.importorskip("PIL.Image")
    key = "corpus/scan_cpa-letter_2026-02-20.png"
    with Image.open(EX / key) as im:
        assert im.format == "PNG"
        assert round(im.info["dpi"][0]) == 200
        assert im.size[0] >= 1600
    if not shutil.which("tesseract"):
        pytest.skip("tesseract not installed")
    out = subprocess.run(
        ["tesseract", str(EX / key), "-", "-l", "eng"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    got = ws(out)
    for phrase in (
        "Ref: CPA/DG/2026/031",
        "20 February 2026",
        "Samuel Okafor",
        "Brackwater Advisory Ltd",
        "Public Procurement Act",
        "Lanhai Port Construction Group",
    ):
        assert phrase in got, phrase
    src_words = re.findall(r"\w+", text_of(key).lower())
    ocr_words = set(re.findall(r"\w+", out.lower()))
    recall = sum(w in ocr_words for w in src_words) / len(src_words)
    assert recall > 0.95, recall


def test_chinese_statement_is_traditional_and_names_liang():
    text = text_of("corpus/lanhai-statement_zh-Hant.txt")
    assert "梁宏偉" in text and "梁宏伟" not in text
    for simplified in ("声明", "集团", "项目", "国"):
        assert simplified not in text
    ents = {e["id"]: e for e in load("entities.json")["entities"]}
    assert "梁宏偉" in ents["liang-hongwei"]["aliases"]


def test_news_articles_are_of_demo_size():
    bp = load("boilerplate.json")
    for key, page in bp.items():
        if key == "_comment":
            continue
        n = len(" ".join(page["keep"]).split())
        assert 300 <= n <= 700, (key, n)
    wire = len(text_of("corpus/press-pack.zip::meridian-wire_2026-03-15.txt").split())
    assert 300 <= wire <= 700


# --------------------------------------------------------------------------- boilerplate


def test_boilerplate_strings_occur():
    bp = load("boilerplate.json")
    assert set(bp) - {"_comment"} == {
        "corpus/harbour-times_leaked-memo.html",
        "corpus/northern-ledger_okafor-denies.html",
        "corpus/marivel-courier_pasted.txt",
    }
    for key, page in bp.items():
        if key == "_comment":
            continue
        assert page["remove"] and page["keep"]
        assert not set(page["remove"]) & set(page["keep"])
        for s in page["remove"] + page["keep"] + page["metadata"]:
            assert_in(s, key, "boilerplate")
        text = text_of(key)
        positions = [text.index(p) for p in page["keep"]]
        assert positions == sorted(positions), f"{key}: keep paragraphs out of order"


def test_pasted_text_lines_are_fully_classified():
    key = "corpus/marivel-courier_pasted.txt"
    page = load("boilerplate.json")[key]
    labelled = set(page["remove"]) | set(page["keep"]) | set(page["metadata"])
    lines = [ln.strip() for ln in text_of(key).splitlines() if ln.strip()]
    unlabelled = [ln for ln in lines if ln not in labelled]
    assert not unlabelled, unlabelled
    for required in ("Skip to content", "Subscribe", "Share this article"):
        assert required in page["remove"]
    assert any(s.startswith("Photo: ") for s in page["remove"])
    # teasers of other stories come after the article's last paragraph
    last_keep = lines.index(page["keep"][-1])
    assert len(lines) - last_keep > 6


# --------------------------------------------------------------------------- entities


def test_entities_well_formed_and_mentions_occur():
    g = load("entities.json")
    ids = [e["id"] for e in g["entities"]]
    assert len(ids) == len(set(ids))
    types = {e["id"]: e["type"] for e in g["entities"]}
    assert set(types.values()) == ENTITY_TYPES, "every label is demonstrated"
    used = set()
    for key, mentions in g["mentions"].items():
        seen = set()
        for m in mentions:
            assert m["label"] in ENTITY_TYPES
            assert m["entity"] in types, m
            assert m["label"] == types[m["entity"]], m
            assert (m["text"], m["entity"]) not in seen, f"duplicate mention {m} in {key}"
            seen.add((m["text"], m["entity"]))
            assert_in(m["text"], key, "entity mention")
            used.add(m["entity"])
    assert set(ids) == used, f"entities never mentioned: {set(ids) - used}"


def test_entities_cover_the_demo_cases():
    g = load("entities.json")
    by_id = {e["id"]: e for e in g["entities"]}
    # the same person in pinyin and in characters, in different files

    def files_with(surface: str, ent: str) -> set[str]:
        return {
            k
            for k, ms in g["mentions"].items()
            if any(m["text"] == surface and m["entity"] == ent for m in ms)
        }

    assert files_with("梁宏偉", "liang-hongwei") and files_with("Liang Hongwei", "liang-hongwei")
    # two different people sharing a surname
    assert by_id["dana-okafor"]["name"].split()[-1] == by_id["samuel-okafor"]["name"].split()[-1]
    assert by_id["rosa-mendel"]["name"].split()[-1] == by_id["arturo-mendel"]["name"].split()[-1]
    # short forms of the minister's name
    dana_forms = {
        m["text"] for ms in g["mentions"].values() for m in ms if m["entity"] == "dana-okafor"
    }
    assert {"Interior Minister Dana Okafor", "Okafor", "Ms Okafor", "the minister"} <= dana_forms
    # acronyms defined in parentheses
    for long, short in (
        ("Lanhai Port Construction Group", "LPCG"),
        ("Cassin Port Authority", "CPA"),
    ):
        assert f"{long} ({short})" in text_of("corpus/harbour-times_leaked-memo.html")


# --------------------------------------------------------------------------- quotes


def test_quotes():
    quotes = load("quotes.json")["quotes"]
    ids = entity_ids()
    styles = set()
    split = 0
    for q in quotes:
        key = q["file"]
        assert q["kind"] in QUOTE_KINDS, q
        parts = q.get("parts") or [q["text"]]
        if "parts" in q:
            split += 1
            assert len(parts) >= 2 and " ".join(parts) == q["text"], q
        text = text_of(key)
        pos = -1
        for p in parts:
            assert_in(p, key, "quote")
            pos = text.index(p, pos + 1)
        assert_in(q["cue"], key, "quote cue")
        sp = q["speaker"]
        assert sp is None or sp in ids or (" " in sp and sp.lower() == sp.lower()), q
        if q["kind"] in {"direct", "mixed"}:
            assert q["marks"] in QUOTE_MARKS, q
            styles.add(q["marks"])
            o, c = q["marks"][0], q["marks"][1]
            if o not in q["text"]:
                for p in parts:
                    assert f"{o}{p}{c}" in text, f"{key}: {p!r} not enclosed in {o}{c}"
        else:
            assert q["marks"] is None
    assert {"“”", '""', "«»", "「」"} <= styles
    assert split >= 2
    kinds = {q["kind"] for q in quotes}
    assert kinds == QUOTE_KINDS


# --------------------------------------------------------------------------- claims

_SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6, "億": 1e8}


def _stated_number(text: str) -> float:
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(billion|bn|million|m\b|億)?", text)
    assert m, text
    value = float(m.group(1).replace(",", ""))
    return value * _SCALE.get(m.group(2) or "", 1)


def test_claims():
    g = load("claims.json")
    claims = {c["id"]: c for c in g["claims"]}
    assert len(claims) == len(g["claims"])
    clusters = {c["id"]: c for c in g["clusters"]}
    ids = entity_ids()
    for c in claims.values():
        assert_in(c["text"], c["file"], "claim")
        assert c["cluster"] in clusters, c
        assert c["id"] in clusters[c["cluster"]]["members"], c
        lo, hi = c["value_low"], c["value_high"]
        assert lo is not None or hi is not None
        if lo is not None and hi is not None:
            assert lo <= hi
        stated = _stated_number(c["text"])
        assert stated in {lo, hi}, (c["id"], stated, lo, hi)
        assert c["claimant"] in ids or " " in c["claimant"], c
    for cl in clusters.values():
        assert cl["verdict"] in VERDICTS
        assert cl["members"] and set(cl["members"]) <= set(claims), cl
        if cl["verdict"] == "single":  # one origin, however many papers carry it
            assert cl["independent_sources"] == 1, cl
        assert 1 <= cl["independent_sources"] <= len({claims[m]["file"] for m in cl["members"]})
        measures = {claims[m]["measure"] for m in cl["members"]}
        if cl["verdict"] == "differing-measure":
            assert len(measures) > 1, cl
        else:
            assert len(measures) == 1, cl
    assert {cl["verdict"] for cl in clusters.values()} == VERDICTS
    # the detained-count wordings the demo is built around
    detained = {claims[m]["qualifier"] for m in clusters["detained-total"]["members"]}
    assert {"at least", "more than", "between", "nearly"} <= detained
    # non-numeric contradicting assertions
    acl = {c["id"]: c for c in g["assertion_clusters"]}
    for a in g["assertions"]:
        assert_in(a["text"], a["file"], "assertion")
        assert a["cluster"] in acl
    for cl in acl.values():
        assert cl["verdict"] in VERDICTS
        positions = {a["position"] for a in g["assertions"] if a["cluster"] == cl["id"]}
        assert positions


def test_denials_are_in_the_texts():
    assert "groundless accusations" in text_of(
        "corpus/press-pack.zip::meridian-wire_2026-03-15.txt"
    )
    assert "baseless smears" in text_of("corpus/northern-ledger_okafor-denies.html")
    assert "毫無根據的指控" in text_of("corpus/lanhai-statement_zh-Hant.txt")
    # the memo planned the denial line itself
    assert "groundless accusations" in text_of("corpus/leaked-memo_MI-SEC-2026-0417.pdf")


# --------------------------------------------------------------------------- events


def test_events():
    events = load("events.json")["events"]
    docs = documents()
    relative = 0
    for e in events:
        key = e["file"]
        assert_in(e["text"], key, "time expression")
        assert e["precision"] in PRECISIONS
        assert re.fullmatch(PRECISIONS[e["precision"]], e["date"]), e
        if e["precision"] == "day":
            assert is_date(e["date"]), e
        if e["relative"]:
            relative += 1
            assert is_date(e["anchor"]), e
        else:
            assert "anchor" not in e
        # weekday names must agree with the resolved date
        for i, name in enumerate(WEEKDAYS):
            if name in e["text"].lower() and e["precision"] == "day":
                assert dt.date.fromisoformat(e["date"]).weekday() == i, e
        # anchors of publication-relative expressions are the publication date
        pub = (docs[key]["published"] or "")[:10]
        # (or, for expressions like "the following morning", another date in the same file)
        if e["relative"] and e["anchor"] != pub:
            assert e["anchor"] in {x["date"] for x in events if x["file"] == key and x is not e}, e
    assert relative >= 10
    assert {e["precision"] for e in events} == set(PRECISIONS)


def test_weekday_anchors_match_publication_dates():
    docs = documents()
    # the dates the story depends on
    assert dt.date(2026, 3, 7).strftime("%A") == "Saturday"
    assert docs["corpus/harbour-times_leaked-memo.html"]["published"].startswith("2026-03-14")
    assert dt.date(2026, 3, 14).strftime("%A") == "Saturday"


# --------------------------------------------------------------------------- citations


def test_citations():
    cits = load("citations.json")["citations"]
    ids = entity_ids()
    for c in cits:
        assert c["kind"] in CITATION_KINDS, c
        assert_in(c["text"], c["file"], "citation")
        assert c["cited"] in ids or " " in c["cited"], c
    assert {c["kind"] for c in cits} == CITATION_KINDS
    credit = [c for c in cits if c["kind"] == "credit" and c["text"].startswith("Photo:")]
    assert credit, "a photo credit is annotated as a credit, not a citation"


# --------------------------------------------------------------------------- watch list


def test_watchlist_and_screening():
    with (EX / "watchlist.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and list(rows[0].keys()) == [
        "name",
        "aliases",
        "type",
        "list",
        "program",
        "reference",
    ]
    refs = {r["reference"]: r for r in rows}
    assert len(refs) == len(rows)
    for r in rows:
        assert r["type"] in {"person", "entity"}
        assert all(a.strip() == a and a for a in r["aliases"].split(";"))
    scr = load("screening.json")
    ids = entity_ids()
    for m in scr["matches"]:
        assert m["entity"] in ids and m["watchlist_reference"] in refs
        row = refs[m["watchlist_reference"]]
        assert m["matched_alias"] in [row["name"], *row["aliases"].split(";")]
        for key in m["files"]:
            assert_in(m["matched_alias"], key, "screening match")
    for m in scr["non_matches"]:
        assert m["entity"] in ids and m["watchlist_reference"] in refs


# --------------------------------------------------------------------------- generator


def _load_generator():
    spec = importlib.util.spec_from_file_location(
        "make_demo_files", ROOT / "scripts" / "make_demo_files.py"
    )
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader
    spec.loader.exec_module(mod)
    return mod


def test_generator_email_is_byte_identical():
    gen = _load_generator()
    assert gen.build_email() == (EX / "corpus" / gen.EMAIL_EML).read_bytes()


@pytest.mark.slow
def test_generator_is_deterministic():
    pytest.importorskip("reportlab")
    pytest.importorskip("docx")
    pytest.importorskip("PIL")
    gen = _load_generator()
    first = gen.build_all()
    second = gen.build_all()
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], f"{name} differs between two runs"
