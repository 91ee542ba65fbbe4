//! Tokenizer and chat template against the goldens `tools/make_golden.py` recorded from llama.cpp
//! (token ids, end-of-generation ids) and transformers (chat template strings), on the real model.
//!
//! The model file comes from `tools/fetch_model.sh` (the test script always fetches it); set
//! `GATED_LORA_MODEL` to use another path. Without it these tests fail.
// Native only: the browser suites are tests/web*.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use gated_lora_webgpu::chat::{apply_chat_template, apply_gguf_chat_template, ChatMessage, ChatTemplate};
use gated_lora_webgpu::gguf::{Gguf, Value};
use gated_lora_webgpu::tokenizer::{StreamDecoder, TokenType, Tokenizer};
use serde::Deserialize;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

#[derive(Deserialize)]
struct Golden {
    bos: u32,
    eos: u32,
    add_bos: bool,
    eog_ids: Vec<u32>,
    cases: Vec<Case>,
    chat: Vec<ChatCase>,
    fuzz: Vec<FuzzCase>,
}

#[derive(Deserialize)]
struct FuzzCase {
    text: String,
    tokens: Vec<u32>,
    tokens_special: Vec<u32>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    text: String,
    tokens: Vec<u32>,
    tokens_special: Vec<u32>,
    detokenized: String,
}

#[derive(Deserialize)]
struct ChatCase {
    id: String,
    messages: Vec<ChatMessage>,
    add_generation_prompt: bool,
    text: String,
}

fn golden() -> &'static Golden {
    static G: OnceLock<Golden> = OnceLock::new();
    G.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tokenizer_golden.json");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        serde_json::from_str(&text).expect("tokenizer_golden.json parses")
    })
}

/// The parsed model header and its tokenizer (a missing model fails the test).
fn model() -> (&'static Gguf, &'static Tokenizer) {
    static T: OnceLock<Tokenizer> = OnceLock::new();
    let (_, gguf) = common::model();
    (gguf, T.get_or_init(|| Tokenizer::from_gguf(gguf).expect("tokenizer builds")))
}

#[test]
fn golden_has_enough_cases() {
    let g = golden();
    assert!(g.cases.len() >= 40, "{} cases", g.cases.len());
    assert!(g.cases.iter().filter(|c| c.tokens != c.tokens_special).count() >= 5, "special-token cases present");
}

