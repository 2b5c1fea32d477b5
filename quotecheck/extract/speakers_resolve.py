"""Subject phrase -> Speaker: "he", "Stoltenberg", "the Secretary General", "the ministry", "G7 ministers".

`resolve` reads a phrase against the article's `Entities` (built once in speakers.py) and the
speakers so far; what it learns along the way (organisations and groups that spoke) goes back there.
"""

from __future__ import annotations

import bisect
import collections
import functools
import re
from typing import NamedTuple

import regex

from quotecheck.extract import cues
from quotecheck.extract.speakers import Entities, Mention
from quotecheck.extract.speakers_names import (
    _BRAND,
    _DETERMINERS,
    _FUNCTION,
    _GENDER_REACH,
    _GENDER_WORD,
    _ORG_COMMON_HEADS,
    _ORG_HEADS,
    _ORG_NAMES,
    _OWNER_ROLE,
    _PERSON_NOUNS,
    _RECENT,
    _ROLE_NOUNS,
    _SPECIFIC_ROLES,
    _STOP,
    _TITLE_PREFIXES,
    _TITLE_WORDS,
    _canonical_title,
    _names_all,
    _role_lead,
    is_title_token,
)
from quotecheck.extract.wordtrie import alternation
from quotecheck.model import Speaker

_ROLE_WORDS = frozenset(cues.ROLE_NOUNS)
_GROUP_HEADS = alternation(cues.GROUP_HEADS)
_PRONOUN_GENDERS = frozenset(cues.PERSON_PRONOUNS.values())  # the kinds of "he" and "she" phrases
_GROUP_WORDS = frozenset(head.lower() for head in cues.GROUP_HEADS)
_TITLE_HEADS = frozenset(cues.TITLE_HEADS)
# Counting words before a group's head are not part of its name: "several diplomatic sources".
_QUANTIFIERS = re.compile(
    r"^(?:(?:about|around|some|nearly|almost|more than|at least|over) )?"
    r"(?:(?:some|several|many|one|another|two|three|four|five|a few|a number of|a group of|dozens of"
    r"|hundreds of|thousands of|\d[\d,]*)\s+)+(?:(?:dozen|hundred|thousand)s?\s+)?",
    re.IGNORECASE,
)
# Words that start or carry a clause: a group's "of ..." or "in ..." tail never holds one ("foreign
# ministers of Canada, France, ... and Britain", but not "Teachers in England could strike ...").
_CLAUSE_WORDS = alternation(
    """said says would could will can is was are were has have had after before when while that
    who which""".split()
)
_GROUP_TAIL = (  # (nor a past tense: "family of five escaped a house fire")
    r"(?: (?:of|for|from|in|at|familiar with|with knowledge of|aware of|briefed on|close to)"
    rf"(?: (?!(?:{_CLAUSE_WORDS})\b|[a-z]+ed\b)[^ ]+){{1,12}})?"
)
_GROUP = regex.compile(
    rf"^(?:[Tt]he |[Ss]ome |[Ss]everal |[Mm]any |[Tt]wo |[Tt]hree |\d[\d,]* |\p{{Lu}}[\w.\-]* ){{0,2}}"
    # modifiers, not a clause: "Residents' groups", "farmers' unions"; not "press that fans"
    rf"(?:(?!(?:that|which|who|whom|and|or|but|when|while|if|he|she|it|they|we|i|you|told|said|says)\b)"
    rf"[\w.\-]+(?:(?<=s)')? ){{0,3}}"
    rf"(?i:{_GROUP_HEADS}|[a-z]+men)\b{_GROUP_TAIL}$"  # ("Lobstermen in Carver's Reach")
)
_ORG_COMMON = regex.compile(
    rf"^(?:[Tt]he |\p{{Lu}}[\w\-]*'s? )?(?:[\w.\-]+ ){{0,3}}{alternation(cues.ORG_COMMON_HEADS)}$"
)
# A group described by a plural noun the tables do not know: "the rebels", "the strikers".
_DESCRIBED_GROUP = re.compile(r"[Tt]he [a-z]{3,}s")
# A group named with capitalised modifiers: "Labour MPs", "European Union energy ministers".
_NAMED_GROUP = regex.compile(
    rf"(?<![\w'])(?:\p{{Lu}}[\w.\-]* )+(?:[a-z][\w\-]* ){{0,2}}(?i:{_GROUP_HEADS})\b"
)
_DOCUMENT_WORDS = frozenset(cues.DOCUMENT_NOUNS)
_GROUP_REACH = 1500  # how far back (characters) "the rebels" may find the group it describes
# Party tags: "(R-Kan.)", "(D)", "(FDP)", "(AfD)".
_PARTY_TAG = re.compile(r"\s*\((?:[A-Z]-[A-Za-z. ]{1,20}|[A-Z][A-Za-z]{0,4}\.?)\)")
# A time phrase before a subject: "on Monday NATO Secretary-General Jens Stoltenberg warned".
_WHEN = re.compile(
    r" *(?:(?:[Oo]n|[Ll]ater|[Ee]arlier|[Ll]ast|[Tt]his|[Ll]ate|[Ee]arly) )?"
    rf"(?:{cues.STATEMENT_DAYS})\b,? *"
)
# "But campaigners said", "..., after ministers confirmed that": the subject after the conjunction
_LEAD_CONJUNCTION = re.compile(
    r"(?:[Bb]ut|[Aa]nd|[Yy]et|So|Still|However,?|Meanwhile,?"
    r"|after|before|as|when|while|since|because|until|once|though|although|if) +(?=\S)"
)
# A time phrase after a subject: "The Valdorian foreign ministry on Thursday".
_WHEN_TAIL = re.compile(
    r" (?:on |late |early |last |this )?"
    rf"(?:{cues.STATEMENT_DAYS})$"
)
# "A spokesperson for Halden Air": the organisation speaks through its spokesperson.
_SPOKES_FOR = regex.compile(
    r"(?:[Aa]n? |[Tt]he )?"
    r"(?:spokes(?:man|woman|person)|representative|statement|official|lawyer|lawyers)"
    r" (?:for|from|of|at) (?:the )?(?P<org>\p{Lu}[^,]*)"
)
# "a Met Office spokesperson": an unnamed spokesperson speaks for the organisation named before the role.
_ORG_SPOKES = regex.compile(
    r"[Aa]n? (?P<org>\p{Lu}[\w.&\-]*(?: (?:of |the |and )?\p{Lu}[\w.&\-]*){0,4})"
    r" (?:spokes(?:man|woman|person)|representative)"
)
_COMMON_SPOKES = re.compile(rf"[Aa]n? (?P<org>{_ORG_COMMON_HEADS}) spokes(?:man|woman|person)")
_ORG_REACH = 700  # how far back (characters) "it" or "a spokesperson" may find its organisation
_COMPANY_HEADS = frozenset(cues.COMPANY_HEADS)
_COMPANY_COMMON = frozenset(cues.COMPANY_COMMON_HEADS)
# "a spokesperson said": an unnamed spokesperson speaks for the organisation named just before.
_POSSESSIVE = re.compile(
    rf"(?P<owner>[^,]{{1,60}}?)'s (?:[a-z\-]+ )?{alternation(cues.SPEECH_NOUNS + cues.DOCUMENT_NOUNS)}"
)
# An unnamed source described by the reporter: "one senior official", "a NATO source", "a schoolboy
# in Kirsk"; the speaker is the description without its article.
_ANONYMOUS = re.compile(
    rf"(?:[Aa]n?|[Oo]ne|[Aa]nother) (?P<desc>(?:[\w.\-]+ ){{0,3}}?(?:{_ROLE_NOUNS}|{_PERSON_NOUNS})"
    r"(?: (?:in|at|on|from|with|familiar with|close to|of) [^,]{1,40}| [a-z]+ing [^,]{1,40}"
    r"| [a-z]+ed (?:as|in|with|by) [^,]{1,40})?)"  # "One runner dressed as a lobster"
)
# A person named by a first name with a description: "Annett, a nurse from Dresden", "Egan's wife,
# Ruth, a retired nurse", "Niamh in Clifden", "Tom from Ennis". The name is the speaker.
_NAMED_PERSON = regex.compile(
    # a description before the name: "a listener, Morag," / "Egan's wife, Ruth,"
    rf"(?:(?:[Hh]is|[Hh]er|[Tt]heir|\p{{Lu}}[\w\-]*'s) [a-z\-]+,? "
    rf"|(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:[\w\-]+ ){{0,2}}?(?:{_ROLE_NOUNS}|{_PERSON_NOUNS}), )?"
    r"(?P<name>\p{Lu}[\p{L}'\-]+(?: \p{Lu}[\p{L}'\-]+)?)(?:, \d{1,3})?"  # "Deb, 62, a retired ..."
    rf"(?:, (?:an?|the|one|his|her|their) (?:[\w\-]+ ){{0,3}}?(?:{_ROLE_NOUNS}|{_PERSON_NOUNS})\b[^,]*"
    r"| (?:in|from) \p{Lu}[\w\-]*(?: \p{Lu}[\w\-]*){0,2})"
)
# What a person's side speaks as: "the Lasseter campaign", "the Morales camp", "the Ortiz family".
_CAMP = re.compile(r" (?P<noun>campaign|camp|family|team|office|lawyers|legal team) *")
# A plural noun with a quantifier is a group whether or not the tables list it.
_QUANTIFIED_PLURAL = re.compile(r"(?:Many|Some|Several|Most|Other|Few) (?:[a-z\-]+ ){0,2}[a-z]{3,}s")
# One of a group named before: "one of the people", "two of the sources".
_MEMBER_OF = re.compile(
    r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]ost|[Aa]nother|[Ee]ach) of (?:the|those|these) "
    rf"(?P<group>{_GROUP_HEADS})"
)
# An epithet for the person the story is about: "The 51-year-old", "the star".
_EPITHET = re.compile(rf"[Tt]he (?:\d+-year-old|{alternation(cues.EPITHETS)})")
# What may follow a name in a verb-first subject: "said meteorologist Kyle Brandt of the weather service".
_NAME_TAIL = re.compile(r" (?:of|from|at|with) | ?\(")
# An acronym's expansion: the capitalised words whose initials spell it.
_INITIAL_WORDS = regex.compile(r"\p{Lu}[\w\-]*")
# Capitalised words and up to two modifiers before a group's head: "European Union energy " ministers.
_GROUP_NAMED = regex.compile(r"(?:\p{Lu}[\w.\-]* )+(?:[a-z][\w\-]* ){0,2}$")
# A name after an owner and modifiers: "Russia's state-owned Gazprom", "the German carmaker Volkswagen".
_MODIFIED = regex.compile(
    # an owner, an article or a nationality first: "Dutch dairy group Veldmeer"
    rf"(?:\p{{Lu}}[\w.\-]*'s |[Tt]he |[Aa]n? |(?:{alternation(cues.TITLE_PREFIXES)}) )"
    r"(?P<mods>(?:\p{Lu}[\w\-]* )?(?:[a-z][\w\-]* ){1,3})"
    r"(?P<name>\p{Lu}[\w.'\-]*(?: \p{Lu}[\w.'\-]*){0,3})"
)
# An office owned by someone: "the ministry's press service", "the county coroner's office".
_OWNED_ORG = re.compile(
    rf"(?P<owner>(?:[Tt]he )?[\w\- ]{{1,40}})'s (?:[a-z\-]+ ){{0,2}}(?:{_ORG_COMMON_HEADS})"
)
# Words before an organisation that make it the audience of a statement: "told Reuters", "queries from".
_AUDIENCE = re.compile(r"\b(?:told|to|from|with|asked by) (?:[Tt]he )?$")
# An appositive inside a subject ("members of X, a victims' group"): the group's name stops before it.
_APPOSITIVE = re.compile(r", (?:an?|who|which) ")
_ACRONYM = re.compile(r"(?:[Tt]he )?([A-Z][A-Z&]{1,6})")
_OUTLET_HEADS = frozenset(cues.OUTLET_HEADS)  # an outlet is told things, it is never "the company"
_BARE_SPOKES = re.compile(r"(?:[Aa]n? |[Tt]he )(?:spokes(?:man|woman|person)|representative)")


