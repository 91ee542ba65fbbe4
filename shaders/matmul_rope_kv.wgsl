// Epilogue of q|k|v: gated rows first add their LoRAs' delta, then q and k are rotated (adjacent pairs, ggml's normal mode) with the precomputed cos/sin
// table, and k and v go to the row's cache slot, so attention reads every key of the pass — its
// own rows included — from the cache, the same layout whether a row came alone or batched.
// A workgroup covers an even, aligned run of outputs, so both halves of a pair are here.

// Batch row r, workgroup-local output ol: its final sum's index in `partial`.
fn local_total(r: u32, ol: u32) -> u32 {
    return total_at(r, ol / OUTS_PER_THREAD, ol % OUTS_PER_THREAD);
}

fn epilogue(lane: u32, g: u32, first: u32, row0: u32, n: u32) {
    let tid = g * LANES + lane;
    let outs = GROUPS * OUTS_PER_THREAD;
    for (var t = tid; t < REDUCE_ROWS * outs; t += LANES * GROUPS) {
        let row = row0 + t / outs;
        let o = first + t % outs;
        if (row < n && o < op.n_out && gated(row)) {
            let at = local_total(t / outs, t % outs);
            partial[at] = partial[at] + lora_delta(t / outs, row, o);
        }
    }
    workgroupBarrier();
    let half = op.head_dim / 2u;
    let kv_dim = op.n_kv_heads * op.head_dim;
    for (var t = tid; t < REDUCE_ROWS * outs; t += LANES * GROUPS) {
        let r = t / outs;
        let ol = t % outs;
        let row = row0 + r;
        let o = first + ol;
        if (row < n && o < op.n_out) {
            let a = partial[local_total(r, ol & ~1u)];
            let b = partial[local_total(r, ol | 1u)];
            let rw = rows[row];
            let head = o / op.head_dim;
            var v = partial[local_total(r, ol)];
            if (head < op.n_heads + op.n_kv_heads) {
                let cs = rope[rw.pos * half + (o % op.head_dim) / 2u];
                if ((o & 1u) == 0u) {
                    v = a * cs.x - b * cs.y;
                } else {
                    v = a * cs.y + b * cs.x;
                }
                if (head >= op.n_heads) {
                    kv_cache[rw.slot * kv_dim + o - op.n_heads * op.head_dim] = v;
                }
            } else {
                kv_cache[op.v_at + rw.slot * kv_dim + o - (op.n_heads + op.n_kv_heads) * op.head_dim] = v;
            }
            y[row * op.y_stride + o] = v;
        }
    }
}
