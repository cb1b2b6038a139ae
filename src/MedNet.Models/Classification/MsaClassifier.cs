// SPDX-License-Identifier: MIT
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>
/// The multi-scale attention ECG classifier of [MSA] and its ablations: stem → (plain convolutions | multi-scale residual
/// blocks) → channel attention → (spatial | guided spatial) attention → multi-head self-attention → 2 × BiLSTM → mean + max
/// pooling → FC – dropout – FC. Returns logits; softmax belongs to the loss or to <see cref="Probabilities"/>.
/// </summary>
/// <remarks>
/// Source: [MSA] §2.2 A–B, Figure 3, Table 2. Input (B, C, L) at 360 Hz, C = <see cref="MsaClassifierConfig.InputLeads"/>.
/// With guided attention the QRS and ST-T priors (0/1, built from the R peaks by <see cref="MsaPriors"/>) are either passed
/// to <see cref="forward(Tensor, Tensor?)"/> or appended to the input as its last two channels, (B, C + 2, L), so batches
/// travel through the one training loop as a single tensor. Differs: D-MS-20 … D-MS-28.
/// </remarks>
public sealed class MsaClassifier : Module<Tensor, Tensor>, IFlopCounted
{
    private readonly Module<Tensor, Tensor>[] _features;

    /// <summary>Builds the network from the default generator.</summary>
    /// <param name="config">Sizes and switches; see <see cref="MsaLadder"/> for the Table 2 rows.</param>
    public MsaClassifier(MsaClassifierConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var problems = config.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("MsaClassifier: invalid configuration: " + string.Join(" ", problems), nameof(config));
        }

        Config = config;
        var features = new List<Module<Tensor, Tensor>> { register_module("stem", new ConvBnRelu(config.InputLeads, config.StemChannels, config.StemKernel)) };
        var width = config.StemChannels;
        for (var i = 0; i < config.PlainConvChannels.Count; i++)
        {
            features.Add(register_module($"conv{i + 1}", new ConvBnRelu(width, config.PlainConvChannels[i], config.PlainConvKernel)));
            width = config.PlainConvChannels[i];
        }

        for (var i = 0; i < config.ResUBlocks; i++)
        {
            features.Add(register_module($"block{i}", new MultiScaleResUBlock(width, config.BranchChannels, config.BlockChannels, config.BranchKernels, config.BranchConvolution)));
            width = config.BlockChannels;
        }

        _features = [.. features];
        if (config.ChannelAttention)
        {
            channel_attention = register_module("channel_attention", new ChannelAttention(width, config.SeReduction));
        }

        switch (config.SpatialAttention)
        {
            case SpatialAttentionKind.Plain:
                spatial_attention = register_module("spatial_attention", new SpatialAttention(config.SpatialKernel));
                break;
            case SpatialAttentionKind.Guided:
                guided_attention = register_module(
                    "guided_attention",
                    new GuidedSpatialAttention(config.SpatialKernel, config.MaskKernelSize, config.MaskInitGain, config.PositionalMaskLength));
                break;
        }

        if (config.SelfAttention)
        {
            self_attention = register_module("self_attention", new TemporalSelfAttention(width, config.Heads, config.SelfAttentionResidual));
        }

