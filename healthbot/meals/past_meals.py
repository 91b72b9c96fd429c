"""The meal of a /log on an earlier day that names no meal and no time ("/log yesterday 2
eggs"): the one the user usually logs these foods in, eaten at that meal's time; else the
card asks which meal it was (filed meanwhile under the clock's meal, at the clock's time
that day).

The clock says nothing of a meal eaten on another day: at 00:43, "yesterday 2 eggs" went
under Snack at 00:43 the day before, and at 12:08 "/log yesterday fish and chips" under
Lunch without a word.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from healthbot.meals.records import Understood
from healthbot.meals.service import MealService
from healthbot.users import User
from healthbot.when import MEAL_TIMES, Meal


async def past_day_meal(
    meals: MealService, user: User, understood: Understood, at: datetime | None
) -> tuple[Meal | None, datetime | None, bool]:
    """The meal and the instant to log `understood` with (`at`: the instant its words
    named), and whether to ask which meal it was (no usual meal is known)."""
    when = understood.when
    named_day = (when.has_day and when.at is None) or understood.days_ago > 0
    if understood.meal is not None or not understood.portions or not named_day:
        return understood.meal, at, False
    now = meals.clock().astimezone(await meals.zone(user.id, user))
    moment = at or now - timedelta(days=understood.days_ago)
    if moment.date() == now.date():
        return None, at, False  # "today 2 eggs": the clock's meal
    uids = [portion.food_uid for portion in understood.portions]
    usual = await meals.repository.usual_meal(user.id, uids)
    if usual is None:
        return None, moment, True
    meal = Meal(usual)
    if meal in MEAL_TIMES:
        moment = datetime.combine(moment.date(), MEAL_TIMES[meal], tzinfo=moment.tzinfo)
    return meal, moment, False
