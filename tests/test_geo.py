"""Offline place resolution: countries, regions, towns, sites, demonyms."""

import pytest

from pipeline.extract import extract_incidents
from pipeline.geo import find_demonyms, find_places, resolve


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


@pytest.mark.parametrize(
    ("passage", "country", "location"),
    [
        # "Town, Country": the town is that country's, even when the gazetteer knows another
        ("Two bombs at tea stalls in El Wak, Somalia killed three people.", "SOM", "El Wak"),
        # the countries whose embassies were hit are not where it happened
        ("Car bombs struck the embassies of Egypt and the United Arab Emirates in Tripoli, Libya "
         "injuring four guards. The United Arab Emirates embassy was empty.", "LBY", "Tripoli"),
        # a province said to be one anchors the district named with it
        ("A car bomb went off in Daman district in the southern province of Kandahar.", "AFG",
         "Daman"),
        # a name with a joining word is one unknown name, not a town called "Tala" elsewhere
        ("An IED exploded at a football pitch in the Tala wa Barfak district of Baghlan.",
         "AFG", "Tala wa Barfak"),
        # many small US towns named Alexandria are one name, not many votes
        ("A bomb exploded outside a church in Alexandria's Manshiya district. A second device "
         "went off in a street in Alexandria.", "EGY", None),
    ],
)
def test_resolve_with_competing_readings(passage: str, country: str,
                                         location: str | None) -> None:
    loc = resolve(passage)
    assert loc.country_code == country
    if location is not None:
        assert loc.location == location


def test_a_longer_unknown_name_is_not_its_last_word() -> None:
    """"Shah Wali Kot district" is not a town called Kot (India)."""
    assert resolve("A bomb killed two boys in the Shah Wali Kot district.").country_code != "IND"


def test_foreign_peacekeepers_do_not_place_the_attack() -> None:
    loc = resolve("A Chadian peacekeeper was killed when his convoy hit a mine in Aguelhok.")
    assert loc.country_code == "MLI"
    loc = resolve("Two Turkish tourists were stabbed in Hurghada.")
    assert loc.country_code == "EGY"


@pytest.mark.parametrize(
    ("passage", "country", "admin1"),
    [
        # the region closing an event note's brackets outweighs a town name borne elsewhere
        ("An IED hit a bus near Namsiguia (Bam, Centre-Nord).", "BFA", "Centre-Nord"),
        ("Gunmen killed a leader in Taraza (Taraza, Antioquia).", "COL", "Antioquia"),
        # provinces created after GeoNames' table, and the spellings event notes use
        ("Militia attacked Djugu (Djugu, Ituri).", "COD", "Ituri"),
        ("A mine exploded near Mozogo (Mayo-Tsanaga, Extreme-Nord).", "CMR", "Far North"),
        ("Rockets hit Kiryat Shmona (Kiryat Shmona, HaZafon).", "ISR", None),
    ],
)
def test_event_note_brackets(passage: str, country: str, admin1: str | None) -> None:
    loc = resolve(passage)
    assert loc.country_code == country
    if admin1 is not None:
        assert loc.admin1 == admin1


def test_a_part_named_with_its_owner_lies_in_the_owner() -> None:
    """"Kandahar's Daman district" is not Daman in India."""
    assert resolve("A bomb hit a car in Kandahar's Daman district.").country_code == "AFG"


def test_the_other_side_of_a_border_is_not_the_place() -> None:
    assert resolve("Militants ambushed a patrol near the border with Mali.").country_code is None
    loc = resolve("Gunmen attacked Inates, near the border with Mali, in Niger.")
    assert loc.country_code == "NER"


@pytest.mark.parametrize(
    ("passage", "location"),
    [
        # a database record's "X city, Y state, Country" names the city, whatever the word
        ("An assailant set fire to a mosque in Victoria city, Texas state, United States.",
         "Victoria"),
        # a name followed by the place that contains it
        ("A device exploded in a house in Gongabu, Kathmandu city, Bagmati province, Nepal.",
         "Gongabu"),
        # the bracket of an event note says where the head lies, even if the name is also
        # borne by a bigger town abroad
        ("A mine hit a column near Kani (Kani, Sagaing).", "Kani"),
        ("Gunmen attacked a base in Complexo do Alemao, Rio de Janeiro.", "Complexo do Alemao"),
    ],
)
def test_records_and_notes_name_the_most_precise_place(passage: str, location: str) -> None:
    assert resolve(passage).location == location


@pytest.mark.parametrize(
    ("passage", "country"),
    [
        ("Five soldiers were killed on their way to the town of El Wak in Somalia.", "SOM"),
        ("Gunmen opened fire in the Afghan border town of Torkham, which borders Pakistan.",
         "AFG"),
        ("A car bomb went off at a Syrian border crossing held by rebels.", "SYR"),
        ("Seven soldiers were killed at their headquarters at Deir ez-Zor.", "SYR"),
        ("A bomb hit a convoy in Manbij. The US military said US personnel and US service "
         "members were among the dead.", "SYR"),
    ],
)
def test_whose_and_where(passage: str, country: str) -> None:
    assert resolve(passage).country_code == country


def test_refugees_are_not_where_they_come_from() -> None:
    assert resolve("Extremists beat Syrian refugee children in a park.").country_code != "SYR"


@pytest.mark.parametrize(
    ("passage", "country"),
    [
        # administrative words used by one country only say which
        ("A landmine went off in Barangay Tambobong, wounding two soldiers.", "PHL"),
        ("A bomb exploded in the tambon of Yupo, injuring a rubber tapper.", "THA"),
        ("Gunmen attacked Ancha village in Bassa Local Government Area.", "NGA"),
    ],
)
def test_country_specific_admin_words(passage: str, country: str) -> None:
    from pipeline.geo.hints import country_hints

    loc = resolve(passage, prior=country_hints(passage))
    assert loc.country_code == country


@pytest.mark.parametrize(
    ("passage", "prior", "country"),
    [
        # the nationality of the forces chooses among a name's readings
        ("One Lebanese army soldier was killed in a raid in the northern port city of Tripoli.",
         None, "LBN"),
        ("A British soldier was attacked with knives in Woolwich.", None, "GBR"),
        # a group's home country does the same (Hezbollah is Lebanon's)
        ("Militants attacked a checkpoint in Tripoli.", {"LB": 0.6}, "LBN"),
        # but never against a much bigger city: Tripoli, Illinois is not meant
        ("American troops came under rocket fire in Tripoli.", None, "LBY"),
    ],
)
def test_nationality_and_group_choose_among_readings(passage: str, prior: dict | None,
                                                     country: str) -> None:
    assert resolve(passage, prior=prior).country_code == country


