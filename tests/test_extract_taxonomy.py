"""Sub-event type and weapon from the closed taxonomy; violent vs. merely violent-sounding."""

import pytest

from pipeline.extract import extract_incidents
from pipeline.extract.taxonomy import classify, is_violent
from pipeline.schema import SUB_EVENT_PARENT, WEAPONS


@pytest.mark.parametrize(
    ("sentence", "sub", "weapon"),
    [
        ("An armed drone struck a fuel depot near the airport.", "drone_strike", "drone"),
        # fighting told by its course, and armed sides engaged
        ("Rebels pushed into the city, battling army units near the airport.", "armed_clash",
         "firearm"),
        ("Troops engaged M23 fighters near Rutshuru; fighting lasted most of the day.",
         "armed_clash", "firearm"),
        ("Alliance forces attacked army outposts around the town.", "armed_assault",
         "firearm"),
        # small arms with grenades or RPGs in support: an armed assault with firearms
        ("Two militants stormed the police station, firing automatic weapons and throwing "
         "grenades.", "armed_assault", "firearm"),
        ("Rebels attacked the outpost using assault rifles and rocket-propelled grenades.",
         "armed_assault", "firearm"),
        ("Militants fired rifle grenades at an army detachment.", "grenade", "grenade"),
        ("Rebels dragged the headman from his home and beat him to death.", "attack", "melee"),
        ("Army aircraft dropped bombs on the market area of the town.", "air_strike", "aircraft"),
        ("Gang members kidnapped three nurses at gunpoint from a clinic.", "abduction",
         "firearm"),
        # another attack recalled in a clause is not this one's means
        ("Troops shelled the town with artillery hours after a drone attack on their academy.",
         "shelling_artillery", "artillery"),
        ("Forces fired at houses in the village, damaging a roof and a car.", "armed_assault",
         "firearm"),
        ("Fighters dropped explosives from drones onto a military base.", "drone_strike",
         "drone"),
        ("Assailants attacked a Frontier Corps post near Mastung.", "armed_assault", "firearm"),
        ("Drones launched by the rebels struck an administrative building.", "drone_strike",
         "drone"),
        ("Tribal fighting over a land dispute broke out in villages around the town.",
         "armed_clash", "firearm"),
        ("Border forces fired on the other army's positions near the town, killing a soldier.",
         "armed_assault", "firearm"),
        ("Assailants used explosives to destroy an empty girls' school.",
         "ied_remote_explosive", "explosive_unknown"),
        ("Warplanes bombed a market, killing six.", "air_strike", "aircraft"),
        ("Five rockets landed near the embassy.", "missile_rocket_attack", "rocket"),
        ("Mortar rounds hit a camp, wounding three.", "shelling_artillery", "mortar"),
        ("A roadside bomb hit an army patrol.", "ied_remote_explosive", "ied"),
        ("A car bomb exploded outside a police station.", "ied_remote_explosive",
         "vehicle_bomb"),
        ("A suicide bomber blew himself up at a checkpoint.", "suicide_bombing", "suicide_vest"),
        # "suicide" before a weapon's abbreviation is no self-harm
        ("A suicide VBIED rammed a bus carrying soldiers.", "suicide_bombing", "vehicle_bomb"),
        ("A suicide-drone hit the depot.", "drone_strike", "drone"),
        ("Attackers threw a grenade into a bar, injuring four.", "grenade", "grenade"),
        ("Gunmen opened fire on worshippers.", "armed_assault", "firearm"),
        ("A man stabbed two passers-by with a knife.", "attack", "melee"),
        # taken by armed men: at gunpoint; by a man: means unknown
        ("Militants kidnapped twelve workers from a road site.", "abduction", "firearm"),
        ("A man kidnapped a girl outside her school.", "abduction", "unknown"),
        ("Armed militants of the Abu Sayyaf Group seized three employees from a pier.",
         "abduction", "firearm"),
        ("A claymore mine was set off as a bus passed.", "ied_remote_explosive", "ied"),
        ("A mob attacked a temple, smashing idols and setting the building on fire.", "attack",
         "incendiary"),
        ("Assailants doused classrooms with petrol and set them alight.", "attack",
         "incendiary"),
        ("Drones carrying explosives released their payloads near several homes.",
         "drone_strike", "drone"),
        ("A man with a knife attacked two soldiers; the other soldier shot the attacker.",
         "attack", "melee"),
        ("Several incendiary devices ignited inside a department store.", "attack", "incendiary"),
        ("A bomb destroyed a holiday villa near Porto-Vecchio.", "ied_remote_explosive", "ied"),
        ("Armed members of M-19 hijacked a bus in Cali.", "abduction", "firearm"),
        ("A large explosion rocked the military base.", "explosion_unknown_cause",
         "explosive_unknown"),
        ("A police officer was shot dead at his home.", "armed_assault", "firearm"),
        ("The attacker stabbed two people before police shot him.", "attack", "melee"),
        ("A van ran over pedestrians on the bridge.", "attack", "unknown"),
    ],
)
def test_classify(sentence: str, sub: str, weapon: str) -> None:
    m = classify(sentence)
    assert m is not None
    assert (m.sub_event_type, m.weapon) == (sub, weapon)
    assert m.event_type == SUB_EVENT_PARENT[sub]
    assert m.weapon in WEAPONS


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister died of a heart attack on Sunday.",
        "Dock workers went on strike over pay.",
        "A bus overturned on the highway, killing nine passengers.",
        "The army test-fired a ballistic missile into the sea.",
        "A gas cylinder explosion in a kitchen injured two cooks.",
        "The club fired its coach after a string of defeats.",
        # accidents, drills, metaphors, plans and procurement
        "An artisanal gold mine caved in near the town, killing more than 70 miners.",
        "The army held a live-fire artillery and rocket exercise at the firing range.",
        "The visitors' blistering attack bombarded the home goal all night.",
        "MPs launched a blistering attack on the bill, accusing the Treasury of bombarding "
        "households with new taxes.",
        "Officials embezzled money meant for 100,000 mortar shells that were never delivered.",
        "Storm Daniel dumped torrential rain over the city and two dams gave way.",
        "The militants warned residents to stay away from police stations; no attack followed.",
        "Residents had been told to expect loud blasts, and no one was harmed.",
        "Al-Hilal stormed to victory over Al-Nassr in the Riyadh derby.",
        "Supermarkets embarked on a killing spree of price cuts.",
        "The ministry destroyed 1,620 firearms handed in by residents.",
        "Customs officers intercepted a container found to contain pump-action shotguns.",
        "Thirty PKK fighters placed their weapons in a cauldron and set them alight at a "
        "disarmament ceremony.",
        "MPs voted to authorise extending RAF air strikes against ISIL into Syria.",
        "An accidental explosion at a fireworks warehouse sent rockets shooting into the sky.",
        "A cow grazing near the village stepped on an old anti-personnel landmine.",
        "The bomb was taken to a demolition site and detonated under controlled conditions.",
        # trials, anniversaries, reports and recoveries are about a past event's toll
        "A court sentenced Salah Abdeslam to a whole-life term for his role in the coordinated "
        "attacks of 13 November 2015, in which 130 people were killed.",
        "A jury found six men guilty over the March 2016 suicide bombings, which killed 32.",
        "Ten years after Boko Haram militants abducted 276 schoolgirls, 90 remain missing.",
        "The annual report, released on Tuesday, recorded 4,710 casualties from landmines.",
        "The bodies of 11 people killed in fighting between the SAF and the RSF in mid-May were "
        "recovered by volunteers.",
        "The deal came after two years of war that killed tens of thousands of people.",
        # hoaxes, exercises, films, games, weather, sport, space flight and demolition
        "Pupils were evacuated after an email claiming that a bomb had been placed in the school.",
        "Residents may hear gunfire as troops hold an urban combat exercise with blank cartridges.",
        "The film follows journalists past burned-out towns, militia checkpoints and firefights.",
        "Players can call in drone strikes and cruise missiles as killstreaks.",
        "A powerful bomb cyclone slammed into the coast, toppling trees.",
        "An Arctic blast sent temperatures plunging across the Midwest.",
        "His defence had been shot to pieces, and a late header delivered the killer blow.",
        "The tariff bombshell was a shot across the bow in an escalating trade war.",
        "The Starship rocket exploded four minutes after lift-off; no one was injured.",
        "Bomb disposal experts carried out a controlled detonation; no one was hurt.",
        "Demolition crews brought down two cooling towers using controlled explosive charges.",
        "The leak had lasted hours before the blast, and investigators ruled out sabotage.",
        # disease, crowds and sport shooting kill or "fire" without violence
        "Measles has killed 25 children in the province since the start of the year.",
        "A crush at the gates of the stadium killed 14 fans.",
        "She fired a score of 240.1 to win gold in the 10m air rifle at the world championships.",
        # debate, denial, fear, pledges and the absence of violence
        "Residents and developers clashed over the plan at a packed council meeting.",
        "Unions called the pension bill an attack on workers' rights.",
        "Senators shot down the amendment by a wide margin.",
        "The governor dismissed online reports of a kidnapping at the boarding school.",
        "Traders shut their stalls amid fears of an attack by the militia.",
        "Both sides pledged to halt air strikes around the two towns.",
        "The convoy passed through the district; no attacks or clashes were recorded.",
        "The brigade moved up overnight, not accompanied by shelling or clashes.",
        "The town has gone two years without an attack.",
        "A man reported missing had staged his own kidnapping to extort money from his family.",
        "Officers said no weapons or explosives were involved in the crush.",
        # courts, extraditions and procurement
        "A man wanted over a series of bombings in the 1990s was extradited to France.",
        "The gunman, who killed nine worshippers in 2015, appeared at a parole hearing.",
        "Parliament approved funds for new cruise missiles and air-defence radars.",
        "Deminers destroyed a cluster bomblet that a farmer had found in his field.",
        # science, pest control, hunting and sport
        "The new antibody selectively attacks tumour cells while sparing healthy tissue.",
        "The compound killed 97% of resistant fungal samples in laboratory tests.",
        "Volunteers' traps have killed more than 8,000 rats since 2020.",
        "Hunters shot 30 wild boar on the opening weekend of the hunting season.",
        "Pundits hailed her killer forehand and called the lob the shot of the tournament.",
        "The holders bombed out of the cup after a 3-0 defeat.",
        "The trap squad won team gold after one shooter hit 124 of 125 clay targets.",
        # business, politics, fiction, scams, fact-checks and stated causes
        "The start-up reported an explosion in downloads after its launch in Latvia.",
        "A fintech firm fired 600 people this morning, citing cloud costs. #layoffs",
        "The central bank fired a warning shot at lenders over commercial property loans.",
        "Parents are shelling out £420 per child on uniforms this year.",
        "Opposition MPs attacked planned cuts, calling them a direct strike at struggling towns.",
        "Deputies clashed over funding for new air-defence batteries.",
        "The retired detective's debut crime novel, The Gunman of the Harbour, launches on "
        "Friday.",
        "No, there was no explosion at the airport: the clip shows fireworks. Fact-check: FALSE.",
        "Police said the kidnapping of the student was staged by the student himself.",
        "The operator confirmed that the explosion that damaged the house was caused by a "
        "corroded service pipe.",
        "Contractors brought down the chimney using 40 kg of explosives in a controlled blast.",
        "The Council urged all parties to refrain from any attacks on civilian infrastructure.",
        "Police dismissed messages claiming a gunman had opened fire in the market as false.",
        "A Lloyd's syndicate launched a kidnap and ransom insurance policy for small NGOs.",
        "Snake bites killed seven farmers in the division over the past week.",
        "The group said the attack was in retaliation for air strikes on its bases.",
        # storms, road crashes, obituaries, archery and films
        "The strongest storm to hit the region in decades made landfall on Saturday.",
        "A bus plunged into a river after it veered off the highway, killing 27 pilgrims.",
        "The veteran, who served with an artillery regiment in Korea, died peacefully aged 93.",
        "The archers beat China in a tense shoot-off.",
        "Analysts blamed a clash with a popular family comedy released the same Friday.",
        "Spain remembers the Madrid train bombings 20 years on.",
        "Troops recovered 15 rifles from an abandoned camp; no contact with militants was "
        "reported.",
        # animals, hostage swaps, critics, viruses, quarries, procurement and stated causes
        "A crocodile attack left a fisherman with arm injuries on the lake.",
        "Two dogs escaped from a garden and attacked a postal worker on his round.",
        "The truce was extended by two days, allowing further exchanges of hostages.",
        "The minister came under fire from opposition lawmakers over passport delays.",
        "The hospital closed three wards as it came under attack from a norovirus outbreak.",
        "The loud explosion residents heard came from scheduled blasting at a quarry.",
        "A truck carrying mining explosives blew up; police attributed the blast to the road "
        "collision.",
        "The electricity company said an overloaded transformer had exploded.",
        "Japan agreed to buy 400 cruise missiles to build long-range strike capabilities.",
        "Police denied social media reports of children kidnapped from a school.",
        "Soldiers found an abandoned rocket launcher; no rockets had been fired from it.",
        "Forensic teams exhumed remains from a mass grave believed to hold men killed in 1995.",
        "The judge resumed the investigation into the port explosion, caused by a fire in a "
        "warehouse.",
        "Welding sparks ignited the fireworks stock; officials ruled out insurgent involvement.",
        "The superhero blockbuster has bombed with local audiences.",
    ],
)
def test_not_violence(sentence: str) -> None:
    assert not is_violent(sentence)


