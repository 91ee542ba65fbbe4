"""The gated domain-adapter trainer (training/domain.py): its data, its LoRA and gate, training
steps, export and reload."""
import json

import torch
from safetensors import safe_open

from training import domain
from training.domain import DomainLora


def test_sql_data_splits_never_share_a_question_and_every_reference_query_runs():
    train = domain.sql_examples(300, "train")
    held = domain.sql_examples(40, "heldout")
    q = lambda rows: {r["messages"][1]["content"] for r in rows}  # noqa: E731
    assert len(train) == 300 and len(held) == 40 and not q(train) & q(held)
    db = domain.sql_db()
    results = [domain.run_sql(db, r["messages"][-1]["content"]) for r in train + held]
    assert all(r is not None for r in results)
    assert sum(bool(r) for r in results) > 0.8 * len(results), "most reference queries should return rows"
    assert domain.first_sql("Sure:\n```sql\nSELECT name FROM employees;\n```") == "SELECT name FROM employees"
    assert domain.first_sql("I cannot answer that.") is None


@torch.no_grad()
def test_a_new_adapter_is_the_base_model_and_a_trained_one_survives_export(bare, tok, tmp_path):
    ids = torch.tensor([tok.encode_chat("How many employees work in Sales?")])
    base = bare.logits(bare.forward_causal(ids)[0])
    lora = DomainLora(bare.cfg, rank=4, alpha=8.0, targets=["attn_q", "attn_v", "ffn_down"], gate="learned", seed=1)
    bare.domain = lora
    try:
        assert torch.equal(bare.logits(bare.forward_causal(ids)[0]), base), "B = 0 must leave the base model's logits"
        for name, p in lora.lora.items():
            if name.endswith("_b"):
                p.copy_(torch.randn_like(p) * 0.05)
        for name, p in lora.gate.items():
            p.copy_(torch.randn_like(p) * 0.1)
        adapted = bare.logits(bare.forward_causal(ids)[0])
        assert (adapted - base).abs().max() > 1e-2
        path = str(tmp_path / "d.safetensors")
        lora.export(path, bare.gguf_path, {"steps": 0}, dtype=torch.float32)
        with safe_open(path, "pt") as f:
            meta = f.metadata()
            names = set(f.keys())
        assert meta["format"] == "gated-lora-domain" and meta["gate"] == "learned"
        assert json.loads(meta["targets"]) == ["attn_q", "attn_v", "ffn_down"]
        assert "blk.0.attn_qkv.gate.weight" in names and "blk.29.ffn_down.gate.bias" in names
        assert "blk.0.ffn_gate_up.gate.weight" not in names, "a group without targets has no gate"
        bare.domain = DomainLora.load(path, bare)
        assert torch.allclose(bare.logits(bare.forward_causal(ids)[0]), adapted, atol=1e-5, rtol=0)
    finally:
        bare.domain = None


@torch.no_grad()
def test_a_router_weighs_its_experts_per_row_and_survives_export(bare, tok, tmp_path):
    ids = torch.tensor([tok.encode_chat("Meet Tom, a 40-year-old chef from Lima.")])
    targets = ["attn_q", "ffn_down"]
    router = DomainLora(bare.cfg, rank=4, alpha=8.0, targets=targets, gate="router", experts=2, seed=1)
    for name, p in router.lora.items():
        if name.endswith("_b"):
            p.copy_(torch.randn_like(p) * 0.05)
    for p in router.gate.values():
        p.copy_(torch.randn_like(p) * 0.1)
    bare.domain = router
    try:
        router.activity = {}
        mixed = bare.logits(bare.forward_causal(ids)[0])
        means = router.gate_means()
        assert len(means) == bare.cfg.n_layer and all(len(m) == 2 and abs(sum(m) - 1) < 1e-3 for m in means)
        assert any(0.05 < m[0] < 0.95 for m in means), "random router weights should mix the experts"
        router.activity = None
        path = str(tmp_path / "r.safetensors")
        router.export(path, bare.gguf_path, {}, dtype=torch.float32)
        with safe_open(path, "pt") as f:
            assert f.metadata()["gate"] == "router" and f.metadata()["experts"] == "2"
            assert f.get_tensor("blk.3.attn_qkv.router.weight").shape == (2, bare.cfg.d)
            assert f.get_tensor("blk.3.attn_q.lora_a").shape == (8, bare.cfg.d)
        bare.domain = DomainLora.load(path, bare)
        assert torch.allclose(bare.logits(bare.forward_causal(ids)[0]), mixed, atol=1e-5, rtol=0)
        # A router held on expert 1 is exactly expert 1's plain LoRA.
        for name, p in router.gate.items():
            p.copy_(torch.tensor([-60.0, 60.0]) if name.endswith("_b") else torch.zeros_like(p))
        bare.domain = router
        forced = bare.logits(bare.forward_causal(ids)[0])
        plain = DomainLora(bare.cfg, rank=4, alpha=8.0, targets=targets, gate="const")
        for name, p in plain.lora.items():
            w = router.lora[name]
            p.copy_(w[4:] if name.endswith("_a") else w[:, 4:])
        bare.domain = plain
        assert torch.allclose(bare.logits(bare.forward_causal(ids)[0]), forced, atol=1e-5, rtol=0)
        assert (forced - mixed).abs().max() > 1e-3
    finally:
        bare.domain = None


