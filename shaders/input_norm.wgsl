// Input: RMSNorm(x) · norm_w, of x's row `source_row(row)` (the row itself, or for the LM head
// the pass's logit row: the final norm runs inside the head's dispatch). Each workgroup finds the
// scale of its rows itself (no norm dispatch, no normed copy in memory), summing the squares in a
// fixed order (shaders/input_row_sums.wgsl).
var<workgroup> norm_scale: array<f32, INPUT_ROWS>;

fn x_at(row: u32, i: u32) -> f32 {
    let at = source_row(row) * op.x_stride + i;
    return x[at / 4u][at % 4u];
}

// Called by every thread of the workgroup, `valid` the same for all. All rows at once, so a
// tile pays the tree's barriers once, not once per row.
fn input_prologue(tid: u32, threads: u32, row0: u32, valid: u32) {
    for (var p = tid; p < ROW_PARTS * valid; p += threads) {
        var s = 0.0;
        for (var i = p % ROW_PARTS; i < op.k; i += ROW_PARTS) {
            let v = x_at(row0 + p / ROW_PARTS, i);
            s += v * v;
        }
        row_part[p] = s;
    }
    row_part_tree(tid, threads, valid);
    for (var r = tid; r < valid; r += threads) {
        norm_scale[r] = 1.0 / sqrt(row_part[r * ROW_PARTS] / f32(op.k) + op.eps);
    }
    workgroupBarrier();
}

fn input(row: u32, r: u32, c4: u32) -> vec4<f32> {
    return norm_w[c4] * (x[source_row(row) * (op.x_stride / 4u) + c4] * norm_scale[r]);
}
