"""Turn quote clusters into findings: align each variant with the fullest version and classify.

Also holds the rule table (id -> default severity) and the helpers every finding is
built with (outlet labels, wdiff-style marking, content fingerprints), shared with
quotecheck.facts.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from quotecheck.align import FUNCTION_WORDS, NEGATIONS, Step, Words, align
from quotecheck.match import Group, Passage, ReferenceIndex, Unit
from quotecheck.model import SEVERITIES, Article, Config, Evidence, Finding, Quote, Severity, Speaker
from quotecheck.variants import SPOKESPERSON, Canon, person_key, same_person

# Rule id -> default severity. Config.severity overrides; Config.enable/disable filter.
RULES: dict[str, Severity] = {
    "quote-truncated": "info",  # a clean fragment of a fuller quotation
    "quote-reordered": "warning",  # the same words in another order
    "quote-wording": "warning",  # content words added, dropped or substituted
    "quote-number": "error",  # a number inside the quotation differs
    "quote-negation": "error",  # a "not", "no", "never" added or lost
    "quote-speaker": "error",  # the same words given to different people
    "quote-unsourced": "warning",  # a draft quotation with no close passage in the reference
    "figure-conflict": "warning",  # figures for the same fact whose ranges do not overlap
    "date-conflict": "warning",  # one event given different dates or weekdays
    "date-weekday": "error",  # a weekday that does not fit its date
    "unbalanced-quote": "warning",  # a quotation mark opened and never closed
}
# The most serious wording rule wins when a variant differs in several ways.
_PRIORITY = ("quote-negation", "quote-number", "quote-wording", "quote-reordered", "quote-truncated")
_TITLES = {
    "quote-truncated": "Quotation cut",
    "quote-reordered": "Quotation reordered",
    "quote-wording": "Quotation worded differently",
    "quote-number": "Number changed inside a quotation",
    "quote-negation": "Negation changed inside a quotation",
}
_EDGE_WORDS = 8  # longer runs cut at a quotation's edge are abbreviated in messages
MAX_PEERS = 12  # longest versions of a cluster tried when a variant may be a piece of one of them
MIN_REFERENCE_TOKENS = 4  # shorter quotations (scare quotes) are not looked up in a reference
MIN_REFERENCE_SCORE = 50.0  # below this share of words in order, no passage counts as the source


# --- finding helpers shared with quotecheck.facts ----------------------------------------


def label(article: Article) -> str:
    """How a message names an article: its outlet and id, or its id alone."""
    return f"{article.source} ({article.id})" if article.source else article.id


def labels(articles: Sequence[Article]) -> str:
    """Name one article, or the first and how many reprints carry the same words."""
    first = label(articles[0])
    rest = len(articles) - 1
    return first if rest == 0 else f"{first} and {rest} other{'s' if rest > 1 else ''}"


def fingerprint(rule: str, words: Iterable[str], articles: Iterable[Article]) -> str:
    """A stable 16-hex-digit hash of the rule, the normalised words and the sorted article ids."""
    ids = sorted({a.source or a.id for a in articles} | {a.id for a in articles})
    payload = "\x1f".join([rule, *words, "\x1e", *ids])
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


def finding(
    rule: str,
    message: str,
    evidence: Sequence[Evidence],
    key: Iterable[str],
    articles: Iterable[Article],
    details: dict[str, Any],
) -> Finding:
    """A Finding with the rule's default severity (overrides are applied in `finalize`)."""
    return Finding(rule, RULES[rule], message, tuple(evidence), fingerprint(rule, key, articles), details)


