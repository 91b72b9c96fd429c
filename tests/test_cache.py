"""The two-tier cache against a real Redis (and PostgreSQL for read-through)."""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest
import redis.asyncio
import redis.exceptions
from prometheus_client import REGISTRY

from healthbot.cache import (
    DEAF_LOCAL_SECONDS,
    Cache,
    CodecError,
    JsonCodec,
    Namespace,
    cached,
    connect_redis,
)
from healthbot.db import Database
from healthbot.embedded import EmbeddedRedis

# --- helpers --------------------------------------------------------------------------------


class Mood(enum.Enum):
    GOOD = "good"
    BAD = "bad"


@dataclass(frozen=True)
class Meal:
    name: str
    kcal: Decimal
    eaten_at: dt.datetime


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    price: Decimal = Decimal("1.50")
    born: dt.date = dt.date(2024, 2, 29)
    seen_at: dt.datetime = dt.datetime(2024, 5, 1, 12, 30, 15, 123456, tzinfo=dt.UTC)
    mood: Mood = Mood.GOOD
    meals: tuple[Meal, ...] = ()
    tags: dict[str, int] = field(default_factory=dict)
    note: str | None = None


def namespace(ttl: float = 60, negative_ttl: float = 30) -> Namespace:
    """A namespace no other test uses: the session Redis is shared."""
    return Namespace(f"t{uuid.uuid4().hex[:12]}", ttl=ttl, negative_ttl=negative_ttl)


def metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def hits(tier: str, ns: Namespace) -> float:
    return metric("healthbot_cache_hits_total", tier=tier, namespace=ns.name)


def loads(ns: Namespace) -> float:
    return metric("healthbot_cache_loads_total", namespace=ns.name)


def errors() -> float:
    return sum(
        sample.value
        for family in REGISTRY.collect()
        if family.name == "healthbot_cache_errors"
        for sample in family.samples
        if sample.name == "healthbot_cache_errors_total"
    )


async def key_of(client: redis.asyncio.Redis, ns: Namespace, item_id: int) -> str:
    """Where the cache stores an item in Redis: under the namespace's current version."""
    version = await client.get(f"hb:{ns.name}:version")
    assert version is not None
    return f"hb:{ns.name}:{int(version)}:{item_id}"


def version_of(value: bytes | None) -> int:
    assert value is not None
    return int(value)


def redis_available() -> float:
    return metric("healthbot_cache_redis_available")


def make_repo(ns: Namespace) -> type[Any]:
    """A repository class whose `get` is cached in `ns` and counts its source calls."""

    class Repo:
        def __init__(self, cache: Cache, items: dict[int, Item] | None = None) -> None:
            self.cache = cache
            self.items = items if items is not None else {}
            self.calls = 0
            self.started = asyncio.Event()
            self.gate: asyncio.Event | None = None
            self.fail: Exception | None = None

        @cached(ns, key=lambda item_id: f"{item_id}", codec=JsonCodec.optional(Item))
        async def get(self, item_id: int) -> Item | None:
            self.calls += 1
            self.started.set()
            found = self.items.get(item_id)  # read first: a slow query sees the old row
            if self.gate is not None:
                await self.gate.wait()
            if self.fail is not None:
                raise self.fail
            return found

    return Repo


class FlakyRedis:
    """Forwards to a real client; counts commands; can fail or stall on demand."""

    def __init__(self, inner: redis.asyncio.Redis) -> None:
        self.inner = inner
        self.calls = 0
        self.down = False
        self.delay = 0.0

    async def _before(self) -> None:
        self.calls += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.down:
            raise redis.exceptions.ConnectionError("down (test)")

    async def get(self, name: str, /) -> bytes | str | None:
        await self._before()
        return await self.inner.get(name)

    async def set(self, name: str, value: bytes, *, px: int | None = None, nx: bool = False) -> Any:
        await self._before()
        return await self.inner.set(name, value, px=px, nx=nx)

    async def delete(self, *names: str) -> int:
        await self._before()
        return await self.inner.delete(*names)

    async def incr(self, name: str, amount: int = 1) -> int:
        await self._before()
        return await self.inner.incr(name, amount)

    async def publish(self, channel: str, message: bytes) -> int:
        await self._before()
        return await self.inner.publish(channel, message)

    def pipeline(self, transaction: bool = True) -> FlakyBatch:
        return FlakyBatch(self, self.inner.pipeline(transaction=transaction))


