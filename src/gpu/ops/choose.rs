//! The token each logit row chooses: greedy, or the seeded draw after the repetition penalty and
//! the top-k / top-p cuts (shaders/choose.wgsl; `crate::sampling` is its CPU mirror).

use super::{bindings, plain_kernel, shared_struct, Bound, Extent};
use crate::gpu::Gpu;
use crate::sampling::Sampling;

shared_struct! {
    pub struct ChooseOp {
        pub vocab: u32,
        /// Row i's choices go to chosen[out_offset + i·top_w ..][..top_w].
        pub out_offset: u32,
        pub top_k: u32,
        pub last_n: u32,
        pub temperature: f32,
        pub top_p: f32,
        pub penalty: f32,
        pub seed_lo: u32,
        pub seed_hi: u32,
        /// Greedy rows: how many of the best tokens to write, best first (≤ `MAX_TOP_W`).
        pub top_w: u32,
        pub _pad1: u32,
        pub _pad2: u32,
    }
}

impl ChooseOp {
    pub fn new(vocab: usize, out_offset: usize, s: &Sampling) -> ChooseOp {
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
            top_w: 1,
            ..Default::default()
        }
    }
}

/// Most branches one greedy row may choose (shaders/choose.wgsl `picked`).
pub const MAX_TOP_W: usize = 16;

bindings! {
    pub struct ChooseBindings {
        logits: ReadWrite "array<f32>",
        chosen: ReadWrite "array<u32>",
        op: Uniform "ChooseOp",
        pass_: Uniform "PassParams",
        rows: Read "array<Row>",
        logit_rows: Read "array<u32>",
        history: Read "array<u32>",
    }
}

plain_kernel!(Choose, "choose", "choose.wgsl", ChooseBindings, ChooseOp);

impl Choose {
    /// One workgroup per logit row.
    pub fn bind(&self, gpu: &Gpu, b: ChooseBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Rows, Extent::Fixed(1)))
    }
}
