"""Turn quote clusters into findings: align each variant with the fullest version and classify.

Also holds the rule table (id -> default severity) and the helpers every finding is
built with (outlet labels, wdiff-style marking, content fingerprints), shared with
quotecheck.facts.
"""

from __future__ import annotations

import bisect
import hashlib
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from quotecheck.align import FUNCTION_WORDS, NEGATIONS, Step, Token, Words, align, merge_compounds
from quotecheck.match import Group, Passage, ReferenceIndex, Unit
from quotecheck.model import SEVERITIES, Article, Config, Evidence, Finding, Quote, Severity, Speaker
from quotecheck.variants import SPOKESPERSON, Canon, PersonKey, same_person

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
    "quote-reordered": "Quotation reordered",
    "quote-wording": "Quotation worded differently",
    "quote-number": "Number changed in quotation",
    "quote-negation": "Negation changed in quotation",
}
CONTEXT_WORDS = 6  # words kept on each side of a difference; the rest of a long quotation becomes "…"
PLAIN_WORDS = 12  # a quotation shown without a difference to centre on is cut after this many words
MAX_PEERS = 12  # versions of a cluster (longest first) tried as the comparison partner of a variant
MIN_REFERENCE_TOKENS = 4  # shorter quotations (scare quotes) are not looked up in a reference
MIN_REFERENCE_SCORE = 50.0  # below this share of words in order, no passage counts as the source


# --- finding helpers shared with quotecheck.facts ----------------------------------------


def label(article: Article) -> str:
    """How a message names an article: its outlet, else its file name without extension, else its id."""
    if article.source:
        return article.source
    return os.path.splitext(os.path.basename(article.path))[0] if article.path else article.id


def labels(articles: Sequence[Article]) -> str:
    """Name one article, or the first and how many others carry the same words."""
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
    """How variant b differs from the fuller a: the rules to report and the alignment they rest on.

    One edit (a run of dropped and added words between unchanged ones) reports its most serious
    rule only; lesser rules it also meets are `subsumed`. Separate edits report their own rules.
    """

    rule: str | None  # the most serious rule, None when benign
    rules: tuple[str, ...]  # every rule to report, most serious first
    subsumed: tuple[str, ...]  # lesser rules met by an edit reported under a more serious one
    steps: tuple[Step, ...]
    changed: tuple[str, ...]  # keys of the words added, dropped or moved
    window: tuple[int, int]  # a's tokens lined up with b, first and last (inclusive)
    marked_a: frozenset[int] = frozenset()  # a's dropped or moved tokens
    marked_b: frozenset[int] = frozenset()  # b's added or moved tokens

    @property
    def edits(self) -> int:
        """How many words differ: the partner with fewest edits matches a variant best."""
        return len(self.changed)


