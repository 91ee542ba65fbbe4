//! Browser tests: headless Chromium with WebGPU (SwiftShader), driven by wasm-bindgen-test.
//! tools/test.sh serves models/ on loopback and passes its URL at compile time.
#![cfg(target_arch = "wasm32")]

use gated_lora_webgpu::engine::GenerateOptions;
use gated_lora_webgpu::gguf::Gguf;
use gated_lora_webgpu::gpu::Gpu;
use gated_lora_webgpu::gpu::{GpuModel, PassSpec, Row};
use gated_lora_webgpu::model::reference::{argmax, Reference};
use gated_lora_webgpu::tokenizer::Tokenizer;
use gated_lora_webgpu::{Engine, EngineOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "common/synthetic.rs"]
mod synthetic;

const MODEL_URL: &str = match option_env!("GATED_LORA_MODEL_URL") {
    Some(u) => u,
    None => "http://127.0.0.1:8765/models/SmolLM2-135M-Instruct.Q4_1.gguf",
};

// Every test fetches the same 98 MB and most need a loaded engine: SwiftShader makes each load
// cost seconds, so the page keeps one copy of the bytes and one engine (with the default adapter)
// for all of them. wasm-bindgen-test runs the tests one after another on this single thread.
thread_local! {
    static MODEL: std::cell::RefCell<Option<Rc<Vec<u8>>>> = const { std::cell::RefCell::new(None) };
    static ENGINE: std::cell::RefCell<Option<Rc<Engine>>> = const { std::cell::RefCell::new(None) };
}

async fn model_bytes() -> Rc<Vec<u8>> {
    if let Some(bytes) = MODEL.with(|m| m.borrow().clone()) {
        return bytes;
    }
    let bytes = Rc::new(fetch_bytes(MODEL_URL).await);
    MODEL.with(|m| *m.borrow_mut() = Some(bytes.clone()));
    bytes
}

/// The prompt of every test that generates: SwiftShader prefills about a row every few seconds,
/// so the tests share one prompt and the engine's prefix cache prefills it once. A ChatML turn
/// without the system turn, and a continuation the adapter drafts from its first step.
const PROMPT_TEXT: &str = "<|im_start|>user\nCount from 1 to 30, separated by commas.<|im_end|>\n<|im_start|>assistant\n1, 2, 3, 4,";

/// PROMPT_TEXT's ids (its control tokens as such).
fn prompt_ids(engine: &Engine) -> Vec<u32> {
    engine.tokenizer.encode(PROMPT_TEXT, true).unwrap()
}

/// The shared engine: context 128, 32 rows a pass, the committed default adapter as "default".
async fn engine() -> Rc<Engine> {
    if let Some(e) = ENGINE.with(|e| e.borrow().clone()) {
        return e;
    }
    let url = ADAPTER_URL.expect("tools/test.sh sets GATED_LORA_ADAPTER_URL to the committed default adapter");
    let mut engine = Engine::load(&model_bytes().await, &EngineOptions { context: Some(128), max_rows: 32, ..Default::default() }).await.unwrap();
    engine.load_adapter("default", &fetch_bytes(url).await).unwrap();
    let engine = Rc::new(engine);
    ENGINE.with(|e| *e.borrow_mut() = Some(engine.clone()));
    engine
}

#[wasm_bindgen_test]
async fn real_gguf_parses() {
    let bytes = model_bytes().await;
    let g = Gguf::parse(&bytes).unwrap();
    assert_eq!(g.version, 3);
    assert_eq!(g.get_str("general.architecture").unwrap(), "llama");
    assert_eq!(g.tensors.len(), 272);
}

#[wasm_bindgen_test]
async fn tokenizer_matches_golden_subset() {
    let bytes = model_bytes().await;
    let tok = Tokenizer::from_gguf(&Gguf::parse(&bytes).unwrap()).unwrap();
    let golden: serde_json::Value = serde_json::from_str(include_str!("fixtures/tokenizer_golden.json")).unwrap();
    let cases = golden["cases"].as_array().unwrap();
    assert!(cases.len() >= 40);
    for case in cases {
        let text = case["text"].as_str().unwrap();
        let want: Vec<u32> = serde_json::from_value(case["tokens"].clone()).unwrap();
        assert_eq!(tok.encode(text, false).unwrap(), want, "case {}", case["id"]);
    }
}

