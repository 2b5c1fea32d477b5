"""Extract every quotation of an article with its kind, speaker, cue and the rule that found it.

Direct and partial quotes come from quote marks (quotes_marks.scan, one paragraph at a time);
transcript turns from speaker labels; indirect speech from cue verbs (quotes_indirect).
Attribution rules run in text order so a pronoun can look back at who spoke last.
"""

from __future__ import annotations

import bisect
import re

import attrs
import regex

from quotecheck.extract import cues
from quotecheck.extract.quotes_indirect import Reported, find_reported
from quotecheck.extract.quotes_marks import scan
from quotecheck.extract.quotes_transcript import transcript_labels
from quotecheck.extract.speakers import Entities
from quotecheck.extract.speakers_cues import _DOCUMENT, _HEADLINE_TAG, Attribution, Context
from quotecheck.extract.speakers_names import is_title_token, tidy
from quotecheck.extract.speakers_resolve import by_title
from quotecheck.extract.wordtrie import alternation
from quotecheck.model import Article, Quote, QuoteKind, Speaker
from quotecheck.normalize import Layout, as_article, fold, layout

_VERBS = alternation(cues.QUOTE_VERBS)
_VERB_END = re.compile(rf"\b{_VERBS}$")
# "He said," / "said Stoltenberg," / "Kuleba said on Tuesday," / "According to Stoltenberg," before a quote.
_CUE_NEAR_END = re.compile(rf"\b(?:{_VERBS}(?: [^\",]{{0,40}})?|[Aa]ccording to [^\",]{{1,80}}),$")
_INTERRUPTION = re.compile(rf"^ *,? *[^\".!?]{{1,160}}\b{_VERBS}\b[^\".!?]{{0,80}}, *$")
# A title in Title Case, no sentence punctuation: "The Long Winter", "Salt and Iron", "Shorter Weeks,
# Stronger Firms".
_WORK_TITLE = regex.compile(
    r"\p{Lu}[\p{L}'\-]*(?:,? (?:\p{Lu}[\p{L}'\-]*|of|the|and|a|an|in|on|for|to|at|with))*,? \p{Lu}[\p{L}'\-]*"
)
# A quoted title after the noun for a work: "the newspaper „Bild am Sonntag“", "a study titled "..."".
_WORK_BEFORE = re.compile(rf"\b(?:{alternation(cues.WORK_NOUNS)}),?$")
_WORK_AFTER = re.compile(rf" (?:{alternation(cues.WORK_NOUNS)})\b")
# A one-word nickname in marks after a first name, with the surname next: "Bernadette “Bernie” Kowal".
_NICKNAME = regex.compile(r"(?<![\p{L}'])\p{Lu}[\p{L}'\-]+ [\"']\p{Lu}[\p{L}'\-]+$")
_SURNAME_NEXT = regex.compile(r" \p{Lu}[\p{L}'\-]+")
# A name a person goes by, in marks: 'call him “the Admiral,”', 'knows him as “Coach.”', 'known as'.
_NAMING_BEFORE = re.compile(
    r"\b(?:(?:call|calls|called|calling|know|knows|knew|known) (?:him|her|them|me|us)(?: as)?|known as)$"
)
_NAME_SHAPE = regex.compile(r"(?:the )?\p{Lu}[\p{L}'.\-]*(?: \p{Lu}[\p{L}'.\-]*){0,2}[.,]?")
# A headline's speaker before a colon ("TV chef Danny O'Brien: '...'") or after one ("'...': Anna Sørlie on").
_HEAD_NAME_BEFORE = regex.compile(r"(?P<name>\p{Lu}[\w'\-]*(?: \p{Lu}[\w'\-]*){0,2}): *$")
_HEAD_NAME_AFTER = regex.compile(r": +(?P<name>\p{Lu}[\w'\-]*(?: \p{Lu}[\w'\-]*){0,2})")
_PLAIN_WORD = re.compile(r"[\w']+")
# A live-blog time line: "11:42 a.m.", "16:30", "9:31 p.m. ET", "10.15am BST".
_TIME_LINE = re.compile(r"\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?")
# A signature after a quote at its paragraph's end: " - Priyanka, Mount Pleasant", "- Siobhan from Westport".
_SIGNATURE = regex.compile(
    r" *-+ *(?P<name>\p{Lu}[\p{L}'\-]+(?: \p{Lu}[\p{L}'\-]+)?)(?:,| from) [^\n\d]{1,40}"
)
_HEADLINE_WORD = regex.compile(r"[\p{L}][\p{L}'\-]{3,}")
_SINGLE_OPENERS = "'\u2018\u201a\u2039"
_SENTENCE_END = (".", "!", "?", ":", ";", ",")


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
    headline: bool = False  # in a headline: only "..., says X" names its speaker


