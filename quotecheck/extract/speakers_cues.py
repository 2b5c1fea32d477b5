"""Attribution rules: find the cue next to a quote and resolve its subject to a Speaker.

Each rule looks only at a bounded window of the quote's own paragraph (a sentence, at most
a few hundred characters), so attribution stays linear in the article.
"""

from __future__ import annotations

import functools
import re

import attrs
import regex

from quotecheck.extract import cues, speakers_resolve
from quotecheck.extract.speakers import Entities
from quotecheck.extract.speakers_names import _lead_end
from quotecheck.extract.wordtrie import alternation
from quotecheck.model import Speaker

_WINDOW = 260  # how far a cue may sit from its quote, in characters


_VERBS = alternation(cues.QUOTE_VERBS)
_ADVERBS = alternation(cues.CUE_ADVERBS)
_DOCUMENTS = alternation(cues.DOCUMENT_NOUNS)
# (the standard re module scans a plain word alternation about twice as fast as regex)
_CUE = re.compile(rf"\b(?:(?P<verb>{_VERBS})|(?P<according>[Aa]ccording to))\b")
# A list mark at a line start: "• Union says ...".
_BULLET = re.compile(r"(?:[\u2022*\-] +)?")
_LEAD = re.compile(r" *(?:,|;|:|-+|\.\.\.)? *")
_TRAILING_ADVERBS = re.compile(rf"(?: (?:{_ADVERBS}))+ *$")
_LEADING_ADVERBS = re.compile(rf"(?:(?:{_ADVERBS}) )+")
# The subject after a verb-first cue ("said Stoltenberg, ..."): stop at punctuation or a
# preposition that starts the circumstances ("on Tuesday", "in a statement", "who ...").
_ABBREVIATED = r"(?:Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|St|Jr|Prof|\b\p{Lu})"
_AFTER_SUBJECT = regex.compile(
    rf"(?:[^,.;:!?\"()]|(?<={_ABBREVIATED})\.){{1,150}}?"
    rf"(?=$|[,;:!?\"(]|\.(?<!{_ABBREVIATED}\.)"
    r"| (?:on|in|at|during|after|before|while|when|as|who|which|adding|to|from)\b)"
)
# A headline's closing tag, after its quote or its clause: "..., Queensland mayor says", "..., sheriff
# says", "..., say residents".
_HEADLINE_TAG = regex.compile(
    r"[,:]? (?:(?P<subject>[^,.;:!?\"]{2,60}?) (?P<verb>says|say|said)"
    r"|(?P<verb>says|say) (?P<subject>[^,.;:!?\"]{2,40}?))[.!?]?$"
)
_DOCUMENT = re.compile(rf"^(?:an? |the |his |her |its |their )?(?:[\w'\-]+ ){{0,3}}(?:{_DOCUMENTS})\b", re.I)
_SENTENCE_END = regex.compile(r"[.!?]+['\")\]]*\s+(?=['\"(\[]?[\p{Lu}\d])")
_ABBREVIATION = regex.compile(
    r"(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|St|Jr|Sr|Prof|No|vs))\.$"
)
_RELATIVE = re.compile(r"^(?:who|which|whose|whom|that|where|when)\b", re.I)
# A conjunction opening a clause with a subject of its own: "..., as head teachers warned".
_CONJUNCTION = re.compile(r"^(?:while|whereas|but|and|as) (?=\S)", re.I)
_SUBORDINATE = re.compile(
    r"(?:If|Unless|Although|Though|Because|Once|Whether|Should|What|Whatever|How|Why|Where|When|While|And|But)\b"
)
# A cue verb right after a relative pronoun belongs to a relative clause, not to the quote.
_IN_RELATIVE = re.compile(r"\b(?:who|which|that)(?: (?:had|has|have|was|is|also|earlier|later))? $")
# The start of the last coordinated clause before a quote: "X said ..., but Labour's Y dismissed it as".
_LAST_CLAUSE = regex.compile(r"(?r)[,;] (?:but|while|whereas) ")
_SUBJECT_WORD = re.compile(r"\S+")
# A name in apposition after a described subject: "said the trust's science director, Hattie Morcombe."
_NAME_AFTER = regex.compile(
    r", (?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?\p{Lu}[\p{L}'\-]+(?: \p{Lu}[\p{L}'\-]+){1,3}(?=[,.;:!?]|$| who\b)"
)
# An anonymous speaker's given name: "said a nurse who gave her name only as Annett".
_GAVE_NAME = regex.compile(
    r" who gave (?:only )?(?:his|her|their) (?:first )?name(?: only)?,? as (?P<name>\p{Lu}[\p{L}'\-]+)"
)
# A subject that is a relative pronoun after its antecedent: "the Fair Farming Coalition, which says".
_RELATIVE_END = re.compile(rf"(?:, (?:which|who)| who)(?: (?:{_ADVERBS}))* *$")  # "who nonetheless called"
# The state or country after a place: "a retired mail carrier from Akron, Ohio, said": no subject.
_IN_PLACE = regex.compile(r"\b(?:from|in|of|near|outside) \p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*)?, *$")
_PLACE_TAIL = regex.compile(r" *\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*)? *")
_SUBORDINATOR = re.compile(r" (?:after|when|as|because|before|while|since|until|once|though|although) (?=\S)")
# Words after which a lowercase word is a noun, never the verb: "opponents of the deal have gathered".
_BEFORE_NOUN = frozenset("the a an of for to in at on with his her its their our".split())
# What may follow a verb-first cue before its quote: 'said Anna Weber, "..."'.
_SHORT_TAIL = re.compile(r" [^,.;:!?\"]{1,80}[,:]")
# Lowercase words inside a subject that are not its verb: "the head of the ministry", "G7 ministers".
_NOT_VERBS = frozenset(
    "the of and for on to in at a an".split() + cues.GROUP_HEADS + cues.ROLE_NOUNS + cues.PERSON_NOUNS
)


