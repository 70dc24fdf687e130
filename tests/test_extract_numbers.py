"""Casualty counts: words and digits, qualifiers, sums across groups, 0 vs null."""

import pytest

from pipeline.extract.numbers import find_casualties, parse_number


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("five", 5), ("twenty-three", 23), ("a dozen", 12), ("two dozen", 24), ("1,200", 1200),
     ("one hundred", 100), ("56", 56), ("dozens", None)],
)
def test_parse_number(phrase: str, value: int | None) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Gunmen shot dead seven villagers and wounded two more near the market.", 7, 2),
        ("At least 56 people died and more than 100 were hurt in the blast.", 56, 100),
        ("Three soldiers and six militants were killed in the gunfight.", 9, None),
        ("The bomb killed a shopkeeper and injured eleven passers-by.", 1, 11),
        ("Nobody was hurt when the shell hit an empty school.", 0, 0),
        ("There were no casualties, the governor said.", 0, 0),
        ("Two people were wounded; no deaths were reported.", 0, 2),
        ("Militants fired four rockets at the airport.", None, None),
        ("A car bomb went off outside the ministry.", None, None),
        ("Dozens were injured in the explosion.", None, None),
        ("The death toll from Monday's bombing has risen to 31.", 31, None),
        ("The number of people killed in the market blast, in the east of the city, has risen "
         "to 14.", 14, None),
        ("A dozen police officers were killed in the ambush.", 12, None),
        # a toll claimed, "nobody … or …", appositions, relative clauses and bodies
        ("The rebels claimed 9 soldiers were killed.", 9, None),
        ("The shelling claimed 12 lives.", 12, None),
        ("Nobody was killed or injured.", 0, 0),
        ("No crew killed or injured.", 0, 0),
        ("One rebel, said to be a local commander, was killed and two police were injured.",
         1, 2),
        ("They seized 20 farmers; a guard who tried to stop them was shot dead.", 1, None),
        ("Assailants hacked a schoolteacher to death outside his home.", 1, None),
        ("A grenade hit the shop, wounding a guard and two customers.", None, 3),
        ("The rival gangs clashed overnight, leaving the bodies of 5 gunmen on the road.", 5,
         None),
        ("Raiders burned homes, hacking 2 men to death.", 2, None),
        ("The truck hit a mine, killing the driver and his apprentice.", 2, None),
        ("Gunmen shot and killed the elder, his wife and two of his sons.", 4, None),
        ("At least 9 soldiers were killed; this toll excludes the bomber, who also died.", 10,
         None),
        ("The bodies of both men were found the next day.", 2, None),
        ("His body was discovered three days later near the border.", 1, None),
        ("The two bombers were the only people killed, and no one else was injured.", 2, 0),
        ("The officer was killed; no other casualties were reported.", 1, 0),
        ("One victim died, and the other two were treated for minor wounds.", 1, 2),
        ("Gunmen opened fire on a checkpoint, killing an officer and three conscripts.", 4, None),
        ("Fighters beheaded two farmers near the village.", 2, None),
        ("Another 27 were taken to hospital with wounds.", None, 27),
        ("Two people, including a commander, died and a third was hurt.", 2, 1),
        ("Three peacekeepers and the driver of the vehicle died.", 4, None),
        ("Gunmen shot dead the headmistress and a teacher in the canteen.", 2, None),
        ("A fourth fisherman who jumped into the water was shot and killed.", 1, None),
    ],
)
def test_find_casualties(sentence: str, killed: int | None, injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (killed, injured)


def test_munition_and_distance_counts_are_not_casualties() -> None:
    c = find_casualties("Five shells landed 20 kilometres from the base, killing two guards.")
    assert c.fatalities == 2


def test_ages_are_not_counts() -> None:
    c = find_casualties("A 64-year-old woman was killed when shells hit her street.")
    assert c.fatalities == 1


def test_labelled_fields() -> None:
    c = find_casualties("Fatalities: 0; Injured: 3")
    assert (c.fatalities, c.injured) == (0, 3)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # groups listed after an active verb are summed
        ("The car bomb exploded at the gate, killing 6 soldiers and 3 civilians and wounding 8.",
         9, 8),
        ("Gunmen killed 2 police officers, 4 herders and a boy near the well.", 7, None),
        ("The IED killed 7 policemen and the driver of their truck.", 8, None),
        # perpetrators named beside the victims count (fatalities include them)
        ("Five shoppers and the bomber were killed; 12 others were hurt.", 6, 12),
        ("Two guards and both attackers were killed in the exchange.", 4, None),
        ("One guard was killed and another was hurt; the gunman was shot and killed by police.",
         2, 1),
        ("Both nurses were killed.", 2, None),
        # one victim named, or described without a number
        ("Assailants shot and killed Omar Farah Ali, a local councillor, outside his shop.", 1,
         None),
        ("Gunmen shot dead a rubber tapper in Raman district.", 1, None),
        ("Militants hacked to death 9 villagers with machetes.", 9, None),
        # days, years and unit names are not counts
        ("On 4 June 2023, a soldier was killed by sniper fire near the line.", 1, None),
        ("Fighting between the 301 Brigade and a rival militia killed at least 12 people.", 12,
         None),
        ("Four separatists were killed.", 4, None),
    ],
)
def test_casualty_groups_and_named_victims(sentence: str, killed: int | None,
                                           injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("The gunman and four guards were killed and two guards were wounded.", 5, 2),
        ("His brother and nephew were wounded; there were no fatalities.", 0, 2),
        ("The colonel and one of his bodyguards were killed.", 2, None),
        ("A woman and her infant son were killed.", 2, None),
        ("Three herders were wounded. No herders were killed.", None, 3),
        ("No soldiers were killed.", 0, None),
        ("She was badly wounded and taken to hospital.", None, 1),
        ("Three bombers blew up their vests at the gate, killing themselves and four guards.", 7,
         None),
        ("A man stabbed two shoppers in the mall, wounding both.", None, 2),
        ("Gunmen stopped a bus, shooting dead the driver and a passenger.", 2, None),
        ("Shells hit the town, killing a woman and her two children.", 3, None),
        ("Two gunmen on a motorbike shot and killed a judge outside the court.", 1, None),
        ("Four people were killed, as was the gunman, and six were injured.", 5, 6),
        ("Three people were killed; the attacker also died at the scene.", 4, None),
        ("The bomber was killed and one guard was injured.", 1, 1),
        ("The gunman was then shot dead by police.", 1, None),
        ("Gunmen raided the camp, killing 9 herders, three of them children.", 9, None),
        # fatally wounded is killed, not injured
        ("He was fatally wounded.", 1, None),
        ("A soldier was mortally wounded and two guards were injured.", 1, 2),
        ("Two policemen were fatally injured in the blast.", 2, None),
        # the attacker named after the victims; a toll given per side; one person by pronoun
        ("A bomber detonated explosives outside a mosque, killing four worshippers and herself.",
         5, None),
        ("Reports put the dead at 14 SAF soldiers and 22 RSF fighters.", 36, None),
        ("A woman bomber blew herself up and killed 27 others at a market.", 28, None),
        ("A suicide bomber blew himself up, killing 13 people.", 13, None),
        ("Two gunmen shot and killed a Buddhist schoolteacher as he rode home.", 1, None),
        ("Two residents who tried to resist were shot dead.", 2, None),
        ("A gunman opened fire in a store, killing three shoppers before taking his own life.",
         4, None),
        ("No one else was hurt.", 0, 0),
        ("Three family members were treated for smoke inhalation.", None, 3),
        ("Two police officers and a passer-by were killed.", 3, None),
        ("Three police officers and two civilians were killed, in addition to the bomber.", 6,
         None),
        ("Five civilians were killed along with the bomber, and 30 others were injured.", 6, 30),
        ("Six people, two of them police officers, were killed.", 6, None),
        ("One officer was wounded before the assailant was shot dead by colleagues.", 1, 1),
        ("An Irish national employed by a contractor was shot dead at a traffic signal.", 1,
         None),
        ("The hostages were freed after twelve days, and none of them was harmed.", 0, 0),
        ("4 fatalities, 10 injured.", 4, 10),
        ("[1 fatality]", 1, None),
        # a toll updated or corrected in the sentence: the last figure stands
        ("Early reports put the death toll at three, but two of the wounded later died, "
         "bringing the total to five dead; 14 others were injured.", 5, 14),
        ("Police initially reported four dead, but hospital officials said the next day that "
         "nine people had died and 40 had been wounded.", 9, 40),
        ("By the following day the toll had risen to seven officers dead, not counting the "
         "bomber.", 8, None),
        # named people, pronouns and the one attacker
        ("Safi was killed and his driver was wounded.", 1, 1),
        ("The ward administrator, U Kyaw Min Oo, was killed and two of his staff were injured.",
         1, 2),
        ("A sniper fired through a window of his home late at night, killing him.", 1, None),
        ("His vest exploded as he fell, killing only the bomber.", 1, None),
        ("Two civilians were killed and five were wounded before a police officer shot the "
         "attacker dead.", 3, 5),
        ("Nobody was killed.", 0, None),
        ("The blast killed the bomber and nine others and injured 25.", 10, 25),
        ("A person was killed and two others were injured in three rocket attacks.", 1, 2),
        ("Gunmen machine-gunned a union leader, killing him and wounding his bodyguard.", 1, 1),
        ("A parcel bomb exploded in the hands of a secretary, seriously injuring her.", None, 1),
        ("The bus driver suffered burns to his arms.", None, 1),
        ("The youth survived with leg wounds, and there were no fatalities.", 0, 1),
        ("One of the assailants was also wounded and arrested.", None, 1),
        # a year before a toll is no count; the dead are not among the injured
        ("An air strike at Kutum market on 12 October 2024 killed 15 civilians.", 15, None),
        ("31 reported fatalities and 14 injured.", 31, 14),
        ("The blast killed six people, the bomber included, and injured 11.", 6, 11),
        ("killing eight policemen and their civilian driver.", 9, None),
        ("killing one rider and maiming the other.", 1, 1),
        ("No fatalities were reported; two soldiers sustained gunshot wounds.", 0, 2),
        ("41 reported fatalities.", 41, None),
        ("6 soldiers died in the ambush, along with 1 PDF fighter.", 7, None),
        ("A drone fired at a motorcycle, killing its 2 riders, both Hezbollah members.", 2,
         None),
        ("The blast damaged the house, but the family escaped without injury.", 0, 0),
        ("Two police officers suffered minor injuries while evacuating homes.", None, 2),
        ("A woman stepped on a landmine outside the village and died of her injuries.", 1, None),
    ],
)
def test_people_counted_without_numbers(sentence: str, killed: int | None,
                                        injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (killed, injured)


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    # a range counts its lower bound; times and dates are no ranges
    ("Rival gangs exchanged fire, leaving between 4 and 7 dead.", 4, None),
    ("Between 15 and 25 villagers were killed in the raid.", 15, None),
    ("Gunmen shot dead between 3 and 5 farmers near the river.", 3, None),
    ("Two or three people were wounded by shrapnel.", None, 2),
    ("The raid took place between 2 and 3 am, killing 6 people.", 6, None),
    # people named one by one before a count, and pronouns
    ("The imam, his brother and three worshippers were killed.", 5, None),
    ("The driver, his wife and one passenger were killed.", 3, None),
    ("He and four guards were killed when the car exploded.", 5, None),
    ("The bomber, two soldiers and a passer-by were killed.", 4, None),
    # the attacker among the dead
    ("The bomber blew himself up, killing three guards as well as himself.", 4, None),
    ("He stabbed two shoppers to death before police shot him dead.", 3, None),
    ("The bomber was the only person killed; six officers were wounded.", 1, 6),
    # one person who died after a relative clause; hostages freed unharmed
    ("A shepherd who could not escape died in the fire.", 1, None),
    ("Three farmers who had stayed behind died in the blaze.", 3, None),
    ("The hostages were released unharmed two days later.", 0, 0),
    # a second person injured after the first
    ("The blast injured a teacher and a pupil.", None, 2),
])
def test_ranges_lists_and_lone_victims(sentence: str, killed: int | None,
                                       injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (killed, injured)


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    # wire-style notes drop the verbs' auxiliaries and articles
    ("Shebekino: a drone struck a car on 2 Jul 2024; driver killed, passenger wounded.", 1, 1),
    ("Mafa: a bomber blew up in a mosque on 13 Mar; bomber and 5 worshippers killed, 12 injured.",
     6, 12),
    ("Troops clashed with rebels on Monday, leaving two rebels dead and a soldier wounded.", 2, 1),
    # one person, then a count; a third person hurt
    ("Militia fighters killed a nurse and two patients with machetes.", 3, None),
    ("Gunmen ambushed an aid vehicle, killing two aid workers and injuring a third.", 2, 1),
])
def test_terse_notes_and_people_named_one_by_one(sentence: str, killed: int | None,
                                                 injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (killed, injured)


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    # a named victim, then the others
    ("The explosion killed the governor and 14 other people and wounded 60.", 15, 60),
    ("The bomb went off at the wheel, killing him and four soldiers.", 5, None),
    ("Archbishop Óscar Romero was shot dead while celebrating Mass.", 1, None),
    # a subset named after the total; the attackers after the victims
    ("The blasts killed 33 people, three bombers included, and wounded 222.", 33, 222),
    ("Fifty-two passengers and the four bombers died, and about 700 people were injured.",
     56, 700),
    # not a second group: a place, or the wounded
    ("A soldier was killed in Kandahar and two other soldiers wounded by a mine.", 1, 2),
    ("A gunman killed one and two others were wounded.", 1, 2),
])
def test_named_victims_subsets_and_attackers(sentence: str, killed: int | None,
                                             injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (killed, injured)


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    # database estimates: the best one counts, the low and high bounds do not add
    ("Best estimate 7, low 5, high 12 deaths.", 7, None),
    ("Fatalities: best 7 (low 5, high 12), and 11 wounded.", 7, 11),
    ("Best estimate: 9 soldiers and 14 rebels killed (low estimate 17, high estimate 26).",
     23, None),
    # a revised toll replaces the first, told without its noun
    ("The toll was initially reported as 4 killed; it was later revised to 6.", 6, None),
    ("Initially four were reported dead and 9 injured, but the toll was later revised to 6.",
     6, 9),
    # police communiqués: "embraced martyrdom" is killed, and ends the subject of what follows
    ("Two constables embraced martyrdom while one was injured.", 2, 1),
    ("Three police officials embraced martyrdom and five were injured.", 3, 5),
    ("Two policemen were martyred and three injured.", 2, 3),
])
def test_estimates_revisions_and_communique_words(sentence: str, killed: int | None,
                                                  injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (killed, injured)


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    # labelled fields listing groups, or saying none
    ("Killed: 6 gendarmes, 3 attackers.", 9, None),
    ("Injured: 4 civilians and 2 soldiers", None, 6),
    ("Killed: none.", 0, None),
    ("Wounded: none.", None, 0),
    # the attackers added to the victims, not to the wounded that follow
    ("Five worshippers were killed in addition to the two bombers, and 13 others were injured.",
     7, 13),
    ("Besides the three bombers, thirty people died; more than forty were injured.", 33, 40),
    ("Aslam was killed along with three other officers and four other policemen were wounded.",
     4, 4),
    # a second person, told with a relative clause, who was hurt and not killed
    ("The executive was killed and his wife, who was standing nearby, was injured.", 1, 1),
    # a first figure corrected later in the sentence, without its noun
    ("Activists first reported 9 deaths; the Observatory later documented 12, four of them "
     "children.", 12, None),
    ("Police first reported 4 people killed; after more bodies were found the figure was "
     "revised to 11.", 11, None),
    ("Early wire reports gave 4 dead; the directorate later revised the toll to 6 police and "
     "civilians, not counting the bomber.", 7, None),
])
def test_labelled_lists_added_attackers_and_corrections(sentence: str, killed: int | None,
                                                         injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (killed, injured)


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    # an age is not a count; the one person it belongs to is
    ("The administration says a man of about sixty was killed at a bus stop.", 1, None),
    ("A man, 34, was killed.", 1, None),
    ("Two men, 34 and 40, were killed.", 2, None),
    ("Their sibling Mariam, 6, was injured and taken to hospital.", None, 1),
    ("A woman aged 45 was injured.", None, 1),
    ("Five soldiers, 3 civilians and 2 police were killed.", 10, None),
    # "succumbed" is died
    ("Kerani Singh, who was hit in the chest, succumbed to his injuries on the way.", 1, None),
    ("Two soldiers succumbed to their injuries.", 2, None),
])
def test_ages_and_succumbing(sentence: str, killed: int | None, injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (killed, injured)


@pytest.mark.parametrize(("sentence", "killed", "injured", "attackers"), [
    # communiqués' words for killing, and the attackers they count
    ("Two terrorists were sent to hell while three others got injured.", 2, 3, True),
    ("The troops neutralised 13 of the terrorists.", 13, None, True),
    ("On the enemy side, some fifteen terrorists were neutralised.", 15, None, True),
    ("One SDF fighter was killed and another wounded.", 1, 1, False),
    ("Regrettably, 2 soldiers paid the supreme price, while 4 others sustained injuries.", 2, 4,
     False),
    ("Provisional toll: six VDP fell with arms in hand and nine others were wounded.", 6, 9,
     False),
    ("Troops neutralised two IEDs on the road.", None, None, False),
    # threads: a post's number is no count, "incl." names a subset, an ordinal victim a toll
    ("2/ 3 soldiers KIA, 2 wounded.", 3, 2, False),
    ("1/ at least 4 civilians incl. 2 children killed after shells fell on a village.", 4, None,
     False),
    ("3/ A 5th victim, an elderly woman, died this morning.", 5, None, False),
    # coder shorthand, and one person hurt after a colon
    ("3 BIFF KIA, 2 AFP WIA.", 3, 2, False),
    ("VBIED det. ~10:00; 7 k / 22 w (MoH) | no claim", 7, 22, False),
    ("(1) air strike on the vegetable mkt, 9 civ k (SOHR); inj. n/k", 9, None, False),
    ("hand grenade thrown into shop; 0 k, 4 w | no claim", 0, 4, False),
    ("IED vs patrol; 3 k, 0 w", 3, 0, False),
    ("bkgd: 19/09/12 village defence volunteer shot dead on same road", None, None, False),
    # a record's fields: a dash for a colon, a range's lower bound, a qualified count with a
    # bracketed note, a subset, middle dots between fields; "no cas." but not "no cas. figures"
    ("Attributed to — ADF / Killed — 14 civilians / Wounded — not reported", 14, None, False),
    ("Killed: 5–8 (police and medics differ) · Injured: 20–25 · Victims include Hassan Ali "
     "Mahdi, 52", 5, 20, False),
    ("Killed: at least 20 al-Shabaab fighters (militia claim) and 3 militiamen; Injured: not "
     "stated", 23, None, False),
    ("Killed: 5 from one family, two of them children. Injured: 3.", 5, 3, False),
    ("Casualty record SY-HSK-0819 — Turkish drone strike on a car — Killed: 3 (two officials "
     "and the driver, Khalil Omar, 44) — Injured: 0", 3, 0, False),
    ("IED vs pipeline, crude spill into creek; no cas. | ELN attrib.", 0, 0, False),
    # ages in words are no counts: "aged six and nine"
    ("Her two daughters, aged six and nine, were killed in the strike.", 2, None, False),
    ("(3) rpt of arty shelling on Khan Shaykhun – single source, no cas. figures", None, None,
     False),
    ("RU arty shelling of residential area; 2 civ killed, 3 inj (regional mil admin).", 2, 3,
     False),
    ("Shells landed in a residential neighbourhood: a 58-year-old man was wounded.", None, 1,
     False),
    ("Abdul Rahim, who spent four decades clearing landmines, has died aged 68.", None, None,
     False),
])
def test_communique_and_thread_counts(sentence: str, killed: int | None, injured: int | None,
                                      attackers: bool) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured, c.attackers_only) == (killed, injured, attackers)


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    # breakdowns behind a dash or a colon, in words or digits, the attacker named singly
    ("Officials gave the following breakdown: killed - 9 FC personnel and 4 militants; "
     "wounded - 6 FC personnel.", 13, 6),
    ("Army toll - killed: 11 soldiers, 3 VDP auxiliaries and 17 attackers; wounded: 9 soldiers "
     "and 2 civilians.", 31, 11),
    ("Casualties: dead - three traffic police officers, one passing motorist and the gunman; "
     "wounded - nine (six officers, three civilians).", 5, 9),
    ("Toll given by a district official - dead: 7 soldiers, 2 civilians; wounded: not reported.",
     9, None),
])
def test_casualty_breakdowns(sentence: str, killed: int | None, injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (killed, injured)


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    ("The toll, first given as six, was later raised to 11, with 14 wounded.", 11, 14),
    ("Militants shot dead truffle hunters; the toll, initially reported as two, was later "
     "raised to four.", 4, None),
    ("ISIS remnants attacked a PMF position, resulting in the martyrdom of two fighters and the "
     "wounding of three.", 2, 3),
    ("One officer was killed and another wounded. Both attackers were eliminated by return "
     "fire.", 3, 1),
    ("A man in his thirties was lightly hurt by shrapnel.", None, 1),
    ("A passer-by was also hit and wounded.", None, 1),
    ("Two rangers were wounded and a woman walking nearby was killed.", 1, 2),
    ("An FPV drone hit a car and wounded its 38-year-old driver.", None, 1),
    ("An elderly woman burned to death.", 1, None),
])
def test_revised_tolls_nominal_counts_and_one_person_told(sentence: str, fatalities: int | None,
                                                          injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


def test_a_team_eliminated_from_a_cup_is_no_toll() -> None:
    assert find_casualties("Two teams were eliminated from the cup.").fatalities is None


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # a unit naming whose soldiers they were; a wire dateline's day is no count
    ("Three Frontier Corps soldiers were killed on Monday when a bomb hit their vehicle.", 3,
     None),
    ("QUETTA, Oct 18 (agency) - Two Levies Force guards were wounded near Turbat.", None, 2),
    ("PEMBA, June 10 (agency) - Gunmen killed at least four civilians in Quiterajo.", 4, None),
    ("ADEN, March 7 - A boy was killed and four other civilians were wounded in Taiz.", 1, 4),
    # (a date with its year is read as before; munitions stay munitions)
    ("On May 3, 2021, five soldiers were killed near Gao.", 5, None),
    ("Three brigades were deployed after two soldiers were killed.", 2, None),
])
def test_named_units_and_dateline_days(sentence: str, fatalities: int | None,
                                       injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # terse coder notes: "none killed", "no one killed", a revised figure in brackets, a
    # two-word group, people hit by stray bullets
    ("2 servicemen injured, none killed.", 0, 2),
    ("1 civilian injured; no one killed.", 0, 1),
    ("1 port worker killed, 4 injured (revised up from initial 2 injured).", 1, 4),
    ("GoN now reports 58 civilians KIA (previous note: 33 KIA).", 58, None),
    ("3 militia members killed per monitor; cause unclear.", 3, None),
    ("Two residents were hit by stray bullets and injured.", None, 2),
    ("Gunmen abducted 24 people, shooting dead a guard who tried to stop them.", 1, None),
])
def test_terse_notes_and_revised_figures(sentence: str, fatalities: int | None,
                                        injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # the hurt told without its verb; a martyred constable; nobody killed after the injured
    ("A farmer was killed and his teenage son wounded when gunmen ambushed them.", 1, 1),
    ("Two fighters were killed and a civilian driver injured when a drone struck.", 2, 1),
    ("Terrorists attacked the police station, martyring a constable and injuring two others.",
     1, 2),
    ("Two police officers suffered minor injuries and nobody was killed, police said.", 0, 2),
    # (an unknown number wounded is no count)
    ("At least 4 people were killed and an unknown number were wounded.", 4, None),
])
def test_elliptic_hurt_martyred_and_nobody_killed(sentence: str, fatalities: int | None,
                                                  injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # database fields and notes: a zero toll, a revised field, per-group fields
    ("[size=no report]. 0 fatalities.", 0, None),
    ("Deaths: initially reported as 18; revised to 24 after morgue records were checked.", 24,
     None),
    ("According to the municipality, nobody in the town was killed or injured.", 0, 0),
    ("Civilians killed: 3 | Civilians injured: 7 | Target category: non-military.", 3, 7),
])
def test_database_fields_zero_tolls_and_revised_fields(sentence: str, fatalities: int | None,
                                                        injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


def test_the_one_wounded_who_later_died_is_counted_once() -> None:
    from pipeline.extract import extract_incidents

    text = ("An IDF soldier was critically wounded after being stabbed at a train station in Tel "
            "Aviv, Israel. He later succumbed to his wounds.")
    assert [(m["fatalities"], m["injured"]) for m in extract_incidents(text, "2014-11-10")] == [
        (1, 0)]


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # a family or a gang's name is no count; a dateline's dash opens the clause of one victim
    ("Four members of one family were murdered in San Pedro Sula on Sunday.", 4, None),
    ("Five members of the 400 Mawozo gang were killed and a police officer was injured.", 5, 1),
    ("ZAMORA, Mich.— A man died and seven people were injured when a grenade hit a bar.", 1, 7),
    ("Three Wagner group fighters were killed.", 3, None),
])
def test_families_gang_names_and_dateline_dashes(sentence: str, fatalities: int | None,
                                                  injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # South Asian and military idiom: injuries sustained, terrorists eliminated, nobody hurt
    ("Two policemen embraced shahadat and three others sustained bullet injuries when "
     "militants attacked a police checkpost.", 2, 3),
    ("Three soldiers sustained shrapnel injuries and are receiving treatment.", None, 3),
    ("He sustained bullet injuries in retaliatory firing.", None, 1),
    ("An IAF aircraft struck and eliminated a Hezbollah terrorist near Kfar Kila.", 1, None),
    ("Shortly afterwards, an aircraft struck the cell, eliminating three terrorists.", 3, None),
    ("The shells landed in open ground and caused neither deaths nor injuries.", 0, 0),
    ("The ministry said the reform eliminated the backlog.", None, None),
])
def test_injuries_sustained_and_terrorists_eliminated(sentence: str, fatalities: int | None,
                                                      injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # a table row's dead and injured columns; a database's "(+1)" for the attackers who died
    ("12 June 2015 | Kukawa, Borno State, Nigeria | Armed assault | 37 | 15 | Boko Haram | "
     "Gunmen riding motorcycles entered the village.", 37, 15),
    ("03/08/2009 ; Muqdadiyah ; Diyala ; Iraq ; Suicide bombing ; 15 (+1) ; 27 ; Unknown ; A "
     "woman wearing an explosive belt detonated herself.", 16, 27),
    ("Toll: 11 (+1) killed, 14 wounded.", 12, 14),
])
def test_table_rows_and_attackers_in_brackets(sentence: str, fatalities: int | None,
                                              injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Gunmen stormed the hall, killing five people, the mayor of the town said.", 5),
    ("The blast killed four soldiers, two officials said.", 4),
    ("The blast killed four soldiers and two civilians.", 6),
])
def test_who_tells_the_toll_is_not_among_the_dead(sentence: str, dead: int) -> None:
    assert find_casualties(sentence).fatalities == dead


