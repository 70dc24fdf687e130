"""The installed `incidents` command: pipeline's CLI plus `run`, which needs Dagster."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pipeline import cli


def add_run(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("run", help="materialize the whole pipeline in-process (Dagster)")
    run.add_argument("--samples", help="folder of articles to ingest (default: DATA_DIR/samples)")
    run.set_defaults(handler=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir).resolve()
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(data_dir / "dagster_home")))
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        # Local SQLite storage in DAGSTER_HOME is Dagster's default; say so, and keep telemetry
        # off. docs in README show how to point this file at PostgreSQL instead.
        config.write_text("# Instance storage: SQLite files in this folder (the default).\n"
                          "telemetry:\n  enabled: false\n")
    from assets.runs import execute_pipeline  # Dagster loads only when a run is asked for

    outcome = execute_pipeline(data_dir, samples_dir=args.samples)
    print(outcome.report)
    return 0 if outcome.success else 1


def main(argv: list[str] | None = None) -> int:
    return cli.main(argv, extend=add_run)


if __name__ == "__main__":
    sys.exit(main())
