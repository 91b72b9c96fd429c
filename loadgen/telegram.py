"""A fake Telegram Bot API server for tests, the offline demo and load tests.

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

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import math
import mimetypes
import random
import secrets
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Final, NoReturn

from aiohttp import web
from aiohttp.web_request import FileField

from loadgen.images import image_type
from loadgen.server import FakeServer

log = logging.getLogger(__name__)

MAX_TEXT_LENGTH: Final = 4096
MAX_CAPTION_LENGTH: Final = 1024
MAX_DESCRIPTION_LENGTH: Final = 512
MAX_SHORT_DESCRIPTION_LENGTH: Final = 120
MAX_PHOTO_BYTES: Final = 10 * 1024 * 1024
MAX_DOWNLOAD_BYTES: Final = 20 * 1024 * 1024  # getFile's limit for bots
MAX_DOCUMENT_BYTES: Final = 50 * 1024 * 1024
MAX_CALLBACK_DATA_BYTES: Final = 64
MAX_UPDATES_PER_CALL: Final = 100

# Telegram sends these update types only when a bot asks for them in allowed_updates.
_OPT_IN_UPDATE_TYPES: Final = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
)

_CONFLICT_DESCRIPTION: Final = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)

JsonDict = dict[str, Any]


@dataclass(frozen=True, slots=True)
class FakeUser:
    """A Telegram user who chats with the bot in a private chat."""

    user_id: int
    first_name: str
    username: str | None = None
    language_code: str | None = None

    def to_api(self) -> JsonDict:
        """Return the user as a Bot API ``User`` object."""
        user: JsonDict = {"id": self.user_id, "is_bot": False, "first_name": self.first_name}
        if self.username is not None:
            user["username"] = self.username
        if self.language_code is not None:
            user["language_code"] = self.language_code
        return user

    def chat_to_api(self) -> JsonDict:
        """Return the private chat with this user as a Bot API ``Chat`` object."""
        chat: JsonDict = {"id": self.user_id, "type": "private", "first_name": self.first_name}
        if self.username is not None:
            chat["username"] = self.username
        return chat


@dataclass(frozen=True, slots=True)
class SentMessage:
    """One call by which the bot acted on a chat (sendMessage, editMessageText, ...)."""

    method: str
    chat_id: int
    message_id: int | None
    text: str | None
    parse_mode: str | None
    reply_markup: JsonDict | None
    at: float
    """``time.monotonic()`` when the fake accepted the call."""
    plain_text: str | None = None
    """The text (or a caption) as the user sees it: markup removed, HTML entities decoded."""
    draft_id: int | None = None
    file_id: str | None = None
    """sendPhoto/sendDocument: the file sent (for a photo, its largest size)."""
    show_alert: bool = False
    """answerCallbackQuery: shown as an alert (a dialog) rather than a toast."""


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Telegram's flood limits as token buckets: a sustained rate per second and a burst."""

    per_chat: float = 1.0
    per_chat_burst: int = 3
    overall: float = 30.0
    overall_burst: int = 30
    drafts_per_chat: float = 3.0
    drafts_burst: int = 5
    slack: float = 0.1
    """Seconds a call may come before its token and still pass (the debt is carried over).

    A bot that paces itself with the same figures sends exactly on time, and network jitter
    alone must not turn that into 429s; a bot that is steadily too fast still gets them."""


class _Bucket:
    """A token bucket: ``burst`` tokens, refilled at ``rate`` per second."""

    __slots__ = ("burst", "rate", "slack", "stamp", "tokens")

    def __init__(self, rate: float, burst: int, now: float, slack: float):
        self.rate = rate
        self.burst = float(burst)
        self.slack = slack
        self.tokens = float(burst)
        self.stamp = now

    def wait(self, now: float) -> float:
        """Refill up to ``now``; return the seconds until a token is there (0: pass now)."""
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        wait = (1.0 - self.tokens) / self.rate
        return 0.0 if wait <= self.slack else wait


# Methods that count as messages for the flood limits; drafts are limited on their own.
_MESSAGE_METHODS: Final = frozenset(
    {"sendMessage", "sendPhoto", "sendDocument", "editMessageText", "editMessageReplyMarkup"}
)


@dataclass(frozen=True, slots=True)
class _StoredFile:
    """A file the bot sent, as Telegram keeps it under its file_id."""

    kind: str  # "photo" or "document"
    file_id: str
    file_unique_id: str
    size: int | None
    content: bytes | None  # None: sent by URL (the fake does not fetch it)
    width: int = 0
    height: int = 0
    file_name: str | None = None
    mime_type: str | None = None

    def to_api(self) -> JsonDict:
        """Return the file as a Bot API ``PhotoSize`` or ``Document`` object."""
        result: JsonDict = {"file_id": self.file_id, "file_unique_id": self.file_unique_id}
        if self.kind == "photo":
            result["width"] = self.width
            result["height"] = self.height
        else:
            if self.file_name is not None:
                result["file_name"] = self.file_name
            if self.mime_type is not None:
                result["mime_type"] = self.mime_type
        if self.size is not None:
            result["file_size"] = self.size
        return result


