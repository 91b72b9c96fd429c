"""The coach's memory on real PostgreSQL with the real model: recall, the durable queue,
forgetting, trivial messages."""

from __future__ import annotations

import asyncio
import os
import random
import time
from typing import Any

import pytest

from healthbot.coach.memory import MemoryStore, is_trivial, memory_writer
from healthbot.coach.memory.queue import WriteQueue

# Each test uses user ids of its own: the store (and its table) is shared by the module.


@pytest.mark.parametrize(
    "text",
    ["hi", "Hi!", "thanks", "Thank you so much!", "ok", "OK.", "👍", "🙂🙂", "heyyy", "  ", "?!"],
)
def test_greetings_thanks_and_emoji_are_trivial(text: str) -> None:
    assert is_trivial(text)


@pytest.mark.parametrize(
    "text",
    ["what snack should I have?", "ok, I had eggs", "I'm vegetarian", "no peanuts please"],
)
def test_messages_with_content_are_not_trivial(text: str) -> None:
    assert not is_trivial(text)


async def test_a_trivial_message_is_answered_without_embedding(store: MemoryStore) -> None:
    await store.remember(101, "I am allergic to peanuts", key="101:1")
    await store.drain()
    before = store.batcher.embedded
    assert await store.search(101, "thanks!") == []
    assert await store.search(101, "🙏") == []
    assert store.batcher.embedded == before
    found = await store.search(101, "what snack should I have?")
    assert [m.text for m in found] == ["I am allergic to peanuts"]
    assert store.batcher.embedded == before + 1


async def test_the_store_runs_without_mem0_and_hugging_face_is_offline(
    store: MemoryStore,
) -> None:
    import sys

    assert not {"mem0", "openai", "posthog"} & {m.split(".")[0] for m in sys.modules}
    assert os.environ["HF_HUB_OFFLINE"] == "1"


async def test_a_remembered_text_is_written_once_and_a_retried_key_adds_nothing(
    store: MemoryStore,
) -> None:
    assert await store.remember(201, "I'm vegetarian", key="upd:9001:memory")
    assert not await store.remember(201, "I'm vegetarian", key="upd:9001:memory")
    assert await store.list(201) == []  # queued, not written yet
    assert await store.drain() == 1
    assert [m.text for m in await store.list(201)] == ["I'm vegetarian"]
    # The same update retried after it was written: still nothing twice.
    assert not await store.remember(201, "I'm vegetarian", key="upd:9001:memory")
    assert await store.drain() == 0
    assert [m.text for m in await store.list(201)] == ["I'm vegetarian"]


async def test_a_write_queued_before_a_crash_is_written_by_the_next_process(
    store: MemoryStore,
) -> None:
    await store.remember(301, "I run every Tuesday morning", key="upd:9101:memory")
    # "Crash": the process that queued it is gone; a new store instance on the same
    # database (and the same loaded model) finds the write in PostgreSQL.
    restarted = MemoryStore(store.settings, store.db, store.backend)
    try:
        assert await restarted.drain() == 1
    finally:
        await restarted.batcher.close()
    assert [m.text for m in await store.list(301)] == ["I run every Tuesday morning"]


