"""The local embedding model on ONNX Runtime: the same all-MiniLM-L6-v2 weights, no torch.

Torch spends most of a short sentence's embedding in per-operator dispatch: 23-26 ms here,
where ONNX Runtime runs the same graph in 7-8 ms and a batch of 32 at over 300 sentences/s
on one thread, with the same vectors (cosine 0.9999999 against sentence-transformers).

The graph is exported once from the sentence-transformers folder, by torch, in a child
process, so that the daemon never imports torch: its RSS after a coach load test went from
846 MB to 520 MB. The file is kept in a cache folder, named after a hash of the weights, and
written under a temporary name then renamed, with a file lock so that two processes
starting together export it once.

ONNX Runtime sends telemetry unless told not to: its threads look up
mobile.events.data.microsoft.com and it keeps a device id and its events under
~/.cache/Microsoft. `OFFLINE_ENV` turns that off, with every other library's telemetry and
downloads; it lives here, in the one module that the export's child loads alone.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from healthbot.trust import check_file, check_folder, own_folder

# What the libraries of the memory read at import (so set before any is imported): no
# telemetry (ONNX Runtime's to Microsoft, mem0's to PostHog, Hugging Face's), no downloads.
OFFLINE_ENV = {
    "ORT_DISABLE_TELEMETRY": "1",
    "MEM0_TELEMETRY": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_OFFLINE": "1",
}
# The setting that names the cache, for the errors that refuse it.
CACHE_SETTING = "memory.model_cache"
# Bump when the exported graph changes: older files are then exported again.
EXPORT_VERSION = 1
EXPORT_TIMEOUT_SECONDS = 600.0
_WEIGHTS = ("model.safetensors", "pytorch_model.bin")
_HASHED_CONFIGS = ("config.json", "1_Pooling/config.json", "modules.json")
# The child loads this file alone, not the package: importing `healthbot.coach` would take
# seconds (aiogram, anthropic...) before the export could even watch for its parent.
_CHILD = (
    "import sys, pathlib, importlib.util as u; "
    "s = u.spec_from_file_location('healthbot_onnx_export', sys.argv[1]); "
    "m = sys.modules[s.name] = u.module_from_spec(s); s.loader.exec_module(m); "
    "m._export(pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]), int(sys.argv[4]))"
)


def default_cache_dir() -> Path:
    """Beside the installation when it is writable (a virtualenv: the export belongs to the
    weights installed there, and every data dir and HOME run from it shares one), else the
    user's cache."""
    installed = Path(sys.prefix) / "share" / "healthbot" / "models"
    existing = next(p for p in (installed, *installed.parents) if p.exists())
    if os.access(existing, os.W_OK):
        return installed
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "healthbot" / "models"


class ExportError(RuntimeError):
    """The model could not be turned into an ONNX graph."""


def offline() -> None:
    """Turn the libraries' telemetry and downloads off (`OFFLINE_ENV`), before they load."""
    os.environ.update(OFFLINE_ENV)


def import_onnxruntime() -> Any:
    """The onnxruntime module (untyped), with its telemetry off."""
    offline()
    import onnxruntime as ort

    # The variable keeps it from starting; this stops events of sessions made later, in
    # case ONNX Runtime was imported before (the call is missing from older versions).
    disable = getattr(ort, "disable_telemetry_events", None)
    if disable is not None:
        disable()
    return ort


def check_cache(cache_dir: Path) -> None:
    """Refuse a cache folder, or a model file in it, that another user owns or could write:
    ONNX Runtime would run a graph planted there."""
    check_folder(cache_dir, CACHE_SETTING)
    if cache_dir.is_dir():
        for path in sorted(cache_dir.glob("embedding-*.onnx")):
            check_file(path, CACHE_SETTING)


