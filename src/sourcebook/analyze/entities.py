"""Names in one document: the model's entities, repaired and completed by rules.

The shipped model finds most names but cuts titles into people, misses outlets and labels
"Mr Okafor" an organisation; investigations need the full name behind every short form, so
rules fix spans and labels, add what the model misses (titled people, organisations by their
head word, laws, operations, quoted works, Chinese names) and resolve short forms to the
name the document introduced earlier. Pure: a parsed `Doc` over `Document.text` in, records out.
"""

from __future__ import annotations

import re

from spacy.attrs import IDX
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from sourcebook.analyze import titles as T
from sourcebook.analyze.datelines import datelines
from sourcebook.analyze.groups import group_name
from sourcebook.analyze.name_spans import NameSpan, capital, label_for, merge, span_of, trim
from sourcebook.analyze.short_forms import resolve_short_forms, unify_case
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
HYPHEN_AFTER = re.compile(r"-[A-Z][\w’']*")
HYPHEN_BEFORE = re.compile(r"\b[A-Z][\w’']*-$")
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,4}")
HAN_ORG = re.compile(r"(?:有限公司|集團|集团|公司|委員會|委员会|部|局|廳|厅)")


def find_mentions(doc: Doc, document: Document) -> list[Mention]:
    """Every name in `document` with its full in-document name, title and other-script forms."""
    text = document.text
    chinese = _mostly_chinese(text, document.language)
    runs = _runs(doc, text)  # read by the span finders and the short-form resolver alike
    spans = (
        [] if chinese else _outlet_spans(text) + _model_spans(doc, text) + _run_spans(runs, text)
    )
    spans += _pattern_spans(text) + _han_spans(text, chinese)
    spans = merge(spans + _acronym_spans(text, merge(spans)))
    for span in spans:
        _set_name(span, doc, text)
    _script_aliases(spans, text)
    resolve_short_forms(spans, text, runs)
    unify_case(spans)
    for span in spans:
        if span.label == "NORP":
            span.name = group_name(span.name)
        elif span.source == "dateline" and span.name.isupper():
            span.name = span.name.title()  # "WASHINGTON —" names the Washington of the story
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
    if (language or "").startswith("zh"):
        return True
    if not CJK.search(text):  # most documents: no need to count letters
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return sum(bool(CJK.match(ch)) for ch in letters) > len(letters) / 3


def _keep(tokens: list[Token], text: str) -> bool:
    """Drop pronouns, common nouns, bare titles, reference numbers and currency codes."""
    if not tokens or not any(capital(t) for t in tokens):
        return False
    words = [t.text for t in tokens]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if any(ch.isdigit() for w in words for ch in w) or "/" in text[max(0, start - 1) : end + 1]:
        return False
    if len(tokens) == 1 and (
        words[0].lower() in STOP_WORDS or tokens[0].tag_ in {"NNS", "NN"} or words[0] in CURRENCIES
    ):
        return False
    written = text[start:end].split()  # "Director-General" is one title, not three tokens
    rest = written[T.title_words(written) :]
    return bool(rest) and rest[0].lower() != "of"


def _model_spans(doc: Doc, text: str) -> list[NameSpan]:
    spans = []
    for ent in doc.ents:
        tokens = trim(list(ent))
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
            span = span_of(tokens, ent.label_, "model")
            after = text[span.end : span.end + 40]
            if span.label == "ORG" and (T.title_after(text, span.end) or _paren_title(after)):
                span.label = "PERSON"  # "Helena Brandt (Chair)": a title makes it a person
            spans.append(span)
    return _join_hyphens(spans, text)


