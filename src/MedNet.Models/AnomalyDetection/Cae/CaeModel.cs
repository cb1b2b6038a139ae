// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.Cae;

/// <summary>The convolutional autoencoder (CAE) baseline: reconstructs a window (B, C, W) through a 128-value latent code.</summary>
/// <remarks>
/// Source: [CAE2025] (MEDNET ref. [2]), UgoLomoio/ECG_DSS_CAE <c>DPNet</c> (commit 6248305) as printed in
/// <c>train_PTBXL.ipynb</c> and its pickled <c>forward</c> code. Encoder: stem convolutions (stride 2, tanh) → residual
/// blocks → stride-2 bottleneck convolutions (tanh) → one convolution whose kernel spans the remaining length (tanh),
/// giving z (B, 128, 1). Decoder: the mirror with transposed convolutions (each output padding restores the encoder's
/// length), the last one back to C channels (tanh), then depthwise output convolutions over each lead (tanh between).
/// Differs: D-MN-15 (2-D convolutions over (leads × time) in the reference; 1-D over time with leads as channels here).
/// </remarks>
public sealed class CaeModel : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor>[] _stem;
    private readonly CaeResidualBlock[] _blocks;
    private readonly Module<Tensor, Tensor>[] _bottleneck;
    private readonly Module<Tensor, Tensor> _latent;
    private readonly Module<Tensor, Tensor> _unlatent;
    private readonly Module<Tensor, Tensor>[] _unbottleneck;
    private readonly CaeResidualBlock[] _unblocks;
    private readonly Module<Tensor, Tensor>[] _unstem;
    private readonly Conv1d[] _output;

    /// <summary>Creates the model from the default generator (seed it with <c>torch.manual_seed</c>).</summary>
    /// <param name="channels">Input channels (leads) C ≥ 1.</param>
    /// <param name="windowLength">Length W ≥ 1 of the windows it will be given (the data's, e.g. <see cref="CaeTraining.WindowLength"/>); forward checks it.</param>
    /// <param name="config">Sizes; validated.</param>
    public CaeModel(int channels, int windowLength, CaeConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.EnsureValid();
        if (channels < 1)
        {
            throw new ArgumentException($"CaeModel: expected at least one channel but got {channels}.", nameof(channels));
        }

        Config = config;
        Channels = channels;
        if (windowLength < 1)
        {
            throw new ArgumentException($"CaeModel: expected a window length W ≥ 1 but got {windowLength}.", nameof(windowLength));
        }

        WindowSize = windowLength;
        var lengths = new List<int> { windowLength };
        var widths = new List<int> { channels };

        _stem = new Module<Tensor, Tensor>[config.StemChannels.Count];
        for (var i = 0; i < _stem.Length; i++)
        {
            var k = config.StemKernels[i];
            _stem[i] = register_module($"stem_{i}", CaeResidualBlock.Conv(false, widths[^1], config.StemChannels[i], k, 2, k / 2, 0));
            Push(lengths, widths, DownLength(lengths[^1], k, 2, k / 2), config.StemChannels[i]);
        }

        _blocks = new CaeResidualBlock[config.BlockChannels.Count];
        var blockInputLengths = new int[_blocks.Length];
        for (var i = 0; i < _blocks.Length; i++)
        {
            blockInputLengths[i] = lengths[^1];
            var s = config.BlockStrides[i];
            _blocks[i] = register_module($"block_{i}", new CaeResidualBlock(widths[^1], config.BlockChannels[i], config.BlockKernelSize, s, config.Dropout, transposed: false));
            Push(lengths, widths, DownLength(lengths[^1], config.BlockKernelSize, s, config.BlockKernelSize / 2), config.BlockChannels[i]);
        }

        var kb = config.BottleneckKernelSize;
        _bottleneck = new Module<Tensor, Tensor>[config.BottleneckChannels.Count];
        for (var i = 0; i < _bottleneck.Length; i++)
        {
            _bottleneck[i] = register_module($"bottleneck_{i}", CaeResidualBlock.Conv(false, widths[^1], config.BottleneckChannels[i], kb, 2, kb / 2, 0));
            Push(lengths, widths, DownLength(lengths[^1], kb, 2, kb / 2), config.BottleneckChannels[i]);
        }

        LatentKernelSize = lengths[^1];
        _latent = register_module("latent", CaeResidualBlock.Conv(false, widths[^1], config.LatentSize, LatentKernelSize, 1, 0, 0));

        // Decoder: mirror, each transposed layer restoring the length its encoder layer consumed.
        _unlatent = register_module("unlatent", CaeResidualBlock.Conv(true, config.LatentSize, widths[^1], LatentKernelSize, 1, 0, 0));
        var level = lengths.Count - 1;
        _unbottleneck = new Module<Tensor, Tensor>[_bottleneck.Length];
        for (var i = _bottleneck.Length - 1; i >= 0; i--, level--)
        {
            var op = OutputPadding(lengths[level], lengths[level - 1], kb, 2, kb / 2);
            _unbottleneck[i] = register_module($"unbottleneck_{i}", CaeResidualBlock.Conv(true, widths[level], widths[level - 1], kb, 2, kb / 2, op));
        }

        _unblocks = new CaeResidualBlock[_blocks.Length];
        for (var i = _blocks.Length - 1; i >= 0; i--, level--)
        {
            var s = config.BlockStrides[i];
            var op = OutputPadding(lengths[level], blockInputLengths[i], config.BlockKernelSize, s, config.BlockKernelSize / 2);
            _unblocks[i] = register_module($"unblock_{i}", new CaeResidualBlock(widths[level], widths[level - 1], config.BlockKernelSize, s, config.Dropout, transposed: true, op));
        }

        _unstem = new Module<Tensor, Tensor>[_stem.Length];
        for (var i = _stem.Length - 1; i >= 0; i--, level--)
        {
            var k = config.StemKernels[i];
            var op = OutputPadding(lengths[level], lengths[level - 1], k, 2, k / 2);
            _unstem[i] = register_module($"unstem_{i}", CaeResidualBlock.Conv(true, widths[level], widths[level - 1], k, 2, k / 2, op));
        }

        _output = new Conv1d[config.OutputKernels.Count];
        for (var i = 0; i < _output.Length; i++)
        {
            var k = config.OutputKernels[i];
            _output[i] = register_module($"output_{i}", new Conv1d(channels, channels, k, padding: k / 2, groups: channels));
        }

        Lengths = lengths;
    }

    /// <summary>The settings the model was built with.</summary>
    public CaeConfig Config { get; }

    /// <summary>Input channels C.</summary>
    public int Channels { get; }

    /// <summary>Window length W the model was built for.</summary>
    public int WindowSize { get; }

    /// <summary>Kernel of the last encoder convolution: the time length left after the bottleneck (6 → 1 in the reference).</summary>
    public int LatentKernelSize { get; }

    /// <summary>Time length after each encoder layer, from W (input) to the bottleneck's output.</summary>
    public IReadOnlyList<int> Lengths { get; }

    /// <summary>Reconstructs the windows.</summary>
    /// <param name="input">Windows (B, C, W).</param>
    /// <returns>Reconstruction (B, C, W).</returns>
    public override Tensor forward(Tensor input)
    {
        CheckInput(input);
        return Decode(Encode(input));
    }

    /// <summary>Encodes windows to the latent code.</summary>
    /// <param name="input">Windows (B, C, W).</param>
    /// <returns>z (B, LatentSize, 1).</returns>
    public Tensor Encode(Tensor input)
    {
        CheckInput(input);
        var x = input; // (B, C, W)
        foreach (var conv in _stem)
        {
            x = conv.call(x).tanh();
        }

        foreach (var block in _blocks)
        {
            x = block.call(x);
        }

        foreach (var conv in _bottleneck)
        {
            x = conv.call(x).tanh();
        }

        return _latent.call(x).tanh(); // (B, F, 1)
    }

    /// <summary>Decodes latent codes to windows.</summary>
    /// <param name="latent">z (B, LatentSize, 1).</param>
    /// <returns>Reconstruction (B, C, W).</returns>
    public Tensor Decode(Tensor latent)
    {
        ArgumentNullException.ThrowIfNull(latent);
        if (latent.dim() != 3 || latent.size(1) != Config.LatentSize || latent.size(2) != 1)
        {
            throw new ArgumentException(
                $"CaeModel.Decode: expected a latent code (B, {Config.LatentSize}, 1) but got ({string.Join(", ", latent.shape)}).", nameof(latent));
        }

        var x = _unlatent.call(latent).tanh();
        for (var i = _unbottleneck.Length - 1; i >= 0; i--)
        {
            x = _unbottleneck[i].call(x).tanh();
        }

        for (var i = _unblocks.Length - 1; i >= 0; i--)
        {
            x = _unblocks[i].call(x);
        }

        for (var i = _unstem.Length - 1; i >= 0; i--)
        {
            x = _unstem[i].call(x).tanh();
        }

        for (var i = 0; i < _output.Length; i++)
        {
            x = _output[i].call(x);
            if (i < _output.Length - 1)
            {
                x = x.tanh();
            }
        }

        return x; // (B, C, W)
    }

    /// <summary>Throws unless the input is (B ≥ 1, C, W) for this model.</summary>
    /// <param name="input">The input.</param>
    /// <exception cref="ArgumentException">Wrong rank, channel count or window length.</exception>
    public void CheckInput(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.dim() != 3 || input.size(0) < 1 || input.size(1) != Channels || input.size(2) != WindowSize)
        {
            throw new ArgumentException(
                $"CaeModel: expected windows (B, {Channels}, {WindowSize}) but got ({string.Join(", ", input.shape)}). Window with CaeWindowSize rows and channels first.",
                nameof(input));
        }
    }

    private static void Push(List<int> lengths, List<int> widths, int length, int width)
    {
        lengths.Add(length);
        widths.Add(width);
    }

    private static int DownLength(int length, int kernel, int stride, int padding) => ((length + (2 * padding) - kernel) / stride) + 1;

    private static int OutputPadding(int inputLength, int targetLength, int kernel, int stride, int padding)
    {
        var op = targetLength - (((inputLength - 1) * stride) - (2 * padding) + kernel);
        if (op < 0 || op >= stride)
        {
            throw new InvalidOperationException(
                $"CaeModel: expected an output padding in [0, {stride}) to restore length {targetLength} from {inputLength} but got {op}. Use odd kernels with padding k/2.");
        }

        return op;
    }
}
