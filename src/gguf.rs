//! GGUF v2/v3 reader over a byte slice (the whole file, as the browser hands it over).
//!
//! Every read is bounds-checked and every count is checked against the bytes that remain, so a
//! hostile header cannot make us allocate more than the file itself could describe.

use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

const MAGIC: [u8; 4] = *b"GGUF";
const MAX_TENSORS: u64 = 1 << 16;
const MAX_KV: u64 = 1 << 16;
const MAX_STRING: u64 = 1 << 24;
const MAX_ARRAY: u64 = 1 << 24;
const MAX_DIMS: u32 = 4;
const DEFAULT_ALIGNMENT: u64 = 32;

/// ggml tensor element types. The numbers are ggml's on-disk ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GgmlType {
    F32,
    F16,
    Q4_0,
    Q4_1,
    Q5_0,
    Q5_1,
    Q8_0,
    Q8_1,
    Q2K,
    Q3K,
    Q4K,
    Q5K,
    Q6K,
    Q8K,
    Iq4Nl,
    I8,
    I16,
    I32,
    I64,
    F64,
    Bf16,
}

impl GgmlType {
    pub fn from_id(id: u32) -> Option<GgmlType> {
        use GgmlType::*;
        Some(match id {
            0 => F32,
            1 => F16,
            2 => Q4_0,
            3 => Q4_1,
            6 => Q5_0,
            7 => Q5_1,
            8 => Q8_0,
            9 => Q8_1,
            10 => Q2K,
            11 => Q3K,
            12 => Q4K,
            13 => Q5K,
            14 => Q6K,
            15 => Q8K,
            20 => Iq4Nl,
            24 => I8,
            25 => I16,
            26 => I32,
            27 => I64,
            28 => F64,
            30 => Bf16,
            _ => return None,
        })
    }

    /// (elements per block, bytes per block)
    pub fn block_layout(self) -> (u64, u64) {
        use GgmlType::*;
        match self {
            F32 => (1, 4),
            F16 => (1, 2),
            Q4_0 => (32, 18),
            Q4_1 => (32, 20),
            Q5_0 => (32, 22),
            Q5_1 => (32, 24),
            Q8_0 => (32, 34),
            Q8_1 => (32, 36),
            Q2K => (256, 84),
            Q3K => (256, 110),
            Q4K => (256, 144),
            Q5K => (256, 176),
            Q6K => (256, 210),
            Q8K => (256, 292),
            Iq4Nl => (32, 18),
            I8 => (1, 1),
            I16 => (1, 2),
            I32 => (1, 4),
            I64 => (1, 8),
            F64 => (1, 8),
            Bf16 => (1, 2),
        }
    }

    pub fn name(self) -> &'static str {
        use GgmlType::*;
        match self {
            F32 => "F32",
            F16 => "F16",
            Q4_0 => "Q4_0",
            Q4_1 => "Q4_1",
            Q5_0 => "Q5_0",
            Q5_1 => "Q5_1",
            Q8_0 => "Q8_0",
            Q8_1 => "Q8_1",
            Q2K => "Q2_K",
            Q3K => "Q3_K",
            Q4K => "Q4_K",
            Q5K => "Q5_K",
            Q6K => "Q6_K",
            Q8K => "Q8_K",
            Iq4Nl => "IQ4_NL",
            I8 => "I8",
            I16 => "I16",
            I32 => "I32",
            I64 => "I64",
            F64 => "F64",
            Bf16 => "BF16",
        }
    }
}

/// A metadata value. Arrays hold values of one type, as GGUF stores them.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    U8(u8),
    I8(i8),
    U16(u16),
    I16(i16),
    U32(u32),
    I32(i32),
    F32(f32),
    Bool(bool),
    Str(String),
    Array(Vec<Value>),
    U64(u64),
    I64(i64),
    F64(f64),
}

