"""The image of a photo message, fetched from Telegram for the barcode reader.

Telegram keeps a photo in several sizes; the one taken is the largest up to `FETCH_SIDE`
pixels and `MAX_BYTES`, the very file the coach takes of a photo: a photo without a barcode
goes on to the coach with the bytes downloaded here (`UpdateContext.files`), not fetched
twice. The reader scales it to `MAX_SIDE` itself. An image sent as a file is taken when it
is small enough. Anything that cannot be had (too big, not handed over in time) is None:
the photo then goes on to where photos go without a barcode, which says what was wrong.
"""

from __future__ import annotations

import asyncio
import io
from typing import Final

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import Message

MAX_BYTES: Final = 5 * 1024 * 1024
FETCH_SIDE: Final = 1568
"""The long side of the largest size taken: the coach's (the model's own limit)."""
DOWNLOAD_SECONDS: Final = 5.0


def has_image(message: Message) -> bool:
    """The message carries a photo, or an image sent as a file."""
    document = message.document
    mime = document.mime_type if document is not None else None
    return bool(message.photo) or (mime is not None and mime.startswith("image/"))


async def fetch(bot: Bot, message: Message, files: dict[str, bytes] | None = None) -> bytes | None:
    """The message's image, or None when it is too big or Telegram does not hand it over;
    kept in `files` (the update's, by file id) for the handler the photo goes on to."""
    file_id, size = _choose(message)
    if file_id is None or (size is not None and size > MAX_BYTES):
        return None
    if files is not None and (data := files.get(file_id)) is not None:
        return data
    buffer = io.BytesIO()
    try:
        async with asyncio.timeout(DOWNLOAD_SECONDS):
            await bot.download(file_id, destination=buffer, timeout=round(DOWNLOAD_SECONDS))
    except (TelegramBadRequest, TimeoutError):
        return None
    data = buffer.getvalue()
    if len(data) > MAX_BYTES:
        return None
    if files is not None:
        files[file_id] = data
    return data


def _choose(message: Message) -> tuple[str | None, int | None]:
    if message.photo:
        fitting = [
            p
            for p in message.photo
            if max(p.width, p.height) <= FETCH_SIDE and (p.file_size or 0) <= MAX_BYTES
        ]
        sizes = sorted(fitting or message.photo, key=lambda p: p.width * p.height)
        chosen = sizes[-1] if fitting else sizes[0]
        return chosen.file_id, chosen.file_size
    document = message.document
    if document is None:
        return None, None
    return document.file_id, document.file_size
