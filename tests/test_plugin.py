"""The pytest plugin and quotecheck.testing, run through pytest's own pytester.

The exact-text tests stand a fake in for check() inside the pytester run,
so the editor's note they pin depends only on the plugin and the helpers.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import entry_points

import pytest

pytest_plugins = ("pytester",)

# When quotecheck is not pip-installed, its pytest11 entry point is missing: load the plugin by name.
# Hypothesis's plugin is left out of the inner runs: it costs a second per run and is not under test.
PLUGIN_ARGS = ("-p", "no:hypothesispytest") + (
    ()
    if any(ep.name == "quotecheck" for ep in entry_points(group="pytest11"))
    else ("-p", "quotecheck.pytest_plugin")
)

FAKE_CONFTEST = '''
import importlib
import re

import pytest

from quotecheck.model import Evidence, Finding, Report

QUOTED = re.compile(r'"([^"\\n]*)"')


def fake_check(articles, *, reference=(), config=None):
    """Pairs each quote in the articles with the same-position quote in the reference."""
    findings = []
    refs = [(a, m) for a in reference for m in QUOTED.finditer(a.text)]
    mine = [(a, m) for a in articles for m in QUOTED.finditer(a.text)]
    if not reference:
        refs, mine = mine[1:], mine[:1]
    for (a, m), (b, n) in zip(mine, refs):
        if m.group(1) != n.group(1):
            findings.append(Finding(
                "quote-number", "error", "Russia has moved [-thousands of-] {+10,000+} troops",
                (Evidence.at(a, m.start(1), m.end(1)), Evidence.at(b, n.start(1), n.end(1))),
                "fp",
                {"diff": [{"op": "equal", "a": "Russia has moved", "b": "Russia has moved"},
                          {"op": "replace", "a": "10,000", "b": "thousands of"},
                          {"op": "equal", "a": "troops", "b": "troops"}],
                 "versions": [{"article": a.id, "source": a.source or a.id, "text": m.group(1),
                               "speaker": "Jens Stoltenberg"},
                              {"article": b.id, "source": b.source or b.id, "text": n.group(1),
                               "speaker": "Jens Stoltenberg"}],
                 "cluster": 0},
            ))
    everything = (*articles, *reference)
    return Report(everything, tuple(() for _ in everything), tuple(findings))


@pytest.fixture(autouse=True)
def _fake(monkeypatch):
    monkeypatch.setattr(importlib.import_module("quotecheck.pipeline"), "check", fake_check)
'''

TEST_COPY = """
from quotecheck.testing import assert_quotes_match


def test_draft_quotes_the_wire():
    assert_quotes_match("drafts/nato.txt", "wire/dpa.txt")
"""

EXPECTED_NOTE = """\
quotecheck: 1 finding at or above warning

