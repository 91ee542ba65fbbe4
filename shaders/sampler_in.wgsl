// Sampler head input for draft j: u = [E(y_{j-1}); z_j], the previous token's embedding
// (dequantised exactly) and the final-normed hidden state of mask j of the accepted group.

const NONE: u32 = 0xffffffffu;

struct SamplerInOp {
    d: u32,
    vocab: u32,
    j: u32,
    _pad: u32,
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
    let chunks = op.d / 8u;
    let z_base = state[1];
    if (c >= 2u * chunks || z_base == NONE) {
        return;
    }
    if (c < chunks) {
        let e = chunk(min(state[2u + op.j - 1u], op.vocab - 1u), c, op.d / 32u);
        u[2u * c] = e.lo;
        u[2u * c + 1u] = e.hi;
    } else {
        let zi = ((z_base + op.j - 1u) * op.d) / 4u + 2u * (c - chunks);
        u[2u * c] = z[zi];
        u[2u * c + 1u] = z[zi + 1u];
    }
}
