"""Reading names: the word tables and patterns for people, titles and organisations, and the
functions that read one capitalised run, title or opening phrase on its own words.

speakers.py builds an article's tables (`Entities`) with these; speakers_resolve.py and
speakers_cues.py read subject phrases with both.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

import attrs
import regex

from quotecheck.extract import cues
from quotecheck.extract.wordtrie import alternation
from quotecheck.model import Speaker

_TITLE_WORDS = frozenset(
    cues.TITLE_WORDS + [word.capitalize() for word in cues.ROLE_NOUNS + cues.PERSON_LEADS]
)
_HONORIFICS = frozenset(cues.HONORIFICS)
_TITLE_PREFIXES = frozenset(cues.TITLE_PREFIXES)
_PARTY_WORDS = frozenset(cues.PARTY_WORDS)
# What a company is, said before its name ("Developer Brightplain Energy"); not the words that also
# begin names ("Bank Staff Federation", "Group 4").
_COMPANY_COMMON = frozenset(cues.COMPANY_COMMON_HEADS)
_COMPANY_KINDS = _COMPANY_COMMON - {"bank", "group", "company", "firm", "utility"}
_TITLE_MODIFIERS = frozenset(cues.TITLE_MODIFIERS)  # "Grand", "National": titles only before a head
_STOP = frozenset(cues.NAME_STOPWORDS)
_ORG_HEADS = frozenset(cues.ORG_HEADS)
_PLACE_HEADS = frozenset(cues.PLACE_HEADS)
_LEGAL_FORMS = frozenset(cues.LEGAL_FORMS)
_NOT_PERSON_LEADS = frozenset(cues.NOT_PERSON_LEADS)
_POST_NOMINALS = frozenset(cues.POST_NOMINALS)
_ORG_NAMES = frozenset(cues.ORG_NAMES)
_GROUP_HEADS = frozenset(cues.GROUP_HEADS)
_ROLE_NOUNS = alternation(cues.ROLE_NOUNS)

# A capitalised word: "Stoltenberg", "U.S.", "Sen.", "O'Brien", "al-Assad", "Colonel-General". The
# prefixed forms come last, in a branch of their own: tried only at their letters, the scan runs faster.
_INITIALS = r"(?:\p{Lu}\.){2,}"  # "U.S.", "al-U.N."
_CAPITALISED = r"\p{Lu}[\p{L}\p{M}'\-]*\.?"
_TOKEN = (
    rf"(?:{_INITIALS}|{_CAPITALISED}"
    rf"|(?:al|el|bin|ibn|abu)-(?:{_INITIALS}|{_CAPITALISED})|(?:de|di|da)-{_INITIALS}|d'{_CAPITALISED})"
)
# Lowercase name particles and the "of (the)" of titles and institutions.
_PARTICLE = (
    r"(?:van der|van den|von der|de la|of the|van|von|de|der|den|da|del|della|di|du|dos|das|do|des|für|bin"
    r"|ibn|al|el|la|le|ter|ten|of|y|and|for|Ó|Ní|Nic|Uí)"
)
# A nickname in marks inside a name: "Bernadette "Bernie" Kowal" (folded marks); dropped from the name.
_NICK = r"[\"']\p{Lu}[\p{L}'\-]+[\"']"
_NICK_IN_NAME = regex.compile(rf" {_NICK}(?= )")
_NICK_TOKEN = regex.compile(_NICK)
# A capitalised word made an adjective by a lowercase ending: "Toronto-listed", "London-based".
_MODIFIER = re.compile(r"[A-Z][\w.\-]*-[a-z]{3,}")  # "Sixteen-year-old" too
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}'\-])(?:{_TOKEN})(?: (?:{_PARTICLE} |{_NICK} )?(?:{_TOKEN}))*")
_WORD = regex.compile(rf"{_TOKEN}|\S+")
# A role just before a name: "press secretary Dmitry Peskov", "his spokesperson Ned Price".
_ROLE_BEFORE = re.compile(
    rf"(?:^|[ (])((?:(?!(?:from|of|by|with|to|for|his|her|their|its|the|a|an|and|or)\b)[a-z][\w-]* ){{0,2}}"
    rf"(?:{_ROLE_NOUNS})) $"
)
# An appositive role after a name: "Dmytro Kuleba, Ukraine's foreign minister, said".
_ROLE_AFTER = regex.compile(
    rf", ((?:the |a |an |his |her |\p{{Lu}}[\w.\-]*'s? )?(?:[\p{{L}}\-]+ ){{0,3}}(?:{_ROLE_NOUNS}))\b"
)
# A title phrase before a name in commas: "The Foreign Secretary, Alan Price,", "Labour's shadow
# foreign secretary, Emily Thornton,", "The chairman of the Federal Reserve, Jerome Powell,".
_ROLE_PRE = regex.compile(
    rf"(?:[Tt]he |[Hh]is |[Hh]er |[Tt]heir |\p{{Lu}}[\w.\-]*'s? )"
    rf"(?P<role>(?:[\w.\-]+ ){{0,4}}?(?i:{_ROLE_NOUNS})"
    rf"(?: of (?:the )?\p{{Lu}}[\w.\-]*(?: (?:of |and |the )?\p{{Lu}}[\w.\-]*){{0,4}})?), $"
)
# Titles that name the same job with different words.
_TITLE_SYNONYMS = (
    (regex.compile(r"\bchief executive(?: officer)?\b|\bceo\b"), "ceo"),
    (regex.compile(r"\bchief financial officer\b|\bcfo\b"), "cfo"),
    (regex.compile(r"secretary[ -]general"), "secgen head"),
    (regex.compile(r"press secretary|spokes(?:man|woman|person|people)"), "spokesperson"),
    (regex.compile(r"\b(?:chief|leader)\b"), "head"),
)
# A brand's inner capital after a syllable: "GridLink", "SkyHarbour", "DeepMind"; not the "Mc", "Mac",
# "Le", "De", "Van", "Fitz" of people's names ("McCarthy", "MacArthur", "LeBron", "FitzGerald").
_BRAND = re.compile(r"(?!(?:Mac|Van|Von|Del|Fitz)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]")
_GENERIC_ROLES = frozenset({"official", "head", "source", "officer"})
# "the", "his", "your own" ... before a phrase: dropped from a group's or organisation's name.
_DETERMINERS = re.compile(r"^(?:the|a|an|his|her|its|their|this|that|your|our|my)(?: own)?\s+", re.IGNORECASE)
# "Vladimir Putin's press secretary ", "Labour's " or "Mayors' Council chair " before a name: the
# name is still the subject.
_OWNER_ROLE = regex.compile(r"^[^,]{0,60}(?:'s|s')(?: (?:[a-z\-]+|\p{Lu}[\w\-]+(?= [a-z])))*$")
_SPACES = re.compile(r"\s+")
_OF_COUNT = re.compile(r" of (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$")
# What may precede a sentence's subject: a dateline, an introductory phrase and its comma.
# Words that open a sentence before its subject with no comma: "But Rowlands, ...", "Meanwhile the ..."
_BARE_OPENERS = ("But ", "And ", "Yet ", "So ", "Still ", "Meanwhile ", "Separately ", "Instead ", "Also ")
# The words an introductory phrase in _INTRO may start with (besides datelines, times and -ed/-ing).
_OPENING_PREPOSITIONS = """Behind Inside Outside Across Along Near Under Beyond Over Around Through Throughout
    Between Among Within Above Below Amid Against Like Unlike Despite For With By Upon Beside Until""".split()
_OPENING_WORDS = frozenset(
    """On In At From After Before During Speaking Earlier Later Meanwhile However Also But And Still Yet
    Since While When As Last This Asked Separately Instead So""".split()
    + _OPENING_PREPOSITIONS
)
_AFTER_PARTICIPLE = (
    "to|about|in|on|at|after|for|with|by|from|the|a|an|his|her|their|its|this|that|these|those|ahead|back"
    "|up|out|down|off|during|before|over|under|outside|alongside|into|through|as|again|last|earlier|later"
)
_INTRO = regex.compile(
    # dateline: "Brussels (dpa) - ", "BERLIN, March 3 (Reuters) - ", "LONDON - ", "KYIV, Ukraine (AP) - ",
    # "Jaén, Spain, Nov 3 (EFE).- "
    r"(?:(?:\p{Lu}[\w.', ]{0,40}\s*\([^)]{0,20}\)\.?"
    r"|\p{Lu}{2}[\p{Lu}.' ]{0,30}(?:, [\w.' ]{1,30}?)?(?: ?\([^)]{0,20}\))?)"
    r"\s*(?:-+|(?<=\)):)\s*)?"  # ("Skarvøy (NTB): " closes with a colon)
    # a live-blog time: "10:42 ", "9.30am GMT - "
    r"(?:\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?(?: -+)? +)?"
    # a conjunction before a capitalised subject: "But Gethin Rowlands, chairman of ..., said"
    r"(?:(?:But|And|Yet|So|Still) (?=\p{Lu})|(?:Meanwhile|Separately|Instead|Also) (?=\S))?"
    # a place with its county or state: "In Ballinacarrig, Co Roscommon, ", "In Austin, Texas, "
    # (a two-word state starts with a compass word: "In Rome, Tommaso Ferrante, ..." names a person)
    r"(?:(?:In|At|From) \p{Lu}[\w.\-]*(?: \p{Lu}[\w.\-]*)?, "
    r"(?:Co\.? |(?:New|North|South|East|West|Northern|Southern|Western|Eastern) (?:\p{Lu}[\w.]* )?)?"
    r"\p{Lu}[\w.]*, *)?"
    r"(?:(?:On|In|At|After|Before|During|Speaking|Earlier|Later|Meanwhile|However|Also|But|And|Still|Yet"
    rf"|Since|While|When|As|Last|This|Asked|Separately|Instead|{'|'.join(_OPENING_PREPOSITIONS)}"
    # a participle and its preposition or object ("Speaking to", "Asked about", "Pressed on"); not
    # a name that ends like one ("Naveed Hussain") or an adjective before its noun ("Operating profit")
    rf"|(?!According)\p{{Lu}}\w+(?:ed|ing)\b(?=,| (?:{_AFTER_PARTICIPLE})\b))"
    r"\b(?:[^,]|,(?=\d)){0,80}, *"  # (a thousands comma, "$15,000", ends no phrase)
    # and a second phrase after it: "At 6:15 on a February morning, with the thermometer ..., "
    r"(?:(?:with|as|after|before|when|while) (?:[^,]|,(?=\d)){0,80}, *)?)?"
)
_FUNCTION = frozenset(
    "with to of by and or from for at in on as than that who which whose when while after before since met "
    "said says told is was are were has had have be he she it they we i you".split()
)
_RECENT = 60  # how many recent mentions a title or pronoun may reach back over
_GENDER_REACH = 160  # how far after a mention a pronoun still tells that person's gender
_ORG_COMMON_HEADS = alternation(cues.ORG_COMMON_HEADS)
# An organisation named by a lowercase head: "The Valdorian foreign ministry", "Kessaria's defence
# ministry", "the coast guard". The modifiers are optional: "the ministry" refers back.
_ARTICLES_AND_PREPOSITIONS = "the|a|an|of|and|to|in|for|on|at|by"  # never an organisation's modifier
_ORG_PHRASE = regex.compile(
    rf"(?<![\w'])(?:[Tt]he |(?P<owner>\p{{Lu}}[\w\-]*)'s )"
    rf"(?P<mods>(?:\p{{Lu}}[\w\-]* )?"
    rf"(?:(?!(?:{_ORG_COMMON_HEADS}|{_ARTICLES_AND_PREPOSITIONS})\b)[a-z][\w\-]* ){{0,2}})"
    rf"(?P<head>{_ORG_COMMON_HEADS})\b(?!['\-])"
)
# An organisation's kind right before its name, no comma between (an appositive in commas may be a
# person: "the union's leader, Irena Koval"): "the owners' association Camperisti Uniti".
_KIND_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|its|their) (?:[\w'\-]+ ){{0,3}}(?:{_ORG_COMMON_HEADS}|trust|[a-z]*maker) $"
)
# A preposition of place right before a name: "in Lowell Fork, which ..." names a place.
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|at|near|from|to|outside|across|around|of) (?:the )?$")
# A head word after a space, which every _ORG_PHRASE match holds: a cheap test (plain `re`, one pass
# per article) for the sentences worth the full pattern.
_HEAD_AFTER_SPACE = re.compile(f" {_ORG_COMMON_HEADS}")
# An opening phrase led by a preposition, holding a his/her that tells the gender of the subject after
# it: "In her reply, Varga ...". "Her coach, Rob Finch, ..." is not one: "her" is someone else there.
_GENDERED_LEAD = re.compile(
    r"(?:In|After|During|On|At|With|Before|Despite|Following|Throughout|Since|From|For|Under|Through)"
    r" [^,]*?(?P<word>\b(?:[Hh]is|[Hh]er)\b)[^,]*, "
)
_GENDER_WORD = re.compile(rf"\b(?i:{alternation(cues.GENDERED_PRONOUNS)})\b")
# A sentence whose subject is a bare title: "The commissioner said ...", "The minister hit back".
_TITLE_SUBJECT = re.compile(rf"[Tt]he (?:[a-z\-]+ ){{0,2}}?(?:{_ROLE_NOUNS})\b(?! of\b)(?=,? [a-z])")
# An unnamed person opening a sentence, whom a later "she" or "he" may mean: "A reader in Leeds sent
# me a letter", "One woman in the queue said", "A shift supervisor at the mine, who ..., said".
_PERSON_NOUNS = alternation(cues.PERSON_NOUNS)
_ANONYMOUS_SUBJECT = regex.compile(
    r"(?:One, )?(?:[Aa]n?|[Oo]ne|[Aa]nother) "
    rf"(?P<desc>(?:[a-z][\w\-]* ){{0,2}}?(?:(?P<noun>{_PERSON_NOUNS})|(?P<role>{_ROLE_NOUNS}))"
    r"(?: (?:in|at|on|from) (?:the )?[\w\-]+(?: \p{Lu}[\w\-]*)*| [a-z]+ed (?:as|in|with) (?:an? )?[\w\-]+)?)"
    # a role only as an unnamed source ("A shift supervisor at the mine, who asked not to be named");
    # "A former press secretary ..." is background, not the next "she"
    r"(?(role)(?=,? who )|(?=,? [a-z]))"
)
_GENDERED_TITLE = re.compile(rf"\b(?i:{alternation(list(cues.GENDERED_NOUNS))})\b")
# A company's legal form after its name, dropped from a speaker: "Pinecrest Outfitters Inc.".
_LEGAL_FORM = re.compile(rf",? (?:{'|'.join(cues.LEGAL_FORMS)})\.?$")
# An acronym in brackets after the name it stands for: "the Department for Education (DfE)"; the
# words before it whose initials spell it (lowercase joining words count) are the name.
_DEFINED = regex.compile(r" \((\p{Lu}[\p{L}&]{1,7})\)")
# The capitalised name right before a bracketed acronym: "Elbtal Regionalbahn", "Union of Rail Staff".
_NAME_BEFORE = regex.compile(r"\p{Lu}[\w\-]*(?: (?:of |for |and |the |de )*\p{Lu}[\w\-]*){0,5}$")


@functools.lru_cache(maxsize=4096)
def _canonical_title(title: str) -> frozenset[str]:
    """The words of a title with synonyms made equal ("NATO chief" ~ "NATO Secretary-General")."""
    text = title.lower()
    for pattern, replacement in _TITLE_SYNONYMS:
        text = pattern.sub(replacement, text)
    words = regex.findall(r"[\w.]+", text.replace("'s", " "))
    return frozenset(w.strip(".") for w in words if w not in ("the", "a", "an", "his", "her", "of"))


def _is_stop(word: str) -> bool:
    """Function words and their contractions ("I'm", "It's") never start or continue a name."""
    return word.rstrip(".") in _STOP or word.split("'")[0] in _STOP


def is_title_token(word: str) -> bool:
    return (
        word in _TITLE_WORDS
        or word.rstrip(".") in _TITLE_WORDS
        or ("-" in word and any(part in _TITLE_WORDS for part in word.split("-")))
    )


class _Plan(NamedTuple):
    """What a piece of a capitalised run names, decided from its words alone (so it can be cached).

    kind: "split" (a stopword inside: read words[lead:][:at] and words[lead:][at + 1:]), "org",
    "person" (at = index of the last title word, -1 for none) or "none". `tokens` are the words
    from `lead` on, without possessive endings, a final full stop dropped unless it abbreviates.
    """

    kind: str
    lead: int = 0
    at: int = -1
    tokens: tuple[str, ...] = ()


# Endings of nouns for people ("Conservator", "Grandmother", "Campaigner"): a word before a known first
# name with one describes the person; without one it may be a first name ("Hilde Marie Strand").
_AGENT_ENDINGS = (
    "or",
    "er",
    "ist",
    "ian",
    "ant",
    "ent",
    "ee",
    "man",
    "woman",
    "mother",
    "father",
    "ess",
    "mate",
)


@functools.lru_cache(maxsize=16384)
def _plan(words: tuple[str, ...]) -> _Plan:
    tokens = [w.removesuffix("'s").rstrip("'") for w in words]
    breaks = [(_is_stop(t) or t in ("and", "for")) and not is_title_token(t) for t in tokens]
    lead = 0
    # a leading stopword, or a modifier such as "Toronto-listed", is no part of the name; a month
    # before a nickname is a first name ("August "Gus" Lindahl")
    while lead < len(tokens) and (breaks[lead] or _MODIFIER.fullmatch(tokens[lead])):
        if lead + 1 < len(tokens) and _NICK_TOKEN.fullmatch(tokens[lead + 1]):
            breaks[lead] = False
            break
        lead += 1
    tokens, breaks = tokens[lead:], breaks[lead:]
    if tokens and tokens[0] in _NOT_PERSON_LEADS:
        return _Plan("none")  # "Comet Halvorsen", "Storm Isolde": named after someone, no one
    if any(breaks[1:]) and _joined_org(tokens, breaks):
        return _Plan("org", lead, -1, tuple(tokens))
    if any(breaks[1:]):
        return _Plan("split", lead, breaks.index(True, 1))
    if not tokens:
        return _Plan("none")
    # a title, or letters after a name used before one: "Independent TD Séamus Kilbane"
    last_title = max((i for i in range(len(tokens)) if _is_title_at(tokens, i)), default=-1)
    if tokens[:2] in (["New", "Zealander"], ["South", "African"], ["Sri", "Lankan"], ["Northern", "Irish"]):
        rest = _plan(words[lead + 2 :])  # a two-word nationality: "New Zealander Tamsin Hokowhitu"
        if rest.kind == "person":
            return rest._replace(lead=lead + 2 + rest.lead)
    if last_title < 0 and len(tokens) >= 3 and tokens[0] in _TITLE_PREFIXES:
        # "Belgian Wout Claeys", "Frenchman Rémi Laborde": a nationality before a name is no part of it
        rest = _plan(words[lead + 1 :])
        if rest.kind == "person":
            return rest._replace(lead=lead + 1 + rest.lead)
    if (
        last_title < 0
        and len(tokens) >= 3
        and tokens[1] in cues.FIRST_NAME_GENDER
        and tokens[0] not in cues.FIRST_NAME_GENDER
        and tokens[0][1:].isalpha()
        and tokens[0][1:].islower()
        and tokens[0].endswith(_AGENT_ENDINGS)  # not a first name of its own ("Hilde Marie Strand")
    ):
        # "Conservator James Obi", "Grandmother Pat Ellison": a word before a known first name
        # describes the person; it is no part of the name
        rest = _plan(words[lead + 1 :])
        if rest.kind == "person":
            return rest._replace(lead=lead + 1 + rest.lead)
    if (
        tokens[-1].endswith(".")
        and tokens[-1][:-1]
        .replace("-", "")
        .replace("'", "")
        .isalpha()  # "Kerr-Nakamura." ends a sentence too
        and not is_title_token(tokens[-1])
    ):
        tokens[-1] = tokens[-1][:-1]
    while len(tokens) > last_title + 2 and tokens[-1] in _POST_NOMINALS:
        tokens.pop()  # "Mhairi Galbraith MSP"
    name = tokens[last_title + 1 :]
    # "U.S. District Judge Elena Park": after a title, a place word ending a full name is a surname
    surname_place = last_title >= 0 and len(name) >= 2 and not any(t in _PLACE_HEADS for t in name[:-1])
    named = name if last_title >= 0 and name else tokens
    # a place ends in its head: "Great Falls" is a place, "Cedar Falls Comets" a team
    place = not surname_place and named[-1] in _PLACE_HEADS
    # "Police Commissioner Darius Whitfield": an organisation word inside a title is still a person.
    # (a legal form counts only at the end: "Co Meath" is a county, "Smith & Co" a company)
    if (
        any(
            (t in _ORG_HEADS and (t not in _LEGAL_FORMS or i == len(named) - 1)) or _BRAND.match(t)
            for i, t in enumerate(named)
        )
        and not place
    ):
        return _Plan("org", lead, -1, tuple(tokens))
    if not name or place or all(t in _POST_NOMINALS for t in name):
        return _Plan("none")  # "Labour MPs" is a group, not a person called "MPs"
    if "of" in name[1:]:  # "Senator Dale Hutchins of Kansas": the name stops at "of"
        del tokens[tokens.index("of", last_title + 2) :]
        name = tokens[last_title + 1 :]
    if all(t in _PARTY_WORDS or t in _TITLE_PREFIXES for t in name):
        return _Plan("none")  # "Liberal Democrat", "Independent": a party, not a person
    if len(name) > 1 and all(t.isupper() for t in name):
        return _Plan("none")  # "SEN. HOLLIS GRANT": a transcript label, resolved against the names in prose
    if any(t in _ORG_NAMES or t in _TITLE_PREFIXES or t in _TITLE_WORDS for t in name) or (
        sum(t[:1].isupper() for t in name)
        > 4  # (particles do not count: "Associação de Senhorios do Centro")
    ):
        return _Plan("none")
    if name[0].islower() or name[-1].islower() or name[0].lower() in _GROUP_HEADS:
        return _Plan("none")  # "Residents of the Larchmont estate" is a group, not a person
    return _Plan("person", lead, last_title, tuple(tokens))


def _is_title_at(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] is part of a title: a title word ("Grand" or "National" only before
    another, so "Grand Junction" is a place), or letters after a name used before one
    ("Independent TD Séamus Kilbane")."""
    word = tokens[i]
    if is_title_token(word):
        if word not in _TITLE_MODIFIERS:
            return True
        before = tokens[max(0, i - 2) : i]  # "Secretary of State", "Mayor Pro Tem", "Attorney General"
        after = tokens[i + 1 : i + 2]
        return any(is_title_token(t) for t in after) or (
            bool(before)
            and (is_title_token(before[-1]) or (before[-1] == "of" and is_title_token(before[0])))
        )
    return word in _POST_NOMINALS and i < len(tokens) - 2


