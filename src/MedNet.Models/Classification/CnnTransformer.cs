// SPDX-License-Identifier: MIT
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>The CNN-Transformer comparison of [MSA] Table 3: strided convolution front-end → sinusoidal positions → Transformer encoder → mean pool → FC.</summary>
/// <remarks>
/// Source: [MSA] Table 3 (parameters only); Vaswani et al. 2017 §3.1, §3.5 (post-norm encoder layer, PE(t, 2i) = sin(t / 10000^(2i/d)),
/// PE(t, 2i + 1) = cos(…)). Returns logits (B, K). Differs: D-MS-32.
/// </remarks>
public sealed class CnnTransformer : Module<Tensor, Tensor>, IFlopCounted
{
    private readonly ConvBnRelu[] _frontEnd;
    private readonly TransformerEncoderLayer[] _layers;
    private readonly Dictionary<long, Tensor> _positions = []; // sinusoidal tables per length, kept out of dispose scopes

    /// <summary>Builds the network from the default generator.</summary>
    /// <param name="config">Sizes.</param>
    public CnnTransformer(CnnTransformerConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.InputLeads < 1 || config.Classes < 2 || config.FrontEndChannels.Count < 1 || config.FrontEndChannels.Count != config.FrontEndStrides.Count
            || config.Layers < 1 || config.FrontEndChannels[^1] % config.Heads != 0 || config.FrontEndChannels[^1] % 2 != 0)
        {
            throw new ArgumentException($"CnnTransformer: expected one stride per front-end layer, ≥ 1 encoder layer and an even d_model divisible by the heads but got {config}.", nameof(config));
        }

        Config = config;
        var width = config.InputLeads;
        _frontEnd = new ConvBnRelu[config.FrontEndChannels.Count];
        for (var i = 0; i < _frontEnd.Length; i++)
        {
            _frontEnd[i] = register_module($"conv{i}", new ConvBnRelu(width, config.FrontEndChannels[i], config.FrontEndKernel, config.FrontEndStrides[i]));
            width = config.FrontEndChannels[i];
        }

        DModel = width;
        _layers = new TransformerEncoderLayer[config.Layers];
        for (var i = 0; i < _layers.Length; i++)
        {
            _layers[i] = register_module($"encoder{i}", new TransformerEncoderLayer(width, config.Heads, config.FeedForward, config.Dropout, batch_first: true));
        }

        fc = register_module("fc", new Linear(width, config.Classes));
    }

    /// <summary>The configuration.</summary>
    public CnnTransformerConfig Config { get; }

    /// <summary>d_model.</summary>
    public int DModel { get; }

    /// <summary>Classifier.</summary>
    public Linear fc { get; }

    /// <summary>Logits.</summary>
    /// <param name="input">(B, C, L).</param>
    /// <returns>(B, K).</returns>
    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 3 || input.size(1) != Config.InputLeads)
        {
            throw new ArgumentException($"CnnTransformer: expected input (B, {Config.InputLeads}, L) but got ({string.Join(", ", input.shape)}).", nameof(input));
        }

        var x = input;
        foreach (var conv in _frontEnd)
        {
            x = conv.call(x); // (B, d, L')
        }

        x = x.transpose(1, 2); // (B, L', d)
        x += Positions(x.size(1));
        foreach (var layer in _layers)
        {
            x = layer.call(x);
        }

        return fc.call(x.mean(1));
    }

    /// <summary>Operation counts for one forward pass.</summary>
    /// <param name="length">L in samples.</param>
    /// <returns>The report.</returns>
    public FlopReport CountFlops(long length) => FlopCounter.Count(this, Config.InputLeads, length);

    /// <inheritdoc/>
    public long CountFlops(FlopCounter counter, string name, long length)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var l = length;
        for (var i = 0; i < _frontEnd.Length; i++)
        {
            l = _frontEnd[i].CountFlops(counter, FlopCounter.Join(name, $"conv{i}"), l);
        }

        counter.Elementwise(FlopCounter.Join(name, "positions"), "Add", DModel * l);
        for (var i = 0; i < _layers.Length; i++)
        {
            var p = FlopCounter.Join(name, $"encoder{i}");
            var layer = _layers[i];
            counter.SelfAttention(FlopCounter.Join(p, "self_attn"), layer.self_attn, l);
            counter.Elementwise(FlopCounter.Join(p, "residual1"), "Add", DModel * l);
            counter.LayerNorm(FlopCounter.Join(p, "norm1"), DModel * l);
            counter.Linear(FlopCounter.Join(p, "linear1"), layer.linear1, counter.Batch * l);
            counter.Elementwise(FlopCounter.Join(p, "relu"), "ReLU", layer.linear1.out_features * l);
            counter.Linear(FlopCounter.Join(p, "linear2"), layer.linear2, counter.Batch * l);
            counter.Elementwise(FlopCounter.Join(p, "residual2"), "Add", DModel * l);
            counter.LayerNorm(FlopCounter.Join(p, "norm2"), DModel * l);
        }

        counter.Elementwise(FlopCounter.Join(name, "pool"), "AvgPool", DModel * l);
        counter.Linear(FlopCounter.Join(name, "fc"), fc, counter.Batch);
        return 1;
    }

    private Tensor Positions(long length)
    {
        if (_positions.TryGetValue(length, out var pe))
        {
            return pe;
        }

        var d = DModel;
        var data = new float[length * d];
        for (long t = 0; t < length; t++)
        {
            for (var i = 0; i < d; i += 2)
            {
                var angle = t / Math.Pow(10000, (double)i / d);
                data[(t * d) + i] = (float)Math.Sin(angle);
                data[(t * d) + i + 1] = (float)Math.Cos(angle);
            }
        }

        // The cache outlives the step that fills it, so it must not belong to that step's dispose scope.
        pe = torch.tensor(data, [1, length, d]).DetachFromDisposeScope();
        _positions[length] = pe;
        return pe;
    }
}
