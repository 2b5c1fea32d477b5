"""The values every stage exchanges: frozen attrs classes, defined here only.

Spans (`start`, `end`) always index `Article.text` exactly as it was loaded;
line and column are 1-based and computed from the same text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from typing import Any, Literal

import attrs

QuoteKind = Literal["direct", "partial", "indirect"]
SpeakerKind = Literal["person", "organization", "group"]
FigureKind = Literal["count", "percent", "money"]
Severity = Literal["error", "warning", "info"]
Granularity = Literal["day", "week", "month", "year"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


def _line_starts(text: str) -> tuple[int, ...]:
    """Where each line begins (str.find runs in C: far faster than a loop over characters)."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return tuple(starts)


@attrs.frozen
class Article:
    """One news article: its text exactly as loaded plus what we know about it.

    `content_start` is where the copy begins after any front matter or header
    marker, so extractors can skip metadata without shifting offsets.
    """

    id: str
    text: str
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    url: str | None = None
    path: str | None = None
    content_start: int = 0
    warnings: tuple[str, ...] = ()
    _lines: tuple[int, ...] = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(lambda self: _line_starts(self.text), takes_self=True),
    )

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str = "text",  # noqa: A002 - the contract names it `id`
        source: str | None = None,
        published: dt.date | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> Article:
        """Build an article from a string, reading a seed-style header if present."""
        from quotecheck.load import article_from_text

        return article_from_text(text, id=id, source=source, published=published, title=title, url=url)

    def line_col(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a character offset."""
        line = bisect.bisect_right(self._lines, offset)
        return line, offset - self._lines[line - 1] + 1

    @property
    def label(self) -> str:
        """How messages name this article: its path when it has one, else its id."""
        return self.path or self.id


@attrs.frozen
class Speaker:
    """Who said it: the fullest form of the name in the article."""

    name: str
    title: str | None = None
    kind: SpeakerKind = "person"


@attrs.frozen
class Quote:
    """A quotation: `text` is `article.text[start:end]`, the words inside the marks.

    A quote interrupted by its attribution, or running over several
    paragraphs, gives one Quote per quoted piece; pieces of one utterance
    share `utterance` and `part` counts them from 0.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: str | None = None
    paragraph: int = 0
    rule: str | None = None
    utterance: int = 0
    part: int = 0
    article: str = ""
    repeat_of: int | None = None
    unbalanced: bool = False


@attrs.frozen
class Figure:
    """A number the copy reports, as a range: `low == high` for an exact count.

    `high` is `math.inf` for open-ended figures ("more than 13,000").
    """

    text: str
    start: int
    end: int
    low: float
    high: float
    noun: str | None = None
    approximate: bool = False
    attributed_to: str | None = None
    kind: FigureKind = "count"
    unit: str | None = None
    article: str = ""

    @property
    def bounded(self) -> bool:
        """True when the figure has a finite upper bound."""
        return not math.isinf(self.high)


@attrs.frozen
class DateMention:
    """A date in the copy; `date` is None when it cannot be resolved honestly."""

    text: str
    start: int
    end: int
    date: dt.date | None
    weekday: str | None = None
    relative: bool = False
    granularity: Granularity = "day"
    article: str = ""


@attrs.frozen
class Evidence:
    """One place in one article that a finding points to."""

    article: str
    text: str
    start: int
    end: int
    line: int
    column: int
    source: str | None = None
    path: str | None = None
    note: str | None = None

    @classmethod
    def at(cls, article: Article, start: int, end: int, note: str | None = None) -> Evidence:
        """Evidence for `article.text[start:end]`, with its line and column."""
        line, column = article.line_col(start)
        return cls(
            article=article.id,
            text=article.text[start:end],
            start=start,
            end=end,
            line=line,
            column=column,
            source=article.source,
            path=article.path,
            note=note,
        )


@attrs.frozen
class Finding:
    """A problem worth an editor's look, with the rule that fired and its proof.

    `fingerprint` is built from content (rule, quoted words, sources), never
    positions, so baselines survive unrelated edits.
    """

    rule: str
    severity: Severity
    message: str
    evidence: tuple[Evidence, ...]
    fingerprint: str
    details: dict[str, Any] = attrs.field(factory=dict, eq=False)


@attrs.frozen
class Cluster:
    """The same utterance as reported by several articles."""

    id: int
    members: tuple[tuple[str, int], ...]  # (article id, quote index in that article)
    text: str  # the fullest version


@attrs.frozen
class Config:
    """Every option of a run, changed with `attrs.evolve`; loaded by quotecheck.config."""

    fail_on: Literal["error", "warning", "info", "never"] = "warning"
    enable: tuple[str, ...] = ()  # empty: every rule
    disable: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()  # per-rule overrides
    match_threshold: float = 80.0  # 0-100, rapidfuzz scale
    variants: tuple[tuple[str, str], ...] = ()  # extra spelling pairs treated as equal
    include: tuple[str, ...] = ("*.txt", "*.md", "*.markdown", "*.json", "*.jsonl")
    exclude: tuple[str, ...] = ()


@attrs.frozen
class Report:
    """Everything `check` found: the source of truth every format renders."""

    articles: tuple[Article, ...]
    quotes: tuple[tuple[Quote, ...], ...]  # per article, in the order of `articles`
    findings: tuple[Finding, ...]
    clusters: tuple[Cluster, ...] = ()
    figures: tuple[tuple[Figure, ...], ...] = ()
    dates: tuple[tuple[DateMention, ...], ...] = ()

    @property
    def ok(self) -> bool:
        """True when no finding is a warning or an error."""
        return not any(f.severity in ("error", "warning") for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """The version 1 JSON document (see docs/json.md)."""
        from quotecheck.render.json import report_to_dict

        return report_to_dict(self)
