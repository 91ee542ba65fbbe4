//! Views of the model's tensors inside the GGUF bytes: exact dequantisation for the CPU
//! reference, and repacking into the GPU's block layouts.

use crate::error::{Error, Result};
use crate::gguf::{GgmlType, Gguf, TensorInfo};
use half::f16;

/// How a matrix lives on the GPU. Every layout is a sequence of u32 words in blocks of 32
/// weights, one block per 32 consecutive inputs of a row, so a kernel finds chunk `c` (8 weights)
/// of row `o` without knowing where the weights came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GpuFormat {
    /// Q4_0 and Q4_1: `[scale, min, 4 words of 8 nibbles]`, weight = q·scale + min.
    Q4,
    /// Q8_0: `[scale, 8 words of 4 signed bytes]`, weight = q·scale.
    Q8,
    /// F32, F16, BF16: 32 plain f32 words.
    F32,
}

impl GpuFormat {
    pub fn words_per_block(self) -> usize {
        match self {
            GpuFormat::Q4 => 6,
            GpuFormat::Q8 => 9,
            GpuFormat::F32 => 32,
        }
    }
}

/// A 2-D weight matrix: `rows` outputs of `cols` inputs each, row-major as GGUF stores them.
#[derive(Debug, Clone, Copy)]
pub struct Matrix<'a> {
    pub name: &'a str,
    pub ggml_type: GgmlType,
    pub rows: usize,
    pub cols: usize,
    data: &'a [u8],
    row_bytes: usize,
}

fn f16_at(b: &[u8], i: usize) -> f32 {
    f16::from_bits(u16::from_le_bytes([b[i], b[i + 1]])).to_f32()
}

