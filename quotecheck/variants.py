"""Spelling variants and transliterations that must not count as a changed word.

`Canon.key(word)` maps a word to a comparison key that is equal for British and
American spellings (defence/defense, -ise/-ize, -our/-or, -re/-er, -lled/-led, anaemia/anemia),
for transliterations (Kiev/Kyiv, Dmitry/Dmitriy) and for pairs from Config.variants.
`person_key` reduces a speaker's name to (surname, first name) keys so people compare
as people, not strings.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from quotecheck.normalize import fold

# Words spelt differently by outlets, each group one meaning; the first is the key.
VARIANT_GROUPS: tuple[tuple[str, ...], ...] = (
    # place names: Ukrainian vs Russian transliteration
    ("kyiv", "kiev"), ("kharkiv", "kharkov"), ("odesa", "odessa"), ("luhansk", "lugansk"),
    ("mykolaiv", "nikolaev", "nikolayev"), ("zaporizhzhia", "zaporizhia", "zaporozhye"),
    ("chornobyl", "chernobyl"), ("lviv", "lvov"), ("donbas", "donbass"), ("dnipro", "dnepr"),
    ("kyiv's", "kiev's"),
    # people: transliteration variants
    ("dmitry", "dmitriy", "dmitri", "dmytro", "dmitro"), ("oleg", "oleh"),
    ("sergei", "sergey", "serhiy", "serhii"),
    ("alexei", "alexey", "aleksei", "aleksey"), ("yuri", "yury", "yuriy", "iurii"),
    ("andrei", "andrey", "andriy", "andrii"), ("nikolai", "nikolay", "mykola"),
    ("zelensky", "zelenskyy", "zelenskiy", "zelenski"), ("shoigu", "shoygu"),
    ("mikhail", "mykhailo"), ("oleksiy", "oleksii"), ("olena", "elena", "yelena"),
    # British vs American words that no suffix rule covers
    ("defense", "defence"), ("offense", "offence"), ("license", "licence"), ("pretense", "pretence"),
    ("gray", "grey"), ("program", "programme"), ("programs", "programmes"), ("catalog", "catalogue"),
    ("dialog", "dialogue"), ("analog", "analogue"), ("toward", "towards"),
    ("afterward", "afterwards"), ("judgment", "judgement"), ("aluminum", "aluminium"),
    ("ok", "okay"), ("jewelry", "jewellery"), ("plow", "plough"), ("check", "cheque"),
)  # fmt: skip

# Stems whose British form ends in -our (colour) and American in -or (color).
_OUR_STEMS = frozenset(
    "col hon fav lab neighb behavi rum harb vig arm endeav hum savi val parl flav odo rig tum vap "
    "clam".split()
)
# Stems whose British form ends in -re (centre) and American in -er (center).
_RE_STEMS = frozenset("cent theat met lit fib calib somb spect maneuv lust sab mit".split())
# Verbs that double a final l in British inflection (travelled / traveled).
_LL_STEMS = frozenset(
    "travel cancel model label fuel signal counsel level total channel marshal dial equal rival quarrel "
    "jewel tunnel funnel shovel pedal".split()
)
_OUR = re.compile(r"^(\w+?)our(s|ed|ing|able|ite|ites)?$")
_RE = re.compile(r"^(\w+?)(?:re|er)(s|d)?$")
_METRE = re.compile(r"^(\w*met)$")  # kilometre, centimetre: any unit built on metre
_LL = re.compile(r"^(\w+?l)l?(ed|ing|er|ers)$")
# -ise/-yse -> -ize/-yze in words of six letters or more ("organised", "analyse");
# shorter words (rise, wise, vise) are left alone.
_ISE = re.compile(r"^(\w{3,}?[iy])s(e|ed|es|ing|ation|ations|er|ers)$")
# British ae/oe in Greek and Latin roots, American e (anaemia/anemia, paediatric/pediatric,
# foetus/fetus, manoeuvre/maneuver). Only these roots are rewritten, wherever they sit in a
# word, so everyday words with "oe" or "ae" (does, shoes, poem, whoever, Israel, algae) keep
# their spelling and cannot collide with another word.
_CLASSICAL_ROOTS = {
    "aem": "em",  # anaemia, haemorrhage, haemoglobin, leukaemia, septicaemia
    "paed": "ped",  # paediatric, orthopaedic, encyclopaedia
    "aesth": "esth", "gynaec": "gynec", "faec": "fec", "palae": "pale", "archae": "arche",
    "mediaev": "mediev", "caes": "ces", "aetiol": "etiol",
    "oesoph": "esoph", "oestr": "estr", "oedem": "edem", "foet": "fet", "manoeuv": "maneuv",
    "rrhoe": "rrhe",  # diarrhoea, gonorrhoea
    "pnoe": "pne",  # apnoea, dyspnoea
    "coeli": "celi", "homoeo": "homeo", "amoeb": "ameb",
}  # fmt: skip
_CLASSICAL = re.compile("|".join(sorted(_CLASSICAL_ROOTS, key=len, reverse=True)))


def fold_word(word: str) -> str:
    """Lowercase a word and strip its diacritics and typographic apostrophes."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("\u2019", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _suffix_key(word: str) -> str:
    """Apply the British/American root and suffix rules, giving the American form."""
    if "ae" in word or "oe" in word:
        word = _CLASSICAL.sub(lambda m: _CLASSICAL_ROOTS[m.group()], word)
    m = _ISE.match(word)
    if m and len(word) >= 6:
        return f"{m.group(1)}z{m.group(2)}"
    m = _OUR.match(word)
    if m and m.group(1) in _OUR_STEMS:
        return f"{m.group(1)}or{m.group(2) or ''}"
    m = _RE.match(word)
    if m and (m.group(1) in _RE_STEMS or (_METRE.match(m.group(1)) and m.group(1).endswith("omet"))):
        return f"{m.group(1)}er{m.group(2) or ''}"
    m = _LL.match(word)
    if m and m.group(1) in _LL_STEMS:
        return f"{m.group(1)}{m.group(2)}"
    return word


