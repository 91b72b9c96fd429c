"""Embeddings from a server: OpenAI's API (or one that speaks it) and Ollama's.

Called from a thread (the batcher's or the writer's), one HTTP request per batch (the
standard library's client: this path is not the default one); the same
interface as the local model (`embed_batch`), behind the same lock (`LockedEmbedding`).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from healthbot.config import MemorySettings

OPENAI_URL = "https://api.openai.com/v1"
OLLAMA_URL = "http://127.0.0.1:11434"
TIMEOUT = 30.0


class EmbeddingError(RuntimeError):
    """The embedding server answered with something else than the vectors asked for."""


class RemoteEmbedding:
    """One provider's embeddings over HTTP."""

    def __init__(self, settings: MemorySettings, model: str, dims: int) -> None:
        self.provider = settings.embedder
        self.model = model
        self.dims = dims
        headers = {}
        if self.provider == "openai":
            base = str(settings.url or OPENAI_URL).rstrip("/")
            if settings.api_key is not None:
                headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
        else:
            base = str(settings.url or OLLAMA_URL).rstrip("/")
        self._base = base
        self._headers = {"Content-Type": "application/json", **headers}

    def close(self) -> None:
        """Nothing is kept open between requests."""

    def embed_batch(self, texts: Sequence[str], memory_action: str = "add") -> list[list[float]]:
        """Several texts' embeddings in one request."""
        if not texts:
            return []
        if self.provider == "openai":
            body: dict[str, Any] = {"model": self.model, "input": list(texts)}
            if not self.model.startswith("text-embedding-ada"):  # ada has a fixed size
                body["dimensions"] = self.dims
            data = self._post("/embeddings", body)
            rows = sorted(data.get("data") or [], key=lambda row: row.get("index", 0))
            vectors = [row.get("embedding") for row in rows]
        else:
            data = self._post("/api/embed", {"model": self.model, "input": list(texts)})
            vectors = data.get("embeddings") or []
        if len(vectors) != len(texts) or any(
            not isinstance(v, list) or len(v) != self.dims for v in vectors
        ):
            raise EmbeddingError(
                f"{self.provider} embeddings: {len(vectors)} vectors for {len(texts)} texts, "
                f"not all of {self.dims} dimensions"
            )
        return [[float(x) for x in vector] for vector in vectors]

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        request = urllib.request.Request(  # noqa: S310 - the operator's http(s) URL
            self._base + path, data=json.dumps(body).encode(), headers=self._headers
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
                data = json.loads(response.read())
        except urllib.error.HTTPError as exc:
            exc.close()
            # The status alone: a server may echo the request (the texts) in its error.
            raise EmbeddingError(f"{self.provider} embeddings: HTTP {exc.code}") from None
        except ValueError:
            raise EmbeddingError(f"{self.provider} embeddings: an answer not in JSON") from None
        if not isinstance(data, dict):
            raise EmbeddingError(f"{self.provider} embeddings: an answer that is not an object")
        return data
