"""Seeded news-like English sentences for timing the NLP pipeline.

Timing needs text shaped like what sourcebook reads (names, places, organisations, numbers,
money, dates, quotes; short and long sentences) but no licensed corpus: sentence *i* depends
only on the seed and *i*, so every run and machine times the same words.
"""

from __future__ import annotations

import random

FIRST = (
    "Maria John Aisha Wei Olena Carlos Fatima David Priya Ahmed Sarah Kwame Elena Tomasz "
    "Yuki Ibrahim Grace Luis Anna Mohammed Chen Sofia Daniel Amara Pierre Nadia Robert Leila"
).split()
LAST = (
    "Okafor Schmidt Nguyen Haddad Kowalski Fernandes Tanaka Mensah Petrov Rahman Garcia "
    "Johansson Dubois Ali Kim O'Brien Santos Mwangi Rossi Hughes Novak Castillo Park Osei"
).split()
TITLES = ("Mr", "Ms", "Dr", "President", "Minister", "Judge", "Senator", "General", "")
PLACES = (
    "Kyiv Lagos Manila Bogota Nairobi Jakarta Berlin Lima Karachi Dhaka Toronto Marseille "
    "Aleppo Kharkiv Rotterdam Mombasa Cebu Porto Denver Chennai Gdansk Accra Valparaiso"
).split()
COUNTRIES = (
    "Ukraine Nigeria the Philippines Colombia Kenya Indonesia Germany Peru Pakistan Bangladesh "
    "Canada France Syria the Netherlands Ghana Chile Brazil India Poland"
).split()
ORGS = (
    "the Ministry of Finance",
    "Reuters",
    "the World Bank",
    "Northwind Holdings",
    "the Central Electoral Commission",
    "Amnesty International",
    "the Port Authority",
    "Meridian Energy",
    "the Supreme Court",
    "the United Nations",
    "Halvorsen & Co",
    "the National Police",
    "Greenline Logistics",
    "the European Commission",
    "BlueRiver Bank",
    "the Health Ministry",
    "Atlas Mining Corp",
    "the City Council",
)
VERBS = (
    "said",
    "told reporters",
    "announced",
    "confirmed",
    "denied",
    "warned",
    "argued",
    "wrote in a statement",
    "claimed",
    "insisted",
    "admitted",
    "reported",
)
SUBJECTS = (
    "the contract",
    "the investigation",
    "the shipment",
    "the new law",
    "the audit",
    "the budget",
    "the protest",
    "the payment",
    "the merger",
    "the election",
    "the report",
    "the ceasefire",
    "the loan",
    "the fire",
    "the trial",
    "the strike",
    "the project",
)
EVENTS = (
    "was signed",
    "was delayed",
    "had been cancelled",
    "would be reviewed",
    "was approved",
    "collapsed",
    "had cost more than expected",
    "was suspended",
    "will resume",
    "was leaked",
)
REASONS = (
    "after weeks of talks",
    "despite objections from local officials",
    "because of heavy rain",
    "following a court order",
    "amid rising prices",
    "as part of a wider inquiry",
    "without public consultation",
    "ahead of next month's vote",
    "under pressure from donors",
)
MONTHS = (
    "January February March April May June July August September October November December"
).split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
QUOTES = (
    "We will not accept this",
    "Nobody told us anything",
    "The numbers speak for themselves",
    "This is only the beginning",
    "We acted within the law",
    "People are afraid to speak",
    "The money has disappeared",
    "We need answers, not promises",
    "It was a mistake",
)


def _person(rng: random.Random) -> str:
    title = rng.choice(TITLES)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return f"{title} {name}" if title and rng.random() < 0.4 else name


def _number(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return f"{rng.randrange(2, 999):,}"
    if kind == 1:
        return f"${rng.randrange(1, 900)}.{rng.randrange(10)} million"
    if kind == 2:
        return f"{rng.randrange(1, 99)}.{rng.randrange(10)} percent"
    if kind == 3:
        return f"{rng.randrange(1_000, 2_000_000):,} euros"
    return f"about {rng.randrange(10, 5000):,} people"


def _date(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"on {rng.choice(DAYS)}"
    return f"on {rng.randrange(1, 29)} {rng.choice(MONTHS)} {rng.randrange(1998, 2025)}"


def _clause(rng: random.Random) -> str:
    """One main clause, from one of several news shapes; lower case unless a name starts it."""
    person, place, org = _person(rng), rng.choice(PLACES), rng.choice(ORGS)
    subject, event = rng.choice(SUBJECTS), rng.choice(EVENTS)
    shape = rng.randrange(7)
    if shape == 0:
        return f"{person} {rng.choice(VERBS)} {_date(rng)} that {subject} {event}"
    if shape == 1:
        return f"{org} paid {_number(rng)} to a firm based in {place}"
    if shape == 2:
        return f"in {place}, {subject} {event} {rng.choice(REASONS)}"
    if shape == 3:
        return f"{person}, a spokesperson for {org}, declined to comment"
    if shape == 4:
        return f"officials in {rng.choice(COUNTRIES)} said {_number(rng)} were affected"
    if shape == 5:
        return f"{subject} {event}, according to {org}"
    return f"{person} met {_person(rng)} in {place} {_date(rng)}"


def sentence(seed: int, index: int) -> str:
    """Sentence `index` of the seeded stream: from two words to about sixty."""
    rng = random.Random(seed * 1_000_003 + index)
    shape = rng.random()
    if shape < 0.15:
        quote, person = rng.choice(QUOTES), _person(rng)
        return f"\u201c{quote},\u201d {person} {rng.choice(VERBS)}."
    if shape < 0.25:
        return f"{rng.choice(SUBJECTS)[4:].capitalize()} {rng.choice(EVENTS)}."
    parts = [_clause(rng)]
    while rng.random() < 0.45 and len(parts) < 4:
        joiner = rng.choice((", and ", ", while ", "; ", " after ", ", but "))
        parts.append(joiner + _clause(rng))
    if rng.random() < 0.3:
        parts.append(f", {rng.choice(REASONS)}")
    text = "".join(parts)
    return text[0].upper() + text[1:] + "."


def sentences(count: int, seed: int = 1) -> list[str]:
    return [sentence(seed, i) for i in range(count)]


if __name__ == "__main__":
    for line in sentences(10):
        print(line)
