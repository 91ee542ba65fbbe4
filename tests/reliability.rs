//! Long use and failure (docs/DESIGN.md §2.7): a lost GPU device fails every call with
//! `GPU_DEVICE_LOST` until `Engine::reload` brings the same tokens back; generations never
//! interleave (`ENGINE_BUSY`); a thousand generate/abort cycles leave memory where it was.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use gated_lora_webgpu::decode::tree::TreeShape;
use gated_lora_webgpu::engine::GenerateOptions;
use gated_lora_webgpu::sampling::Sampling;
use gated_lora_webgpu::{Engine, EngineOptions, Mode, Prompt};
use synthetic::{Rng, SyntheticGate};

fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
    pollster::block_on(f)
}

fn code<T>(r: gated_lora_webgpu::Result<T>) -> &'static str {
    match r {
        Ok(_) => "OK",
        Err(e) => e.code(),
    }
}

/// MTP with a domain adapter on every token, and seeded sampling.
fn options() -> GenerateOptions {
    GenerateOptions {
        max_tokens: 24,
        mode: Mode::Mtp,
        loras: vec![("router".into(), 1.0)],
        sampling: Sampling { temperature: 0.8, seed: 11, ..Default::default() },
        ..Default::default()
    }
}

/// On the synthetic model (the same passes as the real one, in a fraction of the time).
#[test]
fn a_lost_device_fails_every_call_until_reload_brings_back_the_same_tokens() {
    let bytes = synthetic::model_with_vocabulary(1);
    let mut e = block_on(Engine::load(&bytes, &EngineOptions { context: Some(256), ..Default::default() })).unwrap();
    e.load_adapter("mtp", &synthetic::adapter(1, &e.fingerprint)).unwrap();
    let router = synthetic::domain_adapter(&e.model.cfg, &e.fingerprint, 3, 2, &["attn_q", "ffn_down"], SyntheticGate::Router(3), 0.05);
    e.load_lora("router", &router).unwrap();
    let ids = e.encode(&Prompt::Text("The quick brown fox".into())).unwrap();
    let before = block_on(e.generate(&ids, &options(), &mut |_, _| true)).unwrap();
    assert_eq!(before.tokens.len(), 24, "{:?}", before.tokens);

    // Lost in the middle of a generation: that generation fails, it does not end early as if done.
    let mut seen = 0;
    let during = block_on(e.generate(&ids, &options(), &mut |_, _| {
        seen += 1;
        if seen == 3 {
            e.model.gpu.device.destroy();
        }
        true
    }));
    assert_eq!(code(during), "GPU_DEVICE_LOST");
    assert_eq!(code(block_on(e.generate(&ids, &options(), &mut |_, _| true))), "GPU_DEVICE_LOST");
    assert_eq!(code(block_on(e.generate(&ids, &GenerateOptions { max_tokens: 4, ..Default::default() }, &mut |_, _| true))), "GPU_DEVICE_LOST");
    assert_eq!(code(e.load_lora("router2", &router)), "GPU_DEVICE_LOST");
    assert!(!e.domains.contains_key("router2"));

    assert_eq!(code(block_on(e.reload(&synthetic::model(1).0))), "INVALID_ARGUMENT", "another model is refused");
    block_on(e.reload(&bytes)).unwrap();
    assert_eq!(e.adapters.keys().collect::<Vec<_>>(), ["mtp"]);
    assert_eq!(e.domains.keys().collect::<Vec<_>>(), ["router"]);
    let after = block_on(e.generate(&ids, &options(), &mut |_, _| true)).unwrap();
    assert_eq!(after.tokens, before.tokens, "the reloaded engine generates what the first did");
    assert!(after.steps < after.tokens.len(), "MTP accepted drafts after the reload: {} steps", after.steps);
}

#[test]
fn a_generation_started_during_another_fails_with_engine_busy() {
    let bytes = synthetic::model_with_vocabulary(1);
    let e = block_on(Engine::load(&bytes, &EngineOptions::default())).unwrap();
    let prompt: Vec<u32> = vec![1, 2, 3, 4];
    let options = GenerateOptions { max_tokens: 12, ..Default::default() };
    let alone = block_on(e.generate(&prompt, &options, &mut |_, _| true)).unwrap();
    // The second call starts while the first is between two passes (its token callback); so does
    // auto's `pick`, which would time passes on the same cache.
    let mut inner = Vec::new();
    let outer = block_on(e.generate(&prompt, &options, &mut |_, _| {
        inner.push(code(block_on(e.generate(&[5, 6], &options, &mut |_, _| true))));
        inner.push(code(block_on(e.pick(&options))));
        true
    }))
    .unwrap();
    assert_eq!(outer.tokens, alone.tokens, "the running generation is unaffected");
    assert_eq!(inner, vec!["ENGINE_BUSY"; 24]);
    assert_eq!(code(block_on(e.pick(&options))), "OK", "usable again after");
}

