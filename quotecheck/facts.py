"""Compare facts across articles: figures that count the same thing, dates of the same event.

Figures are grouped by what they count (normalised noun, whose forces, what is
happening to them) and by shared names in their sentence; a group whose ranges do
not overlap across articles is a `figure-conflict`, shown with each figure's date
and estimator. Events are signed by action, participants, partner and place; the
same event dated differently by two articles is a `date-conflict`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs

from quotecheck.compare import finding, label
from quotecheck.model import Article, DateMention, Evidence, Figure, Finding
from quotecheck.normalize import Layout, fold, layout

# Counted nouns that name the same thing, mapped to one key.
NOUN_SYNONYMS = {
    "troop": "troops", "troops": "troops", "soldier": "troops", "soldiers": "troops", "servicemen": "troops",
    "serviceman": "troops",
    "military personnel": "troops", "personnel": "troops", "service members": "troops",
    "servicemembers": "troops", "force": "troops", "forces": "troops", "fighters": "troops",
    "death": "deaths", "deaths": "deaths", "fatality": "deaths", "fatalities": "deaths",
    "people killed": "deaths",
    "dead": "deaths", "casualties": "deaths",
}  # fmt: skip
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
    ("killed", re.compile(r"(?i)\b(?:kill\w*|died|dead|death\w*|fatalit\w*|wounded|injured)\b")),
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
    said""".split()
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'.-]*[\w]")
_PRONOUN_START = re.compile(r"\s*(?:He|She|They|It|The \w+ official)\b")
_PARTNER = re.compile(
    r"\bwith\s+(?:(?:[A-Z][\w'.-]*|the|of|and)\s+){0,6}?([A-Z][\w'-]+)(?=\s*(?:[,.;]|in|at|on|$))"
)
_PLACE = re.compile(r"\b(?:in|at)\s+(?:an?\s+)?([A-Z][a-z]+)\b")
_CLAUSE = re.compile(r"[,;:()]")


def _entities(text: str) -> frozenset[str]:
    """Normalised capitalised names in a stretch of text."""
    out = set()
    for m in _CAPITALISED.finditer(fold(text)):
        word = m.group().lower().removesuffix("'s")
        if word not in NOT_NAMES:
            out.add(COUNTRIES.get(word, word))
    return frozenset(out)


def _sentence(lay: Layout, offset: int) -> tuple[int, int]:
    i = lay.sentence_of(offset)
    if i is not None:
        return lay.sentences[i]
    p = lay.paragraph_of(offset)
    return lay.paragraphs[p] if p is not None else (offset, offset)


def _date_before(dates: Sequence[DateMention], lay: Layout, offset: int) -> DateMention | None:
    """The resolved date mention closest before `offset` in its sentence, else in its paragraph."""
    for span in (_sentence(lay, offset), _paragraph(lay, offset)):
        near = [d for d in dates if span[0] <= d.start < offset and d.date is not None]
        if near:
            return near[-1]
    return None


def _paragraph(lay: Layout, offset: int) -> tuple[int, int]:
    p = lay.paragraph_of(offset)
    return lay.paragraphs[p] if p is not None else (offset, offset)


# --- figures -------------------------------------------------------------------------------


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


_KNOWN_NOUN = re.compile(r"(?i)\b(?:troops?|soldiers?|servicemen|personnel)\b")


def _noun_before(text: str, lo: int, start: int) -> str | None:
    """For a figure with no counted noun ("estimated at 100,000"), a table noun shortly before it."""
    found = list(_KNOWN_NOUN.finditer(text, max(lo, start - 60), start))
    return found[-1].group().lower() if found else None


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
    """What happens to the counted thing, from the nearest cue in the figure's clause."""
    before = text[sentence[0] : start]
    cut = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    lo = sentence[0] + cut
    after = _CLAUSE.search(text, end, sentence[1])
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
            sentence = _sentence(lay, f.start)
            text = article.text
            noun = f.noun or _noun_before(text, sentence[0], f.start)
            if not noun:
                continue
            key = (
                noun_key(noun),
                _subject(text, f.start, f.end, sentence),
                _aspect(text, f.start, f.end, sentence),
                f.kind,
                f.unit,
            )
            names = _entities(text[sentence[0] : sentence[1]])
            mention = _date_before(dates[art], lay, f.start)
            when = mention.date if mention else published
            who = f.attributed_to or next((n for s, e, n in speakers[art] if s <= f.start < e), None)
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
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Blocking: figures with the same key and two shared names land in one bucket; no pairwise loop.
    buckets: dict[tuple[object, ...], int] = {}
    for i, item in enumerate(items):
        for pair in itertools.combinations(sorted(item.names), 2):
            first = buckets.setdefault((item.key, pair), i)
            ra, rb = find(first), find(i)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[_Fig]] = defaultdict(list)
    for i, item in enumerate(items):
        groups[find(i)].append(item)
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


