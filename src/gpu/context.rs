//! The WebGPU device: creation (native Vulkan/Metal/DX12 through wgpu, or the browser's
//! `navigator.gpu`), error capture, and readback.

use crate::error::{Error, Result};
use crate::gpu::ops::Shape;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

pub struct Gpu {
    pub device: wgpu::Device,
    pub queue: wgpu::Queue,
    pub info: wgpu::AdapterInfo,
    pub limits: wgpu::Limits,
    /// How this device's kernels divide their work; a test may set the other device kind's shape
    /// before loading a model, to check it on the device at hand.
    pub shape: Shape,
    /// Validation / out-of-memory errors that escaped an error scope, and device loss: wgpu's
    /// default handlers panic, which must never cross the wasm boundary.
    errors: Arc<Mutex<Vec<String>>>,
    lost: Arc<Mutex<Option<String>>>,
    allocated: AtomicU64,
    /// Bytes of weights written to the GPU so far (`upload`).
    uploaded: AtomicU64,
    /// The most bytes this engine's buffers may take together (`EngineOptions::gpu_memory_limit`):
    /// WebGPU does not say how much memory a device has, so a page that knows its budget sets it.
    pub memory_limit: Option<u64>,
}

impl Gpu {
    pub async fn new() -> Result<Gpu> {
        #[cfg(not(target_arch = "wasm32"))]
        let instance = wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
        #[cfg(target_arch = "wasm32")]
        let instance = {
            let mut desc = wgpu::InstanceDescriptor::new_without_display_handle();
            desc.backends = wgpu::Backends::BROWSER_WEBGPU;
            wgpu::Instance::new(desc)
        };
        let adapter = wgpu::util::initialize_adapter_from_env_or_default(&instance, None).await.map_err(|e| {
            Error::GpuUnavailable(format!("{e} (in a browser: WebGPU must be enabled; natively: install a Vulkan driver, e.g. mesa-vulkan-drivers)"))
        })?;
        let info = adapter.get_info();
        let adapter_limits = adapter.limits();
        // Ask for the adapter's buffer limits: the default 128 MiB binding limit is often below
        // what the device really allows, and the model's largest matrix may need more.
        let limits = wgpu::Limits {
            max_storage_buffer_binding_size: adapter_limits.max_storage_buffer_binding_size,
            max_buffer_size: adapter_limits.max_buffer_size,
            max_storage_buffers_per_shader_stage: adapter_limits.max_storage_buffers_per_shader_stage.min(8),
            max_compute_workgroup_storage_size: adapter_limits.max_compute_workgroup_storage_size.min(16384),
            ..wgpu::Limits::downlevel_defaults()
        };
        let (device, queue) = adapter
            .request_device(&wgpu::DeviceDescriptor { label: Some("gated-lora"), required_limits: limits.clone(), ..Default::default() })
            .await
            .map_err(|e| Error::GpuUnavailable(format!("device request failed: {e}")))?;
        let errors = Arc::new(Mutex::new(Vec::new()));
        let lost = Arc::new(Mutex::new(None));
        {
            let errors = errors.clone();
            device.on_uncaptured_error(Arc::new(move |e: wgpu::Error| {
                if let Ok(mut v) = errors.lock() {
                    v.push(e.to_string());
                }
            }));
            let lost = lost.clone();
            device.set_device_lost_callback(move |reason, msg| {
                if let Ok(mut l) = lost.lock() {
                    *l = Some(format!("{reason:?}: {msg}"));
                }
            });
        }
        Ok(Gpu { shape: Shape::for_device(&info), device, queue, info, limits, errors, lost, allocated: AtomicU64::new(0), uploaded: AtomicU64::new(0), memory_limit: None })
    }

    /// `GPU_DEVICE_LOST` once the device is gone (the driver reset, the browser reclaimed it,
    /// or `device.destroy()` ran): from then on every call fails until the engine reloads.
    pub fn check_lost(&self) -> Result<()> {
        match self.lost.lock().ok().and_then(|l| l.clone()) {
            Some(msg) => Err(Error::GpuDeviceLost(msg)),
            None => Ok(()),
        }
    }

    /// Turns errors the device reported since the last check into an `Error`.
    pub fn check(&self) -> Result<()> {
        self.check_lost()?;
        let errs: Vec<String> = self.errors.lock().map(|mut v| std::mem::take(&mut *v)).unwrap_or_default();
        if errs.is_empty() {
            Ok(())
        } else {
            Err(Error::Gpu(errs.join("; ")))
        }
    }

    /// Bytes of every buffer created through this context: the engine's GPU memory.
    pub fn allocated_bytes(&self) -> u64 {
        self.allocated.load(Ordering::Relaxed)
    }

    /// Gives a buffer's bytes back to `allocated_bytes` and drops this handle; the device frees
    /// the memory once no pass uses it.
    pub fn release(&self, buffer: &wgpu::Buffer) {
        self.release_bytes(buffer.size());
    }

    /// Gives `bytes` back to `allocated_bytes` (buffers whose handles their owner drops).
    pub fn release_bytes(&self, bytes: u64) {
        self.allocated.fetch_sub(bytes.min(self.allocated_bytes()), Ordering::Relaxed);
    }

    fn buffer(&self, what: &str, size: u64, usage: wgpu::BufferUsages) -> wgpu::Buffer {
        let size = size.max(16).div_ceil(4) * 4;
        self.allocated.fetch_add(size, Ordering::Relaxed);
        self.device.create_buffer(&wgpu::BufferDescriptor { label: Some(what), size, usage, mapped_at_creation: false })
    }

