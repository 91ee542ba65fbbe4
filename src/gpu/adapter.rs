//! A gated-LoRA MTP adapter on the GPU, bound to one model's buffers: the mask embeddings, the
//! LoRA of each block's projections (resident in the model's LoRA buffers, `gpu::lora`), and the
//! sampler head that turns the accepted group's mask states into the next drafts. Several can be
//! loaded at once; a pass names the one it uses.

use crate::error::Result;
use crate::gpu::linear::{Io, Linear, Weight};
use crate::gpu::lora::{GateKind, LoraId, PartWeights};
use crate::gpu::model::GpuModel;
use crate::gpu::ops::choose::{ChooseBindings, ChooseOp};
use crate::gpu::ops::embed::{EmbedBindings, EmbedOp};
use crate::gpu::ops::input::Input;
use crate::gpu::ops::sampler_in::{SamplerInBindings, SamplerInOp};
use crate::gpu::ops::{Bound, Encoder};
use crate::gpu::pass::{PassParams, MAX_DEPTH};
use crate::model::adapter::{fuse, Adapter, SamplerKind, GROUPS};
use crate::sampling::Sampling;

pub struct GpuAdapter {
    pub n_mask: usize,
    pub rank: usize,
    /// The model's width and vocabulary, which the sampler head's uniforms carry.
    d: usize,
    vocab: usize,
    /// Whether its sampler head is residual (`SamplerKind::Residual`).
    residual: bool,
    /// Its LoRAs in the model's LoRA buffers.
    pub lora: LoraId,
    /// Bytes of its own buffers (mask embeddings, sampler head), apart from the LoRAs.
    pub bytes: u64,
    /// Bytes its LoRAs take in the model's LoRA buffers.
    pub lora_bytes: u64,
    /// The model's embedding with this adapter's mask embeddings for mask rows.
    pub(crate) embed: Bound,
    /// Per draft depth j = 1..k: the sampler head run for that depth.
    drafts: Vec<DraftHead>,
}

/// Most parent nodes the sampler head evaluates at one draft depth (rows of its buffers).
pub const SAMPLER_ROWS: usize = 16;

/// For every parent node y at depth j − 1 (the bonus token at j = 1): h1 = LN1(SiLU(fc1 ·
/// [E(y); z_j] + b1)), logits = E · LN2(SiLU(fc2 · h1 + b2)) or, residual, E · (z_j + b2 + fc2 · h1),
/// then its top-w tokens (w = the tree's width at depth j; 1 on a chain) into the verification
/// state. Each bias → SiLU → LayerNorm runs in the next matmul's input (`Input::BiasSiluLn`); the
/// residual's z_j + b2 is written by the input kernel and fc2 adds to it: 5 dispatches either way.
struct DraftHead {
    /// `{n_rows, n_logits}` = the parents at this depth, written by `write_tree`.
    pass: wgpu::Buffer,
    in_op: wgpu::Buffer,
    choose_op: wgpu::Buffer,
    input: Bound,
    fc1: Linear,
    fc2: Linear,
    head: Linear,
    choose: Bound,
}

impl GpuAdapter {
    /// Uploads `adapter` (already validated against the model) and binds it to `m`'s buffers.
    pub fn load(m: &GpuModel, adapter: &Adapter) -> Result<GpuAdapter> {
        let (gpu, c, k, a) = (&m.gpu, &m.cfg, &m.kernels, &m.act);
        let (d, r) = (c.dim, adapter.rank);
        let parts: Vec<[Option<PartWeights>; 4]> = adapter
            .layers
            .iter()
            .map(|pairs| {
                GROUPS.map(|(_, targets)| {
                    fuse(c, pairs, targets, r).map(|(a, b)| PartWeights { a, b, rank: r, gate: GateKind::Mask, scale: adapter.scale(), bias: Vec::new() })
                })
            })
            .collect();
        let before = gpu.allocated_bytes();
        let masks = gpu.storage_f32("mask_embd", &adapter.mask_embd)?;
        let embed_op = gpu.uniform("embed_op", &EmbedOp { d: d as u32, vocab: c.vocab_size as u32, ..Default::default() });
        let embed = k.embed.bind(
            gpu,
            d,
            EmbedBindings { w: &m.embd.buffer, masks: &masks, rows: &a.rows, x: &a.x, op: &embed_op, pass_: &a.pass, history: &a.history },
        );
        let drafts = Self::sampler(m, adapter)?;
        let bytes = gpu.allocated_bytes() - before;
        let before = m.lora_bytes();
        let lora = m.add_lora(&parts)?;
        let lora_bytes = m.lora_bytes().saturating_sub(before);
        gpu.check()?;
        let residual = adapter.sampler.is_residual();
        Ok(GpuAdapter { n_mask: adapter.n_mask, rank: r, d, vocab: c.vocab_size, residual, lora, bytes, lora_bytes, embed, drafts })
    }

