"""/water with a drink named: tea and sparkling water count as water (as hydration trackers
count them), and any other drink is told to go to /log, for its calories. The handlers through
the app's dispatcher, fed in-process, on real PostgreSQL and Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.tracking import Tracked, handlers


@pytest.fixture(scope="module")
async def shared(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str
) -> AsyncIterator[Tracked]:
    """The registered features' handlers for the module's tests, on the session's database."""
    async with handlers(tmp_path_factory.mktemp("drinks"), database_url, redis_url) as tracked:
        yield tracked


@pytest.mark.parametrize(
    ("text", "said", "ml"),
    [
        ("/water 2 cups of tea", "Logged 500 ml of tea, counted as water.", 500),
        ("/water a mug of green tea", "Logged 300 ml of green tea, counted as water.", 300),
        ("/water 1 bottle of sparkling water", "Logged 500 ml.", 500),
        ("/water 2 glasses of water", "Logged 500 ml.", 500),
        # A can is 330 ml, a drink whose name ends in water is water, and what goes in a
        # glass of it leaves it water: all these were sent to /log as drinks with calories.
        ("/water 2 cans of soda water", "Logged 660 ml.", 660),
        ("/water a can of sparkling water", "Logged 330 ml.", 330),
        ("/water a bottle of still mineral water", "Logged 500 ml.", 500),
        ("/water 2 glasses of plain water", "Logged 500 ml.", 500),
        ("/water a glass of water with lemon", "Logged 250 ml.", 250),
        ("/water a cup of green tea with lemon", "Logged 250 ml of green tea", 250),
    ],
)
async def test_tea_and_sparkling_water_count_as_water_and_the_reply_says_so(
    shared: Tracked, uid: int, text: str, said: str, ml: int
) -> None:
    # "/water 2 cups of tea" was "I couldn't read that amount. Try /water 500ml...", as if
    # the amount were at fault.
    assert said in await shared.ask(uid, text)
    assert await shared.water(uid) == [ml]


@pytest.mark.parametrize(
    "text",
    [
        "/water 2 glasses of orange juice",
        "/water a can of coke",
        "/water 3 cups of coffee",
        "/water a glass of coconut water",
        "/water a can of tonic water",
    ],
)
async def test_a_drink_with_calories_is_sent_to_log_as_typed(
    shared: Tracked, uid: int, text: str
) -> None:
    reply = await shared.ask(uid, text)
    said = text.removeprefix("/water ")
    assert reply == (
        "/water counts water, and tea or sparkling water as water. "
        f"A drink with calories is a meal entry: /log {said}"
    )
    assert await shared.water(uid) == []


@pytest.mark.parametrize("text", ["/water 500 ml of watr", "/water a glass of lemon squeezy"])
async def test_a_drink_not_known_to_have_calories_is_an_amount_not_read(
    shared: Tracked, uid: int, text: str
) -> None:
    # Both were "A drink with calories is a meal entry: /log ...".
    assert (await shared.ask(uid, text)).startswith("I couldn't read that amount. Try /water")
    assert await shared.water(uid) == []


@pytest.mark.parametrize(
    ("text", "ml"),
    [
        # Past 40 characters, every one of these was "I couldn't read that amount".
        ("/water a big glass of water after my run this morning", 375),
        ("/water 2 glasses of water with my lunch at the office", 500),
        ("/water a small bottle of water before bed", 375),
        # Bottled water by its brand was "I couldn't read that amount" too.
        ("/water a bottle of fiji", 500),
        ("/water Evian", 500),
        ("/water 2 bottles of smartwater after the gym", 1000),
        ("/water a glass of San Pellegrino", 250),
    ],
)
async def test_water_said_with_its_size_brand_or_when_is_logged(
    shared: Tracked, uid: int, text: str, ml: int
) -> None:
    reply = await shared.ask(uid, text)
    assert reply.startswith(f"💧 Logged {ml:,} ml."), reply
    assert "counted as water" not in reply, reply
    assert await shared.water(uid) == [ml]


async def test_water_drunk_on_another_day_is_not_logged_today(shared: Tracked, uid: int) -> None:
    reply = await shared.ask(uid, "/water a big glass of water after my run yesterday")
    assert reply.startswith("I couldn't read that amount"), reply
    assert await shared.water(uid) == []


async def test_a_cup_is_eight_fluid_ounces_for_imperial_users(shared: Tracked, uid: int) -> None:
    # "2 cups of tea" was 500 ml (17 fl oz) for an imperial user, whose +8 fl oz button is a
    # cup and whose cup of milk on /log is 237 ml.
    assert "Units: imperial" in await shared.ask(uid, "/units imperial")
    reply = await shared.ask(uid, "/water 2 cups of tea")
    assert "Logged 16 fl oz of tea, counted as water." in reply, reply
    assert await shared.water(uid) == [473]
    assert "Units: metric" in await shared.ask(uid, "/units metric")
    assert "Logged 250 ml of tea" in await shared.ask(uid, "/water a cup of tea")


@pytest.mark.parametrize(
    "text",
    [
        "/water 2 glasses this morning and 3 this afternoon",
        "/water 500ml at work and 500ml at home",
        "/water a glass with lunch and another with dinner",
        "/water a glass of water in the morning and one at night",
        "/water a glass of water before and after my run",
    ],
)
async def test_two_drinks_in_one_sentence_are_refused_not_logged_as_the_first(
    shared: Tracked, uid: int, text: str
) -> None:
    # Each was "💧 Logged 500 ml." (or 250 ml): the words after "this", "at" or "with" were
    # read as when it was drunk, and the second amount was thrown away.
    reply = await shared.ask(uid, text)
    assert reply.startswith("I couldn't read that amount"), reply
    assert await shared.water(uid) == []


@pytest.mark.parametrize(
    "text",
    [
        "/water 2 glasses of water after each meal",
        "/water a glass of water for each meal",
        "/water a glass every hour",
        "/water 500 ml per meal",
        "/water a bottle before every workout",
    ],
)
async def test_an_amount_for_each_of_something_is_refused_not_logged_once(
    shared: Tracked, uid: int, text: str
) -> None:
    # "2 glasses of water after each meal" was "💧 Logged 500 ml." and "a glass of water for
    # each meal" 250 ml: "each" or "every" makes it a multiple of a count the bot cannot know.
    reply = await shared.ask(uid, text)
    assert reply.startswith("I couldn't read that amount"), reply
    assert await shared.water(uid) == []


@pytest.mark.parametrize(
    ("text", "ml"),
    [
        ("/water a glass of water at 3pm", 250),
        ("/water a glass of water with lemon and ice", 250),
        ("/water a glass of water with my coffee", 250),
    ],
)
async def test_a_time_or_what_went_in_the_glass_is_not_a_second_drink(
    shared: Tracked, uid: int, text: str, ml: int
) -> None:
    reply = await shared.ask(uid, text)
    assert reply.startswith(f"💧 Logged {ml:,} ml."), reply
    assert await shared.water(uid) == [ml]
