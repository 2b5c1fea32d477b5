"""Regression specs for news styles beyond the eval corpus: headlines, datelines, British quotes,
wire copy, court reports, sports quotes, science features, press releases and live blogs."""

from __future__ import annotations

from quotecheck.extract.quotes import extract_quotes
from quotecheck.model import Quote


def _direct(text: str) -> list[Quote]:
    return [q for q in extract_quotes(text) if q.kind != "indirect"]


def _who(quote: Quote) -> tuple[str | None, str | None, str | None]:
    s = quote.speaker
    return (s.name, s.title, s.kind) if s else (None, None, None)


def test_headline_capitals_never_become_people() -> None:
    """'Minister Hails Deal as ‘Turning Point’' names no one: its quote is the body speaker's who says
    "a turning point", and a later 'She' finds the body's woman."""
    text = (
        "Minister Hails Deal as ‘Turning Point’\n\n"
        "The Foreign Secretary, Alan Price, said the agreement was “a turning point”.\n\n"
        "Labour’s shadow foreign secretary, Emily Thornton, was less impressed. "
        "She said the government had “oversold” the deal."
    )
    quotes = _direct(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Turning Point", "Alan Price"),
        ("a turning point", "Alan Price"),
        ("oversold", "Emily Thornton"),
    ]
    assert quotes[2].speaker is not None and quotes[2].speaker.title == "Labour’s shadow foreign secretary"


def test_headline_quote_speaker_is_only_the_noun_after_says() -> None:
    """'Flood defences 'not fit for purpose', says report': a report is no speaker, 'Flood' neither."""
    text = (
        "Flood defences 'not fit for purpose', says report\n\n"
        "The barriers were built for a climate that no longer exists, engineers warned."
    )
    [quote] = _direct(text)
    assert (quote.text, quote.speaker) == ("not fit for purpose", None)


def test_dateline_is_not_a_speaker_and_a_lead_title_resolves_forward() -> None:
    """'BERLIN, March 3 (Reuters) - Germany's economy minister warned' is Robert Habeck, named next."""
    text = (
        "BERLIN, March 3 (Reuters) - Germany's economy minister warned on Tuesday that the country faced "
        '"a very difficult winter" as gas supplies dwindled.\n\n'
        "Robert Habeck told reporters in Berlin that storage facilities were filling up faster than expected."
    )
    [quote] = _direct(text)
    assert quote.speaker is not None and quote.speaker.name == "Robert Habeck"


def test_honorific_is_not_a_title_and_pre_appositive_gives_the_title() -> None:
    """'Mr Price told the Commons' keeps the title from 'The Foreign Secretary, Alan Price,'."""
    text = (
        "Mr Price told the Commons that the deal had been “years in the making”.\n\n"
        "The Kremlin spokesman, Dmitry Peskov, said the deal was “premature”.\n\n"
        "The chairman of the Federal Reserve, Jerome Powell, said rates would stay “higher for longer”."
    )
    quotes = _direct(text)
    assert _who(quotes[0]) == ("Price", None, "person")
    assert _who(quotes[1]) == ("Dmitry Peskov", "Kremlin spokesman", "person")
    assert _who(quotes[2]) == ("Jerome Powell", "chairman of the Federal Reserve", "person")


def test_british_multi_paragraph_single_quote_continues_after_a_colon_intro() -> None:
    """A paragraph opened with ‘ and never closed, then reopened by the next: one utterance, both pieces."""
    text = (
        "The Foreign Secretary, Alan Price, defended the deal.\n\n"
        "Mr Price later told the BBC:\n\n"
        "‘I understand the scepticism. But look at what we have achieved.\n\n"
        "‘Three ceasefires and a timetable for elections. That is not nothing.’"
    )
    first, second = _direct(text)
    assert first.text == "I understand the scepticism. But look at what we have achieved."
    assert second.text == "Three ceasefires and a timetable for elections. That is not nothing."
    assert (first.utterance, first.part, second.part) == (second.utterance, 0, 1)
    assert not first.unbalanced and not second.unbalanced
    assert [q.speaker.name if q.speaker else None for q in (first, second)] == ["Alan Price", "Alan Price"]


