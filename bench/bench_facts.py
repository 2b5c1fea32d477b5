"""Score figure and date extraction against hand-written expectations and measure speed.

    python bench/bench_facts.py                 # accuracy on every case file found, seeds, speed
    python bench/bench_facts.py --errors        # also list every miss and false alarm
    python bench/bench_facts.py --no-speed

Figures count as found when their span overlaps an expected one; "full" also needs the
same low/high (to 1e-6 relative) and the same noun (case-insensitive). Dates count as
found on overlap; "full" also needs the same date and weekday. Attribution is scored on
matched figures: equal, or one name contained in the other ("U.S. officials" ~ "officials").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck.extract.dates import extract_dates, weekday_mismatches  # noqa: E402
from quotecheck.extract.figures import attribute_from_quotes, extract_figures  # noqa: E402
from quotecheck.extract.quotes import extract_quotes  # noqa: E402
from quotecheck.model import Article, DateMention, Figure, Quote  # noqa: E402
from quotecheck.normalize import layout  # noqa: E402

CASE_FILES = (ROOT / "fixtures/eval/facts.json", ROOT / "bench/facts_cases.json")
SEED_DIR = ROOT / "fixtures/seeds"

Span = tuple[int, int]


class Tally:
    """True positives, false positives and false negatives for one measure."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        p, r, f = self.prf()
        return f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {self.tp} | {self.fp} | {self.fn} |"


class Score:
    """Every measure the benchmark reports, accumulated over cases."""

    def __init__(self) -> None:
        self.fig_span, self.fig_full, self.date_span, self.date_full, self.weekday = (
            Tally() for _ in range(5)
        )
        self.attr_ok = self.attr_total = self.distractor_hits = self.distractors = 0
        self.attr_quotes_ok = 0
        self.errors: list[str] = []


def _quotes(article: Article) -> list[Quote]:
    """The article's quotes for quote-assisted attribution; none if the extractor fails
    (the figure scores do not depend on it)."""
    try:
        return extract_quotes(article)
    except Exception as exc:  # another stage's bug must not stop this benchmark
        print(f"warning: extract_quotes failed on {article.id}: {exc!r}", file=sys.stderr)
        return []


def _span(text: str, needle: str, occurrence: int | None) -> Span | None:
    start, seen = text.find(needle), 0
    while start != -1 and seen < (occurrence or 0):
        start, seen = text.find(needle, start + 1), seen + 1
    return (start, start + len(needle)) if start != -1 else None


def _expected_span(text: str, item: dict[str, Any], offset: int = 0) -> Span | None:
    if "start" in item and "end" in item:
        return int(item["start"]), int(item["end"])
    found = _span(text[offset:], item["text"], item.get("occurrence"))
    return (found[0] + offset, found[1] + offset) if found else None


def _close(a: float | None, b: float | None) -> bool:
    a = math.inf if a is None else a
    b = math.inf if b is None else b
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= max(1e-6, abs(b) * 1e-6)


