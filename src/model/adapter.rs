//! Gated-LoRA multi-token-prediction adapters (training/FORMAT.md): safetensors with mask
//! embeddings, per-layer LoRA A/B for the attention and MLP projections, and the sampler head.
//! Everything is validated against the base model before anything reaches the GPU.

use crate::error::{Error, Result};
use crate::model::Config;
use safetensors::{Dtype, SafeTensors};
use std::collections::HashMap;

/// The projections a LoRA may target, by GGUF tensor name, in the order the GPU groups them:
/// q|k|v and gate|up share their input and run as one fused LoRA each.
pub const TARGETS: [&str; 7] = ["attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"];

/// The fused projections of a block as the GPU runs them, by name, with their targets: the
/// targets of one group share their input (and a learned gate, `model::lora`).
pub const GROUPS: [(&str, &[&str]); 4] =
    [("attn_qkv", &["attn_q", "attn_k", "attn_v"]), ("attn_output", &["attn_output"]), ("ffn_gate_up", &["ffn_gate", "ffn_up"]), ("ffn_down", &["ffn_down"])];

/// A and B of one fused group: the listed targets' A rows stacked (`[targets × rank, in]`), their
/// B outputs stacked (`[outputs, rank]`); a target without a pair contributes zeros. None when
/// no target of the group has one.
pub fn fuse(cfg: &Config, pairs: &HashMap<String, LoraPair>, targets: &[&str], rank: usize) -> Option<(Vec<f32>, Vec<f32>)> {
    if !targets.iter().any(|t| pairs.contains_key(*t)) {
        return None;
    }
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for t in targets {
        let (out, inp) = target_shape(cfg, t)?;
        match pairs.get(*t) {
            Some(p) => {
                a.extend_from_slice(&p.a);
                b.extend_from_slice(&p.b);
            }
            None => {
                a.resize(a.len() + rank * inp, 0.0);
                b.resize(b.len() + out * rank, 0.0);
            }
        }
    }
    Some((a, b))
}

/// A LoRA pair for one projection: A is `[rank, in]`, B is `[out, rank]`, row-major f32.
#[derive(Debug, Clone)]
pub struct LoraPair {
    pub a: Vec<f32>,
    pub b: Vec<f32>,
}

/// The sampler head: h1 = LN1(SiLU(fc1 · [E(y); z] + b1)), then by `kind`
/// `logits = E · LN2(SiLU(fc2 · h1 + b2))` (`mlp2`) or `logits = E · (z + fc2 · h1 + b2)` (`resmlp`).
#[derive(Debug, Clone)]
pub struct Sampler {
    pub kind: SamplerKind,
    pub hidden: usize,
    pub ln_eps: f32,
    pub fc1_weight: Vec<f32>,
    pub fc1_bias: Vec<f32>,
    pub ln1_weight: Vec<f32>,
    pub ln1_bias: Vec<f32>,
    pub fc2_weight: Vec<f32>,
    pub fc2_bias: Vec<f32>,
}

/// What follows the sampler head's second layer.
#[derive(Debug, Clone)]
pub enum SamplerKind {
    /// `mlp2` (format versions 1 and 2): SiLU and a second LayerNorm.
    Mlp2 { ln2_weight: Vec<f32>, ln2_bias: Vec<f32> },
    /// `resmlp` (version 2 only): the mask state z itself plus the second layer's correction,
    /// which the trainer starts at zero, so an untrained head drafts the mask row's own choice.
    Residual,
}

impl Sampler {
    pub fn is_residual(&self) -> bool {
        matches!(self.kind, SamplerKind::Residual)
    }
}

#[derive(Debug, Clone)]
pub struct Adapter {
    /// k: the number of mask tokens it was trained with (it also serves any k' ≤ k).
    pub n_mask: usize,
    pub rank: usize,
    pub alpha: f32,
    pub targets: Vec<String>,
    pub base_model: String,
    /// `[k, d]`
    pub mask_embd: Vec<f32>,
    /// `layers[i][target]`
    pub layers: Vec<HashMap<String, LoraPair>>,
    pub sampler: Sampler,
    pub training: serde_json::Value,
}

pub(crate) fn bad(why: impl Into<String>) -> Error {
    Error::Adapter(why.into())
}

