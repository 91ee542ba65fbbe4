"""Python reference decoder: greedy autoregressive and quadratic MTP decoding
(docs/DESIGN.md section 3) on the fp32 PyTorch model with a gated-LoRA MTP adapter.

MTP step after prefill (cache holds positions < p, pending verified token x0 at p,
drafts d1..dk): input rows [x0, m1..mk, d1, m1..mk, ..., dk, m1..mk]; group g, slot r
has position p+g+r; real rows get no LoRA, mask rows do. Real row g sees the cache
and real rows g' <= g; mask (g, r) sees the cache, real rows g' <= g and masks
(g, r' <= r). Accept d(i+1) while the token chosen at real row i equals it; with a
accepted, the bonus token is the choice at real row a; the next drafts come from
the masks of group a through the sampler head (y_0 = bonus). The K/V of real rows
0..a are kept (moved to slots p..p+a), the rest dropped.

As in the runtime (src/decode/speculative.rs), the prefill holds the prompt but its last
token, and the first pass is [last prompt token, m1..mk]: it chooses x0, which AR's prefill
produces, and its masks draft the tokens after x0, so the next pass already verifies drafts.
That pass is not counted: tokens/step = (generated tokens - 1) / passes after it, so AR
scores exactly 1.0 and the runtime's accepted-per-step list is [1] + [a + 1 per pass here].
(Records without "first_pass_drafts" were made before: their first counted pass had no drafts.)

    python -m training.decode --adapter adapters/smollm2-135m-k4.safetensors \
        --split heldout --k 1,2,4 --max-new 128 --json adapters/heldout_tokens_per_step.json
"""
from __future__ import annotations

import argparse
import json
import math
import os
import time

import torch

from .domain import attach
from .model import DEFAULT_GGUF, ChatTokenizer, KVCache, Llama


def _prefill(model, prompt_ids, cap):
    """The cache after the prompt, and the token chosen at its last position (None if empty)."""
    cache = KVCache(model.cfg, 1, cap)
    P = len(prompt_ids)
    if P == 0:
        return cache, None
    toks = torch.tensor([prompt_ids])
    mask = torch.ones(P, P, dtype=torch.bool).tril()[None]
    h, _ = model.forward_rows(model.embed(toks), torch.arange(P)[None], mask, cache=cache)
    cache.t = P
    return cache, int(model.logits(h[0, -1]).argmax())


@torch.no_grad()
def ar_decode(model, prompt_ids, max_new):
    """Greedy autoregressive decoding, one row per pass, up to an end-of-generation token.
    Returns (tokens, passes)."""
    eog = model.cfg.eog
    cache, x = _prefill(model, prompt_ids, len(prompt_ids) + max_new + 1)
    out = [x]
    passes = 0
    while len(out) < max_new and out[-1] not in eog:
        t = cache.t
        h, _ = model.forward_rows(model.embed(torch.tensor([[x]])), torch.tensor([[t]]),
                                  torch.ones(1, 1, t + 1, dtype=torch.bool), cache=cache)
        cache.t = t + 1
        x = int(model.logits(h[0, 0]).argmax())
        out.append(x)
        passes += 1
    return out, passes


def tree_layout(k, parents):
    """Row layout of one MTP pass over a draft tree: real row i (x0 is 0, then the nodes with
    ``parents[i]`` their parent row, parents before children) at depth(i), each followed by its k
    masks. Real row i sees its ancestors and itself; mask (i, r) sees what row i sees, row i, and
    masks (i, r' <= r). Returns (offsets [n] = depth + r, is_mask [n], pass-attention [n, n] bool).
    A chain (parents = [None, 0, 1, ...]) is ``step_layout(k, len(parents))``."""
    G = len(parents)
    depth = [0] * G
    anc = [{0}]
    for i in range(1, G):
        depth[i] = depth[parents[i]] + 1
        anc.append(anc[parents[i]] | {i})
    n = G * (k + 1)
    g = torch.arange(G).repeat_interleave(k + 1)
    r = torch.arange(k + 1).repeat(G)
    is_mask = r > 0
    sees = torch.tensor([[j in anc[i] for j in range(G)] for i in range(G)])
    see_real = (~is_mask[None, :]) & sees[g[:, None], g[None, :]]
    see_mask = is_mask[None, :] & is_mask[:, None] & (g[None, :] == g[:, None]) & (r[None, :] <= r[:, None])
    return torch.tensor(depth)[g] + r, is_mask, see_real | see_mask


