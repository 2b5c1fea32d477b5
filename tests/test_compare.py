"""Classifying a variant against the fullest version, and the findings built from clusters."""

from __future__ import annotations

import pytest

from quotecheck.align import tokenize
from quotecheck.compare import Corpus, classify, compare_quotes, finalize
from quotecheck.match import build_units, cluster
from quotecheck.model import Config, Quote, Speaker
from quotecheck.variants import DEFAULT
from tests.quote_builders import article, quote

BENIGN = [
    ("We do not want war.", "We don't want war"),
    ("Washington may use its influence on Kiev.", "Washington may use its influence on Kyiv"),
    ("The defence of the centre is organised.", "the defense of the center is organized"),
    ("We travelled to the theatre in colour", "We traveled to the theater in color"),
    (
        "Stop its provocations. And de-escalate immediately.",
        "stop its provocations and de-escalate immediately",
    ),
    ("It will be costly in all senses", "It will be costly in all senses …"),
    ("We saw four battalions", "We saw 4 battalions"),
    ("Russia moved 4,000 troops", "Russia moved 4000 troops"),
]
CHANGES = [
    (
        "Russia's build-up is unjustified, unexplained, and deeply concerning",
        "unexplained, unjustified and deeply concerning",
        "quote-reordered",
    ),
    (
        "We are seriously concerned by ongoing developments",
        "We are deeply concerned by ongoing developments",
        "quote-wording",
    ),
    (
        "We are seriously concerned by ongoing developments",
        "We are concerned by ongoing developments",
        "quote-wording",
    ),
    ("Russia moved 4,000 troops to the border", "Russia moved 40,000 troops to the border", "quote-number"),
    (
        "Russia moved thousands of troops to the border",
        "Russia moved hundreds of troops to the border",
        "quote-number",
    ),
    ("We will not attack Kiev", "We will attack Kyiv", "quote-negation"),
    ("Kiev does want war", "Kiev doesn't want war", "quote-negation"),
    ("Russia must end this build-up. Stop its provocations.", "Stop its provocations", "quote-truncated"),
    (
        "We are concerned by developments and NATO is watching",
        "We are concerned ... NATO is watching",
        "quote-truncated",
    ),
]


@pytest.mark.parametrize(("full", "variant"), BENIGN)
def test_benign_differences_give_no_rule(full: str, variant: str) -> None:
    """Case, punctuation, contractions, spelling variants, digits and a trailing ellipsis are benign."""
    verdict = classify(tokenize(full), tokenize(variant))
    assert verdict is not None and verdict.rule is None


@pytest.mark.parametrize(("full", "variant", "rule"), CHANGES)
def test_real_changes_get_their_rule(full: str, variant: str, rule: str) -> None:
    """Each kind of change is named by its own rule."""
    verdict = classify(tokenize(full), tokenize(variant))
    assert verdict is not None and verdict.rule == rule


def _findings(*pairs: tuple[str, str, str | None]) -> list[tuple[str, str]]:
    arts, quotes = [], []
    for i, (text, words, _) in enumerate(pairs):
        art = article(text, f"a{i}", source=f"outlet{i}")
        arts.append(art)
        quotes.append([quote(art, words, pairs[i][2])])
    units = build_units(quotes, DEFAULT)
    found = compare_quotes(Corpus(arts, quotes, units, DEFAULT), cluster(units))
    return [(f.rule, f.message) for f in finalize(found, arts, Config())]


def test_reordered_quote_names_both_outlets_and_marks_words() -> None:
    """The message names both outlets and marks the moved words wdiff-style."""
    found = _findings(
        (
            'According to him, "the build-up is unjustified, unexplained, and deeply concerning."',
            "the build-up is unjustified, unexplained, and deeply concerning.",
            "Jens Stoltenberg",
        ),
        (
            'He called it "unexplained, unjustified and deeply concerning".',
            "unexplained, unjustified and deeply concerning",
            "Stoltenberg",
        ),
    )
    assert [rule for rule, _ in found] == ["quote-reordered"]
    message = found[0][1]
    assert "outlet0 (a0)" in message and "outlet1 (a1)" in message
    assert "[-the build-up is-]" in message and "{+unexplained+}" in message