def finalize(findings: Iterable[Finding], articles: Sequence[Article], config: Config) -> tuple[Finding, ...]:
    """Filter by Config.enable/disable, apply severity overrides, dedupe and sort deterministically."""
    overrides = dict(config.severity)
    order = {a.id: i for i, a in enumerate(articles)}
    kept: dict[str, Finding] = {}
    for f in findings:
        if (config.enable and f.rule not in config.enable) or f.rule in config.disable:
            continue
        if f.rule in overrides:
            f = attrs.evolve(f, severity=overrides[f.rule])
        kept.setdefault(f.fingerprint, f)

    def position(f: Finding) -> tuple[int, int, int, str, str]:
        first = f.evidence[0] if f.evidence else None
        where = (order.get(first.article, len(order)), first.start) if first else (len(order), 0)
        return (SEVERITIES.index(f.severity), *where, f.rule, f.fingerprint)

    return tuple(sorted(kept.values(), key=position))


# --- classifying one variant against a fuller version ------------------------------------


@attrs.frozen
class Verdict:
    """How variant b differs from the fuller a: the rule (None when benign) and the alignment."""

    rule: str | None
    steps: tuple[Step, ...]
    changed: tuple[str, ...]  # keys of the words added, dropped or moved


def classify(a: Words, b: Words) -> Verdict | None:
    """Align b against a word by word and name the most serious difference; None when unrelated."""
    at = _contiguous(a.keys, b.keys)
    if at is not None:  # a clean piece: say so without trusting an ambiguous alignment
        steps = (
            *(Step("delete", i, None) for i in range(at)),
            *(Step("equal", at + j, j) for j in range(len(b.keys))),
            *(Step("delete", i, None) for i in range(at + len(b.keys), len(a.keys))),
        )
        rule = "quote-truncated" if len(a.keys) > len(b.keys) else None
        return Verdict(rule, steps, ())
    steps = align(a.keys, b.keys)
    touched_a = [s.a for s in steps if s.a is not None and (s.tag == "equal" or s.moved)]
    touched_b = [s.b for s in steps if s.b is not None and (s.tag == "equal" or s.moved)]
    if not touched_a or not touched_b:
        return None
    a_lo, a_hi, b_lo, b_hi = min(touched_a), max(touched_a), min(touched_b), max(touched_b)
    dropped, added, moved = [], [], []
    cut = a_lo > 0 or a_hi < len(a.tokens) - 1
    a_pos = b_pos = 0
    for s in steps:
        if s.moved:
            token = a.tokens[s.a] if s.a is not None else b.tokens[s.b or 0]
            if token.key not in FUNCTION_WORDS:
                moved.append(token.key)
        elif s.tag == "delete" and s.a is not None:
            if a_lo <= s.a <= a_hi:
                if b_pos in b.gaps:
                    cut = True  # an ellipsis owns up to the omission
                else:
                    dropped.append(a.tokens[s.a])
        elif s.tag == "insert" and s.b is not None:
            token = b.tokens[s.b]
            at_clean_edge = (s.b < b_lo and a_lo == 0) or (s.b > b_hi and a_hi == len(a.tokens) - 1)
            if not (token.editorial or at_clean_edge or (b_lo <= s.b <= b_hi and a_pos in a.gaps)):
                added.append(token)
        a_pos += s.a is not None
        b_pos += s.b is not None
    changed = tuple(t.key for t in (*dropped, *added))
    fired = {
        "quote-negation": sum(t.key in NEGATIONS for t in added) != sum(t.key in NEGATIONS for t in dropped),
        "quote-number": any(t.is_number for t in (*dropped, *added)),
        "quote-wording": any(t.key not in FUNCTION_WORDS for t in (*dropped, *added)),
        "quote-reordered": bool(moved),
        "quote-truncated": cut,
    }
    rule = next((r for r in _PRIORITY if fired[r]), None)
    return Verdict(rule, steps, changed + tuple(moved))


def _contiguous(a: tuple[str, ...], b: tuple[str, ...]) -> int | None:
    """Where b's keys run unbroken inside a's, or None."""
    if not b:
        return None
    for i in range(len(a) - len(b) + 1):
        if a[i] == b[0] and a[i : i + len(b)] == b:
            return i
    return None


