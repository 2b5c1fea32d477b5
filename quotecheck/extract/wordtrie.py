"""Turn a word list into a regex alternation shaped as a trie, so a scan reads one letter at a time.

`alternation(words)` matches what the longest-first alternation "w1|w2|..." matches, in
the same preference order (a longer phrase before its own prefix), but a position that
starts no phrase fails after one character instead of after trying every phrase. Case is
spelled out rather than left to IGNORECASE, which would disable the engine's first-character
checks. One builder serves the quote, figure and date scanners.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]  # regex atom -> the rest of the phrases; "" marks a phrase's end


def alternation(words: Iterable[str], *, capital: bool = False) -> str:
    """A non-capturing group matching any of `words`: a space in a phrase matches any run of
    white space; with `capital`, a phrase may also start with a capital ("About", "Tens of")."""
    trie: _Trie = {}
    for phrase in sorted(set(words)):
        node = trie
        for unit in _units(phrase, capital):
            node = node.setdefault(unit, {})
        node[""] = {}
    return f"(?:{_pattern(trie)})"


def _units(phrase: str, capital: bool) -> list[str]:
    """The regex atoms of a phrase: one per character, a space as \\s+, the first letter as [aA]."""
    units = [r"\s+" if ch == " " else re.escape(ch) for ch in phrase]
    first = phrase[:1]
    if capital and first.isalpha() and first.islower():
        units[0] = f"[{first}{first.upper()}]"
    return units


def _pattern(node: _Trie) -> str:
    """Regex for a trie node: its branches, optional when a phrase may end here."""
    branches = [unit + _pattern(child) for unit, child in node.items() if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return (body if len(branches) > 1 or len(branches[0]) == 1 else f"(?:{body})") + "?"
