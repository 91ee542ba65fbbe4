//! One error type for the whole crate. Every failure that comes from a file, a user or the GPU
//! becomes one of these; `code()` is stable and reaches JavaScript as `Error.code`.

use std::fmt;

pub type Result<T> = std::result::Result<T, Error>;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    #[error("not a GGUF file: magic bytes are {0:02x?}, expected \"GGUF\"")]
    GgufMagic([u8; 4]),
    #[error("unsupported GGUF version {0} (supported: 2, 3)")]
    GgufVersion(u32),
    #[error("GGUF truncated: {what} needs {needed} bytes at byte {offset}, but the file has {len}")]
    GgufTruncated { what: String, offset: u64, needed: u64, len: u64 },
    #[error("GGUF {what} is {value}, above the limit of {limit}")]
    GgufLimit { what: String, value: u64, limit: u64 },
    #[error("GGUF metadata key {key:?} has unknown value type {value_type}")]
    GgufValueType { key: String, value_type: u32 },
    #[error("GGUF tensor {tensor:?} has unknown ggml type {type_id}")]
    GgufTensorType { tensor: String, type_id: u32 },
    #[error("GGUF tensor {tensor:?}: {why}")]
    GgufTensorLayout { tensor: String, why: String },
    #[error("GGUF tensors {a:?} and {b:?} overlap in the data section")]
    GgufTensorOverlap { a: String, b: String },
    #[error("GGUF is malformed: {0}")]
    GgufMalformed(String),
    #[error("model metadata key {0:?} is missing")]
    MissingMetadata(String),
    #[error("model metadata key {key:?} is invalid: {why}")]
    BadMetadata { key: String, why: String },
    #[error("model tensor {0:?} is missing")]
    MissingTensor(String),
    #[error("model tensor {tensor:?} has shape {got:?}, expected {expected:?}")]
    TensorShape { tensor: String, expected: Vec<u64>, got: Vec<u64> },
    #[error("tensor {tensor:?} has type {ggml_type}, which this runtime does not support (supported: F32, F16, Q4_0, Q4_1, Q8_0)")]
    UnsupportedTensorType { tensor: String, ggml_type: String },
    #[error("unsupported model architecture {0:?} (supported: llama)")]
    UnsupportedArchitecture(String),
    #[error("tokenizer: {0}")]
    Tokenizer(String),
    #[error("unsupported chat template: {0}")]
    UnsupportedChatTemplate(String),
    #[error("context overflow: {needed} tokens needed, the context holds {capacity}")]
    ContextOverflow { needed: usize, capacity: usize },
    #[error("a context of {requested} positions was asked for; at most {limit} can be used: {why}")]
    ContextTooLarge { requested: usize, limit: usize, why: String },
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    #[error("adapter: {0}")]
    Adapter(String),
    #[error("adapter was trained for another base model (adapter fingerprint {adapter}, model fingerprint {model})")]
    AdapterBaseMismatch { adapter: String, model: String },
    #[error("no WebGPU adapter is available: {0}")]
    GpuUnavailable(String),
    #[error("GPU buffer {what} needs {size} bytes, the device allows {limit}")]
    GpuBufferLimit { what: String, size: u64, limit: u64 },
    #[error("GPU out of memory: {what} needs {needed} bytes{}", limit.map_or_else(|| ", which the device could not allocate".to_string(), |l| format!(", at most {l} are allowed")))]
    GpuOutOfMemory { what: String, needed: u64, limit: Option<u64> },
    #[error("GPU device lost ({0}); reload the engine (Engine::reload, engine.reload())")]
    GpuDeviceLost(String),
    #[error("GPU error: {0}")]
    Gpu(String),
    #[error("I/O: {0}")]
    Io(String),
    #[error("the engine is busy with another call; wait for it to finish")]
    Busy,
}

impl Error {
    /// Stable machine-readable code; JavaScript sees it as `err.code`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::GgufMagic(_) => "GGUF_MAGIC",
            Error::GgufVersion(_) => "GGUF_VERSION",
            Error::GgufTruncated { .. } => "GGUF_TRUNCATED",
            Error::GgufLimit { .. } => "GGUF_LIMIT",
            Error::GgufValueType { .. } => "GGUF_VALUE_TYPE",
            Error::GgufTensorType { .. } => "GGUF_TENSOR_TYPE",
            Error::GgufTensorLayout { .. } => "GGUF_TENSOR_LAYOUT",
            Error::GgufTensorOverlap { .. } => "GGUF_TENSOR_OVERLAP",
            Error::GgufMalformed(_) => "GGUF_MALFORMED",
            Error::MissingMetadata(_) => "MISSING_METADATA",
            Error::BadMetadata { .. } => "BAD_METADATA",
            Error::MissingTensor(_) => "MISSING_TENSOR",
            Error::TensorShape { .. } => "TENSOR_SHAPE",
            Error::UnsupportedTensorType { .. } => "UNSUPPORTED_TENSOR_TYPE",
            Error::UnsupportedArchitecture(_) => "UNSUPPORTED_ARCHITECTURE",
            Error::Tokenizer(_) => "TOKENIZER",
            Error::UnsupportedChatTemplate(_) => "UNSUPPORTED_CHAT_TEMPLATE",
            Error::ContextOverflow { .. } => "CONTEXT_OVERFLOW",
            Error::ContextTooLarge { .. } => "CONTEXT_TOO_LARGE",
            Error::InvalidArgument(_) => "INVALID_ARGUMENT",
            Error::Adapter(_) => "ADAPTER_INVALID",
            Error::AdapterBaseMismatch { .. } => "ADAPTER_BASE_MISMATCH",
            Error::GpuUnavailable(_) => "GPU_UNAVAILABLE",
            Error::GpuBufferLimit { .. } => "GPU_BUFFER_LIMIT",
            Error::GpuOutOfMemory { .. } => "GPU_OUT_OF_MEMORY",
            Error::GpuDeviceLost(_) => "GPU_DEVICE_LOST",
            Error::Gpu(_) => "GPU_ERROR",
            Error::Io(_) => "IO",
            Error::Busy => "ENGINE_BUSY",
        }
    }

    /// Whether the engine that raised this must be reloaded before it can be used again.
    pub fn is_fatal(&self) -> bool {
        matches!(self, Error::GpuDeviceLost(_))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e.to_string())
    }
}

/// `[CODE] message`, the one-line form the CLI prints on stderr.
pub struct Coded<'a>(pub &'a Error);

impl fmt::Display for Coded<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.0.code(), self.0)
    }
}
