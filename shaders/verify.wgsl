// Verification on the GPU (one thread). The pass's real rows are x0 and the draft tree's nodes;
// walking down from x0, accept the child whose token equals the choice at the current node (its
// siblings differ, so at most one does) until no child does. The bonus token is the choice at the
// last accepted node.
// state = [accepted a, z_base of that node's masks (or NONE), y = bonus, path: the rows of the a
// accepted nodes (MAX_DEPTH words), the next draft tree's tokens written by the sampler head].
// The CPU reads back only this.

const NONE: u32 = 0xffffffffu;

struct VerifyOp {
    // Real rows: x0 and the nodes.
    n_nodes: u32,
    n_masks: u32,
    // Words of the next draft tree, which start at state[3 + MAX_DEPTH].
    n_drafts: u32,
    _pad: u32,
}

@group(0) @binding(0) var<storage, read> chosen: array<u32>;
@group(0) @binding(1) var<storage, read> rows: array<Row>;
// Per real row: its parent's row (NONE for x0) and where its masks start among the mask rows.
@group(0) @binding(2) var<storage, read> nodes: array<vec2<u32>>;
@group(0) @binding(3) var<storage, read_write> state: array<u32>;
@group(0) @binding(4) var<uniform> op: VerifyOp;

@compute @workgroup_size(1)
fn main() {
    var a = 0u;
    var cur = 0u;
    loop {
        var next = NONE;
        for (var i = cur + 1u; i < op.n_nodes; i++) {
            if (nodes[i].x == cur && rows[i].token == chosen[cur]) {
                next = i;
                break;
            }
        }
        if (next == NONE || a >= {{MAX_DEPTH}}u) {
            break;
        }
        state[3u + a] = next;
        a += 1u;
        cur = next;
    }
    state[0] = a;
    state[1] = nodes[cur].y;
    state[2] = chosen[cur];
    for (var j = 0u; j < op.n_drafts; j++) {
        state[3u + {{MAX_DEPTH}}u + j] = NONE;
    }
}
