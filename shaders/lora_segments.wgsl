// The LoRAs a projection runs in this request, read from the head of `lora` (`gpu::lora`):
// word 0 the segments, word 1 the rows of t = A·input they stack, word 2 where the gate record
// starts (0: none kept), then SEGMENT_WORDS words per segment. A segment is one adapter's A and B for this projection; its rows of t follow the
// previous segment's (the fused targets' rank rows each, then its gate's rows: one if learned,
// one per expert for a router). Mask segments (multi-token prediction) act on mask rows only;
// domain segments on every row.

const SEGMENT_WORDS: u32 = 8u;
const SEGMENTS_AT: u32 = 3u;
// Gate values kept per row when recording: the first learned or router segment's, one per expert.
const RECORD_SLOTS: u32 = 8u;
// The gate word's low byte; a router's experts are above it.
const GATE_MASK: u32 = 0u;
const GATE_CONST: u32 = 1u;
const GATE_LEARNED: u32 = 2u;
const GATE_ROUTER: u32 = 3u;

struct Segment {
    // Where A (its rows of t, `rows` × k) and B (n_out × rank) start in `lora`, in floats.
    a_at: u32,
    b_at: u32,
    // Its first row of t, and how many.
    t0: u32,
    rows: u32,
    rank: u32,
    gate: u32,
    // alpha / rank × the request's weight for this adapter.
    scale: f32,
    // Where the gate's biases start in `lora`: g = σ(t[t0 + rows − 1] + bias) for a learned gate,
    // softmax over e of t[t0 + rows − experts + e] + bias[e] for a router.
    bias_at: u32,
}

fn n_segments() -> u32 {
    return bitcast<u32>(lora[0]);
}

fn t_rows() -> u32 {
    return bitcast<u32>(lora[1]);
}

fn record_at() -> u32 {
    return bitcast<u32>(lora[2]);
}

fn segment(s: u32) -> Segment {
    let at = SEGMENTS_AT + s * SEGMENT_WORDS;
    return Segment(
        bitcast<u32>(lora[at]),
        bitcast<u32>(lora[at + 1u]),
        bitcast<u32>(lora[at + 2u]),
        bitcast<u32>(lora[at + 3u]),
        bitcast<u32>(lora[at + 4u]),
        bitcast<u32>(lora[at + 5u]),
        lora[at + 6u],
        bitcast<u32>(lora[at + 7u]),
    );
}

fn acts_on(seg: Segment, row: u32) -> bool {
    return seg.gate != GATE_MASK || rows[row].gate == 1u;
}

// Whether any segment acts on `row`: rows none reaches run exactly the pass without adapters.
fn gated(row: u32) -> bool {
    for (var s = 0u; s < n_segments(); s++) {
        if (acts_on(segment(s), row)) {
            return true;
        }
    }
    return false;
}

// The segment that owns row j of t.
fn segment_of(j: u32) -> Segment {
    var s = 0u;
    while (s + 1u < n_segments() && j >= segment(s + 1u).t0) {
        s++;
    }
    return segment(s);
}

// Where row j of t's A row starts in `lora`.
fn a_row_at(seg: Segment, j: u32) -> u32 {
    return seg.a_at + (j - seg.t0) * op.k;
}
