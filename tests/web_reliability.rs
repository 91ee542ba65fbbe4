//! Browser reliability tests (docs/DESIGN.md §2.7) in headless Chromium, on the synthetic model: a
//! lost device, a second generation while one runs, and memory after a hundred generate/abort
//! cycles. They run on the page's main thread, unlike tests/web.rs: the JS heap is read from
//! `performance.memory`, which Chromium has only on a window, and the synthetic model holds the
//! thread for milliseconds at a time, far below chromedriver's 30 s.
#![cfg(target_arch = "wasm32")]

use gated_lora_webgpu::engine::GenerateOptions;
use gated_lora_webgpu::{Engine, EngineOptions};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

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
    let window = web_sys::window().expect("the reliability tests run on the page");
    let memory = js_sys::Reflect::get(&window.performance().expect("performance"), &"memory".into()).expect("performance.memory");
    let used = js_sys::Reflect::get(&memory, &"usedJSHeapSize".into()).expect("usedJSHeapSize");
    used.as_f64().expect("Chromium's performance.memory.usedJSHeapSize is a number") / 1024.0
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
