"""Per-rule counts shared by the bench scripts that score findings (pairs, stories)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class RuleTally:
    """True positives, false positives and false negatives per rule id, and the mismatches seen."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def precision(self, rule: str) -> float:
        found = self.tp[rule] + self.fp[rule]
        return self.tp[rule] / found if found else 1.0

    def recall(self, rule: str) -> float:
        wanted = self.tp[rule] + self.fn[rule]
        return self.tp[rule] / wanted if wanted else 1.0

    def total(self) -> tuple[float, float]:
        """Precision and recall over all rules together."""
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)

    @property
    def rules(self) -> list[str]:
        return sorted(self.tp | self.fp | self.fn)

    def table(self) -> str:
        """The per-rule Markdown table the docs quote."""
        rows = ["| rule | precision | recall | tp | fp | fn |", "| --- | --- | --- | --- | --- | --- |"]
        for r in self.rules:
            counts = f"{self.tp[r]} | {self.fp[r]} | {self.fn[r]}"
            rows.append(f"| {r} | {self.precision(r):.2f} | {self.recall(r):.2f} | {counts} |")
        return "\n".join(rows)