def _joined_org(tokens: list[str], breaks: list[bool]) -> bool:
    """An organisation's name joined by "and" or "for": "Disaster and Emergency Services", "Office for
    Students"; not "Police Commissioner Darius Whitfield and Deputy Mayor Owen Pratt"."""
    if not all(t in ("and", "for") for t, b in zip(tokens[1:], breaks[1:], strict=True) if b):
        return False
    return tokens[-1].rstrip(".") in _ORG_HEADS or (
        tokens[0] in _ORG_HEADS and not any(is_title_token(t) for t in tokens)
    )


# Title words that name a job ("minister", "secgen"): a title phrase must share one with a person's title.
_SPECIFIC_ROLES = _canonical_title(" ".join(cues.ROLE_NOUNS + cues.TITLE_WORDS)) - _GENERIC_ROLES


_KIND_ALONE = frozenset(cues.COMPANY_HEADS) | frozenset(
    "Union Association Federation Council Committee Group Club League Trust Network Society Alliance".split()
)


def _names_nothing(word: str) -> bool:
    """A kind of organisation standing alone ("Company", "Shipping", "Union"): no name of its own."""
    return word.lower() in _COMPANY_COMMON or word in _KIND_ALONE


def _describes(mods: str, head: str) -> bool:
    """Whether "the <mods> <head>" describes an organisation rather than names one: no modifier ("the
    ministry"), or any before a kind of company ("the Dutch lender", "the outdoor-gear retailer")."""
    words = mods.split()
    if not words or head.lower() not in _COMPANY_COMMON:
        return not words
    # "the outdoor-gear retailer", "the Dutch bank"; but "the central bank" is an institution's name
    return head.lower() != "bank" or (len(words) == 1 and words[0][:1].isupper())


