//! The fuzz targets of src/fuzz.rs in the test command. First every input that a long cargo-afl
//! run found failing (tests/fixtures/fuzz/<target>/, kept as regressions) replays; then a seeded
//! structure-aware mutation loop (truncations, splices, field rewrites with boundary values,
//! count and length inflation, byte flips) runs over seeds built from the real files for
//! `GATED_LORA_FUZZ_SECONDS` (default 60, shared by all targets). A panic, an input taking over
//! `HANG_MS`, or an allocation above `fuzz::cap_for` its size (the allocator aborts) fails it; the input is left
//! in target/fuzz-failures/ (an abort leaves it as target/fuzz-failures/last-input).
//!
//! `GATED_LORA_FUZZ_SEEDS=DIR cargo test --test fuzz write_seeds -- --ignored` writes the seed corpora (and
//! the model the adapter targets check against) for tools/fuzz.sh.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use synthetic::{Rng, SyntheticGate};
use gated_lora_webgpu::fuzz::{CappedAlloc, Context, TARGETS};
use gated_lora_webgpu::gguf::{Gguf, Value};
use gated_lora_webgpu::model::Config;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOC: CappedAlloc = CappedAlloc;

const HANG_MS: u128 = 2000;

thread_local! {
    static IN_TARGET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A GGUF holding the first `n` tokens of the real vocabulary, their types, the merges among
/// them and the real tokenizer settings: the tokenizer's construction on real data, small enough
/// to mutate thousands of times a second.
fn small_vocabulary(n: usize) -> Vec<u8> {
    let (_, g) = common::model();
    let tokens: Vec<Value> = g.get_array("tokenizer.ggml.tokens").expect("tokens")[..n].to_vec();
    let known: std::collections::HashSet<&str> = tokens.iter().filter_map(Value::as_str).collect();
    let merges: Vec<Value> = g
        .get_array("tokenizer.ggml.merges")
        .expect("merges")
        .iter()
        .filter(|m| {
            m.as_str().and_then(|m| m.split_once(' ')).is_some_and(|(l, r)| known.contains(l) && known.contains(r) && known.contains(format!("{l}{r}").as_str()))
        })
        .cloned()
        .collect();
    let mut meta: Vec<(&str, Value)> = vec![("general.architecture", Value::Str("llama".into()))];
    for key in &g.keys {
        if !key.starts_with("tokenizer.") {
            continue;
        }
        let v = match key.as_str() {
            "tokenizer.ggml.tokens" => Value::Array(tokens.clone()),
            "tokenizer.ggml.token_type" => Value::Array(g.get_array(key).expect("types")[..n].to_vec()),
            "tokenizer.ggml.merges" => Value::Array(merges.clone()),
            _ => match g.get(key).expect("key") {
                v if v.as_u64().is_some_and(|id| id as usize >= n) && key.ends_with("_id") => continue,
                v => v.clone(),
            },
        };
        meta.push((key.as_str(), v));
    }
    synthetic::gguf(&meta, &[])
}

/// A llama.cpp GGUF LoRA on q and v of every layer of the synthetic model.
fn gguf_lora(cfg: &Config, rank: usize) -> Vec<u8> {
    let mut rng = Rng::new(7);
    let mut tensors = Vec::new();
    for i in 0..cfg.n_layers {
        for (t, out) in [("attn_q", cfg.n_heads * cfg.head_dim), ("attn_v", cfg.n_kv_heads * cfg.head_dim)] {
            tensors.push((format!("blk.{i}.{t}.weight.lora_a"), vec![cfg.dim as u64, rank as u64], rng.normals(cfg.dim * rank, 0.1)));
            tensors.push((format!("blk.{i}.{t}.weight.lora_b"), vec![rank as u64, out as u64], rng.normals(rank * out, 0.1)));
        }
    }
    let meta = [
        ("general.architecture", Value::Str("llama".into())),
        ("general.type", Value::Str("adapter".into())),
        ("adapter.type", Value::Str("lora".into())),
        ("adapter.lora.alpha", Value::F32(8.0)),
    ];
    synthetic::gguf(&meta, &tensors)
}

/// A PEFT LoRA for the synthetic model: the real fixture's adapter_config.json with the rank set,
/// a NUL, and adapter_model.safetensors with q and v of every layer.
fn peft(cfg: &Config, rank: usize) -> Vec<u8> {
    use safetensors::tensor::TensorView;
    let mut config: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root().join("tests/fixtures/peft/adapter_config.json")).expect("PEFT fixture")).expect("PEFT config");
    config["r"] = rank.into();
    config["target_modules"] = serde_json::json!(["q_proj", "v_proj"]);
    let mut rng = Rng::new(9);
    let mut tensors: Vec<(String, Vec<usize>, Vec<u8>)> = Vec::new();
    for i in 0..cfg.n_layers {
        for (t, out) in [("q_proj", cfg.n_heads * cfg.head_dim), ("v_proj", cfg.n_kv_heads * cfg.head_dim)] {
            let name = |h: &str| format!("base_model.model.model.layers.{i}.self_attn.{t}.lora_{h}.weight");
            let bytes = |n: usize, rng: &mut Rng| rng.normals(n, 0.1).iter().flat_map(|x| x.to_le_bytes()).collect();
            tensors.push((name("A"), vec![rank, cfg.dim], bytes(rank * cfg.dim, &mut rng)));
            tensors.push((name("B"), vec![out, rank], bytes(out * rank, &mut rng)));
        }
    }
    let views: Vec<(String, TensorView)> =
        tensors.iter().map(|(n, shape, b)| (n.clone(), TensorView::new(safetensors::Dtype::F32, shape.clone(), b).expect("view"))).collect();
    let meta = [("format".to_string(), "pt".to_string())].into_iter().collect();
    let mut out = serde_json::to_vec(&config).expect("config");
    out.push(0);
    out.extend(safetensors::serialize(views, Some(meta)).expect("PEFT weights"));
    out
}

