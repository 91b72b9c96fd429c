"""The product store: Open Food Facts' products kept in Redis and PostgreSQL (30 days; an
unknown code a day), and a lookup that fails fast without network; against the fake OFF."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from healthbot.cache import Cache, connect_redis
from healthbot.db import Database
from healthbot.food.products import Products, ProductsUnavailable
from loadgen.off import FakeOff
from tests.support.barcodes import off_client
from tests.support.databases import rows


@pytest.fixture
async def fake() -> AsyncIterator[FakeOff]:
    async with FakeOff() as server:
        yield server


@pytest.fixture
async def cache(redis_url: str) -> AsyncIterator[Cache]:
    client = connect_redis(redis_url, timeout=0.25)
    try:
        yield Cache(client, prefix=f"products-test-{id(client)}")  # nothing shared
    finally:
        await client.aclose()


@pytest.fixture(autouse=True)
async def no_products(database_url: str) -> None:
    """Each test starts without kept products (the session's database is shared)."""
    await rows(database_url, "DELETE FROM food_products")


async def test_products_are_kept_in_redis_and_postgresql_and_unknown_codes_too(
    fake: FakeOff, db: Database, cache: Cache, redis_url: str, database_url: str
) -> None:
    products = Products(db, cache, off_client(fake.base_url))
    try:
        first = await products.product("3017620422003")
        assert await products.product("3017620422003") == first
        assert await products.product("5901234123457") is None
        assert await products.product("5901234123457") is None
    finally:
        await products.close()
    assert [fake.asked("3017620422003"), fake.asked("5901234123457")] == [1, 1]
    kept = await rows(
        database_url, "SELECT code, found, name, kcal, serving_g FROM food_products ORDER BY 1"
    )
    assert kept == [
        ("3017620422003", True, "Nutella (Ferrero)", 539.0, 15.0),
        ("5901234123457", False, None, None, None),
    ]
    # Another process, its Redis namespace empty: PostgreSQL answers, OFF is not asked.
    client = connect_redis(redis_url, timeout=0.25)
    again = Products(db, Cache(client, prefix=f"off-other-{id(client)}"), None)
    try:
        assert await again.product("3017620422003") == first
        assert await again.product("5901234123457") is None
    finally:
        await client.aclose()
    assert len(fake.requests) == 2


async def test_a_product_is_asked_again_after_30_days_and_an_unknown_code_after_a_day(
    fake: FakeOff, db: Database, redis_url: str
) -> None:
    now = datetime(2026, 12, 6, 12, tzinfo=UTC)
    clock = [now]
    redis = connect_redis(redis_url, timeout=0.25)

    def products() -> Products:  # a fresh cache each time: only PostgreSQL's age counts
        cache = Cache(redis, prefix=f"off-age-{len(fake.requests)}-{clock[0].timestamp()}")
        return Products(db, cache, off_client(fake.base_url), clock=lambda: clock[0])

    try:
        for later in (timedelta(0), timedelta(hours=23), timedelta(days=1, minutes=1),
                      timedelta(days=29), timedelta(days=30, minutes=1)):  # fmt: skip
            clock[0] = now + later
            lookup = products()
            await lookup.product("3017620422003")
            await lookup.product("5901234123457")
            await lookup.close()
    finally:
        await redis.aclose()
    # The product: at first and past 30 days; the unknown code: at first, past a day, and
    # past each day after.
    assert fake.asked("3017620422003") == 2
    assert fake.asked("5901234123457") == 4


async def test_without_network_the_lookup_fails_fast_then_is_not_asked_for_a_while(
    fake: FakeOff, db: Database, cache: Cache
) -> None:
    with socket.socket() as closed:  # a port nothing listens on: "connection refused"
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    products = Products(db, cache, off_client(f"http://127.0.0.1:{port}", attempts=2))
    try:
        with pytest.raises(ProductsUnavailable, match="ClientConnectorError after 2 tries"):
            await products.product("3017620422003")
        assert products.client is not None
        await products.client.close()
        products.client = off_client(fake.base_url)  # the network is back, but paused
        with pytest.raises(ProductsUnavailable, match="not asked now"):
            await products.product("3017620422003")
    finally:
        await products.close()
    assert fake.requests == []
