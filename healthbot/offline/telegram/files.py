"""The fake Telegram's files: photos and documents both ways, getFile and downloads."""

from __future__ import annotations

import asyncio
import mimetypes
from typing import Final

from aiohttp import web
from aiohttp.web_request import FileField

from healthbot.offline.images import image_type
from healthbot.offline.telegram.html import render_text
from healthbot.offline.telegram.messages import MessagesApi, reply_markup
from healthbot.offline.telegram.objects import (
    MAX_DOCUMENT_BYTES,
    MAX_DOWNLOAD_BYTES,
    MAX_PHOTO_BYTES,
    FakeChat,
    JsonDict,
    StoredFile,
    log_entry,
)
from healthbot.offline.telegram.params import ApiError, Params, bad_request

# JPEG start-of-frame markers carry the image size (C4, C8 and CC are other segments).
_JPEG_SOF: Final = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_DEFAULT_IMAGE_SIZE: Final = (512, 512)
_PHOTO_SIDES: Final = (90, 320, 800, 1280)  # the sizes Telegram makes (max side, pixels)


def _image_size(data: bytes) -> tuple[int, int] | None:
    """Return ``(width, height)`` of a PNG, GIF, JPEG or WebP image; None if it is none."""
    kind = image_type(data)
    if kind == "image/png" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if kind == "image/gif" and len(data) >= 10:
        return int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
    if kind == "image/webp":
        return _DEFAULT_IMAGE_SIZE  # a WebP is accepted; its size is not worth parsing here
    if kind != "image/jpeg":
        return None
    index = 2
    while index + 9 <= len(data) and data[index] == 0xFF:
        marker = data[index + 1]
        if marker in _JPEG_SOF:
            height = int.from_bytes(data[index + 5 : index + 7], "big")
            width = int.from_bytes(data[index + 7 : index + 9], "big")
            return width, height
        index += 2 + int.from_bytes(data[index + 2 : index + 4], "big")
    return _DEFAULT_IMAGE_SIZE  # a JPEG whose frame header was not found


def _photo_sides(width: int, height: int) -> list[tuple[int, int]]:
    """The sizes Telegram keeps of a photo: thumbnails, then the photo (at most 1280 px)."""
    longest = max(width, height)
    sides = [side for side in _PHOTO_SIDES[:-1] if side < longest]
    sides.append(min(longest, _PHOTO_SIDES[-1]))
    return [
        (max(1, round(width * side / longest)), max(1, round(height * side / longest)))
        for side in sides
    ]


