/** Public types of the `gated-lora-webgpu` package. */

/** Where a model or adapter comes from. URLs are downloaded (and cached in Cache Storage). */
export type Source = string | URL | Blob | ArrayBuffer | ArrayBufferView;

/** Progress of loading a model or an adapter. */
export interface ProgressEvent {
  /** What is loaded: "model" or "adapter:<name>". */
  file: string;
  /**
   * - `download`: bytes arriving from the network
   * - `cache`: bytes read back from Cache Storage
   * - `read`: bytes read from a local File/Blob
   * - `upload`: weights going to the GPU (loaded/total in bytes when the engine reports it)
   * - `ready`: done
   */
  phase: "download" | "cache" | "read" | "upload" | "ready";
  loaded: number;
  /** Total bytes, when known. */
  total?: number;
  /** loaded/total in [0, 1], when total is known. */
  progress?: number;
  /** A one-line human description, e.g. "Downloading model: 12.3 / 98.4 MB". */
  text: string;
}

export type ProgressCallback = (event: ProgressEvent) => void;

export interface CreateEngineOptions {
  /** The GGUF model: a URL, a File/Blob, or its bytes. */
  model: Source;
  /** Adapters to load after the model: `{ name: source }`. */
  adapters?: Record<string, Source>;
  /** Run the engine in a dedicated Web Worker (default true) so the page never freezes. */
  worker?: boolean;
  /** Download/cache/upload progress. */
  onProgress?: ProgressCallback;
  /** KV-cache positions (prompt + output). Default 2048, or the model's trained context
   * (`llama.context_length`) if shorter; more than the trained context rejects with
   * CONTEXT_TOO_LARGE. */
  context?: number;
  /** Rows per forward pass (prefill chunk, verification batch ceiling). Default 81: a chain
   * at k = 8; a tree needs (nodes + 1) × (k + 1). */
  maxRows?: number;
  /** Cache downloaded files in Cache Storage (default true). */
  cache?: boolean;
  /**
   * The most GPU bytes the engine may take (model, K/V cache, activations, adapters). WebGPU does
   * not tell a page how much memory the device has: a model or adapter that would need more
   * rejects with GPU_OUT_OF_MEMORY (saying how much it needs) before anything is uploaded.
   */
  gpuMemoryLimit?: number;
  /**
   * When the GPU device is lost (driver reset, the browser reclaiming it), the call that saw it
   * rejects with GPU_DEVICE_LOST either way; with this set, the engine then reloads itself
   * (`engine.reload()`) and later calls wait for it. Default false.
   */
  reloadOnDeviceLoss?: boolean;
}

export interface ChatMessage {
  role: "system" | "user" | "assistant" | (string & {});
  content: string;
}

/**
 * A prompt. A string is raw text (no chat template); `{messages}` and `{chat}` (one user
 * message) apply the model's chat template; `{tokens}` are raw token ids.
 */
export type Prompt =
  | string
  | { messages: ChatMessage[] }
  | { chat: string }
  | { text: string }
  | { tokens: number[] };

export type DecodeMode = "ar" | "mtp" | "mtp-linear" | "ngram" | "auto" | (string & {});

/** Options of `engine.generate`; everything but `signal` is passed straight to the wasm engine,
 * which rejects a name it does not know (INVALID_ARGUMENT, listing the ones it knows). */
