"""What people call their zone (issue 21): abbreviations, "City, State", places that span
several zones; how a zone is shown (its offset now); times in the user's locale."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, time

import pytest

from healthbot.localtime import clock, twelve_hour
from healthbot.profile import timezones, zonetab
from healthbot.profile.timezones import AmbiguousTimezone, UnknownTimezone

WINTER = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Portland", "America/Los_Angeles"),
        ("Portland, OR", "America/Los_Angeles"),
        ("portland , maine", "America/New_York"),
        ("EST", "America/New_York"),  # not IANA's fixed UTC-5
        ("pst", "America/Los_Angeles"),
        ("AEDT", "Australia/Sydney"),  # the summer time of the east: Sydney's
        ("Pacific time", "America/Los_Angeles"),
        ("Japan", "Asia/Tokyo"),  # not IANA's legacy "Japan"
        ("Poland", "Europe/Warsaw"),
        ("Columbus, OH", "America/New_York"),  # a town IANA does not name, in its state
        ("Ohio", "America/New_York"),
        ("springfield il", "America/Chicago"),
        ("Calgary, Alberta", "America/Edmonton"),
        ("Tbilisi, Georgia", "Asia/Tbilisi"),
        ("Atlanta, Georgia", "America/New_York"),
    ],
)
def test_names_people_use(text: str, zone: str) -> None:
    assert timezones.resolve(text) == zone


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        # A town of the name abroad gives way to the state or province named, in full or by
        # its postal code (Lima, Peru; Havana, Cuba; Australia/Victoria; Paris, France).
        ("Lima, Ohio", "America/New_York"),
        ("Havana, Florida", "America/New_York"),
        ("Santiago, CA", "America/Los_Angeles"),
        ("Victoria, BC", "America/Vancouver"),
        ("Victoria, British Columbia", "America/Vancouver"),
        ("Birmingham, AL", "America/Chicago"),
        ("Paris, TX", "America/Chicago"),
        ("London, ON", "America/Toronto"),
        ("London, Ontario", "America/Toronto"),
        ("Toronto, Ohio", "America/New_York"),
        ("Creston, IA", "America/Chicago"),  # Creston, British Columbia is on Mountain time
        ("Vancouver, Washington", "America/Los_Angeles"),
        ("Spokane, Washington", "America/Los_Angeles"),
        ("Washington", "America/New_York"),  # alone, DC
        ("Lima, Ohio, USA", "America/New_York"),
        ("Columbus, OH, USA", "America/New_York"),
        # A town of the name in the same country, on another clock and not in the state.
        ("Dallas, GA", "America/New_York"),
        ("Atlanta, TX", "America/Chicago"),
        ("Miami, OK", "America/Chicago"),
        ("Phoenix, OR", "America/Los_Angeles"),
        # A town at home stays itself, on its own clock where the state has several.
        ("Menominee, MI", "America/Menominee"),
        ("Adak, Alaska", "America/Adak"),
        ("Dawson Creek, BC", "America/Dawson_Creek"),
        ("Portland, Maine", "America/New_York"),
        ("Portland, OR", "America/Los_Angeles"),
        ("Kansas City, MO", "America/Chicago"),
        ("Phoenix, AZ", "America/Phoenix"),
        ("Thunder Bay, ON", "America/Thunder_Bay"),  # a link to Toronto, in Canada
        # A postal code that is also a country's code, with a town of that country.
        ("Berlin, DE", "Europe/Berlin"),
        ("Delhi, IN", "Asia/Kolkata"),
        ("Toronto, CA", "America/Toronto"),
        ("Bogota, CO", "America/Bogota"),
        ("Macau, MO", "Asia/Macau"),
        # A country named after a town.
        ("Perth, Scotland", "Europe/London"),
        ("Sydney, New South Wales", "Australia/Sydney"),  # not Wales's
        ("Berlin DE", "Europe/Berlin"),  # not Delaware's
        ("Lima Ohio", "America/New_York"),
        ("Perth", "Australia/Perth"),
        ("Rome, Italy", "Europe/Rome"),
        ("Cancun, Mexico", "America/Cancun"),
    ],
)
def test_a_town_is_looked_for_in_the_state_or_country_named(text: str, zone: str) -> None:
    assert timezones.resolve(text) == zone


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        ("Georgia", ("America/New_York", "Asia/Tbilisi")),
        ("Athens, Georgia", ("America/New_York", "Asia/Tbilisi")),  # not Europe/Athens
        # A town too small to be known (Savannah, 147,000 people, is: America/New_York).
        ("Dahlonega, Georgia", ("America/New_York", "Asia/Tbilisi")),
        ("Lima, USA", timezones.AMBIGUOUS["usa"]),
    ],
)
def test_a_town_in_a_place_of_several_zones_is_asked_about(
    text: str, zones: tuple[str, ...]
) -> None:
    with pytest.raises(AmbiguousTimezone) as caught:
        timezones.resolve(text)
    assert caught.value.suggestions == zones


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        # An offset in decimal hours, as an Indian or Nepali user writes it: "UTC+5.5" was
        # read as "utc+55" (the dot dropped) and refused as an unknown timezone.
        ("UTC+5.5", "Asia/Kolkata"),
        ("+5.5", "Asia/Kolkata"),
        ("utc +5,5", "Asia/Kolkata"),
        ("GMT+5:30", "Asia/Kolkata"),
        ("+0530", "Asia/Kolkata"),
        ("UTC+5.75", "Asia/Kathmandu"),
        ("GMT-3.5", "America/St_Johns"),
    ],
)
def test_offsets_with_minutes_as_people_write_them(text: str, zone: str) -> None:
    assert timezones.resolve(text) == zone
    offset = datetime.now(UTC).astimezone(zoneinfo.ZoneInfo(zone)).utcoffset()
    assert offset is not None and offset.total_seconds() % 3600 != 0


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        # AEST is UTC+10 all year: Brisbane's clock, or Sydney's only in its winter. It was
        # taken as Sydney, whose December clock says UTC+11: every day an hour off.
        ("AEST", ("Australia/Brisbane", "Australia/Sydney")),
        ("acst", ("Australia/Darwin", "Australia/Adelaide")),
    ],
)
def test_a_standard_time_of_a_region_that_keeps_summer_time_is_asked_about(
    text: str, zones: tuple[str, ...]
) -> None:
    with pytest.raises(AmbiguousTimezone) as caught:
        timezones.resolve(text)
    assert caught.value.suggestions == zones
    assert WINTER.astimezone(zoneinfo.ZoneInfo(zones[0])).utcoffset() != (
        WINTER.astimezone(zoneinfo.ZoneInfo(zones[1])).utcoffset()
    )


def test_the_tzdata_package_tells_the_countries_where_the_system_has_no_tz_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("tzdata")
    monkeypatch.setattr(zoneinfo, "TZPATH", ())
    zonetab.zone_countries.cache_clear()
    try:
        assert timezones.resolve("Victoria, BC") == "America/Vancouver"
        assert timezones.resolve("Berlin, DE") == "Europe/Berlin"
        assert zonetab.countries_of("America/Montreal") == {"CA"}  # a link
    finally:
        zonetab.zone_countries.cache_clear()


@pytest.mark.parametrize("text", ["USA", "us", "Canada", "Australia", "Russia", "IST"])
def test_a_place_with_several_zones_is_asked_about(text: str) -> None:
    with pytest.raises(AmbiguousTimezone) as caught:
        timezones.resolve(text)
    zones = caught.value.suggestions
    assert len(zones) >= 2 and all(timezones.is_known(z) for z in zones)
    assert isinstance(caught.value, UnknownTimezone)  # nothing is set from it


def test_every_zone_of_the_new_tables_exists() -> None:
    named = {*timezones.ABBREVIATIONS.values()}
    named |= {z for zones in timezones.AMBIGUOUS.values() for z in zones}
    named |= {zone for _, zone in timezones.STATES.values()}
    named |= {*timezones.COUNTRIES.values()}
    assert {zone for zone in named if not timezones.is_known(zone)} == set()


@pytest.mark.parametrize(
    ("zone", "at", "label"),
    [
        ("America/Los_Angeles", WINTER, "America/Los_Angeles (UTC−8)"),
        ("America/Los_Angeles", SUMMER, "America/Los_Angeles (UTC−7)"),
        ("Asia/Kolkata", WINTER, "Asia/Kolkata (UTC+5:30)"),
        ("Asia/Kathmandu", WINTER, "Asia/Kathmandu (UTC+5:45)"),
        ("Europe/London", WINTER, "Europe/London (UTC)"),
        ("Etc/GMT-3", WINTER, "UTC+3"),  # POSIX's inverted sign is never shown
        ("Etc/GMT+5", WINTER, "UTC−5"),
        ("UTC", WINTER, "UTC"),
    ],
)
def test_a_zone_is_shown_with_its_offset_now(zone: str, at: datetime, label: str) -> None:
    assert timezones.zone_label(zone, at) == label


@pytest.mark.parametrize(
    ("language", "zone", "twelve"),
    [
        ("en-US", None, True),
        ("en-us", "Europe/Berlin", True),  # the tag's region wins
        ("en-GB", "America/New_York", False),
        ("en", "America/Chicago", True),  # a bare "en": the zone says where
        ("en", "Europe/London", False),
        ("en", None, False),
        ("de", "America/Los_Angeles", False),
        (None, None, False),
    ],
)
def test_twelve_hour_clocks_by_locale(language: str | None, zone: str | None, twelve: bool) -> None:
    assert twelve_hour(language, zone) is twelve


@pytest.mark.parametrize(
    ("at", "twelve", "twentyfour"),
    [
        (time(0, 5), "12:05 AM", "00:05"),
        (time(8, 0), "8:00 AM", "08:00"),
        (time(12, 0), "12:00 PM", "12:00"),
        (time(15, 15), "3:15 PM", "15:15"),
        (time(23, 59), "11:59 PM", "23:59"),
    ],
)
def test_clock_times(at: time, twelve: str, twentyfour: str) -> None:
    assert clock(at, "en-US") == twelve
    assert clock(at, "fr") == twentyfour


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        # Each was the most populous town of the name, silently: a Geordie on Sydney's clock.
        ("Newcastle", {"Australia/Sydney", "Africa/Johannesburg", "Europe/London"}),
        ("Valencia", {"America/Caracas", "Europe/Madrid"}),
        ("Toledo", {"America/New_York", "Asia/Manila", "America/Sao_Paulo", "Europe/Madrid"}),
    ],
)
def test_a_town_name_shared_by_towns_of_comparable_size_is_asked_about(
    text: str, zones: set[str]
) -> None:
    with pytest.raises(AmbiguousTimezone) as raised:
        timezones.resolve(text)
    assert set(raised.value.suggestions) == zones


@pytest.mark.parametrize("text", ["Man", "male", "Sale"])
def test_a_short_common_word_alone_is_no_town(text: str) -> None:
    # "Man" was Côte d'Ivoire, "male" Malé, "Sale" Casablanca.
    with pytest.raises(UnknownTimezone) as raised:
        timezones.resolve(text)
    assert type(raised.value) is UnknownTimezone


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Leeds UK", "Europe/London"),  # a country after a town needs no comma
        ("Valencia Spain", "Europe/Madrid"),
        ("Valencia, Spain", "Europe/Madrid"),
        ("Newcastle, UK", "Europe/London"),
        ("Toledo, Ohio", "America/New_York"),
        ("Birmingham AL", "America/Chicago"),
        ("Man, Ivory Coast", "Africa/Abidjan"),
        ("Male Maldives", "Indian/Maldives"),
        ("Sale Morocco", "Africa/Casablanca"),
        ("Leeds", "Europe/London"),
        ("Nice", "Europe/Paris"),
    ],
)
def test_a_town_with_its_country_or_alone(text: str, zone: str) -> None:
    assert timezones.resolve(text) == zone