/// Auto's timings belong to a device: a second `pick` reuses them, and after a reload (a new
/// device) `pick` times its candidates again (docs/DESIGN.md §2.12).
#[test]
fn auto_times_its_candidates_afresh_after_a_reload() {
    let bytes = synthetic::model_with_vocabulary(1);
    let mut e = block_on(Engine::load(&bytes, &EngineOptions::default())).unwrap();
    let options = GenerateOptions { mode: Mode::Auto, max_tokens: 4, ..Default::default() };
    let timing = |e: &Engine| {
        let before = e.model.counters();
        block_on(e.pick(&options)).unwrap();
        e.model.counters().since(before).dispatches
    };
    assert!(timing(&e) > 0, "the first pick times passes");
    assert_eq!(timing(&e), 0, "a second pick reuses the timings");
    block_on(e.reload(&bytes)).unwrap();
    assert!(timing(&e) > 0, "after a reload the timings start afresh");
}

fn resident_kib() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    statm.split_whitespace().nth(1).and_then(|p| p.parse::<u64>().ok()).unwrap_or(0) * 4
}

/// `GATED_LORA_SOAK_CYCLES` (default 1000) generate/abort cycles on the synthetic model: every
/// mode, draft trees, sampling, domain adapters mixed, loaded and unloaded, generations stopped
/// at random tokens. GPU bytes must come back exactly, resident memory within 16 MiB.
#[test]
fn a_thousand_generate_abort_cycles_leave_memory_flat() {
    let cycles: usize = std::env::var("GATED_LORA_SOAK_CYCLES").ok().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let bytes = synthetic::model_with_vocabulary(1);
    let mut e = block_on(Engine::load(&bytes, &EngineOptions { context: Some(512), max_rows: 81, ..Default::default() })).unwrap();
    e.load_adapter("mtp", &synthetic::adapter(1, &e.fingerprint)).unwrap();
    let cfg = e.model.cfg.clone();
    let domain = |seed, gate| synthetic::domain_adapter(&cfg, &e.fingerprint, seed, 2, &["attn_q", "ffn_down"], gate, 0.05);
    let (plain, router) = (domain(2, SyntheticGate::Const), domain(3, SyntheticGate::Router(3)));
    e.load_lora("plain", &plain).unwrap();
    let mut rng = Rng::new(42);
    let modes = [Mode::Ar, Mode::Mtp, Mode::MtpLinear, Mode::Ngram, Mode::Auto];
    let mut tokens = 0usize;
    let mut start = None;
    let t0 = std::time::Instant::now();
    for cycle in 0..cycles + 20 {
        // The first cycles allocate what every later one reuses (pipelines, staging, auto's timings).
        if cycle == 20 {
            e.unload_adapter("router").unwrap();
            start = Some((e.model.gpu_bytes(), resident_kib()));
        }
        if rng.below(10) == 0 {
            e.load_lora("router", &router).unwrap();
        }
        let mut loras = vec![("plain".to_string(), 1.0)];
        if e.domains.contains_key("router") && rng.below(2) == 0 {
            loras.push(("router".into(), 0.5));
        }
        let mode = modes[rng.below(modes.len())];
        let options = GenerateOptions {
            max_tokens: 4 + rng.below(28),
            mode,
            k: (mode != Mode::Auto).then(|| 1 + rng.below(4)),
            tree: (mode == Mode::Mtp && rng.below(2) == 0).then(|| TreeShape::new(&[2]).unwrap()),
            loras: if rng.below(3) == 0 { Vec::new() } else { loras },
            sampling: if rng.below(2) == 0 { Sampling::default() } else { Sampling { temperature: 0.9, seed: rng.next_u64() >> 12, ..Default::default() } },
            ..Default::default()
        };
        let prompt: Vec<u32> = (0..2 + rng.below(30)).map(|_| rng.below(synthetic::VOCAB) as u32).collect();
        let stop_at = 1 + rng.below(24);
        let mut n = 0;
        let g = block_on(e.generate(&prompt, &options, &mut |_, _| {
            n += 1;
            n < stop_at
        }))
        .unwrap_or_else(|err| panic!("cycle {cycle}: {err}"));
        tokens += g.tokens.len();
        if e.domains.contains_key("router") && rng.below(10) == 0 {
            assert!(e.unload_adapter("router").unwrap());
        }
    }
    e.unload_adapter("router").unwrap();
    let (gpu_start, rss_start) = start.expect("warm-up ran");
    let (gpu_end, rss_end) = (e.model.gpu_bytes(), resident_kib());
    eprintln!(
        "soak: {cycles} cycles, {tokens} tokens in {:.1} s; GPU bytes {gpu_start} → {gpu_end}; resident {rss_start} KiB → {rss_end} KiB",
        t0.elapsed().as_secs_f64()
    );
    assert_eq!(gpu_end, gpu_start, "GPU bytes with the same adapters loaded");
    assert!(rss_end < rss_start + 16 * 1024, "resident memory grew by {} KiB", rss_end.saturating_sub(rss_start));
}

