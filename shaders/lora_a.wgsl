// Gated LoRA, first half: t[row, j] = Σ_k A[j, k] · input[row, k] for the (concatenated) A of
// one fused projection, reading its input as the projection does (shaders/input_*). Rows whose
// gate is 0 are skipped — never multiplied by zero — so real tokens stay exactly the base model
// (docs/DESIGN.md §2.3).

struct LoraAOp {
    k: u32,
    n_out: u32,
    x_stride: u32,
    t_stride: u32,
    // RMSNorm's epsilon, for a normed input.
    eps: f32,
    // Head layout, for attention's output as input.
    n_heads: u32,
    head_dim: u32,
    _pad: u32,
}

{{BINDINGS}}

// One row per workgroup.
const INPUT_ROWS: u32 = 1u;

{{INPUT}}

@compute @workgroup_size(64)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let j = wid.x * 64u + lid.x;
    let row = wid.y;
    input_prologue(lid.x, 64u, row, select(0u, 1u, row < pass_.n_rows));
    if (row >= pass_.n_rows || j >= op.n_out || rows[row].gate == 0u) {
        return;
    }
    var s = 0.0;
    for (var c4 = 0u; c4 < op.k / 4u; c4++) {
        let v = input(row, 0u, c4);
        let aj = j * op.k + 4u * c4;
        s += a[aj] * v.x;
        s += a[aj + 1u] * v.y;
        s += a[aj + 2u] * v.z;
        s += a[aj + 3u] * v.w;
    }
    t[row * op.t_stride + j] = s;
}
