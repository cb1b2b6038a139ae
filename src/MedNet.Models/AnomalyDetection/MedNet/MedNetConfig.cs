// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;

namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>MED-Net's architecture: a DTAAD backbone plus every enhancement of [MEDNET] §3.4–3.5, each switchable for ablations.</summary>
/// <remarks>
/// Source: [MEDNET] §3.4–3.5, §6.1 "Training Hyperparameters"; EhsaasN/DUAL_TCN_ATTN <c>src/enhanced_dtaad_optimized.py</c>,
/// <c>train_optimized_enhanced_dtaad.py</c> (for MBA, the unmerged branch <c>copilot/fix-multivariate-data-compatibility</c>,
/// 569f3e53, written by an automated coding agent: the only code that trains MED-Net on MBA, D-MN-23).
/// Training, window length and normalisation: <see cref="MedNetTraining"/>. Differs: D-MN-01 (window), D-MN-02 (decoder), D-MN-11 (fusion placement), D-MN-22 (the switches of the authors'
/// code: <see cref="FusedStep"/>, <see cref="EnhancedInput"/> and the backbone's <see cref="DtaadConfig.GlobalLevelsFrom"/>,
/// <see cref="DtaadConfig.Callback"/>, <see cref="DtaadConfig.Heads"/>).
/// </remarks>
public sealed record MedNetConfig
{
    /// <summary>The DTAAD backbone's architecture. Default: <see cref="DtaadConfig.Reference"/> (training: <see cref="MedNetTraining"/>).</summary>
    public DtaadConfig Backbone { get; init; } = DtaadConfig.Reference;

    /// <summary>Multi-scale extractor Conv(k=3) and Conv(k=5) ("same" padding) fused by a 1×1 conv (§3.4.1, Eq. 11). Default on.</summary>
    public bool MultiScale { get; init; } = true;

    /// <summary>Kernel sizes of the multi-scale extractor. Default (3, 5): §3.4.1 and <c>EfficientMultiScale(scales=[3, 5])</c>.</summary>
    public (int Short, int Long) MultiScaleKernels { get; init; } = (3, 5);

    /// <summary>Lightweight ECG attention on the input window (§3.4.2, §3.5.4). Default on.</summary>
    public bool LightAttention { get; init; } = true;

    /// <summary>Heads of the lightweight attention. Default 2 (§3.4.2; <c>num_heads=2</c>), no dropout.</summary>
    public int LightAttentionHeads { get; init; } = 2;

    /// <summary>Width the single input channel is expanded to before attention when C = 1. Default 16: <c>hidden_dim=16</c>.</summary>
    public int LightAttentionHidden { get; init; } = 16;

    /// <summary>Enhanced attention on the second branch (§3.4.3, §3.5.5). Default on.</summary>
    public bool EnhancedAttention { get; init; } = true;

    /// <summary>Heads of the enhanced attention (capped at C when C &gt; 1, as <c>min(2, feats)</c>). Default 2, no dropout.</summary>
    public int EnhancedAttentionHeads { get; init; } = 2;

    /// <summary>Width a single channel is expanded to for the enhanced attention when C = 1. Default 4: <c>embed_dim=4</c>.</summary>
    public int EnhancedAttentionHidden { get; init; } = 4;

    /// <summary>Fixed fusion weights (α1, α2, α3) of Eqs. (14)–(15). Default (0.3, 0.4, 0.3), §3.5.6 and the code.</summary>
    public (double Light, double MultiScale, double Enhanced) FusionWeights { get; init; } = (0.3, 0.4, 0.3);

    /// <summary>Where the streams are fused. Default <see cref="FusionPlacement.CodeForecastOutputs"/> (D-MN-11).</summary>
    public FusionPlacement Fusion { get; init; } = FusionPlacement.CodeForecastOutputs;

    /// <summary>Under <see cref="FusionPlacement.CodeForecastOutputs"/>: the time step of the streams added to the forecasts. Default <see cref="StreamStep.First"/> (the code).</summary>
    /// <remarks>Differs: D-MN-11, D-MN-22.</remarks>
    public StreamStep FusedStep { get; init; } = StreamStep.First;

    /// <summary>Under <see cref="FusionPlacement.CodeForecastOutputs"/>: what the enhanced attention attends over. Default <see cref="EnhancedAttentionInput.ForecastToken"/> (the code).</summary>
    /// <remarks>Differs: D-MN-11, D-MN-22.</remarks>
    public EnhancedAttentionInput EnhancedInput { get; init; } = EnhancedAttentionInput.ForecastToken;

    /// <summary>Reading of "window size 128". Default <see cref="WindowReading.CodeWindow10"/> (D-MN-01).</summary>
    public WindowReading Window { get; init; } = WindowReading.CodeWindow10;

    /// <summary>Decoder. Default <see cref="MedNetDecoder.DualForecastHeads"/> (D-MN-02).</summary>
    /// <remarks>Differs: D-MN-02. <see cref="MedNetDecoder.TransposedConvolutions"/> needs <see cref="FusionPlacement.PaperFeatureMaps"/>.</remarks>
    public MedNetDecoder Decoder { get; init; } = MedNetDecoder.DualForecastHeads;

