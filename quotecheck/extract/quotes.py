"""Extract every quotation of an article with its kind, speaker, cue and the rule that found it.

Direct and partial quotes come from quote marks (quotes_marks.scan, one paragraph at a time);
transcript turns from speaker labels; indirect speech from cue verbs (quotes_indirect).
Attribution rules run in text order so a pronoun can look back at who spoke last.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from quotecheck.extract import cues
from quotecheck.extract.quotes_indirect import Reported, find_reported
from quotecheck.extract.quotes_marks import scan
from quotecheck.extract.speakers import Entities, _is_title_token
from quotecheck.extract.speakers_cues import Attribution, Context
from quotecheck.model import Article, Quote, QuoteKind, Speaker
from quotecheck.normalize import Layout, as_article, fold, layout

# "STOLTENBERG: ...", "ANNA MERCER, HOST: ...", "Q: ..." at the start of a paragraph.
_LABEL = regex.compile(
    r"(?P<name>\p{Lu}[\p{Lu}\p{M}.'\- ]{0,40}?)(?:, [\p{Lu}][\p{Lu} .'\-]{0,30})?(?: \([^)\n]{1,20}\))?: +(?=\S)"
    r"|(?P<name>Q|A)[.:] +(?=\S)"
)
_CASED_LABEL = regex.compile(r"(?P<name>\p{Lu}[\p{L}'\-]+(?: \p{Lu}[\p{L}'\-]+){0,2}): +(?=\S)")
_UNKNOWN_LABELS = frozenset({"Q", "A", "QUESTION", "ANSWER", "REPORTER", "AUDIENCE", "VOICE", "UNIDENTIFIED"})
_VERB_END = regex.compile(rf"\b(?:{'|'.join(cues.QUOTE_VERBS)})$")
# "He said," / "said Stoltenberg," / "Kuleba said on Tuesday," / "According to Stoltenberg," before a quote.
_CUE_NEAR_END = regex.compile(
    rf"\b(?:(?:{'|'.join(cues.QUOTE_VERBS)})(?: [^\",]{{0,40}})?|[Aa]ccording to [^\",]{{1,80}}),$"
)
_INTERRUPTION = regex.compile(
    rf"^ *,? *[^\".!?]{{1,160}}\b(?:{'|'.join(cues.QUOTE_VERBS)})\b[^\".!?]{{0,80}}, *$"
)
# A title in Title Case, no sentence punctuation: "The Long Winter", "Salt and Iron".
_WORK_TITLE = regex.compile(
    r"\p{Lu}[\p{L}'\-]*(?: (?:\p{Lu}[\p{L}'\-]*|of|the|and|a|an|in|on|for|to|at|with))* \p{Lu}[\p{L}'\-]*"
)
_HEADLINE_WORD = regex.compile(r"[\p{L}][\p{L}'\-]{3,}")


@attrs.define
class _Piece:
    """One quoted stretch while the article is being read; becomes a Quote at the end."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraph: int
    label: bool = False
    utterance: int = -1
    part: int = 0
    kind: QuoteKind = "direct"
    unbalanced: bool = False
    who: Attribution | None = None


def extract_quotes(article: Article | str) -> list[Quote]:
    """Every direct, partial and indirect quote of one article, in text order."""
    art = as_article(article)
    lay = layout(art)
    folded = fold(lay.clean)
    headlines = frozenset(i for i, (s, e) in enumerate(lay.sentences) if _headline(folded[s:e]))
    ents = Entities.build(art.text, folded, lay.sentences, headlines)
    ctx = Context(art.text, folded, ents)
    pieces, inner = _pieces(lay, ents)
    _link_utterances(pieces, lay, folded)
    titles: set[int] = set()
    for index, piece in enumerate(pieces):
        if piece.part:
            piece.kind = pieces[index - 1].kind
        elif not piece.label:
            kind = _kind(ctx, piece, _lower_bound(pieces, index, lay))
            piece.kind = kind or "partial"
            if kind is None:
                titles.add(id(piece))
    for piece, outer_start in inner:
        piece.kind = _kind(ctx, piece, outer_start) or "partial"
    pieces = [p for p in pieces if id(p) not in titles]
    reported = find_reported(ctx, lay, headlines, [(p.open_mark, p.close_mark or p.end) for p in pieces])
    said = _attribute(ctx, pieces, reported, lay)
    _fall_back(ctx, pieces, said, lay)
    return _quotes(art, pieces + [piece for piece, _ in inner], said, lay)


