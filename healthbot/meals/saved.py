"""Saved meals: a user's meals kept under a name (/save, a card's Save), as stored.

A saved meal keeps its items as they were logged, so that logging it again (/log <name>)
needs no food search and gives the same energy. Names are checked here (`check_name`)
before anything is stored; they are unique per user whatever their case. Every statement
has `user_id = %(user_id)s` in its WHERE: an id from a button is never trusted alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from psycopg.errors import UniqueViolation
from psycopg.types.json import Jsonb

from healthbot.cache import Cache, JsonCodec, Namespace, cached
from healthbot.db import Database
from healthbot.meals.answers import Portion
from healthbot.meals.portions import Nutrients
from healthbot.meals.products import is_product
from healthbot.meals.recents import dish_words
from healthbot.meals.repository import ItemRow

MAX_NAME: Final = 40
"""Characters of a saved meal's name."""
MAX_SAVED: Final = 25
"""Saved meals per user: /meals lists them all with their buttons (Telegram's 100)."""
SAVED: Final = Namespace("saved_meals", ttl=3600, negative_ttl=0, per_user=True)
"""Each user's saved meals: every /log of a few words is checked against their names, and
/log <name> logs one; this keeps both off the database (`SavedMeals.saved`; every write
invalidates it, save an add, which stores the new list over it).

An hour, as the other per-user namespaces. It was cut to 5 minutes while an invalidation
reached only this process's tier and Redis, and another daemon's in-process tier (`--role
worker`) served a renamed or deleted meal until its entry expired. Now every process hears
the others' invalidations (`healthbot.cache.coherence`: one Redis hop after the write, and
a process that cannot hear serves no local value older than 2 s), so a write is seen
everywhere at once and the TTL no longer bounds staleness; a short one would only send a
/log back to the database more often. Every write to saved_meals goes through
`SavedMeals`, which invalidates (or, for an add, stores the list) after it commits
(tests/meals/test_saved_cache.py), save a user's erasure: its cascade leaves their entry to
expire, as it leaves the other namespaces keyed by user."""
_NAME = re.compile(r"^[\w][\w '’&.,+()\-]*$")
"""Letters of any script, digits, spaces and a little punctuation: a name reads as typed in
/log, a button and /meals, and starts with no "/" (a command) or other sign."""