def test_interceptions_and_lookalike_words_are_not_attacks() -> None:
    assert not is_violent("Air defences shot down all six drones overnight, the army said.")
    assert is_violent("Air defences shot down five drones; the sixth hit a warehouse.")
    assert classify("The bank kept the exchange rate stable for a year.") is None


def test_shells_that_fall_are_shelling() -> None:
    """Shells named with an impact are shelling; named alone they are procurement or stock."""
    assert is_violent("Shells fell on the market, wounding four people.")
    assert is_violent("Shells fell on the village overnight.")


def test_coming_under_fire_and_overrunning_are_attacks() -> None:
    assert is_violent("Farmers came under fire from suspected militants on nearby hills.")
    assert is_violent("JNIM fighters overran an army position near Karimama.")


def test_sabotage_that_brings_down_a_tower_is_violence() -> None:
    assert is_violent("An explosive charge brought down an electricity transmission tower.")


@pytest.mark.parametrize(("sentence", "sub"), [
    ("Armed men stopped a minibus on the national road and took away the driver and four "
     "passengers.", "abduction"),
    ("Fighters of two fronts figured in an armed encounter in the marshland.", "armed_clash"),
    ("Armed miscreants fired several rounds from sophisticated weapons towards Kwakta village.",
     "armed_assault"),
])
def test_communique_wording_of_acts(sentence: str, sub: str) -> None:
    m = classify(sentence)
    assert m is not None and m.sub_event_type == sub and is_violent(sentence, m)


