//! y[row, y_offset + o] (+)= Σ_k W[o, k] · input[row, k] over a quantised W (shaders/matmul.wgsl),
//! with the input computed as it is loaded and an epilogue that may finish the projection's work.

use super::input::{Input, InputKind};
use super::{declarations, dequant, opaque_uniforms, shared_struct, Binding, Bound, Cost, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::pass::PassParams;
use crate::gpu::Gpu;
use crate::model::weights::GpuFormat;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const WGSL: &str = include_str!("../../../shaders/matmul.wgsl");
const STORE: &str = include_str!("../../../shaders/matmul_store.wgsl");
const ROPE_KV_WGSL: &str = include_str!("../../../shaders/matmul_rope_kv.wgsl");
const LORA_WGSL: &str = include_str!("../../../shaders/matmul_lora.wgsl");
const NO_LORA_WGSL: &str = include_str!("../../../shaders/matmul_no_lora.wgsl");
pub(super) const LORA_SEGMENTS: &str = include_str!("../../../shaders/lora_segments.wgsl");

/// The most rows of t = A·input (targets × rank, and learned gates) the gated LoRAs a request
/// runs on one projection may stack: each workgroup keeps t for a batch of rows in workgroup
/// memory. Rank 64 on q|k|v.
pub const LORA_ROWS: usize = 192;

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
        /// The norm's epsilon, for the inputs that normalise (RMSNorm, LayerNorm).
        pub eps: f32,
        /// Head layout, for `Epilogue::RopeKv` and `InputKind::Attention`.
        pub n_heads: u32,
        pub n_kv_heads: u32,
        pub head_dim: u32,
        /// Where the second and third fused target's outputs start (u32::MAX: no such target),
        /// for the gated LoRAs (`Plan::lora`).
        pub bound1: u32,
        pub bound2: u32,
        /// Where V starts in the cache buffer (after K), in floats (`Epilogue::RopeKv`).
        pub v_at: u32,
        /// Where t = A·input starts in y (`LORA_ROWS` per row), as `lora_a` left it.
        pub t_at: u32,
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
    pub input: &'a Input,
    /// The RoPE + K/V epilogue's buffers, when the matmul is q|k|v.
    pub rope_kv: Option<&'a RopeKv>,
    /// The LoRA plan's buffers, when an adapter may reach the projection.
    pub gated: Option<Gated<'a>>,
}

const BASE: [Binding; 5] = [
    Binding::read("w", "array<u32>"),
    Binding::read("x", "array<vec4<f32>>"),
    Binding::read_write("y", "array<f32>"),
    Binding::uniform("op_u", "MatmulOp"),
    Binding::uniform("pass_u", "PassParams"),
];

/// What a projection does with its sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Epilogue {
    /// y = sum, or y += sum.
    Store,
    /// q|k|v: RoPE on q and k, k and v into the rows' cache slots (shaders/matmul_rope_kv.wgsl).
    RopeKv,
}

/// What `Epilogue::RopeKv` binds (the cos/sin table, one block's cache: K, then V from `v_at`)
/// and the head layout it rotates by.
#[derive(Clone)]
pub struct RopeKv {
    pub rope: wgpu::Buffer,
    pub kv_cache: wgpu::Buffer,
    pub v_at: u32,
    pub n_heads: u32,
    pub n_kv_heads: u32,
    pub head_dim: u32,
}

// K and V share a buffer, and A and B, because WebGPU guarantees only 8 storage buffers per
// stage, and q|k|v with its LoRA binds 8.
const ROPE_KV: [Binding; 2] = [Binding::read("rope", "array<vec2<f32>>"), Binding::read_write("kv_cache", "array<f32>")];

/// The rows (whose gates say which get the LoRA) and the LoRA's A then B, f32, of a
/// `Plan::lora` matmul; a projection without an adapter binds a placeholder and rank 0.
pub struct Gated<'a> {
    pub rows: &'a wgpu::Buffer,
    pub lora: &'a wgpu::Buffer,
}