@pytest.mark.parametrize(
    ("passage", "country"),
    [
        ("Hansda, Vice President of the party, was shot.", None),  # not Vice, Peru
        ("Brig. Gen. Kararuza was shot dead.", None),  # not Brig, Switzerland
        ("Militants threw Molotov cocktails at a bus.", None),  # Molotov was Perm's name
        ("Police said two Toyota pickups were burnt.", None),
        # a route names the towns at both ends
        ("A gendarme was shot dead along the Bamenda-Ndop road.", "CMR"),
    ],
)
def test_titles_brands_and_routes(passage: str, country: str | None) -> None:
    assert resolve(passage).country_code == country


@pytest.mark.parametrize(
    ("passage", "prior", "location"),
    [
        # a name the gazetteer lacks, closing the sentence or opening it after "In"
        ("A trooper died in a landmine explosion triggered by Maoists in Muniguda.",
         {"IN": 0.8}, "Muniguda"),
        ("In Marinka, a woman was wounded by shelling.", {"UA": 0.8}, "Marinka"),
        # a known country inside the name is no village
        ("Two soldiers were killed when militants attacked a mosque in Northern Pakistan.", None,
         None),
        # what follows a town in apposition says where the town lies
        ("Two officers were injured in a grenade blast in Nazran, the capital of the Russian "
         "North Caucasus region of Ingushetia.", None, "Nazran"),
    ],
)
def test_unknown_and_appositive_names(passage: str, prior: dict | None,
                                      location: str | None) -> None:
    assert resolve(passage, prior=prior).location == location


def test_a_village_near_a_town_is_the_place() -> None:
    """"raided Mamove village near Beni, North Kivu province": Beni is the reference point."""
    loc = resolve("Assailants raided Mamove village near Beni, North Kivu province, Democratic "
                  "Republic of the Congo, killing at least 30 civilians.")
    assert (loc.country_code, loc.location) == ("COD", "Mamove")


@pytest.mark.parametrize(
    ("passage", "code"),
    [
        # GeoNames keeps the short name, ISO 3166-2 the official one
        ("Gunmen attacked a bar in Michoacan state.", "MX-MIC"),
        ("A bomb exploded in Veracruz state.", "MX-VER"),
        ("Clashes were reported in Gambela region.", "ET-GA"),
    ],
)
def test_regions_carry_their_iso_code(passage: str, code: str) -> None:
    assert resolve(passage).admin1_code == code


@pytest.mark.parametrize(
    ("passage", "country", "location"),
    [
        # a country naming whose city it is
        ("Gunmen attacked a checkpoint in the northern Mali city of Timbuktu.", "MLI",
         "Timbuktu"),
        ("A police officer was killed in Benin city of Edo State.", "NGA", "Benin"),
        # the town called so beats a bigger town known by that name only as a variant spelling
        ("Gendarmerie positions were attacked by militants in the Barani Department.", "BFA",
         "Barani"),
        # ... unless the variant is a city many times bigger: Marseilles is Marseille
        ("A man opened fire at a bus station in Marseilles.", "FRA", "Marseilles"),
    ],
)
def test_country_modifiers_and_variant_spellings(passage: str, country: str,
                                                 location: str) -> None:
    loc = resolve(passage)
    assert (loc.country_code, loc.location) == (country, location)


def test_common_nouns_are_not_institutions_or_places() -> None:
    from pipeline.geo.hints import country_hints

    assert "PK" not in country_hints("A bomb went off near a team of rangers on patrol.")
    assert "PK" in country_hints("Rangers came under fire in Karachi.")
    assert resolve("The Sahara branch of the Islamic State killed a guard.").country_code is None
    # a security log's small-arms and indirect fire are not Sudan's or Israel's forces
    assert "SD" not in country_hints("Gunmen attacked a police station with SAF; 1 WIA.")
    assert "SD" not in country_hints("AOG elements attacked a checkpost with SAF and RPG fire.")
    assert "IL" not in country_hints("The FOB received IDF overnight; no casualties.")
    assert "SD" in country_hints("SAF soldiers shelled RSF positions near the bridge.")


@pytest.mark.parametrize(
    ("passage", "location"),
    [
        # notes code the first place of a road or a pair
        ("Militants abducted 4 traders on the road between Kilwa and Pweto (Pweto, "
         "Haut-Katanga).", "Kilwa"),
        ("PDF fighters ambushed a column on the road from Kani toward Yinmabin (Sagaing).",
         "Kani"),
        ("Gunmen attacked Butura and Kopnanle villages (Bokkos, Plateau), Nigeria.", "Butura"),
        # ... but rockets fired from Gaza towards Sderot fell on Sderot
        ("Militants fired rockets from Gaza towards Sderot (Southern District).", "Sderot"),
        # a district head yields to the village named in it; a container to what it contains
        ("Bandits raided Kadawa village in Maru LGA (Zamfara) and took away 14 residents.",
         "Kadawa"),
        ("The military bombed a home in Tal al-Sultan, western Rafah (Gaza Strip).",
         "Tal al-Sultan"),
        # "near X (…)" codes X
        ("Rebels ambushed a truck on the Kasese-Bwera road near Mpondwe (Kasese), Uganda.",
         "Mpondwe"),
    ],
)
def test_event_note_heads(passage: str, location: str) -> None:
    assert resolve(passage).location == location


@pytest.mark.parametrize(
    ("passage", "location"),
    [
        # a town with its own address is the place even when named as a bearing point...
        ("Armed assailants attacked an army checkpoint south of El-Arish, North Sinai "
         "governorate, Egypt.", "El-Arish"),
        # ... and a road between two towns is placed at its first end, as most coders do
        ("A bomb exploded between Kaya and Dori in Sanmatenga province.", "Kaya"),
        # the road's destination is a reference; a mountain the gazetteer lacks is a place
        ("In Mopti region, Mali, a convoy struck an IED near Boni, on the road leading to "
         "Douentza.", "Boni"),
        ("Two soldiers were killed when a landmine exploded on Mount Chaambi, Kasserine "
         "governorate, Tunisia.", "Mount Chaambi"),
    ],
)
def test_bearings_roads_and_mountains(passage: str, location: str) -> None:
    assert resolve(passage).location == location


@pytest.mark.parametrize(
    ("passage", "country", "location"),
    [
        # an actor label's bracket names the country it acts in, not Nigeria's Niger State
        ("Gunmen (Unidentified Armed Group (Niger)) opened fire on traders at the cattle market "
         "in Falmey (Dosso region), killing six Civilians (Niger).", "NER", "Falmey"),
        # a region in brackets with its type word; a town that is also a district's name
        ("A landmine went off on a farm track outside Mindat town (Chin State).", "MMR",
         "Mindat"),
        ("ADF fighters raided Masala village in Beni territory (North Kivu).", "COD", "Masala"),
        ("Gunmen abducted 25 people from Ruwan Tofa village in Maru LGA (Zamfara).", "NGA",
         "Ruwan Tofa"),
        ("A communal militia raided Mangor community in Bokkos LGA (Plateau).", "NGA",
         "Mangor"),
        # "National Army" is no nationals abroad; an "-ah" region written without the h
        ("An explosion occurred at a depot of the Libyan National Army in Zella (Al Jufra).",
         "LBY", "Zella"),
    ],
)
def test_agency_note_places(passage: str, country: str, location: str) -> None:
    loc = resolve(passage)
    assert (loc.country_code, loc.location) == (country, location)


