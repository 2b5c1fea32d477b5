"""Word tokens of a quotation and an order-sensitive word alignment with move detection.

An edit script shows a swapped word as a delete plus an insert; `align` pairs such
deletes and inserts of the same word and marks them as moves, so "unjustified,
unexplained" against "unexplained, unjustified" reads as a reorder, not two edits.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict, deque
from collections.abc import Hashable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Literal, NamedTuple

import attrs
from rapidfuzz.distance import Indel

from quotecheck.normalize import fold
from quotecheck.variants import DEFAULT, Canon

# One token: a number ("4,000", "1.5", "1 200" grouped by spaces, "1.2 million", "£40k"), a word
# with inner apostrophes, hyphens or digits ("Russia's", "build-up", "G7", "T-72B3"), an ellipsis,
# a percent sign or a bracket. Space grouping needs a 1-3 digit head and 3-digit groups, so
# "in 2019 200 people" stays two numbers; k/m/bn count as multipliers only after a currency sign.
_NUMBER = (
    r"(?:(?<=[£$€¥])\d+(?:[.,]\d+)*(?:k|m|bn)\b"
    r"|(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,]?\d)"
    r"|\d+(?:[.,]\d+)*(?:\s(?:thousand|million|billion|trillion)\b)?)(?![^\W_])"
)
_TOKEN = re.compile(rf"{_NUMBER}|[^\W_]+(?:['-][^\W_]+)*|\.\.\.+|%|\[|\]")
# Multipliers written after a number, as words or as a currency suffix.
_SCALES = {
    "k": 10**3, "m": 10**6, "bn": 10**9,
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
}  # fmt: skip
_SCALED = re.compile(r"^([\d.,]+)\s?([a-z]+)$")
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


class Token(NamedTuple):
    """One word of a quotation: its comparison key, its words as written and its span.

    A NamedTuple rather than an attrs class: a large corpus makes millions of them.
    """

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


def expand(word: str, canon: Canon) -> tuple[str, ...]:
    """Comparison keys of one written word (two for a contraction); Canon.expand caches it."""
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
        return (number_key(low),)
    if low in _NUMBER_WORDS:
        return (_NUMBER_WORDS[low],)
    return ("".join(canon.key(part) for part in low.split("-")),)


def number_key(written: str) -> str:
    """One key per value: "1,200", "1 200" and "1200" agree, as do "1.2 million", "1,200,000" and "£1.2m"."""
    low = written.lower().replace(" ", "") if " " in written and written[-1].isdigit() else written.lower()
    m = _SCALED.match(low)
    digits, scale = (m.group(1), _SCALES[m.group(2)]) if m and m.group(2) in _SCALES else (low, 1)
    digits = digits.replace(",", "")
    if scale == 1:
        return digits
    try:
        value = Decimal(digits) * scale
    except InvalidOperation:
        return low
    return str(value.quantize(1)) if value == value.to_integral_value() else str(value.normalize())


def tokenize(text: str, canon: Canon = DEFAULT, offset: int = 0) -> Words:
    """Tokens of `text` with spans shifted by `offset`; case, punctuation and quote marks dropped."""
    tokens, gaps = _parse(text, canon)
    if offset:
        tokens = tuple(Token(t.key, t.surface, t.start + offset, t.end + offset, t.editorial) for t in tokens)
    return Words(tokens, gaps)


@functools.lru_cache(maxsize=4096)
def _parse(text: str, canon: Canon) -> tuple[tuple[Token, ...], frozenset[int]]:
    """Tokens of `text` at offset 0, cached: verbatim reprints are tokenized once."""
    tokens: list[Token] = []
    gaps: set[int] = set()
    bracket = False
    expand = canon.expand
    for m in _TOKEN.finditer(fold(text)):
        word = m.group()
        if word.startswith("..."):
            gaps.add(len(tokens))
        elif word in "[]":
            bracket = word == "["
        elif word != "%":
            start, end = m.start(), m.end()
            surface = text[start:end]
            for key in expand(word):
                tokens.append(Token(key, surface, start, end, bracket))
        else:
            tokens.append(Token("percent", word, m.start(), m.end(), bracket))
    # a real ellipsis character folds to a single "." and is caught here
    for m in re.finditer("\u2026", text):
        gaps.add(sum(1 for t in tokens if t.start < m.start()))
    return tuple(tokens), frozenset(gaps)


def join(parts: Sequence[Words]) -> Words:
    """One token list for the pieces of an interrupted quotation."""
    tokens: list[Token] = []
    gaps: set[int] = set()
    for part in parts:
        gaps.update(g + len(tokens) for g in part.gaps)
        tokens.extend(part.tokens)
    return Words(tuple(tokens), frozenset(gaps))


Tag = Literal["equal", "delete", "insert"]


class Step(NamedTuple):
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
            pairs = zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end), strict=True)
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
    return tuple(s._replace(moved=True) if n in moved else s for n, s in enumerate(steps))


def lcs_length(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    """Length of the longest common subsequence of two key sequences."""
    return (len(a) + len(b) - Indel.distance(list(a), list(b))) // 2


def _loose(token: Token) -> str:
    """A token's key for compound matching: a hyphenated word's parts keyed and joined, a letter
    doubled at the hyphen once ("centre-forward" / "center forward", "where-ever" / "wherever")."""
    if "-" not in token.surface and "\u2010" not in token.surface:
        return token.key
    parts = [DEFAULT.key(p) for p in fold(token.surface).lower().replace("\u2010", "-").split("-")]
    joined = parts[0]
    for part in parts[1:]:
        joined += part[1:] if joined and part and joined[-1] == part[0] else part
    return joined


def merge_compounds(steps: Sequence[Step], a: Words, b: Words) -> tuple[Step, ...]:
    """Turn an edit run that only splits, joins or re-hyphenates a compound into equal steps.

    "large-scale" / "large scale", "build-up" / "buildup" and "where-ever" / "wherever" are one
    spelling; the extra token of the longer side is paired with nothing (a or b is None).
    """
    out: list[Step] = []
    run: list[Step] = []

    def flush() -> None:
        dels = [s.a for s in run if s.tag == "delete" and s.a is not None and not s.moved]
        ins = [s.b for s in run if s.tag == "insert" and s.b is not None and not s.moved]
        if (
            dels
            and ins
            and len(dels) + len(ins) == len(run)
            and "".join(_loose(a.tokens[i]) for i in dels) == "".join(_loose(b.tokens[j]) for j in ins)
        ):
            width = max(len(dels), len(ins))
            out.extend(
                Step("equal", dels[k] if k < len(dels) else None, ins[k] if k < len(ins) else None)
                for k in range(width)
            )
        else:
            out.extend(run)
        run.clear()

    if all(s.tag == "equal" or s.moved for s in steps):
        return tuple(steps)
    for s in steps:
        if s.tag == "equal":
            if run:
                flush()
            out.append(s)
        else:
            run.append(s)
    flush()
    return tuple(out)
