"""Speaker attribution: cues in both orders, pronouns, titles, organisations and groups."""

from __future__ import annotations

from quotecheck.extract.quotes import extract_quotes
from quotecheck.model import Quote


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name if q.speaker else None, q.rule) for q in extract_quotes(text) if q.kind != "indirect"
    ]


def _one(text: str) -> Quote:
    return [q for q in extract_quotes(text) if q.kind != "indirect"][0]


def test_cue_after_in_both_orders() -> None:
    """'"...," Stoltenberg said' and '"...," said Stoltenberg' both attribute by cue-after."""
    assert _who('"We are concerned," Stoltenberg said.') == [("Stoltenberg", "cue-after")]
    assert _who('"We are concerned," said Stoltenberg.') == [("Stoltenberg", "cue-after")]


def test_surname_resolves_to_fullest_name_and_title() -> None:
    """A surname takes the fullest name in the article and the title it was introduced with."""
    quote = _one(
        'NATO Secretary General Jens Stoltenberg met Kuleba.\n\n"We are concerned," Stoltenberg said.'
    )
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.title) == ("Jens Stoltenberg", "NATO Secretary General")


def test_colon_and_comma_introductions() -> None:
    """'Kuleba continued: "..."' and 'He said, "..."' attribute the quote that follows."""
    text = 'Dmytro Kuleba spoke first. Kuleba continued: "We need support."'
    assert _who(text) == [("Dmytro Kuleba", "colon-intro")]
    text = 'Colonel-General Ruslan Khomchak visited the front. He said, "We are ready."'
    assert _who(text) == [("Ruslan Khomchak", "pronoun")]


def test_appositive_and_party_tag_between_name_and_verb() -> None:
    """'Name, role, said' and a party tag '(D-Wis.)' do not hide the speaker."""
    assert _who('"Enough," Dmytro Kuleba, Ukraine\'s foreign minister, said.')[0][0] == "Dmytro Kuleba"
    assert _who('"Enough," Sen. Tammy Baldwin (D-Wis.) said.')[0][0] == "Tammy Baldwin"


def test_pronoun_takes_the_latest_subject_not_the_latest_name() -> None:
    """'He' is the sentence subject before, not a person merely mentioned with him."""
    text = (
        "NATO Secretary General Jens Stoltenberg says troops remain.\n\n"
        "He spoke at a press conference with Estonian Prime Minister Kaja Kallas.\n\n"
        '"Russia has pulled back some troops," he said.'
    )
    assert _who(text) == [("Jens Stoltenberg", "pronoun")]


def test_lead_pronoun_looks_forward_to_the_first_subject() -> None:
    """A lead saying 'He says it is "..."' before any name is the first person named as a subject."""
    text = (
        'He says it is "deeply concerning."\n\nNATO Secretary General Jens Stoltenberg urged Russia to stop.'
    )
    assert _who(text) == [("Jens Stoltenberg", "lead-forward")]


def test_title_alone_resolves_to_the_person_with_that_title() -> None:
    """'The Secretary General said' is the person introduced as Secretary General."""
    text = (
        "NATO Secretary General Jens Stoltenberg met Estonian Prime Minister Kaja Kallas.\n\n"
        'The Secretary General said, "This is part of a pattern."'
    )
    assert _who(text) == [("Jens Stoltenberg", "title")]


def test_organisation_and_group_speakers() -> None:
    """An institution and a plural group are speakers with their kind."""
    quote = _one('The U.S. Department of Defense said it was "aware of troop movements" at the border.')
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.kind) == (
        "U.S. Department of Defense",
        "organization",
    )
    quote = _one('"We call for calm," the foreign ministers of Canada and Japan said in a joint statement.')
    assert quote.speaker is not None and quote.speaker.kind == "group"
    assert quote.speaker.name == "foreign ministers of Canada and Japan"


def test_unattributed_quote_paragraph_continues_the_previous_speaker() -> None:
    """A quote paragraph with no cue of its own takes the previous paragraph's speaker."""
    text = '"The movements are threatening," the G7 ministers said.\n\n"We call on Russia to de-escalate."'
    assert [name for name, _ in _who(text)] == ["G7 ministers", "G7 ministers"]
    assert _who(text)[1][1] == "previous-paragraph"


def test_other_quote_in_paragraph_shares_the_speaker() -> None:
    """'"A," X said. "B."' attributes B to X by the same-paragraph rule."""
    text = '"This is a provocation," Sergei Ryabkov said. "We will respond."'
    assert _who(text) == [("Sergei Ryabkov", "cue-after"), ("Sergei Ryabkov", "same-paragraph")]


def test_spokesperson_for_an_organisation_speaks_for_it() -> None:
    """'A spokesperson for Halden Air said' attributes to the organisation."""
    quote = _one('A spokesperson for Halden Air said the airline was "reviewing its procedures" on Monday.')
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.kind) == (
        "Halden Air",
        "organization",
    )
