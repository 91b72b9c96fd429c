"""The daemon's heap and the garbage collector: what start-up loaded is set aside, so that a
full collection walks only what came since.

A full (generation 2) collection walks every tracked object, and the event loop stands still
while it does. In the daemon that is the imported libraries, the food search's index and
the embedding model's wrappers: measured under load (100 users thinking 5-15 s, the food
mix), 9 full collections in 75 s took 88-489 ms each, and every update in flight waited them
out, which made most of /log's P95. `settle` collects once, then freezes what is left
(`gc.freeze`): a frozen object is still freed when its last reference goes, but the
collector never walks it again.

While such a load runs (`loading`), no full collection starts by itself: the first seconds
after a start built the food search and the embedding model while 9 of them (60-590 ms each,
2.3 s in all over 30 s of load) walked what the loads had built so far, and the replies
waited; the one `settle` at the end of each load does that work once.

Only the daemon's own process does this (`enable`, from `healthbot run`). A process that
opens many daemons in turn, as the tests do, must not: an object frozen while alive that
later dies in a reference cycle is never collected.

`enable` also keeps glibc's malloc giving large blocks back: it serves blocks of 128 KB and
more with mmap and returns them when freed, but after freeing one it raises that threshold
to the block's size (up to 32 MB), and blocks under it then come from the heap, which keeps
freed pages. The embedding model allocates and frees its buffers at every call (its own
arena is off): a batch of long texts left 40-80 MB behind that way. And it keeps malloc to
two arenas: each thread that allocates (the default executor's, the batcher's, the model's) would
otherwise get one of its own, up to 8 per core, each keeping its own freed pages.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import time
from collections.abc import Iterator

log = logging.getLogger(__name__)

_enabled = False
_loads = 0  # loads under way (`loading`)
_NO_FULL_COLLECTIONS = 1 << 30  # gen1 collections between full ones: never, in practice
_full_threshold: list[int] = []  # the usual one, while loads hold full collections off
_M_MMAP_THRESHOLD = -3  # glibc's malloc.h; setting it also stops the threshold moving
_MMAP_THRESHOLD = 128 * 1024  # glibc's default
_M_ARENA_MAX = -8  # glibc's malloc.h
_ARENA_MAX = 2  # the loop's and one for every other thread (the GIL serializes them anyway)


def enable() -> None:
    """Let `settle` work in this process (the daemon's)."""
    global _enabled  # noqa: PLW0603 - one switch for the whole process
    _enabled = True
    try:
        libc = ctypes.CDLL(None)
        libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)
        libc.mallopt(_M_ARENA_MAX, _ARENA_MAX)
    except (OSError, AttributeError):  # not glibc: its malloc has its own ways
        log.debug("no mallopt: the malloc's mmap threshold is left as it is")


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


@contextlib.contextmanager
def loading(what: str) -> Iterator[None]:
    """Around a large, long-lived load: no full collection starts by itself until every load
    under way has ended; then, if this one worked, `settle` (a no-op unless enabled)."""
    global _loads  # noqa: PLW0603 - one count for the whole process
    if not _enabled:
        yield
        return
    _loads += 1
    young, middle, full = gc.get_threshold()
    if _loads == 1:
        _full_threshold[:] = [full]
        gc.set_threshold(young, middle, _NO_FULL_COLLECTIONS)
    try:
        yield
    finally:
        _loads -= 1
        if _loads == 0 and _full_threshold:
            young, middle, _ = gc.get_threshold()
            gc.set_threshold(young, middle, _full_threshold.pop())
    settle(what)
