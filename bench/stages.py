"""Where one update's latency goes: `healthbot run` with its pipeline timed stage by stage.

Run as the daemon (`python bench/stages.py run`, environment as for `healthbot run`, plus
HB_STAGES_OUT=<file>): it wraps the intake's steps (fetch, store, claim, load, handle, send)
and writes, at the end of the run, each update's timestamps (CLOCK_MONOTONIC, the clock the
fake Telegram stamps its messages with) and the event loop's stalls as JSON. The benchmark
(`bench_shortcuts.py --stages`) joins them with the fake's own times (arrival, getUpdates
answered, sendMessage accepted) and prints the break-down. Nothing here is the product's:
the wrappers time the real code, unchanged.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import gc
import json
import os
import sys
import threading
import time
import traceback
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Per update id: stage name -> monotonic time (the first time it is reached).
TIMES: dict[int, dict[str, float]] = defaultdict(dict)
# Per update id: time spent in named database blocks and Redis calls while it was handled.
SPENT: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
LAGS: list[tuple[float, float]] = []  # (when, how late) of the loop-lag probe's wake-ups
_CLAIM_STARTED: dict[int, tuple[float, float]] = {}  # chat -> (claim query sent, answered)
_UPDATE: contextvars.ContextVar[int | None] = contextvars.ContextVar("stage_update", default=None)
_PROBE_SECONDS = 0.005


def _mark(update_id: int, stage: str, at: float | None = None) -> None:
    TIMES[update_id].setdefault(stage, time.monotonic() if at is None else at)


def _wrap(owner: Any, name: str, make: Callable[[Any], Any]) -> None:
    original = getattr(owner, name, None)
    if original is None:  # another version of the code: that stage is not timed
        print(f"stages: {owner.__name__}.{name} not found; not timed", file=sys.stderr)
        return
    setattr(owner, name, functools.wraps(original)(make(original)))


def install() -> None:
    """Wrap the pipeline's steps (imports the daemon's modules)."""
    from aiogram.methods import SendMessage

    from healthbot.db.pool import Database
    from healthbot.telegram import claims, inbox, intake, lanes, poller, sender

    def handle(original: Any) -> Any:
        async def wrapper(self: Any, work: Any) -> Any:
            update_id = work.update.update_id if work.update is not None else None
            if update_id is None:
                return await original(self, work)
            _mark(update_id, "handle_start")
            token = _UPDATE.set(update_id)
            try:
                return await original(self, work)
            finally:
                _UPDATE.reset(token)
                _mark(update_id, "handle_end")

        return wrapper

    def send(original: Any) -> Any:
        async def wrapper(self: Any, make_request: Any, bot: Any, method: Any) -> Any:
            update_id = _UPDATE.get()
            if update_id is None or not isinstance(method, SendMessage):
                return await original(self, make_request, bot, method)
            _mark(update_id, "send_start")

            async def timed(bot: Any, method: Any) -> Any:
                start = time.monotonic()
                try:
                    return await make_request(bot, method)
                finally:
                    SPENT[update_id]["http"] += time.monotonic() - start

            result = await original(self, timed, bot, method)
            _mark(update_id, "sent")
            return result

        return wrapper

    def timed_block(original: Any) -> Any:
        def wrapper(self: Any, name: str) -> Any:
            update_id = _UPDATE.get()
            block = original(self, name)
            if update_id is None:
                return block
            return _Spent(block, SPENT[update_id], f"db:{name}")

        return wrapper

    def run(original: Any) -> Any:
        async def wrapper(self: Any, stop: Any) -> Any:
            probe = asyncio.create_task(_probe())
            try:
                return await original(self, stop)
            finally:
                probe.cancel()
                _dump()

        return wrapper

    gc.callbacks.append(_gc_timer)
    _wrap(poller.Poller, "_fetch", _timed(_fetched))
    _wrap(inbox.InboxRepository, "store", _timed(_stored))
    _wrap(claims.Claims, "_claim", _timed(_claimed))
    _wrap(inbox.InboxRepository, "pending_of_chat", _timed(_loaded))
    _wrap(lanes.Lanes, "_handle", handle)
    _wrap(sender.PacedSender, "__call__", send)
    _wrap(Database, "timed", timed_block)
    _wrap(intake.Intake, "run", run)


def _timed(mark: Callable[[tuple[Any, ...], Any, float, float], None]) -> Callable[[Any], Any]:
    """A wrapper of a method that hands its arguments, its result, and when it started and
    ended to `mark`."""

    def make(original: Any) -> Any:
        async def wrapper(self: Any, *args: Any, **options: Any) -> Any:
            start = time.monotonic()
            result = await original(self, *args, **options)
            mark(args, result, start, time.monotonic())
            return result

        return wrapper

    return make


def _fetched(args: tuple[Any, ...], updates: Any, start: float, now: float) -> None:
    for update in updates or ():
        _mark(update.update_id, "fetched", now)


def _stored(args: tuple[Any, ...], result: Any, start: float, now: float) -> None:
    for item in args[0]:
        _mark(item.update_id, "store_start", start)
        _mark(item.update_id, "stored", now)


def _claimed(args: tuple[Any, ...], chats: Any, start: float, now: float) -> None:
    for chat in chats:
        _CLAIM_STARTED[chat] = (start, now)


def _loaded(args: tuple[Any, ...], rows: Any, start: float, now: float) -> None:
    claimed = _CLAIM_STARTED.pop(args[0], None)  # args: the chat, after, limit
    for row in rows:
        if claimed is not None:
            _mark(row.update_id, "claim_start", claimed[0])
            _mark(row.update_id, "claimed", claimed[1])
        _mark(row.update_id, "load_start", start)
        _mark(row.update_id, "loaded", now)


class _Spent:
    """An async context manager that adds its time to a sum (around `Database.timed`)."""

    def __init__(self, inner: Any, sums: dict[str, float], name: str) -> None:
        self.inner, self.sums, self.name, self.start = inner, sums, name, 0.0

    async def __aenter__(self) -> Any:
        self.start = time.monotonic()
        return await self.inner.__aenter__()

    async def __aexit__(self, *exc: Any) -> Any:
        try:
            return await self.inner.__aexit__(*exc)
        finally:
            self.sums[self.name] += time.monotonic() - self.start


GC_PAUSES: list[tuple[float, int, float]] = []  # (when, generation, seconds) over 2 ms
_GC_STARTED = [0.0]


def _gc_timer(phase: str, info: dict[str, int]) -> None:
    now = time.perf_counter()
    if phase == "start":
        _GC_STARTED[0] = now
    elif now - _GC_STARTED[0] > 0.002:
        GC_PAUSES.append((time.monotonic(), info["generation"], now - _GC_STARTED[0]))


_BEAT = [0.0]  # when the probe last ran (the loop's heartbeat, for the stall sampler)
STALL_STACKS: dict[str, float] = defaultdict(float)  # stack while stalled -> seconds seen
_STALL_SECONDS = 0.02
_SAMPLE_SECONDS = 0.005


async def _probe() -> None:
    """How late the event loop wakes a task that sleeps 5 ms: its stalls."""
    loop = asyncio.get_running_loop()
    main = threading.get_ident()
    threading.Thread(target=_sample_stalls, args=(main,), daemon=True).start()
    while True:
        start = loop.time()
        _BEAT[0] = time.monotonic()
        await asyncio.sleep(_PROBE_SECONDS)
        late = loop.time() - start - _PROBE_SECONDS
        if late > 0.002:
            LAGS.append((time.monotonic(), late))


def _sample_stalls(main: int) -> None:
    """While the loop has not beaten for 20 ms, note what the main thread is running: the
    task's entry (the frame the loop called) and the innermost frame of our code."""
    while True:
        time.sleep(_SAMPLE_SECONDS)
        if _BEAT[0] and time.monotonic() - _BEAT[0] > _STALL_SECONDS:
            frame = sys._current_frames().get(main)
            stack = traceback.extract_stack(frame) if frame is not None else []
            entry = ours = "-"
            for i, f in enumerate(stack):
                if f.name == "_run" and f.filename.endswith("events.py") and i + 1 < len(stack):
                    entry = _where(stack[i + 1])
                if "/healthbot/" in f.filename:
                    ours = _where(f)
            inner = _where(stack[-1]) if stack else "-"
            STALL_STACKS[f"{entry} | {ours} | {inner}{_others(main)}"] += _SAMPLE_SECONDS


