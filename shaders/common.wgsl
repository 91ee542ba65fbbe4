// Declarations shared by every kernel; the Rust side prepends this file and fills {{NAME}} slots.

// One row of a forward pass. `gate` is 1 on mask rows (LoRA on, `token` indexes the mask
// embeddings) and 0 on real tokens. The row sees cache slots [0, prefix) and then up to three
// ranges [start, start + len), in that order: its ancestors in a draft tree, its own masks.
struct Row {
    token: u32,
    pos: u32,
    slot: u32,
    gate: u32,
    prefix: u32,
    start0: u32,
    len0: u32,
    start1: u32,
    len1: u32,
    start2: u32,
    len2: u32,
    _pad: u32,
}

// Slots the row sees.
fn keys_of(r: Row) -> u32 {
    return r.prefix + r.len0 + r.len1 + r.len2;
}

// The slot of the row's j-th visible key (j < keys_of(r)).
fn slot_of(r: Row, j: u32) -> u32 {
    if (j < r.prefix) {
        return j;
    }
    var i = j - r.prefix;
    if (i < r.len0) {
        return r.start0 + i;
    }
    i -= r.len0;
    if (i < r.len1) {
        return r.start1 + i;
    }
    return r.start2 + i - r.len1;
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
