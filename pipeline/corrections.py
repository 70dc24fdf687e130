"""Editorial corrections: the explicit, reviewed way to remove or fix a published incident.

Automatic merging handles new reports; a human judgement ("this was a gas explosion, not an
attack") belongs in `corrections.yaml`, versioned with the code, so every removal in a changelog
has a reason someone wrote down.

```yaml
corrections:
  - incident_id: inc-0123456789ab
    remove: "Investigators found a gas leak caused the explosion (not an attack)."
  - incident_id: inc-ba9876543210
    set: {admin1: Nineveh, admin1_code: IQ-NI}
    reason: "Sources misnamed the province."
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from pipeline.schema import INCIDENTS


class CorrectionsError(ValueError):
    pass


@dataclass
class Correction:
    incident_id: str
    remove: str | None = None
    set: dict = field(default_factory=dict)
    reason: str | None = None


def load_corrections(path: Path) -> list[Correction]:
    if not path.exists():
        return []
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for index, entry in enumerate(raw.get("corrections") or []):
        if not isinstance(entry, dict) or not entry.get("incident_id"):
            raise CorrectionsError(f"{path}: correction #{index + 1} needs an incident_id")
        unknown = set(entry.get("set") or {}) - set(INCIDENTS.names)
        if unknown or "incident_id" in (entry.get("set") or {}):
            raise CorrectionsError(f"{path}: correction #{index + 1} sets unknown or "
                                   f"unchangeable columns {sorted(unknown) or ['incident_id']}")
        if not entry.get("remove") and not entry.get("set"):
            raise CorrectionsError(f"{path}: correction #{index + 1} neither removes nor sets")
        out.append(Correction(entry["incident_id"], entry.get("remove"),
                              dict(entry.get("set") or {}), entry.get("reason")))
    return out


def apply_corrections(incidents: pd.DataFrame, corrections: list[Correction]
                      ) -> tuple[pd.DataFrame, dict[str, str]]:
    """(corrected incidents, {removed id: reason}). A correction naming an id that is not
    there is ignored: it may concern an incident already removed earlier."""
    removed: dict[str, str] = {}
    frame = incidents.copy()
    for c in corrections:
        hit = frame["incident_id"] == c.incident_id
        if not hit.any():
            continue
        if c.remove:
            removed[c.incident_id] = f"correction: {c.remove}"
            frame = frame[~hit]
            continue
        for column, value in c.set.items():
            frame.loc[hit, column] = value
    return frame.reset_index(drop=True), removed
