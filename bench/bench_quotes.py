#!/usr/bin/env python3
"""Quote extraction benchmark: accuracy on the hand-annotated corpora, then speed and scaling.

Accuracy (fixtures/eval/quotes.json, the holdout fixtures/holdout/{dev,test}.json, fixtures/expected/*.json):
  direct+partial span precision/recall/F1 by exact span, indirect by overlap (>= half of
  the shorter span), speaker accuracy over matched quotes with a gold speaker (fullest name,
  case-insensitive, a leading "the" ignored), kind accuracy, unbalanced-passage detection.
Speed: a ~2 MB corpus built from news templates and a 0.5 MB junk corpus of stray quote marks,
  with and without normalize, and one article at 1x and 10x to show linear scaling.

    PYTHONPATH=. python bench/bench_quotes.py [--quick] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

from quotecheck.extract.quotes import extract_quotes
from quotecheck.model import Article, Quote
from quotecheck.normalize import layout

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "fixtures" / "eval" / "quotes.json"
HOLDOUT_DEV = ROOT / "fixtures" / "holdout" / "dev.json"  # opened to tuning after the first measurement
HOLDOUT_TEST = ROOT / "fixtures" / "holdout" / "test.json"  # opened to tuning in the sixth round
FRESH_DEV = ROOT / "fixtures" / "holdout2" / "dev.json"  # a second holdout: dev half opened in round 7
FRESH = ROOT / "fixtures" / "holdout2" / "test.json"  # its test half, never read while tuning
HOLDOUT3_DEV = ROOT / "fixtures" / "holdout3" / "dev.json"  # a third holdout: dev half opened in round 8
HOLDOUT3_TEST = ROOT / "fixtures" / "holdout3" / "test.json"  # its test half, opened in round 9
HOLDOUT4_DEV = ROOT / "fixtures" / "holdout4" / "dev.json"  # a fourth holdout: dev half opened in round 10
HOLDOUT4_TEST = ROOT / "fixtures" / "holdout4" / "test.json"  # its test half, opened in round 11
HOLDOUT5 = ROOT / "fixtures" / "holdout5" / "test.json"  # a fifth holdout: opened in round 12
HOLDOUT6 = ROOT / "fixtures" / "holdout6" / "test.json"  # a sixth holdout: opened in round 13
HOLDOUT7 = ROOT / "fixtures" / "holdout7" / "test.json"  # a seventh holdout: opened in round 14
HOLDOUT8 = ROOT / "fixtures" / "holdout8" / "test.json"  # an eighth holdout: opened in round 15
HOLDOUT9 = ROOT / "fixtures" / "holdout9" / "test.json"  # a ninth: first look at 297b766, opened in round 16
HOLDOUT10 = ROOT / "fixtures" / "holdout10" / "test.json"  # a tenth: first look at f2cd20c, round 17
HOLDOUT11 = ROOT / "fixtures" / "holdout11" / "test.json"  # first look at 65ad499, round 18
HOLDOUT12 = ROOT / "fixtures" / "holdout12" / "test.json"  # first look at 65ad499, round 18
HOLDOUT13 = ROOT / "fixtures" / "holdout13" / "test.json"  # first look at f4d243e, round 19
HOLDOUT14 = ROOT / "fixtures" / "holdout14" / "test.json"  # first look at f4d243e, round 19
HOLDOUT15 = ROOT / "fixtures" / "holdout15" / "test.json"  # first look at ee4ecca, never read while tuning
HOLDOUT16 = ROOT / "fixtures" / "holdout16" / "test.json"  # first look at ee4ecca, never read while tuning
SEEDS = ROOT / "fixtures" / "seeds"
EXPECTED = (ROOT / "fixtures" / "expected", SEEDS / "expected")


def _span(text: str, needle: str, occurrence: int | None, got: list[Quote]) -> tuple[int, int] | None:
    """The gold span: the `occurrence`-th (0-based) match; without one, a match we found, else the first."""
    starts = []
    start = text.find(needle)
    while start >= 0:
        starts.append(start)
        start = text.find(needle, start + 1)
    if not starts:
        return None
    if occurrence is not None:
        return (starts[occurrence], starts[occurrence] + len(needle)) if occurrence < len(starts) else None
    found = {q.start for q in got if q.text == needle}
    start = next((s for s in starts if s in found), starts[0])
    return start, start + len(needle)


def _name(value: str | None) -> str:
    value = (value or "").strip().lower()
    return value[4:] if value.startswith("the ") else value


class Score:
    """Running counts for one corpus."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.itp = self.ifp = self.ifn = 0
        self.speaker_ok = self.speaker_total = 0
        # the same, split: quotations in marks (direct, partial) and reported speech (indirect)
        self.speaker_by = {"quoted": [0, 0], "reported": [0, 0]}
        self.kind_ok = self.kind_total = 0
        self.unbalanced_ok = self.unbalanced_total = 0
        self.misses: list[str] = []

    def add(self, name: str, text: str, gold: list[dict[str, Any]], got: list[Quote]) -> None:
        """Score one passage."""
        spans = []
        for quote in gold:
            span = _span(text, quote["text"], quote.get("occurrence"), got)
            if span is not None:
                spans.append((span, quote))
        direct_gold = {s: q for s, q in spans if q["kind"] != "indirect"}
        # A verbatim repeated paragraph is annotated ("repeat": true) and extracted (repeat_of) on both
        # sides, so repeats are scored like any other quote.
        direct_got = {(q.start, q.end): q for q in got if q.kind != "indirect"}
        matched: list[tuple[dict[str, Any], Quote]] = []
        for span, quote in direct_gold.items():
            if span in direct_got:
                self.tp += 1
                matched.append((quote, direct_got[span]))
            else:
                self.fn += 1
                self.misses.append(f"{name}: MISSED {quote['kind']} {quote['text'][:70]!r}")
        for span, q in direct_got.items():
            if span not in direct_gold:
                self.fp += 1
                self.misses.append(f"{name}: EXTRA {q.kind} {q.text[:70]!r}")
        indirect_gold = [(s, q) for s, q in spans if q["kind"] == "indirect"]
        indirect_got = [q for q in got if q.kind == "indirect"]
        used: set[int] = set()
        for (start, end), quote in indirect_gold:
            hit = next(
                (
                    q
                    for q in indirect_got
                    if id(q) not in used
                    and min(end, q.end) - max(start, q.start) >= 0.5 * min(end - start, q.end - q.start)
                ),
                None,
            )
            if hit is None:
                self.ifn += 1
                self.misses.append(f"{name}: MISSED indirect {quote['text'][:70]!r}")
            else:
                used.add(id(hit))
                self.itp += 1
                matched.append((quote, hit))
        for q in indirect_got:
            if id(q) not in used:
                self.ifp += 1
                self.misses.append(
                    f"{name}: EXTRA indirect {q.text[:70]!r} ({q.speaker.name if q.speaker else None})"
                )
        for quote, hit in matched:
            if quote["kind"] != "indirect":
                self.kind_total += 1
                self.kind_ok += quote["kind"] == hit.kind
                if quote["kind"] != hit.kind:
                    self.misses.append(f"{name}: KIND {quote['kind']}->{hit.kind} {quote['text'][:60]!r}")
            if quote.get("speaker"):
                self.speaker_total += 1
                ok = hit.speaker is not None and _name(hit.speaker.name) == _name(quote["speaker"])
                self.speaker_ok += ok
                split = self.speaker_by["reported" if quote["kind"] == "indirect" else "quoted"]
                split[0] += ok
                split[1] += 1
                if not ok:
                    got_name = hit.speaker.name if hit.speaker else None
                    self.misses.append(
                        f"{name}: SPEAKER {quote['speaker']!r} got {got_name!r} ({hit.rule})"
                        f" for {quote['text'][:50]!r}"
                    )

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def metrics(self) -> dict[str, float]:
        """The headline numbers: span precision and F1, indirect F1, speaker and kind accuracy."""
        p, _, f = self._prf(self.tp, self.fp, self.fn)
        _, _, jf = self._prf(self.itp, self.ifp, self.ifn)
        return {
            "span_precision": p,
            "span_f1": f,
            "indirect_f1": jf,
            "speaker": self.speaker_ok / self.speaker_total if self.speaker_total else 1.0,
            "kind": self.kind_ok / self.kind_total if self.kind_total else 1.0,
        }

    def report(self, title: str) -> dict[str, float]:
        """Print and return the headline numbers."""
        p, r, f = self._prf(self.tp, self.fp, self.fn)
        ip, ir, jf = self._prf(self.itp, self.ifp, self.ifn)
        sa = self.speaker_ok / self.speaker_total if self.speaker_total else 1.0
        ka = self.kind_ok / self.kind_total if self.kind_total else 1.0
        print(f"## {title}")
        print(
            f"direct+partial spans: P={p:.3f} R={r:.3f} F1={f:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"
        )
        print(
            f"indirect (overlap):   P={ip:.3f} R={ir:.3f} F1={jf:.3f}"
            f" (tp={self.itp} fp={self.ifp} fn={self.ifn})"
        )
        print(f"speaker accuracy:     {sa:.3f} ({self.speaker_ok}/{self.speaker_total})")
        print(
            "  of which:           "
            + ", ".join(
                f"{k} {ok / n if n else 1.0:.3f} ({ok}/{n})" for k, (ok, n) in self.speaker_by.items()
            )
        )
        print(f"kind accuracy:        {ka:.3f} ({self.kind_ok}/{self.kind_total})")
        if self.unbalanced_total:
            print(f"unbalanced passages:  {self.unbalanced_ok}/{self.unbalanced_total} flagged")
        return {"f1": f, "indirect_f1": jf, "speaker": sa, "kind": ka}


