//! Speculative decoding never changes the output (docs/DESIGN.md §2.1), and the gate keeps real rows
//! exactly the base model (§2.3) — on the real model with the committed default adapter.
// Native only: the browser suites are tests/web*.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use common::{adapter_path, model};
use gated_lora_webgpu::decode::speculative::build_step;
use gated_lora_webgpu::decode::Mode;
use gated_lora_webgpu::engine::GenerateOptions;
use gated_lora_webgpu::gpu::pass::MAX_DEPTH;
use gated_lora_webgpu::gpu::{PassSpec, Verify};
use gated_lora_webgpu::sampling::Sampling;
use gated_lora_webgpu::{Engine, EngineOptions, Prompt};
use std::sync::{Mutex, MutexGuard, OnceLock};

/// One engine (context 256, 32 rows a pass, the default adapter as "default") for every test of
/// this file: tests take turns on it, and a prompt one test prefilled is reused by the next.
fn engine() -> MutexGuard<'static, Engine> {
    static ENGINE: OnceLock<Mutex<Engine>> = OnceLock::new();
    let engine = ENGINE.get_or_init(|| {
        let (bytes, _) = model();
        let mut e = pollster::block_on(Engine::load(bytes, &EngineOptions { context: Some(256), max_rows: 32, ..Default::default() })).unwrap();
        let adapter = std::fs::read(adapter_path()).unwrap();
        e.load_adapter("default", &adapter).unwrap();
        Mutex::new(e)
    });
    // A failed test must not fail the others through a poisoned lock.
    engine.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A one-turn ChatML prompt without the template's default system turn (lavapipe prefills about
/// two rows a second, and the system turn would add 20 of them), optionally with the start of
/// the assistant's answer.
fn user_turn(e: &Engine, text: &str, answer_start: &str) -> Vec<u32> {
    e.tokenizer.encode(&format!("<|im_start|>user\n{text}<|im_end|>\n<|im_start|>assistant\n{answer_start}"), true).unwrap()
}

/// A continuation the adapter drafts well from its first step, so a few passes of each kind
/// (a 25-row pass costs lavapipe ~18 s) show accepted drafts.
fn counting(e: &Engine) -> Vec<u32> {
    user_turn(e, "Count from 1 to 30, separated by commas.", "1, 2, 3, 4,")
}

fn run(e: &Engine, ids: &[u32], mode: Mode, k: Option<usize>, max_tokens: usize, sampling: Sampling) -> (Vec<u32>, Vec<usize>) {
    let options = GenerateOptions { max_tokens, mode, k, sampling, ..Default::default() };
    let g = pollster::block_on(e.generate(ids, &options, &mut |_, _| true)).unwrap();
    (g.tokens, g.accepted)
}

// lavapipe runs about two rows a second: this file keeps to short prompts and one case per kind
// of pass (quadratic MTP with 2 and with the adapter's 4 masks, n-gram, auto). Every k, linear MTP
// and 30 chat prompts × 4 settings are in `real_model_sweep` (opt-in, below) and, on a synthetic
// model, in tests/synthetic.rs.
#[test]
fn speculative_output_equals_autoregressive() {
    let e = engine();
    let ids = counting(&e);
    let n = 8;
    let (ar, _) = run(&e, &ids, Mode::Ar, None, n, Sampling::default());
    assert_eq!(ar.len(), n);
    for (mode, k) in [(Mode::Mtp, 2), (Mode::Mtp, 4), (Mode::Ngram, 3)] {
        let (got, accepted) = run(&e, &ids, mode, Some(k), n, Sampling::default());
        assert_eq!(got, ar, "{mode:?} k={k} (accepted per step {accepted:?})");
        eprintln!("{mode:?} k={k}: {} tokens in {} steps {accepted:?}", got.len(), accepted.len());
        // Equality would hold trivially with drafts that never hit: the adapter's must.
        if mode != Mode::Ngram {
            assert!(accepted.iter().any(|&a| a > 1), "{mode:?} k={k} accepted no draft: {accepted:?}");
        }
    }
    let options = GenerateOptions { max_tokens: n, mode: Mode::Auto, k: Some(2), ..Default::default() };
    let g = pollster::block_on(e.generate(&ids, &options, &mut |_, _| true)).unwrap();
    assert_eq!(g.tokens, ar, "auto picked {:?} k={}", g.mode, g.k);
    assert!(g.mode != Mode::Auto && (g.mode == Mode::Ar || g.k == 2), "auto reports what ran: {:?} k={}", g.mode, g.k);
    eprintln!("auto picked {:?} k={} on this device", g.mode, g.k);
}

