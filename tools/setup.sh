#!/usr/bin/env bash
# Installs everything this project needs on a fresh Debian 12 machine (idempotent, quick when
# already done): Chromium + ChromeDriver and Mesa's Vulkan driver (lavapipe), the wasm32 target,
# wasm-bindgen-cli (pinned to Cargo.lock's wasm-bindgen), wasm-pack, the Python training deps (in
# .venv where the system's python3 is externally managed), the npm deps, and the default model.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo

missing=()
for p in chromium chromium-driver mesa-vulkan-drivers libvulkan1 python3-venv; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: apt-get install ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# wasm-bindgen-cli must equal the wasm-bindgen crate exactly; without --locked (its lockfile pins
# a crate version the registry may lack). Built at opt-level 1 without LTO: ~6 min instead of ~13
# on 2 cores, and it processes this crate's wasm just as fast (0.4 s either way).
WB=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB" ]; then
  echo "setup: cargo install wasm-bindgen-cli $WB" >&2
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$WB"
fi

# wasm-pack runs the browser suite the way Rust/wasm users test (`wasm-pack test --headless
# --chrome`); its npm package downloads a binary at install, which this network refuses.
WASM_PACK=0.15.1
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK" ]; then
  echo "setup: cargo install wasm-pack $WASM_PACK" >&2
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-pack --version "$WASM_PACK"
fi

if [ ! -x .venv/bin/python3 ] && python3 -c 'import os, sys, sysconfig
sys.exit(not (sys.prefix == sys.base_prefix and os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED"))))'; then
  echo "setup: python3 -m venv .venv ($(command -v python3) refuses pip installs, PEP 668)" >&2
  python3 -m venv .venv
fi
. tools/python-env.sh

# Quick when everything is already at the pinned versions; PyTorch is a few GB the first time.
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -r training/requirements.txt

if [ -f package-lock.json ] && [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

./tools/fetch_model.sh