def _others(main: int) -> str:
    """The other threads that are not waiting in a known blocking call: who may hold the GIL
    while the loop stands still (a thread that loads, a collection in it)."""
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    busy = []
    for ident, frame in sys._current_frames().items():
        if ident in (main, threading.get_ident()):
            continue
        stack = traceback.extract_stack(frame)
        if not stack or stack[-1].name in _IDLE:
            continue
        ours = next((_where(f) for f in reversed(stack) if "/healthbot/" in f.filename), "-")
        busy.append(f"{names.get(ident, ident)}: {ours} .. {_where(stack[-1])}")
    return f" || {'; '.join(busy)}" if busy else ""


_IDLE = frozenset(
    {
        "wait",
        "select",
        "poll",
        "_worker",
        "accept",
        "recv",
        "recv_into",
        "sleep",
        "serve_forever",
        "readline",
        "get",
        "_wait_for_tstate_lock",
        "run",
    }
)


def _where(frame: traceback.FrameSummary) -> str:
    return f"{Path(frame.filename).name}:{frame.lineno}:{frame.name}"


def _dump() -> None:
    path = os.environ.get("HB_STAGES_OUT")
    if not path:
        return
    data = {
        "times": {str(k): v for k, v in TIMES.items()},
        "spent": {str(k): dict(v) for k, v in SPENT.items()},
        "lags": LAGS,
        "gc": GC_PAUSES,
        "stalls": sorted(STALL_STACKS.items(), key=lambda kv: -kv[1])[:80],
    }
    Path(path).write_text(json.dumps(data))


