// SPDX-License-Identifier: MIT
using System.Globalization;

namespace MedNet.Viz.Decimation;

/// <summary>A series reduced for display, with what was done to it.</summary>
/// <param name="X">Positions of the kept points (e.g. seconds), ascending.</param>
/// <param name="Y">Kept values; NaN marks an all-missing bucket (drawn as a gap).</param>
/// <param name="SourceCount">Number of samples before decimation.</param>
/// <param name="SamplesPerBucket">Samples summarised by each min/max pair; 1 when nothing was dropped.</param>
public sealed record DecimatedSeries(double[] X, double[] Y, int SourceCount, int SamplesPerBucket)
{
    /// <summary>True when points were dropped.</summary>
    public bool IsDecimated => SamplesPerBucket > 1;

    /// <summary>An honest one-line note for the figure, e.g. "displayed: 4,000 of 650,000 points, min/max per bucket of 325 samples".</summary>
    public string Note => IsDecimated
        ? string.Create(CultureInfo.InvariantCulture, $"displayed: {Y.Length:N0} of {SourceCount:N0} points, min/max per bucket of {SamplesPerBucket:N0} samples")
        : string.Create(CultureInfo.InvariantCulture, $"all {SourceCount:N0} points displayed");
}
