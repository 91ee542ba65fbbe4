//! Byte-level BPE tokenizer built from a GGUF's `tokenizer.ggml.*` metadata, token for token the
//! same as llama.cpp's (the golden test in `tests/tokenizer.rs` holds it to that).
//!
//! Encoding is three steps:
//! 1. **Special-token partition** (`special = true`): control, user-defined and unknown tokens whose
//!    text appears in the input become single tokens, longest text first; user-defined tokens are
//!    matched even with `special = false`, as llama.cpp does.
//! 2. **Pre-tokenization** of each remaining run of text into words, with the regex list that
//!    llama.cpp associates with `tokenizer.ggml.pre`. `gpt2` is
//!    `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)`; `smollm` first isolates
//!    every `\p{N}` code point and then applies the gpt2 expression inside each piece. Both are a
//!    hand-written scanner (the `(?!\S)` lookahead has no equivalent in the regex crate); the
//!    character classes come from llama.cpp's own Unicode tables (`tokenizer/unicode_tables.rs`).
//! 3. **BPE** on the bytes of each word, mapped to GPT-2's printable byte alphabet: repeatedly merge
//!    the adjacent pair with the lowest rank in `tokenizer.ggml.merges` (leftmost on ties).
//!
//! Decoding maps token text back through the inverse byte alphabet. [`StreamDecoder`] buffers
//! incomplete UTF-8 across tokens so a stream never shows a broken character.

use crate::error::{Error, Result};
use crate::gguf::{Gguf, Value};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

mod unicode_tables;

/// Token kinds as GGUF's `tokenizer.ggml.token_type` numbers them (llama.cpp's `llama_token_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenType {
    Undefined,
    Normal,
    Unknown,
    Control,
    UserDefined,
    Unused,
    Byte,
}

impl TokenType {
    fn from_id(id: i64) -> TokenType {
        match id {
            1 => TokenType::Normal,
            2 => TokenType::Unknown,
            3 => TokenType::Control,
            4 => TokenType::UserDefined,
            5 => TokenType::Unused,
            6 => TokenType::Byte,
            _ => TokenType::Undefined,
        }
    }
}

/// The pre-tokenizer regex family named by `tokenizer.ggml.pre`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreTokenizer {
    /// `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)`
    Gpt2,
    /// `\p{N}` (each digit its own piece), then the gpt2 expression.
    Smollm,
}

impl PreTokenizer {
    /// The `tokenizer.ggml.pre` names that llama.cpp maps to these two regex lists.
    pub fn from_name(name: &str) -> Result<PreTokenizer> {
        match name {
            "smollm" | "starcoder" | "refact" | "command-r" | "codeshell" | "exaone" | "minerva-7b" | "mellum2" => Ok(PreTokenizer::Smollm),
            "gpt2" | "gpt-2" | "phi-2" | "jina-es" | "jina-de" | "gigachat" | "jina-v2-es" | "jina-v2-de" | "mpt" | "olmo" | "jais" | "trillion"
            | "granite-docling" | "exaone4" => Ok(PreTokenizer::Gpt2),
            other => Err(Error::Tokenizer(format!(
                "unsupported pre-tokenizer {other:?} (tokenizer.ggml.pre); supported: smollm (and starcoder, refact, \
                 command-r, codeshell, exaone, minerva-7b, mellum2, which share its regex) and gpt2 (gpt-2, mpt, olmo, \
                 jais, trillion, granite-docling, exaone4, ...)"
            ))),
        }
    }
}

/// Code points of the printable byte alphabet: `BYTE_CHARS[b]` stands for byte `b` in token text.
fn byte_chars() -> [char; 256] {
    let mut table = ['\0'; 256];
    let mut extra = 0u32;
    for b in 0..256u32 {
        let printable = (0x21..=0x7e).contains(&b) || (0xa1..=0xac).contains(&b) || (0xae..=0xff).contains(&b);
        let cp = if printable {
            b
        } else {
            extra += 1;
            255 + extra
        };
        // Every value is below 0x200, far from the surrogate range.
        table[b as usize] = char::from_u32(cp).unwrap_or('\u{fffd}');
    }
    table
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Other,
    Letter,
    Number,
}

