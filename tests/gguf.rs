//! GGUF reader: the real model parses with the expected header, and hand-built malformed files each
//! fail with their own error code — quickly and without allocating what a hostile header asks for.
// Native only: the browser suites are tests/web*.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use gated_lora_webgpu::gguf::{GgmlType, Gguf, Value};
use gated_lora_webgpu::Error;

// ------------------------------------------------------------------------------------------------
// A tiny GGUF writer
// ------------------------------------------------------------------------------------------------

const T_U32: u32 = 4;
const T_STRING: u32 = 8;
const T_ARRAY: u32 = 9;
const GGML_F32: u32 = 0;
const GGML_Q8_0: u32 = 8;

#[derive(Clone)]
struct Tensor {
    name: String,
    n_dims: Option<u32>, // Some(n) writes n instead of dims.len()
    dims: Vec<u64>,
    ty: u32,
    offset: u64,
}

fn tensor(name: &str, dims: &[u64], ty: u32, offset: u64) -> Tensor {
    Tensor { name: name.into(), n_dims: None, dims: dims.to_vec(), ty, offset }
}

#[derive(Clone)]
struct Builder {
    magic: [u8; 4],
    version: u32,
    n_tensors: Option<u64>,
    n_kv: Option<u64>,
    kv: Vec<u8>,
    kv_count: u64,
    tensors: Vec<Tensor>,
    alignment: u64,
    data_len: u64,
}

fn put_u32(b: &mut Vec<u8>, v: u32) {
    b.extend_from_slice(&v.to_le_bytes());
}
fn put_u64(b: &mut Vec<u8>, v: u64) {
    b.extend_from_slice(&v.to_le_bytes());
}
fn put_str(b: &mut Vec<u8>, s: &[u8]) {
    put_u64(b, s.len() as u64);
    b.extend_from_slice(s);
}

impl Builder {
    /// Two tensors: `a` F32 [8, 2] at 0 (64 bytes) and `b` Q8_0 [32] at 64 (34 bytes).
    fn valid() -> Builder {
        Builder {
            magic: *b"GGUF",
            version: 3,
            n_tensors: None,
            n_kv: None,
            kv: Vec::new(),
            kv_count: 0,
            tensors: vec![tensor("a", &[8, 2], GGML_F32, 0), tensor("b", &[32], GGML_Q8_0, 64)],
            alignment: 32,
            data_len: 98,
        }
        .kv_str("general.architecture", "llama")
        .kv_u32("general.alignment", 32)
        .kv_u32_array("test.ids", &[7, 8, 9])
    }

    fn kv_raw(mut self, key: &str, value_type: u32, payload: &[u8]) -> Builder {
        put_str(&mut self.kv, key.as_bytes());
        put_u32(&mut self.kv, value_type);
        self.kv.extend_from_slice(payload);
        self.kv_count += 1;
        self
    }

    fn kv_str(self, key: &str, v: &str) -> Builder {
        let mut p = Vec::new();
        put_str(&mut p, v.as_bytes());
        self.kv_raw(key, T_STRING, &p)
    }

    fn kv_u32(self, key: &str, v: u32) -> Builder {
        self.kv_raw(key, T_U32, &v.to_le_bytes())
    }

    fn kv_u32_array(self, key: &str, vs: &[u32]) -> Builder {
        let mut p = Vec::new();
        put_u32(&mut p, T_U32);
        put_u64(&mut p, vs.len() as u64);
        for &v in vs {
            put_u32(&mut p, v);
        }
        self.kv_raw(key, T_ARRAY, &p)
    }

    /// (file bytes, where the tensor table ends)
    fn build_with_header_end(&self) -> (Vec<u8>, usize) {
        let mut b = Vec::new();
        b.extend_from_slice(&self.magic);
        put_u32(&mut b, self.version);
        put_u64(&mut b, self.n_tensors.unwrap_or(self.tensors.len() as u64));
        put_u64(&mut b, self.n_kv.unwrap_or(self.kv_count));
        b.extend_from_slice(&self.kv);
        for t in &self.tensors {
            put_str(&mut b, t.name.as_bytes());
            put_u32(&mut b, t.n_dims.unwrap_or(t.dims.len() as u32));
            for &d in &t.dims {
                put_u64(&mut b, d);
            }
            put_u32(&mut b, t.ty);
            put_u64(&mut b, t.offset);
        }
        let header_end = b.len();
        while b.len() as u64 % self.alignment != 0 {
            b.push(0);
        }
        b.resize(b.len() + self.data_len as usize, 0xAB);
        (b, header_end)
    }

