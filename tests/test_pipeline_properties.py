"""The whole pipeline on arbitrary copy: never raises, spans index the text, same input same report."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import quotecheck as qc
from quotecheck.render import FORMATS, render

# Text built from the pieces news copy is made of, so the extractors get past their
# first checks: quote marks of every style, apostrophes, numbers, dates and cue verbs.
PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        " ",
        "\n",
        "\n\n",
        ", ",
        ". ",
        ": ",
        " – ",
        "said",
        " he said",
        "Stoltenberg",
        "Jens Stoltenberg",
        "the minister",
        "according to",
        "Russia",
        "not",
        "4,000",
        "thousands",
        "tens of",
        "troops",
        "on Tuesday",
        "April 13, 2021",
        "Monday, May 26, 2021",
        "Read also",
        "We are concerned",
        "Kyiv",
        "Kiev",
        "x",
        "Ж",
    ]
)
COPY = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(COPY, min_size=1, max_size=3))
def test_check_never_raises_and_evidence_indexes_the_text(texts: list[str]) -> None:
    """Any copy checks without error; every evidence span is the text it quotes, at its line and column."""
    articles = [qc.Article.from_text(t, id=f"a{i}", source=f"S{i}") for i, t in enumerate(texts)]
    report = qc.check(articles)
    by_id = {a.id: a for a in articles}
    for finding in report.findings:
        assert finding.evidence and finding.severity in ("error", "warning", "info")
        for e in finding.evidence:
            article = by_id[e.article]
            assert article.text[e.start : e.end] == e.text
            assert article.line_col(e.start) == (e.line, e.column)
    assert qc.check(articles).to_dict() == report.to_dict()


@settings(max_examples=20, deadline=None)
@given(st.lists(COPY, min_size=1, max_size=2))
def test_every_format_renders_any_report(texts: list[str]) -> None:
    """Every output format renders whatever the pipeline produced."""
    report = qc.check([qc.Article.from_text(t, id=f"a{i}") for i, t in enumerate(texts)])
    for fmt in FORMATS:
        assert isinstance(render(report, fmt), str)
