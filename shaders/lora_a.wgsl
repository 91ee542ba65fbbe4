// Gated LoRA, first half: t[row, j] = Σ_k A[j, k] · x[row, k] for the (concatenated) A of one
// fused projection. Rows whose gate is 0 are skipped — never multiplied by zero — so real tokens
// stay exactly the base model (docs/DESIGN.md §2.3).

struct LoraAOp {
    k: u32,
    n_out: u32,
    x_stride: u32,
    t_stride: u32,
}

@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read_write> t: array<f32>;
@group(0) @binding(3) var<uniform> op: LoraAOp;
@group(0) @binding(4) var<uniform> pass_: PassParams;
@group(0) @binding(5) var<storage, read> rows: array<Row>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let j = gid.x;
    let row = gid.y;
    if (row >= pass_.n_rows || j >= op.n_out || rows[row].gate == 0u) {
        return;
    }
    var s = 0.0;
    for (var i = 0u; i < op.k; i++) {
        s += a[j * op.k + i] * x[row * op.x_stride + i];
    }
    t[row * op.t_stride + j] = s;
}
