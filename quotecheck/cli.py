"""The `quotecheck` command: `quotes`, `report` and `config`.

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage, input or configuration error (one line on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from quotecheck.errors import InputError, QuotecheckError
from quotecheck.model import Article, Config, Report
from quotecheck.render import FORMATS
from quotecheck.render.common import FAIL_ON_LEVELS, at_or_above, count, location

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status instead of exiting."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help (0) and on usage errors (2)
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    try:
        status: int = args.run(args)
        return status
    except QuotecheckError as exc:
        print(f"quotecheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("quotecheck: interrupted", file=sys.stderr)
        return EXIT_ERROR


def _parser() -> argparse.ArgumentParser:
    from quotecheck import __version__

    parser = argparse.ArgumentParser(
        prog="quotecheck",
        description="Find who said what in news copy, and where outlets quote, count or date it differently.",
    )
    parser.add_argument("--version", action="version", version=f"quotecheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    quotes = sub.add_parser("quotes", help="list every quotation with its speaker, cue and place")
    quotes.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    quotes.add_argument("--format", choices=("text", "json"), default="text")
    _common(quotes)
    quotes.set_defaults(run=_quotes)

    report = sub.add_parser("report", help="check quotations, figures and dates across articles")
    report.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    report.add_argument("--format", choices=FORMATS, default="text")
    report.add_argument(
        "--fail-on", choices=FAIL_ON_LEVELS, help="lowest severity that exits 1 (default: warning)"
    )
    report.add_argument("--reference", nargs="+", default=[], metavar="PATH", help="sources to check against")
    report.add_argument("--baseline", metavar="FILE", help="ignore findings recorded in this baseline")
    report.add_argument("--write-baseline", metavar="FILE", help="record the current findings and exit 0")
    report.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="extract in N processes (default: by corpus size)",
    )
    _common(report)
    report.set_defaults(run=_report)

    config = sub.add_parser("config", help="print the effective configuration and where each value came from")
    config.add_argument("paths", nargs="*", metavar="PATH", help="where to start looking for pyproject.toml")
    config.add_argument("--config", metavar="FILE", help="read this file instead of searching")
    config.set_defaults(run=_config)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config", metavar="FILE", help="configuration file (default: nearest pyproject.toml)"
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write the output here instead of stdout")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto")


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return number


def _color(args: argparse.Namespace, stream: TextIO) -> bool:
    """Colour for `always`; for `auto` only on a terminal and when NO_COLOR is unset."""
    if args.color != "auto":
        return bool(args.color == "always")
    return args.output is None and stream.isatty() and not os.environ.get("NO_COLOR")


def _emit(args: argparse.Namespace, text: str) -> None:
    if args.output is None:
        sys.stdout.write(text)
        return
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{args.output}: cannot write the output: {exc.strerror or exc}") from None


def _load(args: argparse.Namespace, config: Config, paths: Sequence[str]) -> list[Article]:
    from quotecheck.load import load_many

    articles = load_many(paths, include=config.include, exclude=config.exclude)
    if not articles:
        raise InputError(
            f"{', '.join(paths)}: no articles found (include patterns: {', '.join(config.include)})"
        )
    return articles


def _quotes(args: argparse.Namespace) -> int:
    from quotecheck.config import load_config
    from quotecheck.extract.quotes import extract_quotes

    config = load_config(args.paths, args.config).config
    articles = _load(args, config, args.paths)
    report = Report(tuple(articles), tuple(tuple(extract_quotes(a)) for a in articles), ())
    if args.format == "json":
        import json

        document = report.to_dict()
        keep = {k: document[k] for k in ("version", "articles", "quotes")}
        _emit(args, json.dumps(keep, ensure_ascii=False, indent=2) + "\n")
    else:
        _emit(args, _quotes_text(report, color=_color(args, sys.stdout)))
    return EXIT_OK


def _quotes_text(report: Report, *, color: bool) -> str:
    """Each quote as `path:line:col  kind  speaker  cue` and its words on the next line; a quote in a
    duplicated paragraph is listed once, its repeat noted by place."""
    from quotecheck.model import Evidence
    from quotecheck.render.common import plain
    from quotecheck.render.text import ansi

    paint = ansi if color else plain
    out = []
    for article, quotes in zip(report.articles, report.quotes, strict=True):
        meta = ", ".join(str(v) for v in (article.source, article.published) if v)
        out.append(
            paint("head", f"{article.label}" + (f" ({meta})" if meta else ""))
            + f": {count(sum(q.repeat_of is None for q in quotes), 'quote')}"
        )
        for quote in quotes:
            where = location(Evidence.at(article, quote.start, quote.end))
            if quote.repeat_of is not None:
                line, _ = article.line_col(quotes[quote.repeat_of].start)
                out.append(
                    f"  {paint('loc', where)}  repeats the quote on line {line} (a duplicated paragraph)"
                )
                continue
            speaker = quote.speaker.name if quote.speaker else "(no speaker)"
            if quote.speaker and quote.speaker.title:
                speaker += f", {quote.speaker.title}"
            out.append(f"  {paint('loc', where)}  {quote.kind}  {speaker}  {quote.cue or '-'}")
            out.append(f"    \u201c{' '.join(quote.text.split())}\u201d")
        out.append("")
    return "\n".join(out)


def _report(args: argparse.Namespace) -> int:
    from quotecheck.baseline import read_baseline, write_baseline
    from quotecheck.config import load_config
    from quotecheck.render import render
    from quotecheck.suppress import apply

    overrides = {"fail_on": args.fail_on} if args.fail_on else {}
    config = load_config(args.paths, args.config, overrides).config
    baseline = read_baseline(args.baseline) if args.baseline else None
    articles = _load(args, config, args.paths)
    reference = _load(args, config, args.reference) if args.reference else []
    report = _check(articles, reference, config, args.jobs)
    checked = {a.id for a in articles}
    if args.write_baseline:
        count = write_baseline(apply(report, config=config, checked=checked).findings, args.write_baseline)
        print(f"quotecheck: wrote {count} findings to {args.write_baseline}", file=sys.stderr)
        return EXIT_OK
    report = apply(report, config=config, baseline=baseline, checked=checked)
    _emit(args, render(report, args.format, color=_color(args, sys.stdout)))
    failing = any(at_or_above(f.severity, config.fail_on) for f in report.findings)
    return EXIT_FINDINGS if failing else EXIT_OK


def _check(articles: list[Article], reference: list[Article], config: Config, jobs: int | None) -> Report:
    """Run check() with a progress line on an interactive terminal."""
    from quotecheck.pipeline import check
    from quotecheck.progress import Progress

    progress = Progress()
    try:
        return check(
            articles,
            reference=reference,
            config=config,
            jobs=jobs,
            progress=progress if progress.enabled else None,
        )
    finally:
        progress.close()


def _config(args: argparse.Namespace) -> int:
    from quotecheck.config import describe, load_config

    sys.stdout.write(describe(load_config(args.paths, args.config)))
    return EXIT_OK
