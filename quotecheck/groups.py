"""Disjoint sets (union-find) for grouping items that blocking keys link: quote forms, figures."""

from __future__ import annotations


class DisjointSets:
    """Items 0..n-1 merged into groups; each group is named by its smallest member."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))

    def find(self, item: int) -> int:
        """The smallest member of `item`'s group (path halving keeps look-ups near constant)."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: int, b: int) -> int:
        """Merge the groups of `a` and `b`; return the merged group's name."""
        ra, rb = self.find(a), self.find(b)
        low, high = min(ra, rb), max(ra, rb)
        self._parent[high] = low
        return low
