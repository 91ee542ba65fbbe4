//! A tiny synthetic Llama GGUF and a matching gated-LoRA adapter, built in memory, so the lossless
//! property can be swept over many prompts, every k up to 8 and several seeds in seconds — on
//! lavapipe and in Chromium — where the real model allows only a few short runs.
//!
//! The model is close to a bigram machine: the output head maps token t to π(t) for a fixed
//! permutation π, and small random attention/MLP weights perturb that with context. The adapter's
//! sampler head is an exact identity on E(y_prev) up to scale (SiLU(a) − SiLU(−a) = a, and the
//! LayerNorms only shift and scale), so its drafts follow π: most are accepted, some are not,
//! which exercises acceptance, rejection and the bonus token on every path. Only numbers differ
//! from the real model; the kernels, passes and decoding logic are the same.

use gated_lora_webgpu::gguf::Value;

pub const DIM: usize = 64;
pub const HEADS: usize = 4;
pub const KV_HEADS: usize = 2;
pub const FFN: usize = 128;
pub const LAYERS: usize = 2;
pub const VOCAB: usize = 256;
pub const N_MASK: usize = 8;
pub const RANK: usize = 4;
/// The residual head's fc2 gain and b2's scale (`residual_adapter`): at 0.4 and 1 each of its three
/// terms changes 11 to 124 of 128 drafts on the oracle's prompts, and greedy k = 4 still
/// accepts 2.9 tokens/step.
const RESIDUAL_GAIN: f32 = 0.4;
const RESIDUAL_BIAS: f32 = 1.0;

/// splitmix64: reproducible numbers without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Approximately N(0, 1) (Irwin–Hall of 12 uniforms).
    pub fn normal(&mut self) -> f32 {
        (0..12).map(|_| (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32).sum::<f32>() - 6.0
    }

    pub fn normals(&mut self, n: usize, scale: f32) -> Vec<f32> {
        (0..n).map(|_| self.normal() * scale).collect()
    }
}

fn put_str(b: &mut Vec<u8>, s: &str) {
    b.extend_from_slice(&(s.len() as u64).to_le_bytes());
    b.extend_from_slice(s.as_bytes());
}

/// A metadata value as GGUF writes it: its type id, then its payload.
fn put_value(b: &mut Vec<u8>, v: &Value) {
    b.extend_from_slice(&type_id(v).to_le_bytes());
    put_payload(b, v);
}

fn type_id(v: &Value) -> u32 {
    match v {
        Value::U8(_) => 0,
        Value::I8(_) => 1,
        Value::U16(_) => 2,
        Value::I16(_) => 3,
        Value::U32(_) => 4,
        Value::I32(_) => 5,
        Value::F32(_) => 6,
        Value::Bool(_) => 7,
        Value::Str(_) => 8,
        Value::Array(_) => 9,
        Value::U64(_) => 10,
        Value::I64(_) => 11,
        Value::F64(_) => 12,
    }
}

fn put_payload(b: &mut Vec<u8>, v: &Value) {
    match v {
        Value::U8(x) => b.push(*x),
        Value::I8(x) => b.extend_from_slice(&x.to_le_bytes()),
        Value::U16(x) => b.extend_from_slice(&x.to_le_bytes()),
        Value::I16(x) => b.extend_from_slice(&x.to_le_bytes()),
        Value::U32(x) => b.extend_from_slice(&x.to_le_bytes()),
        Value::I32(x) => b.extend_from_slice(&x.to_le_bytes()),
        Value::F32(x) => b.extend_from_slice(&x.to_le_bytes()),
        Value::Bool(x) => b.push(u8::from(*x)),
        Value::Str(s) => put_str(b, s),
        Value::Array(items) => {
            // Arrays hold one type: the first item's (u8 when empty).
            b.extend_from_slice(&items.first().map_or(0, type_id).to_le_bytes());
            b.extend_from_slice(&(items.len() as u64).to_le_bytes());
            items.iter().for_each(|item| put_payload(b, item));
        }
        Value::U64(x) => b.extend_from_slice(&x.to_le_bytes()),
        Value::I64(x) => b.extend_from_slice(&x.to_le_bytes()),
        Value::F64(x) => b.extend_from_slice(&x.to_le_bytes()),
    }
}

