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
    for key in ("ce", "sampler", "lc"):
        ax[0].plot(steps, smooth([by[s][key] for s in steps]), label=key)
    ax[0].set_xlabel("step")
    ax[0].set_ylabel("loss (10-step mean)")
    ax[0].set_title("mask CE, sampler CE, latent consistency (MSE)")
    ax[0].legend()
    k = len(by[steps[-1]]["sacc"])
    for r in range(k):
        ax[1].plot(steps, smooth([by[s]["sacc"][r] for s in steps]), label=f"sampler acc, mask {r + 1}")
        ax[1].plot(steps, smooth([by[s]["acc"][r] for s in steps]), "--", label=f"mask-logit acc, mask {r + 1}")
    ax[1].set_xlabel("step")
    ax[1].set_ylabel("teacher-forced top-1 accuracy (10-step mean)")
    ax[1].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out, dpi=90)
    print(f"wrote {out} ({len(steps)} steps)")


if __name__ == "__main__":
    main()
