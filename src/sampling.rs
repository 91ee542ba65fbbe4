//! Deterministic sampling: temperature, top-k, top-p and repetition penalty, with the random draw
//! for the token at absolute position p a pure function of (seed, p) (docs/DESIGN.md §2.4).
//!
//! The GPU chooses tokens (shaders/choose.wgsl) so that the CPU never reads logits; `choose` here
//! is its mirror, step for step in the same order, to test the kernel and to document it. Because
//! the draw never depends on how many tokens a step produced, speculative decoding that accepts a
//! draft iff it equals the token chosen at its position gives exactly the autoregressive output.

use crate::error::{Error, Result};

/// How a token is chosen from a logits row. `Sampling::default()` is greedy.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Sampling {
    /// 0 = greedy (argmax, lowest index on ties).
    pub temperature: f32,
    /// Keep only the k most likely tokens; 0 = off.
    pub top_k: u32,
    /// Keep the most likely tokens holding this much probability; 1 = off.
    pub top_p: f32,
    /// Divides positive logits and multiplies negative ones of tokens seen in the window; 1 = off.
    pub repetition_penalty: f32,
    /// The penalty window: the last `penalty_last_n` tokens, prompt included.
    pub penalty_last_n: u32,
    pub seed: u64,
}

impl Default for Sampling {
    fn default() -> Self {
        Sampling { temperature: 0.0, top_k: 0, top_p: 1.0, repetition_penalty: 1.0, penalty_last_n: 64, seed: 0 }
    }
}

/// Chunks the vocabulary is split into for the sums (the kernel's workgroup size).
pub const CHUNKS: usize = 256;

impl Sampling {
    pub fn validate(&self) -> Result<()> {
        let bad = |what: &str| Err(Error::InvalidArgument(what.to_string()));
        if !(self.temperature.is_finite() && self.temperature >= 0.0) {
            return bad("temperature must be a finite number ≥ 0");
        }
        if !(self.top_p > 0.0 && self.top_p <= 1.0) {
            return bad("top_p must be in (0, 1]");
        }
        if !(self.repetition_penalty.is_finite() && self.repetition_penalty > 0.0) {
            return bad("repetition_penalty must be a finite number > 0");
        }
        Ok(())
    }

    pub fn is_greedy(&self) -> bool {
        self.temperature == 0.0
    }
}

fn pcg(v: u32) -> u32 {
    let s = v.wrapping_mul(747796405).wrapping_add(2891336453);
    let w = ((s >> ((s >> 28) + 4)) ^ s).wrapping_mul(277803737);
    (w >> 22) ^ w
}

/// The uniform draw in [0, 1) for the token at absolute position `pos` (24 bits, exact in f32).
pub fn uniform01(seed: u64, pos: u32) -> f32 {
    let h = pcg(seed as u32 ^ pcg((seed >> 32) as u32 ^ pcg(pos)));
    (h >> 8) as f32 * (1.0 / 16_777_216.0)
}

/// Order-preserving map of a float to a u32.
fn key_of(v: f32) -> u32 {
    let b = v.to_bits();
    if b & 0x8000_0000 != 0 {
        !b
    } else {
        b ^ 0x8000_0000
    }
}

/// The kernel's fixed tree reduction over per-chunk partial sums.
fn tree_sum(mut v: Vec<f32>) -> f32 {
    let mut s = CHUNKS / 2;
    while s > 0 {
        for t in 0..s {
            v[t] += v[t + s];
        }
        s /= 2;
    }
    v[0]
}

/// llama.cpp's repetition penalty, once per distinct token of the window ending at `pos`.
fn penalise(logits: &mut [f32], s: &Sampling, pos: u32, history: &[u32]) {
    let n = (s.penalty_last_n as usize).min(pos as usize + 1);
    let window: Vec<u32> = (0..n).map(|j| history[pos as usize - j]).collect();
    for (j, &tok) in window.iter().enumerate() {
        if !window[..j].contains(&tok) && (tok as usize) < logits.len() {
            let v = &mut logits[tok as usize];
            *v = if *v > 0.0 { *v / s.repetition_penalty } else { *v * s.repetition_penalty };
        }
    }
}

/// The sampling distribution after the cuts, walked chunk by chunk as the kernel walks it.
struct Cut<'a> {
    scores: &'a [f32],
    /// The largest score (the greedy choice's): weights are exp(score − max).
    max: f32,
    per: usize,
    /// Top-k: keys above `k_key`, and the first `need` tokens tied at it (`ties_before[c]` of
    /// them lie before chunk c).
    k_key: u32,
    need: u32,
    ties_before: Vec<u32>,
}

