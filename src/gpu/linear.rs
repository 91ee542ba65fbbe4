//! Projections: a weight matrix on the GPU, and `Linear`, one matmul plus the gated LoRA of
//! whichever adapter the pass uses — the one place where adapters plug into the forward pass.

use crate::error::{Error, Result};
use crate::gpu::activations::Activations;
use crate::gpu::ops::input::Input;
use crate::gpu::ops::lora::{LoraABindings, LoraAOp, LoraBBindings, LoraBOp};
use crate::gpu::ops::matmul::{MatmulBindings, MatmulOp, RopeKv};
use crate::gpu::ops::{Bound, Encoder, Kernels};
use crate::gpu::Gpu;
use crate::model::weights::{GpuFormat, Matrix};

/// A matrix on the GPU: `rows` outputs × some inputs, in one `GpuFormat`.
#[derive(Clone)]
pub struct Weight {
    pub buffer: wgpu::Buffer,
    pub format: GpuFormat,
    pub rows: usize,
}

impl Weight {
    /// Uploads matrices with the same input size as one (q|k|v, gate|up), so one dispatch
    /// computes them all. Mixed formats fall back to exact f32.
    pub fn upload(gpu: &Gpu, what: &str, parts: &[Matrix]) -> Result<Weight> {
        let format = parts[0].gpu_format();
        let same = parts.iter().all(|m| m.gpu_format() == format);
        let mut words = Vec::new();
        for m in parts {
            if same {
                m.pack_for_gpu(&mut words);
            } else {
                words.extend(m.dequantize().iter().map(|v| v.to_bits()));
            }
        }
        Ok(Weight { buffer: gpu.storage(what, &words)?, format: if same { format } else { GpuFormat::F32 }, rows: parts.iter().map(|m| m.rows).sum() })
    }

    /// An f32 matrix of `rows` outputs (adapter weights).
    pub fn from_f32(gpu: &Gpu, what: &str, values: &[f32], rows: usize) -> Result<Weight> {
        Ok(Weight { buffer: gpu.storage_f32(what, values)?, format: GpuFormat::F32, rows })
    }
}

/// The input and output a projection reads and writes, with the output's row stride and
/// whether it adds to the output (a residual) or overwrites it.
#[derive(Clone)]
pub struct Io {
    pub input: Input,
    pub y: wgpu::Buffer,
    pub y_stride: usize,
    pub accumulate: bool,
}

/// y (+)= W·input for every row of the pass, and whatever its epilogue does.
pub struct Linear {
    pub weight: Weight,
    /// `k` inputs per row.
    k: usize,
    io: Io,
    matmul: Bound,
    /// With `Epilogue::RopeKv`: the same kernel with mask rows adding their LoRA's delta first.
    gated: Option<Bound>,
}

impl Linear {
    /// `k` inputs per row; with `logit_rows` it walks the pass's logit rows instead of all rows;
    /// `rope_kv` makes it the q|k|v projection, which rotates q and k and fills the cache.
    pub fn new(gpu: &Gpu, kernels: &Kernels, pass: &wgpu::Buffer, weight: Weight, k: usize, io: Io, logit_rows: bool, rope_kv: Option<&RopeKv>) -> Linear {
        let mut op = MatmulOp::new(k, weight.rows, &io.input, io.y_stride, io.accumulate, logit_rows);
        if let Some(r) = rope_kv {
            (op.n_heads, op.n_kv_heads, op.head_dim) = (r.n_heads, r.n_kv_heads, r.head_dim);
        }
        let bind = |op: &MatmulOp| {
            let op = gpu.uniform("matmul_op", op);
            let b = MatmulBindings { w: &weight.buffer, y: &io.y, op: &op, pass_: pass };
            kernels.matmul.bind(gpu, weight.format, (weight.rows, k), b, &io.input, rope_kv)
        };
        let matmul = bind(&op);
        let gated = rope_kv.map(|_| bind(&MatmulOp { gated_add: 1, ..op }));
        Linear { weight, k, io, matmul, gated }
    }

    /// y (+)= W·input for `rows` rows, and y += scale·B·A·input on the mask rows among them —
    /// before the epilogue when there is one that needs it (RoPE), after the sums otherwise.
    pub fn encode(&self, enc: &mut Encoder<'_>, rows: u32, lora: Option<&Lora>) {
        match (lora, &self.gated) {
            (Some(lora), Some(gated)) => {
                lora.encode(enc, rows);
                gated.encode(enc, rows);
            }
            (Some(lora), None) => {
                self.matmul.encode(enc, rows);
                lora.encode(enc, rows);
            }
            (None, _) => self.matmul.encode(enc, rows),
        }
    }
}

/// One LoRA's A and B on the GPU, f32, for a projection whose targets may be fused: A's rows
/// stacked over the targets, B's outputs likewise, `bounds` where each target's outputs start.
pub struct LoraWeights {
    pub a: Vec<f32>,
    pub b: Vec<f32>,
    /// Inputs per row (A's columns).
    pub k: usize,
    pub rank: usize,
    pub bounds: Vec<usize>,
    pub scale: f32,
}

/// The gated LoRA of one (fused) projection: t = A·x, then y += scale·B·t, on mask rows only.
pub struct Lora {
    a: Bound,
    b: Bound,
}

impl Lora {
    /// The LoRA of `linear`, reading its input and writing its output. `t` is scratch for A·x:
    /// `t_stride` floats per row (the widest fused group's A rows).
    pub fn new(gpu: &Gpu, kernels: &Kernels, act: &Activations, w: &LoraWeights, linear: &Linear, (t, t_stride): (&wgpu::Buffer, usize)) -> Result<Lora> {
        let (pass, rows, io) = (&act.pass, &act.rows, &linear.io);
        if w.k != linear.k {
            return Err(Error::Adapter(format!("a LoRA of {} inputs on a projection of {}", w.k, linear.k)));
        }
        let a_rows = w.a.len() / w.k;
        let outputs = w.b.len() / w.rank;
        let bound = |i: usize| w.bounds.get(i).copied().unwrap_or(usize::MAX).min(u32::MAX as usize) as u32;
        let op_a = LoraAOp { k: w.k as u32, n_out: a_rows as u32, x_stride: io.input.x_stride(w.k) as u32, t_stride: t_stride as u32, eps: io.input.eps(), n_heads: io.input.heads().0, head_dim: io.input.heads().1, ..Default::default() };
        let op_b = LoraBOp {
            n_out: outputs as u32,
            rank: w.rank as u32,
            y_stride: io.y_stride as u32,
            t_stride: t_stride as u32,
            bound1: bound(1),
            bound2: bound(2),
            scale: w.scale,
            // Before a gated epilogue, B writes the delta the projection adds.
            accumulate: (linear.gated.is_none()) as u32,
        };
        let a_buf = gpu.storage_f32("lora_a", &w.a)?;
        let b_buf = gpu.storage_f32("lora_b", &w.b)?;
        let (a_uniform, b_uniform) = (gpu.uniform("lora_a_op", &op_a), gpu.uniform("lora_b_op", &op_b));
        Ok(Lora {
            a: kernels.lora.bind_a(gpu, &op_a, LoraABindings { a: &a_buf, t, op: &a_uniform, pass_: pass, rows }, &io.input),
            b: kernels.lora.bind_b(gpu, &op_b, LoraBBindings { b: &b_buf, t, y: &io.y, op: &b_uniform, pass_: pass, rows }),
        })
    }

    pub fn encode(&self, enc: &mut Encoder<'_>, rows: u32) {
        self.a.encode(enc, rows);
        self.b.encode(enc, rows);
    }
}
