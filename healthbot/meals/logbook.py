"""Meals as things the user logged (`healthbot.logbook`): /undo removes the entry logged
last (with the entries logged together with it: a whole day copied, an entry per meal),
/history lists them by when they were eaten; each opens as its card ("meal:show:<id>",
with Edit, Delete, its meal and its day)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from aiogram import Bot
from aiogram.fsm.context import FSMContext

from healthbot.gamification import GamificationService
from healthbot.localtime import utc_now
from healthbot.logbook import Deleted, Logged, Restored
from healthbot.meals.removals import Removals
from healthbot.meals.repository import EntryRow, MealRepository
from healthbot.meals.shown import Seen
from healthbot.meals.texts import TEXTS
from healthbot.meals.views import in_words
from healthbot.when import Meal

KIND = "meal"
MAX_LABEL = 64
"""Characters of a label that /history shows whole on its button (it cuts past them)."""
Redraw = Callable[[Seen, FSMContext, int], Awaitable[None]]
"""Redraws an entry on the messages of a chat that show it (`healthbot.meals.redraw`)."""
MIN_DESCRIPTION_SHOWN = 24
MAX_GROUP_DESCRIPTION = 48


def label(rows: Sequence[EntryRow], language: str | None) -> str:
    """One line naming the entry, or the entries logged together (plain text): "Tue 10 Mar ·
    Breakfast · 143 kcal · 2 eggs", "Tue 10 Mar · Breakfast + Lunch · 651 kcal · 2 eggs,
    150 g chicken breast"."""
    texts = TEXTS.get(language)
    kcal = sum((Decimal(str(row.kcal)) for row in rows), Decimal(0))
    meals = dict.fromkeys(texts.meals[Meal(row.meal)] for row in rows)
    fields = {
        "day": rows[0].local_date.strftime("%a %d %b"),
        "meal": " + ".join(meals),
        "kcal": f"{kcal.quantize(Decimal(1), rounding=ROUND_HALF_UP):,}",
    }
    # The description in whole words, in what is left of a /history button (at least a few
    # words); entries logged together are named by /undo's reply alone, not on a button.
    room = MAX_LABEL - len(texts.history_button.format(**fields, description=""))
    if len(rows) > 1:
        room = max(room, MAX_GROUP_DESCRIPTION)
    description = ", ".join(row.description for row in rows)
    shown = in_words(description, max(room, MIN_DESCRIPTION_SHOWN))
    return texts.history_button.format(**fields, description=shown)


@dataclass(frozen=True, slots=True)
class MealLogbook:
    """The logbook of meals: one `Logged` per entry (or per entries logged together, as
    /undo takes them). With `gamification`, /undo takes back the XP the entries' log paid
    and Bring it back gives it back (`healthbot.gamification.undone`). With `redraws`,
    what /undo removed or brought back is redrawn on its cards."""

    repository: MealRepository
    removals: Removals
    gamification: GamificationService | None = None
    redraws: Redraw | None = None

    @classmethod
    def of(
        cls,
        repository: MealRepository,
        gamification: GamificationService | None = None,
        clock: Callable[[], datetime] = utc_now,
        redraws: Redraw | None = None,
    ) -> MealLogbook:
        """The logbook on the meal repository's database (`clock`: the app's)."""
        removals = Removals(repository.db, repository.changed, clock)
        return cls(repository, removals, gamification, redraws)

    @property
    def kind(self) -> str:
        """Meals' name in button data."""
        return KIND

    def logged(self, rows: Sequence[EntryRow], language: str | None) -> Logged:
        """The entry (the last of `rows`, logged together) as /undo and /history name it."""
        row = rows[-1]
        return Logged(
            kind=self.kind,
            id=row.id,
            logged_at=row.created_at,
            at=row.eaten_at,
            label=label(rows, language),
            open=f"meal:show:{row.id}",
        )

    async def last(self, user_id: int, language: str | None) -> Logged | None:
        row = await self.repository.last(user_id)
        return None if row is None else self.logged([row], language)

    async def recent(self, user_id: int, language: str | None, limit: int) -> Sequence[Logged]:
        rows = await self.repository.history(user_id, offset=0, limit=limit)
        return [self.logged([row], language) for row in rows]

    async def removed_by(self, user_id: int, key: str, language: str | None) -> Logged | None:
        rows = await self.removals.removed_by(user_id, key)
        if not rows:
            return None
        await self._take_back(user_id, key)  # a retried /undo: if the first died before it
        return self.logged(rows, language)

    async def last_deleted(self, user_id: int) -> Deleted | None:
        return await self.removals.last_deleted(user_id)

    async def restored_by(self, user_id: int, key: str, language: str | None) -> Logged | None:
        rows = await self.removals.restored_by(user_id, key)
        return self.logged(rows, language) if rows else None

    async def remove(
        self, user_id: int, item_id: int, key: str, language: str | None
    ) -> Logged | None:
        rows = await self.removals.remove(user_id, item_id, key)
        if not rows:
            return None
        await self._take_back(user_id, key)
        return self.logged(rows, language)

    async def restore(
        self, user_id: int, item_id: int, language: str | None, key: str | None = None
    ) -> Restored:
        undo = key
        key = await self.removals.removed_under(user_id, item_id)
        rows = await self.removals.restore(user_id, item_id, undo)
        changed = bool(rows)
        if changed and key is not None and self.gamification is not None:
            await self.gamification.give_back(user_id, KIND, key)
        if not rows:  # back already (or never theirs): what is there now
            rows = await self.removals.together(user_id, item_id)
        return Restored(self.logged(rows, language) if rows else None, changed)

    async def redraw(
        self, bot: Bot, state: FSMContext, user_id: int, item_id: int, language: str | None
    ) -> None:
        if self.redraws is None:
            return
        together = await self.removals.together(user_id, item_id)  # removed or back as one
        for entry_id in [row.id for row in together] or [item_id]:
            await self.redraws(Seen(bot, user_id, language), state, entry_id)

    async def _take_back(self, user_id: int, key: str) -> None:
        """The XP of what the undo `key` removed, taken back (once per key)."""
        if self.gamification is not None:
            paid_under = await self.removals.paid_under(user_id, key)
            await self.gamification.take_back(user_id, KIND, paid_under, key)
