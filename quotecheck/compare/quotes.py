"""Findings inside each quote cluster: wording against the fullest version, speakers, unbalanced marks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import attrs

from quotecheck.align import Words
from quotecheck.compare.findings import finding, label, labels
from quotecheck.compare.wording import Verdict, classify, clip, excerpt, fragment
from quotecheck.match import Group, Unit
from quotecheck.model import Article, Evidence, Finding, Quote, Speaker
from quotecheck.variants import SPOKESPERSON, Canon, PersonKey, same_person

_TITLES = {
    "quote-reordered": "Quotation reordered",
    "quote-wording": "Quotation worded differently",
    "quote-number": "Number changed in quotation",
    "quote-negation": "Negation changed in quotation",
}
MAX_PEERS = 12  # versions of a cluster (longest first) tried as the comparison partner of a variant


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
            quote_finding(corpus, rule, partner, others, verdict, group.id) for rule in verdict.rules
        )
    return found


def quote_finding(
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
            f"Partial quotation: {lb} quotes “{fragment(variant.text)}” from a longer quotation in {la}."
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
        *evidence_for(a_art, corpus.quotes, full, "fuller version"),
        *(e for v in variants for e in evidence_for(corpus.articles[v.article], corpus.quotes, v, "variant")),
    ]
    versions = [version_of(a_art, full), *(version_of(corpus.articles[v.article], v) for v in variants)]
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


def evidence_for(
    article: Article, quotes: Sequence[Sequence[Quote]], unit: Unit, note: str
) -> list[Evidence]:
    """One evidence item per quoted piece of a unit; a reference passage has no pieces."""
    if not unit.pieces:
        first, last = unit.words.tokens[0], unit.words.tokens[-1]
        return [Evidence.at(article, first.start, last.end, note=note)]
    pieces = quotes[unit.article]
    return [Evidence.at(article, pieces[i].start, pieces[i].end, note=note) for i in unit.pieces]


def version_of(article: Article, unit: Unit) -> dict[str, Any]:
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
            f"Speaker differs: {label(a_art)} gives “{clip(ref.text)}” to {sa}; "
            f"{labels(b_arts)} gives it to {sb}."
        )
        evidence = [
            *evidence_for(a_art, corpus.quotes, ref, f"said by {sa}"),
            *(
                e
                for o in others
                for e in evidence_for(
                    corpus.articles[o.article], corpus.quotes, o, f"said by {_name(o.speaker)}"
                )
            ),
        ]
        verdict = classify(ref.words, others[0].words)
        details = {
            "diff": diff_ops(ref.words, others[0].words, verdict) if verdict else [],
            "versions": [
                version_of(a_art, ref),
                *(version_of(corpus.articles[o.article], o) for o in others),
            ],
            "cluster": group.id,
        }
        key = (" ".join(ref.words.keys), sa, sb)
        found.append(finding("quote-speaker", message, evidence, key, [a_art, *b_arts], details))
    return found


def _name(speaker: Speaker | None) -> str:
    return speaker.name if speaker else "an unnamed speaker"


def _unbalanced(article: Article, q: Quote) -> Finding:
    message = (
        f"Unbalanced quotation mark in {label(article)}: “{clip(q.text)}” is opened and never closed "
        "(or closed and never opened)."
    )
    evidence = [Evidence.at(article, q.start, q.end, note="unbalanced quotation")]
    return finding("unbalanced-quote", message, evidence, (q.text.strip().lower(),), [article], {})


# --- against a primary source ----------------------------------------------------------------