# The stages in pipeline order, each with what its time is (from the stage before it).
STAGES: tuple[tuple[str, str], ...] = (
    ("answered", "fake: arrival -> getUpdates answered"),
    ("fetched", "daemon: HTTP + parse of the batch"),
    ("store_start", "daemon: prepare the batch"),
    ("stored", "inbox insert + commit"),
    ("claim_start", "wait for the claims loop"),
    ("claimed", "claim query"),
    ("load_start", "claimed -> load"),
    ("loaded", "load the chat's pending updates"),
    ("handle_start", "lane start (slot, task)"),
    ("send_start", "middlewares + handler"),
    ("reply", "sendMessage: pacer, HTTP, fake"),
    ("seen", "bench: reply seen by the user"),
)


def breakdown(times: dict[str, float], start: float) -> dict[str, float]:
    """Each stage's milliseconds for one update (a stage not reached adds to the next)."""
    out: dict[str, float] = {}
    last = start
    for stage, _ in STAGES:
        at = times.get(stage)
        if at is None:
            continue
        out[stage] = (at - last) * 1000
        last = max(last, at)
    return out


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else 0.0


def report(rows: list[dict[str, float]], spent: list[dict[str, float]], title: str) -> str:
    """A table: each stage's mean, P50 and P95 in ms over `rows` (break-downs), and what the
    handlers spent in the database and in HTTP."""
    lines = [f"{title} (n={len(rows)})", f"  {'stage':<42} {'mean':>7} {'P50':>7} {'P95':>7}"]
    for stage, label in STAGES:
        values = [row.get(stage, 0.0) for row in rows]
        reached = sum(1 for row in rows if stage in row)
        lines.append(
            f"  {label:<42} {sum(values) / max(1, len(values)):7.2f} {_pct(values, 0.5):7.2f}"
            f" {_pct(values, 0.95):7.2f}"
            + (f"  (reached by {reached})" if reached < len(rows) else "")
        )
    totals = [sum(row.values()) for row in rows]
    lines.append(
        f"  {'total':<42} {sum(totals) / max(1, len(totals)):7.2f} "
        f"{_pct(totals, 0.5):7.2f} {_pct(totals, 0.95):7.2f}"
    )
    names = sorted({name for item in spent for name in item})
    for name in names:
        values = [item.get(name, 0.0) * 1000 for item in spent]
        lines.append(
            f"  (in the update) {name:<26} {sum(values) / max(1, len(values)):7.2f} "
            f"{_pct(values, 0.5):7.2f} {_pct(values, 0.95):7.2f}"
        )
    return "\n".join(lines)


def lag_report(lags: list[tuple[float, float]], start: float, duration: float) -> str:
    """The event loop's stalls (a 5 ms sleep woken late by more than 2 ms), by half."""
    lines = []
    for name, low, high in (
        ("first half", 0, duration / 2),
        ("second half", duration / 2, duration),
    ):
        late = [lag * 1000 for at, lag in lags if low <= at - start < high]
        lines.append(
            f"  loop stalls, {name}: {len(late)} over 2 ms, {sum(1 for x in late if x > 10)} over"
            f" 10 ms, worst {max(late, default=0):.1f} ms, {sum(late) / 1000:.2f} s in all"
        )
    return "\n".join(lines)


def lag_timeline(lags: list[tuple[float, float]], start: float, step: float = 2.0) -> str:
    """The loop's stalls over time (from the load's start, also the seconds before it): per
    `step` seconds, how many over 10 ms, the worst, and their sum."""
    buckets: dict[int, list[float]] = defaultdict(list)
    for at, lag in lags:
        buckets[int((at - start) // step)].append(lag * 1000)
    lines = ["  loop stalls over time (s from the load's start: >10 ms, worst, sum)"]
    for index in sorted(buckets):
        late = buckets[index]
        lines.append(
            f"  {index * step:6.0f} s: {sum(1 for x in late if x > 10):4d}  "
            f"{max(late):7.1f} ms  {sum(late):7.0f} ms"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
        sys.path.pop(0)  # bench/ holds modules whose names could shadow others'
    install()
    from healthbot.cli import main

    raise SystemExit(main(sys.argv[1:]))
