"""A weigh-in corrected in words: "I meant 185 lb", "sorry, 84.5 kg", "make that 12 st 4".

Typed within `RECENT` of a weigh-in, it changes that weigh-in (the one logged last) to the
weight meant; typed at a doubtful weigh-in's question (whose button says "I meant 185.0 lb"
too), it logs the weight meant, for the day the question was about. A bare number ("I meant
58") is a weight only at such a question with nothing logged since it, or when the weigh-in
is the last thing the user logged: after a meal or water it corrects that. A weight said in
kg, lb or st after a meal or water logged since the weigh-in still changes the weigh-in (no
meal weighs 80 kg), and the reply says so, naming what was logged since. A new weight that
/weight would doubt is asked about, not stored. Either way the units it was said in become
the user's if they never chose any, as for a weight typed with /weight. Only clear
correction words count: "no, 70 kg" or "it was 95 kg" is an answer to the coach, and while a
dialog's question is open (the profile's setup, a card's Edit) the words are that question's.
"""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Final

from aiogram.fsm.context import FSMContext
from aiogram.types import Message
from aiogram.types import User as TelegramUser

from healthbot.gamification import GamificationService
from healthbot.logbook import Logbooks
from healthbot.measures import Units, weight, weight_units
from healthbot.ops import OpKey
from healthbot.profile import ProfileService
from healthbot.tracking.logbook import LogEntry
from healthbot.tracking.parsing import AmountError, other_reading, parse_weight, said_units
from healthbot.tracking.service import TrackingService
from healthbot.tracking.texts import TEXTS, TrackingTexts
from healthbot.tracking.weight_doubt import (
    asked_before,
    open_question,
    remember_question,
    weight_question,
)
from healthbot.tracking.weight_replies import follows, typed_in_stones, weighs_in_stones
from healthbot.tracking.weight_replies import weigh_in as log_weigh_in
from healthbot.users import User, UserRepository, ensure_registered

RECENT: Final = timedelta(minutes=30)
"""How long after a weigh-in words about a weight correct it."""
_MEANT: Final = re.compile(
    r"^(?:i\s+meant|meant|sorry|oops|correction|make\s+(?:that|it)"
    r"|(?:it\s+)?should\s+(?:be|have\s+been))\b[\s,:;!.-]*(?P<amount>.+?)[\s.!]*$",
    re.IGNORECASE,
)


async def meant_weight(
    message: Message, tracking: TrackingService, state: FSMContext, logbooks: Logbooks
) -> dict[str, Any] | bool:
    """Filter: text that says which weight was meant; gives the handler `meant` (kg), the
    units it was said in, the weigh-in to change (None: log one, on `day`), what was logged
    since that weigh-in (`since`, its label, or None), and `other`, the bare number read in
    the other unit."""
    found = _MEANT.match(" ".join((message.text or "").replace("’", "'").split()))
    if found is None or message.from_user is None:
        return False
    amount, sender = found["amount"], message.from_user
    try:
        said, stones = said_units(amount), typed_in_stones(amount)
    except AmountError:  # a question to the coach, a NUL: a filter never raises on text
        return False
    if await state.get_state() is not None:
        return False  # the words answer a dialog's open question (the profile's setup...)
    latest, data = await tracking.logs.last_logged("weight", sender.id), await state.get_data()
    asked, day = open_question(data, tracking.now(), None if latest is None else latest.id)
    if asked and said is None:  # "I meant 200" after a meal logged since the question
        last = await logbooks.last(sender.id, None)  # is the meal's amount, not a weight
        asked = last is None or not asked_before(data, last.logged_at)
    weigh_in, since = (None, None)
    if not asked:
        weigh_in, since = await _corrected(tracking, logbooks, sender.id, latest, said)
    if not asked and weigh_in is None:
        return False
    units = said or await tracking.units(sender.id)
    try:
        kg = parse_weight(amount, units)
    except AmountError:
        return False
    return {
        "meant": kg, "said": said, "stones": stones, "weigh_in": weigh_in, "day": day,
        "since": since, "other": other_reading(amount, units),
    }  # fmt: skip


