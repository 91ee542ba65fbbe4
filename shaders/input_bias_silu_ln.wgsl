// Input: LN(silu(x + bias)) · ln_w + ln_b, the sampler head's Linear → SiLU → LayerNorm tail,
// computed as the next matmul loads it (no dispatch, no buffer of its own). Each workgroup finds
// its rows' mean and variance itself, in a fixed order — 64 strided partials, then a fixed tree —
// that depends on nothing but the row.
const LN_PARTS: u32 = 64u;
var<workgroup> ln_part: array<f32, LN_PARTS * INPUT_ROWS>;
var<workgroup> ln_mean: array<f32, INPUT_ROWS>;
var<workgroup> ln_inv: array<f32, INPUT_ROWS>;

fn activated(row: u32, i: u32) -> f32 {
    let at = row * op.x_stride + i;
    let h = x[at / 4u][at % 4u] + bias[i / 4u][i % 4u];
    return h / (1.0 + exp(-h));
}

// Sums each valid row's LN_PARTS partials into ln_part[r * LN_PARTS] in a fixed tree.
fn ln_tree(tid: u32, threads: u32, valid: u32) {
    workgroupBarrier();
    for (var h = LN_PARTS / 2u; h > 0u; h >>= 1u) {
        for (var p = tid; p < h * valid; p += threads) {
            let at = p / h * LN_PARTS + p % h;
            ln_part[at] += ln_part[at + h];
        }
        workgroupBarrier();
    }
}

fn input_prologue(tid: u32, threads: u32, row0: u32, valid: u32) {
    for (var p = tid; p < LN_PARTS * valid; p += threads) {
        var s = 0.0;
        for (var i = p % LN_PARTS; i < op.k; i += LN_PARTS) {
            s += activated(row0 + p / LN_PARTS, i);
        }
        ln_part[p] = s;
    }
    ln_tree(tid, threads, valid);
    for (var r = tid; r < valid; r += threads) {
        ln_mean[r] = ln_part[r * LN_PARTS] / f32(op.k);
    }
    workgroupBarrier();
    for (var p = tid; p < LN_PARTS * valid; p += threads) {
        var s = 0.0;
        let mean = ln_mean[p / LN_PARTS];
        for (var i = p % LN_PARTS; i < op.k; i += LN_PARTS) {
            let dv = activated(row0 + p / LN_PARTS, i) - mean;
            s += dv * dv;
        }
        ln_part[p] = s;
    }
    ln_tree(tid, threads, valid);
    for (var r = tid; r < valid; r += threads) {
        ln_inv[r] = 1.0 / sqrt(ln_part[r * LN_PARTS] / f32(op.k) + op.eps);
    }
    workgroupBarrier();
}

fn input(row: u32, r: u32, c4: u32) -> vec4<f32> {
    let h = x[row * (op.x_stride / 4u) + c4] + bias[c4];
    let a = h / (1.0 + exp(-h));
    return (a - ln_mean[r]) * ln_inv[r] * ln_w[c4] + ln_b[c4];
}
