// F32 / F16 / BF16 weights, stored as plain f32 words.
const WORDS_PER_BLOCK: u32 = 32u;

fn chunk(row: u32, c: u32, blocks_per_row: u32) -> Chunk {
    let b = row * blocks_per_row * WORDS_PER_BLOCK + c * 8u;
    return Chunk(
        bitcast<vec4<f32>>(vec4<u32>(w[b], w[b + 1u], w[b + 2u], w[b + 3u])),
        bitcast<vec4<f32>>(vec4<u32>(w[b + 4u], w[b + 5u], w[b + 6u], w[b + 7u])),
    );
}
