"""The scorer: matching, detection scores, field accuracy rules, file round trips."""

import json
from pathlib import Path

import pytest

from pipeline.evaluate import (
    evaluate_path,
    extract_jsonl,
    format_report,
    same_actor,
    same_name,
    score,
)


def _gold(**kw: object) -> dict:
    base = {"mention_type": "current", "event_date": "2024-04-20", "date_tolerance_days": 1,
            "country_code": "IRQ", "sub_event_type": "drone_strike", "weapon": "drone",
            "location": "Ain al-Asad Air Base", "fatalities": 0, "injured": None,
            "perpetrator": None}
    base.update(kw)
    return base


def test_names_are_compared_leniently() -> None:
    assert same_name("Rumalyn base", "Rmeilan base")
    assert same_name("Al-Anbar", "Anbar")
    assert same_name("Diyala Province", "Diyala")
    assert not same_name("Kabul", "Kandahar")
    assert same_actor("ISIL (suspected)", "Islamic State")
    assert not same_actor("Taliban", None)


def test_perfect_and_background_as_false_positive() -> None:
    gold = [{"id": "a", "published_at": "2024-04-22",
             "incidents": [_gold(), _gold(mention_type="background", event_date="2024-01",
                                          date_precision="month", country_code="JOR")]}]
    got = [{"id": "a", "incidents": [
        _gold(event_date="2024-04-21"),
        _gold(event_date="2024-01-01", country_code="JOR", mention_type="current")]}]
    r = score(gold, got)
    assert r["incidents"]["true_positives"] == 1
    assert r["incidents"]["false_positives"] == 1
    assert r["incidents"]["background_as_current"] == 1
    assert r["fields"]["weapon"]["accuracy"] == 1.0


def test_zero_not_stated_accepts_null() -> None:
    g = _gold(fatalities=0, stated={"fatalities": False, "injured": False, "location": True})
    gold = [{"id": "a", "published_at": "2024-04-20", "incidents": [g],
             "exhaustive": False}]
    got = [{"id": "a", "incidents": [_gold(fatalities=None), _gold(country_code="SYR")]}]
    r = score(gold, got)
    assert r["fields"]["fatalities"]["accuracy"] == 1.0
    assert r["incidents"]["precision"] is None  # non-exhaustive: extras not counted
    assert r["fields_stated"]["location"]["n"] == 1


def test_weapon_family_and_wrong_country() -> None:
    gold = [{"id": "a", "published_at": "2024-04-20",
             "incidents": [_gold(weapon="rocket", sub_event_type="missile_rocket_attack")]}]
    got = [{"id": "a", "incidents": [_gold(weapon="missile",
                                            sub_event_type="missile_rocket_attack")]}]
    assert score(gold, got)["fields"]["weapon"]["accuracy"] == 1.0
    got_wrong = [{"id": "a", "incidents": [_gold(country_code="SYR")]}]
    r = score(gold, got_wrong)
    assert r["incidents"]["recall"] == 0.0


def test_jsonl_round_trip_and_bad_lines(tmp_path: Path, capsys) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "x1", "published_at": "2024-04-22",
                    "text": "A car bomb killed four people in Mogadishu on Sunday."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "x2", "published_at": "2024-04-22"}) + "\n",
        encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert extract_jsonl(src, out) == 1
    row = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert row["id"] == "x1" and row["country_code"] == "SOM" and row["fatalities"] == 4
    assert row["event_date"] == "2024-04-21"
    err = capsys.readouterr().err
    assert ":2:" in err and ":3:" in err


def test_evaluate_folder_and_report(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Gunmen shot dead three police officers in Peshawar on Monday.", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({
        "article_id": "a", "text_file": "a.txt", "published_at": "2024-04-22",
        "incidents": [{"mention_type": "current", "event_date": "2024-04-22",
                       "date_tolerance_days": 0, "country_code": "PAK",
                       "sub_event_type": "armed_assault", "weapon": "firearm",
                       "location": "Peshawar", "fatalities": 3, "injured": None}]}),
        encoding="utf-8")
    r = evaluate_path(tmp_path)
    assert r["incidents"]["f1"] == 1.0
    assert r["fields"]["fatalities"]["accuracy"] == 1.0
    json.dumps(r)
    text = format_report(r)
    assert "precision" in text and "fatalities" in text


@pytest.mark.parametrize(
    "name", ["negatives.jsonl", "fresh_negatives.jsonl", "fresh_negatives_2.jsonl",
             "blind_negatives.jsonl", "blind2_negatives.jsonl", "blind3_negatives.jsonl",
             "blind4_negatives.jsonl", "blind6_negatives.jsonl", "blind7_negatives.jsonl",
             "blind8_news_negatives.jsonl", "blind10_negatives.jsonl",
             "blind11_negatives.jsonl", "blind12_negatives.jsonl", "blind13_negatives.jsonl",
             "blind15_negatives.jsonl", "blind17_negatives.jsonl",
             "blind18_negatives.jsonl", "blind19_negatives.jsonl",
             "blind20_negatives.jsonl", "blind22_negatives.jsonl",
             "blind23_negatives.jsonl", "blind24_negatives.jsonl",
             "blind25_negatives.jsonl", "blind26_negatives.jsonl",
             "blind27_negatives.jsonl", "blind28_negatives.jsonl",
             "blind29_negatives.jsonl", "blind30_negatives.jsonl",
             "blind31_negatives.jsonl", "blind34_negatives.jsonl",
             "blind35_negatives.jsonl", "blind36_negatives.jsonl",
             "blind37_negatives.jsonl", "blind38_negatives.jsonl",
             "blind39_negatives.jsonl", "blind40_negatives.jsonl",
             "blind41_negatives.jsonl", "blind42_negatives.jsonl",
             "blind43_negatives.jsonl", "blind44_negatives.jsonl",
             "blind45_negatives.jsonl", "blind46_negatives.jsonl",
             "blind47_negatives.jsonl", "blind48_negatives.jsonl",
             "blind49_negatives.jsonl", "blind50_negatives.jsonl",
             "blind51_negatives.jsonl", "blind52_negatives.jsonl",
             "blind53_negatives.jsonl", "blind54_negatives.jsonl",
             "blind55_negatives.jsonl", "blind57_negatives.jsonl",
             "blind58_negatives.jsonl", "blind59_negatives.jsonl",
             "blind60_negatives.jsonl", "blind61_negatives.jsonl"])
