"""Accepted drafts per pass without decoding: one teacher-forced pass over the AR text.

Why it is exact: in quadratic decoding the masks after a real row see only the real prefix and
the earlier masks of their own group, never a draft (training/decode.py), and real rows keep the
base model's numbers. So the mask states that draft after the token at position q are the same
whichever step reaches q, and a draft is accepted exactly when it equals the AR token there. One
pass with k masks after every position of prompt + AR answer gives the mask states of every
position a decode can stop at; with the sampler fed the true previous token (equal to the
previous draft as long as drafts are accepted), the drafts accepted at a position are the
leading depths whose true token is the drafter's choice (chain) or among its top w (tree; the
node on the true path is the only one that can be accepted). Walking those counts from the
first pass reproduces a decode's passes, for chains and trees at every k <= n_mask, from one
forward of the base model and one mask pass per prompt instead of one pass per step per key.

It needs the AR text, so it reads decode records (``training.decode --json``), which hold each
prompt's tokens and greedy answer. The accepted lists equal the record's where the decoder's
float32 numbers choose the same tokens as this pass's (a near-tie may flip: ``--check`` counts
prompts whose lists differ).

    python -m training.accept --adapter adapters/smollm2-135m-k4.safetensors \\
        --records adapters/smollm2-135m-k4.heldout.json adapters/smollm2-135m-k4.heldout-varied.json \\
        --keys 1,2,4,1@3,2@3,4@3 --json /tmp/accept.json
"""
from __future__ import annotations

import argparse
import json
import os
import time

import torch

from .decode import parse_key, summarize
from .model import DEFAULT_GGUF, Llama
from .train import mask_pass


def _in_top_w(logits, token, w):
    """Whether ``token`` is among the w best of ``logits`` [n, V] per row, the lower index first
    on ties (decode.top_w, the runtime's choose.wgsl)."""
    lt = logits.gather(1, token[:, None])
    idx = torch.arange(logits.shape[1], device=logits.device)[None, :]
    rank = (logits > lt).sum(1) + ((logits == lt) & (idx < token[:, None])).sum(1)
    return rank < w


@torch.no_grad()
def depth_hits(model, adapter, prompt_ids, ar_tokens, keys):
    """For each key (decode.parse_key) a bool tensor [n_pos, k]: entry [m, j] says the depth-(j+1)
    draft made from the masks after the real row at position P-1+m is the AR token there, given
    that the shallower drafts were. Row m's drafts are for AR tokens m+1..m+k (AR token 0 is what
    the first pass chooses)."""
    seq = list(prompt_ids) + list(ar_tokens)
    P = len(prompt_ids)
    T = len(seq)
    n_pos = len(ar_tokens) - 1  # rows P-1 .. P+len(ar)-3 draft tokens that exist in the AR text
    kmax = max(parse_key(key)[0] for key in keys)
    if n_pos <= 0:  # the first pass ended the answer: no pass drafts
        return {key: torch.zeros(0, parse_key(key)[0], dtype=torch.bool) for key in keys}
    dev = adapter.mask_embd.device
    tokens = torch.tensor([seq], device=dev)
    _, kv = model.forward_causal(tokens, need_kv=True)
    q = torch.arange(P - 1, P - 1 + n_pos, device=dev)[None]
    x = adapter.mask_embd[:kmax].repeat(n_pos, 1)[None]
    z = mask_pass(model, x, q, kmax, kv, T)[0].view(n_pos, kmax, -1)
    truth = torch.full((n_pos, kmax + 1), -1, dtype=torch.long, device=dev)  # [m, j]: AR token m + j
    for j in range(kmax + 1):
        n = max(0, min(n_pos, len(ar_tokens) - j))
        truth[:n, j] = torch.tensor(ar_tokens[j:j + n], dtype=torch.long, device=dev)
    out = {}
    cache = {}
    for key in keys:
        k, widths, use_sampler = parse_key(key)
        hit = torch.zeros(n_pos, k, dtype=torch.bool, device=dev)
        for j in range(k):
            w = widths[j] if j < len(widths) else 1
            want = truth[:, j + 1]
            known = want >= 0
            if (use_sampler, j) not in cache:
                prev = truth[:, j].clamp(min=0)
                lg = (adapter.sampler_logits(model, prev, z[:, j]) if use_sampler else model.logits(z[:, j]))
                cache[(use_sampler, j)] = lg.float()
            hit[:, j] = known & _in_top_w(cache[(use_sampler, j)], want.clamp(min=0), w)
        out[key] = hit.cpu()
    return out


def walk(hits, n_tokens, first_pass_drafts=True):
    """The accepted-draft count of every counted pass of a decode of ``n_tokens`` AR tokens, from
    ``depth_hits``: out holds n tokens (the last is the pending x0), the drafts come from the
    masks after the row before x0, a pass appends the accepted drafts and its bonus token. With
    ``first_pass_drafts`` false, the older decoder's start: the first counted pass had no drafts."""
    accepted = []
    n = 1
    while n < n_tokens:
        if not first_pass_drafts and not accepted:
            a = 0
        else:
            row = hits[n - 1]
            a = 0
            while a < len(row) and row[a]:
                a += 1
        accepted.append(a)
        n += a + 1
    return accepted


