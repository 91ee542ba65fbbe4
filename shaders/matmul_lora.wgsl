// Gated LoRAs inside their projection's dispatch: for each batch of rows the workgroup first
// loads t = A·input for the rows and segments that act on them, which shaders/lora_a.wgsl found
// once per pass into the tail of y (every workgroup finding it itself repeated A·input once per
// 8 outputs on GPUs: a k = 4 step took 4× as long on an H200, bench/RESULTS.md) — then the
// epilogue adds Σ_segments g · B·t to those
// rows' sums. Which segments run, their gates and scales come from the head of `lora`
// (shaders/lora_segments.wgsl). Rows no segment acts on are skipped — never multiplied by zero —
// so they run exactly the operations of a pass without adapters (docs/DESIGN.md §2.3), and a
// mask segment never changes a real row. Fused projections (q|k|v, gate|up) stack their
// targets' A rows and B rows; `bound1`/`bound2` say where each target's outputs start, so output
// o reads its own target's slice of t.

// The most rows of t a projection's segments may stack, as `matmul::LORA_ROWS`.
const LORA_ROWS: u32 = {{LORA_ROWS}}u;
var<workgroup> lora_t: array<f32, REDUCE_ROWS * LORA_ROWS>;

{{LORA_SEGMENTS}}

// t of batch rows row0 .. row0 + REDUCE_ROWS − 1 into lora_t. Called by every
// thread of the workgroup.
fn lora_prologue(tid: u32, threads: u32, row0: u32, n: u32) {
    let n_rows = t_rows();
    for (var i = tid; i < REDUCE_ROWS * n_rows; i += threads) {
        let b = i / n_rows;
        let j = i % n_rows;
        let row = row0 + b;
        if (row < n && acts_on(segment_of(j), row)) {
            lora_t[b * LORA_ROWS + j] = y[op.t_at + row * LORA_ROWS + j];
        }
    }
    workgroupBarrier();
}


// Σ over the segments acting on `row` (batch row b) of g · Σ_j B[o, j] · t[fused(o) · rank + j],
// g = scale, times σ(gate row + bias) for a learned gate; a router's experts each weigh their
// rank / experts columns by softmax(router rows + biases). Segments and experts in fixed order.
// When the head asks for a record, output 0's thread keeps the row's gate values (of its first
// learned or router segment) for the CPU to read: they never feed back into any sum.
fn lora_delta(b: u32, row: u32, o: u32) -> f32 {
    let fused = select(0u, 1u, o >= op.bound1) + select(0u, 1u, o >= op.bound2);
    let record = select(0u, record_at(), o == 0u);
    var recorded = false;
    var delta = 0.0;
    for (var s = 0u; s < n_segments(); s++) {
        let seg = segment(s);
        if (!acts_on(seg, row)) {
            continue;
        }
        let tb = b * LORA_ROWS + seg.t0;
        let kind = seg.gate & 0xffu;
        let experts = select(1u, seg.gate >> 8u, kind == GATE_ROUTER);
        let r = seg.rank / experts;
        let logits = tb + seg.rows - experts;
        var top = 0.0;
        var total = 0.0;
        if (kind == GATE_ROUTER) {
            top = lora_t[logits] + lora[seg.bias_at];
            for (var e = 1u; e < experts; e++) {
                top = max(top, lora_t[logits + e] + lora[seg.bias_at + e]);
            }
            for (var e = 0u; e < experts; e++) {
                total += exp(lora_t[logits + e] + lora[seg.bias_at + e] - top);
            }
        }
        for (var e = 0u; e < experts; e++) {
            var sum = 0.0;
            for (var j = e * r; j < (e + 1u) * r; j++) {
                sum += lora[seg.b_at + o * seg.rank + j] * lora_t[tb + fused * seg.rank + j];
            }
            var g = 1.0;
            if (kind == GATE_LEARNED) {
                g = 1.0 / (1.0 + exp(-(lora_t[logits] + lora[seg.bias_at])));
            } else if (kind == GATE_ROUTER) {
                g = exp(lora_t[logits + e] + lora[seg.bias_at + e] - top) / total;
            }
            if (record != 0u && !recorded && kind >= GATE_LEARNED) {
                lora[record + row * RECORD_SLOTS + e] = g;
            }
            delta += seg.scale * g * sum;
        }
        recorded = recorded || kind >= GATE_LEARNED;
    }
    return delta;
}
