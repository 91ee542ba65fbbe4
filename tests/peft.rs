//! PEFT and llama.cpp GGUF LoRA imports against the `peft` package: tests/fixtures/peft holds a
//! LoRA that `peft` made on the transformers Llama loading the same GGUF, its GGUF LoRA
//! conversion, and what transformers + peft computed with it (tools/make_peft_fixture.py). Both
//! files must give transformers' greedy tokens, and its logits to 1e-4 relative (over the 512
//! highest logits, whose largest sets the scale).
// Native only: the browser suites are tests/web*.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{max_rel_err, model};
use gated_lora_webgpu::engine::GenerateOptions;
use gated_lora_webgpu::gpu::{PassSpec, Row};
use gated_lora_webgpu::model::lora::LoraFormat;
use gated_lora_webgpu::{Engine, EngineOptions};
use serde_json::Value;
use std::path::PathBuf;

fn fixture(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/peft").join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e} (tools/make_peft_fixture.py writes it)", p.display()))
}

fn ids(v: &Value) -> Vec<u32> {
    v.as_array().expect("an array of ids").iter().map(|t| t.as_u64().expect("an id") as u32).collect()
}

/// The greedy tokens of the first `tokens` cases and the last-position logits of the first
/// `logits` under the domain adapter `name` (lavapipe runs about two rows a second: CI checks
/// what the issue asks, not more).
fn check(e: &Engine, name: &str, expected: &Value, tokens: usize, logits: usize) {
    let new_tokens = expected["new_tokens"].as_u64().unwrap() as usize;
    let cases = expected["cases"].as_array().unwrap();
    assert!(cases.len() >= tokens.max(logits));
    let id = e.domains[name].id;
    for (i, case) in cases.iter().enumerate().take(tokens.max(logits)) {
        let prompt = ids(&case["prompt_tokens"]);
        let want = ids(&case["tokens"]);
        let options = GenerateOptions { max_tokens: new_tokens, loras: vec![(name.to_string(), 1.0)], ..Default::default() };
        if i < tokens {
            let got = pollster::block_on(e.generate(&prompt, &options, &mut |_, _| true)).unwrap().tokens;
            // transformers ran on past the end of the answer; the engine stops at it.
            let stopped = got.last().is_some_and(|&t| e.tokenizer.is_end_of_generation(t));
            assert!(got == want || (stopped && want.starts_with(&got)), "{name} on {:?}: {got:?}, transformers + peft {want:?}", case["prompt"]);
        }
        if i >= logits {
            continue;
        }

        e.model.select_domains(&[(id, 1.0)]).unwrap();
        let rows: Vec<Row> = prompt.iter().enumerate().map(|(i, &t)| Row::causal(t, i)).collect();
        let last = [prompt.len() as u32 - 1];
        let logits = pollster::block_on(e.model.run(&PassSpec::plain(&rows, &last, true))).unwrap().logits.unwrap();
        let top = ids(&case["top_ids"]);
        let ours: Vec<f32> = top.iter().map(|&t| logits[t as usize]).collect();
        let theirs: Vec<f32> = case["top_logits"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap() as f32).collect();
        let err = max_rel_err(&ours, &theirs);
        assert!(err <= 1e-4, "{name} on {:?}: logits differ by {err} relative", case["prompt"]);
    }
}

#[test]
fn peft_and_gguf_lora_imports_equal_transformers_with_peft() {
    let expected: Value = serde_json::from_slice(&fixture("expected.json")).unwrap();
    assert!(expected["prompts_changed_by_the_adapter"].as_u64().unwrap() > 0, "the fixture's adapter changes nothing: the test would prove nothing");
    let (bytes, _) = model();
    let mut e = pollster::block_on(Engine::load(bytes, &EngineOptions { context: Some(128), max_rows: 64, ..Default::default() })).unwrap();
    let peft = e.load_peft("peft", &fixture("adapter_config.json"), &fixture("adapter_model.safetensors")).unwrap();
    assert_eq!((peft.format, peft.rank), (LoraFormat::Peft, 4));
    let gguf = e.load_lora("gguf", &fixture("adapter.gguf")).unwrap();
    assert_eq!((gguf.format, gguf.rank), (LoraFormat::Gguf, 4));
    // Greedy tokens on all 10 prompts and logits on 3 for the PEFT files; the GGUF conversion
    // on 3 prompts, tokens and logits.
    check(&e, "peft", &expected, 10, 3);
    check(&e, "gguf", &expected, 3, 3);
}
