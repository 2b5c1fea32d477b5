"""Speaker attribution: cues in both orders, pronouns, titles, organisations and groups."""

from __future__ import annotations

from quotecheck.extract.quotes import extract_quotes
from quotecheck.model import Quote


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name if q.speaker else None, q.rule) for q in extract_quotes(text) if q.kind != "indirect"
    ]


def _one(text: str) -> Quote:
    return next(q for q in extract_quotes(text) if q.kind != "indirect")


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


def test_interview_answers_go_to_the_interviewee_and_questions_to_the_interviewer() -> None:
    """Q/A turns take the people named in the standfirst: Q the interviewer, A the interviewee."""
    text = (
        "Economist Mara Lindqvist has studied the delta for twenty years. She spoke to Tomas Reyes.\n\n"
        "Q: Is the river rising?\n\n"
        "A: Faster than any model predicted."
    )
    assert _who(text) == [("Tomas Reyes", "transcript-label"), ("Mara Lindqvist", "transcript-label")]


def test_questions_without_a_named_interviewer_have_no_speaker() -> None:
    """'answered our questions' names no interviewer, so Q turns stay None."""
    text = (
        "The architect Jonas Wilde answered our questions by email.\n\n"
        "Q: Why concrete?\n\n"
        "A: Because it remembers the hands that poured it."
    )
    assert [who for who, _ in _who(text)] == [None, "Jonas Wilde"]


def test_pronoun_takes_the_latest_person_of_its_gender() -> None:
    """'she' skips a more recent man and finds the woman named earlier (gender from 'her')."""
    text = (
        "Councillor Anita Brandt presented her plan on Monday. Treasurer Paul Okafor said he opposed it.\n\n"
        '"We cannot wait another year," she said.'
    )
    assert _who(text) == [("Anita Brandt", "pronoun")]


def test_honorific_gives_gender() -> None:
    """'Ms Varga' makes Ilona Varga a woman for a later 'she'."""
    text = (
        "Ms Ilona Varga met Gabor Toth in Szeged. Toth set out his plan first.\n\n"
        '"The dam is safe," she said.'
    )
    assert _who(text) == [("Ilona Varga", "pronoun")]


def test_shared_surname_goes_to_the_latest_full_mention() -> None:
    """Two people called Iannucci: 'Francesca Iannucci said' is Francesca, not Marco."""
    text = 'The family of Marco Iannucci spoke outside court.\n\n"We want answers," Francesca Iannucci said.'
    assert _who(text) == [("Francesca Iannucci", "cue-after")]


def test_possessive_subject_names_the_owner() -> None:
    """'Smith's response was short: "..."' is Smith's quote; a title owner may be named later."""
    text = 'Defence Minister Ana Smith met the press. Smith\'s response was short: "No comment."'
    assert _who(text)[0][0] == "Ana Smith"
    text = (
        "The mayor's answer was short: \u201cWe will rebuild.\u201d\n\n"
        "Mayor Katarina Vukovic made the pledge on Wednesday."
    )
    assert _who(text)[0][0] == "Katarina Vukovic"


def test_possessive_role_is_the_speaker_not_the_owner() -> None:
    """'Gavril's spokesman, Radu Ilie, said ... "..."' is Ilie's quote."""
    text = (
        "Interior Minister Florin Gavril left early.\n\n"
        'Gavril\'s spokesman, Radu Ilie, later said the remarks had been "taken out of context."'
    )
    assert _who(text)[0][0] == "Radu Ilie"


def test_organisation_reference_resolves_to_the_named_organisation() -> None:
    """'the ministry' / 'the Alliance' / 'it' refer back to the organisation named before."""
    text = (
        "The Ministry of Defence published its review on Friday.\n\n"
        '"The fleet is ready," the ministry said in a statement.'
    )
    assert _who(text)[0][0] == "Ministry of Defence"
    text = 'The Coastal Fisheries Alliance welcomed the decision. "This took six years," the Alliance said.'
    assert _who(text)[0][0] == "Coastal Fisheries Alliance"
    text = 'Kessaria\'s defence ministry denied the claim. "Our aircraft stayed outside," it said.'
    assert _who(text)[0] == ("Kessaria's defence ministry", "pronoun")


def test_the_company_means_the_latest_company() -> None:
    """'According to the company, ...' after 'Nordhavn Shipping said' is Nordhavn Shipping."""
    quotes = extract_quotes(
        "Nordhavn Shipping said on Tuesday it would reroute its vessels. "
        "According to the company, two of its ships were approached by armed boats."
    )
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [(q.speaker.name if q.speaker else None) for q in indirect][-1] == "Nordhavn Shipping"


def test_title_subject_is_the_focus_for_a_later_pronoun() -> None:
    """'The commissioner said ... He described ...' keeps the commissioner, not a later-named man."""
    text = (
        "Police Commissioner Darius Whitfield and Deputy Mayor Owen Pratt held a briefing.\n\n"
        'The commissioner said officers had made arrests. He described the unrest as "opportunistic."'
    )
    assert _who(text) == [("Darius Whitfield", "pronoun")]


def test_transcript_label_with_title_and_party_tag() -> None:
    """'SEN. HOLLIS GRANT (R-KAN.):' and a later 'GRANT:' both resolve to Hollis Grant."""
    text = (
        "Excerpt from the hearing with Sen. Hollis Grant and Director Maya Estrada-Klein"
        " of the Aviation Office:\n\n"
        "SEN. HOLLIS GRANT (R-KAN.): Did the agency know?\n\n"
        "DIRECTOR MAYA ESTRADA-KLEIN: We knew what we were told.\n\n"
        "GRANT: That is the problem."
    )
    assert [who for who, _ in _who(text)] == ["Hollis Grant", "Maya Estrada-Klein", "Hollis Grant"]


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote text, speaker name, kind) for every quote of `text`, reported speech included."""
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.kind if q.speaker else None)
        for q in extract_quotes(text)
    ]


def test_with_clause_names_who_does_the_ing_cue() -> None:
    """'..., with union leaders vowing to stay "..."': the phrase after "with" is the speaker."""
    text = (
        "Hundreds of lorries blocked the port of Calverstone on Friday, with protest organisers vowing"
        " to stay «until the tolls go»."
    )
    assert _speakers(text) == [("until the tolls go", "protest organisers", "group")]


def test_relative_clause_subject_before_the_cue() -> None:
    """'a plan which the mayor called "..."', 'a note in which the ministry described ... as "..."'."""
    text = (
        "Mayor Ines Calloway unveiled the budget on Monday.\n\n"
        'Unions rejected the offer, which Calloway called "fair and final."\n\n'
        "The Ostravian Foreign Ministry summoned the ambassador. He was handed a note in which the"
        " ministry described the decision as «an unfriendly step»."
    )
    assert _speakers(text) == [
        ("fair and final.", "Ines Calloway", "person"),
        ("an unfriendly step", "Ostravian Foreign Ministry", "organization"),
    ]


def test_the_spokesperson_is_the_organisation_that_spoke_last() -> None:
    """'A DfE spokesperson said ... The spokesperson added that ...' after a charity was named: the
    department, whose spokesperson spoke, not the charity named before it."""
    text = (
        "The Department for Transport (DfT) published the figures on Thursday. The charity Road Safe"
        " Families said the numbers were shocking.\n\n"
        'A DfT spokesperson said speed cameras would remain "a last resort". The spokesperson added'
        " that the department was reviewing the limits on rural roads."
    )
    spoken = _speakers(text)
    assert spoken[-1] == (
        "the department was reviewing the limits on rural roads",
        "Department for Transport",
        "organization",
    )


def test_pronoun_after_a_clause_without_comma() -> None:
    """'When officers arrived he told them he had "panicked"': the pronoun is the subject."""
    text = (
        "Kieran Ashdown, 31, admitted causing the crash.\n\n"
        "When officers arrived he told them he had ‘panicked’."
    )
    assert _speakers(text)[-1] == ("panicked", "Kieran Ashdown", "person")


def test_company_named_with_its_legal_form_is_an_organisation() -> None:
    """'Harwick Foods Inc. shares fell ..., saying ...': the company, without "Inc.", speaks."""
    text = (
        "Harwick Foods Inc. shares fell 9% after the grocer cut its forecast, saying higher"
        " freight costs would squeeze margins."
    )
    assert [(who, kind) for _, who, kind in _speakers(text)] == [("Harwick Foods", "organization")]


def test_group_with_a_plural_owner() -> None:
    """'Residents' groups have called the plan "..."': a group, named as written."""
    assert _speakers('Residents\' groups have called the port plan "a land grab."') == [
        ("a land grab.", "Residents' groups", "group")
    ]


