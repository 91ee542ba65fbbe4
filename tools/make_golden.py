#!/usr/bin/env python3
"""Golden files for the tokenizer and the numerics contract (a developer tool, not run in CI).

    python3 tools/make_golden.py tokenizer       # -> tests/fixtures/tokenizer_golden.json
    python3 tools/make_golden.py generate        # -> tests/fixtures/golden_generate.json
    python3 tools/make_golden.py all
    python3 tools/make_golden.py unicode-tables --llama-src DIR   # -> src/tokenizer/unicode_tables.rs

Options: --model PATH (default models/SmolLM2-135M-Instruct.Q4_1.gguf), --out-dir DIR.

Needs: llama-cpp-python 0.3.36 (compiles llama.cpp from source, ~25 min on 2 cores:
`CMAKE_BUILD_PARALLEL_LEVEL=1 pip install llama-cpp-python==0.3.36`), torch, transformers, gguf.
llama.cpp runs with `use_extra_bufts=False`: CPUs that advertise AMX but fault on it crash without it.
Only the JSON this writes is committed; the Rust tests read it.

Schema of tests/fixtures/tokenizer_golden.json
----------------------------------------------
{
  "model": file name, "model_sha256": hex,
  "reference": "llama.cpp via llama-cpp-python <version>",
  "bos": int, "eos": int, "add_bos": bool,
  "eog_ids": [ids llama.cpp's llama_vocab_is_eog reports, over the whole vocabulary],
  "cases": [{
      "id": str, "text": str,
      "tokens": [ids, llama.cpp, parse_special = false, no BOS],
      "tokens_special": [ids, llama.cpp, parse_special = true, no BOS],
      "detokenized": str (llama.cpp's llama_detokenize(tokens_special, unparse_special), lossy UTF-8),
      "hf_tokens": [ids, transformers tokenizer loaded from the same GGUF, special tokens split],
      "hf_tokens_special": [ids, the same with special tokens recognised],
      "hf_agrees": bool (both hf lists equal llama.cpp's)
  }],
  "chat": [{
      "id": str, "messages": [{"role", "content"}], "add_generation_prompt": bool,
      "text": str (transformers' apply_chat_template(tokenize=False) with the GGUF's template)
  }],
  "hf_disagreements": [case ids where transformers differs from llama.cpp],
  "fuzz": [{"text": str, "tokens": [ids, special off], "tokens_special": [ids, special on]}]
          (seeded random concatenations of awkward pieces: scripts, digits, spaces, specials)
}

Schema of tests/fixtures/golden_generate.json
---------------------------------------------
{
  "model": file name, "model_sha256": hex,
  "reference": "transformers <v> / torch <v>, fp32 weights dequantised from the GGUF, greedy",
  "max_new_tokens": 64, "eog_ids": [ids that end generation],
  "prompts": [{
      "id": str,
      "messages": [{"role", "content"}] (the chat template is applied with add_generation_prompt,
                  so the model's default system prompt is inserted),
      "prompt_text": str (the rendered template),
      "prompt_tokens": [ids of prompt_text, llama.cpp tokenizer, parse_special = true, no BOS],
      "hf_prompt_tokens_agree": bool (transformers' own tokenization of prompt_text is the same),
      "tokens": [greedy ids, at most 64; when generation stops at an end-of-generation token that
                 token is the last entry and "stopped_at_eog" is true],
      "stopped_at_eog": bool,
      "top2_gap": [float per entry of "tokens": top-1 logit minus top-2 logit at that position
                   (small = near-tie, where another fp32 engine may legitimately differ)],
      "text": str (decoded "tokens" without special tokens, for reading),
      "llama_cpp_top5": [[id, logit] x 5] for the first generated position, from llama.cpp's CPU path
                        (which quantises activations to 8 bits), or null when llama.cpp was unavailable,
      "llama_cpp_first_token_agrees": bool or null (its top-1 equals tokens[0])
  }]
}
"""