    pub fn describe(&self) -> String {
        format!("{} ({:?}, {:?})", self.info.name, self.info.backend, self.info.device_type)
    }

    /// A storage buffer holding `words`, refused with a clear error if the device cannot bind it.
    pub fn storage(&self, what: &str, words: &[u32]) -> Result<wgpu::Buffer> {
        let buf = self.storage_empty(what, (words.len() * 4) as u64)?;
        self.upload(&buf, 0, bytemuck::cast_slice(words));
        Ok(buf)
    }

    pub fn storage_f32(&self, what: &str, values: &[f32]) -> Result<wgpu::Buffer> {
        let buf = self.storage_empty(what, (values.len() * 4) as u64)?;
        self.upload(&buf, 0, bytemuck::cast_slice(values));
        Ok(buf)
    }

    /// Writes weights (or other data that outlives a pass) into `buffer`, counted in
    /// `uploaded_bytes`; a pass's own inputs go through the queue uncounted.
    pub fn upload(&self, buffer: &wgpu::Buffer, offset: u64, bytes: &[u8]) {
        self.uploaded.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        self.queue.write_buffer(buffer, offset, bytes);
    }

    /// Bytes `upload` has written so far: loading an adapter adds its weights, switching between
    /// loaded adapters adds nothing.
    pub fn uploaded_bytes(&self) -> u64 {
        self.uploaded.load(Ordering::Relaxed)
    }

    pub fn storage_empty(&self, what: &str, size: u64) -> Result<wgpu::Buffer> {
        let limit = self.limits.max_storage_buffer_binding_size.min(self.limits.max_buffer_size);
        if size > limit {
            return Err(Error::GpuBufferLimit { what: what.to_string(), size, limit });
        }
        if let Some(limit) = self.memory_limit.filter(|&l| self.allocated_bytes() + size > l) {
            return Err(Error::GpuOutOfMemory { what: format!("{what} (with the {} bytes already allocated)", self.allocated_bytes()), needed: self.allocated_bytes() + size, limit: Some(limit) });
        }
        Ok(self.buffer(what, size, wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_DST | wgpu::BufferUsages::COPY_SRC))
    }

    pub fn uniform<T: bytemuck::Pod>(&self, what: &str, value: &T) -> wgpu::Buffer {
        let buf = self.buffer(what, std::mem::size_of::<T>() as u64, wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST);
        self.queue.write_buffer(&buf, 0, bytemuck::bytes_of(value));
        buf
    }

    pub fn staging(&self, what: &str, size: u64) -> wgpu::Buffer {
        self.buffer(what, size, wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST)
    }

    /// Waits until the GPU has finished all submitted work (so prefill timings are real, in the
    /// browser too), then reports any device error.
    pub async fn wait_idle(&self) -> Result<()> {
        let (tx, rx) = futures_channel::oneshot::channel();
        self.queue.on_submitted_work_done(move || {
            let _ = tx.send(());
        });
        #[cfg(not(target_arch = "wasm32"))]
        self.device.poll(wgpu::PollType::Wait { submission_index: None, timeout: None }).map_err(|e| Error::Gpu(format!("waiting for the GPU failed: {e}")))?;
        rx.await.map_err(|_| Error::Gpu("the GPU queue was dropped".into()))?;
        self.check()
    }

    /// After a failed readback: a lost device rejects the mapping before it reports the loss (in
    /// the browser, `device.lost` settles a task later), so give the report a moment to arrive
    /// and answer `GPU_DEVICE_LOST` if it does.
    async fn await_loss(&self) -> Result<()> {
        for _ in 0..20 {
            self.check_lost()?;
            #[cfg(not(target_arch = "wasm32"))]
            let _ = self.device.poll(wgpu::PollType::Poll);
            #[cfg(target_arch = "wasm32")]
            next_task().await;
        }
        self.check_lost()
    }

    /// Maps `size` bytes of a MAP_READ buffer whose copy has been submitted, and returns them.
    pub async fn read(&self, staging: &wgpu::Buffer, size: u64) -> Result<Vec<u8>> {
        let (tx, rx) = futures_channel::oneshot::channel();
        staging.map_async(wgpu::MapMode::Read, ..size, move |r| {
            let _ = tx.send(r);
        });
        #[cfg(not(target_arch = "wasm32"))]
        self.device.poll(wgpu::PollType::Wait { submission_index: None, timeout: None }).map_err(|e| Error::Gpu(format!("waiting for the GPU failed: {e}")))?;
        let mapped = rx.await.map_err(|_| Error::Gpu("readback was cancelled".into()))?;
        self.check()?;
        if let Err(e) = mapped {
            self.await_loss().await?;
            return Err(Error::Gpu(format!("readback failed: {e}")));
        }
        let bytes = staging.get_mapped_range(..size).map_err(|e| Error::Gpu(format!("readback failed: {e}")))?.to_vec();
        staging.unmap();
        Ok(bytes)
    }
}

/// Resolves after the event loop has run the tasks queued so far (`setTimeout(0)`, in a page or
/// a worker).
#[cfg(target_arch = "wasm32")]
async fn next_task() {
    use wasm_bindgen::JsCast;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let global = js_sys::global();
        let set_timeout = js_sys::Reflect::get(&global, &"setTimeout".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if set_timeout.and_then(|f| f.call2(&global, &resolve, &0.into()).ok()).is_none() {
            let _ = resolve.call0(&global);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
