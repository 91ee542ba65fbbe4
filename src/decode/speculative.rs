//! Speculative decoding that never changes the output: drafts from the gated-LoRA masks (quadratic
//! or linear MTP, as a chain or a tree, docs/DESIGN.md §3) or from prompt lookup, verified in one
//! pass whose real rows are bitwise the rows autoregressive decoding would compute
//! (batch-invariant kernels), accepted on the GPU. The CPU reads back only the accepted path, the
//! bonus token and the next drafts.

use crate::decode::tree::{self, Node, TreeShape};
use crate::decode::Mode;
use crate::decode::{autoregressive, ngram, now_ms, Generation, Request, StopReason};
use crate::error::{Error, Result};
use crate::gpu::adapter::SAMPLER_ROWS;
use crate::gpu::pass::{MAX_DEPTH, MAX_TREE};
use crate::gpu::{Counters, GpuAdapter, GpuModel, PassSpec, Row, Verify, NONE};
use crate::sampling::Sampling;

/// Where drafts come from.
pub enum Drafter<'a> {
    /// k mask tokens after every real row of the step ((k+1)² rows for a chain), or only after
    /// the last one (`quadratic: false`, chains only, 2k+1 rows: cheaper, but a rejection leaves
    /// the next step no drafts). `tree` branches the drafts (`TreeShape::chain()` does not).
    Mtp { adapter: &'a GpuAdapter, k: usize, quadratic: bool, tree: TreeShape },
    /// Prompt lookup: the k tokens that followed the latest earlier occurrence of the last n-gram.
    Ngram { k: usize, max_n: usize },
}

impl Drafter<'_> {
    pub fn k(&self) -> usize {
        match self {
            Drafter::Mtp { k, .. } | Drafter::Ngram { k, .. } => *k,
        }
    }

    /// The draft tree's shape (the chain for linear MTP and n-gram drafts).
    pub fn tree(&self) -> TreeShape {
        match self {
            Drafter::Mtp { tree, .. } => *tree,
            Drafter::Ngram { .. } => TreeShape::chain(),
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
        match self {
            Drafter::Mtp { k, quadratic: true, tree, .. } => (tree.nodes(*k) + 1) * (k + 1),
            Drafter::Mtp { k, quadratic: false, .. } => 2 * k + 1,
            Drafter::Ngram { k, .. } => k + 1,
        }
    }
}

/// One verification step's rows: x0 in slot p and the draft tree's nodes in the slots after it
/// (depth-first, so a path through first children is consecutive), each real row at position p +
/// its depth, seeing the cache and its ancestors; then `k_masks` masks after each real row listed
/// in `groups`, group-major in the slots after the real rows. Mask r of a row at depth g stands
/// at position p + g + r and sees what its row sees, its row, and masks 1..r of its group.
pub struct Step {
    pub rows: Vec<Row>,
    pub logit_rows: Vec<u32>,
    pub mask_rows: Vec<u32>,
    pub group_z: Vec<u32>,
    /// Per real row, its parent's row (`NONE` for x0).
    pub parents: Vec<u32>,
}

pub fn build_step(x0: u32, nodes: &[Node], p: usize, k_masks: usize, groups: &[usize]) -> Result<Step> {
    let n_real = nodes.len() + 1;
    let depth: Vec<usize> = std::iter::once(0).chain(tree::depths(nodes)).collect();
    // Slots each real row sees past the cache: its ancestors and itself, ascending.
    let mut seen: Vec<Vec<u32>> = vec![vec![p as u32]];
    for (i, n) in nodes.iter().enumerate() {
        let mut s = seen[n.parent].clone();
        s.push((p + i + 1) as u32);
        seen.push(s);
    }
    let too_wide = || Error::InvalidArgument("a draft tree whose rows see more ranges than a row holds".into());
    let mut rows = Vec::with_capacity(n_real + groups.len() * k_masks);
    for (i, token) in std::iter::once(x0).chain(nodes.iter().map(|n| n.token)).enumerate() {
        rows.push(Row::seeing(token, p + depth[i], (p + i) as u32, 0, p as u32, &seen[i]).ok_or_else(too_wide)?);
    }
    let mut mask_rows = Vec::new();
    let mut group_z = vec![NONE; n_real];
    let first_mask_slot = (p + n_real) as u32;
    for (idx, &g) in groups.iter().enumerate() {
        let base = first_mask_slot + (idx * k_masks) as u32;
        group_z[g] = mask_rows.len() as u32;
        for r in 1..=k_masks {
            mask_rows.push(rows.len() as u32);
            let mut s = seen[g].clone();
            s.extend(base..base + r as u32);
            rows.push(Row::seeing((r - 1) as u32, p + depth[g] + r, base + (r - 1) as u32, 1, p as u32, &s).ok_or_else(too_wide)?);
        }
    }
    let parents = std::iter::once(NONE).chain(nodes.iter().map(|n| n.parent as u32)).collect();
    Ok(Step { rows, logit_rows: (0..n_real as u32).collect(), mask_rows, group_z, parents })
}

