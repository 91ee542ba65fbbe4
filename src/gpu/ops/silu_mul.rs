//! act = silu(gate) · up over the fused [gate | up] projection (shaders/silu_mul.wgsl).

use super::{bindings, plain_kernel, shared_struct, Bound, Extent};
use crate::gpu::Gpu;

shared_struct! {
    pub struct SiluOp {
        pub ffn: u32,
        pub _pad0: u32,
        pub _pad1: u32,
        pub _pad2: u32,
    }
}

bindings! {
    pub struct SiluBindings {
        gate_up: Read "array<f32>",
        act: ReadWrite "array<f32>",
        op: Uniform "SiluOp",
        pass_: Uniform "PassParams",
    }
}

plain_kernel!(SiluMul, "silu_mul", "silu_mul.wgsl", SiluBindings, SiluOp);

impl SiluMul {
    pub fn bind(&self, gpu: &Gpu, ffn: usize, b: SiluBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Fixed((ffn as u32).div_ceil(64)), Extent::Rows))
    }
}
