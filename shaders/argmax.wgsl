// Greedy choice per logits row: the largest logit, the lowest index on ties (as torch.argmax).

struct ArgmaxOp {
    vocab: u32,
    // Row i's choice goes to chosen[out_offset + i].
    out_offset: u32,
    _pad1: u32,
    _pad2: u32,
}

@group(0) @binding(0) var<storage, read> logits: array<f32>;
@group(0) @binding(1) var<storage, read_write> chosen: array<u32>;
@group(0) @binding(2) var<uniform> op: ArgmaxOp;
@group(0) @binding(3) var<uniform> pass_: Pass;

const WG: u32 = 256u;
var<workgroup> best_v: array<f32, WG>;
var<workgroup> best_i: array<u32, WG>;

@compute @workgroup_size(256)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let row = wid.x;
    if (row >= pass_.n_logits) {
        return;
    }
    let t = lid.x;
    var bv = -3.4e38;
    var bi = 0xffffffffu;
    for (var i = t; i < op.vocab; i += WG) {
        let v = logits[row * op.vocab + i];
        if (v > bv || bi == 0xffffffffu) {
            bv = v;
            bi = i;
        }
    }
    best_v[t] = bv;
    best_i[t] = bi;
    workgroupBarrier();
    for (var k = WG / 2u; k > 0u; k >>= 1u) {
        if (t < k) {
            let ov = best_v[t + k];
            let oi = best_i[t + k];
            if (oi != 0xffffffffu && (best_i[t] == 0xffffffffu || ov > best_v[t] || (ov == best_v[t] && oi < best_i[t]))) {
                best_v[t] = ov;
                best_i[t] = oi;
            }
        }
        workgroupBarrier();
    }
    if (t == 0u) {
        chosen[op.out_offset + row] = best_i[0];
    }
}
