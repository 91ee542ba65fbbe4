//! Domain adapters: LoRAs that act on every row, with a constant gate (a plain LoRA, as PEFT and
//! llama.cpp write them), a learned one, g = σ(w·input + b) per row and fused projection, or a
//! router: N experts sharing the base, weighted per row by softmax(W·input + b) (training/FORMAT.md). Three formats: the project's own gated safetensors, PEFT
//! (`adapter_config.json` + `adapter_model.safetensors`, Hugging Face row order) and llama.cpp's
//! GGUF LoRA. Each is validated against the base model, completely, before anything is kept.

use crate::error::Result;
use crate::gguf::Gguf;
use crate::model::adapter::{bad, layer_pairs, meta, open, parse_num, target_shape, tensor, LoraPair, GROUPS, TARGETS};
use crate::model::weights::Matrix;
use crate::model::Config;
use safetensors::SafeTensors;
use std::collections::HashMap;

/// The most rank a domain adapter may have (all its experts together).
pub const MAX_RANK: usize = 128;
/// The most experts a router may weigh.
pub const MAX_EXPERTS: usize = 8;

/// Where a domain adapter came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LoraFormat {
    /// `format = gated-lora-domain` safetensors (training/FORMAT.md).
    Gated,
    /// A PEFT LoRA directory.
    Peft,
    /// A llama.cpp GGUF LoRA (`general.type = adapter`).
    Gguf,
}

/// Per layer, the mean gate value per slot (one per expert for a router); None for a layer
/// without a learned or router gate.
pub type GateActivity = Vec<Option<Vec<f32>>>;

/// Gate values summed per layer and slot over the rows recorded, for `GateActivity`: the GPU's
/// record (`GpuModel::record_gates`) and the CPU reference's keep the same sums.
#[derive(Debug, Clone)]
pub struct GateRecord(Vec<(Vec<f64>, u64)>);

impl GateRecord {
    pub fn new(layers: usize) -> GateRecord {
        GateRecord(vec![(vec![0.0; MAX_EXPERTS], 0); layers])
    }

    /// Adds one row's gate values of `layer` (at most `MAX_EXPERTS`).
    pub fn add(&mut self, layer: usize, values: &[f32]) {
        let (sums, rows) = &mut self.0[layer];
        sums.iter_mut().zip(values).for_each(|(s, v)| *s += f64::from(*v));
        *rows += 1;
    }

    pub fn means(&self) -> GateActivity {
        self.0.iter().map(|(sums, rows)| (*rows > 0).then(|| sums.iter().map(|v| (v / *rows as f64) as f32).collect())).collect()
    }
}

/// How a domain adapter's delta is weighted per row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GateType {
    /// g = 1: a plain LoRA.
    Const,
    /// g = σ(w·input + b).
    Learned,
    /// Expert e's delta weighted by softmax(W·input + b)[e].
    Router,
}

/// The gate of one fused projection: `w` is `[n, in]` and `b` `[n]`, n = 1 for a learned gate and
/// the experts for a router.
#[derive(Debug, Clone)]
pub struct Gate {
    pub w: Vec<f32>,
    pub b: Vec<f32>,
}

#[derive(Debug, Clone)]
pub struct DomainAdapter {
    pub format: LoraFormat,
    pub gate: GateType,
    /// Each expert's rank.
    pub rank: usize,
    /// 1, or a router's experts.
    pub experts: usize,
    /// alpha / rank (alpha / √rank for rsLoRA).
    pub scale: f32,
    pub targets: Vec<String>,
    /// `layers[i][target]`; a layer the adapter leaves alone has none. A router's experts' A rows
    /// are stacked (expert e's are rows e·rank ..) and their B columns side by side.
    pub layers: Vec<HashMap<String, LoraPair>>,
    /// `gates[i][g]` for group g of `GROUPS`, learned gates and routers only.
    pub gates: Vec<[Option<Gate>; 4]>,
    /// The GGUF fingerprint it was trained on, when the format records it.
    pub base_model: Option<String>,
    pub training: serde_json::Value,
}

const PEFT_MODULES: [(&str, &str); 7] = [
    ("self_attn.q_proj", "attn_q"),
    ("self_attn.k_proj", "attn_k"),
    ("self_attn.v_proj", "attn_v"),
    ("self_attn.o_proj", "attn_output"),
    ("mlp.gate_proj", "ffn_gate"),
    ("mlp.up_proj", "ffn_up"),
    ("mlp.down_proj", "ffn_down"),
];

