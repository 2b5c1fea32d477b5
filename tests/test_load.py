"""Loading: every format keeps the text as read, metadata goes to fields."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import quotecheck as qc
from quotecheck.load import DecodingWarning

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"


def test_seed_header_gives_the_publication_date_and_keeps_the_text() -> None:
    """The ' date YYYY-MM-DD' header sets `published`; the text is the file, untouched."""
    path = SEEDS / "000_1cd049348af00cb0.txt"
    article = qc.load(path)
    assert article.published == dt.date(2021, 4, 13)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.text[article.content_start :].startswith("He says it is")
    assert article.title is None
    assert article.id == "000_1cd049348af00cb0"


def test_headline_line_becomes_the_title() -> None:
    """A first line standing alone without sentence punctuation is the headline."""
    article = qc.load(SEEDS / "002_d8b30d1ce7007ef2.txt")
    assert article.title == "NATO Head Warns Over Russian Military Build-up at Ukraine Border"
    assert article.published is None


def test_load_many_walks_directories_in_sorted_order() -> None:
    """A directory yields its articles sorted by path."""
    ids = [a.id for a in qc.load_many([SEEDS])]
    assert ids == sorted(ids) and len(ids) == 5


def test_markdown_front_matter_is_metadata_not_copy(tmp_path: Path) -> None:
    """Front matter fills title, source, date and url; spans still index the whole file."""
    text = (
        '---\ntitle: "Talks stall"\nsource: Wire\ndate: 2024-03-05\n'
        "url: https://example.org/a\n---\n\nBody here.\n"
    )
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    article = qc.load(path)
    assert (article.title, article.source, article.published) == ("Talks stall", "Wire", dt.date(2024, 3, 5))
    assert article.url == "https://example.org/a"
    assert article.text == text
    assert article.text[article.content_start :].strip() == "Body here."


def test_json_and_jsonl_records(tmp_path: Path) -> None:
    """JSON objects and JSONL lines carry text plus optional id, source and published."""
    record = {"id": "a1", "text": "He said so.", "source": "AP", "published": "2024-01-02T10:00:00Z"}
    (tmp_path / "one.json").write_text(json.dumps(record), encoding="utf-8")
    lines = [json.dumps({"text": "First."}), "", json.dumps({"text": "Second.", "id": "b"})]
    (tmp_path / "many.jsonl").write_text("\n".join(lines), encoding="utf-8")
    articles = qc.load_many([tmp_path])
    assert [(a.id, a.text) for a in articles] == [
        ("many-1", "First."),
        ("b", "Second."),
        ("a1", "He said so."),
    ]
    assert articles[2].published == dt.date(2024, 1, 2) and articles[2].source == "AP"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ],
)
def test_unreadable_files_raise_input_error_naming_the_file(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    """Empty and binary files are input errors whose message names the path and the reason."""
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(qc.InputError, match=rf"bad\.txt: .*{reason}"):
        qc.load(path)


def test_bad_json_names_the_line(tmp_path: Path) -> None:
    """A broken JSONL line is reported with its file and line number."""
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "ok"}\n{"text": \n', encoding="utf-8")
    with pytest.raises(qc.InputError, match=r"feed\.jsonl:2: not valid JSON"):
        qc.load_many([path])


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    """A path that does not exist is named in the error."""
    with pytest.raises(qc.InputError, match=r"nowhere\.txt: no such file"):
        qc.load_many([tmp_path / "nowhere.txt"])


def test_non_utf8_bytes_fall_back_to_cp1252_with_a_warning(tmp_path: Path) -> None:
    """Windows-1252 copy is decoded, and the fallback is announced, never silent."""
    path = tmp_path / "legacy.txt"
    path.write_bytes("Kuleba said: \u201cNo.\u201d Caf\u00e9.".encode("cp1252"))
    with pytest.warns(DecodingWarning, match="legacy.txt: not valid UTF-8"):
        article = qc.load(path)
    assert article.text == "Kuleba said: \u201cNo.\u201d Caf\u00e9."
    assert article.warnings


def test_from_text_reads_the_header_and_keeps_overrides() -> None:
    """Article.from_text parses the seed header unless a date is given."""
    article = qc.Article.from_text(" date 2021-04-14 Peskov spoke.", id="x", source="UNIAN")
    assert (article.id, article.source, article.published) == ("x", "UNIAN", dt.date(2021, 4, 14))
    given = qc.Article.from_text("Plain copy.", published=dt.date(2020, 1, 1))
    assert given.published == dt.date(2020, 1, 1) and given.content_start == 0


def test_line_and_column_are_one_based() -> None:
    """line_col counts lines and columns from 1."""
    article = qc.Article.from_text("ab\ncd\n\nef")
    assert [article.line_col(i) for i in (0, 1, 3, 7)] == [(1, 1), (1, 2), (2, 1), (4, 1)]
