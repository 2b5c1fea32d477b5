"""The rule ids quotecheck reports and a one-line description of each.

Used by SARIF's rule entries, the Markdown summary and config validation; the
long form with examples is docs/rules.md. Ids are stable: rename only with an alias.
"""

from __future__ import annotations

RULES: dict[str, str] = {
    "quote-wording": "A quotation's words differ between sources.",
    "quote-reordered": "A quotation's words or sentences appear in a different order between sources.",
    "quote-truncated": "A clean fragment of a fuller version of the quotation.",
    "quote-number": "A number inside a quotation differs between sources.",
    "quote-negation": "A negation inside a quotation is present in one source and missing in another.",
    "quote-speaker": "The same quotation is attributed to different speakers.",
    "quote-unsourced": "A draft quotation has no close passage in the reference text.",
    "figure-conflict": "Sources report different figures for the same fact.",
    "date-conflict": "Sources give different dates for the same event.",
    "date-weekday": "A weekday does not fit the date it is given with.",
    "unbalanced-quote": "A quotation mark is opened and never closed (or closed and never opened).",
    "unused-suppression": "A quotecheck-disable comment suppressed nothing.",
}


def describe(rule: str) -> str:
    """The one-line description of a rule id, or a generic one for ids added later."""
    return RULES.get(rule, f"quotecheck rule {rule}.")
