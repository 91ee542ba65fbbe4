//! The command line refuses what it does not understand instead of running as if it were absent.
// Native only: the browser suites are tests/web*.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Command;

fn cli(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gated-lora")).args(args).output().expect("run gated-lora");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn unknown_options_are_typed_errors_naming_them() {
    for (args, named) in [
        (&["generate", "--model", "m.gguf", "--prompt", "hi", "--temprature", "0.8"][..], "unknown option --temprature (did you mean --temperature?)"),
        (&["generate", "--model", "m.gguf", "--prompt", "hi", "--adaptor", "x"][..], "unknown option --adaptor (did you mean --adapter?)"),
        (&["tokenize", "--model", "m.gguf", "--text", "hi", "--chat"][..], "unknown option --chat"),
        (&["bench", "--model", "m.gguf", "--out", "x"][..], "unknown option --out"),
    ] {
        let (code, stderr) = cli(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.starts_with("gated-lora: [INVALID_ARGUMENT]") && stderr.contains(named), "{args:?}: {stderr}");
    }
}

/// A context longer than the model was trained for is refused before anything reaches the GPU,
/// naming the limit (it used to be clamped silently).
#[test]
fn a_context_beyond_the_trained_one_is_context_too_large() {
    let model = common::model_path();
    let (code, stderr) = cli(&["generate", "--model", model.to_str().unwrap(), "--prompt", "hi", "--max-tokens", "1", "--context", "9000"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("gated-lora: [CONTEXT_TOO_LARGE]") && stderr.contains("9000") && stderr.contains("8192"), "{stderr}");
}

/// A model that needs more GPU memory than the engine may take is refused before upload, saying
/// how much it needs (the real model: ~120 MB with its cache and activations).
#[test]
fn a_model_above_the_gpu_memory_limit_is_gpu_out_of_memory() {
    let model = common::model_path();
    let (code, stderr) = cli(&["generate", "--model", model.to_str().unwrap(), "--prompt", "hi", "--max-tokens", "1", "--gpu-memory-mib", "64"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("gated-lora: [GPU_OUT_OF_MEMORY]") && stderr.contains(&(64u64 << 20).to_string()), "{stderr}");
}
