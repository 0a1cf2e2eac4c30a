"""Feeds and URLs as sources, read from local files and a local HTTP server (127.0.0.1 only)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from store_toy import toy_analyze

from realpolitik.ingest.sources import read_web_source
from realpolitik.model import Article, Failure
from realpolitik.settings import Settings
from realpolitik.store.ingest import ingest

PARAGRAPHS = [
    "The foreign ministers of two neighbouring states met on Thursday in a lakeside town to discuss"
    " a long-running dispute over fishing rights and river access.",
    "Officials from both delegations described the talks as frank, and agreed to meet again next"
    " month after technical teams have compared their maps of the disputed stretch of water.",
    "A fictional commentator, Dr. Ada Quill of the Imaginary Institute, said the meeting showed that"
    " both sides preferred a negotiated settlement to further escalation.",
]


def page(title: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>").encode()


def rss(items: str) -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
            f"<link>http://example.invalid/</link><description>d</description>{items}</channel></rss>").encode()


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[str, bytes]]] = {}

    def do_GET(self) -> None:
        if self.path not in self.routes:
            self.send_error(404, "Not Found")
            return
        kind, body = self.routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet: the test output is not the place for access logs."""


@pytest.fixture
def server():
    """A local HTTP server on a free port; shut down after the test, or after 60 s at the latest."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.routes = {
        "/talks.html": ("text/html; charset=utf-8", page("Talks on the river dispute")),
        "/feed.xml": ("application/rss+xml", rss(
            f"<item><title>Talks</title><link>{base}/talks.html</link>"
            "<pubDate>Thu, 07 Nov 2024 10:00:00 GMT</pubDate></item>"
            f"<item><title>Gone</title><link>{base}/missing.html</link></item>")),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    deadline = threading.Timer(60, httpd.shutdown)
    deadline.start()
    yield base
    deadline.cancel()
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def test_a_local_feed_file_gives_one_article_per_entry(tmp_path):
    feed = tmp_path / "wire.rss"
    feed.write_bytes(rss(
        "<item><title>One</title><description>&lt;p&gt;Ukraine and China met.&lt;/p&gt;</description>"
        "<pubDate>Mon, 04 Nov 2024 08:00:00 GMT</pubDate></item>"
        "<item><title>Empty</title></item>"))
    first, second = read_web_source(str(feed))
    assert isinstance(first, Article)
    assert (first.text, first.title, first.source, first.published.isoformat()) == (
        "Ukraine and China met.", "One", "Test Wire", "2024-11-04")
    assert isinstance(second, Failure) and "neither a link nor any text" in second.error


def test_a_file_that_is_not_a_feed_is_a_failure(tmp_path):
    bogus = tmp_path / "notes.xml"
    bogus.write_text("<notes><note>hello</note></notes>", encoding="utf-8")
    (failure,) = read_web_source(str(bogus))
    assert isinstance(failure, Failure) and "not an RSS or Atom feed" in failure.error


def test_a_page_url_is_read_with_its_main_text(server):
    (article,) = read_web_source(f"{server}/talks.html")
    assert isinstance(article, Article)
    assert "fishing rights" in article.text and article.url == f"{server}/talks.html"


def test_a_feed_url_reads_each_linked_page_and_reports_missing_ones(server):
    found, missing = read_web_source(f"{server}/feed.xml")
    assert isinstance(found, Article) and "technical teams" in found.text
    assert (found.title, found.source, found.published.isoformat()) == (
        "Talks on the river dispute", "Test Wire", "2024-11-07")
    assert isinstance(missing, Failure) and "HTTP 404" in missing.error


def test_ingest_takes_urls_next_to_files(server, store, tmp_path):
    local = tmp_path / "local.txt"
    local.write_text("Russia shelled a bridge.", encoding="utf-8")
    report = ingest([f"{server}/talks.html", str(local), f"{server}/nowhere"], store, Settings(),
                    analyze=toy_analyze)
    assert (report.stored, report.failed) == (2, 1)