    fn build(&self) -> Vec<u8> {
        self.build_with_header_end().0
    }
}

fn err(bytes: &[u8]) -> Error {
    match Gguf::parse(bytes) {
        Ok(g) => panic!("expected an error, parsed {} tensors", g.tensors.len()),
        Err(e) => e,
    }
}

fn assert_code(bytes: &[u8], code: &str) -> Error {
    let e = err(bytes);
    assert_eq!(e.code(), code, "{e}");
    e
}

// ------------------------------------------------------------------------------------------------
// Good files
// ------------------------------------------------------------------------------------------------

#[test]
fn hand_built_file_parses() {
    for version in [2, 3] {
        let mut b = Builder::valid();
        b.version = version;
        let bytes = b.build();
        let g = Gguf::parse(&bytes).expect("valid file parses");
        assert_eq!(g.version, version);
        assert_eq!(g.alignment, 32);
        assert_eq!(g.data_offset % 32, 0);
        assert_eq!(g.get_str("general.architecture").unwrap(), "llama");
        assert_eq!(g.get_array("test.ids").unwrap(), &[Value::U32(7), Value::U32(8), Value::U32(9)]);
        assert_eq!(g.keys, ["general.architecture", "general.alignment", "test.ids"]);
        let a = g.tensor("a").unwrap();
        assert_eq!((a.ggml_type, a.dims.clone(), a.offset, a.n_bytes), (GgmlType::F32, vec![8, 2], g.data_offset, 64));
        let t = g.tensor("b").unwrap();
        assert_eq!((t.ggml_type, t.offset, t.n_bytes, t.n_elements()), (GgmlType::Q8_0, g.data_offset + 64, 34, 32));
        assert!(g.tensor_data(&bytes, t).unwrap().iter().all(|&x| x == 0xAB));
        assert_eq!(g.tensor("c").unwrap_err().code(), "MISSING_TENSOR");
        assert_eq!(g.fingerprint(&bytes).unwrap().len(), 64);
    }
}

#[test]
fn real_model_parses() {
    let bytes = std::fs::read(common::model_path()).unwrap();
    let g = Gguf::parse(&bytes).expect("real model parses");
    assert_eq!(g.version, 3);
    assert_eq!(g.alignment, 32);
    assert_eq!(g.tensors.len(), 272, "30 layers x 9 + token_embd + output_norm");
    assert_eq!(g.data_offset % 32, 0);
    assert_eq!(g.get_str("general.architecture").unwrap(), "llama");
    assert_eq!(g.get_u64("llama.block_count").unwrap(), 30);
    assert_eq!(g.get_u64("llama.embedding_length").unwrap(), 576);
    assert_eq!(g.get_u64("llama.feed_forward_length").unwrap(), 1536);
    assert_eq!(g.get_u64("llama.attention.head_count").unwrap(), 9);
    assert_eq!(g.get_u64("llama.attention.head_count_kv").unwrap(), 3);
    assert_eq!(g.get_f32("llama.rope.freq_base").unwrap(), 100000.0);
    assert!((g.get_f32("llama.attention.layer_norm_rms_epsilon").unwrap() - 1e-5).abs() < 1e-9);
    assert_eq!(g.get_str("tokenizer.ggml.model").unwrap(), "gpt2");
    assert_eq!(g.get_str("tokenizer.ggml.pre").unwrap(), "smollm");
    assert_eq!(g.get_array("tokenizer.ggml.tokens").unwrap().len(), 49152);
    assert_eq!(g.get_array("tokenizer.ggml.merges").unwrap().len(), 48900);
    assert_eq!(g.get_u64("tokenizer.ggml.bos_token_id").unwrap(), 1);
    assert_eq!(g.get_u64("tokenizer.ggml.eos_token_id").unwrap(), 2);
    assert_eq!(g.get("tokenizer.ggml.add_bos_token"), Some(&Value::Bool(false)));
    assert!(g.get_str("tokenizer.chat_template").unwrap().contains("<|im_start|>"));
    assert_eq!(g.get_u64("llama.block_count").unwrap(), 30);
    assert_eq!(g.get_str("llama.block_count").unwrap_err().code(), "BAD_METADATA");
    assert_eq!(g.get_u64("no.such.key").unwrap_err().code(), "MISSING_METADATA");

    let emb = g.tensor("token_embd.weight").unwrap();
    assert_eq!((emb.ggml_type, emb.dims.as_slice()), (GgmlType::Q8_0, &[576u64, 49152][..]));
    assert!(g.tensor("output.weight").is_err(), "SmolLM2 ties the output head to token_embd");
    let q = g.tensor("blk.0.attn_q.weight").unwrap();
    assert_eq!((q.ggml_type, q.dims.as_slice()), (GgmlType::Q4_1, &[576u64, 576][..]));
    let k = g.tensor("blk.29.attn_k.weight").unwrap();
    assert_eq!((k.ggml_type, k.dims.as_slice()), (GgmlType::Q4_1, &[576u64, 192][..]));
    let down = g.tensor("blk.0.ffn_down.weight").unwrap();
    assert_eq!(down.dims, [1536, 576]);
    let norm = g.tensor("output_norm.weight").unwrap();
    assert_eq!((norm.ggml_type, norm.dims.as_slice(), norm.n_bytes), (GgmlType::F32, &[576u64][..], 576 * 4));
    for t in &g.tensors {
        assert_eq!(t.offset % 32, 0, "{}", t.name);
        assert!(t.offset + t.n_bytes <= bytes.len() as u64, "{}", t.name);
        assert_eq!(g.tensor_data(&bytes, t).unwrap().len() as u64, t.n_bytes);
    }
    assert_eq!(g.fingerprint(&bytes).unwrap(), g.fingerprint(&bytes[..g.data_offset as usize]).unwrap());
}