def test_identical_quotes_give_nothing() -> None:
    """The same words in two outlets, or a clean fragment, raise nothing at warning or above."""
    found = _findings(
        (
            'He said, "We have foreseen measures of an immediate response to any provocation."',
            "We have foreseen measures of an immediate response to any provocation.",
            "Khomchak",
        ),
        (
            'He said, "We have foreseen measures of an immediate response to any provocation."',
            "We have foreseen measures of an immediate response to any provocation.",
            "Ruslan Khomchak",
        ),
    )
    assert found == []


def test_speaker_conflict_is_an_error_but_name_forms_are_one_person() -> None:
    """Different people saying the same words is flagged; name forms and transliterations are not."""
    words = "Washington may use its influence on Kyiv to induce Ukrainians to abandon provocations."
    text = f'"{words}" he added.'
    assert (
        _findings((text, words, "Dmitry Peskov"), (text, words, "Dmitriy Peskov"), (text, words, "Peskov"))
        == []
    )
    found = _findings((text, words, "Dmitry Peskov"), (text, words, "Sergei Lavrov"))
    assert [rule for rule, _ in found] == ["quote-speaker"]
    assert "Dmitry Peskov" in found[0][1] and "Sergei Lavrov" in found[0][1]


def test_spokesperson_reading_for_a_minister_is_not_misattribution() -> None:
    """A spokesperson reading a minister's statement is not flagged as a different speaker."""
    words = "We call on Russia to cease its provocations and to de-escalate tensions."
    text = f'"{words}" the statement said.'
    found = _findings(
        (text, words, "Sergei Lavrov"), (text, words, "Foreign ministry spokeswoman Maria Zakharova")
    )
    assert found == []


def test_unbalanced_quote_is_a_warning() -> None:
    """A quote whose closing mark is missing gets an unbalanced-quote warning with its span."""
    art = article('He said, "We are ready to respond to any provocation.\n\nThe talks end.', "u")
    q = quote(art, "We are ready to respond to any provocation.", unbalanced=True)
    units = build_units([[q]], DEFAULT)
    found = compare_quotes(Corpus([art], [[q]], units, DEFAULT), cluster(units))
    assert [(f.rule, f.severity) for f in found] == [("unbalanced-quote", "warning")]
    assert found[0].evidence[0].text == q.text


def test_config_filters_and_overrides_severity() -> None:
    """Config.disable drops a rule and Config.severity changes its severity."""
    art = article('He said, "We are ready to respond.\n\nThe talks end.', "u")
    q: list[Quote] = [quote(art, "We are ready to respond.", unbalanced=True)]
    units = build_units([q], DEFAULT)
    found = compare_quotes(Corpus([art], [q], units, DEFAULT), cluster(units))
    assert finalize(found, [art], Config(disable=("unbalanced-quote",))) == ()
    assert finalize(found, [art], Config(severity=(("unbalanced-quote", "error"),)))[0].severity == "error"


def test_fingerprint_ignores_offsets() -> None:
    """Moving a quotation within its article does not change the finding's fingerprint."""

    def run(prefix: str) -> str:
        a = article(prefix + '"We will not attack Kiev," he said.', "a")
        b = article('"We will attack Kyiv," he said.', "b")
        qa, qb = [quote(a, "We will not attack Kiev,", Speaker("X").name)], [quote(b, "We will attack Kyiv,")]
        units = build_units([qa, qb], DEFAULT)
        return compare_quotes(Corpus([a, b], [qa, qb], units, DEFAULT), cluster(units))[0].fingerprint

    assert run("") == run("Earlier that day nothing happened. ")
