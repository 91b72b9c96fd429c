"""The coach's tools: their JSON schemas (built once) and what each does, for one user.

Every tool calls the same service method as the command that does the same thing, always
for the user whose message is being answered: no schema has a user id, and an input that
names one is ignored like any unknown field. Energy comes from the food table, never from
the model: an item `log_food` cannot place is offered to the model with the table's
candidates and their measures, and `pick_food` takes one of those and an amount (a count of
a measure, or grams), nothing else (`picks` does both). Writes are keyed by the answer's
operation, its round and the tool call's place in it, so a retried answer writes nothing
twice. A tool that fails returns an error text for the model (`is_error`), never an
exception to the loop; `inputs` reads and checks what the model sent.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from healthbot.coach import profiled
from healthbot.coach.inputs import (
    MAX_TEXT,
    MEALS,
    JsonDict,
    ToolError,
    read_meal,
    read_text,
)
from healthbot.coach.measured import (
    WATER_UNITS,
    WEIGHT_UNITS,
    change,
    read_water,
    read_weight,
    targets_json,
    units_note,
)
from healthbot.coach.picks import MAX_COUNT, PICK_NOTE, Picks
from healthbot.errors import UserInputError
from healthbot.food.parser import MAX_GRAMS, FoodParseError
from healthbot.gamification import GamificationService
from healthbot.meals import MealShortcuts
from healthbot.meals.allergens import AllergySource, allergies_of, in_entry, marked_all
from healthbot.meals.foods import FoodsNotReady
from healthbot.meals.service import Entry, MealService, Understood
from healthbot.measures import (
    Units,
    fl_oz_ml,
    food_amount,
    units_of,
    volume,
    volume_units,
    weight,
    weight_units,
)
from healthbot.ops import OpKey
from healthbot.profile import ProfileService
from healthbot.reminders.service import RemindersService
from healthbot.tracking import Doubt
from healthbot.tracking.service import TrackingService

log = logging.getLogger(__name__)

_TIME = re.compile(r"^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$")
CONFIRM_NOTE = (
    "not logged: this weight is far from the user's last weigh-in; they were shown buttons "
    "to confirm it (or the same number in the other unit) after your answer. Ask them to "
    "press one; do not log it again."
)
"""Sent with a weigh-in held for confirmation, for the model."""


def _noted(result: JsonDict, note: str | None) -> JsonDict:
    return result if note is None else {**result, "units_note": note}


def _tool(
    name: str, description: str, properties: JsonDict, required: tuple[str, ...] = ()
) -> JsonDict:
    return {
        "name": name,
        "description": description,
        "input_schema": {
            "type": "object",
            "properties": properties,
            "required": list(required),
            "additionalProperties": False,
        },
    }


_TEXT = {"type": "string", "maxLength": MAX_TEXT}
TOOLS: tuple[JsonDict, ...] = (
    _tool(
        "log_food",
        "Log what the user ate or drank (not water), as they said it, with amounts: "
        "'2 eggs and a slice of toast', '150 g chicken breast, 1 cup rice'. Stores it at once "
        "and shows the user the entry with its buttons; returns the items with calories "
        "and macros, and each item it could not place with the food table's candidates "
        "for pick_food.",
        {"description": _TEXT, "meal": {"type": "string", "enum": MEALS}},
        ("description",),
    ),
    _tool("get_today_summary", "Today's food totals per meal against the user's targets, "
          "what is left, and water.", {}),
    _tool("get_week_summary", "The last seven days' calories and macros, per day.", {}),
    _tool(
        "log_water",
        "Log water the user drank: the amount in ml or fl oz (without a unit, the user's "
        "units; a glass is 250 ml or 8 fl oz). Returns amounts in the user's units.",
        {"amount": {"type": "number", "exclusiveMinimum": 0, "maximum": 5000},
         "unit": {"type": "string", "enum": WATER_UNITS}},
        ("amount",),
    ),
    _tool(
        "log_weight",
        "Log the user's body weight, in kg or lb (without a unit, the user's units). A "
        "weight far from their last is not stored: they are asked to confirm it with "
        "buttons. Returns weights in the user's units.",
        {"weight": {"type": "number", "exclusiveMinimum": 0},
         "unit": {"type": "string", "enum": WEIGHT_UNITS}},
        ("weight",),
    ),
    _tool(
        "set_reminder",
        "Set a reminder: what, and when in the user's timezone. `when` in words as /remind "
        "reads them ('every day at 8:00', 'mon, thu at 19:00', 'every 2 hours from 23:00 "
        "to 07:00', 'tomorrow at 9:00', 'in 30 minutes'), or a time 'HH:MM' (once, every "
        "day or on weekdays) or in N minutes.",
        {"text": _TEXT, "when": {"type": "string", "maxLength": 120},
         "time": {"type": "string"},
         "in_minutes": {"type": "integer", "minimum": 1, "maximum": 10080},
         "recurrence": {"type": "string", "enum": ["once", "daily", "weekdays"]}},
        ("text",),
    ),
    _tool("list_reminders", "The user's reminders with their ids.", {}),
    _tool(
        "delete_reminder",
        "Delete one of the user's reminders by its id (from list_reminders).",
        {"reminder_id": {"type": "integer"}},
        ("reminder_id",),
    ),
    _tool("get_stats", "The user's XP, level, streak and achievements.", {}),
    _tool("update_profile", profiled.DESCRIPTION, profiled.SCHEMA),
    _tool(
        "remember",
        "Remember a lasting fact about the user for later conversations: a preference, "
        "an allergy, a goal, a dislike. One short sentence.",
        {"fact": _TEXT},
        ("fact",),
    ),
    _tool(
        "get_recent_foods",
        "The foods the user eats most at this time of day (then at any time), from their "
        "log of the last weeks, each in the amount they usually log: what /log alone offers "
        "them as one-tap buttons. To suggest one, or log one again with log_food.",
        {},
    ),
    _tool(
        "search_foods",
        "Search the food database; returns matching foods with calories per 100 g.",
        {"query": _TEXT},
        ("query",),
    ),
    _tool(
        "pick_food",
        "Place an item log_food could not (its item number): the uid of one of the "
        "candidates log_food gave for it and how much, as a count of one of that "
        "candidate's measures (by name, e.g. '1 slice') or as grams; with neither, the "
        "amount the user typed. Or none_fit: true when no candidate is what they ate (the "
        "user is asked). Calories come from the food table.",
        {"item": {"type": "integer", "minimum": 1},
         "uid": {"type": "string", "maxLength": 64},
         "measure": {"type": "string", "maxLength": 200},
         "count": {"type": "number", "exclusiveMinimum": 0, "maximum": MAX_COUNT},
         "grams": {"type": "number", "exclusiveMinimum": 0, "maximum": MAX_GRAMS},
         "none_fit": {"type": "boolean"}},
        ("item",),
    ),
)  # fmt: skip
"""Sent with every request, in this order (the prompt cache covers them)."""


@dataclass(frozen=True, slots=True)
class Services:
    """The feature services the tools call."""

    meals: MealService
    tracking: TrackingService
    reminders: RemindersService
    profiles: ProfileService
    gamification: GamificationService | None = None
    remember: Callable[[int, str, str], Awaitable[None]] | None = None
    allergies: AllergySource | None = None
    shortcuts: MealShortcuts | None = None  # recent foods; from `meals` when not given


@dataclass(slots=True)
class Toolbox:
    """The tools as one user's answer uses them; keeps what the reply must show after the
    answer (the entries logged, the foods to ask about)."""

    user_id: int
    op: OpKey
    services: Services
    entries: list[Entry] = field(default_factory=list)
    used: list[str] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)
    """Weigh-ins held for the user's confirmation, to ask after the answer."""
    _picks: Picks = field(init=False, repr=False)
    """The items log_food could not place, offered to the model, and its picks of them."""

    def __post_init__(self) -> None:
        self._picks = Picks(self.user_id, self.services.meals)

    @property
    def questions(self) -> list[tuple[Understood, int | None]]:
        """What to ask the user after the answer: each log_food's items that no pick placed,
        with the entry their answers go to (None: a new one)."""
        return self._picks.questions

    async def run(self, name: str, arguments: Any, step: str) -> tuple[str, bool]:
        """Run one tool call; its result as text for the model, and whether it failed."""
        self.used.append(name)
        handler = _HANDLERS.get(name)
        if handler is None:
            return f"unknown tool {name!r}", True
        if not isinstance(arguments, Mapping):
            return "the input must be a JSON object", True
        try:
            result = await handler(self, dict(arguments), self.op.step(step))
        except (ToolError, UserInputError, FoodParseError) as exc:
            return str(exc) or type(exc).__name__, True
        except FoodsNotReady:
            return "the food database is still loading; try again in a minute", True
        except Exception:
            log.exception("coach tool %s failed", name)
            return "the tool failed (an internal error); nothing was changed by it", True
        return json.dumps(result, ensure_ascii=False, default=_json_default), False

    # --- the tools ---------------------------------------------------------------------------

    async def log_food(self, args: JsonDict, key: str) -> JsonDict:
        meal = read_meal(args.get("meal"))
        meals = self.services.meals
        # As /log reads it: "I just had 2 eggs for breakfast" is breakfast, "2 eggs".
        user = await meals.users.get(self.user_id)  # a pint is the one where they live
        zone = None if user is None else user.timezone
        understood = await meals.understand(read_text(args, "description"), timezone=zone)
        allergies = await allergies_of(self.services.allergies, self.user_id)
        understood = replace(marked_all(understood, allergies), meal=meal or understood.meal)
        entry = None
        if understood.portions:
            entry = await meals.log(
                self.user_id, understood.portions, meal=understood.meal,
                description=understood.text, key=key, days_ago=understood.days_ago,
            )  # fmt: skip
            self.entries.append(entry)
        result: JsonDict = {"logged": entry is not None}
        if entry is not None:
            result["entry"] = _entry_json(entry)
            if warned := in_entry(entry, allergies):  # logged, and told to the user
                result["has_allergen_of_the_user"] = dict(warned)
        if understood.questions:
            entry_id = None if entry is None else entry.id
            result["not_placed"] = await self._picks.offer(understood, entry_id)
            result["note"] = PICK_NOTE
        return result

    async def pick_food(self, args: JsonDict, key: str) -> JsonDict:
        picked = await self._picks.pick(args, key)
        if picked is None:
            return {"item": args["item"], "asked_of_the_user": True}
        portion, entry = picked
        self.entries[:] = [e for e in self.entries if e.id != entry.id] + [entry]
        return {
            "item": args["item"], "logged": portion.food_name, "grams": round(portion.grams),
            "kcal": round(portion.nutrients.kcal), "entry": _entry_json(entry),
        }  # fmt: skip

    async def get_today_summary(self, args: JsonDict, key: str) -> JsonDict:
        day = await self.services.meals.day(self.user_id)
        return {
            "day": day.day.isoformat(),
            "entries": day.entries,
            "total": _rounded(day.total),
            "targets": targets_json(day.targets, day.water_units),
            "left": _rounded(day.left),
            "per_meal": {str(meal): _rounded(n) for meal, n in day.meals.items()},
            "water": volume(day.water_ml, day.water_units),
        }

    async def get_week_summary(self, args: JsonDict, key: str) -> JsonDict:
        week = await self.services.meals.week(self.user_id)
        return {
            "days": [{"day": d.isoformat(), **_rounded(n)} for d, n in week.days],
            "targets": targets_json(week.targets, volume_units(*await self._units_and_zone())),
            "average_of_logged_days_before_today": _rounded(week.average),
            "today_so_far": _rounded(week.today),
        }

    async def log_water(self, args: JsonDict, key: str) -> JsonDict:
        tracking = self.services.tracking
        units, zone, stones = await self._units_and_zone()
        ml = read_water(args, volume_units(units, zone, stones), fl_oz_ml(zone, stones))
        day = await tracking.log_water(self.user_id, ml, key)
        return _noted(
            {
                "logged": volume(ml, day.shown),
                "today": volume(day.total_ml, day.shown),
                "goal": volume(day.goal_ml, day.shown),
            },
            units_note(args, day.units, day.shown),
        )

    async def log_weight(self, args: JsonDict, key: str) -> JsonDict:
        units = await self._units()
        kg, other = read_weight(args, units)
        tracking = self.services.tracking
        # As /weight: a weigh-in far from the last is asked about, with buttons, not stored.
        if (doubt := await tracking.doubt(self.user_id, kg, other)) is not None:
            if all(held.kg != kg for held in self.doubts):
                self.doubts.append(doubt)
            return {
                "logged": False,
                "weight": weight(float(kg), doubt.shown),
                "last_weigh_in": None
                if doubt.previous is None
                else weight(float(doubt.previous), doubt.shown),
                "note": CONFIRM_NOTE,
            }
        logged = await tracking.log_weight(self.user_id, kg, key)
        return _noted(
            {
                "logged": weight(logged.latest.kg, weight_units(units, logged.stones)),
                "since_previous": change(logged.since_previous, units),
                "over_7_days": change(logged.over_7_days, units),
                "over_30_days": change(logged.over_30_days, units),
            },
            units_note(args, units),
        )

    async def set_reminder(self, args: JsonDict, key: str) -> JsonDict:
        what = read_text(args, "text")
        recurrence = args.get("recurrence", "once")
        minutes = args.get("in_minutes")
        when = args.get("when")
        if isinstance(when, str) and when.strip():
            # Read by /remind's own parser: repeats, windows and days the fields below cannot
            # say ("every 2 hours from 23:00 to 07:00").
            phrase = f"{when} {what}"
        elif isinstance(minutes, int) and not isinstance(minutes, bool) and minutes > 0:
            phrase = f"in {minutes} minutes {what}"
        else:
            at = _TIME.match(str(args.get("time", "")))
            if at is None:
                raise ToolError("give a time as HH:MM (24 h) or in_minutes")
            time = f"{int(at.group(1)):02d}:{at.group(2)}"
            prefix = {"daily": "every day at", "weekdays": "weekdays"}.get(recurrence, "at")
            phrase = f"{prefix} {time} {what}"
        created = await self.services.reminders.create(self.user_id, phrase, key)
        reminder = created.reminder
        return {
            "reminder_id": reminder.id,
            "text": reminder.text,
            "next": reminder.next_run_at.astimezone(reminder.zone).isoformat(timespec="minutes")
            if reminder.next_run_at
            else None,
            "timezone": reminder.zone.key,
        }

    async def list_reminders(self, args: JsonDict, key: str) -> JsonDict:
        found = await self.services.reminders.of_user(self.user_id)
        return {
            "reminders": [
                {
                    "reminder_id": r.id,
                    "text": r.text,
                    "next": r.next_run_at.astimezone(r.zone).isoformat(timespec="minutes")
                    if r.next_run_at
                    else None,
                    "paused": not r.active,
                    "timezone": r.zone.key,
                }
                for r in found
            ]
        }

    async def delete_reminder(self, args: JsonDict, key: str) -> JsonDict:
        reminder_id = args.get("reminder_id")
        if not isinstance(reminder_id, int) or isinstance(reminder_id, bool):
            raise ToolError("reminder_id must be an integer from list_reminders")
        # The service deletes only this user's reminder: another's id deletes nothing.
        deleted = await self.services.reminders.delete(self.user_id, reminder_id)
        return {"deleted": deleted}

    async def get_stats(self, args: JsonDict, key: str) -> JsonDict:
        if self.services.gamification is None:
            raise ToolError("stats are not available")
        stats = await self.services.gamification.stats(self.user_id)
        return {
            "xp": stats.total_xp, "level": stats.level, "xp_to_next_level": stats.to_next_level,
            "streak_days": stats.current_streak, "longest_streak": stats.longest_streak,
            "achievements": [a.code for a in stats.unlocked],
        }  # fmt: skip

    async def update_profile(self, args: JsonDict, key: str) -> JsonDict:
        return await profiled.update_profile(
            self.services.profiles, self.user_id, args, await self._units()
        )

    async def remember(self, args: JsonDict, key: str) -> JsonDict:
        fact = read_text(args, "fact")
        if self.services.remember is None:
            raise ToolError("memory is not available right now")
        await self.services.remember(self.user_id, fact, key)
        return {"remembered": fact}

    async def get_recent_foods(self, args: JsonDict, key: str) -> JsonDict:
        shortcuts = self.services.shortcuts or MealShortcuts.of(self.services.meals)
        meal, recent = await shortcuts.recent(self.user_id)
        units = await self._units()
        return {
            "meal_now": str(meal),
            "foods": [
                {
                    "food": food.food_name,
                    "usual_amount": food.typed,
                    "grams": round(float(food.grams)),
                    "amount": food_amount(float(food.grams), units),
                    "kcal": round(float(food.kcal)),
                    "times_at_this_meal": food.at_this_meal,
                    "times": food.times,
                }
                for food in recent
            ],
        }

    async def search_foods(self, args: JsonDict, key: str) -> JsonDict:
        query = read_text(args, "query")
        catalog = self.services.meals.catalog
        foods = []
        for match in await catalog.search(query.lower()):
            food = await catalog.food(match.uid)
            if food is not None:
                kcal = None if food.kcal is None else round(food.kcal)
                foods.append({"name": food.name, "kcal_per_100g": kcal})
        return {"foods": foods}

    async def _units(self) -> Units:
        """The user's units (their profile's; metric without one)."""
        profile = await self.services.profiles.profile(self.user_id)
        return units_of(None if profile is None else profile.units)

    async def _units_and_zone(self) -> tuple[Units, str, bool]:
        """The user's units, timezone and weighing in stones: how their water reads."""
        profile = await self.services.profiles.profile(self.user_id)
        stones = profile is not None and profile.weight_in_stones
        return await self._units(), (await self.services.tracking.zone(self.user_id)).key, stones


_HANDLERS: dict[str, Callable[[Toolbox, JsonDict, str], Awaitable[JsonDict]]] = {
    tool["name"]: getattr(Toolbox, tool["name"]) for tool in TOOLS
}


def _rounded(nutrients: object) -> JsonDict:
    return {
        name: round(float(value), 1)
        for name, value in dataclasses.asdict(nutrients).items()  # type: ignore[call-overload]
    }


def _entry_json(entry: Entry) -> JsonDict:
    return {
        "meal": str(entry.meal),
        "items": [
            {
                "food": item.food_name,
                "grams": None if item.grams is None else round(float(item.grams)),
                "kcal": round(float(item.kcal)),
                "protein_g": round(float(item.protein_g), 1),
                "carbs_g": round(float(item.carbs_g), 1),
                "fat_g": round(float(item.fat_g), 1),
            }
            for item in entry.items
        ],
        "totals": _rounded(entry.totals),
    }


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    return str(value)