def _join_hyphens(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """The tokenizer splits "Eva-Marie" and "Soon-Shiong" as treebanks do, and the model
    then names the halves: grow each span over hyphenated capitalised parts, and make one
    person of a name cut in two ("Patrick" "Soon-Shiong")."""
    for span in spans:
        while grown := HYPHEN_AFTER.match(text, span.end):
            span.end = grown.end()
        while grown := HYPHEN_BEFORE.search(text, max(0, span.start - 60), span.start):
            span.start = grown.start()
    joined: list[NameSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = joined[-1] if joined else None
        between = text[last.end : span.start] if last is not None else "\n"
        if last is not None and span.label == last.label == "PERSON" and between in ("", " "):
            if "-" in text[last.start : span.end]:
                last.end = max(last.end, span.end)
                continue
        if last is not None and span.start < last.end:
            last.end = max(last.end, span.end)
            continue
        joined.append(span)
    return joined


def _paren_title(after: str) -> bool:
    m = re.match(r"\s*\(([^()]{2,40})\)", after)
    return m is not None and T.title_words(m.group(1).split()) > 0


def _runs(doc: Doc, text: str) -> list[list[Token]]:
    """Runs of capitalised words, joined by "of the" and, after "Ministry of", by "and".

    Walks only from capitalised tokens (read off the text at each token's offset, without
    making the Token objects of the lower-case words, which are most of them)."""
    capitals = [text[offset].isupper() for offset in doc.to_array(IDX).tolist()]
    size = len(capitals)
    runs: list[list[Token]] = []
    i = 0
    while i < size:
        if not capitals[i]:
            i += 1
            continue
        run = [doc[i]]
        j = i + 1
        while j < size:
            if not capitals[j] and not _joins(doc[j], run, j + 1 < size and capitals[j + 1]):
                break
            run.append(doc[j])
            j += 1
        runs.append(run)
        i = j
    return [trimmed for run in runs if (trimmed := trim(run))]


def _joins(token: Token, run: list[Token], capital_next: bool) -> bool:
    """A lower-case word or mark inside a name: "of", "'s", the hyphen of "Eva-Marie"."""
    low = token.lower_
    if low in CONNECTORS and capital_next:
        if low in {"and", "in", "on", "&"}:
            return run[0].lower_ in T.ORG_STARTS and any(t.lower_ == "of" for t in run)
        return True
    if token.text in {"'", "’"}:
        return run[-1].text.lower().endswith("s")
    return token.text == "-" and not run[-1].whitespace_ and not token.whitespace_ and capital_next


def _run_spans(runs: list[list[Token]], text: str) -> list[NameSpan]:
    """Organisations by their head word, and people written after a title."""
    spans = []
    for run in runs:
        words = [t.text for t in run]
        end = run[-1].idx + len(run[-1].text)
        written = text[run[0].idx : end].split()
        if T.title_words(written) >= len(written):
            continue  # a title with no name after it: "the Director-General"
        label = label_for(words, "")
        if label in {"ORG", "GPE", "LOC"} and len(run) > 1:
            spans.append(span_of(run, label, "run"))
        elif label == "PERSON" and len(words) - words.count("-") - T.title_words(words) <= 3:
            spans.append(span_of(run, "PERSON", "run"))
        elif 2 <= len(run) <= 3 and all(t.pos_ == "PROPN" for t in run):
            before = run[0].nbor(-1) if run[0].i else None
            if (
                before is not None
                and (T.is_title_word(before.text) or before.lemma_ in {"say", "tell"})
            ) or T.title_after(text, end):  # "Kathleen Hawk Sawyer, the director"
                spans.append(span_of(run, "PERSON", "run"))
    return spans


def _outlet_spans(text: str) -> list[NameSpan]:
    """News agencies the model misses for want of context ("writes Reuters"); ranked as model
    spans and listed first, so a longer name around one ("Reuters Institute") still wins."""
    return [NameSpan(m.start(), m.end(), "ORG", "model") for m in OUTLET.finditer(text)]


def _pattern_spans(text: str) -> list[NameSpan]:
    spans = [NameSpan(m.start(), m.end(), "LAW", "pattern") for m in LAW.finditer(text)]
    for span in spans:
        if text.startswith("The ", span.start):
            span.start += 4
    spans += [NameSpan(*d.place, "GPE", "dateline") for d in datelines(text)]
    spans += [NameSpan(m.start(), m.end(), "EVENT", "pattern") for m in EVENT.finditer(text)]
    spans += [NameSpan(m.start(1), m.end(1), "WORK", "pattern") for m in WORK.finditer(text)]
    return spans


def _han_spans(text: str, chinese: bool) -> list[NameSpan]:
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
            spans.append(NameSpan(cand.start, end, label, "han"))
        for m in re.finditer(r"([\u4e00-\u9fff]{2,3})(?:先生|女士|博士)", text):
            spans.append(NameSpan(m.start(1), m.end(1), "PERSON", "pattern"))
        return spans
    for m in HAN_RUN.finditer(text):
        if CJK.match(text[m.start() - 1 : m.start()] or " ") or CJK.match(
            text[m.end() : m.end() + 1] or " "
        ):
            continue  # part of a longer Chinese passage, not a name standing alone
        found = [c for c in name_candidates(m.group()) if c.end - c.start == len(m.group())]
        spans.append(NameSpan(m.start(), m.end(), found[0].label if found else "PERSON", "han"))
    return spans


def _acronym_spans(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    """ "Cassin Port Authority (CPA)": the acronym, here and later, names the organisation."""
    found: list[NameSpan] = []
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
        found += [NameSpan(a.start(), a.end(), label, "acronym", name=expansion) for a in uses]
        if not before:
            at = text.rfind(words[-size], 0, m.start())
            found.append(
                NameSpan(at, text.rfind(words[-1], 0, m.start()) + len(words[-1]), "ORG", "run")
            )
    return found


def _initials(words: list[str], acronym: str) -> bool:
    if not words or not words[0][:1].isupper() or words[0].lower() in CONNECTORS:
        return False
    content = [w for w in words if w.lower() not in CONNECTORS]
    return acronym in {"".join(w[0] for w in content).upper(), "".join(w[0] for w in words).upper()}


def _set_name(span: NameSpan, doc: Doc, text: str) -> None:
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


def _script_aliases(spans: list[NameSpan], text: str) -> None:
    """Link "Liang Hongwei (梁宏偉)" both ways; give a Chinese name its pinyin and simplified form."""
    by_start = {s.start: s for s in spans}
    for alias in parenthetical_aliases(text):
        latin = next((s for s in spans if s.start <= alias.latin_start < s.end), None)
        if not alias.confirmed or latin is None:
            continue
        latin.aliases.append(alias.chinese)
        han = by_start.get(alias.chinese_start)
        if han is None:
            han = NameSpan(alias.chinese_start, alias.chinese_end, latin.label, "han")
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
