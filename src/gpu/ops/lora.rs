//! t = A·input of a projection's gated LoRAs, once per pass (shaders/lora_a.wgsl), into the tail
//! of the projection's output, where its dispatch loads it and adds g·B·t (shaders/matmul_lora.wgsl).

use super::input::{Input, InputKind};
use super::matmul::{LORA_ROWS, LORA_SEGMENTS};
use super::{declarations, opaque_uniforms, shared_struct, Binding, Bound, Cost, Extent, Kernel, KernelSpec, Shared};
use crate::error::{Error, Result};
use crate::gpu::pass::PassParams;
use crate::gpu::Gpu;

const WGSL: &str = include_str!("../../../shaders/lora_a.wgsl");
/// Threads that share one row of t (64 per workgroup).
const LANES: usize = 16;

shared_struct! {
    pub struct LoraAOp {
        pub k: u32,
        pub x_stride: u32,
        /// Where t starts in the output buffer, in floats (`LORA_ROWS` per row).
        pub t_at: u32,
        /// RMSNorm's epsilon, for `InputKind::Norm`.
        pub eps: f32,
        /// Head layout, for `InputKind::Attention`.
        pub n_heads: u32,
        pub head_dim: u32,
    }
}

/// A's buffers; the input's come after them.
pub struct LoraABindings<'a> {
    /// The segments' head, A and B (which this kernel does not read).
    pub a: &'a wgpu::Buffer,
    /// The projection's output buffer, whose tail holds t.
    pub t: &'a wgpu::Buffer,
    pub op: &'a wgpu::Buffer,
    pub pass_: &'a wgpu::Buffer,
    pub rows: &'a wgpu::Buffer,
}

fn bindings(input: InputKind) -> Vec<Binding> {
    let mut all = vec![
        Binding::read("lora", "array<f32>"),
        Binding::read("x", "array<vec4<f32>>"),
        Binding::read_write("t", "array<f32>"),
        Binding::uniform("op_u", "LoraAOp"),
        Binding::uniform("pass_u", "PassParams"),
        Binding::read("rows", "array<Row>"),
    ];
    all.extend_from_slice(input.bindings());
    all
}

pub fn spec(input: InputKind) -> KernelSpec {
    let bindings = bindings(input);
    let declared = declarations(&bindings);
    let opaque = opaque_uniforms(&[("op", "op_u", LoraAOp::layout()), ("pass_", "pass_u", PassParams::layout())]);
    let (lora_rows, lanes) = (LORA_ROWS.to_string(), LANES.to_string());
    let slots = [
        ("BINDINGS", declared.as_str()),
        ("INPUT", &input.wgsl()),
        ("LORA_SEGMENTS", LORA_SEGMENTS),
        ("LORA_ROWS", &lora_rows),
        ("LANES", &lanes),
        ("OPAQUE_UNIFORMS", &opaque),
    ];
    KernelSpec::new("lora_a", WGSL, &slots, &bindings, vec![LoraAOp::layout()])
}

/// The kernel per input kind of a gated projection.
pub struct LoraA(Vec<(InputKind, Kernel)>);

impl LoraA {
    pub fn new(gpu: &Gpu) -> LoraA {
        LoraA(InputKind::GATED.iter().map(|&i| (i, Kernel::new(gpu, &spec(i)))).collect())
    }

    /// `LANES` threads per row of t (`LORA_ROWS`: the head says how many are in use), 64 per
    /// workgroup, per row of the pass. Its cost comes with the segments (`Bound::set_gated_cost`).
    pub fn bind(&self, gpu: &Gpu, b: LoraABindings, input: &Input) -> Result<Bound> {
        let Some((_, kernel)) = self.0.iter().find(|(kind, _)| *kind == input.kind()) else {
            return Err(Error::Adapter(format!("a LoRA on a {:?} input, which no projection with a gate has", input.kind())));
        };
        let mut buffers = vec![b.a, input.x(), b.t, b.op, b.pass_, b.rows];
        buffers.extend(input.extra());
        let cost = Cost::Gated { weight_bytes: 0, flops: 0 };
        Ok(Bound::new(kernel, gpu, &buffers, (Extent::Fixed((LORA_ROWS * LANES).div_ceil(64) as u32), Extent::Rows)).with_cost(cost))
    }
}
