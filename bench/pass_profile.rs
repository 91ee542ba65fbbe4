//! Cost of single forward passes on this device, by what a pass holds: plain rows, logit rows,
//! the gated LoRA on mask rows, and GPU-side verification with the sampler head — with each
//! pass's counters (dispatches, weight bytes read, flops) and the cost of one dispatch. This is
//! the table behind the auto-tuner's choices and the "pass-cost profile" in bench/RESULTS.md.
//!
//!     cargo run --example pass_profile [-- [--json OUT.json] [--shape cpu|gpu] [--tile LxOxRxG] [MODEL.gguf [ADAPTER.safetensors]]]
//!
//! `--shape` runs the matmul shape of CPU drivers or of GPUs instead of this device's own: the
//! counters then show that plan's weight reads (a GPU's 32-row tiles) on any machine. `--tile`
//! replaces the shape's matmul tile — lanes per output, outputs per thread, rows per workgroup,
//! groups of lanes — so one call on a lent GPU can time several (on the H200 a 25-row pass cost
//! 3× an AR pass with 32 rows per workgroup, bench/RESULTS.md).
//! Each figure is the best of three passes (the first also compiles pipelines).

// Native only (like the CLI): `cargo test --target wasm32-unknown-unknown`, which wasm-pack test
// runs, builds examples too.
#[cfg(not(target_arch = "wasm32"))]
mod profile {
    use gated_lora_webgpu::decode::now_ms;
    use gated_lora_webgpu::decode::speculative::build_step;
    use gated_lora_webgpu::decode::tree;
    use gated_lora_webgpu::gpu::ops::matmul::Tile;
    use gated_lora_webgpu::gpu::ops::Shape;
    use gated_lora_webgpu::gpu::{Counters, Gpu, GpuModel, PassSpec, Row, Verify};
    use gated_lora_webgpu::{Engine, EngineOptions, Result};
    use serde_json::{json, Value};

    /// Plain passes of these many rows (one logit row each): the rows of AR, k = 1 / 2 / 4 / 7
    /// quadratic steps, and a prefill chunk.
    const ROWS: [usize; 6] = [1, 4, 9, 25, 32, 64];
    const DISPATCHES: u32 = 1000;

    /// `32x1x8x8`: lanes, outputs per thread, rows, groups. Lanes reduce through a tree (a power
    /// of two) and a workgroup holds at most 256 threads (WebGPU's default limit).
    fn parse_tile(s: &str) -> std::result::Result<Tile, Box<dyn std::error::Error>> {
        let v: Vec<u32> = s.split('x').map(str::parse).collect::<std::result::Result<_, _>>().map_err(|_| format!("--tile {s:?}: expected four numbers like 32x1x8x8"))?;
        let [lanes, outs_per_thread, rows, groups] = v[..] else { return Err(format!("--tile {s:?}: expected four numbers like 32x1x8x8").into()) };
        if !lanes.is_power_of_two() || lanes * groups > 256 || outs_per_thread == 0 || rows == 0 || groups == 0 {
            return Err(format!("--tile {s:?}: lanes a power of two, lanes × groups at most 256, none zero").into());
        }
        Ok(Tile { lanes, outs_per_thread, rows, groups })
    }

    fn best_of_three(model: &GpuModel, spec: &PassSpec) -> Result<(f64, Counters)> {
        let mut best = (f64::INFINITY, Counters::default());
        for _ in 0..3 {
            let t = now_ms();
            let out = pollster::block_on(async {
                let out = model.run(spec).await?;
                // `run` does not wait for a pass without logit rows.
                model.gpu.wait_idle().await?;
                Ok::<_, gated_lora_webgpu::Error>(out)
            })?;
            best = (best.0.min(now_ms() - t), out.counters);
        }
        Ok(best)
    }

