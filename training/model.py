"""Frozen fp32 Llama built from a GGUF file, with optional gated-LoRA MTP adapter.

The weights are dequantised exactly (``gguf.quants.dequantize``) and kept in the
GGUF layout: Q/K rows are in llama.cpp's permuted order, so RoPE rotates
*adjacent* pairs (x[2i], x[2i+1]) with theta_i = base^(-2i/head_dim) (ggml
"normal" rope mode). That is the same function as HF's half-rotation on the
un-permuted weights.

All computation goes through :meth:`Llama.forward_rows`, a single function that
handles causal prefill, batched KV-cache decoding, the packed mask-row training
pass and the quadratic MTP verification pass: the caller supplies input
embeddings, positions, an optional per-layer K/V prefix, a boolean attention mask
and the set of gated (mask) rows. LoRA deltas are added with ``index_add`` on the
gated rows only, so normal rows are bitwise the base model.
"""
from __future__ import annotations

import functools
import hashlib
import math
import os
from dataclasses import dataclass, asdict

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_GGUF = os.path.join(REPO_ROOT, "models", "SmolLM2-135M-Instruct.Q4_1.gguf")
TARGETS = ["attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"]


@dataclass
class LlamaConfig:
    n_layer: int
    d: int
    n_head: int
    n_kv: int
    head_dim: int
    ffn: int
    rope_base: float
    eps: float
    vocab: int
    bos: int = 1
    eos: int = 2
    # Every token that ends a generation, as the runtime decides it (src/tokenizer.rs): EOS alone
    # would let Python answers run past an <|endoftext|> or <|eot_id|> where the runtime stops.
    eog: tuple[int, ...] = (2,)

    def to_dict(self):
        return asdict(self)


# --------------------------------------------------------------------------- GGUF