def test_unknown_single_name_before_a_cue_is_an_organisation() -> None:
    """'Russia's state-owned Gazprom said' is the organisation Gazprom; a 'he' after a name makes a person."""
    [quote] = _direct(
        'Russia\'s state-owned Gazprom said in a statement that it was "fulfilling all of its obligations."'
    )
    assert _who(quote) == ("Gazprom", None, "organization")
    [quote] = _direct('"We will not sign," Okafor said, adding that he had not seen the text.')
    assert _who(quote) == ("Okafor", None, "person")


def test_anonymous_source_is_the_description_and_skips_its_relative_clause() -> None:
    """'one senior official, who asked not to be named, told Reuters' -> 'senior official', cue 'told'."""
    [quote] = _direct(
        "“I don't think anyone in this room believes that,” one senior official, "
        "who asked not to be named, told Reuters."
    )
    assert _who(quote) == ("senior official", None, "person")
    assert quote.cue == "told"


def test_reported_speech_after_its_clause_and_adding_that() -> None:
    """Trailing ', X said.', parenthetical ', X said, ' and ', adding that ...' are indirect quotes."""
    text = (
        "Chancellor Olaf Brandt spoke in Berlin on Monday.\n\n"
        "The talks had stalled over the price cap, several diplomatic sources said.\n\n"
        "The government would step in if needed, Brandt said, adding that the state had bought stakes "
        "in two importers."
    )
    said = [
        (q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(text) if q.kind == "indirect"
    ]
    assert said == [
        ("The talks had stalled over the price cap", "diplomatic sources"),
        ("The government would step in if needed", "Olaf Brandt"),
        ("the state had bought stakes in two importers", "Olaf Brandt"),
    ]


def test_occupation_before_a_name_is_a_title() -> None:
    """'Hydrologist Mara Lindqvist said' names Mara Lindqvist with the title 'Hydrologist'."""
    [quote] = _direct('Hydrologist Mara Lindqvist said the barriers were "built for another century".')
    assert _who(quote) == ("Mara Lindqvist", "Hydrologist", "person")


def test_ap_wire_lead_judge_is_named_later() -> None:
    """'A federal judge ... blocked' in an AP lead is the judge named in the next paragraph."""
    text = (
        "WASHINGTON (AP) — A federal judge on Monday blocked the plan, "
        'calling it "arbitrary and capricious."\n\n'
        "U.S. District Judge Amy Berman said the government had failed to explain it. "
        '"The record is silent," she wrote.'
    )
    quotes = _direct(text)
    assert [_who(q)[:2] for q in quotes] == [("Amy Berman", "U.S. District Judge")] * 2


def test_court_report_roles_and_possessive_lawyer() -> None:
    """'Prosecutor Mark Hale told the jury' and 'Jenkins' lawyer, Anne Doyle, said' name the right people."""
    text = (
        "Judge Sarah Munro jailed Peter Jenkins for six years.\n\n"
        'Prosecutor Mark Hale told the jury that Jenkins had "lived a lie for a decade."\n\n'
        'Jenkins\' lawyer, Anne Doyle, said her client was "deeply remorseful."'
    )
    assert [_who(q)[:2] for q in _direct(text)] == [
        ("Mark Hale", "Prosecutor"),
        ("Anne Doyle", "Jenkins' lawyer"),
    ]


def test_sports_quote_after_an_intro_paragraph_without_a_cue() -> None:
    """A cueless quote paragraph after 'Mikel Arteta praised his side ...' is Arteta's, and so is the
    headline's 'special', which his body quote holds."""
    text = (
        "Arsenal 2-1 Chelsea: Arteta hails 'special' comeback\n\n"
        "Mikel Arteta praised his side's character after they beat Chelsea on Sunday.\n\n"
        '"It was special," the Arsenal manager told BBC Sport. "The players never stopped believing."\n\n'
        'Striker Bukayo Saka, who scored the winner, told Sky Sports: "We showed what this team is about."'
    )
    assert [q.speaker.name if q.speaker else None for q in _direct(text)] == [
        "Mikel Arteta",
        "Mikel Arteta",
        "Mikel Arteta",
        "Bukayo Saka",
    ]


def test_science_feature_and_press_release_verb_first_attributions() -> None:
    """'said Dr. Jane Roe, a virologist at ...', 'said Jane Roe, chief executive of X': name and role."""
    quote = _direct(
        '"This keeps surprising us," said Dr. Jane Roe, a virologist at the University of Leeds.'
    )[0]
    assert _who(quote) == ("Jane Roe", "virologist", "person")
    quote = _direct('"We\'re disappointed," said Jane Roe, chief executive of the Public Media Alliance.')[0]
    assert _who(quote)[:2] == ("Jane Roe", "chief executive")


def test_live_blog_timestamps_and_an_organisations_spokesperson() -> None:
    """A live-blog time does not hide a subject; 'a Met Office spokesperson' speaks for the Met Office."""
    text = (
        "Live: Storm Ciara latest updates\n\n"
        '10:42 The Met Office issued a red warning. "Debris could pose a danger to life," '
        "a Met Office spokesperson said.\n\n"
        "10:15 Transport Secretary Louise Haigh urged people not to travel. "
        '"Please stay at home," she posted.'
    )
    assert [_who(q)[::2] for q in _direct(text)] == [
        ("Met Office", "organization"),
        ("Louise Haigh", "person"),
    ]


def test_magazine_qa_byline_names_the_interviewer_and_the_intro_the_interviewee() -> None:
    """'Interview by X' makes X the Q voice; the other person named in the intro answers."""
    text = (
        "Conductor Ilse Marwick on silence\n\n"
        "Interview by Tomas Whelan\n\n"
        "Ilse Marwick has led the Northgate Philharmonic for a decade. We met at her rehearsal studio.\n\n"
        "Q: What do you hear in an empty hall?\n\n"
        "A: Everything that will go wrong tonight.\n\n"
        "Q: Does that frighten you?\n\n"
        "A: Not any more."
    )
    turns = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker.name if q.speaker else None for q in turns] == [
        "Tomas Whelan",
        "Ilse Marwick",
        "Tomas Whelan",
        "Ilse Marwick",
    ]


