// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Segmentation;

/// <summary>Where the QRS and ST-T priors of the guided spatial attention sit relative to each R peak, in ms.</summary>
/// <remarks>
/// Source: [MSA] §2.1 C ("a QRS-centric window (±50 ms around R-peak) … an ST-T window (≈60–120 ms after the J-point)").
/// The paper does not say how the J point is found. Here J = R + <see cref="JPointAfterRMs"/> (50 ms): the end of the
/// ±50 ms QRS window, i.e. a fixed QRS half-width, which needs no delineation and keeps the two priors adjacent
/// (ST-T = R + 110 … R + 170 ms). Differs: D-MS-01.
/// </remarks>
public sealed record RegionMaskOptions
{
    /// <summary>QRS half-width around R in ms. Default: 50 ([MSA] §2.1 C).</summary>
    public double QrsHalfWidthMs { get; init; } = 50;

    /// <summary>J-point estimate: ms after R. Default: 50 (= the QRS half-width, see remarks).</summary>
    public double JPointAfterRMs { get; init; } = 50;

    /// <summary>ST-T window start, ms after J. Default: 60 ([MSA] §2.1 C).</summary>
    public double StStartAfterJMs { get; init; } = 60;

    /// <summary>ST-T window end, ms after J (inclusive). Default: 120 ([MSA] §2.1 C).</summary>
    public double StEndAfterJMs { get; init; } = 120;

    /// <summary>Returns every problem; empty when valid.</summary>
    /// <returns>Problem descriptions.</returns>
    public IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        if (!(QrsHalfWidthMs >= 0))
        {
            p.Add($"QrsHalfWidthMs: expected ≥ 0 but got {QrsHalfWidthMs}.");
        }

        if (!(JPointAfterRMs >= 0))
        {
            p.Add($"JPointAfterRMs: expected ≥ 0 but got {JPointAfterRMs}.");
        }

        if (!(StStartAfterJMs >= 0 && StEndAfterJMs >= StStartAfterJMs))
        {
            p.Add($"StStartAfterJMs/StEndAfterJMs: expected 0 ≤ start ≤ end but got {StStartAfterJMs}, {StEndAfterJMs}.");
        }

        return p;
    }
}
