# SPDX-License-Identifier: MIT
"""Conv-regime twin workloads (issue 13): the conv stack and the layers inside it, same shapes and names as
bench/MedNet.Benchmarks/Twin/TwinWorkloads.cs. Each make() builds seeded modules/inputs and returns one iteration."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from twin_layers import layer

BATCH, LENGTH, CLASSES = 64, 360, 5


class ConvStack(nn.Module):
    """Conv1d 1→32 k7 p3, BatchNorm1d, ReLU, Conv1d 32→64 k5 p2, ReLU, depthwise k3 p1, pointwise, MaxPool1d(2), GAP, Linear."""

    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(1, 32, 7, padding=3), nn.BatchNorm1d(32), nn.ReLU(),
            nn.Conv1d(32, 64, 5, padding=2), nn.ReLU(),
            nn.Conv1d(64, 64, 3, padding=1, groups=64), nn.Conv1d(64, 64, 1),
            nn.MaxPool1d(2), nn.AdaptiveAvgPool1d(1))
        self.head = nn.Linear(64, CLASSES)

    def forward(self, x):
        return self.head(self.features(x).reshape(x.shape[0], 64))


def _stack():
    torch.manual_seed(0)
    model = ConvStack()
    x = torch.randn(BATCH, 1, LENGTH)
    y = torch.arange(BATCH) % CLASSES
    return model, x, y


def conv_stack_fwd_bwd():
    model, x, y = _stack()

    def step():
        model.zero_grad(set_to_none=True)
        F.cross_entropy(model(x), y).backward()
    return step


def conv_stack_train_adam():
    model, x, y = _stack()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def step():
        opt.zero_grad(set_to_none=True)
        F.cross_entropy(model(x), y).backward()
        opt.step()
    return step


def conv_stack_infer():
    model, x, _ = _stack()
    model.eval()

    def step():
        with torch.no_grad():
            model(x)
    return step


def conv_stack_adam_step():
    model, x, y = _stack()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    F.cross_entropy(model(x), y).backward()
    return opt.step


def module(make_module):
    def build(training):
        m = make_module()
        m.train(training)
        return lambda xs: m(xs[0])
    return build


def function(f):
    return lambda training: (lambda xs: f(*xs))


WORKLOADS = {
    "conv_stack/fwd_bwd": conv_stack_fwd_bwd,
    "conv_stack/train_adam": conv_stack_train_adam,
    "conv_stack/infer": conv_stack_infer,
    "conv_stack/adam_step": conv_stack_adam_step,
    "conv1_k7/fwd_bwd": layer([(64, 1, 360)], module(lambda: nn.Conv1d(1, 32, 7, padding=3))),
    "conv2_k5/fwd_bwd": layer([(64, 32, 360)], module(lambda: nn.Conv1d(32, 64, 5, padding=2))),
    "pointwise/fwd_bwd": layer([(64, 64, 360)], module(lambda: nn.Conv1d(64, 64, 1))),
    "depthwise/fwd_bwd": layer([(64, 64, 360)], module(lambda: nn.Conv1d(64, 64, 3, padding=1, groups=64))),
    "depthwise/infer": layer([(64, 64, 360)], module(lambda: nn.Conv1d(64, 64, 3, padding=1, groups=64)), inference=True),
    "batchnorm1d/fwd_bwd": layer([(64, 32, 360)], module(lambda: nn.BatchNorm1d(32))),
    "batchnorm1d/infer": layer([(64, 32, 360)], module(lambda: nn.BatchNorm1d(32)), inference=True),
    "relu32/fwd_bwd": layer([(64, 32, 360)], function(torch.relu)),
    "relu64/fwd_bwd": layer([(64, 64, 360)], function(torch.relu)),
    "relu64/infer": layer([(64, 64, 360)], function(torch.relu), inference=True),
    "sigmoid/fwd_bwd": layer([(64, 64, 360)], function(torch.sigmoid)),
    "dropout/fwd_bwd": layer([(64, 64, 360)], module(lambda: nn.Dropout(0.2))),
    "add/fwd_bwd": layer([(64, 64, 360), (64, 64, 360)], function(lambda a, b: a + b)),
    "maxpool2/fwd_bwd": layer([(64, 64, 360)], module(lambda: nn.MaxPool1d(2))),
    "gap/fwd_bwd": layer([(64, 64, 180)], module(lambda: nn.AdaptiveAvgPool1d(1))),
}
