"""Generate a deterministic corpus of news-length articles, as plain text and HTML files.

Document `i` depends only on the seed and `i`, so the 10,000-document corpus is the first
10,000 files of the 100,000-document one. Articles run 400-700 words: a headline, byline and
dateline, then paragraphs of sentences with names, places, organisations, numbers, dates and
quotes. An HTML article sits in a page with the furniture real news sites have (style and
script blocks, a navigation menu, share buttons, related links, a long footer). A few
articles are wire reprints of an earlier one under another headline (near duplicates) or the
same file again (exact duplicates), as in a real collection of news.
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass
from pathlib import Path

from vocabulary import (
    FIRST_NAMES,
    MONTHS,
    ORGANISATIONS,
    PLACES,
    SECTIONS,
    SURNAMES,
    Vocabulary,
)

PART_SIZE = 1000  # files per folder; a corpus of n files is the first n / PART_SIZE folders
NEAR_DUPLICATE_SHARE = 0.03
EXACT_DUPLICATE_SHARE = 0.01
_DETERMINERS = ("the", "the", "the", "a", "its", "their", "this", "one")
_PREPOSITIONS = ("in", "at", "for", "with", "from", "over", "after", "under", "near", "about")

_vocabulary: Vocabulary | None = None


def vocabulary() -> Vocabulary:
    global _vocabulary
    if _vocabulary is None:
        _vocabulary = Vocabulary()
    return _vocabulary


@dataclass(slots=True)
class Article:
    headline: str
    author: str
    place: str
    date: tuple[int, int, int]
    section: str
    paragraphs: list[str]


class _Writer:
    """Sentences for one article, drawn from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.v = vocabulary()

    def nouns(self, k: int) -> list[str]:
        return self.rng.choices(self.v.nouns, cum_weights=self.v.noun_weights, k=k)

    def verb(self) -> str:
        return self.rng.choices(self.v.verbs, cum_weights=self.v.verb_weights)[0]

    def adjective(self) -> str:
        return self.rng.choices(self.v.adjectives, cum_weights=self.v.adjective_weights)[0]

    def name(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"

    def noun_phrase(self) -> str:
        rng = self.rng
        words = [rng.choice(_DETERMINERS)]
        if rng.random() < 0.4:
            words.append(self.adjective())
        words += self.nouns(2 if rng.random() < 0.25 else 1)
        if rng.random() < 0.2:
            words[-1] += "s"
        return " ".join(words)

    def number(self) -> str:
        rng = self.rng
        kind = rng.random()
        if kind < 0.3:
            return f"{rng.randint(2, 99_999):,}"
        if kind < 0.55:
            return f"{rng.randint(1, 99)}.{rng.randint(0, 9)} percent"
        if kind < 0.8:
            return f"${rng.randint(1, 950)}.{rng.randint(0, 9)} million"
        return str(rng.randint(2, 40))

    def date(self) -> str:
        rng = self.rng
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)
        style = rng.random()
        if style < 0.5:
            return f"{day} {MONTHS[month - 1]} {year}"
        if style < 0.8:
            return f"{MONTHS[month - 1]} {day}, {year}"
        return f"{year}-{month:02d}-{day:02d}"

    def modifier(self) -> str:
        rng = self.rng
        kind = rng.random()
        if kind < 0.35:
            return f"in {rng.choice(PLACES)}"
        if kind < 0.55:
            return f"on {self.date()}"
        return f"{rng.choice(_PREPOSITIONS)} {self.noun_phrase()}"

    def sentence(self) -> str:
        rng = self.rng
        kind = rng.random()
        if kind < 0.3:
            text = f"{self.noun_phrase()} {self.verb()} {self.noun_phrase()} {self.modifier()}"
            if rng.random() < 0.5:
                text += f" {self.modifier()}"
        elif kind < 0.45:
            text = (
                f"{self.name()}, {self.adjective()} {self.nouns(1)[0]} at the "
                f"{rng.choice(ORGANISATIONS)}, {self.verb()} {self.noun_phrase()} on {self.date()}"
            )
        elif kind < 0.6:
            quote = f"{self.noun_phrase()} {self.verb()} {self.noun_phrase()} {self.modifier()}"
            return f'"{quote[0].upper()}{quote[1:]}," said {self.name()}.'
        elif kind < 0.8:
            text = (
                f"{self.noun_phrase()} {self.verb()} {self.number()} {self.modifier()}, "
                f"according to the {rng.choice(ORGANISATIONS)}"
            )
        else:
            text = (
                f"{self.noun_phrase()} {self.verb()} {self.noun_phrase()} and "
                f"{self.noun_phrase()} that {self.noun_phrase()} {self.verb()} {self.number()}"
            )
        return f"{text[0].upper()}{text[1:]}."

    def headline(self) -> str:
        words = f"{self.noun_phrase()} {self.verb()} {self.noun_phrase()}".split()[1:]
        return " ".join(words).capitalize()

    def article(self) -> Article:
        rng = self.rng
        target = rng.randint(400, 700)
        paragraphs, words = [], 0
        while words < target:
            paragraph = " ".join(self.sentence() for _ in range(rng.randint(1, 4)))
            paragraphs.append(paragraph)
            words += paragraph.count(" ") + 1
        return Article(
            headline=self.headline(),
            author=self.name(),
            place=rng.choice(PLACES),
            date=(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)),
            section=rng.choice(SECTIONS),
            paragraphs=paragraphs,
        )


