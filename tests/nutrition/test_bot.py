"""Acceptance, the daemon on the fake Telegram over HTTP with the clock set: the Nutrients
view under /today, /week's regularly low nutrients, and /stats' expenditure estimate on a
synthetic month (known intake and expenditure, noisy weights) with its target button."""

from __future__ import annotations

import random
import re
from collections.abc import AsyncIterator
from decimal import Decimal

import pytest

from healthbot import gamification, nutrition
from healthbot.gamification import GamificationService
from healthbot.nutrition import NutritionService
from healthbot.nutrition.expenditure import KCAL_PER_KG
from healthbot.profile import ProfileService
from loadgen.telegram import SentMessage
from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked
from tests.support.telegram import labels, shown
from tests.support.waiting import until


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    extra = [gamification.FEATURE, nutrition.FEATURE]
    with fresh_database(postgres_admin_url) as url:
        async with clocked(
            tmp_path_factory.mktemp("nutrition"), url, redis_url, extra=extra
        ) as running:
            dependencies = running.bot.app.dependencies
            dependencies.get(NutritionService).clock = running.clock
            dependencies.get(GamificationService).clock = running.clock
            yield running


def profiles(days: Clocked) -> ProfileService:
    found = days.bot.app.dependencies["profiles"]
    assert isinstance(found, ProfileService)
    return found


async def reply(days: Clocked, uid: int, text: str, needle: str) -> SentMessage:
    """Send `text`; return the first new message that contains `needle` (XP announcements
    and other notes may come too)."""
    before = len(days.fake.sent(days.user(uid)))
    days.fake.send_text(uid, text)

    def found() -> SentMessage | None:
        return next((m for m in days.fake.sent(uid)[before:] if needle in shown(m)), None)

    await until(found, timeout=60, what=f"a reply with {needle!r} to {text!r}")
    message = found()
    assert message is not None
    return message


async def press(
    days: Clocked, uid: int, message: SentMessage, label: str, needle: str
) -> SentMessage:
    """Press the button labelled `label`; return the first new message containing `needle`."""
    before = len(days.fake.sent(uid))
    days.press(uid, message, labels(message)[label])

    def found() -> SentMessage | None:
        return next((m for m in days.fake.sent(uid)[before:] if needle in shown(m)), None)

    await until(found, timeout=60, what=f"a reply with {needle!r} to {label!r}")
    reply = found()
    assert reply is not None
    return reply


async def test_the_nutrients_button_shows_the_day_against_the_intakes_unknowns_as_unknown(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 10, 12, 0)
    await reply(days, uid, "/log 2 eggs", "Egg")
    await profiles(days).set_field(uid, "sex", "female")
    await profiles(days).set_age(uid, 34)
    await reply(days, uid, "/log 300 kcal cookie", "cookie")
    today = await reply(days, uid, "/today", "Today")
    view = shown(await press(days, uid, today, "🥦 Nutrients", "Nutrients"))
    assert view.startswith("🥦 Nutrients · Tue 10 Mar")
    # 100 g of egg: 56 mg calcium, 1.75 mg iron, 2 µg vitamin D; the cookie's unknown ("*").
    assert "🔻 Calcium: 56* of 1,000 mg · 6%" in view
    assert "🔻 Iron: 1.8* of 18 mg · 10%" in view  # a woman of 34: 18 mg
    assert "🔻 Vitamin D: 2* of 15 µg · 13%" in view
    assert "✅ Sodium: 142* mg (at most 2,300)" in view
    assert "Not known for some items" in view and "for a woman of 34" in view


async def test_the_nutrients_button_pressed_again_sends_no_second_view_until_the_day_changes(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 13, 12, 0)
    await reply(days, uid, "/log 2 eggs", "Egg")
    today = await reply(days, uid, "/today", "Today")
    first = shown(await press(days, uid, today, "🥦 Nutrients", "Nutrients"))
    days.press(uid, today, labels(today)["🥦 Nutrients"])  # again: the same view
    answers = await days.answers(uid, 2)
    assert answers[-1].text == "Shown above: nothing has changed since."
    assert [shown(m) for m in days.fake.sent(uid)].count(first) == 1
    await reply(days, uid, "/log an orange", "Orange")  # vitamin C now: a new view
    again = shown(await press(days, uid, today, "🥦 Nutrients", "Nutrients"))
    assert again != first and again.startswith("🥦 Nutrients · Fri 13 Mar")


