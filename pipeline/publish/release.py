"""Write a release: immutable, atomic, checksummed, and only when something changed.

Readers (people and the download command) must never see half a release, so every file is
written into a temporary directory that is renamed into place in one step; `latest` and
`index.json` are switched last.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import __version__
from pipeline.publish.changelog import diff_incidents, render_changelog
from pipeline.publish.codebook import render_codebook
from pipeline.publish.page import render_release_page
from pipeline.publish.provenance import git_commit, license_statement
from pipeline.schema import INCIDENTS, RELEASE_TABLES, SCHEMA_VERSION

LATEST = "latest"
INDEX = "index.json"
MANIFEST = "manifest.json"
# zstd's default level: level 9 shrank a million-incident release by a few percent and cost
# four times the write time.
PARQUET_OPTIONS = {"compression": "zstd", "compression_level": 3}


@dataclass(frozen=True)
class PublishResult:
    version: str | None
    path: Path | None
    created: bool
    message: str


def publish_release(
    tables: dict[str, pa.Table],
    *,
    releases_dir: Path,
    validation: dict,
    quarantine: pa.Table | None = None,
    removal_reasons: dict[str, str] | None = None,
    today: date | None = None,
) -> PublishResult:
    """Publish `tables` (one per schema.RELEASE_TABLES name) unless they equal the latest."""
    releases_dir.mkdir(parents=True, exist_ok=True)
    fingerprint = content_fingerprint(tables)
    previous = latest_release(releases_dir)
    if previous is not None:
        old = json.loads((previous / MANIFEST).read_text())
        if old.get("content_fingerprint") == fingerprint:
            return PublishResult(old["version"], previous, False,
                                 f"nothing changed since {old['version']}; no new release")
    version = next_version(releases_dir, today or datetime.now(UTC).date())
    tmp = releases_dir / f".tmp-{version}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        files: dict[str, pa.Table] = {f"{t.name}.parquet": tables[t.name] for t in RELEASE_TABLES}
        if quarantine is not None:
            files["quarantine.parquet"] = quarantine
        for name, table in files.items():
            pq.write_table(table, tmp / name, **PARQUET_OPTIONS)
        old_incidents = (pq.read_table(previous / f"{INCIDENTS.name}.parquet")
                         if previous is not None else None)
        changes = diff_incidents(old_incidents, tables[INCIDENTS.name], removal_reasons)
        pq.write_table(changes.to_table(), tmp / "changes.parquet", **PARQUET_OPTIONS)
        (tmp / "CHANGELOG.md").write_text(render_changelog(
            version, previous.name if previous is not None else None, changes))
        (tmp / "codebook.md").write_text(render_codebook(version))
        (tmp / "index.html").write_text(render_release_page(
            version, tables, release_dir=tmp, validation=validation, changes=changes,
            previous=previous.name if previous is not None else None, quarantine=quarantine))
        manifest = {
            "version": version,
            "schema_version": SCHEMA_VERSION,
            "pipeline_version": __version__,
            "pipeline_commit": git_commit(),
            "license": license_statement(),
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "previous_version": previous.name if previous is not None else None,
            "content_fingerprint": fingerprint,
            "row_counts": {name.removesuffix(".parquet"): t.num_rows for name, t in files.items()},
            "changes": changes.counts(),
            "validation": validation,
            "files": {p.name: {"sha256": sha256_file(p), "bytes": p.stat().st_size}
                      for p in sorted(tmp.iterdir())},
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, default=str) + "\n")
        fsync_dir(tmp)
        final = releases_dir / version
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _point_latest(releases_dir, version)
    write_index(releases_dir)
    return PublishResult(version, final, True, f"published {version}")


def content_fingerprint(tables: dict[str, pa.Table]) -> str:
    """Hash of the data itself (not the file bytes), ignoring volatile bookkeeping columns."""
    digest = hashlib.sha256()
    for table_def in RELEASE_TABLES:
        table = tables[table_def.name]
        keep = [c.name for c in table_def.columns if not c.volatile]
        sink = pa.BufferOutputStream()
        data = table.select(keep).combine_chunks()
        with pa.ipc.new_stream(sink, data.schema) as writer:
            writer.write_table(data)
        digest.update(table_def.name.encode())
        digest.update(sink.getvalue().to_pybytes())
    return digest.hexdigest()


def next_version(releases_dir: Path, day: date) -> str:
    base = f"v{day:%Y.%m.%d}"
    if not (releases_dir / base).exists():
        return base
    n = 1
    while (releases_dir / f"{base}.{n}").exists():
        n += 1
    return f"{base}.{n}"


def release_dirs(releases_dir: Path) -> list[Path]:
    """Published releases, oldest first (a directory counts once its manifest is in it)."""
    if not releases_dir.is_dir():
        return []
    found = [p for p in releases_dir.iterdir()
             if p.is_dir() and not p.is_symlink() and p.name.startswith("v")
             and (p / MANIFEST).is_file()]
    return sorted(found, key=lambda p: version_key(p.name))


def version_key(version: str) -> tuple[int, ...]:
    """vYYYY.MM.DD[.N] in numeric order, so v2024.05.01.10 sorts after v2024.05.01.9."""
    return tuple(int(part) for part in version.removeprefix("v").split(".") if part.isdigit())


def latest_release(releases_dir: Path) -> Path | None:
    dirs = release_dirs(releases_dir)
    return dirs[-1] if dirs else None


def list_releases(releases_dir: Path) -> list[dict]:
    rows = []
    for path in release_dirs(releases_dir):
        manifest = json.loads((path / MANIFEST).read_text())
        rows.append({"version": manifest["version"], "created_at": manifest["created_at"],
                     **{f"{k}_rows": v for k, v in manifest["row_counts"].items()}})
    return rows


def write_index(releases_dir: Path) -> None:
    index = {"latest": None, "releases": []}
    for path in release_dirs(releases_dir):
        manifest = json.loads((path / MANIFEST).read_text())
        index["releases"].append({
            "version": manifest["version"], "created_at": manifest["created_at"],
            "path": f"{path.name}/", "manifest_sha256": sha256_file(path / MANIFEST),
            "row_counts": manifest["row_counts"],
        })
        index["latest"] = manifest["version"]
    tmp = releases_dir / f".{INDEX}.tmp"
    tmp.write_text(json.dumps(index, indent=2) + "\n")
    os.replace(tmp, releases_dir / INDEX)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_release(path: Path) -> list[str]:
    """Files whose checksum does not match the manifest (empty when the release is intact)."""
    manifest = json.loads((path / MANIFEST).read_text())
    return [name for name, meta in manifest["files"].items()
            if not (path / name).is_file() or sha256_file(path / name) != meta["sha256"]]


def _point_latest(releases_dir: Path, version: str) -> None:
    """Switch the `latest` symlink atomically (a rename over the old link)."""
    tmp = releases_dir / f".{LATEST}.tmp"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(version, target_is_directory=True)
    os.replace(tmp, releases_dir / LATEST)


def fsync_dir(path: Path) -> None:
    """Flush every file of a folder before it is renamed into place."""
    for child in path.iterdir():
        with child.open("rb") as fh:
            os.fsync(fh.fileno())
