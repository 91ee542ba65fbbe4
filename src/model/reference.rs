//! The oracle: a plain f32 Llama forward on the CPU, readable top to bottom (after llama2.c).
//!
//! Weights are dequantised exactly, row by row, as they are used; all arithmetic is f32. The GPU
//! forward must agree with this to ~1e-4 relative, and greedy decoding with it token for token.

use crate::error::{Error, Result};
use crate::gguf::Gguf;
use crate::model::adapter::{Adapter, LoraPair, SamplerKind};
use crate::model::config::Config;
use crate::model::adapter::GROUPS;
use crate::model::lora::{DomainAdapter, GateActivity, GateRecord, GateType};
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
    /// Domain adapters on every row, with their weights (`forward`).
    domains: Vec<(DomainAdapter, f32)>,
    /// While recording: per layer, the gate values summed per slot and the rows, as
    /// `GpuModel::record_gates` keeps them.
    gates: std::cell::RefCell<Option<GateRecord>>,
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
            domains: Vec::new(),
            gates: Default::default(),
        })
    }

    /// Runs `domains` (domain adapters with their weights, in this order) on every row of every
    /// later `forward`.
    pub fn set_domains(&mut self, domains: Vec<(DomainAdapter, f32)>) {
        self.domains = domains;
    }

    /// Records the domain adapters' gate values from now on (see `GpuModel::record_gates`).
    pub fn record_gates(&mut self) {
        *self.gates.borrow_mut() = Some(GateRecord::new(self.cfg.n_layers));
    }

    /// Per layer, the mean recorded gate value per slot; None for a layer without a learned or
    /// router gate (see `GpuModel::take_gate_activity`).
    pub fn gate_activity(&self) -> GateActivity {
        self.gates.borrow().as_ref().map(GateRecord::means).unwrap_or_default()
    }

    /// Whether layer `l`'s gate record comes from `adapter` (the i-th) on `target` of `group`:
    /// the first group in which a learned or router adapter runs, that group's first such
    /// adapter, its first target in the group (the GPU records the fused projection once).
    fn records(&self, l: usize, group: usize, i: usize, target: &str) -> bool {
        let gated = |a: &DomainAdapter, g: usize| a.gate != GateType::Const && a.gates[l][g].is_some();
        let Some(g) = (0..GROUPS.len()).find(|&g| self.domains.iter().any(|(a, _)| gated(a, g))) else { return false };
        let first = self.domains.iter().position(|(a, _)| gated(a, g));
        g == group && first == Some(i) && GROUPS[g].1.iter().find(|t| self.domains[i].0.layers[l].contains_key(**t)) == Some(&target)
    }

    /// Adds the domain adapters' deltas of layer `l`'s `target` (in group `group` of
    /// `model::adapter::GROUPS`) to `out`, `n` rows of the target's outputs, from its input `x`:
    /// out += Σ_adapters weight · scale · Σ_experts g_e · B_e·A_e·x, where g = σ(w·x + b) for a
    /// learned gate, softmax(W·x + b) over a router's experts, else 1.
    fn add_domains(&self, l: usize, group: usize, target: &str, x: &[f32], out: &mut [f32]) {
        let recording = self.gates.borrow().is_some();
        for (i, (adapter, weight)) in self.domains.iter().enumerate() {
            let Some(p) = adapter.layers[l].get(target) else { continue };
            let record = recording && self.records(l, group, i, target);
            let r = adapter.rank;
            let k = p.a.len() / (r * adapter.experts);
            let rows = x.len() / k;
            let n_out = out.len() / rows;
            for t in 0..rows {
                let xt = &x[t * k..(t + 1) * k];
                let g: Vec<f32> = match (&adapter.gates[l][group], adapter.gate) {
                    (Some(gate), GateType::Learned) => vec![1.0 / (1.0 + (-(dot(&gate.w, xt) + gate.b[0])).exp())],
                    (Some(gate), GateType::Router) => {
                        let logits: Vec<f32> = gate.w.chunks_exact(k).zip(&gate.b).map(|(w, b)| dot(w, xt) + b).collect();
                        let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                        let e: Vec<f32> = logits.iter().map(|v| (v - max).exp()).collect();
                        let total: f32 = e.iter().sum();
                        e.iter().map(|v| v / total).collect()
                    }
                    _ => vec![1.0],
                };
                if record {
                    if let Some(record) = self.gates.borrow_mut().as_mut() {
                        record.add(l, &g);
                    }
                }
                let a: Vec<f32> = p.a.chunks_exact(k).map(|row| dot(row, xt)).collect();
                for (o, b) in out[t * n_out..(t + 1) * n_out].iter_mut().zip(p.b.chunks_exact(r * adapter.experts)) {
                    let delta: f32 = g.iter().enumerate().map(|(e, g)| g * dot(&b[e * r..(e + 1) * r], &a[e * r..(e + 1) * r])).sum();
                    *o += weight * adapter.scale * delta;
                }
            }
        }
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
            self.add_domains(l, 0, "attn_q", &xn, &mut q);
            self.add_domains(l, 0, "attn_k", &xn, &mut k);
            self.add_domains(l, 0, "attn_v", &xn, &mut v);
            for t in 0..n {
                let table = &self.rope[(self.len + t) * half..(self.len + t + 1) * half];
                rope(&mut q[t * c.q_dim()..(t + 1) * c.q_dim()], hd, table);
                rope(&mut k[t * kv..(t + 1) * kv], hd, table);
            }
            self.k_cache[l].extend_from_slice(&k);
            self.v_cache[l].extend_from_slice(&v);
            let scale = 1.0 / (hd as f32).sqrt();
            let (kc, vc) = (&self.k_cache[l], &self.v_cache[l]);
            for t in 0..n {
                let visible = self.len + t + 1;
                for h in 0..c.n_heads {
                    let at = (h / group) * hd;
                    let keys: Vec<&[f32]> = (0..visible).map(|p| &kc[p * kv + at..][..hd]).collect();
                    let values: Vec<&[f32]> = (0..visible).map(|p| &vc[p * kv + at..][..hd]).collect();
                    let out = attend(&q[t * c.q_dim() + h * hd..][..hd], &keys, &values, scale);
                    att[t * c.q_dim() + h * hd..][..hd].copy_from_slice(&out);
                }
            }
            matmul(&layer.wo, &att, &mut proj);
            self.add_domains(l, 1, "attn_output", &att, &mut proj);
            x.iter_mut().zip(&proj).for_each(|(a, b)| *a += b);

            // Feed-forward block.
            for t in 0..n {
                rmsnorm(&x[t * d..(t + 1) * d], &layer.ffn_norm, c.rms_eps, &mut xn[t * d..(t + 1) * d]);
            }
            matmul(&layer.w_gate, &xn, &mut gate);
            matmul(&layer.w_up, &xn, &mut up);
            self.add_domains(l, 2, "ffn_gate", &xn, &mut gate);
            self.add_domains(l, 2, "ffn_up", &xn, &mut up);
            gate.iter_mut().zip(&up).for_each(|(g, u)| *g = silu(*g) * u);
            matmul(&layer.w_down, &gate, &mut proj);
            self.add_domains(l, 3, "ffn_down", &gate, &mut proj);
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

/// `y = W·x (+ scale·B·A·x)` for one row: a projection with its gated LoRA switched on.
fn project(m: &Matrix, lora: Option<&LoraPair>, scale: f32, x: &[f32]) -> Vec<f32> {
    let mut y = vec![0.0f32; m.rows];
    matmul(m, x, &mut y);
    if let Some(p) = lora {
        let rank = p.a.len() / x.len();
        let t: Vec<f32> = p.a.chunks_exact(x.len()).map(|a| dot(a, x)).collect();
        for (yo, b) in y.iter_mut().zip(p.b.chunks_exact(rank)) {
            *yo += scale * dot(b, &t);
        }
    }
    y
}

/// softmax(q·kᵀ·scale) · v over the keys and values given, in order.
fn attend(q: &[f32], keys: &[&[f32]], values: &[&[f32]], scale: f32) -> Vec<f32> {
    let scores: Vec<f32> = keys.iter().map(|k| dot(q, k) * scale).collect();
    let max = scores.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let weights: Vec<f32> = scores.iter().map(|s| (s - max).exp()).collect();
    let sum: f32 = weights.iter().sum();
    let mut out = vec![0.0f32; q.len()];
    for (w, v) in weights.iter().zip(values) {
        for (o, vv) in out.iter_mut().zip(v.iter()) {
            *o += w / sum * vv;
        }
    }
    out
}

fn layer_norm(x: &mut [f32], w: &[f32], b: &[f32], eps: f32) {
    let n = x.len() as f32;
    let mean = x.iter().sum::<f32>() / n;
    let var = x.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n;
    let inv = 1.0 / (var + eps).sqrt();
    for ((v, g), bb) in x.iter_mut().zip(w).zip(b) {
        *v = (*v - mean) * inv * g + bb;
    }
}

/// The adapter's additions, computed independently of the GPU kernels: mask rows with the gated
/// LoRA on, and the sampler head.
impl Reference<'_> {
    /// The final-normed hidden states z of `n` mask rows after the cached tokens: mask r (1-based)
    /// stands at position len − 1 + r and sees every cached token and masks 1..r. The cache is
    /// left as it was (masks are never kept).
    pub fn mask_states(&self, adapter: &Adapter, n: usize) -> Result<Vec<Vec<f32>>> {
        let c = &self.cfg;
        let (d, hd, kv) = (c.dim, c.head_dim, c.kv_dim());
        if self.len == 0 || n == 0 || n > adapter.n_mask || self.len - 1 + n >= self.context {
            return Err(Error::InvalidArgument(format!("{n} masks after {} cached tokens", self.len)));
        }
        let (half, group, scale) = (hd / 2, c.n_heads / c.n_kv_heads, adapter.scale());
        let mut x: Vec<Vec<f32>> = (0..n).map(|r| adapter.mask_embd[r * d..(r + 1) * d].to_vec()).collect();
        let mut xn = vec![0.0f32; d];
        for (l, layer) in self.layers.iter().enumerate() {
            let lora = |t: &str| adapter.layers[l].get(t);
            let (mut keys, mut values) = (Vec::with_capacity(n), Vec::with_capacity(n));
            let mut queries = Vec::with_capacity(n);
            for (r, xr) in x.iter().enumerate() {
                rmsnorm(xr, &layer.attn_norm, c.rms_eps, &mut xn);
                let table = &self.rope[(self.len + r) * half..(self.len + r + 1) * half];
                let mut q = project(&layer.wq, lora("attn_q"), scale, &xn);
                let mut k = project(&layer.wk, lora("attn_k"), scale, &xn);
                rope(&mut q, hd, table);
                rope(&mut k, hd, table);
                queries.push(q);
                keys.push(k);
                values.push(project(&layer.wv, lora("attn_v"), scale, &xn));
            }
            for (r, xr) in x.iter_mut().enumerate() {
                let mut att = vec![0.0f32; c.q_dim()];
                for h in 0..c.n_heads {
                    let at = (h / group) * hd;
                    let (kc, vc) = (&self.k_cache[l], &self.v_cache[l]);
                    let kr: Vec<&[f32]> =
                        (0..self.len).map(|p| &kc[p * kv + at..][..hd]).chain(keys[..=r].iter().map(|k: &Vec<f32>| &k[at..at + hd])).collect();
                    let vr: Vec<&[f32]> =
                        (0..self.len).map(|p| &vc[p * kv + at..][..hd]).chain(values[..=r].iter().map(|v: &Vec<f32>| &v[at..at + hd])).collect();
                    att[h * hd..(h + 1) * hd].copy_from_slice(&attend(&queries[r][h * hd..(h + 1) * hd], &kr, &vr, 1.0 / (hd as f32).sqrt()));
                }
                xr.iter_mut().zip(project(&layer.wo, lora("attn_output"), scale, &att)).for_each(|(a, b)| *a += b);
                rmsnorm(xr, &layer.ffn_norm, c.rms_eps, &mut xn);
                let up = project(&layer.w_up, lora("ffn_up"), scale, &xn);
                let act: Vec<f32> = project(&layer.w_gate, lora("ffn_gate"), scale, &xn).iter().zip(&up).map(|(g, u)| silu(*g) * u).collect();
                xr.iter_mut().zip(project(&layer.w_down, lora("ffn_down"), scale, &act)).for_each(|(a, b)| *a += b);
            }
        }
        Ok(x.iter()
            .map(|xr| {
                let mut z = vec![0.0f32; d];
                rmsnorm(xr, &self.output_norm, c.rms_eps, &mut z);
                z
            })
            .collect())
    }

    /// Logits of a final-normed hidden state: the output head applied to it.
    pub fn head(&self, z: &[f32]) -> Vec<f32> {
        let mut logits = vec![0.0f32; self.cfg.vocab_size];
        matmul(&self.output, z, &mut logits);
        logits
    }

    /// The sampler head's logits for the draft after `prev`, from mask state `z`:
    /// h1 = LN1(SiLU(fc1 · [E(prev); z] + b1)), then E · LN2(SiLU(fc2 · h1 + b2)) (`mlp2`) or
    /// E · ((z + b2) + fc2 · h1) (`resmlp`, summed in the GPU's order).
    pub fn sampler_logits(&self, adapter: &Adapter, prev: u32, z: &[f32]) -> Vec<f32> {
        let s = &adapter.sampler;
        let d = self.cfg.dim;
        let mut u = vec![0.0f32; 2 * d];
        self.token_embd.dequantize_row(prev as usize, &mut u[..d]);
        u[d..].copy_from_slice(z);
        let linear = |w: &[f32], b: &[f32], x: &[f32]| -> Vec<f32> { w.chunks_exact(x.len()).zip(b).map(|(row, bb)| silu(dot(row, x) + bb)).collect() };
        let mut h1 = linear(&s.fc1_weight, &s.fc1_bias, &u);
        layer_norm(&mut h1, &s.ln1_weight, &s.ln1_bias, s.ln_eps);
        match &s.kind {
            SamplerKind::Mlp2 { ln2_weight, ln2_bias } => {
                let mut h2 = linear(&s.fc2_weight, &s.fc2_bias, &h1);
                layer_norm(&mut h2, ln2_weight, ln2_bias, s.ln_eps);
                self.head(&h2)
            }
            SamplerKind::Residual => {
                let out: Vec<f32> = s.fc2_weight.chunks_exact(h1.len()).zip(z.iter().zip(&s.fc2_bias)).map(|(row, (zi, b))| (zi + b) + dot(row, &h1)).collect();
                self.head(&out)
            }
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
