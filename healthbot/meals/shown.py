"""The messages that show entries: a /log or an edit's card (once it asks nothing), a
copied day's card, an entry opened from /history or from that card, and the /history page
it was opened from (its buttons name each entry's day and meal). The chat's last few are
kept (in the FSM storage, under a destiny of their own, with no state), so that an entry
moved to another meal or day, deleted or brought back from any card is redrawn on them
too: a newer card never shows a meal where it no longer is."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from aiogram import Bot
from aiogram.fsm.context import FSMContext

DESTINY = "meal_shown"
MAX_SHOWN = 12
SHOW_PREFIX = "meal:show:"
"""The data of a /history button that opens an entry: "meal:show:<id>"."""

Buttons = tuple[tuple[tuple[str, str], ...], ...]
"""An inline keyboard as (label, data) rows."""


@dataclass(frozen=True, slots=True)
class Shown:
    """A message showing `entries`: a copied `day` (its card of every meal), or one entry
    (`with_days`: opened from /history, with the day buttons)."""

    message_id: int
    entries: tuple[int, ...]
    day: date | None = None
    with_days: bool = False
    page: Buttons = ()  # a /history page: its buttons, relabelled when an entry changes


@dataclass(frozen=True, slots=True)
class Seen:
    """Whose chat the messages are in (a private chat: its id is the user's), and the
    language they read."""

    bot: Bot
    user_id: int
    language: str | None


def _store(state: FSMContext) -> FSMContext:
    return FSMContext(storage=state.storage, key=replace(state.key, destiny=DESTINY))


async def remember(state: FSMContext, shown: Shown, *, unless_known: bool = False) -> None:
    """Keep `shown` among the chat's last `MAX_SHOWN` such messages (`unless_known`: not
    in place of a message kept as something else, a copied day's card with its buttons)."""
    store = _store(state)
    found = await _read(store)
    if unless_known and any(item.message_id == shown.message_id for item in found):
        return
    kept = [item for item in found if item.message_id != shown.message_id]
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
        "page": [[list(button) for button in row] for row in shown.page],
    }


def _parsed(raw: object) -> Shown | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("message_id"), int):
        return None
    entries = tuple(e for e in raw.get("entries", []) if isinstance(e, int))
    day = raw.get("day")
    page = tuple(
        tuple((str(b[0]), str(b[1])) for b in row if isinstance(b, list) and len(b) == 2)
        for row in raw.get("page", [])
        if isinstance(row, list)
    )
    return Shown(
        raw["message_id"],
        entries,
        date.fromisoformat(day) if isinstance(day, str) else None,
        bool(raw.get("with_days")),
        page,
    )


def history_page(message_id: int, buttons: Buttons) -> Shown | None:
    """A /history page as kept (the meals its buttons open), or None for another message."""
    opened = tuple(
        int(data.removeprefix(SHOW_PREFIX))
        for row in buttons
        for _, data in row
        if data.startswith(SHOW_PREFIX) and data.removeprefix(SHOW_PREFIX).isdigit()
    )
    return Shown(message_id, opened, page=buttons) if opened else None


def relabelled(page: Buttons, entry_id: int, label: str) -> Buttons:
    """The page's buttons with the entry's labelled anew."""
    data = f"{SHOW_PREFIX}{entry_id}"
    return tuple(tuple((label if d == data else t, d) for t, d in row) for row in page)