def test_a_community_of_people_is_not_a_place() -> None:
    loc = resolve("A man stabbed the head of the Jewish community in Paysandú, Uruguay.")
    assert loc.location == "Paysandú"


def test_a_state_label_says_whose_forces_not_where() -> None:
    loc = resolve("On 19 June 2023, Military Forces of Saudi Arabia (2015-) artillery fire hit "
                  "the market area of Al Raqw (Munabbih district, Sa'dah), killing 2 migrants.")
    assert loc.country_code == "YEM"


def test_a_nationality_said_again_is_one_piece_of_evidence() -> None:
    """Whose people were hit, said three times, does not outweigh the town it happened in."""
    loc = resolve("A suicide bomber struck a restaurant in Azaz. The US military said two US "
                  "personnel were among the dead and two US service members were wounded.")
    assert (loc.country_code, loc.location) == ("SYR", "Azaz")


def test_a_name_ending_in_green_is_one_name() -> None:
    loc = resolve("A bomb went off on a train at Parsons Green station, London.")
    assert loc.country_code == "GBR"


def test_where_fire_came_from_is_not_where_it_hit() -> None:
    loc = resolve("Two rockets fired from a militant-held area in Syria hit the border province "
                  "of Hatay, wounding a farmer.")
    assert loc.country_code == "TUR"
    # … but fire from a vehicle parked in a town is fire in that town
    loc = resolve("Mortar bombs were fired from a van parked near the police barracks in Newry.")
    assert loc.country_code == "GBR"


def test_an_acronym_is_no_city() -> None:
    """GeoNames lists "SNA" for Sanaa; in a note it is the Somali National Army."""
    assert [m.place.name for m in find_places("The SNA claimed 15 militants killed.")] == []


def test_fire_from_a_neighbours_territory() -> None:
    loc = resolve("Two rockets fired from Syrian territory struck a residential area of Hermel, "
                  "Lebanon, killing one. The Nusra Front said it was retaliation for Hezbollah's "
                  "role in Syria.")
    assert loc.country_code == "LBN"


def test_an_actor_label_is_no_place_before_its_bracket() -> None:
    loc = resolve("On 6 June 2022, Unidentified Armed Group (Mexico) opened fire on a patrol near "
                  "San Miguel Totolapan (Guerrero), killing 4 officers.")
    assert (loc.country_code, loc.location) == ("MEX", "San Miguel Totolapan")


@pytest.mark.parametrize(
    ("passage", "country", "location"),
    [
        # the object of a strike; the region that speaks is not its city
        ("Russian forces shelled Orikhiv on Tuesday, killing a man, the Zaporizhzhia regional "
         "administration said.", "UKR", "Orikhiv"),
        # a town, then its region: not the region's namesake city
        ("ELN fighters ambushed an army patrol near Tame, Arauca, killing 5 soldiers.", "COL",
         "Tame"),
        ("A bomb exploded in the public market of Midsayap, North Cotabato, killing 3.", "PHL",
         "Midsayap"),
        ("Gunmen shot dead a former commander in Tafas, western Daraa.", "SYR", "Tafas"),
        # a village the gazetteer knows only abroad, with its region named after it
        ("Gang members raided homes in Liancourt, Artibonite, shooting 6 residents dead.", "HTI",
         "Liancourt"),
    ],
)
def test_towns_and_their_regions(passage: str, country: str, location: str) -> None:
    loc = resolve(passage)
    assert (loc.country_code, loc.location) == (country, location)


def test_where_the_attacker_lives_is_not_where_it_happened() -> None:
    loc = resolve("A man, a resident of the West Bank, stabbed an Israeli man outside a mall in "
                  "Petah Tikva.")
    assert loc.country_code == "ISR"


@pytest.mark.parametrize(
    ("passage", "location"),
    [
        # a village or town named before its district is the place, not the district
        ("Bandits abducted about 40 villagers from Dauran in Zurmi LGA, Zamfara state.",
         "Dauran"),
        ("Herders attacked farmers working near Yelwata, Guma LGA (Benue), killing three.",
         "Yelwata"),
        ("Gunmen raided Ancha village in Bassa LGA, Plateau state, burning homes.", "Ancha"),
        ("BLA gunmen stormed a checkpoint near Turbat, Kech district (Balochistan).", "Turbat"),
    ],
)
def test_a_village_before_its_district(passage: str, location: str) -> None:
    assert resolve(passage).location == location


def test_a_nationality_inside_an_adjective_is_not_where() -> None:
    # a language, a backer or a maker says nothing about the place; the Belgian city does
    text = "A French-speaking gunman opened fire on shoppers in Antwerp."
    assert [w for _c, w, _s, _e in find_demonyms(text)] == [0.0]
    assert resolve(text).country_code == "BEL"
    assert resolve("Iranian-backed militias shelled a base in the desert.").country_code is None


@pytest.mark.parametrize(("passage", "location"), [
    # a village or town, then the district, municipality or county that holds it
    ("Gunmen stormed Pont-Sondé, Saint-Marc municipality, on Friday, killing 5.", "Pont-Sondé"),
    ("Raiders attacked Pakur town of Ayod county (Jonglei) on 3 May, killing 4.", "Pakur"),
    ("A man was hacked to death in Rajoir upazila of Madaripur district on Sunday.", "Rajoir"),
    ("Mortar fire hit Popovka, Sudzha raion, on 3 March, injuring two.", "Popovka"),
    ("Militants fired rockets near Nawzad in Helmand province on Monday.", "Nawzad"),
    ("A bomb exploded near Jonesborough, County Armagh, on 2 May, injuring one.", "Jonesborough"),
    # an event note that opens with its place and date
    ("Kamenka, Sudzha district (Kursk oblast), 4 March 2024: shelling killed one civilian.",
     "Kamenka"),
    ("Tabuk, Kalinga province - 3 May 2021: a grenade exploded at a market.", "Tabuk"),
    # a suburb or quarter, then the city it belongs to
    ("Gunmen shot dead a banker in Marousi, a northern suburb of Athens, on Monday.", "Marousi"),
    ("A bomb went off outside a bank in Kallithea, in southern Athens, on Friday.", "Kallithea"),
    # a town, then the rural area of its governorate; a province spelled with "del"
    ("A grenade hit a house in Nawa, in the western Daraa countryside, on Friday.", "Nawa"),
    ("A bomb went off as a truck drove through Bayugan, Agusan del Sur (Caraga), killing one.",
     "Bayugan"),
])
def test_a_place_before_its_container(passage: str, location: str) -> None:
    assert resolve(passage).location == location


def test_a_quarter_named_with_its_city_is_in_the_citys_country() -> None:
    # Eastleigh is also an English town; "the Eastleigh district of Nairobi" is Kenyan
    loc = resolve("A grenade was thrown into a bar in the Eastleigh district of Nairobi.")
    assert loc.country_code == "KEN"


