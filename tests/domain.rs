//! Domain adapters on the real model (docs/DESIGN.md §2.4): the GPU's logits with plain,
//! learned-gate and mixed LoRAs against the CPU reference; switching between resident adapters
//! without uploading anything; unloading back to the base's memory; multi-token prediction on top
//! still equal to the adapted model's autoregressive output; every bad adapter a typed error that
//! leaves the engine as it was.
// Native only: the browser suites are tests/web*.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use common::{adapter_path, max_rel_err, model};
use gated_lora_webgpu::decode::Mode;
use gated_lora_webgpu::engine::GenerateOptions;
use gated_lora_webgpu::gpu::lora::PartWeights;
use gated_lora_webgpu::gpu::ops::Shape;
use gated_lora_webgpu::gpu::{Gpu, GpuModel, PassSpec, Row};
use gated_lora_webgpu::model::adapter::TARGETS;
use gated_lora_webgpu::model::lora::{DomainAdapter, GateActivity, GateType};
use synthetic::SyntheticGate;
use gated_lora_webgpu::model::reference::Reference;
use gated_lora_webgpu::model::Config;
use gated_lora_webgpu::{Engine, EngineOptions};

// "<|im_start|>user\nWhat is the capital of France?<|im_end|>\n..." style ids.
const PROMPT: [u32; 12] = [1, 4093, 198, 1780, 314, 260, 3575, 282, 4649, 47, 2, 198];

fn cfg_and_fingerprint() -> (Config, String) {
    let (bytes, g) = model();
    (Config::from_gguf(g).unwrap(), g.fingerprint(bytes).unwrap())
}

/// A plain LoRA (rank 8 on q, v, o and down), one with learned gates on every projection and a
/// router over 3 rank-4 experts on k, o, gate and down; B ~ N(0, `b_scale`²).
fn three_adapters(b_scale: f32) -> [Vec<u8>; 3] {
    let (cfg, fp) = cfg_and_fingerprint();
    [
        synthetic::domain_adapter(&cfg, &fp, 1, 8, &["attn_q", "attn_v", "attn_output", "ffn_down"], SyntheticGate::Const, b_scale),
        synthetic::domain_adapter(&cfg, &fp, 2, 4, &TARGETS, SyntheticGate::Learned, b_scale),
        synthetic::domain_adapter(&cfg, &fp, 3, 4, &["attn_k", "attn_output", "ffn_gate", "ffn_down"], SyntheticGate::Router(3), b_scale),
    ]
}

