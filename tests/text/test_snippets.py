from sourcebook.text.snippets import snippet


def test_snippet_keeps_short_passages_whole():
    assert snippet("short text", ((0, 5),)) == ("short text", [(0, 5)])


def test_snippet_centres_on_the_first_match_and_shifts_highlights():
    text = "word " * 200 + "TARGET " + "word " * 200
    start = text.index("TARGET")
    window, spans = snippet(text, ((start, start + 6),), width=100)
    assert window.startswith("…") and window.endswith("…")
    assert [window[a:b] for a, b in spans] == ["TARGET"]
    assert len(window) <= 102


def test_snippet_prefers_the_stretch_with_the_most_matches():
    text = "port " + "filler " * 100 + "port contract port contract " + "filler " * 100
    dense = text.index("port contract")
    spans = ((0, 4), (dense, dense + 4), (dense + 5, dense + 13), (dense + 14, dense + 18))
    window, inside = snippet(text, spans, width=120)
    assert len(inside) == 3
    assert "port contract port contract" in window