def classify(a: Words, b: Words) -> Verdict | None:
    """Align b against a word by word and name its differences; None when the two are unrelated."""
    at = _contiguous(a.keys, b.keys)
    if at is not None:  # a clean piece: say so without trusting an ambiguous alignment
        steps = (
            *(Step("delete", i, None) for i in range(at)),
            *(Step("equal", at + j, j) for j in range(len(b.keys))),
            *(Step("delete", i, None) for i in range(at + len(b.keys), len(a.keys))),
        )
        window = (at, at + len(b.keys) - 1)
        if len(a.keys) > len(b.keys):
            return Verdict("quote-truncated", ("quote-truncated",), (), steps, (), window)
        return Verdict(None, (), (), steps, (), window)
    steps = merge_compounds(align(a.keys, b.keys), a, b)
    touched_a = [s.a for s in steps if s.a is not None and (s.tag == "equal" or s.moved)]
    touched_b = [s.b for s in steps if s.b is not None and (s.tag == "equal" or s.moved)]
    if not touched_a or not touched_b:
        return None
    a_lo, a_hi, b_lo, b_hi = min(touched_a), max(touched_a), min(touched_b), max(touched_b)
    reported: list[str] = []
    subsumed: list[str] = []
    changed: list[str] = []
    marked_a: set[int] = set()
    marked_b: set[int] = set()
    cut = False
    for run, b_at in _edit_runs(steps):
        dels = [s.a for s in run if s.a is not None]
        ins = [s.b for s in run if s.b is not None]
        if dels and dels[-1] < a_lo:  # before b starts: a cut, or a substitution at the edge
            cut = cut or len(dels) > len(ins)
            dels = dels[len(dels) - len(ins) :] if ins else []
        elif dels and dels[0] > a_hi:  # after b ends
            cut = cut or len(dels) > len(ins)
            dels = dels[: len(ins)]
        elif any(b_at <= g <= b_at + len(ins) for g in b.gaps):
            dels = []  # an ellipsis owns up to the omission
        if (
            ins
            and not dels
            and ((ins[-1] < b_lo and a_lo == 0) or (ins[0] > b_hi and a_hi == len(a.keys) - 1))
        ):
            ins = []  # b quotes beyond a's edge: nothing to compare with
        added = [j for j in ins if not b.tokens[j].editorial]
        if len(added) < len(ins):
            dels = []  # the outlet's [bracketed] words stand in for the speaker's
        if any(g in a.gaps for g in range(min(dels, default=a_lo), max(dels, default=a_lo) + 2)):
            added = []  # a's own ellipsis hides what b quotes there
        tokens = [a.tokens[i] for i in dels] + [b.tokens[j] for j in added]
        fired = _edit_rules([a.tokens[i] for i in dels], [b.tokens[j] for j in added])
        if fired:
            reported.append(fired[0])
            subsumed.extend(fired[1:])
            changed.extend(t.key for t in tokens)
            marked_a.update(dels)
            marked_b.update(added)
    moved = [s for s in steps if s.moved]
    moved_keys = [(a.tokens[s.a] if s.a is not None else b.tokens[s.b or 0]).key for s in moved]
    if any(k not in FUNCTION_WORDS for k in moved_keys):
        reported.append("quote-reordered")
        changed.extend(moved_keys)
        marked_a.update(s.a for s in moved if s.a is not None)
        marked_b.update(s.b for s in moved if s.b is not None)
    if cut and not reported:
        reported.append("quote-truncated")
    rules = tuple(r for r in _PRIORITY if r in reported)
    lesser = tuple(r for r in _PRIORITY if r in subsumed and r not in rules)
    lo = min([a_lo, *marked_a])
    hi = max([a_hi, *marked_a])
    return Verdict(
        rules[0] if rules else None,
        rules,
        lesser,
        steps,
        tuple(changed),
        (lo, hi),
        frozenset(marked_a),
        frozenset(marked_b),
    )


def _edit_runs(steps: Sequence[Step]) -> list[tuple[list[Step], int]]:
    """Maximal runs of deleted and inserted (not moved) steps, each with b's position before it."""
    runs: list[tuple[list[Step], int]] = []
    b_pos = 0
    current: list[Step] = []
    for s in steps:
        if s.tag != "equal" and not s.moved:
            if not current:
                runs.append((current, b_pos))
            current.append(s)
        elif current:
            current = []
        b_pos += s.b is not None
    return runs


def _edit_rules(dropped: Sequence[Token], added: Sequence[Token]) -> list[str]:
    """The rules one edit meets, most serious first."""
    fired = {
        "quote-negation": sum(t.key in NEGATIONS for t in added) != sum(t.key in NEGATIONS for t in dropped),
        "quote-number": any(t.is_number for t in (*dropped, *added)),
        "quote-wording": any(t.key not in FUNCTION_WORDS for t in (*dropped, *added)),
    }
    return [r for r in _PRIORITY if fired.get(r)]


def _contiguous(a: tuple[str, ...], b: tuple[str, ...]) -> int | None:
    """Where b's keys run unbroken inside a's, or None."""
    if not b:
        return None
    for i in range(len(a) - len(b) + 1):
        if a[i] == b[0] and a[i : i + len(b)] == b:
            return i
    return None