    /// <summary>Hidden width of the transposed-convolution decoder (reading (b) only). Default 16: the paper gives no size (D-MN-02).</summary>
    public int ReconstructionHidden { get; init; } = 16;

    /// <summary>Odd kernel size of the transposed-convolution decoder (reading (b) only). Default 3: the paper gives no size (D-MN-02).</summary>
    public int ReconstructionKernelSize { get; init; } = 3;


    /// <summary>Feature width of the backbone under <see cref="WindowReading.Width128"/>: 128 (Eq. (10), D-MN-01 reading (b)).</summary>
    public const int WidthReadingChannels = 128;


    /// <summary>Every enhancement on, the code's fusion placement, window reading and decoder: the configuration of [MEDNET] Tables 2–3.</summary>
    public static MedNetConfig Reference { get; } = new();


    /// <summary>Lists every problem with these settings for <paramref name="channels"/> input channels (empty when valid).</summary>
    /// <param name="channels">Number of input channels C ≥ 1; heads must divide the attention width.</param>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate(int channels = 1)
    {
        var p = new List<string>(Backbone.Validate());
        if (channels < 1)
        {
            p.Add($"channels: expected ≥ 1 but got {channels}.");
            return p;
        }

        if (MultiScaleKernels.Short < 1 || MultiScaleKernels.Short % 2 == 0 || MultiScaleKernels.Long < 1 || MultiScaleKernels.Long % 2 == 0)
        {
            p.Add($"MultiScaleKernels: expected two odd sizes ≥ 1 (\"same\" padding k/2) but got {MultiScaleKernels}.");
        }

        var lightWidth = channels == 1 ? LightAttentionHidden : channels;
        if (LightAttention && (LightAttentionHeads < 1 || lightWidth % LightAttentionHeads != 0))
        {
            p.Add($"LightAttentionHeads: expected a divisor of the attention width {lightWidth} (C = {channels}) but got {LightAttentionHeads}.");
        }

        var enhWidth = channels == 1 ? EnhancedAttentionHidden : channels;
        var enhHeads = channels == 1 ? EnhancedAttentionHeads : Math.Min(EnhancedAttentionHeads, channels);
        if (EnhancedAttention && (enhHeads < 1 || enhWidth % enhHeads != 0))
        {
            p.Add($"EnhancedAttentionHeads: expected a divisor of the attention width {enhWidth} (C = {channels}) but got {enhHeads}.");
        }

        foreach (var (w, name) in new[] { (FusionWeights.Light, "Light"), (FusionWeights.MultiScale, "MultiScale"), (FusionWeights.Enhanced, "Enhanced") })
        {
            if (!double.IsFinite(w))
            {
                p.Add($"FusionWeights.{name}: expected a finite number but got {w}.");
            }
        }

        if (!Enum.IsDefined(Fusion))
        {
            p.Add($"Fusion: expected one of {string.Join(", ", Enum.GetNames<FusionPlacement>())} but got {Fusion}.");
        }

        if (!Enum.IsDefined(FusedStep))
        {
            p.Add($"FusedStep: expected one of {string.Join(", ", Enum.GetNames<StreamStep>())} but got {FusedStep}.");
        }

        if (!Enum.IsDefined(EnhancedInput))
        {
            p.Add($"EnhancedInput: expected one of {string.Join(", ", Enum.GetNames<EnhancedAttentionInput>())} but got {EnhancedInput}.");
        }

        if (EnhancedInput == EnhancedAttentionInput.GlobalFeatureSteps && Window == WindowReading.Width128)
        {
            p.Add($"EnhancedInput: GlobalFeatureSteps attends over H_glob, which is {WidthReadingChannels} channels wide under Window = Width128, not C; use ForecastToken with Width128.");
        }

        if (!Enum.IsDefined(Window))
        {
            p.Add($"Window: expected one of {string.Join(", ", Enum.GetNames<WindowReading>())} but got {Window}.");
        }

        if (!Enum.IsDefined(Decoder))
        {
            p.Add($"Decoder: expected one of {string.Join(", ", Enum.GetNames<MedNetDecoder>())} but got {Decoder}.");
        }

        if (Window == WindowReading.Width128 && (Fusion != FusionPlacement.CodeForecastOutputs || Decoder != MedNetDecoder.DualForecastHeads))
        {
            p.Add($"Window: Width128 runs the backbone {WidthReadingChannels} channels wide and fuses the streams after projecting its forecasts back to C, so it needs Fusion = CodeForecastOutputs and Decoder = DualForecastHeads but got {Fusion}, {Decoder}.");
        }

        if (Decoder == MedNetDecoder.TransposedConvolutions)
        {
            if (Fusion != FusionPlacement.PaperFeatureMaps)
            {
                p.Add($"Decoder: TransposedConvolutions decodes the fused feature maps H̃1, H̃2 and needs Fusion = PaperFeatureMaps but got {Fusion}.");
            }

            if (ReconstructionHidden < 1)
            {
                p.Add($"ReconstructionHidden: expected ≥ 1 but got {ReconstructionHidden}.");
            }

            if (ReconstructionKernelSize < 1 || ReconstructionKernelSize % 2 == 0)
            {
                p.Add($"ReconstructionKernelSize: expected an odd size ≥ 1 but got {ReconstructionKernelSize}.");
            }
        }

        return p;
    }
}
