//! Acceptance on the GPU: the longest draft prefix equal to the model's own choices, the bonus
//! token, and where the accepted group's masks are (shaders/verify.wgsl).

use super::{bindings, plain_kernel, shared_struct, Bound, Extent};
use crate::gpu::Gpu;

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

plain_kernel!(Verify, "verify", "verify.wgsl", VerifyBindings, VerifyOp);

impl Verify {
    /// One thread: the walk along the drafts is sequential by nature and a few words long.
    pub fn bind(&self, gpu: &Gpu, b: VerifyBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Fixed(1), Extent::Fixed(1)))
    }
}
