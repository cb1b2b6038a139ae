// SPDX-License-Identifier: MIT
using MedNet.Tensors;

namespace MedNet.Benchmarks.Twin;

/// <summary>Sequence-regime twin workloads (issue 13): paper 002's MultiheadAttention and BiLSTM on (64, 90, 64); twins in tools/twin/workloads_sequence.py.</summary>
internal static class SequenceWorkloads
{
    private const int Batch = 64;
    private const int Steps = 90;
    private const int Width = 64;
    private const int Heads = 4;

    /// <summary>Factories, one per workload.</summary>
    internal static IReadOnlyList<Func<ITwinWorkload>> All { get; } =
    [
        () => Layer("mha/fwd_bwd", Attention(needWeights: true)),
        () => Layer("mha_noweights/fwd_bwd", Attention(needWeights: false)),
        () => Layer("mha/infer", Attention(needWeights: true), inference: true),
        () => Layer("mha_noweights/infer", Attention(needWeights: false), inference: true),
        () => Layer("bilstm/fwd_bwd", Lstm(1)),
        () => Layer("bilstm/infer", Lstm(1), inference: true),
        () => Layer("bilstm2/fwd_bwd", Lstm(2)),
        () => Layer("bilstm2/infer", Lstm(2), inference: true),
    ];

    private static LayerWorkload Layer(string name, Func<bool, Func<Tensor[], Tensor>> build, bool inference = false) =>
        new(name, [[Batch, Steps, Width]], build, inference);

    private static Func<bool, Func<Tensor[], Tensor>> Attention(bool needWeights) => training =>
    {
        var m = torch.nn.MultiheadAttention(Width, Heads, batch_first: true);
        m.train(training);
        return x => m.forward(x[0], x[0], x[0], need_weights: needWeights).output;
    };

    private static Func<bool, Func<Tensor[], Tensor>> Lstm(int layers) => training =>
    {
        var m = torch.nn.LSTM(Width, Width, num_layers: layers, batch_first: true, bidirectional: true);
        m.train(training);
        return x => m.call(x[0]).output;
    };
}
