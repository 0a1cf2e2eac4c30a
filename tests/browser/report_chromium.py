"""Run Debian's headless chromium on a report; also writes the screenshot kept in docs/.

    python tests/browser/report_chromium.py docs/report-screenshot.png

renders the invented example of ``report_example.py`` and screenshots it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
WINDOW = (1400, 2400)
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0")


def run_chromium(url: str, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Chromium on ``url`` with a fresh profile; ``args`` add e.g. ``--dump-dom``."""
    with tempfile.TemporaryDirectory(prefix="rp-chromium-") as profile:
        command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}",
                   f"--window-size={WINDOW[0]},{WINDOW[1]}", *args, url]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def screenshot(html_path: Path, png_path: Path) -> subprocess.CompletedProcess[str]:
    return run_chromium(html_path.resolve().as_uri(), f"--screenshot={png_path.resolve()}")


def png_size(png_path: Path) -> tuple[int, int]:
    """Width and height from the PNG header (IHDR)."""
    head = png_path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def main(out: str) -> int:
    sys.path.insert(0, str(Path(__file__).parent))
    from report_example import example_analysis

    from realpolitik.output.html import render_html

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(render_html(example_analysis()), encoding="utf-8")
        result = screenshot(page, Path(out))
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
