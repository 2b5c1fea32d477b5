"""Properties of alignment and classification that hold for any words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.align import align, tokenize
from quotecheck.compare.wording import classify
from quotecheck.match import _score

WORDS = st.lists(
    st.sampled_from("russia troops border moved never not 4,000 we will said Kyiv Kiev the and".split()),
    min_size=1,
    max_size=12,
)


@given(WORDS)
def test_a_quote_always_matches_itself(words: list[str]) -> None:
    """A quotation compared with itself is benign and scores 100."""
    w = tokenize(" ".join(words))
    verdict = classify(w, w)
    assert verdict is not None and verdict.rule is None
    ids = [hash(k) for k in w.keys]
    assert (
        _score(ids, ids, __import__("collections").Counter(ids), __import__("collections").Counter(ids))
        == 100.0
    )


@given(WORDS, WORDS)
def test_scores_are_symmetric(a: list[str], b: list[str]) -> None:
    """The match score does not depend on argument order."""
    from collections import Counter

    x, y = [hash(k) for k in tokenize(" ".join(a)).keys], [hash(k) for k in tokenize(" ".join(b)).keys]
    assert _score(x, y, Counter(x), Counter(y)) == _score(y, x, Counter(y), Counter(x))


@given(WORDS, WORDS)
def test_alignment_covers_every_token_once(a: list[str], b: list[str]) -> None:
    """Every token of both sides appears exactly once in the alignment."""
    ka, kb = tokenize(" ".join(a)).keys, tokenize(" ".join(b)).keys
    steps = align(ka, kb)
    assert sorted(s.a for s in steps if s.a is not None) == list(range(len(ka)))
    assert sorted(s.b for s in steps if s.b is not None) == list(range(len(kb)))


@given(WORDS, st.integers(0, 11), st.integers(1, 12))
def test_clean_fragment_is_never_a_warning(words: list[str], start: int, length: int) -> None:
    """A contiguous piece of a quotation is at most quote-truncated."""
    full = tokenize(" ".join(words))
    piece = tokenize(" ".join(words[start : start + length]))
    verdict = classify(full, piece)
    assert verdict is None or verdict.rule in (None, "quote-truncated")


@given(st.text(max_size=200))
def test_junk_never_crashes(text: str) -> None:
    """Any text tokenizes and classifies against itself without error."""
    w = tokenize(text)
    assert all(text[t.start : t.end] == t.surface for t in w.tokens)
    classify(w, w)
