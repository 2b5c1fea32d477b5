"""The command line: exit codes, formats, output file, config, baseline, suppression, errors.

Most tests stand a small fake in for check() (it flags any quotation containing
"10,000" as quote-number, any "85,000" as figure-conflict) so they pin the
CLI's plumbing; the last ones run the real pipeline on real copy.
"""

from __future__ import annotations

import importlib
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotecheck import cli
from quotecheck.model import Article, Config, Evidence, Finding, Report
from quotecheck.progress import Progress, wanted

ROOT = Path(__file__).parent.parent
SCHEMA = json.loads((ROOT / "docs" / "json-schema.json").read_text(encoding="utf-8"))
SEEDS = ROOT / "fixtures" / "seeds"
# the module itself: `quotecheck.check` is the function, once imported lazily
CHECK_MODULE = importlib.import_module("quotecheck.pipeline")
_QUOTED = re.compile(r'"([^"\n]*)"')


def fake_check(
    articles: Sequence[Article],
    *,
    reference: Sequence[Article] = (),
    config: Config | None = None,
    jobs: int | None = None,
    progress: Any = None,
) -> Report:
    """A stand-in for check(): one finding per quotation with 10,000 and per mention of 85,000."""
    findings = []
    for article in articles:
        for m in _QUOTED.finditer(article.text):
            if "10,000" in m.group(1):
                ev = Evidence.at(article, m.start(1), m.end(1))
                findings.append(
                    Finding("quote-number", "error", "[-thousands-] {+10,000+}", (ev,), "qn:" + m.group(1))
                )
        at = article.text.find("85,000")
        if at >= 0:
            ev = Evidence.at(article, at, at + 6)
            findings.append(
                Finding("figure-conflict", "warning", "85,000 vs 40,000", (ev,), "fc:" + article.id)
            )
    return Report(tuple(articles), tuple(() for _ in articles), tuple(findings))


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use fake_check in place of quotecheck.pipeline.check."""
    monkeypatch.setattr(CHECK_MODULE, "check", fake_check)


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom folder: one draft with a misquote, one with a figure, and no config."""
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(
        'Stoltenberg said: "Russia moved 10,000 troops."\n', encoding="utf-8"
    )
    (tmp_path / "drafts" / "b.txt").write_text("Kyiv counted 85,000 troops.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; return status, stdout and stderr."""
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.usefixtures("fake", "desk")
def test_exit_status_follows_fail_on(capsys: pytest.CaptureFixture[str]) -> None:
    """1 with findings at or above --fail-on (default warning), 0 below it or with never."""
    assert run("report", "drafts", "--format", "concise", capsys=capsys)[0] == 1
    assert run("report", "drafts/b.txt", "--fail-on", "error", capsys=capsys)[0] == 0
    assert run("report", "drafts", "--fail-on", "never", capsys=capsys)[0] == 0


@pytest.mark.usefixtures("fake", "desk")
def test_concise_output(capsys: pytest.CaptureFixture[str]) -> None:
    """concise prints path:line:col severity rule message for each finding."""
    _, out, _ = run("report", "drafts", "--format", "concise", capsys=capsys)
    assert out.splitlines() == [
        f"{Path('drafts/a.md')}:1:20: error quote-number [-thousands-] {{+10,000+}}",
        f"{Path('drafts/b.txt')}:1:14: warning figure-conflict 85,000 vs 40,000",
    ]


@pytest.mark.usefixtures("fake", "desk")
def test_json_output_matches_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints one version 1 object that validates against docs/json-schema.json."""
    _, out, _ = run("report", "drafts", "--format", "json", capsys=capsys)
    doc = json.loads(out)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    assert doc["summary"]["findings"] == 2


@pytest.mark.usefixtures("fake", "desk")
def test_output_file(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--output writes the report to a file and nothing to stdout."""
    status, out, _ = run("report", "drafts", "--format", "sarif", "--output", "report.sarif", capsys=capsys)
    assert status == 1 and out == ""
    assert json.loads((desk / "report.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


@pytest.mark.usefixtures("fake", "desk")
def test_baseline_then_only_new_findings_fail(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--write-baseline records today's findings; with --baseline only a new misquote fails."""
    status, _, err = run("report", "drafts", "--write-baseline", "baseline.json", capsys=capsys)
    assert status == 0 and err == "quotecheck: wrote 2 findings to baseline.json\n"
    assert run("report", "drafts", "--baseline", "baseline.json", capsys=capsys)[0] == 0
    (desk / "drafts" / "a.md").write_text(
        'A new first paragraph.\n\nStoltenberg said: "Russia moved 10,000 troops."\n\n'
        'He said: "Not 10,000 tanks."\n',
        encoding="utf-8",
    )
    status, out, _ = run(
        "report", "drafts", "--baseline", "baseline.json", "--format", "concise", capsys=capsys
    )
    assert status == 1
    assert out == f"{Path('drafts/a.md')}:5:11: error quote-number [-thousands-] {{+10,000+}}\n"


@pytest.mark.usefixtures("fake", "desk")
def test_suppression_comment_in_draft(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A disable-next-line comment in a Markdown draft silences the finding on the next line."""
    (desk / "drafts" / "a.md").write_text(
        "<!-- quotecheck-disable-next-line quote-number -->\n"
        'Stoltenberg said: "Russia moved 10,000 troops."\n',
        encoding="utf-8",
    )
    status, out, _ = run("report", "drafts/a.md", "--format", "concise", capsys=capsys)
    assert (status, out) == (0, "")


@pytest.mark.usefixtures("fake", "desk")
def test_config_from_pyproject(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """[tool.quotecheck] in pyproject.toml sets fail-on and disables rules; --fail-on overrides it."""
    (desk / "pyproject.toml").write_text('[tool.quotecheck]\nfail-on = "error"\ndisable = ["quote-number"]\n')
    status, out, _ = run("report", "drafts", "--format", "concise", capsys=capsys)
    assert status == 0 and "quote-number" not in out and "figure-conflict" in out
    assert run("report", "drafts", "--fail-on", "warning", capsys=capsys)[0] == 1


@pytest.mark.usefixtures("desk")
def test_config_command_shows_origins(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`quotecheck config` prints each effective value with where it came from."""
    (desk / "pyproject.toml").write_text('[tool.quotecheck]\nfail-on = "info"\n')
    status, out, _ = run("config", "drafts", capsys=capsys)
    assert status == 0
    assert f'fail-on = "info"  # {(desk / "pyproject.toml").resolve()} [tool.quotecheck]' in out
    assert "exclude = []  # default" in out


@pytest.mark.usefixtures("desk")
@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "missing.txt"], f"quotecheck: error: {Path('missing.txt')}: no such file or directory\n"),
        (
            ["report", "drafts", "--baseline", "nope.json"],
            "quotecheck: error: nope.json: cannot read the baseline",
        ),
        (
            ["report", "drafts", "--config", "nope.toml"],
            "quotecheck: error: nope.toml: no such configuration file",
        ),
    ],
)
def test_input_errors_exit_2_without_traceback(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file is exit 2 with one line on stderr naming the file and the reason."""
    status, out, err = run(*argv, capsys=capsys)
    assert status == 2 and out == ""
    assert err.startswith(message) and "Traceback" not in err


@pytest.mark.usefixtures("desk")
def test_unknown_config_key_exits_2(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown key in [tool.quotecheck] is exit 2 naming the key and the file."""
    (desk / "pyproject.toml").write_text("[tool.quotecheck]\nfailon = 'error'\n")
    status, _, err = run("report", "drafts", capsys=capsys)
    assert status == 2
    assert "unknown key 'failon'; did you mean 'fail-on'?" in err and "pyproject.toml" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown format or a missing command is a usage error, exit 2."""
    assert run("report", "x.txt", "--format", "pdf", capsys=capsys)[0] == 2
    assert run(capsys=capsys)[0] == 2
    assert run("report", "x.txt", "--jobs", "0", capsys=capsys)[0] == 2


@pytest.mark.usefixtures("desk")
def test_jobs_passed_to_check(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """--jobs N reaches check()."""
    seen: dict[str, Any] = {}

    def check(articles: Sequence[Article], **options: Any) -> Report:
        seen["jobs"] = options["jobs"]
        return fake_check(articles, **options)

    monkeypatch.setattr(CHECK_MODULE, "check", check)
    run("report", "drafts", "--jobs", "3", capsys=capsys)
    assert seen == {"jobs": 3}


class Tty(io.StringIO):
    """A text stream that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


def test_colour_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    """auto colours a terminal unless NO_COLOR is set or output goes to a file; always and never win."""
    parser = cli._parser()
    auto = parser.parse_args(["report", "x"])
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli._color(auto, Tty()) is True
    assert cli._color(auto, io.StringIO()) is False
    assert cli._color(parser.parse_args(["report", "x", "-o", "f.txt"]), Tty()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli._color(auto, Tty()) is False
    assert cli._color(parser.parse_args(["report", "x", "--color", "always"]), io.StringIO()) is True


def test_progress_only_on_a_terminal_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    """Progress writes to a terminal, stays silent when CI is set or stderr is piped, and erases itself."""
    monkeypatch.delenv("CI", raising=False)
    assert wanted(Tty()) and not wanted(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not wanted(Tty())
    stream = Tty()
    progress = Progress(stream, enabled=True)
    progress(1, 2, "a.txt")
    progress.close()
    assert stream.getvalue() == "\rquotecheck: 1/2 a.txt" + "\r" + " " * 21 + "\r"
    silent = io.StringIO()
    Progress(silent)(1, 2, "a.txt")
    assert silent.getvalue() == ""


MISQUOTED = (
    "NATO Secretary General Jens Stoltenberg spoke in Brussels on Tuesday.\n\n"
    '"In recent weeks, Russia has moved 10,000 combat-ready troops to Ukraine\'s borders,"'
    " Stoltenberg said.\n"
)


def test_real_pipeline_on_seeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """On the seed corpus plus a misquoting draft, the JSON validates and every span indexes its file."""
    draft = tmp_path / "draft.txt"
    draft.write_text(MISQUOTED, encoding="utf-8")
    seeds = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    status, out, err = run("report", *seeds, str(draft), "--format", "json", capsys=capsys)
    assert status in (0, 1), err
    doc = json.loads(out)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    texts = {a["id"]: Path(a["path"]).read_text(encoding="utf-8") for a in doc["articles"]}
    assert doc["quotes"], "the seeds hold quotations"
    for item in doc["quotes"] + [e for f in doc["findings"] for e in f["evidence"]]:
        assert texts[item["article"]][item["start"] : item["end"]] == item["text"]


def test_quotes_command_lists_speakers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`quotecheck quotes` prints each quotation with path:line:col, kind, speaker and cue."""
    draft = tmp_path / "draft.txt"
    draft.write_text(MISQUOTED, encoding="utf-8")
    status, out, _ = run("quotes", str(draft), capsys=capsys)
    assert status == 0
    assert f"{draft}:3:2  direct  Jens Stoltenberg" in out
    assert (
        "\u201cIn recent weeks, Russia has moved 10,000 combat-ready troops to Ukraine's borders,\u201d"
        in out
    )
    status, out, _ = run("quotes", str(draft), "--format", "json", capsys=capsys)
    quote = json.loads(out)["quotes"][0]
    assert (quote["line"], quote["column"], quote["speaker"]["name"]) == (3, 2, "Jens Stoltenberg")


def test_quotes_lists_a_duplicated_paragraph_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A quote in a paragraph repeated verbatim is counted once; the repeat is noted by its line."""
    para = '"The concern is groundless," Peskov told journalists on Wednesday.'
    (tmp_path / "a.txt").write_text(f"Intro line here.\n\n{para}\n\n{para}\n", encoding="utf-8")
    status, out, _ = run("quotes", str(tmp_path / "a.txt"), "--color", "never", capsys=capsys)
    assert status == 0 and ": 1 quote\n" in out
    assert "a.txt:5:2  repeats the quote on line 3 (a duplicated paragraph)" in out
