//! Chat templates. GGUF files carry a Jinja template (`tokenizer.chat_template`); rather than embed
//! a Jinja engine, we recognise the templates we support by their structure and render them
//! natively, producing exactly the string the Jinja would.
//!
//! Supported: the ChatML family (`<|im_start|>role\ncontent<|im_end|>\n`), with or without a default
//! system prompt inserted when the first message is not a system message (SmolLM2 ships the latter:
//! "You are a helpful AI assistant named SmolLM, trained by Hugging Face"). Any other template is
//! `Error::UnsupportedChatTemplate`.
//!
//! Recognition normalises the template — whitespace inside `{% %}`/`{{ }}` tags dropped, string
//! literals unescaped and adjacent literal concatenations joined, `message.role` spelled
//! `message['role']` — and compares it with the known skeletons, the default system prompt being the
//! one free part.

use crate::error::{Error, Result};
use crate::gguf::Gguf;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChatMessage {
    pub role: String,
    pub content: String,
}

impl ChatMessage {
    pub fn new(role: impl Into<String>, content: impl Into<String>) -> ChatMessage {
        ChatMessage { role: role.into(), content: content.into() }
    }
}

/// A recognised chat template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChatTemplate {
    /// ChatML; `default_system` is inserted as a system message when the conversation does not
    /// start with one.
    ChatMl { default_system: Option<String> },
}

/// One normalised piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    /// Text outside tags, emitted as is.
    Text(String),
    /// `{% ... %}` with whitespace outside string literals removed.
    Stmt(String),
    /// `{{ ... }}` likewise.
    Expr(String),
}

const IM_START: &str = "<|im_start|>";
const IM_END: &str = "<|im_end|>";

impl ChatTemplate {
    /// The template named by `tokenizer.chat_template` in a GGUF.
    pub fn from_gguf(gguf: &Gguf) -> Result<ChatTemplate> {
        let template = gguf.get_str("tokenizer.chat_template")?;
        ChatTemplate::parse(template)
    }

    /// Recognises a Jinja chat template.
    pub fn parse(template: &str) -> Result<ChatTemplate> {
        let unsupported = || Error::UnsupportedChatTemplate(describe(template));
        let pieces = normalise(template).ok_or_else(unsupported)?;
        let chatml_message = expr("'<|im_start|>'+message['role']+'\\n'+message['content']+'<|im_end|>\\n'");
        let tail =
            [Piece::Stmt("endfor".into()), Piece::Stmt("ifadd_generation_prompt".into()), expr("'<|im_start|>assistant\\n'"), Piece::Stmt("endif".into())];
        let head = Piece::Stmt("formessageinmessages".into());

        // Plain ChatML.
        let mut plain = vec![head.clone(), chatml_message.clone()];
        plain.extend(tail.iter().cloned());
        if pieces == plain {
            return Ok(ChatTemplate::ChatMl { default_system: None });
        }

        // ChatML with a default system prompt.
        if pieces.len() == 5 + tail.len()
            && pieces[0] == head
            && pieces[1] == Piece::Stmt("ifloop.firstandmessages[0]['role']!='system'".into())
            && pieces[3] == Piece::Stmt("endif".into())
            && pieces[4] == chatml_message
            && pieces[5..] == tail
        {
            if let Piece::Expr(e) = &pieces[2] {
                let lit = single_literal(e).ok_or_else(unsupported)?;
                let system = lit.strip_prefix("<|im_start|>system\n").and_then(|s| s.strip_suffix("<|im_end|>\n")).ok_or_else(unsupported)?;
                return Ok(ChatTemplate::ChatMl { default_system: Some(system.to_string()) });
            }
        }
        Err(unsupported())
    }

    /// Renders a conversation; with `add_generation_prompt` the assistant turn is opened.
    pub fn render(&self, messages: &[ChatMessage], add_generation_prompt: bool) -> Result<String> {
        match self {
            ChatTemplate::ChatMl { default_system } => {
                let mut out = String::new();
                for (i, m) in messages.iter().enumerate() {
                    if i == 0 && m.role != "system" {
                        if let Some(system) = default_system {
                            push_chatml(&mut out, "system", system);
                        }
                    }
                    push_chatml(&mut out, &m.role, &m.content);
                }
                if add_generation_prompt {
                    out.push_str(IM_START);
                    out.push_str("assistant\n");
                }
                Ok(out)
            }
        }
    }
}

