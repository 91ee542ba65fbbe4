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
