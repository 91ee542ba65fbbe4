//! The model: configuration, tensor views, the CPU reference forward and the GPU forward.

pub mod config;
pub mod forward;
pub mod reference;
pub mod weights;

pub use config::Config;
