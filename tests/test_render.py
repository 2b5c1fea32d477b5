"""The text, concise, github, markdown and json formats, all from one hand-built Report."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import jsonschema
import pytest

from quotecheck.model import Article, Evidence, Finding, Report
from quotecheck.render import FORMATS, render
from quotecheck.render.github import escape_data, escape_property
from tests.render_sample import MISQUOTE, sample_report

SCHEMA = json.loads((Path(__file__).parent.parent / "docs" / "json-schema.json").read_text(encoding="utf-8"))


def test_text_groups_findings_by_cluster_and_marks_words() -> None:
    """The text format heads a cluster's findings with its quote and marks each version's differing words."""
    out = render(sample_report(), "text")
    assert out.startswith("Quote cluster 0: \u201cRussia has moved thousands of combat-ready troops")
    assert "  error quote-number: Jens Stoltenberg's quotation differs:" in out
    assert "    drafts/draft.md:3:59  Draft desk, Jens Stoltenberg\n" in out
    assert "      \u201cRussia has moved [-10,000-] combat-ready troops to Ukraine's borders.\u201d" in out
    assert (
        "      \u201cRussia has moved {+thousands of+} combat-ready troops to Ukraine's borders.\u201d" in out
    )
    assert (
        out.index("quote-number")
        < out.index("Figures, dates and other findings")
        < out.index("figure-conflict")
    )
    assert out.endswith("2 findings (1 error, 1 warning) in 2 articles, 2 quotes, 1 cluster.\n")


def test_text_colour_only_when_asked() -> None:
    """ANSI colour appears with color=True and never otherwise; the wdiff marks stay either way."""
    plain, coloured = render(sample_report(), "text"), render(sample_report(), "text", color=True)
    assert "\x1b[" not in plain
    assert "\x1b[31m[-10,000-]\x1b[0m" in coloured
    assert "\x1b[32m{+thousands of+}\x1b[0m" in coloured


def test_text_with_no_findings() -> None:
    """A clean report says so in one line."""
    report = attrs.evolve(sample_report(), findings=())
    assert render(report, "text") == "0 findings in 2 articles, 2 quotes, 1 cluster.\n"


def test_concise_is_one_line_per_finding() -> None:
    """concise prints `path:line:col: severity rule message`, sorted by place."""
    assert render(sample_report(), "concise").splitlines() == [
        f"drafts/draft.md:3:59: error quote-number {MISQUOTE}",
        "drafts/draft.md:5:19: warning figure-conflict "
        "Troop figures disagree: 40,000 (Draft desk) vs about 85,000 (Wire).",
    ]


def test_concise_orders_lines_as_numbers() -> None:
    """Line 5 comes before line 13 in concise output: places sort as numbers, not strings."""
    article = Article(id="a", text="x\n" * 12 + "late\n", path="a.txt")
    early = Finding("date-weekday", "error", "early", (Evidence.at(article, 8, 9),), "fp1")
    late = Finding("date-weekday", "error", "late", (Evidence.at(article, 24, 28),), "fp2")
    report = Report((article,), ((),), (late, early))
    assert render(report, "concise").splitlines() == [
        "a.txt:5:1: error date-weekday early",
        "a.txt:13:1: error date-weekday late",
    ]


def test_github_annotations() -> None:
    """github prints one workflow command per finding, naming the other evidence in the message."""
    lines = render(sample_report(), "github").splitlines()
    assert lines[0] == (
        f"::error file=drafts/draft.md,line=3,col=59,title=quotecheck quote-number::{MISQUOTE}"
        "%0AAlso at: wire/wire.txt:1:20"
    )
    assert lines[1].startswith(
        "::warning file=drafts/draft.md,line=5,col=19,title=quotecheck figure-conflict::"
    )


def test_github_info_is_a_notice_and_escapes() -> None:
    """info maps to ::notice; %, newlines, colons and commas are escaped per GitHub's rules."""
    article = Article(id="a", text="50% said: no,\nthanks", path="dir,1/a:b.md")
    finding = Finding("date-weekday", "info", "100% sure\nor not", (Evidence.at(article, 0, 3),), "fp")
    report = Report((article,), ((),), (finding,))
    assert (
        render(report, "github")
        == "::notice file=dir%2C1/a%3Ab.md,line=1,col=1,title=quotecheck date-weekday::100%25 sure%0Aor not\n"
    )
    assert escape_data("a%b\r\n") == "a%25b%0D%0A"
    assert escape_property("x:y,z") == "x%3Ay%2Cz"


def test_markdown_has_summary_table_and_escapes_text() -> None:
    """markdown opens with a per-rule table; article text cannot inject markup into it."""
    out = render(sample_report(), "markdown")
    assert "| `quote-number` | 1 | 0 | 0 |" in out
    assert "| `figure-conflict` | 0 | 1 | 0 |" in out
    assert "Russia has moved ~~10,000~~ **thousands of** combat-ready troops" in out
    article = Article(id="a", text='He said "a | b <img src=x> *c*".', path="a.md")
    finding = Finding(
        "quote-wording", "warning", "a | b <img src=x> *c*", (Evidence.at(article, 9, 30),), "fp"
    )
    md = render(Report((article,), ((),), (finding,)), "markdown")
    assert "a \\| b &lt;img src=x&gt; \\*c\\*" in md
    assert "<img" not in md


def test_json_quotes_carry_place_speaker_and_cluster() -> None:
    """Every quote in the JSON has article, offsets, line, column, speaker and cluster id."""
    report = sample_report()
    doc = report.to_dict()
    assert doc["version"] == 1
    first = doc["quotes"][0]
    assert first["article"] == "draft" and first["line"] == 3 and first["column"] == 59
    assert report.articles[0].text[first["start"] : first["end"]] == first["text"]
    assert first["speaker"] == {
        "name": "Jens Stoltenberg",
        "title": "NATO Secretary General",
        "kind": "person",
    }
    assert first["cluster"] == 0 and first["kind"] == "direct" and first["cue"] == "said"
    assert doc["summary"]["by_severity"] == {"error": 1, "warning": 1, "info": 0}
    assert doc["summary"]["by_rule"] == {"figure-conflict": 1, "quote-number": 1}


def test_json_details_become_plain_data() -> None:
    """Dates in details become ISO strings and an open-ended figure's infinite high becomes null."""
    doc = json.loads(render(sample_report(), "json"))
    figures = doc["findings"][1]["details"]["figures"]
    assert figures[0]["date"] == "2021-04-13"
    assert figures[1]["high"] is None


def test_json_validates_against_the_documented_schema() -> None:
    """docs/json-schema.json accepts the report and rejects a quote without its line."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    doc = sample_report().to_dict()
    validator.validate(doc)
    del doc["quotes"][0]["line"]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(doc)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_names_every_rule(fmt: str) -> None:
    """All formats are produced from the same Report, so each one reports both findings."""
    out = render(sample_report(), fmt)
    assert "quote-number" in out and "figure-conflict" in out


def test_unknown_format() -> None:
    """An unknown format name is a ValueError listing the choices."""
    with pytest.raises(ValueError, match="choose one of text, concise"):
        render(sample_report(), "pdf")
