// The demo page: loads a model with progress, streams tokens, runs AR vs MTP side by side.
// Uses the built package (npm run build → pkg/). Query parameters (for tests and links):
//   ?model=URL  &context=N  &maxTokens=N  &worker=0
import { createEngine, clearCache, isCached, isWebGPUAvailable } from "../pkg/index.js";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const DEFAULT_MODEL = new URL(params.get("model") ?? "../models/SmolLM2-135M-Instruct.Q4_1.gguf", location.href).href;
if (params.get("context")) setSelect($("context"), params.get("context"));
if (params.get("maxTokens")) $("max-tokens").value = params.get("maxTokens");
if (params.get("worker") === "0") $("use-worker").checked = false;
if (params.get("chat") === "0") $("use-chat").checked = false;
if (params.get("prompt")) $("prompt").value = params.get("prompt");
// Adapters offered in the pickers: ?adapter=URL (repeatable), plus the repo's default if present;
// ?domain=URL (repeatable), plus the repo's demo domain adapters.
const ADAPTER_URLS = [...params.getAll("adapter"), "../adapters/smollm2-135m-k4.safetensors"];
const DOMAIN_URLS = [...params.getAll("domain"), "../adapters/domain/sql.safetensors", "../adapters/domain/sql-json-router.safetensors"];
$("default-model-name").textContent = decodeURIComponent(DEFAULT_MODEL.split("/").pop());

const EXAMPLES = {
  chat: "Give me three tips for a good night's sleep.",
  code: "Write a Python function that checks whether a number is prime.",
  math: "What is 17 * 23? Explain step by step.",
};

let engine = null;
let running = null; // AbortController of the generation in progress
const adapterFiles = new Map();