def extract_quotes(article: Article | str) -> list[Quote]:
    """Every direct, partial and indirect quote of one article, in text order."""
    art = as_article(article)
    lay = layout(art)
    folded = fold(lay.clean)
    headlines = _headlines(lay, folded)
    ents = Entities.build(art.text, folded, lay.sentences, headlines)
    ctx = Context(art.text, folded, ents, headlines=headlines)
    pieces, inner = _pieces(lay, ents)
    ents.learn_gender([(p.start, p.end) for p in pieces if not p.label])
    for piece in pieces:
        piece.headline = lay.sentence_of(piece.open_mark) in headlines
    _link_utterances(pieces, lay, folded)
    titles: set[int] = set()
    title_texts: set[str] = set()  # a title quoted once is a title wherever it appears again
    for index, piece in enumerate(pieces):
        if piece.part:
            piece.kind = pieces[index - 1].kind
        elif not piece.label:
            words = folded[piece.start : piece.end]
            kind = None if words in title_texts else _kind(ctx, piece, _lower_bound(pieces, index, lay))
            piece.kind = kind or "partial"
            if kind is None:
                titles.add(id(piece))
                title_texts.add(words)
    for piece, outer_start in inner:
        kind = _kind(ctx, piece, outer_start)
        piece.kind = kind or "partial"
        if kind is None:  # a song or book title quoted inside speech: "they played “Paper Lanterns”"
            titles.add(id(piece))
    pieces = [p for p in pieces if id(p) not in titles]
    inner = [(p, start) for p, start in inner if id(p) not in titles]
    reported = find_reported(ctx, lay, headlines, [(p.open_mark, p.close_mark or p.end) for p in pieces])
    said = _attribute(ctx, pieces, reported, lay)
    _turn_quotes(ctx, pieces, inner, lay)
    _fall_back(ctx, pieces, said, lay)
    _headline_speakers(ctx, pieces, said, lay)
    return _quotes(art, pieces + [piece for piece, _ in inner], said, lay, folded)


def _headlines(lay: Layout, folded: str) -> frozenset[int]:
    """Sentences that are headlines: Title Case lines, and a first paragraph that stands alone as
    one line without sentence punctuation ("Flood defences 'not fit for purpose', says report")."""
    found = {i for i, (s, e) in enumerate(lay.sentences) if _title_case(folded[s:e])}
    if len(lay.paragraphs) > 1:
        start, end = lay.paragraphs[0]
        line = folded[start:end]
        if (
            "\n" not in line
            and len(line.split()) <= 25
            and not _unpunctuated_end(line).endswith(_SENTENCE_END)
        ):
            found.update(i for i, (s, _) in enumerate(lay.sentences) if start <= s < end)
    for (start, end), (after, stop) in zip(lay.paragraphs, lay.paragraphs[1:], strict=False):
        # a live-blog entry's headline on the line under its time: "11:42 a.m.\nUnion leader: '...'"
        if _TIME_LINE.fullmatch(folded, start, end) and not _unpunctuated_end(folded[after:stop]).endswith(
            "."
        ):
            found.update(i for i, (s, _) in enumerate(lay.sentences) if after <= s < stop)
    return frozenset(found)


def _unpunctuated_end(line: str) -> str:
    """The line without trailing closing quote marks and brackets: what its last word ends with."""
    return line.rstrip(" \"')]")


def _title_case(sentence: str) -> bool:
    """Title-case lines without a full stop ("NATO Head Warns Over ...") name no speakers."""
    if _unpunctuated_end(sentence).endswith(_SENTENCE_END):
        return False
    words = _HEADLINE_WORD.findall(sentence)
    if len(words) < 4:
        return False
    return bool(sum(w[0].isupper() for w in words) >= 0.7 * len(words))