def wdiff(a: Words, b: Words, steps: Sequence[Step]) -> str:
    """The two versions in one line: `[-only in a-]`, `{+only in b+}`, common words plain."""
    out: list[str] = []
    for tag, surfaces in _runs(a, b, steps, split_moves=False):
        text = _abbreviate(surfaces) if tag == "delete" else " ".join(surfaces)
        out.append({"equal": text, "delete": f"[-{text}-]", "insert": f"{{+{text}+}}"}[tag])
    return " ".join(out)


def diff_ops(a: Words, b: Words, steps: Sequence[Step]) -> list[dict[str, str]]:
    """The alignment for renderers: equal, delete, insert, replace and move runs of words."""
    ops: list[dict[str, str]] = []
    for tag, surfaces in _runs(a, b, steps, split_moves=True):
        text = " ".join(surfaces)
        if tag == "insert" and ops and ops[-1]["op"] == "delete":
            ops[-1] = {"op": "replace", "a": ops[-1]["a"], "b": text}
        elif tag.startswith("move"):
            ops.append(
                {"op": "move", "a": text if tag == "move-from" else "", "b": text if tag == "move-to" else ""}
            )
        else:
            ops.append(
                {"op": tag, "a": text if tag != "insert" else "", "b": text if tag != "delete" else ""}
            )
    return ops


def _runs(a: Words, b: Words, steps: Sequence[Step], *, split_moves: bool) -> list[tuple[str, list[str]]]:
    """Consecutive steps of one kind with the words as written (a contraction shown once)."""
    runs: list[tuple[str, list[str]]] = []
    last_span: tuple[str, int] | None = None
    for s in steps:
        token = a.tokens[s.a] if s.tag == "delete" and s.a is not None else b.tokens[s.b or 0]
        tag: str = s.tag
        if split_moves and s.moved:
            tag = "move-from" if s.tag == "delete" else "move-to"
        span = (tag, token.start)
        if span == last_span:
            continue
        last_span = span
        if runs and runs[-1][0] == tag:
            runs[-1][1].append(token.surface)
        else:
            runs.append((tag, [token.surface]))
    return runs


def _abbreviate(surfaces: list[str]) -> str:
    if len(surfaces) <= _EDGE_WORDS:
        return " ".join(surfaces)
    return " ".join([*surfaces[:3], "…", *surfaces[-3:]])


# --- cluster comparison --------------------------------------------------------------------


@attrs.frozen
class Corpus:
    """What the comparison needs to know about one run: articles, their quotes and units."""

    articles: Sequence[Article]
    quotes: Sequence[Sequence[Quote]]
    units: Sequence[Unit]
    canon: Canon


def compare_quotes(corpus: Corpus, groups: Sequence[Group]) -> list[Finding]:
    """Wording, speaker and balance findings for every cluster reported by two or more articles."""
    found: list[Finding] = []
    for group in groups:
        if len({corpus.units[u].article for u in group.units}) > 1:
            found.extend(_wording_findings(corpus, group))
            found.extend(_speaker_findings(corpus, group))
    for art, article_quotes in enumerate(corpus.quotes):
        for q in article_quotes:
            if q.unbalanced:
                found.append(_unbalanced(corpus.articles[art], q))
    return found


def _wording_findings(corpus: Corpus, group: Group) -> list[Finding]:
    """Compare each distinct form (verbatim reprints collapsed) with the fullest version."""
    units = corpus.units
    full = units[group.fullest]
    forms: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for u in group.units:
        forms[units[u].words.keys].append(u)
    longer = sorted(forms, key=len, reverse=True)
    found = []
    for keys, members in forms.items():
        if keys == full.words.keys:
            continue
        others = [u for u in members if units[u].article != full.article]
        if not others:
            continue
        variant = units[others[0]]
        verdict = classify(full.words, variant.words)
        if verdict is None or (verdict.rule in (None, "quote-truncated") and verdict.rule is None):
            continue
        if verdict.rule != "quote-truncated" and _explained_by_longer(units, forms, longer, keys, variant):
            continue
        assert verdict.rule is not None
        found.append(
            _quote_finding(corpus, verdict.rule, full, [units[u] for u in others], verdict, group.id)
        )
    return found


