"""Mirror local releases to S3-compatible object storage (AWS S3, MinIO, R2, Ceph, ...).

Object stores have no rename and no symlink, so the atomic switch of a local release becomes an
upload order: every file of a release first, its `manifest.json` last (a release without its
manifest is invisible to the download command), then `index.json`, then `latest.json`, a small
pointer object naming the newest version. A reader who follows index.json therefore never sees
half a release. Releases are immutable: one already uploaded is skipped when its manifest is the
same and refused when it differs.

Credentials come from boto3's standard chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
AWS_SESSION_TOKEN, profiles, instance roles); the endpoint from `endpoint_url` or
AWS_ENDPOINT_URL, so the same code talks to any S3-compatible server.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.publish.release import (
    INDEX,
    MANIFEST,
    release_dirs,
    sha256_file,
    verify_release,
    version_key,
)

LATEST_POINTER = "latest.json"
CONTENT_TYPES = {
    ".parquet": "application/vnd.apache.parquet",
    ".json": "application/json",
    ".md": "text/markdown; charset=utf-8",
    ".html": "text/html; charset=utf-8",
}
IMMUTABLE = "public, max-age=31536000, immutable"  # a release never changes once written
MUTABLE = "no-cache"  # index.json and latest.json move with every release


class RemotePublishError(RuntimeError):
    pass


@dataclass
class RemoteTarget:
    bucket: str
    prefix: str = ""

    @classmethod
    def parse(cls, target: str) -> RemoteTarget:
        """`s3://bucket/some/prefix` (or `bucket/some/prefix`) into bucket and prefix."""
        parts = urlsplit(target if "://" in target else f"s3://{target}")
        if parts.scheme != "s3" or not parts.netloc:
            raise RemotePublishError(f"expected s3://BUCKET[/PREFIX], got {target!r}")
        return cls(parts.netloc, parts.path.strip("/"))

    def key(self, rel: str) -> str:
        return f"{self.prefix}/{rel}" if self.prefix else rel


@dataclass
class UploadReport:
    uploaded: list[str] = field(default_factory=list)  # keys, in upload order
    published: list[str] = field(default_factory=list)  # versions newly uploaded
    skipped: list[str] = field(default_factory=list)  # versions already there, identical
    latest: str | None = None


def make_client(endpoint_url: str | None = None, region: str | None = None) -> Any:
    """A boto3 S3 client; imported here so the rest of the package works without boto3."""
    import boto3
    from botocore.config import Config

    return boto3.client("s3", endpoint_url=endpoint_url, region_name=region or "us-east-1",
                        config=Config(retries={"max_attempts": 5, "mode": "standard"}))


def publish_remote(releases_dir: Path, target: RemoteTarget, client: Any, *,
                   versions: list[str] | None = None,
                   log: Callable[[str], None] = lambda _msg: None) -> UploadReport:
    """Upload the local releases (all, or `versions`) that the bucket lacks, then the index."""
    local = {p.name: p for p in release_dirs(releases_dir)}
    if not local:
        raise RemotePublishError(f"no local release in {releases_dir}")
    wanted = versions or list(local)
    missing = [v for v in wanted if v not in local]
    if missing:
        raise RemotePublishError(f"no local release {', '.join(missing)} in {releases_dir}")
    report = UploadReport()
    remote_index = _get_json(client, target, INDEX) or {"latest": None, "releases": []}
    remote_entries = {e["version"]: e for e in remote_index.get("releases", [])}

    for version in sorted(wanted, key=version_key):
        path = local[version]
        damaged = verify_release(path)
        if damaged:
            raise RemotePublishError(f"local release {version} is damaged: {', '.join(damaged)}")
        manifest_sha = sha256_file(path / MANIFEST)
        existing = _remote_manifest_sha(client, target, version)
        if existing == manifest_sha:
            report.skipped.append(version)
            log(f"{version}: already uploaded, identical")
            continue
        if existing is not None:
            raise RemotePublishError(f"{version} already exists remotely with a different "
                                     "manifest; releases are immutable, refusing to overwrite")
        manifest = json.loads((path / MANIFEST).read_text())
        for name in sorted(manifest["files"]):  # data first ...
            _put_file(client, target, f"{version}/{name}", path / name, IMMUTABLE, report)
        _put_file(client, target, f"{version}/{MANIFEST}", path / MANIFEST, IMMUTABLE, report)
        report.published.append(version)
        log(f"{version}: uploaded {len(manifest['files']) + 1} files")
        remote_entries[version] = _index_entry(path, manifest, manifest_sha)

    for version, path in local.items():  # the index also names local releases already remote
        if version in remote_entries or _remote_manifest_sha(client, target, version) is None:
            continue
        manifest = json.loads((path / MANIFEST).read_text())
        remote_entries[version] = _index_entry(path, manifest, sha256_file(path / MANIFEST))

    ordered = sorted(remote_entries.values(), key=lambda e: version_key(e["version"]))
    index = {"latest": ordered[-1]["version"], "releases": ordered}
    _put_bytes(client, target, INDEX, _json_bytes(index), MUTABLE, report)  # ... index last
    latest = ordered[-1]
    pointer = {"version": latest["version"], "path": latest["path"],
               "manifest_sha256": latest["manifest_sha256"]}
    _put_bytes(client, target, LATEST_POINTER, _json_bytes(pointer), MUTABLE, report)
    report.latest = latest["version"]
    return report


def _index_entry(path: Path, manifest: dict, manifest_sha: str) -> dict:
    return {"version": manifest["version"], "created_at": manifest["created_at"],
            "path": f"{path.name}/", "manifest_sha256": manifest_sha,
            "row_counts": manifest["row_counts"]}


def _remote_manifest_sha(client: Any, target: RemoteTarget, version: str) -> str | None:
    data = _get(client, target, f"{version}/{MANIFEST}")
    return hashlib.sha256(data).hexdigest() if data is not None else None


def _get(client: Any, target: RemoteTarget, rel: str) -> bytes | None:
    from botocore.exceptions import ClientError

    try:
        return client.get_object(Bucket=target.bucket, Key=target.key(rel))["Body"].read()
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound"):
            return None
        raise


def _get_json(client: Any, target: RemoteTarget, rel: str) -> dict | None:
    data = _get(client, target, rel)
    return json.loads(data) if data is not None else None


def _put_file(client: Any, target: RemoteTarget, rel: str, path: Path, cache: str,
              report: UploadReport) -> None:
    key = target.key(rel)
    with path.open("rb") as body:
        client.put_object(Bucket=target.bucket, Key=key, Body=body, CacheControl=cache,
                          ContentType=_content_type(rel),
                          Metadata={"sha256": sha256_file(path)})
    report.uploaded.append(key)


def _put_bytes(client: Any, target: RemoteTarget, rel: str, data: bytes, cache: str,
               report: UploadReport) -> None:
    key = target.key(rel)
    client.put_object(Bucket=target.bucket, Key=key, Body=data, CacheControl=cache,
                      ContentType=_content_type(rel))
    report.uploaded.append(key)


def _content_type(rel: str) -> str:
    return CONTENT_TYPES.get(Path(rel).suffix, "application/octet-stream")


def _json_bytes(data: dict) -> bytes:
    return (json.dumps(data, indent=2) + "\n").encode()
