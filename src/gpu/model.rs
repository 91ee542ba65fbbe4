//! The GPU forward pass: weights uploaded once (still quantised), then any pass of up to
//! `max_rows` rows — prefill chunks, single decode rows, verification batches with mask rows —
//! is one command buffer and a readback of a few bytes:
//! embed → blocks → final norm → head → choose → verify → sampler head.

use crate::clock::now_ms;
use crate::error::{Error, Result};
use crate::gguf::Gguf;
use crate::gpu::activations::Activations;
use crate::gpu::adapter::GpuAdapter;
use crate::gpu::adapter::SAMPLER_ROWS;
use crate::gpu::block::{Block, BlockContext, BlockLoras};
use crate::gpu::linear::{Io, Linear, Weight};
use crate::gpu::lora::{Active, LoraId, PartWeights, ProjectionLora, RECORD_SLOTS};
use crate::model::lora::{GateActivity, GateRecord};
use crate::gpu::ops::choose::{ChooseBindings, ChooseOp, MAX_TOP_W};
use crate::gpu::ops::compact::{CompactOp, LAYERS_PER_DISPATCH};
use crate::gpu::ops::embed::{EmbedBindings, EmbedOp};
use crate::gpu::ops::input::Input;
use crate::gpu::ops::rmsnorm::{NormBindings, NormOp};
use crate::gpu::ops::verify::{VerifyBindings, VerifyOp};
use crate::gpu::ops::{Bound, Encoder, Kernels, Variant};
use crate::gpu::pass::{splits, Counters, PassOutput, PassParams, PassSpec, MAX_DEPTH, MAX_TREE, NONE, STATE_WORDS};
use crate::gpu::Gpu;
use crate::model::adapter::Adapter;
use crate::model::weights::{matrix, vector};
use crate::model::Config;
use crate::sampling::Sampling;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

pub struct GpuModel {
    pub gpu: Gpu,
    pub cfg: Config,
    /// Largest number of rows one pass may hold.
    pub max_rows: usize,
    /// Positions the cache holds.
    pub context: usize,
    pub(crate) kernels: Kernels,
    pub(crate) act: Activations,
    /// Token embeddings and the output head (the same buffer when tied).
    pub(crate) embd: Weight,
    pub(crate) head: Weight,
    embed: Bound,
    pub(crate) blocks: Vec<Block>,
    output: Output,
    /// Passes started so far: the engine keeps a prompt's K/V for the next generation only while
    /// no pass it did not run (and that may have written the cache) came in between.
    passes: AtomicU64,
    /// What every pass so far did, summed.
    counted: Mutex<Counters>,
    loras: Mutex<Loras>,
}

/// The resident adapters' LoRA buffers of every block, and which adapters their heads run.
#[derive(Default)]
struct Loras {
    blocks: Vec<BlockLoras>,
    /// What the heads list now (None: to be written before the next pass).
    head: Option<Active>,
    /// The domain adapters the current request runs, with their weights.
    domains: Vec<(LoraId, f32)>,
    resident: Vec<LoraId>,
    next: u32,
    /// Whether passes record the gates of the domain adapters they run.
    record: bool,
    /// The recorded gate values of the real rows since recording started.
    activity: Option<GateRecord>,
}

/// Everything after the blocks: logits and choices for the logit rows, the sampler's inputs,
/// verification, and the buffers the CPU reads back.
struct Output {
    head: Linear,
    choose_op: wgpu::Buffer,
    choose: Bound,
    mask_norm: Bound,
    /// Per real row of a verified pass: its parent row and where its masks start.
    nodes: wgpu::Buffer,
    verify_op: wgpu::Buffer,
    verify: Bound,
    /// Moves an accepted tree path to consecutive slots, `LAYERS_PER_DISPATCH` blocks a dispatch.
    compact: Vec<Bound>,
    chosen: wgpu::Buffer,
    logits: wgpu::Buffer,
    /// The chosen tokens at 0 and the verification state at `state_offset`: one mapping a step.
    readback: wgpu::Buffer,
    state_offset: u64,
    logits_staging: wgpu::Buffer,
}

impl GpuModel {
    /// Uploads the model. `context` is the number of positions the KV cache holds; `max_rows` the
    /// largest pass (prefill chunk, or (k+1)² verification rows).
    pub async fn load(gpu: Gpu, g: &Gguf, bytes: &[u8], context: usize, max_rows: usize) -> Result<GpuModel> {
        GpuModel::load_with_progress(gpu, g, bytes, context, max_rows, &mut |_, _| {}).await
    }

