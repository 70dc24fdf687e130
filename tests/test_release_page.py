"""The release page: written into every release, covered by the manifest, self-contained, and
rendering in a real headless Chromium (from disk and over HTTP) with no console errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.publish.page import render_release_page
from pipeline.publish.release import sha256_file, verify_release
from tests.release_factory import make_release
from tests.release_server import ReleaseServer

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="headless Chromium not installed (/usr/bin/chromium); `make browser` installs it")


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = make_release(tmp_path_factory.mktemp("releases"), n=300).path
    assert path is not None
    return path


def manifest(release: Path) -> dict:
    return json.loads((release / "manifest.json").read_text())


def page(release: Path) -> str:
    return (release / "index.html").read_text()


def test_page_is_in_the_release_and_covered_by_the_manifest(release: Path) -> None:
    files = manifest(release)["files"]
    assert files["index.html"]["sha256"] == sha256_file(release / "index.html")
    assert verify_release(release) == []


def test_page_embeds_counts_checksums_codebook_and_no_external_resources(release: Path) -> None:
    html = page(release)
    m = manifest(release)
    for table, count in m["row_counts"].items():
        assert f'data-count="{table}"><b>{count}</b>' in html
    for name, meta in m["files"].items():
        if name != "index.html":  # a page cannot contain its own checksum
            assert meta["sha256"] in html and f'href="{name}"' in html
    assert "<h2>Coding conventions</h2>" in html and "<table" in html  # codebook rendered
    assert "read_parquet(" in html and "CC-BY-4.0" in html
    # Nothing is loaded from anywhere: no src= attributes, no stylesheets, no fetch.
    assert not re.search(r"\bsrc\s*=", html)
    assert not re.search(r"<link[^>]+stylesheet", html)
    assert "fetch(" not in html and "XMLHttpRequest" not in html
    located = pq.read_table(release / "incidents.parquet").column("latitude").drop_null()
    assert html.count("<circle ") == len(located)
    assert "without coordinates not shown" in html


def test_manifest_names_commit_and_licence(release: Path) -> None:
    m = manifest(release)
    assert "pipeline_commit" in m  # the commit, or None outside a git checkout
    assert m["pipeline_commit"] is None or re.fullmatch(r"[0-9a-f]{40}(-dirty)?",
                                                        m["pipeline_commit"])
    assert m["license"]["data"] == "CC-BY-4.0" and m["license"]["code"] == "Apache-2.0"


def test_page_renders_for_an_empty_release(tmp_path: Path) -> None:
    from tests.release_factory import release_tables

    tables = {name: t.slice(0, 0) for name, t in release_tables(3).items()}
    html = render_release_page("v2024.01.01", tables, release_dir=tmp_path, validation={})
    assert 'data-count="incidents"><b>0</b>' in html and "no data" in html


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--enable-logging=stderr",
             "--v=0"]
    return subprocess.run([str(CHROMIUM), *flags, *args], capture_output=True, text=True,
                          timeout=120, check=False)


def console_lines(stderr: str) -> list[str]:
    """Everything the page wrote to the console (Chromium logs each message as CONSOLE)."""
    return [line for line in stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]


@needs_chromium
def test_chromium_renders_from_disk_without_console_errors(release: Path,
                                                           tmp_path: Path) -> None:
    url = (release / "index.html").as_uri()
    dom = chromium("--dump-dom", url, profile=tmp_path / "profile")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert console_lines(dom.stderr) == []
    for table, count in manifest(release)["row_counts"].items():
        assert f'data-count="{table}"><b>{count}</b>' in dom.stdout
    assert release.name in dom.stdout

    shot = tmp_path / "page.png"
    taken = chromium(f"--screenshot={shot}", "--window-size=1280,2000", "--hide-scrollbars",
                     url, profile=tmp_path / "profile")
    assert taken.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


@needs_chromium
def test_chromium_over_http_fills_in_urls_and_fetches_nothing_else(release: Path,
                                                                   tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(release, root / release.name)
    with ReleaseServer(root) as server:
        url = f"{server.base}/{release.name}/index.html"
        dom = chromium("--dump-dom", url, profile=tmp_path / "profile")
        requested = {s.path for s in server.requests}
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert console_lines(dom.stderr) == []
    base = f"{server.base}/{release.name}/"
    assert f'<span class="base">{base}</span>incidents.parquet' in dom.stdout  # the script ran
    assert requested == {f"/{release.name}/index.html"}  # no stylesheet, font, image, favicon
