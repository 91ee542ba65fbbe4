//! The GPU token chooser (shaders/choose.wgsl) against its CPU mirror (src/sampling.rs) on the
//! real model's logits — greedy, temperature, top-k, top-p, repetition penalty, several seeds —
//! and against an independent statement of the sampling semantics on hand-made logits.
// Native only: the browser suites are tests/web*.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::model;
use gated_lora_webgpu::gpu::Gpu;
use gated_lora_webgpu::gpu::{GpuModel, PassSpec, Row};
use gated_lora_webgpu::sampling::{choose, Sampling};

const PROMPT: [u32; 12] = [1, 4093, 198, 1780, 314, 260, 3575, 282, 4649, 47, 2, 198];

#[test]
fn gpu_choices_equal_the_cpu_mirror() {
    let (bytes, g) = model();
    let m = pollster::block_on(async { GpuModel::load(Gpu::new().await.expect("gpu"), g, bytes, 64, 16).await.expect("load") });
    // The first six positions are prefilled once; every pass below recomputes the last six (each
    // a logit row), which choose a token.
    let prefill: Vec<Row> = PROMPT[..6].iter().enumerate().map(|(i, &t)| Row::causal(t, i)).collect();
    pollster::block_on(m.run(&PassSpec::plain(&prefill, &[], false))).unwrap();
    let rows: Vec<Row> = PROMPT.iter().enumerate().skip(6).map(|(i, &t)| Row::causal(t, i)).collect();
    let logit_rows: Vec<u32> = (0..rows.len() as u32).collect();
    let vocab = m.cfg.vocab_size;
    let logits = pollster::block_on(m.run(&PassSpec::plain(&rows, &logit_rows, true))).unwrap().logits.unwrap();
    let settings = [
        Sampling { repetition_penalty: 1.5, penalty_last_n: 8, ..Default::default() },
        Sampling { temperature: 1.0, seed: 1, ..Default::default() },
        Sampling { temperature: 1.0, seed: 2, ..Default::default() },
        Sampling { temperature: 0.7, top_k: 40, seed: 3, ..Default::default() },
        Sampling { temperature: 1.3, top_p: 0.9, seed: 4, ..Default::default() },
        Sampling { temperature: 0.8, top_k: 50, top_p: 0.95, repetition_penalty: 1.3, penalty_last_n: 16, seed: 5 },
        Sampling { temperature: 2.0, top_k: 1, seed: 6, ..Default::default() },
        Sampling { temperature: 1.0, seed: u64::MAX, ..Default::default() },
    ];
    let mut distinct = std::collections::BTreeSet::new();
    for s in &settings {
        let out = pollster::block_on(m.run(&PassSpec { sampling: *s, ..PassSpec::plain(&rows, &logit_rows, false) })).unwrap();
        for (i, row) in rows.iter().enumerate() {
            let pos = row.pos;
            let want = choose(&logits[i * vocab..(i + 1) * vocab], s, pos, &PROMPT);
            assert_eq!(out.chosen[i], want, "position {pos} with {s:?}");
            distinct.insert((pos, want));
        }
    }
    // The settings really sample: positions get more than one token across them.
    assert!(distinct.len() > logit_rows.len() + 3, "{distinct:?}");
}

/// The probabilities of each token as the documented semantics define them, written plainly and
/// independently of the kernel and its mirror: repetition penalty over the window, temperature,
/// top-k (ties: lower index first), top-p (the smallest most-likely set reaching p), softmax.
fn reference_probs(logits: &[f32], s: &Sampling, window: &[u32]) -> Vec<f64> {
    let mut l: Vec<f64> = logits.iter().map(|&v| v as f64).collect();
    let mut seen = std::collections::BTreeSet::new();
    for &t in window {
        if seen.insert(t) {
            let v = &mut l[t as usize];
            *v = if *v > 0.0 { *v / s.repetition_penalty as f64 } else { *v * s.repetition_penalty as f64 };
        }
    }
    let mut order: Vec<usize> = (0..l.len()).collect();
    order.sort_by(|&a, &b| l[b].partial_cmp(&l[a]).unwrap().then(a.cmp(&b)));
    if s.top_k > 0 {
        order.truncate(s.top_k as usize);
    }
    let max = l[order[0]];
    let w: Vec<f64> = order.iter().map(|&i| ((l[i] - max) / s.temperature as f64).exp()).collect();
    let total: f64 = w.iter().sum();
    let mut keep = order.len();
    let mut cum = 0.0;
    for (n, wi) in w.iter().enumerate() {
        cum += wi / total;
        if cum >= s.top_p as f64 - 1e-9 {
            keep = n + 1;
            break;
        }
    }
    let kept: f64 = w[..keep].iter().sum();
    let mut p = vec![0.0; l.len()];
    for (n, &i) in order[..keep].iter().enumerate() {
        p[i] = w[n] / kept;
    }
    p
}