def test_negative_fixture_yields_few_incidents(name: str) -> None:
    """Texts with no incident. The fresh sets were written by someone who had not seen the
    extractor: the first produced an incident for 53 of its 150 texts when first run, the
    second (written after the fixes the first prompted) for 21 of 120, the blind ones for 12
    of 60, 9 of 80, 10 of 80, 23 of 80, 23 of 80, 35 of 100, (a general news feed) 9 of 120,
    15 of 100, (advisories, sitreps, policy, tests, science) 28 of 100 and (police briefs,
    appeals, markets, accidents, sport, culture) 17 of 100 and (weekly overviews, threats,
    denials, trials, industry) 23 of 80 and (obituaries, reviews of war films and games,
    anniversaries, sport and market metaphors, treaties, ordnance made safe) 29 of 100 and
    (verdicts, statistics, speeches, metaphors, security routine, advisories) 11 of 60 and
    (procurement, drills, trials, kitchens, markets, races, films) 12 of 100 and (scare
    quotes, markets, filming, game reviews, courses, kitchens, statistics of a year, road
    crashes) 15 of 100 and (regulators' raids, shootouts on ice, hunting, budgets cut with a
    chainsaw, elephants raiding fields) 5 of 100 and (trials that begin hearing a case,
    memorials, exercises, procurement, annual reports, sport, mine blasting, a deminer's
    obituary, see below) 19 of 100 and (orcas, waves, fireworks, travel advice, caches,
    football's missiles, online shooters, drills with volunteers playing the injured) 16 of
    100 and (jets delivered, delivery drones, school rocketry, a film killed by its reviews,
    cashew shelling, ambush marketing, a surrender, a plot researched) 13 of 100 and (news
    pages with furniture: drone rules, science and medicine, a supernova, avalanche control,
    vaccine shots, cyberattacks, debates, drills, gun amnesties) 19 of 100 and (UN reports'
    tallies and policy, live pages of diplomacy, Latin American seizures and trials, film
    reviews, trends, Olympic shooting) 10 of 100 and (South Asian arrests, rallies and drills,
    digests of other news, defence ministries' parades and purchases, markets) 11 of 100 and
    (peace talks, peaceful protests told as event notes, idioms of shooting and bombing) 10 of
    100 and (reviews by their critics' words, bath bombs, web shells, alien abductions, crowd
    crushes, test launches) 19 of 100 and (a documentary's shoot, idioms, demolitions,
    quarries, transformers, mock drills) 10 of 100 and (statistics, hunting seasons, tax raids,
    boxing, engines, hail rockets, particle physics, bird strikes) 26 of 100 and (games told
    as battles, a crew's strike, a war game, storms, volcanoes, kitchens, slang) 20 of 100 and
    (humanitarian, court, demining, military and police releases, analysis, advisories,
    obituaries, reviews and histories that sit beside conflict reporting) 33 of 100 and
    (charges, capabilities, arms seized, games and markets told as battles, tunnelling, test
    rigs, game patches, an advisory's threats, a hoax call) 11 of 100 and (an event dataset's
    methodology and changelogs, trends, sanctions, peace talks, disasters, sport, business,
    technology) 7 of 100 and (world-in-brief items, non-violent event notes, threats and
    claims, figures of speech, medicine, sport and technology) 9 of 100 and (headlines'
    metaphors from markets, parliaments, sport, film and games; would-be bombers arrested, a
    threat level, a year's review) 13 of 100 and (navigational warnings, piracy statistics,
    ordnance made safe, caches, a sting, ceremonies, threat assessments, animals, albums) 13 of
    100 and (recipes, games in the second person, governments under fire, strikes pressed for,
    treaties' destruction, chess, diseases) 9 of 100 and (fires first listed as arson, pledges
    to suspend kidnappings, a game's campaign, reported gunshots explained) 6 of 100 and
    (citizens' rumours marked false, hardships "killing us", songs, ordnance destroyed where
    found) 18 of 100 and (travel advice, condemnations of all such acts, debates, purchases,
    festivals, films, cricket) 13 of 100 and (fact checks of viral footage, ordnance destroyed
    at a range, weather that bombards, a biathlon, an engine, a veteran's obituary, treaty
    ceilings, a film review) 11 of 100 and (casualty records of deaths by illness or accident,
    compensation, frost, golf and pistol scores, a year's kidnappings, an elephant, a film's
    shoot) 11 of 100 and (all-clears with no hits, monitors' methodology and job adverts,
    codebooks, statistics of explosive weapons, a written question, firecrackers) 8 of 100 and
    (assessments of stockpiles and production, a warship's class, "no fire or explosion",
    sports' bombs and blanks, a two-shot vaccine) 9 of 100 and (weapons seized without a
    fight, bomb threats that found nothing, a trauma course, festivals' firecrackers, gunshots
    that were fireworks, a gas leak found to have caused a blast, shares that bombed, a law
    struck down) 11 of 100 and (photo captions of parades, drills and film sets, mine-action
    clearance and statistics, a drone law, a golden goal) 4 of 100 and (bulletins of sport,
    markets and disasters, prosecutors' releases on financing, plots and possession) 15 of
    100 and (fact checks of games, films, fireworks and drills; obituaries of deaths by
    illness; hoaxes, balloons, transformers; cricket and football; a year's statistics) 21 of
    100 and (apps and bands that "exploded", markets "shelled by sell-offs", gun salutes, drone
    racing, hornets, kidnap insurance, reviews of plays and TV, lecture notes, wartime bombs,
    mine production blasts, a plot's research) 22 of 100 and (sport's rockets and bombs,
    drills' scenarios, a shooting festival, sanctions, a child found safe, social media that
    exploded, missiles fired into the sea; scored after round 58's fixes) 13 of 100."""
    path = Path(__file__).parent / "fixtures" / name
    assert sum(1 for _ in path.open(encoding="utf-8")) >= (100 if name == "negatives.jsonl" else 60)
    r = evaluate_path(path)
    assert r["documents_with_extraction"] <= 0.05 * r["documents"]


def test_round_21_negatives_recall_past_attacks_but_report_none() -> None:
    """Round 21's trials and memorials name real attacks with their dates ("the 11 March 2004
    commuter train bombings"): recalling one as background is right (its writer left those out
    of the gold); reporting one as current is not."""
    from pipeline.extract import extract_incidents

    path = Path(__file__).parent / "fixtures" / "blind21_negatives.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    current = [r["id"] for r in rows if any(
        m["mention_type"] == "current" for m in extract_incidents(r["text"], r["published_at"]))]
    assert len(rows) == 100 and len(current) <= 5, current


def test_sample_corpus_scores() -> None:
    """The project's own news-style corpus, scored with the same rules as the eval sets."""
    from pipeline.extract import extract_incidents
    from pipeline.ingest.local import ingest_folder

    root = Path(__file__).resolve().parent.parent
    gold = json.loads((root / "tests" / "fixtures" / "samples_gold.json").read_text("utf-8"))
    articles = {a.url: a for a in ingest_folder(root / "data" / "samples").articles}
    gdocs, edocs = [], []
    for g in gold["articles"]:
        a = articles[g["url"]]
        ms = extract_incidents(a.text, a.published_at, title=a.title, article_id=g["url"])
        gdocs.append({"id": g["url"], "published_at": g["published_at"],
                      "incidents": g["incidents"]})
        edocs.append({"id": g["url"], "incidents": [
            {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in m.items()}
            for m in ms]})
    r = score(gdocs, edocs)
    assert r["incidents"]["recall"] >= 0.9
    assert r["incidents"]["precision"] >= 0.85
    assert r["background"]["flagged"] == r["background"]["gold"]
    assert r["fields"]["fatalities"]["accuracy"] >= 0.9