fn push_chatml(out: &mut String, role: &str, content: &str) {
    out.push_str(IM_START);
    out.push_str(role);
    out.push('\n');
    out.push_str(content);
    out.push_str(IM_END);
    out.push('\n');
}

/// Renders `messages` with a Jinja chat template (see [`ChatTemplate::parse`]).
pub fn apply_chat_template(template: &str, messages: &[ChatMessage], add_generation_prompt: bool) -> Result<String> {
    ChatTemplate::parse(template)?.render(messages, add_generation_prompt)
}

/// Renders `messages` with the template a GGUF carries in `tokenizer.chat_template`.
pub fn apply_gguf_chat_template(gguf: &Gguf, messages: &[ChatMessage], add_generation_prompt: bool) -> Result<String> {
    ChatTemplate::from_gguf(gguf)?.render(messages, add_generation_prompt)
}

fn expr(normalised: &str) -> Piece {
    // The skeletons are written with `\n` for a newline inside literals.
    Piece::Expr(normalised.replace("\\n", "\n"))
}

/// A short name for an unsupported template: the family if it is a well-known one, else its start.
fn describe(template: &str) -> String {
    let families = [
        ("<|start_header_id|>", "Llama 3"),
        ("[INST]", "Llama 2 / Mistral"),
        ("<start_of_turn>", "Gemma"),
        ("<|user|>", "Zephyr / Phi-3"),
        ("<|im_start|>", "ChatML variant"),
        ("<｜User｜>", "DeepSeek"),
    ];
    let family = families.iter().find(|(marker, _)| template.contains(marker)).map(|(_, name)| *name);
    let start: String = template.chars().take(80).collect();
    match family {
        Some(f) => format!("{f} template (only plain ChatML and ChatML with a default system prompt are supported): {start:?}..."),
        None => format!("template {start:?}... (only ChatML templates are supported)"),
    }
}

/// Splits a template into pieces and normalises each; `None` for anything we cannot read.
fn normalise(template: &str) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut rest = template;
    let mut trim_next_text = false;
    while !rest.is_empty() {
        let next_tag = [rest.find("{%"), rest.find("{{"), rest.find("{#")].into_iter().flatten().min();
        let text_end = next_tag.unwrap_or(rest.len());
        let mut text = &rest[..text_end];
        rest = &rest[text_end..];
        if trim_next_text {
            text = text.trim_start();
        }
        let (close, kind) = if rest.starts_with("{%") {
            ("%}", 's')
        } else if rest.starts_with("{{") {
            ("}}", 'e')
        } else if rest.starts_with("{#") {
            ("#}", 'c')
        } else {
            (" ", 'x')
        };
        let mut body_start = 2;
        if kind != 'x' && rest[2..].starts_with('-') {
            text = text.trim_end();
            body_start = 3;
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text.to_string()));
        }
        if kind == 'x' {
            break;
        }
        let (body, after) = scan_tag(&rest[body_start..], close)?;
        let (body, trims) = match body.strip_suffix('-') {
            Some(b) => (b, true),
            None => (body, false),
        };
        trim_next_text = trims;
        rest = after;
        match kind {
            's' => pieces.push(Piece::Stmt(compact(body)?)),
            'e' => pieces.push(Piece::Expr(compact(body)?)),
            _ => {}
        }
    }
    Some(pieces)
}

/// Finds the end of a tag body, skipping string literals; returns (body, text after the tag).
fn scan_tag<'t>(s: &'t str, close: &str) -> Option<(&'t str, &'t str)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) => {
                if b == b'\\' {
                    i += 1;
                } else if b == q {
                    quote = None;
                }
            }
            None => {
                if b == b'\'' || b == b'"' {
                    quote = Some(b);
                } else if bytes[i..].starts_with(close.as_bytes()) {
                    // `close` starts with an ASCII byte, so `i` is a char boundary (byte steps
                    // land inside multi-byte chars elsewhere: found by fuzzing).
                    return Some((&s[..i], &s[i + close.len()..]));
                }
            }
        }
        i += 1;
    }
    None
}

