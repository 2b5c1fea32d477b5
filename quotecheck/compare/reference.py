"""Quotations in drafts checked against a primary source (a transcript or press release)."""

from __future__ import annotations

from collections.abc import Sequence

from quotecheck.compare.findings import finding, label
from quotecheck.compare.quotes import Corpus, evidence_for, quote_finding, version_of
from quotecheck.compare.wording import classify, clip
from quotecheck.match import Passage, ReferenceIndex, Unit
from quotecheck.model import Article, Evidence, Finding

MIN_REFERENCE_TOKENS = 4  # shorter quotations (scare quotes) are not looked up in a reference
MIN_REFERENCE_SCORE = 50.0  # below this share of words in order, no passage counts as the source


def compare_reference(corpus: Corpus, references: Sequence[Article], index: ReferenceIndex) -> list[Finding]:
    """Look every draft quotation up in the reference texts; report missing or changed words."""
    found = []
    for unit in corpus.units:
        if len(unit.words.tokens) < MIN_REFERENCE_TOKENS:
            continue
        passage = index.closest(unit.words)
        if passage is None or passage.score < MIN_REFERENCE_SCORE:
            found.append(_unsourced(corpus, unit, passage, references))
            continue
        text = references[passage.article].text[passage.start : passage.end]
        source = Unit(-1, (), passage.words, text, None, ((passage.start, passage.end),))
        verdict = classify(passage.words, unit.words)
        if verdict is None:
            continue
        for rule in verdict.rules:
            if rule != "quote-truncated":
                ref = references[passage.article]
                found.append(quote_finding(corpus, rule, source, [unit], verdict, None, full_article=ref))
    return found


def _unsourced(corpus: Corpus, unit: Unit, passage: Passage | None, references: Sequence[Article]) -> Finding:
    article = corpus.articles[unit.article]
    evidence = evidence_for(article, corpus.quotes, unit, "draft quotation")
    message = (
        f"No source for quotation: {label(article)} quotes “{clip(unit.text)}”, not found in the reference"
    )
    ref_articles = list(references)
    if passage is not None:
        ref = references[passage.article]
        closest = ref.text[passage.start : passage.end]
        message += f"; closest in {label(ref)}: “{clip(closest)}”."
        evidence.append(Evidence.at(ref, passage.start, passage.end, note="closest reference passage"))
    else:
        message += "."
    versions = [version_of(article, unit)]
    return finding(
        "quote-unsourced",
        message,
        evidence,
        (" ".join(unit.words.keys),),
        [article, *ref_articles],
        {"versions": versions, "cluster": None, "diff": []},
    )
