//! The engine a caller holds: one GGUF model on the GPU with its tokenizer and chat template.

use crate::chat::{ChatMessage, ChatTemplate};
use crate::decode::{autoregressive, Generation};
use crate::error::{Error, Result};
use crate::gguf::Gguf;
use crate::gpu::Gpu;
use crate::model::forward::GpuModel;
use crate::model::Config;
use crate::tokenizer::Tokenizer;

#[derive(Debug, Clone)]
pub struct EngineOptions {
    /// Positions the KV cache holds (prompt + output).
    pub context: usize,
    /// Rows per forward pass: prefill chunk size, and the ceiling for verification batches.
    pub max_rows: usize,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions { context: 2048, max_rows: 64 }
    }
}

/// What to generate from.
#[derive(Debug, Clone)]
pub enum Prompt {
    /// Plain text, tokenized as is (BOS added if the model asks for it).
    Text(String),
    /// One user message, rendered with the model's chat template.
    Chat(String),
    /// A conversation, rendered with the model's chat template.
    Messages(Vec<ChatMessage>),
    /// Raw token ids: no template, no BOS.
    Tokens(Vec<u32>),
}

pub struct Engine {
    pub tokenizer: Tokenizer,
    pub template: Option<ChatTemplate>,
    pub model: GpuModel,
    /// sha256 of the GGUF header; adapters name the model they were trained for with it.
    pub fingerprint: String,
}

impl Engine {
    pub async fn load(bytes: &[u8], options: &EngineOptions) -> Result<Engine> {
        let gguf = Gguf::parse(bytes)?;
        let tokenizer = Tokenizer::from_gguf(&gguf)?;
        // A model without a usable template still serves plain-text prompts.
        let template = ChatTemplate::from_gguf(&gguf).ok();
        let fingerprint = gguf.fingerprint(bytes)?;
        let context = options.context.min(Config::from_gguf(&gguf)?.train_context);
        let model = GpuModel::load(Gpu::new().await?, &gguf, bytes, context, options.max_rows).await?;
        Ok(Engine { tokenizer, template, model, fingerprint })
    }

    pub fn encode(&self, prompt: &Prompt) -> Result<Vec<u32>> {
        let chat = |messages: &[ChatMessage]| -> Result<Vec<u32>> {
            let template = self
                .template
                .as_ref()
                .ok_or_else(|| Error::UnsupportedChatTemplate("this model's chat template is missing or not supported".into()))?;
            self.tokenizer.encode(&template.render(messages, true)?, true)
        };
        let ids = match prompt {
            Prompt::Text(text) => {
                let mut ids = Vec::new();
                if self.tokenizer.add_bos() {
                    ids.extend(self.tokenizer.bos());
                }
                ids.extend(self.tokenizer.encode(text, false)?);
                ids
            }
            Prompt::Chat(text) => chat(&[ChatMessage::new("user", text.as_str())])?,
            Prompt::Messages(messages) => chat(messages)?,
            Prompt::Tokens(ids) => ids.clone(),
        };
        if ids.is_empty() {
            return Err(Error::InvalidArgument("the prompt is empty".into()));
        }
        Ok(ids)
    }

    /// Greedy generation of up to `max_new` tokens; `on_token` returns false to stop early.
    pub async fn generate(&self, prompt: &[u32], max_new: usize, on_token: &mut dyn FnMut(u32) -> bool) -> Result<Generation> {
        let is_end = |t: u32| self.tokenizer.is_end_of_generation(t);
        autoregressive::generate(&self.model, prompt, max_new, &is_end, on_token).await
    }
}