@pytest.mark.parametrize(("passage", "country", "location"), [
    # a wire note's region, then its place, then a colon
    ("Borno state, Bama: a suicide bomber detonated a vest in a mosque on 13 Mar 2023.",
     "NGA", "Bama"),
    ("Jammu and Kashmir, Sopore: militants hurled a grenade at a bunker on 17 Apr 2022.",
     "IND", "Sopore"),
    # a sea names no country: the town the note measures from does
    ("MARSEC note, Gulf of Guinea: pirates boarded a trawler 40 nm south of Brass, Bayelsa "
     "state, and kidnapped four crew.", "NGA", "Brass"),
])
def test_wire_heads_and_seas(passage: str, country: str, location: str) -> None:
    loc = resolve(passage)
    assert (loc.country_code, loc.location) == (country, location)


@pytest.mark.parametrize(("passage", "location"), [
    # a chronology line's date, then its place
    ("24 June 1999 – Metula, Israel: rockets fired from Lebanon struck the town.", "Metula"),
    # a street is an address inside the town; an organisation's camp is in the town
    ("Gunmen ambushed a car in Via Nomentana, Rome, Italy, killing three guards.", "Rome"),
    ("Rockets were fired at the MINUSMA camp near Gao airport, Gao region, Mali.", "Gao"),
    # a village known elsewhere by the same name, placed by its district
    ("Guerrillas overran the garrison at El Paraíso, Chalatenango department, El Salvador.",
     "El Paraíso"),
])
def test_chronology_streets_and_camps(passage: str, location: str) -> None:
    assert resolve(passage).location == location


def test_the_towns_a_road_links_are_not_the_place() -> None:
    loc = resolve("Gunmen ambushed an NGO vehicle on the Juba-Yei road near Lainya, Central "
                  "Equatoria, killing two aid workers.")
    assert (loc.country_code, loc.location) == ("SSD", "Lainya")


def test_a_town_before_its_region() -> None:
    loc = resolve("Fighters stormed the army post at Boulkessi in the Mopti region, Mali.")
    assert (loc.country_code, loc.location) == ("MLI", "Boulkessi")


def test_a_distance_from_a_town_is_coded_at_the_town() -> None:
    # the nearest named place, as ACLED and GTD code it (a bare bearing still points away)
    loc = resolve("A roadside bomb struck a police car 10 km east of Baidoa, in Somalia's Bay "
                  "region, killing 3.")
    assert (loc.country_code, loc.location) == ("SOM", "Baidoa")


def test_a_terse_head_names_the_place_before_its_region() -> None:
    loc = resolve("Drone strike on a motorcycle, Bint Jbeil, Nabatieh governorate, 10 Jun 2024.")
    assert (loc.country_code, loc.location) == ("LBN", "Bint Jbeil")


@pytest.mark.parametrize(
    ("passage", "country"),
    [
        ("Rebels attacked a village in Zaire on 12 January 1992.", "COD"),
        ("Gunmen raided a police post in Ceylon in April 1971.", "LKA"),
        ("A bomb exploded at a US base in West Germany.", "DEU"),
        ("Insurgents ambushed a convoy in Upper Volta.", "BFA"),
        ("A grenade was thrown at a rally in East Pakistan.", "BGD"),
        # the same name as a region of today's map, with a town that places it there
        ("Militants attacked Mbanza Kongo in Zaire province.", "AGO"),
    ],
)
def test_a_country_named_as_it_was_then_is_todays_country(passage: str, country: str) -> None:
    """Database summaries of the 1970s-90s name states that have since been renamed; the
    record is coded to the state that holds the place today."""
    assert resolve(passage).country_code == country


def test_general_area_is_the_area_around_a_place() -> None:
    loc = resolve("Terrorists opened fire on a post in General Area Boya, North Waziristan.")
    assert (loc.country_code, loc.location) == ("PAK", "Boya")


@pytest.mark.parametrize(("passage", "location"), [
    ("Date: 02 Mar 2024. Location: Budalin, Budalin township, Sagaing Region, Myanmar. Event: "
     "air strike on a market.", "Budalin"),
    ("Location: Maarat al-Numan, Idlib governorate, Syria. Summary: munitions struck a market.",
     "Maarat al-Numan"),
    ("Location: village tract about 10 km west of Chaung-U, Sagaing Region, Myanmar. Summary: a "
     "jet dropped two bombs.", "Chaung-U"),
    ("Location: Hamra Street, West Beirut, Lebanon. Event: car bomb.", "West Beirut"),
])
def test_a_record_location_field_names_the_place_first(passage: str, location: str) -> None:
    assert resolve(passage).location == location


def test_mogadishu_airport_is_a_site_not_aden() -> None:
    loc = resolve("Mortar rounds were fired towards Aden Adde International Airport.")
    assert (loc.country_code, loc.geo_precision) == ("SOM", "site")


def test_the_reporting_office_is_not_the_place() -> None:
    loc = resolve("JOS AREA OFFICE – INCIDENT LOG – 17/04/2023 INCIDENT: armed assault on Miango "
                  "community, Bassa LGA, Plateau State, overnight; gunmen fired on residents.")
    assert loc.country_code == "NGA" and loc.location != "Jos"


@pytest.mark.parametrize(("passage", "location"), [
    # where the wounded were taken and where the attackers went are not where it happened
    ("A drone released its charge inside the army battalion in Saravena; two soldiers were "
     "wounded and airlifted to Bogota.", "Saravena"),
    ("Two officers were injured near Witu and flown to Mombasa.", "Witu"),
    ("JNIM militants ambushed a convoy near Boni, Douentza cercle (Mopti region); the "
     "assailants withdrew toward the Gourma.", "Boni"),
    # a capital speaking for its government; a displacement site the gazetteer lacks
    ("Artillery shells hit the Mugunga displacement site west of Goma (North Kivu). Kinshasa "
     "blamed the M23 rebels.", "Mugunga"),
])
def test_destinations_and_speaking_capitals_are_not_the_place(passage: str,
                                                              location: str) -> None:
    assert resolve(passage).location == location


@pytest.mark.parametrize(("passage", "location"), [
    # a village, then ", in" its territory
    ("At least 15 displaced people were killed when CODECO militiamen attacked a site near "
     "Fataki, in Djugu territory, civil society leaders said.", "Fataki"),
    # a local paper's dateline is the only town it names
    ("SRINAGAR - Terrorists lobbed a grenade at a CRPF bunker near Hari Singh High Street this "
     "afternoon, injuring seven civilians.", "Srinagar"),
    # (but a place named in the story comes first)
    ("KYIV - Russian missiles struck the city of Dnipro overnight, killing five.", "Dnipro"),
])
def test_a_village_in_its_territory_and_a_dateline_that_is_the_only_town(
        passage: str, location: str) -> None:
    assert resolve(passage).location == location


