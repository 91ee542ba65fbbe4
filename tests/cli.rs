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

/// Options a run would not use are errors before the model loads (the model path here does not
/// exist: reaching the load would say IO instead), and so are ones that clash.
#[test]
fn options_a_run_would_ignore_are_errors_before_loading() {
    for (args, named) in [
        (&["generate", "--model", "m.gguf", "--prompt", "hi", "--adapter", "a.safetensors"][..], "--adapter would be ignored: the default mode, ar,"),
        (&["generate", "--model", "m.gguf", "--prompt", "hi", "--k", "2"][..], "--k would be ignored"),
        (&["generate", "--model", "m.gguf", "--prompt", "hi", "--mode", "ngram", "--tree", "3"][..], "--tree would be ignored: --mode ngram"),
        (&["generate", "--model", "m.gguf", "--prompt", "hi", "--mode", "mtp"][..], "add --adapter"),
        (&["generate", "--model", "m.gguf", "--prompt", "hi", "--gates"][..], "add --json"),
        (&["generate", "--model", "m.gguf", "--prompt", "hi", "--out", "o.jsonl"][..], "--out goes with --prompts"),
        (&["generate", "--model", "m.gguf", "--prompts", "p.jsonl", "--out", "o.jsonl", "--json"][..], "--json does not go with --prompts"),
        (&["generate", "--model", "m.gguf", "--prompt", "hi", "--top-k", "4294967296"][..], "--top-k must be a whole number"),
        (&["generate", "--model", "m.gguf", "--prompt", "hi", "--lora", "a=1", "--lora", "a"][..], "--lora a is given twice"),
        (&["generate", "--model", "m.gguf", "--prompt", "hi", "--json=yes"][..], "--json takes no value"),
        (&["bench", "--model", "m.gguf", "--runs", "0"][..], "--runs must be at least 1"),
        (&["bench", "--model", "m.gguf", "--gates"][..], "unknown option --gates"),
        (&["tokenize", "--model", "m.gguf"][..], "give one of --text TEXT or --texts IN.jsonl"),
        (&[][..], "expected a command (generate, tokenize or bench), got nothing"),
    ] {
        let (code, stderr) = cli(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.starts_with("gated-lora: [INVALID_ARGUMENT]") && stderr.contains(named), "{args:?}: {stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: one line: {stderr}");
    }
}

/// `--name=value` is `--name value`, and `--help` after a command prints the usage (exit 0).
#[test]
fn inline_values_and_help_after_a_command() {
    let (code, stderr) = cli(&["generate", "--model=m.gguf", "--prompt=hi", "--mode=ngram", "--k=2"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("gated-lora: [IO]") && stderr.contains("m.gguf"), "parsed up to the load: {stderr}");
    let out = Command::new(env!("CARGO_BIN_EXE_gated-lora")).args(["generate", "--help"]).output().expect("run gated-lora");
    assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("gated-lora generate --model"));
}

/// A `--prompts` run never writes over its input, and a bad line is named by its number before
/// the model loads.
#[test]
fn a_prompts_run_keeps_its_input_and_names_a_bad_line() {
    let dir = std::env::temp_dir().join(format!("gated-lora-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let prompts = dir.join("p.jsonl");
    let line = "{\"id\": \"a\", \"prompt\": \"hi\"}\n";
    std::fs::write(&prompts, line).expect("write prompts");
    let p = prompts.to_str().expect("utf-8 path");
    let (code, stderr) = cli(&["generate", "--model", "m.gguf", "--prompts", p, "--out", p]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("is the --prompts file"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&prompts).expect("prompts kept"), line);

    std::fs::write(&prompts, format!("{line}\n{{\"id\": \"b\"}}\n")).expect("write prompts");
    let out = dir.join("o.jsonl");
    let (code, stderr) = cli(&["generate", "--model", "m.gguf", "--prompts", p, "--out", out.to_str().expect("utf-8 path")]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("gated-lora: [INVALID_ARGUMENT]") && stderr.contains(&format!("{p}:3:")), "{stderr}");
    assert!(!out.exists(), "nothing written before the prompts are read");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A reader that stops reading (`| head -1`) ends the CLI quietly with exit 0, not with a panic
/// (println! panics on a closed pipe).
#[test]
fn a_closed_stdout_is_a_quiet_exit() {
    use std::io::BufRead;
    let dir = std::env::temp_dir().join(format!("gated-lora-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let texts = dir.join("t.jsonl");
    // Far more output than a pipe buffers, so the CLI is still writing when the reader goes.
    let lines: String = (0..20_000).map(|i| format!("{{\"id\": {i}, \"text\": \"hello world {i}\"}}\n")).collect();
    std::fs::write(&texts, lines).expect("write texts");
    let model = common::model_path();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gated-lora"))
        .args(["tokenize", "--model", model.to_str().unwrap(), "--texts", texts.to_str().expect("utf-8 path")])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run gated-lora");
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("first line");
    assert!(first.starts_with("{\"id\":0,"), "{first}");
    let out = child.wait_with_output().expect("wait");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