def _rng(seed: int, index: int, purpose: str) -> random.Random:
    return random.Random(f"{seed}:{index}:{purpose}")


def _kind(seed: int, index: int) -> str:
    roll = _rng(seed, index, "kind").random()
    if index == 0 or roll >= NEAR_DUPLICATE_SHARE + EXACT_DUPLICATE_SHARE:
        return "original"
    return "reprint" if roll < NEAR_DUPLICATE_SHARE else "copy"


def _is_html(seed: int, index: int, html_share: float) -> bool:
    return _rng(seed, index, "format").random() < html_share


def _earlier_original(seed: int, index: int) -> int:
    rng = _rng(seed, index, "source")
    other = max(0, index - 1 - rng.randrange(min(index, 300)))
    while other > 0 and _kind(seed, other) != "original":
        other -= 1
    return other


def document(seed: int, index: int, html_share: float) -> tuple[str, bytes]:
    """(file name, bytes) of document `index`."""
    kind = _kind(seed, index)
    if kind == "copy":
        original = _earlier_original(seed, index)
        _, data = document(seed, original, html_share)
        return _name(index, _is_html(seed, original, html_share)), data
    article = _Writer(_rng(seed, index, "text")).article()
    if kind == "reprint":  # the same story from the wire, under another masthead and headline
        base = _Writer(_rng(seed, _earlier_original(seed, index), "text")).article()
        article.paragraphs = base.paragraphs[: max(3, len(base.paragraphs) - 1)]
        article.date = base.date
    as_html = _is_html(seed, index, html_share)
    related = (
        [_Writer(_rng(seed, index, f"rel{k}")).headline() for k in range(8)] if as_html else []
    )
    text = render_html(article, related) if as_html else render_text(article)
    return _name(index, as_html), text.encode("utf-8")


def _name(index: int, as_html: bool) -> str:
    return f"d{index:06d}.{'html' if as_html else 'txt'}"


def _date_text(date: tuple[int, int, int]) -> str:
    year, month, day = date
    return f"{day} {MONTHS[month - 1]} {year}"


def render_text(article: Article) -> str:
    head = (
        f"{article.headline}\n\nBy {article.author}\n"
        f"{article.place.upper()}, {_date_text(article.date)}\n\n"
    )
    return head + "\n\n".join(article.paragraphs) + "\n"


_STYLE = "".join(
    f".c{k}{{margin:{k}px;padding:{k % 7}px;color:#{k * 2654435761 % 0xFFFFFF:06x}}}\n"
    for k in range(120)
)
_SCRIPT = "".join(
    f"window.__cfg{k}={{id:{k},slot:'ad-{k}',lazy:true,track:['view','click']}};\n"
    for k in range(60)
)
_MENU = "".join(
    f'<li class="menu-item"><a href="/{section.lower()}/{topic}">{section} {topic}</a></li>'
    for section in SECTIONS
    for topic in ("latest", "analysis", "video", "podcasts", "photos", "archive")
)
_FOOTER = "".join(
    f'<li><a href="/about/{item.lower().replace(" ", "-")}">{item}</a></li>'
    for item in (
        "About us",
        "Contact",
        "Careers",
        "Advertise",
        "Terms of use",
        "Privacy policy",
        "Cookie settings",
        "Accessibility",
        "Newsletters",
        "Subscribe",
        "Corrections",
        "Editorial standards",
        "Sitemap",
        "RSS feeds",
        "Apps",
        "Help centre",
    )
)


