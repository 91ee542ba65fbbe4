// Gated LoRAs' t = A·input for every row of the pass that a segment acts on, once, where a
// device's matmul does not find it inside each workgroup (CPU drivers,
// `Tile::lora_t_in_workgroup`): t[t_at + row · LORA_ROWS + j] = Σ_k A[j, k] · input[row, k],
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

{{LORA_T}}

@compute @workgroup_size(64)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let z = wid.z;
{{OPAQUE_UNIFORMS}}    let j = wid.x * 64u + lid.x;
    let row = wid.y;
    input_prologue(lid.x, 64u, row, select(0u, 1u, row < pass_.n_rows));
    if (row >= pass_.n_rows || j >= t_rows() || !acts_on(segment_of(j), row)) {
        return;
    }
    t[op.t_at + row * LORA_ROWS + j] = lora_t_of(row, 0u, j);
}