// ------------------------------------------------------------------------------------------------
// Malformed files
// ------------------------------------------------------------------------------------------------

#[test]
fn every_truncation_is_a_typed_error() {
    let (bytes, header_end) = Builder::valid().build_with_header_end();
    for cut in 0..bytes.len() {
        let e = err(&bytes[..cut]);
        let want = if cut < header_end { "GGUF_TRUNCATED" } else { "GGUF_TENSOR_LAYOUT" };
        assert_eq!(e.code(), want, "cut at {cut}: {e}");
    }
}

#[test]
fn truncated_header() {
    let bytes = Builder::valid().build();
    let e = assert_code(&bytes[..10], "GGUF_TRUNCATED");
    assert!(e.to_string().contains("tensor count"), "{e}");
    assert!(matches!(e, Error::GgufTruncated { offset: 8, needed: 8, len: 10, .. }), "{e:?}");
}

#[test]
fn truncated_inside_a_string() {
    let b = Builder::valid();
    let bytes = b.build();
    // The value of general.architecture ("llama") starts after magic, version, counts, the key
    // (8 + 20 bytes), the type (4) and the length (8).
    let value_at = 4 + 4 + 8 + 8 + 8 + "general.architecture".len() + 4 + 8;
    assert_eq!(&bytes[value_at..value_at + 5], b"llama");
    let e = assert_code(&bytes[..value_at + 2], "GGUF_TRUNCATED");
    assert!(e.to_string().contains("general.architecture"), "names the key: {e}");
    assert!(matches!(e, Error::GgufTruncated { needed: 5, .. }), "{e:?}");
}

#[test]
fn truncated_inside_the_tensor_table() {
    let (bytes, header_end) = Builder::valid().build_with_header_end();
    // Cut inside tensor "b"'s dims (the table ends with b's dims, type and offset).
    let e = assert_code(&bytes[..header_end - 14], "GGUF_TRUNCATED");
    assert!(e.to_string().contains("\"b\"") || e.to_string().contains(" b "), "names the tensor: {e}");
}

#[test]
fn bad_magic() {
    let mut b = Builder::valid();
    b.magic = *b"GGUL";
    let e = assert_code(&b.build(), "GGUF_MAGIC");
    assert_eq!(e, Error::GgufMagic(*b"GGUL"));
    assert_code(b"\x89PNG\r\n\x1a\n", "GGUF_MAGIC");
}

#[test]
fn bad_version() {
    for v in [0, 1, 4, u32::MAX] {
        let mut b = Builder::valid();
        b.version = v;
        assert_eq!(err(&b.build()), Error::GgufVersion(v));
    }
}

