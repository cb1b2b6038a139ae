// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>
/// The six ways the only code that trains MED-Net on MBA departs from DTAAD and from the paper, each a switch, so a run can
/// turn them on one at a time. All on is that code's computation (<see cref="AuthorsCode"/>); the kit's reading of the paper
/// (<see cref="MedNetConfig.Reference"/>) already has <see cref="FirstStepStreams"/> and <see cref="SingleTokenAttention"/> on (<see cref="KitReading"/>).
/// </summary>
/// <param name="RowShuffle">Training rows shuffled before windowing (protocol; <see cref="TrainingRowOrder.Shuffled"/>, D-MN-23).</param>
/// <param name="ForkBackbone">The fork's DTAAD backbone: one global-TCN level derived from C, and the callback x1 added to the first time step only (<see cref="GlobalLevelRule.FromChannels"/>, <see cref="CallbackAddition.FirstStep"/>, D-MN-12 (i), (iv)).</param>
/// <param name="FrozenHeads">Lazily created Linear(C·W→1) heads that are never trained, one value for every channel (<see cref="ForecastHeads.FrozenFlattened"/>, D-MN-12 (ii)).</param>
/// <param name="FirstStepStreams">The (C, W) streams added to the forecasts at their first time step (<see cref="StreamStep.First"/>; off: the last step, D-MN-22).</param>
/// <param name="SingleTokenAttention">The enhanced attention over the single forecast token (<see cref="EnhancedAttentionInput.ForecastToken"/>; off: over H_glob's W steps, D-MN-22).</param>
/// <param name="LossBroadcast">The (B, C, 1) vs (1, B, C) broadcast in loss and score (<see cref="ChannelPairing.AuthorsBroadcast"/>, D-MN-12 (iii)).</param>
/// <remarks>Source: EhsaasN/DUAL_TCN_ATTN branch <c>copilot/fix-multivariate-data-compatibility</c> at 569f3e53 (commits by an automated coding agent, 2025-11-21/22; not merged into main f049dc23, which crashes on MBA). Differs: D-MN-12, D-MN-22, D-MN-23.</remarks>
public sealed record AuthorsCodeSwitches(
    bool RowShuffle, bool ForkBackbone, bool FrozenHeads, bool FirstStepStreams, bool SingleTokenAttention, bool LossBroadcast)
{
    /// <summary>Every switch on: what the authors' MBA branch computes.</summary>
    public static AuthorsCodeSwitches AuthorsCode { get; } = new(true, true, true, true, true, true);

    /// <summary>The kit's reading (<see cref="MedNetConfig.Reference"/>, ordered rows, DTAAD's loss): the two fusion switches on, the rest off.</summary>
    public static AuthorsCodeSwitches KitReading { get; } = new(false, false, false, true, true, false);

    /// <summary>The switch names, in the order of the record, as the switch study and the run records use them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["row_shuffle", "fork_backbone", "frozen_heads", "first_step_streams", "single_token_attention", "loss_broadcast"];

    /// <summary>Order of the training rows.</summary>
    public TrainingRowOrder Rows => RowShuffle ? TrainingRowOrder.Shuffled : TrainingRowOrder.Ordered;

    /// <summary>Whether the switch named <paramref name="name"/> is on.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>Its value.</returns>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public bool this[string name] => name switch
    {
        "row_shuffle" => RowShuffle,
        "fork_backbone" => ForkBackbone,
        "frozen_heads" => FrozenHeads,
        "first_step_streams" => FirstStepStreams,
        "single_token_attention" => SingleTokenAttention,
        "loss_broadcast" => LossBroadcast,
        _ => throw new ArgumentException($"AuthorsCodeSwitches: expected one of {string.Join(", ", Names)} but got '{name}'.", nameof(name)),
    };

    /// <summary>These switches with the one named <paramref name="name"/> flipped.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The new switches.</returns>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public AuthorsCodeSwitches Toggle(string name) => name switch
    {
        "row_shuffle" => this with { RowShuffle = !RowShuffle },
        "fork_backbone" => this with { ForkBackbone = !ForkBackbone },
        "frozen_heads" => this with { FrozenHeads = !FrozenHeads },
        "first_step_streams" => this with { FirstStepStreams = !FirstStepStreams },
        "single_token_attention" => this with { SingleTokenAttention = !SingleTokenAttention },
        "loss_broadcast" => this with { LossBroadcast = !LossBroadcast },
        _ => throw new ArgumentException($"AuthorsCodeSwitches: expected one of {string.Join(", ", Names)} but got '{name}'.", nameof(name)),
    };

    /// <summary>The architecture: <paramref name="baseConfig"/> with the architecture switches applied (the fusion placement stays the code's).</summary>
    /// <param name="baseConfig">Usually <see cref="MedNetConfig.Reference"/>.</param>
    /// <returns>The config.</returns>
    public MedNetConfig Architecture(MedNetConfig baseConfig)
    {
        ArgumentNullException.ThrowIfNull(baseConfig);
        return baseConfig with
        {
            Backbone = baseConfig.Backbone with
            {
                GlobalLevelsFrom = ForkBackbone ? GlobalLevelRule.FromChannels : GlobalLevelRule.FromWindow,
                Callback = ForkBackbone ? CallbackAddition.FirstStep : CallbackAddition.EveryStep,
                Heads = FrozenHeads ? ForecastHeads.FrozenFlattened : ForecastHeads.PerChannel,
            },
            Fusion = FusionPlacement.CodeForecastOutputs,
            FusedStep = FirstStepStreams ? StreamStep.First : StreamStep.Last,
            EnhancedInput = SingleTokenAttention ? EnhancedAttentionInput.ForecastToken : EnhancedAttentionInput.GlobalFeatureSteps,
        };
    }

    /// <summary>The loss: <paramref name="baseLoss"/> with the pairing of <see cref="LossBroadcast"/>.</summary>
    /// <param name="baseLoss">Usually <see cref="DtaadTraining.Loss"/>.</param>
    /// <returns>The loss.</returns>
    public DualForecastLoss Loss(DualForecastLoss baseLoss)
    {
        ArgumentNullException.ThrowIfNull(baseLoss);
        return baseLoss with { Pairing = LossBroadcast ? ChannelPairing.AuthorsBroadcast : ChannelPairing.SameChannel };
    }

    /// <summary>The switches that are on, e.g. <c>row_shuffle+loss_broadcast</c>, or <c>none</c>.</summary>
    /// <returns>The text.</returns>
    public string Describe()
    {
        var on = new List<string>();
        foreach (var n in Names)
        {
            if (this[n])
            {
                on.Add(n);
            }
        }

        return on.Count == 0 ? "none" : string.Join("+", on);
    }
}