def test_json_data_and_its_check():
    train = domain.task_examples("json", 300, "train")
    held = domain.task_examples("json", 40, "heldout")
    q = lambda rows: {r["messages"][1]["content"] for r in rows}  # noqa: E731
    assert len(train) == 300 and len(held) == 40 and not q(train) & q(held)
    want = held[0]["messages"][-1]["content"]
    assert domain.json_correct(None, "Sure! " + want + " Anything else?", want)
    assert not domain.json_correct(None, want.replace('"age": ', '"age": 1'), want)
    assert not domain.json_correct(None, "{not json}", want)


def test_training_steps_lower_the_answer_loss_and_resume(tmp_path):
    data = tmp_path / "sql.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in domain.sql_examples(8, "train")))
    out = tmp_path / "run"
    args = ["train", "--data", str(data), "--out", str(out), "--rank", "4", "--layers", "2", "--batch", "8",
            "--lr", "1e-2", "--ckpt-every", "2", "--threads", "2"]
    domain.main(args + ["--steps", "4"])
    log = torch.load(out / "ckpt.pt", weights_only=False)["log"]
    assert [r["step"] for r in log] == [1, 2, 3, 4]
    assert log[-1]["loss"] < log[0]["loss"], [r["loss"] for r in log]
    path = tmp_path / "sql.safetensors"
    domain.main(args + ["--steps", "5", "--export", str(path)])
    c = torch.load(out / "ckpt.pt", weights_only=False)
    assert c["step"] == 5 and len(c["log"]) == 5, "the second run resumes at step 4"
    with safe_open(str(path), "pt") as f:
        assert json.loads(f.metadata()["training"])["steps"] == 5
        # Only the top 2 layers train; the others keep B = 0.
        assert f.get_tensor("blk.0.attn_q.lora_b").abs().max() == 0
        assert f.get_tensor("blk.29.attn_q.lora_b").abs().max() > 0


def test_an_mtp_adapter_trains_and_decodes_over_a_frozen_domain_adapter(bare, tok, tmp_path):
    """`--domain` puts a domain adapter under distillation, training and decoding: the MTP adapter
    trains over the adapted model, and MTP over it equals the adapted model's AR output."""
    import os

    from training import train
    from training.decode import ar_decode, mtp_decode
    from training.export import load_adapter

    ids = [tok.encode_chat(p) for p in ("Meet Tom, a 40-year-old chef from Lima.", "How many employees work in Sales?")]
    base_ar, _ = ar_decode(bare, ids[0], 6)
    lora = DomainLora(bare.cfg, rank=4, alpha=8.0, targets=["attn_q", "ffn_down"], gate="learned", seed=3)
    with torch.no_grad():
        for name, p in lora.lora.items():
            if name.endswith("_b"):
                p.copy_(torch.randn_like(p) * 0.1)
    path = str(tmp_path / "domain.safetensors")
    lora.export(path, bare.gguf_path, {}, dtype=torch.float32)
    init = os.path.join(os.path.dirname(__file__), "..", "..", "adapters", "smollm2-135m-k4.safetensors")
    try:
        domain.attach(bare, path)
        assert not any(p.requires_grad for p in bare.domain.parameters())
        outs = bare.generate_batch(ids, 8)
        data = tmp_path / "data.jsonl"
        data.write_text("".join(json.dumps({"id": f"t{j}", "split": "train", "prompt_ids": p, "answer_ids": o}) + "\n"
                                for j, (p, o) in enumerate(zip(ids, outs))))
        bare.domain = None
        adapted = str(tmp_path / "mtp.safetensors")
        _, summary = train.main(["--data", str(data), "--out", str(tmp_path / "run"), "--domain", path,
                                 "--n-mask", "4", "--rank", "16", "--alpha", "32", "--init-adapter", init,
                                 "--lora-layers", "2", "--steps", "1", "--seqs", "2", "--blocks", "4",
                                 "--no-progress", "--export", adapted, "--export-dtype", "f32"], model=bare)
        assert summary["domain_adapter"] == "domain.safetensors" and bare.domain is not None
        bare.adapter = None
        ad = load_adapter(adapted, bare)
        ar, _ = ar_decode(bare, ids[0], 6)
        assert ar != base_ar, "the domain adapter must change the answer, or this proves nothing"
        mt, _, _ = mtp_decode(bare, ad, ids[0], 6, k=4)
        assert mt == ar
    finally:
        bare.domain = None
        bare.adapter = None