def test_dev_sets_in_other_writing_styles() -> None:
    """Agency event notes and database summaries (our own words) keep their scores: the dev
    sets, and the fresh and held-out ones written without sight of the extractor."""
    fixtures = Path(__file__).parent / "fixtures"
    for name in ("dev_agency_notes.jsonl", "dev_db_summaries.jsonl",
                 "fresh_agency_notes.jsonl", "fresh_db_summaries.jsonl",
                 "holdout_agency_notes.jsonl", "holdout_db_summaries.jsonl",
                 "blind_agency_notes.jsonl", "blind_db_summaries.jsonl",
                 "blind2_agency_notes.jsonl", "blind2_db_summaries.jsonl",
                 "blind3_agency_notes.jsonl", "blind3_db_summaries.jsonl",
                 "blind4_agency_notes.jsonl", "blind4_db_summaries.jsonl",
                 "blind5_agency_notes.jsonl", "blind5_db_summaries.jsonl",
                 "blind6_agency_notes.jsonl", "blind6_db_summaries.jsonl",
                 "blind7_agency_notes.jsonl", "blind7_db_summaries.jsonl",
                 "blind9_agency_notes.jsonl", "blind9_db_summaries.jsonl",
                 "blind10_agency_notes.jsonl", "blind10_db_summaries.jsonl",
                 "blind11_agency_notes.jsonl", "blind11_db_summaries.jsonl",
                 "blind12_agency_notes.jsonl", "blind12_db_summaries.jsonl",
                 "blind13_agency_notes.jsonl",
                 "blind14_agency_notes.jsonl", "blind14_db_summaries.jsonl"):
        path = fixtures / name
        assert sum(1 for _ in path.open(encoding="utf-8")) >= 50
        r = evaluate_path(path)
        assert r["incidents"]["recall"] >= 0.95, name
        assert r["incidents"]["precision"] >= 0.95, name
        # the blind-4 notes' writer codes the neighbourhood of a city ("Hodan"), where the
        # Wikipedia gold and the other writers code the city ("Mogadishu"), as we do
        # (the blind-10 notes place several events by a bearing from a town, "in the desert
        # east of Salamiyah", which the extractor leaves to the region: 0.88 when added)
        # (the blind-13 notes' writers code a city's quarter as the city: "Saltivskyi district"
        # is "Kharkiv", where we keep the quarter: 0.77 when added)
        floor = {"blind4_agency_notes.jsonl": 0.75,
                 "blind10_agency_notes.jsonl": 0.85,
                 "blind13_agency_notes.jsonl": 0.75,
                 "blind14_agency_notes.jsonl": 0.85}.get(name, 0.9)
        assert r["fields"]["location"]["accuracy"] >= floor, name
        assert r["fields"]["fatalities"]["accuracy"] >= 0.9, name


def test_state_forces_compare_by_country() -> None:
    from pipeline.evaluate import same_actor

    assert same_actor("Myanmar forces", "Burmese forces")
    assert same_actor("Military Forces of Burkina Faso (2022-)", "Burkinabe forces")
    assert not same_actor("Military Forces of Nigeria", "Nigerien forces")


def test_a_junta_is_the_incidents_countrys_forces() -> None:
    from pipeline.evaluate import field_ok

    def ok(gold: str, got: str, country: str = "MMR") -> bool:
        return field_ok("perpetrator", {"perpetrator": gold, "country_code": country},
                        {"perpetrator": got})

    assert ok("military junta", "Burmese forces") and ok("junta troops", "Burmese forces")
    assert ok("Myanmar junta", "Burmese forces")
    assert ok("the junta", "Malian forces", "MLI")
    assert not ok("military junta", "Malian forces")
    assert not ok("junta", "People's Defence Force")


def test_scoring_incidents_extracted_elsewhere(tmp_path: Path) -> None:
    """`evaluate --extracted`: any extractor's JSONL output, scored by the same rules."""
    gold = Path(__file__).parent / "fixtures" / "dev_db_summaries.jsonl"
    out = tmp_path / "extracted.jsonl"
    extract_jsonl(gold, out)
    with out.open("a", encoding="utf-8") as fh:
        fh.write("not json\n")  # a bad line is reported and skipped, not fatal
    direct = evaluate_path(gold)
    scored = evaluate_path(gold, out)
    assert scored["incidents"] == direct["incidents"]
    assert scored["fields"] == direct["fields"]
    # an empty output file scores zero recall rather than failing
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert evaluate_path(gold, empty)["incidents"]["recall"] == 0.0


def test_state_aircraft_are_the_states_forces() -> None:
    from pipeline.evaluate import same_actor

    assert same_actor("Israeli warplanes", "Israeli forces")
    assert same_actor("Russian aviation", "Russian forces")
    assert not same_actor("Russian aviation", "Ukrainian forces")


def test_court_records_and_timelines_in_other_writing_styles() -> None:
    """Round 13's database entries: timelines, event-database summaries, encyclopaedia entries
    and court summaries. Their writer codes the attack a court summary recounts ("convicted over
    the grenade attack of 31 March 2013 …") as the record's current incident; the codebook
    codes an attack recalled years after it happened as background, so those ten entries count
    as misses here. First look (before the fixes they prompted): recall 0.38."""
    path = Path(__file__).parent / "fixtures" / "blind13_db_summaries.jsonl"
    r = evaluate_path(path)
    assert r["incidents"]["recall"] >= 0.78
    assert r["fields"]["fatalities"]["accuracy"] >= 0.85


