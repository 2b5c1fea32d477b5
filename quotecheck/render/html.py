"""One self-contained HTML page: findings, quote clusters side by side, figure and date tables.

No external assets, no scripts; every piece of article text goes through
`html.escape`, so a draft containing `<script>` shows as text.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterable
from typing import Any

from quotecheck.model import Article, Cluster, Finding, Quote, Report
from quotecheck.render.common import Segment, count, location, ordered, segments, versions
from quotecheck.render.json import jsonable, summary

# Words compared loosely, so case, punctuation and quote style are not highlighted as changes.
_WORD_KEY = re.compile(r"[^\w]+")
# The details lists drawn as small tables, by rule.
_TABLES = {"figure-conflict": "figures", "date-conflict": "dates"}
# Clusters up to this size compare every version with every other; bigger ones with the fullest.
_MAX_PAIRWISE = 12

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:72em;padding:0 1em;color:#1b1b1b}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
.sev{display:inline-block;padding:0 .4em;border-radius:3px;color:#fff;font-size:.85em}
.error{background:#b3261e}.warning{background:#9a6700}.info{background:#0b5cad}
.finding{border:1px solid #ddd;border-radius:4px;padding:.6em .8em;margin:.8em 0}
.rule{font-family:ui-monospace,monospace;font-weight:600}
.loc{font-family:ui-monospace,monospace;color:#555;font-size:.85em}
del{background:#ffd7d5;text-decoration:line-through}ins{background:#ccf0d6;text-decoration:none}
mark{background:#fff1a8}
.cluster{display:grid;grid-template-columns:repeat(auto-fit,minmax(14em,1fr));gap:.6em;margin:.6em 0 1.2em}
.version{border:1px solid #ddd;border-radius:4px;padding:.5em .7em;background:#fafafa}
.version h3{font-size:.9em;margin:0 0 .3em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
blockquote{margin:.3em 0;padding-left:.6em;border-left:3px solid #ccc}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _marked(parts: Iterable[Segment]) -> str:
    tags = {"del": "<del>{}</del>", "ins": "<ins>{}</ins>", "same": "{}"}
    return "".join(tags[kind].format(_e(text)) for kind, text in parts)


def render_html(report: Report) -> str:
    """The page as one string."""
    s = summary(report)
    counts = ", ".join(count(n, sev) for sev, n in s["by_severity"].items() if n) or "no findings"
    body = [
        "<h1>quotecheck report</h1>",
        f"<p>{count(s['articles'], 'article')}, {count(s['quotes'], 'quote')}, "
        f"{count(s['clusters'], 'quote cluster')}: "
        f"{_e(counts)}.</p>",
        "<h2>Findings</h2>",
        *(_finding(f) for f in ordered(report.findings)),
        "<h2>Quote clusters</h2>",
        *(_cluster(report, c) for c in report.clusters if len(c.members) > 1),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>quotecheck report</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _finding(finding: Finding) -> str:
    rows = [
        f'<div class="finding" id="f-{_e(finding.fingerprint)}">',
        f'<p><span class="sev {_e(finding.severity)}">{_e(finding.severity)}</span> '
        f'<span class="rule">{_e(finding.rule)}</span> {_marked(segments(finding.message))}</p>',
    ]
    table = finding.details.get(_TABLES.get(finding.rule, ""))
    if isinstance(table, list) and table and all(isinstance(row, dict) for row in table):
        if len(table) == len(finding.evidence):  # one evidence item per row: say where each one is
            table = [{"where": location(e), **row} for e, row in zip(finding.evidence, table, strict=True)]
        rows.append(_table(table))
    else:
        for version in versions(finding):
            where = location(version.evidence) if version.evidence else ""
            rows.append(
                f'<div><span class="loc">{_e(where)}</span> {_e(version.label)}'
                f"<blockquote>{_marked(version.parts)}</blockquote></div>"
            )
    return "\n".join([*rows, "</div>"])


def _table(rows: list[dict[str, Any]]) -> str:
    """A small table of the figures or dates a finding compares, one row each."""
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    head = "".join(f"<th>{_e(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: Any) -> str:
    """A table cell: whole numbers with thousands separators, null as empty."""
    value = jsonable(value)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return _e(value)


def _cluster(report: Report, cluster: Cluster) -> str:
    """One column per outlet; in each, the words some other version lacks are highlighted."""
    by_id = {a.id: (a, q) for a, q in zip(report.articles, report.quotes, strict=True)}
    members = [
        (by_id[a][0], by_id[a][1][i]) for a, i in cluster.members if a in by_id and i < len(by_id[a][1])
    ]
    cells = []
    for n, (article, quote) in enumerate(members):
        # compare with every other version in small clusters, with the fullest version in big ones
        others = (
            [q.text for m, (_, q) in enumerate(members) if m != n] if len(members) <= _MAX_PAIRWISE else []
        )
        cells.append(_version_cell(article, quote, others or [cluster.text]))
    return (
        f'<section id="c-{cluster.id}"><p>Cluster {cluster.id}</p>'
        f'<div class="cluster">{"".join(cells)}</div></section>'
    )


def _version_cell(article: Article, quote: Quote, others: list[str]) -> str:
    line, column = article.line_col(quote.start)
    speaker = quote.speaker.name if quote.speaker else "unattributed"
    return (
        f'<div class="version"><h3>{_e(article.source or article.title or article.id)}</h3>'
        f'<div class="loc">{_e(article.label)}:{line}:{column} \u00b7 {_e(speaker)}</div>'
        f"<blockquote>{highlight(quote.text, others)}</blockquote></div>"
    )


def _keys(text: str) -> tuple[list[str], list[str]]:
    words = text.split()
    return words, [_WORD_KEY.sub("", w).casefold() for w in words]


def highlight(text: str, others: list[str]) -> str:
    """Escape `text`, wrapping in <mark> each word that one of the other versions lacks."""
    words, keys = _keys(text)
    differs: set[int] = set()
    for other in others:
        matcher = difflib.SequenceMatcher(None, keys, _keys(other)[1], autojunk=False)
        same = {i for block in matcher.get_matching_blocks() for i in range(block.a, block.a + block.size)}
        differs |= set(range(len(words))) - same
    return " ".join(f"<mark>{_e(w)}</mark>" if i in differs else _e(w) for i, w in enumerate(words))