import argparse
import hashlib
import json
import os
import re
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_MODEL = os.path.join(ROOT, "models", "SmolLM2-135M-Instruct.Q4_1.gguf")

# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------

CHAT_PREFIX = "<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n"

TOKENIZER_CASES = [
    ("empty", ""),
    ("space", " "),
    ("two_spaces", "  "),
    ("newline", "\n"),
    ("newlines", "\n\n\n"),
    ("hello", "Hello world"),
    ("hello_punct", "Hello, world! How are you today?"),
    ("leading_spaces", "   leading spaces"),
    ("trailing_spaces", "trailing spaces   "),
    ("inner_spaces", "many     spaces  between\twords"),
    ("crlf", "line one\r\nline two\r\n\r\nline four"),
    ("tabs_code", "def f(x):\n\tif x:\n\t\treturn x * 2\n\treturn None\n"),
    ("python_code", "class Foo:\n    def __init__(self, n: int) -> None:\n        self.n = n  # count\n\n    def bar(self):\n        return [i ** 2 for i in range(self.n)]\n"),
    ("js_code", "const add = (a, b) => {\n  return a + b;\n};\nconsole.log(add(1, 2)); // 3\n"),
    ("rust_code", "fn main() {\n    let v: Vec<u32> = (0..10).map(|x| x * x).collect();\n    println!(\"{:?}\", v);\n}\n"),
    ("json", "{\"name\": \"SmolLM\", \"size\": 135000000, \"tags\": [\"a\", \"b\"], \"ok\": true}"),
    ("html", "<div class=\"x\"><p>Hi &amp; bye</p></div>"),
    ("markdown", "# Title\n\n- item 1\n- item 2\n\n**bold** _it_ `code`\n\n1. first\n2. second"),
    ("latex", "$\\frac{a}{b} + \\sqrt{x^2 + y^2} = \\sum_{i=1}^{n} i$"),
    ("numbers", "1234567890"),
    ("long_digits", "3141592653589793238462643383279502884197169399375105820974944592307816406286"),
    ("decimal_neg", "-42 and 3.14159 and 1e-10 and 0x1F"),
    ("thousands", "1,000,000 people paid $12.50 each (about 12%)."),
    ("dates", "On 2024-11-28 at 20:05:59 UTC, call +1 (555) 123-4567."),
    ("space_digit", "a 1 b  22 c   333"),
    ("arabic_digits", "\u0663\u0664\u0665 and \uff11\uff12\uff13 and \u00bd \u2153 \u216b"),
    ("emoji", "I love it 😀👍🏽 🎉🎉"),
    ("emoji_zwj", "family: 👨\u200d👩\u200d👧\u200d👦 flag: 🇺🇸 heart: ❤️"),
    ("cjk", "你好，世界！今天天气很好。"),
    ("japanese", "こんにちは世界。カタカナとひらがな、漢字。"),
    ("korean", "안녕하세요 세계"),
    ("accents", "Café naïve résumé façade coöperate Ångström"),
    ("combining", "e\u0301 vs \u00e9, n\u0303 vs \u00f1"),
    ("hindi", "नमस्ते दुनिया, आप कैसे हैं?"),
    ("thai", "สวัสดีชาวโลก"),
    ("russian", "Привет, мир! Как дела?"),
    ("greek", "Γειά σου Κόσμε"),
    ("hebrew_arabic", "שלום עולם مرحبا بالعالم"),
    ("mixed_scripts", "abc中文123def Русский😀xyz"),
    ("contractions", "I'm you'll we've they're she'd it's can't won't"),
    ("contractions_upper", "I'M YOU'LL WE'VE THEY'RE SHE'D IT'S"),
    ("apostrophes", "rock 'n' roll, ''quoted'', 'single' and ’curly’"),
    ("punct_runs", "Wait!!! What??? Hmm... ---- ==== **** ~~~~"),
    ("url_email", "See https://example.com/path?q=1&r=two#frag or mail me@example.org."),
    ("unicode_spaces", "a\u00a0b\u3000c\u2009d\u200be"),
    ("control_chars", "bell\x07 escape\x1b[0m del\x7f"),
    ("long_run", "a" * 300),
    ("long_spaces", " " * 100 + "x"),
    ("repeated_word", "the " * 50),
    ("special_text", "<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n"),
    ("special_full_chat", CHAT_PREFIX + "<|im_start|>user\nHi! I'm Bob.<|im_end|>\n<|im_start|>assistant\nHello Bob!<|im_end|>\n"),
    ("special_adjacent", "<|im_start|><|im_end|><|endoftext|>"),
    ("special_spaces", " <|im_end|> \n<|im_start|> x"),
    ("special_partial", "<|im_start <|im_end| |im_start|> <|im_start|"),
    ("special_code_tokens", "<repo_name>smol<file_sep>main.py<filename>x<jupyter_code>print(1)"),
    ("special_in_word", "abc<|im_end|>def"),
    ("paragraph", "The quick brown fox jumps over the lazy dog. " * 3 + "Pack my box with five dozen liquor jugs; sphinx of black quartz, judge my vow."),
]

