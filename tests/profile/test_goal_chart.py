"""/weight's chart shows the goal weight from the profile (issue 21), end to end on the fake
Telegram over HTTP: the photo sent is the chart drawn with the goal line, in the user's
units, and without a goal the plain one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from healthbot.charts import render
from healthbot.tracking.charts import drawing
from healthbot.tracking.texts import EN
from tests.support.profile import Chats

WEIGHTS_KG = (72.4, 71.9, 71.6)  # two days ago, yesterday, today


async def chart_of(chats: Chats, uid: int) -> bytes:
    """The PNG /weight sends."""
    chats.fake.send_text(uid, "/weight")
    photo = await chats.one(uid)
    assert photo.method == "sendPhoto" and photo.file_id is not None
    return chats.fake.file_content(photo.file_id) or b""


async def weighed(chats: Chats, uid: int, units: str, target_kg: float | None) -> None:
    """A user with a profile (units, goal weight) and three days of weigh-ins, in UTC."""
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.rows(
        "INSERT INTO user_profiles (user_id, units, target_weight_kg) VALUES (%s, %s, %s)",
        uid, units, target_kg,
    )  # fmt: skip
    for days_ago, kg in zip((2, 1, 0), WEIGHTS_KG, strict=True):
        await chats.rows(
            "INSERT INTO weight_logs (user_id, weight_kg, logged_at)"
            " VALUES (%s, %s, now() - make_interval(days => %s))",
            uid, kg, days_ago,
        )  # fmt: skip


def points(factor: float = 1.0) -> list[tuple[date, float]]:
    today = datetime.now(UTC).date()
    return [
        (today - timedelta(days=days_ago), kg * factor)
        for days_ago, kg in zip((2, 1, 0), WEIGHTS_KG, strict=True)
    ]


async def test_the_weight_chart_draws_the_goal_weight(chats: Chats, uid: int) -> None:
    await weighed(chats, uid, "metric", 68.5)
    png = await chart_of(chats, uid)
    title, label = EN.weight_title, EN.weight_goal
    assert png == render(drawing(points(), "kg", title, goal=68.5, goal_label=label))
    assert png != render(drawing(points(), "kg", title))


async def test_an_imperial_users_goal_is_drawn_in_pounds(chats: Chats, uid: int) -> None:
    await weighed(chats, uid, "imperial", 68.04)
    png = await chart_of(chats, uid)
    lb = 1 / 0.45359237
    goal, label = 68.04 * lb, EN.weight_goal
    assert png == render(drawing(points(lb), "lb", EN.weight_title, goal=goal, goal_label=label))


async def test_without_a_goal_the_chart_has_no_goal_line(chats: Chats, uid: int) -> None:
    await weighed(chats, uid, "metric", None)
    png = await chart_of(chats, uid)
    assert png == render(drawing(points(), "kg", EN.weight_title))
