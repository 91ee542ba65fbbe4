// t[j] = Σ_k A[j, k] · input[row, k] of `row` (tile row r), in the same order in every kernel
// that finds it (the matmul's workgroups on GPUs, shaders/lora_a.wgsl on CPU drivers).
fn lora_t_of(row: u32, r: u32, j: u32) -> f32 {
    let a0 = a_row_at(segment_of(j), j);
    var s = 0.0;
    for (var c4 = 0u; c4 < op.k / 4u; c4++) {
        let v = input(row, r, c4);
        let aj = a0 + 4u * c4;
        s += lora[aj] * v.x;
        s += lora[aj + 1u] * v.y;
        s += lora[aj + 2u] * v.z;
        s += lora[aj + 3u] * v.w;
    }
    return s;
}