def test_described_group_is_the_group_named_before() -> None:
    """'the rebels warn that ... "..."' after 'More than 30 Green MPs have threatened ...': the MPs,
    without the quantifier; present-tense plural cues ("warn", "argue") count."""
    text = (
        "More than 30 Green MPs have threatened to vote against the mining bill.\n\n"
        "In a letter seen by this newspaper, the rebels warn that the bill would 'open the moors to"
        " quarrying'."
    )
    assert _speakers(text) == [("open the moors to quarrying", "Green MPs", "group")]


def test_described_group_without_a_named_group_has_no_speaker() -> None:
    """Precision first: 'the rebels' with no group named before stays unattributed."""
    assert _speakers("The rebels warn that the bill would 'open the moors to quarrying'.") == [
        ("open the moors to quarrying", None, None)
    ]


def test_infinitive_cue_belongs_to_the_verb_that_governs_it() -> None:
    """'asked Moscow to explain the "provocations"': the cue is "asked", not "explain"."""
    quote = _one('The United States asked Moscow to explain the "provocations" on the border.')
    assert quote.cue == "asked"


def test_brand_name_is_an_organisation_and_the_company_refers_to_it() -> None:
    """'SkyHarbour Wales says ...' names a company (inner capital), so 'the company said:' is it."""
    text = (
        "SkyHarbour Wales says 4,000 passengers are stranded at Cardiff.\n\n"
        'In a statement, the company said: "We are sorry for the disruption."'
    )
    assert [(who, kind) for _, who, kind in _speakers(text)] == [
        ("SkyHarbour Wales", "organization"),
        ("SkyHarbour Wales", "organization"),
    ]


def test_people_with_inner_capitals_stay_people() -> None:
    """'McCarthy', 'MacArthur', 'LeBron', 'VanDyke', 'FitzGerald' are people's names, not brands."""
    for name in ("Dana McCarthy", "Ian MacArthur", "LeBron Tate", "Ruth VanDyke", "Ann FitzGerald"):
        quote = _one(f'"We go again on Sunday," {name} said.')
        assert quote.speaker is not None and (quote.speaker.name, quote.speaker.kind) == (name, "person")


def test_named_organisation_beats_its_lowercase_appositive() -> None:
    """'TransNorth Rail, the regional operator, says ... "..."': the name, not "regional operator"."""
    text = 'TransNorth Rail, the regional operator, says its offer is "fair and final".'
    assert _speakers(text)[-1] == ("fair and final", "TransNorth Rail", "organization")


def test_unnamed_subject_is_the_antecedent_of_a_later_pronoun() -> None:
    """'a reader in Harrogate sent me an email ... she wrote' is the reader, not a name from before."""
    text = (
        "Priya Nandakumar, who runs the cafe, agreed to the trial.\n\n"
        'After the column ran, a reader in Harrogate sent me an email. "I cried when I read it," she wrote.'
    )
    assert _who(text) == [("reader in Harrogate", "pronoun")]


def test_unnamed_subject_keeps_the_gender_of_its_noun() -> None:
    """'A woman in the queue ...' is never a later 'he'."""
    text = (
        "Mark Ellison has run the market stall for 30 years.\n\n"
        'A woman in the queue complained about the prices. "It is the rent," he said.'
    )
    assert _who(text) == [("Mark Ellison", "pronoun")]


def test_nationality_before_a_name_is_dropped() -> None:
    """'outsprinted Belgian Wout Deprez ... Deprez said': the name is "Wout Deprez"."""
    text = (
        "Halvorsen outsprinted Belgian Wout Deprez at the line.\n\n"
        'Deprez said his legs had "felt like wood" in the last kilometre.'
    )
    assert _speakers(text)[-1] == ("felt like wood", "Wout Deprez", "person")


def test_hyphenated_modifier_before_a_company_is_dropped() -> None:
    """'Toronto-listed Halcrow Peak Resources ... Halcrow Peak said': one company, named in full."""
    text = (
        "The mine is controlled by Toronto-listed Halcrow Peak Resources.\n\n"
        'Halcrow Peak said output had been "safely suspended" on Tuesday.'
    )
    assert _speakers(text)[-1] == ("safely suspended", "Halcrow Peak Resources", "organization")


def test_acronym_whose_letters_run_through_the_name() -> None:
    """'Moselbahn Regional (MBR)' defines MBR; 'MBR said' is the operator named in full."""
    text = (
        "Drivers at regional operator Moselbahn Regional (MBR) walked out on Monday.\n\n"
        'MBR said trains would be "badly overcrowded" at peak times.'
    )
    assert _speakers(text)[-1] == ("badly overcrowded", "Moselbahn Regional", "organization")


def test_description_with_a_first_name() -> None:
    """'Annelie, a nurse from Kassel, said', "Egan's wife, Ruth, a retired nurse, says",
    'Niamh in Clifden writes': the first name is the speaker, not the description."""
    assert _speakers('Annelie, a nurse from Kassel, said: "Why always us?"')[-1][1] == "Annelie"
    text = (
        "Walter Egan still drives to his patients. Egan's wife, Ruth, a retired nurse, says he is 'stubborn'."
    )
    assert _speakers(text)[-1] == ("stubborn", "Ruth", "person")
    assert _speakers('Niamh in Clifden writes: "The roof has gone."')[-1][1] == "Niamh"


def test_affiliation_and_title_before_a_name_are_not_the_name() -> None:
    """'according to Cedar Bluff Fire Battalion Chief Marcy Engstrom' names Marcy Engstrom."""
    text = (
        "Crews were called to the house at 3 a.m., according to Cedar Bluff Fire Battalion Chief"
        " Marcy Engstrom."
    )
    assert _speakers(text)[-1][1] == "Marcy Engstrom"


