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
    TIME_UNITS,
    UNITS,
    VAGUE,
    alternation,
    word_number,
)
from quotecheck.model import Article, Figure, FigureKind, Quote
from quotecheck.normalize import Layout, as_article, layout

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
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
# "a dozen", "a hundred", but not the start of "a hundred and twenty".
_ARTICLE = (
    rf"(?:{alternation(ARTICLE_NUMBERS, capital=True)}|[hH]alf\s+a\s+(?:million|billion))\b"
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
    date_starts = [s for s, _ in dates]
    out: list[Figure] = []
    for m in _FIGURE.finditer(text):
        if _inside_date(dates, date_starts, m.start(), m.end()) or _not_a_count(m, text):
            continue
        figure = _figure(m, text, lay, art)
        if figure is not None:
            out.append(figure)
    return out


def _inside_date(dates: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(starts, end) - 1
    return i >= 0 and dates[i][1] > start


def _not_a_count(m: re.Match[str], text: str) -> bool:
    """Labels ("Article 5", "Ward 7"), positions ("second half"), measures ("120 mm"),
    clock times, phone-like runs, ages in commas, vote tallies and scores."""
    start = m.start()
    previous = _previous(text, start)[0].lower().rstrip(".")
    if previous in ORDINALS:
        return True
    if not (m.group("d1") or m.group("w1")) or m.group("cur") or m.group("pct") or m.group("curw"):
        return False
    if (previous in DESIGNATORS or _label_before(text, start) in DESIGNATORS) and not m.group("mod"):
        return True
    after = _WORD_AFTER.match(text, m.end())
    following = after.group(1).lower() if after else ""
    if (following in MEASURES and not m.group("scale")) or following.rstrip(".") in CLOCK:
        return True
    if _TALLY.match(text, m.end()) or text[max(0, start - 12) : start].split()[-2:] in (
        ["votes", "to"],
        ["vote", "to"],
    ):
        return True
    neighbours = text[max(0, start - 2) : start] + text[m.end() : m.end() + 2]
    if m.group("d1") and re.fullmatch(r"\d[ -].*|.*[ -]\d", neighbours):
        return True  # a phone number or another digit group runs on
    if text.startswith(",", m.end()) and re.fullmatch(r"[a-z], ", text[max(0, start - 3) : start]):
        return True  # an age: "a woman, 34, was ..."
    d1, d2 = m.group("d1") or "", m.group("d2") or ""
    return len(d1) >= 3 and len(d2) >= 4 and "," not in d1 + d2  # "555-1234"


def _core_value(m: re.Match[str], n: int) -> float | None:
    digits, suffix, words = m.group(f"d{n}"), m.group(f"s{n}"), m.group(f"w{n}")
    if digits:
        value = float(digits.replace(",", ""))
        if suffix:
            suffix = suffix.lower()
            value *= SUFFIXES.get(suffix) or CURRENCY_SUFFIXES[suffix]
        return value
    return word_number(words) if words else None


def _is_year(m: re.Match[str]) -> bool:
    """A bare four-digit number 1800-2099 reads as a year unless a counted noun follows."""
    d1, d2 = m.group("d1") or "", m.group("d2") or ""
    years = re.fullmatch(r"(?:18|19|20)\d\d", d1) and re.fullmatch(r"(?:(?:18|19|20)\d)?\d\d|", d2)
    return bool(years) and not (m.group("mod") or m.group("scale") or m.group("between"))


def _figure(m: re.Match[str], text: str, lay: Layout, art: Article) -> Figure | None:
    """Build one Figure from a match, or None when the match is not a figure after all."""
    low, high, approximate = _value(m)
    if low is None or high is None:
        return None
    kind: FigureKind = "count"
    unit = None
    cur, curw = m.group("cur"), m.group("curw")
    if m.group("pct") or m.group("frac") or m.group("ratio"):
        kind = "percent"
    elif cur or curw:
        kind = "money"
        unit = CURRENCY_SIGNS[cur] if cur else CURRENCY_WORDS[" ".join(curw.split())]
    noun = counted_noun(text, m.end()) if kind == "count" else None
    if kind == "count" and not _counts(m, text, lay, noun):
        return None
    index = lay.sentence_of(m.start())
    who = None
    if index is not None:
        s_start, s_end = lay.sentences[index]
        who = attribution(text[s_start:s_end], m.start() - s_start, m.end() - s_start)
    start, end = m.start(), m.end()
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


def _counts(m: re.Match[str], text: str, lay: Layout, noun: str | None) -> bool:
    """Whether a count reading holds up once its noun is known: durations ("24 hours"),
    years ("in 2014"), a bare "one", "a few"/"several" with nothing counted, "4.5m" with no
    noun, labels after a name ("iPhone 15") and limits after a noun ("children under 12")."""
    first_word = (m.group("w1") or "").lower()
    word, word_start = _previous(text, m.start())
    if first_word and word.lower() in REFERRING and not m.group("mod"):
        return False  # "the two nations": a reference, not a reported count
    if noun is not None:
        return noun.split()[-1].lower() not in TIME_UNITS | META_NOUNS
    vague = " ".join((m.group("vague") or "").lower().split())
    suffix = (m.group("s1") or "").lower()
    if vague in NEEDS_NOUN or _is_year(m) or suffix in CURRENCY_SUFFIXES:
        return False
    after = _WORD_AFTER.match(text, m.end())
    if first_word == "one" and not m.group("scale") and not (after and after.group(1).lower() in ONE_VERBS):
        return False
    if not word:
        return True
    mod = " ".join((m.group("mod") or "").lower().split())
    if mod in ("under", "over", "above", "below"):
        return not (is_plural(word) and word.lower() not in STOPWORDS)  # "children under 12"
    index = lay.sentence_of(word_start)
    initial = index is not None and lay.sentences[index][0] == word_start
    return bool(mod) or initial or word.endswith("'s") or word.islower()  # not "iPhone 15", "Ward 7"


def _value(m: re.Match[str]) -> tuple[float | None, float | None, bool]:
    """(low, high, approximate) after scale, vague table and modifier rules."""
    scale = SCALES.get((m.group("scale") or "").lower(), 1.0)
    vague, art, frac = m.group("vague"), m.group("art"), m.group("frac")
    if vague:
        lo, hi = VAGUE[" ".join(vague.lower().split())]
        return _modified(m, lo * scale, hi * scale, vague=True)
    if art:
        key = " ".join(art.lower().split())
        value = ARTICLE_NUMBERS.get(key) or 0.5 * SCALES[key.rsplit(" ", 1)[1]]
        low, high, _ = _modified(m, value * scale, value * scale, vague=False)
        return low, high, True  # "a dozen", "a hundred" are round, hence approximate
    if frac:
        words = frac.lower().replace("-", " ").split()
        count = 1.0 if len(words) == 1 or words[0] in ("a", "one") else float(UNITS[words[0]])
        value = count * FRACTIONS[words[-1]]
        return _modified(m, value, value, vague=False)
    first = _core_value(m, 1)
    if first is None:
        return None, None, False
    if m.group("ratio"):
        share = first / (word_number(m.group("ratio")) or float(m.group("ratio"))) * 100
        return _modified(m, share, share, vague=False)
    if m.group("d2") or m.group("w2"):
        second = _core_value(m, 2)
        if second is None:
            return None, None, False
        if second < first and second * scale < first:  # "3-5 million": the scale applies to both
            return None, None, False
        return first * scale, second * scale, True
    return _modified(m, first * scale, first * scale, vague=False)


def _modified(m: re.Match[str], low: float, high: float, vague: bool) -> tuple[float, float, bool]:
    """Apply a modifier: approx 0.9X..1.1X, near 0.9X..X, min X..inf, max 0..X."""
    mod = MODIFIERS.get(" ".join((m.group("mod") or "").lower().split()))
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