class NameProblem(StrEnum):
    """Why a name cannot be a saved meal's."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    ODD = "odd"


def check_name(text: str) -> str | NameProblem:
    """The name as it is kept (spaces collapsed, normalised), or what is wrong with it."""
    name = unicodedata.normalize("NFC", " ".join(text.split()))
    if not name:
        return NameProblem.EMPTY
    if len(name) > MAX_NAME:
        return NameProblem.TOO_LONG
    if _NAME.match(name) is None:
        return NameProblem.ODD
    return name


def name_key(text: str) -> str:
    """What names are compared by: /log <name> finds "Usual Breakfast" as "usual breakfast"."""
    return unicodedata.normalize("NFC", " ".join(text.split())).lower()


@dataclass(frozen=True, slots=True)
class SavedMeal:
    """One saved meal: its name, its items as stored, and its energy."""

    id: int
    name: str
    items: list[dict[str, Any]]
    kcal: Decimal

    def portions(self) -> list[Portion]:
        """The items as portions to log again, in their order."""
        return [_portion(position, item) for position, item in enumerate(self.items)]

    def foods(self) -> list[str]:
        """What the meal is in the user's own words, as /meals lists it: each item as typed
        (a dish's parts once: "a grande latte"), a product scanned by its name (its typed
        words are the barcode's digits). The food table's names read badly in a row ("Egg,
        whole, raw, fresh, Bread, white, ...": their commas run into each other's)."""
        said: dict[str, None] = {}
        for item in self.items:
            typed, name = str(item.get("typed") or ""), str(item.get("food_name") or "")
            uid = item.get("usda_id")
            words = name if is_product(uid if isinstance(uid, str) else None) else typed
            said.setdefault(dish_words(words) or name, None)
        return [words for words in said if words]


def items_json(items: Sequence[ItemRow]) -> list[dict[str, Any]]:
    """An entry's items as a saved meal keeps them."""
    return [
        {
            "typed": item.typed,
            "food_name": item.food_name,
            "usda_id": item.usda_id,
            "quantity": None if item.quantity is None else float(item.quantity),
            "unit": item.unit,
            "size": item.size,
            "grams": float(item.grams or 0),
            "kcal": float(item.kcal),
            "protein_g": float(item.protein_g),
            "carbs_g": float(item.carbs_g),
            "fat_g": float(item.fat_g),
            "fiber_g": float(item.fiber_g),
        }
        for item in sorted(items, key=lambda i: i.position)
    ]


def portion_of(item: ItemRow, position: int) -> Portion:
    """A stored item as a portion to log again at `position` (copies, recent foods)."""
    return _portion(position, items_json([item])[0])


def _portion(position: int, item: dict[str, Any]) -> Portion:
    def number(key: str) -> float:
        value = item.get(key)
        return float(value) if isinstance(value, int | float) else 0.0

    return Portion(
        position=position,
        span=str(item.get("typed") or ""),
        quantity=number("quantity"),  # 0: none was stored, and none is stored again
        unit=item.get("unit") if isinstance(item.get("unit"), str) else None,
        size=item.get("size") if isinstance(item.get("size"), str) else None,
        food_uid=str(item.get("usda_id") or ""),  # "": a quick add
        food_name=str(item.get("food_name") or ""),
        grams=number("grams"),
        nutrients=Nutrients(
            kcal=number("kcal"),
            protein_g=number("protein_g"),
            carbs_g=number("carbs_g"),
            fat_g=number("fat_g"),
            fiber_g=number("fiber_g"),
        ),
    )


@dataclass(frozen=True, slots=True)
class SavedList:
    """A user's saved meals by name (what is cached)."""

    meals: tuple[SavedMeal, ...]

    def named(self, name: str) -> SavedMeal | None:
        """The saved meal of this name, whatever its case."""
        key = name_key(name)
        return next((meal for meal in self.meals if name_key(meal.name) == key), None)

    def get(self, saved_id: int) -> SavedMeal | None:
        """The saved meal with this id."""
        return next((meal for meal in self.meals if meal.id == saved_id), None)


class NameTaken(Exception):
    """The user has a saved meal of that name already (whatever its case)."""

    def __init__(self, taken: SavedMeal) -> None:
        super().__init__(taken.name)
        self.taken = taken


_COLUMNS: Final = "SELECT id, name, items, kcal FROM saved_meals"
SAVED_LIST: Final = _COLUMNS + " WHERE user_id = %(user_id)s ORDER BY lower(name), id"
"""A user's saved meals (on saved_meals_user_name_key: its order, too)."""
_ADD: Final = (
    # The new meal, and the user's saved meals with it in SAVED_LIST's order, what the
    # cache keeps (the statement's snapshot does not hold the row it inserts: added apart).
    "WITH added AS (INSERT INTO saved_meals (user_id, name, items, kcal)"
    " VALUES (%(user_id)s, %(name)s, %(items)s, %(kcal)s) RETURNING id, name, items, kcal)"
    " SELECT id, name, items, kcal, added FROM ("
    " SELECT id, name, items, kcal, true AS added FROM added UNION ALL"
    " SELECT id, name, items, kcal, false FROM saved_meals WHERE user_id = %(user_id)s"
    ") AS s ORDER BY lower(name), id"
)
_LIST_CODEC: Final = JsonCodec(SavedList)


@dataclass(frozen=True, slots=True)
class _ListedRow:
    """A row of `_ADD`: a saved meal of the user's, and whether it is the one added."""

    id: int
    name: str
    items: list[dict[str, Any]]
    kcal: Decimal
    added: bool


class SavedMeals:
    """Reads and writes `saved_meals`."""

    def __init__(self, db: Database, cache: Cache) -> None:
        self.db = db
        self.cache = cache

    @cached(SAVED, key=str, codec=_LIST_CODEC)
    async def saved(self, user_id: int) -> SavedList:
        """The user's saved meals by name (cached: read by every /log of a few words)."""
        rows = await self.db.fetch_all(
            "meals.saved_list",
            SAVED_LIST,
            {"user_id": user_id},
            SavedMeal,
        )
        return SavedList(tuple(rows))

    async def named(self, user_id: int, name: str) -> SavedMeal | None:
        """The user's saved meal of this name, whatever its case."""
        return (await self.saved(user_id)).named(name)

    async def get(self, user_id: int, saved_id: int) -> SavedMeal | None:
        """The user's saved meal with this id; None if there is none of theirs."""
        return (await self.saved(user_id)).get(saved_id)

    async def of_user(self, user_id: int) -> list[SavedMeal]:
        """The user's saved meals by name."""
        return list((await self.saved(user_id)).meals)

    async def count(self, user_id: int) -> int:
        """How many meals the user has saved."""
        return len((await self.saved(user_id)).meals)

    async def add(self, user_id: int, name: str, items: Sequence[ItemRow]) -> SavedMeal:
        """Save the items under a new name; `NameTaken` if the user has that name.

        The user's saved meals are read in the same statement and stored in the cache over
        what it held (write-through): the /log <name> that follows a /save, the usual
        next step, finds them there instead of reading them on its reply's path."""
        try:
            rows = await self.db.fetch_all(
                "meals.saved_add", _ADD, {"user_id": user_id, "name": name, **_contents(items)},
                _ListedRow,
            )  # fmt: skip
        except UniqueViolation:
            taken = await self._taken(user_id, name)
            if taken is None:  # deleted in between: the name is free again
                return await self.add(user_id, name, items)
            raise NameTaken(taken) from None
        meals = tuple(SavedMeal(row.id, row.name, row.items, row.kcal) for row in rows)
        await self.cache.put(SAVED, self.saved.key(user_id), _LIST_CODEC, SavedList(meals))
        # An INSERT ... RETURNING returns its row.
        return next(meal for meal, row in zip(meals, rows, strict=True) if row.added)

    async def replace(
        self, user_id: int, saved_id: int, items: Sequence[ItemRow]
    ) -> SavedMeal | None:
        """Make these the saved meal's items; None if it is not the user's."""
        replaced = await self.db.fetch_one(
            "meals.saved_replace",
            "UPDATE saved_meals SET items = %(items)s, kcal = %(kcal)s, updated_at = now()"
            " WHERE user_id = %(user_id)s AND id = %(id)s RETURNING id, name, items, kcal",
            {"user_id": user_id, "id": saved_id, **_contents(items)},
            SavedMeal,
        )
        await self.saved.invalidate(user_id)
        return replaced

    async def rename(self, user_id: int, saved_id: int, name: str) -> SavedMeal | None:
        """Give the saved meal a new name; None if it is not the user's, `NameTaken` if
        another of theirs has that name."""
        try:
            renamed = await self.db.fetch_one(
                "meals.saved_rename",
                "UPDATE saved_meals SET name = %(name)s, updated_at = now()"
                " WHERE user_id = %(user_id)s AND id = %(id)s RETURNING id, name, items, kcal",
                {"user_id": user_id, "id": saved_id, "name": name},
                SavedMeal,
            )
        except UniqueViolation:
            taken = await self._taken(user_id, name)
            if taken is None:
                return await self.rename(user_id, saved_id, name)
            raise NameTaken(taken) from None
        await self.saved.invalidate(user_id)
        return renamed

    async def delete(self, user_id: int, saved_id: int) -> SavedMeal | None:
        """Delete the user's saved meal; what was deleted, None if there was none of theirs."""
        deleted = await self.db.fetch_one(
            "meals.saved_delete",
            "DELETE FROM saved_meals WHERE user_id = %(user_id)s AND id = %(id)s"
            " RETURNING id, name, items, kcal",
            {"user_id": user_id, "id": saved_id},
            SavedMeal,
        )
        await self.saved.invalidate(user_id)
        return deleted

    async def _taken(self, user_id: int, name: str) -> SavedMeal | None:
        """The user's saved meal that holds this name in the database's eyes (its unique
        index compares lower(name))."""
        return await self.db.fetch_one(
            "meals.saved_taken",
            _COLUMNS + " WHERE user_id = %(user_id)s AND lower(name) = lower(%(name)s)",
            {"user_id": user_id, "name": name},
            SavedMeal,
        )


def _contents(items: Sequence[ItemRow]) -> dict[str, object]:
    return {"items": Jsonb(items_json(items)), "kcal": sum((i.kcal for i in items), Decimal(0))}