def test_british_quote_reopened_mid_paragraph_runs_on_to_the_next() -> None:
    """'Ms Okafor said. ‘Next year...' never closes and the next paragraph reopens with ‘: both pieces."""
    text = (
        "Council leader Grace Okafor defended the budget.\n\n"
        "‘We have protected the libraries,’ Ms Okafor said. ‘Next year will be harder.\n\n"
        "‘But nobody will lose a bin collection.’"
    )
    quotes = _direct(text)
    assert [q.text for q in quotes] == [
        "We have protected the libraries,",
        "Next year will be harder.",
        "But nobody will lose a bin collection.",
    ]
    assert all(q.speaker is not None and q.speaker.name == "Grace Okafor" for q in quotes)


def test_headline_quote_takes_the_speaker_of_the_body_quote_or_the_name_by_its_colon() -> None:
    """A headline quote found inside a body quote is that speaker's; 'Name: ‘...’' names a body person."""
    body = (
        "‘We will rebuild the pier’: the night the sea came in\n\n"
        "Mayor Tessa Lund walked the seafront on Sunday morning.\n\n"
        "“We will rebuild the pier, and we will do it by summer,” Lund said."
    )
    colon = "Poet Rhys Amber: ‘The sea keeps what it takes’\n\nRhys Amber read at the vigil on Sunday."
    assert [(q.text, q.speaker.name if q.speaker else None) for q in _direct(body) + _direct(colon)] == [
        ("We will rebuild the pier", "Tessa Lund"),
        ("We will rebuild the pier, and we will do it by summer,", "Tessa Lund"),
        ("The sea keeps what it takes", "Rhys Amber"),
    ]


