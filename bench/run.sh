#!/usr/bin/env bash
# Side-by-side throughput on this machine, one JSON line per engine/mode, into bench/out/:
# the native engine (wgpu; lavapipe when there is no GPU) in AR, MTP (chains and draft trees) and
# n-gram modes on the same prompt, and llama.cpp on the CPU when llama-cpp-python is installed.
# usage: bench/run.sh [max_tokens] [adapter]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-24}
ADAPTER=${2:-$(ls adapters/*.safetensors | head -n 1)}
MODEL=models/SmolLM2-135M-Instruct.Q4_1.gguf
PROMPT="List the first ten prime numbers, separated by commas."
export WGPU_BACKEND=${WGPU_BACKEND:-vulkan} XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp}
mkdir -p bench/out
out=bench/out/$(date -u +%Y%m%dT%H%M%SZ).jsonl
# The dev profile is opt-level 2 (Cargo.toml); GPU time dominates, so no separate release build.
cargo build --quiet --bin gated-lora
for mode in "ar" "mtp --k 1" "mtp --k 2" "mtp --k 4" "mtp --k 2 --tree 3" "mtp --k 4 --tree 3" "mtp --k 3 --tree 2x2" "mtp-linear --k 2" "ngram --k 3" "auto"; do
  ./target/debug/gated-lora bench --model "$MODEL" --adapter "$ADAPTER" --prompt "$PROMPT" --max-tokens "$N" --context 512 --mode $mode | tee -a "$out"
done
if python3 -c "import llama_cpp" 2>/dev/null; then
  python3 bench/llama_cpp_bench.py --model "$MODEL" --prompt "$PROMPT" --max-tokens "$N" | tee -a "$out"
fi
echo "results: $out"