/// Prompt ids fixed so the logits test does not depend on the tokenizer.
const PROMPT: [u32; 6] = [1, 4093, 198, 1780, 314, 260];

#[wasm_bindgen_test]
async fn gpu_logits_match_reference_and_are_batch_invariant() {
    let bytes = model_bytes().await;
    let g = Gguf::parse(&bytes).unwrap();
    let mut reference = Reference::new(&g, &bytes, 16).unwrap();
    let want = reference.forward(&PROMPT).unwrap();
    let m = GpuModel::load(Gpu::new().await.unwrap(), &g, &bytes, 16, 8).await.unwrap();
    let vocab = m.cfg.vocab_size;
    let batch: Vec<Row> = PROMPT.iter().enumerate().map(|(i, &t)| Row::causal(t, i)).collect();
    let all: Vec<u32> = (0..PROMPT.len() as u32).collect();
    let out = m.run(&PassSpec::plain(&batch, &all, true)).await.unwrap();
    let logits = out.logits.unwrap();
    for (i, w) in want.iter().enumerate() {
        let got = &logits[i * vocab..(i + 1) * vocab];
        let scale = w.iter().fold(0.0f32, |a, v| a.max(v.abs()));
        let err = got.iter().zip(w).fold(0.0f32, |a, (x, y)| a.max((x - y).abs())) / scale;
        assert!(err <= 1e-4, "row {i}: relative error {err}");
        assert_eq!(out.chosen[i], argmax(w));
    }
    // The last position again, computed alone after a row-by-row prefill: bitwise equal.
    for (i, &t) in PROMPT.iter().enumerate().take(PROMPT.len() - 1) {
        m.run(&PassSpec::plain(&[Row::causal(t, i)], &[], false)).await.unwrap();
    }
    let last = PROMPT.len() - 1;
    let alone = m.run(&PassSpec::plain(&[Row::causal(PROMPT[last], last)], &[0], true)).await.unwrap().logits.unwrap();
    assert!(alone[..] == logits[last * vocab..], "batch invariance broken in the browser");
}

#[wasm_bindgen_test]
async fn greedy_generation_matches_native() {
    let engine = engine().await;
    let fixture: serde_json::Value = serde_json::from_str(include_str!("fixtures/native_greedy.json")).unwrap();
    let case = &fixture["cases"][0];
    assert_eq!(case["prompt"].as_str(), Some(PROMPT_TEXT));
    let ids = prompt_ids(&engine);
    let want_prompt: Vec<u32> = serde_json::from_value(case["prompt_tokens"].clone()).unwrap();
    assert_eq!(ids, want_prompt);
    let want: Vec<u32> = serde_json::from_value(case["tokens"].clone()).unwrap();
    let mut streamed = Vec::new();
    let g = engine
        .generate(&ids, &GenerateOptions { max_tokens: want.len(), ..Default::default() }, &mut |t, _| {
            streamed.push(t);
            true
        })
        .await
        .unwrap();
    assert_eq!(g.tokens, want);
    assert_eq!(streamed, want);
}

#[wasm_bindgen_test]
async fn malformed_gguf_gives_typed_errors_and_engine_stays_usable() {
    let bytes = model_bytes().await;
    let cases: [(&[u8], &str); 3] = [(b"GGUX\x03\0\0\0", "GGUF_MAGIC"), (&bytes[..100], "GGUF_TRUNCATED"), (&bytes[..4 << 20], "GGUF_TENSOR_LAYOUT")];
    for (data, code) in cases {
        let err = Engine::load(data, &EngineOptions::default()).await.err().expect("must fail");
        assert_eq!(err.code(), code, "{err}");
        let js = gated_lora_webgpu::wasm::to_js(err);
        let js_code = js_sys::Reflect::get(&js, &"code".into()).unwrap();
        assert_eq!(js_code.as_string().as_deref(), Some(code));
    }
    let engine = engine().await;
    let ids = prompt_ids(&engine);
    let g = engine.generate(&ids, &GenerateOptions { max_tokens: 2, ..Default::default() }, &mut |_, _| true).await.unwrap();
    assert_eq!(g.tokens.len(), 2);
}

