# SPDX-License-Identifier: MIT
"""Sequence-regime twin workloads (issue 13): MultiheadAttention and BiLSTM at paper 002's classifier size, same shapes and
names as bench/MedNet.Benchmarks/Twin/SequenceWorkloads.cs. Each make() builds seeded modules/inputs and returns one iteration:
forward + backward with a fixed random output gradient (inputs require grad), or an eval forward under no_grad."""
import torch
import torch.nn as nn

from twin_layers import layer

BATCH, STEPS, WIDTH, HEADS = 64, 90, 64, 4


def attention(need_weights):
    def build(training):
        m = nn.MultiheadAttention(WIDTH, HEADS, batch_first=True)
        m.train(training)
        return lambda xs: m(xs[0], xs[0], xs[0], need_weights=need_weights)[0]
    return build


def lstm(layers):
    def build(training):
        m = nn.LSTM(WIDTH, WIDTH, num_layers=layers, bidirectional=True, batch_first=True)
        m.train(training)
        return lambda xs: m(xs[0])[0]
    return build


SHAPE = [(BATCH, STEPS, WIDTH)]
WORKLOADS = {
    "mha/fwd_bwd": layer(SHAPE, attention(True)),
    "mha_noweights/fwd_bwd": layer(SHAPE, attention(False)),
    "mha/infer": layer(SHAPE, attention(True), inference=True),
    "mha_noweights/infer": layer(SHAPE, attention(False), inference=True),
    "bilstm/fwd_bwd": layer(SHAPE, lstm(1)),
    "bilstm/infer": layer(SHAPE, lstm(1), inference=True),
    "bilstm2/fwd_bwd": layer(SHAPE, lstm(2)),
    "bilstm2/infer": layer(SHAPE, lstm(2), inference=True),
}
