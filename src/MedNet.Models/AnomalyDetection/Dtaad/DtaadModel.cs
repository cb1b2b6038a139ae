// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>DTAAD: local and global TCNs, one encoder layer each, a shared <c>fcn</c>, two sigmoid forecast heads and the callback.</summary>
/// <remarks>
/// Source: [DTAAD] <c>src/models.py</c> class <c>DTAAD</c> (Yu-Lingrui/DTAAD). Forward for a window X (B, C, W):
/// z1 = Enc1(PE(√C·TCN_loc(X))); c1 = z1 + fcn(z1); x1 = σ(Linear_W→1(c1));
/// z2 = fcn(Enc2(PE(√C·TCN_glob(X + x1)))); c2 = z2 + fcn(z2); x2 = σ(Linear_W→1(c2)).
/// x1 is added to every time step of X (broadcast) and is not detached, so the x2 loss also trains branch 1; <c>fcn</c>
/// is one layer applied three times. The pieces are public so MED-Net can fuse streams into the feature maps.
/// <see cref="DtaadConfig.GlobalLevelsFrom"/>, <see cref="DtaadConfig.Callback"/> and <see cref="DtaadConfig.Heads"/> select
/// MED-Net's fork of this backbone instead (D-MN-12).
/// </remarks>
public sealed class DtaadModel : Module<Tensor, (Tensor X1, Tensor X2)>
{
    private readonly TemporalConvStack _localTcn;
    private readonly TemporalConvStack _globalTcn;
    private readonly DtaadEncoderLayer _encoder1;
    private readonly DtaadEncoderLayer _encoder2;
    private readonly Linear _fcn;
    private readonly Linear? _decoder1;
    private readonly Linear? _decoder2;
    private readonly Tensor? _frozenHead1Weight;
    private readonly Tensor? _frozenHead1Bias;
    private readonly Tensor? _frozenHead2Weight;
    private readonly Tensor? _frozenHead2Bias;
    private readonly Tensor? _firstStep;
    private readonly Tensor _pe;
    private readonly double _scale;

    /// <summary>Creates the model from the default generator (seed it with <c>torch.manual_seed</c>).</summary>
    /// <param name="channels">Number of input channels C ≥ 1 (DTAAD's <c>feats</c>).</param>
    /// <param name="windowLength">Length W ≥ 2 of the windows it will be given (the data's, e.g. <see cref="DtaadTraining.WindowLength"/>); forward checks it.</param>
    /// <param name="config">Architecture settings; validated.</param>
    public DtaadModel(int channels, int windowLength, DtaadConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.EnsureValid();
        if (channels < 1)
        {
            throw new ArgumentException($"DtaadModel: expected at least one channel but got {channels}.", nameof(channels));
        }

        Config = config;
        Channels = channels;
        if (windowLength < 2)
        {
            throw new ArgumentException($"DtaadModel: expected a window length W ≥ 2 (the length of the windows it will be given) but got {windowLength}.", nameof(windowLength));
        }

        WindowSize = windowLength;
        var localDilations = new int[config.LocalLevels];
        Array.Fill(localDilations, 1);
        var levels = config.GlobalLevels(WindowSize, channels);
        var globalDilations = new int[levels];
        for (var i = 0; i < levels; i++)
        {
            globalDilations[i] = 1 << i;
        }

        _localTcn = register_module("l_tcn", new TemporalConvStack(channels, config.LocalKernelSize, localDilations, config.LeakySlope, config.TcnDropout));
        _globalTcn = register_module("g_tcn", new TemporalConvStack(channels, config.GlobalKernelSize, globalDilations, config.LeakySlope, config.TcnDropout));
        _encoder1 = register_module("transformer_encoder1", new DtaadEncoderLayer(channels, channels, config.FeedForward, config.EncoderDropout, config.LeakySlope));
        _encoder2 = register_module("transformer_encoder2", new DtaadEncoderLayer(channels, channels, config.FeedForward, config.EncoderDropout, config.LeakySlope));
        _fcn = register_module("fcn", new Linear(channels, channels));
        if (config.Heads == ForecastHeads.PerChannel)
        {
            _decoder1 = register_module("decoder1", new Linear(WindowSize, 1));
            _decoder2 = register_module("decoder2", new Linear(WindowSize, 1));
        }

        _pe = register_buffer("pe", DtaadPositionalEncoding.Table(WindowSize, channels));
        _scale = Math.Sqrt(channels); // a Python float in the repository: exact for float64 runs, the same float32 value as MathF.Sqrt for float32 ones
        if (config.Callback == CallbackAddition.FirstStep)
        {
            var mask = new float[WindowSize];
            mask[0] = 1f;
            _firstStep = register_buffer("callback_first_step", torch.tensor(mask, [1, 1, WindowSize]));
        }

        if (config.Heads == ForecastHeads.FrozenFlattened)
        {
            // D-MN-12 (ii): drawn last, as the fork creates them in the first forward pass; buffers, so no optimiser sees them.
            var bound = 1.0 / Math.Sqrt(channels * WindowSize);
            _frozenHead1Weight = register_buffer("frozen_decoder1_weight", torch.empty(1, channels * WindowSize).uniform_(-bound, bound));
            _frozenHead1Bias = register_buffer("frozen_decoder1_bias", torch.empty(1).uniform_(-bound, bound));
            _frozenHead2Weight = register_buffer("frozen_decoder2_weight", torch.empty(1, channels * WindowSize).uniform_(-bound, bound));
            _frozenHead2Bias = register_buffer("frozen_decoder2_bias", torch.empty(1).uniform_(-bound, bound));
        }
    }

