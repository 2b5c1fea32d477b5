"""What a figure counts and who gave it, read from the words around it in its sentence."""

from __future__ import annotations

import functools
import re

from quotecheck.extract.numbers import (
    ADJECTIVES,
    ATTRIBUTION_TAIL,
    IRREGULAR_PLURALS,
    MEASURES,
    MULTIWORD_NOUNS,
    NOUN_ING,
    PRONOUNS,
    STOPWORDS,
    SUBJECT_VERBS,
    TITLE_WORDS,
)

# "of the", "of its" ... between a figure and its noun ("3,500 of the troops").
_OF = re.compile(r"""["'\s]*of\s+(?:(?:the|its|his|her|their|our|those|these|whom)\s+)?""", re.IGNORECASE)
# One word of a noun phrase; quote marks and spaces may sit before it, nothing else.
_WORD = re.compile(r"""[\s"']*([A-Za-z][\w'-]*)""")
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s")
_ADJECTIVE_ENDINGS = (
    "al",
    "ic",
    "ive",
    "ous",
    "ful",
    "less",
    "able",
    "ible",
    "ary",
    "ian",
    "ese",
    "ish",
    "ed",
    "ing",
)
# Words of a name or noun phrase before a reporting verb, read backwards.
_TOKEN = re.compile(r"[\w'’.&-]+|[^\w\s]")
_VERB = re.compile(rf"\b(?:(?:has|have|had)\s+)?(?:{SUBJECT_VERBS})\b")
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+")
_OF_GAP = re.compile(r"\s*(?:of\s+)?")
_PLACE_JOINS = frozenset({"in", "of", "at", "from"})  # "the defence ministry in Moscow said"
_SAID_NAME = re.compile(rf"\b(?:{SUBJECT_VERBS})\s+(?P<who>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*)")


def is_plural(word: str) -> bool:
    """Does a word look like a plural noun ("troops", "people", "servicemen")?"""
    low = word.lower()
    if low in IRREGULAR_PLURALS or (low.endswith("men") and len(low) > 4):
        return True
    return (
        len(low) > 2 and low.endswith("s") and not low.endswith(_NOT_PLURAL_ENDINGS) and low not in STOPWORDS
    )


def counted_noun(text: str, pos: int) -> str | None:
    """The noun counted by a figure ending at `pos`: the first plural within four words,
    with the nouns compounded before it but not adjectives ("combat-ready troops" ->
    "troops", "patrol ships" -> "patrol ships", "military personnel" -> "personnel")."""
    of = _OF.match(text, pos)
    if of:
        pos = of.end()
    words: list[str] = []
    for _ in range(4):
        m = _WORD.match(text, pos)
        if not m:
            break
        token = m.group(1)
        low = token.lower()
        if low in STOPWORDS or low.endswith("'s") or low in MEASURES:
            break
        words.append(token)
        pos = m.end()
        if is_plural(token):
            return _head(words)
    return None


def _head(words: list[str]) -> str:
    joined = " ".join(words).lower()
    for unit in MULTIWORD_NOUNS:
        if joined.endswith(unit):
            return " ".join(words[-len(unit.split()) :])
    keep = 1
    while keep < len(words) and _is_noun_modifier(words[-keep - 1]):
        keep += 1
    return " ".join(words[-keep:])


def _is_noun_modifier(word: str) -> bool:
    """A word before the head that is a noun ("patrol" ships), not an adjective."""
    low = word.lower()
    if low in NOUN_ING:
        return True
    return (
        word.islower()
        and "-" not in word
        and low not in ADJECTIVES
        and not low.endswith(_ADJECTIVE_ENDINGS)
        and not is_plural(word)
    )


def attribution(sentence: str, offset: int, end: int) -> str | None:
    """Who gives the figure at `offset:end` of `sentence`: the nearest "according to X" or
    "X said/estimated/reported" before it, else the first such cue after it. A pronoun
    ("he said") gives None: naming the speaker is the quote extractor's job."""
    usable = [
        (at, who)
        for at, begin, who, trailing in _cues(sentence)
        if not (trailing and at < offset) and not _counts_subject(sentence, offset, end, begin, at)
    ]
    before = [c for c in usable if c[0] < offset]
    after = [c for c in usable if c[0] >= offset]
    for _, who in before[-1:] or after[:1]:
        return who
    return None


