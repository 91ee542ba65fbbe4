//! What one forward pass is made of, as the CPU describes it and the kernels read it: its rows
//! (docs/DESIGN.md §3 for the layouts decoding builds), which rows get logits or feed the sampler
//! head, and the verification of drafts.

use crate::gpu::adapter::GpuAdapter;
use crate::gpu::ops::shared_struct;
use crate::sampling::Sampling;

/// Marks "no value" in the verification state (shaders/verify.wgsl).
pub const NONE: u32 = u32::MAX;

/// Longest verification state: `[accepted, z_base, y_0..y_16]`.
pub const STATE_WORDS: usize = 3 + 16;

shared_struct! {
    /// One row of a pass (shaders/common.wgsl `Row`).
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
}

impl Eq for Row {}

impl Row {
    /// Keys the row attends to.
    pub fn keys(&self) -> u32 {
        self.prefix.saturating_add(self.extra_len)
    }

    /// A real token at `pos`, stored in slot `pos`, seeing every earlier slot and itself.
    pub fn causal(token: u32, pos: usize) -> Row {
        Row { token, pos: pos as u32, slot: pos as u32, gate: 0, prefix: pos as u32 + 1, extra_start: 0, extra_len: 0, _pad: 0 }
    }
}

/// Attention splits a pass needs: its longest row's keys in splits of `keys_per_split`.
pub fn splits(rows: &[Row], keys_per_split: u32) -> u32 {
    rows.iter().map(Row::keys).max().unwrap_or(0).div_ceil(keys_per_split)
}

shared_struct! {
    /// The sizes of the pass every kernel reads (shaders/common.wgsl `PassParams`).
    pub struct PassParams {
        pub n_rows: u32,
        /// Rows that get logits (indices in `logit_rows`).
        pub n_logits: u32,
        /// Mask rows whose final hidden state feeds the sampler head (indices in `mask_rows`).
        pub n_masks: u32,
        /// Attention splits of `Shape::keys_per_split` visible keys: the most any row has.
        pub splits: u32,
    }
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

/// What a pass returns: the chosen token for each logit row, the logits when asked, and the
/// verification state when the pass verified drafts.
pub struct PassOutput {
    pub chosen: Vec<u32>,
    pub logits: Option<Vec<f32>>,
    /// `[accepted, z_base, y_0 = bonus, y_1..y_k = next drafts]` (shaders/verify.wgsl).
    pub state: Vec<u32>,
    pub counters: Counters,
    /// CPU milliseconds from the call until the pass was submitted (validation, uniforms,
    /// recording): the host's cost of the pass, apart from the GPU's.
    pub encode_ms: f64,
}

/// What passes did, counted from the kernel plan as they were recorded: dispatches, bytes of
/// weight matrices read (base projections, head, LoRA A/B; a matmul re-reads its weights for
/// each tile of `matmul::Tile::rows` rows), and 2 × the multiply-adds with those matrices. Attention,
/// norms and the other small kernels add dispatches only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counters {
    pub dispatches: u64,
    pub weight_bytes: u64,
    pub flops: u64,
}

impl Counters {
    pub fn add(&mut self, other: Counters) {
        self.dispatches += other.dispatches;
        self.weight_bytes += other.weight_bytes;
        self.flops += other.flops;
    }

    /// What was counted after `before` (an earlier reading of the same running total).
    pub fn since(self, before: Counters) -> Counters {
        Counters {
            dispatches: self.dispatches - before.dispatches,
            weight_bytes: self.weight_bytes - before.weight_bytes,
            flops: self.flops - before.flops,
        }
    }
}
