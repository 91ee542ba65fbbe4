//! The lossless sweep (docs/DESIGN.md §2.1) on a tiny synthetic model whose drafts are mostly right:
//! 16 prompts × (greedy + 3 sampling seeds) × MTP k ∈ {1, 2, 4, 8} (k = 8 on every 8th prompt), linear
//! MTP, draft trees `3` (k = 4) and `2x2` (k = 3), n-gram — every speculative output must equal the autoregressive output token for token;
//! smaller sweeps with the GPU's matmul shape, a residual sampler head and domain adapters.
//! `SYNTHETIC_PROMPTS=32 cargo test --test synthetic` runs the longer sweep (twice the time).
// Native only: the browser suites are tests/web*.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use gated_lora_webgpu::decode::{autoregressive, speculative, Request, StopReason};
use gated_lora_webgpu::error::Error;
use gated_lora_webgpu::gpu::ops::Shape;

#[test]
fn speculative_equals_autoregressive_on_every_prompt_k_and_seed() {
    let prompts = std::env::var("SYNTHETIC_PROMPTS").ok().and_then(|v| v.parse().ok()).unwrap_or(16);
    let sweep = pollster::block_on(synthetic::sweep(None, prompts, &synthetic::settings(), 16, 8, synthetic::Setup::Plain));
    eprint!("{}", sweep.report());
    assert_eq!(sweep.runs, prompts * 4 * 7 + prompts.div_ceil(8) * 4);
    sweep.assert_exercised(true);
}

/// The same sweep, smaller, with the matmul shape GPUs get (32 lanes per output, 2 outputs a
/// thread, 8-row tiles: a k = 4 pass of 25 rows spans four tiles, the last with one row). This
/// machine has no GPU, so the GPU shape's losslessness is checked here or nowhere.
#[test]
fn the_gpu_matmul_shape_is_lossless_too() {
    let sweep = pollster::block_on(synthetic::sweep(Some(Shape::GPU), 3, &synthetic::settings()[..2], 16, 3, synthetic::Setup::Plain));
    eprint!("{}", sweep.report());
    assert_eq!(sweep.runs, 3 * 2 * 7 + 2);
    sweep.assert_exercised(false);
}

/// An adapter with the residual sampler head (format version 2): the same sweep, smaller, must
/// be as lossless, and its drafts (which lead with the previous token as the `mlp2` head's do)
/// must accept and be rejected on every k.
#[test]
fn the_residual_sampler_head_is_lossless_too() {
    let sweep = pollster::block_on(synthetic::sweep(None, 4, &synthetic::settings()[..2], 16, 4, synthetic::Setup::ResidualHead));
    eprint!("{}", sweep.report());
    assert_eq!(sweep.runs, 4 * 2 * 7 + 2);
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
    let sweep = pollster::block_on(synthetic::sweep(None, 4, &synthetic::settings()[..3], 16, 4, synthetic::Setup::Domains));
    eprint!("with domain adapters: {}", sweep.report());
    assert_eq!(sweep.runs, 4 * 3 * 5);
    sweep.assert_exercised(false);
}

/// One projection runs at most `MAX_SEGMENTS` LoRAs and `LORA_ROWS` rows of A at once (the head's
/// room and the kernel's t, docs/DESIGN.md §9): a request beyond either is INVALID_ARGUMENT at its
/// first pass, and the model then runs a request that fits, with that request's output.
#[test]
fn more_adapters_than_a_projection_runs_at_once_are_refused() {
    use gated_lora_webgpu::gpu::lora::{LoraId, MAX_SEGMENTS};
    use gated_lora_webgpu::gpu::ops::matmul::LORA_ROWS;
    pollster::block_on(async {
        let (model, _, pi) = synthetic::load(None).await;
        let fingerprint = synthetic::fingerprint();
        let add = |seed: u64, rank: usize| (synthetic::add_domain(&model, &fingerprint, seed, rank, &["ffn_down"], synthetic::SyntheticGate::Const), 1.0);
        let narrow: Vec<(LoraId, f32)> = (0..=MAX_SEGMENTS as u64).map(|s| add(10 + s, 1)).collect();
        let wide: Vec<(LoraId, f32)> = (0..5).map(|s| add(30 + s, LORA_ROWS / 4)).collect();
        let never_ends = |_: u32| false;
        let prompt = &synthetic::prompts(1, &pi)[0];
        let req = Request { prompt, reused: 0, max_new: 4, sampling: Default::default(), is_end: &never_ends };
        let mut fitting = Vec::new();
        for (domains, fits) in [(&narrow[..MAX_SEGMENTS], true), (&narrow[..], false), (&wide[..4], true), (&wide[..], false), (&wide[..4], true)] {
            model.select_domains(domains).unwrap();
            match autoregressive::generate(&model, &req, &mut |_| true).await {
                Ok(g) => {
                    assert!(fits, "{} adapters beyond a projection's limits ran", domains.len());
                    fitting.push(g.tokens);
                }
                Err(e) => assert!(!fits && e.code() == "INVALID_ARGUMENT" && e.to_string().contains("at most"), "{e}"),
            }
        }
        assert_eq!(fitting[1], fitting[2], "after a refused request, the same adapters give the same tokens");
    });
}

