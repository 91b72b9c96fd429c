"""The model's pick among the food table's candidates, for the items log_food cannot place.

Each such item is offered to the model, numbered, with the table's candidates for it and
their household measures; `pick_food` takes one of those candidates and an amount (a count of
one of its measures, or grams, or the amount typed) and stores it by the table, in the entry
of the rest of the sentence. The energy is always the table's: the model names a food and an
amount among those offered, never a number of calories, and anything else is refused.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from healthbot.coach.inputs import JsonDict, ToolError, read_number
from healthbot.food.parser import MAX_GRAMS
from healthbot.meals.answers import Portion, Question
from healthbot.meals.service import Entry, MealService, Understood

MAX_MEASURES = 8  # of a candidate's household measures offered to the model
MAX_COUNT = 100  # of one measure in a pick

PICK_NOTE = (
    "these items are not logged: for each, call pick_food with the candidate that is what the "
    "user ate and how much (a count of one of its measures, or grams), or with none_fit; "
    "the items you do not pick are asked of the user with buttons after your answer. Never "
    "give calories of your own: pick_food returns the table's."
)
"""Sent with the items offered, for the model."""


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
class Picks:
    """One answer's items that log_food could not place, as offered to the model, and the
    model's picks of them, stored for `user_id`."""

    user_id: int
    meals: MealService
    _logged: list[_Logged] = field(default_factory=list, init=False, repr=False)
    _offers: list[_Offer] = field(default_factory=list, init=False, repr=False)
    """The items offered to the model so far: item n is `_offers[n - 1]`."""

    @property
    def questions(self) -> list[tuple[Understood, int | None]]:
        """What to ask the user after the answer: each log_food's items that no pick placed,
        with the entry their answers go to (None: a new one)."""
        return [(done.understood, done.entry_id) for done in self._logged
                if done.understood.questions]  # fmt: skip

    async def offer(self, understood: Understood, entry_id: int | None) -> list[JsonDict]:
        """The items of a log_food call that it could not place (`understood`'s questions;
        the rest stored in `entry_id`, if any), numbered, with the table's candidates."""
        logged = _Logged(understood, entry_id)
        self._logged.append(logged)
        return [await self._offer(logged, q) for q in understood.questions]

    async def _offer(self, logged: _Logged, question: Question) -> JsonDict:
        """An item log_food could not place, numbered, with the table's candidates for it."""
        catalog = self.meals.catalog
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
            if choice.allergen:  # the user named it: the model must not pick this blindly
                candidate["has_allergen_of_the_user"] = choice.allergen
            candidates.append(candidate)
        self._offers.append(_Offer(logged, question, measures))
        return {"item": len(self._offers), "typed": question.span, "candidates": candidates}

    async def pick(self, args: JsonDict, key: str) -> tuple[Portion, Entry] | None:
        """Store the pick a pick_food input names, by the table, in its item's entry (`key`
        the write's idempotency key if it starts one): the portion and the entry as it is
        now; None when none fit (the item stays a question for the user)."""
        number = args.get("item")
        if type(number) is not int or not 1 <= number <= len(self._offers):
            raise ToolError("item must be the number of an item log_food could not place")
        offer = self._offers[number - 1]
        logged = offer.logged
        if offer.question not in logged.understood.questions:
            raise ToolError(f"item {number} is already logged")
        if args.get("none_fit") is True:
            return None
        uid = args.get("uid")
        if not isinstance(uid, str) or uid not in offer.measures:
            offered = ", ".join(offer.measures) or "none (the user is asked)"
            raise ToolError(
                f"uid {uid!r} is not a candidate offered for item {number}; the candidates: "
                f"{offered}. Pick one of them, or none_fit"
            )
        portion = await self._portion(offer, uid, _picked_grams(args, offer.measures[uid]))
        if logged.entry_id is None:
            entry: Entry | None = await self.meals.log(
                self.user_id, [portion], meal=logged.understood.meal,
                description=logged.understood.text, key=key,
                days_ago=logged.understood.days_ago,
            )  # fmt: skip
        else:
            entry = await self.meals.add(self.user_id, logged.entry_id, portion)
        if entry is None:
            raise ToolError("the entry was deleted meanwhile; nothing was logged")
        logged.entry_id = entry.id
        open_ = tuple(q for q in logged.understood.questions if q != offer.question)
        logged.understood = replace(logged.understood, questions=open_)
        return portion, entry

    async def _portion(self, offer: _Offer, uid: str, grams: float | None) -> Portion:
        """The offered item as `grams` of food `uid` (None: the amount typed), by the table."""
        question = offer.question
        if grams is None:
            found = await self.meals.choose(question, uid)
        else:
            chosen = tuple(c for c in question.choices if c.uid == uid)
            found = await self.meals.weigh(replace(question, choices=chosen), grams)
        if not isinstance(found, Portion):
            raise ToolError("say how much: a count of one of the candidate's measures, or grams")
        return found


def _picked_grams(args: JsonDict, measures: Mapping[str, float]) -> float | None:
    """The grams a pick names: a count of one of the candidate's measures, or grams (None:
    neither, the amount typed)."""
    measure = args.get("measure")
    if "grams" in args:
        if measure is not None:
            raise ToolError("give a measure (and a count) or grams, not both")
        return read_number(args, "grams", 0, MAX_GRAMS)
    if measure is None:
        if "count" in args:
            raise ToolError("a count needs a measure: one of the candidate's measures")
        return None
    grams = measures.get(_measure_key(str(measure)))
    if grams is None:
        raise ToolError(f"{measure!r} is not one of the measures offered for that candidate")
    return grams * (read_number(args, "count", 0, MAX_COUNT) if "count" in args else 1.0)


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
