//! What a projection (and its LoRA's A) multiplies: x as stored, or computed while it is loaded
//! (shaders/input_*.wgsl), so the norm and the activation cost no dispatch and no buffer.

use super::{Access, Binding};

const PLAIN: &str = include_str!("../../../shaders/input_plain.wgsl");
const NORM: &str = include_str!("../../../shaders/input_norm.wgsl");
const SILU_MUL: &str = include_str!("../../../shaders/input_silu_mul.wgsl");

/// The kernel-side choice, which selects the WGSL and the extra binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputKind {
    Plain = 0,
    /// RMSNorm(x) · weight, the scale found per row in a fixed order.
    Norm = 1,
    /// silu(gate) · up from a [gate | up] buffer with `k` of each per row.
    SiluMul = 2,
}

impl InputKind {
    pub const ALL: [InputKind; 3] = [InputKind::Plain, InputKind::Norm, InputKind::SiluMul];

    pub(super) fn wgsl(self) -> &'static str {
        match self {
            InputKind::Plain => PLAIN,
            InputKind::Norm => NORM,
            InputKind::SiluMul => SILU_MUL,
        }
    }

    /// Bindings the input adds after its kernel's own.
    pub(super) fn bindings(self) -> &'static [Binding] {
        match self {
            InputKind::Norm => &[Binding { name: "norm_w", access: Access::Read, ty: "array<vec4<f32>>" }],
            InputKind::Plain | InputKind::SiluMul => &[],
        }
    }
}

/// An input with its buffers: `x` is what the kernel binds as x (for `SiluMul`, [gate | up]).
#[derive(Clone)]
pub enum Input {
    Plain { x: wgpu::Buffer },
    Norm { x: wgpu::Buffer, weight: wgpu::Buffer, eps: f32 },
    SiluMul { gate_up: wgpu::Buffer },
}

impl Input {
    pub fn kind(&self) -> InputKind {
        match self {
            Input::Plain { .. } => InputKind::Plain,
            Input::Norm { .. } => InputKind::Norm,
            Input::SiluMul { .. } => InputKind::SiluMul,
        }
    }

    pub fn x(&self) -> &wgpu::Buffer {
        match self {
            Input::Plain { x } | Input::Norm { x, .. } => x,
            Input::SiluMul { gate_up } => gate_up,
        }
    }

    /// Floats between rows of x for `k` inputs per row.
    pub fn x_stride(&self, k: usize) -> usize {
        match self {
            Input::SiluMul { .. } => 2 * k,
            _ => k,
        }
    }

    pub fn eps(&self) -> f32 {
        match self {
            Input::Norm { eps, .. } => *eps,
            _ => 0.0,
        }
    }

    /// The buffers of `InputKind::bindings`, in order.
    pub fn extra(&self) -> Vec<&wgpu::Buffer> {
        match self {
            Input::Norm { weight, .. } => vec![weight],
            _ => Vec::new(),
        }
    }
}