# --- showing a quotation in a message ----------------------------------------------------


def excerpt(
    text: str,
    unit: Unit,
    lo: int,
    hi: int,
    *,
    marked: frozenset[int] = frozenset(),
    focus: frozenset[int] = frozenset(),
    mark: str = "-",
) -> str:
    """Tokens lo..hi of a unit as written (punctuation kept), `marked` ones wdiff-marked with `mark`
    ("-" or "+"), and words further than CONTEXT_WORDS from any `focus` token elided with "…"."""
    tokens = unit.words.tokens
    words: list[tuple[str, bool, bool]] = []  # (as written, marked, near a focus)
    span_starts = [s for s, _ in unit.spans]
    reach = 2 * CONTEXT_WORDS + 4  # tokens, not words: contractions take two
    first, last = lo, hi
    if focus:  # only words near a difference can be shown: skip building the rest
        first, last = max(lo, min(focus) - reach), min(hi, max(focus) + reach)
    elif hi - lo > 2 * PLAIN_WORDS:
        last = lo + 2 * PLAIN_WORDS
    if first > lo:
        words.append(("…", False, False))
    i = first
    while i <= last:
        j = i
        while j + 1 <= hi and tokens[j + 1].start == tokens[i].start:
            j += 1  # the two keys of a contraction are one written word
        piece = bisect.bisect_right(span_starts, tokens[i].start) - 1
        piece_end = unit.spans[piece][1] if piece >= 0 else tokens[j].end
        nxt = tokens[j + 1].start if j + 1 < len(tokens) else piece_end
        written = text[tokens[i].start : min(nxt, piece_end) if nxt > tokens[i].start else tokens[j].end]
        words.append(
            (
                written.strip(),
                any(k in marked for k in range(i, j + 1)),
                any(k in focus for k in range(i, j + 1)),
            )
        )
        i = j + 1
    if last < hi:
        words.append(("…", False, False))
    if words:  # the message supplies its own punctuation after the closing mark
        words[-1] = (words[-1][0].rstrip(",;:."), *words[-1][1:])
    keep = _kept(words)
    out: list[str] = []
    for n, (written, is_marked, _) in enumerate(words):
        if not keep[n] or written == "…":
            if not out or out[-1] != "…":
                out.append("…")
            continue
        if is_marked and n > 0 and words[n - 1][1] and keep[n - 1]:
            out[-1] = out[-1][: -len(mark) - 1] + f" {written}{mark}]"
        elif is_marked:
            out.append(f"[{mark}{written}{mark}]" if mark == "-" else f"{{+{written}+}}")
        else:
            out.append(written)
    return " ".join(out).replace("+} {+", " ")


def _kept(words: Sequence[tuple[str, bool, bool]]) -> list[bool]:
    """Which words of an excerpt stay: those near a focus word, or the first PLAIN_WORDS without one."""
    near = [n for n, w in enumerate(words) if w[2]]
    if not near:
        return [n < PLAIN_WORDS or len(words) <= PLAIN_WORDS + 2 for n in range(len(words))]
    return [any(abs(n - k) <= CONTEXT_WORDS for k in near) for n in range(len(words))]


def _fragment(text: str) -> str:
    """A fragment named in a one-line message: short ones whole, longer ones as first words … last word."""
    words = text.strip().strip(",.;:").split()
    return " ".join(words) if len(words) <= 6 else f"{words[0]} {words[1]} … {words[-1]}"