def score_file(path: Path) -> Score:
    """Score one passage file in the fixtures/eval/quotes.json schema."""
    score = Score()
    for item in json.loads(path.read_text(encoding="utf-8")):
        published = dt.date.fromisoformat(item["published"]) if item.get("published") else None
        article = Article.from_text(item["text"], id=item["id"], published=published)
        got = extract_quotes(article)
        score.add(item["id"], item["text"], item["quotes"], got)
        if item.get("unbalanced"):
            score.unbalanced_total += 1
            score.unbalanced_ok += any(q.unbalanced for q in got)
    return score


def score_eval(show: bool, path: Path = EVAL) -> None:
    """Score and print one passage file (the eval set by default, or the holdout)."""
    if not path.exists():
        print(f"({path.relative_to(ROOT)} not present)")
        return
    score = score_file(path)
    score.report(str(path.relative_to(ROOT)))
    if show:
        print("\n".join(score.misses))


def score_seeds(show: bool) -> None:
    """Score the seeds against the independent annotation in fixtures/seeds/expected/."""
    from quotecheck.load import load

    score = Score()
    for path in sorted(SEEDS.glob("*.txt")):
        expected = next(
            (d / (path.stem + ".json") for d in EXPECTED if (d / (path.stem + ".json")).exists()), None
        )
        if expected is None:
            continue
        article = load(str(path))
        score.add(
            path.stem[:3],
            article.text,
            json.loads(expected.read_text("utf-8"))["quotes"],
            extract_quotes(article),
        )
    if score.tp + score.fn + score.itp + score.ifn:
        score.report("fixtures/seeds/expected (independent annotation)")
        if show:
            print("\n".join(score.misses))