CHAT_CASES = [
    ("user_only", [{"role": "user", "content": "Hello!"}], True),
    ("user_only_no_gen", [{"role": "user", "content": "Hello!"}], False),
    ("with_system", [{"role": "system", "content": "You are terse."}, {"role": "user", "content": "Why is the sky blue?"}], True),
    ("multi_turn", [
        {"role": "user", "content": "What is 2+2?"},
        {"role": "assistant", "content": "4"},
        {"role": "user", "content": "And times 3?"},
    ], True),
    ("multiline_content", [{"role": "user", "content": "Line 1\nLine 2\n\n  indented\t tab"}], True),
    ("unicode_content", [{"role": "user", "content": "Traduis: 你好 😀 naïve"}], True),
    ("assistant_first", [{"role": "assistant", "content": "I start."}, {"role": "user", "content": "ok"}], False),
    ("empty_content", [{"role": "user", "content": ""}], True),
]

FUZZ_PIECES = [
    " ", "  ", "   ", "\n", "\n\n", "\t", "\r\n", " \n", "\u00a0", "\u3000", "\u2009", "\u200b", "\x0b", "\x85",
    "a", "Z", "the", " word", "Hello", "HELLO", "don", "'s", "'t", "'re", "'ve", "'m", "'ll", "'d", "'", "''", "'S",
    "0", "1", "42", "2024", "3.14", "٣", "١٢", "½", "Ⅻ", "²", "１",
    "é", "e\u0301", "ñ", "ß", "Ä", "中", "文字", "こんにちは", "한국", "Привет", "Ωμέγα", "नमस्ते", "مرحبا", "שלום", "ไทย",
    "😀", "👍🏽", "👨\u200d👩\u200d👧", "🇫🇷", "❤️", "∑", "→", "©", "€", "$", "%", "&", "*", "#",
    ".", ",", "!", "?", "...", "--", "==", "->", "=>", "::", "();", "{}", "[]", "\\", "\"", "`", "~", "^", "|", "_", "@",
    "<", ">", "</", "<|", "|>", "<|im_start|>", "<|im_end|>", "<|endoftext|>", "<repo_name>", "<file_sep>", "<|im_start",
    "def ", "fn ", "    ", "\t\t", "return", "x = 1", "http://", "www.", ".com",
]
N_FUZZ = 400


def fuzz_texts():
    import random

    rng = random.Random(20261128)
    texts = []
    for _ in range(N_FUZZ):
        n = rng.randint(1, 24)
        texts.append("".join(rng.choice(FUZZ_PIECES) for _ in range(n)))
    return texts


