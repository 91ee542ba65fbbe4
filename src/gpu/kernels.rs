//! WGSL kernels: one file per kernel under `shaders/`, specialised from one template where a
//! kernel exists for several weight formats (the `{{DEQUANT}}` slot) or head sizes.

use crate::gpu::Gpu;
use crate::model::weights::GpuFormat;

const COMMON: &str = include_str!("../../shaders/common.wgsl");
const DEQUANT_Q4: &str = include_str!("../../shaders/dequant_q4.wgsl");
const DEQUANT_Q8: &str = include_str!("../../shaders/dequant_q8.wgsl");
const DEQUANT_F32: &str = include_str!("../../shaders/dequant_f32.wgsl");
const MATMUL: &str = include_str!("../../shaders/matmul.wgsl");
const EMBED: &str = include_str!("../../shaders/embed.wgsl");
const RMSNORM: &str = include_str!("../../shaders/rmsnorm.wgsl");
const ROPE_KV: &str = include_str!("../../shaders/rope_kv.wgsl");
const ATTENTION: &str = include_str!("../../shaders/attention.wgsl");
const SILU_MUL: &str = include_str!("../../shaders/silu_mul.wgsl");
const CHOOSE: &str = include_str!("../../shaders/choose.wgsl");
const LORA_A: &str = include_str!("../../shaders/lora_a.wgsl");
const LORA_B: &str = include_str!("../../shaders/lora_b.wgsl");
const VERIFY: &str = include_str!("../../shaders/verify.wgsl");
const SAMPLER_IN: &str = include_str!("../../shaders/sampler_in.wgsl");
const BIAS_SILU_LN: &str = include_str!("../../shaders/bias_silu_ln.wgsl");

/// Rows per matmul workgroup (matmul.wgsl's four accumulators).
pub const MATMUL_ROWS: u32 = 4;

/// Lanes that share one output's dot product. GPUs want a warp per output for coalesced weight
/// reads; CPU drivers (lavapipe, SwiftShader) run a workgroup as a loop over 8-wide SIMD and
/// measured 2.5× faster with 8 lanes than with 32 (1 lane: slower still). The choice is per device, so every pass on one device
/// uses the same reduction order (batch invariance is a per-device property).
pub fn matmul_lanes(gpu: &Gpu) -> u32 {
    if gpu.info.device_type == wgpu::DeviceType::Cpu {
        8
    } else {
        32
    }
}

/// Outputs per matmul workgroup: 256 threads in all.
pub fn matmul_outs(gpu: &Gpu) -> u32 {
    256 / matmul_lanes(gpu)
}
fn dequant(format: GpuFormat) -> &'static str {
    match format {
        GpuFormat::Q4 => DEQUANT_Q4,
        GpuFormat::Q8 => DEQUANT_Q8,
        GpuFormat::F32 => DEQUANT_F32,
    }
}

/// The full source of a kernel: common declarations, then the body with its slots filled.
pub fn source(body: &str, slots: &[(&str, &str)]) -> String {
    let mut s = format!("{COMMON}\n{body}");
    for (name, value) in slots {
        s = s.replace(&format!("{{{{{name}}}}}"), value);
    }
    s
}

pub struct Kernels {
    pub embed: wgpu::ComputePipeline,
    matmul_q4: wgpu::ComputePipeline,
    matmul_q8: wgpu::ComputePipeline,
    matmul_f32: wgpu::ComputePipeline,
    pub rmsnorm: wgpu::ComputePipeline,
    pub rope_kv: wgpu::ComputePipeline,
    pub attention: wgpu::ComputePipeline,
    pub silu_mul: wgpu::ComputePipeline,
    pub choose: wgpu::ComputePipeline,
    pub lora_a: wgpu::ComputePipeline,
    pub lora_b: wgpu::ComputePipeline,
    pub verify: wgpu::ComputePipeline,
    pub sampler_in: wgpu::ComputePipeline,
    pub bias_silu_ln: wgpu::ComputePipeline,
}

fn pipeline(gpu: &Gpu, name: &str, code: String) -> wgpu::ComputePipeline {
    let module = gpu.device.create_shader_module(wgpu::ShaderModuleDescriptor { label: Some(name), source: wgpu::ShaderSource::Wgsl(code.into()) });
    gpu.device.create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
        label: Some(name),
        layout: None,
        module: &module,
        entry_point: Some("main"),
        compilation_options: Default::default(),
        cache: None,
    })
}

impl Kernels {
    pub fn new(gpu: &Gpu, embed_format: GpuFormat, head_dim: usize) -> Kernels {
        let (lanes, outs) = (matmul_lanes(gpu).to_string(), matmul_outs(gpu).to_string());
        let matmul = |f: GpuFormat| pipeline(gpu, "matmul", source(MATMUL, &[("DEQUANT", dequant(f)), ("LANES", &lanes), ("OUTS", &outs)]));
        Kernels {
            embed: pipeline(gpu, "embed", source(EMBED, &[("DEQUANT", dequant(embed_format))])),
            matmul_q4: matmul(GpuFormat::Q4),
            matmul_q8: matmul(GpuFormat::Q8),
            matmul_f32: matmul(GpuFormat::F32),
            rmsnorm: pipeline(gpu, "rmsnorm", source(RMSNORM, &[])),
            rope_kv: pipeline(gpu, "rope_kv", source(ROPE_KV, &[])),
            attention: pipeline(gpu, "attention", source(ATTENTION, &[("HEAD_DIM", &head_dim.to_string())])),
            silu_mul: pipeline(gpu, "silu_mul", source(SILU_MUL, &[])),
            choose: pipeline(gpu, "choose", source(CHOOSE, &[])),
            lora_a: pipeline(gpu, "lora_a", source(LORA_A, &[])),
            lora_b: pipeline(gpu, "lora_b", source(LORA_B, &[])),
            verify: pipeline(gpu, "verify", source(VERIFY, &[])),
            sampler_in: pipeline(gpu, "sampler_in", source(SAMPLER_IN, &[("DEQUANT", dequant(embed_format))])),
            bias_silu_ln: pipeline(gpu, "bias_silu_ln", source(BIAS_SILU_LN, &[])),
        }
    }

    pub fn matmul(&self, format: GpuFormat) -> &wgpu::ComputePipeline {
        match format {
            GpuFormat::Q4 => &self.matmul_q4,
            GpuFormat::Q8 => &self.matmul_q8,
            GpuFormat::F32 => &self.matmul_f32,
        }
    }
}

/// A bind group over `buffers` in binding order, for `pipeline`'s group 0.
pub fn bind(gpu: &Gpu, pipeline: &wgpu::ComputePipeline, buffers: &[&wgpu::Buffer]) -> wgpu::BindGroup {
    let layout = pipeline.get_bind_group_layout(0);
    let entries: Vec<wgpu::BindGroupEntry> =
        buffers.iter().enumerate().map(|(i, b)| wgpu::BindGroupEntry { binding: i as u32, resource: b.as_entire_binding() }).collect();
    gpu.device.create_bind_group(&wgpu::BindGroupDescriptor { label: None, layout: &layout, entries: &entries })
}