    pub fn main() -> std::result::Result<(), Box<dyn std::error::Error>> {
        let mut args: Vec<String> = std::env::args().skip(1).collect();
        let json_out = match args.iter().position(|a| a == "--json") {
            Some(i) if i + 1 < args.len() => Some(args.drain(i..i + 2).nth(1).unwrap_or_default()),
            Some(_) => return Err("--json needs a path".into()),
            None => None,
        };
        let shape = match args.iter().position(|a| a == "--shape") {
            Some(i) if i + 1 < args.len() => match args.drain(i..i + 2).nth(1).as_deref() {
                Some("cpu") => Some(Shape::CPU),
                Some("gpu") => Some(Shape::GPU),
                _ => return Err("--shape is cpu or gpu".into()),
            },
            Some(_) => return Err("--shape needs cpu or gpu".into()),
            None => None,
        };
        let tile = match args.iter().position(|a| a == "--tile") {
            Some(i) if i + 1 < args.len() => Some(parse_tile(&args.drain(i..i + 2).nth(1).unwrap_or_default())?),
            Some(_) => return Err("--tile needs LANESxOUTSxROWSxGROUPS".into()),
            None => None,
        };
        let mut args = args.into_iter();
        let model_path = args.next().unwrap_or_else(|| "models/SmolLM2-135M-Instruct.Q4_1.gguf".into());
        let adapter_path = args.next().unwrap_or_else(|| "adapters/smollm2-135m-k4.safetensors".into());
        let bytes = std::fs::read(&model_path)?;
        let max_rows = *ROWS.iter().max().unwrap_or(&64);
        let mut engine = pollster::block_on(async {
            let mut gpu = Gpu::new().await?;
            gpu.shape = shape.unwrap_or(gpu.shape);
            gpu.shape.matmul = tile.unwrap_or(gpu.shape.matmul);
            Engine::load_on(gpu, &bytes, &EngineOptions { context: Some(256), max_rows, ..Default::default() }, &mut |_, _| {}).await
        })?;
        engine.load_adapter("profile", &std::fs::read(&adapter_path)?)?;
        let model = &engine.model;
        let adapter = &engine.adapters["profile"].gpu;
        println!("device: {}, shape {:?}", model.gpu.describe(), model.gpu.shape);
        println!("{:<52} {:>9} {:>10} {:>10} {:>8}", "pass", "ms", "dispatches", "weight MB", "GFLOP");
        let mut passes = Vec::new();
        let mut report = |name: String, rows: usize, spec: &PassSpec| -> Result<f64> {
            let (ms, c) = best_of_three(model, spec)?;
            println!("{name:<52} {ms:>9.1} {:>10} {:>10.1} {:>8.3}", c.dispatches, c.weight_bytes as f64 / 1e6, c.flops as f64 / 1e9);
            passes.push(json!({"pass": name, "rows": rows, "ms": ms, "dispatches": c.dispatches, "weight_bytes": c.weight_bytes, "flops": c.flops}));
            Ok(ms)
        };
        // A GPU raises its clocks only under load (an H200 idles at 345 MHz, bench/RESULTS.md):
        // half a second of passes first, so the first pass timed is not the slowest.
        let warm: Vec<Row> = (0..8).map(|i| Row::causal(100, 40 + i)).collect();
        let t = now_ms();
        while now_ms() - t < 500.0 {
            best_of_three(model, &PassSpec::plain(&warm, &[7], false))?;
        }
        // Positions 40.. stand for a decode step after a chat prompt.
        let mut rows_ms = serde_json::Map::new();
        for n in ROWS {
            let rows: Vec<Row> = (0..n).map(|i| Row::causal(100, 40 + i)).collect();
            let ms = report(format!("{n} real rows, 1 logit row"), n, &PassSpec::plain(&rows, &[n as u32 - 1], false))?;
            rows_ms.insert(n.to_string(), json!(ms));
        }
        for n in [1usize, 8] {
            let rows: Vec<Row> = (0..n).map(|i| Row::causal(100, 40 + i)).collect();
            let every: Vec<u32> = (0..n as u32).collect();
            report(format!("{n} real rows, no logits"), n, &PassSpec::plain(&rows, &[], false))?;
            report(format!("{n} real rows, {n} logit rows"), n, &PassSpec::plain(&rows, &every, false))?;
        }
        for k in (1..=adapter.n_mask).filter(|k| k.is_power_of_two()) {
            let drafts: Vec<u32> = (0..k as u32).map(|i| 200 + i).collect();
            let groups: Vec<usize> = (0..=k).collect();
            let step = build_step(100, &tree::chain(&drafts), 40, k, &groups)?;
            let widths = vec![1; k];
            let n = step.rows.len();
            let spec = |logits: bool, verify_masks: Option<usize>| PassSpec {
                rows: &step.rows,
                logit_rows: if logits { &step.logit_rows } else { &[] },
                sampling: Default::default(),
                read_logits: false,
                mask_rows: if verify_masks.is_some() { &step.mask_rows } else { &[] },
                adapter: Some(adapter),
                verify: verify_masks.map(|n_masks| Verify { parents: &step.parents, group_z: &step.group_z, n_masks, widths: &widths }),
            };
            report(format!("k={k}: {n} rows with LoRA, no logits"), n, &spec(false, None))?;
            report(format!("k={k}: + {} logit rows", k + 1), n, &spec(true, None))?;
            report(format!("k={k}: + verification"), n, &spec(true, Some(0)))?;
            report(format!("k={k}: + sampler head ({k} drafts) = full step"), n, &spec(true, Some(k)))?;
        }
        let mut dispatch_ms = f64::INFINITY;
        for _ in 0..3 {
            let t = now_ms();
            pollster::block_on(model.run_dispatches(DISPATCHES))?;
            dispatch_ms = dispatch_ms.min(now_ms() - t);
        }
        let dispatch_us = dispatch_ms * 1000.0 / DISPATCHES as f64;
        println!("one dependent dispatch (best of 3 × {DISPATCHES}): {dispatch_us:.1} µs");
        if let Some(path) = json_out {
            let out: Value = json!({"device": model.gpu.describe(), "shape": format!("{:?}", model.gpu.shape), "rows_ms": rows_ms, "dispatch_us": dispatch_us, "passes": passes});
            std::fs::write(&path, serde_json::to_string_pretty(&out)?)?;
            println!("written: {path}");
        }
        Ok(())
    }
}

fn main() -> std::result::Result<(), Box<dyn std::error::Error>> {
    #[cfg(not(target_arch = "wasm32"))]
    profile::main()?;
    Ok(())
}
