"""The version 1 JSON document: the source of truth every other format agrees with.

Every quote, figure, date and evidence item carries its article id, `start`,
`end` (offsets into the text as loaded) and 1-based `line` and `column`.
The schema is docs/json-schema.json.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from typing import Any

import attrs

from quotecheck.model import (
    SEVERITIES,
    Article,
    Cluster,
    DateMention,
    Evidence,
    Figure,
    Finding,
    Quote,
    Report,
    Speaker,
)

VERSION = 1


def report_to_dict(report: Report) -> dict[str, Any]:
    """The whole report as plain JSON-ready data (`{"version": 1, ...}`)."""
    cluster_of = quote_clusters(report)
    quotes = [
        quote_to_dict(article, i, quote, cluster_of.get((article.id, i)))
        for article, article_quotes in zip(report.articles, report.quotes, strict=True)
        for i, quote in enumerate(article_quotes)
    ]
    return {
        "version": VERSION,
        "articles": [article_to_dict(a) for a in report.articles],
        "quotes": quotes,
        "clusters": [cluster_to_dict(c) for c in report.clusters],
        # figures and dates are empty tuples when check() did not keep them
        "figures": [
            figure_to_dict(article, figure)
            for article, figures in zip(report.articles, report.figures, strict=False)
            for figure in figures
        ],
        "dates": [
            date_to_dict(article, mention)
            for article, mentions in zip(report.articles, report.dates, strict=False)
            for mention in mentions
        ],
        "findings": [finding_to_dict(f) for f in report.findings],
        "summary": summary(report),
    }


def quote_clusters(report: Report) -> dict[tuple[str, int], int]:
    """Map (article id, quote index) to the id of the cluster the quote belongs to."""
    return {member: cluster.id for cluster in report.clusters for member in cluster.members}


def summary(report: Report) -> dict[str, Any]:
    """Counts an editor or a dashboard reads first."""
    severities = Counter(f.severity for f in report.findings)
    return {
        "ok": report.ok,
        "articles": len(report.articles),
        "quotes": sum(len(q) for q in report.quotes),
        "clusters": len(report.clusters),
        "findings": len(report.findings),
        "by_severity": {s: severities.get(s, 0) for s in SEVERITIES},
        "by_rule": dict(sorted(Counter(f.rule for f in report.findings).items())),
    }


def article_to_dict(article: Article) -> dict[str, Any]:
    """An article's metadata (never its text: spans point into the file itself)."""
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_inferred": article.published_inferred,
        "url": article.url,
        "path": article.path,
        "warnings": list(article.warnings),
    }


def _span(article: Article, text: str, start: int, end: int) -> dict[str, Any]:
    line, column = article.line_col(start)
    return {"article": article.id, "text": text, "start": start, "end": end, "line": line, "column": column}


def speaker_to_dict(speaker: Speaker | None) -> dict[str, Any] | None:
    """A speaker as {name, title, kind}, or None when the quote is unattributed."""
    if speaker is None:
        return None
    return {"name": speaker.name, "title": speaker.title, "kind": speaker.kind}


def quote_to_dict(article: Article, index: int, quote: Quote, cluster: int | None) -> dict[str, Any]:
    """One quote with its place in the article, speaker, cue and cluster id."""
    return {
        **_span(article, quote.text, quote.start, quote.end),
        "index": index,
        "kind": quote.kind,
        "speaker": speaker_to_dict(quote.speaker),
        "cue": quote.cue,
        "rule": quote.rule,
        "paragraph": quote.paragraph,
        "utterance": quote.utterance,
        "part": quote.part,
        "cluster": cluster,
        "repeat_of": quote.repeat_of,
        "unbalanced": quote.unbalanced,
    }


def cluster_to_dict(cluster: Cluster) -> dict[str, Any]:
    """A cluster: its fullest text and the (article, quote index) pairs in it."""
    return {
        "id": cluster.id,
        "text": cluster.text,
        "members": [{"article": a, "quote": q} for a, q in cluster.members],
    }


def figure_to_dict(article: Article, figure: Figure) -> dict[str, Any]:
    """A figure; an open-ended `high` (more than 13,000) is null."""
    return {
        **_span(article, figure.text, figure.start, figure.end),
        "low": jsonable(figure.low),
        "high": jsonable(figure.high),
        "noun": figure.noun,
        "approximate": figure.approximate,
        "attributed_to": figure.attributed_to,
        "kind": figure.kind,
        "unit": figure.unit,
    }


def date_to_dict(article: Article, mention: DateMention) -> dict[str, Any]:
    """A date mention with its resolved ISO date (null when unresolved)."""
    return {
        **_span(article, mention.text, mention.start, mention.end),
        "date": mention.date.isoformat() if mention.date else None,
        "weekday": mention.weekday,
        "relative": mention.relative,
        "granularity": mention.granularity,
    }


def evidence_to_dict(evidence: Evidence) -> dict[str, Any]:
    """One place a finding points to."""
    return {
        "article": evidence.article,
        "source": evidence.source,
        "path": evidence.path,
        "text": evidence.text,
        "start": evidence.start,
        "end": evidence.end,
        "line": evidence.line,
        "column": evidence.column,
        "note": evidence.note,
    }


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """A finding with its evidence and rule-specific details."""
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "fingerprint": finding.fingerprint,
        "evidence": [evidence_to_dict(e) for e in finding.evidence],
        "details": jsonable(finding.details),
    }


def jsonable(value: Any) -> Any:
    """Turn details into JSON data: dates to ISO strings, infinities to null, tuples to lists."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(jsonable(v) for v in value)
    if attrs.has(type(value)):
        return jsonable(attrs.asdict(value, recurse=False))
    return str(value)
