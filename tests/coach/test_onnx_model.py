"""The local embedding model on ONNX Runtime: sentence-transformers' vectors without torch, the
packaged file checked before it runs, and an operator's model folder used only when no other
user could have written it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from healthbot.coach.memory import onnx_model
from healthbot.coach.memory.backend import LOCAL_DIMS, check_local_model
from healthbot.coach.memory.onnx_model import ModelError, ModelFiles, OnnxEmbedding
from healthbot.config import Settings
from healthbot.errors import StartupError

TEXTS = [
    "I'm allergic to peanuts",
    "what snack should I have?",
    "",  # a fact or a query may be empty
    "ok",
    "emoji 🍎🥚, a NUL \x00 and a right-to-left mark \u200f",
    "Ich esse gern Äpfel und Käse",
    "peanut " * 400,  # past the model's 256 tokens: cut as sentence-transformers cuts
]
# TEXTS' vectors from all-MiniLM-L6-v2 in sentence-transformers on torch (5.x, float32), made
# while torch was still installed: what memories stored before were embedded with.
REFERENCE = Path(__file__).parent / "data" / "minilm_reference.npy"


def test_packaged_model_gives_sentence_transformers_vectors() -> None:
    embedding = OnnxEmbedding(onnx_model.packaged(), LOCAL_DIMS, 1)
    batch = np.array(embedding.embed_batch(TEXTS))
    one_by_one = np.array([embedding.embed(text) for text in TEXTS])
    reference = np.load(REFERENCE)

    assert batch.shape == (len(TEXTS), LOCAL_DIMS)
    # Unit vectors pointing where sentence-transformers' point (int8 weights: not exactly),
    # padded in a batch or not.
    np.testing.assert_allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    assert ((batch * reference).sum(axis=1) > 0.99).all()
    assert ((one_by_one * batch).sum(axis=1) > 0.9999).all()
    # Still one model: related sentences stay closer than unrelated ones.
    peanuts, _, _, _, _, german, many_peanuts = batch
    assert peanuts @ many_peanuts > peanuts @ german
    assert embedding.embed_batch([]) == []


def test_the_daemons_embedder_imports_neither_torch_nor_mem0(tmp_path: Path) -> None:
    # What the memory store builds for the default settings, in a process of its own. Nor
    # mem0 (with openai and posthog: ~35 MB of the daemon's memory), no longer used.
    script = (
        "import sys; from healthbot.config import Settings; "
        "from healthbot.coach.memory.backend import build; "
        "e = build(Settings(data_dir=sys.argv[1])).embedder; "
        "assert len(e.embed_batch(['hello'])[0]) == 384; "
        "heavy = ('torch', 'sentence_transformers', 'transformers', 'onnx', 'mem0', 'openai', "
        "'posthog', 'qdrant_client'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_packaged_file_that_changed_is_refused(tmp_path: Path) -> None:
    changed = tmp_path / "model.onnx"
    changed.write_bytes(b"another release, or a file changed in place")
    files = ModelFiles(changed, onnx_model.packaged().tokenizer, sha256=onnx_model.PACKAGED_SHA256)

    with pytest.raises(ModelError, match="SHA-256 differs"):
        OnnxEmbedding(files, LOCAL_DIMS, 1)


WIDTH = 8


def _tiny_graph(path: Path, *, pooled: bool, inputs: tuple[str, ...]) -> np.ndarray:
    """An ONNX graph that gives each token a vector of its own (a random table): token
    vectors, or (`pooled`) their plain mean; returns the table."""
    from onnx import TensorProto, helper, numpy_helper, save

    table = np.random.default_rng(23).normal(size=(30522, WIDTH)).astype(np.float32)
    nodes = [helper.make_node("Gather", ["table", "input_ids"], ["tokens"])]
    output = "tokens"
    if pooled:
        nodes.append(helper.make_node("ReduceMean", ["tokens"], ["sentence"], axes=[1], keepdims=0))
        output = "sentence"
    shape: list[str | int] = ["batch", "tokens", WIDTH] if not pooled else ["batch", WIDTH]
    graph = helper.make_graph(
        nodes,
        "tiny",
        [helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "tokens"]) for n in inputs],
        [helper.make_tensor_value_info(output, TensorProto.FLOAT, shape)],
        [numpy_helper.from_array(table, "table")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    save(model, str(path))
    return table


def _token_ids(text: str, max_tokens: int) -> list[int]:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(onnx_model.packaged().tokenizer))
    tokenizer.enable_truncation(max_tokens)
    tokenizer.no_padding()  # MiniLM's file pads every text to 128 tokens
    ids: list[int] = tokenizer.encode(text).ids
    return ids


@pytest.fixture
def tiny_model(tmp_path: Path) -> tuple[Path, np.ndarray]:
    """An operator's model folder (0700): a tiny graph that gives token vectors, and
    MiniLM's tokenizer."""
    folder = tmp_path / "model"
    folder.mkdir(mode=0o700)
    table = _tiny_graph(folder / "model.onnx", pooled=False, inputs=("input_ids", "attention_mask"))
    shutil.copy(onnx_model.packaged().tokenizer, folder / "tokenizer.json")
    return folder, table


