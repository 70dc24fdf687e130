"""The benchmark's one table (printed) and its JSON twin (compared across runs)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks.measure import Measure


def table(measures: list[Measure]) -> str:
    """Stage | items | seconds | per second | peak RSS, grouped by section."""
    header = ("section", "stage", "items", "seconds", "per s", "note")
    rows = [header]
    for m in measures:
        note = m.extra.get("target_s")
        note = f"target ≤ {note:g} s: {'OK' if m.seconds <= note else 'MISSED'}" if note else ""
        rows.append((m.section, m.name, f"{m.items:,} {m.unit}" if m.items else "",
                     f"{m.seconds:.3f}", f"{m.rate:,.1f}" if m.rate else "", note))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
             for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def write(result: dict[str, Any], out: Path, stamp: str) -> tuple[Path, Path]:
    """results/latest.json and results/<stamp>.json (the same content)."""
    out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result, indent=2, default=str) + "\n"
    latest, dated = out / "latest.json", out / f"{stamp}.json"
    latest.write_text(text)
    dated.write_text(text)
    return latest, dated