impl<'a> Matrix<'a> {
    pub fn new(g: &'a Gguf, bytes: &'a [u8], t: &'a TensorInfo) -> Result<Matrix<'a>> {
        let (cols, rows) = match t.dims[..] {
            [c] => (c, 1),
            [c, r] => (c, r),
            _ => return Err(Error::TensorShape { tensor: t.name.clone(), expected: vec![0, 0], got: t.dims.clone() }),
        };
        match t.ggml_type {
            GgmlType::F32 | GgmlType::F16 | GgmlType::Bf16 | GgmlType::Q4_0 | GgmlType::Q4_1 | GgmlType::Q8_0 => {}
            other => return Err(Error::UnsupportedTensorType { tensor: t.name.clone(), ggml_type: other.name().into() }),
        }
        let (block, block_bytes) = t.ggml_type.block_layout();
        let data = g.tensor_data(bytes, t)?;
        // A zero dimension makes an empty tensor of any other size: the row length must still be
        // a real number of bytes (found by fuzzing).
        let row_bytes = (cols / block)
            .checked_mul(block_bytes)
            .and_then(|rb| usize::try_from(rb).ok())
            .filter(|&rb| (rows as usize).checked_mul(rb) == Some(data.len()))
            .ok_or_else(|| Error::GgufTensorLayout { tensor: t.name.clone(), why: format!("{rows} rows of {cols} values do not fill its {} bytes", data.len()) })?;
        Ok(Matrix { name: &t.name, ggml_type: t.ggml_type, rows: rows as usize, cols: cols as usize, data, row_bytes })
    }

    /// Checks the shape against what the model needs (`[cols, rows]` in ggml order).
    pub fn expect(self, cols: usize, rows: usize) -> Result<Self> {
        if self.cols != cols || self.rows != rows {
            return Err(Error::TensorShape {
                tensor: self.name.to_string(),
                expected: vec![cols as u64, rows as u64],
                got: vec![self.cols as u64, self.rows as u64],
            });
        }
        Ok(self)
    }

    /// Dequantises row `r` exactly as ggml does (q·d + m with q·d exact in f32).
    pub fn dequantize_row(&self, r: usize, out: &mut [f32]) {
        let b = &self.data[r * self.row_bytes..(r + 1) * self.row_bytes];
        match self.ggml_type {
            GgmlType::F32 => {
                for (o, c) in out.iter_mut().zip(b.chunks_exact(4)) {
                    *o = f32::from_le_bytes([c[0], c[1], c[2], c[3]]);
                }
            }
            GgmlType::F16 => {
                for (i, o) in out.iter_mut().enumerate() {
                    *o = f16_at(b, 2 * i);
                }
            }
            GgmlType::Bf16 => {
                for (o, c) in out.iter_mut().zip(b.chunks_exact(2)) {
                    *o = f32::from_bits((u16::from_le_bytes([c[0], c[1]]) as u32) << 16);
                }
            }
            GgmlType::Q4_0 | GgmlType::Q4_1 => {
                let q4_1 = self.ggml_type == GgmlType::Q4_1;
                let bb = if q4_1 { 20 } else { 18 };
                for (blk, o) in b.chunks_exact(bb).zip(out.chunks_exact_mut(32)) {
                    let d = f16_at(blk, 0);
                    let (m, qs) = if q4_1 { (f16_at(blk, 2), &blk[4..20]) } else { (-8.0 * d, &blk[2..18]) };
                    for j in 0..16 {
                        o[j] = (qs[j] & 0xF) as f32 * d + m;
                        o[j + 16] = (qs[j] >> 4) as f32 * d + m;
                    }
                }
            }
            GgmlType::Q8_0 => {
                for (blk, o) in b.chunks_exact(34).zip(out.chunks_exact_mut(32)) {
                    let d = f16_at(blk, 0);
                    for j in 0..32 {
                        o[j] = (blk[2 + j] as i8) as f32 * d;
                    }
                }
            }
            _ => unreachable!("Matrix::new admits only dequantisable types"),
        }
    }

    pub fn dequantize(&self) -> Vec<f32> {
        let mut out = vec![0.0; self.rows * self.cols];
        for (r, row) in out.chunks_exact_mut(self.cols).enumerate() {
            self.dequantize_row(r, row);
        }
        out
    }

    pub fn gpu_format(&self) -> GpuFormat {
        match self.ggml_type {
            GgmlType::Q4_0 | GgmlType::Q4_1 => GpuFormat::Q4,
            GgmlType::Q8_0 => GpuFormat::Q8,
            _ => GpuFormat::F32,
        }
    }

    /// Repacks into `gpu_format()` words, appending to `out` (so several matrices with the same
    /// format can share one buffer, e.g. q|k|v). Values are bit-exact with `dequantize_row`.
    pub fn pack_for_gpu(&self, out: &mut Vec<u32>) {
        let blocks = self.cols / 32;
        out.reserve(self.rows * blocks * self.gpu_format().words_per_block());
        match self.ggml_type {
            GgmlType::Q4_0 | GgmlType::Q4_1 => {
                let q4_1 = self.ggml_type == GgmlType::Q4_1;
                let bb = if q4_1 { 20 } else { 18 };
                for blk in self.data.chunks_exact(bb) {
                    let d = f16_at(blk, 0);
                    let (m, qs) = if q4_1 { (f16_at(blk, 2), &blk[4..20]) } else { (-8.0 * d, &blk[2..18]) };
                    out.push(d.to_bits());
                    out.push(m.to_bits());
                    // Word c holds weights 8c..8c+7 as nibbles, low nibble first.
                    for c in 0..4 {
                        let mut w = 0u32;
                        for e in 0..8 {
                            let j = 8 * c + e;
                            let q = if j < 16 { qs[j] & 0xF } else { qs[j - 16] >> 4 };
                            w |= (q as u32) << (4 * e);
                        }
                        out.push(w);
                    }
                }
            }
            GgmlType::Q8_0 => {
                for blk in self.data.chunks_exact(34) {
                    out.push(f16_at(blk, 0).to_bits());
                    for w in blk[2..34].chunks_exact(4) {
                        out.push(u32::from_le_bytes([w[0], w[1], w[2], w[3]]));
                    }
                }
            }
            _ => {
                let mut row = vec![0.0; self.cols];
                for r in 0..self.rows {
                    self.dequantize_row(r, &mut row);
                    out.extend(row.iter().map(|v| v.to_bits()));
                }
            }
        }
    }
}

/// The tensors of one transformer block, by GGUF name.
pub struct LayerNames {
    pub attn_norm: String,
    pub attn_q: String,
    pub attn_k: String,
    pub attn_v: String,
    pub attn_output: String,
    pub ffn_norm: String,
    pub ffn_gate: String,
    pub ffn_up: String,
    pub ffn_down: String,
}

impl LayerNames {
    pub fn new(i: usize) -> LayerNames {
        let n = |s: &str| format!("blk.{i}.{s}.weight");
        LayerNames {
            attn_norm: n("attn_norm"),
            attn_q: n("attn_q"),
            attn_k: n("attn_k"),
            attn_v: n("attn_v"),
            attn_output: n("attn_output"),
            ffn_norm: n("ffn_norm"),
            ffn_gate: n("ffn_gate"),
            ffn_up: n("ffn_up"),
            ffn_down: n("ffn_down"),
        }
    }
}

/// Reads a 1-D f32 (or f16) vector such as a norm weight.
pub fn vector(g: &Gguf, bytes: &[u8], name: &str, len: usize) -> Result<Vec<f32>> {
    let m = Matrix::new(g, bytes, g.tensor(name)?)?.expect(len, 1)?;
    Ok(m.dequantize())
}

/// The matrix `name`, checked to be `[cols, rows]`.
pub fn matrix<'a>(g: &'a Gguf, bytes: &'a [u8], name: &str, cols: usize, rows: usize) -> Result<Matrix<'a>> {
    Matrix::new(g, bytes, g.tensor(name)?)?.expect(cols, rows)
}
