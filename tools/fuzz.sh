#!/usr/bin/env bash
# Coverage-guided fuzzing of one parser (src/fuzz.rs) with AFL++ through cargo-afl:
#   bash tools/fuzz.sh TARGET [SECONDS]      e.g. bash tools/fuzz.sh gguf 1800
# Installs afl++ (apt) and cargo-afl if missing, writes the seed corpora from the real files
# (tests/fuzz.rs write_seeds), builds the instrumented harness (fuzz/), runs afl-fuzz for SECONDS
# (default 600; a second run resumes the first) and prints executions and crashes. Crashes and hangs land in
# target/fuzz/out/TARGET/default/{crashes,hangs}; triage one with
#   FUZZ_TARGET=TARGET FUZZ_DIR=target/fuzz fuzz/target/debug/gated-lora-fuzz FILE
# (cargo build --manifest-path fuzz/Cargo.toml), fix it, and keep the file in
# tests/fixtures/fuzz/TARGET/ so the test command replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: tools/fuzz.sh TARGET [SECONDS]}
seconds=${2:-600}
command -v afl-fuzz >/dev/null || apt-get install -y afl++
cargo afl --version >/dev/null 2>&1 || cargo install cargo-afl
dir=$PWD/target/fuzz
GATED_LORA_FUZZ_SEEDS=$dir cargo test --quiet --test fuzz write_seeds -- --ignored >/dev/null
(cd fuzz && cargo afl build --release --features afl --quiet)
out=$dir/out/$target
mkdir -p "$out"
# -m none: the harness caps its own allocations (src/fuzz.rs CappedAlloc) and aborts above them.
AFL_AUTORESUME=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 FUZZ_TARGET=$target FUZZ_DIR=$dir \
  timeout --signal=INT $((seconds + 30)) cargo afl fuzz -V "$seconds" -m none -t 2000 -i "$dir/seeds/$target" -o "$out" \
  fuzz/target/release/gated-lora-fuzz >"$out.log" 2>&1 || true
stats=$out/default/fuzzer_stats
[ -f "$stats" ] || { tail -n 30 "$out.log"; exit 1; }
grep -E '^(execs_done|run_time|execs_per_sec|corpus_count|saved_crashes|saved_hangs|edges_found|total_edges)' "$stats"
