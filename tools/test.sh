#!/usr/bin/env bash
# Runs every test of the project: native Rust (lavapipe Vulkan), the runtime against the Python
# reference decoder, the browser suite in headless Chromium (WebGPU on SwiftShader), the Python
# trainer, and the npm package's end-to-end tests. Installs what it needs first (tools/setup.sh).
# This is the README's test command; .ci/run calls it. Each suite prints its time.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
suite() {
  local name=$1
  shift
  echo "== $name"
  local t=$SECONDS
  "$@"
  echo "== $name: $((SECONDS - t)) s"
}

suite "set-up (tools/setup.sh)" bash tools/setup.sh
. tools/python-env.sh

export WGPU_BACKEND=vulkan
# lavapipe runs a pass on one thread unless told otherwise; all cores halve the GPU tests' time.
export LP_NUM_THREADS=${LP_NUM_THREADS:-$(nproc)}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

suite "import direction (tools/module_graph.py)" python3 tools/module_graph.py
suite "native tests (cargo test)" cargo test --quiet

# The WGSL runtime's MTP tokens and per-pass acceptance against training/decode.py's record.
# k = 2 chain and the tree 3 at k = 1 (chat-001: one of its first pass's 3 drafts is right).
suite "runtime vs the Python decoder (tools/check_heldout.py, 2 prompts, chain and tree)" \
  python3 tools/check_heldout.py --k 2,1@3 --limit 2 --max-tokens 16

PORT=${GATED_LORA_TEST_PORT:-8765}
python3 tools/serve.py --port "$PORT" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-1200}
export GATED_LORA_MODEL_URL="http://127.0.0.1:$PORT/models/SmolLM2-135M-Instruct.Q4_1.gguf"
adapter=$(ls adapters/*.safetensors | head -n 1)
export GATED_LORA_ADAPTER_URL="http://127.0.0.1:$PORT/$adapter"
# wasm-pack builds every test target for wasm32 (the native ones compile to nothing) and runs
# tests/web.rs in headless Chromium through wasm-bindgen-test and chromedriver.
suite "browser tests (wasm-pack test --headless --chrome, WebGPU on SwiftShader)" \
  wasm-pack test --headless --chrome

suite "trainer tests (pytest training/)" python3 -m pytest -q training/

if [ -f package.json ] && grep -q '"test"' package.json; then
  suite "npm package and demo (node --test, Playwright)" npm test
fi
echo "== all tests: $((SECONDS - start)) s"
