"""A small hand-built Report (two outlets, one misquote, one figure conflict) for the format tests."""

from __future__ import annotations

import datetime as dt

from quotecheck.model import Article, Cluster, Evidence, Figure, Finding, Quote, Report, Speaker

DRAFT = (
    "# Stoltenberg urges Russia to pull back\n"
    "\n"
    "NATO Secretary General Jens Stoltenberg said on Tuesday: "
    '"Russia has moved 10,000 combat-ready troops to Ukraine\'s borders."\n'
    "\n"
    "Officials counted 40,000 troops near the border.\n"
)
WIRE = (
    'Stoltenberg said: "Russia has moved thousands of combat-ready troops to Ukraine\'s borders."\n'
    "\n"
    "Kyiv said about 85,000 troops were deployed.\n"
)
MISQUOTE = (
    "Jens Stoltenberg's quotation differs: Russia has moved [-10,000-] {+thousands of+} combat-ready troops"
)
STOLTENBERG = Speaker("Jens Stoltenberg", "NATO Secretary General", "person")


def span(text: str, needle: str) -> tuple[int, int]:
    """The offsets of the first `needle` in `text`."""
    start = text.index(needle)
    return start, start + len(needle)


def quote(article: Article, words: str) -> Quote:
    """A direct quote of `words` by Stoltenberg in `article`."""
    start, end = span(article.text, words)
    return Quote(words, start, end, "direct", STOLTENBERG, "said", paragraph=1, article=article.id)


def figure(article: Article, words: str, value: float) -> Figure:
    """A troop figure in `article`."""
    start, end = span(article.text, words)
    return Figure(words, start, end, value, value, noun="troops", article=article.id)


def sample_report(draft_text: str = DRAFT) -> Report:
    """Draft vs wire: a changed number inside a quote (error) and two troop counts (warning)."""
    draft = Article(
        id="draft",
        text=draft_text,
        source="Draft desk",
        path="drafts/draft.md",
        published=dt.date(2021, 4, 13),
    )
    wire = Article(id="wire", text=WIRE, source="Wire", path="wire/wire.txt")
    qa = quote(draft, "Russia has moved 10,000 combat-ready troops to Ukraine's borders.")
    qb = quote(wire, "Russia has moved thousands of combat-ready troops to Ukraine's borders.")
    misquote = Finding(
        rule="quote-number",
        severity="error",
        message=MISQUOTE,
        evidence=(Evidence.at(draft, qa.start, qa.end), Evidence.at(wire, qb.start, qb.end)),
        fingerprint="quote-number-1",
        details={
            "diff": [
                {"op": "equal", "a": "Russia has moved", "b": "Russia has moved"},
                {"op": "replace", "a": "10,000", "b": "thousands of"},
                {
                    "op": "equal",
                    "a": "combat-ready troops to Ukraine's borders.",
                    "b": "combat-ready troops to Ukraine's borders.",
                },
            ],
            "versions": [
                {"article": "draft", "source": "Draft desk", "text": qa.text, "speaker": "Jens Stoltenberg"},
                {"article": "wire", "source": "Wire", "text": qb.text, "speaker": "Jens Stoltenberg"},
            ],
            "cluster": 0,
        },
    )
    fa, fb = figure(draft, "40,000 troops", 40000), figure(wire, "about 85,000 troops", 85000)
    conflict = Finding(
        rule="figure-conflict",
        severity="warning",
        message="Troop figures disagree: 40,000 (Draft desk) vs about 85,000 (Wire).",
        evidence=(Evidence.at(draft, fa.start, fa.end), Evidence.at(wire, fb.start, fb.end, note="Kyiv")),
        fingerprint="figure-conflict-1",
        details={
            "figures": [
                {
                    "article": "draft",
                    "source": "Draft desk",
                    "text": fa.text,
                    "low": 40000.0,
                    "high": 40000.0,
                    "noun": "troops",
                    "attributed_to": None,
                    "date": dt.date(2021, 4, 13),
                },
                {
                    "article": "wire",
                    "source": "Wire",
                    "text": fb.text,
                    "low": 85000.0,
                    "high": float("inf"),
                    "noun": "troops",
                    "attributed_to": "Kyiv",
                    "date": None,
                },
            ]
        },
    )
    return Report(
        articles=(draft, wire),
        quotes=((qa,), (qb,)),
        findings=(misquote, conflict),
        clusters=(Cluster(0, (("draft", 0), ("wire", 0)), qb.text),),
        figures=((fa,), (fb,)),
        dates=((), ()),
    )