def test_first_names_honorifics_and_epithets_refer_to_the_person_named_in_full() -> None:
    """'Sir Martin', 'Kelly' and 'The 62-year-old' after 'Sir Martin Cole', 'Kelly Brannagh' are those two."""
    text = (
        "Sir Martin Cole said the review was overdue. Novelist Kelly Brannagh agreed.\n\n"
        "Sir Martin was blunt. ‘This has gone on for too long,’ he said.\n\n"
        "Kelly, who lives in Cork, said: “I want answers.”\n\n"
        "The 62-year-old told reporters: “We will not wait another year.”"
    )
    assert [q.speaker.name if q.speaker else None for q in _direct(text)] == [
        "Martin Cole",
        "Kelly Brannagh",
        "Kelly Brannagh",
    ]


def test_described_strangers_and_verb_first_names_with_an_affiliation() -> None:
    """'One woman pushing a pram' and 'one taxi driver' are described speakers; 'said analyst X of Y' is X."""
    text = (
        "Queues formed outside the station before dawn.\n\n"
        "One woman pushing a pram told us: “We have been here since five.”\n\n"
        "“Nobody tells us anything,” said one taxi driver.\n\n"
        "“The fares will rise again,” said analyst Priya Menon of the Transit Institute."
    )
    assert [q.speaker.name if q.speaker else None for q in _direct(text)] == [
        "woman pushing a pram",
        "taxi driver",
        "Priya Menon",
    ]


def test_group_and_company_references_and_acronyms_resolve_to_the_full_name() -> None:
    """'the ministers' is the group named earlier, 'the company' the firm that spoke, 'a WMO spokesperson'
    the World Meteorological Organization."""
    text = (
        "Nordic fisheries ministers met in Oslo on Monday. Brenholt said its trawlers were idle.\n\n"
        "“We will share the quota fairly,” the ministers said in a statement.\n\n"
        "Catches would fall by “at least a fifth”, the company said.\n\n"
        "The World Meteorological Organization issued a warning. A WMO spokesperson said the season was "
        "“exceptional”."
    )
    quotes = _direct(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Nordic fisheries ministers",
        "Brenholt",
        "World Meteorological Organization",
    ]


def test_titles_of_newspapers_and_studies_are_not_quotes_even_when_repeated() -> None:
    """'the newspaper „Kieler Nachrichten“', 'a paper titled "..."' and a repeated novel title are titles."""
    text = (
        "Minister Jonas Brandt (SPD) told the newspaper „Kieler Nachrichten“: „The bridge will reopen.“\n\n"
        'The research, titled "Salt damage in coastal concrete," appeared in a journal.\n\n'
        "Her novel “The Winter Orchard” sold well. “The Winter Orchard” is published by Harrow Books."
    )
    quotes = extract_quotes(text)
    direct = [(q.text, q.kind) for q in quotes if q.kind != "indirect"]
    assert direct == [("The bridge will reopen.", "direct")]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Jonas Brandt"


def test_two_cues_in_one_sentence_give_two_indirect_quotes() -> None:
    """'said X and warned that Y' is two reported clauses; 'said X, but added: “...”' keeps X."""
    text = (
        "The Coast Guard said the vessel had been towed to port and warned that fuel was leaking.\n\n"
        "Harbourmaster Lena Voss said at least 12 boats had been damaged, but added: “Nobody was hurt.”"
    )
    indirect = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert indirect == [
        "the vessel had been towed to port",
        "fuel was leaking",
        "at least 12 boats had been damaged",
    ]


# --- round 5: categories found on both halves of the holdout ------------------------------------


