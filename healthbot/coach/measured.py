"""Water and weight as the coach's tools take and give them: in the unit the model names,
else the user's own (metric or imperial, from their profile; water in ml or US fluid ounces
as `healthbot.measures.volume_units` says), and written back in the user's units, so that
the model talks in them too. Stored amounts stay in ml and kg."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Final

from healthbot.coach.inputs import JsonDict, ToolError, read_number
from healthbot.measures import (
    KG_PER_LB,
    ML_PER_FL_OZ,
    Units,
    VolumeUnits,
    volume,
    weight,
    weight_units,
)
from healthbot.profile import Targets

WATER_UNITS: Final = ["ml", "fl oz"]
WEIGHT_UNITS: Final = ["kg", "lb"]
MAX_WATER_ML: Final = 5000  # one entry, as /water takes it
MIN_KG: Final = 20.0  # a body weight, as /weight takes it
MAX_KG: Final = 500.0
_CENT: Final = Decimal("0.01")


def read_water(args: JsonDict, water: VolumeUnits, fl_oz_ml: float = ML_PER_FL_OZ) -> int:
    """Millilitres from `amount` in `unit` (how the user's `water` reads when none is
    named; a fluid ounce is `fl_oz_ml`, the one where they live); an `amount_ml` alone is
    millilitres."""
    if "amount" not in args and "amount_ml" in args:
        return round(read_number(args, "amount_ml", 1, MAX_WATER_ML))
    unit = args.get("unit") or ("fl oz" if water == "fl oz" else "ml")
    if unit not in WATER_UNITS:
        raise ToolError("unit must be ml or fl oz")
    if unit == "fl oz":
        return round(read_number(args, "amount", 0.1, MAX_WATER_ML / fl_oz_ml) * fl_oz_ml)
    return round(read_number(args, "amount", 1, MAX_WATER_ML))


def units_note(args: JsonDict, units: Units, water: VolumeUnits = "ml") -> str | None:
    """For the model: the user gave an amount in the other system's unit than their own
    (lb for a metric user, ml for an imperial one whose `water` reads in fl oz), so the
    reply can offer /units."""
    unit = args.get("unit")
    if unit == water:
        return None  # ml from a British user in imperial units: how their water reads
    other = {"lb": "imperial", "fl oz": "imperial", "kg": "metric", "ml": "metric"}.get(str(unit))
    if other is None or other == units:
        return None
    return (
        f"the user gave {unit}, but their units are {units}: the results are in {units}; "
        f"mention that /units {other} shows every amount in {unit}"
    )


def read_weight(args: JsonDict, units: Units) -> tuple[Decimal, Decimal | None]:
    """Kilograms from `weight` in `unit` (the user's units when none is named), and the same
    number read in the other unit (None when that is no body weight): the model may have
    guessed the unit, and the weigh-in's confirmation offers the other reading."""
    unit = args.get("unit") or ("lb" if units == "imperial" else "kg")
    if unit not in WEIGHT_UNITS:
        raise ToolError("unit must be kg or lb")
    value = read_number(args, "weight", 1, MAX_KG / KG_PER_LB)
    kg, other = (value * KG_PER_LB, value) if unit == "lb" else (value, value * KG_PER_LB)
    if not MIN_KG <= kg <= MAX_KG:
        raise ToolError("that weight is outside 20-500 kg (44-1,102 lb)")
    meant = Decimal(str(other)).quantize(_CENT) if MIN_KG <= other <= MAX_KG else None
    return Decimal(str(kg)).quantize(_CENT), meant


def change(kg: float | None, units: Units) -> str | None:
    """A signed change of weight in the user's units ("+0.8 lb", "-1.2 kg"); None: none to
    compare with."""
    if kg is None:
        return None
    return ("+" if kg >= 0 else "-") + weight(abs(kg), weight_units(units, False))  # in lb


def targets_json(targets: Targets, units: VolumeUnits) -> JsonDict:
    """The daily targets for the model: energy and macros, and water as the user's reads."""
    found = dataclasses.asdict(targets)
    found.pop("water_ml", None)
    return {**found, "water": volume(targets.water_ml, units)}
