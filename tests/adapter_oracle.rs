//! The adapter's GPU path against an independent CPU oracle (`model/reference.rs`): the mask rows'
//! hidden states with the gated LoRA on (through their logits, ≤ 1e-4 relative) and the sampler
//! head's drafts (equal), on the real model with the committed default adapter, with both
//! devices' kernel shapes (CPU drivers load t = A·input from a `lora_a` dispatch, GPUs find it in
//! every matmul workgroup). A wrong LoRA or sampler kernel fails here instead of only lowering
//! acceptance. Both sampler heads (`mlp2`, and the residual head of format version 2) are checked
//! the same way on the synthetic model, whose adapters make each head's terms move drafts, and the reader
//! takes each head only in the versions training/FORMAT.md allows.
// Native only: the browser suites are tests/web*.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use common::{adapter_path, max_rel_err, model};
use gated_lora_webgpu::decode::speculative::build_step;
use gated_lora_webgpu::gpu::ops::Shape;
use gated_lora_webgpu::gpu::pass::MAX_DEPTH;
use gated_lora_webgpu::gpu::{Gpu, GpuAdapter, GpuModel, PassOutput, PassSpec, Row, Verify};
use gated_lora_webgpu::gguf::Gguf;
use gated_lora_webgpu::model::adapter::{Adapter, SamplerKind};
use gated_lora_webgpu::model::reference::{argmax, Reference};
use gated_lora_webgpu::sampling::Sampling;

// A chat prompt's ids, fixed so the test does not depend on the tokenizer.
const PROMPT: [u32; 12] = [1, 4093, 198, 1780, 314, 260, 3575, 282, 4649, 47, 2, 198];

/// What the CPU oracle says, found once for both shapes (the reference is the slow part).
struct Oracle<'a> {
    reference: Reference<'a>,
    adapter: Adapter,
    x0: Vec<f32>,
    /// Each mask row's logits with the LoRA on, and with it off.
    masks: Vec<Vec<f32>>,
    masks_without_lora: Vec<Vec<f32>>,
    z: Vec<Vec<f32>>,
}

#[test]
fn mask_rows_and_drafts_match_the_cpu_oracle() {
    let (bytes, g) = model();
    let fingerprint = g.fingerprint(bytes).unwrap();
    let mut reference = Reference::new(g, bytes, 64).unwrap();
    let adapter = Adapter::parse(&std::fs::read(adapter_path()).unwrap(), &reference.cfg, &fingerprint).unwrap();
    let k = adapter.n_mask;
    let x0 = reference.forward(&PROMPT).unwrap().pop().unwrap();
    let z = reference.mask_states(&adapter, k).unwrap();
    let mut no_lora = adapter.clone();
    no_lora.layers.iter_mut().for_each(|l| l.clear());
    let masks = z.iter().map(|z| reference.head(z)).collect();
    let masks_without_lora = reference.mask_states(&no_lora, k).unwrap().iter().map(|z| reference.head(z)).collect();
    let mut oracle = Oracle { reference, adapter, x0, masks, masks_without_lora, z };
    for shape in [Shape::CPU, Shape::GPU] {
        check(shape, &mut oracle);
    }
}

/// Prefills `prompt` but its last token x0, then runs the step [x0, m1..mk]: it chooses after
/// x0 and the sampler head drafts k tokens from the masks. With `mask_logits` the masks' logits
/// come back too (x0's always do).
fn first_step(m: &GpuModel, adapter: &GpuAdapter, prompt: &[u32], mask_logits: bool) -> PassOutput {
    let (p, k) = (prompt.len() - 1, adapter.n_mask);
    let prefill: Vec<Row> = prompt[..p].iter().enumerate().map(|(i, &t)| Row::causal(t, i)).collect();
    pollster::block_on(m.run(&PassSpec::plain(&prefill, &[], false))).unwrap();
    let step = build_step(prompt[p], &[], p, k, &[0]).unwrap();
    let logit_rows: Vec<u32> = (0..=if mask_logits { k as u32 } else { 0 }).collect();
    let spec = PassSpec {
        rows: &step.rows,
        logit_rows: &logit_rows,
        sampling: Sampling::default(),
        read_logits: mask_logits,
        mask_rows: &step.mask_rows,
        adapter: Some(adapter),
        verify: Some(Verify { parents: &step.parents, group_z: &step.group_z, n_masks: k, widths: &vec![1; k] }),
    };
    pollster::block_on(m.run(&spec)).unwrap()
}

