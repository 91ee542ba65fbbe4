// y[row, y_offset + o] (+)= Σ_k W[o, k] · x[row, k] over quantised W, for every row of the pass.
//
// Batch invariance: each output element is summed by 32 lanes that walk fixed strided chunks of
// k, then a fixed shared-memory tree. Nothing depends on how many rows the pass has or where a
// row sits in it, so a row's result is bitwise the same alone or in any batch.

struct MatmulOp {
    k: u32,
    n_out: u32,
    x_stride: u32,
    y_stride: u32,
    y_offset: u32,
    accumulate: u32,
    // 1: the pass's logit rows (n_logits) instead of all its rows (n_rows).
    logit_rows: u32,
    _pad: u32,
}

@group(0) @binding(0) var<storage, read> w: array<u32>;
@group(0) @binding(1) var<storage, read> x: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> y: array<f32>;
@group(0) @binding(3) var<uniform> op: MatmulOp;
@group(0) @binding(4) var<uniform> pass_: PassParams;

{{DEQUANT}}

const LANES: u32 = {{LANES}}u;
const OUTS: u32 = {{OUTS}}u;
const ROWS: u32 = {{ROWS}}u;

var<workgroup> partial: array<f32, LANES * OUTS * ROWS>;

@compute @workgroup_size(LANES, OUTS, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let lane = lid.x;
    let o = wid.x * OUTS + lid.y;
    let row0 = wid.y * ROWS;
    var n = pass_.n_rows;
    if (op.logit_rows == 1u) {
        n = pass_.n_logits;
    }
    // Named accumulators, not an array (generated per ROWS): a dynamically indexed local array
    // spills to memory on CPU Vulkan drivers (lavapipe, SwiftShader) and costs several times the math.
{{ACC_DECLARE}}
    let valid = min(n - min(n, row0), ROWS);
    if (o < op.n_out && valid > 0u) {
        let chunks = op.k / 8u;
        let blocks_per_row = op.k / 32u;
        let x0 = row0 * op.x_stride / 4u;
        let xs = op.x_stride / 4u;
        for (var c = lane; c < chunks; c += LANES) {
            let wc = chunk(o, c, blocks_per_row);
            let xb = x0 + 2u * c;
{{ACC_ADD}}
        }
    }
    let base = lid.y * LANES + lane;
{{ACC_STORE}}
    workgroupBarrier();
    for (var s = LANES / 2u; s > 0u; s >>= 1u) {
        if (lane < s) {
            for (var r = 0u; r < ROWS; r++) {
                let i = (r * OUTS + lid.y) * LANES + lane;
                partial[i] += partial[i + s];
            }
        }
        workgroupBarrier();
    }
    if (lane < ROWS && o < op.n_out && row0 + lane < n) {
        let sum = partial[(lane * OUTS + lid.y) * LANES];
        let yi = (row0 + lane) * op.y_stride + op.y_offset + o;
        if (op.accumulate == 1u) {
            y[yi] = y[yi] + sum;
        } else {
            y[yi] = sum;
        }
    }
}
