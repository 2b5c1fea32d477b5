"""Every output format, produced from the same Report: `render(report, fmt)`."""

from __future__ import annotations

import json as _json  # aliased: the submodule quotecheck.render.json takes the name `json` here

from quotecheck.model import Report

FORMATS = ("text", "concise", "json", "markdown", "github", "sarif", "html")


def render(report: Report, fmt: str, *, color: bool = False) -> str:
    """The report in one format; `color` only affects `text`."""
    if fmt == "text":
        from quotecheck.render.text import render_text

        return render_text(report, color=color)
    if fmt == "concise":
        from quotecheck.render.concise import render_concise

        return render_concise(report)
    if fmt == "json":
        return _json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        from quotecheck.render.markdown import render_markdown

        return render_markdown(report)
    if fmt == "github":
        from quotecheck.render.github import render_github

        return render_github(report)
    if fmt == "sarif":
        from quotecheck.render.sarif import report_to_sarif

        return _json.dumps(report_to_sarif(report), ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        from quotecheck.render.html import render_html

        return render_html(report)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