/// The memory plan, from the header alone, is what the upload then allocates (within the
/// uniforms and staging it leaves out); a limit below it refuses the model before upload, and an
/// adapter that would pass the limit is refused while the engine keeps working.
#[test]
fn the_memory_plan_matches_the_upload_and_the_limit_is_enforced() {
    use gated_lora_webgpu::gguf::Gguf;
    use gated_lora_webgpu::gpu::model::MemoryPlan;
    use gated_lora_webgpu::model::Config;
    let bytes = synthetic::model_with_vocabulary(1);
    let g = Gguf::parse(&bytes).unwrap();
    let cfg = Config::from_gguf(&g).unwrap();
    let e = block_on(Engine::load(&bytes, &EngineOptions { context: Some(256), ..Default::default() })).unwrap();
    let plan = MemoryPlan::of(&g, &bytes, &cfg, 256, e.model.max_rows, e.model.gpu.shape.keys_per_split as usize).unwrap().total();
    let used = e.model.gpu_bytes();
    assert!(used >= plan && used - plan < 64 << 10, "plan {plan} bytes, upload {used}");

    let refused = block_on(Engine::load(&bytes, &EngineOptions { context: Some(256), gpu_memory_limit: Some(plan / 2), ..Default::default() }));
    let err = refused.err().expect("refused");
    assert_eq!(err.code(), "GPU_OUT_OF_MEMORY", "{err}");
    assert!(err.to_string().contains(&plan.to_string()), "{err}");

    let limit = used + (32 << 10);
    let mut e = block_on(Engine::load(&bytes, &EngineOptions { context: Some(256), gpu_memory_limit: Some(limit), ..Default::default() })).unwrap();
    let big = synthetic::domain_adapter(&e.model.cfg, &e.fingerprint, 5, 8, &["attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"], SyntheticGate::Const, 0.05);
    assert_eq!(code(e.load_lora("big", &big)), "GPU_OUT_OF_MEMORY");
    assert!(e.domains.is_empty() && e.model.gpu_bytes() <= limit);
    let g = block_on(e.generate(&[1, 2, 3], &GenerateOptions { max_tokens: 4, ..Default::default() }, &mut |_, _| true)).unwrap();
    assert_eq!(g.tokens.len(), 4);
}

/// `Mode::Auto` refuses what it could only drop: a k above the adapter's masks (it failed with an
/// unrelated error while timing) and a tree too big for a pass (it chose among the rest unseen).
#[test]
fn auto_refuses_a_k_or_a_tree_it_cannot_run() {
    let bytes = synthetic::model_with_vocabulary(1);
    let mut e = block_on(Engine::load(&bytes, &EngineOptions { context: Some(128), max_rows: 32, ..Default::default() })).unwrap();
    e.load_adapter("mtp", &synthetic::adapter(1, &e.fingerprint)).unwrap();
    let n_mask = e.adapters["mtp"].adapter.n_mask;
    let ids = e.encode(&Prompt::Text("The quick brown fox".into())).unwrap();
    let auto = |k: usize, tree: &str| GenerateOptions { max_tokens: 4, mode: Mode::Auto, k: Some(k), tree: Some(tree.parse().unwrap()), ..Default::default() };
    let refused = |options: GenerateOptions, why: &str| {
        let err = block_on(e.generate(&ids, &options, &mut |_, _| true)).expect_err(why);
        assert!(err.code() == "INVALID_ARGUMENT" && err.to_string().contains(why), "{err}");
    };
    refused(auto(n_mask + 1, "1"), &format!("larger than the adapter's {n_mask} masks"));
    refused(auto(2, "8x2"), "needs more rows than max_rows = 32");
    let g = block_on(e.generate(&ids, &auto(2, "2"), &mut |_, _| true)).unwrap();
    assert_eq!(g.tokens.len(), 4);
}
