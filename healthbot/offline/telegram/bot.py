"""The fake Telegram's bot profile: getMe, commands, descriptions and getChat."""

from __future__ import annotations

from healthbot.offline.telegram.objects import (
    MAX_DESCRIPTION_LENGTH,
    MAX_SHORT_DESCRIPTION_LENGTH,
    JsonDict,
)
from healthbot.offline.telegram.params import Params, bad_request
from healthbot.offline.telegram.state import TelegramState


def _set_text(params: Params, name: str, texts: dict[str, str], limit: int) -> None:
    """Store a bot's (short) description per language; an empty text removes it."""
    text = params.opt_str(name) or ""
    if len(text) > limit:
        raise bad_request(f"{name.replace('_', ' ')} is too long")
    language = params.opt_str("language_code") or ""
    if text:
        texts[language] = text
    else:
        texts.pop(language, None)


class BotInfoApi(TelegramState):
    """The bot's own profile and the chats' (getMe, getChat, commands, descriptions)."""

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

    async def _return_true(self, params: Params) -> bool:
        return True

    async def _get_me(self, params: Params) -> JsonDict:
        return self._bot_user

    async def _set_my_commands(self, params: Params) -> bool:
        commands = params.opt_json("commands")
        if not isinstance(commands, list):
            raise bad_request("commands is empty")
        self._commands = commands
        return True

    async def _get_my_commands(self, params: Params) -> list[JsonDict]:
        return self._commands

    async def _get_chat(self, params: Params) -> JsonDict:
        chat_id = params.opt_int("chat_id")
        chat = None if chat_id is None else self._chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
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

    async def _set_my_description(self, params: Params) -> bool:
        _set_text(params, "description", self._descriptions, MAX_DESCRIPTION_LENGTH)
        return True

    async def _get_my_description(self, params: Params) -> JsonDict:
        language = params.opt_str("language_code") or ""
        return {"description": self._descriptions.get(language, "")}

    async def _set_my_short_description(self, params: Params) -> bool:
        _set_text(
            params, "short_description", self._short_descriptions, MAX_SHORT_DESCRIPTION_LENGTH
        )
        return True

    async def _get_my_short_description(self, params: Params) -> JsonDict:
        language = params.opt_str("language_code") or ""
        return {"short_description": self._short_descriptions.get(language, "")}
