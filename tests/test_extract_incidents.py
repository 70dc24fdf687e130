"""End-to-end extraction on short texts written for the tests (not from the eval sets)."""

import datetime as dt
import re

import pytest

from pipeline.extract import EXTRACTOR_VERSION, extract_incidents
from pipeline.schema import (
    CERTAINTIES,
    DATE_PRECISIONS,
    GEO_PRECISIONS,
    MENTION_FIELDS,
    MENTION_TYPES,
    SUB_EVENT_PARENT,
    WEAPONS,
)

PUB = dt.date(2024, 4, 22)

ARTICLE = (
    "Subscribe now for full access.\n\n"
    "Overnight, government outposts in Iraq and Syria came under drone and rocket attacks. "
    "A drone hit the Ain al-Asad air base in Iraq's Anbar province. "
    "Separately, four rockets targeted the Rumalyn base in northeastern Syria. "
    "Nobody was hurt in these attacks.\n\n"
    "Last January, a drone attack killed three soldiers in Jordan. "
    "On Saturday a blast at an arms depot in Iraq killed one guard; officials said it was "
    "unclear whether it was an attack or an accident.\n"
)


def _check_contract(m: dict) -> None:
    assert tuple(m) == MENTION_FIELDS
    assert m["sub_event_type"] in SUB_EVENT_PARENT
    assert m["event_type"] == SUB_EVENT_PARENT[m["sub_event_type"]]
    assert m["weapon"] in WEAPONS
    assert m["date_precision"] in DATE_PRECISIONS
    assert m["geo_precision"] in GEO_PRECISIONS
    assert m["certainty"] in CERTAINTIES
    assert m["mention_type"] in MENTION_TYPES
    assert isinstance(m["event_date"], dt.date)
    assert m["extractor"] == f"rules-{EXTRACTOR_VERSION}"
    assert 0.0 <= m["confidence"] <= 1.0
    assert isinstance(m["perpetrator_claimed"], bool)
    assert m["summary"].endswith(".")


def test_several_incidents_in_one_article() -> None:
    ms = extract_incidents(ARTICLE, PUB, article_id="a1")
    for m in ms:
        _check_contract(m)
        assert m["evidence"] in ARTICLE
        assert m["article_id"] == "a1"
    by_country = {(m["country_code"], m["mention_type"]): m for m in ms
                  if m["certainty"] == "confirmed"}
    drone = by_country[("IRQ", "current")]
    assert drone["sub_event_type"] == "drone_strike"
    assert drone["location"] == "Ain al-Asad Air Base"
    assert (drone["fatalities"], drone["injured"]) == (0, 0)
    rockets = by_country[("SYR", "current")]
    assert rockets["weapon"] == "rocket"
    assert rockets["fatalities"] == 0  # "these attacks" covers both
    recalled = by_country[("JOR", "background")]
    assert recalled["event_date"] == dt.date(2024, 1, 1)
    assert recalled["date_precision"] == "month"
    assert recalled["fatalities"] == 3
    disputed = [m for m in ms if m["certainty"] == "disputed"]
    assert len(disputed) == 1
    assert disputed[0]["event_date"] == dt.date(2024, 4, 20)
    assert disputed[0]["fatalities"] == 1
    assert disputed[0]["injured"] is None


def test_one_incident_over_several_sentences() -> None:
    text = ("A suicide bomber blew himself up at a police checkpoint in Kandahar on Sunday. "
            "Six officers were killed and nine wounded. The Taliban claimed responsibility.")
    ms = extract_incidents(text, PUB)
    assert len(ms) == 1
    m = ms[0]
    assert (m["fatalities"], m["injured"]) == (6, 9)
    assert m["perpetrator"] == "Taliban" and m["perpetrator_claimed"]
    assert m["event_date"] == dt.date(2024, 4, 21)
    assert m["country_code"] == "AFG"


def test_silent_casualties_are_null() -> None:
    ms = extract_incidents("Rockets hit a base in Erbil province on Friday.", PUB)
    assert ms and ms[0]["fatalities"] is None and ms[0]["injured"] is None


def test_no_incident_returns_empty() -> None:
    assert extract_incidents("The parliament passed the budget after a long debate.", PUB) == []
    assert extract_incidents("", PUB) == []


def test_unresolvable_country_is_kept_with_low_confidence() -> None:
    ms = extract_incidents("A roadside bomb killed two soldiers on patrol.", PUB)
    assert len(ms) == 1
    assert ms[0]["country_code"] is None
    assert ms[0]["confidence"] <= 0.3


def test_agency_note_with_date_prefix() -> None:
    text = ("03/09/2024: Gunmen on motorbikes attacked a police post in Dori, killing four "
            "officers. No group has claimed the attack.")
    (m,) = extract_incidents(text, "2024-03-10")
    assert m["event_date"] == dt.date(2024, 3, 9)
    assert m["country_code"] == "BFA" and m["location"] == "Dori"
    assert m["fatalities"] == 4 and m["injured"] is None
    assert m["weapon"] == "firearm"
    assert m["perpetrator"] is None and not m["perpetrator_claimed"]


def test_database_summary_style() -> None:
    text = ("On 2 May 2021, suspected ISWAP fighters raided an army base in Borno State, "
            "Nigeria, killing five soldiers and wounding 11. The group later claimed it.")
    (m,) = extract_incidents(text, "2021-05-09")
    assert m["event_date"] == dt.date(2021, 5, 2)
    assert m["mention_type"] == "current"
    assert (m["country_code"], m["admin1_code"]) == ("NGA", "NG-BO")
    assert m["perpetrator"] == "Islamic State"
    assert (m["fatalities"], m["injured"]) == (5, 11)


def test_nationality_of_attackers_does_not_move_the_place() -> None:
    (m,) = extract_incidents("Russian forces shelled Kherson overnight, killing two civilians.",
                             "2023-06-10")
    assert m["country_code"] == "UKR"
    assert m["event_date"] == dt.date(2023, 6, 9)


def test_background_without_a_date_is_not_dated_at_publication() -> None:
    text = ("Gunmen attacked a bus in Peshawar on Monday, killing three passengers. "
            "In a previous attack, a bomb had killed eleven people at the same station.")
    ms = extract_incidents(text, PUB)
    background = [m for m in ms if m["mention_type"] == "background"]
    assert background
    assert all(m["event_date"] != PUB for m in background)
    current = [m for m in ms if m["mention_type"] == "current"]
    assert current[0]["event_date"] == PUB and current[0]["fatalities"] == 3


def test_incidents_in_different_towns_are_separate() -> None:
    text = ("A car bomb killed six people at a market in Baghdad on Sunday. "
            "In Mosul, gunmen shot dead two policemen at a checkpoint.")
    ms = extract_incidents(text, PUB)
    assert sorted(m["location"] for m in ms) == ["Baghdad", "Mosul"]
    assert {m["location"]: m["fatalities"] for m in ms} == {"Baghdad": 6, "Mosul": 2}


def test_labelled_agency_note() -> None:
    text = ("Date: 2024-04-19\nLocation: Kirkuk, Iraq\n"
            "A roadside bomb struck an army vehicle, wounding two soldiers.\nFatalities: 0\n")
    (m,) = extract_incidents(text, PUB)
    assert m["event_date"] == dt.date(2024, 4, 19)
    assert (m["country_code"], m["location"]) == ("IRQ", "Kirkuk")
    assert (m["fatalities"], m["injured"]) == (0, 2)


def test_agency_note_with_bracketed_admin_units() -> None:
    text = ("On 12 May 2024, an unidentified armed group fired two rockets at a military base "
            "near Khalis (Khalis, Diyala). No casualties reported.")
    (m,) = extract_incidents(text, "2024-05-19")
    assert (m["country_code"], m["location"], m["admin1"]) == ("IRQ", "Khalis", "Diyala")
    assert (m["fatalities"], m["injured"], m["perpetrator"]) == (0, 0, None)
    assert m["event_date"] == dt.date(2024, 5, 12)


def test_agency_note_month_of_and_unknown_village() -> None:
    text = ("Around 9 August 2024 (month of), Al Shabaab militants abducted three herders "
            "near Qurdubey (Bardhere, Gedo). Fatalities: 0.")
    (m,) = extract_incidents(text, "2024-08-20")
    assert (m["event_date"], m["date_precision"]) == (dt.date(2024, 8, 1), "month")
    assert (m["location"], m["sub_event_type"], m["fatalities"]) == ("Qurdubey", "abduction", 0)


def test_military_forces_of_country_is_a_state_actor() -> None:
    text = ("On 3 March 2024, Military Forces of Mali (2021-) carried out a drone strike near "
            "Ber (Timbuktu, Tombouctou), killing 4 civilians.")
    (m,) = extract_incidents(text, "2024-03-09")
    assert m["perpetrator"] == "Malian forces"
    assert m["sub_event_type"] == "drone_strike"


def test_database_record_published_years_later_is_current() -> None:
    text = ("06/03/2016: Assailants detonated an explosive device near a police vehicle in "
            "Batna city, Batna province, Algeria. Two officers were killed. "
            "No group claimed responsibility for the incident.")
    (m,) = extract_incidents(text, "2019-06-30")
    assert m["mention_type"] == "current"
    assert (m["event_date"], m["country_code"], m["location"]) == (
        dt.date(2016, 6, 3), "DZA", "Batna")
    assert (m["fatalities"], m["perpetrator"]) == (2, None)


def test_non_violent_notes_yield_nothing() -> None:
    for text in (
        "On 2 May 2024, militants entered the town of Tessit (Ansongo, Gao) without fighting.",
        "On 2 May 2024, troops withdrew from Ber (Timbuktu, Tombouctou); no clashes were reported.",
        "On 2 May 2024, police seized two rifles and arrested a suspect in Gao (Gao, Gao).",
        "05/05/2018: A bus overturned near Gilgit city, Pakistan. Eleven people were killed.",
        # a crash's fire is no arson; displacement figures after a year of attacks are no event
        "05/05/2018: A fuel tanker overturned and exploded near Sukkur, Pakistan. Two people "
        "were killed and several cars were burned.",
        "On 2 May 2024, the agency said 20,000 people had fled their homes after gang attacks "
        "on their districts over the past year.",
    ):
        assert extract_incidents(text, "2024-05-09") == [], text


def test_weapons_named_without_an_act_are_not_incidents() -> None:
    """Parades, caches, tests, purchases and footage name weapons; nothing was used."""
    for text in (
        "The army paraded new cruise missiles and attack drones through the capital on Monday.",
        "Soldiers found two grenade launchers and a crate of rockets in an abandoned farmhouse.",
        "Police arrested three men and seized bomb-making materials and detonators in a flat.",
        "Engineers destroyed 300 kg of old explosives in a controlled detonation near Kandahar.",
        "The defence ministry signed a contract to buy 40 armed drones from a foreign supplier.",
        "A bomb found under a bridge in Quetta had not detonated; experts removed it safely.",
    ):
        assert extract_incidents(text, PUB) == [], text


def test_weapons_that_were_used_are_incidents() -> None:
    for text in (
        "Militants fired anti-tank missiles at an army post near Metula, Israel.",
        "A grenade was thrown into a bar in Bujumbura, Burundi, wounding six people.",
        "Attackers planted explosives under a pipeline in Arauca, Colombia, and blew it up.",
    ):
        assert len(extract_incidents(text, PUB)) == 1, text


def test_references_to_past_violence_are_not_new_incidents() -> None:
    """Trials, anniversaries, compensation, plans and threats are about violence, not violence."""
    for text in (
        "A court in Nairobi sentenced two men to life for their role in the 2013 mall attack.",
        "Hundreds gathered in Kabul to mark five years since the bombing of the wedding hall. "
        "Candles were lit at the time of the blast.",
        "The government will pay compensation to families of victims of the 2019 church bombings.",
        "Police in Jakarta arrested four men accused of planning attacks on churches.",
        "The embassy warned of a heightened threat of terrorism and kidnapping in the north.",
        "Twenty fishermen abducted by pirates last year were freed on Sunday in Puntland.",
        "Protesters set fire to tyres and pallets outside the prefecture in Agen, France.",
    ):
        assert extract_incidents(text, PUB) == [], text
    # an attack on a memorial service is an attack
    text = "A man threw a grenade at a memorial service in Yambio, South Sudan, killing nine."
    assert extract_incidents(text, PUB)[0]["fatalities"] == 9


def test_metaphors_and_look_alikes_are_not_incidents() -> None:
    for text in (
        "The striker fired home twice and scored a hat-trick in the cup final in Lagos.",
        "The Senate killed the reform bill on Tuesday after a long debate.",
        "A blast of Arctic air sent temperatures plunging across Texas on Monday.",
        "A ransomware attack forced the pipeline operator to shut its network; a hacking "
        "group claimed responsibility.",
        "The rocket blasted off from Florida carrying four astronauts to the space station.",
        "Two students were struck and killed by a speeding bus in Dhaka on Sunday.",
        "A fire that tore through a chemical warehouse in Dhaka killed 70 people overnight.",
    ):
        assert extract_incidents(text, PUB) == [], text


def test_games_films_drills_and_hoaxes_are_not_incidents() -> None:
    for text in (
        "A studio unveiled a war video game in which players call in air strikes on a city.",
        "The war epic bombed at the box office in its opening weekend.",
        "A museum gallery in Dayton shows inert practice bombs and a bomber cockpit.",
        "Jets were scrambled when two foreign bombers flew close to the islands.",
        "The navy carried out a training launch of a cruise missile from a frigate.",
        "A student who said she had been kidnapped had staged the whole scheme, police said.",
        "A grain elevator dust explosion blew out part of the roof near Weyburn.",
        "Egypt agreed to buy 30 fighter jets from France.",
    ):
        assert extract_incidents(text, PUB) == [], text
    text = "Twin blasts at a military training centre in Charsadda, Pakistan, killed 80 people."
    assert extract_incidents(text, PUB)[0]["fatalities"] == 80


def test_fighting_between_armed_sides_is_a_clash() -> None:
    text = "Rebels and army troops fought for hours around Kavumu (Kabare, Sud-Kivu)."
    m = extract_incidents(text, PUB)
    assert [(x["country_code"], x["sub_event_type"]) for x in m] == [("COD", "armed_clash")]
    assert extract_incidents("Firefighters fought the blaze in Goma for hours.", PUB) == []


def test_a_bomb_that_went_off_early_is_an_incident() -> None:
    text = ("05/02/2016: An assailant tried to plant an explosive device at a cemetery in Rosario "
            "city, Argentina. The device detonated prematurely, injuring the assailant.")
    m = extract_incidents(text, "2019-01-01")
    assert len(m) == 1 and m[0]["injured"] == 1


def test_the_sentence_an_anaphor_points_back_to_lends_its_place_and_actor() -> None:
    text = ("Al-Shabaab carried out a sabotage attack on a telecom mast in Baidoa, Somalia. "
            "One guard was killed in the attack.")
    m = extract_incidents(text, PUB)
    assert [(x["country_code"], x["fatalities"], x["perpetrator"]) for x in m] == [
        ("SOM", 1, "Al-Shabaab")]


def test_an_attack_during_a_film_is_still_an_attack() -> None:
    text = ("An attack on a cinema in Peshawar took place as 90 people were watching a movie. "
            "Attackers hurled two grenades and fled. Four people were killed.")
    m = extract_incidents(text, PUB)
    assert [(x["country_code"], x["fatalities"]) for x in m] == [("PAK", 4)]


def test_less_common_ways_of_killing_and_hurting() -> None:
    for text in ("Militants tortured two farmers to death near Gao, Mali.",
                 "A gang mistreated refugee children in Bautzen, Germany; three were injured.",
                 "A terrorist act occurred at a university in Kharkiv, Ukraine, damaging the "
                 "library."):
        assert len(extract_incidents(text, PUB)) == 1, text


def test_weapons_sent_or_placed_are_used() -> None:
    text = ("Russia sent four attack drones towards the port city of Mykolaiv, Ukraine, overnight. "
            "Air defence shot down three; the fourth struck a grain warehouse.")
    assert [m["sub_event_type"] for m in extract_incidents(text, PUB)] == ["drone_strike"]
    text = ("An explosion ripped through a minibus in Kabul, Afghanistan, killing five. "
            "Police said an explosive device had been placed inside the vehicle.")
    assert [m["weapon"] for m in extract_incidents(text, PUB)] == ["ied"]


def test_a_state_blamed_is_named_as_its_forces() -> None:
    text = ("Shells hit Sarmin, Syria, killing three. Rescue workers blamed Syrian government "
            "forces positioned south of the town.")
    assert extract_incidents(text, PUB)[0]["perpetrator"] == "Syrian government forces"


def test_missile_tests_are_not_attacks() -> None:
    text = ("Russia carried out a test launch of an intercontinental ballistic missile, with "
            "dummy warheads landing on a test range in Kamchatka.")
    assert extract_incidents(text, PUB) == []


def test_a_relative_clause_about_the_past_does_not_make_the_news_background() -> None:
    text = ("A bomb exploded at a cemetery in Jalalabad, Afghanistan, on Sunday while women "
            "visited the grave of a relative who was killed last year. Four women died.")
    m = extract_incidents(text, PUB)
    assert [(x["mention_type"], x["fatalities"]) for x in m] == [("current", 4)]


def test_an_event_named_by_its_year_is_recalled() -> None:
    """"The 2014 attack" and "nine years since" recall the past; neither is news today."""
    for text in ("The 2014 attack on the school killed 140 people.",
                 "Parents gathered at the school on Saturday to mark nine years since the 2014 "
                 "attack that killed more than 140 people."):
        found = extract_incidents(text, "2023-12-16")
        assert all(m["mention_type"] == "background" and m["event_date"].year == 2014
                   for m in found)
    assert extract_incidents("The 2014 attack on the school killed 140 people.", "2023-12-16")


def test_a_short_closing_sentence_says_nobody_was_hurt() -> None:
    """"Nobody was hurt." is three words, but a fact of the note, not a caption."""
    found = extract_incidents("On 22 April 2024, militants fired rockets at an army camp in "
                              "Boni, Mali. Nobody was hurt.", "2024-04-25")
    assert [(m["fatalities"], m["injured"]) for m in found] == [(0, 0)]


def test_the_blasts_of_a_controlled_detonation_are_no_incident() -> None:
    """"The blasts … caused no damage and no injuries" refers back to the detonation."""
    text = ("On 28 March 2024, an army engineering unit carried out a controlled detonation of "
            "old shells near Nabatieh. Residents had been warned by loudspeaker; the blasts were "
            "heard across the town but caused no damage and no injuries.")
    assert extract_incidents(text, "2024-03-29") == []


def test_note_dates_reported_and_overnight() -> None:
    """"Reported on 18 March: on 16 March …" happened on the 16th; "overnight on 25 January"
    on the 25th; a note whose date closes its first sentence dates the toll told next."""
    cases = [
        ("Reported on 18 March 2024: on 16 March, Ukrainian forces fired rockets at Shebekino "
         "(Belgorod), Russia. Three civilians were wounded.", "2024-03-18", dt.date(2024, 3, 16)),
        ("Overnight on 25 January 2024, gunmen attacked Butura village (Bokkos, Plateau), "
         "Nigeria, shooting dead 17 residents.", "2024-01-27", dt.date(2024, 1, 25)),
        ("JNIM fighters overran an army position near Karimama (Alibori), Benin, on 15 February "
         "2025. Official toll: 8 soldiers killed.", "2025-02-18", dt.date(2025, 2, 15)),
    ]
    for text, published, day in cases:
        found = extract_incidents(text, published)
        assert [m["event_date"] for m in found] == [day], text


def test_a_database_record_blames_and_places_its_one_incident() -> None:
    """The group blamed in a record's last sentence, and the place of its first sentence when
    the violence is told in the second ("The assailants killed 16 travellers")."""
    text = ("09/15/2014: A photojournalist was abducted by armed men near Atmeh, Idlib "
            "governorate, Syria. His fixer was held briefly and then let go. The captors later "
            "sent a ransom demand to his family. Al-Nusrah Front was suspected of holding him.")
    (m,) = extract_incidents(text, "2015-07-31")
    assert m["perpetrator"] == "Tahrir al-Sham"
    text = ("08/29/1995: Members of the Armed Islamic Group (GIA) set up a false checkpoint near "
            "Ksar El Boukhari, Medea province, Algeria. The assailants killed 16 travellers.")
    (m,) = extract_incidents(text, "2000-01-01")
    assert (m["location"], m["fatalities"]) == ("Ksar El Boukhari", 16)


def test_a_storm_toll_and_a_report_toll_are_no_incident() -> None:
    for text in ("A powerful bomb cyclone slammed into the Pacific Northwest on Tuesday night. "
                 "At least two people were killed by falling trees, officials said.",
                 "The Landmine Monitor 2023 report was released on Tuesday. Most of those killed "
                 "or injured were civilians, many of them children, the report said.",
                 "Mount Marapi erupted on Sunday, sending a column of ash into the sky. Several "
                 "climbers near the summit when the blast occurred were killed."):
        assert extract_incidents(text, "2023-12-05") == [], text


def test_rioters_who_burn_a_person_attack_someone() -> None:
    (m,) = extract_incidents("Rioters (Haiti) seized three suspected gang members from a police "
                             "vehicle in Port-au-Prince (Ouest), beat them and burned them alive. "
                             "Three reported fatalities.", "2023-04-25")
    assert (m["country_code"], m["fatalities"]) == ("HTI", 3)
    assert extract_incidents("Protesters burned tyres and set a police car on fire in Lagos.",
                             "2023-04-25") == []


def test_another_date_in_a_database_record_recalls_the_past() -> None:
    text = ("08/03/2001: Rebels set off explosives along the oil pipeline near Saravena, Arauca "
            "department, Colombia. There were no casualties. It was the sixth attack on the "
            "pipeline that year, following a bombing on 07/19/2001.")
    found = extract_incidents(text, "2002-06-30")
    current = [m for m in found if m["mention_type"] == "current"]
    assert [(m["event_date"], m["fatalities"]) for m in current] == [(dt.date(2001, 8, 3), 0)]
    assert all(m["event_date"] == dt.date(2001, 7, 19) for m in found
               if m["mention_type"] == "background")


def test_a_record_blames_its_incident_and_dates_its_nights() -> None:
    """The blame is for the incident told, not for the attacks recalled beside it; "overnight"
    in a record is the night before the record's date; reported speech is not the past."""
    text = ("07/29/2011: A roadside bomb detonated as a military vehicle passed in Semdinli "
            "district, Hakkari province, Turkey. Four soldiers were killed and three were "
            "injured. Officials blamed the Kurdistan Workers' Party (PKK), which had stepped up "
            "attacks in the province following clashes on 07/14/2011.")
    current = [m for m in extract_incidents(text, "2012-06-30") if m["mention_type"] == "current"]
    assert [(m["fatalities"], m["perpetrator"]) for m in current] == [(4, "PKK")]
    text = ("03/30/2019: Assailants left a pipe bomb outside a house in Lurgan town, Northern "
            "Ireland, United Kingdom. The device exploded overnight and damaged the front door; "
            "no one was killed or injured.")
    assert len(extract_incidents(text, "2021-12-31")) == 1
    text = ("05/17/2011: A car bomb exploded outside a police station in Tumaco, Narino "
            "department, Colombia. Authorities initially said two people had been killed, but "
            "two of the wounded died overnight, raising the toll to four.")
    (m,) = extract_incidents(text, "2022-06-30")
    assert (m["mention_type"], m["fatalities"]) == ("current", 4)


def test_a_span_since_a_month_is_not_the_event_date() -> None:
    """"Attacks since October 2017" bounds a campaign; the record is dated at publication."""
    out = extract_incidents(
        "Gunmen attacked a convoy of contractors near Palma, Mozambique, killing one worker. "
        "The attack is believed to be the work of the group behind attacks since October 2017.",
        dt.date(2019, 2, 21))
    current = [m for m in out if m["mention_type"] == "current"]
    assert [m["event_date"] for m in current] == [dt.date(2019, 2, 21)]


def test_a_record_may_close_its_first_sentence_with_its_date() -> None:
    """"… in Peshawar, Pakistan on 02/14/2014." dates the record; "Friday prayers" is a rite."""
    out = extract_incidents(
        "A suicide bomber struck a mosque during Friday prayers in Peshawar, Khyber "
        "Pakhtunkhwa, Pakistan on 02/14/2014. At least 12 people were killed.",
        dt.date(2016, 6, 30))
    assert [(m["mention_type"], m["event_date"], m["fatalities"]) for m in out] == [
        ("current", dt.date(2014, 2, 14), 12)]


def test_a_memorial_recalls_the_event_it_honours() -> None:
    """Old dates in a text about an anniversary are the honoured event's, not news."""
    out = extract_incidents(
        "Town marks ten years since market bombing. Hundreds attended a remembrance service "
        "for the 40 shoppers killed in May 2014 at the central market.",
        dt.date(2024, 5, 20))
    assert [m["mention_type"] for m in out] == ["background"]


def test_the_day_of_a_statement_yields_to_the_day_of_the_strike() -> None:
    out = extract_incidents(
        "The military said on Wednesday it had carried out an air strike near Jilib, Somalia, "
        "on Tuesday, killing three militants.", dt.date(2024, 1, 24))
    assert [m["event_date"] for m in out] == [dt.date(2024, 1, 23)]


def test_a_clause_about_what_victims_were_doing_keeps_the_date() -> None:
    out = extract_incidents(
        "Gunmen abducted 11 farmers who were working their fields outside Gwoza, Nigeria, on "
        "Saturday, a vigilante leader said.", dt.date(2024, 8, 5))
    assert [m["event_date"] for m in out] == [dt.date(2024, 8, 3)]


def test_injured_told_beside_attackers_killed() -> None:
    out = extract_incidents(
        "Militants attacked a police checkpoint in Lakki Marwat, Pakistan, last night, killing "
        "three policemen. Two of the attackers were also killed, and four policemen were "
        "wounded.", dt.date(2024, 9, 10))
    assert [(m["fatalities"], m["injured"]) for m in out] == [(5, 4)]


def test_risks_statistics_and_policy_are_not_incidents() -> None:
    for text in (
        # advisories and analysis: the act is under a modal, a risk or a capability
        "Chad - Level 4: Do Not Travel. Armed groups may attack convoys without warning.",
        "Attacks could occur at markets and bus stations during the festival, police warned.",
        "Banditry and kidnapping are a serious risk on the roads north of Kaduna.",
        "The militia has shown the capacity to strike oil tankers with drones and mines.",
        "The group has the intent and capability to carry out attacks, including bombings.",
        # counts, trends and laws about a kind of violence
        "Monitors say casualties from air strikes in the province declined in the second "
        "quarter compared with the first.",
        "The committee approved an amendment requiring an annual report on drone strikes.",
        "Aid agencies say two million people have been displaced since fighting erupted.",
        # a text that opens on an exercise, a test or mine blasting and hurts nobody
        "Troops held a live-fire exercise near Orzysz. Tanks and attack helicopters engaged "
        "targets across the range. No injuries were reported.",
        "Pakistan conducted a successful test of the Ababeel missile. It struck its target area "
        "in the Arabian Sea.",
        "The quarry near Tarnów announced routine blasting at noon. Each blast uses two tonnes "
        "of explosives.",
        # nature, sport, biology
        "Mount Merapi produced an explosive eruption on Sunday; villagers were evacuated.",
        "The challenger killed it in the ring, and the point guard shot 9 of 12 from the floor.",
        "Phages are viruses that attack bacteria, and doctors used them to treat a patient.",
    ):
        assert [m for m in extract_incidents(text, PUB) if m["mention_type"] == "current"] == [], \
            text


def test_acts_told_beside_those_words_are_still_incidents() -> None:
    for text in (
        "Drones operated by the cartel dropped explosives on homes in Aguililla on Sunday, "
        "injuring two residents.",
        "An undetermined number of insurgents launched simultaneous attacks on two army "
        "detachments in Datu Piang on Sunday. One soldier was killed.",
        "Two drones carrying explosives detonated near a military parade in Caracas on Saturday. "
        "Seven soldiers were injured.",
        "The army conducted drone strikes on a gathering near Djibo on Monday, killing an unknown "
        "number of fighters.",
    ):
        assert [m for m in extract_incidents(text, PUB) if m["mention_type"] == "current"], text


def test_an_avenged_or_earlier_attack_is_background() -> None:
    pub = dt.date(1994, 3, 20)
    text = ("03/18/1994: Two gunmen opened fire in a taxi office in Lurgan, killing one driver. "
            "The Red Hand Commando claimed the shooting, describing it as retaliation for the "
            "bomb that killed four people in Portadown on 15 March 1994.")
    ms = extract_incidents(text, pub)
    assert [(m["mention_type"], str(m["event_date"])) for m in ms] == [
        ("current", "1994-03-18"), ("background", "1994-03-15")]
    assert ms[0]["perpetrator"] == "Red Hand Commando"
    text = ("On 16 March 2001, guerrillas abducted five contractors near Saravena, Arauca. Two "
            "days earlier, on 14 March, the guerrillas had blown up a pipeline near the town.")
    ms = extract_incidents(text, dt.date(2001, 3, 20))
    assert [m["mention_type"] for m in ms] == ["current", "background"]


def test_crime_reports_hoaxes_appeals_and_sport_are_not_incidents() -> None:
    for text in (
        "Thieves raided a jeweller's on the high street overnight and escaped with watches.",
        "A man was charged after calling police to say gunmen held hostages in a bank. Officers "
        "found nothing; police said the call was a hoax.",
        "Police seized two rifles near Dundalk and said there was nothing to suggest they had "
        "been used in an attack.",
        "A driver over the legal alcohol limit ploughed into a parked police car; nobody was "
        "injured.",
        "A teenager was charged after a video in which he said he would 'shoot up' a mall.",
        "The Red Cross said clinics must never be the target of an attack.",
        "Campaigners said the fuel could be used by the air force to carry out air strikes.",
        "The minister came under fire in the Commons over hospital waiting lists.",
        "A substitute fired a 30-yard rocket into the top corner to win the derby.",
        "The qualifier bombarded his opponent with heavy serves at Wimbledon.",
        "The band's new single, called 'Drone Strike', topped the charts.",
        "The war drama screening at Cannes was praised for its climactic ambush.",
    ):
        assert [m for m in extract_incidents(text, PUB) if m["mention_type"] == "current"] == [], \
            text


def test_records_that_open_on_a_label_a_night_or_a_month_keep_their_date() -> None:
    pub = dt.date(2009, 1, 10)
    cases = [
        ("Target: army bus. On 23 April 2008, a roadside mine hit a bus near Vavuniya, Sri "
         "Lanka, killing 11 soldiers.", "2008-04-23"),
        ("Overnight on 11-12 November 1996, assailants raided a hamlet outside Larbaa, Algeria, "
         "killing 31 villagers.", "1996-11-11"),
        ("On the night of 15 September 2008, attackers threw two grenades into a crowd in "
         "Morelia, Mexico, killing eight people.", "2008-09-15"),
        ("June 1982 – Nebaj, Guatemala: Guerrillas ambushed an army patrol outside the town, "
         "killing six soldiers.", "1982-06-01"),
        ("On the 5th of May 1995, bomb exploded in market of Kandy, Sri Lanka, 12 person "
         "killed.", "1995-05-05"),
        ("On 2 June 2008 a car bomb exploded outside the Danish embassy in Islamabad, "
         "Pakistan.", "2008-06-02"),
    ]
    for text, day in cases:
        ms = extract_incidents(text, pub)
        assert [(m["mention_type"], str(m["event_date"])) for m in ms] == [("current", day)], text
    ms = extract_incidents("03/12/2007: A BBC reporter was seized at gunpoint by four men in Gaza "
                           "City.", pub)
    assert [m["sub_event_type"] for m in ms] == ["abduction"]


def test_a_named_force_opening_fire_on_a_convoy_is_the_attack() -> None:
    text = ("Access incident, North Darfur: on 14 Jun 2024, Rapid Support Forces fighters opened "
            "fire on a 15-truck food convoy near Mellit and looted part of the cargo.")
    ms = extract_incidents(text, dt.date(2024, 6, 15))
    assert [(m["sub_event_type"], str(m["event_date"])) for m in ms] == [
        ("armed_assault", "2024-06-14")]


def test_overviews_threats_denials_and_industry_are_not_incidents() -> None:
    for text in (
        "Myanmar weekly: the junta carried out at least 38 air strikes in the past seven days. "
        "Resistance forces were involved in around 120 armed clashes.",
        "A Guards commander warned that any strike would meet a crushing response, adding that "
        "drone forces were on high alert.",
        "The group ended its truce and instructed its fighters to carry out attacks across the "
        "country.",
        "The ministry rejected as baseless reports that its jets had bombed targets in Khost; "
        "local officials had no information about any air raid.",
        "Three women held hostage since October were handed over to the Red Cross on Sunday.",
        "A committee of inquiry published its report on the 2016 truck attack at the market.",
        "Rheinmetall broke ground on a new artillery ammunition plant in Unterlüß.",
        "Explosions at a chemical storage site in the port killed 50 people, officials said, "
        "blaming improperly stored chemicals.",
        "Opposition MPs accused the minister of shooting down every proposal to cut spending.",
        "The fund was not being held hostage to political games, a spokesman said.",
        "Critics called the fight scenes explosive but the plot dead on arrival.",
    ):
        assert [m for m in extract_incidents(text, PUB) if m["mention_type"] == "current"] == [], \
            text


def test_indiscriminate_fire_by_militants_is_an_act() -> None:
    ms = extract_incidents("Militants opened indiscriminate fire on a police post at Bijbehara "
                           "in Anantnag District.", PUB)
    assert [(m["sub_event_type"], m["country_code"]) for m in ms] == [("armed_assault", "IND")]


def test_timeline_headers_and_encyclopaedia_entries_date_their_record() -> None:
    cases = [
        # a timeline entry whose year is the page's
        ("August 14: Militants opened fire on a police post at Bijbehara in Anantnag District. "
         "Two policemen were killed.", dt.date(2011, 8, 20), "2011-08-14"),
        # a place header, then the date
        ("Hakkari province, Şemdinli district, 21 August 2012. Clashes between PKK militants and "
         "soldiers in rural Şemdinli left 14 dead.", dt.date(2012, 8, 30), "2012-08-21"),
        # an encyclopaedia entry: the day of the title's year is the record's
        ("The 2014 Tentena bus station bombing was a bomb attack in Tentena, Indonesia. On 11 "
         "March 2014, a bomb hidden in a bag exploded, killing two people.", dt.date(2019, 4, 2),
         "2014-03-11"),
    ]
    for text, pub, day in cases:
        ms = [m for m in extract_incidents(text, pub) if m["mention_type"] == "current"]
        assert [str(m["event_date"]) for m in ms] == [day], text


def test_region_headings_and_press_releases() -> None:
    # a note's heading names the region: a namesake town abroad is not where it happened
    ms = extract_incidents("Antioquia: grenade attack against the police station of Tarazá. "
                           "Last night, men on a motorcycle threw a grenade at the station, "
                           "wounding two officers.", dt.date(2018, 10, 11))
    assert [m["country_code"] for m in ms] == ["COL"]
    # explosives dropped from a drone onto a position; the date after a country-region heading
    ms = extract_incidents("NGA – Borno State. 09 Jan 2020, 14:20 hrs: fighters dropped "
                           "explosive charges from a drone onto an army position near Jakana, "
                           "wounding three soldiers.", dt.date(2020, 1, 12))
    assert [(m["sub_event_type"], str(m["event_date"])) for m in ms] == [
        ("drone_strike", "2020-01-09")]


def test_an_attack_a_judgment_recounts_keeps_its_own_date() -> None:
    text = ("A court in Nairobi convicted a man in September 2017 over the grenade attack of 31 "
            "March 2013 at a matatu stage in Eastleigh. The prosecution proved that he threw two "
            "grenades into a queue of passengers, killing three people.")
    ms = extract_incidents(text, dt.date(2017, 9, 21))
    assert [(m["mention_type"], str(m["event_date"])) for m in ms] == [
        ("background", "2013-03-31")]


def test_the_act_dated_in_a_records_second_sentence() -> None:
    text = ("Crude oil spilled into a stream in Arauca after another attack on a pipeline. In the "
            "early hours of 23 February 2021, an explosive charge ruptured the pipeline near "
            "Saravena. No one was hurt.")
    ms = extract_incidents(text, dt.date(2021, 2, 25))
    assert [str(m["event_date"]) for m in ms if m["mention_type"] == "current"] == ["2021-02-23"]


def test_a_first_report_is_replaced_by_the_later_count() -> None:
    """A record that gives a first figure and then a revised one counts the revised one; a
    record that names itself ("This entry concerns …", "Record for …") carries its own date."""
    pub = dt.date(2020, 1, 10)
    text = ("This entry concerns an attack on Yelwata, Benue State, Nigeria, on 19 March 2019. "
            "Gunmen shot at residents and set fire to six houses. Police first reported 4 people "
            "killed. After more bodies were recovered, the figure was later revised to 11.")
    ms = extract_incidents(text, pub)
    assert [(m["mention_type"], str(m["event_date"]), m["fatalities"]) for m in ms] == [
        ("current", "2019-03-19", 11)]
    text = ("Record for 10 October 2013 in Sukma district, Chhattisgarh, India. Maoists ambushed "
            "a CRPF party near Chintagufa. Initial figures were 4 CRPF personnel killed. The final "
            "count was 6 CRPF personnel and 2 Maoists killed.")
    ms = extract_incidents(text, pub)
    assert [(m["mention_type"], str(m["event_date"]), m["fatalities"]) for m in ms] == [
        ("current", "2013-10-10", 8)]
    # a count told later without any first report keeps the first
    text = ("On 3 January 2020 a bomb killed 12 people at a market in Maiduguri, Nigeria. Three "
            "children were later found among the dead.")
    ms = extract_incidents(text, dt.date(2020, 1, 4))
    assert [m["fatalities"] for m in ms] == [12]


def test_numbered_incidents_bearings_and_a_date_told_mid_narrative() -> None:
    """An advisory's "Incident 2:" and a bulletin's "In the south," open another incident; a
    communiqué's day told between the sentences of one incident dates it."""
    pub = dt.date(2022, 1, 20)
    text = ("Incident 1: Shortly after 2100 hrs on Tuesday, a roadside bomb struck a pickup "
            "truck in Bannang Sata district, Yala. One volunteer was killed. Incident 2: On "
            "Wednesday morning, a rubber tapper was injured by an explosion in Raman district, "
            "Yala.")
    assert [str(m["event_date"]) for m in extract_incidents(text, pub)] == [
        "2022-01-18", "2022-01-19"]
    text = ("Overnight, Russian forces launched missiles at Zaporizhzhia; three people were "
            "killed. In the south, Kherson came under shelling again early this morning.")
    ms = extract_incidents(text, dt.date(2023, 1, 28))
    assert [(m["location"], str(m["event_date"])) for m in ms] == [
        ("Zaporizhzhia", "2023-01-27"), ("Kherson", "2023-01-28")]
    text = ("Subject: IED blast during area domination under PS Tarrem, Bijapur. On the 3rd "
            "instant, a joint party left Tarrem camp for area domination. At approximately 0945 "
            "hrs, a pressure IED planted by CPI (Maoist) cadres was triggered.")
    ms = extract_incidents(text, dt.date(2023, 4, 4))
    assert [str(m["event_date"]) for m in ms] == ["2023-04-03"]


def test_reviews_and_life_stories_report_no_incident() -> None:
    """A review shows war and an obituary or profile remembers it: nobody is reported hurt."""
    pub = dt.date(2024, 3, 1)
    texts = [
        '"The Long Retreat" opens with a beach under relentless air attack. The director stages '
        "the dive-bombing runs with restraint.",
        "Frontline Echo, the latest squad shooter from a studio in Malmö, gets its gunplay right: "
        "rifles kick and a well-planned ambush feels earned.",
        "Samir Haddad, the Beirut reporter, has died at 86. He spent the war years crossing the "
        "city, often under sniper fire.",
        "Former infantryman Ranjith Bandara now grows chillies outside Anuradhapura. In uniform "
        "he learned to dread jungle ambushes and roadside mines.",
    ]
    for text in texts:
        assert extract_incidents(text, pub) == [], text
    # a review that reports a real attack on the cinema is still news
    ms = extract_incidents('"The Long Retreat" opens this week. On Friday a bomb exploded outside '
                           "a cinema in Lahore, killing two people.", pub)
    assert [m["fatalities"] for m in ms] == [2]


def test_a_remembered_event_is_told_on_and_named_days_are_no_dates() -> None:
    """An anniversary text goes on telling the event it remembers (no new incident at
    publication); "the Remembrance Sunday bombing" names a day, it does not date one."""
    text = ("Thirty years ago today, on 19 June 1987, a car bomb exploded in the car park of a "
            "store in Barcelona. The blast killed 21 people and injured 45.")
    ms = extract_incidents(text, dt.date(2017, 6, 19))
    assert [(m["mention_type"], str(m["event_date"])) for m in ms] == [
        ("background", "1987-06-19")]
    from pipeline.extract.dates import find_dates

    dates = find_dates("worse than the Remembrance Sunday bombing at Enniskillen on 8 November "
                       "1987", dt.date(2018, 8, 14))
    assert [str(d.date) for d in dates] == ["1987-11-08"]


def test_record_headers_name_their_place_and_date() -> None:
    pub = dt.date(2018, 1, 1)
    text = ("This record refers to an attack on 3 May 2005 in Tal Afar, Nineveh governorate, "
            "Iraq. A suicide bomber drove an explosives-laden car into a police checkpoint. Early "
            "wire reports gave 4 dead.")
    ms = extract_incidents(text, pub)
    assert [(m["country_code"], str(m["event_date"])) for m in ms] == [("IRQ", "2005-05-03")]
    text = ("Record date: 12 July 2017. Residents reported a strike by an unmanned aircraft on a "
            "compound in southern Nangarhar province, Afghanistan, killing 8 fighters.")
    ms = extract_incidents(text, pub)
    assert [(m["sub_event_type"], str(m["event_date"])) for m in ms] == [
        ("drone_strike", "2017-07-12")]


def test_attackers_and_victims_counted_in_either_order() -> None:
    """"Two terrorists were sent to hell … the sepoy embraced shahadat": the attackers told
    first and a soldier after are one toll, as the victims first and the attackers after."""
    text = ("On 22 August 2022, terrorists opened fire on a security forces post in North "
            "Waziristan. During the exchange of fire, two terrorists were sent to hell. Two "
            "soldiers embraced shahadat.")
    ms = extract_incidents(text, dt.date(2022, 8, 23))
    assert [m["fatalities"] for m in ms] == [4]


def test_place_first_headers_chronologies_and_record_preambles_date_their_records() -> None:
    cases = [
        ("2014-07-01", "Mpeketoni, Lamu County, Kenya – 15 June 2014. Some fifty armed men drove "
         "into the town and went from house to house shooting men; 48 were killed.",
         [("KEN", "2014-06-15")]),
        ("1998-10-29", "Truth and Reconciliation Commission — incident entry (Final Report, "
         "1998). Pretoria (present-day Gauteng province), South Africa – 20 May 1983. A car "
         "bomb went off during the afternoon rush hour, killing 19 people.",
         [("ZAF", "1983-05-20")]),
        ("2003-08-15", "Northern Ireland — chronology\n1998\n15 August: Omagh, Co. Tyrone. A car "
         "bomb exploded on a busy Saturday afternoon, killing 29 people.",
         [("GBR", "1998-08-15")]),
        ("2021-12-15", "Mozambique: Cabo Delgado insurgency timeline\n2021\n24 March: Mocímboa "
         "da Praia. Insurgents with rifles attacked the town from three directions; dozens were "
         "killed.", [("MOZ", "2021-03-24")]),
    ]
    for pub, text, want in cases:
        ms = extract_incidents(text, dt.date.fromisoformat(pub))
        got = [(m["country_code"], str(m["event_date"])) for m in ms
               if m["mention_type"] == "current"]
        assert got == want, text


def test_a_wire_update_corrects_its_flash() -> None:
    text = ("FLASH — 09:05 — KHAR, Pakistan — Three policemen killed as roadside bomb hits police "
            "van in Bajaur tribal district, officials say.\n\nUPDATE — 11:30 — Corrects toll: two "
            "policemen were killed, not three, when the bomb struck the van in Bajaur.")
    ms = extract_incidents(text, dt.date(2023, 3, 1))
    assert [(m["country_code"], m["fatalities"]) for m in ms] == [("PAK", 2)]
    text = ("FLASH — TAL ABYAD, Syria — Car bomb explodes in crowded market of the border town of "
            "Tal Abyad; at least 5 dead.\n\nUPDATE — The toll has climbed to 9 dead and 24 "
            "injured after the booby-trapped car blew up near the market.")
    ms = extract_incidents(text, dt.date(2023, 3, 1))
    assert [(m["fatalities"], m["injured"]) for m in ms] == [(9, 24)]


def test_a_record_dated_during_an_anniversary_is_current() -> None:
    """A record's own date stays current when its event fell on an anniversary; a sentence that
    counts the years since its date remembers."""
    pub = dt.date(2017, 7, 31)
    text = ("02/22/2015: An explosive device detonated during a march marking the anniversary of "
            "the Maidan protests in Kharkiv city, Ukraine. Four people were killed and 10 others "
            "were injured.")
    ms = extract_incidents(text, pub)
    assert [(m["mention_type"], m["fatalities"], m["injured"]) for m in ms] == [
        ("current", 4, 10)]
    text = ("On 26 September 1980, forty years ago today, a bomb exploded at the entrance to the "
            "Oktoberfest in Munich. Thirteen people were killed.")
    ms = extract_incidents(text, dt.date(2020, 9, 26))
    assert [m["mention_type"] for m in ms] == ["background"]


def test_a_dateline_is_the_day_of_publication_not_of_the_event() -> None:
    pub = dt.date(2020, 2, 19)
    text = ("BAMAKO, Mali, Feb 19 (wire) – Gunmen on motorcycles stormed a gendarmerie post in the "
            "town of Boni, in central Mali's Mopti region, late on Monday and killed four "
            "gendarmes.")
    assert [str(m["event_date"]) for m in extract_incidents(text, pub)] == ["2020-02-17"]
    text = ("YEMEN 24-HOUR OVERVIEW — 11 March 2021\n▪ Marib: A ballistic missile fired by the "
            "Houthis struck the western edge of Marib city on Wednesday evening, killing five.")
    ms = extract_incidents(text, dt.date(2021, 3, 11))
    assert [str(m["event_date"]) for m in ms] == ["2021-03-10"]


def test_a_chronology_title_names_the_country_of_its_entries() -> None:
    text = ("Mozambique: Cabo Delgado insurgency timeline\n2021\n24 March: Palma. Insurgents with "
            "rifles attacked the town from three directions; dozens were killed.")
    ms = extract_incidents(text, dt.date(2021, 12, 15))
    assert [(m["country_code"], str(m["event_date"])) for m in ms] == [("MOZ", "2021-03-24")]


def test_each_bulleted_item_of_a_brief_is_its_own_incident() -> None:
    text = ("J&K SECURITY ROUNDUP – 24.05.2022\n• Srinagar: Militants hurled a grenade at a CRPF "
            "picket; a street vendor died and 11 people were injured.\n• Shopian: Security forces "
            "killed two militants in an encounter at Zainapora that began late last night.")
    ms = extract_incidents(text, dt.date(2022, 5, 24))
    assert [(str(m["event_date"]), m["fatalities"]) for m in ms] == [
        ("2022-05-24", 1), ("2022-05-23", 2)]
    text = ("IRAQ SECURITY NOTES — Wed 10 Feb 2021\n- Anbar: Two Katyusha rockets landed inside "
            "Ain al-Asad air base late yesterday; no one was hurt.\n- Kirkuk: ISIS militants "
            "attacked a Federal Police post near Daquq before dawn today. Two policemen were "
            "killed.")
    ms = extract_incidents(text, dt.date(2021, 2, 10))
    assert [(str(m["event_date"]), m["fatalities"]) for m in ms] == [
        ("2021-02-09", 0), ("2021-02-10", 2)]


@pytest.mark.parametrize("sentence", [
    "In another attack, two were killed.", "Separately, a bomb exploded.",
    "Elsewhere, gunmen fired.", "Meanwhile, a drone struck.", "A second blast followed.",
    "Further south, rockets fell.", "In the south, Kherson was shelled.",
    "To the north, a mine exploded.", "It was preceded by a shooting.",
    "It follows an attack on Monday.", "It came a day after a raid.",
    "In other violence, two died.", "In a related development, police were shot.",
    "In a further incident, a bomb went off.", "Earlier this week, a bomb exploded.",
    "Incident 2: On Wednesday a blast hit.", "The same day, bandits shot two farmers.",
    "Later that day, a post was fired upon.",
])
def test_every_new_incident_marker_fires(sentence: str) -> None:
    """Each way of saying "another incident" matches an example: "In the south," never did
    (a word boundary after its comma), and nothing else would have shown it."""
    from pipeline.extract.segment import _NEW_MARKER

    assert _NEW_MARKER.search(sentence)


def test_the_same_day_opens_another_incident_and_a_coders_weekday_is_a_date() -> None:
    text = ("On 5 April 2023, a Kenya Defence Forces vehicle was hit by a roadside bomb outside "
            "Mandera town, Mandera county, Kenya, and two soldiers were killed. Later the same "
            "day, a police post in Elwak was fired upon, wounding one officer.")
    ms = extract_incidents(text, dt.date(2023, 4, 7))
    assert [(str(m["event_date"]), m["fatalities"], m["injured"]) for m in ms] == [
        ("2023-04-05", 2, None), ("2023-04-05", None, 1)]
    text = ("Taliban fighters attacked ANA checkpoint near Muqur, Ghazni prov., Sun. night; 3 "
            "soldiers killed, 2 wounded. Taliban claimed.")
    (m,) = extract_incidents(text, dt.date(2018, 5, 15))
    assert (str(m["event_date"]), m["fatalities"], m["injured"]) == ("2018-05-13", 3, 2)


def test_a_daily_update_lists_its_places_as_incidents() -> None:
    text = ("Regional military administration, morning update. During the past day, the "
            "occupiers struck Nikopol district more than ten times with heavy artillery. In "
            "Nikopol, a 61-year-old man was killed by shellfire and two women were wounded. In "
            "Marhanets, an FPV drone hit a car and wounded its 38-year-old driver.")
    ms = extract_incidents(text, dt.date(2024, 7, 16))
    assert [(str(m["event_date"]), m["location"], m["sub_event_type"]) for m in ms] == [
        ("2024-07-15", "Nikopol", "shelling_artillery"),
        ("2024-07-15", "Marhanets", "drone_strike")]


def test_numbered_log_lines_are_sentences_of_their_own() -> None:
    from pipeline.extract.text import split_sentences

    text = ("1) INCIDENT: IED went off near Bamenda; IMPACT: 2 soldiers killed; separatists "
            "suspected.\n2) INCIDENT: abduction of 2 teachers in Bali (Mezam division).")
    assert [s.text[:2] for s in split_sentences(text)] == ["1)", "2)"]
    # a paragraph that ends on an abbreviation ends its sentence ("… since 24 Mar.")
    text = ("Communications down since 24 Mar.\n\nCABO DELGADO / Palma: On 26 Mar a convoy was "
            "ambushed by insurgents. Gen. Silva said so.")
    assert [s.text[:5] for s in split_sentences(text)] == ["Commu", "CABO ", "Gen. "]
    # and so does a day's abbreviated month before a capital
    text = "Captives were released 24 Mar. In Sokoto state, gunmen seized 15 pupils on 9 Mar."
    assert [s.text[:5] for s in split_sentences(text)] == ["Capti", "In So"]


def test_an_abduction_that_ended_in_release_is_still_an_abduction() -> None:
    """The release told after the act is how it ended; a release told of an older abduction is
    the news (see ``test_references_to_past_violence_are_not_new_incidents``)."""
    for text in (
        "Gunmen abducted two teachers in Bali, Cameroon, on Sunday; both were freed hours "
        "later after their families paid a ransom.",
        "2) INCIDENT: abduction of 2 teachers in Bamenda, Cameroon, 15:40; IMPACT: no "
        "casualties, both freed around 21:00 after families paid ransom.",
    ):
        (m,) = extract_incidents(text, PUB)
        assert m["sub_event_type"] == "abduction", text
    for text in (
        "Two aid workers, who were abducted in March, were freed on Sunday in Gao, Mali.",
        "Fishermen kidnapped by pirates last year were released on Sunday in Puntland.",
    ):
        assert extract_incidents(text, PUB) == [], text


def test_a_place_with_a_namesake_where_the_other_incidents_lie_is_the_namesake() -> None:
    """A Bamenda log's "Bali (Mezam division)" is Cameroon's Bali, not Indonesia's island."""
    text = ("NW SUB-OFFICE BAMENDA | DAILY INCIDENT LOG | Tue 08 Mar 2022\n"
            "1) INCIDENT: IED went off under a military vehicle on the Bamenda–Bafut road; "
            "IMPACT: 2 soldiers killed.\n"
            "2) INCIDENT: abduction of 2 teachers in Bali (Mezam division), 15:40, by gunmen; "
            "IMPACT: one teacher wounded.")
    got = extract_incidents(text, dt.date(2022, 3, 8))
    assert [(m["country_code"], m["location"]) for m in got] == [
        ("CMR", "Bamenda"), ("CMR", "Bali")]
    # alone, a bigger namesake abroad is the likelier reading; and an incident abroad with no
    # namesake at home stays abroad
    (alone,) = extract_incidents(text.split("\n2) ")[1], dt.date(2022, 3, 8))
    assert alone["country_code"] != "CMR"
    text = ("Two soldiers were killed by an IED near Bamenda, Cameroon, on Monday. In Maiduguri, "
            "Nigeria, a suicide bomber killed five people at a market on the same day.")
    assert [m["country_code"] for m in extract_incidents(text, PUB)] == ["CMR", "NGA"]


def test_scare_quotes_markets_filming_and_kitchens_are_not_incidents() -> None:
    for text in (
        "Senators accused the ministry of 'shooting down' every request for new offices.",
        "Passengers were being 'held hostage' by the strike, the airline said in Lyon.",
        "Shares in the Nairobi payments firm shot up 12 percent after its results.",
        "The old town of Split will be closed on Friday while a television series is shot "
        "on the waterfront.",
        "Guard Ray Okafor hit the game-winning shot with two seconds left in Adelaide.",
        "Pakistan's pace attack tore through the top order in Karachi on Monday.",
        "A three-day kidnap awareness course for aid workers opens in Kampala in June.",
        "For rent: a flat in Kotor with killer views and a blast chiller in the kitchen.",
        "The comedian says he bombed on his first night at a club in Manchester.",
        "The band played an explosive set on the main stage in Aarhus on Saturday.",
        "The standout mission has you calling in a drone strike on an enemy convoy.",
        "A bus carrying 30 passengers plunged into a ravine in Nepal, killing nine.",
        "The factory will assemble the drones and employ about 400 people near Kyiv.",
        "The group said 1,900 civilians were killed in armed violence across Mali in 2023.",
        "The wing-backs bombed forward all afternoon as Leeds won 3-0 in Cardiff.",
    ):
        assert extract_incidents(text, PUB) == [], text
    # a quoted word beside a harm told is still the act; planting a bomb is an act
    for text in (
        "Gunmen 'executed' three farmers near Gusau, Nigeria, on Sunday, residents said.",
        "Militants plant a bomb that kills two soldiers near Miramshah, Pakistan.",
    ):
        assert len(extract_incidents(text, PUB)) == 1, text


def test_an_incident_dated_from_the_one_before_it() -> None:
    """"A day earlier", "Hours later", "Earlier on Monday" open another incident, dated from
    the one told before it; a pluperfect "two days earlier … had blown up" recalls the past."""
    pub = dt.date(2022, 3, 7)
    text = ("ADEN, March 7 (agency) - A boy was killed and four civilians were wounded when "
            "artillery shells hit a neighbourhood of Taiz, Yemen, on Sunday. A day earlier, a "
            "ballistic missile landed on the western outskirts of Marib city without causing "
            "casualties, a spokesman said.")
    got = [(m["mention_type"], m["event_date"].isoformat(), m["location"], m["fatalities"])
           for m in extract_incidents(text, pub)]
    assert got == [("current", "2022-03-06", "Taiz", 1), ("current", "2022-03-05", "Marib", 0)]
    text = ("A roadside bomb wounded two rangers in Narathiwat province's Rueso district on "
            "Sunday. Hours later, gunmen shot dead a village headman in Sai Buri district.")
    assert [(m["event_date"].isoformat(), m["location"]) for m in extract_incidents(
        text, pub)] == [("2022-03-06", "Rueso"), ("2022-03-06", "Sai Buri")]
    text = ("Al Shabaab fired mortar rounds at a base outside Afgoye, Somalia, late on Sunday "
            "but caused no casualties. Earlier on Sunday a roadside bomb struck a pickup near "
            "Wanlaweyn, killing two soldiers.")
    assert [(m["location"], m["fatalities"]) for m in extract_incidents(text, pub)] == [
        ("Afgoye", 0), ("Wanlaweyn", 2)]
    # a recalled act, and the same story going on
    text = ("Rebels kidnapped two engineers near Arauca, Colombia, on Friday. Two days earlier, "
            "the ELN had blown up a pipeline near Saravena.")
    assert [m["mention_type"] for m in extract_incidents(text, pub)] == ["current", "background"]
    text = ("A gunman killed two soldiers in Sarajevo, Bosnia, on Sunday. A few hours later he "
            "killed himself with a bomb.")
    assert len(extract_incidents(text, pub)) == 1


def test_a_neighbouring_state_and_the_town_people_were_taken_from() -> None:
    text = ("Gunmen abducted at least 24 people from Tsafe town in Nigeria's Zamfara state on "
            "Friday, shooting dead a security guard. In neighbouring Katsina state, bandits "
            "opened fire on vigilantes near Faskari on Saturday, killing five of them.")
    got = [(m["location"], m["fatalities"]) for m in extract_incidents(text, dt.date(2023, 9, 25))]
    assert got == [("Tsafe", 1), ("Faskari", 5)]


def test_weapons_recovered_after_a_gunfight_are_not_its_means() -> None:
    text = ("Security forces killed three Maoists in a gunfight near Narayanpur, India, on "
            "Saturday, adding that rifles and explosives had been recovered.")
    (m,) = extract_incidents(text, PUB)
    assert m["sub_event_type"] == "armed_clash"


def test_a_multiword_dateline_doubt_told_as_not_ruling_out_and_a_neighbouring_region() -> None:
    text = ("JENIN, West Bank, March 8 (agency) - Four Palestinians were killed on Tuesday "
            "during an Israeli army raid on the Jenin refugee camp.")
    (m,) = extract_incidents(text, dt.date(2023, 3, 8))
    assert m["event_date"] == dt.date(2023, 3, 7)  # Tuesday, not the dateline's day
    text = ('"It looks like a gas cylinder, but we are not ruling anything out," an official '
            "said after an explosion tore through a shop in Quetta, Pakistan, killing two.")
    (m,) = extract_incidents(text, PUB)
    assert m["certainty"] == "disputed" and m["fatalities"] == 2
    text = ("Debris from a downed drone damaged an apartment block in the port city of Odesa, "
            "Ukraine, injuring three people. In the neighbouring Kherson region, Russian forces "
            "shelled the city of Kherson on Sunday, killing a man.")
    assert [(m["location"], m["fatalities"], m["injured"]) for m in extract_incidents(
        text, PUB)] == [("Odesa", None, 3), ("Kherson", 1, None)]


def test_a_records_same_day_its_toll_field_and_a_claim_for_both() -> None:
    text = ("On 7 February 2024, M23 fired mortar rounds into Sake (Masisi, North Kivu), hitting "
            "a market area. 3 civilians killed, 9 injured. Same day, M23 clashed with the army "
            "near Kibumba (Nyiragongo, North Kivu); fatalities from the fighting unknown. "
            "Fatalities: 3.")
    got = [(m["event_date"].isoformat(), m["location"], m["fatalities"])
           for m in extract_incidents(text, dt.date(2024, 2, 12))]
    assert got == [("2024-02-07", "Sake", 3), ("2024-02-07", "Kibumba", None)]
    text = ("A car bomb killed nine people outside a restaurant in Mogadishu, Somalia, on Sunday. "
            "In Baidoa, a roadside bomb wounded two officers on the same day. Al-Shabaab claimed "
            "responsibility for both attacks.")
    assert [m["perpetrator"] for m in extract_incidents(text, PUB)] == ["Al-Shabaab"] * 2
    # an abduction of dozens that ended in releases; a night written as a range
    text = ("In March 2024, armed bandits abducted dozens of residents from villages in Tsafe "
            "LGA, Zamfara state, Nigeria; several victims released after ransom was paid.")
    assert [m["sub_event_type"] for m in extract_incidents(text, PUB)] == ["abduction"]
    text = ("Fourteen civilians were killed by ADF fighters in villages near Oicha, North Kivu, "
            "overnight 29-30 October 2021.")
    (m,) = extract_incidents(text, dt.date(2021, 11, 3))
    assert m["event_date"] == dt.date(2021, 10, 29)


def test_earlier_in_the_day_opens_another_incident_and_died_later_in_the_day_does_not() -> None:
    text = ("The Israeli army carried out a drone strike on a car near Bint Jbeil, Lebanon, this "
            "morning, killing two men. Earlier in the day, Israeli forces shelled the outskirts of "
            "Kfar Kila; no casualties were reported.")
    assert [(m["location"], m["fatalities"]) for m in extract_incidents(text, PUB)] == [
        ("Bint Jbeil", 2), ("Kfar Kila", 0)]
    text = ("Eight people were wounded when rockets crashed into the centre of Kilis, Turkey. One "
            "of the wounded died later in the day.")
    assert len(extract_incidents(text, PUB)) == 1


def test_local_press_headlines_clauses_updates_and_separate_statements() -> None:
    pub = dt.date(2023, 3, 14)  # a Tuesday
    # a headline's present tense; the day of the act, not of the burial after it
    text = ("Mourning as bandits kill four in Maro, Nigeria\nResidents were burying their dead "
            "yesterday after bandits invaded the village at about 11pm on Sunday.")
    (m,) = extract_incidents(text, pub)
    assert (m["event_date"], m["fatalities"]) == (dt.date(2023, 3, 12), 4)
    # the act told in a relative clause, and lately
    text = ("Residents of Elwak, Kenya, are calling for the release of a local chief who was "
            "abducted on Sunday evening on the outskirts of the town.")
    (m,) = extract_incidents(text, pub)
    assert m["event_date"] == dt.date(2023, 3, 12)
    # an update's opening day dates the places it lists
    text = ("SUMY — Russian forces kept up fire on border communities of Sumy region throughout "
            "Monday. In Bilopillia, a woman was wounded by mortar fire. In Krasnopillia, a guided "
            "aerial bomb destroyed a house, but no one was hurt there.")
    assert [m["event_date"] for m in extract_incidents(text, pub)] == [dt.date(2023, 3, 13)] * 2
    # a separate statement about the same strike is not a separate incident
    text = ("US forces carried out an airstrike on Sunday against Islamic State fighters near "
            "Balidhidin in the Bari region of Somalia. In a separate statement, US Africa Command "
            "said three operatives were killed.")
    (m,) = extract_incidents(text, pub)
    assert (m["country_code"], m["fatalities"]) == ("SOM", 3)


def test_an_exchange_of_fire_that_broke_out_and_that_same_night() -> None:
    text = ("IMPHAL, Sep 2: A heavy exchange of fire broke out between suspected militants and "
            "village volunteers at Koutruk in Imphal West district on Sunday afternoon, leaving "
            "one volunteer with bullet injuries, police said.")
    (m,) = extract_incidents(text, dt.date(2024, 9, 2))
    assert (m["sub_event_type"], m["injured"]) == ("armed_clash", 1)
    text = ("Dissidents clashed with army troops on Tuesday near Argelia, Cauca, leaving two "
            "soldiers dead. That same night, a drone dropped two explosive charges on the police "
            "station in Suárez, in northern Cauca; nobody was hurt.")
    got = [(m["location"], m["sub_event_type"]) for m in extract_incidents(text, PUB)]
    assert got == [("Argelia", "armed_clash"), ("Suárez", "drone_strike")]


@pytest.mark.parametrize(("text", "published", "date", "location"), [
    # a header's date field, behind an id, a bracketed label or the place
    ("Incident SYR-0617-R | 17 June 2017 | Raqqa, Raqqa governorate, Syria. Up to 4 civilians "
     "were reportedly killed in an alleged Coalition air strike.", "2018-02-20", "2017-06-17",
     "Raqqa"),
    ("[Translated daily homicide tracker] 14/02/2020 – Celaya, Guanajuato. Armed men burst "
     "into a bar and fired on the customers: 5 dead at the scene.", "2020-02-16", "2020-02-14",
     "Celaya"),
    ("Nangarhar – Jalalabad – 11 June 2019. A suicide bomber detonated an explosive vest among "
     "worshippers leaving a mosque in Jalalabad city.", "2019-06-12", "2019-06-11", "Jalalabad"),
    # an incident log's labelled fields
    ("PROTECTION ALERT – Beni territory, North Kivu (DRC)\nDate of incident: night of 7 to 8 "
     "June 2022\nLocation: Mamove village, Beni territory, North Kivu\nSuspected ADF "
     "combatants attacked residents with machetes. At least 18 civilians were killed.",
     "2022-06-10", "2022-06-07", "Mamove"),
])
def test_header_date_fields_and_labelled_logs(text: str, published: str, date: str,
                                              location: str) -> None:
    (m,) = extract_incidents(text, published)
    assert (m["event_date"].isoformat(), m["location"]) == (date, location)


def test_an_issue_date_is_no_record_date() -> None:
    text = ("PRESS DIGEST (translated) – edition of 06/07/2023\nHaut-Mbomou – According to our "
            "correspondent, on the past Sunday armed men attacked Zémio, Central African "
            "Republic, killing five people.")
    (m,) = extract_incidents(text, "2023-07-06")
    assert m["event_date"] != dt.date(2023, 7, 6)


def test_a_monthly_overview_tells_its_months_incidents_as_news() -> None:
    text = ("Chad – October 2024\nBoko Haram fighters 9 Oct stormed an army position near "
            "Ngouboua town, killing five soldiers. Suspected Boko Haram members 22 Oct abducted "
            "three fishermen near Bol town. In centre, violence between herders and farmers 16 "
            "Oct left seven dead in Mangalmé area, Guéra province.")
    got = [(m["mention_type"], m["event_date"].isoformat(), m["sub_event_type"])
           for m in extract_incidents(text, "2024-11-01")]
    assert got == [("current", "2024-10-09", "armed_assault"),
                   ("current", "2024-10-22", "abduction"),
                   ("current", "2024-10-16", "armed_clash")]
    text = ("Niger – March 2022\nIn Tillabéri, gunmen 8 March shot dead 12 civilians in "
            "Chinégodar village; same day, an IED struck an army vehicle near Petelkolé, killing "
            "two soldiers. Soldiers 19 March repelled an attack in Fantio. An unidentified drone "
            "17 May struck a building in Sudzha, causing no casualties.")
    got = [(m["location"], m["event_date"].isoformat()) for m in extract_incidents(
        text, "2022-04-01")]
    assert got[:3] == [("Chinégodar", "2022-03-08"), ("Petelkolé", "2022-03-08"),
                       ("Fantio", "2022-03-19")]
    assert len(got) == 4  # ("17 May struck": the month, not the modal)


def test_a_clause_with_an_act_and_toll_of_its_own_is_another_incident() -> None:
    """One sentence, two strikes: each keeps its own day, place and toll."""
    text = ("BEIRUT — A drone struck a car on the outskirts of Nabatieh, Lebanon, on Sunday, "
            "killing both men inside, and an air strike on a residential building in Tyre on "
            "Monday morning killed five people, the health ministry said.")
    got = [(m["location"], m["event_date"].isoformat(), m["fatalities"])
           for m in extract_incidents(text, "2024-10-28")]
    assert got == [("Nabatieh", "2024-10-27", 2), ("Tyre", "2024-10-28", 5)]
    # a second blast at the same scene, with nothing of its own, stays the same incident
    text = ("A bomb exploded at a market in Kirkuk, Iraq, on Sunday, and a second blast minutes "
            "later killed four people.")
    assert len(extract_incidents(text, "2024-10-28")) == 1


def test_a_report_beats_its_headline_and_an_initial_toll_is_not_the_toll() -> None:
    """A headline may sum two incidents; a toll "initially put at six" was revised since."""
    text = ("Bandits abduct 43 in village raid; nine vigilantes killed in pursuit\n\n"
            "GUSAU, Nigeria — Armed bandits stormed the village of Kucheri in Zamfara State late "
            "on Friday, abducting 43 people. Two villagers who tried to flee were shot dead.\n\n"
            "On Saturday, vigilantes who went after the kidnappers clashed with the bandits near "
            "Yandoto. Nine vigilantes were killed.")
    got = [(m["event_date"].isoformat(), m["fatalities"])
           for m in extract_incidents(text, "2022-02-14")]
    assert got == [("2022-02-11", 2), ("2022-02-12", 9)]
    text = ("Suicide bomber kills 11 at Konduga market\n\nA suicide bomber blew herself up at a "
            "market in Konduga, Nigeria, on Saturday, killing 10 people as well as herself. "
            "Police initially put the death toll at six, but four of the wounded died overnight.")
    assert [m["fatalities"] for m in extract_incidents(text, "2023-08-21")] == [11]


def test_news_articles_tell_several_incidents_by_their_own_days() -> None:
    """A sentence led by a day of its own, a state's strike, a marker in the sentence before."""
    text = ("ADEN, Yemen — US air strikes hit areas around the port of Hodeidah late on Sunday, "
            "killing four people.\n\nOn Saturday night, a US strike on a building in the Shuub "
            "district of the capital, Sanaa, killed two people.\n\nMeanwhile, fighting flared on "
            "the ground. Houthi fighters attacked government positions south of the city of "
            "Marib on Sunday, and seven soldiers were killed in the fighting.")
    got = [(m["event_date"].isoformat(), m["sub_event_type"], m["fatalities"])
           for m in extract_incidents(text, "2025-04-07")]
    assert got == [("2025-04-06", "air_strike", 4), ("2025-04-05", "air_strike", 2),
                   ("2025-04-06", "armed_assault", 7)]
    text = ("Five people were killed in Culiacán, Mexico, on Saturday when gunmen from rival "
            "factions fought a gun battle. On Sunday, gunmen abducted three men from a car wash "
            "on the southern side of Culiacán.")
    assert [m["sub_event_type"] for m in extract_incidents(text, "2024-09-23")] == [
        "armed_clash", "abduction"]


def test_a_periods_toll_a_trend_and_a_reference_after_a_recalled_event() -> None:
    for text in (
        "September has been one of the deadliest months on record in Sweden, with at least 11 "
        "people killed in shootings and bombings.",
        "Researchers say that most al-Shabaab attacks inside Kenya now involve roadside bombs.",
    ):
        assert extract_incidents(text, PUB) == [], text
    text = ("A suicide bomber killed 11 people at a fish market in Konduga, Nigeria, on Saturday. "
            "In June 2019, three suicide bombers struck a hall in Konduga, killing 30. The state "
            "governor condemned Saturday's bombing as wicked and cowardly.")
    got = [m["mention_type"] for m in extract_incidents(text, dt.date(2023, 8, 21))]
    assert got == ["current", "background"]


def test_an_advisorys_sections_and_an_updates_place_items() -> None:
    text = ("UNDSS CAMEROON – SECURITY ADVISORY 07/11/2022\n1) FAR NORTH – Mozogo, Mayo-Tsanaga "
            "department\nDuring the night of 5 to 6 November, suspected Boko Haram elements "
            "raided the outskirts of the town and abducted seven people.\n2) NORTH-WEST – "
            "Bamenda, Mezam division\nOn 6 November, an IED exploded near the gendarmerie "
            "checkpoint at Mile 90. Two gendarmes were wounded; no fatalities.")
    got = [(m["country_code"], m["event_date"].isoformat()) for m in extract_incidents(
        text, "2022-11-07")]
    assert got == [("CMR", "2022-11-05"), ("CMR", "2022-11-06")]
    text = ("UKRAINE: Flash Update – attacks on frontline oblasts\nDate: 5 August 2024\nKherson "
            "city (Dniprovskyi district): A drone dropped an explosive charge on a municipal "
            "bus; six passengers were injured.\nHuliaipole (Zaporizka oblast): Artillery "
            "shelling damaged twelve houses; one woman was killed.\nNikopol (Dnipropetrovska "
            "oblast): Artillery shelling hit the waterfront; no casualties were reported.")
    assert [m["location"] for m in extract_incidents(text, "2024-08-05")] == [
        "Kherson", "Huliaipole", "Nikopol"]


def test_a_conflicts_toll_a_generality_and_a_commanders_record_are_no_incidents() -> None:
    for text in (
        "The International Crisis Group estimates that more than 6,000 people have been killed "
        "and over 700,000 displaced in Cameroon's Anglophone regions.",
        '"Every attack means more hunger," a humanitarian official in Ouagadougou said.',
        "Experts say attacks on energy facilities in northern Iraq are often linked to "
        "political rivalries.",
    ):
        assert extract_incidents(text, PUB) == [], text
    text = ("The Israeli military said the drone strike near Nabatieh, Lebanon, killed a "
            "Hezbollah commander responsible for anti-tank missile attacks on northern Israel.")
    assert [m["country_code"] for m in extract_incidents(text, PUB)] == ["LBN"]


def test_a_headings_period_is_no_record_day() -> None:
    text = ("Protection of Civilians – West Bank, 14–17 May 2024 (highlights)\n\n- 14 May: Israeli "
            "forces raided Nur Shams refugee camp (Tulkarm); two Palestinians were killed.\n- 16 "
            "May: Israeli settlers set fire to two homes in Duma village (Nablus); one man was "
            "injured.")
    got = [(m["mention_type"], m["event_date"].isoformat()) for m in extract_incidents(
        text, "2024-05-17")]
    assert got == [("current", "2024-05-14"), ("current", "2024-05-16")]


@pytest.mark.parametrize(("text", "published"), [
    # a trial of an old attack; a trial's later sentence names the old toll
    ("PARIS – The assize court began hearing on Thursday the case of two men accused of "
     "financing a cell that planned the shooting at a concert hall in Lyon on 6 June 2015, an "
     "assault that killed four people.", "2017-11-09"),
    ("NAIROBI – A magistrate on Thursday adjourned the trial of four men charged over the attack "
     "on a bus near Mandera in November 2014. The prosecution asked for two weeks. Relatives of "
     "the 28 passengers killed in the 2014 assault have criticised the slow pace.", "2016-02-18"),
    # a memorial and the morning it remembers
    ("MADRID – Spain marked the 20th anniversary of the 11 March 2004 train bombings on Monday "
     "with a minute of silence at Atocha station. Ten bombs exploded on four trains that "
     "morning, killing 192 people.", "2024-03-11"),
    ("In Ogossagou, villagers on Sunday unveiled a stone memorial listing the names of those "
     "killed when armed men raided the village in March 2019.", "2021-01-10"),
    # exercises and a training ground's notice
    ("TAPA, Estonia – British and Estonian troops fired live rounds from tanks and howitzers "
     "during the Spring Storm exercise at the Central Training Area this week.", "2023-06-15"),
    ("Notice to residents of Orzysz: the Bemowo Piskie training ground will host artillery and "
     "tank firing from 9 to 20 September. Detonations may be heard up to 15 kilometres away.",
     "2019-09-05"),
    # procurement, a metaphor, trends and a year's statistics
    ("RABAT – Morocco has taken delivery of armed drones. The armed forces ordered 13 of the "
     "unmanned aircraft, which have been used extensively in conflicts in Libya and Syria.",
     "2021-09-17"),
    ("BERLIN – The Bundestag voted to loosen the debt brake. Critics warned of a debt explosion.",
     "2025-03-18"),
    ("The report counted a sharp rise in drone use by national armies in Mali.", "2024-08-02"),
    ("KABUL – More than 10,000 civilians were killed or injured in Afghanistan for the sixth year "
     "in a row, the United Nations said in its annual report. Roadside and suicide bombings "
     "remained the leading cause of harm.", "2020-02-22"),
    ("GENEVA – Landmines killed or injured at least 4,710 people in 2022, according to the "
     "annual Landmine Monitor report released on Tuesday.", "2023-11-14"),
    # games: strikers, shots and bombs from beyond the arc
    ("MANCHESTER – The club's new striker was a constant threat in the attack on Saturday, firing "
     "two shots against the post before a late header killed off the game. The keeper was named "
     "man of the match.", "2022-08-14"),
    ("BOSTON – The Celtics won Game 1 of the NBA Finals on Thursday. Boston's shooters rained down "
     "bombs from beyond the arc, and the defence killed the Mavericks' momentum. Doncic finished "
     "with 30 points.", "2024-06-07"),
    # a mine's blast notices, a deminer's obituary
    ("KALGOORLIE – The operator says blast times at the open-cut gold mine have changed to 1pm "
     "daily. Blast notices are posted on the community board.", "2016-08-15"),
    ("OBITUARY – Abdul Rahim, who spent four decades clearing landmines in Afghanistan, has died "
     "in Kabul aged 68 after a long illness.", "2021-04-14"),
])
def test_round_21_texts_without_an_incident(text: str, published: str) -> None:
    assert [m for m in extract_incidents(text, published) if m["mention_type"] == "current"] == []


def test_a_bomb_at_a_court_and_fire_at_protesters_are_still_incidents() -> None:
    """The words that set aside a trial or a drill do not set aside these."""
    text = ("08/17/2005: A small timed bomb exploded near the district court building in "
            "Chittagong, Bangladesh, injuring three people.")
    assert [m["injured"] for m in extract_incidents(text, "2005-09-01")] == [3]
    text = ("On 2 July 2024, police fired live ammunition at demonstrators in Kitengela, Kenya, "
            "killing 1 demonstrator and injuring 4.")
    assert [m["fatalities"] for m in extract_incidents(text, "2024-07-05")] == [1]


def test_a_bulletins_items_are_incidents_and_its_tally_is_not() -> None:
    """A regional administration's update: a tally, then one line per community or town."""
    text = ("Sumy Regional Military Administration. On 21 March Russian forces carried out 78 "
            "attacks on 29 settlements of Sumy region. Bilopillia community: an FPV drone struck "
            "a car on the edge of Bilopillia, wounding its driver. Krasnopillia community: 14 "
            "mortar rounds fell on Krasnopillia, damaging a house. 3) Khotin: nine artillery "
            "shells landed in Khotin.")
    got = [(m["location"], m["event_date"].isoformat(), m["injured"], m["perpetrator"])
           for m in extract_incidents(text, "2025-03-22")]
    # (the items name no actor: the tally names the state whose forces acted)
    assert got == [("Bilopillia", "2025-03-21", 1, "Russian forces"),
                   ("Krasnopillia", "2025-03-21", None, "Russian forces"),
                   ("Khotin", "2025-03-21", None, "Russian forces")]
    text = ("Overnight the Russian army kept hitting the Nikopol district, Ukraine, with drones "
            "and artillery. In Nikopol itself, shells landed in a residential neighbourhood: a "
            "58-year-old man was wounded. In Marhanets, an attack drone crashed into a house; "
            "nobody was hurt. Chervonohryhorivka also came under artillery fire, which damaged a "
            "farm building; again there were no casualties.")
    got = [(m["location"], m["injured"], m["perpetrator"])
           for m in extract_incidents(text, "2024-08-17")]
    assert got == [("Nikopol", 1, "Russian forces"), ("Marhanets", 0, "Russian forces"),
                   ("Chervonohryhorivka", 0, "Russian forces")]


def test_an_air_defence_report_with_nothing_hit_is_no_incident() -> None:
    text = ("Air Force Command. During the night of 2 December the enemy attacked with 62 "
            "Shahed-type strike drones. Air defence destroyed 47 of them over the Poltava, Sumy "
            "and Kyiv regions. Another 15 drones disappeared from radar because of electronic "
            "warfare.")
    assert extract_incidents(text, "2024-12-02") == []
    # a convoy "intercepted" by gunmen is an attack, and debris that hit a house is an impact
    text = ("On 2 October 2024, armed men intercepted a minibus between Fada N'Gourma and Pama "
            "and kidnapped 5 traders.")
    assert len(extract_incidents(text, "2024-10-06")) == 1
    text = ("Overnight air defence shot down six drones over Dnipropetrovsk region, Ukraine. "
            "Debris from one hit a house in Ternivka, injuring a woman.")
    assert [m["injured"] for m in extract_incidents(text, "2023-10-02")] == [1]


def test_a_police_bulletins_header_dates_and_places_its_numbered_items() -> None:
    text = ("Khyber Pakhtunkhwa Police, daily situation report for 14 January. 1) Lakki Marwat: "
            "at about 23:00, khawarij of the TTP attacked the police checkpoint at Pezu; there "
            "were no casualties. 2) Tank: unidentified gunmen shot dead a police constable in Tank "
            "city.")
    got = [(m["country_code"], m["event_date"].isoformat(), m["fatalities"], m["injured"])
           for m in extract_incidents(text, "2026-01-15")]
    assert got == [("PAK", "2026-01-14", 0, 0), ("PAK", "2026-01-14", 1, None)]


@pytest.mark.parametrize(("text", "country"), [
    # a town's council posts about its own streets: the rockets' origin is not the place
    ("Sderot Municipality\n\nAt 11:05 red alerts sounded following launches from the Gaza "
     "Strip.\nOne rocket fell in an open area near the industrial zone. No casualties.", "ISR"),
    # a region's headquarters, with the region as Russian usage writes it
    ("Operational HQ of Krasnodar Krai:\n\nTuapse. As a result of a UAV attack overnight, a "
     "fire broke out at the refinery. No one was injured.", "RUS"),
])
def test_a_local_authoritys_header_places_its_post(text: str, country: str) -> None:
    (m,) = extract_incidents(text, "2024-10-07")
    assert m["country_code"] == country


def test_a_days_toll_by_town_then_each_towns_item() -> None:
    text = ("Head of Donetsk OMA:\n\nOver the past day, the Russians killed 3 residents of the "
            "oblast: 2 in Kramatorsk and 1 in Sloviansk.\n\nKramatorsk: a guided bomb hit a "
            "residential quarter – 2 killed, 4 injured.\nSloviansk: the Russians shelled the city "
            "with MLRS – 1 killed, 2 injured.")
    got = [(m["location"], m["fatalities"], m["injured"])
           for m in extract_incidents(text, "2024-09-03")]
    assert got == [("Kramatorsk", 2, 4), ("Sloviansk", 1, 2)]


def test_a_posts_items_headed_by_their_place() -> None:
    text = ("Governor of Belgorod oblast:\n\nThe situation over the past day.\n\n"
            "Graivoron district. The village of Kozinka came under mortar fire. A man was "
            "killed.\n\nShebekino district. In the city of Shebekino, an FPV drone hit the yard "
            "of a private house. No casualties.\n\nValuyki. A drone hit a car park near the "
            "market, injuring two people.")
    got = [(m["location"], m["fatalities"], m["injured"])
           for m in extract_incidents(text, "2024-04-03")]
    assert got == [("Kozinka", 1, None), ("Shebekino", 0, 0), ("Valuyki", None, 2)]


def test_a_coders_figure_beats_a_sides_claim_told_before_it() -> None:
    text = ("On 3 September 2022, PDF fighters ambushed a military column near Gangaw (Gangaw, "
            "Magway). PDF claimed that 8 soldiers were killed. Fatalities coded as 3 as a "
            "conservative estimate. 3 fatalities.")
    assert [m["fatalities"] for m in extract_incidents(text, "2022-09-12")] == [3]


@pytest.mark.parametrize(("text", "certainty"), [
    # the account itself unverified: a single claim
    ("Unconfirmed reports said a drone struck a wedding party near Hudur, Somalia, on "
     "Sunday.", "unconfirmed"),
    # a monitor's record graded weak or fair, unless the belligerent acknowledged the strike
    ("SY-0192 – 4 May 2017 – Tabqa, Raqqa governorate\nGrading: Weak\nSuspected belligerent: "
     "Coalition\n\nLocal sources said an air strike hit a bakery in Tabqa, killing four "
     "civilians.", "unconfirmed"),
    ("SO-0031 – 12 March 2019 – Jilib, Middle Juba\nStrike status: Declared (AFRICOM)\n"
     "Grading: Fair\n\nAn air strike hit a vehicle near Jilib, killing three men.", "confirmed"),
    # only the toll unverified: the act stands
    ("Soldiers fought rebels near Kani on Thursday. The rebels claimed eight soldiers were "
     "killed, a figure that could not be independently verified.", "confirmed"),
])
def test_an_unverified_claim_is_unconfirmed(text: str, certainty: str) -> None:
    assert [m["certainty"] for m in extract_incidents(text, "2019-03-14")
            if m["mention_type"] == "current"][:1] == [certainty]


def test_a_logs_entries_and_a_sources_day() -> None:
    """Entries led by their own date are incidents of their own, even on the same day; a
    summary of a source speaks from the source's day."""
    text = ("20NOV23 KHERSON OBL / Kherson city: RU arty shelling of residential area; 2 civ "
            "killed, 3 inj. // 20NOV23 KHERSON OBL / Beryslav: RU aviation dropped guided aerial "
            "bombs on town centre; 1 civ inj, no fatalities.")
    got = [(m["event_date"].isoformat(), m["fatalities"], m["injured"])
           for m in extract_incidents(text, "2023-11-24")]
    assert got == [("2023-11-20", 2, 3), ("2023-11-20", 0, 1)]
    text = ("14JUL12 | HELMAND / NAHR-E SARAJ | RCIED det vs civ minivan on Hwy 1 approx 5 km E "
            "of Gereshk, Afghanistan. 2 civ KIA, 3 WIA.")
    got = [(m["event_date"].isoformat(), m["weapon"], m["fatalities"], m["injured"])
           for m in extract_incidents(text, "2012-07-16")]
    assert got == [("2012-07-14", "ied", 2, 3)]
    text = ("Source: AFP, 3 February 2014. Summary of source: Syrian government helicopters "
            "dropped barrel bombs on rebel-held districts of Aleppo on Sunday, killing at least "
            "14 people.")
    assert [m["event_date"].isoformat() for m in extract_incidents(text, "2014-03-01")] == [
        "2014-02-02"]


def test_a_records_fields_say_who_where_and_nobody() -> None:
    """The most precise place field, an alleged perpetrator, counts "reported" and "none"."""
    text = ("Record: 2021-04-20 | State: Michoacán | Municipality: Aguililla | Locality: El Aguaje "
            "| Event: explosives dropped from drones | Alleged perpetrator: Cártel de Jalisco "
            "Nueva Generación | Killed: 0 | Injured: 2")
    (m,) = extract_incidents(text, "2021-04-28")
    assert (m["location"], m["perpetrator"], m["fatalities"], m["injured"]) == (
        "El Aguaje", "Cártel de Jalisco Nueva Generación", 0, 2)
    text = ("Date: 2018-03-22 | Upazila: Naniarchar | District: Rangamati | Division: Chittagong | "
            "Event: abduction | Perpetrator: armed men suspected to belong to UPDF (Democratic) | "
            "Victims: 2 UPDF activists | Killed/Injured: none reported")
    (m,) = extract_incidents(text, "2018-03-30")
    assert (m["country_code"], m["perpetrator"], m["fatalities"], m["injured"]) == (
        "BGD", "UPDF (Democratic)", 0, 0)
    text = ("SYRIA | Date: August 18, 2022 | Locations: Qamishli outskirts, al-Hasakah governorate "
            "| Civilians reported killed: 2 | Civilians reported injured: 0 | Summary: A Turkish "
            "drone hit a car on the outskirts of Qamishli, killing both occupants.")
    assert [(m["fatalities"], m["injured"]) for m in extract_incidents(text, "2022-08-30")] == [
        (2, 0)]


def test_a_second_car_bomb_elsewhere_in_the_city_is_another_incident() -> None:
    text = ("On 16 August 2013, a parked car bomb exploded beside a market in Sadr City, Baghdad, "
            "Iraq, killing 12 people and wounding 30. About an hour later a second car bomb went "
            "off near a bus station in the Kadhimiya district of the city, killing 4 and wounding "
            "9.")
    got = [(m["fatalities"], m["injured"]) for m in extract_incidents(text, "2013-09-01")]
    assert got == [(12, 30), (4, 9)]
    # with no place of its own, a second device is the same incident's
    text = ("A roadside bomb detonated on a commercial street in Tikrit, Iraq. During the "
            "investigation a second car bomb exploded, killing a police officer.")
    assert len(extract_incidents(text, "2014-03-22")) == 1


def test_wire_notes_days_updates_claims_and_what_an_attack_came_after() -> None:
    """An accented dateline, "earlier this week", a toll's day, a claim's day, "came after"."""
    text = ("POPAYÁN, Colombia, Jan 12 — Drones dropped explosives on a police station in the town "
            "of Suárez, in Cauca department, on Sunday, injuring three officers.")
    assert [m["event_date"].isoformat() for m in extract_incidents(text, "2026-01-12")] == [
        "2026-01-11"]
    text = ("YANGON, March 20 (Reuters) - Two women were killed when artillery shells hit a "
            "village in Kyauktaw township in Myanmar's Rakhine State earlier this week.")
    (m,) = extract_incidents(text, "2020-03-20")
    assert (m["event_date"].isoformat(), m["date_precision"]) == ("2020-03-18", "week")
    text = ("Updates with new toll\nCELAYA, Mexico (AP) — The death toll from an armed attack on "
            "a bar in the Mexican city of Celaya rose to 12 on Wednesday after two of the wounded "
            "died. Gunmen burst into the bar late Monday and opened fire on customers.")
    got = [(m["event_date"].isoformat(), m["fatalities"]) for m in extract_incidents(
        text, "2024-03-13")]
    assert got == [("2024-03-11", 12)]
    text = ("NIAMEY, Nov 9 (AFP) - Gunmen ambushed a Nigerien army patrol near Banibangou in the "
            "Tillaberi region on Sunday, killing 11 soldiers. The Islamic State in the Greater "
            "Sahara claimed the ambush on Tuesday in a statement.")
    got = [(m["event_date"].isoformat(), m["perpetrator"]) for m in extract_incidents(
        text, "2021-11-09")]
    assert got == [("2021-11-07", "Islamic State")]
    text = ("GAO, Mali, June 26 — Several rockets struck the U.N. camp near Gao airport late on "
            "Sunday; no casualties were reported. It came a week after gunmen stormed a tourist "
            "resort on the outskirts of Bamako, killing five people; Jama'at Nusrat al-Islam "
            "wal-Muslimin claimed that assault.")
    got = [(m["mention_type"], m["event_date"].isoformat(), m["perpetrator"])
           for m in extract_incidents(text, "2017-06-26")]
    assert got == [("current", "2017-06-25", None), ("background", "2017-06-18", "JNIM")]


def test_a_governors_roundup_and_a_state_security_report() -> None:
    text = ("Belgorod region governor, situation over the past day. The Armed Forces of Ukraine "
            "fired multiple rocket launchers at Shebekino. A man suffered shrapnel wounds. In "
            "Grayvoron the Armed Forces of Ukraine dropped an explosive device from a drone onto "
            "a car. Novaya Tavolzhanka came under mortar fire, with 12 rounds fired. Nobody was "
            "hurt.")
    got = [(m["location"], m["event_date"].isoformat()) for m in extract_incidents(
        text, "2024-03-16")]
    assert got == [("Shebekino", "2024-03-15"), ("Grayvoron", "2024-03-15"),
                   ("Novaya Tavolzhanka", "2024-03-15")]
    text = ("Kaduna State Ministry of Internal Security, security report. Security agencies "
            "reported the following incidents to the State Government on Monday. Kajuru LGA: "
            "bandits attacked Kufana village and shot dead two residents. Giwa LGA: troops engaged "
            "bandits near Fatika and neutralised three of them. Chikun LGA: bandits abducted five "
            "persons from a farm in Kujama. The Government sends condolences to the families of "
            "those killed.")
    got = [(m["country_code"], m["event_date"].isoformat(), m["sub_event_type"], m["fatalities"])
           for m in extract_incidents(text, "2021-08-17")]
    assert got == [("NGA", "2021-08-16", "armed_assault", 2),
                   ("NGA", "2021-08-16", "armed_clash", 3),
                   ("NGA", "2021-08-16", "abduction", None)]
    text = ("This afternoon Russia launched a missile strike on Zaporizhzhia, Ukraine; six people "
            "were killed. Also today, in Huliaipole, the Russian army attacked a man riding his "
            "bicycle with a drone; he was taken to hospital with shrapnel wounds.")
    assert [m["location"] for m in extract_incidents(text, "2024-11-11")] == [
        "Zaporizhzhia", "Huliaipole"]


def test_press_releases_operation_day_issuer_town_and_rockets_crossing() -> None:
    text = ("Inter Services Public Relations (ISPR), Rawalpindi, 14 June 2023. On 13 June, acting "
            "on information, security forces carried out an intelligence-based operation in the "
            "Datta Khel area of North Waziristan District. Troops and terrorists exchanged heavy "
            "fire. Four terrorists were killed.")
    got = [(m["event_date"].isoformat(), m["fatalities"]) for m in extract_incidents(
        text, "2023-06-14")]
    assert got == [("2023-06-13", 4)]
    text = ("District Police Bannu, Press Release No. 412/PR. During the night of 18 April, "
            "unknown miscreants threw a hand grenade into the compound of Domel police station. "
            "A constable suffered minor splinter wounds.")
    assert [m["country_code"] for m in extract_incidents(text, "2025-04-19")] == ["PAK"]
    text = ("Earlier today, about ten rockets were detected crossing from Lebanon toward the "
            "Kiryat Shmona area. Some of them were intercepted and the rest fell in open areas. "
            "No casualties were reported.")
    got = [(m["location"], m["fatalities"]) for m in extract_incidents(text, "2024-06-18")]
    assert got == [("Kiryat Shmona", 0)]


@pytest.mark.parametrize(("text", "published", "date"), [
    ("CAMEROON – Far North – 11 Feb 2025: A female suicide bomber detonated her explosives at "
     "the entrance to the Mora market on Monday morning, killing herself and three civilians.",
     "2025-02-11", "2025-02-10"),
    ("[Incident] North Kivu, DRC | 13/02/2024 | M23 artillery shells landed in Sake on Monday "
     "morning, hitting a school; 4 dead and 11 injured.", "2024-02-14", "2024-02-12"),
    ("Yemen / Taiz / 2 Feb 2019 – Houthi artillery fire hit residential blocks of Taiz city "
     "yesterday evening, killing a woman and two children.", "2019-02-02", "2019-02-01"),
    ("BENIN – Atacora – 28 June: Gunmen opened fire on a ranger post near Porga on Monday, "
     "killing two rangers.", "2023-06-28", "2023-06-26"),
    ("SOUTH SUDAN | Jonglei | 02/03/2023 | Armed youths raided cattle camps outside Bor on "
     "Tuesday, killing nine herders.", "2023-03-02", "2023-02-28"),
    # a record's own date stays the event's: "overnight" is the night it gives
    ("02/11/2020: An explosive device left under a police officer's car in Omagh, Northern "
     "Ireland, partially detonated overnight. No one was hurt.", "2021-06-30", "2020-02-11"),
])
def test_a_notes_header_date_and_the_weekday_it_goes_on_to_give(text: str, published: str,
                                                                 date: str) -> None:
    assert [m["event_date"].isoformat() for m in extract_incidents(text, published)] == [date]


def test_a_notes_heading_region_yields_to_the_town_it_names() -> None:
    """"COUNTRY – Region – date:": the region heads the note; the town the note names is where."""
    for text, town in (
            ("AFGHANISTAN – Balkh – 06 Dec 2022: A bomb exploded on a bus in Mazar-i-Sharif on "
             "Tuesday morning, killing five people.", "Mazar-i-Sharif"),
            ("NIGER – Tillabéri – 18 Nov 2020: Fighters attacked the gendarmerie post in Ayorou "
             "shortly before dawn on Tuesday.", "Ayorou"),
            ("NIGERIA (Plateau) – 18 May 2023: Armed men raided several farming communities "
             "outside Mangu town on Tuesday night, killing 15 people.", "Mangu")):
        assert [m["location"] for m in extract_incidents(text, "2025-01-01")] == [town], text


@pytest.mark.parametrize(("text", "published"), [
    ("SAN ROQUE, Spain, Aug 3 – A pod of orcas rammed a sailing yacht in the Strait of Gibraltar "
     "on Wednesday, damaging its rudder. The crew were unhurt.", "2022-08-03"),
    ("TRAVEL ADVICE UPDATE – BURKINA FASO. Terrorist groups are very likely to try to carry out "
     "attacks, and foreign nationals may be targeted for kidnapping.", "2023-05-01"),
    ("BREST, Jan 28 – A product tanker was struck by a large wave while crossing the Bay of "
     "Biscay in a storm, smashing bridge windows.", "2024-01-28"),
    ("VIRUDHUNAGAR, March 19 – Four workers were killed on Saturday in a blast at a fireworks "
     "manufacturing unit as they were mixing chemicals for aerial shells.", "2022-03-19"),
    ("QUETTA, Sept 25 – Counter Terrorism Department personnel recovered explosives, detonators "
     "and two suicide vests from a car stopped at a checkpoint; two men were arrested.",
     "2017-09-25"),
    ("DERRY, Feb 18 – Police said they had recovered a handgun and components that could be used "
     "to assemble a pipe bomb during a search of a derelict house.", "2020-02-18"),
    ("GLASGOW, Feb 26 – The midfielder fired an unstoppable missile from 30 yards into the top "
     "corner to rescue a point in the Scottish Premiership.", "2023-02-26"),
    ("GAMING: The latest season update for a popular online military shooter adds a killstreak "
     "that lets players call in a drone strike. Developers also rebalanced sniper rifles.",
     "2026-01-15"),
    ("MARKETS: Shares in a copper miner exploded 38 percent on Monday after it rejected a hostile "
     "takeover bid.", "2024-05-13"),
])
def test_round_22_texts_without_an_incident(text: str, published: str) -> None:
    assert [m for m in extract_incidents(text, published) if m["mention_type"] == "current"] == []


def test_a_pipe_bomb_left_outside_a_house_is_still_a_bombing() -> None:
    text = ("03/30/2019: Assailants left a pipe bomb outside a house in Lurgan town, Northern "
            "Ireland. The device exploded overnight and damaged the front door.")
    assert [m["event_date"].isoformat() for m in extract_incidents(text, "2021-12-31")] == [
        "2019-03-30"]


def test_a_records_follow_up_days_later_keeps_its_year() -> None:
    text = ("Lac province, Chad: On 20 March 2023, Boko Haram fighters attacked an army position "
            "near Ngouboua, killing 9 soldiers. Three days later, on 23 March, Chadian Air Force "
            "aircraft bombed Boko Haram bases on islands around Ngouboua.")
    got = [(m["mention_type"], m["event_date"].isoformat()) for m in extract_incidents(
        text, "2023-04-10")]
    assert got == [("current", "2023-03-20"), ("current", "2023-03-23")]


def test_a_records_quarter_of_a_city_and_a_region_first_heading_with_its_date() -> None:
    text = ("On 8 March 2023, Al-Shabaab militants detonated a suicide car bomb at the gate of a "
            "hotel in Hodan district, Mogadishu (Banadir), killing nine people.")
    assert [m["location"] for m in extract_incidents(text, "2023-03-20")] == ["Mogadishu"]
    text = ("Bryansk oblast, Klintsy — 24 Oct 2022: An explosion and fire broke out at a fuel "
            "storage facility on the edge of the town. No one was hurt.")
    assert [m["location"] for m in extract_incidents(text, "2022-11-01")] == ["Klintsy"]


@pytest.mark.parametrize(("text", "published"), [
    ("ZERMATT, Jan 9 – Avalanche teams used explosives dropped from helicopters to trigger "
     "controlled slides above the road on Tuesday.", "2018-01-09"),
    ("LYON, Oct 6 – Police staged a large-scale exercise simulating a terrorist attack at a "
     "metro station overnight. About 300 personnel, including the RAID elite unit and "
     "volunteers playing injured passengers, took part.", "2022-10-06"),
    ("NAIROBI, July 9 – Kenyan police set fire to more than 5,000 illegal firearms at a "
     "ceremony in Ngong forest, marking Small Arms Destruction Day.", "2016-07-09"),
])
def test_drills_avalanche_control_and_arms_destroyed_are_no_incidents(text: str,
                                                                      published: str) -> None:
    assert [m for m in extract_incidents(text, published) if m["mention_type"] == "current"] == []


def test_a_coders_terse_record_with_numbered_items_and_an_older_event() -> None:
    text = ("SYR 05/03/17 Idlib gov.\n(1) air strike on Maarat al-Numan vegetable mkt, 9 civ k "
            "(SOHR); inj. n/k\n(2) IED vs HTS checkpoint at Sarmada entrance, 2 HTS k; no claim")
    got = [(m["event_date"].isoformat(), m["fatalities"])
           for m in extract_incidents(text, "2017-03-07")]
    assert got == [("2017-03-05", 9), ("2017-03-05", 2)]
    text = ("TH-S | 21/09/12 | Yala prov., Bannang Sata dist. | bomb in roadside bin det. as "
            "ranger patrol passed; 2 dead, 9 hurt | bkgd: 19/09/12 village defence volunteer "
            "shot dead on same road by gunmen on m/c")
    got = [(m["mention_type"], m["event_date"].isoformat(), m["fatalities"], m["injured"])
           for m in extract_incidents(text, "2012-09-23")]
    assert got[0] == ("current", "2012-09-21", 2, 9)
    assert [g[:2] for g in got[1:]] == [("background", "2012-09-19")]


@pytest.mark.parametrize(("text", "published", "place"), [
    # a record's place field, however it is written
    ("Event date: 08.02.2024\nOblast: Kharkiv\nSettlement: Kupiansk\nCategory: rocket attack\n"
     "Weapon: Grad multiple-launch rockets\nKilled: 0\nWounded: 2 (civilians)", "2024-02-10",
     "Kupiansk"),
    ("DATE=2019-05-18; COUNTRY=Cameroon; REGION=North-West; DIVISION=Mezam; LOCALITY=Bambui; "
     "TYPE=armed clash; DEAD=6", "2019-05-20", "Bambui"),
    ("[Date] 14 Jun 2022 [State] Michoacán [Municipality] Aguililla [Place] El Aguaje [Event] "
     "explosives dropped from drones onto houses [Casualties] 0 killed, 2 injured", "2022-06-15",
     "El Aguaje"),
    ("Date — 28 Jan 2020 / Province — North Kivu / Locality — outskirts of Oicha / Event — night "
     "raid on a hamlet; residents shot while fleeing / Killed — 14 civilians", "2020-02-01",
     "Oicha"),
    # a terse row's field holding only a name, and "nr" for near
    ("UKR | Odesa obl. | Reni | night 24/25-09-23 | Shahed-type UAVs hit port grain silos | "
     "0 k / 2 w", "2023-09-26", "Reni"),
    ("AFG | 02MAY12 | Helmand / Nad Ali dist. | IED hit ANP pickup on dirt rd nr Shin Kalay | "
     "3 ANP KIA, 1 WIA", "2012-05-03", "Shin Kalay"),
])
def test_a_records_place_field(text: str, published: str, place: str) -> None:
    assert [m["location"] for m in extract_incidents(text, published)] == [place]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a monitor's post: a place in a hashtag, a day named by a possessive, a missile by its make
    ("Update to my 08:15 post: the toll from this morning's Iskander-M strike on port "
     "infrastructure in #Odesa has been revised to 5 killed and 8 injured.", "2024-06-10",
     [("2024-06-10", "Odesa", "missile_rocket_attack", 5, 8)]),
    ("Sirens in #KiryatShmona at 13:05. About a dozen rockets launched from southern Lebanon "
     "on Monday; one impacted a street near the town centre. MDA: 2 lightly injured.",
     "2024-07-22", [("2024-07-22", "Kiryat Shmona", "missile_rocket_attack", None, 2)]),
    ("UKR | Odesa obl. | Reni | night 24/25-09-23 | Shahed-type UAVs hit port grain silos",
     "2023-09-26", [("2023-09-24", "Reni", "drone_strike", None, None)]),
    # a list's heading gives its items' day
    ("Donetsk Oblast, 28 Feb (regional police summary, posted this morning):\n1. Pokrovsk: "
     "artillery shelling of a residential street, 2 killed.\n2. Druzhkivka: Grad MLRS strike, "
     "3 injured.", "2023-03-01", [("2023-02-28", "Pokrovsk", "shelling_artillery", 2, None),
                                  ("2023-02-28", "Druzhkivka", "missile_rocket_attack", None, 3)]),
    # a quarter of a city named with its bearing is coded at the city
    ("IS-K claims a suicide bombing at a mosque in Dasht-e-Barchi, western #Kabul, yesterday; "
     "4 worshippers killed.", "2022-04-22", [("2022-04-21", "Kabul", "suicide_bombing", 4, None)]),
])
def test_monitor_posts(text: str, published: str, expected: list) -> None:
    got = [(m["event_date"].isoformat(), m["location"], m["sub_event_type"], m["fatalities"],
            m["injured"]) for m in extract_incidents(text, published)
           if m["mention_type"] == "current"]
    assert got == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a roundup's bullets, each with an act of its own, under a heading that gives the day
    ("Myanmar daily, 9 Feb:\n• Shan: junta artillery shells hit the outskirts of Hsipaw, 2 "
     "civilians killed.\n• Magway: junta air strike on Gangaw town, 5 killed.", "2025-02-10",
     [("2025-02-09", "Hsipaw", 2), ("2025-02-09", "Gangaw", 5)]),
    ("South Lebanon, today:\n- Around 15:30 an IDF drone struck a car in Aynata, killing 2.\n"
     "- Earlier in the day IDF artillery shelled the outskirts of Kfar Kila. No casualties.",
     "2024-03-12", [("2024-03-12", "Aynata", 2), ("2024-03-12", "Kfar Kila", 0)]),
    # a landmark named after a country is no country
    ("Medics report 2 killed when an IDF drone struck people near the Kuwait roundabout in Gaza "
     "City this morning.", "2023-12-03", [("2023-12-03", "Gaza City", 2)]),
    # and so is a street named after a town elsewhere
    ("A bomb went off on Kabul Road in Peshawar on Monday, killing nine.", "2022-05-18",
     [("2022-05-16", "Peshawar", 9)]),
    # an updated toll is the act's, whatever day it is counted
    ("Gunmen stormed a bar in Celaya late Saturday night and opened fire. Updated toll from the "
     "state prosecutor this afternoon: 9 killed, 4 injured.", "2020-11-23",
     [("2020-11-21", "Celaya", 9)]),
    # a city's quarter named by its owner is coded at the city
    ("Loud explosion in #Quetta's Satellite Town last night; 2 killed.", "2021-09-30",
     [("2021-09-29", "Quetta", 2)]),
])
def test_roundups_landmarks_and_updated_tolls(text: str, published: str, expected: list) -> None:
    got = [(m["event_date"].isoformat(), m["location"], m["fatalities"])
           for m in extract_incidents(text, published) if m["mention_type"] == "current"]
    assert got == expected


def test_a_cause_in_dispute_and_a_states_aircraft_abroad() -> None:
    text = ("Explosion in Satellite Town, Quetta, last night; 2 killed. Police say it was a gas "
            "cylinder blast, but some residents insist they heard a drone just before the bang.")
    (m,) = extract_incidents(text, "2021-09-30")
    assert (m["sub_event_type"], m["certainty"]) == ("explosion_unknown_cause", "disputed")
    text = ("Taliban deputy spokesman says Pakistani military aircraft struck villages in Barmal "
            "district, Paktika, overnight, killing 19 people. Islamabad has not commented.")
    (m,) = extract_incidents(text, "2025-04-06")
    assert (m["country_code"], m["location"], m["perpetrator"]) == ("AFG", "Barmal",
                                                                    "Pakistani forces")


def test_a_pages_related_stories_are_not_its_news() -> None:
    text = ("A car bomb killed eight people at a checkpoint in Mogadishu on Saturday, police "
            "said.\n\nRead more:\n- Kenya: Police vehicle hits roadside bomb in Mandera\n- Gunmen "
            "kill clan elder in Beledweyne market\n\nMost read\n1. Kharkiv: Russian strike hits "
            "holiday resort\n\nShare this story")
    got = [(m["location"], m["fatalities"]) for m in extract_incidents(text, "2021-09-25")]
    assert got == [("Mogadishu", 8)]


def test_a_reports_documented_items_each_with_its_heading() -> None:
    text = ("Taiz city: children hit by sniper fire, September–November 2016\n"
            "1. 9 September 2016 – Wadi al-Qadi neighbourhood. An eight-year-old girl was shot in "
            "the neck while carrying water home; she survived.\n"
            "2. 2 October 2016 – Kalaba neighbourhood. Mohammed, 11, was shot dead while playing "
            "football.\n"
            "Incident 3 – 21 November 2016 – al-Jahmaliya\nA woman and her son were shot dead "
            "by a sniper as they crossed the main road.")
    got = [(m["mention_type"], m["event_date"].isoformat(), m["country_code"], m["fatalities"])
           for m in extract_incidents(text, "2017-01-15")]
    assert got == [("current", "2016-09-09", "YEM", None), ("current", "2016-10-02", "YEM", 1),
                   ("current", "2016-11-21", "YEM", 2)]


def test_a_documented_place_and_day_heading_and_a_press_release_dateline() -> None:
    text = ("Maungdaw, 5 August 2024\nIn the late afternoon of 5 August 2024, drones dropped "
            "explosives on families waiting outside the town for boats to Bangladesh, killing "
            "at least 38 people. Survivors said the drones came from areas held by the Arakan "
            "Army.")
    (m,) = extract_incidents(text, "2024-09-01")
    assert (m["location"], m["event_date"].isoformat()) == ("Maungdaw", "2024-08-05")
    text = ("PRESS RELEASE\nRawalpindi, 23 August 2022\nOn 22 August 2022, terrorists opened "
            "fire on a security forces post in Boya, North Waziristan. Two soldiers were killed.")
    (m,) = extract_incidents(text, "2022-08-23")
    assert (m["location"], m["event_date"].isoformat()) == ("Boya", "2022-08-22")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a translated brief: the day a communiqué was read yields to the day it tells, and the
    # fallen "on the field of honour" are killed
    ("According to a communiqué read on national television on Thursday evening, fighters "
     "clashed on Wednesday 15 November 2023 with a unit of the army near Tchoma Bangou, Niger. "
     "Provisional toll: six soldiers fell on the field of honour and twenty-one assailants "
     "were neutralised.", "2023-11-17", ("2023-11-15", "armed_clash", 27)),
    # "the day before" the day it was announced
    ("The general staff announced on Saturday that it had carried out, the day before, a drone "
     "strike near Léré, Mali; about fifteen terrorists were neutralised.", "2023-10-10",
     ("2023-10-06", "drone_strike", 15)),
    # "combats" and "exchanges of fire", a translation's words for a clash
    ("At least four people died in the combats that the ELN and FARC dissidents sustained this "
     "Sunday in the rural zone of Tibú, Colombia.", "2023-09-26",
     ("2023-09-24", "armed_clash", 4)),
    # a first toll revised: "the toll now stands at"
    ("A girl wearing an explosive belt blew herself up at the market of Kolofata, Cameroon, on "
     "Sunday. The first toll stood at three dead. The toll now stands at five dead.",
     "2024-01-16", ("2024-01-14", "suicide_bombing", 5)),
])
def test_translated_briefs(text: str, published: str, expected: tuple) -> None:
    (m,) = extract_incidents(text, published)
    assert (m["event_date"].isoformat(), m["sub_event_type"], m["fatalities"]) == expected


def test_a_reports_period_keeps_its_items_current() -> None:
    text = ("Guerrero, January 2026\nOn the night of 9 January 2026, armed men travelling in "
            "three pick-up trucks took seven people from their homes on the edge of "
            "Chilpancingo.\nOn 16 January 2026, a gunfight between two cartels in San Miguel "
            "Totolapan left at least 11 people dead.")
    got = [(m["mention_type"], m["event_date"].isoformat(), m["sub_event_type"])
           for m in extract_incidents(text, "2026-02-20")]
    assert got == [("current", "2026-01-09", "abduction"), ("current", "2026-01-16",
                                                            "armed_clash")]
    text = ("Raqqa city, August 2017: civilian casualty assessments\n20 August 2017 – al-Badu "
            "neighbourhood. Civilians were reported killed when air strikes destroyed buildings.")
    got = [(m["mention_type"], m["event_date"].isoformat()) for m in extract_incidents(
        text, "2017-09-25")]
    assert got == [("current", "2017-08-20")]


def test_where_abductors_took_people_is_not_where_they_took_them() -> None:
    text = ("Gunmen abducted 11 farmers working their fields outside Gwoza on Saturday. The "
            "attackers took the farmers towards the Mandara mountains.")
    assert [m["location"] for m in extract_incidents(text, "2024-08-05")] == ["Gwoza"]


def test_a_datelines_day_yields_to_the_acts() -> None:
    text = ("KYIV, March 3 (Meridian) - The number of people killed when a Russian drone slammed "
            "into a residential building in Odesa rose to 12 on Sunday, officials said. The drone "
            "hit the nine-storey block in the early hours of Saturday.")
    (m,) = extract_incidents(text, "2024-03-03")
    assert (m["event_date"].isoformat(), m["fatalities"]) == ("2024-03-02", 12)


def test_the_extractor_version_names_its_rules() -> None:
    # (the extraction ledger keys on it: changed rules re-extract every article)
    from pipeline.extract import _rules_fingerprint

    assert re.fullmatch(r"0\.1\.0\+[0-9a-f]{8}", EXTRACTOR_VERSION)
    assert EXTRACTOR_VERSION.endswith(_rules_fingerprint())


@pytest.mark.parametrize(("text", "expected"), [
    # a record's first actor, whatever its field is called; a field that says nobody is known
    ("Date: 2026-02-08; Region: Hiiraan; District: Mahas; Event: armed clash; Actor 1: "
     "Ma'awisley clan militia; Actor 2: al-Shabaab; Killed: 23",
     ("SOM", "Ma'awisley clan militia")),
    ("Date — 28 Jan 2020 / Province — North Kivu / Locality — Oicha / Event — night raid; "
     "residents shot while fleeing / Attributed to — ADF / Killed — 14 civilians",
     ("COD", "Allied Democratic Forces")),
    ("Date of incident: 11 August 2018\nGovernorate: Hodeidah\nHarm: an artillery shell hit a "
     "farmhouse\nCivilians killed: 4\nResponsible party: not determined", ("YEM", None)),
])
def test_a_records_actor_field(text: str, expected: tuple) -> None:
    (m,) = extract_incidents(text, "2026-02-10")
    assert (m["country_code"], m["perpetrator"]) == expected


@pytest.mark.parametrize(("text", "place"), [
    # a translation's places: a unit's post "of" a town, "in the circle of" the district
    ("Monday 9 May 2022, at around 5 a.m., the gendarmerie brigade of Kantchari, in the province "
     "of Tapoa, was attacked by a large number of armed individuals.", "Kantchari"),
    ("The army said it had carried out a drone strike against a gathering of terrorists near "
     "Léré, in the circle of Niafunké, on Friday, killing fifteen.", "Léré"),
])
def test_a_translations_places(text: str, place: str) -> None:
    assert [m["location"] for m in extract_incidents(text, "2023-10-10")] == [place]


@pytest.mark.parametrize(("text", "actor"), [
    # a documenter's finding names the actor
    ("On 14 February 2022 a ballistic missile struck a residential building in Marib, killing "
     "three people. We attribute this attack to Houthi forces.", "Houthis"),
    ("On 26 June 2022 rockets with cluster submunitions struck Kharkiv, killing four people. "
     "HRMMU attributes the attack to the Russian armed forces.", "Russian armed forces"),
])
def test_a_documenters_attribution(text: str, actor: str) -> None:
    (m,) = extract_incidents(text, "2022-08-01")
    assert m["perpetrator"] == actor


def test_weapon_makes_on_parade_are_no_attack() -> None:
    text = "Russia paraded Iskander launchers and Kalibr cruise missiles on Victory Day."
    assert extract_incidents(text, "2024-05-09") == []


@pytest.mark.parametrize("text", [
    # sport, film, business and marketing
    "Arsenal shelled the Everton defence all afternoon; the goalkeeper made six saves and the "
    "set-piece coach praised the dead-ball routines.",
    "The spy thriller bombed over the holiday weekend and was killed by poor reviews, analysts "
    "said on Monday.",
    "The payments app says its user base exploded to more than two million customers this year.",
    "Organisers hired teams to stop ambush marketing by brands near the stadium on Saturday.",
    "Groundnut shelling units in Kano are idle after export orders collapsed, traders said.",
    # aircraft delivered, drones that deliver or are seen, school rocketry
    "Four new fighter jets landed at the air base on Tuesday after a ferry flight from France.",
    "A drone delivery firm dropped 5,000 parcels into gardens in the suburb last month.",
    "Flights were halted for an hour on Friday after a drone was sighted near the runway; no "
    "damage was caused.",
    "Pupils launched model rockets at the national rocketry contest on Sunday.",
    # police work, a surrender, a plot, a propaganda video
    "Officers raided 14 addresses at dawn on Wednesday in an investigation into fraud; nobody "
    "was hurt.",
    "Nine fighters surrendered to the army with their rifles on Monday; no shots fired; no "
    "casualties.",
    "Judges found he had researched how to build an explosive device to target a market.",
    "The group released a video of recruits drilling and target practice at a camp.",
    # science and medicine, a page's headline, fears, rules, debates, vaccines, budgets
    "The team showed how the virus attacks lung cells and how antibodies from a vaccine block "
    "the infection in patients.",
    "DAILY NEWS\nHome | World | Sport\n\nAvalanche control crews fire artillery at loaded "
    "slopes\n\nThe mountain echoed with explosions before the lifts opened on Tuesday.",
    "Dozens of residents called police on Monday night because they feared an explosion.",
    "Under the new drone rules, drones will be allowed to carry payloads of up to 500 kg.",
    "Candidates clash on economy in final debate",
    "Children in three districts were also given a shot of injectable vaccine on Monday.",
    "The special budget funds thousands of attack drones made by local firms.",
    "A second cannon shot at noon signals the end of the tomato fight.",
    "A nationwide drill will be held on Tuesday to practise the response to a scenario of "
    "rockets fired at the city.",
    "The denial-of-service attacks bombarded the election site with traffic on Sunday.",
    "The war film has no heroic charges and no slow-motion explosions.",
])
def test_words_of_violence_in_other_senses_are_no_incidents(text: str) -> None:
    assert [m for m in extract_incidents(text, "2024-05-10") if m["mention_type"] == "current"] \
        == []


def test_a_village_the_gazetteer_lacks_named_before_the_day() -> None:
    text = ("BENIN – Atacora – 28 June: Gunmen opened fire on a ranger post near Porga on Monday, "
            "killing two rangers.")
    assert [m["location"] for m in extract_incidents(text, "2023-06-28")] == ["Porga"]


@pytest.mark.parametrize(("text", "place"), [
    # a village followed by the district that contains it
    ("Two policemen were killed when Maoists set off a mine near Kistaram in Sukma district of "
     "Chhattisgarh on Monday.", "Kistaram"),
    ("Militants abducted four women fetching water outside Banibangou in Niger's Tillaberi "
     "region on Monday.", "Banibangou"),
    # a unit written with its type in brackets, known to the gazetteer or not
    ("Armed youths raided cattle camps near Pieri (Uror county), Jonglei State, South Sudan, on "
     "Monday, killing 14 people.", "Pieri"),
    ("Boko Haram fighters attacked an army post near Ngouboua on the shore of Lake Chad on "
     "Monday, killing nine Chadian soldiers.", "Ngouboua"),
    # a building, a mountain or a police district inside a town: the town is coded
    ("A gunman shot at two police officers at Quirinale Palace in Rome on Monday.", "Rome"),
    ("Seven people were wounded in a rocket attack on a civilian area in PD5 in Kabul on "
     "Monday.", "Kabul"),
])
def test_a_village_the_gazetteer_lacks_and_what_contains_it(text: str, place: str) -> None:
    assert [m["location"] for m in extract_incidents(text, "2024-05-10")] == [place]


def test_a_statement_condemning_mortar_fire_and_a_clash_on_a_towns_outskirts() -> None:
    text = ("Government of the Democratic Republic of the Congo, statement by the spokesperson. "
            "The Government condemns the mortar fire by M23 rebels on the town of Sake in Masisi "
            "territory, North Kivu, this Wednesday. Shells fell on the central market, killing "
            "three civilians and wounding eleven.")
    got = [(m["location"], m["perpetrator"], m["fatalities"]) for m in extract_incidents(
        text, "2024-02-08")]
    assert got == [("Sake", "M23", 3)]
    text = ("FARDC statement. On Saturday FARDC troops clashed with ADF rebels on the outskirts of "
            "Eringeti, North Kivu, when the rebels tried to approach the town.")
    assert [m["location"] for m in extract_incidents(text, "2022-05-09")] == ["Eringeti"]


def test_a_record_dated_then_placed_by_its_district() -> None:
    text = ("11 January 2014, Rueso district, Narathiwat: A bomb hidden in a roadside rubbish bin "
            "exploded as a ranger patrol passed, killing one ranger.")
    assert [m["location"] for m in extract_incidents(text, "2014-02-01")] == ["Rueso"]


def test_a_retaliation_told_next_is_another_incident() -> None:
    text = ("On 26 March 2024, an Israeli army drone struck a motorcycle at the entrance of Bint "
            "Jbeil, Lebanon, killing two Hezbollah members. Hezbollah said it retaliated that "
            "evening by firing a salvo of Katyusha rockets at Kiryat Shmona; the Israeli army "
            "said nobody was hurt.")
    got = [(m["country_code"], m["sub_event_type"]) for m in extract_incidents(text, "2024-04-01")]
    assert got == [("LBN", "drone_strike"), ("ISR", "missile_rocket_attack")]
    # the motive of the incident told is no new one
    text = ("Gunmen attacked a checkpoint in Tafas, Syria, killing two soldiers. The attack was "
            "in retaliation for the arrest of a local commander.")
    assert len(extract_incidents(text, "2021-05-12")) == 1


def test_an_area_domination_exercise_is_a_patrol_that_can_be_attacked() -> None:
    text = ("An IED exploded near a CRPF team on an area domination exercise near Kistaram in "
            "Sukma district, Chhattisgarh, on Monday; no one was hurt.")
    assert [(m["location"], m["injured"]) for m in extract_incidents(text, "2024-03-05")] == [
        ("Kistaram", 0)]


def test_a_confrontation_between_cartels_and_a_stepped_on_mine() -> None:
    (clash,) = extract_incidents(
        "CHICOMUSELO, Chis.— At least five people died last Friday in a confrontation between "
        "the CJNG and the Sinaloa Cartel in a rural ejido of Chicomuselo.", "2024-09-29")
    assert (clash["sub_event_type"], clash["fatalities"]) == ("armed_clash", 5)
    (mine,) = extract_incidents(
        "A soldier died and another was seriously injured last Sunday when one of them stepped "
        "on an antipersonnel mine in the municipality of Briceño, Antioquia.", "2025-07-15")
    assert (mine["sub_event_type"], mine["fatalities"], mine["injured"]) == (
        "ied_remote_explosive", 1, 1)
    # demining and a monitor's report are no blast
    assert extract_incidents("Combat engineers located two anti-personnel mines on a path and "
                             "destroyed them in a controlled way.", "2023-02-20") == []


def test_a_periodic_reports_paragraphs_are_its_news() -> None:
    text = ("17. The security situation in Kabul was marked by several attacks. On 22 April, a "
            "suicide attacker detonated a body-borne IED at a voter registration centre in "
            "Kabul city, causing civilian casualties (60 killed and 130 injured). Islamic State "
            "in Iraq and the Levant-Khorasan Province (ISIL-KP) claimed responsibility. Between "
            "1 March and 31 May, UNAMA documented 2,275 civilian casualties countrywide, of "
            "which 1,007 were killed. ISIL-KP continued to target civilians in the capital.")
    (m,) = extract_incidents(text, "2018-06-15")
    assert (m["mention_type"], str(m["event_date"]), m["country_code"], m["fatalities"],
            m["perpetrator"]) == ("current", "2018-04-22", "AFG", 60, "Islamic State")
    # the same act recalled in a news story two months on is background
    (old,) = extract_incidents(text.removeprefix("17. "), "2018-06-15")
    assert old["mention_type"] == "background"


@pytest.mark.parametrize("text", [
    "Between 5 and 31 October, at least 70 civilians were killed in north-west Syria.",
    "During the reporting period, 12 attacks on schools were verified in Cabo Delgado.",
    "As of 24 December, the Mission had verified 54 killings of former combatants in Colombia.",
    # a running count kept since a day, a month or an event: no act, and no act's toll
    "Since 3 March, 31 civilians, including six children, have been killed in Jenin and Tubas.",
    "In Diffa region, 120 civilians have been killed since January, partners said.",
    "Since the start of the escalation, hostilities have reportedly killed at least 60 people.",
])
def test_a_periods_count_is_no_incident(text: str) -> None:
    assert extract_incidents(text, "2023-12-30") == []


def test_a_country_blamed_is_not_where_it_happened() -> None:
    (m,) = extract_incidents(
        "On 2 January, a drone strike on an apartment in Haret Hreik, in the southern suburbs of "
        "Beirut, killed seven people. The strike was widely attributed to Israel, which neither "
        "confirmed nor denied responsibility.", "2024-01-03")
    assert m["country_code"] == "LBN"
    (k,) = extract_incidents("On 27 July, the IDF fired artillery rounds towards the vicinity "
                             "of Kafr Shuba; no casualties were reported.", "2023-07-28")
    assert (k["country_code"], k["location"]) == ("LBN", "Kafr Shuba")


LIVE_PAGE = """Ukraine war live: death toll rises after Russian missile hits Kharkiv

Updated 16:40 EET
The Kharkiv regional governor says the number of people killed in the Russian missile strike on \
the city this morning has climbed to nine, and 23 people were injured.

15:05 EET
EU foreign ministers ended without agreement on a new fund for artillery ammunition.

13:20 EET — From our correspondent in Odesa
Air defence units shot down most of a wave of Russian attack drones aimed at the port. Burning \
debris from one drone fell on a warehouse in Odesa, injuring two workers.

09:10 EET
Officials in Kharkiv say seven people were killed and at least 19 injured when a Russian missile \
struck the residential Saltivskyi district this morning.
"""


def test_a_live_pages_entries_and_its_revised_toll() -> None:
    found = {m["location"]: m for m in extract_incidents(LIVE_PAGE, "2024-03-15")}
    # each entry tells its own act; the later entry's toll revises the earlier one's; the
    # headline only sums them up
    assert sorted(found) == ["Kharkiv", "Odesa"]
    assert (found["Kharkiv"]["fatalities"], found["Kharkiv"]["injured"]) == (9, 23)
    assert (found["Odesa"]["sub_event_type"], found["Odesa"]["injured"]) == ("drone_strike", 2)


def test_the_same_act_told_twice_is_one_incident() -> None:
    text = ("Somalia live: suicide car bomb at Mogadishu checkpoint\n\n"
            "08:25 EAT — A suicide bomber drove a car packed with explosives into a checkpoint in "
            "Mogadishu, killing at least seven people, police said.\n\n"
            "10:05 EAT — Gunmen stormed a hotel in Kismayo; no casualties were reported.\n\n"
            "11:30 EAT — Updated toll: the suicide car bombing in Mogadishu killed 11 people and "
            "wounded 26.\n")
    found = extract_incidents(text, "2024-07-22")
    mogadishu = [m for m in found if m["location"] == "Mogadishu"]
    assert len(mogadishu) == 1
    assert (mogadishu[0]["fatalities"], mogadishu[0]["injured"]) == (11, 26)


@pytest.mark.parametrize("text", [
    "Review: 'Civil War' is a loud road movie. Every gunshot lands like a slap.",
    "The Gaza health ministry said the cumulative number of Palestinians killed since October "
    "had passed 40,000.",
    "Families of hostages held in Gaza are protesting outside the defence ministry in Tel Aviv.",
    "Casualties from mines and explosive remnants have dropped to a few dozen per year.",
    "Recruitment of children was the most frequent category, followed by abduction and killing.",
    "Senators asked why the deal does not commit the ELN to abandon kidnapping for ransom.",
    "Earlier in the day, a breakaway rider bombed down one of the descents at 90 km/h.",
    "During the quarter, the number of aid workers reported killed was the highest on record.",
])
def test_totals_trends_categories_and_sport_are_no_incidents(text: str) -> None:
    assert [m for m in extract_incidents(text, "2024-08-16")
            if m["mention_type"] == "current"] == []


@pytest.mark.parametrize(("text", "place"), [
    # a village typed with its unit is this country's, whatever namesakes abroad
    ("Three police officers were injured on Tuesday when a motorcycle loaded with explosives "
     "blew up near the police station in the corregimiento of Potrerito, in rural Jamundí.",
     "Potrerito"),
    ("Members of the Viv Ansanm gang coalition attacked the locality of Furcy, in the commune "
     "of Kenscoff, on Saturday, killing at least eight residents.", "Furcy"),
])
def test_a_village_typed_by_its_unit(text: str, place: str) -> None:
    (m,) = extract_incidents(text, "2025-02-04")
    assert m["location"] == place


def test_the_same_unit_is_where_the_act_before_was() -> None:
    text = ("ARGELIA, Cauca.— One soldier died and four were injured last Friday during combat "
            "between dissidents and troops of the Army in the corregimiento of El Plateado, in "
            "the municipality of Argelia. On Saturday, the dissidents attacked the same unit "
            "with drones carrying explosives, wounding two more soldiers.")
    found = extract_incidents(text, "2024-10-14")
    assert [(m["sub_event_type"], m["location"]) for m in found] == [
        ("armed_clash", "El Plateado"), ("drone_strike", "El Plateado")]


def test_a_headline_run_on_before_its_dateline_is_the_same_story() -> None:
    text = ("Jawan killed as Pakistan violates ceasefire in Keran sector. Srinagar: A soldier "
            "was killed and another injured after the Pakistan Army opened unprovoked mortar "
            "fire on forward posts in the Keran sector of Kupwara district on Wednesday night.")
    (m,) = extract_incidents(text, "2025-02-13")
    assert (m["fatalities"], m["injured"]) == (1, 1)


def test_a_statements_operations_counted_off() -> None:
    text = ("During the last 24 hours, security forces conducted three separate intelligence "
            "based operations. In the first operation, conducted in Lakki Marwat District, own "
            "troops engaged the khwarij and five khwarij were sent to hell. In the second, in "
            "the Khar area of Bajaur District, three khwarij were neutralised after an intense "
            "exchange of fire. In the third operation, in Dera Ismail Khan District, two khwarij "
            "were killed.")
    found = extract_incidents(text, "2025-09-30")
    assert sorted(m["fatalities"] for m in found) == [2, 3, 5]


def test_a_regional_administrations_day() -> None:
    text = ("Kharkiv Regional Military Administration. Russian forces shelled 11 settlements of "
            "the region over the past day. On Wednesday morning, Russian artillery fired on the "
            "centre of Kupiansk; a 71-year-old woman was killed near her home. In the afternoon, "
            "the enemy dropped a guided aerial bomb on the outskirts of Zolochiv. There were no "
            "casualties.")
    found = {m["location"]: m for m in extract_incidents(text, "2025-06-05")}
    assert sorted(found) == ["Kupiansk", "Zolochiv"]
    assert {str(m["event_date"]) for m in found.values()} == {"2025-06-04"}
    assert found["Zolochiv"]["fatalities"] == 0


def test_a_units_update_is_no_overview_and_acronyms_are_no_towns() -> None:
    (m,) = extract_incidents(
        "Chinar Corps update: On being challenged at Tral on 8 September, the terrorists opened "
        "fire on the cordon party. In the ensuing encounter two terrorists were eliminated.",
        "2025-09-09")
    assert (m["country_code"], m["fatalities"]) == ("IND", 2)
    found = extract_incidents("Two civilians were martyred as Indian troops resorted to "
                              "unprovoked shelling along the Line of Control in Athmuqam on "
                              "Tuesday. FAMa units later reinforced the post.", "2025-05-08")
    assert [m["country_code"] for m in found] == ["PAK"]


DIGEST = """THE DAY IN BRIEF
ECUADOR — Hitmen shot dead an aide to a local council candidate outside his home in Manta on \
Tuesday, police said.
POLAND — Final results confirmed that opposition parties won a parliamentary majority.
India: Maoist rebels killed two villagers they accused of being police informers in Bijapur \
district on Monday, police said.
Benin: Suspected jihadists killed three soldiers in an attack on an army post near Banikoara on \
Sunday, a security source said.
NIGERIA — Bandits seized 14 passengers from a bus near Birnin Gwari on Monday, police said.
"""


def test_a_digests_items_are_led_by_their_countries() -> None:
    found = extract_incidents(DIGEST, "2023-10-18")
    assert sorted(m["country_code"] for m in found) == ["BEN", "ECU", "IND", "NGA"]
    nga = next(m for m in found if m["country_code"] == "NGA")
    assert nga["sub_event_type"] == "abduction"


@pytest.mark.parametrize("text", [
    "Troops of the 20th Infantry Battalion encountered about 15 members of the communist "
    "terrorist group in the hinterlands of Las Navas, Northern Samar, on Saturday; two NPA "
    "rebels were killed.",
    "On Sunday, troops engaged in combat with members of the Carlos Patiño front in the rural "
    "area of Argelia, Cauca; two members of the armed group died.",
    "Troops on fighting patrol made contact with ISWAP terrorists near Rann on Thursday, "
    "neutralising five of them.",
])
def test_a_military_statements_firefights(text: str) -> None:
    (m,) = extract_incidents(text, "2025-03-04")
    assert m["sub_event_type"] == "armed_clash"


@pytest.mark.parametrize("text", [
    "Shares of a Bengaluru-based food delivery start-up exploded on their first day of trading.",
    "The closing night of the music festival in Lahore was a blast from start to finish.",
    "Addressing a rally in Meerut, a minister said the government had carried out an air strike "
    "on corruption.",
    "Twelve former rebels surrendered in Nabunturan, handing over 14 firearms including assault "
    "rifles and a grenade launcher.",
    "The legislator has been provided with an additional gunman as a precaution after threats.",
    "Commandos stormed the concourse of the Mumbai terminus as part of a planned anti-terror "
    "mock drill.",
    "Residents heard what sounded like gunshots. Police later clarified that the encounter was "
    "a pre-planned training exercise and that blank cartridges had been used.",
])
def test_markets_festivals_rallies_surrenders_and_drills_are_no_incidents(text: str) -> None:
    assert [m for m in extract_incidents(text, "2024-02-12")
            if m["mention_type"] == "current"] == []


@pytest.mark.parametrize(("text", "place"), [
    # a unit the gazetteer lacks, typed as one, is where it happened; a quarter of a city named
    # next, or a village's district, is not
    ("Gazipur: Miscreants hurled petrol bombs at a passenger bus on the highway in Kaliakair "
     "upazila on Sunday night, injuring the helper.", "Kaliakair"),
    ("Raipur: Security forces and Maoists exchanged fire in the forests near Kistaram in "
     "neighbouring Sukma district late on Wednesday, leaving one ultra dead.", "Kistaram"),
    ("A bomb exploded near al-Daght street in Ghazaliya district in western Baghdad, killing "
     "one person.", "Baghdad"),
    ("Gunmen raided Mangor community in Bokkos LGA (Plateau) at night, killing 12 residents.",
     "Mangor"),
])
def test_units_the_gazetteer_lacks(text: str, place: str) -> None:
    (m,) = extract_incidents(text, "2024-10-18")
    assert m["location"] == place


@pytest.mark.parametrize(("text", "kind"), [
    ("The Air Component of Operation Hadin Kai on Thursday conducted air interdiction missions "
     "against ISWAP fighters massing on the outskirts of Marte, Borno State, neutralising scores "
     "of terrorists.", "air_strike"),
    ("On Friday 1 August, FAMa aerial vectors spotted and neutralised a group of nine terrorists "
     "on motorcycles near Léré, in the Timbuktu region.", "air_strike"),
    ("Operation Hadin Kai troops on Saturday made contact with a group of Boko Haram terrorists "
     "near Ngoshe; three terrorists were neutralised in the firefight.", "armed_clash"),
    ("The bandits blocked a section of the road near Kajuru on Tuesday evening and forced the "
     "passengers of two commercial vehicles into the bush.", "abduction"),
])
def test_an_air_forces_missions_and_passengers_forced_into_the_bush(text: str, kind: str) -> None:
    (m,) = extract_incidents(text, "2025-08-02")
    assert m["sub_event_type"] == kind


def test_a_strike_reported_beside_interceptions_is_no_air_defence_report() -> None:
    text = ("Yesterday, Russian forces delivered a strike with an Iskander-M missile system on a "
            "temporary deployment point of an AFU brigade near Dobropillia. Up to 45 servicemen "
            "were eliminated. Air defence assets shot down eight HIMARS rockets and 97 unmanned "
            "aerial vehicles.")
    (m,) = extract_incidents(text, "2025-03-01")
    assert (m["sub_event_type"], m["location"]) == ("missile_rocket_attack", "Dobropillia")


def test_a_rows_type_actor_and_unknown_fields_are_no_places() -> None:
    (m,) = extract_incidents("2018-07-19 | Sopore, Baramulla district, Jammu and Kashmir, India "
                             "| Grenade | 0 | 7 | Unknown | A grenade thrown at a bunker exploded "
                             "on the road, wounding seven civilians.", "2018-08-01")
    assert (m["location"], m["fatalities"], m["injured"]) == ("Sopore", 0, 7)


def test_the_same_day_and_a_night_named_by_its_weekdays() -> None:
    text = ("BAMENDA - Two gendarmes were killed on Friday when separatists attacked a "
            "gendarmerie post in Ndop. On the same day, in Kumbo, armed men seized a council "
            "official from his home and took him to an unknown destination.")
    found = extract_incidents(text, "2024-05-06")
    assert {str(m["event_date"]) for m in found} == {"2024-05-03"}
    (m,) = extract_incidents("BENI - At least 18 civilians were killed overnight from Thursday "
                             "to Friday in an attack on the village of Mamove.", "2024-06-17")
    assert str(m["event_date"]) == "2024-06-13"


def test_a_headline_line_the_story_retells_is_not_another_incident() -> None:
    text = ("RSF drone strike kills 15 at Omdurman market\n\nOMDURMAN - At least 15 people were "
            "killed and 30 wounded when a drone launched by the Rapid Support Forces struck a "
            "crowded vegetable market in the Karari area of Omdurman on Monday.")
    (m,) = extract_incidents(text, "2025-02-12")
    assert (str(m["event_date"]), m["fatalities"], m["injured"]) == ("2025-02-10", 15, 30)


@pytest.mark.parametrize("text", [
    "\"We were shooting for a million users by December and we hit the target in August.\"",
    "One senator said the government had \"shot itself in the foot\" by defending him.",
    "Vietnam's manufacturing sector is firing on all cylinders, a survey showed on Monday.",
    "The K-pop group's latest album bombed on the domestic charts this week.",
    "The prime minister was ambushed in the House of Commons as opposition members fired a "
    "volley of questions about prices.",
    "Police seized a cache of weapons in Guayaquil; the operation was carried out without "
    "gunfire and no one was hurt.",
    "Aircraft dropped sorghum, pulses and vegetable oil over drop zones near Nasir.",
])
def test_idioms_of_shooting_bombing_and_ambushes(text: str) -> None:
    assert [m for m in extract_incidents(text, "2024-03-01")
            if m["mention_type"] == "current"] == []


@pytest.mark.parametrize(("text", "place"), [
    # a town in apposition to the unit it heads; a fair or a market of a town
    ("BAMENDA - Two gendarmes were killed on Friday when armed separatists attacked a "
     "gendarmerie post in Ndop, chief town of Ngoketunjia Division in the North West Region.",
     "Ndop"),
    ("SEGOU - Five civilians were killed on Wednesday when unidentified armed men attacked the "
     "weekly fair of Sokolo, in the circle of Niono, Segou region.", "Sokolo"),
])
def test_a_towns_apposition_and_its_fair(text: str, place: str) -> None:
    (m,) = extract_incidents(text, "2024-05-06")
    assert m["location"] == place


def test_a_second_bomber_minutes_later_is_another_act_the_same_day() -> None:
    text = ("A suicide bomber blew herself up at the entrance of the fish market in Dikwa on "
            "Saturday, killing four traders. Minutes later a second bomber detonated her device "
            "among people who had rushed to help at the market in Dikwa, killing five more.")
    found = extract_incidents(text, "2025-03-23")
    assert [(str(m["event_date"]), m["fatalities"]) for m in found] == [
        ("2025-03-22", 4), ("2025-03-22", 5)]


@pytest.mark.parametrize(("text", "place"), [
    ("KANDAHAR: An Afghan border guard was killed when Pakistani forces and Islamic Emirate "
     "border troops exchanged fire near the Spin Boldak crossing on Monday.", "Spin Boldak"),
    ("DERA GHAZI KHAN: The CTD said it killed three terrorists in an exchange of fire near Fort "
     "Munro in the tribal area of Dera Ghazi Khan on Tuesday.", "Fort Munro"),
])
def test_a_crossing_and_a_place_in_a_tribal_area(text: str, place: str) -> None:
    (m,) = extract_incidents(text, "2024-10-10")
    assert m["location"] == place


@pytest.mark.parametrize(("text", "kind"), [
    ("Nagpur: C-60 commandos of Gadchiroli Police gunned down four Naxals in an encounter in the "
     "forests near Bhamragad in the wee hours of Tuesday, police said.", "armed_clash"),
    ("A journalist was gunned down outside his home in Karachi on Monday night.",
     "armed_assault"),
])
def test_gunned_down_and_an_encounter(text: str, kind: str) -> None:
    (m,) = extract_incidents(text, "2024-10-10")
    assert m["sub_event_type"] == kind


def test_a_review_tells_a_plot_not_an_incident() -> None:
    review = ("The studio's new cowboy shooter starts slowly, but the villain's gang ambushes "
              "the stagecoach by act two and a gunfight in the canyon is superb. Gameplay is "
              "tight. Score: 9/10.")
    assert extract_incidents(review, "2024-05-02") == []
    # harm told at a named place is an incident even where a film is screened
    news = ("Gunmen attacked a cinema screening a new western in Kaduna on Friday, killing three "
            "people, the director of the film festival said. Critics had praised the villain.")
    found = extract_incidents(news, "2024-05-04")
    assert [(m["location"], m["fatalities"]) for m in found] == [("Kaduna", 3)]


def test_a_governors_post_lists_each_settlement_hit() -> None:
    post = ("Bryansk region governor: over the past day the enemy attacked border villages.\n"
            "In Klintsy a drone hit a garage; a 40-year-old man was wounded.\n"
            "The village of Suzemka was shelled with artillery; a barn burned down.\n"
            "In Pogar an FPV drone struck a tractor; the driver was killed.")
    found = extract_incidents(post, "2025-03-02")
    assert [(m["location"], m["sub_event_type"]) for m in found] == [
        ("Klintsy", "drone_strike"), ("Suzemka", "shelling_artillery"), ("Pogar", "drone_strike")]


def test_a_briefs_lines_under_one_label_on_different_days() -> None:
    brief = ("Security brief, 9 March.\n"
             "Borno: late on 7 March insurgents attacked an army post in Monguno; five soldiers "
             "were killed.\n"
             "Borno: on the morning of 8 March gunmen abducted four farmers near Konduga.")
    found = extract_incidents(brief, "2023-03-09")
    assert [(m["location"], str(m["event_date"]), m["sub_event_type"]) for m in found] == [
        ("Monguno", "2023-03-07", "armed_assault"), ("Konduga", "2023-03-08", "abduction")]


def test_a_wire_items_dateline_another_act_and_its_attackers() -> None:
    note = ("GOMA, Democratic Republic of Congo, 9 May (Agency) — Rebels killed at least 12 "
            "villagers on Tuesday night near Rutshuru. Also on Tuesday, a bomb hit a market in "
            "Goma, killing two people.")
    found = extract_incidents(note, "2024-05-09")
    assert [(m["location"], str(m["event_date"]), m["fatalities"]) for m in found] == [
        ("Rutshuru", "2024-05-07", 12), ("Goma", "2024-05-07", 2)]
    raid = ("Militants stormed a checkpoint near Tank on Monday, killing four policemen. All "
            "five attackers, including a suicide bomber, were killed.")
    assert [m["fatalities"] for m in extract_incidents(raid, "2024-05-07")] == [9]


def test_a_database_summary_of_a_past_conflict() -> None:
    note = ("08/02/1979: Assailants detonated a landmine beneath an army patrol vehicle near "
            "Crossmaglen, County Armagh, Northern Ireland. One soldier was killed. Tension has "
            "remained high since 27 August 1978, when a bomb killed eighteen soldiers near "
            "Warrenpoint.")
    found = extract_incidents(note, "1979-08-05")
    assert [(m["mention_type"], m["location"], m["fatalities"]) for m in found] == [
        ("current", "Crossmaglen", 1), ("background", "Warrenpoint", 18)]


def test_a_weapons_nationality_is_not_where() -> None:
    text = "A Russian missile hit a bus stop on Monday, killing four people."
    assert extract_incidents(text, "2024-06-04")[0]["country_code"] is None


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a date-time group, indirect fire, a base named by its kind, "No cas"
    ("061430ZMAR12 – Paktia prov – FOB Lightning received IDF: 2x 107mm rockets impacted "
     "inside perimeter nr DFAC. No cas.", "2012-03-07",
     ("2012-03-06", "missile_rocket_attack", "FOB Lightning", 0, 0)),
    # the "x" of a count, small-arms fire, "vic" a village
    ("12 Jun 16 – Kunar – Est. 10x INS initiated SAF on ANP CP vic Asmar. 2x ANP KIA, 3x WIA.",
     "2016-06-12", ("2016-06-12", "armed_assault", "Asmar", 2, 3)),
    # a suicide vehicle bomb; the place is measured from a village the gazetteer lacks
    ("050700ZMAY21 – Lower Shabelle – SVBIED detonated at SNA CP 5 km N of Wanlaweyn. 6x KIA "
     "incl. driver, 9x WIA.", "2021-05-05",
     ("2021-05-05", "suicide_bombing", "Wanlaweyn", 6, 9)),
])
def test_a_military_log(text: str, published: str, expected: tuple) -> None:
    m = extract_incidents(text, published)[0]
    assert (str(m["event_date"]), m["sub_event_type"], m["location"], m["fatalities"],
            m["injured"]) == expected


@pytest.mark.parametrize("text", [
    "2130 reports of heavy gunfire in Crater district passed to ops. Confirmed 2205: celebratory "
    "fire at a wedding. No cas.",
    "A message spread this evening that a car bomb was found near a market. Police said it is "
    "false news, no car bomb, and asked people not to share rumours.",
    "EOD on scene 1115, suspected IED rendered safe by manual disarm, NO DETONATION. No cas.",
    "A commuter bus hit a stationary trailer near Ogere early today, killing 4 persons.",
])
def test_noise_explained_rumours_denied_and_accidents(text: str) -> None:
    assert [m for m in extract_incidents(text, "2024-06-02")
            if m["mention_type"] == "current"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a stringer's hurried note: "tdy", "last nite", "ppl", lowercase places
    ("gunmen attacked a bus nr Mubi tdy around 1400hrs, at least 4 ppl killed per local "
     "vigilante.", ("2024-06-02", "Mubi", 4)),
    ("air strike hit a market in Gao late last nite, 6 ppl dead incl the owner, 9 injured.",
     ("2024-06-01", "Gao", 6)),
    ("400 Mawozo men attacked homes in Croix des Bouquets sunday nite, 5 ppl shot dead.",
     ("2024-06-02", "Croix des Bouquets", 5)),
])
def test_a_stringers_note(text: str, expected: tuple) -> None:
    m = extract_incidents(text, "2024-06-02")[0]
    assert (str(m["event_date"]), m["location"], m["fatalities"]) == expected


def test_a_rumour_reported_false() -> None:
    text = ("reports on social media of a car bomb in Tikrit tdy are false, police say nothing "
            "happened, town calm.")
    assert extract_incidents(text, "2024-06-02") == []


def test_an_anniversary_and_the_days_own_attack() -> None:
    text = ("Residents laid flowers at Kramatorsk station on Saturday, a year after a missile "
            "struck the crowded platforms. The strike on 8 April 2022 killed 61 people. Hours "
            "before the commemoration, drones hit a street in Kramatorsk on Friday night, "
            "wounding two people.")
    found = [(m["mention_type"], str(m["event_date"]), m["fatalities"], m["injured"])
             for m in extract_incidents(text, "2023-04-08")]
    assert ("current", "2023-04-07", None, 2) in found
    assert not any(t == "current" and d == "2023-04-08" for t, d, _f, _i in found)


def test_a_verdict_recalls_the_attack_its_defendants_helped() -> None:
    text = ("A magistrate on Wednesday found two men guilty of helping the gunmen who stormed "
            "the Westgate mall in Nairobi on 21 September 2013. The attackers held the centre "
            "for four days, and 67 people were killed.")
    found = extract_incidents(text, "2020-10-07")
    assert found and all(m["mention_type"] == "background" for m in found)


def test_a_verdict_recounts_the_attack_it_judged() -> None:
    text = ("A federal jury in Pittsburgh on Wednesday recommended the death penalty for the "
            "gunman who shot dead 11 worshippers at a synagogue in October 2018. Seven other "
            "people were wounded in the attack, including four police officers.")
    found = extract_incidents(text, "2023-08-03")
    assert found and all(m["mention_type"] == "background" for m in found)


@pytest.mark.parametrize("text", [
    # reviews of a film, a novel, a stand-up show and a concert
    'REVIEW: "Night Over Tangier" (dir. Ana Ruiz), 104 min. The thriller opens with a car bomb '
    "in the medina; the set pieces are slick but the script is thin. Two stars.",
    "Her debut novel follows a nurse in Kandahar. The book's central set piece, an ambush "
    "that kills the narrator's cousin, is written with great restraint.",
    "The comedian admitted he bombed at his first open mic. Tonight a callback landed like a "
    "grenade. Four stars.",
    "The band played a sold-out hall; the vocals were buried, but the encore hit like a "
    "shockwave and the explosions of guitar noise went on for ten minutes.",
    # noises explained, a blast explained by nature
    "Caller reported several gunshots near the school. Officers determined the sounds were "
    "fireworks set off by teenagers.",
    "On 30 June 1908 a huge explosion flattened a forest in Siberia. Scientists now think the "
    "blast was caused by a space rock that burst in the air.",
])
def test_round_34_texts_without_an_incident(text: str) -> None:
    assert extract_incidents(text, "2024-06-30") == []


def test_a_daily_security_digest() -> None:
    """A digest titled by its country lists items under region headings, each led by its
    place; its header's alerts and trends and a denied rumour are no incidents."""
    text = ("SOMALIA – DAILY SITREP – TUE 14 MAY 2024\n"
            "Air raid alerts remain in force. Sharp escalation in attacks on SNA convoys.\n\n"
            "HIIRAAN:\n"
            "- Mahas district: Overnight 13–14 May, AS fighters attacked SNA positions on the "
            "outskirts of Mahas town; 3x SNA killed.\n\n"
            "BANADIR:\n"
            "- Kaaraan: Yesterday at 1400hrs gunmen shot dead 2x civ near the livestock market.\n"
            "- Yaqshid: Social media reports of an explosion near a mosque were denied by the "
            "police spokesperson; no incident took place.")
    found = extract_incidents(text, "2024-05-14")
    assert [(m["country_code"], m["location"], m["fatalities"]) for m in found] == [
        ("SOM", "Mahas", 3), ("SOM", "Kaaraan", 2)]


def test_a_digests_items_dated_from_the_item_before() -> None:
    """"Minutes later", "later the same evening", "at the same time" after an item's place
    label date the item by the one before, not by the digest's own day."""
    text = ("NE NIGERIA – DAILY SECURITY DIGEST – MON 17 JUN 2024\n\n"
            "BORNO STATE:\n"
            "- Konduga town: Yesterday (Sun 16 Jun) at approx. 1000hrs a suicide bomber "
            "detonated at the cattle market; 5x killed, 9x injured.\n"
            "- Konduga town: Minutes later, a second bomber detonated near the clinic; 2x "
            "killed, 4x injured.\n"
            "- Dikwa: Later the same evening, NSAG fighters fired mortars at the army base; "
            "1x soldier injured.")
    found = extract_incidents(text, "2024-06-17")
    assert [(m["event_date"], m["fatalities"], m["injured"]) for m in found] == [
        (dt.date(2024, 6, 16), 5, 9), (dt.date(2024, 6, 16), 2, 4),
        (dt.date(2024, 6, 16), None, 1)]


def test_the_act_a_records_act_answers_is_background() -> None:
    text = ("On 8 March 2024, army gunboats shelled Kyauk Ni Maw village (Ramree township, "
            "Rakhine state), killing two civilians. The shelling reportedly came in response to "
            "the AA overrunning the police outpost in the village on 5 March, an attack in which "
            "12 police were allegedly killed. fatalities: 2")
    found = extract_incidents(text, "2024-03-11")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(2024, 3, 8)), ("background", dt.date(2024, 3, 5))]


def test_a_digests_assessment_recalls_earlier_acts() -> None:
    text = ("UKRAINE – DAILY DIGEST – SUN 26 MAY 2024\n\n"
            "- Kharkiv city: At approx. 1600hrs yesterday two guided bombs struck a hypermarket; "
            "12x killed, 43x injured.\n\n"
            "Assessment: The strike is the deadliest in Kharkiv this year. On Thursday (23 May) "
            "missiles hit a printing house in the city, killing 7x workers.")
    found = extract_incidents(text, "2024-05-26")
    assert [(m["mention_type"], m["event_date"], m["fatalities"]) for m in found] == [
        ("current", dt.date(2024, 5, 25), 12), ("background", dt.date(2024, 5, 23), 7)]


@pytest.mark.parametrize("text", [
    "Residents panicked after what sounded like gunshots on Allen Avenue. Police who rushed "
    "there found a film crew shooting an action scene for a television series.",
    "A mock drill simulating a bomb blast was held at the central station. As part of the "
    "drill, an 'explosion' was staged on platform 2 and 'injured' passengers were carried out.",
    "Shooting of a road-safety documentary began on Monday; the chief switched on the camera. "
    "The film, scripted by traffic officers, will be screened in schools.",
])
def test_round_35_texts_without_an_incident(text: str) -> None:
    assert extract_incidents(text, "2024-06-30") == []


@pytest.mark.parametrize(("text", "published", "day"), [
    # a record's date field after its story, and a header line of its day alone
    ("Parked car bomb, Baghdad al-Jadida, east Baghdad. At least 12 dead and more than 30 hurt. "
     "Officials blamed al-Qaeda in Iraq. (date: 2006-10-17)", "2006-10-20", dt.date(2006, 10, 17)),
    ("Pazigyi village, Kanbalu township, Sagaing Region, Myanmar. 11/04/2023, around 08:00. A "
     "military jet bombed a crowd; more than 100 were killed.", "2023-04-20", dt.date(2023, 4, 11)),
])
def test_a_records_date_field_and_date_line(text: str, published: str, day: dt.date) -> None:
    assert extract_incidents(text, published)[0]["event_date"] == day


@pytest.mark.parametrize(("text", "fatalities"), [
    # a coder's terse record opening with the device and where it was, or what it wrecked
    ("IED under a police Land Cruiser on the Mandera-Elwak road near Arabia, Mandera County, "
     "Kenya. 3 officers k., 2 w. (date: 2021-06-16)", 3),
    ("Porto-Vecchio, Corse-du-Sud, FRANCE. Explosive charges wrecked two holiday villas; night "
     "of 12/13 Oct 2012. No casualties.", 0),
])
def test_a_terse_records_device_and_what_it_wrecked(text: str, fatalities: int) -> None:
    found = extract_incidents(text, "2021-06-19")
    assert len(found) == 1 and found[0]["fatalities"] == fatalities


def test_a_news_reports_context_recalls_earlier_acts() -> None:
    text = ("Gunmen kill eight in Benue community\n"
            "MAKURDI — Eight people have been killed after suspected armed herders attacked "
            "Tse-Akaa village in Guma Local Government Area on Monday.\n"
            "The incident comes barely six weeks after gunmen attacked mourners at Umogidi "
            "community in Otukpo LGA, killing at least 38 people. Last Thursday, suspected "
            "herders killed two farmers at Yelwata, also in Guma LGA.")
    found = extract_incidents(text, "2023-05-24")
    assert [(m["mention_type"], m["fatalities"]) for m in found
            if m["mention_type"] == "current"] == [("current", 8)]
    assert len(found) > 1  # (the recalled acts are kept, as background)


def test_last_month_and_last_week_open_recalled_acts() -> None:
    text = ("Gunmen kill seven at bar in Celaya\n"
            "CELAYA — Seven people were killed when armed men opened fire in a bar on Sunday.\n"
            "Last month, gunmen killed four people at a car wash in Salamanca. Last week, a "
            "drone dropped explosives on a police post in Apaseo el Grande, injuring two.")
    found = extract_incidents(text, "2025-06-10")
    assert [(m["mention_type"], m["fatalities"]) for m in found
            if m["mention_type"] == "current"] == [("current", 7)]


def test_a_digests_undated_bullet_takes_the_day_before_it() -> None:
    text = ("NORTH KIVU – SECURITY DIGEST – SUN 18 FEB 2024\n\n"
            "- Sake: Heavy fighting resumed at 0500hrs yesterday between FARDC and M23; 3x "
            "soldiers killed.\n"
            "- Sake town: Several shells fired from M23 positions fell in the town centre in the "
            "late morning; 2x civ killed, 6x injured.")
    found = extract_incidents(text, "2024-02-18")
    assert [m["event_date"] for m in found] == [dt.date(2024, 2, 17)] * 2


@pytest.mark.parametrize(("text", "place"), [
    # an event note that opens with its place alone, in brackets its units
    ("Celaya (Guanajuato). Armed men opened fire inside a bar late Saturday: 5 killed, 2 "
     "wounded.", "Celaya"),
    ("Nyala (South Darfur). Warplanes bombed the area around the livestock market on 6 Nov "
     "2023. At least 12 civilians killed.", "Nyala"),
])
def test_a_note_opening_with_its_place_alone(text: str, place: str) -> None:
    assert extract_incidents(text, "2023-11-08")[0]["location"] == place


def test_a_note_coding_several_events_dates_its_items() -> None:
    text = ("2 events, 14 Sep 2022. (1) Government troops fought Al-Shabaab near Mahaday (Jowhar "
            "district, Middle Shabelle); 20 fighters killed. (2) An air strike near Jilib (Middle "
            "Juba) killed 2 fighters.")
    found = extract_incidents(text, "2022-09-17")
    assert [m["event_date"] for m in found] == [dt.date(2022, 9, 14)] * 2


def test_strikes_that_came_days_after_an_attack() -> None:
    text = ("KABUL — Eight people were killed when aircraft bombed houses in the Barmal district "
            "of Paktika province early on Monday.\nThe strikes came two days after a suicide "
            "bomber rammed a vehicle into a military post in Mir Ali, killing seven soldiers.")
    found = extract_incidents(text, "2024-03-19")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(2024, 3, 18)), ("background", dt.date(2024, 3, 16))]


def test_nobody_killed_in_the_act_just_recalled() -> None:
    text = ("QUETTA: Six people were killed when a roadside bomb struck a Levies vehicle in Mach "
            "on Tuesday.\nThe district has seen several attacks. In August a bomb planted on the "
            "railway track near Mach damaged a passenger train, injuring two passengers. Nobody "
            "was killed in the train attack.")
    found = extract_incidents(text, "2023-10-18")
    assert [(m["mention_type"], m["fatalities"]) for m in found] == [
        ("current", 6), ("background", 0)]


def test_a_local_papers_dateline_day_is_its_today() -> None:
    text = ("Labourer killed in Tral\nSRINAGAR, Nov 20: Terrorists today shot dead a labourer in "
            "Tral. Meanwhile, terrorists lobbed a grenade towards a CRPF bunker at Main Chowk "
            "Sopore late this evening; it exploded on the road and no one was hurt.")
    found = extract_incidents(text, "2024-11-21")
    assert {m["event_date"] for m in found} == {dt.date(2024, 11, 20)}


def test_a_notes_day_entries_after_a_full_stop_are_separate() -> None:
    text = ("N. Shan, 2 events. 2 July: TNLA fighters clashed with the Myanmar military on the "
            "outskirts of Nawnghkio town; no casualty figures. 3 July: Myanmar military artillery "
            "shells fell on a ward of Kyaukme town, killing a woman and wounding 2 others.")
    found = extract_incidents(text, "2024-07-05")
    assert [(m["event_date"], m["fatalities"]) for m in found] == [
        (dt.date(2024, 7, 2), None), (dt.date(2024, 7, 3), 1)]


def test_a_records_occasion_rehearsal_overnight_and_dated_attribution() -> None:
    # an anniversary marked by those hit times the act; people rehearsing are its targets; a
    # record's night is its own date; "the 9 May attack" blamed after a recalled act is the
    # record's
    found = extract_incidents(
        "11/12/2021: Mindat township, Chin State, Myanmar. Jets bombed a festival held to mark "
        "the 50th anniversary of the village school, killing 14 people.", "2021-11-15")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(2021, 11, 12))]
    found = extract_incidents(
        "08/03/2015: Kabul, Afghanistan. A suicide bomber detonated his vest among police "
        "cadets rehearsing for a graduation ceremony. Twenty cadets were killed.", "2015-08-05")
    assert found[0]["sub_event_type"] == "suicide_bombing"
    found = extract_incidents(
        "05/09/2016: Silvan district, Diyarbakir province, Turkey. Militants attacked a "
        "gendarmerie post overnight with rifles; two gendarmes were killed. A similar raid in the "
        "district on 04/02/2016 had killed a soldier. The governor attributed the 9 May attack "
        "to the PKK.",
        "2016-05-11")
    assert [(m["mention_type"], m["event_date"], m["perpetrator"]) for m in found] == [
        ("current", dt.date(2016, 5, 9), "PKK"), ("background", dt.date(2016, 4, 2), None)]


def test_an_undated_act_timed_for_an_anniversary_is_current() -> None:
    # the occasion an act was timed for, told after it in a sentence with no day of its own;
    # a sentence that dates its act keeps the age its day gives
    found = extract_incidents(
        "Three policemen and a minor were wounded in a series of attacks carried out by the "
        "rebels in Ocaña in commemoration of their 50th anniversary.", "2017-12-17")
    assert [(m["mention_type"], m["event_date"], m["injured"]) for m in found] == [
        ("current", dt.date(2017, 12, 17), 4)]
    found = extract_incidents(
        "Funerals were held in Kerman on Monday for the last victims. The blasts on 3 January "
        "tore through crowds marking the anniversary of his death, killing 95 people.",
        "2024-01-08")
    assert ("current", dt.date(2024, 1, 3)) not in [
        (m["mention_type"], m["event_date"]) for m in found]


def test_a_notes_paragraph_led_by_its_day_with_another_weapon_is_another_item() -> None:
    text = ("IRAQ – BAGHDAD – RUSAFA\n22 Jan 2021\n\nAt approx. 1030hrs 21/01, two suicide "
            "bombers detonated SVESTs at the used-clothing market in Tayaran Square. MoH: 32 "
            "civilians KIA and 110 WIA, in addition to the two bombers.\n\nLast night 2 x 107mm "
            "rockets impacted inside the perimeter of Baghdad International Airport (BIAP). No "
            "casualties. No claim.")
    found = extract_incidents(text, "2021-01-22")
    assert [(m["event_date"], m["weapon"], m["fatalities"]) for m in found] == [
        (dt.date(2021, 1, 21), "suicide_vest", 34), (dt.date(2021, 1, 21), "rocket", 0)]
    text = ("AFGHANISTAN – EAST – NANGARHAR\n14/08/2019 | INCIDENT SUMMARY\n\nOvernight 13/14 "
            "Aug, AOG elements attacked an ANP checkpost with SAF. 3 x ANP KIA, 2 x ANP WIA.\n\n"
            "At 0830hrs on 14 Aug, an RCIED targeted an ANA vehicle on the Jalalabad–Torkham "
            "highway. Vehicle damaged; no casualties reported.")
    found = extract_incidents(text, "2019-08-14")
    assert [(m["weapon"], m["fatalities"]) for m in found] == [("firearm", 3), ("ied", 0)]


def test_a_revised_toll_dated_by_the_act_it_names() -> None:
    text = ("Toll from the 15/03 attack on civilians returning from the Banibangou weekly market "
            "revised: GoN now reports 58 civilians KIA (previous note: 33 KIA).")
    found = extract_incidents(text, "2021-03-17")
    assert [(m["event_date"], m["fatalities"]) for m in found] == [(dt.date(2021, 3, 15), 58)]


def test_a_crowd_reports_title_is_retold_by_its_description() -> None:
    text = ("Report #640\nTitle: IDP site at mission Alindao attacked\nCategory: Violence\n"
            "Date: 16/11/2018 08:45\nDescription: UPC fighters attacked the IDP site at the "
            "catholic mission in Alindao yesterday, burnt the shelters and shooting ppl. we "
            "count 37 bodies so far incl 2 priests. survivors at the MINUSCA base")
    found = extract_incidents(text, "2018-11-16")
    assert [(m["event_date"], m["fatalities"]) for m in found] == [(dt.date(2018, 11, 15), 37)]


def test_a_note_headed_by_its_country_in_capitals_keeps_its_items_at_home() -> None:
    # a district at home the city list lacks (Palma), a namesake region abroad (Dar es Salaam),
    # and the note's own day on a line of its own: its items of the days before are news
    text = ("MOZAMBIQUE – CABO DELGADO – PALMA DISTRICT\n29/03/2021\n\nSince Wed 24/03 "
            "~1600, NSAG fighters have attacked Palma town from three directions; FDS positions "
            "largely overrun.")
    found = extract_incidents(text, "2021-03-29")
    assert [(m["mention_type"], m["event_date"], m["country_code"], m["location"])
            for m in found] == [("current", dt.date(2021, 3, 24), "MOZ", "Palma")]
    text = ("SUDAN / KHARTOUM STATE / OMDURMAN\n09/07/2023\n\n08/07 early morning: SAF air "
            "strike on the Dar es Salaam neighbourhood, Ombada (western Omdurman). MoH: 22 civ "
            "KIA, multiple WIA.")
    found = extract_incidents(text, "2023-07-09")
    assert [(m["country_code"], m["location"]) for m in found] == [("SDN", "Omdurman")]
    text = ("TCHAD – LAC – BARKARAM\n28/10/2024\n\nSunday evening, Boko Haram fighters "
            "attacked the army base on Barkaram island, Lake Chad; about forty soldiers killed.")
    assert [m["country_code"] for m in extract_incidents(text, "2024-10-28")] == ["TCD"]


def test_a_reports_stated_period_makes_an_older_act_recalled() -> None:
    text = ("YEMEN – MA'RIB\nReporting period: 06–07 Mar 21\n\n06 Mar 21, ~2130: ballistic "
            "missile launched by AAG (Houthis) impacted a residential neighbourhood of Marib "
            "city. 2 x civ KIA, 5 x civ WIA.\n\nThe strike on Marib city follows the 30/12/20 "
            "missile attack on Aden airport, which killed at least 25.")
    found = extract_incidents(text, "2021-03-08")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(2021, 3, 6)), ("background", dt.date(2020, 12, 30))]


def test_a_notes_item_abroad_by_its_country_code_and_its_day_by_the_item_before() -> None:
    # "(ISR)" after a place is its country; "Grad" rockets are no town in Slovenia;
    # "subsequently" is the day of the item before
    text = ("LEBANON – NABATIEH GOVERNORATE – MARJAYOUN\n06-11-2023 / DAILY\n\n05/11 ~1700: "
            "IDF drone strike hit a civilian vehicle on the road between Ainata and Aitaroun. "
            "4 KIA, 1 WIA.\n\nHezbollah subsequently claimed Grad rocket fire on Kiryat "
            "Shmona (ISR); no casualties reported.")
    found = extract_incidents(text, "2023-11-06")
    assert [(m["event_date"], m["country_code"], m["location"]) for m in found] == [
        (dt.date(2023, 11, 5), "LBN", "Ainata"),
        (dt.date(2023, 11, 5), "ISR", "Kiryat Shmona")]
    # (an organisation's initials in brackets are no country's code)
    found = extract_incidents("Two gunmen shot dead a rubber tapper in Bannang Sata district, "
                              "Yala. Police suspect the Barisan Revolusi Nasional (BRN).",
                              "2021-10-27")
    assert [m["country_code"] for m in found] == ["THA"]


def test_the_day_an_act_became_known_was_found_out_or_ended_is_not_another_act() -> None:
    found = extract_incidents(
        "On 7 April 2020, militants killed 52 young men in Xitaxi (Muidumbe, Cabo Delgado). News "
        "of the massacre only emerged on 21 April, when a police spokesman confirmed it.",
        "2020-04-24")
    assert [m["event_date"] for m in found] == [dt.date(2020, 4, 7)]
    found = extract_incidents(
        "07/17/2014: Flight 17 was struck by a surface-to-air missile and crashed near Hrabove, "
        "Donetsk oblast, Ukraine. All 298 people on board were killed. On 09/28/2016, the Joint "
        "Investigation Team concluded that the aircraft was hit by a Buk missile.", "2016-10-03")
    assert [m["event_date"] for m in found] == [dt.date(2014, 7, 17)]
    found = extract_incidents(
        "On 11 March 2025, BLA militants blew up a section of track and hijacked the Jaffar "
        "Express near Mashkaf (Kachhi, Balochistan). The security operation ended on the "
        "evening of 12 March; 33 attackers and 26 hostages died.", "2025-03-14")
    assert [(m["event_date"], m["fatalities"]) for m in found] == [(dt.date(2025, 3, 11), 59)]


def test_an_act_told_in_the_pluperfect_after_a_colon_is_recalled() -> None:
    text = ("2020-10-17, Ganja, Azerbaijan. A ballistic missile hit a residential block in "
            "Ganja at about 01:00 local time. 13 civilians were killed and more than 50 injured. "
            "It was the second deadly strike on Ganja in a week: on 11 October a missile attack "
            "had killed 10 civilians.")
    found = extract_incidents(text, "2020-10-22")
    assert [(m["mention_type"], m["event_date"], m["fatalities"]) for m in found] == [
        ("current", dt.date(2020, 10, 17), 13), ("background", dt.date(2020, 10, 11), 10)]


def test_a_watchdogs_release_dated_by_its_dateline_and_its_lead() -> None:
    # "Washington, D.C., August 24, 2024—": the release's day, not the act's
    found = extract_incidents(
        "Washington, D.C., August 24, 2024—Two journalists were killed and four colleagues "
        "injured yesterday afternoon when a drone struck their vehicle near Sayid Sadiq, in "
        "Sulaymaniyah governorate.", "2024-08-24")
    assert [m["event_date"] for m in found] == [dt.date(2024, 8, 23)]
    # the lead condemns the attack on its day; the body tells it, inside a campaign begun
    # earlier in the month
    text = ("#Alert | Drone attack in El Plateado wounds TV camera operator covering an "
            "operation\n\nBogotá, 22 de octubre de 2024. The Foundation condemns the attack "
            "suffered by a press team in the village of El Plateado, municipality of Argelia "
            "(Cauca), on Saturday, 19 October.\n\nThe team was filming "
            "the arrival of troops, as part of the military operation launched earlier this "
            "month, when a drone dropped an explosive charge a few metres from where they were "
            "standing. A soldier died and two other soldiers were wounded.")
    found = extract_incidents(text, "2024-10-22")
    assert [(m["event_date"], m["sub_event_type"], m["location"]) for m in found] == [
        (dt.date(2024, 10, 19), "drone_strike", "Argelia")]


def test_a_notes_indirect_fire_told_by_its_impacts() -> None:
    found = extract_incidents("Yesterday ~15:00 MSK: multiple impacts in central Belgorod, "
                              "incl. near the ice rink. Regional authorities: 24 KIA, 108 WIA.",
                              "2023-12-31")
    assert [(m["sub_event_type"], m["fatalities"]) for m in found] == [
        ("shelling_artillery", 24)]
    found = extract_incidents("Several heavy-calibre rounds impacted IDP sites at Mugunga, west "
                              "of Goma. 35 KIA, 37 WIA.", "2024-05-05")
    assert [m["sub_event_type"] for m in found] == ["shelling_artillery"]
    # (an economic impact is none)
    assert extract_incidents("The impacts on farmers in central Belgorod were severe.",
                             "2023-12-31") == []


def test_an_acled_line_placed_by_its_hierarchy_not_by_the_forces_it_names() -> None:
    text = ("14 August 2024 - Explosions/Remote violence: Air/drone strike - Military Forces of "
            "Israel (2022-) v. Hezbollah - Nabatiyeh / Bint Jbeil / Aitaroun - On 14 August "
            "2024, Israeli forces struck a motorcycle with a drone at the edge of Aitaroun, "
            "killing a Hezbollah member. Fatalities: 1.\n14 August 2024 - Explosions/Remote "
            "violence: Shelling/artillery/missile attack - Military Forces of Israel (2022-) - "
            "Nabatiyeh / Marjayoun / Khiam - On 14 August 2024, Israeli forces fired artillery "
            "shells at the outskirts of Khiam. The source did not report casualties.")
    found = extract_incidents(text, "2024-08-20")
    assert [(m["country_code"], m["location"]) for m in found] == [
        ("LBN", "Aitaroun"), ("LBN", "Khiam")]


def test_a_roll_ups_items_led_by_iso_codes_and_compact_days() -> None:
    text = ("NE NIGERIA – INCIDENT ROLL-UP 13–14 JUN 2020\nSafety Unit, Maiduguri\n\n"
            "NGA/BOR/NGANZAI – 13JUN afternoon: ISWAP fighters attacked Goni Usmanti village, "
            "killing approx. 40 civilians.\n\nCMR/EXTREME-NORD (x-border) – overnight 13-14JUN: "
            "Boko Haram raid on Tourou (Mayo-Tsanaga); 6 abducted incl. 4 children.")
    found = extract_incidents(text, "2020-06-15")
    assert [(m["event_date"], m["country_code"]) for m in found] == [
        (dt.date(2020, 6, 13), "NGA"), (dt.date(2020, 6, 14), "CMR")]
    # a capital standing for its government places nothing; "10/11 Oct" is no 10 November
    text = ("SOUTH CAUCASUS – DAILY 12/10/20\n\nAZE – GANJA: night of 10/11 Oct ~02:00 a "
            "missile struck a residential block in the city; ten killed, 40+ injured. Baku "
            "blames Armenian forces; Yerevan denies targeting civilians.")
    found = extract_incidents(text, "2020-10-12")
    assert [(m["event_date"], m["country_code"]) for m in found] == [
        (dt.date(2020, 10, 11), "AZE")]
    # a neighbour's item, its code bracketed; a heading's code before a bar
    text = ("SOMALIA – DAILY SECURITY BRIEF – 21 AUG 22\n\nHIIRAAN – MAHAS: 20/08 early am, AS "
            "attacked militia positions; 4 militia killed.\nKEN (x-border) – MANDERA: 18/08 IED "
            "detonated near a police vehicle outside Elwak; no casualties.")
    assert [m["country_code"] for m in extract_incidents(text, "2022-08-21")] == ["SOM", "KEN"]
    text = ("LBN | DAILY SITREP | 21SEP24 | 0800\n\nSOUTH / NABATIEH GOV: overnight 20-21/09 "
            "intermittent Israeli shelling of the outskirts of Khiam; no casualty info.\nISR "
            "(x-border): 20/09 Hezbollah rocket barrages at IDF positions around Safed and "
            "Meron. No casualties reported.")
    assert [(m["country_code"], m["weapon"]) for m in extract_incidents(text, "2024-09-21")
            ] == [("LBN", "artillery"), ("ISR", "rocket")]
    # a note headed by an ISO code keeps its capitals' namesakes at home
    text = ("LBN – TRIPOLI (NORTH) – FLASH – 23/08/2013 – 1700L\n\n~13:30 two car bombs exploded "
            "outside two mosques in Tripoli as Friday prayers were ending: 42 killed.")
    assert [m["country_code"] for m in extract_incidents(text, "2013-08-23")] == ["LBN"]


def test_education_monitors_sheets_and_claims() -> None:
    # a French incident sheet's labels; teachers taken by armed men; a claim on Monday for
    # Thursday's bombing; "the Valley" is no town in the United States
    text = ("MALI – Fiche incident – Education – Tombouctou\n\nDate/heure: 03/10/2023, approx. "
            "10h30\nLieu: Timbuktu town, Tombouctou region\nDescription: Several mortar rounds "
            "fired by JNIM fighters fell on a school while classes were in session. Bilan: 1 pupil "
            "killed, 4 pupils injured.")
    found = extract_incidents(text, "2023-10-05")
    assert [(m["event_date"], m["fatalities"], m["injured"]) for m in found] == [
        (dt.date(2023, 10, 3), 1, 4)]
    found = extract_incidents("On Monday 19 November 2012, armed al-Shabaab fighters entered a "
                              "Quranic and primary school in Jilib, Middle Juba region, during "
                              "morning lessons and took away 12 boys.", "2012-11-23")
    assert [(m["sub_event_type"], m["event_date"]) for m in found] == [
        ("abduction", dt.date(2012, 11, 19))]
    found = extract_incidents("Date of incident: 14/01/2020\nLocation: Boni, Douentza cercle, "
                              "Mopti region\nDescription: Two teachers were taken from their "
                              "lodging by armed men.", "2020-01-20")
    assert [(m["sub_event_type"], m["event_date"]) for m in found] == [
        ("abduction", dt.date(2020, 1, 14))]
    found = extract_incidents("BOGOTÁ – The ELN on Monday claimed responsibility for Thursday's "
                              "car bomb attack on the police cadet school in Bogotá, which killed "
                              "22 people.", "2019-01-22")
    assert [m["event_date"] for m in found] == [dt.date(2019, 1, 17)]
    found = extract_incidents("Unidentified people set fire to a school in the Valley overnight, "
                              "the third such arson in Kashmir this week.", "2016-10-31")
    assert "USA" not in [m["country_code"] for m in found]


def test_a_notes_item_headed_by_its_town_in_capitals_and_a_quarter() -> None:
    text = ("RCA – BANGUI – DAILY SECURITY NOTE – 14/02/14\n\n1. BANGUI / 3e arr. (PK5): 13/02 "
            "~16h, unidentified person threw a grenade into a crowd near the mosque. 2 dead, 7 "
            "wounded.")
    found = extract_incidents(text, "2014-02-14")
    assert [(m["event_date"], m["location"]) for m in found] == [
        (dt.date(2014, 2, 13), "Bangui")]


def test_ucdp_ged_rows_each_a_record_with_its_best_estimate() -> None:
    row = ("id: {id} | year: 2019 | type_of_violence: 3 | conflict_name: Dan Na Ambassagou - "
           "Civilians | side_a: Dan Na Ambassagou | side_b: Civilians | source_article: "
           "\"Wire,{src},Gunmen kill villagers in central Mali\" | where_description: {place} "
           "village | adm_1: Mopti region | adm_2: Bankass cercle | country: Mali | date_prec: 1 | "
           "date_start: {day} | date_end: {day} | deaths_a: 0 | deaths_b: 0 | deaths_civilians: "
           "{n} | deaths_unknown: 0 | best: {n} | high: {high} | low: {n}")
    text = (row.format(id=307751, src="2019-03-25", place="Ogossagou", day="2019-03-23", n=157,
                       high=160) + "\n"
            + row.format(id=301203, src="2019-01-02", place="Koulogon", day="2019-01-01", n=37,
                         high=39))
    found = extract_incidents(text, "2020-06-10")
    assert [(m["mention_type"], m["event_date"], m["country_code"], m["fatalities"])
            for m in found] == [("current", dt.date(2019, 3, 23), "MLI", 157),
                                ("current", dt.date(2019, 1, 1), "MLI", 37)]


def test_suspects_detained_in_connection_with_a_blast_are_no_act() -> None:
    found = extract_incidents(
        "January 30: A suicide bomber blew himself up in the mosque inside the Police Lines in "
        "Peshawar, killing 100.\nJanuary 31: The Counter Terrorism Department detained five "
        "suspects in Khyber District in connection with the Police Lines blast.", "2023-02-03")
    assert [m["event_date"] for m in found] == [dt.date(2023, 1, 30)]
    # (Greater Manchester is England's, whatever Jamaica's parish is called)
    found = extract_incidents("Last night we received reports of an explosion in the foyer of "
                              "the arena in the Greater Manchester area. 22 people have died.",
                              "2017-05-23")
    assert [m["country_code"] for m in found] == ["GBR"]


def test_saudi_arabias_eastern_province() -> None:
    found = extract_incidents(
        "Early on Saturday, drones struck the Saudi Aramco oil processing facility in Abqaiq "
        "(Eastern Province), setting off large fires. There were no casualties.", "2019-09-16")
    assert [m["country_code"] for m in found] == ["SAU"]


def test_gangs_attacking_a_prison_is_an_assault() -> None:
    found = extract_incidents("Armed gangs attacked the civil prison in Croix-des-Bouquets "
                              "overnight; hundreds of detainees escaped.", "2024-03-04")
    assert [(m["sub_event_type"], m["location"]) for m in found] == [
        ("armed_assault", "Croix-des-Bouquets")]
    found = extract_incidents("CODECO militia attacked the Plaine Savo IDP site in Djugu "
                              "territory overnight.", "2022-02-02")
    assert [m["sub_event_type"] for m in found] == ["armed_assault"]


def test_a_device_timed_for_those_who_came_is_another_incident() -> None:
    text = ("03/02/2011: A bomb hidden in a parked car exploded near a police post in Buynaksk, "
            "Dagestan, Russia, wounding 3 officers. About half an hour later, as investigators "
            "gathered at the scene, a second device hidden in a rubbish bin exploded, killing 2 "
            "police officers.")
    found = extract_incidents(text, "2011-03-10")
    assert [(m["fatalities"], m["injured"]) for m in found] == [(None, 3), (2, None)]


def test_the_blame_told_of_a_recalled_act_stays_with_it() -> None:
    text = ("On 4 May 2013, a mine exploded under an army truck on the road between Lice and "
            "Hani in Diyarbakir province, Turkey. Two soldiers were killed. The attack came a "
            "week after a car bomb attributed to the PKK killed six people in Batman on 27 "
            "April.")
    current = extract_incidents(text, "2013-05-20")[0]
    assert (current["location"], current["perpetrator"]) == ("Lice", None)


def test_a_partial_interception_and_the_same_days_retaliation() -> None:
    text = ("On 9 June 2024, militants fired 8 rockets from south Lebanon towards Kiryat Shmona "
            "(Northern District, Israel); 2 intercepted, the rest fell in open areas. No "
            "casualties. The same day, Israeli forces retaliated with an airstrike on a house "
            "in Kfar Kila, killing 3.")
    found = extract_incidents(text, "2024-06-11")
    assert [(m["sub_event_type"], m["fatalities"]) for m in found] == [
        ("missile_rocket_attack", 0), ("air_strike", 3)]


def test_a_running_count_lends_no_toll_to_the_act_beside_it() -> None:
    text = ("On 1 September, an air strike hit a house in Tubas, killing 3 people. In Tubas "
            "governorate, 25 Palestinians have been killed since 28 August.")
    assert [m["fatalities"] for m in extract_incidents(text, "2024-09-03")] == [3]


@pytest.mark.parametrize("text", [
    # an update's highlights: fighting that goes on, ground affected, people displaced since a
    # day, a ministry's count over several days
    "• Clashes between the army and the militia continue in three zones of the region.",
    "• Fighting between the two forces has now affected 12 of the province's 14 districts.",
    "• Shelling and air strikes since early May have displaced about 40,000 people.",
    "• Between 3 and 9 June, the Ministry of Health reported that 95 people were killed and "
    "210 injured.",
])
def test_an_updates_highlights_are_no_incidents(text: str) -> None:
    assert extract_incidents(text, "2024-06-12") == []


def test_an_updates_items_led_by_their_days_and_a_sequence_of_bombers() -> None:
    text = ("On 8 May, air strikes on a market in Atarib reportedly killed four people.\n"
            "On 9 May, a boy was killed by a submunition remnant while herding goats near "
            "Sarmada.")
    assert [m["event_date"] for m in extract_incidents(text, "2024-05-10")] == [
        dt.date(2024, 5, 8), dt.date(2024, 5, 9)]
    text = ("On 14 March, a woman detonated explosives at a market in Konduga, killing 9 "
            "people. Shortly afterwards, a second female bomber blew herself up at the clinic, "
            "injuring 4. Later that afternoon, a third bomber detonated her device among "
            "mourners, killing two.")
    found = extract_incidents(text, "2024-03-16")
    assert [(m["event_date"], m["fatalities"]) for m in found] == [
        (dt.date(2024, 3, 14), 9), (dt.date(2024, 3, 14), None), (dt.date(2024, 3, 14), 2)]


def test_the_act_that_set_off_those_told_is_recalled() -> None:
    text = ("On 20 July, mortar rounds landed near the hospital in Shahba, injuring two nurses. "
            "The violence was triggered by the abduction of a trader on the highway on 11 July.")
    found = extract_incidents(text, "2025-07-22")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(2025, 7, 20)), ("background", dt.date(2025, 7, 11))]


def test_a_separate_incident_of_a_note_is_of_its_day() -> None:
    text = ("On Wednesday, militants opened fire on a police van in Tajori (Lakki Marwat "
            "district), killing 2 policemen. In a separate incident, an IED exploded near a "
            "Levies vehicle in Mamund tehsil (Bajaur district), injuring 3.")
    assert [m["event_date"] for m in extract_incidents(text, "2022-11-18")] == [
        dt.date(2022, 11, 16)] * 2


def test_the_day_that_names_the_act_in_a_toll_update() -> None:
    text = ("QUETTA: The death toll from Tuesday's bombing of a bus in Mastung rose to 19 on "
            "Thursday after three of the injured died, officials said.")
    assert extract_incidents(text, "2024-03-08")[0]["event_date"] == dt.date(2024, 3, 5)
    text = ("The death toll from Friday night's attack on a seaside restaurant in Kismayo has "
            "risen to 11, officials said on Sunday.")
    assert extract_incidents(text, "2024-03-11")[0]["event_date"] == dt.date(2024, 3, 8)


def test_a_record_that_opens_with_its_place_then_its_date() -> None:
    text = ("In Tillia, Tahoua region, on the morning of 21 March 2021, gunmen on motorcycles "
            "attacked villages, killing 141 people. On 22 March, soldiers clashed with the "
            "attackers near Intazayene.")
    found = extract_incidents(text, "2021-04-20")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(2021, 3, 21)), ("current", dt.date(2021, 3, 22))]


def test_a_stories_next_act_led_by_its_weekday() -> None:
    text = ("MOGADISHU — Three civilians were injured on Tuesday evening when mortar shells landed "
            "near the port. On Wednesday, the army said it repulsed an attack on its base in "
            "Jowhar, killing 12 militants.")
    found = extract_incidents(text, "2023-04-13")
    assert [(m["event_date"], m["fatalities"]) for m in found] == [
        (dt.date(2023, 4, 11), None), (dt.date(2023, 4, 12), 12)]


def test_a_notes_same_day_acts_and_its_earlier_ones() -> None:
    # "Same day," opens another act on the note's day, in the note's country (not Tanzania's
    # Same), at a community the gazetteer lacks; a guided bomb named "KAB" and huts burned
    # are acts too
    text = ("On 11 August 2023, Russian forces shelled Nikopol (Dnipropetrovska oblast): 1 man "
            "killed. Same day, Russian drones hit Marganets hromada (Nikopolskyi raion), "
            "damaging a farm building; no casualties. Same day, a KAB was dropped on Velyka "
            "Pysarivka hromada; no casualties reported.")
    found = extract_incidents(text, "2023-08-14")
    assert [(m["event_date"], m["country_code"], m["location"], m["sub_event_type"])
            for m in found] == [
        (dt.date(2023, 8, 11), "UKR", "Nikopol", "shelling_artillery"),
        (dt.date(2023, 8, 11), "UKR", "Marganets", "drone_strike"),
        (dt.date(2023, 8, 11), "UKR", "Velyka Pysarivka", "air_strike")]
    text = ("On 8 June 2022, insurgents beheaded 2 civilians in Nanduli village (Ancuabe "
            "district, Cabo Delgado). Same day, the group burned around 20 huts in nearby "
            "Ntutupue (Ancuabe district); no casualties reported there.")
    found = extract_incidents(text, "2022-06-13")
    assert [(m["location"], m["fatalities"]) for m in found] == [("Nanduli", 2), ("Ntutupue", 0)]
    # an act told as before the note's own day is recalled, however close
    text = ("On 3 May 2024, dissidents clashed with the army near El Plateado (Argelia "
            "municipality, Cauca). 1 soldier killed. The same front had dropped explosives from a "
            "drone onto the police station in El Plateado on 23 April, injuring 2 officers.")
    found = extract_incidents(text, "2024-05-07")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(2024, 5, 3)), ("background", dt.date(2024, 4, 23))]


def test_a_security_reports_items() -> None:
    # each "REGION / District:" item is an act of its own; the report's day (the day before it
    # went out) is the "today" of its items; "Simultaneously," is that item's day; a comment
    # that counts acts tells none
    text = ("AFGHANISTAN – Daily Security Report – 21 Nov 2020\n\n"
            "HELMAND / Nad Ali: At approx. 0600 hrs AOG attacked an ANP checkpoint in Shin Kalay "
            "area. x4 ANP KIA.\n\n"
            "HELMAND / Marjah: Simultaneously, AOG fighters attacked an ANA outpost near Marjah "
            "bazaar. x2 ANA WIA.\n\n"
            "KANDAHAR / Arghandab: MoD states that AAF air strikes yesterday killed x15 AOG "
            "fighters in Arghandab district.\n\n"
            "Comment: This is the third attack on checkpoints in Nad Ali this month.")
    found = extract_incidents(text, "2020-11-22")
    assert [(m["event_date"], m["fatalities"], m["injured"]) for m in found] == [
        (dt.date(2020, 11, 21), 4, None), (dt.date(2020, 11, 21), None, 2),
        (dt.date(2020, 11, 20), 15, None)]


def test_an_alleged_strike_told_after_that() -> None:
    # "alleged that a Coalition air strike hit …": "that" joins a clause; the act is told
    text = ("Date: 17 July 2017\nLocation: western Raqqa, Raqqa governorate, Syria\n\n"
            "Summary: Local sources alleged that a Coalition air strike hit the home of the "
            "al-Hamad family shortly after dawn.")
    (m,) = extract_incidents(text, "2017-07-20")
    assert (m["event_date"], m["country_code"]) == (dt.date(2017, 7, 17), "SYR")


def test_a_records_cross_reference_to_the_other_attacks_of_its_series() -> None:
    text = ("04/12/2012: A motorcycle laden with explosives detonated near the police station in "
            "Toribio municipality, Cauca department, Colombia, killing three. The incident was "
            "one of two related attacks in Cauca on this date; in Caldono, rebels fired on a "
            "police patrol, wounding two officers.")
    found = extract_incidents(text, "2012-04-16")
    assert [(m["event_date"], m["location"], m["fatalities"], m["injured"]) for m in found] == [
        (dt.date(2012, 4, 12), "Toribio", 3, None), (dt.date(2012, 4, 12), "Caldono", None, 2)]


def test_where_someone_was_at_the_time_recalls_nothing() -> None:
    text = ("01/17/2008: A suicide bomber blew herself up near the office of a minister in "
            "Colombo, Sri Lanka. Four people were killed and 12 others were injured; the minister "
            "was not in the office at the time.")
    (m,) = extract_incidents(text, "2008-01-19")
    assert (m["mention_type"], m["fatalities"], m["injured"]) == ("current", 4, 12)


def test_a_record_of_a_group_named_after_a_day_an_avenged_act_and_a_later_act() -> None:
    # "Revolutionary Organization 17 November" names a group, not the act's day
    text = ("Members of Revolutionary Organization 17 November (17N) shot and killed a retired "
            "police colonel outside his home in Kifissia, Athens, Greece, on 03/11/1987.")
    (m,) = extract_incidents(text, "1987-03-14")
    assert m["event_date"] == dt.date(1987, 3, 11)
    # the attack named, then the dated act it avenged
    text = ("Two masked gunmen opened fire on customers in a bar in Craigavon, Northern Ireland, "
            "on Saturday night, killing three. The UVF claimed responsibility, describing the "
            "attack as retaliation for the IRA bombing of a shop in Belfast on 07/14/1993, in "
            "which two people died.")
    found = extract_incidents(text, "1993-07-20")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(1993, 7, 17)), ("background", dt.date(1993, 7, 14))]
    # an act of another kind hours later, at the same school, is another incident
    text = ("12/05/2006: Two gunmen shot and killed a schoolteacher as she rode home from school "
            "in Bacho district, Narathiwat province, Thailand. Several hours later, assailants "
            "set fire to the same school, destroying two classrooms.")
    found = extract_incidents(text, "2006-12-08")
    assert [(m["sub_event_type"], m["location"]) for m in found] == [
        ("armed_assault", "Bacho"), ("attack", "Bacho")]


def test_a_security_reports_paragraphs() -> None:
    # an item goes on in its paragraph whatever its opening sentence told; a paragraph that
    # ends on an abbreviated month ends its sentence; a VBIED intercepted and made safe is no
    # attack
    text = ("SOMALIA – Daily Sitrep – 20 Jan 2023\n\n"
            "MIDDLE SHABELLE / Hawadley: At approx. 0500 hrs AS launched an SVBIED on the SNA "
            "base in Hawadley. x7 SNA KIA.\n\n"
            "GALGADUUD / Galcad: Heavy fighting around Galcad for most of the day. Casualties "
            "unknown. US AFRICOM states that it conducted an air strike near Galcad, killing an "
            "estimated x30 AS fighters. Communications down since 19 Jan.\n\n"
            "BANADIR / Mogadishu: Security forces intercepted a suspected VBIED at a checkpoint "
            "near KM4; the device was rendered safe by EOD. No casualties.")
    found = extract_incidents(text, "2023-01-20")
    assert [(m["sub_event_type"], m["fatalities"]) for m in found] == [
        ("suicide_bombing", 7), ("air_strike", 30)]


def test_no_explosive_found_after_a_threat() -> None:
    text = ("Several aircraft were diverted or delayed for hours while security agencies carried "
            "out checks, but no explosive or suspicious object was found in any case.")
    assert extract_incidents(text, "2024-10-17") == []


def test_a_security_reports_item_lead_says_where_and_when() -> None:
    # "OPT" is the occupied Palestinian territory; an item's lead says where and when for the
    # acts its paragraph goes on to tell
    text = ("OPT / ISRAEL – Daily Security Report – 04 Jul 2023\n\n"
            "JENIN / Jenin camp: The IDF large-scale operation in Jenin camp, launched at approx. "
            "0100 hrs on 03 Jul, continues for a second day. The operation opened with a drone "
            "strike on what the IDF described as a joint operations room, killing x3.")
    (m,) = extract_incidents(text, "2023-07-04")
    assert (m["event_date"], m["country_code"], m["location"], m["fatalities"]) == (
        dt.date(2023, 7, 3), "PSE", "Jenin", 3)


def test_a_notes_closing_attribution_and_the_act_its_act_followed() -> None:
    # a three-word "Attributed to JNIM." is a fact of the note; "Both attributed to …" blames
    # the two acts told
    text = ("On 21 February 2023, a VDP pick-up struck an IED on the road between Deou and Oursi "
            "(Oudalan province). 4 VDP killed, injuries unknown. Attributed to JNIM.")
    (m,) = extract_incidents(text, "2023-02-24")
    assert m["perpetrator"] == "JNIM"
    text = ("On 4 May 2025, suicide drones struck an air base in Port Sudan (Red Sea state); no "
            "casualties reported. On 5 May 2025, further drones hit the fuel depot near the port. "
            "Both attributed to RSF by the government; RSF did not comment.")
    assert [m["perpetrator"] for m in extract_incidents(text, "2025-05-08")] == [
        "Rapid Support Forces"] * 2
    # an actor described in brackets is no place; the act its act followed is recalled
    text = ("On 6 October 2023, a Turkish drone struck a vehicle belonging to the Asayish "
            "(Kurdish internal security forces, SDF-affiliated) near Qamishlo (Qamishli "
            "district, Al-Hasakah governorate), killing 2 members. Turkish forces have been "
            "striking targets across northeast Syria since the 1 October suicide bombing at the "
            "Interior Ministry in Ankara, in which both attackers died.")
    found = extract_incidents(text, "2023-10-09")
    assert [(m["mention_type"], m["event_date"], m["location"]) for m in found] == [
        ("current", dt.date(2023, 10, 6), "Qamishlo"),
        ("background", dt.date(2023, 10, 1), "Ankara")]


def test_a_gang_named_after_a_town_abroad_is_no_place() -> None:
    text = ("Bombings at the public market in Mlang town killed two people on Wednesday. Police "
            "suspect the BIFF or the Al-Khobar extortion ring.")
    (m,) = extract_incidents(text, "2014-12-31")
    assert (m["country_code"], m["location"]) == ("PHL", "Mlang")


def test_a_monthly_chronology() -> None:
    # "Mali (Aug 2023)" heads a month whose acts are its news; each act has its day or its
    # part of the month; acts joined by a semicolon are two when each has a day of its own;
    # what the entry sums up without a day ("during month") is no act
    text = ("Mali (Aug 2023)\nJihadists stepped up attacks in centre while the army fought "
            "former rebels in north. In Timbuktu region, army and CMA 11 Aug clashed near Ber "
            "town; CMA 17 Aug said an army drone strike near Ber killed six of its fighters. In "
            "Gao region, IS Sahel mid-month attacked Tin-Hamma commune, killing about 15 "
            "civilians. Local sources reported over 80 people killed in violence during month.")
    found = extract_incidents(text, "2023-09-05")
    assert [(m["mention_type"], m["event_date"], m["date_precision"]) for m in found] == [
        ("current", dt.date(2023, 8, 11), "day"), ("current", dt.date(2023, 8, 17), "day"),
        ("current", dt.date(2023, 8, 15), "week")]


def test_a_records_abductors_and_the_act_it_followed() -> None:
    # "Assailants abducted …" says nothing of arms; gunmen do
    text = ("Between 08/26/2011 and 08/28/2011: Assailants abducted a building contractor from "
            "the outskirts of Kohat city, Khyber Pakhtunkhwa province, Pakistan.")
    assert [m["weapon"] for m in extract_incidents(text, "2011-09-03")] == ["unknown"]
    text = "Gunmen abducted a building contractor from Kohat city, Pakistan, on Sunday."
    assert [m["weapon"] for m in extract_incidents(text, "2011-09-03")] == ["firearm"]
    # the earlier bombing the record's bombing followed is recalled
    text = ("09/02/2018: An explosive device detonated outside an internet cafe in Isulan town, "
            "Sultan Kudarat province, Philippines, killing two. This was the second bombing in "
            "the town in less than a week, following an explosion during a festival parade on "
            "08/28/2018 that killed two people.")
    found = extract_incidents(text, "2018-09-05")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(2018, 9, 2)), ("background", dt.date(2018, 8, 28))]


def test_a_raids_drone_cover_is_not_its_means() -> None:
    text = ("On 9 November 2023, Israeli forces conducted a large-scale raid on Jenin camp (Jenin, "
            "West Bank) w/ bulldozers and drone cover, and clashed w/ militants for several "
            "hours. Between 12 and 14 Palestinians killed.")
    (m,) = extract_incidents(text, "2023-11-12")
    assert (m["sub_event_type"], m["fatalities"]) == ("armed_clash", 12)


def test_a_chronology_titled_with_its_month_in_brackets_is_in_its_country() -> None:
    text = ("Mali (Aug 2023)\nIn Timbuktu region, CMA 17 Aug said an army drone strike on its "
            "positions near Ber killed six of its fighters.")
    (m,) = extract_incidents(text, "2023-09-05")
    assert (m["mention_type"], m["country_code"], m["event_date"]) == (
        "current", "MLI", dt.date(2023, 8, 17))


def test_a_town_overrun_or_seized_after_fighting() -> None:
    text = ("Sudan (Oct 2023)\nIn South Darfur state, RSF 26 Oct overran SAF's 16th Infantry "
            "Division headquarters in state capital Nyala after weeks of fighting. Fano militia "
            "6 Oct seized the town of Kobo after heavy fighting with the army.")
    found = extract_incidents(text, "2023-11-06")
    assert [(m["event_date"], m["sub_event_type"]) for m in found] == [
        (dt.date(2023, 10, 26), "armed_assault"), (dt.date(2023, 10, 6), "armed_clash")]


def test_a_notes_earlier_acts_are_recalled() -> None:
    # a note's act led by a day more than two days before the note's own, or told in the
    # pluperfect after its day, is recalled (a report titled by its kind lists its items)
    text = ("On the night of 28 to 29 January 2020, ADF militants attacked Mamove (Beni, North "
            "Kivu), killing 11 civilians. On 16 January 2020, an ADF attack near the same "
            "locality killed 5 civilians. 11 fatalities.")
    found = extract_incidents(text, "2020-01-31")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(2020, 1, 28)), ("background", dt.date(2020, 1, 16))]
    text = ("On 2 March 2025, a Russian FPV drone struck a civilian car in Nikopol "
            "(Dnipropetrovsk), killing the driver. Russian artillery shelling of the town on 28 "
            "February 2025 had killed 2 civilians.")
    found = extract_incidents(text, "2025-03-06")
    assert [m["mention_type"] for m in found] == ["current", "background"]


def test_a_digests_next_item_led_by_its_country_adds_nothing() -> None:
    text = ("LEBANON: An Israeli drone strike hit a car near the southern village of Ainata on "
            "Sunday, killing three girls and their grandmother, Lebanese officials said.\n\n"
            "SOMALIA: Flash floods after days of heavy rain have killed at least 29 people, the "
            "government said, most of them in the Gedo and Hiran regions.")
    (m,) = extract_incidents(text, "2023-11-07")
    assert (m["country_code"], m["fatalities"]) == ("LBN", 3)


def test_the_day_that_names_the_act_beside_its_funerals() -> None:
    text = ("BANNU, Pakistan (AP) — Funerals were held Thursday for victims of Tuesday's attack on "
            "the Bannu military cantonment, when two suicide bombers rammed explosives-laden "
            "vehicles into its perimeter wall. Eighteen people were killed, the military said.")
    (m,) = extract_incidents(text, "2025-03-07")
    assert m["event_date"] == dt.date(2025, 3, 4)


def test_a_siege_told_to_its_end_is_one_incident() -> None:
    text = ("10/23/2002: Approximately 40 Chechen militants seized the Dubrovka theater center in "
            "Moscow, Russia, taking some 850 people hostage. The siege ended on 10/26/2002 when "
            "Russian special forces pumped gas into the building and stormed it. At least 129 "
            "hostages died, and the approximately 40 hostage-takers were also killed.")
    (m,) = extract_incidents(text, "2002-10-28")
    assert (m["event_date"], m["fatalities"]) == (dt.date(2002, 10, 23), 169)


def test_where_attackers_were_trained_is_no_act() -> None:
    text = ("08/15/2004: An improvised explosive device exploded on the grounds of Dhemaji College "
            "in Dhemaji, Assam, India, killing 13 people. Police said the bombers may have been "
            "trained at ULFA camps across the border in Burma.")
    assert [m["country_code"] for m in extract_incidents(text, "2004-08-17")] == ["IND"]


@pytest.mark.parametrize(("headline", "sub_event_type", "perpetrator", "fatalities"), [
    ("Boko Haram kills 17 farmers near Konduga in Borno", "armed_assault", "Boko Haram", 17),
    ("Taliban fighters storm checkpoint in Kunduz, kill 7", "armed_assault", "Taliban", 7),
    ("IS remnants kill 2 shepherds in Wadi al-Shay, Kirkuk", "armed_assault", "Islamic State",
     2),
    ("Turkish jets strike PKK targets in Duhok's Amadiya region", "air_strike",
     "Turkish forces", None),
    ("Israeli settlers torch cars, homes in West Bank village of Umm Safa", "attack",
     "Israeli settlers", None),
])
def test_a_headlines_present_tense(headline: str, sub_event_type: str, perpetrator: str,
                                   fatalities: int | None) -> None:
    (m,) = extract_incidents(headline, "2023-10-26")
    assert (m["sub_event_type"], m["perpetrator"], m["fatalities"]) == (
        sub_event_type, perpetrator, fatalities)


def test_a_news_feeds_lines_are_stories_of_their_own() -> None:
    text = ("Weekend briefing - Sunday\n"
            "Bundesliga: Kane hat-trick as Bayern blast Darmstadt 8-0 · 18 hrs ago\n"
            "Nigeria: Boko Haram fighters kill 17 farmers near Borno's Konduga · 2 hrs ago\n"
            "Somalia: toll rises to 12 in Friday's market blast in Beledweyne · 7 hrs ago\n"
            "Rockets target Ain al-Asad air base in Anbar; no casualties, US says · 8 hrs ago\n"
            "'Islamic Resistance in Iraq' claims drone attack on Harir base near Erbil · 9 hrs ago")
    got = {(m["location"], m["fatalities"]) for m in extract_incidents(text, "2023-10-29")}
    assert {("Konduga", 17), ("Beledweyne", 12)} <= got
    assert any(loc and "Asad" in loc and fat == 0 for loc, fat in got)
    assert any(loc and "Harir" in loc and fat is None for loc, fat in got)


def test_a_headline_retold_in_its_words_is_the_story() -> None:
    text = ("Settlers torch homes and cars in West Bank village of Umm Safa\n\n"
            "RAMALLAH, West Bank — Dozens of Israeli settlers set fire to homes and cars in the "
            "Palestinian village of Umm Safa late on Thursday, residents said, days after a "
            "deadly shooting nearby.")
    assert len(extract_incidents(text, "2023-06-23")) == 1


def test_a_notes_closing_total_after_an_act_that_hurt_nobody() -> None:
    text = ("On 2 September 2019, NPA fighters ambushed an army patrol in Kitaotao (Kitaotao, "
            "Bukidnon), killing two soldiers. Later the same day, the NPA detonated a landmine "
            "against army reinforcements near Kitaotao; no casualties reported. 2 fatalities.")
    got = sorted((m["sub_event_type"], m["fatalities"])
                 for m in extract_incidents(text, "2019-09-10"))
    assert got == [("armed_assault", 2), ("ied_remote_explosive", 0)]


def test_a_place_placed_by_the_act_before() -> None:
    text = ("On 12 February 2025, Viv Ansanm gang members attacked Belot (Kenscoff, Ouest), "
            "killing three residents. The following day, on 13 February, gang members returned "
            "and set fire to houses in Belot; no casualties reported.")
    ms = extract_incidents(text, "2025-02-20")
    assert [(m["location"], m["admin1"]) for m in ms] == [("Belot", "Ouest")] * 2


@pytest.mark.parametrize(("text", "perpetrator"), [
    ("On 19 January 2024, fighters attacked army positions near Hpakant (Hpakant, Kachin). Later "
     "the same day, the junta responded by shelling villages around Hpakant.", "Burmese forces"),
    ("On 7 March 2020, Tatmadaw artillery shells struck Kyauk Seik village (Ponnagyun, Rakhine), "
     "killing two civilians.", "Burmese forces"),
    ("On 2 March 2023, members of the Russian Volunteer Corps (RDK) crossed into Sushany "
     "(Klimovo, Bryansk) and opened fire on a car, killing two civilians.",
     "Russian Volunteer Corps"),
    ("A suicide bomber rammed a police convoy in Bannu, killing 4 policemen. A faction of the "
     "Hafiz Gul Bahadur group claimed the attack.", "Hafiz Gul Bahadur group"),
])
def test_named_actors_of_round_42(text: str, perpetrator: str) -> None:
    assert extract_incidents(text, "2024-09-19")[-1]["perpetrator"] == perpetrator


def test_deminers_abducted_are_an_abduction() -> None:
    text = ("10/05/2007: Assailants abducted four employees of a demining organization on the "
            "Kabul-Kandahar highway in Ghazni province, Afghanistan. The hostages were released "
            "three days later.")
    (m,) = extract_incidents(text, "2007-10-05")
    assert m["sub_event_type"] == "abduction"


def test_a_records_earlier_day_in_its_own_numeric_form_is_recalled() -> None:
    text = ("08/21/2006: A roadside bomb struck a convoy of Iraqi Army soldiers near Baqubah, "
            "Diyala governorate, Iraq, killing three soldiers. This was the second attack on "
            "the road in less than a week; on 08/15/2006, a similar device killed one soldier.")
    got = sorted((m["mention_type"], str(m["event_date"]))
                 for m in extract_incidents(text, "2006-08-21"))
    assert got == [("background", "2006-08-15"), ("current", "2006-08-21")]


def test_a_captives_body_found_ends_the_abduction() -> None:
    text = ("09/03/2005: Assailants abducted a government contractor from his residence in "
            "Thoubal district, Manipur, India. His body, bearing gunshot wounds, was recovered "
            "near the Imphal-Moreh road the following day.")
    (m,) = extract_incidents(text, "2005-09-04")
    assert (m["sub_event_type"], m["fatalities"]) == ("abduction", 1)


def test_earlier_this_month_opening_a_sentence_recalls() -> None:
    text = ("Armed men burst into a family gathering in Irapuato late on Saturday and opened "
            "fire, killing 12 people, prosecutors said on Sunday. Earlier this month, 8 people "
            "were shot dead at a bar in nearby Celaya.")
    got = sorted((m["mention_type"], m["location"]) for m in extract_incidents(text, "2024-06-23"))
    assert got == [("background", "Celaya"), ("current", "Irapuato")]


def test_a_feeds_first_line_is_no_headline_of_the_next() -> None:
    text = ("Africa - latest\n"
            "Burkina Faso: dozens killed as jihadists attack Barsalogho residents digging "
            "trenches on Saturday; JNIM claims · 6 hours ago\n"
            "Senegal: government orders audit of public finances · 3 hours ago\n"
            "Niger: 5 soldiers killed in attack near Tillaberi, defence ministry says · 1 day ago")
    assert {m["country_code"] for m in extract_incidents(text, "2024-08-26")} == {"BFA", "NER"}


def test_a_live_pages_stamps_set_off_by_a_gap() -> None:
    text = ("LIVE: Russia-Ukraine war, day 723\n"
            "10:15  Russian drones hit Kharkiv overnight, 6 injured - mayor Terekhov\n"
            "08:30  Kherson: 3 killed as Russian shells hit Korabelnyi district on Thursday "
            "evening")
    got = sorted((m["sub_event_type"], m["fatalities"], m["injured"])
                 for m in extract_incidents(text, "2024-02-16"))
    assert got == [("drone_strike", None, 6), ("shelling_artillery", 3, None)]


def test_a_markets_feed_on_weekend_attacks() -> None:
    text = ("Markets - live coverage\n"
            "Brent spikes nearly 20% after weekend drone attacks knock out half of Saudi oil "
            "output · 1 hr ago\n"
            "Pound firms ahead of BoE decision · 3 hrs ago\n"
            "Houthis claim Saturday's drone strikes on Aramco's Abqaiq plant; US points finger at "
            "Iran · 5 hrs ago")
    got = {(m["country_code"], str(m["event_date"])) for m in extract_incidents(text, "2019-09-16")}
    assert got == {("SAU", "2019-09-14")}


def test_where_a_train_was_bound_is_not_where_it_was_hit() -> None:
    text = ("QUETTA, Pakistan, Nov 10 - The death toll from Saturday's suicide bombing at "
            "Quetta's main railway station rose to 31 on Sunday, officials said. The attack "
            "targeted soldiers waiting for a train to Peshawar.")
    (m,) = extract_incidents(text, "2024-11-10")
    assert (m["location"], m["admin1"]) == ("Quetta", "Balochistan")


@pytest.mark.parametrize(("text", "perpetrator"), [
    ("On 6 May 2019, SAA helicopters dropped barrel bombs on Kafr Nabl (Maarrat an Nu'man, "
     "Idleb), killing 7 civilians.", "Syrian forces"),
    ("On 29 July 2021, SAA forces, including units of the 4th Division, shelled Daraa al-Balad "
     "(Daraa, Daraa), killing 3 civilians.", "Syrian forces"),
    # the avenged act's author is not this act's
    ("On 20 July 2024, Israeli Air Force jets struck fuel tanks at Hodeidah port (Al Hawak, Al "
     "Hudaydah), in retaliation for a Houthi drone attack on Tel Aviv, killing 6.",
     "Israeli forces"),
    # the group hit, its sources silent
    ("On 14 April 2020, a drone operated by Turkish forces struck an LNA fuel convoy near "
     "Al-Asabaa (Gharyan, Al Jabal al Gharbi). 3 LNA fighters were killed; LNA sources did not "
     "comment.", "Turkish forces"),
    ("The IDF responded the same day with air strikes on several Hamas positions in Beit "
     "Hanoun (North Gaza, Gaza Strip); 2 Palestinians were lightly injured.", "Israeli forces"),
])
def test_authors_of_round_43(text: str, perpetrator: str) -> None:
    assert extract_incidents(text, "2024-07-28")[0]["perpetrator"] == perpetrator


def test_a_projectile_dropped_from_a_commercial_drone() -> None:
    text = ("On 5 June 2023, Houthi forces dropped a projectile from a modified commercial drone "
            "(quadcopter) onto a market area in Al-Barh (Maqbanah, Taizz). A vendor was killed.")
    (m,) = extract_incidents(text, "2023-06-13")
    assert (m["sub_event_type"], m["weapon"]) == ("drone_strike", "drone")


def test_a_coders_split_of_the_reported_toll() -> None:
    text = ("On 21 March 2021, IS Sahel militants attacked the villages of Intazayene, Bakorat and "
            "Wistane (Tillia, Tahoua), shooting residents. The government reported 141 civilians "
            "killed. Reported fatalities are split between the three villages: 47 fatalities "
            "coded for each.")
    assert extract_incidents(text, "2021-03-30")[0]["fatalities"] == 47


def test_the_act_a_claim_answered_is_recalled() -> None:
    text = ("On 13 October 2024, a Hezbollah drone struck a training base near Binyamina (Hadera, "
            "Haifa). 4 soldiers were killed. Hezbollah claimed the attack, stating it was a "
            "response to IDF air strikes in central Beirut on 10 October 2024, which killed 22 "
            "people.")
    got = sorted((m["mention_type"], m["country_code"])
                 for m in extract_incidents(text, "2024-10-22"))
    assert got == [("background", "LBN"), ("current", "ISR")]


def test_a_total_including_the_attackers_already_counted() -> None:
    text = ("06/03/2017: Three assailants drove a van into pedestrians on London Bridge in London, "
            "United Kingdom, then attacked people with knives. Police officers shot and killed all "
            "three assailants. Eleven people, including the three assailants, were killed.")
    assert extract_incidents(text, "2017-06-04")[0]["fatalities"] == 11


def test_earlier_the_same_day_at_the_same_town_is_another_act() -> None:
    text = ("06/22/2015: Two female suicide bombers detonated vests near a mosque in the Gomari "
            "area of Maiduguri city, Borno state, Nigeria. At least 30 people were killed. Earlier "
            "the same day, a teenage girl wearing a suicide vest detonated her explosives at a "
            "checkpoint in the Molai area of Maiduguri, killing only herself.")
    got = sorted(m["fatalities"] for m in extract_incidents(text, "2015-06-22"))
    assert got == [1, 30]


def test_closed_at_the_time_is_the_acts_own_moment() -> None:
    text = ("01/29/2013: Assailants detonated explosives planted inside a girls' primary school "
            "in Jamrud tehsil, Khyber Agency, Pakistan. The blast destroyed several classrooms; no "
            "casualties were reported because the school was closed at the time.")
    (m,) = extract_incidents(text, "2013-01-30")
    assert (m["mention_type"], m["fatalities"], m["injured"]) == ("current", 0, 0)


def test_a_warnings_reference_line_says_where_and_when() -> None:
    text = ("UKMTO WARNING 019/2024 - UPDATE 003\n07 MAR 2024\n"
            "Reference the incident approximately 50NM S of Aden at 1130 UTC yesterday (06 Mar). "
            "Military authorities report that the Barbados-flagged bulk carrier was struck by an "
            "anti-ship ballistic missile, causing a fire. Three crew members were killed.")
    (m,) = extract_incidents(text, "2024-03-07")
    assert (m["country_code"], m["location"], str(m["event_date"]), m["fatalities"]) == (
        "YEM", "Aden", "2024-03-06", 3)


def test_a_weekly_reports_items_dated_in_capitals() -> None:
    text = ("GULF OF GUINEA - WEEKLY MARITIME SECURITY REPORT (15-21 OCT 2018)\n"
            "1. 16 OCT - approx 35nm SW of Brass, Nigeria: At 0210LT gunmen in a speedboat fired "
            "at the bridge of a product tanker, boarded and kidnapped four crew.")
    (m,) = extract_incidents(text, "2018-10-22")
    assert (m["country_code"], str(m["event_date"])) == ("NGA", "2018-10-16")


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Reference the incident approx 65NM W of Hodeidah, Yemen, at 0945 UTC on 12 Jun. The "
     "Master of a bulk carrier reported that the vessel was hit on the stern by a small craft, "
     "assessed to be an uncrewed surface vessel (USV).", "drone_strike"),
    ("UKMTO has received a report of an incident approximately 240NM E of Eyl, Somalia. At "
     "0745 UTC the Master of a bulk carrier reported that it had been boarded by six armed "
     "persons from a skiff.", "armed_assault"),
    ("UKMTO has received a report of an incident approximately 50NM W of As Salif, Yemen. The "
     "vessel is now assessed to be under the control of the boarders, and the 25 crew are being "
     "held on board.", "abduction"),
])
def test_acts_at_sea(text: str, sub_event_type: str) -> None:
    (m,) = extract_incidents(text, "2024-06-13")
    assert (m["sub_event_type"], m["country_code"]) == (sub_event_type, m["country_code"])
    assert m["country_code"] in ("YEM", "SOM")


def test_a_monthly_digests_items_and_their_tolls() -> None:
    text = ("Attacks on health care – monthly digest, June 2021\n\n"
            "03/06/2021 – Hays district, Al Hudaydah governorate: An ambulance was hit by "
            "artillery shelling. The driver was killed and a paramedic injured.\n\n"
            "19/06/2021 – Taiz city: An airstrike hit a petrol station near the hospital gate. "
            "Four people were killed and six injured.")
    got = sorted((str(m["event_date"]), m["fatalities"], m["injured"])
                 for m in extract_incidents(text, "2021-07-12"))
    assert got == [("2021-06-03", 1, 1), ("2021-06-19", 4, 6)]


def test_a_bulletins_items_dated_by_day_and_month() -> None:
    text = ("UKRAINE – Education under attack – weekly update, 14–20 August 2023\n"
            "– 15.08, Kupiansk, Kharkiv oblast: A school was hit by a guided aerial bomb. No "
            "casualties.\n– 17.08, Kherson city: Shelling damaged a lyceum; the school caretaker "
            "was killed.")
    got = sorted((str(m["event_date"]), m["fatalities"])
                 for m in extract_incidents(text, "2023-08-22"))
    assert got == [("2023-08-15", 0), ("2023-08-17", 1)]


def test_a_texts_plain_day_sets_the_order_of_its_ambiguous_ones() -> None:
    text = ("SOMALIA – incidents affecting aid operations – May 2018\n"
            "02/05/2018 – Mogadishu: Gunmen abducted a nurse from an NGO compound. No one else "
            "was harmed.\n17/05/2018 – Beledweyne: A truck struck an IED on the road north of "
            "the town. The driver was killed.")
    got = sorted(str(m["event_date"]) for m in extract_incidents(text, "2018-06-04"))
    assert got == ["2018-05-02", "2018-05-17"]


def test_a_unit_after_its_name_is_no_field_label() -> None:
    text = ("07/01/2024 – Kanan village, Tamu township: Myanmar military jets bombed the "
            "village, hitting a church. 17 civilians were killed.")
    (m,) = extract_incidents(text, "2024-03-15")
    assert m["location"] in ("Kanan", "Tamu")


@pytest.mark.parametrize(("text", "published", "count"), [
    # one of the munitions just told, where it fell
    ("During the night of 30 to 31 May 2024, RU forces attacked Kharkiv city (Kharkivskyi, "
     "Kharkiv) with Shahed drones. One drone hit a residential building in Shevchenkivskyi "
     "district, injuring three residents. 0 fatalities.",
     "2024-06-05", 1),
    # the fight that followed a one-sided act
    ("On 14 October 2024, ADF attacked farmers near Mavivi (Beni, North Kivu), killing 7 "
     "civilians with machetes. FARDC troops who arrived later pursued the assailants and "
     "clashed with the ADF in the same area; no casualties were reported from the clash. "
     "7 fatalities.",
     "2024-10-22", 2),
    # a note's next act, around the same date or a day on
    ("On 13 November 2023, the AA attacked police outposts near Rathedaung (Rathedaung, "
     "Rakhine). Fatalities for the clash unknown. Around this date, the military shelled "
     "Rathedaung town, killing 2 civilians.",
     "2023-11-22", 2),
    ("On 6 June 2021, BIFF fighters clashed with army troops in Barangay Kitango (Datu Saudi-"
     "Ampatuan, Maguindanao); 4 BIFF members were killed. On the following day, the army fired "
     "artillery at suspected BIFF positions in Shariff Saydona. No fatalities.",
     "2021-06-14", 2),
    # another bomb, at a place of its own
    ("02/18/1991: A bomb hidden in a litter bin exploded at Victoria station in London, "
     "United Kingdom, killing one. About three hours earlier, a second device exploded at "
     "Paddington station, also in London; no casualties were reported in that blast.",
     "1991-02-18", 2),
    ("Police are appealing after fires at two churches in Bradford. At 2.10am, firefighters "
     "were called to a fire at St Mary's Church on Lumb Lane, where a door had been set alight. "
     "At 3.30am, firefighters were called to a second fire at a Methodist church on Whetley "
     "Lane, where a wheelie bin had been pushed against the entrance and set alight.",
     "2019-03-03", 2),
    ("Police hunt suspects after five people were shot dead in a tavern in Umlazi on Sunday "
     "evening. In an unrelated incident, two men were shot dead at Amaoti in Inanda.",
     "2022-03-07", 2),
    # where the wounded were taken is no other place
    ("Yesterday evening, a man armed with a knife attacked two officers in Villeurbanne. One of "
     "the officers sustained a stab wound to the neck and was transported to a hospital in Lyon "
     "in a serious condition.",
     "2024-02-09", 1),
    # a claim and its cause, told of the act just recorded
    ("03/01/1971: A bomb exploded in a restroom of the Capitol in Washington, United States. No "
     "casualties were reported. The Weather Underground claimed responsibility, stating that "
     "the bombing was a protest against the invasion of Laos.",
     "1971-03-01", 1),
])
def test_rounds_44_and_45_incidents_apart_and_together(text: str, published: str,
                                                      count: int) -> None:
    got = [m for m in extract_incidents(text, published) if m["mention_type"] == "current"]
    assert len(got) == count


def test_a_claim_after_the_toll_is_the_acts() -> None:
    text = ("11/18/1994: Assailants fired 12 Katyusha rockets at Kiryat Shmona, Israel. Three "
            "civilians were injured. No fatalities were reported. Hizballah claimed "
            "responsibility, saying the attack was in retaliation for an Israeli air strike on "
            "Yohmor, Lebanon, the previous day that killed two civilians.")
    current = [m for m in extract_incidents(text, "1994-11-18") if m["mention_type"] == "current"]
    assert [m["perpetrator"] for m in current] == ["Hezbollah"]


def test_a_records_closing_attribution_after_a_recalled_act() -> None:
    text = ("10/16/2014: Assailants armed with machetes killed 26 civilians in Beni city, North "
            "Kivu province, Democratic Republic of the Congo. The attack followed a similar raid "
            "on Mavivi on 10/08/2014 in which eight people were killed. Sources attributed both "
            "attacks to the Allied Democratic Forces (ADF).")
    got = {m["mention_type"]: m["perpetrator"] for m in extract_incidents(text, "2014-10-16")}
    assert got == {"current": "Allied Democratic Forces", "background": "Allied Democratic Forces"}


@pytest.mark.parametrize(("text", "published", "day"), [
    # a release's title carries its own day; the story tells the act's
    ("Gardaí investigating shooting incident, Finglas - 21/11/2022\n\nGardaí are investigating a "
     "shooting that occurred in Finglas last night, Sunday 20th November 2022. A man was found "
     "with gunshot wounds.", "2022-11-21", "2022-11-20"),
    ("Murder investigation launched after fatal stabbing in Croydon\n\n13 October 2019 | "
     "Metropolitan Police\n\nA murder investigation has been launched following a stabbing in "
     "Croydon.\n\nPolice were called at about 9.40pm on Saturday, 12 October to reports of a "
     "fight. A man was found suffering from stab wounds.", "2019-10-13", "2019-10-12"),
    # the night and the next morning's early hours are one act
    ("Investigation under way after shots fired at Guildford home\n\nA crime scene has been "
     "established following a drive-by shooting in Sydney's west overnight.\n\nAbout 1.15am "
     "today (Sunday 18 June 2023), emergency services were called to a home on Woodville Road, "
     "Guildford, following reports of shots fired.", "2023-06-18", "2023-06-18"),
])
def test_a_releases_act_dated_by_its_story(text: str, published: str, day: str) -> None:
    got = [str(m["event_date"]) for m in extract_incidents(text, published)
           if m["mention_type"] == "current"]
    assert got == [day]


@pytest.mark.parametrize(("text", "published"), [
    ("Tensions have remained high since armed youth overran the army garrison in Nasir on 4 "
     "March, killing two soldiers.", "2025-03-12"),
    ("Detectives will examine whether the incident is linked to a shooting at a home on "
     "Waterloo Road, Greenacre, on Thursday night, in which a man was wounded.", "2023-06-18"),
    ("Srinagar Police busts terror module involved in Hari Singh High Street grenade attack; "
     "three associates arrested.", "2022-01-25"),
    ("Eric Robert Rudolph, who was also responsible for the 07/27/1996 bombing at Centennial "
     "Olympic Park in Atlanta, which killed one person, was convicted.", "1998-01-29"),
])
def test_rounds_44_and_45_recalled_acts(text: str, published: str) -> None:
    assert all(m["mention_type"] == "background" for m in extract_incidents(text, published))


def test_a_device_placed_earlier_is_todays_act() -> None:
    text = ("On 19.08.2016, an IED previously placed on the road by PKK members was detonated as "
            "an armoured vehicle passed near Esendere, Hakkari, killing two gendarmes.")
    (m,) = extract_incidents(text, "2016-08-20")
    assert (m["mention_type"], str(m["event_date"])) == ("current", "2016-08-19")


def test_a_denial_in_reported_speech_is_no_recall() -> None:
    text = ("11/03/1984: Assailants dynamited five electricity towers near Berlin, Usulutan "
            "department, El Salvador. No casualties were reported. In a separate broadcast, the "
            "FMLN claimed that its forces had killed 15 soldiers in fighting near the site later "
            "the same day; the armed forces denied that any soldiers had been killed.")
    got = sorted(m["mention_type"] for m in extract_incidents(text, "1984-11-05"))
    assert got == ["current", "current"]


def test_a_citizen_reports_sending_time_and_its_acts() -> None:
    text = ("Report #88\nTitle: jet bombed market Kyauk Village\nCategory: Security > Air strike\n"
            "Location: Kyauk village, Kanbalu tsp, Sagaing\nDate: 12/04/2023 09:00\n"
            "Description: junta jet bombed the market in Kyauk village yesterday morning abt 8am. "
            "now 20 dead incl children. same night in Ywar Thit 3 killed by artillery.\n"
            "Moderator: VERIFIED by partner")
    got = sorted((str(m["event_date"]), m["fatalities"]) for m in extract_incidents(
        text, "2023-04-12") if m["mention_type"] == "current")
    assert got == [("2023-04-11", 3), ("2023-04-11", 20)]


@pytest.mark.parametrize(("text", "published", "count"), [
    ("Description: Amba boys kidnapped 2 teachers in Kumbo this morning. also yesterday night "
     "soldiers burnt houses at Bali Nyonga, ppl fled into bush.", "2019-11-22", 2),
    ("Description: regime warplane bombed the bakery in Halfaya, dozens killed. also shelling on "
     "Kafr Zita since morning.", "2012-12-23", 2),
    # a further deed of another kind, told as the same side's
    ("On 3 June 2016, LNA forces advanced on BRSC positions in Ganfouda (Benghazi, Benghazi), "
     "sparking heavy clashes. LNA aircraft also struck BRSC positions in the nearby Gwarsha "
     "area. 5 LNA soldiers were killed.", "2016-06-10", 2),
    # (but a massacre's arson is of the massacre)
    ("On 3 April 1984, a Shining Path column entered a hamlet near Tambo, Ayacucho, Peru, and "
     "hacked to death 14 peasants. Survivors said the attackers also burned several houses.",
     "1984-04-05", 1),
])
def test_round_46_acts_apart_and_together(text: str, published: str, count: int) -> None:
    got = [m for m in extract_incidents(text, published) if m["mention_type"] == "current"]
    assert len(got) == count


def test_a_reports_category_line_tells_no_act() -> None:
    text = ("Report #9\nTitle: UPDATE to #7\nCategory: Violence > Killing; Violence > Arson\n"
            "Location: Gamboru, Borno\nDate: 03/05/2014 10:00\nDescription: gunmen shot dead 4 "
            "ppl at the cattle market yesterday evening.")
    (m,) = extract_incidents(text, "2014-05-03")
    assert (str(m["event_date"]), m["fatalities"]) == ("2014-05-02", 4)


def test_a_location_typed_in_lower_case() -> None:
    text = ("Location: konduga\nDate: 17/06/2019 08:02\nDescription: blast at the viewing "
            "centre in konduga yesterday night, 3 female bombers. ppl dead")
    (m,) = extract_incidents(text, "2019-06-17")
    assert (m["country_code"], m["location"]) == ("NGA", "Konduga")


def test_a_compass_named_province_in_a_notes_bracket() -> None:
    text = ("On 26 October 2013, clashes erupted between gunmen from Bab al-Tabbaneh and Jabal "
            "Mohsen (Tripoli, North). 2 people were killed.")
    (m,) = extract_incidents(text, "2013-11-02")
    assert m["country_code"] == "LBN"


def test_militants_who_detained_peacekeepers_abducted_them() -> None:
    text = ("On 28 August 2014, Jabhat al-Nusra militants detained 45 Fijian UNDOF peacekeepers "
            "near the Quneitra crossing (Quneitra, Quneitra).")
    (m,) = extract_incidents(text, "2014-09-04")
    assert m["sub_event_type"] == "abduction"


def test_a_total_including_the_one_attacker_killed_later() -> None:
    text = ("10/02/2015: An assailant shot and killed a civilian employee as he left the police "
            "headquarters in Parramatta city, New South Wales state, Australia. Special "
            "constables guarding the building returned fire and killed the assailant. Two "
            "people, including the assailant, were killed in the attack.")
    (m,) = extract_incidents(text, "2015-10-03")
    assert m["fatalities"] == 2


def test_one_incident_per_named_site_of_an_attack() -> None:
    """A coordinated attack told on a list of sites is one incident per site, its toll split
    evenly (ACLED's rule for a toll told for several events), the remainder to the first."""
    text = ("The Ministry strongly condemns the attacks carried out this morning against the "
            "Al Huda mosque and the Riverside Islamic Centre in Birmingham, in which at least "
            "seven people were killed and 12 wounded.")
    got = extract_incidents(text, "2021-05-07")
    assert [(m["location"], m["fatalities"], m["injured"]) for m in got] == [
        ("Al Huda mosque", 4, 6), ("Riverside Islamic Centre", 3, 6)]
    assert {m["country_code"] for m in got} == {"GBR"}


def test_sites_sharing_one_kind_word_and_villages_of_a_list() -> None:
    text = ("The Council condemned the bombings on 5 May 2019 against the Grand, Royal and "
            "Lakeside hotels in Kandy, which killed 30 people.")
    got = extract_incidents(text, "2019-05-06")
    assert [m["location"] for m in got] == ["Grand hotel", "Royal hotel", "Lakeside hotel"]
    assert [m["fatalities"] for m in got] == [10, 10, 10]
    text = ("On 9 June 2022, gunmen on motorcycles attacked the villages of Dinga, Koulou and "
            "Bani (Tillaberi, Niger), burning granaries.")
    got = extract_incidents(text, "2022-06-15")
    assert [m["location"] for m in got] == ["Dinga", "Koulou", "Bani"]
    assert all(m["country_code"] == "NER" for m in got)


def test_each_sites_own_toll_when_the_text_gives_it() -> None:
    text = ("The Secretary-General condemns the attacks perpetrated on 4 March by gunmen against "
            "the villages of Kogo and Tamba, in the Tahoua region of Niger, near the border with "
            "Mali. At least 40 civilians were killed in Kogo and 12 in Tamba.")
    got = extract_incidents(text, "2023-03-05")
    assert [(m["location"], m["fatalities"]) for m in got] == [("Kogo", 40), ("Tamba", 12)]


def test_an_offensive_launched_and_one_told_in_the_pluperfect() -> None:
    text = ("On 11 November 2023, KNDF fighters launched an offensive on army positions in "
            "Loikaw (Loikaw, Kayah), seizing several posts. 10 fatalities.")
    (m,) = extract_incidents(text, "2023-11-20")
    assert (m["sub_event_type"], m["location"]) == ("armed_clash", "Loikaw")
    text = ("Air strikes hit Taliban positions in Nad Ali district (Helmand province) on 14 "
            "October 2020, killing 11 fighters. The Taliban had launched an offensive on the "
            "outskirts of Lashkar Gah on 11 October.")
    got = [(m["mention_type"], m["event_date"].isoformat())
           for m in extract_incidents(text, "2020-10-20")]
    assert got == [("current", "2020-10-14"), ("background", "2020-10-11")]


def test_a_monitors_verified_count_is_the_records_toll() -> None:
    text = ("At around 11:00 on 6 November, several shells struck a bus stop in Donetsk city. "
            "The local authorities said seven civilians were killed and blamed the other side. "
            "The monitoring mission corroborated the deaths of five civilians, including a boy.")
    assert [m["fatalities"] for m in extract_incidents(text, "2023-12-12")] == [5]


def test_an_act_on_the_town_is_at_the_town_just_named() -> None:
    text = ("On 7 February 2024, AA fighters attacked an army battalion headquarters in Minbya "
            "(Minbya, Rakhine). On the same day, the military responded with air strikes on the "
            "town, damaging houses in several wards.")
    got = [(m["sub_event_type"], m["location"], m["perpetrator"])
           for m in extract_incidents(text, "2024-02-15")]
    # (and "the military" acting is the country's forces)
    assert got == [("armed_assault", "Minbya", "AA"), ("air_strike", "Minbya", "Burmese forces")]
    text = ("Gunmen shot dead a former commander in the town of Tafas, Daraa, on Monday evening. "
            "Hours later, in what local sources described as retaliation, gunmen attacked a "
            "checkpoint at the entrance of the town, killing two soldiers.")
    assert len(extract_incidents(text, "2021-05-12")) == 2  # (two acts, one town)


def test_the_rest_of_a_series_summed_up_is_no_act_of_its_own() -> None:
    text = ("06/20/1996: An explosive device detonated outside a bank in Ajaccio city, "
            "Corse-du-Sud department, Corsica, France. No casualties were reported. This was one "
            "of seven related attacks carried out across Corsica overnight; the other attacks "
            "targeted holiday homes and public buildings elsewhere on the island and caused "
            "only material damage. The FLNC claimed responsibility.")
    (m,) = extract_incidents(text, "1996-06-20")
    assert (m["location"], m["perpetrator"] is not None) == ("Ajaccio", True)


def test_a_notes_two_bracketed_towns_with_a_clause_each() -> None:
    text = ("On 14 June 2024, Russian forces shelled Vovchansk (Chuhuiv, Kharkiv) and the nearby "
            "village of Buhruvatka (Chuhuiv, Kharkiv) with artillery. In Vovchansk, a man was "
            "killed; in Buhruvatka, two houses burned and nobody was hurt. 1 fatality.")
    got = [(m["location"], m["fatalities"], m["injured"])
           for m in extract_incidents(text, "2024-06-20")]
    assert got == [("Vovchansk", 1, None), ("Buhruvatka", 0, 0)]


def test_one_act_at_one_site_among_others_named_is_not_split() -> None:
    """Only a list the act is aimed at: a village a raid crossed, a hotel guests fled to, one
    site told twice are no more incidents."""
    for text in (
        "On 3 May 2023, gunmen crossed into the villages of Dinga and Koulou and shot dead two "
        "herders near a well (Tillaberi, Niger).",
        "A car bomb exploded outside the Palm Hotel in Mogadishu on Sunday, killing five; "
        "guests fled to the Central Hotel and the Lido Hotel nearby.",
    ):
        assert len(extract_incidents(text, "2023-05-08")) == 1


def test_a_statements_semicolon_list_of_attacks_in_several_countries() -> None:
    text = ("The members of the Security Council condemned the attacks that occurred today "
            "against shoppers at a market in Maiduguri, Nigeria, in which at least 12 people were "
            "killed; against worshippers at a church in Kasese, Uganda, in which four people were "
            "killed; and against a police station in Garissa, Kenya, where a grenade wounded two "
            "officers.")
    got = extract_incidents(text, "2019-08-02")
    assert sorted((m["country_code"], m["fatalities"], m["injured"]) for m in got) == [
        ("KEN", None, 2), ("NGA", 12, None), ("UGA", 4, None)]


def test_a_demonym_in_a_sites_name_and_a_suburb_named_like_a_town_elsewhere() -> None:
    """"the Ethiopian Village restaurant" is in Kampala; "the Linwood Islamic Centre in
    Christchurch" names a suburb, not Scotland's Linwood."""
    text = ("Two bombs went off on 11 July 2010 at the Ethiopian Village restaurant in "
            "Kampala, killing 20 people.")
    assert {m["country_code"] for m in extract_incidents(text, "2010-07-12")} == {"UGA"}
    text = ("A gunman opened fire at the Linwood Islamic Centre in Christchurch on Friday, "
            "killing seven worshippers.")
    assert {m["country_code"] for m in extract_incidents(text, "2019-03-16")} == {"NZL"}


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    ("Yesterday a car bomb exploded at a checkpoint in Hilla. The toll so far is 40 martyrs and "
     "61 wounded.", 40, 61),
    ("Gunmen attacked a bus station in Kano yesterday. As of this morning the number of deceased "
     "is 9, and 14 people were injured.", 9, 14),
    ("A suicide bomber struck a base near Erbil yesterday. Four U.S. soldiers were killed -- "
     "two Marines and two sailors -- and six were wounded.", 4, 6),
])
def test_a_briefers_tolls(text: str, fatalities: int, injured: int) -> None:
    (m,) = extract_incidents(text, "2022-03-10")
    assert (m["fatalities"], m["injured"]) == (fatalities, injured)


def test_a_briefing_names_the_acts_day_before_telling_it() -> None:
    text = ("GEN. SMITH: Good afternoon. Let me start with yesterday's operation. Our forces "
            "raided a compound near Tal Afar and killed three militants. At about the same time, "
            "a roadside bomb exploded near Sinjar, wounding two soldiers.")
    got = extract_incidents(text, "2017-05-04")
    assert sorted((m["location"], str(m["event_date"])) for m in got) == [
        ("Sinjar", "2017-05-03"), ("Tal Afar", "2017-05-03")]


def test_an_active_shooter_is_a_shooting() -> None:
    text = ("CHIEF: Yesterday at 2 p.m. we received calls of an active shooter at a supermarket "
            "in Boulder, Colorado. Ten people were killed.")
    (m,) = extract_incidents(text, "2021-03-23")
    assert (m["sub_event_type"], m["weapon"], m["fatalities"]) == ("armed_assault", "firearm", 10)


def test_a_reporters_question_tells_another_act() -> None:
    text = ("COL. SMITH: This morning two missiles struck the centre of Chernihiv. According to "
            "the regional administration, 9 people were killed and 40 injured.\n\n"
            "Q: There are reports of explosions in Sumy within the last hour.\n\n"
            "COL. SMITH: I can't confirm that yet.")
    got = extract_incidents(text, "2023-08-19")
    assert sorted((m["location"], m["fatalities"]) for m in got) == [
        ("Chernihiv", 9), ("Sumy", None)]


def test_a_highway_named_after_a_town_elsewhere() -> None:
    text = ("Chattanooga police said a gunman opened fire yesterday on the recruiting center on "
            "Lee Highway, wounding a Marine.")
    (m,) = extract_incidents(text, "2015-07-17")
    assert (m["country_code"], m["location"]) == ("USA", "Chattanooga")


@pytest.mark.parametrize(("text", "fatalities"), [
    ("GEN. ALI: Yesterday gunmen stormed a police post in Tank. All six attackers were killed -- "
     "sorry, let me correct this: five were killed, and one was arrested.", 5),
    ("SPOKESMAN: Yesterday a car bomb exploded at a market in Hilla. The toll so far is 60 "
     "martyrs -- excuse me, I have just been handed the latest figure: 64 martyrs.", 64),
])
def test_a_speaker_corrects_the_toll(text: str, fatalities: int) -> None:
    (m,) = extract_incidents(text, "2019-04-11")
    assert m["fatalities"] == fatalities


def test_a_speaker_corrects_the_day() -> None:
    text = ("CAPT. LEE: On Monday -- sorry, it was Tuesday, not Monday -- our units destroyed an "
            "enemy boat near Kherson, killing four.")
    (m,) = extract_incidents(text, "2023-09-21")
    assert str(m["event_date"]) == "2023-09-19"


def test_a_toll_after_the_act_told_without_its_harm() -> None:
    text = ("COL. DIALLO: Yesterday, Friday 22 July, terrorists attempted to penetrate the "
            "military camp of Kati with two vehicles loaded with explosives. The attack was "
            "repelled. The provisional toll on our side is one soldier killed and six wounded.")
    (m,) = extract_incidents(text, "2022-07-23")
    assert (m["location"], str(m["event_date"]), m["fatalities"], m["injured"]) == (
        "Kati", "2022-07-22", 1, 6)


def test_a_toll_told_right_after_a_recalled_act_is_its_own() -> None:
    text = ("Now I want to come to the Sibi incident. On 2nd April, a suicide bomber rammed his "
            "vehicle into a police convoy near Sibi. Four policemen and a driver were killed.")
    got = extract_incidents(text, "2024-05-07")
    assert [(m["mention_type"], m["fatalities"]) for m in got] == [("background", 5)]


def test_a_death_days_after_the_act_is_dated_by_the_act() -> None:
    text = ("Maryna Petrenko, 61, died in hospital on Sunday of wounds suffered in Friday's "
            "Russian missile strike on Kharkiv.")
    (m,) = extract_incidents(text, "2023-10-10")
    assert str(m["event_date"]) == "2023-10-06"
    text = ("Ali Hassan, 19, died on Thursday of burns he suffered in Sunday's bombing at a market "
            "in Hilla.")
    (m,) = extract_incidents(text, "2016-07-08")
    assert str(m["event_date"]) == "2016-07-03"


def test_where_a_victim_came_from_and_was_buried_is_not_where_the_act_was() -> None:
    text = ("Anil Kumar, 41, a carer from Kollam in Kerala, India, was killed on Tuesday when a "
            "rocket struck the house in Sderot where he worked. His body will be flown home to "
            "Kerala for burial at his parish church in Kollam.")
    (m,) = extract_incidents(text, "2021-05-13")
    assert (m["country_code"], m["location"]) == ("ISR", "Sderot")


@pytest.mark.parametrize(("text", "fatalities"), [
    ("Omar, 9, was killed on Tuesday when a shell hit the family home in Khan Younis. His "
     "brother Sami, 6, was killed with him.", 2),
    ("Three soldiers were killed when a bomb hit their truck near Kidal on Monday. Two civilians "
     "were also killed.", 5),
    # (counted already: "among the dead", a first report then revised)
    ("Gunmen attacked a camp in Djugu, killing at least 11 people. Civilians were among the dead "
     "and three soldiers were also killed.", 11),
])
def test_more_victims_told_after_the_first(text: str, fatalities: int) -> None:
    (m,) = extract_incidents(text, "2023-11-02")
    assert m["fatalities"] == fatalities


def test_the_acts_whole_toll_after_its_named_victims() -> None:
    text = ("Rana Saleh, 38, was killed with her son when an Israeli air strike flattened a "
            "building in Jwaya on Sunday. The strike killed 21 people, according to the health "
            "ministry, and rescuers were still searching the rubble yesterday.")
    got = extract_incidents(text, "2024-10-02")
    assert [(str(m["event_date"]), m["fatalities"]) for m in got] == [("2024-09-29", 21)]


def test_a_victims_story_that_gives_the_acts_whole_toll() -> None:
    text = ("Yossi Cohen, 70, and his wife, Rina, 68, were murdered in their home on Saturday "
            "when gunmen overran the kibbutz of Nir Oz. They were among more than 40 members of "
            "the kibbutz killed that day.")
    (m,) = extract_incidents(text, "2023-10-20")
    assert m["fatalities"] == 40


def test_a_casualty_records_person_is_one_death() -> None:
    text = ("Name: Ali Hassan Fares | Age: 41 | Date of death: 02/11/2023 | District: Marjayoun | "
            "Circumstances: killed when a drone struck his motorcycle near Nabatieh; a passer-by "
            "was injured.")
    (m,) = extract_incidents(text, "2023-11-04")
    assert (m["country_code"], m["fatalities"], m["injured"]) == ("LBN", 1, 1)


def test_a_second_larger_bomb_is_another_act() -> None:
    text = ("05/03/2013: A car bomb detonated near a police post on the outskirts of Nazran city, "
            "Ingushetia, Russia, injuring two officers. Minutes later, a suicide bomber detonated "
            "a second, larger vehicle bomb. The second blast killed nine people.")
    got = extract_incidents(text, "2013-05-03")
    assert sorted((m["fatalities"] or 0, m["injured"] or 0) for m in got) == [(0, 2), (9, 0)]


def test_a_second_female_bomber_is_another_act() -> None:
    text = ("02/12/2016: A female suicide bomber detonated her vest inside a mosque in Dikwa, "
            "Borno state, Nigeria, killing 9 people. A second female bomber was stopped at the "
            "entrance and detonated her device, killing only herself.")
    got = extract_incidents(text, "2016-02-12")
    assert sorted(m["fatalities"] for m in got) == [1, 9]


def test_a_records_related_attack_of_the_same_kind_stays_its_own() -> None:
    """"One of three related attacks" in the same city, with the same kind of weapon, is told
    as another act: not the record's own act told twice."""
    text = ("05/12/2003: Gunmen shot their way into the al-Hamra compound in Riyadh city, "
            "Saudi Arabia, and a suicide bomber then detonated a car bomb among the buildings. "
            "At least 20 people were killed. This was one of three related attacks on "
            "compounds in Riyadh on this date; the other two targeted the Vinnell compound and "
            "the Jadawel compound, where assailants likewise used suicide car bombs.")
    found = extract_incidents(text, "2003-05-12")
    assert [m["sub_event_type"] for m in found] == ["suicide_bombing", "suicide_bombing"]
    assert [m["fatalities"] for m in found] == [20, None]


def test_a_notes_count_is_its_own_rows_not_the_act_it_codes_apart() -> None:
    text = ("On 26 November 2023, JNIM militants attacked the army base in Djibo (Djibo, Soum). "
            "The army repelled the assault after several hours of fighting. Air strikes on the "
            "retreating column north of the town are coded as a separate event. Fatalities "
            "coded as 40 as reports vary between 40 and 100; the government claim of over 400 "
            "militants killed is not retained. 40 fatalities.")
    found = extract_incidents(text, "2023-12-04")
    assert [(m["sub_event_type"], m["fatalities"]) for m in found] == [
        ("armed_assault", 40), ("air_strike", None)]
    text = ("On 4 February 2025, Wazalendo fighters opened fire on an M23 patrol near the "
            "village of Ntoto (Walikale, Nord-Kivu), killing 6 M23 members. On 5 February 2025, "
            "M23 returned to Ntoto and burned around 30 houses, with no reported casualties "
            "(coded separately). 6 fatalities.")
    found = extract_incidents(text, "2025-02-12")
    assert [(m["fatalities"], m["injured"]) for m in found] == [(6, None), (0, 0)]


def test_a_notes_coded_count_however_far_from_its_act() -> None:
    text = ("On 24 August 2024, JNIM militants attacked soldiers and civilians digging trenches "
            "around the town of Barsalogho (Barsalogho, Sanmatenga). Most of the victims were "
            "civilians. JNIM claimed it had targeted militia members. Fatalities coded as 200 as "
            "reports vary between 200 and 600. 200 fatalities.")
    assert [m["fatalities"] for m in extract_incidents(text, "2024-09-06")] == [200]


def test_a_related_strike_of_that_day_is_its_own() -> None:
    text = ("An explosion hit the yard of a family home in Beit Hanoun, killing four civilians; "
            "local sources attributed it to an Israeli strike.\n\nRelated: earlier that day an "
            "Israeli strike hit farmland east of Beit Hanoun, causing no reported casualties.")
    found = extract_incidents(text, "2021-05-13")
    assert [(m["fatalities"], m["injured"]) for m in found] == [(4, None), (0, 0)]


@pytest.mark.parametrize(("text", "tolls"), [
    ("On 6 October 2023, Military Forces of Syria (2000-) shelled Idlib city (Idlib, Idlib) and "
     "the town of Sarmin, killing 11 civilians. Fatalities split across events: 8 in Idlib city "
     "and 3 in Sarmin. 11 fatalities.", [("Idlib", 8), ("Sarmin", 3)]),
    ("On 26 April 2018, IS Sahel militants attacked the Daoussahak camps of Aklaz and Awakassa, "
     "west of Menaka (Menaka, Menaka), and shot civilians. Reports vary between 40 and 47 "
     "killed; fatalities coded as 40 and split across events: 22 at Aklaz and 18 at Awakassa.",
     [("Aklaz", 22), ("Awakassa", 18)]),
    ("On 2 January 2021, militants attacked the villages of Tchoma Bangou and Zaroumdareye "
     "(Tondikiwindi, Ouallam), killing civilians. Reports vary between 100 and 105 killed; "
     "fatalities coded as 70 for Tchoma Bangou and 30 for Zaroumdareye.",
     [("Tchoma Bangou", 70), ("Zaroumdareye", 30)]),
])
def test_a_coders_split_of_one_toll_across_its_sites(text: str, tolls: list) -> None:
    found = extract_incidents(text, "2024-01-01")
    assert [(m["location"], m["fatalities"]) for m in found] == tolls


def test_a_coded_count_wins_over_the_range_it_is_coded_from() -> None:
    text = ("On the night of 11 to 12 June 2022, militants attacked the town of Seytenga "
            "(Seytenga, Seno), going from house to house and shooting men. Fatalities coded as "
            "86 as reports vary between 79 and over 100.")
    assert [m["fatalities"] for m in extract_incidents(text, "2022-06-21")] == [86]


def test_a_notes_closing_count_is_not_the_recalled_acts() -> None:
    text = ("On 14 December 2023, troops clashed with militants in Barangay Ragayan (Butig, Lanao "
            "del Sur), killing two militants. The army said the group was linked to the 3 "
            "December 2023 bombing of a gymnasium in Marawi, which killed four people. "
            "2 fatalities.")
    found = extract_incidents(text, "2023-12-20")
    assert [(m["mention_type"], m["fatalities"]) for m in found] == [
        ("current", 2), ("background", 4)]


def test_an_assessments_other_strike_at_another_town_with_its_own_toll() -> None:
    text = ("Russian forces struck the Kramatorsk railway station with a Tochka-U ballistic "
            "missile on the morning of April 8, killing at least 50 people and injuring 98. "
            "Kharkiv Oblast Governor Oleh Synehubov separately reported that Russian artillery "
            "shelled residential districts of Kharkiv City on April 8, killing two civilians.")
    found = extract_incidents(text, "2022-04-08")
    assert [(m["location"], m["fatalities"]) for m in found] == [("Kramatorsk", 50), ("Kharkiv", 2)]
    text = ("A Kh-101 missile struck a children's hospital in Kyiv City, and strikes across Kyiv "
            "killed at least 27 people. Strikes also hit an industrial enterprise in Kryvyi Rih, "
            "Dnipropetrovsk Oblast, killing 10 people. Footage contradicts the Russian claim "
            "that a Ukrainian NASAMS interceptor missile caused the damage.")
    found = extract_incidents(text, "2024-07-08")
    assert [(m["location"], m["fatalities"], m["perpetrator"]) for m in found] == [
        ("Kyiv", 27, None), ("Kryvyi Rih", 10, None)]


def test_a_notes_coded_count_naming_a_weapon_is_no_act_and_a_separate_event_stays_apart() -> None:
    text = ("On 26 August 2023, Al Shabaab attacked SNA positions at Cowsweyne (Ceel Buur, "
            "Galgaduud). The assault began with two suicide VBIEDs driven into the base "
            "perimeter, coded as a separate event, followed by a gun battle. Fatalities coded as "
            "30 for the ground assault as reports vary between 30 and 178; no separate figure for "
            "the VBIEDs. 30 fatalities.")
    found = extract_incidents(text, "2023-09-04")
    assert [(m["sub_event_type"], m["fatalities"]) for m in found] == [
        ("armed_assault", 30), ("suicide_bombing", None)]
    text = ("On 1 February 2025, RSF artillery shells hit Sabreen market in Omdurman (Omdurman, "
            "Khartoum), killing traders. Fatalities coded as 54. In a separate event the same "
            "day, RSF shells landed on homes in the Karari area of Omdurman; no casualties were "
            "reported. 54 fatalities.")
    found = extract_incidents(text, "2025-02-10")
    assert [m["fatalities"] for m in found] == [54, 0]


def test_an_actor_labels_bracketed_region_is_no_place() -> None:
    text = ("On 12 June 2024, a Military Forces of Niger (2023-) vehicle struck an IED in the "
            "vicinity of Dolbel (Gorouol, Tera), near the Burkina Faso border. Four soldiers were "
            "killed. The IED is attributed to Islamic State (Sahel). 4 fatalities.")
    assert extract_incidents(text, "2024-06-20")[0]["country_code"] == "NER"


def test_an_act_a_strike_follows_in_a_month_past_is_background() -> None:
    text = ("Ukrainian forces struck the Kristall oil depot near Engels, Saratov Oblast, on the "
            "night of January 7 to 8, causing a large fire. The strike follows a December 2024 "
            "Ukrainian drone strike on the same facility.")
    found = extract_incidents(text, "2025-01-08")
    assert [(m["mention_type"], str(m["event_date"])[:7]) for m in found] == [
        ("current", "2025-01"), ("background", "2024-12")]
    # (a month ahead of which the act happened dates nothing)
    text = ("11/02/1989: Members of Sendero Luminoso shot dead the provincial mayor of Huanta, "
            "Ayacucho, Peru. The killing was part of the group's campaign against local "
            "officials ahead of the November 1989 municipal elections.")
    assert [str(m["event_date"]) for m in extract_incidents(text, "1989-11-02")] == ["1989-11-02"]


@pytest.mark.parametrize("text", [
    ("A US official told Western media that the United States had not observed any such "
     "attack, and analysts cannot verify the Houthi claim."),
    ("The president announced on May 6 that the United States would halt its strikes on the "
     "Houthis after the group agreed to stop attacking US ships."),
])
def test_an_attack_not_observed_or_strikes_to_be_halted_are_no_acts(text: str) -> None:
    assert extract_incidents(text, "2025-05-06") == []


def test_an_assessments_retaliation_its_toll_and_a_claim_of_another_day() -> None:
    text = ("Israeli forces struck Houthi military targets in and around Hudaydah Port on July 20 "
            "in retaliation for the Houthi drone strike on Tel Aviv on July 19, which killed one "
            "Israeli civilian and injured at least ten others. The Houthi-run health ministry "
            "stated that the strikes killed six people and injured 80. The Houthis claimed on "
            "July 21 that they had fired several ballistic missiles at Eilat, and the IDF reported "
            "that an interceptor downed a missile approaching Eilat. Houthi leader Abdulmalik al "
            "Houthi stated that the group would expand its attacks on Israel. Analysts assess "
            "that the Houthis will likely attempt additional long-range drone attacks.")
    found = [m for m in extract_incidents(text, "2024-07-21") if m["mention_type"] == "current"]
    assert [(m["location"], m["fatalities"], m["injured"]) for m in found] == [
        ("Hudaydah", 6, 80)]


def test_a_wave_of_drone_strikes_is_an_act() -> None:
    text = ("The Rapid Support Forces (RSF) conducted another wave of drone strikes on Port Sudan "
            "on May 6, hitting the city's main fuel depot.")
    (m,) = extract_incidents(text, "2025-05-06")
    assert (m["sub_event_type"], m["location"]) == ("drone_strike", "Port Sudan")


def test_an_operators_regions_hit_are_one_incident_each_with_the_toll_told_at_one() -> None:
    text = ("Ukrenergo: Overnight, Russia carried out another massive missile and drone attack on "
            "Ukraine's energy infrastructure. High-voltage substations of Ukrenergo in the Kharkiv "
            "and Dnipropetrovsk regions were damaged. At one of the damaged substations in the "
            "Kharkiv region our colleague was injured.")
    found = extract_incidents(text, "2024-03-22")
    assert [(m["admin1"], m["injured"]) for m in found] == [
        ("Kharkiv", 1), ("Dnipropetrovsk", None)]


def test_a_claim_that_the_strikes_avenged_an_earlier_blast_recalls_it() -> None:
    text = ("Missiles hit Dnipro City on October 10, killing three people. Russian President "
            "Vladimir Putin claimed that the strikes were retaliation for the October 8 explosion "
            "on the Kerch Strait Bridge, which killed three people.")
    found = extract_incidents(text, "2022-10-10")
    assert [(m["mention_type"], str(m["event_date"])) for m in found] == [
        ("current", "2022-10-10"), ("background", "2022-10-08")]


def test_a_notes_total_after_both_events_are_named_is_its_own_rows() -> None:
    text = ("On 10 November 2024, armed bandits raided the village of Maidabino (Danmusa, "
            "Katsina), shooting 6 residents dead. In a separate event the same night, another "
            "group abducted 15 people from the village of Unguwar Dan Ali (Faskari, Katsina); no "
            "fatalities were reported there. Both events coded with Unidentified Armed Group "
            "(Nigeria). 6 fatalities.")
    assert [m["fatalities"] for m in extract_incidents(text, "2024-11-22")] == [6, 0]


def test_a_separate_strike_at_the_same_city_that_day_stays_its_own() -> None:
    text = ("Russian forces struck an Epicentr hypermarket in Kharkiv City with two guided glide "
            "bombs on the afternoon of May 25, killing at least 16 people and injuring 43. A "
            "separate glide bomb strike on a residential area of central Kharkiv City later on "
            "May 25 injured 25 more.")
    found = extract_incidents(text, "2024-05-26")
    assert [(m["location"], m["fatalities"], m["injured"]) for m in found] == [
        ("Kharkiv", 16, 43), ("Kharkiv", None, 25)]


def test_a_hijacking_told_to_its_end_is_one_incident() -> None:
    text = ("01/16/1996: Assailants armed with pistols hijacked the passenger ferry Avrasya in "
            "the port of Trabzon city, Trabzon province, Turkey, taking more than 200 passengers "
            "hostage. The hijackers demanded an end to Russian military operations in Chechnya "
            "and threatened to blow up the vessel. They surrendered to Turkish authorities near "
            "Istanbul three days later; none of the hostages were harmed.")
    found = extract_incidents(text, "1996-01-16")
    assert [(m["country_code"], m["location"], m["fatalities"]) for m in found] == [
        ("TUR", "Trabzon", 0)]


def test_a_recalled_act_of_the_previous_night_and_a_blame_for_another_days_act() -> None:
    text = ("08/08/1985: A car bomb detonated in a parking area of the US Rhein-Main Air Base "
            "near Frankfurt city, Hesse state, West Germany. Two people were killed. "
            "Investigators stated that the bombers had shot and killed a US soldier in "
            "Wiesbaden city the previous night to use his identification card.")
    found = extract_incidents(text, "1985-08-09")
    assert [(m["mention_type"], str(m["event_date"]), m["location"]) for m in found] == [
        ("current", "1985-08-08", "Frankfurt"), ("background", "1985-08-07", "Wiesbaden")]
    text = ("05/14/1985: A suicide bomber drove a car laden with explosives into an Israeli "
            "army convoy near Qlayaa village, Marjayoun district, Nabatieh governorate, "
            "Lebanon. At least three people were killed. Hezbollah claimed responsibility for "
            "the attack. The group had earlier been blamed for the 10/23/1983 suicide truck "
            "bombing of the US Marine barracks in Beirut city, which killed 241 servicemen.")
    found = extract_incidents(text, "1985-05-15")
    assert [(m["mention_type"], m["location"]) for m in found] == [
        ("current", "Qlayaa"), ("background", "Beirut")]


def test_a_monitors_release_dates_the_act_by_its_weekday_not_its_dateline() -> None:
    text = ("WHO and UNICEF condemn killing of polio workers in Nangarhar\n\nKabul, 21 December "
            "2019 - WHO and UNICEF strongly condemn the killing of two polio workers in Surkh Rod "
            "district, Nangarhar province, on Thursday. A female vaccinator and a social "
            "mobilizer were shot dead by unidentified gunmen on motorbikes.")
    found = extract_incidents(text, "2019-12-21")
    assert [(str(m["event_date"]), m["location"], m["fatalities"]) for m in found] == [
        ("2019-12-19", "Surkh Rod", 2)]


def test_a_releases_headline_and_lead_retell_the_act_its_body_tells() -> None:
    text = ("Reporter shot dead outside his home in Chilpancingo\n\nMexico City, October 19, "
            "2023 - Mexican authorities must thoroughly investigate the killing of journalist "
            "Ernesto Salgado, the Committee to Protect Journalists said Thursday.\n\nOn Tuesday "
            "night, unidentified gunmen shot Salgado several times as he was getting out of his "
            "car outside his home in Chilpancingo. Salgado died at the scene. His son was shot "
            "in the leg.")
    found = extract_incidents(text, "2023-10-19")
    assert [(str(m["event_date"]), m["location"], m["fatalities"], m["injured"])
            for m in found] == [("2023-10-17", "Chilpancingo", 1, 1)]


def test_a_police_releases_dateline_is_the_place_when_nothing_else_is() -> None:
    text = ("Srinagar, 10 August 2021 – The Jammu and Kashmir Police informs that at about 16:10 "
            "hours today, unidentified terrorists lobbed a grenade towards a CRPF party deployed "
            "near Hari Singh High Street, injuring nine civilians.")
    assert [m["location"] for m in extract_incidents(text, "2021-08-10")] == ["Srinagar"]


def test_other_people_killed_add_to_the_one_named_and_a_running_count_is_no_act() -> None:
    text = ("The union condemns the killing of Abdirahman Hassan Nur, a cameraman, in a suicide "
            "car bombing in Beledweyne, Somalia, on Wednesday. At least nine other people, "
            "including soldiers, were killed and 20 wounded, according to police. The bombing "
            "brings to at least 11 the number of journalists killed in Somalia since January "
            "2021.")
    found = extract_incidents(text, "2022-07-14")
    assert [(m["mention_type"], m["fatalities"], m["injured"]) for m in found] == [
        ("current", 10, 20)]


def test_a_sentence_opening_on_an_earlier_year_tells_a_recalled_act() -> None:
    found = extract_incidents("In 2019, a bomb killed five people in Kabul, Afghanistan.",
                              "2023-03-16")
    assert [(m["mention_type"], str(m["event_date"])) for m in found] == [
        ("background", "2019-01-01")]


def test_a_risk_alerts_assessment_names_the_attacker_of_the_act_told() -> None:
    text = ("MOZAMBIQUE: Insurgent attack on Palma, Cabo Delgado province\n\nIncident: At "
            "approximately 1600 local time on Wednesday 24 March, insurgents launched a "
            "coordinated attack on Palma town from three directions. Fighting was still "
            "reported on 26 March. Casualty figures are not yet known. Communications with "
            "Palma have been cut.\n\nAssessment: The attack is likely to have been carried out "
            "by Ahlu Sunnah Wal Jamaa (ASWJ). Further attacks on coastal towns are likely.")
    found = extract_incidents(text, "2021-03-27")
    assert [(str(m["event_date"]), m["perpetrator"]) for m in found] == [
        ("2021-03-24", "Ahlu Sunnah Wal Jamaa (ASWJ)")]


def test_an_updated_toll_goes_to_the_act_at_the_place_it_names_however_far_on() -> None:
    text = ("SOMALIA: UPDATE - Truck bomb at Zoobe junction, Mogadishu\n\nIncident: At "
            "approximately 1540 local time on Saturday 14 October, a truck packed with "
            "explosives detonated at the busy Zoobe intersection in Mogadishu. About two hours "
            "later, a second vehicle bomb exploded in the Medina district, killing two people. "
            "UPDATE (16/10): Officials now say that more than 300 people were killed at Zoobe "
            "and over 300 injured.")
    found = extract_incidents(text, "2017-10-16")
    assert [(m["location"], m["fatalities"], m["injured"]) for m in found] == [
        ("Mogadishu", 300, 300), ("Medina", 2, None)]
    text = ("PAKISTAN: UPDATE 2 - Suicide bombing at Police Lines mosque, Peshawar\n\nIncident: "
            "At approximately 1320 local time on 30 January, a suicide bomber detonated "
            "explosives inside the mosque of the Police Lines compound in Peshawar. The roof "
            "collapsed onto worshippers. UPDATE 2 (31/01): Rescue operations have ended. "
            "Officials at Lady Reading Hospital now put the death toll at 100, with 221 injured.")
    found = extract_incidents(text, "2023-01-31")
    assert [(m["fatalities"], m["injured"]) for m in found] == [(100, 221)]


def test_an_alerts_second_item_told_by_its_clock_time_is_on_the_first_items_day() -> None:
    text = ("ISRAEL: Shooting attack in Jaffa; Iranian missile attack\n\nIncident 1: At "
            "approximately 1900 local time on 01 October, two assailants opened fire on people "
            "at a light rail stop in Jaffa, Tel Aviv. Seven people were killed.\n\nIncident 2: "
            "From approximately 1930 local time, Iran launched around 180 ballistic missiles at "
            "Israel.")
    found = extract_incidents(text, "2024-10-02")
    assert [str(m["event_date"]) for m in found] == ["2024-10-01", "2024-10-01"]


def test_a_headlines_word_for_the_act_is_no_attacker() -> None:
    text = ("ETHIOPIA: Reported drone strike kills civilians in Finote Selam, Amhara region\n\n"
            "Details: Unconfirmed reports indicate that a drone strike hit the main square of "
            "Finote Selam on Sunday 13 August, killing at least 26 people.")
    assert [m["perpetrator"] for m in extract_incidents(text, "2023-08-15")] == [None]


def test_a_notes_act_that_followed_an_earlier_one_recalls_it() -> None:
    text = ("On 6 April 2019, Military Forces of Myanmar (2016-2021) fired artillery shells into "
            "the village of Tha Mee Hla (Kyauktaw, Rakhine), killing 2 civilians and injuring 5. "
            "The shelling followed an Arakan Army (AA) attack on a military outpost near the "
            "village on or around 4 April, for which no fatalities were reported. 2 fatalities.")
    found = extract_incidents(text, "2019-04-15")
    assert [(m["mention_type"], str(m["event_date"])) for m in found] == [
        ("current", "2019-04-06"), ("background", "2019-04-04")]


def test_a_force_named_for_its_country_and_a_closing_total_after_a_recalled_act() -> None:
    text = ("On 24 July 2021, Military Forces of Rwanda (2000-) clashed with Islamic State "
            "(Mozambique) militants in the vicinity of Awasse (Mocimboa da Praia, Cabo Delgado). "
            "The Rwanda Defence Force said 30 insurgents were killed and the village cleared. The "
            "village had been under militant control since the August 2020 attack on Mocimboa da "
            "Praia town. 30 fatalities.")
    found = [m for m in extract_incidents(text, "2021-08-02") if m["mention_type"] == "current"]
    assert [(m["location"], m["fatalities"]) for m in found] == [("Awasse", 30)]


@pytest.mark.parametrize(("text", "fatalities"), [
    # the coder's closing total is the note's count
    ("On 10 March 2020, US forces (AFRICOM) conducted an air strike on Al Shabaab fighters near "
     "Janaale (Marka, Lower Shabelle). AFRICOM said 5 militants were killed; local residents "
     "said 2 of the dead were farmers. 5 fatalities.", 5),
    ("On 17 November 2022, a roadside IED struck an ATMIS convoy near Lafoole (Afgooye, Lower "
     "Shabelle). ATMIS said no soldiers were killed or wounded; Al Shabaab claimed to have "
     "killed five. 0 fatalities.", 0),
    # a clash fought with rifles, its toll closing the note
    ("Around 8 September 2023, Fatah and Islamist factions fought with rifles and "
     "rocket-propelled grenades in the Ain al-Hilweh camp of Sidon (South Lebanon). 6 fatalities "
     "and dozens wounded.", 6),
])
def test_a_notes_closing_total_is_the_coders_count(text: str, fatalities: int) -> None:
    found = extract_incidents(text, "2023-09-20")
    assert [m["fatalities"] for m in found] == [fatalities]


def test_a_closing_total_is_no_act_and_a_shared_total_leaves_the_rest() -> None:
    text = ("On 15 January 2018, two suicide bombers detonated explosive vests among day "
            "labourers in Tayaran Square (Rusafa, Baghdad), killing at least 38 civilians. It "
            "was the deadliest attack in Baghdad since the Karrada truck bombing of July 2016. 40 "
            "fatalities (including the 2 bombers).")
    found = [m for m in extract_incidents(text, "2018-01-20") if m["mention_type"] == "current"]
    assert [m["fatalities"] for m in found] == [40]
    text = ("On 7 March 2020, Tatmadaw artillery shells struck Kyauk Seik village (Ponnagyun, "
            "Rakhine), killing two civilians and injuring five. Shells also landed in Thar Zay "
            "village (Ponnagyun, Rakhine) on the same day. Four civilians were reported killed in "
            "total; reported fatalities are split between this event and the shelling of Thar "
            "Zay. 2 fatalities.")
    found = extract_incidents(text, "2020-03-15")
    assert [(m["location"], m["fatalities"]) for m in found] == [
        ("Kyauk Seik", 2), ("Thar Zay", 2)]


def test_a_drone_that_dropped_a_device_near_people_is_an_act() -> None:
    text = ("Around 5 June 2025, an Israeli drone dropped an explosive device in the vicinity of "
            "a group of shepherds near Alma al-Shaab (Tyre, South Lebanon). No injuries or "
            "fatalities were reported. 0 fatalities.")
    found = extract_incidents(text, "2025-06-14")
    assert [(m["sub_event_type"], m["fatalities"]) for m in found] == [("drone_strike", 0)]


def test_a_notes_second_act_and_its_closing_total() -> None:
    text = ("On 7 April 2019, Unidentified Gang (Mexico) members ambushed a state police patrol "
            "on the highway near Jerez (Jerez, Zacatecas), killing 4 officers. Hours later, a "
            "grenade was thrown at the municipal police headquarters in Fresnillo (Fresnillo, "
            "Zacatecas), causing property damage only. 4 fatalities.")
    found = extract_incidents(text, "2019-04-15")
    assert [(m["location"], m["fatalities"]) for m in found] == [("Jerez", 4), ("Fresnillo", 0)]
    text = ("On 1 September 2024, suspected Kuki militants dropped explosives from drones onto "
            "the village of Koutruk (Imphal West, Manipur), killing 2 civilians, a woman and a "
            "man, and injuring 9. On 2 September, drone-dropped bombs struck the village of "
            "Senjam Chirang (Imphal West, Manipur), injuring 3 people; no group claimed the "
            "second attack. 2 fatalities.")
    found = extract_incidents(text, "2024-09-06")
    assert [(str(m["event_date"]), m["fatalities"], m["injured"]) for m in found] == [
        ("2024-09-01", 2, 9), ("2024-09-02", None, 3)]


@pytest.mark.parametrize(("text", "perpetrator"), [
    ("On 27 May 2025, an improvised explosive device exploded as a Military Forces of Mexico "
     "(2024-) patrol passed near the town of Los Reyes (Los Reyes, Michoacan). Six soldiers were "
     "killed. Authorities blamed CJNG: Jalisco New Generation Cartel.",
     "Jalisco New Generation Cartel"),
    ("On 21 October 2024, Military Forces of Mexico (2024-) soldiers came under fire from "
     "Sinaloa Cartel gunmen near Plan de Oriente (Culiacan, Sinaloa) and returned fire. 19 "
     "fatalities.", "Sinaloa Cartel"),
])
def test_a_state_label_that_names_the_target_is_not_the_attacker(text: str,
                                                                 perpetrator: str) -> None:
    found = extract_incidents(text, "2025-06-03")
    assert [m["perpetrator"] for m in found] == [perpetrator]


def test_a_blame_naming_a_foreign_force_near_another_town_is_no_act_of_its_own() -> None:
    text = ("On 3 May 2024, several artillery shells hit the Lac Vert IDP site near Mugunga (Goma, "
            "Nord-Kivu), killing 35 displaced people. FARDC and the US State Department "
            "attributed the shelling to M23 and Rwandan forces positioned in the hills near Sake; "
            "M23 denied involvement. 35 fatalities.")
    found = extract_incidents(text, "2024-05-10")
    assert [(m["location"], m["fatalities"]) for m in found] == [("Mugunga", 35)]


def test_a_years_count_is_no_act_and_a_dropped_leads_count_stands() -> None:
    text = ("South Sudan: Humanitarian Coordinator condemns killing of aid worker near Gumuruk\n\n"
            "Juba, 16 March 2023 - The Humanitarian Coordinator strongly condemns the ambush on "
            "Tuesday of a humanitarian convoy near Gumuruk, in which a logistics assistant was "
            "killed and two others were injured.\n\nIn 2022, nine aid workers were killed in "
            "South Sudan, and the country remains one of the most dangerous places for "
            "humanitarians.")
    found = extract_incidents(text, "2023-03-16")
    assert [(str(m["event_date"]), m["fatalities"], m["injured"]) for m in found] == [
        ("2023-03-14", 1, 2)]
    text = ("Haitian reporter killed by gang gunfire in Carrefour-Feuilles\n\nPort-au-Prince, "
            "August 21, 2023 - The Committee to Protect Journalists condemns the killing of "
            "Haitian reporter Jean-Robert Pierre-Louis.\n\nOn Thursday, Pierre-Louis was shot in "
            "the head while covering a police operation in the Carrefour-Feuilles neighborhood of "
            "Port-au-Prince. Photographer Mackenson Joseph, who was with him, was shot in the "
            "arm.")
    found = extract_incidents(text, "2023-08-21")
    assert [(str(m["event_date"]), m["fatalities"], m["injured"]) for m in found] == [
        ("2023-08-17", 1, 1)]


def test_a_satellite_channels_cameraman_and_a_year_count_at_a_sentences_end() -> None:
    text = ("Yemeni cameraman killed by sniper fire in Taiz\n\nBeirut, March 14, 2016 - The "
            "Committee to Protect Journalists condemns the killing of Yemeni cameraman Ahmed "
            "al-Shaibani, who was shot dead while filming clashes in Taiz.\n\nAl-Shaibani, a "
            "cameraman for the satellite channel Saba Horizons TV, was hit in the chest by a "
            "sniper's bullet on Friday afternoon in eastern Taiz. His colleague, photographer "
            "Walid al-Qudsi, was wounded in the hand.\n\nAt least six journalists were killed in "
            "Yemen in 2015, according to CPJ research.")
    found = extract_incidents(text, "2016-03-14")
    assert [(str(m["event_date"]), m["fatalities"], m["injured"]) for m in found] == [
        ("2016-03-11", 1, 1)]


def test_a_count_kept_since_a_weekday_is_no_acts_toll() -> None:
    text = ("On Monday, the Civil Defence centre in Saqba was put out of service after it was hit "
            "by several regime artillery shells. No one was hurt, as the team was out on a "
            "mission. Since Sunday, more than 250 civilians have been killed in Eastern Ghouta.")
    found = extract_incidents(text, "2018-02-22")
    assert [(m["fatalities"], m["injured"]) for m in found] == [(0, 0)]


@pytest.mark.parametrize(("text", "perpetrator"), [
    ("Sudan Doctors Network: drone strike on El Obeid hospital kills six\n\nThe Sudan Doctors "
     "Network condemns the drone strike that hit the El Obeid Teaching Hospital in North "
     "Kordofan on Saturday evening, killing six people. The Network accused the Rapid Support "
     "Forces of launching the drone. The RSF did not comment.", "Rapid Support Forces"),
    ("Geneva/Kinshasa, 16 July 2019 - WHO condemns the attack on the Ebola transit centre in "
     "Vuhovi health zone, North Kivu, during the night of 13 to 14 July, in which a community "
     "health worker was killed. Two other members of the response team were injured. Local "
     "authorities said the assailants were armed men believed to belong to a Mai-Mai group.",
     "Mai-Mai"),
    ("DR Congo: nutrition worker killed as shells hit displacement site west of Goma\n\nWe are "
     "heartbroken to confirm that our colleague Jeanine Kahindo, a nutrition assistant with our "
     "local partner organisation, was killed on Friday when two shells landed in the Lac Vert "
     "displacement site west of Goma, North Kivu, where she was screening children for "
     "malnutrition. At least four other people, including two children, were killed and 16 "
     "injured, according to the site management committee.\n\nProvincial authorities blamed M23 "
     "rebels for the shelling; the M23 denied responsibility and accused the Congolese army of "
     "firing on the site.", "M23"),
])
def test_a_monitor_names_the_accused_not_the_accusers_target(text: str, perpetrator: str) -> None:
    found = [m for m in extract_incidents(text, "2025-03-03") if m["mention_type"] == "current"]
    assert len(found) == 1
    # (named as the text names it: "M23 rebels" is M23)
    assert found[0]["perpetrator"].startswith(perpetrator)


def test_a_headline_naming_each_city_leaves_each_its_own_act() -> None:
    text = ("UKRAINE: UPDATE - Mass Russian missile strike hits Kyiv children's hospital; "
            "casualties in Kryvyi Rih and Dnipro\n\nIncident: On Monday 08 July, Russian forces "
            "launched a large-scale daytime missile attack against several Ukrainian cities. In "
            "Kyiv, a missile struck the Okhmatdyt children's hospital, destroying one building.\n\n"
            "UPDATE (09/07): The Kyiv City Military Administration reports that the death toll in "
            "the capital has risen to 33, with 121 injured.\n\nIn Kryvyi Rih, Dnipropetrovsk "
            "oblast, a missile strike on an industrial facility killed 10 people and injured 47.")
    found = extract_incidents(text, "2024-07-09")
    assert [(m["location"], m["fatalities"], m["injured"]) for m in found] == [
        ("Kyiv", 33, 121), ("Kryvyi Rih", 10, 47)]


def test_a_hotel_named_like_a_small_town_abroad_is_no_town() -> None:
    text = ("Event: There are reports of an explosion at Abbey Gate of Hamid Karzai International "
            "Airport in Kabul this evening. Unconfirmed reports indicate a second explosion at or "
            "near the Baron Hotel, a short distance from Abbey Gate.")
    assert {m["country_code"] for m in extract_incidents(text, "2021-08-26")} == {"AFG"}


def test_an_updated_toll_replaces_the_one_named_and_a_commander_killed_is_no_attacker() -> None:
    text = ("LEBANON: Israeli air strike on Beirut's southern suburbs kills senior Hezbollah "
            "commander\n\nIncident: At approximately 1545 local time on 20 September, an Israeli "
            "air strike hit a residential building in Beirut's southern suburbs (Dahiyeh). The "
            "Israel Defense Forces (IDF) said the strike killed Ibrahim Aqil, commander of "
            "Hezbollah's Radwan Force, along with other commanders.\n\nUPDATE: Lebanon's Ministry "
            "of Public Health now reports 45 people killed, including children, and 68 injured.")
    found = extract_incidents(text, "2024-09-21")
    assert [(m["perpetrator"], m["fatalities"], m["injured"]) for m in found] == [
        ("Israeli forces", 45, 68)]


def test_a_live_pages_town_update_goes_to_that_towns_act() -> None:
    text = ("Ukraine live: Kyiv hit by ballistic missiles\n\n05:40 EET — Explosions have been "
            "heard across Kyiv as air defences respond to what the air force says is a Russian "
            "ballistic missile attack.\n\n06:55 EET — The head of the city's military "
            "administration says falling debris and a direct hit caused fires in the "
            "Sviatoshynskyi district. Early reports speak of one person dead.\n\n08:30 EET — In "
            "Dnipro, "
            "the regional governor says a Russian missile hit an industrial facility overnight, "
            "injuring one worker.\n\n09:45 EET — Kyiv update: the toll from this morning's "
            "attack has risen to three, with 14 injured.")
    found = extract_incidents(text, "2025-02-11")
    assert sorted((m["location"], m["fatalities"], m["injured"]) for m in found) == [
        ("Dnipro", None, 1), ("Kyiv", 3, 14)]


def test_a_monument_and_its_directorate_and_a_strike_on_a_building() -> None:
    text = ("Cultural Heritage Initiatives - Weekly Report 57: Syria Incident Report SHI "
            "15-0145: Destruction of the Temple of Bel, Palmyra (Tadmur), Homs Governorate\n\n"
            "On August 30, 2015, ISIL militants detonated large quantities of "
            "explosives inside and around the Temple of Bel in Palmyra, Syria, according to "
            "local residents and the Syrian Directorate-General of Antiquities and Museums.")
    found = extract_incidents(text, "2015-09-08")
    assert [(m["country_code"], m["sub_event_type"]) for m in found] == [
        ("SYR", "ied_remote_explosive")]
    text = ("On Monday, a strike on a building next to the Salah Ghandour Hospital in Bint Jbeil, "
            "Lebanon, damaged the hospital's windows, doors and solar panels. No casualties were "
            "reported.")
    found = extract_incidents(text, "2024-10-10")
    assert [(str(m["event_date"]), m["fatalities"]) for m in found] == [("2024-10-07", 0)]


def test_a_lead_that_asks_for_a_swift_inquiry_retells_and_a_sniper_names_the_side() -> None:
    text = ("CPJ calls for probe after journalist shot during Israeli raid on Jenin\n\nNew York, "
            "July 5, 2023 - Israeli authorities must swiftly and transparently investigate the "
            "shooting of Palestinian journalist Rami Jarrar, the Committee to Protect Journalists "
            "said Wednesday.\n\nOn Monday morning, Jarrar, a correspondent for the local news "
            "website Jenin Now, was hit in the thigh by live fire near the main entrance of the "
            "Jenin refugee camp. Jarrar told CPJ he believed the shot came from an Israeli sniper "
            "positioned on the roof of a building overlooking the camp.")
    found = extract_incidents(text, "2023-07-05")
    assert [(str(m["event_date"]), m["perpetrator"]) for m in found] == [
        ("2023-07-03", "Israeli forces")]


def test_a_count_coded_across_other_events_and_mortars_with_their_local_name() -> None:
    text = ("Around this date (16 January 2025), ELN fighters launched an offensive against the "
            "EMC's 33rd Front in rural Tibu (Tibu, Norte de Santander), attacking dissident "
            "positions. Fatalities for this event are unknown; the Ombudsman's Office reported "
            "around 80 people killed across Catatumbo by 21 January, coded across multiple "
            "events.")
    found = extract_incidents(text, "2025-01-27")
    assert [(str(m["event_date"]), m["fatalities"]) for m in found] == [("2025-01-16", None)]
    text = ("On 20 May 2024, FARC dissidents attacked a military base in El Plateado (Argelia, "
            "Cauca) with explosive-laden drones, injuring three soldiers. Later the same day, "
            "the dissidents fired homemade mortars ('tatucos') at the base, causing no "
            "casualties; coded separately. 0 fatalities.")
    found = extract_incidents(text, "2024-05-28")
    assert [m["sub_event_type"] for m in found] == ["drone_strike", "shelling_artillery"]


def test_the_victims_shot_dead_are_those_taken_in_the_sentence_before() -> None:
    text = ("03/09/2001: Approximately 30 heavily armed assailants arrived at a hamlet in a rural "
            "area of Tierralta municipality, Cordoba department, Colombia, and pulled seven "
            "farmers from their homes, accusing them of collaborating with guerrillas. The "
            "victims were shot dead next to the village school.")
    assert [m["fatalities"] for m in extract_incidents(text, "2001-03-09")] == [7]


def test_a_mine_records_outcome_stands_and_its_running_total_is_no_toll() -> None:
    text = ("Kherson oblast - civilian mine casualty\nIncident type: AV mine\nA tractor driver "
            "was killed on 3 June when his tractor ran over an anti-tank mine in a field near "
            "Vysokopillia.\nVictims: 1 adult male, civilian\n1 killed, 0 injured; three cows "
            "also died.\nCumulative civilian mine casualties in the oblast this year reached 48 "
            "(19 killed, 29 injured).\nCumulative civilian mine casualties in the district "
            "since 01.01.2023: 12 (5 killed, 7 injured).")
    found = extract_incidents(text, "2023-06-05")
    assert [(m["fatalities"], m["injured"], m["weapon"]) for m in found] == [(1, 0, "ied")]


def test_a_mine_stepped_on_while_gathering_is_no_shooting_and_a_heading_names_the_region(
) -> None:
    # "shoots" of bamboo are no gunfire; the heading's region keeps the township in Myanmar
    text = ("Northern Shan State - Manton township\nA farmer aged 50 was injured on 3 May when "
            "he stepped on a landmine while collecting bamboo shoots near his village in Manton "
            "township. He lost his left leg below the knee.")
    found = extract_incidents(text, "2018-05-07")
    assert [(m["country_code"], m["sub_event_type"], m["weapon"], m["injured"])
            for m in found] == [("MMR", "ied_remote_explosive", "ied", 1)]


def test_who_laid_the_mine_is_its_perpetrator_and_a_remnant_that_went_off_is_an_explosion(
) -> None:
    text = ("Taiz - landmine kills two shepherds\nTwo shepherds were killed on 9 May when a "
            "landmine exploded under them in the hills west of Taiz. Local officials said the "
            "mine had been planted by Houthi forces who held the area until 2018.")
    assert [m["perpetrator"] for m in extract_incidents(text, "2021-05-11")] == ["Houthis"]
    text = ("Gaza - Deir al-Balah: boy killed by unexploded shell\nA boy aged 11 was killed and "
            "his cousin injured on 4 April when an unexploded tank shell they found near their "
            "tent exploded.\nIncident type: UXO (tank shell)")
    found = extract_incidents(text, "2025-04-06")
    assert [(m["sub_event_type"], m["weapon"], m["fatalities"], m["injured"])
            for m in found] == [("explosion_unknown_cause", "artillery", 1, 1)]


def test_demining_and_clearance_reports_code_nothing() -> None:
    text = ("Deminers handed back 30 hectares of farmland near Izium this month after removing "
            "112 anti-personnel mines and 40 items of unexploded ordnance; no accidents were "
            "recorded.")
    assert extract_incidents(text, "2024-05-10") == []


def test_a_photo_captions_day_gives_way_to_the_acts_own() -> None:
    # the scene is the photo's day; the act is told with its own day, or "a day after"
    text = ("People inspect a crater left by an airstrike that hit a block of flats in Tyre, "
            "southern Lebanon, 12 November 2024. The Israeli army struck two buildings in the "
            "city on 11 November after issuing evacuation warnings, killing at least five "
            "people. (Photo by Staff/Agency)")
    found = extract_incidents(text, "2024-11-12")
    assert [(str(m["event_date"]), m["fatalities"]) for m in found] == [("2024-11-11", 5)]
    text = ("Firefighters work at the site of a market in Omdurman, Sudan, March 4, 2025, a day "
            "after shelling that local officials blamed on the Rapid Support Forces. The "
            "shelling of the market killed at least 20 people.")
    found = extract_incidents(text, "2025-03-04")
    assert [(str(m["event_date"]), m["fatalities"]) for m in found] == [("2025-03-03", 20)]
    # a city's record of bombardment is no act
    text = ("ZAPORIZHZHIA, UKRAINE - APRIL 02: A view of a damaged school in Zaporizhzhia, "
            "Ukraine on April 02, 2024. The city has faced intensified Russian bombardment since "
            "the start of the year.")
    assert [m for m in extract_incidents(text, "2024-04-02")
            if m["mention_type"] == "current"] == []


def test_the_day_a_toll_was_said_gives_way_to_the_day_the_attackers_came() -> None:
    text = ("Suspected rebels killed nine villagers in a night raid on the village of Kalau, "
            "local officials said on Tuesday. The attackers arrived late on Saturday and most "
            "of the victims were shot.")
    found = extract_incidents(text, "2023-05-09")
    assert [(str(m["event_date"]), m["fatalities"]) for m in found
            if m["mention_type"] == "current"] == [("2023-05-06", 9)]


@pytest.mark.parametrize("text", [
    # a film set's charge and its shoot, a drone law, a golden goal
    "BELGRADE, SERBIA - JUNE 02: A crew sets off a smoke charge beside a wrecked tank on the set "
    "of a war drama being filmed in Zemun on June 02, 2021. Roads will stay closed until the "
    "shoot ends on Friday.",
    "New national rules on unmanned aircraft apply from today: drones over 250 g must be "
    "registered and their pilots must pass an online test.",
    "Rotterdam - The home side came out all guns blazing in extra time and their striker fired a "
    "rocket of a golden goal into the roof of the net.",
])
def test_a_film_set_a_drone_law_and_a_golden_goal_code_nothing(text: str) -> None:
    assert extract_incidents(text, "2021-06-02") == []


def test_a_unit_one_country_uses_names_it_and_rockets_with_small_arms_are_a_clash() -> None:
    text = ("On 2 September 2020, Nigerian Air Force jets struck militants near the Cameroon "
            "border in Kala/Balge LGA; fatalities coded as 10 as reports vary.")
    assert [m["country_code"] for m in extract_incidents(text, "2020-09-10")] == ["NGA"]
    text = ("On 29 January 2024, BLA militants attacked Frontier Corps facilities in Mach "
            "(Kachhi, Balochistan) with rockets and small arms, sparking clashes. 15 "
            "fatalities.")
    assert [(m["sub_event_type"], m["weapon"]) for m in extract_incidents(text, "2024-02-07")
            ] == [("armed_clash", "firearm")]


def test_a_records_heading_names_the_township_and_a_hospital_is_where_the_hurt_were_cared_for(
) -> None:
    text = ("Rakhine State - Kyauktaw township\nOn 3 February two children were killed when an "
            "unexploded artillery shell they found near the stream outside their village "
            "exploded.")
    assert [m["location"] for m in extract_incidents(text, "2024-02-06")] == ["Kyauktaw"]
    text = ("A man wounded in Friday's bombing in Gwoza receives treatment at the State "
            "Specialist Hospital in Maiduguri, Nigeria, June 3, 2024. The bombing killed 12 "
            "people.")
    assert [m["location"] for m in extract_incidents(text, "2024-06-03")] == ["Gwoza"]


def test_an_earlier_months_act_recalled_after_the_days_act_is_background() -> None:
    text = ("On Wednesday afternoon a combine harvester struck an anti-tank mine near "
            "Novoraisk, Kherson oblast. The operator suffered a traumatic amputation of the "
            "right foot. There were no fatalities. It is the second farm vehicle lost in the "
            "district this season: in July two tractor drivers were killed near Vysokopillia "
            "when their tractor hit a mine.")
    found = extract_incidents(text, "2023-08-04")
    assert [(m["mention_type"], str(m["event_date"]), m["fatalities"], m["injured"])
            for m in found] == [("current", "2023-08-02", 0, 1),
                                ("background", "2023-07-01", 2, None)]


def test_an_answer_from_the_air_is_an_act_of_its_own() -> None:
    text = ("A view of the main gate of the aerospace plant in Kahramankazan district of Ankara "
            "on October 24, 2024, a day after the attack. Five people were killed and 22 others "
            "injured when two assailants armed with rifles and explosives stormed the complex on "
            "Wednesday. Turkish authorities said the PKK was behind the attack. The Turkish "
            "military said its jets struck 32 PKK targets in northern Iraq overnight in "
            "response.")
    found = extract_incidents(text, "2024-10-24")
    assert [(m["country_code"], m["sub_event_type"]) for m in found] == [
        ("TUR", "ied_remote_explosive"), ("IRQ", "air_strike")]


def test_a_notes_closing_total_in_words_and_none_for_every_act() -> None:
    text = ("On 17 March 2017, BRN militants detonated a roadside bomb targeting a ranger patrol "
            "in Rueso (Rueso, Narathiwat). Two rangers were injured. Security forces later "
            "arrested a suspect in a nearby village. No fatalities.")
    assert [(m["fatalities"], m["injured"]) for m in extract_incidents(text, "2017-03-24")] == [
        (0, 2)]
    text = ("On 19 May 2025, TTP militants used a quadcopter to drop explosives on the police "
            "station in Mandan (Bannu, Khyber Pakhtunkhwa), injuring three officers. On the same "
            "night, TTP militants attacked a police checkpoint near Domel (Bannu, Khyber "
            "Pakhtunkhwa) with small arms; no casualties. No fatalities.")
    assert [(m["fatalities"], m["injured"]) for m in extract_incidents(text, "2025-05-27")] == [
        (0, 3), (0, 0)]
    # the coder's count after the claim it weighs
    text = ("On 2 September 2021, army aircraft struck BIFF positions near Datu Hoffer "
            "(Maguindanao). The military claimed five BIFF members were killed; coded as 5 "
            "fatalities.")
    assert [m["fatalities"] for m in extract_incidents(text, "2021-09-10")] == [5]


def test_a_prosecutors_or_courts_news_recalls_the_attacks_it_judges() -> None:
    text = ("BOSTON – A man was formally sentenced today to life in prison for his role in the "
            "April 15, 2013, bombing at the finish line. The two bombs exploded about 12 seconds "
            "apart, killing three spectators and injuring more than 260 others.")
    found = extract_incidents(text, "2015-06-24")
    assert [m for m in found if m["mention_type"] == "current"] == []
    assert {str(m["event_date"]) for m in found} == {"2013-04-15"}
    # the charge is the news: what the accused did is no act of the day
    text = ("Three charged with possession of terrorist material\nThree accused persons were "
            "today arraigned before the Chief Magistrate's Court in Nairobi and charged with "
            "being in possession of articles connected with terrorism, including a manual on "
            "making explosives.")
    assert extract_incidents(text, "2018-04-17") == []
    text = ("Man Charged with Attempted Use of a Weapon of Mass Destruction\nHOUSTON - A "
            "27-year-old man has been charged by criminal complaint with attempting to use a "
            "weapon of mass destruction. According to the complaint, he discussed his desire to "
            "carry out a bombing at a crowded shopping mall and received an inert device.")
    assert extract_incidents(text, "2017-12-19") == []
    # but a courthouse attacked is the day's act
    text = ("At least 11 people were killed on Monday when gunmen stormed the district courts "
            "complex in Islamabad, firing indiscriminately, before two attackers blew themselves "
            "up, police said. The attack came a day after a judge sentenced two militants.")
    assert [(m["mention_type"], m["fatalities"]) for m in extract_incidents(text, "2014-03-03")
            ][:1] == [("current", 11)]


@pytest.mark.parametrize("text", [
    # a bulletin's sport item among its news
    "Five Live Sport. Wayne Rooney fired England ahead from the penalty spot in the fourth "
    "minute, but Iceland came back to win 2-1.",
    "KBC News. Polls have closed. In athletics, Kipruto stormed down the home straight to win "
    "the steeplechase.",
    # stated causes and words of medicine and games
    "A hydrogen explosion has occurred at the reactor building; eleven workers were injured.",
    "Investigators concluded that the explosions at the warehouse were caused by the spontaneous "
    "combustion of nitrocellulose.",
    "Haematology note: marrow blasts above 20% mean the patient has entered blast crisis.",
    "Helldivers 2 review - co-op shooter drops you onto alien planets to call in orbital "
    "strikes, and it is an absolute blast.",
    # a launch that hit no one
    "Radio news. North Korea fired a ballistic missile that flew over Hokkaido early this "
    "morning. The government issued a warning at 6:02 a.m. to residents of 12 prefectures; some "
    "train services were suspended for safety checks. According to the Defense Ministry, the "
    "missile was launched from near Pyongyang at 5:58 a.m., passed over Cape Erimo, broke into "
    "three pieces and fell into the Pacific about 1,180 kilometres east of the cape. There have "
    "been no reports of damage.",
])
def test_a_bulletins_sport_a_stated_cause_medicine_and_a_review_code_nothing(text: str) -> None:
    assert [m for m in extract_incidents(text, "2016-06-28")
            if m["mention_type"] == "current"] == []


def test_a_bulletins_closing_recap_retells_its_top_story() -> None:
    text = ("This is the seven o'clock news. Thirty people were killed late last night when "
            "three suicide bombers attacked a football viewing centre in Konduga, Borno State. "
            "In other news, the naira fell against the dollar. Once again, the headlines: "
            "thirty-two people are now confirmed dead after the suicide attack in Konduga.")
    found = extract_incidents(text, "2019-06-17")
    assert [(m["location"], m["fatalities"]) for m in found] == [("Konduga", 32)]


def test_a_toll_updated_later_in_a_bulletin_goes_to_the_act_it_names() -> None:
    text = ("Our top story: a truck bomb at the Zoobe junction in Mogadishu killed at least 137 "
            "people yesterday. In January, a car bomb killed ten people at a hotel in the city. "
            "In other news, parliament passed the budget. We've just had an update from the "
            "ministry: the toll from the Zoobe bombing now stands at two hundred and thirty-one.")
    found = extract_incidents(text, "2017-10-15")
    assert [(m["mention_type"], m["fatalities"]) for m in found] == [
        ("current", 231), ("background", 10)]


def test_two_mine_incidents_of_a_week_each_with_its_own_outcome() -> None:
    text = ("Kalbajar / Aghdam - mine incidents this week\nOn 20 October two returnees were hit "
            "by an anti-personnel mine while collecting herbs outside Kalbajar. One man was "
            "killed and his neighbour was injured.\nIncident type: AP mine\n1 killed, 1 "
            "injured\nOn 22 October a deminer was injured during clearance in Aghdam district "
            "when an anti-personnel mine detonated.\nIncident type: AP mine (accident during "
            "clearance)\nkilled (0), injured (1)")
    found = extract_incidents(text, "2023-10-24")
    assert [(str(m["event_date"]), m["fatalities"], m["injured"]) for m in found] == [
        ("2023-10-20", 1, 1), ("2023-10-22", 0, 1)]


def test_what_follows_a_recap_and_where_the_evidence_points_name_the_attacker() -> None:
    text = ("This is the news. Gunmen attacked the international terminal of Istanbul's "
            "Ataturk airport last night, killing 36 people. The prime minister says the "
            "evidence points to the Islamic State group. In other news, the lira was steady.")
    assert [m["perpetrator"] for m in extract_incidents(text, "2016-06-29")] == ["Islamic State"]
    text = ("This is the news. Gunmen attacked the international terminal of Istanbul's "
            "Ataturk airport last night, killing 36 people. In other news, the lira was steady. "
            "Sport: the quarter-final line-up is complete. Once again, the headlines: 36 people "
            "were killed in the attack on the airport. Officials suspect the Islamic State "
            "group.")
    assert [m["perpetrator"] for m in extract_incidents(text, "2016-06-29")] == ["Islamic State"]


def test_an_obituary_dates_the_act_its_relative_clause_tells() -> None:
    text = ("The journalists' union mourns photographer Taras Melnyk, 41, who was killed on "
            "Friday when Russian forces shelled the port district of Kherson.")
    found = extract_incidents(text, "2023-11-20")
    assert [(str(m["event_date"]), m["fatalities"]) for m in found] == [("2023-11-17", 1)]
    # (the death named before the clause is the same one: "condemns the killing of …")
    text = ("The press-freedom group condemns the killing of reporter Ahmed Warsame, 33, who "
            "was killed on Saturday afternoon when a car bomb exploded at a junction in "
            "Mogadishu.")
    assert [str(m["event_date"]) for m in extract_incidents(text, "2022-02-14")] == [
        "2022-02-12"]


def test_a_victim_among_a_toll_in_words_takes_the_act_whole_toll() -> None:
    text = ("The union mourns Oleh Bondar, 34, who was killed on Friday when Russian forces "
            "shelled Kherson. Oleh was among three people killed in the attack.")
    assert [m["fatalities"] for m in extract_incidents(text, "2023-11-20")] == [3]
    # (but not a crash in the next item of a digest: "was among ten people killed when a
    # military helicopter crashed")
    text = ("WORLD IN BRIEF\nIRAQ — A blast wrecked an arms depot near Tikrit on Friday, killing "
            "one fighter.\nKENYA — The army chief was among ten people killed when a military "
            "helicopter crashed on Thursday.")
    assert [m["fatalities"] for m in extract_incidents(text, "2024-04-20")] == [1]


def test_a_memorial_text_recalls_the_day_its_opening_sentence_closes_on() -> None:
    text = ("Five years on: remembering Ruwani Perera. Ruwani was 14 when a suicide bomber "
            "struck a church in Negombo during Easter Sunday mass on 21 April 2019. Today her "
            "family will lay flowers at the memorial.")
    found = extract_incidents(text, "2024-04-21")
    assert [(m["mention_type"], str(m["event_date"])) for m in found] == [
        ("background", "2019-04-21")]


def test_an_attack_the_story_says_came_an_hour_earlier_is_an_act_of_its_own() -> None:
    text = ("Maria was gravely burned in the bombing at a metro station in Brussels on 22 "
            "March. The bombing came an hour after two suicide bombers struck the departure "
            "hall of Zaventem airport.")
    found = extract_incidents(text, "2016-04-05")
    assert [(m["mention_type"], str(m["event_date"]), m["sub_event_type"]) for m in found] == [
        ("current", "2016-03-22", "ied_remote_explosive"),
        ("current", "2016-03-22", "suicide_bombing")]


def test_a_burial_day_is_no_act_and_a_son_killed_years_before_is_recalled() -> None:
    text = ("The family announces the passing on Monday of Kadhim Hassan, 58, of wounds he "
            "suffered in the twin suicide bombings that struck a market in Baghdad on "
            "Thursday, 21 January. He was laid to rest on Tuesday in Najaf, beside his son, "
            "who was among more than 300 people killed in the Karrada truck bombing in July "
            "2016.")
    found = extract_incidents(text, "2021-01-27")
    assert [(m["mention_type"], str(m["event_date"])) for m in found] == [
        ("current", "2021-01-21"), ("background", "2016-07-01")]


def test_the_country_the_lead_names_places_an_act_told_in_a_region_of_a_namesake() -> None:
    text = ("The regiment mourns Corporal Luc Martin, 29, who died for France on Monday 15 "
            "March in Mali. He was killed when his armoured vehicle struck an improvised "
            "explosive device near Gossi, in the Gourma. Two comrades were wounded and "
            "evacuated to the military hospital in Gao.")
    found = extract_incidents(text, "2021-03-18")
    assert [(m["country_code"], m["location"]) for m in found] == [("MLI", "Gossi")]


def test_a_fact_check_reads_what_it_established_not_what_posts_claimed() -> None:
    text = ("Fact check: Car bomb near Manbij killed 20, not 50. Posts on X claim that \"a car "
            "bomb in Aleppo city killed 50 people today\". A car bomb did explode on Monday, "
            "February 3, on the outskirts of Manbij, killing 20 people, according to the civil "
            "defence. Our verdict: Partly false.")
    found = extract_incidents(text, "2025-02-04")
    assert [(str(m["event_date"]), m["location"], m["fatalities"]) for m in found] == [
        ("2025-02-03", "Manbij", 20)]
    # (a claim refuted, with the footage it came with, is no act at all)
    text = ("Fact check: No attack on Mogadishu airport. Messages forwarded on WhatsApp "
            "claimed on Monday that \"Al-Shabaab fighters have stormed the airport, 30 killed\". "
            "The claim is false. A video of heavy gunfire and black smoke over a runway was "
            "filmed at a training range in Kenya in 2019.")
    assert extract_incidents(text, "2023-11-21") == []


def test_an_official_quoted_in_a_fact_check_still_gives_the_toll() -> None:
    text = ("Verified: A suicide bomber struck a beach restaurant in Mogadishu on Friday "
            "evening. Police said \"37 people were killed\" in the attack. Our verdict: the "
            "attack is real.")
    assert [m["fatalities"] for m in extract_incidents(text, "2024-08-04")] == [37]


def test_a_toll_said_on_a_later_day_stays_with_the_act() -> None:
    for said in ("said on Monday that at least 57 people were killed",
                 "said on Monday that at least 57 people had been killed"):
        text = ("A huge explosion hit the port near the city of Bandar Abbas on Saturday, April "
                f"26. The interior minister {said}.")
        found = extract_incidents(text, "2025-04-28")
        assert [(m["mention_type"], str(m["event_date"]), m["fatalities"]) for m in found] == [
            ("current", "2025-04-26", 57)]


def test_an_attack_recalled_is_dated_by_its_day_and_its_sequel_is_recalled_too() -> None:
    text = ("Claim: CCTV footage shows an explosion at Brussels Airport this weekend. Verdict: "
            "False. A video of smoke filling a departures hall was shared on X over the "
            "weekend. The airport said there had been no incident. "
            "The footage is eight years old. It was broadcast in 2016 and shows the departures "
            "hall of Brussels Airport on the morning of March 22, 2016, when two suicide "
            "bombers blew themselves up, killing 16 people there. About an hour later a third "
            "bomber struck a train at Maalbeek metro station in central Brussels, killing 16 "
            "more.")
    found = extract_incidents(text, "2024-03-25")
    assert [(m["mention_type"], str(m["event_date"])) for m in found] == [
        ("background", "2016-03-22"), ("background", "2016-03-22")]


@pytest.mark.parametrize("text", [
    # a fact check's headline: the claim in single quotes, and what the footage is not
    "FACT CHECK | Viral video claiming 'Indian drone attack on an army post in Kotli' shows "
    "Eid fireworks in Lahore. The clip was filmed during celebrations.",
    "FACT CHECK: Video shows a live-fire drill on the coast, not a missile strike on Kinmen. "
    "The footage was filmed during the annual exercise.",
    # a negated weapon, singular
    "IDF Spokesperson: Sirens sounded a short while ago in Sderot following a false "
    "identification. No rocket was fired from the Gaza Strip.",
    # a hoax, balloons, a transformer
    "Hoax bomb threat emails to 9 Pune hotels. Nine hotels received emails on Tuesday night "
    "claiming that explosives had been planted on their premises. Police declared the threats a "
    "hoax.",
    "Shoppers fled a mall on Saturday after reports of shots near the food court. Police "
    "established that the loud bangs were balloons bursting at a party.",
    "'Loud bang' in Pretoria east was transformer failure. Residents reported a huge explosion "
    "and a flash on Wednesday night, some fearing a bomb.",
    # an obituary of a death by illness: the war of a life
    "Lars Berg, the war photographer whose shots from Lebanon and Angola ran on magazine "
    "covers, died on Saturday in Oslo. He was 81. The cause was lung cancer. His best-known "
    "shot, a girl walking through the rubble of a shelled street, won an award.",
    # sport
    "Sharma detonates as India blow England away. He smashed three sixes that exploded off the "
    "bat in the 18th over as India took a six-wicket win off the last ball; England's top order "
    "had been shell-shocked by the new-ball missiles.",
    "Chiefs blitz Bills to reach the Super Bowl. Mahomes threw for 300 yards, including a "
    "60-yard bomb, as Kansas City routed Buffalo 38-24; Buffalo's shotgun attack stalled.",
    # a year's statistic
    "GENEVA - At least 4,710 people were killed or injured by landmines and explosive remnants "
    "of war in 2022, according to a monitoring report released on Tuesday.",
])
def test_round_55_negatives_report_no_incident(text: str) -> None:
    assert [m for m in extract_incidents(text, "2023-11-20")
            if m["mention_type"] == "current"] == []


def test_round_55_database_summaries() -> None:
    # a trade names one victim
    found = extract_incidents("06/14/1985: Assailants shot and killed a newspaper publisher as "
                              "he left his office in Athens, Greece. The 17 November "
                              "Revolutionary Organization claimed responsibility.", "1985-06-14")
    # (and a group named after a day is no date of a second act)
    assert [(m["fatalities"], m["perpetrator"]) for m in found] == [
        (1, "17 November Revolutionary Organization")]
    # a count, a relative clause, the hurt
    found = extract_incidents("01/12/1975: An explosive device detonated on the railway line "
                              "near Vaiano, Italy. Two railway maintenance workers who were "
                              "inspecting the track nearby were slightly injured.", "1975-01-12")
    assert [m["injured"] for m in found] == [2]
    # the one victim taken to hospital lived
    found = extract_incidents("08/04/1994: Assailants shot a man in both knees in an alleyway "
                              "in Derry, Northern Ireland. The victim was taken to Altnagelvin "
                              "Hospital and survived.", "1994-08-05")
    assert [(m["fatalities"], m["injured"]) for m in found] == [(0, 1)]


def test_a_claim_for_an_earlier_bombing_stays_with_it() -> None:
    text = ("05/12/2016: A car bomb exploded as a police bus passed along a main road in "
            "Bahcelievler district, Istanbul city, Istanbul province, Turkey. Four people were "
            "killed. TAK had also claimed the 02/17/2016 vehicle bombing of military buses in "
            "Ankara, which killed 29 people.")
    found = extract_incidents(text, "2016-05-13")
    assert [(m["mention_type"], m["location"]) for m in found] == [
        ("current", "Istanbul"), ("background", "Ankara")]


def test_one_claim_for_both_attacks_and_for_a_series() -> None:
    text = ("03/29/2010: A female suicide bomber detonated an explosives belt aboard a train at "
            "Lubyanka metro station in Moscow, Russia, killing 26 people. About 40 minutes later "
            "a second female suicide bomber detonated explosives on a train at Park Kultury "
            "station, killing 14 people. Doku Umarov, leader of the Caucasus Emirate, claimed "
            "responsibility for both attacks.")
    assert [m["perpetrator"] for m in extract_incidents(text, "2010-03-29")] == [
        "Caucasus Emirate", "Caucasus Emirate"]
    text = ("01/16/1997: An explosive device detonated at a clinic in Sandy Springs city, "
            "Georgia, United States; no one was hurt. About an hour later, a second device "
            "exploded in the parking lot as police gathered, injuring seven people. The Army of "
            "God later claimed responsibility for the attack in letters sent to news agencies.")
    assert [m["perpetrator"] for m in extract_incidents(text, "1997-01-16")] == [
        "Army of God", "Army of God"]


def test_the_qassam_brigades_are_hamas_not_a_rocket() -> None:
    text = ("02/25/1996: A suicide bomber detonated explosives aboard a bus in Jerusalem, "
            "Israel, killing 26 people. The Izz al-Din al-Qassam Brigades of Hamas claimed "
            "responsibility.")
    found = extract_incidents(text, "1996-02-25")
    assert [(m["sub_event_type"], m["perpetrator"]) for m in found] == [
        ("suicide_bombing", "Hamas")]


def test_round_55_event_notes() -> None:
    # the insurgency's own name, spelt as the notes spell it
    text = ("On 5 October 2017, around 30 armed men from Ahl al-Sunnah wal-Jama'ah (known "
            "locally as al-Shabaab) attacked three police posts in Mocimboa da Praia town "
            "(Mocimboa da Praia, Cabo Delgado). 2 fatalities.")
    assert [m["perpetrator"] for m in extract_incidents(text, "2017-10-13")] == [
        "Ansar al-Sunna"]
    # a state's soldier hit by a mine another laid
    text = ("On 9 October 2023, a Military Forces of Colombia (1819-) soldier was killed when he "
            "stepped on an antipersonnel mine while on patrol in El Tarra (El Tarra, Norte de "
            "Santander). The army attributed the minefield to the ELN. 1 fatality.")
    assert [m["perpetrator"] for m in extract_incidents(text, "2023-10-18")] == ["ELN"]
    # a victim named, his name, then the others; a crew member hurt; tank fire
    text = ("On 16 October 2024, Military Forces of Israel (1948-) air strikes hit the "
            "municipality building in Nabatieh city (Nabatieh, Nabatieh), killing the mayor, "
            "Ahmad Kahil, and at least 15 other people.")
    assert [m["fatalities"] for m in extract_incidents(text, "2024-10-25")] == [16]
    text = ("On 11 November 2024, gang members fired on an aircraft as it approached the airport "
            "in Port-au-Prince (Port-au-Prince, Ouest), injuring a flight attendant.")
    assert [m["injured"] for m in extract_incidents(text, "2024-11-18")] == [1]
    text = ("On 13 October 2023, Military Forces of Israel (1948-) tank fire hit a group of "
            "journalists near Alma ash-Shaab (Tyre, South Lebanon), killing a videographer.")
    assert [m["weapon"] for m in extract_incidents(text, "2023-10-20")] == ["artillery"]


def test_round_55_obituaries_counts_and_country() -> None:
    # a season's year is no count; the one named, aged, with a long apposition
    text = ("Peter Ashby, 58, a retired engineer who had been volunteering with a relief charity "
            "since spring 2022, was killed on Thursday when Russian forces shelled the village "
            "of Bilozerka, west of Kherson.")
    assert [m["fatalities"] for m in extract_incidents(text, "2023-06-12")] == [1]
    # one named, killed along with four of his family
    text = ("Press-freedom groups are mourning journalist Yousef Barhum, 29, who was killed on "
            "Monday along with four members of his family when Israeli forces carried out an air "
            "strike on their home in Bani Suheila, east of Khan Younis.")
    found = extract_incidents(text, "2023-12-20")
    assert [(str(m["event_date"]), m["fatalities"]) for m in found] == [("2023-12-18", 5)]
    # the one named, then the whole toll of the blast
    text = ("The union condemns the killing of cameraman Abdi Nur, 29, who was killed on "
            "Saturday afternoon when a car bomb exploded near a tea shop in Mogadishu. Police "
            "said six people were killed and 11 wounded in the blast.")
    assert [m["fatalities"] for m in extract_incidents(text, "2022-02-14")] == [6]
    # the one country the text places anything in holds a village the gazetteer lacks
    text = ("The teachers' league in Lebanon mourns our colleague Zeinab Hammoud, 45, who passed "
            "away on Wednesday. She was gravely wounded on 9 October when an Israeli air strike "
            "destroyed a house in Kfar Sir, killing six people.")
    assert [m["country_code"] for m in extract_incidents(text, "2024-10-18")] == ["LBN"]


def test_round_56_database_summaries_name_the_group_for_both_attacks() -> None:
    text = ("09/02/2018: An explosive device detonated outside an internet cafe in Isulan "
            "municipality, Sultan Kudarat province, Philippines, killing two people. The bombing "
            "occurred five days after an improvised explosive device exploded during a street "
            "festival in the same town on 08/28/2018, killing three people. No group claimed "
            "responsibility for either incident; however, sources attributed both attacks to the "
            "Bangsamoro Islamic Freedom Fighters (BIFF).")
    assert [m["perpetrator"] for m in extract_incidents(text, "2018-09-03")] == [
        "Bangsamoro Islamic Freedom Fighters", "Bangsamoro Islamic Freedom Fighters"]
    # (but a claim for the attacks that nobody made names no one)
    text = ("Two drones struck an oilfield in Duhok province on Tuesday morning, causing a fire "
            "but no casualties. On Monday, a drone hit an oilfield west of Erbil. No group has "
            "claimed responsibility for the attacks. In July 2022, artillery shells hit a resort "
            "in Zakho, killing nine tourists. Baghdad blamed Turkey.")
    assert [m["perpetrator"] for m in extract_incidents(text, "2025-07-16")
            if m["mention_type"] == "current"] == [None, None]
    text = ("06/04/2015: Assailants ambushed an army convoy near Paraolon village, Chandel "
            "district, Manipur, India, killing 18 soldiers. The National Socialist Council of "
            "Nagaland-Khaplang (NSCN-K) claimed joint responsibility for the incident.")
    assert [m["perpetrator_claimed"] for m in extract_incidents(text, "2015-06-04")] == [True]


def test_an_interview_is_read_from_the_day_it_was_recorded_and_its_questions_tell_no_act() -> None:
    text = ("Interview recorded on 18 June 2024 in Tawila, North Darfur.\n"
            "Q: When did you leave El Fasher?\n"
            "A: Nine days ago, on the Sunday, after the shell fell on our street in Abu Shouk, "
            "El Fasher.\n"
            "Q: So two people were wounded?\n"
            "A: Those two I saw.")
    found = extract_incidents(text, "2024-06-21")
    assert [(str(m["event_date"]), m["sub_event_type"]) for m in found] == [
        ("2024-06-09", "shelling_artillery")]


def test_an_imagery_analysis_dates_burning_by_its_pictures_and_counts_no_structures() -> None:
    text = ("Misterei, a town south-west of El Geneina, West Darfur, has been almost entirely "
            "burned. Imagery collected on 26 May 2023 shows the town intact; imagery collected "
            "on 31 May shows at least 1,120 structures burned.")
    found = extract_incidents(text, "2023-06-02")
    assert [(str(m["event_date"]), m["sub_event_type"], m["fatalities"]) for m in found] == [
        ("2023-05-31", "attack", None)]
    # (patients' talk of "houses burned" is no count of structures an imagery analysis makes)
    text = ("\"Our patients tell us about insurgents, about houses burned, about relatives they "
            "lost along the way,\" said the coordinator.")
    assert extract_incidents(text, "2020-11-20") == []


def test_each_device_toll_told_in_one_sentence_goes_to_its_site() -> None:
    text = ("10/02/2004: An explosive device detonated on a platform of the railway station in "
            "Dimapur, Nagaland, India. Minutes later, a second device exploded at the crowded "
            "Hong Kong Market in the town. The railway station blast killed at least 26 people "
            "and injured more than 80 others; the market explosion killed four people and "
            "injured 20 others.")
    found = extract_incidents(text, "2004-10-02")
    assert [(m["fatalities"], m["injured"]) for m in found] == [(26, 80), (4, 20)]


def test_a_press_alert_s_demand_for_an_inquiry_into_a_fresh_death() -> None:
    # the clause tells its own recent day: the death is the news, not a past act looked into
    text = ("The union demands an investigation into the deaths of two journalists who were "
            "killed on Thursday when their car was struck by a drone near Manbij.")
    (m,) = extract_incidents(text, "2024-12-20")
    assert (m["event_date"], m["fatalities"], m["weapon"]) == (dt.date(2024, 12, 19), 2, "drone")
    # (a release dated days before it is posted: the dateline is no act's day)
    text = ("Islamabad, 11 June 2024 — Journalist Ashiq Mahar was shot dead on 10 June 2024 on "
            "the Ghotki road in Sindh province.")
    (m,) = extract_incidents(text, "2024-06-14")
    assert (m["event_date"], m["fatalities"]) == (dt.date(2024, 6, 10), 1)


def test_less_than_an_hour_later_and_a_place_after_an_opening_preposition() -> None:
    text = ("On Wednesday, a bomb exploded outside a candidate's office in Khanozai, killing "
            "17 people. Less than an hour later, a second bomb went off outside a party office "
            "in Qila Saifullah, killing another 11.")
    found = extract_incidents(text, "2024-02-09")
    assert [(m["location"], m["event_date"]) for m in found] == [
        ("Khanozai", dt.date(2024, 2, 7)), ("Qila Saifullah", dt.date(2024, 2, 7))]
    text = ("In Djugu territory (Ituri), CODECO militiamen attacked a village on Monday, "
            "killing six civilians.")
    (m,) = extract_incidents(text, "2023-12-22")
    assert m["location"] == "Djugu"


@pytest.mark.parametrize("text", [
    # a game's parts are no victims ("killed a couple of overs")
    "Lahore was no place for bowlers last night. Khan bombed anything short over midwicket and "
    "Rossouw shot the ball to all parts, and although Nawaz killed a couple of overs, the "
    "required rate kept climbing. The captain said: \"They massacred us.\"",
    # a plot's purpose, an inquiry's arrests: nothing done
    "Police detained a man on Saturday night who had sought to obtain poison in order to carry "
    "out an attack. No one was endangered, prosecutors said.",
    # a year's statistics and a policy's conditions
    "Civilian deaths reached their highest recorded level in 2023, the mission said on Sunday, "
    "with 2,100 civilians killed and 4,000 injured over the twelve months.",
    "The president said on Thursday that strikes would be carried out only when there is "
    "near-certainty that no civilians will be killed or injured.",
    # a rifle range's neighbours, a comic's set, a spirit, a parcel of blood
    "Residents said they had lived with gunfire every weekend from the rifle range for years.",
    "The last week of the festival brought two shows that killed.",
    "Finish the meal with a shot of chacha if you dare.",
    "A small drone dropped a box of blood on a parachute outside the hospital on Friday.",
    # war over, hostages held, a people displaced, bombs assembled, a jet's first flight
    "\"We thank God that the shelling has stopped,\" a teacher said on Thursday.",
    "Critics warned that the rebels had used earlier truces to regroup and still hold hostages.",
    "Fighting between the army and the rebels in the east has displaced a million people.",
    "Those arrested on Monday had been assembling small pipe bombs in a rented house, police "
    "said, but none had been used.",
    "The unmanned fighter jet completed its first flight on Wednesday and landed safely.",
    # a festival's cannon, a law's penalty, a sonic boom, a statistic's breakdown
    "Revellers hurled tomatoes until a second blast of the water cannon called a halt at noon.",
    "The new law raises the penalty for kidnapping a woman into marriage to ten years.",
    "A huge bang over the city on Wednesday was a fighter jet breaking the sound barrier, not "
    "an explosion, police said.",
    "Casualties from landmines stayed high in 2022, the monitor's annual report said on "
    "Tuesday. Of these, 1,661 were killed.",
    "Officers said on Thursday that shooting a drone down was a last resort.",
])
def test_round_57_texts_with_no_incident(text: str) -> None:
    assert extract_incidents(text, "2024-06-14") == []


def test_an_election_day_report_dates_its_items_by_the_election() -> None:
    # the report's day is its items' today; "Polling" in its title is no German village
    text = ("ISFED: Interim Statement on Election Day (26.10.2024) - Polling, Closing and "
            "Counting\n\nAt polling station #29 in Marneuli, an observer was assaulted by a man. "
            "He lost consciousness and was taken to hospital.")
    (m,) = extract_incidents(text, "2024-10-27")
    assert (m["country_code"], m["event_date"]) == ("GEO", dt.date(2024, 10, 26))
    # an eve the text dates gives the polling day, before any statement's own day
    text = ("Preliminary Statement on the General Election - 23 June 2021\n\n"
            "On 20 June, the eve of polling, gunmen burned a truck carrying ballots near Ataye. "
            "Armed men fired shots at a polling station in Ataye on polling day; no one was hurt.")
    found = extract_incidents(text, "2021-06-23")
    assert [m["event_date"] for m in found] == [dt.date(2021, 6, 20), dt.date(2021, 6, 21)]


def test_live_rounds_fired_at_people_are_firearms() -> None:
    (m,) = extract_incidents("Security forces fired live rounds at protesters in Conakry on "
                             "Wednesday, killing four young men.", "2020-10-22")
    assert (m["weapon"], m["fatalities"]) == ("firearm", 4)


def test_each_village_s_own_clause_and_a_toll_with_the_named_one_among_them() -> None:
    text = ("01/02/2021: Assailants on motorcycles attacked the villages of Tchoma Bangou and "
            "Zaroumadareye in Ouallam department, Tillaberi region, Niger. In Tchoma Bangou the "
            "attackers killed 70 civilians, and in Zaroumadareye, about seven kilometres away, "
            "they killed 30 more.")
    assert [m["fatalities"] for m in extract_incidents(text, "2021-01-04")] == [70, 30]
    text = ("A bomb hidden in the stand exploded during a parade in Grozny on Sunday, killing "
            "President Akhmad Kadyrov. At least six people died, among them Kadyrov and the "
            "speaker, and more than 50 were injured.")
    (m,) = extract_incidents(text, "2004-05-10")
    assert (m["fatalities"], m["injured"]) == (6, 50)


def test_a_note_s_report_day_its_previous_night_and_a_toll_s_own_day() -> None:
    text = ("As reported on 19 April 2019, late on the previous night a gunman fired shots "
            "towards police during rioting in Derry (Derry City and Strabane, Northern Ireland), "
            "fatally wounding journalist Lyra McKee, 29.")
    (m,) = extract_incidents(text, "2019-04-23")
    assert (m["event_date"], m["fatalities"]) == (dt.date(2019, 4, 18), 1)
    text = ("On 2 March 2024, Russian forces launched drones at Odesa city (Odesa raion, Odesa "
            "oblast). One struck a residential building in Kyivskyi district. 12 killed, "
            "including 5 children, and 8 injured (toll as of 4 March).")
    (m,) = extract_incidents(text, "2024-03-05")
    assert (m["event_date"], m["fatalities"], m["injured"]) == (dt.date(2024, 3, 2), 12, 8)


def test_two_villages_named_before_their_kind_each_with_its_toll() -> None:
    text = ("On 2 January 2021, militants attacked Tchoma Bangou and Zaroumadareye villages "
            "(Tondikiwindi, Ouallam, Tillaberi) and opened fire on residents. 70 civilians "
            "killed in Tchoma Bangou and 30 in Zaroumadareye.")
    found = extract_incidents(text, "2021-01-06")
    assert [(m["location"], m["fatalities"]) for m in found] == [("Tchoma Bangou", 70),
                                                                 ("Zaroumadareye", 30)]


def test_a_monitor_s_statement_day_and_the_death_its_clause_tells() -> None:
    # "today" is the statement's; the clause tells the death's own day
    text = ("The federation today expressed its shock at the death of a freelance photographer, "
            "who was killed yesterday in the coastal city of Sirte by a sniper's shot.")
    (m,) = extract_incidents(text, "2016-10-03")
    assert m["event_date"] == dt.date(2016, 10, 2)
    # an accented dateline's day is the release's
    text = ("São Paulo, 16/03/2023 – The association condemns the murder of a blogger, shot dead "
            "on the night of 14/03 in front of his house in Codó, Maranhão state.")
    (m,) = extract_incidents(text, "2023-03-16")
    assert m["event_date"] == dt.date(2023, 3, 14)


def test_a_glued_dateline_and_a_country_s_act_do_not_place_the_strike() -> None:
    text = ("New York, August 11, 2025—The committee is appalled by Israel's killing of a "
            "correspondent in a strike on a tent in Gaza City late on Sunday. The Israeli "
            "military confirmed that it had targeted him.")
    (m,) = extract_incidents(text, "2025-08-11")
    assert (m["country_code"], m["location"]) == ("PSE", "Gaza City")


def test_a_monitor_s_tallies_and_a_death_recalled_in_its_clause() -> None:
    text = ("The union condemns the killing of a reporter who died yesterday when a bomb planted "
            "in her car exploded in Aden. More than 45 journalists have been killed in Yemen "
            "since 2015. \"Journalists are being killed, abducted and starved into silence,\" "
            "the union said, recalling every previous killing.")
    found = extract_incidents(text, "2021-11-10")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(2021, 11, 9))]
    # an old day the clause gives its death: that death, recalled
    text = ("A video journalist was killed yesterday near Sievierodonetsk when a shell fragment "
            "pierced his bus. The federation counts 12 media workers killed since February. "
            "Among them were a camera operator and his producer, who died on 14 March when "
            "their vehicle was hit by artillery fire in Horenka, just outside Kyiv.")
    found = extract_incidents(text, "2022-05-31")
    assert ("background", dt.date(2022, 3, 14)) in [(m["mention_type"], m["event_date"])
                                                    for m in found]
    assert all(m["event_date"] != dt.date(2022, 5, 31) for m in found)


def test_coordinated_attacks_in_two_cities_lead_the_acts_in_each() -> None:
    text = ("06/23/2024: Assailants carried out coordinated attacks on religious sites and police "
            "in two cities of Dagestan, Russia, on Sunday evening. In Derbent city, gunmen "
            "opened fire at a synagogue, killing a priest and a guard. In Makhachkala city, a "
            "second group attacked a traffic police post, killing at least 15 police officers.")
    found = extract_incidents(text, "2024-06-25")
    assert [m["location"] for m in found] == ["Derbent", "Makhachkala"]


def test_a_later_sentence_dating_and_placing_the_weekday_s_incident_joins_it() -> None:
    text = ("Two civilians were killed when unknown gunmen attacked a bus. The ministry said in a "
            "statement that the Saturday evening incident occurred in Nyamagabe District, near "
            "the border with Burundi.")
    found = extract_incidents(text, "2018-12-17")
    assert [(m["event_date"], m["country_code"], m["fatalities"]) for m in found] == [
        (dt.date(2018, 12, 15), "RWA", 2)]


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("A roadside bomb wounded three soldiers near Kidal on Monday. One of them later died of "
     "his wounds.", 1, 2),
    ("A roadside bomb killed two soldiers and wounded three near Kidal on Monday. One of the "
     "wounded later died of his wounds.", 3, 2),
    ("Gunmen opened fire on a press vehicle in Quetta on Monday, wounding cameraman Zahid Ali "
     "and a driver. Ali died of his injuries in hospital on Wednesday.", 1, 1),
])
def test_the_wounded_who_die_later_are_counted_once_as_dead(text: str, dead: int,
                                                            hurt: int) -> None:
    (m,) = extract_incidents(text, "2024-05-09")
    assert (m["fatalities"], m["injured"]) == (dead, hurt)


def test_a_siege_s_toll_told_in_the_pluperfect_is_the_act_s_own() -> None:
    text = ("On Thursday, 2nd April, at dawn, four gunmen stormed a college in Garissa. By the "
            "time the siege ended that evening, 142 students and six officers had been killed. "
            "All four attackers were killed by security forces.")
    (m,) = extract_incidents(text, "2015-04-14")
    assert (m["mention_type"], m["event_date"], m["fatalities"]) == (
        "current", dt.date(2015, 4, 2), 152)


def test_a_recalled_act_s_toll_told_with_the_same_weapon_stays_with_it() -> None:
    text = ("Back in March, gang members attacked Pont-Sondé in the Artibonite department. At "
            "least 115 people were killed, most of them shot at close range in their homes.")
    (m,) = extract_incidents(text, "2024-10-22")
    assert (m["mention_type"], m["location"], m["fatalities"]) == ("background", "Pont-Sondé", 115)


def test_a_parliament_s_record_tells_the_act_it_is_about_as_news() -> None:
    text = ("Question for written answer E-001111/2024\n"
            "Subject: Attack in Barsalogho\n"
            "On Saturday 24 August 2024, JNIM fighters attacked residents of Barsalogho, in "
            "Burkina Faso's Centre-Nord region. UN sources report at least 200 people killed.\n"
            "Answer given on behalf of the Commission (5.11.2024)\n"
            "The EU condemned the attack, as it condemned the attack by the same group on the "
            "army post at Mansila on 11 June 2024, in which dozens of soldiers were killed.")
    found = extract_incidents(text, "2024-11-05")
    assert [(m["mention_type"], m["event_date"]) for m in found] == [
        ("current", dt.date(2024, 8, 24)), ("background", dt.date(2024, 6, 11))]
    # (the same words outside a parliament's record are a recalled act)
    found = extract_incidents(text.split("\n", 1)[1], "2024-11-05")
    assert found[0]["mention_type"] == "background"


def test_an_act_members_are_asked_to_recall_is_background() -> None:
    text = ("HOUSE OF REPRESENTATIVES\nThursday, 4 July 2019\nMembers will recall that on 17 "
            "July 2014 a missile brought down a passenger aircraft near Hrabove in Donetsk "
            "Oblast, killing all 298 people on board.")
    (m,) = extract_incidents(text, "2019-07-04")
    assert (m["mention_type"], m["event_date"]) == ("background", dt.date(2014, 7, 17))


def test_a_weekday_with_the_article_is_of_the_story_s_week() -> None:
    text = ("In the early hours of Sunday, 10 July, armed men fired at patrons at a tavern in "
            "Soweto, killing sixteen. Earlier that same night, at about 20:30 on the Saturday, "
            "two gunmen walked into a tavern at Sweetwaters, outside Pietermaritzburg, and shot "
            "dead four people.")
    found = extract_incidents(text, "2022-08-24")
    assert [m["event_date"] for m in found] == [dt.date(2022, 7, 10), dt.date(2022, 7, 9)]


@pytest.mark.parametrize("text", [
    "On Saturday a Russian missile tore through a nine-storey apartment block in Dnipro. At "
    "least 45 people were killed.",
    "On Tuesday a police vehicle ran over an improvised explosive device near Garissa. Five "
    "officers died on the spot.",
])
def test_a_missile_tearing_through_and_a_vehicle_running_over_a_device(text: str) -> None:
    (m,) = extract_incidents(text, "2023-06-20")
    assert m["weapon"] in ("missile", "ied") and m["fatalities"] in (45, 5)


def test_the_day_a_toll_was_given_is_not_the_act_s_day() -> None:
    text = ("Gunmen opened fire at St Francis Xavier Catholic Church in Owo, Ondo State, on "
            "Pentecost Sunday. The state government yesterday gave an official toll of 40 dead "
            "and 61 wounded, revising an earlier figure of 22.")
    (m,) = extract_incidents(text, "2022-06-09")
    assert (m["event_date"], m["fatalities"], m["injured"]) == (dt.date(2022, 6, 5), 40, 61)


@pytest.mark.parametrize("text", [
    "The suspect had been researching how to obtain a firearm and had discussed targeting a "
    "Christmas market, prosecutors said.",
    "The ones that have exploded are the apps plugged into mobile money. So here's my shot at "
    "a prediction.",
    "SEOUL — Few rookie bands have exploded onto the scene like this one.",
    "Turkish assets were shelled by another wave of sell-offs on Friday. \"The market is "
    "killing the lira,\" one strategist said.",
    "Tokyo stocks suffered a bloodbath on Monday as the yen shot higher.",
    "Strategists tried to shoot down suggestions that their grip on the region was slipping.",
    "Gun salutes rang out in London on Saturday to mark the coronation. Salutes were also fired "
    "at Edinburgh Castle and Cardiff Castle.",
    "DRONE RACING: teenager, 15, shoots to fame with a win at the World Drone Prix in Dubai",
    "\"Nobody here thinks an attack is coming tomorrow,\" said an official in Helsinki.",
    "Beekeepers in Finistère say the Asian hornet is killing their colonies. \"They attack "
    "from morning till night,\" one apiarist said.",
    "Underwriters said most claims come from express kidnappings and virtual kidnap scams, in "
    "which a family is told a relative has been abducted.",
    "The company will supply counter-drone systems to a customer in Saudi Arabia, it said on "
    "Tuesday.",
    "The noise came from a film production shooting an action sequence in Budapest, police "
    "said after residents reported gunfire and explosions on Monday night.",
    "THEATRE: Macbeth, Royal Exchange, Manchester\nIt takes forty minutes for the bodies to "
    "pile up in this bloodthirsty Macbeth: Duncan is stabbed in his bed and Banquo is ambushed "
    "on a walkway between the seats. The in-the-round staging is tense, and the final duel, "
    "with broadswords and fake blood, is thrilling. Until 30 June.",
    "Lecture notes — War and Technology in Early Modern Europe\nWe began with the bronze "
    "bombards of the fifteenth century. Commanders did not yet see artillery as a killing "
    "tool.",
    "An unexploded Second World War bomb found in Plymouth was taken out to sea and "
    "detonated on Friday. Plumes of water rose when the bomb went off. No one was hurt.",
    "Red Ridge fired the largest production blast in its history at its pit near Newman "
    "today. Detonation occurred at 1:04 pm after the exclusion zone was cleared. No "
    "incidents, injuries or environmental exceedances were recorded.",
    "Spring Storm ends with live-fire finale\nAEGVIIDU, Estonia — Troops wrapped up the annual "
    "exercise on Friday. Howitzers and mortar teams fired on target hulks on the range. The "
    "drill concluded without serious injuries.",
])
def test_round_58_texts_with_no_incident(text: str) -> None:
    assert extract_incidents(text, "2023-05-08") == []


def test_round_58_event_notes() -> None:
    # a toll told on a later day belongs to the act it counts
    text = ("On 24 January 2012, rebels overran the military camp at Aguelhok (Kidal region). "
            "On 13 February the government said 82 soldiers had been killed.")
    (m,) = extract_incidents(text, "2012-02-14")
    assert (m["event_date"], m["fatalities"]) == (dt.date(2012, 1, 24), 82)
    # "Meanwhile": the same day as the act told
    text = ("Tripoli: On 7 April 2019, an LNA aircraft carried out an air strike on Mitiga "
            "airport. No casualties reported. Meanwhile, LNA units clashed with GNA-aligned "
            "militias south of the capital; 4 fighters were killed and 11 injured.")
    assert [m["event_date"] for m in extract_incidents(text, "2019-04-08")] == [
        dt.date(2019, 4, 7)] * 2
    # "The following day": another act
    text = ("On 2 December 2018, TPNPB fighters attacked road workers at Kali Yigi, Papua, "
            "killing at least 16 workers. The following day, the group attacked an army post "
            "nearby, killing one soldier and wounding another.")
    assert [(m["event_date"], m["fatalities"]) for m in extract_incidents(text, "2018-12-05")] == [
        (dt.date(2018, 12, 2), 16), (dt.date(2018, 12, 3), 1)]
    # near-simultaneous attacks in two named cities lead each city's own
    text = ("On Sunday evening, gunmen carried out near-simultaneous attacks in Derbent and "
            "Makhachkala. In Derbent, they attacked a church, killing a priest and a guard. In "
            "Makhachkala, attackers opened fire on a police post, killing 12 officers.")
    assert [m["location"] for m in extract_incidents(text, "2024-06-24")] == [
        "Derbent", "Makhachkala"]
    # a ceasefire's terms are no act
    assert extract_incidents("On 11 January, the junta undertook not to conduct air strikes "
                             "near Lashio, under a ceasefire agreed in Kunming.",
                             "2024-01-13") == []


def test_round_58_database_summaries() -> None:
    # a year-first day with slashes
    (m,) = extract_incidents("2016/12/18: A suicide bomber detonated himself among soldiers at "
                             "a base in Aden, Yemen, killing at least 52.", "2017-01-15")
    assert m["event_date"] == dt.date(2016, 12, 18)
    # a table's rows, one act each
    text = ("Incident list, Sunday 14 September 2014\n"
            "k4410 | Abu Ghraib, west of Baghdad | Parked car bomb near a mosque | killed 7–9 | "
            "injured 18\n"
            "k4411 | Baquba, Diyala | Bodies of two men found in an orchard, shot in the head | "
            "killed 2")
    found = extract_incidents(text, "2014-09-16")
    assert [(m["location"], m["fatalities"]) for m in found] == [("Abu Ghraib", 7), ("Baquba", 2)]
    # a log's items, each headed by its region and place and a dash
    text = ("Daily incident log — Central African Republic — Tuesday 16 February 2021\n"
            "1. Nana-Mambéré / Baboua — This morning, a MINUSCA armoured vehicle struck an "
            "explosive device on the Baboua–Abba road. Two peacekeepers were slightly injured.\n"
            "2. Bangui / 3rd arrondissement — Yesterday evening, an unidentified individual threw "
            "a grenade into a bar in Bangui. One customer was killed and six others were injured.")
    found = extract_incidents(text, "2021-02-16")
    assert [(m["weapon"], m["fatalities"], m["injured"]) for m in found] == [
        ("ied", None, 2), ("grenade", 1, 6)]


@pytest.mark.parametrize("text", [
    "Excluded event — reviewed 11/30/2022\nAn explosion tore through a restaurant kitchen in "
    "Karachi on 11/12/2022, killing three workers. Police concluded that a leaking gas cylinder "
    "had ignited. Reason for exclusion: accidental explosion.",
    "Codebook excerpt. Casualty fields record confirmed deaths, including perpetrators, and "
    "confirmed wounded; coders record the most conservative figure.",
])
def test_a_database_s_excluded_event_and_its_codebook_tell_no_act(text: str) -> None:
    assert extract_incidents(text, "2022-11-30") == []


def test_a_parliament_s_header_and_topic_are_no_act_s_place_or_act() -> None:
    text = ("Debates - Wednesday, 4 October 2023 - Strasbourg\n"
            "Situation in Nagorno-Karabakh (debate)\n"
            "Subject: Mass displacement and shelling in Nagorno-Karabakh\n"
            "Mr President, on 19 September Azerbaijani artillery began shelling Stepanakert and "
            "the villages around it, in Azerbaijan's Karabakh region.")
    found = extract_incidents(text, "2023-10-04")
    assert [(m["event_date"], m["country_code"]) for m in found] == [
        (dt.date(2023, 9, 19), "AZE")]
    # (a parliament attacked is news, not a record of a sitting)
    text = ("27 October 1999 – Yerevan, Armenia. Five gunmen burst into the chamber of the "
            "National Assembly during a session and opened fire with automatic rifles, killing "
            "the prime minister, the speaker and six others, eight people in all.")
    (m,) = extract_incidents(text, "1999-10-29")
    assert (m["event_date"], m["fatalities"]) == (dt.date(1999, 10, 27), 8)


def test_round_58_persecution_alerts() -> None:
    # "that morning" after a sentence naming its day; men who "burst into" a church
    text = ("Sunday 25 February was a day of mourning for believers of both faiths.\n\n"
            "Early that morning, in Natiaboani in the East region, militants attacked a mosque "
            "during dawn prayer.\n\n"
            "Later the same day, in the village of Essakane in the Sahel region, armed men "
            "burst into the Catholic church. Twelve people were killed on the spot.")
    found = extract_incidents(text, "2024-02-28")
    assert [(m["event_date"], m["location"]) for m in found] == [
        (dt.date(2024, 2, 25), "Natiaboani"), (dt.date(2024, 2, 25), "Essakane")]


def test_a_record_s_later_day_with_its_year_is_an_act_of_that_day() -> None:
    text = ("11/11/2016: Gunmen boarded a cargo vessel off Basilan, Philippines, and abducted six "
            "crew members. On 07/05/2017, the captors beheaded two of the hostages in Sumisip "
            "municipality, Basilan.")
    found = extract_incidents(text, "2017-09-12")
    assert [(m["mention_type"], m["event_date"], m["fatalities"]) for m in found] == [
        ("current", dt.date(2016, 11, 11), None), ("current", dt.date(2017, 7, 5), 2)]


def test_two_places_struck_each_with_its_own_where_clause() -> None:
    text = ("On 24 November 2022, Russian artillery struck Bilozerka, where a woman was wounded, "
            "and Antonivka, where no casualties were reported.")
    found = extract_incidents(text, "2022-11-25")
    assert [(m["location"], m["injured"]) for m in found] == [("Bilozerka", 1), ("Antonivka", 0)]


def test_round_59_security_notes() -> None:
    # a note headed by its country's ISO code: its hospital named Medina is in Mogadishu
    text = ("SOM – Banadir – Mogadishu (Hodan district)\n"
            "Yesterday at approx. 1745hrs an SVBIED detonated outside a hotel on Maka Al Mukarama "
            "road. 24 killed; over 80 WIA admitted to Medina and Erdogan hospitals.")
    (m,) = extract_incidents(text, "2019-03-01")
    assert (m["country_code"], m["event_date"]) == ("SOM", dt.date(2019, 2, 28))
    # a daily update's period dates its items, an item timed before the period's hour the next
    text = ("UKRAINE – DAILY SECURITY UPDATE\n"
            "Reporting period: 17 Aug 0800 – 18 Aug 0800 (local)\n"
            "KHARKIVSKA OBLAST – Kharkiv city: at approx. 0310hrs, two missiles struck an "
            "industrial site. 1 civilian killed, 6 injured.\n"
            "SUMSKA OBLAST – Krasnopillia hromada: Russian artillery shelled the outskirts of "
            "Krasnopillia during the afternoon; no casualties reported.")
    found = extract_incidents(text, "2024-08-18")
    assert [(m["location"], m["event_date"]) for m in found] == [
        ("Kharkiv", dt.date(2024, 8, 18)), ("Krasnopillia", dt.date(2024, 8, 17))]


def test_round_59_database_records() -> None:
    # an export's records, each opening on its own day, are of their day, not recalled
    text = ("Incident ID 201307200011\n"
            "07/20/2013: An explosives-laden vehicle detonated near a market in Baghdad, Iraq. "
            "Eight people were killed.\n\n"
            "Incident ID 201307200012\n"
            "07/20/2013: An explosives-laden vehicle detonated on a street in Basra, Iraq. Five "
            "civilians were killed.")
    found = extract_incidents(text, "2014-08-01")
    assert [(m["mention_type"], m["location"], m["fatalities"]) for m in found] == [
        ("current", "Baghdad", 8), ("current", "Basra", 5)]
    # a communiqué's day is the day a toll was told
    text = ("20 Mar 2024: An army patrol was ambushed near Tera, Niger, by militants. Per a "
            "communiqué released on 22 Mar, 23 soldiers were killed and 17 wounded.")
    (m,) = extract_incidents(text, "2024-03-23")
    assert (m["event_date"], m["fatalities"]) == (dt.date(2024, 3, 20), 23)
    # the same gunmen's other weapons are of the act told
    text = ("Date: March 3, 2009\nDescription: A dozen gunmen ambushed a bus carrying a cricket "
            "team in Lahore, Pakistan, killing eight. The gunmen, who also fired a rocket and "
            "threw grenades, escaped on foot.")
    assert len(extract_incidents(text, "2010-03-01")) == 1
    # a record deleted because nothing happened
    text = ("Record deleted - source retracted\nPosts claimed that militants had killed some "
            "twenty villagers in Lamu county, Kenya. Officials found no evidence of any attack. "
            "No incident occurred; this record has been deleted.")
    assert extract_incidents(text, "2020-03-01") == []


@pytest.mark.parametrize("text", [
    "When explosive weapons with wide-area effects — heavy artillery, multiple rocket "
    "launchers, large aircraft bombs — are used in towns, civilians make up most casualties.",
    "The fast bowler bounced out the opener with a rocket of a delivery that flew to gully.",
    "In the scenario, a group of 'terrorists', played by officers in balaclavas, took shoppers "
    "hostage on the third floor.",
    "Around 130,000 marksmen fired at ranges across Switzerland this weekend. Participants "
    "fired 18 shots each at 300 metres.",
    "The Council prolonged its restrictive measures targeting Iran's production of drones and "
    "missiles on Monday.",
    "A six-year-old girl reported missing on Tuesday, sparking fears she had been abducted, has "
    "been found safe at her grandmother's house, police said.",
    "Rooftops along the procession route were secured by snipers on Tuesday.",
    "A councillor accused the mayor's office of shooting first and asking questions later.",
    "Social media exploded as the numbers came in on Thursday night.",
    "Masqueraders stormed the streets of the capital on Carnival Tuesday.",
    "North Korea fired two short-range ballistic missiles into the sea off its east coast early "
    "on Thursday.",
])
def test_round_59_texts_with_no_incident(text: str) -> None:
    assert extract_incidents(text, "2023-05-08") == []


def test_a_district_at_home_the_city_list_reads_only_abroad() -> None:
    text = ("Palma district, Cabo Delgado: On 24 March 2021, insurgents attacked the gas site at "
            "Afungi. On 26 March, a convoy trying to break out was ambushed by the insurgents near "
            "Palma; at least 7 people were killed.")
    found = extract_incidents(text, "2021-03-30")
    assert [(m["country_code"], m["location"]) for m in found][-1] == ("MOZ", "Palma")


def test_a_sitrep_covering_the_day_before_dates_its_items_by_it() -> None:
    text = ("LBN/ISR – Southern Lebanon border area – SITREP 12/03/2024 (covering 11/03)\n"
            "- Bint Jbeil (Nabatieh gov.): IDF drone strike on a car at the entrance of the "
            "town, ~1500hrs; 2 killed.")
    (m,) = extract_incidents(text, "2024-03-12")
    assert (m["event_date"], m["fatalities"]) == (dt.date(2024, 3, 11), 2)


@pytest.mark.parametrize("text", [
    "Orders on the grocery app exploded in July, the company said, as households stayed indoors.",
    "The treasurer came out firing on breakfast radio, accusing the opposition of a tax grab.",
    "Chile bombs for the holiday weekend (and why you should kill the heat first)",
    "Teams waiting at the high camp launched their final assault on the summit on Friday.",
    "Firefighters received 270 calls on Diwali night, mostly for small fires caused by rockets "
    "landing on rooftops.",
    "Officials said a swarm the size of a city had been hit near Isiolo, and that pesticides had "
    "killed most of the hoppers.",
    "BLAST NOTIFICATION – EAST PIT\nPre-blast siren: 5 minutes before firing.\nExclusion zone: "
    "500 m radius from the blast pattern.",
    "The sightings at the airport, which closed the runway for 33 hours, showed how a drone that "
    "never causes damage can impose large costs.",
    "Shooting on the biblical epic wrapped this week at the studios, after crews staged three "
    "battle sequences with 600 extras.",
    "Reports of gunfire that sparked an evacuation of the terminal at J.F.K. airport on Sunday "
    "night were unfounded, police said.",
    "Awards were presented to the best recruits in shooting, drill and academics.",
    "Avalanche teams spent Tuesday triggering slides with explosives after a metre of fresh "
    "snow. Helicopters dropped charges onto loaded slopes to release the snow.",
    "Huge papier-mâché effigies were blown up to cheers at the bonfire.",
    "Content advice: This production contains the use of gunshots, loud explosions and sound "
    "effects of artillery.",
    "\"Killing thirty journalists at their desks is a war crime and must be investigated.\"",
    "Une fuite de gaz a provoqué une explosion dans la cuisine d'un restaurant mercredi.",
    "The cabinet approved documents that give the forces counterstrike capabilities to hit "
    "missile launch sites in enemy territory.",
    "Messages on social media had claimed he had been abducted by a man in a van, but police "
    "said this was untrue. There was no element of kidnapping.",
    "FILM | The Last Convoy (dir. A. Director, 118 min)\nThe debut feature opens with a "
    "checkpoint outside Herat. The fictional blast, which the film tells us killed eleven "
    "people, sets the story in motion. The script stumbles, and a subplot goes nowhere.",
])
def test_round_60_texts_with_no_incident(text: str) -> None:
    assert extract_incidents(text, "2023-05-08") == []


@pytest.mark.parametrize("text", [
    "Actions to Take:\n• If you hear a loud explosion or if air raid sirens sound, seek cover "
    "immediately in the nearest bomb shelter.\n• Do not physically resist any robbery or "
    "kidnapping attempt.",
    "Terrorists continue to plot kidnappings, bombings and other attacks, and may attack with "
    "little or no warning.",
    "Event: The Embassy has received specific information of a potential significant air attack "
    "on November 20. The Embassy will be closed today.",
    "Security Message: Kidnapping Threat in Palawan\nThe Embassy has received information that "
    "terrorist groups may be attempting to conduct kidnappings in tourist areas.",
])
def test_an_embassys_advice_and_warnings_tell_no_incident(text: str) -> None:
    assert extract_incidents(text, "2024-11-20") == []


def test_an_embassys_alert_places_an_attack_near_a_french_institute() -> None:
    text = ("Attacks in Ouagadougou (March 2, 2018)\nThis morning, armed assailants opened fire "
            "near the French Embassy in Ouagadougou, close to the Institut français, and "
            "exchanged fire with security forces.")
    assert {m["country_code"] for m in extract_incidents(text, "2018-03-02")} == {"BFA"}


@pytest.mark.parametrize("text", [
    "The grocer appointed administrators after two years of being shelled from both sides by "
    "the discounters, who kept bombarding the market with cheaper lines.",
    "The majority leader dismissed the attacks as blank shots, insisting the plan would survive "
    "the political ambush.",
    "Aircraft were at first used only for spotting, but by the end of the war they were dropping "
    "bombs. Task 2: Was artillery the biggest killer of the war?",
    "A small orbital launcher exploded about 40 seconds after lifting off from a coastal site.",
    "IEDs are commonly used against vehicles on rural routes.",
    "This is the chili that blew my family away at our cookout — fair warning, it's explosive!",
    "Honestly the new map is a sniper's paradise.",
    "The agency expects roughly 80,000 moose to be shot this season. The Hunters' Association "
    "reminds members never to shoot towards roads.",
    "O artilheiro abriu o placar com um chute que saiu como um foguete.",
    "PRESS RELEASE — Successful qualification firing for new anti-tank missile. During the "
    "trials, the missile was fired against static and moving targets.",
    "The court ordered the girl returned under the Hague Convention on the Civil Aspects of "
    "International Child Abduction.",
    "The bird strike forced the jet back; no aircraft was struck and there were no injuries.",
    "The man was surfing when the animal, believed to be a bull shark, attacked.",
    "'It was a transformer, not a bomb': the utility said a transformer had blown up due to an "
    "overload.",
    "An estimated 80 million submunitions that failed to explode during the bombing of the 1960s "
    "remain scattered across Laos.",
    "Air strike: controllers' walkout grounds hundreds of flights",
    "Shelling — cracking the hard outer shell to extract the kernel — is labour-intensive.",
    "Police said there was \"no evidence whatsoever\" of an abduction; she had left of her own "
    "accord.",
    "Une explosion de couleurs et de saveurs pour les tables de fête !",
    "Eccleston's Macbeth is a soldier half-mad from the battlefield, and the murder of Duncan, "
    "done off-stage, is chilling. The killing of Lady Macduff's children left the audience "
    "shaken on press night.",
])
def test_round_61_texts_with_no_incident(text: str) -> None:
    assert extract_incidents(text, "2023-05-08") == []
