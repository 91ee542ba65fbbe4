"""Gated domain adapters (training/FORMAT.md, "gated-lora-domain"): a LoRA on every token whose
gate is constant, learned (g = sigmoid(w.x + b) per row and fused projection) or a router over N
experts that share the base (softmax(W x + b) weighs them per row), trained on JSONL chat examples
({"messages": [{role, content}, ...]}, the last turn the assistant's answer; the loss is on that
answer only), exported for the runtime (`gated-lora generate --lora FILE`).

    python -m training.domain data --task sql --out training/data/sql-train.jsonl --n 1200 --split train
    python -m training.domain train --data training/data/sql-train.jsonl --out training/runs/sql \\
        --rank 8 --gate learned --steps 200 --export adapters/domain/sql.safetensors
    python -m training.domain eval --adapter adapters/domain/sql.safetensors --tasks sql --n 40

Two templated demo tasks: SQL over a fixed schema (right when the answer's query returns the
reference rows in SQLite) and sentence → JSON (right when the object equals the reference). `eval`
runs the base and the adapted model on held-out examples of each task and reports the gate's mean
per layer (per expert for a router: which expert each task's rows go to).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import sqlite3
import time
import zlib

import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import save_file

from .model import DEFAULT_GGUF, TARGETS, ChatTokenizer, Llama, gguf_fingerprint
from .mtp import target_shape

GROUPS = {"attn_qkv": ["attn_q", "attn_k", "attn_v"], "attn_output": ["attn_output"],
          "ffn_gate_up": ["ffn_gate", "ffn_up"], "ffn_down": ["ffn_down"]}
GROUP_OF = {t: g for g, ts in GROUPS.items() for t in ts}


class DomainLora(nn.Module):
    """A gated LoRA on every row: y += g(x) * (alpha / r) * B(A x), with g = 1 ("const"),
    sigmoid(w.x + b) ("learned"), or, for a "router" over N experts sharing the base,
    y += (alpha / r) * sum_e softmax(W x + b)[e] * B_e(A_e x)."""

    def __init__(self, cfg, rank=8, alpha=16.0, targets=None, gate="learned", layers=None, seed=0, experts=1):
        super().__init__()
        if gate not in ("const", "learned", "router"):
            raise ValueError(f"gate {gate!r}: const, learned or router")
        self.rank, self.alpha, self.gate_type = rank, float(alpha), gate
        self.experts = experts if gate == "router" else 1
        self.targets = list(targets or TARGETS)
        self.n_layer = cfg.n_layer
        self.layers = sorted(layers) if layers is not None else list(range(cfg.n_layer))
        self.scale = self.alpha / rank
        gen = torch.Generator().manual_seed(seed)
        self.lora = nn.ParameterDict()
        self.gate = nn.ParameterDict()
        r = rank * self.experts
        for i in range(cfg.n_layer):
            for t in self.targets:
                out, inp = target_shape(cfg, t)
                # B = 0: the adapter starts as the base model. A router's experts are stacked.
                self.lora[f"{i}_{t}_a"] = nn.Parameter(torch.randn(r, inp, generator=gen) / math.sqrt(inp))
                self.lora[f"{i}_{t}_b"] = nn.Parameter(torch.zeros(out, r))
            if gate != "const":
                for g, ts in GROUPS.items():
                    if any(t in self.targets for t in ts):
                        _, inp = target_shape(cfg, next(t for t in ts if t in self.targets))
                        shape = (inp,) if gate == "learned" else (self.experts, inp)
                        self.gate[f"{i}_{g}_w"] = nn.Parameter(torch.zeros(shape))
                        self.gate[f"{i}_{g}_b"] = nn.Parameter(torch.zeros(shape[:-1] or (1,)))
        for name, p in self.named_parameters():
            layer = int(name.split(".")[1].split("_")[0])
            p.requires_grad_(layer in self.layers)
        # While recording: {layer: [sum of g (per expert for a router), rows]} of attn_q's group.
        self.activity = None

    def gate_value(self, i, target, x):
        """g per row ([..., 1] for a learned gate, [..., N] for a router), or None for const."""
        g = GROUP_OF[target]
        if self.gate_type == "learned":
            return torch.sigmoid(x @ self.gate[f"{i}_{g}_w"] + self.gate[f"{i}_{g}_b"]).unsqueeze(-1)
        if self.gate_type == "router":
            return torch.softmax(x @ self.gate[f"{i}_{g}_w"].t() + self.gate[f"{i}_{g}_b"], dim=-1)
        return None

    def delta(self, i, target, x):
        if target not in self.targets:
            return None
        a, b = self.lora[f"{i}_{target}_a"], self.lora[f"{i}_{target}_b"]
        t = x @ a.t()
        g = self.gate_value(i, target, x)
        if g is not None:
            if self.activity is not None and target == "attn_q":
                s = self.activity.setdefault(i, [0.0, 0])
                s[0] = s[0] + g.detach().flatten(0, -2).sum(0)
                s[1] += g[..., 0].numel()
            t = (t.unflatten(-1, (self.experts, self.rank)) * g.unsqueeze(-1)).flatten(-2)
        return (t @ b.t()) * self.scale

    def gate_means(self):
        """Mean gate per recorded layer: a float (learned) or a list over experts (router)."""
        means = {i: (s / max(1, n)).tolist() for i, (s, n) in sorted(self.activity.items())}
        return [[round(v, 4) for v in m] if self.gate_type == "router" else round(m[0], 4) for m in means.values()]

    def file_tensors(self):
        out = {}
        for i in range(self.n_layer):
            for t in self.targets:
                out[f"blk.{i}.{t}.lora_a"] = self.lora[f"{i}_{t}_a"]
                out[f"blk.{i}.{t}.lora_b"] = self.lora[f"{i}_{t}_b"]
            kind = "router" if self.gate_type == "router" else "gate"
            for g in GROUPS:
                if f"{i}_{g}_w" in self.gate:
                    out[f"blk.{i}.{g}.{kind}.weight"] = self.gate[f"{i}_{g}_w"]
                    out[f"blk.{i}.{g}.{kind}.bias"] = self.gate[f"{i}_{g}_b"]
        return out

    def export(self, path, gguf_path=DEFAULT_GGUF, training=None, dtype=torch.float16):
        meta = {"format": "gated-lora-domain", "version": "1", "base_model": gguf_fingerprint(gguf_path),
                "arch": "llama", "rank": str(self.rank), "alpha": json.dumps(self.alpha),
                "targets": json.dumps(self.targets), "gate": self.gate_type,
                "training": json.dumps(training or {})}
        if self.gate_type == "router":
            meta["experts"] = str(self.experts)
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        save_file({k: v.detach().to(dtype).contiguous() for k, v in self.file_tensors().items()}, path, metadata=meta)
        return meta

    @classmethod
    def load(cls, path, model):
        from safetensors import safe_open

        with safe_open(path, "pt") as f:
            meta = f.metadata()
            if meta.get("format") != "gated-lora-domain":
                raise ValueError(f"{path}: not a gated-lora-domain adapter")
            if meta["base_model"] != gguf_fingerprint(model.gguf_path):
                raise ValueError(f"{path}: trained for another base model")
            d = cls(model.cfg, int(meta["rank"]), float(meta["alpha"]), json.loads(meta["targets"]), meta["gate"],
                    experts=int(meta.get("experts", 1)))
            tensors = {k: f.get_tensor(k).float() for k in f.keys()}
        with torch.no_grad():
            for name, t in d.file_tensors().items():
                t.copy_(tensors[name])
        return d


def attach(model, path):
    """Puts the domain adapter at `path` on every row of `model`, frozen: distilling, training and
    evaluating an MTP adapter then see the adapted model as their base."""
    d = DomainLora.load(path, model).to(model.tok_embd.device)
    d.requires_grad_(False)
    model.domain = d
    return d


# --------------------------------------------------------------------------- SQL data

SCHEMA = """
CREATE TABLE employees (name TEXT, department TEXT, salary INTEGER, city TEXT);
CREATE TABLE products (name TEXT, category TEXT, price INTEGER, stock INTEGER);
"""
TABLES = {
    "employees": {"text": {"department": ["Sales", "Engineering", "Marketing", "Support", "Finance", "Legal", "Research"],
                           "city": ["Paris", "Berlin", "London", "Madrid", "Rome", "Vienna", "Lisbon", "Oslo"]},
                  "num": {"salary": [30000, 40000, 50000, 60000, 70000, 80000]}, "show": ["name", "city", "department"]},
    "products": {"text": {"category": ["Books", "Toys", "Garden", "Kitchen", "Sports", "Music", "Office"]},
                 "num": {"price": [5, 10, 20, 30, 50, 80], "stock": [0, 10, 20, 50, 100, 150]}, "show": ["name", "category"]},
}
SYSTEM = "You write one SQLite query that answers the question. Tables: " + \
    "employees(name, department, salary, city), products(name, category, price, stock)."


def sql_example(rng):
    """One (question, SQL) pair from the templates."""
    table = rng.choice(sorted(TABLES))
    t = TABLES[table]
    kind = rng.randrange(6)
    col, vals = rng.choice(sorted(t["text"].items()))
    val = rng.choice(vals)
    if kind == 0:
        show = rng.choice(t["show"])
        return f"List the {show} of all {table} whose {col} is {val}.", f"SELECT {show} FROM {table} WHERE {col} = '{val}';"
    if kind == 1:
        return f"How many {table} have {col} {val}?", f"SELECT COUNT(*) FROM {table} WHERE {col} = '{val}';"
    num, nums = rng.choice(sorted(t["num"].items()))
    n = rng.choice(nums)
    if kind == 2:
        op, word = rng.choice([(">", "more than"), ("<", "less than")])
        return f"Which {table} have a {num} {word} {n}? Give their names.", f"SELECT name FROM {table} WHERE {num} {op} {n};"
    if kind == 3:
        agg, word = rng.choice([("AVG", "average"), ("MAX", "highest"), ("MIN", "lowest"), ("SUM", "total")])
        return f"What is the {word} {num} of {table} with {col} {val}?", f"SELECT {agg}({num}) FROM {table} WHERE {col} = '{val}';"
    if kind == 4:
        k = rng.choice([1, 2, 3, 5])
        order, word = rng.choice([("DESC", "highest"), ("ASC", "lowest")])
        return (f"Name the {k} {table} with the {word} {num} among those whose {col} is {val}.",
                f"SELECT name FROM {table} WHERE {col} = '{val}' ORDER BY {num} {order} LIMIT {k};")
    return f"Show every {col} of {table} with the number of rows for each.", f"SELECT {col}, COUNT(*) FROM {table} GROUP BY {col};"


def sql_examples(n, split, seed=0):
    return task_examples("sql", n, split, seed)


# --------------------------------------------------------------------------- JSON data

JSON_SYSTEM = "You turn the user's sentence into one JSON object with the keys name, age, city and job."
NAMES = ["Maria", "Tom", "Aisha", "Kenji", "Lena", "Omar", "Sofia", "Ivan", "Chloe", "Mateo", "Priya", "Noah",
         "Elif", "Jonas", "Amara", "Luca", "Hana", "Diego", "Freya", "Samir"]
JOBS = ["teacher", "nurse", "pilot", "chef", "lawyer", "plumber", "designer", "farmer", "dentist", "engineer",
        "baker", "journalist", "electrician", "librarian"]
CITIES = ["Lisbon", "Dublin", "Prague", "Seoul", "Lima", "Nairobi", "Toronto", "Krakow", "Osaka", "Porto",
          "Cairo", "Denver", "Hamburg", "Valencia"]


def json_example(rng):
    """One (sentence, JSON) pair from the templates."""
    name, age, city, job = rng.choice(NAMES), rng.randrange(19, 80), rng.choice(CITIES), rng.choice(JOBS)
    sentence = rng.choice([
        f"{name} is {age} years old and works as a {job} in {city}.",
        f"Meet {name}, a {age}-year-old {job} from {city}.",
        f"In {city} lives {name}, {age}, who is a {job}.",
        f"{name} ({age}) is a {job} based in {city}.",
        f"Our new {job}, {name}, is {age} and moved here from {city}.",
        f"At {age}, {name} still works as a {job} in {city}.",
    ])
    return sentence, json.dumps({"name": name, "age": age, "city": city, "job": job})


def first_json(text):
    """The answer's first JSON object, or None."""
    m = re.search(r"\{.*?\}", text, re.DOTALL)
    try:
        return json.loads(m.group(0)) if m else None
    except json.JSONDecodeError:
        return None


