"""The human format: findings grouped by quote cluster and severity, word diffs marked.

Not a stable surface: scripts should read `json`, `concise` or `sarif`.
"""

from __future__ import annotations

from itertools import groupby

from quotecheck.model import Finding, Report
from quotecheck.render.common import Paint, cluster_of, count, editor_note, ordered, plain, shorten
from quotecheck.render.json import summary

# ANSI SGR codes per style; changed words keep their wdiff marks so they survive without colour.
_ANSI = {
    "del": "31",
    "ins": "32",
    "error": "1;31",
    "warning": "1;33",
    "info": "1;36",
    "loc": "2",
    "rule": "1",
    "head": "1",
}


def ansi(style: str, text: str) -> str:
    """Paint for terminals: the plain marks, coloured."""
    code = _ANSI.get(style)
    return f"\x1b[{code}m{plain(style, text)}\x1b[0m" if code else plain(style, text)


def render_text(report: Report, *, color: bool = False) -> str:
    """Findings by cluster (worst cluster first), then the rest by severity, then a summary line."""
    paint: Paint = ansi if color else plain
    texts = {c.id: c.text for c in report.clusters}
    findings = ordered(report.findings)
    first: dict[int | None, int] = {}
    for i, f in enumerate(findings):
        first.setdefault(cluster_of(f), i)
    # each cluster sorts where its worst finding does
    with_cluster = sorted(
        (f for f in findings if cluster_of(f) is not None), key=lambda f: first[cluster_of(f)]
    )
    blocks: list[str] = []
    for cluster, group in groupby(with_cluster, key=cluster_of):
        head = f"Quote cluster {cluster}: \u201c{shorten(texts.get(cluster or 0, ''), 72)}\u201d"
        blocks.append("\n".join([paint("head", head), *(_finding(f, paint) for f in group)]))
    rest = [f for f in findings if cluster_of(f) is None]
    if rest:
        blocks.append(
            "\n".join(
                [paint("head", "Figures, dates and other findings"), *(_finding(f, paint) for f in rest)]
            )
        )
    blocks.append(_summary_line(report))
    return "\n\n".join(blocks) + "\n"


def _finding(finding: Finding, paint: Paint) -> str:
    lines = editor_note(finding, paint).splitlines()
    head = f"  {paint(finding.severity, finding.severity)} {lines[0]}"
    return "\n".join([head, *("  " + line for line in lines[1:])])


def _summary_line(report: Report) -> str:
    s = summary(report)
    counts = ", ".join(count(n, sev) for sev, n in s["by_severity"].items() if n)
    found = count(s["findings"], "finding") + (f" ({counts})" if counts else "")
    return (
        f"{found} in {count(s['articles'], 'article')}, {count(s['quotes'], 'quote')}, "
        f"{count(s['clusters'], 'cluster')}."
    )
