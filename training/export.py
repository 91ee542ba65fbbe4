"""Adapter file I/O (safetensors, format "gated-lora-mtp", see training/FORMAT.md).

    python -m training.export --ckpt training/runs/k4/ckpt.pt --out adapters/x.safetensors
"""
from __future__ import annotations

import argparse
import json
import os

import torch
from safetensors import safe_open
from safetensors.torch import save_file

from .model import DEFAULT_GGUF, TARGETS, gguf_fingerprint
from .mtp import MTPAdapter

FORMAT = "gated-lora-mtp"
# sampler types each format version may carry; a writer uses the lowest version that holds
# its sampler type, so mlp2 adapters stay readable by version-1 loaders
SAMPLER_TYPES = {"1": ("mlp2",), "2": ("mlp2", "resmlp")}


def file_version(sampler_type: str) -> str:
    return next(v for v, types in SAMPLER_TYPES.items() if sampler_type in types)


class AdapterError(ValueError):
    pass


def export_adapter(adapter: MTPAdapter, path: str, gguf_path: str = DEFAULT_GGUF, training=None,
                   dtype: str = "f16"):
    dt = {"f16": torch.float16, "f32": torch.float32}[dtype]
    tensors = {k: v.detach().cpu().to(dt).contiguous() for k, v in adapter.file_tensors().items()}
    meta = {
        "format": FORMAT,
        "version": file_version(adapter.sampler.config["type"]),
        "base_model": gguf_fingerprint(gguf_path),
        "arch": "llama",
        "n_mask": str(adapter.n_mask),
        "rank": str(adapter.rank),
        "alpha": json.dumps(adapter.alpha),
        "targets": json.dumps(adapter.targets),
        "sampler": json.dumps(adapter.sampler.config),
        "training": json.dumps(training or {}),
    }
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    save_file(tensors, path, metadata=meta)
    return meta


def read_metadata(path: str) -> dict:
    with safe_open(path, "pt") as f:
        return dict(f.metadata() or {})


def load_adapter(path: str, model, check_fingerprint: bool = True, attach: bool = True) -> MTPAdapter:
    """Load an adapter file for ``model`` (a training.model.Llama built from a GGUF)."""
    meta = read_metadata(path)
    if meta.get("format") != FORMAT:
        raise AdapterError(f"{path}: not a {FORMAT} adapter (format={meta.get('format')!r})")
    if meta.get("version") not in SAMPLER_TYPES:
        raise AdapterError(f"{path}: unsupported version {meta.get('version')!r}")
    if meta.get("arch") != "llama":
        raise AdapterError(f"{path}: unsupported arch {meta.get('arch')!r}")
    if check_fingerprint:
        fp = gguf_fingerprint(model.gguf_path)
        if meta.get("base_model") != fp:
            raise AdapterError(f"{path}: adapter is for base model {meta.get('base_model')}, "
                               f"but the loaded GGUF has fingerprint {fp}")
    targets = json.loads(meta["targets"])
    if any(t not in TARGETS for t in targets):
        raise AdapterError(f"{path}: unknown targets {targets}")
    sampler = json.loads(meta["sampler"])
    if sampler.get("type") not in SAMPLER_TYPES[meta["version"]]:
        raise AdapterError(f"{path}: sampler {sampler} is not allowed in version {meta['version']}")
    tensors = {}
    with safe_open(path, "pt") as f:
        for k in f.keys():
            tensors[k] = f.get_tensor(k)
    ad = MTPAdapter(model.cfg, n_mask=int(meta["n_mask"]), rank=int(meta["rank"]),
                    alpha=float(json.loads(meta["alpha"])), targets=targets,
                    sampler_hidden=int(sampler.get("hidden", model.cfg.d)), sampler=sampler["type"])
    ad.sampler.config = sampler
    want = set(ad.file_tensors().keys())
    if set(tensors) != want:
        raise AdapterError(f"{path}: tensor set mismatch: missing {sorted(want - set(tensors))[:5]}, "
                           f"unexpected {sorted(set(tensors) - want)[:5]}")
    for k, v in ad.file_tensors().items():
        if tuple(tensors[k].shape) != tuple(v.shape):
            raise AdapterError(f"{path}: {k} has shape {tuple(tensors[k].shape)}, expected {tuple(v.shape)}")
    ad.load_file_tensors(tensors)
    ad.training = json.loads(meta.get("training", "{}"))
    ad.requires_grad_(False)
    if attach:
        ad.attach(model)
    return ad


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True, help="ckpt.pt of a training run")
    ap.add_argument("--out", required=True)
    ap.add_argument("--gguf", default=None, help="the base model (default: the one the run trained on)")
    ap.add_argument("--dtype", default="f16", choices=["f16", "f32"])
    a = ap.parse_args(argv)
    from .model import load_gguf

    ck = torch.load(a.ckpt, map_location="cpu", weights_only=False)
    args = ck["args"]
    # The adapter's fingerprint is that of this file: another quant of the same model would give
    # an adapter the runtime refuses for the file it was trained on.
    a.gguf = a.gguf or args.get("gguf") or DEFAULT_GGUF
    cfg, _ = load_gguf(a.gguf)
    ad = MTPAdapter(cfg, n_mask=args["n_mask"], rank=args["rank"], alpha=args["alpha"],
                    targets=args["targets"].split(","), sampler=args.get("sampler", "mlp2"))
    ad.load_state_dict(ck["adapter"])
    summ_path = os.path.join(os.path.dirname(a.ckpt), "summary.json")
    training = {"steps": ck["step"], "args": {k: args[k] for k in args if k not in ("gguf", "out", "data")},
                "final": ck.get("log_tail", {})}
    if os.path.exists(summ_path):
        with open(summ_path) as f:
            s = json.load(f)
        if s.get("steps") == ck["step"]:
            training = s
    meta = export_adapter(ad, a.out, a.gguf, training, a.dtype)
    print(json.dumps(meta, indent=1))


if __name__ == "__main__":
    main()
