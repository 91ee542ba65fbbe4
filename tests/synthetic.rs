//! The lossless sweep (docs/DESIGN.md §2.1) on a tiny synthetic model whose drafts are mostly right:
//! 16 prompts × (greedy + 3 sampling seeds) × MTP k ∈ {1, 2, 4, 8} (k = 8 on every 8th prompt), linear
//! MTP, draft trees `3` (k = 4) and `2x2` (k = 3), n-gram — every speculative output must equal the autoregressive output token for token.
//! `SYNTHETIC_PROMPTS=32 cargo test --test synthetic` runs the longer sweep (twice the time).
// Native only: the browser suite is tests/web.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/synthetic.rs"]
mod synthetic;

use gated_lora_webgpu::gpu::ops::Shape;

#[test]
fn speculative_equals_autoregressive_on_every_prompt_k_and_seed() {
    let prompts = std::env::var("SYNTHETIC_PROMPTS").ok().and_then(|v| v.parse().ok()).unwrap_or(16);
    let sweep = pollster::block_on(synthetic::sweep(None, prompts, &synthetic::settings(), 16, 8));
    eprint!("{}", sweep.report());
    assert_eq!(sweep.runs, prompts * 4 * 7 + prompts.div_ceil(8) * 4);
    sweep.assert_exercised(true);
}

/// The same sweep, smaller, with the matmul shape GPUs get (32 lanes per output, 32-row tiles:
/// a k = 8 pass of 81 rows spans three tiles, a k = 4 pass of 25 rows is one). This machine has
/// no GPU, so the GPU shape's losslessness is checked here or nowhere.
#[test]
fn the_gpu_matmul_shape_is_lossless_too() {
    let sweep = pollster::block_on(synthetic::sweep(Some(Shape::GPU), 3, &synthetic::settings()[..2], 16, 3));
    eprint!("{}", sweep.report());
    assert_eq!(sweep.runs, 3 * 2 * 7 + 2);
    sweep.assert_exercised(false);
}