    /// `load`, calling `progress(done, total)` (in layers, embeddings and head included) as the
    /// weights reach the GPU, so a page can show an upload bar.
    pub async fn load_with_progress(
        gpu: Gpu,
        g: &Gguf,
        bytes: &[u8],
        context: usize,
        max_rows: usize,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<GpuModel> {
        let cfg = Config::from_gguf(g)?;
        if context == 0 || max_rows == 0 {
            return Err(Error::InvalidArgument("context and max_rows must be positive".into()));
        }
        fits(&gpu, &cfg, context, max_rows)?;
        let plan = MemoryPlan::of(g, bytes, &cfg, context, max_rows, gpu.shape.keys_per_split as usize)?;
        plan.check(&gpu)?;
        // A device may still run out (other tabs, other engines): its out-of-memory error
        // becomes GPU_OUT_OF_MEMORY, not a lost device.
        let scope = gpu.device.push_error_scope(wgpu::ErrorFilter::OutOfMemory);
        let model = GpuModel::upload(gpu, g, bytes, cfg, context, max_rows, progress);
        if let Some(e) = scope.pop().await {
            return Err(Error::GpuOutOfMemory { what: format!("the model ({e})"), needed: plan.total(), limit: None });
        }
        let model = model?;
        model.gpu.check()?;
        Ok(model)
    }

    fn upload(gpu: Gpu, g: &Gguf, bytes: &[u8], cfg: Config, context: usize, max_rows: usize, progress: &mut dyn FnMut(usize, usize)) -> Result<GpuModel> {
        let d = cfg.dim;
        // Slots past the context hold the rows of a pass that may not be kept (draft masks).
        let slots = context + max_rows;
        let token_embd = matrix(g, bytes, "token_embd.weight", d, cfg.vocab_size)?;
        let variant = Variant { shape: gpu.shape, head_dim: cfg.head_dim, group: cfg.n_heads / cfg.n_kv_heads, embed_format: token_embd.gpu_format() };
        let kernels = Kernels::new(&gpu, variant);
        let embd = Weight::upload(&gpu, "token_embd", &[token_embd])?;
        let head = if cfg.has_output_head { Weight::upload(&gpu, "output", &[matrix(g, bytes, "output.weight", d, cfg.vocab_size)?])? } else { embd.clone() };
        let rope_table: Vec<f32> = cfg.rope_table(slots).into_iter().flatten().collect();
        let rope = gpu.storage_f32("rope", &rope_table)?;
        let act = Activations::new(&gpu, &cfg, max_rows, slots)?;

        let total = cfg.n_layers + 1;
        progress(0, total);
        let cx = BlockContext { gpu: &gpu, cfg: &cfg, gguf: g, bytes, kernels: &kernels, act: &act, rope: &rope, slots };
        let mut blocks = Vec::with_capacity(cfg.n_layers);
        for i in 0..cfg.n_layers {
            progress(i + 1, total);
            blocks.push(Block::load(&cx, i)?);
        }
        let no_masks = gpu.storage_empty("masks", 16)?;
        let embed_op = gpu.uniform("embed_op", &EmbedOp { d: d as u32, vocab: cfg.vocab_size as u32, ..Default::default() });
        let embed = kernels.embed.bind(
            &gpu,
            d,
            EmbedBindings { w: &embd.buffer, masks: &no_masks, rows: &act.rows, x: &act.x, op: &embed_op, pass_: &act.pass, history: &act.history },
        );
        let output_norm = gpu.storage_f32("output_norm", &vector(g, bytes, "output_norm.weight", d)?)?;
        let mut output = Output::new(&gpu, &cfg, &kernels, &act, &head, &output_norm, max_rows)?;
        let compact_op = |history| CompactOp { kv_dim: cfg.kv_dim() as u32, v_at: (slots * cfg.kv_dim()) as u32, history, _pad: 0 };
        output.compact = blocks
            .chunks(LAYERS_PER_DISPATCH)
            .enumerate()
            .map(|(i, group)| {
                let caches: Vec<&wgpu::Buffer> = group.iter().map(|b| &b.kv_cache).collect();
                kernels.compact.bind(&gpu, &act.state, &act.rows, &act.history, &caches, &compact_op(u32::from(i == 0)))
            })
            .collect();
        let loras = Mutex::new(Loras { blocks: blocks.iter().map(|_| BlockLoras::default()).collect(), ..Default::default() });
        Ok(GpuModel {
            cfg,
            max_rows,
            context,
            kernels,
            act,
            embd,
            head,
            embed,
            blocks,
            output,
            passes: AtomicU64::new(0),
            counted: Mutex::default(),
            loras,
            gpu,
        })
    }

    /// How many passes have been started on this model.
    pub fn passes_run(&self) -> u64 {
        self.passes.load(Ordering::SeqCst)
    }

    /// What all passes run on this model did, summed (`Counters::since` turns two readings into
    /// what happened in between).
    pub fn counters(&self) -> Counters {
        self.counted.lock().map(|c| *c).unwrap_or_default()
    }

    /// Runs `n` dependent one-workgroup dispatches (the final norm of one mask row, over and over)
    /// in one pass and waits for them: timed by the caller, what one dispatch costs on this device.
    pub async fn run_dispatches(&self, n: u32) -> Result<()> {
        let mut commands = self.gpu.device.create_command_encoder(&wgpu::CommandEncoderDescriptor { label: Some("dispatches") });
        {
            let mut enc = Encoder::new(commands.begin_compute_pass(&wgpu::ComputePassDescriptor { label: Some("dispatches"), timestamp_writes: None }), 0, 0);
            for _ in 0..n {
                self.output.mask_norm.encode(&mut enc, 1);
            }
        }
        self.gpu.queue.submit([commands.finish()]);
        self.gpu.wait_idle().await
    }

    pub fn gpu_bytes(&self) -> u64 {
        self.gpu.allocated_bytes()
    }

    /// Uploads an adapter (already validated against this model) and binds it to the model's
    /// buffers. Several can be loaded at once; a pass names the one it uses.
    pub fn load_adapter(&self, adapter: &Adapter) -> Result<GpuAdapter> {
        GpuAdapter::load(self, adapter)
    }

    fn loras(&self) -> std::sync::MutexGuard<'_, Loras> {
        // Every change to the LoRA buffers is made whole before it is stored.
        self.loras.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Makes an adapter's LoRAs resident: `parts[layer][group]` (`model::adapter::GROUPS`). The
    /// buffers of the projections it reaches are rebuilt with it (the other adapters' parts
    /// copied on the GPU); on error nothing changes.
    pub fn add_lora(&self, parts: &[[Option<PartWeights>; 4]]) -> Result<LoraId> {
        self.gpu.check_lost()?;
        if parts.len() != self.blocks.len() {
            return Err(Error::Adapter(format!("LoRAs for {} layers on a model of {}", parts.len(), self.blocks.len())));
        }
        let mut loras = self.loras();
        let id = LoraId(loras.next);
        self.rebuild(&mut loras, |i, g| parts[i][g].as_ref().map(|w| (None, Some((id, w)))))?;
        loras.next += 1;
        loras.resident.push(id);
        Ok(id)
    }

    /// Frees an adapter's LoRAs (its bytes leave `gpu_bytes`); a request that named it can no
    /// longer run.
    pub fn remove_lora(&self, id: LoraId) -> Result<()> {
        let mut loras = self.loras();
        let holds: Vec<Vec<bool>> = loras.blocks.iter().map(|b| b.0.iter().map(|p| p.as_ref().is_some_and(|p| p.holds(id))).collect()).collect();
        self.rebuild(&mut loras, |i, g| holds[i][g].then_some((Some(id), None)))?;
        loras.resident.retain(|&r| r != id);
        loras.domains.retain(|&(r, _)| r != id);
        Ok(())
    }

    /// Rebuilds the projections for which `change(layer, group)` says what to remove and add,
    /// all of them or none.
    fn rebuild<'w>(&self, loras: &mut Loras, change: impl Fn(usize, usize) -> Option<(Option<LoraId>, Option<(LoraId, &'w PartWeights)>)>) -> Result<()> {
        let gpu = &self.gpu;
        let mut copies = gpu.device.create_command_encoder(&wgpu::CommandEncoderDescriptor { label: Some("lora copies") });
        let mut built = Vec::new();
        for (i, block) in self.blocks.iter().enumerate() {
            for (g, linear) in block.projections().into_iter().enumerate() {
                let Some((remove, add)) = change(i, g) else { continue };
                match ProjectionLora::rebuild(gpu, &self.kernels, linear, loras.blocks[i].0[g].as_ref(), remove, add, self.max_rows, &mut copies) {
                    Ok(new) => built.push((i, g, new)),
                    Err(e) => {
                        built.into_iter().filter_map(|(_, _, p)| p).for_each(|p| p.release(gpu));
                        return Err(e);
                    }
                }
            }
        }
        gpu.queue.submit([copies.finish()]);
        for (i, g, new) in built {
            if let Some(old) = std::mem::replace(&mut loras.blocks[i].0[g], new) {
                old.release(gpu);
            }
        }
        loras.head = None;
        gpu.check()
    }

    /// The domain adapters (resident LoRAs, with a weight each) the next passes run on every row;
    /// the pass's MTP adapter, if any, runs on its mask rows beside them.
    pub fn select_domains(&self, domains: &[(LoraId, f32)]) -> Result<()> {
        let mut loras = self.loras();
        if let Some((id, _)) = domains.iter().find(|(id, _)| !loras.resident.contains(id)) {
            return Err(Error::InvalidArgument(format!("LoRA {} is not loaded", id.0)));
        }
        if let Some((_, w)) = domains.iter().find(|(_, w)| !w.is_finite()) {
            return Err(Error::InvalidArgument(format!("adapter weight {w} is not a number")));
        }
        loras.domains = domains.to_vec();
        Ok(())
    }

    /// From now on (`on`), passes record the gate values of the domain adapters they run, per
    /// layer and real row (the first learned or router adapter's: σ(w·x + b), or a router's
    /// softmax over its experts), for `take_gate_activity`. Recording costs a readback per pass.
    pub fn record_gates(&self, on: bool) {
        let mut loras = self.loras();
        loras.record = on;
        loras.activity = on.then(|| GateRecord::new(self.blocks.len()));
    }

    /// Per layer, the mean recorded gate value per slot (one per expert for a router) over the
    /// real rows of the passes since `record_gates(true)` or the last call; None for a layer
    /// without a learned or router gate. Starts the sums over.
    pub fn take_gate_activity(&self) -> GateActivity {
        let mut loras = self.loras();
        let taken = loras.activity.as_ref().map(GateRecord::means).unwrap_or_default();
        loras.activity = loras.record.then(|| GateRecord::new(self.blocks.len()));
        taken
    }

    /// Adds this pass's recorded gate values (real rows only) to `activity`: per layer, the first
    /// projection that recorded.
    async fn read_gate_record(&self, spec: &PassSpec<'_>) -> Result<()> {
        let n = spec.rows.len();
        let per_layer = (n * RECORD_SLOTS * 4) as u64;
        let staging = self.gpu.staging("gate record", per_layer * self.blocks.len() as u64);
        let mut commands = self.gpu.device.create_command_encoder(&wgpu::CommandEncoderDescriptor { label: Some("gate record") });
        let recorded: Vec<bool> = {
            let loras = self.loras();
            loras
                .blocks
                .iter()
                .enumerate()
                .map(|(i, b)| b.0.iter().flatten().any(|p| p.copy_record(&mut commands, n, &staging, i as u64 * per_layer) > 0))
                .collect()
        };
        self.gpu.queue.submit([commands.finish()]);
        let bytes = self.gpu.read(&staging, per_layer * self.blocks.len() as u64).await;
        self.gpu.release(&staging);
        let values: Vec<f32> = bytemuck::pod_collect_to_vec(&bytes?);
        if let Some(record) = self.loras().activity.as_mut() {
            for i in (0..self.blocks.len()).filter(|&i| recorded[i]) {
                for r in spec.rows.iter().enumerate().filter(|(_, row)| row.gate == 0).map(|(r, _)| r) {
                    let at = (i * n + r) * RECORD_SLOTS;
                    record.add(i, &values[at..at + RECORD_SLOTS]);
                }
            }
        }
        Ok(())
    }

    /// Bytes of the resident adapters' LoRA buffers.
    pub fn lora_bytes(&self) -> u64 {
        self.loras().blocks.iter().flat_map(|b| b.0.iter().flatten()).map(ProjectionLora::bytes).sum()
    }

    /// Writes the LoRA heads for the pass's MTP adapter `mtp` and the selected domain adapters,
    /// unless they list them already (every pass of a request: nothing to write or allocate).
    fn activate(&self, loras: &mut Loras, mtp: Option<LoraId>) -> Result<()> {
        if loras.head.as_ref().is_some_and(|h| h.mtp == mtp && h.domains == loras.domains && h.record == loras.record) {
            return Ok(());
        }
        loras.head = None;
        let want = Active { mtp, domains: loras.domains.clone(), record: loras.record };
        for (block, lora) in self.blocks.iter().zip(&mut loras.blocks) {
            for (linear, part) in block.projections().into_iter().zip(&mut lora.0) {
                if let Some(p) = part {
                    p.write_head(&self.gpu, &self.kernels, linear, &want)?;
                }
            }
        }
        loras.head = Some(want);
        Ok(())
    }

    /// Runs one pass: writes the rows' K/V to their slots; for each logit row computes logits and
    /// the chosen token (greedy or seeded sampling); with an adapter, applies the gated LoRA on
    /// mask rows; with `verify`, accepts drafts and runs the sampler head for the accepted group —
    /// all on the GPU. Only the chosen tokens and the few words of state come back, plus logits
    /// when asked.
    pub async fn run(&self, spec: &PassSpec<'_>) -> Result<PassOutput> {
        let t0 = now_ms();
        self.gpu.check_lost()?;
        self.validate(spec)?;
        self.passes.fetch_add(1, Ordering::SeqCst);
        let splits = self.write_inputs(spec);
        let mut commands = self.gpu.device.create_command_encoder(&wgpu::CommandEncoderDescriptor { label: Some("pass") });
        let counters = self.encode(&mut commands, spec, splits)?;
        if let Ok(mut total) = self.counted.lock() {
            total.add(counters);
        }
        let out = self.read_outputs(commands, spec, t0).await?;
        if self.loras().record {
            self.read_gate_record(spec).await?;
        }
        Ok(PassOutput { counters, ..out })
    }

    /// Records the pass's dispatches, with the LoRA heads written for its adapters: the pass's
    /// MTP adapter on mask rows, the selected domain adapters on every row.
    fn encode(&self, commands: &mut wgpu::CommandEncoder, spec: &PassSpec<'_>, splits: u32) -> Result<Counters> {
        let (n, nl, nm) = (spec.rows.len() as u32, spec.logit_rows.len() as u32, spec.mask_rows.len() as u32);
        let mut loras = self.loras();
        let gated = if loras.domains.is_empty() { spec.rows.iter().filter(|r| r.gate == 1).count() as u32 } else { n };
        self.activate(&mut loras, spec.adapter.map(|a| a.lora))?;
        let pass = commands.begin_compute_pass(&wgpu::ComputePassDescriptor { label: Some("forward"), timestamp_writes: None });
        let mut enc = Encoder::new(pass, gated, splits);
        spec.adapter.map_or(&self.embed, |a| &a.embed).encode(&mut enc, n);
        for (block, lora) in self.blocks.iter().zip(&loras.blocks) {
            block.encode(&mut enc, n, lora);
        }
        let o = &self.output;
        if nl > 0 {
            o.head.encode(&mut enc, nl, None);
            o.choose.encode(&mut enc, nl);
        }
        if nm > 0 {
            o.mask_norm.encode(&mut enc, nm);
        }
        if let Some(v) = &spec.verify {
            o.verify.encode(&mut enc, 1);
            if v.branches() {
                for c in &o.compact {
                    c.encode(&mut enc, 1);
                }
            }
            if let Some(a) = spec.adapter {
                a.encode_drafts(&mut enc, &v.depth_sizes());
            }
        }
        Ok(Counters { rows: n as u64, ..enc.counters })
    }

    /// Refuses a pass the buffers cannot hold or whose rows point outside the cache, the
    /// vocabulary or the adapter's masks — before anything reaches the GPU.
    fn validate(&self, spec: &PassSpec<'_>) -> Result<()> {
        let (rows, logit_rows, mask_rows) = (spec.rows, spec.logit_rows, spec.mask_rows);
        let (n, nl, nm) = (rows.len(), logit_rows.len(), mask_rows.len());
        if n == 0 || n > self.max_rows || nl > n || nm > n {
            return Err(Error::InvalidArgument(format!("a pass holds 1..={} rows and at most as many logit rows; got {n} and {nl}", self.max_rows)));
        }
        let slots = (self.context + self.max_rows) as u32;
        let vocab = self.cfg.vocab_size as u32;
        let n_mask = spec.adapter.map_or(0, |a| a.n_mask as u32);
        for r in rows {
            let attends_past = r.prefix > slots || r.ranges().iter().any(|&(s, l)| s.saturating_add(l) > slots) || r.keys() > slots;
            if r.slot >= slots || r.pos as usize >= self.context || attends_past {
                return Err(Error::ContextOverflow { needed: r.pos as usize + 1, capacity: self.context });
            }
            if (r.gate == 0 && r.token >= vocab) || (r.gate == 1 && r.token >= n_mask) {
                return Err(Error::InvalidArgument(format!("row token {} is outside the vocabulary or the adapter's masks", r.token)));
            }
        }
        if logit_rows.iter().chain(mask_rows).any(|&i| i as usize >= n) {
            return Err(Error::InvalidArgument("logit or mask row index outside the pass".into()));
        }
        if let Some(v) = &spec.verify {
            let nodes = v.parents.len();
            let sizes = v.depth_sizes();
            let sampler_ok = v.n_masks == 0 || spec.adapter.is_some_and(|a| v.n_masks <= a.n_mask);
            let tree_ok = v.widths.len() >= v.n_masks
                && v.widths.iter().all(|&w| (1..=MAX_TOP_W).contains(&w))
                && sizes.iter().all(|&n| n <= SAMPLER_ROWS)
                && sizes.iter().sum::<usize>() <= MAX_TREE;
            let parents_ok = v.parents.first() == Some(&NONE) && v.parents.iter().enumerate().skip(1).all(|(i, &p)| (p as usize) < i);
            if nodes == 0 || nl < nodes || v.group_z.len() < nodes || v.n_masks > MAX_DEPTH || !parents_ok || !tree_ok || !sampler_ok {
                return Err(Error::InvalidArgument(
                    "verification needs logits on x0 and every node, parents before children, n_masks ≤ the adapter's, and a draft tree within the limits"
                        .into(),
                ));
            }
        }
        if nl > 0 {
            spec.sampling.validate()?;
        }
        Ok(())
    }

    /// Writes the pass's rows and uniforms; returns its attention splits, which the grid needs.
    fn write_inputs(&self, spec: &PassSpec<'_>) -> u32 {
        let (q, a, o) = (&self.gpu.queue, &self.act, &self.output);
        let (n, nl, nm) = (spec.rows.len(), spec.logit_rows.len(), spec.mask_rows.len());
        q.write_buffer(&a.rows, 0, bytemuck::cast_slice(spec.rows));
        if nl > 0 {
            q.write_buffer(&a.logit_rows, 0, bytemuck::cast_slice(spec.logit_rows));
            q.write_buffer(&o.choose_op, 0, bytemuck::bytes_of(&ChooseOp::new(self.cfg.vocab_size, 0, &spec.sampling)));
        }
        if nm > 0 {
            q.write_buffer(&a.mask_rows, 0, bytemuck::cast_slice(spec.mask_rows));
        }
        let splits = splits(spec.rows, self.gpu.shape.keys_per_split);
        q.write_buffer(&a.pass, 0, bytemuck::bytes_of(&PassParams { n_rows: n as u32, n_logits: nl as u32, n_masks: nm as u32, splits }));
        if let Some(v) = &spec.verify {
            let nodes: Vec<[u32; 2]> = v.parents.iter().zip(v.group_z).map(|(&p, &z)| [p, z]).collect();
            q.write_buffer(&o.nodes, 0, bytemuck::cast_slice(&nodes));
            let sizes = v.depth_sizes();
            let op = VerifyOp { n_nodes: nodes.len() as u32, n_masks: v.n_masks as u32, n_drafts: sizes.iter().sum::<usize>() as u32, _pad: 0 };
            q.write_buffer(&o.verify_op, 0, bytemuck::bytes_of(&op));
            if let Some(a) = spec.adapter {
                a.write_tree(q, v.widths, &sizes);
            }
        }
        splits
    }

    /// Submits the pass with copies of what the CPU needs, and reads those back: the chosen
    /// tokens and the verification state in one mapping (logits, for tests, in a second). A pass
    /// without logit rows (a prefill chunk) is submitted and not waited for: the queue runs it
    /// before the next pass, whose readback waits for both; whoever times it waits
    /// (`Gpu::wait_idle`).
    async fn read_outputs(&self, mut commands: wgpu::CommandEncoder, spec: &PassSpec<'_>, t0: f64) -> Result<PassOutput> {
        let (gpu, o) = (&self.gpu, &self.output);
        let nl = spec.logit_rows.len();
        let chosen_bytes = (nl * 4) as u64;
        let logits_bytes = (nl * self.cfg.vocab_size * 4) as u64;
        let state_bytes = spec.verify.as_ref().map_or(0, |v| ((3 + MAX_DEPTH + v.depth_sizes().iter().sum::<usize>()) * 4) as u64);
        let state_at = o.state_offset;
        if nl > 0 {
            commands.copy_buffer_to_buffer(&o.chosen, 0, &o.readback, 0, chosen_bytes);
            if spec.read_logits {
                commands.copy_buffer_to_buffer(&o.logits, 0, &o.logits_staging, 0, logits_bytes);
            }
        }
        if state_bytes > 0 {
            commands.copy_buffer_to_buffer(&self.act.state, 0, &o.readback, state_at, state_bytes);
        }
        gpu.queue.submit([commands.finish()]);
        let encode_ms = now_ms() - t0;
        if nl == 0 {
            return Ok(PassOutput { chosen: Vec::new(), logits: None, state: Vec::new(), counters: Counters::default(), encode_ms });
        }
        let read = gpu.read(&o.readback, if state_bytes > 0 { state_at + state_bytes } else { chosen_bytes }).await?;
        let chosen = bytemuck::pod_collect_to_vec(&read[..chosen_bytes as usize]);
        let state = if state_bytes > 0 { bytemuck::pod_collect_to_vec(&read[state_at as usize..]) } else { Vec::new() };
        let logits = if spec.read_logits { Some(bytemuck::pod_collect_to_vec(&gpu.read(&o.logits_staging, logits_bytes).await?)) } else { None };
        Ok(PassOutput { chosen, logits, state, counters: Counters::default(), encode_ms })
    }
}

