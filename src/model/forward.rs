//! The GPU forward pass: weights uploaded once (still quantised), then any pass of up to
//! `max_rows` rows — prefill chunks, single decode rows, verification batches with mask rows —
//! is one command buffer of ~9 dispatches per layer and a readback of a few bytes.

use crate::error::{Error, Result};
use crate::gguf::Gguf;
use crate::gpu::kernels::{bind, Kernels, matmul_outs, MATMUL_ROWS};
use crate::gpu::Gpu;
use crate::model::config::Config;
use crate::model::weights::{matrix, vector, GpuFormat, LayerNames, Matrix};
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
    _pad: [u32; 2],
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
    Ok(Weight {
        buffer: gpu.storage(what, &words)?,
        format: if same { format } else { GpuFormat::F32 },
        rows: parts.iter().map(|m| m.rows).sum(),
    })
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

/// What a pass returns: the greedy choice for each logit row, and the logits when asked.
pub struct PassOutput {
    pub chosen: Vec<u32>,
    pub logits: Option<Vec<f32>>,
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
    head: Weight,
    rows: wgpu::Buffer,
    logit_rows: wgpu::Buffer,
    pass: wgpu::Buffer,
    logits: wgpu::Buffer,
    chosen: wgpu::Buffer,
    chosen_staging: wgpu::Buffer,
    logits_staging: wgpu::Buffer,
    bind_embed: wgpu::BindGroup,
    bind_final_norm: wgpu::BindGroup,
    bind_head: wgpu::BindGroup,
    bind_argmax: wgpu::BindGroup,
}

