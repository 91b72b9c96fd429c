"""A weigh-in corrected in words: "I meant 185 lb", "sorry, 84.5 kg", "make that 12 st 4".

Typed within `RECENT` of a weigh-in, it changes that weigh-in (the one logged last) to the
weight meant; typed with no weigh-in that recent (at a doubtful weigh-in's question, whose
button says "I meant 185.0 lb" too), it logs the weight meant. Either way the units it was
said in become the user's if they never chose any, as for a weight typed with /weight. A
bare number ("I meant 58") is a weight only just after a weigh-in, and only one in range:
"I meant 2" corrects a meal.
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal
from typing import Any, Final

from aiogram.types import Message

from healthbot.gamification import GamificationService
from healthbot.measures import Units, weight
from healthbot.ops import OpKey
from healthbot.profile import ProfileService
from healthbot.tracking.parsing import AmountError, parse_weight, said_units
from healthbot.tracking.service import TrackingService
from healthbot.tracking.texts import TEXTS
from healthbot.tracking.weight_replies import follows, typed_in_stones, weighs_in_stones
from healthbot.tracking.weight_replies import weigh_in as log_weigh_in
from healthbot.users import User, UserRepository, ensure_registered

RECENT: Final = timedelta(minutes=30)
"""How long after a weigh-in words about a weight correct it."""
_MEANT: Final = re.compile(
    r"^(?:i\s+meant|i\s+mean|meant|sorry|oops|no|nope|actually|correction|make\s+(?:that|it)"
    r"|(?:it\s+)?should\s+(?:be|have\s+been)|it\s+was|it'?s)\b[\s,:;!.-]*(?P<amount>.+?)[\s.!]*$",
    re.IGNORECASE,
)


async def meant_weight(message: Message, tracking: TrackingService) -> dict[str, Any] | bool:
    """Filter: text that says which weight was meant; gives the handler `meant` (kg), the
    units it was said in, and the weigh-in to change (None: log one)."""
    found = _MEANT.match(" ".join((message.text or "").replace("’", "'").split()))
    if found is None or message.from_user is None:
        return False
    amount, user_id = found["amount"], message.from_user.id
    try:
        said, stones = said_units(amount), typed_in_stones(amount)
    except AmountError:  # a question to the coach, a NUL: a filter never raises on text
        return False
    latest = await tracking.logs.last_logged("weight", user_id)
    recent = latest is not None and tracking.now() - latest.logged <= RECENT
    if said is None and not recent:
        return False  # "no, 2": no weight without a unit, but just after a weigh-in
    try:
        kg = parse_weight(amount, said or await tracking.units(user_id))
    except AmountError:
        return False
    weigh_in = latest.id if recent and latest else None
    return {"meant": kg, "said": said, "stones": stones, "weigh_in": weigh_in}


async def on_meant_weight(
    message: Message,
    *,
    meant: Decimal,
    said: Units | None,
    stones: bool | None,
    weigh_in: int | None,
    op: OpKey,
    tracking: TrackingService,
    users: UserRepository,
    user: User | None,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
) -> None:
    """Change the weigh-in just logged to the weight meant, or log that weight."""
    sender = message.from_user
    assert sender is not None
    texts = TEXTS.of(sender)
    await ensure_registered(sender, user, users)
    if weigh_in is None:
        said_text = await log_weigh_in(
            texts, tracking, sender, meant, op=op, gamification=gamification, typed=said,
            profiles=profiles, stones=stones,
        )  # fmt: skip
        await message.answer(said_text)
        return
    before = await tracking.logs.entry("weight", sender.id, weigh_in)
    were_stones = await weighs_in_stones(profiles, sender.id, None)  # as it was shown
    changed = await tracking.logs.change("weight", sender.id, weigh_in, meant)
    if before is None or changed is None:  # removed meanwhile
        await message.answer(texts.weight_not_logged)
        return
    units = await follows(profiles, sender.id, said, changed.units) or changed.units
    in_stones = await weighs_in_stones(profiles, sender.id, stones)
    lines = [
        texts.weight_corrected.format(
            weight=weight(float(meant), said or units, in_stones=in_stones or bool(stones)),
            was=weight(float(before.amount), before.units, in_stones=were_stones),
        )
    ]
    if units != changed.units:
        lines.append(texts.units_followed["stones" if in_stones else units])
    elif said not in (None, units):
        lines.append(texts.units_hint[said])
    await message.answer("\n".join(lines))
