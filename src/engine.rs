//! The engine a caller holds: one GGUF model on the GPU with its tokenizer and chat template.

use crate::chat::{ChatMessage, ChatTemplate};
use crate::decode::auto::{self, Candidate, Tuner};
use crate::decode::speculative;
use crate::decode::tree::TreeShape;
use crate::decode::{autoregressive, Generation, Mode, Request};
use crate::error::{Error, Result};
use crate::gguf::Gguf;
use crate::gpu::lora::{LoraId, PartWeights};
use crate::gpu::Gpu;
use crate::gpu::{GpuAdapter, GpuModel};
use crate::model::adapter::Adapter;
use crate::model::lora::DomainAdapter;
use crate::model::Config;
use crate::sampling::Sampling;
use crate::tokenizer::Tokenizer;
use std::sync::Mutex;

/// The context an engine holds when none is asked for (or the model's trained one, if shorter).
pub const DEFAULT_CONTEXT: usize = 2048;

#[derive(Debug, Clone)]
pub struct EngineOptions {
    /// Positions the KV cache holds (prompt + output); None: `DEFAULT_CONTEXT`, or the model's
    /// trained context if shorter. More than the trained context is refused
    /// (`CONTEXT_TOO_LARGE`): positions past it give the model rotations it never saw.
    pub context: Option<usize>,
    /// Rows per forward pass: prefill chunk size, and the ceiling for verification batches.
    pub max_rows: usize,
    /// The most GPU bytes the engine may take (model, cache, activations, adapters); None: what
    /// the device allows. A model that needs more is refused before upload (`GPU_OUT_OF_MEMORY`),
    /// an adapter that would pass it too. WebGPU does not say how much memory a device has.
    pub gpu_memory_limit: Option<u64>,
}

impl Default for EngineOptions {
    fn default() -> Self {
        // 81 rows: a quadratic verification pass with k = 8.
        EngineOptions { context: None, max_rows: 81, gpu_memory_limit: None }
    }
}

/// What to generate from.
#[derive(Debug, Clone)]
pub enum Prompt {
    /// Plain text, tokenized as is (BOS added if the model asks for it).
    Text(String),
    /// One user message, rendered with the model's chat template.
    Chat(String),
    /// A conversation, rendered with the model's chat template.
    Messages(Vec<ChatMessage>),
    /// Raw token ids: no template, no BOS.
    Tokens(Vec<u32>),
}

impl Prompt {
    /// One line of a prompts file: `{"id", "prompt", "chat": true}` or `{"id", "tokens": [ids]}`,
    /// with its id (null when absent); None for a blank line.
    pub fn from_jsonl(line: &str) -> Result<Option<(serde_json::Value, Prompt)>> {
        use serde_json::Value;
        if line.trim().is_empty() {
            return Ok(None);
        }
        let v: Value = serde_json::from_str(line).map_err(|e| Error::InvalidArgument(format!("not a JSON line: {e}")))?;
        let id = v.get("id").cloned().unwrap_or(Value::Null);
        if let Some(tokens) = v.get("tokens") {
            let ids: Option<Vec<u32>> = tokens.as_array().and_then(|a| a.iter().map(|t| t.as_u64().and_then(|t| u32::try_from(t).ok())).collect());
            return ids.map(|ids| Some((id, Prompt::Tokens(ids)))).ok_or_else(|| Error::InvalidArgument("\"tokens\" must be an array of token ids".into()));
        }
        let text = v.get("prompt").and_then(Value::as_str).ok_or_else(|| Error::InvalidArgument("each line needs \"prompt\" or \"tokens\"".into()))?;
        let chat = v.get("chat").and_then(Value::as_bool).unwrap_or(false);
        Ok(Some((id, if chat { Prompt::Chat(text.into()) } else { Prompt::Text(text.into()) })))
    }
}

#[derive(Debug, Clone)]
pub struct GenerateOptions {
    pub max_tokens: usize,
    pub mode: Mode,
    /// Name of a loaded adapter (MTP modes); the only one loaded when None.
    pub adapter: Option<String>,
    /// Drafts per step; defaults to the adapter's k (MTP) or 4 (n-gram).
    pub k: Option<usize>,
    /// Quadratic MTP's draft tree; the chain when None (`Mode::Auto` then weighs a few trees).
    pub tree: Option<TreeShape>,
    /// Domain adapters (loaded by name) on every token, with their weights, in this order; the
    /// MTP adapter drafts on top of them.
    pub loras: Vec<(String, f32)>,
    /// Greedy by default; every mode gives the same tokens for the same settings and seed.
    pub sampling: Sampling,
    /// Record the domain adapters' gate activity per layer (`Generation::gates`); costs a
    /// readback per pass.
    pub record_gates: bool,
}

