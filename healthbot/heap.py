"""The daemon's heap and the garbage collector: what start-up loaded is set aside, so that a
full collection walks only what came since.

A full (generation 2) collection walks every tracked object, and the event loop stands still
while it does. In the daemon that is the imported libraries, the food search's index and
the embedding model's wrappers: measured under load (100 users thinking 5-15 s, the food
mix), 9 full collections in 75 s took 88-489 ms each, and every update in flight waited them
out, which made most of /log's P95. `settle` collects once, then freezes what is left
(`gc.freeze`): a frozen object is still freed when its last reference goes, but the
collector never walks it again.

Only the daemon's own process does this (`enable`, from `healthbot run`). A process that
opens many daemons in turn, as the tests do, must not: an object frozen while alive that
later dies in a reference cycle is never collected.
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)

_enabled = False


def enable() -> None:
    """Let `settle` work in this process (the daemon's)."""
    global _enabled  # noqa: PLW0603 - one switch for the whole process
    _enabled = True


def settle(after: str) -> None:
    """Collect, then set every object alive now aside (a no-op unless enabled). Called when
    a large, long-lived load is done: start, the food search, the embedding model."""
    if not _enabled:
        return
    start = time.perf_counter()
    gc.collect()
    gc.freeze()
    log.info(
        "heap settled after %s: %d objects set aside from collection (%.0f ms)",
        after, gc.get_freeze_count(), (time.perf_counter() - start) * 1000,
    )  # fmt: skip
