"""Reported speech: "Kuleba said Russia was gathering troops", "According to X, ...".

Precision first: a sentence yields at most one indirect quote, only when a cue verb is
followed by a clause (with "that", or a subject and a finite verb) and its subject resolves.
"""

from __future__ import annotations

import bisect
import re

import attrs
import regex

from quotecheck.extract import cues, speakers_resolve
from quotecheck.extract.speakers_cues import _DOCUMENT, _HEADLINE_TAG, Attribution, Context
from quotecheck.extract.wordtrie import alternation
from quotecheck.normalize import Layout

_REACH = 300  # a reporting verb must sit this close to its sentence start
_BARE = alternation(cues.REPORT_VERBS_BARE)
_THAT = alternation(cues.REPORT_VERBS_THAT)
# (the standard re module scans a plain word alternation about twice as fast as regex)
_VERB = re.compile(rf"\b(?:(?P<bare>{_BARE})|(?P<that>{_THAT}))\b")
# What may stand between the verb and its clause: whom it was told to, when, where, how.
_TOLD = regex.compile(
    r" (?:(?:the |a |an |his |her |their |its |our )?(?:[\w'.\-]+ ){0,3}?"
    r"(?:reporters|journalists|lawmakers|parliament|members|officials|viewers|listeners|supporters|us|me"
    r"|analysts|investors|shareholders|councillors|councilors|residents|delegates"
    r"|him|her|them"
    r"|the \w+|an? \w+|"
    r"\p{Lu}[\w.\-]*(?: \p{Lu}[\w.\-]*){0,3}))(?=[ ,])"
)
_TAKES_OBJECT = frozenset({"told", "tells", "tell", "warned", "warns", "assured", "assures"})
# Verbs that as often take a noun as a clause: "admitted 31 offences", "confirmed the closures".
_TAKES_NOUN = frozenset(
    "admitted admits confirmed confirms acknowledged acknowledges revealed reported reports".split()
)
_NOT_IN_SUBJECT = frozenset("after before but and at in on of for with by from when while".split())
_CIRCUMSTANCE = re.compile(
    r"(?: (?:on|in|at|during|after|late|earlier|last|this|to) [^,.;:!?\"]{1,40}?)?,?(?= that )"
)
_WHEN = re.compile(rf" (?:on )?(?:{cues.STATEMENT_DAYS})\b,?")
_THAT_WORD = re.compile(r" that\b")
_DENIED = ("not ", "n't ", "never ", "declined to ", "refused to ")  # before a verb: it reports nothing
_OBJECT_OF = re.compile(r" (?:[\w\-]+ ){0,2}?[a-z][\w\-]* of\b")
# A clause needs a finite verb early on: "Russia was gathering", "tens of thousands remain".
_FINITE = re.compile(
    r"\b(?:is|are|was|were|had|has|have|would|will|could|can|should|must|may|might|did|does|do|remain|remains"
    r"|can't|won't|don't|doesn't|didn't|isn't|wasn't|aren't|weren't|cannot|wants|want|needs|plans|\w{3,}ed"
    # irregular pasts: "his officers wrote", "prices rose"
    r"|wrote|made|took|gave|went|came|saw|knew|got|found|left|kept|held|brought|bought|sent|spent|lost|won"
    r"|paid|ran|rose|fell|grew|began|became|built|felt|meant|thought|sold|stood|broke|drove|flew|struck)\b"
)
_PRONOUN_SUBJECT = re.compile(r" (?:he|she|it|they|we|I|there) [a-z]")
_CLAUSE_START = re.compile(
    r" (?![\"'(]|to\b|by\b|of\b|for\b|with\b|so\b|in\b|on\b|at\b(?! least| most)|nothing\b|yes\b"
    r"|no(?=[,.;:!?]|$| to\b| comment\b)|goodbye\b"  # ("said no", but "no borrowing would be ...")
    r"|as\b|after\b|when\b|while\b|because\b|since\b|though\b|although\b|before\b|until\b)\S"
)
_ACCORDING = re.compile(r"[Aa]ccording to (?P<obj>[^,.;:!?\"]{1,120}), (?=[^\"])")
# A second cue of the same speaker: "said X, adding that Y", "said X and warned that Y", "said X, but
# added: '...'". The first clause ends there; with "that", the second is reported speech too.
_SECOND = (
    r"(?:,? adding|,? arguing|,? (?:and|but) (?:also )?(?:warned|said|added|insisted|argued|claimed|noted"
    r"|stressed|admitted|conceded|cautioned))"
)
_ADDING = re.compile(rf"{_SECOND} that ")
# After a quotation: "...," he said, adding that ...' and '... "inexcusable" and said she would ...'.
_QUOTE_ADDING = re.compile(
    r"[,\s]*(?P<subject>[^,.!?\"]{1,60}?) (?P<verb>said|says|added|told [^,.!?\"]{1,30}?)"
    r"(?: (?:on|in|at) [^,.!?\"]{1,30}?)?, adding that "
)
_AND_CUE = re.compile(
    r",? (?:and|but) (?:also )?(?P<verb>said|added|warned|predicted|cautioned|insisted|argued|claimed"
    r"|noted|stressed|admitted|conceded|acknowledged|promised)(?P<that> that)? "
)
_SECOND_CUE = re.compile(rf"{_SECOND}\b")
# ", <subject> said." at a sentence end or ", <subject> said, " inside it; the subject has no clause
# punctuation and at most six words.
_UPPER = "[A-ZÀ-ÖØ-ÞĀ-Ž]"  # (a capital for the stdlib engine: Latin letters, accented ones too)
_AFTER_VERBS = alternation(
    """said says say added adds reported reports report wrote writes warned warns noted notes confirmed
    confirms announced admitted estimated estimates argued argues insisted insists claimed claims
    explained believe believes""".split()
)
_AFTER = re.compile(  # (plain `re`, with a word trie for the verbs: it runs on most sentences)
    r", (?P<subject>(?:[\w'.\-]+ ){1,8}?)(?:(?:has|have|had) )?"  # "the player's agent has confirmed"
    rf"(?P<verb>{_AFTER_VERBS}"
    rf"|told (?:reporters|journalists|the (?:meeting|court|hearing|inquiry|committee|council)|{_UPPER}\w*))"
    rf"(?: (?:on |late |early |last )?(?:{cues.STATEMENT_DAYS}))?"
    # where or how it was said, to the sentence's end: "in a statement after the meeting"
    r"(?: (?:in|on|at|during|after|before|via|through|from|late|early|last|this|earlier|later)\b"
    r"[^,.;:!?\"]{0,80}(?=[.!?]?$|, ))?"
    r"(?:[.!?]?$|(?P<mid>, ))"
)
# The same with the verb first: "Investors have grown cautious, said Marisol Quintana, a partner at ...".
_AFTER_VERB_FIRST = re.compile(
    r", (?P<verb>said|says|added)"
    rf" (?P<subject>{_UPPER}[\w'.\-]*(?: (?:of |the |de |van )?{_UPPER}[\w'.\-]*){{0,4}}"
    # "..., said the people, who": a speaker noun, not the start of a clause ("said the first families")
    r"|the (?:[a-z][\w\-]* ){0,2}(?:people|person|sources?|officials?|analysts?|spokes(?:man|woman|person)"
    r"|company|ministry|council|police|union|agency|group|firm))(?=, |[.!?]?$)(?P<mid>)"
)
# "according to X" closing the sentence: "Two people died, according to the medical examiner's office."
# "..., according to the Forum, which represents ..." / "... two people who asked not to be named." /
# "..., according to the mayor of the municipality, Stavros Lianos."
_ACCORDING_END = re.compile(
    rf", according to (?P<subject>[^,.;:!?\"]{{1,80}}?(?:, {_UPPER}[\w'.\-]*(?: {_UPPER}[\w'.\-]*){{0,3}})?)"
    r"(?:,? (?:which|who) [^.;:!?\"]{1,140})?[.!?]?$"
)
# The punctuation and space ending a stretch: a reverse (?r) pattern, `match` anchors it at the
# stretch's end, so it reads only those characters instead of trying every position from the start.
_TRAILING = regex.compile(r"(?r)[\s.!?,;:\"')\]]+")


