"""The fixed vocabulary the generated corpus and the benchmark queries draw from.

A few hundred common news words, then a long tail of made-up words built from syllables with a
fixed seed (they stand in for the rare names and terms of real news), ranked so that sampling
by rank follows Zipf's law: a query word may match most documents or a handful, as in a real
archive. Every list is fixed by the code, so a corpus and its queries are the same on any run.
"""

from __future__ import annotations

import random
from itertools import accumulate

FUNCTION = (
    "the of and to in a that for on with as by at from is was were has had have been be it "
    "its their this which who but not also after over into than more about under while"
).split()

NOUNS = (
    "government minister ministry council court judge police officer report contract company "
    "port harbour city region province village border state agency official spokesman "
    "spokeswoman investigation inquiry evidence document letter email statement interview "
    "meeting conference election vote campaign party leader president director board member "
    "budget tax payment loan debt fund bank account market price share shares investor "
    "shipment cargo vessel ship container truck road bridge railway airport flight pilot "
    "hospital doctor patient school teacher student university researcher study survey data "
    "record file leak source witness lawyer prosecutor defendant trial verdict sentence prison "
    "protest crowd demonstration strike union worker factory mine plant farm farmer water "
    "river flood storm fire drought harvest crop food fuel oil gas electricity power grid "
    "project plan policy law bill regulation licence permit tender auction deal agreement "
    "treaty dispute claim allegation denial decision ruling appeal hearing committee "
    "commission audit auditor accountant invoice receipt transfer subsidiary owner "
    "shareholder network website platform phone message video photograph camera newspaper "
    "reporter editor broadcaster radio television audience community family children "
    "resident tenant landlord property building warehouse office headquarters district "
    "island coast sea weather season year month week day night morning evening percent "
    "million billion figure number total rate increase decline surplus deficit estimate "
    "forecast target quota contractor supplier customer consumer charity donor volunteer "
    "army soldier militia ceasefire attack explosion casualty victim rescue aid refugee camp "
    "minister deputy mayor governor senator ambassador embassy consulate visa passport "
    "customs inspector inspection sample laboratory test vaccine outbreak disease clinic"
).split()

VERBS = (
    "said announced reported confirmed denied rejected approved signed cancelled delayed "
    "launched opened closed raised cut increased reduced paid received sent transferred "
    "published released leaked obtained reviewed examined found showed revealed disclosed "
    "claimed alleged argued warned promised agreed refused demanded questioned accused "
    "arrested charged detained released sentenced fined ordered blocked suspended resigned "
    "appointed elected won lost built repaired inspected seized shipped imported exported "
    "owned managed controlled funded supported criticised welcomed praised investigated "
    "audited estimated recorded counted visited met called told wrote added noted insisted"
).split()

ADJECTIVES = (
    "new former local national regional public private foreign official senior junior "
    "independent anonymous internal confidential secret annual monthly weekly recent previous "
    "early late large small major minor key main final initial total average higher lower "
    "rising falling unpaid overdue illegal legal criminal civil environmental economic "
    "political financial military medical technical coastal rural urban northern southern "
    "eastern western central"
).split()

FIRST_NAMES = (
    "Maria Ahmed Chen Olga Daniel Fatima Jonas Priya Tomas Amara Lucia Kwame Ingrid Ravi "
    "Elena Samuel Aisha Mateo Hannah Yusuf Sofia Pavel Grace Omar Nadia Lars Mei Carlos Zara "
    "Viktor Leila Hugo Anika Felix Rosa Tariq Clara Emeka Sara Marco Nora Ibrahim Julia Kenji "
    "Alma Diego Irene Farid Lena Oscar"
).split()

SURNAMES = (
    "Okafor Lindqvist Moreau Haddad Petrov Nakamura Silva Mensah Kowalski Rahman Fischer "
    "Duarte Novak Osei Brennan Castillo Yilmaz Andersen Ivanova Mwangi Santos Keller Dubois "
    "Bianchi Horvat Tanaka Oyelaran Quinn Varga Sorensen Adeyemi Mahmoud Lindgren Ferreira "
    "Kaplan Nilsen Obi Rossi Stein Marsh Hale Navarro Popescu Wong Abara Eklund Farah Costa "
    "Jensen Moretti"
).split()

PLACES = (
    "Port Ellen|Valdora|Northgate|Karsk|Lower Amberly|Meridian Bay|San Telmo|Okoro|Brightwater|"
    "Halden|Vesna|Kilnacre|Rosmarin|Tarvo|East Lanning|Corvala|Ashby|Novaya Luka|Pellham|"
    "Saltmarsh|Drovna|Santa Irene|Westfold|Umbria Falls|Kestrel Point|Lomar|Greyhaven|Ostrava|"
    "Marlow Cross|Tessaly|Benwick|Caldera|Redfern|Isola Nera|Fenwick|Harrowgate|Zelenka|"
    "Old Quay|Sundara|Calloway"
).split("|")

ORGANISATIONS = (
    "Harbour Authority|Ministry of Transport|Ministry of Finance|Regional Council|"
    "National Audit Office|Coastal Shipping Company|Northgate Holdings|Valdora Mining Group|"
    "Public Prosecutor's Office|Customs Service|Electoral Commission|Water Board|"
    "Chamber of Commerce|Port Workers' Union|Meridian Bank|Health Inspectorate|"
    "Anti-Corruption Agency|Civil Aviation Authority|Red Crescent|Farmers' Cooperative|"
    "Sundara Energy|Tarvo Logistics|Kestrel Construction|Greyhaven Insurance|"
    "Independent Press Council|Supreme Court|Environmental Agency|Fisheries Department"
).split("|")

MONTHS = (
    "January February March April May June July August September October November December"
).split()

SECTIONS = "World Politics Business Economy Justice Health Environment Local Opinion Sport".split()

TAIL_WORDS = 12_000  # made-up words after the common ones
ZIPF = 1.1


def _made_up_words(count: int, seed: int = 20261124) -> list[str]:
    rng = random.Random(seed)
    onsets = "b c d f g h k l m n p r s t v z br dr gr kr pl st tr ch sh th".split()
    vowels = "a e i o u a e i o ai ou ea".split()
    codas = ["", "", "", "n", "r", "s", "l", "m", "t", "nd", "rk", "st"]
    seen = set(FUNCTION) | set(NOUNS) | set(VERBS) | set(ADJECTIVES)
    words: list[str] = []
    while len(words) < count:
        syllables = rng.choice((2, 2, 3, 3, 4))
        word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(syllables))
        word += rng.choice(codas)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _zipf_cumulative(count: int, exponent: float = ZIPF) -> list[float]:
    return list(accumulate(1.0 / (rank + 1) ** exponent for rank in range(count)))


class Vocabulary:
    """Word lists with cumulative Zipf weights, ready for `random.choices(..., cum_weights=)`."""

    def __init__(self) -> None:
        self.tail = _made_up_words(TAIL_WORDS)
        # Common nouns rank first, the made-up tail after: sampled nouns follow Zipf's law.
        self.nouns = list(dict.fromkeys(NOUNS)) + self.tail
        self.noun_weights = _zipf_cumulative(len(self.nouns))
        self.verbs = list(dict.fromkeys(VERBS))
        self.verb_weights = _zipf_cumulative(len(self.verbs), 0.8)
        self.adjectives = list(dict.fromkeys(ADJECTIVES))
        self.adjective_weights = _zipf_cumulative(len(self.adjectives), 0.8)

    def content_words(self) -> list[str]:
        """Every word a query may use, most frequent first."""
        return list(dict.fromkeys(self.nouns[:400] + self.verbs + self.adjectives + self.tail))