def resolve(
    ents: Entities, start: int, end: int, pos: int, spoken: list[tuple[int, Speaker]]
) -> tuple[Speaker, str] | None:
    """Resolve folded[start:end], a subject phrase, to a speaker and the rule that did it."""
    info = _phrase(ents.folded[start:end])
    phrase = info.text
    if not phrase:
        return None
    start, end = start + info.skip, start + info.stop
    if info.kind in _PRONOUN_GENDERS:
        speaker = focus(ents, pos, spoken, info.kind)
        if speaker is not None:
            return speaker, "pronoun"
        lead = lead_subject(ents, pos, info.kind)
        return (lead, "lead-forward") if lead else None
    if info.kind == "epithet":
        speaker = focus(ents, pos, spoken)
        return (speaker, "pronoun") if speaker else None
    if info.kind in ("it", "spokesperson"):
        if info.kind == "spokesperson" and phrase[:4].lower() == "the ":
            person = ents.title_holder(phrase, pos)  # "The spokesman said": the one introduced as such
            if person is not None:
                return person, "title"
        org = organization_before(ents, pos)
        if org is not None and info.kind == "spokesperson":
            _voiced(ents, phrase, org, pos)
        return (org, "pronoun" if info.kind == "it" else "") if org else None
    if info.kind == "possessive":
        return _owner(ents, start + info.at, phrase[: info.owner], pos)
    if info.kind == "named":  # "Annett, a nurse from Dresden": the person introduced before, else as named
        assert info.speaker is not None
        words = info.speaker.name.split()
        # (a relative with the same surname is keyed by the full name)
        known = ents.people.get(info.speaker.name.lower()) or ents.people.get(words[-1].lower())
        return known or ents.by_first_name(words[0]) or info.speaker, ""
    mention = person_in(ents, start, end)
    later = person_in(ents, mention.end, end) if mention is not None else None
    if mention is not None and later is not None and _holds_role(ents.folded[mention.end : later.start]):
        mention = later  # "Rovers manager Gary Holloway": the name after the role
    if mention is not None and ents.folded[mention.end : mention.end + 1] == "'":
        later = person_in(ents, mention.end, end)  # "Gavril's spokesman, Radu Ilie": the spokesman
        if later is None:
            return None
        mention = later
        start = ents.folded.rfind(",", start, later.start) + 1 or start
    camp = _CAMP.fullmatch(ents.folded, mention.end, end) if mention is not None else None
    if camp is not None and mention is not None:  # "the Lasseter campaign said": the campaign speaks
        surname = mention.speaker.name.split()[-1]
        return Speaker(f"{surname} {camp.group('noun')}", None, "organization"), ""
    if mention is not None:
        before = ents.folded[start : mention.start]
        if (
            not before.strip()
            or _only_title(before)
            or _OWNER_ROLE.fullmatch(before.strip())
            or _titled_affiliation(before)
        ):
            return mention.speaker, ""
        tail = mention.end >= start + info.full or _NAME_TAIL.match(ents.folded, mention.end)
        if tail and _role_lead(before):
            return mention.speaker, ""
    described = _described_org(ents, start, start + info.full)
    if described is not None:
        _spoke(ents, described, pos)
        return described, ""
    if info.kind == "spokes-for":
        assert info.speaker is not None
        if info.speaker.name[:4] == "the ":  # the organisation named before, by its full name
            named = _org_reference(ents, info.speaker.name, pos)
            if named is None or "'" in named.name or " " not in named.name or not named.name[:1].isupper():
                return Speaker(phrase[info.at :]), ""  # else an unnamed person: "council spokesman"
            _voiced(ents, phrase, named, pos)
            return named, ""
        speaker = _fullest_org(ents, info.speaker)
        _spoke(ents, speaker, pos)
        _voiced(ents, phrase, speaker, pos)
        return speaker, ""
    if info.kind == "group":
        return _group(ents, info.speaker.name if info.speaker else phrase, pos), ""
    if info.refer:
        earlier = _org_reference(ents, phrase, pos)
        if earlier is not None:
            return earlier, ""
    if info.kind == "organization":
        assert info.speaker is not None
        speaker = _fullest_org(ents, info.speaker)
        if speaker.name[:1].isupper():
            _spoke(ents, speaker, pos)
        return speaker, ""
    if info.kind == "title":
        speaker = by_title(ents, phrase, pos)
        return (speaker, "title") if speaker else None
    if info.kind == "anonymous":  # "A federal judge ... blocked" in a lead names the judge later
        named = _named_later(ents, _canonical_title(phrase) & _SPECIFIC_ROLES, pos, untitled=False)
        return named or Speaker(phrase[info.at :], None, "person"), ""
    if info.kind == "modified":  # "Russia's state-owned Gazprom": the name after the modifiers
        return resolve(ents, start + info.at, end, pos, spoken)
    if info.kind == "described":
        named = _latest_named_group(ents, pos)
        return (named, "") if named else None
    if info.kind == "word":
        known = ents.people.get(phrase.lower()) or ents.by_first_name(phrase)
        if known is not None:
            return known, ""
        if phrase in _TITLE_PREFIXES:
            return None  # a nationality alone ("Dutch", before "dairy group Veldmeer") names no one
        # an unknown single name is an organisation ("Gazprom said"), unless "he"/"she" follows
        if _GENDER_WORD.search(ents.folded, end, end + _GENDER_REACH):
            return Speaker(phrase), ""
        org = _fullest_org(ents, Speaker(phrase, None, "organization"))
        _spoke(ents, org, pos)
        return org, ""
    if info.kind == "name" and mention is None:
        return Speaker(phrase), ""
    owned = _OWNED_ORG.fullmatch(phrase) if not info.kind else None
    if owned is not None:  # "the ministry's press service": the ministry named before, else as written
        owner = _org_reference(ents, owned.group("owner"), pos)
        return owner or Speaker(_DETERMINERS.sub("", phrase), None, "organization"), ""
    return None