def test_taking_things_away_is_no_abduction() -> None:
    assert classify("The police took away the protesters' banners.") is None


@pytest.mark.parametrize("sentence", [
    "Turkish consumers were hit by another blast of inflation in August.",
    "The winner was a rocket of a shot from 30 yards.",
    "It was billed as a clash of the titans.",
    "The championship leader was ambushed on the final lap at Mugello.",
    "Ireland's blitz defence ambushed the visitors time and again.",
    "The grant was described as a shot in the arm for the city's medical sector.",
    "The start-up fired nearly a third of its staff and put its lending arm up for a fire sale.",
    "An activist fund has launched a raid on a mid-sized Tokyo electronics maker.",
    "The strongest geomagnetic storm in two decades bombarded Earth with charged particles.",
    "Lithuania voted to withdraw from the Ottawa Convention banning anti-personnel landmines.",
    "Canada froze the sale, purchase and transfer of handguns.",
    "Governments placed large orders for its air defence systems and Naval Strike Missile.",
    "States pushed for a treaty that would ban systems able to select and attack targets.",
    "Divers carried out a controlled detonation of an unexploded Second World War mine.",
    "Astronomers said a small asteroid had probably exploded in an airburst.",
    "The authors modelled scenarios in which hundreds of missiles were launched at the island.",
    "Residents received a message explaining what to do if a missile is launched towards Japan.",
])
def test_metaphors_markets_treaties_and_scenarios(sentence: str) -> None:
    m = classify(sentence)
    assert m is None or not is_violent(sentence, m)


@pytest.mark.parametrize("sentence", [
    "The senator said her campaign had survived 'a barrage of attack ads'.",
    "The minister said the opposition was 'shooting from the hip'.",
    "He described the new duties as 'an economic assault on Canadian workers'.",
    "The minister accused them of 'carpet-bombing the House with falsehoods'.",
    "The magistrate said there was no evidence tying either man to a specific attack.",
    "Firearm deaths in the United States rose for a third year in a row.",
    "The number of journalists killed worldwide fell to its lowest level in 14 years.",
    "The group counted 65 media workers killed during the year.",
    "Travellers are advised to vary their routes, as kidnappings for ransom occur across much of "
    "the country.",
])
def test_speeches_verdicts_and_statistics(sentence: str) -> None:
    m = classify(sentence)
    assert m is None or not is_violent(sentence, m)


@pytest.mark.parametrize(("sentence", "sub"), [
    ("The Armed Forces of Ukraine fired on the town of Shebekino with multiple rocket "
     "launchers.", "missile_rocket_attack"),
    ("Two 107mm rockets impacted inside the perimeter of Baghdad International Airport.",
     "missile_rocket_attack"),
])
def test_a_barrage_on_a_town_and_rockets_that_impacted(sentence: str, sub: str) -> None:
    means = classify(sentence)
    assert means is not None and means.sub_event_type == sub


@pytest.mark.parametrize("sentence", [
    "The recipe calls for a shot of espresso in the batter.",
    "Temperatures shot past 40 degrees Celsius on Tuesday.",
    "Bitcoin exploded to a record high on Thursday.",
    "The restaurant delivers an explosion of flavour with its mapo tofu.",
    "Regulators in Brussels killed the proposed merger of two airlines.",
    "Police arrested two men suspected of planning a bomb attack on a synagogue.",
    "Opposition parties pressed the government on Western air strikes in general.",
    "The army asked residents not to be alarmed by the sound of gunfire and explosions.",
    "The ministry said the man had not been in a position to carry out any attack.",
    "She launched an attack that left her rivals trailing on the final bend.",
])
def test_kitchens_markets_plots_and_races_are_no_violence(sentence: str) -> None:
    assert classify(sentence) is None


def test_a_series_of_explosions_is_still_an_explosion() -> None:
    means = classify("A series of explosions hit Baghdad, killing 24 people.")
    assert means is not None and means.sub_event_type == "explosion_unknown_cause"


@pytest.mark.parametrize("sentence", [
    # weather and markets
    "Heavy showers will bombard the coast of Kerala through the weekend.",
    "The squall line bombarded cars with hailstones the size of golf balls.",
    "Shares in the Seoul battery maker exploded after the earnings call.",
    # kitchens and gardens
    "Add a shot of tequila to the marinade before grilling.",
    "Clinics offered a shot of the new measles vaccine to every child.",
    "Remove the new shoots from the base of the rose bush in spring.",
    # ceremonies
    "Cannons on the fortress walls fired to mark the start of the new year.",
    "A 21-gun salute greeted the visiting president at the airport.",
    "The effigies were set alight at midnight as part of the festival.",
    # statistics, strategy, capabilities, questions
    "Guns were used in 70 percent of the homicides recorded that year.",
    "Analysts say the insurgents are shifting away from raids on army posts.",
    "The new radar would allow the navy to strike targets beyond the horizon.",
    "Reporters asked whether the army would attack the rebel stronghold.",
    # noise, arms and demolition
    "What sounded like gunshots turned out to be fireworks set off by teenagers.",
    "As a young man he spent four years carrying a rifle on the frontier.",
    "Inspectors catalogued hundreds of rifles and grenades at the depot.",
    "Dynamite brought down the old cooling towers in a matter of seconds.",
])
def test_weather_ceremonies_statistics_and_demolitions_are_no_violence(sentence: str) -> None:
    means = classify(sentence)
    assert means is None or not is_violent(sentence, means)


