"""The messages that show entries besides their own /log card: a copied day's card and an
entry opened from /history or from that card. The chat's last few are kept (in the FSM
storage, under a destiny of their own, with no state), so that an entry moved to another
meal or day, deleted or brought back from any card is redrawn on them too: a newer card
never shows a meal where it no longer is."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from aiogram.fsm.context import FSMContext

DESTINY = "meal_shown"
MAX_SHOWN = 8


@dataclass(frozen=True, slots=True)
class Shown:
    """A message showing `entries`: a copied `day` (its card of every meal), or one entry
    (`with_days`: opened from /history, with the day buttons)."""

    message_id: int
    entries: tuple[int, ...]
    day: date | None = None
    with_days: bool = False


def _store(state: FSMContext) -> FSMContext:
    return FSMContext(storage=state.storage, key=replace(state.key, destiny=DESTINY))


async def remember(state: FSMContext, shown: Shown) -> None:
    """Keep `shown` among the chat's last `MAX_SHOWN` such messages."""
    store = _store(state)
    kept = [item for item in await _read(store) if item.message_id != shown.message_id]
    kept = [*kept, shown][-MAX_SHOWN:]
    await store.set_data({"shown": [_json(item) for item in kept]})


async def showing(state: FSMContext, entry_id: int, besides: int | None) -> list[Shown]:
    """The kept messages that show the entry, but the message `besides` (the one pressed)."""
    found = await _read(_store(state))
    return [s for s in found if entry_id in s.entries and s.message_id != besides]


async def _read(store: FSMContext) -> list[Shown]:
    data = await store.get_data()
    return [item for raw in data.get("shown", []) if (item := _parsed(raw)) is not None]


def _json(shown: Shown) -> dict[str, object]:
    return {
        "message_id": shown.message_id,
        "entries": list(shown.entries),
        "day": None if shown.day is None else shown.day.isoformat(),
        "with_days": shown.with_days,
    }


def _parsed(raw: object) -> Shown | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("message_id"), int):
        return None
    entries = tuple(e for e in raw.get("entries", []) if isinstance(e, int))
    day = raw.get("day")
    return Shown(
        raw["message_id"],
        entries,
        date.fromisoformat(day) if isinstance(day, str) else None,
        bool(raw.get("with_days")),
    )
