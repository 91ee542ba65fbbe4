//! Auto-tuning: pick the decoding mode and k that maximise expected tokens per second on this
//! device, from measured pass times and the tokens per step observed so far.
//!
//! The trade-off differs by orders of magnitude between devices, and no rule of thumb predicts it:
//! on a CPU driver (lavapipe, SwiftShader) cost grows with rows and plain autoregressive decoding
//! wins; on an H200 a pass of 25 plain rows costs 1.7× a pass of one, and the gated LoRA and the
//! sampler head add to that only on MTP steps (a k = 1 step of 4 rows costs 1.7× too) — timing
//! plain rows there made auto pick MTP at half AR's speed (bench/RESULTS.md). So each candidate's
//! step is timed as decoding runs it. Every mode gives the same tokens, so the choice only ever
//! changes speed.

use crate::decode::speculative::{self, Drafter};
use crate::decode::tree::TreeShape;
use crate::decode::{ngram, Mode};
use crate::decode::{now_ms, Generation};
use crate::error::{Error, Result};
use crate::gpu::{GpuAdapter, GpuModel, PassSpec, Row};
use std::collections::BTreeMap;

/// One way to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Candidate {
    pub mode: Mode,
    pub k: usize,
    /// The draft tree (quadratic MTP; the chain otherwise).
    pub tree: TreeShape,
}

impl Candidate {
    pub fn ar() -> Candidate {
        Candidate { mode: Mode::Ar, k: 0, tree: TreeShape::chain() }
    }

    /// A chain of k drafts per step in `mode`.
    pub fn chain(mode: Mode, k: usize) -> Candidate {
        Candidate { mode, k, tree: TreeShape::chain() }
    }

    /// How it drafts (None: autoregressive); MTP drafts from `adapter`'s masks.
    pub fn drafter<'a>(&self, adapter: Option<&'a GpuAdapter>) -> Result<Option<Drafter<'a>>> {
        Ok(match self.mode {
            Mode::Ar | Mode::Auto => None,
            Mode::Ngram => Some(Drafter::Ngram { k: self.k, max_n: ngram::MAX_N }),
            Mode::Mtp | Mode::MtpLinear => {
                let adapter = adapter.ok_or_else(|| Error::InvalidArgument(format!("mode {:?} drafts from an adapter's masks: load one", self.mode)))?;
                Some(Drafter::Mtp { adapter, k: self.k, quadratic: self.mode == Mode::Mtp, tree: self.tree })
            }
        })
    }

    /// What its step costs depends on (`Tuner` times each once).
    pub fn pass(&self) -> Pass {
        let (rows, logit_rows) = self.shape();
        Pass { rows, logit_rows, masks: matches!(self.mode, Mode::Mtp | Mode::MtpLinear) }
    }

    /// Rows of one verification pass, and how many of them get logits.
    pub fn shape(&self) -> (usize, usize) {
        let k = self.k;
        match self.mode {
            Mode::Ar | Mode::Auto => (1, 1),
            Mode::Ngram => (k + 1, k + 1),
            Mode::MtpLinear => (2 * k + 1, k + 1),
            Mode::Mtp => {
                let nodes = self.tree.nodes(k);
                ((nodes + 1) * (k + 1), nodes + 1)
            }
        }
    }

    /// Tokens per step before any is observed: a draft survives with probability `alpha` once
    /// its predecessors did (geometric acceptance); a depth with w candidates has w tries at it.
    /// Linear MTP loses its drafts after each rejection, so it keeps a share of quadratic's gain.
    fn prior(&self) -> f64 {
        let geometric = |alpha: f64| (1.0 - alpha.powi(self.k as i32 + 1)) / (1.0 - alpha);
        match self.mode {
            Mode::Ar | Mode::Auto => 1.0,
            Mode::Ngram => geometric(0.3),
            Mode::Mtp => {
                let (mut survive, mut tokens) = (1.0, 1.0);
                for w in self.tree.widths(self.k) {
                    survive *= 1.0 - 0.4f64.powi(w as i32);
                    tokens += survive;
                }
                tokens
            }
            Mode::MtpLinear => 1.0 + 0.7 * (geometric(0.6) - 1.0),
        }
    }
}