@pytest.mark.parametrize(("sentence", "dead"), [
    ("The shelling killed seven people, officials said, raising an earlier toll of four.", 7),
    ("A preliminary count had put the dead at three.", None),
    ("Eleven died, up from an earlier figure of 6.", 11),
])
def test_an_earlier_toll_the_text_replaces(sentence: str, dead: int | None) -> None:
    assert find_casualties(sentence).fatalities == dead


@pytest.mark.parametrize(("sentence", "dead", "hurt"), [
    # a translation's habits: "lost their lives", a day or an instrument before the count
    ("Three policemen lost their lives and two others were wounded on Friday.", 3, 2),
    ("Jets of the air force killed on Tuesday about thirty fighters near the river.", 30, None),
    ("Assailants killed with knives at least five villagers and wounded a child.", 5, 1),
    ("Two rebels were liquidated and one soldier was wounded.", 2, 1),
    ("At least twelve worshippers were killed, besides the kamikaze.", 13, None),
    ("The blast killed two guards as well as the kamikaze.", 3, None),
    ("Six farmers lost their lives and another sustained injuries.", 6, 1),
])
def test_a_translations_tolls(sentence: str, dead: int | None, hurt: int | None) -> None:
    found = find_casualties(sentence)
    assert (found.fatalities, found.injured) == (dead, hurt)


