"""Dates: explicit and partial dates, relative dates against the publication date,
weekday mismatches, and the publication date itself."""

from __future__ import annotations

import datetime as dt

import pytest

from quotecheck.extract.dates import extract_dates, publication_date, weekday_mismatches
from quotecheck.model import Article, DateMention

WEDNESDAY = dt.date(2021, 4, 14)


def dates(text: str, published: dt.date | None = WEDNESDAY) -> list[DateMention]:
    return extract_dates(Article.from_text(text, published=published))


def only(text: str, published: dt.date | None = WEDNESDAY) -> DateMention:
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "date", "granularity"),
    [
        ("The decree, dated 2021-04-13, was published.", "2021-04-13", dt.date(2021, 4, 13), "day"),
        ("They met in Brussels on April 13, 2021.", "April 13, 2021", dt.date(2021, 4, 13), "day"),
        ("The ceasefire was agreed on 27 July 2020.", "27 July 2020", dt.date(2020, 7, 27), "day"),
        ("Talks resume on Apr. 13, diplomats said.", "Apr. 13", dt.date(2021, 4, 13), "day"),
        ("Restrictions were lifted on May 25.", "May 25", dt.date(2021, 5, 25), "day"),
        ("Images were taken on 13.11.2021.", "13.11.2021", dt.date(2021, 11, 13), "day"),
        ("In March 2021, Russia deployed more forces.", "March 2021", dt.date(2021, 3, 1), "month"),
        ("Fighting has continued since 2014.", "2014", dt.date(2014, 1, 1), "year"),
        ("Units began moving in mid-October.", "October", dt.date(2021, 10, 1), "month"),
        ("The talks, held from Nov. 3-5, failed.", "Nov. 3-5", dt.date(2021, 11, 3), "day"),
        ("Talks ran on 5 and 6 May.", "5 and 6 May", dt.date(2021, 5, 5), "day"),
        ("The order is dated 2021/03/12.", "2021/03/12", dt.date(2021, 3, 12), "day"),
        ("The order is dated 12-03-2021.", "12-03-2021", dt.date(2021, 3, 12), "day"),
        ("The order is dated 04/13/2021.", "04/13/2021", dt.date(2021, 4, 13), "day"),
        ("The order was filed on 4/13/2021.", "4/13/2021", dt.date(2021, 4, 13), "day"),
        ("It happened on the 13th of April.", "13th of April", dt.date(2021, 4, 13), "day"),
        ("It happened on April 13th, police said.", "April 13th", dt.date(2021, 4, 13), "day"),
        ("The vote was held on 13th April 2021.", "13th April 2021", dt.date(2021, 4, 13), "day"),
        ("The deadline is Sept. 30, officials said.", "Sept. 30", dt.date(2021, 9, 30), "day"),
        ("The law took effect Jan. 5, 2022.", "Jan. 5, 2022", dt.date(2022, 1, 5), "day"),
        ("Logged at 2021-04-13T10:00:00Z by the server.", "2021-04-13", dt.date(2021, 4, 13), "day"),
        ("Talks resume in mid-April.", "April", dt.date(2021, 4, 1), "month"),
        ("The summit runs April 13-15 in Geneva.", "April 13-15", dt.date(2021, 4, 13), "day"),
    ],
)
def test_explicit_and_partial_dates(sentence: str, text: str, date: dt.date, granularity: str) -> None:
    """ISO, month-day-year, day-month-year, abbreviations, month-year, years; no year -> publication's."""
    mention = only(sentence)
    assert (mention.text, mention.date, mention.granularity, mention.relative) == (
        text,
        date,
        granularity,
        False,
    )


def test_weekday_with_date_is_one_mention() -> None:
    """ "Tuesday, May 25" is one mention carrying the weekday name."""
    mention = only("He spoke on Tuesday, May 25, at NATO headquarters.")
    assert (mention.text, mention.weekday, mention.date) == (
        "Tuesday, May 25",
        "Tuesday",
        dt.date(2021, 5, 25),
    )


def test_year_less_date_takes_the_articles_latest_year_without_publication() -> None:
    """With no publication date, "May 25" takes the latest year the article states."""
    found = dates("On May 6, 2021, troops left. He spoke on Tuesday, May 25.", published=None)
    assert [d.date for d in found] == [dt.date(2021, 5, 6), dt.date(2021, 5, 25)]


def test_year_less_date_with_nothing_to_go_on_is_unresolved() -> None:
    """No publication date and no year in the article: the date stays None."""
    assert only("Restrictions were lifted on May 25.", published=None).date is None


