//! y[row, y_offset + o] (+)= Σ_k W[o, k] · input[row, k] over a quantised W (shaders/matmul.wgsl),
//! with the input computed as it is loaded and an epilogue that may finish the projection's work.

use super::input::{Input, InputKind};
use super::{declarations, dequant, shared_struct, Binding, Bound, Cost, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;
use crate::model::weights::GpuFormat;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const WGSL: &str = include_str!("../../../shaders/matmul.wgsl");
const STORE: &str = include_str!("../../../shaders/matmul_store.wgsl");
const ROPE_KV_WGSL: &str = include_str!("../../../shaders/matmul_rope_kv.wgsl");

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
        /// RMSNorm's epsilon, for `InputKind::Norm`.
        pub eps: f32,
        /// 1: mask rows add what y holds (their LoRA's delta) before the epilogue.
        pub gated_add: u32,
        /// Head layout, for `Epilogue::RopeKv` and `InputKind::Attention`.
        pub n_heads: u32,
        pub n_kv_heads: u32,
        pub head_dim: u32,
    }
}

impl MatmulOp {
    /// W is `n_out` × `k` over `input`; y rows are `y_stride` apart.
    pub fn new(k: usize, n_out: usize, input: &Input, y_stride: usize, accumulate: bool, logit_rows: bool) -> MatmulOp {
        MatmulOp {
            k: k as u32,
            n_out: n_out as u32,
            x_stride: input.x_stride(k) as u32,
            y_stride: y_stride as u32,
            accumulate: accumulate as u32,
            logit_rows: logit_rows as u32,
            eps: input.eps(),
            n_heads: input.heads().0,
            head_dim: input.heads().1,
            ..Default::default()
        }
    }
}

/// The buffers every matmul binds first; its input and epilogue add theirs after.
pub struct MatmulBindings<'a> {
    pub w: &'a wgpu::Buffer,
    pub y: &'a wgpu::Buffer,
    pub op: &'a wgpu::Buffer,
    pub pass_: &'a wgpu::Buffer,
}

const BASE: [Binding; 5] = [
    Binding::read("w", "array<u32>"),
    Binding::read("x", "array<vec4<f32>>"),
    Binding::read_write("y", "array<f32>"),
    Binding::uniform("op", "MatmulOp"),
    Binding::uniform("pass_", "PassParams"),
];

/// What a projection does with its sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Epilogue {
    /// y = sum, or y += sum.
    Store,
    /// q|k|v: RoPE on q and k, k and v into the rows' cache slots (shaders/matmul_rope_kv.wgsl).
    RopeKv,
}

/// What `Epilogue::RopeKv` binds (the cos/sin table, the rows, one block's cache) and the head
/// layout it rotates by.
pub struct RopeKv<'a> {
    pub rope: &'a wgpu::Buffer,
    pub rows: &'a wgpu::Buffer,
    pub k_cache: &'a wgpu::Buffer,
    pub v_cache: &'a wgpu::Buffer,
    pub n_heads: u32,
    pub n_kv_heads: u32,
    pub head_dim: u32,
}

const ROPE_KV: [Binding; 4] = [
    Binding::read("rope", "array<vec2<f32>>"),
    Binding::read("rows", "array<Row>"),
    Binding::read_write("k_cache", "array<f32>"),
    Binding::read_write("v_cache", "array<f32>"),
];

/// One compiled matmul's input and epilogue; the format comes on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Plan {
    pub input: InputKind,
    pub epilogue: Epilogue,
}

impl Plan {
    /// The plans the forward pass uses: head / sampler, o, down, gate|up, q|k|v.
    pub const ALL: [Plan; 5] = [
        Plan { input: InputKind::Plain, epilogue: Epilogue::Store },
        Plan { input: InputKind::Attention, epilogue: Epilogue::Store },
        Plan { input: InputKind::SiluMul, epilogue: Epilogue::Store },
        Plan { input: InputKind::Norm, epilogue: Epilogue::Store },
        Plan { input: InputKind::Norm, epilogue: Epilogue::RopeKv },
    ];