/// The synthetic model (whose shapes and fingerprint the adapter targets check against), the
/// small real vocabulary, and the seeds of every target.
struct Seeds {
    model: Vec<u8>,
    vocabulary: Vec<u8>,
    by_target: BTreeMap<&'static str, Vec<Vec<u8>>>,
}

fn seeds() -> Seeds {
    let model = synthetic::model(1).0;
    let g = Gguf::parse(&model).expect("synthetic model");
    let cfg = Config::from_gguf(&g).expect("synthetic config");
    let fingerprint = g.fingerprint(&model).expect("fingerprint");
    let vocabulary = small_vocabulary(600);
    let (real, real_g) = common::model();
    let real: &[u8] = real;
    let template = real_g.get_str("tokenizer.chat_template").expect("the real chat template").to_string();
    let varied = std::fs::read_to_string(root().join("training/data/heldout-varied.jsonl")).expect("held-out prompts");
    let lines: Vec<&str> = varied.lines().take(24).collect();
    let texts: Vec<Vec<u8>> = lines
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()?.get("prompt")?.as_str().map(|s| s.as_bytes().to_vec()))
        .chain(["<|im_start|>user\nhi<|im_end|>\n".into(), "  \t\n\u{1F600}ü 123,456.78 e\u{301}".into()])
        .collect();
    let chat = |messages: &[&str]| {
        let mut b = template.as_bytes().to_vec();
        for m in messages {
            b.push(0);
            b.extend_from_slice(m.as_bytes());
        }
        b
    };
    let chats = vec![chat(&["user", "What is 2+2?"]), chat(&["system", "Be brief.", "user", "Hi", "assistant", "Hello!", "user", "<|im_end|>"])];
    let domain = |seed, gate| synthetic::domain_adapter(&cfg, &fingerprint, seed, 2, &["attn_q", "attn_v", "ffn_down"], gate, 0.1);
    let by_target = BTreeMap::from([
        ("gguf", vec![model.clone(), vocabulary.clone(), real[..64 << 10].to_vec()]),
        ("tokenizer", vec![vocabulary.clone()]),
        ("encode", texts),
        ("mtp_adapter", vec![synthetic::adapter(3, &fingerprint), synthetic::residual_adapter(3, &fingerprint)]),
        ("domain_adapter", vec![domain(4, SyntheticGate::Const), domain(5, SyntheticGate::Learned), domain(6, SyntheticGate::Router(3)), gguf_lora(&cfg, 2)]),
        ("peft", vec![peft(&cfg, 2)]),
        ("chat", chats),
        ("jsonl", vec![lines.join("\n").into_bytes(), b"{\"id\": 1, \"tokens\": [1, 2, 3]}\n\n{\"prompt\": \"hi\", \"chat\": true}".to_vec()]),
    ]);
    Seeds { model, vocabulary, by_target }
}

fn context(seeds: &Seeds) -> Context {
    Context::new(&seeds.model, &seeds.vocabulary).expect("fuzz context")
}