class Canon:
    """Comparison keys for words: one instance per run, built from the variant tables."""

    def __init__(self, extra: Iterable[tuple[str, str]] = ()) -> None:
        table: dict[str, str] = {}
        for group in VARIANT_GROUPS:
            for word in group:
                table.setdefault(word, group[0])
        for left, right in extra:
            left_key, right_key = fold_word(left), fold_word(right)
            table[right_key] = table.get(left_key, left_key)
        self._table = table
        self.key = functools.lru_cache(maxsize=65536)(self._key)
        self.expand = functools.lru_cache(maxsize=65536)(self._expand)
        self.person = functools.lru_cache(maxsize=16384)(self._person)

    def _expand(self, word: str) -> tuple[str, ...]:
        from quotecheck.align import expand

        return expand(word, self)

    def _person(self, name: str) -> PersonKey | None:
        return person_key(name, self)

    def _key(self, word: str) -> str:
        folded = fold_word(word)
        if folded in self._table:
            return self._table[folded]
        return _suffix_key(folded)


DEFAULT = Canon()

# Words in a speaker's name that are titles, ranks or roles, not the person (abbreviations without the dot).
TITLE_WORDS = frozenset(
    """president prime minister foreign defence defense secretary general secretary-general deputy chief
    commander commander-in-chief colonel-general colonel general gen lieutenant lt major maj captain
    capt col sgt sergeant adm admiral brig brigadier cpl corporal marshal spokesman spokeswoman
    spokesperson press ambassador chancellor senator sen rep representative governor gov mayor director
    head chairman chairwoman chair ceo minister's mr mrs ms dr prof sir dame lord lady king queen mp mep
    jr sr qc kc hon rev judge justice councillor councilor alderman commissioner inspector
    superintendent detective constable officer professor bishop archbishop pope father sister cardinal
    rabbi imam sheikh nato un eu us u.s. uk the of for and state interior affairs army armed forces
    ukraine's russia's kremlin white house pentagon official officials envoy adviser advisor""".split()
)
# Lower-case words that belong inside a name ("Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    "de da di du del della der den van von ter ten bin ibn al el la le dos das y".split()
)
# A speaker whose name or title says they speak for someone else: not a misattribution.
SPOKESPERSON = re.compile(r"(?i)\b(?:spokes\w*|press secretary|press service|press office|mouthpiece)\b")
_NAME_WORD = re.compile(r"[^\W\d_][\w'.-]*")
_INITIAL = re.compile(r"^[a-z]\.?$")
# Transliteration pairs folded before names are compared, in this order: zh/dzh/j (Zhukov, Jukov;
# Dzhokhar, Jokhar), kh/ch/h (Mikhail, Michail, Mihail), ks/x, German umlauts written out
# (Juergen, Jürgen), ye/e (Yevgeny, Evgeny), y/i and j/i (Yulia, Iulia, Julia; -iy, -y, -i), and
# last Ukrainian h / Russian g (Oleh, Oleg; Hrytsenko, Gritsenko), which a kh or ch joins.
_PHONETIC = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ch", "h"), ("ks", "x"), ("ue", "u"), ("oe", "o"),
             ("ae", "a"), ("ye", "e"), ("y", "i"), ("j", "i"), ("h", "g"))  # fmt: skip


