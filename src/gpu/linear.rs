//! Projections: a weight matrix on the GPU, and `Linear`, one matmul plus the gated LoRA of
//! whichever adapter the pass uses — the one place where adapters plug into the forward pass.

use crate::error::{Error, Result};
use crate::gpu::activations::Activations;
use crate::gpu::ops::input::Input;
use crate::gpu::ops::lora::{LoraABindings, LoraAOp};
use crate::gpu::ops::matmul::{Gated, MatmulBindings, MatmulOp, RopeKv, LORA_ROWS};
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
    target: Target,
    op: MatmulOp,
    matmul: Bound,
}

/// What a projection's dispatch binds besides its uniform and the LoRA's A and B.
struct Target {
    weight: Weight,
    io: Io,
    rope_kv: Option<RopeKv>,
    pass: wgpu::Buffer,
    /// The pass's rows and the placeholder bound as the LoRA until one is, when an adapter's
    /// gated LoRA may reach this projection.
    gated: Option<(wgpu::Buffer, wgpu::Buffer)>,
}

impl Target {
    /// `lora`: A then B, or none (rank 0 in `op`).
    fn bind(&self, gpu: &Gpu, kernels: &Kernels, op: &MatmulOp, lora: Option<&wgpu::Buffer>) -> Bound {
        let op_uniform = gpu.uniform("matmul_op", op);
        let bindings = MatmulBindings { w: &self.weight.buffer, y: &self.io.y, op: &op_uniform, pass_: &self.pass };
        let gated = self.gated.as_ref().map(|(rows, none)| Gated { rows, lora: lora.unwrap_or(none) });
        kernels.matmul.bind(gpu, self.weight.format, op, bindings, &self.io.input, self.rope_kv.as_ref(), gated)
    }
}

impl Linear {
    /// `k` inputs per row; with `logit_rows` it walks the pass's logit rows instead of all rows;
    /// `rope_kv` makes it the q|k|v projection, which rotates q and k and fills the cache. With
    /// `gated` (the blocks' projections) it runs the LoRA plan, without a LoRA until
    /// `Lora::new` binds one: the same pipeline either way.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        gpu: &Gpu,
        kernels: &Kernels,
        pass: &wgpu::Buffer,
        weight: Weight,
        k: usize,
        io: Io,
        logit_rows: bool,
        rope_kv: Option<RopeKv>,
        gated: Option<&Activations>,
    ) -> Linear {
        let mut op = MatmulOp::new(k, weight.rows, &io.input, io.y_stride, io.accumulate, logit_rows);
        op.t_at = gated.map_or(0, |a| a.lora_t_at(io.y_stride) as u32);
        if let Some(r) = &rope_kv {
            (op.n_heads, op.n_kv_heads, op.head_dim, op.v_at) = (r.n_heads, r.n_kv_heads, r.head_dim, r.v_at);
        }
        let target = Target { weight, io, rope_kv, pass: pass.clone(), gated: gated.map(|a| (a.rows.clone(), a.no_lora.clone())) };
        let matmul = target.bind(gpu, kernels, &op, None);
        Linear { target, op, matmul }
    }

    /// y (+)= W·input for `rows` rows, and y += scale·B·A·input on the mask rows among them
    /// (before RoPE on q|k|v), in one dispatch.
    pub fn encode(&self, enc: &mut Encoder<'_>, rows: u32, lora: Option<&Lora>) {
        match lora {
            Some(l) => {
                if let Some(t) = &l.t {
                    t.encode(enc, rows);
                }
                l.matmul.encode(enc, rows);
            }
            None => self.matmul.encode(enc, rows),
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

/// A projection bound with the gated LoRA of one adapter: the same pipeline as without it, after
/// `lora_a` on devices whose matmul does not find t = A·input in each workgroup.
pub struct Lora {
    t: Option<Bound>,
    matmul: Bound,
}

impl Lora {
    /// Uploads `w` and binds it into `linear`'s dispatch.
    pub fn new(gpu: &Gpu, kernels: &Kernels, w: &LoraWeights, linear: &Linear) -> Result<Lora> {
        if linear.target.gated.is_none() {
            return Err(Error::Adapter("a LoRA on a projection that takes none".into()));
        }
        if w.k != linear.op.k as usize {
            return Err(Error::Adapter(format!("a LoRA of {} inputs on a projection of {}", w.k, linear.op.k)));
        }
        let a_rows = w.a.len() / w.k;
        if a_rows > LORA_ROWS || w.rank == 0 {
            return Err(Error::Adapter(format!(
                "a LoRA of rank {} over {} fused targets: at most {LORA_ROWS} rows of A in all",
                w.rank,
                a_rows / w.rank.max(1)
            )));
        }
        let bound = |i: usize| w.bounds.get(i).copied().unwrap_or(usize::MAX).min(u32::MAX as usize) as u32;
        let op = MatmulOp {
            rank: w.rank as u32,
            lora_rows: a_rows as u32,
            bound1: bound(1),
            bound2: bound(2),
            lora_scale: w.scale,
            lora_b_at: w.a.len() as u32,
            ..linear.op
        };
        let lora = gpu.storage_f32("lora", &[w.a.as_slice(), w.b.as_slice()].concat())?;
        let target = &linear.target;
        let t = match (&target.gated, gpu.shape.matmul.lora_t_in_workgroup) {
            (Some((rows, _)), false) => {
                let input = &target.io.input;
                let (n_heads, head_dim) = input.heads();
                let op_a = LoraAOp { k: op.k, n_out: op.lora_rows, x_stride: op.x_stride, t_at: op.t_at, eps: op.eps, n_heads, head_dim, _pad: 0 };
                let uniform = gpu.uniform("lora_a_op", &op_a);
                Some(kernels.lora_a.bind(gpu, &op_a, LoraABindings { a: &lora, t: &target.io.y, op: &uniform, pass_: &target.pass, rows }, input)?)
            }
            _ => None,
        };
        Ok(Lora { t, matmul: target.bind(gpu, kernels, &op, Some(&lora)) })
    }
}
