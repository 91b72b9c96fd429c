"""The coach's per-user message limit: a sliding window that forgets a user once it passes."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable


class MessageWindow:
    """At most `limit` messages a user within any `window` seconds, each message counted
    once by its key; only users heard from within the window take memory."""

    def __init__(
        self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        # Each user's counted messages (time, key), oldest first. The users are kept in the
        # order of their last counted message (moved to the end when one is counted, and the
        # clock never goes back), so those whose window has passed are all at the front: each
        # is dropped once, an O(1) amortised cost per message. An OrderedDict, not a dict:
        # a dict walks over the slots its deleted front entries leave until it resizes.
        self._users: OrderedDict[int, deque[tuple[float, str]]] = OrderedDict()

    def __len__(self) -> int:
        """The number of users with a message counted within the window (or just before it)."""
        return len(self._users)

    def admit(self, user_id: int, key: str) -> bool:
        """Count the user's message `key` and say whether it is within the limit; a message
        counted before (a retried update) is admitted without counting it again."""
        now = self.clock()
        self._forget(now)
        recent = self._users.get(user_id)
        if recent is None:
            recent = deque()
        while recent and now - recent[0][0] > self.window:
            recent.popleft()
        if any(counted == key for _, counted in recent):
            return True
        if len(recent) >= self.limit:
            return False
        recent.append((now, key))
        self._users[user_id] = recent
        self._users.move_to_end(user_id)
        return True

    def wait(self, user_id: int) -> float:
        """Seconds until the user's next message would be admitted (0: now)."""
        now = self.clock()
        recent = [at for at, _ in self._users.get(user_id, ()) if now - at <= self.window]
        if len(recent) < self.limit:
            return 0.0
        # The oldest of the last `limit` must leave the window: then one more fits.
        return recent[len(recent) - self.limit] + self.window - now

    def _forget(self, now: float) -> None:
        """Drop the users whose last counted message is older than the window."""
        users = self._users
        while users:
            recent = next(iter(users.values()))
            if recent and now - recent[-1][0] <= self.window:
                return
            users.popitem(last=False)
