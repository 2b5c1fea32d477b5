"""Normalize without moving anything: paragraphs, sentences and masked boilerplate.

Every structure here is a list of spans into the article text as loaded.
`Layout.clean` is a same-length copy with boilerplate blanked to spaces, so an
extractor can scan it and report offsets that still index the original.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

import attrs

from quotecheck.model import Article

Span = tuple[int, int]

# Same-length typographic fold: every entry maps one character to one character.
_FOLD_MAP = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
    "\t": " ",
    "\u2026": ".",
}
_FOLDABLE = re.compile("([" + re.escape("".join(_FOLD_MAP)) + "])")


def fold(text: str) -> str:
    """Fold quote marks, dashes and odd spaces to ASCII, keeping the length.

    Only the characters that change are touched (news copy has few of them), which is
    several times faster than str.translate over every character.
    """
    if text.isascii() and "\t" not in text and "`" not in text:
        return text
    parts = _FOLDABLE.split(text)
    parts[1::2] = [_FOLD_MAP[char] for char in parts[1::2]]
    return "".join(parts)


# --- boilerplate, recognised by shape -------------------------------------------------

# "Read also", "READ MORE:", "See also" ... a teaser headline, often glued to the
# next sentence with no space ("...Ukraine borderAccording to Stoltenberg").
_TEASER = re.compile(
    r"(?i:read\s+also|also\s+read|read\s+more|see\s+also|related(?:\s+articles?)?)(?![a-z]):?\s*"
)
# Where a glued teaser ends: three lowercase letters (or a closing bracket) run
# straight into a capitalised word.
_GLUE = re.compile(r"(?:[a-z]{3}|[)\]])(?=[A-Z][a-z])")
# A short "Label: value" line with no sentence punctuation: "Reading Time: 3 minutes",
# "Translation: Kanaryan Lyudmila", "Editing by Mark Heinrich".
_LABEL_LINE = re.compile(r"[A-Z][\w'’]*(?:[ \t][\w'’]+){0,3}[ \t]*:(?![ \t]*')[ \t]*[^\n.!?\"“”«»‘„‹]{1,60}")
_CREDIT_LINE = re.compile(
    r"(?:Editing|Reporting|Writing|Additional reporting|Photo|Photos)\s+by\s[^\n.!?]{1,60}\.?"
)
# Whole lines that are page furniture rather than copy.
_FURNITURE = re.compile(
    r"(?i:advertisement|share\s+this\s+(?:article|story)|subscribe(?:\s+now)?|sign\s+up(?:\s+for[\w ]{0,40})?"
    r"|follow\s+us(?:\s+on[\w ,]{0,40})?|click\s+here(?:[\w ]{0,40})?|watch|video|listen)[ \t]*[:.]?"
)
# A photo credit at the end of a line: "... in and around Ukraine / REUTERS".
_CREDIT_TAIL = re.compile(r"[ \t]+/[ \t]*[A-Z][A-Z.&-]+(?:[ \t]+[A-Z][\w.&-]*){0,3}[ \t]*$", re.MULTILINE)
_PHOTO_PAREN = re.compile(r"\((?i:photos?|image|pictured|credit)s?:[^)\n]{0,120}\)")

# Letters of scripts other than Latin: Greek, Cyrillic, Armenian, Hebrew, Arabic,
# Indic, Thai, Georgian, Hangul, kana and CJK.
_FOREIGN_LETTER = re.compile(
    "[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff"
    "\u0e00-\u0e7f\u10a0-\u10ff\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_BLOCK = re.compile(r"[^\n]+(?:\n[ \t]*\S[^\n]*)*")  # runs of non-blank lines
_NOT_NEWLINE = re.compile(r"[^\n]")
_BULLET_OR_LABEL = re.compile(r"[ \t]*(?:[•·▪●◦‣*-][ \t]|\d{1,2}[.)][ \t]|[A-Z][A-Z.' -]{1,40}:|[QA]:)")
_TERMINAL_END = re.compile(r"[.!?:\"”’»)\]…][ \t]*$")

# --- sentences ------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm maj brig st jr sr rev hon pres
    no nos vol pp fig jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd plc vs etc
    approx dept est govt univ ave blvd mt ft u.s u.k u.n e.u a.m p.m d.c""".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s+[\"“‘«(\[]?[A-Z0-9])")
