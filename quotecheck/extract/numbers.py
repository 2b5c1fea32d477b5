"""Rule tables for figures and dates, as data: number words, scales, vague quantities,
modifiers, currencies, months and weekdays. The extractors build their regexes from these.
"""

from __future__ import annotations

import math
import re

INF = math.inf

# --- number words ---------------------------------------------------------------------

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Scale words after a number ("1.5 million", "two thousand"); "mln"/"bln" are wire shorthand.
SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "mln": 1e6,
    "billion": 1e9, "bln": 1e9, "trillion": 1e12,
}  # fmt: skip
# Suffixes glued to digits ("10k", "2.3bn"); "m" and "b" only after a currency sign
# ("$5m"), since "5m" alone is usually metres.
SUFFIXES = {"k": 1e3, "K": 1e3, "mn": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12}
CURRENCY_SUFFIXES = {"m": 1e6, "b": 1e9}
# Thousands separated by a no-break or thin space ("1\u00a0200", "1\u202f200") are read as one
# number; the fact scanners see every such space between digit groups as this character.
# A plain space never joins digits: "in 2021 300 people" is two numbers.
THIN_SPACE = "\u202f"

# Fractions read as a share of something ("three quarters of the troops"): kind percent.
FRACTIONS = {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0,
             "fifth": 20.0, "fifths": 20.0}  # fmt: skip

# --- vague quantities (the table in docs/figures-and-dates.md) -------------------------
# phrase -> (low, high).  "a few" and "several" only count when a counted noun follows.
VAGUE = {
    "dozens": (24.0, 99.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0),
    "tens of thousands": (20000.0, 99999.0),
    "hundreds of thousands": (200000.0, 999999.0),
    "millions": (2e6, 999999999.0),
    "tens of millions": (2e7, 99999999.0),
    "hundreds of millions": (2e8, 999999999.0),
    "billions": (2e9, 999999999999.0),
    "a few": (2.0, 5.0),
    "several": (3.0, 9.0),
    "a couple of": (2.0, 2.0),
    "a couple": (2.0, 2.0),
}
NEEDS_NOUN = frozenset({"a few", "several", "a couple"})
# Exact words that stand alone: "a dozen" is 12, "a hundred" 100, "a thousand" 1,000.
ARTICLE_NUMBERS = {"a dozen": 12.0, "a hundred": 100.0, "a thousand": 1e3, "a million": 1e6, "a billion": 1e9}

# --- modifiers -------------------------------------------------------------------------
# phrase -> rule.  approx: 0.9X..1.1X; near: 0.9X..X; min: X..inf; max: 0..X; range: a..b.
MODIFIERS = {
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "nearly": "near", "almost": "near", "close to": "near", "just under": "near",
    "more than": "min", "over": "min", "at least": "min", "upwards of": "min", "in excess of": "min",
    "well over": "min", "just over": "min", "above": "min", "no fewer than": "min", "no less than": "min",
    "fewer than": "max", "less than": "max", "under": "max", "up to": "max", "as many as": "max",
    "at most": "max", "no more than": "max", "below": "max",
    "between": "range",
}  # fmt: skip

# --- money and percent -----------------------------------------------------------------
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB",
                  "C$": "CAD", "A$": "AUD"}  # fmt: skip
CURRENCY_WORDS = {
    "dollars": "USD",
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "yen": "JPY",
    "rubles": "RUB",
    "roubles": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "francs": "CHF",
    "yuan": "CNY",
}
PERCENT_WORDS = ("percentage points", "percentage point", "per cent", "percent", "pct")

# --- what is not a count ---------------------------------------------------------------
# Words that make the next number a name or label ("Article 5", "Flight 752").
DESIGNATORS = frozenset(
    """article articles resolution resolutions flight flights chapter section paragraph clause protocol no
    number room route highway gate phase page level grade category version model channel platform
    terminal pier bus line tram district zone unit apollo boeing airbus aged age episode season
    stage round week runway junction junctions ward wards exit""".split()
)
# Ordinals before a figure make it a position, not a count ("second half", "third 100").
ORDINALS = frozenset("first second third fourth fifth last final latter former".split())
# Verbs that let a bare "one" count ("one is missing"); otherwise "one" is a pronoun or article.
ONE_VERBS = frozenset("is was has had remains remained died survived".split())
# Units of measure: a number followed by one is a measure, not a count.
MEASURES = frozenset(
    """mm cm km m kg g t mph kph km/h kmh kt mw gw kw kwh ft mi nm
    millimetres millimeters centimetres centimeters metres meters kilometres kilometers
    miles mile metre meter kilometre kilometer kilogrammes kilograms kilos tonnes tons
    degrees feet inches hectares acres litres liters barrels calibre caliber""".split()
)
# Clock words: "10 a.m.", "1500 GMT".
CLOCK = frozenset("a.m. p.m. am pm a.m p.m gmt utc cet cest est edt pst msk o'clock hrs".split())
# Durations are not counts: "24 hours", "two weeks", "11 years".
TIME_UNITS = frozenset("seconds minutes hours days nights weeks months years decades centuries".split())