/// A GGUF v3 file with F32 tensors. `tensors`: (name, GGUF dims (inner first), values).
pub fn gguf(meta: &[(&str, Value)], tensors: &[(String, Vec<u64>, Vec<f32>)]) -> Vec<u8> {
    const ALIGN: usize = 32;
    let mut b = b"GGUF".to_vec();
    b.extend_from_slice(&3u32.to_le_bytes());
    b.extend_from_slice(&(tensors.len() as u64).to_le_bytes());
    b.extend_from_slice(&(meta.len() as u64).to_le_bytes());
    for (key, v) in meta {
        put_str(&mut b, key);
        put_value(&mut b, v);
    }
    let mut offset = 0usize;
    for (name, dims, values) in tensors {
        put_str(&mut b, name);
        b.extend_from_slice(&(dims.len() as u32).to_le_bytes());
        for d in dims {
            b.extend_from_slice(&d.to_le_bytes());
        }
        b.extend_from_slice(&0u32.to_le_bytes());
        b.extend_from_slice(&(offset as u64).to_le_bytes());
        offset += (values.len() * 4).next_multiple_of(ALIGN);
    }
    b.resize(b.len().next_multiple_of(ALIGN), 0);
    for (_, _, values) in tensors {
        for v in values {
            b.extend_from_slice(&v.to_le_bytes());
        }
        b.resize(b.len().next_multiple_of(ALIGN), 0);
    }
    b
}

/// The synthetic model, its token embeddings (`[VOCAB][DIM]`) and the permutation π.
pub fn model(seed: u64) -> (Vec<u8>, Vec<usize>) {
    model_with(seed, Vec::new())
}

/// The synthetic model with a byte-level vocabulary (token t is byte t, no merges), so that an
/// `Engine` loads it: the engine-level tests (long use, device loss) run on it in seconds.
pub fn model_with_vocabulary(seed: u64) -> Vec<u8> {
    // GPT-2's byte ↔ unicode map: printable bytes stand for themselves, the rest from U+0100 on.
    let printable = |b: u32| (33..=126).contains(&b) || (161..=172).contains(&b) || (174..=255).contains(&b);
    let mut next = 256;
    let tokens: Vec<Value> = (0..VOCAB as u32)
        .map(|b| {
            let c = if printable(b) {
                b
            } else {
                next += 1;
                next - 1
            };
            Value::Str(char::from_u32(c).expect("a char").to_string())
        })
        .collect();
    let vocabulary = vec![
        ("tokenizer.ggml.model", Value::Str("gpt2".into())),
        ("tokenizer.ggml.pre", Value::Str("smollm".into())),
        ("tokenizer.ggml.tokens", Value::Array(tokens)),
        ("tokenizer.ggml.merges", Value::Array(Vec::new())),
    ];
    model_with(seed, vocabulary).0
}

