// `npm pack` → install the tarball into a fresh Vite app → `vite build` → serve it on loopback →
// generate text in headless Chromium (default options: the engine runs in a Web Worker).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readdirSync, mkdirSync, rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, MODEL, serve, launch, logConsole, artifact } from "./helpers.mjs";

const VITE = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).devDependencies.vite;
let work;
let servers = [];
let browser;

before(() => {
  work = mkdtempSync(path.join(tmpdir(), "gated-lora-vite-"));
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
  if (work && !process.env.E2E_KEEP) rmSync(work, { recursive: true, force: true });
});

const MAIN_JS = `
import { createEngine, GatedLoraError } from "gated-lora-webgpu";

const out = document.getElementById("out");
const model = new URLSearchParams(location.search).get("model");
try {
  const phases = new Set();
  const engine = await createEngine({ model, context: 256, onProgress: (p) => phases.add(p.phase) });
  // OpenAI-style streaming: chunks shaped like OpenAI's chat.completion.chunk.
  const stream = await engine.chat.completions.create({
    // A short system message replaces the template's default one: a short prefill on a CPU adapter.
    messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Capital of France?" }], stream: true, max_tokens: 3,
    stream_options: { include_usage: true },
  });
  let text = "";
  const chunks = [];
  for await (const chunk of stream) {
    chunks.push(chunk);
    text += chunk.choices[0]?.delta.content ?? "";
    out.textContent = text;
  }
  const last = chunks.at(-2);
  const streamStats = engine.stats();
  // Two generations at once queue (never interleave); engine.reload() (what a lost device
  // needs) gives the same tokens again; a memory limit below the model's needs is refused.
  const prompt = { messages: [{ role: "user", content: "Capital of France?" }] };
  const [a, b] = await Promise.all([engine.generate(prompt, { maxTokens: 2 }).result, engine.generate(prompt, { maxTokens: 2 }).result]);
  await engine.reload();
  const c = await engine.generate(prompt, { maxTokens: 2 }).result;
  let oom;
  await createEngine({ model, context: 256, gpuMemoryLimit: 64 << 20 }).catch((e) => (oom = e.code));
  const reliability = { queued: a.text === b.text, reloaded: c.text === a.text, oom };
  // Stop sequences: the text ends before the first one, streamed and in the result, and the
  // OpenAI API says "stop"; OpenAI fields at their "off" value and nulls are accepted.
  const full = await engine.generate(prompt, { maxTokens: 6 }).result;
  const stopText = full.text.slice(Math.floor(full.text.length / 2), Math.floor(full.text.length / 2) + 2);
  const cut = engine.generate(prompt, { maxTokens: 6, stop: [stopText] });
  let streamed = "";
  for await (const ch of cut) streamed += ch.text;
  const cutResult = await cut.result;
  const chatStop = await engine.chat.completions.create({ messages: prompt.messages, max_tokens: 6, stop: stopText,
    frequency_penalty: 0, presence_penalty: 0, logprobs: false, user: "u1", seed: null, temperature: null });
  const sampled = await engine.generate(prompt, { maxTokens: 1, temperature: 0.8, seed: null }).result;
  const code = (p) => p.then(() => "resolved", (e) => (e instanceof GatedLoraError ? e.code : "not a GatedLoraError: " + e));
  const stop = {
    full: full.text, stopText, want: full.text.slice(0, full.text.indexOf(stopText)), streamed, text: cutResult.text,
    stop: cutResult.stop, tokens: cutResult.tokens.length, fullTokens: full.tokens.length,
    chat: chatStop.choices[0].message.content, finish: chatStop.choices[0].finish_reason, sampledSeed: typeof sampled.stats.seed,
  };
  const refusals = {
    unknownField: await code(engine.chat.completions.create({ messages: prompt.messages, max_tokns: 4 })),
    logprobs: await code(engine.chat.completions.create({ messages: prompt.messages, logprobs: true })),
    badStop: await code(engine.generate(prompt, { stop: [""] }).result),
    badMessages: await code(engine.generate({ messages: "hi" }).result),
    callback: await code(engine.generate(prompt, { onToken: () => true }).result),
    unload: await code(engine.unloadAdapter("nope")),
    encodeDisposedLater: null,
    engineOption: await code(createEngine({ model, contextLength: 256 })),
  };
  window.__result = { reliability, stop, refusals, text, chunks: chunks.length, stats: streamStats, inWorker: engine.inWorker, phases: [...phases],
    completion: { object: chunks[0].object, role: chunks[0].choices[0].delta.role, finish: last.choices[0].finish_reason, usage: chunks.at(-1).usage },
    errorClass: typeof GatedLoraError };
  await engine.dispose();
  refusals.encodeDisposedLater = await code(engine.encode("x"));
} catch (e) {
  window.__error = { message: e.message, code: e.code };
}
`;

