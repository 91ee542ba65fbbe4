//! Fuzz targets: every parser that a hostile file or user input reaches, each as a function of
//! bytes that must end in `Ok` or a typed `Err` — never a panic, a hang or an allocation out of
//! proportion to its input. cargo-afl drives them for long coverage-guided runs (`fuzz/`,
//! `tools/fuzz.sh`); tests/fuzz.rs replays every input that once failed and runs a short
//! mutation loop over them in the test command. Both cap each allocation (`cap_for`).

use crate::chat::{ChatMessage, ChatTemplate};
use crate::engine::Prompt;
use crate::error::Result;
use crate::gguf::Gguf;
use crate::model::adapter::Adapter;
use crate::model::lora::DomainAdapter;
use crate::model::Config;
use crate::tokenizer::Tokenizer;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// What the targets check their input against: a model's shapes and fingerprint (the adapter
/// parsers refuse adapters for other models before reading further) and a real tokenizer.
pub struct Context {
    pub cfg: Config,
    pub fingerprint: String,
    pub tokenizer: Tokenizer,
}

impl Context {
    /// `model`: the GGUF whose shapes adapters must fit; `tokenizer`: a GGUF with a vocabulary.
    pub fn new(model: &[u8], tokenizer: &[u8]) -> Result<Context> {
        let g = Gguf::parse(model)?;
        let t = Gguf::parse(tokenizer)?;
        Ok(Context { cfg: Config::from_gguf(&g)?, fingerprint: g.fingerprint(model)?, tokenizer: Tokenizer::from_gguf(&t)? })
    }
}

pub struct Target {
    pub name: &'static str,
    /// What the input is, for the seed corpus and the report.
    pub input: &'static str,
    pub run: fn(&Context, &[u8]),
}

pub const TARGETS: &[Target] = &[
    Target { name: "gguf", input: "a GGUF model file", run: gguf },
    Target { name: "tokenizer", input: "a GGUF file whose vocabulary builds a tokenizer", run: tokenizer },
    Target { name: "encode", input: "prompt text, special tokens allowed", run: encode },
    Target { name: "mtp_adapter", input: "a gated-LoRA MTP adapter (safetensors)", run: mtp_adapter },
    Target { name: "domain_adapter", input: "a domain adapter: gated safetensors or GGUF LoRA", run: domain_adapter },
    Target { name: "peft", input: "adapter_config.json, a NUL byte, adapter_model.safetensors", run: peft },
    Target { name: "chat", input: "a Jinja chat template, then NUL-separated role/content pairs", run: chat },
    Target { name: "jsonl", input: "the CLI's prompt lines ({id, prompt, chat} or {id, tokens})", run: jsonl },
];

pub fn target(name: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.name == name)
}

impl Target {
    /// Runs the target on `data` with allocations capped in proportion to it (`cap_for`).
    pub fn run_capped(&self, cx: &Context, data: &[u8]) {
        CAP.set(cap_for(data.len()));
        (self.run)(cx, data);
        CAP.set(usize::MAX);
    }
}

/// Splits at the first NUL byte: two inputs in one.
fn split(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[]),
    }
}

fn gguf(_: &Context, data: &[u8]) {
    let Ok(g) = Gguf::parse(data) else { return };
    let _ = g.fingerprint(data);
    for t in &g.tensors {
        let _ = g.tensor_data(data, t);
    }
    if let Ok(cfg) = Config::from_gguf(&g) {
        let q = cfg.n_heads * cfg.head_dim;
        for (name, inp, out) in [
            ("token_embd.weight", cfg.dim, cfg.vocab_size),
            ("output.weight", cfg.dim, cfg.vocab_size),
            ("blk.0.attn_q.weight", cfg.dim, q),
            ("blk.0.ffn_down.weight", cfg.ffn_dim, cfg.dim),
        ] {
            let _ = crate::model::weights::matrix(&g, data, name, inp, out).map(|m| m.dequantize());
        }
        let _ = crate::model::weights::vector(&g, data, "output_norm.weight", cfg.dim);
    }
}

