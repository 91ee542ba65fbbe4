"""Train a gated-LoRA MTP adapter on self-distilled data.

Cost structure: the gate keeps normal rows exactly the base model and normal rows
never attend to mask rows, so the normal rows' K/V and final hidden states do not
depend on the trainable parameters. Each sequence gets one no-grad causal forward
(kept for later epochs, ``--cache-tokens``), then every step runs a gradient pass over
the mask rows only (``blocks`` blocks of k masks per sequence), attending to those K/V.
With ``--lora-layers L`` the mask embedding and the lower blocks are fixed too, so the
mask rows' states entering block n_layer-L are cached for every block position and a
step runs the top L blocks only.

Losses per mask row (mask r of a block whose real row is at position q sits at
position q+r and predicts the token at q+r+1), each a mean over the step's rows:
  * ce      cross-entropy of token_embd·z against the base model's token at q+r+1
  * sampler cross-entropy of the sampler head given the previous true token seq[q+r]
  * kl/skl  KL(base || mask logits / sampler head), the base distribution being the
            normal row's at q+r (soft targets; computed from the cached base hidden)
  * lc      latent consistency: MSE(z, stopgrad(h_base[q+r])), the final (post
            output_norm) hidden of the normal row that predicts the same position.

Data parallel: run it under ``torchrun --nproc_per_node N`` (gloo on CPU, NCCL on CUDA);
every rank draws the same global batch of ``--seqs`` sequences and takes its share, losses
are normalised by the global row count and gradients summed, so N ranks compute the same
update as one process.

    python -m training.train --data training/data/distill-train.jsonl --out training/runs/k4 \
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

from .domain import attach
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


@torch.no_grad()
def check_distilled(model, files, dev, rows_per_file=2, tokens=32, least=0.9):
    """The answers must be this model's own greedy tokens (self-distillation): teacher-forced on
    the first rows of each file, it chooses them again (fp32 near-ties aside). Answers distilled
    from another base, another quant of it, or without the domain adapter the run puts under the
    drafts would train toward a teacher that decoding never verifies against; they are refused
    before the first step."""
    for path, rows in files.items():
        agree = total = 0
        for r in rows[:rows_per_file]:
            P, ans = len(r["prompt_ids"]), r["answer_ids"][:tokens]
            h, _ = model.forward_causal(torch.tensor([r["prompt_ids"] + ans], device=dev))
            chosen = model.logits(h[0, P - 1:P - 1 + len(ans)]).argmax(-1).tolist()
            agree += sum(a == b for a, b in zip(chosen, ans))
            total += len(ans)
        if total and agree < least * total:
            raise SystemExit(f"{path}: the model chooses {agree} of its first {total} answer tokens; its answers "
                             f"were not distilled from this model (training/README.md, \"Another base model\")")


def block_candidates(row, pool=0):
    """Real-row positions q a block may sit at: q >= P (the first answer token is the pending
    token after prefill) and mask 1's label seq[q+2] exists. With ``pool`` > 0, a fixed subset
    of at most ``pool`` of them, the same in every epoch (seeded by the row id), so that mask
    states cached per position (``--lora-layers``) are computed once and reused."""
    P = len(row["prompt_ids"])
    cand = list(range(P, P + len(row["answer_ids"]) - 2))
    if pool and len(cand) > pool:
        cand = sorted(random.Random(str(row.get("id"))).sample(cand, pool))
    return torch.tensor(cand, dtype=torch.long)


def make_batch(rows, n_mask, blocks, gen, pad_id=0, pool=0):
    """Pack sequences and sample block positions.

    Returns dict with tokens [N, T], lens [N], q [N, B] (real-row position of each block),
    valid [N, B] (block exists), P (prompt lengths) and cand (each row's block candidates)."""
    N = len(rows)
    seqs = [r["prompt_ids"] + r["answer_ids"] for r in rows]
    T = max(len(s) for s in seqs)
    tokens = torch.full((N, T), pad_id, dtype=torch.long)
    q = torch.zeros(N, blocks, dtype=torch.long)
    valid = torch.zeros(N, blocks, dtype=torch.bool)
    lens = torch.zeros(N, dtype=torch.long)
    cands = [block_candidates(r, pool) for r in rows]
    for n, (s, cand) in enumerate(zip(seqs, cands)):
        tokens[n, : len(s)] = torch.tensor(s)
        lens[n] = len(s)
        if not len(cand):
            continue
        perm = torch.randperm(len(cand), generator=gen)[:blocks]
        sel = cand[perm].sort().values
        q[n, : len(sel)] = sel
        valid[n, : len(sel)] = True
    return {"tokens": tokens, "lens": lens, "q": q, "valid": valid, "P": [len(r["prompt_ids"]) for r in rows],
            "cand": cands, "keys": [r.get("id", id(r)) for r in rows]}


def batch_slice(batch, lo, hi):
    """Sequences lo..hi-1 of a packed batch (one data-parallel rank's share)."""
    return {key: v[lo:hi] for key, v in batch.items()}


class SeqCache:
    """Per-sequence states that do not depend on the trainable parameters, computed under
    no_grad the first time a sequence is seen and kept for later epochs:

    * the base K/V of the blocks the gradient pass runs ([n_kv, L, hd] per block) and the
      final normed hidden of the normal rows ([L, d], the latent-consistency and soft targets);
    * with ``adapter.lora_layers`` (lower blocks frozen, mask embedding fixed): the mask rows'
      residual stream entering the first trained block, for every block candidate q of the
      sequence (``block_candidates``; [n_q, k, d]), so a step runs only the top blocks.

    ``max_tokens`` bounds what is kept (sequence tokens; 0 = keep nothing)."""

    def __init__(self, max_tokens=0, chunk_blocks=64):
        self.max_tokens = max_tokens
        self.chunk_blocks = chunk_blocks
        self.store = {}
        self.tokens = 0

    def _lower_mask_states(self, model, adapter, cands, kv, T, first, ctx, device):
        """Each sequence's mask states entering block ``first`` at its block candidates
        (``cands``, one tensor per sequence), the sequences of ``kv`` ([M, n_kv, T, hd] per layer)
        in one pass per chunk of candidates: one small pass per sequence left a GPU waiting on
        Python. Short candidate lists are padded with position 0, whose rows are dropped."""
        k, d, M = adapter.n_mask, model.cfg.d, len(cands)
        Q = max(len(c) for c in cands)  # 0 when no sequence has room for a block: empty states
        q_all = torch.zeros(M, Q, dtype=torch.long)
        for i, c in enumerate(cands):
            q_all[i, : len(c)] = c
        q_all = q_all.to(device)
        out = torch.zeros(M, Q, k, d, device=device)
        for c in range(0, Q, self.chunk_blocks):
            q = q_all[:, c: c + self.chunk_blocks]
            x = adapter.mask_embd[:k].detach().repeat(q.shape[1], 1)[None].expand(M, -1, -1)
            with torch.no_grad(), ctx:
                h = mask_pass(model, x, q, k, kv, T, layers=(0, first))
            out[:, c: c + q.shape[1]] = h.float().view(M, -1, k, d)
        return [out[i, : len(c)].clone() for i, c in enumerate(cands)]

    def get(self, model, adapter, batch, device, ctx):
        keys = batch.get("keys")
        tokens = batch["tokens"].to(device)
        lens = batch["lens"].tolist()
        N, T = tokens.shape
        first = adapter.first_trained_layer
        miss = [n for n in range(N) if keys is None or keys[n] not in self.store]
        fresh = {}
        if miss:
            sub = tokens[miss][:, : max(lens[n] for n in miss)]
            with torch.no_grad(), ctx:
                h, kv = model.forward_causal(sub, need_kv=True)
            lower = [None] * len(miss)
            cands = [batch["cand"][n] for n in miss]
            if first:
                lower = self._lower_mask_states(model, adapter, cands, [(kk.float(), vv.float()) for kk, vv in kv[:first]],
                                                sub.shape[1], first, ctx, device)
            for j, n in enumerate(miss):
                L = lens[n]
                kv_n = [(kk[j, :, :L].float(), vv[j, :, :L].float()) for kk, vv in kv[first:]]
                ent = {"kv": kv_n, "h": h[j, :L].float(), "m": lower[j], "cand": batch["cand"][n]}
                fresh[n] = ent
                if keys is not None and self.tokens + L <= self.max_tokens:
                    self.store[keys[n]] = ent
                    self.tokens += L
        ents = [fresh[n] if n in fresh else self.store[keys[n]] for n in range(N)]
        cfg = model.cfg
        h_base = torch.zeros(N, T, cfg.d, device=device)
        kvs = [None] * first
        for i in range(cfg.n_layer - first):
            K = torch.zeros(N, cfg.n_kv, T, cfg.head_dim, device=device)
            V = torch.zeros_like(K)
            for n, e in enumerate(ents):
                L = lens[n]
                K[n, :, :L] = e["kv"][i][0]
                V[n, :, :L] = e["kv"][i][1]
            kvs.append((K, V))
        for n, e in enumerate(ents):
            h_base[n, : lens[n]] = e["h"]
        x = None
        if first:
            k = adapter.n_mask
            x = torch.zeros(N, batch["q"].shape[1], k, cfg.d, device=device)
            for n, e in enumerate(ents):
                ok = batch["valid"][n]
                x[n, ok] = e["m"][torch.searchsorted(e["cand"], batch["q"][n, ok])]
            x = x.view(N, -1, cfg.d)
        return h_base, kvs, x


def mask_pass(model, x, q, k, kv, T, layers=None):
    """Mask rows of blocks at real positions q [N, B] (inputs x [N, B*k, d]): mask r of a block
    sits at q+r, attends to the cached prefix 0..q and to masks 1..r of its own block."""
    N, B = q.shape
    device = q.device
    r_idx = torch.arange(1, k + 1, device=device)
    pos = (q[:, :, None] + r_idx[None, None, :]).reshape(N, B * k)
    tpos = torch.arange(T, device=device)
    see_cache = tpos[None, None, None, :] <= q[:, :, None, None]  # [N, B, 1, T]
    see_cache = see_cache.expand(N, B, k, T).reshape(N, B * k, T)
    blk = torch.arange(B, device=device).repeat_interleave(k)
    rr = r_idx.repeat(B)
    see_mask = (blk[:, None] == blk[None, :]) & (rr[None, :] <= rr[:, None])  # [Bk, Bk]
    attn = torch.cat([see_cache, see_mask[None].expand(N, -1, -1)], dim=2)
    h, _ = model.forward_rows(x, pos, attn, past=kv, gate="all", layers=layers)
    return h


def _kl_rows(logits, base_logp):
    """KL(base || model) per row, from model logits and the base model's log-probabilities."""
    return F.kl_div(F.log_softmax(logits, -1), base_logp, log_target=True, reduction="none").sum(-1)


def mtp_forward(model, adapter, batch, device="cpu", autocast=None, seq_cache=None, heads=("ce", "sampler")):
    """Per-row loss sums over the batch's supervised mask rows and their count ``n``.

    ``heads`` selects what is computed: ce / kl on the mask rows' own logits, sampler / skl on
    the sampler head's (kl, skl: KL to the base model's distribution at the same position);
    lc is always computed. Returns (sums: dict of tensors, metrics)."""
    k = adapter.n_mask
    tokens = batch["tokens"].to(device)
    lens = batch["lens"].to(device)
    q = batch["q"].to(device)
    valid = batch["valid"].to(device)
    N, T = tokens.shape
    ctx = autocast if autocast is not None else torch.autocast("cpu", enabled=False)
    h_base, kv, x = (seq_cache or SeqCache(0)).get(model, adapter, batch, device, ctx)
    first = adapter.first_trained_layer
    if x is None:
        x = adapter.mask_embd[:k].repeat(q.shape[1], 1)[None].expand(N, -1, -1)
    with ctx:
        z = mask_pass(model, x, q, k, kv, T, layers=(first, model.cfg.n_layer))
    z = z.float()
    pos = (q[:, :, None] + torch.arange(1, k + 1, device=device)[None, None, :]).reshape(N, -1)
    lab_pos = pos + 1
    ok = valid.repeat_interleave(k, dim=1) & (lab_pos < lens[:, None])
    okf = ok.reshape(-1)
    labels = tokens.gather(1, lab_pos.clamp(max=T - 1)).reshape(-1)[okf]
    prev = tokens.gather(1, pos.clamp(max=T - 1)).reshape(-1)[okf]
    target = h_base.gather(1, pos.clamp(max=T - 1)[:, :, None].expand(-1, -1, z.shape[-1]))
    zf = z.reshape(-1, z.shape[-1])[okf]
    tf = target.reshape(-1, z.shape[-1])[okf]
    sums = {"lc": ((zf - tf) ** 2).mean(-1).sum()}
    acc = {}
    base_logp = None
    if "kl" in heads or "skl" in heads:
        with torch.no_grad():
            base_logp = F.log_softmax(model.logits(tf), -1)
    if "ce" in heads or "kl" in heads:
        with ctx:
            logits = model.logits(zf).float()
        if "ce" in heads:
            sums["ce"] = F.cross_entropy(logits, labels, reduction="sum")
        if "kl" in heads:
            sums["kl"] = _kl_rows(logits, base_logp).sum()
        acc["acc"] = logits.detach().argmax(-1) == labels
    if "sampler" in heads or "skl" in heads:
        with ctx:
            s_logits = adapter.sampler_logits(model, prev, zf).float()
        if "sampler" in heads:
            sums["sampler"] = F.cross_entropy(s_logits, labels, reduction="sum")
        if "skl" in heads:
            sums["skl"] = _kl_rows(s_logits, base_logp).sum()
        acc["sacc"] = s_logits.detach().argmax(-1) == labels
    r_of_row = torch.arange(k, device=device).repeat(N * q.shape[1])[okf]
    metrics = {"n": int(okf.sum()),
               "per_mask_n": torch.bincount(r_of_row, minlength=k).float()}
    for name, hit in acc.items():
        metrics[name] = torch.bincount(r_of_row, weights=hit.float(), minlength=k)
    return sums, metrics


def lr_at(step, total, base, warmup, schedule, progress=None):
    """``progress`` (0..1) overrides step/total for the decay, e.g. the fraction of a CPU budget."""
    if step < warmup:
        return base * (step + 1) / warmup
    if schedule == "flat":
        return base
    p = (step - warmup) / max(1, total - warmup) if progress is None else progress
    return base * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, p))))


