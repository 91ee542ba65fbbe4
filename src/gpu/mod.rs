//! Everything that talks to the GPU: the device and the WGSL kernels.

pub mod context;
pub mod kernels;

pub use context::Gpu;
