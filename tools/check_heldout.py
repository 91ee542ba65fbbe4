#!/usr/bin/env python3
"""Cross-check the runtime's MTP decoding against the Python reference decoder (training/decode.py).

A held-out record written by training/decode.py (default: the adapter's `.heldout-check.json`)
holds, per prompt, the AR tokens and the drafts accepted at every pass for each k. The runtime
must produce the same tokens and accept the same drafts at the same passes. Both start with the
pass [last prompt token, m1..mk], which chooses x0 and drafts what follows; the Python decoder
does not count it, so

    runtime accepted per step == [1] + [a + 1 for a in python accepted per pass].

Records made before the Python decoder drafted in that first pass (no "first_pass_drafts") are
refused: the runtime would accept drafts one pass earlier wherever those first drafts are right.

With --max-tokens N below the record's length only the first N tokens are generated: the steps
before the last must match, and the last (cut short by N) may accept no more than Python's.
A key k@T (e.g. 4@3, as training/decode.py --tree writes it) runs draft tree T at k.

Usage: python3 tools/check_heldout.py [--k 1,2,4@3] [--limit N] [--max-tokens N] [--adapter A --heldout H]
Prints one JSON summary line; exits 1 on any difference. The test command runs it on 2 prompts.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def tree_rows(k, tree):
    """Rows of one pass over draft tree ``tree`` ("8x2": widths per depth, 1 past them) at k:
    x0 and every node, each with its k masks."""
    widths = [int(w) for w in tree.split("x")] + [1] * k
    nodes, level = 0, 1
    for w in widths[:k]:
        level *= w
        nodes += level
    return (nodes + 1) * (k + 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--adapter", default=os.path.join(ROOT, "adapters/smollm2-135m-k4.safetensors"))
    ap.add_argument("--heldout", default=None, help="default: the adapter path with .heldout-check.json")
    ap.add_argument("--model", default=os.path.join(ROOT, "models/SmolLM2-135M-Instruct.Q4_1.gguf"))
    ap.add_argument("--k", default="1")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--max-tokens", type=int, default=None, help="default: the record's max_new")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/debug/gated-lora"))
    args = ap.parse_args()
    heldout_path = args.heldout or args.adapter.replace(".safetensors", ".heldout-check.json")
    held = json.load(open(heldout_path))
    if not held.get("first_pass_drafts"):
        sys.exit(f"{heldout_path}: made by a Python decoder whose first pass did not draft; "
                 "make the record again with training/decode.py")
    prompts = held["prompts"][: args.limit]
    max_new = min(held["max_new"], args.max_tokens or held["max_new"])

    summary = {"prompts": len(prompts), "max_tokens": max_new, "by_k": {}}
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "in.jsonl")
        with open(inp, "w") as f:
            for p in prompts:
                f.write(json.dumps({"id": p["id"], "tokens": p["prompt_ids"]}) + "\n")
        for k in args.k.split(","):
            out = os.path.join(tmp, f"out{k}.jsonl")
            depth, _, tree = k.partition("@")
            cmd = [args.binary, "generate", "--model", args.model, "--prompts", inp, "--out", out,
                   "--max-tokens", str(max_new), "--mode", "mtp", "--adapter", args.adapter, "--k", depth]
            if tree:
                # the engine's default (81) unless the tree's passes need more
                cmd += ["--tree", tree, "--max-rows", str(max(81, tree_rows(int(depth), tree)))]
            subprocess.run(cmd, check=True, env={**os.environ, "WGPU_BACKEND": os.environ.get("WGPU_BACKEND", "vulkan")})
            got = {r["id"]: r for r in map(json.loads, open(out))}
            same_tokens = same_accepts = 0
            diffs = []
            for p in prompts:
                py = p["k"][k]
                r = got[p["id"]]
                want_acc = [1] + [a + 1 for a in py["accepted"]]
                t_ok = r["tokens"] == p["ar_tokens"][:max_new]
                got_acc = r["accepted"]
                # The last step may be cut short by max_new; every step before it must be equal.
                n = len(got_acc)
                a_ok = 0 < n <= len(want_acc) and got_acc[:-1] == want_acc[: n - 1] and got_acc[-1] <= want_acc[n - 1]
                same_tokens += t_ok
                same_accepts += a_ok
                if not (t_ok and a_ok):
                    first = next((i for i, (x, y) in enumerate(zip(r["accepted"], want_acc)) if x != y), None)
                    diffs.append({"id": p["id"], "tokens_equal": t_ok, "first_step_differing": first})
            ok &= not diffs
            steps = sum(len(got[p["id"]]["accepted"]) - 1 for p in prompts)
            tokens = sum(len(got[p["id"]]["tokens"]) - 1 for p in prompts)
            summary["by_k"][k] = {"tokens_equal_to_python_ar": same_tokens, "accepted_equal_to_python": same_accepts,
                                  "runtime_tokens_per_step": round(tokens / max(steps, 1), 3), "differences": diffs}
    print(json.dumps(summary))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
