"""Answers as people type them (names, ages, heights, weights, calorie targets) and timezones
from cities, zone names, offsets, locations and languages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthbot.localtime import LANGUAGE_ZONES, guess_from_language
from healthbot.profile import timezones
from healthbot.profile.parsing import (
    Problem,
    ProfileInputError,
    parse_age,
    parse_height,
    parse_kcal,
    parse_name,
    parse_weight,
)
from healthbot.profile.timezones import UnknownTimezone


@pytest.mark.parametrize(
    ("text", "age"), [("34", 34), (" 34 years ", 34), ("19y", 19), ("120", 120)]
)
def test_ages(text: str, age: int) -> None:
    assert parse_age(text) == age


@pytest.mark.parametrize(
    ("text", "problem"),
    [("abc", Problem.NOT_UNDERSTOOD), ("-5", Problem.NOT_UNDERSTOOD),
     ("3.5", Problem.NOT_UNDERSTOOD), ("12", Problem.OUT_OF_RANGE),
     ("121", Problem.OUT_OF_RANGE), ("", Problem.NOT_UNDERSTOOD)],
)  # fmt: skip
def test_bad_ages_say_why(text: str, problem: Problem) -> None:
    with pytest.raises(ProfileInputError) as caught:
        parse_age(text)
    assert caught.value.problem is problem


@pytest.mark.parametrize(
    ("text", "imperial", "cm"),
    [
        ("175", False, "175.0"),
        ("175 cm", False, "175.0"),
        ("1.75 m", False, "175.0"),
        ("1,8m", False, "180.0"),
        ("5'10\"", False, "177.8"),
        ("5 ft 10", True, "177.8"),
        ("5ft 10in", True, "177.8"),
        ("6'", True, "182.9"),
        ("70 in", False, "177.8"),
        ("70", True, "177.8"),  # a bare number below 100 is inches for imperial users
        ("170", True, "170.0"),  # ... and centimetres above
    ],
)
def test_heights(text: str, imperial: bool, cm: str) -> None:
    assert parse_height(text, imperial) == Decimal(cm)


@pytest.mark.parametrize(
    ("text", "problem"),
    [("999", Problem.OUT_OF_RANGE), ("50", Problem.OUT_OF_RANGE), ("tall", Problem.NOT_UNDERSTOOD),
     ("1e999", Problem.NOT_UNDERSTOOD), ("9'9\"", Problem.OUT_OF_RANGE)],
)  # fmt: skip
def test_bad_heights_say_why(text: str, problem: Problem) -> None:
    with pytest.raises(ProfileInputError) as caught:
        parse_height(text)
    assert caught.value.problem is problem


@pytest.mark.parametrize(
    ("text", "imperial", "kg"),
    [("72.5", False, "72.50"), ("72,5 kg", False, "72.50"), ("160 lb", False, "72.57"),
     ("160", True, "72.57"), ("80 kg", True, "80.00")],
)  # fmt: skip
def test_weights(text: str, imperial: bool, kg: str) -> None:
    assert parse_weight(text, imperial) == Decimal(kg)


@pytest.mark.parametrize("text", ["heavy", "0", "-70", "5000", "nan", "1e9"])
def test_bad_weights_are_refused(text: str) -> None:
    with pytest.raises(ProfileInputError):
        parse_weight(text)


@pytest.mark.parametrize(
    ("text", "kcal"), [("1800", 1800), ("1,800 kcal", 1800), ("2500cal", 2500)]
)
def test_calorie_targets(text: str, kcal: int) -> None:
    assert parse_kcal(text) == kcal


@pytest.mark.parametrize("text", ["499", "10001", "lots", "-1800", "1800.5"])
def test_bad_calorie_targets_are_refused(text: str) -> None:
    with pytest.raises(ProfileInputError):
        parse_kcal(text)


def test_names_are_tidied_and_bounded() -> None:
    assert parse_name("  Ann   Marie ") == "Ann Marie"
    assert parse_name("Zoë 🌱") == "Zoë 🌱"
    for bad in ("", "   ", "a" * 65, "evil\x00name", "\u202eevil"):
        with pytest.raises(ProfileInputError):
            parse_name(bad)


@given(st.text(max_size=60))
def test_parsers_never_crash_and_only_return_values_in_range(text: str) -> None:
    for parse, low, high in (
        (parse_age, 13, 120),
        (parse_height, 100, 250),
        (parse_weight, 20, 500),
        (parse_kcal, 500, 10_000),
    ):
        try:
            value = parse(text)  # type: ignore[operator]
        except ProfileInputError:
            continue
        assert low <= value <= high


# -- timezones ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Berlin", "Europe/Berlin"),
        ("berlin", "Europe/Berlin"),
        ("Europe/Berlin", "Europe/Berlin"),
        ("america/new york", "America/New_York"),
        ("New York", "America/New_York"),
        ("NYC", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Mumbai", "Asia/Kolkata"),
        ("Germany", "Europe/Berlin"),
        ("UTC", "UTC"),
        ("+0", "UTC"),
        # A whole-hour offset is a fixed zone, with POSIX's inverted sign.
        ("+3", "Etc/GMT-3"),
        ("UTC+3", "Etc/GMT-3"),
        ("UTC-5", "Etc/GMT+5"),
        ("gmt −5", "Etc/GMT+5"),
        ("+14", "Etc/GMT-14"),
        ("-12", "Etc/GMT+12"),
        # A half-hour offset: the best-known zone that has it.
        ("UTC+5:30", "Asia/Kolkata"),
        ("+0545", "Asia/Kathmandu"),
    ],
)
def test_timezones_from_what_people_type(text: str, zone: str) -> None:
    assert timezones.resolve(text) == zone


@pytest.mark.parametrize("text", ["Mars/Phobos", "abc", "+15", "-13", "+3:17", "", "x" * 100])
def test_unknown_timezones_are_refused(text: str) -> None:
    with pytest.raises(UnknownTimezone):
        timezones.resolve(text)


def test_a_misspelt_city_gets_suggestions_not_a_guess() -> None:
    with pytest.raises(UnknownTimezone) as caught:
        timezones.resolve("Berln")
    assert caught.value.suggestions[0] == "Europe/Berlin"
    with pytest.raises(UnknownTimezone) as caught:
        timezones.resolve("Mars/Phobos")
    assert caught.value.suggestions == ()


def test_every_zone_in_the_tables_exists() -> None:
    named = {*timezones.CITIES.values(), *LANGUAGE_ZONES.values()}
    assert {zone for zone in named if not timezones.is_known(zone)} == set()
    for offset in range(-12, 15):
        assert timezones.is_known(timezones.resolve(f"{offset:+d}"))


def test_a_first_guess_from_the_language() -> None:
    assert guess_from_language("de") == "Europe/Berlin"
    assert guess_from_language("pt-br") == "America/Sao_Paulo"
    assert guess_from_language("en") == "UTC"  # spoken in too many zones
    assert guess_from_language(None) == "UTC"


async def test_a_shared_location_gives_its_zone_offline() -> None:
    assert await timezones.from_location(52.52, 13.405) == "Europe/Berlin"
    assert await timezones.from_location(40.7128, -74.006) == "America/New_York"
    assert await timezones.from_location(-33.87, 151.21) == "Australia/Sydney"
    assert await timezones.from_location(200, 0) is None
