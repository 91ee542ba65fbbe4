//! Cost of single forward passes on this device, by what a pass holds: plain rows, logit rows,
//! the gated LoRA on mask rows, and GPU-side verification with the sampler head. This is the
//! table behind the auto-tuner's choices and the "pass-cost profile" in bench/RESULTS.md.
//!
//!     cargo run --example pass_profile [-- MODEL.gguf ADAPTER.safetensors]
//!
//! Each figure is the best of three passes (the first also compiles pipelines).

// Native only (like the CLI): `cargo test --target wasm32-unknown-unknown`, which wasm-pack test
// runs, builds examples too.
#[cfg(not(target_arch = "wasm32"))]
mod profile {
    use gated_lora_webgpu::decode::now_ms;
    use gated_lora_webgpu::decode::speculative::build_step;
    use gated_lora_webgpu::gpu::{GpuModel, PassSpec, Row, Verify};
    use gated_lora_webgpu::{Engine, EngineOptions, Result};

    fn best_of_three(model: &GpuModel, spec: &PassSpec) -> Result<f64> {
        let mut best = f64::INFINITY;
        for _ in 0..3 {
            let t = now_ms();
            pollster::block_on(model.run(spec))?;
            best = best.min(now_ms() - t);
        }
        Ok(best)
    }

    pub fn main() -> std::result::Result<(), Box<dyn std::error::Error>> {
        let mut args = std::env::args().skip(1);
        let model_path = args.next().unwrap_or_else(|| "models/SmolLM2-135M-Instruct.Q4_1.gguf".into());
        let adapter_path = args.next().unwrap_or_else(|| "adapters/smollm2-135m-k4.safetensors".into());
        let bytes = std::fs::read(&model_path)?;
        let mut engine = pollster::block_on(Engine::load(&bytes, &EngineOptions { context: 256, max_rows: 32 }))?;
        engine.load_adapter("profile", &std::fs::read(&adapter_path)?)?;
        let model = &engine.model;
        let adapter = &engine.adapters["profile"].gpu;
        println!("device: {}", model.gpu.describe());
        println!("{:<52} {:>9}", "pass", "ms");
        let report = |name: String, spec: &PassSpec| -> Result<()> {
            println!("{name:<52} {:>9.1}", best_of_three(model, spec)?);
            Ok(())
        };
        // Positions 40.. stand for a decode step after a chat prompt.
        for n in [1usize, 4, 8] {
            let rows: Vec<Row> = (0..n).map(|i| Row::causal(100, 40 + i)).collect();
            for logits in [0, 1, n] {
                let logit_rows: Vec<u32> = (0..logits as u32).collect();
                report(format!("{n} real rows, {logits} logit rows"), &PassSpec::plain(&rows, &logit_rows, false))?;
            }
        }
        for k in (1..=adapter.n_mask).filter(|k| k.is_power_of_two()) {
            let drafts: Vec<u32> = (0..k as u32).map(|i| 200 + i).collect();
            let groups: Vec<usize> = (0..=k).collect();
            let step = build_step(100, &drafts, 40, k, &groups);
            let n = step.rows.len();
            let spec = |logits: bool, verify_masks: Option<usize>| PassSpec {
                rows: &step.rows,
                logit_rows: if logits { &step.logit_rows } else { &[] },
                sampling: Default::default(),
                read_logits: false,
                mask_rows: if verify_masks.is_some() { &step.mask_rows } else { &[] },
                adapter: Some(adapter),
                verify: verify_masks.map(|n_masks| Verify { n_drafts: k, group_z: &step.group_z, n_masks }),
            };
            report(format!("k={k}: {n} rows with LoRA, no logits"), &spec(false, None))?;
            report(format!("k={k}: + {} logit rows", k + 1), &spec(true, None))?;
            report(format!("k={k}: + verification"), &spec(true, Some(0)))?;
            report(format!("k={k}: + sampler head ({k} drafts) = full step"), &spec(true, Some(k)))?;
        }
        Ok(())
    }
}

fn main() -> std::result::Result<(), Box<dyn std::error::Error>> {
    #[cfg(not(target_arch = "wasm32"))]
    profile::main()?;
    Ok(())
}