/// Speculative generation: greedy or seeded sampling, the same tokens as `autoregressive::generate`
/// with the same request. `on_token(token, accepted_in_step)` sees every token as it is accepted
/// and returns false to stop.
pub async fn generate(model: &GpuModel, drafter: &Drafter<'_>, req: &Request<'_>, on_token: &mut dyn FnMut(u32, usize) -> bool) -> Result<Generation> {
    check(model, drafter, req)?;
    let (k, prompt) = (drafter.k(), req.prompt);
    let t0 = now_ms();
    let (mut tokens, mut accepted, mut branch_steps) = (Vec::new(), Vec::new(), 0);
    let gen = |tokens, stop, prefill_ms, decode_ms, accepted: Vec<usize>, branch_steps, cached, (decode_counters, decode_encode_ms)| Generation {
        tokens,
        stop,
        prefill_ms,
        decode_ms,
        steps: accepted.len(),
        accepted,
        mode: drafter.mode(),
        k,
        tree: drafter.tree(),
        branch_steps,
        decode_counters,
        decode_encode_ms,
        reused: req.reused,
        cached,
        gates: None,
    };
    if req.max_new == 0 {
        return Ok(gen(tokens, StopReason::MaxTokens, 0.0, 0.0, accepted, 0, req.reused, (Counters::default(), 0.0)));
    }
    // The cache holds the prompt but its last token, which is the first step's pending x0.
    let (&last, head) = prompt.split_last().ok_or_else(|| Error::InvalidArgument("the prompt is empty".into()))?;
    autoregressive::leaves_room(model, prompt)?;
    autoregressive::run_prompt(model, head, req.reused, None).await?;
    let (t1, counted, mut encode_ms) = (now_ms(), model.counters(), 0.0);

    let (mut x0, mut p) = (last, head.len());
    // Leading positions whose K/V belong to the tokens at those positions: x0 and the accepted
    // drafts of each pass; rejected drafts and masks sit above it and are overwritten later.
    let mut kv_end = p;
    let mut drafts: Vec<Node> = Vec::new();
    let mut history: Vec<u32> = prompt.to_vec();
    let stop = 'outer: loop {
        // x0 (already output) has no position left: autoregressive decoding stops here too.
        if p >= model.context {
            break StopReason::Context;
        }
        // Near the end of the context, draft less deep so every row still fits; at the last
        // position x0 runs alone, as autoregressive decoding runs it.
        let room = model.context - (p + 1);
        drafts = if room == 0 { Vec::new() } else { tree::truncate(&drafts, room - 1) };
        let (step, n_masks, widths, adapter) = plan(drafter, x0, &drafts, p, room)?;
        let out = model.run(&step_spec(&step, n_masks, &widths, adapter, req.sampling)).await?;
        encode_ms += out.encode_ms;
        let (path, z_base, bonus) = verdict(&out.state, &step.parents)?;
        let a = path.len();
        kv_end = p + a + 1;
        branch_steps += usize::from(path.iter().enumerate().any(|(i, &row)| row != i + 1));
        let step_tokens: Vec<u32> = path.iter().map(|&row| step.rows[row].token).chain(std::iter::once(bonus)).collect();
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
            Drafter::Mtp { .. } if z_base != NONE => tree::from_state(&out.state[3 + MAX_DEPTH..], &widths),
            Drafter::Mtp { .. } => Vec::new(),
            Drafter::Ngram { max_n, .. } => tree::chain(&ngram::draft(&history, *max_n, k)),
        };
    };
    // A stop inside a step leaves accepted rows past the output's end: claim only output tokens.
    let cached = kv_end.min(prompt.len() + tokens.len());
    Ok(gen(tokens, stop, t1 - t0, now_ms() - t1, accepted, branch_steps, cached, (model.counters().since(counted), encode_ms)))
}

/// Runs the largest step `drafter` builds, at the start of the cache: a full draft tree (token 0
/// standing for every draft) with all its masks, verified and drafted from as a decoding step is,
/// for `decode::auto` to time. It overwrites K/V at the step's slots.
pub async fn run_full_step(model: &GpuModel, drafter: &Drafter<'_>) -> Result<()> {
    let (k, tree) = (drafter.k(), drafter.tree());
    let drafts = tree::from_state(&vec![0; tree.nodes(k)], &tree.widths(k));
    let (step, n_masks, widths, adapter) = plan(drafter, 0, &drafts, 0, model.context.saturating_sub(1))?;
    model.run(&step_spec(&step, n_masks, &widths, adapter, Sampling::default())).await?;
    Ok(())
}