class FilesApi(MessagesApi):
    """Photos and documents: sent by the users, sent by the bot, downloaded by the bot."""

    def send_photo(self, user_id: int, image: bytes, caption: str | None = None) -> int:
        """Send a photo from the user (PNG, JPEG, GIF or WebP bytes); return the update id.

        The message carries every size Telegram keeps (``photo``, thumbnails first); the bot
        fetches the bytes with getFile and the file URL, as from Telegram.
        """
        size = _image_size(image)
        if size is None:
            raise ValueError("not an image: PNG, JPEG, GIF or WebP bytes expected")
        extra: JsonDict = {"photo": [f.to_api() for f in self._keep_photo(*size, content=image)]}
        if caption is not None:
            extra["caption"] = caption
        return self.send_message_update(user_id, extra)

    def send_document(
        self,
        user_id: int,
        data: bytes,
        file_name: str,
        mime_type: str | None = None,
        caption: str | None = None,
    ) -> int:
        """Send a file from the user (an image sent uncompressed, say); return the update id.
        The MIME type defaults to the one the file name suggests, as Telegram's clients do."""
        mime_type = mime_type or mimetypes.guess_type(file_name)[0]
        (document,) = self._keep_document(file_name, mime_type, content=data)
        extra: JsonDict = {"document": document.to_api()}
        if caption is not None:
            extra["caption"] = caption
        return self.send_message_update(user_id, extra)

    def file_content(self, file_id: str) -> bytes | None:
        """The bytes the bot uploaded under ``file_id`` (None when sent by URL or unknown)."""
        sizes = self._files.get(file_id)
        return None if sizes is None else sizes[-1].content

    async def _send_photo(self, params: Params) -> JsonDict:
        chat = self._target(params, "sendPhoto")
        sizes = self._input_file(params, "photo")
        content = {"photo": [size.to_api() for size in sizes]}
        return self._send_media(chat, params, "sendPhoto", content, sizes[-1].file_id)

    async def _send_document(self, params: Params) -> JsonDict:
        chat = self._target(params, "sendDocument")
        [document] = self._input_file(params, "document")
        content = {"document": document.to_api()}
        return self._send_media(chat, params, "sendDocument", content, document.file_id)

    def _send_media(
        self, chat: FakeChat, params: Params, method: str, content: JsonDict, file_id: str
    ) -> JsonDict:
        caption = params.opt_str("caption") or ""
        parse_mode = params.opt_str("parse_mode")
        plain, entities = render_text(caption, parse_mode, allow_empty=True, caption=True)
        markup = reply_markup(params)
        if plain:
            content["caption"] = plain
        if entities:
            content["caption_entities"] = entities
        message = self._new_message(chat, params, content, markup)
        self._record(
            chat,
            log_entry(
                method,
                chat,
                message_id=message["message_id"],
                text=caption or None,
                parse_mode=parse_mode,
                reply_markup=markup,
                plain_text=plain or None,
                file_id=file_id,
            ),
        )
        return message

    def _input_file(self, params: Params, kind: str) -> tuple[StoredFile, ...]:
        """Resolve a photo/document parameter: an upload, a known file_id or a URL."""
        value = params.opt_file(kind)
        if value is None:
            raise bad_request(f"there is no {kind} in the request")
        if isinstance(value, FileField):
            return self._store_upload(kind, value)
        known = self._files.get(value)
        if known is not None:
            if known[0].kind != kind:
                raise bad_request("type of file mismatch")
            return known
        if not value.startswith(("http://", "https://")):
            raise bad_request("wrong file identifier/HTTP URL specified")
        # Telegram would fetch the URL; the fake takes it on trust and cannot know its size.
        if kind == "photo":
            return self._keep_photo(*_DEFAULT_IMAGE_SIZE, content=None)
        name = value.rsplit("/", 1)[-1].split("?", 1)[0] or "file"
        return self._keep_document(name, mimetypes.guess_type(name)[0], content=None)

    def _store_upload(self, kind: str, upload: FileField) -> tuple[StoredFile, ...]:
        data = upload.file.read()
        if not data:
            raise bad_request("file must be non-empty")
        if len(data) > (MAX_PHOTO_BYTES if kind == "photo" else MAX_DOCUMENT_BYTES):
            raise ApiError(413, "Request Entity Too Large")
        if kind == "photo":
            size = _image_size(data)
            if size is None:
                raise bad_request("IMAGE_PROCESS_FAILED")
            width, height = size
            if min(size) < 1 or width + height > 10_000 or max(size) > 20 * min(size):
                raise bad_request("PHOTO_INVALID_DIMENSIONS")
            return self._keep_photo(width, height, content=data)
        name = upload.filename or "file"
        mime_type = mimetypes.guess_type(name)[0] or upload.content_type
        return self._keep_document(name, mime_type, content=data)

    def _new_file_ids(self, prefix: str) -> tuple[str, str]:
        number = self._next_file_number
        self._next_file_number += 1
        return f"{prefix}{number:010d}fake", f"AQAD{number:010d}"

    def _keep_photo(
        self, width: int, height: int, *, content: bytes | None
    ) -> tuple[StoredFile, ...]:
        sizes: list[StoredFile] = []
        for side_width, side_height in _photo_sides(width, height):
            file_id, unique_id = self._new_file_ids("AgAC")
            # Byte sizes are a guess in proportion to the pixels of each size.
            byte_size = None
            if content is not None:
                byte_size = max(1, len(content) * side_width * side_height // (width * height))
            sizes.append(
                StoredFile(
                    "photo",
                    file_id,
                    unique_id,
                    size=byte_size,
                    content=content,
                    width=side_width,
                    height=side_height,
                )
            )
        group = tuple(sizes)
        for photo_size in group:
            self._files[photo_size.file_id] = group
        return group

    def _keep_document(
        self, name: str, mime_type: str | None, *, content: bytes | None
    ) -> tuple[StoredFile, ...]:
        file_id, unique_id = self._new_file_ids("BQAC")
        document = StoredFile(
            "document",
            file_id,
            unique_id,
            size=None if content is None else len(content),
            content=content,
            file_name=name,
            mime_type=mime_type,
        )
        self._files[file_id] = (document,)
        return (document,)

    async def _get_file(self, params: Params) -> JsonDict:
        file_id = params.opt_str("file_id")
        sizes = None if file_id is None else self._files.get(file_id)
        if sizes is None:
            raise bad_request("invalid file_id")
        stored = next(f for f in sizes if f.file_id == file_id)
        result = stored.to_api()
        if stored.content is None:
            return result  # sent by URL: Telegram has no copy to offer
        if len(stored.content) > MAX_DOWNLOAD_BYTES:
            raise bad_request("file is too big")
        folder = "photos" if stored.kind == "photo" else "documents"
        extension = ".jpg" if stored.kind == "photo" else ""
        if stored.kind != "photo" and stored.file_name and "." in stored.file_name:
            extension = "." + stored.file_name.rsplit(".", 1)[-1]
        path = f"{folder}/file_{stored.file_unique_id}{extension}"
        self._file_paths[path] = stored
        result["file_path"] = path
        return result

    async def _handle_file(self, request: web.Request) -> web.Response:
        """GET /file/bot<token>/<file_path>: a file's bytes, after getFile named the path."""
        if request.match_info["token"] != self.token:
            return web.Response(status=401, text="Unauthorized")
        self.calls["file"] += 1
        stored = self._file_paths.get(request.match_info["path"])
        if stored is None or stored.content is None:
            return web.Response(status=404, text="Not Found")
        if delay := self.delays.get("file"):
            await asyncio.sleep(delay)
        return web.Response(body=stored.content, content_type="application/octet-stream")