fn char_class(c: char) -> CharClass {
    let cp = c as u32;
    if cp < 0x80 {
        return if c.is_ascii_alphabetic() {
            CharClass::Letter
        } else if c.is_ascii_digit() {
            CharClass::Number
        } else {
            CharClass::Other
        };
    }
    let runs = &unicode_tables::CLASS_RUNS;
    // The last run whose start is <= cp.
    let i = runs.partition_point(|&r| (r >> 2) <= cp);
    match i.checked_sub(1).map(|j| runs[j] & 3) {
        Some(1) => CharClass::Letter,
        Some(2) => CharClass::Number,
        _ => CharClass::Other,
    }
}

fn is_space(c: char) -> bool {
    match c as u32 {
        0x09..=0x0d | 0x20 => true,
        cp if cp < 0x80 => false,
        cp => unicode_tables::WHITESPACE.binary_search(&cp).is_ok(),
    }
}

/// Splits `chars[lo..hi]` with the gpt2 expression, exactly as llama.cpp's hand-written matcher:
/// the lookahead `(?!\S)` sees only this piece, so trailing whitespace of a piece stays whole.
/// Pushes the end index of every word.
fn split_gpt2(chars: &[char], lo: usize, hi: usize, ends: &mut Vec<usize>) {
    let at = |p: usize| if p < hi { Some(chars[p]) } else { None };
    let letter = |p: usize| at(p).is_some_and(|c| char_class(c) == CharClass::Letter);
    let number = |p: usize| at(p).is_some_and(|c| char_class(c) == CharClass::Number);
    let space = |p: usize| at(p).is_some_and(is_space);
    let other = |p: usize| at(p).is_some_and(|c| !is_space(c) && char_class(c) == CharClass::Other);

    let mut pos = lo;
    while pos < hi {
        let c = chars[pos];
        // 's|'t|'re|'ve|'m|'ll|'d
        if c == '\'' && pos + 1 < hi {
            let n1 = chars[pos + 1];
            if matches!(n1, 's' | 't' | 'm' | 'd') {
                pos += 2;
                ends.push(pos);
                continue;
            }
            if pos + 2 < hi {
                let n2 = chars[pos + 2];
                if matches!((n1, n2), ('r', 'e') | ('v', 'e') | ('l', 'l')) {
                    pos += 3;
                    ends.push(pos);
                    continue;
                }
            }
        }
        // The class of the character after an optional leading space.
        let q = if c == ' ' { pos + 1 } else { pos };
        // ' ?\p{L}+', ' ?\p{N}+', ' ?[^\s\p{L}\p{N}]+'
        let classes: [&dyn Fn(usize) -> bool; 3] = [&letter, &number, &other];
        if let Some(class) = classes.iter().find(|class| class(q)) {
            let mut e = q + 1;
            while class(e) {
                e += 1;
            }
            pos = e;
            ends.push(pos);
            continue;
        }
        let mut n_space = 0;
        while space(pos + n_space) {
            n_space += 1;
        }
        if n_space > 1 && pos + n_space < hi {
            // '\s+(?!\S)': leave the last space to prefix the next word.
            pos += n_space - 1;
        } else if n_space > 0 {
            pos += n_space;
        } else {
            pos += 1;
        }
        ends.push(pos);
    }
}

/// Where `words` end (char indices) for one run of plain text.
fn pre_tokenize(pre: PreTokenizer, chars: &[char]) -> Vec<usize> {
    let mut ends = Vec::with_capacity(chars.len() / 3 + 1);
    match pre {
        PreTokenizer::Gpt2 => split_gpt2(chars, 0, chars.len(), &mut ends),
        PreTokenizer::Smollm => {
            // '\p{N}': every number code point is a piece of its own; the runs between are pieces too.
            let mut start = 0;
            for (i, &c) in chars.iter().enumerate() {
                if char_class(c) == CharClass::Number {
                    if start < i {
                        split_gpt2(chars, start, i, &mut ends);
                    }
                    ends.push(i + 1);
                    start = i + 1;
                }
            }
            if start < chars.len() {
                split_gpt2(chars, start, chars.len(), &mut ends);
            }
        }
    }
    ends
}

