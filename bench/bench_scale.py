"""Scale benchmark: generate N articles on a few hundred stories and time check() end to end.

    python bench/bench_scale.py 10000            # end to end (extraction, match, compare)
    python bench/bench_scale.py 10000 --matching  # match + compare only, on generated Quote objects

Prints wall seconds and peak memory as max RSS of this process and of its worker processes.
`--trace` adds tracemalloc's peak of Python allocations (it slows the run two- to threefold,
so timings taken with it are not comparable).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotecheck.model import Article, Quote, Speaker

FIRST = "Anna Boris Carla Dmitry Elena Felix Greta Hans Irina Jonas Katya Lev Marta Nils Olga Pavel".split()
LAST = "Sorensen Petrov Almeida Kovacs Lindqvist Moreau Novak Haddad Ferreira Ivanova Brandt Okafor".split()
CITIES = "Brussels Vienna Geneva Warsaw Riga Tallinn Vilnius Prague Madrid Lisbon Oslo Helsinki".split()
NOUNS = (
    "sanctions talks ceasefire pipeline reform budget border election treaty inquiry strike tariff".split()
)
VERBS = "warned said stressed told reporters added insisted".split()
OUTLETS = "dpa AP Reuters AFP UNIAN Kyodo EFE ANSA PAP TASS".split()


def story(rng: random.Random, n: int) -> dict[str, object]:
    """One story: a speaker, a place, a topic and three quotations with their own rare words."""
    speaker = f"{rng.choice(FIRST)} {rng.choice(LAST)}{n}"
    topic = rng.choice(NOUNS)
    quotes = []
    for k in range(3):
        words = [f"w{n}x{k}x{i}" for i in range(6)]
        quotes.append(
            f"The {topic} in {words[0]} will not {words[1]} {words[2]}, and we need "
            f"{rng.randint(2, 90) * 100} more {words[3]} before {words[4]} {words[5]} ends"
        )
    return {
        "speaker": speaker,
        "city": rng.choice(CITIES),
        "topic": topic,
        "quotes": quotes,
        "figure": rng.randint(2, 90) * 1000,
    }


def variant(rng: random.Random, text: str) -> str:
    """A reprint (most often), a fragment, or a changed word."""
    roll = rng.random()
    words = text.split()
    if roll < 0.6:
        return text
    if roll < 0.8:
        return " ".join(words[3:-2])
    i = rng.randrange(len(words))
    words[i] = "substituted"
    return " ".join(words)


def article_text(rng: random.Random, s: dict[str, object], outlet: str) -> tuple[str, list[tuple[str, str]]]:
    """Copy for one article of a story, and the (speaker, quote) pairs it contains."""
    quotes = [variant(rng, q) for q in rng.sample(s["quotes"], 2)]  # type: ignore[call-overload]
    paras = [
        f"{s['city']} ({outlet}) - {s['speaker']} spoke at a press conference in {s['city']} on Tuesday.",
        f"About {s['figure']:,} troops have been deployed, officials said.",
    ]
    for q in quotes:
        paras.append(f'"{q}," {s["speaker"]} {rng.choice(VERBS)}.')
    paras.append("The talks continue next week.")
    return "\n\n".join(paras), [(str(s["speaker"]), q) for q in quotes]


def corpus(n: int, seed: int = 7) -> tuple[list[Article], list[list[Quote]]]:
    """N articles on about N/30 stories (at least 300), with generated Quote objects for each."""
    rng = random.Random(seed)
    stories = [story(rng, k) for k in range(max(300, n // 30))]
    arts, quotes = [], []
    for i in range(n):
        s = rng.choice(stories)
        outlet = rng.choice(OUTLETS)
        text, pairs = article_text(rng, s, outlet)
        art = Article.from_text(text, id=f"a{i:06d}", source=outlet)
        arts.append(art)
        qs = []
        for u, (speaker, q) in enumerate(pairs):
            start = text.index(q)
            qs.append(
                Quote(
                    q, start, start + len(q), "direct", speaker=Speaker(speaker), utterance=u, article=art.id
                )
            )
        quotes.append(qs)
    return arts, quotes


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("size", type=int, nargs="?", default=10000)
    parser.add_argument("--matching", action="store_true", help="time match + compare only")
    parser.add_argument("--trace", action="store_true", help="also measure Python allocations (slow)")
    args = parser.parse_args()
    arts, quotes = corpus(args.size)
    if args.trace:
        tracemalloc.start()
    t0 = time.perf_counter()
    if args.matching:
        from quotecheck.compare.quotes import Corpus, compare_quotes
        from quotecheck.match import build_units, cluster
        from quotecheck.variants import DEFAULT

        units = build_units(quotes, DEFAULT)
        groups = cluster(units)
        findings = compare_quotes(Corpus(arts, quotes, units, DEFAULT), groups)
        summary = f"{len(units)} quotes, {len(groups)} clusters, {len(findings)} findings"
    else:
        from quotecheck.pipeline import check

        report = check(arts)
        quotes = sum(map(len, report.quotes))
        summary = f"{quotes} quotes, {len(report.clusters)} clusters, {len(report.findings)} findings"
    elapsed = time.perf_counter() - t0
    traced = f", peak traced {tracemalloc.get_traced_memory()[1] / 2**20:.0f} MiB" if args.trace else ""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    mode = "match+compare" if args.matching else "end to end"
    print(
        f"{args.size} articles ({mode}): {elapsed:.1f} s{traced}, max RSS {rss:.0f} MiB "
        f"(largest worker {workers:.0f} MiB); {summary}"
    )


if __name__ == "__main__":
    main()
