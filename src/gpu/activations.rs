//! The buffers a pass computes in, sized once for the largest pass, shared by every block and
//! every adapter bound to the model.

use crate::error::Result;
use crate::gpu::ops::attention::record;
use crate::gpu::ops::matmul::LORA_ROWS;
use crate::gpu::pass::{PassParams, Row, STATE_WORDS};
use crate::gpu::Gpu;
use crate::model::Config;

pub struct Activations {
    /// The residual stream, `[rows, d]`.
    pub x: wgpu::Buffer,
    pub qkv: wgpu::Buffer,
    /// Attention's split records per row, query head and split (shaders/attention.wgsl).
    pub attn: wgpu::Buffer,
    pub gate_up: wgpu::Buffer,
    /// Final-normed hidden states of the mask rows that feed the sampler head.
    pub z: wgpu::Buffer,
    /// The pass's `Row`s and its `PassParams`.
    pub rows: wgpu::Buffer,
    pub pass: wgpu::Buffer,
    /// Indices of the logit rows and of the sampler's mask rows.
    pub logit_rows: wgpu::Buffer,
    pub mask_rows: wgpu::Buffer,
    /// Token at each position (real rows), for the repetition penalty.
    pub history: wgpu::Buffer,
    /// Verification state, `[accepted, z_base, y_0..y_k]`.
    pub state: wgpu::Buffer,
    /// Bound as the LoRA of projections without an adapter (rank 0 never reads it).
    pub no_lora: wgpu::Buffer,
    pub max_rows: usize,
}

impl Activations {
    /// Where a gated LoRA's t = A·input starts in an output buffer of `y_stride` floats per row:
    /// the outputs a projection writes into (x, qkv, gate_up) keep `LORA_ROWS` floats per row
    /// after their rows for it (`ops::lora`).
    pub fn lora_t_at(&self, y_stride: usize) -> usize {
        self.max_rows * y_stride
    }

    /// The bytes of the large buffers (x, qkv, attn, gate_up, z), in that order.
    pub fn sizes(c: &Config, max_rows: usize, slots: usize, keys_per_split: usize) -> [u64; 5] {
        let f32s = |n: usize| (n * 4) as u64;
        let qkv_dim = c.q_dim() + 2 * c.kv_dim();
        [
            f32s(max_rows * (c.dim + LORA_ROWS)),
            f32s(max_rows * (qkv_dim + LORA_ROWS)),
            f32s(max_rows * c.n_heads * slots.div_ceil(keys_per_split) * record(c.head_dim)),
            f32s(max_rows * (2 * c.ffn_dim + LORA_ROWS)),
            f32s(max_rows * c.dim),
        ]
    }

    /// For passes of up to `max_rows` rows over a cache of `slots` positions.
    pub fn new(gpu: &Gpu, c: &Config, max_rows: usize, slots: usize) -> Result<Activations> {
        let [x, qkv, attn, gate_up, z] = Activations::sizes(c, max_rows, slots, gpu.shape.keys_per_split as usize);
        Ok(Activations {
            x: gpu.storage_empty("x", x)?,
            qkv: gpu.storage_empty("qkv", qkv)?,
            attn: gpu.storage_empty("attn", attn)?,
            gate_up: gpu.storage_empty("gate_up", gate_up)?,
            z: gpu.storage_empty("z", z)?,
            rows: gpu.storage_empty("rows", (max_rows * std::mem::size_of::<Row>()) as u64)?,
            pass: gpu.uniform("pass", &PassParams::default()),
            logit_rows: gpu.storage_empty("logit_rows", (max_rows * 4) as u64)?,
            mask_rows: gpu.storage_empty("mask_rows", (max_rows * 4) as u64)?,
            history: gpu.storage_empty("history", (slots * 4) as u64)?,
            state: gpu.storage_empty("state", (STATE_WORDS * 4) as u64)?,
            no_lora: gpu.storage_empty("no_lora", 16)?,
            max_rows,
        })
    }
}