def save_ckpt(path, adapter, opt, step, args, rng_state, log_tail, cpu_s):
    tmp = path + ".tmp"
    torch.save({"adapter": adapter.state_dict(), "opt": opt.state_dict(), "step": step,
                "args": vars(args), "rng": rng_state, "log_tail": log_tail, "cpu_s": cpu_s}, tmp)
    os.replace(tmp, path)


def build_parser():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gguf", default=DEFAULT_GGUF)
    ap.add_argument("--data", required=True, nargs="+",
                    help="jsonl file(s) from training.gen_data (train split only is used)")
    ap.add_argument("--out", required=True, help="run directory (checkpoint, log, adapter)")
    ap.add_argument("--n-mask", type=int, default=4)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--alpha", type=float, default=32.0)
    ap.add_argument("--targets", default=",".join(TARGETS))
    ap.add_argument("--sampler", choices=["mlp2", "resmlp"], default="mlp2",
                    help="mlp2: W·MLP([E(y); z]) (format v1); resmlp: W·(z + MLP([E(y); z])), last layer 0 "
                         "at init (format v2)")
    ap.add_argument("--lora-layers", type=int, default=0,
                    help="train LoRA on the top L blocks only, with the mask embedding and lower blocks fixed; "
                         "their mask states are cached (0 = all blocks)")
    ap.add_argument("--init-adapter", default="",
                    help="start a new run from this adapter file (mask embedding, LoRA, and the sampler "
                         "if it has the same type); ignored when resuming a checkpoint")
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--seqs", type=int, default=4, help="sequences per step (global, over all ranks)")
    ap.add_argument("--blocks", type=int, default=32, help="mask blocks per sequence")
    ap.add_argument("--block-pool", type=int, default=0,
                    help="draw each sequence's blocks from a fixed subset of this many positions (0 = all); "
                         "with --lora-layers only the pool's mask states are computed and cached")
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--schedule", choices=["cosine", "flat"], default="cosine")
    ap.add_argument("--clip", type=float, default=1.0)
    ap.add_argument("--wd", type=float, default=0.0)
    ap.add_argument("--w-ce", type=float, default=1.0, help="hard CE of the mask rows' logits")
    ap.add_argument("--w-sampler", type=float, default=1.0, help="hard CE of the sampler head")
    ap.add_argument("--w-lc", type=float, default=0.1, help="latent consistency (MSE to the base hidden)")
    ap.add_argument("--w-kl", type=float, default=0.0,
                    help="KL(base || mask logits) to the base model's full next-token distribution")
    ap.add_argument("--w-skl", type=float, default=0.0, help="KL(base || sampler head)")
    ap.add_argument("--domain", default="",
                    help="a gated domain adapter on every row, frozen: train drafts for the adapted model "
                         "(distil the data with training.gen_data --domain too)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--ckpt-every", type=int, default=25)
    ap.add_argument("--max-minutes", type=float, default=0, help="stop (and checkpoint) after this long")
    ap.add_argument("--max-cpu-minutes", type=float, default=0,
                    help="stop (and checkpoint) once the run (all segments, all ranks) has used this much "
                         "process CPU time; the cosine schedule then decays over this budget instead of --steps")
    ap.add_argument("--heldout", nargs="*", default=[],
                    help="training.decode records: every --heldout-every steps and at the end, score the adapter "
                         "on their prompts with training.accept into OUT/accept-sSTEP.json (its CPU time is not "
                         "counted in cpu_s or the budget)")
    ap.add_argument("--heldout-every", type=int, default=100)
    ap.add_argument("--heldout-keys", default="1,2,4,4@3")
    ap.add_argument("--heldout-limit", type=int, default=0, help="only the first N prompts of the records")
    ap.add_argument("--no-progress", action="store_true")
    ap.add_argument("--cache-tokens", type=int, default=60000,
                    help="keep the no-grad states of up to this many sequence tokens in memory "
                         "(~47 KB each with all blocks trained; with --lora-layers L, ~(1.5 L + 2.3) KB, plus "
                         "2.3 KB per mask row of each sequence's block pool)")
    ap.add_argument("--export", default="", help="export the adapter here at the end (.safetensors)")
    ap.add_argument("--export-dtype", default="f16", choices=["f16", "f32"])
    return ap