        lstm = register_module("lstm", new LSTM(width, config.LstmHidden, config.LstmLayers, batch_first: true, bidirectional: true));
        var pooled = (config.Pooling == TemporalPoolingKind.ConcatAverageAndMax ? 4 : 2) * config.LstmHidden;
        fc1 = register_module("fc1", new Linear(pooled, config.HeadHidden));
        dropout = register_module("dropout", new Dropout(config.Dropout));
        fc2 = register_module("fc2", new Linear(config.HeadHidden, config.Classes));
    }

    /// <summary>The configuration the network was built from.</summary>
    public MsaClassifierConfig Config { get; }

    /// <summary>Stem, plain layers and multi-scale blocks, in order.</summary>
    public IReadOnlyList<Module<Tensor, Tensor>> Features => _features;

    /// <summary>Squeeze-and-excitation, or null.</summary>
    public ChannelAttention? channel_attention { get; }

    /// <summary>Plain spatial attention, or null.</summary>
    public SpatialAttention? spatial_attention { get; }

    /// <summary>Guided spatial attention, or null.</summary>
    public GuidedSpatialAttention? guided_attention { get; }

    /// <summary>Temporal self-attention, or null.</summary>
    public TemporalSelfAttention? self_attention { get; }

    /// <summary>The stacked BiLSTM (batch_first).</summary>
    public LSTM lstm { get; }

    /// <summary>First FC layer.</summary>
    public Linear fc1 { get; }

    /// <summary>Dropout between the FC layers.</summary>
    public Dropout dropout { get; }

    /// <summary>Output FC layer (logits).</summary>
    public Linear fc2 { get; }

    /// <summary>Logits for a batch; with guided attention the priors are the input's last two channels.</summary>
    /// <param name="input">(B, C, L), or (B, C + 2, L) with the QRS and ST-T priors appended.</param>
    /// <returns>(B, K) logits.</returns>
    public override Tensor forward(Tensor input) => forward(input, null);

    /// <summary>Logits for a batch with explicit priors.</summary>
    /// <param name="input">(B, C, L), or (B, C + 2, L) with the priors appended when <paramref name="priors"/> is null.</param>
    /// <param name="priors">(B, 2, L) QRS and ST-T 0/1 priors, or null. Required (here or appended) with guided attention; ignored otherwise.</param>
    /// <returns>(B, K) logits.</returns>
    public Tensor forward(Tensor input, Tensor? priors)
    {
        ArgumentNullException.ThrowIfNull(input);
        var c = Config.InputLeads;
        var appended = guided_attention is not null && priors is null;
        if (input.dim() != 3 || input.size(1) != (appended ? c + 2 : c))
        {
            var hint = guided_attention is null
                ? "leads must be the channel axis."
                : "guided attention needs the QRS and ST-T priors: pass them as priors (B, 2, L) or append them as the last two channels (MsaPriors.Append).";
            throw new ArgumentException(
                $"MsaClassifier: expected input (B, {(appended ? c + 2 : c)}, L) but got ({string.Join(", ", input.shape)}); {hint}", nameof(input));
        }

        var x = input;
        if (appended)
        {
            x = input.narrow(1, 0, c);
            priors = input.narrow(1, c, 2);
        }

        if (guided_attention is not null && (priors!.dim() != 3 || priors.size(0) != x.size(0) || priors.size(1) != 2 || priors.size(2) != x.size(2)))
        {
            throw new ArgumentException(
                $"MsaClassifier: expected priors ({x.size(0)}, 2, {x.size(2)}) (QRS, ST-T) but got ({string.Join(", ", priors.shape)}).", nameof(priors));
        }

        foreach (var layer in _features)
        {
            x = layer.call(x); // (B, C_f, L)
        }

        x = Attend(x, priors);
        if (self_attention is not null)
        {
            x = self_attention.call(x); // (B, C_f, L)
        }

        var (h, _) = lstm.call(x.transpose(1, 2)); // (B, L, 2H)
        var avg = h.mean(1); // (B, 2H)
        var max = h.max(1).values; // (B, 2H)
        var pooled = Config.Pooling == TemporalPoolingKind.ConcatAverageAndMax ? torch.cat([avg, max], 1) : avg + max;
        return fc2.call(dropout.call(fc1.call(pooled).relu())); // (B, K)
    }

    /// <summary>Class probabilities softmax(logits) without gradient tracking.</summary>
    /// <param name="input">As <see cref="forward(Tensor, Tensor?)"/>.</param>
    /// <param name="priors">As <see cref="forward(Tensor, Tensor?)"/>.</param>
    /// <returns>(B, K), rows sum to 1.</returns>
    public Tensor Probabilities(Tensor input, Tensor? priors = null)
    {
        using var _ = torch.no_grad();
        return torch.nn.functional.softmax(forward(input, priors), 1);
    }

    /// <summary>Operation counts for one forward pass on (B, C, L).</summary>
    /// <param name="length">L in samples; 3600 for one 10 s segment at 360 Hz.</param>
    /// <param name="batch">B. Default: 1.</param>
    /// <returns>The per-layer report.</returns>
    public FlopReport CountFlops(long length, long batch = 1) => FlopCounter.Count(this, Config.InputLeads, length, batch);

    /// <inheritdoc/>
    public long CountFlops(FlopCounter counter, string name, long length)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var l = length;
        foreach (var (childName, child) in named_children())
        {
            if (child is IFlopCounted counted && _features.Contains(child))
            {
                l = counted.CountFlops(counter, FlopCounter.Join(name, childName), l);
            }
        }

        long width = Config.FeatureChannels;
        if (channel_attention is not null)
        {
            channel_attention.CountFlops(counter, FlopCounter.Join(name, "channel_attention"), l);
        }

        if (spatial_attention is not null)
        {
            spatial_attention.CountMap(counter, FlopCounter.Join(name, "spatial_attention"), width, l);
            counter.Elementwise(FlopCounter.Join(name, "spatial_attention.scale"), "Mul", width * l);
        }

        guided_attention?.CountFlops(counter, FlopCounter.Join(name, "guided_attention"), width, l);
        self_attention?.CountFlops(counter, FlopCounter.Join(name, "self_attention"), l);
        counter.Lstm(FlopCounter.Join(name, "lstm"), lstm, l);
        var h2 = 2 * Config.LstmHidden;
        counter.Elementwise(FlopCounter.Join(name, "pool"), "AvgPool+MaxPool", (2 * h2 * l) + (Config.Pooling == TemporalPoolingKind.SumOfAverageAndMax ? h2 : 0));
        counter.Linear(FlopCounter.Join(name, "fc1"), fc1, counter.Batch);
        counter.Elementwise(FlopCounter.Join(name, "relu"), "ReLU", fc1.out_features);
        counter.Linear(FlopCounter.Join(name, "fc2"), fc2, counter.Batch);
        return 1;
    }

    private Tensor Attend(Tensor x, Tensor? priors)
    {
        if (Config.Arrangement == AttentionArrangement.Parallel && channel_attention is not null && (spatial_attention is not null || guided_attention is not null))
        {
            var c = channel_attention.Weights(x); // (B, C_f, 1)
            var s = spatial_attention is not null ? spatial_attention.Map(x) : guided_attention!.map.Map(x) * guided_attention.Union(priors!); // (B, 1, L)
            return x * c * s;
        }

        if (channel_attention is not null)
        {
            x = channel_attention.call(x);
        }

        if (spatial_attention is not null)
        {
            x = spatial_attention.call(x);
        }

        if (guided_attention is not null)
        {
            x = guided_attention.call((x, priors!));
        }

        return x;
    }
}
