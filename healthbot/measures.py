"""Amounts in the user's units: how a volume, a body weight, a height and a food's amount
read, metric or imperial (fluid ounces, pounds, feet and inches, ounces). Stored amounts
are always metric (ml, kg, cm, g); only what is shown, and what the coach's tools take and
give, follows the units.

Water reads in US fluid ounces for an imperial user in the US (or anywhere but Britain and
Ireland), and in ml for every other user: a British or Irish user who chose imperial units
weighs in stones or pounds and measures height in feet, but buys and counts water in ml and
litres (their fluid ounce, 28.41 ml, is not the US one, 29.57 ml, and nobody there thinks
of water in it). `volume_units` decides it once, from the units, the timezone and whether
the user weighs in stones (as only the British and Irish do: one whose zone is still UTC,
the default, is British all the same)."""

from __future__ import annotations

from typing import Final, Literal

Units = Literal["metric", "imperial"]
WeightUnits = Literal["kg", "lb", "st"]
"""How a body weight reads: the user's units, and for an imperial user who weighs in stones,
stones and pounds (`weight_units`)."""

VolumeUnits = Literal["ml", "fl oz", "uk fl oz"]
"""How a volume reads: ml, US fluid ounces, or imperial (UK) ones (for what a British user
typed in them: "16 oz")."""

ML_PER_FL_OZ: Final = 29.5735295625  # US fluid ounce
ML_PER_UK_FL_OZ: Final = 28.4130625  # imperial fluid ounce: a twentieth of the 568 ml pint
KG_PER_LB: Final = 0.45359237
LB_PER_STONE: Final = 14
CM_PER_INCH: Final = 2.54
G_PER_OZ: Final = 28.349523125  # avoirdupois ounce
IMPERIAL_PINT_ZONES: Final = frozenset(
    {"Europe/London", "Europe/Dublin", "Europe/Belfast", "Europe/Isle_of_Man", "Europe/Jersey",
     "Europe/Guernsey"}
)  # fmt: skip
"""Zones where a pint is the imperial one (568 ml): Britain, Ireland and the Crown
dependencies; elsewhere a pint is read as the US one (473 ml)."""


def pours_imperial_pints(timezone: str | None) -> bool:
    """Whether a pint, where a user of this zone lives, is the imperial pint."""
    return timezone in IMPERIAL_PINT_ZONES


def units_of(value: str | None) -> Units:
    """A stored units setting as `Units`: imperial, or metric (the default) for anything else."""
    return "imperial" if value == "imperial" else "metric"


def british(timezone: str | None, stones: bool = False) -> bool:
    """Whether the user's pints, fluid ounces and water are the British ones: their zone is
    Britain's or Ireland's, or they weigh in stones."""
    return stones or pours_imperial_pints(timezone)


def volume_units(units: str | None, timezone: str | None, stones: bool = False) -> VolumeUnits:
    """How a user's water reads: US fluid ounces for an imperial user who is not British
    (`british`), ml for everyone else (see the module's docstring)."""
    if units_of(units) == "imperial" and not british(timezone, stones):
        return "fl oz"
    return "ml"


def typed_volume(units: Units, timezone: str | None, stones: bool = False) -> VolumeUnits:
    """The volume an amount typed in these units is in: ml for metric; for imperial, the
    fluid ounce where the user lives (the imperial one for a British user)."""
    if units != "imperial":
        return "ml"
    return "uk fl oz" if british(timezone, stones) else "fl oz"


def fl_oz_ml(timezone: str | None, stones: bool = False) -> float:
    """Millilitres in the fluid ounce where the user lives: the imperial one for a British
    user (`british`), else the US one."""
    return ML_PER_UK_FL_OZ if british(timezone, stones) else ML_PER_FL_OZ


def volume(ml: float, units: VolumeUnits, *, with_unit: bool = True) -> str:
    """ "1,250 ml", or "42 fl oz" (whole ounces, US or imperial ones); the number alone
    without `with_unit` ("500 of 2,000 ml")."""
    if units == "ml":
        number, unit = f"{round(ml):,}", "ml"
    else:
        per_oz = ML_PER_FL_OZ if units == "fl oz" else ML_PER_UK_FL_OZ
        number, unit = f"{round(ml / per_oz):,}", "fl oz"
    return f"{number} {unit}" if with_unit else number


def weight_units(units: Units, in_stones: bool) -> WeightUnits:
    """How a user's body weights read: kg (metric), lb, or st for an imperial user who
    weighs in stones (a metric one's stay kg)."""
    if units != "imperial":
        return "kg"
    return "st" if in_stones else "lb"


def weight(kg: float, units: WeightUnits) -> str:
    """ "72.5 kg", "159.8 lb" (to a tenth), or "11 st 6 lb" (to the pound)."""
    if units == "st":
        return stones(kg)
    if units == "lb":
        return f"{kg / KG_PER_LB:,.1f} lb"
    return f"{kg:,.1f} kg"


def stones(kg: float) -> str:
    """ "11 st 6 lb", to the whole pound ("12 st" on the stone), as British scales say it."""
    st, lb = divmod(round(kg / KG_PER_LB), LB_PER_STONE)
    return f"{st} st {lb} lb" if lb else f"{st} st"


def height(cm: float, units: Units) -> str:
    """ "175 cm", or "5'9\"" in imperial units (whole inches)."""
    if units != "imperial":
        return f"{cm:.0f} cm"
    inches = round(cm / CM_PER_INCH)
    return f"{inches // 12}'{inches % 12}\""


def grams(value: float) -> str:
    """Grams, the number alone: whole from 10 up, to a tenth below ("1.2" of an almond)."""
    return f"{value:,.0f}" if value >= 10 else f"{value:.1f}".rstrip("0").rstrip(".")


def ounces(value: float) -> str:
    """Ounces from grams, the number alone: to a tenth ("3.5", "3" rather than "3.0"), to a
    hundredth below a tenth of an ounce, so that a pinch reads as more than nothing."""
    oz = value / G_PER_OZ
    if 0 < oz < 0.005:
        return "<0.01"
    shown = f"{oz:,.1f}" if oz >= 0.095 else f"{oz:.2f}"
    return shown.rstrip("0").rstrip(".") if "." in shown else shown


def food_amount(value: float, units: Units) -> str:
    """A food's amount from grams: "99 g", or "3.5 oz (99 g)" in imperial units (the grams
    stay beside: labels and scales give them)."""
    if units == "imperial":
        return f"{ounces(value)} oz ({grams(value)} g)"
    return f"{grams(value)} g"
