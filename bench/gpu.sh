#!/usr/bin/env bash
# The real-GPU measurement in one command: build, check that every mode gives the AR tokens on the
# real model, profile single passes (ms by rows, dispatch cost, counters), and run the modes side
# by side — all into one JSON file. Made for the day a GPU is at hand; it runs end to end on
# lavapipe too (slowly: that is its dry run).
# usage: bench/gpu.sh [OUT.json] [MAX_TOKENS] [N_PROMPTS]
#
# Without network (the lent GPU machine has none), the model can arrive in parts below one
# transfer's size limit: `split -b 40M models/SmolLM2-135M-Instruct.Q4_1.gguf models/parts/q4_1.`
# here, carry models/parts over two calls; this script joins them and checks the sha256. Without
# cargo there, carry release builds as bench/bin/gated-lora and bench/bin/pass_profile.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-bench/out/gpu-$(date -u +%Y%m%dT%H%M%SZ).json}
N=${2:-32}
PROMPTS=${3:-8}
MODEL=models/SmolLM2-135M-Instruct.Q4_1.gguf
ADAPTER=$(ls adapters/*.safetensors | head -n 1)
export WGPU_BACKEND=${WGPU_BACKEND:-vulkan} XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
if [ ! -f "$MODEL" ] && ls models/parts/* >/dev/null 2>&1; then
  cat models/parts/* > "$MODEL"
fi
bash tools/fetch_model.sh
if command -v cargo >/dev/null; then
  cargo build --release --quiet --bin gated-lora --example pass_profile
  BIN=target/release/gated-lora PROFILE=target/release/examples/pass_profile
else
  BIN=bench/bin/gated-lora PROFILE=bench/bin/pass_profile
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t0=$SECONDS

# 1. Lossless: the first N_PROMPTS unseen prompts, greedy and one seed, every mode against AR.
python3 - "$PROMPTS" > "$work/prompts.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open("training/data/heldout-varied.jsonl")][: int(sys.argv[1])]
for l in lines:
    print(json.dumps({"id": l["id"], "prompt": l["prompt"], "chat": True}))
PY
modes=("ar" "mtp --k 1" "mtp --k 2" "mtp --k 4" "mtp --k 4 --tree 3" "mtp --k 3 --tree 2x2" "ngram --k 3")
for sampling in "greedy:--temperature 0" "seed1:--temperature 0.7 --seed 1"; do
  for mode in "${modes[@]}"; do
    name="${sampling%%:*}-${mode// /}"
    # shellcheck disable=SC2086
    "$BIN" generate --model "$MODEL" --adapter "$ADAPTER" --prompts "$work/prompts.jsonl" --out "$work/$name.jsonl" \
      --max-tokens "$N" --context 512 --mode $mode ${sampling#*:} 2>/dev/null
  done
done

# 2. Single passes: ms by rows, one dispatch's cost, counters.
"$PROFILE" --json "$work/profile.json" "$MODEL" "$ADAPTER" >&2

# 3. The modes side by side on one prompt.
for mode in "${modes[@]}" "auto"; do
  # shellcheck disable=SC2086
  "$BIN" bench --model "$MODEL" --adapter "$ADAPTER" --prompt "List the first ten prime numbers, separated by commas." \
    --max-tokens "$N" --context 512 --mode $mode >> "$work/bench.jsonl"
done

mkdir -p "$(dirname "$OUT")"
python3 - "$work" "$OUT" "$((SECONDS - t0))" <<'PY'
import glob, json, os, sys
work, out, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3])
def tokens(path):
    return {(l := json.loads(line))["id"]: l["tokens"] for line in open(path)}
lossless = {}
for sampling in ("greedy", "seed1"):
    ar = tokens(f"{work}/{sampling}-ar.jsonl")
    for path in sorted(glob.glob(f"{work}/{sampling}-*.jsonl")):
        mode = os.path.basename(path)[len(sampling) + 1 : -6]
        got = tokens(path)
        lossless[f"{sampling} {mode}"] = {"prompts": len(ar), "equal_to_ar": sum(got.get(i) == t for i, t in ar.items())}
bench = [json.loads(l) for l in open(f"{work}/bench.jsonl")]
ar = next(b for b in bench if b["mode"] == "ar")
for b in bench:
    b["speedup_vs_ar"] = b["decode_tok_s"] / ar["decode_tok_s"]
result = {
    "device": ar["device"],
    "seconds": seconds,
    "lossless": lossless,
    "all_lossless": all(v["equal_to_ar"] == v["prompts"] for v in lossless.values()),
    "profile": json.load(open(f"{work}/profile.json")),
    "ar_tok_s": ar["decode_tok_s"],
    "modes": bench,
}
json.dump(result, open(out, "w"), indent=1)
print(json.dumps({k: result[k] for k in ("device", "seconds", "all_lossless", "ar_tok_s")}))
print("modes:", ", ".join(f'{b["mode"]} k={b["k"]}: {b["tokens_per_step"]:.2f} tok/step {b["decode_tok_s"]:.2f} tok/s ({b["speedup_vs_ar"]:.2f}x)' for b in bench))
print("written:", out)
if not result["all_lossless"]:
    sys.exit("a mode differed from AR: " + json.dumps(lossless))
PY