export interface GenerateOptions {
  /** New tokens at most (default 256). */
  maxTokens?: number | null;
  /**
   * "ar" (autoregressive, the default), "mtp" (quadratic multi-token prediction, needs an
   * adapter), "mtp-linear", "ngram" (prompt lookup, no adapter), "auto" (the engine times its
   * passes on this device and picks the mode and k with the most expected tokens/s; `stats.mode`
   * and `stats.k` say what ran). Every mode gives the same tokens.
   */
  mode?: DecodeMode | null;
  /**
   * Name of a loaded adapter: an MTP adapter drafts for "mtp"/"mtp-linear"; a domain adapter
   * runs on every token (weight 1), and MTP drafts on top of it, still losslessly.
   */
  adapter?: string | null;
  /** Domain adapters mixed with these weights, e.g. `{sql: 1, fr: 0.5}` (switching uploads nothing). */
  adapters?: Record<string, number> | null;
  /** Record the domain adapters' gates per layer on the GPU (`result.gates`); costs a readback
   * per pass. */
  gateActivity?: boolean | null;
  /** Draft length for speculative modes. */
  k?: number | null;
  /**
   * Draft tree for "mtp": children per node at depths 1, 2, … — `[3]` verifies the sampler
   * head's top 3 first drafts, each continued greedily; `[2, 2]` branches at depths 1 and 2.
   * Default: a chain. Costs rows per pass ((nodes + 1) × (k + 1)); "auto" weighs `[2]` and `[3]`.
   */
  tree?: number[] | null;
  /** 0 (default) = greedy; > 0 samples from the softmax of logits / temperature. */
  temperature?: number | null;
  /** Keep only the k most likely tokens (0 = off, the default). */
  topK?: number | null;
  /** Keep the most likely tokens that hold this much probability (1 = off, the default). */
  topP?: number | null;
  /** > 1 discourages tokens among the last `penaltyLastN` (llama.cpp's repeat penalty; 1 = off). */
  repetitionPenalty?: number | null;
  /** Window of the repetition penalty, prompt included (default 64). */
  penaltyLastN?: number | null;
  /**
   * Seed of the counter-based sampler: the draw for each position depends on (seed, position)
   * only, so the same seed gives the same tokens in every mode. Without one, sampling draws a
   * fresh seed per call (reported in `stats.seed`).
   */
  seed?: number | null;
  /**
   * Stop sequences (OpenAI's `stop`): the generation ends where one of these texts appears in its
   * output, which then ends before it (`stop: "stop_sequence"`). Streamed text that could begin
   * one is held back until it cannot, so no piece of a stop sequence is ever shown. A string or
   * up to 16 non-empty strings.
   */
  stop?: string | string[] | null;
  /** Stops generation within one step; the iterator and `.result` then reject with an
   * `AbortError` (code "ABORTED"); `engine.stats()` has the partial run (`stop: "cancelled"`). */
  signal?: AbortSignal;
}

/** One streamed token. */
export interface Chunk {
  token: number;
  /** The text this token completes (UTF-8 characters are never split across chunks). */
  text: string;
  /** Tokens produced by the decoding step this token came from (1 for autoregressive; up to k+1 speculative). */
  accepted?: number;
  /** Index of the decoding step that produced this token, when the engine reports it. */
  step?: number;
}

/** `eos`: an end-of-generation token; `context`: the context is full (every mode stops at the
 * same token); `stop_sequence`: a `stop` text; `cancelled`: aborted (in `engine.stats()`). */
export type StopReason = "eos" | "max_tokens" | "context" | "stop_sequence" | "cancelled" | (string & {});

/** Timing and speed of one generation. */
export interface GenerationStats {
  mode: DecodeMode | string;
  k?: number;
  /** The draft tree that ran (MTP; `[1]` is a chain). */
  tree?: number[];
  /** Steps that accepted a path off the tree's first branch: drafts a chain would not have had. */
  branchSteps?: number;
  adapter?: string;
  promptTokens: number;
  /** Tokens the engine generated (with a stop sequence, also those after it began). */
  tokens: number;
  /** Forward passes after prefill. */
  steps: number;
  /** New tokens per decoding step after the first token (1 for autoregressive). */
  tokensPerStep: number;
  /** Decode speed: the tokens the decode passes produced (every token in the drafting modes, all
   * but the first in AR, which prefill chooses) / decode time, so modes compare fairly. */
  tokensPerSecond: number;
  /** From the generate() call to the first token (prefill included), in ms. */
  firstTokenMs: number;
  prefillMs: number;
  /** Leading prompt tokens whose K/V the engine kept from the previous generation (the same
   * prompt again, or a chat that grew by a turn): prefill skipped them. Output is unchanged. */
  reusedTokens?: number;
  decodeMs: number;
  /** CPU ms spent building each decode pass (the engine's wasm, until the pass is submitted to
   * the GPU), apart from waiting for the GPU: the host's share of a step. Measured with
   * `Date.now()` (1 ms resolution), so a mean over many passes. */
  encodeMsPerPass?: number;
  totalMs: number;
  /** Tokens produced by each decoding step (all 1 for autoregressive), when the engine reports them. */
  acceptedPerStep?: number[];
  /** The sampling seed used (temperature > 0). */
  seed?: number;
  stop: StopReason;
}

