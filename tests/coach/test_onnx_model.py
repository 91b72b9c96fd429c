"""The local embedding model on ONNX Runtime: the same vectors as sentence-transformers, an
export made once and kept, and a clear refusal of what the export cannot reproduce."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import psutil
import pytest

from healthbot.coach.memory import onnx_model
from healthbot.coach.memory.backend import LOCAL_DIMS, _packaged_model
from healthbot.coach.memory.onnx_model import ExportError, OnnxEmbedding
from healthbot.errors import StartupError
from tests.support.processes import alive, wait_until

TEXTS = [
    "I'm allergic to peanuts",
    "what snack should I have?",
    "",  # mem0 may embed an empty query
    "ok",
    "emoji 🍎🥚, a NUL \x00 and a right-to-left mark \u200f",
    "Ich esse gern Äpfel und Käse",
    "peanut " * 400,  # past the model's 256 tokens: cut as sentence-transformers cuts
]


def _reference(model_dir: Path, texts: list[str]) -> np.ndarray:
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_dir), device="cpu").encode(texts)


def test_packaged_model_gives_sentence_transformers_vectors() -> None:
    model = _packaged_model()
    embedding = OnnxEmbedding(
        model, onnx_model.exported(model, onnx_model.default_cache_dir()), LOCAL_DIMS, 1
    )
    batch = np.array(embedding.embed_batch(TEXTS))
    one_by_one = np.array([embedding.embed(text) for text in TEXTS])
    reference = _reference(model, TEXTS)

    assert batch.shape == (len(TEXTS), LOCAL_DIMS)
    # Unit vectors pointing where sentence-transformers' point, padded in a batch or not.
    np.testing.assert_allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    assert ((batch * reference).sum(axis=1) > 0.99999).all()
    assert ((one_by_one * reference).sum(axis=1) > 0.99999).all()
    assert embedding.embed_batch([]) == []


def test_the_daemons_embedder_does_not_import_torch(tmp_path: Path) -> None:
    # What the memory store builds for the default settings, in a process of its own (this
    # one has torch from the reference model): ~300 MB of the daemon's memory hang on this.
    # Nor mem0: imported before `quiet_and_offline`, it would leave its telemetry on.
    script = (
        "import sys; from healthbot.config import Settings; "
        "from healthbot.coach.memory.backend import _local_onnx; "
        "e = _local_onnx(Settings(data_dir=sys.argv[1]), 384); "
        "assert len(e.embed('hello')) == 384; "
        "heavy = ('torch', 'sentence_transformers', 'mem0'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small random BERT as a sentence-transformers folder (mean pooling, normalized), with
    the packaged model's tokenizer: its export takes seconds, not tens of them."""
    from transformers import BertConfig, BertModel

    folder = tmp_path_factory.mktemp("tiny-model")
    packaged = _packaged_model()
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy(packaged / name, folder / name)
    config = BertConfig(
        hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64
    )
    BertModel(config).save_pretrained(str(folder))
    (folder / "1_Pooling").mkdir()
    shutil.copy(packaged / "1_Pooling" / "config.json", folder / "1_Pooling" / "config.json")
    pooling = json.loads((folder / "1_Pooling" / "config.json").read_text())
    pooling["word_embedding_dimension"] = 32
    (folder / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    for name in ("modules.json", "sentence_bert_config.json", "config_sentence_transformers.json"):
        shutil.copy(packaged / name, folder / name)
    return folder


def test_export_is_made_once_and_kept(
    tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / ".export-killed.onnx").write_bytes(b"half a file")  # an export killed on the way

    path = onnx_model.exported(tiny_model, cache)

    assert path.parent == cache and path.stat().st_size > 0
    assert not (cache / ".export-killed.onnx").exists()
    assert [p.name for p in cache.glob("*.onnx")] == [path.name]
    embedding = OnnxEmbedding(tiny_model, path, 32, 1)
    vectors = np.array(embedding.embed_batch(TEXTS))
    assert ((vectors * _reference(tiny_model, TEXTS)).sum(axis=1) > 0.9999).all()

    # Kept: a second start finds it and exports nothing.
    def no_export(model_dir: Path, out: Path) -> None:
        raise AssertionError("exported again")

    monkeypatch.setattr(onnx_model, "_export_in_child", no_export)
    assert onnx_model.exported(tiny_model, cache) == path
    with pytest.raises(ExportError, match="not 16"):
        OnnxEmbedding(tiny_model, path, 16, 1)


def test_new_weights_get_a_new_export(tiny_model: Path, tmp_path: Path) -> None:
    from transformers import BertModel

    changed = tmp_path / "changed"
    shutil.copytree(tiny_model, changed)
    cache = tmp_path / "cache"
    cache.mkdir()
    old = cache / f"embedding-{onnx_model._fingerprint(changed)}.onnx"
    old.write_bytes(b"the export of the weights before")
    model = BertModel.from_pretrained(str(changed))
    model.pooler.dense.bias.data += 1  # other weights: the old file must not be used
    model.save_pretrained(str(changed))

    new = onnx_model.exported(changed, cache)

    assert new != old and new.stat().st_size > old.stat().st_size


def test_what_the_export_cannot_reproduce_is_refused(tiny_model: Path, tmp_path: Path) -> None:
    cls_pooled = tmp_path / "cls"
    shutil.copytree(tiny_model, cls_pooled)
    pooling = json.loads((cls_pooled / "1_Pooling" / "config.json").read_text())
    pooling |= {"pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}
    (cls_pooled / "1_Pooling" / "config.json").write_text(json.dumps(pooling))

    with pytest.raises(ExportError, match="runtime = torch"):
        onnx_model.exported(cls_pooled, tmp_path / "cache")
    with pytest.raises(ExportError, match="not a sentence-transformers folder"):
        onnx_model.exported(tmp_path / "nothing-here", tmp_path / "cache")
    assert not (tmp_path / "cache").exists()


def test_a_failed_export_says_why_and_leaves_nothing(tiny_model: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model, broken)
    (broken / "model.safetensors").write_bytes(b"not weights")

    with pytest.raises(ExportError, match="failed"):
        onnx_model.exported(broken, tmp_path / "cache")
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [".export.lock"]


def test_an_export_ends_with_the_process_that_asked_for_it(
    tiny_model: Path, tmp_path: Path
) -> None:
    # kill -9 of the daemon while the model is exported: the child must not run on alone
    # (systemd would reap it, a plain shell would not), and the next start exports anew.
    cache = tmp_path / "cache"
    asking = subprocess.Popen(
        [sys.executable, "-c", _EXPORT, str(tiny_model), str(cache)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: psutil.Process(asking.pid).children(), 60, "the export started")
        [child] = psutil.Process(asking.pid).children()
        asking.kill()
        asking.wait()
        wait_until(lambda: not alive(child.pid), 10, "the export ended with its parent")
    finally:
        asking.kill()
        asking.wait()
    assert list(cache.glob("embedding-*")) == []  # its half-written file is left, hidden
    path = onnx_model.exported(tiny_model, cache)  # the next start
    assert [p.name for p in cache.iterdir() if p.name != ".export.lock"] == [path.name]


_EXPORT = (
    "import sys, pathlib; from healthbot.coach.memory import onnx_model; "
    "onnx_model.exported(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]))"
)


_EMBED_AS_THE_DAEMON = (
    "import sys; from healthbot.config import Settings; "
    "from healthbot.coach.memory.backend import _local_onnx; "
    "memory = {'model': sys.argv[2], 'model_cache': sys.argv[3], 'dims': 32}; "
    "e = _local_onnx(Settings(data_dir=sys.argv[1], memory=memory), 32); "
    "assert len(e.embed('hello')) == 32"
)


def test_onnx_runtime_keeps_no_telemetry_in_home(tiny_model: Path, tmp_path: Path) -> None:
    # Left on, ONNX Runtime writes a device id and its events under ~/.cache/Microsoft (and
    # sends them to Microsoft). The daemon's embedder, exported first by its child, with
    # nothing in the environment that turns it off but what the code sets itself.
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in onnx_model.OFFLINE_ENV}
    env |= {"HOME": str(home)}
    env.pop("XDG_CACHE_HOME", None)
    subprocess.run(
        [sys.executable, "-c", _EMBED_AS_THE_DAEMON, str(tmp_path / "data"), str(tiny_model),
         str(tmp_path / "cache")],
        env=env, capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    assert list((tmp_path / "cache").glob("embedding-*.onnx"))  # the child exported it
    assert not (home / ".cache" / "Microsoft").exists()
    assert list(home.iterdir()) == []


def _planted(cache: Path, tiny_model: Path) -> Path:
    """The file the cache would hold for the tiny model, planted by someone else."""
    cache.mkdir(mode=0o700)
    planted = cache / f"embedding-{onnx_model._fingerprint(tiny_model)}.onnx"
    planted.write_bytes(b"a graph of someone else's")
    return planted


def test_a_model_file_others_can_write_is_refused(tiny_model: Path, tmp_path: Path) -> None:
    planted = _planted(tmp_path / "cache", tiny_model)
    planted.chmod(0o666)

    with pytest.raises(StartupError) as refused:
        onnx_model.exported(tiny_model, tmp_path / "cache")
    assert str(refused.value) == (
        f"memory.model_cache {planted}: refused, writable by group or others (chmod go-w it)"
    )
    with pytest.raises(StartupError, match="writable by group or others"):
        onnx_model.check_cache(tmp_path / "cache")  # what the daemon checks at start
    planted.chmod(0o600)
    assert onnx_model.exported(tiny_model, tmp_path / "cache") == planted


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_model_cache_or_file_of_another_user_is_refused(tiny_model: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    planted = _planted(cache, tiny_model)
    os.chown(planted, 12345, 12345)
    refusal = rf"^memory.model_cache {re.escape(str(planted))}: refused, owned by uid 12345"
    with pytest.raises(StartupError, match=refusal):
        onnx_model.exported(tiny_model, cache)

    os.chown(planted, 0, 0)
    os.chown(cache, 12345, 12345)
    refusal = rf"^memory.model_cache {re.escape(str(cache))}: refused, owned by uid 12345"
    with pytest.raises(StartupError, match=refusal):
        onnx_model.check_cache(cache)
    with pytest.raises(StartupError, match=refusal):
        onnx_model.exported(tiny_model, cache)


def test_a_model_cache_others_can_write_is_refused(tiny_model: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o777)  # anyone could plant or swap the graph ONNX Runtime runs
    refusal = rf"^memory.model_cache {re.escape(str(cache))}: refused, writable by group"
    with pytest.raises(StartupError, match=refusal):
        onnx_model.exported(tiny_model, cache)
    assert list(cache.iterdir()) == []
