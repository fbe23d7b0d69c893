"""Names in one document: the model's entities, repaired and completed by rules.

The shipped model finds most names but cuts titles into people, misses outlets and labels
"Mr Okafor" an organisation; investigations need the full name behind every short form, so
rules fix spans and labels, add what the model misses (titled people, organisations by their
head word, laws, operations, quoted works, Chinese names) and resolve short forms to the
name the document introduced earlier. Pure: a parsed `Doc` over `Document.text` in, records out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from sourcebook.analyze import titles as T
from sourcebook.analyze.groups import group_name
from sourcebook.nlp.chinese import name_candidates, parenthetical_aliases, romanize
from sourcebook.records import Document, Mention
from sourcebook.text.fold import CJK, fold_cjk

CONNECTORS = frozenset({"of", "the", "and", "for", "in", "on", "de", "&"})
CURRENCIES = frozenset({"EUR", "USD", "GBP", "CNY", "RMB", "JPY", "CHF", "HKD"})
LAW = re.compile(
    r"(?:(?:[A-Z][\w’'-]*|\([A-Z][^()\n]{0,40}\))[ ]+)+"
    r"(?:Act|Code|Law|Bill|Ordinance|Decree|Statute|Charter|Convention|Treaty)\b"
    r"(?:[ ]+(?:of[ ]+)?\d{4})?|\bLaw (?:on|of) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*"
)
EVENT = re.compile(r"\bOperation(?: [A-Z][\w’'-]+){1,3}")
WORK = re.compile(
    r"\b(?:report|briefing|study|book|film|documentary|paper|article|album|song|titled|"
    r"entitled|called)[ ,]+[\"“]([A-Z][^\"”\n]{2,80})[\"”]"
)
OUTLET = re.compile(
    r"\b(?:Reuters|Associated Press|AP|Agence France-Presse|AFP|Xinhua|TASS|Interfax|Kyodo|"
    r"Yonhap|Anadolu|Al Jazeera|BBC|CNN|NHK|Caixin|Politico|POLITICO|Axios|EFE|ANSA)\b"
)
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,4}")
HAN_ORG = re.compile(r"(?:有限公司|集團|集团|公司|委員會|委员会|部|局|廳|厅)")
PLACES = frozenset({"GPE", "LOC", "NORP"})  # labels a short form never takes an ORG from
PRIORITY = {"pattern": 4, "acronym": 4, "run": 3, "model": 2, "short": 1, "han": 2}


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    label: str
    source: str
    name: str = ""
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # the name's words, for short forms


def find_mentions(doc: Doc, document: Document) -> list[Mention]:
    """Every name in `document` with its full in-document name, title and other-script forms."""
    text = document.text
    chinese = _mostly_chinese(text, document.language)
    runs = _runs(doc)  # read by the span finders and the short-form resolver alike
    spans = [] if chinese else _outlet_spans(text) + _model_spans(doc) + _run_spans(runs)
    spans += _pattern_spans(text) + _han_spans(text, chinese)
    spans = _merge(spans + _acronym_spans(text, _merge(spans)))
    for span in spans:
        _set_name(span, doc, text)
    _script_aliases(spans, text)
    _resolve_short_forms(spans, doc, runs)
    _unify_case(spans)
    for span in spans:
        if span.label == "NORP":
            span.name = group_name(span.name)
    return [
        Mention(
            document=document.id,
            start=s.start,
            end=s.end,
            text=text[s.start : s.end],
            label=s.label,
            name=s.name,
            title=s.title,
            aliases=tuple(dict.fromkeys(a for a in s.aliases if a != s.name)),
        )
        for s in sorted(spans, key=lambda s: s.start)
    ]


def _mostly_chinese(text: str, language: str | None) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return (language or "").startswith("zh") or (
        bool(letters) and sum(bool(CJK.match(ch)) for ch in letters) > len(letters) / 3
    )


def _capital(token: Token) -> bool:
    return token.text[:1].isupper() and any(ch.isalpha() for ch in token.text)


def _label_for(words: list[str], label: str) -> str:
    """Head words outrank the model: "Eastbank Gazette" is an outlet whatever it guessed."""
    low = [w.lower().rstrip(".") for w in words]
    if not low:
        return label
    if 0 < T.title_words(words) < len(words) and low[-1] not in T.ORG_HEADS:
        return "PERSON"
    if low[-1] in T.ORG_HEADS or (low[0] in T.ORG_STARTS and "of" in low):
        return "ORG"
    if " ".join(low) in T.OUTLETS:
        return "ORG"
    if low[0] in {"republic", "kingdom", "state", "emirate"} and "of" in low:
        return "GPE"
    if low[-1] in T.GPE_HEADS or (low[0] in {"port", "fort"} and label == "LOC"):
        return "GPE"
    if low[-1] in T.LOC_HEADS and len(low) > 1:
        return "LOC"
    return label


def _keep(tokens: list[Token], text: str) -> bool:
    """Drop pronouns, common nouns, bare titles, reference numbers and currency codes."""
    if not tokens or not any(_capital(t) for t in tokens):
        return False
    words = [t.text for t in tokens]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if any(ch.isdigit() for w in words for ch in w) or "/" in text[max(0, start - 1) : end + 1]:
        return False
    if len(tokens) == 1 and (
        words[0].lower() in STOP_WORDS or tokens[0].tag_ in {"NNS", "NN"} or words[0] in CURRENCIES
    ):
        return False
    rest = words[T.title_words(words) :]
    return bool(rest) and rest[0].lower() != "of"


def _trim(tokens: list[Token]) -> list[Token]:
    for i, token in enumerate(tokens):  # "Eastbank Gazette - World": a dash separates a section
        if token.text in {"-", "–", "—"} and i and token.whitespace_:
            tokens = tokens[:i]
            break
    while tokens and (tokens[0].lower_ in STOP_WORDS or not tokens[0].text.strip()):
        tokens = tokens[1:]
    while tokens and not (_capital(tokens[-1]) or tokens[-1].text in {")"}):
        tokens = tokens[:-1]
    return tokens


def _span(tokens: list[Token], label: str, source: str) -> _Span:
    end = tokens[-1].idx + len(tokens[-1].text)
    return _Span(tokens[0].idx, end, _label_for([t.text for t in tokens], label), source)


def _model_spans(doc: Doc) -> list[_Span]:
    text = doc.text  # spaCy rebuilds Doc.text on every read
    spans = []
    for ent in doc.ents:
        tokens = _trim(list(ent))
        if tokens and ent.label_ == "PERSON":  # a name broken over a line: "Samuel\nOkafor"
            nxt = tokens[-1].i + 1
            if (
                nxt + 1 < len(doc)
                and doc[nxt].text == "\n"
                and doc[nxt + 1].pos_ == "PROPN"
                and not T.is_title_word(doc[nxt + 1].text)
            ):
                tokens.append(doc[nxt + 1])
        if _keep(tokens, text):
            span = _span(tokens, ent.label_, "model")
            after = text[span.end : span.end + 40]
            if span.label == "ORG" and (T.title_after(text, span.end) or _paren_title(after)):
                span.label = "PERSON"  # "Helena Brandt (Chair)": a title makes it a person
            spans.append(span)
    return spans


def _paren_title(after: str) -> bool:
    m = re.match(r"\s*\(([^()]{2,40})\)", after)
    return m is not None and T.title_words(m.group(1).split()) > 0


def _runs(doc: Doc) -> list[list[Token]]:
    """Runs of capitalised words, joined by "of the" and, after "Ministry of", by "and"."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in doc:
        low = token.lower_
        joins = run and low in CONNECTORS and token.i + 1 < len(doc) and _capital(doc[token.i + 1])
        if joins and low in {"and", "in", "on", "&"}:
            joins = run[0].lower_ in T.ORG_STARTS and any(t.lower_ == "of" for t in run)
        apostrophe = run and token.text in {"'", "’"} and run[-1].text.lower().endswith("s")
        if (_capital(token) and not token.is_space) or joins or apostrophe:
            run.append(token)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    return [_trim(r) for r in runs if _trim(r)]


