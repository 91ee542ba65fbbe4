//! The GPU token chooser (shaders/choose.wgsl) against its CPU mirror (decode/sampler.rs) on the
//! real model's logits: greedy, temperature, top-k, top-p, repetition penalty, several seeds.

mod common;

use common::model;
use gated_lora_webgpu::decode::sampler::{choose, Sampling};
use gated_lora_webgpu::gpu::Gpu;
use gated_lora_webgpu::model::forward::{GpuModel, PassSpec, Row};

const PROMPT: [u32; 12] = [1, 4093, 198, 1780, 314, 260, 3575, 282, 4649, 47, 2, 198];

#[test]
fn gpu_choices_equal_the_cpu_mirror() {
    let (bytes, g) = model();
    let m = pollster::block_on(async { GpuModel::load(Gpu::new().await.expect("gpu"), g, bytes, 64, 16).await.expect("load") });
    let rows: Vec<Row> = PROMPT.iter().enumerate().map(|(i, &t)| Row::causal(t, i)).collect();
    // The last six positions choose a token.
    let logit_rows: Vec<u32> = (6..PROMPT.len() as u32).collect();
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
        for (i, &r) in logit_rows.iter().enumerate() {
            let want = choose(&logits[i * vocab..(i + 1) * vocab], s, r, &PROMPT);
            assert_eq!(out.chosen[i], want, "row {r} with {s:?}");
            distinct.insert((r, want));
        }
    }
    // The settings really sample: positions get more than one token across them.
    assert!(distinct.len() > logit_rows.len() + 3, "{distinct:?}");
}
