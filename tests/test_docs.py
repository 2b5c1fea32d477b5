"""Every code example in docs/*.md and the README runs: python blocks execute, `quotecheck` lines run.

Each page runs in a fresh copy of docs/examples/newsroom (with the seed
articles under fixtures/seeds/). A shell line may end with `# exit N` to pin
its exit status; otherwise it must not be an error (0 or 1). TOML blocks
with [tool.quotecheck] must load, Markdown blocks with directives must
parse, and YAML blocks must be one of the files in docs/examples/.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from quotecheck import cli
from quotecheck.config import load_config
from quotecheck.suppress import directives

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
PAGES = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]
# A fenced block: its language and body; `start` is where the body begins.
_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
_EXIT = re.compile(r"#\s*exit\s+(\d+)\s*$")
SHELLS = {"sh", "bash", "shell", "console"}


def blocks(page: Path) -> list[tuple[str, str, int]]:
    """(language, body, line number) of every fenced block in a page."""
    text = page.read_text(encoding="utf-8")
    return [(m.group(1), m.group(2), text.count("\n", 0, m.start()) + 1) for m in _FENCE.finditer(text)]


def commands(body: str) -> list[tuple[str, int | None]]:
    """A block's shell lines (continuations joined, `$ ` dropped), each with its pinned exit status."""
    out: list[tuple[str, int | None]] = []
    for line in body.replace("\\\n", " ").splitlines():
        line = line.strip().removeprefix("$ ")
        if not line or line.startswith("#"):
            continue
        pinned = _EXIT.search(line)
        out.append((line, int(pinned.group(1)) if pinned else None))
    return out


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the example newsroom as the working directory."""
    work = tmp_path / "newsroom"
    shutil.copytree(DOCS / "examples" / "newsroom", work)
    (work / "fixtures" / "seeds").mkdir(parents=True)
    for seed in (ROOT / "fixtures" / "seeds").glob("*.txt"):
        shutil.copy(seed, work / "fixtures" / "seeds")
    monkeypatch.chdir(work)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return work


def test_docs_exist() -> None:
    """The user guide has its pages."""
    names = {p.name for p in PAGES}
    assert {"getting-started.md", "cli.md", "ci.md", "configuration.md", "json.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_examples_run(page: Path, newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every example on the page runs as documented."""
    namespace: dict[str, object] = {"__name__": "__docs__", "DOCS": DOCS}
    examples = {p.read_text(encoding="utf-8") for p in (DOCS / "examples").glob("*.yml")}
    for language, body, line in blocks(page):
        where = f"{page.name}:{line}"
        if language == "python":
            exec(compile(body, where, "exec"), namespace)
        elif language in SHELLS and body.lstrip().removeprefix("$ ").startswith("quotecheck"):
            for command, pinned in commands(body):
                argv = shlex.split(command, comments=True)
                assert argv[0] == "quotecheck", f"{where}: only quotecheck commands run here: {command}"
                status = cli.main(argv[1:])
                err = capsys.readouterr().err
                expected = {pinned} if pinned is not None else {0, 1}
                assert status in expected, f"{where}: `{command}` exited {status}: {err}"
        elif language == "toml" and "[tool.quotecheck]" in body:
            folder = newsroom / f"toml-{line}"
            folder.mkdir()
            (folder / "pyproject.toml").write_text(body, encoding="utf-8")
            assert load_config([folder]).path == folder / "pyproject.toml", where
        elif language == "markdown" and "quotecheck-" in body:
            assert directives(body), f"{where}: no quotecheck directive parsed"
        elif language in {"yaml", "yml"}:
            assert body in examples, f"{where}: YAML example differs from the files in docs/examples/"