/// A decoding step's pass as far as its cost goes: its rows, its logit rows, and whether mask rows
/// run the gated LoRA and feed the sampler head (MTP), which costs far more than rows alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pass {
    pub rows: usize,
    pub logit_rows: usize,
    pub masks: bool,
}

/// What the engine has learned about this device and its adapters.
#[derive(Debug, Default)]
pub struct Tuner {
    /// Milliseconds of a step's pass.
    pass_ms: BTreeMap<Pass, f64>,
    /// Tokens per step by (candidate, sampling?), averaged over generations.
    tokens_per_step: BTreeMap<(Candidate, bool), f64>,
}

impl Tuner {
    pub fn expected_tokens_per_step(&self, c: Candidate, sampling: bool) -> f64 {
        self.tokens_per_step.get(&(c, sampling)).copied().unwrap_or_else(|| c.prior())
    }

    /// One candidate for each pass still to be timed, cheapest first.
    pub fn untimed(&self, candidates: &[Candidate]) -> Vec<Candidate> {
        let mut untimed: Vec<Candidate> = candidates.iter().copied().filter(|c| !self.pass_ms.contains_key(&c.pass())).collect();
        untimed.sort_by_key(Candidate::pass);
        untimed.dedup_by_key(|c| c.pass());
        untimed
    }

    /// False when a cheaper pass already timed shows this one can never beat autoregressive
    /// decoding: pass time only grows with rows (and with masks), and a pass yields at most one
    /// token per logit row.
    pub fn worth_timing(&self, pass: Pass) -> bool {
        let Some(&ar) = self.pass_ms.get(&Candidate::ar().pass()) else { return true };
        !self.pass_ms.iter().any(|(p, &ms)| p.rows <= pass.rows && (pass.masks || !p.masks) && ms > pass.logit_rows as f64 * ar)
    }

    pub fn record_pass(&mut self, pass: Pass, ms: f64) {
        self.pass_ms.insert(pass, ms);
    }

    /// Expected tokens per second, when the candidate's pass has been timed.
    pub fn expected_rate(&self, c: Candidate, sampling: bool) -> Option<f64> {
        let ms = self.pass_ms.get(&c.pass())?;
        Some(self.expected_tokens_per_step(c, sampling) * 1000.0 / ms.max(1e-3))
    }

    /// The best timed candidate (autoregressive when nothing else is timed).
    pub fn best(&self, candidates: &[Candidate], sampling: bool) -> Candidate {
        let ar = Candidate::ar();
        let mut best = (ar, self.expected_rate(ar, sampling).unwrap_or(0.0));
        for &c in candidates {
            if let Some(rate) = self.expected_rate(c, sampling) {
                if rate > best.1 {
                    best = (c, rate);
                }
            }
        }
        best.0
    }

    /// Folds a finished generation's tokens per step into the running estimate.
    pub fn observe(&mut self, c: Candidate, sampling: bool, g: &Generation) {
        // Too few steps say little (and the first pass of a speculative run has no drafts).
        if g.accepted.len() < 4 {
            return;
        }
        let observed = g.accepted.iter().sum::<usize>() as f64 / g.accepted.len() as f64;
        let e = self.tokens_per_step.entry((c, sampling)).or_insert(observed);
        *e = 0.5 * *e + 0.5 * observed;
    }
}