impl Value {
    pub fn as_u64(&self) -> Option<u64> {
        match *self {
            Value::U8(v) => Some(v as u64),
            Value::U16(v) => Some(v as u64),
            Value::U32(v) => Some(v as u64),
            Value::U64(v) => Some(v),
            Value::I8(v) if v >= 0 => Some(v as u64),
            Value::I16(v) if v >= 0 => Some(v as u64),
            Value::I32(v) if v >= 0 => Some(v as u64),
            Value::I64(v) if v >= 0 => Some(v as u64),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            Value::F32(v) => Some(v as f64),
            Value::F64(v) => Some(v),
            _ => self.as_u64().map(|v| v as f64),
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TensorInfo {
    pub name: String,
    /// ggml order: `dims[0]` is the contiguous (input) dimension.
    pub dims: Vec<u64>,
    pub ggml_type: GgmlType,
    /// Absolute byte offset of the tensor's data in the file.
    pub offset: u64,
    pub n_bytes: u64,
}

impl TensorInfo {
    pub fn n_elements(&self) -> u64 {
        self.dims.iter().product()
    }
}

#[derive(Debug, Clone)]
pub struct Gguf {
    pub version: u32,
    pub metadata: HashMap<String, Value>,
    /// Metadata keys in file order, for listing.
    pub keys: Vec<String>,
    pub tensors: Vec<TensorInfo>,
    pub alignment: u64,
    /// Where tensor data starts; everything before it is the header that the fingerprint hashes.
    pub data_offset: u64,
    index: HashMap<String, usize>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: u64, what: &str) -> Result<&'a [u8]> {
        let len = self.bytes.len() as u64;
        let start = self.pos as u64;
        if n > len.saturating_sub(start) {
            return Err(Error::GgufTruncated { what: what.to_string(), offset: start, needed: n, len });
        }
        let s = &self.bytes[self.pos..self.pos + n as usize];
        self.pos += n as usize;
        Ok(s)
    }

    fn remaining(&self) -> u64 {
        (self.bytes.len() - self.pos) as u64
    }

    fn array<const N: usize>(&mut self, what: &str) -> Result<[u8; N]> {
        let s = self.take(N as u64, what)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    fn u32(&mut self, what: &str) -> Result<u32> {
        Ok(u32::from_le_bytes(self.array(what)?))
    }

    fn u64(&mut self, what: &str) -> Result<u64> {
        Ok(u64::from_le_bytes(self.array(what)?))
    }

    fn count(&mut self, what: &str, limit: u64) -> Result<u64> {
        let n = self.u64(what)?;
        if n > limit {
            return Err(Error::GgufLimit { what: what.to_string(), value: n, limit });
        }
        Ok(n)
    }

    fn string(&mut self, what: &str) -> Result<String> {
        let n = self.count(&format!("{what} length"), MAX_STRING)?;
        let offset = self.pos;
        let s = self.take(n, what)?;
        String::from_utf8(s.to_vec()).map_err(|_| Error::GgufMalformed(format!("{what} at byte {offset} is not valid UTF-8")))
    }

    fn value(&mut self, key: &str, value_type: u32, depth: u32) -> Result<Value> {
        Ok(match value_type {
            0 => Value::U8(self.array::<1>(key)?[0]),
            1 => Value::I8(self.array::<1>(key)?[0] as i8),
            2 => Value::U16(u16::from_le_bytes(self.array(key)?)),
            3 => Value::I16(i16::from_le_bytes(self.array(key)?)),
            4 => Value::U32(self.u32(key)?),
            5 => Value::I32(i32::from_le_bytes(self.array(key)?)),
            6 => Value::F32(f32::from_le_bytes(self.array(key)?)),
            7 => match self.array::<1>(key)?[0] {
                0 => Value::Bool(false),
                1 => Value::Bool(true),
                b => return Err(Error::GgufMalformed(format!("key {key:?}: bool byte {b}"))),
            },
            8 => Value::Str(self.string(key)?),
            9 => {
                if depth > 0 {
                    return Err(Error::GgufMalformed(format!("key {key:?}: nested arrays")));
                }
                let elem_type = self.u32(key)?;
                let n = self.count(&format!("array {key:?} length"), MAX_ARRAY)?;
                // Each element takes at least this many bytes, so the file must hold n of them
                // before we reserve anything.
                let min_size = match elem_type {
                    0 | 1 | 7 => 1,
                    2 | 3 => 2,
                    4..=6 => 4,
                    8 | 10 | 11 | 12 => 8,
                    _ => return Err(Error::GgufValueType { key: key.to_string(), value_type: elem_type }),
                };
                if n.saturating_mul(min_size) > self.remaining() {
                    return Err(Error::GgufTruncated {
                        what: format!("array {key:?} of {n} elements"),
                        offset: self.pos as u64,
                        needed: n.saturating_mul(min_size),
                        len: self.bytes.len() as u64,
                    });
                }
                let mut items = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    items.push(self.value(key, elem_type, depth + 1)?);
                }
                Value::Array(items)
            }
            10 => Value::U64(self.u64(key)?),
            11 => Value::I64(i64::from_le_bytes(self.array(key)?)),
            12 => Value::F64(f64::from_le_bytes(self.array(key)?)),
            _ => return Err(Error::GgufValueType { key: key.to_string(), value_type }),
        })
    }
}

/// Where a tensor's data lies, checked to be whole blocks, aligned and inside the file.
fn locate(name: String, dims: Vec<u64>, ggml_type: GgmlType, rel_offset: u64, alignment: u64, data_offset: u64, file_len: u64) -> Result<TensorInfo> {
    let n_elements = dims
        .iter()
        .try_fold(1u64, |acc, &d| acc.checked_mul(d))
        .ok_or_else(|| Error::GgufTensorLayout { tensor: name.clone(), why: format!("dimensions {dims:?} overflow") })?;
    let (block, block_bytes) = ggml_type.block_layout();
    if dims[0] % block != 0 {
        return Err(Error::GgufTensorLayout {
            tensor: name,
            why: format!("row length {} is not a multiple of the {} block size {block}", dims[0], ggml_type.name()),
        });
    }
    let n_bytes =
        (n_elements / block).checked_mul(block_bytes).ok_or_else(|| Error::GgufTensorLayout { tensor: name.clone(), why: "size overflows".into() })?;
    if rel_offset % alignment != 0 {
        return Err(Error::GgufTensorLayout { tensor: name, why: format!("offset {rel_offset} is not aligned to {alignment}") });
    }
    let offset = data_offset.checked_add(rel_offset).ok_or_else(|| Error::GgufTensorLayout { tensor: name.clone(), why: "offset overflows".into() })?;
    if offset.checked_add(n_bytes).is_none_or(|end| end > file_len) {
        return Err(Error::GgufTensorLayout {
            tensor: name,
            why: format!("data at bytes {offset}..{} lies past the end of the file ({file_len} bytes)", offset.saturating_add(n_bytes)),
        });
    }
    Ok(TensorInfo { name, dims, ggml_type, offset, n_bytes })
}

impl Gguf {
    pub fn parse(bytes: &[u8]) -> Result<Gguf> {
        let mut r = Reader { bytes, pos: 0 };
        let magic: [u8; 4] = r.array("magic")?;
        if magic != MAGIC {
            return Err(Error::GgufMagic(magic));
        }
        let version = r.u32("version")?;
        if version != 2 && version != 3 {
            return Err(Error::GgufVersion(version));
        }
        let n_tensors = r.count("tensor count", MAX_TENSORS)?;
        let n_kv = r.count("metadata count", MAX_KV)?;

        let mut metadata = HashMap::new();
        let mut keys = Vec::new();
        for _ in 0..n_kv {
            let key = r.string("metadata key")?;
            let value_type = r.u32(&key)?;
            let value = r.value(&key, value_type, 0)?;
            if metadata.insert(key.clone(), value).is_some() {
                return Err(Error::GgufMalformed(format!("duplicate metadata key {key:?}")));
            }
            keys.push(key);
        }

        let alignment = match metadata.get("general.alignment") {
            None => DEFAULT_ALIGNMENT,
            Some(v) => match v.as_u64() {
                Some(a) if a > 0 && a.is_power_of_two() && a <= 1 << 20 => a,
                _ => return Err(Error::GgufMalformed(format!("general.alignment {v:?} is not a power of two"))),
            },
        };

        let mut raw = Vec::new();
        for _ in 0..n_tensors {
            let name = r.string("tensor name")?;
            let n_dims = r.u32(&name)?;
            if n_dims == 0 || n_dims > MAX_DIMS {
                return Err(Error::GgufTensorLayout { tensor: name, why: format!("{n_dims} dimensions (1 to {MAX_DIMS} allowed)") });
            }
            let mut dims = Vec::with_capacity(n_dims as usize);
            for _ in 0..n_dims {
                dims.push(r.u64(&name)?);
            }
            let type_id = r.u32(&name)?;
            let ggml_type = GgmlType::from_id(type_id).ok_or_else(|| Error::GgufTensorType { tensor: name.clone(), type_id })?;
            let rel_offset = r.u64(&name)?;
            raw.push((name, dims, ggml_type, rel_offset));
        }

        let data_offset = (r.pos as u64).div_ceil(alignment) * alignment;
        let file_len = bytes.len() as u64;
        let mut tensors = Vec::with_capacity(raw.len());
        let mut index = HashMap::new();
        for (name, dims, ggml_type, rel_offset) in raw {
            let t = locate(name, dims, ggml_type, rel_offset, alignment, data_offset, file_len)?;
            if index.insert(t.name.clone(), tensors.len()).is_some() {
                return Err(Error::GgufMalformed(format!("duplicate tensor name {:?}", t.name)));
            }
            tensors.push(t);
        }

        let mut by_offset: Vec<&TensorInfo> = tensors.iter().collect();
        by_offset.sort_by_key(|t| t.offset);
        for pair in by_offset.windows(2) {
            if pair[0].offset + pair[0].n_bytes > pair[1].offset {
                return Err(Error::GgufTensorOverlap { a: pair[0].name.clone(), b: pair[1].name.clone() });
            }
        }

        Ok(Gguf { version, metadata, keys, tensors, alignment, data_offset, index })
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.metadata.get(key)
    }

