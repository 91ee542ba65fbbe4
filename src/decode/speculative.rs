//! Speculative decoding that never changes the output: drafts from the gated-LoRA masks (quadratic
//! or linear MTP, docs/DESIGN.md §3) or from prompt lookup, verified in one pass whose real rows are
//! bitwise the rows autoregressive decoding would compute (batch-invariant kernels), accepted on
//! the GPU. The CPU reads back only the accepted count, the bonus token and the next drafts.

use crate::decode::Mode;
use crate::decode::{autoregressive, ngram, now_ms, Generation, Request, StopReason};
use crate::error::{Error, Result};
use crate::gpu::{Counters, GpuAdapter, GpuModel, PassSpec, Row, Verify, NONE};

/// Where drafts come from.
pub enum Drafter<'a> {
    /// k mask tokens after every real row of the step ((k+1)² rows), or only after the last one
    /// (`quadratic: false`, 2k+1 rows: cheaper, but a rejection leaves the next step no drafts).
    Mtp { adapter: &'a GpuAdapter, k: usize, quadratic: bool },
    /// Prompt lookup: the k tokens that followed the latest earlier occurrence of the last n-gram.
    Ngram { k: usize, max_n: usize },
}

impl Drafter<'_> {
    pub fn k(&self) -> usize {
        match self {
            Drafter::Mtp { k, .. } | Drafter::Ngram { k, .. } => *k,
        }
    }

    pub fn mode(&self) -> Mode {
        match self {
            Drafter::Mtp { quadratic: true, .. } => Mode::Mtp,
            Drafter::Mtp { quadratic: false, .. } => Mode::MtpLinear,
            Drafter::Ngram { .. } => Mode::Ngram,
        }
    }

    /// The largest pass this drafter builds.
    pub fn max_rows(&self) -> usize {
        match *self {
            Drafter::Mtp { k, quadratic: true, .. } => (k + 1) * (k + 1),
            Drafter::Mtp { k, quadratic: false, .. } => 2 * k + 1,
            Drafter::Ngram { k, .. } => k + 1,
        }
    }
}

/// One verification step's rows: real rows `x0, d1..dm` at positions p.. in slots p.., then the
/// masks of each group in `groups`, in slots after the real rows, group-major.
pub struct Step {
    pub rows: Vec<Row>,
    pub logit_rows: Vec<u32>,
    pub mask_rows: Vec<u32>,
    pub group_z: Vec<u32>,
}

pub fn build_step(x0: u32, drafts: &[u32], p: usize, k_masks: usize, groups: &[usize]) -> Step {
    let m = drafts.len();
    let mut rows = Vec::with_capacity(m + 1 + groups.len() * k_masks);
    for (i, &t) in std::iter::once(&x0).chain(drafts).enumerate() {
        rows.push(Row::causal(t, p + i));
    }
    let mut mask_rows = Vec::new();
    let mut group_z = vec![NONE; m + 1];
    let first_mask_slot = (p + m + 1) as u32;
    for (idx, &g) in groups.iter().enumerate() {
        let base = first_mask_slot + (idx * k_masks) as u32;
        group_z[g] = mask_rows.len() as u32;
        for r in 1..=k_masks {
            mask_rows.push(rows.len() as u32);
            // Mask r of group g stands at position p+g+r; it sees the cache and the real rows up
            // to its group's (prefix), then masks 1..r of its own group (extra).
            rows.push(Row {
                token: (r - 1) as u32,
                pos: (p + g + r) as u32,
                slot: base + (r - 1) as u32,
                gate: 1,
                prefix: (p + g + 1) as u32,
                extra_start: base,
                extra_len: r as u32,
                _pad: 0,
            });
        }
    }
    Step { rows, logit_rows: (0..=m as u32).collect(), mask_rows, group_z }
}