function setSelect(select, value) {
  if (![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
  select.value = value;
}

function setStatus(text) {
  $("status").textContent = text;
}

function showError(e) {
  const box = $("error");
  if (!e) {
    box.hidden = true;
    box.textContent = "";
    delete box.dataset.code;
    return;
  }
  const code = e.code ?? "UNKNOWN";
  box.dataset.code = code;
  box.textContent = `[${code}] ${e.message ?? e}` + (e.hint ? `\n${e.hint}` : "");
  box.hidden = false;
  console.error(e);
}

// ---- WebGPU badge -------------------------------------------------------------------------------
const badge = $("gpu-badge");
if (isWebGPUAvailable()) {
  badge.textContent = "WebGPU available";
  badge.className = "badge ok";
} else {
  badge.textContent = "WebGPU unavailable";
  badge.className = "badge bad";
}

// ---- Cache -------------------------------------------------------------------------------------
async function refreshCacheState() {
  try {
    $("cache-state").textContent = (await isCached(DEFAULT_MODEL)) ? "default model cached" : "default model not cached";
  } catch {
    $("cache-state").textContent = "";
  }
}
$("clear-cache").addEventListener("click", async () => {
  await clearCache();
  await refreshCacheState();
});
refreshCacheState();

// ---- Loading -----------------------------------------------------------------------------------
function resetProgress() {
  for (const k of ["dl", "up"]) {
    $(`${k}-progress`).value = 0;
    $(`${k}-text`).textContent = "—";
    $(`${k}-progress`).parentElement.classList.remove("busy");
  }
}

function onProgress(p) {
  const bar = p.phase === "upload" || p.phase === "ready" ? "up" : "dl";
  const el = $(`${bar}-progress`);
  if (p.file !== "model") {
    $("adapter-state").textContent = p.text;
    return;
  }
  if (p.progress !== undefined) el.value = p.progress;
  $(`${bar}-text`).textContent = p.text;
  // The engine reports upload start and end; pulse the bar in between.
  el.parentElement.classList.toggle("busy", p.phase === "upload" && p.loaded < (p.total ?? 0));
  if (p.phase === "ready") {
    el.value = 1;
    $("up-text").textContent = "on the GPU";
    const dl = $("dl-text");
    dl.textContent = dl.textContent.replace(/^Downloading/, "Downloaded").replace(/^Reading cached/, "From cache").replace(/^Reading/, "Read");
  }
}

function setBusy(busy) {
  $("generate").disabled = busy || !engine;
  $("side-by-side").disabled = busy || !engine || !speculativeMode();
  $("stop").disabled = !busy;
  $("load").disabled = busy;
}

async function load() {
  showError(null);
  resetProgress();
  if (engine) {
    const old = engine;
    engine = null;
    await old.dispose().catch(() => {});
  }
  setBusy(true);
  $("stop").disabled = true;
  $("model-info").textContent = "";
  document.body.dataset.state = "loading";
  const useFile = document.querySelector('input[name="model-src"]:checked').value === "file";
  const file = $("model-file").files[0];
  try {
    if (useFile && !file) throw Object.assign(new Error("pick a .gguf file first"), { code: "INVALID_ARGUMENT" });
    setStatus("Loading model…");
    const t0 = performance.now();
    engine = await createEngine({
      model: useFile ? file : DEFAULT_MODEL,
      context: Number($("context").value),
      worker: $("use-worker").checked,
      onProgress,
    });
    const i = engine.info;
    $("model-info").textContent = `${i.name ?? "model"} · ${i.architecture ?? ""} · ${(i.modelBytes / 1e6).toFixed(1)} MB file · ` +
      `${(i.gpuBytes / 1e6).toFixed(1)} MB on the GPU · context ${i.context} · ${i.device.trim()} · ` +
      `${engine.inWorker ? "Web Worker" : "main thread"} · loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
    applyFeatures();
    setStatus("Ready.");
    document.body.dataset.state = "ready";
  } catch (e) {
    engine = null;
    showError(e);
    setStatus("Load failed.");
    document.body.dataset.state = "error";
    resetProgress();
  } finally {
    setBusy(false);
    refreshCacheState();
  }
}
$("load").addEventListener("click", load);
$("model-file").addEventListener("change", () => {
  document.querySelector('input[name="model-src"][value="file"]').checked = true;
});

// ---- Features and adapters ---------------------------------------------------------------------
const NOT_IN_BUILD = "adapter support not available in this build";

/** The mode the side-by-side compares with AR: the picked one, else MTP with an adapter, else n-gram. */
function speculativeMode() {
  if (!engine) return null;
  const modes = engine.features.modes;
  const picked = $("mode").value;
  if (picked !== "ar" && modes.includes(picked)) return picked;
  if (modes.includes("mtp") && engine.adapters.length > 0) return "mtp";
  if (modes.includes("ngram")) return "ngram";
  return null;
}

function updateSideBySideLabel() {
  const m = speculativeMode();
  $("side-by-side").textContent = m ? `Side-by-side: AR vs ${m === "ngram" ? "n-gram" : m.toUpperCase()}` : "Side-by-side: AR vs MTP";
}
$("mode").addEventListener("change", updateSideBySideLabel);

/** Offers in `select` the adapters of `urls` that exist on the server (a HEAD request each). */
async function offerAdapters(select, urls) {
  for (const u of urls) {
    const url = new URL(u, location.href).href;
    const name = decodeURIComponent(url.split("/").pop().replace(/\.(safetensors|gguf)$/, ""));
    if ([...select.options].some((o) => o.value === name)) continue;
    try {
      const r = await fetch(url, { method: "HEAD" });
      if (r.ok) {
        adapterFiles.set(name, url);
        select.add(new Option(name, name));
      }
    } catch {
      // not served: not offered
    }
  }
}

/** "sql: domain, learned gate, 1.2 MB" for each loaded domain adapter. */
function domainState() {
  const loaded = engine.adapterInfo.filter((a) => a.kind === "domain");
  const picked = $("domain").value;
  const list = loaded.map((a) => `${a.name} (${a.gate} gate${a.experts > 1 ? `, ${a.experts} experts` : ""}, ${(a.bytes / 1e6).toFixed(1)} MB)`);
  return loaded.length
    ? `Resident: ${list.join(", ")}. ${picked ? `Running "${picked}" on every token` : "Running the base model"}; switching uploads nothing.`
    : "No domain adapter loaded: the base model runs.";
}

// A domain adapter stays resident once loaded; picking another only changes what the next
// generation runs (no reload, no upload).
$("domain").addEventListener("change", async () => {
  const name = $("domain").value;
  if (!engine) return;
  if (!name || engine.adapters.includes(name)) {
    $("domain-state").textContent = domainState();
    return;
  }
  showError(null);
  setBusy(true);
  $("stop").disabled = true;
  try {
    await engine.loadAdapter(name, adapterFiles.get(name), { onProgress });
  } catch (e) {
    showError(e);
    $("domain").value = "";
  } finally {
    setBusy(false);
    $("domain-state").textContent = domainState();
  }
});

$("adapter").addEventListener("change", async () => {
  const name = $("adapter").value;
  if (!name || !engine || engine.adapters.includes(name)) return updateSideBySideLabel();
  showError(null);
  setBusy(true);
  $("stop").disabled = true;
  try {
    const info = await engine.loadAdapter(name, adapterFiles.get(name), { onProgress });
    if (info.nMask) $("k").value = info.nMask;
    $("adapter-state").textContent = `Loaded: ${engine.adapters.join(", ")}`;
  } catch (e) {
    showError(e);
    $("adapter").value = "";
  } finally {
    setBusy(false);
    updateSideBySideLabel();
  }
});

function applyFeatures() {
  const f = engine.features;
  for (const o of $("mode").options) {
    const ok = f.modes.includes(o.value);
    o.disabled = !ok;
    o.textContent = o.textContent.replace(/ — not in this build$/, "") + (ok ? "" : " — not in this build");
  }
  if (!f.modes.includes($("mode").value)) $("mode").value = "ar";
  $("adapter").disabled = !f.adapters;
  $("domain").disabled = !f.adapters;
  $("adapter-file").disabled = !f.adapters;
  $("adapter-state").textContent = f.adapters
    ? engine.adapters.length ? `Loaded: ${engine.adapters.join(", ")}` : "No adapter loaded: pick a .safetensors gated-LoRA adapter (until then, side-by-side compares AR with n-gram prompt lookup)."
    : `MTP: ${NOT_IN_BUILD} of the wasm engine. Autoregressive generation works.`;
  offerAdapters($("adapter"), ADAPTER_URLS);
  offerAdapters($("domain"), DOMAIN_URLS);
  $("domain-state").textContent = f.adapters ? domainState() : "";
  updateSideBySideLabel();
  const verdict = $("verdict");
  if (!f.modes.includes("mtp")) {
    verdict.hidden = false;
    $("check").className = "check na";
    $("check").textContent = `— MTP: ${NOT_IN_BUILD}`;
    $("speedup").textContent = "";
    $("side-by-side").title = NOT_IN_BUILD;
  } else {
    $("side-by-side").title = "";
  }
}

$("adapter-file").addEventListener("change", async () => {
  const file = $("adapter-file").files[0];
  if (!file || !engine) return;
  const name = file.name.replace(/\.safetensors$/, "");
  showError(null);
  try {
    const info = await engine.loadAdapter(name, file, { onProgress });
    adapterFiles.set(name, file);
    setSelect($("adapter"), name);
    if (info.nMask) $("k").value = info.nMask;
    $("adapter-state").textContent = `Loaded: ${engine.adapters.join(", ")}`;
  } catch (e) {
    showError(e);
  } finally {
    updateSideBySideLabel();
  }
});

// ---- Generation --------------------------------------------------------------------------------
for (const b of document.querySelectorAll("[data-example]")) {
  b.addEventListener("click", () => ($("prompt").value = EXAMPLES[b.dataset.example]));
}

const chart = { series: [], k: 4 };

function drawChart() {
  const c = $("chart");
  const w = (c.width = c.clientWidth * devicePixelRatio);
  const h = (c.height = 120 * devicePixelRatio);
  const g = c.getContext("2d");
  g.clearRect(0, 0, w, h);
  const max = Math.max(chart.k + 1, ...chart.series.flatMap((s) => s.values), 1);
  const pad = 18 * devicePixelRatio;
  g.strokeStyle = "#dde1e7";
  g.fillStyle = "#66707f";
  g.font = `${10 * devicePixelRatio}px system-ui`;
  for (let v = 1; v <= max; v++) {
    const y = h - pad - ((h - 2 * pad) * v) / max;
    g.beginPath();
    g.moveTo(pad, y);
    g.lineTo(w, y);
    g.stroke();
    g.fillText(String(v), 2, y + 4);
  }
  const n = Math.max(24, ...chart.series.map((s) => s.values.length));
  const slot = (w - pad) / n;
  chart.series.forEach((s, si) => {
    g.fillStyle = s.color;
    const bw = Math.max(1, slot / chart.series.length - 2);
    s.values.forEach((v, i) => {
      const bh = ((h - 2 * pad) * v) / max;
      g.fillRect(pad + i * slot + si * (bw + 1), h - pad - bh, bw, bh);
    });
  });
}

const EXPERT_COLORS = ["#3b5bdb", "#f08c00", "#2b8a3e", "#c2255c", "#7048e8", "#0c8599", "#e8590c", "#5c940d"];

/** The domain adapter's gates per layer (result.gates): a bar per layer, its height the mean
 * gate (a learned gate) or its segments the experts' shares (a router); layers without a gate
 * are left empty. */
function drawGates(gates) {
  const fig = $("gate-figure");
  fig.hidden = !gates || !gates.some(Boolean);
  if (fig.hidden) return;
  const c = $("gate-chart");
  const w = (c.width = c.clientWidth * devicePixelRatio);
  const h = (c.height = 90 * devicePixelRatio);
  const g = c.getContext("2d");
  g.clearRect(0, 0, w, h);
  const slot = w / gates.length;
  const router = gates.some((v) => v && v.slice(1).some((x) => x > 0));
  gates.forEach((v, layer) => {
    if (!v) return;
    let y = h;
    (router ? v : v.slice(0, 1)).forEach((share, e) => {
      const bh = share * h;
      g.fillStyle = EXPERT_COLORS[e % EXPERT_COLORS.length];
      g.fillRect(layer * slot + 1, y - bh, Math.max(1, slot - 2), bh);
      y -= bh;
    });
  });
  const gated = gates.filter(Boolean).length;
  $("gate-caption").textContent = router
    ? `Router: each expert's mean share per layer (colours), ${gated} of ${gates.length} layers, measured on the GPU.`
    : `Learned gate: mean σ(w·x + b) per layer (bar height 0–1), ${gated} of ${gates.length} layers, measured on the GPU.`;
  fig.dataset.json = JSON.stringify(gates);
}

/** Tracks steps from streamed chunks: {accepted, step} from speculative modes, one per token for AR. */
function stepTracker(values) {
  let first = true;
  let lastStep;
  let remaining = 0;
  return (c) => {
    if (c.step !== undefined) {
      if (c.step !== lastStep) values.push(c.accepted ?? 1);
      lastStep = c.step;
    } else if (c.accepted !== undefined) {
      // `accepted` = tokens produced by this token's step; its tokens arrive one after another.
      if (remaining === 0) {
        values.push(c.accepted);
        remaining = c.accepted - 1;
      } else remaining--;
    } else if (!first) values.push(1);
    first = false;
    drawChart();
  };
}

function renderStats(el, s) {
  el.dataset.json = JSON.stringify(s);
  const rows = [
    ["mode", s.mode + (s.k ? ` (k=${s.k})` : "")],
    ["tokens", `${s.tokens} (prompt ${s.promptTokens})`],
    ["first token", `${(s.firstTokenMs / 1000).toFixed(2)} s`],
    ["decode speed", `${s.tokensPerSecond.toFixed(2)} tok/s`],
    ["tokens / step", s.tokensPerStep.toFixed(2)],
    ["prefill", `${(s.prefillMs / 1000).toFixed(2)} s` + (s.reusedTokens ? ` (${s.reusedTokens} prompt tokens cached)` : "")],
    ["stop", s.stop],
  ];
  el.innerHTML = rows.map(([k, v]) => `<dt>${k}</dt><dd data-stat="${k}">${v}</dd>`).join("");
}

/** Streams one generation into an output element; resolves to {result, stats} or throws. */
async function runInto(out, statsEl, options, series) {
  out.textContent = "";
  statsEl.innerHTML = "";
  const track = stepTracker(series.values);
  const t0 = performance.now();
  let n = 0;
  const prompt = $("use-chat").checked ? { messages: [{ role: "user", content: $("prompt").value }] } : $("prompt").value;
  const gen = engine.generate(prompt, { ...options, signal: running.signal });
  try {
    for await (const c of gen) {
      out.textContent += c.text;
      out.scrollTop = out.scrollHeight;
      n++;
      track(c);
      statsEl.innerHTML = `<dt>tokens</dt><dd>${n}</dd><dt>elapsed</dt><dd>${((performance.now() - t0) / 1000).toFixed(1)} s</dd>`;
    }
  } catch (e) {
    // An aborted run still has stats (stop: "cancelled").
    if (e.name === "AbortError" && engine.stats()) renderStats(statsEl, engine.stats());
    throw e;
  }
  const result = await gen.result;
  drawGates(result.gates);
  const stats = engine.stats();
  if (stats.acceptedPerStep) series.values.splice(0, series.values.length, ...stats.acceptedPerStep);
  drawChart();
  renderStats(statsEl, stats);
  return { result, stats };
}

function options(mode) {
  const o = { maxTokens: Number($("max-tokens").value) || 32, mode };
  const temperature = Number($("temperature").value) || 0;
  if (temperature > 0) {
    // One explicit seed for both sides of a side-by-side run: sampling stays bit-identical.
    o.temperature = temperature;
    o.seed = Math.max(0, Math.floor(Number($("seed").value) || 0));
  }
  if (mode !== "ar") {
    o.k = Number($("k").value) || 4;
    if ($("adapter").value) o.adapter = $("adapter").value;
  }
  // Both sides of a side-by-side run the same adapted model; its gates are recorded on the GPU.
  if ($("domain").value) {
    o.adapters = { [$("domain").value]: 1 };
    o.gateActivity = true;
  }
  return o;
}

async function guarded(fn) {
  showError(null);
  running = new AbortController();
  setBusy(true);
  document.body.dataset.state = "generating";
  try {
    await fn();
    document.body.dataset.state = "done";
  } catch (e) {
    if (e.name === "AbortError") {
      setStatus("Stopped.");
      document.body.dataset.state = "stopped";
    } else {
      showError(e);
      setStatus("Generation failed.");
      document.body.dataset.state = "error";
    }
  } finally {
    running = null;
    setBusy(false);
  }
}

$("generate").addEventListener("click", () =>
  guarded(async () => {
    const mode = $("mode").value;
    $("panes").classList.remove("two");
    $("pane-b").hidden = true;
    $("pane-a-title").textContent = `Output (${mode})`;
    chart.k = Number($("k").value) || 4;
    chart.series = [{ values: [], color: "#3b5bdb" }];
    drawChart();
    setStatus("Generating…");
    const { stats } = await runInto($("output-a"), $("stats-a"), options(mode), chart.series[0]);
    setStatus(`Done: ${stats.tokens} tokens, ${stats.tokensPerSecond.toFixed(2)} tok/s, first token ${(stats.firstTokenMs / 1000).toFixed(2)} s.`);
  }),
);

$("side-by-side").addEventListener("click", () =>
  guarded(async () => {
    $("panes").classList.add("two");
    $("pane-b").hidden = false;
    $("pane-a-title").textContent = "Autoregressive";
    $("output-b").textContent = "";
    $("stats-b").innerHTML = "";
    const verdict = $("verdict");
    verdict.hidden = false;
    $("check").className = "check na";
    $("check").textContent = "running…";
    $("speedup").textContent = "";
    chart.k = Number($("k").value) || 4;
    chart.series = [{ values: [], color: "#adb5bd" }, { values: [], color: "#3b5bdb" }];
    drawChart();
    setStatus("Side-by-side: autoregressive…");
    const ar = await runInto($("output-a"), $("stats-a"), options("ar"), chart.series[0]);
    const mode = speculativeMode();
    $("pane-b-title").textContent = mode === "ngram" ? "n-gram prompt lookup (speculative, no adapter)" : `${mode.toUpperCase()} (speculative)`;
    setStatus(`Side-by-side: ${mode}…`);
    const mtp = await runInto($("output-b"), $("stats-b"), options(mode), chart.series[1]);
    const same = ar.result.tokens.length === mtp.result.tokens.length && ar.result.tokens.every((t, i) => t === mtp.result.tokens[i]);
    $("check").className = same ? "check ok" : "check bad";
    $("check").textContent = same ? `✓ bit-identical (${ar.result.tokens.length} tokens)` : "✗ outputs differ";
    const speedup = ar.stats.tokensPerSecond > 0 ? mtp.stats.tokensPerSecond / ar.stats.tokensPerSecond : 0;
    $("speedup").textContent = `${mode}: speed-up ×${speedup.toFixed(2)} · ${mtp.stats.tokensPerStep.toFixed(2)} tokens/step`;
    setStatus("Side-by-side done.");
  }),
);

$("stop").addEventListener("click", () => {
  running?.abort();
  setStatus("Stopping…");
});

addEventListener("resize", drawChart);
drawChart();
if (params.get("autoload") === "1") load();

// For the end-to-end tests and the console: the current engine.
window.__demo = { get engine() { return engine; } };
