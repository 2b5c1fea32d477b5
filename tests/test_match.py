"""Clustering quotations across articles: copies, fragments, split quotes, and what stays apart."""

from __future__ import annotations

from quotecheck.match import ReferenceIndex, build_units, cluster
from quotecheck.model import Quote
from quotecheck.variants import DEFAULT
from tests.quote_builders import article, quote

FULL = (
    "Russia must end this military build-up in and around Ukraine. Stop its provocations. "
    "And de-escalate immediately"
)


def _groups(*quote_lists: list[Quote]) -> list[list[tuple[int, tuple[int, ...]]]]:
    units = build_units(quote_lists, DEFAULT)
    return [[(units[u].article, units[u].pieces) for u in g.units] for g in cluster(units)]


def test_exact_copy_and_fragment_share_a_cluster() -> None:
    """A verbatim reprint and a partial quote cut from the full one join the full quote's cluster."""
    a = article(f'"{FULL}," he stressed.', "a")
    b = article(f'Stoltenberg said: "{FULL}."', "b")
    c = article('He called on Moscow to "stop its provocations and de-escalate immediately."', "c")
    groups = _groups(
        [quote(a, FULL)], [quote(b, FULL)], [quote(c, "stop its provocations and de-escalate immediately.")]
    )
    assert groups == [[(0, (0,)), (1, (0,)), (2, (0,))]]


def test_quote_split_by_attribution_matches_whole_quote() -> None:
    """Pieces of one utterance interrupted by "he said" are joined before matching."""
    a = article('"We are seriously concerned," he said, "and NATO is monitoring the situation."', "a")
    b = article('"We are seriously concerned and NATO is monitoring the situation," Stoltenberg said.', "b")
    qa = [
        quote(a, "We are seriously concerned,", utterance=0, part=0),
        quote(a, "and NATO is monitoring the situation.", utterance=0, part=1),
    ]
    qb = [quote(b, "We are seriously concerned and NATO is monitoring the situation,")]
    assert _groups(qa, qb) == [[(0, (0, 1)), (1, (0,))]]


def test_different_utterances_stay_apart() -> None:
    """Two quotations that share only common words are not clustered."""
    a = article('"Russia has moved thousands of combat-ready troops to the border," he said.', "a")
    b = article('"The sanctions will stay in place until the border is restored," she said.', "b")
    groups = _groups(
        [quote(a, "Russia has moved thousands of combat-ready troops to the border,")],
        [quote(b, "The sanctions will stay in place until the border is restored,")],
    )
    assert len(groups) == 2


def test_short_scare_quote_joins_only_exact_copies() -> None:
    """A two-word scare quote is not attached to every longer quotation containing its words."""
    a = article('Russia is building a "significant, large" presence, he said.', "a")
    b = article('"It is a significant, large presence on the border," he said.', "b")
    groups = _groups(
        [quote(a, "significant, large")], [quote(b, "It is a significant, large presence on the border,")]
    )
    assert len(groups) == 2


def test_fragment_of_two_quotes_joins_only_one() -> None:
    """A fragment found in two different quotations is attached to one of them, never both."""
    a = article('"Troops remain in and around Ukraine as well as heavy weapons," he said.', "a")
    b = article('"We must end this build-up in and around Ukraine right now," she said.', "b")
    c = article('Forces stay "in and around Ukraine as well," it said.', "c")
    groups = _groups(
        [quote(a, "Troops remain in and around Ukraine as well as heavy weapons,")],
        [quote(b, "We must end this build-up in and around Ukraine right now,")],
        [quote(c, "in and around Ukraine as well,")],
    )
    assert sorted(len(g) for g in groups) == [1, 2]
    assert [(0, (0,)), (2, (0,))] in groups


def test_reordered_words_match() -> None:
    """Swapped words still score as the same utterance."""
    a = article('It is "unjustified, unexplained, and deeply concerning," he said.', "a")
    b = article('It is "unexplained, unjustified and deeply concerning," he said.', "b")
    groups = _groups(
        [quote(a, "unjustified, unexplained, and deeply concerning,")],
        [quote(b, "unexplained, unjustified and deeply concerning,")],
    )
    assert len(groups) == 1


def test_repeats_and_indirect_speech_are_not_units() -> None:
    """A repeated paragraph's quote and indirect speech are left out of matching."""
    a = article(
        '"We believe the concern is groundless," he said. "We believe the concern is groundless," he said.',
        "a",
    )
    first = quote(a, "We believe the concern is groundless,")
    again = quote(a, "We believe the concern is groundless,", occurrence=1, utterance=1, repeat_of=0)
    units = build_units([[first, again]], DEFAULT)
    assert [u.pieces for u in units] == [(0,)]


def test_reference_lookup_finds_closest_passage() -> None:
    """A draft quotation is found in a transcript even when a word was changed."""
    transcript = article(
        "STOLTENBERG: Good afternoon. We are seriously concerned by ongoing developments. "
        "NATO is monitoring the situation very closely. Thank you.",
        "t",
    )
    draft = article('"We are deeply concerned by ongoing developments," he said.', "d")
    units = build_units([[quote(draft, "We are deeply concerned by ongoing developments,")]], DEFAULT)
    passage = ReferenceIndex([transcript], DEFAULT).closest(units[0].words)
    assert passage is not None
    assert (
        transcript.text[passage.start : passage.end] == "We are seriously concerned by ongoing developments"
    )
    assert 80 <= passage.score < 100


def test_disjoint_sets_name_each_group_by_its_smallest_member() -> None:
    """Unions chain across members, and every member of a group finds the same smallest name."""
    from quotecheck.groups import DisjointSets

    sets = DisjointSets(6)
    sets.union(4, 2)
    sets.union(5, 4)
    sets.union(1, 3)
    assert [sets.find(i) for i in range(6)] == [0, 1, 2, 1, 2, 2]