/// Inputs a long run once found failing: they must now pass.
fn regressions(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = root().join("tests/fixtures/fuzz").join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut out: Vec<(PathBuf, Vec<u8>)> = entries.filter_map(|e| e.ok()).map(|e| e.path()).filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b))).collect();
    out.sort();
    out
}

/// Little-endian values that make counts, lengths, offsets and dimensions wrong in interesting
/// ways.
const BOUNDARY: &[u64] = &[0, 1, 2, 3, 4, 7, 8, 31, 32, 255, 256, 4096, 65535, 65536, 0x7fff_ffff, 0x8000_0000, 0xffff_ffff, 1 << 32, 1 << 40, u64::MAX / 2, u64::MAX];

/// One to four mutations of `input`; `others` are the other seeds, for splices.
fn mutate(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let mut b = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = b.len();
        let at = if len == 0 { 0 } else { rng.below(len) };
        match rng.below(9) {
            // Truncation anywhere: every length field then points past the end.
            0 => b.truncate(at),
            1 if len > 0 => b[at] ^= 1 << rng.below(8),
            2 if len > 0 => b[at] = rng.next_u64() as u8,
            // A 4- or 8-byte field rewritten with a boundary value (or one nudged by ±1).
            3 | 4 => {
                let width = if rng.below(2) == 0 { 4 } else { 8 };
                let v = BOUNDARY[rng.below(BOUNDARY.len())].wrapping_add(rng.below(3) as u64).wrapping_sub(1);
                let bytes = v.to_le_bytes();
                for (i, x) in bytes[..width].iter().enumerate() {
                    if let Some(slot) = b.get_mut(at + i) {
                        *slot = *x;
                    }
                }
            }
            // A count or length inflated where it stands: a small value multiplied.
            5 if len >= 8 => {
                let at = at.min(len - 8);
                let v = u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or_default());
                let grown = v.saturating_mul(1 + rng.below(1 << 20) as u64).max(v.saturating_add(1));
                b[at..at + 8].copy_from_slice(&grown.to_le_bytes());
            }
            // A run of bytes from this input or another seed, copied over or inserted.
            6 if !others.is_empty() => {
                let src = &others[rng.below(others.len())];
                if !src.is_empty() {
                    let from = rng.below(src.len());
                    let n = (1 + rng.below(64)).min(src.len() - from);
                    if rng.below(2) == 0 {
                        b.splice(at..at, src[from..from + n].iter().copied());
                    } else {
                        for (i, x) in src[from..from + n].iter().enumerate() {
                            if let Some(slot) = b.get_mut(at + i) {
                                *slot = *x;
                            }
                        }
                    }
                }
            }
            7 if len > 0 => {
                let n = (1 + rng.below(64)).min(len - at);
                b.drain(at..at + n);
            }
            _ => {
                let n = 1 + rng.below(16);
                b.splice(at..at, (0..n).map(|_| rng.next_u64() as u8));
            }
        }
    }
    b
}

struct Failure {
    target: &'static str,
    why: String,
    input: PathBuf,
}

fn failures_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// Runs one input; the input is on disk first, so that an abort (allocation cap) leaves it.
fn run_one(cx: &Context, target: &gated_lora_webgpu::fuzz::Target, input: &[u8], last: &Path) -> Option<String> {
    let _ = std::fs::write(last, input);
    let t = Instant::now();
    IN_TARGET.set(true);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| target.run_capped(cx, input)));
    IN_TARGET.set(false);
    let ms = t.elapsed().as_millis();
    match result {
        Err(e) => Some(format!("panicked: {}", e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default())),
        Ok(()) if ms > HANG_MS => Some(format!("took {ms} ms")),
        Ok(()) => None,
    }
}

