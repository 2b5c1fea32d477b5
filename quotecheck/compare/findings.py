"""The rule table and what every finding is built with: outlet labels, fingerprints, ordering."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from quotecheck.model import SEVERITIES, Article, Config, Evidence, Finding, Severity

# Rule id -> default severity. Config.severity overrides; Config.enable/disable filter.
RULES: dict[str, Severity] = {
    "quote-truncated": "info",  # a clean fragment of a fuller quotation
    "quote-reordered": "warning",  # the same words in another order
    "quote-wording": "warning",  # content words added, dropped or substituted
    "quote-number": "error",  # a number inside the quotation differs
    "quote-negation": "error",  # a "not", "no", "never" added or lost
    "quote-speaker": "error",  # the same words given to different people
    "quote-unsourced": "warning",  # a draft quotation with no close passage in the reference
    "figure-conflict": "warning",  # figures for the same fact whose ranges do not overlap
    "date-conflict": "warning",  # one event given different dates or weekdays
    "date-weekday": "error",  # a weekday that does not fit its date
    "unbalanced-quote": "warning",  # a quotation mark opened and never closed
}


def label(article: Article) -> str:
    """How a message names an article: its outlet, else its file name without extension, else its id."""
    if article.source:
        return article.source
    return os.path.splitext(os.path.basename(article.path))[0] if article.path else article.id


def labels(articles: Sequence[Article]) -> str:
    """Name one article, or the first and how many others carry the same words."""
    first = label(articles[0])
    rest = len(articles) - 1
    return first if rest == 0 else f"{first} and {rest} other{'s' if rest > 1 else ''}"


def fingerprint(rule: str, words: Iterable[str], articles: Iterable[Article]) -> str:
    """A stable 16-hex-digit hash of the rule, the normalised words and the sorted article ids."""
    ids = sorted({a.source or a.id for a in articles} | {a.id for a in articles})
    payload = "\x1f".join([rule, *words, "\x1e", *ids])
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


def finding(
    rule: str,
    message: str,
    evidence: Sequence[Evidence],
    key: Iterable[str],
    articles: Iterable[Article],
    details: dict[str, Any],
) -> Finding:
    """A Finding with the rule's default severity (overrides are applied in `finalize`)."""
    return Finding(rule, RULES[rule], message, tuple(evidence), fingerprint(rule, key, articles), details)


def finalize(findings: Iterable[Finding], articles: Sequence[Article], config: Config) -> tuple[Finding, ...]:
    """Filter by Config.enable/disable, apply severity overrides, dedupe and sort deterministically."""
    overrides = dict(config.severity)
    order = {a.id: i for i, a in enumerate(articles)}
    kept: dict[str, Finding] = {}
    for f in findings:
        if (config.enable and f.rule not in config.enable) or f.rule in config.disable:
            continue
        if f.rule in overrides:
            f = attrs.evolve(f, severity=overrides[f.rule])
        kept.setdefault(f.fingerprint, f)

    def position(f: Finding) -> tuple[int, int, int, str, str]:
        first = f.evidence[0] if f.evidence else None
        where = (order.get(first.article, len(order)), first.start) if first else (len(order), 0)
        return (SEVERITIES.index(f.severity), *where, f.rule, f.fingerprint)

    return tuple(sorted(kept.values(), key=position))
