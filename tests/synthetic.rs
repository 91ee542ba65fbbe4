//! The lossless sweep (docs/DESIGN.md §2.1) on a tiny synthetic model whose drafts are mostly right:
//! 16 prompts × (greedy + 3 sampling seeds) × MTP k ∈ {1, 2, 4, 8} (k = 8 on every 8th prompt), linear
//! MTP, draft trees `3` (k = 4) and `2x2` (k = 3), n-gram — every speculative output must equal the autoregressive output token for token.
//! `SYNTHETIC_PROMPTS=32 cargo test --test synthetic` runs the longer sweep (twice the time).
// Native only: the browser suite is tests/web.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use gated_lora_webgpu::gpu::ops::Shape;

#[test]
fn speculative_equals_autoregressive_on_every_prompt_k_and_seed() {
    let prompts = std::env::var("SYNTHETIC_PROMPTS").ok().and_then(|v| v.parse().ok()).unwrap_or(16);
    let sweep = pollster::block_on(synthetic::sweep(None, prompts, &synthetic::settings(), 16, 8, false));
    eprint!("{}", sweep.report());
    assert_eq!(sweep.runs, prompts * 4 * 7 + prompts.div_ceil(8) * 4);
    sweep.assert_exercised(true);
}

/// The same sweep, smaller, with the matmul shape GPUs get (32 lanes per output, 32-row tiles:
/// a k = 8 pass of 81 rows spans three tiles, a k = 4 pass of 25 rows is one). This machine has
/// no GPU, so the GPU shape's losslessness is checked here or nowhere.
#[test]
fn the_gpu_matmul_shape_is_lossless_too() {
    let sweep = pollster::block_on(synthetic::sweep(Some(Shape::GPU), 3, &synthetic::settings()[..2], 16, 3, false));
    eprint!("{}", sweep.report());
    assert_eq!(sweep.runs, 3 * 2 * 7 + 2);
    sweep.assert_exercised(false);
}

/// Two domain adapters on every row — a plain LoRA on q, v and down (weight 1) and one with
/// learned gates on every projection (weight 0.5) — change the synthetic model's greedy output,
/// and then MTP k = 1, 2, 4, the tree `3` and n-gram (greedy and 2 seeds) give the adapted
/// model's autoregressive output token for token (docs/DESIGN.md §2.11).
#[test]
fn domain_adapters_keep_speculative_decoding_lossless() {
    use gated_lora_webgpu::decode::{autoregressive, Request};
    let changed = pollster::block_on(async {
        let (model, _, pi) = synthetic::load(None).await;
        let never_ends = |_: u32| false;
        let mut outputs = Vec::new();
        for domains in [false, true] {
            if domains {
                synthetic::select_domains(&model);
            }
            let mut run = Vec::new();
            for prompt in synthetic::prompts(4, &pi) {
                let req = Request { prompt: &prompt, reused: 0, max_new: 16, sampling: Default::default(), is_end: &never_ends };
                run.push(autoregressive::generate(&model, &req, &mut |_| true).await.unwrap().tokens);
            }
            outputs.push(run);
        }
        outputs[0].iter().zip(&outputs[1]).filter(|(a, b)| a != b).count()
    });
    assert!(changed > 0, "the domain adapters changed no prompt's output");
    let sweep = pollster::block_on(synthetic::sweep(None, 4, &synthetic::settings()[..3], 16, 4, true));
    eprint!("with domain adapters: {}", sweep.report());
    assert_eq!(sweep.runs, 4 * 3 * 5);
    sweep.assert_exercised(false);
}
