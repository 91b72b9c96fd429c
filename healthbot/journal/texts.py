"""The journal's texts (HTML parse mode), one object per language."""

from __future__ import annotations

from dataclasses import dataclass

from healthbot.texts import Catalog


@dataclass(frozen=True, slots=True)
class JournalTexts:
    """Replies to /undo and /history, and the menu commands."""

    removed: str
    delete_undone: str
    nothing_to_undo: str
    bring_back: str
    brought_back: str
    already_back: str
    gone: str
    refused: str
    history_header: str
    history_empty: str
    older: str
    commands: tuple[tuple[str, str], ...]


_TRY = "Log a meal with /log 2 eggs, water with /water 500 ml or your weight with /weight 72.5."

EN = JournalTexts(
    removed="↩️ Removed: {label}",
    delete_undone="↩️ Brought back what you deleted: {label}",
    nothing_to_undo="Nothing to undo: you have nothing logged. " + _TRY,
    bring_back="↩️ Bring it back",
    brought_back="✅ Brought back: {label}",
    already_back="It's back already.",
    gone="That's gone: there is nothing to bring back.",
    refused="This button doesn't work.",
    history_header="🗒 What you logged, latest first. Tap one to edit or delete it.",
    history_empty="Nothing logged yet. " + _TRY,
    older="Older ›",
    commands=(
        ("history", "what you logged (meals, water, weight), to edit or delete"),
        ("undo", "take back the last thing you logged"),
    ),
)

TEXTS = Catalog({"en": EN})
