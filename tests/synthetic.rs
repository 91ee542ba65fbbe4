//! The lossless sweep (docs/DESIGN.md §2.1) on a tiny synthetic model whose drafts are mostly right:
//! 32 prompts × (greedy + 3 sampling seeds) × MTP k ∈ {1, 2, 4, 8} (k = 8 on 4 prompts), linear
//! MTP, n-gram — every speculative output must equal the autoregressive output token for token.
// Native only: the browser suite is tests/web.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/synthetic.rs"]
mod synthetic;

#[test]
fn speculative_equals_autoregressive_on_every_prompt_k_and_seed() {
    let sweep = pollster::block_on(synthetic::sweep(32, &synthetic::settings(), 16, 8));
    eprint!("{}", sweep.report());
    assert_eq!(sweep.runs, 32 * 4 * 5 + 4 * 4);
    sweep.assert_exercised();
}
