"""How far the daemon's local embedding model agrees with another one on 1,000 varied sentences
(bench/sentences.py): the cosine of each sentence's two vectors (min, 1st percentile, mean),
and how often a sentence's nearest other sentence is the same under both (what a memory search
finds).

    python bench/embedding_agreement.py --reference-onnx OLD.onnx   # a graph giving sentence
        # vectors from input_ids and attention_mask, e.g. the one torch exported before
        # (<venv>/share/healthbot/models/embedding-*.onnx), tokenized as MiniLM tokenizes
    python bench/embedding_agreement.py --reference-vectors OLD.npy [--save NEW.npy]

The reference vectors of a model that is no longer installed can be kept with --save, run
where it was: `--save` writes the daemon's model's vectors (1,000 x 384, float32).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sentences import sentences

from healthbot.coach.memory import onnx_model
from healthbot.coach.memory.onnx_model import ModelFiles, OnnxEmbedding

DIMS = 384


def embed_all(embedding: OnnxEmbedding, texts: list[str], batch: int) -> np.ndarray:
    """Every text's vector, `batch` texts a model call."""
    out = [embedding.embed_batch(texts[i : i + batch]) for i in range(0, len(texts), batch)]
    return np.array([v for part in out for v in part], dtype=np.float32)


def nearest(vectors: np.ndarray) -> np.ndarray:
    """Each sentence's nearest other sentence."""
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, -2.0)
    result: np.ndarray = similarity.argmax(axis=1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--reference-onnx", type=Path)
    source.add_argument("--reference-vectors", type=Path)
    parser.add_argument("--save", type=Path, help="write the daemon's model's vectors here")
    parser.add_argument("--batch", type=int, default=1, help="texts a model call (1: as a search)")
    args = parser.parse_args()

    texts = sentences()
    started = time.perf_counter()
    candidate = embed_all(OnnxEmbedding(onnx_model.packaged(), DIMS, 1), texts, args.batch)
    print(f"the daemon's model: {len(texts)} sentences in {time.perf_counter() - started:.1f} s")
    if args.save:
        np.save(args.save, candidate)
    if args.reference_onnx:
        files = ModelFiles(args.reference_onnx, onnx_model.packaged().tokenizer)
        reference = embed_all(OnnxEmbedding(files, DIMS, 1), texts, args.batch)
    else:
        reference = np.load(args.reference_vectors).astype(np.float32)
    cosine = (candidate * reference).sum(axis=1)
    worst = int(cosine.argmin())
    same = float((nearest(candidate) == nearest(reference)).mean())
    print(
        f"cosine: min {cosine.min():.4f}, 1st percentile {np.percentile(cosine, 1):.4f}, "
        f"mean {cosine.mean():.5f}; below 0.99: {(cosine < 0.99).sum()} of {len(texts)}; "
        f"the same nearest sentence for {same:.1%}"
    )
    print(f"least alike: {texts[worst][:80]!r}")


if __name__ == "__main__":
    main()