def test_second_opening_phrase_before_the_subject() -> None:
    """'At 6:15, with the thermometer ..., Dr. Walter Egan scrapes ...' makes Egan the subject a
    later "he" refers to."""
    text = (
        "At 6:15 on a February morning, with the thermometer reading 19 below, Dr. Walter Egan scrapes"
        ' the windshield of his car.\n\n"If Gus does not pick up, something is wrong," he says.'
    )
    assert _who(text) == [("Walter Egan", "pronoun")]


def test_place_ends_in_its_head_and_a_team_does_not() -> None:
    """'Great Falls' is a place, never a speaker; 'Cedar Falls Comets' is a team that speaks."""
    assert _speakers('The Cedar Falls Comets said they were "ready to break ground".')[-1][1] == (
        "Cedar Falls Comets"
    )
    text = 'Dr. Ana Ruiz drove to Great Falls. "It is 94 miles," she said.'
    assert _who(text) == [("Ana Ruiz", "pronoun")]


def test_not_said_whether_reports_nothing() -> None:
    """'has not said whether he will ...' is no reported speech."""
    quotes = extract_quotes(
        "House Speaker Kevin Marsh has not said whether he will bring the bill to a vote."
    )
    assert [q for q in quotes if q.kind == "indirect"] == []


def test_anonymous_speaker_who_gave_a_first_name() -> None:
    """'said a nurse who gave her name only as Annett': the speaker is Annett, not "nurse"."""
    text = '"I have lost two hours this morning," said a nurse who gave her name only as Annett.'
    assert _who(text) == [("Annett", "cue-after")]


def test_relative_pronoun_subject_is_its_antecedent() -> None:
    """'organised by the Fair Food Alliance, which says the rules were "..."': the alliance."""
    text = (
        "The protest was organised by the Fair Food Alliance, which says the rules were drawn up"
        ' "without a single farmer in the room".'
    )
    assert _speakers(text)[-1] == (
        "without a single farmer in the room",
        "Fair Food Alliance",
        "organization",
    )


def test_comma_in_a_number_does_not_split_the_subject() -> None:
    """'The Buckeye Teachers Union, which represents about 40,000 teachers, said': the union."""
    text = (
        "The Buckeye Teachers Union, which represents about 40,000 teachers, said it supported"
        " limits on phones."
    )
    assert _speakers(text)[-1][1:] == ("Buckeye Teachers Union", "organization")


def test_hyphenated_surname_at_a_sentence_end_loses_the_full_stop() -> None:
    """'... said chief executive Alasdair Kerr-Nakamura.' names "Alasdair Kerr-Nakamura"."""
    text = '"This is a combination of equals," said chief executive Alasdair Kerr-Nakamura.'
    assert _who(text) == [("Alasdair Kerr-Nakamura", "cue-after")]


def test_company_short_form_and_legal_form() -> None:
    """'Norrvik Battery AB' is a company; a later 'Norrvik said' is the same company, and the
    speaker drops its legal form."""
    text = (
        "Norrvik Battery AB postponed production at its plant.\n\n"
        'Norrvik said talks with customers were "progressing constructively."'
    )
    assert _speakers(text)[-1][1:] == ("Norrvik Battery", "organization")


def test_name_in_apposition_after_a_verb_first_subject() -> None:
    """'said the trust's science director, Hattie Morcombe.': Morcombe, not the trust."""
    text = (
        "The charity Blue Reef Trust said the findings mattered.\n\n"
        '"A healthy meadow is still the best thing," said the trust\'s science director, Hattie Morcombe.'
    )
    assert _who(text)[-1] == ("Hattie Morcombe", "cue-after")


def test_byline_name_is_not_a_pronoun_antecedent() -> None:
    """A byline line ("Ines Dalgaard") is no subject: "she wrote" is the CEO named in the copy."""
    text = (
        "Ledgerly lays off 30% of staff\n\nInes Dalgaard\n\n"
        "In the memo, co-founder and CEO Priyanka Hale wrote that the company had grown too fast.\n\n"
        '"We built a company for the market we hoped to have," she wrote.'
    )
    assert _who(text) == [("Priyanka Hale", "pronoun")]


def test_team_sheet_is_not_a_transcript() -> None:
    """'Harbury Town: Mensah; Reid, Okoro; ...' lines are a team sheet, not speaker turns."""
    text = (
        "Harbury Town 1 Kingsmoor Rovers 1\n\n"
        "Harbury Town: Mensah; Reid, Okoro, Stanton; Adeyemi, Cole; Quigley, Marsh.\n\n"
        "Kingsmoor Rovers: Hartley; Nwosu, Crane, Bell; Lindo, Pryor; Dean, Fox."
    )
    assert extract_quotes(text) == []


def test_sports_club_is_an_organisation() -> None:
    """'Kingsmoor Rovers' is a club: a later "he said" is the manager, not the club."""
    text = (
        "Kingsmoor Rovers took the lead after an hour.\n\n"
        "Kingsmoor boss Ade Fashola admitted he had not seen the incident. "
        '"It looked a penalty," he said.'
    )
    assert _who(text)[-1] == ("Ade Fashola", "pronoun")


def test_leading_conjunction_is_no_part_of_a_group() -> None:
    """'But campaigners said ...': the speaker is "campaigners"."""
    quotes = extract_quotes("But campaigners said the fine was a fraction of the company's profits.")
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == ["campaigners"]


def test_conjunction_before_a_subject_with_an_appositive() -> None:
    """'But Gethin Rowlands, chairman of ..., said ... "..."': "But X," is no opening phrase."""
    text = (
        "But Gethin Rowlands, chairman of Friends of Pantglas Library, said the consultation had been"
        " 'a box-ticking exercise'."
    )
    assert _speakers(text)[-1][:2] == ("a box-ticking exercise", "Gethin Rowlands")


def test_role_phrase_and_title_before_a_name() -> None:
    """'Cabinet member for communities Cllr Rhian Matthias said ... "..."' is Rhian Matthias; 'A
    spokeswoman for Ms. Delacroix, Priya Raman, said' is Priya Raman, not Delacroix."""
    text = "Cabinet member for communities Cllr Rhian Matthias said the council had 'no choice'."
    assert _speakers(text)[-1][:2] == ("no choice", "Rhian Matthias")
    text = 'A spokeswoman for Ms. Delacroix, Priya Raman, said no offer had been made "in writing."'
    assert _speakers(text)[-1][:2] == ("in writing.", "Priya Raman")


def test_headline_quote_split_in_the_body_takes_the_body_speaker() -> None:
    """A headline quoting "Nobody asks what you did. They ask ..." is the baker who says it in two
    parts in the body; a one-word headline quote is the speaker a cue gives it in the body."""
    text = (
        "‘Nobody asks what you did. They ask if the bread is ready’\n\n"
        "Darren Mullaney, 44, is shaping loaves at a bench.\n\n"
        "“Nobody asks what you did,” he says. “They ask if the bread is ready.”"
    )
    assert _who(text)[0] == ("Darren Mullaney", "headline-body")
    text = (
        "Harbury boss fumes at ‘scandalous’ penalty\n\n"
        "Harbury manager Sean Doyle called the decision ‘scandalous’ after the match."
    )
    assert _who(text) == [("Sean Doyle", "headline-body"), ("Sean Doyle", "cue-before")]


