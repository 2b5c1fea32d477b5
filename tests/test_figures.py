"""Figures: values as ranges, the counted noun, who gave them, and what is not a figure."""

from __future__ import annotations

import math

import pytest

from quotecheck.extract.figures import attribute_from_quotes, extract_figures
from quotecheck.model import Article, Figure, Quote, Speaker

INF = math.inf


def figures(text: str) -> list[Figure]:
    return extract_figures(Article.from_text(text))


def only(text: str) -> Figure:
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Russia was pulling 4,000 troops to the border.", "4,000", 4000, 4000),
        ("Ukraine estimated the build-up at 100,000 troops.", "100,000", 100000, 100000),
        ("About 1.5 million people have fled.", "About 1.5 million", 1350000, 1650000),
        ("The firm raised 2.3bn shares.", "2.3bn", 2.3e9, 2.3e9),
        ("More than 10k people signed.", "More than 10k", 10000, INF),
        ("Fifteen warships entered the Black Sea.", "Fifteen", 15, 15),
        ("Two dozen tanks were seen on the highway.", "Two dozen", 24, 24),
        ("Twenty-eight soldiers were wounded.", "Twenty-eight", 28, 28),
        ("A hundred and twenty families were evacuated.", "A hundred and twenty", 120, 120),
        ("Several dozen residents refused to leave.", "Several dozen", 36, 108),
        ("Several hundred protesters gathered.", "Several hundred", 300, 900),
        ("Half a million people marched in the capital.", "Half a million", 5e5, 5e5),
        ("A quarter of a million people fled the fighting.", "A quarter of a million", 2.5e5, 2.5e5),
        ("Three-quarters of a million homes lost power.", "Three-quarters of a million", 7.5e5, 7.5e5),
        ("The city has 1.2m people.", "1.2m", 1.2e6, 1.2e6),
        ("Some 1\u00a0200 soldiers crossed the river.", "Some 1\u00a0200", 1080, 1320),
        ("Officials counted 12\u202f500\u202f000 ballots.", "12\u202f500\u202f000", 1.25e7, 1.25e7),
    ],
)
def test_numbers_in_digits_and_words(sentence: str, text: str, low: float, high: float) -> None:
    """Digits with separators and scales, number words and compounds read to their value."""
    figure = only(sentence)
    assert (figure.text, figure.low, figure.high) == (text, low, high)


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Dozens of protesters gathered.", "Dozens", 24, 99),
        ("Hundreds of people queued for fuel.", "Hundreds", 200, 999),
        ("Thousands of families lost heating.", "Thousands", 2000, 9999),
        ("Tens of thousands of troops remain.", "Tens of thousands", 20000, 99999),
        ("Hundreds of thousands of people watched.", "Hundreds of thousands", 200000, 999999),
        ("Millions of viewers tuned in.", "Millions", 2e6, 999999999),
        ("A few journalists were let in.", "A few", 2, 5),
        ("Several Ukrainian soldiers were killed.", "Several", 3, 9),
        ("A dozen drones were shot down.", "A dozen", 12, 12),
        ("A couple of drones were spotted.", "A couple of", 2, 2),
    ],
)
def test_vague_quantities_are_ranges(sentence: str, text: str, low: float, high: float) -> None:
    """Vague quantities read as the ranges of the documented table, always approximate."""
    figure = only(sentence)
    assert (figure.text, figure.low, figure.high, figure.approximate) == (text, low, high, True)


