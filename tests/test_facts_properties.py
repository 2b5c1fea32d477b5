"""Properties of figure and date extraction on any input: no exceptions, valid spans,
ordered output, same answer twice, consistent ranges."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.extract.dates import extract_dates, publication_date, weekday_mismatches
from quotecheck.extract.figures import extract_figures
from quotecheck.model import Article

# Pieces of news copy that exercise the number and date grammar, glued in any order.
PIECES = [
    "4,000", "1.5 million", "2.3bn", "10k", "$4.5 billion", "12%", " per cent", "tens of thousands",
    "of troops", "more than", "up to", "between 3 and 5", "3-5", "Fifteen", "twenty-eight", "a dozen",
    "T-72B3", "120mm", "Article 5", "2014", "since", "Tuesday, May 26, 2021", "May 25", "on Monday",
    "yesterday", "last week", "13.11.2021", "2021-04-13", "\u201cthousands\u201d", "\u2013", "\n\n", ", ",
    ". ", " he said", "According to UN estimates", "Ukraine estimated at", " ", "0", "9", "-", "$", "%",
    "Feb. 30",
]  # fmt: skip
news_like = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
junk = st.text(max_size=300)
published = st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(news_like, junk), pub=published)
def test_figures_never_raise_and_spans_are_valid(text: str, pub: dt.date | None) -> None:
    """Any text gives figures in order whose spans index it, with low <= high."""
    article = Article(id="p", text=text, published=pub)
    found = extract_figures(article)
    assert [f.start for f in found] == sorted(f.start for f in found)
    for figure in found:
        assert text[figure.start : figure.end] == figure.text
        assert 0 <= figure.low <= figure.high
        assert figure.approximate or figure.low == figure.high
    assert extract_figures(article) == found


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(news_like, junk), pub=published)
def test_dates_never_raise_and_spans_are_valid(text: str, pub: dt.date | None) -> None:
    """Any text gives dates in order whose spans index it; relative ones need a publication date."""
    article = Article(id="p", text=text, published=pub)
    found = extract_dates(article)
    assert [d.start for d in found] == sorted(d.start for d in found)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
        if mention.relative and pub is None:
            assert mention.date is None
    for stated, actual in weekday_mismatches(article, found):
        assert text[stated.start : stated.end] == stated.text
        assert text[actual.start : actual.end] == actual.text
    assert extract_dates(article) == found
    date, inferred = publication_date(article)
    assert (date is None and not inferred) or date is not None


@settings(max_examples=100, deadline=None)
@given(prefix=junk, suffix=junk)
def test_a_figure_survives_surrounding_text(prefix: str, suffix: str) -> None:
    """A clear figure in its own paragraph is found whatever paragraphs surround it."""
    sentence = "Officials said 4,000 troops arrived."
    text = f"{prefix}\n\n{sentence}\n\n{suffix}"
    start = len(prefix) + 2 + sentence.index("4,000")
    matches = [f for f in extract_figures(Article(id="p", text=text)) if f.start == start]
    assert [(f.text, f.low, f.noun) for f in matches] == [("4,000", 4000, "troops")]
