// x[row] = embedding of the row's token (dequantised exactly), or its mask embedding on mask rows.
// Real rows also record their token in their cache slot, for the repetition penalty (choose.wgsl).

struct EmbedOp {
    d: u32,
    vocab: u32,
    _pad0: u32,
    _pad1: u32,
}

@group(0) @binding(0) var<storage, read> w: array<u32>;
@group(0) @binding(1) var<storage, read> masks: array<f32>;
@group(0) @binding(2) var<storage, read> rows: array<Row>;
@group(0) @binding(3) var<storage, read_write> x: array<vec4<f32>>;
@group(0) @binding(4) var<uniform> op: EmbedOp;
@group(0) @binding(5) var<uniform> pass_: PassParams;
@group(0) @binding(6) var<storage, read_write> history: array<u32>;

{{DEQUANT}}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let c = gid.x;
    let row = gid.y;
    if (row >= pass_.n_rows || c >= op.d / 8u) {
        return;
    }
    let r = rows[row];
    let at = (row * op.d + c * 8u) / 4u;
    if (r.gate == 1u) {
        let m = r.token * op.d + c * 8u;
        x[at] = vec4<f32>(masks[m], masks[m + 1u], masks[m + 2u], masks[m + 3u]);
        x[at + 1u] = vec4<f32>(masks[m + 4u], masks[m + 5u], masks[m + 6u], masks[m + 7u]);
    } else {
        if (c == 0u) {
            history[r.slot] = r.token;
        }
        let e = chunk(min(r.token, op.vocab - 1u), c, op.d / 32u);
        x[at] = e.lo;
        x[at + 1u] = e.hi;
    }
}
