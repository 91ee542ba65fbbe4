//! One transformer block on the GPU, as `model/reference.rs` computes it on the CPU:
//! x += Wo·attention(RoPE(Wqkv·norm(x))); x += Wdown·(silu(Wgate·norm(x)) · Wup·norm(x)).

use crate::error::Result;
use crate::gguf::Gguf;
use crate::gpu::activations::Activations;
use crate::gpu::linear::{Io, Linear, Lora, Weight};
use crate::gpu::ops::attention::{AttnBindings, AttnOp};
use crate::gpu::ops::input::Input;
use crate::gpu::ops::matmul::RopeKv;
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

/// Five dispatches: the norms, RoPE, the cache writes and SiLU·mul run inside the projections.
pub struct Block {
    /// K of every slot, then V.
    pub(crate) kv_cache: wgpu::Buffer,
    pub(crate) qkv: Linear,
    attention: Bound,
    pub(crate) o: Linear,
    pub(crate) gate_up: Linear,
    pub(crate) down: Linear,
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
        let norm =
            |name: &str| -> Result<Input> { Ok(Input::Norm { x: a.x.clone(), weight: gpu.storage_f32(name, &vector(g, bytes, name, d)?)?, eps: c.rms_eps }) };
        let qkv = Weight::upload(gpu, "qkv", &[matrix(g, bytes, &n.attn_q, d, qd)?, matrix(g, bytes, &n.attn_k, d, kv)?, matrix(g, bytes, &n.attn_v, d, kv)?])?;
        let o = Weight::upload(gpu, "attn_output", &[matrix(g, bytes, &n.attn_output, qd, d)?])?;
        let gate_up = Weight::upload(gpu, "gate_up", &[matrix(g, bytes, &n.ffn_gate, d, ffn)?, matrix(g, bytes, &n.ffn_up, d, ffn)?])?;
        let down = Weight::upload(gpu, "ffn_down", &[matrix(g, bytes, &n.ffn_down, ffn, d)?])?;
        // K of every slot, then V.
        let kv_cache = gpu.storage_empty("kv_cache", (2 * cx.slots * kv * 4) as u64)?;
        let v_at = (cx.slots * kv) as u32;
        let (heads, kv_heads) = (c.n_heads as u32, c.n_kv_heads as u32);
        let attn_op = AttnOp {
            n_heads: heads,
            n_kv_heads: kv_heads,
            qkv_stride: qkv_dim as u32,
            kv_dim: kv as u32,
            scale: 1.0 / (c.head_dim as f32).sqrt(),
            v_at,
            ..Default::default()
        };
        let attn_uniform = gpu.uniform("attn_op", &attn_op);
        let linear = |w: Weight, k_in: usize, input: Input, y: &wgpu::Buffer, y_stride: usize, accumulate: bool, rope_kv: Option<RopeKv>| {
            Linear::new(gpu, k, &a.pass, w, k_in, Io { input, y: y.clone(), y_stride, accumulate }, false, rope_kv, Some(a))
        };
        let rope_kv = RopeKv { rope: cx.rope.clone(), kv_cache: kv_cache.clone(), v_at, n_heads: heads, n_kv_heads: kv_heads, head_dim: c.head_dim as u32 };
        Ok(Block {
            kv_cache: kv_cache.clone(),
            qkv: linear(qkv, d, norm(&n.attn_norm)?, &a.qkv, qkv_dim, false, Some(rope_kv)),
            attention: k.attention.bind(
                gpu,
                &attn_op,
                AttnBindings { qkv: &a.qkv, kv_cache: &kv_cache, rows: &a.rows, out: &a.attn, op_u: &attn_uniform, pass_u: &a.pass },
            ),
            o: linear(o, qd, Input::Attention { partials: a.attn.clone(), n_heads: heads, head_dim: c.head_dim as u32 }, &a.x, d, true, None),
            gate_up: linear(gate_up, d, norm(&n.ffn_norm)?, &a.gate_up, 2 * ffn, false, None),
            down: linear(down, ffn, Input::SiluMul { gate_up: a.gate_up.clone() }, &a.x, d, true, None),
        })
    }

    /// Records the block for a pass of `n` rows; `lora` is the pass's adapter's LoRAs for this
    /// block (they act on mask rows only).
    pub fn encode(&self, enc: &mut Encoder<'_>, n: u32, lora: Option<&BlockLora>) {
        // q|k|v = Wqkv · RMSNorm(x) (+ gated LoRA); RoPE on q and k; k and v to the cache
        self.qkv.encode(enc, n, lora.and_then(|l| l.qkv.as_ref()));
        // attn = softmax(q·kᵀ / √head_dim over the slots the row sees) · v
        self.attention.encode(enc, n);
        // x += Wo · attn (+ gated LoRA)
        self.o.encode(enc, n, lora.and_then(|l| l.o.as_ref()));
        // gate|up = Wgate|Wup · RMSNorm(x) (+ gated LoRA)
        self.gate_up.encode(enc, n, lora.and_then(|l| l.gate_up.as_ref()));
        // x += Wdown · (silu(gate) · up) (+ gated LoRA)
        self.down.encode(enc, n, lora.and_then(|l| l.down.as_ref()));
    }
}