def step_layout(k, G):
    """Row layout of one MTP pass with G groups of (1 real + k masks) along a chain.
    Returns (offsets [n] = g + r, is_mask [n], pass-attention [n, n] bool)."""
    return tree_layout(k, [None] + list(range(G - 1)))


def parse_tree(spec):
    """``"3"``, ``"2x2"``: children per node at draft depths 1, 2, ...; ``"1"`` or "" is the chain."""
    return [int(w) for w in str(spec).split("x")] if spec else [1]


def top_w(logits, w):
    """The w largest logits' tokens, best first, the lower index first on ties (as the runtime's
    choose.wgsl)."""
    return torch.sort(logits, descending=True, stable=True).indices[:w].tolist()


def draft_tree(adapter, model, bonus, z, k, widths, use_sampler=True):
    """The sampler head's draft tree from the accepted row's mask states z [k, d]: at depth j every
    node of depth j-1 (the bonus token at depth 1) gets its top-w_j tokens as children (w = 1 past
    ``widths``). Returns [(token, parent row)] in depth-first row order (parent 0 is x0): the
    layout of the runtime's ``decode::tree::from_state``."""
    levels = []  # per depth: [(token, index of parent in the previous depth)]
    prev = [bonus]
    for j in range(k):
        w = widths[j] if j < len(widths) else 1
        if use_sampler:
            lg = adapter.sampler_logits(model, torch.tensor(prev), z[j:j + 1].expand(len(prev), -1))
        else:
            lg = model.logits(z[j]).expand(len(prev), -1)
        level = [(t, pi) for pi in range(len(prev)) for t in top_w(lg[pi], w)]
        levels.append(level)
        prev = [t for t, _ in level]
    nodes = []

    def visit(depth, index, row):
        if depth == len(levels):
            return
        for c, (t, pi) in enumerate(levels[depth]):
            if pi == index:
                nodes.append((t, row))
                visit(depth + 1, c, len(nodes))

    visit(0, 0, 0)
    return nodes


@torch.no_grad()
def mtp_decode(model, adapter, prompt_ids, max_new, k=None, use_sampler=True, oracle=None, tree=None):
    """Greedy quadratic MTP decoding, with a chain of drafts or a draft ``tree`` (widths per
    depth, e.g. [3] or [2, 2]). Returns (tokens, passes, accepted-per-pass list).
    ``oracle`` (tests only, chains): a token list that replaces the drafter, so drafts are
    oracle[len(out):len(out)+k] - exercises verification/acceptance independently of
    draft quality."""
    eog = model.cfg.eog
    k = adapter.n_mask if k is None else k
    widths = tree or [1]
    assert 1 <= k <= adapter.n_mask
    assert model.adapter is adapter
    nodes_max = sum(math.prod((widths + [1] * k)[:j + 1]) for j in range(k))
    cap = len(prompt_ids) + max_new + (nodes_max + 1) * (k + 1) + 2
    cache, _ = _prefill(model, prompt_ids[:-1], cap)
    x0 = prompt_ids[-1]
    out = []
    nodes = []  # draft tree: (token, parent row), depth-first
    accepts = []
    mask_e = adapter.mask_embd[:k]
    while not out or (len(out) < max_new and out[-1] not in eog):
        p = cache.t
        parents = [None] + [pr for _, pr in nodes]
        G = len(parents)
        off, is_mask, att = tree_layout(k, parents)
        n = len(off)
        real_tok = torch.tensor([x0] + [t for t, _ in nodes])
        x = torch.empty(n, model.cfg.d)
        x[~is_mask] = model.embed(real_tok)
        x[is_mask] = mask_e.repeat(G, 1).to(x.dtype)
        mask = torch.cat([torch.ones(n, p, dtype=torch.bool), att], dim=1)[None]
        h, _ = model.forward_rows(x[None], (p + off)[None], mask, gate=is_mask[None], cache=cache)
        h = h[0]
        real_idx = torch.arange(G) * (k + 1)
        chosen = model.logits(h[real_idx]).argmax(-1).tolist()
        # walk down from x0: the child whose token is the choice at the current node
        path, cur = [], 0
        while True:
            nxt = next((i for i in range(cur + 1, G) if parents[i] == cur and nodes[i - 1][0] == chosen[cur]), None)
            if nxt is None:
                break
            path.append(nxt)
            cur = nxt
        a = len(path)
        new = [nodes[i - 1][0] for i in path] + [chosen[cur]]
        # keep K/V of x0 and the accepted nodes, in position order at slots p..p+a
        cache.move(p, [p + i * (k + 1) for i in [0] + path])
        cache.t = p + a + 1
        if out:  # the first pass only chooses x0, as AR's prefill does
            accepts.append(a)
        stop = False
        for t in new:
            out.append(t)
            if t in eog or len(out) >= max_new:
                stop = True
                break
        if stop:
            break
        x0 = new[-1]
        z = h[cur * (k + 1) + 1: (cur + 1) * (k + 1)]  # masks of the last accepted row
        if oracle is not None:
            drafts = [int(t) for t in oracle[len(out):len(out) + k]]
            drafts += [0] * (k - len(drafts))
            nodes = [(t, i) for i, t in enumerate(drafts)]
            continue
        nodes = draft_tree(adapter, model, x0, z, k, widths, use_sampler)
    return out, len(accepts), accepts