/// A step's verification pass.
fn step_spec<'a>(step: &'a Step, n_masks: usize, widths: &'a [usize], adapter: Option<&'a GpuAdapter>, sampling: Sampling) -> PassSpec<'a> {
    PassSpec {
        rows: &step.rows,
        logit_rows: &step.logit_rows,
        sampling,
        read_logits: false,
        mask_rows: &step.mask_rows,
        adapter,
        verify: Some(Verify { parents: &step.parents, group_z: &step.group_z, n_masks, widths }),
    }
}

/// Refuses a drafter or request the model cannot serve, before any pass.
fn check(model: &GpuModel, drafter: &Drafter<'_>, req: &Request<'_>) -> Result<()> {
    let k = drafter.k();
    if k == 0 {
        return Err(Error::InvalidArgument("k must be at least 1".into()));
    }
    if let Drafter::Mtp { adapter, quadratic, tree, .. } = drafter {
        if k > adapter.n_mask {
            return Err(Error::InvalidArgument(format!("k = {k} is larger than the adapter's {} masks", adapter.n_mask)));
        }
        let sizes = tree.sizes(k);
        if sizes.iter().any(|&n| n > SAMPLER_ROWS) || sizes.iter().sum::<usize>() > MAX_TREE {
            return Err(Error::InvalidArgument(format!("tree {tree} at k = {k}: at most {SAMPLER_ROWS} nodes per depth and {MAX_TREE} in all")));
        }
        if !quadratic && !tree.is_chain() {
            return Err(Error::InvalidArgument("linear MTP drafts a chain: a tree needs masks after every node".into()));
        }
    }
    if k > MAX_DEPTH {
        return Err(Error::InvalidArgument(format!("k = {k}: at most {MAX_DEPTH}")));
    }
    if drafter.max_rows() > model.max_rows {
        return Err(Error::InvalidArgument(format!(
            "k = {k} with tree {} needs {} rows per pass, the engine allows {} (raise max_rows: --max-rows, {{maxRows}})",
            drafter.tree(),
            drafter.max_rows(),
            model.max_rows
        )));
    }
    if req.prompt.is_empty() {
        return Err(Error::InvalidArgument("the prompt is empty".into()));
    }
    if req.reused >= req.prompt.len() {
        return Err(Error::InvalidArgument("at least the prompt's last token must be run".into()));
    }
    Ok(())
}

/// The next pass: x0, the draft tree, and (MTP) k masks after every real row (quadratic) or
/// after the last one (linear), as many masks as still fit in the `room` left in the context;
/// with the masks per row and the widths of the next draft tree.
fn plan<'a>(drafter: &Drafter<'a>, x0: u32, drafts: &[Node], p: usize, room: usize) -> Result<(Step, usize, Vec<usize>, Option<&'a GpuAdapter>)> {
    match drafter {
        Drafter::Mtp { adapter, quadratic, k, tree } => {
            let deepest = tree::depths(drafts).into_iter().max().unwrap_or(0);
            let kk = (*k).min(room.saturating_sub(deepest + 1));
            let groups: Vec<usize> = match (kk, quadratic) {
                (0, _) => Vec::new(),
                (_, true) => (0..=drafts.len()).collect(),
                (_, false) => vec![drafts.len()],
            };
            Ok((build_step(x0, drafts, p, kk, &groups)?, kk, tree.widths(kk), Some(*adapter)))
        }
        Drafter::Ngram { .. } => Ok((build_step(x0, drafts, p, 0, &[])?, 0, Vec::new(), None)),
    }
}

/// Reads the verification state: (the accepted nodes' rows, where the last one's masks start,
/// bonus), checking the path against the tree the pass verified.
fn verdict(state: &[u32], parents: &[u32]) -> Result<(Vec<usize>, u32, u32)> {
    let [a, z_base, bonus, ..] = *state else { return Err(Error::Gpu("the verification state is short".into())) };
    let path: Vec<usize> = state.get(3..3 + a as usize).ok_or_else(|| Error::Gpu(format!("GPU accepted {a} drafts")))?.iter().map(|&r| r as usize).collect();
    let mut cur = 0;
    for &row in &path {
        if parents.get(row) != Some(&(cur as u32)) {
            return Err(Error::Gpu(format!("GPU accepted row {row}, which is not a child of row {cur}")));
        }
        cur = row;
    }
    Ok((path, z_base, bonus))
}
