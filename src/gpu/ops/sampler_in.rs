//! The sampler head's input at draft depth j, one row per parent node: u = [E(y); z_j], and for a
//! residual head the start of its output, z_j + b2, which the second layer adds to
//! (shaders/sampler_in.wgsl).

use super::{bindings, dequant, shared_struct, Bound, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;
use crate::model::weights::GpuFormat;

const WGSL: &str = include_str!("../../../shaders/sampler_in.wgsl");

shared_struct! {
    pub struct SamplerInOp {
        pub d: u32,
        pub vocab: u32,
        /// The draft depth this input is for, 1..=k.
        pub j: u32,
        /// Where the parents' tokens start in the verification state.
        pub parent_at: u32,
        /// 1 for a residual head (`SamplerKind::Residual`): `res` gets z_j + b2.
        pub residual: u32,
        pub _pad0: u32,
        pub _pad1: u32,
        pub _pad2: u32,
    }
}

bindings! {
    pub struct SamplerInBindings {
        w: Read "array<u32>",
        z: Read "array<vec4<f32>>",
        state: Read "array<u32>",
        u: ReadWrite "array<vec4<f32>>",
        b2: Read "array<vec4<f32>>",
        res: ReadWrite "array<vec4<f32>>",
        op: Uniform "SamplerInOp",
    }
}

pub fn spec(format: GpuFormat) -> KernelSpec {
    KernelSpec::new("sampler_in", WGSL, &[("DEQUANT", dequant(format))], SamplerInBindings::LAYOUT, vec![SamplerInOp::layout()])
}

pub struct SamplerIn(Kernel);

impl SamplerIn {
    pub fn new(gpu: &Gpu, format: GpuFormat) -> SamplerIn {
        SamplerIn(Kernel::new(gpu, &spec(format)))
    }

    /// One thread per 8 of a row's 2·d inputs.
    pub fn bind(&self, gpu: &Gpu, d: usize, b: SamplerInBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Fixed((2 * d as u32 / 8).div_ceil(64)), Extent::Rows))
    }
}