const ADAPTER_URL: Option<&str> = option_env!("GATED_LORA_ADAPTER_URL");

async fn fetch_bytes(url: &str) -> Vec<u8> {
    let window = web_sys::window().expect("a window");
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.expect("fetch").dyn_into().expect("a Response");
    assert!(resp.ok(), "GET {url}: {}", resp.status());
    let buf = JsFuture::from(resp.array_buffer().expect("body")).await.expect("read body");
    js_sys::Uint8Array::new(&buf).to_vec()
}

#[wasm_bindgen_test]
async fn speculative_output_equals_autoregressive_in_the_browser() {
    use gated_lora_webgpu::decode::Mode;
    let engine = engine().await;
    let ids = prompt_ids(&engine);
    let run = |mode, k, tree: Option<&str>| {
        let options = GenerateOptions { max_tokens: 5, mode, k, tree: tree.map(|t| t.parse().unwrap()), ..Default::default() };
        let engine = &*engine;
        let ids = &ids;
        async move { engine.generate(ids, &options, &mut |_, _| true).await.unwrap() }
    };
    let ar = run(Mode::Ar, None, None).await;
    assert_eq!(ar.tokens.len(), 5);
    for (mode, k, tree) in [(Mode::Mtp, Some(2), None), (Mode::Mtp, Some(2), Some("3")), (Mode::Ngram, Some(3), None)] {
        let g = run(mode, k, tree).await;
        assert_eq!(g.tokens, ar.tokens, "{mode:?} k={k:?} tree {tree:?}, accepted {:?}", g.accepted);
        if mode == Mode::Mtp {
            assert!(g.accepted.iter().any(|&a| a > 1), "MTP accepted no draft: {:?}", g.accepted);
        }
    }
    web_sys::console::log_1(&format!("browser AR decode: {:.2} tok/s", (ar.tokens.len() - 1) as f64 / ar.decode_ms * 1000.0).into());
}

/// The lossless sweep of tests/synthetic.rs, smaller (SwiftShader runs it ~10× slower than
/// lavapipe): greedy and seeded sampling, MTP k = 1, 2, 4 (8 on one prompt), linear, the trees
/// `3` and `2x2`, n-gram.
#[wasm_bindgen_test]
async fn speculative_equals_autoregressive_on_the_synthetic_sweep_in_the_browser() {
    let settings = synthetic::settings();
    let sweep = synthetic::sweep(None, 4, &settings[..2], 16, 4, synthetic::Setup::Plain).await;
    web_sys::console::log_1(&sweep.report().into());
    assert_eq!(sweep.runs, 4 * 2 * 7 + 2);
    sweep.assert_exercised(false);
}

/// The sweep with two domain adapters on every row (a plain LoRA and learned gates, weights 1
/// and 0.5): greedy and 2 seeds, MTP k = 1, 2, 4, the tree `3` and n-gram equal to the adapted
/// model's AR output.
#[wasm_bindgen_test]
async fn domain_adapters_keep_the_synthetic_sweep_lossless_in_the_browser() {
    let settings = synthetic::settings();
    // Three prompts: the third is the one whose draft tree leaves its first branch.
    let sweep = synthetic::sweep(None, 3, &settings[..3], 12, 2, synthetic::Setup::Domains).await;
    web_sys::console::log_1(&format!("with domain adapters: {}", sweep.report()).into());
    assert_eq!(sweep.runs, 3 * 3 * 5);
    sweep.assert_exercised(false);
}

/// The full sweep in Chromium: 32 prompts × greedy + 3 seeds × MTP k = 1, 2, 4 (8 on 4 prompts),
/// linear, trees `3` and `2x2`, n-gram: 912 runs, over half an hour on SwiftShader, so not in
/// every CI run:
/// `cargo test --target wasm32-unknown-unknown --test web -- --include-ignored full` (with the
/// environment of tools/test.sh).
#[wasm_bindgen_test]
#[ignore]
async fn full_synthetic_sweep_in_the_browser() {
    let sweep = synthetic::sweep(None, 32, &synthetic::settings(), 8, 8, synthetic::Setup::Plain).await;
    web_sys::console::log_1(&sweep.report().into());
    assert_eq!(sweep.runs, 32 * 4 * 7 + 4 * 4);
    sweep.assert_exercised(true);
}

