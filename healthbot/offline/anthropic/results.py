"""The fake model's answer to tool results, in plain sentences: what each of the coach's
tools did, read from its JSON result, never the JSON itself; a tool that failed gets a
short apology and the command that does the same, never the error's text (it is written
for a model, and may be an internal one). A result that is no JSON object (a test's "Logged
310 kcal") is quoted as it is."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Final

from healthbot.localtime import clock
from healthbot.offline.anthropic.records import JsonDict
from healthbot.offline.anthropic.requests import result_text

MAX_QUOTED = 120  # characters of a text result quoted
MAX_LISTED = 5  # items, foods or reminders named in one sentence

_INSTEAD: Final = {
    "log_food": "log that", "pick_food": "log that", "search_foods": "look that up",
    "log_water": "log the water", "log_weight": "log your weight",
    "get_today_summary": "read your day", "get_week_summary": "read your week",
    "set_reminder": "set that reminder", "list_reminders": "read your reminders",
    "delete_reminder": "delete that reminder", "get_stats": "read your stats",
    "update_profile": "change your profile", "remember": "remember that",
}  # fmt: skip
_COMMAND: Final = {
    "log_food": "/log 2 eggs and a slice of toast", "pick_food": "/log",
    "search_foods": "/log", "log_water": "/water 250 ml", "log_weight": "/weight 72.5",
    "get_today_summary": "/today", "get_week_summary": "/week",
    "set_reminder": "/remind at 9:00 take a walk", "list_reminders": "/reminders",
    "delete_reminder": "/reminders", "get_stats": "/stats", "update_profile": "/profile",
}  # fmt: skip


def _number(value: Any) -> str:
    """A whole number with thousands separators ("1,340"); a non-number as it is."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{round(value):,}"
    return str(value)


def _names(names: list[str]) -> str:
    """ "a", "a and b", "a, b and c" (the first few, then "and N more")."""
    shown = names[:MAX_LISTED]
    if len(names) > MAX_LISTED:
        shown.append(f"{len(names) - MAX_LISTED} more")
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _when(value: Any, zone: Any = None) -> str:
    """An ISO time as "Mon 28 Nov at 15:00", or "at 3:00 PM" where the zone's custom is a
    12-hour clock (the stand-in speaks English); the text as it is if it is no time."""
    try:
        at = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return f"{at:%a} {at.day} {at:%b} at {clock(at, 'en', str(zone) if zone else None)}"


def _food(result: JsonDict) -> str:
    sentences = []
    entry = result.get("entry")
    if isinstance(entry, dict):
        logged = [item for item in entry.get("items", []) if isinstance(item, dict)]
        items = [f"{item.get('food')} ({_number(item.get('kcal'))} kcal)" for item in logged]
        # The items' sum as shown (the totals' rounding could say one kcal more).
        kcal = sum(round(item.get("kcal") or 0) for item in logged)
        if items:
            sentences.append(f"I logged your {entry.get('meal', 'meal')}: {_names(items)}, "
                             f"{_number(kcal)} kcal in all.")  # fmt: skip
    unplaced = [
        f"“{item.get('typed')}”" for item in result.get("not_placed", []) if isinstance(item, dict)
    ]
    if unplaced:
        sentences.append(f"I wasn't sure which food {_names(unplaced)} is: "
                         "pick it with the buttons below.")  # fmt: skip
    return " ".join(sentences) or "I couldn't find any food to log in that."


def _pick(result: JsonDict) -> str:
    if result.get("asked_of_the_user"):
        return "None of the foods I know fit, so I'll ask you with buttons below."
    return (f"I logged {result.get('logged')} ({_number(result.get('grams'))} g, "
            f"{_number(result.get('kcal'))} kcal).")  # fmt: skip


def _today(result: JsonDict) -> str:
    targets, total, left = (result.get(k) or {} for k in ("targets", "total", "left"))
    kcal, target, rest = total.get("kcal", 0), targets.get("kcal"), left.get("kcal", 0)
    over = isinstance(rest, int | float) and rest < 0
    balance = f"{_number(abs(rest))} kcal {'over' if over else 'left'}"
    water = f"{result.get('water')} of water"
    if targets.get("water"):
        water += f" of your {targets['water']} goal"
    return (f"Today you've had {_number(kcal)} kcal of your {_number(target)} kcal target "
            f"({balance}), and {water}.")  # fmt: skip


def _week(result: JsonDict) -> str:
    every = [d for d in result.get("days", []) if isinstance(d, dict)]
    days = [d for d in every[:-1] if d.get("kcal")]  # before today: whole days
    today = (result.get("today_so_far") or {}).get("kcal", 0)
    target = (result.get("targets") or {}).get("kcal")
    if not days:
        if not today:
            return "You haven't logged any meals in the last 7 days."
        return (f"So far only today is logged: {_number(today)} kcal, against a target of "
                f"{_number(target)} kcal.")  # fmt: skip
    average = (result.get("average_of_logged_days_before_today") or {}).get("kcal", 0)
    count = f"{len(days)} day{'s' if len(days) != 1 else ''}"
    return (f"Before today, in the last 7 days, you logged meals on {count}, "
            f"{_number(average)} kcal a day on average, against a target of "
            f"{_number(target)} kcal.")  # fmt: skip


