from sourcebook.text.fingerprint import fingerprint, similarity

STORY = " ".join(
    f"Paragraph {n} of the wire story says the port authority signed contract {n * 3} on Monday."
    for n in range(12)
)


def test_fingerprint_finds_one_story_under_two_headlines_similar():
    a = fingerprint("Port deal signed\n\n" + STORY)
    b = fingerprint("Harbour contract awarded amid protests\n\nBy staff\n\n" + STORY)
    assert a and b
    assert similarity(a.values, b.values) > 0.7
    assert set(a.bands) & set(b.bands)


def test_fingerprint_keeps_different_stories_apart():
    a = fingerprint(STORY)
    b = fingerprint(" ".join(reversed(STORY.split())))
    assert a and b
    assert similarity(a.values, b.values) < 0.2


def test_fingerprint_skips_texts_too_short_to_judge():
    assert fingerprint("A caption of five words.") is None
