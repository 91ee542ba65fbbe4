//! The browser API (wasm-bindgen). Every error reaches JavaScript as an `Error` with a stable
//! `code` property; nothing panics across the boundary.

use crate::chat::ChatMessage;
use crate::decode::tree::TreeShape;
use crate::decode::Mode;
use crate::engine::{Engine, EngineOptions, GenerateOptions as EngineGenerate, Prompt};
use crate::error::Error;
use crate::gguf::Gguf;
use crate::sampling::Sampling;
use js_sys::{Function, Promise, Reflect};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

/// `new Error(message)` with `.code` set.
pub fn to_js(e: Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    let _ = Reflect::set(&err, &"code".into(), &e.code().into());
    err.into()
}

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct LoadOptions {
    context: Option<usize>,
    max_rows: Option<usize>,
    /// A JS number of bytes.
    gpu_memory_limit: Option<f64>,
}

/// `{text}` | `{chat}` | `{messages: [{role, content}]}` | `{tokens: [ids]}`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PromptJs {
    text: Option<String>,
    chat: Option<String>,
    messages: Option<Vec<ChatMessage>>,
    tokens: Option<Vec<u32>>,
}

impl PromptJs {
    fn into_prompt(self) -> Result<Prompt, Error> {
        match (self.text, self.chat, self.messages, self.tokens) {
            (Some(t), None, None, None) => Ok(Prompt::Text(t)),
            (None, Some(c), None, None) => Ok(Prompt::Chat(c)),
            (None, None, Some(m), None) => Ok(Prompt::Messages(m)),
            (None, None, None, Some(t)) => Ok(Prompt::Tokens(t)),
            _ => Err(Error::InvalidArgument("a prompt is exactly one of {text}, {chat}, {messages}, {tokens}".into())),
        }
    }
}

/// An option name this engine does not know is INVALID_ARGUMENT naming the known ones: a typo
/// (`maxTokns`, or the chat API's `max_tokens`) must not quietly run with the default.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
struct GenerateOptions {
    max_tokens: Option<usize>,
    mode: Option<String>,
    /// A loaded adapter by name: a multi-token-prediction adapter drafts, a domain adapter runs
    /// on every token (weight 1).
    adapter: Option<String>,
    /// Domain adapters mixed with these weights (`{sql: 1, fr: 0.5}`).
    adapters: Option<std::collections::BTreeMap<String, f32>>,
    k: Option<usize>,
    /// Quadratic MTP's draft tree: children per node at depths 1, 2, … (`[3]`, `[2, 2]`).
    tree: Option<Vec<usize>>,
    temperature: Option<f32>,
    top_k: Option<u32>,
    top_p: Option<f32>,
    repetition_penalty: Option<f32>,
    penalty_last_n: Option<u32>,
    /// A JS number: integers up to 2^53 are exact.
    seed: Option<f64>,
    /// Record the domain adapters' gates per layer (`result.gates`).
    gate_activity: bool,
}

