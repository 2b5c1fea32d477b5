"""Transcripts and interviews: speaker labels at paragraph starts ("STOLTENBERG: ...", "Q: ...",
"Host: ...") and who each label stands for, from the names the article gives."""

from __future__ import annotations

import functools
import re

import regex

from quotecheck.extract import cues
from quotecheck.extract.speakers import Entities
from quotecheck.extract.speakers_names import is_title_token
from quotecheck.extract.wordtrie import alternation
from quotecheck.model import Speaker
from quotecheck.normalize import Layout

# "STOLTENBERG: ...", "ANNA MERCER, HOST: ...", "Q: ..." at the start of a paragraph.
_LABEL = regex.compile(
    r"(?P<name>\p{Lu}[\p{Lu}\p{M}.'\- ]{0,40}?)(?:, [\p{Lu}][\p{Lu} .'\-]{0,30})?"  # NAME, ROLE
    r"(?: \([^)\n]{1,20}\))?: +(?=\S)"  # (R-KAN.):
    r"|(?P<name>Q|A)[.:] +(?=\S)"
)
_CASED_LABEL = regex.compile(r"(?P<name>\p{Lu}[\p{L}'\-]+(?: \p{Lu}[\p{L}'\-]+){0,2}): +(?=\S)")
# Interview turns: index 0 is the interviewer's, 1 the interviewee's.
_QA_LABELS = {"Q": 0, "QUESTION": 0, "A": 1, "ANSWER": 1}
# The interviewer: named after a cue ("spoke to reporter X", "Interview by X") or in a byline ("By X").
_INTERVIEWER = re.compile(
    rf"(?:\b(?i:{alternation(cues.INTERVIEWER_CUES)})"
    r" (?:(?:the |our |a )?(?:[a-z]+ )?(?:reporter|journalist|correspondent|editor|host|presenter|writer) )?"
    r"|(?:^|\n)(?i:by) )$"
)
_UNKNOWN_LABELS = frozenset({"Q", "A", "QUESTION", "ANSWER", "REPORTER", "AUDIENCE", "VOICE", "UNIDENTIFIED"})
# Labels that name a role in the programme ("Host: ..."): the speaker is the person the intro gives it to.
_ROLE_LABELS = frozenset({"HOST", "PRESENTER", "ANCHOR", "INTERVIEWER", "MODERATOR"})


def transcript_labels(lay: Layout, ents: Entities) -> dict[int, tuple[int, Speaker | None]]:
    """Speaker-labelled paragraphs, when at least two paragraphs carry a label."""
    folded = ents.folded
    found: dict[int, tuple[int, Speaker | None]] = {}
    seen: dict[str, Speaker] = {}  # surname -> a full name given by an earlier label
    roles: tuple[Speaker | None, Speaker | None] | None = None
    for index, (start, end) in enumerate(lay.paragraphs):
        if folded[start] not in "QA" and folded.find(":", start, end) < 0:
            continue  # every label ends in a colon, except "Q." and "A."
        match = _LABEL.match(folded, start, end)
        name = match.group("name").strip() if match else ""
        if not match or not any(c.isalpha() for c in name):
            match = _CASED_LABEL.match(folded, start, end)
            name = match.group("name") if match else ""
            if not match or (
                name.split()[-1].lower() not in ents.people and name.upper() not in _ROLE_LABELS
            ):
                continue
        if name.lower() in cues.NON_SPEAKER_LABELS or match.end() >= end:
            continue
        if folded.count(";", match.end(), end) >= 2 or _is_list(folded[match.end() : end]):
            continue  # a team sheet or list ("Harbury Town: Mensah; Reid, Okoro; ..."), not a turn
        if name.upper() in _QA_LABELS:
            roles = roles or _interview_roles(lay, ents, index)
            found[index] = (match.end(), roles[_QA_LABELS[name.upper()]])
            continue
        speaker = (
            _role_holder(name, lay, ents, min(found, default=index))
            if name.upper() in _ROLE_LABELS
            else _label_speaker(name, ents, seen)
        )
        if speaker is not None and " " in speaker.name:
            seen.setdefault(speaker.name.split()[-1].lower(), speaker)
        found[index] = (match.end(), speaker)
    return found if len(found) >= 2 else {}


def _is_list(text: str) -> bool:
    """Five or more comma-separated items, the first five short ("GS Bright, GA Holroyd, ..."): a list."""
    items = text.split(",")
    return len(items) >= 5 and all(len(item.split()) <= 3 for item in items[:5])


def _interview_roles(lay: Layout, ents: Entities, first: int) -> tuple[Speaker | None, Speaker | None]:
    """(interviewer, interviewee) named in the paragraphs before the first Q/A turn.

    The interviewer follows a cue ("She spoke to Lukas Berndt", "talked to reporter Jonah Ferris",
    "In an interview with X, Y said"); the interviewee is the first other person named there.
    """
    lo = lay.paragraphs[max(0, first - 2)][0]
    hi = lay.paragraphs[first][0]
    people = [m for m in ents.mentions if lo <= m.start < hi and m.speaker.kind == "person"]
    asker = next(
        (m.speaker for m in people if _INTERVIEWER.search(ents.folded, max(lo, m.start - 50), m.start)), None
    )
    answerer = next((m.speaker for m in people if m.speaker != asker), None)
    return asker, answerer


@functools.lru_cache(maxsize=64)
def _role_before(stem: str) -> regex.Pattern[str]:
    """The role word just before a name ("hosted by ", "presenter "), compiled once per role."""
    return regex.compile(rf"\b{regex.escape(stem)}\w*(?: by)?,? $", regex.IGNORECASE)


def _role_holder(role: str, lay: Layout, ents: Entities, first: int) -> Speaker | None:
    """ "Host:" -> the person the intro says hosts ("hosted by Maya Ferris", "presenter Jo Hall"),
    looked for before the first labelled paragraph."""
    stem = role.lower()
    stem = stem[:-2] if stem.endswith(("er", "or")) and len(stem) > 5 else stem
    before = _role_before(stem)
    hi = lay.paragraphs[first][0]
    for mention in ents.mentions:
        if mention.start >= hi:
            break
        title = (mention.speaker.title or "").lower()
        if mention.speaker.kind == "person" and (
            stem in title or before.search(ents.folded, max(0, mention.start - 40), mention.start)
        ):
            return mention.speaker
    return None


def _label_speaker(name: str, ents: Entities, seen: dict[str, Speaker]) -> Speaker | None:
    """ "GRANT" -> the Hollis Grant of the article; "DIRECTOR MAYA ESTRADA-KLEIN" -> "Maya Estrada-Klein"."""
    if name.upper() in _UNKNOWN_LABELS or name.split()[0].upper() == "UNIDENTIFIED":
        return None  # "UNIDENTIFIED MALE"
    words = [w for w in name.split() if not is_title_token(w.capitalize()) and not is_title_token(w)]
    if not words:
        return None
    cased = " ".join("-".join(p.capitalize() for p in w.split("-")) if w.isupper() else w for w in words)
    known = [
        who
        for who in (ents.people.get(words[-1].lower()), seen.get(words[-1].lower()))
        if who is not None and who.name.lower().endswith(cased.lower())
    ]
    # the fullest form: "ELLERY" after "SEN. MARK ELLERY (R-OH):" is Mark Ellery, even if prose says "Ellery"
    return max(known, key=lambda who: len(who.name)) if known else Speaker(cased)
