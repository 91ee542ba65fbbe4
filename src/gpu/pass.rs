//! What one forward pass is made of, as the CPU describes it and the kernels read it: its rows
//! (docs/DESIGN.md §3 for the layouts decoding builds), which rows get logits or feed the sampler
//! head, and the verification of drafts.

use crate::gpu::adapter::GpuAdapter;
use crate::gpu::ops::shared_struct;
use crate::sampling::Sampling;

/// Marks "no value" in the verification state (shaders/verify.wgsl).
pub const NONE: u32 = u32::MAX;

/// Deepest draft tree (drafts per path, masks per row).
pub const MAX_DEPTH: usize = 16;

/// Most nodes in one draft tree.
pub const MAX_TREE: usize = 64;

/// Longest verification state: `[accepted, z_base, bonus, path (MAX_DEPTH), next tree (MAX_TREE)]`
/// (shaders/verify.wgsl).
pub const STATE_WORDS: usize = 3 + MAX_DEPTH + MAX_TREE;

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
        /// ... and then to up to three ranges [start, start + len), in order.
        pub start0: u32,
        pub len0: u32,
        pub start1: u32,
        pub len1: u32,
        pub start2: u32,
        pub len2: u32,
        pub _pad: u32,
    }
}

impl Eq for Row {}

/// Ranges a row can see after its prefix.
pub const RANGES: usize = 3;

impl Row {
    /// Keys the row attends to.
    pub fn keys(&self) -> u32 {
        self.prefix.saturating_add(self.len0).saturating_add(self.len1).saturating_add(self.len2)
    }

    /// The ranges after the prefix, as (start, len).
    pub fn ranges(&self) -> [(u32, u32); RANGES] {
        [(self.start0, self.len0), (self.start1, self.len1), (self.start2, self.len2)]
    }

    /// A real token at `pos`, stored in slot `pos`, seeing every earlier slot and itself.
    pub fn causal(token: u32, pos: usize) -> Row {
        Row { token, pos: pos as u32, slot: pos as u32, prefix: pos as u32 + 1, ..Row::default() }
    }

    /// A row that sees the slots `[0, prefix)` and then `seen` (ascending), which must fall in at
    /// most `RANGES` runs of consecutive slots past the prefix; `None` when they do not.
    pub fn seeing(token: u32, pos: usize, slot: u32, gate: u32, prefix: u32, seen: &[u32]) -> Option<Row> {
        let mut prefix = prefix;
        let mut runs: Vec<(u32, u32)> = Vec::new();
        for &s in seen {
            match runs.last_mut() {
                None if s == prefix => prefix += 1,
                Some((start, len)) if *start + *len == s => *len += 1,
                _ => runs.push((s, 1)),
            }
        }
        if runs.len() > RANGES {
            return None;
        }
        runs.resize(RANGES, (0, 0));
        let [(start0, len0), (start1, len1), (start2, len2)] = [runs[0], runs[1], runs[2]];
        Some(Row { token, pos: pos as u32, slot, gate, prefix, start0, len0, start1, len1, start2, len2, _pad: 0 })
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

/// Speculative verification inside a pass. The real rows `0..parents.len()` are x0 and the nodes
/// of a draft tree (a chain is a tree), each a logit row in the same order; `parents[i]` is node
/// i's parent row (`NONE` for x0), and a node follows its parent. `group_z[i]` is where row i's
/// masks start among the pass's mask rows (`NONE` without masks).
pub struct Verify<'a> {
    pub parents: &'a [u32],
    pub group_z: &'a [u32],
    /// Masks per real row: the depth of the next draft tree the sampler head builds.
    pub n_masks: usize,
    /// Children per node of that tree at depths 1..=n_masks (all 1: a chain).
    pub widths: &'a [usize],
}

impl Verify<'_> {
    /// Nodes of the next draft tree at each depth 1..=n_masks.
    pub fn depth_sizes(&self) -> Vec<usize> {
        self.widths
            .iter()
            .take(self.n_masks)
            .scan(1, |n, &w| {
                *n *= w;
                Some(*n)
            })
            .collect()
    }

    /// Whether an accepted path can leave the consecutive slots after x0 (some node is not the
    /// row right after its parent), so the cache must be compacted.
    pub fn branches(&self) -> bool {
        self.parents.iter().enumerate().skip(1).any(|(i, &p)| p as usize + 1 != i)
    }
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
    /// `[accepted, z_base, bonus, path rows (MAX_DEPTH), next draft tree]` (shaders/verify.wgsl).
    pub state: Vec<u32>,
    pub counters: Counters,
    /// CPU milliseconds from the call until the pass was submitted (validation, uniforms,
    /// recording): the host's cost of the pass, apart from the GPU's.
    pub encode_ms: f64,
}

/// What passes did, counted from the kernel plan as they were recorded: dispatches, bytes of
/// weight matrices read (base projections, head, LoRA A/B; a matmul re-reads its weights for
/// each tile of `matmul::Tile::rows` rows), and 2 × the multiply-adds with those matrices. Attention,
/// norms and the other small kernels add dispatches only. `rows` sums the passes' rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counters {
    pub dispatches: u64,
    pub weight_bytes: u64,
    pub flops: u64,
    pub rows: u64,
}

impl Counters {
    pub fn add(&mut self, other: Counters) {
        self.dispatches += other.dispatches;
        self.weight_bytes += other.weight_bytes;
        self.flops += other.flops;
        self.rows += other.rows;
    }

    /// What was counted after `before` (an earlier reading of the same running total).
    pub fn since(self, before: Counters) -> Counters {
        Counters {
            dispatches: self.dispatches - before.dispatches,
            weight_bytes: self.weight_bytes - before.weight_bytes,
            flops: self.flops - before.flops,
            rows: self.rows - before.rows,
        }
    }
}