pub(crate) fn meta<'a>(m: &'a HashMap<String, String>, key: &str) -> Result<&'a str> {
    m.get(key).map(String::as_str).ok_or_else(|| bad(format!("metadata key {key:?} is missing")))
}

pub(crate) fn parse_num<T: std::str::FromStr>(m: &HashMap<String, String>, key: &str) -> Result<T> {
    let v = meta(m, key)?;
    v.trim().parse().map_err(|_| bad(format!("metadata {key}={v:?} is not a number")))
}

/// A project adapter file: its tensors, its `__metadata__` and its base fingerprint, checked to
/// be `format` in one of `versions` for this model's architecture and GGUF `fingerprint`.
pub(crate) fn open<'a>(
    bytes: &'a [u8],
    format: &str,
    versions: &[&str],
    cfg: &Config,
    fingerprint: &str,
) -> Result<(SafeTensors<'a>, HashMap<String, String>, String)> {
    let st = SafeTensors::deserialize(bytes).map_err(|e| bad(format!("not a valid safetensors file: {e}")))?;
    let (_, header) = SafeTensors::read_metadata(bytes).map_err(|e| bad(format!("not a valid safetensors file: {e}")))?;
    let m = header.metadata().clone().ok_or_else(|| bad(format!("no __metadata__ (not a {format} adapter)")))?;
    let found = meta(&m, "format")?;
    if found != format {
        return Err(bad(format!("format is {found:?}, expected {format:?}")));
    }
    let version = meta(&m, "version")?;
    if !versions.contains(&version) {
        return Err(bad(format!("version {version:?} is not supported (supported: {})", versions.join(", "))));
    }
    let arch = meta(&m, "arch")?;
    if arch != cfg.arch {
        return Err(bad(format!("adapter is for architecture {arch:?}, the model is {:?}", cfg.arch)));
    }
    let base_model = meta(&m, "base_model")?.to_string();
    if base_model != fingerprint {
        return Err(Error::AdapterBaseMismatch { adapter: base_model, model: fingerprint.to_string() });
    }
    Ok((st, m, base_model))
}

/// Layer `i`'s `blk.{i}.{t}.lora_a` `[rank, in]` and `.lora_b` `[out, rank]` for every target.
pub(crate) fn layer_pairs(st: &SafeTensors, cfg: &Config, i: usize, targets: &[String], rank: usize) -> Result<HashMap<String, LoraPair>> {
    let mut pairs = HashMap::new();
    for t in targets {
        let (out, inp) = target_shape(cfg, t).ok_or_else(|| bad(format!("unknown target {t:?}")))?;
        let a = tensor(st, &format!("blk.{i}.{t}.lora_a"), &[rank, inp])?;
        let b = tensor(st, &format!("blk.{i}.{t}.lora_b"), &[out, rank])?;
        pairs.insert(t.clone(), LoraPair { a, b });
    }
    Ok(pairs)
}

/// A tensor as f32, checked to have `shape`.
pub(crate) fn tensor(st: &SafeTensors, name: &str, shape: &[usize]) -> Result<Vec<f32>> {
    let t = st.tensor(name).map_err(|_| bad(format!("tensor {name:?} is missing")))?;
    if t.shape() != shape {
        return Err(bad(format!("tensor {name:?} has shape {:?}, expected {shape:?}", t.shape())));
    }
    let data = t.data();
    let values: Vec<f32> = match t.dtype() {
        Dtype::F32 => data.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
        Dtype::F16 => data.chunks_exact(2).map(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32()).collect(),
        Dtype::BF16 => data.chunks_exact(2).map(|c| half::bf16::from_le_bytes([c[0], c[1]]).to_f32()).collect(),
        other => return Err(bad(format!("tensor {name:?} has dtype {other:?} (F32, F16 or BF16 expected)"))),
    };
    if values.len() != shape.iter().product::<usize>() {
        return Err(bad(format!("tensor {name:?} holds {} values, its shape says {}", values.len(), shape.iter().product::<usize>())));
    }
    if values.iter().any(|v| !v.is_finite()) {
        return Err(bad(format!("tensor {name:?} holds NaN or infinite values")));
    }
    Ok(values)
}

