// Causal (or tree) attention with GQA: one workgroup per (head, row).
//
// A row's visible keys are cache slots [0, prefix) then [extra_start, extra_start + extra_len),
// walked in that order in chunks of 64 keys with an online softmax. The chunks are fixed by the
// slots alone, so a row's output never depends on the other rows of the pass.

const HD: u32 = {{HEAD_DIM}}u;
const WG: u32 = 64u;
const DIMS_PER_THREAD: u32 = (HD + WG - 1u) / WG;
const NEG_BIG: f32 = -3.0e38;

struct AttnOp {
    n_heads: u32,
    n_kv_heads: u32,
    qkv_stride: u32,
    kv_dim: u32,
    out_stride: u32,
    scale: f32,
    _pad0: u32,
    _pad1: u32,
}

@group(0) @binding(0) var<storage, read> qkv: array<f32>;
@group(0) @binding(1) var<storage, read> k_cache: array<f32>;
@group(0) @binding(2) var<storage, read> v_cache: array<f32>;
@group(0) @binding(3) var<storage, read> rows: array<Row>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;
@group(0) @binding(5) var<uniform> op: AttnOp;
@group(0) @binding(6) var<uniform> pass_: PassParams;

var<workgroup> q_s: array<f32, HD>;
var<workgroup> scores: array<f32, WG>;
var<workgroup> probs: array<f32, WG>;

@compute @workgroup_size(64)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let h = wid.x;
    let row = wid.y;
    if (row >= pass_.n_rows) {
        return;
    }
    let t = lid.x;
    let r = rows[row];
    let kv_head = h / (op.n_heads / op.n_kv_heads);
    for (var i = t; i < HD; i += WG) {
        q_s[i] = qkv[row * op.qkv_stride + h * HD + i];
    }
    workgroupBarrier();

    var m = NEG_BIG;
    var l = 0.0;
    var acc: array<f32, DIMS_PER_THREAD>;
    for (var seg = 0u; seg < 2u; seg++) {
        var start = 0u;
        var end = r.prefix;
        if (seg == 1u) {
            start = r.extra_start;
            end = r.extra_start + r.extra_len;
        }
        for (var c0 = start; c0 < end; c0 += WG) {
            let j = c0 + t;
            var s = NEG_BIG;
            if (j < end) {
                let kb = j * op.kv_dim + kv_head * HD;
                var d = 0.0;
                for (var i = 0u; i < HD; i++) {
                    d += q_s[i] * k_cache[kb + i];
                }
                s = d * op.scale;
            }
            scores[t] = s;
            workgroupBarrier();
            let count = min(WG, end - c0);
            var m_new = m;
            for (var i = 0u; i < count; i++) {
                m_new = max(m_new, scores[i]);
            }
            var p = 0.0;
            if (j < end) {
                p = exp(s - m_new);
            }
            probs[t] = p;
            workgroupBarrier();
            let alpha = exp(m - m_new);
            var sum = 0.0;
            for (var i = 0u; i < count; i++) {
                sum += probs[i];
            }
            l = l * alpha + sum;
            for (var dd = 0u; dd < DIMS_PER_THREAD; dd++) {
                let di = t + dd * WG;
                if (di < HD) {
                    var a = acc[dd] * alpha;
                    for (var i = 0u; i < count; i++) {
                        a += probs[i] * v_cache[(c0 + i) * op.kv_dim + kv_head * HD + di];
                    }
                    acc[dd] = a;
                }
            }
            m = m_new;
            workgroupBarrier();
        }
    }
    for (var dd = 0u; dd < DIMS_PER_THREAD; dd++) {
        let di = t + dd * WG;
        if (di < HD) {
            out[row * op.out_stride + h * HD + di] = acc[dd] / l;
        }
    }
}
