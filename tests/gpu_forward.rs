//! The GPU forward against the CPU reference, and batch invariance, on the real model.
// Native only: the browser suites are tests/web*.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{max_rel_err, model};
use gated_lora_webgpu::gpu::ops::Shape;
use gated_lora_webgpu::gpu::Gpu;
use gated_lora_webgpu::gpu::{GpuModel, PassSpec, Row};
use gated_lora_webgpu::model::reference::Reference;

fn gpu_model(context: usize, max_rows: usize) -> GpuModel {
    gpu_model_shaped(context, max_rows, None)
}

/// With `shape`, the matmul takes that shape instead of this device's own.
fn gpu_model_shaped(context: usize, max_rows: usize, shape: Option<Shape>) -> GpuModel {
    let (bytes, g) = model();
    pollster::block_on(async {
        let mut gpu = Gpu::new().await.expect("gpu");
        gpu.shape = shape.unwrap_or(gpu.shape);
        GpuModel::load(gpu, g, bytes, context, max_rows).await.expect("load")
    })
}

// "<|im_start|>user\nWhat is the capital of France?<|im_end|>\n..." style ids, fixed so the test
// does not depend on the tokenizer.
const PROMPT: [u32; 12] = [1, 4093, 198, 1780, 314, 260, 3575, 282, 4649, 47, 2, 198];

/// Both matmul shapes (CPU drivers' and GPUs') on the device at hand: this machine has no GPU, so
/// the GPU shape is checked here or nowhere.
#[test]
fn gpu_logits_match_reference() {
    let (bytes, g) = model();
    let mut reference = Reference::new(g, bytes, 64).unwrap();
    let want = reference.forward(&PROMPT).unwrap();
    for shape in [Shape::CPU, Shape::GPU] {
        check_logits(&gpu_model_shaped(64, 16, Some(shape)), &want, shape);
    }
}

fn check_logits(m: &GpuModel, want: &[Vec<f32>], shape: Shape) {
    let rows: Vec<Row> = PROMPT.iter().enumerate().map(|(i, &t)| Row::causal(t, i)).collect();
    let all: Vec<u32> = (0..PROMPT.len() as u32).collect();
    let out = pollster::block_on(m.run(&PassSpec::plain(&rows, &all, true))).unwrap();
    let logits = out.logits.unwrap();
    let vocab = m.cfg.vocab_size;
    for (i, w) in want.iter().enumerate() {
        let err = max_rel_err(&logits[i * vocab..(i + 1) * vocab], w);
        assert!(err <= 1e-4, "{shape:?} row {i}: relative error {err}");
        assert_eq!(out.chosen[i], gated_lora_webgpu::model::reference::argmax(w), "{shape:?} row {i} argmax");
    }
}

/// Logits of position `p` computed (a) alone after a row-by-row prefill, (b) at row 3 of a pass of
/// 7 rows, (c) at row 9 of a pass of 25 rows after another prefill chunking: bitwise equal. The
/// three put `p` in different matmul row tiles and at different offsets within them.
#[test]
fn logits_are_batch_invariant() {
    let tokens: Vec<u32> = (0..40u32).map(|i| [1, 4093, 198, 1780, 314, 260, 3575, 282, 4649, 47, 28, 253, 9987, 30][i as usize % 14] + i).collect();
    let p = 12usize;
    let m = gpu_model(64, 32);
    let run = |range: std::ops::Range<usize>, logit_at: Option<usize>| {
        let rows: Vec<Row> = range.clone().map(|i| Row::causal(tokens[i], i)).collect();
        let lr: Vec<u32> = logit_at.map(|q| vec![(q - range.start) as u32]).unwrap_or_default();
        pollster::block_on(m.run(&PassSpec::plain(&rows, &lr, logit_at.is_some()))).unwrap().logits
    };
    // (a) every position alone.
    for i in 0..p {
        run(i..i + 1, None);
    }
    let alone = run(p..p + 1, Some(p)).unwrap();
    // (b) prefix in one pass, then p inside a pass of 7 rows.
    run(0..p - 3, None);
    let in7 = run(p - 3..p + 4, Some(p)).unwrap();
    // (c) different prefix chunking, p inside a pass of 25 rows.
    run(0..1, None);
    run(1..p - 9, None);
    let in25 = run(p - 9..p + 16, Some(p)).unwrap();
    assert!(alone == in7, "alone vs 7-row pass differ: max rel {}", max_rel_err(&alone, &in7));
    assert!(alone == in25, "alone vs 25-row pass differ: max rel {}", max_rel_err(&alone, &in25));
}

