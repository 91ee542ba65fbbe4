//! Causal (or tree) attention with GQA over the cache slots each row sees, split over the keys
//! (shaders/attention.wgsl); the o projection combines the splits (`InputKind::Attention`).

use super::{bindings, shared_struct, Bound, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;

const WGSL: &str = include_str!("../../../shaders/attention.wgsl");

shared_struct! {
    pub struct AttnOp {
        pub n_heads: u32,
        pub n_kv_heads: u32,
        pub qkv_stride: u32,
        pub kv_dim: u32,
        pub scale: f32,
        pub _pad0: u32,
        pub _pad1: u32,
        pub _pad2: u32,
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

/// Visible keys per split (the shader's KEYS): a 1-row pass over 512 positions launches
/// 16 splits × KV heads workgroups, where one per query head gave too few to fill a GPU.
pub const KEYS_PER_SPLIT: usize = 32;

/// Floats of one split's record per query head: [m, l, 0, 0, acc...].
pub fn record(head_dim: usize) -> usize {
    head_dim + 4
}

/// `group` query heads share each KV head.
pub fn spec(head_dim: usize, group: usize) -> KernelSpec {
    let slots = [("HEAD_DIM", head_dim.to_string()), ("GROUP", group.to_string())];
    let slots: Vec<(&str, &str)> = slots.iter().map(|(k, v)| (*k, v.as_str())).collect();
    KernelSpec::new("attention", WGSL, &slots, AttnBindings::LAYOUT, vec![AttnOp::layout()])
}

pub struct Attention(Kernel);

impl Attention {
    pub fn new(gpu: &Gpu, head_dim: usize, group: usize) -> Attention {
        Attention(Kernel::new(gpu, &spec(head_dim, group)))
    }

    /// One workgroup per (KV head, split, row).
    pub fn bind(&self, gpu: &Gpu, op: &AttnOp, b: AttnBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Splits(op.n_kv_heads), Extent::Rows))
    }
}