def test_a_model_folders_token_vectors_are_mean_pooled_without_the_padding(
    tiny_model: tuple[Path, np.ndarray],
) -> None:
    folder, table = tiny_model
    embedding = OnnxEmbedding(onnx_model.from_folder(folder), WIDTH, 1)
    texts = ["I'm allergic to peanuts", "ok", "peanut " * 400]

    vectors = np.array(embedding.embed_batch(texts))  # "ok" padded to the longest

    for text, vector in zip(texts, vectors, strict=True):
        ids = _token_ids(text, onnx_model.DEFAULT_MAX_TOKENS)
        mean = table[ids].mean(axis=0)
        np.testing.assert_allclose(vector, mean / np.linalg.norm(mean), atol=1e-5)


def test_a_model_folders_sentence_vectors_are_normalized(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir(mode=0o700)
    table = _tiny_graph(folder / "model.onnx", pooled=True, inputs=("input_ids",))
    shutil.copy(onnx_model.packaged().tokenizer, folder / "tokenizer.json")
    (folder / "sentence_bert_config.json").write_text('{"max_seq_length": 4}')
    embedding = OnnxEmbedding(onnx_model.from_folder(folder), WIDTH, 1)

    [vector] = embedding.embed_batch(["peanut butter and jelly"])

    ids = _token_ids("peanut butter and jelly", 4)
    assert ids == _token_ids("peanut butter", 100)  # cut at 4 tokens, [CLS] and [SEP] included
    mean = table[ids].mean(axis=0)
    np.testing.assert_allclose(vector, mean / np.linalg.norm(mean), atol=1e-5)


def test_a_model_of_other_dims_or_inputs_is_refused(
    tiny_model: tuple[Path, np.ndarray], tmp_path: Path
) -> None:
    folder, _ = tiny_model
    with pytest.raises(ModelError, match="gives 8-dimensional vectors, not 384"):
        OnnxEmbedding(onnx_model.from_folder(folder), LOCAL_DIMS, 1)
    _tiny_graph(folder / "model.onnx", pooled=False, inputs=("input_ids", "pixel_values"))
    with pytest.raises(ModelError, match="pixel_values"):
        OnnxEmbedding(onnx_model.from_folder(folder), WIDTH, 1)


def test_a_model_folder_without_its_files_is_a_clear_start_error(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    settings = Settings(data_dir=tmp_path / "data", memory={"model": str(folder)})

    with pytest.raises(StartupError) as refused:
        check_local_model(settings)
    assert str(refused.value) == f"memory.model {folder}: no model.onnx in it"
    check_local_model(Settings(data_dir=tmp_path / "data"))  # the packaged model: there


def test_a_model_folder_or_file_others_can_write_is_refused(
    tiny_model: tuple[Path, np.ndarray],
) -> None:
    # ONNX Runtime runs whatever graph is there: one planted or swapped by another user too.
    folder, _ = tiny_model
    (folder / "model.onnx").chmod(0o666)
    with pytest.raises(StartupError) as refused:
        onnx_model.from_folder(folder)
    assert str(refused.value) == (
        f"memory.model {folder / 'model.onnx'}: refused, writable by group or others "
        "(chmod go-w it)"
    )
    (folder / "model.onnx").chmod(0o600)
    folder.chmod(0o777)
    with pytest.raises(StartupError, match=r"^memory.model .*: refused, writable by group"):
        onnx_model.from_folder(folder)
    folder.chmod(0o700)
    assert onnx_model.from_folder(folder).graph == folder / "model.onnx"


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_model_folder_or_file_of_another_user_is_refused(
    tiny_model: tuple[Path, np.ndarray],
) -> None:
    folder, _ = tiny_model
    os.chown(folder / "model.onnx", 12345, 12345)
    graph = re.escape(str(folder / "model.onnx"))
    with pytest.raises(StartupError, match=rf"^memory.model {graph}: refused, owned by uid 12345"):
        onnx_model.from_folder(folder)
    os.chown(folder / "model.onnx", 0, 0)
    os.chown(folder, 12345, 12345)
    refusal = rf"^memory.model {re.escape(str(folder))}: refused, owned by uid 12345"
    with pytest.raises(StartupError, match=refusal):
        onnx_model.from_folder(folder)


_EMBED_AS_THE_DAEMON = (
    "import sys; from healthbot.config import Settings; "
    "from healthbot.coach.memory.backend import build; "
    "e = build(Settings(data_dir=sys.argv[1])).embedder; "
    "assert len(e.embed_batch(['hello'])[0]) == 384"
)


def test_onnx_runtime_keeps_no_telemetry_in_home(tmp_path: Path) -> None:
    # Left on, ONNX Runtime writes a device id and its events under ~/.cache/Microsoft (and
    # sends them to Microsoft). The daemon's embedder, with nothing in the environment that
    # turns it off but what the code sets itself.
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in onnx_model.OFFLINE_ENV}
    env |= {"HOME": str(home)}
    env.pop("XDG_CACHE_HOME", None)
    subprocess.run(
        [sys.executable, "-c", _EMBED_AS_THE_DAEMON, str(tmp_path / "data")],
        env=env, capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    assert not (home / ".cache" / "Microsoft").exists()
    assert list(home.iterdir()) == []
