"""Reference decoder: quadratic MTP == greedy AR, acceptance logic, training/decoding agreement."""
import dataclasses
import json
import os

import pytest
import torch

from conftest import random_adapter
from training.decode import ar_decode, draft_tree, mtp_decode, step_layout, tree_layout


def test_step_layout():
    off, is_mask, att = step_layout(2, 3)
    # rows: [x0 m1 m2 | d1 m1 m2 | d2 m1 m2]
    assert off.tolist() == [0, 1, 2, 1, 2, 3, 2, 3, 4]
    assert is_mask.tolist() == [False, True, True] * 3
    real = (~is_mask).nonzero().squeeze(1)
    assert not att[real][:, is_mask].any()  # real rows never see masks
    assert att[3].tolist() == [True, False, False, True, False, False, False, False, False]
    # mask (1, 2) sees x0, d1, and masks (1,1), (1,2) only
    assert att[5].tolist() == [True, False, False, True, True, True, False, False, False]


def colors_with_random_adapter(model, tok, n):
    """An untrained k=3 adapter on the model, a short chat prompt, and its n greedy AR tokens and passes."""
    ad = random_adapter(model, k=3, rank=4, seed=5)
    ad.attach(model)
    ids = tok.encode_chat("List three colors.")
    return ad, ids, *ar_decode(model, ids, n)


@torch.no_grad()
def test_mtp_equals_ar_with_untrained_and_oracle_drafts(bare, tok):
    model = bare
    n = 14
    ad, ids, ar, passes = colors_with_random_adapter(model, tok, n)
    assert passes == len(ar) - 1
    for k in (3,):
        mt, p, acc = mtp_decode(model, ad, ids, n, k=k)
        assert mt == ar, k
        assert p == len(acc) and sum(a + 1 for a in acc) >= len(mt) - 1
    # oracle drafts: every draft is accepted, so each pass yields k+1 tokens (the uncounted first
    # pass, which chooses x0, drafts already)
    mt, p, acc = mtp_decode(model, ad, ids, n, k=3, oracle=ar)
    assert mt == ar
    assert acc[:-1] == [3] * (len(acc) - 1)
    assert p == -(-(len(ar) - 1) // 4)
    # wrong drafts: nothing accepted, still lossless
    bad = [(t + 1) % model.cfg.vocab for t in ar]
    mt, p, acc = mtp_decode(model, ad, ids, n, k=2, oracle=bad)
    assert mt == ar and set(acc) == {0} and p == len(ar) - 1


def test_end_of_generation_is_the_runtimes_set(model):
    """The ids where Python decoding stops are llama.cpp's (the tokenizer fixture the Rust tests
    also read): <|endoftext|> and <reponame> end a generation as <|im_end|> (EOS) does."""
    fixture = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "tokenizer_golden.json")
    want = json.load(open(fixture))["eog_ids"]
    assert list(model.cfg.eog) == want and len(want) > 1 and model.cfg.eos in want


@torch.no_grad()
def test_every_decoder_stops_at_any_end_of_generation_token(bare, tok):
    """A token of the end-of-generation set that is not EOS stops AR, MTP and the batched
    generator that writes the training answers, after that token, as the runtime stops."""
    model = bare
    ad, ids, ar, _ = colors_with_random_adapter(model, tok, 12)
    stop_at = 5
    assert model.cfg.eos not in ar[:stop_at + 1]
    old = model.cfg
    model.cfg = dataclasses.replace(old, eog=(ar[stop_at],))
    try:
        want = ar[:ar.index(ar[stop_at]) + 1]
        assert ar_decode(model, ids, 12)[0] == want
        assert mtp_decode(model, ad, ids, 12, k=3)[0] == want
        model.adapter = None
        assert model.generate_batch([ids], 12) == [want]
    finally:
        model.cfg = old


def test_tree_layout_rows_see_their_ancestors_only():
    # x0; a, b at depth 1; c under a; d under b (rows 0..4), one mask each
    off, is_mask, att = tree_layout(1, [None, 0, 1, 0, 3])
    assert off.tolist() == [0, 1, 1, 2, 2, 3, 1, 2, 2, 3]
    real = lambda i: 2 * i
    assert att[real(2)].tolist() == [True, False, True, False, True, False, False, False, False, False]
    assert att[real(4)][[real(j) for j in range(5)]].tolist() == [True, False, False, True, True]
    # mask of d: x0, b, d and itself
    assert att[real(4) + 1].nonzero().squeeze(1).tolist() == [real(0), real(3), real(4), real(4) + 1]