impl DomainAdapter {
    /// Whether `bytes` hold a domain adapter in one file (gated safetensors or GGUF LoRA), as
    /// opposed to a multi-token-prediction adapter.
    pub fn is_domain_file(bytes: &[u8]) -> bool {
        if bytes.starts_with(b"GGUF") {
            return true;
        }
        SafeTensors::read_metadata(bytes)
            .ok()
            .and_then(|(_, h)| h.metadata().as_ref().and_then(|m| m.get("format").cloned()))
            .is_some_and(|f| f == "gated-lora-domain" || f == "pt")
    }

    /// A domain adapter in one file: the project's gated safetensors or a GGUF LoRA.
    pub fn parse(bytes: &[u8], cfg: &Config, fingerprint: &str) -> Result<DomainAdapter> {
        if bytes.starts_with(b"GGUF") {
            return DomainAdapter::parse_gguf(bytes, cfg);
        }
        let (_, header) = SafeTensors::read_metadata(bytes).map_err(|e| bad(format!("not a valid safetensors file: {e}")))?;
        match header.metadata().as_ref().and_then(|m| m.get("format")).map(String::as_str) {
            Some("gated-lora-domain") => DomainAdapter::parse_gated(bytes, cfg, fingerprint),
            Some("pt") => Err(bad("this is a PEFT adapter's weights: load it with its adapter_config.json")),
            other => Err(bad(format!("format {other:?} is not a domain adapter (gated-lora-domain, PEFT or GGUF LoRA)"))),
        }
    }

    /// The project's format: `blk.{i}.{target}.lora_a` `[rank, in]`, `.lora_b` `[out, rank]` for
    /// every layer and target; with `gate = learned`, `blk.{i}.{group}.gate.weight` `[in]` and
    /// `.gate.bias` `[1]` for every group a target is in; with `gate = router` and `experts = N`,
    /// A and B hold the N experts (`[N·rank, in]`, `[out, N·rank]`) and
    /// `blk.{i}.{group}.router.weight` `[N, in]`, `.router.bias` `[N]` weigh them.
    pub fn parse_gated(bytes: &[u8], cfg: &Config, fingerprint: &str) -> Result<DomainAdapter> {
        let (st, m, base_model) = open(bytes, "gated-lora-domain", &["1"], cfg, fingerprint)?;
        let rank: usize = parse_num(&m, "rank")?;
        let alpha: f32 = parse_num(&m, "alpha")?;
        let targets = known_targets(serde_json::from_str(meta(&m, "targets")?).map_err(|e| bad(format!("targets: {e}")))?)?;
        let (gate, tensor_name) = match meta(&m, "gate")? {
            "const" => (GateType::Const, ""),
            "learned" => (GateType::Learned, "gate"),
            "router" => (GateType::Router, "router"),
            other => return Err(bad(format!("gate {other:?} is not supported (const, learned, router)"))),
        };
        let experts: usize = if gate == GateType::Router { parse_num(&m, "experts")? } else { 1 };
        if !(1..=MAX_EXPERTS).contains(&experts) {
            return Err(bad(format!("{experts} experts: a router weighs 1 to {MAX_EXPERTS}")));
        }
        check_rank(rank, alpha)?;
        check_rank(rank * experts, alpha)?;
        // A learned gate is one row of weights, a router one per expert.
        let gate_shape = |inp: usize| if gate == GateType::Learned { (vec![inp], 1) } else { (vec![experts, inp], experts) };
        let mut layers = Vec::with_capacity(cfg.n_layers);
        let mut gates = Vec::with_capacity(cfg.n_layers);
        for i in 0..cfg.n_layers {
            let pairs = layer_pairs(&st, cfg, i, &targets, rank * experts)?;
            let mut layer_gates: [Option<Gate>; 4] = Default::default();
            if gate != GateType::Const {
                for (g, (group, members)) in GROUPS.iter().enumerate() {
                    let Some(first) = members.iter().find(|t| pairs.contains_key(**t)) else { continue };
                    let (_, inp) = target_shape(cfg, first).ok_or_else(|| bad(format!("unknown target {first:?}")))?;
                    let (w_shape, n) = gate_shape(inp);
                    let w = tensor(&st, &format!("blk.{i}.{group}.{tensor_name}.weight"), &w_shape)?;
                    let b = tensor(&st, &format!("blk.{i}.{group}.{tensor_name}.bias"), &[n])?;
                    layer_gates[g] = Some(Gate { w, b });
                }
            }
            layers.push(pairs);
            gates.push(layer_gates);
        }
        let training = m.get("training").and_then(|t| serde_json::from_str(t).ok()).unwrap_or(serde_json::Value::Null);
        Ok(DomainAdapter {
            format: LoraFormat::Gated,
            gate,
            rank,
            experts,
            scale: alpha / rank as f32,
            targets,
            layers,
            gates,
            base_model: Some(base_model),
            training,
        })
    }

