// Causal (or tree) attention with GQA, split over the keys (flash-decoding with a fixed split):
// one workgroup per (KV head, split of KEYS visible keys, row) serves the GROUP query heads that
// share the KV head, so each key and value is read once for all of them. It writes, per query
// head and split, the split's max score m, its sum of exp(score − m) l, and Σ exp(score − m)·v
// (a record [m, l, 0, 0, acc...], vec4-aligned);
// the o projection combines the splits in a fixed order as it loads its input
// (shaders/input_attention.wgsl).
//
// A row's visible keys are cache slots [0, prefix) then its ranges (common.wgsl `slot_of`);
// split c is keys c·KEYS .. c·KEYS + KEYS − 1 of that sequence, and thread t owns the split's
// keys t, t + THREADS, …. The splits are fixed by the row's own sequence, every reduction is a
// loop in key order or a fixed tree, so a row's output never depends on the other rows of the
// pass. Splits past a row's keys write m = NEG_BIG, l = 0 and zeros, which the combine's weights
// exp(NEG_BIG − max) turn into exact zeros.

const HD: u32 = {{HEAD_DIM}}u;
const GROUP: u32 = {{GROUP}}u;
const KEYS: u32 = {{KEYS}}u;
const THREADS: u32 = 32u;
const DIMS_PER_THREAD: u32 = (HD + THREADS - 1u) / THREADS;
const NEG_BIG: f32 = -3.0e38;

struct AttnOp {
    n_heads: u32,
    n_kv_heads: u32,
    qkv_stride: u32,
    kv_dim: u32,
    scale: f32,
    v_at: u32,
    _pad1: u32,
    _pad2: u32,
}

@group(0) @binding(0) var<storage, read> qkv: array<f32>;
// K of every slot, then V from v_at.
@group(0) @binding(1) var<storage, read> kv_cache: array<f32>;
@group(0) @binding(2) var<storage, read> rows: array<Row>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<uniform> op_u: AttnOp;
@group(0) @binding(5) var<uniform> pass_u: PassParams;

// Copies of op_u and pass_u that no compiler can specialise on (`ops::opaque_uniforms`).
var<private> op: AttnOp;
var<private> pass_: PassParams;

var<workgroup> q_s: array<f32, GROUP * HD>;
// Scores, then their weights exp(score − m), of the split's keys per head.
var<workgroup> p_s: array<f32, GROUP * KEYS>;
var<workgroup> red: array<f32, GROUP * THREADS>;
var<workgroup> slot_s: array<u32, KEYS>;

// red[h·THREADS] = max (or sum) of red[h·THREADS ..][..THREADS] for every head of the group, in a
// fixed tree.
fn tree(t: u32, is_max: bool) {
    for (var s = THREADS / 2u; s > 0u; s >>= 1u) {
        if (t < s) {
            for (var h = 0u; h < GROUP; h++) {
                let i = h * THREADS + t;
                if (is_max) {
                    red[i] = max(red[i], red[i + s]);
                } else {
                    red[i] = red[i] + red[i + s];
                }
            }
        }
        workgroupBarrier();
    }
}

@compute @workgroup_size(32)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let z = wid.z;
{{OPAQUE_UNIFORMS}}    let row = wid.y;
    // From the uniform itself: the barriers below depend on it.
    if (row >= pass_u.n_rows) {
        return;
    }
    let t = lid.x;
    let kv_head = wid.x % op.n_kv_heads;
    let split = wid.x / op.n_kv_heads;
    let r = rows[row];
    let len = keys_of(r);
    let first = split * KEYS;
    let count = min(KEYS, len - min(len, first));
    for (var i = t; i < GROUP * HD; i += THREADS) {
        q_s[i] = qkv[row * op.qkv_stride + kv_head * GROUP * HD + i];
    }
    workgroupBarrier();

    var m_t: array<f32, GROUP>;
    for (var h = 0u; h < GROUP; h++) {
        m_t[h] = NEG_BIG;
    }
    for (var i = t; i < count; i += THREADS) {
        let slot = slot_of(r, first + i);
        slot_s[i] = slot;
        // Zeroed explicitly: with a bare declaration's implicit zero, Chromium (Tint, SwiftShader)
        // carried one key's sums into the thread's next key.
        var d = array<f32, GROUP>();
        let kb = slot * op.kv_dim + kv_head * HD;
        for (var e = 0u; e < HD; e++) {
            let k = kv_cache[kb + e];
            for (var h = 0u; h < GROUP; h++) {
                d[h] += q_s[h * HD + e] * k;
            }
        }
        for (var h = 0u; h < GROUP; h++) {
            let score = d[h] * op.scale;
            p_s[h * KEYS + i] = score;
            m_t[h] = max(m_t[h], score);
        }
    }
    for (var h = 0u; h < GROUP; h++) {
        red[h * THREADS + t] = m_t[h];
    }
    workgroupBarrier();
    tree(t, true);
    var m: array<f32, GROUP>;
    for (var h = 0u; h < GROUP; h++) {
        m[h] = red[h * THREADS];
    }
    workgroupBarrier();
    var l_t = array<f32, GROUP>();
    for (var i = t; i < count; i += THREADS) {
        for (var h = 0u; h < GROUP; h++) {
            let p = exp(p_s[h * KEYS + i] - m[h]);
            p_s[h * KEYS + i] = p;
            l_t[h] += p;
        }
    }
    for (var h = 0u; h < GROUP; h++) {
        red[h * THREADS + t] = l_t[h];
    }
    workgroupBarrier();
    tree(t, false);

    let splits = pass_.splits;
    for (var h = 0u; h < GROUP; h++) {
        let head = kv_head * GROUP + h;
        let base = ((row * op.n_heads + head) * splits + split) * (HD + 4u);
        if (t == 0u) {
            out[base] = m[h];
            out[base + 1u] = red[h * THREADS];
            out[base + 2u] = 0.0;
            out[base + 3u] = 0.0;
        }
        for (var dd = 0u; dd < DIMS_PER_THREAD; dd++) {
            let di = t + dd * THREADS;
            if (di < HD) {
                var a = 0.0;
                for (var i = 0u; i < count; i++) {
                    a += p_s[h * KEYS + i] * kv_cache[op.v_at + slot_s[i] * op.kv_dim + kv_head * HD + di];
                }
                out[base + 4u + di] = a;
            }
        }
    }
}