# --- speed ---------------------------------------------------------------------------------

_NAMES = ["Anna Weber", "Jens Halvorsen", "Maria Castellano", "Dmytro Kovalenko", "Olu Adeyemi", "Kenji Sato"]
_TITLES = ["Foreign Minister", "Secretary General", "Health Minister", "Mayor", "Senator", "Police Chief"]
_PARAGRAPHS = [
    "{title} {name} said on {day} that the talks on the {thing} would continue next week.",
    '"We are seriously concerned by what we see on the {thing}. We will respond," {surname} said.',
    "“The {thing} is not negotiable,” {surname} told reporters, “and it never will be.”",
    'He said, "There is no reason to panic about the {thing}, but we must be ready."',
    "The ministry said it was “aware of reports” about the {thing} and was monitoring the situation.",
    "{surname} described the plan as “a significant, large step” for the region's {thing}.",
    "According to {surname}, the {thing} had cost about 4,000 jobs since the '90s.",
    "Officials in the capital, who spoke on condition of anonymity, said the {thing} was delayed.",
    "The report, published on {day}, found that 13 of 25 districts had missed the target.",
]
_THINGS = ["budget", "border", "pipeline", "strike", "harbour", "ceasefire", "election"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def news_corpus(size: int, seed: int = 7) -> str:
    """Realistic-looking news copy of about `size` characters, from templates."""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        name = rng.choice(_NAMES)
        para = rng.choice(_PARAGRAPHS).format(
            title=rng.choice(_TITLES),
            name=name,
            surname=name.split()[-1],
            day=rng.choice(_DAYS),
            thing=rng.choice(_THINGS),
        )
        out.append(para)
        total += len(para) + 2
    return "\n\n".join(out)


def junk_corpus(size: int, seed: int = 11) -> str:
    """Text full of stray quote marks, apostrophes and odd breaks."""
    rng = random.Random(seed)
    alphabet = "\"'“”‘’«»„‚ abcde ABC 90s ,.:;!?-—\n"
    return "".join(rng.choice(alphabet) for _ in range(size))


def _rate(text: str, article_size: int, alone: bool = False) -> tuple[float, float]:
    """Extract `text` in article-sized chunks; return (CPU seconds, MB/s), best of three runs."""
    return _rate_articles([text[i : i + article_size] for i in range(0, len(text), article_size)], alone)


def _rate_articles(texts: list[str], alone: bool = False) -> tuple[float, float]:
    """Extract each text as an article; return (CPU seconds, MB/s), best of three runs.

    CPU time of this process (time.process_time), so other work on the machine does not count.
    With `alone`, each article's layout (normalize) is computed first and only extraction is timed;
    without it, the layout cache is cleared before every run so normalize is always counted.
    """
    from quotecheck.normalize import _layout

    best = float("inf")
    for _ in range(3):
        _layout.cache_clear()
        took = 0.0
        for n, chunk in enumerate(texts):
            article = Article.from_text(chunk, id=f"a{n}")
            if alone:
                layout(article)
            start = time.process_time()
            extract_quotes(article)
            took += time.process_time() - start
        best = min(best, took)
    return best, sum(len(t.encode("utf-8")) for t in texts) / 1e6 / best


def _fixture_copy() -> list[str]:
    """The hand-written articles of the sets opened to tuning: real-looking copy, not templates."""
    texts = [
        item["text"]
        for name in (
            "holdout/dev",
            "holdout/test",
            "holdout2/dev",
            "holdout3/dev",
            "holdout3/test",
            "holdout4/dev",
        )
        for item in json.loads((ROOT / "fixtures" / f"{name}.json").read_text(encoding="utf-8"))
    ]
    return texts + [
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "fixtures/stories").glob("*/*.txt"))
    ]


