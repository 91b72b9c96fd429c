"""The fake Telegram's messages: send, edit, delete, drafts, chat actions, callbacks."""

from __future__ import annotations

import time

from healthbot.offline.telegram.html import render_text
from healthbot.offline.telegram.objects import (
    MAX_CALLBACK_DATA_BYTES,
    FakeChat,
    JsonDict,
    log_entry,
)
from healthbot.offline.telegram.params import Params, bad_request
from healthbot.offline.telegram.state import TelegramState


def reply_markup(params: Params) -> JsonDict | None:
    """The call's reply_markup, its buttons' callback data checked as Telegram does."""
    markup = params.opt_json("reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
                raise bad_request("BUTTON_DATA_INVALID")
    return markup


class MessagesApi(TelegramState):
    """What the bot does with messages in a chat."""

    async def _send_chat_action(self, params: Params) -> bool:
        chat = self._target(params, "sendChatAction")
        action = params.opt_str("action")
        if not action:
            raise bad_request("action is empty")
        self._record(chat, log_entry("sendChatAction", chat, text=action))
        return True

    async def _answer_callback_query(self, params: Params) -> bool:
        query_id = params.opt_str("callback_query_id") or ""
        chat_id = self._callback_chats.pop(query_id, None)
        if chat_id is None:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        chat = self._chats[chat_id]
        self._admit("answerCallbackQuery", chat)
        alert = params.opt_bool("show_alert")
        entry = log_entry(
            "answerCallbackQuery", chat, text=params.opt_str("text"), show_alert=alert
        )
        self._record(chat, entry)
        return True

    async def _send_message(self, params: Params) -> JsonDict:
        chat = self._target(params, "sendMessage")
        text = params.opt_str("text") or ""
        parse_mode = params.opt_str("parse_mode")
        plain, entities = render_text(text, parse_mode, allow_empty=False)
        markup = reply_markup(params)
        content: JsonDict = {"text": plain}
        if entities:
            content["entities"] = entities
        message = self._new_message(chat, params, content, markup)
        self._record_text(
            chat,
            "sendMessage",
            message,
            text=text,
            parse_mode=parse_mode,
            markup=markup,
            plain=plain,
        )
        return message

    def _new_message(
        self, chat: FakeChat, params: Params, content: JsonDict, markup: JsonDict | None
    ) -> JsonDict:
        """A new message from the bot in the chat: its content, the inline keyboard (Telegram
        echoes no other markup) and the message it replies to."""
        reply_to = _replied_message(chat, params)
        message: JsonDict = {
            "message_id": self.new_message_id(),
            "from": self._bot_user,
            "chat": chat.user.chat_to_api(),
            "date": int(time.time()),
            **content,
        }
        if markup is not None and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        chat.messages[message["message_id"]] = message
        return message

    def _record_text(
        self,
        chat: FakeChat,
        method: str,
        message: JsonDict,
        *,
        text: str,
        parse_mode: str | None,
        markup: JsonDict | None,
        plain: str,
    ) -> None:
        """Log a text message the bot sent or edited: the text as sent, and as shown."""
        entry = log_entry(
            method,
            chat,
            message_id=message["message_id"],
            text=text,
            parse_mode=parse_mode,
            reply_markup=markup,
            plain_text=plain,
        )
        self._record(chat, entry)

    def _bot_message(self, chat: FakeChat, params: Params, action: str) -> JsonDict:
        if params.has("inline_message_id"):
            raise bad_request("inline messages are not supported by the fake")
        message_id = params.req_int("message_id")
        message = chat.messages.get(message_id)
        if message is None:
            raise bad_request(f"message to {action} not found")
        if message["from"]["id"] != self.bot_id:
            raise bad_request(f"message can't be {action}ed")
        return message

    async def _edit_message_text(self, params: Params) -> JsonDict:
        chat = self._target(params, "editMessageText")
        message = self._bot_message(chat, params, "edit")
        text = params.opt_str("text") or ""
        parse_mode = params.opt_str("parse_mode")
        plain, entities = render_text(text, parse_mode, allow_empty=False)
        markup = reply_markup(params)
        inline = markup if markup is not None and "inline_keyboard" in markup else None
        if (
            plain == message.get("text")
            and entities == message.get("entities", [])
            and inline == message.get("reply_markup")
        ):
            raise bad_request(
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
        self._record_text(
            chat,
            "editMessageText",
            message,
            text=text,
            parse_mode=parse_mode,
            markup=markup,
            plain=plain,
        )
        return edited

    async def _edit_message_reply_markup(self, params: Params) -> JsonDict:
        chat = self._target(params, "editMessageReplyMarkup")
        message = self._bot_message(chat, params, "edit")
        markup = reply_markup(params)
        inline = markup if markup is not None and "inline_keyboard" in markup else None
        if inline == message.get("reply_markup"):
            raise bad_request(
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
            log_entry(
                "editMessageReplyMarkup",
                chat,
                message_id=message["message_id"],
                reply_markup=markup,
            ),
        )
        return edited

    async def _delete_message(self, params: Params) -> bool:
        chat = self._target(params, "deleteMessage")
        message_id = params.req_int("message_id")
        if chat.messages.pop(message_id, None) is None:
            raise bad_request("message to delete not found")
        self._record(chat, log_entry("deleteMessage", chat, message_id=message_id))
        return True

    async def _send_message_draft(self, params: Params) -> bool:
        chat = self._target(params, "sendMessageDraft")
        draft_id = params.req_int("draft_id")
        if draft_id == 0:
            raise bad_request("draft_id must be non-zero")
        text = params.opt_str("text") or ""  # empty: a "Thinking..." placeholder
        parse_mode = params.opt_str("parse_mode")
        plain, _ = render_text(text, parse_mode, allow_empty=True)
        self._record(
            chat,
            log_entry(
                "sendMessageDraft",
                chat,
                text=text,
                parse_mode=parse_mode,
                plain_text=plain,
                draft_id=draft_id,
            ),
        )
        return True


def _replied_message(chat: FakeChat, params: Params) -> JsonDict | None:
    """The message a new one replies to, as Telegram echoes it (None: not a reply)."""
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
        raise bad_request("message to be replied not found")
    # Telegram does not nest replies further than one level.
    return {key: value for key, value in original.items() if key != "reply_to_message"}
