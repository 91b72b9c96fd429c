"""Handlers for /stats, /leaderboard and its Join/Leave button: call the service, format."""

from __future__ import annotations

import logging
from typing import Final

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from healthbot.gamification.formatting import board_text, stats_text
from healthbot.gamification.service import GamificationService, Leaderboard
from healthbot.gamification.texts import TEXTS, GamificationTexts
from healthbot.handlers import answer_query
from healthbot.nutrition import NutritionService, stats_part
from healthbot.users import User, UserRepository, ensure_registered

log = logging.getLogger(__name__)

BUTTON_PREFIX: Final = "board:"
JOIN: Final = "board:join"
LEAVE: Final = "board:leave"


def build_router() -> Router:
    """A new router with this feature's handlers (a router attaches to one dispatcher)."""
    router = Router(name="gamification")
    router.message.register(cmd_stats, Command("stats"))
    router.message.register(cmd_leaderboard, Command("leaderboard"))
    router.callback_query.register(on_board_button, is_board_button)
    return router


async def is_board_button(query: CallbackQuery) -> bool:
    """The query comes from a Join/Leave button (or claims to: the handler checks the rest)."""
    return query.data is not None and query.data.startswith(BUTTON_PREFIX)


async def cmd_stats(
    message: Message,
    *,
    gamification: GamificationService,
    nutrition: NutritionService | None = None,
) -> None:
    """Level, XP and XP to the next level, streaks, freeze days, achievements; and the
    energy expenditure estimate, with a button toward the goal pace when it suggests one."""
    sender = message.from_user
    if sender is None:  # channel posts have no sender
        return
    stats = await gamification.stats(sender.id)
    text, buttons = stats_text(TEXTS.of(sender), stats), None
    if nutrition is not None:
        energy, buttons = await stats_part(sender, nutrition, sender.id)
        text = f"{text}\n\n{energy}"
    await message.answer(text, reply_markup=buttons)


async def cmd_leaderboard(message: Message, *, gamification: GamificationService) -> None:
    """This week's top 10, the sender's rank, and a button to join or leave."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    board = await gamification.leaderboard(sender.id)
    text = board_text(texts, board, sender.language_code)
    await message.answer(text, reply_markup=board_keyboard(texts, board))


async def on_board_button(
    query: CallbackQuery,
    *,
    gamification: GamificationService,
    users: UserRepository,
    user: User | None,
) -> None:
    """Join or leave: the presser is the one who joins or leaves (the data names nobody)."""
    texts = TEXTS.of(query.from_user)
    sender = query.from_user
    # Only the exact data of our two buttons: anything else a client sends is refused.
    if query.data == JOIN:
        await ensure_registered(sender, user, users)
        await gamification.join_leaderboard(sender.id)
        done = texts.joined
    elif query.data == LEAVE:
        await gamification.leave_leaderboard(sender.id)
        done = texts.left
    else:
        log.info("refused leaderboard button data %r from user %d", query.data, sender.id)
        await answer_query(query, texts.button_refused, alert=True)
        return
    await answer_query(query, done)
    board = await gamification.leaderboard(sender.id)
    if isinstance(query.message, Message):  # else too old to edit: the answer says it
        # A retry after the edit went through gets "message is not modified": the paced
        # sender takes that answer as done.
        await query.message.edit_text(
            board_text(texts, board), reply_markup=board_keyboard(texts, board)
        )


def board_keyboard(texts: GamificationTexts, board: Leaderboard) -> InlineKeyboardMarkup:
    """Join for someone not on the board, Leave for a member."""
    if board.you is None:
        button = InlineKeyboardButton(text=texts.board_join, callback_data=JOIN)
    else:
        button = InlineKeyboardButton(text=texts.board_leave, callback_data=LEAVE)
    return InlineKeyboardMarkup(inline_keyboard=[[button]])
