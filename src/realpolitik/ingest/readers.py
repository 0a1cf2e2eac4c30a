"""Read inputs into Article records, one Failure for each input that cannot be read.

Offsets in every later stage index ``Article.text`` exactly as it is produced
here: the decoded file (BOM removed, line endings kept), the text trafilatura
extracts from HTML, or a JSONL record's ``text`` field.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from realpolitik.errors import InputError
from realpolitik.model import Article, Failure

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# One article larger than this is refused rather than parsed: the parser's memory
# grows with the text, and no news article comes near it.
MAX_ARTICLE_BYTES = 5_000_000


def text_id(text: str) -> str:
    """The default article id: sha256 of the text (UTF-8), hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_published(value: object, origin: str) -> date | None:
    """A publication date from 'YYYY-MM-DD' or an ISO timestamp; None for empty values."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InputError(origin, f"published: expected a date string, got {type(value).__name__}")
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise InputError(origin, f"published: not a date: {value!r}") from None


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text (with or without BOM); refuses empty, binary and undecodable data."""
    if not data.strip():
        raise InputError(origin, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(origin, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"invalid UTF-8 at byte {exc.start}") from None


def read_inputs(paths: Iterable[str | Path], *, published: date | None = None) -> Iterator[Article | Failure]:
    """Articles from files, folders (recursive, sorted), JSONL corpora and stdin ('-'), in order.

    ``published`` is the date of every input that does not carry its own (JSONL
    ``published``, HTML metadata). Each unreadable input yields a Failure in its
    place; nothing raises for bad input.
    """
    for raw in paths:
        if str(raw) == "-":
            yield from _guard("-", lambda: iter([_article_from_text(sys.stdin.read(), "-", published)]))
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in KNOWN_SUFFIXES:
                    yield from _read_file(child, published)
        elif path.exists():
            yield from _read_file(path, published)
        else:
            yield Failure(None, str(path), f"{path}: no such file or folder")


def _guard(origin: str, produce) -> Iterator[Article | Failure]:
    try:
        yield from produce()
    except InputError as exc:
        yield Failure(None, origin, str(exc))
    except OSError as exc:
        yield Failure(None, origin, f"{origin}: {exc.strerror or exc}")


def _read_file(path: Path, published: date | None) -> Iterator[Article | Failure]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _guard(origin, lambda: _read_jsonl(path, published))
        return
    reader = _read_html if suffix in HTML_SUFFIXES else _read_text
    yield from _guard(origin, lambda: iter([reader(path, published)]))


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise InputError(str(path), f"file too large for one article ({size:,} bytes > {MAX_ARTICLE_BYTES:,})")
    return path.read_bytes()


def _read_text(path: Path, published: date | None) -> Article:
    text = decode(_read_bytes(path), str(path))
    return _article_from_text(text, str(path), published)


def _article_from_text(text: str, origin: str, published: date | None) -> Article:
    if not text.strip():
        raise InputError(origin, "empty file")
    if "\x00" in text:
        raise InputError(origin, "binary data (NUL characters), not text")
    return Article(id=text_id(text), text=text, published=published, origin=origin)


def _read_html(path: Path, published: date | None) -> Article:
    from realpolitik.ingest.html import article_from_html

    html = decode(_read_bytes(path), str(path))
    return article_from_html(html, str(path), published=published)


def _read_jsonl(path: Path, published: date | None) -> Iterator[Article | Failure]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            origin = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                yield _article_from_record(line, origin, published)
            except InputError as exc:
                yield Failure(_record_id(line), origin, str(exc))


def _record_id(line: bytes) -> str | None:
    try:
        value = json.loads(line).get("id")
    except (ValueError, AttributeError):
        return None
    return None if value is None else str(value)


def _article_from_record(line: bytes, origin: str, published: date | None) -> Article:
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"invalid UTF-8 at byte {exc.start} of the line") from None
    except ValueError as exc:
        raise InputError(origin, f"malformed JSON: {exc}") from None
    if not isinstance(record, dict):
        raise InputError(origin, "a JSONL record must be an object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, "record has no text")
    if len(text) > MAX_ARTICLE_BYTES:
        raise InputError(origin, f"text too large for one article ({len(text):,} characters)")
    given = record.get("id")
    return Article(
        id=text_id(text) if given in (None, "") else str(given),
        text=text,
        title=_optional_str(record, "title", origin),
        url=_optional_str(record, "url", origin),
        source=_optional_str(record, "source", origin),
        published=parse_published(record.get("published"), origin) or published,
        origin=origin,
    )


def _optional_str(record: dict, key: str, origin: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise InputError(origin, f"{key}: expected a string, got {type(value).__name__}")
