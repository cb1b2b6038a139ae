# SPDX-License-Identifier: MIT
"""The one per-layer workload shape both workloads_*.py files build on (twin.py runs from this folder, so it imports)."""
import torch


def layer(shapes, build, inference=False):
    """Forward + backward with a fixed output gradient (inputs require grad), or eval forward under no_grad."""
    def make():
        torch.manual_seed(0)
        apply = build(not inference)
        xs = [torch.randn(*s).requires_grad_(not inference) for s in shapes]
        with torch.no_grad():
            g = torch.randn(apply(xs).shape)

        def step():
            if inference:
                with torch.no_grad():
                    apply(xs)
                return
            for x in xs:
                x.grad = None
            apply(xs).backward(g)
        return step
    return make