/// The per-pass counters against the model's tensors: an AR pass (1 row, 1 logit row) has the
/// embedding, 5 dispatches per block, then the head (the final norm in its prologue) and choose;
/// it reads every projection
/// and the head once (GPU packing adds at most a fifth to the GGUF's bytes) and does 2 flops per
/// weight. Rows in one matmul tile (this device's: 4 rows on a CPU driver, 8 on a GPU) read the
/// weights once; each tile reads them again.
#[test]
fn counters_follow_the_kernel_plan() {
    let (_, g) = model();
    let m = gpu_model(64, 16);
    let tile = m.gpu.shape.matmul.rows as usize;
    let is_matrix = |name: &str| name.starts_with("blk.") && !name.ends_with("_norm.weight") || name == "output.weight";
    let head = if g.tensors.iter().any(|t| t.name == "output.weight") { "output.weight" } else { "token_embd.weight" };
    let matrices: Vec<_> = g.tensors.iter().filter(|t| is_matrix(&t.name) || t.name == head).collect();
    let size = |t: &&gated_lora_webgpu::gguf::TensorInfo| t.dims.iter().product::<u64>();
    let (head_weights, weights): (u64, u64) = (matrices.iter().filter(|t| t.name == head).map(size).sum(), matrices.iter().map(size).sum());
    let in_file = |head_only: bool| matrices.iter().filter(|t| (t.name == head) == head_only).map(|t| t.n_bytes).sum::<u64>();
    let pass = |n: usize| {
        let rows: Vec<Row> = (0..n).map(|i| Row::causal(PROMPT[i], i)).collect();
        pollster::block_on(m.run(&PassSpec::plain(&rows, &[n as u32 - 1], false))).unwrap().counters
    };
    let (one, full, over) = (pass(1), pass(tile), pass(tile + 1));
    assert_eq!(one.dispatches, 1 + 5 * m.cfg.n_layers as u64 + 2);
    assert_eq!((full.dispatches, over.dispatches), (one.dispatches, one.dispatches));
    assert_eq!((one.rows, full.rows, over.rows), (1, tile as u64, tile as u64 + 1));
    assert_eq!(one.flops, 2 * weights);
    assert_eq!(over.flops, 2 * ((tile as u64 + 1) * (weights - head_weights) + head_weights), "the head runs on the 1 logit row only");
    // Blocks run on every row (one row over a tile: 2 tiles), the head on the logit row (1 tile).
    assert_eq!(full.weight_bytes, one.weight_bytes, "{tile} rows are one tile");
    let blocks = over.weight_bytes - one.weight_bytes;
    let head_read = one.weight_bytes - blocks;
    for (read, file, what) in [(blocks, in_file(false), "blocks"), (head_read, in_file(true), "head")] {
        assert!(read >= file && read <= file * 6 / 5, "{what}: {read} B read per tile vs {file} B in the GGUF");
    }
    assert_eq!(m.counters().dispatches, 3 * one.dispatches);
}

/// A buffer above the device's binding limit is refused by name (`GPU_BUFFER_LIMIT`), never
/// bound: with the limit lowered to 1 MiB, the model's plan (the 18 MB embedding) is refused
/// before any upload, and so is an adapter's buffer made later (`Gpu::storage_empty`).
#[test]
fn a_buffer_above_the_binding_limit_is_refused() {
    let (bytes, g) = model();
    let limited = || {
        let mut gpu = pollster::block_on(Gpu::new()).unwrap();
        gpu.limits.max_storage_buffer_binding_size = 1 << 20;
        gpu
    };
    let err = pollster::block_on(GpuModel::load(limited(), g, bytes, 64, 4)).err().expect("the embedding is above the limit");
    assert_eq!(err.code(), "GPU_BUFFER_LIMIT", "{err}");
    assert!(err.to_string().contains("token_embd"), "{err}");
    let gpu = limited();
    let err = gpu.storage_empty("an adapter part", (1 << 20) + 4).err().expect("above the limit");
    assert_eq!(err.code(), "GPU_BUFFER_LIMIT", "{err}");
    assert_eq!(gpu.allocated_bytes(), 0, "nothing was allocated");
    assert!(gpu.storage_empty("an adapter part", 1 << 20).is_ok(), "a buffer at the limit is made");
}

/// A context whose K/V cache cannot fit one of this device's buffers is refused before anything
/// is uploaded, naming the largest context that fits; without the check the load would upload
/// the weights, then fail on the first K/V buffer (`GPU_BUFFER_LIMIT`) after building a RoPE
/// table of that many positions on the CPU.
#[test]
fn a_context_too_large_for_the_device_is_refused_before_any_upload() {
    let (bytes, g) = model();
    let cfg = gated_lora_webgpu::model::Config::from_gguf(g).unwrap();
    let gpu = pollster::block_on(Gpu::new()).unwrap();
    let limit = gpu.limits.max_storage_buffer_binding_size.min(gpu.limits.max_buffer_size);
    let fits = (limit / (2 * cfg.kv_dim() as u64 * 4)) as usize - 16;
    let err = pollster::block_on(GpuModel::load(gpu, g, bytes, fits + 1000, 16)).err().expect("a context beyond the device's buffers");
    assert_eq!(err.code(), "CONTEXT_TOO_LARGE", "{err}");
    let msg = err.to_string();
    assert!(msg.contains(&format!("at most {fits} can be used")) && msg.contains("K/V"), "{msg}");
}