def test_plural_possessive_inside_british_quote_is_an_apostrophe() -> None:
    """‘... in ten years’ time ...’ and ‘... were the Smiths’.’: the mark after a plural -s does not close."""
    text = (
        "The head teacher, Ms Grace Okoro, said: ‘We will still be here in ten years’ time, whatever the "
        "inspectors’ report says.’\n\n"
        "‘The best pitch in town was always the Hendersons’.’ Ms Okoro smiled. ‘Ask anyone.’"
    )
    assert [q.text for q in _direct(text)] == [
        "We will still be here in ten years’ time, whatever the inspectors’ report says.",
        "The best pitch in town was always the Hendersons’.",
        "Ask anyone.",
    ]


def test_plural_possessive_that_really_closes_the_quote() -> None:
    """‘... the farmers’, she said of the growers’ union: with no plain closer after it, -s’ closes."""
    text = "Talks would resume with ‘the farmers’, she said of the growers’ union."
    assert [q.text for q in _direct(text)] == ["the farmers"]


def test_unclosed_opening_single_mark_runs_to_the_paragraph_end() -> None:
    """A ‘ opening a sentence and never closed is a quote to the paragraph end, flagged unbalanced."""
    text = (
        "Rovers won 2-0 on Saturday and go top of the league.\n\n"
        "Coach Ivan Petrov is less sure. ‘We will see how the legs feel. Ask me in March\n\n"
        "The club plays again on Wednesday."
    )
    [quote] = _direct(text)
    assert (quote.text, quote.unbalanced) == ("We will see how the legs feel. Ask me in March", True)
    assert quote.speaker is not None and quote.speaker.name == "Ivan Petrov"


def test_titles_quoted_inside_speech_or_with_a_comma_are_not_quotes() -> None:
    """A song title inside a quote and a report title with a comma ("Fewer Cars, Better Air") are titles."""
    text = (
        "“The band played ‘Northern Lights’ at midnight and the whole room sang,” said Ana Ruiz.\n\n"
        'The council report, published as "Fewer Cars, Better Air", found traffic had fallen.'
    )
    assert [q.text for q in _direct(text)] == [
        "The band played ‘Northern Lights’ at midnight and the whole room sang,"
    ]


def test_role_labels_in_a_podcast_transcript_resolve_to_the_named_host() -> None:
    """'Host:' turns belong to the person the intro says hosts the show; surname labels to the guest."""
    text = (
        "This is a transcript of City Talk, a weekly podcast hosted by Nina Okafor. Her guest is the "
        "engineer Tomas Lind.\n\n"
        "Host: Tomas, thanks for coming in.\n\n"
        "Lind: Happy to be here.\n\n"
        "Host: Why are the bridges closing?"
    )
    turns = [(q.text, q.speaker.name if q.speaker else None) for q in _direct(text)]
    assert turns == [
        ("Tomas, thanks for coming in.", "Nina Okafor"),
        ("Happy to be here.", "Tomas Lind"),
        ("Why are the bridges closing?", "Nina Okafor"),
    ]


def test_surname_label_takes_the_fullest_name_given_by_an_earlier_label() -> None:
    """'WEBB:' after 'REP. DANA WEBB (D-CA):' is Dana Webb even when prose only says 'Congresswoman Webb'."""
    text = (
        "ANCHOR JO PARK: Congresswoman Webb, welcome.\n\n"
        "REP. DANA WEBB (D-CA): Thank you.\n\n"
        "PARK: Will it pass?\n\n"
        "WEBB: Not this week."
    )
    names = [q.speaker.name if q.speaker else None for q in _direct(text)]
    assert names[1] == "Dana Webb" and names[3] == "Dana Webb"


