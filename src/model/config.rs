//! Hyper-parameters of a Llama-family model, read from GGUF metadata.

use crate::error::{Error, Result};
use crate::gguf::Gguf;

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub arch: String,
    pub n_layers: usize,
    pub dim: usize,
    pub ffn_dim: usize,
    pub n_heads: usize,
    pub n_kv_heads: usize,
    pub head_dim: usize,
    pub vocab_size: usize,
    pub rope_base: f32,
    pub rms_eps: f32,
    /// The context the model was trained for; the engine's own context may be smaller.
    pub train_context: usize,
    /// False when the output head is tied to `token_embd` (no `output.weight` tensor).
    pub has_output_head: bool,
}

/// Llama 3's frequency factors and linear/YaRN scaling change every position's angles: running
/// without them would silently be another model.
fn refuse_rope_scaling(g: &Gguf, scaling_key: &str) -> Result<()> {
    let scaling = g.get(scaling_key).map(|v| v.as_str().unwrap_or("?").to_string());
    if scaling.as_deref().is_some_and(|t| t != "none") || g.tensor("rope_freqs.weight").is_ok() {
        return Err(Error::BadMetadata {
            key: scaling_key.into(),
            why: format!("RoPE scaling ({}) is not supported", scaling.unwrap_or_else(|| "rope_freqs.weight".into())),
        });
    }
    Ok(())
}

impl Config {
    pub fn from_gguf(g: &Gguf) -> Result<Config> {
        let arch = g.get_str("general.architecture")?.to_string();
        if arch != "llama" {
            return Err(Error::UnsupportedArchitecture(arch));
        }
        let key = |k: &str| format!("{arch}.{k}");
        let usize_of = |k: &str| -> Result<usize> {
            let v = g.get_u64(&key(k))?;
            usize::try_from(v).ok().filter(|&v| v > 0 && v < (1 << 24)).ok_or_else(|| Error::BadMetadata { key: key(k), why: format!("{v} is out of range") })
        };
        let dim = usize_of("embedding_length")?;
        let n_heads = usize_of("attention.head_count")?;
        let n_kv_heads = match g.get(&key("attention.head_count_kv")) {
            Some(_) => usize_of("attention.head_count_kv")?,
            None => n_heads,
        };
        if dim % n_heads != 0 || n_heads % n_kv_heads != 0 {
            return Err(Error::BadMetadata {
                key: key("attention.head_count"),
                why: format!("{n_heads} heads / {n_kv_heads} kv heads do not divide dim {dim}"),
            });
        }
        let head_dim = dim / n_heads;
        if let Some(v) = g.get(&key("rope.dimension_count")) {
            if v.as_u64() != Some(head_dim as u64) {
                return Err(Error::BadMetadata { key: key("rope.dimension_count"), why: "partial rotary embeddings are not supported".into() });
            }
        }
        refuse_rope_scaling(g, &key("rope.scaling.type"))?;
        let embd = g.tensor("token_embd.weight")?;
        let vocab_size = embd.dims.get(1).copied().unwrap_or(0) as usize;
        if embd.dims.first() != Some(&(dim as u64)) || vocab_size == 0 {
            return Err(Error::TensorShape { tensor: embd.name.clone(), expected: vec![dim as u64, 0], got: embd.dims.clone() });
        }
        let rope_base = match g.get(&key("rope.freq_base")) {
            Some(_) => g.get_f32(&key("rope.freq_base"))?,
            None => 10000.0,
        };
        let rms_eps = g.get_f32(&key("attention.layer_norm_rms_epsilon"))?;
        let train_context = match g.get(&key("context_length")) {
            Some(_) => usize_of("context_length")?,
            None => 2048,
        };
        let cfg = Config {
            n_layers: usize_of("block_count")?,
            ffn_dim: usize_of("feed_forward_length")?,
            arch: arch.clone(),
            dim,
            n_heads,
            n_kv_heads,
            head_dim,
            vocab_size,
            rope_base,
            rms_eps,
            train_context,
            has_output_head: g.tensor("output.weight").is_ok(),
        };
        if cfg.head_dim % 2 != 0 || cfg.head_dim > 256 || cfg.dim % 32 != 0 || cfg.ffn_dim % 32 != 0 {
            return Err(Error::BadMetadata {
                key: key("embedding_length"),
                why: format!("dims {}/{}/{} unsupported: need multiples of 32, head_dim ≤ 256", cfg.dim, cfg.ffn_dim, cfg.head_dim),
            });
        }
        Ok(cfg)
    }

    pub fn kv_dim(&self) -> usize {
        self.n_kv_heads * self.head_dim
    }

    pub fn q_dim(&self) -> usize {
        self.n_heads * self.head_dim
    }

    /// RoPE as the fp32 reference computes it: inv_freq = 1 / base^(2i/d) in f32, angle = pos ·
    /// inv_freq rounded to f32, then cos/sin rounded to f32. Both the CPU reference and the GPU
    /// read this one table, so RoPE never differs between them.
    pub fn rope_table(&self, positions: usize) -> Vec<[f32; 2]> {
        let half = self.head_dim / 2;
        let inv_freq: Vec<f32> = (0..half).map(|i| 1.0f32 / self.rope_base.powf((2 * i) as f32 / self.head_dim as f32)).collect();
        let mut table = Vec::with_capacity(positions * half);
        for p in 0..positions {
            for &f in &inv_freq {
                let angle = (p as f32 * f) as f64;
                table.push([angle.cos() as f32, angle.sin() as f32]);
            }
        }
        table
    }
}