def _water(result: JsonDict) -> str:
    return (f"I logged {result.get('logged')} of water: {result.get('today')} today, "
            f"of your {result.get('goal')} goal.")  # fmt: skip


def _weight(result: JsonDict) -> str:
    if result.get("logged") is False:
        return (f"{result.get('weight')} is far from your last weigh-in, "
                f"{result.get('last_weigh_in')}, so I haven't logged it yet: "
                "please confirm it with the buttons below.")  # fmt: skip
    since = result.get("since_previous")
    change = f" ({since} since the last one)" if since else ""
    return f"I logged your weight: {result.get('logged')}{change}."


def _reminder(result: JsonDict) -> str:
    when = f" on {_when(result['next'], result.get('timezone'))}" if result.get("next") else ""
    return f"I'll remind you: “{result.get('text')}”{when}."


def _reminders(result: JsonDict) -> str:
    found = [r for r in result.get("reminders", []) if isinstance(r, dict)]
    if not found:
        return "You have no reminders."
    named = [
        f"“{r.get('text')}”"
        + (f" (next {_when(r['next'], r.get('timezone'))})" if r.get("next") else "")
        for r in found
    ]
    return f"Your reminders: {_names(named)}."


def _deleted(result: JsonDict) -> str:
    return "I deleted that reminder." if result.get("deleted") else "I couldn't find it."


def _stats(result: JsonDict) -> str:
    streak = result.get("streak_days") or 0
    return (f"You're at level {result.get('level')} with {_number(result.get('xp'))} XP "
            f"({_number(result.get('xp_to_next_level'))} to the next level), on a "
            f"{streak}-day streak.")  # fmt: skip


def _profile(result: JsonDict) -> str:
    sentences = []
    if isinstance(told := result.get("profile"), dict) and told:
        sentences.append(f"I've saved that in your profile ({_in_words(told)}).")
    if result.get("timezone"):
        sentences.append(f"Your timezone is now {result['timezone']}.")
    if isinstance(result.get("targets"), dict):
        kcal = _number(result["targets"].get("kcal"))
        sentences.append(f"Your daily target is now {kcal} kcal.")
    return " ".join(sentences) or "Your profile is as it was."


def _remembered(result: JsonDict) -> str:
    return f"I'll remember that: {result.get('remembered')}"


def _foods(result: JsonDict) -> str:
    foods = [
        f"{f.get('name')} ({_number(f.get('kcal_per_100g'))} kcal per 100 g)"
        for f in result.get("foods", [])
        if isinstance(f, dict)
    ]
    return f"I found {_names(foods)}." if foods else "I found no food by that name."


_SAYS: Final[Mapping[str, Callable[[JsonDict], str]]] = {
    "log_food": _food, "pick_food": _pick, "get_today_summary": _today,
    "get_week_summary": _week, "log_water": _water, "log_weight": _weight,
    "set_reminder": _reminder, "list_reminders": _reminders, "delete_reminder": _deleted,
    "get_stats": _stats, "update_profile": _profile, "remember": _remembered,
    "search_foods": _foods,
}  # fmt: skip


def _in_words(value: Any) -> str:
    """Any JSON value as words: "name: value" pairs, lists joined; never braces or quotes."""
    if isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')}: {_in_words(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_in_words(v) for v in value)
    return _number(value) if value is not None else "none"


def after_tools_text(results: list[JsonDict], names: Mapping[str, str]) -> str:
    """The answer to tool results (`names`: each tool_use id's tool): a sentence for each
    JSON result, an apology for each failure, the text results quoted."""
    sentences, quoted, failed = [], [], False
    for block in results:
        name = names.get(str(block.get("tool_use_id")), "")
        if block.get("is_error"):
            failed = True
            command = _COMMAND.get(name)
            sorry = f"Sorry, I couldn't {_INSTEAD.get(name, 'do that')} just now."
            sentences.append(f"{sorry} You can use {command} instead." if command else sorry)
            continue
        text = " ".join(result_text(block).split())
        try:
            result = json.loads(text)
        except ValueError:
            result = None
        if isinstance(result, dict):
            sentences.append(_sentence(name, result))
        elif text:
            quoted.append(text[:MAX_QUOTED] + ("..." if len(text) > MAX_QUOTED else ""))
    if quoted or not sentences:
        sentences.append(f"All set: {'; '.join(quoted) or 'done'}.")
    return " ".join([*sentences, *([] if failed else ["Keep it up!"])])


def _sentence(name: str, result: JsonDict) -> str:
    try:
        return _SAYS[name](result) if name in _SAYS else _in_words(result) + "."
    except (AttributeError, TypeError, ValueError):  # a shape the sentence does not know
        return _in_words(result) + "."


def tool_names(message: JsonDict | None) -> dict[str, str]:
    """The tool name of each tool_use id of an assistant message."""
    if message is None or message.get("role") != "assistant":
        return {}
    return {
        str(block.get("id")): str(block.get("name"))
        for block in message["content"]
        if block.get("type") == "tool_use"
    }