def _owner(ents: Entities, start: int, owner: str, pos: int) -> tuple[Speaker, str] | None:
    """ "Smith's response", "The mayor's answer": the owner of the words is the speaker."""
    mention = person_in(ents, start, start + len(owner))
    if mention is not None:
        return mention.speaker, ""
    if _looks_like_title(owner):
        speaker = by_title(ents, owner, pos)
        return (speaker, "title") if speaker else None
    org = _organization(owner)
    return (org, "") if org else None


def _org_reference(ents: Entities, phrase: str, pos: int) -> Speaker | None:
    """ "the ministry" -> "Ministry of Defence"; "the company" -> the latest company; else None."""
    words = _DETERMINERS.sub("", phrase).split()
    headline = phrase[:1].isupper() and bool(words) and words[-1].lower() in _COMPANY_COMMON  # "Insurer says"
    if phrase[:4].lower() != "the " and "'s" not in phrase and not headline:
        return None
    known = organization_before(ents, pos + 1, words)
    if known is None and len(words) == 1:  # "the charity", after "the charity Helping Hands"
        known = ents.kind_named(words[0].lower(), pos)
    if known is None and words and words[-1].lower() in _COMPANY_COMMON:  # "the regional airline"
        known = (
            company_before(ents, pos)
            or next(  # else the latest named organisation that spoke
                (org for at, org in reversed(ents.org_spoke) if at < pos and _business_like(org.name)), None
            )
            or _unheaded_company(ents, pos)
            or _business_named(ents, pos)
        )
    if known is None and headline:  # a standfirst before the body names its company
        i = bisect.bisect_left(ents.org_starts, pos)
        known = next((org for _, org in ents.org_mentions[i : i + 3] if _business_like(org.name)), None)
    if known is not None:
        _spoke(ents, known, pos)
    return known