/// A generation with the synthetic model's MTP adapter and a router domain adapter, sampled.
fn reliability_options(max_tokens: usize) -> GenerateOptions {
    use gated_lora_webgpu::sampling::Sampling;
    GenerateOptions {
        max_tokens,
        mode: gated_lora_webgpu::Mode::Mtp,
        loras: vec![("router".into(), 1.0)],
        sampling: Sampling { temperature: 0.8, seed: 11, ..Default::default() },
        ..Default::default()
    }
}

async fn synthetic_engine() -> (Vec<u8>, Engine) {
    let bytes = synthetic::model_with_vocabulary(1);
    let mut e = Engine::load(&bytes, &EngineOptions { context: Some(256), max_rows: 81, ..Default::default() }).await.unwrap();
    e.load_adapter("mtp", &synthetic::adapter(1, &e.fingerprint)).unwrap();
    let router = synthetic::domain_adapter(&e.model.cfg, &e.fingerprint, 3, 2, &["attn_q", "ffn_down"], synthetic::SyntheticGate::Router(3), 0.05);
    e.load_lora("router", &router).unwrap();
    (bytes, e)
}

fn code<T>(r: gated_lora_webgpu::Result<T>) -> &'static str {
    r.map_or_else(|e| e.code(), |_| "OK")
}

/// `device.destroy()` in the middle of a generation: it and every later call fail with
/// GPU_DEVICE_LOST; `reload` brings back the same tokens.
#[wasm_bindgen_test]
async fn a_lost_device_fails_every_call_until_reload_in_the_browser() {
    let (bytes, mut e) = synthetic_engine().await;
    let prompt = e.encode(&gated_lora_webgpu::Prompt::Text("The quick brown fox".into())).unwrap();
    let before = e.generate(&prompt, &reliability_options(16), &mut |_, _| true).await.unwrap();
    let mut seen = 0;
    let device = e.model.gpu.device.clone();
    let during = e
        .generate(&prompt, &reliability_options(16), &mut |_, _| {
            seen += 1;
            if seen == 3 {
                device.destroy();
            }
            true
        })
        .await;
    assert_eq!(code(during), "GPU_DEVICE_LOST");
    assert_eq!(code(e.generate(&prompt, &reliability_options(16), &mut |_, _| true).await), "GPU_DEVICE_LOST");
    e.reload(&bytes).await.unwrap();
    let after = e.generate(&prompt, &reliability_options(16), &mut |_, _| true).await.unwrap();
    assert_eq!(after.tokens, before.tokens);
    web_sys::console::log_1(&format!("device lost at token 3: GPU_DEVICE_LOST; after reload {} tokens equal", after.tokens.len()).into());
}

/// Two generations started together on one engine: the second fails with ENGINE_BUSY while the
/// first is suspended on the GPU, and the first is unaffected.
#[wasm_bindgen_test]
async fn a_generation_started_during_another_is_busy_in_the_browser() {
    let (_, e) = synthetic_engine().await;
    let prompt = vec![1, 2, 3, 4];
    let alone = e.generate(&prompt, &reliability_options(12), &mut |_, _| true).await.unwrap();
    let (mut a, mut b) = (|_, _| true, |_, _| true);
    let options = reliability_options(12);
    let first = e.generate(&prompt, &options, &mut a);
    let second = e.generate(&[5, 6], &options, &mut b);
    let (first, second) = join(first, second).await;
    assert_eq!(first.unwrap().tokens, alone.tokens);
    assert_eq!(code(second), "ENGINE_BUSY");
}

/// Polls both futures until both are done (the second starts while the first awaits the GPU).
async fn join<A: std::future::Future, B: std::future::Future>(a: A, b: B) -> (A::Output, B::Output) {
    use std::task::Poll;
    let (mut a, mut b) = (std::pin::pin!(a), std::pin::pin!(b));
    let (mut ra, mut rb) = (None, None);
    std::future::poll_fn(|cx| {
        if ra.is_none() {
            if let Poll::Ready(v) = a.as_mut().poll(cx) {
                ra = Some(v);
            }
        }
        if rb.is_none() {
            if let Poll::Ready(v) = b.as_mut().poll(cx) {
                rb = Some(v);
            }
        }
        if ra.is_some() && rb.is_some() { Poll::Ready(()) } else { Poll::Pending }
    })
    .await;
    (ra.expect("first"), rb.expect("second"))
}