def _counts_subject(sentence: str, offset: int, end: int, begin: int, at: int) -> bool:
    """True when the figure counts the cue's own subject: "Several sources confirmed",
    "A couple of witnesses told", "About 40% of respondents said"."""
    return begin <= offset < at or (end <= begin < at and _OF_GAP.fullmatch(sentence, end, begin) is not None)


@functools.lru_cache(maxsize=256)
def _cues(sentence: str) -> tuple[tuple[int, int, str | None, bool], ...]:
    """Every attribution cue of a sentence as (position, start of its source, source,
    trailing?), in order, sources that are not names dropped (cached: figures share
    sentences). A trailing cue ("..., said Stoltenberg") serves only figures before it."""
    cues: list[tuple[int, int, str | None, bool]] = []
    for m in _ACCORDING.finditer(sentence):
        cues.append((m.start(), m.start(), _phrase_after(sentence, m.end()), False))
    for m in _VERB.finditer(sentence):
        start, who = _phrase_before(sentence, m.start())
        cues.append((m.start(), start, who, False))
    for m in _SAID_NAME.finditer(sentence):
        cues.append((m.start(), m.start(), _short_name(m.group("who").split()), True))
    return tuple(sorted(c for c in cues if c[2] != ""))


def _phrase_before(sentence: str, end: int) -> tuple[int, str | None]:
    """The subject just before a verb and where it starts: "the Halden fire service" ->
    "Halden fire service", "Officials in Kharkiv". The name is "" when there is none,
    None for a pronoun."""
    tokens = list(_TOKEN.finditer(sentence, max(0, end - 80), end))
    words: list[str] = []
    start = end
    last = len(tokens) - 1
    if last > 0 and tokens[last].group() == "," and tokens[last - 1].group()[0].isupper():
        last -= 1  # an apposition: "the leader of the council, Aled Morgan, said"
    for i in range(last, -1, -1):
        text, low = tokens[i].group(), tokens[i].group().lower()
        if low in PRONOUNS and not words:
            return tokens[i].start(), None
        joins = (
            low in _PLACE_JOINS
            and words
            and words[0][0].isupper()
            and i > 0
            and _is_head(tokens[i - 1].group())
        )
        keeps_the = text == "The" and _capitalised(words)
        if not text[0].isalnum() or (low in STOPWORDS and not keeps_the and not joins):
            break
        words.insert(0, text)
        start = tokens[i].start()
        if len(words) == 6:
            break
    return start, _short_name(words) or ""


def _is_head(word: str) -> bool:
    """A word that can end a source before "in"/"of" ("Officials in Kharkiv")."""
    return word[0].isalpha() and word.lower() not in STOPWORDS and word.lower() not in PRONOUNS


def _phrase_after(sentence: str, start: int) -> str:
    """The source after "according to": a name, or a short noun phrase ("the ministry")."""
    words: list[str] = []
    for token in _TOKEN.findall(sentence[start : start + 80]):
        low = token.lower()
        if not token[0].isalnum() or (
            low in STOPWORDS and not (low == "of" and words and words[-1][0].isupper())
        ):
            if low == "the" and not words:
                continue
            break
        words.append(token)
    while words and (words[-1].lower() in ATTRIBUTION_TAIL or words[-1].lower() == "of"):
        words.pop()
    return _short_name(words) or ""


def _capitalised(words: list[str]) -> bool:
    return len(words) >= 2 and all(w[0].isupper() for w in words if w.lower() not in ("of", "and", "for"))


def _short_name(words: list[str]) -> str | None:
    """Drop titles before a name ("Ukrainian President Volodymyr Zelensky" -> the name),
    a leading "The" unless the name needs it ("The New York Times")."""
    if not words:
        return None
    if words[0].lower() in PRONOUNS:
        return None
    titled = [i for i, w in enumerate(words) if w.lower().strip(".,") in TITLE_WORDS]
    if titled and titled[-1] + 1 < len(words) and words[titled[-1] + 1][0].isupper():
        words = words[titled[-1] + 1 :]
    if words[0] in ("The", "the") and not _capitalised(words[1:]):
        words = words[1:]
    return " ".join(words) or None