def task_examples(task, n, split, seed=0):
    """Up to n distinct examples of `task`; train and held-out questions never overlap (a
    question's hash picks its split)."""
    system, example, _ = TASKS[task]
    rng = random.Random(f"{seed}-{split}") if task == "sql" else random.Random(f"{task}-{seed}-{split}")
    out, seen = [], set()
    for _ in range(200 * n):
        if len(out) == n:
            break
        q, a = example(rng)
        if q in seen or hash_split(q) != split:
            seen.add(q)
            continue
        seen.add(q)
        out.append({"messages": [{"role": "system", "content": system}, {"role": "user", "content": q},
                                 {"role": "assistant", "content": a}]})
    return out


def hash_split(text):
    return "heldout" if zlib.crc32(text.encode()) % 5 == 0 else "train"


def sql_db():
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    rng = random.Random(1)
    for i in range(40):
        e = TABLES["employees"]
        db.execute("INSERT INTO employees VALUES (?, ?, ?, ?)", (f"emp{i}", rng.choice(e["text"]["department"]),
                                                                 rng.choice([28000, 41000, 52000, 67000, 91000]), rng.choice(e["text"]["city"])))
        p = TABLES["products"]
        db.execute("INSERT INTO products VALUES (?, ?, ?, ?)", (f"prod{i}", rng.choice(p["text"]["category"]),
                                                                rng.choice([3, 8, 15, 30, 70]), rng.choice([0, 5, 20, 60, 150])))
    return db