    fn bindings(self) -> Vec<Binding> {
        let mut all = BASE.to_vec();
        all.extend_from_slice(self.input.bindings());
        if self.epilogue == Epilogue::RopeKv {
            all.extend_from_slice(&ROPE_KV);
        }
        all
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
    /// Rows per workgroup (a tile), each with its own named accumulators: a tile reads and
    /// dequantises its weights once for all of them, and each row's sum is the same sequence of
    /// operations whatever the tile.
    pub rows: u32,
    /// Groups of `lanes` threads per workgroup. A workgroup finds its rows' norm scale itself
    /// (`InputKind::Norm`), so fewer, wider workgroups repeat that less.
    pub groups: u32,
}

impl Shape {
    /// GPUs want a warp per output for coalesced weight reads, and a tile of 32 rows so that a
    /// verification pass (25 rows at k = 4) reads each weight once, as an AR step does. CPU
    /// drivers (lavapipe, SwiftShader) run a workgroup as a loop over 8-wide SIMD: 8 lanes measured
    /// 2.5× faster than 32 there, and since every storage load is a scalar loop over the SIMD
    /// lanes, 32 outputs per thread (1/32 of the x loads per multiply-add) ran 1-row passes 2.5×
    /// and 8-row passes 3.8× faster than 1 on lavapipe (bench/RESULTS.md); there a pass costs per
    /// row anyway, and 8 rows per tile ran 1-row passes 1.7× slower than 4 (more live
    /// accumulators) and 8-row passes only 1.2× faster.
    pub fn for_device(info: &wgpu::AdapterInfo) -> Shape {
        if info.device_type == wgpu::DeviceType::Cpu {
            Shape::CPU
        } else {
            Shape::GPU
        }
    }

    pub const CPU: Shape = Shape { lanes: 8, outs_per_thread: 32, rows: 4, groups: 4 };
    pub const GPU: Shape = Shape { lanes: 32, outs_per_thread: 1, rows: 32, groups: 8 };

    fn groups(self) -> u32 {
        self.groups
    }

    /// Outputs a workgroup computes.
    fn outs_per_workgroup(self) -> u32 {
        self.groups() * self.outs_per_thread
    }