def _run_spans(runs: list[list[Token]]) -> list[_Span]:
    """Organisations by their head word, and people written after a title."""
    spans = []
    for run in runs:
        words = [t.text for t in run]
        label = _label_for(words, "")
        if label in {"ORG", "GPE", "LOC"} and len(run) > 1:
            spans.append(_span(run, label, "run"))
        elif label == "PERSON" and len(words) - T.title_words(words) <= 3:
            spans.append(_span(run, "PERSON", "run"))
        elif 2 <= len(run) <= 3 and all(t.pos_ == "PROPN" for t in run):
            before = run[0].nbor(-1) if run[0].i else None
            if before is not None and (
                T.is_title_word(before.text) or before.lemma_ in {"say", "tell"}
            ):
                spans.append(_span(run, "PERSON", "run"))
    return spans


def _outlet_spans(text: str) -> list[_Span]:
    """News agencies the model misses for want of context ("writes Reuters"); ranked as model
    spans and listed first, so a longer name around one ("Reuters Institute") still wins."""
    return [_Span(m.start(), m.end(), "ORG", "model") for m in OUTLET.finditer(text)]


def _pattern_spans(text: str) -> list[_Span]:
    spans = [_Span(m.start(), m.end(), "LAW", "pattern") for m in LAW.finditer(text)]
    for span in spans:
        if text.startswith("The ", span.start):
            span.start += 4
    spans += [_Span(m.start(), m.end(), "EVENT", "pattern") for m in EVENT.finditer(text)]
    spans += [_Span(m.start(1), m.end(1), "WORK", "pattern") for m in WORK.finditer(text)]
    return spans