#[test]
fn huge_array_length_fails_fast() {
    // 2^40 u32 elements: 4 TiB if anyone believed it.
    let mut p = Vec::new();
    put_u32(&mut p, T_U32);
    put_u64(&mut p, 1 << 40);
    let b = Builder::valid().kv_raw("evil.array", T_ARRAY, &p);
    let t = std::time::Instant::now();
    let e = assert_code(&b.build(), "GGUF_LIMIT");
    assert!(e.to_string().contains("evil.array"), "{e}");
    // Below the cap but more than the file holds: refused before reserving anything.
    let mut p = Vec::new();
    put_u32(&mut p, T_U32);
    put_u64(&mut p, 1 << 22);
    let b = Builder::valid().kv_raw("big.array", T_ARRAY, &p);
    assert_code(&b.build(), "GGUF_TRUNCATED");
    // Arrays of strings: each element needs at least its 8-byte length.
    let mut p = Vec::new();
    put_u32(&mut p, T_STRING);
    put_u64(&mut p, 1 << 20);
    let b = Builder::valid().kv_raw("str.array", T_ARRAY, &p);
    assert_code(&b.build(), "GGUF_TRUNCATED");
    assert!(t.elapsed().as_secs() < 5, "took {:?}", t.elapsed());
}

#[test]
fn huge_string_length() {
    let mut p = Vec::new();
    put_u64(&mut p, 1 << 40);
    p.extend_from_slice(b"abc");
    let e = assert_code(&Builder::valid().kv_raw("evil.string", T_STRING, &p).build(), "GGUF_LIMIT");
    assert!(e.to_string().contains("evil.string"), "{e}");
    // A huge key length.
    let mut bytes = Builder { kv: Vec::new(), kv_count: 0, ..Builder::valid() }.build();
    bytes.truncate(24);
    bytes[16..24].copy_from_slice(&1u64.to_le_bytes()); // one kv
    put_u64(&mut bytes, u64::MAX);
    assert_code(&bytes, "GGUF_LIMIT");
    // Within the cap but past the end of the file.
    let mut p = Vec::new();
    put_u64(&mut p, 1000);
    p.extend_from_slice(b"short");
    assert_code(&Builder::valid().kv_raw("long.string", T_STRING, &p).build(), "GGUF_TRUNCATED");
}

#[test]
fn huge_counts() {
    let mut b = Builder::valid();
    b.n_tensors = Some(1 << 40);
    assert_code(&b.build(), "GGUF_LIMIT");
    let mut b = Builder::valid();
    b.n_kv = Some(u64::MAX);
    assert_code(&b.build(), "GGUF_LIMIT");
}

#[test]
fn tensor_data_past_end_of_file() {
    let mut b = Builder::valid();
    b.tensors[1].offset = 4096;
    let e = assert_code(&b.build(), "GGUF_TENSOR_LAYOUT");
    assert!(e.to_string().contains("\"b\"") && e.to_string().contains("past the end"), "{e}");
    // A file whose data section is one byte short.
    let mut b = Builder::valid();
    b.data_len = 97;
    let bytes = b.build();
    assert_code(&bytes, "GGUF_TENSOR_LAYOUT");
    // An offset so large that offset + size overflows.
    let mut b = Builder::valid();
    b.tensors[1].offset = u64::MAX - 31;
    assert_code(&b.build(), "GGUF_TENSOR_LAYOUT");
}

#[test]
fn overlapping_tensors() {
    let mut b = Builder::valid();
    b.tensors[1].offset = 32; // a spans 0..64
    let e = assert_code(&b.build(), "GGUF_TENSOR_OVERLAP");
    assert!(matches!(&e, Error::GgufTensorOverlap { a, b } if a == "a" && b == "b"), "{e:?}");
    let mut b = Builder::valid();
    b.tensors[1].offset = 0;
    assert_code(&b.build(), "GGUF_TENSOR_OVERLAP");
}

#[test]
fn unaligned_offset() {
    let mut b = Builder::valid();
    b.tensors[1].offset = 66;
    let e = assert_code(&b.build(), "GGUF_TENSOR_LAYOUT");
    assert!(e.to_string().contains("aligned"), "{e}");
}

#[test]
fn unknown_ggml_type() {
    for ty in [4, 5, 31, 99, u32::MAX] {
        let mut b = Builder::valid();
        b.tensors[0].ty = ty;
        let e = assert_code(&b.build(), "GGUF_TENSOR_TYPE");
        assert_eq!(e, Error::GgufTensorType { tensor: "a".into(), type_id: ty });
    }
}

#[test]
fn zero_or_too_many_dims() {
    let mut b = Builder::valid();
    b.tensors[0].n_dims = Some(0);
    b.tensors[0].dims.clear();
    let e = assert_code(&b.build(), "GGUF_TENSOR_LAYOUT");
    assert!(e.to_string().contains("0 dimensions"), "{e}");
    let mut b = Builder::valid();
    b.tensors[0].dims = vec![1, 1, 1, 1, 64];
    assert_code(&b.build(), "GGUF_TENSOR_LAYOUT");
    // A 4-billion-dimension count must not be believed either.
    let mut b = Builder::valid();
    b.tensors[0].n_dims = Some(u32::MAX);
    assert_code(&b.build(), "GGUF_TENSOR_LAYOUT");
}