impl Default for GenerateOptions {
    fn default() -> Self {
        GenerateOptions {
            max_tokens: 256,
            mode: Mode::Ar,
            adapter: None,
            k: None,
            tree: None,
            loras: Vec::new(),
            sampling: Sampling::default(),
            record_gates: false,
        }
    }
}

/// A loaded adapter: its metadata on the CPU, its weights on the GPU.
pub struct LoadedAdapter {
    pub adapter: Adapter,
    pub gpu: GpuAdapter,
}

/// A loaded domain adapter: its weights on the CPU, its LoRAs resident on the GPU.
pub struct LoadedDomain {
    pub adapter: DomainAdapter,
    pub id: LoraId,
    /// GPU bytes its LoRAs take.
    pub bytes: u64,
}

pub struct Engine {
    pub tokenizer: Tokenizer,
    pub template: Option<ChatTemplate>,
    pub model: GpuModel,
    /// sha256 of the GGUF header; adapters name the model they were trained for with it.
    pub fingerprint: String,
    pub adapters: std::collections::BTreeMap<String, LoadedAdapter>,
    /// Domain adapters, resident beside each other over the one base (`GenerateOptions::loras`).
    pub domains: std::collections::BTreeMap<String, LoadedDomain>,
    /// What the model was loaded with (the context resolved), for `reload`.
    pub options: EngineOptions,
    /// Pass times and observed tokens per step, for `Mode::Auto`.
    pub tuner: Mutex<Tuner>,
    /// What the KV cache holds after the last generation, so that the next one (the same prompt
    /// in another mode, or a chat that grew by one turn) prefills only what is new.
    kv: Mutex<CachedPrefix>,
    /// Set while a generation (or `pick`'s timing) runs passes.
    running: std::sync::atomic::AtomicBool,
}

/// Holds `Engine::running` for one call; `ENGINE_BUSY` if another holds it.
struct Running<'a>(&'a std::sync::atomic::AtomicBool);

impl<'a> Running<'a> {
    fn start(flag: &'a std::sync::atomic::AtomicBool) -> Result<Running<'a>> {
        use std::sync::atomic::Ordering;
        flag.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed).map_err(|_| Error::Busy)?;
        Ok(Running(flag))
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.store(false, std::sync::atomic::Ordering::Release);
    }
}

/// The tokens whose K/V sit in cache slots 0.., valid while the model's pass count is `passes`
/// and computed under the domain adapters `loras` (ids never reused, weights as bits).
#[derive(Default)]
struct CachedPrefix {
    tokens: Vec<u32>,
    passes: u64,
    loras: Vec<(LoraId, u32)>,
}

impl Engine {
    pub async fn load(bytes: &[u8], options: &EngineOptions) -> Result<Engine> {
        Engine::load_with_progress(bytes, options, &mut |_, _| {}).await
    }

    /// `load`, reporting GPU upload progress as `progress(done, total)` (see `GpuModel::load_with_progress`).
    pub async fn load_with_progress(bytes: &[u8], options: &EngineOptions, progress: &mut dyn FnMut(usize, usize)) -> Result<Engine> {
        Engine::load_on(Gpu::new().await?, bytes, options, progress).await
    }

    /// `load_with_progress` on a device the caller opened, e.g. with another matmul shape than
    /// the device's own (`Gpu::matmul`), as the benchmarks do to count a GPU's plan anywhere.
    pub async fn load_on(mut gpu: Gpu, bytes: &[u8], options: &EngineOptions, progress: &mut dyn FnMut(usize, usize)) -> Result<Engine> {
        gpu.memory_limit = options.gpu_memory_limit;
        let gguf = Gguf::parse(bytes)?;
        let tokenizer = Tokenizer::from_gguf(&gguf)?;
        // A model without a usable template still serves plain-text prompts.
        let template = ChatTemplate::from_gguf(&gguf).ok();
        let fingerprint = gguf.fingerprint(bytes)?;
        let trained = Config::from_gguf(&gguf)?.train_context;
        let context = match options.context {
            Some(asked) if asked > trained => {
                return Err(Error::ContextTooLarge { requested: asked, limit: trained, why: "the model was trained for that many (llama.context_length)".into() })
            }
            Some(asked) => asked,
            None => DEFAULT_CONTEXT.min(trained),
        };
        let model = GpuModel::load_with_progress(gpu, &gguf, bytes, context, options.max_rows, progress).await?;
        Ok(Engine {
            options: EngineOptions { context: Some(context), ..options.clone() },
            tokenizer,
            template,
            model,
            fingerprint,
            adapters: Default::default(),
            domains: Default::default(),
            tuner: Default::default(),
            kv: Default::default(),
            running: Default::default(),
        })
    }

