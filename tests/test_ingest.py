"""Ingestion of local files: every format, and every bad input recorded rather than fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ingest import ingest_folder
from pipeline.ingest.articles import canonical_url
from pipeline.ingest.local import MAX_FILE_BYTES
from pipeline.ingest.sources import Source
from pipeline.stages import ingest

BODY = ("Gunmen attacked a checkpoint near the town on Monday night, officials said, and the "
        "fighting lasted for about two hours before the attackers withdrew.")

PAGE = """<!doctype html><html lang="en-GB"><head><meta charset="{charset}">
<title>Checkpoint attacked | The Example Courier</title>
<link rel="canonical" href="https://example.org/news/checkpoint?utm_source=feed&id=7">
<meta property="article:published_time" content="2024-03-05T07:15:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>Checkpoint attacked</h1><p>{body}</p>
<p>A spokesman for the provincial police said reinforcements had been sent to the área.</p>
</article>
<footer><p>Copyright 2024 The Example Courier. All rights reserved.</p></footer>
</body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example wire</title><link>https://example.net/</link><description>x</description>
<item><title>One</title><link>https://example.net/one</link><guid>one</guid>
<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{body}</p><p>Second paragraph of the story.</p>]]></content:encoded>
</item>
<item><title>No link</title><guid isPermaLink="false">two</guid>
<description>{body}</description></item>
</channel></rss>"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_text_file_with_header(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Title: Checkpoint attacked\nPublished: 2024-03-05T07:15:00Z\n"
          "URL: https://example.org/a?utm_medium=x\nSource: Courier\n\n" + BODY)
    result = ingest_folder(tmp_path)
    assert not result.errors
    (article,) = result.articles
    assert article.title == "Checkpoint attacked"
    assert article.url == "https://example.org/a"
    assert article.published_at.isoformat() == "2024-03-05T07:15:00+00:00"
    assert article.source == "Courier"
    assert article.text == BODY


def test_text_file_without_header_is_all_body(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "First line of a story.\n\n" + BODY)
    (article,) = ingest_folder(tmp_path).articles
    assert article.text.startswith("First line of a story.")
    assert article.published_at is None


def test_html_boilerplate_removed_and_metadata_read(tmp_path: Path) -> None:
    write(tmp_path, "p.html", PAGE.format(charset="utf-8", body=BODY))
    result = ingest_folder(tmp_path)
    assert not result.errors
    (article,) = result.articles
    assert BODY in article.text
    assert "cookies" not in article.text and "Copyright" not in article.text
    assert article.title == "Checkpoint attacked"
    assert article.url == "https://example.org/news/checkpoint?id=7"
    assert article.published_at.date().isoformat() == "2024-03-05"
    assert "área" in article.text
    assert article.language == "en"


def test_html_in_legacy_encoding_is_decoded(tmp_path: Path) -> None:
    page = PAGE.format(charset="windows-1252", body=BODY + " The caf\u00e9\u2019s owner fled.")
    write(tmp_path, "legacy.html", page.encode("cp1252"))
    (article,) = ingest_folder(tmp_path).articles
    assert "café’s owner" in article.text


def test_feed_entries_and_entry_without_link(tmp_path: Path) -> None:
    write(tmp_path, "wire.xml", FEED.format(body=BODY))
    result = ingest_folder(tmp_path)
    assert [a.url for a in result.articles] == ["https://example.net/one"]
    assert "Second paragraph" in result.articles[0].text
    assert result.articles[0].published_at.isoformat() == "2024-03-05T09:00:00+00:00"
    (error,) = result.errors
    assert error.reason == "entry has no link" and error.location.endswith("#two")


def test_feed_entry_with_relative_link_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "wire.xml", FEED.format(body=BODY).replace('isPermaLink="false"', ""))
    result = ingest_folder(tmp_path)
    assert len(result.articles) == 1
    assert result.errors[0].reason == "entry link is not an absolute http(s) URL: 'two'"


