//! One module per WGSL kernel. Each owns what the kernel's WGSL declares: its uniform struct
//! (`uniform!`), its bindings by name (`bindings!`, from which the bind-group layout is built),
//! its pipeline and its workgroup count. The WGSL files keep their declarations so a reader of a
//! shader sees its interface; `catalogue()` lists every kernel exactly as the GPU compiles it, and
//! `tests/shader_layout.rs` reflects each one with naga and checks every binding (index, name,
//! address space, type) and every struct (field names, offsets, size) against the Rust side. A
//! wrong binding or field order fails `cargo test`, not a generation.

pub mod attention;
pub mod choose;
pub mod compact;
pub mod embed;
pub mod input;
pub mod lora;
pub mod matmul;
pub mod rmsnorm;
pub mod sampler_in;
pub mod verify;

use crate::gpu::pass::{Counters, PassParams, Row};
use crate::gpu::Gpu;
use crate::model::weights::GpuFormat;

const COMMON: &str = include_str!("../../../shaders/common.wgsl");
const DEQUANT_Q4: &str = include_str!("../../../shaders/dequant_q4.wgsl");
const DEQUANT_Q8: &str = include_str!("../../../shaders/dequant_q8.wgsl");
const DEQUANT_F32: &str = include_str!("../../../shaders/dequant_f32.wgsl");

/// How a kernel sees one of its buffers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Uniform,
    Read,
    ReadWrite,
}

/// One `@group(0) @binding(i)` of a kernel: `i` is its index in the kernel's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub name: &'static str,
    pub access: Access,
    /// The WGSL type as written in the shader, e.g. `array<vec4<f32>>` or `MatmulOp`.
    pub ty: &'static str,
}

impl Binding {
    /// `var<storage, read> name: ty`
    pub const fn read(name: &'static str, ty: &'static str) -> Binding {
        Binding { name, access: Access::Read, ty }
    }

    /// `var<storage, read_write> name: ty`
    pub const fn read_write(name: &'static str, ty: &'static str) -> Binding {
        Binding { name, access: Access::ReadWrite, ty }
    }

    /// `var<uniform> name: ty`
    pub const fn uniform(name: &'static str, ty: &'static str) -> Binding {
        Binding { name, access: Access::Uniform, ty }
    }
}

/// One field of a uniform struct as Rust lays it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub offset: usize,
    pub size: usize,
    /// The Rust type, `u32` or `f32`.
    pub ty: &'static str,
}

/// A struct shared with WGSL: its WGSL name and Rust layout.
#[derive(Debug, Clone)]
pub struct StructLayout {
    pub name: &'static str,
    pub size: usize,
    pub fields: Vec<Field>,
}

/// A `#[repr(C)]` struct whose bytes a kernel reads as the WGSL struct of the same name.
pub trait Shared: bytemuck::Pod {
    fn layout() -> StructLayout;
}

/// Declares a struct shared with WGSL (field types must be 4-byte scalars, so the Rust and WGSL
/// layouts agree field by field), with its layout for the reflection test.
macro_rules! shared_struct {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$fmeta:meta])* pub $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[repr(C)]
        #[derive(Debug, Clone, Copy, Default, PartialEq, bytemuck::Pod, bytemuck::Zeroable)]
        pub struct $name { $($(#[$fmeta])* pub $field: $ty),* }

        impl $crate::gpu::ops::Shared for $name {
            fn layout() -> $crate::gpu::ops::StructLayout {
                $crate::gpu::ops::StructLayout {
                    name: stringify!($name),
                    size: std::mem::size_of::<$name>(),
                    fields: vec![$($crate::gpu::ops::Field {
                        name: stringify!($field),
                        offset: std::mem::offset_of!($name, $field),
                        size: std::mem::size_of::<$ty>(),
                        ty: stringify!($ty),
                    }),*],
                }
            }
        }
    };
}
pub(crate) use shared_struct;

/// Declares a kernel's bindings in `@binding` order: a struct of named buffers (so a call site
/// cannot put a buffer in the wrong slot) and the table the layout and the test are built from.
macro_rules! bindings {
    ($(#[$meta:meta])* pub struct $name:ident { $($field:ident : $access:ident $ty:literal),* $(,)? }) => {
        $(#[$meta])*
        pub struct $name<'a> { $(pub $field: &'a wgpu::Buffer),* }

        impl<'a> $name<'a> {
            pub const LAYOUT: &'static [$crate::gpu::ops::Binding] = &[$($crate::gpu::ops::Binding {
                name: stringify!($field),
                access: $crate::gpu::ops::Access::$access,
                ty: $ty,
            }),*];

            fn buffers(&self) -> Vec<&'a wgpu::Buffer> {
                vec![$(self.$field),*]
            }
        }
    };
}
pub(crate) use bindings;