    /// After the GPU device was lost (`GPU_DEVICE_LOST`): opens a new device and uploads the
    /// model from `bytes` (the same GGUF; another is refused) and every loaded adapter from the
    /// copies the engine keeps, under the same names. Generation then resumes with the same tokens
    /// as before the loss. On error the engine stays as it was.
    pub async fn reload(&mut self, bytes: &[u8]) -> Result<()> {
        let gguf = Gguf::parse(bytes)?;
        let fingerprint = gguf.fingerprint(bytes)?;
        if fingerprint != self.fingerprint {
            return Err(Error::InvalidArgument(format!("reload needs the model this engine loaded (fingerprint {}), got {fingerprint}", self.fingerprint)));
        }
        let context = self.options.context.unwrap_or(self.model.context);
        let mut gpu = Gpu::new().await?;
        gpu.memory_limit = self.options.gpu_memory_limit;
        let model = GpuModel::load(gpu, &gguf, bytes, context, self.options.max_rows).await?;
        let mut adapters = std::collections::BTreeMap::new();
        for (name, a) in &self.adapters {
            adapters.insert(name.clone(), LoadedAdapter { adapter: a.adapter.clone(), gpu: model.load_adapter(&a.adapter)? });
        }
        let mut domains = std::collections::BTreeMap::new();
        for (name, d) in &self.domains {
            let before = model.lora_bytes();
            let id = model.add_lora(&PartWeights::of_domain(&model.cfg, &d.adapter))?;
            domains.insert(name.clone(), LoadedDomain { adapter: d.adapter.clone(), id, bytes: model.lora_bytes().saturating_sub(before) });
        }
        self.model = model;
        self.adapters = adapters;
        self.domains = domains;
        // Pass times were measured on the old device, and its cache is gone.
        *self.tuner() = Tuner::default();
        *self.kv.lock().unwrap_or_else(|e| e.into_inner()) = CachedPrefix::default();
        Ok(())
    }

    pub fn encode(&self, prompt: &Prompt) -> Result<Vec<u32>> {
        let chat = |messages: &[ChatMessage]| -> Result<Vec<u32>> {
            let template =
                self.template.as_ref().ok_or_else(|| Error::UnsupportedChatTemplate("this model's chat template is missing or not supported".into()))?;
            self.tokenizer.encode(&template.render(messages, true)?, true)
        };
        let ids = match prompt {
            Prompt::Text(text) => {
                let mut ids = Vec::new();
                if self.tokenizer.add_bos() {
                    ids.extend(self.tokenizer.bos());
                }
                ids.extend(self.tokenizer.encode(text, false)?);
                ids
            }
            Prompt::Chat(text) => chat(&[ChatMessage::new("user", text.as_str())])?,
            Prompt::Messages(messages) => chat(messages)?,
            Prompt::Tokens(ids) => ids.clone(),
        };
        if ids.is_empty() {
            return Err(Error::InvalidArgument("the prompt is empty".into()));
        }
        Ok(ids)
    }

    /// Parses, validates (against this model's fingerprint and shapes) and uploads a
    /// multi-token-prediction adapter. On error nothing is loaded and the engine is unchanged; an
    /// adapter already loaded under `name` is replaced.
    pub fn load_adapter(&mut self, name: &str, bytes: &[u8]) -> Result<&Adapter> {
        let adapter = Adapter::parse(bytes, &self.model.cfg, &self.fingerprint)?;
        let gpu = self.model.load_adapter(&adapter)?;
        self.unload_adapter(name)?;
        self.adapters.insert(name.to_string(), LoadedAdapter { adapter, gpu });
        Ok(&self.adapters[name].adapter)
    }

    /// A domain adapter from one file — the project's gated safetensors or a llama.cpp GGUF
    /// LoRA — validated and made resident beside the others (`GenerateOptions::loras`).
    pub fn load_lora(&mut self, name: &str, bytes: &[u8]) -> Result<&DomainAdapter> {
        let adapter = DomainAdapter::parse(bytes, &self.model.cfg, &self.fingerprint)?;
        self.insert_domain(name, adapter)
    }

