/**
 * The back-end that owns the wasm module's `WasmEngine`: runs inside the Web Worker, or on the
 * main thread when `worker: false`. The public `Engine` (engine.ts) talks to it through the
 * `Backend` interface, directly or through `WorkerBackend`.
 */

import init, { WasmEngine, inspectGguf } from "./wasm/gated_lora_webgpu.js";
import { GatedLoraError, abortError, notSupported, toGatedLoraError, webgpuUnavailable } from "./errors.js";
import { progressEvent, readSource, type ResolvedAdapterSource, type ResolvedSource } from "./loader.js";
import type { AdapterInfo, Chunk, DecodeMode, EngineFeatures, EngineInfo, ProgressCallback } from "./types.js";

export interface LoadRequest {
  source: ResolvedSource;
  context?: number;
  maxRows?: number;
  gpuMemoryLimit?: number;
  cache?: boolean;
}

/** What the wasm engine's generate resolves to, plus timing measured here. */
export interface RawResult {
  promptTokens: number[];
  tokens: number[];
  text: string;
  stop: string;
  prefillMs: number;
  decodeMs: number;
  /** CPU ms the decode passes spent being built (wasm until each submit). */
  decodeEncodeMs?: number;
  steps: number;
  /** Tokens the decode passes produced (all but the first in AR): decode rates divide this. */
  decodeTokens: number;
  mode?: string;
  k?: number;
  tree?: number[];
  branchSteps?: number;
  accepted?: number[];
  gates?: (number[] | null)[];
  /** From the call to the first token (ms), measured by the core. */
  firstTokenMs: number;
  totalMs: number;
  cancelled: boolean;
  [key: string]: unknown;
}

export interface AdapterLoaded {
  adapter: AdapterInfo;
  info: EngineInfo;
}

/** The operations both back-ends (worker, main thread) provide. */
export interface Backend {
  load(req: LoadRequest, onProgress: ProgressCallback): Promise<{ info: EngineInfo; features: EngineFeatures }>;
  generate(id: number, prompt: unknown, options: Record<string, unknown>, onChunk: (c: Chunk) => void): Promise<RawResult>;
  abort(id: number): void;
  /** Resolves to the adapter's description and the engine's info with its new GPU bytes. */
  loadAdapter(name: string, source: ResolvedAdapterSource, cache: boolean, onProgress: ProgressCallback): Promise<AdapterLoaded>;
  unloadAdapter(name: string): Promise<EngineInfo>;
  encode(prompt: unknown): Promise<number[]>;
  decode(ids: number[]): Promise<string>;
  /** After GPU_DEVICE_LOST: a new device, the model read again from its source, the adapters re-uploaded. */
  reload(onProgress: ProgressCallback): Promise<EngineInfo>;
  dispose(): Promise<void>;
}

let wasmReady: Promise<unknown> | undefined;

