"""The seed articles: every quote with its kind and speaker, written out; spans valid on every fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.extract.quotes import extract_quotes
from quotecheck.load import load
from quotecheck.model import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
EVAL = ROOT / "fixtures" / "eval" / "quotes.json"

STOLTENBERG = "Jens Stoltenberg"
RYABKOV = "Sergei Ryabkov"
G7 = "foreign ministers of Canada, France, Germany, Italy, Japan, the United States and Britain"

# (start of the quoted words, kind, speaker) for every direct and partial quote of each seed.
EXPECTED: dict[str, list[tuple[str, str, str | None]]] = {
    "000": [
        ("unjustified, unexplained", "partial", STOLTENBERG),
        ("We are seriously concerned", "direct", STOLTENBERG),
        ("I want to express", "direct", STOLTENBERG),
        ("Russia's considerable", "direct", STOLTENBERG),
        ("Russia must end", "direct", STOLTENBERG),
        ("aware of Russian troop", "partial", "U.S. Department of Defense"),
        ("provocations", "partial", "United States"),
        ("We have foreseen", "direct", "Ruslan Khomchak"),
    ],
    "001": [
        ("thousands", "partial", STOLTENBERG),
        ("unexplained, unjustified", "partial", STOLTENBERG),
        ("largest massing", "partial", STOLTENBERG),
        ("stop its provocations", "partial", STOLTENBERG),
        ("reckless move", "partial", "Dmytro Kuleba"),
        ("spiral of violence", "partial", "Dmytro Kuleba"),
        ("through its aggressive", "partial", "Antony Blinken"),
        ("The United States and other", "direct", RYABKOV),
        ("This is a grossly", "direct", RYABKOV),
        ("web of biolabs", "partial", RYABKOV),
        ("Considering everything", "direct", RYABKOV),
        ("wherever they are", "partial", RYABKOV),
        ("However, Kiev", "direct", RYABKOV),
        ("These large-scale", "direct", G7),
        ("We call on Russia", "direct", G7),
        ("unwavering support", "partial", G7),
    ],
    "002": [
        ("significant, large", "partial", STOLTENBERG),
        ("conduct aggressive actions", "partial", STOLTENBERG),
        ("warning time", "partial", STOLTENBERG),
        ("conduct a military", "partial", STOLTENBERG),
    ],
    "003": [
        ("We believe that", "direct", "Dmitry Peskov"),
        ("We believe that", "direct", "Dmitry Peskov"),
        ("Washington may", "direct", "Dmitry Peskov"),
        ("aware of Russian troop", "partial", "U.S. Department of Defense"),
        ("provocations", "partial", "United States"),
        ("We have foreseen", "direct", "Ruslan Khomchak"),
    ],
    "004": [
        ("While Russia has pulled", "direct", STOLTENBERG),
        ("This is part of a pattern", "direct", STOLTENBERG),
    ],
}


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_seed_quotes_and_speakers(path: Path) -> None:
    """Each seed yields exactly the quotes an editor reads in it, with kind and speaker."""
    quotes = [q for q in extract_quotes(load(str(path))) if q.kind != "indirect"]
    got = [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in quotes]
    expected = EXPECTED[path.stem[:3]]
    assert len(got) == len(expected), got
    for (text, kind, speaker), (start, want_kind, want_speaker) in zip(got, expected, strict=True):
        assert text.startswith(start) and (kind, speaker) == (want_kind, want_speaker), (text, kind, speaker)


def test_seed_repeated_paragraph_is_noted() -> None:
    """Seed 003 repeats a paragraph verbatim: its quote points back at the first occurrence."""
    quotes = extract_quotes(load(str(SEEDS[3])))
    repeats = [q for q in quotes if q.repeat_of is not None]
    assert len(repeats) == 1
    first = repeats[0].repeat_of
    assert first is not None and quotes[first].text == repeats[0].text


def test_seed_indirect_speech() -> None:
    """Reported speech in the seeds names its speaker: 'Kuleba said Russia was gathering troops ...'."""
    quotes = extract_quotes(load(str(SEEDS[1])))
    indirect = [(q.text[:30], q.speaker.name if q.speaker else None) for q in quotes if q.kind == "indirect"]
    assert ("Russia was gathering troops in", "Dmytro Kuleba") in indirect


def _all_fixture_articles() -> list[Article]:
    articles = [load(str(path)) for path in SEEDS]
    if EVAL.exists():
        articles += [
            Article.from_text(item["text"], id=item["id"]) for item in json.loads(EVAL.read_text("utf-8"))
        ]
    return articles


def test_every_span_indexes_its_article() -> None:
    """On every fixture, text[start:end] is the quote's text and the paragraph holds the span."""
    for article in _all_fixture_articles():
        for quote in extract_quotes(article):
            assert article.text[quote.start : quote.end] == quote.text, (article.id, quote)
            assert quote.article == article.id
