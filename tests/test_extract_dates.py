"""Event dates resolved against the publication day."""

import datetime as dt

import pytest

from pipeline.extract.dates import as_date, find_dates, is_old

PUB = dt.date(2024, 4, 22)  # a Monday


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("The blast happened on Saturday evening.", dt.date(2024, 4, 20), "day"),
        ("A drone hit the depot last night.", dt.date(2024, 4, 21), "day"),
        ("Gunmen struck on Monday.", dt.date(2024, 4, 22), "day"),
        ("In the last 24 hours two bases were hit.", PUB, "day"),
        ("The attack on 3 March 2023 killed four.", dt.date(2023, 3, 3), "day"),
        ("On April 18, militants raided a post.", dt.date(2024, 4, 18), "day"),
        ("04/17/2024: rockets hit a convoy.", dt.date(2024, 4, 17), "day"),
        ("Back in January, a bomb exploded.", dt.date(2024, 1, 1), "month"),
        ("In November, a similar raid took place.", dt.date(2023, 11, 1), "month"),
        ("The 2024-04-19 strike was confirmed.", dt.date(2024, 4, 19), "day"),
    ],
)
def test_find_dates(sentence: str, expected: dt.date, precision: str) -> None:
    first = find_dates(sentence, PUB)[0]
    assert (first.date, first.precision) == (expected, precision)


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("The toll may rise, officials said.", PUB) == []


def test_old_dates_are_background() -> None:
    jan = find_dates("Back in January, three soldiers died.", PUB)[0]
    assert is_old(jan, PUB)
    sat = find_dates("on Saturday", PUB)[0]
    assert not is_old(sat, PUB)


def test_as_date_accepts_strings_and_datetimes() -> None:
    assert as_date("2024-04-22T10:00:00Z") == PUB
    assert as_date(dt.datetime(2024, 4, 22, 23, 0)) == PUB


def test_a_record_date_without_its_day() -> None:
    """Database records write an unknown day as 00: the month is all that is known."""
    from pipeline.extract import extract_incidents

    text = ("05/00/2013: Assailants detonated an explosive device near a market in Quetta city, "
            "Balochistan province, Pakistan. Two people were killed.")
    m = extract_incidents(text, "2020-01-01")
    assert [(x["event_date"].isoformat(), x["date_precision"], x["mention_type"]) for x in m] \
        == [("2013-05-01", "month", "current")]


def test_a_late_december_day_read_in_january_keeps_its_day() -> None:
    """"On 30 December" in a note of 2 January is the 30th of last year (not the 28th)."""
    [d] = find_dates("On 30 December, a bomb went off.", dt.date(2024, 1, 2))
    assert d.date == dt.date(2023, 12, 30)


def test_a_month_just_ended_is_still_news() -> None:
    # "a clash in March" told on 6 April may be a week old; "in January" told in April is not
    pub = dt.date(2021, 4, 6)
    march = find_dates("A clash in March 2021 left 10 people dead.", pub)[0]
    january = find_dates("A clash in January 2021 left 10 people dead.", pub)[0]
    assert (march.precision, is_old(march, pub)) == ("month", False)
    assert is_old(january, pub)


@pytest.mark.parametrize(("sentence", "day"), [
    ("Press release 26.11.2023: miscreants lobbed a grenade.", dt.date(2023, 11, 26)),
    ("A bomb went off on 5-11-2023 in the bazaar.", dt.date(2023, 11, 5)),
    # officialese: "instant" is this month, "ultimo" the last
    ("On the 26th instant at 2130 hrs, miscreants opened fire.", dt.date(2023, 11, 26)),
    ("On 3rd inst. a picket was attacked.", dt.date(2023, 11, 3)),
    ("On the 30th ultimo, gunmen fired on a checkpoint.", dt.date(2023, 10, 30)),
    ("1. On 28SEP2022, at approximately 0630 hrs, a column opened fire.", dt.date(2022, 9, 28)),
])
def test_day_first_numeric_dates_and_officialese(sentence: str, day: dt.date) -> None:
    got = find_dates(sentence, dt.date(2023, 11, 28))
    assert [d.date for d in got][:1] == [day]


def test_a_score_or_a_version_is_no_date() -> None:
    assert find_dates("They won 2-1 and drew 1-1.", dt.date(2023, 11, 28)) == []


