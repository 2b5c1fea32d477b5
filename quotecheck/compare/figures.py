"""`figure-conflict`: figures that count the same thing across articles and whose ranges do not overlap,
shown with each figure's date and estimator so an editor can tell an evolving story from a contradiction."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs

from quotecheck.compare.context import (
    ASPECTS,
    CLAUSE,
    COUNTRIES,
    IMPLIED_NOUN,
    NOUN_SYNONYMS,
    PEOPLE_NOUNS,
    SPECIFIC_ASPECTS,
    TOTAL_BEFORE,
    date_before,
    entities,
    sentence_span,
)
from quotecheck.compare.findings import finding, label
from quotecheck.groups import DisjointSets
from quotecheck.model import Article, DateMention, Evidence, Figure, Finding
from quotecheck.normalize import Layout, fold, layout


@attrs.frozen
class _Fig:
    article: int
    figure: Figure
    key: tuple[str, str | None, str, str, str | None]  # noun, subject, aspect, kind, unit
    names: frozenset[str]
    when: dt.date | None
    who: str | None


def noun_key(noun: str) -> str:
    """One key for a counted noun: synonyms merged, a plural's final s dropped."""
    words = noun.lower().replace("-", " ").split()
    for size in (2, 1):
        tail = " ".join(words[-size:])
        if tail in NOUN_SYNONYMS:
            return NOUN_SYNONYMS[tail]
    return " ".join(words).removesuffix("s")


NOUN_REACH = (
    100  # how far before a noun-less figure its implied noun may stand ("the death toll ... rose to 31")
)


def _noun_before(text: str, lo: int, start: int) -> str | None:
    """For a figure with no counted noun ("estimated at 100,000"), a table noun shortly before it."""
    found = list(IMPLIED_NOUN.finditer(text, max(lo, start - NOUN_REACH), start))
    return found[-1].group().lower() if found else None


def _fact_key(noun: str, aspect: str) -> str:
    """The counted thing: people killed are a death toll, whatever the noun ("12 people were killed",
    "the death toll rose to 31", "40 dead")."""
    key = noun_key(noun)
    return "deaths" if aspect == "killed" and key in PEOPLE_NOUNS else key


def _subject(text: str, start: int, end: int, sentence: tuple[int, int]) -> str | None:
    """The country whose forces are counted: next to the figure, else the first one before it."""
    window = fold(text[end : min(sentence[1], end + 40)]).lower().split()[:4]
    for word in window:
        if word.strip(",.") in COUNTRIES:
            return COUNTRIES[word.strip(",.")]
    for word in fold(text[sentence[0] : start]).lower().split():
        if word.strip(",.\"'") in COUNTRIES:
            return COUNTRIES[word.strip(",.\"'")]
    return None


def _aspect(text: str, start: int, end: int, sentence: tuple[int, int]) -> str:
    """What happens to the counted thing, from the nearest cue in the figure's clause; "total" for
    the whole a part is counted against ("31 of the 60 seats", "all 60 seats")."""
    before = text[sentence[0] : start]
    if TOTAL_BEFORE.search(fold(before[-24:])):
        return "total"
    cut = max((m.end() for m in CLAUSE.finditer(before)), default=0)
    lo = sentence[0] + cut
    after = CLAUSE.search(text, end, sentence[1])
    hi = after.start() if after else sentence[1]
    best: tuple[int, str] | None = None
    for name, pattern in ASPECTS:
        for m in pattern.finditer(text, lo, hi):
            distance = start - m.end() if m.end() <= start else m.start() - end
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else "present"


def _figures(
    articles: Sequence[Article],
    figures: Sequence[Sequence[Figure]],
    dates: Sequence[Sequence[DateMention]],
    speakers: Sequence[Sequence[tuple[int, int, str]]],
) -> list[_Fig]:
    out = []
    for art, (article, article_figures) in enumerate(zip(articles, figures, strict=True)):
        if not article_figures:
            continue
        lay = layout(article)
        published = _published(article, lay, dates[art])
        for f in article_figures:
            sentence = sentence_span(lay, f.start)
            text = article.text
            noun = f.noun or _noun_before(text, sentence[0], f.start)
            if not noun:
                continue
            aspect = _aspect(text, f.start, f.end, sentence)
            key = (_fact_key(noun, aspect), _subject(text, f.start, f.end, sentence), aspect, f.kind, f.unit)
            names = entities(text[sentence[0] : sentence[1]])
            mention = date_before(dates[art], lay, f.start)
            when = mention.date if mention else published
            who = f.attributed_to or next((n for s, e, n in speakers[art] if s <= f.start < e), None)
            who = who.rstrip(".,;: ") if who else None  # "said Superintendent Laura Fenwick."
            out.append(_Fig(art, f, key, names, when, who))
    return out


def _published(article: Article, lay: Layout, dates: Sequence[DateMention]) -> dt.date | None:
    """The date the article's copy refers to: its metadata date, else the lead's dated event,
    else the publication date inferred from the text."""
    from quotecheck.extract.dates import publication_date

    published, inferred = publication_date(article)
    if published is not None and not inferred:
        return published
    lead_end = lay.paragraphs[min(2, len(lay.paragraphs) - 1)][1] if lay.paragraphs else 0
    lead = next((d.date for d in dates if d.start < lead_end and d.date and d.granularity == "day"), None)
    return lead or published


