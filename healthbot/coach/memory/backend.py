"""Building mem0's AsyncMemory: offline, without telemetry, on our PostgreSQL and our model.

Everything here is synchronous and slow (it imports mem0 and loads the model): the store
calls it once, from a thread.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from psycopg_pool import ConnectionPool

from healthbot.coach.memory import onnx_model
from healthbot.coach.memory.embedding import LockedEmbedding
from healthbot.coach.memory.onnx_model import OnnxEmbedding
from healthbot.errors import StartupError
from healthbot.metrics import COACH_TOKENS

if TYPE_CHECKING:
    import psycopg

    from healthbot.config import Settings

log = logging.getLogger(__name__)

LOCAL_DIMS = 384
DEFAULT_COLLECTION = "coach_memories"  # made by sql/012_coach_memory.sql
# Defaults per provider: (model, dims).
_PROVIDER_DEFAULTS = {
    "openai": ("text-embedding-3-small", 1536),
    "ollama": ("nomic-embed-text", 768),
}
# Where an accidental LLM call goes when fact extraction is off: nowhere (the discard port).
_NO_LLM_URL = "http://127.0.0.1:9"


def quiet_and_offline(data_dir: Path) -> None:
    """Set what mem0, Hugging Face and ONNX Runtime read at import: no telemetry, no
    downloads (`onnx_model.OFFLINE_ENV`), and mem0's own folder (it writes a config file at
    import) under the data dir, not in $HOME."""
    onnx_model.offline()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no bars on the daemon's stderr
    os.environ.setdefault("MEM0_DIR", str(data_dir / "mem0"))
    # mem0 logs each memory's text at DEBUG: what users say stays out of the log.
    logging.getLogger("mem0").setLevel(logging.WARNING)
    # Without spaCy (not installed on purpose: mem0 would download a model for it at run
    # time) mem0 skips lemmas and entity boosts, which our search does not use; no warning.
    logging.getLogger("mem0.utils.spacy_models").setLevel(logging.ERROR)


@dataclass(frozen=True, slots=True)
class Backend:
    """mem0's AsyncMemory with what it runs on."""

    memory: Any  # mem0.AsyncMemory (untyped)
    embedder: LockedEmbedding
    pool: ConnectionPool[Any]
    collection: str
    dims: int
    infer: bool  # mem0 extracts facts with an LLM before storing

    def close(self) -> None:
        """Close mem0's history database, its connection pool and our fact extractor."""
        if isinstance(self.memory.llm, FactExtractor):
            self.memory.llm.close()
        self.memory.close()
        self.pool.close()


def collection_and_dims(settings: Settings) -> tuple[str, int]:
    """The table mem0 stores in, and the vector size of the configured embedder."""
    cfg = settings.memory
    if cfg.embedder == "local":
        dims = cfg.dims or LOCAL_DIMS
        default = DEFAULT_COLLECTION if dims == LOCAL_DIMS else f"coach_memories_local_{dims}"
    else:
        dims = cfg.dims or _PROVIDER_DEFAULTS[cfg.embedder][1]
        default = f"coach_memories_{cfg.embedder}_{dims}"
    return cfg.collection or default, dims


def _force_custom_plans(conn: psycopg.Connection[Any]) -> None:
    # psycopg prepares a statement after 5 executions, and PostgreSQL then may switch to a
    # generic plan that walks the HNSW index and filters by user afterwards (40 candidates
    # in pgvector 0.6): a user-scoped search of mem0's would then find nothing.
    conn.execute("SET plan_cache_mode = force_custom_plan")
    conn.commit()


def build(settings: Settings, conninfo: str) -> Backend:
    """Import mem0 (offline, quiet) and build its AsyncMemory on `conninfo`."""
    quiet_and_offline(settings.data_dir)
    _import_mem0()
    from mem0 import AsyncMemory
    from mem0.configs.base import MemoryConfig

    collection, dims = collection_and_dims(settings)
    # mem0's pgvector store is synchronous: a small pool of its own, ours to configure.
    pool: ConnectionPool[Any] = ConnectionPool(
        conninfo,
        min_size=1,
        max_size=4,
        open=False,
        configure=_force_custom_plans,
        name="mem0",
    )
    pool.open(wait=True, timeout=settings.database.connect_timeout)
    try:
        config = MemoryConfig(
            vector_store={
                "provider": "pgvector",
                "config": {
                    "collection_name": collection,
                    "embedding_model_dims": dims,
                    "connection_pool": pool,
                    "hnsw": False,  # per-user searches use the user index (see the migration)
                },
            },
            embedder=_embedder_config(settings, dims),
            llm=_llm_config(settings),
            # mem0 keeps a history of every change with the memory's text: in memory, so
            # that a forgotten memory leaves no copy on disk (the store purges it there too).
            history_db_path=":memory:",
        )
        memory = AsyncMemory(config)
    except Exception:
        pool.close()
        raise
    embedder = LockedEmbedding(_local(settings, dims) or memory.embedding_model)
    memory.embedding_model = embedder
    infer = settings.memory.extract_facts and settings.anthropic.api_key is not None
    if infer:
        memory.llm = FactExtractor(settings)
    return Backend(memory, embedder, pool, collection, dims, infer)