def run_sql(db, sql):
    try:
        return sorted(map(tuple, db.execute(sql).fetchall()))
    except sqlite3.Error:
        return None


def first_sql(text):
    """The answer's query: the first statement starting with SELECT (code fences allowed)."""
    m = re.search(r"(SELECT\b.*?)(;|$|```)", text, re.IGNORECASE | re.DOTALL)
    return m.group(1).strip() if m else None


def sql_correct(db, answer, reference):
    """The answer's query returns the reference query's rows."""
    sql = first_sql(answer)
    got = run_sql(db, sql) if sql else None
    return got is not None and got == run_sql(db, reference)


def json_correct(db, answer, reference):
    """The answer's first JSON object equals the reference object."""
    return first_json(answer) == json.loads(reference)


# Per task: its system prompt, one templated example, and whether an answer is right.
TASKS = {"sql": (SYSTEM, sql_example, sql_correct), "json": (JSON_SYSTEM, json_example, json_correct)}


# --------------------------------------------------------------------------- training

def encode(tok, messages):
    """(ids, n_prompt): ChatML of every turn but the last, then the last (assistant) turn."""
    *context, answer = messages
    turns = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in context)
    prompt = tok.encode(turns + "<|im_start|>assistant\n")
    return prompt + tok.encode(answer["content"] + "<|im_end|>"), len(prompt)


