"""Helpers every format shares: ordering, locations, and the two versions of a quote.

Messages mark differing words wdiff-style (`[-removed-]`, `{+added+}`); each
format turns those marks into its own markup through `segments`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Literal

import attrs

from quotecheck.model import Evidence, Finding

SegmentKind = Literal["same", "del", "ins"]
Segment = tuple[SegmentKind, str]
Paint = Callable[[str, str], str]

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
FAIL_ON_LEVELS = ("error", "warning", "info", "never")

# `[-words-]` and `{+words+}`; non-greedy so two marks on one line stay apart.
_WDIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)


def at_or_above(severity: str, level: str) -> bool:
    """True when `severity` reaches the `--fail-on` level (never: nothing does)."""
    if level == "never":
        return False
    return SEVERITY_RANK[severity] <= SEVERITY_RANK[level]


def count(n: int, word: str) -> str:
    """`1 quote`, `2 quotes`; `2 info` (a severity name, not a noun)."""
    return f"{n} {word if n == 1 or word == 'info' else word + 's'}"


def path_of(evidence: Evidence) -> str:
    """The file an evidence item is in, or its article id when it has no file."""
    return evidence.path or evidence.article


def location(evidence: Evidence) -> str:
    """`path:line:column`, the form editors' and programmers' tools jump to."""
    return f"{path_of(evidence)}:{evidence.line}:{evidence.column}"


def cluster_of(finding: Finding) -> int | None:
    """The quote cluster a finding is about, if any."""
    cluster = finding.details.get("cluster")
    return cluster if isinstance(cluster, int) and not isinstance(cluster, bool) else None


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Findings worst first, then by cluster, then by where they are."""

    def key(f: Finding) -> tuple[int, int, str, int, int, str]:
        first = f.evidence[0] if f.evidence else None
        return (
            SEVERITY_RANK[f.severity],
            -1 if cluster_of(f) is None else cluster_of(f) or 0,
            path_of(first) if first else "",
            first.line if first else 0,
            first.column if first else 0,
            f.rule,
        )

    return sorted(findings, key=key)


def segments(message: str) -> list[Segment]:
    """Split a wdiff-marked message into unchanged, removed and added runs."""
    out: list[Segment] = []
    pos = 0
    for m in _WDIFF.finditer(message):
        if m.start() > pos:
            out.append(("same", message[pos : m.start()]))
        out.append(("del", m.group(1)) if m.group(1) is not None else ("ins", m.group(2)))
        pos = m.end()
    if pos < len(message):
        out.append(("same", message[pos:]))
    return out


def plain(style: str, text: str) -> str:
    """Paint for plain text: wdiff marks for changed words, nothing else."""
    if style == "del":
        return f"[-{text}-]"
    if style == "ins":
        return f"{{+{text}+}}"
    return text


def paint_segments(parts: Iterable[Segment], paint: Paint) -> str:
    """Render segments with a painter."""
    return "".join(paint(kind, text) for kind, text in parts)


@attrs.frozen
class Version:
    """One source's version of a quotation (or one piece of evidence) in a finding."""

    label: str
    evidence: Evidence | None
    parts: tuple[Segment, ...]


def versions(finding: Finding) -> list[Version]:
    """What each source said: quote versions with differing words marked, else the evidence."""
    raw = finding.details.get("versions")
    if not isinstance(raw, list) or not raw:
        return [
            Version(_label(e.source or e.article, None, e.note), e, (("same", e.text),))
            for e in finding.evidence
        ]
    sides = _sides(finding.details.get("diff"))
    unused = list(finding.evidence)
    out = []
    for i, version in enumerate(raw):
        article = version.get("article")
        evidence = next((e for e in unused if e.article == article), unused[0] if unused else None)
        if evidence is not None:
            unused.remove(evidence)
        parts: list[Segment] = (
            sides[i] if i < len(sides) and sides[i] else [("same", str(version.get("text", "")))]
        )
        source = version.get("source") or (evidence.source if evidence else None) or article or ""
        label = _label(source, version.get("speaker"), None)
        out.append(Version(label, evidence, tuple(parts)))
    # in the order of the evidence, so the article under test comes first
    order = {id(e): n for n, e in enumerate(finding.evidence)}
    return sorted(out, key=lambda v: order.get(id(v.evidence), len(order)))


def _label(source: str, speaker: Any, note: str | None) -> str:
    name = speaker.get("name") if isinstance(speaker, dict) else speaker
    bits = [str(source)] + [shorten(str(b), 60) for b in (name, note) if b]
    return ", ".join(b for b in bits if b)


def shorten(text: str, width: int) -> str:
    """Collapse whitespace and cut to `width` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def _sides(diff: Any) -> list[list[Segment]]:
    """Both sides of a word diff: removed words marked on the first, added on the second."""
    if not isinstance(diff, list) or not diff:
        return []
    first: list[tuple[SegmentKind, str]] = []
    second: list[tuple[SegmentKind, str]] = []
    for op in diff:
        a, b = str(op.get("a") or ""), str(op.get("b") or "")
        equal = op.get("op") == "equal"
        if a:
            first.append(("same" if equal else "del", a))
        if b:
            second.append(("same" if equal else "ins", b))
    return [_join(first), _join(second)]


def _join(words: list[tuple[SegmentKind, str]]) -> list[Segment]:
    """Join word runs with single spaces, merging neighbours of the same kind."""
    out: list[Segment] = []
    for kind, text in words:
        if out and out[-1][0] == kind:
            out[-1] = (kind, f"{out[-1][1]} {text}")
        elif out and out[-1][0] == "same":
            out[-1] = ("same", out[-1][1] + " ")
            out.append((kind, text))
        elif out:
            out.append((kind, " " + text) if kind == "same" else ("same", " "))
            if kind != "same":
                out.append((kind, text))
        else:
            out.append((kind, text))
    return out


def note_lines(finding: Finding, paint: Paint = plain, indent: str = "  ") -> list[str]:
    """The versions of a finding, each with its `path:line:column` and source: an editor's note body."""
    lines = []
    for version in versions(finding):
        where = location(version.evidence) if version.evidence else "(no location)"
        lines.append(f"{indent}{paint('loc', where)}  {version.label}".rstrip())
        lines.append(f"{indent}  \u201c{paint_segments(version.parts, paint)}\u201d")
    return lines


def editor_note(finding: Finding, paint: Paint = plain) -> str:
    """A finding as an editor reads it: the rule and message, then each version and where it is."""
    head = f"{paint('rule', finding.rule)}: {paint_segments(segments(finding.message), paint)}"
    return "\n".join([head, *note_lines(finding, paint)])