def _pair(expected: list[Span], got: list[Span]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing by span overlap, in text order."""
    used: set[int] = set()
    pairs = []
    for i, (s, e) in enumerate(expected):
        for j, (gs, ge) in enumerate(got):
            if j not in used and gs < e and s < ge:
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def _same_figure(want: dict[str, Any], got: Figure) -> bool:
    noun = (want.get("noun") or "").lower()
    return (
        _close(want.get("low"), got.low)
        and _close(want.get("high"), got.high)
        and noun == (got.noun or "").lower()
    )


def _same_date(want: dict[str, Any], got: DateMention) -> bool:
    return (want.get("date") or None) == (got.date.isoformat() if got.date else None) and (
        want.get("weekday") or None
    ) == got.weekday


def _same_name(want: str | None, got: str | None) -> bool:
    if not want or not got:
        return want == got or (not want and not got)
    a, b = want.lower(), got.lower()
    return a in b or b in a


def score_case(score: Score, case_id: str, article: Article, case: dict[str, Any], offset: int = 0) -> None:
    """Add one case (a sentence, passage or seed article) to the score."""
    text = article.text
    figures = extract_figures(article)
    dates = extract_dates(article)
    helped = attribute_from_quotes(figures, _quotes(article))
    want_f = [(f, _expected_span(text, f, offset)) for f in case.get("figures", [])]
    want_d = [(d, _expected_span(text, d, offset)) for d in case.get("dates", [])]
    for kind, wants in (("figure", want_f), ("date", want_d)):
        for item, span in wants:
            if span is None:
                score.errors.append(f"{case_id}: expected {kind} {item['text']!r} not in text")
    _score_kind(score, case_id, text, [(f, s) for f, s in want_f if s], figures, "figure")
    for i, j in _pair([s for _, s in want_f if s], [(f.start, f.end) for f in helped]):
        score.attr_quotes_ok += _same_name(
            [f for f, s in want_f if s][i].get("attributed_to"), helped[j].attributed_to
        )
    _score_kind(score, case_id, text, [(d, s) for d, s in want_d if s], dates, "date")
    for needle in case.get("not_figures", []):
        span = _span(text[offset:], needle, None)
        if span is None:
            continue
        s, e = span[0] + offset, span[1] + offset
        score.distractors += 1
        if any(f.start < e and s < f.end for f in figures):
            score.distractor_hits += 1
            score.errors.append(f"{case_id}: non-figure {needle!r} read as a figure")
    expected_mismatch = bool(case.get("weekday_mismatch"))
    found_mismatch = bool(weekday_mismatches(article, dates))
    score.weekday.add(
        int(expected_mismatch and found_mismatch),
        int(found_mismatch and not expected_mismatch),
        int(expected_mismatch and not found_mismatch),
    )
    if expected_mismatch != found_mismatch:
        score.errors.append(
            f"{case_id}: weekday mismatch expected={expected_mismatch} found={found_mismatch}"
        )


def _score_kind(
    score: Score, case_id: str, text: str, wants: list[tuple[dict[str, Any], Span]], got: list[Any], kind: str
) -> None:
    spans = [(g.start, g.end) for g in got]
    pairs = _pair([s for _, s in wants], spans)
    span_tally, full_tally = (
        (score.fig_span, score.fig_full) if kind == "figure" else (score.date_span, score.date_full)
    )
    span_tally.add(len(pairs), len(got) - len(pairs), len(wants) - len(pairs))
    full = 0
    for i, j in pairs:
        want, have = wants[i][0], got[j]
        same = _same_figure(want, have) if kind == "figure" else _same_date(want, have)
        full += same
        if not same:
            score.errors.append(
                f"{case_id}: {kind} {want['text']!r} expected {_show(want)} got {_show_obj(have)}"
            )
        if kind == "figure":
            score.attr_total += 1
            ok = _same_name(want.get("attributed_to"), have.attributed_to)
            score.attr_ok += ok
            if not ok:
                score.errors.append(
                    f"{case_id}: figure {want['text']!r} attributed to {have.attributed_to!r}, "
                    f"expected {want.get('attributed_to')!r}"
                )
    full_tally.add(full, len(got) - full, len(wants) - full)
    paired_w, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, (want, _) in enumerate(wants):
        if i not in paired_w:
            score.errors.append(f"{case_id}: missed {kind} {want['text']!r}")
    for j, have in enumerate(got):
        if j not in paired_g:
            score.errors.append(f"{case_id}: extra {kind} {have.text!r} ({_show_obj(have)})")


def _show(item: dict[str, Any]) -> str:
    keys = ("low", "high", "noun", "date", "weekday")
    return "{" + ", ".join(f"{k}={item.get(k)!r}" for k in keys if k in item) + "}"


def _show_obj(obj: Figure | DateMention) -> str:
    if isinstance(obj, Figure):
        return f"{{low={obj.low!r}, high={obj.high!r}, noun={obj.noun!r}}}"
    return f"{{date={obj.date.isoformat() if obj.date else None!r}, weekday={obj.weekday!r}}}"


def score_cases(path: Path) -> Score:
    """Score one facts case file (the fixtures/eval/facts.json schema)."""
    score = Score()
    for case in json.loads(path.read_text(encoding="utf-8")):
        published = dt.date.fromisoformat(case["published"]) if case.get("published") else None
        article = Article(id=case["id"], text=case["text"], published=published)
        score_case(score, case["id"], article, case)
    return score


def score_seeds(directory: Path) -> Score | None:
    """Score the seeds against fixtures/expected/<stem>.json (or seeds/expected) when present."""
    from quotecheck.load import load

    dirs = [d for d in (ROOT / "fixtures/expected", directory / "expected") if d.is_dir()]
    files = sorted(dirs[0].glob("*.json")) if dirs else []
    if not files:
        return None
    score = Score()
    for path in files:
        seed = next(iter(sorted(directory.glob(path.stem.split(".")[0] + "*.txt"))), None)
        if seed is None:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        article = load(str(seed))
        score_case(score, seed.name, article, data, offset=article.content_start)
    return score


def report(name: str, score: Score) -> list[str]:
    """Markdown lines for one scored set."""
    lines = [
        f"### {name}",
        "",
        "| measure | precision | recall | F1 | tp | fp | fn |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        score.fig_span.row("figures, span"),
        score.fig_full.row("figures, span + low/high + noun"),
        score.date_span.row("dates, span"),
        score.date_full.row("dates, span + date + weekday"),
        score.weekday.row("date-weekday detection (per case)"),
    ]
    attr = score.attr_ok / score.attr_total if score.attr_total else 1.0
    lines += [
        "",
        f"Attribution agrees on {score.attr_ok}/{score.attr_total} matched figures ({attr:.3f}), "
        f"{score.attr_quotes_ok}/{score.attr_total} with quote speakers (`attribute_from_quotes`); "
        f"non-figures read as figures: {score.distractor_hits}/{score.distractors}.",
        "",
    ]
    return lines


def corpus(texts: Iterable[str], target: int, seed: int = 7) -> list[str]:
    """Articles of about 4 KB built from shuffled real sentences until `target` characters."""
    pool = list(texts)
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < target:
        rng.shuffle(pool)
        body = f"Story {len(out)}\n\n" + "\n\n".join(" ".join(pool[i : i + 4]) for i in range(0, 40, 4))
        out.append(body)
        size += len(body)
    return out


def _timed(docs: list[str], run: int = 0) -> tuple[float, float]:
    """Seconds for figures + dates over `docs`: with the layout, and for the extractors alone.
    `run` adds that many newlines to every text, so a repeat never hits a per-text cache."""
    pub = dt.date(2021, 4, 14)
    articles = [Article(id=str(i), text=doc + "\n" * run, published=pub) for i, doc in enumerate(docs)]
    total = layout_time = 0.0
    for article in articles:
        start = time.perf_counter()
        layout(article)
        middle = time.perf_counter()
        extract_figures(article)
        extract_dates(article)
        total += time.perf_counter() - start
        layout_time += middle - start
    return total, total - layout_time


def speed(corpora: dict[str, list[str]], megabytes: float, repeat: int) -> list[str]:
    """Figures + dates throughput at 1x and 10x corpus size and as one big article, the best
    of `repeat` runs (a shared machine's other jobs only ever slow a run down)."""
    lines = [
        "| corpus | articles | MB | seconds (with layout) | MB/s (with layout) | MB/s (extractors only) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, texts in corpora.items():
        runs = [(f"{name}, {scale}x", corpus(texts, int(megabytes * 1e6 * scale / 10))) for scale in (1, 10)]
        runs.append((f"{name}, one article", ["\n\n".join(corpus(texts, int(megabytes * 1e6)))]))
        for label, docs in runs:
            size = sum(len(d) for d in docs) / 1e6
            total, alone = min(_timed(docs, run) for run in range(repeat))
            rates = f"{size / total:.2f} | {size / alone:.2f}"
            lines.append(f"| {label} | {len(docs)} | {size:.2f} | {total:.2f} | {rates} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print Markdown for docs/figures-and-dates.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    parser.add_argument("--megabytes", type=float, default=5.0, help="size of the 10x speed corpus")
    parser.add_argument("--repeat", type=int, default=3, help="speed runs per corpus; the best is shown")
    args = parser.parse_args(argv)
    out: list[str] = []
    sentences: list[str] = []
    for path in CASE_FILES:
        if path.exists():
            score = score_cases(path)
            out += report(str(path.relative_to(ROOT)), score)
            sentences += [c["text"] for c in json.loads(path.read_text(encoding="utf-8"))]
            if args.errors:
                out += [f"- {e}" for e in score.errors] + [""]
    seeds = score_seeds(SEED_DIR)
    if seeds is not None:
        out += report("fixtures/seeds (annotated in fixtures/expected)", seeds)
        if args.errors:
            out += [f"- {e}" for e in seeds.errors] + [""]
    if not args.no_speed:
        seed_text = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]
        paragraphs = [para for t in seed_text for para in t.split("\n\n") if para.strip()]
        corpora = {"case sentences (dense)": sentences, "seed paragraphs (news)": paragraphs}
        out += ["### Speed (figures + dates, one core)", "", *speed(corpora, args.megabytes, args.repeat)]
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
