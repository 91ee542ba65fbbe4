// A projection no adapter reaches (the LM head, the sampler head): no row is gated.
fn gated(row: u32) -> bool {
    return false;
}

fn lora_prologue(tid: u32, threads: u32, row0: u32, n: u32) {}

fn lora_delta(b: u32, row: u32, o: u32) -> f32 {
    return 0.0;
}
