"""The fake Telegram's getUpdates: the queue of updates and the long poll."""

from __future__ import annotations

import asyncio
from collections import deque
from itertools import islice
from typing import Final

from healthbot.offline.telegram.objects import MAX_UPDATES_PER_CALL
from healthbot.offline.telegram.params import ApiError, Params, RawJson
from healthbot.offline.telegram.state import TelegramState

_CONFLICT_DESCRIPTION: Final = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)

_WEBHOOK_ACTIVE: Final = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


class UpdatesApi(TelegramState):
    """getUpdates, and the updates not yet confirmed."""

    @property
    def pending_updates(self) -> int:
        """The number of updates not yet confirmed by the bot."""
        return len(self._updates)

    async def _get_updates(self, params: Params) -> RawJson:
        if self.webhook_url is not None:
            raise ApiError(409, _WEBHOOK_ACTIVE)
        offset = params.opt_int("offset")
        limit = min(max(params.opt_int("limit") or MAX_UPDATES_PER_CALL, 1), MAX_UPDATES_PER_CALL)
        timeout = max(params.opt_int("timeout") or 0, 0)
        self.poll_timeouts.append(timeout)
        allowed = params.opt_json("allowed_updates")
        if isinstance(allowed, list):
            self._set_allowed_updates(frozenset(str(kind) for kind in allowed) or None)
        if offset is not None:
            self._confirm(offset)
        # Telegram keeps one getUpdates per bot: the newer request terminates the older one.
        if self._poll_waiter is not None and not self._poll_waiter.done():
            self._poll_waiter.set_result(True)
        if self._updates or timeout == 0:
            return self._take(limit)
        waiter: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._poll_waiter = waiter
        try:
            async with asyncio.timeout(timeout):
                conflict = await waiter
        except TimeoutError:
            conflict = False
        finally:
            if self._poll_waiter is waiter:
                self._poll_waiter = None
        if conflict:
            raise ApiError(409, _CONFLICT_DESCRIPTION)
        return self._take(limit)

    def _set_allowed_updates(self, allowed: frozenset[str] | None) -> None:
        if allowed == self._allowed_updates:
            return
        self._allowed_updates = allowed
        # Rare (a bot changes its mind); dropping now keeps the hot path free of filtering.
        self._updates = deque(update for update in self._updates if self._is_allowed(update.kind))

    def _confirm(self, offset: int) -> None:
        updates = self._updates
        if offset < 0:  # -N: keep only the last N updates
            while len(updates) > -offset:
                updates.popleft()
            return
        while updates and updates[0].update_id < offset:
            updates.popleft()

    def _take(self, limit: int) -> RawJson:
        payloads = [update.payload for update in islice(self._updates, limit)]
        return RawJson(f"[{','.join(payloads)}]")
