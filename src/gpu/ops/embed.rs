//! x[row] = the row's token embedding, or its mask embedding on mask rows (shaders/embed.wgsl).

use super::{bindings, dequant, shared_struct, Bound, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;
use crate::model::weights::GpuFormat;

const WGSL: &str = include_str!("../../../shaders/embed.wgsl");

shared_struct! {
    pub struct EmbedOp {
        pub d: u32,
        pub vocab: u32,
        pub _pad0: u32,
        pub _pad1: u32,
    }
}

bindings! {
    pub struct EmbedBindings {
        w: Read "array<u32>",
        masks: Read "array<f32>",
        rows: Read "array<Row>",
        x: ReadWrite "array<vec4<f32>>",
        op: Uniform "EmbedOp",
        pass_: Uniform "PassParams",
        history: ReadWrite "array<u32>",
    }
}

pub fn spec(format: GpuFormat) -> KernelSpec {
    KernelSpec::new("embed", WGSL, &[("DEQUANT", dequant(format))], EmbedBindings::LAYOUT, vec![EmbedOp::layout()])
}

pub struct Embed(Kernel);

impl Embed {
    pub fn new(gpu: &Gpu, format: GpuFormat) -> Embed {
        Embed(Kernel::new(gpu, &spec(format)))
    }

    /// One thread per 8 dimensions of a row, 64 per workgroup; a workgroup row per pass row.
    pub fn bind(&self, gpu: &Gpu, d: usize, b: EmbedBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Fixed((d as u32 / 8).div_ceil(64)), Extent::Rows))
    }
}
