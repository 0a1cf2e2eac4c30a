"""Reading inputs: every format, and a clear Failure for every kind of bad input."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from realpolitik.errors import InputError
from realpolitik.ingest import parse_published, read_inputs, readers, text_id
from realpolitik.model import Article, Failure


def read(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_txt_keeps_text_as_read_without_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffSeoul met Tokyo.\r\nThen Beijing.".encode())
    (article,) = read(path)
    assert article.text == "Seoul met Tokyo.\r\nThen Beijing."
    assert article.id == text_id(article.text)
    assert article.text[article.text.index("Beijing"):][:7] == "Beijing"


def test_published_option_applies_to_inputs_without_a_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Kyiv said so.", encoding="utf-8")
    (article,) = read(path, published=date(2024, 1, 2))
    assert article.published == date(2024, 1, 2)


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty file"), (b"  \n ", "empty file"), (b"\x89PNG\x00\x00\x01", "binary"),
     (b"caf\xe9 au lait", "invalid UTF-8 at byte 3")],
)
def test_bad_files_become_failures_naming_file_and_problem(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (failure,) = read(path)
    assert isinstance(failure, Failure)
    assert str(path) in failure.error and problem in failure.error


def test_missing_path_is_a_failure(tmp_path):
    (failure,) = read(tmp_path / "nope.txt")
    assert isinstance(failure, Failure) and "no such file" in failure.error


def test_oversized_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_text("x" * 11, encoding="utf-8")
    (failure,) = read(path)
    assert "too large" in failure.error


def test_jsonl_records_keep_ids_order_and_report_bad_lines(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": "a1", "text": "Moscow spoke.", "published": "2020-05-01", "title": "T"}),
             "{not json",
             json.dumps({"id": "a3"}),
             "",
             json.dumps({"text": "Hanoi replied.", "published": "2020-05-02T10:00:00Z"}),
             json.dumps({"id": 7, "text": "x", "published": "soon"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = read(path)
    assert [type(x).__name__ for x in out] == ["Article", "Failure", "Failure", "Article", "Failure"]
    assert out[0].id == "a1" and out[0].published == date(2020, 5, 1) and out[0].title == "T"
    assert out[1].origin == f"{path}:2" and "malformed JSON" in out[1].error
    assert out[2].article_id == "a3" and "no text" in out[2].error
    assert out[3].id == text_id("Hanoi replied.") and out[3].published == date(2020, 5, 2)
    assert out[4].article_id == "7" and "not a date" in out[4].error


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "notes.yaml").write_text("ignored: true", encoding="utf-8")
    assert [a.text for a in read(tmp_path)] == ["One.", "Two."]


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Pyongyang fired a missile."))
    (article,) = read("-")
    assert isinstance(article, Article) and article.origin == "-"


def test_html_main_text_and_metadata(tmp_path):
    body = "<p>" + "The foreign ministers met in Jakarta on Monday to discuss the sea dispute. " * 6 + "</p>"
    html = ("<html><head><title>Ministers meet</title>"
            '<meta property="article:published_time" content="2023-07-11T08:00:00Z">'
            '<link rel="canonical" href="https://news.example.org/ministers"></head>'
            f"<body><nav>Home | World</nav><article>{body}</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (article,) = read(path, published=date(2000, 1, 1))
    assert article.text.startswith("The foreign ministers met in Jakarta")
    assert "Home | World" not in article.text
    assert article.published == date(2023, 7, 11)
    assert article.title == "Ministers meet"


def test_html_without_text_is_a_failure(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body></body></html>", encoding="utf-8")
    (failure,) = read(path)
    assert isinstance(failure, Failure) and "no article text" in failure.error


def test_parse_published_rejects_nonsense():
    assert parse_published("2024-11-07", "x") == date(2024, 11, 7)
    assert parse_published(None, "x") is None
    with pytest.raises(InputError, match="x: published"):
        parse_published(20241107, "x")
