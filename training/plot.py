"""Loss curves of training runs.

    python -m training.plot RUN_DIR OUT.png              # one run: losses and accuracies by step, and
                                                         # held-out tokens/step of RUN_DIR/accept-*.json
    python -m training.plot RUN_DIR RUN_DIR ... OUT.png  # recipes: sampler CE / accuracy by CPU-minutes
"""
import argparse
import glob
import json
import os


def smooth(v, w=10):
    out, acc = [], []
    for x in v:
        acc.append(x)
        acc = acc[-w:]
        out.append(sum(acc) / len(acc))
    return out


def read_log(run):
    rows = [json.loads(line) for line in open(f"{run}/log.jsonl")]
    # a resumed run may repeat steps: keep the last record of each step
    by = {r["step"]: r for r in rows}
    return [by[s] for s in sorted(by)]


def heldout(run):
    """{(records, key): [(step, tokens/step)]} from the run's ``training.accept --json`` files
    (``accept-*.json``, scored on checkpoints of this run; step 0 is the adapter it started from)."""
    out = {}
    for path in sorted(glob.glob(os.path.join(run, "accept-*.json"))):
        doc = json.load(open(path))
        if doc.get("step") is None:
            continue
        name = "+".join(r.replace("smollm2-135m-k4.", "").replace(".json", "") for r in doc["records"])
        for key, per in doc["summary"].items():
            out.setdefault((name, key), []).append((doc["step"], per["all"]["tokens_per_step"]))
    return {k: sorted(v) for k, v in out.items()}


def one_run(plt, run, out):
    recs = read_log(run)
    steps = [r["step"] for r in recs]
    held = heldout(run)
    fig, ax = plt.subplots(1, 3 if held else 2, figsize=(16 if held else 11, 4))
    for key in ("ce", "sampler", "kl", "skl", "lc"):
        if all(r.get(key) is not None for r in recs):
            ax[0].plot(steps, smooth([r[key] for r in recs]), label=key)
    ax[0].set_xlabel("step")
    ax[0].set_ylabel("loss (10-step mean)")
    ax[0].set_title("mask CE / KL, sampler CE / KL, latent consistency (MSE)")
    ax[0].legend()
    for key, style, what in (("sacc", "-", "sampler"), ("acc", "--", "mask-logit")):
        if any(r.get(key) is None for r in recs):
            continue  # that head was not computed in this run
        for m in range(len(recs[-1][key])):
            ax[1].plot(steps, smooth([r[key][m] for r in recs]), style, label=f"{what} acc, mask {m + 1}")
    ax[1].set_xlabel("step")
    ax[1].set_ylabel("teacher-forced top-1 accuracy (10-step mean)")
    ax[1].legend(fontsize=7)
    for (name, key), pts in held.items():
        ax[2].plot([p for p, _ in pts], [v for _, v in pts], "o-", label=f"{name}, k={key}")
    if held:
        ax[2].set_xlabel("step")
        ax[2].set_ylabel("held-out tokens/step (training.accept)")
        ax[2].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out, dpi=90)
    print(f"wrote {out} ({len(steps)} steps, {len(held)} held-out curves)")


def recipes(plt, runs, out):
    fig, ax = plt.subplots(1, 2, figsize=(11, 4))
    for run in runs:
        recs = read_log(run)
        cpu = [r["cpu_s"] / 60 for r in recs]
        name = os.path.basename(run.rstrip("/"))
        ax[0].plot(cpu, smooth([r["sampler"] for r in recs]), label=name)
        ax[1].plot(cpu, smooth([sum(r["sacc"]) / len(r["sacc"]) for r in recs]), label=name)
    ax[0].set_ylabel("sampler CE on the training batches (10-step mean)")
    ax[1].set_ylabel("sampler top-1 accuracy, mean over masks (10-step mean)")
    for a in ax:
        a.set_xlabel("CPU-minutes (process time, this segment)")
        a.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out, dpi=90)
    print(f"wrote {out} ({len(runs)} runs)")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog=__doc__.split("\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runs", nargs="+", metavar="RUN_DIR", help="run folders (log.jsonl, accept-*.json)")
    ap.add_argument("out", metavar="OUT.png")
    a = ap.parse_args(argv)
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if len(a.runs) == 1:
        one_run(plt, a.runs[0], a.out)
    else:
        recipes(plt, a.runs, a.out)


if __name__ == "__main__":
    main()
