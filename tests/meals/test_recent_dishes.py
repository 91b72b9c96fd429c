"""Recent foods that are dishes (issue 25 item 1): a dish typed as one and logged as its
parts ("a grande latte": espresso and milk) is offered by /log alone as one button, labelled
as the user wrote it, and a tap logs all its parts in their amounts; no button's label is
cut inside a word. The daemon on the fake Telegram over HTTP, the clock set."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked, entries, pressed
from tests.support.telegram import buttons, labels, shown


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path_factory.mktemp("dishes"), url, redis_url) as running:
            yield running


async def test_a_dish_is_one_recent_button_that_logs_all_its_parts(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 2, 7, 0)
    await days.set_timezone(uid, "Berlin")
    for day in (2, 3, 4):
        days.clock.set(2026, 3, day, 7, 0)  # 08:00 in Berlin: breakfast
        await days.say(uid, "/log a grande latte")  # espresso and milk, 192 kcal
        await days.say(uid, "/log 2 eggs")
    days.clock.set(2026, 3, 4, 19, 0)
    for text in (
        "a gin and tonic",
        "1 egg, 1 egg",
        "1 and a half cups cooked long grain brown rice",
    ):
        await days.say(uid, "/log " + text)
    days.clock.set(2026, 3, 5, 6, 30)
    [offer] = await days.say(uid, "/log")
    foods = [text for row in buttons(offer) for text, _ in row]
    # The latte once, as typed (its parts never); a mixed drink as one too; the same words
    # twice ("1 egg, 1 egg") are two eggs, counted with the other eggs.
    assert foods[:2] == ["2 eggs · 143 kcal", "grande latte · 192 kcal"], foods
    [gin] = [food for food in foods if food.startswith("gin and tonic · ")]
    assert not any(":" in food for food in foods)
    rice = next(food for food in foods if "rice" in food)
    assert rice.startswith("1 and a half cups … grain brown rice ·"), rice  # whole words
    before = len(await entries(days, uid))
    card = await pressed(days, uid, offer, buttons(offer)[1][0][1])
    # shown in the metric user's ml (f9fa7ac), stored as the recipe wrote them
    assert "59 ml espresso" in shown(card) and "370 ml 2% milk" in shown(card)
    assert "Total: 192 kcal" in shown(card)
    [logged] = (await entries(days, uid))[before:]
    assert logged == (
        "breakfast", "2026-03-05", 192, False,
        "a grande latte: 2 fl oz espresso, a grande latte: 12.5 fl oz 2% milk",
    )  # fmt: skip
    [(description,)] = await days.rows(
        "SELECT description FROM food_entries WHERE user_id = %s ORDER BY id DESC LIMIT 1", uid
    )
    assert description == "a grande latte"  # what /history and /undo call it
    # A second tap on the mixed drink logs its shot and its mixer.
    card = await pressed(days, uid, offer, labels(offer)[gin])
    kcal = gin.split(" · ")[1]  # "148 kcal": its shot and its mixer, as first logged
    assert f"Total: {kcal}" in shown(card) and shown(card).count("a gin and tonic") == 2
