#!/usr/bin/env bash
# Recipes from the default adapter at equal CPU budgets (BUDGET CPU-minutes, default 10), each then
# scored on all held-out prompts with training.accept (adapters/README.md, sessions 15 and 16).
# The table's rows started from k4-v step 396, the default until session 16 (commit 572d81a);
# run now, they start from the current default (since session 17 it has a residual head, so a run
# without --sampler resmlp starts a fresh mlp2 head on its LoRA).
# Re-running skips what is finished and resumes a stopped run; runs go to training/runs/rc-NAME.
set -u
cd "$(dirname "$0")/.."
BUDGET=${BUDGET:-10}
DATA="training/data/distill-varied-train.jsonl training/data/distill-varied-train.jsonl training/data/distill-varied-train.jsonl training/data/distill-train.jsonl"
COMMON="--init-adapter adapters/smollm2-135m-k4.safetensors --n-mask 4 --rank 16 --alpha 32 --seqs 4 --steps 2000 --cache-tokens 400000 --threads 1 --no-progress --max-cpu-minutes $BUDGET --ckpt-every 10"
# LoRA on the top L blocks with soft targets; L is the run's own flag
TOP="--blocks 32 --block-pool 32 --w-kl 1 --w-skl 1"
TOP8="$TOP --lora-layers 8"
run() {
  name=$1; shift
  out=training/runs/rc-$name
  mkdir -p "$out"
  [ -f "$out/summary.json" ] || nice -n 19 python -m training.train --data $DATA --out "$out" $COMMON "$@" >> "$out/out.log" 2>&1 || return 1
  for rec in heldout heldout-varied; do
    [ -f "$out/accept-$rec.json" ] || nice -n 19 python -m training.accept --adapter "$out/ckpt.pt" \
      --records adapters/smollm2-135m-k4.$rec.json --keys 1,2,4,4@3 --json "$out/accept-$rec.json" >> "$out/out.log" 2>&1
  done
}
run hard --blocks 16 --lr 5e-4 --warmup 5
run soft --blocks 16 --w-kl 1 --w-skl 1 --lr 5e-4 --warmup 5
run top8-soft $TOP8 --lr 5e-4 --warmup 5
run top8-soft-lr1e-4 $TOP8 --lr 1e-4 --warmup 20
# session 16: the residual head (fresh: it starts at the mask logits) and top 4
run top8-soft-resmlp $TOP8 --lr 5e-4 --warmup 5 --sampler resmlp
run top4-soft $TOP --lora-layers 4 --lr 5e-4 --warmup 5