impl GpuModel {
    /// Uploads the model. `context` is the number of positions the KV cache holds; `max_rows` the
    /// largest pass (prefill chunk, or (k+1)² verification rows).
    pub async fn load(gpu: Gpu, g: &Gguf, bytes: &[u8], context: usize, max_rows: usize) -> Result<GpuModel> {
        let cfg = Config::from_gguf(g)?;
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

        let x = gpu.storage_empty("x", f32s(max_rows * d))?;
        let xn = gpu.storage_empty("x_norm", f32s(max_rows * d))?;
        let qkv = gpu.storage_empty("qkv", f32s(max_rows * qkv_dim))?;
        let attn = gpu.storage_empty("attn", f32s(max_rows * qd))?;
        let gate_up = gpu.storage_empty("gate_up", f32s(max_rows * 2 * ffn))?;
        let act = gpu.storage_empty("act", f32s(max_rows * ffn))?;
        let logits = gpu.storage_empty("logits", f32s(max_logits * vocab))?;
        let chosen = gpu.storage_empty("chosen", (max_logits * 4) as u64)?;
        let rows = gpu.storage_empty("rows", (max_rows * std::mem::size_of::<Row>()) as u64)?;
        let logit_rows = gpu.storage_empty("logit_rows", (max_logits * 4) as u64)?;
        let masks = gpu.storage_empty("masks", 16)?;
        let pass = gpu.uniform("pass", &PassParams { n_rows: 0, n_logits: 0, _pad: [0; 2] });

        let matmul_op = |k: usize, n_out: usize, y_stride: usize, accumulate: bool, logit_rows: bool| {
            gpu.uniform(
                "matmul_op",
                &MatmulOp {
                    k: k as u32,
                    n_out: n_out as u32,
                    x_stride: k as u32,
                    y_stride: y_stride as u32,
                    y_offset: 0,
                    accumulate: accumulate as u32,
                    logit_rows: logit_rows as u32,
                    _pad: 0,
                },
            )
        };
        let op_qkv = matmul_op(d, qkv_dim, qkv_dim, false, false);
        let op_o = matmul_op(qd, d, d, true, false);
        let op_gate_up = matmul_op(d, 2 * ffn, 2 * ffn, false, false);
        let op_down = matmul_op(ffn, d, d, true, false);
        let op_head = matmul_op(d, vocab, vocab, false, true);
        let op_norm = gpu.uniform("norm_op", &NormOp { d: d as u32, eps: cfg.rms_eps, gather: 0, _pad: 0 });
        let op_final_norm = gpu.uniform("norm_op", &NormOp { d: d as u32, eps: cfg.rms_eps, gather: 1, _pad: 0 });
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
        let op_argmax = gpu.uniform("argmax_op", &SizeOp { size: vocab as u32, aux: 0, _pad: [0; 2] });

        let k = &kernels;
        let mut layers = Vec::with_capacity(cfg.n_layers);
        for i in 0..cfg.n_layers {
            let n = LayerNames::new(i);
            let attn_norm = gpu.storage_f32("attn_norm", &vector(g, bytes, &n.attn_norm, d)?)?;
            let ffn_norm = gpu.storage_f32("ffn_norm", &vector(g, bytes, &n.ffn_norm, d)?)?;
            let w_qkv = upload(
                &gpu,
                "qkv",
                &[matrix(g, bytes, &n.attn_q, d, qd)?, matrix(g, bytes, &n.attn_k, d, kv)?, matrix(g, bytes, &n.attn_v, d, kv)?],
            )?;
            let w_o = upload(&gpu, "attn_output", &[matrix(g, bytes, &n.attn_output, qd, d)?])?;
            let w_gate_up = upload(&gpu, "gate_up", &[matrix(g, bytes, &n.ffn_gate, d, ffn)?, matrix(g, bytes, &n.ffn_up, d, ffn)?])?;
            let w_down = upload(&gpu, "ffn_down", &[matrix(g, bytes, &n.ffn_down, ffn, d)?])?;
            let k_cache = gpu.storage_empty("k_cache", f32s(slots * kv))?;
            let v_cache = gpu.storage_empty("v_cache", f32s(slots * kv))?;
            layers.push(Layer {
                bind_norm1: bind(&gpu, &k.rmsnorm, &[&x, &attn_norm, &xn, &op_norm, &pass, &logit_rows]),
                bind_qkv: bind(&gpu, k.matmul(w_qkv.format), &[&w_qkv.buffer, &xn, &qkv, &op_qkv, &pass]),
                bind_rope: bind(&gpu, &k.rope_kv, &[&qkv, &rope, &rows, &k_cache, &v_cache, &op_rope, &pass]),
                bind_attn: bind(&gpu, &k.attention, &[&qkv, &k_cache, &v_cache, &rows, &attn, &op_attn, &pass]),
                bind_o: bind(&gpu, k.matmul(w_o.format), &[&w_o.buffer, &attn, &x, &op_o, &pass]),
                bind_norm2: bind(&gpu, &k.rmsnorm, &[&x, &ffn_norm, &xn, &op_norm, &pass, &logit_rows]),
                bind_gate_up: bind(&gpu, k.matmul(w_gate_up.format), &[&w_gate_up.buffer, &xn, &gate_up, &op_gate_up, &pass]),
                bind_silu: bind(&gpu, &k.silu_mul, &[&gate_up, &act, &op_silu, &pass]),
                bind_down: bind(&gpu, k.matmul(w_down.format), &[&w_down.buffer, &act, &x, &op_down, &pass]),
                qkv: w_qkv,
                o: w_o,
                gate_up: w_gate_up,
                down: w_down,
            });
        }

        let bind_embed = bind(&gpu, &k.embed, &[&embd.buffer, &masks, &rows, &x, &op_embed, &pass]);
        let bind_final_norm = bind(&gpu, &k.rmsnorm, &[&x, &output_norm, &xn, &op_final_norm, &pass, &logit_rows]);
        let bind_head = bind(&gpu, k.matmul(head.format), &[&head.buffer, &xn, &logits, &op_head, &pass]);
        let bind_argmax = bind(&gpu, &k.argmax, &[&logits, &chosen, &op_argmax, &pass]);
        let chosen_staging = gpu.staging("chosen_staging", (max_logits * 4) as u64);
        let logits_staging = gpu.staging("logits_staging", f32s(max_logits * vocab));
        gpu.check()?;
        Ok(GpuModel {
            cfg,
            max_rows,
            context,
            kernels,
            layers,
            head,
            rows,
            logit_rows,
            pass,
            logits,
            chosen,
            chosen_staging,
            logits_staging,
            bind_embed,
            bind_final_norm,
            bind_head,
            bind_argmax,
            gpu,
        })
    }

    pub fn gpu_bytes(&self) -> u64 {
        self.gpu.allocated_bytes()
    }