async def test_a_day_of_quick_adds_shows_its_nutrients_as_unknown_never_zero(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 11, 12, 0)
    await reply(days, uid, "/log 650 kcal burrito", "burrito")
    today = await reply(days, uid, "/today", "Today")
    view = shown(await press(days, uid, today, "🥦 Nutrients", "Nutrients"))
    assert "❔ Iron: unknown" in view and "❔ Vitamin C: unknown" in view
    assert "Iron: 0" not in view


async def test_today_without_entries_has_no_nutrients_button(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 12, 12, 0)
    today = await reply(days, uid, "/today", "Nothing logged today yet")
    assert "🥦 Nutrients" not in labels(today)


async def test_week_flags_what_was_low_on_most_days_logged_in_full(days: Clocked, uid: int) -> None:
    for day in (14, 15, 17):  # the 16th not logged: neither low nor fine
        days.clock.set(2026, 3, day, 8, 0)
        await reply(days, uid, "/log 2 eggs", "Egg")
    days.clock.set(2026, 3, 17, 20, 0)
    # 143 kcal a day, under half the 2,000 kcal target: days logged in part, not judged.
    week = await reply(days, uid, "/week", "Last 7 days")
    assert "Low on most days" not in shown(week)
    for day in (14, 15, 17):
        days.clock.set(2026, 3, day, 13, 0)
        await reply(days, uid, "/log 16 eggs", "Egg")
    days.clock.set(2026, 3, 17, 20, 0)
    low = shown(await reply(days, uid, "/week", "Low on most days")).split("Low on most days")[1]
    # 18 eggs a day: no vitamin C, little calcium; B12 and vitamin A plenty.
    assert "Vitamin C (3 of 3 days)" in low and "Calcium (3 of 3 days)" in low
    assert "Vitamin B12" not in low and "Vitamin A" not in low
    assert "Sodium" not in low  # a ceiling, not a target


EXPENDITURE = 2600
"""The synthetic user's true expenditure, kcal a day."""
_ESTIMATE = re.compile(r"About ([\d,]+) ± ([\d,]+) kcal a day")


async def test_stats_estimates_the_expenditure_of_a_synthetic_month_within_ten_percent(
    days: Clocked, uid: int
) -> None:
    # Eats about 2,100 kcal a day, burns 2,600: loses about 0.45 kg a week. The scale swings
    # by 0.4 kg (one standard deviation); every sixth day nothing is logged (eaten all the
    # same: such a day is unknown, not 0 kcal).
    rng = random.Random(25)
    weight = 92.0
    for n in range(21):
        days.clock.set(2026, 4, 1 + n, 6, 30)
        await reply(days, uid, f"/weight {weight + rng.gauss(0, 0.4):.1f}", "Logged")
        if n == 0:
            await profiles(days).set_goal_weight(uid, Decimal(85))
            await profiles(days).set_pace(uid, Decimal("0.25"))
        eaten = round(rng.gauss(2100, 200))
        if n % 6 != 5:
            days.clock.set(2026, 4, 1 + n, 12, 0)
            await reply(days, uid, f"/log {eaten} kcal lunch", "lunch")
        weight += (eaten - EXPENDITURE) / KCAL_PER_KG
        if n == 9:  # 9 logged days, 10 weigh-ins: not yet
            early = shown(await reply(days, uid, "/stats", "XP"))
            assert "after two weeks of logged meals and weigh-ins" in early
            assert "now 9, weigh-ins over 9 days" in early
    days.clock.set(2026, 4, 21, 20, 0)  # three weeks
    stats = await reply(days, uid, "/stats", "Energy expenditure")
    found = _ESTIMATE.search(shown(stats))
    assert found is not None, shown(stats)
    kcal, error = (int(g.replace(",", "")) for g in found.groups())
    assert abs(kcal - EXPENDITURE) <= 0.10 * EXPENDITURE, shown(stats)
    assert 0 < error < 400
    assert "from 18 logged days and 21 weigh-ins since 01 Apr" in shown(stats)
    # Toward 85 kg at 0.25 kg a week: the expenditure less 275 kcal, offered as a button.
    suggested = kcal - 275
    button = next(label for label in labels(stats) if label.startswith("Set my target to"))
    offered = int(button.removeprefix("Set my target to ").removesuffix(" kcal").replace(",", ""))
    assert abs(offered - suggested) <= 10
    done = await press(days, uid, stats, button, "Your energy target is now")
    assert f"{offered:,} kcal a day" in shown(done)
    stored = await days.rows("SELECT daily_kcal_target FROM user_profiles WHERE user_id = %s", uid)
    assert stored == [(offered,)]
    again = await reply(days, uid, "/stats", "Energy expenditure")
    assert f"Your energy target: {offered:,} kcal a day." in shown(again)
    assert not any(label.startswith("Set my target") for label in labels(again))
