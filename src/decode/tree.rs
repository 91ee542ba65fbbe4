//! Draft trees (docs/DESIGN.md §3.3): the sampler head's top-w candidates at a few depths, each
//! continued greedily, verified in one pass. A chain is the tree of width 1 everywhere.

use crate::error::{Error, Result};
use crate::gpu::ops::choose::MAX_TOP_W;
use crate::gpu::NONE;

/// Children per node at draft depths 1, 2, …; depths past the list have one (greedy
/// continuation). `3` branches into the head's top 3 at depth 1; `2x2` into the top 2 at depths
/// 1 and 2.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TreeShape([u8; SHAPE_DEPTHS]);

/// Depths a shape can name.
pub const SHAPE_DEPTHS: usize = 4;

/// Depths that may branch: a node's ancestors then fall in at most two runs of slots, and its
/// masks in a third (`Row::RANGES`).
pub const MAX_BRANCHING_DEPTHS: usize = 2;

impl TreeShape {
    /// The chain: one child everywhere.
    pub fn chain() -> TreeShape {
        TreeShape([1; SHAPE_DEPTHS])
    }

    /// The shape with `widths` children per node at depths 1, 2, … (1 past them).
    pub fn new(widths: &[usize]) -> Result<TreeShape> {
        let bad = |why: &str| Error::InvalidArgument(format!("tree {widths:?}: {why}"));
        if widths.len() > SHAPE_DEPTHS {
            return Err(bad(&format!("at most {SHAPE_DEPTHS} widths")));
        }
        if widths.iter().any(|&w| w == 0 || w > MAX_TOP_W) {
            return Err(bad(&format!("widths are 1..={MAX_TOP_W}")));
        }
        if widths.iter().filter(|&&w| w > 1).count() > MAX_BRANCHING_DEPTHS {
            return Err(bad(&format!("a tree branches at most at {MAX_BRANCHING_DEPTHS} depths")));
        }
        let mut shape = TreeShape::chain();
        for (slot, &w) in shape.0.iter_mut().zip(widths) {
            *slot = w as u8;
        }
        Ok(shape)
    }

    pub fn is_chain(&self) -> bool {
        self.0.iter().all(|&w| w == 1)
    }

    /// Children per node at depths 1..=k.
    pub fn widths(&self, k: usize) -> Vec<usize> {
        (0..k).map(|j| self.0.get(j).map_or(1, |&w| w as usize)).collect()
    }

    /// Nodes at depths 1..=k.
    pub fn sizes(&self, k: usize) -> Vec<usize> {
        self.widths(k)
            .iter()
            .scan(1, |n, &w| {
                *n *= w;
                Some(*n)
            })
            .collect()
    }

    /// Nodes of a tree of depth k.
    pub fn nodes(&self, k: usize) -> usize {
        self.sizes(k).iter().sum()
    }
}

impl std::fmt::Display for TreeShape {
    /// `3`, `2x2`; the chain is `1`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let last = self.0.iter().rposition(|&w| w > 1).map_or(1, |i| i + 1);
        let widths: Vec<String> = self.0[..last].iter().map(|w| w.to_string()).collect();
        write!(f, "{}", widths.join("x"))
    }
}

impl serde::Serialize for TreeShape {
    /// As the widths a caller passes (`[3]`, `[2, 2]`; `[1]` for the chain).
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let last = self.0.iter().rposition(|&w| w > 1).map_or(1, |i| i + 1);
        s.collect_seq(self.0[..last].iter())
    }
}

impl std::str::FromStr for TreeShape {
    type Err = Error;
    /// `3`, `2x2`, `4x2`: the widths at depths 1, 2, ….
    fn from_str(s: &str) -> Result<TreeShape> {
        let widths: std::result::Result<Vec<usize>, _> = s.split('x').map(|w| w.trim().parse::<usize>()).collect();
        TreeShape::new(&widths.map_err(|_| Error::InvalidArgument(format!("tree {s:?}: expected widths like 3 or 2x2")))?)
    }
}

/// A draft-tree node as a row of the verification pass: its token and its parent's row (0 is
/// x0). Nodes are listed depth-first, so each node's first child is the next row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Node {
    pub token: u32,
    pub parent: usize,
}

/// A chain of drafts as a tree.
pub fn chain(drafts: &[u32]) -> Vec<Node> {
    drafts.iter().enumerate().map(|(i, &token)| Node { token, parent: i }).collect()
}

/// The tree the sampler head wrote into the verification state — depth by depth, each parent's
/// children together and best first — as rows in depth-first order. A node whose token is `NONE`
/// is left out with its subtree.
pub fn from_state(words: &[u32], widths: &[usize]) -> Vec<Node> {
    // Breadth-first: each depth's tokens and, per node, its parent among the previous depth's.
    let mut depths: Vec<&[u32]> = Vec::new();
    let (mut at, mut n) = (0, 1);
    for &w in widths {
        n *= w;
        match words.get(at..at + n) {
            Some(d) => depths.push(d),
            None => break,
        }
        at += n;
    }
    let mut out = Vec::new();
    fn visit(depths: &[&[u32]], widths: &[usize], depth: usize, index: usize, row: usize, out: &mut Vec<Node>) {
        let Some(tokens) = depths.get(depth) else { return };
        let w = widths[depth];
        for c in index * w..index * w + w {
            let token = tokens[c];
            if token == NONE {
                continue;
            }
            out.push(Node { token, parent: row });
            let me = out.len();
            visit(depths, widths, depth + 1, c, me, out);
        }
    }
    visit(&depths, widths, 0, 0, 0, &mut out);
    out
}