def test_a_datelines_abbreviated_state_is_no_town() -> None:
    assert not any(m.place.country2 == "IR" for m in find_places(
        "CULIACAN, Sin. - Two men were killed outside a tyre repair shop."))


def test_a_datelines_abbreviated_month_is_no_town() -> None:
    loc = resolve("NOAKHALI, Nov 7 - One person was killed when supporters of two candidates "
                  "clashed at Basurhat in Companiganj upazila on Sunday afternoon.")
    assert loc.country_code == "BGD"


@pytest.mark.parametrize(("passage", "location"), [
    # a city's quarter is coded at the city
    ("Five people were wounded when a grenade was thrown into a tea shop in Mogadishu's Hawl "
     "Wadag district.", "Mogadishu"),
    ("A car bomb went off near a market in Baghdad's Shiite district of Sadr City.", "Baghdad"),
    ("A man was stabbed at a bus stop in Jerusalem's Armon Hanatziv neighbourhood.",
     "Jerusalem"),
    # a province's district, and a town inside its province, are the place
    ("An assistant village head was shot dead in Pattani's Yarang district.", "Yarang"),
    ("Gunmen executed 12 prisoners in Kirkuk's Hawija.", "Hawija"),
])
def test_a_citys_quarter_is_the_city_and_a_provinces_district_the_district(
        passage: str, location: str) -> None:
    assert resolve(passage).location == location


@pytest.mark.parametrize(("passage", "location"), [
    # another transliteration of the gazetteer's name (y for i, a final h dropped)
    ("Russian forces shelled Huliaipole with artillery on Saturday.", "Huliaipole"),
    ("A roadside bomb struck a patrol on the outskirts of Hawija, south-west of Kirkuk.",
     "Hawija"),
])
def test_a_slightly_different_transliteration_is_the_same_town(passage: str,
                                                               location: str) -> None:
    assert resolve(passage).location == location


def test_a_portuguese_contraction_written_as_de_is_the_same_town() -> None:
    # "da" written "de", with a company named after a small American town in the sentence
    loc = resolve("Gunmen attacked a convoy of the Anadarko oil company's contractors in the "
                  "Mocimboa De Praia district, beheading one worker.")
    assert (loc.country_code, loc.admin1) == ("MOZ", "Cabo Delgado")


def test_same_spelling_allows_only_slight_transliteration_differences() -> None:
    from pipeline.geo.gazetteer import same_spelling

    assert same_spelling("Hulyaypole", "huliaipole")
    assert same_spelling("Al Ḩawījah", "hawijah")
    assert not same_spelling("Bāruni", "barani")  # another vowel: another name


@pytest.mark.parametrize(("passage", "location"), [
    # the Arabic article written either way
    ("An air strike flattened a house in Deir al-Balah in the central Gaza Strip.",
     "Deir al-Balah"),
    # a village people were taken from, which the gazetteer lacks; a group's name is no place
    ("Armed men abducted nine people from Tondikiwindi in western Niger's Tillaberi region. "
     "Residents suspect fighters of the Islamic State Sahel Province.", "Tondikiwindi"),
])
def test_article_variants_villages_taken_from_and_group_names(passage: str,
                                                              location: str) -> None:
    assert resolve(passage).location == location


@pytest.mark.parametrize(("passage", "location"), [
    # a village, then "in" its district or sub-county; a town, then "in" its region
    ("Gloom has descended on Mushere in Bokkos Local Government Area of Plateau State after "
     "herdsmen attacked three hamlets.", "Mushere"),
    ("A herder was shot dead when bandits raided a field near Chemolingot in Tiaty, Baringo "
     "County.", "Chemolingot"),
    ("Militants hurled a grenade at the main chowk of Sopore in north Kashmir's Baramulla "
     "district.", "Sopore"),
    # a village the gazetteer lacks, described in apposition
    ("A motorcycle bomb blew up near the police station in Potrerito, a rural district of "
     "Jamundí, Valle del Cauca.", "Potrerito"),
    # a sector of a district is not a quarter of a city; a street is not a village
    ("Troops killed two militants in the Keran sector of Kupwara district.", "Keran"),
    ("Car bombs exploded on Tarata Street in the Miraflores district of Lima, Peru.", "Lima"),
])
def test_villages_before_their_districts_and_appositions(passage: str, location: str) -> None:
    assert resolve(passage).location == location


@pytest.mark.parametrize(("passage", "location"), [
    # the village a road passes, not the road's ends nor the district after it
    ("Three officers were injured when their vehicle ran over an IED near Milihoi on the "
     "Lamu–Garsen road.", "Milihoi"),
    ("Bandits ambushed a matatu near Tot along the Chesegon–Tot road in Marakwet East, "
     "Elgeyo Marakwet County.", "Tot"),
    # a village, then "in the municipality of" its municipality
    ("Dissidents clashed with troops in the rural area of El Plateado, in the municipality "
     "of Argelia, southern Cauca.", "El Plateado"),
    # the dateline's town when the story says "the city" and names only its region
    ("CELAYA, Gto. — Six people were killed when armed men burst into a bar on the eastern "
     "side of the city, Guanajuato state prosecutors said.", "Celaya"),
])
def test_road_villages_municipalities_and_the_datelines_city(passage: str,
                                                             location: str) -> None:
    from pipeline.extract import extract_incidents

    (m,) = extract_incidents(passage, "2024-05-01")
    assert m["location"] == location


@pytest.mark.parametrize(("passage", "location"), [
    # a town's residents speak for it, they are not a capital speaking for a government
    ("In neighbouring Zamfara State, residents of Bakura say armed bandits descended on the "
     "weekly market, killing seven traders.", "Bakura"),
    # a road between two towns, nothing else named: its first end
    ("A drone struck a car on the road between Bint Jbeil and Aynata in south Lebanon, "
     "killing two men.", "Bint Jbeil"),
    # a quarter of the dateline's city
    ("Two shot dead outside tyre shop. CULIACAN, Sin. - Two men were killed outside a tyre "
     "repair shop in the Infonavit Barrancos neighbourhood.", "Culiacán"),
])
def test_residents_road_ends_and_a_datelines_quarter(passage: str, location: str) -> None:
    from pipeline.extract import extract_incidents

    (m,) = extract_incidents(passage, "2024-05-01")
    assert m["location"] == location


@pytest.mark.parametrize(("passage", "location"), [
    # a record's regions, then its place, then its date
    ("Papua – Intan Jaya regency – Sugapa, 22 September 2020: Gunmen shot dead a motorcycle-taxi "
     "driver on the road into town.", "Sugapa"),
    ("Sistan and Baluchestan – Rask, 17 July 2022: Jaish al-Adl militants stormed a police "
     "station.", "Rask"),
    # (a heading's label is no place)
    ("Sudan – Flash Update: On 2 December 2024, artillery shells landed in a market in the "
     "Karari locality of Omdurman, Khartoum state, killing 12 people.", "Omdurman"),
])
def test_a_records_dashed_heading_names_its_place(passage: str, location: str) -> None:
    assert resolve(passage).location == location


