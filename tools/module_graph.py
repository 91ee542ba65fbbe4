#!/usr/bin/env python3
"""The module graph of src/: which top-level module uses which (from `crate::` and
`gated_lora_webgpu::` paths), checked against the one-way order
gguf → model → gpu → decode → engine → CLI / wasm (leaves: error, sampling, tokenizer, chat).
Prints the edges, any edge against the order or any cycle (exit 1), and the longest functions.

    python3 tools/module_graph.py
"""
import pathlib
import re
import sys

SRC = pathlib.Path(__file__).resolve().parent.parent / "src"
# A module may use only modules of a lower rank.
RANK = {"error": 0, "clock": 0, "gguf": 1, "sampling": 1, "tokenizer": 2, "chat": 2, "model": 3, "gpu": 4, "decode": 5,
        "engine": 6, "wasm": 7, "bin": 7, "fuzz": 7}


def module_of(path: pathlib.Path) -> str:
    rel = path.relative_to(SRC).parts
    name = rel[0].removesuffix(".rs")
    if name == "lib":
        return "lib"
    return "tokenizer" if name == "tokenizer" else name


def edges() -> dict:
    graph = {}
    for path in sorted(SRC.rglob("*.rs")):
        src = module_of(path)
        if src == "lib":
            continue
        text = re.sub(r"//.*", "", path.read_text())
        for m in re.finditer(r"\b(?:crate|gated_lora_webgpu)::(\w+)", text):
            dst = m.group(1)
            if dst in RANK and dst != src:
                graph.setdefault(src, set()).add(dst)
        # `use crate::{a, b}` and `gated_lora_webgpu::{Engine, ...}` re-exports at the crate root.
        for m in re.finditer(r"\b(?:crate|gated_lora_webgpu)::\{([^}]*)\}", text):
            for item in re.findall(r"\b(\w+)", m.group(1)):
                if item in RANK and item != src:
                    graph.setdefault(src, set()).add(item)
    return graph


def cycles(graph: dict) -> list:
    found, state = [], {}

    def visit(node, stack):
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                found.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def longest_functions(n: int = 5) -> list:
    out = []
    for path in sorted(SRC.rglob("*.rs")):
        lines = path.read_text().splitlines()
        for i, line in enumerate(lines):
            m = re.match(r"(\s*)(?:pub(?:\([^)]*\))? )?(?:async )?fn (\w+)", line)
            if not m or line.rstrip().endswith(";"):
                continue
            indent = m.group(1)
            for j in range(i + 1, len(lines)):
                if lines[j] == indent + "}":
                    out.append((j - i + 1, f"{path.relative_to(SRC.parent)}:{i + 1}", m.group(2)))
                    break
    return sorted(out, reverse=True)[:n]


def main() -> int:
    graph = edges()
    # A new top-level module must be given its place, or its imports would go unchecked.
    unplaced = sorted({module_of(p) for p in SRC.rglob("*.rs")} - set(RANK) - {"lib"})
    for m in unplaced:
        print(f"module {m} has no rank in tools/module_graph.py RANK")
    bad = bool(unplaced)
    for src in sorted(graph, key=lambda s: (RANK.get(s, 99), s)):
        for dst in sorted(graph[src], key=lambda d: (RANK[d], d)):
            against = RANK[dst] >= RANK.get(src, 99)
            bad |= against
            print(f"{src:>9} -> {dst}{'   <-- against the order' if against else ''}")
    found = cycles(graph)
    for c in found:
        print("cycle: " + " -> ".join(c))
    print("cycles: none" if not found else f"cycles: {len(found)}")
    print("longest functions in src/:")
    for length, where, name in longest_functions():
        print(f"  {length:4} lines  {name}  ({where})")
    return 1 if bad or found else 0


if __name__ == "__main__":
    sys.exit(main())
