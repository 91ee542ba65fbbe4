"""Adapter file format and base-model fingerprint (training/FORMAT.md)."""
import hashlib
import json
import os
import struct

import pytest
import torch

from training.model import DEFAULT_GGUF, gguf_data_offset, gguf_fingerprint

# value types of GGUF metadata
_FIXED = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}


def independent_data_offset(path):
    """A from-scratch GGUF v2/v3 header walk (what the Rust runtime does), not using the gguf package."""
    with open(path, "rb") as f:
        buf = f.read(8 << 20)
    o = 0

    def u32():
        nonlocal o
        v = struct.unpack_from("<I", buf, o)[0]
        o += 4
        return v

    def u64():
        nonlocal o
        v = struct.unpack_from("<Q", buf, o)[0]
        o += 8
        return v

    def string():
        nonlocal o
        n = u64()
        s = buf[o:o + n]
        o += n
        return s.decode("utf-8")

    def value(t):
        nonlocal o
        if t in _FIXED:
            raw = buf[o:o + _FIXED[t]]
            o += _FIXED[t]
            return raw
        if t == 8:
            return string()
        if t == 9:
            et = u32()
            n = u64()
            return [value(et) for _ in range(n)]
        raise ValueError(t)

    assert buf[:4] == b"GGUF"
    o = 4
    version = u32()
    assert version in (2, 3)
    n_tensors = u64()
    n_kv = u64()
    align = 32
    for _ in range(n_kv):
        key = string()
        t = u32()
        v = value(t)
        if key == "general.alignment":
            align = struct.unpack("<I", v)[0]
    for _ in range(n_tensors):
        string()
        nd = u32()
        o += 8 * nd  # dims
        o += 4 + 8  # type, offset
    return (o + align - 1) // align * align


def test_fingerprint_definition(model):
    off = independent_data_offset(DEFAULT_GGUF)
    assert off == gguf_data_offset(DEFAULT_GGUF)
    with open(DEFAULT_GGUF, "rb") as f:
        want = hashlib.sha256(f.read(off)).hexdigest()
    fp = gguf_fingerprint(DEFAULT_GGUF)
    assert fp == want and len(fp) == 64 and fp == fp.lower()
    # FORMAT.md records the value for the default model
    fmt = open(os.path.join(os.path.dirname(os.path.dirname(__file__)), "FORMAT.md")).read()
    assert fp in fmt and str(off) in fmt


def test_export_roundtrip_and_metadata(model, tmp_path):
    from conftest import random_adapter
    from safetensors import safe_open

    from training.export import AdapterError, export_adapter, load_adapter, read_metadata

    ad = random_adapter(model, k=2, rank=4)
    path = str(tmp_path / "a.safetensors")
    export_adapter(ad, path, DEFAULT_GGUF, training={"steps": 0}, dtype="f32")
    meta = read_metadata(path)
    assert meta["format"] == "gated-lora-mtp" and meta["version"] == "1" and meta["arch"] == "llama"
    assert meta["base_model"] == gguf_fingerprint(DEFAULT_GGUF)
    assert int(meta["n_mask"]) == 2 and int(meta["rank"]) == 4 and float(json.loads(meta["alpha"])) == 8.0
    assert json.loads(meta["targets"]) == ["attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"]
    assert json.loads(meta["sampler"])["type"] == "mlp2"
    assert all(isinstance(v, str) for v in meta.values())
    cfg = model.cfg
    with safe_open(path, "pt") as f:
        keys = set(f.keys())
        assert tuple(f.get_tensor("mask_embd").shape) == (2, cfg.d)
        assert tuple(f.get_tensor("blk.0.attn_k.lora_a").shape) == (4, cfg.d)
        assert tuple(f.get_tensor("blk.0.attn_k.lora_b").shape) == (cfg.n_kv * cfg.head_dim, 4)
        assert tuple(f.get_tensor("blk.29.ffn_down.lora_a").shape) == (4, cfg.ffn)
        assert tuple(f.get_tensor("blk.29.ffn_down.lora_b").shape) == (cfg.d, 4)
        assert tuple(f.get_tensor("sampler.fc1.weight").shape) == (cfg.d, 2 * cfg.d)
        assert tuple(f.get_tensor("sampler.fc2.weight").shape) == (cfg.d, cfg.d)
    assert len(keys) == 1 + 30 * 7 * 2 + 8
    old = model.adapter
    try:
        ad2 = load_adapter(path, model)
        for k, v in ad.file_tensors().items():
            assert torch.equal(v, ad2.file_tensors()[k]), k
        # a file for another base model is a clear error
        from safetensors.torch import save_file
        bad = str(tmp_path / "bad.safetensors")
        tensors = {k: v.contiguous() for k, v in ad.file_tensors().items()}
        save_file(tensors, bad, metadata={**meta, "base_model": "0" * 64})
        with pytest.raises(AdapterError, match="base model"):
            load_adapter(bad, model)
        save_file(tensors, bad, metadata={**meta, "format": "lora"})
        with pytest.raises(AdapterError, match="gated-lora-mtp"):
            load_adapter(bad, model)
    finally:
        model.adapter = old


def _tiny_gguf(path, tokenizer="gpt2", head_type="F32", rope_scaling=None):
    """A llama GGUF of two tensors with the metadata the runtime checks; no model to run."""
    import numpy as np
    from gguf import GGML_QUANT_SIZES, GGMLQuantizationType, GGUFWriter

    w = GGUFWriter(str(path), "llama")
    w.add_string("tokenizer.ggml.model", tokenizer)
    if rope_scaling:
        w.add_string("llama.rope.scaling.type", rope_scaling)
    w.add_tensor("token_embd.weight", np.zeros((4, 256), dtype=np.float32))
    if head_type == "F16":
        w.add_tensor("output.weight", np.zeros((4, 256), dtype=np.float16))
    else:
        t = GGMLQuantizationType[head_type]
        block, size = GGML_QUANT_SIZES[t]
        w.add_tensor("output.weight", np.zeros((4, 256 // block * size), dtype=np.uint8), raw_dtype=t)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def test_the_trainer_refuses_a_base_the_runtime_cannot_load(tmp_path):
    """Tensor types without a runtime kernel (llama.cpp's Q4 files often keep the head in Q6_K),
    a SentencePiece tokenizer (TinyLlama) and RoPE scaling (Llama 3) are refused when the model
    is read, before any training; the default model and the types the runtime reads pass."""
    from gguf import GGUFReader

    from training.model import load_gguf, runtime_refusals

    assert runtime_refusals(GGUFReader(DEFAULT_GGUF)) == []
    for head_type in ("F16", "Q8_0", "Q4_1"):
        _tiny_gguf(tmp_path / f"{head_type}.gguf", head_type=head_type)
        assert runtime_refusals(GGUFReader(str(tmp_path / f"{head_type}.gguf"))) == [], head_type
    cases = {"q6k": ({"head_type": "Q6_K"}, "tensor types Q6_K (e.g. output.weight)"),
             "spm": ({"tokenizer": "llama"}, "tokenizer.ggml.model 'llama'"),
             "rope": ({"rope_scaling": "linear"}, "RoPE scaling")}
    for name, (kw, why) in cases.items():
        _tiny_gguf(tmp_path / f"{name}.gguf", **kw)
        refusals = runtime_refusals(GGUFReader(str(tmp_path / f"{name}.gguf")))
        assert len(refusals) == 1 and why in refusals[0], (name, refusals)
    with pytest.raises(ValueError, match="the runtime could not load this model: tensor types Q6_K"):
        load_gguf(str(tmp_path / "q6k.gguf"))