@attrs.define
class Reported:
    """A stretch of reported speech waiting for its subject to be resolved."""

    start: int
    end: int
    verb: int
    paragraph: int
    subject: tuple[int, int]
    cue: str
    according: bool = False
    who: Attribution | None = None
    participle: bool = False  # the cue is "saying"/"insisting": its subject is the sentence's
    follows: int | None = None  # the open mark of the quotation whose speaker this clause shares

    def resolve(self, ctx: Context) -> Attribution | None:
        """Resolve the subject; None when it is no one we can name (precision first)."""
        if self.participle:  # "X defended the budget, insisting ...": the sentence subject
            who = ctx.doer(self.verb, self.subject[0])
            return attrs.evolve(who, cue=self.cue, rule="cue-before") if who else None
        found = ctx.resolve(self.subject[0], self.subject[1], self.verb)
        unnamed = speakers_resolve.unnamed_org(ctx.ents, *self.subject) if found is None else None
        if unnamed is not None:
            found = unnamed, ""
        if found is None:
            return None
        speaker, how = found
        rule = how or ("according-to" if self.according else "cue-before")
        return Attribution(speaker, self.cue, rule, self.verb)


def find_reported(
    ctx: Context, lay: Layout, skip: frozenset[int], quoted: list[tuple[int, int]]
) -> list[Reported]:
    """One candidate per sentence at most; `quoted` holds (open, close) of quotes, in order."""
    out: list[Reported] = []
    opens = [q[0] for q in quoted]
    for index, (start, end) in enumerate(lay.sentences):
        if index in skip:  # a headline reports only with its tag at the end: "..., sheriff says"
            found = _attributed_after(ctx, start, end, quoted, opens, tag_only=True)
        else:
            found = (
                _in_sentence(ctx, start, end, quoted, opens)
                or _attributed_after(ctx, start, end, quoted, opens)
                or _after_quotes(ctx, start, end, quoted, opens)
            )
        if found is None:
            continue
        paragraph = lay.paragraph_of(found.start)
        found.paragraph = paragraph if paragraph is not None else 0
        adding = _ADDING.search(ctx.folded, found.start, end)
        if adding is not None:  # "..., adding that <clause>": a second clause by the same speaker
            more = _clause(ctx, adding.end(), end, quoted, opens, found.subject, found.verb, "adding", False)
            if more is not None:
                found.end = min(found.end, adding.start())
                more.paragraph = found.paragraph
                out.append(found)
                found = more
        out.append(found)
    return out