class _ApiError(Exception):
    """A Bot API error answer: HTTP status, description and optional parameters."""

    def __init__(self, status: int, description: str, parameters: JsonDict | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


class _EntityParseError(ValueError):
    """The text is not valid Telegram HTML."""


def _bad_request(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


_SERVER_ERRORS: Final = {500: "Internal Server Error", 502: "Bad Gateway"}
# Methods whose calls put a new message in the chat (what wait_for_messages waits for).
_NEW_MESSAGE_METHODS: Final = frozenset({"sendMessage", "sendPhoto", "sendDocument"})


class _RawJson(str):
    """A result that is already serialized JSON (the getUpdates hot path)."""

    __slots__ = ()


# ---------------------------------------------------------------------------------------------
# HTML parse mode


# tag -> entity type; the empty string marks tags that need their attributes to decide.
_HTML_TAGS: Final = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
    "a": "text_link",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES: Final = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def _utf16_len(text: str) -> int:
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode())


def _decode_entity(text: str, start: int) -> tuple[str, int]:
    """Decode the character entity at ``text[start] == '&'``; return it and the next index."""
    end = text.find(";", start + 1, start + 12)
    if end == -1:
        raise _EntityParseError(
            f'Character "&" at byte offset {_byte_offset(text, start)} must be escaped as "&amp;"'
        )
    name = text[start + 1 : end]
    if name in _NAMED_ENTITIES:
        return _NAMED_ENTITIES[name], end + 1
    code: int | None = None
    if name.startswith(("#x", "#X")) and name[2:]:
        try:
            code = int(name[2:], 16)
        except ValueError:
            code = None
    elif name.startswith("#") and name[1:].isdigit():
        code = int(name[1:])
    if code is None or not (0 < code <= 0x10FFFF) or 0xD800 <= code <= 0xDFFF:
        raise _EntityParseError(
            f'Unsupported HTML entity "&{name};" at byte offset {_byte_offset(text, start)}'
        )
    return chr(code), end + 1


def _parse_attributes(text: str, raw: str, offset: int) -> dict[str, str]:
    """Parse ``name="value"`` pairs of a start tag (values may use entities)."""
    attributes: dict[str, str] = {}
    rest = raw.strip()
    while rest:
        name, sep, rest = rest.partition("=")
        name = name.strip().lower()
        if not sep or not name or " " in name:
            raise _EntityParseError(
                f"Expected equal sign in declaration of an attribute of a start tag "
                f"at byte offset {_byte_offset(text, offset)}"
            )
        rest = rest.lstrip()
        if rest[:1] in {'"', "'"}:
            close = rest.find(rest[0], 1)
            if close == -1:
                raise _EntityParseError(
                    f"Unclosed attribute value at byte offset {_byte_offset(text, offset)}"
                )
            value, rest = rest[1:close], rest[close + 1 :]
        else:
            value, _, rest = rest.partition(" ")
        attributes[name] = _unescape(text, value, offset)
        rest = rest.lstrip()
    return attributes


def _unescape(text: str, value: str, offset: int) -> str:
    if "&" not in value:
        return value
    parts: list[str] = []
    index = 0
    while (amp := value.find("&", index)) != -1:
        parts.append(value[index:amp])
        try:
            char, index = _decode_entity(value, amp)
        except _EntityParseError:
            raise _EntityParseError(
                f"Bad character entity in an attribute at byte offset {_byte_offset(text, offset)}"
            ) from None
        parts.append(char)
    parts.append(value[index:])
    return "".join(parts)


@dataclass(slots=True)
class _OpenTag:
    name: str
    attributes: dict[str, str]
    offset: int  # in UTF-16 code units of the plain text, as Telegram counts entity offsets
    language: str | None = None


def _parse_html(text: str) -> tuple[str, list[JsonDict]]:
    """Parse Telegram HTML into plain text and ``MessageEntity`` dicts (UTF-16 offsets)."""
    plain: list[str] = []
    entities: list[JsonDict] = []
    stack: list[_OpenTag] = []
    position = 0  # UTF-16 length of the plain text so far
    index = 0
    length = len(text)
    while index < length:
        special = min(
            (found for found in (text.find("<", index), text.find("&", index)) if found != -1),
            default=length,
        )
        if special > index:
            chunk = text[index:special]
            plain.append(chunk)
            position += _utf16_len(chunk)
            index = special
            continue
        if text[index] == "&":
            char, index = _decode_entity(text, index)
            plain.append(char)
            position += _utf16_len(char)
            continue
        close = text.find(">", index + 1)
        if close == -1:
            raise _EntityParseError(
                f"Unclosed start tag at byte offset {_byte_offset(text, index)}"
            )
        body = text[index + 1 : close]
        if body.startswith("/"):
            _close_tag(
                text,
                index,
                body[1:].strip().lower(),
                stack=stack,
                entities=entities,
                position=position,
            )
        else:
            name, _, raw_attributes = body.replace("\n", " ").partition(" ")
            name = name.lower()
            if name not in _HTML_TAGS:
                raise _EntityParseError(
                    f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, index)}'
                )
            attributes = _parse_attributes(text, raw_attributes, index)
            if name == "span" and attributes.get("class") != "tg-spoiler":
                raise _EntityParseError('Tag "span" must have class "tg-spoiler"')
            if name == "tg-emoji" and "emoji-id" not in attributes:
                raise _EntityParseError('Custom emoji entity must have attribute "emoji-id"')
            stack.append(_OpenTag(name, attributes, position))
        index = close + 1
    if stack:
        raise _EntityParseError(
            f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"'
        )
    entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return "".join(plain), entities


def _close_tag(
    text: str,
    index: int,
    name: str,
    *,
    stack: list[_OpenTag],
    entities: list[JsonDict],
    position: int,
) -> None:
    if not stack:
        raise _EntityParseError(f"Unexpected end tag at byte offset {_byte_offset(text, index)}")
    tag = stack.pop()
    if name != tag.name:
        raise _EntityParseError(
            f"Unmatched end tag at byte offset {_byte_offset(text, index)}, "
            f'expected "</{tag.name}>", found "</{name}>"'
        )
    code_class = tag.attributes.get("class", "")
    # <pre><code class="language-x"> is one pre entity with a language.
    if (
        tag.name == "code"
        and stack
        and stack[-1].name == "pre"
        and code_class.startswith("language-")
    ):
        stack[-1].language = code_class.removeprefix("language-")
        return
    if position == tag.offset:
        return  # Telegram drops empty entities
    entity: JsonDict = {
        "type": _HTML_TAGS[tag.name],
        "offset": tag.offset,
        "length": position - tag.offset,
    }
    if tag.name == "a":
        entity["url"] = tag.attributes.get("href", "")
    elif tag.name == "pre" and tag.language:
        entity["language"] = tag.language
    elif tag.name == "blockquote" and "expandable" in tag.attributes:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attributes["emoji-id"]
    entities.append(entity)


# ---------------------------------------------------------------------------------------------
# Request parameters


