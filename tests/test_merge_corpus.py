"""One incident, many reports, through the real pipeline and three successive releases.

Corpus (tests/fixtures/merge_corpus, written by the project): a car bombing in Tuz Khurmatu
reported by five articles over three days with a rising toll (5, 7, 11, 12, 14) and one outlet
naming the wrong province (a3: Kirkuk); a look-alike roadside bombing near the same town four
days later (b1); a car bombing the same day in another province (c1), later removed by an
editorial correction.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from dagster import DagsterInstance

from assets.runs import execute_pipeline
from pipeline.publish.release import list_releases
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "merge_corpus"
STAGES = [["a1", "a2", "c1"], ["a3", "a4", "b1"], ["a5"]]
GOLD = {"tuz": {"a1", "a2", "a3", "a4", "a5"}, "patrol": {"b1"}, "ramadi": {"c1"}}


def incidents_of(release: Path) -> dict[str, dict]:
    return {r["incident_id"]: r for r in pq.read_table(release / "incidents.parquet").to_pylist()}


def by_url(rows: dict[str, dict], needle: str) -> dict:
    (row,) = [r for r in rows.values() if any(needle in u for u in r["source_urls"])]
    return row


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("merge")
    inbox, data_dir = root / "inbox", root / "data"
    inbox.mkdir()
    corrections = root / "corrections.yaml"
    corrections.write_text("corrections: []\n")
    out: list[Path] = []
    with DagsterInstance.ephemeral() as instance:
        for number, names in enumerate(STAGES):
            for name in names:
                shutil.copy(CORPUS / f"{name}.txt", inbox / f"{name}.txt")
            if number == 2:  # the editors learn the Ramadi blast was a generator fire
                ramadi = by_url(incidents_of(out[-1]), "ramadi")
                corrections.write_text(
                    "corrections:\n"
                    f"  - incident_id: {ramadi['incident_id']}\n"
                    "    remove: \"Police found a generator fire caused it (not an attack).\"\n")
            outcome = execute_pipeline(data_dir, samples_dir=str(inbox), instance=instance,
                                       corrections_file=str(corrections))
            assert outcome.success, outcome.report
            versions = [r["version"] for r in list_releases(data_dir / "releases")]
            assert len(versions) == number + 1, outcome.report
            out.append(data_dir / "releases" / versions[-1])
    return out


def test_incident_counts_and_sources(releases: list[Path]) -> None:
    first, second, third = (incidents_of(r) for r in releases)
    assert len(first) == 2 and len(second) == 3 and len(third) == 2
    tuz = by_url(third, "tuz-khurmatu-car-bomb")
    assert tuz["source_count"] == 5
    assert sorted(u.rsplit("/", 1)[1] for u in tuz["source_urls"]) == sorted(
        ["tuz-khurmatu-car-bomb", "iraq-market-bombing", "tuz-khurmatu-toll-rises",
         "tuz-khurmatu-funerals", "tuz-khurmatu-toll-14"])
    assert tuz["fatalities"] == 14  # the latest report, not a sum
    assert tuz["fatalities_low"] == 5 and tuz["fatalities_high"] == 14
    assert tuz["admin1"] != "Kirkuk"  # one outlet's wrong province is outvoted
    sources = pq.read_table(releases[2] / "incident_sources.parquet").to_pylist()
    assert sum(s["incident_id"] == tuz["incident_id"] for s in sources) == 5


def test_ids_stable_across_releases(releases: list[Path]) -> None:
    ids = [by_url(incidents_of(r), "tuz-khurmatu-car-bomb")["incident_id"] for r in releases]
    assert len(set(ids)) == 1
    patrol = [by_url(incidents_of(r), "patrol")["incident_id"] for r in releases[1:]]
    assert len(set(patrol)) == 1 and patrol[0] != ids[0]


def test_changelogs_list_exactly_the_changes(releases: list[Path]) -> None:
    first, second, third = (incidents_of(r) for r in releases)
    tuz_id = by_url(third, "tuz-khurmatu-car-bomb")["incident_id"]
    ramadi_id = by_url(first, "ramadi")["incident_id"]
    patrol_id = by_url(second, "patrol")["incident_id"]

    def changes(release: Path) -> list[dict]:
        return pq.read_table(release / "changes.parquet").to_pylist()

    c2 = changes(releases[1])
    assert {c["incident_id"] for c in c2 if c["change"] == "added"} == {patrol_id}
    assert {c["incident_id"] for c in c2 if c["change"] == "updated"} == {tuz_id}
    assert not [c for c in c2 if c["change"] == "removed"]
    fields = {c["field"]: (c["old_value"], c["new_value"]) for c in c2
              if c["change"] == "updated"}
    assert fields["fatalities"] == ("7", "12") and fields["source_count"] == ("2", "4")
    c3 = changes(releases[2])
    removed = [c for c in c3 if c["change"] == "removed"]
    assert [(c["incident_id"], c["reason"]) for c in removed] == [
        (ramadi_id, "correction: Police found a generator fire caused it (not an attack).")]
    assert {c["incident_id"] for c in c3 if c["change"] == "updated"} == {tuz_id}
    assert not [c for c in c3 if c["change"] == "added"]
    manifest = json.loads((releases[2] / "manifest.json").read_text())
    assert manifest["changes"] == {"added": 0, "updated": 1, "removed": 1}
    log = (releases[2] / "CHANGELOG.md").read_text()
    assert f"`{ramadi_id}`: correction: Police found" in log
    assert "fatalities: 12 → 14" in log


def test_merge_precision_recall(releases: list[Path]) -> None:
    """Pairwise over articles: pairs put together that belong together (and not)."""
    sources = pq.read_table(releases[1] / "incident_sources.parquet").to_pylist()
    predicted: dict[str, set[str]] = {}
    for s in sources:
        predicted.setdefault(s["incident_id"], set()).add(s["url"].rsplit("/", 1)[1])
    names = {"tuz-khurmatu-car-bomb": "a1", "iraq-market-bombing": "a2",
             "tuz-khurmatu-toll-rises": "a3", "tuz-khurmatu-funerals": "a4",
             "tuz-khurmatu-patrol-bomb": "b1", "ramadi-car-bomb": "c1"}
    clusters = [{names[u] for u in group} for group in predicted.values()]
    gold = [g - {"a5"} for g in GOLD.values()]
    pairs = lambda groups: {frozenset((a, b)) for g in groups for a in g for b in g if a < b}  # noqa: E731
    got, want = pairs(clusters), pairs(gold)
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want)
    print(f"merge precision {precision:.2f} recall {recall:.2f}")
    assert precision == 1.0 and recall == 1.0


def test_diff_command_across_releases(releases: list[Path]) -> None:
    import subprocess
    import sys

    data_dir = releases[0].parent.parent
    done = subprocess.run([sys.executable, "-m", "assets.cli", "--data-dir", str(data_dir),
                           "diff", releases[0].name, releases[2].name, "--format", "json"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    kinds = {(r["change"], r["incident_id"]) for r in rows if r["change"] != "updated"}
    first, third = incidents_of(releases[0]), incidents_of(releases[2])
    ramadi = by_url(first, "ramadi")["incident_id"]
    patrol = by_url(third, "patrol")["incident_id"]
    assert kinds == {("added", patrol), ("removed", ramadi)}
    assert next(r["reason"] for r in rows if r["change"] == "removed").startswith("correction:")
    markdown = subprocess.run([sys.executable, "-m", "assets.cli", "--data-dir", str(data_dir),
                               "diff", releases[0].name], capture_output=True, text=True,
                              timeout=120, cwd=ROOT).stdout
    assert f"`{ramadi}`: correction:" in markdown