    fn require(&self, key: &str) -> Result<&Value> {
        self.get(key).ok_or_else(|| Error::MissingMetadata(key.to_string()))
    }

    pub fn get_u64(&self, key: &str) -> Result<u64> {
        let v = self.require(key)?;
        v.as_u64().ok_or_else(|| Error::BadMetadata { key: key.into(), why: format!("expected an unsigned integer, got {v:?}") })
    }

    pub fn get_f32(&self, key: &str) -> Result<f32> {
        let v = self.require(key)?;
        v.as_f64().map(|x| x as f32).ok_or_else(|| Error::BadMetadata { key: key.into(), why: format!("expected a number, got {v:?}") })
    }

    pub fn get_str(&self, key: &str) -> Result<&str> {
        let v = self.require(key)?;
        v.as_str().ok_or_else(|| Error::BadMetadata { key: key.into(), why: "expected a string".into() })
    }

    pub fn get_array(&self, key: &str) -> Result<&[Value]> {
        match self.require(key)? {
            Value::Array(items) => Ok(items),
            _ => Err(Error::BadMetadata { key: key.into(), why: "expected an array".into() }),
        }
    }

    pub fn tensor(&self, name: &str) -> Result<&TensorInfo> {
        self.index.get(name).map(|&i| &self.tensors[i]).ok_or_else(|| Error::MissingTensor(name.to_string()))
    }

    /// The raw bytes of a tensor. `bytes` must be the buffer this header was parsed from.
    pub fn tensor_data<'a>(&self, bytes: &'a [u8], t: &TensorInfo) -> Result<&'a [u8]> {
        bytes
            .get(t.offset as usize..(t.offset + t.n_bytes) as usize)
            .ok_or_else(|| Error::GgufTensorLayout { tensor: t.name.clone(), why: "data lies outside the given bytes".into() })
    }

    /// sha256 (lowercase hex) of everything before the tensor data: identifies a model file
    /// cheaply; adapters record it as `base_model` (training/FORMAT.md).
    pub fn fingerprint(&self, bytes: &[u8]) -> Result<String> {
        let header = bytes.get(..self.data_offset as usize).ok_or_else(|| Error::GgufMalformed("header is longer than the given bytes".into()))?;
        Ok(Sha256::digest(header).iter().map(|b| format!("{b:02x}")).collect())
    }
}
