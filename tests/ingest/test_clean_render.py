from __future__ import annotations

from sourcebook.ingest.clean.render import render_text


def test_render_puts_blocks_on_lines_and_joins_inline_text() -> None:
    page = (
        "<html><body><nav><a>Home</a> <a>World</a></nav><h1>Title</h1>"
        "<p>Some <b>bold</b>\n text.</p><ul><li>one</li><li>two</li></ul></body></html>"
    )
    assert render_text(page) == "Home World\n\nTitle\n\nSome bold text.\n\none\ntwo"


def test_render_drops_scripts_styles_and_hidden_elements() -> None:
    page = (
        "<html><head><title>T</title><style>p{}</style></head><body><script>x=1</script>"
        "<p>Seen</p><div hidden>Gone</div><p style='display: none'>Gone</p></body></html>"
    )
    assert render_text(page) == "Seen"
