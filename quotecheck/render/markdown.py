"""Markdown for a pull-request comment: a summary table, then each finding with its versions."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable

from quotecheck.model import Finding, Report
from quotecheck.render.common import Segment, count, location, ordered, segments, versions
from quotecheck.render.json import summary

# Characters Markdown would read as markup (or as a table cell border).
_SPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"([\\`*_~\[\]|#])")


def escape(text: str) -> str:
    """Article text made inert: HTML escaped, Markdown punctuation backslash-escaped, one line."""
    return _MARKUP.sub(r"\\\1", html.escape(_SPACE.sub(" ", text), quote=False))


def _marked(parts: Iterable[Segment]) -> str:
    style = {"del": "~~{}~~", "ins": "**{}**", "same": "{}"}
    return "".join(style[kind].format(escape(text)) if text.strip() else escape(text) for kind, text in parts)


def render_markdown(report: Report) -> str:
    """Summary table per rule and severity, then details per finding, worst first."""
    s = summary(report)
    out = [f"## quotecheck: {count(s['findings'], 'finding')}", ""]
    totals = [
        count(s["articles"], "article"),
        count(s["quotes"], "quote"),
        count(s["clusters"], "quote cluster"),
    ]
    out.append(", ".join(totals) + ".")
    out.append("")
    if report.findings:
        counts = Counter((f.rule, f.severity) for f in report.findings)
        out += ["| Rule | Errors | Warnings | Info |", "| --- | ---: | ---: | ---: |"]
        for rule in sorted({f.rule for f in report.findings}):
            cells = " | ".join(str(counts[rule, sev]) for sev in ("error", "warning", "info"))
            out.append(f"| `{rule}` | {cells} |")
        out += ["", "### Details", ""]
        for finding in ordered(report.findings):
            out += _finding(finding)
    else:
        out.append("No findings.")
    return "\n".join(out).rstrip() + "\n"


def _finding(finding: Finding) -> list[str]:
    lines = [f"#### {finding.severity}: `{finding.rule}`", "", _marked(segments(finding.message)), ""]
    lines += ["| Where | Source | Text |", "| --- | --- | --- |"]
    for version in versions(finding):
        where = escape(location(version.evidence)) if version.evidence else ""
        lines.append(f"| {where} | {escape(version.label)} | \u201c{_marked(version.parts)}\u201d |")
    return [*lines, ""]
