//! gated-lora-webgpu: Llama-family GGUF models on WebGPU, with lossless multi-token prediction.
//!
//! Layout follows the data: `gguf` reads the file, `tokenizer` turns text into ids, `model` holds
//! the configuration, the CPU reference forward and the GPU forward, `gpu` owns the device and the
//! WGSL kernels, `decode` turns forward passes into tokens, `wasm` is the browser API.

pub mod error;
pub mod gguf;
pub mod tokenizer;
pub mod chat;

pub use error::{Error, Result};
pub mod decode;
pub mod gpu;
pub mod model;