#[test]
fn domain_logits_match_the_reference_in_both_matmul_shapes() {
    let (bytes, g) = model();
    let (cfg, fp) = cfg_and_fingerprint();
    let prompt = &PROMPT[..8];
    let adapters: Vec<DomainAdapter> = three_adapters(0.02).iter().map(|b| DomainAdapter::parse(b, &cfg, &fp).unwrap()).collect();
    assert_eq!(adapters.iter().map(|a| (a.gate, a.experts)).collect::<Vec<_>>(), [(GateType::Const, 1), (GateType::Learned, 1), (GateType::Router, 3)]);
    let mut reference = Reference::new(g, bytes, 64).unwrap();
    let base = reference.forward(prompt).unwrap();
    // Each gate alone, then all three mixed; the GPU shape (t found in every workgroup) is slow on
    // lavapipe, so it runs the mix only, which holds every gate.
    let sets: [&[(usize, f32)]; 4] = [&[(0, 1.0)], &[(1, 1.0)], &[(2, 1.0)], &[(2, 0.5), (1, 1.0), (0, 0.7)]];
    // Each set's logits, and its gate record (per layer, mean gate per slot; see below).
    let wants: Vec<(Vec<Vec<f32>>, GateActivity)> = sets
        .iter()
        .map(|set| {
            reference.reset();
            reference.set_domains(set.iter().map(|&(i, w)| (adapters[i].clone(), w)).collect());
            reference.record_gates();
            let want = reference.forward(prompt).unwrap();
            let moved = want.iter().zip(&base).map(|(a, b)| max_rel_err(a, b)).fold(0.0, f32::max);
            assert!(moved > 1e-3, "adapters {set:?} barely change the logits ({moved}): the comparison would prove nothing");
            (want, reference.gate_activity())
        })
        .collect();
    // The records the GPU must match say something: none for a plain LoRA, σ in (0, 1) for the
    // learned gate, and for the router a distribution over its 3 experts that is not uniform.
    assert!(wants[0].1.iter().all(Option::is_none));
    assert!(wants[1].1.iter().flatten().count() == cfg.n_layers && wants[1].1.iter().flatten().all(|g| g[0] > 0.0 && g[0] < 1.0 && g[1] == 0.0));
    let router = &wants[2].1;
    assert!(router.iter().flatten().count() == cfg.n_layers && router.iter().flatten().all(|g| (g[..3].iter().sum::<f32>() - 1.0).abs() < 1e-4));
    assert!(router.iter().flatten().any(|g| g[..3].iter().any(|&p| (p - 1.0 / 3.0).abs() > 0.05)), "the router's experts should not weigh the same");
    for shape in [Shape::CPU, Shape::GPU] {
        let m = pollster::block_on(async {
            let mut gpu = Gpu::new().await.unwrap();
            gpu.shape = shape;
            GpuModel::load(gpu, g, bytes, 64, 16).await.unwrap()
        });
        let ids: Vec<_> = adapters.iter().map(|a| m.add_lora(&PartWeights::of_domain(&cfg, a)).unwrap()).collect();
        let rows: Vec<Row> = prompt.iter().enumerate().map(|(i, &t)| Row::causal(t, i)).collect();
        let all: Vec<u32> = (0..prompt.len() as u32).collect();
        for (set, (want, gates)) in sets.iter().zip(&wants).skip(if shape == Shape::GPU { 3 } else { 0 }) {
            m.select_domains(&set.iter().map(|&(i, w)| (ids[i], w)).collect::<Vec<_>>()).unwrap();
            m.record_gates(true);
            let logits = pollster::block_on(m.run(&PassSpec::plain(&rows, &all, true))).unwrap().logits.unwrap();
            for (i, w) in want.iter().enumerate() {
                let err = max_rel_err(&logits[i * cfg.vocab_size..(i + 1) * cfg.vocab_size], w);
                assert!(err <= 1e-4, "{shape:?} adapters {set:?} row {i}: relative error {err}");
            }
            // The GPU's gate record: the first learned or router adapter's gates, per layer.
            let got = m.take_gate_activity();
            m.record_gates(false);
            assert_eq!(got.iter().map(Option::is_some).collect::<Vec<_>>(), gates.iter().map(Option::is_some).collect::<Vec<_>>(), "{set:?}");
            for (l, (got, want)) in got.iter().zip(gates).enumerate().filter_map(|(l, (g, w))| Some((l, (g.as_ref()?, w.as_ref()?)))) {
                let err = got.iter().zip(want).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
                assert!(err <= 1e-4, "{shape:?} {set:?} layer {l}: gates {got:?} vs {want:?}");
            }
        }
    }
}

fn engine() -> Engine {
    let (bytes, _) = model();
    pollster::block_on(Engine::load(bytes, &EngineOptions { context: Some(128), max_rows: 16, ..Default::default() })).unwrap()
}

fn generate(e: &Engine, prompt: &[u32], options: &GenerateOptions) -> (Vec<u32>, usize) {
    let g = pollster::block_on(e.generate(prompt, options, &mut |_, _| true)).unwrap();
    (g.tokens, g.reused)
}