def test_several_and_a_few_need_a_counted_noun() -> None:
    """ "several" and "a few" are figures only when a counted noun follows."""
    assert figures("He spoke to several of them and a few more.") == []


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("About 500 people attended.", "About 500", 450, 550),
        ("Some 40 villages remain without power.", "Some 40", 36, 44),
        ("An estimated 10,000 refugees crossed.", "An estimated 10,000", 9000, 11000),
        ("Nearly 200 civilians were evacuated.", "Nearly 200", 180, 200),
        ("Close to 2 million people live there.", "Close to 2 million", 1.8e6, 2e6),
        ("More than 13,000 people have been killed.", "More than 13,000", 13000, INF),
        ("Over 1,000 servicemen took part.", "Over 1,000", 1000, INF),
        ("At least 12 people were injured.", "At least 12", 12, INF),
        ("Fewer than 100 residents returned.", "Fewer than 100", 0, 100),
        ("Up to 25 battalion tactical groups could arrive.", "Up to 25", 0, 25),
        ("Between 3 and 5 people died.", "Between 3 and 5", 3, 5),
        ("Officials counted 3-5 strikes a day.", "3-5", 3, 5),
        ("Officials counted 3 to 5 strikes a day.", "3 to 5", 3, 5),
        ("Between 5 and 6 million people voted.", "Between 5 and 6 million", 5e6, 6e6),
    ],
)
def test_modifiers_and_ranges(sentence: str, text: str, low: float, high: float) -> None:
    """Modifiers widen or open the range; ranges keep both ends; all are approximate."""
    figure = only(sentence)
    assert (figure.text, figure.approximate) == (text, True)
    assert figure.low == pytest.approx(low) and figure.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "unit", "value"),
    [
        ("The EU approved $4.5 billion in aid.", "$4.5 billion", "money", "USD", 4.5e9),
        ("Germany gave 50 million euros.", "50 million euros", "money", "EUR", 5e7),
        ("Britain announced £88 million for the region.", "£88 million", "money", "GBP", 8.8e7),
        ("Sales reached €1.5bn last year.", "€1.5bn", "money", "EUR", 1.5e9),
        ("Inflation reached 12% in March.", "12%", "percent", None, 12),
        ("Turnout was 62 percent.", "62 percent", "percent", None, 62),
        ("Support fell to 9.5 per cent.", "9.5 per cent", "percent", None, 9.5),
        ("Three quarters of the troops had left.", "Three quarters", "percent", None, 75),
        ("Seven in 10 voters backed the plan.", "Seven in 10", "percent", None, 70),
        ("Two-thirds of voters backed the plan.", "Two-thirds", "percent", None, 200 / 3),
        ("The scheme will cost £3.5bn, the Treasury said.", "£3.5bn", "money", "GBP", 3.5e9),
        ("Seats sold for €1,000 each.", "€1,000", "money", "EUR", 1000),
        ("The bank lent US$2 million to farmers.", "US$2 million", "money", "USD", 2e6),
        ("The club paid $1.2m for the striker.", "$1.2m", "money", "USD", 1.2e6),
        ("The fund now holds $1.5 trillion.", "$1.5 trillion", "money", "USD", 1.5e12),
        ("Turnout rose 5 per cent on the last vote.", "5 per cent", "percent", None, 5),
    ],
)
def test_money_and_percent_are_their_own_kinds(
    sentence: str, text: str, kind: str, unit: str | None, value: float
) -> None:
    """Money keeps its currency in the text and as a code; percent keeps its sign or word."""
    figure = only(sentence)
    assert (figure.text, figure.kind, figure.unit, figure.noun) == (text, kind, unit, None)
    assert figure.low == figure.high == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Russia moved thousands of combat-ready troops to the border.", "troops"),
        ("Russia deployed 28 battalion tactical groups along the border.", "battalion tactical groups"),
        ("Russia withdrew only 3,500 of the troops from Crimea.", "troops"),
        ("Tens of thousands of military personnel remain.", "personnel"),
        ("Several Russian soldiers were seen.", "soldiers"),
        ("Russia has 10 landing craft and more.", "landing craft"),
        ("Over 1,000 servicemen took part.", "servicemen"),
        ("The navy sent 5 patrol ships.", "patrol ships"),
        ("More than 13,000 people have been killed.", "people"),
    ],
)
def test_counted_noun_is_the_head_without_adjectives(sentence: str, noun: str) -> None:
    """The noun is the counted head: adjectives dropped, noun compounds and known units kept."""
    assert only(sentence).noun == noun


def test_figure_with_no_counted_noun_has_none() -> None:
    """A figure followed by no noun ("estimated at 100,000, was ...") keeps noun None."""
    assert only("The build-up, which Ukraine estimated at 100,000, was dangerous.").noun is None


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Russia's build-up, which Ukraine estimated at 100,000, was dangerous.", "Ukraine"),
        ("According to UN estimates, more than 13,000 people have been killed.", "UN"),
        (
            "On March 31, 2021, The New York Times reported Russia was pulling 4,000 troops.",
            "The New York Times",
        ),
        ("At least 31 people died, the interior ministry said on Wednesday.", "interior ministry"),
        (
            "Ukrainian President Volodymyr Zelensky said Russia had withdrawn 3,500 troops.",
            "Volodymyr Zelensky",
        ),
        ("Police estimated the crowd at 25,000 people.", "Police"),
    ],
)
def test_attribution_when_the_sentence_says_so(sentence: str, who: str) -> None:
    """Who gave a figure: "according to X", "X said/estimated/reported", titles dropped."""
    assert only(sentence).attributed_to == who


