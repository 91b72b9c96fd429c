"""Users in conversation with a daemon under load: each sends numbered commands and waits for
the reply naming each one; latencies, duplicates and errors are counted."""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from dataclasses import dataclass, field

from loadgen.telegram import FakeTelegram, SentMessage


@dataclass
class Outcome:
    """What a load run saw."""

    latencies: list[float] = field(default_factory=list)
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """P50, P95 and max of the reply latencies."""
        lat = sorted(self.latencies)
        p95 = lat[int(0.95 * (len(lat) - 1))]
        return (f"{len(lat)} replies, P50 {statistics.median(lat) * 1000:.0f} ms, "
                f"P95 {p95 * 1000:.0f} ms, max {lat[-1] * 1000:.0f} ms, "
                f"{self.duplicates} duplicate(s), {len(self.errors)} error(s)")  # fmt: skip


def reply_text(message: SentMessage) -> str:
    return message.plain_text if message.plain_text is not None else message.text or ""


async def converse(
    fake: FakeTelegram, users: range, messages: int, *, timeout: float = 60.0,
    think: tuple[float, float] = (0.0, 0.0),
) -> Outcome:  # fmt: skip
    """Each user sends `/ping_<k>` commands one at a time and waits for the matching reply,
    then thinks for a random time in `think` (seconds) before the next.

    The bot answers an unknown command by naming it, so each reply says which message it
    answers; a second reply to the same message is a duplicate.
    """
    outcome = Outcome()

    async def user(user_id: int) -> None:
        fake.add_user(user_id, first_name=f"U{user_id}")
        for k in range(messages):
            start = time.monotonic()
            fake.send_text(user_id, f"/ping_{k}")
            while True:
                replies = await fake.wait_for_messages(user_id, 1, timeout=timeout)
                texts = [reply_text(r) for r in replies]
                outcome.errors.extend(t for t in texts if "went wrong" in t)
                if any(f"/ping_{k}." in t for t in texts):
                    outcome.latencies.append(time.monotonic() - start)
                    outcome.duplicates += len(texts) - 1
                    break
                outcome.duplicates += len(texts)  # late copies of earlier replies
            await asyncio.sleep(random.uniform(*think))

    await asyncio.gather(*(user(u) for u in users))
    return outcome


async def settle(fake: FakeTelegram, users: range, expected: int) -> int:
    """Wait briefly for late replies; return the duplicates among all replies sent."""
    await asyncio.sleep(1.0)
    return sum(len(fake.sent(u, "sendMessage")) for u in users) - expected
