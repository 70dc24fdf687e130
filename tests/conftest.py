"""Shared fixtures. GX analytics stay off; every test writes below its own tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["GX_ANALYTICS_ENABLED"] = "False"

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def extractor_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Article ids the extractor is called with (in this process), to show what a run
    extracts and what it leaves alone."""
    import pipeline.extract as extract_module

    calls: list[str] = []
    real = extract_module.extract_incidents

    def counting(text: str, *args: object, **kwargs: object) -> list[dict]:
        calls.append(str(kwargs.get("article_id")))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(extract_module, "extract_incidents", counting)
    return calls
