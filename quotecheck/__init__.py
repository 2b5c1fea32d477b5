"""quotecheck: who said what, and did every outlet report it the same way.

The public API lives here; implementation modules are private. Heavy parts
(extraction, matching, rendering) are imported on first use so that
`import quotecheck` and pytest collection stay cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotecheck.errors import ConfigError, InputError, QuotecheckError
from quotecheck.load import load, load_many
from quotecheck.model import (
    Article,
    Cluster,
    Config,
    DateMention,
    Evidence,
    Figure,
    Finding,
    Quote,
    Report,
    Speaker,
)

if TYPE_CHECKING:
    from quotecheck.extract import extract_dates, extract_figures, extract_quotes
    from quotecheck.pipeline import check

__version__ = "0.1.0"

_LAZY = {
    "check": "quotecheck.pipeline",
    "extract_dates": "quotecheck.extract",
    "extract_figures": "quotecheck.extract",
    "extract_quotes": "quotecheck.extract",
}

__all__ = [
    "Article",
    "Cluster",
    "Config",
    "ConfigError",
    "DateMention",
    "Evidence",
    "Figure",
    "Finding",
    "InputError",
    "Quote",
    "QuotecheckError",
    "Report",
    "Speaker",
    "check",
    "extract_dates",
    "extract_figures",
    "extract_quotes",
    "load",
    "load_many",
]


def __getattr__(name: str) -> Any:
    """Import the heavy parts of the API on first use."""
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'quotecheck' has no attribute {name!r}")
