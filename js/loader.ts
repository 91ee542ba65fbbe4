/** Reading model/adapter bytes: downloads with progress, Cache Storage, local files. */

import { GatedLoraError } from "./errors.js";
import type { ProgressCallback, ProgressEvent } from "./types.js";

/** The Cache Storage bucket that holds downloaded models and adapters. */
export const CACHE_NAME = "gated-lora-webgpu-v1";

/** A source after the main thread resolved URLs (it can cross postMessage). */
export type ResolvedSource = { url: string } | { blob: Blob } | { bytes: Uint8Array };
/** An adapter's files: one file, or a PEFT adapter's two. */
export type ResolvedAdapterSource = ResolvedSource | { peft: { config: ResolvedSource; weights: ResolvedSource } };

const MB = 1024 * 1024;

function fmt(n: number): string {
  return (n / MB).toFixed(1);
}

export function progressEvent(file: string, phase: ProgressEvent["phase"], loaded: number, total?: number): ProgressEvent {
  const what = file === "model" ? "model" : file.replace(/^adapter:/, "adapter ");
  const verb = { download: "Downloading", cache: "Reading cached", read: "Reading", upload: "Uploading to GPU:", ready: "Ready:" }[phase];
  const size = total ? `${fmt(loaded)} / ${fmt(total)} MB` : `${fmt(loaded)} MB`;
  const text = phase === "ready" ? `${verb} ${what}` : `${verb} ${what}: ${size}`;
  const e: ProgressEvent = { file, phase, loaded, text };
  if (total !== undefined) {
    e.total = total;
    e.progress = total > 0 ? Math.min(1, loaded / total) : 1;
  }
  return e;
}

function hasCaches(): boolean {
  return typeof caches !== "undefined";
}

async function readStream(
  body: ReadableStream<Uint8Array>,
  total: number | undefined,
  onChunk: (loaded: number) => void,
): Promise<Uint8Array> {
  const reader = body.getReader();
  let out = total !== undefined ? new Uint8Array(total) : undefined;
  const parts: Uint8Array[] = [];
  let loaded = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (out && loaded + value.length <= out.length) out.set(value, loaded);
    else {
      if (out) {
        parts.push(out.subarray(0, loaded));
        out = undefined;
      }
      parts.push(value);
    }
    loaded += value.length;
    // Throttle progress to ~every 1 MB so a worker does not flood the page with messages.
    if (loaded - lastReport >= MB) {
      lastReport = loaded;
      onChunk(loaded);
    }
  }
  onChunk(loaded);
  if (out) return loaded === out.length ? out : out.subarray(0, loaded);
  const all = new Uint8Array(loaded);
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.length;
  }
  return all;
}

function lengthOf(r: Response): number | undefined {
  // Content-Length of an encoded (gzip) body is not the decoded length.
  if (r.headers.get("content-encoding")) return undefined;
  const n = Number(r.headers.get("content-length"));
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Downloads `url` (or reads it from Cache Storage), reporting progress. */
async function readUrl(url: string, file: string, cache: boolean, onProgress?: ProgressCallback): Promise<Uint8Array> {
  const store = cache && hasCaches() ? await caches.open(CACHE_NAME).catch(() => undefined) : undefined;
  const hit = store ? await store.match(url).catch(() => undefined) : undefined;
  if (hit && hit.body) {
    const total = lengthOf(hit);
    const bytes = await readStream(hit.body, total, (n) => onProgress?.(progressEvent(file, "cache", n, total)));
    if (total === undefined || bytes.length === total) return bytes;
    await store!.delete(url).catch(() => undefined); // a damaged entry: fetch again
  }
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new GatedLoraError(`could not download ${url}: ${(e as Error)?.message ?? e}`, "FETCH_FAILED", { cause: e });
  }
  if (!response.ok || !response.body) {
    throw new GatedLoraError(`could not download ${url}: HTTP ${response.status} ${response.statusText}`.trim(), "FETCH_FAILED");
  }
  const total = lengthOf(response);
  const bytes = await readStream(response.body, total, (n) => onProgress?.(progressEvent(file, "download", n, total)));
  if (total !== undefined && bytes.length !== total) {
    throw new GatedLoraError(`download of ${url} stopped at ${bytes.length} of ${total} bytes`, "FETCH_FAILED");
  }
  if (store) {
    const headers = { "content-type": "application/octet-stream", "content-length": String(bytes.length) };
    // Quota errors (private windows, small disks) only mean the next load downloads again.
    await store.put(url, new Response(bytes as BufferSource, { headers })).catch((e) => {
      console.warn(`gated-lora-webgpu: not caching ${url}: ${(e as Error)?.message ?? e}`);
    });
  }
  return bytes;
}

