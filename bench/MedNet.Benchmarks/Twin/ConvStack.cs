// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Benchmarks.Twin;

/// <summary>
/// The conv stack of issue 13's table, as in tools/twin/workloads_conv.py: Conv1d 1→32 k7 p3, BatchNorm1d(32), ReLU,
/// Conv1d 32→64 k5 p2, ReLU, depthwise Conv1d(64, k3, p1, groups 64), pointwise Conv1d 64→64 k1, MaxPool1d(2),
/// global average pool, Linear 64→5, cross-entropy, on a (64, 1, 360) batch.
/// </summary>
internal sealed class ConvStack
{
    internal const int Batch = 64;
    internal const int Length = 360;
    internal const int Classes = 5;

    internal ConvStack()
    {
        torch.manual_seed(0);
        Conv1 = torch.nn.Conv1d(1, 32, 7, padding: 3);
        Norm = torch.nn.BatchNorm1d(32);
        Conv2 = torch.nn.Conv1d(32, 64, 5, padding: 2);
        Depthwise = torch.nn.Conv1d(64, 64, 3, padding: 1, groups: 64);
        Pointwise = torch.nn.Conv1d(64, 64, 1);
        Pool = torch.nn.MaxPool1d(2);
        Gap = torch.nn.AdaptiveAvgPool1d(1);
        Head = torch.nn.Linear(64, Classes);
        Model = torch.nn.Sequential(Conv1, Norm, torch.nn.ReLU(), Conv2, torch.nn.ReLU(), Depthwise, Pointwise, Pool, Gap);
        X = torch.randn(Batch, 1, Length);
        var labels = new float[Batch];
        for (var i = 0; i < Batch; i++)
        {
            labels[i] = i % Classes;
        }

        Y = torch.tensor(labels);
    }

    internal Conv1d Conv1 { get; }

    internal BatchNorm1d Norm { get; }

    internal Conv1d Conv2 { get; }

    internal Conv1d Depthwise { get; }

    internal Conv1d Pointwise { get; }

    internal MaxPool1d Pool { get; }

    internal AdaptiveAvgPool1d Gap { get; }

    internal Linear Head { get; }

    internal Sequential Model { get; }

    internal Tensor X { get; }

    internal Tensor Y { get; }

    internal IEnumerable<Tensor> Parameters()
    {
        foreach (var p in Model.parameters())
        {
            yield return p;
        }

        foreach (var p in Head.parameters())
        {
            yield return p;
        }
    }

    internal void ZeroGrad()
    {
        Model.zero_grad();
        Head.zero_grad();
    }

    /// <summary>Logits (64, 5).</summary>
    internal Tensor Logits() => Head.call(Model.call(X).reshape(Batch, 64));

    /// <summary>Mean cross-entropy of the batch.</summary>
    internal Tensor Loss() => torch.nn.functional.cross_entropy(Logits(), Y);
}
