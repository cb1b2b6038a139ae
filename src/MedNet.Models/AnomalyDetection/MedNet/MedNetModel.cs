// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>MED-Net: DTAAD plus multi-scale features, lightweight and enhanced attention, fused with fixed weights.</summary>
/// <remarks>
/// Source: [MEDNET] §3.4–3.5, Eqs. (11)–(15); EhsaasN/DUAL_TCN_ATTN <c>src/enhanced_dtaad_optimized.py</c>.
/// <see cref="FusionPlacement.CodeForecastOutputs"/>: x1 += α1·A_light[t = 0], x2 += α2·F_ms[t = 0] + α3·A_enh(x2), the
/// enhanced attention on the single token x2 (as the code; <see cref="MedNetConfig.FusedStep"/> and
/// <see cref="MedNetConfig.EnhancedInput"/> switch the step and the attention's input, D-MN-22). <see cref="FusionPlacement.PaperFeatureMaps"/>:
/// H̃1 = H_loc + α1·A_light, H̃2 = H_glob + α2·F_ms + α3·Attn(H_glob) before the encoder layers (Eqs. 14–15).
/// <see cref="MedNetDecoder.TransposedConvolutions"/> (§3.5.7, reading (b) of D-MN-02): Ŵ = Decoder([H̃1; H̃2]) (B, C, W)
/// from <see cref="Reconstruct"/>, and <see cref="forward"/> returns its last element Ŵ[:, :, W] as both outputs, so
/// <see cref="Training.DualForecastTrainer"/> and DTAAD's POT apply unchanged (their loss is then Ŵ's last-element error).
/// Differs: D-MN-01, D-MN-02, D-MN-11, D-MN-12 (the backbone is the original DTAAD unless <see cref="MedNetConfig.Backbone"/>
/// selects the fork's options), D-MN-22.
/// </remarks>
public sealed class MedNetModel : Module<Tensor, (Tensor X1, Tensor X2)>
{
    private readonly DtaadModel _base;
    private readonly ChannelAttention? _light;
    private readonly MultiScaleExtractor? _multiScale;
    private readonly ChannelAttention? _enhanced;
    private readonly ReconstructionDecoder? _reconstruction;
    private readonly Conv1d? _widthIn;
    private readonly Linear? _widthOut1;
    private readonly Linear? _widthOut2;
    private readonly float _a1;
    private readonly float _a2;
    private readonly float _a3;

