//! Prompt-lookup drafts: no adapter, no extra model. Text that quotes or repeats its context
//! (code edits, summaries, lists) is drafted for free; verification keeps the output exact.

/// The longest n-gram decoding looks up.
pub const MAX_N: usize = 3;

/// Up to `k` drafts: for n = `max_n` down to 1, the tokens that followed the latest earlier
/// occurrence of the last n tokens of `history`.
pub fn draft(history: &[u32], max_n: usize, k: usize) -> Vec<u32> {
    let len = history.len();
    for n in (1..=max_n.min(len.saturating_sub(1))).rev() {
        let tail = &history[len - n..];
        // Latest match first: recent context predicts best.
        for start in (0..len - n).rev() {
            if &history[start..start + n] == tail {
                let follow = &history[start + n..];
                return follow.iter().take(k).copied().collect();
            }
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::draft;

    #[test]
    fn drafts_what_followed_the_latest_match() {
        let h = [5, 1, 2, 3, 9, 1, 2, 3, 7, 8, 1, 2];
        assert_eq!(draft(&h, 3, 2), vec![3, 7]);
        assert_eq!(draft(&h, 3, 10), vec![3, 7, 8, 1, 2]);
    }

    #[test]
    fn falls_back_to_shorter_ngrams_and_to_nothing() {
        assert_eq!(draft(&[4, 6, 4], 3, 3), vec![6, 4]);
        assert_eq!(draft(&[1, 2, 3], 3, 3), Vec::<u32>::new());
        assert_eq!(draft(&[], 3, 3), Vec::<u32>::new());
    }
}
