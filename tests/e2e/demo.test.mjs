// The demo page (www/) in headless Chromium on WebGPU (SwiftShader): errors, loading with
// progress, streaming, stats, abort, side-by-side, screenshots. Generations are a handful of
// tokens: on a CPU adapter each token takes ~1–15 s.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT, MODEL, serve, launch, logConsole, artifact } from "./helpers.mjs";

const T = { timeout: 600_000 };
let server;
let browser;

before(async () => {
  assert.ok(existsSync(path.join(ROOT, MODEL)), `${MODEL} is missing: run tools/fetch_model.sh`);
  assert.ok(existsSync(path.join(ROOT, "pkg/index.js")), "pkg/ is missing: run npm run build");
  server = await serve(ROOT);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

// Raw-text prompts (no chat template and its default system prompt) keep prefill short.
const demoUrl = (query = "") => `${server.url}/www/?context=256&maxTokens=4&chat=0&prompt=${encodeURIComponent("The capital of France is")}${query}`;

test("no WebGPU: clear error with code and hint", T, async () => {
  const page = await browser.newPage();
  logConsole(page, "no-gpu");
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "gpu", { get: () => undefined, configurable: true });
  });
  await page.goto(demoUrl());
  assert.equal((await page.textContent("#gpu-badge")).trim(), "WebGPU unavailable");
  await page.click("#load");
  await page.waitForSelector('#error[data-code="WEBGPU_UNAVAILABLE"]', { timeout: 30_000 });
  const text = await page.textContent("#error");
  assert.match(text, /navigator\.gpu is missing/);
  assert.match(text, /enable-unsafe-webgpu|Chrome/);
  await page.close();
});

test("bad model file: clear error shown", T, async () => {
  const page = await browser.newPage();
  logConsole(page, "bad-model");
  await page.goto(demoUrl());
  await page.setInputFiles("#model-file", { name: "not-a-model.gguf", mimeType: "application/octet-stream", buffer: Buffer.from("this is certainly not a GGUF file\n".repeat(8)) });
  await page.click("#load");
  await page.waitForSelector('#error[data-code="GGUF_MAGIC"]', { timeout: 60_000 });
  assert.match(await page.textContent("#error"), /not a GGUF file/);
  assert.equal((await page.textContent("#status")).trim(), "Load failed.");
  assert.equal(await page.isDisabled("#generate"), true);
  await page.screenshot({ path: artifact("demo-bad-model.png") });
  await page.close();
});

test("a worker that fails: WORKER_ERROR, and the next engine's worker answers", T, async () => {
  const page = await browser.newPage();
  logConsole(page, "worker-error");
  await page.goto(demoUrl());
  await page.route("**/pkg/worker.js", (route) => route.abort());
  const bad = Array.from(Buffer.from("not a model"));
  const first = await page.evaluate(async (bytes) => {
    const { createEngine } = await import("/pkg/index.js");
    return createEngine({ model: new Uint8Array(bytes).buffer }).then(() => "loaded", (e) => e.code);
  }, bad);
  assert.equal(first, "WORKER_ERROR");
  await page.unroute("**/pkg/worker.js");
  const second = await page.evaluate(async (bytes) => {
    const { createEngine } = await import("/pkg/index.js");
    return createEngine({ model: new Uint8Array(bytes).buffer }).then(() => "loaded", (e) => e.code);
  }, bad);
  assert.equal(second, "GGUF_MAGIC", "a new engine's worker starts and answers");
  await page.close();
});