def test_the_day_before_yesterday_is_two_days_back() -> None:
    got = find_dates("The day before yesterday, armed men attacked a depot.", dt.date(2023, 5, 20))
    assert [d.date for d in got] == [dt.date(2023, 5, 18)]


@pytest.mark.parametrize(("sentence", "published", "day"), [
    # a coder's abbreviated weekday, with its stop or its part of day
    ("Mortar rounds hit an IDP camp, El Fasher, Fri.; 6 killed.", dt.date(2024, 6, 10),
     dt.date(2024, 6, 7)),
    ("Checkpoint attacked near Muqur, Sun. night; 3 killed.", dt.date(2018, 5, 15),
     dt.date(2018, 5, 13)),
    # a day-first note: the month-first reading lies after publication, or a month stale
    ("On 09/04/2021, gunmen kidnapped three drivers.", dt.date(2021, 4, 10), dt.date(2021, 4, 9)),
    ("On 01/02/2022, armed men attacked a site.", dt.date(2022, 2, 3), dt.date(2022, 2, 1)),
    # month first otherwise, and always in a record's "MM/DD/YYYY:" prefix
    ("On 03/05/2019 a bomb exploded.", dt.date(2024, 1, 1), dt.date(2019, 3, 5)),
    ("02/03/2009: ULFA militants abducted a manager.", dt.date(2009, 3, 20),
     dt.date(2009, 2, 3)),
])
def test_abbreviated_weekdays_and_day_or_month_first(sentence: str, published: dt.date,
                                                     day: dt.date) -> None:
    assert [d.date for d in find_dates(sentence, published)][:1] == [day]


def test_the_sun_is_no_sunday() -> None:
    assert find_dates("He told The Sun. Police later sat. down", dt.date(2024, 6, 10)) == []


@pytest.mark.parametrize(("text", "published", "expected", "precision"), [
    # a log line's day and month without a year; December told in January
    ("15/04 – Al-Busayrah (Deir ez-Zor): An IED detonated.", dt.date(2023, 4, 18),
     dt.date(2023, 4, 15), "day"),
    ("(1) 28/12, ~10:00 – Kabul: a magnetic IED exploded.", dt.date(2023, 1, 2),
     dt.date(2022, 12, 28), "day"),
    # a database's day-Mon-year and a record that knows only its month
    ("09-Apr-2016 | Junín | an ambush", dt.date(2021, 4, 12), dt.date(2016, 4, 9), "day"),
    ("2020-03 (day unknown) | near Pieri", dt.date(2020, 4, 10), dt.date(2020, 3, 1), "month"),
    # a military log's day, month and two-digit year
    ("14JUL12 | HELMAND / NAHR-E SARAJ | RCIED det", dt.date(2012, 7, 16), dt.date(2012, 7, 14),
     "day"),
    ("31MAR98 KABUL: rocket impact", dt.date(2025, 1, 1), dt.date(1998, 3, 31), "day"),
    # a coder's day, month and two-digit year: the reading that lies just before the record
    ("TH-S | 21/09/12 | Yala prov.", dt.date(2012, 9, 23), dt.date(2012, 9, 21), "day"),
    ("SYR 05/03/17 Idlib gov.", dt.date(2017, 3, 7), dt.date(2017, 3, 5), "day"),
    ("IND-JK 08.10.18 Srinagar", dt.date(2018, 10, 9), dt.date(2018, 10, 8), "day"),
    ("Peshawar | 21-11-15, eve |", dt.date(2015, 11, 25), dt.date(2015, 11, 21), "day"),
    ("Reni | night 24/25-09-23 | Shahed-type UAVs", dt.date(2023, 9, 26), dt.date(2023, 9, 24),
     "day"),
])
def test_log_days_and_database_forms(text: str, published: dt.date, expected: dt.date,
                                     precision: str) -> None:
    (d,) = find_dates(text, published)
    assert (d.date, d.precision) == (expected, precision)


def test_a_version_number_is_no_short_date() -> None:
    assert find_dates("Firmware 2.10.24 was installed on the radios.", dt.date(2024, 3, 1)) == []


def test_fractions_and_round_the_clock_are_no_dates() -> None:
    assert find_dates("The ratio was 3/4 of the total.", dt.date(2021, 1, 1)) == []
    assert find_dates("The clinic is open 24/7 for patients.", dt.date(2021, 1, 1)) == []


