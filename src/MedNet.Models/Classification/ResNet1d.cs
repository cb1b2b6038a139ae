// SPDX-License-Identifier: MIT
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>ResNet-34 in 1-D, the Table 3 comparison: stem Conv(k 7, stride 2)–BN–ReLU → max-pool 3/2 → four stages of basic blocks → global average pool → FC.</summary>
/// <remarks>Source: [MSA] Table 3 (parameters only); He et al. 2016 Table 1. Returns logits (B, K). Differs: D-MS-31.</remarks>
public sealed class ResNet1d : Module<Tensor, Tensor>, IFlopCounted
{
    private readonly ResNetBasicBlock1d[] _blocks;

    /// <summary>Builds the network from the default generator.</summary>
    /// <param name="config">Sizes.</param>
    public ResNet1d(ResNet1dConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.InputLeads < 1 || config.Classes < 2 || config.StageBlocks.Count != config.StageWidths.Count || config.StageBlocks.Count < 1)
        {
            throw new ArgumentException($"ResNet1d: expected leads ≥ 1, classes ≥ 2 and one width per stage but got {config}.", nameof(config));
        }

        Config = config;
        stem = register_module("stem", new ConvBnRelu(config.InputLeads, config.StageWidths[0], config.StemKernel, stride: 2));
        pool = register_module("pool", new MaxPool1d(3, 2, 1));
        var blocks = new List<ResNetBasicBlock1d>();
        var width = config.StageWidths[0];
        for (var s = 0; s < config.StageBlocks.Count; s++)
        {
            for (var b = 0; b < config.StageBlocks[s]; b++)
            {
                var stride = s > 0 && b == 0 ? 2 : 1;
                blocks.Add(register_module($"layer{s + 1}_{b}", new ResNetBasicBlock1d(width, config.StageWidths[s], config.KernelSize, stride)));
                width = config.StageWidths[s];
            }
        }

        _blocks = [.. blocks];
        fc = register_module("fc", new Linear(width, config.Classes));
    }

    /// <summary>The configuration.</summary>
    public ResNet1dConfig Config { get; }

    /// <summary>Stem convolution (stride 2).</summary>
    public ConvBnRelu stem { get; }

    /// <summary>Max-pool 3, stride 2, padding 1.</summary>
    public MaxPool1d pool { get; }

    /// <summary>Basic blocks in order.</summary>
    public IReadOnlyList<ResNetBasicBlock1d> Blocks => _blocks;

    /// <summary>Classifier.</summary>
    public Linear fc { get; }

    /// <summary>Logits.</summary>
    /// <param name="input">(B, C, L).</param>
    /// <returns>(B, K).</returns>
    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 3 || input.size(1) != Config.InputLeads)
        {
            throw new ArgumentException($"ResNet1d: expected input (B, {Config.InputLeads}, L) but got ({string.Join(", ", input.shape)}).", nameof(input));
        }

        var x = pool.call(stem.call(input));
        foreach (var block in _blocks)
        {
            x = block.call(x);
        }

        return fc.call(x.mean(2));
    }

    /// <summary>Operation counts for one forward pass.</summary>
    /// <param name="length">L in samples.</param>
    /// <returns>The report.</returns>
    public FlopReport CountFlops(long length) => FlopCounter.Count(this, Config.InputLeads, length);

    /// <inheritdoc/>
    public long CountFlops(FlopCounter counter, string name, long length)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var l = stem.CountFlops(counter, FlopCounter.Join(name, "stem"), length);
        var lp = ((l + 2 - 3) / 2) + 1;
        counter.Elementwise(FlopCounter.Join(name, "pool"), "MaxPool", 3 * Config.StageWidths[0] * lp);
        l = lp;
        foreach (var (childName, child) in named_children())
        {
            if (child is ResNetBasicBlock1d block)
            {
                l = block.CountFlops(counter, FlopCounter.Join(name, childName), l);
            }
        }

        counter.Elementwise(FlopCounter.Join(name, "gap"), "AvgPool", fc.in_features * l);
        counter.Linear(FlopCounter.Join(name, "fc"), fc, counter.Batch);
        return 1;
    }
}