def _business_named(ents: Entities, pos: int) -> Speaker | None:
    """The latest organisation named within reach before `pos` that may be a business: "operated by
    Tollgate Ridge Coal, which ... In a statement, the company said"."""
    i = bisect.bisect_left(ents.org_starts, pos)
    for at, org in reversed(ents.org_mentions[max(0, i - 3) : i]):
        if at < pos - _ORG_REACH:
            break
        if org.name[:1].isupper() and _business_like(org.name):
            return org
    return None


def _group(ents: Entities, phrase: str, pos: int) -> Speaker:
    """A group as named ("EU energy ministers"), or the one named before that a short reference
    ("the ministers", "one of the people") means; a group with a known head is remembered."""
    name, head = _group_name(phrase)
    words = name.lower().split()
    if len(words) <= 2:  # "the ministers": the group named in full earlier (never a shorter name)
        for group in reversed(ents.groups):
            if words[-1] in group.name.lower().split() and len(group.name.split()) >= len(words):
                return group
        named = _named_group(ents, words[-1], pos) if len(words) == 1 and phrase[:4] == "the " else None
        if named is not None:
            ents.groups.append(named)
            return named
    speaker = Speaker(name, None, "group")
    if head:
        ents.groups.append(speaker)
    return speaker


@functools.lru_cache(maxsize=4096)
def _group_name(phrase: str) -> tuple[str, bool]:
    """The group's name without article or quantifier, and whether the phrase ends in a group head."""
    return _QUANTIFIERS.sub("", _DETERMINERS.sub("", phrase)), _GROUP.match(phrase) is not None