# --- nouns -----------------------------------------------------------------------------
# Words that end the counted noun phrase after a number.
STOPWORDS = frozenset(
    """a an the of in on at to from by for with without into onto over under near along across
    and or but nor as than that which who whom whose where when while if because since until after
    before during about around among between through toward towards against within beyond per
    is are was were be been being has have had do does did will would shall should can could may
    might must not no so too very also only just still yet already more most less least each
    this these those it its their his her our your my they them we he she i you there here
    remain remained said say says told reported according including like such
    again later earlier previously separately recently reportedly officially publicly then now""".split()
)
# Plural heads that do not end in "s".
IRREGULAR_PLURALS = frozenset(
    """people personnel children men women police staff crew cattle sheep livestock militia
    infantry clergy faculty youth aircraft craft""".split()
)
# Common adjectives that do not look like ones ("heavy weapons" -> "weapons").
ADJECTIVES = frozenset(
    """new old young small large big heavy light more other further extra many few top senior junior
    local foreign active total civilian enemy rebel elite key main major minor full
    former current recent daily weekly annual""".split()
)
# Words in -ing that name things and stay in the noun ("landing craft", "fighting vehicles").
NOUN_ING = frozenset("landing fighting training housing shopping parking polling voting building".split())
# Multiword counted nouns kept whole.
MULTIWORD_NOUNS = ("battalion tactical groups", "battalion tactical group", "tactical groups")
# Nouns whose count is not a reported fact: "several diplomatic sources confirmed".
META_NOUNS = frozenset({"sources"})
# Words before a number word that make it a reference, not a count: "the two nations".
REFERRING = frozenset("the these those both".split())

# --- attribution -----------------------------------------------------------------------
# Verbs after the one who gives a figure ("the ministry said", "Ukraine estimated"), including
# commitments and forecasts, whose figure is the subject's own ("The EU pledged €200 million").
# Forms that read as plural nouns ("Recent reports of ...") and "put" ("Polls put support at")
# are left out.
SUBJECT_VERBS = (
    "said|says|say|told|tells|estimated|estimate|reported|claimed|stated|announced|announces|"
    "counted|confirmed|confirms|noted|added|adds|warned|warns|wrote|writes|tweeted|believes|"
    "believed|alleged|alleges|recorded|calculated|assessed|pledged|pledges|promised|promises|"
    "expects|forecast|forecasts|projected|predicted|predicts|set aside|earmarked"
)
# Words that end a source after "according to" ("According to UN estimates" -> "UN").
ATTRIBUTION_TAIL = frozenset("estimates estimate figures data statistics count counts tally report reports "
                             "sources source calculations assessment survey".split())  # fmt: skip
# Titles dropped before a name ("Ukrainian President Volodymyr Zelensky" -> the name).
TITLE_WORDS = frozenset(
    """president minister secretary general chief spokesman spokeswoman spokesperson commander
    colonel-general colonel general lieutenant major captain admiral prime foreign defense
    defence deputy ambassador envoy director head chairman senator governor mayor prosecutor
    commander-in-chief adviser advisor mr mrs ms dr""".split()
)
PRONOUNS = frozenset("he she it they we i you this that these those who there".split())

# --- calendar --------------------------------------------------------------------------
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Words that name a day relative to publication, with its offset in days.
DAY_WORDS = {
    "yesterday": -1, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "tomorrow": 1,
}  # fmt: skip
# Units of "three days ago" with their length in days; months and years ago step the calendar
# and keep that granularity ("two years ago" is a year, not a day 730 days back).
AGO_UNITS = {"day": 1, "week": 7, "fortnight": 14, "month": 0, "year": 0}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def word_number(words: str) -> float | None:
    """Value of a number written in words ("twenty-eight", "two hundred and five"), else None."""
    total = 0.0
    current = 0.0
    seen = False
    for token in re.split(r"[\s-]+", words.lower()):
        if token in ("and", "a", "an", ""):
            if token in ("a", "an"):
                current, seen = 1.0, True
            continue
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "dozen":
            current = (current or 1.0) * 12
        elif token == "hundred":
            current = (current or 1.0) * 100
        elif token in SCALES:
            total += (current or 1.0) * SCALES[token]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None