/// Times a decoding step of `drafter` (None: an autoregressive pass) as decoding runs it — for MTP
/// with the gated LoRA, verification and the sampler head — the best of two (the first also warms
/// up the pipelines). It writes K/V at the start of the cache: call it only between generations.
pub async fn time_step(model: &GpuModel, drafter: Option<&Drafter<'_>>) -> Result<f64> {
    let mut best = f64::INFINITY;
    for _ in 0..2 {
        let t0 = now_ms();
        match drafter {
            Some(d) => speculative::run_full_step(model, d).await?,
            None => {
                model.run(&PassSpec::plain(&[Row::causal(0, 0)], &[0], false)).await?;
            }
        }
        best = best.min(now_ms() - t0);
    }
    Ok(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gen(accepted: Vec<usize>) -> Generation {
        Generation {
            tokens: vec![],
            stop: crate::decode::StopReason::MaxTokens,
            prefill_ms: 0.0,
            decode_ms: 0.0,
            steps: accepted.len(),
            accepted,
            mode: Mode::Ar,
            k: 0,
            tree: TreeShape::chain(),
            branch_steps: 0,
            decode_counters: Default::default(),
            decode_encode_ms: 0.0,
            reused: 0,
            cached: 0,
            gates: None,
        }
    }

    #[test]
    fn cheap_big_passes_pick_mtp_and_expensive_ones_pick_ar() {
        let mtp = Candidate::chain(Mode::Mtp, 4);
        let cands = [Candidate::ar(), mtp];
        let mut gpu_like = Tuner::default();
        gpu_like.record_pass(Candidate::ar().pass(), 10.0);
        gpu_like.record_pass(mtp.pass(), 13.0);
        assert_eq!(gpu_like.best(&cands, false), mtp);
        let mut cpu_like = Tuner::default();
        cpu_like.record_pass(Candidate::ar().pass(), 400.0);
        cpu_like.record_pass(mtp.pass(), 6000.0);
        assert_eq!(cpu_like.best(&cands, false).mode, Mode::Ar);
        // Observed acceptance overrides the prior: 1.1 tokens per step does not pay 1.3× pass time.
        gpu_like.observe(mtp, false, &gen(vec![1, 1, 1, 2, 1, 1, 1, 1, 1, 1]));
        gpu_like.observe(mtp, false, &gen(vec![1, 1, 1, 2, 1, 1, 1, 1, 1, 1]));
        assert_eq!(gpu_like.best(&cands, false).mode, Mode::Ar);
        // ... but only for the sampling setting it was observed under.
        assert_eq!(gpu_like.best(&cands, true), mtp);
    }

    #[test]
    fn untimed_passes_come_cheapest_first_and_once() {
        let t = Tuner::default();
        let c = Candidate::chain;
        let untimed = t.untimed(&[c(Mode::Mtp, 2), c(Mode::Ar, 0), c(Mode::Ngram, 2), c(Mode::MtpLinear, 1), c(Mode::Ngram, 2)]);
        assert_eq!(untimed, vec![c(Mode::Ar, 0), c(Mode::MtpLinear, 1), c(Mode::Ngram, 2), c(Mode::Mtp, 2)]);
        let passes: Vec<_> = untimed.iter().map(|c| (c.pass().rows, c.pass().logit_rows, c.pass().masks)).collect();
        assert_eq!(passes, vec![(1, 1, false), (3, 2, true), (3, 3, false), (9, 3, true)]);
    }

    #[test]
    fn a_slow_mtp_step_rules_out_larger_mtp_steps_but_not_plain_passes() {
        let c = Candidate::chain;
        let mut t = Tuner::default();
        t.record_pass(Candidate::ar().pass(), 5.0);
        // 4 rows with masks at 6 AR passes (an H200 with the LoRA's dispatches): no larger MTP
        // step yields enough tokens to pay for itself ...
        t.record_pass(c(Mode::Mtp, 1).pass(), 30.0);
        assert!(!t.worth_timing(c(Mode::Mtp, 2).pass()));
        assert!(!t.worth_timing(c(Mode::Mtp, 4).pass()));
        // ... but says nothing of a plain pass of more rows (n-gram drafts, 5 rows).
        assert!(t.worth_timing(c(Mode::Ngram, 4).pass()));
        t.record_pass(c(Mode::Ngram, 4).pass(), 6.0);
        assert_eq!(t.best(&[Candidate::ar(), c(Mode::Mtp, 1), c(Mode::Ngram, 4)], false), c(Mode::Ngram, 4));
    }
}
