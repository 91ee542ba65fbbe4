//! Turning forward passes into tokens.

pub mod auto;
pub mod autoregressive;
pub mod mode;
pub mod ngram;
pub mod speculative;
pub mod tree;

pub use mode::Mode;

pub use crate::clock::now_ms;
use crate::gpu::Counters;
use crate::sampling::Sampling;

/// What to generate: at most `max_new` tokens after `prompt`, chosen by `sampling`, ending early
/// at a token for which `is_end` holds. The cache already holds the K/V of `prompt[..reused]`.
pub struct Request<'a> {
    pub prompt: &'a [u32],
    pub reused: usize,
    pub max_new: usize,
    pub sampling: Sampling,
    pub is_end: &'a dyn Fn(u32) -> bool,
}

impl Request<'_> {
    /// Why the generation stops after `tokens` (the last one just produced), if it does; `go_on`
    /// is what the caller's streaming callback answered for it.
    fn stop_after(&self, tokens: &[u32], go_on: bool) -> Option<StopReason> {
        if tokens.last().is_some_and(|&t| (self.is_end)(t)) {
            Some(StopReason::Eos)
        } else if tokens.len() >= self.max_new {
            Some(StopReason::MaxTokens)
        } else if !go_on {
            Some(StopReason::Cancelled)
        } else {
            None
        }
    }
}

/// Why a generation ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// An end-of-generation token was produced (it is the last token of the output).
    Eos,
    MaxTokens,
    /// The streaming callback asked to stop.
    Cancelled,
    /// The context is full: the last token came from its last position. Every mode stops at the
    /// same token, so the output is still the autoregressive one.
    Context,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Generation {
    pub tokens: Vec<u32>,
    pub stop: StopReason,
    pub prefill_ms: f64,
    pub decode_ms: f64,
    /// Forward passes after prefill.
    pub steps: usize,
    /// Tokens produced by each of those passes (all 1 for autoregressive decoding).
    pub accepted: Vec<usize>,
    /// How the tokens were produced (what `Mode::Auto` picked), and the drafts per step.
    pub mode: Mode,
    pub k: usize,
    /// The draft tree's shape (MTP; the chain otherwise).
    pub tree: tree::TreeShape,
    /// Steps whose accepted path left the tree's first branch: drafts a chain would not have had.
    pub branch_steps: usize,
    /// What the decode passes (every pass after prefill) did, summed: divide by `steps` for
    /// the mean per pass.
    pub decode_counters: Counters,
    /// CPU milliseconds the decode passes spent being built (validation, uniforms, recording,
    /// submit), apart from waiting for the GPU: the host's share of `decode_ms`.
    pub decode_encode_ms: f64,
    /// Leading prompt tokens whose K/V the cache already held from the previous generation, so
    /// prefill skipped them.
    pub reused: usize,
    /// Leading tokens of prompt + output whose K/V the cache holds at the end.
    #[serde(skip)]
    pub cached: usize,
    /// When the request recorded them: per layer, the mean gate value of the first learned or
    /// router domain adapter over the real rows the GPU ran (one per expert for a router; None
    /// for a layer without such a gate).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gates: Option<crate::model::lora::GateActivity>,
}

impl Generation {
    /// Tokens the decode passes produced: every token in the drafting modes, all but the first in
    /// autoregressive decoding (prefill's last row chooses it). Decode rates divide this by
    /// `decode_ms`, so that they compare across modes.
    pub fn decode_tokens(&self) -> usize {
        self.accepted.iter().sum::<usize>().min(self.tokens.len())
    }
}