test("demo: load with progress, stream tokens, stats, abort, side-by-side", { timeout: 1_500_000 }, async (t) => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
  logConsole(page, "demo");
  await page.goto(demoUrl());

  await t.test("load the default model with download and GPU-upload progress", async () => {
    const t0 = Date.now();
    await page.click("#load");
    await page.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout: 300_000 });
    const err = await page.$eval("#error", (e) => (e.hidden ? "" : e.textContent));
    assert.equal(err, "", `load failed: ${err}`);
    assert.equal(await page.$eval("#dl-progress", (e) => e.value), 1);
    assert.equal(await page.$eval("#up-progress", (e) => e.value), 1);
    const info = await page.textContent("#model-info");
    assert.match(info, /Web Worker/);
    console.log(`# demo: model loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${info}`);
  });

  await t.test("generate: text streams in, engine.stats() shown", async () => {
    await page.click("#generate");
    // Text appears while the generation is still running: it is streamed.
    await page.waitForFunction(() => document.getElementById("output-a").textContent.length > 0, null, { timeout: 300_000 });
    const streamingState = await page.evaluate(() => document.body.dataset.state);
    await page.waitForSelector('body[data-state="done"], body[data-state="error"]', { timeout: 300_000 });
    const err = await page.$eval("#error", (e) => (e.hidden ? "" : e.textContent));
    assert.equal(err, "", `generation failed: ${err}`);
    assert.equal(streamingState, "generating", "the first text appeared only after the generation ended");
    const out = await page.textContent("#output-a");
    const stats = JSON.parse(await page.$eval("#stats-a", (e) => e.dataset.json));
    console.log(`# demo output: ${JSON.stringify(out)}`);
    console.log(`# demo engine.stats(): first token ${stats.firstTokenMs.toFixed(0)} ms, ${stats.tokensPerSecond.toFixed(3)} tok/s, ` +
      `${stats.tokensPerStep.toFixed(2)} tokens/step, mode ${stats.mode}, ${stats.tokens} tokens, prefill ${stats.prefillMs.toFixed(0)} ms`);
    assert.ok(out.trim().length > 0);
    assert.equal(stats.mode, "ar");
    assert.ok(stats.tokens >= 1 && stats.tokens <= 4);
    assert.ok(stats.firstTokenMs > 0);
    assert.ok(stats.tokens === 1 || stats.tokensPerSecond > 0);
    assert.equal(stats.tokensPerStep, 1);
    assert.match(await page.textContent("#stats-a"), /first token.*decode speed.*tok\/s/s);
  });

  await t.test("abort: Stop ends the generation within one step", async () => {
    await page.fill("#max-tokens", "64");
    await page.click("#generate");
    await page.waitForFunction(() => document.getElementById("output-a").textContent.length > 0, null, { timeout: 300_000 });
    const tokensAtStop = await page.evaluate(() => window.__demo.engine && document.getElementById("stats-a").textContent);
    const t0 = Date.now();
    await page.click("#stop");
    await page.waitForSelector('body[data-state="stopped"], body[data-state="done"], body[data-state="error"]', { timeout: 120_000 });
    const state = await page.evaluate(() => document.body.dataset.state);
    const stats = await page.evaluate(() => window.__demo.engine.stats());
    console.log(`# abort: stopped after ${Date.now() - t0} ms with ${stats.tokens} tokens (${tokensAtStop}); stop=${stats.stop}`);
    assert.equal(state, "stopped");
    assert.equal((await page.textContent("#status")).trim(), "Stopped.");
    assert.equal(stats.stop, "cancelled");
    assert.ok(stats.tokens < 64);
    assert.equal(await page.isEnabled("#generate"), true, "the engine stays usable");
    await page.fill("#max-tokens", "4");
  });

  await t.test("side-by-side AR vs speculative: ✓ bit-identical", async () => {
    // With an adapter (E2E_ADAPTER=path under the repo) the speculative side is MTP; without one, n-gram lookup.
    if (process.env.E2E_ADAPTER) {
      await page.setInputFiles("#adapter-file", path.resolve(ROOT, process.env.E2E_ADAPTER));
      await page.waitForFunction(() => window.__demo.engine.adapters.length > 0 || !document.getElementById("error").hidden, null, { timeout: 120_000 });
    }
    // A prompt that prompt lookup can continue, so speculative steps accept drafts.
    await page.fill("#prompt", "1, 2, 3, 4, 5, 6, 7, 8,");
    const label = await page.textContent("#side-by-side");
    await page.click("#side-by-side");
    try {
      // MTP verification passes are (k+1)² rows: slow on a CPU adapter.
      await page.waitForSelector('body[data-state="done"], body[data-state="error"]', { timeout: 900_000 });
    } finally {
      await page.screenshot({ path: artifact("demo.png"), fullPage: true });
    }
    const err = await page.$eval("#error", (e) => (e.hidden ? "" : e.textContent));
    assert.equal(err, "", `side-by-side failed: ${err}`);
    const check = await page.textContent("#check");
    const ar = JSON.parse(await page.$eval("#stats-a", (e) => e.dataset.json));
    const spec = JSON.parse(await page.$eval("#stats-b", (e) => e.dataset.json));
    console.log(`# side-by-side (${label}): ${check} · ${await page.textContent("#speedup")}`);
    console.log(`#   AR:   first token ${ar.firstTokenMs.toFixed(0)} ms, ${ar.tokensPerSecond.toFixed(3)} tok/s, ${ar.tokensPerStep.toFixed(2)} tokens/step`);
    console.log(`#   ${spec.mode}: first token ${spec.firstTokenMs.toFixed(0)} ms, ${spec.tokensPerSecond.toFixed(3)} tok/s, ${spec.tokensPerStep.toFixed(2)} tokens/step, per step ${JSON.stringify(spec.acceptedPerStep)}`);
    // The host's share of a step: building a pass in wasm vs the whole step (GPU wait included).
    for (const [name, s] of [["AR", ar], [spec.mode, spec]]) {
      assert.equal(typeof s.encodeMsPerPass, "number", `${name}: engine.stats() has no encodeMsPerPass`);
      console.log(`#   ${name} per decode pass: ${s.encodeMsPerPass.toFixed(1)} ms encoding (wasm until submit) of ${(s.decodeMs / s.steps).toFixed(0)} ms`);
    }
    assert.ok(ar.encodeMsPerPass >= 0 && ar.encodeMsPerPass < ar.decodeMs / ar.steps, "encoding is part of a step");
    assert.match(check, /✓ bit-identical/);
    assert.notEqual(spec.mode, "ar", "the right-hand side must be a speculative mode");
    assert.equal(await page.textContent("#output-a"), await page.textContent("#output-b"));
  });

  await t.test("domain adapter picker: loads once, switches between messages without reloading", async () => {
    await page.waitForSelector('#domain option[value="sql"]', { state: "attached", timeout: 60_000 });
    // The page runs raw text here (chat=0): the SQL adapter's own ChatML, system prompt included.
    const system = "You write one SQLite query that answers the question. Tables: employees(name, department, salary, city), products(name, category, price, stock).";
    await page.fill("#prompt", `<|im_start|>system\n${system}<|im_end|>\n<|im_start|>user\nWhat is the highest salary of employees with city Oslo?<|im_end|>\n<|im_start|>assistant\n`);
    await page.fill("#max-tokens", "4");
    await page.selectOption("#mode", "ar");
    const run = async () => {
      // The last run left state "done": clear it so the wait below sees this run's end.
      await page.evaluate(() => delete document.body.dataset.state);
      await page.click("#generate");
      await page.waitForSelector('body[data-state="done"], body[data-state="error"]', { timeout: 300_000 });
      assert.equal(await page.$eval("#error", (e) => (e.hidden ? "" : e.textContent)), "");
      const stats = JSON.parse(await page.$eval("#stats-a", (e) => e.dataset.json));
      const text = await page.textContent("#output-a");
      console.log(`# domain picker run (${await page.inputValue("#domain") || "base"}): ${JSON.stringify(text)}, ${stats.tokens} tokens, stop ${stats.stop}`);
      return text;
    };
    const base = await run();
    const gpuBytes = () => page.evaluate(() => window.__demo.engine.info.gpuBytes);
    const bytesBefore = await gpuBytes();
    await page.selectOption("#domain", "sql");
    await page.waitForFunction(() => /Running "sql"/.test(document.getElementById("domain-state").textContent), null, { timeout: 120_000 });
    // engine.info follows the adapters (through the worker): the adapter's GPU bytes show in it.
    const sqlBytes = await page.evaluate(() => window.__demo.engine.adapterInfo.find((a) => a.name === "sql").bytes);
    assert.ok(sqlBytes > 0, `sql adapter bytes: ${sqlBytes}`);
    assert.ok((await gpuBytes()) >= bytesBefore + sqlBytes, `engine.info.gpuBytes ${bytesBefore} → ${await gpuBytes()} after a ${sqlBytes}-byte adapter`);
    const sql = await run();
    // The SQL adapter's learned gates, read back from the GPU, drawn per layer.
    assert.equal(await page.isVisible("#gate-figure"), true);
    const gates = JSON.parse(await page.$eval("#gate-figure", (e) => e.dataset.json));
    console.log(`# gate activity per layer (sql): ${JSON.stringify(gates.map((g) => g && +g[0].toFixed(3)))}`);
    assert.equal(gates.length, 30);
    assert.ok(gates.every((g) => g && g[0] > 0 && g[0] < 1), "every layer of the SQL adapter has a learned gate in (0, 1)");
    assert.ok(gates.slice(22).some((g) => Math.abs(g[0] - 0.5) > 0.05), "the trained top layers' gates move off 0.5");
    await page.selectOption("#domain", "");
    const again = await run();
    console.log(`# domain picker: base ${JSON.stringify(base)} · sql ${JSON.stringify(sql)}; ${await page.textContent("#domain-state")}`);
    assert.match(sql, /^SELECT/, "the SQL adapter answers with a query");
    assert.notEqual(sql, base, "the SQL adapter should change the answer");
    assert.equal(again, base, "back to the base model after switching the adapter off");
    const resident = await page.evaluate(() => window.__demo.engine.adapterInfo.filter((a) => a.kind === "domain").map((a) => a.name));
    assert.deepEqual(resident, ["sql"], "switching must not load the adapter again");
    assert.match(await page.textContent("#domain-state"), /sql \(learned gate/);
  });

  await t.test("narrow screen: no horizontal overflow", async () => {
    await page.setViewportSize({ width: 380, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: artifact("demo-narrow.png"), fullPage: true });
    assert.ok(overflow <= 0, `page overflows by ${overflow}px at 380px`);
  });

  console.log(`# screenshots: ${artifact("demo.png")}, ${artifact("demo-narrow.png")}, ${artifact("demo-bad-model.png")}`);
  await page.close();
});