class _Phrase(NamedTuple):
    """A subject phrase read on its own words; `resolve` adds what depends on the article.

    kind: "he"/"she" ("m"/"f"), "it", "spokesperson" (unnamed: speaks for an organisation), "possessive"
    ("Smith's response"), else what the phrase is when it names no known person: "spokes-for",
    "group", "organization", "title", "word" (one capitalised word), "name" (2-4 capitalised words) or "".
    """

    text: str  # the phrase without a time phrase, party tags and edge punctuation; "" for nothing
    skip: int = 0  # characters of a leading time phrase ("On Monday ")
    stop: int = 0  # where the phrase ends once a trailing time phrase is dropped
    full: int = 0  # its length before party tags were dropped, without trailing " ,-"
    kind: str = ""
    refer: bool = False  # "the ministry", "the Alliance": may refer back to an organisation named before
    speaker: Speaker | None = None  # the organisation it names by itself
    at: int = 0  # where `text` starts after `skip`
    owner: int = 0  # for "possessive": length of the owner ("Smith" in "Smith's response")


@functools.lru_cache(maxsize=8192)
def _phrase(raw: str) -> _Phrase:
    when = _WHEN.match(raw)
    skip = when.end() if when else 0
    joined = _LEAD_CONJUNCTION.match(raw, skip)  # "But campaigners said": the campaigners
    skip = joined.end() if joined else skip
    tail = _WHEN_TAIL.search(raw, skip)
    stop = tail.start() if tail and tail.start() > skip else len(raw)
    raw = raw[skip:stop]
    phrase = _PARTY_TAG.sub("", raw).strip(" ,-")
    if not phrase or len(phrase) > 200:
        return _Phrase("")
    found = functools.partial(_Phrase, phrase, skip, stop, len(raw.rstrip(" ,-")))
    lower = phrase.lower()
    if lower in cues.PERSON_PRONOUNS:
        return found(cues.PERSON_PRONOUNS[lower])
    if lower in cues.ORG_PRONOUNS or _BARE_SPOKES.fullmatch(phrase):
        return found("it" if lower in cues.ORG_PRONOUNS else "spokesperson")
    acronym = _ACRONYM.fullmatch(phrase)
    if acronym is not None and acronym.group(1) not in _TITLE_WORDS:  # "The UWAP said", not "CEO says"
        return found("organization", speaker=Speaker(acronym.group(1), None, "organization"))
    owned = _POSSESSIVE.fullmatch(phrase)
    if owned is not None:
        return found("possessive", at=raw.find(phrase), owner=owned.end("owner"))
    common = _COMMON_SPOKES.fullmatch(phrase)
    if common:  # "A council spokesman": the council named before
        owner = Speaker("the " + common.group("org"), None, "organization")
        return found("spokes-for", speaker=owner, at=raw.find(phrase) + common.start("org"))
    spokes = _SPOKES_FOR.fullmatch(phrase) or _ORG_SPOKES.fullmatch(phrase)
    if spokes:
        org = spokes.group("org")
        return found("spokes-for", speaker=_organization(org) or Speaker(org, None, "organization"))
    if _EPITHET.fullmatch(phrase):
        return found("epithet")
    named = _NAMED_PERSON.fullmatch(phrase)
    if named is not None and not _is_common(named.group("name")):
        return found("named", speaker=Speaker(named.group("name")))
    anonymous = _ANONYMOUS.fullmatch(phrase)
    if anonymous is not None:
        return found("anonymous", at=anonymous.start("desc"))
    if _QUANTIFIED_PLURAL.fullmatch(phrase):  # "Many fishermen", "Some fishers": a group, listed or not
        return found("group")
    member = _MEMBER_OF.fullmatch(phrase)
    if member is not None:  # "one of the people": the group named before, "people familiar with ..."
        return found("group", speaker=Speaker("the " + member.group("group"), None, "group"))
    common = _ORG_COMMON.match(phrase)
    if _GROUP.match(phrase) and not common and not _APPOSITIVE.search(phrase):
        return found("group")
    org = _organization(phrase)
    # "the ministry", "the Alliance", and a headline's bare "Company says"
    refer = bool(common) or (lower[:4] == "the " and org is not None) or lower in _COMPANY_COMMON
    if org is not None:
        return found("organization", refer, org)
    if _looks_like_title(phrase):
        return found("title", refer)
    modified = _MODIFIED.fullmatch(phrase)
    if modified is not None and not any(w in _FUNCTION for w in modified.group("mods").split()):
        return found("modified", refer, at=raw.find(phrase) + modified.start("name"))
    words = phrase.split()
    if len(words) == 1 and words[0][:1].isupper() and words[0].isalpha() and words[0] not in _STOP:
        return found("word", refer)
    if 2 <= len(words) <= 4 and all(
        w[:1].isupper() and w not in _STOP and w not in _TITLE_WORDS for w in words
    ):
        return found("name", refer)
    if _DESCRIBED_GROUP.fullmatch(phrase) and phrase[4:] not in _DOCUMENT_WORDS:
        return found("described")
    return found("", refer)