def test_pronoun_attribution_is_left_to_the_quotes() -> None:
    """ "he said" names nobody; a quotation's resolved speaker fills the gap on request."""
    text = 'Stoltenberg spoke. "Tens of thousands remain in Ukraine," he said.'
    article = Article.from_text(text)
    [figure] = extract_figures(article)
    assert figure.attributed_to is None
    start = text.index("Tens")
    quote = Quote(
        text=text[start : text.index(",", start)],
        start=start,
        end=text.index(",", start),
        kind="direct",
        speaker=Speaker("Jens Stoltenberg"),
    )
    [filled] = attribute_from_quotes([figure], [quote])
    assert filled.attributed_to == "Jens Stoltenberg"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has deployed T-72B3 tanks and Su-25SM3 warplanes to Crimea.",
        "The convoy carried 120mm mortars and 122mm howitzers.",
        "The Netherlands will send F-16 jets, the G7 said.",
        "COVID-19 rules were lifted under Article 5 of the treaty.",
        "Call 555-1234 or +380 44 123 4567 for details.",
        "The meeting started at 10:30 a.m. and ended at 1500 GMT.",
        "The seven-year conflict and the 15-member council came up.",
        "The 3rd Brigade and the 21st regiment moved since the first week.",
        "Moscow annexed Crimea in 2014; the 2014 annexation was condemned.",
        "Rain of up to 15 cm is forecast, and 40 km of trenches were dug.",
        "The attack lasted 24 hours and the siege two weeks.",
        "The bus stopped at junctions 10 and 11, near Ward 7 and the iPhone 15 store, open 24/7.",
        "Children under 12 travel free; the second half of the match was dull.",
        "The motion passed by 203 votes to 180.",
        "A woman, 34, was rescued; the two nations disagree.",
    ],
)
def test_not_figures(sentence: str) -> None:
    """Designations, calibres, labels, phone numbers, times, years, durations, ages, ordinals."""
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "low", "high"),
    [
        ("Police said 2,000-3,000 people gathered.", "2,000-3,000", "count", 2000, 3000),
        ("Support is between 40 and 50 percent.", "between 40 and 50 percent", "percent", 40, 50),
        ("The toll rose from 10 to 12 deaths.", "10 to 12", "count", 10, 12),
        ("Prices rose 40-50% last year.", "40-50%", "percent", 40, 50),
    ],
)
def test_ranges_as_news_writes_them(sentence: str, text: str, kind: str, low: float, high: float) -> None:
    """Hyphenated, "between ... and" and "from ... to" ranges give both ends, in any kind."""
    figure = only(sentence)
    assert (figure.text, figure.kind, figure.low, figure.high) == (text, kind, low, high)


def test_a_plain_space_never_joins_digit_groups() -> None:
    """ "In 2021 300 people" is a year and a count, never 2,021,300: only a no-break or thin
    space groups thousands, and a run-on digit pair is left alone rather than guessed."""
    assert all(f.low < 2e6 for f in figures("In 2021 300 people were hurt."))
    assert all(f.low < 2e6 for f in figures("Some 2 500 000 people voted."))


def test_a_fraction_with_nothing_after_is_not_a_figure() -> None:
    """ "fell by half" and "two-thirds" alone name a change, not a share of something counted."""
    assert figures("Unemployment fell by half in two years.") == []
    assert figures("The budget was cut by two-thirds.") == []


def test_a_number_of_troops_after_in_is_a_count_not_a_year() -> None:
    """A four-digit number followed by a counted noun is a count ("2000 troops"), not a year."""
    figure = only("The ministry said 2000 troops had been rotated out.")
    assert (figure.low, figure.noun) == (2000, "troops")


def test_spans_index_the_text_as_loaded() -> None:
    """Spans point into the original text, curly quotes and dashes included."""
    text = "Stoltenberg condemned a build-up of \u201cthousands\u201d of troops \u2013 some 40 villages."
    for figure in figures(text):
        assert text[figure.start : figure.end] == figure.text
    assert [f.text for f in figures(text)] == ["thousands", "some 40"]
    assert figures(text)[0].noun == "troops"


def test_a_plain_string_is_accepted() -> None:
    """A string is read as an article with no metadata."""
    [figure] = extract_figures("Russia moved 4,000 troops to the border.")
    assert (figure.text, figure.start, figure.noun, figure.article) == ("4,000", 13, "troops", "text")
