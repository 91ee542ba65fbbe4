// Epilogue: y = sum, or y += sum (a residual), per output; gated rows then add their LoRAs' delta.
fn epilogue(lane: u32, g: u32, first: u32, row0: u32, n: u32) {
    for (var t = lane; t < SUMS; t += LANES) {
        let b = t / OUTS_PER_THREAD;
        let row = row0 + b;
        let j = t % OUTS_PER_THREAD;
        let o = first + g * OUTS_PER_THREAD + j;
        if (row < n && o < op.n_out) {
            let yi = row * op.y_stride + op.y_offset + o;
            var v = partial[total_at(b, g, j)];
            if (op.accumulate == 1u) {
                v = y[yi] + v;
            }
            if (gated(row)) {
                v = v + lora_delta(b, row, o);
            }
            y[yi] = v;
        }
    }
}