    /// A PEFT LoRA: its `adapter_config.json` and `adapter_model.safetensors`.
    pub fn load_peft(&mut self, name: &str, config: &[u8], weights: &[u8]) -> Result<&DomainAdapter> {
        let adapter = DomainAdapter::parse_peft(config, weights, &self.model.cfg)?;
        self.insert_domain(name, adapter)
    }

    fn insert_domain(&mut self, name: &str, adapter: DomainAdapter) -> Result<&DomainAdapter> {
        let before = self.model.lora_bytes();
        let id = self.model.add_lora(&PartWeights::of_domain(&self.model.cfg, &adapter))?;
        let bytes = self.model.lora_bytes().saturating_sub(before);
        self.unload_adapter(name)?;
        self.domains.insert(name.to_string(), LoadedDomain { adapter, id, bytes });
        Ok(&self.domains[name].adapter)
    }

    /// Unloads the adapter (either kind) called `name` and frees its GPU memory; false if none is.
    pub fn unload_adapter(&mut self, name: &str) -> Result<bool> {
        if let Some(a) = self.adapters.remove(name) {
            self.model.remove_lora(a.gpu.lora)?;
            self.model.gpu.release_bytes(a.gpu.bytes);
            return Ok(true);
        }
        if let Some(d) = self.domains.remove(name) {
            self.model.remove_lora(d.id)?;
            return Ok(true);
        }
        Ok(false)
    }

    /// The domain adapters of a request, resolved to the model's LoRAs.
    fn domain_ids(&self, loras: &[(String, f32)]) -> Result<Vec<(LoraId, f32)>> {
        loras
            .iter()
            .map(|(name, w)| match self.domains.get(name) {
                Some(d) => Ok((d.id, *w)),
                None => Err(Error::InvalidArgument(format!("no domain adapter named {name:?} is loaded"))),
            })
            .collect()
    }

    fn adapter(&self, name: Option<&str>) -> Result<&LoadedAdapter> {
        match name {
            Some(n) => self.adapters.get(n).ok_or_else(|| Error::InvalidArgument(format!("no adapter named {n:?} is loaded"))),
            None if self.adapters.len() == 1 => self.adapters.values().next().ok_or_else(|| Error::InvalidArgument("no adapter".into())),
            None if self.adapters.is_empty() => Err(Error::InvalidArgument("MTP needs an adapter: load one first".into())),
            None => Err(Error::InvalidArgument("several adapters are loaded: name one".into())),
        }
    }

    /// How many leading tokens of `prompt` need no prefill: the common prefix with what the cache
    /// holds, if no pass has run since, and never the last token (its logits pick the next one).
    fn reusable(&self, prompt: &[u32], loras: &[(LoraId, u32)]) -> usize {
        let kv = self.kv.lock().unwrap_or_else(|e| e.into_inner());
        if kv.passes != self.model.passes_run() || kv.loras != loras {
            return 0;
        }
        let common = kv.tokens.iter().zip(prompt).take_while(|(a, b)| a == b).count();
        common.min(prompt.len().saturating_sub(1))
    }

    fn tuner(&self) -> std::sync::MutexGuard<'_, Tuner> {
        // The tuner holds only estimates: a panic elsewhere cannot leave it inconsistent.
        self.tuner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Generation. `on_token(token, tokens_accepted_in_its_step)` sees each token as it is
    /// produced and returns false to stop early.
    pub async fn generate(&self, prompt: &[u32], options: &GenerateOptions, on_token: &mut dyn FnMut(u32, usize) -> bool) -> Result<Generation> {
        // One KV cache: a second generation while one is running would interleave their passes.
        let _running = Running::start(&self.running)?;
        if options.mode != Mode::Auto {
            return self.generate_with(prompt, options, on_token).await;
        }
        let pick = self.choose(options).await?;
        let g = self.generate_with(prompt, &GenerateOptions { mode: pick.mode, k: Some(pick.k), tree: Some(pick.tree), ..options.clone() }, on_token).await?;
        self.tuner().observe(pick, !options.sampling.is_greedy(), &g);
        Ok(g)
    }

    /// What `Mode::Auto` would run now: times the passes it has not timed yet (the first call
    /// costs a few passes), then takes the highest expected tokens per second.
    pub async fn pick(&self, options: &GenerateOptions) -> Result<Candidate> {
        let _running = Running::start(&self.running)?;
        self.choose(options).await
    }

