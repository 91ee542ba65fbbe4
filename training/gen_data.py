"""Self-distillation data: the frozen base model's own greedy answers.

Prompts come from training/data/prompts.jsonl (``python -m training.prompts``) or any file
of the same schema (``--prompts``; rows may hold multi-turn ``messages`` instead of ``prompt``).
Answers are generated greedily with the ChatML template (default system prompt), by the base
model or, with ``--domain FILE``, by the base with that domain adapter on every row,
in batches with a KV cache, up to --max-new tokens or EOS. Output: one JSON line
per prompt {id, domain, split, prompt_ids, answer_ids} appended to --out, so an
interrupted run resumes where it stopped.

    python -m training.gen_data --split train --out training/runs/data/train.jsonl
"""
from __future__ import annotations

import argparse
import json
import os
import time

import torch

from . import prompts as P
from .domain import attach
from .model import DEFAULT_GGUF, ChatTokenizer, Llama


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--gguf", default=DEFAULT_GGUF)
    ap.add_argument("--prompts", default=P.DEFAULT_OUT)
    ap.add_argument("--split", default="train", choices=["train", "heldout", "all"])
    ap.add_argument("--out", required=True)
    ap.add_argument("--max-new", type=int, default=256)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--limit", type=int, default=0, help="only the first N prompts (after interleaving)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--domain", default="", help="a gated domain adapter on every row: distil the adapted model")
    a = ap.parse_args(argv)
    torch.set_num_threads(a.threads)

    rows = P.load(a.prompts, None if a.split == "all" else a.split)
    # interleave domains so that any prefix of the output is balanced
    by_dom = {}
    for r in rows:
        by_dom.setdefault(r["domain"], []).append(r)
    inter = []
    for j in range(max(len(v) for v in by_dom.values())):
        for d in by_dom:
            if j < len(by_dom.get(d, [])):
                inter.append(by_dom[d][j])
    if a.limit:
        inter = inter[: a.limit]
    done = set()
    if os.path.exists(a.out):
        with open(a.out) as f:
            done = {json.loads(l)["id"] for l in f if l.strip()}
    todo = [r for r in inter if r["id"] not in done]
    print(f"{len(inter)} prompts, {len(done)} already done, {len(todo)} to go", flush=True)
    if not todo:
        return
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    model = Llama.from_gguf(a.gguf)
    if a.domain:
        attach(model, a.domain)
    tok = ChatTokenizer(a.gguf)
    t0 = time.time()
    n_tok = 0
    for s in range(0, len(todo), a.batch):
        chunk = todo[s: s + a.batch]
        ids = [tok.encode_row(r) for r in chunk]
        outs = model.generate_batch(ids, a.max_new)
        with open(a.out, "a") as f:
            for r, p, o in zip(chunk, ids, outs):
                f.write(json.dumps({"id": r["id"], "domain": r["domain"], "split": r["split"],
                                    "prompt_ids": p, "answer_ids": o}) + "\n")
        n_tok += sum(len(o) for o in outs)
        dt = time.time() - t0
        print(f"{s + len(chunk)}/{len(todo)} prompts, {n_tok} tokens, {n_tok / dt:.1f} tok/s, "
              f"{dt:.0f}s", flush=True)


if __name__ == "__main__":
    main()
