"""Property tests: any text extracts without error, with valid, ordered, deterministic spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.extract.quotes import extract_quotes

_PIECES = [
    *"\"'“”‘’«»„‚‹› \n.,:;-—…aAbZ9",
    "said ",
    "He ",
    "’90s ",
    "Jens Stoltenberg ",
    "\n\n",
    "STOLTENBERG: ",
]
_MARKY = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_MARKY, st.text(max_size=300)))
def test_any_text_gives_valid_spans_in_order(text: str) -> None:
    """Every quote indexes the text exactly, lies inside it, and quotes come in text order."""
    quotes = extract_quotes(text)
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
    assert [(q.start, q.end) for q in quotes] == sorted((q.start, q.end) for q in quotes)
    assert all(q.repeat_of is None or q.repeat_of < i for i, q in enumerate(quotes))


@settings(max_examples=100, deadline=None)
@given(_MARKY)
def test_extraction_is_deterministic(text: str) -> None:
    """The same input always gives the same output."""
    assert extract_quotes(text) == extract_quotes(text)
