"""A daemon that dies once after a reply: a middleware that fails the first update of a given
text after its handler ran, so that the update is handled again from what is stored (as after
a kill -9 between the reply and the inbox row's "done")."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update


class DiesOnce(BaseMiddleware):
    """After the handler of the first update whose text is `text`, the update fails (the
    daemon died after its reply): it is handled again from what is stored."""

    def __init__(self) -> None:
        self.text = ""
        self.died = False

    def arm(self, text: str) -> None:
        """Die once after the update whose text is `text` (whatever died before)."""
        self.text, self.died = text, False

    def forget(self) -> None:
        """What the death takes besides the update's run: nothing here; a subclass drops what
        its daemon keeps only in memory."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        result = await handler(event, data)
        message = event.message if isinstance(event, Update) else None
        if not self.died and message is not None and message.text == self.text:
            self.died = True
            self.forget()
            raise RuntimeError("the daemon died after the reply")
        return result
