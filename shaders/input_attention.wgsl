// Input: attention's output, combining its splits (shaders/attention.wgsl) in split order: with M
// the largest split max, out = Σ_c exp(m_c − M)·acc_c / Σ_c exp(m_c − M)·l_c. A split's record is
// [m, l, 0, 0, acc_0 .. acc_{head_dim−1}], so it starts on a vec4.
fn input_prologue(tid: u32, threads: u32, row0: u32, valid: u32) {}

fn input(row: u32, r: u32, c4: u32) -> vec4<f32> {
    let per_head = op.head_dim / 4u;
    let head = c4 / per_head;
    let stride = per_head + 1u;
    let first = (row * op.n_heads + head) * pass_.splits * stride;
    var mx = -3.0e38;
    for (var c = 0u; c < pass_.splits; c++) {
        mx = max(mx, x[first + c * stride].x);
    }
    var l = 0.0;
    var s = vec4<f32>(0.0);
    for (var c = 0u; c < pass_.splits; c++) {
        let at = first + c * stride;
        let ml = x[at];
        let w = exp(ml.x - mx);
        l += w * ml.y;
        s += w * x[at + 1u + c4 % per_head];
    }
    return s / l;
}
