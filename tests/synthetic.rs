//! The lossless sweep (DESIGN.md §2.1) on a tiny synthetic model whose drafts are mostly right:
//! 32 prompts × (greedy + 3 sampling seeds) × MTP k ∈ {1, 2, 4, 8} (k = 8 on 8 prompts), linear
//! MTP, n-gram — every speculative output must equal the autoregressive output token for token.

#[path = "common/synthetic.rs"]
mod synthetic;

use gated_lora_webgpu::adapter::Adapter;
use gated_lora_webgpu::decode::sampler::Sampling;
use gated_lora_webgpu::decode::speculative::{self, Drafter};
use gated_lora_webgpu::decode::{autoregressive, Generation};
use gated_lora_webgpu::gguf::Gguf;
use gated_lora_webgpu::gpu::Gpu;
use gated_lora_webgpu::model::forward::{GpuAdapter, GpuModel};
use synthetic::Rng;

fn load() -> (GpuModel, GpuAdapter, Vec<usize>) {
    let (bytes, pi) = synthetic::model(1);
    let g = Gguf::parse(&bytes).expect("synthetic GGUF parses");
    let fingerprint = g.fingerprint(&bytes).unwrap();
    let model = pollster::block_on(async { GpuModel::load(Gpu::new().await.expect("gpu"), &g, &bytes, 512, 81).await.expect("load") });
    let adapter = Adapter::parse(&synthetic::adapter(1, &fingerprint), &model.cfg, &fingerprint).expect("synthetic adapter parses");
    let gpu = model.load_adapter(&adapter).unwrap();
    (model, gpu, pi)
}

/// Random token strings, and every other one a π-chain that starts over at its end, so prompt
/// lookup finds the continuation the model is about to produce.
fn prompts(n: usize, pi: &[usize]) -> Vec<Vec<u32>> {
    let mut rng = Rng::new(7);
    (0..n)
        .map(|i| {
            let len = 4 + rng.below(40);
            if i % 2 == 0 {
                return (0..len).map(|_| rng.below(synthetic::VOCAB) as u32).collect();
            }
            let mut chain = vec![rng.below(synthetic::VOCAB)];
            while chain.len() < len {
                chain.push(pi[*chain.last().unwrap()]);
            }
            let restart: Vec<usize> = chain[..3].to_vec();
            chain.extend(restart);
            chain.into_iter().map(|t| t as u32).collect()
        })
        .collect()
}

const NEW_TOKENS: usize = 32;

fn settings() -> [Sampling; 4] {
    [
        Sampling::default(),
        Sampling { temperature: 1.0, seed: 1, ..Default::default() },
        Sampling { temperature: 0.8, top_k: 20, top_p: 0.9, seed: 2, ..Default::default() },
        Sampling { temperature: 1.2, top_p: 0.95, repetition_penalty: 1.3, penalty_last_n: 16, seed: 3, ..Default::default() },
    ]
}

#[test]
fn speculative_equals_autoregressive_on_every_prompt_k_and_seed() {
    let (model, adapter, pi) = load();
    let never_ends = |_: u32| false;
    let drafters = [
        Drafter::Mtp { adapter: &adapter, k: 1, quadratic: true },
        Drafter::Mtp { adapter: &adapter, k: 2, quadratic: true },
        Drafter::Mtp { adapter: &adapter, k: 4, quadratic: true },
        Drafter::Mtp { adapter: &adapter, k: 8, quadratic: true },
        Drafter::Mtp { adapter: &adapter, k: 4, quadratic: false },
        Drafter::Ngram { k: 3, max_n: 3 },
    ];
    let mut accepted = vec![(0usize, 0usize); drafters.len() * 2];
    let mut follows_pi = 0;
    let mut runs = 0;
    for (i, prompt) in prompts(32, &pi).iter().enumerate() {
        for (si, s) in settings().iter().enumerate() {
            let ar: Generation = pollster::block_on(autoregressive::generate(&model, prompt, NEW_TOKENS, s, &never_ends, &mut |_| true)).unwrap();
            assert_eq!(ar.tokens.len(), NEW_TOKENS);
            if si == 0 {
                let last = *prompt.last().unwrap() as usize;
                follows_pi +=
                    std::iter::once(last).chain(ar.tokens.iter().map(|&t| t as usize)).collect::<Vec<_>>().windows(2).filter(|w| pi[w[0]] == w[1]).count();
            }
            for (di, d) in drafters.iter().enumerate() {
                // k = 8 passes have 81 rows: every fourth prompt keeps the sweep to minutes.
                if d.k() == 8 && i % 4 != 0 {
                    continue;
                }
                let g = pollster::block_on(speculative::generate(&model, d, prompt, NEW_TOKENS, s, &never_ends, &mut |_, _| true)).unwrap();
                assert_eq!(g.tokens, ar.tokens, "prompt {i}, {:?} k={}, sampling {s:?}, accepted per step {:?}", g.mode, g.k, g.accepted);
                let slot = &mut accepted[di * 2 + usize::from(si > 0)];
                slot.0 += g.tokens.len();
                slot.1 += g.steps;
                runs += 1;
            }
        }
    }
    for (di, d) in drafters.iter().enumerate() {
        let rate = |(t, s): (usize, usize)| t as f64 / s as f64;
        eprintln!("{:?} k={}: tokens/step greedy {:.2}, sampling {:.2}", d.mode(), d.k(), rate(accepted[di * 2]), rate(accepted[di * 2 + 1]));
    }
    eprintln!("{runs} speculative runs equal to AR; greedy follows π on {follows_pi} of {} steps", 32 * NEW_TOKENS);
    // The sweep must exercise acceptance and rejection, greedy and sampling, at every k.
    for (di, d) in drafters.iter().enumerate().filter(|(_, d)| d.mode() == gated_lora_webgpu::engine::Mode::Mtp) {
        for (t, s) in [accepted[di * 2], accepted[di * 2 + 1]] {
            let rate = t as f64 / s as f64;
            assert!(rate > 1.2 && rate < (d.k() + 1) as f64, "k={}: {t} tokens in {s} steps accepts too little or never rejects", d.k());
        }
    }
}
