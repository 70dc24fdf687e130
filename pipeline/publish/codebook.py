"""The codebook shipped in every release, generated from the schema so it cannot drift."""

from __future__ import annotations

from pipeline.schema import (
    EVENT_TAXONOMY,
    MAX_PLAUSIBLE_CASUALTIES,
    RELEASE_TABLES,
    SCHEMA_VERSION,
    WEAPON_FAMILY,
    Table,
)

CONVENTIONS = f"""\
## Coding conventions

**Unit of observation.** One row of `incidents` is one violent event: one attack, strike or
explosion at one place on one day. Several incidents told in one article are separate rows; one
incident reported by several articles is one row with all its sources (`source_count`,
`source_urls`, and one `incident_sources` row per article). What follows an abduction on a later
day it names with its year (hostages killed, a raid that frees them) is an incident of that
day; a killing told without a day of its own stays with the abduction.

**Casualties.** `fatalities` counts everyone reported killed, perpetrators included (GTD and ACLED
count the same way: "four police officers and five assailants were killed" is 9). `injured` counts
the wounded. A qualified figure ("at least 56", "more than 100") is coded as the stated number,
the conservative reading. Vague quantities with no number ("dozens", "several") are left null
rather than guessed. Munition counts ("five rockets") are never casualties. People named without a
number count one each ("the bomber", "a journalist, Ali Abdi"; "both attackers" is two). A suicide
bomber or a gunman is added to the victims only when the text counts them apart ("killing four
worshippers and herself", "blew herself up and killed 27 others", "before taking his own life");
"a suicide bomber blew himself up, killing 13 people" is 13, because sources differ on whether
such a toll already includes the bomber; a toll said to exclude the bomber ("this toll excludes
the bomber, who also died") adds him. "Fatally wounded" is killed, and so are people whose bodies
were found ("the bodies of 4 gunmen", "his body was discovered" after an abduction). A toll given
per side ("put the dead at 14 soldiers and 22 fighters") is summed; a toll claimed by one side
("the PDF claimed 12 soldiers were killed") is coded as given, the claim noted in the evidence. A
database's "11 (+1)" is 12 (the victims, then the attackers who died), and a table row's two bare
columns after its type ("| Armed assault | 37 | 15 |") are its dead and wounded. A coder's own
total is the toll, whatever the description counts besides ("… shot dead 3 civilians and set
houses alight. 3 fatalities." is 3; "fatalities coded as 8 per conservative estimate; civil
society reported 12" is 8). A superseded figure is no count ("raising an earlier toll of five"),
and who tells a toll is not among the dead ("killing three people, the director of the festival
said" is 3). A range is coded by its lower bound ("between 6 and 9 dead" is 6, as ACLED does);
people listed one by one are each counted ("the pastor, his son and four worshippers were killed"
is 6); hostages "released unharmed" were neither killed nor hurt (0 and 0), and a later count of
the wounded replaces a "none" said of some of the people ("the president escaped unharmed … seven
soldiers were injured" is 7 injured). **Null means the sources do not say; 0 means they say nobody
was killed or hurt** ("no casualties were reported"). When sources disagree, the latest report
that gives a figure is used (tolls rise as news comes in, and a correction is a later report),
except that a monitor's own verified count ("HRMMU corroborated the deaths of five") is used
over the claims it weighs, as is a coder's "fatalities coded as N";
reports are never summed. Within one text, a first report ("police first reported 4 killed", a
wire's FLASH) is replaced by the later figure ("the figure was later revised to 11", its UPDATE),
and "a 6th victim died this morning" makes the toll six. A database's best estimate is coded, not
its low or high bound ("best estimate 7, low 5, high 12" is 7). A breakdown is summed ("killed - 9
FC personnel and 4 militants" is 13), and attackers counted before the victims are added to them
just as when counted after ("two terrorists were sent to hell … a sepoy embraced shahadat" is 3).
An age is never a count ("a man of about sixty was killed" is 1). `fatalities_low` /
`fatalities_high` (and `injured_low` / `injured_high`) keep the range the sources gave, so a
disagreement stays visible. Figures above {MAX_PLAUSIBLE_CASUALTIES} for one incident are
quarantined as implausible.

**Mines and remnants of war.** A mine or an improvised mine that kills or hurts someone is an
incident whenever it was laid (`ied_remote_explosive`, weapon `ied`); its perpetrator is the
party the text says laid or left it ("the mine had been planted by Houthi forces"), otherwise
null. A remnant of war that goes off in someone's hands (unexploded shells, rockets or mortar
rounds found, collected or handled; cluster submunitions picked up) is an
`explosion_unknown_cause`, with the munition named as its weapon when the text names one. A
casualty record's bracketed outcome ("killed (1), injured (0)") is its toll; a period's tally
("cumulative casualties in the district this year reached 61") is no act's toll, and clearance
and disposal without casualties are not incidents.

**What is not an incident.** Violence must have happened to someone or something. Weapons
named without being used (parades, tests, purchases, caches seized, bombs found and defused),
plots, threats and warnings, trials, anniversaries and compensation for past attacks, the
release of hostages taken earlier, drills, live-fire exercises, films and games, metaphors
("a blistering attack on the bill", "a warning shot at lenders", "bombed out of the cup"),
shooting sports, hunting and pest control, drugs that "attack tumour cells", deaths from
disease, crushes and storms, and accidents (crashes, gas or industrial explosions, fires, mine
cave-ins, and explosions whose stated cause is a fault) are not coded; neither are hoaxes,
staged kidnappings and reports dismissed as false. Violence under a modal, a threat or a
capability ("groups may attack", "attacks could occur", "the capacity to strike shipping",
"kidnapping is a serious risk"), denied reports, orders to attack, and a kind of violence counted
or legislated on ("casualties from air strikes declined", "a report on drone strikes", a weekly
overview's counts, a monitor's running count: "the second journalist killed in Somalia this
year", "the number of journalists killed since 8 October") are not incidents either; a weekly
overview's act told on its own day is.
A text that opens on an exercise, a weapons test, a parade, avalanche control or mine blasting, a
film, book or game reviewed, or a life recalled (an obituary, a profile), or that calls itself a
hoax, and hurts nobody, codes nothing; a natural death ("has died at 86") is no harm. A review
of a film, a novel or a game tells its plot's violence and codes nothing unless it tells harm
at a named place. Weather that "bombards", shares that "explode", guns fired in salute,
festival bonfires, demolitions by explosive charges, warrants executed, fears voiced and noises
that "turned out to be" a tyre or fireworks are not violence. An event
named by its year ("the 2014 attack", "nine years since") is recalled, not reported, and in a
text about a memorial or an anniversary an old date belongs to the event remembered.

**Weapons.** The means the text names; armed men with no means named ("gunmen stormed",
"militants abducted") are coded `firearm`, since such attacks and abductions are carried out at
gunpoint, and so is a ground attack by a militia, troops or a gang, on positions, a camp or a
garrison, or in which they opened fire ("Fano militia attacked an army camp"; a gang's kidnapping
with no weapon named stays `unknown`); fire returned by police or soldiers is not the attack's
weapon. An assault with small
arms in which grenades or RPGs are also used ("firing automatic weapons and throwing grenades")
is coded `firearm`: the support weapons do not make it a grenade attack.

**Dates.** `event_date` is when the incident happened, not when it was reported, resolved from
the text against the publication day ("on Saturday", "last night", "in the last 24 hours").
Where only a month or year is known, it is the first day of that period and `date_precision`
says so; a month just ended is still news ("a clash in March" told on 6 April), counted from
the month's last day. A record's own date dates it however long after it was published: the
date that opens a database summary, a timeline entry's "August 14:" (the page's year), a
place heading's date ("Helmand province, Nad Ali district, 14 March 2011."), the night that
opens a range ("overnight on 11-12 November" is the 11th), a place-first header
("Mpeketoni, Lamu County, Kenya – 15 June 2014."), a record that names itself ("This entry
concerns an attack on … on 19 March 2019"), a chronology entry under its year heading ("1998"
then "15 August: Omagh …"), and in an encyclopaedia entry the day of its title's year ("The 2014
Tentena bus station bombing was … On 11 March 2014, …"). A wire's dateline or a brief's header
date is the day of publication: the day the text goes on to give is the event's ("BAMAKO, Feb 19
– … late on Monday" is Monday). Officialese and numeric forms are read: "the 26th instant"
(this month), "ultimo" (last month), "26.11.2023" (day first), "28SEP2022". "04/09/2021" is
month first (a record's "MM/DD/YYYY:" prefix always), unless that reading lies after
publication or more than a month before it while the day-first one is news. A coder's "Sun."
or "Tue." is a weekday; a daily update's "During the past day" is the day before publication,
and its next item ("In Marhanets, …") or "the same day" shares that date.

**Background mentions.** An article recalling an older event ("back in January, three soldiers
were killed", or a sentence opening on "Last month," or "Earlier this month," in a story about
another act) does not create a new incident at the publication date. Nor does an attack told
as what was avenged ("retaliation for the bomb that killed four on 15 March") or one "two days
earlier"; an attack a court judgment recounts years later is likewise background. A periodic
report (one that opens on a numbered paragraph or names its reporting period, as UN reports do)
is the first account of its period's acts, so an act it dates within the year before
publication is current; a sentence of such a report that dates no act sums up and codes
nothing, and so does any sentence that opens on a period longer than a week ("Between 5 and 31
October, at least 70 civilians were killed") or counts what a monitor "documented".

**One act, one incident.** An act told twice in one text (a live page's later entry revising
the toll, a headline above the story that retells it) is one incident: the same kind of act at
the same named place on the same day is merged, keeping the highest toll told (tolls are
revised upwards) and the first actor named, as ACLED codes one event per place, day and kind.
An act told as another ("a second bomber", "another blast") stays separate.

**One site, one incident.** An attack told on a list of named sites ("the attacks against the
Al Noor mosque and the Linwood Islamic Centre", "gunmen attacked the villages of A, B and C") is
one incident per site, as ACLED codes an event per location. A toll told for them together is
split evenly, the remainder to the first site (ACLED's rule), so that summing the sites gives
the toll told; a toll the text gives per site ("70 killed in A and 30 in B") is kept per site.

**Certainty.** `disputed` when the reporting doubts that it was an attack at all (attack or
accident?); `unconfirmed` for a single unverified claim: the text says the account could not be
verified, or a monitor's record grades the allegation weak, fair or unconfirmed and the
belligerent has not acknowledged the strike. A toll that could not be verified ("a figure that
could not be independently verified") leaves the act `confirmed`. Otherwise `confirmed`.

**Perpetrators.** Aliases are merged into one canonical actor name (IS, ISIS, ISIL, Daesh →
Islamic State). `perpetrator_claimed` is true only when a claim of responsibility is reported;
"unknown gunmen" leaves `perpetrator` null. A group the alias table does not know is kept as the
text names it where it is said to have acted, claimed or been suspected ("Gran Grif gang
members attacked", "The Niger Delta Avengers (NDA) claimed responsibility"). Event notes that
open with two sides ("X and Y clashed", "X troops and Y militia fought Z") are coded with the
side named first, as the notes do. State forces that hit a landmine, or escorted the convoy that
did, are its victims, not its perpetrator; so is a group whose members or vehicles were hit
("killing two members of the SDF"). A group quoted as the source of a toll ("M23 said the strike
killed 2 civilians") is not its author, nor is the group that holds the place struck ("Nyala, a
city held by the RSF"), unless the fire came from its positions. Descriptions that name no group
("herders", "jihadists", "an unidentified armed group") leave `perpetrator` null, as GTD's
"Unknown" does. "Bandits" is coded as written ("bandits attacked Mayanchi village"): it is the
name north-west Nigeria's armed gangs go by in every source that reports them. A coalition
strike is coded to the coalition the text names ("Saudi-led coalition"). A state's aircraft
and aviation are its forces ("Russian aviation", "Israeli warplanes": Russian, Israeli
forces). In a war where each side's officials, operators and press call the other "the
enemy" (Ukraine and Russia since 24 February 2022, listed in `pipeline/data/enemies.csv`), "the
enemy shelled the community" or "an enemy drone attack" in a text placed in one is coded to the
other's forces. A record's own field is coded as written
("Perpetrator: BRN-C (suspected)", "Suspected belligerent: US-led Coalition"), and a conflict
record's dyad line ("Government of Sri Lanka - LTTE.") is coded with its first side, UCDP's
side A.

**Places.** The most precise place named: a village before its district, municipality, raion or
County ("Tyotkino, Glushkovsky district"), a suburb told as a place of its own ("Kifissia, a
northern suburb of Athens"), the place a note's heading names ("Borno state, Mafa:"). A city's
district or neighbourhood is coded at the city, as most sources do ("Mogadishu's Hodan district",
"the Zahra district of Homs"); a province's district is the district ("Pattani's Yarang district").
A town a road links ("the Juba-Yei road near Lainya"), a street ("Via Mario Fani, Rome") and a sea
("the Gulf of Guinea") are not the place; "the Daraa countryside" is the governorate. An event
placed by its distance from a town ("10 km east of Baidoa") is coded at that town, the nearest named
place. "The capital" ("a car bomb in the Somali capital") is the capital city of the country the
text gives, when the text names no other place. Where the wounded were taken ("airlifted to Bogota")
or the attackers went ("withdrew toward the Gourma") is not the place, nor a capital that speaks for
its government ("Kinshasa blamed the M23"). A local paper's dateline ("SRINAGAR -") is the place
only when the story names no other town. The country is the state that holds the place today: a
record that says "Zaire", "Ceylon" or "West Germany" is coded COD, LKA or DEU. A weapon's
nationality is whose, not where ("a Russian missile killed 20", "an Israeli drone struck a car"):
with no place named the country stays null. A text whose only place is a district the town list
lacks ("in the Shah Wali Kot district") is coded in that district's first-level region, with the
district as the place and `geo_precision` `admin1` (GeoNames gives districts no coordinates); a
district name is never read where the text names a country or a known town, and never where it
could be a district of two regions. One exception: an act the gazetteer places abroad by a town's
name when every other act of the text lies in one country is coded at that country's district of
the same name, if it has one ("Palma district, Cabo Delgado … ambushed near Palma" is
Mozambique's, not Mallorca). A text that names no country is coded with none
(`country_code` null), unless it comes from a local source whose home country the project's
configuration records (`articles.source_country`): a local paper's "a bomb went off in the market of
Mir Ali" is its own country's, and its small town known to the gazetteer only abroad is its own
village. A country or a well-known city the text names outweighs that.

**Merging and identity.** Mentions from different articles are one incident when they name the
same country, days at most one apart, a compatible kind of event (an "explosion of unknown
cause" may later be called a strike) and the same place (same named place, coordinates within
25 km, or regions that do not contradict). The place is the region most sources name (one outlet
getting the province wrong is outvoted). Once published, an incident keeps its `incident_id` in
every later release, recognised by its source articles; when two published incidents turn out to
be one, the older id survives and the other is listed as removed ("merged into …"). Removals for
any other reason are editorial corrections (`corrections.yaml`), and each one is listed with its
reason in the release's `CHANGELOG.md` and `changes.parquet`.

**Quarantine.** Rows failing a row-level validation rule are not published in `incidents`; they
are counted in the manifest's validation summary with their reasons.
"""


