"""Average the tensors of adapters of one lineage (a "model soup" of successive defaults).

Each default run starts from the previous default, so successive defaults lie on one training
trajectory and their LoRA factors, mask embedding and sampler head sit in one basin: the average of
two or three of them accepts more drafts than the newest alone (adapters/README.md, session 31),
the way weight averaging along a trajectory (Polyak averaging, model soups) generalises better
than its last point. Only files that agree on everything but the training record can be averaged:
the same base model, format version, masks, rank, alpha, targets, sampler head and tensor shapes.

    python -m training.soup --out adapters/x.safetensors run-a.safetensors run-b.safetensors
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os

import torch
from safetensors import safe_open
from safetensors.torch import save_file

from .export import FORMAT, AdapterError


def _read(path: str):
    with safe_open(path, "pt") as f:
        meta = dict(f.metadata() or {})
        tensors = {k: f.get_tensor(k) for k in f.keys()}
    if meta.get("format") != FORMAT:
        raise AdapterError(f"{path}: not a {FORMAT} adapter (format={meta.get('format')!r})")
    return meta, tensors


def soup(paths: list[str], out: str, weights: list[float] | None = None) -> dict:
    """Write the weighted mean of the adapter files ``paths`` to ``out`` (in the first file's
    dtype, accumulated in float32) and return its metadata."""
    if len(paths) < 2:
        raise AdapterError("a soup needs at least two adapters")
    weights = weights or [1.0] * len(paths)
    if len(weights) != len(paths) or any(w <= 0 for w in weights):
        raise AdapterError(f"need one positive weight per adapter, got {weights}")
    total = sum(weights)
    members = [_read(p) for p in paths]
    meta0, tensors0 = members[0]
    same = {k: v for k, v in meta0.items() if k != "training"}
    for path, (meta, tensors) in zip(paths[1:], members[1:]):
        other = {k: v for k, v in meta.items() if k != "training"}
        if other != same:
            diff = sorted(k for k in set(same) | set(other) if same.get(k) != other.get(k))
            raise AdapterError(f"{path}: differs from {paths[0]} in {diff}; only one lineage can be averaged")
        if set(tensors) != set(tensors0):
            raise AdapterError(f"{path}: tensor set differs from {paths[0]}")
        for k, v in tensors.items():
            if v.shape != tensors0[k].shape:
                raise AdapterError(f"{path}: {k} has shape {tuple(v.shape)}, {paths[0]} {tuple(tensors0[k].shape)}")
    mean = {}
    for k, v0 in tensors0.items():
        acc = torch.zeros(v0.shape, dtype=torch.float32)
        for w, (_, tensors) in zip(weights, members):
            acc += (w / total) * tensors[k].float()
        mean[k] = acc.to(v0.dtype).contiguous()
    record = []
    for path, w, (meta, _) in zip(paths, weights, members):
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        record.append({"file": os.path.basename(path), "sha256": digest, "weight": w / total,
                       "steps": json.loads(meta.get("training", "{}")).get("steps")})
    meta = dict(same)
    meta["training"] = json.dumps({"soup": record})
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    save_file(mean, out, metadata=meta)
    return meta


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("adapters", nargs="+", help="adapter files of one lineage")
    ap.add_argument("--out", required=True)
    ap.add_argument("--weights", default="", help="comma-separated, one per adapter (default: equal)")
    a = ap.parse_args(argv)
    weights = [float(w) for w in a.weights.split(",")] if a.weights else None
    meta = soup(a.adapters, a.out, weights)
    print(json.dumps(json.loads(meta["training"]), indent=1))


if __name__ == "__main__":
    main()