def loss_on_answers(model, batch):
    """Mean cross-entropy of the answer tokens of a right-padded batch [(ids, n_prompt)]."""
    T = max(len(ids) for ids, _ in batch)
    toks = torch.zeros(len(batch), T, dtype=torch.long)
    target = torch.full((len(batch), T), -100, dtype=torch.long)
    for b, (ids, n_prompt) in enumerate(batch):
        toks[b, :len(ids)] = torch.tensor(ids)
        target[b, n_prompt - 1:len(ids) - 1] = torch.tensor(ids[n_prompt:])
    pos = torch.arange(T).expand(len(batch), T)
    mask = torch.ones(T, T, dtype=torch.bool).tril().expand(len(batch), T, T)
    h, _ = model.forward_rows(model.embed(toks), pos, mask)
    return F.cross_entropy(model.logits(h).flatten(0, 1), target.flatten(), ignore_index=-100)


def train(a):
    torch.set_num_threads(a.threads)
    model = Llama.from_gguf(a.gguf)
    tok = ChatTokenizer(a.gguf)
    rows = [json.loads(line) for path in a.data for line in open(path) if line.strip()]
    data = [encode(tok, r["messages"]) for r in rows]
    layers = range(model.cfg.n_layer - a.layers, model.cfg.n_layer) if a.layers else None
    lora = DomainLora(model.cfg, a.rank, a.alpha, a.targets.split(",") if a.targets else None, a.gate, layers, a.seed, a.experts)
    opt = torch.optim.AdamW([p for p in lora.parameters() if p.requires_grad], lr=a.lr, weight_decay=0.0)
    ckpt = os.path.join(a.out, "ckpt.pt")
    step, cpu, log = 0, 0.0, []
    if os.path.exists(ckpt):
        c = torch.load(ckpt, weights_only=False)
        lora.load_state_dict(c["lora"])
        opt.load_state_dict(c["opt"])
        step, cpu, log = c["step"], c["cpu_s"], c["log"]
        print(f"resuming at step {step} ({cpu:.0f} CPU-s)")
    model.domain = lora
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    order = []
    while step < a.steps and cpu < a.max_cpu_minutes * 60:
        t0 = time.process_time()
        lr = a.lr * min(1.0, (step + 1) / 10) * 0.5 * (1 + math.cos(math.pi * step / a.steps))
        for g in opt.param_groups:
            g["lr"] = lr
        if len(order) < a.batch:
            order += rng.sample(range(len(data)), len(data))
        batch, order = [data[j] for j in order[:a.batch]], order[a.batch:]
        loss = loss_on_answers(model, batch)
        opt.zero_grad()
        loss.backward()
        opt.step()
        step += 1
        cpu += time.process_time() - t0
        log.append({"step": step, "loss": loss.item(), "lr": lr, "cpu_s": cpu})
        print(f"step {step}: loss {loss.item():.4f} ({cpu:.0f} CPU-s)", flush=True)
        if step % a.ckpt_every == 0 or step == a.steps:
            torch.save({"lora": lora.state_dict(), "opt": opt.state_dict(), "step": step, "cpu_s": cpu, "log": log}, ckpt)
    torch.save({"lora": lora.state_dict(), "opt": opt.state_dict(), "step": step, "cpu_s": cpu, "log": log}, ckpt)
    if a.export:
        info = {"steps": step, "cpu_s": cpu, "examples": len(data), "data": [os.path.basename(p) for p in a.data],
                "lr": a.lr, "batch": a.batch, "layers": a.layers or model.cfg.n_layer, "final_loss": log[-1]["loss"] if log else None}
        lora.export(a.export, a.gguf, info)
        print(f"exported {a.export}")