#[test]
fn switching_uploads_nothing_reuses_no_foreign_cache_and_unloading_frees_the_memory() {
    let mut e = engine();
    let base_bytes = e.model.gpu_bytes();
    let [plain, learned, router] = three_adapters(0.3);
    e.load_lora("plain", &plain).unwrap();
    e.load_lora("learned", &learned).unwrap();
    e.load_lora("router", &router).unwrap();
    let loaded = e.model.gpu_bytes();
    let adapter_bytes: u64 = e.domains.values().map(|d| d.bytes).sum();
    assert!(adapter_bytes > 1_000_000 && loaded >= base_bytes + adapter_bytes, "{base_bytes} → {loaded}, adapters {adapter_bytes}");
    let uploaded = e.model.gpu.uploaded_bytes();
    let with = |loras: &[(&str, f32)]| GenerateOptions { max_tokens: 4, loras: loras.iter().map(|&(n, w)| (n.to_string(), w)).collect(), ..Default::default() };
    let prompt = e.tokenizer.encode("<|im_start|>user\nName a fruit.<|im_end|>\n<|im_start|>assistant\n", true).unwrap();
    let sets: [&[(&str, f32)]; 6] =
        [&[], &[("plain", 1.0)], &[("learned", 1.0)], &[("router", 1.0)], &[("plain", 1.0), ("learned", 0.5)], &[("plain", 1.0)]];
    let mut outputs = Vec::new();
    for (i, set) in sets.iter().enumerate() {
        let (tokens, reused) = generate(&e, &prompt, &with(set));
        // The cache holds the prompt after every run; only the same adapters may reuse it.
        let same_as_before = i > 0 && sets[i - 1] == *set;
        assert_eq!(reused > 0, same_as_before, "set {set:?}: reused {reused}");
        outputs.push(tokens);
    }
    let (again, reused) = generate(&e, &prompt, &with(sets[5]));
    assert!(reused > 0, "the same adapters again must reuse the prompt's K/V");
    assert_eq!(again, outputs[5]);
    assert_eq!(outputs[1], outputs[5], "the same adapter gives the same tokens after a switch");
    let distinct: std::collections::HashSet<&Vec<u32>> = outputs.iter().collect();
    assert!(distinct.len() >= 4, "the adapters should change the output: {outputs:?}");
    assert_eq!(e.model.gpu.uploaded_bytes(), uploaded, "switching adapters uploaded weights");
    // Recording the gates reads them back and changes no token.
    let recorded = pollster::block_on(e.generate(&prompt, &GenerateOptions { record_gates: true, ..with(sets[2]) }, &mut |_, _| true)).unwrap();
    assert_eq!(recorded.tokens, outputs[2]);
    let gates = recorded.gates.expect("gates were asked for");
    assert!(gates.len() == e.model.cfg.n_layers && gates.iter().all(|g| g.as_ref().is_some_and(|g| g[0] > 0.0 && g[0] < 1.0)), "{gates:?}");
    eprintln!("base {base_bytes} B, with 3 domain adapters {loaded} B ({adapter_bytes} B of LoRA); 6 switches uploaded 0 B");

    assert!(e.unload_adapter("plain").unwrap());
    assert!(e.unload_adapter("router").unwrap());
    assert!(e.unload_adapter("learned").unwrap());
    assert!(!e.unload_adapter("learned").unwrap());
    assert_eq!(e.model.gpu_bytes(), base_bytes, "unloading must give back every byte the adapters took");
    let err = pollster::block_on(e.generate(&prompt, &with(&[("plain", 1.0)]), &mut |_, _| true)).unwrap_err();
    assert_eq!(err.code(), "INVALID_ARGUMENT");
    assert_eq!(generate(&e, &prompt, &with(&[])).0, outputs[0], "the base model is back after unloading");
}

