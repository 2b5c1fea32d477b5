"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding.

Escaping follows GitHub's runner: `%`, CR and LF in the message; also `:` and
`,` in property values.
"""

from __future__ import annotations

from quotecheck.model import Finding, Report
from quotecheck.render.common import location, path_of

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape a workflow command's message."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow command's property value (file, title)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report) -> str:
    """One annotation per finding, at its first piece of evidence; the others are named in the message."""
    return "".join(f"{_line(f)}\n" for f in report.findings)


def _line(finding: Finding) -> str:
    props = []
    if finding.evidence:
        first = finding.evidence[0]
        props += [f"file={escape_property(path_of(first))}", f"line={first.line}", f"col={first.column}"]
    props.append(f"title={escape_property('quotecheck ' + finding.rule)}")
    message = finding.message
    others = [location(e) for e in finding.evidence[1:]]
    if others:
        message += "\nAlso at: " + "; ".join(others)
    return f"::{LEVELS[finding.severity]} {','.join(props)}::{escape_data(message)}"