def run_keys(ks, trees):
    """Result keys of the (k, tree) pairs a run decodes: "4" for the chain at k=4 (and "4m", the
    chain drafting from the mask rows' own logits), "4@3" for tree 3 at k=4."""
    return [str(k) if t in ("", "1") else f"{k}@{t}" for t in trees for k in ks if t in ("", "1") or not str(k).endswith("m")]


def parse_key(key, use_sampler=True):
    """(k, tree widths, use_sampler) of a result key."""
    k, _, t = str(key).partition("@")
    if k.endswith("m"):
        return int(k[:-1]), [1], False
    return int(k), parse_tree(t), use_sampler


def evaluate(model, adapter, tok, rows, keys, max_new, use_sampler=True, log=print, on_prompt=None, done=()):
    """Decode every row with AR and with MTP for each key of ``run_keys``; ``on_prompt(results)``
    runs after each prompt (used to keep a partial JSON record of a long run). ``done``: results
    of an earlier, stopped run with the same settings; their prompts are not decoded again."""
    results = list(done)
    finished = {r["id"] for r in results}
    t0 = time.time()
    for j, r in enumerate(rows):
        if r["id"] in finished:
            continue
        ids = tok.encode_row(r)
        ar, ar_passes = ar_decode(model, ids, max_new)
        res = {"id": r["id"], "domain": r["domain"], "prompt_ids": ids, "ar_tokens": ar, "k": {}}
        for key in keys:
            kk, widths, samp = parse_key(key, use_sampler)
            mt, passes, acc = mtp_decode(model, adapter, ids, max_new, k=kk, use_sampler=samp, tree=widths)
            res["k"][key] = {"match": mt == ar, "passes": passes, "accepted": acc,
                             "tokens_per_step": (len(mt) - 1) / max(1, passes)}
            if mt != ar:
                first = next((i for i, (u, v) in enumerate(zip(mt, ar)) if u != v), min(len(mt), len(ar)))
                res["k"][key]["first_mismatch"] = first
        results.append(res)
        log(f"[{j + 1}/{len(rows)}] {r['id']}: {len(ar)} tokens; " + ", ".join(
            f"k={key}: {res['k'][key]['tokens_per_step']:.2f} tok/step{'' if res['k'][key]['match'] else ' MISMATCH'}"
            for key in keys) + f"  ({time.time() - t0:.0f}s)")
        if on_prompt is not None:
            on_prompt(results)
    return results


