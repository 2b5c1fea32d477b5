"""Classifying a variant against the fullest version, and the findings built from clusters."""

from __future__ import annotations

import pytest

from quotecheck.align import tokenize
from quotecheck.compare.findings import finalize
from quotecheck.compare.quotes import Corpus, compare_quotes
from quotecheck.compare.wording import classify
from quotecheck.match import build_units, cluster
from quotecheck.model import Config, Finding, Quote, Speaker
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
    # an omission owned up to with an ellipsis is the outlet's honest cut, not a finding
    ("We are concerned by developments and NATO is watching", "We are concerned ... NATO is watching"),
    # grouping by spaces, currency suffixes and number words all give one value
    ("We will run 1,200 seats every morning", "We will run 1 200 seats every morning"),
    ("We were looking at a £40,000 loss", "We were looking at a £40k loss"),
    ("and 1.2 million people are waiting", "and 1,200,000 people are waiting"),
    # compounds split, joined or hyphenated oddly are one spelling
    ("to our citizens wherever they are", "to our citizens where-ever they are"),
    ("These large-scale troop movements", "These large scale troop movements"),
    ("Russia's military build-up", "Russia's military buildup"),
    ("We moved back three kilometres", "We moved back three kilometers"),
    # British spelling inside a hyphenated or split compound
    ("He is the centre-forward we wanted", "He is the center-forward we wanted"),
    ("He is the centre-forward we wanted", "He is the center forward we wanted"),
    # British ae/oe in Greek and Latin roots
    ("The scheme cut anaemia among pupils", "The scheme cut anemia among pupils"),
    (
        "She runs the paediatric ward for haemorrhage cases",
        "She runs the pediatric ward for hemorrhage cases",
    ),
    (
        "Army manoeuvres harm the foetus, the oesophagus too",
        "Army maneuvers harm the fetus, the esophagus too",
    ),
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
        "Nobody in this village has asked for a bypass",
        "Somebody in this village has asked for a bypass",
        "quote-negation",
    ),
    ("We have 1,200 seats", "We have 12,000 seats", "quote-number"),
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
    return [(f.rule, f.message) for f in _found(*pairs)]


def _found(*pairs: tuple[str, str, str | None]) -> tuple[Finding, ...]:
    arts, quotes = [], []
    for i, (text, words, _) in enumerate(pairs):
        art = article(text, f"a{i}", source=f"outlet{i}")
        arts.append(art)
        quotes.append([quote(art, words, pairs[i][2])])
    units = build_units(quotes, DEFAULT)
    found = compare_quotes(Corpus(arts, quotes, units, DEFAULT), cluster(units))
    return finalize(found, arts, Config())