def _pieces(lay: Layout, ents: Entities) -> tuple[list[_Piece], list[tuple[_Piece, int]]]:
    """Outer quotes and transcript turns; and quotes nested in them, with where their outer quote starts."""
    labels = transcript_labels(lay, ents)
    outer: list[_Piece] = []
    inner: list[tuple[_Piece, int]] = []
    for index, (start, end) in enumerate(lay.paragraphs):
        enclosing = [start]
        if index in labels:
            name_end, speaker = labels[index]
            who = Attribution(speaker, None, "transcript-label", start) if speaker else None
            outer.append(_Piece(name_end, end, start, end, index, label=True, who=who))
            enclosing = [name_end]
        nxt = lay.paragraphs[index + 1][0] if index + 1 < len(lay.paragraphs) else -1
        runs_on = nxt >= 0 and lay.clean[nxt] in _SINGLE_OPENERS
        for span in scan(lay.clean, enclosing[0], end, runs_on):
            piece = _Piece(span.start, span.end, span.open_mark, span.close_mark, index)
            del enclosing[span.depth + 1 :]
            if span.depth or index in labels:
                inner.append((piece, enclosing[-1]))
            else:
                outer.append(piece)
            enclosing.append(span.start)
    return outer, inner


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
    if _NAMING_BEFORE.search(prefix[-30:]) and _NAME_SHAPE.fullmatch(ctx.folded, piece.start, piece.end):
        return None  # 'Regulars call him “the Admiral,”': a name he goes by, not words he said
    if ctx.text[piece.start : piece.start + 1].islower():
        return "partial"
    if prefix and not piece.headline and _WORK_TITLE.fullmatch(ctx.folded[piece.start : piece.end]):
        return None  # "the novel “The Salt Ledger”": a title, not a quotation
    close = piece.close_mark or piece.end
    if _WORK_BEFORE.search(prefix[-20:]) or _WORK_AFTER.match(ctx.folded, close + 1):
        return None  # "the newspaper „Bild am Sonntag“", "a study titled “...”", "the “Today” programme"
    if (
        not piece.headline
        and _NICKNAME.search(ctx.folded, max(0, piece.open_mark - 30), close)
        and _SURNAME_NEXT.match(ctx.folded, close + 1)
    ):
        return None  # "Bernadette “Bernie” Kowal": a nickname inside a name
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
    by_open = {p.open_mark: p for p in pieces}
    for _, _, item in events:
        if isinstance(item, Reported):
            quoted = by_open.get(item.follows) if item.follows is not None else None
            who = (  # 'X called it "..." and said ...': X, as the quotation found
                attrs.evolve(quoted.who, cue=item.cue, rule="same-sentence")
                if quoted is not None and quoted.who is not None
                else item.resolve(ctx)
            )
            if who is not None:
                item.who = who
                kept.append(item)
                _remember(ctx, who)
            continue
        assert isinstance(item, _Piece)
        piece = item
        if piece.who is None and not piece.label:
            piece.who = (
                _headline_cue(ctx, piece, lay)
                if piece.headline
                else _cue_rules(ctx, pieces, order[id(piece)], lay)
            )
        if piece.who is not None and not piece.headline:
            _remember(ctx, piece.who)
    return kept


def _turn_quotes(ctx: Context, pieces: list[_Piece], inner: list[tuple[_Piece, int]], lay: Layout) -> None:
    """A quote inside a transcript turn is someone else's words only when a cue names them there:
    "HOST: Mayor Agata Wilczek said last year that “the car had its century”". The one speaking the
    turn is never the "he" or "she" they quote."""
    turns = {p.paragraph: p for p in pieces if p.label}
    lo = -1
    for index, (piece, outer_start) in enumerate(inner):
        turn = turns.get(piece.paragraph)
        if turn is None or turn.start != outer_start:
            continue  # nested in a quote, not in a turn
        p_end = lay.paragraphs[piece.paragraph][1]
        nxt = inner[index + 1][0] if index + 1 < len(inner) else None
        limit = nxt.open_mark if nxt is not None and nxt.paragraph == piece.paragraph else p_end
        lo = max(lo, outer_start)
        after = ctx.cue_after(piece.close_mark, limit) if piece.close_mark is not None else None
        piece.who = after or ctx.cue_before(piece.open_mark, lo)
        if piece.who is None and piece.kind == "partial":
            piece.who = ctx.subject(piece.open_mark, lo)
        if piece.who is not None and turn.who is not None and piece.who.speaker == turn.who.speaker:
            piece.who = None
        lo = (piece.close_mark if piece.close_mark is not None else piece.end) + 1


