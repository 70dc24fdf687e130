"""Extraction over several days on a process pool gives what one process gives."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline import stages
from pipeline.ingest.sources import Source
from tests.test_scheduling import DAYS, write_corpus


def test_pool_matches_serial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    data_dir = tmp_path / "data"
    stages.ingest([Source("c", "folder", path=corpus)], data_dir=data_dir)
    days = {d: stages.articles_of_day(data_dir, d) for d in DAYS}
    serial = stages.extract_days(None, days, workers=1)
    monkeypatch.setattr(stages, "POOL_MIN_ARTICLES", 0)
    pooled = stages.extract_days(tmp_path / "staging", days, workers=2)
    assert sorted(pooled) == sorted(serial) == DAYS
    for day in DAYS:
        pd.testing.assert_frame_equal(pooled[day].reset_index(drop=True),
                                      serial[day].reset_index(drop=True))
        ledger = pd.read_parquet(tmp_path / "staging" / "extraction_ledger" / f"{day}.parquet")
        assert len(ledger) == 1  # each worker kept its day's ledger