/// Byte-level BPE tokenizer. Cheap to share (`&Tokenizer` is all encode/decode need).
#[derive(Debug, Clone)]
pub struct Tokenizer {
    /// Token text as stored in the GGUF (byte alphabet for normal tokens).
    tokens: Vec<String>,
    types: Vec<TokenType>,
    /// Raw bytes each token stands for.
    bytes: Vec<Vec<u8>>,
    /// Text of every BPE symbol: ids below `tokens.len()` are tokens, the rest are merge
    /// intermediates that have no token of their own (llama.cpp falls back to bytes for those).
    extra_symbols: Vec<String>,
    /// Symbol of each byte's alphabet character.
    byte_symbol: [u32; 256],
    merges: HashMap<(u32, u32), Merge>,
    /// The token whose text is exactly this ASCII character, if any.
    ascii_token: [Option<u32>; 128],
    /// Special tokens tried by the partition step, longest text first.
    special_order: Vec<u32>,
    pre: PreTokenizer,
    bos: Option<u32>,
    eos: Option<u32>,
    eog: HashSet<u32>,
    add_bos: bool,
}

/// A merge rule: the rank decides the order, `merged` is the resulting symbol.
#[derive(Debug, Clone, Copy)]
struct Merge {
    rank: u32,
    merged: u32,
}

fn meta_u32(gguf: &Gguf, key: &str) -> Result<Option<u32>> {
    match gguf.get(key) {
        None => Ok(None),
        Some(v) => match v.as_u64() {
            Some(x) if x <= u32::MAX as u64 => Ok(Some(x as u32)),
            _ => Err(Error::BadMetadata { key: key.into(), why: format!("expected a token id, got {v:?}") }),
        },
    }
}

fn meta_bool(gguf: &Gguf, key: &str) -> Result<Option<bool>> {
    match gguf.get(key) {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(v) => Err(Error::BadMetadata { key: key.into(), why: format!("expected a bool, got {v:?}") }),
    }
}

/// Texts that llama.cpp treats as end-of-generation wherever they appear in a vocabulary.
const EOG_TEXTS: &[&str] = &[
    "<|eot_id|>",
    "<|im_end|>",
    "<|end|>",
    "<|return|>",
    "<|call|>",
    "<|flush|>",
    "<|calls|>",
    "<end_of_turn>",
    "<|endoftext|>",
    "</s>",
    "<|eom_id|>",
    "<EOT>",
    "_<EOT>",
    "[EOT]",
    "[EOS]",
    "<|end_of_text|>",
    "<end_of_utterance>",
    "<eos>",
    "<turn|>",
    "<|tool_response>",
    "<｜end▁of▁sentence｜>",
    "[e~[",
];

/// Fill-in-the-middle pad / repository / file-separator tokens: llama.cpp finds them by these
/// texts when the metadata does not name them, and ends generation on them too.
const FIM_EOG: &[(&str, &[&str])] = &[
    ("tokenizer.ggml.fim_pad_token_id", &["<|fim_pad|>", "<fim-pad>", "<fim_pad>", "<PAD>", "[PAD]"]),
    ("tokenizer.ggml.fim_rep_token_id", &["<|fim_repo|>", "<|repo_name|>", "<fim-repo>", "<REPO>", "<reponame>"]),
    ("tokenizer.ggml.fim_sep_token_id", &["<|file_sep|>"]),
];

/// `tokenizer.ggml.tokens`: the token texts, by id.
fn read_tokens(gguf: &Gguf) -> Result<Vec<String>> {
    let values = gguf.get_array("tokenizer.ggml.tokens")?;
    if values.is_empty() || values.len() > (u32::MAX / 2) as usize {
        return Err(Error::BadMetadata { key: "tokenizer.ggml.tokens".into(), why: format!("{} tokens", values.len()) });
    }
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            v.as_str().map(str::to_string).ok_or_else(|| Error::BadMetadata { key: "tokenizer.ggml.tokens".into(), why: format!("entry {i} is not a string") })
        })
        .collect()
}

/// `tokenizer.ggml.token_type`, one per token (all normal when absent).
fn read_types(gguf: &Gguf, n_vocab: usize) -> Result<Vec<TokenType>> {
    let key = "tokenizer.ggml.token_type";
    let items = match gguf.get(key) {
        None => return Ok(vec![TokenType::Normal; n_vocab]),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(Error::BadMetadata { key: key.into(), why: "expected an array".into() }),
    };
    if items.len() != n_vocab {
        return Err(Error::BadMetadata { key: key.into(), why: format!("{} entries for {n_vocab} tokens", items.len()) });
    }
    items
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let id = match *v {
                Value::I32(x) => x as i64,
                Value::I8(x) => x as i64,
                Value::I16(x) => x as i64,
                Value::I64(x) => x,
                _ => v
                    .as_u64()
                    .map(|x| x.min(i64::MAX as u64) as i64)
                    .ok_or_else(|| Error::BadMetadata { key: key.into(), why: format!("entry {i} is not an integer") })?,
            };
            Ok(TokenType::from_id(id))
        })
        .collect()
}

