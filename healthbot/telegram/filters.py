"""Message filters as coroutines.

aiogram runs a synchronous filter, magic filters (`F.text`) included, in a worker thread:
a thread hop for every message it checks. These async filters cost a function call.
"""

from __future__ import annotations

from aiogram.types import Message


async def has_text(message: Message) -> bool:
    """The message has text (not a sticker, photo, voice note...)."""
    return message.text is not None


async def is_command(message: Message) -> bool:
    """The message is a command: text starting with "/"."""
    return message.text is not None and message.text.startswith("/")