def test_unnamed_subject_after_one() -> None:
    """'One, a senior engineer who asked not to be named, said ... "...," she said.'"""
    text = (
        "Priya Hale, the chief executive, announced the cuts on Monday.\n\n"
        "One, a senior engineer who asked not to be named, said the news came in a video call.\n\n"
        '"Half the people on the call did not know," she said.'
    )
    assert _who(text) == [("senior engineer", "pronoun")]


def test_gendered_title_and_bare_opener() -> None:
    """'association chairwoman Gesine Tammen' is a woman, and 'Meanwhile the regional wolf adviser
    Jörg Lübbers ...' is a subject: the next "he said" is Lübbers."""
    text = (
        '"Such animals must be removed," demanded association chairwoman Gesine Tammen.\n\n'
        "Meanwhile the regional wolf adviser Jörg Lübbers urged caution. It was not yet certain"
        " that a wolf was responsible, he said."
    )
    assert [who for _, who, _ in _speakers(text)] == ["Gesine Tammen", "Jörg Lübbers"]


def test_verb_first_attribution_after_reported_clause() -> None:
    """'Investors have grown cautious, said Marisol Quintana, a partner at ...' is her reported
    speech, and she is the "she" of the next quote."""
    text = (
        "Investors have grown far more cautious about the sector, said Marisol Quintana, a partner at"
        ' Brightline Ventures.\n\n"Now every board meeting is about burn rate," she said.'
    )
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in extract_quotes(text)] == [
        ("indirect", "Marisol Quintana"),
        ("direct", "Marisol Quintana"),
    ]


def test_who_says_after_a_described_person() -> None:
    """'started by Abigail Torrance, a former probation officer who says she grew tired of ...':
    Torrance's reported speech, and the "she" of the next quote."""
    text = (
        "The bakery was started in 2021 by Abigail Torrance, a former probation officer who says she"
        ' grew tired of watching people leave prison.\n\n"The statistics are brutal," she says.'
    )
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in extract_quotes(text)] == [
        ("indirect", "Abigail Torrance"),
        ("direct", "Abigail Torrance"),
    ]


def test_fans_are_a_group_and_a_town_club_is_no_person() -> None:
    """'Harbury fans booed ..., chanting "..."' are the fans, not a club read as a first name."""
    text = (
        "Harbury Town lost 2-1 at home.\n\n"
        "Harbury fans booed the officials off at full-time, chanting ‘You don’t know what you’re doing’."
    )
    assert _speakers(text)[-1][1:] == ("Harbury fans", "group")


def test_group_modifiers_hold_no_clause() -> None:
    """'... beat the full-court press that fans have called "the wall"': no group "press that fans"."""
    quote = _one('The guards beat the full-court press that fans have called "the wall" all season.')
    assert quote.speaker is None or quote.speaker.name != "full-court press that fans"


def test_organisation_names_joined_by_and_or_for() -> None:
    """'Tenmile County Disaster and Emergency Services' is one organisation; 'Police Commissioner
    Darius Whitfield and Deputy Mayor Owen Pratt' are two people."""
    text = "The creek rose 4 feet overnight, according to Tenmile County Disaster and Emergency Services."
    assert _speakers(text)[-1][1:] == ("Tenmile County Disaster and Emergency Services", "organization")
    text = (
        "Police Commissioner Darius Whitfield and Deputy Mayor Owen Pratt held a briefing.\n\n"
        "The commissioner said officers had made 14 arrests."
    )
    assert _speakers(text)[-1][1] == "Darius Whitfield"


def test_titles_before_names_across_countries() -> None:
    """'Independent TD Séamus Kilbane' and 'Cr Colquhoun' (an Australian councillor) are titled
    names: the speakers are "Séamus Kilbane" and the mayor "Trish Colquhoun"."""
    text = "Independent TD Séamus Kilbane called the figures 'a wake-up call'."
    assert _speakers(text)[-1][1] == "Séamus Kilbane"
    text = (
        "Mayor Trish Colquhoun backed the trial.\n\n"
        '"People said we were mad spending this money on koalas," Cr Colquhoun said.'
    )
    assert _who(text) == [("Trish Colquhoun", "cue-after")]


def test_member_of_a_group_named_before() -> None:
    """'one of the people said' is the group "people familiar with the matter"."""
    text = (
        "Halcyon Line is exploring a sale, according to two people familiar with the matter.\n\n"
        "No decision has been made, one of the people said."
    )
    assert _speakers(text)[-1][1:] == ("people familiar with the matter", "group")


def test_described_person_forms() -> None:
    """'One runner dressed as a lobster told us ...' and 'A listener, Morag, texted ...'."""
    text = 'One runner dressed as a lobster told us he was "regretting every decision".'
    assert _speakers(text)[-1][1] == "runner dressed as a lobster"
    text = 'A listener, Morag, texted to say the news came "from a neighbour."'
    assert _speakers(text)[-1][1] == "Morag"


def test_headline_tag_with_the_subject_first() -> None:
    """'Koala road trial ‘saving lives’, Queensland mayor says' is the mayor named in the body; a
    report that "says" is nobody."""
    text = (
        "Koala road trial ‘saving lives’, Queensland mayor says\n\n"
        "Mayor Trish Colquhoun said the results were encouraging."
    )
    assert _who(text)[0] == ("Trish Colquhoun", "cue-after")
    assert _who("Flood defences ‘not fit for purpose’, new report says\n\nThe report was published.") == [
        (None, None)
    ]


def test_opening_place_with_its_county() -> None:
    """'In Ballinacarrig, Co Roscommon, Mary Geraghty closed the pub ...' makes her the subject
    that the next "she said" refers to."""
    text = (
        "Donal Rua, who chairs the vintners' alliance, said the figures were stark.\n\n"
        "In Ballinacarrig, Co Roscommon, Mary Geraghty closed the pub her grandfather opened.\n\n"
        '"The last night we were packed," she said.'
    )
    assert _who(text) == [("Mary Geraghty", "pronoun")]


def test_modifier_title_words_need_a_head() -> None:
    """'Senator Craig Whitlow of Grand Junction' is Craig Whitlow ("Grand" is no title before a
    place), while "Secretary of State" and "Mayor Pro Tem" stay titles."""
    text = 'Senator Craig Whitlow of Grand Junction called the bill "a slow-motion disaster."'
    assert _speakers(text)[-1][1] == "Craig Whitlow"
    text = 'Mayor Pro Tem Gloria Nakashima said the shelter was "long overdue."'
    assert _speakers(text)[-1][1] == "Gloria Nakashima"


def test_nationality_and_description_before_a_company() -> None:
    """'Dutch dairy group Veldmeer NV reported ..., and warned ... "..."': the company, not "Dutch"."""
    text = (
        "Dutch dairy group Veldmeer NV reported a 23% fall in profit, and warned that 2026 would be"
        ' "another year of hard work".'
    )
    assert _speakers(text)[-1][1:] == ("Veldmeer", "organization")


def test_verbs_of_judgement_are_cues() -> None:
    """'X slammed the move as "..."', 'Y hailed the deal as "..."', and "Owner Graham Aldous"."""
    text = 'But the camper owners\' association Camperisti Uniti slammed the move as "discriminatory".'
    assert _speakers(text)[-1][:2] == ("discriminatory", "Camperisti Uniti")
    text = 'Owner Graham Aldous said it was "the end of an era".'
    assert _speakers(text)[-1][1] == "Graham Aldous"


