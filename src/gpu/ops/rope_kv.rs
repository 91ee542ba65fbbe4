//! Rotates q and k in place and writes k and v to the rows' cache slots (shaders/rope_kv.wgsl).

use super::{bindings, plain_kernel, shared_struct, Bound, Extent};
use crate::gpu::Gpu;

shared_struct! {
    pub struct RopeOp {
        pub n_heads: u32,
        pub n_kv_heads: u32,
        pub head_dim: u32,
        pub qkv_stride: u32,
    }
}

bindings! {
    pub struct RopeBindings {
        qkv: ReadWrite "array<f32>",
        rope: Read "array<vec2<f32>>",
        rows: Read "array<Row>",
        k_cache: ReadWrite "array<f32>",
        v_cache: ReadWrite "array<f32>",
        op: Uniform "RopeOp",
        pass_: Uniform "PassParams",
    }
}

plain_kernel!(RopeKv, "rope_kv", "rope_kv.wgsl", RopeBindings, RopeOp);

impl RopeKv {
    /// One thread per (head, dimension pair) of q|k|v, 64 per workgroup, per row.
    pub fn bind(&self, gpu: &Gpu, op: &RopeOp, b: RopeBindings) -> Bound {
        let pairs = (op.n_heads + 2 * op.n_kv_heads) * op.head_dim / 2;
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Fixed(pairs.div_ceil(64)), Extent::Rows))
    }
}