def _import_mem0() -> None:
    """Import mem0 without qdrant_client, when it has not been imported already.

    mem0's Qdrant config class imports qdrant_client (with grpc: 38 MB of RSS, a second of
    CPU) as mem0 loads, though our store is pgvector and nothing else of it runs: a
    stand-in module named so takes its place. Should a later mem0 need more of it at
    import, mem0 is imported again with the real one."""
    if "qdrant_client" in sys.modules or "mem0" in sys.modules:
        return
    stand_in = types.ModuleType("qdrant_client")
    stand_in.QdrantClient = type("QdrantClient", (), {})  # type: ignore[attr-defined]
    sys.modules["qdrant_client"] = stand_in
    try:
        importlib.import_module("mem0")
    except ImportError:
        log.info("mem0 needs qdrant_client at import: importing the real one")
        for name in [n for n in sys.modules if n.split(".")[0] in ("mem0", "qdrant_client")]:
            del sys.modules[name]  # the caller's import then loads the real ones


class FactExtractor:
    """mem0's LLM for fact extraction: Anthropic's fast model. mem0 2.2's own Anthropic
    client passes `temperature`, which this SDK's Messages.create refuses (every extraction
    failed with a TypeError), so mem0 is given this one instead (its `generate_response`)."""

    def __init__(self, settings: Settings) -> None:
        import anthropic

        s = settings.anthropic
        assert s.api_key is not None
        self.client = anthropic.Anthropic(
            api_key=s.api_key.get_secret_value(), base_url=s.base_url,
            max_retries=s.max_retries, timeout=s.timeout_seconds,
        )  # fmt: skip
        self.model = s.fast_model
        self.max_tokens = s.max_tokens

    def close(self) -> None:
        """Close the model client's connections."""
        self.client.close()

    def generate_response(
        self, messages: list[dict[str, Any]], response_format: Any = None, **_: Any
    ) -> str:
        """The model's text answer to mem0's messages (its system message apart)."""
        system = "\n\n".join(str(m["content"]) for m in messages if m["role"] == "system")
        if isinstance(response_format, dict) and response_format.get("type") == "json_object":
            system += "\n\nAnswer with one JSON object and nothing else."
        turns = [
            {"role": m["role"], "content": str(m["content"])}
            for m in messages
            if m["role"] in ("user", "assistant")
        ]
        answer = self.client.messages.create(
            model=self.model, max_tokens=self.max_tokens, system=system,
            messages=turns,  # type: ignore[arg-type]
        )  # fmt: skip
        for kind, count in (
            ("input", answer.usage.input_tokens), ("output", answer.usage.output_tokens)
        ):  # fmt: skip
            COACH_TOKENS.labels(self.model, kind).inc(count)
        return "".join(block.text for block in answer.content if block.type == "text")


def _embedder_config(settings: Settings, dims: int) -> dict[str, Any]:
    cfg = settings.memory
    if cfg.embedder == "local":
        # mem0 builds its embedder at once and its local one imports torch: it gets an
        # OpenAI client that is never called, and `_local` takes its place.
        return {
            "provider": "openai",
            "config": {
                "model": "unused",
                "embedding_dims": dims,
                "api_key": "unused",
                "openai_base_url": _NO_LLM_URL,
            },
        }
    model = cfg.model or _PROVIDER_DEFAULTS[cfg.embedder][0]
    config: dict[str, Any] = {"model": model, "embedding_dims": dims}
    if cfg.embedder == "openai":
        if cfg.api_key is not None:
            config["api_key"] = cfg.api_key.get_secret_value()
        if cfg.url:
            config["openai_base_url"] = cfg.url
    elif cfg.url:
        config["ollama_base_url"] = cfg.url
    return {"provider": cfg.embedder, "config": config}


def _local(settings: Settings, dims: int) -> OnnxEmbedding | None:
    """The local model on ONNX Runtime; None for other embedders."""
    cfg = settings.memory
    if cfg.embedder != "local":
        return None
    return OnnxEmbedding(_local_files(settings), dims, cfg.threads)


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


def _llm_config(settings: Settings) -> dict[str, Any]:
    # mem0 builds an LLM client even when nothing will call it, and its default (OpenAI)
    # refuses to start without a key: the Anthropic client starts without calling. Fact
    # extraction, when on, goes through `FactExtractor` instead.
    return {
        "provider": "anthropic",
        "config": {"api_key": "unused", "anthropic_base_url": _NO_LLM_URL},
    }
