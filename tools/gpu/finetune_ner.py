#!/usr/bin/env python3
"""Step 2 of fine-tuning the accurate NER tagger (docs/models/ner-accurate.md): fine-tunes
all-MiniLM-L6-v2's transformer layers jointly with a tagging head, on a GPU machine.

Reads what `newsgraph train ner-accurate-export` wrote (two tensor bundles, the format of
src/Newsgraph.Entities.Accurate/TensorBundle.cs) and writes one bundle, ner-ft-out.bin, that
`newsgraph train ner-accurate-import` turns into the committed model files:
  enc.<role>        the fine-tuned layer weights in the ONNX graph's layout ([in x out] matrices as
                    int8 with a float scale per output column in enc.<role>.scale; vectors float32)
  head.*            the tagging head in TaggingHead's layout (mean, inverse std, W1, b1, W2, b2)
The word-piece, position and token-type embeddings stay frozen: the tagger keeps the package's.

Plain PyTorch (no transformers), so the same file runs on the GPU machine and on a CPU for a smoke
test (`--limit-windows 300 --epochs 1`). Seeded; bf16 autocast on CUDA.
"""
import argparse
import gzip
import math
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

TYPES = {0: np.float32, 1: np.int8, 2: np.int32, 3: np.uint16, 4: np.uint8}
CODES = {np.dtype(v): k for k, v in TYPES.items()}
HIDDEN, HEADS, INTER, LAYERS = 384, 12, 1536, 6
BLOCK_BITS = 22          # gazetteer (16) + shape (6) bits of one token (AccurateFeatures.BlockBits)
FAST_LABELS = 17         # the fast label one-hot block of the head's input: unused, always zero
UNKNOWN = 255            # a token the corpus gives no signal for
MATMULS = ["q", "k", "v", "ao", "i", "o"]