def test_an_active_shooter_drill_and_an_annual_tally() -> None:
    for sentence in ("Deputies ran an active-shooter drill at the mall with volunteers.",
                     "Violence killed more than 4,000 people across Mali last year, an annual "
                     "tally showed."):
        means = classify(sentence)
        assert means is None or not is_violent(sentence, means)


@pytest.mark.parametrize(("sentence", "sub"), [
    ("A strike of drone of the army hit a gathering near the market, killing four.",
     "drone_strike"),
    ("Helicopters of the regime dropped barrels of explosives on the quarter.", "air_strike"),
    ("Raids of the national air force killed some fifteen insurgents.", "air_strike"),
    ("An armed commando deprived of liberty four students in the municipality.", "abduction"),
])
def test_a_translations_means(sentence: str, sub: str) -> None:
    means = classify(sentence)
    assert means is not None and means.sub_event_type == sub


@pytest.mark.parametrize("sentence", [
    "Detectives executed a search warrant at the house before dawn and found it empty.",
    "Most traders say they worry about bombings when they travel to the city.",
    "The truce held overnight, with no artillery fire reported along the front line.",
])
def test_warrants_fears_and_a_quiet_front_are_no_violence(sentence: str) -> None:
    means = classify(sentence)
    assert means is None or not is_violent(sentence, means)


@pytest.mark.parametrize("sentence", [
    # round 34: toiletries, pranks, computers, politics, folklore
    "My sister's glitter bath bombs exploded all over the tub, what a mess.",
    "The dog photobombed every picture we took at the wedding.",
    "Attackers were seen dropping web shells on unpatched mail servers.",
    "The opposition accused ministers of holding the budget hostage for months.",
    "A panel on alien abduction stories drew a packed hall in Nevada.",
    # crowds, ceremonies, foiled plots, rates, similes
    "Dozens were killed when a crowd surged through a narrow lane after the concert.",
    "The silence ended with the firing of a gun from the castle ramparts.",
    "The interior minister said a bombing had been prevented by the arrests.",
    "Malaria kills about 600,000 people every year, most of them children.",
    "His last joke landed like a grenade and the room roared.",
    # a test launch, space debris, a capability, a passive future, a statement's concern
    "The navy carried out a successful launch of a new cruise missile from a frigate.",
    "Debris from the spent rocket re-entered the atmosphere over the Pacific.",
    "Only a few armies could field armed unmanned aircraft a decade ago.",
    "At midnight the papier-mache figures will be set on fire in the square.",
    "The envoy is deeply concerned about persistent attacks by armed groups on civilians.",
    # round 35: idioms, demolitions, quarries, faults, demonstrations, training
    "As the minister put it, you cannot shoot the messenger.",
    "The bomb he built in his garage was never detonated.",
    "The charges were set off using a waterfall implosion technique.",
    "Blasting at the pit used licensed explosives under a shot-firer's supervision.",
    "A loud explosion from an electrical transformer sent smoke over the market.",
    "The maker claims the van is bulletproof against a 9mm handgun.",
    "The course covered search techniques and post-blast scene management.",
    # round 36: statistics, seasons, tax raids, shoots, sport, notices, engines, advice,
    # weather, pests
    "The number of incidents killing more than 100 people was at its highest in years.",
    "Mines killed or injured more than 4,000 people in 2022, the monitor said.",
    "Wardens remind hunters to unload firearms before the deer season opens.",
    "Tax officers raided offices and residences of the group in three cities.",
    "The singer shot the video for the new single with a drone camera overhead.",
    "He won the early rounds with an unorthodox assault before tiring.",
    "A siren will be sounded three minutes before each blast at the quarry.",
    "Detonation, or knock, happens when pockets of the fuel-air mixture explode early.",
    "Terrorists are very likely to try to carry out attacks, including kidnaps.",
    "Stations launched hundreds of hail-suppression rockets into storm clouds.",
    "Helicopters dropped explosive charges on cornices to trigger slides.",
    "The jet returned to the airport after a bird strike on take-off.",
    "The booster is our best shot at keeping people out of hospital.",
    "Intermittent explosive disorder (IED) causes sudden angry outbursts.",
    "Graduates threw their mortar boards in the air.",
    "Police seized detonators and explosives from fishermen in an operation against blast "
    "fishing.",
    "The accelerator bombards thick targets - here uranium carbide - with 1.4 GeV protons.",
    "The first shelling peas of the season arrive at the market.",
    # round 36 left over: the sky's explosions, a name's origin
    "Heavy elements are forged in stellar explosions such as neutron-star mergers.",
    "The name refers to the car bombings of the Troubles in Northern Ireland.",
])
def test_rounds_34_to_36_lookalikes_are_no_violence(sentence: str) -> None:
    means = classify(sentence)
    assert means is None or not is_violent(sentence, means)


@pytest.mark.parametrize("sentence", [
    # round 37: phrasal and figurative uses, a crew's strike, a fungus, storms, volcanoes,
    # a lorry out of control, a wartime bomb made safe, a false rumour, the fallen, slang
    "High-street shops were hit hard as buyers fired up their laptops instead.",
    "The senator called the motion a political ambush by the opposition.",
    "Leopards are ambush predators, the rangers warned campers.",
    "CREW STRIKE GROUNDS 40 FLIGHTS as pilots reported sick en masse.",
    "Artillery fungus shoots its spores several metres towards the light.",
    "A woman was killed when trees fell on her car as gusts reached 90mph.",
    "Five villagers were killed by volcanic bombs hurled from the crater.",
    "Three people died when a fuel lorry lost control and burst into flames.",
    "A Second World War bomb found on a building site was towed out and detonated at sea.",
    "Police described as false a message claiming gunmen had stormed a school.",
    "The governor pledged support for the families of soldiers killed in service.",
    "track 2 literally killed me, the chorus is the bomb",
    "Bricks-and-mortar retailers were pounded by online competition.",
    "My pressure cooker exploded all over the ceiling last night.",
    "Two cooks were hurt when an LPG cylinder exploded in the hotel kitchen.",
])
def test_round_37_lookalikes_are_no_incidents(sentence: str) -> None:
    assert extract_incidents(sentence, "2024-06-01") == []


