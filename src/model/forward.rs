//! The GPU forward pass: weights uploaded once (still quantised), then any pass of up to
//! `max_rows` rows — prefill chunks, single decode rows, verification batches with mask rows —
//! is one command buffer of ~9 dispatches per layer and a readback of a few bytes.

use crate::adapter::{Adapter, TARGETS};
use crate::decode::sampler::Sampling;
use crate::error::{Error, Result};
use crate::gguf::Gguf;
use crate::gpu::kernels::{bind, matmul_outs, Kernels, MATMUL_ROWS};
use crate::gpu::Gpu;
use crate::model::config::Config;
use crate::model::weights::{matrix, vector, GpuFormat, LayerNames, Matrix};

/// Marks "no value" in the GPU's step state (shaders/verify.wgsl).
pub const NONE: u32 = u32::MAX;
use bytemuck::{Pod, Zeroable};

/// One row of a pass, as the kernels read it (shaders/common.wgsl `Row`).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Pod, Zeroable)]
pub struct Row {
    /// Token id, or mask index on mask rows.
    pub token: u32,
    pub pos: u32,
    /// Cache slot this row's K/V are written to.
    pub slot: u32,
    /// 1 on mask rows (gated LoRA on), 0 on real tokens.
    pub gate: u32,
    /// The row attends to slots [0, prefix) ...
    pub prefix: u32,
    /// ... and then to [extra_start, extra_start + extra_len).
    pub extra_start: u32,
    pub extra_len: u32,
    pub _pad: u32,
}

