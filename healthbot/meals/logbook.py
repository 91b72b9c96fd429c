"""Meals as things the user logged (`healthbot.logbook`): /undo removes the entry logged
last, /history lists them by when they were eaten; each opens as its card ("meal:show:<id>",
with Edit, Delete, its meal and its day)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from healthbot.logbook import Logged, Restored
from healthbot.meals.portions import Meal
from healthbot.meals.repository import EntryRow, MealRepository
from healthbot.meals.texts import TEXTS

KIND = "meal"
MAX_DESCRIPTION_SHOWN = 40


def label(row: EntryRow, language: str | None) -> str:
    """One line naming the entry (plain text): "Tue 10 Mar · Breakfast · 143 kcal · 2 eggs"."""
    texts = TEXTS.get(language)
    kcal = Decimal(str(row.kcal)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return texts.history_button.format(
        day=row.local_date.strftime("%a %d %b"),
        meal=texts.meals[Meal(row.meal)],
        kcal=f"{kcal:,}",
        description=row.description[:MAX_DESCRIPTION_SHOWN],
    )


@dataclass(frozen=True, slots=True)
class MealLogbook:
    """The logbook of meals: one `Logged` per entry."""

    repository: MealRepository
    kind: str = KIND

    def logged(self, row: EntryRow, language: str | None) -> Logged:
        """The entry as /undo and /history name it."""
        return Logged(
            kind=self.kind,
            id=row.id,
            logged_at=row.created_at,
            at=row.eaten_at,
            label=label(row, language),
            open=f"meal:show:{row.id}",
        )

    async def last(self, user_id: int, language: str | None) -> Logged | None:
        row = await self.repository.last(user_id)
        return None if row is None else self.logged(row, language)

    async def recent(self, user_id: int, language: str | None, limit: int) -> Sequence[Logged]:
        rows = await self.repository.history(user_id, offset=0, limit=limit)
        return [self.logged(row, language) for row in rows]

    async def removed_by(self, user_id: int, key: str, language: str | None) -> Logged | None:
        row = await self.repository.removed_by(user_id, key)
        return None if row is None else self.logged(row, language)

    async def remove(
        self, user_id: int, item_id: int, key: str, language: str | None
    ) -> Logged | None:
        row = await self.repository.remove(user_id, item_id, key)
        return None if row is None else self.logged(row, language)

    async def restore(self, user_id: int, item_id: int, language: str | None) -> Restored:
        changed = await self.repository.restore(user_id, item_id)
        row = await self.repository.entry(user_id, item_id)
        return Restored(None if row is None else self.logged(row, language), changed)