GENERATE_PROMPTS = [
    ("capital_france", "What is the capital of France?"),
    ("sky_blue", "Why is the sky blue? Answer in two sentences."),
    ("hello", "Hi! How are you today?"),
    ("photosynthesis", "Explain photosynthesis to a ten-year-old."),
    ("python_reverse", "Write a Python function that reverses a string."),
    ("python_fib", "Write a Python function to compute the n-th Fibonacci number iteratively."),
    ("js_sum", "Write a JavaScript function that sums an array of numbers."),
    ("sql_query", "Write an SQL query that selects all users older than 30 from a table called users."),
    ("bash_count", "How do I count the lines in a file with bash?"),
    ("math_add", "What is 17 + 25?"),
    ("math_mul", "What is 12 times 12?"),
    ("math_word", "If a train travels 60 miles per hour for 3 hours, how far does it go?"),
    ("math_percent", "What is 15% of 200?"),
    ("math_equation", "Solve for x: 2x + 6 = 14."),
    ("list_fruits", "List five fruits."),
    ("list_tips", "Give me three tips for better sleep."),
    ("list_planets", "Name the planets of the solar system in order."),
    ("list_steps", "What are the steps to make a cup of tea?"),
    ("story_dragon", "Write a short story about a friendly dragon."),
    ("story_robot", "Tell me a story about a robot who learns to paint."),
    ("poem_ocean", "Write a haiku about the ocean."),
    ("poem_autumn", "Write a short poem about autumn leaves."),
    ("define_ml", "What is machine learning?"),
    ("define_gravity", "What is gravity?"),
    ("history", "Who was Albert Einstein?"),
    ("advice", "How can I be more productive when working from home?"),
    ("translate", "Translate 'good morning' into French and Spanish."),
    ("summarize", "Summarize the plot of Romeo and Juliet in three sentences."),
    ("compare", "What is the difference between a virus and a bacterium?"),
    ("recipe", "How do I make pancakes?"),
    ("email", "Write a polite email asking my manager for a day off."),
    ("joke", "Tell me a joke about computers."),
]

GENERATE_SYSTEM_CASES = [
    ("system_pirate", [{"role": "system", "content": "You are a pirate. Answer like one."},
                       {"role": "user", "content": "What is your favourite food?"}]),
    ("multi_turn_math", [{"role": "user", "content": "What is 3 + 4?"},
                         {"role": "assistant", "content": "3 + 4 = 7."},
                         {"role": "user", "content": "Now multiply that by 6."}]),
]

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {path} ({os.path.getsize(path)} bytes)")


def load_llama(model, vocab_only):
    try:
        import llama_cpp
    except ImportError:
        return None, None
    kwargs = dict(model_path=model, verbose=False, use_extra_bufts=False)
    if vocab_only:
        kwargs["vocab_only"] = True
    else:
        kwargs.update(n_ctx=1024, n_batch=1024, logits_all=True, n_threads=2, seed=0)
    return llama_cpp.Llama(**kwargs), llama_cpp


def llama_eog_ids(llm, llama_cpp, n_vocab):
    vocab = llama_cpp.llama_model_get_vocab(llm.model)
    return [i for i in range(n_vocab) if llama_cpp.llama_vocab_is_eog(vocab, i)]


def llama_detokenize(llm, llama_cpp, ids):
    """llama.cpp's detokenizer with a buffer large enough for any piece (llama-cpp-python's own
    `detokenize` cuts pieces longer than 32 bytes, e.g. a token of 99 spaces)."""
    import ctypes

    vocab = llama_cpp.llama_model_get_vocab(llm.model)
    cap = 64 * len(ids) + 1024
    buf = (ctypes.c_char * cap)()
    arr = (llama_cpp.llama_token * max(1, len(ids)))(*ids)
    n = llama_cpp.llama_detokenize(vocab, arr, len(ids), buf, cap, False, True)
    if n < 0:
        raise RuntimeError(f"llama_detokenize needs {-n} bytes")
    return bytes(buf[:n]).decode("utf-8", errors="replace")


def load_hf_tokenizer(model):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(os.path.dirname(model), gguf_file=os.path.basename(model))


# --------------------------------------------------------------------------------------------
# Tokenizer golden
# --------------------------------------------------------------------------------------------


