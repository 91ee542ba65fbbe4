//! One fuzz target of src/fuzz.rs (`FUZZ_TARGET`), checked against the model and vocabulary in
//! `FUZZ_DIR` (written by tests/fuzz.rs's `write_seeds`). Built with `--features afl` by
//! `cargo afl build` it is afl's persistent-mode harness; built plainly it runs the files named
//! on its command line, with backtraces, to triage what afl found.

use gated_lora_webgpu::fuzz::{target, CappedAlloc, Context};
use std::path::PathBuf;

#[global_allocator]
static ALLOC: CappedAlloc = CappedAlloc;

fn main() {
    let name = std::env::var("FUZZ_TARGET").unwrap_or_default();
    let Some(t) = target(&name) else {
        let names: Vec<&str> = gated_lora_webgpu::fuzz::TARGETS.iter().map(|t| t.name).collect();
        eprintln!("FUZZ_TARGET={name:?} is not a target: {names:?}");
        std::process::exit(2);
    };
    let dir = PathBuf::from(std::env::var_os("FUZZ_DIR").unwrap_or_else(|| "target/fuzz".into()));
    let read = |f: &str| std::fs::read(dir.join(f)).unwrap_or_else(|e| panic!("{}: {e} (run tools/fuzz.sh)", dir.join(f).display()));
    let cx = Context::new(&read("model.gguf"), &read("vocabulary.gguf")).unwrap_or_else(|e| panic!("fuzz context: {e}"));
    #[cfg(feature = "afl")]
    afl::fuzz!(|data: &[u8]| t.run_capped(&cx, data));
    #[cfg(not(feature = "afl"))]
    for path in std::env::args().skip(1) {
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        t.run_capped(&cx, &data);
        println!("{path}: ok");
    }
}
