"""The FoodData Central client against the fake FDC server on loopback, real Redis behind
its cache; and /log reaching FDC for a food the embedded table lacks."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from healthbot.app import App
from healthbot.backoff import Backoff
from healthbot.cache import Cache, connect_redis
from healthbot.config import FoodSettings
from healthbot.food.fdc import FdcClient, FdcError
from loadgen.fdc import FakeFdc
from tests.support.daemon import bot_settings
from tests.support.telegram import TOKEN, ForgingTelegram, shown
from tests.support.waiting import until

KEY = "fdc-secret-4242"


@pytest.fixture
async def fake() -> AsyncIterator[FakeFdc]:
    async with FakeFdc(api_key=KEY) as server:
        yield server


@pytest.fixture
async def cache(redis_url: str) -> AsyncIterator[Cache]:
    client = connect_redis(redis_url, timeout=0.25)
    try:
        # A prefix of its own: no other test's cached answers, and none left for them.
        yield Cache(client, prefix=f"fdc-test-{id(client)}")
    finally:
        await client.aclose()


def client_of(fake: FakeFdc, cache: Cache, **options: object) -> FdcClient:
    backoff = Backoff(start=0.01, cap=0.05, jitter=0.0)
    return FdcClient(fake.api_url, KEY, cache, backoff=backoff, **options)  # type: ignore[arg-type]


async def test_search_reads_nutrients_and_measures_with_the_key_in_a_header(
    fake: FakeFdc, cache: Cache
) -> None:
    fdc = client_of(fake, cache)
    try:
        [food] = await fdc.search("Nasi Goreng", 5)
    finally:
        await fdc.close()
    assert (food.uid, food.name, food.kcal, food.protein_g) == (
        "fdc:2705430",
        "Nasi goreng",
        168.0,
        6.3,
    )
    assert food.measures == ((1.0, "cup", 198.0), (1.0, "plate", 350.0))
    [request] = fake.requests
    assert request.keyed and "api_key" not in request.query
    assert request.query["query"] == "nasi goreng" and request.query["pageSize"] == "5"


async def test_answers_are_cached_for_a_day(fake: FakeFdc, cache: Cache) -> None:
    fdc = client_of(fake, cache)
    try:
        first = await fdc.search("bibimbap")
        again = await fdc.search("  Bibimbap ")
        details = await fdc.food(2708112)
        details_again = await fdc.food(2708112)
    finally:
        await fdc.close()
    assert [food.name for food in first] == ["Bibimbap"]  # not the 5,000 kcal typo
    assert first == again and details == details_again
    assert details is not None and details.measures == ((1.0, "bowl", 450.0),)
    assert [r.path for r in fake.requests] == ["/fdc/v1/foods/search", "/fdc/v1/food/2708112"]


async def test_a_429_is_retried_after_its_retry_after_then_answers(
    fake: FakeFdc, cache: Cache
) -> None:
    fake.faults.rate_limited, fake.faults.retry_after = 2, 0.05
    fdc = client_of(fake, cache, attempts=3)
    try:
        found = await fdc.search("pad thai")
    finally:
        await fdc.close()
    assert [food.name for food in found] == ["Pad thai with chicken"]
    assert len(fake.requests) == 3


async def test_rate_limited_beyond_the_attempts_is_an_error_naming_no_key_or_url(
    fake: FakeFdc, cache: Cache
) -> None:
    fake.faults.rate_limited = 10
    fdc = client_of(fake, cache, attempts=3)
    try:
        with pytest.raises(FdcError) as caught:
            await fdc.search("pad thai")
    finally:
        await fdc.close()
    assert str(caught.value) == "FDC did not answer (HTTP 429 after 3 tries)"
    assert len(fake.requests) == 3


async def test_server_errors_and_timeouts_are_retried_then_reported(
    fake: FakeFdc, cache: Cache
) -> None:
    fake.faults.failures = 1
    fdc = client_of(fake, cache, attempts=2, timeout=0.3)
    try:
        assert await fdc.food(2707321) is not None  # a 500, then the answer
        fake.faults.delay = 1.0
        with pytest.raises(FdcError, match=r"TimeoutError after 2 tries"):
            await fdc.food(2705430)
    finally:
        await fdc.close()


async def test_a_wrong_key_is_refused_at_once_and_unknown_foods_are_none(
    fake: FakeFdc, cache: Cache
) -> None:
    fdc = client_of(fake, cache)
    try:
        assert await fdc.food(1) is None  # 404
    finally:
        await fdc.close()
    wrong = FdcClient(fake.api_url, "not-the-key", cache, attempts=3)
    try:
        with pytest.raises(FdcError) as caught:
            await wrong.search("bibimbap")
    finally:
        await wrong.close()
    assert str(caught.value) == "FDC refused the request (HTTP 403)"
    assert "not-the-key" not in str(caught.value)
    assert len(fake.requests) == 2  # a 403 is not retried


async def test_log_offers_fdc_foods_for_a_food_the_table_lacks(
    tmp_path: Path,
    empty_database_url: str,
    redis_url: str,
    fake: FakeFdc,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with ForgingTelegram(TOKEN) as telegram:
        settings = bot_settings(tmp_path, empty_database_url, redis_url, telegram.base_url)
        # The test daemons' food settings (a /log waits for the search as long as a loaded
        # machine takes to build it), with the FDC client's.
        food = FoodSettings.model_validate(
            settings.food.model_dump() | {"fdc_api_key": KEY, "fdc_base_url": fake.api_url}
        )
        async with App(settings.model_copy(update={"food": food}), TOKEN) as app, app.serving():
            telegram.add_user(7001, first_name="F")
            telegram.send_text(7001, "/log 1 bowl japchae")  # the table has none
            [question] = await telegram.wait_for_messages(7001, 1, timeout=60)
            assert shown(question) == "Which food is “1 bowl japchae”?"
            assert question.reply_markup is not None and question.message_id is not None
            choice = question.reply_markup["inline_keyboard"][0][0]
            assert choice["text"] == "Japchae · 465 kcal"  # 300 g x 155 kcal / 100 g
            telegram.press_button(7001, question.message_id, choice["callback_data"])
            await until(lambda: bool(telegram.sent(7001, "editMessageText")), what="the entry")
    entry = shown(telegram.sent(7001, "editMessageText")[-1])
    assert "1 bowl japchae → Japchae, 300 g · 465 kcal" in entry
    assert all(KEY not in record.getMessage() for record in caplog.records)
    assert [r.path for r in fake.requests] == ["/fdc/v1/foods/search"]  # details came along
