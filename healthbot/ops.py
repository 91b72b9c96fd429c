"""The stable key of one operation: an update's handling or a background job's run.

A retried update runs its handler again from the start (after a crash, a failure, a
restart); so does a job. Each run of the same operation carries the same key, and every
write a feature makes stores a key derived from it in an `idempotency_key` column, unique
per user (inserted with ON CONFLICT (user_id, idempotency_key) DO NOTHING), so a retry
writes nothing twice, pays no XP twice
and, through the reply ledger (keyed the same way), sends nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OpKey:
    """The identity of one handler run or job run, the same on every retry of it."""

    value: str

    @classmethod
    def for_update(cls, update_id: int) -> OpKey:
        """The key of handling one Telegram update."""
        return cls(f"update:{update_id}")

    @classmethod
    def for_job(cls, job: str, occurrence: str) -> OpKey:
        """The key of one run of a background job (e.g. a reminder and its due time)."""
        return cls(f"job:{job}:{occurrence}")

    @classmethod
    def for_message(cls, chat_id: int, message_id: int) -> OpKey:
        """The key of answering one message again, whichever update asks (the coach's "Ask
        again": a second tap finds the first's answer)."""
        return cls(f"message:{chat_id}:{message_id}")

    def step(self, name: str) -> str:
        """The key of one write within the operation ("food_entry", "xp:first_meal", ...)."""
        return f"{self.value}/{name}"
