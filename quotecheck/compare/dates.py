"""`date-conflict` (one event dated differently by two articles) and `date-weekday` (a weekday that
does not fit its date inside one article)."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs

from quotecheck.compare.context import (
    ACTIONS,
    NOT_NAMES,
    PARTNER,
    PLACE,
    PRONOUN_START,
    entities,
    sentence_span,
)
from quotecheck.compare.findings import finding, label
from quotecheck.model import Article, DateMention, Evidence, Finding
from quotecheck.normalize import fold, layout


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
    lead_names = entities(text[slice(*sentence_span(lay, lead.start))]) if lead else frozenset()
    out = []
    for s, (start, end) in enumerate(lay.sentences):
        sentence = text[start:end]
        action = next((name for name, pattern in ACTIONS if pattern.search(sentence)), None)
        if action is None:
            continue
        names = entities(sentence)
        if s > 0 and PRONOUN_START.match(sentence):
            names |= entities(text[slice(*lay.sentences[s - 1])])
        own = [d for d in usable if start <= d.start < end]
        mention = own[0] if own else (lead if lead and names & lead_names else None)
        if mention is None:
            continue
        partner = PARTNER.search(fold(sentence))
        place = PLACE.search(sentence)
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
