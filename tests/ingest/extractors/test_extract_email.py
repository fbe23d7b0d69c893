from __future__ import annotations

from pathlib import Path

import pytest
from tests.fixtures import factory

from sourcebook.ingest.clean.render import render_text
from sourcebook.ingest.extractors.email import extract_email
from sourcebook.ingest.limits import Limits


@pytest.fixture
def mail(tmp_path: Path) -> bytes:
    attachments = {"schedule.pdf": b"%PDF-1.4 fake", "../../notes.txt": b"call Li Wei"}
    return factory.eml_file(tmp_path / "m.eml", attachments=attachments).read_bytes()


def test_email_text_is_header_block_then_body(mail: bytes, limits: Limits) -> None:
    text = extract_email(mail, "m.eml", limits).text
    assert text == (
        "From: Ana Ruiz <ana@example.org>\nTo: Li Wei <li.wei@example.net>\n"
        "Date: Wed, 03 Mar 2021 09:30:00 -0000\nSubject: Shipment schedule\n\n"
        "Please find the schedule attached."
    )


def test_email_headers_give_title_author_date(mail: bytes, limits: Limits) -> None:
    extracted = extract_email(mail, "m.eml", limits)
    assert extracted.title == "Shipment schedule"
    assert extracted.author == "Ana Ruiz"
    assert extracted.metadata["from"] == "Ana Ruiz <ana@example.org>"
    assert extracted.published == "2021-03-03"
    assert extracted.metadata["message-id"] == "<fixture-1@example.org>"
    assert extracted.metadata["to"] == "Li Wei <li.wei@example.net>"


def test_email_returns_attachments_as_children_with_bytes(mail: bytes, limits: Limits) -> None:
    children = extract_email(mail, "m.eml", limits).children
    assert [(c.name, c.data) for c in children] == [
        ("schedule.pdf", b"%PDF-1.4 fake"),
        ("notes.txt", b"call Li Wei"),  # the folder part of a hostile name is dropped
    ]


def test_email_skips_attachments_over_the_limits(tmp_path: Path) -> None:
    attachments = {"a.bin": b"x" * 10, "big.bin": b"x" * 5000, "c.bin": b"y", "d.bin": b"z"}
    data = factory.eml_file(tmp_path / "m.eml", attachments=attachments).read_bytes()
    extracted = extract_email(data, "m.eml", Limits(max_file_size=1000, max_attachments=3))
    assert [c.name for c in extracted.children] == ["a.bin", "c.bin"]
    assert any("big.bin" in w and "--max-file-size" in w for w in extracted.warnings)
    assert any("--max-attachments" in w for w in extracted.warnings)


def test_email_turns_html_only_body_into_text(tmp_path: Path, limits: Limits) -> None:
    html = "<html><head><style>p{}</style></head><body><p>Dear Li,</p><p>The <b>ship</b> left."
    data = factory.eml_file(tmp_path / "m.eml", body=html).read_bytes()
    data = data.replace(b"text/plain", b"text/html")
    text = extract_email(data, "m.eml", limits).text
    assert text.endswith("\n\nDear Li,\nThe ship left.")


def test_email_prefers_plain_part_over_html(tmp_path: Path, limits: Limits) -> None:
    data = factory.eml_file(tmp_path / "m.eml", body="plain words", html="<p>html words</p>")
    text = extract_email(data.read_bytes(), "m.eml", limits).text
    assert text.endswith("plain words")
    assert "html words" not in text


def test_email_html_to_text_keeps_block_breaks() -> None:
    assert render_text("<div>a<br>b</div><ul><li>c</li><li>d  e</li></ul>") == "a\nb\nc\nd e"


def test_email_attached_message_is_one_child(tmp_path: Path, limits: Limits) -> None:
    from email import message_from_bytes, policy

    inner = factory.eml_file(tmp_path / "inner.eml", subject="Forwarded").read_bytes()
    outer = message_from_bytes(
        factory.eml_file(tmp_path / "outer.eml").read_bytes(), policy=policy.default
    )
    outer.add_attachment(message_from_bytes(inner, policy=policy.default))  # type: ignore[attr-defined]
    extracted = extract_email(outer.as_bytes(), "outer.eml", limits)
    assert len(extracted.children) == 1
    assert b"Subject: Forwarded" in (extracted.children[0].data or b"")


def test_email_reads_body_with_unknown_charset(limits: Limits) -> None:
    raw = (
        b"From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nCaf\xc3\xa9 meeting at noon\r\n"
    )
    extracted = extract_email(raw, "odd.eml", limits)
    assert extracted.text == "From: a@example.org\nSubject: x\n\nCafé meeting at noon"
    assert extracted.published is None
