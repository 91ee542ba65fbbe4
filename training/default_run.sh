#!/usr/bin/env bash
# The default adapter's run: its recipe and its data mix in one place, so the next run (on two CPU
# cores or on a lent GPU) is one command, and rerunning it resumes from OUT/ckpt.pt.
#
#   OUT=training/runs/k4-m15 CPU_MINUTES=150 bash training/default_run.sh
#   OUT=/tmp/run DEVICE=cuda SEQS=32 WARMUP=20 THREADS=1 CACHE_TOKENS=4000000 CKPT_EVERY=100 \
#       CPU_MINUTES=8.5 WALL_MINUTES=9.2 bash training/default_run.sh
#
# CPU_MINUTES is the process CPU time the cosine schedule decays over (on a GPU, about the wall
# time: one Python thread feeds it); WALL_MINUTES stops it earlier if the machine is shared. On a
# GPU one process fits: the cache of 4,000,000 tokens' no-grad states fills 57 GB.
# The mix: the first eleven varied pools twice each, the twelfth to fourteenth three times, the
# fifteenth and sixteenth (summaries, multi-turn chats and general questions, where the session-34
# default's drafts accept least) and the seventeenth and eighteenth (session 38) five times each,
# so that each weighs about as much as the fourteenth, and the templated answers twice, with the
# extra templated ones (1,285 prompts the held-out set asks nothing of, session 37) and the fresh
# ones (1,350: the templates with new fillers, session 40) twice too (adapters/README.md,
# sessions 29-40).
set -eu
cd "$(dirname "$0")/.."
: "${OUT:?set OUT to the run folder}"
D=training/data
pool() { echo "$D/distill-varied${1:+-$1}-train.jsonl"; }
MIX=""
for p in "" more third fourth fifth sixth seventh eighth ninth tenth eleventh; do
  MIX="$MIX $(pool "$p") $(pool "$p")"
done
for p in twelfth thirteenth fourteenth; do
  MIX="$MIX $(pool $p) $(pool $p) $(pool $p)"
done
for _ in 1 2 3 4 5; do MIX="$MIX $(pool fifteenth) $(pool sixteenth) $(pool seventeenth) $(pool eighteenth)"; done
for _ in 1 2; do MIX="$MIX $D/distill-train.jsonl $D/distill-extra-train.jsonl $D/distill-fresh-train.jsonl"; done
# The mix and the default adapter are SmolLM2-135M's: another base (GGUF=…) needs DATA, its own
# answers, and INIT= (empty: a fresh adapter); training/README.md, "Another base model".
# shellcheck disable=SC2086
exec nice -n 19 python -m training.train --data ${DATA:-$MIX} --gguf "${GGUF:-models/SmolLM2-135M-Instruct.Q4_1.gguf}" \
  --init-adapter "${INIT-adapters/smollm2-135m-k4.safetensors}" --out "$OUT" --device "${DEVICE:-cpu}" \
  --n-mask 4 --rank 16 --alpha 32 --seqs "${SEQS:-4}" --blocks 32 --block-pool 32 --lora-layers 8 \
  --sampler resmlp --w-kl 1 --w-skl 1 --lr "${LR:-3e-4}" --warmup "${WARMUP:-5}" --steps 1000000 \
  --cache-tokens "${CACHE_TOKENS:-400000}" --threads "${THREADS:-2}" --no-progress \
  --max-cpu-minutes "${CPU_MINUTES:-150}" --max-minutes "${WALL_MINUTES:-0}" --ckpt-every "${CKPT_EVERY:-10}" \
  --export "$OUT/adapter.safetensors"
