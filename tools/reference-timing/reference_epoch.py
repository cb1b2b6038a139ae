#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Times training epochs of a reference PyTorch model on MBA (developer-only; see README.md).

The model classes come from a checkout of the reference repository (--repo); this file only builds MBA windows the way
DTAAD's convert_to_windows does (window i = rows i-W .. i-1, rows before 0 repeat row 0), runs the repository's model
in float64 as that repository does, and times epochs of batches of 128 windows in order with the lambda-weighted loss
of DTAAD's backprop. It prints one line per timed epoch and a last line `seconds_per_epoch=...`.
"""
import argparse
import csv
import os
import sys
import time
import types


def load_mba(folder):
    rows = []
    with open(os.path.join(folder, "train.csv"), newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        for r in reader:
            rows.append([float(v) for v in r[1:]])
    return header[1:], rows


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--repo", required=True, help="checkout of Yu-Lingrui/DTAAD (--model dtaad) or EhsaasN/DUAL_TCN_ATTN at 569f3e53 (--model mednet)")
    p.add_argument("--model", choices=["dtaad", "mednet"], required=True)
    p.add_argument("--data", required=True, help="folder with MBA train.csv (the kit's data/mba)")
    p.add_argument("--epochs", type=int, default=3, help="timed epochs after one untimed warm-up epoch")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()

    import torch
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    # The repositories parse sys.argv at import (src/parser.py) and DTAAD's src/models.py imports dgl, which only its
    # graph models use: give the parser MBA/DTAAD and the import an empty stand-in.
    sys.argv = [sys.argv[0], "--dataset", "MBA", "--model", "DTAAD"]
    if "dgl" not in sys.modules:
        dgl = types.ModuleType("dgl")
        dgl.nn = types.ModuleType("dgl.nn")
        dgl.nn.pytorch = types.ModuleType("dgl.nn.pytorch")
        dgl.nn.pytorch.GATConv = object
        sys.modules.update({"dgl": dgl, "dgl.nn": dgl.nn, "dgl.nn.pytorch": dgl.nn.pytorch})
    sys.path.insert(0, os.path.abspath(a.repo))
    os.chdir(os.path.abspath(a.repo))

    _, rows = load_mba(a.data)
    x = torch.tensor(rows, dtype=torch.float64)
    lo, hi = x.min(0).values, x.max(0).values
    x = (x - lo) / (hi - lo + 1e-4)
    n, c = x.shape

    if a.model == "dtaad":
        from src.models import DTAAD
        model = DTAAD(c).double()
        optimizer = torch.optim.AdamW(model.parameters(), lr=model.lr, weight_decay=1e-5)
        scheduler = torch.optim.lr_scheduler.StepLR(optimizer, 5, 0.9)
    else:
        from src.enhanced_dtaad_optimized import OptimizedEnhancedDTAAD
        model = OptimizedEnhancedDTAAD(c).double()
        # As the branch's train_optimized_enhanced_dtaad.py on MBA; the optimiser is built before the first forward.
        optimizer = torch.optim.AdamW(model.parameters(), lr=5e-3, weight_decay=1e-4)
        scheduler = torch.optim.lr_scheduler.StepLR(optimizer, 10, 0.9)
    w = model.n_window
    batch = model.batch

    idx = torch.arange(n).unsqueeze(1) + torch.arange(-w, 0).unsqueeze(0)  # (n, w): rows i-w .. i-1
    windows = x[idx.clamp(min=0)].permute(0, 2, 1).contiguous()  # (n, c, w)

    mse = torch.nn.MSELoss(reduction="none")
    lam = 0.8

    def epoch():
        model.train()
        start = time.perf_counter()
        losses = []
        for s in range(0, n, batch):
            d = windows[s:s + batch]
            elem = d[:, :, -1].reshape(1, d.shape[0], c)
            z = model(d)
            loss = torch.mean(lam * mse(z[0].permute(1, 0, 2), elem) + (1 - lam) * mse(z[1].permute(1, 0, 2), elem))
            losses.append(loss.item())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        scheduler.step()
        return time.perf_counter() - start, sum(losses) / len(losses)

    print(f"model={a.model} reference={os.path.basename(os.path.abspath(a.repo))} torch={torch.__version__} dtype=float64 windows={n} window={w} batch={batch} threads={torch.get_num_threads()} seed={a.seed}")
    epoch()
    total = 0.0
    for e in range(1, a.epochs + 1):
        seconds, loss = epoch()
        total += seconds
        print(f"epoch={e} loss={loss:.6g} seconds={seconds:.4f}")
    print(f"seconds_per_epoch={total / a.epochs:.4f}")


if __name__ == "__main__":
    main()
