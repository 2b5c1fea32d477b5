"""check(): the whole cross-source pipeline, with hand-made quotes and, when present, real extractors."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

import quotecheck.pipeline as check_module
from quotecheck.model import Article, DateMention, Figure, Quote
from tests.quote_builders import article, quote

HAS_EXTRACTORS = (Path(check_module.__file__).parent / "extract" / "quotes.py").exists()


def _run(
    arts: Sequence[Article],
    quotes: dict[str, list[Quote]],
    monkeypatch: pytest.MonkeyPatch,
    reference: Sequence[Article] = (),
) -> check_module.Report:
    """check() with extraction replaced by the given quotes (and no figures or dates)."""

    def fake(art: Article) -> tuple[tuple[Quote, ...], tuple[Figure, ...], tuple[DateMention, ...]]:
        return tuple(quotes.get(art.id, [])), (), ()

    monkeypatch.setattr(check_module, "_extract_one", fake)
    return check_module.check(arts, reference=reference)


def test_report_clusters_every_quote_and_orders_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clusters list each piece by (article id, index); a changed number is reported as an error."""
    a = article('"Russia moved 4,000 troops to the border," he said.', "a", source="dpa")
    b = article('"Russia moved 40,000 troops to the border," he said.', "b", source="AP")
    report = _run(
        [a, b],
        {
            "a": [quote(a, "Russia moved 4,000 troops to the border,")],
            "b": [quote(b, "Russia moved 40,000 troops to the border,")],
        },
        monkeypatch,
    )
    assert [c.members for c in report.clusters] == [(("a", 0), ("b", 0))]
    assert [(f.rule, f.severity) for f in report.findings] == [("quote-number", "error")]
    assert report.findings[0].message == (
        "Number changed in quotation: AP has “Russia moved {+40,000+} troops to the border”; "
        "dpa has “Russia moved [-4,000-] troops to the border”."
    )
    assert report.findings[0].details["diff"][1] == {"op": "replace", "a": "4,000", "b": "40,000"}
    assert not report.ok


def test_reference_check_flags_changed_and_unsourced_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Against a transcript, a changed word is quote-wording and an absent quote is quote-unsourced."""
    transcript = article(
        "STOLTENBERG: We are seriously concerned by ongoing developments. "
        "NATO is monitoring the situation very closely.",
        "transcript",
    )
    draft = article(
        '"We are deeply concerned by ongoing developments," he said. '
        '"The alliance will send ten thousand extra soldiers," he added.',
        "draft",
    )
    quotes = {
        "draft": [
            quote(draft, "We are deeply concerned by ongoing developments,"),
            quote(draft, "The alliance will send ten thousand extra soldiers,", utterance=1),
        ]
    }
    report = _run([draft], quotes, monkeypatch, reference=[transcript])
    rules = sorted(f.rule for f in report.findings)
    assert rules == ["quote-unsourced", "quote-wording"]
    wording = next(f for f in report.findings if f.rule == "quote-wording")
    assert "{+deeply+}" in wording.message and "[-seriously-]" in wording.message
    assert {e.article for e in wording.evidence} == {"draft", "transcript"}


def test_output_is_identical_with_two_jobs() -> None:
    """Extraction in two worker processes gives the same report as a serial run."""
    if not HAS_EXTRACTORS:
        pytest.skip("extractors not installed yet")
    import quotecheck as qc

    arts = qc.load_many(["fixtures/seeds"]) * 3
    assert check_module.check(arts, jobs=2) == check_module.check(arts, jobs=1)


def test_progress_is_called_once_per_article_in_order() -> None:
    """progress(done, total, label) runs once per extracted article, in article order, with any jobs."""
    if not HAS_EXTRACTORS:
        pytest.skip("extractors not installed yet")
    import quotecheck as qc

    arts = qc.load_many(["fixtures/seeds"])
    expected = [(n, len(arts), a.label) for n, a in enumerate(arts, 1)]
    for jobs in (1, 2):
        calls: list[tuple[int, int, str]] = []
        check_module.check(
            arts, jobs=jobs, progress=lambda d, t, label, seen=calls: seen.append((d, t, label))
        )
        assert calls == expected


@pytest.mark.skipif(not HAS_EXTRACTORS, reason="extractors not installed yet")
def test_seeds_report_the_known_differences() -> None:
    """On the seeds: the reordered Stoltenberg quote, the troop figures and the Monday/Tuesday
    press conference are reported; the shared Khomchak quote and Peskov repeat raise nothing."""
    import quotecheck as qc

    report = check_module.check(qc.load_many(["fixtures/seeds"]))
    rules = {f.rule for f in report.findings}
    assert {"quote-reordered", "figure-conflict", "date-conflict"} <= rules
    serious = [f for f in report.findings if f.severity != "info"]
    assert not any(
        "foreseen" in f.message or "groundless" in f.message or "battalion" in f.message for f in serious
    )
