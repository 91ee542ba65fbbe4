//! Gated LoRAs resident on the GPU. Every loaded adapter — multi-token prediction or domain —
//! keeps its A and B for each projection it reaches in that projection's one LoRA buffer, after a
//! head listing the segments the current request runs (shaders/lora_segments.wgsl). Loading or
//! unloading an adapter rebuilds the buffers of the projections it reaches: the other adapters'
//! parts move by GPU copies, nothing of theirs is uploaded again. Switching or mixing adapters
//! between requests rewrites only the heads (a few hundred bytes per projection).

use crate::error::{Error, Result};
use crate::gpu::linear::Linear;
use crate::gpu::ops::matmul::LORA_ROWS;
use crate::gpu::ops::{Bound, Encoder, Kernels};
use crate::gpu::Gpu;
use crate::model::adapter::{fuse, GROUPS};
use crate::model::lora::{DomainAdapter, GateType};
use crate::model::Config;

/// The most adapters one request may run on a projection (the head's room).
pub const MAX_SEGMENTS: usize = 8;
/// Words per segment in the head, as shaders/lora_segments.wgsl reads them.
const SEGMENT_WORDS: usize = 8;
/// Where the segments start in the head: after the segment count, the rows of t they stack and
/// where the gate record starts (0: no record).
const SEGMENTS_AT: usize = 3;
const HEAD_WORDS: usize = SEGMENTS_AT + MAX_SEGMENTS * SEGMENT_WORDS;
/// Gate values recorded per row (`RECORD_SLOTS` in shaders/lora_segments.wgsl): a router's
/// experts at most.
pub const RECORD_SLOTS: usize = crate::model::lora::MAX_EXPERTS;

/// A resident adapter, as the model knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LoraId(pub u32);

/// How a segment's gate is found per row (`GATE_*` in shaders/lora_segments.wgsl).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateKind {
    /// 1 on mask rows, and the segment does not act on real rows (multi-token prediction).
    Mask,
    /// The request's weight on every row: a plain LoRA.
    Const,
    /// σ(w·input + b) on every row, times the request's weight: `w` is the part's last A row.
    Learned,
    /// softmax(W·input + b)[e] weighs expert e's share of the rank (rank / experts columns of B
    /// each), times the request's weight: W is the part's last `experts` A rows.
    Router { experts: u32 },
}

impl GateKind {
    /// The segment's gate word: the kind in the low byte, a router's experts above it.
    fn word(self) -> u32 {
        match self {
            GateKind::Mask => 0,
            GateKind::Const => 1,
            GateKind::Learned => 2,
            GateKind::Router { experts } => 3 | experts << 8,
        }
    }
}

/// One adapter's LoRA for one (fused) projection: its targets' A rows stacked (then its gate's
/// rows: one for a learned gate, one per expert for a router), B over the projection's outputs.
#[derive(Debug, Clone)]
pub struct PartWeights {
    /// `rows × k`, row-major.
    pub a: Vec<f32>,
    /// `n_out × rank`, row-major.
    pub b: Vec<f32>,
    /// B's columns (a router's experts' together).
    pub rank: usize,
    pub gate: GateKind,
    /// alpha / rank.
    pub scale: f32,
    /// The gate's biases: one for a learned gate, one per expert for a router, else none.
    pub bias: Vec<f32>,
}

impl PartWeights {
    /// A domain adapter's parts, `[layer][group]`: a gate's rows after its group's A rows.
    pub fn of_domain(cfg: &Config, adapter: &DomainAdapter) -> Vec<[Option<PartWeights>; 4]> {
        let rank = adapter.rank * adapter.experts;
        adapter
            .layers
            .iter()
            .zip(&adapter.gates)
            .map(|(pairs, gates)| {
                std::array::from_fn(|g| {
                    let (mut a, b) = fuse(cfg, pairs, GROUPS[g].1, rank)?;
                    let (gate, bias) = match (&gates[g], adapter.gate) {
                        (Some(w), GateType::Learned) => (GateKind::Learned, w),
                        (Some(w), GateType::Router) => (GateKind::Router { experts: adapter.experts as u32 }, w),
                        _ => return Some(PartWeights { a, b, rank, gate: GateKind::Const, scale: adapter.scale, bias: Vec::new() }),
                    };
                    a.extend_from_slice(&bias.w);
                    Some(PartWeights { a, b, rank, gate, scale: adapter.scale, bias: bias.b.clone() })
                })
            })
            .collect()
    }
}

