"""Rewrites the encoder's word-embedding table from int8 (one scale a row) to 4 bits (one scale per
block of 32 values), read by ONNX Runtime's GatherBlockQuantized (com.microsoft): the table is half
the model, and this keeps the .vsix under its size budget. Deterministic (same input, same bytes).

    python scripts/quantize-embeddings.py IN.onnx OUT.onnx

Run by scripts/fetch-model.mjs in a venv with pinned onnx and numpy; its effect on the figures is
measured by scripts/train-similarity-encoder.ts.
"""
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper

BLOCK = 32
W = "inner.embeddings.word_embeddings.weight"


def main(src: str, dst: str) -> None:
    model = onnx.load(src)
    g = model.graph
    inits = {t.name: t for t in g.initializer}
    q = numpy_helper.to_array(inits[W + "_q"]).astype(np.float32)
    scale = numpy_helper.to_array(inits[W + "_scale"]).astype(np.float32)
    w = q * scale  # the table as the original graph computes it
    rows, cols = w.shape
    assert cols % BLOCK == 0
    blocks = w.reshape(rows, cols // BLOCK, BLOCK)
    # Symmetric 4-bit per block: values -8..7 around the default zero point 8 (MatMulNBits' layout).
    amax = np.abs(blocks).max(axis=2)
    s = np.where(amax > 0, amax / 7.0, 1.0).astype(np.float32)
    v = np.clip(np.rint(blocks / s[:, :, None]), -8, 7).astype(np.int16) + 8
    v = v.reshape(rows, cols).astype(np.uint8)
    packed = (v[:, 0::2] | (v[:, 1::2] << 4)).astype(np.uint8)  # low nibble first

    # Drop the int8 table, its dequantisation nodes and the Gather; add GatherBlockQuantized.
    nodes = list(g.node)
    at = [i for i, n in enumerate(nodes) if W in n.input]
    assert len(at) == 1 and nodes[at[0]].op_type == "Gather", at
    gather = nodes[at[0]]
    drop = {i for i, n in enumerate(nodes) if W in n.output or (W + "_f") in n.output} | {at[0]}
    assert len(drop) == 3, drop
    new = helper.make_node(
        "GatherBlockQuantized",
        [W + "_q4", gather.input[1], W + "_q4_scale"],
        list(gather.output),
        name="word_embeddings_q4",
        domain="com.microsoft",
        gather_axis=0,
        quantize_axis=1,
        block_size=BLOCK,
        bits=4,
    )
    keep = [new if i == at[0] else n for i, n in enumerate(nodes) if i not in drop or i == at[0]]
    del g.node[:]
    g.node.extend(keep)
    for name in (W + "_q", W + "_scale"):
        g.initializer.remove(inits[name])
    g.initializer.extend([numpy_helper.from_array(packed, W + "_q4"), numpy_helper.from_array(s, W + "_q4_scale")])
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    onnx.save(model, dst)
    err = np.abs(((v.astype(np.float32) - 8).reshape(rows, cols // BLOCK, BLOCK) * s[:, :, None]).reshape(rows, cols) - w)
    print(f"quantize-embeddings: {rows}x{cols} table to 4 bits, mean abs error {err.mean():.2e} (values' mean abs {np.abs(w).mean():.2e})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
