// SPDX-License-Identifier: MIT
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>Multi-scale residual block: parallel branches of different receptive fields, concatenated, fused by a 1×1 convolution, plus a shortcut.</summary>
/// <remarks>
/// Source: [MSA] §2.2 A and Figure 3 ("three parallel branches with receptive fields of 3, 7, and 15 samples … feature
/// concatenation … (batch_size, 192, 3600)"); "residual U-blocks" in the abstract and §5.
/// y = ReLU(BN(Conv1d_1×1(concat_k branch_k(x))) + shortcut(x)), shortcut = x when C_in = C_out, else BN(Conv1d_1×1(x)).
/// The length is kept (stride 1, padding k/2). Differs: D-MS-21 (branches, not a U-Net-shaped RSU), D-MS-22.
/// </remarks>
public sealed class MultiScaleResUBlock : Module<Tensor, Tensor>, IFlopCounted
{
    private readonly ScaleBranch[] _branches;

    /// <summary>Creates the block from the default generator.</summary>
    /// <param name="inChannels">C_in ≥ 1.</param>
    /// <param name="branchChannels">C_b ≥ 1 per branch; the concatenation has (number of kernels)·C_b channels.</param>
    /// <param name="outChannels">C_out ≥ 1 after fusion.</param>
    /// <param name="kernelSizes">Odd receptive fields, one branch each; [MSA]: 3, 7, 15.</param>
    /// <param name="kind">Standard or depthwise-separable branches.</param>
    public MultiScaleResUBlock(int inChannels, int branchChannels, int outChannels, IReadOnlyList<int> kernelSizes, ConvolutionKind kind)
    {
        ArgumentNullException.ThrowIfNull(kernelSizes);
        if (kernelSizes.Count < 1 || outChannels < 1 || branchChannels < 1)
        {
            throw new ArgumentException($"MultiScaleResUBlock: expected at least one kernel and channels ≥ 1 but got {kernelSizes.Count} kernels, C_b={branchChannels}, C_out={outChannels}.", nameof(kernelSizes));
        }

        _branches = new ScaleBranch[kernelSizes.Count];
        for (var i = 0; i < kernelSizes.Count; i++)
        {
            _branches[i] = register_module($"branch{i}", new ScaleBranch(inChannels, branchChannels, kernelSizes[i], kind));
        }

        var concat = branchChannels * kernelSizes.Count;
        fuse = register_module("fuse", new Conv1d(concat, outChannels, 1, bias: false));
        fuse_bn = register_module("fuse_bn", new BatchNorm1d(outChannels));
        if (inChannels != outChannels)
        {
            shortcut = register_module("shortcut", new Conv1d(inChannels, outChannels, 1, bias: false));
            shortcut_bn = register_module("shortcut_bn", new BatchNorm1d(outChannels));
        }

        InChannels = inChannels;
        OutChannels = outChannels;
    }

    /// <summary>C_in.</summary>
    public int InChannels { get; }

    /// <summary>C_out.</summary>
    public int OutChannels { get; }

    /// <summary>The branches, one per receptive field.</summary>
    public IReadOnlyList<ScaleBranch> Branches => _branches;

    /// <summary>The 1×1 fusion convolution.</summary>
    public Conv1d fuse { get; }

    /// <summary>Batch normalisation after fusion.</summary>
    public BatchNorm1d fuse_bn { get; }

    /// <summary>The projecting shortcut, or null for the identity.</summary>
    public Conv1d? shortcut { get; }

    /// <summary>Batch normalisation of the projecting shortcut, or null.</summary>
    public BatchNorm1d? shortcut_bn { get; }

    /// <summary>Applies the block.</summary>
    /// <param name="input">(B, C_in, L).</param>
    /// <returns>(B, C_out, L).</returns>
    public override Tensor forward(Tensor input)
    {
        var parts = new Tensor[_branches.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = _branches[i].call(input); // (B, C_b, L)
        }

        var fused = fuse_bn.call(fuse.call(torch.cat(parts, 1))); // (B, C_out, L)
        var skip = shortcut is null ? input : shortcut_bn!.call(shortcut.call(input));
        return (fused + skip).relu();
    }

    /// <inheritdoc/>
    public long CountFlops(FlopCounter counter, string name, long length)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var l = length;
        for (var i = 0; i < _branches.Length; i++)
        {
            l = _branches[i].CountFlops(counter, FlopCounter.Join(name, $"branch{i}"), length);
        }

        l = counter.Conv1d(FlopCounter.Join(name, "fuse"), fuse, l);
        counter.BatchNorm1d(FlopCounter.Join(name, "fuse_bn"), fuse_bn, l);
        if (shortcut is not null)
        {
            counter.Conv1d(FlopCounter.Join(name, "shortcut"), shortcut, length);
            counter.BatchNorm1d(FlopCounter.Join(name, "shortcut_bn"), shortcut_bn!, l);
        }

        counter.Elementwise(FlopCounter.Join(name, "residual"), "Add+ReLU", 2 * OutChannels * l);
        return l;
    }
}