impl Output {
    fn new(gpu: &Gpu, cfg: &Config, k: &Kernels, a: &Activations, head: &Weight, output_norm: &wgpu::Buffer, max_rows: usize) -> Result<Output> {
        let (d, vocab) = (cfg.dim, cfg.vocab_size);
        let f32s = |n: usize| (n * 4) as u64;
        let logits = gpu.storage_empty("logits", f32s(max_rows * vocab))?;
        let chosen = gpu.storage_empty("chosen", (max_rows * 4) as u64)?;
        let nodes = gpu.storage_empty("nodes", (max_rows * 8) as u64)?;
        let verify_op = gpu.uniform("verify_op", &VerifyOp::default());
        let choose_op = gpu.uniform("choose_op", &ChooseOp::new(vocab, 0, &Sampling::default()));
        let norm_op = gpu.uniform("norm_op", &NormOp { d: d as u32, eps: cfg.rms_eps, ..Default::default() });
        let final_norm = Input::NormLogitRows { x: a.x.clone(), weight: output_norm.clone(), eps: cfg.rms_eps, logit_rows: a.logit_rows.clone() };
        Ok(Output {
            head: Linear::new(
                gpu,
                k,
                &a.pass,
                head.clone(),
                d,
                Io { input: final_norm, y: logits.clone(), y_stride: vocab, accumulate: false },
                true,
                None,
                None,
            ),
            choose: k.choose.bind(
                gpu,
                ChooseBindings {
                    logits: &logits,
                    chosen: &chosen,
                    op: &choose_op,
                    pass_: &a.pass,
                    rows: &a.rows,
                    logit_rows: &a.logit_rows,
                    history: &a.history,
                },
            ),
            choose_op,
            mask_norm: k.rmsnorm.bind(gpu, NormBindings { x: &a.x, weight: output_norm, out: &a.z, op: &norm_op, pass_: &a.pass, index: &a.mask_rows }),
            verify: k.verify.bind(gpu, VerifyBindings { chosen: &chosen, rows: &a.rows, nodes: &nodes, state: &a.state, op: &verify_op }),
            nodes,
            compact: Vec::new(),
            verify_op,
            readback: gpu.staging("readback", ((max_rows + STATE_WORDS) * 4) as u64),
            state_offset: (max_rows * 4) as u64,
            logits_staging: gpu.staging("logits_staging", f32s(max_rows * vocab)),
            chosen,
            logits,
        })
    }
}