def test_organisation_heads_without_a_company_word() -> None:
    """'The Public Procurement Forum, a think tank, said ...' is an organisation."""
    text = "The Public Procurement Forum, a think tank, said the case showed the need for oversight."
    assert _speakers(text)[-1][1:] == ("Public Procurement Forum", "organization")


def test_common_first_names_tell_gender_when_nothing_else_does() -> None:
    """'Jane Doe ... Mark Ellison ... "...," she told the BBC' is Jane Doe: with no pronoun or
    honorific for either, a common first name decides."""
    text = (
        "Jane Doe, the transport minister, visited the depot on Monday. Mark Ellison, a union"
        ' official, was also there.\n\n"It was terrifying," she told the BBC.'
    )
    assert _who(text) == [("Jane Doe", "pronoun")]


def test_pronouns_outweigh_a_first_name() -> None:
    """A name the text calls "she" again and again is a woman whatever the first name suggests;
    one "she" near a "Tom" is not enough to make him one."""
    text = (
        "Mark Ellison founded the charity in 2001. She ran it for a decade.\n\n"
        "Ellison retired in 2015, and she now lives in Kent.\n\n"
        "Tom Price joined later.\n\n"
        '"We never gave up," she said.'
    )
    assert _who(text) == [("Mark Ellison", "pronoun")]


def test_a_family_is_a_group() -> None:
    """'In a statement, the family said: "..."' is the family; a group's "of" tail holds no verb."""
    assert _speakers('In a statement, the family said: "He was a wonderful father."')[-1][1:] == (
        "family",
        "group",
    )
    text = "A family of five escaped a house fire early Friday, the fire department said."
    assert all("escaped" not in (q.speaker.name if q.speaker else "") for q in extract_quotes(text))


def test_person_named_once_in_the_paragraph_before_a_cueless_quote() -> None:
    """'The training was given by Frank Ibbotson, 79, ...' then a quote paragraph with no cue: his
    words, though he is not the sentence's subject."""
    text = (
        "The training was given by Frank Ibbotson, 79, who ran the projectors for 41 years.\n\n"
        '"When I started in 1962 you had two projectors and a reel change every twenty minutes."'
    )
    assert _who(text) == [("Frank Ibbotson", "intro-paragraph")]


def test_party_words_and_council_member_titles() -> None:
    """'The Liberal Democrat group leader, Cllr Janet Orme, called it "..."' is Janet Orme;
    "Council Member Gregory Hanlon" is Gregory Hanlon."""
    text = 'The Liberal Democrat group leader, Cllr Janet Orme, called the rise "a tax on tomatoes".'
    assert _speakers(text)[-1][1] == "Janet Orme"
    text = 'Council Member Gregory Hanlon said the city had "rushed the vote".'
    assert _speakers(text)[-1][1] == "Gregory Hanlon"


def test_company_kind_before_its_name_and_analysts_firms() -> None:
    """'Developer Brightplain Energy said ...' is "Brightplain Energy"; 'said Ingrid Solheim, an
    analyst at Nordvik Research, who nonetheless called it "..."' is Solheim."""
    text = "Developer Brightplain Energy said the project would power about 28,000 homes."
    assert _speakers(text)[-1][1:] == ("Brightplain Energy", "organization")
    text = (
        'Optical links have been "five years away" for twenty years, said Ingrid Solheim, an analyst at'
        ' Nordvik Research, who nonetheless called the approach "one of the more credible".'
    )
    assert [who for _, who, _ in _speakers(text)] == ["Ingrid Solheim", "Ingrid Solheim"]


def test_group_words_hold_no_pronoun_or_verb() -> None:
    """'she told supporters, who chanted "..."' names no group "she told supporters"."""
    text = 'Okafor thanked her team, and she told supporters, who chanted "Ros! Ros!", to go home.'
    assert all(who != "she told supporters" for _, who, _ in _speakers(text))


def test_group_head_after_a_capitalised_modifier() -> None:
    """'Plot holders in Castlebury say they are being "priced out"' is the group, not "Plot"."""
    text = 'Plot holders in Castlebury say they are being "priced out" of their allotments.'
    assert _speakers(text)[-1][1:] == ("Plot holders in Castlebury", "group")


def test_company_named_without_a_telling_word() -> None:
    """'Tollgate Ridge Coal said ... the company said' is one company, though nothing in its name
    says so; "the museum" is the "... Museum of Art" named before."""
    text = (
        "Tollgate Ridge Coal said two miners were hurt when part of a roof collapsed.\n\n"
        "The company said it had halted production at the site."
    )
    assert _speakers(text)[-1][1:] == ("Tollgate Ridge Coal", "organization")
    text = (
        "The Harlan Mercer Museum of Art opened a new wing.\n\n"
        "The museum said it will name a bench after the guard."
    )
    assert _speakers(text)[-1][1:] == ("Harlan Mercer Museum of Art", "organization")


def test_organisation_after_its_kind() -> None:
    """'The residents' association Zacisze Razem spoke of a "promise broken"' is the association;
    'Comrade Adebayo Oyelaran' is Adebayo Oyelaran."""
    text = 'The residents\' association Zacisze Razem spoke of a "promise broken three times".'
    assert _speakers(text)[-1][1:] == ("Zacisze Razem", "organization")
    assert _speakers('"We gave government an ultimatum," said Comrade Adebayo Oyelaran.')[-1][1] == (
        "Adebayo Oyelaran"
    )


def test_a_persons_campaign_or_family_speaks_as_itself() -> None:
    """'The Lasseter campaign said ...' is the "Lasseter campaign", not Dwight Lasseter."""
    text = (
        "Dwight Lasseter lost the count by four votes.\n\n"
        "The Lasseter campaign said about 140 provisional ballots had been set aside."
    )
    assert _speakers(text)[-1][1:] == ("Lasseter campaign", "organization")


def test_a_name_with_an_age_beats_its_description() -> None:
    """'Deb Coutts, 62, a retired nurse, said ...' is Deb Coutts."""
    text = 'Deb Coutts, 62, a retired nurse, said the arena should be "torn down".'
    assert _speakers(text)[-1][1] == "Deb Coutts"


def test_title_of_a_department_before_a_name() -> None:
    """'Head of hoofstock Callum Ferriby said: "..."' is Callum Ferriby; 'Datuk', 'City Councilor',
    'Fisherman' and 'New Zealander' before a name are no part of it."""
    assert _speakers('Head of hoofstock Callum Ferriby said: "We have waited three years."')[-1][1] == (
        "Callum Ferriby"
    )
    for lead in ("Datuk", "City Councilor", "Fisherman", "Lifeguard", "New Zealander"):
        quote = _one(f'{lead} Wendell Tuck said the light "still mattered".')
        assert quote.speaker is not None and quote.speaker.name == "Wendell Tuck", lead


