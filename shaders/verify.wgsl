// Verification on the GPU (one thread): accept drafts while the token chosen at real row i equals
// draft i+1; the bonus token is the choice at the first mismatch (or after the last draft).
// state = [accepted, z_base of the accepted group's masks (or NONE), y_0 = bonus, y_1..y_k = next
// drafts written by the sampler head]. The CPU reads back only this.

const NONE: u32 = 0xffffffffu;

struct VerifyOp {
    n_drafts: u32,
    n_masks: u32,
    _pad0: u32,
    _pad1: u32,
}

@group(0) @binding(0) var<storage, read> chosen: array<u32>;
@group(0) @binding(1) var<storage, read> rows: array<Row>;
@group(0) @binding(2) var<storage, read> group_z: array<u32>;
@group(0) @binding(3) var<storage, read_write> state: array<u32>;
@group(0) @binding(4) var<uniform> op: VerifyOp;

@compute @workgroup_size(1)
fn main() {
    var a = 0u;
    loop {
        if (a >= op.n_drafts || chosen[a] != rows[a + 1u].token) {
            break;
        }
        a += 1u;
    }
    state[0] = a;
    state[1] = group_z[a];
    state[2] = chosen[a];
    for (var j = 1u; j <= op.n_masks; j++) {
        state[2u + j] = NONE;
    }
}