    /// Rows whose sums go through the shared-memory tree together: a power of two (so batches
    /// tile the rows exactly) whose partial sums fit in what 16 KiB of workgroup memory leaves
    /// beside a normed input's 64 partials and scale per row.
    fn reduce_rows(self) -> u32 {
        let floats = (4096 - 65 * self.rows) / (self.lanes * self.groups() * self.outs_per_thread);
        (1u32 << floats.max(1).ilog2()).min(self.rows)
    }
}

/// The shader's statements for accumulators `acc{r}_{j}`, row r of the tile and output o0 + j:
/// declare them; add to them (each weight chunk dequantised once for all rows, row r's x chunk
/// loaded only when the tile has more than r valid rows, once for all outputs); reduce them, a
/// batch of `reduce_rows` rows at a time through the tree into the epilogue, skipping batches
/// past the tile's valid rows.
fn accumulators(shape: Shape) -> (String, String, String) {
    let (outs, batch) = (shape.outs_per_thread, shape.reduce_rows());
    let sums = || (0..shape.rows).flat_map(|r| (0..outs).map(move |j| (r, j)));
    let declare = sums().map(|(r, j)| format!("    var acc{r}_{j} = 0.0;\n")).collect();
    let mut add: String = (0..outs).map(|j| format!("            let w{j} = chunk(min(o0 + {j}u, last), c, blocks_per_row);\n")).collect();
    for r in 0..shape.rows {
        // Row 0 is valid in every tile that does any work.
        let indent = if r == 0 { "            " } else { "                " };
        if r > 0 {
            add += &format!("            if (valid > {r}u) {{\n");
        }
        add += &format!("{indent}let lo{r} = input(row0 + {r}u, {r}u, 2u * c);\n{indent}let hi{r} = input(row0 + {r}u, {r}u, 2u * c + 1u);\n");
        for j in 0..outs {
            add += &format!("{indent}acc{r}_{j} += dot(w{j}.lo, lo{r}) + dot(w{j}.hi, hi{r});\n");
        }
        if r > 0 {
            add += "            }\n";
        }
    }
    let mut reduce = String::new();
    for first in (0..shape.rows).step_by(batch as usize) {
        reduce += &format!("    if (valid > {first}u) {{\n");
        if first > 0 {
            // The previous batch's epilogue has read its sums.
            reduce += "        workgroupBarrier();\n";
        }
        for (r, j) in sums().filter(|(r, _)| (first..first + batch).contains(r)) {
            reduce += &format!("        partial[base + {}u * GROUPS * LANES] = acc{r}_{j};\n", (r - first) * outs + j);
        }
        reduce += &format!("        tree(lane, lid.y);\n        epilogue(lane, lid.y, first, row0 + {first}u, n);\n    }}\n");
    }
    (declare, add, reduce)
}

pub fn spec(format: GpuFormat, shape: Shape, plan: Plan) -> KernelSpec {
    let (lanes, groups, per_thread) = (shape.lanes.to_string(), shape.groups().to_string(), shape.outs_per_thread.to_string());
    let (rows, reduce_rows) = (shape.rows.to_string(), shape.reduce_rows().to_string());
    let (declare, add, reduce) = accumulators(shape);
    let bindings = plan.bindings();
    let declared = declarations(&bindings);
    let epilogue = match plan.epilogue {
        Epilogue::Store => STORE,
        Epilogue::RopeKv => ROPE_KV_WGSL,
    };
    let slots = [
        ("BINDINGS", declared.as_str()),
        ("INPUT", plan.input.wgsl()),
        ("EPILOGUE", epilogue),
        ("DEQUANT", dequant(format)),
        ("LANES", &lanes),
        ("GROUPS", &groups),
        ("OUTS_PER_THREAD", &per_thread),
        ("ROWS", &rows),
        ("REDUCE_ROWS", &reduce_rows),
        ("ACC_DECLARE", &declare),
        ("ACC_ADD", &add),
        ("REDUCE", &reduce),
    ];
    KernelSpec::new("matmul", WGSL, &slots, &bindings, vec![MatmulOp::layout()])
}

/// The matmul pipelines of one device, compiled the first time a weight needs them (a model
/// uses a few of the format × plan combinations).
pub struct Matmul {
    shape: Shape,
    kernels: Mutex<HashMap<(GpuFormat, Plan), Arc<Kernel>>>,
}

impl Matmul {
    pub fn new(shape: Shape) -> Matmul {
        Matmul { shape, kernels: Mutex::new(HashMap::new()) }
    }

    fn kernel(&self, gpu: &Gpu, format: GpuFormat, plan: Plan) -> Arc<Kernel> {
        let mut kernels = self.kernels.lock().unwrap_or_else(|e| e.into_inner());
        kernels.entry((format, plan)).or_insert_with(|| Arc::new(Kernel::new(gpu, &spec(format, self.shape, plan)))).clone()
    }

    /// Binds a `rows_out` × `k` weight in `format` over `input`: a workgroup per
    /// `outs_per_workgroup` outputs × `shape.rows` rows, each reading the whole weight slice of its
    /// outputs. `rope_kv` selects that epilogue.
    pub fn bind(&self, gpu: &Gpu, format: GpuFormat, (rows_out, k): (usize, usize), b: MatmulBindings, input: &Input, rope_kv: Option<&RopeKv>) -> Bound {
        let plan = Plan { input: input.kind(), epilogue: if rope_kv.is_some() { Epilogue::RopeKv } else { Epilogue::Store } };
        let kernel = self.kernel(gpu, format, plan);
        let mut buffers = vec![b.w, input.x(), b.y, b.op, b.pass_];
        buffers.extend(input.extra());
        if let Some(r) = rope_kv {
            buffers.extend([r.rope, r.rows, r.k_cache, r.v_cache]);
        }
        let rows = self.shape.rows;
        let cost = Cost::Tiled { weight_bytes: b.w.size(), tile: rows, flops: 2 * (rows_out * k) as u64 };
        let grid = (Extent::Fixed((rows_out as u32).div_ceil(self.shape.outs_per_workgroup())), Extent::RowTiles(rows));
        Bound::new(&kernel, gpu, &buffers, grid).with_cost(cost)
    }
}