def _clip(text: str) -> str:
    """A quotation shown without a difference: cut after PLAIN_WORDS words."""
    words = text.split()
    return text.strip() if len(words) <= PLAIN_WORDS + 2 else " ".join(words[:PLAIN_WORDS]) + " …"


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
    """Compare each distinct form (verbatim reprints collapsed) with the earlier form it matches best.

    Forms are ordered longest first; a form's partner is the earlier form, from another article,
    with the fewest differing words (then the fewest words left over), so a fragment is lined up with
    the version it was cut from and each difference is reported once.
    """
    units = corpus.units
    forms: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for u in group.units:
        forms[units[u].words.keys].append(u)
    order = sorted(forms, key=lambda k: (-len(k), forms[k][0]))
    found: list[Finding] = []
    for n, keys in enumerate(order[1:], 1):
        variant_units = forms[keys]
        best: tuple[tuple[int, int, int], Verdict, Unit, list[Unit]] | None = None
        for p, partner_keys in enumerate(order[: min(n, MAX_PEERS)]):
            partner = units[forms[partner_keys][0]]
            partner_arts = {units[u].article for u in forms[partner_keys]}
            others = [units[u] for u in variant_units if units[u].article not in partner_arts]
            if len(others) < len(variant_units):
                best = None  # the partner's own article carries these exact words: a faithful copy
                break
            verdict = classify(partner.words, others[0].words)
            if verdict is None:
                continue
            rank = (verdict.edits, len(partner_keys) - (verdict.window[1] - verdict.window[0] + 1), p)
            if best is None or rank < best[0]:
                best = (rank, verdict, partner, others)
        if best is None:
            continue
        _, verdict, partner, others = best
        found.extend(
            _quote_finding(corpus, rule, partner, others, verdict, group.id) for rule in verdict.rules
        )
    return found


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
    b_text = b_arts[0].text
    lo, hi = verdict.window
    if rule == "quote-truncated":
        message = (
            f"Partial quotation: {lb} quotes “{_fragment(variant.text)}” from a longer quotation in {la}."
        )
    else:
        show = rule != "quote-reordered"  # a reorder reads best unmarked, side by side
        b_shown = excerpt(
            b_text,
            variant,
            0,
            len(variant.words.tokens) - 1,
            marked=verdict.marked_b if show else frozenset(),
            focus=verdict.marked_b,
            mark="+",
        )
        a_shown = excerpt(
            a_art.text,
            full,
            lo,
            hi,
            marked=verdict.marked_a if show else frozenset(),
            focus=verdict.marked_a,
        )
        message = f"{_TITLES[rule]}: {lb} has “{b_shown}”; {la} has “{a_shown}”."
    evidence = [
        *_evidence(a_art, corpus.quotes, full, "fuller version"),
        *(e for v in variants for e in _evidence(corpus.articles[v.article], corpus.quotes, v, "variant")),
    ]
    versions = [_version(a_art, full), *(_version(corpus.articles[v.article], v) for v in variants)]
    details = {
        "diff": diff_ops(full.words, variant.words, verdict),
        "versions": versions,
        "cluster": cluster,
        "subsumed": list(verdict.subsumed),
    }
    key = (" ".join(full.words.keys), " ".join(variant.words.keys))
    return finding(rule, message, evidence, key, [a_art, *b_arts], details)


def diff_ops(a: Words, b: Words, verdict: Verdict) -> list[dict[str, str]]:
    """The alignment for renderers, over the part of a that b lines up with: equal, delete, insert,
    replace and move runs of words, marking only the words that differ."""
    lo, hi = verdict.window
    ops: list[dict[str, str]] = []
    last: tuple[bool, int] | None = None
    for s in verdict.steps:
        if s.a is not None and not lo <= s.a <= hi and s.b is None:
            continue  # the rest of a fuller quotation is not part of the comparison
        from_a = s.b is None and s.a is not None
        token = a.tokens[s.a] if from_a and s.a is not None else b.tokens[s.b or 0]
        if (from_a, token.start) == last:
            continue  # a contraction's second key
        last = (from_a, token.start)
        differs = (s.a is not None and s.a in verdict.marked_a) or (
            s.b is not None and s.b in verdict.marked_b
        )
        op = "move" if s.moved else ("equal" if s.tag == "equal" or not differs else s.tag)
        text = token.surface
        a_text = text if op in ("equal", "delete") or (op == "move" and s.tag == "delete") else ""
        b_text = text if op in ("equal", "insert") or (op == "move" and s.tag == "insert") else ""
        if s.tag == "delete" and op == "equal":
            b_text = ""  # an ignored omission (an ellipsis, a cut edge) stays on a's side only
        if s.tag == "insert" and op == "equal":
            a_text = ""
        prev = ops[-1] if ops else None
        if prev and prev["op"] == op and op != "move":
            prev["a"] = f"{prev['a']} {a_text}".strip()
            prev["b"] = f"{prev['b']} {b_text}".strip()
        elif prev and op == "insert" and prev["op"] == "delete":
            ops[-1] = {"op": "replace", "a": prev["a"], "b": b_text}
        elif prev and op == "insert" and prev["op"] == "replace":
            prev["b"] = f"{prev['b']} {b_text}".strip()
        else:
            ops.append({"op": op, "a": a_text, "b": b_text})
    return ops


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


