"""Word tokens of a quotation and an order-sensitive word alignment with move detection.

An edit script shows a swapped word as a delete plus an insert; `align` pairs such
deletes and inserts of the same word and marks them as moves, so "unjustified,
unexplained" against "unexplained, unjustified" reads as a reorder, not two edits.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Hashable, Sequence
from typing import Literal

import attrs
from rapidfuzz.distance import Indel

from quotecheck.normalize import fold
from quotecheck.variants import DEFAULT, Canon

# One token: a number with separators ("4,000", "1.5"), a word with inner apostrophes,
# hyphens or digits ("Russia's", "build-up", "G7", "T-72B3"), an ellipsis, a percent sign or a bracket.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?![^\W_])|[^\W_]+(?:['-][^\W_]+)*|\.\.\.+|%|\[|\]")
# Contractions written out, so "don't" and "do not" align.
_NT = re.compile(r"^(\w+?)n't$")
_NT_STEMS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
_PRONOUN_CONTRACTIONS = {
    "'re": "are", "'ve": "have", "'ll": "will", "'m": "am", "'d": "would",
}  # fmt: skip
_S_IS = frozenset("it that there he she what who here where".split())
_JOINED = {"cannot": ("can", "not"), "let's": ("let", "us")}
# Vague quantity words: a change between them is a changed number.
QUANTITY_WORDS = frozenset(
    "dozen dozens hundred hundreds thousand thousands million millions billion billions".split()
)
NEGATIONS = frozenset("not no never none nobody nothing nowhere neither nor".split())
# Words whose loss or addition does not change what a quotation says.
FUNCTION_WORDS = frozenset("a an the that and so well oh um uh er ah".split())
# Small number words read as digits, so "four" and "4" align (larger ones stay words).
_NUMBER_WORDS = {
    **{
        w: str(i)
        for i, w in enumerate(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen".split()
        )
    },
    **{
        w: str(20 + 10 * i)
        for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
    },
}


@attrs.frozen
class Token:
    """One word of a quotation: its comparison key, its words as written and its span."""

    key: str
    surface: str
    start: int
    end: int
    editorial: bool = False  # inside [square brackets]: the outlet's words, not the speaker's

    @property
    def is_number(self) -> bool:
        """True for digits and number or quantity words."""
        return self.key[:1].isdigit() or self.key in QUANTITY_WORDS


@attrs.frozen
class Words:
    """The tokens of a text plus where an ellipsis stood (gap before token i)."""

    tokens: tuple[Token, ...]
    gaps: frozenset[int]
    keys: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)

    @keys.default
    def _keys(self) -> tuple[str, ...]:
        """The comparison keys in order."""
        return tuple(t.key for t in self.tokens)


def _expand(word: str, canon: Canon) -> tuple[str, ...]:
    """Comparison keys of one written word (two for a contraction)."""
    low = word.lower().replace("\u2019", "'")
    if low in _JOINED:
        return _JOINED[low]
    m = _NT.match(low)
    if m:
        stem = m.group(1)
        return (_NT_STEMS.get(stem, stem), "not")
    for suffix, full in _PRONOUN_CONTRACTIONS.items():
        if low.endswith(suffix) and len(low) > len(suffix):
            return (canon.key(low[: -len(suffix)]), full)
    if low.endswith("'s") and low[:-2] in _S_IS:
        return (low[:-2], "is")
    if low[:1].isdigit():
        return (low.replace(",", ""),)
    if low in _NUMBER_WORDS:
        return (_NUMBER_WORDS[low],)
    return (canon.key(low.replace("-", "")),)


def tokenize(text: str, canon: Canon = DEFAULT, offset: int = 0) -> Words:
    """Tokens of `text` with spans shifted by `offset`; case, punctuation and quote marks dropped."""
    tokens: list[Token] = []
    gaps: set[int] = set()
    bracket = False
    for m in _TOKEN.finditer(fold(text)):
        word = m.group()
        if word.startswith("..."):
            gaps.add(len(tokens))
        elif word in "[]":
            bracket = word == "["
        elif word != "%":
            start, end = offset + m.start(), offset + m.end()
            surface = text[m.start() : m.end()]
            for key in _expand(word, canon):
                tokens.append(Token(key, surface, start, end, bracket))
        else:
            tokens.append(Token("percent", word, offset + m.start(), offset + m.end(), bracket))
    # a real ellipsis character folds to a single "." and is caught here
    for m in re.finditer("\u2026", text):
        gaps.add(sum(1 for t in tokens if t.start < offset + m.start()))
    return Words(tuple(tokens), frozenset(gaps))


def join(parts: Sequence[Words]) -> Words:
    """One token list for the pieces of an interrupted quotation."""
    tokens: list[Token] = []
    gaps: set[int] = set()
    for part in parts:
        gaps.update(g + len(tokens) for g in part.gaps)
        tokens.extend(part.tokens)
    return Words(tuple(tokens), frozenset(gaps))


Tag = Literal["equal", "delete", "insert"]


@attrs.frozen
class Step:
    """One token of the alignment: equal, deleted from a or inserted in b, possibly as a move."""

    tag: Tag
    a: int | None  # index into a's tokens
    b: int | None  # index into b's tokens
    moved: bool = False


def align(a: Sequence[str], b: Sequence[str]) -> tuple[Step, ...]:
    """Token-level alignment of key sequences, in edit-script order, with moves marked."""
    steps: list[Step] = []
    pending: list[Step] = []  # a run of edits, written deletions first as wdiff does
    for op in Indel.opcodes(list(a), list(b)):
        if op.tag == "equal":
            steps.extend(sorted(pending, key=lambda s: s.tag != "delete"))
            pending = []
            pairs = zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end))
            steps.extend(Step("equal", i, j) for i, j in pairs)
        else:
            pending.extend(Step("delete", i, None) for i in range(op.src_start, op.src_end))
            pending.extend(Step("insert", None, j) for j in range(op.dest_start, op.dest_end))
    steps.extend(sorted(pending, key=lambda s: s.tag != "delete"))
    return _mark_moves(steps, a, b)


def _mark_moves(steps: list[Step], a: Sequence[str], b: Sequence[str]) -> tuple[Step, ...]:
    """Pair each inserted word with an unpaired deleted copy of it, nearest first."""
    deleted: dict[str, deque[int]] = defaultdict(deque)
    for n, step in enumerate(steps):
        if step.tag == "delete" and step.a is not None:
            deleted[a[step.a]].append(n)
    moved: set[int] = set()
    for n, step in enumerate(steps):
        if step.tag == "insert" and step.b is not None:
            pool = deleted.get(b[step.b])
            if pool:
                moved.update((n, pool.popleft()))
    return tuple(attrs.evolve(s, moved=True) if n in moved else s for n, s in enumerate(steps))


def lcs_length(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    """Length of the longest common subsequence of two key sequences."""
    return (len(a) + len(b) - Indel.distance(list(a), list(b))) // 2