/// A kernel compiled from one WGSL file without template slots: its `spec()` and a struct that
/// owns its pipeline (the module adds `bind`, which knows the kernel's grid).
macro_rules! plain_kernel {
    ($kernel:ident, $name:literal, $wgsl:literal, $bindings:ident, $op:ident) => {
        pub fn spec() -> $crate::gpu::ops::KernelSpec {
            let wgsl = include_str!(concat!("../../../shaders/", $wgsl));
            $crate::gpu::ops::KernelSpec::new($name, wgsl, &[], $bindings::LAYOUT, vec![<$op as $crate::gpu::ops::Shared>::layout()])
        }

        pub struct $kernel($crate::gpu::ops::Kernel);

        impl $kernel {
            pub fn new(gpu: &$crate::gpu::Gpu) -> $kernel {
                $kernel($crate::gpu::ops::Kernel::new(gpu, &spec()))
            }
        }
    };
}
pub(crate) use plain_kernel;

/// A kernel as the GPU compiles it: the full WGSL and the Rust declarations it must match.
pub struct KernelSpec {
    pub name: &'static str,
    pub source: String,
    pub bindings: Vec<Binding>,
    /// Every struct the kernel shares with Rust (its uniform and the common `Row` / `Pass`).
    pub structs: Vec<StructLayout>,
}

impl KernelSpec {
    fn new(name: &'static str, body: &str, slots: &[(&str, &str)], bindings: &[Binding], own: Vec<StructLayout>) -> KernelSpec {
        let mut source = format!("{COMMON}\n{body}");
        for (slot, value) in slots {
            source = source.replace(&format!("{{{{{slot}}}}}"), value);
        }
        let mut structs = vec![Row::layout(), PassParams::layout()];
        structs.extend(own);
        KernelSpec { name, source, bindings: bindings.to_vec(), structs }
    }
}

/// WGSL statements, for the start of a kernel's `main`, that copy each uniform binding into its
/// private copy (`(copy, binding, struct)`) with every u32 field OR-ed with `z`: `workgroup_id.z`,
/// always 0 since no kernel has a third grid axis, but unknown to a compiler. Lavapipe (Mesa's
/// CPU Vulkan driver) otherwise specialises a shader on the uniform values in its loop bounds
/// and branches, and recompiles it at every dispatch: the synthetic sweep ran 4.5× faster
/// without that. GPUs lose nothing (the uniforms are read once either way).
pub(super) fn opaque_uniforms(uniforms: &[(&str, &str, StructLayout)]) -> String {
    let mut wgsl = String::new();
    for (name, binding, layout) in uniforms {
        wgsl += &format!("    {name} = {binding};\n");
        for f in layout.fields.iter().filter(|f| f.ty == "u32") {
            wgsl += &format!("    {name}.{} |= z;\n", f.name);
        }
    }
    wgsl
}

/// WGSL declarations of `bindings`, for kernels whose bindings vary with their variant (the
/// `{{BINDINGS}}` slot): written from the table the bind-group layout is built from.
fn declarations(bindings: &[Binding]) -> String {
    let space = |a: Access| match a {
        Access::Uniform => "uniform",
        Access::Read => "storage, read",
        Access::ReadWrite => "storage, read_write",
    };
    bindings.iter().enumerate().map(|(i, b)| format!("@group(0) @binding({i}) var<{}> {}: {};\n", space(b.access), b.name, b.ty)).collect()
}

