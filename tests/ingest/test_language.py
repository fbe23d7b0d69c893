import pytest

from sourcebook.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister denied the report on Saturday and said the contract was lawful.", "en"),
        ("梁宏偉說：港口合同已經簽署，我們沒有任何違規行為。", "zh"),
        ("梁宏伟说：港口合同已经签署，我们没有任何违规行为。", "zh"),
        ("Le ministre a démenti le rapport samedi et a déclaré que le contrat était légal.", "fr"),
    ],
)
def test_language_names_the_language_of_a_document(text, language):
    assert detect_language(text) == language


def test_language_says_nothing_for_too_little_text():
    assert detect_language("p. 3 — 12/04") is None
