"""Quote marks, spans, kinds, utterances and unbalanced quotes."""

from __future__ import annotations

from quotecheck.extract.quotes import extract_quotes


def _texts(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in extract_quotes(text)]


def test_straight_quote_span_is_inside_the_marks() -> None:
    """A straight-quoted sentence gives its inner words, and the span indexes the text."""
    text = 'Officials met on Monday.\n\n"We are seriously concerned by these developments," Anna Weber said.'
    [quote] = extract_quotes(text)
    assert quote.text == "We are seriously concerned by these developments,"
    assert text[quote.start : quote.end] == quote.text
    assert quote.kind == "direct"


def test_every_quote_style_is_recognised() -> None:
    """Curly, guillemet, low-high and single-quote styles all open and close quotes."""
    text = (
        "“One is curly,” said Anna Weber.\n\n«Two is French,» said Anna Weber.\n\n"
        "„Three is German,“ said Anna Weber.\n\n‘Four is British,’ said Anna Weber."
    )
    assert [t for t, _ in _texts(text)] == [
        "One is curly,",
        "Two is French,",
        "Three is German,",
        "Four is British,",
    ]


def test_apostrophes_never_open_or_close() -> None:
    """Ukraine's, Ukraine’s, ’90s and students’ are apostrophes, not quote marks."""
    text = "Ukraine's army and Ukraine’s navy, built in the ’90s, met the students’ union, Kuleba said."
    assert all(q.kind == "indirect" for q in extract_quotes(text))


def test_nested_single_quote_is_reported_inside_its_outer_quote() -> None:
    """A single-quoted quote inside a double quote is its own (nested) quote, the outer one stays whole."""
    text = "\"My father told me, 'Never sign anything twice,' and I listened,\" said Teodora Lupescu."
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == [
        "My father told me, 'Never sign anything twice,' and I listened,",
        "Never sign anything twice,",
    ]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Teodora Lupescu"
    assert quotes[1].speaker is None


def test_partial_quote_inside_a_sentence() -> None:
    """Short fragments embedded mid-sentence are partial quotes."""
    text = "Jens Stoltenberg condemned a build-up of “thousands” of troops as “deeply concerning.”"
    assert _texts(text) == [("thousands", "partial"), ("deeply concerning.", "partial")]


def test_quote_starting_mid_sentence_and_running_to_its_attribution_is_partial() -> None:
    """'starts a new “spiral of violence … costly,” Kuleba said' is a partial quote attributed to Kuleba."""
    text = "If Moscow starts a new “spiral of violence … it will be costly in all senses,” Kuleba said."
    [quote] = extract_quotes(text)
    assert quote.kind == "partial"
    assert quote.speaker is not None and quote.speaker.name == "Kuleba"


def test_interrupted_quote_is_one_utterance_with_two_parts() -> None:
    """'"A," he stressed, "b."' gives two quotes sharing an utterance, parts 0 and 1."""
    text = (
        "Jens Stoltenberg spoke in Brussels.\n\n"
        '"Russia must end this build-up," he stressed, "and de-escalate."'
    )
    first, second = extract_quotes(text)
    assert (first.part, second.part) == (0, 1)
    assert first.utterance == second.utterance
    assert first.speaker == second.speaker and first.speaker is not None
    assert first.speaker.name == "Jens Stoltenberg"


def test_multi_paragraph_quote_is_one_utterance_and_not_unbalanced() -> None:
    """A paragraph left open and the next reopened form one utterance, neither flagged unbalanced."""
    text = (
        "Retired judge Constance Abernathy opened her remarks.\n\n"
        '"The courts are not broken. But they are tired.\n\n'
        '"What I am proposing is not radical," she said.'
    )
    first, second = extract_quotes(text)
    assert first.utterance == second.utterance and (first.part, second.part) == (0, 1)
    assert not first.unbalanced and not second.unbalanced
    assert first.speaker is not None and first.speaker.name == "Constance Abernathy"


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    """An opening mark never closed runs to the end of its paragraph only, flagged unbalanced."""
    text = 'Anna Weber spoke.\n\n"We will not back down, she said.\n\nThe council meets on Friday.'
    [quote] = extract_quotes(text)
    assert quote.unbalanced and quote.text == "We will not back down, she said."


def test_indirect_speech_is_the_reported_clause() -> None:
    """'X said Russia was ...' gives an indirect quote of the clause, without the final period."""
    [quote] = extract_quotes("Dmytro Kuleba said Russia was gathering troops in Crimea.")
    assert (quote.kind, quote.text) == ("indirect", "Russia was gathering troops in Crimea")
    assert quote.speaker is not None and quote.speaker.name == "Dmytro Kuleba"


