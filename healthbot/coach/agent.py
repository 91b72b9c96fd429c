"""The coach's answer to one message: the Anthropic tool-use loop, bounded and resumable.

One answer is up to `max_rounds` model calls within `answer_seconds`: each round streams
the model's text (the caller shows it as a draft), then runs the tools it asked for and
sends their results back. Every finished round is stored with the answer's operation key
before its tools run: a retried update (a crash, a failure) reads those rounds instead of
asking the model again, so it pays nothing twice and takes the same tool calls, whose
writes are keyed by round and place (they write nothing twice). The round that ends the
answer (text, no tools) is stored before the reply's first piece is sent, so that a retry
re-sends that text (the reply ledger skips the pieces sent) and never shows the pieces of a
second answer after the first's; its commit does not wait for the disk (`finish_round`'s
`durable`). The last allowed round offers no tools, so an answer always ends in text.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from typing import Any

from healthbot.coach import prompt
from healthbot.coach.llm import Encoded, ModelClient, ModelError
from healthbot.coach.preferences import Preference, PreferenceRepository, extract
from healthbot.coach.ratelimit import MessageWindow
from healthbot.coach.repository import CoachRepository, FinishedRound, Turn, Usage
from healthbot.coach.tools import TOOLS, Toolbox
from healthbot.config import AnthropicSettings
from healthbot.localtime import utc_now
from healthbot.metrics import COACH_ANSWERS, COACH_ERRORS, COACH_ROUNDS, COACH_TOKENS, child
from healthbot.ops import OpKey
from healthbot.telegram.ledger import next_reply_in_flight
from healthbot.turns import Held, Turns

log = logging.getLogger(__name__)

OnText = Callable[[str], None]
MAX_MESSAGE = 4096  # characters of a message the coach reads: all Telegram delivers in one
_SIMPLE = frozenset("?0123456789")
_TOOLS = Encoded(json.dumps(list(TOOLS)))  # the same in every call: encoded once
CONVERSATION_GAP = timedelta(hours=3)
"""A pause this long ends a conversation: the stand-in says again that it is one."""
RESTED = "rested"
"""The step of an update's key under which a meal it told is logged when the coach would not
answer it (`healthbot.coach.resting`)."""
TURNS = "coach"
"""The step of an answer's key under which its turns are stored (the user's first: "#0")."""


@dataclass(slots=True)
class Answer:
    """The coach's answer: its text (Markdown), how it went, and what it cost."""

    text: str
    ok: bool
    model: str
    rounds: int = 0
    usage: Usage = field(default_factory=Usage)
    history: tuple[Turn, ...] | None = None
    """The conversation as read for this message: its turns are added to it in the cache."""


@dataclass(frozen=True, slots=True)
class Admission:
    """What `CoachService.opening` read, for `answer`: whether the user spent today's tokens,
    and the answer's first round, if a retry of the update finds one stored; `rested`: a
    retry finds the meal the message told logged while the coach would not answer it (the
    daemon died before it was done: `healthbot.coach.resting`); `answered`: the answer's
    turns are stored (it was sent)."""

    spent: bool
    first_round: dict[str, Any] | None
    rested: bool = False
    answered: bool = False


