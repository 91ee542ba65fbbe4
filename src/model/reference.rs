//! The oracle: a plain f32 Llama forward on the CPU, readable top to bottom (after llama2.c).
//!
//! Weights are dequantised exactly, row by row, as they are used; all arithmetic is f32. The GPU
//! forward must agree with this to ~1e-4 relative, and greedy decoding with it token for token.

use crate::error::{Error, Result};
use crate::gguf::Gguf;
use crate::model::config::Config;
use crate::model::weights::{matrix, vector, LayerNames, Matrix};

struct Layer<'a> {
    attn_norm: Vec<f32>,
    wq: Matrix<'a>,
    wk: Matrix<'a>,
    wv: Matrix<'a>,
    wo: Matrix<'a>,
    ffn_norm: Vec<f32>,
    w_gate: Matrix<'a>,
    w_up: Matrix<'a>,
    w_down: Matrix<'a>,
}

pub struct Reference<'a> {
    pub cfg: Config,
    token_embd: Matrix<'a>,
    output_norm: Vec<f32>,
    output: Matrix<'a>,
    layers: Vec<Layer<'a>>,
    rope: Vec<[f32; 2]>,
    context: usize,
    /// Per layer: `[position][kv_dim]` keys and values of the tokens seen so far.
    k_cache: Vec<Vec<f32>>,
    v_cache: Vec<Vec<f32>>,
    len: usize,
}