#[test]
fn bad_tensor_shapes() {
    // Element count overflows u64.
    let mut b = Builder::valid();
    b.tensors[0].dims = vec![1 << 32, 1 << 32, 1 << 32];
    assert_code(&b.build(), "GGUF_TENSOR_LAYOUT");
    // A Q8_0 row that is not a whole number of 32-element blocks.
    let mut b = Builder::valid();
    b.tensors[1].dims = vec![33];
    let e = assert_code(&b.build(), "GGUF_TENSOR_LAYOUT");
    assert!(e.to_string().contains("block"), "{e}");
}

#[test]
fn bad_metadata_values() {
    // Unknown value type.
    let e = assert_code(&Builder::valid().kv_raw("odd.type", 13, &[0; 8]).build(), "GGUF_VALUE_TYPE");
    assert_eq!(e, Error::GgufValueType { key: "odd.type".into(), value_type: 13 });
    // Unknown array element type.
    let mut p = Vec::new();
    put_u32(&mut p, 77);
    put_u64(&mut p, 1);
    assert_code(&Builder::valid().kv_raw("odd.array", T_ARRAY, &p).build(), "GGUF_VALUE_TYPE");
    // Nested arrays are refused (as an unsupported element type).
    let mut p = Vec::new();
    put_u32(&mut p, T_ARRAY);
    put_u64(&mut p, 1);
    put_u32(&mut p, T_U32);
    put_u64(&mut p, 0);
    assert_code(&Builder::valid().kv_raw("nested", T_ARRAY, &p).build(), "GGUF_VALUE_TYPE");
    // A bool that is neither 0 nor 1.
    assert_code(&Builder::valid().kv_raw("odd.bool", 7, &[2]).build(), "GGUF_MALFORMED");
    // A duplicate key.
    assert_code(&Builder::valid().kv_u32("general.alignment", 32).build(), "GGUF_MALFORMED");
    // Invalid UTF-8 in a key.
    let mut b = Builder::valid();
    put_str(&mut b.kv, b"bad\xffkey");
    put_u32(&mut b.kv, T_U32);
    put_u32(&mut b.kv, 1);
    b.kv_count += 1;
    assert_code(&b.build(), "GGUF_MALFORMED");
    // Alignment that is not a power of two.
    let mut b = Builder { kv: Vec::new(), kv_count: 0, ..Builder::valid() }.kv_u32("general.alignment", 24);
    b.alignment = 24;
    assert_code(&b.build(), "GGUF_MALFORMED");
}

#[test]
fn duplicate_tensor_name() {
    let mut b = Builder::valid();
    b.tensors[1].name = "a".into();
    assert_code(&b.build(), "GGUF_MALFORMED");
}

#[test]
fn random_corruption_never_panics() {
    // Flip bytes of a valid file (deterministic xorshift): every result is Ok or a typed error.
    let base = Builder::valid().build();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut errors = 0;
    for _ in 0..20_000 {
        let mut bytes = base.clone();
        for _ in 0..1 + next() % 4 {
            let i = (next() % bytes.len() as u64) as usize;
            bytes[i] = next() as u8;
        }
        if let Err(e) = Gguf::parse(&bytes) {
            assert!(!e.code().is_empty());
            errors += 1;
        }
    }
    assert!(errors > 1000, "corruption was detected only {errors} times");
}

/// RoPE scaling (linear, YaRN; Llama 3's `rope_freqs`) is refused: running without it would
/// silently be another model. `none` is no scaling.
#[test]
fn rope_scaling_is_refused() {
    use gated_lora_webgpu::model::Config;
    let config = |extra: Vec<(&str, Value)>| Config::from_gguf(&Gguf::parse(&synthetic::model_with(1, extra).0).unwrap());
    config(vec![]).expect("the synthetic model");
    config(vec![("llama.rope.scaling.type", Value::Str("none".into()))]).expect("scaling none");
    let e = config(vec![("llama.rope.scaling.type", Value::Str("linear".into()))]).unwrap_err();
    assert_eq!(e.code(), "BAD_METADATA");
    assert!(e.to_string().contains("RoPE scaling (linear) is not supported"), "{e}");
}