@pytest.mark.parametrize(("sentence", "dead", "hurt"), [
    # a security report's multiplier sign stands before the count as well as after it
    ("Preliminary figures: x31 killed, x87 injured.", 31, 87),
    ("Turkish MoD: x33 TAF soldiers KIA, x32 WIA.", 33, 32),
    ("x3 SSPDF soldiers and x2 NAS fighters were killed.", 5, None),
    ("1x civilian injured.", None, 1),
])
def test_a_security_reports_counts(sentence: str, dead: int | None, hurt: int | None) -> None:
    found = find_casualties(sentence)
    assert (found.fatalities, found.injured) == (dead, hurt)


@pytest.mark.parametrize(("sentence", "dead", "hurt"), [
    # a coder's own total closes the note, or says how it was coded
    ("On 2 May, gunmen shot dead 4 villagers and burned granaries near Tera. 4 fatalities.", 4,
     None),
    ("Fatalities coded as 6 per conservative estimate; local sources reported 11 dead.", 6, None),
    ("Two soldiers were killed and 3 wounded in the ambush. 2 fatalities; 3 injured.", 2, 3),
    # ("N fatalities coded" restates the count told before it; it is not another group)
    ("Gunmen attacked the town, resulting in at least 40 deaths, including 6 children; at least "
     "9 people injured and houses set on fire. 40 fatalities coded.", 40, 9),
    ("8 soldiers killed and more than 10 injured; all 3 attackers killed. 11 fatalities coded "
     "(incl. attackers).", 11, 10),
    ("Fighting continued in rural Tame, with 3 fatalities coded from bodies recovered.", 3, None),
    ("Army claimed 300 rebels killed; 5 soldiers killed and 36 injured on its side (305 killed "
     "total).", 305, 36),
])
def test_a_coders_total_is_the_toll(sentence: str, dead: int, hurt: int | None) -> None:
    found = find_casualties(sentence)
    assert (found.fatalities, found.injured) == (dead, hurt)


