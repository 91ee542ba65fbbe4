import collections

from training import prompts as P


def test_prompt_set_in_repo_is_the_generated_one():
    rows = P.load()
    assert rows == P.build()  # regenerable from the templates, nothing hand-edited
    assert len(rows) >= 1000
    assert len({r["prompt"] for r in rows}) == len(rows)
    ho = [r for r in rows if r["split"] == "heldout"]
    assert len(ho) >= 100
    per = collections.Counter(r["domain"] for r in ho)
    assert set(per) == set(P.DOMAINS) and len(set(per.values())) == 1  # balanced
    train = {r["prompt"] for r in rows if r["split"] == "train"}
    assert not train & {r["prompt"] for r in ho}
    code = [r["prompt"] for r in rows if r["domain"] == "code"]
    assert sum(any(l in p for p in code) for l in P.LANGS) >= 5  # several languages


def _content(dom, prompt, fresh=False):
    """What a templated prompt asks about, read back from its text with the template tables (not
    with prompts._domains, whose keys this checks): the set of content items it names. With
    ``fresh`` the reader also knows the ``FRESH_*`` fillers."""
    f = (lambda old, new: old + new) if fresh else (lambda old, new: old)
    if dom == "chat":
        return {t for t in f(P.TOPICS, P.FRESH_TOPICS) if f" {t}" in prompt}
    if dom == "code":
        return {(l, k) for l in P.LANGS for k in f(P.CODE_TASKS, P.FRESH_CODE_TASKS) if f" {l} " in prompt and k in prompt}
    if dom == "lists":
        return {t for t in f(P.LIST_TOPICS, P.FRESH_LIST_TOPICS) if t in prompt}
    if dom == "summary":
        return {x[0] for x in f(P.SUMMARY_FACTS, P.FRESH_SUMMARY_FACTS) if x[0] in prompt}
    if dom == "story":
        return {(c, e) for c in f(P.CHARS, P.FRESH_CHARS) for e in f(P.EVENTS, P.FRESH_EVENTS)
                if c in prompt and e in prompt}
    if dom == "translation":
        return {(l, s) for l in P.TRANS_LANGS for s in f(P.TRANS_SENT, P.FRESH_TRANS_SENT) if l in prompt and s in prompt}
    if dom == "instruction":
        return {a for a in f(P.ACTIONS, P.FRESH_ACTIONS) if a in prompt}
    return {prompt}


def test_extra_prompts_ask_nothing_a_heldout_prompt_asks():
    """The extra train prompts (data/prompts-extra-train.jsonl) are generated, new, and none
    asks what a held-out prompt asks in another template's words."""
    extra = P.load(P.EXTRA_OUT)
    assert extra == P.build_extra()
    rows = P.load()
    assert not {r["prompt"] for r in extra} & {r["prompt"] for r in rows}
    assert not {r["id"] for r in extra} & {r["id"] for r in rows}
    assert {r["domain"] for r in extra} == set(P.DOMAINS) and len(extra) >= 1000
    for dom in P.DOMAINS:
        held = set().union(*(_content(dom, r["prompt"]) for r in rows
                             if r["split"] == "heldout" and r["domain"] == dom))
        assert held, dom  # the reader finds what each domain's held-out prompts ask
        for r in extra:
            if r["domain"] == dom:
                c = _content(dom, r["prompt"])
                assert c and not c & held, r


def test_fresh_prompts_ask_nothing_a_heldout_prompt_asks():
    """The fresh train prompts (data/prompts-fresh-train.jsonl: the templates with new fillers) are
    generated, new, and each names exactly one content that no held-out prompt of its domain names,
    read with the old and the new fillers together (so a new filler hiding an old one is caught)."""
    fresh = P.load(P.FRESH_OUT)
    assert fresh == P.build_fresh()
    rows = P.load()
    others = rows + P.load(P.EXTRA_OUT)
    assert not {r["prompt"] for r in fresh} & {r["prompt"] for r in others}
    assert not {r["id"] for r in fresh} & {r["id"] for r in others}
    assert len({r["prompt"] for r in fresh}) == len(fresh) >= 1000
    assert collections.Counter(r["domain"] for r in fresh) == P.FRESH_CAPS
    for dom in P.DOMAINS:
        held = set().union(*(_content(dom, r["prompt"], fresh=True) for r in rows
                             if r["split"] == "heldout" and r["domain"] == dom))
        assert held, dom
        for r in fresh:
            if r["domain"] == dom:
                c = _content(dom, r["prompt"], fresh=True)
                assert len(c) == 1 and not c & held, r
