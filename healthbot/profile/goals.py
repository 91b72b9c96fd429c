"""The goal weight and the weekly pace: the setup's last two questions, what they offer and
what they take (how the goal reads on /profile is `views.goal_text`).

The goal question takes a weight ("65", "150 lb", "I want to get to 65 kg") or a way
("maintain", "lose weight") and offers "Stay where I am"; the pace question, asked only when
the goal points somewhere, offers three steady paces in the user's units (0.25/0.5/0.75 kg
or 0.5/1/1.5 lb a week) and "maintain for now", and takes a typed pace. The energy target
follows from them (`targets`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from healthbot.profile import parsing, views
from healthbot.profile.repository import Profile
from healthbot.profile.service import ProfileService
from healthbot.profile.texts import ProfileTexts

MAINTAIN: Final = "maintain"
PACES: Final[dict[str, tuple[str, ...]]] = {
    "metric": ("0.25 kg", "0.5 kg", "0.75 kg"),
    "imperial": ("0.5 lb", "1 lb", "1.5 lb"),
}
"""The pace buttons, by units; each button's value is its amount without the space."""
_BUTTON_PACES: Final = {amount.replace(" ", ""): amount for paces in PACES.values()
                        for amount in paces}  # fmt: skip
_STAY: Final = frozenset({"maintain", "stay", "keep", "same", "no change", "none", "nothing",
                          "maintain for now", "just maintain", "keep my weight"})  # fmt: skip
# A pace said in words, as the question puts it ("A steady pace is easier"): the buttons'.
# "fast" is no pace: how fast is safe is the buttons' to say.
_PACE_WORDS: Final = {"slow": 0, "slowly": 0, "gentle": 0, "easy": 0, "steady": 1, "medium": 1,
                      "moderate": 1, "normal": 1}  # fmt: skip
_WAYS: Final = {"lose": "lose", "lose weight": "lose", "gain": "gain", "gain weight": "gain"}


def buttons(step: str, texts: ProfileTexts, units: str) -> list[tuple[str, str]]:
    """The (label, value) buttons of the goal or the pace question (none for others)."""
    if step == "goal":
        return [(texts.choices["goal"][MAINTAIN], MAINTAIN)]
    if step == "pace":
        paces = PACES["imperial" if units == "imperial" else "metric"]
        amounts = [(texts.pace_button.format(amount=a), a.replace(" ", "")) for a in paces]
        return [*amounts, (texts.pace_maintain, MAINTAIN)]
    return []


def pace_example(imperial: bool) -> str:
    """How to write a pace, in the user's units."""
    return "like 1 lb" if imperial else "like 0.5 kg"


def _words(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").strip(" .!").split())


def read_goal(
    text: str, units: str, texts: ProfileTexts, *, stones: bool = False
) -> tuple[object, str]:
    """A typed goal: a weight (Decimal kg) or a way (lose, maintain, gain); raise
    `ProfileInputError`."""
    words = _words(text)
    if words in _STAY or words == texts.choices["goal"][MAINTAIN].lower():
        return MAINTAIN, texts.choices["goal"][MAINTAIN]
    if (way := _WAYS.get(words)) is not None:
        return way, texts.choices["goal"][way]
    kg = parsing.parse_weight(text, units == "imperial")
    return kg, views.weight(kg, units, in_stones=parsing.in_stones(text, stones))


def read_pace(text: str, units: str, texts: ProfileTexts) -> tuple[object, str]:
    """A typed pace: kg a week (Decimal) or "maintain"; raise `ProfileInputError`."""
    words = _words(text).removesuffix(" pace").removesuffix(" please")
    if words in _STAY:
        return MAINTAIN, texts.pace_maintain
    if (which := _PACE_WORDS.get(words)) is not None:
        amount = PACES["imperial" if units == "imperial" else "metric"][which]
        return parsing.parse_pace(amount), texts.pace_button.format(amount=amount)
    kg = parsing.parse_pace(text, units == "imperial")
    return kg, texts.pace_button.format(amount=views.pace_amount(kg, units))


def read_button(step: str, value: str, texts: ProfileTexts) -> tuple[object, str] | None:
    """A pressed goal or pace button as (value to store, what to show); None if it is not
    one of ours (button data is untrusted)."""
    if value == MAINTAIN:
        return MAINTAIN, texts.choices["goal"][MAINTAIN] if step == "goal" else texts.pace_maintain
    if step == "pace" and (amount := _BUTTON_PACES.get(value)) is not None:
        return parsing.parse_pace(amount), texts.pace_button.format(amount=amount)
    return None


async def save(profiles: ProfileService, user_id: int, step: str, value: object) -> None:
    """Store a goal or a pace answer (each idempotent)."""
    if step == "goal" and isinstance(value, Decimal):
        await profiles.set_goal_weight(user_id, value)
    elif step == "goal":
        await profiles.set_goal(user_id, str(value))
    elif isinstance(value, Decimal):
        await profiles.set_pace(user_id, value)
    else:
        await profiles.set_pace(user_id, None)


def needs_pace(profile: Profile | None) -> bool:
    """Whether the pace question follows the goal's: the goal points somewhere (a goal
    weight not yet weighed against counts)."""
    if profile is None or profile.goal == MAINTAIN:
        return False
    return profile.goal in ("lose", "gain") or profile.target_weight_kg is not None
