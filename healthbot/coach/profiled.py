"""The coach's `update_profile`: what a user tells the coach about themselves ("I'm 34, 165
cm, I live in Melbourne, I want to get down to 62 kg") stored as the setup dialog and the
settings store it, through the same `ProfileService`, and the targets computed again.

Amounts come in the unit the model names, else the user's own; a place is read as /timezone
reads it, so the model may pass on the city the user named.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final, cast

from healthbot.coach.inputs import JsonDict, ToolError, read_number
from healthbot.coach.measured import targets_json
from healthbot.errors import UserInputError
from healthbot.measures import KG_PER_LB, Units, VolumeUnits, volume_units
from healthbot.profile import Answers, ProfileService

SEXES: Final = ["female", "male", "other"]
ACTIVITIES: Final = ["sedentary", "light", "moderate", "active", "very_active"]
GOALS: Final = ["lose", "maintain", "gain"]
CM_PER_INCH: Final = 2.54

SCHEMA: Final[JsonDict] = {
    "sex": {"type": "string", "enum": SEXES},
    "age": {"type": "integer", "minimum": 13, "maximum": 120},
    "height": {"type": "number", "exclusiveMinimum": 0},
    "height_unit": {"type": "string", "enum": ["cm", "in"]},
    "activity_level": {"type": "string", "enum": ACTIVITIES},
    "goal": {"type": "string", "enum": GOALS},
    "goal_weight": {"type": "number", "exclusiveMinimum": 0},
    "goal_weight_unit": {"type": "string", "enum": ["kg", "lb"]},
    "kcal_target": {"type": "integer", "minimum": 0, "maximum": 10000},
    "timezone": {"type": "string", "maxLength": 64},
    "units": {"type": "string", "enum": ["metric", "imperial"]},
}
DESCRIPTION: Final = (
    "Store what the user tells you about themselves: sex, age, height, activity level "
    "(sedentary: a desk job, little exercise; light: exercise 1-3 days a week; moderate: "
    "3-5 days; active: 6-7 days; very_active: hard daily training or physical work), goal "
    "(lose, maintain or gain weight) and goal weight; the daily targets are then computed "
    "again from these and the latest weigh-in (log a current weight with log_weight). Also "
    "their daily calorie target (0 = computed from the profile again), timezone (an IANA "
    "name such as Europe/Berlin, or the city or place they named) or the units every amount "
    "is shown in (metric: kg, ml, cm; imperial: lb, fl oz, ft/in). Give only what they said; "
    "heights and weights without a unit are in the user's units."
)


async def update_profile(
    profiles: ProfileService, user_id: int, args: JsonDict, units: Units
) -> JsonDict:
    """Store what `args` holds (each part checked before anything is stored); return what
    changed, with the targets when they were computed again."""
    answers = _answers(args, units)
    answers.check()
    kcal = _kcal(args)
    if "units" in args and args["units"] not in ("metric", "imperial"):
        raise ToolError("units must be metric or imperial")
    changed: JsonDict = {}
    if "timezone" in args:
        try:
            changed["timezone"] = await profiles.set_timezone(user_id, str(args["timezone"]))
        except UserInputError as exc:
            choices = getattr(exc, "suggestions", ())
            hint = f"; did you mean {', '.join(choices)}?" if choices else ""
            raise ToolError(f"{exc}{hint}") from None
    if "units" in args:
        await profiles.set_field(user_id, "units", args["units"])  # as /units does
        changed["units"] = units = args["units"]
    if answers != Answers():
        targets = await profiles.answer(user_id, answers)
        changed["profile"] = {k: v for k, v in args.items() if k in SCHEMA and k not in _OTHER}
        changed["targets"] = targets_json(targets, await _water(profiles, user_id, units))
    if kcal is not None:
        targets = await profiles.set_kcal_target(user_id, kcal or None)
        changed["targets"] = targets_json(targets, await _water(profiles, user_id, units))
    if not changed:
        raise ToolError("nothing to change: give one of " + ", ".join(SCHEMA))
    return changed


_OTHER: Final = ("kcal_target", "timezone", "units")


async def _water(profiles: ProfileService, user_id: int, units: Units) -> VolumeUnits:
    """How the user's water reads, in their zone as it is now (this call may have set it)."""
    user, profile = await profiles.users.get(user_id), await profiles.profile(user_id)
    stones = profile is not None and profile.weight_in_stones
    return volume_units(units, None if user is None else user.timezone, stones)


def _answers(args: JsonDict, units: Units) -> Answers:
    imperial = units == "imperial"
    height = weight = None
    if "height" in args:
        unit = _unit(args, "height_unit", ("cm", "in"), "in" if imperial else "cm")
        value = read_number(args, "height", 1, 300)
        cm = value * CM_PER_INCH if unit == "in" else value
        height = Decimal(str(cm)).quantize(Decimal("0.1"))
    if "goal_weight" in args:
        unit = _unit(args, "goal_weight_unit", ("kg", "lb"), "lb" if imperial else "kg")
        value = read_number(args, "goal_weight", 1, 1200)
        kg = value * KG_PER_LB if unit == "lb" else value
        weight = Decimal(str(kg)).quantize(Decimal("0.01"))
    age = None
    if "age" in args:
        value = read_number(args, "age", 0, 1000)
        if value != int(value):
            raise ToolError("age must be whole years")
        age = int(value)
    return Answers(
        sex=cast(Any, _choice(args, "sex", SEXES)),
        age=age,
        height_cm=height,
        activity=cast(Any, _choice(args, "activity_level", ACTIVITIES)),
        goal=cast(Any, _choice(args, "goal", GOALS)),
        goal_weight_kg=weight,
    )


def _kcal(args: JsonDict) -> int | None:
    if "kcal_target" not in args:
        return None
    kcal = args["kcal_target"]
    if not isinstance(kcal, int) or isinstance(kcal, bool) or not 0 <= kcal <= 10000:
        raise ToolError("kcal_target must be an integer from 0 to 10000")
    return kcal


def _choice(args: JsonDict, name: str, choices: list[str]) -> str | None:
    value = args.get(name)
    if value is None:
        return None
    if value not in choices:
        raise ToolError(f"{name} must be one of {', '.join(choices)}")
    return str(value)


def _unit(args: JsonDict, name: str, choices: tuple[str, str], default: str) -> str:
    unit = args.get(name) or default
    if unit not in choices:
        raise ToolError(f"{name} must be {choices[0]} or {choices[1]}")
    return str(unit)