def _explained_by_longer(
    units: Sequence[Unit],
    forms: dict[tuple[str, ...], list[int]],
    longer: list[tuple[str, ...]],
    keys: tuple[str, ...],
    variant: Unit,
) -> bool:
    """True when the variant is a clean piece of another, longer version (that pair is reported)."""
    for other in longer[:MAX_PEERS]:
        if len(other) < len(keys) or other == keys:
            continue
        peer = units[forms[other][0]]
        verdict = classify(peer.words, variant.words)
        if verdict is not None and verdict.rule in (None, "quote-truncated"):
            return True
    return False


def _quote_finding(
    corpus: Corpus,
    rule: str,
    full: Unit,
    variants: Sequence[Unit],
    verdict: Verdict,
    cluster: int | None,
    full_article: Article | None = None,
) -> Finding:
    """One wording finding: the fuller version first, then every article carrying the variant."""
    a_art = full_article or corpus.articles[full.article]
    b_arts = [corpus.articles[v.article] for v in variants]
    la, lb = label(a_art), labels(b_arts)
    variant = variants[0]
    marked = wdiff(full.words, variant.words, verdict.steps)
    message = (
        f'{_TITLES[rule]}: {lb} has "{variant.text}" where {la} has "{full.text}". '
        f'Difference ([-only in {la}-] {{+only in {label(b_arts[0])}+}}): "{marked}"'
    )
    evidence = [
        *_evidence(a_art, corpus.quotes, full, "fuller version"),
        *(e for v in variants for e in _evidence(corpus.articles[v.article], corpus.quotes, v, "variant")),
    ]
    versions = [_version(a_art, full), *(_version(corpus.articles[v.article], v) for v in variants)]
    details = {
        "diff": diff_ops(full.words, variant.words, verdict.steps),
        "versions": versions,
        "cluster": cluster,
    }
    key = (" ".join(full.words.keys), " ".join(variant.words.keys))
    return finding(rule, message, evidence, key, [a_art, *b_arts], details)


def _evidence(article: Article, quotes: Sequence[Sequence[Quote]], unit: Unit, note: str) -> list[Evidence]:
    """One evidence item per quoted piece of a unit; a reference passage has no pieces."""
    if not unit.pieces:
        first, last = unit.words.tokens[0], unit.words.tokens[-1]
        return [Evidence.at(article, first.start, last.end, note=note)]
    pieces = quotes[unit.article]
    return [Evidence.at(article, pieces[i].start, pieces[i].end, note=note) for i in unit.pieces]


def _version(article: Article, unit: Unit) -> dict[str, Any]:
    speaker = unit.speaker.name if unit.speaker else None
    return {"article": article.id, "source": article.source, "text": unit.text, "speaker": speaker}


def _person(speaker: Speaker | None, canon: Canon) -> tuple[str, str | None] | None:
    """A comparable person key, or None for unknown, group, organisation or spokesperson speakers."""
    if speaker is None or speaker.kind != "person":
        return None
    if SPOKESPERSON.search(f"{speaker.name} {speaker.title or ''}"):
        return None
    return person_key(speaker.name, canon)


