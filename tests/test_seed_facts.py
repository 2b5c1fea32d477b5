"""The seeds' figures and dates as an annotator reads them (fixtures/expected),
plus the weapon list of seed 004 and the weekday check on real copy."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pytest

from quotecheck.extract.dates import extract_dates, publication_date, weekday_mismatches
from quotecheck.extract.figures import extract_figures
from quotecheck.load import load
from quotecheck.model import Article

SEEDS = sorted((Path(__file__).parent.parent / "fixtures" / "seeds").glob("*.txt"))
FIXTURES = Path(__file__).parent.parent / "fixtures"
# The annotations live beside the seeds or, kept out of the loader's way, in fixtures/expected.
EXPECTED = next((d for d in (FIXTURES / "expected", FIXTURES / "seeds" / "expected") if d.is_dir()), FIXTURES)


def seed(prefix: str) -> Article:
    return load(str(next(p for p in SEEDS if p.name.startswith(prefix))))


def expected(article_path: Path) -> dict[str, Any]:
    return dict(json.loads((EXPECTED / (article_path.stem + ".json")).read_text(encoding="utf-8")))


def located(article: Article, items: list[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """Each expected item with its start offset (nth occurrence after the header)."""
    out = []
    for item in items:
        start = article.text.find(item["text"], article.content_start)
        for _ in range(item.get("occurrence") or 0):
            start = article.text.find(item["text"], start + 1)
        out.append((start, item))
    return out


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_figures_match_the_annotation(path: Path) -> None:
    """Every annotated figure is found with its span, range and noun, and nothing else is."""
    article = load(str(path))
    want = located(article, expected(path)["figures"])
    got = extract_figures(article)
    assert [(f.start, f.text) for f in got] == [(s, w["text"]) for s, w in want]
    for figure, (_, item) in zip(got, want, strict=True):
        high = math.inf if item["high"] is None else item["high"]
        assert (figure.low, figure.high, figure.noun) == (item["low"], high, item["noun"]), item["text"]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_dates_match_the_annotation(path: Path) -> None:
    """Every annotated date is found with its span, resolved date and weekday."""
    article = load(str(path))
    want = located(article, expected(path)["dates"])
    got = extract_dates(article)
    assert [(d.start, d.text) for d in got] == [(s, w["text"]) for s, w in want]
    for mention, (_, item) in zip(got, want, strict=True):
        date = dt.date.fromisoformat(item["date"]) if item["date"] else None
        assert (mention.date, mention.weekday, mention.relative) == (date, item["weekday"], item["relative"])


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_spans_index_the_text(path: Path) -> None:
    """Every figure and date span indexes the seed exactly as loaded."""
    article = load(str(path))
    spans = [(f.start, f.end, f.text) for f in extract_figures(article)]
    spans += [(d.start, d.end, d.text) for d in extract_dates(article)]
    for start, end, text in spans:
        assert article.text[start:end] == text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_no_weekday_mismatch_in_the_seeds(path: Path) -> None:
    """Every weekday the seeds state with a date fits it."""
    article = load(str(path))
    assert weekday_mismatches(article, extract_dates(article)) == []


def test_seed_004_weapon_list_has_no_counts() -> None:
    """T-72B3, Su-25SM3, 120mm and 122mm in seed 004 never become counts."""
    article = seed("004")
    texts = [f.text for f in extract_figures(article)]
    for name in ("T-72B3", "Su-25SM3", "120mm", "122mm", "72", "25", "120", "122", "3"):
        assert name not in texts
    weapons = article.text.index("T-72B3")
    assert not [f for f in extract_figures(article) if f.start >= weapons]


def test_seed_004_figures_written_out() -> None:
    """Seed 004's figures with their ranges and nouns, as a reader states them."""
    rows = [(f.text, f.low, f.high, f.noun) for f in extract_figures(seed("004"))]
    assert rows == [
        ("Tens of thousands", 20000, 99999, "troops"),
        ("tens of thousands", 20000, 99999, "troops"),
        ("tens of thousands", 20000, 99999, None),
        ("28", 28, 28, "battalion tactical groups"),
        ("up to 25", 0, 25, "battalion tactical groups"),
        ("Fifteen", 15, 15, "warships"),
        ("3,500", 3500, 3500, "troops"),
        ("tens of thousands", 20000, 99999, "personnel"),
    ]


def test_seed_003_relative_dates_resolve_from_the_header() -> None:
    """Seed 003 is published 2021-04-14 (a Wednesday): "on Tuesday" is April 13."""
    rows = [(d.text, d.date) for d in extract_dates(seed("003"))][:4]
    assert rows == [
        ("Tuesday", dt.date(2021, 4, 13)),
        ("Wednesday", dt.date(2021, 4, 14)),
        ("Wednesday", dt.date(2021, 4, 14)),
        ("April 13", dt.date(2021, 4, 13)),
    ]


def test_seed_publication_dates() -> None:
    """Seeds with a header use it; 004 has none and infers the latest full date it states."""
    assert publication_date(seed("000")) == (dt.date(2021, 4, 13), False)
    assert publication_date(seed("004")) == (dt.date(2021, 5, 6), True)
    assert publication_date(seed("002")) == (None, False)
