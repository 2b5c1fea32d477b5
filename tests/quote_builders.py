"""Builders for hand-made Quote objects with real offsets into small articles (no extractor needed)."""

from __future__ import annotations

from quotecheck.model import Article, Quote, Speaker


def article(text: str, id: str, source: str | None = None) -> Article:  # noqa: A002 - mirrors Article.id
    """A small article from a string."""
    return Article.from_text(text, id=id, source=source)


def quote(
    art: Article,
    words: str,
    speaker: str | None = None,
    *,
    utterance: int = 0,
    part: int = 0,
    occurrence: int = 0,
    **fields: object,
) -> Quote:
    """The Quote for the `occurrence`-th copy of `words` in the article, with its true span."""
    start = -1
    for _ in range(occurrence + 1):
        start = art.text.index(words, start + 1)
    who = Speaker(speaker) if speaker else None
    return Quote(
        words,
        start,
        start + len(words),
        "direct",
        speaker=who,
        utterance=utterance,
        part=part,
        article=art.id,
        **fields,
    )  # type: ignore[arg-type]