def test_titles_and_letters_after_names_are_not_part_of_the_name() -> None:
    """'Treasurer Tom Kellan', 'Cllr Rhys Morgan', 'Ailsa Kerr MSP' and 'District Judge Mina Park'."""
    text = (
        "Treasurer Tom Kellan said the rebates were affordable.\n\n"
        "“We will keep the pool open,” said Cllr Rhys Morgan. Cllr Morgan added that fees would not rise.\n\n"
        "Ailsa Kerr MSP said: “This is good news for the town.”\n\n"
        "“This was theft,” U.S. District Judge Mina Park said."
    )
    names = [q.speaker.name for q in extract_quotes(text) if q.speaker]
    assert names == ["Tom Kellan", "Rhys Morgan", "Rhys Morgan", "Ailsa Kerr", "Mina Park"]


def test_pronouns_inside_quotes_do_not_give_the_speaker_a_gender() -> None:
    """'Her coach, Sam Reid, said ‘She is ready,’ ... he said': Reid is the man, and takes the 'he'."""
    text = (
        "Lena Hart lost in the second round.\n\n"
        "Her coach, Sam Reid, said the plan was unchanged. ‘She is hitting the ball well. We need matches,’ "
        "he said."
    )
    [quote] = _direct(text)
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.title) == ("Sam Reid", "coach")


def test_participle_cues_take_the_sentence_subject() -> None:
    """'..., chanting "..."' and '..., insisting it ...' belong to the subject of the sentence."""
    text = (
        "About 200 striking nurses gathered outside the hospital, chanting “Safe staff save lives!”\n\n"
        "Health Minister Omar Said defended the plan on Monday, insisting it would cut waiting lists."
    )
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("direct", "striking nurses"),
        ("indirect", "Omar Said"),
    ]


def test_a_quote_after_a_sentence_about_someone_is_theirs() -> None:
    """'Mulvey is more cautious. ‘...’' and 'O'Brien laughs at that. ‘...’': the sentence subject speaks."""
    text = (
        "Drummer Declan Mulvey and singer Conor Bell formed the band in 1990.\n\n"
        "Bell laughs at that. ‘Fair enough. We were terrible.’"
    )
    [quote] = _direct(text)
    assert quote.speaker is not None and (quote.speaker.name, quote.rule) == ("Conor Bell", "intro-sentence")


def test_plural_roles_are_groups_and_what_x_called_names_x() -> None:
    """'the authors conclude that ... ‘...’' is the authors'; 'in what residents called "..."' theirs."""
    text = (
        "Writing in a journal, the authors conclude that cities should consider ‘car-free Sundays’.\n\n"
        "The road was closed for a month, in what residents called “a total shambles”."
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in _direct(text)] == [
        ("car-free Sundays", "authors"),
        ("a total shambles", "residents"),
    ]


def test_an_anonymous_source_at_an_institution_is_a_described_person() -> None:
    """'A source at the Elysée, speaking on condition of anonymity, told AFP' is 'source at the Elysée'."""
    text = (
        "A source at the Elysée, speaking on condition of anonymity, told AFP the president was «furious» "
        "about the delay."
    )
    [quote] = _direct(text)
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.kind) == (
        "source at the Elysée",
        "person",
    )


# --- round 7: one snippet per mechanism (subjects, names, entry headlines, titles, cues) ---


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in _direct(text)]


def test_a_name_stops_before_of_and_its_place() -> None:
    """'Senator Ruth Okafor of Nebraska' is Ruth Okafor, so 'Ms. Okafor said' gets the full name."""
    text = (
        "Democrats, led by Senator Ruth Okafor of Nebraska, have resisted the cuts.\n\n"
        "“We will not trade school meals for tax breaks,” Ms. Okafor said in an interview."
    )
    assert _pairs(text) == [("We will not trade school meals for tax breaks,", "Ruth Okafor")]


def test_pro_tem_is_part_of_the_title_not_the_name() -> None:
    """'President Pro Tem Hal Brewer' is Hal Brewer."""
    text = "Council President Pro Tem Hal Brewer said the budget was “balanced, if barely.”"
    assert _pairs(text) == [("balanced, if barely.", "Hal Brewer")]