impl Cut<'_> {
    fn range(&self, c: usize) -> std::ops::Range<usize> {
        let vocab = self.scores.len();
        let lo = (c * self.per).min(vocab);
        lo..(lo + self.per).min(vocab)
    }

    /// Chunk c's (token, weight) in index order, for tokens with keys ≥ `p_key` left by top-k.
    fn members(&self, c: usize, p_key: u32) -> impl Iterator<Item = (usize, f32)> + '_ {
        let mut ties = self.ties_before[c];
        self.range(c).filter_map(move |i| {
            let key = key_of(self.scores[i]);
            let mut member = key > self.k_key;
            if key == self.k_key {
                member = ties < self.need;
                ties += 1;
            }
            (member && key >= p_key).then(|| (i, (self.scores[i] - self.max).exp()))
        })
    }

    /// Each chunk's sampling mass.
    fn mass(&self, p_key: u32) -> Vec<f32> {
        (0..CHUNKS).map(|c| self.members(c, p_key).fold(0.0f32, |a, (_, w)| a + w)).collect()
    }

    /// Top-k: the largest key with at least k tokens at or above it, found bit by bit; of the
    /// tokens tied at it, the lowest indices fill the remaining places.
    fn top_k(&mut self, top_k: u32) {
        let keys: Vec<u32> = self.scores.iter().map(|&v| key_of(v)).collect();
        for bit in 0..32 {
            let cand = self.k_key | (0x8000_0000 >> bit);
            if keys.iter().filter(|&&k| k >= cand).count() >= top_k as usize {
                self.k_key = cand;
            }
        }
        self.need = top_k - keys.iter().filter(|&&k| k > self.k_key).count() as u32;
        let mut before = 0;
        for c in 0..CHUNKS {
            self.ties_before[c] = before;
            before += self.range(c).filter(|&i| keys[i] == self.k_key).count() as u32;
        }
    }

    /// Top-p: the largest key whose tokens at or above it hold at least `top_p` of the mass.
    fn top_p_key(&self, top_p: f32) -> u32 {
        let target = top_p * tree_sum(self.mass(0));
        let mut p_key = 0u32;
        for bit in 0..32 {
            let cand = p_key | (0x8000_0000 >> bit);
            if tree_sum(self.mass(cand)) >= target {
                p_key = cand;
            }
        }
        p_key
    }
}

