// The final norm of the mask rows whose states feed the sampler head: out[i] = weight ·
// x[index[i]] / sqrt(mean(x[index[i]]²) + eps), one workgroup per mask row, fixed tree sum. (The
// logit rows' final norm runs inside the LM head's dispatch: shaders/input_norm.wgsl.)

struct NormOp {
    d: u32,
    eps: f32,
    _pad0: u32,
    _pad1: u32,
}

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<uniform> op: NormOp;
@group(0) @binding(4) var<uniform> pass_: PassParams;
@group(0) @binding(5) var<storage, read> index: array<u32>;

const WG: u32 = 64u;
var<workgroup> partial: array<f32, WG>;

@compute @workgroup_size(64)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let row = wid.x;
    if (row >= pass_.n_masks) {
        return;
    }
    let src = index[row];
    let t = lid.x;
    var s = 0.0;
    for (var i = t; i < op.d; i += WG) {
        let v = x[src * op.d + i];
        s += v * v;
    }
    partial[t] = s;
    workgroupBarrier();
    for (var k = WG / 2u; k > 0u; k >>= 1u) {
        if (t < k) {
            partial[t] += partial[t + k];
        }
        workgroupBarrier();
    }
    let scale = 1.0 / sqrt(partial[0] / f32(op.d) + op.eps);
    for (var i = t; i < op.d; i += WG) {
        out[row * op.d + i] = weight[i] * (x[src * op.d + i] * scale);
    }
}