    /// <summary>Creates the model from the default generator.</summary>
    /// <param name="channels">Input channels C ≥ 1.</param>
    /// <param name="windowLength">Length W of the windows it will be given (the data's: <see cref="MedNetTraining.WindowLength"/>); forward checks it.</param>
    /// <param name="config">Settings; validated for C.</param>
    public MedNetModel(int channels, int windowLength, MedNetConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var problems = config.Validate(channels);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"MedNetModel: invalid settings for C = {channels}: {string.Join(" ", problems)}", nameof(config));
        }

        if (config.Window == WindowReading.Window128 && windowLength != 128)
        {
            throw new ArgumentException(
                $"MedNetModel: the Window128 reading of D-MN-01 expects windows of W = 128 but got windowLength {windowLength}. Window the data with MedNetTraining.WindowLength(reading).",
                nameof(windowLength));
        }

        WindowSize = windowLength;

        Config = config;
        Channels = channels;
        if (config.Window == WindowReading.Width128)
        {
            // D-MN-01 reading (b): lift C → 128 with a 1×1 convolution, run the backbone 128 wide, map each forecast back to C.
            const int width = MedNetConfig.WidthReadingChannels;
            _widthIn = register_module("width_in", new Conv1d(channels, width, 1));
            _base = register_module("base_dtaad", new DtaadModel(width, windowLength, config.Backbone));
            _widthOut1 = register_module("width_out1", new Linear(width, channels));
            _widthOut2 = register_module("width_out2", new Linear(width, channels));
        }
        else
        {
            _base = register_module("base_dtaad", new DtaadModel(channels, windowLength, config.Backbone));
        }

        if (config.LightAttention)
        {
            _light = register_module("ecg_attention", new ChannelAttention(channels, config.LightAttentionHidden, config.LightAttentionHeads, projectWhenMultichannel: true));
        }

        if (config.MultiScale)
        {
            _multiScale = register_module("multi_scale", new MultiScaleExtractor(channels, config.MultiScaleKernels));
        }

        if (config.EnhancedAttention)
        {
            var heads = channels == 1 ? config.EnhancedAttentionHeads : Math.Min(config.EnhancedAttentionHeads, channels);
            _enhanced = register_module("enhanced_attention", new ChannelAttention(channels, config.EnhancedAttentionHidden, heads, projectWhenMultichannel: false));
        }

        if (config.Decoder == MedNetDecoder.TransposedConvolutions)
        {
            _reconstruction = register_module("reconstruction_decoder", new ReconstructionDecoder(channels, config.ReconstructionHidden, config.ReconstructionKernelSize));
        }

        (_a1, _a2, _a3) = ((float)config.FusionWeights.Light, (float)config.FusionWeights.MultiScale, (float)config.FusionWeights.Enhanced);
    }

    /// <summary>The settings the model was built with.</summary>
    public MedNetConfig Config { get; }

    /// <summary>Input channels C.</summary>
    public int Channels { get; }

    /// <summary>Window length W the model was built for.</summary>
    public int WindowSize { get; }

    /// <summary>The DTAAD backbone (128 channels wide under <see cref="WindowReading.Width128"/>).</summary>
    public DtaadModel Backbone => _base;

    /// <summary>Runs the model.</summary>
    /// <param name="input">Windows (B, C, W).</param>
    /// <returns>Fused forecasts x1 and x2, each (B, C).</returns>
    public override (Tensor X1, Tensor X2) forward(Tensor input)
    {
        CheckInput(input);
        if (_reconstruction is not null)
        {
            var last = Reconstruct(input).select(2, WindowSize - 1); // (B, C)
            return (last, last);
        }

        return Config.Fusion switch
        {
            FusionPlacement.CodeForecastOutputs => ForwardCode(input),
            FusionPlacement.PaperFeatureMaps => ForwardPaper(input),
            _ => throw new InvalidOperationException(
                $"MedNetModel: expected a fusion placement in {string.Join(", ", Enum.GetNames<FusionPlacement>())} but got {Config.Fusion}."),
        };
    }

    /// <summary>Reconstructs the windows with the transposed-convolution decoder: Ŵ = Decoder([H̃1; H̃2]).</summary>
    /// <param name="input">Windows (B, C, W).</param>
    /// <returns>Ŵ (B, C, W).</returns>
    /// <exception cref="InvalidOperationException">The model was built with <see cref="MedNetDecoder.DualForecastHeads"/>.</exception>
    public Tensor Reconstruct(Tensor input)
    {
        CheckInput(input);
        if (_reconstruction is null)
        {
            throw new InvalidOperationException(
                $"MedNetModel.Reconstruct: expected Decoder = {MedNetDecoder.TransposedConvolutions} but the model was built with {Config.Decoder}, which forecasts instead of reconstructing.");
        }

        var (h1, _, h2) = FusedFeatureMaps(input);
        return _reconstruction.call(torch.cat([h1, h2], 1)); // (B, 2C, W) → (B, C, W)
    }

    private void CheckInput(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.dim() != 3 || input.size(1) != Channels || input.size(2) != WindowSize)
        {
            throw new ArgumentException(
                $"MedNetModel: expected windows (B, {Channels}, {WindowSize}) but got ({string.Join(", ", input.shape)}). " +
                "Windows are channel-first; build them with WindowCutter and the config's window size.",
                nameof(input));
        }
    }

    private (Tensor X1, Tensor X2) ForwardCode(Tensor input)
    {
        Tensor x1, x2;
        Tensor? hGlob = null;
        if (Config.EnhancedInput == EnhancedAttentionInput.GlobalFeatureSteps && _enhanced is not null)
        {
            // The backbone's forward in its pieces, keeping H_glob for the enhanced attention (Width128 is excluded by Validate).
            var b1 = _base.Branch1(_base.LocalFeatures(input));
            hGlob = _base.GlobalFeatures(input, b1);
            (x1, x2) = (b1.squeeze(2), _base.Branch2(hGlob).squeeze(2));
        }
        else
        {
            (x1, x2) = _widthIn is null ? _base.call(input) : _base.call(_widthIn.call(input));
        }

        var step = Config.FusedStep == StreamStep.First ? 0 : WindowSize - 1;
        if (_widthOut1 is not null && _widthOut2 is not null)
        {
            (x1, x2) = (_widthOut1.call(x1), _widthOut2.call(x2)); // (B, 128) → (B, C)
        }

        var fused1 = x1;
        var fused2 = x2;
        if (_light is not null)
        {
            fused1 = fused1 + (_light.call(input.permute(0, 2, 1)).select(1, step) * _a1);
        }

        if (_multiScale is not null)
        {
            fused2 = fused2 + (_multiScale.call(input).select(2, step) * _a2);
        }

        if (_enhanced is not null)
        {
            var enhanced = hGlob is null
                ? _enhanced.call(x2.unsqueeze(1)).squeeze(1) // one token (B, 1, C): the code
                : _enhanced.call(hGlob.permute(0, 2, 1)).select(1, step); // W tokens of H_glob (B, W, C)
            fused2 = fused2 + (enhanced * _a3);
        }

        return (fused1, fused2);
    }

    private (Tensor X1, Tensor X2) ForwardPaper(Tensor input)
    {
        var (_, x1, h2) = FusedFeatureMaps(input);
        var x2 = _base.Branch2(h2);
        return (x1.squeeze(2), x2.squeeze(2));
    }

    /// <summary>H̃1 = H_loc + α1·A_light, branch 1's forecast x1 (B, C, 1), and H̃2 = H_glob + α2·F_ms + α3·Attn(H_glob) (Eqs. 14–15).</summary>
    private (Tensor H1, Tensor X1, Tensor H2) FusedFeatureMaps(Tensor input)
    {
        var hLoc = _base.LocalFeatures(input);
        if (_light is not null)
        {
            hLoc = hLoc + (_light.call(input.permute(0, 2, 1)).permute(0, 2, 1) * _a1);
        }

        var x1 = _base.Branch1(hLoc);
        var hGlob = _base.GlobalFeatures(input, x1);
        var h2 = hGlob;
        if (_multiScale is not null)
        {
            h2 = h2 + (_multiScale.call(input) * _a2);
        }

        if (_enhanced is not null)
        {
            h2 = h2 + (_enhanced.call(hGlob.permute(0, 2, 1)).permute(0, 2, 1) * _a3);
        }

        return (hLoc, x1, h2);
    }
}