def _remember(ctx: Context, who: Attribution) -> None:
    bisect.insort(ctx.spoken, (who.at, who.speaker), key=lambda item: item[0])


def _headline_cue(ctx: Context, piece: _Piece, lay: Layout) -> Attribution | None:
    """A headline names its speaker only after the verb ("..., says Stoltenberg"): its other nouns
    are topics ("Flood defences 'not fit for purpose', says report": a report is no one)."""
    if piece.close_mark is None:
        return None
    end = lay.paragraphs[piece.paragraph][1]
    found = ctx.cue_after(piece.close_mark, end, verb_first=True)
    tag = None if found else _HEADLINE_TAG.match(ctx.folded, piece.close_mark + 1, end)
    if tag is None or _DOCUMENT.match(tag.group("subject")):
        return found  # (a report, a study or a survey "says" nothing a person said)
    who = ctx.resolve(tag.start("subject"), tag.end("subject"), tag.start("verb"))
    return Attribution(who[0], tag.group("verb"), "cue-after", tag.start("verb")) if who else None


def _headline_speakers(ctx: Context, pieces: list[_Piece], said: list[Reported], lay: Layout) -> None:
    """A headline quote with no "says X": the body quote that holds its words, else a name next to
    its colon ("TV chef Danny O'Brien: '...'", "'...': Anna Sørlie on her novel", "Minister: '...'")."""
    waiting = [p for p in pieces if p.headline and p.who is None]
    said_in_body = (
        _utterance_words(ctx, [p for p in pieces if not p.headline and p.who is not None]) if waiting else []
    )
    for piece in waiting:
        words = _plain_words(ctx.folded[piece.start : piece.end])
        # a body utterance holding the headline's words, all of it split by its attribution ("Nobody
        # asks what you did," he says. "They ask ..."), or one word or two quoted alike ('scandalous')
        holder = next(
            (
                who
                for text, who in said_in_body
                if (len(words.split()) >= 3 and f" {words} " in f" {text} ")
                or (words and words == text and who.rule != "subject")  # (a cue names the speaker)
            ),
            None,
        )
        if holder is None and 0 < len(words.split()) <= 2:  # 'trapped': the one body speaker who says it
            holders = {who.speaker: who for text, who in said_in_body if f" {words} " in f" {text} "}
            holder = next(iter(holders.values())) if len(holders) == 1 else None
        if holder is not None:
            piece.who = attrs.evolve(holder, rule="headline-body")
            continue
        line_start, line_end = lay.paragraphs[piece.paragraph]
        line_start = ctx.folded.rfind("\n", line_start, piece.open_mark) + 1 or line_start
        before = _HEAD_NAME_BEFORE.search(ctx.folded, line_start, piece.open_mark)
        after = (
            _HEAD_NAME_AFTER.match(ctx.folded, piece.close_mark + 1, line_end) if piece.close_mark else None
        )
        found = before or after
        if found is not None:
            who = _known_name(ctx, found.group("name"), piece.open_mark)
            piece.who = Attribution(who, None, "headline-colon", piece.open_mark) if who else None
        if piece.who is None and (found is not None or ctx.folded[line_start - 1 : line_start] == "\n"):
            piece.who = _entry_speaker(pieces, said, piece.paragraph)  # the entry's first speaker


def _plain_words(text: str) -> str:
    """Lowercase words only: what a headline and the body quote it shortens have in common."""
    return " ".join(_PLAIN_WORD.findall(text.lower()))