    /// A PEFT LoRA: `config` is `adapter_config.json`, `weights` `adapter_model.safetensors`. q
    /// and k outputs are in Hugging Face's row order; B's rows are permuted into GGUF's, as
    /// llama.cpp's converter permutes the base weights.
    pub fn parse_peft(config: &[u8], weights: &[u8], cfg: &Config) -> Result<DomainAdapter> {
        let c: serde_json::Value = serde_json::from_slice(config).map_err(|e| bad(format!("adapter_config.json: {e}")))?;
        let field = |k: &str| c.get(k).filter(|v| !v.is_null());
        if let Some(t) = field("peft_type").and_then(|v| v.as_str()).filter(|t| *t != "LORA") {
            return Err(bad(format!("PEFT type {t:?} is not supported (LORA)")));
        }
        for (key, why) in [("use_dora", "DoRA"), ("fan_in_fan_out", "fan_in_fan_out")] {
            if field(key).and_then(|v| v.as_bool()) == Some(true) {
                return Err(bad(format!("PEFT adapters with {why} are not supported")));
            }
        }
        if field("bias").and_then(|v| v.as_str()).is_some_and(|b| b != "none") {
            return Err(bad("PEFT adapters with trained biases are not supported"));
        }
        for key in ["rank_pattern", "alpha_pattern"] {
            if field(key).and_then(|v| v.as_object()).is_some_and(|o| !o.is_empty()) {
                return Err(bad(format!("PEFT {key} is not supported: one rank and alpha for all modules")));
            }
        }
        let rank = field("r").and_then(|v| v.as_u64()).ok_or_else(|| bad("adapter_config.json has no rank r"))? as usize;
        let alpha = field("lora_alpha").and_then(|v| v.as_f64()).ok_or_else(|| bad("adapter_config.json has no lora_alpha"))? as f32;
        check_rank(rank, alpha)?;
        let rslora = field("use_rslora").and_then(|v| v.as_bool()) == Some(true);
        let scale = if rslora { alpha / (rank as f32).sqrt() } else { alpha / rank as f32 };

        let st = SafeTensors::deserialize(weights).map_err(|e| bad(format!("adapter_model.safetensors: {e}")))?;
        let mut layers: Vec<HashMap<String, LoraPair>> = vec![HashMap::new(); cfg.n_layers];
        // (layer, target) → the names of its A and B.
        type Halves = (Option<String>, Option<String>);
        let mut halves: HashMap<(usize, &str), Halves> = HashMap::new();
        for name in st.names() {
            let (layer, target, which) = peft_key(name).ok_or_else(|| bad(format!("tensor {name:?} is not a LoRA A or B of a known Llama projection")))?;
            if layer >= cfg.n_layers {
                return Err(bad(format!("tensor {name:?} is for layer {layer}; the model has {}", cfg.n_layers)));
            }
            let entry = halves.entry((layer, target)).or_default();
            if which == 'A' { &mut entry.0 } else { &mut entry.1 }.replace(name.to_string());
        }
        let mut targets: Vec<String> = Vec::new();
        for ((layer, target), names) in halves {
            let (Some(a_name), Some(b_name)) = names else {
                return Err(bad(format!("layer {layer} {target}: lora_A or lora_B is missing")));
            };
            let (out, inp) = target_shape(cfg, target).ok_or_else(|| bad(format!("unknown target {target:?}")))?;
            let a = tensor(&st, &a_name, &[rank, inp])?;
            let mut b = tensor(&st, &b_name, &[out, rank])?;
            match target {
                "attn_q" => b = hf_to_gguf_rows(&b, cfg.n_heads, rank),
                "attn_k" => b = hf_to_gguf_rows(&b, cfg.n_kv_heads, rank),
                _ => {}
            }
            layers[layer].insert(target.to_string(), LoraPair { a, b });
            if !targets.iter().any(|t| t == target) {
                targets.push(target.to_string());
            }
        }
        if targets.is_empty() {
            return Err(bad("adapter_model.safetensors holds no LoRA tensors"));
        }
        targets.sort_by_key(|t| TARGETS.iter().position(|k| k == t));
        let gates = vec![Default::default(); cfg.n_layers];
        Ok(DomainAdapter { format: LoraFormat::Peft, gate: GateType::Const, rank, experts: 1, scale, targets, layers, gates, base_model: None, training: c })
    }