/// With seeded sampling every mode gives the autoregressive tokens too: the draw for position p
/// depends on (seed, p) only, and a draft is accepted iff it equals the token sampled there.
#[test]
fn speculative_sampling_equals_autoregressive_sampling() {
    let e = engine();
    let ids = counting(&e);
    let n = 8;
    let sampling = |temperature, seed| Sampling { temperature, top_k: 40, top_p: 0.95, repetition_penalty: 1.1, seed, ..Default::default() };
    // Moderate temperature: the sampled tokens mostly agree with the drafts, so some are accepted.
    let (ar, _) = run(&e, &ids, Mode::Ar, None, n, sampling(0.6, 1));
    let (got, accepted) = run(&e, &ids, Mode::Mtp, Some(2), n, sampling(0.6, 1));
    eprintln!("sampled MTP k=2: {accepted:?}");
    assert_eq!(got, ar, "MTP k=2 (accepted per step {accepted:?})");
    // Sampled drafts must be accepted too, or the equality above would hold trivially.
    assert!(accepted.iter().any(|&a| a > 1), "no sampled MTP draft was accepted: {accepted:?}");
    // And the sampler really samples: a hot setting's draw on an open prompt changes with the seed.
    let story = user_turn(&e, "Tell me a story about a cat.", "");
    let (hot1, _) = run(&e, &story, Mode::Ar, None, n, sampling(1.5, 1));
    let (hot2, _) = run(&e, &story, Mode::Ar, None, n, sampling(1.5, 2));
    assert_ne!(hot1, hot2, "two seeds drew the same {n} tokens at temperature 1.5");
}

/// Draft trees give the autoregressive tokens too, greedy and sampled (the penalty's window is a
/// node's own ancestors), and some of their steps accept a path off the first branch, whose K/V
/// the pass moves to consecutive slots (lavapipe: trees of 15 and 21 rows at k = 2).
#[test]
fn draft_trees_equal_autoregressive() {
    let e = engine();
    let n = 8;
    let sampled = Sampling { temperature: 0.6, top_k: 40, top_p: 0.95, repetition_penalty: 1.1, seed: 1, ..Default::default() };
    let mut off_branch = 0;
    // Open prompts: the head's second and third guesses matter there. Whether 8 tokens of one of
    // them take a path off the first branch depends on the adapter's weights, so the prompts go
    // on until one has (each one's trees must equal AR all the same).
    for prompt in ["Write a short poem about the sea.", "Tell me a story about a cat.", "Describe your ideal weekend."] {
        let ids = user_turn(&e, prompt, "");
        for sampling in [Sampling::default(), sampled] {
            let (ar, _) = run(&e, &ids, Mode::Ar, None, n, sampling);
            for tree in ["3", "2x2"] {
                let options = GenerateOptions { max_tokens: n, mode: Mode::Mtp, k: Some(2), tree: Some(tree.parse().unwrap()), sampling, ..Default::default() };
                let g = pollster::block_on(e.generate(&ids, &options, &mut |_, _| true)).unwrap();
                eprintln!("{prompt:?} tree {tree} k=2 {sampling:?}: accepted {:?}, {} steps off the first branch", g.accepted, g.branch_steps);
                assert_eq!(g.tokens, ar, "{prompt:?}, tree {tree}, {sampling:?}, accepted per step {:?}", g.accepted);
                assert_eq!(g.tree.to_string(), tree);
                off_branch += g.branch_steps;
            }
        }
        if off_branch > 0 {
            break;
        }
    }
    assert!(off_branch > 0, "no step accepted a path off a tree's first branch");
}