class _Params:
    """Typed access to the parameters of one Bot API call (form fields or a JSON body)."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Any]):
        self._values = values

    def has(self, name: str) -> bool:
        """Return whether the call carries the parameter."""
        return self._values.get(name) not in (None, "")

    def req_int(self, name: str) -> int:
        """Return a required integer parameter."""
        value = self.opt_int(name)
        if value is None:
            raise _bad_request(f"{name} is empty")
        return value

    def opt_int(self, name: str) -> int | None:
        """Return an optional integer parameter."""
        value = self._values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise _bad_request(f"invalid {name} specified")
        if isinstance(value, int):
            return value
        try:
            return int(str(value))
        except ValueError:
            raise _bad_request(f"invalid {name} specified") from None

    def opt_str(self, name: str) -> str | None:
        """Return an optional string parameter."""
        value = self._values.get(name)
        return None if value is None else str(value)

    def opt_bool(self, name: str) -> bool:
        """Return a boolean parameter (false when absent): JSON's true, or "true" in a form."""
        value = self._values.get(name)
        return value is True or (isinstance(value, str) and value.lower() == "true")

    def opt_file(self, name: str) -> FileField | str | None:
        """Return a file parameter: an upload (direct or ``attach://<field>``) or a string."""
        value = self._values.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            value = self._values.get(value.removeprefix("attach://"))
            if not isinstance(value, FileField):
                raise _bad_request(f"file of field {name} not found in the request")
        if isinstance(value, FileField):
            return value
        return None if value is None or value == "" else str(value)

    def opt_json(self, name: str) -> Any:
        """Return an optional JSON-valued parameter (a JSON string in form data)."""
        value = self._values.get(name)
        if not isinstance(value, str):
            return value
        if value == "":
            return None
        try:
            return json.loads(value)
        except ValueError:
            raise _bad_request(f"can't parse {name} JSON object") from None


# ---------------------------------------------------------------------------------------------
# Files


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


# ---------------------------------------------------------------------------------------------
# State


@dataclass(slots=True)
class _Update:
    update_id: int
    kind: str
    payload: str  # the whole Update, serialized once when it is created


@dataclass(slots=True)
class _Chat:
    """Everything the fake knows about one private chat."""

    user: FakeUser
    blocked: bool = False
    next_message_id: int = 1
    messages: dict[int, JsonDict] = field(default_factory=dict)  # message_id -> Message
    log: list[SentMessage] = field(default_factory=list)  # every bot action, in order
    replies: list[SentMessage] = field(default_factory=list)  # new messages: text, photo, doc
    read: int = 0  # replies already returned by wait_for_messages
    waiters: list[tuple[int, asyncio.Future[None]]] = field(default_factory=list)
    bucket: _Bucket | None = None  # flood limit for messages, made on first use
    draft_bucket: _Bucket | None = None  # flood limit for sendMessageDraft

    def new_message_id(self) -> int:
        """Allocate the next message id; ids are per chat and shared by both sides."""
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


_Handler = Callable[[_Params], Awaitable[Any]]