class FlakyBatch:
    """A batch of the flaky client's: its commands fail or stall together, as one call."""

    def __init__(self, client: FlakyRedis, inner: Any) -> None:
        self.client = client
        self.inner = inner

    def delete(self, *names: str) -> object:
        return self.inner.delete(*names)

    def set(self, name: str, value: bytes, *, px: int | None = None) -> object:
        return self.inner.set(name, value, px=px)

    def publish(self, channel: str, message: bytes) -> object:
        return self.inner.publish(channel, message)

    async def execute(self) -> list[object]:
        await self.client._before()
        return list(await self.inner.execute())


@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[redis.asyncio.Redis]:
    """A client of the session Redis, configured as the daemon configures it."""
    client = connect_redis(redis_url, timeout=0.25)
    yield client
    await client.aclose()


@pytest.fixture
async def own_client(own_redis: EmbeddedRedis) -> AsyncIterator[redis.asyncio.Redis]:
    """A client of this test's own Redis server."""
    client = connect_redis(own_redis.url, timeout=0.25)
    yield client
    await client.aclose()


# --- codec ------------------------------------------------------------------------------------


def test_json_codec_round_trips_dataclasses_with_dates_decimals_and_lists() -> None:
    meal = Meal("soup", Decimal("123.40"), dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC))
    item = Item(
        7, "Ёжик", Decimal("0.10"), mood=Mood.BAD, meals=(meal, meal), tags={"a": 1}, note="x"
    )
    codec = JsonCodec(list[Item])
    assert codec.decode(codec.encode([item, Item(8, "b")])) == [item, Item(8, "b")]
    assert codec.decode(codec.encode([item]))[0].meals[0].kcal == Decimal("123.40")

    plain = JsonCodec(dict)
    assert plain.decode(plain.encode({"a": [1, "b"]})) == {"a": [1, "b"]}

    optional = JsonCodec.optional(Item)
    assert optional.decode(optional.encode(None)) is None
    assert optional.decode(optional.encode(item)) == item


def test_json_codec_rejects_payloads_of_another_shape() -> None:
    codec = JsonCodec(Item)
    with pytest.raises(CodecError):
        codec.decode(b'{"name": "no id"}')
    with pytest.raises(CodecError):
        codec.decode(b'{"id": "7", "name": "id is a string"}')
    with pytest.raises(CodecError):
        codec.decode(b"not json")
    with pytest.raises(TypeError):
        JsonCodec(int | str)  # type: ignore[arg-type]  # unions other than X | None


# --- tiers ------------------------------------------------------------------------------------


async def test_second_call_is_a_local_hit(client: redis.asyncio.Redis) -> None:
    ns = namespace()
    repo = make_repo(ns)(Cache(client), {1: Item(1, "a")})
    local, remote = hits("local", ns), hits("redis", ns)

    assert await repo.get(1) == Item(1, "a")
    assert await repo.get(1) == Item(1, "a")

    assert repo.calls == 1
    assert hits("local", ns) - local == 1
    assert hits("redis", ns) - remote == 0


async def test_miss_loads_once_and_stores_in_redis(client: redis.asyncio.Redis) -> None:
    ns = namespace(ttl=60)
    repo = make_repo(ns)(Cache(client), {1: Item(1, "a")})
    before = loads(ns)

    assert await repo.get(1) == Item(1, "a")

    assert repo.calls == 1
    assert loads(ns) - before == 1
    assert await client.get(await key_of(client, ns, 1)) == JsonCodec(Item).encode(Item(1, "a"))
    assert 0 < await client.pttl(await key_of(client, ns, 1)) <= 60_000


async def test_another_process_reads_the_value_from_redis(client: redis.asyncio.Redis) -> None:
    ns = namespace()
    repo_class = make_repo(ns)
    first = repo_class(Cache(client), {1: Item(1, "a")})
    other = repo_class(Cache(client), {1: Item(1, "other source")})
    await first.get(1)
    remote = hits("redis", ns)

    assert await other.get(1) == Item(1, "a")  # from Redis, not from its own source
    assert other.calls == 0
    assert hits("redis", ns) - remote == 1

    other.cache.clear_local()
    assert await other.get(1) == Item(1, "a")
    assert other.calls == 0
    assert hits("redis", ns) - remote == 2


