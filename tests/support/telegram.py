"""The fake Telegram as the tests use it: the token, what a user sees, buttons, and a fake
that can forge a button press."""

from __future__ import annotations

from typing import Any

from loadgen.telegram import FakeTelegram, JsonDict, SentMessage

TOKEN = "123456:in-process-test-token"
"""The bot token of the in-process daemons and the harness."""


def shown(message: SentMessage) -> str:
    """The text as the user sees it (HTML parsed)."""
    return message.plain_text if message.plain_text is not None else message.text or ""


def buttons(message: SentMessage) -> list[list[tuple[str, str]]]:
    """A message's inline keyboard: rows of (label, callback data)."""
    markup = message.reply_markup or {}
    return [
        [(b["text"], b["callback_data"]) for b in row if "callback_data" in b]
        for row in markup.get("inline_keyboard", [])
    ]


def labels(message: SentMessage) -> dict[str, str]:
    """A message's buttons: label -> callback data, in order."""
    return {label: data for row in buttons(message) for label, data in row}


def data_of(message: SentMessage) -> list[str]:
    """The callback data of a message's buttons, in order."""
    return [data for row in buttons(message) for _, data in row]


class ForgingTelegram(FakeTelegram):
    """The fake Telegram, able to deliver a button press with data no button carries (as a
    modified client can), and remembering which callback answers were alerts."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.alerts: list[str] = []

    def forge_press(self, user_id: int, message_id: int, data: str) -> int:
        """press_button without its check that the message has a button with this data."""
        message = self._chat(user_id).messages[message_id]
        query_id = f"forged-{self._next_callback_id}"
        self._next_callback_id += 1
        self._callback_chats[query_id] = user_id
        query: JsonDict = {
            "id": query_id,
            "from": self._chat(user_id).user.to_api(),
            "message": message,
            "chat_instance": str(user_id),
            "data": data,
        }
        return self._enqueue("callback_query", {"callback_query": query})

    async def _answer_callback_query(self, params: Any) -> bool:
        if params.opt_bool("show_alert"):
            self.alerts.append(params.opt_str("text") or "")
        return await super()._answer_callback_query(params)


def sent_too_early(times: list[float], start: float, rate: float, burst: int) -> list[float]:
    """How early each send came (seconds) that arrived before a sender pacing itself at `rate`
    with `burst` from `start` could have sent it; empty when none did.

    The sorted arrival times are compared with the earliest the pacing allows: the j-th send
    (from 0) not before start + (j - burst + 1) / rate. A loaded machine only makes sends
    later, never earlier, so this holds however slow the test machine is, where a referee
    counting sends per second (the fake's own buckets) sees a send held up by the load arrive
    in a clump with the next ones. A sender that does not pace, or several that do not share
    their turns, sends more than `burst` at the start and fails it.
    """
    allowed = 0.005  # the two clocks' reading of one moment (Redis's and the fake's)
    return [
        round(start + (j - burst + 1) / rate - at, 3)
        for j, at in enumerate(sorted(times))
        if at < start + (j - burst + 1) / rate - allowed
    ]


def busiest(times: list[float], seconds: float) -> int:
    """The most of `times` that fall within any `seconds` (a half-open window, starting at
    one of them): the count Telegram's "30 messages per second" is about."""
    times = sorted(times)
    most, first = 0, 0
    for last, at in enumerate(times):
        while at - times[first] >= seconds:
            first += 1
        most = max(most, last - first + 1)
    return most
