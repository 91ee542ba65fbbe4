"""The gate: normal rows are bitwise the base model with an adapter attached."""
import torch

from conftest import random_adapter
from training.decode import step_layout


def _pass(model, toks, k, G):
    """One quadratic-MTP-style pass over a 5-token prefix + G groups (real + k masks)."""
    from training.model import KVCache

    P = 5
    cache = KVCache(model.cfg, 1, 64)
    pre = torch.tensor([toks[:P]])
    h0, _ = model.forward_rows(model.embed(pre), torch.arange(P)[None],
                               torch.ones(P, P, dtype=torch.bool).tril()[None], cache=cache, gate=None)
    cache.t = P
    off, is_mask, att = step_layout(k, G)
    n = len(off)
    x = torch.empty(n, model.cfg.d)
    x[~is_mask] = model.embed(torch.tensor(toks[P:P + G]))
    me = model.adapter.mask_embd[:k] if model.adapter is not None else torch.randn(k, model.cfg.d,
                                                                                   generator=torch.Generator().manual_seed(3))
    x[is_mask] = me.repeat(G, 1)
    mask = torch.cat([torch.ones(n, P, dtype=torch.bool), att], 1)[None]
    h, _ = model.forward_rows(x[None], (P + off)[None], mask, gate=is_mask[None], cache=cache)
    return h0[0], h[0], is_mask


@torch.no_grad()
def test_normal_rows_bitwise_unchanged(bare):
    model = bare
    toks = [1, 9690, 198, 2683, 359, 253, 5356, 5646, 11173]
    k, G = 3, 4
    # reference: no adapter at all (mask rows carry arbitrary embeddings; normal rows never see them)
    h0_ref, h_ref, is_mask = _pass(model, toks, k, G)
    logits_ref = model.logits(torch.cat([h0_ref, h_ref[~is_mask]]))
    ad = random_adapter(model, k=k, rank=4)
    ad.attach(model)
    h0, h, _ = _pass(model, toks, k, G)
    logits = model.logits(torch.cat([h0, h[~is_mask]]))
    assert torch.equal(logits, logits_ref)  # bitwise
    assert torch.equal(h[~is_mask], h_ref[~is_mask])
    # ... while the mask rows do change (the adapter is live, so the test can fail)
    assert not torch.allclose(h[is_mask], h_ref[is_mask], atol=1e-3)
    # and a plain causal pass is bitwise the base model too
    t = torch.tensor([toks])
    a, _ = model.forward_causal(t)
    model.adapter = None
    b, _ = model.forward_causal(t)
    assert torch.equal(a, b)


@torch.no_grad()
def test_lora_applies_only_to_gated_rows(bare):
    model = bare
    ad = random_adapter(model, k=2, rank=4)
    ad.attach(model)
    x = torch.randn(1, 4, model.cfg.d)
    gate = torch.tensor([[False, True, False, True]])
    gsel = gate.reshape(-1).nonzero().squeeze(1)
    y = model._lin(0, "ffn_up", x, gsel)
    base = x @ model.blocks[0].ffn_up.t()
    assert torch.equal(y[0, 0], base[0, 0]) and torch.equal(y[0, 2], base[0, 2])
    a, b = ad.lora_ab(0, "ffn_up")
    want = base[0, 1] + (b @ (a @ x[0, 1])) * ad.scale
    assert torch.allclose(y[0, 1], want, atol=1e-5)
