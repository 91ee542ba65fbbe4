/** The public engine: same API whether the wasm runs in a Web Worker (default) or on this thread. */

import type { AdapterLoaded, Backend, LoadRequest, RawResult } from "./wasm-backend.js";
import { GatedLoraError, abortError, deserializeError, toGatedLoraError, webgpuUnavailable, type SerializedError } from "./errors.js";
import { clearCache, resolveAdapterSource, resolveSource, type ResolvedAdapterSource } from "./loader.js";
import { StopFilter, stopSequences } from "./stop.js";
import type {
  AdapterInfo,
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  Chunk,
  CreateEngineOptions,
  EngineFeatures,
  EngineInfo,
  FinishReason,
  GenerateOptions,
  GenerationResult,
  GenerationStats,
  GenerationStream,
  Prompt,
  ProgressCallback,
  ProgressEvent,
  Source,
} from "./types.js";

/** Whether this context exposes WebGPU (`navigator.gpu`). */
export function isWebGPUAvailable(): boolean {
  return typeof navigator !== "undefined" && !!(navigator as { gpu?: unknown }).gpu;
}

// ---- Worker back-end ---------------------------------------------------------------------------

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
  onEvent?(e: unknown): void;
}

class WorkerBackend implements Backend {
  private worker: Worker;
  private nextMessage = 1;
  private pending = new Map<number, Pending>();
  private dead?: GatedLoraError;

  constructor() {
    // This exact form lets bundlers (Vite, webpack 5, Parcel) find and emit the worker.
    this.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module", name: "gated-lora-webgpu" });
    this.worker.onmessage = (e: MessageEvent) => {
      const m = e.data as { id: number; event?: unknown; result?: unknown; error?: SerializedError };
      const p = this.pending.get(m.id);
      if (!p) return;
      if ("event" in m) p.onEvent?.(m.event);
      else {
        this.pending.delete(m.id);
        if (m.error) p.reject(deserializeError(m.error));
        else p.resolve(m.result);
      }
    };
    this.worker.onerror = (e: ErrorEvent) => {
      e.preventDefault?.();
      this.fail(new GatedLoraError(`the engine's Web Worker failed: ${e.message || "could not load worker.js"}`, "WORKER_ERROR", {
        hint: "Serve the package files (worker.js, the .wasm) from the same origin as the page, or pass worker: false.",
      }));
    };
    this.worker.onmessageerror = () => this.fail(new GatedLoraError("a message from the engine's worker could not be read", "WORKER_ERROR"));
  }

  private fail(e: GatedLoraError): void {
    this.dead = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.worker.terminate();
  }

  private call<T>(method: string, args: unknown[], onEvent?: (e: unknown) => void): Promise<T> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextMessage++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onEvent });
      this.worker.postMessage({ id, method, args });
    });
  }

  load(req: LoadRequest, onProgress: ProgressCallback) {
    return this.call<{ info: EngineInfo; features: EngineFeatures }>("load", [req], (e) => onProgress(e as ProgressEvent));
  }
  generate(id: number, prompt: unknown, options: Record<string, unknown>, onChunk: (c: Chunk) => void) {
    return this.call<RawResult>("generate", [id, prompt, options], (e) => onChunk(e as Chunk));
  }
  abort(id: number): void {
    if (!this.dead) this.worker.postMessage({ id: 0, method: "abort", args: [id] });
  }
  loadAdapter(name: string, source: ResolvedAdapterSource, cache: boolean, onProgress: ProgressCallback) {
    return this.call<AdapterLoaded>("loadAdapter", [name, source, cache], (e) => onProgress(e as ProgressEvent));
  }
  unloadAdapter(name: string) {
    return this.call<EngineInfo>("unloadAdapter", [name]);
  }
  encode(prompt: unknown) {
    return this.call<number[]>("encode", [prompt]);
  }
  decode(ids: number[]) {
    return this.call<string>("decode", [ids]);
  }
  reload(onProgress: ProgressCallback) {
    return this.call<EngineInfo>("reload", [], (e) => onProgress(e as ProgressEvent));
  }
  async dispose(): Promise<void> {
    if (this.dead) return;
    try {
      await Promise.race([this.call<void>("dispose", []), new Promise((r) => setTimeout(r, 5000))]);
    } catch {
      // terminating frees everything anyway
    }
    this.fail(new GatedLoraError("the engine was disposed", "DISPOSED"));
  }
}

// ---- Streaming ---------------------------------------------------------------------------------

