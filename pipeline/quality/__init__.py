"""Validation stage: the Great Expectations 1.x suite for incidents and its runner.

`suite` builds the suite from `pipeline.schema` (and writes `expectations/incidents.json`),
`prepare` makes types checkable by GX, `validate` runs GX and splits rows into valid/quarantine.
"""

from pipeline.quality.suite import build_suite, load_suite
from pipeline.quality.validate import (
    ValidationOutcome,
    quarantine_arrow_schema,
    validate_incidents,
)

__all__ = [
    "ValidationOutcome",
    "build_suite",
    "load_suite",
    "quarantine_arrow_schema",
    "validate_incidents",
]
