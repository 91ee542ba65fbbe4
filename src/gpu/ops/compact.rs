//! Moves a verified draft tree's accepted path to consecutive cache slots (shaders/compact.wgsl).

use super::{declarations, shared_struct, Binding, Bound, Extent, Kernel, KernelSpec, Shared};
use crate::gpu::Gpu;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const WGSL: &str = include_str!("../../../shaders/compact.wgsl");

/// Blocks one dispatch moves: the state, the rows and the tokens take 3 of WebGPU's 8 storage
/// buffers per stage.
pub const LAYERS_PER_DISPATCH: usize = 5;

const KV_NAMES: [&str; LAYERS_PER_DISPATCH] = ["kv0", "kv1", "kv2", "kv3", "kv4"];

shared_struct! {
    pub struct CompactOp {
        pub kv_dim: u32,
        pub v_at: u32,
        /// 1 when this dispatch also moves the tokens.
        pub history: u32,
        pub _pad: u32,
    }
}

fn bindings(layers: usize) -> Vec<Binding> {
    let mut b = vec![Binding::read("state", "array<u32>"), Binding::read("rows", "array<Row>"), Binding::read_write("history", "array<u32>")];
    b.extend(KV_NAMES[..layers].iter().map(|name| Binding::read_write(name, "array<f32>")));
    b.push(Binding::uniform("op", "CompactOp"));
    b
}

/// The kernel for `layers` blocks (1..=`LAYERS_PER_DISPATCH`).
pub fn spec(layers: usize) -> KernelSpec {
    let bindings = bindings(layers);
    let moves: String = KV_NAMES[..layers].iter().map(|kv| format!("        {kv}[dst] = {kv}[src];\n")).collect();
    KernelSpec::new("compact", WGSL, &[("BINDINGS", &declarations(&bindings)), ("MOVES", &moves)], &bindings, vec![CompactOp::layout()])
}

/// The compaction pipelines, one per number of blocks a dispatch moves, compiled when needed.
#[derive(Default)]
pub struct Compact {
    kernels: Mutex<HashMap<usize, Arc<Kernel>>>,
}

impl Compact {
    /// Binds the moves of `kv_caches` (at most `LAYERS_PER_DISPATCH`); `op.history` says whether
    /// this dispatch moves the tokens too.
    pub fn bind(&self, gpu: &Gpu, state: &wgpu::Buffer, rows: &wgpu::Buffer, history: &wgpu::Buffer, kv_caches: &[&wgpu::Buffer], op: &CompactOp) -> Bound {
        let layers = kv_caches.len();
        let kernel = {
            let mut kernels = self.kernels.lock().unwrap_or_else(|e| e.into_inner());
            kernels.entry(layers).or_insert_with(|| Arc::new(Kernel::new(gpu, &spec(layers)))).clone()
        };
        let uniform = gpu.uniform("compact_op", op);
        let mut buffers = vec![state, rows, history];
        buffers.extend_from_slice(kv_caches);
        buffers.push(&uniform);
        Bound::new(&kernel, gpu, &buffers, (Extent::Fixed((2 * op.kv_dim).div_ceil(64)), Extent::Fixed(1)))
    }
}