def summarize(results, ks):
    summ = {}
    doms = sorted({r["domain"] for r in results})
    for k in ks:
        ks_ = str(k)
        per = {}
        for d in doms + ["all"]:
            sel = [r for r in results if d == "all" or r["domain"] == d]
            toks = sum(len(r["ar_tokens"]) - 1 for r in sel)
            passes = sum(r["k"][ks_]["passes"] for r in sel)
            per[d] = {"prompts": len(sel), "tokens_per_step": toks / max(1, passes),
                      "mean_of_prompts": sum(r["k"][ks_]["tokens_per_step"] for r in sel) / max(1, len(sel)),
                      "all_match": all(r["k"][ks_]["match"] for r in sel)}
        summ[ks_] = per
    return summ


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gguf", default=DEFAULT_GGUF)
    ap.add_argument("--adapter", help="the MTP adapter to decode with (not needed for --merge, --table)")
    ap.add_argument("--prompts", default=None, help="prompts.jsonl (default training/data/prompts.jsonl)")
    ap.add_argument("--split", default="heldout")
    ap.add_argument("--per-domain", type=int, default=0,
                    help="only the first N prompts of each domain (also filters --merge)")
    ap.add_argument("--domains", default="", help="comma-separated domains to evaluate (default all)")
    ap.add_argument("--merge", nargs="*", default=None,
                    help="merge result JSONs written by --json (e.g. parallel runs over --domains) into --json")
    ap.add_argument("--table", nargs="*", default=None,
                    help="print a markdown table of tokens/step per domain for every key of these records "
                         "(e.g. a chain record and a tree record of the same adapter and prompts)")
    ap.add_argument("--prompt", default=None, help="decode this one prompt instead")
    ap.add_argument("--k", default="", help="comma-separated k values; a suffix m (e.g. 4m) drafts from the "
                                            "mask rows' own logits instead of the sampler head")
    ap.add_argument("--tree", default="1", help="comma-separated draft trees, each decoded at every k: 1 (the "
                                                "chain), 3 (top 3 at depth 1), 2x2 (top 2 at depths 1 and 2)")
    ap.add_argument("--max-new", type=int, default=128)
    ap.add_argument("--no-sampler", action="store_true")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--domain", default="", help="a gated domain adapter on every row: decode the adapted model")
    ap.add_argument("--json", default="")
    ap.add_argument("--resume", action="store_true",
                    help="keep the prompts an earlier, stopped run with the same settings left in --json")
    a = ap.parse_args(argv)
    if a.merge:
        return merge(a.merge, a.json, a.per_domain)
    if a.table:
        return print(table(a.table))
    if not a.adapter:
        ap.error("--adapter is needed to decode")
    torch.set_num_threads(a.threads)
    from . import prompts as P
    from .export import load_adapter

    model = Llama.from_gguf(a.gguf)
    if a.domain:
        attach(model, a.domain)
    adapter = load_adapter(a.adapter, model)
    tok = ChatTokenizer(a.gguf)
    ks = run_keys(a.k.split(",") if a.k else [adapter.n_mask], a.tree.split(","))
    if a.prompt is not None:
        rows = [{"id": "cli", "domain": "cli", "prompt": a.prompt}]
    else:
        rows = P.load(a.prompts or P.DEFAULT_OUT, a.split)
        if a.domains:
            rows = [r for r in rows if r["domain"] in a.domains.split(",")]
        if a.per_domain:
            rows = first_per_domain(rows, a.per_domain)
    t0 = time.time()

    def write(results, complete):
        """The JSON record; rewritten after every prompt (``complete`` false) so that a run
        stopped early still leaves the prompts it finished."""
        doc = {"adapter": os.path.basename(a.adapter), "base_model": adapter_meta_fp(a.adapter),
               "domain_adapter": os.path.basename(a.domain) or None,
               "max_new": a.max_new, "sampler": not a.no_sampler, "split": a.split, "ks": ks,
               "definition": "tokens_per_step = (generated tokens - 1) / MTP passes after prefill; "
                             "per-domain figure is the ratio of sums; 'accepted' lists drafts accepted per pass",
               "first_pass_drafts": True,
               "seconds": time.time() - t0, "complete": complete, "prompts_planned": len(rows),
               "all_match": all(r["k"][str(k)]["match"] for r in results for k in ks),
               "summary": summarize(results, ks), "prompts": results}
        tmp = a.json + ".tmp"
        with open(tmp, "w") as f:
            json.dump(doc, f)
        os.replace(tmp, a.json)

    done, spent = [], 0.0
    if a.resume and a.json and os.path.exists(a.json):
        old = json.load(open(a.json))
        same = {key: old.get(key) for key in ("adapter", "domain_adapter", "max_new", "sampler", "split", "first_pass_drafts")} == {
            "adapter": os.path.basename(a.adapter), "domain_adapter": os.path.basename(a.domain) or None,
            "max_new": a.max_new, "sampler": not a.no_sampler, "split": a.split, "first_pass_drafts": True}
        if not same or [str(k) for k in old.get("ks", [])] != [str(k) for k in ks]:
            raise SystemExit(f"--resume: {a.json} was written with other settings")
        wanted = {r["id"] for r in rows}
        done, spent = [r for r in old["prompts"] if r["id"] in wanted], old.get("seconds") or 0.0
        print(f"resuming: {len(done)} of {len(rows)} prompts already decoded")
    t0 -= spent
    results = evaluate(model, adapter, tok, rows, ks, a.max_new, use_sampler=not a.no_sampler, done=done,
                       on_prompt=(lambda res: write(res, False)) if a.json else None)
    summ = summarize(results, ks)
    all_match = all(r["k"][str(k)]["match"] for r in results for k in ks)
    print(json.dumps(summ, indent=1))
    print(f"MTP == AR on all {len(results)} prompts for k={ks}: {all_match}")
    if a.prompt is not None:
        print(tok.decode(results[0]["ar_tokens"]))
    if a.json:
        write(results, True)
    if not all_match:
        raise SystemExit("MTP output differs from AR output")


