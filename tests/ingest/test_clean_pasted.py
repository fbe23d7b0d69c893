"""clean_pasted on short fictional pages, written for these tests."""

from __future__ import annotations

from sourcebook.ingest.clean.pasted import clean_pasted, split_lines

ARTICLE = [
    "The harbour authority of Port Elling confirmed on Tuesday that three cargo ships were "
    "held at anchor for nine days while inspectors checked their manifests against customs "
    "records filed in February.",
    "“We found discrepancies in the declared weight of two containers,” said Mara Velde, the "
    "authority's chief inspector, adding that the owners had been asked to explain them.",
    "Shipping agents said the delay cost each vessel about 40,000 euros a day in charter fees, "
    "a figure the authority did not dispute but called unavoidable given the findings.",
    "The inspection followed a tip from a former employee of one of the freight forwarders, "
    "according to two people familiar with the matter who asked not to be named.",
    "Velde said the review would finish by the end of the month and that the results would be "
    "passed to prosecutors if any wrongdoing was found.",
]
HEAD = [
    "Skip to content",
    "Home",
    "World",
    "Business",
    "Search",
    "Sign in",
    "Subscribe",
    "Ships held for nine days as inspectors check harbour manifests",
    "Photo: Lena Oster / Getty Images",
    "Share on Facebook",
    "Share on Twitter",
]
TAIL = [
    "Sign up for our morning newsletter and never miss a story",
    "Support independent journalism: donate today",
    "More from Business",
    "Ferry operator posts record summer traffic",
    "Passenger numbers rose for the third year running as new routes opened.",
    "Fishing quotas cut again in the northern waters",
    "Ministers agreed a further reduction after scientists warned of falling stocks.",
    "Most popular",
    "Council votes to close the old tram depot",
    "We use cookies to improve your experience. Accept all",
    "© 2031 The Elling Courier. All rights reserved.",
]


def _page(head: list[str], body: list[str], tail: list[str]) -> str:
    return "\n".join(head) + "\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(tail) + "\n"


def test_clean_pasted_keeps_every_article_paragraph_verbatim() -> None:
    text, _ = clean_pasted(_page(HEAD, ARTICLE, TAIL))
    for paragraph in ARTICLE:
        assert paragraph in text


def test_clean_pasted_drops_menus_appeals_and_teasers() -> None:
    text, _ = clean_pasted(_page(HEAD, ARTICLE, TAIL))
    for junk in (
        "Skip to content",
        "Sign up for our morning newsletter",
        "More from Business",
        "Ferry operator posts record summer traffic",
        "We use cookies",
        "Share on",
    ):
        assert junk not in text


def test_clean_pasted_output_is_only_original_lines() -> None:
    page = _page(HEAD, ARTICLE, TAIL)
    text, _ = clean_pasted(page)
    originals = {line for _, _, line in split_lines(page)}
    assert all(line in originals for line in text.split("\n") if line)


def test_clean_pasted_reports_each_dropped_block_with_a_reason() -> None:
    page = _page(HEAD, ARTICLE, TAIL)
    text, removed = clean_pasted(page)
    assert removed
    dropped = "\n".join(span.text for span in removed)
    assert "Skip to content" in dropped and "Most popular" in dropped
    reasons = {span.reason for span in removed}
    assert reasons <= {
        "navigation",
        "subscription",
        "credit",
        "share",
        "related",
        "teaser",
        "author-blurb",
        "cookie",
        "comments",
    }
    assert all(0 <= span.at <= len(text) for span in removed)
    assert any(span.at == 0 for span in removed)
    assert any(span.at == len(text) for span in removed)


def test_clean_pasted_accounts_for_all_non_blank_lines() -> None:
    page = _page(HEAD, ARTICLE, TAIL)
    text, removed = clean_pasted(page)
    kept = [line for line in text.split("\n") if line]
    dropped = [line for span in removed for line in span.text.split("\n") if line.strip()]
    assert len(kept) + len(dropped) == len(list(split_lines(page)))


def test_clean_pasted_leaves_text_without_page_furniture_unchanged() -> None:
    memo = "To the board\n\nThe audit is complete.\n\nFigures follow in the annex.\n"
    assert clean_pasted(memo) == (memo, [])


def test_clean_pasted_keeps_paragraph_breaks_between_kept_paragraphs() -> None:
    text, _ = clean_pasted(_page(HEAD, ARTICLE, TAIL))
    assert ARTICLE[0] + "\n\n" + ARTICLE[1] in text


def test_clean_pasted_handles_empty_text() -> None:
    assert clean_pasted("") == ("", [])
    assert clean_pasted("\n \n") == ("\n \n", [])


def test_clean_pasted_leaves_a_chinese_statement_whole() -> None:
    statement = (
        "海灣航運公司\n關於碼頭項目的聲明\n\n2031年3月15日\n\n"
        "近日有媒體對本公司參與的碼頭項目作出失實報道。本公司現聲明如下。\n\n"
        "一、項目合同已依法簽署，程序合法合規。\n\n海灣航運公司\n企業傳訊部\n"
    )
    assert clean_pasted(statement) == (statement, [])
