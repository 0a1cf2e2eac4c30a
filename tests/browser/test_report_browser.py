"""The HTML report in a real browser: Debian's headless chromium.

Skipped where /usr/bin/chromium is absent (``apt-get install chromium``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from report_chromium import CHROMIUM, WINDOW, png_size, run_chromium, screenshot
from report_example import example_analysis

from realpolitik.output.html import render_html

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_html(example_analysis()), encoding="utf-8")
    return path


def body_tag(dom: str) -> str:
    match = re.search(r"<body[^>]*>", dom)
    assert match, dom[:500]
    return match.group()


def test_script_runs_wires_every_link_and_raises_nothing(page):
    result = run_chromium(page.as_uri(), "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    body = body_tag(result.stdout)
    wired = re.search(r'data-wired="(\d+)"', body)
    assert wired and int(wired.group(1)) > 30, body
    assert "data-errors" not in body
    # Chromium logs every console message, error and blocked fetch as a CONSOLE line.
    assert ":CONSOLE" not in result.stderr, result.stderr[-2000:]


def test_opening_at_a_quote_flashes_its_words_in_the_text(page):
    result = run_chromium(page.as_uri() + "#quote-2", "--dump-dom")
    flashed = re.findall(r'<mark class="([^"]*)" data-f="quote-2"', result.stdout)
    assert flashed and all("flash" in classes.split() for classes in flashed)
    assert not re.search(r'<mark class="[^"]*flash[^"]*" data-f="quote-0"', result.stdout)


def test_a_script_error_or_a_fetch_would_be_caught(page, tmp_path):
    broken = tmp_path / "broken.html"
    extra = '<img src="https://example.invalid/x.png"><script>undefinedFunction();</script></body>'
    broken.write_text(page.read_text(encoding="utf-8").replace("</body>", extra), encoding="utf-8")
    result = run_chromium(broken.as_uri(), "--dump-dom")
    body = body_tag(result.stdout)
    assert "data-errors" in body and "undefinedFunction" in body
    assert "Content Security Policy" in result.stderr  # the page's policy blocks any fetch


def test_page_renders_to_a_full_screenshot(page, tmp_path):
    png = tmp_path / "report.png"
    result = screenshot(page, png)
    assert result.returncode == 0, result.stderr[-2000:]
    assert png_size(png) == WINDOW
    assert png.stat().st_size > 50_000  # a blank page compresses to a few kilobytes