def test_unnamed_speaker_is_no_antecedent_for_a_named_subjects_pronoun() -> None:
    """'A former press secretary once complained that she was "distracting." She laughs about that
    now. "...," she says' is the woman the story is about, not the press secretary."""
    text = (
        "Teresa Okonjo-Vail interpreted the briefings for 11 years.\n\n"
        'A former press secretary once complained that she was "distracting."\n\n'
        'She laughs about that now. "That was the point," she says.'
    )
    assert _who(text)[-1] == ("Teresa Okonjo-Vail", "pronoun")


def test_described_reference_to_a_company_named_before() -> None:
    """'according to the regional airline' after "Nordhanse Air" is the airline named before;
    "Meridale" is "Meridale Health"."""
    text = (
        "Cabin crew at Nordhanse Air walked out on Monday.\n\n"
        "64 of 130 departures were cancelled, according to the regional airline."
    )
    assert _speakers(text)[-1][1:] == ("Nordhanse Air", "organization")
    text = 'Meridale Health detected "unauthorised activity".\n\nMeridale said it had informed the regulator.'
    assert _speakers(text)[-1][1] == "Meridale Health"


def test_person_nouns_and_madam_lead_a_name_at_a_sentence_start() -> None:
    """'Commuter Ana Ruiz said ...' is Ana Ruiz; so are 'Villager', 'Retiree' and 'Madam' before her."""
    for lead in ("Commuter", "Villager", "Retiree", "Madam"):
        quote = _one(f'{lead} Ana Ruiz said the bus was "never on time".')
        assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz", lead


def test_subject_after_a_subordinating_conjunction() -> None:
    """'..., after officials confirmed that ...' is the officials, not "after officials"."""
    text = "Fares will rise in May, after officials confirmed that the cap would be lifted."
    assert _speakers(text) == [("the cap would be lifted", "officials", "group")]


def test_irregular_plural_owner_stays_in_an_organisations_name() -> None:
    """'The Women's Rowing Association said ...' is the whole name: "Women's" owns nothing."""
    assert _speakers("The Women's Rowing Association said the regatta would go ahead.")[-1][1] == (
        "Women's Rowing Association"
    )


def test_one_word_organisation_after_its_kind_and_the_kind_later() -> None:
    """'the logistics company Fraktlinjen said' names Fraktlinjen, and a later 'the company said' and
    'the charity said' (after 'the charity Open Doors') mean the organisation so introduced."""
    text = (
        "Two lorries were stuck at the border, the logistics company Fraktlinjen said on Monday.\n\n"
        "Drivers had waited for nine hours, the company said."
    )
    assert [who for _, who, _ in _speakers(text)] == ["Fraktlinjen", "Fraktlinjen"]
    text = (
        "Demand for food parcels doubled in March, the charity Open Doors said.\n\n"
        "Most families asking for help were in work, the charity said."
    )
    assert [who for _, who, _ in _speakers(text)] == ["Open Doors", "Open Doors"]


def test_nationality_and_company_kind_describe_the_company_named_before() -> None:
    """'the Swedish carrier said' after 'Nordvind Air' is Nordvind Air, not a "Swedish carrier"."""
    text = "Nordvind Air cancelled 40 flights on Friday because of a strike, the Swedish carrier said."
    assert _speakers(text)[-1][1] == "Nordvind Air"


def test_state_after_a_home_town_is_no_speaker() -> None:
    """'Lena Ortiz, 44, a nurse from Tulsa, Oklahoma, said ...' is Lena Ortiz, not Oklahoma."""
    text = "Lena Ortiz, 44, a nurse from Tulsa, Oklahoma, said the clinic had run out of test kits."
    assert _speakers(text)[-1][1] == "Lena Ortiz"


def test_title_between_a_place_and_a_name() -> None:
    """'Cedar Bend police Sgt. Mara Quill said ...' is Mara Quill, not the town."""
    text = "Cedar Bend police Sgt. Mara Quill said the road would stay closed overnight."
    assert _speakers(text)[-1][1] == "Mara Quill"


def test_it_is_the_organisation_that_spoke_not_the_outlet_it_told() -> None:
    """'X Management said in reply to questions from The Daily Ledger ... It added that ...' is X."""
    text = (
        "Harbourside Estate Management said in reply to questions from The Daily Ledger that rents "
        'were "in line with the market". It added that tenants in hardship could apply for relief.'
    )
    assert [who for _, who, _ in _speakers(text)] == ["Harbourside Estate Management"] * 2


def test_crowds_and_counted_demonstrators_chant() -> None:
    """'The crowd chanted "..."' and '... several hundred marchers walked ... chanting "..."' are
    groups."""
    assert _speakers('The crowd chanted "Olé, olé!" as the team came out.')[-1][1:] == ("crowd", "group")
    text = 'In Lyon, several hundred marchers walked to the town hall chanting "No cuts, no closures!"'
    assert _speakers(text)[-1][1:] == ("marchers", "group")


def test_a_name_ending_like_a_participle_is_no_introductory_phrase() -> None:
    """'Naveed Hussain, whose son ..., said ...' is Naveed Hussain; "Asked about ..., X said" still
    skips its opening phrase."""
    text = 'Naveed Hussain, whose son plays in the band, said the boy was "a different child".'
    assert _speakers(text)[-1][1] == "Naveed Hussain"
    assert _speakers('Asked about the delay, Fred Ogle said the rain was "biblical".')[-1][1] == "Fred Ogle"


def test_cue_in_a_where_clause_has_its_own_subject() -> None:
    """'... at the crown court, where Judge Ines Morrow said the firm had shown "contempt"' is the
    judge, not the firm that opened the sentence."""
    text = (
        "Brackwater Utilities pleaded guilty to nine offences at Carlisle Crown Court, where Judge Ines "
        'Morrow said the firm had shown "contempt" for the river.'
    )
    assert _speakers(text)[-1][1] == "Ines Morrow"


def test_a_bullet_tag_with_a_title_means_the_body_person_holding_it() -> None:
    """'• CEO says demand is 'soft'' is the chief executive the body names."""
    text = (
        "Kalder Steel Cuts Outlook\n\n"
        "• CEO says demand is 'softer than hoped'\n\n"
        "Kalder Steel AB lowered its forecast on Tuesday.\n\n"
        '"Demand is softer than we hoped," Chief Executive Officer Lina Berg said.'
    )
    assert _speakers(text)[0][1] == "Lina Berg"


def test_a_maker_named_after_its_kind_is_the_company_later() -> None:
    """'its maker Vantor Space said ...' then 'the Bremen-based company had billed as "..."' and
    'The company said' are Vantor Space."""
    text = (
        "The launch was scrubbed on Friday, its maker Vantor Space said.\n\n"
        'The rocket was to open what the Bremen-based company had billed as "a new era".\n\n'
        "The company said a new date would be set within weeks."
    )
    assert [who for _, who, _ in _speakers(text)] == ["Vantor Space"] * 3


def test_a_name_taking_which_is_an_organisation_the_company_means() -> None:
    """'run by Bramble Hill Quarries, which employs 90 people ... the company said' is that company;
    'in Lowell Fork, which has ...' is a place and stays none."""
    text = (
        "The quarry is run by Bramble Hill Quarries, which employs 90 people. In a statement, the "
        "company said it had suspended blasting."
    )
    assert _speakers(text)[-1][1] == "Bramble Hill Quarries"
    text = "The fire started in Lowell Fork, which has 900 residents. The company said it would help."
    assert _speakers(text)[-1][1] == "company"