test("npm pack → fresh Vite app → build → generates text in headless Chromium", { timeout: 900_000 }, async () => {
  // 1. Pack (pkg/ was built by `npm test`'s build step; --ignore-scripts skips a second build).
  const packed = JSON.parse(execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" }));
  const tarball = path.join(work, packed[0].filename);
  const files = packed[0].files.map((f) => f.path);
  console.log(`# npm pack: ${packed[0].filename}, ${files.length} files, ${(packed[0].size / 1e6).toFixed(2)} MB: ${files.join(" ")}`);
  for (const f of ["pkg/index.js", "pkg/index.d.ts", "pkg/worker.js", "pkg/wasm/gated_lora_webgpu_bg.wasm", "pkg/wasm/gated_lora_webgpu.js"]) {
    assert.ok(files.includes(f), `${f} is missing from the tarball`);
  }

  // 2. A fresh Vite app that imports the package with no Vite configuration at all.
  const app = path.join(work, "app");
  mkdirSync(app);
  writeFileSync(path.join(app, "package.json"), JSON.stringify({
    name: "vite-app", private: true, type: "module",
    scripts: { build: "vite build" },
    dependencies: { "gated-lora-webgpu": `file:${tarball}` },
    devDependencies: { vite: VITE },
  }, null, 2));
  writeFileSync(path.join(app, "index.html"), `<!doctype html><html><body><pre id="out"></pre><script type="module" src="/main.js"></script></body></html>\n`);
  writeFileSync(path.join(app, "main.js"), MAIN_JS);
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd: app, stdio: "inherit" });
  execFileSync(path.join(app, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], { cwd: app, stdio: "inherit" });
  const assets = readdirSync(path.join(app, "dist/assets"));
  console.log(`# vite ${VITE} build: dist/assets: ${assets.join(" ")}`);
  assert.ok(assets.some((f) => f.endsWith(".wasm")), "Vite did not emit the .wasm");
  assert.ok(assets.some((f) => /^worker.*\.js$/.test(f)), "Vite did not emit the worker");

  // 3. Serve the built app and the model (another origin: CORS) on loopback, and run it.
  const site = await serve(path.join(app, "dist"));
  const models = await serve(ROOT);
  servers = [site, models];
  browser = await launch();
  const page = await browser.newPage();
  logConsole(page, "vite-app");
  const t0 = Date.now();
  await page.goto(`${site.url}/?model=${encodeURIComponent(`${models.url}/${MODEL}`)}`);
  await page.waitForFunction(() => window.__result || window.__error, null, { timeout: 600_000, polling: 500 });
  const { result, error } = await page.evaluate(() => ({ result: window.__result, error: window.__error }));
  await page.screenshot({ path: artifact("vite-app.png") });
  assert.equal(error, undefined, `the Vite app failed: ${JSON.stringify(error)}`);
  const s = result.stats;
  console.log(`# vite app (${((Date.now() - t0) / 1000).toFixed(0)} s): ${JSON.stringify(result.text)} in ${result.chunks} chunks, worker=${result.inWorker}, phases ${result.phases.join(",")}`);
  console.log(`# vite app engine.stats(): first token ${s.firstTokenMs.toFixed(0)} ms, ${s.tokensPerSecond.toFixed(3)} tok/s, ${s.tokensPerStep.toFixed(2)} tokens/step, mode ${s.mode}`);
  console.log(`# vite app chat.completions.create (stream): ${JSON.stringify(result.completion)}`);
  assert.ok(result.text.trim().length > 0, "no text generated");
  assert.ok(result.chunks >= 1);
  assert.equal(result.inWorker, true);
  assert.ok(result.phases.includes("download") && result.phases.includes("upload") && result.phases.includes("ready"));
  assert.equal(result.completion.object, "chat.completion.chunk");
  assert.equal(result.completion.role, "assistant");
  assert.ok(["stop", "length"].includes(result.completion.finish));
  assert.ok(result.completion.usage.completion_tokens >= 1 && result.completion.usage.completion_tokens <= 3);
  assert.equal(result.errorClass, "function");
  console.log(`# vite app reliability: ${JSON.stringify(result.reliability)}`);
  assert.deepEqual(result.reliability, { queued: true, reloaded: true, oom: "GPU_OUT_OF_MEMORY" });
  const st = result.stop;
  console.log(`# vite app stop sequence: ${JSON.stringify(st)}`);
  assert.ok(st.stopText.length === 2 && st.want.length > 0, `a stop text inside the output: ${JSON.stringify(st)}`);
  assert.equal(st.streamed, st.want);
  assert.equal(st.text, st.want);
  assert.equal(st.chat, st.want);
  assert.equal(st.stop, "stop_sequence");
  assert.equal(st.finish, "stop");
  assert.ok(st.tokens >= 1 && st.tokens < st.fullTokens);
  assert.equal(st.sampledSeed, "number", "sampling with seed: null draws a fresh seed");
  console.log(`# vite app refusals: ${JSON.stringify(result.refusals)}`);
  assert.deepEqual(result.refusals, {
    unknownField: "INVALID_ARGUMENT", logprobs: "NOT_SUPPORTED", badStop: "INVALID_ARGUMENT", badMessages: "INVALID_ARGUMENT",
    callback: "INVALID_ARGUMENT", unload: "INVALID_ARGUMENT", encodeDisposedLater: "DISPOSED", engineOption: "INVALID_ARGUMENT",
  });
});
