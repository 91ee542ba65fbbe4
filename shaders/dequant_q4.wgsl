// Q4_0 / Q4_1 blocks as packed on upload: [scale, min, 4 words of 8 nibbles]; weight = q·scale + min.
// q·scale is exact in f32, so fused or not, the result equals ggml's dequantisation.
const WORDS_PER_BLOCK: u32 = 6u;

fn chunk(row: u32, c: u32, blocks_per_row: u32) -> Chunk {
    let b = (row * blocks_per_row + c / 4u) * WORDS_PER_BLOCK;
    let scale = bitcast<f32>(w[b]);
    let mn = bitcast<f32>(w[b + 1u]);
    let q = w[b + 2u + c % 4u];
    let lo = vec4<f32>((vec4<u32>(q) >> vec4<u32>(0u, 4u, 8u, 12u)) & vec4<u32>(15u));
    let hi = vec4<f32>((vec4<u32>(q) >> vec4<u32>(16u, 20u, 24u, 28u)) & vec4<u32>(15u));
    return Chunk(lo * scale + mn, hi * scale + mn);
}