async def test_values_expire_after_the_namespace_ttl(client: redis.asyncio.Redis) -> None:
    ns = namespace(ttl=1)
    items = {1: Item(1, "a")}
    repo = make_repo(ns)(Cache(client), items)
    await repo.get(1)
    items[1] = Item(1, "b")
    assert await repo.get(1) == Item(1, "a")

    await asyncio.sleep(1.1)

    assert await repo.get(1) == Item(1, "b")
    assert repo.calls == 2


async def test_config_ttl_overrides_the_namespace_default(client: redis.asyncio.Redis) -> None:
    ns = namespace(ttl=3600)
    repo = make_repo(ns)(Cache(client, ttls={ns.name: 5}), {1: Item(1, "a")})
    await repo.get(1)
    assert 0 < await client.pttl(await key_of(client, ns, 1)) <= 5000


async def test_none_is_cached_briefly_and_invalidation_ends_it(
    client: redis.asyncio.Redis,
) -> None:
    ns = namespace(ttl=3600, negative_ttl=30)
    items: dict[int, Item] = {}
    repo = make_repo(ns)(Cache(client), items)

    assert await repo.get(1) is None
    assert await repo.get(1) is None
    assert repo.calls == 1
    assert 0 < await client.pttl(await key_of(client, ns, 1)) <= 30_000

    items[1] = Item(1, "created")
    await repo.get.invalidate(1)
    assert await repo.get(1) == Item(1, "created")


async def test_none_is_not_cached_with_zero_negative_ttl(client: redis.asyncio.Redis) -> None:
    ns = namespace(negative_ttl=0)
    repo = make_repo(ns)(Cache(client))
    assert await repo.get(1) is None
    assert await repo.get(1) is None
    assert repo.calls == 2
    assert await client.exists(await key_of(client, ns, 1)) == 0


async def test_local_tier_is_bounded_lru() -> None:
    ns = namespace()
    repo = make_repo(ns)(Cache(None, local_max_entries=3), {i: Item(i, "x") for i in range(5)})
    for i in (1, 2, 3):
        await repo.get(i)
    await repo.get(1)  # 1 is now the most recently used; 2 the least
    await repo.get(4)  # evicts 2

    calls = repo.calls
    await repo.get(1)
    await repo.get(3)
    assert repo.calls == calls
    await repo.get(2)
    assert repo.calls == calls + 1


# --- invalidation -----------------------------------------------------------------------------


async def test_invalidation_clears_both_tiers(client: redis.asyncio.Redis) -> None:
    ns = namespace()
    repo_class = make_repo(ns)
    items = {1: Item(1, "v1")}
    repo = repo_class(Cache(client), items)
    peer = repo_class(Cache(client), items)  # another process sharing Redis
    await repo.get(1)
    assert await peer.get(1) == Item(1, "v1")

    items[1] = Item(1, "v2")
    await repo.get.invalidate(1)

    assert await client.exists(await key_of(client, ns, 1)) == 0
    assert await repo.get(1) == Item(1, "v2")
    assert repo.calls == 2
    fresh = repo_class(Cache(client), {})
    assert await fresh.get(1) == Item(1, "v2")
    # Documented limit (single-process daemon): a peer's local tier is not told; it serves
    # its copy until that expires, then reads the new value from Redis.
    assert await peer.get(1) == Item(1, "v1")
    peer.cache.clear_local()
    assert await peer.get(1) == Item(1, "v2")


async def test_invalidate_namespace_bumps_its_version(client: redis.asyncio.Redis) -> None:
    ns = namespace()
    repo_class = make_repo(ns)
    items = {1: Item(1, "v1"), 2: Item(2, "v1")}
    repo = repo_class(Cache(client), items)
    await repo.get(1)
    await repo.get(2)
    items.update({1: Item(1, "v2"), 2: Item(2, "v2")})
    version = version_of(await client.get(f"hb:{ns.name}:version"))

    await repo.cache.invalidate_namespace(ns)

    assert await repo.get(1) == Item(1, "v2")
    assert await repo.get(2) == Item(2, "v2")
    assert repo.calls == 4
    assert version_of(await client.get(f"hb:{ns.name}:version")) == version + 1
    fresh = repo_class(Cache(client), {})  # reads the version, then the new keys
    assert await fresh.get(1) == Item(1, "v2")
    assert fresh.calls == 0