/// The synthetic model with `extra` metadata (a vocabulary, or what a test needs to be refused).
pub fn model_with(seed: u64, extra: Vec<(&str, Value)>) -> (Vec<u8>, Vec<usize>) {
    let mut rng = Rng::new(seed);
    let (d, q, kv) = (DIM, DIM, KV_HEADS * DIM / HEADS);
    // Zero-mean embedding rows: the sampler's LayerNorm then keeps their direction.
    let mut embd = rng.normals(VOCAB * d, 1.0);
    for row in embd.chunks_mut(d) {
        let mean = row.iter().sum::<f32>() / d as f32;
        row.iter_mut().for_each(|x| *x -= mean);
    }
    let mut pi: Vec<usize> = (0..VOCAB).collect();
    for i in (1..VOCAB).rev() {
        pi.swap(i, rng.below(i + 1));
    }
    // output[π(t)] = 0.1·E[t]: the logit of π(t) after token t stands ~6 above the rest, so
    // sampling at temperature ~1 still leaves π(t) the likely choice, but not the only one.
    let mut output = vec![0.0; VOCAB * d];
    for t in 0..VOCAB {
        for j in 0..d {
            output[pi[t] * d + j] = 0.15 * embd[t * d + j];
        }
    }
    let matrix = |rng: &mut Rng, inp: usize, out: usize, scale: f32| (vec![inp as u64, out as u64], rng.normals(inp * out, scale));
    let mut tensors = vec![
        ("token_embd.weight".to_string(), vec![d as u64, VOCAB as u64], embd),
        ("output_norm.weight".to_string(), vec![d as u64], vec![1.0; d]),
        ("output.weight".to_string(), vec![d as u64, VOCAB as u64], output),
    ];
    for i in 0..LAYERS {
        let n = |s: &str| format!("blk.{i}.{s}.weight");
        tensors.push((n("attn_norm"), vec![d as u64], vec![1.0; d]));
        tensors.push((n("ffn_norm"), vec![d as u64], vec![1.0; d]));
        for (name, inp, out, scale) in [
            ("attn_q", d, q, 0.2),
            ("attn_k", d, kv, 0.2),
            ("attn_v", d, kv, 0.12),
            ("attn_output", q, d, 0.12),
            ("ffn_gate", d, FFN, 0.12),
            ("ffn_up", d, FFN, 0.12),
            ("ffn_down", FFN, d, 0.12),
        ] {
            let (dims, values) = matrix(&mut rng, inp, out, scale);
            tensors.push((n(name), dims, values));
        }
    }
    let mut meta = vec![
        ("general.architecture", Value::Str("llama".into())),
        ("general.name", Value::Str("synthetic-bigram".into())),
        ("llama.embedding_length", Value::U32(DIM as u32)),
        ("llama.block_count", Value::U32(LAYERS as u32)),
        ("llama.feed_forward_length", Value::U32(FFN as u32)),
        ("llama.attention.head_count", Value::U32(HEADS as u32)),
        ("llama.attention.head_count_kv", Value::U32(KV_HEADS as u32)),
        ("llama.context_length", Value::U32(1024)),
        ("llama.rope.freq_base", Value::F32(10000.0)),
        ("llama.attention.layer_norm_rms_epsilon", Value::F32(1e-5)),
    ];
    meta.extend(extra);
    (gguf(&meta, &tensors), pi)
}

/// A k = `N_MASK` adapter for the model whose GGUF fingerprint is `fingerprint`.
pub fn adapter(seed: u64, fingerprint: &str) -> Vec<u8> {
    mtp_adapter(seed, fingerprint, false)
}

/// The same adapter with a residual sampler head (format version 2): logits = output ·
/// (z + fc2 · h1 + b2), fc2 · h1 = `RESIDUAL_GAIN`·E(y) up to LN1's scale as in `adapter`, b2 ~
/// N(0, 1). The previous token's term leads, so most drafts still follow π, but z_j and b2 each
/// move about one draft in ten, so a head without either drafts differently
/// (tests/adapter_oracle.rs).
pub fn residual_adapter(seed: u64, fingerprint: &str) -> Vec<u8> {
    mtp_adapter(seed, fingerprint, true)
}