/// Dispatches per decode pass, counted from the kernel plan as the passes are recorded, with
/// both matmul shapes on a real adapter: an AR pass is embed + 5 per block + head + choose; a
/// quadratic MTP chain step adds the mask rows' norm, verification and 5 per draft depth
/// (sampler input, fc1, fc2, head, choose), and nothing per mask row — the LoRA's B runs inside
/// its projection — and one `lora_a` per adapted projection (4 per block: the synthetic adapter
/// adapts all seven targets): a k = 4 step is AR + 22 + 4 per block. (Finding t = A·input in
/// every workgroup instead saved those dispatches but made an H200's k = 4 step 4× slower,
/// bench/RESULTS.md.) The full step `Mode::Auto` times has the same dispatches as decoding's.
#[test]
fn a_speculative_step_adds_dispatches_for_verification_and_drafts_only() {
    use gated_lora_webgpu::decode::speculative::{self, Drafter};
    use gated_lora_webgpu::decode::tree::TreeShape;
    use gated_lora_webgpu::decode::{autoregressive, Request};
    for shape in [Shape::GPU, Shape::CPU] {
        let per_pass = pollster::block_on(async {
            let (model, adapter, pi) = synthetic::load(Some(shape)).await;
            let never_ends = |_: u32| false;
            let prompt = &synthetic::prompts(2, &pi)[1];
            let req = Request { prompt, reused: 0, max_new: 12, sampling: Default::default(), is_end: &never_ends };
            let ar = autoregressive::generate(&model, &req, &mut |_| true).await.unwrap();
            let mut per_pass = vec![(0, ar.decode_counters.dispatches as f64 / ar.steps as f64)];
            for k in [1, 2, 4] {
                let d = Drafter::Mtp { adapter: &adapter, k, quadratic: true, tree: TreeShape::chain() };
                let g = speculative::generate(&model, &d, &req, &mut |_, _| true).await.unwrap();
                assert!(g.accepted.iter().any(|&a| a > 1), "k={k}: no draft accepted: {:?}", g.accepted);
                per_pass.push((k, g.decode_counters.dispatches as f64 / g.steps as f64));
                // The step `Mode::Auto` times is the one decoding runs: the same dispatches.
                let before = model.counters();
                speculative::run_full_step(&model, &d).await.unwrap();
                let timed = model.counters().since(before);
                assert_eq!((timed.dispatches as f64, timed.rows), (per_pass[per_pass.len() - 1].1, ((k + 1) * (k + 1)) as u64), "k={k}: the timed step");
            }
            (model.cfg.n_layers as f64, per_pass)
        });
        let (layers, per_pass) = per_pass;
        let ar = 3.0 + 5.0 * layers;
        // One lora_a per adapted projection (q|k|v, o, gate|up, down) of every block.
        let lora_a = 4.0 * layers;
        let expected: Vec<_> = [(0, ar), (1, ar + 2.0 + 5.0 + lora_a), (2, ar + 2.0 + 10.0 + lora_a), (4, ar + 2.0 + 20.0 + lora_a)].into();
        eprintln!("{shape:?}: dispatches per pass (k = 0 is AR) {per_pass:?}");
        assert_eq!(per_pass, expected, "{shape:?}");
    }
}

/// When the context fills up every mode stops at the same token, `StopReason::Context`, the last
/// token chosen at the last position: drafts shrink as room runs out and the last step runs x0
/// alone, as autoregressive decoding runs it (before, this was an error and the output was lost).
/// A prompt that fills the context is CONTEXT_OVERFLOW in every mode.
#[test]
fn every_mode_stops_at_the_same_token_when_the_context_is_full() {
    pollster::block_on(async {
        let context = 48;
        let (model, adapter, pi) = synthetic::load_with(None, false, context).await;
        let drafters = synthetic::drafters(&adapter);
        let never_ends = |_: u32| false;
        // Prompts of 4 to 43 tokens: from nearly the whole context left to 5 positions.
        for prompt in synthetic::prompts(6, &pi) {
            for s in &synthetic::settings()[..2] {
                let req = Request { prompt: &prompt, reused: 0, max_new: 10 * context, sampling: *s, is_end: &never_ends };
                let ar = autoregressive::generate(&model, &req, &mut |_| true).await.expect("AR reaches the context's end");
                assert_eq!(ar.stop, StopReason::Context);
                assert_eq!(ar.tokens.len(), context - prompt.len() + 1, "the last token is chosen at position {}", context - 1);
                for d in &drafters {
                    let g = speculative::generate(&model, d, &req, &mut |_, _| true).await.expect("speculative reaches the context's end");
                    let what = format!("prompt of {}, {:?} k={} tree {}, {s:?}, accepted {:?}", prompt.len(), g.mode, g.k, g.tree, g.accepted);
                    assert_eq!((&g.tokens, g.stop), (&ar.tokens, StopReason::Context), "{what}");
                    assert_eq!(g.cached, context, "{what}");
                }
            }
        }
        let full: Vec<u32> = (0..context as u32).collect();
        let req = Request { prompt: &full, reused: 0, max_new: 4, sampling: Default::default(), is_end: &never_ends };
        let overflow = |r: Result<_, Error>| matches!(r, Err(Error::ContextOverflow { .. }));
        assert!(overflow(autoregressive::generate(&model, &req, &mut |_| true).await));
        for d in &drafters {
            assert!(overflow(speculative::generate(&model, d, &req, &mut |_, _| true).await), "{:?} k={}", d.mode(), d.k());
        }
    });
}
