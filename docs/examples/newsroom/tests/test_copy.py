"""Copy-desk checks for a newsroom repository: run `pytest tests/test_copy.py` from the repo root.

Drafts live in drafts/, the wire copy they quote in wire/. A misquote fails
the test with an editor's note naming the rule, both versions and where they are.
"""

from quotecheck.testing import assert_consistent, assert_quotes_match


def test_drafts_quote_the_wire_faithfully():
    """Every quotation in a draft matches the wire copy word for word (benign differences aside)."""
    assert_quotes_match("drafts", "wire")


def test_drafts_do_not_contradict_each_other(quotecheck_load):
    """Figures, dates and quotes agree across our own drafts; only errors fail here."""
    assert_consistent(quotecheck_load("drafts"), fail_on="error")