fn mtp_adapter(seed: u64, fingerprint: &str, residual: bool) -> Vec<u8> {
    use safetensors::tensor::TensorView;
    let mut rng = Rng::new(seed ^ 0xADA7);
    let (d, q, kv, h) = (DIM, DIM, KV_HEADS * DIM / HEADS, 2 * DIM);
    let mut tensors: Vec<(String, Vec<usize>, Vec<f32>)> = vec![("mask_embd".into(), vec![N_MASK, d], rng.normals(N_MASK * d, 1.0))];
    for i in 0..LAYERS {
        for (t, out, inp) in
            [("attn_q", q, d), ("attn_k", kv, d), ("attn_v", kv, d), ("attn_output", d, q), ("ffn_gate", FFN, d), ("ffn_up", FFN, d), ("ffn_down", d, FFN)]
        {
            tensors.push((format!("blk.{i}.{t}.lora_a"), vec![RANK, inp], rng.normals(RANK * inp, 0.2)));
            tensors.push((format!("blk.{i}.{t}.lora_b"), vec![out, RANK], rng.normals(out * RANK, 0.2)));
        }
    }
    // fc1 · [E(y); z] = [E(y); −E(y)] plus a little of z; fc2 = [I, −I] undoes the split exactly
    // (SiLU(a) − SiLU(−a) = a, and LN1's shift cancels), bias 20 keeps SiLU linear, LN2 rescales.
    let mut fc1 = vec![0.0; h * 2 * d];
    for j in 0..d {
        fc1[j * 2 * d + j] = 1.0;
        fc1[(d + j) * 2 * d + j] = -1.0;
        for z in 0..d {
            fc1[j * 2 * d + d + z] = 0.01 * rng.normal();
        }
    }
    let gain = if residual { RESIDUAL_GAIN } else { 1.0 };
    let mut fc2 = vec![0.0; d * h];
    for j in 0..d {
        fc2[j * h + j] = gain;
        fc2[j * h + d + j] = -gain;
    }
    let fc2_bias = if residual { rng.normals(d, RESIDUAL_BIAS) } else { vec![20.0; d] };
    tensors.extend([
        ("sampler.fc1.weight".to_string(), vec![h, 2 * d], fc1),
        ("sampler.fc1.bias".into(), vec![h], vec![0.0; h]),
        ("sampler.ln1.weight".into(), vec![h], vec![1.0; h]),
        ("sampler.ln1.bias".into(), vec![h], vec![0.0; h]),
        ("sampler.fc2.weight".into(), vec![d, h], fc2),
        ("sampler.fc2.bias".into(), vec![d], fc2_bias),
    ]);
    if !residual {
        tensors.extend([("sampler.ln2.weight".into(), vec![d], vec![1.0; d]), ("sampler.ln2.bias".into(), vec![d], vec![0.0; d])]);
    }
    let bytes: Vec<(String, Vec<usize>, Vec<u8>)> =
        tensors.into_iter().map(|(n, shape, v)| (n, shape, v.iter().flat_map(|x| x.to_le_bytes()).collect())).collect();
    let views: Vec<(String, TensorView)> =
        bytes.iter().map(|(n, shape, b)| (n.clone(), TensorView::new(safetensors::Dtype::F32, shape.clone(), b).expect("tensor view"))).collect();
    let meta: std::collections::HashMap<String, String> = [
        ("format", "gated-lora-mtp".to_string()),
        ("version", if residual { "2" } else { "1" }.into()),
        ("arch", "llama".into()),
        ("base_model", fingerprint.into()),
        ("n_mask", N_MASK.to_string()),
        ("rank", RANK.to_string()),
        ("alpha", (2 * RANK).to_string()),
        ("targets", r#"["attn_q","attn_k","attn_v","attn_output","ffn_gate","ffn_up","ffn_down"]"#.into()),
        ("sampler", format!(r#"{{"type":"{}","hidden":{h},"ln_eps":1e-5}}"#, if residual { "resmlp" } else { "mlp2" })),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    safetensors::serialize(views, Some(meta)).expect("serialize adapter")
}

/// A gated domain adapter (training/FORMAT.md) with random weights for a model of `cfg`: rank
/// `rank` on `targets`, a learned gate per fused projection when `learned`, alpha = rank. A ~
/// N(0, 1/in), B ~ N(0, `b_scale`²): big enough to change a model's choices.
/// The gate of a synthetic domain adapter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntheticGate {
    Const,
    Learned,
    Router(usize),
}

impl SyntheticGate {
    fn name(self) -> &'static str {
        match self {
            SyntheticGate::Const => "const",
            SyntheticGate::Learned => "learned",
            SyntheticGate::Router(_) => "router",
        }
    }
}

pub fn domain_adapter(
    cfg: &gated_lora_webgpu::model::Config,
    fingerprint: &str,
    seed: u64,
    rank: usize,
    targets: &[&str],
    gate: SyntheticGate,
    b_scale: f32,
) -> Vec<u8> {
    use gated_lora_webgpu::model::adapter::{target_shape, GROUPS};
    use safetensors::tensor::TensorView;
    let mut rng = Rng::new(seed ^ 0xD0_A1);
    let experts = match gate {
        SyntheticGate::Router(n) => n,
        _ => 1,
    };
    let mut tensors: Vec<(String, Vec<usize>, Vec<f32>)> = Vec::new();
    for i in 0..cfg.n_layers {
        for t in targets {
            let (out, inp) = target_shape(cfg, t).expect("known target");
            let r = rank * experts;
            tensors.push((format!("blk.{i}.{t}.lora_a"), vec![r, inp], rng.normals(r * inp, 1.0 / (inp as f32).sqrt())));
            tensors.push((format!("blk.{i}.{t}.lora_b"), vec![out, r], rng.normals(out * r, b_scale)));
        }
        for (group, members) in GROUPS.iter().filter(|(_, m)| gate != SyntheticGate::Const && m.iter().any(|t| targets.contains(t))) {
            let (_, inp) = target_shape(cfg, members[0]).expect("known target");
            // Router logits spread by a few units, so rows pick different experts.
            let (name, shape, w_scale) = match gate {
                SyntheticGate::Router(n) => ("router", vec![n, inp], 3.0),
                _ => ("gate", vec![inp], 1.0),
            };
            tensors.push((format!("blk.{i}.{group}.{name}.weight"), shape, rng.normals(experts * inp, w_scale / (inp as f32).sqrt())));
            tensors.push((format!("blk.{i}.{group}.{name}.bias"), vec![experts], rng.normals(experts, 0.5)));
        }
    }
    let bytes: Vec<(String, Vec<usize>, Vec<u8>)> =
        tensors.into_iter().map(|(n, shape, v)| (n, shape, v.iter().flat_map(|x| x.to_le_bytes()).collect())).collect();
    let views: Vec<(String, TensorView)> =
        bytes.iter().map(|(n, shape, b)| (n.clone(), TensorView::new(safetensors::Dtype::F32, shape.clone(), b).expect("tensor view"))).collect();
    let meta: std::collections::HashMap<String, String> = [
        ("format", "gated-lora-domain".to_string()),
        ("version", "1".into()),
        ("arch", "llama".into()),
        ("base_model", fingerprint.into()),
        ("rank", rank.to_string()),
        ("alpha", rank.to_string()),
        ("gate", gate.name().into()),
        ("experts", experts.to_string()),
        ("targets", serde_json::to_string(targets).expect("targets")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    safetensors::serialize(views, Some(meta)).expect("serialize domain adapter")
}

// ------------------------------------------------------------------------------------------------
// The sweep, shared by tests/synthetic.rs (lavapipe) and tests/web.rs (Chromium)
// ------------------------------------------------------------------------------------------------

use gated_lora_webgpu::decode::autoregressive;
use gated_lora_webgpu::decode::speculative::{self, Drafter};
use gated_lora_webgpu::decode::tree::TreeShape;
use gated_lora_webgpu::decode::{Mode, Request};
use gated_lora_webgpu::gguf::Gguf;
use gated_lora_webgpu::gpu::ops::Shape;
use gated_lora_webgpu::gpu::Gpu;
use gated_lora_webgpu::gpu::{GpuAdapter, GpuModel};
use gated_lora_webgpu::model::adapter::Adapter;
use gated_lora_webgpu::sampling::Sampling;

/// The fingerprint of `model(1)`, the base every synthetic adapter names.
pub fn fingerprint() -> String {
    let (bytes, _) = model(1);
    Gguf::parse(&bytes).unwrap().fingerprint(&bytes).unwrap()
}

/// A random domain adapter (rank `rank` on `targets`, B ~ N(0, 0.3²)) for the base `fingerprint`,
/// made resident on the synthetic model, not yet selected.
pub fn add_domain(model: &GpuModel, fingerprint: &str, seed: u64, rank: usize, targets: &[&str], gate: SyntheticGate) -> gated_lora_webgpu::gpu::lora::LoraId {
    use gated_lora_webgpu::gpu::lora::PartWeights;
    use gated_lora_webgpu::model::lora::DomainAdapter;
    let bytes = domain_adapter(&model.cfg, fingerprint, seed, rank, targets, gate, 0.3);
    let adapter = DomainAdapter::parse(&bytes, &model.cfg, fingerprint).expect("synthetic domain adapter parses");
    model.add_lora(&PartWeights::of_domain(&model.cfg, &adapter)).unwrap()
}

/// Three random domain adapters on the synthetic model — a plain LoRA, one with learned gates and
/// a router over 3 experts — all running on every row (weights 1, 0.5 and 0.7) beside the MTP
/// adapter from now on.
pub fn select_domains(model: &GpuModel) {
    let adapters = [
        (1, &["attn_q", "attn_v", "ffn_down"][..], SyntheticGate::Const, 1.0),
        (2, &TARGETS[..], SyntheticGate::Learned, 0.5),
        (3, &["attn_k", "attn_output", "ffn_up", "ffn_down"][..], SyntheticGate::Router(3), 0.7),
    ];
    let fingerprint = fingerprint();
    let ids: Vec<_> = adapters.into_iter().map(|(seed, targets, gate, weight)| (add_domain(model, &fingerprint, seed, 4, targets, gate), weight)).collect();
    model.select_domains(&ids).unwrap();
}

const TARGETS: [&str; 7] = gated_lora_webgpu::model::adapter::TARGETS;

/// With `shape`, the matmul takes that shape instead of this device's own.
pub async fn load(shape: Option<Shape>) -> (GpuModel, GpuAdapter, Vec<usize>) {
    load_with(shape, false, 512).await
}

/// `load`, with the residual sampler head (`residual_adapter`) when `residual`, and a context of
/// `context` positions.
pub async fn load_with(shape: Option<Shape>, residual: bool, context: usize) -> (GpuModel, GpuAdapter, Vec<usize>) {
    let (bytes, pi) = model(1);
    let g = Gguf::parse(&bytes).expect("synthetic GGUF parses");
    let fingerprint = g.fingerprint(&bytes).unwrap();
    let mut gpu = Gpu::new().await.expect("gpu");
    gpu.shape = shape.unwrap_or(gpu.shape);
    let model = GpuModel::load(gpu, &g, &bytes, context, 81).await.expect("load");
    let adapter = Adapter::parse(&mtp_adapter(1, &fingerprint, residual), &model.cfg, &fingerprint).expect("synthetic adapter parses");
    let gpu = model.load_adapter(&adapter).unwrap();
    (model, gpu, pi)
}

/// Random token strings, and every other one a π-chain that starts over at its end, so prompt
/// lookup finds the continuation the model is about to produce.
pub fn prompts(n: usize, pi: &[usize]) -> Vec<Vec<u32>> {
    let mut rng = Rng::new(7);
    (0..n)
        .map(|i| {
            let len = 4 + rng.below(40);
            if i % 2 == 0 {
                return (0..len).map(|_| rng.below(VOCAB) as u32).collect();
            }
            let mut chain = vec![rng.below(VOCAB)];
            while chain.len() < len {
                chain.push(pi[*chain.last().unwrap()]);
            }
            let restart: Vec<usize> = chain[..3].to_vec();
            chain.extend(restart);
            chain.into_iter().map(|t| t as u32).collect()
        })
        .collect()
}

/// Greedy, and three seeded samplers that together use every sampling option.
pub fn settings() -> [Sampling; 4] {
    [
        Sampling::default(),
        Sampling { temperature: 1.0, seed: 1, ..Default::default() },
        Sampling { temperature: 0.8, top_k: 20, top_p: 0.9, seed: 2, ..Default::default() },
        Sampling { temperature: 1.2, top_p: 0.95, repetition_penalty: 1.3, penalty_last_n: 16, seed: 3, ..Default::default() },
    ]
}

/// Per drafter and sampling?: tokens, steps, and steps that accepted a path off a tree's first
/// branch.
pub struct Rate {
    pub mode: Mode,
    pub k: usize,
    pub tree: TreeShape,
    pub sampling: bool,
    pub tokens: usize,
    pub steps: usize,
    pub branch_steps: usize,
}

pub struct Sweep {
    pub runs: usize,
    pub rates: Vec<Rate>,
}

/// What a sweep runs on besides the synthetic model and its MTP adapter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setup {
    /// The adapter as `adapter` builds it.
    Plain,
    /// Its residual sampler head instead (`residual_adapter`).
    ResidualHead,
    /// Two domain adapters on every row (`select_domains`): the outputs are the adapted model's.
    Domains,
}

/// Every kind of drafter a sweep runs: quadratic MTP k = 1, 2, 4, 8, linear MTP k = 4, the trees
/// `3` (k = 4) and `2x2` (k = 3), n-gram k = 3.
pub fn drafters(adapter: &GpuAdapter) -> Vec<Drafter<'_>> {
    let chain = TreeShape::chain();
    vec![
        Drafter::Mtp { adapter, k: 1, quadratic: true, tree: chain },
        Drafter::Mtp { adapter, k: 2, quadratic: true, tree: chain },
        Drafter::Mtp { adapter, k: 4, quadratic: true, tree: chain },
        Drafter::Mtp { adapter, k: 8, quadratic: true, tree: chain },
        Drafter::Mtp { adapter, k: 4, quadratic: false, tree: chain },
        Drafter::Mtp { adapter, k: 4, quadratic: true, tree: TreeShape::new(&[3]).unwrap() },
        Drafter::Mtp { adapter, k: 3, quadratic: true, tree: TreeShape::new(&[2, 2]).unwrap() },
        Drafter::Ngram { k: 3, max_n: 3 },
    ]
}

/// Generates `new_tokens` from each of `n_prompts` prompts with every setting, autoregressively and
/// with each drafter (k = 8 on every `k8_every`-th prompt), and panics at the first speculative
/// output that differs from the autoregressive one. `shape` as in `load`.
pub async fn sweep(shape: Option<Shape>, n_prompts: usize, settings: &[Sampling], new_tokens: usize, k8_every: usize, setup: Setup) -> Sweep {
    let (model, adapter, pi) = load_with(shape, setup == Setup::ResidualHead, 512).await;
    let domains = setup == Setup::Domains;
    if domains {
        select_domains(&model);
    }
    let never_ends = |_: u32| false;
    let mut drafters = drafters(&adapter);
    if domains {
        // Over domain adapters: MTP k = 1, 2, 4, the tree `3` and n-gram (the LoRA segments are
        // what is new; the other drafters add rows, not paths).
        drafters.retain(|d| d.mode() != Mode::MtpLinear && d.k() != 8 && d.tree() != TreeShape::new(&[2, 2]).unwrap());
    }
    let mut rates: Vec<Rate> = drafters
        .iter()
        .flat_map(|d| [false, true].map(|sampling| Rate { mode: d.mode(), k: d.k(), tree: d.tree(), sampling, tokens: 0, steps: 0, branch_steps: 0 }))
        .collect();
    let mut runs = 0;
    for (i, prompt) in prompts(n_prompts, &pi).iter().enumerate() {
        for s in settings {
            let req = Request { prompt, reused: 0, max_new: new_tokens, sampling: *s, is_end: &never_ends };
            let ar = autoregressive::generate(&model, &req, &mut |_| true).await.unwrap();
            assert_eq!(ar.tokens.len(), new_tokens);
            for (di, d) in drafters.iter().enumerate() {
                // k = 8 passes have 81 rows: a subset of prompts keeps the sweep to minutes.
                if d.k() == 8 && i % k8_every != 0 {
                    continue;
                }
                let g = speculative::generate(&model, d, &req, &mut |_, _| true).await.unwrap();
                assert_eq!(g.tokens, ar.tokens, "prompt {i}, {:?} k={} tree {}, sampling {s:?}, accepted per step {:?}", g.mode, g.k, g.tree, g.accepted);
                let r = &mut rates[di * 2 + usize::from(!s.is_greedy())];
                r.tokens += g.tokens.len();
                r.steps += g.steps;
                r.branch_steps += g.branch_steps;
                runs += 1;
            }
        }
    }
    Sweep { runs, rates }
}

impl Sweep {
    pub fn report(&self) -> String {
        let mut out = format!("{} speculative runs equal to autoregressive\n", self.runs);
        for r in self.rates.iter().filter(|r| r.steps > 0) {
            let setting = if r.sampling { "sampling" } else { "greedy" };
            let rate = r.tokens as f64 / r.steps as f64;
            out += &format!(
                "{:?} k={} tree {} {setting}: {rate:.2} tokens/step, {} of {} steps off the first branch\n",
                r.mode, r.k, r.tree, r.branch_steps, r.steps
            );
        }
        out
    }

    /// Every quadratic MTP k swept must both accept drafts and reject some, and trees must accept
    /// paths off their first branch (whose K/V the pass compacts) — every tree shape
    /// (`every_tree`), or at least one in a sweep too short for each to — or the sweep would not
    /// test what it claims.
    pub fn assert_exercised(&self, every_tree: bool) {
        let off_branch = |k, tree| -> usize { self.rates.iter().filter(|o| o.mode == Mode::Mtp && (o.k, o.tree) == (k, tree)).map(|o| o.branch_steps).sum() };
        for r in self.rates.iter().filter(|r| r.mode == Mode::Mtp && r.steps > 0) {
            let (k, tree, sampling, t, s) = (r.k, r.tree, r.sampling, r.tokens, r.steps);
            let rate = t as f64 / s as f64;
            assert!(
                rate > 1.2 && rate < (k + 1) as f64,
                "MTP k={k} tree {tree} (sampling: {sampling}): {t} tokens in {s} steps accepts too little or never rejects"
            );
            assert!(!every_tree || tree.is_chain() || off_branch(k, tree) > 0, "MTP k={k} tree {tree} never accepted a path off its first branch");
        }
        let trees = self.rates.iter().filter(|r| !r.tree.is_chain());
        assert!(trees.map(|r| r.branch_steps).sum::<usize>() > 0, "no tree accepted a path off its first branch");
    }
}
