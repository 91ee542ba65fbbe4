// The sampler head's Linear → SiLU → LayerNorm tail: v = LN(silu(v + bias)) in place, one
// workgroup per row (a draft tree evaluates several parents at a depth), fixed-order tree sums.

struct BslOp {
    n: u32,
    eps: f32,
    _pad0: u32,
    _pad1: u32,
}

@group(0) @binding(0) var<storage, read_write> v: array<f32>;
@group(0) @binding(1) var<storage, read> bias: array<f32>;
@group(0) @binding(2) var<storage, read> ln_w: array<f32>;
@group(0) @binding(3) var<storage, read> ln_b: array<f32>;
@group(0) @binding(4) var<uniform> op: BslOp;

const WG: u32 = 64u;
var<workgroup> partial: array<f32, WG>;

fn tree_sum(t: u32, s: f32) -> f32 {
    partial[t] = s;
    workgroupBarrier();
    for (var k = WG / 2u; k > 0u; k >>= 1u) {
        if (t < k) {
            partial[t] += partial[t + k];
        }
        workgroupBarrier();
    }
    let total = partial[0];
    workgroupBarrier();
    return total;
}

@compute @workgroup_size(64)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let t = lid.x;
    let at = wid.x * op.n;
    var s = 0.0;
    for (var i = t; i < op.n; i += WG) {
        let h = v[at + i] + bias[i];
        let a = h / (1.0 + exp(-h));
        v[at + i] = a;
        s += a;
    }
    let mean = tree_sum(t, s) / f32(op.n);
    var q = 0.0;
    for (var i = t; i < op.n; i += WG) {
        let dv = v[at + i] - mean;
        q += dv * dv;
    }
    let inv = 1.0 / sqrt(tree_sum(t, q) / f32(op.n) + op.eps);
    for (var i = t; i < op.n; i += WG) {
        v[at + i] = (v[at + i] - mean) * inv * ln_w[i] + ln_b[i];
    }
}
