"""The memory store on its own SQL (mem0 is no longer imported): memories mem0 stored stay
readable and forgettable, a write mem0 finished before a crash is not made twice, and the
fast model's facts are stored once each."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

from psycopg.types.json import Jsonb
from pydantic import SecretStr

from healthbot.coach.memory import MemoryStore
from healthbot.coach.memory.backend import Backend
from healthbot.coach.memory.extraction import FactExtractor, parse
from healthbot.coach.memory.table import BinaryVector, binary_vectors, text_hash
from healthbot.offline.anthropic import EXTRACTED_PREFIX
from loadgen.anthropic import FakeAnthropic

KEY = "test-key"


async def _store_as_mem0_did(store: MemoryStore, user_id: int, text: str, **extra: str) -> str:
    """A row in the payload mem0 2.2 wrote (role, text_lemmatized and all)."""
    [vector] = store.backend.embedder.embed_batch([text])
    memory_id = str(uuid.uuid4())
    now = datetime.now(UTC).isoformat()
    payload = {
        "user_id": str(user_id), "role": "user", "data": text, "hash": text_hash(text),
        "text_lemmatized": text.lower(), "created_at": now, "updated_at": now, **extra,
    }  # fmt: skip
    async with store.db.transaction("test") as conn:
        cur = conn.cursor()
        binary_vectors(cur)
        await cur.execute(
            "INSERT INTO coach_memories (id, vector, payload) VALUES (%s, %b::vector, %s)",
            (memory_id, BinaryVector(vector), Jsonb(payload)),
        )
    return memory_id


async def test_memories_mem0_stored_are_listed_recalled_and_forgotten(store: MemoryStore) -> None:
    old = await _store_as_mem0_did(store, 1101, "I am lactose intolerant")
    await store.import_memories([(1101, "I swim on Mondays")])
    assert sorted(m.text for m in await store.list(1101)) == [
        "I am lactose intolerant",
        "I swim on Mondays",
    ]
    [found, *_] = await store.search(1101, "can I drink milk?")
    assert (found.id, found.text) == (old, "I am lactose intolerant")
    assert found.created_at is not None
    assert not await store.forget(1102, old)  # another user's id forgets nothing
    assert await store.forget(1101, old)
    assert [m.text for m in await store.list(1101)] == ["I swim on Mondays"]


async def test_a_write_mem0_stored_before_a_crash_is_finished_without_a_second_row(
    store: MemoryStore,
) -> None:
    assert await store.remember(1201, "I cycle to work", key="upd:1201:memory")
    write_id = await store.db.fetch_value(
        "test", "SELECT id FROM coach_memory_writes WHERE key = 'upd:1201:memory'"
    )
    old = await _store_as_mem0_did(store, 1201, "I cycle to work", write_id=str(write_id))
    assert await store.drain() == 1
    assert [m.id for m in await store.list(1201)] == [old]
    memory_id = await store.db.fetch_value(
        "test", "SELECT memory_id::text FROM coach_memory_writes WHERE id = %s", (write_id,)
    )
    assert memory_id == old


async def test_extracted_facts_are_stored_once_each(store: MemoryStore) -> None:
    async with FakeAnthropic(KEY) as model:
        settings = store.settings.model_copy(
            update={
                "anthropic": store.settings.anthropic.model_copy(
                    update={"api_key": SecretStr(KEY), "base_url": model.base_url}
                )
            }
        )
        extractor = FactExtractor(settings)
        backend = Backend(store.backend.embedder, store.backend.collection, 384, extractor)
        extracting = MemoryStore(settings, store.db, backend)
        try:
            await extracting.remember(1301, "I am vegan\nI run marathons", key="upd:1301:memory")
            assert await extracting.drain() == 1
            # Said again later: the fake extracts the same facts, which are stored already.
            await extracting.remember(1301, "I am vegan", key="upd:1302:memory")
            assert await extracting.drain() == 1
        finally:
            await extracting.batcher.close()
            await extractor.close()
        [first, second] = [
            r.body for r in model.requests if "Memory Extractor" in json.dumps(r.body)
        ]
    assert sorted(m.text for m in await store.list(1301)) == [
        EXTRACTED_PREFIX + "I am vegan",
        EXTRACTED_PREFIX + "I run marathons",
    ]
    assert first["model"] == settings.anthropic.fast_model
    # The second call was shown what is remembered already.
    assert EXTRACTED_PREFIX + "I run marathons" in json.dumps(second["messages"])
    done = await store.db.fetch_value(
        "test",
        "SELECT string_agg((memory_id IS NULL)::text, ',' ORDER BY id) FROM coach_memory_writes "
        "WHERE user_id = 1301 AND status = 'done'",
    )
    assert done == "false,true"  # the second write found nothing new to keep


def test_the_model_answer_is_read_leniently() -> None:
    assert parse('{"memory": [{"text": "User is vegan"}, {"text": "User is vegan"}]}') == [
        "User is vegan"
    ]
    assert parse('```json\n{"memory": [{"text": "User runs"}]}\n```') == ["User runs"]
    assert parse('Here you go: {"memory": ["User swims", {"text": " "}]} Done.') == ["User swims"]
    assert parse('{"memory": []}') == []
    assert parse("I could not find anything.") == []
    assert parse('{"facts": ["x"]}') == []