/// Symbol ids for BPE: the tokens, then merge parts or results that are not tokens themselves.
struct Symbols {
    of: HashMap<String, u32>,
    extra: Vec<String>,
    n_vocab: usize,
}

impl Symbols {
    fn new(tokens: &[String]) -> Symbols {
        let mut of = HashMap::with_capacity(tokens.len() + 1024);
        for (i, t) in tokens.iter().enumerate() {
            of.insert(t.clone(), i as u32); // a repeated text maps to its last id, as in llama.cpp
        }
        Symbols { of, extra: Vec::new(), n_vocab: tokens.len() }
    }

    fn id(&mut self, text: &str) -> u32 {
        if let Some(&id) = self.of.get(text) {
            return id;
        }
        let id = (self.n_vocab + self.extra.len()) as u32;
        self.extra.push(text.to_string());
        self.of.insert(text.to_string(), id);
        id
    }
}

/// `tokenizer.ggml.merges`: "left right" rules by rank; the first rule for a pair wins.
fn read_merges(gguf: &Gguf, symbols: &mut Symbols) -> Result<HashMap<(u32, u32), Merge>> {
    let values = gguf.get_array("tokenizer.ggml.merges")?;
    let mut merges: HashMap<(u32, u32), Merge> = HashMap::with_capacity(values.len());
    for (rank, v) in values.iter().enumerate() {
        let s = v.as_str().ok_or_else(|| Error::BadMetadata { key: "tokenizer.ggml.merges".into(), why: format!("entry {rank} is not a string") })?;
        // Split at the first space after the first byte (a left part may be " ").
        let Some(split) = s.as_bytes().iter().skip(1).position(|&b| b == b' ').map(|i| i + 1) else {
            continue;
        };
        let (left, right) = (&s[..split], &s[split + 1..]);
        if left.is_empty() || right.is_empty() {
            continue;
        }
        let (a, b) = (symbols.id(left), symbols.id(right));
        let merged = symbols.id(&format!("{left}{right}"));
        merges.entry((a, b)).or_insert(Merge { rank: rank as u32, merged });
    }
    Ok(merges)
}

/// The bytes a token stands for: byte-level BPE text mapped back to bytes, `<0xNN>` byte tokens,
/// control and user-defined tokens as their UTF-8 text.
fn token_bytes(t: &str, ty: TokenType, char_byte: &HashMap<char, u8>) -> Vec<u8> {
    match ty {
        TokenType::Normal | TokenType::Undefined | TokenType::Unused => {
            let mut out = Vec::with_capacity(t.len());
            for c in t.chars() {
                match char_byte.get(&c) {
                    Some(&b) => out.push(b),
                    None => {
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    }
                }
            }
            out
        }
        TokenType::Byte => match t.strip_prefix("<0x").and_then(|h| h.strip_suffix('>')) {
            Some(hex) if hex.len() == 2 => match u8::from_str_radix(hex, 16) {
                Ok(b) => vec![b],
                Err(_) => t.as_bytes().to_vec(),
            },
            _ => t.chars().map(|c| char_byte.get(&c).copied()).collect::<Option<Vec<u8>>>().unwrap_or_else(|| t.as_bytes().to_vec()),
        },
        TokenType::Control | TokenType::UserDefined | TokenType::Unknown => t.as_bytes().to_vec(),
    }
}

/// A token id from metadata, refused when outside the vocabulary.
fn in_vocab(key: &str, id: Option<u32>, n_vocab: usize) -> Result<Option<u32>> {
    match id {
        Some(i) if i as usize >= n_vocab => Err(Error::BadMetadata { key: key.into(), why: format!("token id {i} is outside the vocabulary of {n_vocab}") }),
        other => Ok(other),
    }
}

