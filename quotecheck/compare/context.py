"""What the fact comparisons read around a figure or a date: names, sentences, nearby dates, and
the tables of nouns, countries, aspects and actions that say what a figure counts or an event is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotecheck.model import DateMention
from quotecheck.normalize import Layout, fold

# Counted nouns that name the same thing, mapped to one key.
NOUN_SYNONYMS = {
    "troop": "troops", "troops": "troops", "soldier": "troops", "soldiers": "troops", "servicemen": "troops",
    "serviceman": "troops",
    "military personnel": "troops", "personnel": "troops", "service members": "troops",
    "servicemembers": "troops", "force": "troops", "forces": "troops", "fighters": "troops",
    "death": "deaths", "deaths": "deaths", "fatality": "deaths", "fatalities": "deaths",
    "people killed": "deaths",
    "dead": "deaths", "casualties": "deaths", "death toll": "deaths", "toll": "deaths",
    # a crowd counted by its members: "8,000 people marched", "50,000 protesters", "the crowd at 8,000"
    "person": "people", "persons": "people", "protester": "people", "protesters": "people",
    "protestor": "people", "protestors": "people", "marcher": "people", "marchers": "people",
    "demonstrator": "people", "demonstrators": "people", "participants": "people", "crowd": "people",
}  # fmt: skip
# Nouns of people: counted with the "killed" aspect they are a death toll ("12 people were killed").
PEOPLE_NOUNS = frozenset({"people", "resident", "villager", "civilian", "passenger"})
# A figure with no counted noun takes one named shortly before it in its sentence: "estimated at
# 100,000" after "troops", "rose to 31" after "the death toll", "put the crowd at about 8,000".
IMPLIED_NOUN = re.compile(
    r"(?i)\b(?:troops?|soldiers?|servicemen|personnel|(?:death\s+)?toll|crowd|turnout)\b"
)
# Adjectives and names of the country whose forces are counted, mapped to the country.
COUNTRIES = {
    "russian": "russia", "russia": "russia", "russia's": "russia", "ukrainian": "ukraine",
    "ukraine": "ukraine",
    "ukraine's": "ukraine", "belarusian": "belarus", "belarus": "belarus", "american": "united states",
    "u.s.": "united states", "us": "united states", "nato": "nato", "chinese": "china", "china": "china",
    "british": "britain", "britain": "britain", "german": "germany", "germany": "germany", "french": "france",
    "france": "france", "polish": "poland", "poland": "poland", "israeli": "israel", "israel": "israel",
}  # fmt: skip
# What is happening to the counted thing; figures with different aspects are different facts
# ("28 groups deployed" and "up to 25 more planned"; "3,500 withdrawn" and "tens of thousands remain").
ASPECTS = (
    (
        "withdrawn",
        re.compile(r"(?i)\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)?\s+(?:back|out)|retreat\w*|sent home)\b"),
    ),
    ("planned", re.compile(r"(?i)\b(?:plan\w*|expect\w*|intend\w*|bring up|will|could|would|may|might)\b")),
    ("killed", re.compile(r"(?i)\b(?:kill\w*|died|dead|death\w*|fatalit\w*)\b")),
    ("injured", re.compile(r"(?i)\b(?:wounded|injured|hurt|hospitali[sz]ed)\b")),
    ("missing", re.compile(r"(?i)\b(?:missing|unaccounted)\b")),
    ("arrested", re.compile(r"(?i)\b(?:arrest\w*|detain\w*|in custody)\b")),
    # a crowd: verbs of taking part, never the nouns ("two protesters were hurt" is "injured")
    ("crowd", re.compile(
        r"(?i)\b(?:march(?:ed|ing)|rall(?:ied|ying)|protested|demonstrated|t(?:ook|ake|aking) part"
        r"|turned out|attended|gathered|filled the streets|joined (?:a|the)|crowd|turnout)\b"
    )),
)  # fmt: skip
# Aspects specific enough that one shared name (the place) ties two figures to one fact; figures
# only "present" need two ("Russia" and "Crimea").
SPECIFIC_ASPECTS = frozenset({"killed", "injured", "missing", "arrested", "crowd"})
# Words just before a figure that make it a total, a different fact from its parts: "31 of the
# 60 seats", "all 60 seats", "out of 60".
TOTAL_BEFORE = re.compile(
    r"(?i)\b(?:of\s+(?:the|its|their)|out\s+of(?:\s+the)?|all(?:\s+(?:of\s+)?the)?)\s+$"
)
# Words that name the kind of event a date belongs to.
ACTIONS = (
    ("press conference", re.compile(
        r"(?i)\b(?:(?:joint\s+)?press\s+(?:conference|point|briefing|event)|news\s+conference|briefing)\b"
    )),
    ("phone call", re.compile(r"(?i)\b(?:(?:tele)?phone\s+(?:call|talk|talks|conversation)|called)\b")),
    ("meeting", re.compile(r"(?i)\b(?:meeting|met|talks|summit)\b")),
    ("statement", re.compile(r"(?i)\bjoint\s+statement\b")),
)  # fmt: skip
# Capitalised words that are not names: weekdays, months, sentence openers, titles.
NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december on in at the a an he she they it this that we but and while
    according minister foreign secretary general president prime deputy commander chief read also
    said more about around nearly almost over some least tens dozens hundreds thousands millions up
    fewer only""".split()
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'.-]*[\w]")
PRONOUN_START = re.compile(r"\s*(?:He|She|They|It|The \w+ official)\b")
PARTNER = re.compile(
    r"\bwith\s+(?:(?:[A-Z][\w'.-]*|the|of|and)\s+){0,6}?([A-Z][\w'-]+)(?=\s*(?:[,.;]|in|at|on|$))"
)
PLACE = re.compile(r"\b(?:in|at)\s+(?:an?\s+)?([A-Z][a-z]+)\b")
CLAUSE = re.compile(r"[,;:()]")


def entities(text: str) -> frozenset[str]:
    """Normalised capitalised names in a stretch of text."""
    out = set()
    for m in _CAPITALISED.finditer(fold(text)):
        word = m.group().lower().removesuffix("'s")
        if word not in NOT_NAMES:
            out.add(COUNTRIES.get(word, word))
    return frozenset(out)


def sentence_span(lay: Layout, offset: int) -> tuple[int, int]:
    i = lay.sentence_of(offset)
    if i is not None:
        return lay.sentences[i]
    p = lay.paragraph_of(offset)
    return lay.paragraphs[p] if p is not None else (offset, offset)


def date_before(dates: Sequence[DateMention], lay: Layout, offset: int) -> DateMention | None:
    """The resolved date mention closest before `offset` in its sentence, else in its paragraph."""
    for span in (sentence_span(lay, offset), _paragraph(lay, offset)):
        near = [d for d in dates if span[0] <= d.start < offset and d.date is not None]
        if near:
            return near[-1]
    return None


def _paragraph(lay: Layout, offset: int) -> tuple[int, int]:
    p = lay.paragraph_of(offset)
    return lay.paragraphs[p] if p is not None else (offset, offset)


# --- figures -------------------------------------------------------------------------------