def test_a_companys_short_name_is_its_latest_mention() -> None:
    """After "Analysts at Kestrel Ridge Research", 'Chiswe shares fell ... The company said' is
    Chiswe Minerals, named in full before."""
    text = (
        "Chiswe Minerals delayed the mine again. Analysts at Kestrel Ridge Research said the delay "
        "could push production to 2029.\n\nChiswe shares fell 11% in London.\n\n"
        "The company said it would appoint a mediator."
    )
    assert _speakers(text)[-1][1] == "Chiswe Minerals"


def test_an_agency_dateline_with_a_full_stop_before_its_dash() -> None:
    """'Jaén, Spain, Nov 3 (EFE).- Growers ...' opens with a dateline: Spain is no speaker."""
    text = "Jaén, Spain, Nov 3 (EFE).- Prices paid at the mill were falling sharply, Antonio Ruiz said."
    assert _speakers(text)[-1][1] == "Antonio Ruiz"


def test_a_standfirsts_bare_company_kind_is_the_company_the_story_names() -> None:
    """'Home insurer says it will ...' under a headline, before "Corran Mutual reported ...": the
    company; a bullet's 'Company pushes ...' names no company."""
    text = (
        "Storm claims push insurer to loss\n\n"
        "Home insurer says it will raise premiums in flood-prone areas\n\n"
        "Larkspur Mutual reported a pre-tax loss on Tuesday."
    )
    assert _speakers(text)[0][1] == "Larkspur Mutual"


def test_controllers_and_organisers_lead_their_names() -> None:
    """'Incident controller Mick Corrigan told the meeting ...; "...," the incident controller
    said' is Mick Corrigan both times."""
    text = (
        "Incident controller Mick Corrigan told the meeting the fire had jumped a containment line. "
        '"Nothing moves faster than that wind," the incident controller said.'
    )
    assert [who for _, who, _ in _speakers(text)] == ["Mick Corrigan", "Mick Corrigan"]


def test_an_organisations_modifiers_hold_no_article() -> None:
    """'told the meeting the company was ...' names no "meeting the company": a later 'the company
    said' is the company named before."""
    text = (
        "Coastal Link Ferries cut the late sailing. Its manager told the meeting the company was "
        'hiring.\n\nIn a statement, the company said it "regrets the inconvenience".'
    )
    assert _speakers(text)[-1][1] == "Coastal Link Ferries"


def test_a_word_before_a_known_first_name_describes_the_person() -> None:
    """'Conservator James Obi said ...' is James Obi; "Mary Ann Smith" keeps her double first name."""
    assert _speakers("Conservator James Obi said the hull would be soaked in wax.")[-1][1] == "James Obi"
    assert _speakers("Mary Ann Smith said the nets were cruel.")[-1][1] == "Mary Ann Smith"


def test_a_bare_company_kind_in_a_standfirst_and_product_heads() -> None:
    """'Company says ...' under a headline is the company the story names; "Llanfair Steel" and
    "Harrowgate Cycles" are companies, so a later 'the company said' reaches them."""
    text = (
        "Scooter maker's sales jump\n\n"
        "Company says battery costs weighed on profit\n\n"
        "Sahyadri Motocorp Ltd on Tuesday reported a jump in sales."
    )
    assert _speakers(text)[0][1] == "Sahyadri Motocorp"
    text = "Llanfair Steel will shut its plate mill. The company said 300 jobs would go."
    assert _speakers(text)[-1][1] == "Llanfair Steel"


def test_a_paternal_surname_alone_names_the_person() -> None:
    """After "Rodrigo Palacios Vera", '"...," Palacios said' is Rodrigo Palacios Vera."""
    text = (
        "Rodrigo Palacios Vera leads the fishermen's federation.\n\n"
        '"We understand the science," Palacios said.'
    )
    assert _speakers(text)[-1][1] == "Rodrigo Palacios Vera"


def test_a_headline_word_said_by_one_body_speaker_is_theirs() -> None:
    """A headline's 'trapped' is the resident whose body quote says it ("So we're trapped ...")."""
    text = (
        "Rent rises leave park residents 'trapped'\n\n"
        "Lot rents will rise by 38% in October.\n\n"
        "\"So we're trapped. That's the only word for it,\" said Darlene Hutchins, 71."
    )
    assert _speakers(text)[0] == ("trapped", "Darlene Hutchins", "person")


def test_a_team_sheet_is_no_transcript() -> None:
    """'Pennine Kestrels: GS Bright, GA Holroyd, ...' lines list players; they quote no one."""
    text = (
        "Kestrels reach the final\n\nThe Kestrels won 58-51.\n\n"
        "Pennine Kestrels: GS Bright, GA Holroyd, WA Mensah, C Boateng, WD Carr, GD Fairclough.\n\n"
        "Solent Harriers: GS Adeyemi, GA Quinn, WA Tull, C Harding, WD Lowry, GD Brannigan."
    )
    assert _speakers(text) == []


def test_titles_from_more_countries_and_callings() -> None:
    """'District Collector V Anitha Menon', 'Nana Ama Serwaa Ofosu II', 'Sister Josefina Abad' and
    'Principal Nomvula Dyantyi' are the names after their titles; a later 'Menon' is the collector."""
    text = (
        "District Collector V Anitha Menon said 1,200 people had been moved. Menon said the roads were shut."
    )
    assert [who for _, who, _ in _speakers(text)] == ["V Anitha Menon", "V Anitha Menon"]
    for lead, name in (
        ("Nana", "Ama Serwaa Ofosu II"),
        ("Sister", "Josefina Abad"),
        ("Principal", "Nomvula Dyantyi"),
    ):
        assert _speakers(f"{lead} {name} said the decision was final.")[-1][1] == name, lead


def test_a_fuller_group_name_is_not_cut_to_a_shorter_one_said_before() -> None:
    """After a headline's 'officials say', the body's 'county officials said' stays county officials;
    'American Sign Language' is no person called "Sign Language"."""
    text = (
        "Tornado tears roof off school, officials say\n\n"
        "A tornado tore the roof off a school late Tuesday, county officials said Wednesday."
    )
    assert [who for _, who, _ in _speakers(text)] == ["officials", "county officials"]
    text = (
        "Teresa Vail grew up signing American Sign Language at home.\n\n"
        '"Sign was my first language," she says.'
    )
    assert _speakers(text)[-1][1] == "Teresa Vail"


def test_she_after_an_unnamed_spokeswoman_is_her_organisation() -> None:
    """'A Nordvik spokeswoman described ... The airline had offered ..., she said' is the airline,
    not the union leader quoted before; a named spokeswoman stays herself."""
    text = (
        'Nordvik Air cancelled 200 flights. "We waited 19 months," union chairwoman Birte Holm said.\n\n'
        'A Nordvik spokeswoman called the strike "disproportionate". The airline had offered a 5 percent'
        " rise, she said."
    )
    assert _speakers(text)[-1][1] == "Nordvik Air"


