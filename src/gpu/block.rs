//! One transformer block on the GPU, as `model/reference.rs` computes it on the CPU:
//! x += Wo·attention(RoPE(Wqkv·norm(x))); x += Wdown·(silu(Wgate·norm(x)) · Wup·norm(x)).

use crate::error::Result;
use crate::gguf::Gguf;
use crate::gpu::activations::Activations;
use crate::gpu::linear::{Io, Linear, Weight};
use crate::gpu::lora::ProjectionLora;
use crate::gpu::ops::attention::{AttnBindings, AttnOp};
use crate::gpu::ops::input::Input;
use crate::gpu::ops::matmul::RopeKv;
use crate::gpu::ops::{Bound, Encoder, Kernels};
use crate::gpu::Gpu;
use crate::model::weights::{matrix, vector, LayerNames, Matrix};
use crate::model::Config;

/// The LoRA buffers of one block's projections, in `model::adapter::GROUPS` order (q|k|v, o,
/// gate|up, down); None where no loaded adapter reaches the projection.
#[derive(Default)]
pub struct BlockLoras(pub [Option<ProjectionLora>; 4]);

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
    /// Block `i`'s projections as the GPU holds them — q|k|v, o, gate|up, down — each the
    /// matrices it fuses, checked to have the shapes the model needs.
    pub fn weights<'a>(g: &'a Gguf, bytes: &'a [u8], c: &Config, i: usize) -> Result<[(&'static str, Vec<Matrix<'a>>); 4]> {
        let (d, kv, qd, ffn) = (c.dim, c.kv_dim(), c.q_dim(), c.ffn_dim);
        let n = LayerNames::new(i);
        Ok([
            ("qkv", vec![matrix(g, bytes, &n.attn_q, d, qd)?, matrix(g, bytes, &n.attn_k, d, kv)?, matrix(g, bytes, &n.attn_v, d, kv)?]),
            ("attn_output", vec![matrix(g, bytes, &n.attn_output, qd, d)?]),
            ("gate_up", vec![matrix(g, bytes, &n.ffn_gate, d, ffn)?, matrix(g, bytes, &n.ffn_up, d, ffn)?]),
            ("ffn_down", vec![matrix(g, bytes, &n.ffn_down, ffn, d)?]),
        ])
    }

    /// Uploads block `i`'s weights, allocates its K/V cache and binds its kernels.
    pub fn load(cx: &BlockContext, i: usize) -> Result<Block> {
        let (gpu, c, g, bytes, k, a) = (cx.gpu, cx.cfg, cx.gguf, cx.bytes, cx.kernels, cx.act);
        let (d, kv, qd, ffn) = (c.dim, c.kv_dim(), c.q_dim(), c.ffn_dim);
        let qkv_dim = qd + 2 * kv;
        let n = LayerNames::new(i);
        let norm =
            |name: &str| -> Result<Input> { Ok(Input::Norm { x: a.x.clone(), weight: gpu.storage_f32(name, &vector(g, bytes, name, d)?)?, eps: c.rms_eps }) };
        let [qkv, o, gate_up, down] = Block::weights(g, bytes, c, i)?;
        let [qkv, o, gate_up, down] = [qkv, o, gate_up, down].map(|(what, parts)| Weight::upload(gpu, what, &parts));
        let (qkv, o, gate_up, down) = (qkv?, o?, gate_up?, down?);
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

    /// The projections an adapter's LoRA may reach, in `model::adapter::GROUPS` order.
    pub fn projections(&self) -> [&Linear; 4] {
        [&self.qkv, &self.o, &self.gate_up, &self.down]
    }

    /// Records the block for a pass of `n` rows with the LoRA buffers of its projections, whose
    /// heads say which adapters act on which rows.
    pub fn encode(&self, enc: &mut Encoder<'_>, n: u32, lora: &BlockLoras) {
        let [qkv, o, gate_up, down] = lora.0.each_ref().map(Option::as_ref);
        // q|k|v = Wqkv · RMSNorm(x) (+ gated LoRAs); RoPE on q and k; k and v to the cache
        self.qkv.encode(enc, n, qkv);
        // attn = softmax(q·kᵀ / √head_dim over the slots the row sees) · v
        self.attention.encode(enc, n);
        // x += Wo · attn (+ gated LoRAs)
        self.o.encode(enc, n, o);
        // gate|up = Wgate|Wup · RMSNorm(x) (+ gated LoRAs)
        self.gate_up.encode(enc, n, gate_up);
        // x += Wdown · (silu(gate) · up) (+ gated LoRAs)
        self.down.encode(enc, n, down);
    }
}
