"""The journal: /history and /undo over everything a user logged (meals, water, weigh-ins),
through the logbooks the features declare (`healthbot.logbook`); it knows no feature."""

from __future__ import annotations

from healthbot.feature import Feature
from healthbot.journal.router import build_router
from healthbot.journal.texts import TEXTS

FEATURE = Feature(name="journal", router=build_router, texts=TEXTS)

__all__ = ["FEATURE"]
