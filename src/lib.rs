//! gated-lora-webgpu: Llama-family GGUF models on WebGPU, with lossless multi-token prediction.
//!
//! Layout follows the data: `gguf` reads the file, `tokenizer` and `chat` turn text into ids,
//! `model` holds the configuration, the CPU reference forward and the GPU forward, `gpu` owns the
//! device and the WGSL kernels, `decode` turns forward passes into tokens, `engine` ties them
//! together, `wasm` is the browser API.

pub mod chat;
pub mod clock;
pub mod decode;
pub mod engine;
pub mod error;
#[cfg(not(target_arch = "wasm32"))]
pub mod fuzz;
pub mod gguf;
pub mod gpu;
pub mod model;
pub mod sampling;
pub mod tokenizer;

pub use decode::Mode;
pub use engine::{Engine, EngineOptions, Prompt};
pub use error::{Error, Result};

#[cfg(target_arch = "wasm32")]
pub mod wasm;