    /// Runs one pass: writes the rows' K/V to their slots, and for each `logit_rows[i]` (an index
    /// into `rows`) computes logits and the greedy token. Logits come back only if asked.
    pub async fn run(&self, rows: &[Row], logit_rows: &[u32], read_logits: bool) -> Result<PassOutput> {
        let (n, nl) = (rows.len(), logit_rows.len());
        if n == 0 || n > self.max_rows || nl > n {
            return Err(Error::InvalidArgument(format!("a pass holds 1..={} rows and at most as many logit rows; got {n} and {nl}", self.max_rows)));
        }
        let slots = (self.context + self.max_rows) as u32;
        let vocab = self.cfg.vocab_size as u32;
        for r in rows {
            let attends_past = r.prefix > slots || r.extra_start.saturating_add(r.extra_len) > slots;
            if r.slot >= slots || r.pos as usize >= self.context || attends_past {
                return Err(Error::ContextOverflow { needed: r.pos as usize + 1, capacity: self.context });
            }
            if r.gate == 0 && r.token >= vocab {
                return Err(Error::InvalidArgument(format!("token id {} is outside the vocabulary ({vocab})", r.token)));
            }
        }
        if logit_rows.iter().any(|&i| i as usize >= n) {
            return Err(Error::InvalidArgument("logit row index outside the pass".into()));
        }
        let gpu = &self.gpu;
        gpu.queue.write_buffer(&self.rows, 0, bytemuck::cast_slice(rows));
        if nl > 0 {
            gpu.queue.write_buffer(&self.logit_rows, 0, bytemuck::cast_slice(logit_rows));
        }
        gpu.queue.write_buffer(&self.pass, 0, bytemuck::bytes_of(&PassParams { n_rows: n as u32, n_logits: nl as u32, _pad: [0; 2] }));

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
            dispatch(&k.embed, &self.bind_embed, (c.dim as u32 / 8).div_ceil(64), n32);
            let pairs = ((c.n_heads + 2 * c.n_kv_heads) * c.head_dim / 2) as u32;
            for l in &self.layers {
                dispatch(&k.rmsnorm, &l.bind_norm1, n32, 1);
                dispatch(k.matmul(l.qkv.format), &l.bind_qkv, matmul_x(&l.qkv), row_tiles);
                dispatch(&k.rope_kv, &l.bind_rope, pairs.div_ceil(64), n32);
                dispatch(&k.attention, &l.bind_attn, c.n_heads as u32, n32);
                dispatch(k.matmul(l.o.format), &l.bind_o, matmul_x(&l.o), row_tiles);
                dispatch(&k.rmsnorm, &l.bind_norm2, n32, 1);
                dispatch(k.matmul(l.gate_up.format), &l.bind_gate_up, matmul_x(&l.gate_up), row_tiles);
                dispatch(&k.silu_mul, &l.bind_silu, (c.ffn_dim as u32).div_ceil(64), n32);
                dispatch(k.matmul(l.down.format), &l.bind_down, matmul_x(&l.down), row_tiles);
            }
            if nl > 0 {
                let nl32 = nl as u32;
                dispatch(&k.rmsnorm, &self.bind_final_norm, nl32, 1);
                dispatch(k.matmul(self.head.format), &self.bind_head, matmul_x(&self.head), nl32.div_ceil(MATMUL_ROWS));
                dispatch(&k.argmax, &self.bind_argmax, nl32, 1);
            }
        }
        let chosen_bytes = (nl * 4) as u64;
        let logits_bytes = (nl * self.cfg.vocab_size * 4) as u64;
        if nl > 0 {
            enc.copy_buffer_to_buffer(&self.chosen, 0, &self.chosen_staging, 0, chosen_bytes);
            if read_logits {
                enc.copy_buffer_to_buffer(&self.logits, 0, &self.logits_staging, 0, logits_bytes);
            }
        }
        gpu.queue.submit([enc.finish()]);
        if nl == 0 {
            #[cfg(not(target_arch = "wasm32"))]
            gpu.device
                .poll(wgpu::PollType::Wait { submission_index: None, timeout: None })
                .map_err(|e| Error::Gpu(format!("waiting for the GPU failed: {e}")))?;
            gpu.check()?;
            return Ok(PassOutput { chosen: Vec::new(), logits: None });
        }
        let chosen = bytemuck::pod_collect_to_vec(&gpu.read(&self.chosen_staging, chosen_bytes).await?);
        let logits = if read_logits { Some(bytemuck::pod_collect_to_vec(&gpu.read(&self.logits_staging, logits_bytes).await?)) } else { None };
        Ok(PassOutput { chosen, logits })
    }
}
