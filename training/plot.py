"""Loss curves of a training run: python -m training.plot RUN_DIR OUT.png"""
import json
import sys


def main(argv=None):
    argv = argv or sys.argv[1:]
    run, out = argv[0], argv[1]
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [json.loads(l) for l in open(f"{run}/log.jsonl")]
    # a resumed run may repeat steps: keep the last record of each step
    by = {r["step"]: r for r in rows}
    steps = sorted(by)

    def smooth(v, w=10):
        out, acc = [], []
        for x in v:
            acc.append(x)
            acc = acc[-w:]
            out.append(sum(acc) / len(acc))
        return out

    fig, ax = plt.subplots(1, 2, figsize=(11, 4))
    for key in ("ce", "sampler", "kl", "skl", "lc"):
        if all(by[s].get(key) is not None for s in steps):
            ax[0].plot(steps, smooth([by[s][key] for s in steps]), label=key)
    ax[0].set_xlabel("step")
    ax[0].set_ylabel("loss (10-step mean)")
    ax[0].set_title("mask CE / KL, sampler CE / KL, latent consistency (MSE)")
    ax[0].legend()
    for key, style, what in (("sacc", "-", "sampler"), ("acc", "--", "mask-logit")):
        if any(by[s].get(key) is None for s in steps):
            continue  # that head was not computed in this run
        for r in range(len(by[steps[-1]][key])):
            ax[1].plot(steps, smooth([by[s][key][r] for s in steps]), style, label=f"{what} acc, mask {r + 1}")
    ax[1].set_xlabel("step")
    ax[1].set_ylabel("teacher-forced top-1 accuracy (10-step mean)")
    ax[1].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out, dpi=90)
    print(f"wrote {out} ({len(steps)} steps)")


if __name__ == "__main__":
    main()