def _phonetic(word: str) -> str:
    """Squash transliteration differences and doubled letters."""
    for written, folded in _PHONETIC:
        word = word.replace(written, folded)
    return re.sub(r"(.)\1+", r"\1", word)


def _name_run(name: str) -> list[str]:
    """The person in a speaker string: its trailing run of capitalised words, titles and ranks dropped.

    "Commander-in-Chief of the Armed Forces of Ukraine, Colonel-General Ruslan Khomchak" gives
    ["Ruslan", "Khomchak"]; "Priya Chandran MP" gives ["Priya", "Chandran"]; "G7 foreign ministers" none.
    """
    run: list[str] = []
    for word in reversed(_NAME_WORD.findall(fold(name))):
        low = fold_word(word).rstrip(".")
        if low in TITLE_WORDS or all(part in TITLE_WORDS for part in low.split("-")):
            if run:
                break
            continue  # a title after the name ("MP") or before it
        if word[0].isupper() or (run and low in NAME_PARTICLES):
            run.append(word)
        else:
            break
    while run and fold_word(run[-1]) in NAME_PARTICLES:
        run.pop()
    return run[::-1]


PersonKey = tuple[str, tuple[str, ...]]  # (surname, given names), folded for comparison


def person_key(name: str, canon: Canon = DEFAULT) -> PersonKey | None:
    """(surname, given names) keys of a person's name, or None when it holds no name."""
    words = _name_run(name)
    if not words:
        return None
    keys = [_phonetic(canon.key(w.rstrip(".")).removesuffix("'s")) for w in words]
    return keys[-1], tuple(keys[:-1])


def same_person(a: PersonKey, b: PersonKey) -> bool:
    """True when two person keys can name one person: the surnames agree and some given names are
    compatible (equal, one an initial or a short form of the other), or one side has none."""
    if a[0] != b[0]:
        return False
    if not a[1] or not b[1]:
        return True
    return any(_compatible(x, y) for x in a[1] for y in b[1])


def _compatible(first_a: str, first_b: str) -> bool:
    if _INITIAL.match(first_a) or _INITIAL.match(first_b):
        return first_a[0] == first_b[0]
    short, long_ = sorted((first_a, first_b), key=len)
    return long_.startswith(short) and len(short) >= 3
