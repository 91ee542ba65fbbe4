//! The baseline: prefill the prompt in chunks, then one row per step.

use crate::decode::Mode;
use crate::decode::{now_ms, Generation, Request, StopReason};
use crate::error::{Error, Result};
use crate::gpu::{Counters, GpuModel, PassSpec, Row};
use crate::sampling::Sampling;

/// Prefills `prompt[reused..]` at positions `reused..` (the cache already holds the K/V of the
/// first `reused` tokens, `reused < prompt.len()`) and returns the token chosen after it. Which
/// pass computes a row does not change its numbers (batch invariance), so reusing them is exact.
pub async fn prefill(model: &GpuModel, prompt: &[u32], reused: usize, sampling: &Sampling) -> Result<u32> {
    if prompt.is_empty() {
        return Err(Error::InvalidArgument("the prompt is empty".into()));
    }
    leaves_room(model, prompt)?;
    if reused >= prompt.len() {
        return Err(Error::InvalidArgument("at least the prompt's last token must be prefilled".into()));
    }
    let chosen = run_prompt(model, prompt, reused, Some(sampling)).await?;
    chosen.ok_or_else(|| Error::Gpu("no token came back".into()))
}

/// A prompt that fills the context leaves no position for an answer's first token to be run at.
pub fn leaves_room(model: &GpuModel, prompt: &[u32]) -> Result<()> {
    if prompt.len() >= model.context {
        return Err(Error::ContextOverflow { needed: prompt.len() + 1, capacity: model.context });
    }
    Ok(())
}

/// Runs `tokens[from..]` at positions `from..` in passes of at most `max_rows`, writing their K/V;
/// with `choose`, the last row also gets logits and its chosen token is returned. The chunks go
/// to the GPU back to back; it returns once the GPU has run them all, so prefill timings are real.
pub async fn run_prompt(model: &GpuModel, tokens: &[u32], from: usize, choose: Option<&Sampling>) -> Result<Option<u32>> {
    let mut next = None;
    for (c, chunk) in tokens[from..].chunks(model.max_rows).enumerate() {
        let start = from + c * model.max_rows;
        let rows: Vec<Row> = chunk.iter().enumerate().map(|(i, &t)| Row::causal(t, start + i)).collect();
        let last = start + chunk.len() == tokens.len();
        match choose.filter(|_| last) {
            Some(sampling) => {
                let logit_rows = [chunk.len() as u32 - 1];
                let out = model.run(&PassSpec { sampling: *sampling, ..PassSpec::plain(&rows, &logit_rows, false) }).await?;
                next = out.chosen.first().copied();
            }
            None => {
                model.run(&PassSpec::plain(&rows, &[], false)).await?;
            }
        }
    }
    if choose.is_none() {
        model.gpu.wait_idle().await?;
    }
    Ok(next)
}

/// Autoregressive decoding. `on_token` sees each token as it is produced and returns false to stop.
pub async fn generate(model: &GpuModel, req: &Request<'_>, on_token: &mut dyn FnMut(u32) -> bool) -> Result<Generation> {
    let (prompt, reused) = (req.prompt, req.reused);
    let t0 = now_ms();
    let mut tokens = Vec::new();
    // Every token but the last one produced has been run, so its K/V is in the cache.
    let gen = |tokens: Vec<u32>, stop, prefill_ms, decode_ms, steps, (decode_counters, decode_encode_ms)| {
        let cached = if tokens.is_empty() { reused } else { prompt.len() + tokens.len() - 1 };
        Generation {
            tokens,
            stop,
            prefill_ms,
            decode_ms,
            steps,
            accepted: vec![1; steps],
            mode: Mode::Ar,
            k: 0,
            tree: crate::decode::tree::TreeShape::chain(),
            branch_steps: 0,
            decode_counters,
            decode_encode_ms,
            reused,
            cached,
            gates: None,
        }
    };
    if req.max_new == 0 {
        return Ok(gen(tokens, StopReason::MaxTokens, 0.0, 0.0, 0, (Counters::default(), 0.0)));
    }
    let mut next = prefill(model, prompt, reused, &req.sampling).await?;
    let (t1, counted) = (now_ms(), model.counters());
    let (mut steps, mut encode_ms) = (0, 0.0);
    let stop = loop {
        tokens.push(next);
        let go_on = on_token(next);
        if let Some(stop) = req.stop_after(&tokens, go_on) {
            break stop;
        }
        let pos = prompt.len() + tokens.len() - 1;
        if pos >= model.context {
            break StopReason::Context;
        }
        let out = model.run(&PassSpec { sampling: req.sampling, ..PassSpec::plain(&[Row::causal(next, pos)], &[0], false) }).await?;
        steps += 1;
        encode_ms += out.encode_ms;
        next = out.chosen.first().copied().ok_or_else(|| Error::Gpu("no token came back".into()))?;
    };
    Ok(gen(tokens, stop, t1 - t0, now_ms() - t1, steps, (model.counters().since(counted), encode_ms)))
}