/// End of generation, as llama.cpp decides it: EOS/EOT/EOM, the FIM pad/repo/separator tokens,
/// and tokens with an end-of-turn text. Tokens found by text are made control tokens.
fn end_of_generation(gguf: &Gguf, tokens: &[String], types: &mut [TokenType], ends: [Option<u32>; 3]) -> Result<HashSet<u32>> {
    let mut eog: HashSet<u32> = ends.into_iter().flatten().collect();
    for (key, texts) in FIM_EOG {
        match in_vocab(key, meta_u32(gguf, key)?, tokens.len())? {
            Some(id) => {
                eog.insert(id);
            }
            None => {
                if let Some(i) = tokens.iter().position(|t| texts.contains(&t.as_str())) {
                    eog.insert(i as u32);
                    types[i] = TokenType::Control;
                }
            }
        }
    }
    for (i, t) in tokens.iter().enumerate() {
        if EOG_TEXTS.contains(&t.as_str()) {
            eog.insert(i as u32);
            types[i] = TokenType::Control;
        }
    }
    Ok(eog)
}

impl Tokenizer {
    /// Builds the tokenizer from `tokenizer.ggml.*` metadata. Only `tokenizer.ggml.model = "gpt2"`
    /// (byte-level BPE) is supported; anything else is an `Error::Tokenizer`.
    pub fn from_gguf(gguf: &Gguf) -> Result<Tokenizer> {
        let model = gguf.get_str("tokenizer.ggml.model")?;
        if model != "gpt2" {
            return Err(Error::Tokenizer(format!("unsupported tokenizer model {model:?} (tokenizer.ggml.model); supported: gpt2 (byte-level BPE)")));
        }
        let pre = match gguf.get("tokenizer.ggml.pre") {
            None => return Err(Error::Tokenizer("tokenizer.ggml.pre is missing; the pre-tokenizer cannot be chosen".into())),
            Some(v) => {
                PreTokenizer::from_name(v.as_str().ok_or_else(|| Error::BadMetadata { key: "tokenizer.ggml.pre".into(), why: "expected a string".into() })?)?
            }
        };
        let tokens = read_tokens(gguf)?;
        let n_vocab = tokens.len();
        let mut types = read_types(gguf, n_vocab)?;

        let chars = byte_chars();
        let char_byte: HashMap<char, u8> = chars.iter().enumerate().map(|(b, &c)| (c, b as u8)).collect();
        let mut symbols = Symbols::new(&tokens);
        let mut ascii_token = [None; 128];
        for (b, slot) in ascii_token.iter_mut().enumerate() {
            *slot = symbols.of.get(&(b as u8 as char).to_string()).copied();
        }
        let mut byte_symbol = [0u32; 256];
        for (b, &c) in chars.iter().enumerate() {
            byte_symbol[b] = symbols.id(&c.to_string());
        }
        let merges = read_merges(gguf, &mut symbols)?;
        let bytes = tokens.iter().zip(&types).map(|(t, ty)| token_bytes(t, *ty, &char_byte)).collect();

        let check = |key: &str| -> Result<Option<u32>> { in_vocab(key, meta_u32(gguf, key)?, n_vocab) };
        let bos = check("tokenizer.ggml.bos_token_id")?;
        let eos = check("tokenizer.ggml.eos_token_id")?;
        let eot = check("tokenizer.ggml.eot_token_id")?;
        let eom = check("tokenizer.ggml.eom_token_id")?;
        let add_bos = meta_bool(gguf, "tokenizer.ggml.add_bos_token")?.unwrap_or(false);
        let eog = end_of_generation(gguf, &tokens, &mut types, [eos, eot, eom])?;

        let mut special_order: Vec<u32> = (0..n_vocab as u32)
            .filter(|&i| {
                let i = i as usize;
                matches!(types[i], TokenType::Control | TokenType::UserDefined | TokenType::Unknown) && !tokens[i].is_empty()
            })
            .collect();
        special_order.sort_by_key(|&i| (Reverse(tokens[i as usize].len()), i));
        let extra_symbols = symbols.extra;
        Ok(Tokenizer { tokens, types, bytes, extra_symbols, byte_symbol, merges, ascii_token, special_order, pre, bos, eos, eog, add_bos })
    }

    pub fn vocab_size(&self) -> usize {
        self.tokens.len()
    }

    pub fn bos(&self) -> Option<u32> {
        self.bos
    }

    pub fn eos(&self) -> Option<u32> {
        self.eos
    }

    /// Whether the model wants BOS in front of a prompt (`tokenizer.ggml.add_bos_token`).
    /// [`Tokenizer::encode`] never adds it; callers that build prompts do.
    pub fn add_bos(&self) -> bool {
        self.add_bos
    }