def test_a_bearing_before_a_comma_is_no_locative_for_the_next_country() -> None:
    """"Further south, Russia sent drones towards Mykolaiv": Russia sent them, from elsewhere
    (the comma after "the capital, Sanaa" is the one that stays a locative)."""
    loc = resolve("Further south, Russia sent four attack drones towards the port city of "
                  "Mykolaiv overnight. The fourth struck a grain warehouse in the port area.")
    assert (loc.country_code, loc.location) == ("UKR", "Mykolaiv")


def test_an_arabic_article_written_as_spelled_or_as_sounded() -> None:
    # GeoNames writes "Ma‘arrat an Nu‘mān" and "Jisr ash Shughūr"; reports write "al-"
    for text, place in (("An air strike hit the market in Maarat al-Numan.", "Maarat al-Numan"),
                        ("Shelling hit Jisr al-Shughur on Monday.", "Jisr al-Shughur")):
        loc = resolve(text)
        assert (loc.country_code, loc.location) == ("SYR", place)


@pytest.mark.parametrize(("text", "place"), [
    # an official post's lines, each led by its settlement
    ("Regional administration: over the past day the enemy shelled the district.\n"
     "- Beryslav: a drone dropped explosives on a bus stop; a man was injured.", "Beryslav"),
    ("Velyka Pysarivka community: mortar attack, 9 explosions, a farmer was wounded.",
     "Velyka Pysarivka"),
    # a region's name leading the line, or a town the line names itself, is no such head
    ("Narathiwat: a bomb exploded near a ranger outpost in Rueso, injuring two rangers.",
     "Rueso"),
])
def test_a_line_led_by_its_settlement(text: str, place: str) -> None:
    found = [m for m in extract_incidents(text, "2024-06-02") if m["mention_type"] == "current"]
    assert found and found[-1]["location"] == place


def test_whose_side_and_a_groups_name_are_not_where() -> None:
    text = ("Fighters of the M23 and militias allied to Kinshasa clashed around Sake, in the "
            "province of North Kivu.")
    assert extract_incidents(text, "2024-02-05")[0]["location"] == "Sake"
    text = ("Soldiers fell in an ambush by a column of the Shining Path, remnant of Sendero "
            "Luminoso, in the district of Pichari, region of Cusco.")
    assert extract_incidents(text, "2024-02-05")[0]["location"] == "Pichari"


def test_a_place_after_at_following_a_country() -> None:
    text = "Militants fired rockets from southern Lebanon at Metula (Northern District)."
    assert extract_incidents(text, "2024-02-05")[0]["location"] == "Metula"


@pytest.mark.parametrize(("text", "place"), [
    # a big city named before its suburb is the place; a quarter named before its city is not
    ("A man stabbed two worshippers in the Melbourne suburb of Coburg on Friday.", "Melbourne"),
    ("A car bomb exploded in the Sadr City district of Baghdad, killing 20.", "Baghdad"),
    ("A grenade exploded in the Eastleigh district of Nairobi, injuring four.", "Nairobi"),
])
def test_a_city_and_its_suburb_in_either_order(text: str, place: str) -> None:
    assert extract_incidents(text, "2024-06-02")[0]["location"] == place


def test_a_bearing_from_a_town_is_coded_at_the_town() -> None:
    text = ("Four soldiers died when a roadside bomb hit their vehicle south of Rafah in Egypt's "
            "North Sinai province.")
    assert extract_incidents(text, "2024-06-02")[0]["location"] == "Rafah"


@pytest.mark.parametrize(("text", "place"), [
    # a village, then its typed unit named after a town: the village ("near" notwithstanding)
    ("On 3 May 2024, a mine exploded under an army truck near El Limón, Aguililla municipality "
     "(Michoacan), wounding 3 soldiers.", "El Limón"),
    ("On 3 May 2024, assailants shot dead five farmers outside Kallar, Vavuniya district, "
     "Northern province, Sri Lanka.", "Kallar"),
    # a village, then how far from a city ("approx. 30 km SW of")
    ("On 3 May 2024, an IED hit a patrol in Wadi Zghaytun, approx. 25 km NE of Tikrit city "
     "(Salah al-Din governorate), killing 2 soldiers.", "Wadi Zghaytun"),
    # a Spanish kind before the village, a bracketed municipality the gazetteer may lack
    ("On 3 May 2024, dissidents killed two men in corregimiento El Mango, Argelia (Cauca).",
     "El Mango"),
])
def test_an_event_notes_village_before_its_unit_or_distance(text: str, place: str) -> None:
    assert extract_incidents(text, "2024-05-06")[0]["location"] == place


@pytest.mark.parametrize(("text", "place"), [
    # a record opening with its place, then the units containing it
    ("Mangaizé, Ouallam department, Tillabéri region, NIGER — 27/11/2019 — ISGS fighters "
     "attacked the army post. MoD: 17 soldiers killed.", "Mangaizé"),
    ("Elistanzhi, Vedeno district, Chechnya, Russia — 07.x.1999 — Federal aircraft bombed the "
     "village; some 30 civilians killed.", "Elistanzhi"),
    # (but a district opening the record is no village: the village told after is)
    ("Kajuru LGA, Kaduna State – night of 16 to 17 March 2024 Armed men arrived in Kufana "
     "village and shot dead a vigilante.", "Kufana"),
])
def test_a_record_opening_with_its_place_and_units(text: str, place: str) -> None:
    assert extract_incidents(text, "2024-03-20")[0]["location"] == place


def test_a_digest_line_led_by_its_unit_then_its_village() -> None:
    text = ("NE NIGERIA – DAILY SECURITY DIGEST – SUN 29/11/2020\n\nBORNO STATE:\n"
            "- Jere LGA, Koshobe (near Zabarmari): Yesterday around midday, NSAG fighters "
            "rounded up rice farmers and killed at least 43x.")
    found = extract_incidents(text, "2020-11-29")
    assert (found[0]["location"], found[0]["fatalities"]) == ("Koshobe", 43)


@pytest.mark.parametrize(("text", "country"), [
    # a bracketed country after a region of it, not the US state of that name
    ("02/04/2008: Gali district, Abkhazia (Georgia). A mine blew up under a militia truck near "
     "Nabakevi. One militiaman was killed.", "GEO"),
    # where the attackers came from is not where they struck
    ("Gunmen arriving by speedboat from the southern Philippines seized three workers from a "
     "resort on Pandanan Island, Sabah.", "MYS"),
])
def test_a_bracketed_country_and_where_attackers_came_from(text: str, country: str) -> None:
    assert extract_incidents(text, "2008-04-10")[0]["country_code"] == country


