//! The sampler head's Linear → SiLU → LayerNorm tail: v = LN(silu(v + bias)) in place
//! (shaders/bias_silu_ln.wgsl).

use super::{bindings, shared_struct, Bound, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;

const WGSL: &str = include_str!("../../../shaders/bias_silu_ln.wgsl");

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

pub fn spec() -> KernelSpec {
    KernelSpec::new("bias_silu_ln", WGSL, &[], BslBindings::LAYOUT, vec![BslOp::layout()])
}

pub struct BiasSiluLn(Kernel);

impl BiasSiluLn {
    pub fn new(gpu: &Gpu) -> BiasSiluLn {
        BiasSiluLn(Kernel::new(gpu, &spec()))
    }

    /// One workgroup: the vector is a few hundred values.
    pub fn bind(&self, gpu: &Gpu, b: BslBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Fixed(1), Extent::Fixed(1)))
    }
}