def person_in(ents: Entities, start: int, end: int) -> Mention | None:
    """The first person mention inside folded[start:end]."""
    i = bisect.bisect_left(ents.starts, start)
    if i < len(ents.mentions) and ents.mentions[i].start < end:
        return ents.mentions[i]
    return None


def named_ending(ents: Entities, at: int) -> Speaker | None:
    """The person or organisation whose mention ends right at `at` (before ", which says")."""
    i = bisect.bisect_left(ents.starts, at) - 1
    if i >= 0 and ents.mentions[i].end == at:
        return ents.mentions[i].speaker
    j = bisect.bisect_left(ents.org_starts, at) - 1
    if j >= 0:
        org_at, org = ents.org_mentions[j]
        return org if " ".join(ents.text[org_at:at].split()) == org.name else None
    return None


def named_before_description(ents: Entities, start: int, at: int) -> Speaker | None:
    """The person named right before a description that ends at `at`: "Abigail Torrance, a former
    probation officer" (before "who says ...")."""
    i = bisect.bisect_left(ents.starts, at)
    for mention in reversed(ents.mentions[max(0, i - 3) : i]):  # (the description may name a firm)
        if mention.start < start:
            break
        described = _ANONYMOUS.fullmatch(ents.folded[mention.end : at].strip(" ,"))
        if described is not None and mention.speaker.kind == "person":
            return mention.speaker
    return None


def unnamed_org(ents: Entities, start: int, end: int) -> Speaker | None:
    """ "The league" that names no organisation before it, as written ("league"): enough to keep
    its reported speech ("The league said it would review the footage")."""
    phrase = _phrase(ents.folded[start:end]).text
    bare_police = phrase.lower().endswith("police")  # "police said": police, with or without "the"
    if (phrase[:4].lower() != "the " and not bare_police) or not _ORG_COMMON.fullmatch(phrase):
        return None
    return Speaker(_DETERMINERS.sub("", phrase), None, "organization")


def _described_org(ents: Entities, start: int, end: int) -> Speaker | None:
    """An organisation named at the end of a phrase, in full or short, after any description of it:
    "British car parts maker Kestrel Automotive", "Toronto-listed Serrano Ridge Resources"."""
    i = bisect.bisect_left(ents.org_starts, start)
    for at, org in ents.org_mentions[i : i + 3]:
        if at >= end:
            break
        if not org.name[:1].isupper():
            continue  # "the regional airline" refers to a name; it is none
        named = " ".join(ents.text[at:end].split())
        # the name as written, or a short form of it ("Serrano Ridge" for "Serrano Ridge Resources")
        if named == org.name or named.endswith(" " + org.name) or org.name.startswith(named + " "):
            before = ents.folded[start:at]
            return org if not before.strip() or _role_lead(before.replace("'", "")) else None
    return None


def focus(
    ents: Entities, pos: int, spoken: list[tuple[int, Speaker]], gender: str | None = None
) -> Speaker | None:
    """The person a "he"/"she" at `pos` most likely means: the latest subject or speaker of that
    gender."""
    best: tuple[int, Speaker] | None = None
    i = bisect.bisect_left(ents.starts, pos)
    j = bisect.bisect_left(ents.titled, pos, key=lambda item: item[0])
    k = bisect.bisect_left(spoken, pos, key=lambda item: item[0])
    pools = (
        [(m.start, m.speaker) for m in ents.mentions[max(0, i - _RECENT) : i] if m.subject],
        ents.titled[max(0, j - _RECENT) : j],
        # speakers, but not unnamed ones: "A former press secretary once complained ... She laughs"
        # is the woman the story is about (an unnamed subject it means is in `titled`)
        [(at, who) for at, who in spoken[max(0, k - _RECENT) : k] if who.name[:1].isupper()],
    )
    for pool in pools:
        for at, speaker in reversed(pool):
            if speaker.kind == "person" and (
                gender is None or ents.gender.get(speaker.name, gender) == gender
            ):
                if best is None or at > best[0]:
                    best = (at, speaker)
                break
    # an organisation's unnamed spokeswoman, heard after everyone else of her gender, is "she"
    voice = next(((at, org) for at, org, said in reversed(ents.voiced) if at < pos and said == gender), None)
    if voice is not None and (best is None or voice[0] > best[0]):
        return voice[1]
    return best[1] if best else None


def lead_subject(ents: Entities, pos: int, gender: str | None = None) -> Speaker | None:
    """Who a lead's "He says ..." before any name is about: the first person of that gender
    named after it."""
    i = bisect.bisect_left(ents.starts, pos)
    return next(
        (
            m.speaker
            for m in ents.mentions[i : i + 3]
            if m.speaker.kind == "person" and ents.gender.get(m.speaker.name, gender) == gender
        ),
        None,
    )