def test_repeated_paragraph_quotes_point_at_the_first() -> None:
    """A paragraph repeated verbatim yields its quotes again with repeat_of set to the first one."""
    para = '"We believe the concern is groundless," Dmitry Peskov told journalists on Wednesday.'
    quotes = extract_quotes(para + "\n\n" + para)
    assert [q.repeat_of for q in quotes] == [None, 0]


def test_titles_of_works_are_not_quotes() -> None:
    """A Title Case name in quotes mid-sentence ("The Long Winter") is a title, not a quotation."""
    assert extract_quotes("She wrote the novel “The Long Winter” in 2019.") == []


def test_transcript_labels_give_speakers() -> None:
    """Speaker labels in a transcript are turns, attributed to the labelled person."""
    text = (
        "NATO Secretary General Jens Stoltenberg met reporters.\n\n"
        "STOLTENBERG: We are seriously concerned.\n\nQ: Will NATO act?\n\nSTOLTENBERG: We will see."
    )
    turns = [q for q in extract_quotes(text) if q.rule == "transcript-label"]
    assert [q.text for q in turns] == ["We are seriously concerned.", "We will see."]
    assert {q.speaker.name for q in turns if q.speaker} == {"Jens Stoltenberg"}


def test_reported_revenue_is_not_reported_speech() -> None:
    """'X reported revenue of £412 million' is a figure, not an indirect quote."""
    text = "Brenwick Foods plc today reported revenue of £412 million for the year, 6% higher than before."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_residents_say_is_reported_speech() -> None:
    """'Residents of X say they were never consulted' is an indirect quote by the group."""
    quotes = extract_quotes("Residents of the Larchmont estate say they were never consulted about the plan.")
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("indirect", "Residents of the Larchmont estate")
    ]


def test_reported_speech_of_an_organisation_named_only_by_its_kind() -> None:
    """'The league said it would review the footage.' is reported speech by "league" (organisation)
    when no league was named before; a pronoun subject makes the clause ('said she understood')."""
    quotes = extract_quotes("The league said it would review the footage.")
    assert [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("indirect", "it would review the footage", "league")
    ]
    quotes = extract_quotes("Board President Ana Morales said she understood the frustration.")
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "she understood the frustration")]


def test_more_reported_speech_forms() -> None:
    """Groups with a quantifier ('Many fishermen say ...'), a restrictive clause ('Fishermen who
    attended the meeting said ...'), 'told the meeting' and a long subject after the clause."""

    def reported(text: str) -> list[tuple[str, str | None]]:
        return [
            (q.text, q.speaker.name if q.speaker else None)
            for q in extract_quotes(text)
            if q.kind == "indirect"
        ]

    assert reported("Many fishermen say they are considering switching to kelp.") == [
        ("they are considering switching to kelp", "fishermen")
    ]
    assert reported("Fishermen who attended the meeting said they had already lost days at sea.") == [
        ("they had already lost days at sea", "Fishermen")
    ]
    assert (
        reported(
            "A full dredge would cost around £2.4 million, harbour master Paul Nankervis told the meeting."
        )[0][1]
        == "Paul Nankervis"
    )
    text = (
        "The injured miner was in stable condition, Breck County emergency management director"
        " Rhonda Kessling said."
    )
    assert reported(text) == [("The injured miner was in stable condition", "Rhonda Kessling")]


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(text) if q.kind == "indirect"
    ]


def test_attribution_after_the_clause_with_where_and_how_it_was_said() -> None:
    """'..., police said.', '..., X said in a statement after the meeting.', '..., researchers
    report.', '..., officials admitted.' and '..., said the people, who asked ...' close a reported
    clause; so does "according to" with a relative clause after its source."""
    assert _reported("The road was closed for six hours, police said.") == [
        ("The road was closed for six hours", "police")
    ]
    assert _reported("Work will start in May, Harlow Energy said in a statement after the meeting.") == [
        ("Work will start in May", "Harlow Energy")
    ]
    assert _reported("Sea ice formed three weeks later than usual, researchers report.") == [
        ("Sea ice formed three weeks later than usual", "researchers")
    ]
    text = (
        "The talks are advanced, people familiar with the matter said. A deal could come next week, "
        "said the people, who asked not to be named."
    )
    assert [who for _, who in _reported(text)] == ["people familiar with the matter"] * 2
    text = "Rents rose 9 percent, according to the Tenants Forum, which represents 4,000 households."
    assert _reported(text) == [("Rents rose 9 percent", "Tenants Forum")]


def test_an_adjective_ending_in_ing_opens_no_introductory_phrase() -> None:
    """'Operating profit fell ..., the company said, on revenue ...': "Operating" is no participle."""
    text = "Operating profit fell to 40 million euros, the company said, on flat revenue."
    [(clause, who)] = _reported(text)
    assert clause.startswith("Operating profit fell") and who == "company"


