// Input: RMSNorm(x) · norm_w. Each workgroup finds the scale of its rows itself (no norm
// dispatch, no normed copy in memory), summing the squares in a fixed order — 64 strided
// partials, then a fixed tree — that depends on nothing but the row.
const NORM_PARTS: u32 = 64u;
var<workgroup> norm_part: array<f32, NORM_PARTS>;
var<workgroup> norm_scale: array<f32, INPUT_ROWS>;

fn x_at(row: u32, i: u32) -> f32 {
    let at = row * op.x_stride + i;
    return x[at / 4u][at % 4u];
}

// Called by every thread of the workgroup, `valid` the same for all.
fn input_prologue(tid: u32, threads: u32, row0: u32, valid: u32) {
    for (var r = 0u; r < valid; r++) {
        for (var p = tid; p < NORM_PARTS; p += threads) {
            var s = 0.0;
            for (var i = p; i < op.k; i += NORM_PARTS) {
                let v = x_at(row0 + r, i);
                s += v * v;
            }
            norm_part[p] = s;
        }
        workgroupBarrier();
        for (var h = NORM_PARTS / 2u; h > 0u; h >>= 1u) {
            for (var p = tid; p < h; p += threads) {
                norm_part[p] += norm_part[p + h];
            }
            workgroupBarrier();
        }
        if (tid == 0u) {
            norm_scale[r] = 1.0 / sqrt(norm_part[0] / f32(op.k) + op.eps);
        }
        workgroupBarrier();
    }
}

fn input(row: u32, r: u32, c4: u32) -> vec4<f32> {
    return norm_w[c4] * (x[row * (op.x_stride / 4u) + c4] * norm_scale[r]);
}