def make_tokenizer_golden(model, out_dir):
    llm, llama_cpp = load_llama(model, vocab_only=True)
    if llm is None:
        sys.exit("llama-cpp-python is not installed: it is the tokenizer reference")
    hf = load_hf_tokenizer(model)
    from gguf import GGUFReader

    reader = GGUFReader(model)
    n_vocab = len(reader.fields["tokenizer.ggml.tokens"].data)

    cases = []
    disagreements = []
    seen = set()
    for cid, text in TOKENIZER_CASES:
        assert cid not in seen, cid
        seen.add(cid)
        raw = text.encode("utf-8")
        toks = llm.tokenize(raw, add_bos=False, special=False)
        toks_sp = llm.tokenize(raw, add_bos=False, special=True)
        detok = llama_detokenize(llm, llama_cpp, toks_sp)
        hf_plain = hf(text, add_special_tokens=False, split_special_tokens=True)["input_ids"]
        hf_sp = hf(text, add_special_tokens=False)["input_ids"]
        agrees = hf_plain == toks and hf_sp == toks_sp
        if not agrees:
            disagreements.append(cid)
            print(f"HF disagrees on {cid!r}: {text[:40]!r}\n  llama.cpp {toks_sp}\n  hf        {hf_sp}")
        cases.append({
            "id": cid, "text": text, "tokens": toks, "tokens_special": toks_sp, "detokenized": detok,
            "hf_tokens": hf_plain, "hf_tokens_special": hf_sp, "hf_agrees": agrees,
        })

    chat = []
    for cid, messages, add_gen in CHAT_CASES:
        rendered = hf.apply_chat_template(messages, tokenize=False, add_generation_prompt=add_gen)
        chat.append({"id": cid, "messages": messages, "add_generation_prompt": add_gen, "text": rendered})

    fuzz = []
    fuzz_hf_disagree = 0
    for text in fuzz_texts():
        raw = text.encode("utf-8")
        toks = llm.tokenize(raw, add_bos=False, special=False)
        toks_sp = llm.tokenize(raw, add_bos=False, special=True)
        fuzz.append({"text": text, "tokens": toks, "tokens_special": toks_sp})
        if hf(text, add_special_tokens=False)["input_ids"] != toks_sp:
            fuzz_hf_disagree += 1

    import llama_cpp as lc

    golden = {
        "model": os.path.basename(model),
        "model_sha256": sha256(model),
        "reference": f"llama.cpp via llama-cpp-python {lc.__version__}",
        "hf_reference": f"transformers {__import__('transformers').__version__} AutoTokenizer(gguf_file=...)",
        "bos": llm.token_bos(),
        "eos": llm.token_eos(),
        "add_bos": bool(reader.fields["tokenizer.ggml.add_bos_token"].contents()),
        "eog_ids": llama_eog_ids(llm, llama_cpp, n_vocab),
        "cases": cases,
        "chat": chat,
        "hf_disagreements": disagreements,
        "fuzz": fuzz,
    }
    write_json(os.path.join(out_dir, "tokenizer_golden.json"), golden)
    print(f"tokenizer cases: {len(cases)}; transformers agrees with llama.cpp on "
          f"{len(cases) - len(disagreements)}/{len(cases)}; disagreements: {disagreements}")
    print(f"fuzz strings: {len(fuzz)}; transformers (special on) agrees with llama.cpp on "
          f"{len(fuzz) - fuzz_hf_disagree}/{len(fuzz)}")


# --------------------------------------------------------------------------------------------
# Generation golden
# --------------------------------------------------------------------------------------------


