"""Quotes on short fictional texts, through the shipped pipeline.

Mentions are built from the pipeline's entities, plus the names a test spells out (the
entities analyzer will supply both; here the fast model's misses must not decide a test).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from sourcebook.analyze.quote_marks import marked_spans
from sourcebook.analyze.quotes import find_quotes
from sourcebook.nlp.load import load
from sourcebook.records import Document, Mention, Quote, QuoteKind

Find = Callable[..., list[Quote]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


@pytest.fixture(scope="module")
def quotes(nlp: Language) -> Find:
    def run(
        text: str, names: dict[str, str] | None = None, titles: dict[str, str] | None = None
    ) -> list[Quote]:
        doc = nlp(text)
        document = Document(id="d1", path="t.txt", media_type="text/plain", text=text)
        spelled = [(text.find(n), text.find(n) + len(n)) for n in names or {} if n in text]
        mentions = [
            Mention("d1", e.start_char, e.end_char, e.text, e.label_, e.text)
            for e in doc.ents
            if not any(s < e.end_char and e.start_char < t for s, t in spelled)
        ]
        for name, label in (names or {}).items():
            at = text.find(name)
            while at >= 0:
                full = next((n for n in (names or {}) if n.endswith(name) and n != name), name)
                title = (titles or {}).get(full)
                mentions.append(Mention("d1", at, at + len(name), name, label, full, title))
                at = text.find(name, at + 1)
        return find_quotes(doc, document, mentions)

    return run


@pytest.mark.parametrize(
    ("open_", "close"),
    [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("「", "」"), ("『", "』")],
)
def test_quotes_reads_each_mark_style(quotes: Find, open_: str, close: str) -> None:
    text = f"{open_}We will not be moved off our own quay,{close} said Rosa Mendel."
    (quote,) = quotes(text, {"Rosa Mendel": "PERSON"})
    assert quote.kind is QuoteKind.DIRECT
    assert quote.text == "We will not be moved off our own quay,"
    assert text[quote.start : quote.end] == quote.text
    assert (quote.cue, quote.speaker) == ("said", "Rosa Mendel")


def test_quotes_joins_a_quote_split_by_its_cue(quotes: Find) -> None:
    text = (
        "Rosa Mendel spoke on the quay. “They knew our names before we painted the banners,” "
        "she said, “and this was never about public order.”"
    )
    (quote,) = quotes(text, {"Rosa Mendel": "PERSON"})
    assert len(quote.parts) == 2
    assert quote.text == (
        "They knew our names before we painted the banners, and this was never about public order."
    )
    assert quote.speaker == "Rosa Mendel"
    assert text[quote.speaker_start : quote.speaker_end] == "she"


def test_quotes_keeps_a_quote_over_several_paragraphs_whole(quotes: Find) -> None:
    text = (
        "“The harbour belongs to the people who work it. We were here before the terminal.\n\n"
        "“We will be here after it,” said Rosa Mendel."
    )
    (quote,) = quotes(text, {"Rosa Mendel": "PERSON"})
    assert len(quote.parts) == 2
    assert quote.text.startswith("The harbour") and quote.text.endswith("after it,")
    assert quote.speaker == "Rosa Mendel"


def test_quote_marks_ignore_apostrophes() -> None:
    assert marked_spans("The fishers’ cooperative and the CPA’s accounts were audited.") == []


def test_quotes_marks_reported_speech_with_a_quoted_fragment_mixed(quotes: Find) -> None:
    text = "Dana Okafor dismissed the reports as “baseless smears” on Tuesday."
    (quote,) = quotes(text, {"Dana Okafor": "PERSON"})
    assert quote.kind is QuoteKind.MIXED
    assert "“baseless smears”" in quote.text
    assert (quote.cue, quote.speaker) == ("dismissed", "Dana Okafor")


def test_quotes_finds_reported_speech_with_its_cue_and_speaker(quotes: Find) -> None:
    text = "Rosa Mendel said the memo proved the arrests had been planned in advance."
    (quote,) = quotes(text, {"Rosa Mendel": "PERSON"})
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "the memo proved the arrests had been planned in advance"
    assert (quote.cue, quote.speaker) == ("said", "Rosa Mendel")


def test_quotes_reads_according_to(quotes: Find) -> None:
    text = "According to Coastal Rights Watch, 200 people were detained."
    (quote,) = quotes(text, {"Coastal Rights Watch": "ORG"})
    assert quote.text == "200 people were detained"
    assert (quote.cue, quote.speaker) == ("According to", "Coastal Rights Watch")


def test_quotes_resolves_a_pronoun_to_the_person_of_its_gender(quotes: Find) -> None:
    text = (
        "Ms Dana Okafor met Mr Samuel Okafor at the port. "
        "She said the police had acted to protect the public."
    )
    names = {"Dana Okafor": "PERSON", "Samuel Okafor": "PERSON"}
    titles = {"Dana Okafor": "Ms", "Samuel Okafor": "Mr"}
    (quote,) = quotes(text, names, titles)
    assert quote.speaker == "Dana Okafor"
    assert text[quote.speaker_start : quote.speaker_end] == "She"


def test_quotes_resolves_a_definite_role_to_the_person_who_holds_it(quotes: Find) -> None:
    text = (
        "Rosa Mendel and ministry spokesman Teodor Lenz spoke on Monday. "
        "The spokesman said the memo was a forgery."
    )
    (quote,) = quotes(text, {"Rosa Mendel": "PERSON", "Teodor Lenz": "PERSON"})
    assert quote.speaker == "Teodor Lenz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ministry said 37 people remain in custody.", "the ministry"),
        ("Coastal Rights Watch said the arrests were unlawful.", "Coastal Rights Watch"),
    ],
)
def test_quotes_keeps_a_collective_speaker(quotes: Find, text: str, speaker: str) -> None:
    (quote,) = quotes(text, {"Coastal Rights Watch": "ORG"})
    assert quote.speaker == speaker


def test_quotes_leaves_an_unnamed_speaker_unknown(quotes: Find) -> None:
    text = "Rosa Mendel left early. A senior official said the deal would go ahead."
    (quote,) = quotes(text, {"Rosa Mendel": "PERSON"})
    assert quote.speaker is None
    assert text[quote.speaker_start : quote.speaker_end] == "A senior official"


def test_quotes_keeps_who_relays_a_nested_attribution(quotes: Find) -> None:
    text = "The minister called for a “total reset” of the talks, the Post reported."
    (quote,) = quotes(text)
    assert quote.kind is QuoteKind.MIXED
    assert quote.cue == "called for"
    assert text[quote.speaker_start : quote.speaker_end] == "The minister"
    assert quote.relayed_by == "the Post"


def test_quotes_skips_scare_quotes(quotes: Find) -> None:
    assert quotes("The so-called “reform” passed after a long night.") == []


def test_quotes_reads_a_cue_before_a_colon_across_a_paragraph(quotes: Find) -> None:
    text = "Rosa Mendel said:\n\n“We will not be moved off our own quay.”"
    (quote,) = quotes(text, {"Rosa Mendel": "PERSON"})
    assert quote.speaker == "Rosa Mendel"


def test_quotes_reads_a_cue_set_off_inside_what_it_reports(quotes: Find) -> None:
    text = "The terminal, Rosa Mendel said, would never be built on North Quay."
    (quote,) = quotes(text, {"Rosa Mendel": "PERSON"})
    assert quote.text == "The terminal would never be built on North Quay"
    assert len(quote.parts) == 2
    assert quote.speaker == "Rosa Mendel"


def test_quotes_names_the_speaker_before_a_description(quotes: Find) -> None:
    text = "“The memo is a forgery,” Teodor Lenz, a government spokesman, said on Sunday."
    (quote,) = quotes(text, {"Teodor Lenz": "PERSON"})
    assert quote.speaker == "Teodor Lenz"


def test_quotes_reads_transcript_turns_as_verbatim_speech(quotes: Find) -> None:
    text = (
        "MARSH: We counted the detained people ourselves at the quay.\n"
        "LENZ: The police acted within the law and nobody was mistreated.\n"
    )
    found = quotes(text, {"Elin Marsh": "PERSON", "Teodor Lenz": "PERSON"})
    assert [(q.kind, q.text[:8]) for q in found] == [
        (QuoteKind.DIRECT, "We count"),
        (QuoteKind.DIRECT, "The poli"),
    ]
    assert found[1].speaker_start == text.index("LENZ")


def test_quotes_leaves_form_fields_and_credits_alone(quotes: Find) -> None:
    text = (
        "Chair: Marta Diallo. Secretary: Rosa Mendel.\n"
        "Photo: Kwame Idris for the Harbour Times was taken at dawn.\n"
        "Distribution: Minister (1 copy); Permanent Secretary (1 copy).\n"
    )
    assert quotes(text, {"Marta Diallo": "PERSON", "Rosa Mendel": "PERSON"}) == []


def test_quotes_takes_what_a_poll_shows_as_attributed(quotes: Find) -> None:
    text = "The poll shows the mayor ahead by four points."
    (quote,) = quotes(text)
    assert quote.cue == "shows"
    assert quote.text == "the mayor ahead by four points"
    assert quote.speaker == "The poll"


def test_quotes_takes_a_stated_position_with_its_holder(quotes: Find) -> None:
    text = "Rosa Mendel wants to reopen the north quay to the fishing fleet."
    (quote,) = quotes(text, {"Rosa Mendel": "PERSON"})
    assert (quote.cue, quote.speaker) == ("wants", "Rosa Mendel")
    assert quote.text == "to reopen the north quay to the fishing fleet"


def test_quotes_speaker_is_the_phrase_head_not_a_name_inside_it(quotes: Find) -> None:
    text = "The Marivel defence ministry said the patrol boats had returned to port."
    (quote,) = quotes(text, {"Marivel": "GPE"})
    assert quote.speaker is not None and "ministry" in quote.speaker
    assert quote.speaker != "Marivel"


def test_quotes_keeps_a_plural_group_as_the_speaker(quotes: Find) -> None:
    text = "Defence lawyers said the detentions had no basis in law."
    (quote,) = quotes(text)
    assert quote.speaker == "Defence lawyers"


def test_quotes_needs_as_to_read_describe_as_speech(quotes: Find) -> None:
    assert quotes("Felix Amato described the boat that sank.", {"Felix Amato": "PERSON"}) == []


def test_quotes_never_takes_a_no_break_space_for_the_speaker(quotes: Find) -> None:
    text = "“We are not just counting arrests,” he\u00a0told the Courier. Rosa Mendel agreed."
    (quote, *_) = quotes(text, {"Rosa Mendel": "PERSON"})
    assert quote.speaker_start is not None
    assert text[quote.speaker_start : quote.speaker_end] == "he"


def test_quotes_never_takes_a_dateline_city_for_the_speaker(quotes: Find) -> None:
    (quote,) = quotes("BRUSSELS — European leaders warned that the deal is at risk.")
    assert quote.speaker == "European leaders"


def test_quotes_speaker_survives_a_time_phrase_before_the_cue(quotes: Find) -> None:
    text = "The government on Sunday rejected as “groundless accusations” a report by the Courier."
    (quote,) = quotes(text)
    assert quote.speaker == "the government"


def test_quotes_pronoun_continues_the_role_that_was_the_subject(quotes: Find) -> None:
    text = (
        "Interior Minister Dana Okafor spoke on Monday. The minister also defended the removal "
        "of Samuel Okafor as head of the port. She said the former port chief had been "
        "dismissed over irregularities."
    )
    found = quotes(
        text,
        {"Dana Okafor": "PERSON", "Samuel Okafor": "PERSON"},
        {"Dana Okafor": "Interior Minister"},
    )
    said = next(q for q in found if q.cue == "said")
    assert said.speaker == "Dana Okafor"
