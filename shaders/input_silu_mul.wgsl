// Input: silu(gate) · up, from a [gate | up] buffer (k gates, then k ups, per row).
fn input_prologue(tid: u32, threads: u32, row0: u32, valid: u32) {}

fn silu_mul(g: f32, u: f32) -> f32 {
    return g / (1.0 + exp(-g)) * u;
}

fn input(row: u32, r: u32, c4: u32) -> vec4<f32> {
    let at = row * (op.x_stride / 4u) + c4;
    let g = x[at];
    let u = x[at + op.k / 4u];
    return vec4<f32>(silu_mul(g.x, u.x), silu_mul(g.y, u.y), silu_mul(g.z, u.z), silu_mul(g.w, u.w));
}