/// `choose.wgsl` alone on hand-made logits: `n` rows of the same logits at positions 2.., each
/// drawing with its own (seed, position), through the kernel's op API.
fn gpu_draws(gpu: &Gpu, logits: &[f32], s: &Sampling, history: &[u32], n: usize) -> Vec<u32> {
    use gated_lora_webgpu::gpu::ops::choose::{Choose, ChooseBindings, ChooseOp};
    use gated_lora_webgpu::gpu::ops::Encoder;
    use gated_lora_webgpu::gpu::pass::PassParams;
    let vocab = logits.len();
    let all: Vec<f32> = (0..n).flat_map(|_| logits.iter().copied()).collect();
    let rows: Vec<Row> = (0..n).map(|i| Row::causal(0, i + 2)).collect();
    let logit_rows: Vec<u32> = (0..n as u32).collect();
    let hist: Vec<u32> = (0..n + 2).map(|p| history[p % history.len()]).collect();
    let buffers = (
        gpu.storage_f32("logits", &all).unwrap(),
        gpu.storage_empty("chosen", (n * 4) as u64).unwrap(),
        gpu.uniform("op", &ChooseOp::new(vocab, 0, s)),
        gpu.uniform("pass", &PassParams { n_rows: n as u32, n_logits: n as u32, ..Default::default() }),
        gpu.storage("rows", bytemuck::cast_slice(&rows)).unwrap(),
        gpu.storage("logit_rows", &logit_rows).unwrap(),
        gpu.storage("history", &hist).unwrap(),
    );
    let (logits_b, chosen, op, pass, rows_b, logit_rows_b, history_b) = &buffers;
    let bound =
        Choose::new(gpu).bind(gpu, ChooseBindings { logits: logits_b, chosen, op, pass_: pass, rows: rows_b, logit_rows: logit_rows_b, history: history_b });
    let staging = gpu.staging("chosen_staging", (n * 4) as u64);
    let mut commands = gpu.device.create_command_encoder(&Default::default());
    {
        let mut enc = Encoder::new(commands.begin_compute_pass(&Default::default()), 0, 0);
        bound.encode(&mut enc, n as u32);
    }
    commands.copy_buffer_to_buffer(chosen, 0, &staging, 0, (n * 4) as u64);
    gpu.queue.submit([commands.finish()]);
    bytemuck::pod_collect_to_vec(&pollster::block_on(gpu.read(&staging, (n * 4) as u64)).unwrap())
}

#[test]
fn gpu_choices_follow_an_independent_sampler() {
    let gpu = pollster::block_on(Gpu::new()).unwrap();
    let logits = [2.0f32, 1.0, 0.5, 0.0, -1.0, 3.0, 3.0, -0.5];
    // Positions alternate tokens 5 and 0, so a window of 2 always holds both.
    let history = [5u32, 0];
    let settings = [
        Sampling { temperature: 0.7, seed: 11, ..Default::default() },
        Sampling { temperature: 1.0, top_k: 3, seed: 12, ..Default::default() },
        Sampling { temperature: 1.0, top_p: 0.8, seed: 13, ..Default::default() },
        Sampling { temperature: 1.2, top_k: 4, top_p: 0.9, repetition_penalty: 1.5, penalty_last_n: 2, seed: 14 },
    ];
    let n = 4096;
    for s in &settings {
        let window: Vec<u32> = if s.repetition_penalty != 1.0 { history.to_vec() } else { Vec::new() };
        let want = reference_probs(&logits, s, &window);
        let draws = gpu_draws(&gpu, &logits, s, &history, n);
        for (t, &p) in want.iter().enumerate() {
            let f = draws.iter().filter(|&&d| d as usize == t).count() as f64 / n as f64;
            let tol = 4.0 * (p * (1.0 - p) / n as f64).sqrt() + 1e-3;
            if p == 0.0 {
                assert_eq!(f, 0.0, "token {t} is cut by {s:?} but was drawn");
            } else {
                assert!((f - p).abs() <= tol, "token {t} with {s:?}: frequency {f:.4}, probability {p:.4}");
            }
        }
    }
    // Greedy: the largest logit, the lowest index on ties; the penalty can move it.
    let greedy = Sampling::default();
    assert!(gpu_draws(&gpu, &logits, &greedy, &history, 4).iter().all(|&t| t == 5));
    let penalised = Sampling { repetition_penalty: 2.0, penalty_last_n: 2, ..Default::default() };
    assert!(gpu_draws(&gpu, &logits, &penalised, &history, 4).iter().all(|&t| t == 6));
}