async def test_a_lost_version_never_brings_back_hidden_values(
    client: redis.asyncio.Redis,
) -> None:
    ns = namespace()
    repo_class = make_repo(ns)
    items = {1: Item(1, "v1")}
    await repo_class(Cache(client), items).get(1)  # stored under the first version
    items[1] = Item(1, "v2")
    await Cache(client).invalidate_namespace(ns)

    await client.delete(f"hb:{ns.name}:version")  # evicted (allkeys-lru) or lost
    fresh = repo_class(Cache(client), items)

    assert await fresh.get(1) == Item(1, "v2")
    assert fresh.calls == 1


async def test_invalidation_during_a_load_keeps_its_result_out_of_the_cache(
    client: redis.asyncio.Redis,
) -> None:
    ns = namespace()
    items = {1: Item(1, "old")}
    repo = make_repo(ns)(Cache(client), items)
    repo.gate = asyncio.Event()
    reader = asyncio.create_task(repo.get(1))
    await repo.started.wait()

    items[1] = Item(1, "new")  # the write commits while the read is in its source
    await repo.get.invalidate(1)
    repo.gate.set()

    assert await reader == Item(1, "old")  # it asked before the write finished
    assert await client.exists(await key_of(client, ns, 1)) == 0
    assert await repo.get(1) == Item(1, "new")
    assert repo.calls == 2


# --- single-flight ----------------------------------------------------------------------------


async def test_concurrent_misses_share_one_load(client: redis.asyncio.Redis) -> None:
    ns = namespace()
    repo = make_repo(ns)(Cache(client), {1: Item(1, "a")})
    repo.gate = asyncio.Event()
    before = loads(ns)

    readers = [asyncio.create_task(repo.get(1)) for _ in range(100)]
    await asyncio.sleep(0.01)
    repo.gate.set()
    results = await asyncio.gather(*readers)

    assert repo.calls == 1
    assert loads(ns) - before == 1
    assert results == [Item(1, "a")] * 100


async def test_loader_error_reaches_every_waiter_and_is_not_cached(
    client: redis.asyncio.Redis,
) -> None:
    ns = namespace()
    repo = make_repo(ns)(Cache(client), {1: Item(1, "a")})
    repo.gate = asyncio.Event()
    repo.fail = LookupError("database is sad")

    readers = [asyncio.create_task(repo.get(1)) for _ in range(10)]
    await asyncio.sleep(0.01)
    repo.gate.set()
    results = await asyncio.gather(*readers, return_exceptions=True)

    assert repo.calls == 1
    assert all(r is repo.fail for r in results)
    repo.fail = None
    assert await repo.get(1) == Item(1, "a")
    assert repo.calls == 2


async def test_a_cancelled_caller_does_not_cancel_the_shared_load(
    client: redis.asyncio.Redis,
) -> None:
    ns = namespace()
    repo = make_repo(ns)(Cache(client), {1: Item(1, "a")})
    repo.gate = asyncio.Event()
    first = asyncio.create_task(repo.get(1))
    second = asyncio.create_task(repo.get(1))
    await asyncio.sleep(0.01)

    first.cancel()
    repo.gate.set()

    assert await second == Item(1, "a")
    with pytest.raises(asyncio.CancelledError):
        await first
    assert repo.calls == 1
    assert await repo.get(1) == Item(1, "a")
    assert repo.calls == 1


# --- Redis failures ----------------------------------------------------------------------------


