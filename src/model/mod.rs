//! The model as data: its configuration, views of its tensors, the adapters that extend it, and
//! the fp32 CPU reference forward the GPU is tested against.

pub mod adapter;
pub mod config;
pub mod lora;
pub mod reference;
pub mod weights;

pub use config::Config;