    pub fn pre_tokenizer(&self) -> PreTokenizer {
        self.pre
    }

    /// EOS, EOT/EOM and FIM pad/repo/separator tokens (from metadata, or found by their text as
    /// llama.cpp does), and tokens whose text llama.cpp treats as end of turn.
    pub fn is_end_of_generation(&self, id: u32) -> bool {
        self.eog.contains(&id)
    }

    /// All end-of-generation ids, sorted.
    pub fn end_of_generation_ids(&self) -> Vec<u32> {
        let mut ids: Vec<u32> = self.eog.iter().copied().collect();
        ids.sort_unstable();
        ids
    }

    /// The token's text as stored in the file (byte alphabet for normal tokens).
    pub fn token_text(&self, id: u32) -> Option<&str> {
        self.tokens.get(id as usize).map(String::as_str)
    }

    pub fn token_type(&self, id: u32) -> Option<TokenType> {
        self.types.get(id as usize).copied()
    }

    /// The raw bytes a token stands for (a control token's bytes are its text).
    pub fn token_bytes(&self, id: u32) -> Option<&[u8]> {
        self.bytes.get(id as usize).map(Vec::as_slice)
    }

    /// The id of a token by its exact (file) text.
    pub fn token_id(&self, text: &str) -> Option<u32> {
        // Special tokens are few; normal tokens are found by encoding.
        self.tokens.iter().rposition(|t| t == text).map(|i| i as u32)
    }

    /// Text → token ids. With `special`, the text of control tokens (`<|im_start|>`, ...) becomes
    /// those tokens; without, it is tokenized as plain text. Never adds BOS (see [`Tokenizer::add_bos`]).
    pub fn encode(&self, text: &str, special: bool) -> Result<Vec<u32>> {
        let mut out = Vec::with_capacity(text.len() / 3 + 4);
        // Fragments: Ok(text) still to tokenize, Err(id) a special token already matched.
        let mut fragments: Vec<std::result::Result<&str, u32>> = vec![Ok(text)];
        for &id in &self.special_order {
            let ty = self.types[id as usize];
            if !special && ty != TokenType::UserDefined {
                continue;
            }
            let needle = self.tokens[id as usize].as_str();
            if !text.contains(needle) {
                continue;
            }
            let mut next = Vec::with_capacity(fragments.len() + 2);
            for frag in fragments {
                match frag {
                    Ok(s) if s.contains(needle) => {
                        let mut rest = s;
                        while let Some(at) = rest.find(needle) {
                            if at > 0 {
                                next.push(Ok(&rest[..at]));
                            }
                            next.push(Err(id));
                            rest = &rest[at + needle.len()..];
                        }
                        if !rest.is_empty() {
                            next.push(Ok(rest));
                        }
                    }
                    other => next.push(other),
                }
            }
            fragments = next;
        }
        let mut chars: Vec<char> = Vec::new();
        for frag in fragments {
            match frag {
                Err(id) => out.push(id),
                Ok(s) => self.encode_plain(s, &mut chars, &mut out)?,
            }
        }
        Ok(out)
    }

    fn encode_plain(&self, text: &str, chars: &mut Vec<char>, out: &mut Vec<u32>) -> Result<()> {
        chars.clear();
        chars.extend(text.chars());
        let ends = pre_tokenize(self.pre, chars);
        let mut start = 0;
        let mut word = String::new();
        let mut syms: Vec<Symbol> = Vec::new();
        for end in ends {
            word.clear();
            word.extend(&chars[start..end]);
            start = end;
            self.bpe_word(word.as_bytes(), &mut syms, out)?;
        }
        Ok(())
    }

    fn merge_of(&self, a: u32, b: u32) -> Option<Merge> {
        self.merges.get(&(a, b)).copied()
    }

