"""What reading a /log text made of it before: bounded LRUs of whole texts understood
(`MealService.understand`) and of items resolved to a food (`FoodCatalog.resolve`).

Reading a text is a pure function of the text, whether a pint is the imperial one where its
writer lives, and the food table, which changes only at start: the parser's rules and names
are code. People log the same few things again and again ("2 eggs", "a coffee"), so a repeat
costs a dict lookup instead of the parse and the searches (~1.2 ms of CPU for loadgen's
phrases, bench/bench_understand.py), and a new text made of known items ("2 eggs and a
coffee") skips their searches. What is kept is shared by every caller: an `Understood`, a
`Portion` and a `Question` are frozen, tuples all the way down.

A reading that asked FoodData Central (over the network, or skipped while it is paused) may
come out otherwise next time and is not kept (`ItemsRead.asked_outside`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import replace
from typing import Final, Generic, TypeVar

from healthbot.food.parser import ParsedItem
from healthbot.meals.answers import Portion, Question

READINGS: Final = 4096
"""Texts, or items, kept (each a few hundred bytes with its portions and questions)."""

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class ReadBefore(Generic[K, V]):
    """The readings of the last `size` distinct keys, the least recently read dropped first."""

    def __init__(self, size: int = READINGS) -> None:
        self.size = size
        self._kept: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        """The reading kept for `key`, if any."""
        found = self._kept.get(key)
        if found is not None:
            self._kept.move_to_end(key)
        return found

    def keep(self, key: K, reading: V) -> None:
        """Keep a reading, dropping the least recently read past `size`."""
        if self.size <= 0:
            return
        self._kept[key] = reading
        self._kept.move_to_end(key)
        if len(self._kept) > self.size:
            self._kept.popitem(last=False)

    def __len__(self) -> int:
        return len(self._kept)


Resolved = Portion | Question


class ItemsRead:
    """`FoodCatalog.resolve`'s readings of the items it resolved before, and how often it
    turned to FoodData Central (whatever read meanwhile is not kept)."""

    def __init__(self, size: int = READINGS) -> None:
        # 2 and 2.0 are equal keys but not shown alike: the quantity's type is in the key
        self.kept: ReadBefore[tuple[ParsedItem, type], Resolved] = ReadBefore(size)
        self.asked_outside = 0

    def turn_outside(self, asked: bool) -> None:
        """Count a turn to FoodData Central (asked, or skipped while it is paused)."""
        self.asked_outside += asked

    async def resolve(
        self,
        position: int,
        item: ParsedItem,
        resolve: Callable[[int, ParsedItem], Awaitable[Resolved]],
    ) -> Resolved:
        """The item as `resolve` reads it at `position`: kept from before, in its new place."""
        key = (item, type(item.quantity))
        if (known := self.kept.get(key)) is not None:
            return replace(known, position=position)
        asked = self.asked_outside
        found = await resolve(position, item)
        if self.asked_outside == asked:  # FoodData Central may answer otherwise later
            self.kept.keep(key, found)
        return found