def test_legal_form_and_bracketed_acronym_resolve_an_organisation() -> None:
    """'Harbourline Foods Inc.' speaks as Harbourline Foods; 'A DfT spokesperson' as the department
    named with '(DfT)' earlier."""
    text = (
        "Harbourline Foods Inc. said demand was “holding up well”.\n\n"
        "Figures from the Department for Transport (DfT) show rail use is rising.\n\n"
        "A DfT spokesperson said the timetable was “under review”."
    )
    assert _pairs(text) == [
        ("holding up well", "Harbourline Foods"),
        ("under review", "Department for Transport"),
    ]


def test_a_clause_after_but_or_as_has_its_own_subject() -> None:
    """'..., as nurses warned ...' and '..., but Labour's X dismissed it as ...' name the later subject;
    '"...", while the mayor said ...' leaves the quote to the cue before it."""
    text = (
        "Waiting lists grew again last month, official data show, as nurses warned the strain was "
        "“relentless”.\n\n"
        "Finance chief Tom Varga said the levy would ‘pay for itself’, but Labour’s Ines Moro dismissed "
        "it as ‘a tax on ambition’.\n\n"
        "Critic Lena Brandt called the film “a quiet triumph”, while the producer, Omar Reyes, said it "
        "“took ten years to make.”"
    )
    assert _pairs(text) == [
        ("relentless", "nurses"),
        ("pay for itself", "Tom Varga"),
        ("a tax on ambition", "Ines Moro"),
        ("a quiet triumph", "Lena Brandt"),
        ("took ten years to make.", "Omar Reyes"),
    ]


def test_an_appositive_subject_and_a_plural_possessive_role() -> None:
    """'The Greens' housing spokeswoman, Ada Kerr, dismissed ...' and 'Ports' Board chair Ian Moss
    posted ...' are Ada Kerr and Ian Moss."""
    text = (
        "The Greens’ housing spokeswoman, Ada Kerr, dismissed the scheme as ‘window dressing’.\n\n"
        'Ports\' Board chair Ian Moss posted on X that both sides should talk "this week, not next."'
    )
    assert _pairs(text) == [("window dressing", "Ada Kerr"), ("this week, not next.", "Ian Moss")]


def test_a_bullet_line_is_its_own_sentence() -> None:
    """In a key-points list, the subject of '• The council says it is "...”' is the council, not the
    bullets above it."""
    text = (
        "Ferry strike live: crossings cancelled\n\n"
        "Key points:\n"
        "• About 900 crew walked out at dawn\n"
        '• Harbour Council says it is "watching closely"\n\n'
        "Crews at the Larne terminal began picketing before 6 a.m."
    )
    assert _pairs(text) == [("watching closely", "Harbour Council")]


def test_live_blog_entry_headline_takes_the_first_speaker_of_its_entry() -> None:
    """'Union chief: 'We are ready'' under a time line is the words of the entry's first speaker; a
    reader comment signed '- Tomasz, Leith' is Tomasz's."""
    text = (
        "Ferry strike live: crossings cancelled\n\n"
        "9:05 a.m.\n"
        "Union chief: 'We are ready'\n\n"
        "Seafarers Union general secretary Nora Quinn spoke outside the terminal. "
        '"We are ready for a long dispute," she said.\n\n'
        "8:40 a.m.\n"
        "Reader comment\n\n"
        '"Stuck in Cairnryan with two kids and a dog." - Tomasz, Leith'
    )
    assert _pairs(text) == [
        ("We are ready", "Nora Quinn"),
        ("We are ready for a long dispute,", "Nora Quinn"),
        ("Stuck in Cairnryan with two kids and a dog.", "Tomasz"),
    ]


def test_nicknames_and_programme_titles_are_not_quotes() -> None:
    """'Margaret “Maggie” Doyle' is Margaret Doyle and no quote; 'the “Today” programme' is a title;
    'TRANSCRIPT:' on a headline is no speaker label."""
    text = (
        "TRANSCRIPT: Mayor Ellen Park on the flood\n\n"
        "Club stalwart Margaret “Maggie” Doyle was on BBC Radio Ulster’s “Evening Extra” programme.\n\n"
        "“It has taken far too long,” Doyle said."
    )
    assert _pairs(text) == [("It has taken far too long,", "Margaret Doyle")]