def test_replied_that_and_a_couple_report_speech() -> None:
    """'Batiste replied that ...' and 'The couple said ...' are reported speech."""
    assert _reported("Chief Ann Batiste replied that two more officers would patrol at night.") == [
        ("two more officers would patrol at night", "Ann Batiste")
    ]
    assert _reported("The couple said they had 15 minutes to leave their home.") == [
        ("they had 15 minutes to leave their home", "couple")
    ]


def test_a_headline_tag_at_its_end_reports_speech() -> None:
    """'Flood cuts off valley, sheriff says' is reported speech by the sheriff the body names; a
    headline without a closing tag reports nothing."""
    text = (
        "Flood cuts off valley towns, sheriff says\n\n"
        "Sheriff Dale Rusk said 300 people were cut off on Monday."
    )
    assert _reported(text)[0] == ("Flood cuts off valley towns", "Dale Rusk")
    assert _reported("Flood cuts off valley towns\n\nThe river rose two metres overnight.") == []


def test_told_us_and_a_subject_after_a_conjunction() -> None:
    """'X told us crews would ...' and 'Shares fell after the company said ...' report speech."""
    assert _reported("Its manager, Siobhan Keaveney, told us crews would stay in the depot.") == [
        ("crews would stay in the depot", "Siobhan Keaveney")
    ]
    text = "Brenner Foods AG cut its forecast. Shares fell after the company said sales would fall."
    assert _reported(text)[-1] == ("sales would fall", "Brenner Foods")


def test_more_closing_and_opening_attributions() -> None:
    """'..., X said in a statement, adding that ...' gives both clauses; 'In Rome, Tommaso
    Ferrante, who ..., said ...' keeps the person (no state after the town); 'told analysts that';
    'Advocates for travelers said'."""
    text = "The breach came through a supplier, Corvane said in a statement, adding that no passwords leaked."
    assert [who for _, who in _reported(text)] == ["Corvane", "Corvane"]
    text = "In Rome, Tommaso Ferrante, who sells gelato in Trastevere, said business had never been better."
    assert _reported(text) == [("business had never been better", "Tommaso Ferrante")]
    text = "Finance chief Maarten Oosterhuis told analysts that price rises had offset the weakness."
    assert _reported(text) == [("price rises had offset the weakness", "Maarten Oosterhuis")]
    assert _reported("Advocates for travelers said the collapse showed the need for a fund.") == [
        ("the collapse showed the need for a fund", "Advocates for travelers")
    ]


def test_a_reported_clause_after_a_quotation_in_the_same_sentence() -> None:
    """'X called the lapse "inexcusable" and said she would ...' and '"...," he said, adding that ...'
    report a second clause; a quotation alone reports nothing more."""
    text = 'Alicia Brandt called the lapse "inexcusable" and said she would ask for hearings in January.'
    assert _reported(text) == [("she would ask for hearings in January", "Alicia Brandt")]
    text = (
        "Agriculture minister Peter Hauk visited the farms on Monday.\n\n"
        '"We will not leave the growers alone," he said, adding that he had asked for emergency aid.'
    )
    assert _reported(text) == [("he had asked for emergency aid", "Peter Hauk")]
    assert _reported('Alicia Brandt called the lapse "inexcusable" on Monday.') == []


def test_acronyms_no_and_school_grades_in_reported_speech() -> None:
    """'according to the WTA', 'The Union wallonne des agents publics (UWAP) ... The UWAP said',
    'Calloway insisted no borrowing would be ...' and 'Grade 11 student Milo Trask said' report
    speech; 'the minister said no.' reports nothing, and 'CEO says' is no organisation."""
    assert _reported("Hartley has dropped to 142nd in the rankings, according to the WTA.") == [
        ("Hartley has dropped to 142nd in the rankings", "WTA")
    ]
    text = (
        "The Union wallonne des agents publics (UWAP) called a strike. "
        "The UWAP said it would meet the other unions on Thursday."
    )
    assert _reported(text)[-1][1] == "Union wallonne des agents publics"
    text = "Investor Dale Calloway bought the club. Calloway insisted no borrowing would be secured."
    assert _reported(text) == [("no borrowing would be secured", "Dale Calloway")]
    assert _reported("Grade 11 student Milo Trask said he would have to quit his job.") == [
        ("he would have to quit his job", "Milo Trask")
    ]
    assert _reported("Asked whether he would resign, the minister said no.") == []


def test_a_thousands_comma_ends_no_opening_phrase() -> None:
    """'Moving her home would cost more than $15,000, she said, ...' reports nothing that starts at
    "000"; 'After 2,000 workers walked out, the union said ...' keeps its opening phrase."""
    text = "Darlene Hutchins, 71, lives in the park. Moving her home would cost more than $15,000, she said."
    assert all(not clause.startswith("000") for clause, _ in _reported(text))
    assert _reported("After 2,000 workers walked out, the union said the talks had failed.") == [
        ("the talks had failed", "union")
    ]


