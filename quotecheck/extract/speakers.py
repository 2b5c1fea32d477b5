"""Who is who in one article: people with their fullest name and title, organisations, mentions, gender.

`Entities.build` reads the article once (one regex pass over capitalised runs) and records every
person, their titles and where they are mentioned; speakers_resolve.py turns subject phrases into
Speakers against these tables.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

import attrs
import regex

from quotecheck.extract import cues
from quotecheck.extract.numbers import IRREGULAR_PLURALS
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


@attrs.frozen
class Mention:
    """One place a person (or organisation) is named; `subject` when it starts its sentence."""

    start: int
    end: int
    speaker: Speaker
    subject: bool


_Spans = tuple[list[tuple[int, int]], list[int]]  # sorted (start, end) spans and their starts


@attrs.define
class Entities:
    """The people of one article: fullest names, titles, mentions in text order."""

    text: str
    folded: str
    people: dict[str, Speaker] = attrs.field(factory=dict)  # lowercase surname -> fullest form
    mentions: list[Mention] = attrs.field(factory=list)
    groups: list[Speaker] = attrs.field(factory=list)  # groups that spoke, named in full
    orgs: list[Speaker] = attrs.field(factory=list)  # organisations that spoke, in reading order
    org_spoke: list[tuple[int, Speaker]] = attrs.field(factory=list)  # (where, organisation) of each
    org_mentions: list[tuple[int, Speaker]] = attrs.field(factory=list)  # named organisations, in text order
    gender: dict[str, str] = attrs.field(factory=dict)  # person name -> "m" | "f"
    titled: list[tuple[int, Speaker]] = attrs.field(factory=list)  # "The minister ..." subjects
    leads: dict[int, int] = attrs.field(factory=dict)  # sentence start -> where its subject starts
    starts: list[int] = attrs.field(factory=list)  # where each mention starts
    _first_names: dict[str, str] = attrs.field(factory=dict)  # first name -> surname key; "" if shared
    org_starts: list[int] = attrs.field(factory=list)  # where each organisation mention starts
    acronyms: dict[str, Speaker] = attrs.field(factory=dict)  # "ERB" -> "Elbtal Regionalbahn"
    fullest: dict[str, Speaker] = attrs.field(factory=dict)  # organisation name -> as named in full
    _first_words: dict[str, Speaker] = attrs.field(factory=dict)  # "Chiswe" -> Chiswe Minerals (latest)
    _indexed: int = 0  # how many org_mentions _first_words has read
    kinds: list[tuple[int, str, Speaker]] = attrs.field(factory=list)  # (where, "charity", Helping Hands)
    renamed: dict[str, str] = attrs.field(factory=dict)  # "Birdie Lowell" -> "Bernadette Lowell"
    voiced: list[tuple[int, Speaker, str]] = attrs.field(factory=list)  # (where, organisation, "f") heard
    # through an unnamed spokeswoman or spokesman

    @classmethod
    def build(
        cls, text: str, folded: str, sentences: tuple[tuple[int, int], ...], skip: frozenset[int]
    ) -> Entities:
        """Read every capitalised run of `folded` (the folded clean `text`) once.

        `skip` holds sentence indexes to ignore (headlines in title case).
        """
        ents = cls(text, folded)
        runs: list[tuple[int, int, int, Speaker]] = []  # start, name start, end, speaker
        kept = [span for index, span in enumerate(sentences) if index not in skip]
        run_sentences: list[int] = []  # the start of each run's sentence
        for s_start, s_end in kept:
            for match in _RUN.finditer(folded, s_start, s_end):
                ents._read_run(match.start(), match.end(), runs)
            run_sentences += [s_start] * (len(runs) - len(run_sentences))
        sentence_end = dict(kept)
        ents.leads = {s_start: _lead_end(folded, s_start, s_end) for s_start, s_end in kept}
        for (start, name_start, end, speaker), s_start in zip(runs, run_sentences, strict=True):
            final = ents.people.get(speaker.name.split()[-1].lower(), speaker)
            named_so = ents.renamed.get(speaker.name, speaker.name)  # (a nickname used before the name)
            full = final if final.name.endswith(named_so) else speaker
            # a name standing alone (a byline "Ines Dalgaard", a caption) is no clause's subject
            alone = sentence_end[s_start] - end < 3 and not folded[end : sentence_end[s_start]].strip(" .,")
            subject = not alone and ents._is_subject(start, s_start)
            ents.mentions.append(Mention(name_start, end, full, subject))
        ents.starts = [m.start for m in ents.mentions]
        ents._read_orgs(kept)
        ents.titled = [
            (m.start(), who)
            for s_start, s_end in kept
            if folded.startswith("he ", ents.leads[s_start] + 1)  # "The"/"the": a cheap first test
            and (m := _TITLE_SUBJECT.match(folded, ents.leads[s_start], s_end))
            and (who := ents.title_holder(m.group(), m.start())) is not None
        ]
        ents.titled += [
            (m.start("desc"), ents._anonymous(m))
            for s_start, s_end in kept
            if folded[ents.leads[s_start] : ents.leads[s_start] + 1]
            in ("A", "a", "O", "o")  # a cheap first test
            and (m := _ANONYMOUS_SUBJECT.match(folded, ents.leads[s_start], s_end))
        ]
        ents.titled.sort(key=lambda item: item[0])
        return ents

    def _anonymous(self, match: regex.Match[str]) -> Speaker:
        """An unnamed person as a speaker ("reader in Leeds"), with the gender its noun states."""
        speaker = Speaker(self.text[match.start("desc") : match.end("desc")])
        gender = cues.GENDERED_NOUNS.get(match.group("noun") or "")
        if gender is not None:
            self.gender[speaker.name] = gender
        return speaker

    def _read_orgs(self, sentences: list[tuple[int, int]]) -> None:
        """Add organisations named by a lowercase head ("Kessaria's defence ministry") to the table."""
        heads = [match.start() for match in _HEAD_AFTER_SPACE.finditer(self.folded)]
        named = {at for at, _ in self.org_mentions}  # "the shipping company Östersjölinjen": the name
        for s_start, s_end in sentences:
            at = bisect.bisect_left(heads, s_start)
            phrases = (
                _ORG_PHRASE.finditer(self.folded, s_start, s_end)
                if at < len(heads) and heads[at] < s_end
                else ()
            )
            for match in phrases:
                if (not match.group("owner") and _describes(match.group("mods"), match.group("head"))) or (
                    match.end() + 1 in named
                ):
                    continue  # "the ministry", "the Dutch lender" refer back; they name nothing new
                name = self.text[
                    match.start("owner") if match.group("owner") else match.start("mods") : match.end()
                ]
                self._add_org(match.start(), name)
            defined = (
                _DEFINED.finditer(self.folded, s_start, s_end)
                if self.folded.find(" (", s_start, s_end) >= 0
                else ()
            )
            for match in defined:
                self._read_acronym(match.start(), match.group(1))
        self.org_mentions.sort(key=lambda item: item[0])
        self.org_starts = [at for at, _ in self.org_mentions]

    def _read_acronym(self, end: int, acronym: str) -> None:
        """Record the name before " (DfE)" when the initials of its last words spell the acronym, or
        failing that, when the acronym's letters appear in order in a capitalised name that starts
        with its first letter ("Elbtal Regionalbahn (ERB)")."""
        size = len(acronym.replace("&", ""))
        words = _spelled_by(self.folded[max(0, end - 16 * size) : end].split()[-size - 3 :], acronym)
        if not words:
            run = _NAME_BEFORE.search(self.folded, max(0, end - 80), end)
            words = run.group().split() if run else []
            letters = iter("".join(words).lower())
            if not words or words[0][0] != acronym[0] or not all(c in letters for c in acronym.lower()):
                return
        start = end - len(" ".join(words))
        self._add_org(start, self.text[start:end])
        self.acronyms[acronym] = self.org_mentions[-1][1]

    def learn_gender(self, quoted: list[tuple[int, int]]) -> None:
        """Gender per person: an honorific, else the he/his/him or she/her that goes with each mention,
        outside the quotes in `quoted` (sorted (start, end) spans: "‘She’s hitting the ball well,’ he
        said" tells the coach is a man, not a woman). A common first name outweighs a single such
        pronoun, which may belong to someone else. Votes both ways leave the gender unknown."""
        stated = set(self.gender)  # by an honorific or a gendered title: the strongest evidence
        votes: dict[str, list[int]] = {}
        sentences = sorted(self.leads)
        spans = (quoted, [start for start, _ in quoted])
        for index, mention in enumerate(self.mentions):
            if mention.speaker.kind != "person":
                continue
            word = self._gender_of(index, spans, sentences)
            if word is not None:
                tally = votes.setdefault(mention.speaker.name, [0, 0])
                tally[cues.GENDERED_PRONOUNS[word.lower()] == "f"] += 1
        for name, (male, female) in votes.items():
            if not (male and female):
                self.gender.setdefault(name, "m" if male else "f")
        for person in self.people.values():  # a common first name: "Mark", "Jane"
            words = person.name.split()
            if len(words) < 2 or words[0] not in cues.FIRST_NAME_GENDER or person.name in stated:
                continue
            if sum(votes.get(person.name, (0, 0))) <= 1:  # one nearby pronoun may be someone else's
                self.gender[person.name] = cues.FIRST_NAME_GENDER[words[0]]

    def _gender_of(self, index: int, quoted: _Spans, sentences: list[int]) -> str | None:
        """The gendered word that goes with mention `index`: one before it in its sentence when it is the
        subject ("In her reply, Varga ..."), else the first after it, unless that word belongs to the next
        subject's sentence ("... with Varga. In his letter, Lindqvist") or the mention is a possessive
        after another subject ("Lindqvist left Varga's government after his ...")."""
        mention = self.mentions[index]
        s_start = _sentence_start(sentences, mention.start)
        before = self.mentions[index - 1] if index else None
        if mention.subject and (before is None or before.end <= s_start):
            lead = _GENDERED_LEAD.fullmatch(self.folded, s_start, mention.start)
            word = lead and self._gender_word(lead.start("word"), lead.end("word"), quoted)
            if word:
                return str(word.group())
        possessive = self.folded.startswith("'", mention.end) or self.folded.endswith("'s", 0, mention.end)
        earlier = self.mentions[max(0, index - 3) : index]
        if possessive and any(
            m.subject and m.speaker.kind == "person" and m.start >= s_start for m in earlier
        ):
            return None
        stop = mention.end + _GENDER_REACH
        after = self.mentions[index + 1] if index + 1 < len(self.mentions) else None
        if after is not None:
            stop = min(stop, after.start)
        word = self._gender_word(mention.end, stop, quoted)
        if word is None or (
            after is not None
            and after.subject
            and after.speaker.kind == "person"
            and word.start() >= _sentence_start(sentences, after.start)
        ):
            return None
        return str(word.group())

    def _gender_word(self, start: int, stop: int, quoted: _Spans) -> regex.Match[str] | None:
        """The first he/his/she/her... in folded[start:stop] outside the `quoted` spans."""
        return next(
            (w for w in _GENDER_WORD.finditer(self.folded, start, stop) if not _inside(w.start(), *quoted)),
            None,
        )

    def _read_run(self, start: int, end: int, runs: list[tuple[int, int, int, Speaker]]) -> None:
        if self.folded.find(" ", start, end) < 0:  # one word, the common case: "The", "Russia", "Kuleba"
            if self.folded[start:end] not in _STOP:  # ("The", "He", "But" name no one)
                self._read_piece([(start, end)], runs)
            return
        words = [(m.start(), m.end()) for m in _WORD.finditer(self.folded, start, end)]
        while words:
            cut = next(  # "Russia's Foreign Ministry", but one name in "St Aldhelm's Hospital"
                (
                    i
                    for i, (a, b) in enumerate(words)
                    if self.folded[b - 2 : b] == "'s"
                    and self.folded[a : b - 2].lower() not in IRREGULAR_PLURALS  # "Children's Food Coalition"
                    and not (i + 2 == len(words) and self.folded[words[-1][0] : words[-1][1]] in _ORG_HEADS)
                ),
                None,
            )
            piece = words if cut is None else words[: cut + 1]
            words = [] if cut is None else words[cut + 1 :]
            self._read_piece(piece, runs)

    def _read_piece(self, words: list[tuple[int, int]], runs: list[tuple[int, int, int, Speaker]]) -> None:
        plan = _plan(tuple(self.folded[a:b] for a, b in words))
        words = words[plan.lead :]
        if plan.kind == "split":
            self._read_piece(words[: plan.at], runs)
            self._read_piece(words[plan.at + 1 :], runs)
            return
        tokens = plan.tokens
        if plan.kind == "org":
            self._read_org(words, tokens, runs)
            return
        if plan.kind != "person":
            return
        last_title = plan.at
        name = tokens[last_title + 1 :]
        name_start = words[last_title + 1][0]
        name_end = words[len(tokens) - 1][0] + len(tokens[-1])
        key = name[-1].lower()
        first = self.by_first_name(name[0]) if len(name) == 1 and key not in self.people else None
        if (
            last_title < 0
            and (len(name) > 1 or (first is None and key not in self.people))
            and self._kind_before(name_start)
        ):
            self._add_kind(name_start, _SPACES.sub(" ", self.text[name_start:name_end]))
            return  # "the charity Kids in Mind", "the shipping company Östersjölinjen"
        if first is not None or (len(name) == 1 and last_title < 0):
            known_one = first or self.people.get(key)
            if known_one is not None:  # "Danny", "Sir Alan" after "Sir Alan Wetherby"
                runs.append((words[0][0], name_start, name_end, known_one))
            elif (org := self._org_named(name[0])) is not None:  # "Chiswe" after "Chiswe Minerals"
                self.org_mentions.append((name_start, org))
            return
        full = self.text[name_start:name_end]
        nicks = list(_NICK_IN_NAME.finditer(self.folded, name_start, name_end))
        for nick in reversed(nicks):
            full = full[: nick.start() - name_start] + full[nick.end() - name_start :]
        full = _SPACES.sub(" ", full)
        if last_title < 0 and (org := self._org_named(full)) is not None:  # "Serrano Ridge" after "Serrano
            self.org_mentions.append((name_start, org))  # Ridge Resources" is the company again
            return
        if last_title < 0 and len(name) > 1 and self._which_follows(name_start, name_end):
            self._add_org(name_start, full)  # "operated by Tollgate Ridge Coal, which employs ..."
            return
        title = self._title(words, last_title, name_start, name_end)
        known = self.people.get(key)
        if (
            known is not None
            and len(name) > 1
            and not known.name.endswith(full)
            # longer, or with a first name the known one lacks ("Lonnie Odom" after "Travis Lee Odom")
            and (
                len(full.split()) >= len(known.name.split())
                or full.split()[0].lower() not in known.name.lower().split()  # ("De Wit" is "Anouk de Wit")
            )
            and not full.endswith(known.name)
        ):
            if any(known.name.split()[0] in nick.group() for nick in nicks):
                self.renamed[known.name] = full  # 'Bernadette "Birdie" Lowell' after "Birdie Lowell":
                known = None  # her full name, for the mentions before it too
            else:  # "Eli Lowell" after "Bernadette Lowell": another person, named in full or by first
                key = full.lower()  # name; the bare surname stays with the one named first
                known = self.people.get(key)
        honorific = next((t for t in tokens[: last_title + 1] if t in cues.GENDERED_HONORIFICS), None)
        if known is None or len(full.split()) > len(known.name.split()):
            self.people[key] = Speaker(
                full if known is None or len(name) > 1 else known.name,
                title or (known.title if known else None),
            )
        elif known.title is None and title:
            self.people[key] = attrs.evolve(known, title=title)
        first_name = self.people[key].name.split()
        if len(first_name) == 3 and first_name[1][:1].isupper():  # "Palacios" of "Rodrigo Palacios Vera"
            self.people.setdefault(first_name[1].lower(), self.people[key])
        if len(first_name) > 1 and self._first_names.get(first_name[0], key) == key:
            self._first_names[first_name[0]] = key
        elif len(first_name) > 1:
            self._first_names[first_name[0]] = ""  # two people share it: a first name alone names no one
        if honorific is not None:
            self.gender[self.people[key].name] = cues.GENDERED_HONORIFICS[honorific]
        elif title and (said := _GENDERED_TITLE.search(title)) is not None:  # "chairwoman Gesine Tammen"
            self.gender.setdefault(self.people[key].name, cues.GENDERED_NOUNS[said.group().lower()])
        runs.append((words[0][0], name_start, name_end, self.people[key]))

    def _read_org(
        self,
        words: list[tuple[int, int]],
        tokens: tuple[str, ...],
        runs: list[tuple[int, int, int, Speaker]],
    ) -> None:
        """A run naming an organisation; "Director Maya Estrada-Klein of the Federal Aviation Safety
        Office" names a person too, and "Commander-in-Chief of the Armed Forces" only the forces."""
        first = 0
        if "of" in tokens:
            cut = tokens.index("of")
            if not any(t in _ORG_HEADS for t in tokens[:cut]):
                self._read_piece(words[:cut], runs)
                first = cut + 1 + (tokens[cut + 1 : cut + 2] == ("the",))
        while first < len(words) - 1 and tokens[first].lower() in _COMPANY_KINDS:
            first += 1  # "Developer Brightplain Energy": the company is "Brightplain Energy"
        if first < len(words) and not (first == len(words) - 1 and _names_nothing(tokens[first])):
            # (a kind alone, a bullet's "Company pushes ...", "Shipping lines", names nothing)
            org = _SPACES.sub(" ", self.text[words[first][0] : words[-1][0] + len(tokens[-1])])
            (self._add_kind if self._kind_before(words[first][0]) else self._add_org)(words[first][0], org)

    def _kind_before(self, name_start: int) -> bool:
        """Whether the kind of organisation is said right before a name: "the charity Kids in Mind"."""
        return (
            self.folded[
                name_start - 2 : name_start - 1
            ].islower()  # a lowercase word before: a cheap first test
            and _KIND_BEFORE.search(self.folded, max(0, name_start - 30), name_start) is not None
        )

    def _which_follows(self, start: int, end: int) -> bool:
        """A name followed by ", which" is no person's (people take "who"), and not a place's when
        no preposition of place comes before it: "operated by Tollgate Ridge Coal, which employs"."""
        return self.folded.startswith(", which ", end) and not _PLACE_BEFORE.search(
            self.folded, max(0, start - 12), start
        )

    def _add_kind(self, at: int, name: str) -> None:
        """Record an organisation named after its kind, and the kind, which "the charity" later means."""
        self._add_org(at, name)
        kind = self.folded[self.folded.rfind(" ", 0, at - 1) + 1 : at - 1]
        self.kinds.append((at, kind, self.org_mentions[-1][1]))

    def kind_named(self, kind: str, pos: int) -> Speaker | None:
        """The latest organisation introduced before `pos` with this kind ("the charity Helping Hands"),
        or, for "company" and its like, with any kind of company ("the carmaker Volkstrom")."""
        company = kind in _COMPANY_COMMON
        return next(
            (
                org
                for at, word, org in reversed(self.kinds)
                if at < pos
                and (word == kind or (company and (word in _COMPANY_COMMON or word.endswith("maker"))))
            ),
            None,
        )

    def _org_named(self, name: str) -> Speaker | None:
        """The organisation named before whose name starts with `name`."""
        if " " in name:
            prefix = name + " "
            return next((org for _, org in reversed(self.org_mentions) if org.name.startswith(prefix)), None)
        # one word, asked of most capitalised words: an index of first words, kept up to date; of
        # several names, the shortest ("Mokseong" is Mokseong Heavy Industries, not its union)
        for _, org in self.org_mentions[self._indexed :]:
            first, _, rest = org.name.partition(" ")
            known = self._first_words.get(first)
            if rest and (known is None or len(org.name) <= len(known.name)):
                self._first_words[first] = org
        self._indexed = len(self.org_mentions)
        return self._first_words.get(name)

    def _add_org(self, at: int, name: str) -> None:
        """Record an organisation named at `at`; a shorter reference ("the Alliance") to one named
        before records that one."""
        words = name.split()
        known = next((org for _, org in reversed(self.org_mentions) if _names_all(org.name, words)), None)
        self.org_mentions.append((at, known or Speaker(name, None, "organization")))

    def _title(
        self, words: list[tuple[int, int]], last_title: int, name_start: int, name_end: int
    ) -> str | None:
        text = self.folded
        # honorifics ("Mr", "Dr", "Sir") are not titles: "Prime Minister Sir Keir Starmer" -> "Prime Minister"
        while last_title >= 0 and text[words[last_title][0] : words[last_title][1]] in _HONORIFICS:
            last_title -= 1
        if last_title >= 0:
            return self.text[words[0][0] : words[last_title][1]]
        pre = _pre_appositive(text, name_start)
        if pre is not None and text[name_end : name_end + 1] == ",":
            return (
                self.text[pre.start("role") : pre.end("role")]
                if "'" not in text[pre.start() : pre.start("role")]  # "The", "Her": the role alone
                else self.text[pre.start() : pre.end("role")]
            )
        # a role noun ends with a lowercase letter right before the name's space: a cheap first test
        before = text[name_start - 2 : name_start - 1].islower() and _ROLE_BEFORE.search(
            text, max(0, name_start - 60), name_start
        )
        if before:
            return self.text[before.start(1) : before.end(1)]
        after = _ROLE_AFTER.match(text, name_end, name_end + 80)
        if after:
            return str(_DETERMINERS.sub("", self.text[after.start(1) : after.end(1)]))
        return None

    def _is_subject(self, start: int, s_start: int) -> bool:
        """A mention at the start of its sentence (which starts at `s_start`), or right after an
        introductory phrase."""
        known = self.leads.get(s_start, start + 1)  # the sentence's own, when it ends before the name
        lead_end = known if known <= start else _lead_end(self.folded, s_start, start)
        lead = _OWNER_ROLE.sub("", self.folded[lead_end:start].strip(" \u2022*-("))
        if not lead or (lead.endswith(",") and lead.split()[0] in _STOP):
            return True
        return _role_lead(lead) or (lead.endswith(",") and _pre_appositive(self.folded, start) is not None)

    def by_first_name(self, word: str) -> Speaker | None:
        """The one person named in full before whose first name is `word` ("Danny", "Sir Alan")."""
        key = self._first_names.get(word)
        return self.people.get(key) if key else None

    def title_holder(self, phrase: str, pos: int) -> Speaker | None:
        """The person introduced before `pos` with this title ("the Secretary General", "NATO chief")."""
        wanted = _canonical_title(phrase)
        roles = wanted & _SPECIFIC_ROLES
        i = bisect.bisect_left(self.starts, pos)
        best: tuple[int, int, Speaker] | None = None
        for rank, mention in enumerate(self.mentions[max(0, i - _RECENT) : i][::-1]):
            title = mention.speaker.title
            if not title or mention.speaker.kind != "person":
                continue
            have = _canonical_title(title)
            if roles and not roles & have:
                continue
            score = len(wanted & have)
            if score and (best is None or score > best[0]):
                best = (score, -rank, mention.speaker)
        return best[2] if best else None


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
