"""The real Dagster assets against feeds and pages served on 127.0.0.1: articles, ingest_errors
with reasons, and a second run that costs conditional requests and extracts nothing."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from dagster import DagsterInstance

from assets.runs import execute_pipeline
from pipeline.publish.release import list_releases
from tests.http_server import LocalServer
from tests.test_web_ingest import PAGE, STORY, feed


def test_scheduled_run_over_http(tmp_path: Path, extractor_calls: list[str]) -> None:
    calls = extractor_calls
    with LocalServer() as server, DagsterInstance.ephemeral() as instance:
        base = server.base
        server.add("/feed.xml", etag='"v1"', body=feed(base, [
            ("full", "/full", STORY.replace("the city", "Kirkuk, Iraq,")),
            ("teaser", "/teaser", None),
            ("nolink", "", STORY),
        ]))
        server.add("/teaser", body=PAGE.format(title="Mosul clash", body=(
            "Gunmen stormed a checkpoint on the outskirts of Mosul, Iraq, on Monday night, "
            "killing three soldiers before fleeing, the army said in a statement. Troops "
            "later searched the surrounding villages, and two suspects were detained for "
            "questioning, according to a local official who asked not to be named.")).encode())
        server.add("/broken.xml", body=b"<rss><channel><item><title>x")
        server.add("/error", status=500)
        sources = tmp_path / "sources.yaml"
        sources.write_text(
            "sources:\n"
            f"  - {{name: wire, kind: feed, url: '{base}/feed.xml', rate_limit: 100}}\n"
            f"  - {{name: bad, kind: feed, url: '{base}/broken.xml', rate_limit: 100}}\n"
            f"  - {{name: pages, kind: urls, urls: ['{base}/error'], rate_limit: 100}}\n")
        data_dir = tmp_path / "data"
        first = execute_pipeline(data_dir, sources_file=str(sources), instance=instance)
        assert first.success, first.report
        assert "2 new articles" in first.report
        errors = pd.read_parquet(data_dir / "staging" / "ingest_errors.parquet")
        reasons: dict[tuple[str, str], list[str]] = {}
        for r in errors.itertuples():
            reasons.setdefault((r.source, r.stage), []).append(r.reason)
        assert reasons[("wire", "parse_feed")] == ["entry has no link"]
        assert any(r.startswith("malformed feed") for r in reasons[("bad", "parse_feed")])
        assert reasons[("pages", "fetch")][0].startswith("HTTP 500")
        assert len(calls) == 2
        (release,) = list_releases(data_dir / "releases")
        assert release["incidents_rows"] >= 2
        hits_before = dict(server.hits)

        second = execute_pipeline(data_dir, sources_file=str(sources), instance=instance)
        assert second.success, second.report
        assert "0 new articles" in second.report and "nothing changed" in second.report
        assert server.not_modified["/feed.xml"] == 1
        assert server.hits["/teaser"] == hits_before["/teaser"]  # no page fetched again
        assert len(calls) == 2  # nothing extracted again
