//! Causal (or tree) attention with GQA over the cache slots each row sees
//! (shaders/attention.wgsl).

use super::{bindings, shared_struct, Bound, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;

const WGSL: &str = include_str!("../../../shaders/attention.wgsl");

shared_struct! {
    pub struct AttnOp {
        pub n_heads: u32,
        pub n_kv_heads: u32,
        pub qkv_stride: u32,
        pub kv_dim: u32,
        pub out_stride: u32,
        pub scale: f32,
        pub _pad0: u32,
        pub _pad1: u32,
    }
}

bindings! {
    pub struct AttnBindings {
        qkv: Read "array<f32>",
        k_cache: Read "array<f32>",
        v_cache: Read "array<f32>",
        rows: Read "array<Row>",
        out: ReadWrite "array<f32>",
        op: Uniform "AttnOp",
        pass_: Uniform "PassParams",
    }
}

pub fn spec(head_dim: usize) -> KernelSpec {
    KernelSpec::new("attention", WGSL, &[("HEAD_DIM", &head_dim.to_string())], AttnBindings::LAYOUT, vec![AttnOp::layout()])
}

pub struct Attention(Kernel);

impl Attention {
    pub fn new(gpu: &Gpu, head_dim: usize) -> Attention {
        Attention(Kernel::new(gpu, &spec(head_dim)))
    }

    /// One workgroup per (query head, row).
    pub fn bind(&self, gpu: &Gpu, op: &AttnOp, b: AttnBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Fixed(op.n_heads), Extent::Rows))
    }
}