impl GenerateOptions {
    /// The engine's options; `adapter` is a domain adapter's name when `engine` has one by it.
    fn into_engine(self, engine: &Engine) -> Result<EngineGenerate, Error> {
        let mut loras: Vec<(String, f32)> = self.adapters.unwrap_or_default().into_iter().collect();
        let mut adapter = self.adapter;
        if let Some(name) = adapter.take_if(|name| engine.domains.contains_key(name)) {
            loras.insert(0, (name, 1.0));
        }
        let mode: Mode = self.mode.as_deref().unwrap_or("ar").parse()?;
        let d = Sampling::default();
        let seed = match self.seed {
            None => d.seed,
            Some(s) if s >= 0.0 && s.fract() == 0.0 && s <= 9_007_199_254_740_992.0 => s as u64,
            Some(s) => return Err(Error::InvalidArgument(format!("seed must be a whole number in [0, 2^53], got {s}"))),
        };
        let sampling = Sampling {
            temperature: self.temperature.unwrap_or(d.temperature),
            top_k: self.top_k.unwrap_or(d.top_k),
            top_p: self.top_p.unwrap_or(d.top_p),
            repetition_penalty: self.repetition_penalty.unwrap_or(d.repetition_penalty),
            penalty_last_n: self.penalty_last_n.unwrap_or(d.penalty_last_n),
            seed,
        };
        sampling.validate()?;
        let tree = self.tree.as_deref().map(TreeShape::new).transpose()?;
        Ok(EngineGenerate {
            max_tokens: self.max_tokens.unwrap_or(256),
            mode,
            adapter,
            k: self.k,
            tree,
            loras,
            sampling,
            record_gates: self.gate_activity,
        })
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct GenerateResult {
    prompt_tokens: Vec<u32>,
    tokens: Vec<u32>,
    text: String,
    stop: crate::decode::StopReason,
    prefill_ms: f64,
    decode_ms: f64,
    /// CPU ms the decode passes spent being built, apart from waiting for the GPU.
    decode_encode_ms: f64,
    steps: usize,
    accepted: Vec<usize>,
    /// `Generation::decode_tokens`: what decode rates divide by `decode_ms`.
    decode_tokens: usize,
    mode: Mode,
    k: usize,
    /// The draft tree that ran (`[1]`: a chain) and the steps that accepted off its first branch.
    tree: TreeShape,
    branch_steps: usize,
    reused: usize,
    /// With `gateActivity`: per layer, the mean gate (per expert for a router), or null.
    #[serde(skip_serializing_if = "Option::is_none")]
    gates: Option<crate::model::lora::GateActivity>,
}

fn from_js<T: for<'de> Deserialize<'de> + Default>(v: JsValue, what: &str) -> Result<T, Error> {
    if v.is_undefined() || v.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(v).map_err(|e| Error::InvalidArgument(format!("{what}: {e}")))
}

/// Like `from_js`, through serde_json so that `deny_unknown_fields` holds: serde_wasm_bindgen
/// looks up a struct's known fields only, and a misspelt one would pass unseen. Null and
/// undefined values mean "not given", as they do there.
fn strict_from_js<T: serde::de::DeserializeOwned + Default>(v: JsValue, what: &str) -> Result<T, Error> {
    if v.is_undefined() || v.is_null() {
        return Ok(T::default());
    }
    let invalid = |e: &dyn std::fmt::Display| Error::InvalidArgument(format!("{what}: {e}"));
    let mut map: serde_json::Map<String, serde_json::Value> = serde_wasm_bindgen::from_value(v).map_err(|e| invalid(&e))?;
    map.retain(|_, v| !v.is_null());
    serde_json::from_value(serde_json::Value::Object(map)).map_err(|e| invalid(&e))
}

fn to_value<T: Serialize>(v: &T) -> Result<JsValue, Error> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| Error::InvalidArgument(e.to_string()))
}

/// Parses a GGUF header and returns `{version, tensors, metadata keys, fingerprint}`; errors
/// carry the same codes as a full load.
#[wasm_bindgen(js_name = inspectGguf)]
pub fn inspect_gguf(bytes: &[u8]) -> Result<JsValue, JsValue> {
    let g = Gguf::parse(bytes).map_err(to_js)?;
    let info = serde_json::json!({
        "version": g.version,
        "tensors": g.tensors.len(),
        "alignment": g.alignment,
        "architecture": g.get("general.architecture").and_then(|v| v.as_str()),
        "name": g.get("general.name").and_then(|v| v.as_str()),
        "fingerprint": g.fingerprint(bytes).map_err(to_js)?,
    });
    to_value(&info).map_err(to_js)
}

/// `{name, kind: "domain", format, rank, experts, targets, gate, bytes}` of a loaded domain adapter.
fn domain_info(engine: &Engine, name: &str) -> serde_json::Value {
    let Some(d) = engine.domains.get(name) else { return serde_json::Value::Null };
    let a = &d.adapter;
    serde_json::json!({
        "name": name, "kind": "domain", "format": a.format, "rank": a.rank, "experts": a.experts,
        "targets": a.targets, "gate": a.gate, "bytes": d.bytes,
    })
}

/// A model on the GPU. Methods that touch the GPU return Promises.
#[wasm_bindgen]
pub struct WasmEngine {
    engine: Rc<RefCell<Engine>>,
}

fn busy() -> JsValue {
    to_js(Error::Busy)
}