def _utterance_words(ctx: Context, pieces: list[_Piece]) -> list[tuple[str, Attribution]]:
    """(plain words, speaker) of the attributed quotes, each alone and joined with the next ones
    of the same speaker in its paragraph ("Nobody asks what you did," he says. "They ask ...")."""
    out: list[tuple[str, Attribution]] = []
    run: list[str] = []
    for index, piece in enumerate(pieces):
        assert piece.who is not None
        words = _plain_words(ctx.folded[piece.start : piece.end])
        before = pieces[index - 1] if index else None
        same = (
            before is not None
            and before.paragraph == piece.paragraph
            and before.who is not None
            and before.who.speaker == piece.who.speaker
        )
        run = [*run, words] if same else [words]
        out.append((words, piece.who))
        if len(run) > 1:
            out.append((" ".join(run), piece.who))
    return out


def _entry_speaker(pieces: list[_Piece], said: list[Reported], paragraph: int) -> Attribution | None:
    """Who speaks first in the paragraph after a headline: a live-blog entry's "Union leader: '...'"
    or a headline on its own line is that person's words."""
    found = [(p.open_mark, p.who) for p in pieces if p.paragraph == paragraph + 1 and p.who is not None]
    found += [(r.verb, r.who) for r in said if r.paragraph == paragraph + 1 and r.who is not None]
    if not found:
        return None
    who = min(found, key=lambda item: item[0])[1]
    return attrs.evolve(who, rule="headline-entry") if who is not None else None


def _known_name(ctx: Context, name: str, pos: int) -> Speaker | None:
    """A person the body names ("Danny O'Brien", "Sørlie") or a title held there ("Minister")."""
    words = name.split()
    known = ctx.ents.people.get(words[-1].lower())
    if known is not None:
        return known
    return by_title(ctx.ents, name, pos) if is_title_token(words[-1]) else None


def _cue_rules(ctx: Context, pieces: list[_Piece], i: int, lay: Layout) -> Attribution | None:
    piece = pieces[i]
    p_start, p_end = lay.paragraphs[piece.paragraph]
    nxt = pieces[i + 1] if i + 1 < len(pieces) and pieces[i + 1].paragraph == piece.paragraph else None
    if piece.close_mark is not None:
        signed = None if nxt else _SIGNATURE.fullmatch(ctx.folded, piece.close_mark + 1, p_end)
        if signed is not None:  # a reader's comment signed "- Priyanka, Mount Pleasant"
            return Attribution(Speaker(signed.group("name")), None, "signature", signed.start("name"))
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
        if piece.headline:
            continue
        if piece.who is None and piece.utterance in by_utterance:
            piece.who = by_utterance[piece.utterance]
        if piece.who is None and (piece.kind == "partial" or _introduced(ctx, pieces, index, lay)):
            piece.who = ctx.subject(piece.open_mark, _lower_bound(pieces, index, lay))
        if piece.who is None:
            piece.who = _same_paragraph(
                by_paragraph[piece.paragraph], said_in.get(piece.paragraph, []), piece
            )
        if piece.who is None and not piece.label:
            piece.who = _intro_sentence(ctx, piece, _lower_bound(pieces, index, lay))
        if piece.who is None and piece.open_mark == lay.paragraphs[piece.paragraph][0] and not piece.label:
            before = _last_speaker(said_in.get(piece.paragraph - 1, []), piece.paragraph - 1, last_in)
            if before is not None:
                piece.who = attrs.evolve(before, rule="previous-paragraph")
            elif piece.paragraph - 1 not in by_paragraph and piece.paragraph - 1 not in said_in:
                piece.who = _introducer(ctx, lay, piece.paragraph - 1)
        if piece.who is not None:
            by_utterance.setdefault(piece.utterance, piece.who)
            last_in[piece.paragraph] = piece.who


def _introducer(ctx: Context, lay: Layout, paragraph: int) -> Attribution | None:
    """A quote paragraph with no cue after a paragraph about someone, with no speech of its own:
    "Vantor Mining chairman Gideon Mbeki-Shaw struck a contrite tone." -> Mbeki-Shaw's words."""
    if paragraph < 0:
        return None
    start, end = lay.paragraphs[paragraph]
    if lay.sentence_of(start) in ctx.headlines:
        return None
    who = ctx.subject(end, start) or _only_person(ctx, start, end)
    return attrs.evolve(who, rule="intro-paragraph", cue=None) if who is not None else None