/// How a device divides the kernels' work. Fixed per device, so every pass on it reduces in the
/// same order; a test may give a device the other kind's shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub matmul: matmul::Tile,
    /// Visible keys per attention split (`attention::spec`).
    pub keys_per_split: u32,
}

impl Shape {
    /// GPUs want a warp per output for coalesced weight reads, and tiles of 8 rows with 2 outputs
    /// a thread: on an H200 (bench/RESULTS.md, session 34) a k = 4 step (25 rows, LoRA,
    /// verification, sampler head) took 9.8 ms with this tile against 16.6 with 32 rows a tile,
    /// and a 1-row pass 4.1 ms against 4.6: a thread's 32 live accumulators, most likely, cost
    /// more than reading each weight again per 8 rows (a projection stays in L2). Short attention
    /// splits, so that a 1-row pass at 512 positions has 16 × KV heads workgroups instead of one
    /// per query head.
    ///
    /// CPU drivers (lavapipe, SwiftShader) run a workgroup as a loop over 8-wide SIMD: 8 lanes
    /// measured 2.5× faster than 32 there, and since every storage load is a scalar loop over the
    /// SIMD lanes, 32 outputs per thread (1/32 of the x loads per multiply-add) ran 1-row passes
    /// 2.5× and 8-row passes 3.8× faster than 1 on lavapipe (bench/RESULTS.md); there a pass
    /// costs per row anyway, and 8 rows per tile ran 1-row passes 1.7× slower than 4 (more live
    /// accumulators) and 8-row passes only 1.2× faster. Workgroups cost there per barrier, not
    /// per idle core, so attention takes long splits.
    pub fn for_device(info: &wgpu::AdapterInfo) -> Shape {
        if info.device_type == wgpu::DeviceType::Cpu {
            Shape::CPU
        } else {
            Shape::GPU
        }
    }

    pub const CPU: Shape =
        Shape { matmul: matmul::Tile { lanes: 8, outs_per_thread: 32, rows: 4, groups: 4 }, keys_per_split: 256 };
    pub const GPU: Shape = Shape { matmul: matmul::Tile { lanes: 32, outs_per_thread: 2, rows: 8, groups: 8 }, keys_per_split: 32 };
}

/// The device-dependent choices that shape kernels. They are fixed per device, so every pass
/// on one device reduces in the same order (batch invariance is a per-device property).
#[derive(Debug, Clone, Copy)]
pub struct Variant {
    pub shape: Shape,
    pub head_dim: usize,
    /// Query heads per KV head.
    pub group: usize,
    /// Format of the token embeddings, which `embed` and `sampler_in` dequantise.
    pub embed_format: GpuFormat,
}

/// Every kernel, as `Kernels::new` compiles it for `v`.
pub fn catalogue(v: Variant) -> Vec<KernelSpec> {
    let mut all = vec![embed::spec(v.embed_format), rmsnorm::spec(), attention::spec(v.head_dim, v.group, v.shape.keys_per_split)];
    for format in [GpuFormat::Q4, GpuFormat::Q8, GpuFormat::F32] {
        all.extend(matmul::Plan::ALL.map(|plan| matmul::spec(format, v.shape.matmul, plan)));
    }
    all.extend(input::InputKind::GATED.map(lora::spec));
    all.extend([choose::spec(), verify::spec(), sampler_in::spec(v.embed_format)]);
    all.extend((1..=compact::LAYERS_PER_DISPATCH).map(compact::spec));
    all
}

fn dequant(format: GpuFormat) -> &'static str {
    match format {
        GpuFormat::Q4 => DEQUANT_Q4,
        GpuFormat::Q8 => DEQUANT_Q8,
        GpuFormat::F32 => DEQUANT_F32,
    }
}

/// A compiled kernel with an explicit bind-group layout built from its binding table.
pub struct Kernel {
    pub pipeline: wgpu::ComputePipeline,
    layout: wgpu::BindGroupLayout,
    name: &'static str,
}

