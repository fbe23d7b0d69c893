from hypothesis import given, settings
from hypothesis import strategies as st

from sourcebook.text.passages import split_passages


def test_passages_follow_paragraph_breaks_and_merge_short_ones():
    text = "Headline\n\nFirst paragraph.\n\n" + ("Long paragraph sentence. " * 60)
    spans = split_passages(text, target=400)
    assert spans[0] == (0, text.index("First paragraph.") + len("First paragraph."))
    assert all(text[start:end].strip() == text[start:end] for start, end in spans)


def test_passages_cut_a_wall_of_text_at_sentence_ends():
    text = "This is one sentence of the wall. " * 400
    spans = split_passages(text)
    assert len(spans) > 3
    assert all(end - start <= 4800 for start, end in spans)
    assert all(text[end - 1] == "." for _, end in spans)


@settings(deadline=None)  # timing is for benchmarks, not tests
@given(st.text(alphabet="ab .\n", max_size=3000))
def test_passages_cover_every_non_blank_character_in_order(text):
    spans = split_passages(text, target=200)
    covered = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        covered.update(range(start, end))
        previous_end = end
    assert {i for i, char in enumerate(text) if not char.isspace()} <= covered