@pytest.mark.parametrize(("sentence", "dead", "hurt"), [
    ("A bomber rammed a convoy, killing himself, two soldiers and a passer-by and wounding "
     "nine other people.", 4, 9),
    ("Gunmen fired on a checkpoint, killing three policemen before both attackers were shot "
     "dead.", 5, None),
    ("Rebels dragged a farmer from his hut and beat him to death.", 1, None),
    ("A grenade exploded, wounding two teachers and a police escort.", None, 3),
    ("Two guards and a passer-by were slightly injured.", None, 3),
    ("A second man sitting beside him was wounded.", None, 1),
    ("Gunmen shot dead a Congress party legislator and his bodyguard.", 2, None),
    ("The blast left one soldier and three of the attackers dead.", 4, None),
    ("The official was killed at the scene and one of his guards was wounded.", 1, 1),
    ("A shooting leaves two guards and a crew member dead.", 3, None),
    ("At least three policemen and a minor were wounded.", None, 4),
    # one named person, what befell him, then his death; newsroom trades before the names
    ("Orellana was hit four times and was pronounced dead on arrival at hospital.", 1, None),
    ("Jumalon was rushed to the hospital but was declared dead on arrival.", 1, None),
    # a note's day and month is no count
    ("25/10 explosion on a passenger bus at Lungala – only the bomber died.", 1, None),
    ("30/05, US drone strike reportedly killed several ISKP fighters.", None, None),
    ("The attack killed camera operator Oleksandr Hrytsenko, 37, and injured reporter Iryna "
     "Koval and their driver.", 1, 2),
    ("The strike killed Al Mayadeen camera operator Ghassan Najjar and broadcast technician "
     "Mohammad Reda, as well as Al-Manar camera operator Wissam Qassem.", 3, None),
    ("Three policemen suffered minor injuries.", None, 3),
])
def test_lists_of_the_dead_and_wounded(sentence: str, dead: int | None, hurt: int | None
                                       ) -> None:
    found = find_casualties(sentence)
    assert (found.fatalities, found.injured) == (dead, hurt)