def make_generate_golden(model, out_dir, max_new_tokens=64, allow_hf_prompt_tokens=False):
    import torch
    import transformers
    from transformers import AutoModelForCausalLM

    torch.set_num_threads(1)
    hf_tok = load_hf_tokenizer(model)
    vocab_llm, llama_cpp = load_llama(model, vocab_only=True)
    if vocab_llm is None and not allow_hf_prompt_tokens:
        sys.exit("llama-cpp-python is not installed: prompt ids come from its tokenizer "
                 "(pass --allow-hf-prompt-tokens to use transformers' tokenizer instead)")

    items = [(pid, [{"role": "user", "content": q}]) for pid, q in GENERATE_PROMPTS] + list(GENERATE_SYSTEM_CASES)
    prompts = []
    for pid, messages in items:
        text = hf_tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        hf_ids = hf_tok(text, add_special_tokens=False)["input_ids"]
        ids = vocab_llm.tokenize(text.encode("utf-8"), add_bos=False, special=True) if vocab_llm else hf_ids
        prompts.append({"id": pid, "messages": messages, "prompt_text": text, "prompt_tokens": ids,
                        "hf_prompt_tokens_agree": hf_ids == ids})
    if vocab_llm is not None:
        from gguf import GGUFReader

        n_vocab = len(GGUFReader(model).fields["tokenizer.ggml.tokens"].data)
        eog = llama_eog_ids(vocab_llm, llama_cpp, n_vocab)
        del vocab_llm
    else:
        eog = sorted({hf_tok.eos_token_id, hf_tok.convert_tokens_to_ids("<|endoftext|>")})

    # llama.cpp first-position top-5 (its CPU path; activations quantised to 8 bits).
    llm, _ = load_llama(model, vocab_only=False)
    for p in prompts:
        if llm is None:
            p["llama_cpp_top5"] = None
            continue
        llm.reset()
        llm.eval(p["prompt_tokens"])
        row = llm.scores[len(p["prompt_tokens"]) - 1]
        order = sorted(range(len(row)), key=lambda i: (-float(row[i]), i))[:5]
        p["llama_cpp_top5"] = [[int(i), float(row[i])] for i in order]
    del llm

    t0 = time.time()
    model_hf = AutoModelForCausalLM.from_pretrained(
        os.path.dirname(model), gguf_file=os.path.basename(model), dtype=torch.float32)
    model_hf.eval()
    print(f"transformers model loaded in {time.time() - t0:.1f}s")
    for p in prompts:
        t0 = time.time()
        tokens, gaps = [], []
        with torch.no_grad():
            out = model_hf(input_ids=torch.tensor([p["prompt_tokens"]]), use_cache=True)
            for _ in range(max_new_tokens):
                logits = out.logits[0, -1].float()
                top = torch.topk(logits, 2)
                tok = int(torch.argmax(logits))
                tokens.append(tok)
                gaps.append(float(top.values[0] - top.values[1]))
                if tok in eog:
                    break
                out = model_hf(input_ids=torch.tensor([[tok]]), past_key_values=out.past_key_values, use_cache=True)
        p["tokens"] = tokens
        p["stopped_at_eog"] = bool(tokens and tokens[-1] in eog)
        p["top2_gap"] = gaps
        p["text"] = hf_tok.decode(tokens, skip_special_tokens=True)
        top5 = p["llama_cpp_top5"]
        p["llama_cpp_first_token_agrees"] = None if top5 is None else top5[0][0] == tokens[0]
        print(f"{p['id']}: {len(tokens)} tokens in {time.time() - t0:.1f}s, min gap {min(gaps):.4f}, "
              f"llama.cpp first token agrees: {p['llama_cpp_first_token_agrees']}: {p['text'][:60]!r}")

    ordered = [{k: p[k] for k in ("id", "messages", "prompt_text", "prompt_tokens", "hf_prompt_tokens_agree",
                                  "tokens", "stopped_at_eog", "top2_gap", "text", "llama_cpp_top5",
                                  "llama_cpp_first_token_agrees")} for p in prompts]
    golden = {
        "model": os.path.basename(model),
        "model_sha256": sha256(model),
        "reference": f"transformers {transformers.__version__} / torch {torch.__version__}, fp32 weights "
                     f"dequantised from the GGUF, greedy with KV cache, 1 thread",
        "max_new_tokens": max_new_tokens,
        "eog_ids": eog,
        "prompts": ordered,
    }
    write_json(os.path.join(out_dir, "golden_generate.json"), golden)
    agree = [p["llama_cpp_first_token_agrees"] for p in ordered if p["llama_cpp_first_token_agrees"] is not None]
    print(f"prompts: {len(ordered)}; llama.cpp first token agrees with fp32 on {sum(agree)}/{len(agree)}; "
          f"prompt ids transformers == llama.cpp on {sum(p['hf_prompt_tokens_agree'] for p in ordered)}/{len(ordered)}")


