#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""PyTorch twin of the kit's benchmark mode `dotnet run -c Release --project bench/MedNet.Benchmarks -- twin`.

Developer-only. Run with Debian's /usr/bin/python3 (python3-torch 1.13) and OpenBLAS-OpenMP loaded:

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp /usr/bin/python3 tools/twin/twin.py --serve

The kit starts it that way itself. Protocol (one line in, one line out):
    run NAME THREADS  -> "ok MS_PER_ITERATION REPS"   (first call per (NAME, THREADS) warms up and calibrates)
    has NAME          -> "ok yes" | "ok no"
    list              -> "ok NAME NAME ..."
    quit
On start it prints "ok <torch version, BLAS library, threads backend>" or "error <reason>".

Standalone: `twin.py --table [--filter A,B] [--threads 1,2] [--rounds N]` prints PyTorch's figures alone.

Workloads come from every tools/twin/workloads_*.py: each defines WORKLOADS = {name: make}, where make() builds seeded
modules/inputs (after torch.set_num_threads) and returns a function running one iteration. Names must be unique.
"""
import glob
import importlib.util
import os
import statistics
import sys
import time

ROUND_SECONDS = 0.1
WARMUP_SECONDS = 0.3


def load_workloads():
    """Merges WORKLOADS from every workloads_*.py next to this file, in file-name order."""
    here = os.path.dirname(os.path.abspath(__file__))
    merged = {}
    for path in sorted(glob.glob(os.path.join(here, "workloads_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for key, make in getattr(module, "WORKLOADS", {}).items():
            if key in merged:
                raise ValueError(f"twin: workload {key!r} defined twice (second time in {path})")
            merged[key] = make
    return merged


def blas_library():
    """The BLAS shared object mapped into this process (after a matmul has loaded it)."""
    import torch
    torch.ones(64, 64) @ torch.ones(64, 64)
    libs = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            base = os.path.basename(path)
            if "blas" in base or "mkl" in base:
                libs.add(os.path.realpath(path))
    return ", ".join(sorted(libs)) or "none found"


class Runner:
    def __init__(self, workloads):
        self.workloads = workloads
        self.instances = {}

    def run(self, name, threads):
        import torch
        torch.set_num_threads(threads)
        key = (name, threads)
        if key not in self.instances:
            step = self.workloads[name]()
            start = time.perf_counter()
            n = 0
            while n < 3 or time.perf_counter() - start < WARMUP_SECONDS:
                step()
                n += 1
            start = time.perf_counter()
            for _ in range(3):
                step()
            per_iter = (time.perf_counter() - start) / 3
            reps = max(1, round(ROUND_SECONDS / max(per_iter, 1e-7)))
            self.instances[key] = (step, reps)
        step, reps = self.instances[key]
        start = time.perf_counter()
        for _ in range(reps):
            step()
        return (time.perf_counter() - start) * 1000.0 / reps, reps


def banner():
    import torch
    return (f"torch {torch.__version__}, BLAS {blas_library()}, "
            f"{torch.__config__.parallel_info().splitlines()[-1].strip()}")


def serve():
    try:
        import torch  # noqa: F401
        workloads = load_workloads()
        print("ok " + banner(), flush=True)
    except Exception as e:  # report any start failure on the protocol line
        print(f"error {type(e).__name__}: {e}".replace("\n", " "), flush=True)
        return 1
    runner = Runner(workloads)
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        try:
            if parts[0] == "quit":
                break
            if parts[0] == "has" and len(parts) == 2:
                print("ok yes" if parts[1] in workloads else "ok no", flush=True)
            elif parts[0] == "list":
                print("ok " + " ".join(workloads), flush=True)
            elif parts[0] == "run" and len(parts) == 3:
                if parts[1] not in workloads:
                    print(f"error unknown workload {parts[1]}", flush=True)
                    continue
                ms, reps = runner.run(parts[1], int(parts[2]))
                print(f"ok {ms:.6f} {reps}", flush=True)
            else:
                print(f"error expected 'run NAME THREADS', 'has NAME', 'list' or 'quit' but got {line.strip()!r}", flush=True)
        except Exception as e:
            print(f"error {type(e).__name__}: {e}".replace("\n", " "), flush=True)
    return 0


def table(argv):
    filters, threads, rounds = [], [1, 2], 7
    i = 0
    while i < len(argv):
        if argv[i] == "--filter":
            filters += argv[i + 1].split(",")
        elif argv[i] == "--threads":
            threads = [int(t) for t in argv[i + 1].split(",")]
        elif argv[i] == "--rounds":
            rounds = int(argv[i + 1])
        else:
            raise SystemExit(f"twin.py: unknown argument {argv[i]!r}")
        i += 2
    workloads = load_workloads()
    runner = Runner(workloads)
    print(banner())
    print("| workload | threads | PyTorch ms | load |")
    print("|---|---:|---:|---|")
    for name in workloads:
        if filters and not any(f.lower() in name.lower() for f in filters):
            continue
        for t in threads:
            ms = statistics.median(runner.run(name, t)[0] for _ in range(rounds))
            with open("/proc/loadavg") as f:
                load = " ".join(f.read().split()[:3])
            print(f"| {name} | {t} | {ms:.3f} | {load} |")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--serve":
        sys.exit(serve())
    if len(sys.argv) > 1 and sys.argv[1] == "--table":
        sys.exit(table(sys.argv[2:]))
    print(__doc__)
    sys.exit(2)
