// Per-row sums for the inputs that normalise (shaders/input_norm.wgsl, input_bias_silu_ln.wgsl):
// each valid row's ROW_PARTS strided partials, summed in a fixed tree that depends on nothing but
// the row.
const ROW_PARTS: u32 = 64u;
var<workgroup> row_part: array<f32, ROW_PARTS * INPUT_ROWS>;

// row_part[r * ROW_PARTS] = the sum of row r's partials, for r < valid.
fn row_part_tree(tid: u32, threads: u32, valid: u32) {
    workgroupBarrier();
    for (var h = ROW_PARTS / 2u; h > 0u; h >>= 1u) {
        for (var p = tid; p < h * valid; p += threads) {
            let at = p / h * ROW_PARTS + p % h;
            row_part[at] += row_part[at + h];
        }
        workgroupBarrier();
    }
}
