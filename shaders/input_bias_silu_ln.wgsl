// Input: LN(silu(x + bias)) · ln_w + ln_b, the sampler head's Linear → SiLU → LayerNorm tail,
// computed as the next matmul loads it (no dispatch, no buffer of its own). Each workgroup finds
// its rows' mean and variance itself, in a fixed order (shaders/input_row_sums.wgsl).
var<workgroup> ln_mean: array<f32, INPUT_ROWS>;
var<workgroup> ln_inv: array<f32, INPUT_ROWS>;

fn activated(row: u32, i: u32) -> f32 {
    let at = row * op.x_stride + i;
    let h = x[at / 4u][at % 4u] + bias[i / 4u][i % 4u];
    return h / (1.0 + exp(-h));
}

fn input_prologue(tid: u32, threads: u32, row0: u32, valid: u32) {
    for (var p = tid; p < ROW_PARTS * valid; p += threads) {
        var s = 0.0;
        for (var i = p % ROW_PARTS; i < op.k; i += ROW_PARTS) {
            s += activated(row0 + p / ROW_PARTS, i);
        }
        row_part[p] = s;
    }
    row_part_tree(tid, threads, valid);
    for (var r = tid; r < valid; r += threads) {
        ln_mean[r] = row_part[r * ROW_PARTS] / f32(op.k);
    }
    workgroupBarrier();
    for (var p = tid; p < ROW_PARTS * valid; p += threads) {
        var s = 0.0;
        let mean = ln_mean[p / ROW_PARTS];
        for (var i = p % ROW_PARTS; i < op.k; i += ROW_PARTS) {
            let dv = activated(row0 + p / ROW_PARTS, i) - mean;
            s += dv * dv;
        }
        row_part[p] = s;
    }
    row_part_tree(tid, threads, valid);
    for (var r = tid; r < valid; r += threads) {
        ln_inv[r] = 1.0 / sqrt(row_part[r * ROW_PARTS] / f32(op.k) + op.eps);
    }
    workgroupBarrier();
}

fn input(row: u32, r: u32, c4: u32) -> vec4<f32> {
    let h = x[row * (op.x_stride / 4u) + c4] + bias[c4];
    let a = h / (1.0 + exp(-h));
    return (a - ln_mean[r]) * ln_inv[r] * ln_w[c4] + ln_b[c4];
}
