// Q8_0 blocks as packed on upload: [scale, 8 words of 4 signed bytes]; weight = q·scale.
const WORDS_PER_BLOCK: u32 = 9u;

fn signed_bytes(q: u32) -> vec4<f32> {
    let shifted = vec4<u32>(q) << vec4<u32>(24u, 16u, 8u, 0u);
    return vec4<f32>(bitcast<vec4<i32>>(shifted) >> vec4<u32>(24u));
}

fn chunk(row: u32, c: u32, blocks_per_row: u32) -> Chunk {
    let b = (row * blocks_per_row + c / 4u) * WORDS_PER_BLOCK;
    let scale = bitcast<f32>(w[b]);
    let q = b + 1u + 2u * (c % 4u);
    return Chunk(signed_bytes(w[q]) * scale, signed_bytes(w[q + 1u]) * scale);
}