/// Depth of each node (x0 is depth 0).
pub fn depths(nodes: &[Node]) -> Vec<usize> {
    let mut depth = vec![0usize; nodes.len() + 1];
    for (i, n) in nodes.iter().enumerate() {
        depth[i + 1] = depth[n.parent] + 1;
    }
    depth[1..].to_vec()
}

/// The nodes at most `max_depth` deep, rows renumbered.
pub fn truncate(nodes: &[Node], max_depth: usize) -> Vec<Node> {
    let depth = depths(nodes);
    let mut row_of = vec![0usize; nodes.len() + 1];
    let mut out = Vec::new();
    for (i, n) in nodes.iter().enumerate() {
        if depth[i] <= max_depth {
            out.push(Node { token: n.token, parent: row_of[n.parent] });
            row_of[i + 1] = out.len();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::speculative::build_step;

    #[test]
    fn shapes_parse_print_and_refuse_what_rows_cannot_hold() {
        let t: TreeShape = "2x2".parse().unwrap();
        assert_eq!((t.widths(4), t.sizes(4), t.nodes(4), t.to_string()), (vec![2, 2, 1, 1], vec![2, 4, 4, 4], 14, "2x2".into()));
        assert_eq!("3".parse::<TreeShape>().unwrap().nodes(4), 12);
        assert_eq!(TreeShape::chain().to_string(), "1");
        assert!(TreeShape::chain().is_chain() && "1x1".parse::<TreeShape>().unwrap().is_chain());
        for bad in ["0", "2x2x2", "17", "x", "", "1x1x1x1x1"] {
            assert_eq!(bad.parse::<TreeShape>().map_err(|e| e.code()), Err("INVALID_ARGUMENT"), "{bad}");
        }
    }

    #[test]
    fn the_heads_breadth_first_tree_becomes_depth_first_rows() {
        // Depth 1: a b; depth 2: a's c d, b's e f; depth 3 (width 1): g h i j.
        let words = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
        let rows = from_state(&words, &[2, 2, 1]);
        let got: Vec<(u32, usize)> = rows.iter().map(|n| (n.token, n.parent)).collect();
        assert_eq!(got, vec![(10, 0), (12, 1), (16, 2), (13, 1), (17, 4), (11, 0), (14, 6), (18, 7), (15, 6), (19, 9)]);
        assert_eq!(depths(&rows), vec![1, 2, 3, 2, 3, 1, 2, 3, 2, 3]);
        // Cut to depth 2: the depth-3 nodes go, the rest keep their parents.
        let cut: Vec<(u32, usize)> = truncate(&rows, 2).iter().map(|n| (n.token, n.parent)).collect();
        assert_eq!(cut, vec![(10, 0), (12, 1), (13, 1), (11, 0), (14, 4), (15, 4)]);
        // A NONE token drops its subtree.
        let holes = from_state(&[10, NONE, 12, 13], &[2, 1]);
        assert_eq!(holes.iter().map(|n| (n.token, n.parent)).collect::<Vec<_>>(), vec![(10, 0), (12, 1)]);
    }

    #[test]
    fn tree_rows_see_the_cache_and_their_ancestors_only() {
        let p = 50;
        let rows = from_state(&[10, 11, 12, 13, 14, 15], &[2, 2]);
        let step = build_step(9, &rows, p, 2, &(0..=rows.len()).collect::<Vec<_>>()).unwrap();
        let seen = |i: usize| -> Vec<u32> {
            let r = &step.rows[i];
            let mut s: Vec<u32> = (0..r.prefix).collect();
            for (start, len) in r.ranges() {
                s.extend(start..start + len);
            }
            s
        };
        let cache: Vec<u32> = (0..p as u32).collect();
        let with = |extra: &[u32]| -> Vec<u32> { cache.iter().copied().chain(extra.iter().map(|&e| p as u32 + e)).collect() };
        // Rows: x0, a, c, d, b, e, f in slots p..p+7.
        assert_eq!(seen(0), with(&[0]));
        assert_eq!(seen(2), with(&[0, 1, 2]), "c sees x0, a, itself");
        assert_eq!(seen(3), with(&[0, 1, 3]), "d skips its sibling c");
        assert_eq!(seen(5), with(&[0, 4, 5]), "e sees x0, b, itself");
        assert_eq!(step.rows[5].pos as usize, p + 2);
        assert_eq!(step.parents, vec![NONE, 0, 1, 1, 0, 4, 4]);
        // Mask 2 of d's group: d's view, then masks 1 and 2 of the group (slots after the real rows).
        let z = step.group_z[3] as usize;
        let mask2 = step.mask_rows[z + 1] as usize;
        let base = 7 + 3 * 2;
        assert_eq!(seen(mask2), with(&[0, 1, 3, base, base + 1]));
        assert_eq!((step.rows[mask2].gate, step.rows[mask2].pos as usize), (1, p + 2 + 2));
    }
}