@torch.no_grad()
def evaluate(a):
    """Per task: held-out answers right with the base model and with the adapter, and the gate's
    mean per layer on that task's rows (per expert for a router)."""
    torch.set_num_threads(a.threads)
    model = Llama.from_gguf(a.gguf)
    tok = ChatTokenizer(a.gguf)
    db = sql_db()
    lora = DomainLora.load(a.adapter, model)
    result = {}
    for task in a.tasks.split(","):
        cases = task_examples(task, a.n, "heldout", seed=a.seed)
        correct_fn = TASKS[task][2]
        result[task] = {}
        for name, domain in [("base", None), ("adapter", lora)]:
            model.domain = domain
            if domain is not None:
                domain.activity = {}
            prompts = [encode(tok, c["messages"])[1] for c in cases]
            ids = [encode(tok, c["messages"])[0][:n] for c, n in zip(cases, prompts)]
            answers = model.generate_batch(ids, a.max_new)
            correct = 0
            for c, ans in zip(cases, answers):
                text = tok.decode([t for t in ans if t not in model.cfg.eog])
                correct += bool(correct_fn(db, text, c["messages"][-1]["content"]))
            result[task][name] = {"prompts": len(cases), "correct": correct, "share": correct / len(cases)}
            if domain is not None and domain.gate_type != "const":
                result[task]["gate_mean_per_layer"] = domain.gate_means()
            print(task, name, result[task][name], flush=True)
    model.domain = None
    print(json.dumps(result))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(result, f, indent=1)
    return result


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("data")
    d.add_argument("--task", choices=sorted(TASKS), default="sql")
    d.add_argument("--out", required=True)
    d.add_argument("--n", type=int, default=1200)
    d.add_argument("--split", default="train")
    d.add_argument("--seed", type=int, default=0)
    pr = sub.add_parser("prompts", help="a prompt set (training/prompts.py's schema) of the tasks' questions, "
                        "for distilling and evaluating an MTP adapter over a domain adapter")
    pr.add_argument("--tasks", default="sql,json")
    pr.add_argument("--split", default="train")
    pr.add_argument("--n", type=int, default=400, help="per task")
    pr.add_argument("--seed", type=int, default=0)
    pr.add_argument("--out", required=True)
    t = sub.add_parser("train")
    t.add_argument("--gguf", default=DEFAULT_GGUF)
    t.add_argument("--data", nargs="+", required=True)
    t.add_argument("--out", required=True)
    t.add_argument("--rank", type=int, default=8)
    t.add_argument("--alpha", type=float, default=16.0)
    t.add_argument("--targets", default="")
    t.add_argument("--gate", choices=["const", "learned", "router"], default="learned")
    t.add_argument("--experts", type=int, default=2, help="a router's experts")
    t.add_argument("--layers", type=int, default=0, help="train the top N layers only (0: all)")
    t.add_argument("--steps", type=int, default=200)
    t.add_argument("--batch", type=int, default=8)
    t.add_argument("--lr", type=float, default=2e-3)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--threads", type=int, default=1)
    t.add_argument("--ckpt-every", type=int, default=10)
    t.add_argument("--max-cpu-minutes", type=float, default=60)
    t.add_argument("--export", default="")
    e = sub.add_parser("eval")
    e.add_argument("--gguf", default=DEFAULT_GGUF)
    e.add_argument("--adapter", required=True)
    e.add_argument("--tasks", default="sql", help="comma-separated: " + ",".join(sorted(TASKS)))
    e.add_argument("--n", type=int, default=40)
    e.add_argument("--max-new", type=int, default=40)
    e.add_argument("--seed", type=int, default=0)
    e.add_argument("--threads", type=int, default=1)
    e.add_argument("--json", default="")
    a = ap.parse_args(argv)
    if a.cmd == "data":
        rows = task_examples(a.task, a.n, a.split, a.seed)
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        with open(a.out, "w") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows)
        print(f"wrote {len(rows)} {a.split} {a.task} examples to {a.out}")
    elif a.cmd == "prompts":
        rows = [{"id": f"{task}-{a.split}-{i:03d}", "domain": task, "split": a.split, "messages": r["messages"][:-1]}
                for task in a.tasks.split(",") for i, r in enumerate(task_examples(task, a.n, a.split, a.seed))]
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        with open(a.out, "w") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows)
        print(f"wrote {len(rows)} {a.split} prompts to {a.out}")
    elif a.cmd == "train":
        train(a)
    else:
        evaluate(a)


if __name__ == "__main__":
    main()