fn tokenizer(_: &Context, data: &[u8]) {
    let Ok(g) = Gguf::parse(data) else { return };
    let Ok(t) = Tokenizer::from_gguf(&g) else { return };
    for text in ["Hello, world! 123 ümlaut 日本語 \u{1F600}", "<|im_start|>user\nhi<|im_end|>", "   \n\t x"] {
        if let Ok(ids) = t.encode(text, true) {
            let _ = t.decode(&ids);
        }
    }
    let ids: Vec<u32> = (0..t.vocab_size().min(4096) as u32).collect();
    let _ = t.decode_with(&ids, false);
}

fn encode(cx: &Context, data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for special in [false, true] {
        if let Ok(ids) = cx.tokenizer.encode(&text, special) {
            let mut stream = cx.tokenizer.stream_decoder();
            for &id in &ids {
                stream.push(id);
            }
            stream.finish();
        }
    }
    // Ids straight from a user ({tokens: [...]}), in range or not.
    let ids: Vec<u32> = data.chunks(4).map(|c| c.iter().fold(0u32, |a, &b| a << 8 | u32::from(b))).collect();
    let _ = cx.tokenizer.decode(&ids);
}

fn mtp_adapter(cx: &Context, data: &[u8]) {
    let _ = Adapter::parse(data, &cx.cfg, &cx.fingerprint);
}

fn domain_adapter(cx: &Context, data: &[u8]) {
    if DomainAdapter::is_domain_file(data) {
        let _ = DomainAdapter::parse(data, &cx.cfg, &cx.fingerprint);
    }
    let _ = DomainAdapter::parse_gated(data, &cx.cfg, &cx.fingerprint);
}

fn peft(cx: &Context, data: &[u8]) {
    let (config, weights) = split(data);
    let _ = DomainAdapter::parse_peft(config, weights, &cx.cfg);
}

fn chat(cx: &Context, data: &[u8]) {
    let (template, rest) = split(data);
    let Ok(t) = ChatTemplate::parse(&String::from_utf8_lossy(template)) else { return };
    let parts: Vec<String> = rest.split(|&b| b == 0).map(|p| String::from_utf8_lossy(p).into_owned()).collect();
    let messages: Vec<ChatMessage> = parts.chunks(2).map(|p| ChatMessage::new(p[0].as_str(), p.get(1).map_or("", String::as_str))).collect();
    if let Ok(text) = t.render(&messages, true) {
        let _ = cx.tokenizer.encode(&text, true);
    }
}

fn jsonl(cx: &Context, data: &[u8]) {
    for line in String::from_utf8_lossy(data).lines() {
        if let Ok(Some((_, Prompt::Text(text) | Prompt::Chat(text)))) = Prompt::from_jsonl(line) {
            let _ = cx.tokenizer.encode(&text, false);
        }
    }
}

/// The largest single allocation a parser may make for an input of `len` bytes: dequantising a
/// 4-bit tensor to f32 grows it ~7×, every other structure a parser builds is smaller than its
/// input; the constant covers fixed tables. More means a count or length was trusted unchecked.
pub fn cap_for(len: usize) -> usize {
    (16 << 20) + 16 * len
}

thread_local! {
    /// Per thread: a test harness runs other tests beside the fuzz loop.
    static CAP: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// The system allocator, aborting the process on any single allocation above the cap that
/// `Target::run_capped` sets for its input. Install with `#[global_allocator]` in a fuzzing
/// binary (abort, not panic: allocators must not unwind, and afl counts an abort as a crash).
pub struct CappedAlloc;

fn check(size: usize) {
    let cap = CAP.get();
    if size > cap {
        // No allocation here: the message goes straight to stderr.
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "allocation of {size} bytes is above the fuzzing cap of {cap}");
        std::process::abort()
    }
}

unsafe impl GlobalAlloc for CappedAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        check(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        check(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        check(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}