def _attributed_after(
    ctx: Context,
    start: int,
    end: int,
    quoted: list[tuple[int, int]],
    opens: list[int],
    *,
    tag_only: bool = False,
) -> Reported | None:
    """Attribution after the clause: "The talks had stalled, several diplomatic sources said." and
    in the middle: "The talks, Habeck said, had stalled." (the clause is the sentence around it).
    With `tag_only` (a headline), only a present-tense tag that ends it: "..., sheriff says"."""
    lead = ctx.ents.leads.get(start, start)
    piece = ctx.folded[lead:end]
    if ", " not in piece:
        return None  # every form below has a comma before its attribution (a cheap first test)
    if tag_only:
        comma = ctx.folded.rfind(", ", lead, end)
        tag = _HEADLINE_TAG.match(ctx.folded, comma, end) if comma >= 0 else None
        if tag is None or _DOCUMENT.match(tag.group("subject")):
            return None
        return _clause(
            ctx,
            lead,
            tag.start(),
            quoted,
            opens,
            tag.span("subject"),
            tag.start("verb"),
            tag.group("verb"),
            False,
        )
    according = None
    if ", according to " in piece:
        stop = _TRAILING.match(ctx.folded, lead, end)
        according = _ACCORDING_END.search(ctx.folded, lead, stop.start() + 1 if stop else end)
    if according is not None and not _DOCUMENT.match(according.group("subject")):
        subject = according.span("subject")
        return _clause(
            ctx, lead, according.start(), quoted, opens, subject, according.start(), "according to", True
        )
    found = _AFTER.search(ctx.folded, lead, end) or _verb_first(ctx.folded, lead, end)
    if found is None or _inside_quote(found.start(), quoted, opens):
        return None
    cue = ctx.text[found.start("verb") : found.end("verb")]
    subject = found.span("subject")
    if found.group("mid") and not _ADDING.match(ctx.folded, found.end() - 2, end):
        stop = _TRAILING.match(ctx.folded, found.end(), end)
        clause = _clause(
            ctx, lead, stop.start() if stop else end, quoted, opens, subject, found.start("verb"), cue, False
        )
    else:
        clause = _clause(ctx, lead, found.start(), quoted, opens, subject, found.start("verb"), cue, False)
    return clause