/// The engine keeps the prompt's K/V for the next generation: the same prompt again or a chat
/// grown by a turn prefills only what is new, with the same tokens as a full prefill; a pass run
/// by anyone else in between (here the caller, directly on the model), or a generation that
/// failed, makes it prefill all.
#[test]
fn prefix_reuse_gives_the_same_tokens_as_a_full_prefill() {
    let e = engine();
    let foreign_pass = || {
        let rows = [gated_lora_webgpu::gpu::Row::causal(0, 0)];
        pollster::block_on(e.model.run(&PassSpec::plain(&rows, &[], false))).unwrap();
    };
    // Other tests share the engine: start from a cache that is not trusted.
    foreign_pass();
    let gen = |ids: &[u32], mode, k| {
        let options = GenerateOptions { max_tokens: 4, mode, k, ..Default::default() };
        pollster::block_on(e.generate(ids, &options, &mut |_, _| true)).unwrap()
    };
    let ids = user_turn(&e, "Name three colours.", "");
    let first = gen(&ids, Mode::Ar, None);
    assert_eq!(first.reused, 0);
    let again = gen(&ids, Mode::Ngram, Some(2));
    assert_eq!((again.reused, &again.tokens), (ids.len() - 1, &first.tokens), "the same prompt again, in another mode");

    let mut grown = ids.clone();
    grown.extend(&again.tokens);
    grown.extend(e.tokenizer.encode("<|im_end|>\n<|im_start|>user\nAnd two more?<|im_end|>\n<|im_start|>assistant\n", true).unwrap());
    let cached = ids.len() + again.tokens.len() - 1;
    let turn = gen(&grown, Mode::Ar, None);
    assert!(turn.reused >= cached, "a grown chat reuses the previous prompt and output: {} < {cached}", turn.reused);

    foreign_pass();
    let fresh = gen(&grown, Mode::Ar, None);
    assert_eq!((fresh.reused, &fresh.tokens), (0, &turn.tokens), "after a foreign pass the cache is not trusted");

    let failing = GenerateOptions { max_tokens: 4, mode: Mode::Mtp, adapter: Some("no such adapter".into()), ..Default::default() };
    assert!(pollster::block_on(e.generate(&grown, &failing, &mut |_, _| true)).is_err());
    let after_error = gen(&grown, Mode::Ar, None);
    assert_eq!((after_error.reused, &after_error.tokens), (0, &turn.tokens), "after an error nothing is reused");
}

/// A real row's logits are bitwise the same with the adapter's mask rows in the pass (gated LoRA
/// on, tree attention) as in a plain pass without any adapter.
#[test]
fn mask_rows_leave_real_rows_bitwise_unchanged() {
    let e = engine();
    let ids = user_turn(&e, "Hello!", "");
    let (head, x0) = (&ids[..ids.len() - 1], ids[ids.len() - 1]);
    let m = &e.model;
    let prefill: Vec<_> = head.iter().enumerate().map(|(i, &t)| gated_lora_webgpu::gpu::Row::causal(t, i)).collect();
    let p = head.len();
    let plain = {
        pollster::block_on(m.run(&PassSpec::plain(&prefill, &[], false))).unwrap();
        let step = build_step(x0, &[], p, 0, &[]).unwrap();
        pollster::block_on(m.run(&PassSpec::plain(&step.rows, &step.logit_rows, true))).unwrap().logits.unwrap()
    };
    let adapter = &e.adapters["default"].gpu;
    let k = adapter.n_mask;
    let step = build_step(x0, &[], p, k, &[0]).unwrap();
    assert_eq!(step.rows.len(), 1 + k);
    let spec = PassSpec {
        rows: &step.rows,
        logit_rows: &step.logit_rows,
        sampling: Sampling::default(),
        read_logits: true,
        mask_rows: &step.mask_rows,
        adapter: Some(adapter),
        verify: Some(Verify { parents: &step.parents, group_z: &step.group_z, n_masks: k, widths: &vec![1; k] }),
    };
    let out = pollster::block_on(m.run(&spec)).unwrap();
    assert!(out.logits.unwrap() == plain, "mask rows changed the real row's logits");
    assert_eq!(out.state.len(), 3 + MAX_DEPTH + k);
    assert_eq!(out.state[0], 0, "nothing to accept on the first step");
    assert_eq!(out.state[2], out.chosen[0], "the bonus token is the real row's choice");
    let drafts = &out.state[3 + MAX_DEPTH..];
    assert!(drafts.iter().all(|&t| (t as usize) < m.cfg.vocab_size), "the sampler head drafted k tokens: {:?}", out.state);
}

#[test]
fn bad_adapters_are_typed_errors_and_the_engine_stays_usable() {
    let mut e = engine();
    let good = std::fs::read(adapter_path()).unwrap();
    let err = e.load_adapter("cut", &good[..good.len() / 2]).unwrap_err();
    assert_eq!(err.code(), "ADAPTER_INVALID", "{err}");
    // Same file, but claiming another base model.
    let header_len = u64::from_le_bytes(good[..8].try_into().unwrap()) as usize;
    let header = std::str::from_utf8(&good[8..8 + header_len]).unwrap();
    let fp = &e.fingerprint;
    let other: String = fp.chars().rev().collect();
    let forged = [&good[..8], header.replace(fp.as_str(), &other).as_bytes(), &good[8 + header_len..]].concat();
    let err = e.load_adapter("other", &forged).unwrap_err();
    assert_eq!(err.code(), "ADAPTER_BASE_MISMATCH", "{err}");
    assert!(!e.adapters.contains_key("cut") && !e.adapters.contains_key("other"));
    let ids = counting(&e);
    let too_many = e.adapters["default"].adapter.n_mask + 1;
    let err =
        pollster::block_on(e.generate(&ids, &GenerateOptions { max_tokens: 2, mode: Mode::Mtp, k: Some(too_many), ..Default::default() }, &mut |_, _| true))
            .unwrap_err();
    assert_eq!(err.code(), "INVALID_ARGUMENT", "{err}");
    let (tokens, _) = run(&e, &ids, Mode::Mtp, Some(1), 2, Sampling::default());
    assert_eq!(tokens.len(), 2);
}