/// `performance.memory.usedJSHeapSize` (Chromium), in KiB.
fn js_heap_kib() -> f64 {
    let memory = js_sys::Reflect::get(&web_sys::window().unwrap().performance().unwrap(), &"memory".into()).unwrap();
    js_sys::Reflect::get(&memory, &"usedJSHeapSize".into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0) / 1024.0
}

/// 100 generate/abort cycles (every mode, trees, sampling, the router loaded and unloaded,
/// stopped at random tokens): GPU bytes exact, wasm memory and the JS heap flat.
#[wasm_bindgen_test]
async fn a_hundred_generate_abort_cycles_leave_memory_flat_in_the_browser() {
    use gated_lora_webgpu::decode::tree::TreeShape;
    use gated_lora_webgpu::Mode;
    let (_, mut e) = synthetic_engine().await;
    let router = synthetic::domain_adapter(&e.model.cfg, &e.fingerprint, 4, 2, &["attn_v"], synthetic::SyntheticGate::Learned, 0.05);
    let mut rng = synthetic::Rng::new(7);
    let modes = [Mode::Ar, Mode::Mtp, Mode::MtpLinear, Mode::Ngram, Mode::Auto];
    let mut start = None;
    let t0 = js_sys::Date::now();
    for cycle in 0..110 {
        if cycle == 10 {
            e.unload_adapter("learned").unwrap();
            start = Some((e.model.gpu_bytes(), core::arch::wasm32::memory_size::<0>() * 64, js_heap_kib()));
        }
        if rng.below(5) == 0 {
            e.load_lora("learned", &router).unwrap();
        }
        let mode = modes[rng.below(modes.len())];
        let mut options = reliability_options(2 + rng.below(14));
        options.mode = mode;
        options.k = (mode != Mode::Auto).then(|| 1 + rng.below(4));
        options.tree = (mode == Mode::Mtp && rng.below(2) == 0).then(|| TreeShape::new(&[2]).unwrap());
        if e.domains.contains_key("learned") && rng.below(2) == 0 {
            options.loras.push(("learned".into(), 0.5));
        }
        let prompt: Vec<u32> = (0..2 + rng.below(20)).map(|_| rng.below(synthetic::VOCAB) as u32).collect();
        let stop_at = 1 + rng.below(12);
        let mut n = 0;
        e.generate(&prompt, &options, &mut |_, _| {
            n += 1;
            n < stop_at
        })
        .await
        .unwrap_or_else(|err| panic!("cycle {cycle}: {err}"));
        if rng.below(5) == 0 {
            e.unload_adapter("learned").unwrap();
        }
    }
    e.unload_adapter("learned").unwrap();
    let (gpu, wasm_kib, heap) = start.unwrap();
    let end = (e.model.gpu_bytes(), core::arch::wasm32::memory_size::<0>() * 64, js_heap_kib());
    web_sys::console::log_1(
        &format!(
            "browser soak: 100 cycles in {:.1} s; GPU bytes {gpu} → {}; wasm memory {wasm_kib} KiB → {} KiB; JS heap {heap:.0} KiB → {:.0} KiB",
            (js_sys::Date::now() - t0) / 1000.0,
            end.0,
            end.1,
            end.2
        )
        .into(),
    );
    assert_eq!(end.0, gpu);
    assert!(end.1 <= wasm_kib + 4096, "wasm memory grew: {wasm_kib} → {} KiB", end.1);
    assert!(end.2 < heap + 8192.0, "JS heap grew: {heap} → {} KiB", end.2);
}

/// The real model under a 64 MiB GPU memory limit: GPU_OUT_OF_MEMORY, naming what it needs,
/// before anything is uploaded.
#[wasm_bindgen_test]
async fn a_model_above_the_gpu_memory_limit_is_refused_in_the_browser() {
    let bytes = model_bytes().await;
    let options = EngineOptions { context: Some(128), max_rows: 32, gpu_memory_limit: Some(64 << 20) };
    let err = Engine::load(&bytes, &options).await.err().expect("refused");
    assert_eq!(err.code(), "GPU_OUT_OF_MEMORY", "{err}");
    web_sys::console::log_1(&err.to_string().into());
}
