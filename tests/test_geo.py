"""Offline place resolution: countries, regions, towns, sites, demonyms."""

import pytest

from pipeline.geo import resolve


@pytest.mark.parametrize(
    ("passage", "country", "admin1_code", "location", "precision"),
    [
        ("A drone hit Ain al-Asad air base in Iraq's Anbar province.", "IRQ", "IQ-AN",
         "Ain al-Asad Air Base", "site"),
        ("Rockets were fired at the Rumalyn base in northeastern Syria.", "SYR", "SY-HA",
         "Rmeilan base", "site"),
        ("A bomb went off in the Afghan town of Spin Boldak.", "AFG", "AF-KAN", "Spin Boldak",
         "town"),
        ("Gunmen attacked a checkpoint in Kabul city.", "AFG", "AF-KAB", "Kabul", "town"),
        ("Militants raided a village in Borno State.", "NGA", "NG-BO", "Borno", "admin1"),
        ("Shelling hit the outskirts of Aleppo.", "SYR", "SY-HL", "Aleppo", "town"),
    ],
)
def test_resolve(passage: str, country: str, admin1_code: str, location: str,
                 precision: str) -> None:
    loc = resolve(passage)
    assert loc.country_code == country
    assert loc.admin1_code == admin1_code
    assert loc.location == location
    assert loc.geo_precision == precision
    assert (loc.latitude is None) == (loc.longitude is None)


def test_country_only() -> None:
    loc = resolve("An explosion hit a military base in Iraq.")
    assert (loc.country_code, loc.location, loc.geo_precision) == ("IRQ", None, "country")


def test_victims_nationality_does_not_beat_the_place() -> None:
    loc = resolve("Three US soldiers were killed in Jordan by a drone.")
    assert loc.country_code == "JOR"


def test_ambiguous_town_goes_to_the_famous_one() -> None:
    assert resolve("A car bomb exploded in central Damascus.").country_code == "SYR"


def test_demonym_with_place_noun() -> None:
    assert resolve("Two Colombian policemen were killed.").country_code == "COL"


def test_nothing_resolvable() -> None:
    loc = resolve("A bomb exploded near a market.")
    assert loc.country_code is None


def test_dateline_is_not_the_place() -> None:
    loc = resolve("KYIV — Shelling killed a woman in the town of Kupiansk, Kharkiv region.")
    assert loc.location == "Kupiansk"


def test_reference_town_is_not_the_place() -> None:
    loc = resolve("A car bomb exploded in Taji, 20 kilometres north of the capital Baghdad.")
    assert loc.location == "Taji"
