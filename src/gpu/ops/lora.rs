//! The gated LoRA of one (fused) projection, on mask rows only: t = A·input (shaders/lora_a.wgsl,
//! the input read as the projection reads it), then y += scale · B·t (shaders/lora_b.wgsl). Rows whose gate is 0 are skipped, never
//! multiplied by zero, so real tokens stay exactly the base model (docs/DESIGN.md §2.3).

use super::input::{Input, InputKind};
use super::{bindings, declarations, shared_struct, Binding, Bound, Cost, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;

const WGSL_A: &str = include_str!("../../../shaders/lora_a.wgsl");
const WGSL_B: &str = include_str!("../../../shaders/lora_b.wgsl");

shared_struct! {
    pub struct LoraAOp {
        pub k: u32,
        pub n_out: u32,
        pub x_stride: u32,
        pub t_stride: u32,
        /// RMSNorm's epsilon, for `InputKind::Norm`.
        pub eps: f32,
        /// Head layout, for `InputKind::Attention`.
        pub n_heads: u32,
        pub head_dim: u32,
        pub _pad: u32,
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
        /// 0: y = the delta alone (a projection adds it in its epilogue).
        pub accumulate: u32,
    }
}

/// A's buffers; the input's come after them.
pub struct LoraABindings<'a> {
    pub a: &'a wgpu::Buffer,
    pub t: &'a wgpu::Buffer,
    pub op: &'a wgpu::Buffer,
    pub pass_: &'a wgpu::Buffer,
    pub rows: &'a wgpu::Buffer,
}

fn bindings_a(input: InputKind) -> Vec<Binding> {
    let mut all = vec![
        Binding::read("a", "array<f32>"),
        Binding::read("x", "array<vec4<f32>>"),
        Binding::read_write("t", "array<f32>"),
        Binding::uniform("op", "LoraAOp"),
        Binding::uniform("pass_", "PassParams"),
        Binding::read("rows", "array<Row>"),
    ];
    all.extend_from_slice(input.bindings());
    all
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

pub fn spec_a(input: InputKind) -> KernelSpec {
    let bindings = bindings_a(input);
    let declared = declarations(&bindings);
    let slots = [("BINDINGS", declared.as_str()), ("INPUT", input.wgsl())];
    KernelSpec::new("lora_a", WGSL_A, &slots, &bindings, vec![LoraAOp::layout()])
}

pub fn spec_b() -> KernelSpec {
    KernelSpec::new("lora_b", WGSL_B, &[], LoraBBindings::LAYOUT, vec![LoraBOp::layout()])
}

pub struct Lora {
    /// A, indexed by `InputKind`.
    a: Vec<Kernel>,
    b: Kernel,
}

impl Lora {
    pub fn new(gpu: &Gpu) -> Lora {
        Lora { a: InputKind::ALL.iter().map(|i| Kernel::new(gpu, &spec_a(*i))).collect(), b: Kernel::new(gpu, &spec_b()) }
    }

    /// One thread per output of A (or B), 64 per workgroup, per row.
    pub fn bind_a(&self, gpu: &Gpu, op: &LoraAOp, b: LoraABindings, input: &Input) -> Bound {
        let cost = Cost::GatedRows { weight_bytes: b.a.size(), flops: 2 * op.n_out as u64 * op.k as u64 };
        let kernel = &self.a[input.kind() as usize];
        let mut buffers = vec![b.a, input.x(), b.t, b.op, b.pass_, b.rows];
        buffers.extend(input.extra());
        Bound::new(kernel, gpu, &buffers, (Extent::Fixed(op.n_out.div_ceil(64)), Extent::Rows)).with_cost(cost)
    }

    pub fn bind_b(&self, gpu: &Gpu, op: &LoraBOp, b: LoraBBindings) -> Bound {
        let cost = Cost::GatedRows { weight_bytes: b.b.size(), flops: 2 * op.n_out as u64 * op.rank as u64 };
        Bound::new(&self.b, gpu, &b.buffers(), (Extent::Fixed(op.n_out.div_ceil(64)), Extent::Rows)).with_cost(cost)
    }
}
