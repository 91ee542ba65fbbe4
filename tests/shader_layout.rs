//! Every kernel's WGSL, exactly as the GPU compiles it, against its Rust declarations: each
//! `@binding(i)` has the name, address space and type of entry i of the Rust binding table, and
//! each struct the kernel shares with Rust has the same fields at the same offsets and the same
//! size. A wrong binding or field order fails here, not in a generation.
// Native only: the browser suites are tests/web*.rs (wasm-pack test builds every test target).
#![cfg(not(target_arch = "wasm32"))]

use gated_lora_webgpu::gpu::ops::Shape;
use gated_lora_webgpu::gpu::ops::{catalogue, Access, KernelSpec, Variant};
use gated_lora_webgpu::model::weights::GpuFormat;
use naga::{AddressSpace, ArraySize, Module, ScalarKind, StorageAccess, TypeInner};

fn type_name(m: &Module, ty: naga::Handle<naga::Type>) -> String {
    let t = &m.types[ty];
    let scalar = |s: naga::Scalar| match (s.kind, s.width) {
        (ScalarKind::Float, 4) => "f32".to_string(),
        (ScalarKind::Uint, 4) => "u32".to_string(),
        (ScalarKind::Sint, 4) => "i32".to_string(),
        other => format!("{other:?}"),
    };
    match &t.inner {
        TypeInner::Scalar(s) => scalar(*s),
        TypeInner::Vector { size, scalar: s } => format!("vec{}<{}>", *size as u8, scalar(*s)),
        TypeInner::Array { base, size: ArraySize::Dynamic, .. } => format!("array<{}>", type_name(m, *base)),
        TypeInner::Array { base, size: ArraySize::Constant(n), .. } => format!("array<{}, {n}>", type_name(m, *base)),
        TypeInner::Struct { .. } => t.name.clone().unwrap_or_default(),
        other => format!("{other:?}"),
    }
}

/// Everything wrong with one kernel, empty when WGSL and Rust agree.
fn mismatches(spec: &KernelSpec) -> Vec<String> {
    let module = match naga::front::wgsl::parse_str(&spec.source) {
        Ok(m) => m,
        Err(e) => return vec![format!("does not parse: {}", e.emit_to_string(&spec.source))],
    };
    let mut wrong = Vec::new();
    if let Err(e) = naga::valid::Validator::new(naga::valid::ValidationFlags::all(), naga::valid::Capabilities::default()).validate(&module) {
        wrong.push(format!("does not validate: {}", e.emit_to_string(&spec.source)));
    }
    let mut seen = vec![false; spec.bindings.len()];
    for (_, var) in module.global_variables.iter() {
        let Some(rb) = &var.binding else { continue };
        let name = var.name.clone().unwrap_or_default();
        let Some(decl) = spec.bindings.get(rb.binding as usize).filter(|_| rb.group == 0) else {
            wrong.push(format!("@group({}) @binding({}) {name} has no Rust binding", rb.group, rb.binding));
            continue;
        };
        seen[rb.binding as usize] = true;
        let access = match var.space {
            AddressSpace::Uniform => Some(Access::Uniform),
            AddressSpace::Storage { access } if access.contains(StorageAccess::STORE) => Some(Access::ReadWrite),
            AddressSpace::Storage { .. } => Some(Access::Read),
            _ => None,
        };
        let ty = type_name(&module, var.ty);
        if name != decl.name || access != Some(decl.access) || ty != decl.ty {
            wrong.push(format!("@binding({}) is `{name}: {access:?} {ty}` in WGSL, `{}: {:?} {}` in Rust", rb.binding, decl.name, decl.access, decl.ty));
        }
    }
    for i in (0..seen.len()).filter(|&i| !seen[i]) {
        wrong.push(format!("Rust binding {i} `{}` is not declared in WGSL", spec.bindings[i].name));
    }
    for layout in &spec.structs {
        let found = module.types.iter().find(|(_, t)| t.name.as_deref() == Some(layout.name));
        let Some((_, t)) = found else {
            wrong.push(format!("struct {} is not declared in WGSL", layout.name));
            continue;
        };
        let TypeInner::Struct { members, span } = &t.inner else { continue };
        if *span as usize != layout.size {
            wrong.push(format!("struct {} is {span} bytes in WGSL, {} in Rust", layout.name, layout.size));
        }
        let wgsl: Vec<(String, usize, usize)> =
            members.iter().map(|m| (m.name.clone().unwrap_or_default(), m.offset as usize, module.types[m.ty].inner.size(module.to_ctx()) as usize)).collect();
        let rust: Vec<(String, usize, usize)> = layout.fields.iter().map(|f| (f.name.to_string(), f.offset, f.size)).collect();
        if wgsl != rust {
            wrong.push(format!("struct {} fields (name, offset, size) differ:\n  WGSL {wgsl:?}\n  Rust {rust:?}", layout.name));
        }
    }
    wrong
}

#[test]
fn every_kernel_matches_its_rust_declarations() {
    let mut checked = 0;
    let mut wrong = Vec::new();
    // Every variant a device can get: CPU drivers and GPUs, every embedding format.
    for (shape, format) in [(Shape::CPU, GpuFormat::Q4), (Shape::GPU, GpuFormat::Q8), (Shape::GPU, GpuFormat::F32)] {
        for spec in catalogue(Variant { shape, head_dim: 64, group: 3, embed_format: format }) {
            checked += 1;
            wrong.extend(mismatches(&spec).into_iter().map(|w| format!("{} ({shape:?}, {format:?}): {w}", spec.name)));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Per variant: 6 single kernels + 3 matmul formats × 7 plans + lora_a × 3 gated inputs +
    // compact for 1..=5 blocks = 35.
    assert_eq!(checked, 3 * 35);
}

/// The check itself must catch what it exists for: a swapped field order and a swapped binding.
#[test]
fn a_swapped_field_or_binding_is_caught() {
    let spec = catalogue(Variant { shape: Shape::CPU, head_dim: 64, group: 3, embed_format: GpuFormat::Q4 })
        .into_iter()
        .find(|s| s.name == "matmul")
        .expect("matmul kernel");
    assert!(mismatches(&spec).is_empty());
    let swapped_fields = KernelSpec { source: spec.source.replace("    k: u32,\n    n_out: u32,", "    n_out: u32,\n    k: u32,"), ..clone(&spec) };
    assert!(mismatches(&swapped_fields).iter().any(|w| w.contains("struct MatmulOp fields")), "a field swap went unnoticed");
    let source = spec.source.replace("@binding(0) var<storage, read> w:", "@binding(9) var<storage, read> w:");
    let source = source.replace("@binding(1) var<storage, read> x:", "@binding(0) var<storage, read> x:").replace("@binding(9)", "@binding(1)");
    let swapped_bindings = KernelSpec { source, ..clone(&spec) };
    assert!(mismatches(&swapped_bindings).iter().any(|w| w.contains("@binding(0) is `x")), "a binding swap went unnoticed");
}

fn clone(s: &KernelSpec) -> KernelSpec {
    KernelSpec { name: s.name, source: s.source.clone(), bindings: s.bindings.clone(), structs: s.structs.clone() }
}
