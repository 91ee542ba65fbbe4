// act = silu(gate) · up, reading the fused [gate | up] projection of each row.

struct SiluOp {
    ffn: u32,
    _pad0: u32,
    _pad1: u32,
    _pad2: u32,
}

@group(0) @binding(0) var<storage, read> gate_up: array<f32>;
@group(0) @binding(1) var<storage, read_write> act: array<f32>;
@group(0) @binding(2) var<uniform> op: SiluOp;
@group(0) @binding(3) var<uniform> pass_: PassParams;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let i = gid.x;
    let row = gid.y;
    if (row >= pass_.n_rows || i >= op.ffn) {
        return;
    }
    let g = gate_up[row * 2u * op.ffn + i];
    let u = gate_up[row * 2u * op.ffn + op.ffn + i];
    act[row * op.ffn + i] = g / (1.0 + exp(-g)) * u;
}
