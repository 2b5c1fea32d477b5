"""Cluster the same utterance across articles, and find a quote's closest passage in a reference.

Candidates come from blocking on each quotation's rarest words (an inverted index,
never all pairs); each candidate pair is scored with rapidfuzz's Indel distance on
word keys, so the score is order-sensitive and containment-aware (a partial quote
scores 100 against the fuller quote it was cut from). Verbatim reprints share one
form and are scored once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import attrs

from quotecheck.align import FUNCTION_WORDS, Words, align, join, lcs_length, tokenize
from quotecheck.groups import DisjointSets
from quotecheck.model import Article, Quote, Speaker
from quotecheck.normalize import layout
from quotecheck.variants import Canon

MIN_TOKENS = 3  # shorter quotations ("thousands", "reckless move") only cluster with exact copies
RARE_KEYS = 3  # how many of a quotation's rarest words are used as blocking keys
MAX_POSTING = 2000  # a word in more forms than this is not a useful blocking key
PEER_RATIO = 0.6  # below this length ratio the shorter quotation is a fragment of the longer


@attrs.frozen
class Unit:
    """One utterance in one article: its quote pieces joined, with their speaker."""

    article: int  # index into the articles
    pieces: tuple[int, ...]  # quote indices in that article, in order
    words: Words
    text: str
    speaker: Speaker | None
    spans: tuple[tuple[int, int], ...]  # where each piece's words are in the article text


@attrs.frozen
class Group:
    """A cluster of units: the same utterance as reported by several articles."""

    id: int
    units: tuple[int, ...]  # indices into the unit list, in text order
    fullest: int  # the unit with the most words


def build_units(quotes: Sequence[Sequence[Quote]], canon: Canon) -> list[Unit]:
    """Join each article's quote pieces into utterances; indirect speech and repeats are left out."""
    units: list[Unit] = []
    for art, article_quotes in enumerate(quotes):
        by_utterance: dict[int, list[int]] = defaultdict(list)
        for i, q in enumerate(article_quotes):
            if q.kind != "indirect" and q.repeat_of is None:
                by_utterance[q.utterance].append(i)
        for pieces in sorted(by_utterance.values()):
            ordered = sorted(pieces, key=lambda i: (article_quotes[i].part, article_quotes[i].start))
            words = join([tokenize(article_quotes[i].text, canon, article_quotes[i].start) for i in ordered])
            if not words.tokens:
                continue
            speaker = next((article_quotes[i].speaker for i in ordered if article_quotes[i].speaker), None)
            text = " ".join(article_quotes[i].text.strip() for i in ordered)
            spans = tuple((article_quotes[i].start, article_quotes[i].end) for i in ordered)
            units.append(Unit(art, tuple(ordered), words, text, speaker, spans))
    return units


def cluster(units: Sequence[Unit], threshold: float = 80.0) -> list[Group]:
    """Group units that report the same utterance; every unit lands in exactly one group."""
    forms: dict[tuple[str, ...], int] = {}
    unit_form = [forms.setdefault(u.words.keys, len(forms)) for u in units]
    vocab: dict[str, int] = {}
    encoded = [[vocab.setdefault(k, len(vocab)) for k in keys] for keys in forms]
    sets = DisjointSets(len(encoded))
    function_ids = {i for k, i in vocab.items() if k in FUNCTION_WORDS}
    fragments: dict[int, tuple[float, int, int]] = {}  # child form -> (score, parent length, parent form)
    for f, g, score in _candidate_scores(encoded, function_ids, threshold):
        short, long_ = (f, g) if len(encoded[f]) <= len(encoded[g]) else (g, f)
        if len(encoded[short]) >= PEER_RATIO * len(encoded[long_]):
            sets.union(f, g)
        else:
            best = fragments.get(short)
            candidate = (score, len(encoded[long_]), -long_)
            if best is None or candidate > (best[0], best[1], -best[2]):
                fragments[short] = (score, len(encoded[long_]), long_)
    attached: set[int] = set()
    for child in sorted(fragments):
        root = sets.find(child)
        if root in attached:
            continue
        if sets.find(fragments[child][2]) != root:
            attached.add(root)
            sets.union(root, fragments[child][2])
    return _groups(units, unit_form, [sets.find(f) for f in range(len(encoded))])


