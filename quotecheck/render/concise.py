"""One line per finding, `path:line:col: severity rule message`, the shape editors' tools jump to."""

from __future__ import annotations

from quotecheck.model import Finding, Report
from quotecheck.render.common import location


def render_concise(report: Report) -> str:
    """Every finding on one line, sorted by file, line and column."""
    lines = sorted(_line(f) for f in report.findings)
    return "".join(f"{line}\n" for line in lines)


def _line(finding: Finding) -> str:
    where = location(finding.evidence[0]) if finding.evidence else "-:0:0"
    message = " ".join(finding.message.split())
    return f"{where}: {finding.severity} {finding.rule} {message}"
