"""SARIF 2.1.0: one rule entry per rule id, one result per finding, on the article's lines.

Columns count Unicode code points (`columnKind`), as Python offsets do;
`partialFingerprints` carry Finding.fingerprint so code-scanning views track
a finding across commits.
"""

from __future__ import annotations

from typing import Any

from quotecheck.model import Evidence, Finding, Report
from quotecheck.render.rules import describe

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def report_to_sarif(report: Report) -> dict[str, Any]:
    """The SARIF log as JSON-ready data."""
    from quotecheck import __version__

    rule_ids = sorted({f.rule for f in report.findings})
    index = {rule: i for i, rule in enumerate(rule_ids)}
    rules = [
        {
            "id": rule,
            "name": "".join(part.capitalize() for part in rule.split("-")),
            "shortDescription": {"text": describe(rule)},
        }
        for rule in rule_ids
    ]
    results = [_result(f, index[f.rule]) for f in report.findings]
    driver = {"name": "quotecheck", "version": __version__}
    run = {
        "tool": {"driver": {**driver, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(e) for e in finding.evidence[:1]],
        "partialFingerprints": {"quotecheck/v1": finding.fingerprint},
    }
    if len(finding.evidence) > 1:
        result["relatedLocations"] = [
            {"id": i, **_location(e), "message": {"text": e.note or e.source or e.article}}
            for i, e in enumerate(finding.evidence[1:], start=1)
        ]
    return result


def _location(evidence: Evidence) -> dict[str, Any]:
    """A physical location: relative path URI and a region with an exclusive end column."""
    lines = evidence.text.split("\n")
    end_line = evidence.line + len(lines) - 1
    end_column = (evidence.column if len(lines) == 1 else 1) + len(lines[-1])
    uri = (evidence.path or evidence.article).replace("\\", "/")
    region = {
        "startLine": evidence.line,
        "startColumn": evidence.column,
        "endLine": end_line,
        "endColumn": end_column,
        "snippet": {"text": evidence.text},
    }
    return {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}