def render_codebook(version: str | None = None) -> str:
    lines = [f"# Codebook: open incident dataset (schema {SCHEMA_VERSION})", ""]
    if version:
        lines += [f"Release `{version}`.", ""]
    lines += [CONVENTIONS, "## Event taxonomy", "", "| event_type | sub_event_type |",
              "| --- | --- |"]
    for event_type, subs in EVENT_TAXONOMY.items():
        lines.append(f"| `{event_type}` | {', '.join(f'`{s}`' for s in subs)} |")
    lines += ["", "## Weapons and their families", "", "| weapon | family |", "| --- | --- |"]
    lines += [f"| `{w}` | {f} |" for w, f in WEAPON_FAMILY.items() if w != "explosive"]
    for table in RELEASE_TABLES:
        lines += ["", *_table_section(table)]
    return "\n".join(lines) + "\n"


def _table_section(table: Table) -> list[str]:
    lines = [f"## `{table.name}.parquet`", ""]
    if table.sort_by:
        lines += [f"Sorted by {', '.join(table.sort_by)}.", ""]
    lines += ["| column | type | null allowed | allowed values / range | meaning |",
              "| --- | --- | --- | --- | --- |"]
    for c in table.columns:
        if c.allowed:
            domain = ", ".join(f"`{v}`" for v in c.allowed)
        elif c.minimum is not None or c.maximum is not None:
            domain = f"{c.minimum if c.minimum is not None else ''}..{c.maximum or ''}"
        else:
            domain = ""
        lines.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {domain} | "
                     f"{c.description} |")
    return lines
