// Rotates q and k in place (adjacent pairs, ggml's normal mode) with the precomputed cos/sin
// table, and writes k and v to their cache slots, so attention reads every key of the pass —
// its own rows included — from the cache, the same layout whether a row came alone or batched.

struct RopeOp {
    n_heads: u32,
    n_kv_heads: u32,
    head_dim: u32,
    qkv_stride: u32,
}

@group(0) @binding(0) var<storage, read_write> qkv: array<f32>;
@group(0) @binding(1) var<storage, read> rope: array<vec2<f32>>;
@group(0) @binding(2) var<storage, read> rows: array<Row>;
@group(0) @binding(3) var<storage, read_write> k_cache: array<f32>;
@group(0) @binding(4) var<storage, read_write> v_cache: array<f32>;
@group(0) @binding(5) var<uniform> op: RopeOp;
@group(0) @binding(6) var<uniform> pass_: PassParams;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let row = gid.y;
    let half = op.head_dim / 2u;
    let pair = gid.x;
    let heads = op.n_heads + 2u * op.n_kv_heads;
    if (row >= pass_.n_rows || pair >= heads * half) {
        return;
    }
    let r = rows[row];
    let head = pair / half;
    let i = pair % half;
    let at = row * op.qkv_stride + head * op.head_dim + 2u * i;
    let a = qkv[at];
    let b = qkv[at + 1u];
    let kv_dim = op.n_kv_heads * op.head_dim;
    if (head < op.n_heads + op.n_kv_heads) {
        let cs = rope[r.pos * half + i];
        let ra = a * cs.x - b * cs.y;
        let rb = a * cs.y + b * cs.x;
        qkv[at] = ra;
        qkv[at + 1u] = rb;
        if (head >= op.n_heads) {
            let c = r.slot * kv_dim + (head - op.n_heads) * op.head_dim + 2u * i;
            k_cache[c] = ra;
            k_cache[c + 1u] = rb;
        }
    } else {
        let c = r.slot * kv_dim + (head - op.n_heads - op.n_kv_heads) * op.head_dim + 2u * i;
        v_cache[c] = a;
        v_cache[c + 1u] = b;
    }
}
