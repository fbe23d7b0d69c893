"""Lexical cues of page furniture, in the languages the benchmarks and our users meet most.

Each cue names the reason a line matching it is dropped; the model weighs them against the
line's shape, so a cue word inside a long article sentence does not drop that sentence.
Cues are word sets and phrases, not regular expressions: one set lookup per word keeps
cleaning a page well under a few milliseconds.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORDS: dict[str, frozenset[str]] = {
    "navigation": frozenset(
        "menu homepage home search login logout sitemap imprint impressum startseite suche "
        "anmelden navigation kontakt datenschutz mediadaten zurück weiter accueil recherche "
        "inicio buscar tags tag topics topic categories category archive archives sections "
        "section".split()
    ),
    "subscription": frozenset(
        "subscribe subscription subscriptions subscriber subscribers newsletter newsletters "
        "signup donate donation donations membership paywall premium abonnieren abonnement "
        "abo spende spenden inscreva assine assinante abonnez".split()
    ),
    "share": frozenset(
        "share shares shared tweet facebook twitter linkedin whatsapp pinterest reddit "
        "telegram print teilen drucken versenden compartilhe partager flipboard xing".split()
    ),
    "credit": frozenset("getty shutterstock imago keystone istock picture-alliance ©".split()),
    "cookie": frozenset("cookie cookies consent gdpr dsgvo tracking".split()),
    "comments": frozenset(
        "comment comments reply replies kommentar kommentare kommentieren antworten "
        "leserbrief leserbriefe commentaire commentaires comentário comentários".split()
    ),
}
_PHRASES: dict[str, tuple[str, ...]] = {
    "navigation": (
        "skip to",
        "jump to",
        "main menu",
        "home page",
        "sign in",
        "log in",
        "log out",
        "my account",
        "site map",
        "back to top",
        "next article",
        "previous article",
        "contact us",
        "about us",
        "terms of use",
        "terms of service",
        "privacy policy",
    ),
    "subscription": (
        "sign up",
        "support our",
        "support us",
        "support independent",
        "become a member",
        "become a supporter",
        "free trial",
        "unlimited access",
        "jetzt testen",
        "unterstützen sie",
        "s abonner",
    ),
    "share": ("e mail this", "email this", "print this", "copy link", "follow us", "folgen sie"),
    "credit": (
        "getty images",
        "ap photo",
        "afp via",
        "via getty",
        "photo credit",
        "image credit",
        "credit",
        "picture alliance",
        "copyright",
    ),
    "cookie": ("we use cookies", "accept all", "alle akzeptieren", "wir verwenden cookies"),
    "comments": ("posted by", "report abuse", "log in to comment"),
}
# Heads of "more stories" blocks; they count only at the start of a line.
_RELATED = frozenset(
    "related|read more|more from|more on|read next|read also|also read|most popular|most read|"
    "popular|trending|recommended|you may also like|you might also like|more stories|"
    "more news|latest news|latest|top stories|see also|further reading|lesen sie auch|"
    "mehr zum thema|weitere artikel|das könnte sie auch interessieren|meistgelesen|"
    "empfohlen|auch interessant|zum thema|leia também|leia mais|à lire aussi|lire aussi|"
    "sponsored|promoted|from our partners|around the web|what to read next|editor s picks|"
    "editors picks|in other news|weitere themen|mehr zum|weitere beiträge|lea más|"
    "le puede interesar|zum weiterlesen|das könnte sie interessieren".split("|")
)
_CREDIT_LABEL = re.compile(
    r"\b(photos?|photograph|images?|picture|illustration|foto|fotos|bild|grafik|quelle|"
    r"credits?|afp|dpa|epa|reuters|ap)\s*[:/|]",
    re.I,
)
_BLURB = re.compile(
    r"^[A-Z][\w.'-]+ [A-Z][\w.'-]+ (is|was) (a|an|the) [^.]*\b(reporter|correspondent|"
    r"writer|editor|columnist|journalist|contributor|author)\b"
)
_TOKEN = re.compile(r"\w+(?:-\w+)*|©")
REASONS = (
    "related",
    "author-blurb",
    "cookie",
    "subscription",
    "credit",
    "share",
    "comments",
    "navigation",
)

_BYLINE = re.compile(r"^(by|von|par|por)\s+[A-ZÀ-Ý][\w.'-]+", re.I)
_DATE = re.compile(
    r"(\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
    r"\b\d{1,2}\.? (jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\b|"
    r"\b\d+ (minutes?|hours?|days?|weeks?) ago\b|\bupdated\b|\bpublished\b|\bveröffentlicht\b)",
    re.I,
)


def is_byline(line: str) -> bool:
    return len(line) < 80 and bool(_BYLINE.match(line))


def has_date(line: str) -> bool:
    return bool(_DATE.search(line))


_PHRASE = re.compile(
    " (?:" + "|".join(f"(?P<{r}>{'|'.join(map(re.escape, _PHRASES[r]))})" for r in _PHRASES) + ") "
)


@lru_cache(maxsize=8192)
def cue_reason(line: str) -> str | None:
    """The furniture reason whose cue the line carries (first in `REASONS` order), or None."""
    tokens = _TOKEN.findall(line.lower())
    if not tokens:
        return None
    heads = {" ".join(tokens[:k]) for k in range(1, 6)}
    # Furniture phrases live in short lines; a long line is checked for cue words only.
    phrase = _PHRASE.search(" " + " ".join(tokens) + " ") if len(tokens) < 20 else None
    phrased = phrase.lastgroup if phrase else None
    for reason in REASONS:
        if reason == "related":
            if not _RELATED.isdisjoint(heads):
                return reason
        elif reason == "author-blurb":
            if ("is" in tokens or "was" in tokens) and (
                " ".join(tokens[:3]) == "about the author" or _BLURB.search(line)
            ):
                return reason
        elif phrased == reason or not _WORDS[reason].isdisjoint(tokens):
            return reason
        elif reason == "credit" and _CREDIT_LABEL.search(line):
            return reason
    return None


def reason_for(line: str, where: str) -> str:
    """Why a dropped line went: its cue if it has one, else where it stood."""
    cue = cue_reason(line)
    if cue is not None:
        return cue
    return "teaser" if where == "after" else "navigation"


_ENDED = re.compile(r"[.!?…:;\"”’»)。！？：；」』）]$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def word_count(line: str) -> int:
    """Words in `line`, counting two CJK characters as one word, since those scripts do not
    put spaces between words."""
    cjk = len(_CJK.findall(line))
    return len(line.split()) + cjk // 2 if cjk else len(line.split())


def looks_like_page(lines: list[str], minimum: int = 2) -> bool:
    """Whether text carries page furniture at all: short lines with furniture cues, or many
    short unpunctuated lines (menus). A memo or transcript saved as .txt has neither, and is
    then left exactly as written.
    """
    cued = sum(
        len(line) < 80 and cue_reason(line) not in (None, "comments", "author-blurb")
        for line in lines
    )
    menu = sum(word_count(line) <= 4 and not _ENDED.search(line) for line in lines)
    return cued >= minimum or (menu >= 10 and menu >= 0.25 * len(lines))