    /// <summary>The settings the model was built with.</summary>
    public DtaadConfig Config { get; }

    /// <summary>Input channels C.</summary>
    public int Channels { get; }

    /// <summary>Window length W.</summary>
    public int WindowSize { get; }

    /// <summary>Dilations of the global TCN, e.g. [1, 2, 4] for W = 10.</summary>
    public IReadOnlyList<int> GlobalDilations
    {
        get
        {
            var d = new List<int>();
            foreach (var level in _globalTcn.Levels)
            {
                d.Add(level.Dilation);
            }

            return d;
        }
    }

    /// <summary>Runs both branches.</summary>
    /// <param name="input">Windows (B, C, W).</param>
    /// <returns>x1 and x2, each (B, C), in (0, 1).</returns>
    public override (Tensor X1, Tensor X2) forward(Tensor input)
    {
        CheckInput(input);
        var x1 = Branch1(LocalFeatures(input));
        var x2 = Branch2(GlobalFeatures(input, x1));
        return (x1.squeeze(2), x2.squeeze(2));
    }

    /// <summary>H_loc = local TCN of the window.</summary>
    /// <param name="input">(B, C, W).</param>
    /// <returns>(B, C, W).</returns>
    public Tensor LocalFeatures(Tensor input) => _localTcn.call(input);

    /// <summary>Branch 1 after the TCN: encoder, residual <c>fcn</c>, head.</summary>
    /// <param name="localFeatures">(B, C, W).</param>
    /// <returns>x1 (B, C, 1).</returns>
    public Tensor Branch1(Tensor localFeatures)
    {
        var z1 = _encoder1.call(Embed(localFeatures));
        var c1 = z1 + _fcn.call(z1);
        return Head(c1, _decoder1, _frozenHead1Weight, _frozenHead1Bias);
    }

    /// <summary>H_glob = global TCN of the window plus the callback x1 (added to every time step, or to the first under <see cref="CallbackAddition.FirstStep"/>).</summary>
    /// <param name="input">(B, C, W).</param>
    /// <param name="x1">(B, C, 1), not detached.</param>
    /// <returns>(B, C, W).</returns>
    public Tensor GlobalFeatures(Tensor input, Tensor x1) => _globalTcn.call(_firstStep is null ? input + x1 : input + (x1 * _firstStep));

    /// <summary>Branch 2 after the TCN: encoder, <c>fcn</c>, residual <c>fcn</c>, head.</summary>
    /// <param name="globalFeatures">(B, C, W).</param>
    /// <returns>x2 (B, C, 1).</returns>
    public Tensor Branch2(Tensor globalFeatures)
    {
        var z2 = _fcn.call(_encoder2.call(Embed(globalFeatures)));
        var c2 = z2 + _fcn.call(z2);
        return Head(c2, _decoder2, _frozenHead2Weight, _frozenHead2Bias);
    }

    /// <summary>σ(Linear(W→1)) per channel, or σ(Linear(C·W→1)) of the flattened (C, W) features broadcast to the C channels (D-MN-12 (ii)).</summary>
    /// <param name="features">(B, W, C).</param>
    /// <param name="perChannel">The trained Linear(W→1), or null under <see cref="ForecastHeads.FrozenFlattened"/>.</param>
    /// <param name="frozenWeight">The frozen (1, C·W) weight, or null.</param>
    /// <param name="frozenBias">The frozen (1) bias, or null.</param>
    private Tensor Head(Tensor features, Linear? perChannel, Tensor? frozenWeight, Tensor? frozenBias)
    {
        var channelFirst = features.permute(0, 2, 1); // (B, C, W)
        if (perChannel is not null)
        {
            return perChannel.call(channelFirst).sigmoid(); // (B, C, 1)
        }

        var flat = channelFirst.reshape(channelFirst.size(0), (long)Channels * WindowSize); // index c·W + t, as the fork's reshape
        var one = torch.nn.functional.linear(flat, frozenWeight!, frozenBias).sigmoid(); // (B, 1)
        return one.unsqueeze(1) * torch.ones(1, Channels, 1); // (B, C, 1): the same value for every channel
    }

    /// <summary>Checks a batch of windows has shape (B, C, W).</summary>
    /// <param name="input">The batch.</param>
    /// <exception cref="ArgumentException">Wrong rank, channel count or window length.</exception>
    public void CheckInput(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.dim() != 3 || input.size(1) != Channels || input.size(2) != WindowSize)
        {
            throw new ArgumentException(
                $"DtaadModel: expected windows (B, {Channels}, {WindowSize}) but got ({string.Join(", ", input.shape)}). " +
                "Windows are channel-first; build them with WindowCutter and the model's window size.",
                nameof(input));
        }
    }

    /// <summary>(B, C, W) → (B, W, C)·√C + PE, with the positional dropout.</summary>
    private Tensor Embed(Tensor features)
    {
        var x = (features.permute(0, 2, 1) * _scale) + _pe;
        return torch.nn.functional.dropout(x, Config.PositionalDropout, training);
    }
}
