// Sampler head input for draft depth j, one row per parent node: u = [E(y); z_j], the parent's
// token y (the bonus token at depth 1, a depth j−1 draft below that; dequantised exactly) and the
// final-normed hidden state of mask j of the accepted group, which every parent shares.

const NONE: u32 = 0xffffffffu;

struct SamplerInOp {
    d: u32,
    vocab: u32,
    j: u32,
    // The parents' tokens are state[parent_at ..][..rows].
    parent_at: u32,
}

@group(0) @binding(0) var<storage, read> w: array<u32>;
@group(0) @binding(1) var<storage, read> z: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> state: array<u32>;
@group(0) @binding(3) var<storage, read_write> u: array<vec4<f32>>;
@group(0) @binding(4) var<uniform> op: SamplerInOp;

{{DEQUANT}}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let c = gid.x;
    let row = gid.y;
    let chunks = op.d / 8u;
    let z_base = state[1];
    if (c >= 2u * chunks || z_base == NONE) {
        return;
    }
    let at = row * chunks * 4u + 2u * c;
    if (c < chunks) {
        let e = chunk(min(state[op.parent_at + row], op.vocab - 1u), c, op.d / 32u);
        u[at] = e.lo;
        u[at + 1u] = e.hi;
    } else {
        let zi = ((z_base + op.j - 1u) * op.d) / 4u + 2u * (c - chunks);
        u[at] = z[zi];
        u[at + 1u] = z[zi + 1u];
    }
}