def exported(model_dir: Path, cache_dir: Path) -> Path:
    """The ONNX file of the sentence-transformers model in `model_dir`, exported into
    `cache_dir` first when it has none for these weights."""
    _check_supported(model_dir)
    path = cache_dir / f"embedding-{_fingerprint(model_dir)}.onnx"
    own_folder(cache_dir, CACHE_SETTING)
    if path.exists():
        check_file(path, CACHE_SETTING)
        return path
    with (cache_dir / ".export.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, or the process dies
        if path.exists():  # another process exported it while this one waited
            return path
        for stale in cache_dir.glob(".export-*"):  # left by an export killed on the way
            stale.unlink(missing_ok=True)
        fd, temporary = tempfile.mkstemp(dir=cache_dir, prefix=".export-", suffix=".onnx")
        os.close(fd)
        try:
            _export_in_child(model_dir, Path(temporary))
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
    return path


@dataclass(frozen=True, slots=True)
class EmbedderConfig:
    """What mem0 reads of an embedder's config (mem0's own class is not imported here: an
    import of mem0 before `backend.quiet_and_offline` would leave its telemetry on)."""

    model: str
    embedding_dims: int


class OnnxEmbedding:
    """mem0's embedder interface (`EmbeddingBase`, duck-typed) on ONNX Runtime.

    Not thread-safe by itself (the tokenizer is not): `LockedEmbedding` makes calls take turns.
    """

    def __init__(self, model_dir: Path, onnx_file: Path, dims: int, threads: int) -> None:
        from tokenizers import Tokenizer

        onnxruntime = import_onnxruntime()

        self.config = EmbedderConfig(model=str(model_dir), embedding_dims=dims)
        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.enable_truncation(_max_tokens(model_dir))
        self._tokenizer.enable_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        # Idle worker threads would spin on the cores the event loop and PostgreSQL need.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3  # errors only
        self._session = onnxruntime.InferenceSession(
            str(onnx_file), options, providers=["CPUExecutionProvider"]
        )
        width = self._session.get_outputs()[0].shape[-1]
        if width != dims:
            raise ExportError(f"the model gives {width}-dimensional vectors, not {dims}")

    def embed(self, text: str, memory_action: str | None = None) -> list[float]:
        """One text's embedding (mem0's interface)."""
        return self.embed_batch([text], memory_action or "add")[0]

    def embed_batch(self, texts: Sequence[str], memory_action: str = "add") -> list[list[float]]:
        """Several texts' embeddings in one model call, unit length (mem0's interface)."""
        import numpy as np

        if not texts:
            return []
        encodings = self._tokenizer.encode_batch(list(texts))
        feed = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        }
        vectors: list[list[float]] = self._session.run(None, feed)[0].tolist()
        return vectors


def _check_supported(model_dir: Path) -> None:
    """Only what the export reproduces: a transformer, mean pooling, then normalization."""
    try:
        modules = json.loads((model_dir / "modules.json").read_text())
        pooling = json.loads((model_dir / "1_Pooling" / "config.json").read_text())
    except (OSError, ValueError) as exc:
        raise ExportError(f"{model_dir} is not a sentence-transformers folder: {exc}") from exc
    kinds = [module.get("type", "").rsplit(".", 1)[-1] for module in modules]
    if kinds != ["Transformer", "Pooling", "Normalize"] or not pooling.get(
        "pooling_mode_mean_tokens"
    ):
        raise ExportError(
            f"{model_dir} is not a mean-pooled, normalized model ({kinds}): "
            "set memory.runtime = torch to run it as it is"
        )


def _fingerprint(model_dir: Path) -> str:
    digest = hashlib.sha256(f"healthbot-onnx-{EXPORT_VERSION}".encode())
    weights = next((model_dir / name for name in _WEIGHTS if (model_dir / name).exists()), None)
    if weights is None:
        raise ExportError(f"{model_dir} holds no weights ({' or '.join(_WEIGHTS)})")
    for file in (weights, *(model_dir / name for name in _HASHED_CONFIGS)):
        with file.open("rb") as stream:
            digest.update(hashlib.file_digest(stream, "sha256").digest())
    return digest.hexdigest()[:16]


def _max_tokens(model_dir: Path) -> int:
    try:
        config = json.loads((model_dir / "sentence_bert_config.json").read_text())
    except (OSError, ValueError):
        return 256
    return int(config.get("max_seq_length") or 256)


def _export_in_child(model_dir: Path, out: Path) -> None:
    try:
        done = subprocess.run(  # noqa: S603
            [sys.executable, "-c", _CHILD, __file__, str(model_dir), str(out), str(os.getpid())],
            capture_output=True,
            text=True,
            timeout=EXPORT_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ExportError(f"exporting {model_dir} to ONNX took over {exc.timeout:.0f} s") from exc
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-1:] or [f"exit status {done.returncode}"]
        raise ExportError(f"exporting {model_dir} to ONNX failed: {last[0]}")


def _exit_with(parent: int) -> None:
    """End this export when the process that asked for it is gone (killed while waiting):
    orphans are adopted by another process, so the parent id changes."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _export(model_dir: Path, out: Path, parent: int) -> None:
    """Trace the transformer with mean pooling and normalization into one ONNX graph."""
    _exit_with(parent)  # before the imports: torch alone takes seconds to load
    offline()  # inherited from the daemon, but the child may be started by anything
    import warnings

    import torch
    from transformers import AutoModel, AutoTokenizer

    warnings.filterwarnings("ignore")  # the tracer's notes on constant shapes
    torch.set_num_threads(1)
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    model = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager").eval()

    class Embedder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = model  # a submodule: its weights go into the graph

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.transformer(
                input_ids=input_ids,
                attention_mask=attention_mask,
                token_type_ids=torch.zeros_like(input_ids),
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, dim=1)

    sample = tokenizer(["an example sentence", "two"], padding=True, return_tensors="pt")
    dynamic = {0: "batch", 1: "tokens"}
    with torch.no_grad():
        torch.onnx.export(
            Embedder(),
            (sample["input_ids"], sample["attention_mask"]),
            str(out),
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding"],
            dynamic_axes={
                "input_ids": dynamic,
                "attention_mask": dynamic,
                "embedding": {0: "batch"},
            },
            opset_version=17,
            dynamo=False,
        )