def render_html(article: Article, related: list[str]) -> str:
    e = html.escape
    year, month, day = article.date
    published = f"{year}-{month:02d}-{day:02d}T08:{day:02d}:00Z"
    body = "\n".join(f"<p>{e(paragraph)}</p>" for paragraph in article.paragraphs)
    related_items = "".join(
        f'<li><a href="/news/{k}">{e(headline)}</a></li>' for k, headline in enumerate(related)
    )
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": article.headline,
            "datePublished": published,
            "author": {"name": article.author},
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(article.headline)} | The Meridian Courier</title>
<meta name="author" content="{e(article.author)}">
<meta property="article:published_time" content="{published}">
<meta property="og:site_name" content="The Meridian Courier">
<style>{_STYLE}</style>
<script>{_SCRIPT}</script>
<script type="application/ld+json">{ld}</script>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button>
<button>Manage settings</button></div>
<header><a class="logo" href="/">The Meridian Courier</a>
<nav><ul class="menu">{_MENU}</ul></nav>
<form class="search"><input name="q" placeholder="Search"><button>Go</button></form></header>
<main><article>
<p class="kicker"><a href="/{article.section.lower()}">{article.section}</a></p>
<h1>{e(article.headline)}</h1>
<p class="byline">By <a href="/authors/{article.author.lower().replace(" ", "-")}">{e(article.author)}</a>
 · <time datetime="{published}">{_date_text(article.date)}</time> · {e(article.place)}</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email</a> <a href="#">Print</a></div>
{body}
<p class="tags">Topics: <a href="/t/1">{article.section}</a> <a href="/t/2">{e(article.place)}</a></p>
</article>
<aside class="related"><h2>Related stories</h2><ul>{related_items}</ul></aside>
<aside class="newsletter"><h2>Get the morning briefing</h2><p>Sign up for our newsletter and
get the day's top stories in your inbox.</p><input placeholder="Email address"><button>Sign up</button></aside>
</main>
<footer><ul class="footer-links">{_FOOTER}</ul>
<p>© {year} The Meridian Courier. All rights reserved. Reproduction without permission is
prohibited.</p></footer>
</body></html>
"""


@dataclass(slots=True)
class CorpusInfo:
    root: Path
    files: int
    html_files: int
    bytes: int
    parts: list[Path]


def write_corpus(root: Path, count: int, seed: int, html_share: float) -> CorpusInfo:
    """Write (or reuse) the first `count` documents under `root`, PART_SIZE per folder."""
    if count % PART_SIZE:
        raise ValueError(f"corpus sizes must be multiples of {PART_SIZE}, got {count}")
    manifest_path = root / "manifest.json"
    params = {"seed": seed, "html_share": html_share, "version": 1}
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    if manifest.get("params") != params:
        manifest = {"params": params, "parts": {}}
    root.mkdir(parents=True, exist_ok=True)
    parts = []
    for part in range(count // PART_SIZE):
        folder = root / f"part-{part:04d}"
        parts.append(folder)
        if str(part) in manifest["parts"]:
            continue
        folder.mkdir(exist_ok=True)
        html_files = size = 0
        for index in range(part * PART_SIZE, (part + 1) * PART_SIZE):
            name, data = document(seed, index, html_share)
            (folder / name).write_bytes(data)
            html_files += name.endswith(".html")
            size += len(data)
        manifest["parts"][str(part)] = {"html_files": html_files, "bytes": size}
        manifest_path.write_text(json.dumps(manifest))
    stats = [manifest["parts"][str(part)] for part in range(len(parts))]
    return CorpusInfo(
        root=root,
        files=count,
        html_files=sum(s["html_files"] for s in stats),
        bytes=sum(s["bytes"] for s in stats),
        parts=parts,
    )