def _headline(sentence: str) -> bool:
    """Title-case lines without a full stop ("NATO Head Warns Over ...") name no speakers."""
    words = _HEADLINE_WORD.findall(sentence)
    if len(words) < 4 or sentence.rstrip().endswith((".", '"', "'")):
        return False
    return bool(sum(w[0].isupper() for w in words) >= 0.7 * len(words))


def _pieces(lay: Layout, ents: Entities) -> tuple[list[_Piece], list[tuple[_Piece, int]]]:
    """Outer quotes and transcript turns; and quotes nested in them, with where their outer quote starts."""
    labels = _transcript_labels(lay, ents)
    outer: list[_Piece] = []
    inner: list[tuple[_Piece, int]] = []
    for index, (start, end) in enumerate(lay.paragraphs):
        enclosing = [start]
        if index in labels:
            name_end, speaker = labels[index]
            who = Attribution(speaker, None, "transcript-label", start) if speaker else None
            outer.append(_Piece(name_end, end, start, end, index, label=True, who=who))
            enclosing = [name_end]
        for span in scan(lay.clean, enclosing[0], end):
            piece = _Piece(span.start, span.end, span.open_mark, span.close_mark, index)
            del enclosing[span.depth + 1 :]
            if span.depth or index in labels:
                inner.append((piece, enclosing[-1]))
            else:
                outer.append(piece)
            enclosing.append(span.start)
    return outer, inner


def _transcript_labels(lay: Layout, ents: Entities) -> dict[int, tuple[int, Speaker | None]]:
    """Speaker-labelled paragraphs, when at least two paragraphs carry a label."""
    folded = ents.folded
    found: dict[int, tuple[int, Speaker | None]] = {}
    for index, (start, end) in enumerate(lay.paragraphs):
        match = _LABEL.match(folded, start, end)
        name = match.group("name").strip() if match else ""
        if not match or not any(c.isalpha() for c in name):
            match = _CASED_LABEL.match(folded, start, end)
            name = match.group("name") if match else ""
            if not match or name.split()[-1].lower() not in ents.people:
                continue
        if name.lower() in cues.NON_SPEAKER_LABELS or match.end() >= end:
            continue
        found[index] = (match.end(), _label_speaker(name, ents))
    return found if len(found) >= 2 else {}


def _label_speaker(name: str, ents: Entities) -> Speaker | None:
    """ "GRANT" -> the Hollis Grant of the article; "DIRECTOR MAYA ESTRADA-KLEIN" -> "Maya Estrada-Klein"."""
    if name.upper() in _UNKNOWN_LABELS:
        return None
    words = [w for w in name.split() if not _is_title_token(w.capitalize()) and not _is_title_token(w)]
    if not words:
        return None
    cased = " ".join("-".join(p.capitalize() for p in w.split("-")) if w.isupper() else w for w in words)
    known = ents.people.get(words[-1].lower())
    if known is not None and known.name.lower().endswith(cased.lower()):
        return known
    return Speaker(cased)


def _link_utterances(pieces: list[_Piece], lay: Layout, folded: str) -> None:
    """Give pieces of one utterance (interrupted, or running over paragraphs) one number."""
    number = -1
    for i, piece in enumerate(pieces):
        prev = pieces[i - 1] if i else None
        joined = False
        if prev is not None and not piece.label and not prev.label:
            if prev.paragraph == piece.paragraph and prev.close_mark is not None:
                between = folded[prev.close_mark + 1 : piece.open_mark]
                ended = folded[prev.start : prev.end].rstrip()
                joined = (ended.endswith(",") or between.lstrip().startswith(",")) and bool(
                    _INTERRUPTION.match(between)
                )
            elif prev.paragraph + 1 == piece.paragraph and prev.close_mark is None:
                joined = piece.open_mark == lay.paragraphs[piece.paragraph][0]
        if joined and prev is not None:
            piece.utterance, piece.part = prev.utterance, prev.part + 1
        else:
            number += 1
            piece.utterance = number
        if prev is not None and prev.close_mark is None and not prev.label:
            prev.unbalanced = not (joined and prev.paragraph != piece.paragraph)
    if pieces and pieces[-1].close_mark is None and not pieces[-1].label:
        pieces[-1].unbalanced = True