async def test_killed_redis_falls_back_without_errors_or_repeated_attempts(
    own_redis: EmbeddedRedis, own_client: redis.asyncio.Redis
) -> None:
    ns = namespace()
    flaky = FlakyRedis(own_client)
    items = {i: Item(i, f"item {i}") for i in range(60)}
    repo = make_repo(ns)(Cache(flaky, cooldown=60), items)
    await repo.get(0)
    assert redis_available() == 1

    own_redis.kill()
    calls, errors_before = flaky.calls, errors()

    assert await repo.get(0) == items[0]  # local tier
    for i in range(1, 51):
        assert await repo.get(i) == items[i]  # the source
    await repo.get.invalidate(0)
    assert await repo.get(0) == items[0]

    assert repo.calls == 52
    # The first Redis command fails; the breaker then skips Redis for the cooldown, so the
    # other calls don't each wait for a timeout or a refused connection.
    assert flaky.calls - calls == 1
    assert errors() - errors_before == 1
    assert redis_available() == 0


async def test_remembered_marks_sit_under_the_prefix_and_skip_redis_while_it_is_down(
    own_redis: EmbeddedRedis, own_client: redis.asyncio.Redis
) -> None:
    ns = namespace(ttl=120)
    flaky = FlakyRedis(own_client)
    cache = Cache(flaky, cooldown=60)
    assert not await cache.remembered(ns, "7:42:ab")
    await cache.remember(ns, "7:42:ab")
    assert await cache.remembered(ns, "7:42:ab")
    assert not await cache.remembered(ns, "7:42:cd")
    [key] = [key async for key in own_client.scan_iter(match="*7:42:ab")]
    assert key.decode().startswith(f"hb:{ns.name}:")  # the cache's prefix and namespace
    assert 0 < await own_client.pttl(key) <= 120_000

    own_redis.kill()
    calls = flaky.calls
    for _ in range(5):
        assert not await cache.remembered(ns, "7:42:ab")  # as if the first time
        await cache.remember(ns, "7:42:ab")
    # The first command fails; the breaker then skips Redis for the cooldown, so the
    # others don't each wait for a timeout or a refused connection.
    assert flaky.calls - calls == 1
    assert redis_available() == 0


async def test_slow_redis_times_out_and_trips_the_breaker(client: redis.asyncio.Redis) -> None:
    ns = namespace()
    flaky = FlakyRedis(client)
    items = {i: Item(i, "x") for i in range(20)}
    repo = make_repo(ns)(Cache(flaky, timeout=0.05, cooldown=60), items)
    flaky.delay = 5.0
    errors_before = errors()

    for i in range(20):
        assert await repo.get(i) == items[i]

    assert flaky.calls == 1  # the version lookup timed out; nothing more was tried
    assert errors() - errors_before == 1


async def test_cache_uses_redis_again_after_recovery(
    own_redis: EmbeddedRedis, own_client: redis.asyncio.Redis
) -> None:
    ns = namespace()
    items = {i: Item(i, "x") for i in range(3)}
    repo = make_repo(ns)(Cache(own_client, cooldown=0.2), items)
    await repo.get(0)
    own_redis.kill()
    await repo.get(1)
    assert redis_available() == 0

    own_redis.start()
    await asyncio.sleep(0.3)  # the cooldown
    assert await repo.get(2) == items[2]

    assert redis_available() == 1
    check = redis.asyncio.Redis.from_url(own_redis.url)  # a client the cache never used
    try:
        assert await check.get(await key_of(check, ns, 2)) == JsonCodec(Item).encode(items[2])
    finally:
        await check.aclose()


async def test_invalidations_missed_during_an_outage_are_replayed(
    client: redis.asyncio.Redis,
) -> None:
    ns, other_ns = namespace(), namespace()
    flaky = FlakyRedis(client)
    items = {1: Item(1, "v1"), 2: Item(2, "v1")}
    cache = Cache(flaky, cooldown=0.2)
    repo = make_repo(ns)(cache, items)
    other = make_repo(other_ns)(cache, items)
    await repo.get(1)
    await other.get(2)
    version = version_of(await client.get(f"hb:{other_ns.name}:version"))

    flaky.down = True  # Redis keeps its data but this process can't reach it
    items.update({1: Item(1, "v2"), 2: Item(2, "v2")})
    await repo.get.invalidate(1)
    await cache.invalidate_namespace(other_ns)
    assert await repo.get(1) == Item(1, "v2")  # from the source while Redis is down

    flaky.down = False
    await asyncio.sleep(0.3)
    cache.clear_local()

    # Without the replay, Redis would still serve v1 for both.
    assert await repo.get(1) == Item(1, "v2")
    assert await other.get(2) == Item(2, "v2")
    assert version_of(await client.get(f"hb:{other_ns.name}:version")) == version + 1
    fresh = make_repo(ns)(Cache(client), {})
    assert await fresh.get(1) == Item(1, "v2")


