"""The oracle of tests/peft.rs: a PEFT LoRA made with the `peft` package on the transformers Llama
that loads the GGUF (dequantised, fp32), the same adapter as a llama.cpp GGUF LoRA, and what
transformers + peft compute with it — greedy tokens and last-position logits (the 512 highest) for
10 one-turn chat prompts.

    python tools/make_peft_fixture.py            # writes tests/fixtures/peft/

The adapter's weights are random (seeded) and rounded to f16, which is how both files store them,
so the oracle runs on exactly the numbers the runtime loads. Needs `peft` (tools/setup.sh installs
it with training/requirements.txt).
"""
import argparse
import json
import math
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from training.model import DEFAULT_GGUF, ChatTokenizer  # noqa: E402
from training.tests.test_base_model import PROMPTS as BASE_PROMPTS  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "peft")
# The base model's transformers check's prompts, but two (the test's runtime budget).
PROMPTS = BASE_PROMPTS[:6] + BASE_PROMPTS[8:]
RANK, ALPHA = 4, 8.0
MODULES = ["q_proj", "k_proj", "v_proj", "o_proj", "down_proj"]
GGUF_TARGET = {"q_proj": "attn_q", "k_proj": "attn_k", "v_proj": "attn_v", "o_proj": "attn_output",
               "gate_proj": "ffn_gate", "up_proj": "ffn_up", "down_proj": "ffn_down"}
N_NEW = 6
TOP_LOGITS = 512


def hf_to_gguf_rows(b, heads):
    """llama.cpp's permutation of q/k rows (HF's rotate-half order → adjacent pairs), on B."""
    out, r = b.shape
    return b.reshape(heads, 2, out // heads // 2, r).swapaxes(1, 2).reshape(out, r)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gguf", default=DEFAULT_GGUF)
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    import gguf
    import peft
    import transformers
    from safetensors.torch import load_file, save_file

    torch.manual_seed(0)
    model = transformers.AutoModelForCausalLM.from_pretrained(
        os.path.dirname(a.gguf), gguf_file=os.path.basename(a.gguf), dtype=torch.float32)
    cfg = model.config
    lora = peft.LoraConfig(r=RANK, lora_alpha=ALPHA, target_modules=MODULES, lora_dropout=0.0, bias="none",
                           init_lora_weights=False)
    pm = peft.get_peft_model(model, lora)
    with torch.no_grad():
        for name, p in pm.named_parameters():
            if "lora_A" in name:
                p.copy_((torch.randn_like(p) / math.sqrt(p.shape[1])).half().float())
            elif "lora_B" in name:
                p.copy_((torch.randn_like(p) * 0.05).half().float())
    pm.eval()
    os.makedirs(a.out, exist_ok=True)
    pm.save_pretrained(a.out)
    os.remove(os.path.join(a.out, "README.md"))  # peft's model-card template
    st_path = os.path.join(a.out, "adapter_model.safetensors")
    weights = load_file(st_path)
    save_file({k: v.half() for k, v in weights.items()}, st_path, metadata={"format": "pt"})

    # The same adapter as llama.cpp writes a GGUF LoRA: GGUF names, q/k rows permuted, f16.
    w = gguf.GGUFWriter(os.path.join(a.out, "adapter.gguf"), "llama")
    w.add_string("general.type", "adapter")
    w.add_string("adapter.type", "lora")
    w.add_float32("adapter.lora.alpha", ALPHA)
    for key in sorted(weights):
        if ".lora_A." not in key:
            continue
        layer = int(key.split(".layers.")[1].split(".")[0])
        module = key.split(".")[-3]
        la = weights[key].numpy().astype(np.float16)
        lb = weights[key.replace("lora_A", "lora_B")].numpy()
        if module == "q_proj":
            lb = hf_to_gguf_rows(lb, cfg.num_attention_heads)
        elif module == "k_proj":
            lb = hf_to_gguf_rows(lb, cfg.num_key_value_heads)
        name = f"blk.{layer}.{GGUF_TARGET[module]}.weight"
        w.add_tensor(f"{name}.lora_a", la)
        w.add_tensor(f"{name}.lora_b", lb.astype(np.float16))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()

    tok = ChatTokenizer(a.gguf)
    cases = []
    with torch.no_grad():
        for text in PROMPTS:
            # One user turn without the template's default system turn: the runtime's test runs
            # these on a CPU Vulkan driver, where every prompt token costs.
            ids = tok.encode(f"<|im_start|>user\n{text}<|im_end|>\n<|im_start|>assistant\n")
            logits = pm(torch.tensor([ids])).logits[0, -1].float()
            top = torch.topk(logits, TOP_LOGITS)
            out = pm.generate(input_ids=torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                              max_new_tokens=N_NEW, do_sample=False, eos_token_id=None, pad_token_id=2)
            cases.append({"prompt": text, "prompt_tokens": ids, "tokens": out[0, len(ids):].tolist(),
                          "top_ids": top.indices.tolist(), "top_logits": [float(v) for v in top.values]})
            print(text[:40], out[0, len(ids):].tolist())
    with pm.disable_adapter(), torch.no_grad():
        changed = sum(pm.generate(input_ids=torch.tensor([c["prompt_tokens"]]), max_new_tokens=N_NEW, do_sample=False,
                                  attention_mask=torch.ones(1, len(c["prompt_tokens"]), dtype=torch.long),
                                  eos_token_id=None, pad_token_id=2)[0, len(c["prompt_tokens"]):].tolist() != c["tokens"]
                      for c in cases)
    doc = {"made_by": "tools/make_peft_fixture.py", "peft": peft.__version__, "transformers": transformers.__version__,
           "rank": RANK, "alpha": ALPHA, "modules": MODULES, "new_tokens": N_NEW,
           "prompts_changed_by_the_adapter": int(changed), "cases": cases}
    with open(os.path.join(a.out, "expected.json"), "w") as f:
        json.dump(doc, f)
    print(f"wrote {a.out}: {len(cases)} prompts, the adapter changes the greedy output of {changed}")


if __name__ == "__main__":
    main()