@pytest.mark.parametrize("text", [
    # a game's report in its own words, and a war game
    "The hosts broke on the counter-attack that killed the game, the substitute firing in at "
    "the near post. The visitors' aerial bombardment from set pieces came to nothing, and the "
    "promotion race is wide open.",
    "Buffalo's aerial attack never got going in a 20-13 loss; the quarterback was sacked four "
    "times behind a beaten offensive line.",
    "In 18 runs of a simulated invasion of the island, the defenders lost most of their fleet. "
    "Missile strikes on air bases in Okinawa were the key assumption.",
])
def test_round_37_games_and_war_games_are_no_incidents(text: str) -> None:
    assert extract_incidents(text, "2024-06-01") == []


def test_a_vehicle_running_over_a_mine_is_a_mine_blast() -> None:
    means = classify("An army lorry ran over a landmine on the track near the border.")
    assert means is not None and (means.sub_event_type, means.weapon) == (
        "ied_remote_explosive", "ied")


@pytest.mark.parametrize("sentence", [
    # round 38: violence as a condition in humanitarian and analysis prose, careers, courses,
    # caches, captivity, advisories, trends and wars in general
    "The camps shelter families who fled fighting between the rebels and the army.",
    "New arrivals describe villages burned and relatives killed in the north of the state.",
    "Officials said constant shelling and drone attacks make it impossible to open schools.",
    "Returnees are heading to districts where rebels and government forces continue to clash.",
    "Aid groups say air strikes and checkpoints have made it very hard to reach the villages.",
    "The sergeant survived two ambushes during her career and later trained recruits.",
    "Troops located and destroyed a cache of 20 improvised explosive devices near the border.",
    "A nurse held hostage for fourteen months by the group arrived in the capital on Monday.",
    "Most attacks occur near the border, with roadside bombs and gunmen targeting patrols.",
    "Casualties from mines and unexploded ordnance continued to decline in the first half.",
    "The strategy has reduced losses from ambushes but left the countryside to the insurgents.",
    "By besieging towns and attacking supply convoys, the group has cut off whole districts.",
    "Cheap drones now account for a large share of the casualties on both sides.",
    "More men were killed by shellfire than by bullets, historians say.",
    "The war was fought in the mountains, where fighters ambushed convoys on the passes.",
    "The statement noted 'concerns' over reports of kidnapping and landmine use.",
    "The army said the material could have been used for attacks against troops.",
    "'Mortar fire used to be the thing everyone feared,' one platoon leader said.",
])
def test_round_38_lookalikes_are_no_incidents(sentence: str) -> None:
    assert extract_incidents(sentence, "2024-06-01") == []


@pytest.mark.parametrize("sentence", [
    # round 39: charges, capabilities, arms seized, games and markets told as battles,
    # tunnelling, test rigs, game patches, an advisory's threats, a hoax call
    "A court dismissed the case for illegal possession of explosives filed against a farmer, "
    "after the blasting caps shown as evidence had not been inventoried.",
    "The new system can track and shoot down aircraft, drones and missiles at long range.",
    "Soldiers seized 900 rounds of ammunition, six assault rifles and 12 grenades from a ranch "
    "outside Culiacán on Monday.",
    "The holders bombed out of the cup on Sunday as their strikers fired blanks, a 25-yard drone "
    "shot sealing the win in the 88th minute.",
    "The visiting bowlers were shelled for 410 runs on a flat deck on Friday.",
    "Shares jumped after the firm reported an explosion of demand for its chips.",
    "Crews use a drill-and-blast method to advance the tunnel by five metres a day.",
    "The rig reproduces the forces a roadside explosion exerts on a soldier's legs.",
    "A patch rebalancing artillery and air-strike damage is due next month.",
    "Terrorists may attack with little warning. Kidnapping is also a threat.",
    "Flights were held on Tuesday after an anonymous caller claimed a bomb had been placed on a "
    "plane. The plane was searched and nothing suspicious was found, police said.",
])
def test_round_39_lookalikes_are_no_incidents(sentence: str) -> None:
    assert extract_incidents(sentence, "2024-06-01") == []


@pytest.mark.parametrize("sentence", [
    # round 40: an event dataset's methodology, a trend in a phrase, an order to rescue
    "Methodology note: An event is coded as 'Explosions/Remote violence' when one side uses "
    "weapons such as artillery, missiles, drones or IEDs and the target has no way to respond.",
    "When shelling is reported across several villages on the same day, each location is "
    "entered as a separate event.",
    "Events with unclear perpetrators, such as an unclaimed bombing, are retained but flagged.",
    "Changelog: the sub-event label 'air/drone strike' now separates crewed aircraft and drones.",
    "Sessions cover how to tell a clash from a one-sided attack.",
    "An earlier version of our dashboard showed a spike in kidnapping events in the north-east.",
    "Researchers summed up the year as 'less shooting, more intimidation'.",
    "The president on 8 March ordered security agencies to rescue abducted schoolchildren.",
])
def test_round_40_lookalikes_are_no_incidents(sentence: str) -> None:
    assert extract_incidents(sentence, "2024-06-01") == []


@pytest.mark.parametrize("sentence", [
    # round 41: rivals who clashed diplomatically, gunmen seen passing who engaged no one, a
    # staged prank, threats and claims of what someone would do, a volley of questions, a
    # killing made on the market, drones that landed safely
    "The agreement ends a rupture between rivals who have clashed diplomatically over Yemen.",
    "On 21 October 2022, residents of Tillia (Tillia, Tahoua) reported around 40 gunmen on "
    "motorcycles crossing the outskirts of the town. They did not engage anyone. No casualties.",
    "A video shared as a kidnapping in Nakuru was a staged prank filmed for TikTok, police said.",
    "The group warned on Thursday that the militants would step up attacks on Kenyan targets.",
    "A pro-Russian Telegram channel claimed on Monday that Ukrainian forces were preparing to "
    "strike the Zaporizhzhia nuclear power plant with drones.",
    "Hunt tried to ambush her with a volley of questions, but she batted each one away.",
    "Stocks fell sharply on Thursday; a few short sellers made a killing, traders said.",
    "A swarm of 10,197 drones lit up the sky over Shenzhen on Saturday; every drone landed "
    "safely.",
])
def test_round_41_lookalikes_are_no_incidents(sentence: str) -> None:
    assert extract_incidents(sentence, "2024-06-01") == []