/** A single-consumer async queue. */
class Channel<T> {
  private items: T[] = [];
  private waiting?: { resolve(r: IteratorResult<T>): void; reject(e: unknown): void };
  private finished = false;
  private error: unknown;

  push(item: T): void {
    if (this.finished) return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w.resolve({ value: item, done: false });
    } else this.items.push(item);
  }

  end(error?: unknown): void {
    if (this.finished) return;
    this.finished = true;
    this.error = error;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      if (error !== undefined) w.reject(error);
      else w.resolve({ value: undefined, done: true });
    }
  }

  iterator(onReturn: () => void): AsyncIterator<T> {
    return {
      next: () => {
        if (this.items.length) return Promise.resolve({ value: this.items.shift()!, done: false });
        if (this.finished) {
          if (this.error !== undefined) {
            const e = this.error;
            this.error = undefined;
            return Promise.reject(e);
          }
          return Promise.resolve({ value: undefined, done: true });
        }
        return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
      },
      // `break` out of for-await stops the generation.
      return: () => {
        onReturn();
        this.items = [];
        this.error = undefined;
        this.finished = true;
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}

function normalizePrompt(prompt: Prompt): unknown {
  if (typeof prompt === "string") return prompt;
  if (!prompt || typeof prompt !== "object") throw new GatedLoraError("a prompt is a string, {messages}, {chat}, {text} or {tokens}", "INVALID_ARGUMENT");
  if ("messages" in prompt) {
    if (!Array.isArray(prompt.messages) || prompt.messages.some((m) => !m || typeof m !== "object")) {
      throw new GatedLoraError("messages is an array of {role, content}", "INVALID_ARGUMENT");
    }
    const messages = prompt.messages.map((m) => {
      const content = m.content as unknown;
      // OpenAI content parts: keep the text parts.
      const text = Array.isArray(content)
        ? content.map((p: { type?: string; text?: string }) => (p?.type === "text" ? p.text ?? "" : "")).join("")
        : String(content ?? "");
      return { role: String(m.role), content: text };
    });
    return { messages };
  }
  if ("tokens" in prompt) return { tokens: Array.from(prompt.tokens) };
  if ("chat" in prompt) return { chat: String(prompt.chat) };
  if ("text" in prompt) return { text: String(prompt.text) };
  throw new GatedLoraError("a prompt is a string, {messages}, {chat}, {text} or {tokens}", "INVALID_ARGUMENT");
}

/** Options for the wasm engine: all but `signal` and `stop` (this wrapper's), null and undefined
 * meaning "the default" (OpenAI clients send null for unset fields). The wasm engine rejects
 * names it does not know. */
function wasmOptions(options: GenerateOptions): Record<string, unknown> {
  if (!options || typeof options !== "object") throw new GatedLoraError("generate options are an object", "INVALID_ARGUMENT");
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(options)) {
    if (key === "signal" || key === "stop" || v === undefined || v === null) continue;
    if (typeof v === "function") {
      throw new GatedLoraError(`option ${key} is a function: generate() streams its tokens through the async iterator it returns`, "INVALID_ARGUMENT");
    }
    out[key] = v;
  }
  // Like OpenAI's API: sampling without a seed draws a fresh one per call (reported in stats).
  if (typeof out.temperature === "number" && out.temperature > 0 && out.seed === undefined) {
    out.seed = crypto.getRandomValues(new Uint32Array(1))[0];
  }
  return out;
}

function acceptedPerStep(raw: RawResult, chunks: Chunk[]): number[] | undefined {
  if (Array.isArray(raw.accepted)) return raw.accepted as number[];
  if (!chunks.some((c) => c.accepted !== undefined)) return undefined;
  const out: number[] = [];
  if (chunks.some((c) => c.step !== undefined)) {
    let last: number | undefined;
    for (const c of chunks) {
      if (c.step !== undefined && c.step !== last && c.accepted !== undefined) {
        out.push(c.accepted);
        last = c.step;
      }
    }
    return out;
  }
  // No step index: a step that produced `a` tokens reports them as `a` consecutive chunks.
  for (let i = 0; i < chunks.length; ) {
    const a = Math.max(1, chunks[i].accepted ?? 1);
    out.push(a);
    i += a;
  }
  return out;
}

function makeStats(raw: RawResult, options: Record<string, unknown>, chunks: Chunk[]): GenerationStats {
  const tokens = raw.tokens.length;
  const steps = raw.steps;
  const accepted = Array.isArray(raw.accepted) ? (raw.accepted as number[]) : [];
  const acceptedSum = accepted.reduce((a, b) => a + b, 0);
  const stats: GenerationStats = {
    mode: (raw.mode as string | undefined) ?? (options.mode as string | undefined) ?? "ar",
    promptTokens: raw.promptTokens.length,
    tokens,
    steps,
    tokensPerStep: accepted.length > 0 ? acceptedSum / accepted.length : steps > 0 ? (tokens - 1) / steps : tokens > 0 ? 1 : 0,
    tokensPerSecond: raw.decodeTokens > 0 && raw.decodeMs > 0 ? raw.decodeTokens / (raw.decodeMs / 1000) : 0,
    firstTokenMs: raw.firstTokenMs,
    prefillMs: raw.prefillMs,
    decodeMs: raw.decodeMs,
    totalMs: raw.totalMs,
    stop: raw.stop,
  };
  const k = (raw.k as number | undefined) ?? (options.k as number | undefined);
  if (k !== undefined && stats.mode !== "ar") stats.k = k;
  if (Array.isArray(raw.tree) && stats.mode === "mtp") stats.tree = raw.tree as number[];
  if (typeof raw.branchSteps === "number" && stats.mode === "mtp") stats.branchSteps = raw.branchSteps;
  if (options.adapter !== undefined) stats.adapter = String(options.adapter);
  if (typeof options.seed === "number") stats.seed = options.seed;
  if (typeof raw.reused === "number") stats.reusedTokens = raw.reused;
  if (typeof raw.decodeEncodeMs === "number" && steps > 0) stats.encodeMsPerPass = raw.decodeEncodeMs / steps;
  const acc = acceptedPerStep(raw, chunks);
  if (acc) stats.acceptedPerStep = acc;
  return stats;
}

/** OpenAI's finish_reason: "stop" for an end-of-generation token or a stop sequence. */
function finishReason(stop: string): FinishReason {
  return stop === "max_tokens" || stop === "context" ? "length" : "stop";
}

/** The OpenAI request fields `create` maps onto generate options. */
const CHAT_FIELDS = new Set([
  "messages", "stream", "stream_options", "model", "max_tokens", "max_completion_tokens", "temperature", "top_p", "top_k",
  "repetition_penalty", "seed", "n", "stop", "mode", "adapter", "adapters", "k", "tree", "signal",
]);

/** OpenAI request fields with nothing to do here: accepted at the value that turns them off (or,
 * for the provider-side bookkeeping ones, any value), refused with NOT_SUPPORTED otherwise. */
const CHAT_OFF: Record<string, (v: unknown) => boolean> = {
  frequency_penalty: (v) => v === 0,
  presence_penalty: (v) => v === 0,
  logprobs: (v) => v === false,
  top_logprobs: (v) => v === 0,
  logit_bias: (v) => typeof v === "object" && Object.keys(v as object).length === 0,
  tools: (v) => Array.isArray(v) && v.length === 0,
  tool_choice: (v) => v === "none",
  parallel_tool_calls: () => true,
  response_format: (v) => (v as { type?: unknown }).type === "text",
  store: (v) => v === false,
  metadata: () => true,
  user: () => true,
};

/** A request field this engine would not honour is an error, never silently dropped. */
function checkChatRequest(req: ChatCompletionRequest): void {
  for (const [key, v] of Object.entries(req)) {
    if (v === undefined || v === null || CHAT_FIELDS.has(key)) continue;
    const off = CHAT_OFF[key];
    if (!off) {
      throw new GatedLoraError(`unknown request field ${key}; known: ${[...CHAT_FIELDS, ...Object.keys(CHAT_OFF)].join(", ")}`, "INVALID_ARGUMENT");
    }
    if (!off(v)) throw new GatedLoraError(`${key} = ${JSON.stringify(v)} is not supported by this engine`, "NOT_SUPPORTED");
  }
}

// ---- Engine ------------------------------------------------------------------------------------

export class Engine {
  /** Device, model fingerprint, context, vocabulary size, GPU bytes (model, cache and loaded
   * adapters: updated by loadAdapter, unloadAdapter and reload), model name. */
  get info(): EngineInfo {
    return this.currentInfo;
  }
  /** Decoding modes and options this build of the wasm engine supports. */
  readonly features: EngineFeatures;
  /** Whether the engine runs in a Web Worker. */
  readonly inWorker: boolean;
  /** OpenAI-style chat completions: `engine.chat.completions.create({messages, stream})`. */
  readonly chat: {
    completions: {
      create(request: ChatCompletionRequest & { stream: true }): Promise<AsyncIterable<ChatCompletionChunk>>;
      create(request: ChatCompletionRequest & { stream?: false }): Promise<ChatCompletion>;
      create(request: ChatCompletionRequest): Promise<ChatCompletion | AsyncIterable<ChatCompletionChunk>>;
    };
  };

  private backend: Backend;
  private currentInfo: EngineInfo;
  private cache: boolean;
  private reloadOnDeviceLoss: boolean;
  private reloading?: Promise<EngineInfo>;
  private lastStats: GenerationStats | null = null;
  private loadedAdapters = new Map<string, AdapterInfo>();
  private nextId = 1;
  private disposed = false;

  /** @internal use `createEngine`. */
  constructor(backend: Backend, info: EngineInfo, features: EngineFeatures, inWorker: boolean, cache: boolean, reloadOnDeviceLoss = false) {
    this.backend = backend;
    this.currentInfo = info;
    this.reloadOnDeviceLoss = reloadOnDeviceLoss;
    this.features = features;
    this.inWorker = inWorker;
    this.cache = cache;
    const create = (request: ChatCompletionRequest) => this.createCompletion(request);
    this.chat = { completions: { create: create as Engine["chat"]["completions"]["create"] } };
  }

  private alive(): void {
    if (this.disposed) throw new GatedLoraError("the engine was disposed", "DISPOSED");
  }

  /** The error as a GatedLoraError; GPU_DEVICE_LOST starts the reload `reloadOnDeviceLoss` asks for. */
  private failed(e: unknown): GatedLoraError {
    const err = toGatedLoraError(e);
    if (err.code === "GPU_DEVICE_LOST" && this.reloadOnDeviceLoss && !this.disposed) this.reload().catch(() => undefined);
    return err;
  }

  /**
   * Generates from a prompt; iterate the result for `{token, text, accepted?}` chunks
   * (`for await (const c of engine.generate(...))`), or await `.result`. Options other than
   * `signal` go to the wasm engine unchanged.
   */
  generate(prompt: Prompt, options: GenerateOptions | null = {}): GenerationStream {
    options ??= {};
    const channel = new Channel<Chunk>();
    const chunks: Chunk[] = [];
    const id = this.nextId++;
    const signal = options.signal;
    let aborted = false;
    let settled = false;
    const abort = () => {
      if (aborted || settled) return;
      aborted = true;
      this.backend.abort(id);
    };
    const onAbort = () => abort();
    const show = (shown: Chunk[]) => {
      for (const c of shown) {
        chunks.push(c);
        channel.push(c);
      }
    };
    const run = (async (): Promise<GenerationResult> => {
      this.alive();
      const p = normalizePrompt(prompt);
      const o = wasmOptions(options);
      const stops = stopSequences(options.stop);
      const filter = stops.length ? new StopFilter(stops) : undefined;
      if (signal?.aborted) throw abortError();
      signal?.addEventListener("abort", onAbort, { once: true });
      try {
        let raw = await this.backend.generate(id, p, o, (c) => {
          if (!filter) return show([c]);
          if (filter.hit) return;
          show(filter.push(c));
          // The stop sequence ends the generation at the engine's next token.
          if (filter.hit) this.backend.abort(id);
        });
        if (filter && !filter.hit) show(filter.flush());
        // The speed figures count every token the engine generated, the ones a stop sequence
        // cut off included; the result holds the output.
        if (filter?.hit) raw = { ...raw, stop: "stop_sequence" };
        else if (aborted && raw.stop === "cancelled") {
          this.lastStats = makeStats(raw, o, chunks);
          throw abortError();
        }
        const stats = makeStats(raw, o, chunks);
        this.lastStats = stats;
        const out: GenerationResult = filter?.hit
          ? { promptTokens: raw.promptTokens, tokens: raw.tokens.slice(0, filter.tokens), text: filter.text, stop: raw.stop, stats }
          : { promptTokens: raw.promptTokens, tokens: raw.tokens, text: raw.text, stop: raw.stop, stats };
        if (Array.isArray(raw.gates)) out.gates = raw.gates;
        return out;
      } finally {
        signal?.removeEventListener("abort", onAbort);
      }
    })();
    // Both the iterator and `.result` report a failure as a GatedLoraError.
    const result = run.catch((e) => {
      throw this.failed(e);
    });
    result.then(
      () => {
        settled = true;
        channel.end();
      },
      (e) => {
        settled = true;
        channel.end(e);
      },
    );
    result.catch(() => undefined); // the iterator reports errors; don't also report them as unhandled
    return {
      [Symbol.asyncIterator]: () => channel.iterator(abort),
      result,
      abort,
    };
  }

  private async createCompletion(req: ChatCompletionRequest): Promise<ChatCompletion | AsyncIterable<ChatCompletionChunk>> {
    this.alive();
    if (!req || !Array.isArray(req.messages)) throw new GatedLoraError("messages is required", "INVALID_ARGUMENT");
    checkChatRequest(req);
    stopSequences(req.stop);
    if (req.n != null && req.n !== 1) throw new GatedLoraError("only n = 1 is supported", "INVALID_ARGUMENT");
    // OpenAI allows top_p = 0: only the most likely token, which is top_k = 1.
    const topPZero = req.top_p === 0;
    const options: GenerateOptions = {
      maxTokens: req.max_completion_tokens ?? req.max_tokens,
      temperature: req.temperature,
      topP: topPZero ? undefined : req.top_p,
      topK: topPZero ? 1 : req.top_k,
      seed: req.seed,
      repetitionPenalty: req.repetition_penalty,
      stop: req.stop,
      mode: req.mode,
      adapter: req.adapter,
      adapters: req.adapters,
      k: req.k,
      tree: req.tree,
      signal: req.signal,
    };
    const id = `chatcmpl-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
    const created = Math.floor(Date.now() / 1000);
    const model = req.model ?? this.info.name ?? "gguf";
    const system_fingerprint = this.info.fingerprint;
    const gen = this.generate({ messages: req.messages }, options);
    const usage = (r: GenerationResult) => ({
      prompt_tokens: r.promptTokens.length,
      completion_tokens: r.tokens.length,
      total_tokens: r.promptTokens.length + r.tokens.length,
    });
    if (!req.stream) {
      const r = await gen.result;
      return {
        id,
        object: "chat.completion",
        created,
        model,
        system_fingerprint,
        choices: [{ index: 0, message: { role: "assistant", content: r.text, refusal: null }, finish_reason: finishReason(r.stop), logprobs: null }],
        usage: usage(r),
      };
    }
    const includeUsage = !!req.stream_options?.include_usage;
    const chunk = (delta: ChatCompletionChunk["choices"][0]["delta"], finish: FinishReason): ChatCompletionChunk => ({
      id,
      object: "chat.completion.chunk",
      created,
      model,
      system_fingerprint,
      choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
      ...(includeUsage ? { usage: null } : {}),
    });
    return (async function* () {
      yield chunk({ role: "assistant", content: "" }, null);
      for await (const c of gen) if (c.text) yield chunk({ content: c.text }, null);
      const r = await gen.result;
      yield chunk({}, finishReason(r.stop));
      if (includeUsage) yield { ...chunk({}, null), choices: [], usage: usage(r) };
    })();
  }

  /** Statistics of the last generation (null before the first). */
  stats(): GenerationStats | null {
    return this.lastStats ? { ...this.lastStats } : null;
  }

  /** Names of the loaded adapters (both kinds). */
  get adapters(): string[] {
    return [...this.loadedAdapters.keys()];
  }

  /** What each loaded adapter is: `{name, kind: "mtp" | "domain", rank, targets, bytes, …}`. */
  get adapterInfo(): AdapterInfo[] {
    return [...this.loadedAdapters.values()].map((a) => ({ ...a }));
  }

  /**
   * Loads an adapter under `name`, recognising its kind: a gated-LoRA MTP adapter or a gated
   * domain adapter (safetensors), a llama.cpp GGUF LoRA (one file), or a PEFT LoRA as
   * `{config, weights}` (adapter_config.json and adapter_model.safetensors). Domain adapters run
   * on every token when a generation names them (`adapter`, or `adapters: {name: weight}`);
   * several stay loaded over the one base. Rejects with code NOT_SUPPORTED when this build of
   * the wasm engine has no adapter support.
   */
  async loadAdapter(
    name: string,
    source: Source | { config: Source; weights: Source },
    options: { onProgress?: ProgressCallback; cache?: boolean } = {},
  ): Promise<AdapterInfo> {
    this.alive();
    try {
      const { adapter, info } = await this.backend.loadAdapter(name, resolveAdapterSource(source), options.cache ?? this.cache, options.onProgress ?? (() => undefined));
      this.loadedAdapters.set(name, adapter);
      this.currentInfo = info;
      return adapter;
    } catch (e) {
      throw this.failed(e);
    }
  }

  /** Unloads an adapter of either kind and frees its GPU memory; a name that is not loaded
   * rejects with INVALID_ARGUMENT. */
  async unloadAdapter(name: string): Promise<void> {
    this.alive();
    if (!this.loadedAdapters.has(name)) throw new GatedLoraError(`no adapter named ${JSON.stringify(name)} is loaded`, "INVALID_ARGUMENT");
    try {
      this.currentInfo = await this.backend.unloadAdapter(name);
      this.loadedAdapters.delete(name);
    } catch (e) {
      throw this.failed(e);
    }
  }

  /** Token ids of a prompt. */
  async encode(prompt: Prompt): Promise<number[]> {
    this.alive();
    return this.backend.encode(normalizePrompt(prompt));
  }

  async decode(ids: number[]): Promise<string> {
    this.alive();
    if (!Array.isArray(ids) && !ArrayBuffer.isView(ids)) throw new GatedLoraError("decode takes an array of token ids", "INVALID_ARGUMENT");
    return this.backend.decode(Array.from(ids as ArrayLike<number>));
  }

  /**
   * After an error with code GPU_DEVICE_LOST (every call fails until then): opens a new GPU
   * device, uploads the model again (a URL from Cache Storage or the network, a File or bytes
   * from memory) and every loaded adapter, under the same names. Generation then gives the same
   * tokens as before the loss. Calls made meanwhile wait for it. `reloadOnDeviceLoss: true` in
   * `createEngine` does this by itself.
   */
  async reload(options: { onProgress?: ProgressCallback } = {}): Promise<EngineInfo> {
    this.alive();
    this.reloading ??= this.backend.reload(options.onProgress ?? (() => undefined)).then(
      (info) => {
        this.currentInfo = info;
        this.reloading = undefined;
        return info;
      },
      (e) => {
        this.reloading = undefined;
        throw toGatedLoraError(e);
      },
    );
    return this.reloading;
  }

  /** Stops any generation, frees GPU memory (and the worker). The engine is unusable after. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.backend.dispose();
  }
}

const ENGINE_OPTIONS = ["model", "adapters", "worker", "onProgress", "context", "maxRows", "cache", "gpuMemoryLimit", "reloadOnDeviceLoss"];

/**
 * Loads a model and returns a ready engine.
 *
 * ```js
 * const engine = await createEngine({ model: "/models/SmolLM2-135M-Instruct.Q4_1.gguf", onProgress: (p) => console.log(p.text) });
 * for await (const { text } of engine.generate({ messages: [{ role: "user", content: "Hi!" }] }, { maxTokens: 64 })) out.textContent += text;
 * ```
 */
export async function createEngine(options: CreateEngineOptions): Promise<Engine> {
  if (!options || options.model === undefined || options.model === null) {
    throw new GatedLoraError("createEngine needs {model: url | File | ArrayBuffer}", "INVALID_ARGUMENT");
  }
  const unknown = Object.keys(options).filter((k) => !ENGINE_OPTIONS.includes(k));
  if (unknown.length) {
    throw new GatedLoraError(`unknown createEngine option ${unknown.join(", ")}; known: ${ENGINE_OPTIONS.join(", ")}`, "INVALID_ARGUMENT");
  }
  if (!isWebGPUAvailable()) throw webgpuUnavailable();
  const source = resolveSource(options.model);
  const inWorker = (options.worker ?? true) && typeof Worker !== "undefined";
  const onProgress = options.onProgress ?? (() => undefined);
  let backend: Backend;
  if (inWorker) backend = new WorkerBackend();
  else {
    const { WasmBackend } = await import("./wasm-backend.js");
    backend = new WasmBackend();
  }
  try {
    const { info, features } = await backend.load({ source, context: options.context, maxRows: options.maxRows, gpuMemoryLimit: options.gpuMemoryLimit, cache: options.cache ?? true }, onProgress);
    const engine = new Engine(backend, info, features, inWorker, options.cache ?? true, options.reloadOnDeviceLoss ?? false);
    for (const [name, src] of Object.entries(options.adapters ?? {})) await engine.loadAdapter(name, src, { onProgress });
    return engine;
  } catch (e) {
    await backend.dispose().catch(() => undefined);
    throw toGatedLoraError(e);
  }
}

export { clearCache };
