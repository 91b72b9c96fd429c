"""What resolving a food item gives: a `Portion` of a known food, or the `Question` to ask
(its `Choice`s of food, its `Amount`s), as the dialog stores and the cards show them.

Kept apart from the search and measures that produce them (`healthbot.meals.foods`): the
cards, the dialog's state, the repository and the coach read these records only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from healthbot.food.parser import MAX_GRAMS, FoodParseError, ParseProblem
from healthbot.food.repository import Food
from healthbot.meals.portions import Nutrients


@dataclass(frozen=True, slots=True)
class Portion:
    """An item resolved to a food: how much, in grams, and what it brings."""

    position: int  # the item's place in the message (0-based)
    span: str  # the item as typed
    quantity: float
    unit: str | None  # canonical unit ("cup"), None for a count
    size: str | None
    food_uid: str
    food_name: str
    grams: float
    nutrients: Nutrients


@dataclass(frozen=True, slots=True)
class Choice:
    """A food a question offers, with the energy the item would have with it (None: the
    amount is unknown until asked), and the allergen of the user's it has, if any."""

    uid: str
    name: str
    kcal: float | None
    allergen: str | None = None


@dataclass(frozen=True, slots=True)
class Amount:
    """An answer an amount question offers: "1 tbsp" of the food (or "50 g"), in grams."""

    label: str
    grams: float


@dataclass(frozen=True, slots=True)
class Question:
    """An item the bot must ask about: which food ("food"), or how much ("amount": the
    food is `choices[0]`, `amounts` the answers offered besides typed grams)."""

    position: int
    span: str
    quantity: float
    unit: str | None
    size: str | None
    food: str  # the food words as typed
    kind: Literal["food", "amount"]
    choices: tuple[Choice, ...] = ()
    amounts: tuple[Amount, ...] = ()
    plural: bool = False  # named in the plural without a count ("strawberries")
    counted: bool = False  # with a count typed ("2 weetabix"), not one assumed ("broccoli")

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict (dialog state)."""
        return {
            "position": self.position,
            "span": self.span,
            "quantity": self.quantity,
            "unit": self.unit,
            "size": self.size,
            "food": self.food,
            "kind": self.kind,
            "choices": [[c.uid, c.name, c.kcal, c.allergen] for c in self.choices],
            "amounts": [[a.label, a.grams] for a in self.amounts],
            "plural": self.plural,
            "counted": self.counted,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Question:
        """The question `to_json` wrote."""
        raw_choices = data.get("choices")
        listed = raw_choices if isinstance(raw_choices, list) else []
        choices = tuple(  # [*c, None]: a card saved before allergens were marked has three
            Choice(str(uid), str(name), None if kcal is None else float(kcal), _optional_str(a))
            for uid, name, kcal, a, *_ in ([*c, None] for c in listed)
        )
        raw_amounts = data.get("amounts")
        amounts = tuple(
            Amount(str(label), float(grams))
            for label, grams in (raw_amounts if isinstance(raw_amounts, list) else [])
        )
        kind: Literal["food", "amount"] = "amount" if data.get("kind") == "amount" else "food"
        quantity = data.get("quantity")
        return cls(
            position=int(str(data["position"])),
            span=str(data["span"]),
            quantity=float(quantity) if isinstance(quantity, int | float) else 1.0,
            unit=_optional_str(data.get("unit")),
            size=_optional_str(data.get("size")),
            food=str(data["food"]),
            kind=kind,
            choices=choices,
            amounts=amounts,
            plural=data.get("plural") is True,
            counted=data.get("counted") is True,
        )


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def with_grams(question: Question, food: Food, grams: float) -> Portion:
    """The item as `grams` of `food`; `FoodParseError` if that is more than one sitting."""
    if grams > MAX_GRAMS:
        raise FoodParseError(ParseProblem.TOO_MUCH, question.span)
    grams = round(grams, 2) if math.isfinite(grams) else 0.0
    if not grams > 0:  # "0.0001 g" rounds to nothing: stored, it would be a 0 g item
        raise FoodParseError(ParseProblem.ZERO, question.span)
    return Portion(
        position=question.position,
        span=question.span,
        quantity=question.quantity,
        unit=question.unit,
        size=question.size,
        food_uid=food.uid,
        food_name=food.name,
        grams=grams,
        nutrients=Nutrients.of(food, grams),
    )
