"""Baselines: record today's findings, fail only on new ones, survive unrelated edits."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from quotecheck.baseline import new_findings, read_baseline, write_baseline
from quotecheck.errors import InputError
from quotecheck.model import Article, Evidence, Finding, Report
from quotecheck.suppress import apply


def misquote(article: Article, words: str) -> Finding:
    """A quote-wording finding whose fingerprint, like check()'s, depends on content only."""
    start = article.text.index(words)
    return Finding(
        "quote-wording",
        "warning",
        f"differs: {words}",
        (Evidence.at(article, start, start + len(words)),),
        fingerprint=f"quote-wording:{article.id}:{words}",
    )


def test_round_trip_drops_recorded_findings(tmp_path: Path) -> None:
    """A finding written to the baseline is dropped on the next run; a new one is kept."""
    article = Article(id="a", text='He said "we will not retreat". She said "we will win".', path="a.md")
    old = misquote(article, "we will not retreat")
    path = tmp_path / "baseline.json"
    assert write_baseline([old], path) == 1
    baseline = read_baseline(path)
    new = misquote(article, "we will win")
    assert new_findings([old, new], baseline) == [new]


def test_survives_unrelated_edits(tmp_path: Path) -> None:
    """Adding paragraphs above a baselined quote moves its line but does not make it new."""
    before = Article(id="a", text='He said "we will not retreat".', path="a.md")
    after = Article(
        id="a", text='A new lede.\n\nAnother paragraph.\n\nHe said "we will not retreat".', path="a.md"
    )
    path = tmp_path / "baseline.json"
    write_baseline([misquote(before, "we will not retreat")], path)
    moved = misquote(after, "we will not retreat")
    assert moved.evidence[0].line == 5
    report = apply(Report((after,), ((),), (moved,)), baseline=read_baseline(path))
    assert report.findings == ()


def test_each_entry_accepts_one_finding() -> None:
    """Two identical findings against one baseline entry: the second is new."""
    article = Article(id="a", text="x")
    f = Finding("quote-wording", "warning", "m", (Evidence.at(article, 0, 1),), "same")
    assert new_findings([f, f], Counter({"same": 1})) == [f]


def test_file_is_sorted_and_has_no_line_numbers(tmp_path: Path) -> None:
    """Entries hold rule, article, message and fingerprint, sorted and without positions: small diffs."""
    article = Article(id="a", text='"b" and "a"', path="drafts/a.md")
    path = tmp_path / "b.json"
    write_baseline([misquote(article, "b"), misquote(article, "a")], path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == 1
    assert doc["findings"][0] == {
        "fingerprint": "quote-wording:a:a",
        "rule": "quote-wording",
        "article": "drafts/a.md",
        "message": "differs: a",
    }
    assert "line" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "cannot read the baseline"),
        ("{not json", "not valid JSON"),
        ('{"version": 2, "findings": []}', "not a quotecheck baseline"),
        ("[1, 2]", "not a quotecheck baseline"),
        ('{"version": 1, "findings": [{"rule": "x"}]}', "needs a fingerprint"),
    ],
)
def test_bad_baseline_names_file_and_reason(tmp_path: Path, content: str | None, reason: str) -> None:
    """A missing or malformed baseline is an InputError naming the file and what is wrong."""
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=reason) as info:
        read_baseline(path)
    assert str(path) in str(info.value)
