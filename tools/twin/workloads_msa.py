# SPDX-License-Identifier: MIT
"""[MSA] classifier twin workloads (issue 14): the Table 2 full network ("+ HF Preservation", guided attention, standard
branches) at the paper's widths with 12 leads, the same layers in the same order as src/MedNet.Models/Classification
(MsaClassifier, MultiScaleResUBlock, ScaleBranch, ChannelAttention, GuidedSpatialAttention, TemporalSelfAttention), and
names as bench/MedNet.Benchmarks/Twin/MsaWorkloads.cs. The parameter count is asserted equal to the kit's (1,241,004 full,
621,420 compressed, D-MS-20) and printed to stderr. Inputs carry the QRS and ST-T priors as two extra channels."""
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

LEADS, CLASSES, FS = 12, 5, 360
TRAIN_BATCH, TRAIN_LENGTH = 32, 900  # the 2.5 s beat windows every profile trains on (D-MS-04)
KIT_PARAMETERS = {"standard": 1_241_004, "separable": 621_420}


class ConvBnRelu(nn.Module):
    def __init__(self, cin, cout, k):
        super().__init__()
        self.conv = nn.Conv1d(cin, cout, k, padding=k // 2, bias=False)
        self.bn = nn.BatchNorm1d(cout)

    def forward(self, x):
        return F.relu(self.bn(self.conv(x)))


class ScaleBranch(nn.Module):
    def __init__(self, cin, cout, k, separable):
        super().__init__()
        if separable:
            self.conv = nn.Sequential(nn.Conv1d(cin, cin, k, padding=k // 2, groups=cin, bias=False), nn.Conv1d(cin, cout, 1, bias=False))
        else:
            self.conv = nn.Conv1d(cin, cout, k, padding=k // 2, bias=False)
        self.bn = nn.BatchNorm1d(cout)

    def forward(self, x):
        return F.relu(self.bn(self.conv(x)))


class MultiScaleResUBlock(nn.Module):
    def __init__(self, cin, branch, cout, kernels, separable):
        super().__init__()
        self.branches = nn.ModuleList([ScaleBranch(cin, branch, k, separable) for k in kernels])
        self.fuse = nn.Conv1d(branch * len(kernels), cout, 1, bias=False)
        self.fuse_bn = nn.BatchNorm1d(cout)
        self.shortcut = None if cin == cout else nn.Sequential(nn.Conv1d(cin, cout, 1, bias=False), nn.BatchNorm1d(cout))

    def forward(self, x):
        fused = self.fuse_bn(self.fuse(torch.cat([b(x) for b in self.branches], 1)))
        return F.relu(fused + (x if self.shortcut is None else self.shortcut(x)))


class MsaClassifier(nn.Module):
    """stem → 3 multi-scale blocks → SE (r 16) → guided spatial attention → x + MHSA(x) → 2 × BiLSTM(64) → mean + max → FC."""

    def __init__(self, separable=False, mask_kernel=37):
        super().__init__()
        self.stem = ConvBnRelu(LEADS, 64, 7)
        self.blocks = nn.ModuleList([MultiScaleResUBlock(64 if i == 0 else 192, 64, 192, [3, 7, 15], separable) for i in range(3)])
        self.se_fc1, self.se_fc2 = nn.Linear(192, 12), nn.Linear(12, 192)
        self.map_conv = nn.Conv1d(2, 1, 7, padding=3)
        self.mask_conv = nn.Conv1d(2, 2, mask_kernel, padding=mask_kernel // 2, groups=2)
        self.attention = nn.MultiheadAttention(192, 4, batch_first=True)
        self.lstm = nn.LSTM(192, 64, num_layers=2, batch_first=True, bidirectional=True)
        self.fc1, self.dropout, self.fc2 = nn.Linear(128, 64), nn.Dropout(0.5), nn.Linear(64, CLASSES)

    def forward(self, inputs):
        x, priors = inputs[:, :LEADS], inputs[:, LEADS:]
        x = self.stem(x)
        for block in self.blocks:
            x = block(x)
        x = x * torch.sigmoid(self.se_fc2(F.relu(self.se_fc1(x.mean(2))))).unsqueeze(2)
        s = torch.sigmoid(self.map_conv(torch.cat([x.mean(1, keepdim=True), x.amax(1, keepdim=True)], 1)))
        m = torch.sigmoid(self.mask_conv(priors))
        union = 1 - (1 - m[:, :1]) * (1 - m[:, 1:])
        x = x * (s * union)
        tokens = x.transpose(1, 2)
        x = x + self.attention(tokens, tokens, tokens, need_weights=False)[0].transpose(1, 2)
        h = self.lstm(x.transpose(1, 2))[0]
        pooled = h.mean(1) + h.amax(1)
        return self.fc2(self.dropout(F.relu(self.fc1(pooled))))


def _model(separable):
    torch.manual_seed(0)
    model = MsaClassifier(separable)
    kind = "separable" if separable else "standard"
    n = sum(p.numel() for p in model.parameters())
    print(f"msa twin ({kind} branches, {LEADS} leads): PyTorch parameters {n:,}, kit {KIT_PARAMETERS[kind]:,}", file=sys.stderr)
    assert n == KIT_PARAMETERS[kind], f"PyTorch twin has {n} parameters, the kit's network {KIT_PARAMETERS[kind]}"
    return model


def _inputs(batch, length):
    x = torch.randn(batch, LEADS, length)
    priors = torch.zeros(batch, 2, length)
    for r in range(int(0.4 * FS), length, int(0.8 * FS)):
        priors[:, 0, max(0, r - 18):r + 19] = 1  # QRS R ± 50 ms
        priors[:, 1, r + 36:r + 109] = 1  # ST-T R + 100 … 300 ms
    return torch.cat([x, priors], 1)


def msa_full_train_adam():
    model = _model(separable=False)
    model.train()
    x = _inputs(TRAIN_BATCH, TRAIN_LENGTH)
    y = torch.arange(TRAIN_BATCH) % CLASSES
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def step():
        opt.zero_grad(set_to_none=True)
        F.cross_entropy(model(x), y).backward()
        opt.step()
    return step


def msa_compressed_infer():
    model = _model(separable=True)
    model.eval()
    x = _inputs(1, 3600)

    def step():
        with torch.no_grad():
            model(x)
    return step


WORKLOADS = {
    "msa_full/train_adam": msa_full_train_adam,
    "msa_compressed/infer": msa_compressed_infer,
}
