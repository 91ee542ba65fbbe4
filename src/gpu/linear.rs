//! Projections: a weight matrix on the GPU, and `Linear`, one matmul plus the gated LoRAs of
//! whichever adapters the request runs (`gpu::lora`) — where adapters plug into the forward pass.

use crate::error::{Error, Result};
use crate::gpu::activations::Activations;
use crate::gpu::lora::ProjectionLora;
use crate::gpu::ops::input::Input;
use crate::gpu::ops::lora::{LoraABindings, LoraAOp};
use crate::gpu::ops::matmul::{Gated, MatmulBindings, MatmulOp, RopeKv};
use crate::gpu::ops::{Bound, Encoder, Kernels};
use crate::gpu::Gpu;
use crate::model::weights::{GpuFormat, Matrix};

/// A matrix on the GPU: `rows` outputs × some inputs, in one `GpuFormat`.
#[derive(Clone)]
pub struct Weight {
    pub buffer: wgpu::Buffer,
    pub format: GpuFormat,
    pub rows: usize,
    /// Where the second and third fused matrices' outputs start (u32::MAX: no such matrix).
    pub bounds: [u32; 2],
}

impl Weight {
    /// The GPU bytes `upload` will take for `parts`: known from the header, before any upload.
    pub fn bytes(parts: &[Matrix]) -> u64 {
        let same = parts.iter().all(|m| m.gpu_format() == parts[0].gpu_format());
        let words: usize = parts.iter().map(|m| if same { m.rows * (m.cols / 32) * m.gpu_format().words_per_block() } else { m.rows * m.cols }).sum();
        words as u64 * 4
    }

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
        let mut bounds = [u32::MAX; 2];
        for (i, bound) in bounds.iter_mut().enumerate().take(parts.len().saturating_sub(1)) {
            *bound = parts[..=i].iter().map(|m| m.rows as u32).sum();
        }
        let rows = parts.iter().map(|m| m.rows).sum();
        Ok(Weight { buffer: gpu.storage(what, &words)?, format: if same { format } else { GpuFormat::F32 }, rows, bounds })
    }

    /// An f32 matrix of `rows` outputs (adapter weights).
    pub fn from_f32(gpu: &Gpu, what: &str, values: &[f32], rows: usize) -> Result<Weight> {
        Ok(Weight { buffer: gpu.storage_f32(what, values)?, format: GpuFormat::F32, rows, bounds: [u32::MAX; 2] })
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
    op_uniform: wgpu::Buffer,
    /// `lora_a`'s uniform, where the device's matmul does not find t itself.
    lora_a_uniform: Option<wgpu::Buffer>,
    matmul: Bound,
}

/// What a projection's dispatch binds besides its uniform and the LoRA's A and B.
struct Target {
    weight: Weight,
    io: Io,
    rope_kv: Option<RopeKv>,
    pass: wgpu::Buffer,
    /// The pass's rows and the placeholder bound as the LoRA buffer while no adapter reaching
    /// this projection is loaded, when one may reach it.
    gated: Option<(wgpu::Buffer, wgpu::Buffer)>,
}

impl Target {
    /// `lora`: the LoRA buffer (`gpu::lora`), or the placeholder, whose head lists no segment.
    fn bind(&self, gpu: &Gpu, kernels: &Kernels, op: &MatmulOp, op_uniform: &wgpu::Buffer, lora: Option<&wgpu::Buffer>) -> Bound {
        let gated = self.gated.as_ref().map(|(rows, none)| Gated { rows, lora: lora.unwrap_or(none) });
        let bindings =
            MatmulBindings { w: &self.weight.buffer, y: &self.io.y, op: op_uniform, pass_: &self.pass, input: &self.io.input, rope_kv: self.rope_kv.as_ref(), gated };
        kernels.matmul.bind(gpu, self.weight.format, op, bindings)
    }
}

impl Linear {
    /// `k` inputs per row; with `logit_rows` it walks the pass's logit rows instead of all rows;
    /// `rope_kv` makes it the q|k|v projection, which rotates q and k and fills the cache. With
    /// `gated` (the blocks' projections) it runs the LoRA plan, without a LoRA until
    /// `bind_lora` binds a buffer: the same pipeline either way.
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
        [op.bound1, op.bound2] = weight.bounds;
        if let Some(r) = &rope_kv {
            (op.n_heads, op.n_kv_heads, op.head_dim, op.v_at) = (r.n_heads, r.n_kv_heads, r.head_dim, r.v_at);
        }
        let target = Target { weight, io, rope_kv, pass: pass.clone(), gated: gated.map(|a| (a.rows.clone(), a.no_lora.clone())) };
        let op_uniform = gpu.uniform("matmul_op", &op);
        let matmul = target.bind(gpu, kernels, &op, &op_uniform, None);
        // The uniforms outlive any LoRA buffer bound with them, so loading and unloading adapters
        // allocates only the buffers it frees again.
        let lora_a_uniform = gated.is_some().then(|| {
            let (n_heads, head_dim) = target.io.input.heads();
            gpu.uniform("lora_a_op", &LoraAOp { k: op.k, x_stride: op.x_stride, t_at: op.t_at, eps: op.eps, n_heads, head_dim })
        });
        Linear { target, op, op_uniform, lora_a_uniform, matmul }
    }

    /// y (+)= W·input for `rows` rows, and the gated LoRAs' deltas on the rows they act on
    /// (before RoPE on q|k|v), in one dispatch.
    pub fn encode(&self, enc: &mut Encoder<'_>, rows: u32, lora: Option<&ProjectionLora>) {
        match lora {
            Some(l) => l.encode(enc, rows),
            None => self.matmul.encode(enc, rows),
        }
    }

    /// Inputs per row.
    pub fn inputs(&self) -> usize {
        self.op.k as usize
    }

    /// Outputs per row (all fused targets').
    pub fn outputs(&self) -> usize {
        self.op.n_out as usize
    }

    pub fn op(&self) -> &MatmulOp {
        &self.op
    }

    /// This projection's dispatches with `lora` as its LoRA buffer (`gpu::lora`): `lora_a`, then
    /// the matmul.
    pub fn bind_lora(&self, gpu: &Gpu, kernels: &Kernels, lora: &wgpu::Buffer) -> Result<(Bound, Bound)> {
        let target = &self.target;
        let (Some((rows, _)), Some(op)) = (&target.gated, &self.lora_a_uniform) else {
            return Err(Error::Adapter("a LoRA on a projection that takes none".into()));
        };
        let t = kernels.lora_a.bind(gpu, LoraABindings { a: lora, t: &target.io.y, op, pass_: &target.pass, rows }, &target.io.input)?;
        Ok((t, target.bind(gpu, kernels, &self.op, &self.op_uniform, Some(lora))))
    }
}