def gguf_data_offset(path: str) -> int:
    st = os.stat(path)
    return _data_offset(os.path.abspath(path), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _data_offset(path, size, mtime_ns):
    from gguf import GGUFReader

    return int(GGUFReader(path, "r").data_offset)


def gguf_fingerprint(path: str) -> str:
    """sha256 (lowercase hex) of the first ``data_offset`` bytes of the GGUF file:
    header, metadata KVs, tensor-info table and the alignment padding before the
    tensor data. See training/FORMAT.md."""
    off = gguf_data_offset(path)
    with open(path, "rb") as f:
        head = f.read(off)
    assert len(head) == off
    return hashlib.sha256(head).hexdigest()


def _field(reader, key, default=None):
    f = reader.fields.get(key)
    if f is None:
        return default
    if hasattr(f, "contents"):
        return f.contents()
    v = f.parts[f.data[0]]
    return v.tolist()[0] if hasattr(v, "tolist") else v


# What the runtime (src/model/weights.rs, src/tokenizer.rs, src/model/config.rs) loads: an adapter
# trained on a base it refuses would be hours of CPU for nothing, so the trainer refuses it first.
RUNTIME_TENSOR_TYPES = ("F32", "F16", "BF16", "Q4_0", "Q4_1", "Q8_0")


def runtime_refusals(reader) -> list[str]:
    """Why the runtime would not load this GGUF (empty if it would): tensor types it has no kernel
    for, a tokenizer that is not byte-level BPE, RoPE scaling it does not apply."""
    why = []
    types = sorted({t.tensor_type.name for t in reader.tensors} - set(RUNTIME_TENSOR_TYPES))
    if types:
        bad = [t.name for t in reader.tensors if t.tensor_type.name in types][:3]
        why.append(f"tensor types {', '.join(types)} (e.g. {', '.join(bad)}); the runtime reads "
                   f"{', '.join(RUNTIME_TENSOR_TYPES)}: quantise with llama-quantize --pure, or "
                   f"--output-tensor-type q8_0 --token-embedding-type q8_0")
    tok = _field(reader, "tokenizer.ggml.model")
    if tok != "gpt2":
        why.append(f"tokenizer.ggml.model {tok!r}; the runtime reads byte-level BPE (gpt2) only")
    if "rope_freqs.weight" in {t.name for t in reader.tensors} or _field(reader, "llama.rope.scaling.type") not in (None, "none"):
        why.append("RoPE scaling (rope_freqs / llama.rope.scaling.*), which the runtime does not apply")
    return why


# llama.cpp's end-of-generation texts and FIM tokens, as src/tokenizer.rs lists them.
EOG_TEXTS = ("<|eot_id|>", "<|im_end|>", "<|end|>", "<|return|>", "<|call|>", "<|flush|>", "<|calls|>",
             "<end_of_turn>", "<|endoftext|>", "</s>", "<|eom_id|>", "<EOT>", "_<EOT>", "[EOT]", "[EOS]",
             "<|end_of_text|>", "<end_of_utterance>", "<eos>", "<turn|>", "<|tool_response>",
             "<\uff5cend\u2581of\u2581sentence\uff5c>", "[e~[")
FIM_EOG = (("tokenizer.ggml.fim_pad_token_id", ("<|fim_pad|>", "<fim-pad>", "<fim_pad>", "<PAD>", "[PAD]")),
           ("tokenizer.ggml.fim_rep_token_id", ("<|fim_repo|>", "<|repo_name|>", "<fim-repo>", "<REPO>", "<reponame>")),
           ("tokenizer.ggml.fim_sep_token_id", ("<|file_sep|>",)))


def end_of_generation(reader) -> tuple[int, ...]:
    """EOS/EOT/EOM, the FIM pad/repo/separator tokens (by id, else the first with such a text) and
    every token with an end-of-turn text: the ids where the runtime stops, sorted."""
    f = reader.fields["tokenizer.ggml.tokens"]
    tokens = [bytes(f.parts[i]).decode("utf-8", errors="replace") for i in f.data]
    ends = (_field(reader, f"tokenizer.ggml.{k}_token_id") for k in ("eos", "eot", "eom"))
    eog = {int(i) for i in ends if i is not None}
    for key, texts in FIM_EOG:
        fim = _field(reader, key)
        if fim is None:
            fim = next((i for i, t in enumerate(tokens) if t in texts), None)
        if fim is not None:
            eog.add(int(fim))
    eog.update(i for i, t in enumerate(tokens) if t in EOG_TEXTS)
    return tuple(sorted(eog))


def load_gguf(path: str = DEFAULT_GGUF):
    """Returns (config, {name: float32 tensor [rows, cols]})."""
    from gguf import GGUFReader
    from gguf.quants import dequantize

    r = GGUFReader(path, "r")
    arch = _field(r, "general.architecture")
    if arch != "llama":
        raise ValueError(f"unsupported architecture {arch!r}")
    refusals = runtime_refusals(r)
    if refusals:
        raise ValueError(f"{path}: the runtime could not load this model: " + "; ".join(refusals))
    weights = {}
    for t in r.tensors:
        a = dequantize(t.data, t.tensor_type)
        # ggml shape is (ne0, ne1, ...) with ne0 contiguous -> torch shape reversed
        shape = tuple(int(x) for x in reversed(list(t.shape)))
        a = np.array(a, dtype=np.float32, copy=True).reshape(shape)
        weights[t.name] = torch.from_numpy(a)
    n_head = int(_field(r, "llama.attention.head_count"))
    d = int(_field(r, "llama.embedding_length"))
    cfg = LlamaConfig(
        n_layer=int(_field(r, "llama.block_count")),
        d=d,
        n_head=n_head,
        n_kv=int(_field(r, "llama.attention.head_count_kv", n_head)),
        head_dim=d // n_head,
        ffn=int(_field(r, "llama.feed_forward_length")),
        rope_base=float(_field(r, "llama.rope.freq_base", 10000.0)),
        eps=float(_field(r, "llama.attention.layer_norm_rms_epsilon", 1e-5)),
        vocab=int(weights["token_embd.weight"].shape[0]),
        bos=int(_field(r, "tokenizer.ggml.bos_token_id", 1)),
        eos=int(_field(r, "tokenizer.ggml.eos_token_id", 2)),
        eog=end_of_generation(r),
    )
    return cfg, weights


# --------------------------------------------------------------------------- tokenizer

class ChatTokenizer:
    """Thin wrapper around the HF tokenizer that transformers builds from the GGUF metadata; chat
    prompts are rendered with the GGUF's own template (tokenizer.chat_template), the text the
    runtime renders (src/chat.rs), so another base is distilled with its own system prompt."""

    def __init__(self, path: str = DEFAULT_GGUF):
        from transformers import AutoTokenizer

        self.tok = AutoTokenizer.from_pretrained(os.path.dirname(os.path.abspath(path)),
                                                 gguf_file=os.path.basename(path))
        if not self.tok.chat_template:
            raise ValueError(f"{path} has no tokenizer.chat_template: chat prompts cannot be built")

    def messages_text(self, messages, add_generation_prompt: bool = True) -> str:
        """A conversation of {role, content} turns (a system turn first, or the template's default)."""
        return self.tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=add_generation_prompt)

    def chat_text(self, user: str) -> str:
        return self.messages_text([{"role": "user", "content": user}])

    def encode(self, text: str) -> list[int]:
        return self.tok.encode(text, add_special_tokens=False)

    def encode_chat(self, user: str) -> list[int]:
        return self.encode(self.chat_text(user))

    def encode_row(self, row: dict) -> list[int]:
        """Prompt ids of a prompt-set row: single-turn ``prompt`` or multi-turn ``messages``."""
        if "messages" in row:
            return self.encode(self.messages_text(row["messages"]))
        return self.encode_chat(row["prompt"])

    def decode(self, ids) -> str:
        return self.tok.decode(list(ids), skip_special_tokens=False)


