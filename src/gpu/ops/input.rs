//! What a projection (and its LoRA's A) multiplies: x as stored, or computed while it is loaded
//! (shaders/input_*.wgsl), so the norm and the activation cost no dispatch and no buffer.

use super::Binding;

const PLAIN: &str = include_str!("../../../shaders/input_plain.wgsl");
const NORM: &str = include_str!("../../../shaders/input_norm.wgsl");
const SILU_MUL: &str = include_str!("../../../shaders/input_silu_mul.wgsl");
const ATTENTION: &str = include_str!("../../../shaders/input_attention.wgsl");
const BIAS_SILU_LN: &str = include_str!("../../../shaders/input_bias_silu_ln.wgsl");
const ROW_SUMS: &str = include_str!("../../../shaders/input_row_sums.wgsl");

const NORM_BINDINGS: [Binding; 1] = [Binding::read("norm_w", "array<vec4<f32>>")];
const NORM_LOGIT_ROWS_BINDINGS: [Binding; 2] = [Binding::read("norm_w", "array<vec4<f32>>"), Binding::read("gather", "array<u32>")];
const BIAS_SILU_LN_BINDINGS: [Binding; 3] =
    [Binding::read("bias", "array<vec4<f32>>"), Binding::read("ln_w", "array<vec4<f32>>"), Binding::read("ln_b", "array<vec4<f32>>")];
const OWN_ROW: &str = "fn source_row(row: u32) -> u32 {\n    return row;\n}\n";
const GATHERED_ROW: &str = "fn source_row(row: u32) -> u32 {\n    return gather[row];\n}\n";

/// The kernel-side choice, which selects the WGSL and the extra binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputKind {
    Plain = 0,
    /// RMSNorm(x) · weight, the scale found per row in a fixed order.
    Norm = 1,
    /// silu(gate) · up from a [gate | up] buffer with `k` of each per row.
    SiluMul = 2,
    /// Attention's output, its splits combined in a fixed order.
    Attention = 3,
    /// RMSNorm of the x rows a list names (the LM head's logit rows): the final norm.
    NormLogitRows = 4,
    /// LayerNorm(silu(x + bias)) · ln_w + ln_b: the sampler head's hidden layers.
    BiasSiluLn = 5,
}

impl InputKind {
    pub const ALL: [InputKind; 6] =
        [InputKind::Plain, InputKind::Norm, InputKind::SiluMul, InputKind::Attention, InputKind::NormLogitRows, InputKind::BiasSiluLn];

    /// The inputs of projections an adapter's LoRA may reach (`lora_a` is compiled for these).
    pub const GATED: [InputKind; 3] = [InputKind::Norm, InputKind::SiluMul, InputKind::Attention];

    pub(super) fn wgsl(self) -> String {
        match self {
            InputKind::Plain => PLAIN.to_string(),
            InputKind::Norm => format!("{ROW_SUMS}{OWN_ROW}{NORM}"),
            InputKind::SiluMul => SILU_MUL.to_string(),
            InputKind::Attention => ATTENTION.to_string(),
            InputKind::NormLogitRows => format!("{ROW_SUMS}{GATHERED_ROW}{NORM}"),
            InputKind::BiasSiluLn => format!("{ROW_SUMS}{BIAS_SILU_LN}"),
        }
    }

    /// Bindings the input adds after its kernel's own.
    pub(super) fn bindings(self) -> &'static [Binding] {
        match self {
            InputKind::Norm => &NORM_BINDINGS,
            InputKind::NormLogitRows => &NORM_LOGIT_ROWS_BINDINGS,
            InputKind::BiasSiluLn => &BIAS_SILU_LN_BINDINGS,
            InputKind::Plain | InputKind::SiluMul | InputKind::Attention => &[],
        }
    }
}

/// An input with its buffers: `x` is what the kernel binds as x (for `SiluMul`, [gate | up]).
#[derive(Clone)]
pub enum Input {
    Plain {
        x: wgpu::Buffer,
    },
    Norm {
        x: wgpu::Buffer,
        weight: wgpu::Buffer,
        eps: f32,
    },
    SiluMul {
        gate_up: wgpu::Buffer,
    },
    /// Attention's split records (shaders/attention.wgsl) for `n_heads` heads of `head_dim`.
    Attention {
        partials: wgpu::Buffer,
        n_heads: u32,
        head_dim: u32,
    },
    /// RMSNorm(x[logit_rows[i]]) · weight for row i.
    NormLogitRows {
        x: wgpu::Buffer,
        weight: wgpu::Buffer,
        eps: f32,
        logit_rows: wgpu::Buffer,
    },
    /// LayerNorm(silu(x + bias)) · ln_w + ln_b per row.
    BiasSiluLn {
        x: wgpu::Buffer,
        bias: wgpu::Buffer,
        ln_w: wgpu::Buffer,
        ln_b: wgpu::Buffer,
        eps: f32,
    },
}

impl Input {
    pub fn kind(&self) -> InputKind {
        match self {
            Input::Plain { .. } => InputKind::Plain,
            Input::Norm { .. } => InputKind::Norm,
            Input::SiluMul { .. } => InputKind::SiluMul,
            Input::Attention { .. } => InputKind::Attention,
            Input::NormLogitRows { .. } => InputKind::NormLogitRows,
            Input::BiasSiluLn { .. } => InputKind::BiasSiluLn,
        }
    }

    pub fn x(&self) -> &wgpu::Buffer {
        match self {
            Input::Plain { x } | Input::Norm { x, .. } | Input::NormLogitRows { x, .. } | Input::BiasSiluLn { x, .. } => x,
            Input::SiluMul { gate_up } => gate_up,
            Input::Attention { partials, .. } => partials,
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
            Input::Norm { eps, .. } | Input::NormLogitRows { eps, .. } | Input::BiasSiluLn { eps, .. } => *eps,
            _ => 0.0,
        }
    }

    /// The head layout an attention input is combined by (zeros for other inputs).
    pub fn heads(&self) -> (u32, u32) {
        match self {
            Input::Attention { n_heads, head_dim, .. } => (*n_heads, *head_dim),
            _ => (0, 0),
        }
    }

    /// The buffers of `InputKind::bindings`, in order.
    pub fn extra(&self) -> Vec<&wgpu::Buffer> {
        match self {
            Input::Norm { weight, .. } => vec![weight],
            Input::NormLogitRows { weight, logit_rows, .. } => vec![weight, logit_rows],
            Input::BiasSiluLn { bias, ln_w, ln_b, .. } => vec![bias, ln_w, ln_b],
            _ => Vec::new(),
        }
    }
}