def _dist_setup(args):
    """torchrun sets WORLD_SIZE/RANK/LOCAL_RANK; gloo on CPU, NCCL on CUDA."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world == 1:
        return 1, 0, torch.device(args.device)
    import torch.distributed as dist

    dev = torch.device(args.device)
    if dev.type == "cuda":
        dev = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
        torch.cuda.set_device(dev)
    dist.init_process_group("nccl" if dev.type == "cuda" else "gloo")
    if args.seqs % world:
        raise SystemExit(f"--seqs {args.seqs} must be a multiple of the {world} ranks")
    return world, dist.get_rank(), dev


def _all_sum(t, world):
    if world > 1:
        import torch.distributed as dist

        dist.all_reduce(t)
    return t


def init_from_file(adapter, model, path):
    from .export import load_adapter

    src = load_adapter(path, model, attach=False)
    for key in ("n_mask", "rank", "alpha", "targets"):
        if getattr(src, key) != getattr(adapter, key):
            raise SystemExit(f"--init-adapter {path}: {key} {getattr(src, key)} != {getattr(adapter, key)}")
    same = src.sampler.config["type"] == adapter.sampler.config["type"]
    adapter.load_file_tensors({k: v.to(adapter.mask_embd.device) for k, v in src.file_tensors().items()},
                              sampler=same)
    return same


def main(argv=None, model=None):
    args = build_parser().parse_args(argv)
    torch.set_num_threads(args.threads)
    world, rank, dev = _dist_setup(args)
    lead = rank == 0
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    os.makedirs(args.out, exist_ok=True)
    ckpt_path = os.path.join(args.out, "ckpt.pt")
    log_path = os.path.join(args.out, "log.jsonl")

    if model is None:
        model = Llama.from_gguf(args.gguf)
    model.to(dev)
    if args.domain:
        attach(model, args.domain)
    adapter = MTPAdapter(model.cfg, n_mask=args.n_mask, rank=args.rank, alpha=args.alpha,
                         targets=args.targets.split(","), init_embd=model.tok_embd.detach().cpu(),
                         seed=args.seed, sampler=args.sampler, lora_layers=args.lora_layers).to(dev)
    files = {path: load_data(path, "train") for path in dict.fromkeys(args.data)}
    rows = [r for path in args.data for r in files[path]]
    if not rows:
        raise SystemExit(f"no train rows in {args.data}")
    check_distilled(model, files, dev)
    params = [p for p in adapter.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=args.wd, betas=(0.9, 0.99))
    gen = torch.Generator().manual_seed(args.seed)
    order_rng = random.Random(args.seed)
    step = 0
    cpu_prev = 0.0
    order, cursor = [], 0
    if os.path.exists(ckpt_path):
        # On the CPU: the generator's state must stay a CPU ByteTensor (it broke the first resume on
        # CUDA); the adapter and AdamW's state move to the parameters' device as they load.
        ck = torch.load(ckpt_path, map_location="cpu", weights_only=False)
        adapter.load_state_dict(ck["adapter"])
        opt.load_state_dict(ck["opt"])
        step = ck["step"]
        cpu_prev = ck.get("cpu_s", 0.0)
        gen.set_state(ck["rng"]["gen"])
        order_rng.setstate(ck["rng"]["order"])
        order, cursor = ck["rng"]["order_list"], ck["rng"]["cursor"]
        if ck["rng"].get("n_rows", len(order)) != len(rows):
            # the data grew (or shrank) since the checkpoint: start a fresh epoch over all of it
            order, cursor = [], 0
        if lead:
            print(f"resumed from {ckpt_path} at step {step}", flush=True)
    elif args.init_adapter:
        same = init_from_file(adapter, model, args.init_adapter)
        if lead:
            print(f"initialised from {args.init_adapter}" + ("" if same else " (fresh sampler head)"), flush=True)
    adapter.attach(model)
    autocast = torch.autocast("cuda", dtype=torch.bfloat16) if dev.type == "cuda" else None
    heads = tuple(h for h, w in (("ce", args.w_ce), ("sampler", args.w_sampler), ("kl", args.w_kl),
                                 ("skl", args.w_skl)) if w)
    weights = {"ce": args.w_ce, "sampler": args.w_sampler, "kl": args.w_kl, "skl": args.w_skl, "lc": args.w_lc}
    share = args.seqs // world

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
    cpu_start = time.process_time()
    pbar = None
    if lead and not args.no_progress:
        from tqdm import tqdm
        pbar = tqdm(total=args.steps, initial=step, dynamic_ncols=True)
    last = {}
    seq_cache = SeqCache(args.cache_tokens)
    logf = open(log_path, "a") if lead else None
    names = ["ce", "sampler", "kl", "skl", "lc"]
    cpu_total = cpu_prev
    eval_cpu = 0.0

    def score_heldout():
        """training.accept on the --heldout records; returns the CPU seconds it took."""
        from .accept import report

        cpu0 = time.process_time()
        with torch.no_grad():
            doc = report(model, adapter, args.heldout, args.heldout_keys.split(","), args.heldout_limit,
                         os.path.basename(args.out.rstrip("/")), step, cpu_total)
        with open(os.path.join(args.out, f"accept-s{step:05d}.json"), "w") as f:
            json.dump(doc, f)
        print(f"held-out at step {step}: " + ", ".join(
            f"k={key} {doc['summary'][key]['all']['tokens_per_step']:.3f}" for key in doc["ks"]), flush=True)
        return time.process_time() - cpu0

    if lead and args.heldout and step == 0:
        eval_cpu += score_heldout()  # the adapter the run starts from
    while step < args.steps:
        t0 = time.time()
        budget = args.max_cpu_minutes * 60
        progress = min(1.0, cpu_total / budget) if budget else None
        lr = lr_at(step, args.steps, args.lr, args.warmup, args.schedule, progress)
        for g in opt.param_groups:
            g["lr"] = lr
        # every rank draws the same global batch and keeps its own share of the sequences
        batch = make_batch(next_rows(), args.n_mask, args.blocks, gen, pool=args.block_pool)
        batch = batch_slice(batch, rank * share, (rank + 1) * share)
        sums, met = mtp_forward(model, adapter, batch, dev, autocast, seq_cache, heads)
        n = _all_sum(torch.tensor([float(met["n"])], device=dev), world).clamp(min=1)
        loss = sum(weights[key] * v for key, v in sums.items()) / n
        opt.zero_grad(set_to_none=True)
        loss.backward()
        if world > 1:
            grads = [p.grad if p.grad is not None else torch.zeros_like(p) for p in params]
            flat = _all_sum(torch.cat([g.reshape(-1) for g in grads]), world)
            off = 0
            for p, g in zip(params, grads):
                p.grad = flat[off: off + g.numel()].view_as(g)
                off += g.numel()
        gnorm = torch.nn.utils.clip_grad_norm_(params, args.clip)
        opt.step()
        step += 1
        k = args.n_mask
        stats = torch.cat([torch.stack([sums[key].detach() if key in sums else torch.zeros((), device=dev)
                                        for key in names]),
                           met["per_mask_n"], met.get("acc", torch.zeros(k, device=dev)),
                           met.get("sacc", torch.zeros(k, device=dev)),
                           torch.tensor([float(batch["lens"].sum()), time.process_time() - cpu_start - eval_cpu],
                                        device=dev)])
        stats = _all_sum(stats, world).tolist()
        cpu_total = cpu_prev + stats[-1]
        per_n = [max(1.0, c) for c in stats[5:5 + k]]
        dt = time.time() - t0
        last = {"step": step, "lr": lr, "gnorm": float(gnorm), "mask_rows": int(n.item()),
                "seq_tokens": int(stats[-2]), "sec": dt, "cpu_s": cpu_total, "time": time.time()}
        for j, key in enumerate(names):
            last[key] = stats[j] / n.item() if key in sums or key == "lc" else None
        last["loss"] = sum(weights[key] * last[key] for key in names if last[key] is not None)
        last["acc"] = [a / c for a, c in zip(stats[5 + k: 5 + 2 * k], per_n)] if "acc" in met else None
        last["sacc"] = [a / c for a, c in zip(stats[5 + 2 * k: 5 + 3 * k], per_n)] if "sacc" in met else None
        if lead:
            logf.write(json.dumps(last) + "\n")
            logf.flush()
        if pbar is not None:
            pbar.update(1)
            pbar.set_postfix(loss=f"{last['loss']:.3f}", cpu=f"{cpu_total:.0f}s")
        elif lead and (step % 10 == 0 or step == args.steps):
            print(json.dumps(last), flush=True)
        out_of_time = bool(args.max_minutes and (time.time() - t_start) > args.max_minutes * 60)
        out_of_time |= bool(budget and cpu_total >= budget)
        if lead and (step % args.ckpt_every == 0 or step == args.steps or out_of_time):
            save_ckpt(ckpt_path, adapter, opt, step, args,
                      {"gen": gen.get_state(), "order": order_rng.getstate(), "order_list": order,
                       "cursor": cursor, "n_rows": len(rows)}, last, cpu_total)
        if lead and args.heldout and (step % args.heldout_every == 0 or step == args.steps or out_of_time):
            eval_cpu += score_heldout()
        if out_of_time:
            if lead:
                print(f"stopping at step {step}: time budget reached ({cpu_total:.0f} CPU-s)", flush=True)
            break
    if logf is not None:
        logf.close()
    if pbar is not None:
        pbar.close()
    summary = {"steps": step, "cpu_s": cpu_total, "seqs_per_step": args.seqs, "blocks_per_seq": args.blocks,
               "lr": args.lr, "schedule": args.schedule, "warmup": args.warmup, "w_ce": args.w_ce,
               "w_sampler": args.w_sampler, "w_kl": args.w_kl, "w_skl": args.w_skl, "w_lc": args.w_lc,
               "sampler": args.sampler, "lora_layers": args.lora_layers, "block_pool": args.block_pool,
               "init_adapter": os.path.basename(args.init_adapter), "domain_adapter": os.path.basename(args.domain) or None,
               "seed": args.seed, "world": world,
               "train_sequences": len(rows),
               "train_tokens": int(sum(len(r["prompt_ids"]) + len(r["answer_ids"]) for r in rows)),
               "device": str(dev), "final": {k: last.get(k) for k in ("loss", "ce", "sampler", "kl", "skl", "lc",
                                                                       "acc", "sacc")},
               "data": [os.path.basename(p) for p in args.data]}
    if lead:
        with open(os.path.join(args.out, "summary.json"), "w") as f:
            json.dump(summary, f, indent=1)
        if args.export:
            from .export import export_adapter
            export_adapter(adapter.cpu(), args.export, gguf_path=args.gguf, training=summary,
                           dtype=args.export_dtype)
            print(f"exported {args.export}", flush=True)
    if world > 1:
        import torch.distributed as dist

        dist.destroy_process_group()
    return adapter, summary


if __name__ == "__main__":
    main()