/// Where a resident part lies in its projection's buffer, in floats.
#[derive(Debug, Clone, Copy)]
struct Part {
    id: LoraId,
    a_at: usize,
    b_at: usize,
    /// Where the gate's biases lie, after B.
    bias_at: usize,
    /// Rows of t (of A).
    rows: usize,
    rank: usize,
    floats: usize,
    gate: GateKind,
    scale: f32,
}

/// The adapters a request runs: a multi-token-prediction adapter on mask rows, domain adapters
/// on every row with a weight each, in this order; whether their gates are recorded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Active {
    pub mtp: Option<LoraId>,
    pub domains: Vec<(LoraId, f32)>,
    pub record: bool,
}

/// A gated projection's LoRA buffer and the dispatches bound to it.
pub struct ProjectionLora {
    buffer: wgpu::Buffer,
    parts: Vec<Part>,
    /// `lora_a` (t = A·input), then the projection's matmul.
    t: Bound,
    matmul: Bound,
    /// Whether the head lists any segment (no dispatch of `lora_a` otherwise).
    running: bool,
    /// Whether the head asks for the gate record (a learned or router segment runs).
    recording: bool,
    /// Rows the record holds: the model's rows per pass.
    record_rows: usize,
}

impl ProjectionLora {
    /// The buffer of `linear` with `old`'s parts but `remove`, plus `add`; None when no part is
    /// left. Copies of the kept parts go into `copies`; the new part is uploaded. After the head
    /// lies the gate record of `record_rows` rows.
    #[allow(clippy::too_many_arguments)]
    pub fn rebuild(
        gpu: &Gpu,
        kernels: &Kernels,
        linear: &Linear,
        old: Option<&ProjectionLora>,
        remove: Option<LoraId>,
        add: Option<(LoraId, &PartWeights)>,
        record_rows: usize,
        copies: &mut wgpu::CommandEncoder,
    ) -> Result<Option<ProjectionLora>> {
        let k = linear.inputs();
        let mut parts = Vec::new();
        let mut at = HEAD_WORDS + record_rows * RECORD_SLOTS;
        let mut moves = Vec::new();
        for p in old.map_or(&[][..], |o| &o.parts[..]).iter().filter(|p| Some(p.id) != remove) {
            moves.push((p.a_at, at, p.floats));
            parts.push(Part { a_at: at, b_at: at + p.b_at - p.a_at, bias_at: at + p.bias_at - p.a_at, ..*p });
            at += p.floats;
        }
        let mut upload = None;
        if let Some((id, w)) = add {
            let rows = w.a.len() / k;
            let gate_rows = match w.gate {
                GateKind::Mask | GateKind::Const => 0,
                GateKind::Learned => 1,
                GateKind::Router { experts } => experts as usize,
            };
            let split = gate_rows <= 1 || w.rank % gate_rows == 0;
            if rows * k != w.a.len() || w.rank == 0 || w.b.len() != linear.outputs() * w.rank || rows > LORA_ROWS || w.bias.len() != gate_rows || !split {
                return Err(Error::Adapter(format!(
                    "a LoRA part of {} A values, rank {} and gate {:?} does not fit a projection of {k} inputs and {} outputs ({LORA_ROWS} rows of A at most)",
                    w.a.len(),
                    w.rank,
                    w.gate,
                    linear.outputs()
                )));
            }
            let floats = w.a.len() + w.b.len() + w.bias.len();
            let (b_at, bias_at) = (at + w.a.len(), at + w.a.len() + w.b.len());
            parts.push(Part { id, a_at: at, b_at, bias_at, rows, rank: w.rank, floats, gate: w.gate, scale: w.scale });
            upload = Some((at, [w.a.as_slice(), w.b.as_slice(), w.bias.as_slice()].concat()));
            at += floats;
        }
        if parts.is_empty() {
            return Ok(None);
        }
        let buffer = gpu.storage_empty("lora", (at * 4) as u64)?;
        gpu.queue.write_buffer(&buffer, 0, bytemuck::cast_slice(&[0u32; HEAD_WORDS]));
        if let Some(o) = old {
            for (from, to, floats) in moves {
                copies.copy_buffer_to_buffer(&o.buffer, (from * 4) as u64, &buffer, (to * 4) as u64, (floats * 4) as u64);
            }
        }
        if let Some((at, values)) = upload {
            gpu.upload(&buffer, (at * 4) as u64, bytemuck::cast_slice(&values));
        }
        let (t, matmul) = linear.bind_lora(gpu, kernels, &buffer)?;
        Ok(Some(ProjectionLora { buffer, parts, t, matmul, running: false, recording: false, record_rows }))
    }