@pytest.mark.parametrize("sentence", [
    # round 42: headlines' metaphors and what was no act
    "Markets live, 24/06/2016: The lira shot down to a 20-year low as the vote result "
    "detonates across trading floors.",
    "Deputies say the tax law is a 'targeted strike' on the president's rivals; its sponsors "
    "insist it will disarm the tycoons who have held parliament hostage for two decades.",
    "Cricket: Nepal shoot down the champions in Dallas to open their campaign.",
    "Biathlon, 4 March 2018: Sweden's Sebastian Samuelsson shot clean in all four bouts to win "
    "the mass start in Oestersund, firing 20 out of 20.",
    "BBC News | 12 March 2024 | 'Oppenheimer' bombards Oscars with seven wins.",
    "Shooting wraps in Bikaner as tanks roll across the desert; residents were warned of blank "
    "fire after dark.",
    "The studio promised a fix for a bug that lets tanks survive direct hits from missiles.",
    "Police said they arrested two would-be suicide bombers in Peshawar and seized their vests.",
    "Home Office | 8 February 2022 — The UK national terrorism threat level has been lowered "
    "from SEVERE to SUBSTANTIAL, meaning an attack is 'likely' rather than 'highly likely'.",
    "Senators debated rules of engagement, targeting decisions and whether drone use should "
    "need a vote.",
])
def test_round_42_lookalikes_are_no_incidents(sentence: str) -> None:
    assert extract_incidents(sentence, "2024-06-01") == []


def test_a_years_review_counts_no_act() -> None:
    text = ("Security assessment — Manipur, 2023 in review: insurgency-linked fatalities fell to "
            "90 in 2023. Civilian fatalities: 14; security forces: 23; militants: 53.")
    assert extract_incidents(text, "2024-01-02") == []


def test_a_sport_feed_items_words_make_a_game() -> None:
    text = ("Sky Sports | Tue 7 May 2019 | Captain's thunderbolt shoots down Leicester and "
            "leaves the title hopes of their rivals hanging. The City captain fired home from "
            "25 yards to put his side one win from retaining the Premier League.")
    assert extract_incidents(text, "2019-05-07") == []


@pytest.mark.parametrize("text", [
    # round 43: warnings and reports of no act
    'IMB PIRACY REPORT: SOMALI HIJACKINGS AT LOWEST LEVEL SINCE 2009',
    ('NAVAREA warning: ARTILLERY FIRING 140500 TO 161500 UTC APR in area bounded by '
     'positions listed.'),
    ('Weekly Maritime Security Update, West Africa (w/e 19 Nov 2021): No incidents of '
     'piracy, armed robbery or kidnap were reported in the Gulf of Guinea this week.'),
    ('A mine drifting off Odesa was towed away from the shipping lane and detonated in a '
     'controlled manner. There were no casualties.'),
    ('Police in Leipzig found a suspicious bag. Explosives were removed and destroyed by '
     'specialists. Casualties: none.'),
    ("The rapper's second album is an explosive, bullet-paced record that detonates any "
     'idea he was a one-hit wonder.'),
    ('Rangers later shot and removed a 4.5-metre saltwater crocodile from the area near '
     'Karachi.'),
    ('Threat assessment, Somalia: Vehicle-borne IED and complex attack methodologies '
     'remain the principal concern.'),
    ('PORTLAND - A man was arrested on Friday after he tried to detonate what he believed '
     'was a van bomb near a crowded square.'),
    ('PSNI officers recovered a number of firearms, ammunition and components for pipe '
     'bombs from a hide near Crossmaglen.'),
    ('Police said the grenade appeared to have been hidden rather than thrown and that no '
     'one had been hurt.'),
    'Gun fired on Horse Guards Parade marks start of two-minute silence at Cenotaph.',
    ('Ministry of Defence statement: Reports of an explosion at the Shoeburyness range are'
     ' inaccurate. The noise was a planned controlled detonation. There was no incident '
     'and no one was injured.'),
])
def test_round_43_lookalikes_are_no_incidents(text: str) -> None:
    assert extract_incidents(text, "2021-11-19") == []


@pytest.mark.parametrize(("sentence", "sub"), [
    # the care given is no disease death: those who give it may be attacked
    ("Armed men stormed a meeting of Ebola responders at the clinic.", "armed_assault"),
    ("Fire deliberately set at the mosque of Pessac.", "attack"),
    ("During the night, a fire was deliberately started at the door of the chapel.", "attack"),
    ("A car was allegedly deliberately driven into pedestrians on the high street.", "attack"),
    ("Two officers were intercepted by armed men and taken to an unknown destination.",
     "abduction"),
    ("Army aircraft, reportedly with foreign support, bombed parts of the town.", "air_strike"),
    ("The militants detonated two VBIEDs near the regional headquarters.",
     "ied_remote_explosive"),
])
def test_rounds_44_and_45_means(sentence: str, sub: str) -> None:
    means = classify(sentence)
    assert means is not None and means.sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Lassa fever has killed 70 people since January, the disease control centre said.",
    ("Recipe: rub the lamb with the paste, then blast it in a hot oven for twenty minutes. The "
     "lemon gives an explosive hit of sourness."),
    ("REVIEW - You'll call in air strikes on a compound from a gunship and snipe from a rooftop "
     "while drones circle overhead."),
    "The government came under fire from all sides on Thursday over the pension reform.",
    ("Bomb disposal officers made safe what was described as a viable pipe bomb found on waste "
     "ground."),
    ("Over the following days the generals pressed for an air strike; the President chose a "
     "blockade."),
    ("The agency confirmed the destruction of its declared chemical weapons stockpile, the last "
     "rockets destroyed at a depot in Kentucky."),
    ("Game 8: he launched a kingside attack, sacrificed a pawn to blast open the file and won "
     "the rook endgame."),
    ("The fire at the prayer room was initially listed as suspected arson; investigators found "
     "a faulty heater caused it."),
    "The rebels also announced they would suspend kidnappings for ransom.",
    "Not a shot was fired as the border guards opened the gates.",
    ("The game sold 6 million copies; its campaign features missile strikes on New York and a "
     "chemical attack on London."),
    "Officers said there was never any suggestion the girl had been abducted.",
    ("Police said reports of gunshots near the market were caused by two tyres bursting at a "
     "petrol station."),
    "He intended to drive a van into a crowd and then to kill as many people as possible.",
])
def test_rounds_44_and_45_lookalikes_are_no_incidents(text: str) -> None:
    assert extract_incidents(text, "2023-03-17") == []


