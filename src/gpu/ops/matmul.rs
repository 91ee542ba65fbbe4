//! y[row, y_offset + o] (+)= Σ_k W[o, k] · x[row, k] over a quantised W (shaders/matmul.wgsl).

use super::{bindings, dequant, shared_struct, Bound, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;
use crate::model::weights::GpuFormat;

const WGSL: &str = include_str!("../../../shaders/matmul.wgsl");

/// Rows per workgroup, each with its own named accumulator: a tile reads and dequantises its
/// weights once for all of them. Each row's sum is the same sequence of operations whatever ROWS
/// is. 8 measured 32 % slower than 4 on lavapipe for 9-row passes (more live accumulators per
/// SIMD lane); a GPU may want more, unmeasured until one is lent.
pub const ROWS: u32 = 4;

shared_struct! {
    pub struct MatmulOp {
        pub k: u32,
        pub n_out: u32,
        pub x_stride: u32,
        pub y_stride: u32,
        pub y_offset: u32,
        pub accumulate: u32,
        /// 1: walk the pass's logit rows instead of all its rows.
        pub logit_rows: u32,
        pub _pad: u32,
    }
}

impl MatmulOp {
    /// W is `n_out` × `k`; x rows are `k` apart, y rows `y_stride` apart.
    pub fn new(k: usize, n_out: usize, y_stride: usize, accumulate: bool, logit_rows: bool) -> MatmulOp {
        MatmulOp {
            k: k as u32,
            n_out: n_out as u32,
            x_stride: k as u32,
            y_stride: y_stride as u32,
            y_offset: 0,
            accumulate: accumulate as u32,
            logit_rows: logit_rows as u32,
            _pad: 0,
        }
    }
}

bindings! {
    pub struct MatmulBindings {
        w: Read "array<u32>",
        x: Read "array<vec4<f32>>",
        y: ReadWrite "array<f32>",
        op: Uniform "MatmulOp",
        pass_: Uniform "PassParams",
    }
}

/// Lanes that share one output's dot product. GPUs want a warp per output for coalesced weight
/// reads; CPU drivers (lavapipe, SwiftShader) run a workgroup as a loop over 8-wide SIMD and
/// measured 2.5× faster with 8 lanes than with 32 (1 lane: slower still).
pub fn lanes(gpu: &Gpu) -> u32 {
    if gpu.info.device_type == wgpu::DeviceType::Cpu {
        8
    } else {
        32
    }
}

/// 256 threads per workgroup in all.
fn outs(lanes: u32) -> u32 {
    256 / lanes
}

/// The shader's per-row statements (declare, add, store), one per accumulator `acc{r}`; row r is
/// read only when the tile has more than r valid rows.
fn accumulators() -> (String, String, String) {
    let rows = 0..ROWS;
    let declare = rows.clone().map(|r| format!("    var acc{r} = 0.0;\n")).collect();
    let add = rows
        .clone()
        .map(|r| {
            let sum = format!("acc{r} += dot(wc.lo, x[xb + {r}u * xs]) + dot(wc.hi, x[xb + {r}u * xs + 1u]);");
            if r == 0 {
                format!("            {sum}\n")
            } else {
                format!("            if (valid > {r}u) {{\n                {sum}\n            }}\n")
            }
        })
        .collect();
    let store = rows.map(|r| format!("    partial[base + {r}u * OUTS * LANES] = acc{r};\n")).collect();
    (declare, add, store)
}

pub fn spec(format: GpuFormat, lanes: u32) -> KernelSpec {
    // The last step writes row `lane` of the tile: every row needs a lane.
    debug_assert!(ROWS <= lanes);
    let (l, o, r) = (lanes.to_string(), outs(lanes).to_string(), ROWS.to_string());
    let (declare, add, store) = accumulators();
    let slots = [("DEQUANT", dequant(format)), ("LANES", &l), ("OUTS", &o), ("ROWS", &r), ("ACC_DECLARE", &declare), ("ACC_ADD", &add), ("ACC_STORE", &store)];
    KernelSpec::new("matmul", WGSL, &slots, MatmulBindings::LAYOUT, vec![MatmulOp::layout()])
}

pub struct Matmul {
    q4: Kernel,
    q8: Kernel,
    f32: Kernel,
    outs: u32,
}

impl Matmul {
    pub fn new(gpu: &Gpu, lanes: u32) -> Matmul {
        let kernel = |f| Kernel::new(gpu, &spec(f, lanes));
        Matmul { q4: kernel(GpuFormat::Q4), q8: kernel(GpuFormat::Q8), f32: kernel(GpuFormat::F32), outs: outs(lanes) }
    }

    /// Binds a `rows_out` × k weight in `format`: a workgroup per `outs` outputs × `ROWS` rows.
    pub fn bind(&self, gpu: &Gpu, format: GpuFormat, rows_out: usize, b: MatmulBindings) -> Bound {
        let kernel = match format {
            GpuFormat::Q4 => &self.q4,
            GpuFormat::Q8 => &self.q8,
            GpuFormat::F32 => &self.f32,
        };
        Bound::new(kernel, gpu, &b.buffers(), (Extent::Fixed((rows_out as u32).div_ceil(self.outs)), Extent::RowTiles(ROWS)))
    }
}
