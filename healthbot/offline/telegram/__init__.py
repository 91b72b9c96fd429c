"""A fake Telegram Bot API server for `healthbot chat` and `demo`, tests and load tests.

The bot under test talks to it over HTTP exactly as to api.telegram.org (aiogram:
``TelegramAPIServer.from_base(fake.base_url)``); tests and drivers act as the users through
the Python API (``send_text``, ``press_button``, ``wait_for_messages``...) or, from another
process, through a small control API under ``control_url`` (``/_fake/<control token>/``).
The control token is random for each fake, so that only the process that started it (and
whoever it hands ``control_url`` to) can act as its users: any other local process gets 403.
The Bot API endpoints stay as Telegram's are, guarded by the bot token.

Choices worth knowing:
- Text limits are counted in Python characters (code points) of the text after entity
  parsing. Telegram documents "1-4096 characters" without naming the unit; code points are
  the lenient reading, so a bot that splits by ``len()`` passes here.
- ``parse_mode=HTML`` is parsed strictly: unknown or unclosed tags, a stray ``<`` and an
  ``&`` that does not start ``&lt;``/``&gt;``/``&amp;``/``&quot;``/``&#N;`` are errors.
  Markdown modes are accepted without validation and their text is kept as is.
- Updates are kept until a later ``getUpdates`` confirms them with a higher ``offset``, so a
  restarted bot sees the unconfirmed ones again. A newer ``getUpdates`` terminates a pending
  older one with 409 Conflict, as Telegram does.
- Webhook mode: after setWebhook the fake POSTs each update to the URL (with the secret
  header) instead of serving getUpdates (409 then), retries what is not answered 2xx, and
  sends a chat's next update only after the previous one was answered (see ``webhook``).
- Flood limits (off unless ``rate_limits=True``) are token buckets, after Telegram's FAQ ("in a
  single chat, avoid sending more than one message per second. We may allow short bursts...";
  "no more than 30 messages per second" overall): per chat 1 message/s with a burst of 3,
  overall 30/s with a burst of 30. A burst of 3 lets a bot answer with a short run of
  messages (text, then a keyboard, then a tip) as real chats tolerate, while a sustained
  1.5 messages/s in one chat fails within seconds. Messages are sendMessage, sendPhoto,
  sendDocument and the edits (editMessageText, editMessageReplyMarkup), since Telegram
  counts edits too. ``sendMessageDraft`` streams a reply while it is written, so it must be
  allowed more often than messages; Telegram publishes no figure, so drafts get their own
  per-chat bucket (3/s, burst 5) and do not use up the message buckets. A refused call gets
  429 with ``retry_after`` = the whole seconds until the buckets allow it (at least 1) and
  changes nothing. A call up to 0.1 s early passes and leaves a debt: a bot pacing itself
  with the same figures must not get 429s from network jitter, a steadily fast one must.
  All figures are in ``RateLimits``.
- Faults (``server_errors``, ``drops``, ``delays``, ``jitter``) are drawn from one
  ``random.Random(seed)``, so a run with the same requests in the same order fails the same
  way. A 5xx answer or a dropped connection happens before the method runs: the call has no
  effect (real Telegram may also fail after acting; a bot cannot tell the two apart).
"""

from healthbot.offline.telegram.fake import FakeTelegram
from healthbot.offline.telegram.limits import RateLimits
from healthbot.offline.telegram.objects import (
    MAX_CALLBACK_DATA_BYTES,
    MAX_CAPTION_LENGTH,
    MAX_TEXT_LENGTH,
    FakeUser,
    JsonDict,
    SentMessage,
)

__all__ = [
    "MAX_CALLBACK_DATA_BYTES",
    "MAX_CAPTION_LENGTH",
    "MAX_TEXT_LENGTH",
    "FakeTelegram",
    "FakeUser",
    "JsonDict",
    "RateLimits",
    "SentMessage",
]
