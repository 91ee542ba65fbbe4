// The token each logits row chooses: the largest logit (greedy, lowest index on ties, as
// torch.argmax), or a seeded draw from the temperature-scaled softmax cut to top-k / top-p, after
// an optional repetition penalty over the tokens before it.
//
// Determinism (docs/DESIGN.md §2.4): the draw for the token at absolute position p uses only
// uniform(seed, p), and every sum runs in a fixed order over fixed chunks of the vocabulary, so a
// row chooses the same token alone or inside any verification batch. That is what makes
// speculative sampling equal to autoregressive sampling token for token. src/sampling.rs
// is the CPU mirror of this file (same order of operations), used to test it.

struct ChooseOp {
    vocab: u32,
    // Row i's choices go to chosen[out_offset + i·top_w ..][..top_w].
    out_offset: u32,
    // 0: no top-k cut.
    top_k: u32,
    // Repetition-penalty window: the last_n tokens up to and including the row's own.
    last_n: u32,
    // 0: greedy.
    temperature: f32,
    // ≥ 1: no top-p cut.
    top_p: f32,
    // 1: no penalty.
    penalty: f32,
    seed_lo: u32,
    seed_hi: u32,
    // Greedy rows: how many of the best tokens to write (a draft tree's branches); 1 otherwise.
    top_w: u32,
    _pad1: u32,
    _pad2: u32,
}

@group(0) @binding(0) var<storage, read_write> logits: array<f32>;
@group(0) @binding(1) var<storage, read_write> chosen: array<u32>;
@group(0) @binding(2) var<uniform> op: ChooseOp;
@group(0) @binding(3) var<uniform> pass_: PassParams;
@group(0) @binding(4) var<storage, read> rows: array<Row>;
@group(0) @binding(5) var<storage, read> logit_rows: array<u32>;
// Token in each cache slot, written by the embedding kernel for every real row.
@group(0) @binding(6) var<storage, read> history: array<u32>;

const WG: u32 = 256u;
var<workgroup> red_f: array<f32, WG>;
var<workgroup> red_u: array<u32, WG>;
// Per thread: its chunk's sampling mass and the top-k ties before its chunk.
var<workgroup> part: array<f32, WG>;
var<workgroup> ties_before: array<u32, WG>;
// The tokens a greedy row already chose, best first.
var<workgroup> picked: array<u32, 16>;

var<private> base: u32;

// Counter-based generator (PCG hash): a pure function of (seed, position).
fn pcg(v: u32) -> u32 {
    let s = v * 747796405u + 2891336453u;
    let w = ((s >> ((s >> 28u) + 4u)) ^ s) * 277803737u;
    return (w >> 22u) ^ w;
}

fn uniform01(pos: u32) -> f32 {
    let h = pcg(op.seed_lo ^ pcg(op.seed_hi ^ pcg(pos)));
    return f32(h >> 8u) * (1.0 / 16777216.0);
}

// Order-preserving map of a float to a u32 (larger float, larger key).
fn key_of(v: f32) -> u32 {
    let b = bitcast<u32>(v);
    return select(b ^ 0x80000000u, ~b, (b & 0x80000000u) != 0u);
}

fn score(i: u32) -> f32 {
    return logits[base + i] / op.temperature;
}

// Fixed-order workgroup sum (also of counts: integers below 2^24 are exact in f32).
fn sum_f(t: u32, v: f32) -> f32 {
    red_f[t] = v;
    workgroupBarrier();
    for (var s = WG / 2u; s > 0u; s >>= 1u) {
        if (t < s) {
            red_f[t] += red_f[t + s];
        }
        workgroupBarrier();
    }
    let r = red_f[0];
    workgroupBarrier();
    return r;
}

// Sampling weight of token i, 0 when a cut removes it: the top-k cut keeps keys above k_key plus
// the first `need` tokens (in index order) whose key equals k_key, counted in `ties`; the top-p
// cut keeps keys ≥ p_key.
fn weight(i: u32, m: f32, k_key: u32, need: u32, p_key: u32, ties: ptr<function, u32>) -> f32 {
    let s = score(i);
    let key = key_of(s);
    var member = key > k_key;
    if (key == k_key) {
        member = *ties < need;
        *ties += 1u;
    }
    if (member && key >= p_key) {
        return exp(s - m);
    }
    return 0.0;
}

// Sampling mass of chunk [lo, hi), whose first token has `ties0` top-k ties before it.
fn chunk_mass(lo: u32, hi: u32, m: f32, k_key: u32, need: u32, ties0: u32, p_key: u32) -> f32 {
    var mass = 0.0;
    var ties = ties0;
    for (var i = lo; i < hi; i++) {
        mass += weight(i, m, k_key, need, p_key, &ties);
    }
    return mass;
}

// The largest logit of the row among tokens other than picked[..n_picked] (lowest index on ties).
fn best_token(t: u32, n_picked: u32) -> u32 {
    var bv = -3.4e38;
    var bi = 0xffffffffu;
    for (var i = t; i < op.vocab; i += WG) {
        var taken = false;
        for (var c = 0u; c < n_picked; c++) {
            taken = taken || picked[c] == i;
        }
        let v = logits[base + i];
        if (!taken && (v > bv || bi == 0xffffffffu)) {
            bv = v;
            bi = i;
        }
    }
    red_f[t] = bv;
    red_u[t] = bi;
    workgroupBarrier();
    for (var s = WG / 2u; s > 0u; s >>= 1u) {
        if (t < s) {
            let ov = red_f[t + s];
            let oi = red_u[t + s];
            if (oi != 0xffffffffu && (red_u[t] == 0xffffffffu || ov > red_f[t] || (ov == red_f[t] && oi < red_u[t]))) {
                red_f[t] = ov;
                red_u[t] = oi;
            }
        }
        workgroupBarrier();
    }
    let best = red_u[0];
    workgroupBarrier();
    return best;
}

