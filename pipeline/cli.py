"""`incidents`: query, list, extract and evaluate; plain Python, no Dagster.

The `run` command materializes the Dagster job, so it is added by `assets.cli`, the installed
entry point; that keeps the dependency direction assets → pipeline.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from pipeline import cli_releases

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


Extender = Callable[[argparse._SubParsersAction], None]


def main(argv: list[str] | None = None, extend: Extender | None = None) -> int:
    parser = build_parser(extend)
    args = parser.parse_args(argv)
    return args.handler(args)


def build_parser(extend: Extender | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="incidents", description="Open incident dataset.")
    parser.add_argument("--data-dir", default=os.environ.get("INCIDENTS_DATA_DIR", "data"),
                        help="folder holding samples/, staging/ and releases/ (default: data)")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")
    if extend is not None:
        extend(sub)

    query = sub.add_parser("query", help="run SQL against a release (views: incidents, "
                                         "incident_sources, articles)")
    query.add_argument("sql")
    query.add_argument("--release", help="release version (default: latest)")
    query.add_argument("--format", choices=["table", "csv", "json"], default="table")
    cli_releases.add_remote_option(query)
    query.set_defaults(handler=cmd_query)
    cli_releases.register(sub)

    releases = sub.add_parser("releases", help="list published releases")
    releases.add_argument("--format", choices=["table", "csv", "json"], default="table")
    releases.set_defaults(handler=cmd_releases)

    extract = sub.add_parser("extract", help="run extraction alone on a JSON Lines file")
    extract.add_argument("input", type=Path)
    extract.add_argument("-o", "--output", type=Path, required=True)
    extract.set_defaults(handler=cmd_extract)

    evaluate = sub.add_parser("evaluate", help="score extraction against a gold set")
    evaluate.add_argument("gold", type=Path, help="folder of *.gold.json or a .jsonl of records")
    evaluate.add_argument("--json", action="store_true", help="machine-readable output")
    evaluate.add_argument("--extracted", type=Path, default=None,
                          help="score these incidents (JSONL with the record id) instead of "
                               "running the extractor")
    evaluate.set_defaults(handler=cmd_evaluate)

    diff = sub.add_parser("diff", help="incidents added, updated and removed between releases")
    diff.add_argument("old", help="older release version")
    diff.add_argument("new", nargs="?", default="latest", help="newer version (default latest)")
    diff.add_argument("--format", choices=["markdown", "table", "csv", "json"],
                      default="markdown")
    diff.set_defaults(handler=cmd_diff)
    return parser


def cmd_query(args: argparse.Namespace) -> int:
    if args.remote:
        return cli_releases.cmd_remote_query(args)
    from pipeline.query import ReleaseNotFound, connect, render, resolve_release, run_query

    try:
        release = resolve_release(Path(args.data_dir) / "releases", args.release)
    except ReleaseNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    import duckdb

    try:
        columns, rows = run_query(connect(release), args.sql)
    except duckdb.Error as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(render(columns, rows, args.format))
    return 0


def cmd_releases(args: argparse.Namespace) -> int:
    from pipeline.publish import list_releases
    from pipeline.query import render

    rows = list_releases(Path(args.data_dir) / "releases")
    if not rows:
        print("no releases yet; run `incidents run`")
        return 0
    columns = list(dict.fromkeys(k for r in rows for k in r))
    print(render(columns, [tuple(r.get(c) for c in columns) for r in rows], args.format))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.evaluate import extract_jsonl

    count = extract_jsonl(args.input, args.output)
    print(f"wrote {count} incidents to {args.output}", file=sys.stderr)
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from pipeline.publish.changelog import render_changelog
    from pipeline.publish.diff import diff_releases
    from pipeline.query import ReleaseNotFound, render, resolve_release

    releases = Path(args.data_dir) / "releases"
    try:
        old, new = resolve_release(releases, args.old), resolve_release(releases, args.new)
    except ReleaseNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    changes = diff_releases(old, new)
    if args.format == "markdown":
        print(render_changelog(new.name, old.name, changes))
    else:
        table = changes.to_table()
        print(render(table.column_names, [tuple(r.values()) for r in table.to_pylist()],
                     args.format))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate_path, format_report

    result = evaluate_path(args.gold, args.extracted)
    print(json.dumps(result, indent=2, default=str) if args.json else format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
