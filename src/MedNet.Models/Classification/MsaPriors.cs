// SPDX-License-Identifier: MIT
using MedNet.Signals.Segmentation;
using MedNet.Tensors;

namespace MedNet.Models.Classification;

/// <summary>Builds the (B, 2, L) QRS and ST-T prior masks that guided spatial attention starts from, and appends them to an input batch.</summary>
/// <remarks>
/// Source: [MSA] §2.1 C and §2.2 B; the masks themselves are MedNet.Signals' <see cref="RegionMasks"/>. Channel 0 is the QRS
/// prior (R ± 50 ms), channel 1 the ST-T prior; by default the ST-T prior is §2.2 B's 100–300 ms after R
/// (<see cref="StTAfterR100To300"/>); §2.1 C's 60–120 ms after the J point is <see cref="RegionMaskOptions"/>' default. Differs: D-MS-29.
/// </remarks>
public static class MsaPriors
{
    /// <summary>QRS ± 50 ms and ST-T = R + 100 … 300 ms ([MSA] §2.2 B), the classifier's default priors.</summary>
    public static RegionMaskOptions StTAfterR100To300 { get; } = new() { QrsHalfWidthMs = 50, JPointAfterRMs = 0, StStartAfterJMs = 100, StEndAfterJMs = 300 };

    /// <summary>Prior masks of a batch from each sample's R peaks.</summary>
    /// <param name="rPeaks">Per sample, the R-peak indices within its window (may be empty; peaks outside still mark what falls inside).</param>
    /// <param name="length">L, the window length in samples.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="options">Region offsets. Default: <see cref="StTAfterR100To300"/>.</param>
    /// <returns>(B, 2, L) with 0/1 values, B = rPeaks.Count.</returns>
    public static Tensor Build(IReadOnlyList<int[]> rPeaks, int length, double samplingRate, RegionMaskOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rPeaks);
        if (rPeaks.Count < 1 || length < 1)
        {
            throw new ArgumentException($"MsaPriors: expected at least one sample and length ≥ 1 but got {rPeaks.Count} samples, L = {length}.", nameof(rPeaks));
        }

        var data = new float[rPeaks.Count * 2 * length];
        for (var b = 0; b < rPeaks.Count; b++)
        {
            var row = data.AsSpan(b * 2 * length, 2 * length);
            RegionMasks.Build(rPeaks[b] ?? [], samplingRate, row[..length], row[length..], options ?? StTAfterR100To300);
        }

        return torch.tensor(data, [rPeaks.Count, 2, length]);
    }

    /// <summary>Appends the priors to the input as its last two channels, the single-tensor form <see cref="MsaClassifier"/> accepts.</summary>
    /// <param name="input">(B, C, L).</param>
    /// <param name="priors">(B, 2, L).</param>
    /// <returns>(B, C + 2, L).</returns>
    public static Tensor Append(Tensor input, Tensor priors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(priors);
        if (input.dim() != 3 || priors.dim() != 3 || priors.size(1) != 2 || priors.size(0) != input.size(0) || priors.size(2) != input.size(2))
        {
            throw new ArgumentException(
                $"MsaPriors.Append: expected input (B, C, L) and priors (B, 2, L) but got ({string.Join(", ", input.shape)}) and ({string.Join(", ", priors.shape)}).", nameof(priors));
        }

        return torch.cat([input, priors], 1);
    }
}