@compute @workgroup_size(256)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let row = wid.x;
    if (row >= pass_.n_logits) {
        return;
    }
    let t = lid.x;
    let vocab = op.vocab;
    base = row * vocab;
    let r = rows[logit_rows[row]];
    let pos = r.pos;

    if (op.penalty != 1.0) {
        // The window is the last tokens the row sees (itself included), which in a draft tree are
        // its ancestors. Each distinct token once, by the thread that holds its newest occurrence.
        let keys = keys_of(r);
        let n = min(op.last_n, keys);
        for (var j = t; j < n; j += WG) {
            let tok = history[slot_of(r, keys - 1u - j)];
            var seen = false;
            for (var i = 0u; i < j; i++) {
                if (history[slot_of(r, keys - 1u - i)] == tok) {
                    seen = true;
                    break;
                }
            }
            if (!seen && tok < vocab) {
                let v = logits[base + tok];
                logits[base + tok] = select(v * op.penalty, v / op.penalty, v > 0.0);
            }
        }
    }
    storageBarrier();
    workgroupBarrier();

    // The best token (greedy's choice, and the top of every sampling distribution); a draft tree
    // takes the top_w best of a greedy row, best first.
    let best = best_token(t, 0u);
    if (op.temperature <= 0.0) {
        for (var c = 0u; c < op.top_w; c++) {
            var pick = best;
            if (c > 0u) {
                pick = best_token(t, c);
            }
            if (t == 0u) {
                picked[c] = pick;
                chosen[op.out_offset + row * op.top_w + c] = pick;
            }
            workgroupBarrier();
        }
        return;
    }

    let m = score(best);
    let per = (vocab + WG - 1u) / WG;
    let lo = min(t * per, vocab);
    let hi = min(lo + per, vocab);

    // Top-k: k_key is the largest key with at least k tokens at or above it, found bit by bit;
    // of the tokens tied at k_key, the lowest indices fill the remaining places.
    var k_key = 0u;
    var need = 0xffffffffu;
    if (op.top_k > 0u && op.top_k < vocab) {
        for (var bit = 0u; bit < 32u; bit++) {
            let cand = k_key | (0x80000000u >> bit);
            var c = 0u;
            for (var i = lo; i < hi; i++) {
                c += u32(key_of(score(i)) >= cand);
            }
            if (sum_f(t, f32(c)) >= f32(op.top_k)) {
                k_key = cand;
            }
        }
        var above = 0u;
        var tied = 0u;
        for (var i = lo; i < hi; i++) {
            let key = key_of(score(i));
            above += u32(key > k_key);
            tied += u32(key == k_key);
        }
        need = op.top_k - u32(sum_f(t, f32(above)));
        red_u[t] = tied;
        workgroupBarrier();
        var before = 0u;
        for (var i = 0u; i < t; i++) {
            before += red_u[i];
        }
        ties_before[t] = before;
        workgroupBarrier();
    } else {
        ties_before[t] = 0u;
    }
    let ties0 = ties_before[t];

    // Top-p: p_key is the largest key whose tokens at or above it hold at least top_p of the mass.
    var p_key = 0u;
    if (op.top_p < 1.0) {
        let goal = op.top_p * sum_f(t, chunk_mass(lo, hi, m, k_key, need, ties0, 0u));
        for (var bit = 0u; bit < 32u; bit++) {
            let cand = p_key | (0x80000000u >> bit);
            if (sum_f(t, chunk_mass(lo, hi, m, k_key, need, ties0, cand)) >= goal) {
                p_key = cand;
            }
        }
    }

    part[t] = chunk_mass(lo, hi, m, k_key, need, ties0, p_key);
    workgroupBarrier();
    if (t != 0u) {
        return;
    }
    // The draw: walk the chunks, then the chosen chunk's tokens, in index order.
    var total = 0.0;
    for (var c = 0u; c < WG; c++) {
        total += part[c];
    }
    let x = uniform01(pos + 1u) * total;
    var cum = 0.0;
    var c = 0u;
    var last = 0u;
    for (; c < WG; c++) {
        if (part[c] > 0.0) {
            last = c;
            if (cum + part[c] > x) {
                break;
            }
            cum += part[c];
        }
    }
    // Rounding can leave x at the very end: the last chunk with mass takes it.
    if (c == WG) {
        c = last;
        cum = total - part[c];
    }
    let c_lo = min(c * per, vocab);
    let c_hi = min(c_lo + per, vocab);
    var ties = ties_before[c];
    var pick = best;
    for (var i = c_lo; i < c_hi; i++) {
        let w = weight(i, m, k_key, need, p_key, &ties);
        if (w > 0.0) {
            pick = i;
            if (cum + w > x) {
                break;
            }
            cum += w;
        }
    }
    chosen[op.out_offset + row] = pick;
}
