"""Suppression an editor can write, and the filtering step that runs after check().

Markdown drafts silence a rule with HTML comments:

    <!-- quotecheck-disable-next-line quote-wording -->   the next non-blank line
    <!-- quotecheck-disable quote-number -->  ...  <!-- quotecheck-enable -->   a region

No rule names means every rule. A directive that suppressed nothing is
reported as an info finding `unused-suppression`.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Collection, Iterable

import attrs

from quotecheck.baseline import new_findings
from quotecheck.model import Article, Config, Evidence, Finding, Report

# An HTML comment holding one directive; `[^>]*` cannot run past the comment's end.
_DIRECTIVE = re.compile(r"<!--[ \t]*quotecheck-(disable-next-line|disable|enable)\b([^>]*?)-->")
_RULE_SEP = re.compile(r"[\s,]+")
# The next line holding something other than whitespace.
_NEXT_LINE = re.compile(r"[^\n]*\n(?:[ \t]*\n)*([^\n]*)")


@attrs.define
class Directive:
    """One disable directive: the rules it names (empty: all) and the span it covers."""

    kind: str
    rules: frozenset[str]
    comment: tuple[int, int]
    start: int
    end: int
    used: bool = False

    def covers(self, rule: str, offset: int) -> bool:
        """True when this directive silences `rule` at `offset`."""
        return (not self.rules or rule in self.rules) and self.start <= offset < self.end


def directives(text: str) -> list[Directive]:
    """Every disable directive in a text, with the span each one silences."""
    found: list[Directive] = []
    open_regions: list[Directive] = []
    for m in _DIRECTIVE.finditer(text):
        kind = m.group(1)
        rules = frozenset(r for r in _RULE_SEP.split(m.group(2).strip()) if r)
        if kind == "disable-next-line":
            line = _NEXT_LINE.match(text, m.end())
            start, end = (line.start(1), line.end(1)) if line else (len(text), len(text))
            found.append(Directive(kind, rules, m.span(), start, end))
        elif kind == "disable":
            region = Directive(kind, rules, m.span(), m.end(), len(text))
            found.append(region)
            open_regions.append(region)
        else:  # enable: closes the regions it names (all when it names none)
            for region in [r for r in open_regions if not rules or not r.rules or r.rules & rules]:
                region.end = m.start()
                open_regions.remove(region)
    return found


def suppress(report: Report) -> list[Finding]:
    """The findings no directive silences, plus an `unused-suppression` finding per idle directive."""
    by_article = {a.id: (a, directives(a.text)) for a in report.articles if "quotecheck-" in a.text}
    kept = []
    for finding in report.findings:
        hits = [
            d
            for e in finding.evidence
            if e.article in by_article
            for d in by_article[e.article][1]
            if d.covers(finding.rule, e.start)
        ]
        for d in hits:
            d.used = True
        if not hits:
            kept.append(finding)
    for article, found in by_article.values():
        kept += _unused(article, found)
    return kept


def _unused(article: Article, found: Iterable[Directive]) -> list[Finding]:
    seen: Counter[str] = Counter()
    out = []
    for d in found:
        comment = article.text[d.comment[0] : d.comment[1]]
        seen[comment] += 1
        if d.used:
            continue
        digest = hashlib.sha256(
            f"unused-suppression\x1f{article.label}\x1f{comment}\x1f{seen[comment]}".encode()
        )
        out.append(
            Finding(
                rule="unused-suppression",
                severity="info",
                message=f"This quotecheck-{d.kind} comment suppressed nothing; remove it.",
                evidence=(Evidence.at(article, *d.comment),),
                fingerprint=digest.hexdigest()[:16],
            )
        )
    return out


def configure(findings: Iterable[Finding], config: Config) -> list[Finding]:
    """Apply the config's enable/disable lists and per-rule severity overrides."""
    severity = dict(config.severity)
    return [
        attrs.evolve(f, severity=severity[f.rule]) if f.rule in severity else f
        for f in findings
        if (not config.enable or f.rule in config.enable) and f.rule not in config.disable
    ]


def checked_first(findings: Iterable[Finding], checked: Collection[str]) -> list[Finding]:
    """Put each finding's evidence in the checked articles before evidence in reference sources.

    Annotations (github, sarif, concise) sit on the first evidence, which
    belongs on the draft being checked, not on the wire copy it quotes.
    """
    return [
        attrs.evolve(f, evidence=tuple(sorted(f.evidence, key=lambda e: e.article not in checked)))
        for f in findings
    ]


def apply(
    report: Report,
    *,
    config: Config | None = None,
    baseline: Counter[str] | None = None,
    checked: Collection[str] = (),
) -> Report:
    """The report an editor sees: directives honoured, config applied, baselined findings dropped.

    `checked` names the articles under test (not reference sources); their evidence comes first.
    """
    findings = configure(suppress(report), config or Config())
    if checked:
        findings = checked_first(findings, checked)
    if baseline is not None:
        findings = new_findings(findings, baseline)
    return attrs.evolve(report, findings=tuple(findings))
