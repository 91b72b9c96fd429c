"""The reply probe: before sending again a reply whose send was in flight when a daemon died,
ask Telegram whether it arrived.

The Bot API has no idempotency key, and a daemon killed between Telegram taking a
`sendMessage` and reading its answer leaves no record of it: the daemon that takes the chat
over would send it a second time. The probe looks for it first, by what the API says of an
edit that changes nothing (README, "What a kill -9 can copy", has the facts and sources):

- a bot's message ids in private chats are one sequence for the bot's whole account (all its
  private chats and basic groups, the users' messages and its own), so the reply, if it
  arrived, has an id above the highest one its daemon had seen before the request
  (`after_message_id` on its record) and above the message it answers; the ids there that
  neither a reply record nor the inbox names are its candidates, the first `CANDIDATES`;
- `editMessageText` with the reply's own text and keyboard on a candidate answers "message
  is not modified" when that id is a message of the bot's in this chat with exactly that
  content, "message to edit not found" when the chat has no such message (it is another
  chat's, or not sent yet), "message can't be edited" when it is the user's.

It is unambiguous only when the reply is the one message of the bot's in the chat that no
record names: so it runs only when no other send to the chat is in flight (every send is put
on record as in flight before its request, `Delivery.mark`), and only for text messages
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

CANDIDATES: Final = 6  # ids tried at most
BUDGET: Final = 10.0  # seconds for the whole probe

Call = Callable[[TelegramMethod[Any]], Awaitable[Any]]

_ABSENT = ("message to edit not found", "message can't be edited")


async def find_reply(
    call: Call, method: TelegramMethod[Any], delivery: Delivery, seq: int, after: int
) -> int | None:
    """The id of reply `seq` if it is in its chat already, else None (send it)."""
    chat_id = getattr(method, "chat_id", None)
    if not isinstance(method, SendMessage) or not isinstance(chat_id, int) or chat_id <= 0:
        REPLY_PROBES.labels("unknown").inc()
        return None
    try:
        async with asyncio.timeout(BUDGET):
            found = await _look(call, method, delivery, seq, after)
    except Exception as exc:  # cannot tell: the reply goes out again
        log.warning("%s: reply %d: the probe could not tell (%r)", delivery.key, seq, exc)
        found = None, "unknown"
    message_id, outcome = found
    REPLY_PROBES.labels(outcome).inc()
    log.info("%s: reply %d in flight at a kill: %s%s", delivery.key, seq, outcome,
             f" as message {message_id}" if message_id else "")  # fmt: skip
    return message_id


async def _look(
    call: Call, method: SendMessage, delivery: Delivery, seq: int, after: int
) -> tuple[int | None, str]:
    chat_id = int(method.chat_id)
    ledger = delivery.ledger
    if await ledger.others_in_flight(chat_id, delivery.key, seq):
        return None, "unknown"  # another unnamed message of the bot's may be in the chat
    candidates = await ledger.unknown_ids(after, delivery.update_id, CANDIDATES)
    if not candidates:
        return None, "unknown"  # no floor to count from
    markup = method.reply_markup if isinstance(method.reply_markup, InlineKeyboardMarkup) else None
    for message_id in candidates:
        edit = EditMessageText(
            chat_id=chat_id, message_id=message_id, text=method.text,
            parse_mode=method.parse_mode, entities=method.entities,
            link_preview_options=method.link_preview_options, reply_markup=markup,
        )  # fmt: skip
        try:
            await call(edit)
        except TelegramBadRequest as exc:
            text = exc.message.lower()
            if "message is not modified" in text:
                return message_id, "delivered"
            if any(absent in text for absent in _ABSENT):
                continue
            raise
        return message_id, "delivered"  # edited: the one unnamed message of the bot's here
    return None, "absent"