def organization_before(ents: Entities, pos: int, words: list[str] | None = None) -> Speaker | None:
    """The latest organisation named (or heard) before `pos` whose name holds all `words`; without
    `words` ("it", "the spokesperson"), the latest named or heard within reach: "A DfE spokesperson
    said ... The spokesperson added" is the department, not a charity named before it."""
    i = bisect.bisect_left(ents.org_starts, pos)
    if words is None:
        heard = [item for item in ents.org_spoke if item[0] < pos]  # (few: the organisations that spoke)
        named = [
            item
            for item in ents.org_mentions[max(0, i - 1) : i]
            if not (heard and _AUDIENCE.search(ents.folded, max(0, item[0] - 20), item[0]))
        ]  # "queries from The Straits Times": an audience, not what "it" means when one spoke
        latest = max(named + heard, default=None, key=lambda item: item[0])
        return latest[1] if latest is not None and latest[0] >= pos - _ORG_REACH else None
    for _, org in reversed(ents.org_mentions[max(0, i - _RECENT) : i]):
        if _names_all(org.name, words) and "'s " not in org.name:  # ("Council's cabinet" is a body of it)
            return org
    return next((org for org in reversed(ents.orgs) if _names_all(org.name, words)), None)


def company_before(ents: Entities, pos: int) -> Speaker | None:
    """The latest company named before `pos` ("Nordhavn Shipping"): what "the company" means."""
    i = bisect.bisect_left(ents.org_starts, pos)
    for _, org in reversed(ents.org_mentions[max(0, i - _RECENT) : i]):
        words = org.name.split()
        if any(w in _COMPANY_HEADS for w in words) and words[-1] not in _OUTLET_HEADS:
            return org  # (not "the Financial Times", which was told)
    return None


def by_title(ents: Entities, phrase: str, pos: int) -> Speaker | None:
    """The person introduced with this title ("the Secretary General", "NATO chief"); for a title no
    one held before, the next people mentioned (a lead that says "The mayor's answer ..." before
    "Mayor Katarina Vuković ...")."""
    known = ents.title_holder(phrase, pos)
    if known is not None:
        return known
    return _named_later(ents, _canonical_title(phrase) & _SPECIFIC_ROLES, pos, untitled=True)


def _named_later(ents: Entities, roles: frozenset[str], pos: int, *, untitled: bool) -> Speaker | None:
    """The person a title before any name means: the next person holding one of `roles`; with
    `untitled`, else the next person with no title named as a subject, in a lead only (no one
    named before): "Germany's economy minister warned ... Robert Habeck told reporters"."""
    i = bisect.bisect_left(ents.starts, pos)
    found: Speaker | None = None
    for n, mention in enumerate(ents.mentions[i : i + 12]):  # a title names its holder further on
        if mention.speaker.kind != "person" or mention.start > pos + 3 * _ORG_REACH:
            continue
        if roles and roles & _canonical_title(mention.speaker.title or ""):
            return mention.speaker
        near = n < 4 and mention.start <= pos + _ORG_REACH  # (an untitled subject only nearby)
        if (
            untitled
            and near
            and found is None
            and i == 0
            and mention.subject
            and mention.speaker.title is None
        ):
            found = mention.speaker
    return found


def _voiced(ents: Entities, phrase: str, org: Speaker, pos: int) -> None:
    """Remember an organisation heard through a spokesman or spokeswoman: a later "he" or "she" may
    be that unnamed voice ("A Nordhanse spokeswoman described ... The airline had offered ..., she
    said")."""
    lower = phrase.lower()
    gender = "f" if "spokeswoman" in lower else "m" if "spokesman" in lower else None
    if gender is not None:
        ents.voiced.append((pos, org, gender))


def _spoke(ents: Entities, org: Speaker, pos: int) -> None:
    ents.orgs.append(org)
    ents.org_spoke.append((pos, org))


def _fullest_org(ents: Entities, org: Speaker) -> Speaker:
    """An organisation as named in full: a short form ("Norrvik") as the longer name it starts, an
    acronym ("WHO", "DfE") as the name it was defined for or whose initials spell it (a lowercase
    letter stands for a lowercase word: "Department for Education"). Asked once per name."""
    if org.name not in ents.fullest:
        ents.fullest[org.name] = _named_in_full(ents, org.name) or org
    return ents.fullest[org.name]


def _named_in_full(ents: Entities, name: str) -> Speaker | None:
    if name in ents.acronyms:
        return ents.acronyms[name]
    longer = ents.org_starting(name)
    if longer is not None:
        return longer
    if not (name.isalpha() and 2 <= len(name) <= 6 and sum(c.isupper() for c in name) >= 2):
        return None
    mixed = not name.isupper()
    for _, known in reversed(ents.org_mentions):
        words = known.name.split() if mixed else _INITIAL_WORDS.findall(known.name)
        if "".join(w[0] for w in words) == name:
            return known
    return None


def _named_group(ents: Entities, head: str, pos: int) -> Speaker | None:
    """ "the ministers" -> the group named with that head before: "European Union energy ministers"."""
    lo = max(0, pos - 1500)
    at = ents.folded.rfind(f" {head}", lo, pos)
    for _ in range(5):
        if at < 0:
            break
        found = _GROUP_NAMED.search(ents.folded, max(lo, at - 80), at + 1)
        if found is not None:
            name = _DETERMINERS.sub("", ents.text[found.start() : at + 1 + len(head)])
            if name.split()[0] not in _STOP and name.lower() != head:
                return Speaker(name, None, "group")
        at = ents.folded.rfind(f" {head}", lo, at)
    return None