def first_per_domain(rows, n):
    cnt = {}
    keep = []
    for r in rows:
        cnt[r["domain"]] = cnt.get(r["domain"], 0) + 1
        if cnt[r["domain"]] <= n:
            keep.append(r)
    return keep


def merge(paths, out, per_domain=0):
    """Merge result JSONs; with ``per_domain`` keep only the first N prompts of each domain (the
    prompts a --per-domain N run evaluates), to compare with such a run on the same prompts."""
    docs = [json.load(open(p)) for p in paths]
    base = dict(docs[0])
    for d in docs[1:]:
        for key in ("adapter", "base_model", "max_new", "sampler", "split", "ks", "first_pass_drafts"):
            assert d.get(key) == base.get(key), (key, d.get(key), base.get(key))
    base["prompts"] = [r for d in docs for r in d["prompts"]]
    if per_domain:
        base["prompts"] = first_per_domain(base["prompts"], per_domain)
        base["seconds"] = None  # not the cost of this subset
    else:
        base["seconds"] = sum(d["seconds"] for d in docs)
    base["all_match"] = all(r["k"][str(k)]["match"] for r in base["prompts"] for k in base["ks"])
    base["summary"] = summarize(base["prompts"], base["ks"])
    with open(out, "w") as f:
        json.dump(base, f)
    print(json.dumps(base["summary"], indent=1))
    print(f"MTP == AR on all {len(base['prompts'])} prompts for k={base['ks']}: {base['all_match']}")


def table(paths):
    """Markdown: tokens/step (ratio of sums) per domain and overall for every key of the records,
    in their order (a key already shown is skipped). The records must hold the same prompts with the
    same AR tokens, so that their columns compare the same text."""
    docs = [json.load(open(p)) for p in paths]
    ar = {r["id"]: r["ar_tokens"] for r in docs[0]["prompts"]}
    for p, d in zip(paths, docs):
        other = {r["id"]: r["ar_tokens"] for r in d["prompts"]}
        if other != ar:
            raise SystemExit(f"{p}: other prompts or AR tokens than {paths[0]}")
        if d.get("first_pass_drafts") != docs[0].get("first_pass_drafts"):
            raise SystemExit(f"{p} and {paths[0]} were made by decoders that start differently "
                             "(first_pass_drafts; see the module's doc)")
    cols = {}
    for d in docs:
        for k in d["ks"]:
            cols.setdefault(str(k), d)
    summ = {k: summarize(d["prompts"], [k])[k] for k, d in cols.items()}
    doms = [x for x in summ[next(iter(summ))] if x != "all"] + ["all"]
    name = lambda k: f"k={k}" if "@" not in k else "k={} tree `{}`".format(*k.split("@"))
    out = ["| domain | prompts | " + " | ".join(name(k) for k in cols) + " |", "|---" * (len(cols) + 2) + "|"]
    for x in doms:
        cells = [f"{summ[k][x]['tokens_per_step']:.3f}" for k in cols]
        out.append(f"| {'**all**' if x == 'all' else x} | {summ[next(iter(cols))][x]['prompts']} | " + " | ".join(cells) + " |")
    match = all(summ[k]["all"]["all_match"] for k in cols)
    out.append(f"\nMTP == AR on all {len(ar)} prompts for every key: {match}")
    return "\n".join(out)


def adapter_meta_fp(path):
    from .export import read_metadata

    return read_metadata(path).get("base_model")


if __name__ == "__main__":
    main()