/** The final result of a generation (`stream.result`). */
export interface GenerationResult {
  promptTokens: number[];
  tokens: number[];
  text: string;
  stop: StopReason;
  stats: GenerationStats;
  /** With `gateActivity: true`: per layer, the mean gate value of the first learned or router
   * domain adapter over the tokens the GPU ran (one value per expert for a router), or null for a
   * layer without such a gate. */
  gates?: (number[] | null)[];
}

/** What `engine.generate` returns: iterate it for chunks; `result` resolves at the end. */
export interface GenerationStream extends AsyncIterable<Chunk> {
  readonly result: Promise<GenerationResult>;
  /** Same as aborting the signal. */
  abort(): void;
}

export interface EngineInfo {
  device: string;
  fingerprint: string;
  context: number;
  vocabSize: number;
  gpuBytes: number;
  /** general.name from the GGUF, when present. */
  name?: string;
  architecture?: string;
  modelBytes: number;
  [key: string]: unknown;
}

/** What this build of the wasm engine can do. */
export interface EngineFeatures {
  modes: DecodeMode[];
  adapters: boolean;
  sampling: boolean;
}

export interface AdapterInfo {
  name: string;
  /** "mtp" (drafts) or "domain" (runs on every token). */
  kind?: "mtp" | "domain";
  /** Domain adapters: "gated" | "peft" | "gguf", "const" | "learned" | "router", a router's
   * experts, and their GPU bytes. */
  format?: string;
  gate?: string;
  experts?: number;
  /** LoRA rank and the projections it adapts (GGUF names: "attn_q", …, "ffn_down"). */
  rank?: number;
  targets?: string[];
  /** MTP adapters: the masks it was trained with (the largest k it drafts). */
  nMask?: number;
  bytes?: number;
  [key: string]: unknown;
}

// ---- OpenAI-shaped chat API -------------------------------------------------------------------

export interface ChatCompletionRequest {
  messages: ChatMessage[];
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
  model?: string | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  /** Non-standard (as in WebLLM/llama.cpp). */
  top_k?: number | null;
  /** Non-standard (llama.cpp's repeat_penalty). */
  repetition_penalty?: number | null;
  seed?: number | null;
  /** Stop sequences (up to 16): the answer ends before the first one, finish_reason "stop". */
  stop?: string | string[] | null;
  n?: 1;
  /** Non-standard: decoding mode ("ar", "mtp", "mtp-linear", "ngram", "auto"), adapter, draft length, draft tree. */
  mode?: DecodeMode | null;
  adapter?: string | null;
  /** Non-standard: domain adapters mixed with these weights. */
  adapters?: Record<string, number> | null;
  k?: number | null;
  tree?: number[] | null;
  signal?: AbortSignal;
  /** OpenAI fields with nothing to do here: accepted when they ask for nothing (0, false, empty,
   * "none", `{type: "text"}`; `user`, `metadata` and `parallel_tool_calls` always), otherwise
   * NOT_SUPPORTED. Any other field is INVALID_ARGUMENT. */
  frequency_penalty?: number | null;
  presence_penalty?: number | null;
  logprobs?: boolean | null;
  top_logprobs?: number | null;
  logit_bias?: Record<string, number> | null;
  tools?: unknown[] | null;
  tool_choice?: string | null;
  parallel_tool_calls?: boolean | null;
  response_format?: { type: string } | null;
  store?: boolean | null;
  metadata?: Record<string, string> | null;
  user?: string | null;
}

export interface ChatCompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export type FinishReason = "stop" | "length" | null;

export interface ChatCompletion {
  id: string;
  object: "chat.completion";
  created: number;
  model: string;
  system_fingerprint: string;
  choices: { index: number; message: { role: "assistant"; content: string; refusal: null }; finish_reason: FinishReason; logprobs: null }[];
  usage: ChatCompletionUsage;
}

export interface ChatCompletionChunk {
  id: string;
  object: "chat.completion.chunk";
  created: number;
  model: string;
  system_fingerprint: string;
  choices: { index: number; delta: { role?: "assistant"; content?: string }; finish_reason: FinishReason; logprobs: null }[];
  usage?: ChatCompletionUsage | null;
}