/// The sweep of tests/synthetic.rs on the real model and adapter: 30 chat prompts (chat, code,
/// math, lists, stories) × greedy and 3 seeded samplers × MTP k = 1, 2, 4, linear MTP k = 2 and
/// n-gram k = 3, 8 tokens each — 600 speculative runs against their autoregressive run. lavapipe
/// spends about a minute per prompt and setting on it, so it is opt-in:
/// `cargo test --test lossless -- --ignored real_model_sweep --nocapture`
/// (`LOSSLESS_PROMPTS=n` runs the first n prompts of the interleaved list).
#[test]
#[ignore]
fn real_model_sweep() {
    const PROMPTS: [[&str; 6]; 5] = [
        [
            "What is the capital of France?",
            "How do I stay focused while studying?",
            "Why is the sky blue?",
            "What should I pack for a weekend hike?",
            "Explain what a black hole is.",
            "Give me advice for a job interview.",
        ],
        [
            "Write a Python function that reverses a string.",
            "Write a JavaScript function that sums an array.",
            "Write a C function that returns the maximum of two integers.",
            "Write a SQL query that counts the rows of a table named users.",
            "Write a Rust function that checks whether a number is even.",
            "Write a bash command that lists the files in a folder.",
        ],
        [
            "What is 12 times 7?",
            "A shop sells pens at 3 dollars each. How much do 5 pens cost?",
            "What is the square root of 81?",
            "If a train travels 60 km in one hour, how far does it go in 3 hours?",
            "Solve for x: 2x + 4 = 10.",
            "What is 15% of 200?",
        ],
        [
            "List the days of the week.",
            "List five fruits.",
            "List the planets of the solar system.",
            "List three primary colours.",
            "List the first ten prime numbers, separated by commas.",
            "List four kinds of trees.",
        ],
        [
            "Tell me a short story about a cat.",
            "Write a story about a robot who learns to paint.",
            "Tell a bedtime story about a dragon.",
            "Write a short story that starts with a knock at the door.",
            "Tell me a story about a lost dog finding its way home.",
            "Write a fable about a fox and a crow.",
        ],
    ];
    let limit = std::env::var("LOSSLESS_PROMPTS").ok().and_then(|v| v.parse().ok()).unwrap_or(30);
    let prompts: Vec<&str> = (0..6).flat_map(|i| PROMPTS.iter().map(move |d| d[i])).take(limit).collect();
    let e = engine();
    let n = 8;
    let drafters = [(Mode::Mtp, 1), (Mode::Mtp, 2), (Mode::Mtp, 4), (Mode::MtpLinear, 2), (Mode::Ngram, 3)];
    let mut steps = vec![(0usize, 0usize); drafters.len()];
    let mut runs = 0;
    for (i, text) in prompts.iter().enumerate() {
        let ids = e.encode(&Prompt::Chat(text.to_string())).unwrap();
        for s in synthetic::settings() {
            let (ar, _) = run(&e, &ids, Mode::Ar, None, n, s);
            for (j, &(mode, k)) in drafters.iter().enumerate() {
                let (got, accepted) = run(&e, &ids, mode, Some(k), n, s);
                assert_eq!(got, ar, "prompt {i} {text:?}, {mode:?} k={k}, {s:?} (accepted per step {accepted:?})");
                steps[j].0 += got.len();
                steps[j].1 += accepted.len();
                runs += 1;
            }
        }
        eprintln!("prompt {}/{}: {runs} speculative runs equal to autoregressive", i + 1, prompts.len());
    }
    for (&(mode, k), &(tokens, passes)) in drafters.iter().zip(&steps) {
        eprintln!("{mode:?} k={k}: {:.2} tokens/step over all settings", tokens as f64 / passes.max(1) as f64);
    }
    assert_eq!(runs, prompts.len() * 4 * drafters.len());
}
