//! out[i] = weight · x[src] / sqrt(mean(x[src]²) + eps) (shaders/rmsnorm.wgsl).

use super::{bindings, plain_kernel, shared_struct, Bound, Extent};
use crate::gpu::Gpu;

/// Which rows a norm reads: every row of the pass, or row `index[i]` for the i-th logit or mask
/// row (the final norm runs only where logits or sampler inputs are needed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gather {
    All = 0,
    LogitRows = 1,
    MaskRows = 2,
}

shared_struct! {
    pub struct NormOp {
        pub d: u32,
        pub eps: f32,
        pub gather: u32,
        pub _pad: u32,
    }
}

impl NormOp {
    pub fn new(d: usize, eps: f32, gather: Gather) -> NormOp {
        NormOp { d: d as u32, eps, gather: gather as u32, _pad: 0 }
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
    /// One workgroup per row it normalises.
    pub fn bind(&self, gpu: &Gpu, b: NormBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Rows, Extent::Fixed(1)))
    }
}
