"""An entry written in another entry's transaction and round trip: the other meals of a
copied day, stored with the first meal's write (`MealService.log`) as what it joins to it
(a `healthbot.db.Joined`, as the XP the copy pays), so that a day of three meals is one
round trip and one commit, not three.

Each is the same statement as a /log's (`entry_sql.CREATE`), under a key of its own: on a
retry it stores nothing and reads nothing (`entry` is None), and the caller logs that meal
through `MealService.log`, which finds the entry stored under the key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from psycopg import AsyncCursor
from psycopg.rows import class_row

from healthbot.db.pool import Connection
from healthbot.meals.answers import Portion
from healthbot.meals.entry_sql import CREATE, create_params, item_row
from healthbot.meals.records import Entry
from healthbot.meals.rows import CreatedRow


class JoinedEntry:
    """One entry of `portions` to store under `key`, eaten `at` on the user's `day` and
    logged at `logged`, sent in another write's pipeline (`queue`) and read once it is
    synced (`finish`)."""

    def __init__(
        self, user_id: int, portions: Sequence[Portion], *, meal: str, description: str,
        at: datetime, day: date, key: str, logged: datetime,
    ) -> None:  # fmt: skip
        self.portions = sorted(portions, key=lambda portion: portion.position)
        self.params = create_params(user_id, self.portions, meal=meal, description=description,
                                    at=at, day=day, key=key, logged=logged)  # fmt: skip
        self._cursor: AsyncCursor[CreatedRow] | None = None
        self._created: CreatedRow | None = None

    async def queue(self, conn: Connection) -> None:
        """Send the entry's statement; fetch nothing (a fetch would be a round trip)."""
        self._cursor = conn.cursor(row_factory=class_row(CreatedRow))
        await self._cursor.execute(CREATE, self.params)

    async def finish(self) -> None:
        """Read what was stored (the pipeline synced): the new entry, or none on a retry."""
        assert self._cursor is not None, "queue first"
        self._created = await self._cursor.fetchone()

    @property
    def entry(self) -> Entry | None:
        """The entry as stored, its items the portions; None if the key was taken before (a
        retry: the entry is as the first try left it) or it is not written yet."""
        if self._created is None:
            return None
        return Entry(self._created, tuple(item_row(portion) for portion in self.portions))