async def test_client_fails_fast_on_a_server_that_never_answers(tmp_path: Any) -> None:
    path = tmp_path / "silent.sock"
    done = asyncio.Event()

    async def swallow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1 << 16)
        await done.wait()
        writer.close()

    server = await asyncio.start_unix_server(swallow, path=str(path))
    client = connect_redis(f"unix://{path}", timeout=0.1)
    # A guard against hanging, not a timing assert: redis-py's defaults (5 s socket timeout,
    # retries with backoff) would still be waiting when it fires.
    async with asyncio.timeout(60):
        with pytest.raises(redis.exceptions.RedisError, match="Timeout"):
            await client.get("x")
    await client.aclose()
    done.set()
    server.close()
    await server.wait_closed()


# --- read-through from PostgreSQL -------------------------------------------------------------


@dataclass(frozen=True)
class UserRow:
    id: int
    first_name: str


async def test_reads_through_to_postgresql_once(db: Database, client: redis.asyncio.Redis) -> None:
    ns = namespace()

    class Users:
        def __init__(self, db: Database, cache: Cache) -> None:
            self.db = db
            self.cache = cache

        @cached(ns, key=lambda user_id: f"{user_id}", codec=JsonCodec.optional(UserRow))
        async def get(self, user_id: int) -> UserRow | None:
            return await self.db.fetch_one(
                "test_cache_user_get",
                "SELECT id, first_name FROM users WHERE id = %(id)s",
                {"id": user_id},
                UserRow,
            )

        async def rename(self, user_id: int, name: str) -> None:
            await self.db.execute(
                "test_cache_user_rename",
                "UPDATE users SET first_name = %(name)s WHERE id = %(id)s",
                {"id": user_id, "name": name},
            )
            await self.get.invalidate(user_id)

    def queries() -> float:
        return metric("healthbot_db_query_duration_seconds_count", query="test_cache_user_get")

    user_id = uuid.uuid4().int % 2**62
    await db.execute(
        "test_cache_user_add",
        "INSERT INTO users (id, first_name) VALUES (%(id)s, 'Ann')",
        {"id": user_id},
    )
    users = Users(db, Cache(client))
    before = queries()

    assert await users.get(user_id) == UserRow(user_id, "Ann")
    assert queries() - before == 1
    assert await users.get(user_id) == UserRow(user_id, "Ann")
    assert queries() - before == 1

    await users.rename(user_id, "Bea")
    assert await users.get(user_id) == UserRow(user_id, "Bea")
    assert queries() - before == 2
    await db.execute("test_cache_user_del", "DELETE FROM users WHERE id = %(id)s", {"id": user_id})


# --- several processes on one Redis -----------------------------------------------------------


async def heard(repo: Any, item_id: int, expected: Item, seconds: float = 5.0) -> bool:
    """Whether `repo` serves `expected` within `seconds` (the channel is one hop away)."""
    async with asyncio.timeout(seconds):
        while await repo.get(item_id) != expected:
            await asyncio.sleep(0.02)
    return True


@pytest.fixture
async def shared_caches(
    client: redis.asyncio.Redis, redis_url: str
) -> AsyncIterator[tuple[Cache, Cache]]:
    """Two caches as two daemons on one Redis would have them, each hearing the other."""
    caches = (Cache(client), Cache(client))
    tasks = [cache.share(redis_url) for cache in caches]
    async with asyncio.timeout(60):  # both subscribed: their local_since is None
        while any(cache._coherence.local_since() is not None for cache in caches):  # type: ignore[union-attr]
            await asyncio.sleep(0.01)
    yield caches
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def test_an_invalidation_in_one_process_reaches_the_others_local_tier(
    shared_caches: tuple[Cache, Cache], client: redis.asyncio.Redis
) -> None:
    ns = namespace()
    rows = {1: Item(1, "v1")}  # one database both read
    writer, reader = (make_repo(ns)(cache, rows) for cache in shared_caches)
    deaf = make_repo(ns)(Cache(client), rows)  # a cache that does not share: the control
    for repo in (writer, reader, deaf):
        assert await repo.get(1) == Item(1, "v1")

    rows[1] = Item(1, "v2")
    await writer.get.invalidate(1)

    assert await writer.get(1) == Item(1, "v2")
    assert await heard(reader, 1, Item(1, "v2"))
    assert await deaf.get(1) == Item(1, "v1")  # its local copy: what sharing prevents


