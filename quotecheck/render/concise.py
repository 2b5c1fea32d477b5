"""One line per finding, `path:line:col: severity rule message`, the shape editors' tools jump to."""

from __future__ import annotations

from quotecheck.model import Finding, Report
from quotecheck.render.common import location, path_of


def render_concise(report: Report) -> str:
    """Every finding on one line, sorted by file, then line and column as numbers."""
    findings = sorted(report.findings, key=_position)
    return "".join(f"{_line(f)}\n" for f in findings)


def _position(finding: Finding) -> tuple[str, int, int, str]:
    if not finding.evidence:
        return ("", 0, 0, finding.rule)
    first = finding.evidence[0]
    return (path_of(first), first.line, first.column, finding.rule)


def _line(finding: Finding) -> str:
    where = location(finding.evidence[0]) if finding.evidence else "-:0:0"
    message = " ".join(finding.message.split())
    return f"{where}: {finding.severity} {finding.rule} {message}"
