#!/usr/bin/env python3
"""Greedy output of the GPU engine against the fp32 golden (tests/fixtures/golden_generate.json):
per prompt, whether the continuation equals the golden's (to EOS or --max-tokens), whether the
first token equals llama.cpp's, and for each divergence its position and the golden's top-2 logit
gap there (a near-tie is fine, a bug is not).

usage: tools/check_golden.py [--max-tokens 64] [--offset N] [--limit N] [--extra "--mode mtp --adapter A --k K"]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--offset", type=int, default=0, help="skip the first N prompts")
    ap.add_argument("--limit", type=int, default=0, help="only N prompts")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/debug/gated-lora"))
    ap.add_argument("--model", default=os.path.join(ROOT, "models/SmolLM2-135M-Instruct.Q4_1.gguf"))
    ap.add_argument("--extra", default="", help="extra CLI arguments, e.g. '--mode mtp --adapter A --k 2'")
    a = ap.parse_args()
    golden = json.load(open(os.path.join(ROOT, "tests/fixtures/golden_generate.json")))["prompts"]
    golden = golden[a.offset:]
    if a.limit:
        golden = golden[: a.limit]
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
        with open(inp, "w") as f:
            for g in golden:
                f.write(json.dumps({"id": g["id"], "tokens": g["prompt_tokens"]}) + "\n")
        cmd = [a.bin, "generate", "--model", a.model, "--prompts", inp, "--out", out, "--max-tokens", str(a.max_tokens)] + a.extra.split()
        subprocess.run(cmd, check=True)
        got = {r["id"]: r for r in map(json.loads, open(out))}
    full = first_cpp = first_cpp_n = 0
    for g in golden:
        want = g["tokens"][: a.max_tokens]
        have = got[g["id"]]["tokens"]
        if have == want:
            full += 1
        else:
            i = next((i for i, (x, y) in enumerate(zip(have, want)) if x != y), min(len(have), len(want)))
            gap = g["top2_gap"][i] if i < len(g["top2_gap"]) else None
            print(f"{g['id']}: diverges at {i} (golden top-2 gap {gap}); got {have[i:i+3]} want {want[i:i+3]}")
        if g.get("llama_cpp_top5"):
            first_cpp_n += 1
            first_cpp += int(bool(have) and have[0] == g["llama_cpp_top5"][0][0])
    print(json.dumps({"prompts": len(golden), "max_tokens": a.max_tokens, "equal_to_fp32_golden": full,
                      "first_token_equal_to_llama_cpp": first_cpp, "with_llama_cpp": first_cpp_n}))


if __name__ == "__main__":
    sys.exit(main())
