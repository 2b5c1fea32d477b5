"""Configuration: [tool.quotecheck] found upward from the paths, validated key by key, with origins."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotecheck.config import describe, find_config, load_config
from quotecheck.errors import ConfigError
from quotecheck.model import Config

FULL = """
[tool.quotecheck]
fail-on = "error"
disable = ["date-weekday"]
severity = { quote-wording = "info" }
match-threshold = 85
variants = [["Kiev", "Kyiv"]]
include = ["*.md"]
exclude = ["archive/*"]
"""


def project(tmp_path: Path, body: str) -> Path:
    """A newsroom repo with pyproject.toml at its root and a drafts/ folder."""
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    (tmp_path / "drafts" / "2021").mkdir(parents=True)
    return tmp_path


def test_found_by_searching_upward(tmp_path: Path) -> None:
    """A path deep inside the repo finds the pyproject.toml at its root."""
    root = project(tmp_path, FULL)
    assert find_config([root / "drafts" / "2021"]) == root / "pyproject.toml"


def test_pyproject_without_our_table_is_skipped(tmp_path: Path) -> None:
    """A nearer pyproject.toml with no [tool.quotecheck] does not stop the search."""
    root = project(tmp_path, FULL)
    (root / "drafts" / "pyproject.toml").write_text("[tool.black]\nline-length = 99\n", encoding="utf-8")
    assert find_config([root / "drafts" / "2021"]) == root / "pyproject.toml"


def test_every_key_reaches_the_config(tmp_path: Path) -> None:
    """Each TOML key sets its Config field."""
    config = load_config([project(tmp_path, FULL) / "drafts"]).config
    assert config == Config(
        fail_on="error",
        disable=("date-weekday",),
        severity=(("quote-wording", "info"),),
        match_threshold=85.0,
        variants=(("Kiev", "Kyiv"),),
        include=("*.md",),
        exclude=("archive/*",),
    )


def test_flags_override_the_file(tmp_path: Path) -> None:
    """A command-line override wins and is reported as coming from the command line."""
    loaded = load_config([project(tmp_path, FULL)], overrides={"fail_on": "info"})
    assert loaded.config.fail_on == "info"
    assert loaded.origins["fail_on"] == "command line"


def test_unknown_key_names_key_and_file(tmp_path: Path) -> None:
    """A misspelt key is an error naming the key, the file, and the likely intended key."""
    root = project(tmp_path, '[tool.quotecheck]\nfail_on = "error"\n')
    with pytest.raises(
        ConfigError,
        match=r"pyproject\.toml \[tool\.quotecheck\]: unknown key 'fail_on'; did you mean 'fail-on'\?",
    ):
        load_config([root])


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            'fail-on = "sometimes"',
            "bad value for 'fail-on': 'sometimes' is not one of error, warning, info, never",
        ),
        ('disable = ["quote-wordin"]', "unknown rule 'quote-wordin'; did you mean 'quote-wording'?"),
        ('severity = { quote-number = "fatal" }', "'fatal' is not one of error, warning, info"),
        ("match-threshold = 120", "120 is not a number from 0 to 100"),
        ('variants = ["Kiev"]', "expected a list of pairs"),
        ('include = "*.md"', "expected a list of strings"),
    ],
)
def test_bad_values_are_named(tmp_path: Path, line: str, message: str) -> None:
    """A wrong value is an error that says which key and what was expected."""
    root = project(tmp_path, f"[tool.quotecheck]\n{line}\n")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config([root])


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    """A TOML syntax error is a ConfigError naming the file."""
    root = project(tmp_path, "[tool.quotecheck\n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: cannot read the configuration"):
        load_config([root])


def test_explicit_config_file_with_top_level_keys(tmp_path: Path) -> None:
    """--config FILE may be a plain TOML file whose top-level keys are the settings."""
    path = tmp_path / "quotecheck.toml"
    path.write_text('fail-on = "never"\n', encoding="utf-8")
    assert load_config(config_file=path).config.fail_on == "never"
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(config_file=tmp_path / "missing.toml")


def test_describe_shows_values_and_origins(tmp_path: Path) -> None:
    """`quotecheck config` output: each key as TOML with a comment naming where its value came from."""
    root = project(tmp_path, '[tool.quotecheck]\nfail-on = "error"\nvariants = [["Kiev", "Kyiv"]]\n')
    text = describe(load_config([root]))
    where = f"{root / 'pyproject.toml'} [tool.quotecheck]"
    assert f"# configuration file: {root / 'pyproject.toml'}\n[tool.quotecheck]\n" in text
    assert f'fail-on = "error"  # {where}\n' in text
    assert f'variants = [["Kiev", "Kyiv"]]  # {where}\n' in text
    assert "match-threshold = 80.0  # default\n" in text
    assert "severity = {}  # default\n" in text


def test_no_config_anywhere(tmp_path: Path) -> None:
    """Without a config file every value is the default."""
    loaded = load_config([tmp_path])
    assert loaded.config == Config() and loaded.path is None
    assert set(loaded.origins.values()) == {"default"}


def test_rule_table_matches_the_rules_check_reports() -> None:
    """Config and SARIF know exactly the rule ids compare reports, plus unused-suppression."""
    from quotecheck.compare.findings import RULES as REPORTED
    from quotecheck.render.rules import RULES

    assert set(RULES) == {*REPORTED, "unused-suppression"}