def read_bundle(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        b = f.read()
    if b[:4] != b"NGTB" or b[4] != 1:
        sys.exit(f"{path}: not a tensor bundle of format 1")
    count = struct.unpack_from("<i", b, 5)[0]
    i, out = 9, {}
    for _ in range(count):
        n = struct.unpack_from("<H", b, i)[0]
        i += 2
        name = b[i:i + n].decode()
        i += n
        code, rank = b[i], b[i + 1]
        i += 2
        dims = struct.unpack_from(f"<{rank}i", b, i)
        i += 4 * rank
        dt = np.dtype(TYPES[code]).newbyteorder("<")
        size = int(np.prod(dims, dtype=np.int64)) if rank else 1
        out[name] = np.frombuffer(b, dtype=dt, count=size, offset=i).reshape(dims)
        i += size * dt.itemsize
    return out


def write_bundle(path, tensors):
    with open(path, "wb") as f:
        f.write(b"NGTB" + bytes([1]) + struct.pack("<i", len(tensors)))
        for name, a in tensors.items():
            a = np.ascontiguousarray(a)
            raw = name.encode()
            f.write(struct.pack("<H", len(raw)) + raw + bytes([CODES[a.dtype], a.ndim]))
            f.write(struct.pack(f"<{a.ndim}i", *a.shape))
            f.write(a.astype(a.dtype.newbyteorder("<"), copy=False).tobytes())


def quantise_columns(w):
    """[in x out] float -> int8 and one scale per column (as Int8Matrix.QuantiseColumns)."""
    scale = np.abs(w).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(w / scale[None, :]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v, self.ao = (nn.Linear(HIDDEN, HIDDEN) for _ in range(4))
        self.i, self.o = nn.Linear(HIDDEN, INTER), nn.Linear(INTER, HIDDEN)
        self.ln1, self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12), nn.LayerNorm(HIDDEN, eps=1e-12)

    def forward(self, x, bias):
        b, t, _ = x.shape

        def heads(y):
            return y.view(b, t, HEADS, HIDDEN // HEADS).transpose(1, 2)

        q, k, v = heads(self.q(x)), heads(self.k(x)), heads(self.v(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(HIDDEN // HEADS) + bias
        context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, t, HIDDEN)
        x = self.ln1(x + self.ao(context))
        return self.ln2(x + self.o(F.gelu(self.i(x))))


class Tagger(nn.Module):
    def __init__(self, vocab, head_hidden, labels):
        super().__init__()
        self.word, self.pos, self.token_type = nn.Embedding(vocab, HIDDEN), nn.Embedding(512, HIDDEN), nn.Embedding(2, HIDDEN)
        self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))
        inputs = HIDDEN + FAST_LABELS + 3 * BLOCK_BITS
        self.h1, self.h2 = nn.Linear(inputs, head_hidden), nn.Linear(head_hidden, labels)

    frozen_layers = 0

    def encode(self, ids, mask):
        positions = torch.arange(ids.shape[1], device=ids.device)[None, :]
        with torch.set_grad_enabled(torch.is_grad_enabled() and self.frozen_layers == 0):
            x = self.ln(self.word(ids) + self.pos(positions) + self.token_type(torch.zeros_like(ids)))
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
        for index, layer in enumerate(self.layers):
            # Frozen lower layers run without autograd: on a CPU that halves the cost of a step.
            with torch.set_grad_enabled(torch.is_grad_enabled() and index >= self.frozen_layers):
                x = layer(x, bias)
        return x

    def forward(self, ids, mask, flat_first, cheap):
        hidden = self.encode(ids, mask).reshape(-1, HIDDEN)[flat_first].float()
        zeros = torch.zeros(hidden.shape[0], FAST_LABELS, device=hidden.device)
        x = torch.cat([hidden, zeros, cheap], dim=1)
        return self.h2(F.relu(self.h1(x)))


def load_weights(model, w):
    vocab_ids = w["vocab.ids"]
    emb = w["emb.word"].astype(np.float32) * w["emb.word.rowscale"][:, None]
    with torch.no_grad():
        model.word.weight.copy_(torch.from_numpy(emb))
        model.pos.weight.copy_(torch.from_numpy(np.array(w["emb.position"])))
        model.token_type.weight.copy_(torch.from_numpy(np.array(w["emb.type"])))
        model.ln.weight.copy_(torch.from_numpy(np.array(w["emb.ln.w"])))
        model.ln.bias.copy_(torch.from_numpy(np.array(w["emb.ln.b"])))
        for l, layer in enumerate(model.layers):
            for m in MATMULS:
                q = w[f"l{l}.{m}.w"].astype(np.float32) * w[f"l{l}.{m}.w.scale"][None, :]
                getattr(layer, m).weight.copy_(torch.from_numpy(q.T.copy()))
                getattr(layer, m).bias.copy_(torch.from_numpy(np.array(w[f"l{l}.{m}.b"])))
            for n in ("ln1", "ln2"):
                getattr(layer, n).weight.copy_(torch.from_numpy(np.array(w[f"l{l}.{n}.w"])))
                getattr(layer, n).bias.copy_(torch.from_numpy(np.array(w[f"l{l}.{n}.b"])))
    local = np.full(max(int(vocab_ids.max()) + 1, 30522), -1, dtype=np.int64)
    local[vocab_ids] = np.arange(len(vocab_ids))
    return local


def export_weights(model):
    out = {}
    with torch.no_grad():
        out["enc.emb.ln.w"] = model.ln.weight.float().cpu().numpy()
        out["enc.emb.ln.b"] = model.ln.bias.float().cpu().numpy()
        for l, layer in enumerate(model.layers):
            for m in MATMULS:
                q, s = quantise_columns(getattr(layer, m).weight.float().cpu().numpy().T)
                out[f"enc.l{l}.{m}.w"], out[f"enc.l{l}.{m}.w.scale"] = q, s
                out[f"enc.l{l}.{m}.b"] = getattr(layer, m).bias.float().cpu().numpy()
            for n in ("ln1", "ln2"):
                out[f"enc.l{l}.{n}.w"] = getattr(layer, n).weight.float().cpu().numpy()
                out[f"enc.l{l}.{n}.b"] = getattr(layer, n).bias.float().cpu().numpy()
        w1 = model.h1.weight.float().cpu().numpy()
        inputs = w1.shape[1]
        inverse_std = np.ones(inputs, dtype=np.float32)
        inverse_std[HIDDEN:HIDDEN + FAST_LABELS] = 0.0   # the fast label block is not used
        out["head.mean"] = np.zeros(inputs, dtype=np.float32)
        out["head.inverse_std"] = inverse_std
        out["head.w1"] = w1
        out["head.b1"] = model.h1.bias.float().cpu().numpy()
        out["head.w2"] = model.h2.weight.float().cpu().numpy()
        out["head.b2"] = model.h2.bias.float().cpu().numpy()
    return out


def dequantise_into(model, out):
    """Loads the int8 export back into the model, to measure what quantisation costs."""
    with torch.no_grad():
        for l, layer in enumerate(model.layers):
            for m in MATMULS:
                w = out[f"enc.l{l}.{m}.w"].astype(np.float32) * out[f"enc.l{l}.{m}.w.scale"][None, :]
                getattr(layer, m).weight.copy_(torch.from_numpy(w.T.copy()))


class Data:
    def __init__(self, d, local, limit):
        self.labels_names = bytes(d["labels.names"]).decode().split("\n")
        self.corpora = bytes(d["corpus.names"]).decode().split("\n")
        self.sent_offsets = d["sent.offsets"].astype(np.int64)
        self.sent_corpus, self.sent_monitor = d["sent.corpus"], d["sent.monitor"]
        self.labels = d["tok.label"].astype(np.int64)
        self.labels[self.labels == UNKNOWN] = -100
        blocks = d["tok.block"].astype(np.int64)
        bits = ((blocks[:, None] >> np.arange(BLOCK_BITS)[None, :]) & 1).astype(np.uint8)
        # Neighbour blocks within the sentence (zero at its edges), as AccurateFeatures.AddCheap.
        tokens = len(blocks)
        sentence_of = np.repeat(np.arange(len(self.sent_offsets) - 1), np.diff(self.sent_offsets))
        prev, nxt = np.zeros_like(bits), np.zeros_like(bits)
        same_prev = np.zeros(tokens, dtype=bool)
        same_prev[1:] = sentence_of[1:] == sentence_of[:-1]
        prev[same_prev] = bits[np.nonzero(same_prev)[0] - 1]
        same_next = np.zeros(tokens, dtype=bool)
        same_next[:-1] = sentence_of[:-1] == sentence_of[1:]
        nxt[same_next] = bits[np.nonzero(same_next)[0] + 1]
        self.cheap = np.concatenate([bits, prev, nxt], axis=1)
        self.sentence_of = sentence_of
        offsets, first_offsets = d["win.offsets"].astype(np.int64), d["win.first_offsets"].astype(np.int64)
        pieces = local[d["win.pieces"].astype(np.int64)]
        if (pieces < 0).any():
            sys.exit("a window uses a word piece the weights bundle lacks")
        firsts = d["win.first"].astype(np.int64)
        win_sentence, win_core = d["win.sentence"].astype(np.int64), d["win.core"].astype(np.int64)
        self.windows = []
        count = len(win_sentence) if limit <= 0 else min(limit, len(win_sentence))
        for w in range(count):
            s = win_sentence[w]
            first = firsts[first_offsets[w]:first_offsets[w + 1]]
            token0 = self.sent_offsets[s] + win_core[w]
            self.windows.append((pieces[offsets[w]:offsets[w + 1]], first, np.arange(token0, token0 + len(first)), s))

    def split(self):
        train = [w for w in self.windows if not self.sent_monitor[w[3]]]
        monitor = [w for w in self.windows if self.sent_monitor[w[3]]]
        return train, monitor


def batches(windows, max_pieces, rng):
    """Windows of similar length together, each batch under max_pieces padded pieces; shuffled."""
    order = sorted(range(len(windows)), key=lambda i: (len(windows[i][0]), rng.random()))
    result, current, longest = [], [], 0
    for i in order:
        n = len(windows[i][0])
        if current and max(longest, n) * (len(current) + 1) > max_pieces:
            result.append(current)
            current, longest = [], 0
        current.append(i)
        longest = max(longest, n)
    if current:
        result.append(current)
    rng.shuffle(result)
    return result


def tensors(windows, batch, data, device):
    length = max(len(windows[i][0]) for i in batch)
    ids = np.zeros((len(batch), length), dtype=np.int64)
    mask = np.zeros((len(batch), length), dtype=np.int64)
    flat, toks = [], []
    for row, i in enumerate(batch):
        pieces, first, token_ids, _ = windows[i]
        ids[row, :len(pieces)] = pieces
        mask[row, :len(pieces)] = 1
        flat.append(row * length + first)
        toks.append(token_ids)
    flat, toks = np.concatenate(flat), np.concatenate(toks)
    as_tensor = lambda a: torch.from_numpy(a).to(device, non_blocking=True)
    return (as_tensor(ids), as_tensor(mask), as_tensor(flat), as_tensor(data.cheap[toks].astype(np.float32)),
            as_tensor(data.labels[toks]), toks)


def spans(labels, names, allowed_kinds):
    """Entity spans (start, end, kind) from a BILOU label sequence (invalid sequences cut as they fall)."""
    result, start, kind = set(), None, None
    for t, l in enumerate(labels):
        name = names[l] if l >= 0 else "O"
        if name == "O":
            start = None
            continue
        pos, k = name[0], name[2:]
        if pos == "U":
            result.add((t, t + 1, k))
            start = None
        elif pos == "B":
            start, kind = t, k
        elif pos == "L" and start is not None and k == kind:
            result.add((start, t + 1, k))
            start = None
        elif pos == "I" and (start is None or k != kind):
            start = None
    return {s for s in result if s[2] in allowed_kinds}


def viterbi(logp, names):
    """Best BILOU-valid path (BilouLabels.IsAllowed / CanEnd) of [tokens x labels] log-probabilities."""
    n, labels = logp.shape
    def opens(l):
        return l > 0 and names[l][0] in "BI"
    def continues(l):
        return l > 0 and names[l][0] in "IL"
    allowed = np.zeros((labels, labels), dtype=bool)
    for a in range(labels):
        for b in range(labels):
            allowed[a, b] = (continues(b) and names[a][2:] == names[b][2:]) if opens(a) else not continues(b)
    start_ok = np.array([not continues(l) for l in range(labels)])
    end_ok = np.array([l == 0 or names[l][0] in "LU" for l in range(labels)])
    score = np.where(start_ok, logp[0], -1e9)
    back = np.zeros((n, labels), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + np.where(allowed, 0.0, -1e9)
        back[t] = cand.argmax(0)
        score = cand.max(0) + logp[t]
    score = np.where(end_ok, score, -1e9)
    path = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def evaluate(model, windows, data, device, max_pieces):
    model.eval()
    logp = {}
    with torch.no_grad(), torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
        for batch in batches(windows, max_pieces, np.random.default_rng(0)):
            ids, mask, flat, cheap, _, toks = tensors(windows, batch, data, device)
            out = model(ids, mask, flat, cheap).float().log_softmax(-1).cpu().numpy()
            for t, row in zip(toks, out):
                logp[int(t)] = row
    model.train()
    kinds = {"Person", "Org", "Loc"}
    tp = fp = fn = 0
    by_sentence = {}
    for t in logp:
        by_sentence.setdefault(int(data.sentence_of[t]), []).append(t)
    for s, toks in by_sentence.items():
        toks.sort()
        path = viterbi(np.stack([logp[t] for t in toks]), data.labels_names)
        gold_labels = data.labels[toks]
        unknown = {i for i, l in enumerate(gold_labels) if l < 0}
        gold = spans([int(l) if l >= 0 else 0 for l in gold_labels], data.labels_names, kinds)
        pred = {p for p in spans(path, data.labels_names, kinds) if not unknown.intersection(range(p[0], p[1]))}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return p, r, 2 * p * r / max(1e-9, p + r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=".gpu/ner-ft-data.bin.gz")
    ap.add_argument("--weights", default=".gpu/minilm-int8.bin")
    ap.add_argument("--out", default="ner-ft-out.bin")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=8e-5, help="encoder learning rate")
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--head-hidden", type=int, default=256)
    ap.add_argument("--batch-pieces", type=int, default=4096, help="padded word pieces per batch")
    ap.add_argument("--gold-repeat", type=int, default=2, help="passes per epoch over the gold corpora (GMB once)")
    ap.add_argument("--limit-windows", type=int, default=0, help="smoke test: use only the first N windows")
    ap.add_argument("--sample-windows", type=int, default=0, help="a seeded random subset of N training windows (CPU runs)")
    ap.add_argument("--freeze-layers", type=int, default=0, help="keep the lowest K transformer layers (and the embedding LayerNorm) frozen")
    ap.add_argument("--threads", type=int, default=0, help="torch CPU threads (0: torch's default)")
    ap.add_argument("--log-every", type=int, default=0, help="print the running loss every N steps")
    ap.add_argument("--save-every", type=int, default=0, help="also write the output every N steps (long CPU runs)")
    ap.add_argument("--skip-initial-eval", action="store_true")
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    rng = np.random.default_rng(args.seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    started = time.time()
    w = read_bundle(args.weights)
    d = read_bundle(args.data)
    labels = len(bytes(d["labels.names"]).decode().split("\n"))
    model = Tagger(len(w["vocab.ids"]), args.head_hidden, labels)
    local = load_weights(model, w)
    data = Data(d, local, args.limit_windows)
    train, monitor = data.split()
    if args.sample_windows > 0 and args.sample_windows < len(train):
        picked = np.random.default_rng(args.seed).choice(len(train), args.sample_windows, replace=False)
        train = [train[i] for i in sorted(picked)]
    gmb = data.corpora.index("gmb") if "gmb" in data.corpora else -1
    epoch_windows = [x for x in train if data.sent_corpus[x[3]] == gmb]
    for _ in range(args.gold_repeat):
        epoch_windows += [x for x in train if data.sent_corpus[x[3]] != gmb]
    print(f"device {device}; {len(train)} training windows ({len(epoch_windows)} per epoch), {len(monitor)} monitor; "
          f"vocab {len(w['vocab.ids'])}; corpora {data.corpora}; load {time.time() - started:.1f}s", flush=True)
    model.to(device)
    model.frozen_layers = args.freeze_layers
    for frozen in (model.word, model.pos, model.token_type):
        frozen.weight.requires_grad_(False)
    if args.freeze_layers > 0:
        for p in list(model.ln.parameters()) + [p for layer in model.layers[:args.freeze_layers] for p in layer.parameters()]:
            p.requires_grad_(False)
    encoder_params = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("h")]
    head_params = list(model.h1.parameters()) + list(model.h2.parameters())
    optimiser = torch.optim.AdamW([{"params": encoder_params, "lr": args.lr}, {"params": head_params, "lr": args.head_lr}],
                                  weight_decay=0.01)
    steps_per_epoch = len(batches(epoch_windows, args.batch_pieces, np.random.default_rng(0)))
    total = steps_per_epoch * args.epochs
    warmup = max(1, int(0.06 * total))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup))))
    if monitor and not args.skip_initial_eval:
        p, r, f = evaluate(model, monitor, data, device, args.batch_pieces)
        print(f"before: monitor P {p:.4f} R {r:.4f} F1 {f:.4f} (random head)", flush=True)
    step = 0
    for epoch in range(args.epochs):
        loss_sum, loss_count, t0 = 0.0, 0, time.time()
        for batch in batches(epoch_windows, args.batch_pieces, rng):
            ids, mask, flat, cheap, gold, _ = tensors(epoch_windows, batch, data, device)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model(ids, mask, flat, cheap)
            loss = F.cross_entropy(logits.float(), gold, ignore_index=-100)
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            loss_sum += loss.item()
            loss_count += 1
            if args.log_every and step % args.log_every == 0:
                print(f"  step {step}/{total}: loss {loss_sum / loss_count:.4f}, {time.time() - started:.0f}s", flush=True)
            if args.save_every and step % args.save_every == 0:
                write_bundle(args.out, export_weights(model))
                print(f"  saved {args.out} at step {step}", flush=True)
        line = f"epoch {epoch + 1}: loss {loss_sum / max(1, loss_count):.4f}, {loss_count} steps, {time.time() - t0:.1f}s"
        if monitor:
            p, r, f = evaluate(model, monitor, data, device, args.batch_pieces)
            line += f"; monitor P {p:.4f} R {r:.4f} F1 {f:.4f}"
        print(line, flush=True)
    out = export_weights(model)
    write_bundle(args.out, out)
    if monitor:
        dequantise_into(model, out)
        p, r, f = evaluate(model, monitor, data, device, args.batch_pieces)
        print(f"int8 layer weights: monitor P {p:.4f} R {r:.4f} F1 {f:.4f}", flush=True)
    print(f"wrote {args.out}; {time.time() - started:.1f}s in all", flush=True)


if __name__ == "__main__":
    main()
