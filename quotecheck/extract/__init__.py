"""Per-article extractors: pure functions from one Article (or string) to spans."""

from quotecheck.extract.dates import extract_dates
from quotecheck.extract.figures import extract_figures
from quotecheck.extract.quotes import extract_quotes

__all__ = ["extract_dates", "extract_figures", "extract_quotes"]
