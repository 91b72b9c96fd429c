"""The coach's own figures in a load run: what the daemon adds around the model's time.

When loadgen runs the fake Anthropic for a spawned daemon, every answered model call is
known with its times (arrival, first text written, end) and its ``metadata.user_id``, the
daemon's `pseudonym` of the Telegram user (keyed by the bot token, which loadgen gave it).
So each chat message's calls are found, and its reply time splits into the model's share
and the daemon's overhead: the reply time minus the time inside model calls (tools, the
database, the prompt, Telegram's round trips). The draft lag is the first draft's arrival
at the fake Telegram minus the moment the fake model wrote the answer's first text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from healthbot.pseudonyms import pseudonym
from loadgen.anthropic import Answered
from loadgen.report import LatencyStats, Sample


@dataclass(frozen=True, slots=True)
class CoachTiming:
    """Percentiles (seconds) of the coach's answers in one run."""

    answers: int
    """Messages answered with at least one model call."""
    model_calls: int
    model: LatencyStats | None
    """Time inside model calls, per answer (its rounds summed)."""
    overhead: LatencyStats | None
    """Reply time minus the model's time, per answer."""
    draft_lag: LatencyStats | None
    """First draft shown minus the model's first text, per answer that streamed."""

    def to_json(self) -> dict[str, Any]:
        """JSON-ready, seconds."""
        return {
            "answers": self.answers,
            "model_calls": self.model_calls,
            **{
                f"{name}_s": None if stats is None else asdict(stats)
                for name, stats in (
                    ("model", self.model), ("overhead", self.overhead),
                    ("draft_lag", self.draft_lag),
                )
            },
        }  # fmt: skip

    def lines(self) -> list[str]:
        """The report's lines about the coach."""

        def row(name: str, stats: LatencyStats | None) -> str:
            if stats is None:
                return f"  {name:<30}-"
            return (
                f"  {name:<30}P50 {stats.p50 * 1000:7.1f}  P95 {stats.p95 * 1000:7.1f}  "
                f"P99 {stats.p99 * 1000:7.1f}  max {stats.max * 1000:7.1f} ms  (n {stats.count})"
            )

        return [
            f"coach          {self.answers} answers, {self.model_calls} model calls (fake model "
            "in loadgen's process)",
            row("model time per answer", self.model),
            row("overhead (reply - model)", self.overhead),
            row("first draft - first token", self.draft_lag),
        ]


def coach_timing(
    samples: Iterable[Sample], answered: Iterable[Answered], token: str
) -> CoachTiming | None:
    """Split each answered message's reply time into model time and overhead (see the module
    docstring); None when no model call belongs to any message."""
    samples = [s for s in samples if s.error is None and s.final_at is not None]
    users = {pseudonym(token, user_id): user_id for user_id in {s.user_id for s in samples}}
    calls: defaultdict[int, list[Answered]] = defaultdict(list)
    for call in answered:
        if call.user_id is not None and (user_id := users.get(call.user_id)) is not None:
            calls[user_id].append(call)
    model: list[float] = []
    overhead: list[float] = []
    draft_lag: list[float] = []
    used = 0
    for sample in samples:
        assert sample.final_at is not None and sample.final is not None
        mine = [c for c in calls[sample.user_id] if sample.sent_at <= c.at <= sample.final_at]
        if not mine:
            continue
        used += len(mine)
        inside = sum(c.done_at - c.at for c in mine)
        model.append(inside)
        overhead.append(sample.final - inside)
        texts = [c.first_text_at for c in mine if c.first_text_at is not None]
        if texts and sample.first_at is not None and sample.first_at < sample.final_at:
            draft_lag.append(sample.first_at - min(texts))
    if not model:
        return None
    return CoachTiming(
        answers=len(model),
        model_calls=used,
        model=LatencyStats.of(model),
        overhead=LatencyStats.of(overhead),
        draft_lag=LatencyStats.of(draft_lag),
    )
