"""A /log text, or an item, read before is not read again (`healthbot.meals.read_before`):
the same reading comes back, each item in its own place in the new text, and a reading that
found FoodData Central down is read again once it is back."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from healthbot.backoff import Backoff
from healthbot.cache import Cache, connect_redis
from healthbot.db import Database
from healthbot.food.fdc import FdcClient
from healthbot.food.parser import FoodParseError
from healthbot.meals import MealService
from healthbot.meals.foods import FoodCatalog
from healthbot.meals.read_before import ItemsRead, ReadBefore
from healthbot.meals.records import Understood
from loadgen.fdc import FakeFdc
from tests.meals.phrases import phrase_set

KEY = "fdc-key-read-before"


async def test_a_text_read_again_is_the_same_reading(service: MealService) -> None:
    first = await service.understand("2 eggs and a slice of toast")
    assert await service.understand("2 eggs and a slice of toast") is first
    # a pint is the imperial one in London: another reading of the same words
    british = await service.understand("a pint of milk", timezone="Europe/London")
    american = await service.understand("a pint of milk", timezone="America/New_York")
    assert british.portions[0].grams > american.portions[0].grams


async def test_an_item_read_before_takes_its_place_in_a_new_text(service: MealService) -> None:
    alone = await service.understand("2 boiled eggs")
    later = await service.understand("a banana, 2 boiled eggs")
    assert [p.position for p in later.portions] == [0, 1]
    eggs = later.portions[1]
    assert eggs.food_uid == alone.portions[0].food_uid and eggs.grams == alone.portions[0].grams
    assert eggs.position == 1 and alone.portions[0].position == 0


@pytest.fixture
async def fake() -> AsyncIterator[FakeFdc]:
    async with FakeFdc(api_key=KEY) as server:
        yield server


@pytest.fixture
async def fdc(fake: FakeFdc, redis_url: str) -> AsyncIterator[FdcClient]:
    client = connect_redis(redis_url, timeout=0.25)
    # A prefix of its own: no other test's cached answers, and none left for them.
    cache = Cache(client, prefix=f"read-before-{id(client)}")
    backoff = Backoff(start=0.01, cap=0.05, jitter=0.0)
    fdc = FdcClient(fake.api_url, KEY, cache, attempts=1, backoff=backoff)
    try:
        yield fdc
    finally:
        await fdc.close()
        await client.aclose()


async def test_a_reading_that_found_fdc_down_is_read_again_when_it_is_back(
    shared_db: Database, service: MealService, fake: FakeFdc, fdc: FdcClient
) -> None:
    catalog = FoodCatalog(shared_db, fdc)
    await catalog.load()
    meals = MealService(catalog, service.repository, service.users, service.targets)
    fake.faults.failures = 1
    down = await meals.understand("1 bowl japchae")  # the table has none; FDC fails
    assert [q.choices for q in down.questions] == [()]
    catalog._fdc_paused_until = 0.0  # as if its pause were over
    back = await meals.understand("1 bowl japchae")
    assert [c.name for c in back.questions[0].choices][:1] == ["Japchae"]


async def _reading(service: MealService, text: str) -> Understood | str:
    try:
        return await service.understand(text)
    except FoodParseError as error:
        return f"refused: {error}"


async def test_readings_kept_are_those_read_afresh(service: MealService) -> None:
    # Whatever rules the parser gains, a text's reading must depend on it alone: each phrase
    # of the development set read with nothing kept, then kept after all were read backwards.
    texts = [phrase.text for phrase in phrase_set("development")]
    catalog, kept = service.catalog, service.catalog.read
    catalog.read, service.read_before = ItemsRead(size=0), ReadBefore(size=0)
    try:
        fresh = [await _reading(service, text) for text in texts]
    finally:
        catalog.read, service.read_before = kept, ReadBefore()
    for text in reversed(texts):
        await _reading(service, text)
    assert [await _reading(service, text) for text in texts] == fresh
