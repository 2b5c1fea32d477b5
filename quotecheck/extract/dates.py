"""Dates in news copy: explicit, partial and relative, resolved against the publication date.

One compiled regex scans the folded, boilerplate-masked text; resolution then needs only
the publication date and the years the article states. `date` stays None when the copy
does not say enough: a guess is never presented as fact.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Literal

import attrs

from quotecheck.extract.numbers import AGO_UNITS, DAY_WORDS, MONTHS, THIN_SPACE, UNITS, WEEKDAYS
from quotecheck.extract.wordtrie import alternation
from quotecheck.model import Article, DateMention, Granularity
from quotecheck.normalize import as_article, fold, layout

_WD = alternation(WEEKDAYS)
# Full month names are the keys no other key extends ("may", "june"); the rest are abbreviations.
_FULL_NAMES = [m for m in MONTHS if not any(o != m and o.startswith(m) for o in MONTHS)]
_FULL_MONTHS = alternation(m.capitalize() for m in _FULL_NAMES)
# Full month names, then abbreviations with an optional full stop ("Apr. 13", "Sept 3").
_ABBREVIATED = alternation(m.capitalize() for m in MONTHS if m not in _FULL_NAMES)
_MON = rf"(?:{_FULL_MONTHS}|(?:{_ABBREVIATED})\.?)(?![a-z])"
# A day of the month, optionally ordinal, not glued to more digits or a clock ("25", "3rd").
_DAY = r"(?<![\d,.])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:]|[.,]\d)\b"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d,]\d)"
_LEAD = rf"(?:(?P<{{w}}>{_WD}),?\s+(?:the\s+)?)?"  # "Tuesday, " before a date
# Words that make the following month or four digits a date ("in March", "since 2014"); the
# second list only in lower case ("To" and "And" open sentences, not dates).
_PREP_WORDS = "in since until till by from before after through throughout during".split()
_PREP_LOWER = ["of", "to"]
# Before a bare month, "and" is left out: "Merkel and May met" names a person.
_MONTH_PREP = (
    alternation([*_PREP_WORDS, "early", "late", "last", "next", "this"], capital=True)
    + "|"
    + alternation(_PREP_LOWER)
)
_YEAR_PREP = (
    alternation(
        [*_PREP_WORDS, "between", "early", "late", "summer", "spring", "autumn", "winter", "fall"],
        capital=True,
    )
    + "|"
    + alternation([*_PREP_LOWER, "and", "year"])
)
_AGO_COUNT = alternation([*UNITS, "a", "an"])
# Every word a date expression can start with, in either case (the branches below are exact
# about case): the scan's fast filter, so that ordinary capitalised words are rejected at once.
_FIRST_WORDS = alternation(
    [
        *MONTHS,
        *(w.lower() for w in WEEKDAYS),
        *_PREP_WORDS,
        *_PREP_LOWER,
        *UNITS,
        *(w.split()[0] for w in DAY_WORDS),
        *"and between early late year summer spring autumn winter fall".split(),
        *"last next this mid earlier later a an".split(),
    ],
    capital=True,
)


_DATE = re.compile(
    rf"""
    \b(?=\d|(?:{_FIRST_WORDS})\b)  # fast filter: a digit or a word that can start a date
    (?:
    (?P<iso>\b(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?![\d-]))
  | (?P<ymd>\b(?P<sy>{_YEAR})/(?P<sm>0?[1-9]|1[0-2])/(?P<sd>0?[1-9]|[12]\d|3[01])(?![\d/]))
  | (?P<num>\b(?P<n1>\d{{1,2}})(?P<sep>[./-])(?P<n2>\d{{1,2}})(?P=sep)(?P<n3>{_YEAR})(?![\d/-]|\.\d))
  | (?P<mdy>{_LEAD.format(w="w1")}(?P<m1>{_MON})\s+(?P<d1>{_DAY})
        (?:\s*(?:-|to|and)\s*(?P<d1b>{_DAY}))?(?:,?\s+(?P<y1>{_YEAR}))?)
  | (?P<dmy>{_LEAD.format(w="w2")}(?P<d2>{_DAY})(?:\s*(?:-|and|to)\s*(?P<d2b>{_DAY}))?
        \s+(?:of\s+)?(?P<m2>{_MON})(?:,?\s+(?P<y2>{_YEAR}))?)
  | (?P<my>(?P<m3>{_MON}),?\s+(?P<y3>{_YEAR}))
  | \b(?:(?:{_MONTH_PREP})\s+|[Mm]id-)(?P<m4>{_FULL_MONTHS})(?![\w-]|\s*\d)
  | \b(?:(?:{_YEAR_PREP})\s+|[Mm]id-)(?P<yr>(?P<y5>{_YEAR})(?:\s*-\s*(?P<y5b>{_YEAR}|\d\d(?!\d)))?)(?![-/.]\d)
  | (?P<wd>(?:(?P<wrel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<w3>{_WD})(?![\w]))
  | (?P<rel>\b(?:{alternation(DAY_WORDS, capital=True)}
        |(?:[Ee]arlier|[Ll]ater)\s+this\s+(?:week|month|year)|(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:week|month|year))\b)
  | (?P<ago>\b(?P<agon>\d{{1,3}}|(?i:{_AGO_COUNT}))\s+(?P<agou>{alternation(AGO_UNITS)})s?\s+ago\b)
    )
    """,
    re.VERBOSE,
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# A no-break, thin or narrow space inside a grouped number: "1\u00a0200", "12\u202f500\u202f000".
# (The pattern opens with the character class so that the engine can skip to candidates.)
_GROUP_SPACE = re.compile(r"[\u00a0\u2009\u202f](?<=\d.)(?=\d{3}(?!\d))")
# After "in 2000" a plural noun means a count ("by 2000 troops"), not a year.
_PLURAL_NEXT = re.compile(r"\s+[a-z][a-z-]*[a-rt-z]?s\b")
# A capitalised name before "Today" makes it a title ("USA Today", "Russia Today").
_NAME_BEFORE = re.compile(r"[A-Z][\w.]*\s+$")

Kind = Literal["day", "partial", "month", "month-only", "year", "weekday", "relative"]


@attrs.frozen
class RawDate:
    """One date expression as written, before resolution: the parts the copy states."""

    start: int
    end: int
    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    word: str = ""  # the relative word(s), lower-case ("yesterday", "last week", "next")
    count: int = 0  # for "three days ago"


def extract_dates(article: Article | str) -> list[DateMention]:
    """Every date mention in an article, in text order, resolved where the copy allows."""
    art = as_article(article)
    raws = scan(art)
    fallback_year = _article_year(raws)
    return [_resolve(art, raw, fallback_year) for raw in raws]


def weekday_mismatches(
    article: Article | str, dates: list[DateMention]
) -> list[tuple[DateMention, DateMention]]:
    """Dates stated with a weekday they do not fall on ("Tuesday, May 26, 2021").

    Only a year the mention states, or the year of a publication date known from metadata,
    is checked: a year borrowed from elsewhere in the copy ("elected in 2015") or from an
    inferred publication date is a guess, and as any day and month take every weekday within
    seven years of any guess, a mismatch would only show the guess wrong. Each pair is (the
    weekday as written, the date as written), both with their own spans; the first carries
    the stated weekday, the second the resolved date.
    """
    art = as_article(article)
    out: list[tuple[DateMention, DateMention]] = []
    known_year = art.published is not None and not art.published_inferred
    year_stated = {raw.start for raw in scan(art) if raw.year is not None}
    for mention in dates:
        if mention.relative or mention.date is None or mention.weekday is None:
            continue
        if WEEKDAYS[mention.date.weekday()] == mention.weekday:
            continue
        if not known_year and mention.start not in year_stated:
            continue
        text = art.text
        wd_end = mention.start + len(mention.weekday)
        rest = re.match(r"[\s,]*(?:the\s+)?", fold(text[wd_end : mention.end]))
        date_start = wd_end + (rest.end() if rest else 0)
        stated = DateMention(
            text[mention.start : wd_end], mention.start, wd_end, None, weekday=mention.weekday, article=art.id
        )
        actual = DateMention(
            text[date_start : mention.end],
            date_start,
            mention.end,
            mention.date,
            granularity=mention.granularity,
            article=art.id,
        )
        out.append((stated, actual))
    return out


def publication_date(article: Article | str) -> tuple[dt.date | None, bool]:
    """The publication date and whether it was inferred: metadata first, else a dateline
    (a full date opening the copy), else the latest full date the article states."""
    art = as_article(article)
    if art.published is not None:
        return art.published, art.published_inferred
    full = [(raw.start, date) for raw in scan(art) if (date := _full_date(raw)) is not None]
    if not full:
        return None, False
    lay = layout(art)
    if lay.paragraphs and full[0][0] < min(lay.paragraphs[0][0] + 80, lay.paragraphs[0][1]):
        return full[0][1], True
    return max(d for _, d in full), True


def date_spans(article: Article | str) -> list[tuple[int, int]]:
    """Spans of every date expression, for extractors that must not read them as numbers."""
    return [(raw.start, raw.end) for raw in scan(as_article(article))]


def scan(article: Article) -> tuple[RawDate, ...]:
    """The date expressions of an article as written, in text order (cached per text)."""
    return _scan(layout(article).clean)


@functools.lru_cache(maxsize=64)
def folded(clean: str) -> str:
    """The folded, boilerplate-masked text both fact scanners read (cached per text): only
    runs of non-ASCII characters are folded (plain ASCII copy is returned as it is), and a
    no-break or thin space between digit groups becomes THIN_SPACE so "1\u00a0200" is one number."""
    if clean.isascii():
        return clean
    text = _NON_ASCII.sub(_fold_run, clean)
    groups = [m.start() for m in _GROUP_SPACE.finditer(clean)]
    if not groups:
        return text
    chars = list(text)
    for at in groups:
        chars[at] = THIN_SPACE
    return "".join(chars)


def _fold_run(m: re.Match[str]) -> str:
    return fold(m.group())


@functools.lru_cache(maxsize=64)
def _scan(clean: str) -> tuple[RawDate, ...]:
    text = folded(clean)
    out: list[RawDate] = []
    for m in _DATE.finditer(text):
        raw = _raw(m, text)
        if raw is not None and (raw.kind not in ("day", "partial") or _valid(raw)):
            out.append(raw)
    return tuple(out)


def _valid(raw: RawDate) -> bool:
    try:
        dt.date(raw.year or 2000, raw.month or 1, raw.day or 1)
    except ValueError:
        return False
    return True


def _raw(m: re.Match[str], text: str) -> RawDate | None:
    """Read the parts one regex match states."""
    g = m.group
    if g("iso"):
        return RawDate(m.start(), m.end(), "day", int(g("iy")), int(g("im")), int(g("id")))
    if g("ymd"):
        return RawDate(m.start(), m.end(), "day", int(g("sy")), int(g("sm")), int(g("sd")))
    if g("num"):
        return _numeric(m)
    for kind, mon, day, year, wd in (("mdy", "m1", "d1", "y1", "w1"), ("dmy", "m2", "d2", "y2", "w2")):
        if g(kind):
            has_year = g(year) is not None
            return RawDate(
                m.start(),
                m.end(),
                "day" if has_year else "partial",
                int(g(year)) if has_year else None,
                _month(g(mon)),
                int(re.sub(r"\D", "", g(day))),
                weekday=g(wd),
            )
    if g("my"):
        return RawDate(m.start(), m.end(), "month", int(g("y3")), _month(g("m3")))
    if g("m4"):
        return RawDate(m.start("m4"), m.end("m4"), "month-only", None, _month(g("m4")))
    if g("yr"):
        if _PLURAL_NEXT.match(text, m.end()):
            return None
        return RawDate(m.start("yr"), m.end("yr"), "year", int(g("y5")))
    if g("wd"):
        return RawDate(m.start(), m.end(), "weekday", weekday=g("w3"), word=(g("wrel") or "").lower())
    if g("rel"):
        if g("rel")[0] == "T" and _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None
        return RawDate(m.start(), m.end(), "relative", word=" ".join(g("rel").lower().split()))
    count = g("agon").lower()
    n = int(count) if count.isdigit() else UNITS.get(count, 1)
    return RawDate(m.start(), m.end(), "relative", word=g("agou") + " ago", count=n)


def _numeric(m: re.Match[str]) -> RawDate:
    """13.04.2021 and 13-04-2021 (day first) or 04/13/2021 (month first when the day says
    so); ambiguous slashed dates like 04/05/2021 keep only their year, never a guessed day."""
    a, b, year = int(m.group("n1")), int(m.group("n2")), int(m.group("n3"))
    if m.group("sep") != "/" or a > 12 or a == b:
        day, month = a, b
    elif b > 12:
        day, month = b, a
    else:
        return RawDate(m.start(), m.end(), "year", year)
    return RawDate(m.start(), m.end(), "day", year, month, day)


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _full_date(raw: RawDate) -> dt.date | None:
    """The date of a mention that states day, month and year, else None."""
    if raw.kind != "day" or raw.year is None or raw.month is None or raw.day is None:
        return None
    return dt.date(raw.year, raw.month, raw.day)


def _article_year(raws: tuple[RawDate, ...]) -> int | None:
    """The latest year the article states, preferring dates over bare years."""
    dated = [r.year for r in raws if r.year is not None and r.kind in ("day", "month")]
    bare = [r.year for r in raws if r.year is not None and r.kind == "year"]
    return max(dated) if dated else (max(bare) if bare else None)


def _resolve(art: Article, raw: RawDate, fallback_year: int | None) -> DateMention:
    """Turn the stated parts into a DateMention against the publication date."""
    text = art.text[raw.start : raw.end]
    pub = art.published
    anchor = pub if pub is not None and not art.published_inferred else None
    date: dt.date | None = None
    gran: Granularity = "day"
    relative = False
    if raw.kind == "day":
        date = dt.date(raw.year or 1, raw.month or 1, raw.day or 1)
    elif raw.kind == "partial":
        date = _partial(raw, pub.year if pub else fallback_year, pub)
    elif raw.kind in ("month", "month-only"):
        gran = "month"
        year = raw.year if raw.year is not None else (pub.year if pub else fallback_year)
        date = dt.date(year, raw.month or 1, 1) if year is not None else None
    elif raw.kind == "year":
        gran = "year"
        date = dt.date(raw.year or 1, 1, 1)
    elif raw.kind == "weekday":
        relative = True
        date = _weekday(raw, anchor) if anchor else None
    else:
        relative = True
        date, gran = _relative(raw, anchor) if anchor else (None, _granularity(raw.word))
    return DateMention(
        text,
        raw.start,
        raw.end,
        date,
        weekday=raw.weekday,
        relative=relative,
        granularity=gran,
        article=art.id,
    )


def _partial(raw: RawDate, year: int | None, pub: dt.date | None) -> dt.date | None:
    """A day and month with no year take the publication year (else the article's latest).
    A stated weekday may move it across New Year: "Tuesday, Dec. 28" in copy published in
    January is last December when that is where the weekday fits."""
    if year is None or raw.month is None or raw.day is None:
        return None
    try:
        date = dt.date(year, raw.month, raw.day)
    except ValueError:
        return None
    if raw.weekday and pub is not None and WEEKDAYS[date.weekday()] != raw.weekday:
        shift = -1 if (date - pub).days > 182 else 1 if (pub - date).days > 182 else 0
        if shift:
            other = _replace_year(date, year + shift)
            if other is not None and WEEKDAYS[other.weekday()] == raw.weekday:
                return other
    return date


def _replace_year(date: dt.date, year: int) -> dt.date | None:
    try:
        return date.replace(year=year)
    except ValueError:
        return None


def _weekday(raw: RawDate, pub: dt.date) -> dt.date:
    """ "on Tuesday": the latest Tuesday on or before publication, whatever the tense (see
    docs/figures-and-dates.md); "last Tuesday": strictly before; "next": the first after."""
    target = WEEKDAYS.index(raw.weekday or "Monday")
    back = (pub.weekday() - target) % 7
    ahead = (target - pub.weekday()) % 7
    if raw.word == "next":
        return pub + dt.timedelta(days=ahead or 7)
    if raw.word == "last":
        return pub - dt.timedelta(days=back or 7)
    if raw.word == "this":
        return pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=target)
    return pub - dt.timedelta(days=back)


def _granularity(word: str) -> Granularity:
    """How precise a relative expression is: "last week" a week, "two months ago" a month,
    "three weeks ago" a day (an exact count of days back)."""
    units: tuple[Granularity, ...] = ("month", "year") if word.endswith(" ago") else ("week", "month", "year")
    return next((unit for unit in units if word.removesuffix(" ago").endswith(unit)), "day")


def _relative(raw: RawDate, pub: dt.date) -> tuple[dt.date, Granularity]:
    """yesterday/today/tomorrow, last/this/next week|month|year, "N days/weeks/months ago"."""
    word = raw.word
    gran = _granularity(word)
    shift = DAY_WORDS.get(word)
    if shift is not None:
        return pub + dt.timedelta(days=shift), "day"
    if word.endswith(" ago"):
        step = -raw.count
        if gran == "day":
            return pub - dt.timedelta(days=raw.count * AGO_UNITS[word.split()[0]]), "day"
    else:
        step = -1 if word.startswith(("last", "past")) else 1 if word.startswith("next") else 0
    if gran == "week":
        return pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step), gran
    if gran == "month":
        month = pub.month + step
        year = pub.year + (month - 1) // 12
        return dt.date(year, (month - 1) % 12 + 1, 1), gran
    return dt.date(pub.year + step, 1, 1), gran