// `lora` is written only where a request records its gates (shaders/matmul_lora.wgsl).
const GATED: [Binding; 2] = [Binding::read("rows", "array<Row>"), Binding::read_write("lora", "array<f32>")];

/// One compiled matmul's input and epilogue; the format comes on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Plan {
    pub input: InputKind,
    pub epilogue: Epilogue,
    /// Mask rows add a gated LoRA's delta (shaders/matmul_lora.wgsl). A projection an adapter
    /// may reach always runs this plan, with or without one, so its real rows run the same
    /// pipeline in every pass.
    pub lora: bool,
}

impl Plan {
    /// The plans the forward pass uses: the sampler head's first and later layers, the LM head,
    /// o, down, gate|up, q|k|v.
    pub const ALL: [Plan; 7] = [
        Plan { input: InputKind::Plain, epilogue: Epilogue::Store, lora: false },
        Plan { input: InputKind::BiasSiluLn, epilogue: Epilogue::Store, lora: false },
        Plan { input: InputKind::NormLogitRows, epilogue: Epilogue::Store, lora: false },
        Plan { input: InputKind::Attention, epilogue: Epilogue::Store, lora: true },
        Plan { input: InputKind::SiluMul, epilogue: Epilogue::Store, lora: true },
        Plan { input: InputKind::Norm, epilogue: Epilogue::Store, lora: true },
        Plan { input: InputKind::Norm, epilogue: Epilogue::RopeKv, lora: true },
    ];

    fn bindings(self) -> Vec<Binding> {
        let mut all = BASE.to_vec();
        all.extend_from_slice(self.input.bindings());
        if self.lora {
            all.extend_from_slice(&GATED);
        }
        if self.epilogue == Epilogue::RopeKv {
            all.extend_from_slice(&ROPE_KV);
        }
        all
    }
}

/// How a device's matmul divides the work (`Shape::for_device` says why each device gets its
/// tile); fixed per device, so every pass on it sums each output in the same order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tile {
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

impl Tile {
    fn groups(self) -> u32 {
        self.groups
    }

    /// Outputs a workgroup computes.
    fn outs_per_workgroup(self) -> u32 {
        self.groups() * self.outs_per_thread
    }

    /// Rows whose sums go through the shared-memory tree together: a power of two (so batches
    /// tile the rows exactly) whose partial sums and LoRA t fit in what 16 KiB of workgroup
    /// memory leaves beside a normed input's 64 partials and scale per row.
    fn reduce_rows(self) -> u32 {
        let per_row = self.lanes * self.groups() * self.outs_per_thread + LORA_ROWS as u32;
        let rows = (4096 - 65 * self.rows) / per_row;
        (1u32 << rows.max(1).ilog2()).min(self.rows)
    }
}

/// The shader's statements for accumulators `acc{r}_{j}`, row r of the tile and output o0 + j:
/// declare them; add to them (each weight chunk dequantised once for all rows, row r's x chunk
/// loaded only when the tile has more than r valid rows, once for all outputs); reduce them, a
/// batch of `reduce_rows` rows at a time through the tree into the epilogue, skipping batches
/// past the tile's valid rows.
fn accumulators(shape: Tile) -> (String, String, String) {
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
        reduce += &format!("        tree(lane, lid.y);\n        lora_prologue(base, LANES * GROUPS, row0 + {first}u, n);\n        epilogue(lane, lid.y, first, row0 + {first}u, n);\n    }}\n");
    }
    (declare, add, reduce)
}

