// t[j] of `row` as shaders/lora_a.wgsl left it in the tail of y (in the same order of sums).
fn lora_t_of(row: u32, r: u32, j: u32) -> f32 {
    return y[op.t_at + row * LORA_ROWS + j];
}
