"""Embeddings for the memory store: one model behind one lock, and a micro-batcher for searches.

The local model is CPU-bound (a MiniLM embedding of a short sentence costs about 6 ms of CPU
on an idle core), so concurrent searches, each embedding alone, top out near 85/s on two
cores. The batcher queues the searches that arrive together and embeds them in one model
call from one thread, which turns the per-call overhead into a per-batch one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)

Vector = list[float]


class LockedEmbedding:
    """An embedder whose calls take turns.

    The writer embeds from the default executor's threads while the batcher embeds from its
    own: two model calls at once only fight over the same cores.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self._lock = threading.Lock()

    def embed_batch(self, texts: list[str], memory_action: str = "add") -> list[Vector]:
        """Several texts' embeddings in one model call."""
        if not texts:
            return []
        with self._lock:
            vectors: list[Vector] = self.inner.embed_batch(texts, memory_action)
            return vectors

    def embed_many(self, texts: Sequence[str]) -> list[Vector]:
        """Embeddings of search queries, in order."""
        return self.embed_batch(list(texts), "search")


class EmbeddingBatcher:
    """Embeds concurrent queries together: a query waits at most `max_wait` seconds for
    others to join it (or until `max_batch` are queued), then one call in one thread embeds
    them all. While a batch is being embedded the next one gathers, so the batch size follows
    the load: one query at a time when it is quiet, up to `max_batch` when it is busy.
    """

    def __init__(
        self,
        embed_many: Callable[[Sequence[str]], list[Vector]],
        *,
        max_batch: int = 32,
        max_wait: float = 0.002,
    ) -> None:
        self._embed_many = embed_many
        self.max_batch = max_batch
        self.max_wait = max_wait
        self._pending: list[tuple[str, float, asyncio.Future[Vector]]] = []
        self._arrived = asyncio.Event()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="embed")
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.batches = 0  # model calls made, for benchmarks
        self.embedded = 0  # queries embedded

    async def embed(self, text: str) -> Vector:
        """The embedding of `text`, computed in a batch with the queries around it."""
        if self._closed:
            raise RuntimeError("the embedding batcher is closed")
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="memory-embedding-batcher")
        future: asyncio.Future[Vector] = asyncio.get_running_loop().create_future()
        self._pending.append((text, time.monotonic(), future))
        self._arrived.set()
        return await future

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await self._arrived.wait()
            self._arrived.clear()
            if not self._pending:
                continue
            # Linger only as long as the oldest query has not waited yet: queries that piled
            # up while the previous batch was embedded have waited long enough.
            waited = time.monotonic() - self._pending[0][1]
            if len(self._pending) < self.max_batch and waited < self.max_wait:
                await self._gather(self.max_wait - waited)
            batch = [item for item in self._pending[: self.max_batch] if not item[2].done()]
            del self._pending[: self.max_batch]
            if self._pending:
                self._arrived.set()
            if not batch:
                continue
            try:
                vectors = await loop.run_in_executor(
                    self._executor, self._embed_many, [text for text, _, _ in batch]
                )
            except Exception as exc:  # the model failed: every query of the batch learns why
                for _, _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            self.batches += 1
            self.embedded += len(batch)
            for (_, _, future), vector in zip(batch, vectors, strict=True):
                if not future.done():
                    future.set_result(vector)

    async def _gather(self, seconds: float) -> None:
        """Wait `seconds`, or less if `max_batch` queries are queued before."""
        deadline = time.monotonic() + seconds
        while len(self._pending) < self.max_batch:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(left):
                    await self._arrived.wait()

    async def close(self) -> None:
        """Stop the batcher; queries still waiting fail."""
        self._closed = True
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        for _, _, future in self._pending:
            if not future.done():
                future.set_exception(RuntimeError("the embedding batcher is closed"))
        self._pending.clear()
        # The thread may be inside a model call: let it finish there, without waiting for it.
        self._executor.shutdown(wait=False, cancel_futures=True)
