#!/usr/bin/env bash
# Runs every test of the project: native Rust (lavapipe Vulkan), the browser suite in headless
# Chromium (WebGPU on SwiftShader), the Python trainer, and the npm package's end-to-end tests.
# Installs what it needs first (tools/setup.sh). This is the README's test command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh

export WGPU_BACKEND=vulkan
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

echo "== native tests (cargo test)"
cargo test --quiet 2>&1

echo "== browser tests (wasm-bindgen-test in headless Chromium, WebGPU on SwiftShader)"
PORT=${GATED_LORA_TEST_PORT:-8765}
python3 tools/serve.py --port "$PORT" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-1200}
export GATED_LORA_MODEL_URL="http://127.0.0.1:$PORT/models/SmolLM2-135M-Instruct.Q4_1.gguf"
adapter=$(ls adapters/*.safetensors | head -n 1)
export GATED_LORA_ADAPTER_URL="http://127.0.0.1:$PORT/$adapter"
cargo test --target wasm32-unknown-unknown --test web 2>&1

echo "== trainer tests (pytest training/)"
python3 -m pytest -q training/

if [ -f package.json ] && grep -q '"test"' package.json; then
  echo "== npm package and demo (node --test, Playwright)"
  npm test
fi