def test_nobody_died() -> None:
    found = find_casualties("A grenade hit the crowd, wounding nine. Nobody died.")
    assert (found.fatalities, found.injured) == (0, 9)


def test_bombers_killing_themselves_and_one_more() -> None:
    found = find_casualties("Two suicide bombers blew themselves up at a checkpoint, killing "
                            "themselves and a Civilian Joint Task Force volunteer.")
    assert found.fatalities == 3


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # how badly one of them was hurt is no further count; "approx." qualifies a count
    ("A mine exploded under the patrol, wounding 4 soldiers, one seriously.", None, 4),
    ("Shells hit the camp, killing 5 IDPs and injuring approx. 20.", 5, 20),
    # a toll not taken ("burned 40 houses") leaves the next one to read
    ("Insurgents raided the village, burned approx 40 houses and beheaded 3x CIV.", 3, None),
])
def test_how_badly_approximations_and_tolls_after_property(sentence: str, fatalities: int | None,
                                                          injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize("sentence", [
    # a single victim named by a long title with its acronym, or by a rank
    "Assailants shot and killed an off-duty Ulster Defence Regiment (UDR) soldier near his farm.",
    "Gunmen shot and killed a Popular Party (PP) town councilor outside his home.",
    "The inspector was killed when the device exploded under his car.",
])
def test_one_victim_named_by_a_long_title(sentence: str) -> None:
    assert find_casualties(sentence).fatalities == 1


@pytest.mark.parametrize(("sentence", "fatalities"), [
    # a person named as the verb's object
    ("Two assailants shot and killed Pierre Lemaire, the director of a state bank, outside his "
     "home in Lyon city.", 1),
    ("Gunmen on a motorcycle killed Senator Ana Ruiz as she left the campus.", 1),
    ("Assailants shot and killed Brigadier Peter Sanders, the defence attache, in traffic.", 1),
    # a people's plural names no one
    ("Suicide bombers killed Shia Muslims at a shrine in the city.", None),
    ("Gunmen killed US Marines in an ambush near the airport.", None),
])
def test_a_person_named_as_the_object_of_the_killing(sentence: str,
                                                      fatalities: int | None) -> None:
    assert find_casualties(sentence).fatalities == fatalities


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # a coder's bracketed toll fields and abbreviations
    ("Tally [killed: 19 - 11 police + 8 insurgents; wounded: n/k].", 19, None),
    ("[killed: some 30; wounded: dozens].", 30, None),
    ("[killed: 7, bomber incl.; wounded: 19].", 7, 19),
    ("2 FC men + 1 passer-by k.; 6 w., one of them a schoolboy.", 3, 6),
    ("4 civilians k. incl. a child, 9 w.", 4, 9),
])
def test_a_coders_toll_fields_and_abbreviations(sentence: str, fatalities: int | None,
                                                injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # a day with its year is no count, nor a child's age; the hurt a medical service treated
    ("An air strike on 05/08/2022 killed a commander; MoH: 10 fatalities incl. a 5-y/o girl, "
     "55 injured.", 10, 55),
    ("Medics treated 3 residents for smoke inhalation; no fatalities.", 0, 3),
])
def test_days_ages_and_the_treated(sentence: str, fatalities: int | None,
                                   injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


def test_a_logs_multiplier_before_a_full_stop() -> None:
    assert find_casualties("Fighters rounded up farmers and killed at least 43x.").fatalities == 43


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # a list of the dead summed up by its writer; more dead "as were" after the first
    ("Gunmen entered the council hall and fired, killing the mayor, two aldermen, a clerk and "
     "three guards, seven people in all.", 7, None),
    ("Eleven troopers were killed in the battle, as were at least six rebels; four troopers "
     "were hurt.", 17, 4),
])
def test_a_lists_sum_and_more_dead_as_were(sentence: str, fatalities: int | None,
                                          injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # who the dead were, between the count and its verb; a home guard is a person; a
    # punishment shooting in the legs wounds one
    ("Two people, a U.N. driver and a local nurse, were killed and 9 others were injured.", 2, 9),
    ("Rebels stormed a village post near Kantale, killed 1 home guard; there were no other "
     "casualties.", 1, 0),
    ("Two gunmen shot a city councillor in the knees as he left his flat.", None, 1),
])
def test_appositions_home_guards_and_kneecappings(sentence: str, fatalities: int | None,
                                                  injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("sentence", "fatalities", "injured"), [
    # sources that disagree: the lowest count; one wounded "as were" more; "as was" the driver;
    # two shot dead one by one
    ("Sources disagree on the toll: the police gave 9, local elders at least 17.", 9, None),
    ("The governor was badly wounded, as were three of his escorts; his bodyguard was killed, as "
     "was the suicide driver.", 2, 4),
    ("Two gunmen boarded the minibus and shot the driver and his conductor dead.", 2, None),
])
def test_disagreeing_sources_and_one_then_more(sentence: str, fatalities: int | None,
                                               injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize("sentence", ["No loss of life was reported.", "No life was lost."])
def test_no_loss_of_life_is_nobody_killed(sentence: str) -> None:
    assert find_casualties(sentence).fatalities == 0


@pytest.mark.parametrize(("sentence", "dead", "hurt"), [
    # a range written with a hyphen counts its lower bound
    ("3-5 Security Belt fighters killed and 4 injured, per local media.", 3, 4),
    ("MoD said 56 Taliban killed; local sources put ANDSF losses at 5-10 killed.", 61, None),
    # the one killed, then who the one was
    ("Hezbollah fired a rocket barrage at Kiryat Shmona, killing 1 civilian, a factory worker.",
     1, None),
    ("Gunmen shot dead one man, a shepherd from the village.", 1, None),
    # those present are not those hit
    ("Of nearly 900 people on board, 116 were killed.", 116, None),
])
def test_ranges_and_the_one_named(sentence: str, dead: int | None, hurt: int | None) -> None:
    found = find_casualties(sentence)
    assert (found.fatalities, found.injured) == (dead, hurt)


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Gunmen killed one soldier, a civilian and a child.", 3),
    ("The attack killed 3 policemen, a teacher and two students.", 6),
    # people first, then who they were: the same people
    ("A blast hit a house, killing two people, a man and his teenage son.", 2),
    # the last items tell: "a militia leader and an official said"
    ("The bomb ripped through a minibus, killing eight passengers, a militia leader and a local "
     "official said.", 8),
    ("Gunmen stormed the post and killed four gendarmes, two security sources said.", 4),
])
def test_a_list_of_people_after_a_count(sentence: str, dead: int) -> None:
    assert find_casualties(sentence).fatalities == dead


