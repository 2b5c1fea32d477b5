"""Figures in news copy: counts, percentages and money as value ranges with their noun
and, when the sentence says so, who gave them.

One compiled regex finds every number expression (digits, number words, vague
quantities, with modifiers, ranges, scales, currency and percent) in the folded,
boilerplate-masked text; small checks then drop what is not a count (years, dates,
designations like T-72B3 or "Article 5", measures, clock times, phone numbers).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from quotecheck.extract.dates import date_spans, folded
from quotecheck.extract.facts_context import attribution, counted_noun, is_plural
from quotecheck.extract.numbers import (
    ARTICLE_NUMBERS,
    CLOCK,
    CURRENCY_SIGNS,
    CURRENCY_SUFFIXES,
    CURRENCY_WORDS,
    DESIGNATORS,
    FRACTIONS,
    INF,
    MEASURES,
    META_NOUNS,
    MODIFIERS,
    NEEDS_NOUN,
    ONE_VERBS,
    ORDINALS,
    PERCENT_WORDS,
    REFERRING,
    SCALES,
    STOPWORDS,
    SUFFIXES,
    TENS,
    THIN_SPACE,
    TIME_UNITS,
    UNITS,
    VAGUE,
    word_number,
)
from quotecheck.extract.wordtrie import alternation
from quotecheck.model import Article, Figure, FigureKind, Quote
from quotecheck.normalize import Layout, as_article, layout

# Thousands grouped by commas or by a narrow space ("1 200", see `folded`), or none.
_DIGITS = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:{THIN_SPACE}\d{{3}})+(?!\d)|\d+(?:\.\d+)?"
_UNIT_WORD = alternation((w for w in UNITS if w != "zero"), capital=True)
_DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine"
# "twenty-eight", "one hundred and five", "a hundred and twenty", "two dozen".
_SMALL = rf"(?:(?:{alternation(TENS, capital=True)})(?:[-\s](?:{_DIGIT_WORD}))?|{_UNIT_WORD})\b"
_WORDS = (
    rf"[aA]\s+hundred\s+(?:and\s+)?{_SMALL}"
    rf"|{_SMALL}(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?(?:\s+dozen)?"
)
# Fractions count only as a share of something: "three quarters of the troops".
_FRACTION = (
    r"(?:[oO]ne|[tT]wo|[tT]hree|[fF]our|[aA])[\s-](?:quarters?|thirds?|fifths?)(?=\s+of\b)|[hH]alf(?=\s+of\b)"
)
_SUFFIX = alternation([*SUFFIXES, *CURRENCY_SUFFIXES])
# "a dozen", "a hundred", but not the start of "a hundred and twenty"; a share of a million:
# "half a million", "a quarter of a million", "three-quarters of a billion".
_ARTICLE = (
    rf"(?:{alternation(ARTICLE_NUMBERS, capital=True)}"
    r"|(?:[hH]alf|(?:[aA]|[oO]ne|[tT]wo|[tT]hree)[\s-](?:quarters?|thirds?)\s+of)\s+a\s+(?:million|billion))\b"
    rf"(?!\s+(?:and\s+)?{_SMALL})"
)


# Words a figure can start with, for the fast filter at the head of the regex.
_FIRST_WORDS = alternation(
    {p.split()[0] for p in [*MODIFIERS, *VAGUE, *ARTICLE_NUMBERS, *UNITS, *TENS, "half"]} | {"US", "C", "A"},
    capital=True,
)
_MODIFIER = alternation((m for m in MODIFIERS if m != "between"), capital=True)


def _core(n: int) -> str:
    """One number in digits (with a glued suffix, "10k") or words; `n` numbers its groups."""
    return rf"(?:(?P<d{n}>{_DIGITS})(?P<s{n}>{_SUFFIX})?(?![\w])|(?P<w{n}>{_WORDS}))"


_FIGURE = re.compile(
    rf"""
    (?=[\d$€£¥₴₽]|\b(?:{_FIRST_WORDS})\b)                 # fast filter: a digit, a sign or a first word
    (?<![\w.,/:#+$€£])(?<![\w]-)                         # not inside a token: T-72B3, 4.5.6, +380
    (?:(?P<between>[bB]etween\s+)|(?P<mod>{_MODIFIER})\s+)?
    (?:(?P<cur>{alternation(CURRENCY_SIGNS)})\s?)?
    (?:
        (?P<vague>{alternation(VAGUE, capital=True)})\b
      | (?P<art>{_ARTICLE})
      | (?P<frac>{_FRACTION})
      | {_core(1)}
        (?:(?(between)(?:\s+and\s+|\s*-\s*)|(?:\s*-\s*|\s+to\s+|\s+or\s+))(?:{_core(2)})
          | \s+in\s+(?P<ratio>10|[2-9]|ten|two|three|four|five|six|seven|eight|nine)\b)?  # "7 in 10 voters"
    )
    (?:\s+(?P<scale>{alternation(SCALES)})\b)?           # "1.5 million", "several hundred"
    (?:(?P<pct>\s?%|\s+(?:{alternation(PERCENT_WORDS)})\b)|\s+(?P<curw>{alternation(CURRENCY_WORDS)})\b)?
    (?![\w:/]|-[A-Za-z]|[.,]\d)                          # not "120mm", "10:30", "24/7", "seven-year"
    """,
    re.VERBOSE,
)
_TAIL_WORD = re.compile(r"[A-Za-z][\w.']*$")
_LIST_GLUE = re.compile(r"\d+,?|and|or|to")  # what sits between a label and a later number
_WORD_AFTER = re.compile(r"\s*([A-Za-z./']+)")
_TALLY = re.compile(r"\s+votes?\s+to\s+\d|\s+to\s+\d")  # "203 votes to 180", a score
_RUN_ON = re.compile(r"\d[ -].*|.*[ -]\d")  # digits on either side, two characters away
_AGE_BEFORE = re.compile(r"[a-z], ")
_YEAR = re.compile(r"(?:18|19|20)\d\d")
_YEAR_END = re.compile(r"(?:(?:18|19|20)\d)?\d\d|")  # "2014-15", "2014-2015" or nothing


Groups = dict[str, str | None]


class _Cursor:
    """Sentences of one text visited in order: figures arrive sorted, so finding a figure's
    sentence (and its text, sliced once) is a step forward, not a search."""

    def __init__(self, text: str, lay: Layout) -> None:
        self.text = text
        self.spans = lay.sentences
        self.starts = frozenset(s for s, _ in lay.sentences)
        self.index = 0
        self.sliced = -1
        self.sentence = ""

    def at(self, offset: int) -> tuple[int, str] | None:
        """(start, text) of the sentence containing `offset`, or None outside every sentence."""
        spans = self.spans
        while self.index < len(spans) and spans[self.index][1] <= offset:
            self.index += 1
        if self.index == len(spans) or spans[self.index][0] > offset:
            return None
        start, end = spans[self.index]
        if self.sliced != self.index:
            self.sliced, self.sentence = self.index, self.text[start:end]
        return start, self.sentence


def _previous(text: str, start: int) -> tuple[str, int]:
    """The word just before `start` with only spaces between, and where it starts."""
    window = text[max(0, start - 30) : start]
    body = window.rstrip()
    token = body.rsplit(None, 1)[-1] if body else ""
    word = _TAIL_WORD.search(token)
    if word is None:
        return "", -1
    return word.group(), start - (len(window) - len(body)) - len(token) + word.start()


def _label_before(text: str, start: int) -> str:
    """The word before a run of numbers: "junctions" for the 11 of "junctions 10 and 11"."""
    tokens = text[max(0, start - 40) : start].split()
    skipped = 0
    while tokens and _LIST_GLUE.fullmatch(tokens[-1]):
        tokens.pop()
        skipped += 1
    return tokens[-1].lower() if tokens and skipped else ""


def extract_figures(article: Article | str) -> list[Figure]:
    """Every figure in an article, in text order, with spans into the text as loaded."""
    art = as_article(article)
    lay = layout(art)
    text = folded(lay.clean)
    dates = date_spans(art)
    sentences = _Cursor(text, lay)
    next_date = 0
    out: list[Figure] = []
    for m in _FIGURE.finditer(text):
        start, end = m.span()
        while next_date < len(dates) and dates[next_date][1] <= start:
            next_date += 1
        if next_date < len(dates) and dates[next_date][0] <= end:
            continue  # part of a date: "May 25", "since 2014"
        g = m.groupdict()
        previous, previous_start = _previous(text, start)
        after = _WORD_AFTER.match(text, end)
        following = after.group(1).lower() if after else ""
        if _not_a_count(g, text, start, end, previous.lower().rstrip("."), following):
            continue
        figure = _figure(g, text, start, end, art, sentences, (previous, previous_start), following)
        if figure is not None:
            out.append(figure)
    return out


def _not_a_count(g: Groups, text: str, start: int, end: int, previous: str, following: str) -> bool:
    """Labels ("Article 5", "Ward 7"), positions ("second half"), measures ("120 mm"),
    clock times, phone-like runs, ages in commas, vote tallies and scores."""
    if previous in ORDINALS:
        return True
    if not (g["d1"] or g["w1"]) or g["cur"] or g["pct"] or g["curw"]:
        return False
    if (previous in DESIGNATORS or _label_before(text, start) in DESIGNATORS) and not g["mod"]:
        return True
    if (following in MEASURES and not g["scale"]) or following.rstrip(".") in CLOCK:
        return True
    if _TALLY.match(text, end) or text[max(0, start - 12) : start].split()[-2:] in (
        ["votes", "to"],
        ["vote", "to"],
    ):
        return True
    d1, d2 = g["d1"] or "", g["d2"] or ""
    if d1 and _RUN_ON.fullmatch(text[max(0, start - 2) : start] + text[end : end + 2]):
        return True  # a phone number or another digit group runs on
    if text.startswith(",", end) and _AGE_BEFORE.fullmatch(text, max(0, start - 3), start):
        return True  # an age: "a woman, 34, was ..."
    return len(d1) >= 3 and len(d2) >= 4 and "," not in d1 + d2  # "555-1234"


def _core_value(g: Groups, n: int) -> float | None:
    digits, suffix, words = g[f"d{n}"], g[f"s{n}"], g[f"w{n}"]
    if digits:
        value = float(digits.replace(",", "").replace(THIN_SPACE, ""))
        if suffix:
            suffix = suffix.lower()
            value *= SUFFIXES.get(suffix) or CURRENCY_SUFFIXES[suffix]
        return value
    return word_number(words) if words else None


def _is_year(g: Groups) -> bool:
    """A bare four-digit number 1800-2099 reads as a year unless a counted noun follows."""
    d1, d2 = g["d1"] or "", g["d2"] or ""
    years = _YEAR.fullmatch(d1) and _YEAR_END.fullmatch(d2)
    return bool(years) and not (g["mod"] or g["scale"] or g["between"])


def _figure(
    g: Groups,
    text: str,
    start: int,
    end: int,
    art: Article,
    sentences: _Cursor,
    previous: tuple[str, int],
    following: str,
) -> Figure | None:
    """Build one Figure from a match, or None when the match is not a figure after all."""
    low, high, approximate = _value(g)
    if low is None or high is None:
        return None
    kind: FigureKind = "count"
    unit = None
    cur, curw = g["cur"], g["curw"]
    if g["pct"] or g["frac"] or g["ratio"]:
        kind = "percent"
    elif cur or curw:
        kind = "money"
        unit = CURRENCY_SIGNS[cur] if cur else CURRENCY_WORDS[" ".join((curw or "").split())]
    noun = counted_noun(text, end) if kind == "count" else None
    if kind == "count" and not _counts(g, sentences.starts, previous, following, noun):
        return None
    sentence = sentences.at(start)
    who = None
    if sentence is not None:
        s_start, s_text = sentence
        who = attribution(s_text, start - s_start, end - s_start)
    return Figure(
        art.text[start:end],
        start,
        end,
        round(low, 6),
        round(high, 6),
        noun=noun,
        approximate=approximate,
        attributed_to=who,
        kind=kind,
        unit=unit,
        article=art.id,
    )


def _counts(
    g: Groups, sentence_starts: frozenset[int], previous: tuple[str, int], following: str, noun: str | None
) -> bool:
    """Whether a count reading holds up once its noun is known: durations ("24 hours"),
    years ("in 2014"), a bare "one", "a few"/"several" with nothing counted, "4.5m" with no
    noun, labels after a name ("iPhone 15") and limits after a noun ("children under 12")."""
    first_word = (g["w1"] or "").lower()
    word, word_start = previous
    if first_word and word.lower() in REFERRING and not g["mod"]:
        return False  # "the two nations": a reference, not a reported count
    if noun is not None:
        return noun.split()[-1].lower() not in TIME_UNITS | META_NOUNS
    vague = " ".join((g["vague"] or "").lower().split())
    suffix = (g["s1"] or "").lower()
    if vague in NEEDS_NOUN or _is_year(g) or suffix in CURRENCY_SUFFIXES:
        return False
    if first_word == "one" and not g["scale"] and following not in ONE_VERBS:
        return False
    if not word:
        return True
    mod = " ".join((g["mod"] or "").lower().split())
    if mod in ("under", "over", "above", "below"):
        return not (is_plural(word) and word.lower() not in STOPWORDS)  # "children under 12"
    initial = word_start in sentence_starts
    return bool(mod) or initial or word.endswith("'s") or word.islower()  # not "iPhone 15", "Ward 7"


def _value(g: Groups) -> tuple[float | None, float | None, bool]:
    """(low, high, approximate) after scale, vague table and modifier rules."""
    scale = SCALES.get((g["scale"] or "").lower(), 1.0)
    mod = MODIFIERS.get(" ".join((g["mod"] or "").lower().split()))
    vague, art, frac = g["vague"], g["art"], g["frac"]
    if vague:
        lo, hi = VAGUE[" ".join(vague.lower().split())]
        return _modified(mod, lo * scale, hi * scale, vague=True)
    if art:
        words = art.lower().replace("-", " ").split()
        value = ARTICLE_NUMBERS.get(" ".join(words))
        if value is None:  # "half a million", "a quarter of a million": a share of the scale word
            value = _share(words[:-2]) / 100 * SCALES[words[-1]]
        low, high, _ = _modified(mod, value * scale, value * scale, vague=False)
        return low, high, True  # "a dozen", "a hundred" are round, hence approximate
    if frac:
        share = _share(frac.lower().replace("-", " ").split())
        return _modified(mod, share, share, vague=False)
    first = _core_value(g, 1)
    if first is None:
        return None, None, False
    ratio = g["ratio"]
    if ratio:
        share = first / (word_number(ratio) or float(ratio)) * 100
        return _modified(mod, share, share, vague=False)
    if g["d2"] or g["w2"]:
        second = _core_value(g, 2)
        if second is None:
            return None, None, False
        if second < first and second * scale < first:  # "3-5 million": the scale applies to both
            return None, None, False
        return first * scale, second * scale, True
    return _modified(mod, first * scale, first * scale, vague=False)


def _share(words: list[str]) -> float:
    """Percent named by a fraction's words: "three quarters" 75, "half" 50, "a third" 33.3
    (a trailing "of" is ignored)."""
    if words and words[-1] == "of":
        words = words[:-1]
    count = 1.0 if len(words) == 1 or words[0] in ("a", "one") else float(UNITS[words[0]])
    return count * FRACTIONS[words[-1]]


def _modified(mod: str | None, low: float, high: float, vague: bool) -> tuple[float, float, bool]:
    """Apply a modifier rule: approx 0.9X..1.1X, near 0.9X..X, min X..inf, max 0..X."""
    if mod == "min":
        return low, INF, True
    if mod == "max":
        return 0.0, high, True
    if vague or mod is None:
        return low, high, vague
    if mod == "approx":
        return low * 0.9, high * 1.1, True
    return low * 0.9, high, True  # near


def attribute_from_quotes(figures: Sequence[Figure], quotes: Sequence[Quote]) -> list[Figure]:
    """Give a figure with no stated source the speaker of the quotation it sits in.

    `extract_figures` reads only the figure's own sentence ("..., he said" stays None); a
    caller that has the article's quotes (with speakers resolved) can fill the gap here.
    """
    spans = sorted((q.start, q.end, q.speaker.name) for q in quotes if q.speaker is not None)
    starts = [s for s, _, _ in spans]
    out = []
    for figure in figures:
        i = bisect.bisect_right(starts, figure.start) - 1
        if figure.attributed_to is None and i >= 0 and spans[i][1] >= figure.end:
            figure = attrs.evolve(figure, attributed_to=spans[i][2])
        out.append(figure)
    return out