    fn bpe_word(&self, word: &[u8], syms: &mut Vec<Symbol>, out: &mut Vec<u32>) -> Result<()> {
        syms.clear();
        for (i, &b) in word.iter().enumerate() {
            syms.push(Symbol {
                id: self.byte_symbol[b as usize],
                prev: i.checked_sub(1),
                next: if i + 1 < word.len() { Some(i + 1) } else { None },
                live: true,
            });
        }
        if syms.len() > 1 {
            // (rank, left index, left symbol, right symbol); stale entries are skipped when popped.
            let mut heap: BinaryHeap<Reverse<(u32, usize, u32, u32)>> = BinaryHeap::new();
            for i in 0..syms.len() - 1 {
                if let Some(m) = self.merge_of(syms[i].id, syms[i + 1].id) {
                    heap.push(Reverse((m.rank, i, syms[i].id, syms[i + 1].id)));
                }
            }
            while let Some(Reverse((_, left, a, b))) = heap.pop() {
                let Some(right) = syms[left].next else {
                    continue;
                };
                if !syms[left].live || syms[left].id != a || syms[right].id != b {
                    continue;
                }
                let Some(m) = self.merge_of(a, b) else {
                    continue;
                };
                syms[left].id = m.merged;
                syms[right].live = false;
                let after = syms[right].next;
                syms[left].next = after;
                if let Some(n) = after {
                    syms[n].prev = Some(left);
                }
                if let Some(p) = syms[left].prev {
                    if let Some(m2) = self.merge_of(syms[p].id, m.merged) {
                        heap.push(Reverse((m2.rank, p, syms[p].id, m.merged)));
                    }
                }
                if let Some(n) = after {
                    if let Some(m2) = self.merge_of(m.merged, syms[n].id) {
                        heap.push(Reverse((m2.rank, left, m.merged, syms[n].id)));
                    }
                }
            }
        }
        let n_vocab = self.tokens.len();
        let mut i = if syms.is_empty() { None } else { Some(0) };
        while let Some(k) = i {
            let id = syms[k].id;
            if (id as usize) < n_vocab {
                out.push(id);
            } else {
                // A merge result with no token: llama.cpp emits the tokens of its single bytes that exist.
                let text = self.extra_symbols.get(id as usize - n_vocab).ok_or_else(|| Error::Tokenizer(format!("internal: symbol {id} has no text")))?;
                for b in text.bytes() {
                    if let Some(t) = self.ascii_token.get(b as usize).copied().flatten() {
                        out.push(t);
                    }
                }
            }
            i = syms[k].next;
        }
        Ok(())
    }

    /// Token ids → text. Invalid UTF-8 (a sequence cut mid-character) becomes U+FFFD; ids outside
    /// the vocabulary become U+FFFD too.
    pub fn decode(&self, ids: &[u32]) -> String {
        let mut buf = Vec::with_capacity(ids.len() * 4);
        for &id in ids {
            match self.token_bytes(id) {
                Some(b) => buf.extend_from_slice(b),
                None => buf.extend_from_slice("\u{fffd}".as_bytes()),
            }
        }
        String::from_utf8_lossy(&buf).into_owned()
    }

    /// Like [`Tokenizer::decode`]; with `skip_special`, control tokens (`<|im_end|>`, ...) produce no text.
    pub fn decode_with(&self, ids: &[u32], skip_special: bool) -> String {
        if !skip_special {
            return self.decode(ids);
        }
        let kept: Vec<u32> = ids.iter().copied().filter(|&id| self.token_type(id) != Some(TokenType::Control)).collect();
        self.decode(&kept)
    }

    /// A streaming decoder over this tokenizer.
    pub fn stream_decoder(&self) -> StreamDecoder<'_> {
        StreamDecoder::new(self)
    }
}

#[derive(Clone, Copy)]
struct Symbol {
    id: u32,
    prev: Option<usize>,
    next: Option<usize>,
    live: bool,
}

/// Turns a stream of byte chunks into text without ever splitting a UTF-8 character: bytes of an
/// incomplete character wait for the next chunk; bytes that can never become valid are U+FFFD.
#[derive(Debug, Clone, Default)]
pub struct Utf8Buffer {
    pending: Vec<u8>,
}

impl Utf8Buffer {
    pub fn new() -> Utf8Buffer {
        Utf8Buffer::default()
    }

    /// Appends bytes and returns the text that is now complete.
    pub fn push_bytes(&mut self, bytes: &[u8]) -> String {
        self.pending.extend_from_slice(bytes);
        let mut out = String::new();
        let mut consumed = 0;
        loop {
            let rest = &self.pending[consumed..];
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    consumed = self.pending.len();
                    break;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    // `valid` bytes are UTF-8 by the error's own account.
                    out.push_str(&String::from_utf8_lossy(&rest[..valid]));
                    match e.error_len() {
                        // Incomplete character at the end: wait for more bytes.
                        None => {
                            consumed += valid;
                            break;
                        }
                        Some(bad) => {
                            out.push('\u{fffd}');
                            consumed += valid + bad;
                        }
                    }
                }
            }
        }
        self.pending.drain(..consumed);
        out
    }

    /// Whether bytes of an unfinished character are waiting.
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Ends the stream: waiting bytes (an unfinished character) come out as U+FFFD.
    pub fn finish(&mut self) -> String {
        let out = String::from_utf8_lossy(&self.pending).into_owned();
        self.pending.clear();
        out
    }
}

