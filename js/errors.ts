/** Errors: every failure reaches the caller as a `GatedLoraError` (an `Error` with a stable `.code`). */

/**
 * Codes raised by this wrapper. The engine's own codes (`GGUF_MAGIC`, `GGUF_TRUNCATED`,
 * `CONTEXT_OVERFLOW`, `GPU_UNAVAILABLE`, `ADAPTER_BASE_MISMATCH`, ... see src/error.rs) pass through
 * unchanged.
 */
export type WrapperErrorCode =
  | "WEBGPU_UNAVAILABLE" // navigator.gpu is missing
  | "FETCH_FAILED" // a model/adapter URL could not be downloaded
  | "NOT_SUPPORTED" // the option/method needs an engine feature this wasm build lacks (e.g. MTP)
  | "ABORTED" // the AbortSignal fired (err.name is "AbortError")
  | "DISPOSED" // the engine was disposed
  | "WORKER_ERROR" // the Web Worker failed to start or crashed
  | "WASM_PANIC" // the wasm module trapped; create a new engine
  | "INVALID_ARGUMENT"
  | "UNKNOWN";

export class GatedLoraError extends Error {
  /** Stable machine-readable code (see `WrapperErrorCode` and src/error.rs). */
  readonly code: string;
  /** A human hint on how to fix it, when there is one. */
  readonly hint?: string;

  constructor(message: string, code: string, options: { hint?: string; name?: string; cause?: unknown } = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.code = code;
    if (options.hint) this.hint = options.hint;
    this.name = options.name ?? "GatedLoraError";
  }
}

const HINTS: Record<string, string> = {
  WEBGPU_UNAVAILABLE:
    "This browser does not expose WebGPU (navigator.gpu is missing). Use a recent Chrome, Edge or Safari 26+, serve the page over https:// or http://localhost, and in Chromium-based browsers without GPU support start with --enable-unsafe-webgpu.",
  GPU_UNAVAILABLE:
    "WebGPU exists but no GPU adapter was granted: enable hardware acceleration in the browser settings or try another browser/device.",
  GGUF_MAGIC: "The file is not a GGUF model. Pick a .gguf file (e.g. SmolLM2-135M-Instruct.Q4_1.gguf).",
  GGUF_TRUNCATED: "The GGUF file is incomplete: download it again (clear the model cache if it came from there).",
  FETCH_FAILED: "Check the URL, that the server is running, and that it sends CORS headers for cross-origin downloads.",
  GPU_DEVICE_LOST: "The GPU device was lost: call engine.reload() (or create the engine with reloadOnDeviceLoss: true).",
  ENGINE_BUSY: "Another call is running on this engine: wait for it (the JS Engine queues calls by itself).",
  WASM_PANIC: "The engine crashed: dispose it and create a new one (and please report the bug).",
  NOT_SUPPORTED: "This build of the wasm engine does not have that feature yet.",
};

export function hintFor(code: string): string | undefined {
  return HINTS[code];
}

/** A plain object that survives postMessage. */
export interface SerializedError {
  message: string;
  code: string;
  name: string;
  hint?: string;
}

/** Turns anything thrown (wasm `Error` with `.code`, a trap, a string) into a `GatedLoraError`. */
export function toGatedLoraError(e: unknown): GatedLoraError {
  if (e instanceof GatedLoraError) return e;
  if (e && typeof e === "object") {
    const o = e as { message?: unknown; code?: unknown; name?: unknown; hint?: unknown };
    const message = typeof o.message === "string" ? o.message : String(e);
    let code = typeof o.code === "string" ? o.code : undefined;
    if (!code && (o.name === "RuntimeError" || e instanceof WebAssembly.RuntimeError)) code = "WASM_PANIC";
    if (!code && o.name === "AbortError") code = "ABORTED";
    code ??= "UNKNOWN";
    const hint = typeof o.hint === "string" ? o.hint : hintFor(code);
    const name = code === "ABORTED" ? "AbortError" : typeof o.name === "string" && o.name !== "Error" ? o.name : "GatedLoraError";
    return new GatedLoraError(message, code, { hint, name: name === "RuntimeError" ? "GatedLoraError" : name, cause: e });
  }
  return new GatedLoraError(String(e), "UNKNOWN");
}

export function serializeError(e: unknown): SerializedError {
  const g = toGatedLoraError(e);
  return { message: g.message, code: g.code, name: g.name, hint: g.hint };
}

export function deserializeError(s: SerializedError): GatedLoraError {
  return new GatedLoraError(s.message, s.code, { hint: s.hint, name: s.name });
}

export function abortError(): GatedLoraError {
  return new GatedLoraError("generation aborted", "ABORTED", { name: "AbortError" });
}

export function webgpuUnavailable(): GatedLoraError {
  return new GatedLoraError("WebGPU is not available: navigator.gpu is missing", "WEBGPU_UNAVAILABLE", {
    hint: HINTS.WEBGPU_UNAVAILABLE,
  });
}

export function notSupported(what: string): GatedLoraError {
  return new GatedLoraError(`${what} is not available in this build of the wasm engine`, "NOT_SUPPORTED", {
    hint: HINTS.NOT_SUPPORTED,
  });
}