/// Removes whitespace outside string literals, rewrites literals as `'...'` holding their
/// unescaped text (a literal quote inside is kept as `\'`), joins `'a'+'b'` into `'ab'`, and
/// spells `x.role` / `x.content` as `x['role']` / `x['content']`.
fn compact(body: &str) -> Option<String> {
    enum Tok {
        Lit(String),
        Code(String),
    }
    let mut toks: Vec<Tok> = Vec::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' || c == '"' {
            let mut lit = String::new();
            loop {
                let d = chars.next()?;
                if d == c {
                    break;
                }
                if d == '\\' {
                    let e = chars.next()?;
                    lit.push(match e {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        '0' => '\0',
                        other => other,
                    });
                } else {
                    lit.push(d);
                }
            }
            toks.push(Tok::Lit(lit));
        } else if !c.is_whitespace() {
            match toks.last_mut() {
                Some(Tok::Code(s)) => s.push(c),
                _ => toks.push(Tok::Code(c.to_string())),
            }
        }
    }
    // Join literal + literal.
    let mut joined: Vec<Tok> = Vec::new();
    for t in toks {
        if let (Some(Tok::Code(plus)), Tok::Lit(next)) = (joined.last(), &t) {
            if plus == "+" && joined.len() >= 2 {
                if let Some(Tok::Lit(_)) = joined.get(joined.len() - 2) {
                    let next = next.clone();
                    joined.pop();
                    if let Some(Tok::Lit(prev)) = joined.last_mut() {
                        prev.push_str(&next);
                    }
                    continue;
                }
            }
        }
        joined.push(t);
    }
    let mut out = String::new();
    for t in joined {
        match t {
            Tok::Lit(s) => {
                out.push('\'');
                out.push_str(&s.replace('\'', "\\'"));
                out.push('\'');
            }
            Tok::Code(s) => out.push_str(&s.replace(".role", "['role']").replace(".content", "['content']").replace("[\"", "['").replace("\"]", "']")),
        }
    }
    Some(out)
}

/// The text of an expression that is one string literal.
fn single_literal(e: &str) -> Option<String> {
    let inner = e.strip_prefix('\'')?.strip_suffix('\'')?;
    // A lone quote inside means the expression was more than one literal.
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(chars.next()?),
            '\'' => return None,
            other => out.push(other),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMOLLM2: &str = "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}{{ '<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}";

    #[test]
    fn smollm2_template_is_chatml_with_default_system() {
        let t = ChatTemplate::parse(SMOLLM2).unwrap();
        assert_eq!(t, ChatTemplate::ChatMl { default_system: Some("You are a helpful AI assistant named SmolLM, trained by Hugging Face".into()) });
        let s = t.render(&[ChatMessage::new("user", "Hi")], true).unwrap();
        assert_eq!(s, "<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n");
        let s = t.render(&[ChatMessage::new("system", "Be brief."), ChatMessage::new("user", "Hi")], false).unwrap();
        assert_eq!(s, "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n");
        assert_eq!(t.render(&[], true).unwrap(), "<|im_start|>assistant\n");
    }

    #[test]
    fn plain_chatml_with_escaped_newlines_and_trim_markers() {
        let t = "{%- for message in messages -%}\n  {{- \"<|im_start|>\" + message.role + \"\\n\" + message.content + \"<|im_end|>\\n\" -}}\n{%- endfor -%}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
        let t = ChatTemplate::parse(t).unwrap();
        assert_eq!(t, ChatTemplate::ChatMl { default_system: None });
        assert_eq!(t.render(&[ChatMessage::new("user", "x")], false).unwrap(), "<|im_start|>user\nx<|im_end|>\n");
    }

    #[test]
    fn other_templates_are_refused() {
        let llama3 = "{% for message in messages %}{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n' + message['content'] | trim + '<|eot_id|>' }}{% endfor %}";
        let e = ChatTemplate::parse(llama3).unwrap_err();
        assert_eq!(e.code(), "UNSUPPORTED_CHAT_TEMPLATE");
        assert!(e.to_string().contains("Llama 3"), "{e}");
        // ChatML that adds text the renderer would not produce.
        let odd = SMOLLM2.replace("{% endfor %}", "{% endfor %}extra");
        assert_eq!(ChatTemplate::parse(&odd).unwrap_err().code(), "UNSUPPORTED_CHAT_TEMPLATE");
        let unterminated = "{% for message in messages %}{{ '<|im_start|>";
        assert_eq!(ChatTemplate::parse(unterminated).unwrap_err().code(), "UNSUPPORTED_CHAT_TEMPLATE");
    }
}
