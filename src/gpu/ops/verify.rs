//! Acceptance on the GPU: the longest draft prefix equal to the model's own choices, the bonus
//! token, and where the accepted group's masks are (shaders/verify.wgsl).

use super::{bindings, shared_struct, Bound, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;

const WGSL: &str = include_str!("../../../shaders/verify.wgsl");

shared_struct! {
    pub struct VerifyOp {
        pub n_drafts: u32,
        pub n_masks: u32,
        pub _pad0: u32,
        pub _pad1: u32,
    }
}

bindings! {
    pub struct VerifyBindings {
        chosen: Read "array<u32>",
        rows: Read "array<Row>",
        group_z: Read "array<u32>",
        state: ReadWrite "array<u32>",
        op: Uniform "VerifyOp",
    }
}

pub fn spec() -> KernelSpec {
    KernelSpec::new("verify", WGSL, &[], VerifyBindings::LAYOUT, vec![VerifyOp::layout()])
}

pub struct Verify(Kernel);

impl Verify {
    pub fn new(gpu: &Gpu) -> Verify {
        Verify(Kernel::new(gpu, &spec()))
    }

    /// One thread: the walk along the drafts is sequential by nature and a few words long.
    pub fn bind(&self, gpu: &Gpu, b: VerifyBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Fixed(1), Extent::Fixed(1)))
    }
}
