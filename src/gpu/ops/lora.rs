//! The gated LoRA of one (fused) projection, on mask rows only: t = A·x (shaders/lora_a.wgsl),
//! then y += scale · B·t (shaders/lora_b.wgsl). Rows whose gate is 0 are skipped, never
//! multiplied by zero, so real tokens stay exactly the base model (docs/DESIGN.md §2.3).

use super::{bindings, shared_struct, Bound, Cost, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;

const WGSL_A: &str = include_str!("../../../shaders/lora_a.wgsl");
const WGSL_B: &str = include_str!("../../../shaders/lora_b.wgsl");

shared_struct! {
    pub struct LoraAOp {
        pub k: u32,
        pub n_out: u32,
        pub x_stride: u32,
        pub t_stride: u32,
    }
}

shared_struct! {
    pub struct LoraBOp {
        pub n_out: u32,
        pub rank: u32,
        pub y_stride: u32,
        pub t_stride: u32,
        /// Where the second and third fused target's outputs start (u32::MAX: no such target).
        pub bound1: u32,
        pub bound2: u32,
        pub scale: f32,
        pub _pad: u32,
    }
}

bindings! {
    pub struct LoraABindings {
        a: Read "array<f32>",
        x: Read "array<f32>",
        t: ReadWrite "array<f32>",
        op: Uniform "LoraAOp",
        pass_: Uniform "PassParams",
        rows: Read "array<Row>",
    }
}

bindings! {
    pub struct LoraBBindings {
        b: Read "array<f32>",
        t: Read "array<f32>",
        y: ReadWrite "array<f32>",
        op: Uniform "LoraBOp",
        pass_: Uniform "PassParams",
        rows: Read "array<Row>",
    }
}

pub fn spec_a() -> KernelSpec {
    KernelSpec::new("lora_a", WGSL_A, &[], LoraABindings::LAYOUT, vec![LoraAOp::layout()])
}

pub fn spec_b() -> KernelSpec {
    KernelSpec::new("lora_b", WGSL_B, &[], LoraBBindings::LAYOUT, vec![LoraBOp::layout()])
}

pub struct Lora {
    a: Kernel,
    b: Kernel,
}

impl Lora {
    pub fn new(gpu: &Gpu) -> Lora {
        Lora { a: Kernel::new(gpu, &spec_a()), b: Kernel::new(gpu, &spec_b()) }
    }

    /// One thread per output of A (or B), 64 per workgroup, per row.
    pub fn bind_a(&self, gpu: &Gpu, op: &LoraAOp, b: LoraABindings) -> Bound {
        let cost = Cost::GatedRows { weight_bytes: b.a.size(), flops: 2 * op.n_out as u64 * op.k as u64 };
        Bound::new(&self.a, gpu, &b.buffers(), (Extent::Fixed(op.n_out.div_ceil(64)), Extent::Rows)).with_cost(cost)
    }

    pub fn bind_b(&self, gpu: &Gpu, op: &LoraBOp, b: LoraBBindings) -> Bound {
        let cost = Cost::GatedRows { weight_bytes: b.b.size(), flops: 2 * op.n_out as u64 * op.rank as u64 };
        Bound::new(&self.b, gpu, &b.buffers(), (Extent::Fixed(op.n_out.div_ceil(64)), Extent::Rows)).with_cost(cost)
    }
}
