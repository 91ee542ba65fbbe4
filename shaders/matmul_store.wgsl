// Epilogue: y = sum, or y += sum (a residual), per output.
fn epilogue(lane: u32, g: u32, first: u32, row0: u32, n: u32) {
    for (var t = lane; t < SUMS; t += LANES) {
        let row = row0 + t / OUTS_PER_THREAD;
        let j = t % OUTS_PER_THREAD;
        let o = first + g * OUTS_PER_THREAD + j;
        if (row < n && o < op.n_out) {
            let sum = partial[total_at(t / OUTS_PER_THREAD, g, j)];
            let yi = row * op.y_stride + op.y_offset + o;
            if (op.accumulate == 1u) {
                y[yi] = y[yi] + sum;
            } else {
                y[yi] = sum;
            }
        }
    }
}
