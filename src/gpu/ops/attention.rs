//! Causal (or tree) attention with GQA over the cache slots each row sees, split over the keys
//! (shaders/attention.wgsl); the o projection combines the splits (`InputKind::Attention`).

use super::{bindings, opaque_uniforms, shared_struct, Bound, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::pass::PassParams;
use crate::gpu::Gpu;

const WGSL: &str = include_str!("../../../shaders/attention.wgsl");

shared_struct! {
    pub struct AttnOp {
        pub n_heads: u32,
        pub n_kv_heads: u32,
        pub qkv_stride: u32,
        pub kv_dim: u32,
        pub scale: f32,
        /// Where V starts in the cache buffer (after K), in floats.
        pub v_at: u32,
        pub _pad1: u32,
        pub _pad2: u32,
    }
}

bindings! {
    pub struct AttnBindings {
        qkv: Read "array<f32>",
        kv_cache: Read "array<f32>",
        rows: Read "array<Row>",
        out: ReadWrite "array<f32>",
        op_u: Uniform "AttnOp",
        pass_u: Uniform "PassParams",
    }
}

/// Floats of one split's record per query head: [m, l, 0, 0, acc...].
pub fn record(head_dim: usize) -> usize {
    head_dim + 4
}

/// `group` query heads share each KV head; a split covers `keys_per_split` visible keys, a
/// multiple of the workgroup's 32 threads (`Shape::for_device` says why each device gets its own).
pub fn spec(head_dim: usize, group: usize, keys_per_split: u32) -> KernelSpec {
    let opaque = opaque_uniforms(&[("op", "op_u", AttnOp::layout()), ("pass_", "pass_u", PassParams::layout())]);
    let slots = [("HEAD_DIM", head_dim.to_string()), ("GROUP", group.to_string()), ("KEYS", keys_per_split.to_string()), ("OPAQUE_UNIFORMS", opaque)];
    let slots: Vec<(&str, &str)> = slots.iter().map(|(k, v)| (*k, v.as_str())).collect();
    KernelSpec::new("attention", WGSL, &slots, AttnBindings::LAYOUT, vec![AttnOp::layout()])
}

pub struct Attention(Kernel);

impl Attention {
    pub fn new(gpu: &Gpu, head_dim: usize, group: usize, keys_per_split: u32) -> Attention {
        Attention(Kernel::new(gpu, &spec(head_dim, group, keys_per_split)))
    }

    /// One workgroup per (KV head, split, row).
    pub fn bind(&self, gpu: &Gpu, op: &AttnOp, b: AttnBindings) -> Bound {
        Bound::new(&self.0, gpu, &b.buffers(), (Extent::Splits(op.n_kv_heads), Extent::Rows))
    }
}
