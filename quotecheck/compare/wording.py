"""How two versions of one quotation differ: word alignment classified into a rule, and excerpts
that show the differing words in a message."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quotecheck.align import FUNCTION_WORDS, NEGATIONS, Step, Token, Words, align, merge_compounds
from quotecheck.match import Unit

# The most serious wording rule wins when a variant differs in several ways.
_PRIORITY = ("quote-negation", "quote-number", "quote-wording", "quote-reordered", "quote-truncated")
CONTEXT_WORDS = 6  # words kept on each side of a difference; the rest of a long quotation becomes "…"
PLAIN_WORDS = 12  # a quotation shown without a difference to centre on is cut after this many words


@attrs.frozen
class Verdict:
    """How variant b differs from the fuller a: the rules to report and the alignment they rest on.

    One edit (a run of dropped and added words between unchanged ones) reports its most serious
    rule only; lesser rules it also meets are `subsumed`. Separate edits report their own rules.
    """

    rule: str | None  # the most serious rule, None when benign
    rules: tuple[str, ...]  # every rule to report, most serious first
    subsumed: tuple[str, ...]  # lesser rules met by an edit reported under a more serious one
    steps: tuple[Step, ...]
    changed: tuple[str, ...]  # keys of the words added, dropped or moved
    window: tuple[int, int]  # a's tokens lined up with b, first and last (inclusive)
    marked_a: frozenset[int] = frozenset()  # a's dropped or moved tokens
    marked_b: frozenset[int] = frozenset()  # b's added or moved tokens

    @property
    def edits(self) -> int:
        """How many words differ: the partner with fewest edits matches a variant best."""
        return len(self.changed)


def classify(a: Words, b: Words) -> Verdict | None:
    """Align b against a word by word and name its differences; None when the two are unrelated."""
    at = _contiguous(a.keys, b.keys)
    if at is not None:  # a clean piece: say so without trusting an ambiguous alignment
        steps = (
            *(Step("delete", i, None) for i in range(at)),
            *(Step("equal", at + j, j) for j in range(len(b.keys))),
            *(Step("delete", i, None) for i in range(at + len(b.keys), len(a.keys))),
        )
        window = (at, at + len(b.keys) - 1)
        if len(a.keys) > len(b.keys):
            return Verdict("quote-truncated", ("quote-truncated",), (), steps, (), window)
        return Verdict(None, (), (), steps, (), window)
    steps = merge_compounds(align(a.keys, b.keys), a, b)
    touched_a = [s.a for s in steps if s.a is not None and (s.tag == "equal" or s.moved)]
    touched_b = [s.b for s in steps if s.b is not None and (s.tag == "equal" or s.moved)]
    if not touched_a or not touched_b:
        return None
    a_lo, a_hi, b_lo, b_hi = min(touched_a), max(touched_a), min(touched_b), max(touched_b)
    reported: list[str] = []
    subsumed: list[str] = []
    changed: list[str] = []
    marked_a: set[int] = set()
    marked_b: set[int] = set()
    cut = False
    for run, b_at in _edit_runs(steps):
        dels = [s.a for s in run if s.a is not None]
        ins = [s.b for s in run if s.b is not None]
        if dels and dels[-1] < a_lo:  # before b starts: a cut, or a substitution at the edge
            cut = cut or len(dels) > len(ins)
            dels = dels[len(dels) - len(ins) :] if ins else []
        elif dels and dels[0] > a_hi:  # after b ends
            cut = cut or len(dels) > len(ins)
            dels = dels[: len(ins)]
        elif any(b_at <= g <= b_at + len(ins) for g in b.gaps):
            dels = []  # an ellipsis owns up to the omission
        if (
            ins
            and not dels
            and ((ins[-1] < b_lo and a_lo == 0) or (ins[0] > b_hi and a_hi == len(a.keys) - 1))
        ):
            ins = []  # b quotes beyond a's edge: nothing to compare with
        added = [j for j in ins if not b.tokens[j].editorial]
        if len(added) < len(ins):
            dels = []  # the outlet's [bracketed] words stand in for the speaker's
        if any(g in a.gaps for g in range(min(dels, default=a_lo), max(dels, default=a_lo) + 2)):
            added = []  # a's own ellipsis hides what b quotes there
        tokens = [a.tokens[i] for i in dels] + [b.tokens[j] for j in added]
        fired = _edit_rules([a.tokens[i] for i in dels], [b.tokens[j] for j in added])
        if fired:
            reported.append(fired[0])
            subsumed.extend(fired[1:])
            changed.extend(t.key for t in tokens)
            marked_a.update(dels)
            marked_b.update(added)
    moved = [s for s in steps if s.moved]
    moved_keys = [(a.tokens[s.a] if s.a is not None else b.tokens[s.b or 0]).key for s in moved]
    if any(k not in FUNCTION_WORDS for k in moved_keys):
        reported.append("quote-reordered")
        changed.extend(moved_keys)
        marked_a.update(s.a for s in moved if s.a is not None)
        marked_b.update(s.b for s in moved if s.b is not None)
    if cut and not reported:
        reported.append("quote-truncated")
    rules = tuple(r for r in _PRIORITY if r in reported)
    lesser = tuple(r for r in _PRIORITY if r in subsumed and r not in rules)
    lo = min([a_lo, *marked_a])
    hi = max([a_hi, *marked_a])
    return Verdict(
        rules[0] if rules else None,
        rules,
        lesser,
        steps,
        tuple(changed),
        (lo, hi),
        frozenset(marked_a),
        frozenset(marked_b),
    )


def _edit_runs(steps: Sequence[Step]) -> list[tuple[list[Step], int]]:
    """Maximal runs of deleted and inserted (not moved) steps, each with b's position before it."""
    runs: list[tuple[list[Step], int]] = []
    b_pos = 0
    current: list[Step] = []
    for s in steps:
        if s.tag != "equal" and not s.moved:
            if not current:
                runs.append((current, b_pos))
            current.append(s)
        elif current:
            current = []
        b_pos += s.b is not None
    return runs


