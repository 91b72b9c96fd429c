"""Water amounts and body weights as people type them, and the quick-add buttons' data."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthbot.tracking.parsing import (
    MAX_INPUT_CHARS,
    MAX_WATER_ML,
    MAX_WEIGHT_KG,
    MIN_WEIGHT_KG,
    QUICK_ADD_ML,
    AmountError,
    Problem,
    Units,
    parse_water,
    parse_water_button,
    parse_weight,
    water_button,
)


@pytest.mark.parametrize(
    ("text", "ml"),
    [
        ("500ml", 500),
        ("500 ml", 500),
        ("500 ML", 500),
        ("0.5 l", 500),
        ("0,5 l", 500),
        (".5l", 500),
        ("1.5 litres", 1500),
        ("2 liters", 2000),
        ("a glass", 250),
        ("glass", 250),
        ("a glass of water", 250),
        ("2 glasses", 500),
        ("two glasses", 500),
        ("half a glass", 125),
        ("3/4 l", 750),
        ("16 oz", 473),
        ("16 fl oz", 473),
        ("16 fl. oz", 473),
        ("8 ounces", 237),
        ("a bottle", 500),
        ("2 cups", 500),
        ("33 cl", 330),
        ("300", 300),
        ("5000 ml", 5000),
        ("5 l", 5000),
    ],
)
def test_water_amounts_are_read_in_millilitres(text: str, ml: int) -> None:
    assert parse_water(text) == ml


@pytest.mark.parametrize(
    ("text", "ml"),
    [
        ("1,250 ml", 1250),
        ("2,000ml", 2000),
        ("a 1,750 ml bottle", 1750),
        ("two 1,200ml bottles", 2400),
        ("1,100 millilitres of water", 1100),
        ("1,25 l", 1250),
        ("0,75 litres", 750),
    ],
)
def test_a_thousands_comma_before_millilitres_is_not_a_decimal_comma(text: str, ml: int) -> None:
    # "a 1,500 ml bottle" was 2 ml, "1,500 ml" the same; a decimal comma in litres stays.
    assert parse_water(text) == ml


@pytest.mark.parametrize(
    ("text", "ml"),
    [
        ("a schooner", 425),
        ("schooner", 425),
        ("2 schooners of water", 850),
        ("a schooner of water after the footy", 425),
        ("a pot", 285),
        ("3 pots", 855),
        ("a pot of water", 285),
    ],
)
def test_australias_beer_glasses_hold_water_too(text: str, ml: int) -> None:
    # Both were "I couldn't read that amount".
    assert parse_water(text) == ml


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("abc", Problem.NOT_UNDERSTOOD),
        ("🙂💧", Problem.NOT_UNDERSTOOD),
        ("ml", Problem.NOT_UNDERSTOOD),
        ("1/0 l", Problem.NOT_UNDERSTOOD),
        ("'; DROP TABLE water_logs; --", Problem.NOT_UNDERSTOOD),
        ("500\x00ml", Problem.NOT_UNDERSTOOD),
        ("5" * 4000, Problem.NOT_UNDERSTOOD),
        ("-1", Problem.NOT_POSITIVE),
        ("- 250 ml", Problem.NOT_POSITIVE),
        ("−250 ml", Problem.NOT_POSITIVE),
        ("0", Problem.NOT_POSITIVE),
        ("0 ml", Problem.NOT_POSITIVE),
        ("0.1 ml", Problem.NOT_POSITIVE),
        ("99 l", Problem.TOO_MUCH),
        ("5001 ml", Problem.TOO_MUCH),
        ("99999999999999999999 l", Problem.TOO_MUCH),
        ("2", Problem.NO_UNIT),
        ("1.5", Problem.NO_UNIT),
        ("two", Problem.NO_UNIT),
    ],
)
def test_bad_water_amounts_name_their_problem(text: str, problem: Problem) -> None:
    with pytest.raises(AmountError) as raised:
        parse_water(text)
    assert raised.value.problem is problem


@pytest.mark.parametrize(
    ("text", "units", "kg"),
    [
        ("72.5", "metric", "72.50"),
        ("72,5 kg", "metric", "72.50"),
        ("72.5kg", "imperial", "72.50"),
        ("160 lb", "metric", "72.57"),
        ("160 lbs", "metric", "72.57"),
        ("160", "imperial", "72.57"),
        ("11 st 4", "metric", "71.67"),
        ("11st 4lb", "metric", "71.67"),
        ("11 stone", "metric", "69.85"),
        ("20", "metric", "20.00"),
        ("500 kg", "metric", "500.00"),
    ],
)
def test_weights_are_read_in_kilograms(text: str, units: Units, kg: str) -> None:
    assert parse_weight(text, units) == Decimal(kg)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("abc", Problem.NOT_UNDERSTOOD),
        ("72.5 kgs of muscle", Problem.NOT_UNDERSTOOD),
        ("11 st 20", Problem.NOT_UNDERSTOOD),
        ("⚖️", Problem.NOT_UNDERSTOOD),
        ("1; DELETE FROM weight_logs", Problem.NOT_UNDERSTOOD),
        ("-5", Problem.NOT_POSITIVE),
        ("0", Problem.NOT_POSITIVE),
        ("999", Problem.OUT_OF_RANGE),
        ("19.99", Problem.OUT_OF_RANGE),
        ("30 lb", Problem.OUT_OF_RANGE),
        ("9" * 39, Problem.OUT_OF_RANGE),
    ],
)
def test_bad_weights_name_their_problem(text: str, problem: Problem) -> None:
    with pytest.raises(AmountError) as raised:
        parse_weight(text)
    assert raised.value.problem is problem


_UNSAFE = "\x00\ud800-−,./ "
_AMOUNTISH = st.lists(
    st.one_of(
        st.sampled_from(["a", "half", "two", "glass", "glasses", "ml", "l", "oz", "fl", "st",
                         "lb", "kg", "of", "water", "cups", "3/4", "1/0"]),
        st.decimals(allow_nan=True, allow_infinity=True).map(str),
        st.integers(-10**30, 10**30).map(str),
        st.text(st.sampled_from("0123456789.,/-" + _UNSAFE), max_size=8),
    ),
    max_size=6,
).map(" ".join)  # fmt: skip


@settings(max_examples=500, deadline=None)  # deadline: cores are shared; speed is not tested
@given(st.one_of(st.text(max_size=60), _AMOUNTISH))
def test_water_parsing_never_crashes_and_is_never_out_of_range(text: str) -> None:
    try:
        ml = parse_water(text)
    except AmountError:
        return
    assert 0 < ml <= MAX_WATER_ML
    assert len(text) <= MAX_INPUT_CHARS


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=60), _AMOUNTISH), st.sampled_from(["metric", "imperial"]))
def test_weight_parsing_never_crashes_and_is_never_out_of_range(text: str, units: Units) -> None:
    try:
        kg = parse_weight(text, units)
    except AmountError:
        return
    assert MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG
    assert kg == kg.quantize(Decimal("0.01"))  # fits numeric(5, 2) as it is


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 20), st.sampled_from([("glasses", 250), ("ml", 1), ("l", 1000)]))
def test_a_count_of_units_is_that_many_times_the_unit(count: int, unit: tuple[str, int]) -> None:
    name, ml = unit
    try:
        assert parse_water(f"{count} {name}") == count * ml
    except AmountError as error:  # over 5 l, or a bare-looking small millilitre count
        assert error.problem is Problem.TOO_MUCH or count * ml > MAX_WATER_ML


def test_quick_add_buttons_carry_only_an_offered_amount() -> None:
    for ml in QUICK_ADD_ML:
        assert parse_water_button(water_button(ml)) == ml


@pytest.mark.parametrize(
    "data",
    ["water:", "water:abc", "water:300", "water:99999", "water:-250", "water:250;DROP",
     "water:٢٥٠", "water:0250", "weight:250", "250", ""],
)  # fmt: skip
def test_forged_button_data_is_refused(data: str) -> None:
    with pytest.raises(AmountError):
        parse_water_button(data)
