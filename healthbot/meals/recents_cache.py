"""Where each user's recent foods are cached: their namespace, their key, and the
invalidation every write of their entries makes (the read is `RecentFoods.every_meal`)."""

from __future__ import annotations

from typing import Final

from healthbot.cache import Cache, Namespace

RECENTS: Final = Namespace("recent_foods", ttl=3600, negative_ttl=0, per_user=True)
"""Each user's recent foods for every meal (`healthbot.meals.recents`), which /log alone
and the coach's tool read: a value derived from the user's entries. Each write of them
forgets it once committed (`MealRepository.changed`, which calls `forget_recents`: the same
key as the read's, `recents_key`), and every process hears of it (the cache's coherence), so
a new log, an edit, a delete or an undo shows at the next /log. What no write changes: an
entry older than the window (`RECENT_DAYS`) counts until the value is an hour old, and the
meal of the time of day is chosen at each read."""


def recents_key(user_id: int) -> str:
    """The key of the user's recent foods in `RECENTS`, for the read and the invalidation."""
    return str(user_id)


async def forget_recents(cache: Cache, user_id: int) -> None:
    """The user's entries changed (committed): forget their recent foods in `cache`."""
    await cache.invalidate(RECENTS, recents_key(user_id))
