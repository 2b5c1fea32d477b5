"""Turn a word list into a regex alternation shaped as a trie, so a scan tests one letter at a time.

`alternation(words)` matches exactly what the longest-first alternation "w1|w2|..." matches, and
in the same preference order (a longer word before its own prefix), but a position that starts
no word fails after one character instead of after trying every word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]
_END = ""  # key marking that a word ends at this node


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex group matching any of `words` (escaped), longest match first."""
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return f"(?:{_pattern(root)})"


def _pattern(node: _Node) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    # a word ends here and longer ones go on: try the longer ones first (greedy "?")
    return f"{body}?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
