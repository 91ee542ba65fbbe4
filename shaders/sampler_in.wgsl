// Sampler head input for draft depth j, one row per parent node: u = [E(y); z_j], the parent's
// token y (the bonus token at depth 1, a depth j−1 draft below that; dequantised exactly) and the
// final-normed hidden state of mask j of the accepted group, which every parent shares. A residual
// head's output starts as z_j + b2 in `res`; its second layer then accumulates fc2 · h1 there.

const NONE: u32 = 0xffffffffu;

struct SamplerInOp {
    d: u32,
    vocab: u32,
    j: u32,
    // The parents' tokens are state[parent_at ..][..rows].
    parent_at: u32,
    residual: u32,
    _pad0: u32,
    _pad1: u32,
    _pad2: u32,
}

@group(0) @binding(0) var<storage, read> w: array<u32>;
@group(0) @binding(1) var<storage, read> z: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> state: array<u32>;
@group(0) @binding(3) var<storage, read_write> u: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read> b2: array<vec4<f32>>;
@group(0) @binding(5) var<storage, read_write> res: array<vec4<f32>>;
@group(0) @binding(6) var<uniform> op: SamplerInOp;

{{DEQUANT}}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let c = gid.x;
    let row = gid.y;
    let chunks = op.d / 8u;
    let z_base = state[1];
    if (c >= 2u * chunks) {
        return;
    }
    let at = row * chunks * 4u + 2u * c;
    if (c < chunks) {
        if (z_base != NONE) {
            let e = chunk(min(state[op.parent_at + row], op.vocab - 1u), c, op.d / 32u);
            u[at] = e.lo;
            u[at + 1u] = e.hi;
        }
        return;
    }
    let zc = 2u * (c - chunks);
    var z0 = vec4<f32>(0.0);
    var z1 = vec4<f32>(0.0);
    if (z_base != NONE) {
        let zi = ((z_base + op.j - 1u) * op.d) / 4u + zc;
        z0 = z[zi];
        z1 = z[zi + 1u];
        u[at] = z0;
        u[at + 1u] = z1;
    }
    // Written even without mask states, so the second layer never adds onto an earlier pass's sum.
    if (op.residual == 1u) {
        let ri = row * (op.d / 4u) + zc;
        res[ri] = z0 + b2[zc];
        res[ri + 1u] = z1 + b2[zc + 1u];
    }
}