#[test]
fn every_parser_survives_malformed_input() {
    let seeds = seeds();
    let cx = context(&seeds);
    let seconds: f64 = std::env::var("GATED_LORA_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(60.0);
    let per_target = Duration::from_secs_f64(seconds / TARGETS.len() as f64);
    let dir = failures_dir();
    let last = dir.join("last-input");
    // A target's panics are findings, reported once at the end; any other panic is printed.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !IN_TARGET.get() {
            default_hook(info)
        }
    }));
    let mut failures = Vec::new();
    let mut report = Vec::new();
    for target in TARGETS {
        let corpus = &seeds.by_target[target.name];
        assert!(!corpus.is_empty(), "{}: no seeds", target.name);
        let fail = |failures: &mut Vec<Failure>, input: &[u8], why: String| {
            let path = dir.join(format!("{}-{:016x}", target.name, input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))));
            let _ = std::fs::write(&path, input);
            failures.push(Failure { target: target.name, why, input: path });
        };
        let replayed = regressions(target.name);
        for (path, input) in corpus.iter().map(|s| (PathBuf::new(), s.clone())).chain(replayed.iter().cloned()) {
            if let Some(why) = run_one(&cx, target, &input, &last) {
                fail(&mut failures, &input, format!("{why} (seed or regression {})", path.display()));
            }
        }
        let mut rng = Rng::new(0x5EED ^ target.name.len() as u64);
        let start = Instant::now();
        let mut runs = 0u64;
        while start.elapsed() < per_target && failures.len() < 16 {
            let seed = &corpus[rng.below(corpus.len())];
            let input = mutate(&mut rng, seed, corpus);
            if let Some(why) = run_one(&cx, target, &input, &last) {
                fail(&mut failures, &input, why);
            }
            runs += 1;
        }
        report.push(format!("{}: {} seeds, {} regressions, {runs} mutated inputs in {:.1} s", target.name, corpus.len(), replayed.len(), start.elapsed().as_secs_f64()));
        assert!(runs > 0 || per_target.is_zero() || !failures.is_empty(), "{}: no input ran", target.name);
    }
    eprintln!("{}", report.join("\n"));
    let list: Vec<String> = failures.iter().map(|f| format!("{}: {} — input {}", f.target, f.why, f.input.display())).collect();
    assert!(list.is_empty(), "fuzz failures:\n{}", list.join("\n"));
}

/// Every seed must parse, so that mutations start from inputs that reach deep into the parser
/// (a seed that fails early would fuzz only its first check).
#[test]
fn seeds_are_valid_inputs() {
    use gated_lora_webgpu::chat::ChatTemplate;
    use gated_lora_webgpu::model::adapter::Adapter;
    use gated_lora_webgpu::model::lora::DomainAdapter;
    let seeds = seeds();
    let cx = context(&seeds);
    let split = |b: &[u8]| {
        let i = b.iter().position(|&x| x == 0).expect("a NUL");
        (b[..i].to_vec(), b[i + 1..].to_vec())
    };
    for s in &seeds.by_target["mtp_adapter"] {
        Adapter::parse(s, &cx.cfg, &cx.fingerprint).expect("MTP seed");
    }
    for s in &seeds.by_target["domain_adapter"] {
        DomainAdapter::parse(s, &cx.cfg, &cx.fingerprint).expect("domain seed");
    }
    let (config, weights) = split(&seeds.by_target["peft"][0]);
    DomainAdapter::parse_peft(&config, &weights, &cx.cfg).expect("PEFT seed");
    for s in &seeds.by_target["chat"] {
        ChatTemplate::parse(std::str::from_utf8(&split(s).0).expect("UTF-8")).expect("chat seed");
    }
    assert!(cx.tokenizer.vocab_size() == 600 && cx.tokenizer.encode("Hello world", false).expect("encode").len() > 1);
    for s in &seeds.by_target["jsonl"] {
        for line in std::str::from_utf8(s).expect("UTF-8").lines() {
            gated_lora_webgpu::Prompt::from_jsonl(line).expect("JSONL seed");
        }
    }
}

/// Writes the seed corpora, the synthetic model and the small vocabulary for tools/fuzz.sh (a
/// tool, not a check: run explicitly).
#[test]
#[ignore]
fn write_seeds() {
    let dir = PathBuf::from(std::env::var_os("GATED_LORA_FUZZ_SEEDS").expect("GATED_LORA_FUZZ_SEEDS=DIR"));
    let seeds = seeds();
    std::fs::create_dir_all(&dir).expect("seed dir");
    std::fs::write(dir.join("model.gguf"), &seeds.model).expect("write model");
    std::fs::write(dir.join("vocabulary.gguf"), &seeds.vocabulary).expect("write vocabulary");
    for (target, corpus) in &seeds.by_target {
        let d = dir.join("seeds").join(target);
        std::fs::create_dir_all(&d).expect("seed dir");
        for (i, s) in corpus.iter().enumerate() {
            std::fs::write(d.join(format!("seed-{i}")), s).expect("write seed");
        }
        for (p, b) in regressions(target) {
            std::fs::write(d.join(p.file_name().expect("name")), b).expect("write regression");
        }
    }
}