fn check(shape: Shape, oracle: &mut Oracle<'_>) {
    let (bytes, g) = model();
    let Oracle { reference, adapter, x0: x0_want, masks, masks_without_lora, z } = oracle;
    let k = adapter.n_mask;
    let m = pollster::block_on(async {
        let mut gpu = Gpu::new().await.unwrap();
        gpu.shape = shape;
        GpuModel::load(gpu, g, bytes, 64, 16).await.unwrap()
    });
    let gpu_adapter = m.load_adapter(adapter).unwrap();
    // The masks are logit rows too, so their logits come back.
    let out = first_step(&m, &gpu_adapter, &PROMPT, true);
    let logits = out.logits.unwrap();
    let vocab = m.cfg.vocab_size;
    let row = |i: usize| &logits[i * vocab..(i + 1) * vocab];

    assert!(max_rel_err(row(0), x0_want) <= 1e-4, "{shape:?}: x0 logits");
    for r in 0..k {
        let err = max_rel_err(row(r + 1), &masks[r]);
        assert!(err <= 1e-4, "{shape:?} mask {}: relative error {err} against the oracle", r + 1);
        // The LoRA changes mask rows for real, so the comparison above checks the LoRA kernels.
        let base = max_rel_err(row(r + 1), &masks_without_lora[r]);
        assert!(base > 1e-2, "mask {}: LoRA off differs by only {base}", r + 1);
    }

    // state = [accepted, z_base, y_0 = x0's choice, path (MAX_DEPTH words), y_1..y_k = drafts
    // from the sampler head].
    assert_eq!(&out.state[..3], &[0, 0, argmax(x0_want)]);
    let drafts = &out.state[3 + MAX_DEPTH..];
    for j in 1..=k {
        let previous = if j == 1 { out.state[2] } else { drafts[j - 2] };
        let want = argmax(&reference.sampler_logits(adapter, previous, &z[j - 1]));
        assert_eq!(drafts[j - 1], want, "{shape:?} draft {j}");
    }
}

/// Both sampler heads on the synthetic model: their drafts at every depth of a k = 8 step after
/// each of 16 prompts equal the CPU oracle's, with both kernel shapes (the real-model test above
/// covers only the default adapter's head). The oracle's own drafts change when fc2 · h1 is left
/// out and, for the residual head E · (z_j + b2 + fc2 · h1), when z_j or b2 is: a GPU head
/// missing a term fails here.
#[test]
fn both_sampler_heads_draft_as_the_cpu_oracle_on_the_synthetic_model() {
    let (bytes, pi) = synthetic::model(1);
    let g = Gguf::parse(&bytes).unwrap();
    let fingerprint = g.fingerprint(&bytes).unwrap();
    let mut reference = Reference::new(&g, &bytes, 128).unwrap();
    let mut report = Vec::new();
    for file in [synthetic::adapter(1, &fingerprint), synthetic::residual_adapter(1, &fingerprint)] {
        let adapter = Adapter::parse(&file, &reference.cfg, &fingerprint).unwrap();
        let residual = matches!(adapter.sampler.kind, SamplerKind::Residual);
        let k = adapter.n_mask;
        let without_b2 = Adapter { sampler: { let mut s = adapter.sampler.clone(); s.fc2_bias.fill(0.0); s }, ..adapter.clone() };
        let without_fc2 = Adapter { sampler: { let mut s = adapter.sampler.clone(); s.fc2_weight.fill(0.0); s }, ..adapter.clone() };
        let zero = vec![0.0; reference.cfg.dim];
        // Per prompt: the bonus token and the oracle's k drafts; and how many drafts each head
        // without a term gets wrong (drafted greedily from the true drafts' prefix).
        let mut cases = Vec::new();
        let mut changed = [0usize; 3];
        for prompt in synthetic::prompts(16, &pi) {
            reference.reset();
            let x0 = reference.forward(&prompt).unwrap().pop().unwrap();
            let z = reference.mask_states(&adapter, k).unwrap();
            let mut previous = argmax(&x0);
            let mut drafts = Vec::new();
            for zj in &z {
                let want = argmax(&reference.sampler_logits(&adapter, previous, zj));
                let without = [
                    reference.sampler_logits(&adapter, previous, &zero),
                    reference.sampler_logits(&without_b2, previous, zj),
                    reference.sampler_logits(&without_fc2, previous, zj),
                ];
                for (n, logits) in changed.iter_mut().zip(&without) {
                    *n += usize::from(argmax(logits) != want);
                }
                drafts.push(want);
                previous = want;
            }
            cases.push((prompt, argmax(&x0), drafts));
        }
        let needed = if residual { &changed[..] } else { &changed[2..] };
        assert!(needed.iter().all(|&n| n > 0), "residual {residual}: drafts without z, b2, fc2·h1 that differ: {changed:?} of {}", 16 * k);
        for shape in [Shape::CPU, Shape::GPU] {
            let m = pollster::block_on(async {
                let mut gpu = Gpu::new().await.unwrap();
                gpu.shape = shape;
                GpuModel::load(gpu, &g, &bytes, 128, 48).await.unwrap()
            });
            let gpu_adapter = m.load_adapter(&adapter).unwrap();
            for (i, (prompt, bonus, drafts)) in cases.iter().enumerate() {
                let out = first_step(&m, &gpu_adapter, prompt, false);
                assert_eq!(out.state[2], *bonus, "{shape:?} residual {residual} prompt {i}: bonus token");
                assert_eq!(&out.state[3 + MAX_DEPTH..3 + MAX_DEPTH + k], drafts.as_slice(), "{shape:?} residual {residual} prompt {i}: drafts");
            }
        }
        report.push(format!("residual {residual}: {} drafts equal the oracle's; without z, b2, fc2·h1 the oracle changes {changed:?}", 16 * k));
    }
    eprintln!("{}", report.join("\n"));
}