@torch.no_grad()
def test_tree_decoding_equals_ar_and_drafts_depth_first(bare, tok):
    model = bare
    n = 12
    ad, ids, ar, _ = colors_with_random_adapter(model, tok, n)
    for tree in ([3], [2, 2]):
        mt, p, acc = mtp_decode(model, ad, ids, n, k=3, tree=tree)
        assert mt == ar, tree
        assert p == len(acc)
    z = torch.randn(3, model.cfg.d)
    nodes = draft_tree(ad, model, 5, z, 3, [2, 2])
    # 2 at depth 1, 2 under each at depth 2, 1 under each of those: 10 nodes, each after its parent
    assert len(nodes) == 2 + 4 + 4
    assert [pr for _, pr in nodes] == [0, 1, 2, 1, 4, 0, 6, 7, 6, 9]
    siblings = [t for t, pr in nodes if pr == 0]
    assert len(set(siblings)) == 2


@torch.no_grad()
def test_training_pass_matches_decoding_pass(bare, tok):
    """The packed training pass and the decoder compute the same mask-row states."""
    from training.model import KVCache
    from training.train import make_batch, mtp_forward

    model = bare
    k = 3
    ad = random_adapter(model, k=k, rank=4, seed=7)
    ad.attach(model)
    ids = tok.encode_chat("Name a fruit.")
    ans = [791, 7513, 314, 253, 9213, 30, 2]
    row = {"prompt_ids": ids, "answer_ids": ans}
    batch = make_batch([row], k, 2, torch.Generator().manual_seed(0))
    batch["q"] = torch.tensor([[len(ids), len(ids) + 2]])
    batch["valid"] = torch.tensor([[True, True]])
    # capture the mask-row states of the training pass through the sampler input
    seen = {}
    orig = ad.sampler_logits

    def spy(m, prev, z):
        seen["z"] = z.clone()
        seen["prev"] = prev.clone()
        return orig(m, prev, z)

    ad.sampler_logits = spy
    losses, met = mtp_forward(model, ad, batch)
    ad.sampler_logits = orig
    assert all(torch.isfinite(v) for v in losses.values())
    seq = ids + ans
    for b, q in enumerate(batch["q"][0].tolist()):
        # decoder: cache holds seq[:q], pending token seq[q] at position q, then masks
        cache = KVCache(model.cfg, 1, 64)
        model.forward_rows(model.embed(torch.tensor([seq[:q]])), torch.arange(q)[None],
                           torch.ones(q, q, dtype=torch.bool).tril()[None], cache=cache)
        cache.t = q
        off, is_mask, att = step_layout(k, 1)
        x = torch.cat([model.embed(torch.tensor([seq[q]])), ad.mask_embd[:k]])
        mask = torch.cat([torch.ones(k + 1, q, dtype=torch.bool), att], 1)[None]
        h, _ = model.forward_rows(x[None], (q + off)[None], mask, gate=is_mask[None], cache=cache)
        z_train = seen["z"][b * k:(b + 1) * k]
        assert torch.allclose(h[0, 1:], z_train, atol=1e-4, rtol=1e-4)
        assert seen["prev"][b * k:(b + 1) * k].tolist() == seq[q + 1:q + 1 + k]


def test_table_puts_records_side_by_side_only_over_the_same_text(tmp_path):
    from training.decode import table

    def record(path, ks, accepted, ar=(1, 2, 3, 4, 5), **extra):
        prompts = [{"id": f"{d}-0", "domain": d, "ar_tokens": list(ar),
                    "k": {k: {"match": True, "passes": len(accepted[k]), "accepted": accepted[k],
                          "tokens_per_step": (len(ar) - 1) / len(accepted[k])} for k in ks}}
                   for d in ("code", "math")]
        path.write_text(json.dumps({"ks": ks, "prompts": prompts, **extra}))
        return str(path)

    chain = record(tmp_path / "chain.json", ["2"], {"2": [1, 0, 1]})
    tree = record(tmp_path / "tree.json", ["2", "2@3"], {"2": [0, 0, 0, 0], "2@3": [2, 0]})
    text = table([chain, tree])
    # 4 generated tokens after x0 over 3 passes (chain) and 2 passes (tree); the tree record's
    # chain column ("2") is not shown again.
    assert "| domain | prompts | k=2 | k=2 tree `3` |" in text
    assert "| **all** | 2 | 1.333 | 2.000 |" in text
    assert text.endswith("every key: True")
    other = record(tmp_path / "other.json", ["2@3"], {"2@3": [2, 0]}, ar=(1, 2, 3, 4, 6))
    with pytest.raises(SystemExit, match="other prompts or AR tokens"):
        table([chain, other])
    # a record of the decoder whose first pass drafts beside one of the older decoder
    newer = record(tmp_path / "newer.json", ["2@3"], {"2@3": [2, 0]}, first_pass_drafts=True)
    with pytest.raises(SystemExit, match="start differently"):
        table([chain, newer])
