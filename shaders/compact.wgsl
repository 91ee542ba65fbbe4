// After a draft tree is verified: the accepted nodes' K/V (and tokens, for the repetition
// penalty) move from their tree slots to the slots right after x0, p + 1 + i for the i-th node of
// the path, so the cache is again one run of consecutive slots. One dispatch serves LAYERS
// blocks (the storage-buffer limit). Each thread owns one float of a slot's K|V and moves it
// along the path in order: a path node's slot is never below its destination and rises along
// the path, so no move overwrites a source still to be read.

struct CompactOp {
    kv_dim: u32,
    // Where V starts in each block's cache.
    v_at: u32,
    // 1 when this dispatch also moves the tokens.
    history: u32,
    _pad: u32,
}

{{BINDINGS}}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let e = gid.x;
    if (e >= 2u * op.kv_dim) {
        return;
    }
    // K's floats, then V's.
    var base = e;
    if (e >= op.kv_dim) {
        base = op.v_at + e - op.kv_dim;
    }
    let p = rows[0].slot;
    for (var i = 0u; i < state[0]; i++) {
        let src_slot = rows[state[3u + i]].slot;
        let dst_slot = p + 1u + i;
        if (src_slot == dst_slot) {
            continue;
        }
        let src = base + src_slot * op.kv_dim;
        let dst = base + dst_slot * op.kv_dim;
{{MOVES}}        if (e == 0u && op.history == 1u) {
            history[dst_slot] = history[src_slot];
        }
    }
}
