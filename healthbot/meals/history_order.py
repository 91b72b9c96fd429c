"""A /history page redrawn in order after one of its entries moved to another day or meal:
the page's things again, from the same place in the user's list (which the page's "Older"
button says, or, without one, the list's end), each labelled as it is now.

The page's own buttons cannot say the order (a meal's label names its day, not its time),
so the list is read again from every feature's logbook (`healthbot.logbook.Logbooks`)."""

from __future__ import annotations

import re
from typing import Final

from healthbot.logbook import Logbooks
from healthbot.meals.shown import Buttons

MAX_READ: Final = 400
"""Things read to find the end of a user's list for its last page; a page past them keeps
its order and only its labels change."""
MAX_LABEL: Final = 64
"""Characters of a /history button's label, as /history cuts them."""
_OLDER: Final = re.compile(r"^hist:(\d{1,4})$")


async def reordered(
    page: Buttons, user_id: int, language: str | None, logbooks: Logbooks
) -> Buttons | None:
    """The page's buttons in order after a move, each labelled anew; None when where the
    page starts cannot be told (a page further back than `MAX_READ`)."""
    items = [row for row in page if not any(_OLDER.match(data) for _, data in row)]
    older = [row for row in page if row not in items]
    after = next((int(m[1]) for row in older for _, d in row if (m := _OLDER.match(d))), None)
    if after is not None:  # a full page: the next one starts after it
        offset = max(0, after - len(items))
        found = await logbooks.page(user_id, language, offset, len(items))
    else:  # the list's last page
        everything = await logbooks.page(user_id, language, 0, MAX_READ)
        if len(everything) >= MAX_READ:
            return None
        offset = max(0, len(everything) - len(items))
        found = everything[offset:]
    rows = tuple(((logged.label[:MAX_LABEL], logged.open),) for logged in found)
    return (*rows, *older)