/// `(out, in)` of a target projection in the base model.
pub fn target_shape(cfg: &Config, target: &str) -> Option<(usize, usize)> {
    let (d, kv, q, ffn) = (cfg.dim, cfg.kv_dim(), cfg.q_dim(), cfg.ffn_dim);
    Some(match target {
        "attn_q" => (q, d),
        "attn_k" | "attn_v" => (kv, d),
        "attn_output" => (d, q),
        "ffn_gate" | "ffn_up" => (ffn, d),
        "ffn_down" => (d, ffn),
        _ => return None,
    })
}

impl Adapter {
    /// Parses and validates an adapter for the model with `cfg` and GGUF `fingerprint`.
    pub fn parse(bytes: &[u8], cfg: &Config, fingerprint: &str) -> Result<Adapter> {
        let (st, m, base_model) = open(bytes, "gated-lora-mtp", &["1", "2"], cfg, fingerprint)?;
        let n_mask: usize = parse_num(&m, "n_mask")?;
        let rank: usize = parse_num(&m, "rank")?;
        let alpha: f32 = parse_num(&m, "alpha")?;
        if !(1..=16).contains(&n_mask) || !(1..=256).contains(&rank) || !alpha.is_finite() {
            return Err(bad(format!("n_mask={n_mask}, rank={rank}, alpha={alpha} out of range (n_mask 1..16, rank 1..256)")));
        }
        let targets: Vec<String> = serde_json::from_str(meta(&m, "targets")?).map_err(|e| bad(format!("targets: {e}")))?;
        for t in &targets {
            if !TARGETS.contains(&t.as_str()) {
                return Err(bad(format!("unknown LoRA target {t:?} (known: {TARGETS:?})")));
            }
        }
        let sampler_cfg: serde_json::Value = serde_json::from_str(meta(&m, "sampler")?).map_err(|e| bad(format!("sampler: {e}")))?;
        // Version 1 predates the residual head; a version-2 writer may still store an mlp2 one.
        let residual = match (meta(&m, "version")?, sampler_cfg.get("type").and_then(|v| v.as_str())) {
            (_, Some("mlp2")) => false,
            ("2", Some("resmlp")) => true,
            (version, found) => {
                return Err(bad(format!("sampler type {found:?} is not supported in version {version:?} (mlp2; mlp2 or resmlp in version 2)")))
            }
        };
        let d = cfg.dim;
        let hidden = sampler_cfg.get("hidden").and_then(|v| v.as_u64()).map(|h| h as usize).unwrap_or(d);
        let ln_eps = sampler_cfg.get("ln_eps").and_then(|v| v.as_f64()).unwrap_or(1e-5) as f32;
        if hidden == 0 || hidden > 16 * d {
            return Err(bad(format!("sampler hidden size {hidden} out of range")));
        }

        let layers = (0..cfg.n_layers).map(|i| layer_pairs(&st, cfg, i, &targets, rank)).collect::<Result<Vec<_>>>()?;
        let kind = if residual {
            SamplerKind::Residual
        } else {
            SamplerKind::Mlp2 { ln2_weight: tensor(&st, "sampler.ln2.weight", &[d])?, ln2_bias: tensor(&st, "sampler.ln2.bias", &[d])? }
        };
        let sampler = Sampler {
            kind,
            hidden,
            ln_eps,
            fc1_weight: tensor(&st, "sampler.fc1.weight", &[hidden, 2 * d])?,
            fc1_bias: tensor(&st, "sampler.fc1.bias", &[hidden])?,
            ln1_weight: tensor(&st, "sampler.ln1.weight", &[hidden])?,
            ln1_bias: tensor(&st, "sampler.ln1.bias", &[hidden])?,
            fc2_weight: tensor(&st, "sampler.fc2.weight", &[d, hidden])?,
            fc2_bias: tensor(&st, "sampler.fc2.bias", &[d])?,
        };
        let training = m.get("training").and_then(|t| serde_json::from_str(t).ok()).unwrap_or(serde_json::Value::Null);
        Ok(Adapter { mask_embd: tensor(&st, "mask_embd", &[n_mask, d])?, n_mask, rank, alpha, targets, base_model, layers, sampler, training })
    }

    pub fn scale(&self) -> f32 {
        self.alpha / self.rank as f32
    }
}