#[wasm_bindgen]
impl WasmEngine {
    /// Loads a GGUF model from its bytes: `await WasmEngine.load(bytes, {context, maxRows,
    /// gpuMemoryLimit, onProgress})`; `onProgress(loadedBytes, totalBytes)` follows the upload to
    /// the GPU.
    pub async fn load(bytes: Vec<u8>, options: JsValue) -> Result<WasmEngine, JsValue> {
        let on_progress = Reflect::get(&options, &"onProgress".into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
        let o: LoadOptions = from_js(options, "load options").map_err(to_js)?;
        let defaults = EngineOptions::default();
        let options = EngineOptions { context: o.context, max_rows: o.max_rows.unwrap_or(defaults.max_rows), gpu_memory_limit: o.gpu_memory_limit.map(|b| b.max(0.0) as u64) };
        let total = bytes.len() as f64;
        let mut progress = |done: usize, of: usize| {
            if let Some(f) = &on_progress {
                // A throwing progress callback must not abort the load.
                let _ = f.call2(&JsValue::NULL, &(total * done as f64 / of.max(1) as f64).round().into(), &total.into());
            }
        };
        let engine = Engine::load_with_progress(&bytes, &options, &mut progress).await.map_err(to_js)?;
        Ok(WasmEngine { engine: Rc::new(RefCell::new(engine)) })
    }

    /// After an error with code `GPU_DEVICE_LOST`: opens a new device and uploads the model again
    /// from `bytes` (the same GGUF; another rejects with INVALID_ARGUMENT) and every loaded
    /// adapter from the engine's own copies. Generation then gives the same tokens as before the
    /// loss.
    // The borrow is held across the upload on purpose: any other call meanwhile gets ENGINE_BUSY.
    #[allow(clippy::await_holding_refcell_ref)]
    pub fn reload(&self, bytes: Vec<u8>) -> Promise {
        let engine = self.engine.clone();
        future_to_promise(async move {
            let mut e = engine.try_borrow_mut().map_err(|_| busy())?;
            e.reload(&bytes).await.map_err(to_js)?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// Token ids of a prompt object (see `generate`).
    pub fn encode(&self, prompt: JsValue) -> Result<Vec<u32>, JsValue> {
        let p: PromptJs = serde_wasm_bindgen::from_value(prompt).map_err(|e| to_js(Error::InvalidArgument(format!("prompt: {e}"))))?;
        self.engine.try_borrow().map_err(|_| busy())?.encode(&p.into_prompt().map_err(to_js)?).map_err(to_js)
    }

    pub fn decode(&self, ids: Vec<u32>) -> Result<String, JsValue> {
        Ok(self.engine.try_borrow().map_err(|_| busy())?.tokenizer.decode_with(&ids, true))
    }

    /// Loads an adapter under `name`, recognising its kind from its bytes: a gated-LoRA MTP
    /// adapter, a gated domain adapter (safetensors) or a llama.cpp GGUF LoRA; validated against
    /// this model (a mismatch rejects with code `ADAPTER_BASE_MISMATCH` or `ADAPTER_INVALID`,
    /// and nothing is loaded). Returns `{kind: "mtp", nMask, rank, targets}` or `{kind: "domain",
    /// format, rank, targets, gate, bytes}`.
    #[wasm_bindgen(js_name = loadAdapter)]
    pub fn load_adapter(&self, name: &str, bytes: &[u8]) -> Result<JsValue, JsValue> {
        let mut engine = self.engine.try_borrow_mut().map_err(|_| busy())?;
        if crate::model::lora::DomainAdapter::is_domain_file(bytes) {
            engine.load_lora(name, bytes).map_err(to_js)?;
            return to_value(&domain_info(&engine, name)).map_err(to_js);
        }
        engine.load_adapter(name, bytes).map_err(to_js)?;
        let loaded = &engine.adapters[name];
        let (a, bytes) = (&loaded.adapter, loaded.gpu.bytes + loaded.gpu.lora_bytes);
        to_value(&serde_json::json!({"kind": "mtp", "nMask": a.n_mask, "rank": a.rank, "targets": a.targets, "bytes": bytes})).map_err(to_js)
    }

    /// Loads a PEFT LoRA (`adapter_config.json` and `adapter_model.safetensors` bytes) as a
    /// domain adapter under `name`.
    #[wasm_bindgen(js_name = loadPeftAdapter)]
    pub fn load_peft_adapter(&self, name: &str, config: &[u8], weights: &[u8]) -> Result<JsValue, JsValue> {
        let mut engine = self.engine.try_borrow_mut().map_err(|_| busy())?;
        engine.load_peft(name, config, weights).map_err(to_js)?;
        to_value(&domain_info(&engine, name)).map_err(to_js)
    }

    /// Unloads an adapter of either kind and frees its GPU memory; false if none had the name.
    #[wasm_bindgen(js_name = unloadAdapter)]
    pub fn unload_adapter(&self, name: &str) -> Result<bool, JsValue> {
        self.engine.try_borrow_mut().map_err(|_| busy())?.unload_adapter(name).map_err(to_js)
    }

    /// `{device, fingerprint, adapters, features, context, vocabSize, gpuBytes}`; `features` lists
    /// the decoding modes this build supports, plus "adapters" and "sampling".
    pub fn info(&self) -> Result<JsValue, JsValue> {
        let engine = self.engine.try_borrow().map_err(|_| busy())?;
        let m = &engine.model;
        let info = serde_json::json!({
            "device": m.gpu.describe(),
            "fingerprint": engine.fingerprint,
            "adapters": engine.adapters.keys().chain(engine.domains.keys()).collect::<Vec<_>>(),
            "domainAdapters": engine.domains.keys().map(|n| domain_info(&engine, n)).collect::<Vec<_>>(),
            "features": ["ar", "mtp", "mtp-linear", "ngram", "auto", "adapters", "sampling"],
            "context": m.context,
            "vocabSize": m.cfg.vocab_size,
            "gpuBytes": m.gpu_bytes(),
        });
        to_value(&info).map_err(to_js)
    }

    /// Generates from `prompt` (`{text}`, `{chat}`, `{messages}` or `{tokens}`) with
    /// `{maxTokens, mode: "ar"|"mtp"|"mtp-linear"|"ngram"|"auto", adapter, k, temperature, topK, topP,
    /// repetitionPenalty, penaltyLastN, seed}` — every mode gives the same tokens (greedy when
    /// temperature is 0, the default; the same seed gives the same sample in every mode). `onToken(id, text, accepted)` is called for each token with the text it completes
    /// (UTF-8 kept whole across tokens) and how many tokens its step produced; returning `false`
    /// stops after that token. Resolves to `{promptTokens, tokens, text, stop, prefillMs,
    /// decodeMs, steps, accepted, mode, k}` (mode and k: what ran, also under "auto").
    // The shared borrow is held across the generation on purpose: loading or unloading an
    // adapter meanwhile gets ENGINE_BUSY (a second generation gets it from the engine itself).
    #[allow(clippy::await_holding_refcell_ref)]
    pub fn generate(&self, prompt: JsValue, options: JsValue, on_token: Option<Function>) -> Promise {
        let engine = self.engine.clone();
        future_to_promise(async move {
            let engine = engine.try_borrow().map_err(|_| busy())?;
            let p: PromptJs = serde_wasm_bindgen::from_value(prompt).map_err(|e| to_js(Error::InvalidArgument(format!("prompt: {e}"))))?;
            let ids = engine.encode(&p.into_prompt().map_err(to_js)?).map_err(to_js)?;
            let o = strict_from_js::<GenerateOptions>(options, "generate options").and_then(|o| o.into_engine(&engine)).map_err(to_js)?;
            let mut stream = engine.tokenizer.stream_decoder().skip_special(true);
            let mut callback = |t: u32, accepted: usize| -> bool {
                let text = stream.push(t);
                match &on_token {
                    Some(f) => f.call3(&JsValue::NULL, &t.into(), &text.into(), &(accepted as u32).into()).map(|r| r.as_bool() != Some(false)).unwrap_or(false),
                    None => true,
                }
            };
            let g = engine.generate(&ids, &o, &mut callback).await.map_err(to_js)?;
            let result = GenerateResult {
                decode_tokens: g.decode_tokens(),
                accepted: g.accepted,
                mode: g.mode,
                k: g.k,
                tree: g.tree,
                branch_steps: g.branch_steps,
                text: engine.tokenizer.decode_with(&g.tokens, true),
                prompt_tokens: ids,
                tokens: g.tokens,
                stop: g.stop,
                prefill_ms: g.prefill_ms,
                decode_ms: g.decode_ms,
                decode_encode_ms: g.decode_encode_ms,
                steps: g.steps,
                reused: g.reused,
                gates: g.gates,
            };
            to_value(&result).map_err(to_js)
        })
    }
}
