"""Baseline files: accept the findings an archive already has, fail only on new ones.

Entries are keyed on Finding.fingerprint (rule, quoted words, sources), never
on line numbers, so an unrelated edit above a quote does not make it "new".
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from quotecheck.errors import InputError
from quotecheck.model import Finding

VERSION = 1


def write_baseline(findings: Iterable[Finding], path: str | Path) -> int:
    """Write every finding to `path` (sorted, no line numbers, so diffs stay small); return the count."""
    entries = sorted(
        (
            {
                "fingerprint": f.fingerprint,
                "rule": f.rule,
                "article": f.evidence[0].path or f.evidence[0].article if f.evidence else None,
                "message": f.message,
            }
            for f in findings
        ),
        key=lambda e: (e["rule"] or "", e["article"] or "", e["fingerprint"]),
    )
    document = {"version": VERSION, "tool": "quotecheck", "findings": entries}
    try:
        Path(path).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write the baseline: {exc.strerror or exc}") from None
    return len(entries)


def read_baseline(path: str | Path) -> Counter[str]:
    """The fingerprints in a baseline file, with how many findings each one accepts."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise InputError(f"{path}: the baseline is not valid JSON: {exc}") from None
    entries = document.get("findings") if isinstance(document, dict) else None
    if not isinstance(entries, list) or document.get("version") != VERSION:
        raise InputError(
            f"{path}: not a quotecheck baseline (expected version {VERSION} with a findings list)"
        )
    if not all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries):
        raise InputError(f"{path}: every baseline entry needs a fingerprint")
    return Counter(e["fingerprint"] for e in entries)


def new_findings(findings: Iterable[Finding], baseline: Counter[str]) -> list[Finding]:
    """The findings the baseline does not accept (each entry accepts one finding)."""
    left = Counter(baseline)
    out = []
    for finding in findings:
        if left[finding.fingerprint] > 0:
            left[finding.fingerprint] -= 1
        else:
            out.append(finding)
    return out