def _person(speaker: Speaker | None, canon: Canon) -> PersonKey | None:
    """A comparable person key, or None for unknown, group, organisation or spokesperson speakers."""
    if speaker is None or speaker.kind != "person":
        return None
    if SPOKESPERSON.search(f"{speaker.name} {speaker.title or ''}"):
        return None
    return canon.person(speaker.name)


def _speaker_findings(corpus: Corpus, group: Group) -> list[Finding]:
    """Flag the same words given to different people in different articles."""
    units = corpus.units
    keyed = [(u, k) for u in group.units if (k := _person(units[u].speaker, corpus.canon)) is not None]
    if len(keyed) < 2:
        return []
    ref_u, ref_key = next(((u, k) for u, k in keyed if u == group.fullest), keyed[0])
    ref = units[ref_u]
    by_person: dict[PersonKey, list[Unit]] = defaultdict(list)
    for u, k in keyed:
        if units[u].article != ref.article and not same_person(ref_key, k):
            by_person[k].append(units[u])
    found = []
    a_art = corpus.articles[ref.article]
    for others in by_person.values():
        b_arts = [corpus.articles[o.article] for o in others]
        sa, sb = _name(ref.speaker), _name(others[0].speaker)
        message = (
            f"Speaker differs: {label(a_art)} gives “{_clip(ref.text)}” to {sa}; "
            f"{labels(b_arts)} gives it to {sb}."
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
        verdict = classify(ref.words, others[0].words)
        details = {
            "diff": diff_ops(ref.words, others[0].words, verdict) if verdict else [],
            "versions": [_version(a_art, ref), *(_version(corpus.articles[o.article], o) for o in others)],
            "cluster": group.id,
        }
        key = (" ".join(ref.words.keys), sa, sb)
        found.append(finding("quote-speaker", message, evidence, key, [a_art, *b_arts], details))
    return found


def _name(speaker: Speaker | None) -> str:
    return speaker.name if speaker else "an unnamed speaker"


def _unbalanced(article: Article, q: Quote) -> Finding:
    message = (
        f"Unbalanced quotation mark in {label(article)}: “{_clip(q.text)}” is opened and never closed "
        "(or closed and never opened)."
    )
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
        text = references[passage.article].text[passage.start : passage.end]
        source = Unit(-1, (), passage.words, text, None, ((passage.start, passage.end),))
        verdict = classify(passage.words, unit.words)
        if verdict is None:
            continue
        for rule in verdict.rules:
            if rule != "quote-truncated":
                ref = references[passage.article]
                found.append(_quote_finding(corpus, rule, source, [unit], verdict, None, full_article=ref))
    return found


def _unsourced(corpus: Corpus, unit: Unit, passage: Passage | None, references: Sequence[Article]) -> Finding:
    article = corpus.articles[unit.article]
    evidence = _evidence(article, corpus.quotes, unit, "draft quotation")
    message = (
        f"No source for quotation: {label(article)} quotes “{_clip(unit.text)}”, not found in the reference"
    )
    ref_articles = list(references)
    if passage is not None:
        ref = references[passage.article]
        closest = ref.text[passage.start : passage.end]
        message += f"; closest in {label(ref)}: “{_clip(closest)}”."
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