@pytest.mark.parametrize(
    ("sentence", "text", "date", "granularity"),
    [
        ("Biden on Tuesday had a phone call with Putin.", "Tuesday", dt.date(2021, 4, 13), "day"),
        ("Peskov told journalists on Wednesday.", "Wednesday", dt.date(2021, 4, 14), "day"),
        ("Kuleba met Blinken later Tuesday.", "Tuesday", dt.date(2021, 4, 13), "day"),
        ("The vote was held last Wednesday.", "last Wednesday", dt.date(2021, 4, 7), "day"),
        ("The summit is next Tuesday.", "next Tuesday", dt.date(2021, 4, 20), "day"),
        ("Yesterday the ministry confirmed it.", "Yesterday", dt.date(2021, 4, 13), "day"),
        ("The president speaks today.", "today", dt.date(2021, 4, 14), "day"),
        ("The convoy arrives tomorrow.", "tomorrow", dt.date(2021, 4, 15), "day"),
        ("Prices rose last week.", "last week", dt.date(2021, 4, 5), "week"),
        ("Fighting grew earlier this month.", "earlier this month", dt.date(2021, 4, 1), "month"),
        ("Spending has doubled this year.", "this year", dt.date(2021, 1, 1), "year"),
        ("The minister resigned last year.", "last year", dt.date(2020, 1, 1), "year"),
        ("Two days ago the ministry denied it.", "Two days ago", dt.date(2021, 4, 12), "day"),
        ("Shelling resumed on Tuesday night.", "Tuesday", dt.date(2021, 4, 13), "day"),
        ("They met last Tuesday in Minsk.", "last Tuesday", dt.date(2021, 4, 13), "day"),
        ("They meet next Monday in Minsk.", "next Monday", dt.date(2021, 4, 19), "day"),
        ("Talks continue this week.", "this week", dt.date(2021, 4, 12), "week"),
        ("Officials spoke to reporters this morning.", "this morning", dt.date(2021, 4, 14), "day"),
        ("The unit left three weeks ago.", "three weeks ago", dt.date(2021, 3, 24), "day"),
        ("He left the city a fortnight ago.", "a fortnight ago", dt.date(2021, 3, 31), "day"),
        ("The plant closed two months ago.", "two months ago", dt.date(2021, 2, 1), "month"),
        ("The war began eight years ago.", "eight years ago", dt.date(2013, 1, 1), "year"),
        ("Prices rose late last year.", "last year", dt.date(2020, 1, 1), "year"),
    ],
)
def test_relative_dates_resolve_against_publication(
    sentence: str, text: str, date: dt.date, granularity: str
) -> None:
    """ "on Tuesday" is the latest Tuesday on or before publication; words resolve likewise."""
    mention = only(sentence)
    assert (mention.text, mention.date, mention.granularity, mention.relative) == (
        text,
        date,
        granularity,
        True,
    )


def test_ambiguous_slashed_date_keeps_only_its_year() -> None:
    """04/05/2021 could be April 5 or May 4: no day is guessed."""
    mention = only("The order is dated 04/05/2021.")
    assert (mention.date, mention.granularity) == (dt.date(2021, 1, 1), "year")


def test_relative_dates_without_publication_stay_unresolved() -> None:
    """Without a publication date a weekday or "this year" keeps its name but no date."""
    found = dates("On Tuesday, Kuleba met Stoltenberg; this year 50 died.", published=None)
    assert [(d.text, d.date, d.weekday, d.relative) for d in found] == [
        ("Tuesday", None, "Tuesday", True),
        ("this year", None, None, True),
    ]


def test_inferred_publication_date_does_not_resolve_relative_dates() -> None:
    """A guessed publication date never turns "on Monday" into a stated fact."""
    article = Article(id="x", text="On Monday, NATO met.", published=WEDNESDAY, published_inferred=True)
    assert extract_dates(article)[0].date is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2000 troops and the 1,500 tanks.",
        "The meeting started at 10:30 and COVID-19 cases rose under Article 5.",
        "Over the last days, in recent weeks, troops arrived.",
        "USA Today and Russia Today reported it.",
        "He may stay; she will march.",
        "He had called the day before.",
    ],
)
def test_not_dates(sentence: str) -> None:
    """Counts, clock times, designations, vague periods, titles and verbs are not dates."""
    assert dates(sentence) == []


def test_weekday_mismatch_gives_both_spans() -> None:
    """A weekday stated with a date it does not fall on yields the weekday's and the date's spans."""
    text = "The minister arrived on Tuesday, May 26, 2021 for talks."
    article = Article.from_text(text)
    [(stated, actual)] = weekday_mismatches(article, extract_dates(article))
    assert (stated.text, stated.weekday) == ("Tuesday", "Tuesday")
    assert (actual.text, actual.date) == ("May 26, 2021", dt.date(2021, 5, 26))
    assert text[stated.start : stated.end] == "Tuesday" and text[actual.start : actual.end] == "May 26, 2021"