@pytest.mark.parametrize(("sentence", "dead", "hurt"), [
    ("Gunmen shot and killed a barangay chairman in Indanan.", 1, None),
    ("His assistant was wounded in the attack.", None, 1),
    ("The officer's brother, who was standing nearby, was wounded in the attack.", None, 1),
    ("The bomber was the only fatality; two civilians passing by were injured.", 1, 2),
])
def test_one_person_by_office_kin_or_as_the_only_death(sentence: str, dead: int | None,
                                                       hurt: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (dead, hurt)


@pytest.mark.parametrize(("sentence", "dead", "hurt"), [
    ("Rahimi and one of his bodyguards were killed and his driver was injured.", 2, 1),
    ("Assailants stormed the home of a mukhtar and shot him dead.", 1, None),
    ("The assailant detonated his vest, killing himself and injuring two guards.", 1, 2),
    ("A girl detonated her explosives at a checkpoint, killing only herself.", 1, None),
    ("The assailant stabbed two women to death before soldiers on patrol shot and killed him.",
     3, None),
])
def test_a_name_and_one_of_his_men_the_one_shot_dead_and_the_attacker(
        sentence: str, dead: int, hurt: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (dead, hurt)


def test_responders_killing_the_attackers_kill_attackers_only() -> None:
    assert find_casualties("Police officers shot and killed all three assailants.").attackers_only


@pytest.mark.parametrize(("sentence", "dead", "hurt"), [
    ("Crew safe and unhurt.", 0, 0),
    ("The crew are reported safe.", 0, 0),
    # (the others were taken: nothing said of them)
    ("The pirates kidnapped five crew members; the remaining crew are safe.", None, None),
])
def test_a_ships_crew_reported_safe(sentence: str, dead: int | None, hurt: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (dead, hurt)


@pytest.mark.parametrize(("sentence", "dead", "hurt"), [
    # a bulletin on attacks on health care counts its victims by their role
    ("The school caretaker was killed.", 1, None),
    ("A vaccinator was killed and the constable escorting the team was wounded.", 1, 1),
    ("A patient inside was wounded by a stray bullet.", None, 1),
    # a police release's words
    ("A man, believed to be aged 24, was found suffering from stab wounds.", None, 1),
    ("A second man, aged 30, was taken to hospital with a stab injury.", None, 1),
    ("Despite the efforts of paramedics, she was pronounced dead at the scene.", 1, None),
    ("Paramedics pronounced the attacker dead at the scene.", 1, None),
    ("Four shoppers were taken to hospital.", None, 4),
    ("No-one was in the building and no-one was injured.", 0, 0),
    ("A man armed with a knife stabbed a woman at the tram stop.", None, 1),
    ("The man stabbed a guard to death.", 1, None),
    ("A taxi driver who was parked near the gate lost his life.", 1, None),
    ("His colleague was slightly wounded in the arm.", None, 1),
    ("One of the guards, aged 41, sustained a stab wound to the shoulder.", None, 1),
    ("A resident suffered minor cuts from flying glass.", None, 1),
    # an early database summary's
    ("Assailants shot a 20-year-old man in both legs in an alley.", None, 1),
    ("The victim, who was hit four times, survived and was hospitalized.", 0, 1),
    ("A second police officer who was with him was wounded in the attack.", None, 1),
])
def test_tolls_told_by_role_and_in_a_police_release(sentence: str, dead: int | None,
                                                    hurt: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (dead, hurt)


def test_a_guard_returning_fire_kills_an_attacker() -> None:
    c = find_casualties("A guard returned fire, killing one of the gunmen.")
    assert (c.fatalities, c.attackers_only) == (1, True)


def test_worshippers_and_the_bomber_are_not_attackers_only() -> None:
    c = find_casualties("Four worshippers and the bomber died on the spot.")
    assert (c.fatalities, c.attackers_only) == (5, False)


def test_a_name_after_its_titles_and_other_commanders() -> None:
    c = find_casualties("An air strike killed Al-Qassam Brigades' city commander Bassem Issa "
                        "and at least 3 other senior commanders.")
    assert c.fatalities == 4


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    ("Amina Yusuf, 8, and her brother Ibrahim, 5, were killed when a shell hit their home.", 2,
     None),
    ("Officials said 30 people were killed, not counting the two bombers, and 40 were injured.",
     32, 40),
])
def test_victims_named_with_ages_and_attackers_left_out_of_a_toll(
        text: str, fatalities: int, injured: int | None) -> None:
    c = find_casualties(text)
    assert (c.fatalities, c.injured) == (fatalities, injured)


def test_a_day_after_its_month_before_the_verb_is_no_count() -> None:
    from pipeline.extract.numbers import find_casualties

    c = find_casualties("A separate strike on central Kharkiv later on May 25 injured 25 more.")
    assert c.injured == 25


@pytest.mark.parametrize(("text", "fatalities"), [
    # a victim named by any title: the pronoun after says it is one person
    ("Assailants shot and killed a Supreme Court magistrate as he walked to his car.", 1),
    ("Two gunmen shot and killed the British defense attache as he drove to work.", 1),
    ("Gunmen assassinated a judge outside the court house.", 1),
    # the people taken are the dead
    ("Assailants dragged 11 peasants from their homes in a rural area and shot them dead in "
     "front of their families.", 11),
    ("The gunmen abducted five farmers near the river before they shot them all dead.", 5),
    # an attempt is no killing
    ("Gunmen tried to assassinate the mayor outside his home.", None),
])
def test_one_victim_by_title_and_the_taken_shot_dead(text: str, fatalities: int | None) -> None:
    assert find_casualties(text).fatalities == fatalities


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    # a punishment shooting's victim "who survived": nobody killed
    ("The victim, who survived, had been accused of burglaries.", 0, 1),
    # a hostage's fate: alive, hurt or not
    ("The victim was released alive 34 days later.", 0, None),
    # a limb lost is a person hurt, and fingers are no people
    ("The employee lost two fingers and two of his colleagues suffered minor injuries.", None,
     3),
    ("A farmer lost a leg when he stepped on a landmine.", None, 1),
    ("The ruling party lost two seats in the vote.", None, None),
])
def test_survivors_hostages_released_and_limbs_lost(text: str, fatalities: int | None,
                                                    injured: int | None) -> None:
    c = find_casualties(text)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("text", "fatalities"), [
    # the year a sentence opens on is no count
    ("In 2022, nine aid workers were killed in the country.", 9),
    # a monitor's object of condemnation: the dead, counted or named
    ("RSF condemns the killing of two Palestinian journalists whose car was hit by a drone.", 2),
    ("CPJ condemns the killing of Haitian reporter Jean-Robert Pierre-Louis and calls for an "
     "investigation.", 1),
    ("The syndicate mourns a reporter who was killed together with his wife and two sons when a "
     "shell hit their home.", 4),
    ("The minister condemned the killing of civilians in the region.", None),
])
def test_a_year_is_no_count_and_a_monitors_dead_are_counted(text: str,
                                                            fatalities: int | None) -> None:
    assert find_casualties(text).fatalities == fatalities


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    ("A grenade was thrown at the police headquarters, causing property damage only.", 0, 0),
    # none more, killed or hurt, than those told before (a group keeps its own counts)
    ("No other casualties reported.", 0, 0),
    ("The victim was wounded but survived.", 0, 1),
    # who the two were, not two more
    ("Militants dropped explosives onto the village, killing 2 civilians, a woman and a man, and "
     "injuring 9.", 2, 9),
    ("Gunmen killed two soldiers, a policeman and a passer-by.", 4, None),
])
def test_damage_only_no_other_casualties_and_an_apposition(text: str, fatalities: int | None,
                                                           injured: int | None) -> None:
    c = find_casualties(text)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    ("The convoy was ambushed near Gumuruk, in which a national staff member of a "
     "non-governmental organization, a logistics assistant, was killed and two others were "
     "injured.", 1, 2),
    ("Photographer Mackenson Joseph, who was with him, was shot in the arm.", None, 1),
    ("Nobody was hurt.", 0, 0),
])
def test_one_person_named_or_described_at_length(text: str, fatalities: int | None,
                                                 injured: int | None) -> None:
    c = find_casualties(text)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    # figures replaced, or those killed told again by who they were
    ("UPDATE: Authorities now report four killed and 50 injured (earlier reported: three "
     "killed, 42 injured).", 4, 50),
    ("UPDATE: The government has revised the death toll to 132 civilians, up from an initial "
     "figure of around 100; about 40 people were injured.", 132, 40),
    ("UPDATE: Officials confirm 26 people killed, 25 tourists and a local pony operator, and at "
     "least 17 injured.", 26, 17),
    ("Ten people were killed earlier in the day.", 10, None),
])
def test_a_revised_figure_replaces_the_earlier_one(text: str, fatalities: int | None,
                                                    injured: int | None) -> None:
    c = find_casualties(text)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    # a casualty record's bracketed outcome
    ("Outcome: killed (1), injured (2)", 1, 2),
    ("killed (0), injured (1)", 0, 1),
    # a distance is no count, and animals are no casualties
    ("His brother, who was walking about 40 m away, was not hurt.", None, None),
    ("1 killed, 0 injured; nine goats and four sheep also died.", 1, 0),
    # a mine's survivor: one hurt, nobody killed
    ("She survived; the victim lost her right foot and was taken to hospital.", 0, 1),
    ("He was evacuated to the district hospital; his left leg was amputated below the knee.",
     None, 1),
])
def test_a_casualty_records_outcome_field_and_a_mines_survivor(text: str,
                                                               fatalities: int | None,
                                                               injured: int | None) -> None:
    c = find_casualties(text)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("text", "fatalities"), [
    # both named before a count are two more (but not "on both sides and")
    ("Both assailants and one soldier were killed.", 3),
    ("Both bombers and two guards were killed.", 4),
    ("Officials reported 11 people killed on both sides and at least 18 injured.", 11),
])
def test_both_named_before_a_count(text: str, fatalities: int) -> None:
    assert find_casualties(text).fatalities == fatalities


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    # a number said in words, whole
    ("At least fifty people were killed and more than two thousand seven hundred injured.", 50,
     2700),
    ("A hundred and fifty people were injured.", None, 150),
    # a figure said again on air, spelt out digit by digit
    ("Seventy-three, seven-three, and about three thousand seven hundred wounded.", None, 3700),
    ("Officials say fourteen, that's one-four, people were killed.", 14, None),
])
def test_numbers_said_aloud(text: str, fatalities: int | None, injured: int | None) -> None:
    c = find_casualties(text)
    assert (c.fatalities, c.injured) == (fatalities, injured)


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    # one victim by a title and whose it is, or by a long apposition
    ("The regional director of the ADC was killed and seven other people were injured.", 1, 7),
    ("The victim, an attorney who had handled civil rights cases for the union (UFW), was "
     "killed.", 1, None),
    # hit, then died; hurt, then survived
    ("The victim was struck several times and died later in hospital.", 1, None),
    ("The victim was wounded and taken to hospital, where he survived.", 0, 1),
])
def test_one_victim_by_title_apposition_and_fate(text: str, fatalities: int | None,
                                                 injured: int | None) -> None:
    c = find_casualties(text)
    assert (c.fatalities, c.injured) == (fatalities, injured)