@attrs.frozen
class _Event:
    article: int
    action: str
    names: frozenset[str]
    partner: str | None
    place: str | None
    mention: DateMention
    sentence: tuple[int, int]

    @property
    def weekday(self) -> str | None:
        """The weekday as stated or implied by the resolved date."""
        if self.mention.weekday:
            return self.mention.weekday
        if self.mention.date and self.mention.granularity == "day":
            return self.mention.date.strftime("%A")
        return None


def _events(index: int, article: Article, dates: Sequence[DateMention]) -> list[_Event]:
    """Every sentence naming an event, with the date in that sentence or the lead's date."""
    lay = layout(article)
    text = article.text
    usable = [d for d in dates if d.granularity == "day" and (d.date is not None or d.weekday)]
    lead = next(
        (
            d
            for d in usable
            if lay.paragraphs and d.start < lay.paragraphs[min(1, len(lay.paragraphs) - 1)][1]
        ),
        None,
    )
    lead_names = _entities(text[slice(*_sentence(lay, lead.start))]) if lead else frozenset()
    out = []
    for s, (start, end) in enumerate(lay.sentences):
        sentence = text[start:end]
        action = next((name for name, pattern in ACTIONS if pattern.search(sentence)), None)
        if action is None:
            continue
        names = _entities(sentence)
        if s > 0 and _PRONOUN_START.match(sentence):
            names |= _entities(text[slice(*lay.sentences[s - 1])])
        own = [d for d in usable if start <= d.start < end]
        mention = own[0] if own else (lead if lead and names & lead_names else None)
        if mention is None:
            continue
        partner = _PARTNER.search(fold(sentence))
        place = _PLACE.search(sentence)
        place_name = place.group(1).lower() if place and place.group(1).lower() not in NOT_NAMES else None
        out.append(
            _Event(
                index,
                action,
                names,
                partner.group(1).lower() if partner else None,
                place_name,
                mention,
                (start, end),
            )
        )
    return out


def _same_event(a: _Event, b: _Event) -> bool:
    if a.action != b.action or len(a.names & b.names) < 2:
        return False
    if a.partner and b.partner and a.partner != b.partner:
        return False
    return not (a.place and b.place and a.place != b.place)


def _dates_conflict(a: _Event, b: _Event) -> bool:
    da, db = a.mention.date, b.mention.date
    if da and db and a.mention.granularity == "day" and b.mention.granularity == "day" and da != db:
        return True
    return bool(a.weekday and b.weekday and a.weekday != b.weekday)


MAX_EVENT_BUCKET = 200  # a name pair shared by more event sentences than this is not specific


