"""Load articles from files: plain text, Markdown with front matter, JSON and JSONL.

The text an Article holds is the decoded file (or the JSON "text" field) as is;
metadata blocks are skipped through `content_start`, never cut out, so every
span and line number points into the file the editor has open.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import re
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from quotecheck.errors import InputError
from quotecheck.model import Article

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.json", "*.jsonl")
_MARKDOWN = {".md", ".markdown"}

# The seed corpus header: " date 2021-04-13 " before the standfirst, on the first line.
_SEED_HEADER = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+")
# Markdown front matter: a block fenced by "---" lines at the very top.
_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")
_FIRST_BLOCK = re.compile(r"\s*([^\n]+)\n[ \t]*(?:\r?\n|\Z)")
_TERMINAL = re.compile(r"[.!?:;,\"”’»]\s*$")
_METADATA_KEYS = ("id", "source", "published", "date", "title", "url")


class DecodingWarning(UserWarning):
    """A file was not valid UTF-8 and was decoded with the cp1252/latin-1 fallback."""


def article_from_text(
    text: str,
    *,
    id: str = "text",  # noqa: A002 - the contract names it `id`
    source: str | None = None,
    published: dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    path: str | None = None,
    content_start: int = 0,
    warnings: tuple[str, ...] = (),
) -> Article:
    """Make an Article, reading the seed header and a headline line when present."""
    header = _SEED_HEADER.match(text, content_start)
    if header:
        published = published or _parse_date(header.group(1), "date header", path or id)
        content_start = header.end()
    if title is None and not header:
        title = _headline(text, content_start)
    return Article(
        id=id,
        text=text,
        source=source,
        title=title,
        published=published,
        url=url,
        path=path,
        content_start=content_start,
        warnings=warnings,
    )


def _headline(text: str, start: int) -> str | None:
    """The first line is a headline when it stands alone and reads like one."""
    first = _FIRST_BLOCK.match(text, start)
    if not first:
        return None
    line = first.group(1).strip().lstrip("#").strip()
    if len(line.split()) <= 25 and not _TERMINAL.search(line):
        return line
    return None


def load(path: str | Path) -> Article:
    """Load one article; a JSON list or JSONL file must hold exactly one."""
    articles = list(_load_file(Path(path)))
    if len(articles) != 1:
        raise InputError(f"{path}: holds {len(articles)} articles; use load_many() to read them all")
    return articles[0]


def load_many(
    paths: Iterable[str | Path],
    *,
    include: Iterable[str] = DEFAULT_INCLUDE,
    exclude: Iterable[str] = (),
) -> list[Article]:
    """Load every article under the given files and directories, directories walked in sorted order.

    Ids default to file stems; when two files share a stem, the later one is
    named by its path instead, so ids stay unique.
    """
    include, exclude = tuple(include), tuple(exclude)
    out: list[Article] = []
    seen: set[str] = set()
    for raw in paths:
        for file in _walk(Path(raw), include, exclude):
            for article in _load_file(file):
                if article.id in seen:
                    article = attrs.evolve(article, id=str(file))
                seen.add(article.id)
                out.append(article)
    return out


def _walk(path: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[Path]:
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_file():
        yield path
        return
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        rel = file.relative_to(path).as_posix()
        if any(part.startswith(".") for part in file.relative_to(path).parts):
            continue
        if not any(fnmatch.fnmatch(file.name, pattern) for pattern in include):
            continue
        if any(fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(file.name, pattern) for pattern in exclude):
            continue
        yield file


def _load_file(path: Path) -> Iterator[Article]:
    text, notes = _read_text(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _from_jsonl(text, path, notes)
    elif suffix == ".json":
        yield from _from_json(text, path, notes)
    elif suffix in _MARKDOWN:
        yield _from_markdown(text, path, notes)
    else:
        yield article_from_text(text, id=path.stem, path=str(path), warnings=notes)


def _read_text(path: Path) -> tuple[str, tuple[str, ...]]:
    """Decode a file: UTF-8 (BOM allowed), else cp1252, else latin-1, with a warning."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file (it holds NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as error:
        note = f"{path}: not valid UTF-8 (byte {error.start}); decoded as cp1252, check the accents"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        note = note.replace("cp1252", "latin-1")
    warnings.warn(note, DecodingWarning, stacklevel=3)
    return text, (note,)


def _from_markdown(text: str, path: Path, notes: tuple[str, ...]) -> Article:
    block = _FRONT_MATTER.match(text)
    meta: dict[str, Any] = {}
    if block:
        for line in block.group(1).splitlines():
            pair = _FRONT_KEY.fullmatch(line.strip())
            if pair:
                meta[pair.group(1).lower()] = pair.group(2).strip().strip("\"'")
    return _with_metadata(text, meta, path, notes, path.stem, content_start=block.end() if block else 0)


def _from_json(text: str, path: Path, notes: tuple[str, ...]) -> Iterator[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items):
        where = f"{path}[{index}]" if isinstance(data, list) else str(path)
        default_id = f"{path.stem}-{index + 1}" if isinstance(data, list) else path.stem
        yield _from_record(item, where, path, notes, default_id)


def _from_jsonl(text: str, path: Path, notes: tuple[str, ...]) -> Iterator[Article]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}:{number}: not valid JSON ({error.msg})") from None
        yield _from_record(item, f"{path}:{number}", path, notes, f"{path.stem}-{number}")


def _from_record(item: Any, where: str, path: Path, notes: tuple[str, ...], default_id: str) -> Article:
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise InputError(f'{where}: expected an object with a string field "text"')
    if not item["text"].strip():
        raise InputError(f'{where}: the "text" field is empty')
    meta = {key: item[key] for key in _METADATA_KEYS if item.get(key) is not None}
    return _with_metadata(item["text"], meta, path, notes, default_id, where=where)


def _with_metadata(
    text: str,
    meta: dict[str, Any],
    path: Path,
    notes: tuple[str, ...],
    default_id: str,
    *,
    content_start: int = 0,
    where: str | None = None,
) -> Article:
    where = where or str(path)
    raw_date = meta.get("published", meta.get("date"))
    published = _parse_date(str(raw_date), "published", where) if raw_date else None
    return article_from_text(
        text,
        id=str(meta.get("id", default_id)),
        source=_optional_str(meta.get("source")),
        published=published,
        title=_optional_str(meta.get("title")),
        url=_optional_str(meta.get("url")),
        path=str(path),
        content_start=content_start,
        warnings=notes,
    )


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _parse_date(value: str, field: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"{where}: {field} {value!r} is not a date (expected YYYY-MM-DD)") from None
