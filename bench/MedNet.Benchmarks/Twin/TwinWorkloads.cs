// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Benchmarks.Twin;

/// <summary>Every twin workload, in table order; each name has a PyTorch twin in tools/twin/workloads_*.py.</summary>
internal static class TwinWorkloads
{
    /// <summary>Factories, one per workload (the runner makes a fresh instance per thread count).</summary>
    internal static IReadOnlyList<Func<ITwinWorkload>> All { get; } =
    [
        // Conv regime (tools/twin/workloads_conv.py): issue 13's conv stack and the layers inside it.
        () => new ConvStackForwardBackward(),
        () => new ConvStackTrainStep(),
        () => new ConvStackInference(),
        () => new ConvStackAdamStep(),
        () => Layer("conv1_k7/fwd_bwd", [[64, 1, 360]], Module(() => torch.nn.Conv1d(1, 32, 7, padding: 3))),
        () => Layer("conv2_k5/fwd_bwd", [[64, 32, 360]], Module(() => torch.nn.Conv1d(32, 64, 5, padding: 2))),
        () => Layer("pointwise/fwd_bwd", [[64, 64, 360]], Module(() => torch.nn.Conv1d(64, 64, 1))),
        () => Layer("depthwise/fwd_bwd", [[64, 64, 360]], Module(() => torch.nn.Conv1d(64, 64, 3, padding: 1, groups: 64))),
        () => Layer("depthwise/infer", [[64, 64, 360]], Module(() => torch.nn.Conv1d(64, 64, 3, padding: 1, groups: 64)), inference: true),
        () => Layer("batchnorm1d/fwd_bwd", [[64, 32, 360]], Module(() => torch.nn.BatchNorm1d(32))),
        () => Layer("batchnorm1d/infer", [[64, 32, 360]], Module(() => torch.nn.BatchNorm1d(32)), inference: true),
        () => Layer("relu32/fwd_bwd", [[64, 32, 360]], _ => x => x[0].relu()),
        () => Layer("relu64/fwd_bwd", [[64, 64, 360]], _ => x => x[0].relu()),
        () => Layer("relu64/infer", [[64, 64, 360]], _ => x => x[0].relu(), inference: true),
        () => Layer("sigmoid/fwd_bwd", [[64, 64, 360]], _ => x => x[0].sigmoid()),
        () => Layer("dropout/fwd_bwd", [[64, 64, 360]], Module(() => torch.nn.Dropout(0.2))),
        () => Layer("add/fwd_bwd", [[64, 64, 360], [64, 64, 360]], _ => x => x[0] + x[1]),
        () => Layer("maxpool2/fwd_bwd", [[64, 64, 360]], Module(() => torch.nn.MaxPool1d(2))),
        () => Layer("gap/fwd_bwd", [[64, 64, 180]], Module(() => torch.nn.AdaptiveAvgPool1d(1))),

        // Sequence regime (tools/twin/workloads_sequence.py): MultiheadAttention and BiLSTM.
        .. SequenceWorkloads.All,

        // [MSA] classifier (tools/twin/workloads_msa.py): full-network training step and compressed inference.
        .. MsaWorkloads.All,
    ];

    private static LayerWorkload Layer(string name, long[][] shapes, Func<bool, Func<Tensor[], Tensor>> build, bool inference = false) =>
        new(name, shapes, build, inference);

    /// <summary>Builds the module once, in train or eval mode, and applies it to the first input.</summary>
    private static Func<bool, Func<Tensor[], Tensor>> Module(Func<Module<Tensor, Tensor>> make) => training =>
    {
        var m = make();
        m.train(training);
        return x => m.call(x[0]);
    };
}