def test_a_coders_roman_month() -> None:
    found = find_dates("19.ix.2020 / Imam Sahib dist., Kunduz prov., Afghanistan.",
                       dt.date(2020, 9, 24))
    assert [(d.date, d.precision) for d in found] == [(dt.date(2020, 9, 19), "day")]


def test_a_texts_slashed_days_keep_one_order() -> None:
    """"05/09/2023" published on 7 September is the 5th of September, so the same note's
    "05/08/2023" is the 5th of August, not the 8th of May."""
    from pipeline.extract.dates import slash_order

    text = "Shots on 05/09/2023 at Ikhai. Same belt saw 3 killed at Kwakta on 05/08/2023."
    published = dt.date(2023, 9, 7)
    with slash_order(text, published):
        found = find_dates("Same belt saw 3 killed at Kwakta on 05/08/2023.", published)
    assert [d.date for d in found] == [dt.date(2023, 8, 5)]
    assert [d.date for d in find_dates("on 05/08/2023", published)] == [dt.date(2023, 5, 8)]


def test_a_records_month_first_prefix_reads_what_followed_month_first() -> None:
    """A database summary is filed at its event's day and may tell what followed: "his body
    was found on 05/02/2015" under "04/11/2015:" is the 2nd of May, not the 5th of February."""
    from pipeline.extract.dates import slash_order

    text = ("04/11/2015: Assailants abducted three workers in Patikul. One hostage was beheaded "
            "and his body was found on 05/02/2015.")
    published = dt.date(2015, 4, 11)
    sentence = "One hostage's body was found on 05/02/2015."
    with slash_order(text, published):
        later = find_dates(sentence, published, latest=dt.date(2015, 6, 1))
        filed_that_day = find_dates(sentence, published)
    assert [d.date for d in later] == [dt.date(2015, 5, 2)]
    assert filed_that_day == []  # (a day after the filing is no day of the record)


def test_days_and_weeks_counted_back() -> None:
    day = dt.date(2024, 6, 18)
    assert [d.date for d in find_dates("Nine days ago the shell fell.", day)] == [
        dt.date(2024, 6, 9)]
    assert [(d.date, d.precision) for d in find_dates("Two weeks ago the shelling began.", day)
            ] == [(dt.date(2024, 6, 4), "week")]


def test_a_day_written_without_its_year_and_a_paper_named_by_its_day() -> None:
    day = dt.date(2023, 3, 16)
    assert [d.date for d in find_dates("He was shot dead on the night of 14/03 at home.", day)
            ] == [dt.date(2023, 3, 14)]
    # (the attacks of 2001, by their name, are no day)
    assert find_dates("Laws passed after the attacks on 9/11 were cited.", day) == []
    assert find_dates("A reporter for a British Sunday newspaper was killed yesterday.",
                      day)[0].date == dt.date(2023, 3, 15)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Toll for the 30/01 SVEST attack inside the mosque revised to 100 KIA.", [(2023, 1, 30)]),
    ("31/01 ~2200hrs unidentified gunmen attacked a police station.", [(2023, 1, 31)]),
    ("At approx. 1030hrs 21/01, two suicide bombers detonated SVESTs.", [(2023, 1, 21)]),
    ("Overnight 30–31/01, armed gangs attacked the prison.", [(2023, 1, 30)]),
    ("Evening 27/01: air strikes hit a position near Balyun.", [(2023, 1, 27)]),
    ("Night of 30 to 31/01: militia attacked the IDP site.", [(2023, 1, 30)]),
    ("28.01 approx. 10:30: two SRBMs struck the station.", [(2023, 1, 28)]),
    ("Balakliia shelled on the afternoon of 28.01; no figures.", [(2023, 1, 28)]),
    ("31/01 pm: FARDC engaged a group near Bule.", [(2023, 1, 31)]),
    # the weekday written before an ambiguous day and month decides it
    ("Mon 02/01 ~1130: rounds impacted the camp.", [(2023, 1, 2)]),
    # an abbreviated weekday, then its hour
    ("Tue ~10:00, two suicide attacks in the city centre.", [(2023, 1, 31)]),
    ("02/01 ~1130: rounds impacted the camp.", []),
    # a clock's hours and minutes, a decimal
    ("Shots were heard at 10.12 near the market.", []),
    ("The blast came at 11.01 pm.", []),
    ("Spending rose to 12.01 million.", []),
    # a fraction, a ratio, a clock's other zone, a resolution number: no day
    ("A 3/4 majority passed the motion.", []),
    ("The clinic is open 24/7 and 1/2 of the staff are volunteers.", []),
    ("At 0700 local time (2300 UTC, 31/01) a device detonated.", []),
    ("Resolution 2231/15 was cited.", []),
])
def test_a_day_and_month_anywhere_in_a_note(sentence: str, expected: list[tuple[int, int, int]]
                                            ) -> None:
    day = dt.date(2023, 2, 1)
    assert [d.date for d in find_dates(sentence, day)] == [dt.date(*e) for e in expected]