@pytest.mark.parametrize("text", [
    "KISUMU - This price is killing us! Strike continues tomorrow, shops closed.",
    ("Q (SMS): heard that herdsmen have attacked the market this morning and many killed, is it "
     "true?? Moderator: There was NO attack. Story is FALSE."),
    ("Reports on WhatsApp this morning that gunmen have attacked the police camp in the town "
     "are FALSE, the commissioner said."),
    "Our strikers kept shooting wide and we were bombed out of the cup.",
    ("An anonymous caller told police that a bomb had been planted at the mall. Nothing was "
     "found and the mall reopened."),
    ("Soldiers on a route-clearance patrol detected a device buried in the road and destroyed "
     "it in place with a controlled charge. Nobody was hurt."),
    "Abeg this new Burna track na fire, e go blast for club this weekend.",
    ("The ministry dismissed as pure fabrication messages claiming that armed men had attacked "
     "a military position overnight."),
    ("RSF fighters entered the hospital and ordered staff to treat their wounded first. No shots "
     "were fired and no one was hurt."),
])
def test_round_46_lookalikes_are_no_incidents(text: str) -> None:
    assert extract_incidents(text, "2022-03-29") == []


@pytest.mark.parametrize("text", [
    ("The Council condemns in the strongest terms all terrorist acts and attacks against "
     "civilians and the Joint Task Force."),
    "Big Ben struck eleven and the two-minute silence was ended by a gun fired on Horse Guards.",
    ("Do not travel to: Borno and Yobe states due to terrorism; Kaduna and Zamfara states due "
     "to kidnapping. Armed groups may attack with little or no warning."),
    ("Ground engagements remained the leading cause of civilian casualties, followed by IEDs "
     "and aerial operations."),
    ("The group leader said there had not been enough public debate about the ethics of armed "
     "drones, including the risk of strikes on civilians."),
    ("The ministry confirmed the purchase of three unmanned aircraft; the aircraft can be armed "
     "with missiles and laser-guided bombs."),
    "The final mascletà shook the square, with 150 kilos of gunpowder detonated in eight minutes.",
    ("'The Hurt Locker', the drama about an army bomb-disposal team in Baghdad, won six "
     "Oscars."),
    ("The top order blitzed the attack in Sylhet, bombarded the boundary ropes and ambushed the "
     "visitors to level the series."),
    "Massive landslides hit two villages after heavy rain; several dead, hundreds feared trapped.",
])
def test_round_47_lookalikes_are_no_incidents(text: str) -> None:
    assert extract_incidents(text, "2022-08-02") == []


@pytest.mark.parametrize("text", [
    ("FACT CHECK: Clip does not show a drone striking the port of Odesa. The footage comes from a "
     "flight simulator and was first posted in 2019."),
    ("A photo shared with the caption 'Depot ablaze after rocket attack in Jos' is miscaptioned: "
     "it was taken at a factory fire abroad years ago."),
    ("No, this video does not show an air strike on Aleppo. It shows a fireworks show filmed "
     "elsewhere."),
    ("Army engineers destroyed more than 150 items of wartime ordnance at a demolition range "
     "near Lae on Thursday."),
    ("Hail pounded the suburbs of Lyon on Saturday; 'it looked as if the street had been "
     "shelled,' a resident said. Nobody was injured."),
    "Winter storm bombards Denver with two feet of snow; airport closed.",
    ("In the biathlon pursuit at Oslo on Sunday she missed one target on the final standing "
     "shoot but held on for gold."),
    ("His engine blew up on lap 12 in Monza, and the driver walked away unhurt from the burning "
     "car."),
    ("A former sniper and one of the last defenders of Leningrad died on Monday in St Petersburg "
     "aged 94."),
    ("The two sides agreed to cap deployed missiles and heavy bombers at 700 each under the "
     "extended treaty, signed in Geneva on Friday."),
    ("FILM REVIEW -- 'Dunkirk' (12A). Soldiers wait on the beach as bombers circle and a "
     "destroyer is sunk; Hoyte van Hoytema's camera never lets go."),
])
def test_round_48_lookalikes_are_no_incidents(text: str) -> None:
    assert extract_incidents(text, "2021-02-03") == []


@pytest.mark.parametrize("text", [
    ("ENTRY WITHDRAWN. The entry 'explosion, Saddar bazaar, Rawalpindi' was deleted: police "
     "confirmed the bang was an overloaded transformer bursting on a pole. No casualties."),
    ("Prosecutors said the suspect, a 29-year-old living in Hamburg, was considering an attack "
     "on a Christmas market but had no weapons."),
    ("Firefighters attacked the blaze on Mount Hymettus from two sides on Friday, backed by "
     "water-bombing aircraft."),
    "A killing frost on Monday night damaged apricot blossom across Baramulla district.",
    "Ahmed Khan shot a six-under 66 at the Royal Palm course in Lahore on Saturday.",
    "She shot 584 to win gold in the 25m rapid-fire pistol at the Asian Games on Sunday.",
    ("Q: Can you confirm any new airstrikes in Yemen this week?\nMR. DAY: I'm not aware of any "
     "strikes this week."),
    "Kidnappings fell to 160 in 2019, the defence minister told reporters in Bogota on Tuesday.",
    ("The ministry disbursed relief to 5,200 families of people killed during the decade-long "
     "armed conflict, officials in Kathmandu said on Monday."),
    "A 60-year-old farmer was killed by an elephant on Tuesday night in Kwale county, Kenya.",
    ("Shooting of the action film wrapped up in Sonamarg on Tuesday; the crew shot chase "
     "sequences near the glacier."),
])
def test_round_49_lookalikes_are_no_incidents(text: str) -> None:
    assert extract_incidents(text, "2019-12-08") == []


@pytest.mark.parametrize("text", [
    ("Odesa. The air-raid alert lasted from 01:12 to 01:58. No missile launches were recorded "
     "and there were no hits in the region."),
    ("Our method: every allegation of civilian harm from an air or artillery strike is traced "
     "to its first local source before it is graded."),
    ("Codebook: events of the type 'Remote violence' are uses of force in which the attacker is "
     "absent - air strikes, shelling, roadside bombs and suicide bombs."),
    ("When explosive weapons were used in towns, nine in ten of those killed or injured were "
     "civilians."),
    ("JOB OFFER - Analyst (Great Lakes), Kampala. You will code reports of drone strikes, "
     "ambushes and kidnappings in eastern Congo into our database."),
    ("Written question: to ask the Minister how many airstrikes were carried out by RAF "
     "aircraft in Iraq in the week ending 3 March 2017."),
    ("Hospitals in Manila logged 280 firecracker-related injuries over the New Year, most of "
     "them blast burns to the hands."),
])
def test_round_50_lookalikes_are_no_incidents(text: str) -> None:
    assert extract_incidents(text, "2017-03-09") == []