    /// A llama.cpp GGUF LoRA: `blk.{i}.{target}.weight.lora_a` (ggml `[in, rank]`) and `.lora_b`
    /// (`[rank, out]`), already in GGUF's row order; scale `adapter.lora.alpha` / rank (1 without
    /// alpha, as llama.cpp does).
    pub fn parse_gguf(bytes: &[u8], cfg: &Config) -> Result<DomainAdapter> {
        let g = Gguf::parse(bytes)?;
        let kind = |key: &str| g.get(key).and_then(|v| v.as_str()).map(str::to_string);
        if kind("general.type").as_deref() != Some("adapter") || kind("adapter.type").as_deref() != Some("lora") {
            return Err(bad("this GGUF is not a LoRA adapter (general.type = adapter, adapter.type = lora)"));
        }
        let arch = kind("general.architecture").unwrap_or_default();
        if arch != cfg.arch {
            return Err(bad(format!("adapter is for architecture {arch:?}, the model is {:?}", cfg.arch)));
        }
        let alpha = g.get("adapter.lora.alpha").and_then(|v| v.as_f64()).unwrap_or(0.0) as f32;
        let mut layers: Vec<HashMap<String, LoraPair>> = vec![HashMap::new(); cfg.n_layers];
        let mut targets: Vec<String> = Vec::new();
        let mut rank = None;
        for t in &g.tensors {
            let Some((layer, target)) = gguf_lora_key(&t.name, "lora_a") else {
                if gguf_lora_key(&t.name, "lora_b").is_some() {
                    continue;
                }
                return Err(bad(format!("tensor {:?} is not a LoRA A or B of a known Llama projection", t.name)));
            };
            if layer >= cfg.n_layers {
                return Err(bad(format!("tensor {:?} is for layer {layer}; the model has {}", t.name, cfg.n_layers)));
            }
            let (out, inp) = target_shape(cfg, target).ok_or_else(|| bad(format!("unknown target {target:?}")))?;
            let b_name = t.name.replace(".lora_a", ".lora_b");
            let b_info = g.tensor(&b_name).map_err(|_| bad(format!("{b_name:?} is missing")))?;
            let a = Matrix::new(&g, bytes, t)?;
            let r = a.rows;
            if *rank.get_or_insert(r) != r {
                return Err(bad("the GGUF LoRA's tensors have different ranks"));
            }
            let a = a.expect(inp, r)?.dequantize();
            let b = Matrix::new(&g, bytes, b_info)?.expect(r, out)?.dequantize();
            if a.iter().chain(&b).any(|v| !v.is_finite()) {
                return Err(bad(format!("{:?} holds NaN or infinite values", t.name)));
            }
            layers[layer].insert(target.to_string(), LoraPair { a, b });
            if !targets.iter().any(|x| x == target) {
                targets.push(target.to_string());
            }
        }
        let rank = rank.ok_or_else(|| bad("the GGUF LoRA holds no tensors"))?;
        check_rank(rank, alpha)?;
        let scale = if alpha == 0.0 { 1.0 } else { alpha / rank as f32 };
        targets.sort_by_key(|t| TARGETS.iter().position(|k| k == t));
        let gates = vec![Default::default(); cfg.n_layers];
        Ok(DomainAdapter { format: LoraFormat::Gguf, gate: GateType::Const, rank, experts: 1, scale, targets, layers, gates, base_model: None, training: serde_json::Value::Null })
    }

    /// Bytes of its weights (f32, as the GPU holds them).
    pub fn bytes(&self) -> usize {
        let pairs: usize = self.layers.iter().flat_map(|l| l.values()).map(|p| p.a.len() + p.b.len()).sum();
        let gates: usize = self.gates.iter().flatten().flatten().map(|g| g.w.len() + g.b.len()).sum();
        4 * (pairs + gates)
    }
}

