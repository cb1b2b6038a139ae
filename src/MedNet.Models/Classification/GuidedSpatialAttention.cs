// SPDX-License-Identifier: MIT
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>
/// Guided spatial attention: the data-driven map of <see cref="SpatialAttention"/> gated by the union of two learnable masks
/// (QRS, ST-T) that start as the physiological priors of each input.
/// </summary>
/// <remarks>
/// Source: [MSA] §2.1 C ("Spatial attention is gated by the union of these priors, while remaining data-driven") and §2.2 B
/// ("learnable masks initialized with physiological priors"). The priors P (B, 2, L) are 0/1 masks of the input, built by
/// the data side from its R peaks (<see cref="MsaPriors"/>, MedNet.Signals' RegionMasks), so the masks follow R wherever it
/// lies in a segment. Learnable mask r: m_r = σ(Conv1d_r(P_r) + θ_r), a per-region convolution of width K_m (default
/// ±50 ms) whose kernel starts as a centred tap of gain a and bias −a/2, so at initialisation m_r = σ(±a/2): 0.88 inside the
/// prior and 0.12 outside for a = 4. Learning can move, widen, narrow or soften each region. θ (2, L) are optional
/// position-wise logits (zero at start) for inputs whose R peaks sit at fixed positions (beat-centred windows).
/// Union u = 1 − (1 − m_QRS)(1 − m_ST-T); y = x ⊙ s(x) ⊙ u. Differs: D-MS-23.
/// </remarks>
public sealed class GuidedSpatialAttention : Module<(Tensor input, Tensor priors), Tensor>
{
    /// <summary>Creates the block from the default generator.</summary>
    /// <param name="kernelSize">Odd kernel of the data-driven map. Default: 7.</param>
    /// <param name="maskKernelSize">Odd width K_m of each mask convolution, in samples (37 = ±50 ms at 360 Hz).</param>
    /// <param name="maskInitGain">a &gt; 0: the initial mask is σ(a/2) inside a prior and σ(−a/2) outside. Default: 4.</param>
    /// <param name="positionalLength">L for position-wise logits θ (2, L), or 0 for none. Default: 0.</param>
    public GuidedSpatialAttention(int kernelSize = 7, int maskKernelSize = 37, double maskInitGain = 4.0, int positionalLength = 0)
    {
        if (maskKernelSize < 1 || maskKernelSize % 2 == 0 || !(maskInitGain > 0) || positionalLength < 0)
        {
            throw new ArgumentException(
                $"GuidedSpatialAttention: expected an odd mask kernel ≥ 1, gain > 0 and positional length ≥ 0 but got K_m={maskKernelSize}, a={maskInitGain}, L={positionalLength}.");
        }

        map = register_module("map", new SpatialAttention(kernelSize));
        mask_conv = register_module("mask_conv", new Conv1d(2, 2, maskKernelSize, padding: maskKernelSize / 2, groups: 2));
        var w = new float[2 * maskKernelSize];
        w[maskKernelSize / 2] = (float)maskInitGain;
        w[maskKernelSize + (maskKernelSize / 2)] = (float)maskInitGain;
        using (torch.no_grad())
        {
            mask_conv.weight.copy_(torch.tensor(w, [2, 1, maskKernelSize]));
            mask_conv.bias!.fill_((float)(-maskInitGain / 2));
        }

        if (positionalLength > 0)
        {
            positional_logits = register_parameter("positional_logits", torch.zeros(2, positionalLength));
        }
    }

    /// <summary>The data-driven map s.</summary>
    public SpatialAttention map { get; }

    /// <summary>Per-region mask convolution (2 → 2, groups 2).</summary>
    public Conv1d mask_conv { get; }

    /// <summary>Position-wise logits θ (2, L), or null.</summary>
    public Tensor? positional_logits { get; }

    /// <summary>The learned masks m for the given priors.</summary>
    /// <param name="priors">(B, 2, L) 0/1 priors, channel 0 QRS, channel 1 ST-T.</param>
    /// <returns>(B, 2, L), each in (0, 1).</returns>
    public Tensor Masks(Tensor priors)
    {
        if (priors.dim() != 3 || priors.size(1) != 2)
        {
            throw new ArgumentException($"GuidedSpatialAttention: expected priors (B, 2, L) (QRS, ST-T) but got ({string.Join(", ", priors.shape)}).", nameof(priors));
        }

        if (positional_logits is not null && priors.size(2) != positional_logits.size(1))
        {
            throw new ArgumentException(
                $"GuidedSpatialAttention: positional logits were built for L = {positional_logits.size(1)} but the priors have L = {priors.size(2)}.", nameof(priors));
        }

        var logits = mask_conv.call(priors); // (B, 2, L)
        if (positional_logits is not null)
        {
            logits += positional_logits.unsqueeze(0);
        }

        return logits.sigmoid();
    }

    /// <summary>The gate u = 1 − (1 − m_QRS)(1 − m_ST-T).</summary>
    /// <param name="priors">(B, 2, L).</param>
    /// <returns>(B, 1, L).</returns>
    public Tensor Union(Tensor priors)
    {
        var m = Masks(priors);
        var outside = (1f - m.narrow(1, 0, 1)) * (1f - m.narrow(1, 1, 1));
        return 1f - outside;
    }

    /// <summary>Applies the gated attention.</summary>
    /// <param name="input">(input (B, C, L), priors (B, 2, L)).</param>
    /// <returns>(B, C, L).</returns>
    public override Tensor forward((Tensor input, Tensor priors) input)
    {
        var (x, priors) = input;
        if (x.dim() != 3 || priors.dim() != 3 || priors.size(0) != x.size(0) || priors.size(2) != x.size(2))
        {
            throw new ArgumentException(
                $"GuidedSpatialAttention: expected features (B, C, L) and priors (B, 2, L) of the same B and L but got ({string.Join(", ", x.shape)}) and ({string.Join(", ", priors.shape)}).",
                nameof(input));
        }

        return x * (map.Map(x) * Union(priors));
    }

    /// <summary>Counts the map, the masks, the union and the two products for a C-channel input.</summary>
    /// <param name="counter">Counter.</param>
    /// <param name="name">Module path.</param>
    /// <param name="channels">C.</param>
    /// <param name="length">L.</param>
    public void CountFlops(FlopCounter counter, string name, long channels, long length)
    {
        ArgumentNullException.ThrowIfNull(counter);
        map.CountMap(counter, FlopCounter.Join(name, "map"), channels, length);
        var l = counter.Conv1d(FlopCounter.Join(name, "mask_conv"), mask_conv, length);
        counter.Elementwise(FlopCounter.Join(name, "masks"), "Sigmoid", (positional_logits is null ? 2 : 4) * l);
        counter.Elementwise(FlopCounter.Join(name, "union"), "Union", 4 * l);
        counter.Elementwise(FlopCounter.Join(name, "gate"), "Mul", l + (channels * l));
    }
}
