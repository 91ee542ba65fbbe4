//! y[row, y_offset + o] (+)= Σ_k W[o, k] · x[row, k] over a quantised W (shaders/matmul.wgsl).

use super::{bindings, dequant, shared_struct, Bound, Cost, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;
use crate::model::weights::GpuFormat;

const WGSL: &str = include_str!("../../../shaders/matmul.wgsl");

/// Rows per workgroup, each with its own named accumulators: a tile reads and dequantises its
/// weights once for all of them. Each row's sum is the same sequence of operations whatever ROWS
/// is. With 32 outputs per thread, 8 rows ran 1-row passes 1.7× slower than 4 on lavapipe (more
/// live accumulators) and 8-row passes only 1.2× faster; a GPU may want more, unmeasured until
/// one is lent.
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

/// How a device's matmul divides the work; fixed per device, so every pass on it sums each
/// output in the same order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// Lanes that share one output's dot product.
    pub lanes: u32,
    /// Outputs one thread computes, sharing each x load among them.
    pub outs_per_thread: u32,
}

impl Shape {
    /// GPUs want a warp per output for coalesced weight reads. CPU drivers (lavapipe,
    /// SwiftShader) run a workgroup as a loop over 8-wide SIMD: 8 lanes measured 2.5× faster than
    /// 32 there, and since every storage load is a scalar loop over the SIMD lanes, 32 outputs
    /// per thread (1/32 of the x loads per multiply-add) ran 1-row passes 2.5× and 8-row passes
    /// 3.8× faster than 1 on lavapipe (bench/RESULTS.md).
    pub fn for_device(info: &wgpu::AdapterInfo) -> Shape {
        if info.device_type == wgpu::DeviceType::Cpu {
            Shape::CPU
        } else {
            Shape::GPU
        }
    }

    pub const CPU: Shape = Shape { lanes: 8, outs_per_thread: 32 };
    pub const GPU: Shape = Shape { lanes: 32, outs_per_thread: 1 };

    /// Groups of `lanes` threads per workgroup: as many as make 256 lanes × outputs, at least 1.
    fn groups(self) -> u32 {
        (256 / (self.lanes * self.outs_per_thread)).max(1)
    }

    /// Outputs a workgroup computes.
    fn outs_per_workgroup(self) -> u32 {
        self.groups() * self.outs_per_thread
    }
}

/// The shader's statements (declare, add, store) for accumulators `acc{r}_{j}`, row r of the
/// tile and output o0 + j: each weight chunk is dequantised once for all rows, and row r's x
/// chunk is loaded only when the tile has more than r valid rows, once for all outputs.
fn accumulators(outs_per_thread: u32) -> (String, String, String) {
    let sums = || (0..ROWS).flat_map(|r| (0..outs_per_thread).map(move |j| (r, j)));
    let declare = sums().map(|(r, j)| format!("    var acc{r}_{j} = 0.0;\n")).collect();
    let mut add: String = (0..outs_per_thread).map(|j| format!("            let w{j} = chunk(min(o0 + {j}u, last), c, blocks_per_row);\n")).collect();
    for r in 0..ROWS {
        // Row 0 is valid in every tile that does any work.
        let indent = if r == 0 { "            " } else { "                " };
        if r > 0 {
            add += &format!("            if (valid > {r}u) {{\n");
        }
        add += &format!("{indent}let lo{r} = x[xb + {r}u * xs];\n{indent}let hi{r} = x[xb + {r}u * xs + 1u];\n");
        for j in 0..outs_per_thread {
            add += &format!("{indent}acc{r}_{j} += dot(w{j}.lo, lo{r}) + dot(w{j}.hi, hi{r});\n");
        }
        if r > 0 {
            add += "            }\n";
        }
    }
    let store = sums().map(|(r, j)| format!("    partial[base + {}u * GROUPS * LANES] = acc{r}_{j};\n", r * outs_per_thread + j)).collect();
    (declare, add, store)
}

pub fn spec(format: GpuFormat, shape: Shape) -> KernelSpec {
    let (lanes, groups, per_thread, rows) = (shape.lanes.to_string(), shape.groups().to_string(), shape.outs_per_thread.to_string(), ROWS.to_string());
    let (declare, add, store) = accumulators(shape.outs_per_thread);
    let slots = [
        ("DEQUANT", dequant(format)),
        ("LANES", &lanes),
        ("GROUPS", &groups),
        ("OUTS_PER_THREAD", &per_thread),
        ("ROWS", &rows),
        ("ACC_DECLARE", &declare),
        ("ACC_ADD", &add),
        ("ACC_STORE", &store),
    ];
    KernelSpec::new("matmul", WGSL, &slots, MatmulBindings::LAYOUT, vec![MatmulOp::layout()])
}

pub struct Matmul {
    q4: Kernel,
    q8: Kernel,
    f32: Kernel,
    outs_per_workgroup: u32,
}

impl Matmul {
    pub fn new(gpu: &Gpu, shape: Shape) -> Matmul {
        let kernel = |f| Kernel::new(gpu, &spec(f, shape));
        Matmul { q4: kernel(GpuFormat::Q4), q8: kernel(GpuFormat::Q8), f32: kernel(GpuFormat::F32), outs_per_workgroup: shape.outs_per_workgroup() }
    }

    /// Binds a `rows_out` × `k` weight in `format`: a workgroup per `outs_per_workgroup` outputs
    /// × `ROWS` rows, each reading the whole weight slice of its outputs.
    pub fn bind(&self, gpu: &Gpu, format: GpuFormat, (rows_out, k): (usize, usize), b: MatmulBindings) -> Bound {
        let kernel = match format {
            GpuFormat::Q4 => &self.q4,
            GpuFormat::Q8 => &self.q8,
            GpuFormat::F32 => &self.f32,
        };
        let cost = Cost::Tiled { weight_bytes: b.w.size(), tile: ROWS, flops: 2 * (rows_out * k) as u64 };
        Bound::new(kernel, gpu, &b.buffers(), (Extent::Fixed((rows_out as u32).div_ceil(self.outs_per_workgroup)), Extent::RowTiles(ROWS))).with_cost(cost)
    }
}
