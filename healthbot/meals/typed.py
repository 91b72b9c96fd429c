"""A food text read and logged, with its reply: /log's, and the coach's when it rests.

The entry is stored once per key with the XP it pays, then its card (items, totals, buttons,
questions about the rest) and what it earned go out, as /log has always answered.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from healthbot.db import Joined
from healthbot.gamification import GamificationService, progress_lines
from healthbot.localtime import zone_named
from healthbot.meals.allergens import in_entry
from healthbot.meals.dialog import open_card
from healthbot.meals.past_meals import past_day_meal
from healthbot.meals.records import Entry, Understood
from healthbot.meals.service import MealService
from healthbot.meals.texts import TEXTS, MealTexts
from healthbot.meals.views import allergen_lines
from healthbot.ops import OpKey
from healthbot.telegram.ledger import next_reply_in_flight
from healthbot.users import User


async def log_understood(
    message: Message,
    state: FSMContext,
    understood: Understood,
    op: OpKey,
    *,
    key: str,
    at: datetime | None,
    meals: MealService,
    user: User,
    allergic: Sequence[str],
    gamification: GamificationService | None = None,
    notes: Sequence[str] = (),
) -> Entry | None:
    """Store what `understood` is sure of under `key` (eaten `at`, if its words said when)
    with its XP, and answer with its card (`notes` first among the lines under the entry)
    and what it earned; return the entry (None: nothing was sure, the card only asks)."""
    sender = message.from_user
    assert sender is not None
    texts = TEXTS.of(sender)
    meal, at, ask_meal = await past_day_meal(meals, user, understood, at)
    entry, awards = None, []
    if understood.portions:

        def paid(day: date) -> list[Joined]:
            # The XP is paid in the entry's own transaction: one commit for both; the card,
            # the next reply, is put on record as in flight in it too.
            if gamification is not None:
                awards.append(
                    gamification.pending(sender.id, "meal", key, day, zone_named(user.timezone))
                )
            return [*awards, *next_reply_in_flight(message.chat.id)]

        entry = await meals.log(
            sender.id,
            understood.portions,
            meal=meal,
            description=understood.text,
            key=key,
            days_ago=understood.days_ago,
            at=at,
            user=user,
            joined=paid,
        )
    lines = [] if entry is None else [
        *notes,
        *allergen_lines(texts, in_entry(entry, allergic)),
        *await zone_offer(texts, meals, user, entry),
        *([texts.which_meal] if ask_meal else []),
    ]  # fmt: skip
    units, water = await meals.units(sender.id), await meals.volume_units(sender.id)
    await open_card(
        message, state, understood, op,
        entry=entry, meal=meal, at=at, notes=lines, units=units, water=water,
    )  # fmt: skip
    # After the reply (a log is answered first), and once per entry: what it earned.
    earned = [line for a in awards for line in progress_lines(sender.language_code, a.progress)]
    if earned:
        await message.answer("\n".join(earned))
    return entry


async def zone_offer(texts: MealTexts, meals: MealService, user: User, entry: Entry) -> list[str]:
    """At the first /log of a user whose zone is still the first guess: which zone their
    days follow, and how to set theirs."""
    now = await meals.guessed_zone(user.id, entry, user)
    if now is None:
        return []
    return [texts.zone_offer.format(zone=now.tzinfo, clock=now.strftime("%H:%M"))]
