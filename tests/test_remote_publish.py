"""Publishing to S3-compatible storage: a moto server on 127.0.0.1 stands in for the bucket.

Checks the upload order (every release file, its manifest, then index.json, then latest.json),
immutability, and that what landed in the bucket downloads and verifies over plain HTTP.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests

pytest.importorskip("boto3", reason="boto3 is needed to publish to S3-compatible storage")
moto_server = pytest.importorskip("moto.server", reason="moto[server] provides the local S3")

from pipeline import cli  # noqa: E402
from pipeline.download import download_release  # noqa: E402
from pipeline.publish.release import sha256_file, verify_release  # noqa: E402
from pipeline.publish.remote import (  # noqa: E402
    RemotePublishError,
    RemoteTarget,
    make_client,
    publish_remote,
)
from tests.release_factory import make_release  # noqa: E402

BUCKET = "open-incidents"
PREFIX = "releases"
V1, V2 = "v2024.05.01", "v2024.05.02"


@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def endpoint(moto_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The server with empty buckets (moto keeps state in-process across tests otherwise)."""
    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=10).raise_for_status()
    for key in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_CONFIG_FILE", "/dev/null")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
    return moto_endpoint


@pytest.fixture
def client(endpoint: str) -> Any:
    s3 = make_client(endpoint)
    s3.create_bucket(Bucket=BUCKET)
    # A public mirror: anyone may read (what a bucket serving releases over HTTP is set to).
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                       "Resource": f"arn:aws:s3:::{BUCKET}/*"}]}))
    return s3


def record_puts(client: Any) -> list[str]:
    order: list[str] = []
    client.meta.events.register("before-parameter-build.s3.PutObject",
                                lambda params, **_: order.append(params["Key"]))
    return order


def keys(client: Any) -> set[str]:
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=PREFIX)
    return {o["Key"] for page in pages for o in page.get("Contents", [])}


def body(client: Any, key: str) -> bytes:
    return client.get_object(Bucket=BUCKET, Key=key)["Body"].read()


def test_upload_order_contents_and_read_back(client: Any, endpoint: str,
                                             tmp_path: Path) -> None:
    releases = tmp_path / "releases"
    local = make_release(releases, n=120).path
    order = record_puts(client)
    report = publish_remote(releases, RemoteTarget(BUCKET, PREFIX), client)

    manifest = json.loads((local / "manifest.json").read_text())
    release_keys = [f"{PREFIX}/{V1}/{name}" for name in manifest["files"]]
    assert order[-2:] == [f"{PREFIX}/index.json", f"{PREFIX}/latest.json"]  # pointers last
    assert order[-3] == f"{PREFIX}/{V1}/manifest.json"  # a release's manifest after its files
    assert set(order[:-3]) == set(release_keys)
    assert report.published == [V1] and report.latest == V1 and report.uploaded == order
    assert keys(client) == {*release_keys, f"{PREFIX}/{V1}/manifest.json",
                            f"{PREFIX}/index.json", f"{PREFIX}/latest.json"}

    for name, meta in manifest["files"].items():  # every object is byte-identical
        assert hashlib.sha256(body(client, f"{PREFIX}/{V1}/{name}")).hexdigest() == meta["sha256"]
    index = json.loads(body(client, f"{PREFIX}/index.json"))
    assert index["latest"] == V1
    assert index["releases"][0]["manifest_sha256"] == sha256_file(local / "manifest.json")
    assert json.loads(body(client, f"{PREFIX}/latest.json"))["version"] == V1
    head = client.head_object(Bucket=BUCKET, Key=f"{PREFIX}/{V1}/index.html")
    assert head["ContentType"].startswith("text/html")
    assert head["Metadata"]["sha256"] == manifest["files"]["index.html"]["sha256"]

    # The bucket is a mirror: the download command reads it over plain HTTP and verifies it.
    result = download_release(f"{endpoint}/{BUCKET}/{PREFIX}", "latest", tmp_path / "dl",
                              progress=io.StringIO())
    assert result.version == V1 and verify_release(result.path) == []


def test_second_release_is_added_and_uploads_are_idempotent(client: Any,
                                                            tmp_path: Path) -> None:
    releases = tmp_path / "releases"
    make_release(releases, n=20)
    target = RemoteTarget.parse(f"s3://{BUCKET}/{PREFIX}")
    publish_remote(releases, target, client)
    make_release(releases, n=25, day=date(2024, 5, 2))
    order = record_puts(client)
    report = publish_remote(releases, target, client)
    assert report.skipped == [V1] and report.published == [V2]
    assert not [k for k in order if f"/{V1}/" in k]  # nothing of v1 re-uploaded
    assert order[-2:] == [f"{PREFIX}/index.json", f"{PREFIX}/latest.json"]
    index = json.loads(body(client, f"{PREFIX}/index.json"))
    assert [r["version"] for r in index["releases"]] == [V1, V2] and index["latest"] == V2

    order.clear()
    again = publish_remote(releases, target, client)
    assert again.published == [] and again.skipped == [V1, V2]
    assert order == [f"{PREFIX}/index.json", f"{PREFIX}/latest.json"]


def test_a_different_release_under_the_same_version_is_refused(client: Any,
                                                               tmp_path: Path) -> None:
    make_release(tmp_path / "a", n=10)
    make_release(tmp_path / "b", n=11)  # same version name, other content
    target = RemoteTarget(BUCKET, PREFIX)
    publish_remote(tmp_path / "a", target, client)
    with pytest.raises(RemotePublishError, match="immutable"):
        publish_remote(tmp_path / "b", target, client)


def test_cli_publish_remote(client: Any, endpoint: str, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    make_release(data / "releases", n=10)
    code = cli.main(["--data-dir", str(data), "publish-remote", f"s3://{BUCKET}/cli",
                     "--endpoint", endpoint])
    assert code == 0
    assert "1 release(s) uploaded" in capsys.readouterr().out
    assert body(client, "cli/latest.json")
    assert RemoteTarget.parse("s3://b/x/y/") == RemoteTarget("b", "x/y")
    with pytest.raises(RemotePublishError):
        RemoteTarget.parse("https://example.org/x")