async def _corrected(
    tracking: TrackingService,
    logbooks: Logbooks,
    user_id: int,
    latest: LogEntry | None,
    said: Units | None,
) -> tuple[int | None, str | None]:
    """The weigh-in words about a weight correct: the `latest` logged, when recent and (for
    a bare number, `said` in no units) the last thing the user logged; else None. With it,
    the label of what the user logged after it, if anything (a weight said in units)."""
    if latest is None or tracking.now() - latest.logged > RECENT:
        return None, None
    last = await logbooks.last(user_id, None)
    if last is None or (last.kind, last.id) == ("weight", latest.id):
        return latest.id, None
    if said is None:
        return None, None  # "I meant 200" after a meal: the meal's amount
    return latest.id, last.label  # "I meant 85 kg" after a meal: no meal weighs that


async def on_meant_weight(
    message: Message,
    *,
    meant: Decimal,
    said: Units | None,
    stones: bool | None,
    weigh_in: int | None,
    day: date | None,
    other: Decimal | None,
    op: OpKey,
    since: str | None = None,
    state: FSMContext,
    tracking: TrackingService,
    users: UserRepository,
    user: User | None,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
) -> None:
    """Change the weigh-in just logged to the weight meant, or log that weight; ask first
    when /weight would."""
    sender = message.from_user
    assert sender is not None
    texts = TEXTS.of(sender)
    await ensure_registered(sender, user, users)
    if (doubt := await tracking.doubt(sender.id, meant, other, weigh_in)) is not None:
        question, keyboard = weight_question(texts, doubt, day, weigh_in)
        if weigh_in is None:  # still the question's answer, when typed again
            await remember_question(state, tracking, sender.id, day)
        await message.answer(question, reply_markup=keyboard)
        return
    if weigh_in is None:
        at = None if day is None else await tracking.on_day(sender.id, day)
        said_text = await log_weigh_in(
            texts, tracking, sender, meant, op=op, gamification=gamification, typed=said,
            at=at, profiles=profiles, stones=stones,
        )  # fmt: skip
        await message.answer(said_text)
        return
    text = await changed_weigh_in(
        texts, tracking, sender, weigh_in, meant, key=op.step("weight-meant"),
        profiles=profiles, said=said, stones=stones, since=since,
    )  # fmt: skip
    await message.answer(text)


async def changed_weigh_in(
    texts: TrackingTexts,
    tracking: TrackingService,
    sender: TelegramUser,
    weigh_in: int,
    meant: Decimal,
    *,
    key: str,
    profiles: ProfileService | None,
    said: Units | None = None,
    stones: bool | None = None,
    since: str | None = None,
) -> str:
    """Change the user's weigh-in to the weight `meant` (`said` in those units, in `stones`
    or not) once per operation `key`; what the reply says of it (and that what was logged
    `since` it, named so, is as it was)."""
    corrected = await tracking.logs.correct(sender.id, weigh_in, meant, key)
    if corrected is None:  # removed meanwhile
        return texts.weight_not_logged
    changed, before = corrected  # before: as it was shown, on a retry too
    units = await follows(profiles, sender.id, said, changed.units) or changed.units
    in_stones = await weighs_in_stones(profiles, sender.id, stones, changed.stones)
    # What it said, in the units the user has now (those the words made theirs): a retry,
    # which cannot tell the units before, says the same.
    shown = weight_units(units, in_stones)
    now_reads = weight(float(meant), weight_units(said or units, in_stones))
    was = weight(float(before.amount), shown)
    if was == now_reads and shown == "st":  # 80 kg and 12 st 8 are both "12 st 8 lb"
        was = weight(float(before.amount), "lb")
    lines = [texts.weight_corrected.format(weight=now_reads, was=was)]
    if since is not None:
        lines.append(texts.weight_corrected_not.format(since=html.escape(since)))
    if units != changed.units:
        lines.append(texts.units_followed["stones" if in_stones else units])
    elif said not in (None, units):
        lines.append(texts.units_hint[said])
    return "\n".join(lines)
