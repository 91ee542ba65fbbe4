// Builds the wasm half of the npm package into pkg/wasm/: cargo (wasm32-unknown-unknown) and
// wasm-bindgen --target web (the CLI must equal the crate's wasm-bindgen; tools/setup.sh installs it).
// usage: node js/build-wasm.mjs [--dev]   (--dev or WASM_PROFILE=dev: the dev profile, which shares
// its compiled dependencies with the browser test suite; opt-level 2 all the same)
// Everything it and its tools print goes to stderr: it runs as `prepack`, and `npm pack --json`
// must leave valid JSON alone on stdout.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev") || process.env.WASM_PROFILE === "dev";
const run = (cmd, args) => {
  console.error(`build-wasm: ${cmd} ${args.join(" ")}`);
  try {
    execFileSync(cmd, args, { cwd: root, stdio: ["ignore", process.stderr, process.stderr] });
  } catch (e) {
    if (e.code === "ENOENT") console.error(`build-wasm: ${cmd} is not installed: run bash tools/setup.sh`);
    process.exit(1);
  }
};
run("cargo", ["build", "--target", "wasm32-unknown-unknown", "--lib", ...(dev ? [] : ["--release"])]);
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const wasm = path.join(target, "wasm32-unknown-unknown", dev ? "debug" : "release", "gated_lora_webgpu.wasm");
run("wasm-bindgen", ["--target", "web", "--out-dir", path.join(root, "pkg/wasm"), wasm]);
