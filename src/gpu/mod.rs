//! The model on the GPU: the device (`context`), one module per WGSL kernel (`ops`), and the
//! forward pass built from them — `Linear` projections with their gated LoRAs, `Block`s, the
//! adapter's GPU form and `GpuModel`, which runs a pass described by `pass::PassSpec`.

pub mod activations;
pub mod adapter;
pub mod block;
pub mod context;
pub mod linear;
pub mod lora;
pub mod model;
pub mod ops;
pub mod pass;

pub use adapter::GpuAdapter;
pub use context::Gpu;
pub use model::GpuModel;
pub use pass::{Counters, PassOutput, PassSpec, Row, Verify, NONE};
