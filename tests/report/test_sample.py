"""The fixture itself: every span it holds must index the words it claims to."""

from __future__ import annotations

from tests.report.sample import SAMPLE, TEXTS


def _spans() -> list[dict[str, object]]:
    records = [*SAMPLE["mentions"], *SAMPLE["quotes"], *SAMPLE["claims"], *SAMPLE["events"]]
    records += [s for c in SAMPLE["contested"] for s in c["statements"]]
    return records


def test_sample_spans_are_true_offsets_into_their_documents() -> None:
    for record in _spans():
        text = TEXTS[str(record["document"])]
        assert text[record["start"] : record["end"]] == record["text"]  # type: ignore[misc]