#[test]
fn encode_matches_llama_cpp_exactly() {
    let (_, tok) = model();
    let g = golden();
    let mut failures = Vec::new();
    let mut checked = 0;
    for c in &g.cases {
        for (special, want) in [(false, &c.tokens), (true, &c.tokens_special)] {
            let got = tok.encode(&c.text, special).expect("encode");
            checked += 1;
            if &got != want {
                failures.push(format!("{} (special={special}): text {:?}\n   want {want:?}\n    got {got:?}", c.id, c.text));
            }
        }
    }
    println!("tokenizer golden: {}/{checked} encodings equal llama.cpp", checked - failures.len());
    assert!(failures.is_empty(), "{} of {checked} encodings differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn fuzz_strings_match_llama_cpp_exactly() {
    let (_, tok) = model();
    let fuzz = &golden().fuzz;
    assert!(fuzz.len() >= 100, "{} fuzz strings", fuzz.len());
    let mut failures = Vec::new();
    for (i, c) in fuzz.iter().enumerate() {
        for (special, want) in [(false, &c.tokens), (true, &c.tokens_special)] {
            let got = tok.encode(&c.text, special).expect("encode");
            if &got != want {
                failures.push(format!("fuzz {i} (special={special}): {:?}\n   want {want:?}\n    got {got:?}", c.text));
            }
        }
        assert_eq!(tok.decode(&c.tokens), c.text);
    }
    println!("tokenizer fuzz: {}/{} encodings equal llama.cpp", 2 * fuzz.len() - failures.len(), 2 * fuzz.len());
    assert!(failures.is_empty(), "{} fuzz encodings differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn decode_round_trips_and_matches_llama_cpp() {
    let (_, tok) = model();
    for c in &golden().cases {
        for ids in [&c.tokens, &c.tokens_special] {
            assert_eq!(tok.decode(ids), c.text, "{}: decode(encode(text)) != text", c.id);
        }
        assert_eq!(tok.decode(&c.tokens_special), c.detokenized, "{}: differs from llama.cpp's detokenize", c.id);
    }
}

#[test]
fn streaming_decode_never_breaks_characters() {
    let (_, tok) = model();
    let mut split_chars = 0;
    for c in &golden().cases {
        let mut dec = StreamDecoder::new(tok);
        let mut out = String::new();
        for &id in &c.tokens {
            let bytes = tok.token_bytes(id).expect("id in vocabulary");
            if std::str::from_utf8(bytes).is_err() {
                split_chars += 1;
            }
            let piece = dec.push(id);
            assert!(!piece.contains('\u{fffd}') || c.text.contains('\u{fffd}'), "{}: broken character streamed", c.id);
            out.push_str(&piece);
        }
        out.push_str(&dec.finish());
        assert_eq!(out, c.text, "{}", c.id);
    }
    // The emoji/CJK cases must actually split characters across tokens, or this test proves nothing.
    assert!(split_chars > 0, "no token in the golden ends mid-character");

    // An emoji the tokenizer spells with byte tokens: nothing comes out until its last byte.
    let ids = tok.encode("😀", false).unwrap();
    assert!(ids.len() > 1, "😀 is one token; pick another character for this test: {ids:?}");
    let mut dec = tok.stream_decoder();
    let pieces: Vec<String> = ids.iter().map(|&id| dec.push(id)).collect();
    assert!(pieces[..pieces.len() - 1].iter().all(|p| p.is_empty()), "{pieces:?}");
    assert_eq!(pieces.last().map(String::as_str), Some("😀"));
    // A stream cut mid-character flushes as U+FFFD at the end, not before.
    let mut dec = tok.stream_decoder();
    assert_eq!(dec.push(ids[0]), "");
    assert_eq!(dec.finish(), "\u{fffd}");
}

#[test]
fn stream_decoder_can_skip_control_tokens() {
    let (_, tok) = model();
    let ids = tok.encode("<|im_start|>assistant\nHi<|im_end|>", true).unwrap();
    let mut dec = StreamDecoder::new(tok).skip_special(true);
    let text: String = ids.iter().map(|&id| dec.push(id)).collect();
    assert_eq!(text, "assistant\nHi");
    assert_eq!(tok.decode(&ids), "<|im_start|>assistant\nHi<|im_end|>");
    assert_eq!(tok.decode_with(&ids, true), "assistant\nHi");
    assert_eq!(tok.decode_with(&ids, false), tok.decode(&ids));
}

#[test]
fn special_tokens_and_metadata() {
    let (_, tok) = model();
    let g = golden();
    assert_eq!(tok.vocab_size(), 49152);
    assert_eq!(tok.bos(), Some(g.bos));
    assert_eq!(tok.eos(), Some(g.eos));
    assert_eq!(tok.add_bos(), g.add_bos);
    assert_eq!(tok.end_of_generation_ids(), g.eog_ids, "end-of-generation ids differ from llama.cpp's");
    assert!(tok.is_end_of_generation(2) && !tok.is_end_of_generation(1));
    for id in 0..=16 {
        assert_eq!(tok.token_type(id), Some(TokenType::Control), "token {id}");
    }
    assert_eq!(tok.token_type(17), Some(TokenType::Normal));
    assert_eq!(tok.encode("<|im_start|>", true).unwrap(), [1]);
    assert_ne!(tok.encode("<|im_start|>", false).unwrap(), [1]);
    assert_eq!(tok.token_bytes(1), Some("<|im_start|>".as_bytes()));
    assert_eq!(tok.token_bytes(tok.vocab_size() as u32), None);
    assert_eq!(tok.decode(&[u32::MAX]), "\u{fffd}");
    // Digits are split one per token.
    let ids = tok.encode("2024", false).unwrap();
    assert_eq!(ids.len(), 4);
}

#[test]
fn chat_template_matches_transformers() {
    let (gguf, tok) = model();
    let g = golden();
    assert!(!g.chat.is_empty());
    let template = gguf.get_str("tokenizer.chat_template").unwrap();
    for c in &g.chat {
        let got = apply_gguf_chat_template(gguf, &c.messages, c.add_generation_prompt).expect("render");
        assert_eq!(got, c.text, "{}", c.id);
        assert_eq!(apply_chat_template(template, &c.messages, c.add_generation_prompt).unwrap(), c.text);
    }
    let t = ChatTemplate::from_gguf(gguf).unwrap();
    assert_eq!(t, ChatTemplate::ChatMl { default_system: Some("You are a helpful AI assistant named SmolLM, trained by Hugging Face".into()) });
    // A rendered conversation tokenizes into ChatML control tokens.
    let text = t.render(&[ChatMessage::new("user", "Hi")], true).unwrap();
    let ids = tok.encode(&text, true).unwrap();
    assert_eq!(ids.iter().filter(|&&i| i == 1).count(), 3);
    assert_eq!(ids.iter().filter(|&&i| i == 2).count(), 2);
}

#[test]
fn unsupported_tokenizers_and_templates_are_typed_errors() {
    let (gguf, _) = model();
    let mut g = gguf.clone();
    g.metadata.insert("tokenizer.ggml.pre".into(), Value::Str("no-such-pre".into()));
    let e = Tokenizer::from_gguf(&g).unwrap_err();
    assert_eq!(e.code(), "TOKENIZER");
    assert!(e.to_string().contains("no-such-pre"), "{e}");

    let mut g = gguf.clone();
    g.metadata.insert("tokenizer.ggml.model".into(), Value::Str("llama".into()));
    assert_eq!(Tokenizer::from_gguf(&g).unwrap_err().code(), "TOKENIZER");

    let mut g = gguf.clone();
    g.metadata.remove("tokenizer.ggml.merges");
    assert_eq!(Tokenizer::from_gguf(&g).unwrap_err().code(), "MISSING_METADATA");

    let mut g = gguf.clone();
    g.metadata.insert("tokenizer.ggml.eos_token_id".into(), Value::U32(1 << 20));
    assert_eq!(Tokenizer::from_gguf(&g).unwrap_err().code(), "BAD_METADATA");

    let mut g = gguf.clone();
    g.metadata.insert("tokenizer.chat_template".into(), Value::Str("{% for m in messages %}<start_of_turn>{{ m['role'] }}{% endfor %}".into()));
    let e = apply_gguf_chat_template(&g, &[ChatMessage::new("user", "x")], true).unwrap_err();
    assert_eq!(e.code(), "UNSUPPORTED_CHAT_TEMPLATE");
    assert!(e.to_string().contains("Gemma"), "{e}");
}

#[test]
fn encode_speed_is_sane() {
    let (_, tok) = model();
    let mut text = String::new();
    while text.len() < 10_000 {
        for c in &golden().cases {
            text.push_str(&c.text);
            text.push('\n');
        }
    }
    let t = Instant::now();
    let ids = tok.encode(&text, true).unwrap();
    let mixed = t.elapsed();
    assert_eq!(tok.decode(&ids), text);

    // Long words with no pre-tokenizer split points: BPE must not go quadratic.
    let long_word = "x".repeat(20_000);
    let emoji = "😀".repeat(5_000);
    let t = Instant::now();
    let a = tok.encode(&long_word, false).unwrap();
    let b = tok.encode(&emoji, false).unwrap();
    let long = t.elapsed();
    assert_eq!(tok.decode(&a), long_word);
    assert_eq!(tok.decode(&b), emoji);
    println!(
        "encode: {} bytes of mixed text -> {} tokens in {:.2} ms; 20k-char word + 5k emoji in {:.2} ms",
        text.len(),
        ids.len(),
        mixed.as_secs_f64() * 1e3,
        long.as_secs_f64() * 1e3
    );
}

/// The fp32 generation golden's prompts: our chat template and tokenizer must produce exactly the
/// prompt ids the golden was generated from (those came from transformers' template + llama.cpp).
#[test]
fn generation_golden_prompts_render_and_tokenize_identically() {
    let (gguf, tok) = model();
    #[derive(Deserialize)]
    struct Gen {
        prompts: Vec<GenPrompt>,
    }
    #[derive(Deserialize)]
    struct GenPrompt {
        id: String,
        messages: Vec<ChatMessage>,
        prompt_text: String,
        prompt_tokens: Vec<u32>,
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/golden_generate.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let gen: Gen = serde_json::from_str(&text).expect("golden_generate.json parses");
    assert!(gen.prompts.len() >= 30);
    for p in &gen.prompts {
        let rendered = apply_gguf_chat_template(gguf, &p.messages, true).unwrap();
        assert_eq!(rendered, p.prompt_text, "{}", p.id);
        assert_eq!(tok.encode(&rendered, true).unwrap(), p.prompt_tokens, "{}", p.id);
    }
}
