// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Cae;

/// <summary>The architecture of the convolutional autoencoder (CAE) baseline of [MEDNET] (training and window: <see cref="CaeTraining"/>).</summary>
/// <remarks>
/// Source: [CAE2025] (MEDNET ref. [2]); sizes read from the printed model <c>DPNet</c> and the training notebook
/// <c>train_PTBXL.ipynb</c> of UgoLomoio/ECG_DSS_CAE (commit 6248305). Each property says where its value comes from.
/// The reference runs 2-D convolutions over (leads × time); the kit runs the 1-D form with leads as channels.
/// Differs: D-MN-15. Lists are compared by reference in record equality; build a new list to change one.
/// </remarks>
public sealed record CaeConfig
{

    /// <summary>Output channels of the two stem convolutions (stride 2, tanh). Default [15, 30]: <c>conv_0</c>, <c>conv_1</c>.</summary>
    public IReadOnlyList<int> StemChannels { get; init; } = [15, 30];

    /// <summary>Kernel sizes of the stem convolutions, odd. Default [7, 5]: <c>conv_0</c> 7×7, <c>conv_1</c> 5×5.</summary>
    public IReadOnlyList<int> StemKernels { get; init; } = [7, 5];

    /// <summary>Output channels of the residual blocks. Default [45, 45, 60]: <c>block_0</c>–<c>block_2</c>.</summary>
    public IReadOnlyList<int> BlockChannels { get; init; } = [45, 45, 60];

    /// <summary>Strides of the residual blocks (1 or 2). Default [2, 1, 2]: <c>block_0</c>–<c>block_2</c> <c>conv2d_out</c>.</summary>
    public IReadOnlyList<int> BlockStrides { get; init; } = [2, 1, 2];

    /// <summary>Kernel size of both convolutions in a residual block, odd. Default 3 (3×3 in the reference).</summary>
    public int BlockKernelSize { get; init; } = 3;

    /// <summary>Output channels of the stride-2 bottleneck convolutions (tanh). Default [70, 80, 90, 100]: <c>latest_convs</c>.</summary>
    public IReadOnlyList<int> BottleneckChannels { get; init; } = [70, 80, 90, 100];

    /// <summary>Kernel size of the bottleneck convolutions, odd. Default 3 (1×3 in the reference).</summary>
    /// <remarks>Differs: D-MN-15 (padding k/2 here, 0 in the reference, so every window length ≥ 1 is valid).</remarks>
    public int BottleneckKernelSize { get; init; } = 3;

    /// <summary>Latent size: channels of the last encoder convolution, whose kernel spans the remaining length. Default 128.</summary>
    /// <remarks>Source: <c>latest_convs</c> Conv2d(100, 128, 1×5, stride 2) brings (1, 6) to (1, 1); <c>Flatten</c> gives 128 values.</remarks>
    public int LatentSize { get; init; } = 128;

    /// <summary>Kernel sizes of the depthwise output convolutions (tanh between, none after the last), odd. Default [5, 3, 3, 3].</summary>
    /// <remarks>Source: <c>OutputModule</c> Conv1d(15, 15, k, groups = 15) ×4 with bias.</remarks>
    public IReadOnlyList<int> OutputKernels { get; init; } = [5, 3, 3, 3];

    /// <summary>Dropout at the end of each residual block, in [0, 1). Default 0.2: <c>dropout_out</c> (the registered <c>dropout_in</c> is never called).</summary>
    public double Dropout { get; init; } = 0.2;








    /// <summary>The reference sizes (every default above).</summary>
    public static CaeConfig Reference { get; } = new();


    /// <summary>Lists every problem with these settings (empty when valid).</summary>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        RequireChannels(p, StemChannels, nameof(StemChannels));
        RequireOddKernels(p, StemKernels, nameof(StemKernels));
        Require(p, StemChannels is null || StemKernels is null || StemChannels.Count == StemKernels.Count,
            $"StemKernels: expected one kernel per stem channel ({StemChannels?.Count}) but got {StemKernels?.Count}.");
        RequireChannels(p, BlockChannels, nameof(BlockChannels));
        Require(p, BlockStrides is not null && (BlockChannels is null || BlockStrides.Count == BlockChannels.Count),
            $"BlockStrides: expected one stride per block ({BlockChannels?.Count}) but got {BlockStrides?.Count}.");
        if (BlockStrides is not null)
        {
            foreach (var s in BlockStrides)
            {
                Require(p, s is 1 or 2, $"BlockStrides: expected 1 or 2 but got {s}.");
            }
        }

        Require(p, BlockKernelSize >= 1 && BlockKernelSize % 2 == 1, $"BlockKernelSize: expected an odd size ≥ 1 but got {BlockKernelSize}.");
        RequireChannels(p, BottleneckChannels, nameof(BottleneckChannels), allowEmpty: true);
        Require(p, BottleneckKernelSize >= 1 && BottleneckKernelSize % 2 == 1, $"BottleneckKernelSize: expected an odd size ≥ 1 but got {BottleneckKernelSize}.");
        Require(p, LatentSize >= 1, $"LatentSize: expected ≥ 1 but got {LatentSize}.");
        RequireOddKernels(p, OutputKernels, nameof(OutputKernels), allowEmpty: true);
        Require(p, Dropout is >= 0 and < 1, $"Dropout: expected in [0, 1) but got {Dropout}.");
        return p;
    }

    /// <summary>Throws when <see cref="Validate"/> reports problems.</summary>
    /// <exception cref="ArgumentException">Lists every problem.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"CaeConfig: invalid settings: {string.Join(" ", problems)}");
        }
    }

    private static void Require(List<string> problems, bool ok, string message)
    {
        if (!ok)
        {
            problems.Add(message);
        }
    }

    private static void RequireChannels(List<string> problems, IReadOnlyList<int>? values, string name, bool allowEmpty = false)
    {
        if (values is null || (!allowEmpty && values.Count == 0))
        {
            problems.Add($"{name}: expected at least one entry but got {(values is null ? "null" : "none")}.");
            return;
        }

        foreach (var v in values)
        {
            Require(problems, v >= 1, $"{name}: expected every entry ≥ 1 but got {v}.");
        }
    }

    private static void RequireOddKernels(List<string> problems, IReadOnlyList<int>? values, string name, bool allowEmpty = false)
    {
        if (values is null || (!allowEmpty && values.Count == 0))
        {
            problems.Add($"{name}: expected at least one entry but got {(values is null ? "null" : "none")}.");
            return;
        }

        foreach (var v in values)
        {
            Require(problems, v >= 1 && v % 2 == 1, $"{name}: expected odd sizes ≥ 1 but got {v}.");
        }
    }
}