def test_a_relative_with_the_same_surname_leaves_the_surname_to_the_first() -> None:
    """After "Loretta Combs" and "her nephew, Dustin Combs", a bare 'Combs' is still Loretta and
    'Dustin said' is Dustin; a nickname in marks is the same person ('Bernadette "Birdie" Lowell')."""
    text = (
        "Loretta Combs has tuned pianos for 50 years. Her nephew, Dustin Combs, handles her bookings.\n\n"
        "Combs said the work would end with her. Dustin said requests had come from three states."
    )
    assert [who for _, who, _ in _speakers(text)] == ["Loretta Combs", "Dustin Combs"]
    text = (
        "Birdie Lowell still signs on every morning.\n\n"
        'Bernadette "Birdie" Lowell bought the station in 1989. Lowell said radio was not dying.'
    )
    assert _speakers(text)[-1][1] == "Bernadette Lowell"


def test_mother_of_two_is_a_role_before_a_name() -> None:
    """'Outside the meeting, mother of two Jessie Moreno said ...' makes her the subject a later
    'she' means, not the mayor quoted before."""
    text = (
        "Mayor Luanne Biggs said the city would cover the lost revenue.\n\n"
        "Outside the meeting, mother of two Jessie Moreno said her family had stopped using the library.\n\n"
        '"We will be back in there next week," she said.'
    )
    assert [who for _, who, _ in _speakers(text)] == ["Luanne Biggs", "Jessie Moreno", "Jessie Moreno"]


def test_names_as_written_double_first_names_and_more_particles() -> None:
    """A speaker's name keeps the article's curly apostrophe ("Grocers’ Trade Federation"); "Hilde
    Marie Strand" keeps her first name, "Crewmate Priya Lal" and "Constable Mark Rowe" lose the
    word before; "do" joins a name ("Associação de Senhorios do Centro Histórico")."""
    assert _speakers("The Grocers’ Trade Federation said it had acted in good faith.")[-1][1] == (
        "Grocers’ Trade Federation"
    )
    for lead, name in (("", "Hilde Marie Strand"), ("Crewmate ", "Priya Lal"), ("Constable ", "Mark Rowe")):
        assert _speakers(f"{lead}{name} said the ferry was the only road.")[-1][1] == name, name
    text = (
        "The Associação de Senhorios do Centro Histórico, which represents 900 landlords, said it would"
        " challenge the cap in court."
    )
    assert _speakers(text)[-1][1] == "Associação de Senhorios do Centro Histórico"


def test_kinds_alone_and_legal_forms_first_name_no_organisation() -> None:
    """'Energy costs ...' and 'Shipping lines ...' name no organisation that 'the company' could
    mean; 'Co Meath' is a county; a short name is the shortest organisation it starts ("Mokseong"
    is Mokseong Heavy Industries, not the Mokseong Shipbuilding Workers' Union)."""
    text = (
        "Ostholmer Mühlenwerke will close its mill in Ostholm. Energy costs had doubled since 2021.\n\n"
        "The company said it would offer all employees a job at its other plant."
    )
    assert _speakers(text)[-1][1] == "Ostholmer Mühlenwerke"
    text = (
        "Workers at Mokseong Heavy Industries walked out. The Mokseong Shipbuilding Workers' Union, which"
        " says it represents 6,800 employees, wants a 7% rise.\n\n"
        "Mokseong said in a statement that the strike would cost it 12 billion won a day."
    )
    assert _speakers(text)[-1][1] == "Mokseong Heavy Industries"


def test_a_nickname_used_before_the_full_name_is_the_same_person() -> None:
    """'Birdie Lowell still signs on ...' before 'Bernadette “Birdie” Lowell': a later 'she' is
    Bernadette Lowell, not a "Birdie Lowell"."""
    text = (
        "Birdie Lowell still signs on every morning.\n\n"
        "Bernadette “Birdie” Lowell bought the station in 1989.\n\n"
        '"People think radio is dying," she says.'
    )
    assert _speakers(text)[-1][1] == "Bernadette Lowell"


def test_a_relative_with_a_shorter_name_and_names_with_d_apostrophe() -> None:
    """'Lonnie Odom, the older man's father' after "Travis Lee Odom" is Lonnie, though his name is
    shorter; "De Wit" is still "Anouk de Wit"; "Colin d'Entremont" is a name."""
    text = (
        "Travis Lee Odom escaped on Friday.\n\n"
        'Lonnie Odom, the older man\'s father, said his son had sounded "scared and tired".'
    )
    assert _speakers(text)[-1][1] == "Lonnie Odom"
    text = "Anouk de Wit runs the dairy. De Wit said the company had cut 300 jobs."
    assert _speakers(text)[-1][1] == "Anouk de Wit"
    text = 'Police said no one was hurt.\n\n"Everything I own was in that shed," said Colin d\'Entremont.'
    assert _speakers(text)[-1][1] == "Colin d'Entremont"


def test_more_opening_prepositions_and_a_group_before_an_appositive() -> None:
    """'Behind the counter, shift manager Priya Doshi keeps ...' makes her the subject a later 'she'
    means; 'Outside the court, members of X, a victims' group, said' is "members of X"."""
    text = (
        'Bernadette Nuttall runs the site. "It is quiet," she says.\n\n'
        "Behind the coffee counter, shift manager Priya Doshi keeps a list of regulars in her head.\n\n"
        "‘We had a hen party from Glasgow last month,’ she says."
    )
    assert _speakers(text)[-1][1] == "Priya Doshi"
    text = (
        "Outside the courthouse, members of Lodestar Depositors United, a victims' group, said they"
        " would push for more claims."
    )
    assert _speakers(text)[-1][1] == "members of Lodestar Depositors United"


def test_things_named_after_people_and_more_callings() -> None:
    """'Comet Halvorsen' and 'Storm Isolde' are no one; 'Publican Sharon Kilmartin' and 'Nanay Edna
    Balagtas' are the names after their callings; 'Feathers and Fur Rescue' is one charity."""
    text = (
        "Comet Halvorsen was found in March.\n\n"
        '"I checked it three times," Ed Halvorsen said.\n\nHalvorsen said he had submitted 40 candidates.'
    )
    assert [who for _, who, _ in _speakers(text)] == ["Ed Halvorsen", "Ed Halvorsen"]
    for lead, name in (("Publican", "Sharon Kilmartin"), ("Nanay", "Edna Balagtas")):
        assert _speakers(f"{lead} {name} said the road had been cut for weeks.")[-1][1] == name, lead
    text = 'The charity Feathers and Fur Rescue said it was "devastated" by the cull.'
    assert _speakers(text)[-1][1] == "Feathers and Fur Rescue"


def test_a_council_spokesperson_is_the_council_not_its_cabinet() -> None:
    """After "Harrowdale District Council" and "the council's cabinet", 'A council spokesperson said'
    is Harrowdale District Council."""
    text = (
        "Harrowdale District Council approved the car park. The Council's cabinet voted 6-2.\n\n"
        "A council spokesperson said after the meeting that the club's lease ends in March."
    )
    assert _speakers(text)[-1][1] == "Harrowdale District Council"


def test_a_news_outlet_is_never_the_company() -> None:
    """'..., she told the Financial Times.' then 'The recall covers ..., the company said' is not the
    Financial Times ("Financial" would otherwise make it a company)."""
    text = (
        '"We are taking everything back," she told the Financial Times.\n\n'
        "The recall covers products sold under private labels, the company said."
    )
    assert all(who != "Financial Times" for _, who, _ in _speakers(text))