def _normalize_rate(text: str, article_size: int) -> float:
    """MB/s of normalize (layout) alone over article-sized chunks, its cache cleared first."""
    from quotecheck.normalize import _layout

    _layout.cache_clear()
    chunks = [text[i : i + article_size] for i in range(0, len(text), article_size)]
    start = time.process_time()
    for n, chunk in enumerate(chunks):
        layout(Article.from_text(chunk, id=f"a{n}"))
    return len(text.encode("utf-8")) / 1e6 / (time.process_time() - start)


def speed(quick: bool) -> None:
    """Throughput on news and junk (with and without normalize), and the 1x/10x scaling of one article."""
    size = 500_000 if quick else 2_000_000
    print("## speed (CPU time, best of 3)")
    for label, text in (("news", news_corpus(size)), ("junk", junk_corpus(size // 4))):
        took, rate = _rate(text, 4000)
        _, alone = _rate(text, 4000, alone=True)
        print(
            f"{label} corpus {len(text.encode()) / 1e6:.1f} MB in 4 kB articles: {took:.2f} s,"
            f" {rate:.2f} MB/s with normalize; extraction alone {alone:.2f} MB/s;"
            f" normalize alone {_normalize_rate(text, 4000):.1f} MB/s"
        )
    copy = _fixture_copy()
    took, rate = _rate_articles(copy)
    _, alone = _rate_articles(copy, alone=True)
    print(
        f"hand-written fixture articles ({len(copy)}, {sum(len(t.encode()) for t in copy) / 1e6:.2f} MB):"
        f" {took:.2f} s, {rate:.2f} MB/s with normalize; extraction alone {alone:.2f} MB/s"
    )
    for label, make in (("news", news_corpus), ("junk", junk_corpus)):
        base = 20_000 if quick else 100_000
        one, _ = _rate(make(base), 10 * base)
        ten, _ = _rate(make(10 * base), 10 * base)
        print(
            f"{label} single article {base // 1000} kB: {one:.3f} s; 10x: {ten:.3f} s; ratio {ten / one:.1f}"
        )


def main(argv: list[str] | None = None) -> int:
    """Run every part of the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller speed corpora")
    parser.add_argument("--misses", action="store_true", help="list every miss, extra and wrong speaker")
    parser.add_argument("--no-speed", action="store_true", help="accuracy only")
    args = parser.parse_args(argv)
    score_eval(args.misses)
    score_eval(args.misses, HOLDOUT_DEV)
    score_eval(args.misses, HOLDOUT_TEST)
    score_eval(args.misses, FRESH_DEV)
    score_eval(args.misses, HOLDOUT3_DEV)
    score_eval(args.misses, HOLDOUT3_TEST)
    score_eval(args.misses, HOLDOUT4_DEV)
    score_eval(args.misses, HOLDOUT4_TEST)
    score_eval(args.misses, HOLDOUT5)
    score_eval(args.misses, HOLDOUT6)
    score_eval(args.misses, HOLDOUT7)
    score_eval(args.misses, HOLDOUT8)
    score_eval(args.misses, HOLDOUT9)
    score_eval(args.misses, HOLDOUT10)
    score_eval(args.misses, HOLDOUT11)
    score_eval(args.misses, HOLDOUT12)
    score_eval(args.misses, HOLDOUT13)
    score_eval(args.misses, HOLDOUT14)
    score_eval(False, FRESH)  # its misses are never listed: reading them would be tuning on it
    score_eval(False, HOLDOUT15)  # nor these
    score_eval(False, HOLDOUT16)
    score_seeds(args.misses)
    if not args.no_speed:
        speed(args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