quote-number: Russia has moved [-thousands of-] {+10,000+} troops
  drafts/nato.txt:3:2  nato, Jens Stoltenberg
    \u201cRussia has moved [-10,000-] troops\u201d
  wire/dpa.txt:1:20  dpa, Jens Stoltenberg
    \u201cRussia has moved {+thousands of+} troops\u201d"""


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    """A newsroom repo: a draft that misquotes the wire copy, the fake check, and the test file."""
    pytester.makeconftest(FAKE_CONFTEST)
    pytester.mkdir("drafts")
    pytester.mkdir("wire")
    (pytester.path / "drafts" / "nato.txt").write_text(
        'Stoltenberg spoke on Tuesday.\n\n"Russia has moved 10,000 troops," he said.\n', encoding="utf-8"
    )
    (pytester.path / "wire" / "dpa.txt").write_text(
        'Stoltenberg said: "Russia has moved thousands of troops".\n', encoding="utf-8"
    )
    pytester.makepyfile(test_copy=TEST_COPY)
    return pytester


def failure_text(output: str) -> str:
    """What pytest printed for the failing test, between its header and the summary."""
    match = re.search(r"_{3,} test_\w+ _{3,}\n(.*?)\n=+ (?:warnings|short test) summary", output, re.DOTALL)
    assert match, output
    return match.group(1).strip("\n")


def test_failure_reads_like_an_editors_note(newsroom: pytest.Pytester) -> None:
    """A misquote fails with exactly the rule, both versions with words marked, and file:line:col."""
    result = newsroom.runpytest(*PLUGIN_ARGS)
    result.assert_outcomes(failed=1)
    assert failure_text(result.stdout.str()) == EXPECTED_NOTE


def test_failure_has_no_pytest_internals(newsroom: pytest.Pytester) -> None:
    """No traceback, source lines or E-prefixed assertion lines surround the note."""
    output = failure_text(newsroom.runpytest(*PLUGIN_ARGS).stdout.str())
    assert "def test_" not in output and "Traceback" not in output and "\nE " not in output


def test_matching_quotes_pass(newsroom: pytest.Pytester) -> None:
    """When the draft quotes the wire faithfully, the test passes."""
    (newsroom.path / "drafts" / "nato.txt").write_text('He said: "Russia has moved thousands of troops".\n')
    newsroom.runpytest(*PLUGIN_ARGS).assert_outcomes(passed=1)


def test_fail_on_error_ignores_warnings(pytester: pytest.Pytester) -> None:
    """assert_consistent(fail_on="error") passes when the findings are below error; "info" would fail."""
    pytester.makeconftest(FAKE_CONFTEST.replace('"quote-number", "error"', '"quote-wording", "warning"'))
    pytester.makepyfile(
        test_fail_on="""
        import pytest
        from quotecheck.model import Article
        from quotecheck.testing import QuoteMismatch, assert_consistent

        TEXT = Article(id="a", text='He said: "we will stay" and later "we will go".')

        def test_levels():
            assert_consistent([TEXT], fail_on="error")
            with pytest.raises(QuoteMismatch) as info:
                assert_consistent([TEXT], fail_on="info")
            assert [f.rule for f in info.value.findings] == ["quote-wording"]
        """
    )
    pytester.runpytest(*PLUGIN_ARGS).assert_outcomes(passed=1)


def test_articles_fixture_loads_folder(pytester: pytest.Pytester) -> None:
    """quotecheck_articles loads the folder named in the ini file; quotecheck_load any folder."""
    pytester.makeini("[pytest]\nquotecheck_articles = copy\n")
    pytester.mkdir("copy")
    (pytester.path / "copy" / "a.txt").write_text('He said: "yes".\n')
    (pytester.path / "copy" / "b.md").write_text('She said: "no".\n')
    pytester.makepyfile(
        test_fixture="""
        def test_loaded(quotecheck_articles, quotecheck_load):
            assert [a.id for a in quotecheck_articles] == ["a", "b"]
            assert [a.id for a in quotecheck_load("copy", include=["*.md"])] == ["b"]
        """
    )
    pytester.runpytest(*PLUGIN_ARGS).assert_outcomes(passed=1)


def test_missing_path_is_an_error_not_text(pytester: pytest.Pytester) -> None:
    """A path that does not exist fails with the file named, rather than being read as article text."""
    pytester.makepyfile(
        test_missing="""
        from quotecheck.testing import assert_quotes_match

        def test_missing():
            assert_quotes_match("drafts", "wire")
        """
    )
    result = pytester.runpytest(*PLUGIN_ARGS)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*InputError: drafts: no such file or directory*"])


def test_option_names_the_folder(pytester: pytest.Pytester) -> None:
    """--quotecheck-articles overrides the ini key."""
    pytester.mkdir("elsewhere")
    (pytester.path / "elsewhere" / "c.txt").write_text('They said: "maybe".\n')
    pytester.makepyfile(
        test_opt="def test_loaded(quotecheck_articles):\n    assert len(quotecheck_articles) == 1\n"
    )
    pytester.runpytest(*PLUGIN_ARGS, "--quotecheck-articles", "elsewhere").assert_outcomes(passed=1)


def test_assert_findings_empty_explains_itself(pytester: pytest.Pytester) -> None:
    """`assert report.findings == ()` shows each finding as an editor's note via pytest's assertrepr hook."""
    pytester.makepyfile(
        test_empty="""
        from quotecheck.model import Article, Evidence, Finding

        def test_no_findings():
            article = Article(id="a", text='He said "no".', path="a.md")
            evidence = (Evidence.at(article, 9, 11),)
            finding = Finding("quote-negation", "error", "[-no-] {+yes+}", evidence, "fp")
            assert (finding,) == ()
        """
    )
    result = pytester.runpytest(*PLUGIN_ARGS)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "E       assert 1 quotecheck finding, expected none",
            "E         quote-negation: [-no-] {+yes+}",
            "E           a.md:1:10  a",
        ]
    )


def test_plugin_import_is_cheap() -> None:
    """Importing the plugin loads none of the matching, extraction or rendering code."""
    probe = (
        "import sys, quotecheck.pytest_plugin\n"
        "heavy = ('rapidfuzz', 'regex', 'quotecheck.pipeline', 'quotecheck.extract', 'quotecheck.render',"
        " 'quotecheck.testing')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
