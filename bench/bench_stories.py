"""End-to-end accuracy on multi-outlet stories: extraction, matching and comparison together.

    python bench/bench_stories.py [--misses]

Each folder fixtures/stories/<story>/ holds the articles of one story; the findings an
editor expects are in fixtures/stories/expected/<story>.json ({rule, articles, words}).
A reported finding matches an expected one when the rule is the same, its evidence cites
the variant article and another listed one, and one of the expected words appears in its
evidence or message. Optional findings (a figure-conflict that restates a quote-number) are
neither rewarded nor counted as false alarms. Scored: every warning or error, and quote-truncated.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tally import RuleTally

import quotecheck as qc
from quotecheck.model import Finding

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "fixtures" / "stories"
SCORED = ("error", "warning")


def _matches(finding: Finding, want: dict[str, Any]) -> bool:
    """Same rule; evidence cites the variant article (and another listed one); a key word shows."""
    if finding.rule != want["rule"]:
        return False
    files = {Path(e.path).name for e in finding.evidence if e.path}
    listed = set(want["articles"])
    variant = want.get("variant")
    if variant and variant not in files:
        return False
    if len(listed) > 1 and len(files & listed) < 2:
        return False
    if not files & listed:
        return False
    shown = " ".join([finding.message, *(e.text for e in finding.evidence)]).casefold()
    return any(word.casefold() in shown for word in want.get("words") or [""])


def score_story(folder: Path, expected: dict[str, Any], result: RuleTally) -> None:
    """Check one story folder and tally its findings against the expected ones."""
    report = qc.check(qc.load_many([folder], include=("*.txt",)))
    found = [f for f in report.findings if f.severity in SCORED or f.rule == "quote-truncated"]
    optional = expected.get("optional_findings", [])
    used = {i for i, f in enumerate(found) if any(_matches(f, want) for want in optional)}
    for want in expected["findings"]:
        hit = next((i for i, f in enumerate(found) if i not in used and _matches(f, want)), None)
        if hit is None:
            result.fn[want["rule"]] += 1
            what = want.get("note", want.get("words"))
            result.misses.append(f"{folder.name}: MISSED {want['rule']} {what}")
        else:
            used.add(hit)
            result.tp[want["rule"]] += 1
    for i, f in enumerate(found):
        if i not in used:
            result.fp[f.rule] += 1
            result.misses.append(f"{folder.name}: EXTRA {f.rule} {f.message[:160]}")


def score_all(stories: Path = STORIES) -> RuleTally:
    """Score every story folder that has an expected file."""
    result = RuleTally()
    for path in sorted((stories / "expected").glob("*.json")):
        folder = stories / path.stem
        if folder.is_dir():
            score_story(folder, json.loads(path.read_text(encoding="utf-8")), result)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every missed and extra finding")
    args = parser.parse_args(argv)
    result = score_all()
    if args.misses:
        print("\n".join(result.misses))
    precision, recall = result.total()
    print(f"all rules: precision {precision:.2f}, recall {recall:.2f}")
    print(result.table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
