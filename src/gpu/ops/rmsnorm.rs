//! The final norm of the mask rows the sampler head reads: out[i] = weight · x[index[i]] /
//! sqrt(mean(x[index[i]]²) + eps) (shaders/rmsnorm.wgsl).

use super::{bindings, plain_kernel, shared_struct, Bound, Extent};
use crate::gpu::Gpu;

shared_struct! {
    pub struct NormOp {
        pub d: u32,
        pub eps: f32,
        pub _pad0: u32,
        pub _pad1: u32,
    }
}

bindings! {
    pub struct NormBindings {
        x: Read "array<f32>",
        weight: Read "array<f32>",
        out: ReadWrite "array<f32>",
        op: Uniform "NormOp",
        pass_: Uniform "PassParams",
        index: Read "array<u32>",
    }
}

plain_kernel!(RmsNorm, "rmsnorm", "rmsnorm.wgsl", NormBindings, NormOp);

impl RmsNorm {
    /// One workgroup per mask row.
    pub fn bind(&self, gpu: &Gpu, b: NormBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Rows, Extent::Fixed(1)))
    }
}
