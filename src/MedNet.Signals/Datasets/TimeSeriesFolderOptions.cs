// SPDX-License-Identifier: MIT
using MedNet.Signals.Preprocessing;

using MedNet.Signals.Tabular;

namespace MedNet.Signals.Datasets;

/// <summary>Settings for <see cref="TimeSeriesFolder.Load"/>.</summary>
public sealed record TimeSeriesFolderOptions
{
    /// <summary>What to do with text in a numeric column. Default: <see cref="NumericParsing.CoerceToNaN"/> (paper 000 §3.2, counted).</summary>
    public NumericParsing Parsing { get; init; } = NumericParsing.CoerceToNaN;

    /// <summary>The §3.2 cleaning settings (metadata names, non-numeric threshold, fill value).</summary>
    public CleaningOptions Cleaning { get; init; } = CleaningOptions.Default;

    /// <summary>Sampling rate in Hz, when the user knows it; &gt; 0. Default: unknown.</summary>
    public double? SamplingRate { get; init; }

    /// <summary>File names inside the folder. Defaults: <c>train.csv</c>, <c>test.csv</c>, <c>labels.csv</c> (labels optional).</summary>
    public (string Train, string Test, string Labels) FileNames { get; init; } = ("train.csv", "test.csv", "labels.csv");

    /// <summary>Returns every problem with these settings; empty when valid.</summary>
    /// <returns>Problem descriptions.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>(Cleaning?.Validate() ?? ["Cleaning: expected settings but got null."]);
        if (SamplingRate is { } fs && !(fs > 0 && double.IsFinite(fs)))
        {
            problems.Add($"SamplingRate: expected a positive number of Hz but got {fs}.");
        }

        if (!Enum.IsDefined(Parsing))
        {
            problems.Add($"Parsing: expected one of {string.Join(", ", Enum.GetNames<NumericParsing>())} but got {Parsing}.");
        }

        return problems;
    }
}