    /// The sampler head, bound once per draft j (its input and output slots differ).
    fn sampler(m: &GpuModel, adapter: &Adapter) -> Result<Vec<DraftHead>> {
        let (gpu, c, k, a) = (&m.gpu, &m.cfg, &m.kernels, &m.act);
        let (s, d, vocab) = (&adapter.sampler, c.dim, c.vocab_size);
        let h = s.hidden;
        let fc1 = Weight::from_f32(gpu, "sampler_fc1", &s.fc1_weight, h)?;
        let fc2 = Weight::from_f32(gpu, "sampler_fc2", &s.fc2_weight, d)?;
        let rows = |n: usize| (SAMPLER_ROWS * n * 4) as u64;
        let u = gpu.storage_empty("sampler_u", rows(2 * d))?;
        let v1 = gpu.storage_empty("sampler_h1", rows(h))?;
        let v2 = gpu.storage_empty("sampler_h2", rows(d))?;
        let logits = gpu.storage_empty("sampler_logits", rows(vocab))?;
        let vec = |name: &str, v: &[f32]| gpu.storage_f32(name, v);
        let (fc1_b, ln1_w, ln1_b) = (vec("fc1_bias", &s.fc1_bias)?, vec("ln1_w", &s.ln1_weight)?, vec("ln1_b", &s.ln1_bias)?);
        let fc2_b = vec("fc2_bias", &s.fc2_bias)?;
        let ln2 = match &s.kind {
            SamplerKind::Mlp2 { ln2_weight, ln2_bias } => Some((vec("ln2_w", ln2_weight)?, vec("ln2_b", ln2_bias)?)),
            SamplerKind::Residual => None,
        };
        let residual = s.is_residual();
        let mut drafts = Vec::with_capacity(adapter.n_mask);
        for j in 1..=adapter.n_mask {
            // A chain until `write_tree` says otherwise: one parent, draft j into the tree's words.
            let pass = gpu.uniform("sampler_pass", &PassParams { n_rows: 1, n_logits: 1, ..Default::default() });
            let in_op = SamplerInOp { d: d as u32, vocab: vocab as u32, j: j as u32, residual: residual as u32, ..Default::default() };
            let in_op = gpu.uniform("sampler_in_op", &in_op);
            let choose_op = gpu.uniform("choose_op", &ChooseOp::new(vocab, 0, &Sampling::default()));
            let io = |input: Input, y: &wgpu::Buffer, y_stride, accumulate| Io { input, y: y.clone(), y_stride, accumulate };
            let tail = |x: &wgpu::Buffer, bias: &wgpu::Buffer, ln_w: &wgpu::Buffer, ln_b: &wgpu::Buffer| Input::BiasSiluLn {
                x: x.clone(),
                bias: bias.clone(),
                ln_w: ln_w.clone(),
                ln_b: ln_b.clone(),
                eps: s.ln_eps,
            };
            let head_input = match &ln2 {
                Some((ln2_w, ln2_b)) => tail(&v2, &fc2_b, ln2_w, ln2_b),
                None => Input::Plain { x: v2.clone() },
            };
            let in_bindings = SamplerInBindings { w: &m.embd.buffer, z: &a.z, state: &a.state, u: &u, b2: &fc2_b, res: &v2, op: &in_op };
            drafts.push(DraftHead {
                input: k.sampler_in.bind(gpu, d, in_bindings),
                fc1: Linear::new(gpu, k, &pass, fc1.clone(), 2 * d, io(Input::Plain { x: u.clone() }, &v1, h, false), false, None, None),
                fc2: Linear::new(gpu, k, &pass, fc2.clone(), h, io(tail(&v1, &fc1_b, &ln1_w, &ln1_b), &v2, d, residual), false, None, None),
                head: Linear::new(gpu, k, &pass, m.head.clone(), d, io(head_input, &logits, vocab, false), false, None, None),
                choose: k.choose.bind(
                    gpu,
                    ChooseBindings {
                        logits: &logits,
                        chosen: &a.state,
                        op: &choose_op,
                        pass_: &pass,
                        rows: &a.rows,
                        logit_rows: &a.logit_rows,
                        history: &a.history,
                    },
                ),
                pass,
                in_op,
                choose_op,
            });
        }
        Ok(drafts)
    }

    /// Sets up the sampler head for the next draft tree: `widths[j − 1]` children per node at
    /// depth j, `sizes[j − 1]` nodes there. Depth j's tokens follow depth j − 1's in the
    /// verification state after the path, the children of one parent together, best first.
    pub(crate) fn write_tree(&self, q: &wgpu::Queue, widths: &[usize], sizes: &[usize]) {
        let (d, vocab, residual) = (self.d as u32, self.vocab, self.residual as u32);
        let (mut parents, mut parent_at, mut at) = (1, 2, 3 + MAX_DEPTH);
        for (j, ((h, &w), &n)) in self.drafts.iter().zip(widths).zip(sizes).enumerate() {
            q.write_buffer(&h.pass, 0, bytemuck::bytes_of(&PassParams { n_rows: parents as u32, n_logits: parents as u32, ..Default::default() }));
            let in_op = SamplerInOp { d, vocab: vocab as u32, j: j as u32 + 1, parent_at: parent_at as u32, residual, ..Default::default() };
            q.write_buffer(&h.in_op, 0, bytemuck::bytes_of(&in_op));
            let choose = ChooseOp { top_w: w as u32, ..ChooseOp::new(vocab, at, &Sampling::default()) };
            q.write_buffer(&h.choose_op, 0, bytemuck::bytes_of(&choose));
            (parents, parent_at, at) = (n, at, at + n);
        }
    }

    /// Records the sampler head for the next draft tree's depths (`sizes`, from `write_tree`):
    /// depth j evaluates every node of depth j − 1 at once.
    pub(crate) fn encode_drafts(&self, enc: &mut Encoder<'_>, sizes: &[usize]) {
        let mut parents = 1;
        for (h, &n) in self.drafts.iter().zip(sizes) {
            let rows = parents as u32;
            h.input.encode(enc, rows);
            h.fc1.encode(enc, rows, None);
            h.fc2.encode(enc, rows, None);
            h.head.encode(enc, rows, None);
            h.choose.encode(enc, rows);
            parents = n;
        }
    }
}
