"""The coach's tools: their JSON schemas (built once) and what each does, for one user.

Every tool calls the same service method as the command that does the same thing, always
for the user whose message is being answered: no schema has a user id, and an input that
names one is ignored like any unknown field. Energy comes from the food table, never from
the model: an item `log_food` cannot place is offered to the model with the table's
candidates and their measures, and `pick_food` takes one of those and an amount (a count of
a measure, or grams), nothing else. Writes are keyed by the answer's operation, its
round and the tool call's place in it, so a retried answer writes nothing twice. A tool that
fails returns an error text for the model (`is_error`), never an exception to the loop.
"""

from __future__ import annotations

import dataclasses
import html
import json
import logging
import math
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from healthbot.errors import UserInputError
from healthbot.food.parser import MAX_GRAMS, FoodParseError
from healthbot.gamification import GamificationService
from healthbot.meals.foods import FoodsNotReady, Portion, Question
from healthbot.meals.portions import Meal
from healthbot.meals.service import Entry, MealService, Understood
from healthbot.ops import OpKey
from healthbot.profile.service import ProfileService
from healthbot.reminders.service import RemindersService
from healthbot.tracking.service import TrackingService

log = logging.getLogger(__name__)

JsonDict = dict[str, Any]
MAX_TEXT = 500  # characters of a text input a tool uses
_TIME = re.compile(r"^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$")
_MEALS = [str(m) for m in Meal]
MAX_MEASURES = 8  # of a candidate's household measures offered to the model
MAX_COUNT = 100  # of one measure in a pick


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
        {"description": _TEXT, "meal": {"type": "string", "enum": _MEALS}},
        ("description",),
    ),
    _tool("get_today_summary", "Today's food totals per meal against the user's targets, "
          "what is left, and water.", {}),
    _tool("get_week_summary", "The last seven days' calories and macros, per day.", {}),
    _tool(
        "log_water",
        "Log water the user drank, in millilitres (a glass is 250 ml).",
        {"amount_ml": {"type": "number", "exclusiveMinimum": 0, "maximum": 5000}},
        ("amount_ml",),
    ),
    _tool(
        "log_weight",
        "Log the user's body weight.",
        {"weight": {"type": "number", "exclusiveMinimum": 0},
         "unit": {"type": "string", "enum": ["kg", "lb"]}},
        ("weight",),
    ),
    _tool(
        "set_reminder",
        "Set a reminder: what, and when (a time 'HH:MM' in the user's timezone, or in N "
        "minutes), once, every day or on weekdays.",
        {"text": _TEXT, "time": {"type": "string"},
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
    _tool(
        "update_profile",
        "Change the user's profile: their daily calorie target (0 = computed from the "
        "profile again) or timezone (IANA name, e.g. Europe/Berlin).",
        {"kcal_target": {"type": "integer", "minimum": 0, "maximum": 10000},
         "timezone": {"type": "string", "maxLength": 64}},
    ),
    _tool(
        "remember",
        "Remember a lasting fact about the user for later conversations: a preference, "
        "an allergy, a goal, a dislike. One short sentence.",
        {"fact": _TEXT},
        ("fact",),
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


class ToolError(Exception):
    """A tool input that cannot be used; the message goes back to the model."""


@dataclass(frozen=True, slots=True)
class Services:
    """The feature services the tools call."""

    meals: MealService
    tracking: TrackingService
    reminders: RemindersService
    profiles: ProfileService
    gamification: GamificationService | None = None
    remember: Callable[[int, str, str], Awaitable[None]] | None = None


@dataclass(slots=True)
class _Logged:
    """A log_food call with items it could not place: its reading, whose questions are the
    items still open, and its entry (None until an item of it is stored)."""

    understood: Understood
    entry_id: int | None


@dataclass(frozen=True, slots=True)
class _Offer:
    """An item log_food could not place, as offered to the model: its question, and for
    each candidate's uid the grams of each measure offered (by label and by name)."""

    logged: _Logged
    question: Question
    measures: dict[str, dict[str, float]]


@dataclass(slots=True)
class Toolbox:
    """The tools as one user's answer uses them; keeps what the reply must show after the
    answer (the entries logged, the foods to ask about)."""

    user_id: int
    op: OpKey
    services: Services
    entries: list[Entry] = field(default_factory=list)
    used: list[str] = field(default_factory=list)
    _logged: list[_Logged] = field(default_factory=list, init=False, repr=False)
    _offers: list[_Offer] = field(default_factory=list, init=False, repr=False)
    """The items offered to the model so far: item n is `_offers[n - 1]`."""

    @property
    def questions(self) -> list[tuple[Understood, int | None]]:
        """What to ask the user after the answer: each log_food's items that no pick placed,
        with the entry their answers go to (None: a new one)."""
        return [(done.understood, done.entry_id) for done in self._logged
                if done.understood.questions]  # fmt: skip

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
        meal = _meal(args.get("meal"))
        meals = self.services.meals
        # As /log reads it: "I just had 2 eggs for breakfast" is breakfast, "2 eggs".
        understood = await meals.understand(_text(args, "description"))
        understood = replace(understood, meal=meal or understood.meal)
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
        if understood.questions:
            logged = _Logged(understood, None if entry is None else entry.id)
            self._logged.append(logged)
            result["not_placed"] = [await self._offer(logged, q) for q in understood.questions]
            result["note"] = _PICK_NOTE
        return result

    async def _offer(self, logged: _Logged, question: Question) -> JsonDict:
        """An item log_food could not place, numbered, with the table's candidates for it."""
        catalog = self.services.meals.catalog
        candidates, measures = [], {}
        for choice in question.choices:
            food = await catalog.food(choice.uid)
            if food is None:
                continue
            offered = [
                (f"{amount:g} {html.unescape(name)}", html.unescape(name), amount, grams)
                for amount, name, grams in (await catalog.measures(choice.uid))[:MAX_MEASURES]
                if amount > 0 and grams > 0
            ]
            measures[choice.uid] = _grams_by_measure(offered)
            candidate: JsonDict = {
                "uid": choice.uid, "name": food.name,
                "kcal_per_100g": None if food.kcal is None else round(food.kcal),
                "measures": [{"measure": label, "grams": round(grams, 1)}
                             for label, _, _, grams in offered],
            }  # fmt: skip
            if choice.kcal is not None:
                candidate["kcal_for_the_amount_typed"] = round(choice.kcal)
            candidates.append(candidate)
        self._offers.append(_Offer(logged, question, measures))
        return {"item": len(self._offers), "typed": question.span, "candidates": candidates}

    async def pick_food(self, args: JsonDict, key: str) -> JsonDict:
        number = args.get("item")
        if type(number) is not int or not 1 <= number <= len(self._offers):
            raise ToolError("item must be the number of an item log_food could not place")
        offer = self._offers[number - 1]
        logged = offer.logged
        if offer.question not in logged.understood.questions:
            raise ToolError(f"item {number} is already logged")
        if args.get("none_fit") is True:
            return {"item": number, "asked_of_the_user": True}
        uid = args.get("uid")
        if not isinstance(uid, str) or uid not in offer.measures:
            offered = ", ".join(offer.measures) or "none (the user is asked)"
            raise ToolError(
                f"uid {uid!r} is not a candidate offered for item {number}; the candidates: "
                f"{offered}. Pick one of them, or none_fit"
            )
        portion = await self._portion(offer, uid, _picked_grams(args, offer.measures[uid]))
        meals = self.services.meals
        if logged.entry_id is None:
            entry: Entry | None = await meals.log(
                self.user_id, [portion], meal=logged.understood.meal,
                description=logged.understood.text, key=key,
                days_ago=logged.understood.days_ago,
            )  # fmt: skip
        else:
            entry = await meals.add(self.user_id, logged.entry_id, portion)
        if entry is None:
            raise ToolError("the entry was deleted meanwhile; nothing was logged")
        logged.entry_id = entry.id
        open_ = tuple(q for q in logged.understood.questions if q != offer.question)
        logged.understood = replace(logged.understood, questions=open_)
        self.entries[:] = [e for e in self.entries if e.id != entry.id] + [entry]
        return {
            "item": number, "logged": portion.food_name, "grams": round(portion.grams),
            "kcal": round(portion.nutrients.kcal), "entry": _entry_json(entry),
        }  # fmt: skip

    async def _portion(self, offer: _Offer, uid: str, grams: float | None) -> Portion:
        """The offered item as `grams` of food `uid` (None: the amount typed), by the table."""
        meals, question = self.services.meals, offer.question
        if grams is None:
            found = await meals.choose(question, uid)
        else:
            chosen = tuple(c for c in question.choices if c.uid == uid)
            found = await meals.weigh(replace(question, choices=chosen), grams)
        if not isinstance(found, Portion):
            raise ToolError("say how much: a count of one of the candidate's measures, or grams")
        return found

    async def get_today_summary(self, args: JsonDict, key: str) -> JsonDict:
        day = await self.services.meals.day(self.user_id)
        return {
            "day": day.day.isoformat(),
            "entries": day.entries,
            "total": _rounded(day.total),
            "targets": dataclasses.asdict(day.targets),
            "left": _rounded(day.left),
            "per_meal": {str(meal): _rounded(n) for meal, n in day.meals.items()},
            "water_ml": day.water_ml,
        }

    async def get_week_summary(self, args: JsonDict, key: str) -> JsonDict:
        week = await self.services.meals.week(self.user_id)
        return {
            "days": [{"day": d.isoformat(), **_rounded(n)} for d, n in week.days],
            "targets": dataclasses.asdict(week.targets),
            "average_of_logged_days": _rounded(week.average),
        }

    async def log_water(self, args: JsonDict, key: str) -> JsonDict:
        amount = _number(args, "amount_ml", 1, 5000)
        day = await self.services.tracking.log_water(self.user_id, round(amount), key)
        return {"logged_ml": round(amount), "today_ml": day.total_ml, "goal_ml": day.goal_ml}

    async def log_weight(self, args: JsonDict, key: str) -> JsonDict:
        unit = args.get("unit", "kg")
        if unit not in ("kg", "lb"):
            raise ToolError("unit must be kg or lb")
        value = _number(args, "weight", 20, 700 if unit == "kg" else 1500)
        kg = value * 0.45359237 if unit == "lb" else value
        if not 20 <= kg <= 350:
            raise ToolError("that weight is outside 20-350 kg")
        change = await self.services.tracking.log_weight(self.user_id, round(kg, 2), key)
        return {
            "logged_kg": round(kg, 2),
            "since_previous_kg": change.since_previous,
            "over_7_days_kg": change.over_7_days,
            "over_30_days_kg": change.over_30_days,
        }

    async def set_reminder(self, args: JsonDict, key: str) -> JsonDict:
        what = _text(args, "text")
        recurrence = args.get("recurrence", "once")
        minutes = args.get("in_minutes")
        if isinstance(minutes, int) and not isinstance(minutes, bool) and minutes > 0:
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
        profiles = self.services.profiles
        changed: JsonDict = {}
        if "timezone" in args:
            name = str(args["timezone"])
            await profiles.set_timezone(self.user_id, name)  # an unknown name is refused
            changed["timezone"] = name
        if "kcal_target" in args:
            kcal = args["kcal_target"]
            if not isinstance(kcal, int) or isinstance(kcal, bool) or not 0 <= kcal <= 10000:
                raise ToolError("kcal_target must be an integer from 0 to 10000")
            targets = await profiles.set_kcal_target(self.user_id, kcal or None)
            changed["targets"] = dataclasses.asdict(targets)
        if not changed:
            raise ToolError("nothing to change: give kcal_target or timezone")
        return changed

    async def remember(self, args: JsonDict, key: str) -> JsonDict:
        fact = _text(args, "fact")
        if self.services.remember is None:
            raise ToolError("memory is not available right now")
        await self.services.remember(self.user_id, fact, key)
        return {"remembered": fact}

    async def search_foods(self, args: JsonDict, key: str) -> JsonDict:
        query = _text(args, "query")
        catalog = self.services.meals.catalog
        foods = []
        for match in await catalog.search(query.lower()):
            food = await catalog.food(match.uid)
            if food is not None:
                kcal = None if food.kcal is None else round(food.kcal)
                foods.append({"name": food.name, "kcal_per_100g": kcal})
        return {"foods": foods}


_HANDLERS: dict[str, Callable[[Toolbox, JsonDict, str], Awaitable[JsonDict]]] = {
    tool["name"]: getattr(Toolbox, tool["name"]) for tool in TOOLS
}


_PICK_NOTE = (
    "these items are not logged: for each, call pick_food with the candidate that is what the "
    "user ate and how much (a count of one of its measures, or grams), or with none_fit; "
    "the items you do not pick are asked of the user with buttons after your answer. Never "
    "give calories of your own: pick_food returns the table's."
)


def _picked_grams(args: JsonDict, measures: Mapping[str, float]) -> float | None:
    """The grams a pick names: a count of one of the candidate's measures, or grams (None:
    neither, the amount typed)."""
    measure = args.get("measure")
    if "grams" in args:
        if measure is not None:
            raise ToolError("give a measure (and a count) or grams, not both")
        return _number(args, "grams", 0, MAX_GRAMS)
    if measure is None:
        if "count" in args:
            raise ToolError("a count needs a measure: one of the candidate's measures")
        return None
    grams = measures.get(_measure_key(str(measure)))
    if grams is None:
        raise ToolError(f"{measure!r} is not one of the measures offered for that candidate")
    return grams * (_number(args, "count", 0, MAX_COUNT) if "count" in args else 1.0)


def _grams_by_measure(offered: list[tuple[str, str, float, float]]) -> dict[str, float]:
    """The grams of each measure (label, name, amount, grams) by the words a pick may use:
    as offered ("0.5 cup" weighs what it says) and by its name alone ("cup": one of it); of
    two measures with one name, the first."""
    grams_of: dict[str, float] = {}
    for label, name, amount, grams in offered:
        grams_of.setdefault(_measure_key(label), grams)
        grams_of.setdefault(_measure_key(name), grams / amount)
    return grams_of


def _measure_key(name: str) -> str:
    return " ".join(name.lower().split())


def _text(args: JsonDict, name: str) -> str:
    value = args.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ToolError(f"{name} must be a non-empty string")
    return " ".join(value.split())[:MAX_TEXT]


def _number(args: JsonDict, name: str, low: float, high: float) -> float:
    value = args.get(name)
    if isinstance(value, str):
        try:
            value = float(value.replace(",", "."))
        except ValueError:
            raise ToolError(f"{name} must be a number") from None
    if not isinstance(value, int | float) or isinstance(value, bool) or math.isnan(value):
        raise ToolError(f"{name} must be a number")
    if not low <= value <= high:
        raise ToolError(f"{name} must be between {low:g} and {high:g}")
    return float(value)


def _meal(value: object) -> Meal | None:
    if value is None:
        return None
    if value not in _MEALS:
        raise ToolError(f"meal must be one of {', '.join(_MEALS)}")
    return Meal(str(value))


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