/// `bytes` with its safetensors header's `from` replaced by `to` (and its length fixed).
fn reheader(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let header = std::str::from_utf8(&bytes[8..8 + n]).unwrap();
    assert!(header.contains(from), "{from} is not in the header");
    let header = header.replace(from, to);
    [&(header.len() as u64).to_le_bytes()[..], header.as_bytes(), &bytes[8 + n..]].concat()
}

/// Version 1 holds `mlp2` heads, version 2 `mlp2` or `resmlp` (training/FORMAT.md); anything
/// else, and a `resmlp` file read as `mlp2` (no `sampler.ln2.*`), is an `ADAPTER_INVALID` error.
#[test]
fn the_reader_takes_each_sampler_head_in_its_format_versions() {
    let (bytes, _) = synthetic::model(1);
    let g = Gguf::parse(&bytes).unwrap();
    let fp = g.fingerprint(&bytes).unwrap();
    let cfg = gated_lora_webgpu::model::Config::from_gguf(&g).unwrap();
    let (mlp2, residual) = (synthetic::adapter(1, &fp), synthetic::residual_adapter(1, &fp));
    let parse = |b: &[u8]| Adapter::parse(b, &cfg, &fp);
    assert!(matches!(parse(&mlp2).unwrap().sampler.kind, SamplerKind::Mlp2 { .. }));
    assert!(matches!(parse(&residual).unwrap().sampler.kind, SamplerKind::Residual));
    let v2_mlp2 = reheader(&mlp2, r#""version":"1""#, r#""version":"2""#);
    assert!(matches!(parse(&v2_mlp2).unwrap().sampler.kind, SamplerKind::Mlp2 { .. }));
    for (bad, why) in [
        (reheader(&residual, r#""version":"2""#, r#""version":"1""#), "not supported in version"),
        (reheader(&residual, r#""version":"2""#, r#""version":"3""#), "version \"3\" is not supported"),
        (reheader(&residual, "resmlp", "mlp2"), "sampler.ln2.weight"),
        (reheader(&residual, "resmlp", "mlp3"), "not supported in version"),
    ] {
        let err = parse(&bad).unwrap_err();
        assert_eq!(err.code(), "ADAPTER_INVALID", "{err}");
        assert!(err.to_string().contains(why), "{err} does not say {why:?}");
    }
}
