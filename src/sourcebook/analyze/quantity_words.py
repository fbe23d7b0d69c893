"""The words of the number grammar: number words, scales, hedges, currencies and units.

Tables only; `quantities` compiles them into one pattern. Units map to a short normalised
name ("kilometres" -> "km"); currencies to an ISO code. CJK numerals are in `cjk_numbers`.
"""

from __future__ import annotations

import re

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6,
    "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
#: Plural scale words read as an order of magnitude: "hundreds of" is 100 to 1,000.
VAGUE = {
    "dozens": 12.0, "scores": 20.0, "tens": 10.0, "hundreds": 1e2, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
    "one-third": 100 / 3, "two thirds": 200 / 3, "two-thirds": 200 / 3, "a quarter": 25.0,
    "one quarter": 25.0, "one-quarter": 25.0, "three quarters": 75.0, "three-quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0, "two fifths": 40.0,
    "two-fifths": 40.0, "three fifths": 60.0, "three-fifths": 60.0, "a tenth": 10.0,
    "one tenth": 10.0, "one-tenth": 10.0, "a fourth": 25.0, "a sixth": 100 / 6,
}  # fmt: skip
#: Normalised qualifier for each written hedge, and which bound it leaves open.
QUALIFIERS = {
    "more than": ("more than", "low"), "over": ("more than", "low"),
    "above": ("more than", "low"), "in excess of": ("more than", "low"),
    "upwards of": ("more than", "low"), "greater than": ("more than", "low"),
    "exceeding": ("more than", "low"), "at least": ("at least", "low"),
    "no fewer than": ("at least", "low"), "no less than": ("at least", "low"),
    "a minimum of": ("at least", "low"), "at most": ("at most", "high"),
    "no more than": ("at most", "high"), "not more than": ("at most", "high"),
    "a maximum of": ("at most", "high"), "fewer than": ("fewer than", "high"),
    "less than": ("fewer than", "high"), "under": ("fewer than", "high"),
    "below": ("fewer than", "high"), "nearly": ("nearly", "high"),
    "almost": ("nearly", "high"), "close to": ("nearly", "high"),
    "just under": ("nearly", "high"), "just shy of": ("nearly", "high"),
    "up to": ("up to", "high"), "as many as": ("up to", "high"),
    "as much as": ("up to", "high"), "about": ("about", ""), "around": ("about", ""),
    "approximately": ("about", ""), "roughly": ("about", ""), "some": ("about", ""),
    "an estimated": ("about", ""), "circa": ("about", ""), "approx.": ("about", ""),
    "between": ("between", ""), "from": ("between", ""),
}  # fmt: skip
#: Currency signs written before the figure. "PS" and "Y=" are how ASCII transliteration
#: (unidecode) writes "£" and "¥"; "$US", "US $", "HK $" and the like name the dollar.
CURRENCY_PREFIX = {
    "us$": "USD", "us $": "USD", "$us": "USD", "$": "USD", "€": "EUR", "£": "GBP", "ps": "GBP",
    "¥": "JPY", "y=": "JPY", "a$": "AUD", "au$": "AUD", "aud$": "AUD", "usd$": "USD", "$a": "AUD", "c$": "CAD",
    "c $": "CAD", "ca$": "CAD", "cad$": "CAD", "nzd$": "NZD", "mxn$": "MXN", "hk$": "HKD", "hk $": "HKD", "nz$": "NZD", "s$": "SGD", "r$": "BRL",
    "rs": "INR", "rs.": "INR", "₹": "INR", "₪": "ILS", "rm": "MYR", "₩": "KRW", "₽": "RUB",
}  # fmt: skip
#: Currency signs written after the figure ("15 €", "100元").
CURRENCY_SUFFIX = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY"}
CODES = (
    "USD EUR GBP JPY CNY RMB CHF AUD CAD HKD INR MYR ILS SEK NOK DKK RUB BRL ZAR NZD SGD KRW"
).split()
CURRENCY_WORD = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
    "ringgit": "MYR", "shekels": "ILS", "swiss francs": "CHF", "francs": "CHF",
    "us dollars": "USD", "u.s. dollars": "USD", "australian dollars": "AUD",
    "canadian dollars": "CAD", "hong kong dollars": "HKD", "new zealand dollars": "NZD",
    "singapore dollars": "SGD", "danish crowns": "DKK", "danish kroner": "DKK",
    "swedish crowns": "SEK", "swedish kronor": "SEK", "norwegian crowns": "NOK",
    "norwegian kroner": "NOK", "rand": "ZAR", "rubles": "RUB", "roubles": "RUB", "won": "KRW",
    "reais": "BRL", "pesos": "MXN", "lira": "TRY", "naira": "NGN", "baht": "THB",
}  # fmt: skip
MEASURES = {
    "per cent": "%", "percent": "%", "pct": "%", "pc": "%", "%": "%",
    "percentage points": "percentage points", "percentage point": "percentage points",
    "basis points": "basis points", "basis point": "basis points", "bps": "basis points",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
    "miles": "mi", "mile": "mi", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "m": "m", "centimetres": "cm", "centimeters": "cm", "cm": "cm", "mm": "mm",
    "millimetres": "mm", "millimeters": "mm", "nanometres": "nm", "nanometers": "nm",
    "nanometre": "nm", "nanometer": "nm", "nm": "nm", "microns": "µm", "micrometres": "µm",
    "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "kg": "kg", "grams": "g", "gram": "g",
    "milligrams": "mg", "milligram": "mg", "mg": "mg", "micrograms": "µg", "mcg": "µg",
    "µg": "µg", "μg": "µg", "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "metric tons": "t",
    "pounds": "lb", "lbs": "lb", "lb": "lb", "ounces": "oz", "ounce": "oz", "oz": "oz",
    "feet": "ft", "ft": "ft", "foot": "ft", "inches": "in", "inch": "in", "yards": "yd",
    "yard": "yd", "acres": "acre", "acre": "acre", "hectares": "ha", "hectare": "ha", "ha": "ha",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2",
    "km²": "km2", "square miles": "mi2", "square mile": "mi2", "sq mi": "mi2",
    "square metres": "m2", "square meters": "m2", "sq m": "m2", "m2": "m2", "m²": "m2",
    "square feet": "ft2", "square foot": "ft2", "sq ft": "ft2", "cubic metres": "m3",
    "cubic meters": "m3", "m3": "m3", "cubic feet": "ft3", "litres": "l", "liters": "l",
    "litre": "l", "liter": "l", "millilitres": "ml", "milliliters": "ml", "ml": "ml",
    "gallons": "gal", "gallon": "gal", "pints": "pt", "pint": "pt", "quarts": "qt",
    "barrels": "barrels", "mph": "mph", "miles per hour": "mph", "km/h": "km/h",
    "kph": "km/h", "kmph": "km/h", "km/hr": "km/h", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
    "knots": "kn", "mpg": "mpg", "miles per gallon": "mpg", "degrees celsius": "°C",
    "degrees fahrenheit": "°F", "celsius": "°C", "fahrenheit": "°F", "degrees": "°",
    "degree": "°", "°c": "°C", "°f": "°F", "° celsius": "°C", "° fahrenheit": "°F", "°": "°", "megawatts": "MW", "megawatt": "MW",
    "mw": "MW", "gw": "GW", "gigawatts": "GW", "kw": "kW", "kilowatts": "kW",
    "kilowatt": "kW", "watts": "W", "watt": "W", "kwh": "kWh", "kilowatt hours": "kWh",
    "kilowatt-hours": "kWh", "mwh": "MWh", "gwh": "GWh", "mah": "mAh", "volts": "V",
    "amps": "A", "gb": "GB", "tb": "TB", "mb": "MB", "gigabytes": "GB", "terabytes": "TB",
    "megabytes": "MB", "mbps": "Mbps", "gbps": "Gbps", "hz": "Hz", "ghz": "GHz", "mhz": "MHz",
    "hp": "hp", "horsepower": "hp", "bhp": "bhp", "ps": "PS", "rpm": "rpm",
    "lb-ft": "lb-ft", "pound-feet": "lb-ft", "gpa": "GPa", "gigapascals": "GPa",
    "mpa": "MPa", "kcal": "kcal", "calories": "kcal", "hours": "hours", "hour": "hours",
    "minutes": "minutes", "minute": "minutes", "seconds": "seconds", "second": "seconds",
    "days": "days", "day": "days", "weeks": "weeks", "week": "weeks", "months": "months",
    "month": "months", "years": "years", "year": "years", "decades": "decades",
    "centuries": "centuries", "light years": "light years", "light-years": "light years",
    "times": "times", "fold": "fold", "min": "minutes", "mins": "minutes", "hrs": "hours",
    "decibels": "dB", "db": "dB", "ppm": "ppm", "ppb": "ppb", "pence": "pence",
    "cents": "cents", "cent": "cents",
}  # fmt: skip
#: Units of time: "a five-year plan" names a span, it does not count ("a six-mile trip" does).
TIME_UNITS = frozenset({"hours", "minutes", "seconds", "days", "weeks", "months", "years"})
#: One-letter units read only when written against the figure and in this case ("45g", "5W").
TIGHT = {"g": "g", "W": "W", "V": "V", "l": "l", "L": "l", "C": "°C", "F": "°F", "t": "t"}
#: What may follow "per", "a" or "/" in a rate ("$3 a gallon", "4.1 million times per day").
PER = (
    "day", "week", "month", "year", "hour", "minute", "second", "night", "barrel", "person",
    "capita", "share", "head", "tonne", "ton", "kilo", "kilogram", "kg", "litre", "liter",
    "gallon", "gram", "ounce", "pound", "mile", "kilometre", "kilometer", "km", "square foot",
    "square feet", "square metre", "square meter", "sq m", "sq ft", "mmbtu", "megawatt-hour",
    "mwh", "kwh", "game", "match", "employee", "household", "student", "passenger", "hectare",
    "acre", "unit", "cm2", "m2",
)  # fmt: skip


_HALF_A = re.compile(r"\b(?:a\s+)?(half|quarter)\s+(?:of\s+)?an?\s")
_NUMBER_WORDS = re.compile(r"\d[/⁄]\d|\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+|[½¼¾⅓⅔]")
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}


def parse_number(text: str) -> float | None:
    """ "2,000" → 2000, "4.5bn" → 4.5e9, "two thousand five hundred" → 2500, "a dozen" → 12."""
    text = _HALF_A.sub(r"\1 ", text.lower().replace("-", " "))
    words = _NUMBER_WORDS.findall(text)
    total = current = 0.0
    seen = False
    for word in words:
        if word in VULGAR:
            current += VULGAR[word]
        elif len(word) == 3 and word[1] in "/⁄":
            current += int(word[0]) / int(word[2])  # the "1/2" of "10 1/2"
        elif word[0].isdigit() or word[0] == ".":
            current += float(word.replace(",", ""))
        elif word in SMALL:
            current += SMALL[word]
        elif word in ("a", "an"):
            current += 1
        elif word in ("half", "quarter"):
            current += 0.5 if word == "half" else 0.25
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
        elif word == "and":
            continue
        else:
            return None
        seen = True
    return total + current if seen else None