def figure_conflicts(
    articles: Sequence[Article],
    figures: Sequence[Sequence[Figure]],
    dates: Sequence[Sequence[DateMention]],
    speakers: Sequence[Sequence[tuple[int, int, str]]],
    people: Mapping[str, str] | None = None,
) -> list[Finding]:
    """One finding per group of figures for the same fact whose ranges conflict across articles.

    `people` maps a folded surname to the fullest name of a person quoted in the corpus, so
    estimators are shown by surname.
    """
    items = _figures(articles, figures, dates, speakers)
    sets = DisjointSets(len(items))
    # Blocking: figures with the same key and two shared names land in one bucket (one shared name,
    # the place, when the key names a specific event: killed, injured, a crowd); no pairwise loop.
    buckets: dict[tuple[object, ...], int] = {}
    for i, item in enumerate(items):
        shared = 1 if item.key[2] in SPECIFIC_ASPECTS else 2
        for pair in itertools.combinations(sorted(item.names), shared):
            sets.union(buckets.setdefault((item.key, pair), i), i)
    groups: dict[int, list[_Fig]] = defaultdict(list)
    for i, item in enumerate(items):
        groups[sets.find(i)].append(item)
    found = []
    for _, group in sorted(groups.items()):
        claims = _claims(group)
        clashes = [(x, y) for x, y in itertools.combinations(claims, 2) if _clash(x, y)]
        if clashes:
            found.append(_figure_finding(articles, claims, clashes, people or {}))
    return found


@attrs.frozen
class _Claim:
    """One figure as claimed by one or more articles: the same range, words, date and estimator."""

    figures: tuple[_Fig, ...]  # one per article, first mention first

    @property
    def first(self) -> _Fig:
        """The representative mention."""
        return self.figures[0]

    @property
    def articles(self) -> frozenset[int]:
        """The articles making this claim."""
        return frozenset(f.article for f in self.figures)


def _claims(group: list[_Fig]) -> list[_Claim]:
    """Collapse a group: one mention per article and range (a named estimator preferred), then
    one claim per range, words, date and estimator across articles; ordered by the date referred to."""
    per_article: dict[tuple[int, float, float], _Fig] = {}
    for g in sorted(group, key=lambda g: (g.article, g.figure.start)):
        key = (g.article, g.figure.low, g.figure.high)
        kept = per_article.get(key)
        if (
            kept is None
            or (kept.who is None and g.who is not None)
            or (kept.when is None and g.when is not None)
        ):
            per_article[key] = (
                g if kept is None else attrs.evolve(kept, who=kept.who or g.who, when=kept.when or g.when)
            )
    claims: dict[tuple[object, ...], list[_Fig]] = defaultdict(list)
    for g in per_article.values():
        claims[(g.figure.low, g.figure.high, fold(g.figure.text).lower(), g.when, g.who)].append(g)
    ordered = sorted(
        claims.values(), key=lambda fs: (fs[0].when or dt.date.max, fs[0].figure.low, fs[0].article)
    )
    return [_Claim(tuple(fs)) for fs in ordered]


def _clash(x: _Claim, y: _Claim) -> bool:
    """True when two claims from different articles have ranges that do not overlap."""
    if not (x.articles ^ y.articles) or x.articles == y.articles:
        return False
    a, b = x.first.figure, y.first.figure
    return a.high < b.low or b.high < a.low


def _number(value: float) -> str:
    return "no upper bound" if math.isinf(value) else f"{value:,.0f}"


def _short_name(who: str | None, people: Mapping[str, str]) -> str:
    """An estimator as a message shows it: a quoted person by surname, anyone else as written."""
    if not who:
        return "estimator not named"
    last = who.split()[-1]
    full = people.get(fold(last).lower())
    return last if full and (full == who or full.endswith(who) or who.endswith(full)) else who


def _figure_finding(
    articles: Sequence[Article],
    claims: list[_Claim],
    clashes: list[tuple[_Claim, _Claim]],
    people: Mapping[str, str],
) -> Finding:
    first = claims[0].first
    noun, subject = first.key[0], first.key[1]
    what = f"{subject.title() + ' ' if subject else ''}{noun}"
    entries, evidence, rows = [], [], []
    for claim in claims:
        f, g = claim.first.figure, claim.first
        span = _number(f.low) if f.low == f.high else f"{_number(f.low)}–{_number(f.high)}"
        who = _short_name(g.who, people)
        when = g.when.isoformat() if g.when else "date unknown"
        arts = ", ".join(label(articles[a]) for a in sorted(claim.articles))
        entries.append(f"“{f.text}” ({span}) {who}, {when} [{arts}]")
        for m in claim.figures:
            art = articles[m.article]
            evidence.append(Evidence.at(art, m.figure.start, m.figure.end, note=f"{who}, {when}"))
            rows.append(
                {
                    "article": art.id,
                    "source": art.source,
                    "text": m.figure.text,
                    "low": m.figure.low,
                    "high": None if math.isinf(m.figure.high) else m.figure.high,
                    "noun": m.figure.noun,
                    "attributed_to": m.who,
                    "date": m.when.isoformat() if m.when else None,
                }
            )
    same = [
        (x, y)
        for x, y in clashes
        if x.first.when and x.first.when == y.first.when and x.first.who == y.first.who
    ]
    if same:
        verdict = (
            "Some clashing figures share their date and estimator: a contradiction, check which is right."
        )
    else:
        verdict = "The clashing figures differ in date or estimator: the story may have evolved."
    message = f"Figures for {what} disagree: " + "; ".join(entries) + ". " + verdict
    key = (noun, subject or "", *sorted(f"{c.first.figure.low}-{c.first.figure.high}" for c in claims))
    sources = [articles[a] for c in claims for a in sorted(c.articles)]
    details = {"figures": rows, "contradiction": bool(same)}
    return finding("figure-conflict", message, evidence, key, sources, details)


# --- dates of events -----------------------------------------------------------------------