/** The bytes of a resolved source. */
export async function readSource(
  src: ResolvedSource,
  file: string,
  cache: boolean,
  onProgress?: ProgressCallback,
): Promise<Uint8Array> {
  if ("bytes" in src) {
    onProgress?.(progressEvent(file, "read", src.bytes.length, src.bytes.length));
    return src.bytes;
  }
  if ("blob" in src) {
    const total = src.blob.size;
    return readStream(src.blob.stream(), total, (n) => onProgress?.(progressEvent(file, "read", n, total)));
  }
  return readUrl(src.url, file, cache, onProgress);
}

/** Resolves a user source on the calling (main) thread: relative URLs against the page. */
export function resolveSource(src: unknown): ResolvedSource {
  if (typeof src === "string" || src instanceof URL) {
    const base = typeof document !== "undefined" ? document.baseURI : typeof location !== "undefined" ? location.href : undefined;
    try {
      return { url: new URL(String(src), base).href };
    } catch {
      throw new GatedLoraError(`not a URL: ${JSON.stringify(String(src))}`, "INVALID_ARGUMENT");
    }
  }
  if (typeof Blob !== "undefined" && src instanceof Blob) return { blob: src };
  if (src instanceof ArrayBuffer) return { bytes: new Uint8Array(src) };
  if (ArrayBuffer.isView(src)) return { bytes: new Uint8Array(src.buffer, src.byteOffset, src.byteLength) };
  throw new GatedLoraError("a model/adapter source is a URL, a File/Blob, an ArrayBuffer or a Uint8Array", "INVALID_ARGUMENT");
}

/** An adapter source: a single file (see `resolveSource`), or `{config, weights}` for a PEFT adapter. */
export function resolveAdapterSource(src: unknown): ResolvedAdapterSource {
  if (src && typeof src === "object" && "config" in src && "weights" in src) {
    const { config, weights } = src as { config: unknown; weights: unknown };
    return { peft: { config: resolveSource(config), weights: resolveSource(weights) } };
  }
  return resolveSource(src);
}

/** Deletes cached downloads: one URL, or everything this package cached. Resolves to whether anything was deleted. */
export async function clearCache(url?: string | URL): Promise<boolean> {
  if (!hasCaches()) return false;
  if (url === undefined) return caches.delete(CACHE_NAME);
  const store = await caches.open(CACHE_NAME);
  return store.delete(resolveUrl(url));
}

/** URLs in the cache with their sizes in bytes. */
export async function cachedFiles(): Promise<{ url: string; bytes: number | undefined }[]> {
  if (!hasCaches() || !(await caches.has(CACHE_NAME))) return [];
  const store = await caches.open(CACHE_NAME);
  const out: { url: string; bytes: number | undefined }[] = [];
  for (const req of await store.keys()) {
    const r = await store.match(req);
    out.push({ url: req.url, bytes: r ? lengthOf(r) : undefined });
  }
  return out;
}

/** Whether `url` is in the cache. */
export async function isCached(url: string | URL): Promise<boolean> {
  if (!hasCaches() || !(await caches.has(CACHE_NAME))) return false;
  const store = await caches.open(CACHE_NAME);
  return (await store.match(resolveUrl(url))) !== undefined;
}

function resolveUrl(url: string | URL): string {
  const r = resolveSource(url);
  return "url" in r ? r.url : "";
}
