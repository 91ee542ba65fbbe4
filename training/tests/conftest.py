import os
import sys

import pytest
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from training.model import DEFAULT_GGUF  # noqa: E402

torch.set_num_threads(int(os.environ.get("TRAINING_TEST_THREADS", min(2, os.cpu_count() or 1))))

needs_gguf = pytest.mark.skipif(not os.path.exists(DEFAULT_GGUF),
                                reason=f"base model missing: run tools/fetch_model.sh ({DEFAULT_GGUF})")


@pytest.fixture(scope="session")
def model():
    if not os.path.exists(DEFAULT_GGUF):
        pytest.skip(f"base model missing: run tools/fetch_model.sh ({DEFAULT_GGUF})")
    from training.model import Llama

    m = Llama.from_gguf(DEFAULT_GGUF)
    yield m


@pytest.fixture(scope="session")
def tok():
    if not os.path.exists(DEFAULT_GGUF):
        pytest.skip("base model missing")
    from training.model import ChatTokenizer

    return ChatTokenizer(DEFAULT_GGUF)


@pytest.fixture
def bare(model):
    """The shared model with no adapter attached (restored after the test)."""
    old = model.adapter
    model.adapter = None
    yield model
    model.adapter = old


def random_adapter(model, k=3, rank=4, seed=0):
    """An adapter with non-zero LoRA B (fresh adapters have B = 0) so that gating matters."""
    from training.mtp import MTPAdapter

    ad = MTPAdapter(model.cfg, n_mask=k, rank=rank, alpha=2.0 * rank, init_embd=model.tok_embd, seed=seed)
    g = torch.Generator().manual_seed(seed + 1)
    with torch.no_grad():
        for name, p in ad.lora.items():
            if name.endswith("_b"):
                p.copy_(torch.randn(p.shape, generator=g) * 0.05)
    ad.requires_grad_(False)
    return ad
