"""The article store and its key index: what is stored is known, even after a crash."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.store import ARTICLE_STORE_COLUMNS, ArticleStore
from tests.factories import article


def frame(*ids: str) -> pd.DataFrame:
    rows = [{**article(article_id=i, url=f"https://example.org/{i}", content_sha256=f"h{i}"),
             "text": f"text {i}"} for i in ids]
    return pd.DataFrame(rows)[ARTICLE_STORE_COLUMNS]


def test_keys_are_known_after_append(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path)
    store.append(frame("a", "b"), "batch1")
    seen = store.seen()
    assert "https://example.org/a" in seen and "b" in seen and "hb" in seen
    assert "https://example.org/c" not in seen and None not in seen
    seen.add("https://example.org/c")
    assert "https://example.org/c" in seen
    assert store.seen_keys() >= {"a", "b", "https://example.org/a", "ha"}


def test_index_heals_from_the_store(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path)
    store.append(frame("a"), "batch1")
    store.index_path.unlink()  # a lost index
    # A batch written by a run that died before indexing it:
    folder = tmp_path / "articles" / "day=2024-04-21"
    frame("z").to_parquet(folder / "batch2.parquet", index=False)
    seen = store.seen()
    assert "a" in seen and "z" in seen