impl Kernel {
    pub fn new(gpu: &Gpu, spec: &KernelSpec) -> Kernel {
        let entries: Vec<wgpu::BindGroupLayoutEntry> = spec
            .bindings
            .iter()
            .enumerate()
            .map(|(i, b)| wgpu::BindGroupLayoutEntry {
                binding: i as u32,
                visibility: wgpu::ShaderStages::COMPUTE,
                ty: wgpu::BindingType::Buffer {
                    ty: match b.access {
                        Access::Uniform => wgpu::BufferBindingType::Uniform,
                        Access::Read => wgpu::BufferBindingType::Storage { read_only: true },
                        Access::ReadWrite => wgpu::BufferBindingType::Storage { read_only: false },
                    },
                    has_dynamic_offset: false,
                    min_binding_size: None,
                },
                count: None,
            })
            .collect();
        let device = &gpu.device;
        let layout = device.create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor { label: Some(spec.name), entries: &entries });
        let pipeline_layout =
            device.create_pipeline_layout(&wgpu::PipelineLayoutDescriptor { label: Some(spec.name), bind_group_layouts: &[Some(&layout)], immediate_size: 0 });
        let module =
            device.create_shader_module(wgpu::ShaderModuleDescriptor { label: Some(spec.name), source: wgpu::ShaderSource::Wgsl(spec.source.as_str().into()) });
        let pipeline = device.create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
            label: Some(spec.name),
            layout: Some(&pipeline_layout),
            module: &module,
            entry_point: Some("main"),
            compilation_options: Default::default(),
            cache: None,
        });
        Kernel { pipeline, layout, name: spec.name }
    }

    /// A bind group over `buffers`, in binding order (the `bindings!` struct's field order).
    fn bind(&self, gpu: &Gpu, buffers: &[&wgpu::Buffer]) -> wgpu::BindGroup {
        let entries: Vec<wgpu::BindGroupEntry> =
            buffers.iter().enumerate().map(|(i, b)| wgpu::BindGroupEntry { binding: i as u32, resource: b.as_entire_binding() }).collect();
        gpu.device.create_bind_group(&wgpu::BindGroupDescriptor { label: Some(self.name), layout: &self.layout, entries: &entries })
    }
}

/// Records dispatches into one compute pass and counts what they do (`Counters`).
pub struct Encoder<'p> {
    pass: wgpu::ComputePass<'p>,
    /// Rows of the pass some gated LoRA acts on (mask rows for multi-token prediction, every row
    /// under a domain adapter): the only ones a LoRA kernel computes.
    gated_rows: u32,
    /// The pass's attention splits (`PassParams::splits`).
    splits: u32,
    pub counters: Counters,
}

