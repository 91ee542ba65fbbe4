//! Shared set-up for the native integration tests: the real model, fetched by tools/fetch_model.sh.
#![allow(dead_code)]

use gated_lora_webgpu::gguf::Gguf;
use std::path::PathBuf;
use std::sync::OnceLock;

pub fn model_path() -> PathBuf {
    let p = std::env::var_os("GATED_LORA_MODEL")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models/SmolLM2-135M-Instruct.Q4_1.gguf"));
    assert!(p.exists(), "model not found at {}: run tools/fetch_model.sh", p.display());
    p
}

/// The GGUF bytes and parsed header, read once per test binary.
pub fn model() -> &'static (Vec<u8>, Gguf) {
    static MODEL: OnceLock<(Vec<u8>, Gguf)> = OnceLock::new();
    MODEL.get_or_init(|| {
        let bytes = std::fs::read(model_path()).expect("read model");
        let g = Gguf::parse(&bytes).expect("parse model");
        (bytes, g)
    })
}

pub fn max_rel_err(a: &[f32], b: &[f32]) -> f32 {
    let scale = b.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    a.iter().zip(b).fold(0.0f32, |m, (x, y)| m.max((x - y).abs())) / scale
}

/// The committed default adapter (or `GATED_LORA_ADAPTER`).
pub fn adapter_path() -> PathBuf {
    if let Some(p) = std::env::var_os("GATED_LORA_ADAPTER") {
        return PathBuf::from(p);
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("adapters");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "safetensors")).collect())
        .unwrap_or_default();
    found.sort();
    found.into_iter().next().unwrap_or_else(|| panic!("no adapter in {}: the default adapter must be committed there", dir.display()))
}