@pytest.mark.parametrize(("text", "country"), [
    # an update titled by its country reports from there (Mambasa is no Kenyan city)
    ("DR Congo: Ituri – Flash Update No. 3 (4 May 2025)\n\nOn 2 May, armed men attacked "
     "farmers in fields near Mambasa town, killing seven people.", "COD"),
    # "Myanmar" names the country when it is not a nationality word
    ("Fighting in Myanmar: an air strike on a monastery in Pale township killed 9 villagers "
     "on 2 May.", "MMR"),
])
def test_an_updates_country_title_and_myanmar(text: str, country: str) -> None:
    assert extract_incidents(text, "2025-05-04")[0]["country_code"] == country


def test_a_name_that_holds_its_possessive() -> None:
    found = extract_incidents("On 2 May, gunmen shot dead a community leader in a camp in "
                              "Ukhia upazila, Cox's Bazar district.", "2024-05-04")
    assert found[0]["country_code"] == "BGD"


def test_a_village_the_gazetteer_lacks_placed_by_its_unit() -> None:
    text = "Three herders were shot dead by suspected bandits at Kolowa in Tiaty East on Saturday."
    found = extract_incidents(text, "2023-02-06", source_country="KEN")
    assert found[0]["location"] == "Kolowa"


@pytest.mark.parametrize(("text", "place", "precision"), [
    # a village before the area its district town names, with the region's coordinates
    ("CS0711 | 11/07/2017 | al-Hamra village, eastern Raqqa countryside, Syria\nAn air strike "
     "hit a farmhouse on the edge of al-Hamra at dawn, killing six civilians.", "al-Hamra",
     "admin1"),
    # a quarter of the town is coded at the town, and a province named first is no village
    ("05/02/2014: Gunmen on a motorcycle shot dead two shopkeepers on Jinnah Road, Quetta "
     "city, Quetta district, Balochistan province, Pakistan.", "Quetta", "town"),
    ("Nangarhar, Achin district, 09 Jul 2018: a drone strike hit a house in Achin, killing "
     "four.", "Achin", "town"),
])
def test_a_place_named_before_the_area_that_holds_it(text: str, place: str,
                                                     precision: str) -> None:
    (m,) = extract_incidents(text, "2019-03-05")
    assert (m["location"], m["geo_precision"]) == (place, precision)


def test_the_place_of_an_earlier_act_recalled_is_no_place_of_this_one() -> None:
    loc = resolve("Rockets struck the vegetable market in the western part of Ariha, a day after "
                  "the drone attack on the Homs Military Academy.")
    assert loc.location == "Ariha"


def test_an_english_at_is_no_arabic_article_in_a_bracketed_name() -> None:
    loc = resolve("On 5 May 2024, Russian forces launched Shahed-type UAVs at Odesa city (Odesa, "
                  "Odesa). Debris damaged port buildings.")
    assert loc.location == "Odesa"


def test_a_government_named_by_its_seat_is_no_place() -> None:
    loc = resolve("Today the formations of the Kyiv regime shelled the village of Lomakovka, "
                  "Klimovo district, with mortars.")
    assert loc.country_code == "RUS"


def test_a_records_address_line_names_the_village_the_gazetteer_lacks() -> None:
    from pipeline.geo.resolve import unlisted_place

    header = "SOM-0412 – March 3rd, 2019 – Jana Cabdalle, Lower Juba, Somalia"
    act = "Residents said an air strike hit men at a well near Jana Cabdalle, killing two."
    region = resolve("in Lower Juba, Somalia")  # what the act's own lines gave
    assert (region.location, region.geo_precision) == ("Lower Juba", "admin1")
    village = unlisted_place(region, "Civilians reported killed: 2", header, f"{header}\n{act}")
    assert (village.location, village.geo_precision) == ("Jana Cabdalle", "admin1")
    # (not from the header of a record whose other act this is)
    other = "A second strike hit a car on the road to Kismayo."
    assert unlisted_place(region, other, header, other).location == "Lower Juba"


def test_a_capital_written_with_an_apostrophe() -> None:
    found = extract_incidents("Suicide bombers struck a police station in N'Djamena on "
                              "Monday, killing 9.", "2015-06-16")
    assert found[0]["country_code"] == "TCD"


def test_port_au_princes_airport_is_a_site_in_haiti() -> None:
    # (its first name is a French town's: the curated site wins)
    from pipeline.geo import resolve as resolve_place

    loc = resolve_place("Gunmen exchanged fire with police at Toussaint Louverture International "
                        "Airport.")
    assert (loc.country_code, loc.geo_precision) == ("HTI", "site")


def test_who_lived_in_a_hamlet_is_not_where_it_lies() -> None:
    from pipeline.geo import resolve as resolve_place

    loc = resolve_place("Militants surrounded a hamlet of Bengali settlers near Kalyanpur, Khowai "
                        "subdivision, West Tripura district, Tripura, India, killing 16 people.")
    assert (loc.country_code, loc.location) == ("IND", "Kalyanpur")


def test_the_places_of_an_avenged_act_say_nothing_of_this_one() -> None:
    from pipeline.geo import resolve as resolve_place

    loc = resolve_place("TEHRAN: Iran's army said four soldiers were killed when Israeli "
                        "warplanes struck military sites in several provinces early Saturday, in "
                        "retaliation for Iran's Oct 1 ballistic missile barrage on Israel.")
    assert loc.country_code == "IRN"


def test_a_ships_flag_is_no_place() -> None:
    from pipeline.extract import extract_incidents

    text = ("The Master of a Marshall Islands-flagged product tanker reported that the vessel was "
            "struck by a missile, causing a fire in one of her cargo tanks.")
    assert extract_incidents(text, "2024-03-07")[0]["country_code"] is None


def test_a_notes_bracket_province_says_the_country_of_every_name_in_it() -> None:
    """"(Paro, Nduga, Highland Papua)": Indonesia's new province, not Bhutan's Paro."""
    loc = resolve("TPNPB fighters burned a plane at Paro airstrip (Paro, Nduga, Highland Papua) "
                  "and took the pilot hostage.")
    assert loc.country_code == "IDN"


def test_the_capital_of_the_country_the_text_gives_is_its_city() -> None:
    found = extract_incidents("A car bomb exploded in the Somali capital on Sunday, killing "
                              "five people.", "2024-03-03")
    assert (found[0]["location"], found[0]["admin1"]) == ("Mogadishu", "Banaadir")
    found = extract_incidents("Russian drones struck the capital overnight, injuring two "
                              "people, Ukrainian officials said.", "2024-03-03")
    assert found[0]["location"] == "Kyiv"


@pytest.mark.parametrize("text", [
    "A bomb exploded 300 km north of the capital, killing five, Somali police said.",
    "A bomb exploded in the Tigray capital, killing five, Ethiopian officials said.",
    "A bomb exploded in the provincial capital, killing five, Somali police said.",
])
def test_a_place_measured_from_the_capital_or_another_capital_is_not_it(text: str) -> None:
    found = extract_incidents(text, "2024-03-03")
    assert found[0]["location"] not in ("Mogadishu", "Addis Ababa")


