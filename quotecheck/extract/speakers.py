"""Who is who in one article: people with their fullest name and title, organisations, mentions, gender.

`Entities.build` reads the article once (one regex pass over capitalised runs) and records every
person, their titles and where they are mentioned; speakers_names.py reads each run on its own words,
and speakers_resolve.py turns subject phrases into Speakers against these tables.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from quotecheck.extract import cues
from quotecheck.extract.numbers import IRREGULAR_PLURALS
from quotecheck.extract.speakers_names import (
    _ANONYMOUS_SUBJECT,
    _COMPANY_COMMON,
    _COMPANY_KINDS,
    _DEFINED,
    _DETERMINERS,
    _GENDER_REACH,
    _GENDER_WORD,
    _GENDERED_LEAD,
    _GENDERED_TITLE,
    _HEAD_AFTER_SPACE,
    _HONORIFICS,
    _KIND_BEFORE,
    _NAME_BEFORE,
    _NICK_IN_NAME,
    _ORG_HEADS,
    _ORG_PHRASE,
    _OWNER_ROLE,
    _PLACE_BEFORE,
    _RECENT,
    _ROLE_AFTER,
    _ROLE_BEFORE,
    _RUN,
    _SPACES,
    _SPECIFIC_ROLES,
    _STOP,
    _TITLE_SUBJECT,
    _WORD,
    _canonical_title,
    _describes,
    _inside,
    _lead_end,
    _names_all,
    _names_nothing,
    _plan,
    _pre_appositive,
    _role_lead,
    _sentence_start,
    _spelled_by,
)
from quotecheck.model import Speaker


@attrs.frozen
class Mention:
    """One place a person (or organisation) is named; `subject` when it starts its sentence."""

    start: int
    end: int
    speaker: Speaker
    subject: bool


_Spans = tuple[list[tuple[int, int]], list[int]]  # sorted (start, end) spans and their starts


@attrs.define
class Entities:
    """The people of one article: fullest names, titles, mentions in text order."""

    text: str
    folded: str
    people: dict[str, Speaker] = attrs.field(factory=dict)  # lowercase surname -> fullest form
    mentions: list[Mention] = attrs.field(factory=list)
    groups: list[Speaker] = attrs.field(factory=list)  # groups that spoke, named in full
    orgs: list[Speaker] = attrs.field(factory=list)  # organisations that spoke, in reading order
    org_spoke: list[tuple[int, Speaker]] = attrs.field(factory=list)  # (where, organisation) of each
    org_mentions: list[tuple[int, Speaker]] = attrs.field(factory=list)  # named organisations, in text order
    gender: dict[str, str] = attrs.field(factory=dict)  # person name -> "m" | "f"
    titled: list[tuple[int, Speaker]] = attrs.field(factory=list)  # "The minister ..." subjects
    leads: dict[int, int] = attrs.field(factory=dict)  # sentence start -> where its subject starts
    starts: list[int] = attrs.field(factory=list)  # where each mention starts
    _first_names: dict[str, str] = attrs.field(factory=dict)  # first name -> surname key; "" if shared
    org_starts: list[int] = attrs.field(factory=list)  # where each organisation mention starts
    acronyms: dict[str, Speaker] = attrs.field(factory=dict)  # "ERB" -> "Elbtal Regionalbahn"
    fullest: dict[str, Speaker] = attrs.field(factory=dict)  # organisation name -> as named in full
    _by_first_word: dict[str, list[Speaker]] = attrs.field(factory=dict)  # "Chiswe" -> organisations,
    _indexed: int = 0  # latest first, and how many org_mentions that index has read
    kinds: list[tuple[int, str, Speaker]] = attrs.field(factory=list)  # (where, "charity", Helping Hands)
    renamed: dict[str, str] = attrs.field(factory=dict)  # "Birdie Lowell" -> "Bernadette Lowell"
    voiced: list[tuple[int, Speaker, str]] = attrs.field(factory=list)  # (where, organisation, "f") heard
    # through an unnamed spokeswoman or spokesman

    @classmethod
    def build(
        cls, text: str, folded: str, sentences: tuple[tuple[int, int], ...], skip: frozenset[int]
    ) -> Entities:
        """Read every capitalised run of `folded` (the folded clean `text`) once.

        `skip` holds sentence indexes to ignore (headlines in title case).
        """
        ents = cls(text, folded)
        runs: list[tuple[int, int, int, Speaker]] = []  # start, name start, end, speaker
        kept = [span for index, span in enumerate(sentences) if index not in skip]
        run_sentences: list[int] = []  # the start of each run's sentence
        for s_start, s_end in kept:
            for match in _RUN.finditer(folded, s_start, s_end):
                ents._read_run(match.start(), match.end(), runs)
            run_sentences += [s_start] * (len(runs) - len(run_sentences))
        sentence_end = dict(kept)
        ents.leads = {s_start: _lead_end(folded, s_start, s_end) for s_start, s_end in kept}
        for (start, name_start, end, speaker), s_start in zip(runs, run_sentences, strict=True):
            final = ents.people.get(speaker.name.split()[-1].lower(), speaker)
            named_so = ents.renamed.get(speaker.name, speaker.name)  # (a nickname used before the name)
            full = final if final.name.endswith(named_so) else speaker
            # a name standing alone (a byline "Ines Dalgaard", a caption) is no clause's subject
            alone = sentence_end[s_start] - end < 3 and not folded[end : sentence_end[s_start]].strip(" .,")
            subject = not alone and ents._is_subject(start, s_start)
            ents.mentions.append(Mention(name_start, end, full, subject))
        ents.starts = [m.start for m in ents.mentions]
        ents._read_orgs(kept)
        ents.titled = [
            (m.start(), who)
            for s_start, s_end in kept
            if folded.startswith("he ", ents.leads[s_start] + 1)  # "The"/"the": a cheap first test
            and (m := _TITLE_SUBJECT.match(folded, ents.leads[s_start], s_end))
            and (who := ents.title_holder(m.group(), m.start())) is not None
        ]
        ents.titled += [
            (m.start("desc"), ents._anonymous(m))
            for s_start, s_end in kept
            if folded[ents.leads[s_start] : ents.leads[s_start] + 1]
            in ("A", "a", "O", "o")  # a cheap first test
            and (m := _ANONYMOUS_SUBJECT.match(folded, ents.leads[s_start], s_end))
        ]
        ents.titled.sort(key=lambda item: item[0])
        return ents

    def _anonymous(self, match: regex.Match[str]) -> Speaker:
        """An unnamed person as a speaker ("reader in Leeds"), with the gender its noun states."""
        speaker = Speaker(self.text[match.start("desc") : match.end("desc")])
        gender = cues.GENDERED_NOUNS.get(match.group("noun") or "")
        if gender is not None:
            self.gender[speaker.name] = gender
        return speaker

    def _read_orgs(self, sentences: list[tuple[int, int]]) -> None:
        """Add organisations named by a lowercase head ("Kessaria's defence ministry") to the table."""
        heads = [match.start() for match in _HEAD_AFTER_SPACE.finditer(self.folded)]
        named = {at for at, _ in self.org_mentions}  # "the shipping company Östersjölinjen": the name
        for s_start, s_end in sentences:
            at = bisect.bisect_left(heads, s_start)
            phrases = (
                _ORG_PHRASE.finditer(self.folded, s_start, s_end)
                if at < len(heads) and heads[at] < s_end
                else ()
            )
            for match in phrases:
                if (not match.group("owner") and _describes(match.group("mods"), match.group("head"))) or (
                    match.end() + 1 in named
                ):
                    continue  # "the ministry", "the Dutch lender" refer back; they name nothing new
                name = self.text[
                    match.start("owner") if match.group("owner") else match.start("mods") : match.end()
                ]
                self._add_org(match.start(), name)
            defined = (
                _DEFINED.finditer(self.folded, s_start, s_end)
                if self.folded.find(" (", s_start, s_end) >= 0
                else ()
            )
            for match in defined:
                self._read_acronym(match.start(), match.group(1))
        self.org_mentions.sort(key=lambda item: item[0])
        self.org_starts = [at for at, _ in self.org_mentions]

    def _read_acronym(self, end: int, acronym: str) -> None:
        """Record the name before " (DfE)" when the initials of its last words spell the acronym, or
        failing that, when the acronym's letters appear in order in a capitalised name that starts
        with its first letter ("Elbtal Regionalbahn (ERB)")."""
        size = len(acronym.replace("&", ""))
        words = _spelled_by(self.folded[max(0, end - 16 * size) : end].split()[-size - 3 :], acronym)
        if not words:
            run = _NAME_BEFORE.search(self.folded, max(0, end - 80), end)
            words = run.group().split() if run else []
            letters = iter("".join(words).lower())
            if not words or words[0][0] != acronym[0] or not all(c in letters for c in acronym.lower()):
                return
        start = end - len(" ".join(words))
        self._add_org(start, self.text[start:end])
        self.acronyms[acronym] = self.org_mentions[-1][1]

    def learn_gender(self, quoted: list[tuple[int, int]]) -> None:
        """Gender per person: an honorific, else the he/his/him or she/her that goes with each mention,
        outside the quotes in `quoted` (sorted (start, end) spans: "‘She’s hitting the ball well,’ he
        said" tells the coach is a man, not a woman). A common first name outweighs a single such
        pronoun, which may belong to someone else. Votes both ways leave the gender unknown."""
        stated = set(self.gender)  # by an honorific or a gendered title: the strongest evidence
        votes: dict[str, list[int]] = {}
        sentences = sorted(self.leads)
        spans = (quoted, [start for start, _ in quoted])
        for index, mention in enumerate(self.mentions):
            if mention.speaker.kind != "person":
                continue
            word = self._gender_of(index, spans, sentences)
            if word is not None:
                tally = votes.setdefault(mention.speaker.name, [0, 0])
                tally[cues.GENDERED_PRONOUNS[word.lower()] == "f"] += 1
        for name, (male, female) in votes.items():
            if not (male and female):
                self.gender.setdefault(name, "m" if male else "f")
        for person in self.people.values():  # a common first name: "Mark", "Jane"
            words = person.name.split()
            if len(words) < 2 or words[0] not in cues.FIRST_NAME_GENDER or person.name in stated:
                continue
            if sum(votes.get(person.name, (0, 0))) <= 1:  # one nearby pronoun may be someone else's
                self.gender[person.name] = cues.FIRST_NAME_GENDER[words[0]]

    def _gender_of(self, index: int, quoted: _Spans, sentences: list[int]) -> str | None:
        """The gendered word that goes with mention `index`: one before it in its sentence when it is the
        subject ("In her reply, Varga ..."), else the first after it, unless that word belongs to the next
        subject's sentence ("... with Varga. In his letter, Lindqvist") or the mention is a possessive
        after another subject ("Lindqvist left Varga's government after his ...")."""
        mention = self.mentions[index]
        s_start = _sentence_start(sentences, mention.start)
        before = self.mentions[index - 1] if index else None
        if mention.subject and (before is None or before.end <= s_start):
            lead = _GENDERED_LEAD.fullmatch(self.folded, s_start, mention.start)
            word = lead and self._gender_word(lead.start("word"), lead.end("word"), quoted)
            if word:
                return str(word.group())
        possessive = self.folded.startswith("'", mention.end) or self.folded.endswith("'s", 0, mention.end)
        earlier = self.mentions[max(0, index - 3) : index]
        if possessive and any(
            m.subject and m.speaker.kind == "person" and m.start >= s_start for m in earlier
        ):
            return None
        stop = mention.end + _GENDER_REACH
        after = self.mentions[index + 1] if index + 1 < len(self.mentions) else None
        if after is not None:
            stop = min(stop, after.start)
        word = self._gender_word(mention.end, stop, quoted)
        if word is None or (
            after is not None
            and after.subject
            and after.speaker.kind == "person"
            and word.start() >= _sentence_start(sentences, after.start)
        ):
            return None
        return str(word.group())

    def _gender_word(self, start: int, stop: int, quoted: _Spans) -> regex.Match[str] | None:
        """The first he/his/she/her... in folded[start:stop] outside the `quoted` spans."""
        return next(
            (w for w in _GENDER_WORD.finditer(self.folded, start, stop) if not _inside(w.start(), *quoted)),
            None,
        )

    def _read_run(self, start: int, end: int, runs: list[tuple[int, int, int, Speaker]]) -> None:
        if self.folded.find(" ", start, end) < 0:  # one word, the common case: "The", "Russia", "Kuleba"
            if self.folded[start:end] not in _STOP:  # ("The", "He", "But" name no one)
                self._read_piece([(start, end)], runs)
            return
        words = [(m.start(), m.end()) for m in _WORD.finditer(self.folded, start, end)]
        while words:
            cut = next(  # "Russia's Foreign Ministry", but one name in "St Aldhelm's Hospital"
                (
                    i
                    for i, (a, b) in enumerate(words)
                    if self.folded[b - 2 : b] == "'s"
                    and self.folded[a : b - 2].lower() not in IRREGULAR_PLURALS  # "Children's Food Coalition"
                    and not (i + 2 == len(words) and self.folded[words[-1][0] : words[-1][1]] in _ORG_HEADS)
                ),
                None,
            )
            piece = words if cut is None else words[: cut + 1]
            words = [] if cut is None else words[cut + 1 :]
            self._read_piece(piece, runs)

    def _read_piece(self, words: list[tuple[int, int]], runs: list[tuple[int, int, int, Speaker]]) -> None:
        plan = _plan(tuple(self.folded[a:b] for a, b in words))
        words = words[plan.lead :]
        if plan.kind == "split":
            self._read_piece(words[: plan.at], runs)
            self._read_piece(words[plan.at + 1 :], runs)
            return
        tokens = plan.tokens
        if plan.kind == "org":
            self._read_org(words, tokens, runs)
            return
        if plan.kind != "person":
            return
        last_title = plan.at
        name = tokens[last_title + 1 :]
        name_start = words[last_title + 1][0]
        name_end = words[len(tokens) - 1][0] + len(tokens[-1])
        key = name[-1].lower()
        first = self.by_first_name(name[0]) if len(name) == 1 and key not in self.people else None
        if (
            last_title < 0
            and (len(name) > 1 or (first is None and key not in self.people))
            and self._kind_before(name_start)
        ):
            self._add_kind(name_start, _SPACES.sub(" ", self.text[name_start:name_end]))
            return  # "the charity Kids in Mind", "the shipping company Östersjölinjen"
        if first is not None or (len(name) == 1 and last_title < 0):
            known_one = first or self.people.get(key)
            if known_one is not None:  # "Danny", "Sir Alan" after "Sir Alan Wetherby"
                runs.append((words[0][0], name_start, name_end, known_one))
            elif (org := self.org_starting(name[0])) is not None:  # "Chiswe" after "Chiswe Minerals"
                self.org_mentions.append((name_start, org))
            return
        full = self.text[name_start:name_end]
        nicks = list(_NICK_IN_NAME.finditer(self.folded, name_start, name_end))
        for nick in reversed(nicks):
            full = full[: nick.start() - name_start] + full[nick.end() - name_start :]
        full = _SPACES.sub(" ", full)
        if last_title < 0 and (org := self.org_starting(full)) is not None:  # "Serrano Ridge" after "Serrano
            self.org_mentions.append((name_start, org))  # Ridge Resources" is the company again
            return
        if last_title < 0 and len(name) > 1 and self._which_follows(name_start, name_end):
            self._add_org(name_start, full)  # "operated by Tollgate Ridge Coal, which employs ..."
            return
        title = self._title(words, last_title, name_start, name_end)
        known = self.people.get(key)
        if (
            known is not None
            and len(name) > 1
            and not known.name.endswith(full)
            # longer, or with a first name the known one lacks ("Lonnie Odom" after "Travis Lee Odom")
            and (
                len(full.split()) >= len(known.name.split())
                or full.split()[0].lower() not in known.name.lower().split()  # ("De Wit" is "Anouk de Wit")
            )
            and not full.endswith(known.name)
        ):
            if any(known.name.split()[0] in nick.group() for nick in nicks):
                self.renamed[known.name] = full  # 'Bernadette "Birdie" Lowell' after "Birdie Lowell":
                known = None  # her full name, for the mentions before it too
            else:  # "Eli Lowell" after "Bernadette Lowell": another person, named in full or by first
                key = full.lower()  # name; the bare surname stays with the one named first
                known = self.people.get(key)
        honorific = next((t for t in tokens[: last_title + 1] if t in cues.GENDERED_HONORIFICS), None)
        if known is None or len(full.split()) > len(known.name.split()):
            self.people[key] = Speaker(
                full if known is None or len(name) > 1 else known.name,
                title or (known.title if known else None),
            )
        elif known.title is None and title:
            self.people[key] = attrs.evolve(known, title=title)
        first_name = self.people[key].name.split()
        if len(first_name) == 3 and first_name[1][:1].isupper():  # "Palacios" of "Rodrigo Palacios Vera"
            self.people.setdefault(first_name[1].lower(), self.people[key])
        if len(first_name) > 1 and self._first_names.get(first_name[0], key) == key:
            self._first_names[first_name[0]] = key
        elif len(first_name) > 1:
            self._first_names[first_name[0]] = ""  # two people share it: a first name alone names no one
        if honorific is not None:
            self.gender[self.people[key].name] = cues.GENDERED_HONORIFICS[honorific]
        elif title and (said := _GENDERED_TITLE.search(title)) is not None:  # "chairwoman Gesine Tammen"
            self.gender.setdefault(self.people[key].name, cues.GENDERED_NOUNS[said.group().lower()])
        runs.append((words[0][0], name_start, name_end, self.people[key]))

    def _read_org(
        self,
        words: list[tuple[int, int]],
        tokens: tuple[str, ...],
        runs: list[tuple[int, int, int, Speaker]],
    ) -> None:
        """A run naming an organisation; "Director Maya Estrada-Klein of the Federal Aviation Safety
        Office" names a person too, and "Commander-in-Chief of the Armed Forces" only the forces."""
        first = 0
        if "of" in tokens:
            cut = tokens.index("of")
            if not any(t in _ORG_HEADS for t in tokens[:cut]):
                self._read_piece(words[:cut], runs)
                first = cut + 1 + (tokens[cut + 1 : cut + 2] == ("the",))
        while first < len(words) - 1 and tokens[first].lower() in _COMPANY_KINDS:
            first += 1  # "Developer Brightplain Energy": the company is "Brightplain Energy"
        if first < len(words) and not (first == len(words) - 1 and _names_nothing(tokens[first])):
            # (a kind alone, a bullet's "Company pushes ...", "Shipping lines", names nothing)
            org = _SPACES.sub(" ", self.text[words[first][0] : words[-1][0] + len(tokens[-1])])
            (self._add_kind if self._kind_before(words[first][0]) else self._add_org)(words[first][0], org)

    def _kind_before(self, name_start: int) -> bool:
        """Whether the kind of organisation is said right before a name: "the charity Kids in Mind"."""
        return (
            self.folded[
                name_start - 2 : name_start - 1
            ].islower()  # a lowercase word before: a cheap first test
            and _KIND_BEFORE.search(self.folded, max(0, name_start - 30), name_start) is not None
        )

    def _which_follows(self, start: int, end: int) -> bool:
        """A name followed by ", which" is no person's (people take "who"), and not a place's when
        no preposition of place comes before it: "operated by Tollgate Ridge Coal, which employs"."""
        return self.folded.startswith(", which ", end) and not _PLACE_BEFORE.search(
            self.folded, max(0, start - 12), start
        )

    def _add_kind(self, at: int, name: str) -> None:
        """Record an organisation named after its kind, and the kind, which "the charity" later means."""
        self._add_org(at, name)
        kind = self.folded[self.folded.rfind(" ", 0, at - 1) + 1 : at - 1]
        self.kinds.append((at, kind, self.org_mentions[-1][1]))

    def kind_named(self, kind: str, pos: int) -> Speaker | None:
        """The latest organisation introduced before `pos` with this kind ("the charity Helping Hands"),
        or, for "company" and its like, with any kind of company ("the carmaker Volkstrom")."""
        company = kind in _COMPANY_COMMON
        return next(
            (
                org
                for at, word, org in reversed(self.kinds)
                if at < pos
                and (word == kind or (company and (word in _COMPANY_COMMON or word.endswith("maker"))))
            ),
            None,
        )

    def org_starting(self, name: str) -> Speaker | None:
        """The organisation named so far whose name starts with `name` and goes on ("Norrvik" for
        "Norrvik Battery AB"); of several, the shortest, the latest on a tie ("Mokseong" is Mokseong
        Heavy Industries, not the Mokseong Shipbuilding Workers' Union named after it)."""
        if len(self.org_mentions) != self._indexed:  # an index by first word, rebuilt when orgs were added
            self._by_first_word = {}
            for _, org in reversed(self.org_mentions):
                self._by_first_word.setdefault(org.name.split(" ", 1)[0], []).append(org)
            self._indexed = len(self.org_mentions)
        prefix = name + " "
        longer = [
            org for org in self._by_first_word.get(name.split(" ", 1)[0], ()) if org.name.startswith(prefix)
        ]
        return min(longer, key=lambda org: len(org.name)) if longer else None

    def _add_org(self, at: int, name: str) -> None:
        """Record an organisation named at `at`; a shorter reference ("the Alliance") to one named
        before records that one."""
        words = name.split()
        known = next((org for _, org in reversed(self.org_mentions) if _names_all(org.name, words)), None)
        self.org_mentions.append((at, known or Speaker(name, None, "organization")))

    def _title(
        self, words: list[tuple[int, int]], last_title: int, name_start: int, name_end: int
    ) -> str | None:
        text = self.folded
        # honorifics ("Mr", "Dr", "Sir") are not titles: "Prime Minister Sir Keir Starmer" -> "Prime Minister"
        while last_title >= 0 and text[words[last_title][0] : words[last_title][1]] in _HONORIFICS:
            last_title -= 1
        if last_title >= 0:
            return self.text[words[0][0] : words[last_title][1]]
        pre = _pre_appositive(text, name_start)
        if pre is not None and text[name_end : name_end + 1] == ",":
            return (
                self.text[pre.start("role") : pre.end("role")]
                if "'" not in text[pre.start() : pre.start("role")]  # "The", "Her": the role alone
                else self.text[pre.start() : pre.end("role")]
            )
        # a role noun ends with a lowercase letter right before the name's space: a cheap first test
        before = text[name_start - 2 : name_start - 1].islower() and _ROLE_BEFORE.search(
            text, max(0, name_start - 60), name_start
        )
        if before:
            return self.text[before.start(1) : before.end(1)]
        after = _ROLE_AFTER.match(text, name_end, name_end + 80)
        if after:
            return str(_DETERMINERS.sub("", self.text[after.start(1) : after.end(1)]))
        return None

    def _is_subject(self, start: int, s_start: int) -> bool:
        """A mention at the start of its sentence (which starts at `s_start`), or right after an
        introductory phrase."""
        known = self.leads.get(s_start, start + 1)  # the sentence's own, when it ends before the name
        lead_end = known if known <= start else _lead_end(self.folded, s_start, start)
        lead = _OWNER_ROLE.sub("", self.folded[lead_end:start].strip(" \u2022*-("))
        if not lead or (lead.endswith(",") and lead.split()[0] in _STOP):
            return True
        return _role_lead(lead) or (lead.endswith(",") and _pre_appositive(self.folded, start) is not None)

    def by_first_name(self, word: str) -> Speaker | None:
        """The one person named in full before whose first name is `word` ("Danny", "Sir Alan")."""
        key = self._first_names.get(word)
        return self.people.get(key) if key else None

    def title_holder(self, phrase: str, pos: int) -> Speaker | None:
        """The person introduced before `pos` with this title ("the Secretary General", "NATO chief")."""
        wanted = _canonical_title(phrase)
        roles = wanted & _SPECIFIC_ROLES
        i = bisect.bisect_left(self.starts, pos)
        best: tuple[int, int, Speaker] | None = None
        for rank, mention in enumerate(self.mentions[max(0, i - _RECENT) : i][::-1]):
            title = mention.speaker.title
            if not title or mention.speaker.kind != "person":
                continue
            have = _canonical_title(title)
            if roles and not roles & have:
                continue
            score = len(wanted & have)
            if score and (best is None or score > best[0]):
                best = (score, -rank, mention.speaker)
        return best[2] if best else None
