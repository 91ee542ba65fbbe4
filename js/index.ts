/**
 * gated-lora-webgpu: Llama-family GGUF models on WebGPU (Rust + WGSL compiled to WebAssembly),
 * with lossless multi-token-prediction speculative decoding.
 *
 * ```js
 * import { createEngine } from "gated-lora-webgpu";
 * const engine = await createEngine({ model: "SmolLM2-135M-Instruct.Q4_1.gguf", onProgress: (p) => console.log(p.text) });
 * for await (const chunk of engine.generate({ messages: [{ role: "user", content: "Hello!" }] }, { maxTokens: 64 })) {
 *   output.textContent += chunk.text;
 * }
 * console.log(engine.stats()); // tokens/s, tokens/step, first-token latency, mode
 * ```
 */

export { createEngine, Engine, isWebGPUAvailable } from "./engine.js";
export { clearCache, cachedFiles, isCached, CACHE_NAME } from "./loader.js";
export { GatedLoraError } from "./errors.js";
export type { WrapperErrorCode } from "./errors.js";
export type * from "./types.js";
