"""A local source's home country: configured once, stored with each article, and weighed as
weak evidence of where an incident happened when the text itself names no country."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline import stages
from pipeline.extract import extract_incidents
from pipeline.ingest.sources import Source, SourcesError, load_sources
from pipeline.store import ARTICLE_STORE_COLUMNS, ArticleStore
from tests.factories import article

STORY = "Published: 2024-04-21\n\nA bomb went off in a busy market in Bara, killing 22 people."


def where(text: str, home: str | None) -> list[tuple]:
    return [(m["country_code"], m["location"])
            for m in extract_incidents(text, "2024-04-21", source_country=home)]


def test_sources_yaml_country(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - {name: dawn, kind: folder, path: in, country: pk}\n"
                    "  - {name: wire, kind: folder, path: in2}\n")
    local, wire = load_sources(path)
    assert local.country == "PAK" and wire.country is None  # stored as alpha-3
    for bad in ("Pakistan", "XX", "12"):
        path.write_text(f"sources:\n  - {{name: dawn, kind: folder, path: in, country: {bad}}}\n")
        with pytest.raises(SourcesError, match="`country` must be an ISO"):
            load_sources(path)


@pytest.mark.parametrize(("text", "without", "with_home"), [
    # no place at all: nothing to go on but the outlet
    ("A bomb detonated in a busy market, killing 22 people.", [(None, None)],
     [("PAK", None)]),
    # a small town the gazetteer knows only abroad is the outlet's own village
    ("Gunmen attacked a checkpoint in Bara, killing two policemen.", [("SDN", "Bara")],
     [("PAK", "Bara")]),
    # a country or a well-known city the text names outweighs the outlet
    ("Gunmen attacked a checkpoint in Bara, Sudan, killing two policemen.", [("SDN", "Bara")],
     [("SDN", "Bara")]),
    ("A bomb exploded in Kabul, killing six.", [("AFG", "Kabul")], [("AFG", "Kabul")]),
    ("Two missiles struck Kharkiv overnight, killing two.", [("UKR", "Kharkiv")],
     [("UKR", "Kharkiv")]),
])
def test_home_country_weighs_where_the_text_is_silent(text: str, without: list, with_home: list
                                                      ) -> None:
    assert where(text, None) == without
    assert where(text, "PAK") == with_home
    assert where(text, "pk") == with_home  # alpha-2 is accepted too


def test_unknown_home_country_is_an_error() -> None:
    with pytest.raises(ValueError, match="source_country"):
        extract_incidents("A bomb exploded in Kabul.", "2024-04-21", source_country="Pakistan")


def test_ingest_stores_it_and_extraction_reads_it(tmp_path: Path) -> None:
    for name, country in (("local", "PAK"), ("wire", None)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "story.txt").write_text(STORY, encoding="utf-8")
        data_dir = tmp_path / f"data-{name}"
        stages.ingest([Source(name, "folder", path=folder, country=country)],
                      data_dir=data_dir)
        day = stages.articles_of_day(data_dir, "2024-04-21")
        assert day["source_country"].tolist() == [country]
        mentions = stages.extract_days(None, {"2024-04-21": day})["2024-04-21"]
        assert mentions["country_code"].tolist() == ["PAK" if country else "SDN"]
        assert mentions["location"].tolist() == ["Bara"]


def test_a_store_written_before_the_column_still_reads(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path)
    old = pd.DataFrame([{**article(), "text": "text"}])[ARTICLE_STORE_COLUMNS]
    folder = tmp_path / "articles" / "day=2024-04-21"
    folder.mkdir(parents=True)
    old.drop(columns=["source_country"]).to_parquet(folder / "old.parquet", index=False)
    store.append(pd.DataFrame([{**article(article_id="a2", url="https://example.org/b",
                                          source_country="PAK"), "text": "t"}]
                              )[ARTICLE_STORE_COLUMNS], "new")
    frame = store.read_days(["2024-04-21"])
    assert list(frame.columns) == ARTICLE_STORE_COLUMNS
    assert sorted(frame["source_country"].fillna("-")) == ["-", "PAK"]
