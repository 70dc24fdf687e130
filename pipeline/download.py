"""Download a published release over HTTP(S) or from a folder, verified file by file.

Trust flows from one small file: `index.json` names each release with the sha256 of its
`manifest.json`, and the manifest names the sha256 and size of every other file. So a
downloader that checks the manifest against the index and each file against the manifest ends
up with exactly what was published, or with an error and nothing half-written:

- files are fetched into `<dest>/.download-<version>/NAME.part`, renamed to NAME only once their
  checksum matches, and the staging folder is renamed to `<dest>/<version>` in one step when every
  file is in;
- an interrupted transfer resumes from the `.part` file with an HTTP Range request (and starts
  over when the server ignores Range);
- a checksum mismatch deletes the bad `.part` and stops with ChecksumMismatch.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

import requests

from pipeline import __version__
from pipeline.publish.release import fsync_dir, sha256_file

INDEX = "index.json"
MANIFEST = "manifest.json"
LATEST = "latest"
DEFAULT_DEST = Path("data/downloads")
USER_AGENT = f"open-incidents-download/{__version__}"
CHUNK = 1 << 16
TIMEOUT = 30
MAX_ATTEMPTS = 5  # per file: the first try plus resumptions after a dropped connection
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class DownloadError(RuntimeError):
    """The release could not be fetched; the message says what and where."""


class ChecksumMismatch(DownloadError):
    """A fetched file is not what the manifest (or the index) says was published."""


@dataclass(frozen=True)
class Downloaded:
    version: str
    path: Path
    files: int
    bytes: int
    reused: bool  # True when an intact copy was already there and nothing was fetched


def is_url(base: str) -> bool:
    return urlsplit(base).scheme in ("http", "https")


class Source:
    """Where a release tree lives: an http(s) base URL or a local folder holding index.json."""

    def __init__(self, base: str, session: requests.Session | None = None) -> None:
        self.base = base
        self.remote = is_url(base)
        if base.startswith("file://"):
            self.base = urlsplit(base).path
        self.session = session or requests.Session()
        self.session.headers.setdefault("User-Agent", USER_AGENT)

    def url(self, rel: str) -> str:
        return f"{self.base.rstrip('/')}/{rel}" if self.remote else str(Path(self.base) / rel)

    def read(self, rel: str) -> bytes:
        """A small file (index, manifest) in one piece."""
        if not self.remote:
            try:
                return Path(self.url(rel)).read_bytes()
            except OSError as exc:
                raise DownloadError(f"cannot read {self.url(rel)}: {exc}") from exc
        try:
            response = self.session.get(self.url(rel), timeout=TIMEOUT)
        except requests.RequestException as exc:
            raise DownloadError(f"cannot fetch {self.url(rel)}: {exc}") from exc
        if response.status_code != 200:
            raise DownloadError(f"cannot fetch {self.url(rel)}: HTTP {response.status_code}")
        return response.content

    def stream(self, rel: str, offset: int) -> tuple[Iterator[bytes], int]:
        """Chunks of `rel` from `offset`, and the offset they really start at (0 when the
        server ignored the Range request and sends the whole file)."""
        if not self.remote:
            return _file_chunks(Path(self.url(rel)), offset), offset
        headers = {"Range": f"bytes={offset}-"} if offset else {}
        try:
            response = self.session.get(self.url(rel), headers=headers, stream=True,
                                        timeout=TIMEOUT)
        except requests.RequestException as exc:
            raise _Interrupted(str(exc)) from exc
        if offset and response.status_code == 416:
            response.close()
            return iter(()), offset  # nothing left past offset: the .part is complete
        if offset and response.status_code == 206:
            start = _content_range_start(response.headers.get("Content-Range", ""))
            if start != offset:
                response.close()
                raise _Interrupted(f"server answered Range {offset}- from byte {start}")
            return _response_chunks(response), offset
        if response.status_code == 429 or response.status_code >= 500:
            response.close()
            raise _Interrupted(f"HTTP {response.status_code}")  # transient: try again
        if response.status_code != 200:
            response.close()
            raise DownloadError(f"cannot fetch {self.url(rel)}: HTTP {response.status_code}")
        return _response_chunks(response), 0


class _Interrupted(Exception):
    """The transfer stopped early; the .part file is kept for a resumed attempt."""


def download_release(base: str, version: str = LATEST, dest: Path = DEFAULT_DEST, *,
                     progress: IO[str] | None = None,
                     session: requests.Session | None = None) -> Downloaded:
    """Fetch release `version` ('latest' or vYYYY.MM.DD[.N]) from `base` into `dest/<version>`.

    Returns at once when an intact copy is already there. Raises ChecksumMismatch on any file
    that is not what was published, DownloadError on anything else that goes wrong.
    """
    source = Source(base, session)
    progress = progress if progress is not None else sys.stderr
    entry = resolve_version(read_index(source), version)
    version = entry["version"]
    final = dest / version
    if final.is_dir():
        if not _damaged(final):
            return Downloaded(version, final, 0, 0, True)
        raise DownloadError(f"{final} exists but does not match its manifest; delete it and "
                            "download again")
    manifest_bytes = source.read(f"{entry['path']}{MANIFEST}")
    if _sha256(manifest_bytes) != entry.get("manifest_sha256"):
        raise ChecksumMismatch(f"{version}/{MANIFEST} does not match the sha256 in "
                               f"{source.url(INDEX)}; refusing this release")
    manifest = json.loads(manifest_bytes)
    if manifest.get("version") != version:
        raise DownloadError(f"{version}/{MANIFEST} describes {manifest.get('version')!r}")
    files: dict[str, dict] = manifest["files"]
    for name in files:
        if not _SAFE_NAME.match(name) or name == MANIFEST:
            raise DownloadError(f"{version}/{MANIFEST} lists an unsafe file name {name!r}")

    dest.mkdir(parents=True, exist_ok=True)
    staging = dest / f".download-{version}"
    staging.mkdir(exist_ok=True)
    total = 0
    for name, meta in files.items():
        total += fetch_file(source, f"{entry['path']}{name}", staging / name, meta, progress)
    (staging / MANIFEST).write_bytes(manifest_bytes)
    fsync_dir(staging)
    os.rename(staging, final)
    return Downloaded(version, final, len(files), total, False)


def read_index(source: Source) -> dict:
    try:
        index = json.loads(source.read(INDEX))
    except json.JSONDecodeError as exc:
        raise DownloadError(f"{source.url(INDEX)} is not JSON: {exc}") from exc
    if not isinstance(index, dict) or not isinstance(index.get("releases"), list):
        raise DownloadError(f"{source.url(INDEX)} is not a release index")
    return index


def resolve_version(index: dict, version: str) -> dict:
    """The index entry of `version`, with 'latest' meaning the one index.json names."""
    wanted = index.get("latest") if version == LATEST else version
    for entry in index["releases"]:
        if entry.get("version") == wanted:
            if not _SAFE_NAME.match(str(wanted)) or entry.get("path") != f"{wanted}/":
                raise DownloadError(f"index entry for {wanted!r} is malformed")
            return entry
    known = ", ".join(e.get("version", "?") for e in index["releases"]) or "none"
    raise DownloadError(f"no release {wanted or version!r} in the index (available: {known})")


def fetch_file(source: Source, rel: str, target: Path, meta: dict,
               progress: IO[str]) -> int:
    """Fetch one file to `target` via `target.part`, resuming, verifying size and sha256."""
    expected, size = meta["sha256"], int(meta["bytes"])
    if target.is_file() and target.stat().st_size == size and sha256_file(target) == expected:
        return 0  # verified in an earlier, interrupted run
    part = target.with_name(target.name + ".part")
    bar = Progress(target.name, size, progress)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        have = part.stat().st_size if part.exists() else 0
        if have > size:
            part.unlink()
            have = 0
        try:
            if have < size or size == 0:
                chunks, start = source.stream(rel, have)
                with part.open("r+b" if start and part.exists() else "wb") as fh:
                    fh.seek(start)
                    fh.truncate()
                    bar.update(start)
                    for chunk in chunks:
                        fh.write(chunk)
                        bar.update(fh.tell())
            got = part.stat().st_size
            if got < size:
                raise _Interrupted(f"connection closed after {got} of {size} bytes")
            break
        except (_Interrupted, requests.RequestException, ConnectionError) as exc:
            if attempt == MAX_ATTEMPTS:
                raise DownloadError(f"{rel}: gave up after {attempt} attempts ({exc}); run the "
                                    "same command again to resume") from exc
            bar.note(f"interrupted ({exc}); resuming")
            time.sleep(min(0.2 * attempt, 2))
    digest = sha256_file(part)
    if part.stat().st_size != size or digest != expected:
        part.unlink()
        raise ChecksumMismatch(f"{rel}: sha256 {digest} does not match the manifest ({expected});"
                               " the file was deleted and nothing was kept")
    os.replace(part, target)
    bar.done()
    return size


class Progress:
    """One line per file on stderr: redrawn in place on a terminal, printed once otherwise."""

    def __init__(self, name: str, size: int, stream: IO[str]) -> None:
        self.name, self.size, self.stream = name, size, stream
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.last = 0.0
        self.shown = 0

    def update(self, done: int) -> None:
        self.shown = done
        now = time.monotonic()
        if self.tty and now - self.last > 0.1:
            self.last = now
            self.stream.write(f"\r{self._line(done)}")
            self.stream.flush()

    def note(self, message: str) -> None:
        self.stream.write(f"{chr(13) if self.tty else ''}{self.name}: {message}\n")
        self.stream.flush()

    def done(self) -> None:
        self.stream.write(f"{chr(13) if self.tty else ''}{self._line(self.size)}  ok\n")
        self.stream.flush()

    def _line(self, done: int) -> str:
        pct = 100 if not self.size else done * 100 // self.size
        return f"{self.name:<26} {_human(done):>9} / {_human(self.size):<9} {pct:3d}%"


def _human(n: int) -> str:
    value = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{n} B"


def _response_chunks(response: requests.Response) -> Iterator[bytes]:
    try:
        yield from response.iter_content(CHUNK)
    except requests.RequestException as exc:
        raise _Interrupted(str(exc)) from exc
    finally:
        response.close()


def _file_chunks(path: Path, offset: int) -> Iterator[bytes]:
    try:
        with path.open("rb") as fh:
            fh.seek(offset)
            yield from iter(lambda: fh.read(CHUNK), b"")
    except FileNotFoundError as exc:
        raise DownloadError(f"missing in the source folder: {path}") from exc


def _content_range_start(header: str) -> int | None:
    match = re.match(r"bytes (\d+)-", header.strip())
    return int(match.group(1)) if match else None


def _damaged(release: Path) -> bool:
    from pipeline.publish.release import verify_release

    try:
        return bool(verify_release(release))
    except (OSError, ValueError, KeyError):
        return True


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()



