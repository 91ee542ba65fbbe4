"""training.soup: the weighted mean of one lineage's adapter files, refused across lineages."""
import json
import os

import pytest
import torch
from safetensors import safe_open
from safetensors.torch import save_file

from training.export import AdapterError, load_adapter, read_metadata
from training.soup import soup

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT = os.path.join(ROOT, "adapters", "smollm2-135m-k4.safetensors")


def _read(path):
    with safe_open(path, "pt") as f:
        return dict(f.metadata()), {k: f.get_tensor(k) for k in f.keys()}


@pytest.fixture
def lineage(tmp_path):
    """The committed default and a second member of its lineage: every tensor moved by noise of
    its own scale, the metadata the same but for the training record."""
    if not os.path.exists(DEFAULT):
        pytest.fail(f"{DEFAULT} is committed; it is missing")
    meta, tensors = _read(DEFAULT)
    g = torch.Generator().manual_seed(0)
    moved = {k: (v.float() + v.float().std().clamp(min=1e-3) * torch.randn(v.shape, generator=g)).to(v.dtype)
             for k, v in tensors.items()}
    other = dict(meta, training=json.dumps({"steps": 7}))
    b = str(tmp_path / "b.safetensors")
    save_file(moved, b, metadata=other)
    return DEFAULT, b, tensors, moved


@pytest.mark.parametrize("weights", [None, [3.0, 1.0]])
def test_is_the_weighted_mean_and_loads(lineage, tmp_path, model, weights):
    a, b, ta, tb = lineage
    out = str(tmp_path / "soup.safetensors")
    soup([a, b], out, weights)
    wa = 0.75 if weights else 0.5
    meta, mean = _read(out)
    assert set(mean) == set(ta)
    for k, v in mean.items():
        assert v.dtype == ta[k].dtype
        want = (wa * ta[k].float() + (1 - wa) * tb[k].float()).to(v.dtype)
        assert torch.equal(v, want), k
    assert not torch.equal(mean["mask_embd"], ta["mask_embd"])
    base = {k: v for k, v in read_metadata(a).items() if k != "training"}
    assert {k: v for k, v in meta.items() if k != "training"} == base
    record = json.loads(meta["training"])["soup"]
    assert [m["file"] for m in record] == [os.path.basename(a), "b.safetensors"]
    assert [m["weight"] for m in record] == [wa, 1 - wa]
    assert record[1]["steps"] == 7 and len(record[0]["sha256"]) == 64
    ad = load_adapter(out, model, attach=False)
    assert torch.equal(ad.mask_embd.detach(), mean["mask_embd"].float())


@pytest.mark.parametrize("key,value", [("rank", "8"), ("n_mask", "2"), ("base_model", "0" * 64)])
def test_refuses_another_lineage(lineage, tmp_path, key, value):
    a, b, _, tb = lineage
    meta, _ = _read(b)
    c = str(tmp_path / "c.safetensors")
    save_file(tb, c, metadata=dict(meta, **{key: value}))
    with pytest.raises(AdapterError, match=key):
        soup([a, c], str(tmp_path / "x.safetensors"))
    assert not os.path.exists(tmp_path / "x.safetensors")


def test_refuses_other_shapes_one_member_and_bad_weights(lineage, tmp_path):
    a, b, _, tb = lineage
    meta, _ = _read(b)
    c = str(tmp_path / "c.safetensors")
    save_file(dict(tb, mask_embd=tb["mask_embd"][:1].contiguous()), c, metadata=meta)
    with pytest.raises(AdapterError, match="mask_embd"):
        soup([a, c], str(tmp_path / "x.safetensors"))
    with pytest.raises(AdapterError, match="two"):
        soup([a], str(tmp_path / "x.safetensors"))
    with pytest.raises(AdapterError, match="weight"):
        soup([a, b], str(tmp_path / "x.safetensors"), [1.0, 0.0])
