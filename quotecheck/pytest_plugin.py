"""pytest plugin: fixtures that load articles, and editor's-note failure reports.

Registered through the `pytest11` entry point. Thin and lazy: nothing from
quotecheck beyond this module is imported until a fixture or helper is used.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Generator, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from quotecheck.model import Article

DEFAULT_ARTICLES = "articles"


def pytest_addoption(parser: pytest.Parser) -> None:
    """`--quotecheck-articles DIR` and the `quotecheck_articles` ini key."""
    group = parser.getgroup("quotecheck", "checking quotations in news copy")
    group.addoption(
        "--quotecheck-articles",
        metavar="DIR",
        default=None,
        help="folder the quotecheck_articles fixture loads (default: the quotecheck_articles ini key)",
    )
    parser.addini(
        "quotecheck_articles", "folder the quotecheck_articles fixture loads", default=DEFAULT_ARTICLES
    )


@pytest.fixture(scope="session")
def quotecheck_load(pytestconfig: pytest.Config) -> Callable[..., list[Article]]:
    """A loader: `quotecheck_load("drafts", "wire")` returns the articles under those folders, sorted.

    Relative paths are taken from the rootdir; include and exclude patterns
    come from [tool.quotecheck] unless given.
    """

    def load(
        *paths: str | Path, include: Iterable[str] | None = None, exclude: Iterable[str] = ()
    ) -> list[Article]:
        from quotecheck.config import load_config
        from quotecheck.load import load_many

        resolved = [Path(pytestconfig.rootpath, p) for p in paths]
        config = load_config(resolved).config
        return load_many(
            resolved,
            include=config.include if include is None else tuple(include),
            exclude=tuple(exclude) or config.exclude,
        )

    return load


@pytest.fixture(scope="session")
def quotecheck_articles(
    pytestconfig: pytest.Config, quotecheck_load: Callable[..., list[Article]]
) -> list[Article]:
    """Every article in the folder named by --quotecheck-articles or the quotecheck_articles ini key."""
    folder = pytestconfig.getoption("quotecheck_articles") or pytestconfig.getini("quotecheck_articles")
    return quotecheck_load(folder)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    """Report a quotecheck assertion as the editor's note alone, without pytest's traceback."""
    outcome = yield
    report = outcome.get_result()
    testing = sys.modules.get("quotecheck.testing")  # not imported: the failure cannot be ours
    excinfo = call.excinfo
    if testing is not None and excinfo is not None and isinstance(excinfo.value, testing.QuoteMismatch):
        report.longrepr = str(excinfo.value)


def pytest_assertrepr_compare(
    config: pytest.Config, op: str, left: object, right: object
) -> list[str] | None:
    """`assert report.findings == ()` explains itself with the editor's notes of the findings."""
    model = sys.modules.get("quotecheck.model")  # not imported: these cannot be findings
    if model is None or op != "==" or not isinstance(left, (tuple, list)) or right not in ((), []):
        return None
    if not left or not all(isinstance(f, model.Finding) for f in left):
        return None
    from quotecheck.render.common import count
    from quotecheck.testing import editor_notes

    return [f"{count(len(left), 'quotecheck finding')}, expected none", "", *editor_notes(left).splitlines()]