async def test_a_write_through_in_one_process_reaches_the_others(
    shared_caches: tuple[Cache, Cache],
) -> None:
    ns = namespace()
    codec = JsonCodec.optional(Item)
    rows = {1: Item(1, "v1")}
    writer, reader = (make_repo(ns)(cache, rows) for cache in shared_caches)
    assert await reader.get(1) == Item(1, "v1")

    rows[1] = Item(1, "v2")
    await writer.cache.put(ns, "1", codec, Item(1, "v2"))

    assert await heard(reader, 1, Item(1, "v2"))
    assert reader.calls == 1  # the new value came from Redis, where the writer put it


async def test_a_process_that_cannot_hear_keeps_local_values_only_briefly() -> None:
    ns = namespace()
    rows = {1: Item(1, "v1")}
    cache = Cache(None)
    task = cache.share("redis://127.0.0.1:9/0")  # nothing listens there: always deaf
    try:
        repo = make_repo(ns)(cache, rows)
        await repo.get(1)
        await repo.get(1)
        assert repo.calls == 1  # a value just stored is served locally
        await asyncio.sleep(DEAF_LOCAL_SECONDS + 0.2)
        await repo.get(1)
        assert repo.calls == 2  # an older one might have missed a write elsewhere
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_an_invalidation_published_while_redis_was_away_is_published_again(
    client: redis.asyncio.Redis, redis_url: str
) -> None:
    ns = namespace()
    rows = {1: Item(1, "v1")}
    flaky = FlakyRedis(client)  # only the writer loses Redis
    writer_cache, reader_cache = Cache(flaky, cooldown=0.2), Cache(client)
    tasks = [writer_cache.share(redis_url), reader_cache.share(redis_url)]
    try:
        writer, reader = make_repo(ns)(writer_cache, rows), make_repo(ns)(reader_cache, rows)
        await writer.get(1)
        await asyncio.sleep(0.3)  # both subscribed
        assert await reader.get(1) == Item(1, "v1")

        flaky.down = True
        rows[1] = Item(1, "v2")
        await writer.get.invalidate(1)
        await asyncio.sleep(0.3)
        assert await reader.get(1) == Item(1, "v1")  # nobody could tell it

        flaky.down = False
        await asyncio.sleep(0.3)  # the cooldown; the next call replays the invalidation
        await writer.get(2)
        assert await heard(reader, 1, Item(1, "v2"))
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def test_a_shared_invalidation_is_one_round_trip_that_deletes_before_it_tells(
    client: redis.asyncio.Redis, redis_url: str
) -> None:
    ns = namespace()
    rows = {1: Item(1, "v1")}
    counted = FlakyRedis(client)  # counts the writer's round trips
    writer_cache, reader_cache = Cache(counted), Cache(client)
    tasks = [writer_cache.share(redis_url), reader_cache.share(redis_url)]
    try:
        writer, reader = make_repo(ns)(writer_cache, rows), make_repo(ns)(reader_cache, rows)
        await writer.get(1)
        async with asyncio.timeout(60):  # both subscribed: their local_since is None
            while any(c._coherence.local_since() is not None for c in (writer_cache, reader_cache)):  # type: ignore[union-attr]
                await asyncio.sleep(0.01)
        assert await reader.get(1) == Item(1, "v1")
        rows[1] = Item(1, "v2")
        before = counted.calls
        await writer.get.invalidate(1)
        assert counted.calls == before + 1  # DEL and PUBLISH together
        # The reader, told, reads Redis again: the key is gone there, so the source's value.
        assert await heard(reader, 1, Item(1, "v2"))
        assert reader.calls == 2
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