def _sentence_start(starts: list[int], pos: int) -> int:
    """The start of the sentence (from the sorted `starts`) that holds `pos`; 0 before the first."""
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 else 0


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether `pos` lies in one of the sorted, non-overlapping `spans` (`starts` are their starts)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The lowercase words of an organisation's name, without "'s" (asked for again and again)."""
    return frozenset(w.lower() for w in name.replace("'s", "").split())


def _names_all(name: str, words: list[str]) -> bool:
    """Does an organisation's name hold every word of a short reference to it?"""
    have = _name_words(name)
    return all(w.lower().replace("'s", "") in have for w in words)


def _lead_end(folded: str, start: int, end: int) -> int:
    """Where a sentence's subject starts, after a dateline or an introductory phrase."""
    if (
        folded.find("-", start, end) < 0
        and folded.find(",", start, end) < 0
        and not folded[start : start + 1].isdigit()
        and not folded.startswith(_BARE_OPENERS, start)
    ):
        return start  # an intro needs a dash, a comma, a leading time or word: most sentences have none
    space = folded.find(" ", start, end)
    first = folded[start : space if space >= 0 else end].rstrip(",.;:")
    if (
        first not in _OPENING_WORDS
        and not first.endswith(("ed", "ing"))
        and not first[:1].isdigit()
        and folded.find("-", start, min(end, start + 100)) < 0  # (a dateline's dash or "(NTB):")
        and folded.find("):", start, min(end, start + 60)) < 0
    ):
        return start  # no word _INTRO could start with: "The ...", "Smith ...", "He ..."
    intro = _INTRO.match(folded, start, end)
    return intro.end() if intro else start