/// MTP (k = 2) over a domain adapter on the real model: the adapted model's autoregressive
/// tokens, with drafts accepted. Seeds, trees, more k and n-gram over domain adapters:
/// tests/synthetic.rs (lavapipe runs the real model at about two rows a second).
#[test]
fn speculative_decoding_over_a_domain_adapter_equals_its_autoregressive_output() {
    let mut e = engine();
    e.load_adapter("mtp", &std::fs::read(adapter_path()).unwrap()).unwrap();
    e.load_lora("plain", &three_adapters(0.05)[0]).unwrap();
    let prompt = e.tokenizer.encode("<|im_start|>user\nList three colours.<|im_end|>\n<|im_start|>assistant\n", true).unwrap();
    let base = GenerateOptions { max_tokens: 10, loras: vec![("plain".into(), 1.0)], ..Default::default() };
    let (ar, _) = generate(&e, &prompt, &base);
    let (unadapted, _) = generate(&e, &prompt, &GenerateOptions { loras: Vec::new(), ..base.clone() });
    assert_ne!(ar, unadapted, "the domain adapter should change this answer");
    let g = pollster::block_on(e.generate(&prompt, &GenerateOptions { mode: Mode::Mtp, k: Some(2), ..base.clone() }, &mut |_, _| true)).unwrap();
    assert_eq!(g.tokens, ar, "MTP k=2 over the domain adapter: accepted {:?}", g.accepted);
    assert!(g.accepted.iter().any(|&a| a > 1), "MTP over the domain adapter accepted no draft: {:?}", g.accepted);
}

/// `bytes` with every `from` replaced by `to` (of the same length).
fn replace(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let mut i = 0;
    while i + from.len() <= out.len() {
        if &out[i..i + from.len()] == from {
            out[i..i + from.len()].copy_from_slice(to);
            i += from.len();
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn bad_domain_adapters_are_typed_errors_that_load_nothing() {
    let mut e = engine();
    let (cfg, fp) = cfg_and_fingerprint();
    let [good, _, router] = three_adapters(0.02);
    let before = (e.model.gpu_bytes(), e.model.gpu.uploaded_bytes());
    let small = synthetic::model(1).0;
    let small_cfg = Config::from_gguf(&gated_lora_webgpu::gguf::Gguf::parse(&small).unwrap()).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated", good[..good.len() / 2].to_vec(), "ADAPTER_INVALID"),
        ("another base", synthetic::domain_adapter(&cfg, &"0".repeat(64), 1, 8, &["attn_q"], SyntheticGate::Const, 0.02), "ADAPTER_BASE_MISMATCH"),
        ("wrong shapes", synthetic::domain_adapter(&small_cfg, &fp, 1, 4, &["attn_q"], SyntheticGate::Const, 0.02), "ADAPTER_INVALID"),
        ("unknown target", replace(&good, b"attn_q", b"attn_x"), "ADAPTER_INVALID"),
        ("a model, not a LoRA", small.clone(), "ADAPTER_INVALID"),
        ("router without its tensors", replace(&router, b"router.bias", b"routerXbias"), "ADAPTER_INVALID"),
        ("a router of 9 experts", replace(&router, br#""experts":"3""#, br#""experts":"9""#), "ADAPTER_INVALID"),
        ("a router of 2 experts with 3 experts' weights", replace(&router, br#""experts":"3""#, br#""experts":"2""#), "ADAPTER_INVALID"),
    ];
    for (what, bytes, code) in cases {
        let err = e.load_lora(what, &bytes).unwrap_err();
        assert_eq!(err.code(), code, "{what}: {err}");
    }
    let peft_weights = good.clone();
    for (what, config) in [
        ("DoRA", r#"{"peft_type": "LORA", "r": 8, "lora_alpha": 16, "use_dora": true}"#),
        ("no rank", r#"{"peft_type": "LORA", "lora_alpha": 16}"#),
        ("rank patterns", r#"{"peft_type": "LORA", "r": 8, "lora_alpha": 16, "rank_pattern": {"q_proj": 4}}"#),
        ("not JSON", "{"),
        ("gated weights as PEFT", r#"{"peft_type": "LORA", "r": 8, "lora_alpha": 16}"#),
    ] {
        let err = e.load_peft(what, config.as_bytes(), &peft_weights).unwrap_err();
        assert_eq!(err.code(), "ADAPTER_INVALID", "{what}: {err}");
    }
    assert!(e.domains.is_empty());
    assert_eq!((e.model.gpu_bytes(), e.model.gpu.uploaded_bytes()), before, "a refused adapter must leave nothing behind");
    e.load_lora("good", &good).unwrap();
    assert_eq!(generate(&e, &PROMPT, &GenerateOptions { max_tokens: 3, loras: vec![("good".into(), 1.0)], ..Default::default() }).0.len(), 3);
}
