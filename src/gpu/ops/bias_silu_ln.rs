//! The sampler head's Linear → SiLU → LayerNorm tail: v = LN(silu(v + bias)) in place
//! (shaders/bias_silu_ln.wgsl).

use super::{bindings, plain_kernel, shared_struct, Bound, Extent};
use crate::gpu::Gpu;

shared_struct! {
    pub struct BslOp {
        pub n: u32,
        pub eps: f32,
        pub _pad0: u32,
        pub _pad1: u32,
    }
}

bindings! {
    pub struct BslBindings {
        v: ReadWrite "array<f32>",
        bias: Read "array<f32>",
        ln_w: Read "array<f32>",
        ln_b: Read "array<f32>",
        op: Uniform "BslOp",
    }
}

plain_kernel!(BiasSiluLn, "bias_silu_ln", "bias_silu_ln.wgsl", BslBindings, BslOp);

impl BiasSiluLn {
    /// One workgroup per row: a row is a few hundred values.
    pub fn bind(&self, gpu: &Gpu, b: BslBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Rows, Extent::Fixed(1)))
    }
}