def date_conflicts(
    articles: Sequence[Article],
    dates: Sequence[Sequence[DateMention]],
    linked: set[frozenset[int]],
    people: Mapping[str, str] | None = None,
) -> list[Finding]:
    """One finding per set of event sentences that give one event different dates or weekdays.

    `linked` holds the article pairs that share a quotation; an event dated differently by
    articles that share none may be two different events, and the message says so.
    """
    events = [e for i, a in enumerate(articles) for e in _events(i, a, dates[i])]
    buckets: dict[tuple[str, tuple[str, str]], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        for pair in itertools.combinations(sorted(e.names), 2):
            buckets[(e.action, pair)].append(i)
    edges: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > MAX_EVENT_BUCKET:
            continue
        for i, j in itertools.combinations(members, 2):
            a, b = events[i], events[j]
            if a.article != b.article and _same_event(a, b) and _dates_conflict(a, b):
                edges.add((i, j))
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for i, j in sorted(edges):
        parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted({k for e in edges for k in e}):
        groups[find(i)].append(i)
    return [
        _date_finding(articles, [events[i] for i in g], linked, people or {})
        for _, g in sorted(groups.items())
    ]


def _describe(articles: Sequence[Article], e: _Event) -> str:
    d = e.mention
    where = label(articles[e.article])
    if d.date and d.granularity == "day":
        return f"{where} “{d.text}” ({d.date.strftime('%a')} {d.date.isoformat()})"
    return f"{where} “{d.text}”"


def _event_name(group: list[_Event], people: Mapping[str, str], articles: Sequence[Article]) -> str:
    """The event in words: its quoted participants by full name, its kind and its place."""
    first = group[0]
    shared = first.names & set().union(*(e.names for e in group[1:]))
    sentence = fold(articles[first.article].text[first.sentence[0] : first.sentence[1]]).lower()
    named = sorted((n for n in shared if n in people), key=lambda n: (sentence.find(n), n))
    who = [people[n] for n in named]
    place = next((e.place for e in group if e.place and e.place in shared), None) or next(
        (e.place for e in group if e.place), None
    )
    where = f" in {place.title()}" if place else ""
    if not who:
        return f"The {first.action}{where}"
    owners = who[0] if len(who) == 1 else f"{', '.join(who[:-1])} and {who[-1]}"
    return f"{owners}'s {first.action}{where}"


def _date_finding(
    articles: Sequence[Article], group: list[_Event], linked: set[frozenset[int]], people: Mapping[str, str]
) -> Finding:
    group = sorted(group, key=lambda e: (e.article, e.mention.start))
    first = group[0]
    who = sorted(first.names & set().union(*(e.names for e in group[1:])))
    parts = [_describe(articles, e) for e in group]
    message = f"{_event_name(group, people, articles)} is dated differently: " + "; ".join(parts) + "."
    arts = sorted({e.article for e in group})
    unlinked = [a for a in arts if not any(frozenset((a, b)) in linked for b in arts if b != a)]
    if len(unlinked) == len(arts):
        message += " The articles share no quotation: they may describe different events."
    elif unlinked:
        names = ", ".join(label(articles[a]) for a in unlinked)
        verb = "shares" if len(unlinked) == 1 else "share"
        message += f" {names} {verb} no quotation with the others: it may be a different event."
    evidence = [
        Evidence.at(
            articles[e.article],
            e.mention.start,
            e.mention.end,
            note=articles[e.article].text[e.sentence[0] : e.sentence[1]][:160],
        )
        for e in group
    ]
    rows = [
        {
            "article": articles[e.article].id,
            "source": articles[e.article].source,
            "text": e.mention.text,
            "date": e.mention.date.isoformat() if e.mention.date else None,
            "weekday": e.weekday,
            "event": e.action,
        }
        for e in group
    ]
    key = (first.action, *who, *sorted(f"{r['date']}-{r['weekday']}" for r in rows))
    return finding("date-conflict", message, evidence, key, [articles[a] for a in arts], {"dates": rows})


def weekday_findings(articles: Sequence[Article], dates: Sequence[Sequence[DateMention]]) -> list[Finding]:
    """A weekday that does not fit the date it is written with, inside one article."""
    if not any(dates):
        return []
    from quotecheck.extract.dates import weekday_mismatches

    out = []
    for article, article_dates in zip(articles, dates, strict=True):
        for stated, actual in weekday_mismatches(article, list(article_dates)):
            assert actual.date is not None
            real = actual.date.strftime("%A")
            message = (
                f'{label(article)} gives "{article.text[stated.start : actual.end]}", but '
                f"{actual.date.strftime('%B %d, %Y').replace(' 0', ' ')} is a {real}, not a {stated.weekday}."
            )
            evidence = [
                Evidence.at(article, stated.start, stated.end, note=f"stated weekday {stated.weekday}"),
                Evidence.at(article, actual.start, actual.end, note=f"falls on a {real}"),
            ]
            rows = [
                {
                    "article": article.id,
                    "source": article.source,
                    "text": actual.text,
                    "date": actual.date.isoformat(),
                    "weekday": stated.weekday,
                }
            ]
            out.append(
                finding(
                    "date-weekday",
                    message,
                    evidence,
                    (stated.weekday or "", actual.date.isoformat()),
                    [article],
                    {"dates": rows},
                )
            )
    return out
