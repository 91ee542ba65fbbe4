// Gated LoRAs' t = A·input for every row of the pass that a segment acts on, once per projection
// and pass: t[t_at + row · LORA_ROWS + j] = Σ_k A[j, k] · input[row, k],
// reading the input as the projection does (shaders/input_*), into the tail of the projection's
// output buffer, where its matmul loads it. Rows no segment acts on are skipped — never
// multiplied by zero — so they stay exactly the base model (docs/DESIGN.md §2.3).

struct LoraAOp {
    k: u32,
    x_stride: u32,
    t_at: u32,
    // RMSNorm's epsilon, for a normed input.
    eps: f32,
    // Head layout, for attention's output as input.
    n_heads: u32,
    head_dim: u32,
}

{{BINDINGS}}

// One row per workgroup.
const INPUT_ROWS: u32 = 1u;
const LORA_ROWS: u32 = {{LORA_ROWS}}u;

// Copies of op_u and pass_u that no compiler can specialise on (`ops::opaque_uniforms`).
var<private> op: LoraAOp;
var<private> pass_: PassParams;

{{INPUT}}

{{LORA_SEGMENTS}}

// LANES threads share each row of t: lane l sums every LANES-th vec4 of the input from the l-th,
// then the first lane adds the lanes' sums in lane order — the same order in every pass. (One
// thread per row of t summed all of k alone: a chain of up to 384 dependent loads, which made
// this kernel most of an MTP step's time on an H200.)
const LANES: u32 = {{LANES}}u;
const T_PER_WORKGROUP: u32 = 64u / LANES;
var<workgroup> partial: array<f32, 64>;
var<workgroup> leave: u32;

@compute @workgroup_size(64)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let z = wid.z;
{{OPAQUE_UNIFORMS}}    let row = wid.y;
    let j0 = wid.x * T_PER_WORKGROUP;
    // Whole workgroups leave together, before any barrier: past the pass's rows or t's, or on a
    // row no segment reaches. Through workgroupUniformLoad, since WGSL counts what a private
    // variable or a storage buffer holds as non-uniform (Chromium's compiler refuses the barriers
    // after such a branch; naga let it pass).
    if (lid.x == 0u) {
        leave = select(0u, 1u, row >= pass_.n_rows || j0 >= t_rows() || !gated(row));
    }
    if (workgroupUniformLoad(&leave) == 1u) {
        return;
    }
    input_prologue(lid.x, 64u, row, 1u);
    let j = j0 + lid.x / LANES;
    let lane = lid.x % LANES;
    let live = j < t_rows() && acts_on(segment_of(j), row);
    var s = 0.0;
    if (live) {
        let a0 = a_row_at(segment_of(j), j);
        for (var c4 = lane; c4 < op.k / 4u; c4 += LANES) {
            let v = input(row, 0u, c4);
            let aj = a0 + 4u * c4;
            s += lora[aj] * v.x;
            s += lora[aj + 1u] * v.y;
            s += lora[aj + 2u] * v.z;
            s += lora[aj + 3u] * v.w;
        }
    }
    partial[lid.x] = s;
    workgroupBarrier();
    if (live && lane == 0u) {
        var sum = 0.0;
        for (var l = 0u; l < LANES; l++) {
            sum += partial[lid.x + l];
        }
        t[op.t_at + row * LORA_ROWS + j] = sum;
    }
}
