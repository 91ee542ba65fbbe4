//! Acceptance on the GPU: the deepest draft-tree node whose whole path equals the model's own
//! choices, the bonus token, and where that node's masks are (shaders/verify.wgsl).

use super::{bindings, shared_struct, Bound, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::pass::MAX_DEPTH;
use crate::gpu::Gpu;

const WGSL: &str = include_str!("../../../shaders/verify.wgsl");

shared_struct! {
    pub struct VerifyOp {
        /// Real rows: x0 and the draft tree's nodes.
        pub n_nodes: u32,
        pub n_masks: u32,
        /// Words of the next draft tree the sampler head writes.
        pub n_drafts: u32,
        pub _pad: u32,
    }
}

bindings! {
    pub struct VerifyBindings {
        chosen: Read "array<u32>",
        rows: Read "array<Row>",
        nodes: Read "array<vec2<u32>>",
        state: ReadWrite "array<u32>",
        op: Uniform "VerifyOp",
    }
}

pub fn spec() -> KernelSpec {
    KernelSpec::new("verify", WGSL, &[("MAX_DEPTH", &MAX_DEPTH.to_string())], VerifyBindings::LAYOUT, vec![VerifyOp::layout()])
}

pub struct Verify(Kernel);

impl Verify {
    pub fn new(gpu: &Gpu) -> Verify {
        Verify(Kernel::new(gpu, &spec()))
    }

    /// One thread: the walk down the tree is sequential by nature and a few nodes deep.
    pub fn bind(&self, gpu: &Gpu, b: VerifyBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Fixed(1), Extent::Fixed(1)))
    }
}