def _speaker_findings(corpus: Corpus, group: Group) -> list[Finding]:
    """Flag the same words given to different people in different articles."""
    units = corpus.units
    keyed = [(u, k) for u in group.units if (k := _person(units[u].speaker, corpus.canon)) is not None]
    if len(keyed) < 2:
        return []
    ref_u, ref_key = next(((u, k) for u, k in keyed if u == group.fullest), keyed[0])
    ref = units[ref_u]
    by_person: dict[tuple[str, str | None], list[Unit]] = defaultdict(list)
    for u, k in keyed:
        if units[u].article != ref.article and not same_person(ref_key, k):
            by_person[k].append(units[u])
    found = []
    for others in by_person.values():
        a_art = corpus.articles[ref.article]
        b_arts = [corpus.articles[o.article] for o in others]
        sa, sb = _name(ref.speaker), _name(others[0].speaker)
        message = (
            f'Speaker differs: {label(a_art)} gives "{ref.text}" to {sa}; {labels(b_arts)} gives '
            f'"{others[0].text}" to {sb}.'
        )
        evidence = [
            *_evidence(a_art, corpus.quotes, ref, f"said by {sa}"),
            *(
                e
                for o in others
                for e in _evidence(
                    corpus.articles[o.article], corpus.quotes, o, f"said by {_name(o.speaker)}"
                )
            ),
        ]
        details = {
            "diff": diff_ops(ref.words, others[0].words, align(ref.words.keys, others[0].words.keys)),
            "versions": [_version(a_art, ref), *(_version(corpus.articles[o.article], o) for o in others)],
            "cluster": group.id,
        }
        key = (" ".join(ref.words.keys), sa, sb)
        found.append(finding("quote-speaker", message, evidence, key, [a_art, *b_arts], details))
    return found


def _name(speaker: Speaker | None) -> str:
    return speaker.name if speaker else "an unnamed speaker"


def _unbalanced(article: Article, q: Quote) -> Finding:
    snippet = q.text if len(q.text) <= 80 else q.text[:77] + "..."
    message = f'{label(article)}: a quotation mark is opened and never closed (or closed and never opened): "{snippet}"'
    evidence = [Evidence.at(article, q.start, q.end, note="unbalanced quotation")]
    return finding("unbalanced-quote", message, evidence, (q.text.strip().lower(),), [article], {})


# --- against a primary source ----------------------------------------------------------------


def compare_reference(corpus: Corpus, references: Sequence[Article], index: ReferenceIndex) -> list[Finding]:
    """Look every draft quotation up in the reference texts; report missing or changed words."""
    found = []
    for unit in corpus.units:
        if len(unit.words.tokens) < MIN_REFERENCE_TOKENS:
            continue
        passage = index.closest(unit.words)
        if passage is None or passage.score < MIN_REFERENCE_SCORE:
            found.append(_unsourced(corpus, unit, passage, references))
            continue
        source = Unit(
            -1, (), passage.words, references[passage.article].text[passage.start : passage.end], None
        )
        verdict = classify(passage.words, unit.words)
        if verdict is not None and verdict.rule not in (None, "quote-truncated"):
            assert verdict.rule is not None
            found.append(
                _quote_finding(
                    corpus,
                    verdict.rule,
                    source,
                    [unit],
                    verdict,
                    None,
                    full_article=references[passage.article],
                )
            )
    return found


def _unsourced(corpus: Corpus, unit: Unit, passage: Passage | None, references: Sequence[Article]) -> Finding:
    article = corpus.articles[unit.article]
    evidence = _evidence(article, corpus.quotes, unit, "draft quotation")
    message = f'{label(article)} quotes "{unit.text}", which has no close passage in the reference'
    ref_articles = list(references)
    if passage is not None:
        ref = references[passage.article]
        closest = ref.text[passage.start : passage.end]
        message += f'; the closest is in {label(ref)}: "{closest}"'
        evidence.append(Evidence.at(ref, passage.start, passage.end, note="closest reference passage"))
    else:
        message += "."
    versions = [_version(article, unit)]
    return finding(
        "quote-unsourced",
        message,
        evidence,
        (" ".join(unit.words.keys),),
        [article, *ref_articles],
        {"versions": versions, "cluster": None, "diff": []},
    )