/// What a model needs on the GPU, from its header alone: weights as the kernels hold them, the
/// K/V cache for `context` positions, the RoPE table, the activations and the logits of the
/// largest pass (uniforms and staging add a few KiB).
pub struct MemoryPlan {
    pub buffers: Vec<(String, u64)>,
}

impl MemoryPlan {
    pub fn of(g: &Gguf, bytes: &[u8], cfg: &Config, context: usize, max_rows: usize, keys_per_split: usize) -> Result<MemoryPlan> {
        let (d, slots) = (cfg.dim as u64, (context + max_rows) as u64);
        let mut buffers = vec![("token_embd".to_string(), Weight::bytes(&[matrix(g, bytes, "token_embd.weight", cfg.dim, cfg.vocab_size)?]))];
        if cfg.has_output_head {
            buffers.push(("output".into(), Weight::bytes(&[matrix(g, bytes, "output.weight", cfg.dim, cfg.vocab_size)?])));
        }
        for i in 0..cfg.n_layers {
            for (what, parts) in Block::weights(g, bytes, cfg, i)? {
                buffers.push((format!("blk.{i}.{what}"), Weight::bytes(&parts)));
            }
            buffers.push((format!("blk.{i}.norms"), 2 * d * 4));
            buffers.push((format!("blk.{i}.kv_cache"), 2 * slots * cfg.kv_dim() as u64 * 4));
        }
        buffers.push(("output_norm".into(), d * 4));
        buffers.push(("rope".into(), slots * cfg.head_dim as u64 * 4));
        for (what, size) in ["x", "qkv", "attn", "gate_up", "z"].into_iter().zip(Activations::sizes(cfg, max_rows, slots as usize, keys_per_split)) {
            buffers.push((what.into(), size));
        }
        let logits = (max_rows * cfg.vocab_size * 4) as u64;
        buffers.push(("logits and their staging".into(), 2 * logits));
        Ok(MemoryPlan { buffers })
    }