/** Instantiates the wasm module once per thread (the .wasm is found next to its JS glue). */
function ensureWasm(): Promise<unknown> {
  wasmReady ??= init().catch((e: unknown) => {
    wasmReady = undefined;
    throw e;
  });
  return wasmReady;
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

/** What the engine's `info().features` reports: modes, plus "adapters" and "sampling". */
function features(info: Record<string, unknown>): EngineFeatures {
  const reported = Array.isArray(info.features) ? (info.features as string[]) : [];
  const modes: DecodeMode[] = ["ar"];
  for (const m of reported) if (!["ar", "adapters", "sampling"].includes(m)) modes.push(m as DecodeMode);
  return { modes, adapters: reported.includes("adapters"), sampling: reported.includes("sampling") };
}

export class WasmBackend implements Backend {
  private engine?: WasmEngine;
  private features: EngineFeatures = { modes: ["ar"], adapters: false, sampling: false };
  private queue: Promise<unknown> = Promise.resolve();
  private aborted = new Set<number>();
  private running?: number;
  private disposed = false;
  private request?: LoadRequest;
  private header: { name?: string; architecture?: string } = {};
  private modelBytes = 0;
  /** The last reload: encode and decode wait for it (it holds the engine), not for generations. */
  private reloaded: Promise<unknown> = Promise.resolve();

  async load(req: LoadRequest, onProgress: ProgressCallback): Promise<{ info: EngineInfo; features: EngineFeatures }> {
    if (typeof navigator === "undefined" || !(navigator as { gpu?: unknown }).gpu) throw webgpuUnavailable();
    try {
      const [, bytes] = await Promise.all([ensureWasm(), readSource(req.source, "model", req.cache ?? true, onProgress)]);
      // Header first: a wrong file fails here in milliseconds with its code (GGUF_MAGIC, ...).
      const header = inspectGguf(bytes) as { name?: string; architecture?: string };
      const total = bytes.length;
      onProgress(progressEvent("model", "upload", 0, total));
      const engine = (await WasmEngine.load(bytes, {
        context: req.context,
        maxRows: req.maxRows,
        gpuMemoryLimit: req.gpuMemoryLimit,
        onProgress: (loaded: number, t?: number) => onProgress(progressEvent("model", "upload", loaded, t ?? total)),
      })) as WasmEngine;
      onProgress(progressEvent("model", "upload", total, total));
      this.engine?.free();
      this.engine = engine;
      this.request = req;
      this.header = header;
      this.modelBytes = total;
      this.features = features(engine.info() as Record<string, unknown>);
      onProgress(progressEvent("model", "ready", total, total));
      return { info: this.info(), features: this.features };
    } catch (e) {
      throw toGatedLoraError(e);
    }
  }

  private info(): EngineInfo {
    const raw = this.need().info() as Record<string, unknown>;
    return {
      ...(raw as object),
      device: String(raw.device),
      fingerprint: String(raw.fingerprint),
      context: Number(raw.context),
      vocabSize: Number(raw.vocabSize),
      gpuBytes: Number(raw.gpuBytes),
      name: this.header.name ?? undefined,
      architecture: this.header.architecture ?? undefined,
      modelBytes: this.modelBytes,
    };
  }

  reload(onProgress: ProgressCallback): Promise<EngineInfo> {
    const run = this.serial(async () => {
      try {
        const engine = this.need();
        const req = this.request!;
        // A URL comes back from Cache Storage (or the network), a File or bytes from memory.
        const bytes = await readSource(req.source, "model", req.cache ?? true, onProgress);
        onProgress(progressEvent("model", "upload", 0, bytes.length));
        await engine.reload(bytes);
        onProgress(progressEvent("model", "ready", bytes.length, bytes.length));
        this.modelBytes = bytes.length;
        return this.info();
      } catch (e) {
        throw toGatedLoraError(e);
      }
    });
    this.reloaded = run.catch(() => undefined);
    return run;
  }

  private need(): WasmEngine {
    if (this.disposed) throw new GatedLoraError("the engine was disposed", "DISPOSED");
    if (!this.engine) throw new GatedLoraError("no model is loaded", "INVALID_ARGUMENT");
    return this.engine;
  }

  /** Rejects options this build cannot honour instead of silently running autoregressive. */
  private check(options: Record<string, unknown>): void {
    const mode = (options.mode as string | undefined) ?? "ar";
    if (typeof mode !== "string") throw new GatedLoraError("mode is a string", "INVALID_ARGUMENT");
    if (!this.features.modes.includes(mode)) {
      if (["mtp", "mtp-linear", "ngram"].includes(mode)) {
        throw notSupported(mode.startsWith("mtp") ? `multi-token prediction (mode "${mode}", adapter support)` : `mode "${mode}"`);
      }
      throw new GatedLoraError(`unknown mode ${JSON.stringify(mode)} (${this.features.modes.join(", ")})`, "INVALID_ARGUMENT");
    }
    if ((options.adapter !== undefined || options.adapters !== undefined) && !this.features.adapters) throw notSupported("adapter support");
    const t = options.temperature as number | undefined;
    if (t !== undefined && t > 0 && !this.features.sampling) throw notSupported("sampling (temperature > 0)");
  }

  /** Runs engine operations one at a time: one KV cache, and adapters change only between generations. */
  private serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  generate(id: number, prompt: unknown, options: Record<string, unknown>, onChunk: (c: Chunk) => void): Promise<RawResult> {
    return this.serial(() => this.run(id, prompt, options, onChunk));
  }

  private async run(id: number, prompt: unknown, options: Record<string, unknown>, onChunk: (c: Chunk) => void): Promise<RawResult> {
    try {
      const engine = this.need();
      if (this.aborted.has(id)) throw abortError();
      this.check(options);
      this.running = id;
      const wasmPrompt = typeof prompt === "string" ? { text: prompt } : prompt;
      const t0 = now();
      let first = -1;
      const onToken = (token: number, text: string, extra?: unknown): boolean => {
        if (first < 0) first = now() - t0;
        const chunk: Chunk = { token, text };
        if (typeof extra === "number") chunk.accepted = extra;
        else if (extra && typeof extra === "object") {
          const x = extra as { accepted?: unknown; step?: unknown };
          if (typeof x.accepted === "number") chunk.accepted = x.accepted;
          if (typeof x.step === "number") chunk.step = x.step;
        }
        onChunk(chunk);
        return !this.aborted.has(id);
      };
      const r = (await engine.generate(wasmPrompt, options, onToken)) as Record<string, unknown>;
      const totalMs = now() - t0;
      return {
        ...(r as object),
        promptTokens: Array.from(r.promptTokens as ArrayLike<number>),
        tokens: Array.from(r.tokens as ArrayLike<number>),
        text: String(r.text),
        stop: String(r.stop),
        prefillMs: Number(r.prefillMs),
        decodeMs: Number(r.decodeMs),
        decodeTokens: Number(r.decodeTokens),
        steps: Number(r.steps),
        firstTokenMs: first < 0 ? totalMs : first,
        totalMs,
        cancelled: this.aborted.has(id),
      } as RawResult;
    } catch (e) {
      throw toGatedLoraError(e);
    } finally {
      this.aborted.delete(id);
      this.running = undefined;
    }
  }

  abort(id: number): void {
    this.aborted.add(id);
  }

  async loadAdapter(name: string, source: ResolvedAdapterSource, cache: boolean, onProgress: ProgressCallback): Promise<AdapterLoaded> {
    const engine = this.need();
    const what = `adapter:${name}`;
    try {
      let r: { adapter: unknown; info: EngineInfo };
      let size: number;
      if ("peft" in source) {
        const config = await readSource(source.peft.config, `${what}:config`, cache, onProgress);
        const weights = await readSource(source.peft.weights, what, cache, onProgress);
        size = config.length + weights.length;
        onProgress(progressEvent(what, "upload", 0, size));
        r = await this.serial(async () => ({ adapter: engine.loadPeftAdapter(name, config, weights), info: this.info() }));
      } else {
        const bytes = await readSource(source, what, cache, onProgress);
        size = bytes.length;
        onProgress(progressEvent(what, "upload", 0, size));
        r = await this.serial(async () => ({ adapter: engine.loadAdapter(name, bytes), info: this.info() }));
      }
      onProgress(progressEvent(what, "ready", size, size));
      return { adapter: { ...(r.adapter && typeof r.adapter === "object" ? (r.adapter as object) : {}), name }, info: r.info };
    } catch (e) {
      throw toGatedLoraError(e);
    }
  }

  async unloadAdapter(name: string): Promise<EngineInfo> {
    const engine = this.need();
    try {
      return await this.serial(async () => {
        engine.unloadAdapter(name);
        return this.info();
      });
    } catch (e) {
      throw toGatedLoraError(e);
    }
  }

  async encode(prompt: unknown): Promise<number[]> {
    await this.reloaded;
    try {
      return Array.from(this.need().encode(typeof prompt === "string" ? { text: prompt } : prompt));
    } catch (e) {
      throw toGatedLoraError(e);
    }
  }

  async decode(ids: number[]): Promise<string> {
    await this.reloaded;
    try {
      return this.need().decode(Uint32Array.from(ids));
    } catch (e) {
      throw toGatedLoraError(e);
    }
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    // Stop a running generation at its next token, then free the GPU buffers.
    if (this.running !== undefined) this.aborted.add(this.running);
    await this.queue;
    this.engine?.free();
    this.engine = undefined;
  }
}
