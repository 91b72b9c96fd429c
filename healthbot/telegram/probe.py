"""The reply probe: before sending again a reply whose send was in flight when a daemon died,
ask Telegram whether it arrived.

The Bot API has no idempotency key, and a daemon killed between Telegram taking a
`sendMessage` and reading its answer leaves no record of it: the daemon that takes the chat
over would send it a second time. The probe looks for it first, by what the API says of an
edit that changes nothing (README, "What a kill -9 can copy", has the facts and sources):

- a bot's message ids in private chats are one sequence for the bot's whole account (all its
  private chats and basic groups, the users' messages and its own), so the reply, if it
  arrived, has an id above the highest one its daemon had seen before the request
  (`after_message_id` on its record), above the message it answers, and above every reply
  and user message on record before it was put on record as in flight; the ids there that
  neither a reply record nor the inbox names are its candidates, `CANDIDATES` at most;
- `editMessageText` with the reply's own text and keyboard on a candidate answers "message
  is not modified" when that id is a message of the bot's in this chat with exactly that
  content, "message to edit not found" when the chat has no such message (it is another
  chat's, or not sent yet), "message can't be edited" when it is the user's.

It is unambiguous only when the reply is the one message of the bot's in the chat that no
record names: so it edits only while no other send to the chat is in flight (every send is
put on record as in flight before its request, `Delivery.mark`), and only text messages
(a photo's or a document's caption says nothing of the file; those are sent again). An
edit that succeeds found the reply too (its text as the handler makes it now). Whatever else
happens (another error, a 429, the network, `BUDGET` seconds passing, no candidate left)
means "cannot tell", and the reply is sent again: a copy is possible, a loss never.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Final

from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import EditMessageText, SendMessage, TelegramMethod
from aiogram.types import InlineKeyboardMarkup

from healthbot.metrics import REPLY_PROBES
from healthbot.telegram.ledger import Delivery

log = logging.getLogger(__name__)

# Ids tried at most, in rounds (`LedgerRepository.unknown_ids`): the unknown ids below the
# reply's are the other replies its daemon had in flight when it died (10-15 at 40-50
# replies/s on a loaded machine, bench_copies) and what was not on record yet at the kill.
CANDIDATES: Final = 32
# Under flood limits each edit takes one of the chat's turns (about 1/s after a burst of 3) and
# one of the bot's, and the chat's lane waits: fewer. (tests/test_scale_out.py with 32: the run
# took 86 s where it took 40 s without the probe.)
PACED_CANDIDATES: Final = 8
BUDGET: Final = 30.0  # seconds for the whole probe (under flood limits, a chat's turns pace it)

Call = Callable[[TelegramMethod[Any]], Awaitable[Any]]

_ABSENT = ("message to edit not found", "message can't be edited")


async def find_reply(
    call: Call,
    method: TelegramMethod[Any],
    delivery: Delivery,
    seq: int,
    after: int,
    *,
    paced: bool = False,
) -> int | None:
    """The id of reply `seq` if it is in its chat already, else None (send it)."""
    chat_id = getattr(method, "chat_id", None)
    if not isinstance(method, SendMessage) or not isinstance(chat_id, int) or chat_id <= 0:
        REPLY_PROBES.labels("unknown").inc()
        return None
    try:
        async with asyncio.timeout(BUDGET):
            found = await _look(call, method, delivery, seq, after,
                                limit=PACED_CANDIDATES if paced else CANDIDATES)  # fmt: skip
    except Exception as exc:  # cannot tell: the reply goes out again
        log.warning("%s: reply %d: the probe could not tell (%r)", delivery.key, seq, exc)
        found = None, "unknown"
    message_id, outcome = found
    REPLY_PROBES.labels(outcome).inc()
    log.info("%s: reply %d in flight at a kill: %s%s", delivery.key, seq, outcome,
             f" as message {message_id}" if message_id else "")  # fmt: skip
    return message_id


async def _look(
    call: Call, method: SendMessage, delivery: Delivery, seq: int, after: int, *, limit: int
) -> tuple[int | None, str]:
    chat_id = int(method.chat_id)
    ledger = delivery.ledger
    markup = method.reply_markup if isinstance(method.reply_markup, InlineKeyboardMarkup) else None
    tried: list[int] = []
    while len(tried) < limit:
        round_ = await ledger.unknown_ids(delivery.key, seq, after, delivery.update_id, tried)
        if not round_:
            return None, ("absent" if tried else "unknown")  # unknown: no floor to count from
        log.info("%s: reply %d: looking for it in chat %d among %s", delivery.key, seq, chat_id,
                 round_)  # fmt: skip
        for message_id in round_[: limit - len(tried)]:
            # Another send to the chat in flight (a reminder from another daemon: jobs are not
            # bound to the chat's claim): an edit could land on it. Asked before every edit,
            # for an id not given yet may be given to it meanwhile.
            if await ledger.others_in_flight(chat_id, delivery.key, seq):
                return None, "unknown"
            tried.append(message_id)
            if await _is_the_reply(call, method, message_id, markup):
                return message_id, "delivered"
    return None, "absent"


async def _is_the_reply(
    call: Call, method: SendMessage, message_id: int, markup: InlineKeyboardMarkup | None
) -> bool:
    """Whether `message_id` is the reply (an edit to its own content says so); raises when
    Telegram's answer says neither yes nor no."""
    edit = EditMessageText(
        chat_id=method.chat_id, message_id=message_id, text=method.text,
        parse_mode=method.parse_mode, entities=method.entities,
        link_preview_options=method.link_preview_options, reply_markup=markup,
    )  # fmt: skip
    try:
        await call(edit)
    except TelegramBadRequest as exc:
        text = exc.message.lower()
        if "message is not modified" in text:
            return True
        if any(absent in text for absent in _ABSENT):
            return False
        raise
    return True  # edited: the one unnamed message of the bot's in this chat