def _after_quotes(
    ctx: Context, start: int, end: int, quoted: list[tuple[int, int]], opens: list[int]
) -> Reported | None:
    """A reported clause after the sentence's last quotation, with a cue of its own: '"...," he
    said, adding that ...' (the subject before the cue) and 'X called the lapse "inexcusable" and
    said she would ...' (the sentence's subject)."""
    i, j = bisect.bisect_left(opens, start), bisect.bisect_left(opens, end)
    if i == j:
        return None  # (most sentences hold no quotation: the cheap first test)
    last = max(close for _, close in quoted[i:j]) + 1
    folded = ctx.folded
    adding = _QUOTE_ADDING.match(folded, last, end) if folded.find(", adding that ", last, end) >= 0 else None
    if adding is not None:
        subject = adding.span("subject")
        return _clause(ctx, adding.end(), end, quoted, opens, subject, adding.start("verb"), "adding", False)
    if folded.find(" and ", last, end) < 0 and folded.find(" but ", last, end) < 0:
        return None  # (the cheap first test for the second form)
    second = _AND_CUE.search(folded, last, end)
    if second is None or (not second.group("that") and second.group("verb") not in ("said", "added")):
        return None
    verb = second.group("verb")
    found = _clause(
        ctx, second.end(), end, quoted, opens, (start, second.start()), second.start("verb"), verb, False
    )
    if found is not None:
        found.participle = True  # (its subject is the sentence's, who said the quotation before it)
        found.follows = quoted[j - 1][0]
    return found


def _verb_first(folded: str, lead: int, end: int) -> re.Match[str] | None:
    """ ", said Marisol Quintana, a partner at ..." after a clause with a finite verb of its own."""
    piece = folded[lead:end]
    if ", said " not in piece and ", says " not in piece and ", added " not in piece:
        return None  # (a cheap first test)
    found = _AFTER_VERB_FIRST.search(folded, lead, end)
    return found if found is not None and _FINITE.search(folded, lead, found.start()) else None


def _inside_quote(pos: int, quoted: list[tuple[int, int]], opens: list[int]) -> bool:
    i = bisect.bisect_right(opens, pos) - 1
    return i >= 0 and quoted[i][0] <= pos <= quoted[i][1]