def _han_spans(text: str, chinese: bool) -> list[_Span]:
    """Chinese names: jieba's candidates stretched to an organisation suffix, and "X先生"."""
    spans = []
    if chinese:
        for cand in name_candidates(text):
            end = cand.end
            reach = 4 if cand.label == "PERSON" else 10
            if (m := HAN_ORG.search(text, end, end + reach)) and CJK.fullmatch(text[m.end() - 1]):
                if all(CJK.match(ch) for ch in text[end : m.end()]):
                    end = m.end()
                    while n := HAN_ORG.match(text, end):  # 集團 then 有限公司
                        end = n.end()
            label = "ORG" if end != cand.end else cand.label
            spans.append(_Span(cand.start, end, label, "han"))
        for m in re.finditer(r"([\u4e00-\u9fff]{2,3})(?:先生|女士|博士)", text):
            spans.append(_Span(m.start(1), m.end(1), "PERSON", "pattern"))
        return spans
    for m in HAN_RUN.finditer(text):
        if CJK.match(text[m.start() - 1 : m.start()] or " ") or CJK.match(
            text[m.end() : m.end() + 1] or " "
        ):
            continue  # part of a longer Chinese passage, not a name standing alone
        found = [c for c in name_candidates(m.group()) if c.end - c.start == len(m.group())]
        spans.append(_Span(m.start(), m.end(), found[0].label if found else "PERSON", "han"))
    return spans


def _merge(spans: list[_Span]) -> list[_Span]:
    """Overlaps go to the stronger source, then to the longer span."""
    ranked = sorted(spans, key=lambda s: (-PRIORITY[s.source], s.start - s.end, s.start))
    kept: list[_Span] = []
    for span in ranked:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _acronym_spans(text: str, spans: list[_Span]) -> list[_Span]:
    """ "Cassin Port Authority (CPA)": the acronym, here and later, names the organisation."""
    found: list[_Span] = []
    for m in re.finditer(r"\(([A-Z][A-Z&]{1,7})\)", text):
        before = [s for s in spans if 0 <= m.start() - s.end <= 1 and s.label != "PERSON"]
        words = text[before[-1].start : before[-1].end].split() if before else []
        if not _initials(words, m.group(1)):  # the model's span may be only the last word
            before = []
            words = re.findall(r"[\w’'-]+", text[max(0, m.start() - 120) : m.start()])[-10:]
        size = next((n for n in range(len(words), 0, -1) if _initials(words[-n:], m.group(1))), 0)
        if not size:
            continue
        expansion = " ".join(words[-size:])
        label = before[-1].label if before else "ORG"
        uses = re.compile(rf"\b{re.escape(m.group(1))}\b").finditer(text, m.start())
        found += [_Span(a.start(), a.end(), label, "acronym", name=expansion) for a in uses]
        if not before:
            at = text.rfind(words[-size], 0, m.start())
            found.append(
                _Span(at, text.rfind(words[-1], 0, m.start()) + len(words[-1]), "ORG", "run")
            )
    return found