def test_reordered_fragment_is_aligned_with_its_window_of_the_fuller_quote() -> None:
    """A reordered fragment is shown against the matching words of the fuller quote, and the diff
    marks only the moved words, not the part of the fuller quote the fragment never covered."""
    found = _found(
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
    assert [f.rule for f in found] == ["quote-reordered"]
    message = found[0].message
    assert message == (
        "Quotation reordered: outlet1 has “unexplained, unjustified and deeply concerning”; "
        "outlet0 has “unjustified, unexplained, and deeply concerning”."
    )
    diff = found[0].details["diff"]
    assert [op["op"] for op in diff] == ["move", "equal", "move", "equal"]
    assert "build-up" not in str(diff)


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


SAME_PERSON = [
    ("Commander-in-Chief of the Armed Forces of Ukraine, Colonel-General Ruslan Khomchak", "Ruslan Khomchak"),
    ("Priya Chandran", "Priya Chandran MP"),
    ("Declan O'Brien", "Declan O\u2019Brien"),
    ("Oleh Synyehubov", "Oleg Sinegubov"),
    ("J\u00fcrgen Albrecht", "Juergen Albrecht"),
    ("Col. Arvid Lindqvist", "Colonel Arvid Lindqvist"),
    ("Judge Constance Abernathy", "Constance Abernathy"),
    ("Dmytro Kuleba", "Dmitry Kuleba"),
    # transliteration: zh/j, kh/ch/h, -iy/-y/-i, yu/iu, ya/ia, ks/x
    ("Kanat Zhumabekov", "Kanat Jumabekov"),
    ("Mikhail Kholodov", "Michail Holodov"),
    ("Yevgeniy Rudnitsky", "Evgeny Rudnitskiy"),
    ("Yulia Kovalenko", "Iulia Kovalenko"),
    ("Yana Aksyonova", "Iana Axyonova"),
]
DIFFERENT_PEOPLE = [
    ("Kanat Zhumabekov", "Kanat Jusupov"),
    ("Yulia Kovalenko", "Yulia Kovalchuk"),
    ("Mikhail Kholodov", "Mikhail Hollis"),
]


@pytest.mark.parametrize(("first", "second"), SAME_PERSON)
def test_name_forms_of_one_person_are_not_a_speaker_conflict(first: str, second: str) -> None:
    """Titles, ranks, suffixes, apostrophe style and transliteration do not make two people."""
    words = "The shelling continued through the night, and we ask residents to stay in shelters."
    text = f'"{words}" the official said.'
    assert _findings((text, words, first), (text, words, second)) == []


@pytest.mark.parametrize(("first", "second"), DIFFERENT_PEOPLE)
def test_transliteration_folding_keeps_different_surnames_apart(first: str, second: str) -> None:
    """Folding zh/j, kh/h and y/i does not make two different surnames one person."""
    words = "The shelling continued through the night, and we ask residents to stay in shelters."
    text = f'"{words}" the official said.'
    assert [rule for rule, _ in _findings((text, words, first), (text, words, second))] == ["quote-speaker"]


# Everyday words spelt with "oe" or "ae" that the British ae/oe fold must leave alone.
OE_AE_WORDS = (
    "does goes shoes toes poem poet poetry whoever canoe heroes echoes oboe phoenix coerce aerial algae"
)


@pytest.mark.parametrize("word", OE_AE_WORDS.split())
def test_everyday_oe_and_ae_words_keep_their_spelling(word: str) -> None:
    """Only Greek and Latin roots (anaem-, paed-, foet-) lose their a/o: "does" never becomes "des"."""
    assert DEFAULT.key(word) == word


def test_group_speakers_are_not_compared_as_people() -> None:
    """A group named two ways ("G7 foreign ministers", "foreign ministers of ...") is not a conflict."""
    words = "These large-scale troop movements represent threatening and destabilizing activities."
    text = f'"{words}" they said.'
    found = _findings(
        (text, words, "foreign ministers of Canada, France, Germany and Britain"),
        (text, words, "G7 foreign ministers"),
    )
    assert found == []


def test_one_edit_reports_its_most_serious_rule_and_separate_edits_their_own() -> None:
    """ "no" replaced by "clear" is one negation edit; a lost "not" plus a changed figure are two."""
    one = classify(
        tokenize("We have no evidence of a leak at this stage"),
        tokenize("We have clear evidence of a leak at this stage"),
    )
    assert one is not None and one.rules == ("quote-negation",) and one.subsumed == ("quote-wording",)
    two = classify(
        tokenize("We will not send 4,000 troops to the border region"),
        tokenize("We will send 40,000 troops to the border region"),
    )
    assert two is not None and two.rules == ("quote-negation", "quote-number")


def test_fragment_is_compared_with_the_version_it_matches_best() -> None:
    """A fragment with the same wording as a short version in one article is shown against that
    version, not against a longer quotation in which its words sit in another order."""
    a = article(
        'He says it is "unexplained, unjustified and deeply concerning." Later: "The build-up is '
        'unjustified, unexplained and deeply concerning and must end now," he said.',
        "a",
        source="dpa",
    )
    b = article('He called it "unexplained, unjustified and deeply concerning".', "b", source="AP")
    qa = [
        quote(a, "unexplained, unjustified and deeply concerning."),
        quote(
            a, "The build-up is unjustified, unexplained and deeply concerning and must end now,", utterance=1
        ),
    ]
    qb = [quote(b, "unexplained, unjustified and deeply concerning")]
    units = build_units([qa, qb], DEFAULT)
    found = compare_quotes(Corpus([a, b], [qa, qb], units, DEFAULT), cluster(units))
    assert [f.rule for f in found if f.severity != "info"] == []


def test_long_quotations_are_elided_around_the_change() -> None:
    """Only about six words either side of a changed word are shown; the rest becomes "…"."""
    full = (
        "We have spent many months preparing for this moment and we are now certain that the "
        "new bridge will carry 4,000 vehicles every day once the works on both banks are finished"
    )
    changed = full.replace("4,000", "40,000")
    found = _findings((f'"{full}," she said.', full, None), (f'"{changed}," she said.', changed, None))
    assert found == [
        (
            "quote-number",
            "Number changed in quotation: outlet1 has “… that the new bridge will carry {+40,000+} "
            "vehicles every day once the works …”; outlet0 has “… that the new bridge will carry "
            "[-4,000-] vehicles every day once the works …”.",
        )
    ]