class FakeTelegram(FakeServer):
    """An in-memory Telegram Bot API server for one bot, with the users it talks to.

    All methods must be called from the event loop that runs the server.
    """

    name = "fake Telegram"

    def __init__(
        self,
        token: str = "123456:TEST",  # noqa: S107 - a fake server's test token, not a secret
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_username: str = "healthbot_fake_bot",
        bot_first_name: str = "HealthBot",
        rate_limits: bool = False,
        limits: RateLimits | None = None,
        server_errors: Mapping[str, float] | None = None,
        drops: Mapping[str, float] | None = None,
        jitter: float = 0.0,
        seed: int = 0,
        first_update_id: int | None = None,
        control_token: str | None = None,
    ):
        bot_id, sep, _ = token.partition(":")
        if not sep or not bot_id.isdigit():
            raise ValueError("a bot token looks like '123456:secret'")
        super().__init__(host, port)
        self.token = token
        self.bot_id = int(bot_id)
        self.control_token = control_token or secrets.token_urlsafe(16)
        """The path segment that the control API requires (see ``control_url``)."""
        self.calls: Counter[str] = Counter()
        """How many times each Bot API method was called (wrong-token calls excluded)."""
        self.poll_timeouts: list[int] = []
        """The long-poll `timeout` of each getUpdates call, in order."""
        self._bot_user: JsonDict = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self._chats: dict[int, _Chat] = {}
        self._updates: deque[_Update] = deque()
        # Telegram's update ids only grow for a bot. A bot that keeps a record of the ids it
        # handled (healthbot's inbox) must not see a new fake reuse them, so by default each
        # fake starts from the clock, in milliseconds: later fakes start higher.
        self._next_update_id = (
            first_update_id if first_update_id is not None else int(time.time() * 1000)
        )
        self._allowed_updates: frozenset[str] | None = None  # None: Telegram's default set
        self._poll_waiter: asyncio.Future[bool] | None = None  # result True: conflict
        self._callback_chats: dict[str, int] = {}  # callback query id -> chat id
        self._next_callback_id = 1
        self._methods: dict[str, tuple[str, _Handler]] = {
            name.lower(): (name, handler)
            for name, handler in {
                "getMe": self._get_me,
                "getUpdates": self._get_updates,
                "deleteWebhook": self._return_true,
                "setMyCommands": self._set_my_commands,
                "getMyCommands": self._get_my_commands,
                "deleteMyCommands": self._return_true,
                "sendChatAction": self._send_chat_action,
                "answerCallbackQuery": self._answer_callback_query,
                "sendMessage": self._send_message,
                "editMessageText": self._edit_message_text,
                "editMessageReplyMarkup": self._edit_message_reply_markup,
                "deleteMessage": self._delete_message,
                "sendMessageDraft": self._send_message_draft,
                "sendPhoto": self._send_photo,
                "sendDocument": self._send_document,
                "getFile": self._get_file,
                "getChat": self._get_chat,
                "setMyDescription": self._set_my_description,
                "getMyDescription": self._get_my_description,
                "setMyShortDescription": self._set_my_short_description,
                "getMyShortDescription": self._get_my_short_description,
            }.items()
        }
        self._commands: list[JsonDict] = []
        self._descriptions: dict[str, str] = {}  # language code ("" = default) -> text
        self._short_descriptions: dict[str, str] = {}
        self._files: dict[str, tuple[_StoredFile, ...]] = {}  # file_id -> all sizes of it
        self._next_file_number = 1
        self._file_paths: dict[str, _StoredFile] = {}  # getFile's file_path -> the file

        self.rate_limits = rate_limits
        """Whether Telegram's flood limits apply (see ``limits``); switchable at any time."""
        self._limits = limits or RateLimits()
        self._overall_bucket = self._new_overall_bucket()
        self.rate_limited: Counter[int] = Counter()
        """429 answers given, by chat id (``rate_limited.total()`` for all)."""

        self.delays: dict[str, float] = {}
        """Seconds to wait before answering a method, by method name (slow-server faults)."""
        self.jitter = jitter
        """Up to this many seconds more (uniformly drawn) before answering any call."""
        self.server_errors: dict[str, float] = dict(server_errors or {})
        """Share of calls answered 500 or 502, by method name; ``"*"`` for any other method."""
        self.drops: dict[str, float] = dict(drops or {})
        """Share of calls whose connection is closed unanswered, by method name or ``"*"``."""
        self.random = random.Random(seed)
        """Draws the faults and the jitter; reseed it to replay a run."""
        self.injected: Counter[str] = Counter()
        """Faults injected, by kind: ``"500"``, ``"502"``, ``"drop"``."""

    # -- lifecycle -----------------------------------------------------------------------------

    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/_fake/{control}/users/{user_id}/text", self._control_send_text)
        app.router.add_get("/_fake/{control}/chats/{chat_id}/messages", self._control_messages)
        app.router.add_route("*", "/_fake/{tail:.*}", self._control_refused)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        return app

    @property
    def control_url(self) -> str:
        """The base URL of the control API, its token included: ``<base_url>/_fake/<token>``."""
        return f"{self.base_url}/_fake/{self.control_token}"

    def _before_stop(self) -> None:
        """Answer a pending long poll with no updates."""
        if self._poll_waiter is not None and not self._poll_waiter.done():
            self._poll_waiter.set_result(False)

    # -- acting as users -----------------------------------------------------------------------

    def add_user(
        self,
        user_id: int,
        first_name: str = "User",
        username: str | None = None,
        language_code: str | None = "en",
    ) -> FakeUser:
        """Register a user (idempotent: an existing user gets the new profile, keeps the chat)."""
        user = FakeUser(user_id, first_name, username, language_code)
        chat = self._chats.get(user_id)
        if chat is None:
            self._chats[user_id] = _Chat(user)
        else:
            chat.user = user
        return user

    def block(self, user_id: int) -> None:
        """Make the user block the bot: the bot's later sends to the chat fail with 403."""
        self._chat(user_id).blocked = True

    def unblock(self, user_id: int) -> None:
        """Make the user unblock the bot."""
        self._chat(user_id).blocked = False

    def send_text(self, user_id: int, text: str) -> int:
        """Send a text message from the user to the bot; return the update id.

        A text starting with ``/`` carries a ``bot_command`` entity, as Telegram adds one.
        """
        extra: JsonDict = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            extra["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            ]
        return self.send_message_update(user_id, extra)

    def send_message_update(self, user_id: int, extra: Mapping[str, Any]) -> int:
        """Send a message with extra fields (sticker, photo, voice...); return the update id."""
        chat = self._chat(user_id)
        message: JsonDict = {
            "message_id": chat.new_message_id(),
            "from": chat.user.to_api(),
            "chat": chat.user.chat_to_api(),
            "date": int(time.time()),
            **extra,
        }
        chat.messages[message["message_id"]] = message
        return self._enqueue("message", {"message": message})

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

    def send_edited_text(self, user_id: int, message_id: int, text: str) -> int:
        """Make the user edit one of their text messages; return the update id."""
        chat = self._chat(user_id)
        message = chat.messages.get(message_id)
        if message is None or message["from"]["id"] != user_id:
            raise ValueError(f"user {user_id} has no message {message_id} to edit")
        edited = {**message, "text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        chat.messages[message_id] = edited
        return self._enqueue("edited_message", {"edited_message": edited})

    def press_button(
        self, user_id: int, message_id: int, callback_data: str, *, forged: bool = False
    ) -> int:
        """Make the user press an inline button of a bot message; return the update id.

        `forged=True` sends `callback_data` even if no button carries it: what a modified
        client can do (Telegram relays any data up to 64 bytes), for tests of bad input.
        """
        chat = self._chat(user_id)
        message = chat.messages.get(message_id)
        if message is None or message["from"]["id"] != self.bot_id:
            raise ValueError(f"chat {user_id} has no bot message {message_id}")
        keyboard = message.get("reply_markup", {}).get("inline_keyboard", [])
        if not forged and not any(
            button.get("callback_data") == callback_data for row in keyboard for button in row
        ):
            raise ValueError(f"message {message_id} has no button with data {callback_data!r}")
        query_id = str(self._next_callback_id)
        self._next_callback_id += 1
        self._callback_chats[query_id] = user_id
        query = {
            "id": query_id,
            "from": chat.user.to_api(),
            "message": message,
            "chat_instance": str(user_id),
            "data": callback_data,
        }
        return self._enqueue("callback_query", {"callback_query": query})

    # -- observing the bot ---------------------------------------------------------------------

    def sent(self, chat_id: int, method: str | None = None) -> list[SentMessage]:
        """Return what the bot did in the chat, in order, optionally only one method's calls."""
        entries = self._chat(chat_id).log
        return [entry for entry in entries if method is None or entry.method == method]

    async def wait_for_messages(
        self,
        chat_id: int,
        count: int = 1,
        *,
        # The deadline belongs to the helper: a test wants a clear failure, not a hang.
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> list[SentMessage]:
        """Wait for at least ``count`` new messages from the bot and return all new ones.

        Messages are sendMessage, sendPhoto and sendDocument calls (not drafts or edits).

        "New" means not returned by an earlier ``wait_for_messages`` for the chat, so a script
        can alternate ``send_text`` and ``wait_for_messages``.
        """
        chat = self._chat(chat_id)
        target = chat.read + count
        if len(chat.replies) < target:
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            entry = (target, waiter)
            chat.waiters.append(entry)
            try:
                async with asyncio.timeout(timeout):
                    await waiter
            except TimeoutError:
                got = [reply.text for reply in chat.replies[chat.read :]]
                raise TimeoutError(
                    f"chat {chat_id}: expected {count} new message(s) from the bot "
                    f"within {timeout} s, got {len(got)}: {got!r}"
                ) from None
            finally:
                if entry in chat.waiters:
                    chat.waiters.remove(entry)
        new = chat.replies[chat.read :]
        chat.read = len(chat.replies)
        return new

    @property
    def pending_updates(self) -> int:
        """The number of updates not yet confirmed by the bot."""
        return len(self._updates)

    @property
    def commands(self) -> list[JsonDict]:
        """The command list last given to setMyCommands."""
        return list(self._commands)

    def description(self, language_code: str = "") -> str:
        """The bot's description last given to setMyDescription for the language."""
        return self._descriptions.get(language_code, "")

    def short_description(self, language_code: str = "") -> str:
        """The bot's short description last given to setMyShortDescription."""
        return self._short_descriptions.get(language_code, "")

    def file_content(self, file_id: str) -> bytes | None:
        """The bytes the bot uploaded under ``file_id`` (None when sent by URL or unknown)."""
        sizes = self._files.get(file_id)
        return None if sizes is None else sizes[-1].content

    @property
    def limits(self) -> RateLimits:
        """The flood limits applied while ``rate_limits`` is on."""
        return self._limits

    @limits.setter
    def limits(self, limits: RateLimits) -> None:
        # New figures start with full buckets; the old buckets' state means nothing to them.
        self._limits = limits
        self._overall_bucket = self._new_overall_bucket()
        for chat in self._chats.values():
            chat.bucket = chat.draft_bucket = None

    # -- internals: users' side ----------------------------------------------------------------

    def _chat(self, chat_id: int) -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            raise KeyError(f"unknown user/chat {chat_id}; call add_user first")
        return chat

    def _enqueue(self, kind: str, body: JsonDict) -> int:
        update_id = self._next_update_id
        self._next_update_id += 1
        # Telegram does not create updates of types the bot did not ask for.
        if self._is_allowed(kind):
            payload = json.dumps({"update_id": update_id, **body}, ensure_ascii=False)
            self._updates.append(_Update(update_id, kind, payload))
            if self._poll_waiter is not None and not self._poll_waiter.done():
                self._poll_waiter.set_result(False)
        return update_id

    def _is_allowed(self, kind: str) -> bool:
        if self._allowed_updates is None:
            return kind not in _OPT_IN_UPDATE_TYPES
        return kind in self._allowed_updates

    # -- internals: HTTP -----------------------------------------------------------------------

    async def _handle_api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error_response(_ApiError(401, "Unauthorized"))
        entry = self._methods.get(request.match_info["method"].lower())
        if entry is None:
            return _error_response(_ApiError(404, "Not Found"))
        name, handler = entry
        self.calls[name] += 1
        if (self.delays or self.jitter or self.drops or self.server_errors) and (
            fault := await self._inject_faults(name, request)
        ):
            return fault
        try:
            params = await _read_params(request)
            result = await handler(params)
        except _ApiError as error:
            return _error_response(error)
        except Exception:  # the HTTP boundary: answer like Telegram, keep serving
            log.exception("fake Telegram failed on %s", name)
            return _error_response(_ApiError(500, "Internal Server Error"))
        if isinstance(result, _RawJson):
            body = f'{{"ok":true,"result":{result}}}'
        else:
            body = json.dumps({"ok": True, "result": result}, ensure_ascii=False)
        return web.Response(text=body, content_type="application/json")

    def _control_allowed(self, request: web.Request) -> bool:
        return secrets.compare_digest(request.match_info.get("control", ""), self.control_token)

    async def _control_refused(self, _: web.Request) -> web.Response:
        return web.json_response({"error": "forbidden: the control token is missing"}, status=403)

    async def _control_send_text(self, request: web.Request) -> web.Response:
        """POST <control_url>/users/<id>/text {"text": ..., "first_name"?: ...} -> update_id."""
        if not self._control_allowed(request):
            return await self._control_refused(request)
        try:
            user_id = int(request.match_info["user_id"])
            body = await request.json()
            text = body["text"]
            if not isinstance(text, str):
                raise TypeError("text must be a string")
        except (ValueError, KeyError, TypeError) as error:
            return web.json_response({"error": f"bad request: {error}"}, status=400)
        if user_id not in self._chats:
            self.add_user(
                user_id,
                first_name=body.get("first_name", f"User {user_id}"),
                username=body.get("username"),
                language_code=body.get("language_code", "en"),
            )
        return web.json_response({"update_id": self.send_text(user_id, text)})

    async def _control_messages(self, request: web.Request) -> web.Response:
        """GET <control_url>/chats/<id>/messages?since=N -> the chat's log from entry N on."""
        if not self._control_allowed(request):
            return await self._control_refused(request)
        try:
            chat_id = int(request.match_info["chat_id"])
            since = int(request.query.get("since", "0"))
        except ValueError as error:
            return web.json_response({"error": f"bad request: {error}"}, status=400)
        chat = self._chats.get(chat_id)
        if chat is None:
            return web.json_response({"error": f"unknown chat {chat_id}"}, status=404)
        return web.json_response([dataclasses.asdict(entry) for entry in chat.log[since:]])

    # -- internals: Bot API methods ------------------------------------------------------------

    async def _return_true(self, params: _Params) -> bool:
        return True

    async def _get_me(self, params: _Params) -> JsonDict:
        return self._bot_user

    async def _set_my_commands(self, params: _Params) -> bool:
        commands = params.opt_json("commands")
        if not isinstance(commands, list):
            raise _bad_request("commands is empty")
        self._commands = commands
        return True

    async def _get_my_commands(self, params: _Params) -> list[JsonDict]:
        return self._commands

    async def _get_updates(self, params: _Params) -> _RawJson:
        offset = params.opt_int("offset")
        limit = min(max(params.opt_int("limit") or MAX_UPDATES_PER_CALL, 1), MAX_UPDATES_PER_CALL)
        timeout = max(params.opt_int("timeout") or 0, 0)
        self.poll_timeouts.append(timeout)
        allowed = params.opt_json("allowed_updates")
        if isinstance(allowed, list):
            self._set_allowed_updates(frozenset(str(kind) for kind in allowed) or None)
        if offset is not None:
            self._confirm(offset)
        # Telegram keeps one getUpdates per bot: the newer request terminates the older one.
        if self._poll_waiter is not None and not self._poll_waiter.done():
            self._poll_waiter.set_result(True)
        if self._updates or timeout == 0:
            return self._take(limit)
        waiter: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._poll_waiter = waiter
        try:
            async with asyncio.timeout(timeout):
                conflict = await waiter
        except TimeoutError:
            conflict = False
        finally:
            if self._poll_waiter is waiter:
                self._poll_waiter = None
        if conflict:
            raise _ApiError(409, _CONFLICT_DESCRIPTION)
        return self._take(limit)

    def _set_allowed_updates(self, allowed: frozenset[str] | None) -> None:
        if allowed == self._allowed_updates:
            return
        self._allowed_updates = allowed
        # Rare (a bot changes its mind); dropping now keeps the hot path free of filtering.
        self._updates = deque(update for update in self._updates if self._is_allowed(update.kind))

    def _confirm(self, offset: int) -> None:
        updates = self._updates
        if offset < 0:  # -N: keep only the last N updates
            while len(updates) > -offset:
                updates.popleft()
            return
        while updates and updates[0].update_id < offset:
            updates.popleft()

    def _take(self, limit: int) -> _RawJson:
        payloads = [update.payload for update in islice(self._updates, limit)]
        return _RawJson(f"[{','.join(payloads)}]")

    async def _inject_faults(self, name: str, request: web.Request) -> web.Response | None:
        """Delay the call; answer it with a fault instead of running it, or return None."""
        delay = self.delays.get(name, 0.0)
        if self.jitter:
            delay += self.random.uniform(0.0, self.jitter)
        if delay > 0:
            await asyncio.sleep(delay)
        if self.drops and self._draw(self.drops, name):
            self.injected["drop"] += 1
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=500)  # never written: the connection is gone
        if self.server_errors and self._draw(self.server_errors, name):
            status = self.random.choice((500, 502))
            self.injected[str(status)] += 1
            return _error_response(_ApiError(status, _SERVER_ERRORS[status]))
        return None

    def _new_overall_bucket(self) -> _Bucket:
        limits = self._limits
        return _Bucket(limits.overall, limits.overall_burst, time.monotonic(), limits.slack)

    def _draw(self, shares: Mapping[str, float], method: str) -> bool:
        """Draw whether a fault with the method's share (or the ``"*"`` share) happens."""
        share = shares.get(method)
        if share is None:
            share = shares.get("*", 0.0)
        return share > 0 and self.random.random() < share

    def _admit(self, method: str, chat: _Chat) -> None:
        """Decide whether the bot may act on the chat now; every outgoing send passes here.

        With ``rate_limits`` on, a call over the flood limits gets 429 with ``retry_after``.
        """
        if not self.rate_limits:
            return
        limits = self._limits
        now = time.monotonic()
        if method == "sendMessageDraft":
            bucket = chat.draft_bucket
            if bucket is None:
                bucket = chat.draft_bucket = _Bucket(
                    limits.drafts_per_chat, limits.drafts_burst, now, limits.slack
                )
            if wait := bucket.wait(now):
                self._refuse(chat, wait)
            bucket.tokens -= 1.0
            return
        if method not in _MESSAGE_METHODS:
            return
        bucket = chat.bucket
        if bucket is None:
            bucket = chat.bucket = _Bucket(
                limits.per_chat, limits.per_chat_burst, now, limits.slack
            )
        overall = self._overall_bucket
        # Check both before taking from either: a refused call uses up nothing.
        wait = max(bucket.wait(now), overall.wait(now))
        if wait:
            self._refuse(chat, wait)
        bucket.tokens -= 1.0
        overall.tokens -= 1.0

    def _refuse(self, chat: _Chat, wait: float) -> NoReturn:
        self.rate_limited[chat.user.user_id] += 1
        retry_after = max(1, math.ceil(wait))
        raise _ApiError(
            429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
        )

    def _target(self, params: _Params, method: str) -> _Chat:
        """Resolve chat_id to a chat the bot may write to (400/403 otherwise)."""
        chat_id = params.opt_int("chat_id")
        if chat_id is None:
            if params.has("chat_id"):  # @channelusername and the like
                raise _bad_request("chat not found")
            raise _bad_request("chat_id is empty")
        chat = self._chats.get(chat_id)
        if chat is None:
            raise _bad_request("chat not found")
        if chat.blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        self._admit(method, chat)
        return chat

    def _record(self, chat: _Chat, entry: SentMessage) -> None:
        chat.log.append(entry)
        if entry.method not in _NEW_MESSAGE_METHODS:
            return
        chat.replies.append(entry)
        if chat.waiters:
            arrived = len(chat.replies)
            for target, waiter in chat.waiters:
                if target <= arrived and not waiter.done():
                    waiter.set_result(None)

    async def _send_chat_action(self, params: _Params) -> bool:
        chat = self._target(params, "sendChatAction")
        action = params.opt_str("action")
        if not action:
            raise _bad_request("action is empty")
        self._record(chat, _entry("sendChatAction", chat, text=action))
        return True

    async def _answer_callback_query(self, params: _Params) -> bool:
        query_id = params.opt_str("callback_query_id") or ""
        chat_id = self._callback_chats.pop(query_id, None)
        if chat_id is None:
            raise _bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        chat = self._chats[chat_id]
        self._admit("answerCallbackQuery", chat)
        alert = params.opt_bool("show_alert")
        entry = _entry("answerCallbackQuery", chat, text=params.opt_str("text"), show_alert=alert)
        self._record(chat, entry)
        return True

    async def _send_message(self, params: _Params) -> JsonDict:
        chat = self._target(params, "sendMessage")
        text = params.opt_str("text") or ""
        parse_mode = params.opt_str("parse_mode")
        plain, entities = _render_text(text, parse_mode, allow_empty=False)
        markup = _reply_markup(params)
        reply_to = self._reply_to(chat, params)
        message: JsonDict = {
            "message_id": chat.new_message_id(),
            "from": self._bot_user,
            "chat": chat.user.chat_to_api(),
            "date": int(time.time()),
            "text": plain,
        }
        if entities:
            message["entities"] = entities
        if markup is not None and "inline_keyboard" in markup:
            message["reply_markup"] = markup  # Telegram echoes only inline keyboards
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        chat.messages[message["message_id"]] = message
        self._record(
            chat,
            _entry(
                "sendMessage",
                chat,
                message_id=message["message_id"],
                text=text,
                parse_mode=parse_mode,
                reply_markup=markup,
                plain_text=plain,
            ),
        )
        return message

    def _reply_to(self, chat: _Chat, params: _Params) -> JsonDict | None:
        reply_parameters = params.opt_json("reply_parameters")
        if isinstance(reply_parameters, dict):
            message_id = reply_parameters.get("message_id")
            allow_missing = bool(reply_parameters.get("allow_sending_without_reply"))
        else:
            message_id = params.opt_int("reply_to_message_id")
            allow_missing = params.opt_bool("allow_sending_without_reply")
        if message_id is None:
            return None
        original = chat.messages.get(int(message_id))
        if original is None:
            if allow_missing:
                return None
            raise _bad_request("message to be replied not found")
        # Telegram does not nest replies further than one level.
        return {key: value for key, value in original.items() if key != "reply_to_message"}

    def _bot_message(self, chat: _Chat, params: _Params, action: str) -> JsonDict:
        if params.has("inline_message_id"):
            raise _bad_request("inline messages are not supported by the fake")
        message_id = params.req_int("message_id")
        message = chat.messages.get(message_id)
        if message is None:
            raise _bad_request(f"message to {action} not found")
        if message["from"]["id"] != self.bot_id:
            raise _bad_request(f"message can't be {action}ed")
        return message

    async def _edit_message_text(self, params: _Params) -> JsonDict:
        chat = self._target(params, "editMessageText")
        message = self._bot_message(chat, params, "edit")
        text = params.opt_str("text") or ""
        parse_mode = params.opt_str("parse_mode")
        plain, entities = _render_text(text, parse_mode, allow_empty=False)
        markup = _reply_markup(params)
        inline = markup if markup is not None and "inline_keyboard" in markup else None
        if (
            plain == message.get("text")
            and entities == message.get("entities", [])
            and inline == message.get("reply_markup")
        ):
            raise _bad_request(
                "message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message"
            )
        edited = {**message, "text": plain, "edit_date": int(time.time())}
        edited.pop("entities", None)
        edited.pop("reply_markup", None)
        if entities:
            edited["entities"] = entities
        if inline is not None:
            edited["reply_markup"] = inline
        chat.messages[message["message_id"]] = edited
        self._record(
            chat,
            _entry(
                "editMessageText",
                chat,
                message_id=message["message_id"],
                text=text,
                parse_mode=parse_mode,
                reply_markup=markup,
                plain_text=plain,
            ),
        )
        return edited

    async def _edit_message_reply_markup(self, params: _Params) -> JsonDict:
        chat = self._target(params, "editMessageReplyMarkup")
        message = self._bot_message(chat, params, "edit")
        markup = _reply_markup(params)
        inline = markup if markup is not None and "inline_keyboard" in markup else None
        if inline == message.get("reply_markup"):
            raise _bad_request(
                "message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message"
            )
        edited = {**message, "edit_date": int(time.time())}
        edited.pop("reply_markup", None)
        if inline is not None:
            edited["reply_markup"] = inline
        chat.messages[message["message_id"]] = edited
        self._record(
            chat,
            _entry(
                "editMessageReplyMarkup",
                chat,
                message_id=message["message_id"],
                reply_markup=markup,
            ),
        )
        return edited

    async def _delete_message(self, params: _Params) -> bool:
        chat = self._target(params, "deleteMessage")
        message_id = params.req_int("message_id")
        if chat.messages.pop(message_id, None) is None:
            raise _bad_request("message to delete not found")
        self._record(chat, _entry("deleteMessage", chat, message_id=message_id))
        return True

    async def _send_message_draft(self, params: _Params) -> bool:
        chat = self._target(params, "sendMessageDraft")
        draft_id = params.req_int("draft_id")
        if draft_id == 0:
            raise _bad_request("draft_id must be non-zero")
        text = params.opt_str("text") or ""  # empty: a "Thinking..." placeholder
        parse_mode = params.opt_str("parse_mode")
        plain, _ = _render_text(text, parse_mode, allow_empty=True)
        self._record(
            chat,
            _entry(
                "sendMessageDraft",
                chat,
                text=text,
                parse_mode=parse_mode,
                plain_text=plain,
                draft_id=draft_id,
            ),
        )
        return True

    async def _send_photo(self, params: _Params) -> JsonDict:
        chat = self._target(params, "sendPhoto")
        sizes = self._input_file(params, "photo")
        content = {"photo": [size.to_api() for size in sizes]}
        return self._send_media(chat, params, "sendPhoto", content, sizes[-1].file_id)

    async def _send_document(self, params: _Params) -> JsonDict:
        chat = self._target(params, "sendDocument")
        [document] = self._input_file(params, "document")
        content = {"document": document.to_api()}
        return self._send_media(chat, params, "sendDocument", content, document.file_id)

    def _send_media(
        self, chat: _Chat, params: _Params, method: str, content: JsonDict, file_id: str
    ) -> JsonDict:
        caption = params.opt_str("caption") or ""
        parse_mode = params.opt_str("parse_mode")
        plain, entities = _render_text(caption, parse_mode, allow_empty=True, caption=True)
        markup = _reply_markup(params)
        reply_to = self._reply_to(chat, params)
        message: JsonDict = {
            "message_id": chat.new_message_id(),
            "from": self._bot_user,
            "chat": chat.user.chat_to_api(),
            "date": int(time.time()),
            **content,
        }
        if plain:
            message["caption"] = plain
        if entities:
            message["caption_entities"] = entities
        if markup is not None and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        chat.messages[message["message_id"]] = message
        self._record(
            chat,
            _entry(
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

    def _input_file(self, params: _Params, kind: str) -> tuple[_StoredFile, ...]:
        """Resolve a photo/document parameter: an upload, a known file_id or a URL."""
        value = params.opt_file(kind)
        if value is None:
            raise _bad_request(f"there is no {kind} in the request")
        if isinstance(value, FileField):
            return self._store_upload(kind, value)
        known = self._files.get(value)
        if known is not None:
            if known[0].kind != kind:
                raise _bad_request("type of file mismatch")
            return known
        if not value.startswith(("http://", "https://")):
            raise _bad_request("wrong file identifier/HTTP URL specified")
        # Telegram would fetch the URL; the fake takes it on trust and cannot know its size.
        if kind == "photo":
            return self._keep_photo(*_DEFAULT_IMAGE_SIZE, content=None)
        name = value.rsplit("/", 1)[-1].split("?", 1)[0] or "file"
        return self._keep_document(name, mimetypes.guess_type(name)[0], content=None)

    def _store_upload(self, kind: str, upload: FileField) -> tuple[_StoredFile, ...]:
        data = upload.file.read()
        if not data:
            raise _bad_request("file must be non-empty")
        if len(data) > (MAX_PHOTO_BYTES if kind == "photo" else MAX_DOCUMENT_BYTES):
            raise _ApiError(413, "Request Entity Too Large")
        if kind == "photo":
            size = _image_size(data)
            if size is None:
                raise _bad_request("IMAGE_PROCESS_FAILED")
            width, height = size
            if min(size) < 1 or width + height > 10_000 or max(size) > 20 * min(size):
                raise _bad_request("PHOTO_INVALID_DIMENSIONS")
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
    ) -> tuple[_StoredFile, ...]:
        sizes: list[_StoredFile] = []
        for side_width, side_height in _photo_sides(width, height):
            file_id, unique_id = self._new_file_ids("AgAC")
            # Byte sizes are a guess in proportion to the pixels of each size.
            byte_size = None
            if content is not None:
                byte_size = max(1, len(content) * side_width * side_height // (width * height))
            sizes.append(
                _StoredFile(
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
    ) -> tuple[_StoredFile, ...]:
        file_id, unique_id = self._new_file_ids("BQAC")
        document = _StoredFile(
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

    async def _get_file(self, params: _Params) -> JsonDict:
        file_id = params.opt_str("file_id")
        sizes = None if file_id is None else self._files.get(file_id)
        if sizes is None:
            raise _bad_request("invalid file_id")
        stored = next(f for f in sizes if f.file_id == file_id)
        result = stored.to_api()
        if stored.content is None:
            return result  # sent by URL: Telegram has no copy to offer
        if len(stored.content) > MAX_DOWNLOAD_BYTES:
            raise _bad_request("file is too big")
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

    async def _get_chat(self, params: _Params) -> JsonDict:
        chat_id = params.opt_int("chat_id")
        chat = None if chat_id is None else self._chats.get(chat_id)
        if chat is None:
            raise _bad_request("chat not found")
        return {
            **chat.user.chat_to_api(),
            "accent_color_id": chat.user.user_id % 7,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": True,
                "limited_gifts": True,
                "unique_gifts": True,
                "premium_subscription": True,
                "gifts_from_channels": True,
            },
        }

    async def _set_my_description(self, params: _Params) -> bool:
        _set_text(params, "description", self._descriptions, MAX_DESCRIPTION_LENGTH)
        return True

    async def _get_my_description(self, params: _Params) -> JsonDict:
        language = params.opt_str("language_code") or ""
        return {"description": self._descriptions.get(language, "")}

    async def _set_my_short_description(self, params: _Params) -> bool:
        _set_text(
            params, "short_description", self._short_descriptions, MAX_SHORT_DESCRIPTION_LENGTH
        )
        return True

    async def _get_my_short_description(self, params: _Params) -> JsonDict:
        language = params.opt_str("language_code") or ""
        return {"short_description": self._short_descriptions.get(language, "")}


def _set_text(params: _Params, name: str, texts: dict[str, str], limit: int) -> None:
    """Store a bot's (short) description per language; an empty text removes it."""
    text = params.opt_str(name) or ""
    if len(text) > limit:
        raise _bad_request(f"{name.replace('_', ' ')} is too long")
    language = params.opt_str("language_code") or ""
    if text:
        texts[language] = text
    else:
        texts.pop(language, None)


def _entry(
    method: str,
    chat: _Chat,
    *,
    message_id: int | None = None,
    text: str | None = None,
    parse_mode: str | None = None,
    reply_markup: JsonDict | None = None,
    plain_text: str | None = None,
    draft_id: int | None = None,
    file_id: str | None = None,
    show_alert: bool = False,
) -> SentMessage:
    return SentMessage(
        method=method,
        chat_id=chat.user.user_id,
        message_id=message_id,
        text=text,
        parse_mode=parse_mode,
        reply_markup=reply_markup,
        at=time.monotonic(),
        plain_text=plain_text,
        draft_id=draft_id,
        file_id=file_id,
        show_alert=show_alert,
    )


def _render_text(
    text: str, parse_mode: str | None, *, allow_empty: bool, caption: bool = False
) -> tuple[str, list[JsonDict]]:
    """Validate a message text like Telegram; return the plain text and its entities."""
    mode = parse_mode.lower() if parse_mode else ""
    if mode == "html":
        try:
            plain, entities = _parse_html(text)
        except _EntityParseError as error:
            raise _bad_request(f"can't parse entities: {error}") from None
    elif mode in {"", "markdown", "markdownv2"}:
        plain, entities = text, []
    else:
        raise _bad_request(f"unsupported parse_mode {parse_mode!r}")
    if caption:
        if len(plain) > MAX_CAPTION_LENGTH:
            raise _bad_request("message caption is too long")
        return plain, entities
    if not allow_empty and not plain.strip():
        raise _bad_request("message text is empty")
    if len(plain) > MAX_TEXT_LENGTH:
        raise _bad_request("message is too long")
    return plain, entities


def _reply_markup(params: _Params) -> JsonDict | None:
    markup = params.opt_json("reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise _bad_request("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
                raise _bad_request("BUTTON_DATA_INVALID")
    return markup


async def _read_params(request: web.Request) -> _Params:
    values: dict[str, Any] = dict(request.query)
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise _bad_request("can't parse JSON body") from None
            if not isinstance(body, dict):
                raise _bad_request("JSON body must be an object")
            values.update(body)
        else:
            values.update(await request.post())
    return _Params(values)


def _error_response(error: _ApiError) -> web.Response:
    body: JsonDict = {"ok": False, "error_code": error.status, "description": error.description}
    if error.parameters:
        body["parameters"] = error.parameters
    return web.json_response(body, status=error.status)