/// Speculative generation: greedy or seeded sampling, the same tokens as `autoregressive::generate`
/// with the same request. `on_token(token, accepted_in_step)` sees every token as it is accepted
/// and returns false to stop.
pub async fn generate(model: &GpuModel, drafter: &Drafter<'_>, req: &Request<'_>, on_token: &mut dyn FnMut(u32, usize) -> bool) -> Result<Generation> {
    check(model, drafter, req)?;
    let (k, prompt) = (drafter.k(), req.prompt);
    let t0 = now_ms();
    let (mut tokens, mut accepted) = (Vec::new(), Vec::new());
    let gen = |tokens, stop, prefill_ms, decode_ms, accepted: Vec<usize>, cached, (decode_counters, decode_encode_ms)| Generation {
        tokens,
        stop,
        prefill_ms,
        decode_ms,
        steps: accepted.len(),
        accepted,
        mode: drafter.mode(),
        k,
        decode_counters,
        decode_encode_ms,
        reused: req.reused,
        cached,
    };
    if req.max_new == 0 {
        return Ok(gen(tokens, StopReason::MaxTokens, 0.0, 0.0, accepted, req.reused, (Counters::default(), 0.0)));
    }
    // The cache holds the prompt but its last token, which is the first step's pending x0.
    let (&last, head) = prompt.split_last().ok_or_else(|| Error::InvalidArgument("the prompt is empty".into()))?;
    autoregressive::run_prompt(model, head, req.reused, None).await?;
    let (t1, counted, mut encode_ms) = (now_ms(), model.counters(), 0.0);

    let (mut x0, mut p) = (last, head.len());
    // Leading positions whose K/V belong to the tokens at those positions: x0 and the accepted
    // drafts of each pass; rejected drafts and masks sit above it and are overwritten later.
    let mut kv_end;
    let mut drafts: Vec<u32> = Vec::new();
    let mut history: Vec<u32> = prompt.to_vec();
    let stop = 'outer: loop {
        // Near the end of the context, draft less so every row still fits.
        let room = model.context.saturating_sub(p + 1);
        if room == 0 {
            return Err(Error::ContextOverflow { needed: p + 2, capacity: model.context });
        }
        drafts.truncate(room - 1);
        let (step, n_masks, adapter) = plan(drafter, x0, &drafts, p, room);
        let spec = PassSpec {
            rows: &step.rows,
            logit_rows: &step.logit_rows,
            sampling: req.sampling,
            read_logits: false,
            mask_rows: &step.mask_rows,
            adapter,
            verify: Some(Verify { n_drafts: drafts.len(), group_z: &step.group_z, n_masks }),
        };
        let out = model.run(&spec).await?;
        encode_ms += out.encode_ms;
        let (a, z_base, bonus) = verdict(&out.state, drafts.len())?;
        kv_end = p + a + 1;
        let step_tokens: Vec<u32> = drafts[..a].iter().copied().chain(std::iter::once(bonus)).collect();
        accepted.push(step_tokens.len());
        for &t in &step_tokens {
            tokens.push(t);
            history.push(t);
            let go_on = on_token(t, step_tokens.len());
            if let Some(stop) = req.stop_after(&tokens, go_on) {
                break 'outer stop;
            }
        }
        p += a + 1;
        x0 = bonus;
        drafts = match drafter {
            Drafter::Mtp { .. } if z_base != NONE => out.state[3..3 + n_masks].iter().copied().take_while(|&t| t != NONE).collect(),
            Drafter::Mtp { .. } => Vec::new(),
            Drafter::Ngram { max_n, .. } => ngram::draft(&history, *max_n, k),
        };
    };
    // A stop inside a step leaves accepted rows past the output's end: claim only output tokens.
    let cached = kv_end.min(prompt.len() + tokens.len());
    Ok(gen(tokens, stop, t1 - t0, now_ms() - t1, accepted, cached, (model.counters().since(counted), encode_ms)))
}

/// Refuses a drafter or request the model cannot serve, before any pass.
fn check(model: &GpuModel, drafter: &Drafter<'_>, req: &Request<'_>) -> Result<()> {
    let k = drafter.k();
    if k == 0 {
        return Err(Error::InvalidArgument("k must be at least 1".into()));
    }
    if let Drafter::Mtp { adapter, .. } = drafter {
        if k > adapter.n_mask {
            return Err(Error::InvalidArgument(format!("k = {k} is larger than the adapter's {} masks", adapter.n_mask)));
        }
    }
    if drafter.max_rows() > model.max_rows {
        return Err(Error::InvalidArgument(format!("k = {k} needs {} rows per pass, the engine allows {}", drafter.max_rows(), model.max_rows)));
    }
    if req.prompt.is_empty() {
        return Err(Error::InvalidArgument("the prompt is empty".into()));
    }
    if req.reused >= req.prompt.len() {
        return Err(Error::InvalidArgument("at least the prompt's last token must be run".into()));
    }
    Ok(())
}

/// The next pass: x0, the drafts, and (MTP) k masks after every real row (quadratic) or after the
/// last one (linear), as many masks as still fit in the `room` left in the context.
fn plan<'a>(drafter: &Drafter<'a>, x0: u32, drafts: &[u32], p: usize, room: usize) -> (Step, usize, Option<&'a GpuAdapter>) {
    match drafter {
        Drafter::Mtp { adapter, quadratic, k } => {
            let kk = (*k).min(room.saturating_sub(drafts.len() + 1));
            let groups: Vec<usize> = match (kk, quadratic) {
                (0, _) => Vec::new(),
                (_, true) => (0..=drafts.len()).collect(),
                (_, false) => vec![drafts.len()],
            };
            (build_step(x0, drafts, p, kk, &groups), kk, Some(*adapter))
        }
        Drafter::Ngram { .. } => (build_step(x0, drafts, p, 0, &[]), 0, None),
    }
}

/// Reads the verification state: (accepted drafts, where the accepted group's masks start, bonus).
fn verdict(state: &[u32], n_drafts: usize) -> Result<(usize, u32, u32)> {
    match state {
        [a, z_base, bonus, ..] if (*a as usize) <= n_drafts => Ok((*a as usize, *z_base, *bonus)),
        [a, ..] if (*a as usize) > n_drafts => Err(Error::Gpu(format!("GPU accepted {a} of {n_drafts} drafts"))),
        _ => Err(Error::Gpu("the verification state is short".into())),
    }
}
