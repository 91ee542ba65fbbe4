// Input: x as stored.
fn input_prologue(tid: u32, threads: u32, row0: u32, valid: u32) {}

fn input(row: u32, r: u32, c4: u32) -> vec4<f32> {
    return x[row * (op.x_stride / 4u) + c4];
}