def _candidate_scores(
    encoded: list[list[int]], function_ids: set[int], threshold: float
) -> list[tuple[int, int, float]]:
    """Pairs of forms sharing a rare word whose containment score reaches `threshold`."""
    postings: dict[int, list[int]] = defaultdict(list)
    for f, tokens in enumerate(encoded):
        for t in set(tokens):
            postings[t].append(f)
    bags = [Counter(tokens) for tokens in encoded]
    seen: set[tuple[int, int]] = set()
    scored: list[tuple[int, int, float]] = []
    for f, tokens in enumerate(encoded):
        if len(tokens) < MIN_TOKENS:
            continue
        rare = sorted({t for t in tokens if t not in function_ids}, key=lambda t: (len(postings[t]), t))
        for t in rare[:RARE_KEYS]:
            if len(postings[t]) > MAX_POSTING:
                break
            for g in postings[t]:
                pair = (f, g) if f < g else (g, f)
                if g == f or pair in seen or len(encoded[g]) < MIN_TOKENS:
                    continue
                seen.add(pair)
                score = _score(encoded[f], encoded[g], bags[f], bags[g])
                if score >= threshold:
                    scored.append((pair[0], pair[1], score))
    scored.sort()
    return scored


def _score(a: list[int], b: list[int], bag_a: Counter[int], bag_b: Counter[int]) -> float:
    """0-100: how much of the shorter quotation the longer one holds, in order or reordered."""
    shorter = min(len(a), len(b))
    in_order = lcs_length(a, b)
    as_bag = sum((bag_a & bag_b).values())
    if shorter <= MIN_TOKENS + 1 and in_order < shorter:
        return 0.0  # a very short fragment must be an exact piece of the longer quotation
    return 100.0 * max(in_order, 0.9 * as_bag) / shorter


def _groups(units: Sequence[Unit], unit_form: list[int], root_of_form: list[int]) -> list[Group]:
    """Groups numbered by first appearance; the fullest unit has the most words (earliest on ties)."""
    members: dict[int, list[int]] = defaultdict(list)
    for u, form in enumerate(unit_form):
        members[root_of_form[form]].append(u)
    ordered = sorted(members.values(), key=lambda us: us[0])
    groups = []
    for gid, us in enumerate(ordered):
        fullest = max(us, key=lambda u: (len(units[u].words.tokens), -u))
        groups.append(Group(gid, tuple(us), fullest))
    return groups


# --- reference lookup -------------------------------------------------------------------


@attrs.frozen
class Passage:
    """The closest stretch of a reference text to a quotation."""

    article: int  # index into the reference articles
    words: Words  # the reference tokens of the passage
    start: int
    end: int
    score: float  # 0-100, share of the quotation's words found there in order


class ReferenceIndex:
    """Word index over reference texts (transcripts, press releases) for bounded look-ups."""

    def __init__(self, references: Sequence[Article], canon: Canon) -> None:
        self.words: list[Words] = []
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for r, article in enumerate(references):
            lay = layout(article)
            start = article.content_start
            words = tokenize(lay.clean[start:], canon, start)
            self.words.append(words)
            for p, token in enumerate(words.tokens):
                self.postings[token.key].append((r, p))

    def closest(self, quote: Words, max_anchors: int = 60) -> Passage | None:
        """The reference passage holding most of the quotation's words in order, or None."""
        keys = quote.keys
        if not keys:
            return None
        rare = sorted(
            {(len(self.postings.get(k, ())), i, k) for i, k in enumerate(keys) if k not in FUNCTION_WORDS}
        )
        best: tuple[int, int, int] | None = None
        anchors = 0
        slack = max(3, len(keys) // 4)
        for _count, i, k in rare[:RARE_KEYS]:
            for r, p in self.postings.get(k, ())[:max_anchors]:
                anchors += 1
                lo = max(0, p - i - slack)
                window = self.words[r].keys[lo : p - i + len(keys) + slack]
                found = lcs_length(keys, window)
                if best is None or found > best[0]:
                    best = (found, r, lo)
            if anchors >= max_anchors:
                break
        if best is None:
            return None
        found, r, lo = best
        ref_tokens = self.words[r].tokens[lo : lo + len(keys) + 2 * slack]
        steps = align(keys, [t.key for t in ref_tokens])
        matched = [s.b for s in steps if s.tag == "equal" and s.b is not None]
        if not matched:
            return None
        first, last = min(matched), max(matched)
        trimmed = ref_tokens[first : last + 1]
        return Passage(
            r, Words(trimmed, frozenset()), trimmed[0].start, trimmed[-1].end, 100.0 * found / len(keys)
        )