class Refusal(Exception):
    """The coach will not answer this message now (rate limit, daily budget)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "too_fast" or "budget_spent"


class CoachService:
    """Answers free text with the model and the tools; see the module docstring."""

    def __init__(
        self,
        settings: AnthropicSettings,
        client: ModelClient,
        repository: CoachRepository,
        preferences: PreferenceRepository,
    ) -> None:
        self.settings = settings
        self.client = client
        self.repository = repository
        self.preferences = preferences
        self.window = MessageWindow(settings.messages_per_minute, 60.0)
        # An answer is seconds of waiting on the model: uncapped, a spike would hold every
        # chat's history and stream at once and meet the provider's own limits all together.
        self.turns = Turns("coach", settings.max_in_flight)

    def model_for(self, text: str, *, photo: bool = False) -> str:
        """The fast model for a short, simple message ("hi", "thanks!"), else (and for a
        photo) the main one."""
        s = self.settings
        simple = len(text) <= s.fast_max_chars and not _SIMPLE.intersection(text)
        return s.fast_model if simple and not photo else s.model

    async def opens_conversation(self, user_id: int) -> bool:
        """Whether an answer now starts a conversation: the coach never answered the user,
        or not for `CONVERSATION_GAP`."""
        last = await self.repository.last_answer_at(user_id)
        return last is None or utc_now() - last > CONVERSATION_GAP

    def admit(self, user_id: int, op: OpKey) -> None:
        """Raise `Refusal("too_fast")` when the user writes too fast (no database: a
        retried update is not counted twice)."""
        if not self.window.admit(user_id, op.value):
            raise Refusal("too_fast")

    async def opening(self, user_id: int, op: OpKey) -> Admission:
        """Whether the user spent today's tokens (`Admission.spent`: refuse with
        "budget_spent"), and a retry's stored first round: one read, which the caller may
        run beside its others. Pass what it returns to `answer` (unless it says the message
        was `rested`)."""
        read = await self.repository.opening(
            user_id, op.value, op.step(RESTED), op.step(TURNS) + "#0"
        )
        spent = read.tokens >= self.settings.daily_tokens
        return Admission(spent, read.first_round, read.rested, read.answered)

    async def answer(
        self, text: str, context: prompt.Context, tools: Toolbox, *, on_text: OnText,
        image: dict[str, Any] | None = None, user_tag: str | None = None,
        admitted: Admission | None = None, reply_to: int | None = None,
    ) -> Answer:  # fmt: skip
        """Run the loop for one message (`image`: a photo's image block; `user_tag`: the
        user's `pseudonym`; `admitted`: what `opening` returned, else its first round is read
        here); never raises for the model's or a tool's failure (the answer is
        then not ok, and says nothing: the caller has the fallback text). At most
        `max_in_flight` answers run at once in this daemon; the others wait their turn, and
        their `answer_seconds` starts with it. The turn is for the model's rounds: the reads
        before it and the last round's record after it take none. `reply_to`: the chat the
        caller sends the answer to, as the update's next reply (its in-flight record is
        written with the answering round's)."""
        user_id, op = tools.user_id, tools.op
        if admitted is not None:
            history, stored = await self.repository.recent(user_id), admitted.first_round
        else:  # the history and a stored first round (a retry's) at once
            history, stored = await asyncio.gather(
                self.repository.recent(user_id), self.repository.round(op.value, 0)
            )
        await self.client.get()  # opened once (the offline fake started): not the model's time
        async with self.turns.turn() as turn:
            return await self._answer(
                text, context, tools, turn=turn, history=history, stored=stored,
                on_text=on_text, image=image, user_tag=user_tag, reply_to=reply_to,
            )  # fmt: skip

    async def _answer(
        self, text: str, context: prompt.Context, tools: Toolbox, *, turn: Held,
        history: tuple[Turn, ...], stored: dict[str, Any] | None, on_text: OnText,
        image: dict[str, Any] | None, user_tag: str | None, reply_to: int | None,
    ) -> Answer:  # fmt: skip
        s = self.settings
        user_id, op = tools.user_id, tools.op
        model = self.model_for(text, photo=image is not None)
        recent = history[len(history) - s.history_turns :] if s.history_turns else ()
        messages = prompt.history_messages(recent, text, image)
        system = prompt.system_blocks(context)
        answer = Answer("", ok=False, model=model, history=history)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + s.answer_seconds
        try:
            for number in range(s.max_rounds):
                last = number == s.max_rounds - 1
                response = stored if number == 0 else await self.repository.round(op.value, number)
                if response is None:
                    remaining = deadline - loop.time()
                    if remaining <= 0:
                        raise TimeoutError
                    async with asyncio.timeout(remaining):
                        response, usage = await self._call(
                            model, system, messages, on_text, last=last, user_tag=user_tag
                        )
                    answer.usage = _add(answer.usage, usage)
                    answering = last or not _calls_of(response)
                    if answering:
                        turn.end()  # the model's part is over: the record needs no turn
                    # Before its tools run (a retry takes the same calls), or before the reply
                    # is sent (a retry re-sends this text): a retry asks nothing again. The
                    # answer's commit does not wait for the disk (`finish_round` says why).
                    # The answer's first message, sent next, is on record as in flight
                    # with it (one round trip, not two).
                    ahead = [] if not answering or reply_to is None else (
                        next_reply_in_flight(reply_to)
                    )  # fmt: skip
                    await self.repository.finish_round(
                        FinishedRound(op.value, number, user_id, response, usage),
                        durable=not answering,
                        joined=ahead,
                    )
                else:
                    on_text(_text_of(response))
                answer.rounds = number + 1
                content = response["content"]
                calls = _calls_of(response)
                if not calls or last:
                    answer.text = _text_of(response)
                    answer.ok = bool(answer.text.strip())
                    break
                messages.append({"role": "assistant", "content": content})
                results = []
                for place, call in enumerate(calls):
                    result, failed = await tools.run(
                        str(call.get("name")), call.get("input"), f"coach:{number}:{place}"
                    )
                    results.append(
                        {"type": "tool_result", "tool_use_id": call.get("id"),
                         "content": result, "is_error": failed}
                    )  # fmt: skip
                messages.append({"role": "user", "content": results})
        except (ModelError, TimeoutError) as exc:
            COACH_ERRORS.labels(type(exc).__name__).inc()
            log.warning("coach: the model failed for %s: %s", op.value, type(exc).__name__)
        child(COACH_ANSWERS, "ok" if answer.ok else "failed").inc()
        COACH_ROUNDS.observe(answer.rounds)
        return answer

    async def _call(
        self, model: str, system: list[dict[str, Any]], messages: list[dict[str, Any]],
        on_text: OnText, *, last: bool, user_tag: str | None,
    ) -> tuple[dict[str, Any], Usage]:  # fmt: skip
        """One streamed model call; the finished message as JSON, and its usage."""
        client = await self.client.get()
        body: dict[str, Any] = {
            "model": model,
            "max_tokens": self.settings.max_tokens,
            "system": system,
            "messages": messages,
            "tools": _TOOLS,
            "tool_choice": {"type": "none"} if last else {"type": "auto"},
        }
        if user_tag:
            body["metadata"] = {"user_id": user_tag}
        # The text is shown as a draft at most every draft interval: read at that pace.
        pace = self.settings.draft_interval_ms / 1000
        response = await client.stream(body, on_text, pace=pace)
        # Only what the next request needs: the content blocks as the API takes them.
        response["content"] = [_block(b) for b in response.get("content", [])]
        u = response.get("usage", {})
        usage = self._priced(
            u.get("input_tokens") or 0, u.get("output_tokens") or 0,
            u.get("cache_read_input_tokens") or 0, u.get("cache_creation_input_tokens") or 0,
        )  # fmt: skip
        for kind, count in (
            ("input", usage.input_tokens), ("output", usage.output_tokens),
            ("cache_read", usage.cache_read_tokens), ("cache_write", usage.cache_write_tokens),
        ):  # fmt: skip
            child(COACH_TOKENS, model, kind).inc(count)
        return response, usage

    def _priced(self, input_: int, output: int, read: int, write: int) -> Usage:
        s = self.settings
        cost = (
            input_ * s.price_input + output * s.price_output
            + read * s.price_cache_read + write * s.price_cache_write
        ) / 1_000_000  # fmt: skip
        return Usage(input_, output, read, write, Decimal(str(round(cost, 6))))

    async def keep_said(self, user_id: int, text: str) -> list[Preference]:
        """After the reply: what the message says about the person's eating, kept as
        preferences (saying it again changes nothing); the preferences it states."""
        if found := extract(text):
            await self.preferences.add(user_id, found)
        return found

    async def remember_turn(
        self, user_id: int, text: str, answer: Answer, tools_used: list[str], op: OpKey,
        *, photo: str | None = None,
    ) -> None:  # fmt: skip
        """After the reply: the two turns in the history (`photo`: the user's was a photo,
        this file; its caption is the text), once per operation. Stored, they mark the
        message answered ("Ask again" stops at them): the answer's last write."""
        turns: list[tuple[Turn, str, dict[str, Any]]] = [
            (Turn("user", text), "text", {})
            if photo is None
            else (Turn("user", f"[photo] {text}".strip()), "photo", {"file_unique_id": photo})
        ]
        if answer.ok:
            metadata = {
                "model": answer.model, "rounds": answer.rounds, "tools": tools_used,
                "input_tokens": answer.usage.input_tokens,
                "output_tokens": answer.usage.output_tokens,
            }  # fmt: skip
            turns.append((Turn("assistant", answer.text), "text", metadata))
        await self.repository.append(user_id, turns, op.step(TURNS), answer.history)


def _block(block: dict[str, Any]) -> dict[str, Any]:
    if block.get("type") == "text":
        return {"type": "text", "text": block.get("text", "")}
    if block.get("type") == "tool_use":
        return {k: block[k] for k in ("type", "id", "name", "input") if k in block}
    return block


def _calls_of(response: dict[str, Any]) -> list[dict[str, Any]]:
    """The tool calls the model asked for in a round."""
    return [block for block in response["content"] if block.get("type") == "tool_use"]


def _text_of(response: dict[str, Any]) -> str:
    return "\n\n".join(
        b.get("text", "") for b in response.get("content", []) if b.get("type") == "text"
    ).strip()


def _add(a: Usage, b: Usage) -> Usage:
    return Usage(
        a.input_tokens + b.input_tokens, a.output_tokens + b.output_tokens,
        a.cache_read_tokens + b.cache_read_tokens, a.cache_write_tokens + b.cache_write_tokens,
        a.cost_usd + b.cost_usd,
    )  # fmt: skip