    pub fn total(&self) -> u64 {
        self.buffers.iter().map(|(_, b)| b).sum()
    }

    /// Every buffer within the device's binding limit, and the whole within the engine's memory
    /// limit: else `GPU_BUFFER_LIMIT` / `GPU_OUT_OF_MEMORY` before anything is uploaded.
    pub fn check(&self, gpu: &Gpu) -> Result<()> {
        let limit = gpu.limits.max_storage_buffer_binding_size.min(gpu.limits.max_buffer_size);
        if let Some((what, size)) = self.buffers.iter().find(|(_, b)| *b > limit) {
            return Err(Error::GpuBufferLimit { what: what.clone(), size: *size, limit });
        }
        let needed = self.total() + gpu.allocated_bytes();
        match gpu.memory_limit {
            Some(limit) if needed > limit => Err(Error::GpuOutOfMemory { what: "the model (weights, K/V cache, activations)".into(), needed, limit: Some(limit) }),
            _ => Ok(()),
        }
    }
}

/// Checks, before anything is uploaded, that the buffers whose size grows with the context (and
/// the largest fixed ones) fit the device's buffer limits: a context too large for the device is
/// `CONTEXT_TOO_LARGE` naming the largest that fits, not a failure halfway through the upload.
fn fits(gpu: &Gpu, cfg: &Config, context: usize, max_rows: usize) -> Result<()> {
    let limit = gpu.limits.max_storage_buffer_binding_size.min(gpu.limits.max_buffer_size);
    let split = gpu.shape.keys_per_split as u64;
    // Bytes per slot of the buffers that grow with the slots (context + max_rows): a layer's K/V,
    // decode attention's partial results (per split of `split` keys), the RoPE table, the history.
    let per_slot = [
        ("a layer's K/V cache", 2 * cfg.kv_dim() as u64 * 4, 1),
        ("attention's partial results", (max_rows * cfg.n_heads * crate::gpu::ops::attention::record(cfg.head_dim) * 4) as u64, split),
        ("the RoPE table", cfg.head_dim as u64 * 4, 1),
    ];
    let slots = (context + max_rows) as u64;
    for (what, bytes, per) in per_slot {
        if slots.div_ceil(per) * bytes > limit {
            let most = (limit / bytes * per).saturating_sub(max_rows as u64) as usize;
            return Err(Error::ContextTooLarge {
                requested: context,
                limit: most,
                why: format!("{what} for {slots} slots would take {} bytes; this device's buffers hold {limit}", slots.div_ceil(per) * bytes),
            });
        }
    }
    let logits = (max_rows * cfg.vocab_size * 4) as u64;
    if logits > limit {
        return Err(Error::GpuBufferLimit { what: format!("logits of {max_rows} rows"), size: logits, limit });
    }
    Ok(())
}