def _only_person(ctx: Context, start: int, end: int) -> Attribution | None:
    """The one person a paragraph names, as its subject or not: "The training was given by Frank
    Ibbotson, 79, ..." before his words."""
    i, i_end = bisect.bisect_left(ctx.ents.starts, start), bisect.bisect_left(ctx.ents.starts, end)
    named = {m.speaker for m in ctx.ents.mentions[i:i_end] if m.speaker.kind == "person"}
    if len(named) != 1:
        return None
    return Attribution(named.pop(), None, "intro-paragraph", ctx.ents.mentions[i].start)


def _intro_sentence(ctx: Context, piece: _Piece, lo: int) -> Attribution | None:
    """A quote opening a sentence after one about someone in the same paragraph: "O'Brien laughs at
    that. ‘Fair enough.’" -> O'Brien's words (the paragraph's first sentence is the intro)."""
    start = ctx.sentence_start(lo, piece.open_mark)
    if start != piece.open_mark or start <= lo:
        return None
    who = ctx.subject(start - 1, lo)
    return attrs.evolve(who, rule="intro-sentence", cue=None) if who is not None else None


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


def _last_speaker(
    said: list[Reported], paragraph: int, last_in: dict[int, Attribution]
) -> Attribution | None:
    found = [r for r in said if r.paragraph == paragraph and r.who is not None]
    reported = found[-1].who if found else None
    quoted = last_in.get(paragraph)
    if quoted is not None and reported is not None:
        return quoted if quoted.at >= reported.at else reported
    return quoted or reported


def _quotes(
    art: Article, pieces: list[_Piece], said: list[Reported], lay: Layout, folded: str
) -> list[Quote]:
    """Build the Quotes once, in text order, with utterances renumbered and repeats marked."""
    text = art.text
    written: dict[str, str] = {}
    rows: list[tuple[int, int, QuoteKind, Attribution | None, int, int, int, bool]] = [
        (p.start, p.end, p.kind, p.who, p.paragraph, p.utterance, p.part, p.unbalanced) for p in pieces
    ]
    number = max((p.utterance for p in pieces), default=-1) + 1
    for n, item in enumerate(said, start=number):
        rows.append((item.start, item.end, "indirect", item.who, item.paragraph, n, 0, False))
    rows.sort(key=lambda row: (row[0], row[1]))
    renumber: dict[int, int] = {}
    for row in rows:
        renumber.setdefault(row[5], len(renumber))
    repeat_of = _repeats(rows, lay, text)
    return [
        Quote(
            text=text[start:end],
            start=start,
            end=end,
            kind=kind,
            speaker=_as_written(tidy(who.speaker), text, folded, written) if who else None,
            cue=who.cue if who else None,
            paragraph=paragraph,
            rule=who.rule if who else None,
            utterance=renumber[utterance],
            part=part,
            article=art.id,
            repeat_of=repeat_of.get(index),
            unbalanced=unbalanced,
        )
        for index, (start, end, kind, who, paragraph, utterance, part, unbalanced) in enumerate(rows)
    ]


def _as_written(speaker: Speaker, text: str, folded: str, seen: dict[str, str]) -> Speaker:
    """The speaker's name with the article's own apostrophes and marks ("Grocers’ Trade Federation"):
    names read from the folded copy have straight ones. Looked up once per name."""
    name = speaker.name
    written = seen.get(name)
    if written is None:
        at = folded.find(name) if ("'" in name or '"' in name or "-" in name) else -1
        written = seen[name] = text[at : at + len(name)] if at >= 0 else name
    return speaker if written == name else attrs.evolve(speaker, name=written)


def _repeats(
    rows: list[tuple[int, int, QuoteKind, Attribution | None, int, int, int, bool]], lay: Layout, text: str
) -> dict[int, int]:
    """Row index -> index of the same quote in the first copy of a verbatim repeated paragraph."""
    out: dict[int, int] = {}
    if not lay.repeats:
        return out
    by_paragraph: dict[int, list[int]] = {}
    for index, row in enumerate(rows):
        by_paragraph.setdefault(row[4], []).append(index)
    for para, first in lay.repeats.items():
        for mine, theirs in zip(by_paragraph.get(para, []), by_paragraph.get(first, []), strict=False):
            if text[rows[mine][0] : rows[mine][1]] == text[rows[theirs][0] : rows[theirs][1]]:
                out[mine] = theirs
    return out