impl<'p> Encoder<'p> {
    pub fn new(pass: wgpu::ComputePass<'p>, gated_rows: u32, splits: u32) -> Encoder<'p> {
        Encoder { pass, gated_rows, splits, counters: Counters::default() }
    }

    fn run(&mut self, pipeline: &wgpu::ComputePipeline, group: &wgpu::BindGroup, x: u32, y: u32) {
        self.pass.set_pipeline(pipeline);
        self.pass.set_bind_group(0, group, &[]);
        self.pass.dispatch_workgroups(x, y, 1);
        self.counters.dispatches += 1;
    }
}

/// What a bound kernel reads of weight matrices and computes with them, for the counters.
#[derive(Debug, Clone, Copy, Default)]
pub enum Cost {
    /// Reads no weight matrix.
    #[default]
    None,
    /// Reads `weight_bytes` per tile of `tile` rows and does `flops` per row; a gated LoRA adds
    /// `gated_bytes` and `gated_flops` per gated row.
    Tiled { weight_bytes: u64, tile: u32, flops: u64, gated_bytes: u64, gated_flops: u64 },
    /// Reads `weight_bytes` and does `flops` per gated row.
    Gated { weight_bytes: u64, flops: u64 },
}

/// Every pipeline, compiled once per model for its device.
pub struct Kernels {
    pub embed: embed::Embed,
    pub rmsnorm: rmsnorm::RmsNorm,
    pub attention: attention::Attention,
    pub matmul: matmul::Matmul,
    pub lora_a: lora::LoraA,
    pub choose: choose::Choose,
    pub verify: verify::Verify,
    pub sampler_in: sampler_in::SamplerIn,
    pub compact: compact::Compact,
}

impl Kernels {
    pub fn new(gpu: &Gpu, v: Variant) -> Kernels {
        Kernels {
            embed: embed::Embed::new(gpu, v.embed_format),
            rmsnorm: rmsnorm::RmsNorm::new(gpu),
            attention: attention::Attention::new(gpu, v.head_dim, v.group, v.shape.keys_per_split),
            matmul: matmul::Matmul::new(v.shape.matmul),
            lora_a: lora::LoraA::new(gpu),
            choose: choose::Choose::new(gpu),
            verify: verify::Verify::new(gpu),
            sampler_in: sampler_in::SamplerIn::new(gpu, v.embed_format),
            compact: compact::Compact::default(),
        }
    }
}

/// How many workgroups a bound kernel launches along one axis: a fixed count, one per row of
/// the pass (or of its logit / mask rows), one per tile of `n` rows, or `n` per attention split.
#[derive(Debug, Clone, Copy)]
pub enum Extent {
    Fixed(u32),
    Rows,
    RowTiles(u32),
    Splits(u32),
}

impl Extent {
    fn count(self, rows: u32, splits: u32) -> u32 {
        match self {
            Extent::Fixed(n) => n,
            Extent::Rows => rows,
            Extent::RowTiles(n) => rows.div_ceil(n),
            Extent::Splits(n) => n * splits,
        }
    }
}

/// A kernel bound to its buffers, with its grid and cost: ready to record for any number of rows.
pub struct Bound {
    pipeline: wgpu::ComputePipeline,
    group: wgpu::BindGroup,
    grid: (Extent, Extent),
    cost: Cost,
}

impl Bound {
    fn new(kernel: &Kernel, gpu: &Gpu, buffers: &[&wgpu::Buffer], grid: (Extent, Extent)) -> Bound {
        Bound { pipeline: kernel.pipeline.clone(), group: kernel.bind(gpu, buffers), grid, cost: Cost::None }
    }

    fn with_cost(self, cost: Cost) -> Bound {
        Bound { cost, ..self }
    }

    /// What the gated LoRAs a request runs add per row they act on (a `Tiled` or `Gated` cost).
    pub fn set_gated_cost(&mut self, bytes: u64, flops: u64) {
        match &mut self.cost {
            Cost::Tiled { gated_bytes, gated_flops, .. } => (*gated_bytes, *gated_flops) = (bytes, flops),
            Cost::Gated { weight_bytes, flops: f } => (*weight_bytes, *f) = (bytes, flops),
            Cost::None => {}
        }
    }

    /// Records the dispatch for a pass whose relevant row count (all rows, logit rows or mask
    /// rows, whichever this kernel walks) is `rows`.
    pub fn encode(&self, enc: &mut Encoder<'_>, rows: u32) {
        let splits = enc.splits;
        enc.run(&self.pipeline, &self.group, self.grid.0.count(rows, splits), self.grid.1.count(rows, splits));
        let (bytes, flops) = match self.cost {
            Cost::None => (0, 0),
            Cost::Tiled { weight_bytes, tile, flops, gated_bytes, gated_flops } => {
                let gated = enc.gated_rows.min(rows) as u64;
                (weight_bytes * rows.div_ceil(tile) as u64 + gated_bytes * gated, flops * rows as u64 + gated_flops * gated)
            }
            Cost::Gated { weight_bytes, flops } => {
                let gated = enc.gated_rows.min(rows) as u64;
                (weight_bytes * gated, flops * gated)
            }
        };
        enc.counters.weight_bytes += bytes;
        enc.counters.flops += flops;
    }
}
