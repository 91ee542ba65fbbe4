//! One transformer block on the GPU, as `model/reference.rs` computes it on the CPU:
//! x += Wo·attention(RoPE(Wqkv·norm(x))); x += Wdown·(silu(Wgate·norm(x)) · Wup·norm(x)).

use crate::error::Result;
use crate::gguf::Gguf;
use crate::gpu::activations::Activations;
use crate::gpu::linear::{Io, Linear, Lora, Weight};
use crate::gpu::ops::attention::{AttnBindings, AttnOp};
use crate::gpu::ops::rmsnorm::{Gather, NormBindings, NormOp};
use crate::gpu::ops::rope_kv::{RopeBindings, RopeOp};
use crate::gpu::ops::silu_mul::{SiluBindings, SiluOp};
use crate::gpu::ops::{Bound, Encoder, Kernels};
use crate::gpu::Gpu;
use crate::model::weights::{matrix, vector, LayerNames};
use crate::model::Config;

/// The gated LoRAs an adapter puts on one block's projections (each optional).
#[derive(Default)]
pub struct BlockLora {
    pub qkv: Option<Lora>,
    pub o: Option<Lora>,
    pub gate_up: Option<Lora>,
    pub down: Option<Lora>,
}

pub struct Block {
    attn_norm: Bound,
    qkv: Linear,
    rope_kv: Bound,
    attention: Bound,
    o: Linear,
    ffn_norm: Bound,
    gate_up: Linear,
    silu_mul: Bound,
    down: Linear,
}

/// What every block shares: the GGUF, the kernels, the activations and the RoPE table.
pub struct BlockContext<'a> {
    pub gpu: &'a Gpu,
    pub cfg: &'a Config,
    pub gguf: &'a Gguf,
    pub bytes: &'a [u8],
    pub kernels: &'a Kernels,
    pub act: &'a Activations,
    pub rope: &'a wgpu::Buffer,
    /// Cache slots: the context plus room for one pass's rows that may not be kept.
    pub slots: usize,
}

impl Block {
    /// Uploads block `i`'s weights, allocates its K/V cache and binds its kernels.
    pub fn load(cx: &BlockContext, i: usize) -> Result<Block> {
        let (gpu, c, g, bytes, k, a) = (cx.gpu, cx.cfg, cx.gguf, cx.bytes, cx.kernels, cx.act);
        let (d, kv, qd, ffn) = (c.dim, c.kv_dim(), c.q_dim(), c.ffn_dim);
        let qkv_dim = qd + 2 * kv;
        let n = LayerNames::new(i);
        let norm = |name: &str| -> Result<Bound> {
            let weight = gpu.storage_f32(name, &vector(g, bytes, name, d)?)?;
            let op = gpu.uniform("norm_op", &NormOp::new(d, c.rms_eps, Gather::All));
            Ok(k.rmsnorm.bind(gpu, NormBindings { x: &a.x, weight: &weight, out: &a.xn, op: &op, pass_: &a.pass, index: &a.logit_rows }))
        };
        let qkv = Weight::upload(gpu, "qkv", &[matrix(g, bytes, &n.attn_q, d, qd)?, matrix(g, bytes, &n.attn_k, d, kv)?, matrix(g, bytes, &n.attn_v, d, kv)?])?;
        let o = Weight::upload(gpu, "attn_output", &[matrix(g, bytes, &n.attn_output, qd, d)?])?;
        let gate_up = Weight::upload(gpu, "gate_up", &[matrix(g, bytes, &n.ffn_gate, d, ffn)?, matrix(g, bytes, &n.ffn_up, d, ffn)?])?;
        let down = Weight::upload(gpu, "ffn_down", &[matrix(g, bytes, &n.ffn_down, ffn, d)?])?;
        let k_cache = gpu.storage_empty("k_cache", (cx.slots * kv * 4) as u64)?;
        let v_cache = gpu.storage_empty("v_cache", (cx.slots * kv * 4) as u64)?;
        let (heads, kv_heads) = (c.n_heads as u32, c.n_kv_heads as u32);
        let rope_op = RopeOp { n_heads: heads, n_kv_heads: kv_heads, head_dim: c.head_dim as u32, qkv_stride: qkv_dim as u32 };
        let attn_op = AttnOp {
            n_heads: heads,
            n_kv_heads: kv_heads,
            qkv_stride: qkv_dim as u32,
            kv_dim: kv as u32,
            out_stride: qd as u32,
            scale: 1.0 / (c.head_dim as f32).sqrt(),
            ..Default::default()
        };
        let (rope_uniform, attn_uniform) = (gpu.uniform("rope_op", &rope_op), gpu.uniform("attn_op", &attn_op));
        let silu_uniform = gpu.uniform("silu_op", &SiluOp { ffn: ffn as u32, ..Default::default() });
        let linear = |w: Weight, k_in: usize, x: &wgpu::Buffer, y: &wgpu::Buffer, y_stride: usize, accumulate: bool| {
            Linear::new(gpu, k, &a.pass, w, k_in, Io { x, y, y_stride, accumulate }, false)
        };
        Ok(Block {
            attn_norm: norm(&n.attn_norm)?,
            qkv: linear(qkv, d, &a.xn, &a.qkv, qkv_dim, false),
            rope_kv: k.rope_kv.bind(
                gpu,
                &rope_op,
                RopeBindings { qkv: &a.qkv, rope: cx.rope, rows: &a.rows, k_cache: &k_cache, v_cache: &v_cache, op: &rope_uniform, pass_: &a.pass },
            ),
            attention: k.attention.bind(
                gpu,
                &attn_op,
                AttnBindings { qkv: &a.qkv, k_cache: &k_cache, v_cache: &v_cache, rows: &a.rows, out: &a.attn, op: &attn_uniform, pass_: &a.pass },
            ),
            o: linear(o, qd, &a.attn, &a.x, d, true),
            ffn_norm: norm(&n.ffn_norm)?,
            gate_up: linear(gate_up, d, &a.xn, &a.gate_up, 2 * ffn, false),
            silu_mul: k.silu_mul.bind(gpu, ffn, SiluBindings { gate_up: &a.gate_up, act: &a.act, op: &silu_uniform, pass_: &a.pass }),
            down: linear(down, ffn, &a.act, &a.x, d, true),
        })
    }

    /// Records the block for a pass of `n` rows; `lora` is the pass's adapter's LoRAs for this
    /// block (they act on mask rows only).
    pub fn encode(&self, enc: &mut Encoder<'_>, n: u32, lora: Option<&BlockLora>) {
        // xn = RMSNorm(x) · attn_norm
        self.attn_norm.encode(enc, n);
        // q|k|v = Wqkv · xn (+ gated LoRA)
        self.qkv.encode(enc, n, lora.and_then(|l| l.qkv.as_ref()));
        // RoPE on q and k; k and v to each row's cache slot
        self.rope_kv.encode(enc, n);
        // attn = softmax(q·kᵀ / √head_dim over the slots the row sees) · v
        self.attention.encode(enc, n);
        // x += Wo · attn (+ gated LoRA)
        self.o.encode(enc, n, lora.and_then(|l| l.o.as_ref()));
        // xn = RMSNorm(x) · ffn_norm
        self.ffn_norm.encode(enc, n);
        // gate|up = Wgate|Wup · xn (+ gated LoRA)
        self.gate_up.encode(enc, n, lora.and_then(|l| l.gate_up.as_ref()));
        // act = silu(gate) · up
        self.silu_mul.encode(enc, n);
        // x += Wdown · act (+ gated LoRA)
        self.down.encode(enc, n, lora.and_then(|l| l.down.as_ref()));
    }
}