def _initials(words: list[str], acronym: str) -> bool:
    if not words or not words[0][:1].isupper() or words[0].lower() in CONNECTORS:
        return False
    content = [w for w in words if w.lower() not in CONNECTORS]
    return acronym in {"".join(w[0] for w in content).upper(), "".join(w[0] for w in words).upper()}


def _set_name(span: _Span, doc: Doc, text: str) -> None:
    """Split a leading title off the name, or find one before or after it."""
    if span.name:  # acronyms carry their expansion
        return
    raw = " ".join(text[span.start : span.end].split())
    words = raw.split(" ")
    if span.label == "PERSON" and (n := T.title_words(words)) and n < len(words):
        span.title, words = " ".join(words[:n]), words[n:]
    span.name, span.words = " ".join(words), words
    if span.label == "PERSON" and span.title is None:
        span.title = T.title_before(text, span.start) or T.title_after(text, span.end)


def _script_aliases(spans: list[_Span], text: str) -> None:
    """Link "Liang Hongwei (梁宏偉)" both ways; give a Chinese name its pinyin and simplified form."""
    by_start = {s.start: s for s in spans}
    for alias in parenthetical_aliases(text):
        latin = next((s for s in spans if s.start <= alias.latin_start < s.end), None)
        if not alias.confirmed or latin is None:
            continue
        latin.aliases.append(alias.chinese)
        han = by_start.get(alias.chinese_start)
        if han is None:
            han = _Span(alias.chinese_start, alias.chinese_end, latin.label, "han")
            han.name = alias.chinese
            spans.append(han)
        han.aliases.append(latin.name)
    for span in spans:
        if CJK.search(span.name):
            if fold_cjk(span.name) != span.name:
                span.aliases.append(fold_cjk(span.name))
            if span.label == "PERSON" and 2 <= len(span.name) <= 4:
                span.aliases.append(romanize(span.name))
    spans.sort(key=lambda s: s.start)


def _resolve_short_forms(spans: list[_Span], doc: Doc, runs: list[list[Token]]) -> None:
    """A surname, given name or part of an organisation's name takes the earlier full name
    it uniquely matches, with its label; two candidates means no guess."""
    text = doc.text
    fulls: list[_Span] = []
    taken = {i for s in spans for i in range(s.start, s.end)}
    extra = [
        _span(run, "", "short")
        for run in runs
        if run[0].idx not in taken and not T.is_title_word(run[0].text)
    ]
    for span in extra:
        span.name = " ".join(text[span.start : span.end].split())
        span.words = span.name.split(" ")
    for span in sorted(spans + extra, key=lambda s: s.start):
        short = [w.lower() for w in span.words]
        hits = {
            f.name: f
            for f in fulls
            if short
            and len(short) < len(f.words)
            and short
            in (
                [w.lower() for w in f.words[: len(short)]],
                [w.lower() for w in f.words[-len(short) :]],
            )
        }
        if span.label in PLACES:  # "Syria" is not the "Government of Syria" named before
            hits = {n: f for n, f in hits.items() if not _placed_in(short, f)}
        if len(hits) > 1:
            group = {"GPE": "LOC"}.get(span.label, span.label)
            hits = {n: f for n, f in hits.items() if {"GPE": "LOC"}.get(f.label, f.label) == group}
        if len(hits) == 1:
            full = next(iter(hits.values()))
            span.name, span.label = full.name, full.label
            span.aliases.extend(full.aliases)
            if span.source == "short":
                spans.append(span)
        elif len(span.words) > 1 and span.source != "short" and not CJK.search(span.name):
            fulls.append(span)
    spans.sort(key=lambda s: s.start)


def _placed_in(place: list[str], full: _Span) -> bool:
    """Whether an organisation's name ends in the place: the "Government of Syria", "RT
    America" are not Syria or America; "Meridian News Agency" may be called "Meridian"."""
    return full.label == "ORG" and [w.lower() for w in full.words[-len(place) :]] == place


def _unify_case(spans: list[_Span]) -> None:
    """ "MINISTRY OF THE INTERIOR" takes the mixed-case form the document also uses."""
    mixed = {s.name.casefold(): s.name for s in spans if not s.name.isupper()}
    for span in spans:
        if span.name.isupper() and " " in span.name:
            span.name = mixed.get(span.name.casefold(), span.name)