def test_more_reported_speech_cues() -> None:
    """', arguing that', ', the press service reported.' and a closing ', according to the coroner's
    office.' report speech; ', according to the report.' does not."""
    text = (
        "Senator Lee Carver has resisted the bill, arguing that the subsidy would raise prices.\n\n"
        "The ambassador was summoned on Tuesday over the closure, the ministry's press service reported.\n\n"
        "Three hikers died on the ridge last winter, according to the county coroner's office.\n\n"
        "Emergency calls rose by a third in the storm, according to the report."
    )
    said = [
        (q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(text) if q.kind == "indirect"
    ]
    assert said == [
        ("the subsidy would raise prices", "Lee Carver"),
        ("The ambassador was summoned on Tuesday over the closure", "ministry's press service"),
        ("Three hikers died on the ridge last winter", "county coroner's office"),
    ]


def test_gender_comes_from_the_pronoun_that_goes_with_each_mention() -> None:
    """'Mayor Rosa Kell's cabinet ... his conduct' and 'with Kell. In his letter, Arden' tell nothing of
    Kell; 'In her reply, Kell ...' makes Kell a woman, so 'she wrote' is Kell's."""
    text = (
        "Transport chief Piers Arden quit on Monday, the second official to leave Mayor Rosa Kell's cabinet "
        "this year, after an inquiry into his conduct.\n\n"
        "Arden stepped down after talks with Kell. In his letter, Arden said he had done nothing wrong.\n\n"
        "In her reply, Kell thanked him. “Piers leaves the network in better shape than he found it,” "
        "she wrote."
    )
    assert _pairs(text)[-1] == ("Piers leaves the network in better shape than he found it,", "Rosa Kell")


def test_her_coach_is_not_a_woman() -> None:
    """'Her coach, Sam Ruiz, said': the 'her' before an appositive subject belongs to someone else, so
    'he said' still finds the coach."""
    text = (
        "Lena Ward reached the final on Friday.\n\n"
        "Her coach, Sam Ruiz, praised the win. “The serve is back to its best,” he said."
    )
    assert _pairs(text) == [("The serve is back to its best,", "Sam Ruiz")]


def test_a_pronoun_opening_a_sentence_makes_no_subject_of_its_object() -> None:
    """'She thanks Moss for his work': Moss is the object, so a 'she' after it still finds the woman
    whose reply opened the entry (the 'his' after 'Holt's cabinet' and 'met Holt' are Moss's)."""
    text = (
        "Minister Tom Moss left Premier Dana Holt's cabinet tonight over his expenses. He met Holt and "
        "handed over his letter.\n\n"
        "Holt's reply is out. She thanks Moss for his work and says she has “every confidence in him”."
    )
    assert _pairs(text)[-1] == ("every confidence in him", "Dana Holt")


def test_a_quote_inside_a_transcript_turn_goes_to_the_person_its_cue_names() -> None:
    """In 'HOST: ... Senator Ana Ruiz said that “...”' the quote is Ruiz's, 'your own engineers called it
    "..."' is the engineers', and a 'he said' never means the one speaking the turn."""
    text = (
        "HOST: Senator Ana Ruiz said last week that “the bridge is a scandal”. Your own engineers called "
        'the deck "badly corroded". Do you agree?\n\n'
        "GOVERNOR PAUL BRENNER: I met a contractor once. He said it was “perfectly sound”. I believe the "
        "engineers.\n\n"
        "HOST: Thank you, Governor."
    )
    quoted = {q.text: q.speaker.name if q.speaker else None for q in _direct(text)}
    assert quoted["the bridge is a scandal"] == "Ana Ruiz"
    assert quoted["badly corroded"] == "engineers"
    assert quoted["perfectly sound"] is None