def test_an_obituary_names_its_one_victim_by_name_and_age() -> None:
    c = find_casualties("The press club mourns senior journalist Ghulam Rasool Khan, 52, who "
                        "was shot dead on Saturday evening in Sibi.")
    assert (c.fatalities, c.injured) == (1, None)
    c = find_casualties("The division pays its last respects to Private Ramon Cruz, 26, who "
                        "was killed in action on Thursday when rebels detonated a mine.")
    assert c.fatalities == 1


def test_another_source_s_estimate_beside_the_count_is_not_added() -> None:
    c = find_casualties("At least 98 people were killed and 120 others were injured; other "
                        "sources put the death toll at more than 300.")
    assert (c.fatalities, c.injured) == (98, 120)
    c = find_casualties("At least 271 refugees were killed; some sources reported that more "
                        "than 300 people were killed.")
    assert c.fatalities == 271


def test_throats_cut_and_passengers_escaped_with_injuries() -> None:
    c = find_casualties("The assailants ordered the passengers off the bus and cut the throats "
                        "of 14 of them before setting the bus on fire.")
    assert c.fatalities == 14
    assert find_casualties("Four other passengers escaped with injuries.").injured == 4


def test_a_press_alert_s_named_victim_and_the_hurt_hit_in_a_limb() -> None:
    # (a monitor's dateline dash opens the named victim's clause)
    c = find_casualties("Karachi, 3 May 2023 — Reporter Imran Baloch was shot dead on the "
                        "coastal highway.")
    assert c.fatalities == 1
    assert find_casualties("A woman walking past was hit in the leg and taken to "
                           "hospital.").injured == 1
    assert find_casualties("His 10-year-old niece, who was in the car, was hit in the arm "
                           "and is recovering.").injured == 1
    # (hit and died: the one killed; a building hit is no one)
    assert find_casualties("Silva was hit in the chest and died at the scene.").injured is None
    assert find_casualties("The building was hit in the morning.").injured is None
    assert find_casualties("He was hit in the head and taken to hospital.").injured == 1
    # a pair of people with a name in apposition after the first
    c = find_casualties("His driver, Kamal Uddin, and a street vendor were wounded.")
    assert c.injured == 2


