"""check(): the whole cross-source pipeline, with hand-made quotes and with the real extractors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

import quotecheck.pipeline as check_module
from quotecheck.model import Article, DateMention, Figure, Finding, Quote
from tests.quote_builders import article, quote


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
    import quotecheck as qc

    arts = qc.load_many(["fixtures/seeds"]) * 3
    assert check_module.check(arts, jobs=2) == check_module.check(arts, jobs=1)


def test_progress_is_called_once_per_article_in_order() -> None:
    """progress(done, total, label) runs once per extracted article, in article order, with any jobs."""
    import quotecheck as qc

    arts = qc.load_many(["fixtures/seeds"])
    expected = [(n, len(arts), a.label) for n, a in enumerate(arts, 1)]
    for jobs in (1, 2):
        calls: list[tuple[int, int, str]] = []
        check_module.check(
            arts, jobs=jobs, progress=lambda d, t, label, seen=calls: seen.append((d, t, label))
        )
        assert calls == expected


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


def _fact_findings(*texts: tuple[str, dt.date | None], rule: str) -> list[Finding]:
    """check() with the real extractors over one-paragraph articles; the findings of one rule."""
    arts = [
        Article.from_text(text, id=f"outlet{i}", source=f"Outlet {i}", published=published)
        for i, (text, published) in enumerate(texts)
    ]
    return [f for f in check_module.check(arts).findings if f.rule == rule]


def test_crowd_estimates_of_police_and_organisers_conflict_and_name_both() -> None:
    """ "About 5,000 people marched" (police) against "More than 30,000 protesters" (organisers) for one
    march in one town is one figure-conflict, and the message names both estimators."""
    [found] = _fact_findings(
        ("About 5,000 people marched through Lindau on Sunday against the new runway, police said.", None),
        (
            "More than 30,000 protesters filled the streets of Lindau on Sunday, according to the "
            "organisers, Runway Watch.",
            None,
        ),
        rule="figure-conflict",
    )
    assert "5,000" in found.message and "30,000" in found.message
    assert "police" in found.message and "organisers" in found.message


def test_a_death_toll_below_another_outlets_lower_bound_conflicts() -> None:
    """ "At least 30 people died" and "the death toll rose to 23" cannot both be true: a figure-conflict
    that also lists the compatible "At least 9 people were killed" of the first day."""
    [found] = _fact_findings(
        ("At least 9 people were killed when floodwaters swept through Belovo, the Interior Ministry said.",
         dt.date(2024, 6, 2)),
        ("The death toll from the floods in Belovo rose to 23, the Interior Ministry said.",
         dt.date(2024, 6, 3)),
        ("At least 30 people died in Belovo when the river burst its banks, a hospital doctor said.",
         dt.date(2024, 6, 2)),
        rule="figure-conflict",
    )  # fmt: skip
    assert all(n in found.message for n in ("At least 9", "23", "At least 30"))


def test_two_lower_bounds_never_conflict() -> None:
    """ "At least 9" and "at least 30" dead can both be true (the second implies the first): no finding,
    even on the same day from different estimators (docs/rules.md explains why)."""
    assert not _fact_findings(
        ("At least 9 people were killed when floodwaters swept through Belovo, the Interior Ministry said.",
         dt.date(2024, 6, 2)),
        ("At least 30 people died in Belovo when the river burst its banks, a hospital doctor said.",
         dt.date(2024, 6, 2)),
        rule="figure-conflict",
    )  # fmt: skip


def test_killed_and_injured_are_different_facts() -> None:
    """ "9 killed" and "40 people were injured" in the same town count different things."""
    assert not _fact_findings(
        ("Nine people were killed in Belovo when the dam broke, the Interior Ministry said.", None),
        ("Some 40 people were injured in Belovo when the dam broke, the Interior Ministry said.", None),
        rule="figure-conflict",
    )


def test_a_total_is_not_the_same_fact_as_a_part() -> None:
    """ "18 of the 45 seats" makes 45 the council's total: no conflict with another outlet's 18 seats."""
    assert not _fact_findings(
        ("The Green League won 18 of the 45 seats on Tarnow council, the electoral commission said.", None),
        (
            "The Green League won 18 seats on Tarnow council, up from nine, the electoral commission said.",
            None,
        ),
        rule="figure-conflict",
    )


def test_a_weekday_against_a_guessed_year_is_not_reported() -> None:
    """An undated article's "Thursday, September 12" is not judged against a year mentioned elsewhere."""
    text = (
        "The minister resigned on Thursday, September 12, after a meeting at the ministry.\n\n"
        "She was first elected in 2015."
    )
    assert not _fact_findings((text, None), rule="date-weekday")