def _edit_rules(dropped: Sequence[Token], added: Sequence[Token]) -> list[str]:
    """The rules one edit meets, most serious first."""
    fired = {
        "quote-negation": sum(t.key in NEGATIONS for t in added) != sum(t.key in NEGATIONS for t in dropped),
        "quote-number": any(t.is_number for t in (*dropped, *added)),
        "quote-wording": any(t.key not in FUNCTION_WORDS for t in (*dropped, *added)),
    }
    return [r for r in _PRIORITY if fired.get(r)]


def _contiguous(a: tuple[str, ...], b: tuple[str, ...]) -> int | None:
    """Where b's keys run unbroken inside a's, or None."""
    if not b:
        return None
    for i in range(len(a) - len(b) + 1):
        if a[i] == b[0] and a[i : i + len(b)] == b:
            return i
    return None


# --- showing a quotation in a message ----------------------------------------------------


def excerpt(
    text: str,
    unit: Unit,
    lo: int,
    hi: int,
    *,
    marked: frozenset[int] = frozenset(),
    focus: frozenset[int] = frozenset(),
    mark: str = "-",
) -> str:
    """Tokens lo..hi of a unit as written (punctuation kept), `marked` ones wdiff-marked with `mark`
    ("-" or "+"), and words further than CONTEXT_WORDS from any `focus` token elided with "…"."""
    tokens = unit.words.tokens
    words: list[tuple[str, bool, bool]] = []  # (as written, marked, near a focus)
    span_starts = [s for s, _ in unit.spans]
    reach = 2 * CONTEXT_WORDS + 4  # tokens, not words: contractions take two
    first, last = lo, hi
    if focus:  # only words near a difference can be shown: skip building the rest
        first, last = max(lo, min(focus) - reach), min(hi, max(focus) + reach)
    elif hi - lo > 2 * PLAIN_WORDS:
        last = lo + 2 * PLAIN_WORDS
    if first > lo:
        words.append(("…", False, False))
    i = first
    while i <= last:
        j = i
        while j + 1 <= hi and tokens[j + 1].start == tokens[i].start:
            j += 1  # the two keys of a contraction are one written word
        piece = bisect.bisect_right(span_starts, tokens[i].start) - 1
        piece_end = unit.spans[piece][1] if piece >= 0 else tokens[j].end
        nxt = tokens[j + 1].start if j + 1 < len(tokens) else piece_end
        written = text[tokens[i].start : min(nxt, piece_end) if nxt > tokens[i].start else tokens[j].end]
        words.append(
            (
                written.strip(),
                any(k in marked for k in range(i, j + 1)),
                any(k in focus for k in range(i, j + 1)),
            )
        )
        i = j + 1
    if last < hi:
        words.append(("…", False, False))
    if words:  # the message supplies its own punctuation after the closing mark
        words[-1] = (words[-1][0].rstrip(",;:."), *words[-1][1:])
    keep = _kept(words)
    out: list[str] = []
    for n, (written, is_marked, _) in enumerate(words):
        if not keep[n] or written == "…":
            if not out or out[-1] != "…":
                out.append("…")
            continue
        if is_marked and n > 0 and words[n - 1][1] and keep[n - 1]:
            out[-1] = out[-1][: -len(mark) - 1] + f" {written}{mark}]"
        elif is_marked:
            out.append(f"[{mark}{written}{mark}]" if mark == "-" else f"{{+{written}+}}")
        else:
            out.append(written)
    return " ".join(out).replace("+} {+", " ")


def _kept(words: Sequence[tuple[str, bool, bool]]) -> list[bool]:
    """Which words of an excerpt stay: those near a focus word, or the first PLAIN_WORDS without one."""
    near = [n for n, w in enumerate(words) if w[2]]
    if not near:
        return [n < PLAIN_WORDS or len(words) <= PLAIN_WORDS + 2 for n in range(len(words))]
    return [any(abs(n - k) <= CONTEXT_WORDS for k in near) for n in range(len(words))]


def fragment(text: str) -> str:
    """A fragment named in a one-line message: short ones whole, longer ones as first words … last word."""
    words = text.strip().strip(",.;:").split()
    return " ".join(words) if len(words) <= 6 else f"{words[0]} {words[1]} … {words[-1]}"


def clip(text: str) -> str:
    """A quotation shown without a difference: cut after PLAIN_WORDS words."""
    words = text.split()
    return text.strip() if len(words) <= PLAIN_WORDS + 2 else " ".join(words[:PLAIN_WORDS]) + " …"


# --- cluster comparison --------------------------------------------------------------------
