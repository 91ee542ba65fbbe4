"""training.accept: accepted drafts per pass from one teacher-forced pass equal a decode's."""
import os

import pytest
import torch

from training.accept import check, load, load_records, score, walk
from training.decode import ar_decode, mtp_decode, parse_key

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT = os.path.join(ROOT, "adapters", "smollm2-135m-k4.safetensors")
CHECK = os.path.join(ROOT, "adapters", "smollm2-135m-k4.heldout-check.json")


def test_walk_steps_over_accepted_drafts():
    k = 3
    every = torch.ones(20, k, dtype=torch.bool)
    none = torch.zeros(20, k, dtype=torch.bool)
    # 21 AR tokens: the first pass chose token 0, each later pass appends k drafts + its bonus
    assert walk(every, 21) == [3] * 5
    assert walk(none, 21) == [0] * 20
    assert walk(every, 21, first_pass_drafts=False) == [0] + [3] * 5
    # depth 2 right but depth 1 wrong accepts nothing: drafts are accepted as a prefix
    gap = torch.tensor([[False, True, True]] * 20)
    assert walk(gap, 21) == [0] * 20
    # row n-1 drafts after out holds n tokens: a hit at row 4 only is used when 5 tokens are out
    one = none.clone()
    one[4] = True
    assert walk(one, 12) == [0, 0, 0, 0, 3, 0, 0, 0]


@torch.no_grad()
def test_equals_a_fresh_decode_of_the_default_adapter(bare, tok):
    model = bare
    if not os.path.exists(DEFAULT):
        pytest.fail(f"{DEFAULT} is committed; it is missing")
    adapter = load(model, DEFAULT)
    ids = tok.encode_chat("Write a haiku about the rain in autumn.")
    ar, _ = ar_decode(model, ids, 28)
    keys = ["4", "2@3", "4@2x2"]
    got = score(model, adapter, [{"id": "p", "domain": "d", "prompt_ids": ids, "ar_tokens": ar}], keys)[0]
    accepted_some = False
    for key in keys:
        k, widths, _ = parse_key(key)
        mt, passes, acc = mtp_decode(model, adapter, ids, 28, k=k, tree=widths)
        assert mt == ar
        mine = got["k"][key]["accepted"]
        assert len(mine) == passes and mine[:-1] == acc[:-1] and mine[-1] <= acc[-1], key
        accepted_some |= sum(acc[:-1]) > 0
    assert accepted_some  # otherwise the comparison says nothing about drafts
    # an answer that is only its first token (EOS) has no counted pass, as in a decode
    short = {"id": "e", "domain": "d", "prompt_ids": ids, "ar_tokens": [model.cfg.eos]}
    assert score(model, adapter, [short], keys)[0]["k"]["4"]["passes"] == 0


def test_equals_the_committed_decode_record_for_every_key(bare):
    model = bare
    prompts, starts = load_records([CHECK])
    assert starts == {True} and len(prompts) == 3
    adapter = load(model, DEFAULT)
    keys = ["1", "2", "4", "1@3", "2@3", "4@3", "1@2x2", "2@2x2", "4@2x2"]
    results = score(model, adapter, prompts, keys)
    compared, differ = check(results, [CHECK])
    assert compared == 27 and differ == []
    # a different adapter must not pass the same comparison
    with torch.no_grad():
        adapter.sampler.fc1.weight.mul_(-1.0)
    try:
        compared, differ = check(score(model, adapter, prompts, keys), [CHECK])
    finally:
        with torch.no_grad():
            adapter.sampler.fc1.weight.mul_(-1.0)
    assert differ