pub fn spec(format: GpuFormat, shape: Tile, plan: Plan) -> KernelSpec {
    let (lanes, groups, per_thread) = (shape.lanes.to_string(), shape.groups().to_string(), shape.outs_per_thread.to_string());
    let (rows, reduce_rows) = (shape.rows.to_string(), shape.reduce_rows().to_string());
    let (declare, add, reduce) = accumulators(shape);
    let bindings = plan.bindings();
    let declared = declarations(&bindings);
    let epilogue = match plan.epilogue {
        Epilogue::Store => STORE,
        Epilogue::RopeKv => ROPE_KV_WGSL,
    };
    let opaque = opaque_uniforms(&[("op", "op_u", MatmulOp::layout()), ("pass_", "pass_u", PassParams::layout())]);
    let lora_rows = LORA_ROWS.to_string();
    let lora = if plan.lora {
        LORA_WGSL.replace("{{LORA_SEGMENTS}}", LORA_SEGMENTS).replace("{{LORA_ROWS}}", &lora_rows)
    } else {
        NO_LORA_WGSL.to_string()
    };
    let slots = [
        ("BINDINGS", declared.as_str()),
        ("INPUT", &plan.input.wgsl()),
        ("EPILOGUE", epilogue),
        ("LORA", &lora),
        ("OPAQUE_UNIFORMS", &opaque),
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
    shape: Tile,
    kernels: Mutex<HashMap<(GpuFormat, Plan), Arc<Kernel>>>,
}

impl Matmul {
    pub fn new(shape: Tile) -> Matmul {
        Matmul { shape, kernels: Mutex::new(HashMap::new()) }
    }

    fn kernel(&self, gpu: &Gpu, format: GpuFormat, plan: Plan) -> Arc<Kernel> {
        let mut kernels = self.kernels.lock().unwrap_or_else(|e| e.into_inner());
        kernels.entry((format, plan)).or_insert_with(|| Arc::new(Kernel::new(gpu, &spec(format, self.shape, plan)))).clone()
    }

    /// Workgroups along the outputs for `op`.
    pub fn workgroups(&self, op: &MatmulOp) -> u32 {
        op.n_out.div_ceil(self.shape.outs_per_workgroup())
    }

    /// What gated LoRAs of `ranks` (the sum of their ranks) add per row they act on inside the
    /// matmul: B·t (`lora_a` reads A, and counts it). `(bytes, flops)`.
    pub fn gated_cost(&self, op: &MatmulOp, ranks: u64) -> (u64, u64) {
        let n_out = op.n_out as u64;
        (4 * n_out * ranks, 2 * n_out * ranks)
    }

    /// Binds a `rows_out` × `k` weight in `format` over `input`: a workgroup per
    /// `outs_per_workgroup` outputs × `shape.rows` rows, each reading the whole weight slice of its
    /// outputs. `b.rope_kv` selects that epilogue, `b.gated` the LoRA plan (whose segments the head of
    /// its LoRA buffer lists; `Bound::set_gated_cost` counts them).
    pub fn bind(&self, gpu: &Gpu, format: GpuFormat, op: &MatmulOp, b: MatmulBindings) -> Bound {
        let MatmulBindings { input, rope_kv, gated, .. } = b;
        let plan = Plan { input: input.kind(), epilogue: if rope_kv.is_some() { Epilogue::RopeKv } else { Epilogue::Store }, lora: gated.is_some() };
        let kernel = self.kernel(gpu, format, plan);
        let mut buffers = vec![b.w, input.x(), b.y, b.op, b.pass_];
        buffers.extend(input.extra());
        let workgroups = self.workgroups(op);
        if let Some(g) = gated {
            buffers.extend([g.rows, g.lora]);
        }
        if let Some(r) = rope_kv {
            buffers.extend([&r.rope, &r.kv_cache]);
        }
        let rows = self.shape.rows;
        let cost = Cost::Tiled { weight_bytes: b.w.size(), tile: rows, flops: 2 * op.n_out as u64 * op.k as u64, gated_bytes: 0, gated_flops: 0 };
        let grid = (Extent::Fixed(workgroups), Extent::RowTiles(rows));
        Bound::new(&kernel, gpu, &buffers, grid).with_cost(cost)
    }
}
