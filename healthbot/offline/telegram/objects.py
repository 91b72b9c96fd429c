"""The fake Telegram's records: its users and chats, the files it keeps, what the bot did."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any, Final

from healthbot.offline.telegram.limits import Bucket

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
OPT_IN_UPDATE_TYPES: Final = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
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
class StoredFile:
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


# Methods whose calls put a new message in the chat (what wait_for_messages waits for).
NEW_MESSAGE_METHODS: Final = frozenset({"sendMessage", "sendPhoto", "sendDocument"})


@dataclass(slots=True)
class PendingUpdate:
    """An update the bot has not confirmed yet."""

    update_id: int
    kind: str
    payload: str  # the whole Update, serialized once when it is created


@dataclass(slots=True)
class Hold:
    """Answers to one method's calls for one chat, kept back after each call was carried out
    (`FakeTelegram.hold`): `taken` is set at the first such call, `release()` lets them go."""

    method: str
    chat_id: int
    taken: asyncio.Event = field(default_factory=asyncio.Event)
    released: asyncio.Event = field(default_factory=asyncio.Event)

    def release(self) -> None:
        """Answer the calls kept back, and every later one at once."""
        self.released.set()


@dataclass(slots=True)
class FakeChat:
    """Everything the fake knows about one private chat."""

    user: FakeUser
    blocked: bool = False
    messages: dict[int, JsonDict] = field(default_factory=dict)  # message_id -> Message
    log: list[SentMessage] = field(default_factory=list)  # every bot action, in order
    replies: list[SentMessage] = field(default_factory=list)  # new messages: text, photo, doc
    read: int = 0  # replies already returned by wait_for_messages
    waiters: list[tuple[int, asyncio.Future[None]]] = field(default_factory=list)
    bucket: Bucket | None = None  # flood limit for messages, made on first use
    draft_bucket: Bucket | None = None  # flood limit for sendMessageDraft


def log_entry(
    method: str,
    chat: FakeChat,
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
    """What the bot did in the chat, as `sent` returns it, stamped now."""
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
