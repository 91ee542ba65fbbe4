// Declarations shared by every kernel; the Rust side prepends this file and fills {{NAME}} slots.

// One row of a forward pass. `gate` is 1 on mask rows (LoRA on, `token` indexes the mask
// embeddings) and 0 on real tokens. Attention sees cache slots [0, prefix) and then
// [extra_start, extra_start + extra_len), in that order.
struct Row {
    token: u32,
    pos: u32,
    slot: u32,
    gate: u32,
    prefix: u32,
    extra_start: u32,
    extra_len: u32,
    _pad: u32,
}

struct PassParams {
    n_rows: u32,
    // Rows that get logits (indices in `logit_rows`).
    n_logits: u32,
    // Mask rows whose final hidden state feeds the sampler head (indices in `mask_rows`).
    n_masks: u32,
    // Attention splits: the most any row of the pass has (shaders/attention.wgsl).
    splits: u32,
}

struct Chunk {
    lo: vec4<f32>,
    hi: vec4<f32>,
}