def _in_sentence(
    ctx: Context, start: int, end: int, quoted: list[tuple[int, int]], opens: list[int]
) -> Reported | None:
    folded = ctx.folded
    lead = ctx.ents.leads[start]
    according = _ACCORDING.match(folded, lead, end) if folded.startswith("ccording to ", lead + 1) else None
    if according and not _DOCUMENT.match(according.group("obj")):
        obj = according.span("obj")
        return _clause(ctx, according.end(), end, quoted, opens, obj, according.start(), "according to", True)
    verb = _VERB.search(folded, lead, min(end, start + _REACH))
    if verb is None or _inside_quote(verb.start(), quoted, opens):
        return None
    last = bisect.bisect_left(opens, verb.start()) - 1  # the last quotation opened before the verb
    if last >= 0 and quoted[last][1] >= lead and folded[opens[last]] == '"':
        return None  # a quotation before the verb: the quote is the record (a title in marks is none)
    if folded.endswith(_DENIED, lead, verb.start()) or folded.startswith(" whether", verb.end()):
        return None  # "has not said whether he will ...": nothing was reported
    if folded.endswith(", ", 0, verb.start()) and _verb_first(folded, lead, end):
        return None  # "..., said Marisol Quintana, ...": the words before the verb are the ones said
    i = verb.end()
    told = _TOLD.match(folded, i, end) if verb.group() in _TAKES_OBJECT else None
    if told is not None and (
        verb.group() in ("told", "tells", "tell") or _THAT_WORD.match(folded, told.end(), end)
    ):
        i = told.end()
    elif verb.group() in ("told", "tells", "tell"):
        return None
    circumstance = _CIRCUMSTANCE.match(folded, i, end)
    that = _THAT_WORD.match(folded, circumstance.end() if circumstance else i, end)
    if that:
        i = that.end()
    elif verb.group("that"):
        return None
    else:
        when = _WHEN.match(folded, i, end)
        i = when.end() if when else i
        if not _CLAUSE_START.match(folded, i, end):
            return None
        pronoun = _PRONOUN_SUBJECT.match(folded, i, end)
        finite = None if pronoun else _FINITE.search(folded, i, min(end, i + 80))
        if not pronoun and not finite:
            return None  # a clause needs a finite verb, or a pronoun subject: "said she understood"
        if finite and verb.group() in _TAKES_NOUN and not _starts_clause(folded, i, finite):
            return None  # "admitted 31 offences after ...", "confirmed the closures but ...": objects
        if verb.group() in ("reported", "reports") and _OBJECT_OF.match(folded, i, end):
            return None  # "reported revenue of £412 million": an object, not a clause
    cue = ctx.text[verb.start() : verb.end()]
    found = _clause(ctx, i, end, quoted, opens, (lead, verb.start()), verb.start(), cue, False)
    if found is not None:
        found.participle = cue.endswith("ing")
    return found


def _starts_clause(folded: str, start: int, finite: re.Match[str]) -> bool:
    """Whether the finite verb comes within the first six words after `start`, with no preposition or
    conjunction before it: "two people had died" is a clause; "31 offences after sewage was pumped"
    is an object."""
    words = folded[start : finite.start()].split()
    return len(words) <= 6 and not any(word in _NOT_IN_SUBJECT for word in words)


def _clause(
    ctx: Context,
    start: int,
    end: int,
    quoted: list[tuple[int, int]],
    opens: list[int],
    subject: tuple[int, int],
    verb: int,
    cue: str,
    according: bool,
) -> Reported | None:
    while start < end and ctx.folded[start] == " ":
        start += 1
    second = _SECOND_CUE.search(ctx.folded, start, end)
    end = second.start() if second else end
    following = bisect.bisect_left(opens, start)
    if (following < len(opens) and opens[following] < end) or _inside_quote(start, quoted, opens):
        return None  # the clause carries a quotation: the quote itself is the record
    trailing = _TRAILING.match(ctx.folded, start, end)
    if trailing:
        end = trailing.start()
    if len(ctx.folded[start:end].split()) < 3:
        return None
    return Reported(start, end, verb, 0, subject, cue, according)