def test_the_red_sea_is_a_sea_not_sudans_state() -> None:
    found = extract_incidents("The Houthis attacked three commercial vessels in the southern Red "
                              "Sea on December 3.", "2023-12-04")
    assert found[0]["admin1"] is None and found[0]["country_code"] != "SDN"
    found = extract_incidents("A drone struck Port Sudan in Sudan's Red Sea state on Monday, "
                              "killing 3.", "2023-12-04")
    assert (found[0]["country_code"], found[0]["admin1"]) == ("SDN", "Red Sea")


def test_where_a_hostages_body_was_found_is_not_where_they_were_taken() -> None:
    text = ("04/11/2015: Assailants abducted three construction workers in Patikul "
            "municipality, Sulu province, Philippines. One of the hostages was beheaded and his "
            "body was found in Indanan municipality on 05/02/2015.")
    assert extract_incidents(text, "2015-04-11")[0]["location"] == "Patikul"


@pytest.mark.parametrize(("text", "location"), [
    ("In the early hours of today the territory of the Ilsky oil refinery (Seversky district, "
     "Krasnodar Krai) was attacked by unmanned aerial vehicles.", "Ilsky oil refinery"),
    ("The Khor Mor gas field in the Kurdistan Region of Iraq was hit by a drone attack on "
     "Friday.", "Khor Mor gas field"),
    ("This morning the Sarsang field in the Duhok Governorate was struck by an unmanned aerial "
     "vehicle.", "Sarsang field"),
])
def test_an_operators_named_facility_in_a_region_is_the_place(text: str, location: str) -> None:
    found = extract_incidents(text, "2025-05-06")
    assert found and found[0]["location"] == location


@pytest.mark.parametrize(("text", "location"), [
    # a company named before its region is no village
    ("Naftogaz Group: Overnight, Russia attacked gas production infrastructure of Naftogaz Group "
     "in the Poltava region with missiles and drones.", "Poltava"),
    ("At dawn today, the transformer station of the Merowe Dam was targeted by drones launched "
     "by the Rapid Support militia.", "Merowe Dam"),
])
def test_an_operators_company_and_its_dam(text: str, location: str) -> None:
    assert extract_incidents(text, "2025-01-13")[0]["location"] == location


def test_the_town_attackers_came_from_with_its_adjective_is_not_the_place() -> None:
    text = ("IS claimed last night's shooting in Hadera, in which two officers were killed. "
            "Police say the gunmen, cousins from the Arab town of Umm al-Fahm, opened fire "
            "near the bus station.")
    assert extract_incidents(text, "2022-03-28")[0]["location"] == "Hadera"


def test_the_hospital_the_wounded_were_evacuated_to_is_not_the_place() -> None:
    loc = resolve("An IED struck a patrol near Tessit, Mali. Two soldiers were wounded and "
                  "evacuated to the military hospital in Gao.")
    assert loc.location == "Tessit"


def test_a_kibbutz_or_moshav_is_in_israel() -> None:
    text = ("A soldier was killed on Sunday when Hezbollah fired an anti-tank missile at an "
            "army position near Moshav Shtula, on the Lebanese border.")
    assert extract_incidents(text, "2023-11-13")[0]["country_code"] == "ISR"
    text = "Hamas gunmen killed more than 100 residents of Kibbutz Be'eri on Saturday."
    assert extract_incidents(text, "2023-10-09")[0]["country_code"] == "ISR"


def test_gods_will_is_no_town() -> None:
    text = ("With hearts submissive to God's will, the family announces his passing of wounds "
            "he suffered in the suicide bombing in Tayaran Square on Thursday.")
    assert all(m.place.name != "Göd" for m in find_places(text))


def test_a_beach_named_like_a_small_town_abroad_is_a_beach() -> None:
    text = ("A suicide bomber blew himself up at the entrance of a restaurant on Lido beach and "
            "gunmen opened fire, Somali police said.")
    assert extract_incidents(text, "2024-08-04")[0]["country_code"] == "SOM"


@pytest.mark.parametrize(
    ("text", "country", "admin1_code", "location"),
    [
        # a district the city list lacks, typed or not, where nothing names a country
        ("Two farmers were killed when a roadside bomb hit their tractor in the Shah Wali Kot "
         "district on Tuesday.", "AFG", "AF-KAN", "Shah Wali Kot"),
        ("Gunmen stormed a shrine in Jhal Magsi District, killing six pilgrims.", "PAK",
         "PK-BA", "Jhal Magsi"),
        ("A bomb exploded beside a patrol near the town of Al-Shirqat, wounding three police.",
         "IRQ", "IQ-SD", "Al-Shirqat"),
    ],
)
def test_a_district_places_an_act_nothing_else_places(text: str, country: str,
                                                       admin1_code: str, location: str) -> None:
    (m,) = extract_incidents(text, "2024-05-03")
    assert (m["country_code"], m["admin1_code"], m["location"]) == (country, admin1_code,
                                                                      location)
    assert m["geo_precision"] == "admin1"  # (GeoNames gives a district no coordinates)


def test_a_district_namesake_never_moves_an_act_the_text_places() -> None:
    # Kuwait has a district called Andalus; the radio station is the group's, the city Somali
    (m,) = extract_incidents("A car bomb killed four people outside a hotel in Mogadishu on "
                             "Sunday. Al-Shabaab claimed it on its Andalus radio.", "2024-05-06")
    assert m["country_code"] == "SOM"


def test_districts_of_two_regions_or_english_county_words_say_nothing() -> None:
    from pipeline.geo.districts import district_location, find_districts

    # Shah Wali Kot (Kandahar) and Jhal Magsi (Balochistan): two regions, two countries
    assert district_location("Raids in Shah Wali Kot and in Jhal Magsi District.") is None
    # US and British counties are named after words and people: never a place here
    assert find_districts("Power was cut. Will Coffee ask Ransom?") == []
    assert district_location("Nothing named here at all.") is None


def test_a_typed_district_is_evidence_of_its_country_against_a_namesake_abroad() -> None:
    # Hajin is also a Syrian town; Bandipora district is India's
    (m,) = extract_incidents("Militants opened fire on a police party at Hajin in Bandipora "
                             "district on Sunday, wounding three.", "2017-08-13")
    assert m["country_code"] == "IND"
    # (a text already placed in the district's country keeps the place it names)
    (m,) = extract_incidents("A bomb went off in Hodan district, Mogadishu, on Sunday, killing "
                             "two.", "2017-08-13")
    assert (m["country_code"], m["location"]) == ("SOM", "Mogadishu")


@pytest.mark.parametrize(("passage", "country"), [
    ("AAG claimed a drone attack on the Ras Tanura oil terminal (KSA).", "SAU"),
    ("TCHAD – LAC: Boko Haram fighters attacked an army base.", "TCD"),
    ("RDC – ITURI: CODECO militia attacked a displacement site.", "COD"),
])
def test_country_abbreviations_and_french_names(passage: str, country: str) -> None:
    assert resolve(passage).country_code == country