def _lower_bound(pieces: list[_Piece], i: int, lay: Layout) -> int:
    """Where the text before piece i starts: its paragraph, or the close of the quote before it."""
    piece = pieces[i]
    lo = lay.paragraphs[piece.paragraph][0]
    if i and pieces[i - 1].paragraph == piece.paragraph:
        prev = pieces[i - 1]
        lo = max(lo, (prev.close_mark if prev.close_mark is not None else prev.end) + 1)
    return lo


def _kind(ctx: Context, piece: _Piece, lo: int) -> QuoteKind | None:
    """Direct when the quote is a sentence of its own (or introduced by a cue); partial inside one."""
    start = ctx.sentence_start(lo, piece.open_mark)
    prefix = ctx.folded[start : piece.open_mark].rstrip()
    if ctx.text[piece.start : piece.start + 1].islower():
        return "partial"
    if prefix and _WORK_TITLE.fullmatch(ctx.text[piece.start : piece.end]):
        return None  # "the novel “The Salt Ledger”": a title, not a quotation
    if not prefix or (prefix.endswith((":", "-")) and not prefix.endswith("--")):
        return "direct"
    if prefix.endswith(",") and _CUE_NEAR_END.search(prefix[-120:]):
        return "direct"
    if _VERB_END.search(prefix[-30:]) and ctx.text[piece.start : piece.start + 1].isupper():
        return "direct"
    return "partial"


def _attribute(ctx: Context, pieces: list[_Piece], reported: list[Reported], lay: Layout) -> list[Reported]:
    """Run the cue rules over quotes and reported speech in text order; return reported speech kept."""
    kept: list[Reported] = []
    events: list[tuple[int, int, object]] = [(p.open_mark, 0, p) for p in pieces]
    events += [(r.verb, 1, r) for r in reported]
    events.sort(key=lambda e: (e[0], e[1]))
    order = {id(p): i for i, p in enumerate(pieces)}
    for _, _, item in events:
        if isinstance(item, Reported):
            who = item.resolve(ctx)
            if who is not None:
                item.who = who
                kept.append(item)
                _remember(ctx, who)
            continue
        assert isinstance(item, _Piece)
        piece = item
        if piece.who is None and not piece.label:
            piece.who = _cue_rules(ctx, pieces, order[id(piece)], lay)
        if piece.who is not None:
            _remember(ctx, piece.who)
    return kept


def _remember(ctx: Context, who: Attribution) -> None:
    bisect.insort(ctx.spoken, (who.at, who.speaker), key=lambda item: item[0])


def _cue_rules(ctx: Context, pieces: list[_Piece], i: int, lay: Layout) -> Attribution | None:
    piece = pieces[i]
    p_start, p_end = lay.paragraphs[piece.paragraph]
    nxt = pieces[i + 1] if i + 1 < len(pieces) and pieces[i + 1].paragraph == piece.paragraph else None
    if piece.close_mark is not None:
        who = ctx.cue_after(piece.close_mark, nxt.open_mark if nxt else p_end)
        if who is not None:
            return who
    who = ctx.cue_before(piece.open_mark, _lower_bound(pieces, i, lay))
    if who is not None or piece.open_mark != p_start or piece.paragraph == 0:
        return who
    prev_start, prev_end = lay.paragraphs[piece.paragraph - 1]
    if ctx.folded[prev_start:prev_end].rstrip().endswith(":"):
        who = ctx.cue_before(prev_end, prev_start)
        return attrs.evolve(who, rule="colon-intro") if who else None
    return None