def _pre_appositive(folded: str, name_start: int) -> regex.Match[str] | None:
    """The title phrase in commas before a name ("The Kremlin spokesman, Dmitry Peskov,"), when it
    starts a clause: at a line start or after sentence punctuation or a comma."""
    if not folded.endswith(", ", 0, name_start):
        return None  # the phrase ends in ", " right before the name: a cheap first test
    found = _ROLE_PRE.search(folded, max(0, name_start - 100), name_start)
    if found is None:
        return None
    at = found.start()
    ok = (
        at == 0 or folded[at - 1] == "\n" or (folded[at - 1] == " " and folded[at - 2 : at - 1] in ".!?;:,\n")
    )
    return found if ok else None


_JOINERS = frozenset("of for and the de des du la le di del y e et".split())


def _spelled_by(words: list[str], acronym: str) -> list[str]:
    """The shortest run of last `words` whose initials spell `acronym` (joining words may be left
    out: "Union wallonne des agents publics (UWAP)"), starting with a capital; else []."""
    letters = acronym.replace("&", "").lower()
    for start in range(len(words) - 1, -1, -1):
        run = words[start:]
        if not run[0][:1].isupper():
            continue
        for initials in ("".join(w[0] for w in run), "".join(w[0] for w in run if w not in _JOINERS)):
            if initials.lower() == letters:
                return run
    return []


def _role_lead(text: str) -> bool:
    """A few role words before a name: "harbourmaster", "Retired judge", "the lifeboat coxswain",
    "co-founder and CEO" (an "and" between two roles)."""
    words = _OF_COUNT.sub("", text.rstrip()).split()  # "mother of two": a role too
    return 0 < len(words) <= 4 and not any(
        (w.lower() in _FUNCTION and not (w == "and" and 0 < i < len(words) - 1))
        or not (w.replace("-", "").replace(".", "").isalpha() or w.isdigit())  # "Grade 11 student"
        for i, w in enumerate(words)
    )


def tidy(speaker: Speaker) -> Speaker:
    """A speaker as the annotation conventions write it: an organisation without its legal form."""
    if speaker.kind == "organization" and (form := _LEGAL_FORM.search(speaker.name)) and form.start() > 0:
        return attrs.evolve(speaker, name=speaker.name[: form.start()])
    return speaker
