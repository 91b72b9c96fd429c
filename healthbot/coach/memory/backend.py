"""What the memory store runs on: the embedding model (local, or a provider's over HTTP) and,
when facts are extracted, the fast model's client.

Everything here is synchronous and slow (the local model loads for seconds): the store calls
`build` once, from a thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from healthbot.coach.memory import onnx_model
from healthbot.coach.memory.embedding import LockedEmbedding
from healthbot.coach.memory.extraction import FactExtractor
from healthbot.coach.memory.onnx_model import OnnxEmbedding
from healthbot.coach.memory.remote import RemoteEmbedding
from healthbot.coach.memory.table import DEFAULT_COLLECTION
from healthbot.errors import StartupError

if TYPE_CHECKING:
    from healthbot.config import Settings

log = logging.getLogger(__name__)

LOCAL_DIMS = 384
# Defaults per provider: (model, dims).
_PROVIDER_DEFAULTS = {
    "openai": ("text-embedding-3-small", 1536),
    "ollama": ("nomic-embed-text", 768),
}


@dataclass(frozen=True, slots=True)
class Backend:
    """The embedder, the table's name and vector size, and the fact extractor (or None:
    the person's words are stored as they are)."""

    embedder: LockedEmbedding
    collection: str
    dims: int
    extractor: FactExtractor | None

    @property
    def infer(self) -> bool:
        """True when the fast model extracts facts before storing."""
        return self.extractor is not None

    def close(self) -> None:
        """Close the embedder's connections (the fact extractor's: `FactExtractor.close`)."""
        close = getattr(self.embedder.inner, "close", None)
        if close is not None:
            close()


def collection_and_dims(settings: Settings) -> tuple[str, int]:
    """The table the memories are stored in, and the vector size of the configured embedder."""
    cfg = settings.memory
    if cfg.embedder == "local":
        dims = cfg.dims or LOCAL_DIMS
        default = DEFAULT_COLLECTION if dims == LOCAL_DIMS else f"coach_memories_local_{dims}"
    else:
        dims = cfg.dims or _PROVIDER_DEFAULTS[cfg.embedder][1]
        default = f"coach_memories_{cfg.embedder}_{dims}"
    return cfg.collection or default, dims


def build(settings: Settings) -> Backend:
    """Load the embedder and, when facts are extracted, open the fast model's client."""
    onnx_model.offline()
    collection, dims = collection_and_dims(settings)
    cfg = settings.memory
    inner: OnnxEmbedding | RemoteEmbedding
    if cfg.embedder == "local":
        inner = OnnxEmbedding(_local_files(settings), dims, cfg.threads)
    else:
        inner = RemoteEmbedding(cfg, cfg.model or _PROVIDER_DEFAULTS[cfg.embedder][0], dims)
    infer = cfg.extract_facts and settings.anthropic.api_key is not None
    extractor = FactExtractor(settings) if infer else None
    return Backend(LockedEmbedding(inner), collection, dims, extractor)


def check_local_model(settings: Settings) -> None:
    """Refuse at start (StartupError, one line) a local model that is missing, or whose
    folder or files another user owns or could write; the model loads later, in the
    background."""
    if settings.memory.embedder == "local":
        _local_files(settings)


def _local_files(settings: Settings) -> onnx_model.ModelFiles:
    model = settings.memory.model
    if model:
        return onnx_model.from_folder(Path(model))
    files = onnx_model.packaged()
    if not files.graph.is_file():
        raise StartupError(f"memory: the packaged model {files.graph} is missing: reinstall")
    return files
