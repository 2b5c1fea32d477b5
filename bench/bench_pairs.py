"""Score the quote-pair set: precision and recall per rule of the real match + compare path.

    python bench/bench_pairs.py [fixtures/eval/pairs.json]

Each pair {id, a: {source, speaker, quote}, b: {...}, expected: [rule ids]} becomes two
small articles `<speaker> said: "<quote>"`; their quotes are clustered and compared exactly
as check() does. Only warning-or-above rules and quote-truncated are scored.

Policy (docs/rules.md): one edit reports its most serious rule only. When the annotation lists
a lesser rule that the same edit met (a finding's `subsumed`), that rule is dropped from the
expected set rather than counted as missed; rules of separate edits are counted as usual.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tally import RuleTally

from quotecheck.compare.quotes import Corpus, compare_quotes
from quotecheck.match import build_units, cluster
from quotecheck.model import Article, Quote, Speaker
from quotecheck.variants import DEFAULT


def rules_for(pair: dict[str, dict[str, str]]) -> tuple[set[str], set[str]]:
    """The rules check() raises between the two sides of one pair, and the rules their edits subsumed."""
    arts, quotes = [], []
    for side in ("a", "b"):
        item = pair[side]
        text = f'{item.get("speaker") or "A spokesperson"} said: "{item["quote"]}"'
        art = Article.from_text(text, id=side, source=item.get("source"))
        start = text.index(item["quote"])
        speaker = Speaker(item["speaker"]) if item.get("speaker") else None
        arts.append(art)
        quotes.append(
            [Quote(item["quote"], start, start + len(item["quote"]), "direct", speaker=speaker, article=side)]
        )
    units = build_units(quotes, DEFAULT)
    found = compare_quotes(Corpus(arts, quotes, units, DEFAULT), cluster(units))
    return {f.rule for f in found}, {r for f in found for r in f.details.get("subsumed", ())}


@dataclass
class PairScore(RuleTally):
    """Per-rule tallies, plus the benign pairs that raised a warning or an error."""

    benign_alarms: list[tuple[str, list[str]]] = field(default_factory=list)


def score(pairs: list[dict[str, Any]]) -> PairScore:
    """Run every pair through match + compare and tally the rules against the annotation."""
    result = PairScore()
    for pair in pairs:
        got, subsumed = rules_for(pair)
        want = set(pair.get("expected") or []) - (subsumed - got)
        for rule in got | want:
            if rule in got and rule in want:
                result.tp[rule] += 1
            elif rule in got:
                result.fp[rule] += 1
            else:
                result.fn[rule] += 1
        if not want and got - {"quote-truncated"}:
            result.benign_alarms.append((pair["id"], sorted(got)))
        if got != want:
            result.misses.append(f"{pair['id']}: expected {sorted(want)}, got {sorted(got)}")
    return result


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "fixtures/eval/pairs.json")
    pairs = json.loads(path.read_text(encoding="utf-8"))
    result = score(pairs)
    for miss in result.misses:
        print(f"  {miss}")
    print(f"{len(pairs)} pairs; benign pairs with a warning or error: {len(result.benign_alarms)}")
    print(result.table())


if __name__ == "__main__":
    main()