@pytest.mark.parametrize(("name", "recall", "precision", "location", "fatalities"), [
    ("blind15_agency_notes.jsonl", 0.83, 0.86, 0.64, 0.73),
    ("blind15_db_summaries.jsonl", 0.78, 0.93, 0.72, 0.87),
    ("blind16_agency_notes.jsonl", 0.85, 0.87, 0.60, 0.73),
    ("blind16_db_summaries.jsonl", 0.84, 0.88, 0.67, 0.77),
    ("blind17_agency_notes.jsonl", 0.82, 0.84, 0.60, 0.75),
    ("blind17_db_summaries.jsonl", 0.83, 0.97, 0.87, 0.90),
    ("blind18_agency_notes.jsonl", 0.96, 0.96, 0.90, 0.94),
    ("blind18_local_notes.jsonl", 0.86, 0.88, 0.80, 0.87),
    ("blind18_db_summaries.jsonl", 0.93, 0.93, 0.94, 0.92),
    ("blind19_agency_notes.jsonl", 0.95, 0.98, 0.88, 0.96),
    ("blind19_local_notes.jsonl", 0.94, 0.94, 0.88, 0.86),
    ("blind19_db_summaries.jsonl", 0.96, 0.98, 0.94, 0.98),
    ("blind20_agency_notes.jsonl", 0.81, 0.90, 0.80, 0.90),
    ("blind20_db_summaries.jsonl", 0.94, 0.96, 0.82, 0.93),
    ("blind20_news_articles.jsonl", 0.83, 0.77, 0.73, 0.80),
    ("blind21_agency_notes.jsonl", 0.90, 0.96, 0.83, 0.90),
    ("blind21_db_summaries.jsonl", 0.92, 0.92, 0.78, 0.94),
    ("blind21_communiques.jsonl", 0.87, 0.94, 0.76, 0.88),
    ("blind22_agency_notes.jsonl", 0.92, 0.93, 0.70, 0.87),
    ("blind22_db_summaries.jsonl", 0.83, 0.90, 0.70, 0.92),
    ("blind23_agency_notes.jsonl", 0.93, 0.95, 0.94, 0.92),
    ("blind23_db_summaries.jsonl", 0.84, 0.86, 0.78, 0.93),
    ("blind23_osint_posts.jsonl", 0.82, 0.85, 0.76, 0.90),
    ("blind24_translated_briefs.jsonl", 0.75, 0.84, 0.62, 0.88),
    ("blind24_hr_documentation.jsonl", 0.73, 0.79, 0.65, 0.69),
    ("blind24_news_pages.jsonl", 0.79, 0.72, 0.78, 0.75),
    ("blind25_un_reports.jsonl", 0.88, 0.90, 0.78, 0.82),
    ("blind25_live_blogs.jsonl", 0.86, 0.89, 0.82, 0.85),
    ("blind25_latam_press.jsonl", 0.84, 0.91, 0.72, 0.91),
    ("blind26_southasia.jsonl", 0.83, 0.82, 0.72, 0.80),
    ("blind26_briefs.jsonl", 0.86, 0.91, 0.86, 0.83),
    ("blind26_military.jsonl", 0.73, 0.83, 0.77, 0.82),
    ("blind27_notes.jsonl", 0.95, 0.93, 0.88, 0.95),
    ("blind27_db.jsonl", 0.84, 0.93, 0.84, 0.90),
    ("blind27_africa.jsonl", 0.86, 0.84, 0.73, 0.84),
    ("blind28_wire.jsonl", 0.87, 0.93, 0.93, 0.84),
    ("blind28_db.jsonl", 0.95, 0.93, 0.91, 0.91),
    ("blind28_briefs.jsonl", 0.83, 0.92, 0.80, 0.88),
    ("blind29_agency.jsonl", 0.86, 0.87, 0.85, 0.88),
    ("blind29_db.jsonl", 0.93, 0.93, 0.95, 0.95),
    ("blind30_notes.jsonl", 0.95, 0.93, 0.86, 0.90),
    ("blind30_hist.jsonl", 0.91, 0.91, 0.90, 0.90),
    ("blind31_stringer.jsonl", 0.78, 0.84, 0.90, 0.85),
    ("blind31_sigact.jsonl", 0.80, 0.83, 0.74, 0.87),
    ("blind32_west.jsonl", 0.74, 0.84, 0.88, 0.82),
    ("blind32_polviol.jsonl", 0.90, 0.88, 0.90, 0.92),
    # texts whose news is a trial, an anniversary or a reopening: still the weakest register
    ("blind32_recall.jsonl", 0.45, 0.20, 0.90, 0.90),
    ("blind33_notes.jsonl", 0.92, 0.90, 0.88, 0.92),
    ("blind33_db.jsonl", 0.95, 0.95, 0.95, 0.92),
    ("blind34_notes.jsonl", 0.95, 0.93, 0.86, 0.93),
    ("blind34_db.jsonl", 0.95, 0.95, 0.87, 0.90),
    # multi-item digests with region headings and bulleted places: the least precise places
    ("blind34_digest.jsonl", 0.85, 0.88, 0.62, 0.88),
    ("blind35_notes.jsonl", 0.88, 0.93, 0.78, 0.87),
    ("blind35_db.jsonl", 0.86, 0.88, 0.58, 0.83),
    # local news with context paragraphs recalling earlier acts: the weakest register still
    ("blind35_news.jsonl", 0.84, 0.72, 0.86, 0.90),
    ("blind36_notes.jsonl", 0.88, 0.90, 0.78, 0.93),
    # (a writer who codes a city's named district or site, where others code the city)
    ("blind36_db.jsonl", 0.88, 0.88, 0.62, 0.88),
    ("blind37_notes.jsonl", 0.95, 0.95, 0.74, 0.95),
    ("blind37_db.jsonl", 0.86, 0.93, 0.93, 0.87),
    # humanitarian flash updates: highlights, running counts and several dated items
    ("blind37_flash.jsonl", 0.85, 0.93, 0.72, 0.89),
    ("blind38_notes.jsonl", 0.85, 0.86, 0.84, 0.92),
    ("blind38_db.jsonl", 0.78, 0.89, 0.75, 0.75),
    # regional news: villages the gazetteer lacks, coded at their district
    ("blind38_news.jsonl", 0.84, 0.88, 0.55, 0.78),
    ("blind39_notes.jsonl", 0.95, 0.95, 0.82, 0.92),
    ("blind39_db.jsonl", 0.93, 0.95, 0.84, 0.90),
    # security desks' daily reports: "REGION / District:" items, "x31 killed", jargon
    ("blind39_sitrep.jsonl", 0.82, 0.92, 0.74, 0.93),
    ("blind40_notes.jsonl", 0.97, 0.95, 0.84, 0.95),
    ("blind40_db.jsonl", 0.97, 0.97, 0.92, 0.92),
    # a month's chronology per country: acts told "JNIM 3 Oct killed …", several to a sentence
    ("blind40_chron.jsonl", 0.78, 0.94, 0.82, 0.90),
    ("blind41_notes.jsonl", 0.95, 0.95, 0.93, 0.95),
    # (old place names of the time, hostage sieges told to their end)
    ("blind41_db.jsonl", 0.90, 0.88, 0.65, 0.85),
    # a newspaper's world-in-brief columns: a country per brief, recalled acts in most
    ("blind41_briefs.jsonl", 0.72, 0.77, 0.82, 0.88),
    ("blind42_notes.jsonl", 0.94, 0.95, 0.82, 0.92),
    # (a writer who codes a city's named neighbourhood, where others code the city)
    ("blind42_db.jsonl", 0.95, 0.95, 0.75, 0.93),
    # news-alert feeds: headline grammar, "· 3 hours ago" lines, several countries per feed
    ("blind42_heads.jsonl", 0.88, 0.95, 0.75, 0.90),
    # (a coder's splits of one toll across several villages or acts told in one sentence)
    ("blind43_notes.jsonl", 0.85, 0.93, 0.80, 0.83),
    ("blind43_db.jsonl", 0.95, 0.95, 0.80, 0.95),
    # maritime advisories: positions in nautical miles off a port, flags, updates of old acts
    ("blind43_maritime.jsonl", 0.75, 0.80, 0.55, 0.72),
    ("blind44_notes.jsonl", 0.92, 0.93, 0.90, 0.85),
    ("blind44_db.jsonl", 0.88, 0.93, 0.93, 0.93),
    # attacks on health care and aid workers: monthly digests, roles, "reportedly by"
    ("blind44_health.jsonl", 0.92, 0.88, 0.80, 0.90),
    ("blind45_notes.jsonl", 0.90, 0.92, 0.90, 0.90),
    ("blind45_db.jsonl", 0.93, 0.93, 0.85, 0.93),
    # police and prosecutors' releases: titles, "pronounced dead", several acts per release
    ("blind45_police.jsonl", 0.80, 0.92, 0.66, 0.70),
    ("blind46_notes.jsonl", 0.90, 0.90, 0.65, 0.65),
    ("blind46_db.jsonl", 0.90, 0.93, 0.88, 0.90),
    # citizens' reports to crisis-mapping platforms: fields, hurried words, "also …" acts
    ("blind46_crowd.jsonl", 0.70, 0.85, 0.75, 0.88),
    ("blind47_notes.jsonl", 0.78, 0.83, 0.72, 0.72),
    ("blind47_db.jsonl", 0.87, 0.88, 0.75, 0.80),
    # official condemnations: several attacks in one statement, a site per attack
    ("blind47_statements.jsonl", 0.88, 0.86, 0.88, 0.72),
    ("blind48_notes.jsonl", 0.93, 0.91, 0.85, 0.80),
    ("blind48_db.jsonl", 0.87, 0.93, 0.83, 0.95),
    # briefing transcripts: speaker labels, reporters' questions, corrections, several acts
    ("blind48_briefings.jsonl", 0.57, 0.77, 0.73, 0.80),
    ("blind49_notes.jsonl", 0.87, 0.91, 0.84, 0.80),
    # GTD-style quarters ("in the Karrada neighborhood of Baghdad city") are coded at the city
    ("blind49_db.jsonl", 0.86, 0.87, 0.50, 0.78),
    # casualty records: the victim first, the act's toll told (or not) after
    ("blind49_victims.jsonl", 0.79, 0.71, 0.73, 0.50),
    ("blind50_notes.jsonl", 0.93, 0.95, 0.93, 0.86),
    ("blind50_db.jsonl", 0.95, 0.93, 0.93, 0.80),
    # war-time posts of governors, mayors and councils: lists of settlements, items by place
    ("blind50_gov.jsonl", 0.63, 0.85, 0.74, 0.83),
    # civilian-harm assessments: quarters coded at the city, conflicting tolls, gradings
    ("blind50_harm.jsonl", 0.79, 0.82, 0.53, 0.66),
    ("blind51_notes.jsonl", 0.93, 0.94, 0.78, 0.85),
    ("blind51_db.jsonl", 0.97, 0.95, 0.97, 0.91),
    # think-tank daily assessments: waves told across cities, claims weighed, advances
    ("blind51_think.jsonl", 0.69, 0.90, 0.76, 0.87),
    # operators' statements: facilities named by type and region, outages that are no tolls
    ("blind51_infra.jsonl", 0.90, 0.87, 0.89, 0.92),
    ("blind52_notes.jsonl", 0.96, 0.97, 0.94, 0.94),
    ("blind52_db.jsonl", 0.96, 0.97, 0.95, 0.95),
    # protection monitors' alerts: a dateline's day, a lead that condemns, running totals
    # (its writer codes a quarter or a building where the codebook codes the town)
    ("blind52_aid.jsonl", 0.88, 0.88, 0.62, 0.85),
    # risk consultancies' alerts: assessments that blame, updates of tolls, advice
    ("blind52_risk.jsonl", 0.91, 0.97, 0.59, 0.88),
    ("blind53_notes.jsonl", 0.94, 0.95, 0.95, 0.97),
    ("blind53_db.jsonl", 0.96, 0.96, 0.93, 0.97),
    # mine-action casualty records: field blocks, running totals, remnants handled, headings
    ("blind53_mine.jsonl", 0.87, 0.90, 0.72, 0.94),
    # photo captions: a scene dated by the photo, the act told after with its own day
    ("blind53_caption.jsonl", 0.87, 0.83, 0.76, 0.92),
    ("blind54_notes.jsonl", 0.92, 0.95, 0.90, 0.92),
    ("blind54_db.jsonl", 0.92, 0.92, 0.87, 0.95),
    # prosecutors' and courts' releases: the legal step is the news, the attacks recalled
    ("blind54_court.jsonl", 0.60, 0.60, 0.45, 0.45),
    # radio bulletins: numbers said aloud, closing recaps, tolls updated on air
    ("blind54_radio.jsonl", 0.75, 0.75, 0.55, 0.78),
    ("blind55_notes.jsonl", 0.95, 0.97, 0.90, 0.95),
    ("blind55_db.jsonl", 0.92, 0.97, 0.92, 0.95),
    # fact checks: claims relayed from posts, footage under test, tolls corrected
    ("blind55_fact.jsonl", 0.88, 0.75, 0.65, 0.70),
    # obituaries and victim notices: the death told in a relative clause, burials, life stories
    ("blind55_obit.jsonl", 0.78, 0.80, 0.77, 0.70),
    ("blind56_notes.jsonl", 0.88, 0.95, 0.90, 0.85),
    ("blind56_db.jsonl", 0.90, 0.95, 0.85, 0.90),
    # satellite-imagery analyses: windows between pictures, burnings, hedged attribution
    # (first steps only: see the docstring)
    ("blind56_sat.jsonl", 0.52, 0.62, 0.58, 0.85),
    ("blind57_notes.jsonl", 0.93, 0.96, 0.89, 0.90),
    ("blind57_db.jsonl", 0.87, 0.94, 0.86, 0.86),
    # press-freedom alerts: an acronym of the writer's own (RSF), demands for inquiries into
    # fresh deaths, datelines days before posting, tallies of a year
    ("blind57_press.jsonl", 0.90, 0.87, 0.86, 0.66),
    # election observers' reports: polling day and its eve, incident logs, irregularities
    ("blind57_election.jsonl", 0.82, 0.89, 0.70, 0.75),
    ("blind58_notes.jsonl", 0.87, 0.94, 0.80, 0.87),
    ("blind58_db.jsonl", 0.86, 0.95, 0.80, 0.83),
    # persecution monitors' alerts: feast days, tolls revised by a speaker on a later day,
    # scripture and appeals around the acts
    ("blind58_faith.jsonl", 0.78, 0.80, 0.71, 0.66),
    # parliaments' records: an act weeks old told as the sitting's news, headers of where and
    # when it sat, members asked to recall
    ("blind58_parl.jsonl", 0.70, 0.86, 0.61, 0.84),
    ("blind59_notes.jsonl", 0.86, 0.87, 0.69, 0.91),
    ("blind59_db.jsonl", 0.89, 0.94, 0.78, 0.90),
    ("blind60_notes.jsonl", 0.85, 0.90, 0.60, 0.88),
    ("blind60_db.jsonl", 0.80, 0.94, 0.85, 0.84),
    # press-freedom alerts again, by another writer: datelines, condemning leads, tallies
    ("blind60_press.jsonl", 0.93, 0.85, 0.86, 0.67),
    # embassies' security alerts: "Actions to Take", threats and advice around the act
    ("blind60_embassy.jsonl", 0.79, 0.95, 0.75, 0.80),
    # (notes with ISO-coded items, compact days, capitals that speak for governments; many
    # villages the gazetteer lacks keep location low)
    ("blind61_notes.jsonl", 0.76, 0.85, 0.37, 0.80),
    ("blind61_db.jsonl", 0.87, 0.95, 0.62, 0.73),
    # attacks-on-education monitors: incident sheets (some in French), alerts, statements
    ("blind61_education.jsonl", 0.83, 0.81, 0.60, 0.81),
])
def test_communiques_threads_and_chronologies(name: str, recall: float, precision: float,
                                              location: float, fatalities: float) -> None:
    """Rounds 15 and 16, in styles none of the earlier sets used: ceasefire-monitoring reports,
    police and army communiqués, radio bulletins, civilian-harm assessments, social-media
    threads, security advisories, NGO field logs, FLASH/UPDATE wire pairs, translated press
    digests, risk bulletins; UCDP-style dyads with best estimates, key-value rows, place-first
    headers, chronologies with year headings, records that name themselves. First look, before
    the fixes they prompted: round 15 notes recall 0.75, location 0.57, fatalities 0.68,
    perpetrator 0.53; summaries recall 0.64, fatalities 0.54; round 16 (written after round
    15's fixes) notes recall 0.83, location 0.66, fatalities 0.61, perpetrator 0.53; summaries
    recall 0.46; round 17 (written after round 16's fixes: wire datelines, bulleted briefs,
    NGO alerts, quoted statements; GTD-style and two-incident records, casualty breakdowns)
    notes recall 0.63, location 0.63, fatalities 0.71, perpetrator 0.33, summaries recall 0.85,
    location 0.97, fatalities 0.76; round 18 (conflict-monitor notes with database actor labels
    and bracketed admin places; local registers: police occurrence summaries, officialese press
    notes, radio bulletins, forwarded messages, ministry daily updates; terse coder summaries
    with abbreviated weekdays) conflict-monitor notes recall 0.89, location 0.93, local notes
    recall 0.78, location 0.71, fatalities 0.81, perpetrator 0.32, summaries recall 0.86,
    fatalities 0.95; round 19 (wire notes with two or three incidents dated from each other,
    coder notes with database labels and revised figures, local press with headlines, live
    blogs, quarters and villages) wire notes recall 0.84, location 0.83, fatalities 0.87,
    coder notes recall 0.92, location 0.96, local press recall 0.85, location 0.62,
    fatalities 0.78; round 20 (humanitarian flash updates, incident logs with labelled fields,
    monthly overviews, maritime bulletins; UCDP-, GTD-, ACLED- and Airwars-style records with
    header date fields; full news pages with furniture, reactions and recalled events) notes
    recall 0.64, location 0.75, records recall 0.64, precision 0.68, news recall 0.74,
    precision 0.75, location 0.71; round 21 (wire notes across many regions, database records
    with military log dates and source lines, official communiqués and bulletins listing places
    hit) notes recall 0.88, precision 0.90, location 0.84, records recall 0.78, precision 0.84,
    communiqués recall 0.65, fatalities 0.77, perpetrator 0.58; round 22 (monitoring-desk notes
    with "COUNTRY – Region – date:" headers, terse tracker records), scored on the tree of its
    writing, notes recall 0.41, precision 0.41 (every header date taken for the event's),
    records recall 0.83, location 0.70; round 23 (agency notes by a writer of other habits,
    coder records with two-digit-year dates, "7 k / 22 w" tolls and fields of every separator,
    conflict monitors' posts with hashtags, threads, corrections and roundups), scored on the
    tree of its writing, notes recall 0.95, location 0.95, records recall 0.65, precision
    0.72, location 0.68, fatalities 0.77, posts recall 0.76, precision 0.81, location 0.66;
    round 24 (regional press translated with its source language's habits, human-rights and
    civilian-harm documentation with numbered and headed items reported weeks later, full
    news pages with related-story lists), translated briefs recall 0.74, precision 0.83,
    location 0.66, documentation recall 0.34, precision 0.55, news pages recall 0.81,
    precision 0.70; round 25 (UN periodic reports with numbered paragraphs, news live pages
    with timestamped entries and revised tolls, Latin American regional press), UN reports
    recall 0.02 (every paragraph's act taken for a recalled one), precision 0.10, live pages
    recall 0.59, precision 0.86, Latin American press recall 0.87, precision 0.96,
    perpetrator 0.23; round 26 (South Asian local press with run-on headlines and datelines,
    digests of world news led by their countries, armed forces' statements), scored on the
    tree of its writing, South Asian press recall 0.85, precision 0.75, digests recall 0.73,
    military statements recall 0.61, precision 0.78; round 27 (event notes and database
    summaries by new writers, African local press), scored on the tree of its writing, notes
    recall 1.00, precision 0.98, summaries recall 0.88, location 0.80, fatalities 0.85,
    African press recall 0.85, precision 0.83; round 28 (wire flashes with updates and revised
    tolls, database summaries in three databases' styles, officials' posts, maritime advisories,
    staff security briefs, police releases and embassy alerts), scored on the tree of its
    writing, wire recall 0.91, precision 0.98, summaries recall 1.00, precision 0.98, briefs
    recall 0.84, location 0.67, and 21 of its 100 negatives fired; round 29 (agency notes in
    the habits of a translation, "lost their lives", "the balance is of five dead", "a strike
    of drone"; coders' notes with actor labels and "fatalities coded as"), scored on the tree
    of its writing, agency recall 0.89, fatalities 0.80, injured 0.73, weapon 0.78, notes
    recall 0.98, fatalities 0.90, and 3 of its 100 negatives fired; round 30 (event notes from
    Latin America, South and Southeast Asia, Europe and the Caucasus; database summaries of
    1970–2010 events with the country names of their time; the non-violent records databases
    keep), scored on the tree of its writing, notes recall 1.00, location 0.89, fatalities
    0.86, summaries recall 0.96, location 0.91, fatalities 0.90, and 3 of 100 negatives
    fired; round 31 (stringers' hurried notes, "tdy", "yday", "ppl"; military significant-
    activity logs with date-time groups, "IDF" for indirect fire, "2x KIA"), scored on the tree
    of its writing, notes recall 0.71, precision 0.76, logs recall 0.66, location 0.48,
    fatalities 0.04, and 8 of 100 negatives fired; round 32 (agency notes on terrorism in
    Europe, North America and Oceania; political-violence dataset notes; news whose story is a
    trial, an anniversary, a reopening or a funeral recalling past attacks), scored on the tree
    of its writing, notes recall 0.79, precision 0.81, dataset notes recall 0.96, precision
    0.94, recalled-attack texts recall 0.50, precision 0.17 (the recalled attacks read as
    today's); round 33 (agency event notes and database summaries by two more writers, the
    registers the held-back sets are said to use), scored on the tree of its writing, notes
    recall 0.97, precision 0.95, location 0.92, fatalities 0.94, summaries recall 1.00,
    precision 1.00, location 1.00, fatalities 0.97; round 34 (event notes from Myanmar, the
    Philippines, Latin America and the Sahel with nested places; database summaries of
    1985–2020; NGO daily security digests with region headings, bulleted places and denied
    rumours), scored on the tree of its writing, notes recall 1.00, precision 0.98, location
    0.80, summaries recall 1.00, precision 1.00, location 0.89, digests recall 0.82,
    precision 0.80, location 0.62, and 19 of 100 negatives fired; round 35 (event notes that
    open with the actor and date by day and month; database summaries of a writer who opens
    with the place, closes with a date field and writes tolls as "[killed: 7; wounded: 19]" or
    "2 k., 1 w."; local news with headlines, datelines and context paragraphs), scored on the
    tree of its writing, notes recall 0.92, precision 0.98, location 0.83, summaries recall
    0.62, precision 0.67, fatalities 0.32, news recall 0.88, precision 0.64, and 10 of 100
    negatives fired; round 36 (event notes that open with their place and its units, "2 events"
    notes; database summaries mixing four databases' openings), scored on the tree of its
    writing, notes recall 0.82, precision 0.84, location 0.63, summaries recall 0.91,
    precision 0.91, location 0.59, and 26 of 100 negatives fired; round 37 (a multi-region
    desk's notes with settlement lists, sea and border-crossing events; database summaries with
    secondary devices timed for those who came; humanitarian flash updates with highlights,
    running counts and several dated items), scored on the tree of its writing, notes recall
    0.96, precision 0.98, location 0.75, summaries recall 0.84, precision 0.96, fatalities 0.86,
    flash updates recall 0.75, precision 0.76, location 0.71, and 20 of 100 negatives fired;
    round 38 (a regional desk's actor-first notes with "In a separate incident, …"; an academic
    database's place-and-date openings, disagreeing sources and multi-site attacks; regional
    English-language news with datelines, related developments and recalled attacks), scored
    on the tree of its writing, notes recall 0.67, precision 0.68, summaries recall 0.81,
    fatalities 0.74, news recall 0.87, precision 0.91, location 0.58, and 33 of 100 negatives
    fired; round 39 (ACLED-style notes with "N fatalities coded" and "Same day," acts; GTD-style
    summaries that cross-reference the other attacks of a series; NGO and UN security desks'
    daily reports with "REGION / District:" items, "x31 killed", "KIA/WIA" and comments),
    scored on the tree of its writing, notes recall 0.93, precision 0.95, fatalities 0.86,
    summaries recall 0.86, precision 0.96, daily reports recall 0.41, fatalities 0.15 (every
    "xN" count unread, the items run together), and 11 of 100 negatives fired; round 40
    (a desk's compressed notes with "3-5 killed", "w/" and "Separately,"; GTD-style summaries
    of 2010–2020 with date ranges, named targets and retaliation; monthly chronologies per
    country, "JNIM 3 Oct killed …", "mid-month"), scored on the tree of its writing, notes
    recall 0.98, precision 0.97, fatalities 0.92, summaries recall 1.00, precision 0.98,
    weapon 0.85, chronologies recall 0.54, precision 0.77 (a month's acts read as recalled
    ones, its summaries as acts), and 7 of 100 negatives fired; round 41 (a desk's notes with
    "N fatalities." and "[size=dozens]"; summaries of 1990–2012 with the place names of their
    time; newspapers' world-in-brief columns), scored on the tree of its writing, notes recall
    0.98, precision 0.93, summaries recall 0.93, precision 0.91, location 0.70, columns recall
    0.74, precision 0.79, and 9 of 100 negatives fired; round 42 (notes from Myanmar, the
    Philippines, South Asia and the Americas with "military junta" actors; summaries of
    1996–2009 that code the neighbourhood; news-alert headline feeds), scored on the tree of
    its writing, notes recall 0.96, precision 0.98, perpetrator 0.74, summaries recall 0.98,
    precision 0.98, feeds recall 0.70, precision 0.96, and 13 of 100 negatives fired; round 43
    (notes from the Middle East, North Africa and the Sahel with coders' split tolls; summaries
    of 2010–2020; maritime security advisories), scored on the tree of its writing, notes recall
    0.88, precision 0.94, summaries recall 0.98, precision 1.00, fatalities 0.87, advisories
    recall 0.59, precision 0.68, and 13 of 100 negatives fired; round 44 (notes from Ukraine,
    Russia, the Congo, Ethiopia, Nigeria, Haiti, Mexico, Colombia and South Asia; summaries of
    1970–1997; bulletins of attacks on health care, education and aid workers), scored on the
    tree of its writing, notes recall 0.92, precision 0.96, summaries recall 0.88, precision
    0.96, bulletins recall 0.88, precision 0.86, perpetrator 0.72, and 9 of 100 negatives
    fired; round 45 (notes from Myanmar, Thailand, the Philippines, India, Papua and Africa
    with "Around this date," acts; summaries of 1998–2019; police and prosecutors' releases),
    scored on the tree of its writing, notes recall 0.83, precision 0.96, summaries recall
    0.98, precision 0.95, releases recall 0.58, precision 0.63, and 6 of 100 negatives fired;
    round 46 (notes from the Middle East with retaliation the same day and further deeds;
    summaries of 2014–2021; citizens' reports to crisis-mapping platforms), scored on the tree
    of its writing, notes recall 0.87, precision 0.92, summaries recall 0.94, precision 0.98,
    citizens' reports recall 0.63, precision 0.83, and 18 of 100 negatives fired; round 47
    (notes from the Caucasus, Central Asia, the Americas and Europe; summaries of 2000–2020 in
    the West and Latin America; official condemnations), scored on the tree of its writing,
    notes recall 0.83, precision 0.88, summaries recall 0.92, precision 0.94, condemnations
    recall 0.66, precision 0.83 (several attacks of one statement read as one), and 13 of 100
    negatives fired; round 48 (notes from Sudan, the Sahel, the Horn and Mozambique; summaries
    of 1990–2016 in Africa and South and Southeast Asia; transcripts of press briefings), scored
    on the tree of its writing, notes recall 0.98, precision 0.96, summaries recall 0.92,
    precision 0.98, briefings recall 0.51, precision 0.78, and 11 of 100 negatives fired; round 49
    (notes from South and Southeast Asia and the Middle East; summaries of 1975–2019 in the
    Middle East, Turkey and the Caucasus; victim-centred casualty records and obituaries),
    scored on the tree of its writing, notes recall 0.92, precision 0.96, summaries recall 0.91,
    precision 0.92, casualty records recall 0.74, precision 0.64, fatalities 0.32, and 11 of 100
    negatives fired; round 50 (notes from Ukraine, Russia, Myanmar and Latin America; summaries
    of 1971–2016 in Europe, Russia and the Americas; governors' and councils' war-time posts;
    civilian-harm assessment records), scored on the tree of its writing, notes recall 0.93,
    precision 1.00, summaries recall 0.98, precision 0.96, fatalities 0.77, posts recall 0.59,
    precision 0.82, assessments recall 0.84, precision 0.87, certainty 0.29, and 8 of 100
    negatives fired; round 51 (notes from the Sahel, Nigeria, Congo, Somalia, Sudan, Syria,
    Yemen and Pakistan; summaries of 1986–2019 in the Middle East, South and Southeast Asia and
    Africa; think-tank daily assessments; infrastructure operators' statements), scored on the
    tree of its writing, notes recall 0.86, precision 0.92, fatalities 0.63, summaries recall
    1.00, precision 0.98, assessments recall 0.60, precision 0.78, statements recall 0.90,
    precision 0.88, perpetrator (where known) 0.52, and 9 of 100 negatives fired; round 52
    (notes from Myanmar, Mozambique, Ethiopia, Cameroon, Colombia, Mexico, Haiti, Lebanon, Iraq
    and Manipur; summaries of 1970–2019 in Europe, Latin America, Turkey and the Caucasus;
    protection monitors' alerts on journalists, aid workers, hospitals, schools and heritage;
    risk consultancies' and embassies' security alerts), scored on the tree of its writing,
    notes recall 0.94, precision 0.93, fatalities 0.82, summaries recall 0.98, precision 0.96,
    fatalities 0.84, alerts recall 0.75, precision 0.62, fatalities 0.64, perpetrator 0.54,
    risk alerts recall 0.87, precision 0.93, perpetrator 0.67, and 11 of 100 negatives fired;
    round 53 (notes from Sudan, the Sahel, Nigeria, DR Congo, Somalia, Yemen, Syria, Pakistan,
    Afghanistan, Ukraine and Palestine; summaries of 1979–2019 in South Asia, the Middle East,
    Africa and Southeast Asia; mine-action casualty records; news-photo captions and shot
    lists), scored on the tree of its writing, notes recall 0.93, precision 0.94, summaries
    recall 0.98, precision 0.98, mine records recall 0.76, precision 0.80, fatalities 0.52,
    location 0.58, captions recall 0.74, precision 0.65, location 0.64, and 4 of 100
    negatives fired; round 54 (notes from Latin America, South and Southeast Asia; summaries of
    1970–2019 in North America, Western Europe, Africa and the Middle East; prosecutors' and
    courts' releases; radio and TV bulletin transcripts), scored on the tree of its writing,
    notes recall 0.94, precision 0.98, fatalities 0.84, summaries recall 0.94, precision 0.94,
    fatalities 0.90, court releases precision 0.09 (every recalled attack read as the day's),
    bulletins recall 0.78, precision 0.66, fatalities 0.66, and 15 of 100 negatives fired;
    round 55 (notes from Mozambique, Cameroon, Ethiopia, Myanmar, Manipur, Colombia, Mexico,
    Haiti, Lebanon and Russia; summaries of 1970–2019 in Europe, Latin America, Turkey, Russia
    and Israel; fact checks; obituaries and victim notices), scored on the tree of its writing,
    notes recall 0.98, precision 1.00, summaries recall 0.94, precision 0.98, fatalities 0.92,
    perpetrator 0.78, fact checks recall 0.80, precision 0.65, fatalities 0.47, obituaries
    recall 0.50, precision 0.50, fatalities 0.60, and 21 of 100 negatives fired; round 56
    (notes from Libya, Iraq, Afghanistan, Pakistan, the Bangladesh–Myanmar border, South Sudan,
    the Central African Republic, the Sahel, Kenya, Ecuador, Brazil, Syria and Gaza; summaries
    of 1977–2019 in Southeast and Central Asia, the Balkans, Africa and Latin America;
    satellite-imagery analyses; interview and testimony transcripts), scored on the tree of its
    writing, notes recall 0.90, precision 0.98, perpetrator 0.80, summaries recall 0.92,
    precision 0.98, fatalities 0.83, imagery analyses recall 0.54, precision 0.67, interviews
    recall 0.05, precision 0.03 (every question read as an act, the witness's "nine days ago"
    read from the day of publication), and 14 of 100 negatives fired. The imagery analyses and
    the interviews are left with their first steps: their acts are told across a Q&A or a window
    of pictures, and neither has a floor here beyond what those steps hold. Round 57 (notes
    from 32 countries with bracketed actor labels and hierarchies; GTD-style summaries of
    2012–2025 with failed devices and rising tolls; press-freedom alerts; election observers'
    reports and incident logs), scored on the tree of its writing: notes recall 0.92,
    precision 0.95, fatalities 0.91, summaries recall 0.89, precision 0.98, fatalities 0.80,
    press alerts recall 0.77, precision 0.71, fatalities 0.67, perpetrator 0.46 ("RSF", the
    writer's own acronym, read as Sudan's militia), election reports recall 0.70, precision
    0.76 (every item of polling day dated by the report's posting), and 18 of 100 negatives
    fired (a cricket report's "killed a couple of overs", a drone delivering blood). Round 58
    (notes from 38 countries; GTD-style summaries with tables and logs; persecution monitors'
    alerts; parliaments' records), scored on the tree of its writing: notes recall 0.84,
    precision 0.91, fatalities 0.87, summaries recall 0.82, precision 0.91, fatalities 0.83,
    alerts recall 0.68, precision 0.68, fatalities 0.63, parliaments recall 0.49, precision 0.67
    (acts weeks old, the subject of a question, read as recalled), and 22 of 100 negatives
    fired. Round 59 (notes with ISO-coded headings and daily reports' periods; GTD-style exports
    and field blocks), scored after round 58's fixes (and, for comparison, on the session's
    starting tree): notes recall 0.81, precision 0.85 (0.81, 0.85), summaries recall 0.86,
    precision 0.91 (0.84, 0.87), 13 of 100 negatives fired (15). Round 60 (notes headed by
    country in capitals, with bare day-and-month dates "30/01", "08.04"; GTD/ACLED/UCDP
    summaries; press-freedom alerts; embassies' security alerts), scored on the session's
    starting tree: notes recall 0.45, precision 0.55 (a note's "15/03" was no date), summaries
    recall 0.79, precision 0.88, press alerts recall 0.91, precision 0.77, embassy alerts recall
    0.81, precision 0.85, and 19 of 100 negatives fired. Round 61 (notes, summaries with UCDP
    rows and ACLED lines, attacks-on-education monitors' reports), scored after round 60's
    fixes (and on the session's starting tree): notes recall 0.66, precision 0.77 (0.19, 0.27),
    summaries recall 0.82, precision 0.92 (the same), education reports recall 0.77, precision
    0.77 (the same), and 23 of 100 negatives fired (23).
    Round 18's local notes code generic attackers ("unknown
    gunmen", "the occupiers", "terrorists") as the perpetrator; the codebook leaves an unnamed
    attacker null. Round 15's summaries include retrospectives ("Twenty years
    on, Omagh still marks …") that their writer codes as current; the codebook codes a
    remembered event as background, so those count as misses. Several villages are missing from
    the gazetteer."""
    r = evaluate_path(Path(__file__).parent / "fixtures" / name)
    assert r["incidents"]["recall"] >= recall
    assert r["incidents"]["precision"] >= precision
    assert r["fields"]["location"]["accuracy"] >= location
    assert r["fields"]["fatalities"]["accuracy"] >= fatalities


def test_round_56_negatives_and_interviews_hold_their_first_steps() -> None:
    """Round 56's negatives (imagery of build-ups, fires and floods; interviews of veterans,
    deminers, film-makers and boxers; seizures, alerts, tests) fired 14 of 100 at first look and
    12 now: above the 5 % the other sets meet. What still fires is one shape each (a boxer who
    will "bomb him from the first bell", a sinking exercise told in the sentence after its name,
    a wartime bomb found in a garden, a gas explosion whose cause is told later). The interview
    transcripts went from recall 0.05 to 0.07 and precision 0.03 to 0.09 with the steps taken
    (the day recorded, the interviewer's turns, days counted back); the rest is left for later."""
    fixtures = Path(__file__).parent / "fixtures"
    r = evaluate_path(fixtures / "blind56_negatives.jsonl")
    assert r["documents_with_extraction"] <= 12
    r = evaluate_path(fixtures / "blind56_qa.jsonl")
    assert r["incidents"]["precision"] >= 0.08 and r["incidents"]["recall"] >= 0.07