@functools.lru_cache(maxsize=8192)
def _parts(phrase: str) -> tuple[int, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Where a subject phrase ends without trailing adverbs ("Ryabkov also"), the comma-separated
    parts (offsets) to try, right to left, at most four, when the whole phrase names no one, and the
    clause after a subordinating conjunction, tried before the whole ("Shares fell after the company
    said")."""
    trailing = _TRAILING_ADVERBS.search(phrase)
    stop = trailing.start() if trailing else len(phrase)
    # (not the comma of "40,000")
    commas = (i for i in range(stop) if phrase[i] == "," and not phrase[i + 1 : i + 2].isdigit())
    bounds = [0, *(i + 1 for i in commas), stop + 1]
    parts: list[tuple[int, int]] = []
    for a, b in zip(bounds[-2::-1], bounds[:0:-1], strict=False):
        piece = phrase[a : b - 1].strip()
        if piece and not _RELATIVE.match(piece):
            a = phrase.find(piece, a)
            joined = _CONJUNCTION.match(piece)
            parts.append((a + joined.end() if joined else a, b - 1))
            if len(parts) == 4:
                break
    if len(bounds) <= 2:
        parts = []  # with no comma, the one part is the whole
    # "When officers arrived he told them": a subordinate clause with no comma before the pronoun
    body = phrase[:stop].rstrip()
    last = body.rfind(" ") + 1
    if last and body[last:] in cues.PERSON_PRONOUNS and (last, len(body)) not in parts:
        parts.append((last, len(body)))
    # "Shares fell after the fertiliser maker said ...": the subject after the last conjunction
    after = max((m.end() for m in _SUBORDINATOR.finditer(body)), default=0)
    first = ((after, len(body)),) if after else ()
    return stop, tuple(part for part in parts if part not in first), first


@attrs.frozen
class Attribution:
    """Who said a quote, the cue that says so, the rule that found it, and where the cue is."""

    speaker: Speaker
    cue: str | None
    rule: str
    at: int


@attrs.define
class Context:
    """What the rules read: the text, its folded copy, the article's people and who spoke when."""

    text: str
    folded: str
    ents: Entities
    spoken: list[tuple[int, Speaker]] = attrs.field(factory=list)
    headlines: frozenset[int] = frozenset()  # sentence indexes of headlines
    _starts: dict[tuple[int, int], int] = attrs.field(factory=dict)  # sentence_start answers

    def sentence_start(self, lo: int, pos: int) -> int:
        """Start of the sentence holding `pos`, looking back at most _WINDOW chars from it."""
        known = self._starts.get((lo, pos))
        if known is None:
            known = self._starts[lo, pos] = self._sentence_start(lo, pos)
        return known

    def _sentence_start(self, lo: int, pos: int) -> int:
        start = max(lo, pos - _WINDOW)
        found = start
        for end in _SENTENCE_END.finditer(self.folded, start, min(len(self.folded), pos + 2)):
            if end.end() > pos:
                break
            if not _ABBREVIATION.search(self.folded, max(start, end.start() - 5), end.start() + 1):
                found = end.end()
        line = self.folded.rfind("\n", max(0, found - 1), pos) + 1  # a line break ends a bullet or headline
        bullet = _BULLET.match(self.folded, line, pos) if line else None
        if bullet is not None:
            found = bullet.end()
        return _lead_end(self.folded, found, pos)

    def resolve(self, start: int, end: int, pos: int) -> tuple[Speaker, str] | None:
        """Resolve a subject phrase; failing that, its comma-separated parts right to left."""
        start = max(start, end - 220)
        gave = (
            _GAVE_NAME.match(self.folded, end) or _GAVE_NAME.search(self.folded, start, end)
            if self.folded.find(" who gave ", start, end + 10) >= 0
            else None
        )
        if gave is not None:  # "said a nurse who gave her name only as Annett": Annett
            return Speaker(self.text[gave.start("name") : gave.end("name")]), ""
        near_end = self.folded.find(" wh", max(start, end - 30), end) >= 0  # (a cheap first test)
        relative = _RELATIVE_END.search(self.folded, start, end) if near_end else None
        if relative is not None:  # "organised by the Fair Farming Coalition, which says"
            named = (  # "by Abigail Torrance, a former probation officer, who": the person described
                speakers_resolve.named_before_description(self.ents, start, relative.start())
                if "who" in relative.group()
                else None
            ) or speakers_resolve.named_ending(self.ents, relative.start())
            if named is not None:
                return named, ""
        restrictive = self.folded.find(" who ", start, end)
        if restrictive > start and self.folded.find(",", start, end) < 0:
            end = restrictive  # "Fishermen who attended the meeting said": the fishermen
        stop, parts, subordinate = _parts(self.folded[start:end])
        weak = None
        for a, b in (*subordinate, (0, stop), *parts):
            if a and self._place_tail(start + a, start + b):
                continue
            found = speakers_resolve.resolve(self.ents, start + a, start + b, pos, self.spoken)
            described = len(parts) > 1 and self.folded[start + a : start + b].islower()
            if found is not None and (described or found[0].name[:1].islower()) and found[0].kind != "group":
                # "MetroLink Pacific, the regional operator, says", "Thornbury, 27, a junior doctor in
                # Gloucester, said": a name, if any part gives one, beats a description (or what a
                # description refers back to)
                weak = weak or found
            elif found is not None:
                return found
        return weak

    def _place_tail(self, start: int, end: int) -> bool:
        """Whether folded[start:end] is the state or country of the place before it, and names no
        one: "a retired mail carrier from Akron, Ohio, said"."""
        return (
            _PLACE_TAIL.fullmatch(self.folded, start, end) is not None
            and _IN_PLACE.search(self.folded, max(0, start - 40), start) is not None
            and speakers_resolve.person_in(self.ents, start, end) is None
        )

    def _attribution(
        self, found: tuple[Speaker, str] | None, cue: str, rule: str, at: int
    ) -> Attribution | None:
        if found is None:
            return None
        speaker, how = found
        return Attribution(speaker, cue, how or rule, at)

    def _according(self, start: int, limit: int, pos: int) -> Attribution | None:
        obj = _AFTER_SUBJECT.match(self.folded, start, limit)
        if obj is None or _DOCUMENT.match(obj.group()):
            return None
        return self._attribution(
            self.resolve(obj.start(), obj.end(), pos), "according to", "according-to", pos
        )

    def cue_after(self, close: int, limit: int, *, verb_first: bool = False) -> Attribution | None:
        """'"...," Stoltenberg said' / '"...," said Stoltenberg' / '"...," according to X'; with
        `verb_first`, only the forms with the subject after the cue."""
        lead = _LEAD.match(self.folded, close + 1, limit)
        i = lead.end() if lead else close + 1
        if self.folded[close - 1 : close] == "." and not self.folded[i : i + 1].islower():
            return None  # the quote ended its sentence: "... concerns." He added that ...
        stop = min(limit, i + _WINDOW)
        cue = _CUE.search(self.folded, i, stop)
        while cue is not None and _IN_RELATIVE.search(self.folded, i, cue.start()):
            cue = _CUE.search(self.folded, cue.end(), stop)  # "who asked not to be named, told Reuters"
        if cue is None:
            return None
        between = self.folded[i : cue.start()]
        if '"' in between or self._ends_sentence(i, cue.start()):
            return None
        word = self.text[cue.start() : cue.end()]
        if cue.group("according"):
            return self._according(cue.end() + 1, stop, cue.start()) if not between.strip() else None
        if between.strip():
            if verb_first or _CONJUNCTION.match(between):
                return None  # '"...", while the mayor said ...': the cue belongs to the next clause
            found = self.resolve(i, cue.start(), cue.start())
            if found is not None or not between.rstrip().endswith(","):
                return self._attribution(found, word, "cue-after", cue.start())
            # '"five years away" for twenty years, said Ingrid Solheim': the rest of the clause, then
            # the verb and its subject
        after = _LEADING_ADVERBS.match(self.folded, cue.end() + 1, stop)
        subject = _AFTER_SUBJECT.match(self.folded, after.end() if after else cue.end() + 1, stop)
        if subject is None:
            return None
        end = subject.end()
        named = (
            _NAME_AFTER.match(self.folded, end, stop) if any(c.islower() for c in subject.group()) else None
        )
        if named is not None:  # 'said the trust's science director, Hattie Morcombe.': the name
            end = named.end()
        return self._attribution(
            self.resolve(subject.start(), end, cue.start()), word, "cue-after", cue.start()
        )

    def _ends_sentence(self, start: int, end: int) -> bool:
        return any(
            not _ABBREVIATION.search(self.folded, max(start, m.start() - 5), m.start() + 1)
            for m in _SENTENCE_END.finditer(self.folded, start, end)
        )

    def cue_before(self, open_mark: int, lo: int) -> Attribution | None:
        """'Kuleba continued: "..."' / 'He said, "..."' / 'According to X, "..."' / 'X said the "..."'."""
        start = self.sentence_start(lo, open_mark)
        found = list(_CUE.finditer(self.folded, start, open_mark))
        # "asked Moscow to explain the "..."": an infinitive cue after another cue belongs to that one
        found = [c for i, c in enumerate(found) if not (i and self.folded.endswith(" to ", 0, c.start()))]
        for cue in found[-3:][::-1]:
            word = self.text[cue.start() : cue.end()]
            tail = self.folded[cue.end() : open_mark].rstrip()
            rule = "colon-intro" if tail.endswith(":") else "cue-before"
            if cue.group("according"):
                result = self._according(cue.end() + 1, open_mark, cue.start())
            elif word.endswith("ing"):  # "..., chanting "..."", "..., saying: "..."": the sentence subject
                doer = self.doer(cue.start(), lo)
                result = attrs.evolve(doer, cue=word, rule=rule) if doer else None
            else:
                result = self._attribution(
                    self._relative_subject(start, cue.start()), word, rule, cue.start()
                )
                if result is None and _SHORT_TAIL.fullmatch(tail):
                    subject = _AFTER_SUBJECT.match(self.folded, cue.end() + 1, open_mark)
                    if subject is not None:
                        found_subject = self.resolve(subject.start(), subject.end(), cue.start())
                        result = self._attribution(found_subject, word, rule, cue.start())
            if result is not None:
                return result
        return None

    def _relative_subject(self, start: int, cue: int) -> tuple[Speaker, str] | None:
        """The subject of a cue in a relative clause: "in what the union called", "a note in which
        the ministry described ... as", "at the court, where the judge said"; else the sentence's
        subject before the cue."""
        what = self.folded.rfind(" what ", start, cue)
        if what >= 0:
            return self.resolve(what + 6, cue, cue)
        which = max(self.folded.rfind(" which ", start, cue), self.folded.rfind(" where ", start, cue))
        found = (  # "... at Preston Crown Court, where Judge Miriam Oduya said"
            self.resolve(which + 7, cue, cue)
            if which >= 0 and self.folded.find(",", which, cue) < 0  # "The report, which ..., said"
            else None
        )
        return found or self.resolve(start, cue, cue)

    def doer(self, cue: int, lo: int) -> Attribution | None:
        """Who does an -ing cue: the noun phrase after "with" ("..., with union leaders vowing to stay
        "..."") when it names someone, else the sentence's subject."""
        start = self.sentence_start(lo, cue)
        at = self.folded.rfind(" with ", start, cue)
        found = self.resolve(at + 6, cue, cue) if at >= 0 and self.folded.find(",", at, cue) < 0 else None
        return self._attribution(found, "", "cue-before", cue) or self.subject(cue, lo)

    def subject(self, open_mark: int, lo: int) -> Attribution | None:
        """The subject of the quote's sentence: 'Stoltenberg condemned a build-up of "thousands"'."""
        i = self.sentence_start(lo, open_mark)
        if _SUBORDINATE.match(self.folded, i, open_mark):
            return None
        clause = _LAST_CLAUSE.search(self.folded, i, open_mark)
        i = clause.end() if clause else i
        end = i
        owned = False  # the word before ended in "'s" or was "the"/"of": this one is a noun, not a verb
        commas = 0  # an appositive may sit in commas: "The party's spokeswoman, Fiona Aird, dismissed"
        for words, word in enumerate(_SUBJECT_WORD.finditer(self.folded, i, open_mark)):
            token = word.group().strip(",")
            if words and not owned and token[:1].islower() and token not in _NOT_VERBS and commas != 1:
                # the first lowercase word that lets the words before it resolve is the verb:
                # "The Valdorian foreign ministry on Thursday summoned ..."
                found = (
                    self.resolve(i, end, i)
                    if commas
                    else speakers_resolve.resolve(self.ents, i, end, i, self.spoken)
                )
                if found is not None:
                    verb = self.text[word.start() : word.start() + len(token)]
                    return self._attribution(found, verb, "subject", i)
            owned = token.endswith(("'s", "s'")) or token in _BEFORE_NOUN
            end = word.start() + len(token)
            commas += word.group().endswith(",")
            if words >= 8 or commas > 2:
                return None
        return None
