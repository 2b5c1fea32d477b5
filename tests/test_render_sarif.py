"""SARIF 2.1.0 output, validated offline against the official schema shipped in tests/schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotecheck.model import Article, Evidence, Finding, Report
from quotecheck.render import render
from tests.render_sample import sample_report

SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "schemas" / "sarif-2.1.0.json").read_text(encoding="utf-8")
)


def sarif(report: Report) -> dict[str, Any]:
    """The SARIF log of a report, as parsed JSON."""
    doc: dict[str, Any] = json.loads(render(report, "sarif"))
    return doc


def test_validates_against_sarif_schema() -> None:
    """The log validates against the SARIF 2.1.0 schema; a bad level would not."""
    validator = jsonschema.Draft4Validator(SARIF_SCHEMA)
    log = sarif(sample_report())
    validator.validate(log)
    log["runs"][0]["results"][0]["level"] = "info"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(log)


def test_one_rule_entry_per_rule_id() -> None:
    """tool.driver.rules lists each rule id once, and every result points at its entry by index."""
    run = sarif(sample_report())["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["figure-conflict", "quote-number"]
    assert rules[1]["shortDescription"]["text"] == "A number inside a quotation differs between sources."
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_results_sit_on_the_article_lines() -> None:
    """Each result's region starts at the evidence's line and column; other evidence is a related location."""
    result = sarif(sample_report())["runs"][0]["results"][0]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "drafts/draft.md"
    assert location["region"]["startLine"] == 3 and location["region"]["startColumn"] == 59
    assert location["region"]["endColumn"] == 59 + len(location["region"]["snippet"]["text"])
    related = result["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "wire/wire.txt" and related["region"]["startLine"] == 1
    assert result["level"] == "error"
    assert result["partialFingerprints"] == {"quotecheck/v1": "quote-number-1"}


def test_multiline_evidence_and_notes() -> None:
    """Evidence running over a line break ends on the later line; info findings are SARIF notes."""
    article = Article(id="a", text='He said "one\ntwo three".', path="a.md")
    finding = Finding("unbalanced-quote", "info", "check the marks", (Evidence.at(article, 9, 22),), "fp")
    result = sarif(Report((article,), ((),), (finding,)))["runs"][0]["results"][0]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
        1,
        10,
        2,
        10,
    )
    assert result["level"] == "note"