/// out[t][r] = Σ_c m[r][c] · x[t][c] for every token t of the pass; each weight row is
/// dequantised once per pass.
fn matmul(m: &Matrix, x: &[f32], out: &mut [f32]) {
    let n = x.len() / m.cols;
    let mut row = vec![0.0f32; m.cols];
    for r in 0..m.rows {
        m.dequantize_row(r, &mut row);
        for t in 0..n {
            out[t * m.rows + r] = dot(&row, &x[t * m.cols..(t + 1) * m.cols]);
        }
    }
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn rmsnorm(x: &[f32], w: &[f32], eps: f32, out: &mut [f32]) {
    let mean_sq = x.iter().map(|v| v * v).sum::<f32>() / x.len() as f32;
    let scale = 1.0 / (mean_sq + eps).sqrt();
    for ((o, v), g) in out.iter_mut().zip(x).zip(w) {
        *o = g * (v * scale);
    }
}

/// Rotates adjacent pairs (ggml's normal RoPE mode: GGUF stores Q/K rows permuted for it).
fn rope(x: &mut [f32], head_dim: usize, table: &[[f32; 2]]) {
    for head in x.chunks_exact_mut(head_dim) {
        for (pair, [cos, sin]) in head.chunks_exact_mut(2).zip(table) {
            let (a, b) = (pair[0], pair[1]);
            pair[0] = a * cos - b * sin;
            pair[1] = a * sin + b * cos;
        }
    }
}

fn silu(x: f32) -> f32 {
    x / (1.0 + (-x).exp())
}

impl<'a> Reference<'a> {
    pub fn new(g: &'a Gguf, bytes: &'a [u8], context: usize) -> Result<Reference<'a>> {
        let cfg = Config::from_gguf(g)?;
        let (d, kv, ffn) = (cfg.dim, cfg.kv_dim(), cfg.ffn_dim);
        let mut layers = Vec::with_capacity(cfg.n_layers);
        for i in 0..cfg.n_layers {
            let n = LayerNames::new(i);
            layers.push(Layer {
                attn_norm: vector(g, bytes, &n.attn_norm, d)?,
                wq: matrix(g, bytes, &n.attn_q, d, cfg.q_dim())?,
                wk: matrix(g, bytes, &n.attn_k, d, kv)?,
                wv: matrix(g, bytes, &n.attn_v, d, kv)?,
                wo: matrix(g, bytes, &n.attn_output, cfg.q_dim(), d)?,
                ffn_norm: vector(g, bytes, &n.ffn_norm, d)?,
                w_gate: matrix(g, bytes, &n.ffn_gate, d, ffn)?,
                w_up: matrix(g, bytes, &n.ffn_up, d, ffn)?,
                w_down: matrix(g, bytes, &n.ffn_down, ffn, d)?,
            });
        }
        let token_embd = matrix(g, bytes, "token_embd.weight", d, cfg.vocab_size)?;
        let output = if cfg.has_output_head { matrix(g, bytes, "output.weight", d, cfg.vocab_size)? } else { token_embd };
        Ok(Reference {
            output_norm: vector(g, bytes, "output_norm.weight", d)?,
            rope: cfg.rope_table(context),
            k_cache: vec![Vec::with_capacity(context * kv); cfg.n_layers],
            v_cache: vec![Vec::with_capacity(context * kv); cfg.n_layers],
            cfg,
            token_embd,
            output,
            layers,
            context,
            len: 0,
        })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn reset(&mut self) {
        self.len = 0;
        self.k_cache.iter_mut().chain(self.v_cache.iter_mut()).for_each(Vec::clear);
    }

    /// Runs `tokens` at positions len.. and returns the logits of every one of them.
    pub fn forward(&mut self, tokens: &[u32]) -> Result<Vec<Vec<f32>>> {
        let c = &self.cfg;
        let (n, d, hd, kv) = (tokens.len(), c.dim, c.head_dim, c.kv_dim());
        if self.len + n > self.context {
            return Err(Error::ContextOverflow { needed: self.len + n, capacity: self.context });
        }
        let mut x = vec![0.0f32; n * d];
        for (t, &tok) in tokens.iter().enumerate() {
            if tok as usize >= c.vocab_size {
                return Err(Error::InvalidArgument(format!("token id {tok} is outside the vocabulary ({})", c.vocab_size)));
            }
            self.token_embd.dequantize_row(tok as usize, &mut x[t * d..(t + 1) * d]);
        }
        let half = hd / 2;
        let group = c.n_heads / c.n_kv_heads;
        let mut xn = vec![0.0f32; n * d];
        let mut q = vec![0.0f32; n * c.q_dim()];
        let mut k = vec![0.0f32; n * kv];
        let mut v = vec![0.0f32; n * kv];
        let mut att = vec![0.0f32; n * c.q_dim()];
        let mut proj = vec![0.0f32; n * d];
        let mut gate = vec![0.0f32; n * c.ffn_dim];
        let mut up = vec![0.0f32; n * c.ffn_dim];

        for (l, layer) in self.layers.iter().enumerate() {
            // Attention block.
            for t in 0..n {
                rmsnorm(&x[t * d..(t + 1) * d], &layer.attn_norm, c.rms_eps, &mut xn[t * d..(t + 1) * d]);
            }
            matmul(&layer.wq, &xn, &mut q);
            matmul(&layer.wk, &xn, &mut k);
            matmul(&layer.wv, &xn, &mut v);
            for t in 0..n {
                let table = &self.rope[(self.len + t) * half..(self.len + t + 1) * half];
                rope(&mut q[t * c.q_dim()..(t + 1) * c.q_dim()], hd, table);
                rope(&mut k[t * kv..(t + 1) * kv], hd, table);
            }
            self.k_cache[l].extend_from_slice(&k);
            self.v_cache[l].extend_from_slice(&v);
            let scale = 1.0 / (hd as f32).sqrt();
            for t in 0..n {
                let visible = self.len + t + 1;
                for h in 0..c.n_heads {
                    let kvh = h / group;
                    let qh = &q[t * c.q_dim() + h * hd..][..hd];
                    let scores: Vec<f32> = (0..visible).map(|p| dot(qh, &self.k_cache[l][p * kv + kvh * hd..][..hd]) * scale).collect();
                    let max = scores.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
                    let weights: Vec<f32> = scores.iter().map(|s| (s - max).exp()).collect();
                    let sum: f32 = weights.iter().sum();
                    let out = &mut att[t * c.q_dim() + h * hd..][..hd];
                    out.fill(0.0);
                    for (p, w) in weights.iter().enumerate() {
                        let vp = &self.v_cache[l][p * kv + kvh * hd..][..hd];
                        for (o, vv) in out.iter_mut().zip(vp) {
                            *o += w / sum * vv;
                        }
                    }
                }
            }
            matmul(&layer.wo, &att, &mut proj);
            x.iter_mut().zip(&proj).for_each(|(a, b)| *a += b);

            // Feed-forward block.
            for t in 0..n {
                rmsnorm(&x[t * d..(t + 1) * d], &layer.ffn_norm, c.rms_eps, &mut xn[t * d..(t + 1) * d]);
            }
            matmul(&layer.w_gate, &xn, &mut gate);
            matmul(&layer.w_up, &xn, &mut up);
            gate.iter_mut().zip(&up).for_each(|(g, u)| *g = silu(*g) * u);
            matmul(&layer.w_down, &gate, &mut proj);
            x.iter_mut().zip(&proj).for_each(|(a, b)| *a += b);
        }
        self.len += n;

        for t in 0..n {
            rmsnorm(&x[t * d..(t + 1) * d], &self.output_norm, c.rms_eps, &mut xn[t * d..(t + 1) * d]);
        }
        let mut logits = vec![0.0f32; n * c.vocab_size];
        matmul(&self.output, &xn, &mut logits);
        Ok(logits.chunks_exact(c.vocab_size).map(<[f32]>::to_vec).collect())
    }

    /// Greedy decoding from a fresh cache: prefill `prompt`, then argmax until `stop` or `max_new`.
    pub fn generate_greedy(&mut self, prompt: &[u32], max_new: usize, stop: impl Fn(u32) -> bool) -> Result<Vec<u32>> {
        self.reset();
        let mut out = Vec::new();
        if prompt.is_empty() || max_new == 0 {
            return Ok(out);
        }
        let mut logits = self.forward(prompt)?.pop().unwrap_or_default();
        loop {
            let next = argmax(&logits);
            out.push(next);
            if stop(next) || out.len() >= max_new {
                return Ok(out);
            }
            logits = self.forward(&[next])?.pop().unwrap_or_default();
        }
    }
}

/// Index of the largest value; the first one on ties (as torch.argmax).
pub fn argmax(v: &[f32]) -> u32 {
    let mut best = 0;
    for (i, &x) in v.iter().enumerate() {
        if x > v[best] {
            best = i;
        }
    }
    best as u32
}