test("the page's GPU device destroyed mid-generation: GPU_DEVICE_LOST, then reloadOnDeviceLoss brings back the same text", T, async () => {
  const page = await browser.newPage();
  logConsole(page, "device-loss");
  // Keep the devices the engine asks for, so the page can destroy one (worker: false puts the
  // engine on this thread; a worker's device is out of the page's reach).
  await page.addInitScript(() => {
    const request = GPUAdapter.prototype.requestDevice;
    GPUAdapter.prototype.requestDevice = async function (...args) {
      const device = await request.apply(this, args);
      (window.__devices ??= []).push(device);
      return device;
    };
  });
  await page.goto(demoUrl());
  const r = await page.evaluate(async (model) => {
    const { createEngine } = await import("/pkg/index.js");
    const engine = await createEngine({ model, worker: false, context: 64, reloadOnDeviceLoss: true });
    const prompt = "The capital of France is";
    const before = await engine.generate(prompt, { maxTokens: 3 }).result;
    let lost;
    try {
      for await (const _ of engine.generate(prompt, { maxTokens: 3 })) window.__devices.at(-1).destroy();
    } catch (e) {
      lost = e.code;
    }
    const after = await engine.generate(prompt, { maxTokens: 3 }).result;
    // A misspelt option is refused, not run with the default (256 tokens).
    let misspelt;
    try {
      await engine.generate(prompt, { maxTokns: 3 }).result;
    } catch (e) {
      misspelt = { code: e.code, message: e.message };
    }
    await engine.dispose();
    return { lost, before: before.text, after: after.text, devices: window.__devices.length, misspelt };
  }, `/${MODEL}`);
  console.log(`# device loss in the page: ${JSON.stringify(r)}`);
  assert.equal(r.lost, "GPU_DEVICE_LOST");
  assert.equal(r.after, r.before, "the reloaded engine gives the same text");
  assert.equal(r.devices, 2, "the reload opened a new device");
  assert.equal(r.misspelt?.code, "INVALID_ARGUMENT", JSON.stringify(r.misspelt));
  assert.match(r.misspelt.message, /maxTokns.*maxTokens/);
  await page.close();
});
