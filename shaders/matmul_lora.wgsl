// Gated LoRA inside its projection's dispatch, on mask rows only: for each batch of rows the
// workgroup first gets t = A·input of the batch's gated rows — finding it itself on GPUs (A has a
// few rank's rows, so repeating that per workgroup costs less than a dispatch of its own), or
// loading what shaders/lora_a.wgsl found once on CPU drivers, where work costs more than
// dispatches (shaders/matmul_lora_t_*.wgsl) — then the epilogue adds scale · B·t to those rows' sums (`lora` holds A, then B from `lora_b_at`). Rows whose gate is 0 are skipped — never
// multiplied by zero — so real tokens run exactly the operations of a pass without an adapter
// (docs/DESIGN.md §2.3). Fused projections (q|k|v, gate|up) stack their targets' A rows and B
// rows; `bound1`/`bound2` say where each target's outputs start, so output o reads its own
// target's slice of t. rank 0: no adapter on this projection.

// The most A rows a projection's LoRA may have (targets × rank), as `matmul::LORA_ROWS`.
const LORA_ROWS: u32 = {{LORA_ROWS}}u;
var<workgroup> lora_t: array<f32, REDUCE_ROWS * LORA_ROWS>;

fn gated(row: u32) -> bool {
    return op.rank > 0u && rows[row].gate == 1u;
}

// t of batch rows row0 .. row0 + REDUCE_ROWS − 1 (tile rows r0 ..) into lora_t. Called by every
// thread of the workgroup.
fn lora_prologue(tid: u32, threads: u32, r0: u32, row0: u32, n: u32) {
    if (op.rank > 0u) {
        for (var i = tid; i < REDUCE_ROWS * op.lora_rows; i += threads) {
            let b = i / op.lora_rows;
            let j = i % op.lora_rows;
            let row = row0 + b;
            if (row < n && rows[row].gate == 1u) {
                lora_t[b * LORA_ROWS + j] = lora_t_of(row, r0 + b, j);
            }
        }
    }
    workgroupBarrier();
}

{{LORA_T}}

// scale · Σ_j B[o, j] · t[batch row b, seg(o)·rank + j].
fn lora_delta(b: u32, o: u32) -> f32 {
    let seg = select(0u, 1u, o >= op.bound1) + select(0u, 1u, o >= op.bound2);
    let tb = b * LORA_ROWS + seg * op.rank;
    var s = 0.0;
    for (var j = 0u; j < op.rank; j++) {
        s += lora[op.lora_b_at + o * op.rank + j] * lora_t[tb + j];
    }
    return op.lora_scale * s;
}