/// Streaming detokenizer: `push(id)` returns the text that token completes, holding back the bytes
/// of a character that continues in a later token.
#[derive(Debug, Clone)]
pub struct StreamDecoder<'a> {
    tokenizer: &'a Tokenizer,
    buffer: Utf8Buffer,
    skip_special: bool,
}

impl<'a> StreamDecoder<'a> {
    pub fn new(tokenizer: &'a Tokenizer) -> StreamDecoder<'a> {
        StreamDecoder { tokenizer, buffer: Utf8Buffer::new(), skip_special: false }
    }

    /// When set, control tokens (`<|im_end|>`, ...) produce no text.
    pub fn skip_special(mut self, skip: bool) -> StreamDecoder<'a> {
        self.skip_special = skip;
        self
    }

    pub fn push(&mut self, id: u32) -> String {
        if self.skip_special && self.tokenizer.token_type(id) == Some(TokenType::Control) {
            return String::new();
        }
        match self.tokenizer.token_bytes(id) {
            Some(b) => self.buffer.push_bytes(b),
            None => {
                let mut s = self.buffer.finish();
                s.push('\u{fffd}');
                s
            }
        }
    }

    pub fn finish(&mut self) -> String {
        self.buffer.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(pre: PreTokenizer, s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        let mut start = 0;
        pre_tokenize(pre, &chars)
            .into_iter()
            .map(|e| {
                let w: String = chars[start..e].iter().collect();
                start = e;
                w
            })
            .collect()
    }

    #[test]
    fn gpt2_split() {
        assert_eq!(words(PreTokenizer::Gpt2, "Hello world"), ["Hello", " world"]);
        assert_eq!(words(PreTokenizer::Gpt2, "I'm you'll"), ["I", "'m", " you", "'ll"]);
        assert_eq!(words(PreTokenizer::Gpt2, "a   b"), ["a", "  ", " b"]);
        assert_eq!(words(PreTokenizer::Gpt2, "a  "), ["a", "  "]);
        assert_eq!(words(PreTokenizer::Gpt2, "\tx"), ["\t", "x"]);
        assert_eq!(words(PreTokenizer::Gpt2, "x \n\ny"), ["x", " \n", "\n", "y"]);
        assert_eq!(words(PreTokenizer::Gpt2, "abc 123!?"), ["abc", " 123", "!?"]);
        assert_eq!(words(PreTokenizer::Gpt2, "héllo wörld"), ["héllo", " wörld"]);
    }

    #[test]
    fn smollm_split_isolates_digits() {
        assert_eq!(words(PreTokenizer::Smollm, "abc 123!"), ["abc", " ", "1", "2", "3", "!"]);
        assert_eq!(words(PreTokenizer::Smollm, "x   1"), ["x", "   ", "1"]);
        assert_eq!(words(PreTokenizer::Smollm, "٣4"), ["٣", "4"]);
    }

    #[test]
    fn classes() {
        assert!(char_class('é') == CharClass::Letter);
        assert!(char_class('中') == CharClass::Letter);
        assert!(char_class('٣') == CharClass::Number);
        assert!(char_class('½') == CharClass::Number);
        assert!(char_class('😀') == CharClass::Other);
        assert!(is_space('\u{3000}') && is_space('\u{85}') && !is_space('\u{200b}'));
    }

    #[test]
    fn utf8_buffer_holds_partial_characters() {
        let mut b = Utf8Buffer::new();
        let e = "😀".as_bytes();
        assert_eq!(b.push_bytes(&e[..1]), "");
        assert_eq!(b.push_bytes(&e[1..3]), "");
        assert_eq!(b.push_bytes(&e[3..]), "😀");
        assert_eq!(b.push_bytes(&[0xff, b'a']), "\u{fffd}a");
        assert_eq!(b.push_bytes(&e[..2]), "");
        assert_eq!(b.finish(), "\u{fffd}");
    }
}