async def test_a_crash_before_the_write_is_marked_done_writes_nothing_twice(
    store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.remember(401, "I drink three cups of coffee a day", key="upd:9201:memory")

    async def crash(*args: Any, **kwargs: Any) -> None:
        raise ConnectionError("the process died before marking the write done")

    # The memory is stored in the transaction that marks the queue row done: it rolls
    # back with it, and the row is pending again, as after a kill -9 at that point.
    with monkeypatch.context() as patch:
        patch.setattr(WriteQueue, "finish", crash)
        with pytest.raises(ConnectionError):
            await store.drain()
    assert await store.list(401) == []
    assert await store.queue.pending() >= 1
    assert await store.drain() == 1
    memories = await store.list(401)
    assert [m.text for m in memories] == ["I drink three cups of coffee a day"]
    memory_id = await store.db.fetch_value(
        "test", "SELECT memory_id::text FROM coach_memory_writes WHERE key = 'upd:9201:memory'"
    )
    assert memory_id == memories[0].id


async def test_a_failing_write_is_retried_later_and_then_stored(
    store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.remember(451, "I work night shifts", key="upd:9251:memory")
    with monkeypatch.context() as patch:

        async def failing(*args: Any, **kwargs: Any) -> None:
            raise RuntimeError("the model is down")

        patch.setattr(store, "_add", failing)
        assert await store.drain() == 0
    row = await store.db.fetch_value(
        "test",
        "SELECT attempts || ' ' || status || ' ' || (not_before > now())::text "
        "FROM coach_memory_writes WHERE key = 'upd:9251:memory'",
    )
    assert row == "1 pending true"
    assert await store.drain() == 0  # not due yet
    await store.db.execute(
        "test", "UPDATE coach_memory_writes SET not_before = now() WHERE key = 'upd:9251:memory'"
    )
    assert await store.drain() == 1
    assert [m.text for m in await store.list(451)] == ["I work night shifts"]


async def test_the_writer_job_stores_what_is_remembered_and_stops(store: MemoryStore) -> None:
    stop = asyncio.Event()
    writer = asyncio.create_task(memory_writer(store, stop))
    try:
        await store.remember(501, "My goal is to lose 5 kg by summer", key="upd:9301:memory")
        async with asyncio.timeout(60):
            while not await store.list(501):
                await asyncio.sleep(0.02)
    finally:
        stop.set()
        async with asyncio.timeout(60):
            await writer
    assert [m.text for m in await store.list(501)] == ["My goal is to lose 5 kg by summer"]


async def test_a_user_can_forget_only_their_own_memories(store: MemoryStore) -> None:
    await store.import_memories([(601, "I'm allergic to shellfish"), (602, "I love cycling")])
    (mine,) = await store.list(601)
    (theirs,) = await store.list(602)
    assert not await store.forget(601, theirs.id)
    assert not await store.forget(601, "not-a-uuid")
    assert not await store.forget(601, "00000000-0000-0000-0000-000000000000")
    assert [m.id for m in await store.list(602)] == [theirs.id]
    assert await store.forget(601, mine.id)
    assert await store.list(601) == []
    assert not await store.forget(601, mine.id)  # already gone
    assert [m.id for m in await store.list(602)] == [theirs.id]


async def test_forget_all_deletes_stored_and_queued_memories_of_that_user_only(
    store: MemoryStore,
) -> None:
    await store.import_memories([(701, f"fact number {i} about me") for i in range(3)])
    await store.import_memories([(702, "I am a nurse")])
    await store.remember(701, "I have a dog named Rex", key="upd:9401:memory")  # still queued
    assert await store.forget_all(701) == 3
    assert await store.list(701) == []
    assert await store.drain() == 0  # the queued write went with the rest
    assert await store.search(701, "what is my dog called?") == []
    assert [m.text for m in await store.list(702)] == ["I am a nurse"]


async def test_memories_imported_in_bulk_are_listed_and_recalled(store: MemoryStore) -> None:
    await store.import_memories([(801, "I follow a keto diet"), (801, "I hate olives")])
    listed = sorted(m.text for m in await store.list(801))
    assert listed == ["I follow a keto diet", "I hate olives"]
    found = await store.search(801, "what diet am I on?")
    assert found[0].text == "I follow a keto diet"


# -- recall among many users ----------------------------------------------------------------

# (memory template, probe query, slot values): every user gets facts of ten kinds, each with a
# value of their own, and is later asked about one of them in other words.
FACTS: list[tuple[str, str, tuple[str, ...]]] = [
    ("I'm allergic to {}", "which foods must I avoid because of my allergy?",
     ("peanuts", "shellfish", "gluten", "eggs", "milk", "soy", "tree nuts", "sesame", "kiwi")),
    ("I follow a {} diet", "what kind of eating plan am I on?",
     ("vegetarian", "vegan", "keto", "paleo", "pescatarian", "low-carb", "mediterranean")),
    ("I really dislike the taste of {}", "which foods do I hate eating?",
     ("broccoli", "mushrooms", "olives", "cilantro", "tofu", "salmon", "beets", "liver")),
    ("My main goal is to {}", "what am I trying to achieve with my training?",
     ("lose 5 kg", "run a marathon", "build muscle", "lower my cholesterol", "get stronger")),
    ("I go {} every week", "what exercise do I do?",
     ("swimming", "cycling", "to the gym", "to yoga class", "hiking", "rock climbing")),
    ("I usually go to bed around {}", "what time do I fall asleep at night?",
     ("10 pm", "11 pm", "midnight", "1 am", "9:30 pm")),
    ("I have {}", "do I have any medical conditions?",
     ("type 2 diabetes", "high blood pressure", "irritable bowel syndrome", "asthma", "anemia")),
    ("I have a {} as a pet", "what animal lives with me at home?",
     ("dog", "cat", "parrot", "rabbit", "hamster", "turtle")),
    ("I work as a {}", "what is my job?",
     ("nurse", "teacher", "software developer", "truck driver", "chef", "lawyer", "farmer")),
    ("For breakfast I usually eat {}", "what do I normally have in the morning?",
     ("oatmeal", "scrambled eggs", "yogurt with granola", "toast with jam", "a smoothie")),
    ("I drink {} cups of coffee every day", "how much caffeine do I have daily?",
     ("two", "three", "four", "five", "six")),
    ("My favourite fruit is {}", "which fruit do I like best?",
     ("mango", "banana", "apple", "pineapple", "cherries", "watermelon")),
]  # fmt: skip
USERS = 1000
FACTS_PER_USER = 10
PROBES = 200
FIRST_USER = 1_000_000


@pytest.mark.slow
async def test_each_user_recalls_their_own_memories_among_ten_thousand(
    store: MemoryStore,
) -> None:
    rng = random.Random(10)
    items: list[tuple[int, str]] = []
    asked: dict[int, tuple[str, str]] = {}  # user -> (probe, the memory it is about)
    for user in range(FIRST_USER, FIRST_USER + USERS):
        for template, probe, values in rng.sample(FACTS, FACTS_PER_USER):
            fact = template.format(rng.choice(values))
            items.append((user, fact))
            asked.setdefault(user, (probe, fact)) if rng.random() < 0.2 else None
    start = time.perf_counter()
    assert await store.import_memories(items) == USERS * FACTS_PER_USER
    imported = time.perf_counter() - start
    owners = {text_user for text_user in items}  # (user, text) pairs that exist

    probes = rng.sample(sorted(asked), PROBES)
    start = time.perf_counter()
    # Concurrently, as many chats would: their queries are embedded in batches.
    results = await asyncio.gather(*(store.search(user, asked[user][0]) for user in probes))
    searched = time.perf_counter() - start

    hits = 0
    for user, found in zip(probes, results, strict=True):
        assert found, f"user {user} found none of their memories"
        for memory in found:
            assert (user, memory.text) in owners, f"user {user} got a memory not theirs"
        own_ids = {m.id for m in await store.list(user)}
        assert {m.id for m in found} <= own_ids
        hits += asked[user][1] in [m.text for m in found]
    # The memory the question is about is among the five shown, nearly always.
    assert hits >= 0.9 * PROBES, f"{hits}/{PROBES}"
    print(  # shown with -s: figures, not assertions
        f"\nimported {len(items)} memories in {imported:.1f} s; {PROBES} concurrent searches "
        f"in {searched * 1000:.0f} ms ({store.batcher.batches} model calls so far); "
        f"asked-about memory in the top 5: {hits}/{PROBES}"
    )
    # Sequentially, more than five times per connection: psycopg would prepare statements
    # by now, and a generic plan is what loses user-scoped results.
    for user in probes[:40]:
        found = await store.search(user, asked[user][0])
        assert found
        assert all((user, m.text) in owners for m in found)
    assert len(await store.list(probes[0])) == FACTS_PER_USER
