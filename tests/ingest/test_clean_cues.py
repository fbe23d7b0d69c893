from __future__ import annotations

import pytest

from sourcebook.ingest.clean.cues import cue_reason, looks_like_page


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this on WhatsApp", "share"),
        ("Photo: Lena Oster/Getty Images", "credit"),
        ("More from the Elling Courier", "related"),
        ("Read next", "related"),
        ("We use cookies to improve your experience", "cookie"),
        ("Sign up for our newsletter", "subscription"),
        ("Skip to content", "navigation"),
        ("Mara Velde is a reporter for the Elling Courier.", "author-blurb"),
        ("Mehr zum Thema", "related"),
    ],
)
def test_cue_reason_names_the_furniture_kind(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_cue_reason_is_none_for_plain_prose() -> None:
    assert cue_reason("The inspectors found two containers overweight.") is None


def test_looks_like_page_is_false_for_a_memo() -> None:
    assert not looks_like_page(["To the board", "The audit is complete.", "Regards"])