impl Row {
    /// A real token at `pos`, stored in slot `pos`, seeing every earlier slot and itself.
    pub fn causal(token: u32, pos: usize) -> Row {
        Row { token, pos: pos as u32, slot: pos as u32, gate: 0, prefix: pos as u32 + 1, extra_start: 0, extra_len: 0, _pad: 0 }
    }
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct PassParams {
    n_rows: u32,
    n_logits: u32,
    n_masks: u32,
    _pad: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct MatmulOp {
    k: u32,
    n_out: u32,
    x_stride: u32,
    y_stride: u32,
    y_offset: u32,
    accumulate: u32,
    logit_rows: u32,
    _pad: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct NormOp {
    d: u32,
    eps: f32,
    gather: u32,
    _pad: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct RopeOp {
    n_heads: u32,
    n_kv_heads: u32,
    head_dim: u32,
    qkv_stride: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct AttnOp {
    n_heads: u32,
    n_kv_heads: u32,
    qkv_stride: u32,
    kv_dim: u32,
    out_stride: u32,
    scale: f32,
    _pad: [u32; 2],
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct SizeOp {
    size: u32,
    aux: u32,
    _pad: [u32; 2],
}

/// A matrix on the GPU: `rows` outputs × `cols` inputs in one `GpuFormat`.
#[derive(Clone)]
struct Weight {
    buffer: wgpu::Buffer,
    format: GpuFormat,
    rows: usize,
}

/// Uploads several matrices with the same input size as one (q|k|v, gate|up), so one dispatch
/// computes them all. Mixed formats fall back to exact f32.
fn upload(gpu: &Gpu, what: &str, parts: &[Matrix]) -> Result<Weight> {
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

struct Layer {
    bind_norm1: wgpu::BindGroup,
    bind_qkv: wgpu::BindGroup,
    bind_rope: wgpu::BindGroup,
    bind_attn: wgpu::BindGroup,
    bind_o: wgpu::BindGroup,
    bind_norm2: wgpu::BindGroup,
    bind_gate_up: wgpu::BindGroup,
    bind_silu: wgpu::BindGroup,
    bind_down: wgpu::BindGroup,
    qkv: Weight,
    o: Weight,
    gate_up: Weight,
    down: Weight,
}

/// What a pass returns: the chosen token for each logit row, the logits when asked, and the
/// verification state when the pass verified drafts.
pub struct PassOutput {
    pub chosen: Vec<u32>,
    pub logits: Option<Vec<f32>>,
    /// `[accepted, z_base, y_0 = bonus, y_1..y_k = next drafts]` (shaders/verify.wgsl).
    pub state: Vec<u32>,
}

/// Speculative verification inside a pass: logit rows `0..=n_drafts` must be the real rows
/// `x0, d1..dn` (in that order), `rows[i + 1].token` the drafts. `group_z[g]` is where the masks of
/// group g start among the pass's mask rows (`NONE` when that group has no masks).
pub struct Verify<'a> {
    pub n_drafts: usize,
    pub group_z: &'a [u32],
    /// Masks per group, and drafts the sampler head makes for the accepted group.
    pub n_masks: usize,
}

/// One forward pass.
pub struct PassSpec<'a> {
    pub rows: &'a [Row],
    /// Rows (indices into `rows`) that get logits and a chosen token.
    pub logit_rows: &'a [u32],
    /// How those rows choose their token.
    pub sampling: Sampling,
    pub read_logits: bool,
    /// Mask rows (indices into `rows`, group-major) whose final hidden state feeds the sampler.
    pub mask_rows: &'a [u32],
    pub adapter: Option<&'a GpuAdapter>,
    pub verify: Option<Verify<'a>>,
}

impl<'a> PassSpec<'a> {
    /// A plain causal pass: no adapter, no verification.
    pub fn plain(rows: &'a [Row], logit_rows: &'a [u32], read_logits: bool) -> PassSpec<'a> {
        PassSpec { rows, logit_rows, sampling: Sampling::default(), read_logits, mask_rows: &[], adapter: None, verify: None }
    }
}

/// The model's activation buffers, kept so adapters can bind to them.
#[derive(Clone)]
struct Activations {
    x: wgpu::Buffer,
    xn: wgpu::Buffer,
    qkv: wgpu::Buffer,
    attn: wgpu::Buffer,
    gate_up: wgpu::Buffer,
    act: wgpu::Buffer,
    z: wgpu::Buffer,
    rows: wgpu::Buffer,
    pass: wgpu::Buffer,
    state: wgpu::Buffer,
    /// Token at each position (real rows), for the repetition penalty.
    history: wgpu::Buffer,
}

/// One fused LoRA (q|k|v, attn_output, gate|up, or ffn_down) of one layer.
struct LoraGroup {
    bind_a: wgpu::BindGroup,
    bind_b: wgpu::BindGroup,
    a_rows: u32,
    outputs: u32,
}

/// An adapter on the GPU, bound to one model's buffers.
pub struct GpuAdapter {
    pub n_mask: usize,
    pub rank: usize,
    bind_embed: wgpu::BindGroup,
    /// Per layer: [qkv, attn_output, gate_up, ffn_down].
    layers: Vec<[Option<LoraGroup>; 4]>,
    /// Per draft j = 1..k: sampler_in, fc1, bsl1, fc2, bsl2, head, choose.
    sampler: Vec<[wgpu::BindGroup; 7]>,
    fc1: Weight,
    fc2: Weight,
}

pub struct GpuModel {
    pub gpu: Gpu,
    pub cfg: Config,
    /// Largest number of rows one pass may hold.
    pub max_rows: usize,
    /// Positions the cache holds.
    pub context: usize,
    kernels: Kernels,
    layers: Vec<Layer>,
    embd: Weight,
    head: Weight,
    act: Activations,
    logit_rows: wgpu::Buffer,
    mask_rows: wgpu::Buffer,
    group_z: wgpu::Buffer,
    step: wgpu::Buffer,
    /// `{n_rows: 1, n_logits: 1}`: the sampler head runs on one vector at a time.
    one: wgpu::Buffer,
    logits: wgpu::Buffer,
    chosen: wgpu::Buffer,
    chosen_staging: wgpu::Buffer,
    logits_staging: wgpu::Buffer,
    state_staging: wgpu::Buffer,
    bind_embed: wgpu::BindGroup,
    bind_final_norm: wgpu::BindGroup,
    bind_mask_norm: wgpu::BindGroup,
    bind_head: wgpu::BindGroup,
    op_choose: wgpu::Buffer,
    bind_choose: wgpu::BindGroup,
    bind_verify: wgpu::BindGroup,
    /// Passes run so far: the engine keeps a prompt's K/V for the next generation only while
    /// nobody else has run a pass (and so possibly written the cache) in between.
    passes: std::sync::atomic::AtomicU64,
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct StepParams {
    n_drafts: u32,
    n_masks: u32,
    _pad: [u32; 2],
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct LoraAOp {
    k: u32,
    n_out: u32,
    x_stride: u32,
    t_stride: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct LoraBOp {
    n_out: u32,
    rank: u32,
    y_stride: u32,
    t_stride: u32,
    bound1: u32,
    bound2: u32,
    scale: f32,
    _pad: u32,
}

/// shaders/choose.wgsl's parameters.
#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct ChooseOp {
    vocab: u32,
    out_offset: u32,
    top_k: u32,
    last_n: u32,
    temperature: f32,
    top_p: f32,
    penalty: f32,
    seed_lo: u32,
    seed_hi: u32,
    _pad: [u32; 3],
}

impl ChooseOp {
    fn new(vocab: usize, out_offset: usize, s: &Sampling) -> ChooseOp {
        ChooseOp {
            vocab: vocab as u32,
            out_offset: out_offset as u32,
            top_k: s.top_k,
            last_n: s.penalty_last_n,
            temperature: s.temperature,
            top_p: s.top_p,
            penalty: s.repetition_penalty,
            seed_lo: s.seed as u32,
            seed_hi: (s.seed >> 32) as u32,
            _pad: [0; 3],
        }
    }
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct SamplerInOp {
    d: u32,
    vocab: u32,
    j: u32,
    _pad: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct BslOp {
    n: u32,
    eps: f32,
    _pad: [u32; 2],
}

fn matmul_op(k: usize, n_out: usize, y_stride: usize, accumulate: bool, logit_rows: bool) -> MatmulOp {
    MatmulOp {
        k: k as u32,
        n_out: n_out as u32,
        x_stride: k as u32,
        y_stride: y_stride as u32,
        y_offset: 0,
        accumulate: accumulate as u32,
        logit_rows: logit_rows as u32,
        _pad: 0,
    }
}

/// Longest state the verification writes: `[accepted, z_base, y_0..y_16]`.
const STATE_WORDS: usize = 3 + 16;

impl GpuModel {
    /// Uploads the model. `context` is the number of positions the KV cache holds; `max_rows` the
    /// largest pass (prefill chunk, or (k+1)² verification rows).
    pub async fn load(gpu: Gpu, g: &Gguf, bytes: &[u8], context: usize, max_rows: usize) -> Result<GpuModel> {
        GpuModel::load_with_progress(gpu, g, bytes, context, max_rows, &mut |_, _| {}).await
    }

    /// `load`, calling `progress(done, total)` (in layers, embeddings and head included) as the
    /// weights reach the GPU, so a page can show an upload bar.
    pub async fn load_with_progress(
        gpu: Gpu,
        g: &Gguf,
        bytes: &[u8],
        context: usize,
        max_rows: usize,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<GpuModel> {
        let cfg = Config::from_gguf(g)?;
        let total = cfg.n_layers + 1;
        if context == 0 || max_rows == 0 {
            return Err(Error::InvalidArgument("context and max_rows must be positive".into()));
        }
        let (d, kv, qd, ffn, vocab) = (cfg.dim, cfg.kv_dim(), cfg.q_dim(), cfg.ffn_dim, cfg.vocab_size);
        let qkv_dim = qd + 2 * kv;
        let max_logits = max_rows;
        // Slots past the context hold the rows of a pass that may not be kept (draft masks).
        let slots = context + max_rows;

        let token_embd = matrix(g, bytes, "token_embd.weight", d, vocab)?;
        let kernels = Kernels::new(&gpu, token_embd.gpu_format(), cfg.head_dim);
        let f32s = |n: usize| (n * 4) as u64;

        let embd = upload(&gpu, "token_embd", &[token_embd])?;
        let head = if cfg.has_output_head { upload(&gpu, "output", &[matrix(g, bytes, "output.weight", d, vocab)?])? } else { embd.clone() };
        let output_norm = gpu.storage_f32("output_norm", &vector(g, bytes, "output_norm.weight", d)?)?;
        let rope_table: Vec<f32> = cfg.rope_table(slots).into_iter().flatten().collect();
        let rope = gpu.storage_f32("rope", &rope_table)?;

        let act = Activations {
            x: gpu.storage_empty("x", f32s(max_rows * d))?,
            xn: gpu.storage_empty("x_norm", f32s(max_rows * d))?,
            qkv: gpu.storage_empty("qkv", f32s(max_rows * qkv_dim))?,
            attn: gpu.storage_empty("attn", f32s(max_rows * qd))?,
            gate_up: gpu.storage_empty("gate_up", f32s(max_rows * 2 * ffn))?,
            act: gpu.storage_empty("act", f32s(max_rows * ffn))?,
            z: gpu.storage_empty("z", f32s(max_rows * d))?,
            rows: gpu.storage_empty("rows", (max_rows * std::mem::size_of::<Row>()) as u64)?,
            pass: gpu.uniform("pass", &PassParams { n_rows: 0, n_logits: 0, n_masks: 0, _pad: 0 }),
            state: gpu.storage_empty("state", (STATE_WORDS * 4) as u64)?,
            history: gpu.storage_empty("history", (slots * 4) as u64)?,
        };
        let a = &act;
        let xn_logits = gpu.storage_empty("x_norm_logits", f32s(max_logits * d))?;
        let logits = gpu.storage_empty("logits", f32s(max_logits * vocab))?;
        let chosen = gpu.storage_empty("chosen", (max_logits * 4) as u64)?;
        let logit_rows = gpu.storage_empty("logit_rows", (max_logits * 4) as u64)?;
        let mask_rows = gpu.storage_empty("mask_rows", (max_rows * 4) as u64)?;
        let group_z = gpu.storage_empty("group_z", (STATE_WORDS * 4) as u64)?;
        let step = gpu.uniform("step", &StepParams { n_drafts: 0, n_masks: 0, _pad: [0; 2] });
        let one = gpu.uniform("one", &PassParams { n_rows: 1, n_logits: 1, n_masks: 0, _pad: 0 });
        let no_masks = gpu.storage_empty("masks", 16)?;

        let op_qkv = gpu.uniform("matmul_op", &matmul_op(d, qkv_dim, qkv_dim, false, false));
        let op_o = gpu.uniform("matmul_op", &matmul_op(qd, d, d, true, false));
        let op_gate_up = gpu.uniform("matmul_op", &matmul_op(d, 2 * ffn, 2 * ffn, false, false));
        let op_down = gpu.uniform("matmul_op", &matmul_op(ffn, d, d, true, false));
        let op_head = gpu.uniform("matmul_op", &matmul_op(d, vocab, vocab, false, true));
        let norm_op = |gather: u32| gpu.uniform("norm_op", &NormOp { d: d as u32, eps: cfg.rms_eps, gather, _pad: 0 });
        let (op_norm, op_final_norm, op_mask_norm) = (norm_op(0), norm_op(1), norm_op(2));
        let op_rope = gpu.uniform(
            "rope_op",
            &RopeOp { n_heads: cfg.n_heads as u32, n_kv_heads: cfg.n_kv_heads as u32, head_dim: cfg.head_dim as u32, qkv_stride: qkv_dim as u32 },
        );
        let op_attn = gpu.uniform(
            "attn_op",
            &AttnOp {
                n_heads: cfg.n_heads as u32,
                n_kv_heads: cfg.n_kv_heads as u32,
                qkv_stride: qkv_dim as u32,
                kv_dim: kv as u32,
                out_stride: qd as u32,
                scale: 1.0 / (cfg.head_dim as f32).sqrt(),
                _pad: [0; 2],
            },
        );
        let op_silu = gpu.uniform("silu_op", &SizeOp { size: ffn as u32, aux: 0, _pad: [0; 2] });
        let op_embed = gpu.uniform("embed_op", &SizeOp { size: d as u32, aux: vocab as u32, _pad: [0; 2] });
        let op_choose = gpu.uniform("choose_op", &ChooseOp::new(vocab, 0, &Sampling::default()));

        let k = &kernels;
        let mut layers = Vec::with_capacity(cfg.n_layers);
        progress(0, total);
        for i in 0..cfg.n_layers {
            progress(i + 1, total);
            let n = LayerNames::new(i);
            let attn_norm = gpu.storage_f32("attn_norm", &vector(g, bytes, &n.attn_norm, d)?)?;
            let ffn_norm = gpu.storage_f32("ffn_norm", &vector(g, bytes, &n.ffn_norm, d)?)?;
            let w_qkv = upload(&gpu, "qkv", &[matrix(g, bytes, &n.attn_q, d, qd)?, matrix(g, bytes, &n.attn_k, d, kv)?, matrix(g, bytes, &n.attn_v, d, kv)?])?;
            let w_o = upload(&gpu, "attn_output", &[matrix(g, bytes, &n.attn_output, qd, d)?])?;
            let w_gate_up = upload(&gpu, "gate_up", &[matrix(g, bytes, &n.ffn_gate, d, ffn)?, matrix(g, bytes, &n.ffn_up, d, ffn)?])?;
            let w_down = upload(&gpu, "ffn_down", &[matrix(g, bytes, &n.ffn_down, ffn, d)?])?;
            let k_cache = gpu.storage_empty("k_cache", f32s(slots * kv))?;
            let v_cache = gpu.storage_empty("v_cache", f32s(slots * kv))?;
            layers.push(Layer {
                bind_norm1: bind(&gpu, &k.rmsnorm, &[&a.x, &attn_norm, &a.xn, &op_norm, &a.pass, &logit_rows]),
                bind_qkv: bind(&gpu, k.matmul(w_qkv.format), &[&w_qkv.buffer, &a.xn, &a.qkv, &op_qkv, &a.pass]),
                bind_rope: bind(&gpu, &k.rope_kv, &[&a.qkv, &rope, &a.rows, &k_cache, &v_cache, &op_rope, &a.pass]),
                bind_attn: bind(&gpu, &k.attention, &[&a.qkv, &k_cache, &v_cache, &a.rows, &a.attn, &op_attn, &a.pass]),
                bind_o: bind(&gpu, k.matmul(w_o.format), &[&w_o.buffer, &a.attn, &a.x, &op_o, &a.pass]),
                bind_norm2: bind(&gpu, &k.rmsnorm, &[&a.x, &ffn_norm, &a.xn, &op_norm, &a.pass, &logit_rows]),
                bind_gate_up: bind(&gpu, k.matmul(w_gate_up.format), &[&w_gate_up.buffer, &a.xn, &a.gate_up, &op_gate_up, &a.pass]),
                bind_silu: bind(&gpu, &k.silu_mul, &[&a.gate_up, &a.act, &op_silu, &a.pass]),
                bind_down: bind(&gpu, k.matmul(w_down.format), &[&w_down.buffer, &a.act, &a.x, &op_down, &a.pass]),
                qkv: w_qkv,
                o: w_o,
                gate_up: w_gate_up,
                down: w_down,
            });
        }

        let bind_embed = bind(&gpu, &k.embed, &[&embd.buffer, &no_masks, &a.rows, &a.x, &op_embed, &a.pass, &a.history]);
        let bind_final_norm = bind(&gpu, &k.rmsnorm, &[&a.x, &output_norm, &xn_logits, &op_final_norm, &a.pass, &logit_rows]);
        let bind_mask_norm = bind(&gpu, &k.rmsnorm, &[&a.x, &output_norm, &a.z, &op_mask_norm, &a.pass, &mask_rows]);
        let bind_head = bind(&gpu, k.matmul(head.format), &[&head.buffer, &xn_logits, &logits, &op_head, &a.pass]);
        let bind_choose = bind(&gpu, &k.choose, &[&logits, &chosen, &op_choose, &a.pass, &a.rows, &logit_rows, &a.history]);
        let bind_verify = bind(&gpu, &k.verify, &[&chosen, &a.rows, &group_z, &a.state, &step]);
        let chosen_staging = gpu.staging("chosen_staging", (max_logits * 4) as u64);
        let logits_staging = gpu.staging("logits_staging", f32s(max_logits * vocab));
        let state_staging = gpu.staging("state_staging", (STATE_WORDS * 4) as u64);
        gpu.check()?;
        Ok(GpuModel {
            cfg,
            max_rows,
            context,
            kernels,
            layers,
            embd,
            head,
            act,
            logit_rows,
            mask_rows,
            group_z,
            step,
            one,
            logits,
            chosen,
            chosen_staging,
            logits_staging,
            state_staging,
            bind_embed,
            bind_final_norm,
            bind_mask_norm,
            bind_head,
            op_choose,
            bind_choose,
            bind_verify,
            passes: Default::default(),
            gpu,
        })
    }

    /// How many passes have been started on this model.
    pub fn passes_run(&self) -> u64 {
        self.passes.load(std::sync::atomic::Ordering::SeqCst)
    }

    pub fn gpu_bytes(&self) -> u64 {
        self.gpu.allocated_bytes()
    }

    /// Uploads an adapter (already validated against this model) and binds it to the model's
    /// buffers. Several can be loaded at once; a pass names the one it uses.
    pub fn load_adapter(&self, adapter: &Adapter) -> Result<GpuAdapter> {
        let gpu = &self.gpu;
        let c = &self.cfg;
        let k = &self.kernels;
        let a = &self.act;
        let (d, r) = (c.dim, adapter.rank);
        let qkv_dim = c.q_dim() + 2 * c.kv_dim();
        // Scratch for A·x of the widest group (q|k|v: three targets).
        let t = gpu.storage_empty("lora_t", (self.max_rows * 3 * r * 4) as u64)?;
        let masks = gpu.storage_f32("mask_embd", &adapter.mask_embd)?;
        let op_embed = gpu.uniform("embed_op", &SizeOp { size: d as u32, aux: c.vocab_size as u32, _pad: [0; 2] });
        let bind_embed = bind(gpu, &k.embed, &[&self.embd.buffer, &masks, &a.rows, &a.x, &op_embed, &a.pass, &a.history]);

        // (targets, input, output, output stride) of each fused group, in layer order.
        let groups: [(&[&str], &wgpu::Buffer, &wgpu::Buffer, usize); 4] = [
            (&TARGETS[0..3], &a.xn, &a.qkv, qkv_dim),
            (&TARGETS[3..4], &a.attn, &a.x, d),
            (&TARGETS[4..6], &a.xn, &a.gate_up, 2 * c.ffn_dim),
            (&TARGETS[6..7], &a.act, &a.x, d),
        ];
        let mut layers = Vec::with_capacity(c.n_layers);
        for pairs in &adapter.layers {
            let mut fused: [Option<LoraGroup>; 4] = [None, None, None, None];
            for (slot, (targets, input, output, y_stride)) in fused.iter_mut().zip(groups) {
                if !targets.iter().any(|t| pairs.contains_key(*t)) {
                    continue;
                }
                let mut a_all = Vec::new();
                let mut b_all = Vec::new();
                let mut bounds = Vec::new();
                let mut k_in = 0;
                for tname in targets {
                    let (out, inp) = crate::adapter::target_shape(c, tname).ok_or_else(|| Error::Adapter(format!("unknown target {tname}")))?;
                    k_in = inp;
                    bounds.push(b_all.len() / r);
                    // A target the adapter leaves out contributes zeros, on mask rows only.
                    match pairs.get(*tname) {
                        Some(p) => {
                            a_all.extend_from_slice(&p.a);
                            b_all.extend_from_slice(&p.b);
                        }
                        None => {
                            a_all.resize(a_all.len() + r * inp, 0.0);
                            b_all.resize(b_all.len() + out * r, 0.0);
                        }
                    }
                }
                let a_rows = a_all.len() / k_in;
                let outputs = b_all.len() / r;
                let bound = |i: usize| bounds.get(i).copied().unwrap_or(usize::MAX).min(u32::MAX as usize) as u32;
                let op_a = gpu.uniform("lora_a_op", &LoraAOp { k: k_in as u32, n_out: a_rows as u32, x_stride: k_in as u32, t_stride: (3 * r) as u32 });
                let op_b = gpu.uniform(
                    "lora_b_op",
                    &LoraBOp {
                        n_out: outputs as u32,
                        rank: r as u32,
                        y_stride: y_stride as u32,
                        t_stride: (3 * r) as u32,
                        bound1: bound(1),
                        bound2: bound(2),
                        scale: adapter.scale(),
                        _pad: 0,
                    },
                );
                let a_buf = gpu.storage_f32("lora_a", &a_all)?;
                let b_buf = gpu.storage_f32("lora_b", &b_all)?;
                *slot = Some(LoraGroup {
                    bind_a: bind(gpu, &k.lora_a, &[&a_buf, input, &t, &op_a, &a.pass, &a.rows]),
                    bind_b: bind(gpu, &k.lora_b, &[&b_buf, &t, output, &op_b, &a.pass, &a.rows]),
                    a_rows: a_rows as u32,
                    outputs: outputs as u32,
                });
            }
            layers.push(fused);
        }

        let s = &adapter.sampler;
        let h = s.hidden;
        let as_weight = |what: &str, w: &[f32], rows: usize| -> Result<Weight> {
            Ok(Weight { buffer: gpu.storage(what, &w.iter().map(|v| v.to_bits()).collect::<Vec<u32>>())?, format: GpuFormat::F32, rows })
        };
        let fc1 = as_weight("sampler_fc1", &s.fc1_weight, h)?;
        let fc2 = as_weight("sampler_fc2", &s.fc2_weight, d)?;
        let u = gpu.storage_empty("sampler_u", (2 * d * 4) as u64)?;
        let v1 = gpu.storage_empty("sampler_h1", (h * 4) as u64)?;
        let v2 = gpu.storage_empty("sampler_h2", (d * 4) as u64)?;
        let slogits = gpu.storage_empty("sampler_logits", (c.vocab_size * 4) as u64)?;
        let fc1_b = gpu.storage_f32("fc1_bias", &s.fc1_bias)?;
        let ln1_w = gpu.storage_f32("ln1_w", &s.ln1_weight)?;
        let ln1_b = gpu.storage_f32("ln1_b", &s.ln1_bias)?;
        let fc2_b = gpu.storage_f32("fc2_bias", &s.fc2_bias)?;
        let ln2_w = gpu.storage_f32("ln2_w", &s.ln2_weight)?;
        let ln2_b = gpu.storage_f32("ln2_b", &s.ln2_bias)?;
        let op_fc1 = gpu.uniform("matmul_op", &matmul_op(2 * d, h, h, false, false));
        let op_fc2 = gpu.uniform("matmul_op", &matmul_op(h, d, d, false, false));
        let op_head = gpu.uniform("matmul_op", &matmul_op(d, c.vocab_size, c.vocab_size, false, false));
        let op_bsl1 = gpu.uniform("bsl_op", &BslOp { n: h as u32, eps: s.ln_eps, _pad: [0; 2] });
        let op_bsl2 = gpu.uniform("bsl_op", &BslOp { n: d as u32, eps: s.ln_eps, _pad: [0; 2] });
        let mut sampler = Vec::with_capacity(adapter.n_mask);
        for j in 1..=adapter.n_mask {
            let op_in = gpu.uniform("sampler_in_op", &SamplerInOp { d: d as u32, vocab: c.vocab_size as u32, j: j as u32, _pad: 0 });
            // Draft j lands in state[2 + j] (y_j).
            let op_choose = gpu.uniform("choose_op", &ChooseOp::new(c.vocab_size, 2 + j, &Sampling::default()));
            sampler.push([
                bind(gpu, &k.sampler_in, &[&self.embd.buffer, &a.z, &a.state, &u, &op_in]),
                bind(gpu, k.matmul(GpuFormat::F32), &[&fc1.buffer, &u, &v1, &op_fc1, &self.one]),
                bind(gpu, &k.bias_silu_ln, &[&v1, &fc1_b, &ln1_w, &ln1_b, &op_bsl1]),
                bind(gpu, k.matmul(GpuFormat::F32), &[&fc2.buffer, &v1, &v2, &op_fc2, &self.one]),
                bind(gpu, &k.bias_silu_ln, &[&v2, &fc2_b, &ln2_w, &ln2_b, &op_bsl2]),
                bind(gpu, k.matmul(self.head.format), &[&self.head.buffer, &v2, &slogits, &op_head, &self.one]),
                bind(gpu, &k.choose, &[&slogits, &a.state, &op_choose, &self.one, &a.rows, &self.logit_rows, &a.history]),
            ]);
        }
        gpu.check()?;
        Ok(GpuAdapter { n_mask: adapter.n_mask, rank: r, bind_embed, layers, sampler, fc1, fc2 })
    }

    /// Runs one pass: writes the rows' K/V to their slots; for each logit row computes logits and
    /// the chosen token (greedy or seeded sampling); with an adapter, applies the gated LoRA on mask rows; with `verify`,
    /// accepts drafts and runs the sampler head for the accepted group — all on the GPU. Only the
    /// chosen tokens and the few words of state come back, plus logits when asked.
    pub async fn run(&self, spec: &PassSpec<'_>) -> Result<PassOutput> {
        let (rows, logit_rows, mask_rows) = (spec.rows, spec.logit_rows, spec.mask_rows);
        let (n, nl, nm) = (rows.len(), logit_rows.len(), mask_rows.len());
        if n == 0 || n > self.max_rows || nl > n || nm > n {
            return Err(Error::InvalidArgument(format!("a pass holds 1..={} rows and at most as many logit rows; got {n} and {nl}", self.max_rows)));
        }
        let slots = (self.context + self.max_rows) as u32;
        let vocab = self.cfg.vocab_size as u32;
        let n_mask = spec.adapter.map_or(0, |a| a.n_mask as u32);
        for r in rows {
            let attends_past = r.prefix > slots || r.extra_start.saturating_add(r.extra_len) > slots;
            if r.slot >= slots || r.pos as usize >= self.context || attends_past {
                return Err(Error::ContextOverflow { needed: r.pos as usize + 1, capacity: self.context });
            }
            if (r.gate == 0 && r.token >= vocab) || (r.gate == 1 && r.token >= n_mask) {
                return Err(Error::InvalidArgument(format!("row token {} is outside the vocabulary or the adapter's masks", r.token)));
            }
        }
        if logit_rows.iter().chain(mask_rows).any(|&i| i as usize >= n) {
            return Err(Error::InvalidArgument("logit or mask row index outside the pass".into()));
        }
        if let Some(v) = &spec.verify {
            let sampler_ok = v.n_masks == 0 || spec.adapter.is_some_and(|a| v.n_masks <= a.n_mask);
            if nl < v.n_drafts + 1 || v.group_z.len() < v.n_drafts + 1 || v.n_masks + 3 > STATE_WORDS || !sampler_ok {
                return Err(Error::InvalidArgument("verification needs logits on x0 and every draft, and n_masks ≤ the adapter's".into()));
            }
        }
        self.passes.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let gpu = &self.gpu;
        let a = &self.act;
        gpu.queue.write_buffer(&a.rows, 0, bytemuck::cast_slice(rows));
        if nl > 0 {
            spec.sampling.validate()?;
            gpu.queue.write_buffer(&self.logit_rows, 0, bytemuck::cast_slice(logit_rows));
            gpu.queue.write_buffer(&self.op_choose, 0, bytemuck::bytes_of(&ChooseOp::new(self.cfg.vocab_size, 0, &spec.sampling)));
        }
        if nm > 0 {
            gpu.queue.write_buffer(&self.mask_rows, 0, bytemuck::cast_slice(mask_rows));
        }
        gpu.queue.write_buffer(&a.pass, 0, bytemuck::bytes_of(&PassParams { n_rows: n as u32, n_logits: nl as u32, n_masks: nm as u32, _pad: 0 }));
        if let Some(v) = &spec.verify {
            gpu.queue.write_buffer(&self.group_z, 0, bytemuck::cast_slice(&v.group_z[..v.n_drafts + 1]));
            gpu.queue.write_buffer(&self.step, 0, bytemuck::bytes_of(&StepParams { n_drafts: v.n_drafts as u32, n_masks: v.n_masks as u32, _pad: [0; 2] }));
        }

        let c = &self.cfg;
        let k = &self.kernels;
        let n32 = n as u32;
        let row_tiles = n32.div_ceil(MATMUL_ROWS);
        let mut enc = gpu.device.create_command_encoder(&wgpu::CommandEncoderDescriptor { label: Some("pass") });
        {
            let mut cp = enc.begin_compute_pass(&wgpu::ComputePassDescriptor { label: Some("forward"), timestamp_writes: None });
            let mut dispatch = |pipeline: &wgpu::ComputePipeline, group: &wgpu::BindGroup, x: u32, y: u32| {
                cp.set_pipeline(pipeline);
                cp.set_bind_group(0, group, &[]);
                cp.dispatch_workgroups(x, y, 1);
            };
            let outs = matmul_outs(gpu);
            let matmul_x = |w: &Weight| (w.rows as u32).div_ceil(outs);
            let lora = |dispatch: &mut dyn FnMut(&wgpu::ComputePipeline, &wgpu::BindGroup, u32, u32), g: &Option<LoraGroup>| {
                if let Some(g) = g {
                    dispatch(&k.lora_a, &g.bind_a, g.a_rows.div_ceil(64), n32);
                    dispatch(&k.lora_b, &g.bind_b, g.outputs.div_ceil(64), n32);
                }
            };
            let embed = spec.adapter.map_or(&self.bind_embed, |ad| &ad.bind_embed);
            dispatch(&k.embed, embed, (c.dim as u32 / 8).div_ceil(64), n32);
            let pairs = ((c.n_heads + 2 * c.n_kv_heads) * c.head_dim / 2) as u32;
            for (i, l) in self.layers.iter().enumerate() {
                let ad = spec.adapter.map(|ad| &ad.layers[i]);
                dispatch(&k.rmsnorm, &l.bind_norm1, n32, 1);
                dispatch(k.matmul(l.qkv.format), &l.bind_qkv, matmul_x(&l.qkv), row_tiles);
                if let Some(ad) = ad {
                    lora(&mut dispatch, &ad[0]);
                }
                dispatch(&k.rope_kv, &l.bind_rope, pairs.div_ceil(64), n32);
                dispatch(&k.attention, &l.bind_attn, c.n_heads as u32, n32);
                dispatch(k.matmul(l.o.format), &l.bind_o, matmul_x(&l.o), row_tiles);
                if let Some(ad) = ad {
                    lora(&mut dispatch, &ad[1]);
                }
                dispatch(&k.rmsnorm, &l.bind_norm2, n32, 1);
                dispatch(k.matmul(l.gate_up.format), &l.bind_gate_up, matmul_x(&l.gate_up), row_tiles);
                if let Some(ad) = ad {
                    lora(&mut dispatch, &ad[2]);
                }
                dispatch(&k.silu_mul, &l.bind_silu, (c.ffn_dim as u32).div_ceil(64), n32);
                dispatch(k.matmul(l.down.format), &l.bind_down, matmul_x(&l.down), row_tiles);
                if let Some(ad) = ad {
                    lora(&mut dispatch, &ad[3]);
                }
            }
            if nl > 0 {
                let nl32 = nl as u32;
                dispatch(&k.rmsnorm, &self.bind_final_norm, nl32, 1);
                dispatch(k.matmul(self.head.format), &self.bind_head, matmul_x(&self.head), nl32.div_ceil(MATMUL_ROWS));
                dispatch(&k.choose, &self.bind_choose, nl32, 1);
            }
            if nm > 0 {
                dispatch(&k.rmsnorm, &self.bind_mask_norm, nm as u32, 1);
            }
            if let Some(v) = &spec.verify {
                dispatch(&k.verify, &self.bind_verify, 1, 1);
                if let Some(ad) = spec.adapter {
                    let chunks = (2 * c.dim as u32 / 8).div_ceil(64);
                    for b in ad.sampler.iter().take(v.n_masks) {
                        dispatch(&k.sampler_in, &b[0], chunks, 1);
                        dispatch(k.matmul(GpuFormat::F32), &b[1], matmul_x(&ad.fc1), 1);
                        dispatch(&k.bias_silu_ln, &b[2], 1, 1);
                        dispatch(k.matmul(GpuFormat::F32), &b[3], matmul_x(&ad.fc2), 1);
                        dispatch(&k.bias_silu_ln, &b[4], 1, 1);
                        dispatch(k.matmul(self.head.format), &b[5], matmul_x(&self.head), 1);
                        dispatch(&k.choose, &b[6], 1, 1);
                    }
                }
            }
        }
        let chosen_bytes = (nl * 4) as u64;
        let logits_bytes = (nl * self.cfg.vocab_size * 4) as u64;
        let state_bytes = spec.verify.as_ref().map_or(0, |v| ((3 + v.n_masks) * 4) as u64);
        if nl > 0 {
            enc.copy_buffer_to_buffer(&self.chosen, 0, &self.chosen_staging, 0, chosen_bytes);
            if spec.read_logits {
                enc.copy_buffer_to_buffer(&self.logits, 0, &self.logits_staging, 0, logits_bytes);
            }
        }
        if state_bytes > 0 {
            enc.copy_buffer_to_buffer(&a.state, 0, &self.state_staging, 0, state_bytes);
        }
        gpu.queue.submit([enc.finish()]);
        if nl == 0 {
            gpu.wait_idle().await?;
            return Ok(PassOutput { chosen: Vec::new(), logits: None, state: Vec::new() });
        }
        let chosen = bytemuck::pod_collect_to_vec(&gpu.read(&self.chosen_staging, chosen_bytes).await?);
        let logits = if spec.read_logits { Some(bytemuck::pod_collect_to_vec(&gpu.read(&self.logits_staging, logits_bytes).await?)) } else { None };
        let state = if state_bytes > 0 { bytemuck::pod_collect_to_vec(&gpu.read(&self.state_staging, state_bytes).await?) } else { Vec::new() };
        Ok(PassOutput { chosen, logits, state })
    }
}