def test_a_bare_day_and_month_in_the_order_the_notes_full_days_show() -> None:
    from pipeline.extract.dates import slash_order

    # the note's own day, written with a two-digit year, shows the order
    published = dt.date(2022, 8, 9)
    with slash_order("MALI – GAO\n09/08/22\n\nOn 07/08 the camp was attacked.", published):
        assert [d.date for d in find_dates("On 07/08 the camp was attacked.", published)] == [
            dt.date(2022, 8, 7)]

    text = "Update 05/02/2023. On 14/01 gunmen attacked; 03/01 saw a second raid."
    published = dt.date(2023, 2, 5)
    with slash_order("Header 15/01/2023 " + text, published):
        assert [d.date for d in find_dates(text, published)] == [
            dt.date(2023, 2, 5), dt.date(2023, 1, 14), dt.date(2023, 1, 3)]


def test_polling_day_and_the_eve_of_the_vote_by_the_election_a_text_dates() -> None:
    from pipeline.extract.dates import polling_day

    text = ("Preliminary Statement on the General Elections of 20 December 2023\n"
            "On polling day, gunmen shot two voters. On the eve of the vote, a bomb went off.")
    published = dt.date(2023, 12, 22)
    with polling_day(text, published):
        assert [d.date for d in find_dates("On polling day, gunmen shot two voters.",
                                           published)] == [dt.date(2023, 12, 20)]
        assert [d.date for d in find_dates("On the eve of the vote, a bomb went off.",
                                           published)] == [dt.date(2023, 12, 19)]
    # (a text that dates no election leaves them undated; a report's title is no day)
    with polling_day("On polling day, gunmen shot two voters.", published):
        assert find_dates("On polling day, gunmen shot two voters.", published) == []


@pytest.mark.parametrize(("text", "published", "day"), [
    ("On Christmas Eve, from around 8pm, armed men moved into the village.", "2023-12-28",
     dt.date(2023, 12, 24)),
    ("A bomber struck the church on Palm Sunday.", "2017-04-10", dt.date(2017, 4, 9)),
    ("Gunmen attacked worshippers on Pentecost Sunday.", "2022-06-09", dt.date(2022, 6, 5)),
    ("The Easter Sunday 2016 bombing in the park.", "2019-01-01", dt.date(2016, 3, 27)),
    # (the last one before publication: New Year's Eve of the year before)
    ("Shots were fired on New Year's Eve.", "2024-01-02", dt.date(2023, 12, 31)),
])
def test_a_day_named_by_its_feast(text: str, published: str, day: dt.date) -> None:
    assert [d.date for d in find_dates(text, as_date(published))] == [day]


@pytest.mark.parametrize("text", [
    "An explosion damaged the parish hall of Mar Gewargis church in Bartella.",
    "By yesterday 79 bodies had been recovered.",
])
def test_a_saint_s_title_and_a_count_s_deadline_are_no_act_s_day(text: str) -> None:
    assert find_dates(text, dt.date(2019, 7, 19)) == []


def test_a_week_named_then_its_day() -> None:
    found = find_dates("Earlier in the week, on Tuesday, the same group attacked Mayikengo.",
                       dt.date(2024, 6, 10))
    assert [(d.date, d.precision) for d in found] == [(dt.date(2024, 6, 4), "day")]


def test_a_week_ago_today_is_a_day() -> None:
    found = find_dates("And a week ago today, in Mangu, a further 30 people were killed.",
                       dt.date(2024, 1, 30))
    assert [(d.date, d.precision) for d in found] == [(dt.date(2024, 1, 23), "day")]
