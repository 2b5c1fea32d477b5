"""Assertion helpers for a newsroom's test suite: a misquote fails with an editor's note.

    from quotecheck.testing import assert_consistent, assert_quotes_match

    def test_copy():
        assert_consistent(["drafts/", "wire/"], fail_on="warning")

Articles are given as paths (files or folders, relative to the working
directory) or as Article objects (`Article.from_text(text)` for a string).
Configuration comes from [tool.quotecheck] as for the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from quotecheck.model import Article, Config, Finding, Report

Source = str | Path | Article


class QuoteMismatch(AssertionError):
    """Findings at or above the failing severity; the message is the editor's note."""

    def __init__(self, findings: Sequence[Finding], level: str) -> None:
        self.findings = tuple(findings)
        super().__init__(editor_notes(self.findings, level))


def editor_notes(findings: Sequence[Finding], level: str | None = None) -> str:
    """Every finding as an editor's note (rule, message, each version with its place), under a count line."""
    from quotecheck.render.common import count, editor_note, ordered

    notes = [editor_note(f) for f in ordered(findings)]
    if level is not None:
        notes.insert(0, f"quotecheck: {count(len(findings), 'finding')} at or above {level}")
    return "\n\n".join(notes)


def assert_consistent(
    articles: Source | Iterable[Source],
    *,
    reference: Source | Iterable[Source] = (),
    fail_on: str | None = None,
    config: Config | None = None,
) -> Report:
    """Fail when the articles disagree (quotes, figures, dates) at or above `fail_on`; return the report."""
    __tracebackhide__ = True
    config = config or _config(articles)
    report, _ = _checked(articles, reference, config)
    _raise_if_failing(report.findings, fail_on or config.fail_on)
    return report


def assert_quotes_match(
    draft: Source | Iterable[Source],
    reference: Source | Iterable[Source],
    *,
    fail_on: str | None = None,
    config: Config | None = None,
) -> Report:
    """Fail when a quotation in the draft differs from the reference (wording, numbers, negation, speaker)."""
    __tracebackhide__ = True
    config = config or _config(draft)
    report, ids = _checked(draft, reference, config)
    quote_findings = [
        f
        for f in report.findings
        if f.rule.startswith("quote-") and any(e.article in ids for e in f.evidence)
    ]
    _raise_if_failing(quote_findings, fail_on or config.fail_on)
    return report


def _checked(
    sources: Source | Iterable[Source], reference: Source | Iterable[Source], config: Config
) -> tuple[Report, set[str]]:
    """Check the sources (against the reference texts) and return the report and the checked ids."""
    articles = _articles(sources, config)
    ids = {a.id for a in articles}
    return _check(articles, _articles(reference, config), config, checked=ids), ids


def _raise_if_failing(findings: Iterable[Finding], level: str) -> None:
    __tracebackhide__ = True
    from quotecheck.render.common import at_or_above

    failing = [f for f in findings if at_or_above(f.severity, level)]
    if failing:
        raise QuoteMismatch(failing, level)


def _items(sources: Source | Iterable[Source]) -> list[Source]:
    if isinstance(sources, (str, Path, Article)):
        return [sources]
    return list(sources)


def _config(sources: Source | Iterable[Source]) -> Config:
    from quotecheck.config import load_config

    return load_config([i for i in _items(sources) if not isinstance(i, Article)]).config


def _articles(sources: Source | Iterable[Source], config: Config) -> list[Article]:
    """Articles kept as they are; paths loaded, folders walked (a missing path is an InputError)."""
    from quotecheck.load import load_many

    out: list[Article] = []
    for item in _items(sources):
        if isinstance(item, Article):
            out.append(item)
        else:
            out += load_many([item], include=config.include, exclude=config.exclude)
    return out


def _check(articles: list[Article], reference: list[Article], config: Config, checked: set[str]) -> Report:
    from quotecheck.pipeline import check
    from quotecheck.suppress import apply

    report: Report = check(articles, reference=reference, config=config)
    return apply(report, config=config, checked=checked)