    async fn choose(&self, options: &GenerateOptions) -> Result<Candidate> {
        let adapter = match &options.adapter {
            Some(name) => Some(self.adapter(Some(name))?),
            None => self.adapter(None).ok(),
        };
        if let (Some(k), Some(a)) = (options.k, adapter) {
            if k > a.adapter.n_mask {
                return Err(Error::InvalidArgument(format!("k = {k} is larger than the adapter's {} masks", a.adapter.n_mask)));
            }
        }
        let ks = |max: usize| -> Vec<usize> { options.k.map_or_else(|| [1, 2, 4, 8].into_iter().filter(|&k| k <= max).collect(), |k| vec![k]) };
        let mut candidates = vec![Candidate::ar()];
        candidates.extend(ks(4).into_iter().filter(|&k| k >= 2).map(|k| Candidate::chain(Mode::Ngram, k)));
        let trees = match options.tree {
            Some(t) => vec![t],
            None => [&[1][..], &[2], &[3]].iter().filter_map(|w| TreeShape::new(w).ok()).collect(),
        };
        if let Some(a) = adapter {
            for k in ks(a.adapter.n_mask) {
                candidates.extend(trees.iter().map(|&tree| Candidate { mode: Mode::Mtp, k, tree }));
                candidates.push(Candidate::chain(Mode::MtpLinear, k));
            }
        }
        candidates.retain(|c| c.shape().0 <= self.model.max_rows);
        // A tree asked for but too big for a pass would be dropped from the choice unseen.
        if let Some(tree) = options.tree {
            if adapter.is_some() && !candidates.iter().any(|c| c.tree == tree) {
                return Err(Error::InvalidArgument(format!("the tree {tree} needs more rows than max_rows = {} (raise max_rows)", self.model.max_rows)));
            }
        }
        let untimed = self.tuner().untimed(&candidates);
        for c in untimed {
            if self.tuner().worth_timing(c.pass()) {
                let drafter = c.drafter(adapter.map(|a| &a.gpu))?;
                let ms = auto::time_step(&self.model, drafter.as_ref()).await?;
                self.tuner().record_pass(c.pass(), ms);
            }
        }
        Ok(self.tuner().best(&candidates, !options.sampling.is_greedy()))
    }

    async fn generate_with(&self, prompt: &[u32], options: &GenerateOptions, on_token: &mut dyn FnMut(u32, usize) -> bool) -> Result<Generation> {
        let domains = self.domain_ids(&options.loras)?;
        self.model.select_domains(&domains)?;
        let key: Vec<(LoraId, u32)> = domains.iter().map(|&(id, w)| (id, w.to_bits())).collect();
        let reused = self.reusable(prompt, &key);
        self.model.record_gates(options.record_gates);
        let mut result = self.decode(prompt, reused, options, on_token).await;
        if options.record_gates {
            let gates = self.model.take_gate_activity();
            self.model.record_gates(false);
            if let Ok(g) = &mut result {
                g.gates = Some(gates);
            }
        }
        let mut kv = self.kv.lock().unwrap_or_else(|e| e.into_inner());
        // After an error the cache's contents are unknown: the next generation prefills it all.
        kv.tokens = match &result {
            Ok(g) => prompt.iter().chain(&g.tokens).take(g.cached).copied().collect(),
            Err(_) => Vec::new(),
        };
        kv.passes = self.model.passes_run();
        kv.loras = key;
        result
    }

    async fn decode(&self, prompt: &[u32], reused: usize, options: &GenerateOptions, on_token: &mut dyn FnMut(u32, usize) -> bool) -> Result<Generation> {
        let is_end = |t: u32| self.tokenizer.is_end_of_generation(t);
        let req = Request { prompt, reused, max_new: options.max_tokens, sampling: options.sampling, is_end: &is_end };
        let adapter = match options.mode {
            Mode::Mtp | Mode::MtpLinear => Some(self.adapter(options.adapter.as_deref())?),
            Mode::Ar | Mode::Auto | Mode::Ngram => None,
        };
        let k = options.k.unwrap_or(adapter.map_or(4, |a| a.adapter.n_mask));
        let candidate = Candidate { mode: options.mode, k, tree: options.tree.unwrap_or_else(TreeShape::chain) };
        match candidate.drafter(adapter.map(|a| &a.gpu))? {
            None => autoregressive::generate(&self.model, &req, &mut |t| on_token(t, 1)).await,
            Some(drafter) => speculative::generate(&self.model, &drafter, &req, on_token).await,
        }
    }
}