    /// The bytes of this projection's buffer, given back to the device's count when it goes.
    pub fn release(self, gpu: &Gpu) {
        gpu.release(&self.buffer);
    }

    /// Writes the head for `active`: its domain adapters that reach this projection, in order,
    /// then its multi-token-prediction adapter; counts what they cost per row.
    pub fn write_head(&mut self, gpu: &Gpu, kernels: &Kernels, linear: &Linear, active: &Active) -> Result<()> {
        let find = |id: LoraId| self.parts.iter().find(|p| p.id == id);
        let mut run: Vec<(Part, f32)> = active.domains.iter().filter_map(|&(id, w)| find(id).map(|p| (*p, w))).collect();
        run.extend(active.mtp.and_then(find).map(|p| (*p, 1.0)));
        let rows: usize = run.iter().map(|(p, _)| p.rows).sum();
        if run.len() > MAX_SEGMENTS || rows > LORA_ROWS {
            return Err(Error::InvalidArgument(format!(
                "these adapters together put {} LoRAs and {rows} rows of A on one projection; at most {MAX_SEGMENTS} and {LORA_ROWS} run at once",
                run.len()
            )));
        }
        let mut head = vec![0u32; HEAD_WORDS];
        self.recording = active.record && run.iter().any(|(p, _)| matches!(p.gate, GateKind::Learned | GateKind::Router { .. }));
        (head[0], head[1], head[2]) = (run.len() as u32, rows as u32, if self.recording { HEAD_WORDS as u32 } else { 0 });
        let mut t0 = 0;
        for (s, (p, weight)) in run.iter().enumerate() {
            let words = [p.a_at as u32, p.b_at as u32, t0 as u32, p.rows as u32, p.rank as u32, p.gate.word(), (p.scale * weight).to_bits(), p.bias_at as u32];
            head[SEGMENTS_AT + s * SEGMENT_WORDS..][..SEGMENT_WORDS].copy_from_slice(&words);
            t0 += p.rows;
        }
        gpu.queue.write_buffer(&self.buffer, 0, bytemuck::cast_slice(&head));
        self.running = !run.is_empty();
        let ranks = run.iter().map(|(p, _)| p.rank as u64).sum();
        let (bytes, flops) = kernels.matmul.gated_cost(linear.op(), ranks);
        self.matmul.set_gated_cost(bytes, flops);
        let k = linear.inputs() as u64;
        self.t.set_gated_cost(4 * rows as u64 * k, 2 * rows as u64 * k);
        Ok(())
    }

    /// Records the projection with its LoRAs for a pass of `rows` rows.
    pub fn encode(&self, enc: &mut Encoder<'_>, rows: u32) {
        if self.running {
            self.t.encode(enc, rows);
        }
        self.matmul.encode(enc, rows);
    }

    /// Copies the gate record of the first `rows` rows (`RECORD_SLOTS` floats each) to `to` at
    /// `offset`, if the head asks for one; the bytes copied.
    pub fn copy_record(&self, commands: &mut wgpu::CommandEncoder, rows: usize, to: &wgpu::Buffer, offset: u64) -> u64 {
        if !self.recording {
            return 0;
        }
        let bytes = (rows.min(self.record_rows) * RECORD_SLOTS * 4) as u64;
        commands.copy_buffer_to_buffer(&self.buffer, (HEAD_WORDS * 4) as u64, to, offset, bytes);
        bytes
    }

    pub fn holds(&self, id: LoraId) -> bool {
        self.parts.iter().any(|p| p.id == id)
    }

    pub fn bytes(&self) -> u64 {
        self.buffer.size()
    }
}
