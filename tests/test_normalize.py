"""Normalization: structure found by shape, offsets never moved."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import quotecheck as qc
from quotecheck.normalize import _FOLD_MAP, fold, layout

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"


def _masked(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], reason) for s, e, reason in layout(text).masked]


def test_fold_keeps_length_and_unifies_typography() -> None:
    """Curly quotes, dashes and odd spaces fold to ASCII one character for one."""
    text = "“Kyiv’s – «no»\u00a0…”"
    assert fold(text) == '"Kyiv\'s - "no" ."'
    assert len(fold(text)) == len(text)


@given(st.text(max_size=300) | st.text(alphabet="ab \t`'\"“”‘’«»–—…\u00a0", max_size=50))
def test_fold_equals_a_character_by_character_translation(text: str) -> None:
    """fold, which touches only the characters that change, equals translating every character."""
    assert fold(text) == text.translate(str.maketrans(_FOLD_MAP))


def test_glued_teaser_is_masked_up_to_the_glue_point() -> None:
    """A 'Read also' headline glued to the next sentence is masked; the sentence stays."""
    text = "Intro.\n\nRead alsoTalks collapse in Geneva over grain dealAccording to Smith, it failed."
    assert _masked(text) == [("Read alsoTalks collapse in Geneva over grain deal", "teaser")]
    clean = layout(text).clean
    assert clean.endswith("According to Smith, it failed.") and len(clean) == len(text)


def test_label_lines_other_scripts_and_credits_are_furniture() -> None:
    """Short label lines, a line in another script and a photo credit are masked."""
    text = (
        "Ports reopen after storm / AFP\n\nReading Time: 2 minutes\n\nThe port reopened on Friday.\n\n"
        "Видео дня\n\nTranslation: Anna Petrenko\n\nAdvertisement"
    )
    assert _masked(text) == [
        (" / AFP", "credit"),
        ("Reading Time: 2 minutes", "label"),
        ("Видео дня", "other-script"),
        ("Translation: Anna Petrenko", "label"),
        ("Advertisement", "furniture"),
    ]
    paragraphs = [text[s:e] for s, e in layout(text).paragraphs]
    assert paragraphs == ["Ports reopen after storm", "The port reopened on Friday."]


def test_a_headline_quoting_someone_after_a_colon_is_copy() -> None:
    """ "Minister: ‘Stay where you are’" is a headline with a quote, not a label line."""
    for headline in ("Minister: ‘Stay where you are’", "Mayor: 'We will rebuild'"):
        assert layout(f"{headline}\n\nThe storm hit on Friday.").masked == ()


def test_transcript_labels_are_copy() -> None:
    """A speaker label line in a transcript is not mistaken for furniture."""
    text = "MODERATOR: Next question\n\nSTOLTENBERG: We are concerned."
    assert layout(text).masked == ()


def test_sentences_respect_abbreviations() -> None:
    """Titles and initials do not end sentences; real full stops do."""
    text = "Sen. Tammy Baldwin met Gen. J. Smith in the U.S. capital. They talked. Then left."
    sentences = [text[s:e] for s, e in layout(text).sentences]
    assert sentences == [
        "Sen. Tammy Baldwin met Gen. J. Smith in the U.S. capital.",
        "They talked.",
        "Then left.",
    ]


def test_hard_wrapped_lines_stay_one_paragraph_but_short_lines_split() -> None:
    """A line broken mid-sentence continues its paragraph; a finished line ends it."""
    text = (
        "The minister said the talks had gone on for far longer than\n"
        "anyone expected.\nA second paragraph.\n• A bullet"
    )
    paragraphs = [text[s:e] for s, e in layout(text).paragraphs]
    assert paragraphs == [
        "The minister said the talks had gone on for far longer than\nanyone expected.",
        "A second paragraph.",
        "• A bullet",
    ]


def test_repeated_paragraph_is_noted() -> None:
    """A paragraph repeated verbatim points back to its first occurrence."""
    para = '"We believe the concern is groundless," Peskov told journalists.'
    assert layout(f"Intro line.\n\n{para}\n\n{para}").repeats == {2: 1}


def test_seed_header_is_masked() -> None:
    """The seed date header is metadata: masked, while the standfirst stays copy."""
    article = qc.load(SEEDS / "003_e93ca10c9867e19c.txt")
    first = layout(article).paragraphs[0]
    assert article.text[first[0] : first[1]].startswith("U.S. President Joe Biden on Tuesday")


@given(st.text(alphabet=st.sampled_from("ab C.\n \"“”'’:/•Read also-Ж"), max_size=300))
def test_layout_spans_always_index_the_text(text: str) -> None:
    """On any text, clean keeps the length and every span is in bounds and ordered."""
    result = layout(text)
    assert len(result.clean) == len(text)
    for spans in (result.paragraphs, result.sentences):
        assert all(0 <= s < e <= len(text) for s, e in spans)
        assert list(spans) == sorted(spans)
    for start, _end in result.sentences:
        assert result.paragraph_of(start) is not None and result.sentence_of(start) is not None


def test_windows_line_endings_give_the_same_paragraphs() -> None:
    """CRLF copy splits into the same paragraphs and sentences as LF copy, spans still in the CRLF text."""
    lf = (SEEDS / "001_a427199928c5f6c1.txt").read_text(encoding="utf-8")
    crlf = lf.replace("\n", "\r\n")
    for name in ("paragraphs", "sentences"):
        want = [lf[s:e] for s, e in getattr(layout(lf), name)]
        assert [crlf[s:e] for s, e in getattr(layout(crlf), name)] == want
