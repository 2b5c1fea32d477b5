"""Find quotation spans in one paragraph from its quote marks, telling apostrophes apart.

One compiled regex finds candidate marks; a small stack per mark family pairs them. Work is
linear in the paragraph and never looks past it, so a stray mark cannot swallow the article.
"""

from __future__ import annotations

import re

import attrs

from quotecheck.extract.cues import (
    DOUBLE_MARKS,
    DOUBLE_PAIRS,
    OPEN_ONLY,
    SINGLE_MARKS,
    SINGLE_PAIRS,
)

_MARK = re.compile("[" + re.escape(DOUBLE_MARKS + SINGLE_MARKS) + "]")
# Elided words written with a leading apostrophe: 'em, 'til, 'tis, 'cause, rock 'n' roll.
_ELISION = re.compile(r"(?:em|til|tis|twas|cause|bout|n)\b", re.IGNORECASE)
_DECADE = re.compile(r"\d\d(?:s\b|\b)")
_PAIRS = {**DOUBLE_PAIRS, **SINGLE_PAIRS}
_MAX_DEPTH = 4
_NO_CONTENT = " \t\n\r\u00a0,.;:!?)]}\u2026-\u2013\u2014"


@attrs.frozen
class MarkSpan:
    """A quoted stretch: `start`/`end` are the content inside the marks (trimmed)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when never closed
    single: bool  # True when the marks are single quotes
    depth: int = 0  # 0 for an outer quotation, 1 for a quote inside it, ...


# Each mark -> the opening marks it can close.
_CLOSES = {
    mark: frozenset(opener for opener, closers in _PAIRS.items() if mark in closers)
    for mark in DOUBLE_MARKS + SINGLE_MARKS
}


def _is_apostrophe(text: str, i: int, lo: int, hi: int, before: str, after: str) -> bool:
    """Ukraine's, O'Brien, ’90s, rock ’n’ roll, 'em: an apostrophe, never a quote mark."""
    if before.isalnum() and after.isalnum():
        return True
    if text[i] in "\u2039\u203a":
        return False
    if not before.isalnum() and (_DECADE.match(text, i + 1, hi) or _ELISION.match(text, i + 1, hi)):
        return True
    # the closing mark of 'n'
    return (
        before == "n" and i - 2 >= lo and text[i - 2] in SINGLE_MARKS and (i - 3 < lo or text[i - 3] == " ")
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _can_open(mark: str, before: str, after: str) -> bool:
    """Whether a mark in this context can open a quotation."""
    if after in _NO_CONTENT:
        return False
    if mark in OPEN_ONLY:
        return True
    # straight marks and the reversed styles (» ... «, ” ... ”) open only at a word start
    return mark in "'\"\u00bb\u203a\u201d" and not before.isalnum() and before not in ".,;:!?"


def _can_close(mark: str, before: str, after: str) -> bool:
    """Whether `mark` here may close a quote at all (which quotes it closes is in _CLOSES)."""
    # a mark before a word opens: "... “A, he said. “B” leaves A unclosed
    return not (
        before.isspace() and (mark in SINGLE_MARKS or (mark in OPEN_ONLY and after not in _NO_CONTENT))
    )


def _pair(
    text: str, lo: int, hi: int, marks: list[tuple[int, str, str, str]], runs_on: bool
) -> list[MarkSpan]:
    """Pair marks with a small stack: nested quotes of another style stay open below the outer one.

    `marks` holds (offset, mark, character before, character after). An unclosed double quote at
    the bottom of the stack runs to the next opener of its own style or to `hi`; an unclosed
    single mark is dropped (it was most likely an apostrophe), unless it opens speech (the paragraph,
    a sentence, or after a colon) and is either an opening-only mark (‘, never an apostrophe) or
    `runs_on` says the next paragraph reopens a single quote (British multi-paragraph quotes).
    """
    spans: list[MarkSpan] = []
    stack: list[tuple[int, str]] = []  # open marks: (offset, mark)
    for n, (i, mark, before, after) in enumerate(marks):
        level = -1
        if stack and _can_close(mark, before, after) and not _plural_possessive(marks, n):
            closes = _CLOSES[mark]
            for k in range(len(stack) - 1, -1, -1):  # the innermost open mark this one closes
                if stack[k][1] in closes:
                    level = k
                    break
        opens = _can_open(mark, before, after)
        if level >= 0 and not (mark in "'\"" and stack[-1][1] != mark and opens):
            spans.append(_span(text, stack[level][0], i, i, mark in SINGLE_MARKS))
            del stack[level:]
            continue
        if not opens or mark not in _PAIRS:
            continue
        if stack and stack[-1][1] == mark and mark in OPEN_ONLY:
            if len(stack) == 1 and mark in DOUBLE_MARKS:
                spans.append(_span(text, stack[0][0], i, None, False))  # the earlier one was never closed
            stack.pop()
        if len(stack) < _MAX_DEPTH:
            stack.append((i, mark))
    if stack and (
        stack[0][1] in DOUBLE_MARKS
        or ((runs_on or stack[0][1] in OPEN_ONLY) and _opens_speech(text, lo, stack[0][0]))
    ):
        spans.append(_span(text, stack[0][0], hi, None, stack[0][1] in SINGLE_MARKS))
    return [s for s in spans if s.start < s.end]


def _plural_possessive(marks: list[tuple[int, str, str, str]], n: int) -> bool:
    """‘... in five years’ time ...’ / ‘... were the Joneses’.’: a single mark after a plural -s is an
    apostrophe when a plain closing single mark follows before any single mark that opens."""
    _, mark, before, _ = marks[n]
    if mark not in "'\u2019" or before not in "sS":
        return False
    for _, later, later_before, later_after in marks[n + 1 :]:
        if later not in SINGLE_MARKS:
            continue
        if _can_open(later, later_before, later_after) and later in OPEN_ONLY + "'":
            return False
        if later in "'\u2019" and later_before not in "sS" and _can_close(later, later_before, later_after):
            return True
    return False


def _opens_speech(text: str, lo: int, i: int) -> bool:
    """A single mark that starts the paragraph or follows a colon or a sentence end ("Mr Price said.
    ‘That ends today."): it may open a quote that runs on into the next paragraph."""
    return i == lo or (text[i - 1] == " " and text[lo : i - 1].endswith((":", ".", "!", "?")))


def _span(text: str, open_mark: int, end: int, close_mark: int | None, single: bool) -> MarkSpan:
    start, stop = _trimmed(text, open_mark + 1, end)
    return MarkSpan(start, stop, open_mark, close_mark, single)


def scan(text: str, lo: int, hi: int, runs_on: bool = False) -> list[MarkSpan]:
    """Quotation spans of `text[lo:hi]` (one paragraph) in text order, nested ones with depth > 0.

    `runs_on`: the next paragraph opens with a single quote mark, so a single quote opening this
    one may stay open to its end."""
    marks: list[tuple[int, str, str, str]] = []
    for found in _MARK.finditer(text, lo, hi):
        i = found.start()
        mark = found.group()
        before = text[i - 1] if i > lo else " "
        after = text[i + 1] if i + 1 < hi else " "
        if mark in DOUBLE_MARKS or not _is_apostrophe(text, i, lo, hi, before, after):
            marks.append((i, mark, before, after))
    if not marks:
        return []  # most paragraphs quote no one
    found_spans = sorted(_pair(text, lo, hi, marks, runs_on), key=lambda s: s.open_mark)
    out: list[MarkSpan] = []
    reaches: list[int] = []  # ends of the spans enclosing the current one
    for span in found_spans:
        while reaches and span.open_mark >= reaches[-1]:
            reaches.pop()
        end = span.close_mark if span.close_mark is not None else span.end
        if reaches and end > reaches[-1]:
            continue  # crosses its enclosing quote: a stray mark, not a quotation
        depth = len(reaches)
        out.append(
            MarkSpan(span.start, span.end, span.open_mark, span.close_mark, span.single, depth)
            if depth
            else span
        )
        reaches.append(end)
    return out