# --------------------------------------------------------------------------- model

def rms_norm(x, w, eps):
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * w


class KVCache:
    """Preallocated per-layer K/V [B, n_kv, cap, hd]; slots [0, t) are committed."""

    def __init__(self, cfg, B, cap):
        self.K = [torch.zeros(B, cfg.n_kv, cap, cfg.head_dim) for _ in range(cfg.n_layer)]
        self.V = [torch.zeros(B, cfg.n_kv, cap, cfg.head_dim) for _ in range(cfg.n_layer)]
        self.t = 0
        self.cap = cap

    def select_batch(self, idx):
        self.K = [k.index_select(0, idx) for k in self.K]
        self.V = [v.index_select(0, idx) for v in self.V]

    def move(self, dst, src):
        """Copy slots src (list of slot indices) to dst.. (compacting accepted rows)."""
        s = torch.tensor(src)
        for k, v in zip(self.K, self.V):
            k[:, :, dst:dst + len(src)] = k[:, :, s]
            v[:, :, dst:dst + len(src)] = v[:, :, s]


class Llama(nn.Module):
    def __init__(self, cfg: LlamaConfig, weights: dict):
        super().__init__()
        self.cfg = cfg
        self.tok_embd = nn.Parameter(weights["token_embd.weight"], requires_grad=False)
        self.output_norm = nn.Parameter(weights["output_norm.weight"], requires_grad=False)
        if "output.weight" in weights:
            self.output = nn.Parameter(weights["output.weight"], requires_grad=False)
        else:
            self.output = self.tok_embd  # tied head
        self.blocks = nn.ModuleList()
        for i in range(cfg.n_layer):
            blk = nn.Module()
            for name in ["attn_norm", "ffn_norm"] + TARGETS:
                setattr(blk, name, nn.Parameter(weights[f"blk.{i}.{name}.weight"], requires_grad=False))
            self.blocks.append(blk)
        self.adapter = None  # set by MTPAdapter.attach
        self.domain = None  # a training.domain.DomainLora on every row, or None
        inv = cfg.rope_base ** (-torch.arange(0, cfg.head_dim, 2, dtype=torch.float64) / cfg.head_dim)
        self.register_buffer("rope_inv", inv.float(), persistent=False)

    @classmethod
    def from_gguf(cls, path: str = DEFAULT_GGUF):
        cfg, w = load_gguf(path)
        m = cls(cfg, w)
        m.eval()
        m.gguf_path = path
        return m

    # ---- helpers
    def embed(self, tokens):
        return F.embedding(tokens, self.tok_embd)

    def logits(self, h):
        return h @ self.output.t()

    def rope_cs(self, pos):
        ang = pos.to(torch.float32)[:, None, :, None] * self.rope_inv  # [B,1,n,hd/2]
        return torch.cos(ang), torch.sin(ang)

    def rope(self, x, cs):
        # x [B, h, n, hd]; cs = rope_cs(pos [B, n]); adjacent pairs (ggml normal mode)
        cos, sin = cs
        x0, x1 = x[..., 0::2], x[..., 1::2]
        out = torch.stack((x0 * cos - x1 * sin, x0 * sin + x1 * cos), dim=-1)
        return out.flatten(-2)

    def _lin(self, i, name, x, gsel):
        """x [B, n, in] -> [B, n, out]; gsel: None (no LoRA), 'all', or flat index tensor
        of gated rows in x.reshape(-1, in)."""
        w = getattr(self.blocks[i], name)
        y = x @ w.t()
        if self.domain is not None:
            d = self.domain.delta(i, name, x)
            if d is not None:
                y = y + d
        ad = self.adapter
        if ad is None or gsel is None or name not in ad.targets:
            return y
        a, b = ad.lora_ab(i, name)
        if isinstance(gsel, str):
            return y + ((x @ a.t()) @ b.t()) * ad.scale
        if gsel.numel() == 0:
            return y
        xs = x.reshape(-1, x.shape[-1]).index_select(0, gsel)
        delta = ((xs @ a.t()) @ b.t()) * ad.scale
        return y.reshape(-1, y.shape[-1]).index_add(0, gsel, delta).reshape(y.shape)

    def forward_rows(self, x, pos, attn_mask, past=None, gate=None, need_kv=False, cache=None, layers=None):
        """Generic pass.

        x: [B, n, d] input embeddings; pos: [B, n] long positions;
        attn_mask: bool [B, n, S] (True = may attend);
        keys are either [past (P); these rows (n)] (S = P+n) when ``past`` is a list over
        layers of (K, V), each [B, n_kv, P, hd] (post-RoPE), or, with ``cache`` (a KVCache),
        the cache slots [0, cache.t + n) after this pass's K/V were written at
        [cache.t, cache.t + n) (S = cache.t + n; cache.t is not advanced here);
        gate: None, 'all', or bool [B, n] marking rows that get the LoRA delta.
        layers: optional (start, stop) to run blocks start..stop-1 only; x is then the residual
        stream entering block start, and unless stop is the last block the returned h is the
        residual stream leaving block stop-1 (no output_norm). ``past`` stays indexed by layer.
        Returns (h: [B, n, d] after output_norm, kv: list of (K, V) of these n rows or None).
        """
        cfg = self.cfg
        B, n, _ = x.shape
        if gate is None or isinstance(gate, str):
            gsel = gate
        else:
            gsel = gate.reshape(-1).nonzero().squeeze(1)
            if gsel.numel() == 0:
                gsel = None
        rep = cfg.n_head // cfg.n_kv
        hd = cfg.head_dim
        # grouped-query attention without copying K/V: query heads kv*rep+j are stacked as
        # rows j*n+i of their K/V head's group
        m = attn_mask[:, None, :, :].repeat(1, 1, rep, 1)
        cs = self.rope_cs(pos)
        kvs = [] if need_kv else None
        start, stop = layers or (0, cfg.n_layer)
        for i in range(start, stop):
            blk = self.blocks[i]
            hn = rms_norm(x, blk.attn_norm, cfg.eps)
            q = self._lin(i, "attn_q", hn, gsel).view(B, n, cfg.n_head, hd).transpose(1, 2)
            k = self._lin(i, "attn_k", hn, gsel).view(B, n, cfg.n_kv, hd).transpose(1, 2)
            v = self._lin(i, "attn_v", hn, gsel).view(B, n, cfg.n_kv, hd).transpose(1, 2)
            q = self.rope(q, cs)
            k = self.rope(k, cs)
            if need_kv:
                kvs.append((k, v))
            if cache is not None:
                t0 = cache.t
                cache.K[i][:, :, t0:t0 + n] = k
                cache.V[i][:, :, t0:t0 + n] = v
                k = cache.K[i][:, :, :t0 + n]
                v = cache.V[i][:, :, :t0 + n]
            elif past is not None:
                k = torch.cat([past[i][0], k], dim=2)
                v = torch.cat([past[i][1], v], dim=2)
            qg = q.reshape(B, cfg.n_kv, rep * n, hd)
            att = F.scaled_dot_product_attention(qg, k, v, attn_mask=m)
            att = att.reshape(B, cfg.n_head, n, hd).transpose(1, 2).reshape(B, n, cfg.n_head * hd)
            x = x + self._lin(i, "attn_output", att, gsel)
            hn = rms_norm(x, blk.ffn_norm, cfg.eps)
            g = self._lin(i, "ffn_gate", hn, gsel)
            u = self._lin(i, "ffn_up", hn, gsel)
            x = x + self._lin(i, "ffn_down", F.silu(g) * u, gsel)
        if stop < cfg.n_layer:
            return x, kvs
        return rms_norm(x, self.output_norm, cfg.eps), kvs

    # ---- convenience
    @torch.no_grad()
    def forward_causal(self, tokens, lengths=None, need_kv=False):
        """Right-padded causal forward over tokens [B, T] (pad rows are ignored by
        valid rows because padding only follows them)."""
        B, T = tokens.shape
        pos = torch.arange(T, device=tokens.device).expand(B, T)
        mask = torch.ones(T, T, dtype=torch.bool, device=tokens.device).tril().expand(B, T, T)
        return self.forward_rows(self.embed(tokens), pos, mask, need_kv=need_kv)

    @torch.no_grad()
    def generate_batch(self, prompts: list[list[int]], max_new: int):
        """Greedy generation for a batch of prompts with a KV cache (left padding).
        Returns the list of generated token lists (each ends with its end-of-generation token if
        one was produced)."""
        cfg = self.cfg
        B = len(prompts)
        L = max(len(p) for p in prompts)
        toks = torch.zeros(B, L, dtype=torch.long)
        valid = torch.zeros(B, L, dtype=torch.bool)
        for b, p in enumerate(prompts):
            toks[b, L - len(p):] = torch.tensor(p)
            valid[b, L - len(p):] = True
        pos = (valid.long().cumsum(1) - 1).clamp(min=0)
        cap = L + max_new
        cache = KVCache(cfg, B, cap)
        kvalid = torch.zeros(B, cap, dtype=torch.bool)
        kvalid[:, :L] = valid
        causal = torch.ones(L, L, dtype=torch.bool).tril()
        # pad rows see themselves so that no softmax row is empty (their output is unused)
        mask = (causal[None] & valid[:, None, :]) | torch.eye(L, dtype=torch.bool)[None]
        h, _ = self.forward_rows(self.embed(toks), pos, mask, cache=cache)
        cache.t = L
        nxt = self.logits(h[:, -1]).argmax(-1)
        cur_pos = pos[:, -1] + 1
        alive = list(range(B))  # original indices of rows still in the batch
        outs = [[] for _ in range(B)]
        for step in range(max_new):
            keep = []
            for j, b in enumerate(alive):
                outs[b].append(int(nxt[j]))
                if int(nxt[j]) not in cfg.eog:
                    keep.append(j)
            if not keep or step == max_new - 1:
                break
            if len(keep) < len(alive):
                idx = torch.tensor(keep)
                cache.select_batch(idx)
                kvalid = kvalid.index_select(0, idx)
                nxt = nxt.index_select(0, idx)
                cur_pos = cur_pos.index_select(0, idx)
                alive = [alive[j] for j in keep]
            t = cache.t
            kvalid[:, t] = True
            h, _ = self.forward_rows(self.embed(nxt[:, None]), cur_pos[:, None],
                                     kvalid[:, None, : t + 1], cache=cache)
            cache.t = t + 1
            nxt = self.logits(h[:, 0]).argmax(-1)
            cur_pos = cur_pos + 1
        return outs