def test_a_named_victim_his_title_and_one_of_his_people() -> None:
    c = find_casualties("A bomb hidden in a scooter exploded in Moscow, killing General Ivan "
                        "Petrov, head of the chemical, biological and radiation troops, and his "
                        "assistant.")
    assert c.fatalities == 2
    c = find_casualties("Gunmen shot dead Mayor Juan Perez, a member of the ruling party, and "
                        "his driver on Monday.")
    assert c.fatalities == 2
    # a toll that rose "over the following days … reaching 145"
    c = find_casualties("The death toll rose over the following days as bodies were recovered "
                        "from the debris, reaching 145; at least 551 others were injured.")
    assert (c.fatalities, c.injured) == (145, 551)


def test_one_hit_in_the_chest_who_died_is_not_also_hurt() -> None:
    c = find_casualties("A man was hit in the chest and died at the scene.")
    assert (c.fatalities, c.injured) == (1, None)


def test_the_hurt_counted_by_their_wounds() -> None:
    c = find_casualties("Monitors confirmed at least three people with gunshot wounds, among "
                        "them a journalist.")
    assert c.injured == 3
    assert find_casualties("Doctors treated 12 people with bullet wounds.").injured == 12
    # (a count of the dead is not of the hurt)
    c = find_casualties("Two people were killed and five people were admitted with gunshot "
                        "wounds.")
    assert (c.fatalities, c.injured) == (2, 5)


@pytest.mark.parametrize(("sentence", "dead", "hurt"), [
    ("Gunmen opened fire in Quetta, killing cameraman Zahid Ali.", 1, None),
    ("Gunmen opened fire in Quetta, killing cameraman Zahid Ali and a driver.", 2, None),
    ("Gunmen opened fire in Quetta, killing cameraman Zahid Ali and driver Asif Khan.", 2, None),
    ("Gunmen opened fire in Quetta, wounding cameraman Zahid Ali.", None, 1),
    ("Gunmen opened fire in Quetta, wounding cameraman Zahid Ali and a driver.", None, 2),
    ("Gunmen opened fire in Quetta, wounding a cameraman and a driver.", None, 2),
    ("The blast killed two soldiers and injured Colonel Ahmed Khan.", 2, 1),
    # (fatally wounded is dead, not hurt)
    ("Gunmen fatally wounding cameraman Zahid Ali.", 1, None),
])
def test_a_victim_named_after_a_lower_case_title(sentence: str, dead: int | None,
                                                 hurt: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (dead, hurt)


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Gunmen opened fire, killing Father Siméon Yampa, 34, and five parishioners.", 6),
    ("Gunmen opened fire, killing Father Siméon Yampa and five parishioners.", 6),
])
def test_a_named_victim_and_a_count_after_him(sentence: str, dead: int) -> None:
    assert find_casualties(sentence).fatalities == dead


@pytest.mark.parametrize(("sentence", "dead", "hurt"), [
    ("A drone dropped a munition on a car; the driver (m, 54) was injured.", None, 1),
    ("A woman (f, 32) was killed when a shell hit her house.", 1, None),
])
def test_a_security_note_s_sex_and_age_of_the_one_named(sentence: str, dead: int | None,
                                                       hurt: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.fatalities, c.injured) == (dead, hurt)