def score(model, adapter, prompts, keys, first_pass_drafts=True):
    """Per-prompt results in decode.evaluate's shape (``match`` is always true: the tokens are
    the AR tokens by construction)."""
    results = []
    for r in prompts:
        hits = depth_hits(model, adapter, r["prompt_ids"], r["ar_tokens"], keys)
        res = {"id": r["id"], "domain": r["domain"], "prompt_ids": r["prompt_ids"], "ar_tokens": r["ar_tokens"],
               "k": {}}
        for key in keys:
            acc = walk(hits[key], len(r["ar_tokens"]), first_pass_drafts)
            res["k"][key] = {"match": True, "passes": len(acc), "accepted": acc,
                             "tokens_per_step": (len(r["ar_tokens"]) - 1) / max(1, len(acc))}
        results.append(res)
    return results


def load_records(paths):
    """The prompts (id, domain, prompt_ids, ar_tokens) of decode records, each id once, and
    whether every record used the runtime's start (first_pass_drafts)."""
    seen, prompts, starts = set(), [], set()
    for p in paths:
        doc = json.load(open(p))
        if doc.get("domain_adapter"):
            raise SystemExit(f"{p}: decoded with a domain adapter; its AR text is not the base model's")
        starts.add(bool(doc.get("first_pass_drafts")))
        for r in doc["prompts"]:
            if r["id"] in seen:
                continue
            seen.add(r["id"])
            prompts.append({key: r[key] for key in ("id", "domain", "prompt_ids", "ar_tokens")})
    return prompts, starts


def load(model, path):
    """An adapter file, or a training checkpoint (``ckpt.pt``: the run's arguments and weights),
    attached to ``model``."""
    from .export import load_adapter
    from .mtp import MTPAdapter

    if not path.endswith(".pt"):
        return load_adapter(path, model)
    ck = torch.load(path, map_location="cpu", weights_only=False)
    a = ck["args"]
    ad = MTPAdapter(model.cfg, n_mask=a["n_mask"], rank=a["rank"], alpha=a["alpha"], targets=a["targets"].split(","),
                    sampler=a.get("sampler", "mlp2"), lora_layers=a.get("lora_layers", 0))
    ad.load_state_dict(ck["adapter"])
    ad.requires_grad_(False)
    ad.training_step = ck["step"]
    ad.training_cpu_s = ck.get("cpu_s")
    ad.attach(model)
    return ad


def check(results, paths):
    """Compare accepted lists with the records' for the keys both have: (compared, differing
    id@key). Equal means the same passes accepting the same drafts, but for the last pass."""
    ours = {r["id"]: r for r in results}
    compared, differ = 0, []
    for p in paths:
        for r in json.load(open(p))["prompts"]:
            mine = ours.get(r["id"])
            for key, v in r["k"].items():
                if mine is None or key not in mine["k"]:
                    continue
                compared += 1
                theirs, ours_ = v["accepted"], mine["k"][key]["accepted"]
                # the last pass may accept drafts past the AR text's end, which this cannot judge
                same = len(theirs) == len(ours_) and theirs[:-1] == ours_[:-1] and (not theirs or ours_[-1] <= theirs[-1])
                if not same:
                    differ.append(f"{r['id']}@{key}")
    return compared, differ


def report(model, adapter, paths, keys, limit=0, name="", step=None, train_cpu_s=None):
    """Score ``adapter`` on the prompts of the decode records ``paths``: the JSON document that
    ``--json`` writes (per-domain summary per key and the per-prompt accepted lists)."""
    prompts, starts = load_records(paths)
    if limit:
        prompts = prompts[:limit]
    if len(starts) != 1:
        raise SystemExit("the records were made by decoders that start differently (first_pass_drafts)")
    start = starts.pop()
    t0, cpu0 = time.time(), time.process_time()
    results = score(model, adapter, prompts, keys, first_pass_drafts=start)
    return {"adapter": name, "step": step, "train_cpu_s": train_cpu_s,
            "records": [os.path.basename(p) for p in paths], "ks": keys, "first_pass_drafts": start,
            "seconds": time.time() - t0, "cpu_s": time.process_time() - cpu0,
            "summary": summarize(results, keys), "prompts": results}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gguf", default=DEFAULT_GGUF)
    ap.add_argument("--adapter", required=True, help="an adapter file, or a training run's ckpt.pt")
    ap.add_argument("--records", nargs="+", required=True, help="training.decode --json records (the AR text)")
    ap.add_argument("--keys", default="1,2,4", help="decode keys: 4 (chain), 4m (mask logits), 4@3 (tree 3)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N prompts")
    ap.add_argument("--check", action="store_true",
                    help="compare the accepted lists with the records' (the records must be of this adapter)")
    ap.add_argument("--step", type=int, default=None,
                    help="the training step to file the figures under (a checkpoint knows its own; e.g. 0 for "
                         "the adapter a run started from, so that training.plot draws it)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--json", default="")
    a = ap.parse_args(argv)
    torch.set_num_threads(a.threads)
    keys = a.keys.split(",")
    model = Llama.from_gguf(a.gguf)
    adapter = load(model, a.adapter)
    step = a.step if a.step is not None else getattr(adapter, "training_step", None)
    doc = report(model, adapter, a.records, keys, a.limit, os.path.basename(a.adapter), step,
                 getattr(adapter, "training_cpu_s", None))
    for key in keys:
        line = ", ".join(f"{d} {v['tokens_per_step']:.3f}" for d, v in doc["summary"][key].items())
        print(f"k={key}: {line}")
    print(f"{len(doc['prompts'])} prompts in {doc['seconds']:.0f} s")
    if a.check:
        compared, differ = check(doc["prompts"], a.records)
        doc["check"] = {"compared": compared, "differ": differ}
        print(f"accepted lists equal to the records' in {compared - len(differ)} of {compared}: differ {differ}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(doc, f)


if __name__ == "__main__":
    main()
