//! The decoding modes a generation can run in.

use crate::error::{Error, Result};

/// How tokens are produced. Every mode gives the same tokens; they differ only in speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// One token per forward pass.
    Ar,
    /// Quadratic multi-token prediction with a gated-LoRA adapter: (k+1)² rows per pass.
    Mtp,
    /// Linear multi-token prediction: masks after the last draft only, 2k+1 rows per pass.
    MtpLinear,
    /// Prompt-lookup drafts, no adapter: k+1 rows per pass.
    Ngram,
    /// The engine picks the mode and k with the highest expected tokens per second on this device
    /// (decode/auto.rs); the generation reports what it picked.
    Auto,
}

impl std::str::FromStr for Mode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Mode> {
        Ok(match s {
            "ar" => Mode::Ar,
            "mtp" => Mode::Mtp,
            "mtp-linear" | "mtplinear" => Mode::MtpLinear,
            "ngram" => Mode::Ngram,
            "auto" => Mode::Auto,
            _ => return Err(Error::InvalidArgument(format!("mode {s:?}: expected ar, mtp, mtp-linear, ngram or auto"))),
        })
    }
}