def _latest_named_group(ents: Entities, pos: int) -> Speaker | None:
    """ "the rebels" -> the group named last before it ("More than 40 Labour MPs have threatened")."""
    last = collections.deque(_NAMED_GROUP.finditer(ents.folded, max(0, pos - _GROUP_REACH), pos), maxlen=1)
    if not last:
        return None
    name = _QUANTIFIERS.sub("", _DETERMINERS.sub("", ents.text[last[0].start() : last[0].end()]))
    return Speaker(name, None, "group") if name.split()[0] not in _STOP else None


def _is_common(name: str) -> bool:
    """Capitalised words that name no one in particular: "Everyone", "Nurses", "The"."""
    first = name.split()[0]
    return first in _STOP or first.lower() in _GROUP_WORDS or name in _ORG_NAMES


def _holds_role(text: str) -> bool:
    """Role or title words between two names: " manager " in "Rovers manager Gary Holloway", " police
    Lt. " in "Lowell Fork police Lt. Dennis Kroll"."""
    return _role_lead(text) and any(w.lower() in _ROLE_WORDS or w in _TITLE_WORDS for w in text.split())


def _unheaded_company(ents: Entities, pos: int) -> Speaker | None:
    """A company whose name has no telling word ("Tollgate Ridge Coal"), read as a person's name: the
    latest such name, a sentence's subject, before "the company", with no title, no common first name
    and no he or she."""
    i = bisect.bisect_left(ents.starts, pos)
    for mention in reversed(ents.mentions[max(0, i - _RECENT) : i]):
        if mention.start < pos - 2 * _ORG_REACH:
            break
        words = mention.speaker.name.split()
        if (
            mention.speaker.kind == "person"
            and mention.subject  # (a company is named as the subject of its news)
            and len(words) >= 2
            and mention.speaker.title is None
            and words[0] not in cues.FIRST_NAME_GENDER
            and mention.speaker.name not in ents.gender
            and not _named_alone(ents, mention.speaker)  # "Rüdiger said": a person's surname
        ):
            return Speaker(mention.speaker.name, None, "organization")
    return None


def _named_alone(ents: Entities, speaker: Speaker) -> bool:
    """Whether the article names `speaker` by one word somewhere, as people are by their surname."""
    return any(m.speaker == speaker and " " not in ents.folded[m.start : m.end] for m in ents.mentions)


def _business_like(name: str) -> bool:
    """A named organisation that "the company" may mean: not a capital, country or ministry."""
    words = name.split()
    return (
        name not in _ORG_NAMES
        and "'s " not in name  # "Premier's office"
        and not any(
            (w := word[:1].upper() + word[1:]) in _ORG_HEADS and w not in _COMPANY_HEADS for word in words
        )
    )


def _titled_affiliation(text: str) -> bool:
    """Words naming a job before a name: capitalised ones ending in a job ("Cedar Bluff Fire
    Battalion Chief"), or a role phrase ending in a title ("Cabinet member for communities Cllr");
    not "A spokeswoman for Ms." (the name is someone else) or "Peru's National" (no title alone)."""
    words = text.split()
    joiners = ("of", "the", "and", "for")
    if not 0 < len(words) <= 7 or any(w in _FUNCTION and w not in joiners for w in words):
        return False
    if words[-1] in _TITLE_HEADS and words[0][:1].isupper() and len(words) > 1 and words[-2] not in joiners:
        return True
    if len(words) <= 4 and words[0] in _TITLE_HEADS and words[1:2] == ["of"] and words[-1].isalpha():
        return True  # "Head of hoofstock Callum Ferriby", "Director of communications Ana Ruiz"
    # "Breck County emergency management director": an affiliation, then lowercase words of the job
    return words[-1].lower() in _ROLE_WORDS and all(
        w.replace("-", "").isalpha() or w in joiners for w in words
    )


def _only_title(text: str) -> bool:
    words = text.split()
    return bool(words) and all(
        is_title_token(w) or w in _TITLE_PREFIXES or w.lower() in ("the", "of") for w in words
    )


def _looks_like_title(phrase: str) -> bool:
    words = _DETERMINERS.sub("", phrase).split()
    if not words or len(words) > 5 or phrase.lower().startswith(("a ", "an ")):
        return False
    last = words[-1]
    return last.lower() in cues.ROLE_NOUNS or is_title_token(last)


def _organization(phrase: str) -> Speaker | None:
    """ "The U.S. Department of Defense", "the Kremlin", "the ministry", "Reuters"."""
    name = _DETERMINERS.sub("", phrase)
    words = name.split()
    if not words or len(words) > 8 or not words[0][:1].isupper() or any(w in _STOP for w in words):
        return None
    if name in _ORG_NAMES:
        return Speaker(name, None, "organization")
    capitalised = all(w[:1].isupper() or w in ("of", "the", "and", "for", "on", "to") for w in words)
    # (a head may carry an abbreviation's full stop: "Pinecrest Outfitters Inc.")
    if capitalised and any(w.rstrip(".") in _ORG_HEADS or w in _ORG_NAMES or _BRAND.match(w) for w in words):
        return Speaker(name, None, "organization")
    if _ORG_COMMON.match(phrase):
        return Speaker(name, None, "organization")
    return None