def test_a_name_someone_goes_by_or_a_vessels_name_is_no_quotation() -> None:
    """'Regulars call him “the Admiral,”', 'the town knows him as “Coach.”' and 'whose vessel
    "Marianne"' quote no one; 'called the plan “a disaster”' does."""
    assert _texts("Regulars at the marina call him “the Admiral,” a title he waves away.") == []
    assert _texts("Most of the town knows him as “Coach.” He laughs at that.") == []
    assert _texts('Skipper Jens Albers, whose vessel "Marianne" was moored at Lorchheim, waited.') == []
    assert _texts("The mayor called the plan “a disaster” on Monday.") == [("a disaster", "partial")]


def test_admitted_or_confirmed_with_a_noun_object_reports_nothing() -> None:
    """'Fellwater admitted 31 offences after sewage was pumped ...' and 'Gullybox confirmed the
    closures but did not say ...' take objects; 'police confirmed two people had died' reports."""
    assert _reported("Fellwater Utilities admitted 31 offences after sewage was pumped into the river.") == []
    assert _reported("Gullybox confirmed the closures but did not specify the number of job cuts.") == []
    assert _reported("The harbour police confirmed two people had died in the fire.") == [
        ("two people had died in the fire", "harbour police")
    ]


def test_a_second_clause_shares_the_speaker_of_the_quotation_before_it() -> None:
    """'County councillor Hilde Marie Strand, who sits on the transport committee, called the
    situation "completely unacceptable" and said she would ask ...': the second clause is hers even
    when the subject is too long to read again."""
    text = (
        "County councillor Hilde Marie Strand, who sits on the transport committee, called the situation"
        ' "completely unacceptable" and said she would ask for the old timetable to be restored.'
    )
    assert _reported(text) == [("she would ask for the old timetable to be restored", "Hilde Marie Strand")]


def test_more_reported_speech_subjects() -> None:
    """'according to the mayor of the municipality, Stavros Lianos' is the mayor; 'Lobstermen in
    Carver's Reach ... say', 'Offshore wind developers say', 'Commuters complained that' and
    'councillor Séamus Ó Conaire said' report speech."""
    text = "The fire reached the houses within two hours, according to the mayor of the town, Stavros Lianos."
    assert _reported(text) == [("The fire reached the houses within two hours", "Stavros Lianos")]
    assert _reported("Lobstermen in Carver's Reach say the noise has scattered lobsters.") == [
        ("the noise has scattered lobsters", "Lobstermen in Carver's Reach")
    ]
    assert _reported("Offshore wind developers say the seabed surveys are harmless.")[0][1] == (
        "Offshore wind developers"
    )
    assert _reported("Commuters complained that many drivers refuse to use the meter.")[0][1] == "Commuters"
    text = "Independent councillor Séamus Ó Conaire said he had raised the case with the minister."
    assert _reported(text)[0][1] == "Séamus Ó Conaire"


def test_a_title_in_marks_blocks_no_reported_clause_and_a_subordinate_subject_speaks() -> None:
    """'Skipper Jens Albers, whose vessel "Marianne" was moored ..., said he had ...' reports (the
    vessel's name is no quotation); '... suspended classes after transport groups confirmed they
    would take part' is the groups'."""
    text = (
        'Skipper Jens Albers, whose vessel "Marianne" was moored at Lorchheim, said he had worked there'
        " 31 years."
    )
    assert _reported(text) == [("he had worked there 31 years", "Jens Albers")]
    text = "Mayor Rosa Villanueva suspended classes after transport groups confirmed they would take part."
    assert _reported(text) == [("they would take part", "transport groups")]


def test_irregular_pasts_make_a_clause_and_conjunctions_start_none() -> None:
    """'told the council his officers wrote ...' reports; ', brokers said, as buyers held back ...'
    reports the words before the cue, not the 'as' clause; 'X, the association that bought ...,
    said the first families would ...' is no verb-first attribution."""
    text = "Police Chief Aaron Delgado told the council his officers wrote 400 tickets last year."
    assert _reported(text) == [("his officers wrote 400 tickets last year", "Aaron Delgado")]
    text = "Tea prices fell to their lowest in months, brokers said, as buyers from Pakistan held back."
    assert [clause for clause, _ in _reported(text)] != ["buyers from Pakistan held back"]
    text = (
        "Clydeview Homes, the housing association that bought the building last year, said the first"
        " families would move in by the summer."
    )
    assert _reported(text) == [("the first families would move in by the summer", "Clydeview Homes")]
