// Shared helpers of the end-to-end tests: a loopback static server (tools/serve.py) and headless
// Chromium with WebGPU (SwiftShader) through playwright-core, no browser download.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const ARTIFACTS = path.join(ROOT, "tests/e2e/artifacts");
export const MODEL = "models/SmolLM2-135M-Instruct.Q4_1.gguf";

export function artifact(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Serves `root` on 127.0.0.1; resolves to {url, close()}. */
export async function serve(root) {
  const port = await freePort();
  const child = spawn("python3", [path.join(ROOT, "tools/serve.py"), "--port", String(port), "--root", root], { stdio: "inherit" });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url + "/");
      return { url, close: () => child.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`tools/serve.py did not start on ${url}`);
}

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--no-first-run", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--enable-unsafe-webgpu", "--enable-features=Vulkan",
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Page console lines go to the test log, prefixed. */
export function logConsole(page, prefix) {
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning" || process.env.E2E_VERBOSE) console.log(`[${prefix}] ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => console.log(`[${prefix}] pageerror: ${e.message}`));
}
