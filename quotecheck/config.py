"""Load the run's Config from `[tool.quotecheck]` in pyproject.toml (or `--config FILE`).

The file is found by searching upward from the first path checked. Every key
is validated; an unknown key or a bad value raises ConfigError naming the key
and the file. `describe` prints the effective values and where each came from.
"""

from __future__ import annotations

import difflib
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from quotecheck.errors import ConfigError
from quotecheck.model import SEVERITIES, Config
from quotecheck.render.rules import RULES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FAIL_ON = ("error", "warning", "info", "never")
# TOML key -> Config field; keys are kebab-case like the command-line flags.
KEYS = {
    "fail-on": "fail_on",
    "enable": "enable",
    "disable": "disable",
    "severity": "severity",
    "match-threshold": "match_threshold",
    "variants": "variants",
    "include": "include",
    "exclude": "exclude",
}
DEFAULT_ORIGIN = "default"


@attrs.frozen
class LoadedConfig:
    """The effective Config, the file it came from, and the origin of every value."""

    config: Config
    path: Path | None
    origins: dict[str, str]


def find_config(paths: Iterable[str | Path] = ()) -> Path | None:
    """The nearest pyproject.toml with a [tool.quotecheck] table, upward from the first path (or cwd)."""
    first = next(iter(paths), None)
    start = Path(first).resolve() if first is not None else Path.cwd()
    if not start.is_dir():
        start = start.parent
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "quotecheck" in _read(candidate).get("tool", {}):
            return candidate
    return None


def load_config(
    paths: Iterable[str | Path] = (),
    config_file: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> LoadedConfig:
    """Defaults, then the config file, then `overrides` (Config field -> value, from flags)."""
    path = Path(config_file) if config_file is not None else find_config(paths)
    table: dict[str, Any] = {}
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file")
        document = _read(path)
        tool = document.get("tool", {})
        if "quotecheck" in tool:
            table = tool["quotecheck"]
        elif path.name == "pyproject.toml":
            raise ConfigError(f"{path}: has no [tool.quotecheck] table")
        else:
            table = document
    values, origins = _validate(table, path)
    for field, value in (overrides or {}).items():
        values[field] = value
        origins[field] = "command line"
    return LoadedConfig(Config(**values), path, origins)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc}") from None


def _validate(table: Mapping[str, Any], path: Path | None) -> tuple[dict[str, Any], dict[str, str]]:
    """Turn the TOML table into Config field values, checking every key and value."""
    where = f"{path} [tool.quotecheck]" if path and path.name == "pyproject.toml" else str(path)
    values: dict[str, Any] = {}
    origins = {field: DEFAULT_ORIGIN for field in KEYS.values()}
    for key, raw in table.items():
        if key not in KEYS:
            close = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(KEYS)}"
            raise ConfigError(f"{where}: unknown key '{key}'{hint}")
        try:
            values[KEYS[key]] = _CHECKS[key](raw)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: bad value for '{key}': {exc}") from None
        origins[KEYS[key]] = where
    return values, origins


def _choice(options: Iterable[str]) -> Callable[[Any], str]:
    options = tuple(options)

    def check(value: Any) -> str:
        if value not in options:
            raise ValueError(f"{value!r} is not one of {', '.join(options)}")
        return str(value)

    return check


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("expected a list of strings")
    return tuple(value)


def _rules(value: Any) -> tuple[str, ...]:
    rules = _strings(value)
    for rule in rules:
        _rule(rule)
    return rules


def _rule(rule: str) -> str:
    if rule not in RULES:
        close = difflib.get_close_matches(rule, RULES, n=1)
        raise ValueError(f"unknown rule '{rule}'" + (f"; did you mean '{close[0]}'?" if close else ""))
    return rule


def _severity(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise TypeError('expected a table of rule = "error" | "warning" | "info"')
    level = _choice(SEVERITIES)
    return tuple((_rule(rule), level(sev)) for rule, sev in value.items())


def _threshold(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise ValueError(f"{value!r} is not a number from 0 to 100")
    return float(value)


def _variants(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) for w in pair) for pair in value
    ):
        raise TypeError('expected a list of pairs, like [["Kiev", "Kyiv"]]')
    return tuple((a, b) for a, b in value)


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "fail-on": _choice(FAIL_ON),
    "enable": _rules,
    "disable": _rules,
    "severity": _severity,
    "match-threshold": _threshold,
    "variants": _variants,
    "include": _strings,
    "exclude": _strings,
}


def describe(loaded: LoadedConfig) -> str:
    """The effective configuration as TOML, each value commented with where it came from."""
    lines = [f"# configuration file: {loaded.path or 'none found'}", "[tool.quotecheck]"]
    for key, field in KEYS.items():
        value = getattr(loaded.config, field)
        lines.append(f"{key} = {_toml(field, value)}  # {loaded.origins.get(field, DEFAULT_ORIGIN)}")
    return "\n".join(lines) + "\n"


def _toml(field: str, value: Any) -> str:
    if field == "severity":
        return (
            "{ " + ", ".join(f"{rule} = {json.dumps(sev)}" for rule, sev in value) + " }" if value else "{}"
        )
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml(field, v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)
