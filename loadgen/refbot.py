"""The reference bot: a bare aiogram echo bot, the yardstick for throughput ratios.

It is what a minimal aiogram bot costs on the same fake Telegram: one Dispatcher, long
polling, one handler that sends the text back. No database, no middleware.
"""

from __future__ import annotations

import logging

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

log = logging.getLogger(__name__)


async def echo(message: Message) -> None:
    """Send the text back (or a placeholder for messages without text)."""
    await message.answer(message.text or "(no text)")


def build_dispatcher() -> Dispatcher:
    """A dispatcher with the echo handler."""
    dispatcher = Dispatcher()
    dispatcher.message.register(echo)
    return dispatcher


async def run_ref_bot(api_base: str, token: str, *, poll_timeout: int = 10) -> None:
    """Poll ``api_base`` and echo until SIGINT/SIGTERM (aiogram handles the signals)."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_base))
    bot = Bot(token, session=session)
    try:
        await build_dispatcher().start_polling(bot, polling_timeout=poll_timeout)
    finally:
        await bot.session.close()
