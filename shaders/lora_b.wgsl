// Gated LoRA, second half: y[row, o] += scale · Σ_j B[o, j] · t[row, seg(o)·rank + j], mask rows
// only; or, before a projection that adds it in its own epilogue (q|k|v, rotated there), y = the
// delta alone. Fused projections (q|k|v, gate|up) keep their B rows stacked; `bound1`/`bound2` say where
// each target's outputs start, so output o reads its own target's slice of t.

struct LoraBOp {
    n_out: u32,
    rank: u32,
    y_stride: u32,
    t_stride: u32,
    bound1: u32,
    bound2: u32,
    scale: f32,
    accumulate: u32,
}

@group(0) @binding(0) var<storage, read> b: array<f32>;
@group(0) @binding(1) var<storage, read> t: array<f32>;
@group(0) @binding(2) var<storage, read_write> y: array<f32>;
@group(0) @binding(3) var<uniform> op: LoraBOp;
@group(0) @binding(4) var<uniform> pass_: PassParams;
@group(0) @binding(5) var<storage, read> rows: array<Row>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let o = gid.x;
    let row = gid.y;
    if (row >= pass_.n_rows || o >= op.n_out || rows[row].gate == 0u) {
        return;
    }
    let seg = select(0u, 1u, o >= op.bound1) + select(0u, 1u, o >= op.bound2);
    let tb = row * op.t_stride + seg * op.rank;
    var s = 0.0;
    for (var j = 0u; j < op.rank; j++) {
        s += b[o * op.rank + j] * t[tb + j];
    }
    let yi = row * op.y_stride + o;
    if (op.accumulate == 1u) {
        y[yi] = y[yi] + op.scale * s;
    } else {
        y[yi] = op.scale * s;
    }
}
