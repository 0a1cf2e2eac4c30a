"""Web sources for ingest: article URLs and RSS/Atom feeds (files or URLs) -> Article records.

A feed entry with an http(s) link is read from the linked page (trafilatura
extracts its main text); an entry without a link is read from its own content
or summary. Every source that cannot be read yields a Failure with the reason;
nothing raises for bad input. Offsets later index the text produced here.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from realpolitik.errors import InputError
from realpolitik.ingest.readers import text_id
from realpolitik.model import Article, Failure

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
TIMEOUT_S = 20.0
MAX_PAGE_BYTES = 10_000_000
USER_AGENT = "realpolitik (+https://pypi.org/project/realpolitik/)"


def is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def is_web_source(path: str) -> bool:
    """True for what this module reads rather than ``realpolitik.ingest.read_inputs``."""
    return is_url(path) or Path(path).suffix.lower() in FEED_SUFFIXES


def read_web_source(path: str, *, published: date | None = None) -> Iterator[Article | Failure]:
    """The articles of a URL (a page or a feed) or of a local feed file."""
    try:
        if not is_url(path):
            yield from read_feed(Path(path).read_bytes(), path, published=published)
            return
        body, content_type = fetch(path)
        if _looks_like_feed(body, content_type):
            yield from read_feed(body, path, published=published)
        else:
            yield _page_article(body, path, published)
    except InputError as exc:
        yield Failure(None, path, str(exc))
    except OSError as exc:
        yield Failure(None, path, f"{path}: {exc.strerror or exc}")


def fetch(url: str, *, timeout: float = TIMEOUT_S) -> tuple[bytes, str]:
    """The body and content type of ``url``; InputError with the reason when it cannot be had."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_PAGE_BYTES + 1)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, ValueError) as exc:
        raise InputError(url, f"cannot fetch: {getattr(exc, 'reason', exc)}") from None
    if len(body) > MAX_PAGE_BYTES:
        raise InputError(url, f"page larger than {MAX_PAGE_BYTES:,} bytes")
    return body, content_type


def _looks_like_feed(body: bytes, content_type: str) -> bool:
    if any(kind in content_type for kind in ("rss", "atom")):
        return True
    head = body[:500].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in body[:2000])


def _page_article(body: bytes, url: str, published: date | None) -> Article:
    from realpolitik.ingest.html import article_from_html
    from realpolitik.ingest.readers import decode

    article = article_from_html(decode(body, url), url, published=published, url=url)
    return replace(article, url=article.url or url)


def read_feed(data: bytes, origin: str, *, published: date | None = None) -> Iterator[Article | Failure]:
    """One Article (or Failure) per feed entry, in feed order."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = getattr(feed, "bozo_exception", None)
        raise InputError(origin, f"not an RSS or Atom feed{f': {problem}' if problem else ''}")
    outlet = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        entry_origin = f"{origin}#{number}"
        try:
            yield _entry_article(entry, entry_origin, outlet, published)
        except InputError as exc:
            yield Failure(None, entry_origin, str(exc))


def _entry_article(entry, origin: str, outlet: str | None, published: date | None) -> Article:
    link = entry.get("link") or None
    day = _entry_date(entry) or published
    if link and is_url(link):
        body, _ = fetch(link)
        article = _page_article(body, link, day)
        return replace(article, title=article.title or entry.get("title"), source=outlet or article.source,
                       published=day or article.published, origin=origin)
    text = _html_text(_entry_html(entry))
    if not text.strip():
        raise InputError(origin, "feed entry has neither a link nor any text")
    return Article(id=text_id(text), text=text, title=entry.get("title") or None, url=link, source=outlet,
                   published=day, origin=origin)


def _entry_html(entry) -> str:
    contents = entry.get("content") or []
    if contents:
        return contents[0].get("value", "")
    return entry.get("summary", "")


def _entry_date(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def _html_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed's content or summary), paragraphs on their own lines."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for block in root.iter("p", "br", "div", "li"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())