fn check_rank(rank: usize, alpha: f32) -> Result<()> {
    if !(1..=MAX_RANK).contains(&rank) || !alpha.is_finite() {
        return Err(bad(format!("rank {rank} and alpha {alpha} out of range (rank 1..={MAX_RANK})")));
    }
    Ok(())
}

fn known_targets(targets: Vec<String>) -> Result<Vec<String>> {
    match targets.iter().find(|t| !TARGETS.contains(&t.as_str())) {
        Some(t) => Err(bad(format!("unknown LoRA target {t:?} (known: {TARGETS:?})"))),
        None if targets.is_empty() => Err(bad("the adapter lists no targets")),
        None => Ok(targets),
    }
}

/// `(layer, target, 'A' | 'B')` of a PEFT key such as
/// `base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight` (an adapter name before
/// `.weight`, as some versions write, is accepted).
fn peft_key(name: &str) -> Option<(usize, &'static str, char)> {
    let rest = name.strip_prefix("base_model.model.model.layers.")?;
    let (layer, rest) = rest.split_once('.')?;
    let layer = layer.parse().ok()?;
    PEFT_MODULES.iter().find_map(|(module, target)| {
        let tail = rest.strip_prefix(module)?.strip_prefix(".lora_")?;
        let which = tail.chars().next().filter(|c| *c == 'A' || *c == 'B')?;
        let after = &tail[1..];
        (after == ".weight" || (after.starts_with('.') && after.ends_with(".weight") && after.len() > 8)).then_some((layer, *target, which))
    })
}

/// `(layer, target)` of a GGUF LoRA key `blk.{i}.{target}.weight.{suffix}`.
fn gguf_lora_key<'a>(name: &str, suffix: &str) -> Option<(usize, &'a str)> {
    let rest = name.strip_prefix("blk.")?;
    let (layer, rest) = rest.split_once('.')?;
    let target = rest.strip_suffix(suffix)?.strip_suffix(".weight.")?;
    let known = TARGETS.iter().find(|t| **t == target)?;
    Some((layer.parse().ok()?, known))
}

/// B's rows from Hugging Face's q/k order (per head, the first halves of the rotated pairs, then
/// the second halves) to GGUF's (the pairs adjacent).
fn hf_to_gguf_rows(b: &[f32], heads: usize, rank: usize) -> Vec<f32> {
    let rows = b.len() / rank;
    let head_dim = rows / heads;
    let half = head_dim / 2;
    let mut out = vec![0.0; b.len()];
    for h in 0..heads {
        for i in 0..half {
            for side in 0..2 {
                let from = h * head_dim + side * half + i;
                let to = h * head_dim + 2 * i + side;
                out[to * rank..(to + 1) * rank].copy_from_slice(&b[from * rank..(from + 1) * rank]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peft_keys_name_layer_target_and_half() {
        assert_eq!(peft_key("base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight"), Some((3, "attn_q", 'A')));
        assert_eq!(peft_key("base_model.model.model.layers.12.mlp.down_proj.lora_B.weight"), Some((12, "ffn_down", 'B')));
        assert_eq!(peft_key("base_model.model.model.layers.0.mlp.up_proj.lora_B.default.weight"), Some((0, "ffn_up", 'B')));
        assert_eq!(peft_key("base_model.model.lm_head.lora_A.weight"), None);
        assert_eq!(peft_key("base_model.model.model.layers.0.self_attn.q_proj.lora_C.weight"), None);
        assert_eq!(gguf_lora_key("blk.7.attn_v.weight.lora_b", "lora_b"), Some((7, "attn_v")));
        assert_eq!(gguf_lora_key("blk.7.attn_v.weight.lora_b", "lora_a"), None);
        assert_eq!(gguf_lora_key("token_embd.weight.lora_a", "lora_a"), None);
    }

    #[test]
    fn hf_rows_become_adjacent_pairs_per_head() {
        // 2 heads of dim 4, rank 1: HF rows [h0: a0 a1 b0 b1, h1: c0 c1 d0 d1] → GGUF pairs (a0 b0) (a1 b1).
        let hf = [0.0, 1.0, 10.0, 11.0, 20.0, 21.0, 30.0, 31.0];
        assert_eq!(hf_to_gguf_rows(&hf, 2, 1), vec![0.0, 10.0, 1.0, 11.0, 20.0, 30.0, 21.0, 31.0]);
    }
}