def _fall_back(ctx: Context, pieces: list[_Piece], said: list[Reported], lay: Layout) -> None:
    """Quotes with no cue of their own: the utterance, the sentence subject, the paragraph, the one before."""
    by_utterance: dict[int, Attribution] = {}
    for piece in pieces:
        if piece.who is not None:
            by_utterance.setdefault(piece.utterance, piece.who)
    last_in: dict[int, Attribution] = {}
    by_paragraph: dict[int, list[_Piece]] = {}
    said_in: dict[int, list[Reported]] = {}
    for piece in pieces:
        by_paragraph.setdefault(piece.paragraph, []).append(piece)
    for item in said:
        said_in.setdefault(item.paragraph, []).append(item)
    for index, piece in enumerate(pieces):
        if piece.who is None and piece.utterance in by_utterance:
            piece.who = by_utterance[piece.utterance]
        if piece.who is None and (piece.kind == "partial" or _introduced(ctx, pieces, index, lay)):
            piece.who = ctx.subject(piece.open_mark, _lower_bound(pieces, index, lay))
        if piece.who is None:
            piece.who = _same_paragraph(by_paragraph[piece.paragraph], said_in.get(piece.paragraph, []), piece)
        if piece.who is None and piece.open_mark == lay.paragraphs[piece.paragraph][0] and not piece.label:
            before = _last_speaker(said_in.get(piece.paragraph - 1, []), piece.paragraph - 1, last_in)
            if before is not None:
                piece.who = attrs.evolve(before, rule="previous-paragraph")
        if piece.who is not None:
            by_utterance.setdefault(piece.utterance, piece.who)
            last_in[piece.paragraph] = piece.who


def _introduced(ctx: Context, pieces: list[_Piece], index: int, lay: Layout) -> bool:
    """A quote after a colon or dash: 'Brønn was blunt: "..."', 'the mayor offered only this - "..."'."""
    piece = pieces[index]
    start = ctx.sentence_start(_lower_bound(pieces, index, lay), piece.open_mark)
    return ctx.folded[start : piece.open_mark].rstrip().endswith((":", "-"))


def _same_paragraph(pieces: list[_Piece], said: list[Reported], piece: _Piece) -> Attribution | None:
    mates = [(p.open_mark, p.who) for p in pieces if p.paragraph == piece.paragraph and p.who is not None]
    mates += [(r.verb, r.who) for r in said if r.paragraph == piece.paragraph and r.who is not None]
    if not mates:
        return None
    before = [m for m in mates if m[0] < piece.open_mark]
    _, who = max(before) if before else min(mates, key=lambda m: m[0])
    assert who is not None
    return attrs.evolve(who, rule="same-paragraph")


def _last_speaker(said: list[Reported], paragraph: int, last_in: dict[int, Attribution]) -> Attribution | None:
    found = [r for r in said if r.paragraph == paragraph and r.who is not None]
    reported = found[-1].who if found else None
    quoted = last_in.get(paragraph)
    if quoted is not None and reported is not None:
        return quoted if quoted.at >= reported.at else reported
    return quoted or reported


def _quotes(art: Article, pieces: list[_Piece], said: list[Reported], lay: Layout) -> list[Quote]:
    text = art.text
    rows: list[Quote] = []
    utterances = max((p.utterance for p in pieces), default=-1) + 1
    for piece in pieces:
        who = piece.who
        rows.append(
            Quote(
                text=text[piece.start : piece.end],
                start=piece.start,
                end=piece.end,
                kind=piece.kind,
                speaker=who.speaker if who else None,
                cue=who.cue if who else None,
                paragraph=piece.paragraph,
                rule=who.rule if who else None,
                utterance=piece.utterance,
                part=piece.part,
                article=art.id,
                unbalanced=piece.unbalanced,
            )
        )
    for number, item in enumerate(said, start=utterances):
        assert item.who is not None
        rows.append(
            Quote(
                text=text[item.start : item.end],
                start=item.start,
                end=item.end,
                kind="indirect",
                speaker=item.who.speaker,
                cue=item.who.cue,
                paragraph=item.paragraph,
                rule=item.who.rule,
                utterance=number,
                article=art.id,
            )
        )
    rows.sort(key=lambda q: (q.start, q.end))
    return _number_and_mark_repeats(rows, lay)


def _number_and_mark_repeats(rows: list[Quote], lay: Layout) -> list[Quote]:
    """Renumber utterances in text order and point quotes of a repeated paragraph at the first."""
    renumber: dict[int, int] = {}
    for row in rows:
        renumber.setdefault(row.utterance, len(renumber))
    rows = [attrs.evolve(r, utterance=renumber[r.utterance]) for r in rows]
    by_paragraph: dict[int, list[int]] = {}
    for index, row in enumerate(rows):
        by_paragraph.setdefault(row.paragraph, []).append(index)
    for para, first in lay.repeats.items():
        for mine, theirs in zip(by_paragraph.get(para, []), by_paragraph.get(first, []), strict=False):
            if rows[mine].text == rows[theirs].text:
                rows[mine] = attrs.evolve(rows[mine], repeat_of=theirs)
    return rows