@pytest.mark.parametrize("text", [
    "Omar, 9, was killed on Tuesday when a tank shell hit the family home in Beit Hanoun.",
    "Two children were killed when a shell landed on their school in Donetsk on Monday.",
])
def test_a_single_shell_is_shelling(text: str) -> None:
    (m,) = extract_incidents(text, "2023-11-02")
    assert (m["sub_event_type"], m["weapon"]) == ("shelling_artillery", "artillery")


def test_a_strike_on_a_wedding_party_is_an_attack() -> None:
    # (celebratory gunfire at a wedding is not; a drone hitting the guests is)
    (m,) = extract_incidents("A drone struck a wedding party near Rada'a, Yemen, on Thursday.",
                             "2013-12-14")
    assert m["sub_event_type"] == "drone_strike"


def test_fires_set_in_a_building_are_arson() -> None:
    (m,) = extract_incidents("04/12/1998: Assailants broke into a fur farm office in Eugene "
                             "city, Oregon, United States, released 300 mink and set fires in "
                             "the main building. No casualties were reported.", "1998-04-12")
    assert (m["sub_event_type"], m["weapon"]) == ("attack", "incendiary")


def test_drones_named_by_two_makes_launched_at_a_town() -> None:
    from pipeline.extract.taxonomy import classify

    m = classify("Russian forces launched Shahed-136/Geran-2 UAVs at Odesa city.")
    assert m is not None and m.sub_event_type == "drone_strike"


@pytest.mark.parametrize("text", [
    ("ISW continues to assess that Russian forces are likely stockpiling Kh-101 cruise missiles "
     "and Shahed-131/136 drones in preparation for a renewed strike campaign against Ukrainian "
     "energy infrastructure."),
    ("Russia has likely begun domestic serial production of Shahed-type one-way attack uncrewed "
     "aerial vehicles (OWA UAVs) at the Alabuga Special Economic Zone in Tatarstan."),
    ("The United States ordered the guided-missile submarine USS Georgia to the US Central "
     "Command area of responsibility and sped up a carrier strike group."),
    ("The refinery said the smoke came from flaring. \"There was no fire or explosion at the "
     "facility,\" the company said in a statement."),
    ("Joe Burrow had torched the secondary all afternoon, launching an 82-yard bomb to Ja'Marr "
     "Chase in the third quarter."),
    ("Stephen Curry unleashed a barrage of 3-pointers from well beyond the arc, bombing in seven "
     "of them as the Warriors' killer instinct returned in Boston."),
    "McIlroy bombed his drives over the corner of the 13th to seize the lead at Augusta.",
    "Panthers' power play fires blanks again as Skinner stonewalls Florida's snipers.",
    ("Pfizer said its vaccine was 90% effective, giving markets a shot in the arm; it will seek "
     "authorisation for the two-shot vaccine this month."),
])
def test_round_51_lookalikes_are_no_incidents(text: str) -> None:
    assert extract_incidents(text, "2024-02-12") == []


def test_damage_from_earlier_attacks_is_no_act() -> None:
    text = ("Tomorrow, hourly outage schedules will be applied in most regions of Ukraine. The "
            "reason is the shortage of capacity in the power system caused by damage from "
            "earlier attacks on energy facilities, as well as planned repairs.")
    assert extract_incidents(text, "2024-12-04") == []


@pytest.mark.parametrize("text", [
    # round 52: words of violence in texts that tell none
    "The statement did not report any clashes or casualties; two suspects were detained.",
    "Bomb technicians searched the stations after telephone warnings of planted bombs. No "
    "explosive devices were found.",
    "The trauma centre held a three-day blast-injury and burns course for 40 doctors.",
    "Residents burst firecrackers late into the night; fire services answered 200 calls, mostly "
    "small fires from rockets and lamps, with no deaths reported.",
    "Data-quality note: an entry coded from early reports of an explosion at a residential "
    "building in Mirpur, Dhaka, has been removed. Investigators concluded that a gas line leak "
    "in a ground-floor flat caused the blast.",
    "Curry's shooting barrage sank Memphis: he fired 10 threes, the Warriors reached 73 wins, "
    "and Oracle Arena exploded.",
    "The company's shares bombed on Thursday. Investors who had shot the stock up for months "
    "headed for the exits.",
    "The carnage in the telecom sector is plain: smaller operators have been killed off. One "
    "analyst called the launch a nuclear bomb dropped on the industry.",
    "WASHINGTON — The Supreme Court on Thursday struck down New York's century-old law "
    "requiring people to show 'proper cause' to carry a concealed handgun outside the home, "
    "ruling 6-3 in New York State Rifle & Pistol Association v. Bruen that the Second Amendment "
    "protects an individual's right to carry a firearm for self-defense in public.",
    "We are aware of reports of gunshots in the square tonight. Officers attended and can "
    "confirm these were fireworks. No injuries.",
    # running counts and threats told beside an act, each on its own
    "The reporter is the second journalist killed in the country this year.",
    "In the province alone, health facilities have been attacked more than 200 times.",
    "Millions of children are out of school, and attacks like this one only deepen the crisis.",
    "Health workers at the hospital received threatening text messages warning them to stop "
    "treating wounded fighters.",
])
def test_round_52_look_alikes_tell_no_incident(text: str) -> None:
    assert extract_incidents(text, "2024-03-10") == []


def test_a_blast_whose_cause_was_not_determined_is_still_told() -> None:
    text = ("An explosion tore through the offices of a party section in Naples, Italy, "
            "overnight. Investigators could not determine whether a bomb or a gas leak caused "
            "the explosion.")
    assert len(extract_incidents(text, "1975-11-09")) == 1


@pytest.mark.parametrize(("text", "weapon"), [
    ("Fano militia attacked an ENDF camp near Debre Tabor.", "firearm"),
    ("Viv Ansanm gang members attacked residents of Tete de l'Eau, killing six.", "firearm"),
    ("JNIM attacked army positions near Djibo, killing 15 soldiers.", "firearm"),
    # a gang's kidnapping names no weapon
    ("400 Mawozo gang members abducted 17 people returning from an orphanage.", "unknown"),
])
def test_a_ground_attack_by_men_under_arms_is_with_firearms(text: str, weapon: str) -> None:
    assert classify(text).weapon == weapon


def test_bodies_burned_after_the_killing_are_no_arson() -> None:
    # the dead, burned: the act is the killing
    m = classify("Residents stopped a minibus carrying 14 suspected gang members, who were "
                 "beaten and stoned to death; their bodies were then burned.")
    assert m is not None and m.weapon == "melee"
    assert classify("Authorities said 16 people had been killed, several of whose bodies were "
                    "burned.").weapon != "incendiary"