def test_matching_weekdays_raise_nothing() -> None:
    """ "Wednesday, May 26, 2021" and "Friday, 14 May 2021" fit their dates."""
    text = "It was issued on Wednesday, May 26, 2021, after the vote on Friday, 14 May 2021."
    article = Article.from_text(text)
    assert weekday_mismatches(article, extract_dates(article)) == []


def test_year_less_mismatch_is_reported_against_the_publication_year() -> None:
    """ "Monday, Nov. 7" in copy published in November 2021 is a Sunday: a mismatch."""
    article = Article.from_text("The parade took place on Monday, Nov. 7.", published=dt.date(2021, 11, 16))
    assert len(weekday_mismatches(article, extract_dates(article))) == 1


def test_weekday_carries_a_year_less_date_over_new_year() -> None:
    """ "Tuesday, Dec. 28" published in January 2022 is the Tuesday of December 2021."""
    mention = only("Talks ended on Tuesday, Dec. 28.", published=dt.date(2022, 1, 4))
    assert mention.date == dt.date(2021, 12, 28)


def test_publication_date_from_metadata_header() -> None:
    """The seed header is metadata: it sets the publication date and is not a mention."""
    article = Article.from_text(" date 2021-04-14 Biden on Tuesday called Putin.")
    assert publication_date(article) == (dt.date(2021, 4, 14), False)
    assert [d.text for d in extract_dates(article)] == ["Tuesday"]


def test_publication_date_inferred_from_a_dateline() -> None:
    """A full date opening the copy is taken as the dateline, marked inferred."""
    article = Article.from_text("KYIV, April 13, 2021 - Troops moved. On March 30, 2019, they did not.")
    assert publication_date(article) == (dt.date(2021, 4, 13), True)


def test_publication_date_inferred_from_the_latest_full_date() -> None:
    """Without a dateline, the latest explicit full date stands in, marked inferred."""
    text = "Troops massed for weeks.\n\nOn April 22, 2021, Shoigu spoke. On May 6, 2021, Zelensky replied."
    assert publication_date(Article.from_text(text)) == (dt.date(2021, 5, 6), True)


def test_publication_date_unknown() -> None:
    """With no metadata and no full date, the publication date is unknown, not guessed."""
    assert publication_date(Article.from_text("On Monday the G7 warned Moscow.")) == (None, False)


def test_a_plain_string_is_accepted() -> None:
    """A string is read as an article with no publication date: weekdays stay unresolved."""
    assert [(d.text, d.date) for d in extract_dates("NATO met on Tuesday, April 13, 2021.")] == [
        ("Tuesday, April 13, 2021", dt.date(2021, 4, 13))
    ]


def test_weekday_is_not_checked_against_a_year_borrowed_from_elsewhere_in_the_copy() -> None:
    """With no publication date, "Thursday, September 12" is not held to the 2015 a background
    sentence mentions: the year is a guess, and a mismatch would only show the guess wrong."""
    text = (
        "The minister resigned after a meeting on Thursday, September 12, that lasted an hour.\n\n"
        "She was first elected in 2015."
    )
    article = Article.from_text(text)
    assert weekday_mismatches(article, extract_dates(article)) == []


def test_weekday_is_not_checked_against_an_inferred_publication_year() -> None:
    """A publication date inferred from the text is not a known year for a year-less date."""
    text = "Drivers walked out on Tuesday, March 5, after talks failed."
    article = Article(id="x", text=text, published=dt.date(2022, 3, 9), published_inferred=True)
    assert weekday_mismatches(article, extract_dates(article)) == []


def test_weekday_is_checked_against_a_year_stated_in_the_mention() -> None:
    """ "Thursday, September 12, 2015" states its year: 2015-09-12 was a Saturday, a mismatch even
    in copy with no publication date."""
    text = "The vote took place on Thursday, September 12, 2015, in the old chamber."
    article = Article.from_text(text)
    [(stated, actual)] = weekday_mismatches(article, extract_dates(article))
    assert (stated.text, actual.text, actual.date) == ("Thursday", "September 12, 2015", dt.date(2015, 9, 12))


def test_weekday_is_checked_against_a_known_publication_year() -> None:
    """A year-less "Friday, June 13" in copy dated 2024-05-22 by its metadata is a Thursday: reported."""
    article = Article.from_text("Sentencing is set for Friday, June 13.", published=dt.date(2024, 5, 22))
    [(stated, actual)] = weekday_mismatches(article, extract_dates(article))
    assert (stated.weekday, actual.date) == ("Friday", dt.date(2024, 6, 13))
