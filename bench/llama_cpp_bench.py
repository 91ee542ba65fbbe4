#!/usr/bin/env python3
"""llama.cpp (CPU, via llama-cpp-python) on the same GGUF and prompt as `gated-lora bench`, so the
two can be reported side by side. Prints one JSON line. A developer tool: llama-cpp-python compiles
llama.cpp on install (~25 min on 2 cores), so it is not part of the test suite.

usage: bench/llama_cpp_bench.py --model M.gguf [--prompt TEXT] [--max-tokens N] [--threads 2]
"""
import argparse
import json
import time

from llama_cpp import Llama


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--prompt", default="Write a short story about a robot who learns to paint.")
    ap.add_argument("--max-tokens", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    # use_extra_bufts=False: these VMs advertise AMX but fault on it (TOOLCHAIN.md).
    llm = Llama(model_path=a.model, n_ctx=512, n_threads=a.threads, verbose=False, use_extra_bufts=False)
    prompt = llm.tokenizer().encode(
        "<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n"
        f"<|im_start|>user\n{a.prompt}<|im_end|>\n<|im_start|>assistant\n", add_bos=False, special=True)
    llm.reset()
    t0 = time.perf_counter()
    llm.eval(prompt)
    t1 = time.perf_counter()
    out = []
    for _ in range(a.max_tokens):
        tok = llm.sample(temp=0.0)
        out.append(tok)
        llm.eval([tok])
    t2 = time.perf_counter()
    print(json.dumps({
        "engine": "llama.cpp (llama-cpp-python, CPU)",
        "threads": a.threads,
        "prompt_tokens": len(prompt),
        "generated": len(out),
        "prefill_tok_s": len(prompt) / (t1 - t0),
        "decode_tok_s": len(out) / (t2 - t1),
    }))


if __name__ == "__main__":
    main()
