"""Downloading a release from a static HTTP server on 127.0.0.1: verified, resumable, all or
nothing; and `query --remote` over the same server through the verified cache."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pipeline import cli, download
from pipeline.download import ChecksumMismatch, DownloadError, download_release
from pipeline.publish.release import sha256_file, verify_release
from tests.release_factory import make_release
from tests.release_server import ReleaseServer

VERSION = "v2024.05.01"


@pytest.fixture
def releases(tmp_path: Path) -> Path:
    path = tmp_path / "published"
    make_release(path)
    return path


@pytest.fixture
def server(releases: Path) -> Iterator[ReleaseServer]:
    with ReleaseServer(releases) as srv:
        yield srv


def leftovers(dest: Path) -> list[Path]:
    return [p for p in dest.rglob("*") if p.name.endswith(".part")]


def test_full_download_verifies_every_file(server: ReleaseServer, releases: Path,
                                           tmp_path: Path) -> None:
    dest = tmp_path / "downloads"
    progress = io.StringIO()
    result = download_release(server.base, "latest", dest, progress=progress)
    assert result.version == VERSION and not result.reused
    assert result.path == dest / VERSION
    assert verify_release(result.path) == []
    published = sorted(p.name for p in (releases / VERSION).iterdir())
    assert sorted(p.name for p in result.path.iterdir()) == published
    assert sha256_file(result.path / "incidents.parquet") == \
        sha256_file(releases / VERSION / "incidents.parquet")
    assert "incidents.parquet" in progress.getvalue() and "ok" in progress.getvalue()
    assert [p.name for p in dest.iterdir()] == [VERSION]  # no staging folder left

    again = download_release(server.base, VERSION, dest, progress=io.StringIO())
    assert again.reused and again.files == 0


def test_interrupted_download_resumes_with_range(server: ReleaseServer, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(download, "CHUNK", 4096)  # small reads: the cut lands mid-file
    path = f"/{VERSION}/incidents.parquet"
    server.cut_once[path] = 12_000
    progress = io.StringIO()
    result = download_release(server.base, VERSION, tmp_path / "dl", progress=progress)
    assert verify_release(result.path) == []
    seen = server.ranges(path)
    assert seen[0] is None and len(seen) == 2
    assert seen[1] is not None and seen[1].startswith("bytes=")
    assert int(seen[1].removeprefix("bytes=").rstrip("-")) > 0  # resumed, not restarted
    assert [s.status for s in server.requests if s.path == path] == [200, 206]
    assert "resuming" in progress.getvalue()


def test_server_ignoring_range_restarts_the_file(server: ReleaseServer, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(download, "CHUNK", 4096)
    path = f"/{VERSION}/articles.parquet"
    server.cut_once[path] = 9_000
    server.ignore_range = True
    result = download_release(server.base, VERSION, tmp_path / "dl", progress=io.StringIO())
    assert verify_release(result.path) == []
    assert [s.status for s in server.requests if s.path == path] == [200, 200]


def test_resumes_a_part_file_left_by_an_earlier_run(server: ReleaseServer, releases: Path,
                                                    tmp_path: Path) -> None:
    dest = tmp_path / "dl"
    staging = dest / f".download-{VERSION}"
    staging.mkdir(parents=True)
    whole = (releases / VERSION / "incidents.parquet").read_bytes()
    (staging / "incidents.parquet.part").write_bytes(whole[:5000])
    result = download_release(server.base, VERSION, dest, progress=io.StringIO())
    assert verify_release(result.path) == []
    assert server.ranges(f"/{VERSION}/incidents.parquet") == ["bytes=5000-"]


def test_tampered_file_is_refused_and_nothing_half_written_remains(
        server: ReleaseServer, releases: Path, tmp_path: Path) -> None:
    target = releases / VERSION / "incident_sources.parquet"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, different bytes
    target.write_bytes(bytes(data))
    dest = tmp_path / "dl"
    with pytest.raises(ChecksumMismatch, match=r"incident_sources\.parquet: sha256 .* does not "
                                               r"match the manifest"):
        download_release(server.base, VERSION, dest, progress=io.StringIO())
    assert not (dest / VERSION).exists()
    assert leftovers(dest) == []
    staged = dest / f".download-{VERSION}"
    assert not (staged / "incident_sources.parquet").exists()
    assert not (staged / "manifest.json").exists()

    code = cli.main(["download", server.base, "--dest", str(dest)])
    assert code == 1
    assert not (dest / VERSION).exists()


def test_manifest_not_matching_the_index_is_refused(server: ReleaseServer, releases: Path,
                                                    tmp_path: Path) -> None:
    manifest = releases / VERSION / "manifest.json"
    manifest.write_text(manifest.read_text().replace('"version"', '"version" ', 1))
    with pytest.raises(ChecksumMismatch, match=r"manifest\.json does not match"):
        download_release(server.base, "latest", tmp_path / "dl", progress=io.StringIO())
    assert not (tmp_path / "dl").exists() or not any((tmp_path / "dl").iterdir())


def test_unknown_version_and_missing_server_say_so(server: ReleaseServer,
                                                   tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match=r"no release .v1999\.01\.01.*available: v2024"):
        download_release(server.base, "v1999.01.01", tmp_path, progress=io.StringIO())
    with pytest.raises(DownloadError, match="HTTP 404"):
        download_release(server.base + "/nowhere", "latest", tmp_path, progress=io.StringIO())


def test_folder_source_and_cli(releases: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "dl"
    assert cli.main(["download", str(releases), "--dest", str(dest)]) == 0
    assert verify_release(dest / VERSION) == []
    assert f"downloaded {VERSION}" in capsys.readouterr().out


def test_query_remote_falls_back_to_a_verified_cache(server: ReleaseServer, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIDENTS_NO_HTTPFS", "1")  # tests never reach beyond 127.0.0.1
    cache = tmp_path / "cache"
    args = ["query", "--remote", server.base, "--cache-dir", str(cache), "--format", "json",
            "SELECT count(*) AS n FROM incidents"]
    assert cli.main(args) == 0
    out = capsys.readouterr()
    assert json.loads(out.out) == [{"n": 300}]
    assert "httpfs unavailable" in out.err and "downloaded and verified" in out.err
    assert cli.main(args) == 0
    assert "reused cached" in capsys.readouterr().err
    assert [p.name for p in next(cache.iterdir()).iterdir()] == [VERSION]


def test_query_without_remote_is_unchanged(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    make_release(tmp_path / "data" / "releases", n=5, day=date(2024, 5, 1))
    code = cli.main(["--data-dir", str(tmp_path / "data"), "query", "--format", "csv",
                     "SELECT count(*) AS n FROM incidents"])
    assert code == 0
    assert capsys.readouterr().out.split() == ["n", "5"]


def test_httpfs_probe_fails_fast_and_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import duckdb

    from pipeline.remote_query import load_httpfs

    start = time.monotonic()
    reason = load_httpfs(duckdb.connect(), install=False)  # LOAD only: no network
    assert time.monotonic() - start < 2
    assert reason is None or "httpfs" in reason  # None where the extension is installed
    monkeypatch.setenv("INCIDENTS_NO_HTTPFS", "1")
    assert "disabled" in (load_httpfs(duckdb.connect()) or "")


def test_failed_httpfs_install_is_not_retried_for_a_day(server: ReleaseServer, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import remote_query

    calls: list[bool] = []

    def no_httpfs(con: object, install: bool = True) -> str:
        calls.append(install)
        return "no extension repository"  # what a machine without internet gets

    monkeypatch.setattr(remote_query, "load_httpfs", no_httpfs)
    log = io.StringIO()
    for _ in range(2):
        remote = remote_query.open_remote(server.base, cache_root=tmp_path, log=log)
        assert remote.how == "cache" and remote.version == VERSION
    assert calls == [True, False]
    assert "httpfs unavailable (no extension repository)" in log.getvalue()
