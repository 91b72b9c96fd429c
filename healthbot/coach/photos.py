"""Food photos for the coach: the right size fetched from Telegram, checked, made an image block.

Telegram keeps a photo in several sizes (thumbnails up to 1280 px); the model reads up to
1568 px on the long side without scaling, so the largest size is taken that fits both that
and the model's 5 MB per image. An image sent as a file (a document) is taken as it is when
it is small enough. The format is read from the bytes, never trusted from the file name.
"""

from __future__ import annotations

import asyncio
import base64
import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import Message, PhotoSize

MAX_BYTES = 5 * 1024 * 1024  # the Messages API's limit per image
MAX_SIDE = 1568  # the model's long side before it scales an image down
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")


@dataclass(frozen=True, slots=True)
class Photo:
    """An image the model can take, and the file it came from."""

    data: bytes
    media_type: str
    file_unique_id: str

    def block(self) -> dict[str, Any]:
        """The Messages API image block."""
        return {
            "type": "image",
            "source": {
                "type": "base64",
                "media_type": self.media_type,
                "data": base64.b64encode(self.data).decode("ascii"),
            },
        }


class Unusable(Exception):
    """The image cannot go to the model: `reason` is "too_big", "format" or "unreachable"
    (Telegram did not hand it over in time)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def has_image(message: Message) -> bool:
    """The message carries a photo, or an image sent as a file."""
    document = message.document
    mime = document.mime_type if document is not None else None
    return bool(message.photo) or (mime is not None and mime.startswith("image/"))


async def fetch(
    bot: Bot, message: Message, *, seconds: float, files: Mapping[str, bytes] | None = None
) -> Photo:
    """Download the message's image within `seconds` (unless `files`, what this update
    downloaded already by file id, has it). Raises `Unusable` for an image the model cannot
    take (too big, a format it does not read) or that Telegram did not hand over in time;
    other errors propagate (the update is retried)."""
    file_id, unique_id, size = _choose(message)
    if size is not None and size > MAX_BYTES:
        raise Unusable("too_big")
    data = None if files is None else files.get(file_id)
    if data is None:
        data = await _download(bot, file_id, seconds)
    if len(data) > MAX_BYTES:
        raise Unusable("too_big")
    media_type = media_type_of(data)
    if media_type is None:
        raise Unusable("format")
    return Photo(data, media_type, unique_id)


async def _download(bot: Bot, file_id: str, seconds: float) -> bytes:
    buffer = io.BytesIO()
    try:
        async with asyncio.timeout(seconds):  # the session retries Telegram's 5xx meanwhile
            await bot.download(file_id, destination=buffer, timeout=max(1, round(seconds)))
    except TelegramBadRequest as error:  # "file is too big" (over getFile's 20 MB), or gone
        raise Unusable("too_big" if "too big" in error.message else "unreachable") from error
    except TimeoutError as error:
        raise Unusable("unreachable") from error
    return buffer.getvalue()


def media_type_of(data: bytes) -> str | None:
    """The image type the bytes begin with, if the model reads it."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in {b"GIF87a", b"GIF89a"}:
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _choose(message: Message) -> tuple[str, str, int | None]:
    """The file to fetch: (file id, unique id, size in bytes if Telegram said)."""
    if message.photo:
        return _largest_fitting(message.photo)
    document = message.document
    assert document is not None, "has_image() was checked"
    return document.file_id, document.file_unique_id, document.file_size


def _largest_fitting(sizes: list[PhotoSize]) -> tuple[str, str, int | None]:
    fitting = [
        size
        for size in sizes
        if max(size.width, size.height) <= MAX_SIDE and (size.file_size or 0) <= MAX_BYTES
    ]
    by_area = sorted(fitting or sizes, key=lambda size: size.width * size.height)
    chosen = by_area[-1] if fitting else by_area[0]
    return chosen.file_id, chosen.file_unique_id, chosen.file_size
