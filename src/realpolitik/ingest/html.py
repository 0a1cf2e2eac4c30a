"""HTML pages -> Article: main text and metadata through trafilatura."""

from __future__ import annotations

from datetime import date

from realpolitik.errors import InputError
from realpolitik.ingest.readers import parse_published, text_id
from realpolitik.model import Article


def article_from_html(html: str, origin: str, *, published: date | None = None, url: str | None = None) -> Article:
    """The page's main text (offsets index it) with title, date, url and site name.

    The page's own date wins over ``published``, which stands in when it has none.
    """
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(origin, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html, default_url=url)
    own_date = _safe_date(getattr(meta, "date", None), origin) if meta else None
    return Article(
        id=text_id(text),
        text=text,
        title=(meta.title if meta else None) or None,
        url=(meta.url if meta else None) or url,
        source=(meta.sitename if meta else None) or None,
        published=own_date or published,
        origin=origin,
    )


def _safe_date(value: str | None, origin: str) -> date | None:
    try:
        return parse_published(value, origin)
    except InputError:
        return None
