"""The frozen fp32 base model built from the GGUF == transformers loading the same GGUF (fp32)."""
import os

import pytest
import torch

from training.model import DEFAULT_GGUF

PROMPTS = [
    "What is the capital of France?",
    "Write a Python function that checks whether a number is prime.",
    "Give me three tips for staying healthy.",
    "Translate to Spanish: \"The weather is beautiful today.\"",
    "A train travels at 60 km per hour for 3 hours. How far does it travel?",
    "Tell me a short story about a brave little mouse.",
    "Summarize in one sentence: The city council met on Tuesday to discuss a new bike lane.",
    "Explain how to make a cup of tea, step by step.",
    "What is photosynthesis?",
    "Write a haiku about the sea.",
    "How do I reverse a list in JavaScript?",
    "Name five animals that live in the ocean.",
]
N_NEW = 24


@pytest.fixture(scope="module")
def hf_model():
    transformers = pytest.importorskip("transformers")
    if not os.path.exists(DEFAULT_GGUF):
        pytest.skip("base model missing")
    m = transformers.AutoModelForCausalLM.from_pretrained(
        os.path.dirname(DEFAULT_GGUF), gguf_file=os.path.basename(DEFAULT_GGUF), dtype=torch.float32)
    m.eval()
    return m


@torch.no_grad()
def test_logits_match_transformers(bare, tok, hf_model):
    ids = tok.encode_chat(PROMPTS[0])
    ours = bare.logits(bare.forward_causal(torch.tensor([ids]))[0][0])
    ref = hf_model(torch.tensor([ids])).logits[0].float()
    assert ours.shape == ref.shape
    err = (ours - ref).abs().max().item()
    assert err < 2e-3 * ref.abs().max().item(), err


@torch.no_grad()
def test_greedy_matches_transformers(bare, tok, hf_model):
    prompts = [tok.encode_chat(p) for p in PROMPTS]
    ours = bare.generate_batch(prompts, N_NEW)
    L = max(len(p) for p in prompts)
    ids = torch.zeros(len(prompts), L, dtype=torch.long)
    att = torch.zeros(len(prompts), L, dtype=torch.long)
    for b, p in enumerate(prompts):
        ids[b, L - len(p):] = torch.tensor(p)
        att[b, L - len(p):] = 1
    out = hf_model.generate(input_ids=ids, attention_mask=att, max_new_tokens=N_NEW, do_sample=False,
                            eos_token_id=2, pad_token_id=2)
    mism = []
    for b in range(len(prompts)):
        ref = out[b, L:].tolist()
        if 2 in ref:
            ref = ref[: ref.index(2) + 1]
        if ours[b] != ref:
            mism.append((PROMPTS[b], ours[b], ref))
    assert not mism, mism
