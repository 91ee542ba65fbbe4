"""Gated-LoRA multi-token-prediction adapter: mask embeddings, gated LoRA, sampler head
(``mlp2``, format version 1, or ``resmlp``, version 2).

Tensor names and shapes are those of the adapter file (training/FORMAT.md):
``mask_embd`` [k, d]; ``blk.{i}.{target}.lora_a`` [r, in]; ``blk.{i}.{target}.lora_b``
[out, r]; ``sampler.fc1.weight`` [d, 2d] ... The LoRA delta is scaled by alpha/r and
applied only to gated (mask) rows by :meth:`training.model.Llama.forward_rows`.
"""
from __future__ import annotations

import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from .model import TARGETS, Llama


def target_shape(cfg, name):
    """(out, in) of a target projection."""
    kvd = cfg.n_kv * cfg.head_dim
    return {
        "attn_q": (cfg.n_head * cfg.head_dim, cfg.d),
        "attn_k": (kvd, cfg.d),
        "attn_v": (kvd, cfg.d),
        "attn_output": (cfg.d, cfg.n_head * cfg.head_dim),
        "ffn_gate": (cfg.ffn, cfg.d),
        "ffn_up": (cfg.ffn, cfg.d),
        "ffn_down": (cfg.d, cfg.ffn),
    }[name]


class _Trunk(nn.Module):
    """The first layer both heads share: h = LayerNorm(SiLU(fc1 [E(y_prev); z]))."""

    def __init__(self, d, hidden, ln_eps):
        super().__init__()
        self.fc1 = nn.Linear(2 * d, hidden)
        self.ln1 = nn.LayerNorm(hidden, eps=ln_eps)
        self.fc2 = nn.Linear(hidden, d)
        self.config = {"hidden": hidden, "ln_eps": ln_eps, "input": "concat[E(y_prev), z]",
                       "z": "final hidden state after output_norm"}

    def hidden(self, e_prev, z):
        return self.ln1(F.silu(self.fc1(torch.cat([e_prev, z], dim=-1))))


class Sampler(_Trunk):
    """logits = W_unemb · MLP([E(y_prev); z]); MLP = (Linear -> SiLU -> LayerNorm) x 2."""

    def __init__(self, d, hidden=None, ln_eps=1e-5):
        super().__init__(d, hidden or d, ln_eps)
        self.ln2 = nn.LayerNorm(d, eps=ln_eps)
        self.config = {"type": "mlp2", **self.config}

    def forward(self, e_prev, z):
        return self.ln2(F.silu(self.fc2(self.hidden(e_prev, z))))


class ResidualSampler(_Trunk):
    """logits = W_unemb · (z + fc2(LayerNorm(SiLU(fc1 [E(y_prev); z])))), fc2 = 0 at init.

    At initialisation it is exactly the mask row's own logits (W_unemb · z), so drafting
    starts at that quality instead of far below it, and training only learns a correction."""

    def __init__(self, d, hidden=None, ln_eps=1e-5):
        super().__init__(d, hidden or d, ln_eps)
        nn.init.zeros_(self.fc2.weight)
        nn.init.zeros_(self.fc2.bias)
        self.config = {"type": "resmlp", **self.config, "output": "z + fc2(ln1(silu(fc1(u))))"}

    def forward(self, e_prev, z):
        return z + self.fc2(self.hidden(e_prev, z))


SAMPLERS = {"mlp2": Sampler, "resmlp": ResidualSampler}


class MTPAdapter(nn.Module):
    """``lora_layers`` = L > 0 trains LoRA on the top L blocks only and freezes the mask
    embedding and the lower blocks' LoRA (zero B for a fresh adapter, or the values loaded by
    ``load_file_tensors``): the lower blocks' mask states then do not depend on trained
    parameters and the trainer caches them. The file still holds every block's A and B."""

    def __init__(self, cfg, n_mask=4, rank=8, alpha=16.0, targets=None, sampler_hidden=None,
                 init_embd=None, seed=0, sampler="mlp2", lora_layers=0):
        super().__init__()
        self.cfg = cfg
        self.n_mask = n_mask
        self.rank = rank
        self.alpha = float(alpha)
        self.scale = self.alpha / rank
        self.targets = list(targets or TARGETS)
        g = torch.Generator().manual_seed(seed)
        if init_embd is not None:  # mean of the vocabulary embeddings + small noise
            mean = init_embd.mean(0)
            noise = torch.randn(n_mask, cfg.d, generator=g) * (init_embd.std() * 0.02)
            me = mean[None].repeat(n_mask, 1) + noise
        else:
            me = torch.randn(n_mask, cfg.d, generator=g) * 0.02
        self.mask_embd = nn.Parameter(me)
        self.lora = nn.ParameterDict()
        for i in range(cfg.n_layer):
            for t in self.targets:
                out_f, in_f = target_shape(cfg, t)
                a = torch.randn(rank, in_f, generator=g) / math.sqrt(in_f)
                self.lora[f"blk_{i}_{t}_a"] = nn.Parameter(a)
                self.lora[f"blk_{i}_{t}_b"] = nn.Parameter(torch.zeros(out_f, rank))
        torch.manual_seed(seed)
        self.sampler = SAMPLERS[sampler](cfg.d, sampler_hidden, ln_eps=1e-5)
        self.lora_layers = lora_layers or 0
        if not 0 <= self.lora_layers <= cfg.n_layer:
            raise ValueError(f"lora_layers = {lora_layers}: the model has {cfg.n_layer} blocks")
        if self.lora_layers:
            self.mask_embd.requires_grad_(False)
            for i in range(self.first_trained_layer):
                for t in self.targets:
                    for p in self.lora_ab(i, t):
                        p.requires_grad_(False)

    @property
    def first_trained_layer(self):
        """Blocks below this one have frozen LoRA (0 when every block is trained)."""
        return self.cfg.n_layer - self.lora_layers if self.lora_layers else 0

    def lora_ab(self, i, name):
        return self.lora[f"blk_{i}_{name}_a"], self.lora[f"blk_{i}_{name}_b"]

    def attach(self, model: Llama):
        model.adapter = self
        return model

    def sampler_logits(self, model: Llama, prev_tokens, z):
        return model.logits(self.sampler(model.embed(prev_tokens), z))

    def meta(self):
        return {"n_mask": self.n_mask, "rank": self.rank, "alpha": self.alpha, "targets": self.targets,
                "sampler": self.sampler.config}

    # --- named tensors in file layout
    def file_tensors(self):
        out = {"mask_embd": self.mask_embd.detach()}
        for i in range(self.cfg.n_layer):
            for t in self.targets:
                a, b = self.lora_ab(i, t)
                out[f"blk.{i}.{t}.lora_a"] = a.detach()
                out[f"blk.{i}.{t}.lora_b"] = b.detach()
        for k, v in self.sampler.state_dict().items():
            out[f"sampler.{k}"] = v.detach()
        return out

    def load_file_tensors(self, tensors, sampler=True):
        """Copy file tensors in; ``sampler=False`` keeps this adapter's own sampler head (used to
        start a run from a file whose head has another type)."""
        with torch.no_grad():
            self.mask_embd.copy_(tensors["mask_embd"].float())
            for i in range(self.cfg.n_layer):
                for t in self.targets:
                    a, b = self.lora_ab(i, t)
                    a.copy_(tensors[f"blk.{i}.{t}.lora_a"].float())
                    b.copy_(tensors[f"blk.{i}.{t}.lora_b"].float())
            if sampler:
                sd = {k[len("sampler."):]: v.float() for k, v in tensors.items() if k.startswith("sampler.")}
                self.sampler.load_state_dict(sd)
