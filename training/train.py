"""Train a gated-LoRA MTP adapter on self-distilled data.

Cost structure: the gate keeps normal rows exactly the base model and normal rows
never attend to mask rows, so the normal rows' K/V and final hidden states do not
depend on the trainable parameters. Each step therefore runs one no-grad causal
forward over the packed sequences, then a gradient pass over the mask rows only
(``blocks`` blocks of k masks per sequence), attending to the cached K/V.

Losses per mask row (mask r of a block whose real row is at position q sits at
position q+r and predicts the token at q+r+1):
  * ce      cross-entropy of token_embd·z against the base model's token at q+r+1
  * sampler cross-entropy of the sampler head given the previous true token seq[q+r]
  * lc      latent consistency: MSE(z, stopgrad(h_base[q+r])), the final (post
            output_norm) hidden of the normal row that predicts the same position.

    python -m training.train --data training/runs/data/train.jsonl --out training/runs/k4 \
        --n-mask 4 --rank 16 --alpha 32 --steps 2000
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import time

import numpy as np
import torch
import torch.nn.functional as F

from .model import DEFAULT_GGUF, TARGETS, Llama
from .mtp import MTPAdapter


def load_data(path, split="train"):
    rows = []
    with open(path) as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("split", "train") != split:
                continue
            rows.append(r)
    return rows


def make_batch(rows, n_mask, blocks, gen, pad_id=0):
    """Pack sequences and sample block positions.

    Returns dict with tokens [N, T], lens [N], q [N, B] (real-row position of each block),
    valid [N, B] (block exists)."""
    N = len(rows)
    seqs = [r["prompt_ids"] + r["answer_ids"] for r in rows]
    T = max(len(s) for s in seqs)
    tokens = torch.full((N, T), pad_id, dtype=torch.long)
    q = torch.zeros(N, blocks, dtype=torch.long)
    valid = torch.zeros(N, blocks, dtype=torch.bool)
    lens = torch.zeros(N, dtype=torch.long)
    for n, (r, s) in enumerate(zip(rows, seqs)):
        tokens[n, : len(s)] = torch.tensor(s)
        lens[n] = len(s)
        P = len(r["prompt_ids"])
        # real row at q (q >= P: the first answer token is the pending token after prefill);
        # need at least mask 1's label seq[q+2]
        lo, hi = P, len(s) - 3
        if hi < lo:
            continue
        cand = torch.arange(lo, hi + 1)
        perm = torch.randperm(len(cand), generator=gen)[:blocks]
        sel = cand[perm].sort().values
        q[n, : len(sel)] = sel
        valid[n, : len(sel)] = True
    return {"tokens": tokens, "lens": lens, "q": q, "valid": valid, "keys": [r.get("id", id(r)) for r in rows]}


class BaseCache:
    """Per-sequence no-grad base states (per-layer K/V [n_kv, L, hd] and final normed hidden
    [L, d]). They do not depend on the trainable parameters, so they are computed once per
    sequence and reused in later epochs (memory ~46 KB/token in f32 for SmolLM2-135M);
    ``max_tokens`` bounds the memory (0 = never cache)."""

    def __init__(self, max_tokens=0):
        self.max_tokens = max_tokens
        self.store = {}
        self.tokens = 0

    def get(self, model, batch, device, ctx):
        keys = batch.get("keys")
        tokens = batch["tokens"].to(device)
        lens = batch["lens"].tolist()
        N, T = tokens.shape
        miss = [n for n in range(N) if keys is None or keys[n] not in self.store]
        fresh = {}
        if miss:
            sub = tokens[miss][:, : max(lens[n] for n in miss)]
            with torch.no_grad(), ctx:
                h, kv = model.forward_causal(sub, need_kv=True)
            for j, n in enumerate(miss):
                L = lens[n]
                ent = ([(k[j, :, :L].float(), v[j, :, :L].float()) for k, v in kv], h[j, :L].float())
                fresh[n] = ent
                if keys is not None and self.tokens + L <= self.max_tokens:
                    self.store[keys[n]] = ent
                    self.tokens += L
        ents = [fresh[n] if n in fresh else self.store[keys[n]] for n in range(N)]
        cfg = model.cfg
        h_base = torch.zeros(N, T, cfg.d, device=device)
        kvs = []
        for i in range(cfg.n_layer):
            K = torch.zeros(N, cfg.n_kv, T, cfg.head_dim, device=device)
            V = torch.zeros_like(K)
            for n, e in enumerate(ents):
                L = lens[n]
                K[n, :, :L] = e[0][i][0]
                V[n, :, :L] = e[0][i][1]
            kvs.append((K, V))
        for n, e in enumerate(ents):
            h_base[n, : lens[n]] = e[1]
        return h_base, kvs


def mtp_forward(model, adapter, batch, device="cpu", autocast=None, base_cache=None):
    """Returns dict of losses (tensors) and metrics (floats)."""
    k = adapter.n_mask
    tokens = batch["tokens"].to(device)
    lens = batch["lens"].to(device)
    q = batch["q"].to(device)
    valid = batch["valid"].to(device)
    N, T = tokens.shape
    B = q.shape[1]
    ctx = autocast if autocast is not None else torch.autocast("cpu", enabled=False)
    h_base, kv = (base_cache or BaseCache(0)).get(model, batch, device, ctx)
    # mask rows: (b, r), r = 1..k, flattened b*k + (r-1)
    r_idx = torch.arange(1, k + 1, device=device)
    pos = (q[:, :, None] + r_idx[None, None, :]).reshape(N, B * k)
    x = adapter.mask_embd[(r_idx - 1)].repeat(B, 1)[None].expand(N, B * k, -1)
    tpos = torch.arange(T, device=device)
    see_cache = tpos[None, None, None, :] <= q[:, :, None, None]  # [N, B, 1, T]
    see_cache = see_cache.expand(N, B, k, T).reshape(N, B * k, T)
    blk = torch.arange(B, device=device).repeat_interleave(k)
    rr = r_idx.repeat(B)
    see_mask = (blk[:, None] == blk[None, :]) & (rr[None, :] <= rr[:, None])  # [Bk, Bk]
    attn = torch.cat([see_cache, see_mask[None].expand(N, -1, -1)], dim=2)
    with ctx:
        z, _ = model.forward_rows(x, pos, attn, past=kv, gate="all")
    z = z.float()
    lab_pos = pos + 1
    ok = valid.repeat_interleave(k, dim=1) & (lab_pos < lens[:, None])
    labels = torch.where(ok, tokens.gather(1, lab_pos.clamp(max=T - 1)), torch.full_like(pos, -100))
    prev = tokens.gather(1, pos.clamp(max=T - 1))
    target = h_base.float().gather(1, pos.clamp(max=T - 1)[:, :, None].expand(-1, -1, z.shape[-1]))
    zf = z.reshape(-1, z.shape[-1])
    lf = labels.reshape(-1)
    with ctx:
        logits = model.logits(zf)
        s_logits = adapter.sampler_logits(model, prev.reshape(-1), zf)
    logits, s_logits = logits.float(), s_logits.float()
    ce = F.cross_entropy(logits, lf, ignore_index=-100)
    sce = F.cross_entropy(s_logits, lf, ignore_index=-100)
    okf = ok.reshape(-1)
    lc = ((zf - target.reshape(-1, z.shape[-1])) ** 2).mean(-1)[okf].mean()
    with torch.no_grad():
        acc = (logits.argmax(-1) == lf).float().reshape(N, B, k)
        sacc = (s_logits.argmax(-1) == lf).float().reshape(N, B, k)
        okk = ok.reshape(N, B, k).float()
        cnt = okk.sum((0, 1)).clamp(min=1)
        metrics = {
            "acc": ((acc * okk).sum((0, 1)) / cnt).tolist(),
            "sacc": ((sacc * okk).sum((0, 1)) / cnt).tolist(),
            "n_rows": int(okk.sum().item()),
        }
    return {"ce": ce, "sampler": sce, "lc": lc}, metrics


def lr_at(step, total, base, warmup, schedule):
    if step < warmup:
        return base * (step + 1) / warmup
    if schedule == "flat":
        return base
    p = (step - warmup) / max(1, total - warmup)
    return base * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, p))))


def save_ckpt(path, adapter, opt, step, args, rng_state, log_tail):
    tmp = path + ".tmp"
    torch.save({"adapter": adapter.state_dict(), "opt": opt.state_dict(), "step": step,
                "args": vars(args), "rng": rng_state, "log_tail": log_tail}, tmp)
    os.replace(tmp, path)


def build_parser():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gguf", default=DEFAULT_GGUF)
    ap.add_argument("--data", required=True, help="jsonl from training.gen_data (train split only is used)")
    ap.add_argument("--out", required=True, help="run directory (checkpoint, log, adapter)")
    ap.add_argument("--n-mask", type=int, default=4)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--alpha", type=float, default=32.0)
    ap.add_argument("--targets", default=",".join(TARGETS))
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--seqs", type=int, default=4, help="sequences per step")
    ap.add_argument("--blocks", type=int, default=32, help="mask blocks per sequence")
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--schedule", choices=["cosine", "flat"], default="cosine")
    ap.add_argument("--clip", type=float, default=1.0)
    ap.add_argument("--wd", type=float, default=0.0)
    ap.add_argument("--w-ce", type=float, default=1.0)
    ap.add_argument("--w-sampler", type=float, default=1.0)
    ap.add_argument("--w-lc", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--ckpt-every", type=int, default=25)
    ap.add_argument("--max-minutes", type=float, default=0, help="stop (and checkpoint) after this long")
    ap.add_argument("--no-progress", action="store_true")
    ap.add_argument("--cache-tokens", type=int, default=60000,
                    help="keep the no-grad base states of up to this many tokens in memory (~46 KB each)")
    ap.add_argument("--export", default="", help="export the adapter here at the end (.safetensors)")
    ap.add_argument("--export-dtype", default="f16", choices=["f16", "f32"])
    return ap


def main(argv=None, model=None):
    args = build_parser().parse_args(argv)
    torch.set_num_threads(args.threads)
    dev = torch.device(args.device)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    os.makedirs(args.out, exist_ok=True)
    ckpt_path = os.path.join(args.out, "ckpt.pt")
    log_path = os.path.join(args.out, "log.jsonl")

    if model is None:
        model = Llama.from_gguf(args.gguf)
    model.to(dev)
    adapter = MTPAdapter(model.cfg, n_mask=args.n_mask, rank=args.rank, alpha=args.alpha,
                         targets=args.targets.split(","), init_embd=model.tok_embd.detach().cpu(),
                         seed=args.seed).to(dev)
    adapter.attach(model)
    rows = load_data(args.data, "train")
    if not rows:
        raise SystemExit(f"no train rows in {args.data}")
    params = [p for p in adapter.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=args.wd, betas=(0.9, 0.99))
    gen = torch.Generator().manual_seed(args.seed)
    order_rng = random.Random(args.seed)
    step = 0
    order, cursor = [], 0
    if os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path, map_location=dev, weights_only=False)
        adapter.load_state_dict(ck["adapter"])
        opt.load_state_dict(ck["opt"])
        step = ck["step"]
        gen.set_state(ck["rng"]["gen"])
        order_rng.setstate(ck["rng"]["order"])
        order, cursor = ck["rng"]["order_list"], ck["rng"]["cursor"]
        if ck["rng"].get("n_rows", len(order)) != len(rows):
            # the data grew (or shrank) since the checkpoint: start a fresh epoch over all of it
            order, cursor = [], 0
        print(f"resumed from {ckpt_path} at step {step}", flush=True)
    autocast = torch.autocast("cuda", dtype=torch.bfloat16) if dev.type == "cuda" else None

    def next_rows():
        nonlocal order, cursor
        out = []
        while len(out) < args.seqs:
            if cursor >= len(order):
                order = list(range(len(rows)))
                order_rng.shuffle(order)
                cursor = 0
            out.append(rows[order[cursor]])
            cursor += 1
        return out

    t_start = time.time()
    n_rows_total = 0
    pbar = None
    if not args.no_progress:
        from tqdm import tqdm
        pbar = tqdm(total=args.steps, initial=step, dynamic_ncols=True)
    last = {}
    base_cache = BaseCache(args.cache_tokens)
    logf = open(log_path, "a")
    while step < args.steps:
        t0 = time.time()
        lr = lr_at(step, args.steps, args.lr, args.warmup, args.schedule)
        for g in opt.param_groups:
            g["lr"] = lr
        batch = make_batch(next_rows(), args.n_mask, args.blocks, gen)
        losses, met = mtp_forward(model, adapter, batch, dev, autocast, base_cache)
        loss = args.w_ce * losses["ce"] + args.w_sampler * losses["sampler"] + args.w_lc * losses["lc"]
        opt.zero_grad(set_to_none=True)
        loss.backward()
        gnorm = torch.nn.utils.clip_grad_norm_(params, args.clip)
        opt.step()
        step += 1
        dt = time.time() - t0
        n_rows_total += met["n_rows"]
        last = {"step": step, "loss": loss.item(), "ce": losses["ce"].item(), "sampler": losses["sampler"].item(),
                "lc": losses["lc"].item(), "lr": lr, "gnorm": float(gnorm), "acc": met["acc"], "sacc": met["sacc"],
                "mask_rows": met["n_rows"], "seq_tokens": int(batch["lens"].sum()), "sec": dt,
                "time": time.time()}
        logf.write(json.dumps(last) + "\n")
        logf.flush()
        if pbar is not None:
            pbar.update(1)
            pbar.set_postfix(loss=f"{last['loss']:.3f}", ce=f"{last['ce']:.3f}", s=f"{last['sampler']:.3f}",
                             acc1=f"{met['sacc'][0]:.2f}", tok_s=f"{(last['seq_tokens'] + met['n_rows']) / dt:.0f}")
        elif step % 10 == 0 or step == args.steps:
            print(json.dumps(last), flush=True)
        out_of_time = args.max_minutes and (time.time() - t_start) > args.max_minutes * 60
        if step % args.ckpt_every == 0 or step == args.steps or out_of_time:
            save_ckpt(ckpt_path, adapter, opt, step, args,
                      {"gen": gen.get_state(), "order": order_rng.getstate(), "order_list": order,
                       "cursor": cursor, "n_rows": len(rows)}, last)
        if out_of_time:
            print(f"stopping at step {step}: --max-minutes reached", flush=True)
            break
    logf.close()
    if pbar is not None:
        pbar.close()
    summary = {"steps": step, "seqs_per_step": args.seqs, "blocks_per_seq": args.blocks, "lr": args.lr,
               "schedule": args.schedule, "warmup": args.warmup, "w_ce": args.w_ce, "w_sampler": args.w_sampler,
               "w_lc": args.w_lc, "seed": args.seed, "train_sequences": len(rows),
               "train_tokens": int(sum(len(r["prompt_ids"]) + len(r["answer_ids"]) for r in rows)),
               "device": str(dev), "final": {k: last.get(k) for k in ("loss", "ce", "sampler", "lc", "acc", "sacc")},
               "data": os.path.basename(args.data)}
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    if args.export:
        from .export import export_adapter
        export_adapter(adapter.cpu(), args.export, gguf_path=args.gguf, training=summary, dtype=args.export_dtype)
        print(f"exported {args.export}", flush=True)
    return adapter, summary


if __name__ == "__main__":
    main()
