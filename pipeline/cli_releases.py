"""`incidents download`, `incidents publish-remote` and `incidents query --remote`.

Kept apart from pipeline/cli.py so the commands about moving releases around (to a bucket, from
a mirror) live together; cli.py calls `register` once and hands `query --remote` over to
`cmd_remote_query`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    download = sub.add_parser(
        "download", help="download a release over HTTP(S) or from a folder, verifying checksums")
    download.add_argument("base", nargs="?", default=os.environ.get("INCIDENTS_BASE_URL"),
                          help="http(s) URL or folder holding index.json "
                               "(default: $INCIDENTS_BASE_URL)")
    download.add_argument("--version", default="latest",
                          help="release version or 'latest' (default)")
    download.add_argument("--dest", type=Path, default=Path("data/downloads"),
                          help="folder to put <version>/ in (default: data/downloads)")
    download.set_defaults(handler=cmd_download)

    upload = sub.add_parser(
        "publish-remote", help="upload local releases to S3-compatible storage, index last")
    upload.add_argument("target", help="s3://BUCKET[/PREFIX]")
    upload.add_argument("--endpoint", default=os.environ.get("AWS_ENDPOINT_URL"),
                        help="S3 endpoint URL for non-AWS stores (default: $AWS_ENDPOINT_URL)")
    upload.add_argument("--region", default=os.environ.get("AWS_DEFAULT_REGION"))
    upload.add_argument("--version", action="append", dest="versions",
                        help="only this release (repeatable; default: every local release)")
    upload.set_defaults(handler=cmd_publish_remote)


def add_remote_option(query: argparse.ArgumentParser) -> None:
    query.add_argument("--remote", metavar="BASE_URL",
                       help="query a published mirror (http(s) URL or folder with index.json) "
                            "instead of the local releases")
    query.add_argument("--cache-dir", type=Path,
                       help="where `--remote` keeps verified downloads "
                            "(default: $INCIDENTS_CACHE_DIR or ~/.cache/open-incidents)")


def cmd_download(args: argparse.Namespace) -> int:
    from pipeline.download import DownloadError, download_release

    if not args.base:
        print("error: give a BASE_URL (or set INCIDENTS_BASE_URL)", file=sys.stderr)
        return 2
    try:
        result = download_release(args.base, args.version, args.dest)
    except DownloadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if result.reused:
        print(f"{result.version} is already in {result.path} and intact")
    else:
        print(f"downloaded {result.version} to {result.path}: {result.files} files verified")
    return 0


def cmd_publish_remote(args: argparse.Namespace) -> int:
    from pipeline.publish.remote import (
        RemotePublishError,
        RemoteTarget,
        make_client,
        publish_remote,
    )

    try:
        target = RemoteTarget.parse(args.target)
        client = make_client(args.endpoint, args.region)
        report = publish_remote(Path(args.data_dir) / "releases", target, client,
                                versions=args.versions,
                                log=lambda msg: print(msg, file=sys.stderr))
    except RemotePublishError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # botocore's errors (credentials, endpoint) share no base class
        if type(exc).__module__.startswith(("botocore", "boto3")):
            print(f"error: {exc}", file=sys.stderr)
            return 1
        raise
    print(f"s3://{target.bucket}/{target.key('')}: {len(report.published)} release(s) "
          f"uploaded, {len(report.skipped)} already there; latest = {report.latest}")
    return 0


def cmd_remote_query(args: argparse.Namespace) -> int:
    import duckdb

    from pipeline.download import DownloadError
    from pipeline.query import render, run_query
    from pipeline.remote_query import open_remote

    try:
        remote = open_remote(args.remote, args.release or "latest", cache_root=args.cache_dir)
        columns, rows = run_query(remote.con, args.sql)
    except (DownloadError, duckdb.Error) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(render(columns, rows, args.format))
    return 0