/// The token chosen at absolute position `pos + 1` from the logits of the row at `pos`.
/// `history[q]` is the token at position q, for q ≤ pos (the repetition-penalty window).
pub fn choose(logits: &[f32], s: &Sampling, pos: u32, history: &[u32]) -> u32 {
    let mut logits = logits.to_vec();
    if s.repetition_penalty != 1.0 {
        penalise(&mut logits, s, pos, history);
    }
    let mut best = 0;
    for (i, &v) in logits.iter().enumerate() {
        if v > logits[best] {
            best = i;
        }
    }
    if s.temperature <= 0.0 {
        return best as u32;
    }
    let vocab = logits.len();
    let scores: Vec<f32> = logits.iter().map(|v| v / s.temperature).collect();
    let mut cut = Cut { max: scores[best], scores: &scores, per: vocab.div_ceil(CHUNKS), k_key: 0, need: u32::MAX, ties_before: vec![0; CHUNKS] };
    if s.top_k > 0 && (s.top_k as usize) < vocab {
        cut.top_k(s.top_k);
    }
    let p_key = if s.top_p < 1.0 { cut.top_p_key(s.top_p) } else { 0 };

    // The draw: walk the chunks, then the chosen chunk's tokens, in index order.
    let part = cut.mass(p_key);
    let total = part.iter().fold(0.0f32, |a, &w| a + w);
    let x = uniform01(s.seed, pos + 1) * total;
    let mut cum = 0.0f32;
    let mut chunk = None;
    let mut last = 0;
    for (c, &w) in part.iter().enumerate() {
        if w > 0.0 {
            last = c;
            if cum + w > x {
                chunk = Some(c);
                break;
            }
            cum += w;
        }
    }
    // Rounding can leave x at the very end: the last chunk with mass takes it.
    let c = chunk.unwrap_or_else(|| {
        cum = total - part[last];
        last
    });
    let mut pick = best;
    for (i, w) in cut.members(c, p_key) {
        if w > 0.0 {
            pick = i;
            if cum + w > x {
                break;
            }
            cum += w;
        }
    }
    pick as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(logits: &[f32], s: &Sampling, draws: u32) -> Vec<u32> {
        let mut n = vec![0; logits.len()];
        for pos in 0..draws {
            n[choose(logits, s, pos, &vec![0; pos as usize + 1]) as usize] += 1;
        }
        n
    }

    fn probs(p: &[f32]) -> Vec<f32> {
        p.iter().map(|v| v.ln()).collect()
    }

    #[test]
    fn greedy_is_argmax_lowest_index_on_ties() {
        assert_eq!(choose(&[1.0, 3.0, 3.0, 2.0], &Sampling::default(), 5, &[0; 6]), 1);
    }

    #[test]
    fn draws_follow_the_softmax() {
        let s = Sampling { temperature: 1.0, seed: 7, ..Default::default() };
        let n = counts(&probs(&[0.5, 0.3, 0.2]), &s, 20_000);
        for (got, want) in n.iter().zip([0.5, 0.3, 0.2]) {
            assert!((*got as f32 / 20_000.0 - want).abs() < 0.015, "{n:?}");
        }
    }

    #[test]
    fn top_k_and_top_p_cut_the_tail() {
        let l = probs(&[0.4, 0.3, 0.2, 0.1]);
        let n = counts(&l, &Sampling { temperature: 1.0, top_k: 2, ..Default::default() }, 5_000);
        assert_eq!(n[2] + n[3], 0, "{n:?}");
        assert!((n[0] as f32 / 5_000.0 - 0.4 / 0.7).abs() < 0.03, "{n:?}");
        // 0.4 + 0.3 reaches 0.65: the third token is cut.
        let n = counts(&l, &Sampling { temperature: 1.0, top_p: 0.65, ..Default::default() }, 5_000);
        assert_eq!(n[2] + n[3], 0, "{n:?}");
        assert!(n[1] > 1_000, "{n:?}");
    }

    #[test]
    fn top_k_ties_keep_the_lowest_indices() {
        let n = counts(&[1.0, 2.0, 2.0, 2.0, 0.0], &Sampling { temperature: 1.0, top_k: 2, ..Default::default() }, 2_000);
        assert_eq!(n[3] + n[0] + n[4], 0, "{n:?}");
        assert!(n[1] > 800 && n[2] > 800, "{n:?}");
    }

    #[test]
    fn the_draw_depends_on_seed_and_position_only() {
        assert_eq!(uniform01(3, 10), uniform01(3, 10));
        assert_ne!(uniform01(3, 10), uniform01(4, 10));
        assert_ne!(uniform01(3, 10), uniform01(3, 11));
        assert_ne!(uniform01(1 << 32, 10), uniform01(0, 10));
        let u: Vec<f32> = (0..10_000).map(|p| uniform01(99, p)).collect();
        let mean = u.iter().sum::<f32>() / u.len() as f32;
        assert!(u.iter().all(|&x| (0.0..1.0).contains(&x)) && (mean - 0.5).abs() < 0.01);
    }

    #[test]
    fn repetition_penalty_applies_once_per_token_in_the_window() {
        let s = Sampling { repetition_penalty: 2.0, penalty_last_n: 3, ..Default::default() };
        // Token 0 (logit 3) is in the window twice: 3 / 2 = 1.5 < 2, so token 1 wins.
        assert_eq!(choose(&[3.0, 2.0, -1.0], &s, 4, &[2, 2, 0, 2, 0]), 1);
        // Outside the window (position 0 only), token 0 keeps its lead.
        assert_eq!(choose(&[3.0, 2.0, -1.0], &s, 4, &[0, 2, 2, 2, 2]), 0);
        // Applied once: 3 / 2 = 1.5 still beats 1.4 (applied twice it would be 0.75).
        assert_eq!(choose(&[3.0, 1.4, -1.0], &s, 4, &[2, 2, 0, 0, 0]), 0);
    }

    #[test]
    fn invalid_settings_are_rejected() {
        for s in [
            Sampling { temperature: -1.0, ..Default::default() },
            Sampling { temperature: f32::NAN, ..Default::default() },
            Sampling { top_p: 0.0, ..Default::default() },
            Sampling { top_p: 1.5, ..Default::default() },
            Sampling { repetition_penalty: 0.0, ..Default::default() },
        ] {
            assert_eq!(s.validate().map_err(|e| e.code()), Err("INVALID_ARGUMENT"), "{s:?}");
        }
    }
}
