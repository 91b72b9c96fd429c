"""The coach's semantic memory: pgvector in our PostgreSQL, local embeddings.

`MemoryStore.open` loads the model once; `search` recalls a user's memories by meaning,
`remember` queues a write durably, `memory_writer` (a background job) stores queued writes.
"""

from healthbot.coach.memory.store import MemoryStore
from healthbot.coach.memory.table import Memory
from healthbot.coach.memory.trivial import is_trivial
from healthbot.coach.memory.writer import memory_writer

__all__ = ["Memory", "MemoryStore", "is_trivial", "memory_writer"]