# --------------------------------------------------------------------------------------------
# Unicode tables for src/tokenizer.rs
# --------------------------------------------------------------------------------------------


def gen_unicode_tables(llama_src_dir, out_path):
    """`\\p{L}`, `\\p{N}` and `\\s` as llama.cpp's generated unicode-data.cpp has them."""
    src = open(os.path.join(llama_src_dir, "unicode-data.cpp"), encoding="utf-8").read()
    body = re.search(r"unicode_ranges_flags = \{.*?\n(.*?)\n\};", src, re.S).group(1)
    rows = [(int(a, 16), int(b, 16)) for a, b in re.findall(r"\{0x([0-9A-Fa-f]+), 0x([0-9A-Fa-f]+)\}", body)]
    assert rows[0][0] == 0 and rows[-1][0] == 0x110000

    def cls(flags):  # 0 other, 1 letter (\p{L}), 2 number (\p{N})
        return 1 if flags & 0x0004 else 2 if flags & 0x0002 else 0

    runs = []
    for start, flags in rows[:-1]:
        assert flags != 0, "every code point has some category flag"
        c = cls(flags)
        if not runs or runs[-1][1] != c:
            runs.append((start, c))
    ws_body = re.search(r"unicode_set_whitespace = \{(.*?)\};", src, re.S).group(1)
    ws = sorted(int(x, 16) for x in re.findall(r"0x([0-9A-Fa-f]+)", ws_body))
    lines = [
        "//! Unicode classes for the pre-tokenizer: `\\p{L}`, `\\p{N}` and `\\s` exactly as llama.cpp's",
        "//! `unicode-data.cpp` defines them (generated by `tools/make_golden.py unicode-tables`; do not edit).",
        "//! `CLASS_RUNS[i] = start << 2 | class` (class 0 other, 1 letter, 2 number) holds from `start`",
        "//! up to the next entry's start.",
        "",
        f"pub(super) static CLASS_RUNS: [u32; {len(runs)}] = [",
    ]
    for i in range(0, len(runs), 8):
        lines.append("    " + " ".join(f"0x{(s << 2) | c:08x}," for s, c in runs[i:i + 8]))
    lines.append("];")
    lines.append("")
    lines.append(f"pub(super) static WHITESPACE: [u32; {len(ws)}] = [")
    for i in range(0, len(ws), 8):
        lines.append("    " + " ".join(f"0x{c:05x}," for c in ws[i:i + 8]))
    lines.append("];")
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {out_path}: {len(runs)} class runs, {len(ws)} whitespace code points")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["tokenizer", "generate", "all", "unicode-tables"])
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--out-dir", default=os.path.join(ROOT, "tests", "fixtures"))
    ap.add_argument("--max-new-tokens", type=int, default=64)
    ap.add_argument("--allow-hf-prompt-tokens", action="store_true")
    ap.add_argument("--llama-src", help="llama.cpp's src/ folder (for unicode-tables)")
    args = ap.parse_args()
    if args.what == "unicode-tables":
        if not args.llama_src:
            sys.exit("--llama-src is required")
        gen_unicode_tables(args.llama_src, os.path.join(ROOT, "src", "tokenizer", "unicode_tables.rs"))
        return
    if not os.path.exists(args.model):
        sys.exit(f"model not found: {args.model} (run tools/fetch_model.sh)")
    if args.what in ("tokenizer", "all"):
        make_tokenizer_golden(args.model, args.out_dir)
    if args.what in ("generate", "all"):
        make_generate_golden(args.model, args.out_dir, args.max_new_tokens, args.allow_hf_prompt_tokens)


if __name__ == "__main__":
    main()
