"""A user who weighs in stones ("13 st 6", "12 stone", "/weight 13st 4") sees stones and
pounds in the setup's answers, the weigh-in replies, /weight, /profile and the weight
chart; a weight typed in pounds or kg turns that off. The handlers fed in-process (the
harness), real PostgreSQL and Redis; the chart checked on what it drew."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from healthbot.charts import render
from healthbot.tracking.charts import drawing
from tests.support.harness import harness
from tests.support.profile import Chats, settled
from tests.support.telegram import labels, shown


@pytest.fixture(scope="module")
async def chats(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str
) -> AsyncIterator[Chats]:
    async with harness(tmp_path_factory.mktemp("stones"), database_url, redis_url) as running:
        yield Chats(running.fake, running.app, database_url)


async def said(chats: Chats, uid: int, text: str) -> str:
    chats.fake.send_text(uid, text)
    return "\n".join(shown(reply) for reply in await settled(chats, uid))


async def test_a_londoner_in_stones_sees_stones(chats: Chats, uid: int) -> None:
    # "13 st 6" was "✓ 188.0 lb", "/weight 13st 4" "Logged 186.0 lb", /profile "186.0 lb".
    chats.user(uid, "Sam")
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    for answer in ("Sam", "London", "imperial", "male", "44", "5ft 10", "13 st 6", "light"):
        await chats.say(uid, answer)
    await chats.say(uid, "12 stones")
    edits = [shown(m) for m in chats.fake.sent(uid, "editMessageText")]
    assert any("How much do you weigh?" in e and "✓ 13 st 6 lb" in e for e in edits), edits
    assert any("aiming for?" in e and "✓ 12 st" in e for e in edits), edits
    assert any("aiming for? (like 11 st 4)" in e for e in edits), edits  # not "160 lb"
    await chats.press(uid, "1 lb a week")
    reply = await said(chats, uid, "/weight 13st 4")
    assert "Logged 13 st 4 lb." in reply, reply
    assert "Since the last one" not in reply, reply  # the setup's, of the same day
    reply = await said(chats, uid, "I meant 13 st 3")  # "(it said 186.0 lb)"
    assert "Changed your weigh-in to 13 st 3 lb (it said 13 st 4 lb)." in reply, reply
    assert "Latest weigh-in: 13 st 3 lb" in await said(chats, uid, "/weight")
    chats.fake.send_text(uid, "/history")
    [page] = await settled(chats, uid)
    weighed = [label for label in labels(page) if "Weight" in label]
    assert weighed and all(" st " in label for label in weighed), weighed  # "185.0 lb"
    assert any(label.endswith("Weight 13 st 3 lb") for label in weighed), weighed
    profile = await said(chats, uid, "/profile")
    assert "13 st 3 lb" in profile and "12 st" in profile, profile
    # A weight in pounds: pounds again.
    assert "Logged 185.0 lb." in await said(chats, uid, "/weight 185 lb")


async def test_stones_typed_for_the_units_ask_the_weight_in_stones(chats: Chats, uid: int) -> None:
    chats.user(uid, "Sam")
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    for answer in ("Sam", "London"):
        await chats.say(uid, answer)
    await chats.say(uid, "stones")
    await chats.press(uid, "Male")
    await chats.say(uid, "44")
    asked = await chats.say(uid, "5ft 10")
    assert "How much do you weigh? (like 11 st 4)" in shown(asked), shown(asked)
    await chats.say(uid, "188")  # a bare number: pounds, shown in stones
    edits = [shown(m) for m in chats.fake.sent(uid, "editMessageText")]
    assert any("How much do you weigh?" in e and "✓ 13 st 6 lb" in e for e in edits), edits


@pytest.mark.parametrize(
    ("pounds", "goal", "step"),
    [((163.0, 161.0, 158.0), 147.0, 7), ((163.0, 162.0), None, 1), ((190.0, 160.0), None, 7)],
)
def test_a_chart_in_stones_has_its_ticks_on_whole_and_half_stones(
    tmp_path: Path, pounds: tuple[float, ...], goal: float | None, step: int
) -> None:
    # A Londoner's first week, 11 st 9 to 11 st 4 with a goal of 10 st 7, was ticked every
    # 5 lb: "10 st 10", "11 st 1", "11 st 6", numbers no British scale says.
    last = date(2026, 12, 7)
    points = [(last - timedelta(days=len(pounds) - n), lb) for n, lb in enumerate(pounds)]
    figure = Figure()
    drawing(points, "st", "Weight ({unit})", goal=goal)(figure)
    [axes] = figure.axes
    figure.canvas.draw()  # type: ignore[no-untyped-call]
    values = [v for v in axes.get_yticks() if axes.get_ylim()[0] <= v <= axes.get_ylim()[1]]
    assert len(values) >= 2 and all(v % step == 0 for v in values), values
    labels = [t.get_text() for t in axes.get_yticklabels() if t.get_text()]
    if step == 7:
        assert all(t.endswith((" st", " st 7")) for t in labels), labels
    (tmp_path / "weight_stones_ticks.png").write_bytes(
        render(drawing(points, "st", "Weight ({unit})", goal=goal))
    )


def test_the_weight_chart_in_stones_names_its_ticks_in_stones(tmp_path: Path) -> None:
    last = date(2026, 12, 6)
    points = [(last - timedelta(days=n), 186.0 + n * 0.5) for n in range(5)]
    figure = Figure()
    drawing(points, "st", "Weight ({unit})", goal=168.0, goal_label="goal {weight}")(figure)
    [axes] = figure.axes
    figure.canvas.draw()  # type: ignore[no-untyped-call]
    ticks = [t.get_text() for t in axes.get_yticklabels() if t.get_text()]
    assert ticks and all(" st" in t for t in ticks), ticks
    assert axes.get_title(loc="left") == "Weight (st, lb)"
    assert [t.get_text() for t in axes.texts] == ["goal 12 st ↓"]  # far below: named
    (tmp_path / "weight_stones.png").write_bytes(
        render(drawing(points, "st", "Weight ({unit})", goal=168.0))
    )


async def test_a_doubtful_weigh_in_is_asked_about_in_stones(chats: Chats, uid: int) -> None:
    # "378.0 lb is far from your last weigh-in, 189.0 lb. Log it?" [Yes, 378.0 lb].
    chats.user(uid, "Sam")
    assert "Logged 13 st 6 lb" in await said(chats, uid, "/weight yesterday 13 st 6")
    chats.fake.send_text(uid, "/weight 27 st")
    [question] = await settled(chats, uid)
    assert "27 st is far from your last weigh-in, 13 st 6 lb" in shown(question), shown(question)
    assert list(labels(question)) == ["Yes, 27 st", "Cancel"], labels(question)
    reply = await said(chats, uid, "sorry, 13 st 7")  # the question's answer, in stones
    assert "Logged 13 st 7 lb" in reply and "+1.0 lb" in reply, reply  # changes in pounds
