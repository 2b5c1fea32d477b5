"""`check`: extract every article, cluster quotations across them, compare, and report.

Extraction is per article and pure, so large corpora are extracted in worker
processes; results come back in article order, so the Report is identical to a
serial run.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

from quotecheck.compare.dates import date_conflicts, weekday_findings
from quotecheck.compare.figures import figure_conflicts
from quotecheck.compare.findings import finalize
from quotecheck.compare.quotes import Corpus, compare_quotes
from quotecheck.compare.reference import compare_reference
from quotecheck.match import Group, ReferenceIndex, Unit, build_units, cluster
from quotecheck.model import Article, Cluster, Config, DateMention, Figure, Quote, Report
from quotecheck.normalize import fold
from quotecheck.variants import Canon

PARALLEL_FROM = 2000  # below this many articles, worker start-up costs more than it saves
MAX_WORKERS = 8  # the automatic pool's ceiling
DEFAULT_CONFIG = Config()
MAX_LINKED = 100  # articles of one cluster paired up when telling one event from two
Extracted = tuple[tuple[Quote, ...], tuple[Figure, ...], tuple[DateMention, ...]]
Progress = Callable[[int, int, str], None]


def _extract_one(article: Article) -> Extracted:
    from quotecheck.extract import extract_dates, extract_figures, extract_quotes

    return tuple(extract_quotes(article)), tuple(extract_figures(article)), tuple(extract_dates(article))


def _workers(count: int, jobs: int | None) -> int:
    """How many processes extract: `jobs` when given, else a pool only for large corpora."""
    if jobs is not None:
        return max(1, jobs)
    return min(os.cpu_count() or 1, MAX_WORKERS) if count >= PARALLEL_FROM else 1


def _extract_all(articles: Sequence[Article], workers: int, progress: Progress | None) -> list[Extracted]:
    """Extract every article, in article order, calling `progress` once per article as it completes."""
    if workers < 2 or len(articles) < 2:
        return _collect(articles, map(_extract_one, articles), progress)
    chunk = max(1, min(64, len(articles) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return _collect(articles, pool.map(_extract_one, articles, chunksize=chunk), progress)


def _collect(
    articles: Sequence[Article], results: Iterable[Extracted], progress: Progress | None
) -> list[Extracted]:
    """The results in article order, reporting each to `progress` as it arrives."""
    out = []
    for n, (article, result) in enumerate(zip(articles, results, strict=True), 1):
        out.append(result)
        if progress is not None:
            progress(n, len(articles), article.label)
    return out


def check(
    articles: Sequence[Article],
    *,
    reference: Sequence[Article] = (),
    config: Config = DEFAULT_CONFIG,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> Report:
    """Check articles against each other (and against reference texts, when given).

    `jobs`: None extracts in a process pool from PARALLEL_FROM articles on, 1 runs serially, N uses
    N processes; the Report is the same either way. `progress(done, total, label)` is called once
    per article extracted, in article order.
    """
    articles = tuple(articles)
    extracted = _extract_all(articles, _workers(len(articles), jobs), progress)
    quotes = tuple(e[0] for e in extracted)
    figures = tuple(e[1] for e in extracted)
    dates = tuple(e[2] for e in extracted)
    canon = Canon(config.variants)
    units = build_units(quotes, canon)
    groups = cluster(units, config.match_threshold)
    corpus = Corpus(articles, quotes, units, canon)
    findings = compare_quotes(corpus, groups)
    if reference:
        findings.extend(compare_reference(corpus, reference, ReferenceIndex(reference, canon)))
    speakers = [_speaker_spans(q) for q in quotes]
    people = _people(quotes)
    findings.extend(figure_conflicts(articles, figures, dates, speakers, people))
    findings.extend(date_conflicts(articles, dates, _linked(units, groups), people))
    findings.extend(weekday_findings(articles, dates))
    clusters = _clusters(quotes, articles, units, groups)
    return Report(articles, quotes, finalize(findings, articles, config), clusters, figures, dates)


def _linked(units: Sequence[Unit], groups: Sequence[Group]) -> set[frozenset[int]]:
    """Pairs of articles that share at least one quotation."""
    linked: set[frozenset[int]] = set()
    for g in groups:
        arts = sorted({units[u].article for u in g.units})
        linked.update(frozenset(pair) for pair in itertools.combinations(arts[:MAX_LINKED], 2))
    return linked


def _speaker_spans(quotes: Sequence[Quote]) -> list[tuple[int, int, str]]:
    """(start, end, speaker name) of each attributed quotation, so a figure inside one has an estimator."""
    return [(q.start, q.end, q.speaker.name) for q in quotes if q.speaker is not None]


def _people(quotes: Sequence[Sequence[Quote]]) -> dict[str, str]:
    """Folded surname -> the fullest name of a quoted person, so fact messages name people in full."""
    people: dict[str, str] = {}
    for article_quotes in quotes:
        for q in article_quotes:
            if q.speaker is not None and q.speaker.kind == "person" and " " in q.speaker.name.strip():
                surname = fold(q.speaker.name.split()[-1]).lower()
                if len(q.speaker.name) > len(people.get(surname, "")):
                    people[surname] = q.speaker.name
    return people


def _clusters(
    quotes: Sequence[Sequence[Quote]],
    articles: Sequence[Article],
    units: Sequence[Unit],
    groups: Sequence[Group],
) -> tuple[Cluster, ...]:
    """Report clusters: every piece of every unit, plus in-article repeats with their original."""
    group_of: dict[tuple[int, int], int] = {}
    for g in groups:
        for u in g.units:
            for piece in units[u].pieces:
                group_of[(units[u].article, piece)] = g.id
    members: dict[int, list[tuple[int, int]]] = {g.id: [] for g in groups}
    for (art, piece), gid in group_of.items():
        members[gid].append((art, piece))
    for art, article_quotes in enumerate(quotes):
        for i, q in enumerate(article_quotes):
            original = group_of.get((art, q.repeat_of)) if q.repeat_of is not None else None
            if original is not None:
                members[original].append((art, i))
    return tuple(
        Cluster(g.id, tuple((articles[a].id, i) for a, i in sorted(members[g.id])), units[g.fullest].text)
        for g in groups
    )