_SPACE_RUN = re.compile(r"\s*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@attrs.frozen
class Layout:
    """Where the paragraphs, sentences and masked regions of one text are."""

    text: str
    clean: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    masked: tuple[tuple[int, int, str], ...]
    repeats: dict[int, int] = attrs.field(eq=False)

    def paragraph_of(self, offset: int) -> int | None:
        """Index of the paragraph containing `offset`, or None outside every paragraph."""
        return _containing(self.paragraphs, offset)

    def sentence_of(self, offset: int) -> int | None:
        """Index of the sentence containing `offset`, or None outside every sentence."""
        return _containing(self.sentences, offset)


def _containing(spans: tuple[Span, ...], offset: int) -> int | None:
    i = bisect.bisect_right(spans, offset, key=lambda span: span[0]) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return i
    return None


def as_article(item: Article | str) -> Article:
    """Accept an Article or a plain string wherever an article is expected."""
    return item if isinstance(item, Article) else Article.from_text(item)


def layout(item: Article | str) -> Layout:
    """The layout of an article (cached: every extractor asks for the same one)."""
    article = as_article(item)
    return _layout(article.text, article.content_start)


@functools.lru_cache(maxsize=64)
def _layout(text: str, content_start: int) -> Layout:
    masked = _boilerplate(text, content_start)
    clean = _blank(text, masked)
    paragraphs = tuple(_paragraphs(clean))
    sentences = tuple(s for p in paragraphs for s in _sentences(clean, p))
    return Layout(text, clean, paragraphs, sentences, tuple(masked), _repeats(text, paragraphs))


def _blank(text: str, masked: list[tuple[int, int, str]]) -> str:
    """`text` with every masked character but a newline replaced by a space (spans may overlap)."""
    parts: list[str] = []
    done = 0
    for start, end, _ in masked:
        start = max(start, done)
        if start < end:
            parts += (text[done:start], _NOT_NEWLINE.sub(" ", text[start:end]))
            done = end
    parts.append(text[done:])
    return "".join(parts)


def _boilerplate(text: str, content_start: int) -> list[tuple[int, int, str]]:
    """Spans of header and page furniture, recognised by shape, in text order."""
    found: list[tuple[int, int, str]] = []
    if content_start:
        found.append((0, content_start, "header"))
    latin = _mostly_latin(text[:20000])
    for line_start, line_end in _lines(text, content_start, len(text)):
        start, end = _strip(text, line_start, line_end)
        if start >= end:
            continue
        body = text[start:end]
        reason = _line_reason(body, latin)
        if reason:
            found.append((start, end, reason))
            continue
        teaser = _TEASER.match(body)
        if teaser and teaser.end() < len(body):
            glue = _GLUE.search(body, teaser.end())
            found.append((start, start + glue.end() if glue else end, "teaser"))
            continue
        tail = _CREDIT_TAIL.search(body) if "/" in body else None  # (a test that saves most searches)
        if tail:
            found.append((start + tail.start(), end, "credit"))
    found.extend((m.start(), m.end(), "credit") for m in _PHOTO_PAREN.finditer(text, content_start))
    return sorted(found)


def _line_reason(body: str, latin: bool) -> str | None:
    if (
        ":" in body
        and _LABEL_LINE.fullmatch(body)
        and len(body.split()) <= 8
        and not _is_transcript_label(body)
    ):
        return "label"
    if _CREDIT_LINE.fullmatch(body) or _FURNITURE.fullmatch(body):
        return "furniture"
    if latin and not _mostly_latin(body):
        return "other-script"
    return None


def _is_transcript_label(body: str) -> bool:
    """A speaker label ("STOLTENBERG: We are ...") is copy, not furniture."""
    label = body.split(":", 1)[0]
    return (label.isupper() and len(label) > 1) or label in ("Q", "A")


def _mostly_latin(text: str) -> bool:
    """True unless most letters belong to another script (Cyrillic, Greek, CJK, ...)."""
    if text.isascii():
        return True
    foreign = len(_FOREIGN_LETTER.findall(text))
    return not foreign or foreign < len(_LATIN_LETTER.findall(text))


def _strip(text: str, start: int, end: int) -> Span:
    """Narrow a span to exclude surrounding white space."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return start, start
    left = start + len(piece) - len(piece.lstrip())
    return left, left + len(stripped)


def _paragraphs(clean: str) -> list[Span]:
    """Blank lines separate paragraphs; inside a block a line break does too, unless
    the block is hard-wrapped (a long line that stops mid-sentence)."""
    out: list[Span] = []
    for block in _BLOCK.finditer(clean):
        lines = _lines(clean, block.start(), block.end())
        piece_start = lines[0][0]
        for (prev_start, prev_end), (next_start, _) in itertools.pairwise(lines):
            prev = clean[prev_start:prev_end]
            wrapped = len(prev.rstrip()) >= 50 and not _TERMINAL_END.search(prev)
            if not wrapped or _BULLET_OR_LABEL.match(clean, next_start):
                out.append(_strip(clean, piece_start, prev_end))
                piece_start = next_start
        out.append(_strip(clean, piece_start, lines[-1][1]))
    return [span for span in out if span[0] < span[1]]


def _lines(text: str, start: int, end: int) -> list[Span]:
    """The non-empty lines of text[start:end] (str.split: several times faster than a line regex)."""
    out: list[Span] = []
    line_end = start - 1
    for line in text[start:end].split("\n"):
        line_start, line_end = line_end + 1, line_end + 1 + len(line)
        if line:
            out.append((line_start, line_end))
    return out


def _sentences(clean: str, paragraph: Span) -> list[Span]:
    start, end = paragraph
    out: list[Span] = []
    for mark in _SENTENCE_END.finditer(clean, start, end):
        word = _word_before(clean, start, mark.start())
        token = word.group(1).lower().rstrip(".") if word else ""
        if mark.group().startswith(".") and (token in _ABBREVIATIONS or len(token) == 1):
            continue
        out.append((start, mark.end()))  # a sentence ends on its mark and starts after spaces
        gap = _SPACE_RUN.match(clean, mark.end())
        start = gap.end() if gap else mark.end()
    out.append((start, end))
    return [span for span in out if span[0] < span[1]]


def _word_before(clean: str, start: int, end: int) -> re.Match[str] | None:
    """The run of word characters and dots ending at `end` (not before `start`): a short window
    first, the whole stretch only when the run fills that window."""
    near = max(start, end - 40)
    word = _WORD_BEFORE.search(clean, near, end)
    if near == start or word is None or word.start() > near:
        return word
    return _WORD_BEFORE.search(clean, start, end)


def _repeats(text: str, paragraphs: tuple[Span, ...]) -> dict[int, int]:
    """Paragraphs that repeat an earlier one verbatim (ignoring spacing and quote style)."""
    first: dict[str, int] = {}
    repeats: dict[int, int] = {}
    for index, (start, end) in enumerate(paragraphs):
        piece = text[start:end]
        key = " ".join((piece if piece.isascii() else fold(piece)).split())
        if len(key) < 20:
            continue
        if key in first:
            repeats[index] = first[key]
        else:
            first[key] = index
    return repeats