def test_bad_inputs_become_errors_and_good_ones_survive(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, "empty.html", "")
    write(tmp_path, "plain.html", "this is not html at all, just words without any markup here")
    write(tmp_path, "chrome.html", "<html><body><nav>Home | World</nav></body></html>")
    write(tmp_path, "broken.xml", "<rss><channel><item><title>unterminated")
    write(tmp_path, "huge.txt", b"x" * (MAX_FILE_BYTES + 1))
    write(tmp_path, "records.jsonl", json.dumps({"id": "r1", "text": BODY,
                                                 "published_at": "2024-03-05"})
          + "\n{not json\n" + json.dumps({"id": "r3"}) + "\n")
    result = ingest_folder(tmp_path)
    reasons: dict[str, str] = {}
    for e in result.errors:
        name = Path(e.location.split(":")[0].split("#")[0]).name
        reasons[name] = reasons.get(name, "") + e.reason + " | "
    assert len(result.articles) == 2  # good.txt and the good JSONL record
    assert reasons["empty.html"] == "empty file | "
    assert "not HTML" in reasons["plain.html"]
    assert "no article text" in reasons["chrome.html"]
    assert "malformed feed" in reasons["broken.xml"]
    assert "too large" in reasons["huge.txt"]
    jsonl_errors = [e for e in result.errors if "records.jsonl" in e.location]
    assert [e.location.rsplit(":", 1)[1] for e in jsonl_errors] == ["2", "3"]


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    result = ingest_folder(tmp_path / "nope")
    assert not result.articles and result.errors[0].reason == "folder does not exist"


def test_exact_duplicates_kept_once_and_recorded(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "URL: https://example.org/x?utm_source=a\n\n" + BODY)
    write(tmp_path, "b.txt", "URL: https://example.org/x\n\n" + BODY + " Updated.")
    write(tmp_path, "c.txt", BODY)
    run = ingest([Source("local", "folder", path=tmp_path)], data_dir=tmp_path / "data")
    assert len(run.articles) == 1
    assert run.skipped_seen == 1  # b.txt: same canonical URL as a.txt
    assert list(run.errors["stage"]) == ["dedup"]  # c.txt: same text, no URL


def test_canonical_url_strips_tracking_and_fragment() -> None:
    assert canonical_url("HTTPS://Example.org/a?utm_source=x&b=2&a=1&fbclid=z#top") == \
        "https://example.org/a?a=1&b=2"
    assert canonical_url(None) is None


def test_large_jsonl_is_streamed_and_capped_per_record(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.ingest.local as local

    monkeypatch.setattr(local, "MAX_FILE_BYTES", 2_000)
    lines = [json.dumps({"id": f"r{i}", "text": f"{BODY} Story {i}.",
                         "published_at": "2024-03-05"}) for i in range(30)]
    lines.append(json.dumps({"id": "big", "text": "x " * 2_000}))
    write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")  # ~7 kB: over the cap as a file
    result = ingest_folder(tmp_path)
    assert len(result.articles) == 30
    (error,) = result.errors
    assert error.location.endswith(":31") and "record too large" in error.reason


def test_articles_without_url_are_stored_once(tmp_path: Path) -> None:
    """A local text or record with no URL is known by its id; the run that first sees it
    stores it (it was once rejected as a duplicate of itself) and the next run skips it."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "note.txt").write_text("Published: 2024-04-21\n\nA bomb went off in a market in "
                                     "Kirkuk, killing two people.", encoding="utf-8")
    (folder / "batch.jsonl").write_text(json.dumps({
        "id": "r1", "published_at": "2024-04-21",
        "text": "Gunmen attacked a checkpoint near Mosul, killing three soldiers."}) + "\n",
        encoding="utf-8")
    source = Source("inbox", "folder", path=folder)
    first = ingest([source], data_dir=tmp_path / "data")
    assert len(first.articles) == 2 and first.articles["url"].isna().all()
    assert "dedup" not in set(first.errors["stage"])
    second = ingest([source], data_dir=tmp_path / "data")
    assert len(second.articles) == 0 and second.skipped_seen == 2
