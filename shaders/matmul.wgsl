// y[row, y_offset + o] (+)= Σ_k W[o, k] · input[row, k] over quantised W, for every row of the
// pass. `input` is x as stored or computed as it is loaded (RMSNorm, silu·mul, attention's
// splits: shaders/input_*), `epilogue` writes the sums (shaders/matmul_store, _rope_kv), and
// the rows an adapter acts on add its gated LoRA's delta (shaders/matmul_lora): the norm, the activation, RoPE,
// the K/V cache writes and the LoRA run inside the projection's dispatch, not in their own.
//
// Batch invariance: each output element is summed by LANES lanes that walk fixed strided chunks
// of k, then a fixed shared-memory tree. Nothing depends on how many rows the pass has or where a
// row sits in it, so a row's result is bitwise the same alone or in any batch.
//
// A thread computes OUTS_PER_THREAD outputs for up to ROWS rows: each x chunk it loads serves
// all its outputs, each weight chunk all its rows. CPU drivers pay dearly per storage load (a
// scalar loop over the SIMD lanes), so there loads per multiply-add decide the speed.

struct MatmulOp {
    k: u32,
    n_out: u32,
    x_stride: u32,
    y_stride: u32,
    y_offset: u32,
    accumulate: u32,
    // 1: the pass's logit rows (n_logits) instead of all its rows (n_rows).
    logit_rows: u32,
    // RMSNorm's epsilon, for a normed input.
    eps: f32,
    n_heads: u32,
    n_kv_heads: u32,
    head_dim: u32,
    // Where the second and third fused targets' outputs start (shaders/matmul_lora.wgsl).
    bound1: u32,
    bound2: u32,
    v_at: u32,
    t_at: u32,
}

{{BINDINGS}}

// Copies of op_u and pass_u that no compiler can specialise on (`ops::opaque_uniforms`).
var<private> op: MatmulOp;
var<private> pass_: PassParams;

{{DEQUANT}}

const LANES: u32 = {{LANES}}u;
// Groups of LANES threads; each group computes OUTS_PER_THREAD outputs.
const GROUPS: u32 = {{GROUPS}}u;
const OUTS_PER_THREAD: u32 = {{OUTS_PER_THREAD}}u;
const ROWS: u32 = {{ROWS}}u;
const INPUT_ROWS: u32 = ROWS;
// Rows reduced together: the tree and the epilogue run once per batch of them.
const REDUCE_ROWS: u32 = {{REDUCE_ROWS}}u;
// One partial sum per (row, output) of a batch and lane.
const SUMS: u32 = REDUCE_ROWS * OUTS_PER_THREAD;

var<workgroup> partial: array<f32, LANES * GROUPS * SUMS>;

{{INPUT}}

{{LORA}}

// Where the final sum of batch row r, output o0 + j of group g lies once the tree has run.
fn total_at(r: u32, g: u32, j: u32) -> u32 {
    return ((r * OUTS_PER_THREAD + j) * GROUPS + g) * LANES;
}

// Sums each (row, output) of the batch over its lanes in a fixed tree.
fn tree(lane: u32, g: u32) {
    workgroupBarrier();
    for (var s = LANES / 2u; s > 0u; s >>= 1u) {
        if (lane < s) {
            for (var t = 0u; t < SUMS; t++) {
                let i = (t * GROUPS + g) * LANES + lane;
                partial[i] += partial[i + s];
            }
        }
        workgroupBarrier();
    }
}

{{EPILOGUE}}

@compute @workgroup_size(LANES, GROUPS, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let z = wid.z;
{{OPAQUE_UNIFORMS}}    let lane = lid.x;
    let o0 = (wid.x * GROUPS + lid.y) * OUTS_PER_THREAD;
    let row0 = wid.y * ROWS;
    // From the uniforms themselves: barriers depend on it, and WGSL counts a private variable's
    // value as non-uniform.
    let n = select(pass_u.n_rows, pass_u.n_logits, op_u.logit_rows == 1u);
    let valid = min(n - min(n, row0), ROWS);
    input_prologue(lid.y * LANES + lane, LANES * GROUPS, row0, valid);
    // Named accumulators, not an array (generated per ROWS × OUTS_PER_THREAD): a dynamically
    // indexed local array spills to memory on CPU Vulkan drivers and costs several times the math.
{{ACC_DECLARE}}
    if (o0 < op.n_out && valid > 0u) {
        let chunks = op.k / 8u;
        let blocks_per_row = op.k / 32u;
        // Outputs past n_out read the last row (always in bounds) and are never written.
        let last = op.n_out - 1u;
        for (var c = lane; c < chunks; c += LANES) {
{{ACC_ADD}}
        }
    }
    let base = lid.y * LANES + lane;
    let first = wid.x * GROUPS * OUTS_PER_THREAD;
{{REDUCE}}}
