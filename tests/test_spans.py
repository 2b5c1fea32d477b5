"""Offsets are sacred: every extractor's spans index the text as loaded, on every fixture."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

import quotecheck as qc

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _fixture_articles() -> Iterator[qc.Article]:
    yield from qc.load_many([FIXTURES / "seeds"])
    for name in ("quotes.json", "facts.json"):
        path = FIXTURES / "eval" / name
        if path.exists():
            for case in json.loads(path.read_text(encoding="utf-8")):
                yield qc.Article.from_text(case["text"], id=case["id"])


ARTICLES = list(_fixture_articles())
EXTRACTORS: dict[str, Callable[[qc.Article], Sequence[Any]]] = {
    "quotes": lambda a: qc.extract_quotes(a),
    "figures": lambda a: qc.extract_figures(a),
    "dates": lambda a: qc.extract_dates(a),
}


@pytest.mark.parametrize("name", sorted(EXTRACTORS))
def test_every_span_indexes_the_loaded_text(name: str) -> None:
    """For every fixture and extractor, text[start:end] is exactly the item's text."""
    assert len(ARTICLES) >= 5
    checked = 0
    for article in ARTICLES:
        for item in EXTRACTORS[name](article):
            assert article.text[item.start : item.end] == item.text, (article.id, item)
            assert article.content_start <= item.start <= item.end <= len(article.text)
            checked += 1
    assert checked > 0


@pytest.mark.parametrize("name", sorted(EXTRACTORS))
def test_extraction_is_in_text_order_and_deterministic(name: str) -> None:
    """Items come in text order, and a second run gives the same result."""
    for article in ARTICLES:
        first = list(EXTRACTORS[name](article))
        assert [i.start for i in first] == sorted(i.start for i in first)
        assert first == list(EXTRACTORS[name](article))
