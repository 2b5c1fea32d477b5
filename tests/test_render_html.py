"""The HTML page: self-contained, every piece of article text escaped, and it renders in a browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from quotecheck.model import Article, Cluster, Evidence, Finding, Quote, Report
from quotecheck.render import render
from quotecheck.render.html import highlight
from tests.render_sample import sample_report

HOSTILE = 'We will not <script>alert("pwned")</script> retreat & "hold" the line'


def hostile_report() -> Report:
    """Article text, source, message and details all carrying markup that must show as text."""
    a = Article(id="a", text=f'She said: "{HOSTILE}".', source="<img src=x onerror=alert(1)>", path="a<b>.md")
    b = Article(id="b", text='She said: "We will not retreat".', source="Wire")
    qa = Quote(HOSTILE, 11, 11 + len(HOSTILE), "direct", article="a")
    qb = Quote("We will not retreat", 11, 30, "direct", article="b")
    quote_finding = Finding(
        "quote-wording",
        "warning",
        "Words added: We will not {+<script>alert(1)</script>+} retreat",
        (Evidence.at(a, qa.start, qa.end), Evidence.at(b, qb.start, qb.end)),
        "fp1",
        {"versions": [{"article": "a", "text": HOSTILE}, {"article": "b", "text": qb.text}], "cluster": 0},
    )
    figures = Finding(
        "figure-conflict",
        "warning",
        "Figures <b>differ</b>",
        (Evidence.at(a, 0, 3),),
        "fp2",
        {"figures": [{"text": "<script>1</script>", "low": 1.0}, {"text": "2 & more", "low": 2000.0}]},
    )
    clusters = (Cluster(0, (("a", 0), ("b", 0)), HOSTILE),)
    return Report((a, b), ((qa,), (qb,)), (quote_finding, figures), clusters)


def test_all_article_text_is_escaped() -> None:
    """No markup from articles survives: the page holds no script or img element, only their escaped text."""
    page = render(hostile_report(), "html")
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>" in page


def test_page_is_self_contained() -> None:
    """The page loads nothing from elsewhere: no links, scripts, images or remote URLs."""
    page = render(sample_report(), "html")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(link|script|img|iframe)\b|https?://|url\(", page)


def test_figure_conflicts_are_tables() -> None:
    """A figure conflict shows its figures as a small table, whole numbers with separators."""
    page = render(sample_report(), "html")
    assert "<th>attributed_to</th>" in page
    assert "<td>40,000</td>" in page and "<td>Kyiv</td>" in page
    assert "<tr><td>drafts/draft.md:5:19</td><td>draft</td>" in page


def test_cluster_versions_side_by_side() -> None:
    """Each cluster is one grid with a column per outlet, words the other version lacks marked."""
    page = render(sample_report(), "html")
    grid = page[page.index('<div class="cluster">') :]
    assert grid.count('<div class="version">') == 2
    assert "Russia has moved <mark>10,000</mark> combat-ready" in grid
    assert "Russia has moved <mark>thousands</mark> <mark>of</mark> combat-ready" in grid


def test_highlight_ignores_case_and_punctuation() -> None:
    """Case, punctuation and quote style are not highlighted as changes; a changed word is."""
    assert highlight("We are NOT leaving.", ["we are not leaving"]) == "We are NOT leaving."
    assert highlight("We are staying", ["We are leaving"]) == "We are <mark>staying</mark>"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    CHROMIUM is None, reason="no headless browser: install Debian's chromium to run this check"
)
def test_renders_in_headless_chromium(tmp_path: Path) -> None:
    """Chromium parses the page into the expected DOM (no script element) and takes a screenshot of it."""
    page = tmp_path / "report.html"
    page.write_text(render(hostile_report(), "html"), encoding="utf-8")
    flags = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert '<div class="cluster">' in dom.stdout
    assert "<script" not in dom.stdout
    assert '&lt;script&gt;alert("pwned")&lt;/script&gt;' in dom.stdout
    shot = tmp_path / "shot.png"
    subprocess.run(
        [*flags, f"--screenshot={shot}", "--window-size=1200,900", page.as_uri()],
        timeout=120,
        check=True,
        capture_output=True,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
